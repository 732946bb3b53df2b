//! The crawl engine: a frontier of URLs, a bounded set of fetch tasks, and one store writer
//! per run.
//!
//! A *run* is one import: a set of sources (URLs given to `rinse fetch`, or the due sources
//! of `rinse run`) with their own `imports` row, [`Writer`] and [`RunReport`]. Each source's
//! URL is fetched and, from its content, taken as a page (cleaned and stored), a feed or a
//! sitemap (whose entries become further jobs, skipping those already stored and not
//! changed since). The [`Engine`] keeps one queue per host and starts a job only when its
//! host may take a request (see [`HostGate`]), so slots are not spent sleeping; at most
//! `concurrency` jobs run at once. On a stop, queued jobs are dropped, running ones finish,
//! and every run commits what it has before it ends.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::mpsc;
use tokio::task::{JoinHandle, JoinSet};
use tokio::time::Instant;
use tracing::{Instrument, debug, debug_span, info, info_span, warn};
use url::Url;

use super::Stop;
use super::client::{FetchFailure, Fetched, Fetcher, Purpose, origin_of};
use super::content::{BodyKind, binary_body, gunzip, is_gzip, sniff_body_kind};
use super::db;
use super::feed::{Entry, Listed, feed_entries};
use super::hosts::{HostGate, Readiness};
use super::log::{Book, BookSender, CacheUpdate, FetchKind, LogContext, LogOutcome, LogRecord};
use super::sitemap::{ParsedSitemap, Sitemap, parse_sitemap};
use crate::clean::CleanOptions;
use crate::cli::import::Tally;
use crate::cli::progress::Progress;
use crate::error::{Problem, Reason};
use crate::model::{PageHints, RawPage, SourceKind};
use crate::normalize::url_key;
use crate::pipeline;
use crate::store::{ImportStatus, Store, StoreError, WriteItem, WriteOutcome, Writer};

/// The most entries read from one feed or sitemap: the sitemap protocol's own limit
/// (sitemaps.org: 50,000 URLs per file). It bounds the memory one listing takes.
const MAX_LISTING_ENTRIES: usize = 50_000;

/// Items waiting for the writer per run; a full channel slows the fetch tasks down.
const WRITER_CHANNEL: usize = 64;
/// Failures listed in a run's report (the rest are in the database).
const REPORT_PROBLEMS: usize = 20;

/// A source to fetch in a run: a name for the log and schedule, and its URL.
#[derive(Debug, Clone)]
pub struct Seed {
    pub name: String,
    pub url: Url,
}

/// Identifies a run of an [`Engine`].
pub type RunId = u64;

/// What a URL is expected to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// A source's own URL: a page, feed or sitemap.
    Seed,
    /// An entry of a feed or sitemap.
    Page,
    /// A sitemap listed in a sitemap index, at this nesting depth.
    Sitemap(u32),
}

#[derive(Debug, Clone)]
struct Job {
    run: RunId,
    source: Arc<str>,
    url: Url,
    expect: Expect,
    /// What the feed that listed the page said of it.
    listed: Listed,
}

/// What a finished job hands back to the engine.
#[derive(Debug)]
struct JobDone {
    /// Entries to queue next.
    children: Vec<Job>,
}

/// Bookkeeping for a job in flight, kept outside the task so a panic cannot lose it.
#[derive(Debug, Clone)]
struct JobMeta {
    run: RunId,
    source: Arc<str>,
    host: String,
    url: String,
}

/// The counts and outcome of a run; the summary is built from it.
#[derive(Default)]
pub struct RunReport {
    pub import_id: i64,
    /// Written outcomes, as `rinse import` counts them (a 304 counts as unchanged).
    pub(crate) tally: Tally,
    /// Responses received (pages, feeds, sitemaps; 304s included).
    pub fetched: u64,
    /// 304 Not Modified responses.
    pub not_modified: u64,
    /// Feeds and sitemaps read.
    pub listed: u64,
    /// Feed and sitemap entries not fetched: stored already and not changed since.
    pub known: u64,
    /// Entries dropped by `max_urls_per_source`.
    pub over_limit: u64,
    /// Feed entries without an address to fetch.
    pub unlinked: u64,
    /// Jobs dropped or stopped by a shutdown.
    pub cancelled: u64,
    /// URLs not requested because their host asked for a pause (a long `Retry-After`)...
    pub held: u64,
    /// ...and those hosts, with when they may be asked again.
    pub held_hosts: std::collections::BTreeMap<String, DateTime<Utc>>,
    pub status: Option<ImportStatus>,
    /// A database error that ended the run's writer.
    pub error: Option<String>,
}

impl RunReport {
    /// Stored, unchanged (304s included), skipped and failed.
    pub fn counts(&self) -> crate::store::ImportCounts {
        self.tally.counts
    }

