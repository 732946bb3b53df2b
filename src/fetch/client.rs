//! The HTTP side of fetching one URL, politely and safely.
//!
//! [`Fetcher::fetch`] follows redirects itself (at most [`FetchSettings::max_redirects`]),
//! and for every hop checks the scheme, the address (IP literals here, names in
//! [`GuardedResolver`]) and robots.txt, waits for the host's turn ([`HostGate`]), and sends
//! one request with a deadline covering connection, headers and body. The body is read in
//! chunks after decompression and stops at the size cap, so a gzip or brotli bomb costs at
//! most the cap. Connection errors, 429 and 5xx are retried with exponential backoff and
//! jitter, honouring `Retry-After`; every request is logged.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use reqwest::StatusCode;
use reqwest::header::{self, HeaderMap};
use tokio::time::Instant;
use tracing::debug;
use url::Url;

use super::Stop;
use super::address::{AddressPolicy, GuardedResolver, RefusedAddress, ResolveError};
use super::config::{FetchSettings, robots_agent};
use super::content::refuse_media_type;
use super::hosts::{HostGate, HostPermit};
use super::log::{Book, BookSender, FetchKind, HostHold, LogContext, LogOutcome, LogRecord};
use super::robots::{MAX_ROBOTS_BYTES, RobotsCache, RobotsRules, Verdict};
use crate::error::Reason;

/// The longest backoff between retries, whatever the attempt number.
const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// The longest a host that asked for a pause is sent nothing: a `Retry-After` of a year is
/// more likely a mistake than a wish never to be visited again.
const MAX_HOST_HOLD: Duration = Duration::from_secs(24 * 60 * 60);
/// Idle keep-alive connections are closed after this.
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// Pages first, feeds and sitemaps welcome, anything else last.
const ACCEPT_PAGES: &str = "text/html,application/xhtml+xml;q=0.9,application/xml;q=0.8,\
                            application/rss+xml;q=0.8,application/atom+xml;q=0.8,text/plain;q=0.7,*/*;q=0.1";
const ACCEPT_ROBOTS: &str = "text/plain,*/*;q=0.1";

/// What a request is for: decides its size cap and whether robots.txt is consulted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A page (a feed or sitemap entry).
    Page,
    /// A feed or sitemap, or a URL given by the user whose kind is not known yet.
    Listing,
}

/// Stored validators for a conditional request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A successful response: a body, or "not modified".
#[derive(Debug)]
pub struct Fetched {
    pub requested: Url,
    /// After redirects.
    pub final_url: Url,
    pub status: u16,
    pub content_type: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Decompressed, at most the cap; empty on 304.
    pub body: Vec<u8>,
    pub not_modified: bool,
    /// The final request's log row; the caller sets its outcome and sends it.
    pub record: LogRecord,
}

/// A fetch that gave no body: why, and the log row (outcome already set).
#[derive(Debug)]
pub struct FetchFailure {
    pub reason: Reason,
    pub detail: String,
    pub cancelled: bool,
    /// Not requested at all: the host asked to be sent nothing until then (see
    /// [`HostGate::close_until`]). Not a failure of the URL, which a later run fetches.
    pub held: Option<HostHold>,
    pub record: LogRecord,
}

impl FetchFailure {
    fn new(record: LogRecord, reason: Reason, detail: String) -> FetchFailure {
        let record = record.problem(reason, &detail);
        FetchFailure { reason, detail, cancelled: false, held: None, record }
    }

    fn cancelled(mut record: LogRecord) -> FetchFailure {
        let detail = "stopped by a shutdown before the fetch finished".to_owned();
        record.outcome = LogOutcome::Cancelled;
        record.error = Some(detail.clone());
        FetchFailure { reason: Reason::Fetch, detail, cancelled: true, held: None, record }
    }

