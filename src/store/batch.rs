//! One batch, one transaction: documents (with their versions and removals), problems, and
//! the import's running counts.

use sqlx::sqlite::{Sqlite, SqlitePool};
use sqlx::{SqliteConnection, Transaction};
use tracing::debug;

use super::{ImportCounts, ProblemOutcome, StoreError, WriteItem, WriteOutcome, now_utc, to_i64};
use crate::error::Problem;
use crate::model::NewDocument;

/// `BEGIN IMMEDIATE` takes the write lock up front, so the lookups made inside the
/// transaction cannot be invalidated by another writer (no `SQLITE_BUSY` on upgrade).
const BEGIN_WRITE: &str = "BEGIN IMMEDIATE";

pub(super) async fn write_batch(
    pool: &SqlitePool,
    import_id: i64,
    batch: &[WriteItem],
) -> Result<Vec<WriteOutcome>, StoreError> {
    if batch.is_empty() {
        return Ok(Vec::new());
    }
    let now = now_utc();
    let mut tx = begin_write(pool, import_id).await?;
    let mut outcomes = Vec::with_capacity(batch.len());
    let mut counts = ImportCounts::default();
    for item in batch {
        let outcome = write_item(&mut tx, import_id, item, &now).await?;
        counts.record(&outcome);
        outcomes.push(outcome);
    }
    add_import_counts(&mut tx, import_id, &counts).await?;
    tx.commit().await?;
    debug!(import_id, items = batch.len(), stored = counts.stored, "Committed a batch.");
    Ok(outcomes)
}

/// [`write_batch`] for a single item.
pub(super) async fn write_one(pool: &SqlitePool, import_id: i64, item: &WriteItem) -> Result<WriteOutcome, StoreError> {
    let now = now_utc();
    let mut tx = begin_write(pool, import_id).await?;
    let outcome = write_item(&mut tx, import_id, item, &now).await?;
    let mut counts = ImportCounts::default();
    counts.record(&outcome);
    add_import_counts(&mut tx, import_id, &counts).await?;
    tx.commit().await?;
    Ok(outcome)
}

async fn begin_write(pool: &SqlitePool, import_id: i64) -> Result<Transaction<'static, Sqlite>, StoreError> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await?;
    // Checked first so a wrong id is reported as such, not as a foreign-key failure of the
    // first document.
    let import_exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM imports WHERE id = ?)")
        .bind(import_id)
        .fetch_one(&mut *tx)
        .await?;
    if !import_exists {
        return Err(StoreError::UnknownImport(import_id));
    }
    Ok(tx)
}

async fn write_item(
    conn: &mut SqliteConnection,
    import_id: i64,
    item: &WriteItem,
    now: &str,
) -> Result<WriteOutcome, StoreError> {
    match item {
        WriteItem::Document(document) => write_document(conn, import_id, document, now)
            .await
            .map_err(|error| StoreError::Document { input: document.source.clone(), error }),
        WriteItem::Problem(problem) => Ok(record_problem(conn, import_id, problem, now).await?),
    }
}