    /// The live progress message.
    pub fn status_line(&self) -> String {
        format!("fetched {} · {}", self.fetched, self.tally.status_line())
    }
}

/// A source of a run that has no work left.
#[derive(Debug, Clone)]
pub struct SourceDone {
    pub run: RunId,
    pub import_id: i64,
    pub name: String,
    pub started_at: DateTime<Utc>,
    pub interrupted: bool,
}

/// A finished run.
pub struct RunDone {
    pub run: RunId,
    pub report: RunReport,
    pub elapsed: Duration,
}

/// What [`Engine::drive`] reports.
#[derive(Default)]
pub struct Progressed {
    pub sources: Vec<SourceDone>,
    pub runs: Vec<RunDone>,
}

/// State shared by the engine, the tasks of a run and its writer callback.
struct RunShared {
    import_id: i64,
    report: Mutex<RunReport>,
    /// Fetch-log rows and cache entries of documents sent to the writer, by source (the
    /// requested URL), written once the writer reports what it did: validators are never
    /// remembered for a document that was not committed.
    pending: Mutex<HashMap<String, (LogRecord, CacheUpdate)>>,
}

impl RunShared {
    fn report(&self) -> MutexGuard<'_, RunReport> {
        self.report.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

struct Run {
    shared: Arc<RunShared>,
    writer: Option<mpsc::Sender<WriteItem>>,
    writer_task: Option<JoinHandle<Result<crate::store::ImportCounts, StoreError>>>,
    started: Instant,
    started_at: DateTime<Utc>,
    /// Jobs queued or running per source.
    outstanding: HashMap<Arc<str>, usize>,
    /// URLs queued in this run, as document keys spell them (no fragment, no analytics
    /// parameters), so each page is fetched once.
    seen: HashSet<String>,
    /// Page URLs queued per source, for `max_urls_per_source`.
    queued: HashMap<Arc<str>, usize>,
    /// A tracing span per source, the parent of the spans of its URLs.
    spans: HashMap<Arc<str>, tracing::Span>,
    interrupted: bool,
}

/// Everything a fetch task needs.
struct Ctx {
    fetcher: Arc<Fetcher>,
    store: Store,
    book: BookSender,
    clean: CleanOptions,
    stop: Stop,
    progress: Progress,
}

/// The crawl engine. See the module documentation.
pub struct Engine {
    ctx: Arc<Ctx>,
    runs: HashMap<RunId, Run>,
    next_run: RunId,
    /// Queued jobs per host, and the hosts in round-robin order.
    queues: HashMap<String, VecDeque<Job>>,
    order: VecDeque<String>,
    tasks: JoinSet<JobDone>,
    in_flight: HashMap<tokio::task::Id, JobMeta>,
    running_per_host: HashMap<String, usize>,
    stopping: bool,
}

impl Engine {
    pub fn new(fetcher: Arc<Fetcher>, store: Store, book: BookSender, stop: Stop, progress: Progress) -> Engine {
        let ctx = Ctx { fetcher, store, book, clean: CleanOptions::default(), stop, progress };
        Engine {
            ctx: Arc::new(ctx),
            runs: HashMap::new(),
            next_run: 1,
            queues: HashMap::new(),
            order: VecDeque::new(),
            tasks: JoinSet::new(),
            in_flight: HashMap::new(),
            running_per_host: HashMap::new(),
            stopping: false,
        }
    }

    fn hosts(&self) -> &Arc<HostGate> {
        self.ctx.fetcher.hosts()
    }

    /// Whether nothing is queued or running.
    pub fn is_idle(&self) -> bool {
        self.runs.is_empty() && self.tasks.is_empty()
    }

    /// Names of the sources with work queued or running.
    pub fn busy_sources(&self) -> HashSet<String> {
        self.runs.values().flat_map(|run| run.outstanding.keys().map(|s| s.to_string())).collect()
    }

