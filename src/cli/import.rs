//! `rinse import`: files into the database, with a progress line and a closing summary.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::Context;
use clap::Args;
use tracing::info;

use super::progress::{self, Progress};
use super::{EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, InputArgs};
use crate::clean::CleanOptions;
use crate::clean::block::{BLOCK_LIMIT, MARKUP_LIMIT, MAX_BLOCKS};
use crate::error::Problem;
use crate::pipeline::{self, RunOptions, StopFlag};
use crate::store::{ImportCounts, ImportStatus, Store, WriteItem, WriteOutcome, Writer};

/// The default database file, in the current folder.
pub const DEFAULT_DB: &str = "rinse.db";
/// Problems listed in the summary; the rest are in the `import_problems` table.
const SUMMARY_PROBLEMS: usize = 20;

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    input: InputArgs,
    /// The SQLite database file (created if missing).
    #[arg(long, env = "RINSE_DB", value_name = "FILE", default_value = DEFAULT_DB)]
    db: PathBuf,
}

/// What the summary needs, gathered as outcomes arrive.
#[derive(Default)]
pub(crate) struct Tally {
    pub counts: ImportCounts,
    pub new_versions: u64,
    /// Stored documents whose page went on past the block limit (the rest unread).
    pub cut_short: u64,
    pub skipped_by_reason: BTreeMap<&'static str, u64>,
    pub failed_by_reason: BTreeMap<&'static str, u64>,
    pub problems: Vec<String>,
    pub cut_notes: Vec<String>,
}

impl Tally {
    pub fn record(&mut self, item: &WriteItem, outcome: &WriteOutcome) {
        self.counts.record(outcome);
        if let (WriteItem::Document(doc), WriteOutcome::Stored { .. }) = (item, outcome) {
            let blocks_cut = doc.removals.iter().find(|r| r.rule == BLOCK_LIMIT);
            let markup_cut = doc.removals.iter().find(|r| r.rule == MARKUP_LIMIT);
            if blocks_cut.is_some() || markup_cut.is_some() {
                self.cut_short += 1;
            }
            if let Some(cut) = markup_cut {
                self.note_cut(format!(
                    "{}: its markup is read only up to where the parse was cut (too deep, too many elements or too costly); {} characters after that were not read",
                    doc.source, cut.chars
                ));
            }
            if let Some(cut) = blocks_cut {
                self.note_cut(format!(
                    "{}: only its first {MAX_BLOCKS} blocks are stored; about {} characters after them were not read",
                    doc.source, cut.chars
                ));
            }
        }
        match (item, outcome) {
            (_, WriteOutcome::Stored { version, .. }) if *version > 1 => self.new_versions += 1,
            (WriteItem::Problem(problem), WriteOutcome::Recorded { .. }) => self.problem(problem),
            (WriteItem::Document(doc), WriteOutcome::Rejected { detail }) => {
                *self.failed_by_reason.entry("store").or_default() += 1;
                self.note(format!("{}: store ({detail})", doc.source));
            }
            _ => {}
        }
    }

    fn problem(&mut self, problem: &Problem) {
        let by_reason = if problem.is_failure() { &mut self.failed_by_reason } else { &mut self.skipped_by_reason };
        *by_reason.entry(problem.reason.as_str()).or_default() += 1;
        if problem.is_failure() {
            self.note(problem.to_string());
        }
    }

    fn note(&mut self, line: String) {
        if self.problems.len() < SUMMARY_PROBLEMS {
            self.problems.push(line);
        }
    }

    fn note_cut(&mut self, line: String) {
        if self.cut_notes.len() < SUMMARY_PROBLEMS {
            self.cut_notes.push(line);
        }
    }

    pub fn status_line(&self) -> String {
        let c = &self.counts;
        format!("stored {} · unchanged {} · skipped {} · failed {}", c.stored, c.unchanged, c.skipped, c.failed)
    }

    /// The closing summary, several lines.
    pub fn summary(&self, what: &str, elapsed: std::time::Duration) -> String {
        let c = &self.counts;
        let reasons = |m: &BTreeMap<&str, u64>| {
            if m.is_empty() {
                String::new()
            } else {
                format!("  ({})", m.iter().map(|(r, n)| format!("{r}: {n}")).collect::<Vec<_>>().join(", "))
            }
        };
        let mut out = format!("{what} in {:.1}s\n", elapsed.as_secs_f64());
        out += &format!(
            "  stored     {:>8}  ({} new, {} new versions)\n",
            c.stored,
            c.stored - self.new_versions,
            self.new_versions
        );
        if self.cut_short > 0 {
            out += &format!(
                "             {:>8}  cut short: the rest of a huge page not read (rules block_limit, markup_limit)\n",
                self.cut_short
            );
        }
        out += &format!("  unchanged  {:>8}\n", c.unchanged);
        out += &format!("  skipped    {:>8}{}\n", c.skipped, reasons(&self.skipped_by_reason));
        out += &format!("  failed     {:>8}{}\n", c.failed, reasons(&self.failed_by_reason));
        if !self.cut_notes.is_empty() {
            out += "Cut short:\n";
            for note in &self.cut_notes {
                out += &format!("  {}\n", printable(note));
            }
        }
        if !self.problems.is_empty() {
            out += "Failures:\n";
            for p in &self.problems {
                out += &format!("  {}\n", printable(&p.to_string()));
            }
            if c.failed as usize > self.problems.len() {
                out += &format!(
                    "  ... and {} more (see the import_problems table)\n",
                    c.failed as usize - self.problems.len()
                );
            }
        }
        out
    }
}

