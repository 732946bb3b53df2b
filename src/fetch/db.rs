//! The fetcher's tables (`migrations/0002_fetch.sql`): the fetch log, the HTTP cache of
//! validators, and the schedule state of sources. Reads are plain queries; writes of the
//! log and cache go through [`Bookkeeper`], a task that commits them in small batches.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::sqlite::SqlitePool;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tracing::warn;

use super::client::Validators;
use super::log::{Book, BookSender, CacheUpdate, HostHold, LogRecord};
use crate::normalize::source_key;
use crate::store::{Store, now_utc};

/// Entries per bookkeeping transaction.
const BOOK_BATCH: usize = 256;
/// Longest error text kept in the log (a server can send anything).
const MAX_ERROR_CHARS: usize = 2000;

/// The validators stored for `url`, if its last full fetch gave any.
pub async fn validators(pool: &SqlitePool, url: &str) -> Result<Option<Validators>, sqlx::Error> {
    let row: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT etag, last_modified FROM http_cache WHERE url = ? AND kind = 'page'")
            .bind(url)
            .fetch_optional(pool)
            .await?;
    Ok(row
        .filter(|(etag, modified)| etag.is_some() || modified.is_some())
        .map(|(etag, last_modified)| Validators { etag, last_modified }))
}

/// `feed` or `sitemap` when `url` was last read as one.
pub async fn listing_kind(pool: &SqlitePool, url: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT kind FROM http_cache WHERE url = ? AND kind IN ('feed', 'sitemap')")
        .bind(url)
        .fetch_optional(pool)
        .await
}

/// When rinse last had an answer for `url`: its last successful fetch or the last 304 that
/// confirmed it, the ingestion of a stored document with that URL or canonical URL, or the
/// last time the page was found gone (404, 410) or holding no page (skipped as no main text,
/// not a page, binary, empty). `None` if rinse never had one. Without the last, a feed or
/// sitemap that keeps listing a deleted article or a PDF would have it requested on every
/// run, and a scheduled run fail on every 404, for good.
pub async fn known_since(pool: &SqlitePool, url: &str) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    let latest: Option<String> = sqlx::query_scalar(
        "SELECT MAX(t) FROM (
             SELECT MAX(fetched_at, seen_at) AS t FROM http_cache WHERE url = ?1
             UNION ALL SELECT ingested_at FROM documents WHERE source_key = ?2 AND superseded_by IS NULL
             UNION ALL SELECT ingested_at FROM documents WHERE canonical_url = ?1 AND superseded_by IS NULL
             UNION ALL SELECT MAX(started_at) FROM fetch_log WHERE url = ?1 AND kind IN ('page', 'unknown')
                 AND (status IN (404, 410)
                      OR (outcome = 'skipped' AND reason IN ('no_main_text', 'not_a_page', 'binary', 'empty')))
         )",
    )
    .bind(url)
    .bind(source_key(Some(url), ""))
    .fetch_one(pool)
    .await?;
    Ok(latest.and_then(|t| DateTime::parse_from_rfc3339(&t).ok()).map(|t| t.with_timezone(&Utc)))
}

/// The schedule state of one source (`fetch_schedule`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleState {
    pub url: String,
    pub schedule: String,
    pub last_started_at: Option<DateTime<Utc>>,
    pub last_finished_at: Option<DateTime<Utc>>,
    pub last_status: Option<String>,
    pub next_due_at: Option<DateTime<Utc>>,
}

/// Every source's schedule state, by name.
pub async fn schedule_states(pool: &SqlitePool) -> Result<HashMap<String, ScheduleState>, sqlx::Error> {
    type Row = (String, String, String, Option<String>, Option<String>, Option<String>, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT source, url, schedule, last_started_at, last_finished_at, last_status, next_due_at
         FROM fetch_schedule",
    )
    .fetch_all(pool)
    .await?;
    let time = |t: Option<String>| t.and_then(|t| DateTime::parse_from_rfc3339(&t).ok()).map(|t| t.with_timezone(&Utc));
    Ok(rows
        .into_iter()
        .map(|(source, url, schedule, started, finished, status, next)| {
            let state = ScheduleState {
                url,
                schedule,
                last_started_at: time(started),
                last_finished_at: time(finished),
                last_status: status,
                next_due_at: time(next),
            };
            (source, state)
        })
        .collect())
}

