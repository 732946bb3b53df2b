//! The SQLite store: migrations, one writer, batched transactions, versions.
//!
//! The schema (`migrations/`, documented in `docs/schema.md`) is a public interface that
//! people query with sqlite3 and Python. [`Store`] opens the file (WAL, so readers never block
//! the writer), applies the embedded migrations, records imports, and writes batches of
//! documents and problems, one transaction per batch. [`Writer`] is the single writer task
//! that the pipeline feeds over a bounded channel.

mod batch;
mod writer;

use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use serde::Serialize;
use sqlx::ConnectOptions;
use sqlx::migrate::{MigrateError, Migrator};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

use crate::error::Problem;
use crate::model::NewDocument;

pub use writer::{DEFAULT_BATCH_SIZE, DEFAULT_FLUSH_INTERVAL, MAX_BATCH_BODY_BYTES, Writer};

/// The migrations in `migrations/`, embedded at compile time.
pub static MIGRATOR: Migrator = sqlx::migrate!();

/// `PRAGMA application_id` of a rinse database ('rins' in ASCII), set by the first migration.
pub const APPLICATION_ID: i64 = 0x7269_6E73;

/// How long a statement waits for another connection's write lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(15);

/// Connections in the pool: one writer at a time, the rest for reads and import bookkeeping.
const MAX_CONNECTIONS: u32 = 4;

/// Truncate the WAL file back to this size after a checkpoint, so a long import does not
/// leave a huge `-wal` file behind.
const JOURNAL_SIZE_LIMIT_BYTES: &str = "67108864";

/// Rows `PRAGMA optimize` samples per index (the value the SQLite manual recommends).
const OPTIMIZE_ANALYSIS_LIMIT: u32 = 400;

/// The 16 bytes every SQLite 3 database file starts with.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Why the store could not open a database or write to it.
///
/// Each message is complete on its own (it includes the underlying error), so the variants
/// do not also expose that error as `source()`: printing the chain would repeat it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("cannot read database file {}: {error}", path.display())]
    Read { path: PathBuf, error: io::Error },
    #[error("{} is not a SQLite database", path.display())]
    NotSqlite { path: PathBuf },
    #[error(
        "{} is a SQLite database of another program (it has tables but no rinse schema); \
         refusing to add rinse tables to it",
        path.display()
    )]
    NotRinse { path: PathBuf },
    #[error(
        "database {} has schema version {found}, newer than this rinse {} knows ({supported}); \
         use a newer rinse",
        path.display(),
        env!("CARGO_PKG_VERSION")
    )]
    SchemaTooNew { path: PathBuf, found: i64, supported: i64 },
    #[error("cannot open database {}: {error}", path.display())]
    Open { path: PathBuf, error: sqlx::Error },
    #[error("cannot update the schema of database {}: {error}", path.display())]
    Migrate { path: PathBuf, error: MigrateError },
    #[error("no import with id {0} in the database")]
    UnknownImport(i64),
    /// The database refused one document of a batch; the batch was rolled back.
    #[error("the database refused the document from {input}: {error}")]
    Document {
        /// The document's `source`.
        input: String,
        error: sqlx::Error,
    },
    #[error(
        "the database is locked: another connection has held a write transaction on it for over {} s \
         (a sqlite3 shell or a notebook in the middle of a change, or another program writing); \
         finish or roll back that transaction and run rinse again",
        BUSY_TIMEOUT.as_secs()
    )]
    Locked,
    #[error("database error: {0}")]
    Database(sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        match primary_code(&error) {
            Some(SQLITE_BUSY | SQLITE_LOCKED) => StoreError::Locked,
            _ => StoreError::Database(error),
        }
    }
}

/// The imports this process began and has not finished (see [`Store::abandon_open_imports`]).
fn open_imports() -> std::sync::MutexGuard<'static, std::collections::BTreeSet<i64>> {
    static OPEN: std::sync::Mutex<std::collections::BTreeSet<i64>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    OPEN.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// SQLite's result codes for a database another connection holds.
const SQLITE_BUSY: i64 = 5;
const SQLITE_LOCKED: i64 = 6;

impl StoreError {
    /// Whether the database refused the data of a statement (a constraint, a value too big or
    /// of the wrong type) rather than failing as a whole (I/O, a full disk, a lock).
    pub fn is_data_error(&self) -> bool {
        match self {
            StoreError::Document { error, .. } | StoreError::Database(error) => is_data_error(error),
            _ => false,
        }
    }

