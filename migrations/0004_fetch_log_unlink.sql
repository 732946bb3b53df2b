-- rinse database schema, version 4: deleting a document by hand clears the `fetch_log` rows
-- that point at it, even when foreign keys are off (the `sqlite3` shell's default).
--
-- Documented in docs/schema.md ("Changing data by hand"). Never edit this file once released;
-- add a new numbered migration instead.
--
-- `fetch_log.document_id` is `ON DELETE SET NULL`, which SQLite applies only with
-- `PRAGMA foreign_keys = ON`. Without it, the row kept the deleted id, and since a rowid can be
-- given out again (deleting the newest document frees its id), it could later point at an
-- unrelated page.
CREATE TRIGGER documents_after_delete_unlink_fetch_log AFTER DELETE ON documents
BEGIN
    UPDATE fetch_log SET document_id = NULL WHERE document_id = old.id;
END;