    /// Start a run over `seeds`: an `imports` row (`command`, `arguments`), a writer, and a
    /// job per seed.
    pub async fn start_run(
        &mut self,
        command: &str,
        arguments: &[String],
        seeds: Vec<Seed>,
    ) -> Result<RunId, StoreError> {
        // Hosts that asked an earlier run for a pause are still sent nothing until then.
        match db::host_holds(self.ctx.store.pool()).await {
            Ok(holds) => {
                for (origin, not_before) in holds {
                    self.ctx.fetcher.hosts().close_until(&origin, not_before);
                }
            }
            Err(error) => warn!(error = %error, "Could not read the hosts that asked for a pause."),
        }
        let import_id = self.ctx.store.begin_import(command, arguments).await?;
        let shared = Arc::new(RunShared {
            import_id,
            report: Mutex::new(RunReport { import_id, ..RunReport::default() }),
            pending: Mutex::new(HashMap::new()),
        });
        let (writer, writer_task) = {
            let shared = Arc::clone(&shared);
            let book = self.ctx.book.clone();
            let progress = self.ctx.progress.clone();
            Writer::new(self.ctx.store.clone(), import_id)
                .spawn(WRITER_CHANNEL, move |item, outcome| on_written(&shared, &book, &progress, item, outcome))
        };
        let id = self.next_run;
        self.next_run += 1;
        let mut run = Run {
            shared,
            writer: Some(writer),
            writer_task: Some(writer_task),
            started: Instant::now(),
            started_at: Utc::now(),
            outstanding: HashMap::new(),
            seen: HashSet::new(),
            queued: HashMap::new(),
            spans: HashMap::new(),
            interrupted: false,
        };
        let mut jobs = Vec::new();
        for seed in seeds {
            let source: Arc<str> = Arc::from(seed.name.as_str());
            run.outstanding.entry(Arc::clone(&source)).or_insert(0);
            let span = info_span!("source", import_id, name = %source);
            run.spans.entry(Arc::clone(&source)).or_insert(span);
            if run.seen.insert(url_key(seed.url.as_str())) {
                jobs.push(Job { run: id, source, url: seed.url, expect: Expect::Seed, listed: Listed::default() });
            }
        }
        info!(import_id, sources = run.outstanding.len(), "Fetch run started.");
        self.runs.insert(id, run);
        for job in jobs {
            self.enqueue(job);
        }
        Ok(id)
    }

    fn enqueue(&mut self, job: Job) {
        if let Some(run) = self.runs.get_mut(&job.run) {
            *run.outstanding.entry(Arc::clone(&job.source)).or_insert(0) += 1;
        }
        let host = origin_of(&job.url);
        let queue = self.queues.entry(host.clone()).or_default();
        if queue.is_empty() {
            self.order.push_back(host);
        }
        queue.push_back(job);
    }

    /// Queue the children of a finished job, once each per run and within the source's
    /// limit.
    fn enqueue_children(&mut self, children: Vec<Job>) {
        let limit = self.ctx.fetcher.settings().max_urls_per_source;
        for job in children {
            let Some(run) = self.runs.get_mut(&job.run) else { continue };
            if !run.seen.insert(url_key(job.url.as_str())) {
                continue;
            }
            if job.expect == Expect::Page {
                let queued = run.queued.entry(Arc::clone(&job.source)).or_insert(0);
                if *queued >= limit {
                    let mut report = run.shared.report();
                    if report.over_limit == 0 {
                        warn!(source = %job.source, limit, "Source lists more URLs than max_urls_per_source; the rest wait for the next run.");
                    }
                    report.over_limit += 1;
                    continue;
                }
                *queued += 1;
            }
            self.enqueue(job);
        }
    }

    /// Take the next job whose host may take a request now; otherwise the time the first
    /// waiting host becomes free, if any.
    fn pop_ready(&mut self) -> Result<Job, Option<Instant>> {
        let per_host = self.ctx.fetcher.settings().per_host_connections;
        let mut earliest: Option<Instant> = None;
        for _ in 0..self.order.len() {
            let Some(host) = self.order.pop_front() else { break };
            let running = self.running_per_host.get(&host).copied().unwrap_or(0);
            let readiness = if running >= per_host { Readiness::Busy } else { self.hosts().readiness(&host) };
            match readiness {
                Readiness::Now => {
                    let job = self.queues.get_mut(&host).and_then(VecDeque::pop_front);
                    if self.queues.get(&host).is_some_and(|q| !q.is_empty()) {
                        self.order.push_back(host);
                    } else {
                        self.queues.remove(&host);
                    }
                    if let Some(job) = job {
                        return Ok(job);
                    }
                }
                Readiness::At(at) => {
                    earliest = Some(earliest.map_or(at, |e| e.min(at)));
                    self.order.push_back(host);
                }
                Readiness::Busy => self.order.push_back(host),
            }
        }
        Err(earliest)
    }

    /// Start jobs until `concurrency` run or no host is ready; the time to look again.
    fn spawn_ready(&mut self) -> Option<Instant> {
        let concurrency = self.ctx.fetcher.settings().concurrency;
        while self.tasks.len() < concurrency {
            match self.pop_ready() {
                Ok(job) => self.spawn(job),
                Err(wake) => return wake,
            }
        }
        None
    }

    fn spawn(&mut self, job: Job) {
        let Some(run) = self.runs.get(&job.run) else { return };
        let host = origin_of(&job.url);
        *self.running_per_host.entry(host.clone()).or_insert(0) += 1;
        let meta = JobMeta { run: job.run, source: Arc::clone(&job.source), host, url: job.url.to_string() };
        let shared = Arc::clone(&run.shared);
        let writer = run.writer.clone();
        let ctx = Arc::clone(&self.ctx);
        let span = match run.spans.get(&job.source) {
            Some(parent) => debug_span!(parent: parent, "fetch", url = %job.url),
            None => debug_span!("fetch", source = %job.source, url = %job.url),
        };
        let handle = self.tasks.spawn(run_job(ctx, job, shared, writer).instrument(span));
        self.in_flight.insert(handle.id(), meta);
    }

