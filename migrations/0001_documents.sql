-- rinse database schema, version 1.
--
-- This schema is a public interface: people query it with sqlite3, Python and other tools.
-- Documented column by column in docs/schema.md. Never edit this file once released; add a
-- new numbered migration instead (sqlx checks a checksum of every applied file).

-- Lets `file(1)` and other tools recognise a rinse database ('rins' in ASCII).
PRAGMA application_id = 1919512179;

-- One row per run of `rinse import`, `rinse fetch` or `rinse run`.
CREATE TABLE imports (
    id              INTEGER PRIMARY KEY,
    command         TEXT    NOT NULL,
    arguments       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(arguments)),
    started_at      TEXT    NOT NULL,
    finished_at     TEXT,
    status          TEXT    NOT NULL DEFAULT 'running'
                            CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
    seen            INTEGER NOT NULL DEFAULT 0 CHECK (seen >= 0),
    stored          INTEGER NOT NULL DEFAULT 0 CHECK (stored >= 0),
    unchanged       INTEGER NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
    skipped         INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0),
    failed          INTEGER NOT NULL DEFAULT 0 CHECK (failed >= 0),
    rinse_version   TEXT    NOT NULL
);

CREATE INDEX imports_started_at ON imports (started_at);

-- One row per stored version of a document. The latest version of a source_key has
-- superseded_by IS NULL; older versions point to the version that replaced them.
CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    source_key      TEXT    NOT NULL CHECK (source_key <> ''),
    version         INTEGER NOT NULL CHECK (version >= 1),
    previous_id     INTEGER REFERENCES documents (id) CHECK (previous_id <> id),
    -- Deferred: a new version's row is written after the old row is marked superseded.
    superseded_by   INTEGER REFERENCES documents (id) DEFERRABLE INITIALLY DEFERRED
                            CHECK (superseded_by <> id),
    url             TEXT,
    canonical_url   TEXT,
    host            TEXT,
    source          TEXT    NOT NULL,
    source_kind     TEXT    NOT NULL,
    input_kind      TEXT    NOT NULL CHECK (input_kind IN ('html', 'text')),
    title           TEXT,
    author          TEXT,
    published       TEXT,
    site            TEXT,
    language        TEXT,
    body            TEXT    NOT NULL,
    word_count      INTEGER NOT NULL CHECK (word_count >= 0),
    char_count      INTEGER NOT NULL CHECK (char_count >= 0),
    content_hash    TEXT    NOT NULL,
    encoding        TEXT    NOT NULL,
    encoding_source TEXT    NOT NULL,
    replaced_bytes  INTEGER NOT NULL DEFAULT 0 CHECK (replaced_bytes >= 0),
    fetched_at      TEXT,
    ingested_at     TEXT    NOT NULL,
    import_id       INTEGER NOT NULL REFERENCES imports (id),
    UNIQUE (source_key, version)
);

-- Exactly one latest version per source_key.
CREATE UNIQUE INDEX documents_latest_source_key ON documents (source_key)
    WHERE superseded_by IS NULL;
CREATE INDEX documents_host ON documents (host);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_ingested_at ON documents (ingested_at);
CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_url ON documents (url);
CREATE INDEX documents_import_id ON documents (import_id);
-- Child-key indexes for the version links (used by foreign-key checks and the relink trigger).
CREATE INDEX documents_previous_id ON documents (previous_id) WHERE previous_id IS NOT NULL;
CREATE INDEX documents_superseded_by ON documents (superseded_by) WHERE superseded_by IS NOT NULL;

-- What most people want: the current version of every document.
CREATE VIEW latest_documents AS
    SELECT * FROM documents WHERE superseded_by IS NULL;

-- How much each cleaner rule removed from each stored version.
CREATE TABLE removals (
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    rule            TEXT    NOT NULL,
    blocks          INTEGER NOT NULL CHECK (blocks >= 0),
    chars           INTEGER NOT NULL CHECK (chars >= 0),
    PRIMARY KEY (document_id, rule)
) WITHOUT ROWID;

CREATE INDEX removals_rule ON removals (rule);

-- Inputs that did not become a document: skipped on purpose or failed.
CREATE TABLE import_problems (
    id              INTEGER PRIMARY KEY,
    import_id       INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    source          TEXT    NOT NULL,
    reason          TEXT    NOT NULL,
    detail          TEXT    NOT NULL DEFAULT '',
    outcome         TEXT    NOT NULL CHECK (outcome IN ('skipped', 'failed')),
    at              TEXT    NOT NULL
);

CREATE INDEX import_problems_import_id ON import_problems (import_id);
CREATE INDEX import_problems_reason ON import_problems (reason);

-- Full-text index over the title and body of the latest version of every document.
-- External content: the text lives in documents only, read back through latest_documents.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title,
    body,
    content = 'latest_documents',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_after_insert AFTER INSERT ON documents
WHEN new.superseded_by IS NULL
BEGIN
    INSERT INTO documents_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER documents_fts_after_delete AFTER DELETE ON documents
WHEN old.superseded_by IS NULL
BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER documents_fts_after_update AFTER UPDATE OF id, title, body, superseded_by ON documents
BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, body)
        SELECT 'delete', old.id, old.title, old.body WHERE old.superseded_by IS NULL;
    INSERT INTO documents_fts (rowid, title, body)
        SELECT new.id, new.title, new.body WHERE new.superseded_by IS NULL;
END;

-- Deleting one version keeps the chain of the others linked (deleting the latest makes the
-- previous version latest again) and drops its removals even when foreign keys are off.
CREATE TRIGGER documents_after_delete_relink AFTER DELETE ON documents
BEGIN
    UPDATE documents SET previous_id = old.previous_id WHERE previous_id = old.id;
    UPDATE documents SET superseded_by = old.superseded_by WHERE superseded_by = old.id;
    DELETE FROM removals WHERE document_id = old.id;
END;