    fn held(record: LogRecord, origin: &str, not_before: DateTime<Utc>) -> FetchFailure {
        let detail = format!("not requested: {origin} asked to be sent nothing before {}", not_before.to_rfc3339());
        let hold = HostHold { origin: origin.to_owned(), not_before, reason: detail.clone() };
        FetchFailure { reason: Reason::Fetch, detail, cancelled: false, held: Some(hold), record }
    }
}

/// Why one request did not give a usable response.
#[derive(Debug)]
enum AttemptError {
    Refused(RefusedAddress),
    /// Connection-level trouble worth retrying (refused, reset, DNS).
    Connect(String),
    Timeout,
    /// The body passed `cap` bytes; the response had `status`.
    TooLarge {
        cap: u64,
        status: u16,
    },
    NotAPage(String),
    /// The body could not be read (broken compression, cut connection).
    Body(String),
    /// The body of a response with `status` broke off while it was read (the connection
    /// closed before `Content-Length` bytes came, broken compression): worth retrying.
    CutShort {
        message: String,
        status: u16,
    },
}

/// A response whose headers were read (and whose body was, for 2xx).
#[derive(Debug)]
struct RawResponse {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

/// Fetches URLs for a whole process: one HTTP client, one politeness table, one robots
/// cache. Cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct Fetcher {
    client: reqwest::Client,
    settings: Arc<FetchSettings>,
    policy: Arc<AddressPolicy>,
    hosts: Arc<HostGate>,
    robots: RobotsCache,
    book: BookSender,
}

/// Why the HTTP client could not be built.
#[derive(Debug, thiserror::Error)]
#[error("cannot set up the HTTP client: {0}")]
pub struct ClientError(String);

impl Fetcher {
    pub fn new(settings: FetchSettings, book: BookSender) -> Result<Fetcher, ClientError> {
        // reqwest is built without a default TLS crypto provider; ring is ours. A second
        // install (another Fetcher in the same process) is refused harmlessly.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let policy = Arc::new(AddressPolicy::new(settings.allow_private_networks.clone()));
        let client = reqwest::Client::builder()
            .user_agent(settings.user_agent.clone())
            .redirect(reqwest::redirect::Policy::none())
            .retry(reqwest::retry::never())
            // A proxy would connect on our behalf to addresses we never checked.
            .no_proxy()
            .referer(false)
            .connect_timeout(settings.connect_timeout)
            .pool_max_idle_per_host(settings.per_host_connections)
            .pool_idle_timeout(POOL_IDLE_TIMEOUT)
            .dns_resolver(Arc::new(GuardedResolver::new(Arc::clone(&policy))))
            .build()
            .map_err(|e| ClientError(error_chain(&e)))?;
        let hosts = HostGate::new(settings.per_host_connections);
        Ok(Fetcher { client, settings: Arc::new(settings), policy, hosts, robots: RobotsCache::default(), book })
    }

    pub fn settings(&self) -> &FetchSettings {
        &self.settings
    }

    pub fn hosts(&self) -> &Arc<HostGate> {
        &self.hosts
    }

    fn log(&self, record: LogRecord) {
        // The bookkeeper only goes away at the very end of a run.
        let _ = self.book.send(Book::Log(record));
    }