    /// The database's own message, without the document's name: what goes in a problem's
    /// `detail`.
    fn database_message(&self) -> String {
        match self {
            StoreError::Document { error, .. } | StoreError::Database(error) => error.to_string(),
            other => other.to_string(),
        }
    }
}

/// SQLite primary result codes that say a statement's data was refused.
const SQLITE_TOOBIG: i64 = 18;
const SQLITE_CONSTRAINT: i64 = 19;
const SQLITE_MISMATCH: i64 = 20;
const SQLITE_RANGE: i64 = 25;
/// The SQLite primary result code for a file that is not a database.
const SQLITE_NOTADB: i64 = 26;

fn is_data_error(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Encode(_) => true,
        _ => matches!(primary_code(error), Some(SQLITE_TOOBIG | SQLITE_CONSTRAINT | SQLITE_MISMATCH | SQLITE_RANGE)),
    }
}

/// The primary result code of a SQLite error (sqlx reports the extended one, whose low byte
/// is the primary code).
fn primary_code(error: &sqlx::Error) -> Option<i64> {
    match error {
        sqlx::Error::Database(db) => db.code()?.parse::<i64>().ok().map(|code| code & 0xff),
        _ => None,
    }
}

/// The state of an import, stored in `imports.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportStatus {
    /// Still running, or killed before it could record an end (then `finished_at` is NULL).
    Running,
    /// Ran to the end; some inputs may still have failed (see the counts).
    Completed,
    /// Stopped by an error that ended the whole run.
    Failed,
    /// Stopped early on request (Ctrl-C, SIGTERM); what was written before is kept.
    Interrupted,
}

impl ImportStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ImportStatus::Running => "running",
            ImportStatus::Completed => "completed",
            ImportStatus::Failed => "failed",
            ImportStatus::Interrupted => "interrupted",
        }
    }
}

impl fmt::Display for ImportStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ImportStatus {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "running" => Ok(ImportStatus::Running),
            "completed" => Ok(ImportStatus::Completed),
            "failed" => Ok(ImportStatus::Failed),
            "interrupted" => Ok(ImportStatus::Interrupted),
            other => Err(format!("unknown import status {other:?}")),
        }
    }
}

/// What happened to the inputs of an import; stored in the count columns of `imports`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportCounts {
    /// Inputs that reached the store: documents and problems.
    pub seen: u64,
    /// Documents stored as a new row (a first version or a changed one).
    pub stored: u64,
    /// Documents whose content equalled their latest stored version.
    pub unchanged: u64,
    /// Problems with outcome `skipped`.
    pub skipped: u64,
    /// Problems with outcome `failed`, including documents the database refused.
    pub failed: u64,
}

impl ImportCounts {
    /// Count one outcome.
    pub fn record(&mut self, outcome: &WriteOutcome) {
        self.seen += 1;
        match outcome {
            WriteOutcome::Stored { .. } => self.stored += 1,
            WriteOutcome::Unchanged { .. } => self.unchanged += 1,
            WriteOutcome::Recorded { outcome: ProblemOutcome::Skipped } => self.skipped += 1,
            WriteOutcome::Recorded { outcome: ProblemOutcome::Failed } | WriteOutcome::Rejected { .. } => {
                self.failed += 1
            }
        }
    }

    /// Add another set of counts to this one.
    pub fn add(&mut self, other: &ImportCounts) {
        self.seen += other.seen;
        self.stored += other.stored;
        self.unchanged += other.unchanged;
        self.skipped += other.skipped;
        self.failed += other.failed;
    }
}

/// Whether a problem was a skip or a failure; stored in `import_problems.outcome`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProblemOutcome {
    Skipped,
    Failed,
}

impl ProblemOutcome {
    pub fn of(problem: &Problem) -> Self {
        if problem.is_failure() { ProblemOutcome::Failed } else { ProblemOutcome::Skipped }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ProblemOutcome::Skipped => "skipped",
            ProblemOutcome::Failed => "failed",
        }
    }
}

/// One thing to write: a document, or the record of an input that did not become one.
#[allow(
    clippy::large_enum_variant,
    reason = "almost every item is a document; boxing would only add an allocation per page"
)]
#[derive(Debug, Clone)]
pub enum WriteItem {
    Document(NewDocument),
    Problem(Problem),
}

impl WriteItem {
    /// The input the item came from (`RawPage::source`).
    pub fn source(&self) -> &str {
        match self {
            WriteItem::Document(document) => &document.source,
            WriteItem::Problem(problem) => &problem.source,
        }
    }
}

