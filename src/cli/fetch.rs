//! `rinse fetch URL...`: fetch pages, feeds and sitemaps now, clean and store them, and
//! print the same summary as `rinse import`. Also the pieces `rinse run` shares: settings
//! from a sources file and flags, the runtime, the shutdown signal, the run summary.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::Args;

use super::import::{DEFAULT_DB, abort_now, shutdown_signal};
use super::progress::{self, Progress};
use super::{EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED};
use crate::fetch::config::{ConfigError, SettingsFile, SourcesFile, check_url};
use crate::fetch::crawl::{Engine, RunReport, Seed};
use crate::fetch::db::Bookkeeper;
use crate::fetch::{FetchSettings, Fetcher, Stop, StopHandle};
use crate::store::{ImportStatus, Store};

#[derive(Debug, Args)]
pub struct FetchArgs {
    /// Page, feed (RSS, Atom, JSON Feed) or sitemap URLs; which one is found from the content.
    /// The entries of feeds and sitemaps that are not stored yet, or changed, are fetched too.
    #[arg(value_name = "URL", required = true)]
    urls: Vec<String>,
    #[command(flatten)]
    settings: SettingsArgs,
    /// The SQLite database file (created if missing).
    #[arg(long, env = "RINSE_DB", value_name = "FILE", default_value = DEFAULT_DB)]
    db: PathBuf,
}

/// Fetch settings from a sources file and flags (flags win).
#[derive(Debug, Args, Clone, Default)]
pub struct SettingsArgs {
    /// Take the [settings] of this sources file (its sources are ignored).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The User-Agent to send; name a contact URL or mailto: address.
    #[arg(long, value_name = "TEXT")]
    user_agent: Option<String>,
    /// Requests in flight at once, over all hosts.
    #[arg(long, value_name = "N")]
    concurrency: Option<usize>,
    /// Pause between requests to one host (e.g. 1s, 500ms).
    #[arg(long, value_name = "DURATION")]
    per_host_delay: Option<String>,
    /// Deadline for one request, body included (e.g. 30s).
    #[arg(long, value_name = "DURATION")]
    fetch_timeout: Option<String>,
    /// Allow this loopback or private network (CIDR, e.g. 127.0.0.1/32); repeatable.
    #[arg(long = "allow-private-network", value_name = "CIDR")]
    allow_private_networks: Vec<String>,
}

impl SettingsArgs {
    /// The settings of the `--config` file (if any) with the flags applied, validated.
    pub fn settings(&self) -> anyhow::Result<FetchSettings> {
        let mut file = match &self.config {
            Some(path) => settings_table(path)?,
            None => SettingsFile::default(),
        };
        if let Some(agent) = &self.user_agent {
            file.user_agent = Some(agent.clone());
        }
        file.concurrency = self.concurrency.or(file.concurrency);
        if let Some(delay) = &self.per_host_delay {
            file.per_host_delay = Some(delay.clone());
        }
        if let Some(timeout) = &self.fetch_timeout {
            file.fetch_timeout = Some(timeout.clone());
        }
        if !self.allow_private_networks.is_empty() {
            let mut networks = file.allow_private_networks.take().unwrap_or_default();
            networks.extend(self.allow_private_networks.iter().cloned());
            file.allow_private_networks = Some(networks);
        }
        file.validate().map_err(|message| anyhow::anyhow!("invalid fetch setting: {message}"))
    }
}

/// The `[settings]` table of a sources file, parsed but not yet validated.
fn settings_table(path: &Path) -> Result<SettingsFile, ConfigError> {
    let error = |message: String| ConfigError { path: path.to_owned(), message };
    let text = std::fs::read_to_string(path).map_err(|e| error(format!("cannot read the file: {e}")))?;
    let file: SourcesFile = toml::from_str(&text).map_err(|e| error(e.to_string().trim_end().to_owned()))?;
    Ok(file.settings)
}