    /// Fetch `url`: redirects, robots.txt, politeness, retries, caps. See the module docs.
    pub async fn fetch(
        &self,
        url: &Url,
        purpose: Purpose,
        validators: Option<&Validators>,
        ctx: &LogContext,
        stop: &Stop,
    ) -> Result<Fetched, FetchFailure> {
        let kind = match purpose {
            Purpose::Page => FetchKind::Page,
            Purpose::Listing => FetchKind::Unknown,
        };
        let cap = match purpose {
            Purpose::Page => self.settings.max_body_bytes,
            Purpose::Listing => self.settings.max_sitemap_bytes.max(self.settings.max_body_bytes),
        };
        let mut current = url.clone();
        let mut chain: Vec<String> = vec![strip_fragment(url)];
        loop {
            let record = LogRecord::new(ctx, kind, current.as_str());
            let origin = origin_of(&current);
            if let Some(not_before) = self.hosts.closed_until(&origin) {
                return Err(FetchFailure::held(record, &origin, not_before));
            }
            self.check_target(&current)
                .map_err(|(reason, detail)| FetchFailure::new(record.clone(), reason, detail))?;
            let rules = self.robots_for(&current, &origin, ctx, stop).await.map_err(|failure| match failure {
                // The robots.txt request was refused or cancelled: so is this one.
                RobotsFailure::Cancelled => FetchFailure::cancelled(record.clone()),
                RobotsFailure::Refused(refused) => {
                    FetchFailure::new(record.clone(), Reason::Fetch, refused.to_string())
                }
            })?;
            match rules.verdict(current.as_str()) {
                Verdict::Allowed => {}
                Verdict::Disallowed => {
                    let detail = format!("robots.txt of {origin} disallows {current}");
                    return Err(FetchFailure::new(record, Reason::RobotsDisallowed, detail));
                }
                Verdict::Unavailable(why) if why.starts_with(&format!("{origin} cannot be reached")) => {
                    return Err(FetchFailure::new(record, Reason::Fetch, why));
                }
                Verdict::Unavailable(why) => {
                    let detail = format!("{why}; RFC 9309 says to fetch nothing from {origin} until it is available");
                    return Err(FetchFailure::new(record, Reason::Fetch, detail));
                }
            }
            let delay = self.delay_for(&rules);
            let (response, record) =
                self.send_with_retries(&current, &origin, delay, cap, validators, record, stop).await?;
            let status = response.status;
            if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
                let next = redirect_target(&current, &response.headers, status)
                    .map_err(|detail| FetchFailure::new(record.clone(), Reason::Fetch, detail))?;
                let next_key = strip_fragment(&next);
                if chain.contains(&next_key) {
                    chain.push(next_key);
                    let detail = format!("redirect loop: {}", chain.join(" → "));
                    return Err(FetchFailure::new(record, Reason::Fetch, detail));
                }
                let redirects = chain.len() as u32;
                if redirects > self.settings.max_redirects {
                    let detail = format!(
                        "more than {} redirects (from {url}, the next would go to {next})",
                        self.settings.max_redirects
                    );
                    return Err(FetchFailure::new(record, Reason::Fetch, detail));
                }
                let mut hop = record;
                hop.outcome = LogOutcome::Redirected;
                hop.error = Some(format!("to {next}"));
                self.log(hop);
                debug!(from = %current, to = %next, "Following a redirect.");
                chain.push(next_key);
                current = next;
                continue;
            }
            let header = |name: header::HeaderName| header_text(&response.headers, name);
            return Ok(Fetched {
                requested: url.clone(),
                content_type: header(header::CONTENT_TYPE),
                etag: header(header::ETAG),
                last_modified: header(header::LAST_MODIFIED),
                final_url: current,
                status: status.as_u16(),
                not_modified: status == StatusCode::NOT_MODIFIED,
                body: response.body,
                record,
            });
        }
    }

    /// Scheme and IP-literal checks for one hop.
    fn check_target(&self, url: &Url) -> Result<(), (Reason, String)> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err((Reason::Fetch, format!("{url}: only http and https URLs are fetched")));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err((Reason::Fetch, format!("{url} has no host")));
        }
        self.policy.check_url(url).map_err(|refused| (Reason::Fetch, refused.to_string()))
    }

    /// The pause to leave between requests to a host: the configured delay, or the host's
    /// Crawl-delay (capped) if longer.
    fn delay_for(&self, rules: &RobotsRules) -> Duration {
        let crawl_delay = rules.crawl_delay().map(|d| d.min(self.settings.max_crawl_delay));
        crawl_delay.map_or(self.settings.per_host_delay, |d| d.max(self.settings.per_host_delay))
    }

    /// Send one request, retrying transient failures. Returns the response (2xx, 3xx or 304)
    /// with the log row of its attempt, or the failure.
    #[allow(clippy::too_many_arguments, reason = "one call site; a struct would only rename them")]
    async fn send_with_retries(
        &self,
        url: &Url,
        origin: &str,
        delay: Duration,
        cap: u64,
        validators: Option<&Validators>,
        first: LogRecord,
        stop: &Stop,
    ) -> Result<(RawResponse, LogRecord), FetchFailure> {
        let attempts = self.settings.max_retries + 1;
        let mut record = first;
        for attempt in 1..=attempts {
            record.attempt = attempt;
            let Some(permit) = self.hosts.acquire(origin, delay, stop).await else {
                return Err(FetchFailure::cancelled(record));
            };
            // The host may have asked for a pause while this request waited its turn. A
            // request already tried ends as a failure, so its log has a last row.
            if let Some(not_before) = self.hosts.closed_until(origin) {
                drop(permit);
                if attempt == 1 {
                    return Err(FetchFailure::held(record, origin, not_before));
                }
                let detail = format!(
                    "not tried again: {origin} asked to be sent nothing before {}",
                    not_before.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
                );
                return Err(FetchFailure::new(record, Reason::Fetch, detail));
            }
            record.started_at = crate::store::now_utc();
            let started = Instant::now();
            let result = self.send_once(url, cap, validators, ACCEPT_PAGES, false, permit).await;
            record.duration = started.elapsed();
            let retry_after = match result {
                Ok(response) => {
                    record.status = Some(response.status.as_u16());
                    record.bytes = response.body.len() as u64;
                    let status = response.status;
                    if status.is_success() || status.is_redirection() {
                        return Ok((response, record));
                    }
                    if !is_transient(status) {
                        let detail = format!("HTTP {}", status_text(status));
                        return Err(FetchFailure::new(record, Reason::Fetch, detail));
                    }
                    let retry_after = retry_after(&response.headers);
                    if let Some(wait) = retry_after
                        && wait > self.settings.max_retry_after
                    {
                        // Too long to wait for in this run: the host is sent nothing more
                        // until then (a day at most), in this run and the next ones, which
                        // fetch its URLs once it is open again.
                        let not_before = Utc::now()
                            + chrono::Duration::from_std(wait.min(MAX_HOST_HOLD)).unwrap_or(chrono::Duration::zero());
                        let detail = format!(
                            "HTTP {}: the server asks to retry after {}, more than max_retry_after ({}); \
                             nothing more is requested from {origin} before {}",
                            status_text(status),
                            humantime::format_duration(round_secs(wait)),
                            humantime::format_duration(self.settings.max_retry_after),
                            not_before.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                        );
                        self.hosts.close_until(origin, not_before);
                        let hold = HostHold { origin: origin.to_owned(), not_before, reason: detail.clone() };
                        let _ = self.book.send(Book::Hold(hold));
                        return Err(FetchFailure::new(record, Reason::Fetch, detail));
                    }
                    if attempt == attempts {
                        let detail = format!("HTTP {} after {attempts} attempts", status_text(status));
                        return Err(FetchFailure::new(record, Reason::Fetch, detail));
                    }
                    record.error = Some(format!("HTTP {}", status_text(status)));
                    retry_after
                }
                Err(AttemptError::Connect(message)) => {
                    if attempt == attempts {
                        let detail = format!("{message} (after {attempts} attempts)");
                        return Err(FetchFailure::new(record, Reason::Fetch, detail));
                    }
                    record.error = Some(message);
                    None
                }
                Err(AttemptError::CutShort { message, status }) => {
                    record.status = Some(status);
                    if attempt == attempts {
                        let detail = format!("{message} (after {attempts} attempts)");
                        return Err(FetchFailure::new(record, Reason::Fetch, detail));
                    }
                    record.error = Some(message);
                    None
                }
                Err(error) => return Err(self.attempt_failure(record, error)),
            };
            let wait = backoff(self.settings.retry_base_delay, attempt).max(retry_after.unwrap_or_default());
            debug!(url = %url, attempt, wait_ms = wait.as_millis() as u64, "Retrying after a transient failure.");
            let mut retried = record.clone();
            retried.outcome = LogOutcome::Retried;
            self.log(retried);
            // The whole host waits, not only this URL: that is what Retry-After asks.
            self.hosts.hold_off(origin, Instant::now() + wait);
            record = LogRecord { error: None, status: None, bytes: 0, ..record };
        }
        // Unreachable: the last attempt returns above.
        Err(FetchFailure::new(record, Reason::Internal, "retry loop ended without a result".to_owned()))
    }

    fn attempt_failure(&self, record: LogRecord, error: AttemptError) -> FetchFailure {
        match error {
            AttemptError::Refused(refused) => FetchFailure::new(record, Reason::Fetch, refused.to_string()),
            AttemptError::Connect(message) | AttemptError::Body(message) => {
                FetchFailure::new(record, Reason::Fetch, message)
            }
            AttemptError::CutShort { message, status } => {
                FetchFailure::new(LogRecord { status: Some(status), ..record }, Reason::Fetch, message)
            }
            AttemptError::Timeout => {
                let detail = format!(
                    "no complete response within fetch_timeout ({})",
                    humantime::format_duration(self.settings.fetch_timeout)
                );
                FetchFailure::new(record, Reason::Timeout, detail)
            }
            AttemptError::TooLarge { cap, status } => {
                // A URL given to `rinse fetch` may be a feed or a sitemap: until its content
                // tells, it is read under the larger cap of the two.
                let setting = if cap == self.settings.max_body_bytes {
                    "max_body_bytes"
                } else {
                    "max_sitemap_bytes, the cap while a URL may still be a feed or sitemap"
                };
                let detail = format!("body larger than {cap} bytes once decompressed ({setting}); not read further");
                FetchFailure::new(LogRecord { status: Some(status), ..record }, Reason::TooLarge, detail)
            }
            AttemptError::NotAPage(detail) => FetchFailure::new(record, Reason::NotAPage, detail),
        }
    }

    /// One request with the total deadline. For 2xx responses the body is read (up to
    /// `cap`; past it an error, or with `truncate` the first `cap` bytes). The host permit
    /// is held until the body is read.
    async fn send_once(
        &self,
        url: &Url,
        cap: u64,
        validators: Option<&Validators>,
        accept: &str,
        truncate: bool,
        permit: HostPermit,
    ) -> Result<RawResponse, AttemptError> {
        let request = async {
            let mut builder = self.client.get(url.clone()).header(header::ACCEPT, accept);
            if let Some(v) = validators {
                if let Some(etag) = &v.etag {
                    builder = builder.header(header::IF_NONE_MATCH, etag);
                }
                if let Some(date) = &v.last_modified {
                    builder = builder.header(header::IF_MODIFIED_SINCE, date);
                }
            }
            let mut response = builder.send().await.map_err(classify_error)?;
            let status = response.status();
            let headers = response.headers().clone();
            if !status.is_success() {
                return Ok(RawResponse { status, headers, body: Vec::new() });
            }
            if let Some(content_type) = header_text(&headers, header::CONTENT_TYPE)
                && let Some(why) = refuse_media_type(&content_type)
            {
                return Err(AttemptError::NotAPage(why));
            }
            if !truncate && response.content_length().is_some_and(|length| length > cap) {
                return Err(AttemptError::TooLarge { cap, status: status.as_u16() });
            }
            let mut body = Vec::new();
            let cut_short = |e: reqwest::Error| AttemptError::CutShort {
                message: format!("the body broke off after it began: {}", error_chain(&e)),
                status: status.as_u16(),
            };
            while let Some(chunk) = response.chunk().await.map_err(cut_short)? {
                let room = usize::try_from(cap).unwrap_or(usize::MAX).saturating_sub(body.len());
                if chunk.len() > room {
                    if truncate {
                        body.extend_from_slice(chunk.get(..room).unwrap_or_default());
                        break;
                    }
                    return Err(AttemptError::TooLarge { cap, status: status.as_u16() });
                }
                body.extend_from_slice(&chunk);
            }
            Ok(RawResponse { status, headers, body })
        };
        let result = match tokio::time::timeout(self.settings.fetch_timeout, request).await {
            Ok(result) => result,
            Err(_elapsed) => Err(AttemptError::Timeout),
        };
        drop(permit);
        result
    }

    /// The robots.txt rules for the origin of `url`, from the cache or fetched now.
    async fn robots_for(
        &self,
        url: &Url,
        origin: &str,
        ctx: &LogContext,
        stop: &Stop,
    ) -> Result<Arc<RobotsRules>, RobotsFailure> {
        if let Some(rules) = self.robots.get(origin) {
            return Ok(rules);
        }
        let rules = self.fetch_robots(url, ctx, stop).await?;
        Ok(self.robots.insert(origin, rules, self.settings.robots_ttl))
    }

    /// Fetch and interpret robots.txt for the origin of `url` (RFC 9309: follow up to five
    /// redirects, 4xx allows all, 5xx or unreachable disallows all).
    async fn fetch_robots(&self, url: &Url, ctx: &LogContext, stop: &Stop) -> Result<RobotsRules, RobotsFailure> {
        let mut robots_url = url.clone();
        robots_url.set_path("/robots.txt");
        robots_url.set_query(None);
        robots_url.set_fragment(None);
        let agent = robots_agent(&self.settings.user_agent).to_owned();
        for hop in 0..=super::config::MAX_REDIRECTS {
            let mut record = LogRecord::new(ctx, FetchKind::Robots, robots_url.as_str());
            if let Err((_, detail)) = self.check_target(&robots_url) {
                // Only a redirect can lead here: the page's own origin was checked already.
                let detail = format!("robots.txt redirects where rinse may not go: {detail}");
                self.log(record.problem(Reason::Fetch, &detail));
                return Ok(RobotsRules::Unavailable(detail));
            }
            let origin = origin_of(&robots_url);
            let Some(permit) = self.hosts.acquire(&origin, self.settings.per_host_delay, stop).await else {
                return Err(RobotsFailure::Cancelled);
            };
            let started = Instant::now();
            let result = self.send_once(&robots_url, MAX_ROBOTS_BYTES, None, ACCEPT_ROBOTS, true, permit).await;
            record.duration = started.elapsed();
            let response = match result {
                Ok(response) => response,
                Err(AttemptError::Refused(refused)) => {
                    let detail = refused.to_string();
                    self.log(record.problem(Reason::Fetch, &detail));
                    if hop == 0 {
                        // The page's own host is refused: report that, not robots.txt.
                        return Err(RobotsFailure::Refused(refused));
                    }
                    return Ok(RobotsRules::Unavailable(format!(
                        "robots.txt redirects where rinse may not go: {detail}"
                    )));
                }
                Err(AttemptError::NotAPage(_)) => {
                    // An image or a PDF at /robots.txt holds no rules.
                    record.outcome = LogOutcome::Fetched;
                    self.log(record);
                    return Ok(RobotsRules::AllowAll);
                }
                Err(error) => {
                    let detail = match error {
                        AttemptError::Timeout => "robots.txt timed out".to_owned(),
                        // The whole server is down or unknown: say so, not that robots.txt is.
                        AttemptError::Connect(m) => format!("{origin} cannot be reached ({m})"),
                        AttemptError::Body(m) | AttemptError::CutShort { message: m, .. } => {
                            format!("robots.txt unreachable: {m}")
                        }
                        other => format!("robots.txt unreadable: {other:?}"),
                    };
                    self.log(record.problem(Reason::Fetch, &detail));
                    return Ok(RobotsRules::Unavailable(detail));
                }
            };
            record.status = Some(response.status.as_u16());
            record.bytes = response.body.len() as u64;
            if response.status.is_success() {
                record.outcome = LogOutcome::Fetched;
                self.log(record);
                let rules = RobotsRules::parse(&agent, &response.body);
                // The Crawl-delay holds from this very request on.
                if let Some(delay) = rules.crawl_delay() {
                    self.hosts.hold_off(&origin, Instant::now() + delay.min(self.settings.max_crawl_delay));
                }
                return Ok(rules);
            }
            if response.status.is_redirection()
                && let Ok(next) = redirect_target(&robots_url, &response.headers, response.status)
            {
                record.outcome = LogOutcome::Redirected;
                record.error = Some(format!("to {next}"));
                self.log(record);
                robots_url = next;
                continue;
            }
            let rules = RobotsRules::from_status(response.status.as_u16()).unwrap_or(RobotsRules::AllowAll);
            match &rules {
                // A failed row says why, as every failed row does.
                RobotsRules::Unavailable(why) => self.log(record.problem(Reason::Fetch, why)),
                _ => {
                    record.outcome = LogOutcome::Fetched;
                    self.log(record);
                }
            }
            return Ok(rules);
        }
        // RFC 9309: past five redirects the file may be taken as unavailable (4xx-like).
        Ok(RobotsRules::AllowAll)
    }
}

