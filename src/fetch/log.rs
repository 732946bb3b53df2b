//! The fetch log and the HTTP cache as values: what one request did ([`LogRecord`]) and what
//! to remember about a URL for the next conditional request ([`CacheUpdate`]). They travel
//! to the bookkeeping task (`db::Bookkeeper`) as [`Book`] entries.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::mpsc;

use crate::error::Reason;

/// What a fetched URL was taken to be; `fetch_log.kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchKind {
    /// Not known yet (a URL given by the user before its content was seen).
    Unknown,
    Page,
    Feed,
    Sitemap,
    Robots,
}

impl FetchKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FetchKind::Unknown => "unknown",
            FetchKind::Page => "page",
            FetchKind::Feed => "feed",
            FetchKind::Sitemap => "sitemap",
            FetchKind::Robots => "robots",
        }
    }
}

/// What came of one request; `fetch_log.outcome`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogOutcome {
    /// A page stored as a new document or a new version.
    Stored,
    /// A page whose clean text equals the stored version.
    Unchanged,
    /// 304 Not Modified: only "seen" is recorded.
    NotModified,
    /// A feed or sitemap read; its entries were queued.
    Listed,
    /// A robots.txt read (or found absent).
    Fetched,
    /// A redirect, followed by the next row.
    Redirected,
    /// A transient failure (connection error, 429, 5xx), retried by the next row.
    Retried,
    /// Not stored on purpose: robots.txt, not a page, no main text.
    Skipped,
    /// Gave up: the `reason` and `error` columns say why.
    Failed,
    /// Stopped by a shutdown before it finished.
    Cancelled,
}

impl LogOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            LogOutcome::Stored => "stored",
            LogOutcome::Unchanged => "unchanged",
            LogOutcome::NotModified => "not_modified",
            LogOutcome::Listed => "listed",
            LogOutcome::Fetched => "fetched",
            LogOutcome::Redirected => "redirected",
            LogOutcome::Retried => "retried",
            LogOutcome::Skipped => "skipped",
            LogOutcome::Failed => "failed",
            LogOutcome::Cancelled => "cancelled",
        }
    }

    /// The outcome of giving up with `reason`.
    pub fn of_problem(reason: Reason) -> LogOutcome {
        if reason.is_failure() { LogOutcome::Failed } else { LogOutcome::Skipped }
    }
}

/// Who a request was made for: the run's import and the configured source.
#[derive(Debug, Clone)]
pub struct LogContext {
    pub import_id: Option<i64>,
    /// The source's name in sources.toml, or the URL given to `rinse fetch`.
    pub source: Arc<str>,
}

/// One row of `fetch_log`.
#[derive(Debug, Clone)]
pub struct LogRecord {
    pub import_id: Option<i64>,
    pub source: Arc<str>,
    pub kind: FetchKind,
    pub url: String,
    pub started_at: String,
    pub status: Option<u16>,
    pub bytes: u64,
    pub duration: Duration,
    /// 1 for the first try of a request, 2 and up for retries.
    pub attempt: u32,
    pub outcome: LogOutcome,
    pub reason: Option<Reason>,
    pub error: Option<String>,
    pub document_id: Option<i64>,
}

impl LogRecord {
    pub fn new(ctx: &LogContext, kind: FetchKind, url: &str) -> LogRecord {
        LogRecord {
            import_id: ctx.import_id,
            source: Arc::clone(&ctx.source),
            kind,
            url: url.to_owned(),
            started_at: crate::store::now_utc(),
            status: None,
            bytes: 0,
            duration: Duration::ZERO,
            attempt: 1,
            outcome: LogOutcome::Failed,
            reason: None,
            error: None,
            document_id: None,
        }
    }

    /// Mark the record as given up with `reason`.
    pub fn problem(mut self, reason: Reason, detail: &str) -> LogRecord {
        self.outcome = LogOutcome::of_problem(reason);
        self.reason = Some(reason);
        self.error = Some(detail.to_owned());
        self
    }
}

/// What to remember about a URL after a successful request.
#[derive(Debug, Clone)]
pub struct CacheUpdate {
    /// The URL as requested (before redirects).
    pub url: String,
    /// Page, feed or sitemap. Only pages keep validators: a feed or sitemap is always read
    /// whole, so entries that failed last time are tried again.
    pub kind: FetchKind,
    pub final_url: String,
    pub status: u16,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// The content hash of the stored document, for pages.
    pub content_hash: Option<String>,
    /// A full response (200) rather than a 304.
    pub full: bool,
}

/// A host that asked to be sent nothing until a time (`host_holds`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostHold {
    /// `scheme://host[:port]`.
    pub origin: String,
    pub not_before: DateTime<Utc>,
    /// What the host answered.
    pub reason: String,
}

/// One entry for the bookkeeping task.
#[derive(Debug, Clone)]
pub enum Book {
    Log(LogRecord),
    Cache(CacheUpdate),
    Hold(HostHold),
}

/// Where [`Book`] entries go. Unbounded because the entries are small and their rate is
/// bounded by the fetches themselves (each request makes at most two).
pub type BookSender = mpsc::UnboundedSender<Book>;
