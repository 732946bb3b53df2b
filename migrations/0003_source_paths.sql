-- rinse database schema, version 3: file paths in source keys are written without a leading
-- "./" (rinse 0.1 after this migration names `./dumps/a.txt` and `dumps/a.txt` alike).
--
-- Documented in docs/schema.md ("The versioning model"). Never edit this file once released;
-- add a new numbered migration instead.
--
-- Keys written before kept the path as typed, so `rinse import ./dumps` and `rinse import
-- dumps` made two documents of each file. Rewrite the old `source:./...` keys to the spelling
-- rinse now writes, so the next import of the same files finds them unchanged. A key is left
-- as it is when the rewritten key is already taken (the file was imported under both
-- spellings: both documents stay, as before) or when its path has other redundant parts
-- (`./a/./b`, `.//a`), which stripping one "./" would not make canonical.
UPDATE documents
SET source_key = 'source:' || substr(source_key, 10)
WHERE substr(source_key, 1, 9) = 'source:./'
  AND substr(source_key, 10, 1) NOT IN ('', '/')
  AND substr(source_key, 10, 2) <> './'
  AND instr(substr(source_key, 10), '//') = 0
  AND instr(substr(source_key, 10), '/./') = 0
  AND NOT EXISTS (
      SELECT 1 FROM documents AS taken
      WHERE taken.source_key = 'source:' || substr(documents.source_key, 10)
  );