/// Record the end of a source's run.
pub async fn save_schedule(
    pool: &SqlitePool,
    source: &str,
    state: &ScheduleState,
    import_id: Option<i64>,
) -> Result<(), sqlx::Error> {
    let text = |t: Option<DateTime<Utc>>| t.map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string());
    sqlx::query(
        "INSERT INTO fetch_schedule
             (source, url, schedule, last_started_at, last_finished_at, last_status, last_import_id, next_due_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (source) DO UPDATE SET
             url = excluded.url, schedule = excluded.schedule, last_started_at = excluded.last_started_at,
             last_finished_at = excluded.last_finished_at, last_status = excluded.last_status,
             last_import_id = excluded.last_import_id, next_due_at = excluded.next_due_at",
    )
    .bind(source)
    .bind(&state.url)
    .bind(&state.schedule)
    .bind(text(state.last_started_at))
    .bind(text(state.last_finished_at))
    .bind(&state.last_status)
    .bind(import_id)
    .bind(text(state.next_due_at))
    .execute(pool)
    .await?;
    Ok(())
}

/// The task that writes [`Book`] entries: fetch log rows and HTTP cache updates, a batch
/// per transaction. It ends when every sender is dropped, after writing what it holds.
pub struct Bookkeeper;

impl Bookkeeper {
    pub fn spawn(store: Store) -> (BookSender, JoinHandle<()>) {
        let (sender, receiver) = mpsc::unbounded_channel();
        (sender, tokio::spawn(run(store, receiver)))
    }
}

async fn run(store: Store, mut receiver: mpsc::UnboundedReceiver<Book>) {
    let mut batch = Vec::with_capacity(BOOK_BATCH);
    while receiver.recv_many(&mut batch, BOOK_BATCH).await > 0 {
        if let Err(error) = write_books(store.pool(), &batch).await {
            // The log is a record, not the data: losing a batch of it must not stop fetching.
            warn!(error = %error, entries = batch.len(), "Could not write fetch log entries.");
        }
        batch.clear();
    }
}

async fn write_books(pool: &SqlitePool, batch: &[Book]) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    for book in batch {
        match book {
            Book::Log(record) => insert_log(&mut tx, record).await?,
            Book::Cache(update) => upsert_cache(&mut tx, update).await?,
            Book::Hold(hold) => upsert_hold(&mut tx, hold).await?,
        }
    }
    tx.commit().await
}