    /// Drive the runs until one of them (or a source) finishes, `until` passes, or all work
    /// is done. Returns what finished.
    pub async fn drive(&mut self, until: Option<Instant>) -> Progressed {
        let mut progressed = Progressed::default();
        loop {
            if !self.stopping && self.ctx.stop.is_stopped() {
                self.stop_queued();
            }
            let wake = if self.stopping { None } else { self.spawn_ready() };
            self.collect_finished(&mut progressed).await;
            if !progressed.sources.is_empty() || !progressed.runs.is_empty() || self.is_idle() {
                return progressed;
            }
            if until.is_some_and(|at| at <= Instant::now()) {
                // Fetches that ended meanwhile are taken in first: a caller whose `until` is
                // always past (a source due while a stop lets the running fetches finish)
                // must still see them end.
                if let Some(done) = self.tasks.try_join_next_with_id() {
                    self.job_finished(done);
                    continue;
                }
                return progressed;
            }
            let stopping = self.stopping;
            tokio::select! {
                done = self.tasks.join_next_with_id(), if !self.tasks.is_empty() => {
                    if let Some(done) = done {
                        self.job_finished(done);
                    }
                }
                _ = sleep_until_opt(wake) => {}
                _ = sleep_until_opt(until) => {}
                _ = self.ctx.stop.stopped(), if !stopping => self.stop_queued(),
            }
        }
    }

    fn job_finished(&mut self, done: Result<(tokio::task::Id, JobDone), tokio::task::JoinError>) {
        let (id, children) = match done {
            Ok((id, done)) => (id, done.children),
            Err(error) => {
                let id = error.id();
                if let Some(meta) = self.in_flight.get(&id)
                    && let Some(run) = self.runs.get(&meta.run)
                {
                    warn!(url = %meta.url, error = %error, "A fetch task failed.");
                    let mut report = run.shared.report();
                    report.tally.counts.failed += 1;
                    report.tally.counts.seen += 1;
                    if report.tally.problems.len() < REPORT_PROBLEMS {
                        let line = format!("{}: internal_error (the fetch task failed: {error})", meta.url);
                        report.tally.problems.push(line);
                    }
                }
                (id, Vec::new())
            }
        };
        let Some(meta) = self.in_flight.remove(&id) else { return };
        if let Some(running) = self.running_per_host.get_mut(&meta.host) {
            *running = running.saturating_sub(1);
            if *running == 0 {
                self.running_per_host.remove(&meta.host);
            }
        }
        if !self.stopping {
            self.enqueue_children(children);
        }
        if let Some(run) = self.runs.get_mut(&meta.run)
            && let Some(left) = run.outstanding.get_mut(&meta.source)
        {
            *left = left.saturating_sub(1);
        }
    }

    /// A stop: drop every queued job (running ones finish).
    fn stop_queued(&mut self) {
        self.stopping = true;
        let mut dropped = 0;
        for (_, queue) in self.queues.drain() {
            for job in queue {
                dropped += 1;
                if let Some(run) = self.runs.get_mut(&job.run) {
                    run.interrupted = true;
                    run.shared.report().cancelled += 1;
                    if let Some(left) = run.outstanding.get_mut(&job.source) {
                        *left = left.saturating_sub(1);
                    }
                }
            }
        }
        self.order.clear();
        for run in self.runs.values_mut() {
            run.interrupted = true;
        }
        info!(dropped, running = self.tasks.len(), "Stopping: no new fetches; finishing those in flight.");
    }

    /// Report sources with no work left, and finish runs with no sources left.
    async fn collect_finished(&mut self, progressed: &mut Progressed) {
        let mut finished_runs = Vec::new();
        for (&id, run) in &mut self.runs {
            let done: Vec<Arc<str>> =
                run.outstanding.iter().filter(|(_, left)| **left == 0).map(|(s, _)| Arc::clone(s)).collect();
            for source in done {
                run.outstanding.remove(&source);
                progressed.sources.push(SourceDone {
                    run: id,
                    import_id: run.shared.import_id,
                    name: source.to_string(),
                    started_at: run.started_at,
                    interrupted: run.interrupted,
                });
            }
            if run.outstanding.is_empty() {
                finished_runs.push(id);
            }
        }
        for id in finished_runs {
            if let Some(run) = self.runs.remove(&id) {
                progressed.runs.push(self.finish_run(id, run).await);
            }
        }
    }

