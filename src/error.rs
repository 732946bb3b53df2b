//! Why a page did not become a stored document. Problems are typed where they arise,
//! carried with the page's source, counted per reason, and reported at the edge; one bad
//! page never stops an import.

use std::fmt;

use serde::Serialize;

/// A page (or input) that was not stored: skipped on purpose or failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The input it concerns, as in `RawPage::source`.
    pub source: String,
    pub reason: Reason,
    /// A human-readable explanation (an I/O error, a parser message, a size).
    pub detail: String,
}

impl Problem {
    pub fn new(source: impl Into<String>, reason: Reason, detail: impl Into<String>) -> Self {
        Problem { source: source.into(), reason, detail: detail.into() }
    }

    pub fn is_failure(&self) -> bool {
        self.reason.is_failure()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({})", self.source, self.reason.as_str(), self.detail)
    }
}

/// The reason code of a [`Problem`], stored as text in `import_problems.reason`.
///
/// Skips are inputs that are fine but hold nothing to store; failures are inputs that are
/// broken or could not be read. Failures set a non-zero exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    // --- skips
    /// The input has no bytes (or only whitespace).
    Empty,
    /// The input is not text (NUL bytes, a known binary signature such as PDF, PNG, ZIP).
    Binary,
    /// The cleaner found no main text.
    NoMainText,
    /// A WARC record of a type that holds no page (request, metadata, warcinfo) or a
    /// response that is not HTML or text.
    NotAPage,
    /// A fetched URL that robots.txt disallows.
    RobotsDisallowed,
    // --- failures
    /// Larger than the configured limit (a file, a record, a JSONL line, a fetched body).
    TooLarge,
    /// The file could not be opened or read.
    Io,
    /// A JSONL line that is not a JSON object with the needed fields.
    BadJson,
    /// A WARC record or archive that is malformed or truncated.
    BadArchive,
    /// A feed or sitemap that cannot be read whole (malformed or truncated XML or JSON): its
    /// entries before the break are still read, when there are any.
    BadListing,
    /// A sitemap index nested deeper than `max_sitemap_depth`: its sitemaps are not read.
    TooDeep,
    /// The page took longer than the per-document time budget.
    Timeout,
    /// An HTTP error, refused address or network failure.
    Fetch,
    /// The database refused the document.
    Store,
    /// A bug in rinse while processing this input (reported, never fatal for the run).
    Internal,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Empty => "empty",
            Reason::Binary => "binary",
            Reason::NoMainText => "no_main_text",
            Reason::NotAPage => "not_a_page",
            Reason::RobotsDisallowed => "robots_disallowed",
            Reason::TooLarge => "too_large",
            Reason::Io => "io",
            Reason::BadJson => "bad_json",
            Reason::BadArchive => "bad_archive",
            Reason::BadListing => "bad_listing",
            Reason::TooDeep => "too_deep",
            Reason::Timeout => "timeout",
            Reason::Fetch => "fetch",
            Reason::Store => "store",
            Reason::Internal => "internal_error",
        }
    }

    pub fn is_failure(self) -> bool {
        !matches!(
            self,
            Reason::Empty | Reason::Binary | Reason::NoMainText | Reason::NotAPage | Reason::RobotsDisallowed
        )
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