/// Why no robots.txt verdict could be had.
enum RobotsFailure {
    Cancelled,
    Refused(RefusedAddress),
}

/// `scheme://host:port`, the unit of robots.txt and of politeness.
pub fn origin_of(url: &Url) -> String {
    url.origin().ascii_serialization()
}

fn strip_fragment(url: &Url) -> String {
    let mut url = url.clone();
    url.set_fragment(None);
    url.into()
}

/// Where a 3xx response points, resolved against the request URL.
fn redirect_target(from: &Url, headers: &HeaderMap, status: StatusCode) -> Result<Url, String> {
    let location = header_text(headers, header::LOCATION)
        .ok_or_else(|| format!("HTTP {} without a Location header", status_text(status)))?;
    let mut next = from.join(location.trim()).map_err(|e| format!("redirect to a bad URL `{location}`: {e}"))?;
    if next.fragment().is_none() {
        // RFC 9110: a redirect without a fragment keeps the original one.
        next.set_fragment(from.fragment());
    }
    if !matches!(next.scheme(), "http" | "https") {
        return Err(format!("redirect to {next}: only http and https URLs are fetched"));
    }
    Ok(next)
}

/// Statuses worth retrying: 429 and server errors other than "not implemented" ones.
fn is_transient(status: StatusCode) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS
        || (status.is_server_error()
            && !matches!(status, StatusCode::NOT_IMPLEMENTED | StatusCode::HTTP_VERSION_NOT_SUPPORTED))
}

