-- rinse database schema, version 2: fetching from the web (`rinse fetch`, `rinse run`).
--
-- Documented column by column in docs/schema.md and docs/fetching.md. Never edit this file
-- once released; add a new numbered migration instead.

-- Every HTTP request rinse made, one row per attempt: retries, redirect hops and robots.txt
-- requests included, plus a row for each URL given up on before any request (robots.txt
-- disallows it, its address is refused).
CREATE TABLE fetch_log (
    id              INTEGER PRIMARY KEY,
    import_id       INTEGER REFERENCES imports (id) ON DELETE CASCADE,
    source          TEXT    NOT NULL,
    kind            TEXT    NOT NULL
                            CHECK (kind IN ('unknown', 'page', 'feed', 'sitemap', 'robots')),
    url             TEXT    NOT NULL,
    started_at      TEXT    NOT NULL,
    status          INTEGER CHECK (status BETWEEN 100 AND 999),
    bytes           INTEGER NOT NULL DEFAULT 0 CHECK (bytes >= 0),
    duration_ms     INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    attempt         INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),
    outcome         TEXT    NOT NULL
                            CHECK (outcome IN ('stored', 'unchanged', 'not_modified', 'listed', 'fetched',
                                               'redirected', 'retried', 'skipped', 'failed', 'cancelled')),
    reason          TEXT,
    error           TEXT,
    document_id     INTEGER REFERENCES documents (id) ON DELETE SET NULL
);

CREATE INDEX fetch_log_url ON fetch_log (url);
CREATE INDEX fetch_log_started_at ON fetch_log (started_at);
CREATE INDEX fetch_log_import_id ON fetch_log (import_id);
CREATE INDEX fetch_log_outcome ON fetch_log (outcome);
CREATE INDEX fetch_log_document_id ON fetch_log (document_id) WHERE document_id IS NOT NULL;

-- What rinse remembers about each URL it fetched successfully, for conditional requests
-- (If-None-Match, If-Modified-Since) and to know which feed and sitemap entries are new.
CREATE TABLE http_cache (
    url             TEXT    PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('page', 'feed', 'sitemap')),
    final_url       TEXT    NOT NULL,
    status          INTEGER NOT NULL,
    etag            TEXT,
    last_modified   TEXT,
    content_hash    TEXT,
    fetched_at      TEXT    NOT NULL,
    seen_at         TEXT    NOT NULL
) WITHOUT ROWID;

-- The schedule of each source of `rinse run`, so a restart resumes it.
CREATE TABLE fetch_schedule (
    source          TEXT    PRIMARY KEY,
    url             TEXT    NOT NULL,
    schedule        TEXT    NOT NULL,
    last_started_at TEXT,
    last_finished_at TEXT,
    last_status     TEXT    CHECK (last_status IN ('completed', 'interrupted')),
    last_import_id  INTEGER REFERENCES imports (id) ON DELETE SET NULL,
    next_due_at     TEXT
) WITHOUT ROWID;

-- Feed and sitemap entries are looked up by canonical URL as well as by URL.
CREATE INDEX documents_canonical_url ON documents (canonical_url) WHERE canonical_url IS NOT NULL;
