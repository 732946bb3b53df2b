//! `rinse run --config sources.toml`: the scheduler. Each source is fetched when it is due
//! (`every` after its last run started, or at its cron times); when each source last ran
//! lives in the database (`fetch_schedule`), so a restart resumes the schedule. `--once`
//! runs the due sources once and exits (for cron and systemd timers); `--check` validates
//! the file and prints the plan.

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::Args;
use tracing::{info, info_span, warn};

use super::EXIT_OK;
use super::fetch::{Session, print_report, runtime};
use super::import::DEFAULT_DB;
use crate::fetch::config::{Source, Sources, SourcesFile};
use crate::fetch::crawl::Seed;
use crate::fetch::db::{self, ScheduleState};

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The sources file (see config/sources.example.toml).
    #[arg(long, value_name = "FILE")]
    config: PathBuf,
    /// Fetch the sources that are due, once, then exit.
    #[arg(long)]
    once: bool,
    /// Check the sources file and print the plan; fetch nothing.
    #[arg(long, conflicts_with = "once")]
    check: bool,
    /// The SQLite database file (created if missing).
    #[arg(long, env = "RINSE_DB", value_name = "FILE", default_value = DEFAULT_DB)]
    db: PathBuf,
}

pub fn run(args: RunArgs, quiet: bool) -> anyhow::Result<u8> {
    let sources = SourcesFile::load(&args.config)?;
    if sources.sources.is_empty() {
        anyhow::bail!("{}: no [[source]] to fetch", args.config.display());
    }
    runtime()?.block_on(async move {
        if args.check {
            return check(&args, &sources).await;
        }
        schedule(&args, sources, quiet).await
    })
}

/// When a source is next due: at once if it never ran here, its URL changed or its last
/// run was interrupted; else by its schedule from its last start.
fn due_at(source: &Source, state: Option<&ScheduleState>, now: DateTime<Utc>) -> DateTime<Utc> {
    match state {
        Some(state) if state.url == source.url.as_str() && state.last_status.as_deref() == Some("completed") => {
            match state.last_started_at {
                Some(started) => source.schedule.next_after(started).unwrap_or(DateTime::<Utc>::MAX_UTC),
                None => now,
            }
        }
        _ => now,
    }
}

/// A time as `--check` prints it: the machine's local time with its UTC offset, the same for
/// the next and the last run so the two can be compared at a glance.
fn local_time(time: DateTime<Utc>) -> String {
    time.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M %:z").to_string()
}

async fn check(args: &RunArgs, sources: &Sources) -> anyhow::Result<u8> {
    let states = if args.db.exists() {
        let store = crate::store::Store::open(&args.db).await?;
        let states = db::schedule_states(store.pool()).await?;
        store.close().await;
        states
    } else {
        HashMap::new()
    };
    let s = &sources.settings;
    outln!("{}: {} sources, valid.", sources.path.display(), sources.sources.len());
    outln!("  user agent       {}", s.user_agent);
    outln!(
        "  concurrency      {} ({} per host, {} between requests to a host)",
        s.concurrency,
        s.per_host_connections,
        humantime::format_duration(s.per_host_delay)
    );
    outln!(
        "  limits           {} bytes per page, {} per feed or sitemap, {} URLs per source, timeout {}",
        s.max_body_bytes,
        s.max_sitemap_bytes,
        s.max_urls_per_source,
        humantime::format_duration(s.fetch_timeout)
    );
    let networks: Vec<String> = s.allow_private_networks.iter().map(ToString::to_string).collect();
    outln!("  private networks {}", if networks.is_empty() { "none allowed".to_owned() } else { networks.join(", ") });
    let now = Utc::now();
    // Columns as wide as their widest entry (a source without a name is named by its URL).
    let name_width = sources.sources.iter().map(|s| s.name.chars().count()).max().unwrap_or(0);
    let schedule_width = sources.sources.iter().map(|s| s.schedule.describe().chars().count()).max().unwrap_or(0);
    for source in &sources.sources {
        let state = states.get(&source.name);
        let due = due_at(source, state, now);
        let when = if due <= now { "due now".to_owned() } else { format!("next {}", local_time(due)) };
        let last =
            state.and_then(|s| s.last_started_at.map(|t| format!(", last run {}", local_time(t)))).unwrap_or_default();
        outln!(
            "  {:<name_width$}  {:<schedule_width$}  {}{last}  {}",
            source.name,
            source.schedule.describe(),
            when,
            source.url
        );
    }
    Ok(EXIT_OK)
}

