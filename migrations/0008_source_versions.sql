-- rinse database schema, version 8: an index for the versions of a key from one source.
--
-- Documented in docs/schema.md. Never edit this file once released; add a new numbered
-- migration instead.
--
-- Storing a document looks up the last version of its key read from the same source (the
-- same file, JSONL line or WARC record). With only the `(source_key, version)` index, that
-- walked every version of the key, so a URL captured thousands of times (a WET series, a
-- page fetched every few minutes) took quadratic time to store.
CREATE INDEX documents_source_key_source_version ON documents (source_key, source, version);