/// `Retry-After` as a wait: delay-seconds or an HTTP-date (a date in the past means now).
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = header_text(headers, header::RETRY_AFTER)?;
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.with_timezone(&chrono::Utc) - Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

/// Exponential backoff with jitter: `base × 2^(attempt-1)`, then a random point in its
/// upper half, so clients that failed together do not retry together.
fn backoff(base: Duration, attempt: u32) -> Duration {
    let exponential = base.saturating_mul(1u32 << attempt.saturating_sub(1).min(16)).min(MAX_BACKOFF);
    exponential.mul_f64(0.5 + fastrand::f64() * 0.5)
}

fn round_secs(d: Duration) -> Duration {
    Duration::from_secs(d.as_secs())
}

fn status_text(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned).filter(|v| !v.is_empty())
}

/// Sort a client error: a refused address (from our resolver), connection trouble, a
/// timeout, or something else.
fn classify_error(error: reqwest::Error) -> AttemptError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&error);
    while let Some(e) = source {
        if let Some(refused) = e.downcast_ref::<RefusedAddress>() {
            return AttemptError::Refused(refused.clone());
        }
        if let Some(unresolved) = e.downcast_ref::<ResolveError>() {
            return AttemptError::Connect(unresolved.to_string());
        }
        source = e.source();
    }
    if error.is_timeout() {
        return AttemptError::Timeout;
    }
    if error.is_connect() || error.is_request() {
        return AttemptError::Connect(error_chain(&error));
    }
    AttemptError::Body(error_chain(&error))
}