async fn insert_log(conn: &mut sqlx::SqliteConnection, r: &LogRecord) -> Result<(), sqlx::Error> {
    let error = r.error.as_deref().map(|e| {
        if e.chars().count() > MAX_ERROR_CHARS { e.chars().take(MAX_ERROR_CHARS).collect() } else { e.to_owned() }
    });
    sqlx::query(
        "INSERT INTO fetch_log (import_id, source, kind, url, started_at, status, bytes, duration_ms, attempt,
                                outcome, reason, error, document_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(r.import_id)
    .bind(r.source.as_ref())
    .bind(r.kind.as_str())
    .bind(&r.url)
    .bind(&r.started_at)
    .bind(r.status)
    .bind(i64::try_from(r.bytes).unwrap_or(i64::MAX))
    .bind(i64::try_from(r.duration.as_millis()).unwrap_or(i64::MAX))
    .bind(r.attempt)
    .bind(r.outcome.as_str())
    .bind(r.reason.map(|reason| reason.as_str()))
    .bind(error)
    .bind(r.document_id)
    .execute(conn)
    .await?;
    Ok(())
}

async fn upsert_cache(conn: &mut sqlx::SqliteConnection, u: &CacheUpdate) -> Result<(), sqlx::Error> {
    let now = now_utc();
    if u.full {
        sqlx::query(
            "INSERT INTO http_cache (url, kind, final_url, status, etag, last_modified, content_hash, fetched_at, seen_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
             ON CONFLICT (url) DO UPDATE SET
                 kind = excluded.kind, final_url = excluded.final_url, status = excluded.status, etag = excluded.etag,
                 last_modified = excluded.last_modified, content_hash = excluded.content_hash,
                 fetched_at = excluded.fetched_at, seen_at = excluded.seen_at",
        )
        .bind(&u.url)
        .bind(u.kind.as_str())
        .bind(&u.final_url)
        .bind(u.status)
        .bind(&u.etag)
        .bind(&u.last_modified)
        .bind(&u.content_hash)
        .bind(&now)
        .execute(conn)
        .await?;
    } else {
        // A 304: the stored validators still hold (a server may send a fresher ETag).
        sqlx::query(
            "UPDATE http_cache SET seen_at = ?, etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified)
             WHERE url = ?",
        )
        .bind(&now)
        .bind(&u.etag)
        .bind(&u.last_modified)
        .bind(&u.url)
        .execute(conn)
        .await?;
    }
    Ok(())
}

async fn upsert_hold(conn: &mut sqlx::SqliteConnection, hold: &HostHold) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO host_holds (origin, not_before, reason, set_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (origin) DO UPDATE SET
             reason = CASE WHEN excluded.not_before > not_before THEN excluded.reason ELSE reason END,
             set_at = CASE WHEN excluded.not_before > not_before THEN excluded.set_at ELSE set_at END,
             not_before = max(not_before, excluded.not_before)",
    )
    .bind(&hold.origin)
    .bind(hold.not_before.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    .bind(&hold.reason)
    .bind(now_utc())
    .execute(conn)
    .await?;
    Ok(())
}

/// The hosts that asked to be sent nothing until a time still to come.
pub async fn host_holds(pool: &SqlitePool) -> Result<Vec<(String, DateTime<Utc>)>, sqlx::Error> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT origin, not_before FROM host_holds").fetch_all(pool).await?;
    let now = Utc::now();
    Ok(rows
        .into_iter()
        .filter_map(|(origin, t)| {
            let t = DateTime::parse_from_rfc3339(&t).ok()?.with_timezone(&Utc);
            (t > now).then_some((origin, t))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::fetch::log::{FetchKind, LogContext, LogOutcome};

    async fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = Store::open(&dir.path().join("t.db")).await.unwrap_or_else(|e| panic!("{e}"));
        (dir, store)
    }

    #[tokio::test]
    async fn log_rows_and_cache_entries_are_written_and_read_back() {
        let (_dir, store) = temp_store().await;
        let (book, task) = Bookkeeper::spawn(store.clone());
        let ctx = LogContext { import_id: None, source: Arc::from("blog") };
        let mut record = LogRecord::new(&ctx, FetchKind::Page, "https://example.org/a");
        record.outcome = LogOutcome::Stored;
        record.status = Some(200);
        let _ = book.send(Book::Log(record));
        let _ = book.send(Book::Cache(CacheUpdate {
            url: "https://example.org/a".into(),
            kind: FetchKind::Page,
            final_url: "https://example.org/a".into(),
            status: 200,
            etag: Some("\"v1\"".into()),
            last_modified: None,
            content_hash: Some("abc".into()),
            full: true,
        }));
        drop(book);
        let _ = task.await;
        let row: (String, String, i64, String) = sqlx::query_as("SELECT source, kind, status, outcome FROM fetch_log")
            .fetch_one(store.pool())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(row, ("blog".into(), "page".into(), 200, "stored".into()));
        let v = validators(store.pool(), "https://example.org/a").await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(v, Some(Validators { etag: Some("\"v1\"".into()), last_modified: None }));
        assert!(known_since(store.pool(), "https://example.org/a").await.ok().flatten().is_some());
        assert_eq!(known_since(store.pool(), "https://example.org/b").await.ok().flatten(), None);
    }

    #[tokio::test]
    async fn schedule_state_round_trips() {
        let (_dir, store) = temp_store().await;
        let now = DateTime::parse_from_rfc3339("2026-11-22T10:00:00Z").map(|t| t.with_timezone(&Utc)).ok();
        let state = ScheduleState {
            url: "https://example.org/feed".into(),
            schedule: "every 30m".into(),
            last_started_at: now,
            last_finished_at: now,
            last_status: Some("completed".into()),
            next_due_at: now,
        };
        save_schedule(store.pool(), "blog", &state, None).await.unwrap_or_else(|e| panic!("{e}"));
        save_schedule(store.pool(), "blog", &state, None).await.unwrap_or_else(|e| panic!("{e}"));
        let states = schedule_states(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(states.get("blog"), Some(&state));
    }
}
