-- rinse database schema, version 7: hosts that asked rinse to wait.
--
-- Documented in docs/schema.md. Never edit this file once released; add a new numbered
-- migration instead.
--
-- A host that answers 429 or a 5xx with a Retry-After longer than `max_retry_after` is sent
-- nothing more until that time (at most a day later), in this run and in the runs after it:
-- a scheduled run every few minutes would otherwise ask again each time.
CREATE TABLE host_holds (
    origin          TEXT    PRIMARY KEY,
    not_before      TEXT    NOT NULL,
    reason          TEXT    NOT NULL,
    set_at          TEXT    NOT NULL
) WITHOUT ROWID;