/// Write one document as a new version of its source key, unless its content equals what
/// was last stored of that key from the same source (the same file, JSONL line or WARC
/// record), or, when nothing was, the latest stored version. An input that holds one URL
/// twice with two texts (two crawls of a page in one WET file) then stores each once, and
/// reading it again stores nothing, while a file whose text goes back to an earlier version
/// stores it again as the newest.
async fn write_document(
    conn: &mut SqliteConnection,
    import_id: i64,
    document: &NewDocument,
    now: &str,
) -> Result<WriteOutcome, sqlx::Error> {
    let from_this_source: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, content_hash FROM documents WHERE source_key = ? AND source = ? ORDER BY version DESC LIMIT 1",
    )
    .bind(&document.source_key)
    .bind(&document.source)
    .fetch_optional(&mut *conn)
    .await?;
    let latest: Option<(i64, String, Option<String>)> = sqlx::query_as(
        "SELECT id, content_hash, fetched_at FROM documents WHERE source_key = ? AND superseded_by IS NULL",
    )
    .bind(&document.source_key)
    .fetch_optional(&mut *conn)
    .await?;
    let latest_hash = latest.as_ref().map(|(id, hash, _)| (*id, hash.clone()));
    if let Some((id, hash)) = from_this_source.as_ref().or(latest_hash.as_ref())
        && *hash == document.content_hash
    {
        return Ok(WriteOutcome::Unchanged { id: *id });
    }
    // MAX + 1 rather than latest + 1: stays unique even if someone deleted versions by hand.
    let version: i64 = sqlx::query_scalar("SELECT IFNULL(MAX(version), 0) + 1 FROM documents WHERE source_key = ?")
        .bind(&document.source_key)
        .fetch_one(&mut *conn)
        .await?;
    let captured = document.fetched_at.as_deref().and_then(capture_time);
    let latest_captured = latest.as_ref().and_then(|(id, _, at)| Some((*id, capture_time(at.as_deref()?)?)));
    if let (Some(captured), Some((latest_id, latest_captured))) = (captured, latest_captured)
        && captured < latest_captured
        && let Some(outcome) = write_older_capture(conn, import_id, document, version, latest_id, captured, now).await?
    {
        return Ok(outcome);
    }
    let previous_id = latest.map(|(id, _, _)| id);
    let id = match previous_id {
        None => {
            let placement = Placement { id: None, version, previous_id: None, superseded_by: None };
            insert_document(conn, placement, import_id, document, now).await?
        }
        Some(previous_id) => {
            // Only one row per key may have superseded_by IS NULL, so the old row must be
            // marked before the new one exists; the new id is chosen here, under the write
            // lock, and the deferred foreign key is checked at commit.
            let new_id: i64 =
                sqlx::query_scalar("SELECT IFNULL(MAX(id), 0) + 1 FROM documents").fetch_one(&mut *conn).await?;
            sqlx::query("UPDATE documents SET superseded_by = ? WHERE id = ?")
                .bind(new_id)
                .bind(previous_id)
                .execute(&mut *conn)
                .await?;
            let placement =
                Placement { id: Some(new_id), version, previous_id: Some(previous_id), superseded_by: None };
            insert_document(conn, placement, import_id, document, now).await?
        }
    };
    write_removals(conn, id, document).await?;
    debug!(source = %document.source, id, version, "Stored a document.");
    Ok(WriteOutcome::Stored { id, version })
}

/// A capture time (`fetched_at`) as an instant, when it is one.
fn capture_time(text: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::parse_from_rfc3339(text).ok().map(|t| t.with_timezone(&chrono::Utc))
}

/// Store a page captured before the latest version of its key (an older crawl of the page
/// imported after a newer one): it goes into the chain of versions where its capture time
/// puts it, so the latest version stays the newest capture. Unchanged if a neighbour in
/// that chain has the same text. Versions whose capture time is unknown are not passed.
/// `None` if the versions do not form one chain (edited by hand): then the page is stored
/// as the latest, as any other.
async fn write_older_capture(
    conn: &mut SqliteConnection,
    import_id: i64,
    document: &NewDocument,
    version: i64,
    latest_id: i64,
    captured: chrono::DateTime<chrono::Utc>,
    now: &str,
) -> Result<Option<WriteOutcome>, sqlx::Error> {
    type Row = (i64, String, Option<String>, Option<i64>);
    let versions: Vec<Row> =
        sqlx::query_as("SELECT id, content_hash, fetched_at, previous_id FROM documents WHERE source_key = ?")
            .bind(&document.source_key)
            .fetch_all(&mut *conn)
            .await?;
    let by_id: std::collections::HashMap<i64, &Row> = versions.iter().map(|row| (row.0, row)).collect();
    // From the latest (captured later than this page) back: `after` ends as the oldest
    // version captured later, versions of unknown capture time passed over, and `before` as
    // the one before it. Bounded by the number of versions: a chain edited by hand into a
    // loop is followed once round at most (and the page then stored as the latest).
    let Some(mut after) = by_id.get(&latest_id).copied() else { return Ok(None) };
    let mut cursor = after;
    let mut reached_start = false;
    for _ in 0..versions.len() {
        let Some(previous) = cursor.3.and_then(|id| by_id.get(&id).copied()) else {
            reached_start = true;
            break;
        };
        match previous.2.as_deref().and_then(capture_time) {
            Some(t) if t <= captured => {
                reached_start = true;
                break;
            }
            Some(_) => after = previous,
            None => {}
        }
        cursor = previous;
    }
    if !reached_start {
        return Ok(None);
    }
    let before = after.3.and_then(|id| by_id.get(&id).copied());
    for neighbour in [Some(after), before].into_iter().flatten() {
        if neighbour.1 == document.content_hash {
            return Ok(Some(WriteOutcome::Unchanged { id: neighbour.0 }));
        }
    }
    let new_id: i64 = sqlx::query_scalar("SELECT IFNULL(MAX(id), 0) + 1 FROM documents").fetch_one(&mut *conn).await?;
    let before_id = before.map(|row| row.0);
    let placement = Placement { id: Some(new_id), version, previous_id: before_id, superseded_by: Some(after.0) };
    let id = insert_document(conn, placement, import_id, document, now).await?;
    sqlx::query("UPDATE documents SET previous_id = ? WHERE id = ?").bind(id).bind(after.0).execute(&mut *conn).await?;
    if let Some(before_id) = before_id {
        sqlx::query("UPDATE documents SET superseded_by = ? WHERE id = ?")
            .bind(id)
            .bind(before_id)
            .execute(&mut *conn)
            .await?;
    }
    write_removals(conn, id, document).await?;
    debug!(source = %document.source, id, version, "Stored an older capture of a document.");
    Ok(Some(WriteOutcome::Stored { id, version }))
}