pub fn run(args: FetchArgs, quiet: bool) -> anyhow::Result<u8> {
    let settings = args.settings.settings()?;
    let mut seeds = Vec::with_capacity(args.urls.len());
    for text in &args.urls {
        let url = check_url(text).map_err(anyhow::Error::msg)?;
        seeds.push(Seed { name: url.to_string(), url });
    }
    runtime()?.block_on(async move {
        let started = Instant::now();
        let session = Session::open(&args.db, settings, quiet).await?;
        let arguments = super::arguments_after("fetch");
        let mut engine = session.engine();
        engine.start_run("fetch", &arguments, seeds).await?;
        let mut reports = Vec::new();
        while !engine.is_idle() {
            reports.extend(engine.drive(None).await.runs);
        }
        drop(engine);
        session.close().await;
        let mut code = EXIT_OK;
        for done in reports {
            let what = format!("Fetch #{} into {}", done.report.import_id, args.db.display());
            code = code.max(print_report(&done.report, &what, started.elapsed().max(done.elapsed)));
        }
        Ok(code)
    })
}

/// The async runtime of the fetch commands: two workers (fetching is I/O bound; cleaning
/// runs on the blocking pool).
pub(crate) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// The database, the fetcher, the bookkeeper and the shutdown signal of one command.
pub(crate) struct Session {
    pub store: Store,
    pub fetcher: Arc<Fetcher>,
    pub stop: Stop,
    progress: Progress,
    book: Option<crate::fetch::log::BookSender>,
    bookkeeper: tokio::task::JoinHandle<()>,
    _signals: tokio::task::JoinHandle<()>,
}

impl Session {
    pub async fn open(db: &Path, settings: FetchSettings, quiet: bool) -> anyhow::Result<Session> {
        let store = Store::open(db).await.with_context(|| format!("cannot open the database {}", db.display()))?;
        let (book, bookkeeper) = Bookkeeper::spawn(store.clone());
        let fetcher = Arc::new(Fetcher::new(settings, book.clone())?);
        let (stop, handle) = Stop::new();
        let signals = tokio::spawn(watch_signals(handle, store.clone()));
        Ok(Session {
            store,
            fetcher,
            stop,
            progress: Progress::new(!quiet),
            book: Some(book),
            bookkeeper,
            _signals: signals,
        })
    }

    pub fn engine(&self) -> Engine {
        let book = self.book.clone().unwrap_or_else(|| tokio::sync::mpsc::unbounded_channel().0);
        Engine::new(Arc::clone(&self.fetcher), self.store.clone(), book, self.stop.clone(), self.progress.clone())
    }

    /// Wait for the fetch log to be written and close the database. Call after dropping
    /// every engine.
    pub async fn close(mut self) {
        self.progress.finish();
        drop(self.book.take());
        drop(self.fetcher);
        let _ = self.bookkeeper.await;
        self.store.close().await;
    }
}

/// First Ctrl-C or SIGTERM: stop starting fetches and let those in flight finish. Second:
/// exit at once (committed documents stay whole; the batch in flight is rolled back).
async fn watch_signals(handle: StopHandle, store: Store) {
    if shutdown_signal().await {
        progress::suspend(|| {
            eprintln!("rinse: stopping: finishing the fetches in flight (press Ctrl-C again to abort)")
        });
        handle.stop();
        if shutdown_signal().await {
            abort_now(&store).await;
        }
    }
}

/// Hosts named in the summary line of URLs held back; the rest are counted.
const MAX_HELD_HOSTS_SHOWN: usize = 3;