/// What writing one [`WriteItem`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteOutcome {
    /// A new row: the first version of its source key, or a changed one.
    Stored { id: i64, version: i64 },
    /// The content equalled the latest stored version, whose id this is; nothing was written.
    Unchanged { id: i64 },
    /// A problem row was written in `import_problems`.
    Recorded { outcome: ProblemOutcome },
    /// The database refused the document; a problem with reason `store` was recorded instead.
    /// Only [`Writer`] produces this ([`Store::write_batch`] returns an error).
    Rejected { detail: String },
}

/// A rinse SQLite database. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    path: PathBuf,
    /// A shared lock on [`lock_path`], held while this process may write imports.
    import_lock: std::sync::Arc<std::sync::Mutex<Option<std::fs::File>>>,
}

/// The file beside the database that writers hold a shared lock on: a writer that can take
/// it exclusively is the only one, so an import still `running` was left by a process that
/// was killed.
pub fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".rinse-lock");
    PathBuf::from(name)
}

impl Store {
    /// Open the database at `path`, creating it if missing, and bring its schema up to date.
    ///
    /// Fails with a clear error if the file is not a SQLite database, belongs to another
    /// program, or has a schema newer than this binary knows.
    pub async fn open(path: &Path) -> Result<Store, StoreError> {
        check_header(path)?;
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(BUSY_TIMEOUT)
            .foreign_keys(true)
            .pragma("journal_size_limit", JOURNAL_SIZE_LIMIT_BYTES)
            // Keeps the query planner's statistics fresh for people querying the file.
            .optimize_on_close(true, OPTIMIZE_ANALYSIS_LIMIT)
            // sqlx would log a statement that waited on a lock as a "slow statement" warning
            // with its SQL: noise beside the error rinse reports ([`StoreError::Locked`]).
            .disable_statement_logging();
        let pool = SqlitePoolOptions::new()
            .max_connections(MAX_CONNECTIONS)
            .connect_with(options)
            .await
            .map_err(|error| open_error(path, error))?;
        check_schema(&pool, path).await?;
        MIGRATOR.run(&pool).await.map_err(|error| StoreError::Migrate { path: path.to_owned(), error })?;
        Ok(Store { pool, path: path.to_owned(), import_lock: std::sync::Arc::new(std::sync::Mutex::new(None)) })
    }

