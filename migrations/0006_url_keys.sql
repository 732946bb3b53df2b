-- rinse database schema, version 6: the URL in a source key is written without analytics
-- parameters (`utm_*`, `fbclid`, ...) and with its scheme and host in lower case (rinse after
-- this migration keys `https://Example.org/a?utm_source=rss` as `url:https://example.org/a`).
--
-- Documented in docs/schema.md ("The versioning model"). Never edit this file once released;
-- add a new numbered migration instead.
--
-- Rewrite the old keys of the common cases, so that the next fetch of those pages finds them
-- unchanged: a query made only of `utm_*` parameters (what feeds and newsletters add), or of
-- one `fbclid` or `gclid`, is dropped; capitals in the scheme and host are lowered. A key is
-- left as it is when its new spelling is already a key, or when another old key would take
-- it too (`?utm_source=rss` and `?utm_source=mail` of one page): both documents stay.
--
-- The keys to rewrite are chosen first, from the keys as they were (an UPDATE sees its own
-- earlier rows), and every test is a scan of the keys once or a look-up in an index: a
-- database of millions of documents is upgraded in seconds.
CREATE TEMP TABLE url_rekey (old_key TEXT PRIMARY KEY, new_key TEXT NOT NULL);

-- `head_end`: where the address's host ends (before its path or query); `query_at`: its `?`.
-- Only keys whose head rinse spells the same way the SQL can are rewritten: an http(s)
-- address whose host is plain ASCII, without port, user, IP v6 brackets, escapes or a
-- backslash (rinse leaves a backslash spelling as written).
CREATE TEMP VIEW url_key_parts AS
SELECT old_key, head_end, query_at
FROM (
    SELECT source_key AS old_key,
           instr(source_key, '://') + 2
               + min(instr(substr(source_key, instr(source_key, '://') + 3) || '/', '/'),
                     instr(substr(source_key, instr(source_key, '://') + 3) || '?', '?')) - 1 AS head_end,
           instr(source_key, '?') AS query_at
    FROM (SELECT DISTINCT source_key FROM documents WHERE source_key LIKE 'url:http%://%')
)
WHERE lower(substr(old_key, 1, instr(old_key, '://') - 1)) IN ('url:http', 'url:https')
  AND substr(old_key, instr(old_key, '://') + 3, 1) NOT IN ('', '/')
  AND instr(old_key, '\') = 0
  AND substr(old_key, instr(old_key, '://') + 3, head_end - instr(old_key, '://') - 2) NOT GLOB '*[^a-zA-Z0-9.-]*';

INSERT OR IGNORE INTO url_rekey (old_key, new_key)
SELECT old_key, lower(substr(old_key, 1, head_end)) || substr(old_key, head_end + 1, query_at - head_end - 1)
FROM url_key_parts
WHERE query_at > head_end
  AND instr(old_key, '#') = 0
  AND (
      (substr(old_key, query_at + 1) LIKE 'utm\_%' ESCAPE '\'
       AND instr(replace(substr(old_key, query_at + 1), '&utm_', ''), '&') = 0)
      OR (instr(substr(old_key, query_at + 1), '&') = 0
          AND (substr(old_key, query_at + 1) LIKE 'fbclid=%' OR substr(old_key, query_at + 1) LIKE 'gclid=%'))
  );

INSERT OR IGNORE INTO url_rekey (old_key, new_key)
SELECT old_key, lower(substr(old_key, 1, head_end)) || substr(old_key, head_end + 1)
FROM url_key_parts
WHERE substr(old_key, 1, head_end) GLOB '*[A-Z]*'
  -- A query rinse would also change (analytics parameters, empty pairs) is left to the next
  -- version: lowering the head alone would give a key rinse never writes.
  AND (query_at = 0
       OR (query_at < length(old_key)
           AND substr(old_key, -1) <> '&'
           AND substr(old_key, query_at + 1, 1) <> '&'
           AND instr(substr(old_key, query_at), '&&') = 0
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&]utm_*'
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&][a-z_]*clid=*'
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&]gclsrc=*'
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&][gw]braid=*'
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&]igshid=*'
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&]mc_[ce]id=*'
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&]_hs*'
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&]mkt_tok=*'
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&]oly_*'
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&]vero_id=*'
           AND lower(substr(old_key, query_at)) NOT GLOB '*[?&]_openstat=*'));

DELETE FROM url_rekey
WHERE new_key IN (SELECT new_key FROM url_rekey GROUP BY new_key HAVING COUNT(*) > 1)
   OR EXISTS (SELECT 1 FROM documents WHERE documents.source_key = url_rekey.new_key);

UPDATE documents
SET source_key = (SELECT new_key FROM url_rekey WHERE old_key = documents.source_key)
WHERE source_key IN (SELECT old_key FROM url_rekey);

DROP VIEW url_key_parts;
DROP TABLE url_rekey;
