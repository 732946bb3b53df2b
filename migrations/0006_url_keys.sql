-- rinse database schema, version 6: the URL in a source key is written without analytics
-- parameters (`utm_*`, `fbclid`, ...) and with its scheme and host in lower case (rinse after
-- this migration keys `https://Example.org/a?utm_source=rss` as `url:https://example.org/a`).
--
-- Documented in docs/schema.md ("The versioning model"). Never edit this file once released;
-- add a new numbered migration instead.
--
-- Rewrite the old keys of the common case, so that the next fetch of those pages finds them
-- unchanged: a query made only of `utm_*` parameters (what feeds and newsletters add), or of
-- one `fbclid` or `gclid`. A key is left as it is when the bare key is already taken, or when
-- another key of the same page would also become it (`?utm_source=rss` and
-- `?utm_source=mail`): both documents stay, as before.
-- The keys to rewrite are chosen first, from the keys as they were: an UPDATE sees its own
-- earlier rows, and would take the first version's new key for one already taken.
CREATE TEMP TABLE url_rekey (old_key TEXT PRIMARY KEY, new_key TEXT NOT NULL);

INSERT INTO url_rekey (old_key, new_key)
SELECT DISTINCT source_key, substr(source_key, 1, instr(source_key, '?') - 1)
FROM documents
WHERE source_key LIKE 'url:http%?%'
  AND instr(source_key, '#') = 0
  AND (
      (substr(source_key, instr(source_key, '?') + 1) LIKE 'utm\_%' ESCAPE '\'
       AND instr(replace(substr(source_key, instr(source_key, '?') + 1), '&utm_', ''), '&') = 0)
      OR (instr(substr(source_key, instr(source_key, '?') + 1), '&') = 0
          AND (substr(source_key, instr(source_key, '?') + 1) LIKE 'fbclid=%'
               OR substr(source_key, instr(source_key, '?') + 1) LIKE 'gclid=%'))
  )
  AND NOT EXISTS (
      SELECT 1 FROM documents AS other
      WHERE other.source_key <> documents.source_key
        AND (other.source_key = substr(documents.source_key, 1, instr(documents.source_key, '?') - 1)
             OR substr(other.source_key, 1, instr(documents.source_key, '?'))
                = substr(documents.source_key, 1, instr(documents.source_key, '?')))
  );

-- Scheme and host in lower case, for keys written with capitals there (rare: addresses are
-- usually written in lower case). The head of a key is `url:` and the address up to where its
-- path starts. Left as it is when another key differs from it only in case.
INSERT OR IGNORE INTO url_rekey (old_key, new_key)
SELECT DISTINCT source_key, lower(substr(source_key, 1, head_length)) || substr(source_key, head_length + 1)
FROM (
    SELECT source_key,
           instr(source_key, '://') + 2 + instr(substr(source_key, instr(source_key, '://') + 3) || '/', '/') - 1
               AS head_length
    FROM documents
    WHERE source_key LIKE 'url:http%://%'
) AS keyed
WHERE substr(source_key, 1, head_length) GLOB '*[A-Z]*'
  AND instr(substr(source_key, 1, head_length), '?') = 0
  AND instr(substr(source_key, 1, head_length), '@') = 0
  AND NOT EXISTS (
      SELECT 1 FROM documents AS other
      WHERE other.source_key <> keyed.source_key
        AND lower(other.source_key) = lower(keyed.source_key)
  );

UPDATE documents
SET source_key = (SELECT new_key FROM url_rekey WHERE old_key = documents.source_key)
WHERE source_key IN (SELECT old_key FROM url_rekey);

DROP TABLE url_rekey;