    /// Take this process's shared lock on [`lock_path`], once. When no other writer holds
    /// it, imports still `running` belong to processes that were killed (`kill -9`, a crash,
    /// a power cut): they are marked `interrupted`, with `finished_at` left empty. Where the
    /// file system cannot lock, nothing is marked.
    async fn claim_import_lock(&self) {
        if self.import_lock.lock().map_or(true, |held| held.is_some()) {
            return;
        }
        // One lock file for the database, however it is reached (a link to it).
        let path = lock_path(&std::fs::canonicalize(&self.path).unwrap_or_else(|_| self.path.clone()));
        let file = match std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path) {
            Ok(file) => file,
            Err(error) => {
                tracing::debug!(path = %path.display(), %error, "Cannot open the import lock file.");
                return;
            }
        };
        let alone = match file.try_lock() {
            Ok(()) => true,
            Err(std::fs::TryLockError::WouldBlock) => false,
            Err(std::fs::TryLockError::Error(error)) => {
                tracing::debug!(path = %path.display(), %error, "Cannot lock the import lock file.");
                return;
            }
        };
        if alone {
            let marked = sqlx::query("UPDATE imports SET status = 'interrupted' WHERE status = 'running'")
                .execute(&self.pool)
                .await
                .map(|done| done.rows_affected());
            if let Ok(count @ 1..) = marked {
                tracing::info!(count, "Marked imports left running by a process that was killed as interrupted.");
            }
            let _ = file.unlock();
        }
        // Waits only while another writer checks, as above; without blocking the runtime.
        let deadline = tokio::time::Instant::now() + BUSY_TIMEOUT;
        loop {
            match file.try_lock_shared() {
                Ok(()) => {
                    if let Ok(mut held) = self.import_lock.lock() {
                        *held = Some(file);
                    }
                    return;
                }
                Err(std::fs::TryLockError::WouldBlock) if tokio::time::Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Err(_) => return,
            }
        }
    }

    /// Record the start of an import and return its id. `arguments` are the command-line
    /// arguments after the command, stored as a JSON array.
    pub async fn begin_import(&self, command: &str, arguments: &[String]) -> Result<i64, StoreError> {
        self.claim_import_lock().await;
        let arguments = serde_json::to_string(arguments).unwrap_or_else(|_| "[]".to_owned());
        let result = sqlx::query(
            "INSERT INTO imports (command, arguments, started_at, status, rinse_version)
             VALUES (?, ?, ?, 'running', ?)",
        )
        .bind(command)
        .bind(arguments)
        .bind(now_utc())
        .bind(env!("CARGO_PKG_VERSION"))
        .execute(&self.pool)
        .await?;
        let id = result.last_insert_rowid();
        open_imports().insert(id);
        Ok(id)
    }

    /// Mark every import this process began and has not finished as `interrupted`: the last
    /// thing done before exiting at once on a second Ctrl-C, so that no import is left
    /// `running` for good. Committed documents stay; counts are those written so far.
    pub async fn abandon_open_imports(&self) {
        let ids: Vec<i64> = open_imports().iter().copied().collect();
        for id in ids {
            let _ = sqlx::query(
                "UPDATE imports SET status = 'interrupted', finished_at = ? WHERE id = ? AND status = 'running'",
            )
            .bind(now_utc())
            .bind(id)
            .execute(&self.pool)
            .await;
        }
    }

    /// Record the end of an import: its status, when it finished, and its final counts
    /// (which replace the running totals that [`Store::write_batch`] kept).
    pub async fn finish_import(
        &self,
        import_id: i64,
        status: ImportStatus,
        counts: &ImportCounts,
    ) -> Result<(), StoreError> {
        let result = sqlx::query(
            "UPDATE imports
             SET finished_at = ?, status = ?, seen = ?, stored = ?, unchanged = ?, skipped = ?, failed = ?
             WHERE id = ?",
        )
        .bind(now_utc())
        .bind(status.as_str())
        .bind(to_i64(counts.seen))
        .bind(to_i64(counts.stored))
        .bind(to_i64(counts.unchanged))
        .bind(to_i64(counts.skipped))
        .bind(to_i64(counts.failed))
        .bind(import_id)
        .execute(&self.pool)
        .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::UnknownImport(import_id));
        }
        open_imports().remove(&import_id);
        if counts.stored > 0 {
            self.refresh_statistics().await;
        }
        Ok(())
    }

    /// Refresh the query planner's statistics after new documents, sampling a bounded number
    /// of rows per index so that it takes milliseconds whatever the database's size. `PRAGMA
    /// optimize` on close re-analyses only a table that grew tenfold: after a small first
    /// import (where every `host` was `NULL`), lookups by host or URL would scan the whole
    /// table until then. A failure here costs only speed, so it is logged and passed over.
    async fn refresh_statistics(&self) {
        let analyse = async {
            let mut connection = self.pool.acquire().await?;
            // The same limit as OPTIMIZE_ANALYSIS_LIMIT.
            sqlx::query("PRAGMA analysis_limit = 400").execute(&mut *connection).await?;
            sqlx::query("ANALYZE documents").execute(&mut *connection).await?;
            Ok::<_, sqlx::Error>(())
        };
        if let Err(error) = analyse.await {
            tracing::warn!(%error, "Could not refresh the query planner's statistics; queries may be slower until the next import.");
        }
    }

    /// Write a batch in one transaction and return one outcome per item, in order.
    ///
    /// Each document is either fully written (its row, its removals, the link from the
    /// version it replaces) or not at all, and the import's running counts are updated in the
    /// same transaction. If the database refuses any item, the whole batch is rolled back and
    /// [`StoreError::Document`] names the item; [`Writer`] then retries the items one by one.
    pub async fn write_batch(&self, import_id: i64, batch: &[WriteItem]) -> Result<Vec<WriteOutcome>, StoreError> {
        batch::write_batch(&self.pool, import_id, batch).await
    }

    /// [`Store::write_batch`] for a single item, in its own transaction.
    pub async fn write_one(&self, import_id: i64, item: &WriteItem) -> Result<WriteOutcome, StoreError> {
        batch::write_one(&self.pool, import_id, item).await
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Close every connection, which checkpoints the WAL into the database file.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The current time as ISO 8601 UTC text, the format of every timestamp in the database.
pub fn now_utc() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// SQLite integers are signed; counts beyond `i64::MAX` cannot happen in practice.
fn to_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// Refuse a file that exists, is not empty and does not start with the SQLite header, before
/// SQLite gets a chance to report it as a vague "file is not a database".
fn check_header(path: &Path) -> Result<(), StoreError> {
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => {
            return Err(StoreError::Read { path: path.to_owned(), error });
        }
    };
    let mut header = Vec::with_capacity(SQLITE_HEADER.len());
    file.by_ref()
        .take(SQLITE_HEADER.len() as u64)
        .read_to_end(&mut header)
        .map_err(|error| StoreError::Read { path: path.to_owned(), error })?;
    // SQLite treats an empty file as a new, empty database.
    if header.is_empty() || header.as_slice() == SQLITE_HEADER {
        Ok(())
    } else {
        Err(StoreError::NotSqlite { path: path.to_owned() })
    }
}