/// Print a run's summary; its exit status.
pub(crate) fn print_report(report: &RunReport, what: &str, elapsed: Duration) -> u8 {
    out!("{}", report.tally.summary(&headline(report, what), elapsed));
    if report.over_limit > 0 {
        outln!("  {} entries left for the next run (max_urls_per_source)", report.over_limit);
    }
    if report.unlinked > 0 {
        outln!("  {} feed entries without an address to fetch (no link, and no URL as guid)", report.unlinked);
    }
    if report.held > 0 {
        let mut hosts: Vec<String> = report
            .held_hosts
            .iter()
            .take(MAX_HELD_HOSTS_SHOWN)
            .map(|(origin, until)| {
                format!("{origin} until {}", until.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            })
            .collect();
        if report.held_hosts.len() > MAX_HELD_HOSTS_SHOWN {
            hosts.push(format!("and {} more", report.held_hosts.len() - MAX_HELD_HOSTS_SHOWN));
        }
        outln!(
            "  {} not requested: the host asked for a pause ({}); a later run fetches them",
            counted(report.held, "URL", "URLs"),
            hosts.join(", ")
        );
    }
    if report.cancelled > 0 {
        outln!(
            "Interrupted: {} not fetched; run again to fetch them.",
            counted(report.cancelled, "URL was", "URLs were")
        );
    }
    if let Some(error) = &report.error {
        outln!("Database error: {error}");
    }
    outln!("Details: SELECT * FROM fetch_log WHERE import_id = {};", report.import_id);
    if report.status == Some(ImportStatus::Interrupted) {
        EXIT_INTERRUPTED
    } else if report.counts().failed > 0 || report.error.is_some() {
        EXIT_SOME_FAILED
    } else {
        EXIT_OK
    }
}

/// The first line of a run's summary. `fetched` counts the URLs that gave content or a 304,
/// not every HTTP response: a 404 is a failure, counted below it.
fn headline(report: &RunReport, what: &str) -> String {
    format!(
        "{what}: {} fetched with success ({} not modified), {} read, {} already known",
        counted(report.fetched, "URL", "URLs"),
        report.not_modified,
        counted(report.listed, "feed or sitemap", "feeds and sitemaps"),
        counted(report.known, "entry", "entries")
    )
}

/// `n` with the noun in the number it needs.
fn counted(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

#[derive(Debug, Args)]
pub struct BenchFetchArgs {
    /// Pages the local server offers (listed in its sitemap).
    #[arg(long, value_name = "N", default_value_t = 500)]
    pages: usize,
    /// Requests in flight at once (all to the local host; no politeness delay).
    #[arg(long, value_name = "N", default_value_t = 8)]
    concurrency: usize,
    /// The database to fill [default: a new one in a temporary folder].
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
}

/// `rinse bench-fetch`: one line with the fetch throughput.
pub fn bench(args: BenchFetchArgs) -> anyhow::Result<u8> {
    let temp = tempfile_dir()?;
    let db = args.db.clone().unwrap_or_else(|| temp.join("bench-fetch.db"));
    let result = runtime()?.block_on(crate::fetch::bench::bench_fetch(&db, args.pages, args.concurrency));
    let _ = std::fs::remove_dir_all(&temp);
    let result = result?;
    outln!(
        "fetch: {} pages from a local server in {:.2}s: {:.0} pages/s into the database \
         (concurrency {}, no politeness delay; {} stored, {} failed)",
        result.pages,
        result.elapsed.as_secs_f64(),
        result.pages_per_second(),
        args.concurrency.clamp(1, 16),
        result.stored,
        result.failed
    );
    Ok(if result.failed > 0 { EXIT_SOME_FAILED } else { EXIT_OK })
}

/// A fresh folder under the system's temporary folder.
fn tempfile_dir() -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("rinse-bench-fetch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headline_counts_urls_fetched_not_responses() {
        // Feed, a page, a 304; the 404s of a run are failures and not in this number.
        let report = RunReport { fetched: 3, not_modified: 1, listed: 1, known: 2, ..RunReport::default() };
        assert_eq!(
            headline(&report, "Fetch #3 into f.db"),
            "Fetch #3 into f.db: 3 URLs fetched with success (1 not modified), 1 feed or sitemap read, 2 entries already known"
        );
        let one = RunReport { fetched: 1, listed: 2, known: 1, ..RunReport::default() };
        assert_eq!(
            headline(&one, "Fetch #4"),
            "Fetch #4: 1 URL fetched with success (0 not modified), 2 feeds and sitemaps read, 1 entry already known"
        );
    }

    #[test]
    fn flags_override_the_settings_of_the_config_file() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let config = dir.path().join("sources.toml");
        let text = "[settings]\nper_host_delay = \"3s\"\nconcurrency = 2\nallow_private_networks = [\"10.0.0.0/8\"]\n";
        std::fs::write(&config, text).unwrap_or_else(|e| panic!("{e}"));
        let args = SettingsArgs {
            config: Some(config),
            per_host_delay: Some("250ms".into()),
            allow_private_networks: vec!["127.0.0.1/32".into()],
            ..SettingsArgs::default()
        };
        let settings = args.settings().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(settings.per_host_delay, Duration::from_millis(250));
        assert_eq!(settings.concurrency, 2);
        assert_eq!(settings.allow_private_networks.len(), 2);
        let bad = SettingsArgs { user_agent: Some("bot".into()), ..SettingsArgs::default() };
        let error = bad.settings().err().map(|e| e.to_string()).unwrap_or_default();
        assert!(error.contains("settings.user_agent"), "{error}");
    }
}