    /// Close a run's writer, wait for its last commit and record the import's end.
    async fn finish_run(&self, id: RunId, mut run: Run) -> RunDone {
        drop(run.writer.take());
        let written = match run.writer_task.take() {
            Some(task) => match task.await {
                Ok(result) => result.map_err(|e| e.to_string()),
                Err(error) => Err(format!("the database writer stopped unexpectedly: {error}")),
            },
            None => Ok(Default::default()),
        };
        let mut report = std::mem::take(&mut *run.shared.report());
        let status = match (&written, run.interrupted) {
            (Err(_), _) => ImportStatus::Failed,
            (Ok(_), true) => ImportStatus::Interrupted,
            (Ok(_), false) => ImportStatus::Completed,
        };
        if let Err(error) = written {
            report.error = Some(error);
        }
        if let Err(error) = self.ctx.store.finish_import(run.shared.import_id, status, &report.tally.counts).await {
            report.error.get_or_insert(error.to_string());
        }
        report.status = Some(status);
        let elapsed = run.started.elapsed();
        info!(import_id = run.shared.import_id, status = %status, stored = report.tally.counts.stored, "Fetch run finished.");
        RunDone { run: id, report, elapsed }
    }
}

async fn sleep_until_opt(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

fn without_fragment(url: &Url) -> String {
    let mut url = url.clone();
    url.set_fragment(None);
    url.into()
}

/// Called by a run's writer once an item is committed: count it, move the progress line,
/// and complete the item's fetch-log row and cache entry.
fn on_written(shared: &RunShared, book: &BookSender, progress: &Progress, item: &WriteItem, outcome: &WriteOutcome) {
    {
        let mut report = shared.report();
        report.tally.record(item, outcome);
        progress.inc(|| report.status_line());
    }
    let WriteItem::Document(document) = item else { return };
    let pending = shared.pending.lock().unwrap_or_else(|p| p.into_inner()).remove(&document.source);
    let Some((mut record, cache)) = pending else { return };
    let (log_outcome, id) = match outcome {
        WriteOutcome::Stored { id, .. } => (LogOutcome::Stored, Some(*id)),
        WriteOutcome::Unchanged { id } => (LogOutcome::Unchanged, Some(*id)),
        WriteOutcome::Rejected { detail } => {
            record = record.problem(Reason::Store, detail);
            (LogOutcome::Failed, None)
        }
        WriteOutcome::Recorded { .. } => (LogOutcome::Failed, None),
    };
    record.outcome = log_outcome;
    record.document_id = id;
    let _ = book.send(Book::Log(record));
    if id.is_some() {
        let _ = book.send(Book::Cache(cache));
    }
}

/// Fetch one URL and deal with what came back.
async fn run_job(ctx: Arc<Ctx>, job: Job, shared: Arc<RunShared>, writer: Option<mpsc::Sender<WriteItem>>) -> JobDone {
    let mut done = JobDone { children: Vec::new() };
    let log_ctx = LogContext { import_id: Some(shared.import_id), source: Arc::clone(&job.source) };
    let purpose = if job.expect == Expect::Page { Purpose::Page } else { Purpose::Listing };
    let validators = match db::validators(ctx.store.pool(), job.url.as_str()).await {
        Ok(validators) => validators,
        Err(error) => {
            warn!(error = %error, "Could not read the HTTP cache; fetching without validators.");
            None
        }
    };
    let job_ref = JobRef { ctx: &ctx, shared: &shared, writer: writer.as_ref(), url: &job.url };
    let fetched = match ctx.fetcher.fetch(&job.url, purpose, validators.as_ref(), &log_ctx, &ctx.stop).await {
        Ok(fetched) => fetched,
        Err(failure) => {
            job_ref.failed(failure).await;
            return done;
        }
    };
    shared.report().fetched += 1;
    debug!(
        status = fetched.status,
        bytes = fetched.body.len(),
        final_url = %fetched.final_url,
        attempt = fetched.record.attempt,
        "Fetched."
    );
    if fetched.not_modified {
        job_ref.not_modified(fetched);
        return done;
    }
    let settings = ctx.fetcher.settings();
    let Fetched { requested, final_url, status, content_type, etag, last_modified, body, mut record, .. } = fetched;
    let (body, cut_off) = if is_gzip(&body) {
        match gunzip(&body, settings.max_sitemap_bytes.max(settings.max_body_bytes)) {
            Ok(gunzipped) => (gunzipped.bytes, gunzipped.broken),
            Err(detail) => {
                let reason = if detail.starts_with("more than") { Reason::TooLarge } else { Reason::Fetch };
                job_ref.problem(record, reason, detail).await;
                return done;
            }
        }
    } else {
        (body, None)
    };
    if let Some(detail) = binary_body(&body, content_type.as_deref()) {
        job_ref.problem(record, Reason::NotAPage, detail).await;
        return done;
    }
    let kind = match (job.expect, sniff_body_kind(&body)) {
        (Expect::Page, _) => BodyKind::Page,
        (Expect::Sitemap(_), BodyKind::Sitemap) => BodyKind::Sitemap,
        (Expect::Sitemap(_), _) => {
            let detail = "listed in a sitemap index, but not a sitemap".to_owned();
            job_ref.problem(record, Reason::NotAPage, detail).await;
            return done;
        }
        (Expect::Seed, BodyKind::Page) => match db::listing_kind(ctx.store.pool(), requested.as_str()).await {
            // A source that was a feed or sitemap and now serves a page (a redesign, an error
            // page served with 200) has stopped listing: storing the page would hide that.
            Ok(Some(listing)) => {
                record.kind = FetchKind::Page;
                let detail = format!(
                    "was read as a {listing} before, but now serves a page (not stored); if the address \
                     is a page now, delete its http_cache row to take it as one"
                );
                job_ref.problem(record, Reason::BadListing, detail).await;
                return done;
            }
            Ok(None) => BodyKind::Page,
            Err(error) => {
                warn!(error = %error, "Could not read the HTTP cache; taking the body as a page.");
                BodyKind::Page
            }
        },
        (Expect::Seed, kind) => kind,
    };
    let cache = |kind: FetchKind, content_hash: Option<String>| CacheUpdate {
        url: requested.to_string(),
        kind,
        final_url: final_url.to_string(),
        status,
        etag: etag.clone(),
        last_modified: last_modified.clone(),
        content_hash,
        full: true,
    };
    match kind {
        BodyKind::Page => {
            record.kind = FetchKind::Page;
            if let Some(detail) = cut_off {
                job_ref.problem(record, Reason::Fetch, detail).await;
                return done;
            }
            if body.len() as u64 > settings.max_body_bytes {
                let detail = format!("page body larger than max_body_bytes ({})", settings.max_body_bytes);
                job_ref.problem(record, Reason::TooLarge, detail).await;
                return done;
            }
            let raw = RawPage {
                source: requested.to_string(),
                source_kind: SourceKind::Http,
                url: Some(final_url.to_string()),
                kind: None,
                content_type: content_type.clone(),
                fetched_at: Some(crate::store::now_utc()),
                hints: PageHints {
                    listed_date: job.listed.published.map(|date| date.to_rfc3339()),
                    listed_author: job.listed.author.clone(),
                    ..PageHints::default()
                },
                body,
            };
            let clean = ctx.clean.clone();
            let processed = tokio::task::spawn_blocking(move || pipeline::process(raw, &clean)).await;
            let processed = match processed {
                Ok(result) => result,
                Err(error) => {
                    Err(Problem::new(requested.as_str(), Reason::Internal, format!("cleaning failed: {error}")))
                }
            };
            match processed {
                Ok(processed) => {
                    let document = processed.document;
                    let update = cache(FetchKind::Page, Some(document.content_hash.clone()));
                    let source = document.source.clone();
                    shared.pending.lock().unwrap_or_else(|p| p.into_inner()).insert(source.clone(), (record, update));
                    if !job_ref.send(WriteItem::Document(document)).await {
                        let pending = shared.pending.lock().unwrap_or_else(|p| p.into_inner()).remove(&source);
                        if let Some((record, _)) = pending {
                            let _ =
                                ctx.book.send(Book::Log(record.problem(Reason::Store, "the database writer stopped")));
                        }
                    }
                }
                Err(problem) => job_ref.problem(record, problem.reason, problem.detail).await,
            }
        }
        BodyKind::Feed | BodyKind::Sitemap => {
            // Read the whole listing (up to the protocol's bound), not only as many entries
            // as one run fetches: those already stored are dropped first, and the cap applies
            // to the rest (`enqueue_children`), so a long sitemap is caught up run by run.
            let max = MAX_LISTING_ENTRIES.max(settings.max_urls_per_source);
            let base = final_url.clone();
            let is_feed = kind == BodyKind::Feed;
            let parsed = tokio::task::spawn_blocking(move || {
                if is_feed {
                    feed_entries(&body, &base, max)
                        .map(|listed| (Listing::Pages(listed.entries), listed.more, listed.unlinked, listed.broken))
                        .map_err(|detail| (Reason::BadListing, detail))
                } else {
                    parse_sitemap(&body, &base, max)
                        .map(|ParsedSitemap { sitemap, more, broken }| match sitemap {
                            Sitemap::Urls(entries) => (Listing::Pages(entries), more, 0, broken),
                            Sitemap::Index(entries) => (Listing::Sitemaps(entries), more, 0, broken),
                        })
                        // XML of another kind is no listing; a sitemap that breaks off is a
                        // broken one.
                        .map_err(|detail| {
                            let reason =
                                if detail.starts_with("not a sitemap") { Reason::NotAPage } else { Reason::BadListing };
                            (reason, detail)
                        })
                }
            })
            .await
            .unwrap_or_else(|error| Err((Reason::Internal, format!("parsing failed: {error}"))));
            record.kind = if is_feed { FetchKind::Feed } else { FetchKind::Sitemap };
            let (listing, more, unlinked, parse_broken) = match parsed {
                Ok(parsed) => parsed,
                Err((reason, detail)) => {
                    job_ref.problem(record, reason, detail).await;
                    return done;
                }
            };
            // The parser's word on where it broke off, else the decompressor's.
            let broken = parse_broken.or(cut_off);
            if more {
                warn!(url = %requested, max, "Listing has more entries than a sitemap may hold; the rest are ignored.");
            }
            if unlinked > 0 {
                warn!(url = %requested, unlinked, "Feed entries without an address to fetch (no link, no URL as guid) are passed over.");
                shared.report().unlinked += unlinked;
            }
            let depth = match job.expect {
                Expect::Sitemap(depth) => depth + 1,
                _ => 1,
            };
            if let Listing::Sitemaps(entries) = &listing
                && depth > settings.max_sitemap_depth
            {
                let detail = format!(
                    "sitemap indexes nested deeper than max_sitemap_depth ({}); {} sitemaps not read",
                    settings.max_sitemap_depth,
                    entries.len()
                );
                job_ref.problem(record, Reason::TooDeep, detail).await;
                return done;
            }
            // A listing that breaks off is a failure (a scheduler must notice it), but the
            // entries before the break are fetched; it is not cached, so the next run reads it
            // whole again.
            match broken {
                Some(detail) => {
                    let entries = match &listing {
                        Listing::Pages(entries) | Listing::Sitemaps(entries) => entries.len(),
                    };
                    let detail = if entries == 1 {
                        format!("{detail}; the 1 entry before the break is read")
                    } else {
                        format!("{detail}; the {entries} entries before the break are read")
                    };
                    warn!(url = %requested, entries, "Listing is broken; reading the entries before the break.");
                    job_ref.problem(record, Reason::BadListing, detail).await;
                }
                None => {
                    let update = CacheUpdate { etag: None, last_modified: None, ..cache(record.kind, None) };
                    let _ = ctx.book.send(Book::Cache(update));
                    record.outcome = LogOutcome::Listed;
                    let _ = ctx.book.send(Book::Log(record));
                    shared.report().listed += 1;
                }
            }
            done.children = match listing {
                Listing::Pages(entries) => job_ref.new_entries(&job, entries).await,
                Listing::Sitemaps(entries) => entries
                    .into_iter()
                    .map(|e| Job {
                        run: job.run,
                        source: Arc::clone(&job.source),
                        url: e.url,
                        expect: Expect::Sitemap(depth),
                        listed: e.listed,
                    })
                    .collect(),
            };
            debug!(entries = done.children.len(), "Listing read.");
        }
    }
    done
}

/// The entries of a listing.
enum Listing {
    Pages(Vec<Entry>),
    Sitemaps(Vec<Entry>),
}

/// What a job needs to report outcomes.
struct JobRef<'a> {
    ctx: &'a Ctx,
    shared: &'a RunShared,
    writer: Option<&'a mpsc::Sender<WriteItem>>,
    url: &'a Url,
}

impl JobRef<'_> {
    /// Send an item to the run's writer; false if the writer is gone (a database error).
    async fn send(&self, item: WriteItem) -> bool {
        match self.writer {
            Some(writer) => writer.send(item).await.is_ok(),
            None => false,
        }
    }