async fn schedule(args: &RunArgs, sources: Sources, quiet: bool) -> anyhow::Result<u8> {
    let session = Session::open(&args.db, sources.settings.clone(), quiet).await?;
    let mut states = db::schedule_states(session.store.pool()).await?;
    let arguments = super::arguments_after("run");
    let by_name: HashMap<&str, &Source> = sources.sources.iter().map(|s| (s.name.as_str(), s)).collect();
    let mut engine = session.engine();
    let mut code = EXIT_OK;
    let mut started_once = false;
    info!(sources = sources.sources.len(), once = args.once, "Scheduler started.");
    loop {
        let now = Utc::now();
        let busy = engine.busy_sources();
        let stopping = session.stop.is_stopped();
        if !(stopping || (args.once && started_once)) {
            let due: Vec<Seed> = sources
                .sources
                .iter()
                .filter(|s| !busy.contains(&s.name) && due_at(s, states.get(&s.name), now) <= now)
                .map(|s| Seed { name: s.name.clone(), url: s.url.clone() })
                .collect();
            started_once = true;
            if !due.is_empty() {
                let names: Vec<&str> = due.iter().map(|s| s.name.as_str()).collect();
                let _span = info_span!("run", sources = %names.join(",")).entered();
                info!(due = due.len(), "Sources due.");
                engine.start_run("run", &arguments, due).await?;
            } else if args.once {
                outln!("No source is due; nothing to fetch (see `rinse run --check`).");
            }
        }
        if engine.is_idle() && (args.once || stopping) {
            break;
        }
        // The next time a source that is not running falls due.
        let busy = engine.busy_sources();
        let next_due = sources
            .sources
            .iter()
            .filter(|s| !busy.contains(&s.name))
            .map(|s| due_at(s, states.get(&s.name), now))
            .min()
            .map(|due| {
                let wait = (due - Utc::now()).to_std().unwrap_or_default();
                tokio::time::Instant::now() + wait
            });
        // While stopping, nothing new starts: wait for the running fetches alone.
        let until = if args.once || session.stop.is_stopped() { None } else { next_due };
        if engine.is_idle() {
            // Nothing running: sleep until a source is due or a stop.
            tokio::select! {
                _ = sleep_until_opt(until) => {}
                _ = session.stop.stopped() => {}
            }
            continue;
        }
        let progressed = engine.drive(until).await;
        for done in progressed.sources {
            let Some(source) = by_name.get(done.name.as_str()) else { continue };
            let finished = Utc::now();
            let completed = !done.interrupted;
            let state = ScheduleState {
                url: source.url.to_string(),
                schedule: source.schedule.describe(),
                last_started_at: Some(done.started_at),
                last_finished_at: Some(finished),
                last_status: Some(if completed { "completed" } else { "interrupted" }.to_owned()),
                next_due_at: if completed { source.schedule.next_after(done.started_at) } else { Some(finished) },
            };
            if let Err(error) = db::save_schedule(session.store.pool(), &done.name, &state, Some(done.import_id)).await
            {
                warn!(source = %done.name, error = %error, "Could not save the schedule state.");
            }
            states.insert(done.name, state);
        }
        for done in progressed.runs {
            let what = format!("Run #{} into {}", done.report.import_id, args.db.display());
            let status = print_report(&done.report, &what, done.elapsed);
            if args.once {
                code = code.max(status);
            }
        }
    }
    drop(engine);
    session.close().await;
    info!("Scheduler stopped.");
    // Only `--once` gathers a status (0, 1, or 130 when a signal stopped it); the long-running
    // mode is stopped by signals as its normal end.
    Ok(code)
}

async fn sleep_until_opt(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fetch::config::Schedule;
    use std::time::Duration;

    fn source() -> Source {
        Source {
            name: "blog".into(),
            url: url::Url::parse("https://example.org/feed").unwrap_or_else(|e| panic!("{e}")),
            schedule: Schedule::Every(Duration::from_secs(3600)),
        }
    }

    fn state(status: &str, started: DateTime<Utc>) -> ScheduleState {
        ScheduleState {
            url: "https://example.org/feed".into(),
            schedule: "every 1h".into(),
            last_started_at: Some(started),
            last_finished_at: Some(started),
            last_status: Some(status.into()),
            next_due_at: None,
        }
    }

    #[test]
    fn a_source_is_due_by_its_stored_schedule() {
        let now = Utc::now();
        let source = source();
        assert_eq!(due_at(&source, None, now), now, "never ran: due at once");
        let recent = state("completed", now - chrono::Duration::minutes(10));
        assert_eq!(due_at(&source, Some(&recent), now), now + chrono::Duration::minutes(50));
        let old = state("completed", now - chrono::Duration::hours(3));
        assert!(due_at(&source, Some(&old), now) < now, "overdue after downtime: due (once)");
        let interrupted = state("interrupted", now - chrono::Duration::minutes(10));
        assert_eq!(due_at(&source, Some(&interrupted), now), now, "an interrupted run is resumed at once");
        let mut moved = recent.clone();
        moved.url = "https://example.org/other".into();
        assert_eq!(due_at(&source, Some(&moved), now), now, "a new URL is a new source");
    }

    #[test]
    fn check_times_carry_their_utc_offset() {
        let time = DateTime::parse_from_rfc3339("2026-03-01T12:30:00Z").map(|t| t.with_timezone(&Utc));
        let shown = time.map(local_time).unwrap_or_default();
        // `2026-03-01 13:30 +01:00` in Paris, `2026-03-01 12:30 +00:00` on a UTC machine: never
        // a bare `UTC` beside a local time.
        let (date_and_clock, offset) = shown.rsplit_once(' ').unwrap_or_default();
        assert_eq!(date_and_clock.len(), "2026-03-01 12:30".len(), "{shown}");
        assert!(offset.starts_with(['+', '-']) && offset.len() == "+00:00".len(), "{shown}");
    }
}
