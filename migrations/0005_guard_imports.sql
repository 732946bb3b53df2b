-- rinse database schema, version 5: deleting an import by hand is refused while documents
-- refer to it, and cleans up after itself, even when foreign keys are off (the `sqlite3`
-- shell's default); documents get an index on `language`.
--
-- Documented in docs/schema.md ("Changing data by hand"). Never edit this file once released;
-- add a new numbered migration instead.
--
-- With foreign keys off, SQLite enforced neither `documents.import_id` nor the cascades of
-- `import_problems` and `fetch_log`: the import went, its documents kept an id that the next
-- import would take (the newest rowid is given out again), and its problems stayed behind.
CREATE TRIGGER imports_before_delete_in_use BEFORE DELETE ON imports
WHEN EXISTS (SELECT 1 FROM documents WHERE import_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'documents still refer to this import: delete them first');
END;

CREATE TRIGGER imports_after_delete_cleanup AFTER DELETE ON imports
BEGIN
    DELETE FROM import_problems WHERE import_id = old.id;
    DELETE FROM fetch_log WHERE import_id = old.id;
END;

CREATE INDEX documents_language ON documents (language);