fn open_error(path: &Path, error: sqlx::Error) -> StoreError {
    if primary_code(&error) == Some(SQLITE_NOTADB) {
        return StoreError::NotSqlite { path: path.to_owned() };
    }
    StoreError::Open { path: path.to_owned(), error }
}

/// Before migrating: make sure the file is a rinse database (or a new one) and that its
/// schema is not newer than ours.
async fn check_schema(pool: &SqlitePool, path: &Path) -> Result<(), StoreError> {
    let application_id: i64 =
        sqlx::query_scalar("PRAGMA application_id").fetch_one(pool).await.map_err(|e| open_error(path, e))?;
    let has_migrations: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '_sqlx_migrations')",
    )
    .fetch_one(pool)
    .await?;
    let has_other_tables: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%')")
            .fetch_one(pool)
            .await?;
    let foreign_id = application_id != 0 && application_id != APPLICATION_ID;
    if foreign_id || (!has_migrations && has_other_tables) {
        return Err(StoreError::NotRinse { path: path.to_owned() });
    }
    if has_migrations {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations").fetch_one(pool).await?;
        let supported = MIGRATOR.iter().map(|migration| migration.version).max().unwrap_or(0);
        if let Some(found) = found
            && found > supported
        {
            return Err(StoreError::SchemaTooNew { path: path.to_owned(), found, supported });
        }
    }
    Ok(())
}

#[cfg(test)]
mod testing;

#[cfg(test)]
mod tests {
    use sqlx::Connection;
    use sqlx::sqlite::SqliteConnection;

    use super::testing::{assert_healthy, count, temp_store};
    use super::*;

    #[tokio::test]
    async fn a_database_held_by_another_writer_is_reported_as_locked() {
        let (dir, _store) = temp_store().await;
        let options =
            SqliteConnectOptions::new().filename(dir.path().join("rinse.db")).busy_timeout(std::time::Duration::ZERO);
        let connect = || options.connect();
        let mut holder = connect().await.unwrap();
        sqlx::query("BEGIN IMMEDIATE").execute(&mut holder).await.unwrap();
        let mut other = connect().await.unwrap();
        let error = sqlx::query("BEGIN IMMEDIATE").execute(&mut other).await.unwrap_err();
        let error = StoreError::from(error);
        assert!(matches!(error, StoreError::Locked), "{error:?}");
        assert!(error.to_string().contains("finish or roll back that transaction"), "{error}");
    }

    #[tokio::test]
    async fn an_import_that_stored_documents_refreshes_the_planner_statistics() {
        let (_dir, store) = temp_store().await;
        let stat_rows = || async {
            // No sqlite_stat1 table before the first ANALYZE.
            let stat: Option<String> = sqlx::query_scalar("SELECT stat FROM sqlite_stat1 WHERE idx = 'documents_host'")
                .fetch_optional(store.pool())
                .await
                .unwrap_or(None);
            stat.and_then(|s| s.split(' ').next().and_then(|n| n.parse::<u64>().ok()))
        };
        let import = store.begin_import("import", &[]).await.unwrap();
        let items: Vec<WriteItem> = (0..3)
            .map(|n| super::testing::doc_item(&format!("url:https://example.org/{n}"), &format!("Text {n}.")))
            .collect();
        store.write_batch(import, &items).await.unwrap();
        // Nothing stored: no statistics yet.
        store.finish_import(import, ImportStatus::Completed, &ImportCounts::default()).await.unwrap();
        assert_eq!(stat_rows().await, None);
        let counts = ImportCounts { seen: 3, stored: 3, ..ImportCounts::default() };
        store.finish_import(import, ImportStatus::Completed, &counts).await.unwrap();
        assert_eq!(stat_rows().await, Some(3));
    }