async fn write_removals(conn: &mut SqliteConnection, id: i64, document: &NewDocument) -> Result<(), sqlx::Error> {
    for removal in &document.removals {
        sqlx::query(
            "INSERT INTO removals (document_id, rule, blocks, chars) VALUES (?, ?, ?, ?)
             ON CONFLICT (document_id, rule)
             DO UPDATE SET blocks = blocks + excluded.blocks, chars = chars + excluded.chars",
        )
        .bind(id)
        .bind(removal.rule.as_str())
        .bind(removal.blocks)
        .bind(to_i64(removal.chars))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Where a new row goes among the versions of its key.
#[derive(Debug, Clone, Copy)]
struct Placement {
    /// The id to give it (chosen under the write lock when other rows must point at it).
    id: Option<i64>,
    version: i64,
    previous_id: Option<i64>,
    /// Set for an older capture placed before the latest version.
    superseded_by: Option<i64>,
}

async fn insert_document(
    conn: &mut SqliteConnection,
    placement: Placement,
    import_id: i64,
    document: &NewDocument,
    now: &str,
) -> Result<i64, sqlx::Error> {
    let char_count = to_i64(document.body.chars().count() as u64);
    let result = sqlx::query(
        "INSERT INTO documents (
             id, source_key, version, previous_id, superseded_by, url, canonical_url, host, source,
             source_kind, input_kind, title, author, published, site, language, body, word_count,
             char_count, content_hash, encoding, encoding_source, replaced_bytes, fetched_at,
             ingested_at, import_id
         ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(placement.id)
    .bind(&document.source_key)
    .bind(placement.version)
    .bind(placement.previous_id)
    .bind(placement.superseded_by)
    .bind(&document.url)
    .bind(&document.canonical_url)
    .bind(&document.host)
    .bind(&document.source)
    .bind(document.source_kind.as_str())
    .bind(document.input_kind.as_str())
    .bind(&document.title)
    .bind(&document.author)
    .bind(&document.published)
    .bind(&document.site)
    .bind(&document.language)
    .bind(&document.body)
    .bind(document.word_count)
    .bind(char_count)
    .bind(&document.content_hash)
    .bind(document.encoding)
    .bind(document.encoding_source.as_str())
    .bind(to_i64(document.replaced_bytes))
    .bind(&document.fetched_at)
    .bind(now)
    .bind(import_id)
    .execute(&mut *conn)
    .await?;
    Ok(result.last_insert_rowid())
}

async fn record_problem(
    conn: &mut SqliteConnection,
    import_id: i64,
    problem: &Problem,
    now: &str,
) -> Result<WriteOutcome, sqlx::Error> {
    let outcome = ProblemOutcome::of(problem);
    sqlx::query(
        "INSERT INTO import_problems (import_id, source, reason, detail, outcome, at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(import_id)
    .bind(&problem.source)
    .bind(problem.reason.as_str())
    .bind(&problem.detail)
    .bind(outcome.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(WriteOutcome::Recorded { outcome })
}

/// Keep the import's counts in step with what is committed, so a killed run still shows
/// what it wrote.
async fn add_import_counts(
    conn: &mut SqliteConnection,
    import_id: i64,
    counts: &ImportCounts,
) -> Result<(), StoreError> {
    let result = sqlx::query(
        "UPDATE imports
         SET seen = seen + ?, stored = stored + ?, unchanged = unchanged + ?,
             skipped = skipped + ?, failed = failed + ?
         WHERE id = ?",
    )
    .bind(to_i64(counts.seen))
    .bind(to_i64(counts.stored))
    .bind(to_i64(counts.unchanged))
    .bind(to_i64(counts.skipped))
    .bind(to_i64(counts.failed))
    .bind(import_id)
    .execute(&mut *conn)
    .await?;
    if result.rows_affected() == 0 {
        return Err(StoreError::UnknownImport(import_id));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{
        assert_healthy, count, doc_item, document, new_import, problem_item, search, temp_store,
    };
    use super::super::{ImportCounts, ProblemOutcome, StoreError, WriteItem, WriteOutcome};
    use crate::error::Reason;
    use crate::model::{RemovalCount, RuleId};

    #[tokio::test]
    async fn the_same_document_twice_in_two_batches_is_stored_once() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let item = doc_item("url:https://example.org/a", "A body about rivers.");
        let first = store.write_batch(import, std::slice::from_ref(&item)).await.unwrap();
        let second = store.write_batch(import, &[item]).await.unwrap();
        let WriteOutcome::Stored { id, version: 1 } = first[0] else { panic!("{first:?}") };
        assert_eq!(second, vec![WriteOutcome::Unchanged { id }]);
        assert_eq!(count(&store, "SELECT COUNT(*) FROM documents").await, 1);
        // Unchanged writes nothing else either: no second set of removals.
        assert_eq!(count(&store, "SELECT COUNT(*) FROM removals").await, 1);
        let counts: (i64, i64, i64) = sqlx::query_as("SELECT seen, stored, unchanged FROM imports WHERE id = ?")
            .bind(import)
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(counts, (2, 1, 1));
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn the_same_document_twice_in_one_batch_is_stored_once() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let item = doc_item("url:https://example.org/a", "A body about rivers.");
        let outcomes = store.write_batch(import, &[item.clone(), item]).await.unwrap();
        let WriteOutcome::Stored { id, version: 1 } = outcomes[0] else { panic!("{outcomes:?}") };
        assert_eq!(outcomes[1], WriteOutcome::Unchanged { id });
        assert_eq!(count(&store, "SELECT COUNT(*) FROM documents").await, 1);
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn one_url_twice_in_an_input_is_unchanged_when_read_again() {
        let (_dir, store) = temp_store().await;
        let item = |source: &str, body: &str| {
            let mut document = document("url:https://example.org/a", body);
            document.source = source.to_owned();
            WriteItem::Document(document)
        };
        // Two crawls of one page in one file, at two offsets.
        let crawls = [item("crawl.warc.wet.gz@0", "First crawl."), item("crawl.warc.wet.gz@900", "Second crawl.")];
        for (round, expected_versions) in [(1, 2), (2, 2), (3, 2)] {
            let import = new_import(&store).await;
            let outcomes = store.write_batch(import, &crawls).await.unwrap();
            let unchanged = outcomes.iter().filter(|outcome| matches!(outcome, WriteOutcome::Unchanged { .. })).count();
            assert_eq!(unchanged, if round == 1 { 0 } else { 2 }, "round {round}: {outcomes:?}");
            assert_eq!(count(&store, "SELECT COUNT(*) FROM documents").await, expected_versions);
        }
        // Near miss: one file whose text goes back to an earlier one is a new version.
        let import = new_import(&store).await;
        for (body, versions) in [("Draft.", 3), ("Edited.", 4), ("Draft.", 5)] {
            store.write_batch(import, &[item("notes.txt", body)]).await.unwrap();
            assert_eq!(count(&store, "SELECT COUNT(*) FROM documents").await, versions, "{body}");
        }
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn the_same_content_under_different_keys_is_two_documents() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let batch = [
            doc_item("url:https://example.org/a", "Syndicated story."),
            doc_item("url:https://mirror.example.net/a", "Syndicated story."),
        ];
        let outcomes = store.write_batch(import, &batch).await.unwrap();
        assert!(outcomes.iter().all(|outcome| matches!(outcome, WriteOutcome::Stored { version: 1, .. })));
        assert_eq!(count(&store, "SELECT COUNT(*) FROM latest_documents").await, 2);
        assert_eq!(count(&store, "SELECT COUNT(DISTINCT content_hash) FROM documents").await, 1);
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn a_changed_body_becomes_version_two_linked_to_version_one() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let key = "url:https://example.org/news";
        let old = store.write_batch(import, &[doc_item(key, "The old wording about glaciers.")]).await.unwrap();
        let new = store.write_batch(import, &[doc_item(key, "The new wording about volcanoes.")]).await.unwrap();
        let WriteOutcome::Stored { id: old_id, version: 1 } = old[0] else { panic!("{old:?}") };
        let WriteOutcome::Stored { id: new_id, version: 2 } = new[0] else { panic!("{new:?}") };

        let links: Vec<(i64, i64, Option<i64>, Option<i64>)> =
            sqlx::query_as("SELECT id, version, previous_id, superseded_by FROM documents ORDER BY version")
                .fetch_all(store.pool())
                .await
                .unwrap();
        assert_eq!(links, vec![(old_id, 1, None, Some(new_id)), (new_id, 2, Some(old_id), None)]);
        let latest: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM latest_documents").fetch_all(store.pool()).await.unwrap();
        assert_eq!(latest, vec![new_id]);

        // The full-text index holds the latest versions only.
        assert_eq!(search(&store, "volcanoes").await, vec![new_id]);
        assert_eq!(search(&store, "glaciers").await, Vec::<i64>::new());

        // Going back to the first wording is a change too: version 3.
        let back = store.write_batch(import, &[doc_item(key, "The old wording about glaciers.")]).await.unwrap();
        assert!(matches!(back[0], WriteOutcome::Stored { version: 3, .. }), "{back:?}");
        assert_eq!(search(&store, "glaciers").await.len(), 1);
        assert_healthy(&store).await;
    }

    /// Crawls of one page imported out of order (a 2024 archive after a 2025 one): each
    /// capture takes its place in the chain by capture time, and the latest version stays
    /// the newest capture.
    #[tokio::test]
    async fn an_older_capture_imported_later_goes_before_the_newer_one() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let key = "url:https://example.org/news";
        let capture = |body: &str, at: &str, n: usize| {
            let mut document = document(key, body);
            document.fetched_at = Some(at.to_owned());
            document.source = format!("crawl-{n}.warc.gz@0");
            WriteItem::Document(document)
        };
        let write = |item: WriteItem| {
            let store = store.clone();
            async move { store.write_batch(import, &[item]).await.unwrap().remove(0) }
        };
        let march = write(capture("The March text about the harbour.", "2025-03-01T10:00:00Z", 1)).await;
        let january = write(capture("The January text about the harbour.", "2025-01-01T10:00:00Z", 2)).await;
        let february = write(capture("The February text about the harbour.", "2025-02-01T10:00:00Z", 3)).await;
        // The January text crawled again in December 2024: the text it was, nothing new.
        let december = write(capture("The January text about the harbour.", "2024-12-01T10:00:00Z", 4)).await;
        let WriteOutcome::Stored { id: mar, version: 1 } = march else { panic!("{march:?}") };
        let WriteOutcome::Stored { id: jan, version: 2 } = january else { panic!("{january:?}") };
        let WriteOutcome::Stored { id: feb, version: 3 } = february else { panic!("{february:?}") };
        assert!(matches!(december, WriteOutcome::Unchanged { id } if id == jan), "{december:?}");

        let chain: Vec<(i64, Option<i64>, Option<i64>)> =
            sqlx::query_as("SELECT id, previous_id, superseded_by FROM documents ORDER BY fetched_at")
                .fetch_all(store.pool())
                .await
                .unwrap();
        assert_eq!(chain, [(jan, None, Some(feb)), (feb, Some(jan), Some(mar)), (mar, Some(feb), None)]);
        assert_eq!(search(&store, "March").await, vec![mar]);
        assert_eq!(search(&store, "February").await, Vec::<i64>::new());

        // Near miss: a newer capture than the latest is the latest, as always.
        let april = write(capture("The April text about the harbour.", "2025-04-01T10:00:00Z", 5)).await;
        let WriteOutcome::Stored { id: apr, version: 4 } = april else { panic!("{april:?}") };
        let latest: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM latest_documents").fetch_all(store.pool()).await.unwrap();
        assert_eq!(latest, [apr]);
        assert_healthy(&store).await;
    }

    /// A version of unknown capture time (a saved file) between two captures is passed over:
    /// an older capture still goes before the newer ones.
    #[tokio::test]
    async fn an_older_capture_passes_over_versions_of_unknown_time() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let key = "url:https://example.org/news";
        let version = |body: &str, at: Option<&str>, n: usize| {
            let mut document = document(key, body);
            document.fetched_at = at.map(str::to_owned);
            document.source = format!("input-{n}");
            WriteItem::Document(document)
        };
        let mut ids = Vec::new();
        for (n, (body, at)) in [
            ("The January text.", Some("2025-01-01T00:00:00Z")),
            ("A saved copy of unknown date.", None),
            ("The March text.", Some("2025-03-01T00:00:00Z")),
            ("The November 2024 text.", Some("2024-11-01T00:00:00Z")),
            ("The February text.", Some("2025-02-01T00:00:00Z")),
        ]
        .into_iter()
        .enumerate()
        {
            match store.write_batch(import, &[version(body, at, n)]).await.unwrap()[..] {
                [WriteOutcome::Stored { id, .. }] => ids.push(id),
                ref other => panic!("{other:?}"),
            }
        }
        let [jan, saved, mar, nov, feb] = ids[..] else { panic!("{ids:?}") };
        // Follow the chain from its first version.
        let mut order = vec![nov];
        while let Some(&last) = order.last() {
            let next: Option<i64> = sqlx::query_scalar("SELECT superseded_by FROM documents WHERE id = ?")
                .bind(last)
                .fetch_one(store.pool())
                .await
                .unwrap();
            match next {
                Some(next) if order.len() < 10 => order.push(next),
                _ => break,
            }
        }
        assert_eq!(order, [nov, jan, saved, feb, mar]);
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn full_text_search_ranks_and_follows_updates_and_deletes() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let batch = [
            doc_item("url:https://example.org/1", "Sourdough bread needs a starter. Bread, bread, bread."),
            doc_item("url:https://example.org/2", "A note on bread among many other things in a long text."),
            doc_item("url:https://example.org/3", "Un café crème à Zürich."),
        ];
        let outcomes = store.write_batch(import, &batch).await.unwrap();
        let ids: Vec<i64> = outcomes
            .iter()
            .map(|outcome| match outcome {
                WriteOutcome::Stored { id, .. } => *id,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(search(&store, "bread").await, vec![ids[0], ids[1]], "bm25 ranks the denser match first");
        // unicode61 with remove_diacritics folds accents both ways.
        assert_eq!(search(&store, "cafe zurich").await, vec![ids[2]]);
        // Column filters: the word is in bodies only.
        assert_eq!(search(&store, "title:bread").await, Vec::<i64>::new());
        assert_eq!(search(&store, "body:bread").await.len(), 2);

        let snippet: String = sqlx::query_scalar(
            "SELECT snippet(documents_fts, 1, '[', ']', '…', 4) FROM documents_fts WHERE documents_fts MATCH 'starter'",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        assert!(snippet.contains("[starter]"), "{snippet}");

        // A hand-made UPDATE through sqlite3 keeps the index in step.
        sqlx::query("UPDATE documents SET body = 'Rye crackers instead.' WHERE id = ?")
            .bind(ids[0])
            .execute(store.pool())
            .await
            .unwrap();
        assert_eq!(search(&store, "sourdough").await, Vec::<i64>::new());
        assert_eq!(search(&store, "crackers").await, vec![ids[0]]);
        sqlx::query("DELETE FROM documents WHERE id = ?").bind(ids[1]).execute(store.pool()).await.unwrap();
        assert_eq!(search(&store, "bread").await, Vec::<i64>::new());
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn deleting_a_version_keeps_the_chain_and_the_index_consistent() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let key = "url:https://example.org/page";
        let mut ids = Vec::new();
        for body in ["first alpha", "second beta", "third gamma"] {
            let outcomes = store.write_batch(import, &[doc_item(key, body)]).await.unwrap();
            let WriteOutcome::Stored { id, .. } = outcomes[0] else { panic!("{outcomes:?}") };
            ids.push(id);
        }
        // Deleting the latest makes the previous version latest (and searchable) again.
        sqlx::query("DELETE FROM documents WHERE id = ?").bind(ids[2]).execute(store.pool()).await.unwrap();
        assert_eq!(search(&store, "beta").await, vec![ids[1]]);
        assert_eq!(search(&store, "gamma").await, Vec::<i64>::new());
        assert_healthy(&store).await;
        // The next change gets a fresh version number and links to the new latest.
        let outcomes = store.write_batch(import, &[doc_item(key, "fourth delta")]).await.unwrap();
        let WriteOutcome::Stored { id: fourth, version: 3 } = outcomes[0] else { panic!("{outcomes:?}") };
        // Deleting a middle version links its neighbours.
        sqlx::query("DELETE FROM documents WHERE id = ?").bind(ids[1]).execute(store.pool()).await.unwrap();
        let links: Vec<(i64, Option<i64>, Option<i64>)> =
            sqlx::query_as("SELECT id, previous_id, superseded_by FROM documents ORDER BY version")
                .fetch_all(store.pool())
                .await
                .unwrap();
        assert_eq!(links, vec![(ids[0], None, Some(fourth)), (fourth, Some(ids[0]), None)]);
        assert_eq!(count(&store, "SELECT COUNT(*) FROM removals").await, 2, "removals of deleted rows go too");
        assert_healthy(&store).await;
        sqlx::query("DELETE FROM documents WHERE source_key = ?").bind(key).execute(store.pool()).await.unwrap();
        assert_eq!(count(&store, "SELECT COUNT(*) FROM documents").await, 0);
        assert_eq!(count(&store, "SELECT COUNT(*) FROM removals").await, 0);
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn deleting_a_document_with_foreign_keys_off_unlinks_its_fetch_log_rows() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let outcomes =
            store.write_batch(import, &[doc_item("url:https://example.org/a", "Alpha text.")]).await.unwrap();
        let WriteOutcome::Stored { id, .. } = outcomes[0] else { panic!("{outcomes:?}") };
        sqlx::query(
            "INSERT INTO fetch_log (import_id, source, kind, url, started_at, status, bytes, duration_ms, attempt,
                                    outcome, document_id)
             VALUES (?, 'cli', 'page', 'https://example.org/a', '2026-11-24T00:00:00Z', 200, 10, 1, 1, 'stored', ?)",
        )
        .bind(import)
        .bind(id)
        .execute(store.pool())
        .await
        .unwrap();
        // As in the sqlite3 shell: foreign keys off, so ON DELETE SET NULL does nothing.
        let mut connection = store.pool().acquire().await.unwrap();
        sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *connection).await.unwrap();
        sqlx::query("DELETE FROM documents WHERE id = ?").bind(id).execute(&mut *connection).await.unwrap();
        sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *connection).await.unwrap();
        drop(connection);
        // The freed id is given to the next document; the log must not point at it.
        let outcomes = store.write_batch(import, &[doc_item("url:https://example.org/b", "Beta text.")]).await.unwrap();
        let WriteOutcome::Stored { id: next, .. } = outcomes[0] else { panic!("{outcomes:?}") };
        assert_eq!(next, id, "SQLite gives the newest row's id out again");
        assert_eq!(count(&store, "SELECT COUNT(*) FROM fetch_log WHERE document_id IS NOT NULL").await, 0);
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn deleting_an_import_with_foreign_keys_off_is_refused_while_documents_refer_to_it() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        store.write_batch(import, &[doc_item("url:https://example.org/a", "Alpha text.")]).await.unwrap();
        let empty = new_import(&store).await;
        sqlx::query("INSERT INTO import_problems (import_id, source, reason, outcome, at) VALUES (?, 'x', 'empty', 'skipped', '2026-11-24T00:00:00Z')")
            .bind(empty)
            .execute(store.pool())
            .await
            .unwrap();
        // As in the sqlite3 shell: foreign keys off, so nothing but a trigger refuses.
        let mut connection = store.pool().acquire().await.unwrap();
        sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *connection).await.unwrap();
        let refused = sqlx::query("DELETE FROM imports WHERE id = ?").bind(import).execute(&mut *connection).await;
        let message = refused.map(|_| String::new()).unwrap_or_else(|e| e.to_string());
        assert!(message.contains("documents still refer to this import"), "{message}");
        // An import without documents goes, and its problems with it.
        sqlx::query("DELETE FROM imports WHERE id = ?").bind(empty).execute(&mut *connection).await.unwrap();
        sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *connection).await.unwrap();
        drop(connection);
        assert_eq!(count(&store, "SELECT COUNT(*) FROM imports").await, 1);
        assert_eq!(count(&store, "SELECT COUNT(*) FROM import_problems").await, 0);
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn removals_are_written_with_their_document() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let mut doc = document("source:dump/a.txt", "Kept text.");
        doc.removals = vec![
            RemovalCount { rule: RuleId("cookie_banner"), blocks: 1, chars: 80 },
            RemovalCount { rule: RuleId("nav_list"), blocks: 3, chars: 45 },
            // The same rule twice is summed, not refused.
            RemovalCount { rule: RuleId("cookie_banner"), blocks: 2, chars: 20 },
        ];
        let outcomes = store.write_batch(import, &[WriteItem::Document(doc)]).await.unwrap();
        let WriteOutcome::Stored { id, .. } = outcomes[0] else { panic!("{outcomes:?}") };
        let rows: Vec<(i64, String, i64, i64)> =
            sqlx::query_as("SELECT document_id, rule, blocks, chars FROM removals ORDER BY rule")
                .fetch_all(store.pool())
                .await
                .unwrap();
        assert_eq!(rows, vec![(id, "cookie_banner".to_owned(), 3, 100), (id, "nav_list".to_owned(), 3, 45)]);
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn document_columns_are_stored_as_documented() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let mut doc = document("url:https://example.org/é", "Crème brûlée, twice.");
        doc.replaced_bytes = 3;
        doc.fetched_at = Some("2026-11-20T08:00:00Z".to_owned());
        store.write_batch(import, &[WriteItem::Document(doc.clone())]).await.unwrap();
        #[allow(clippy::type_complexity)]
        let row: (
            String,
            String,
            String,
            Option<String>,
            i64,
            i64,
            String,
            String,
            String,
            i64,
            Option<String>,
            String,
            i64,
        ) = sqlx::query_as(
            "SELECT source_kind, input_kind, content_hash, host, word_count, char_count, encoding,
                        encoding_source, published, replaced_bytes, fetched_at, ingested_at, import_id
                 FROM documents",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        assert_eq!((row.0.as_str(), row.1.as_str()), ("file", "html"));
        assert_eq!(row.2, doc.content_hash);
        assert_eq!(row.3.as_deref(), Some("example.org"));
        assert_eq!((row.4, row.5), (3, 20), "words, and characters (not bytes)");
        assert_eq!((row.6.as_str(), row.7.as_str(), row.8.as_str()), ("UTF-8", "meta", "2026-11-01"));
        assert_eq!((row.9, row.10.as_deref()), (3, Some("2026-11-20T08:00:00Z")));
        assert!(row.11.ends_with('Z'), "{}", row.11);
        assert_eq!(row.12, import);
    }

    #[tokio::test]
    async fn problems_are_recorded_with_their_outcome() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let batch =
            [problem_item("dump/empty.txt", Reason::Empty), problem_item("dump/x.warc.gz@120", Reason::BadArchive)];
        let outcomes = store.write_batch(import, &batch).await.unwrap();
        assert_eq!(
            outcomes,
            vec![
                WriteOutcome::Recorded { outcome: ProblemOutcome::Skipped },
                WriteOutcome::Recorded { outcome: ProblemOutcome::Failed }
            ]
        );
        let rows: Vec<(i64, String, String, String, String)> =
            sqlx::query_as("SELECT import_id, source, reason, detail, outcome FROM import_problems ORDER BY id")
                .fetch_all(store.pool())
                .await
                .unwrap();
        assert_eq!(
            rows[0],
            (import, "dump/empty.txt".into(), "empty".into(), "empty in dump/empty.txt".into(), "skipped".into())
        );
        assert_eq!(rows[1].2, "bad_archive");
        assert_eq!(rows[1].4, "failed");
        let counts: (i64, i64, i64) = sqlx::query_as("SELECT seen, skipped, failed FROM imports WHERE id = ?")
            .bind(import)
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(counts, (2, 1, 1));
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn a_refused_document_rolls_back_its_whole_batch() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let batch = [
            doc_item("url:https://example.org/good", "Good text."),
            problem_item("dump/empty.txt", Reason::Empty),
            // An empty source key breaks CHECK (source_key <> '').
            doc_item("", "Text without a key."),
        ];
        let error = store.write_batch(import, &batch).await.unwrap_err();
        match &error {
            StoreError::Document { input, .. } => assert_eq!(input, "dump/0.html"),
            other => panic!("expected a document error, got {other}"),
        }
        assert!(error.is_data_error());
        assert!(error.to_string().contains("CHECK constraint failed"), "{error}");
        assert_eq!(count(&store, "SELECT COUNT(*) FROM documents").await, 0);
        assert_eq!(count(&store, "SELECT COUNT(*) FROM import_problems").await, 0);
        assert_eq!(count(&store, "SELECT seen FROM imports").await, 0);
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn a_batch_for_an_unknown_import_is_refused() {
        let (_dir, store) = temp_store().await;
        let error = store.write_batch(42, &[doc_item("url:https://example.org/", "Text.")]).await.unwrap_err();
        assert!(matches!(error, StoreError::UnknownImport(42)), "{error}");
        assert!(!error.is_data_error());
        assert_eq!(store.write_batch(42, &[]).await.unwrap(), vec![]);
        let _ = ImportCounts::default();
    }
}