    async fn failed(&self, failure: FetchFailure) {
        let FetchFailure { reason, detail, cancelled, held, record } = failure;
        if let Some(hold) = held {
            // No request was made: nothing to log, and a later run fetches the URL.
            debug!(origin = %hold.origin, not_before = %hold.not_before, "Not requested: the host asked for a pause.");
            let mut report = self.shared.report();
            report.held += 1;
            let until = report.held_hosts.entry(hold.origin).or_insert(hold.not_before);
            *until = (*until).max(hold.not_before);
            return;
        }
        let _ = self.ctx.book.send(Book::Log(record));
        if cancelled {
            self.shared.report().cancelled += 1;
            return;
        }
        debug!(reason = %reason, detail = %detail, "Fetch gave up.");
        self.send(WriteItem::Problem(Problem::new(self.url.as_str(), reason, detail))).await;
    }

    /// Log `record` as given up with `reason` and record the problem.
    async fn problem(&self, record: LogRecord, reason: Reason, detail: String) {
        let _ = self.ctx.book.send(Book::Log(record.problem(reason, &detail)));
        debug!(reason = %reason, detail = %detail, "Page not stored.");
        self.send(WriteItem::Problem(Problem::new(self.url.as_str(), reason, detail))).await;
    }

    fn not_modified(&self, fetched: Fetched) {
        let Fetched { requested, final_url, status, etag, last_modified, mut record, .. } = fetched;
        record.outcome = LogOutcome::NotModified;
        if record.kind == FetchKind::Unknown {
            record.kind = FetchKind::Page;
        }
        let _ = self.ctx.book.send(Book::Log(record));
        let _ = self.ctx.book.send(Book::Cache(CacheUpdate {
            url: requested.to_string(),
            kind: FetchKind::Page,
            final_url: final_url.to_string(),
            status,
            etag,
            last_modified,
            content_hash: None,
            full: false,
        }));
        let mut report = self.shared.report();
        report.not_modified += 1;
        report.tally.counts.seen += 1;
        report.tally.counts.unchanged += 1;
        self.ctx.progress.inc(|| report.status_line());
    }

