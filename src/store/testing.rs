//! Helpers for the store's tests: a database in a temporary directory, documents to write,
//! and the health checks every test ends with.

use sqlx::Row;
use tempfile::TempDir;

use super::{Store, WriteItem};
use crate::error::{Problem, Reason};
use crate::model::{EncodingSource, InputKind, NewDocument, RemovalCount, RuleId, SourceKind};

/// A fresh store in its own temporary directory (kept alive by the returned `TempDir`).
pub(super) async fn temp_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = Store::open(&dir.path().join("rinse.db")).await.expect("open a new store");
    (dir, store)
}

/// A document with the given source key and body; everything else plausible.
pub(super) fn document(source_key: &str, body: &str) -> NewDocument {
    let url = source_key.strip_prefix("url:").map(str::to_owned);
    let host =
        url.as_deref().and_then(|url| url::Url::parse(url).ok()).and_then(|url| url.host_str().map(str::to_owned));
    NewDocument {
        source_key: source_key.to_owned(),
        source: format!("dump/{}.html", source_key.len()),
        source_kind: SourceKind::File,
        input_kind: InputKind::Html,
        url,
        canonical_url: None,
        host,
        title: Some(format!("Title of {source_key}")),
        author: None,
        published: Some("2026-11-01".to_owned()),
        site: None,
        language: Some("en".to_owned()),
        body: body.to_owned(),
        word_count: u32::try_from(body.split_whitespace().count()).unwrap_or(u32::MAX),
        content_hash: blake3::hash(body.as_bytes()).to_hex().to_string(),
        encoding: "UTF-8",
        encoding_source: EncodingSource::Meta,
        replaced_bytes: 0,
        fetched_at: None,
        removals: vec![RemovalCount { rule: RuleId("cookie_banner"), blocks: 2, chars: 120 }],
    }
}

pub(super) fn doc_item(source_key: &str, body: &str) -> WriteItem {
    WriteItem::Document(document(source_key, body))
}

pub(super) fn problem_item(source: &str, reason: Reason) -> WriteItem {
    WriteItem::Problem(Problem::new(source, reason, format!("{reason} in {source}")))
}

pub(super) async fn new_import(store: &Store) -> i64 {
    store.begin_import("import", &["dump/".to_owned()]).await.expect("begin import")
}

pub(super) async fn count(store: &Store, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(store.pool()).await.expect("count query")
}

/// Ids of the latest documents whose title or body match an FTS5 query, best first.
pub(super) async fn search(store: &Store, query: &str) -> Vec<i64> {
    sqlx::query(
        "SELECT d.id FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
         WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts)",
    )
    .bind(query)
    .fetch_all(store.pool())
    .await
    .expect("full-text query")
    .iter()
    .map(|row| row.get::<i64, _>(0))
    .collect()
}

/// The database, the full-text index and the version links are all consistent.
pub(super) async fn assert_healthy(store: &Store) {
    let integrity: String =
        sqlx::query_scalar("PRAGMA integrity_check").fetch_one(store.pool()).await.expect("integrity_check");
    assert_eq!(integrity, "ok");
    let violations = sqlx::query("PRAGMA foreign_key_check").fetch_all(store.pool()).await.expect("foreign_key_check");
    assert!(violations.is_empty(), "foreign key violations: {}", violations.len());
    sqlx::query("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")
        .execute(store.pool())
        .await
        .expect("FTS index is internally consistent");
    sqlx::query("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)")
        .execute(store.pool())
        .await
        .expect("FTS index matches latest_documents");
    let keys_without_one_latest = count(
        store,
        "SELECT COUNT(*) FROM (SELECT source_key FROM documents GROUP BY source_key
         HAVING SUM(superseded_by IS NULL) <> 1)",
    )
    .await;
    assert_eq!(keys_without_one_latest, 0, "every source key has exactly one latest version");
}