/// `text` with its control characters escaped (`\n`, `\r`, `\x1B`): a file name holding a
/// line break or a terminal escape must not forge lines of the summary or recolour it.
fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(char::is_control) {
        return text.into();
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            '\t' => escaped.push_str("\\t"),
            c if c.is_control() => escaped.push_str(&format!("\\x{:02X}", u32::from(c))),
            c => escaped.push(c),
        }
    }
    escaped.into()
}

pub fn run(args: ImportArgs, quiet: bool) -> anyhow::Result<u8> {
    let inputs = args.input.inputs()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let started = Instant::now();
        let store =
            Store::open(&args.db).await.with_context(|| format!("cannot open the database {}", args.db.display()))?;
        let arguments = super::arguments_after("import");
        let import_id = store.begin_import("import", &arguments).await?;
        info!(import_id, db = %args.db.display(), "Import started.");

        let progress = Progress::new(!quiet);
        let tally = Arc::new(Mutex::new(Tally::default()));
        let (sender, writer) = {
            let tally = Arc::clone(&tally);
            let progress = progress.clone();
            Writer::new(store.clone(), import_id).spawn(256, move |item, outcome| {
                if let Ok(mut t) = tally.lock() {
                    t.record(item, outcome);
                    progress.inc(|| t.status_line());
                }
            })
        };

        let stop = StopFlag::default();
        let interrupted = Arc::new(std::sync::atomic::AtomicBool::new(false));
        {
            let stop = stop.clone();
            let interrupted = Arc::clone(&interrupted);
            let store = store.clone();
            tokio::spawn(async move {
                if shutdown_signal().await {
                    interrupted.store(true, std::sync::atomic::Ordering::SeqCst);
                    progress::suspend(|| {
                        eprintln!("rinse: stopping: finishing the pages in flight (press Ctrl-C again to abort)")
                    });
                    stop.stop();
                    if shutdown_signal().await {
                        abort_now(&store).await;
                    }
                }
            });
        }

        let mut read = args.input.read_options()?;
        read.exclude = read.exclude.with_database(&args.db);
        let opts = RunOptions { read, clean: CleanOptions::default(), workers: args.input.workers() };
        let pipeline = tokio::task::spawn_blocking(move || {
            pipeline::run(inputs, &opts, &stop, |result| {
                let item = match result {
                    Ok(processed) => WriteItem::Document(processed.document),
                    Err(problem) => WriteItem::Problem(problem),
                };
                // The writer only goes away on a database error, reported below.
                let _ = sender.blocking_send(item);
            })
        });
        let read_stats = pipeline.await.context("the pipeline stopped unexpectedly")?;
        let write_result = writer.await.context("the database writer stopped unexpectedly")?;
        progress.finish();

        let tally = tally.lock().map(|mut t| std::mem::take(&mut *t)).unwrap_or_default();
        let interrupted = interrupted.load(std::sync::atomic::Ordering::SeqCst);
        let status = match (&write_result, interrupted) {
            (Err(_), _) => ImportStatus::Failed,
            (Ok(_), true) => ImportStatus::Interrupted,
            (Ok(_), false) => ImportStatus::Completed,
        };
        store.finish_import(import_id, status, &tally.counts).await?;
        store.close().await;
        write_result.with_context(|| format!("writing to {} failed", args.db.display()))?;

        let what = format!(
            "Import #{import_id} into {}: {} {}, {:.1} MB read",
            args.db.display(),
            read_stats.files_opened(),
            if read_stats.files_opened() == 1 { "file" } else { "files" },
            read_stats.bytes_read() as f64 / 1e6
        );
        out!("{}", tally.summary(&what, started.elapsed()));
        if interrupted {
            outln!("Interrupted: run the same command again to import the rest (what is stored stays unchanged).");
        }
        Ok(if interrupted {
            EXIT_INTERRUPTED
        } else if tally.counts.failed > 0 {
            EXIT_SOME_FAILED
        } else {
            EXIT_OK
        })
    })
}

/// Resolves when Ctrl-C or SIGTERM arrives (true), or never if signals cannot be watched.
/// The second Ctrl-C: mark this process's imports interrupted (briefly: the database may be
/// the thing that hangs) and exit with status 130.
pub(crate) async fn abort_now(store: &Store) -> ! {
    let _ = tokio::time::timeout(ABORT_BOOKKEEPING, store.abandon_open_imports()).await;
    std::process::exit(130)
}

/// How long the second Ctrl-C waits to mark imports interrupted before exiting anyway.
const ABORT_BOOKKEEPING: std::time::Duration = std::time::Duration::from_secs(2);

pub(crate) async fn shutdown_signal() -> bool {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let Ok(mut term) = signal(SignalKind::terminate()) else {
            return tokio::signal::ctrl_c().await.is_ok();
        };
        tokio::select! {
            r = tokio::signal::ctrl_c() => r.is_ok(),
            _ = term.recv() => true,
        }
    }
    #[cfg(not(unix))]
    {
        tokio::signal::ctrl_c().await.is_ok()
    }
}