    /// The entries worth fetching: not stored yet, or changed since they were.
    async fn new_entries(&self, parent: &Job, entries: Vec<Entry>) -> Vec<Job> {
        let mut jobs = Vec::with_capacity(entries.len());
        let mut known = 0;
        let now = Utc::now();
        for entry in entries {
            let url = without_fragment(&entry.url);
            let since = match db::known_since(self.ctx.store.pool(), &url).await {
                Ok(since) => since,
                Err(error) => {
                    warn!(error = %error, "Could not look up a feed entry; fetching it.");
                    None
                }
            };
            let fresh = match (since, entry.changed) {
                (None, _) => true,
                // A date still to come (a wrong time zone, a post scheduled ahead) is later
                // than every fetch and would bring the page back on every read. It counts
                // once it has passed.
                (Some(since), Some(changed)) => changed > since && changed <= now,
                (Some(_), None) => false,
            };
            if fresh {
                jobs.push(Job {
                    run: parent.run,
                    source: Arc::clone(&parent.source),
                    url: entry.url,
                    expect: Expect::Page,
                    listed: entry.listed,
                });
            } else {
                known += 1;
            }
        }
        self.shared.report().known += known;
        jobs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fetch::config::FetchSettings;

    /// An engine over a temporary store; nothing is driven, so nothing is fetched.
    async fn engine(settings: FetchSettings) -> (tempfile::TempDir, Engine) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = Store::open(&dir.path().join("t.db")).await.unwrap_or_else(|e| panic!("{e}"));
        let (book, _) = mpsc::unbounded_channel();
        let fetcher = Arc::new(Fetcher::new(settings, book.clone()).unwrap_or_else(|e| panic!("{e}")));
        (dir, Engine::new(fetcher, store, book, Stop::never(), Progress::new(false)))
    }