    #[tokio::test]
    async fn the_last_version_from_a_source_is_found_by_index() {
        let (_dir, store) = temp_store().await;
        // The lookup of batch.rs: with only (source_key, version), SQLite walks every
        // version of the key to find the source's (quadratic over a URL's captures).
        let rows: Vec<(i64, i64, i64, String)> = sqlx::query_as(
            "EXPLAIN QUERY PLAN SELECT id, content_hash FROM documents \
             WHERE source_key = 'k' AND source = 's' ORDER BY version DESC LIMIT 1",
        )
        .fetch_all(store.pool())
        .await
        .unwrap_or_default();
        let plan = rows.into_iter().map(|(_, _, _, detail)| detail).collect::<Vec<_>>().join(" | ");
        assert!(plan.contains("documents_source_key_source_version"), "{plan}");
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
    }

    #[tokio::test]
    async fn open_creates_the_schema_in_wal_mode() {
        let (_dir, store) = temp_store().await;
        let journal_mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(store.pool()).await.unwrap();
        assert_eq!(journal_mode, "wal");
        let application_id: i64 = sqlx::query_scalar("PRAGMA application_id").fetch_one(store.pool()).await.unwrap();
        assert_eq!(application_id, APPLICATION_ID);
        let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(store.pool()).await.unwrap();
        assert_eq!(foreign_keys, 1);
        for name in ["imports", "documents", "latest_documents", "removals", "import_problems", "documents_fts"] {
            let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = ?)")
                .bind(name)
                .fetch_one(store.pool())
                .await
                .unwrap();
            assert!(exists, "{name} is missing");
        }
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn opening_twice_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rinse.db");
        let first = Store::open(&path).await.unwrap();
        let import_id = first.begin_import("import", &[]).await.unwrap();
        first.close().await;
        let second = Store::open(&path).await.unwrap();
        assert_eq!(count(&second, "SELECT COUNT(*) FROM _sqlx_migrations").await, MIGRATOR.iter().count() as i64);
        assert_eq!(count(&second, "SELECT MAX(id) FROM imports").await, import_id);
        // A second store on the same file at the same time, as a reader would have.
        let third = Store::open(&path).await.unwrap();
        assert_eq!(count(&third, "SELECT COUNT(*) FROM imports").await, 1);
        assert_healthy(&second).await;
    }

    #[tokio::test]
    async fn open_refuses_a_file_that_is_not_sqlite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.db");
        std::fs::write(&path, "These are my notes, not a database.\n").unwrap();
        let error = Store::open(&path).await.unwrap_err();
        assert!(matches!(error, StoreError::NotSqlite { .. }), "{error}");
        assert!(error.to_string().contains("notes.db is not a SQLite database"), "{error}");
        // The file is left as it was.
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "These are my notes, not a database.\n");
    }

    #[tokio::test]
    async fn open_accepts_an_empty_file_as_a_new_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.db");
        std::fs::write(&path, "").unwrap();
        let store = Store::open(&path).await.unwrap();
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn open_names_the_path_when_the_directory_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-such-dir").join("rinse.db");
        let error = Store::open(&path).await.unwrap_err();
        assert!(matches!(error, StoreError::Open { .. }), "{error}");
        assert!(error.to_string().contains("no-such-dir/rinse.db"), "{error}");
    }

    #[tokio::test]
    async fn open_refuses_another_programs_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("places.sqlite");
        let options = SqliteConnectOptions::new().filename(&path).create_if_missing(true);
        let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
        sqlx::query("CREATE TABLE bookmarks (url TEXT)").execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
        let error = Store::open(&path).await.unwrap_err();
        assert!(matches!(error, StoreError::NotRinse { .. }), "{error}");
    }

    /// A database written before migration 3 kept `./` in file keys; opening it rewrites them
    /// to the spelling rinse writes now, unless that key is taken.
    #[tokio::test]
    async fn old_dot_slash_keys_take_the_current_spelling() {
        use super::testing::{doc_item, new_import};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rinse.db");
        let store = Store::open(&path).await.unwrap();
        let import = new_import(&store).await;
        let keys = ["source:./a.txt", "source:./b.txt", "source:b.txt", "source:.//c.txt", "url:https://x.org/./d"];
        let items: Vec<WriteItem> = keys.iter().map(|key| doc_item(key, &format!("Body of {key}."))).collect();
        store.write_batch(import, &items).await.unwrap();
        // Back to schema version 2, as a database of an older rinse.
        sqlx::query("DELETE FROM _sqlx_migrations WHERE version = 3").execute(store.pool()).await.unwrap();
        store.close().await;
        let store = Store::open(&path).await.unwrap();
        let mut stored: Vec<String> =
            sqlx::query_scalar("SELECT source_key FROM documents").fetch_all(store.pool()).await.unwrap();
        stored.sort();
        // `./b.txt` stays: `b.txt` is another document already. `.//c.txt` is not made canonical
        // by stripping one `./`, and URL keys are not paths.
        assert_eq!(
            stored,
            ["source:.//c.txt", "source:./b.txt", "source:a.txt", "source:b.txt", "url:https://x.org/./d"]
        );
        assert_healthy(&store).await;
    }

    /// A database written before migration 6 kept analytics parameters and capitals in URL
    /// keys; opening it rewrites the common cases to the key rinse writes now, every version
    /// of a page alike, unless that key is taken or two old keys would become one.
    #[tokio::test]
    async fn old_url_keys_lose_their_analytics_parameters_and_capitals() {
        use super::testing::{doc_item, new_import};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rinse.db");
        let store = Store::open(&path).await.unwrap();
        let import = new_import(&store).await;
        let keys = [
            "url:https://x.org/a?utm_source=rss&utm_medium=rss",
            "url:https://x.org/b?fbclid=Zx9",
            "url:https://x.org/c?utm_source=rss",
            "url:https://x.org/c",
            "url:https://x.org/d?utm_source=rss",
            "url:https://x.org/d?utm_source=mail",
            "url:https://x.org/e?id=3&utm_source=rss",
            "url:HTTPS://News.X.org/F?Q=1",
            // Two old spellings of one new key, by the two rewrites: both stay.
            "url:https://w.org/a?utm_source=rss",
            "url:HTTPS://w.org/a",
            "url:https://V.org/a?utm_source=rss",
        ];
        let items: Vec<WriteItem> = keys.iter().map(|key| doc_item(key, &format!("Body of {key}."))).collect();
        store.write_batch(import, &items).await.unwrap();
        // A second version of the first page.
        store.write_batch(import, &[doc_item(keys[0], "The page, updated.")]).await.unwrap();
        sqlx::query("DELETE FROM _sqlx_migrations WHERE version = 6").execute(store.pool()).await.unwrap();
        store.close().await;
        let store = Store::open(&path).await.unwrap();
        let stored: Vec<(String, i64)> = sqlx::query_as("SELECT source_key, version FROM documents ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap();
        let stored: Vec<(&str, i64)> = stored.iter().map(|(key, version)| (key.as_str(), *version)).collect();
        assert_eq!(
            stored,
            [
                ("url:https://x.org/a", 1),
                ("url:https://x.org/b", 1),
                ("url:https://x.org/c?utm_source=rss", 1),
                ("url:https://x.org/c", 1),
                ("url:https://x.org/d?utm_source=rss", 1),
                ("url:https://x.org/d?utm_source=mail", 1),
                // Left to the next version: rewriting a query in SQL is kept to the plain cases.
                ("url:https://x.org/e?id=3&utm_source=rss", 1),
                ("url:https://news.x.org/F?Q=1", 1),
                ("url:https://w.org/a?utm_source=rss", 1),
                ("url:HTTPS://w.org/a", 1),
                ("url:https://v.org/a", 1),
                ("url:https://x.org/a", 2),
            ]
        );
        assert_healthy(&store).await;
    }

    /// Whatever migration 6 rewrites, it rewrites to the key rinse now writes for that URL:
    /// never to a key of another page. Spellings it cannot mirror are left as they were.
    #[tokio::test]
    async fn migration_6_writes_only_keys_that_rinse_writes() {
        use super::testing::{doc_item, new_import};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rinse.db");
        let store = Store::open(&path).await.unwrap();
        let import = new_import(&store).await;
        let urls = [
            "https://X.org\\Path",
            "https://x.org\\A\\b?utm_source=1",
            "https:///x.org/a?utm_source=a",
            "https://x.org:443/a?utm_source=a",
            "http://X.org:80/b",
            "https://BÜCHER.de/a",
            "https://X.org/a?id=1&utm_source=x",
            "https://X.org/b?gclsrc=1",
            "https://X.org/c?",
            "https://X.org/c2?a=1&&b=2",
            "http://[0:0::1]/f?utm_source=a",
            "https://x.org:99999/g?utm_source=a",
            "httpx://x.org/h?utm_source=a",
            "https://Me@X.org/i",
            "https://X.org?utm_source=a",
            "https://X.ORG/Mixed/Case?Q=1",
            "HTTP://Y.org/plain",
            "https://z.org/p?utm_source=a&utm_medium=b",
            "https://z.org/q?fbclid=1",
        ];
        let items: Vec<WriteItem> =
            urls.iter().map(|url| doc_item(&format!("url:{url}"), &format!("Body of {url}."))).collect();
        store.write_batch(import, &items).await.unwrap();
        sqlx::query("DELETE FROM _sqlx_migrations WHERE version = 6").execute(store.pool()).await.unwrap();
        store.close().await;
        let store = Store::open(&path).await.unwrap();
        let stored: Vec<String> =
            sqlx::query_scalar("SELECT source_key FROM documents ORDER BY id").fetch_all(store.pool()).await.unwrap();
        let mut rewritten = 0;
        for (url, key) in urls.iter().zip(&stored) {
            if *key != format!("url:{url}") {
                rewritten += 1;
                assert_eq!(*key, crate::normalize::source_key(Some(url), ""), "{url}");
            }
        }
        // The plain cases are all rewritten.
        assert_eq!(rewritten, 5, "{stored:?}");
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn open_refuses_a_schema_newer_than_the_binary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rinse.db");
        let store = Store::open(&path).await.unwrap();
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES (9999, 'from the future', TRUE, x'00', 0)",
        )
        .execute(store.pool())
        .await
        .unwrap();
        store.close().await;
        let error = Store::open(&path).await.unwrap_err();
        match &error {
            StoreError::SchemaTooNew { found, supported, .. } => {
                assert_eq!(*found, 9999);
                assert_eq!(Some(*supported), MIGRATOR.iter().map(|migration| migration.version).max());
            }
            other => panic!("expected SchemaTooNew, got {other}"),
        }
        assert!(error.to_string().contains("newer"), "{error}");
    }

    #[tokio::test]
    async fn imports_record_command_arguments_status_and_counts() {
        let (_dir, store) = temp_store().await;
        let arguments = vec!["--db".to_owned(), "x.db".to_owned(), "dump dir/".to_owned()];
        let id = store.begin_import("import", &arguments).await.unwrap();
        let (status, finished_at, stored_arguments, version): (String, Option<String>, String, String) =
            sqlx::query_as("SELECT status, finished_at, arguments, rinse_version FROM imports WHERE id = ?")
                .bind(id)
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!(status, "running");
        assert_eq!(finished_at, None);
        assert_eq!(serde_json::from_str::<Vec<String>>(&stored_arguments).unwrap(), arguments);
        assert_eq!(version, env!("CARGO_PKG_VERSION"));

        let counts = ImportCounts { seen: 10, stored: 6, unchanged: 2, skipped: 1, failed: 1 };
        store.finish_import(id, ImportStatus::Completed, &counts).await.unwrap();
        let row: (String, Option<String>, i64, i64, i64, i64, i64) = sqlx::query_as(
            "SELECT status, finished_at, seen, stored, unchanged, skipped, failed FROM imports WHERE id = ?",
        )
        .bind(id)
        .fetch_one(store.pool())
        .await
        .unwrap();
        assert_eq!(row.0, "completed");
        let finished_at = row.1.unwrap();
        assert!(chrono::DateTime::parse_from_rfc3339(&finished_at).is_ok(), "{finished_at}");
        assert!(finished_at.ends_with('Z'), "{finished_at}");
        assert_eq!((row.2, row.3, row.4, row.5, row.6), (10, 6, 2, 1, 1));

        let error = store.finish_import(id + 1, ImportStatus::Failed, &counts).await.unwrap_err();
        assert!(matches!(error, StoreError::UnknownImport(_)), "{error}");
    }

    #[test]
    fn import_status_round_trips_through_text() {
        for status in [ImportStatus::Running, ImportStatus::Completed, ImportStatus::Failed, ImportStatus::Interrupted]
        {
            assert_eq!(status.as_str().parse::<ImportStatus>(), Ok(status));
        }
        assert!("done".parse::<ImportStatus>().is_err());
    }

    #[test]
    fn timestamps_are_iso_8601_utc_to_the_second() {
        let now = now_utc();
        assert_eq!(now.len(), "2026-11-22T10:00:00Z".len(), "{now}");
        assert!(chrono::NaiveDateTime::parse_from_str(&now, "%Y-%m-%dT%H:%M:%SZ").is_ok(), "{now}");
    }
}