/// An error with its causes, `a: b: c`, without the URL reqwest puts first (we log it apart).
fn error_chain(error: &reqwest::Error) -> String {
    let mut parts = vec![error.without_url_ref()];
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        let text = e.to_string();
        if parts.last().is_none_or(|last| !last.contains(&text)) {
            parts.push(text);
        }
        source = e.source();
    }
    parts.join(": ")
}

trait WithoutUrl {
    fn without_url_ref(&self) -> String;
}

impl WithoutUrl for reqwest::Error {
    fn without_url_ref(&self) -> String {
        let text = self.to_string();
        match self.url() {
            Some(url) => text.replace(&format!(" for url ({url})"), ""),
            None => text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(name: header::HeaderName, value: &str) -> HeaderMap {
        let mut map = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(value) {
            map.insert(name, value);
        }
        map
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        assert_eq!(retry_after(&headers(header::RETRY_AFTER, "7")), Some(Duration::from_secs(7)));
        let later = (Utc::now() + chrono::Duration::seconds(90)).format("%a, %d %b %Y %H:%M:%S GMT");
        let wait = retry_after(&headers(header::RETRY_AFTER, &later.to_string()));
        assert!(wait.is_some_and(|w| w > Duration::from_secs(80) && w <= Duration::from_secs(90)), "{wait:?}");
        assert_eq!(
            retry_after(&headers(header::RETRY_AFTER, "Wed, 21 Oct 2015 07:28:00 GMT")),
            Some(Duration::ZERO),
            "a date in the past means now"
        );
        assert_eq!(retry_after(&headers(header::RETRY_AFTER, "soon")), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn backoff_grows_and_stays_jittered_and_bounded() {
        let base = Duration::from_millis(100);
        for attempt in 1..=4 {
            let full = base * (1 << (attempt - 1));
            let wait = backoff(base, attempt);
            assert!(wait >= full / 2 && wait <= full, "attempt {attempt}: {wait:?}");
        }
        assert!(backoff(Duration::from_secs(10), 30) <= MAX_BACKOFF);
    }

    #[test]
    fn transient_statuses() {
        for code in [429, 500, 502, 503, 504] {
            assert!(is_transient(StatusCode::from_u16(code).unwrap_or_default()), "{code}");
        }
        for code in [400, 403, 404, 410, 501] {
            assert!(!is_transient(StatusCode::from_u16(code).unwrap_or_default()), "{code}");
        }
    }

    #[test]
    fn redirects_resolve_relative_locations_and_refuse_other_schemes() {
        let from = Url::parse("http://a.org/x/y#top").unwrap_or_else(|e| panic!("{e}"));
        let next = redirect_target(&from, &headers(header::LOCATION, "../z"), StatusCode::FOUND);
        assert_eq!(next.map(String::from), Ok("http://a.org/z#top".to_owned()));
        let ftp = redirect_target(&from, &headers(header::LOCATION, "ftp://a.org/"), StatusCode::FOUND);
        assert!(ftp.is_err_and(|e| e.contains("only http")));
        let missing = redirect_target(&from, &HeaderMap::new(), StatusCode::MOVED_PERMANENTLY);
        assert!(missing.is_err_and(|e| e.contains("Location")));
    }

    #[test]
    fn origins_include_scheme_and_port() {
        let url = |s: &str| Url::parse(s).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(origin_of(&url("http://127.0.0.1:8080/a")), "http://127.0.0.1:8080");
        assert_eq!(origin_of(&url("https://Example.org/a")), "https://example.org");
    }
}