    fn url(text: &str) -> Url {
        Url::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[tokio::test]
    async fn entries_are_queued_once_and_within_the_source_limit() {
        let (_dir, mut engine) = engine(FetchSettings { max_urls_per_source: 2, ..FetchSettings::default() }).await;
        let seed = Seed { name: "feed".into(), url: url("http://127.0.0.1:1/feed") };
        let run = engine.start_run("fetch", &[], vec![seed]).await.unwrap_or_else(|e| panic!("{e}"));
        let entry = |path: &str| Job {
            run,
            source: Arc::from("feed"),
            url: url(path),
            expect: Expect::Page,
            listed: Listed::default(),
        };
        engine.enqueue_children(vec![
            entry("http://127.0.0.1:1/a"),
            entry("http://127.0.0.1:1/a#comments"),
            entry("http://127.0.0.1:1/b"),
            entry("http://127.0.0.1:1/c"),
        ]);
        let queued: Vec<String> = engine.queues.values().flatten().map(|job| job.url.path().to_owned()).collect();
        assert_eq!(queued, ["/feed", "/a", "/b"], "the fragment twin and the third entry are not queued");
        let run_state = engine.runs.get(&run).unwrap_or_else(|| panic!("run"));
        assert_eq!(run_state.shared.report().over_limit, 1);
        assert_eq!(run_state.outstanding.get("feed"), Some(&3));
    }

    #[tokio::test]
    async fn hosts_take_turns() {
        let (_dir, mut engine) = engine(FetchSettings::default()).await;
        let seeds = ["http://127.0.0.1:1/x", "http://127.0.0.1:1/y", "http://127.0.0.1:2/z"]
            .map(|u| Seed { name: u.into(), url: url(u) })
            .to_vec();
        engine.start_run("fetch", &[], seeds).await.unwrap_or_else(|e| panic!("{e}"));
        let mut order = Vec::new();
        while let Ok(job) = engine.pop_ready() {
            order.push(job.url.path().to_owned());
        }
        assert_eq!(order, ["/x", "/z", "/y"]);
    }
}
