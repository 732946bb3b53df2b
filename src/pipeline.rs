//! The wiring of the stages. A reader thread streams pages from the inputs; worker threads
//! decode, clean and normalise them (one page never stops the others: errors and even
//! panics become counted [`Problem`]s); results come back in input order, so a run over
//! the same inputs always writes the same rows in the same order.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender, bounded};
use tracing::{debug, warn};

use crate::clean::{self, CleanOptions};
use crate::decode;
use crate::error::{Problem, Reason};
use crate::model::{CleanDocument, DecodedPage, NewDocument, RawPage};
use crate::normalize;
use crate::read::{Input, ReadOptions, ReadStats, Reader};

/// A page that was cleaned and normalised.
#[derive(Debug)]
pub struct Processed {
    pub page: DecodedPage,
    pub clean: CleanDocument,
    pub document: NewDocument,
}

/// Pages that take longer than this are logged: the cleaner is linear, so a slow page
/// points to a bug or a pathological input worth a look.
const SLOW_PAGE: Duration = Duration::from_secs(1);

/// Decode, clean and normalise one page. A page with no main text is a skip.
pub fn process(raw: RawPage, opts: &CleanOptions) -> Result<Processed, Problem> {
    let source = raw.source.clone();
    let started = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| -> Result<Processed, Problem> {
        // Warnings from inside the cleaner (a page cut short) name the page. At warn level,
        // so that the span is on whenever warnings are.
        let _page = tracing::warn_span!("page", source = %source).entered();
        let page = decode::decode(raw)?;
        let clean = clean::clean(&page, opts);
        let document = normalize::normalize(&page, &clean);
        if document.body.is_empty() {
            return Err(Problem::new(&page.source, Reason::NoMainText, nothing_kept(&clean)));
        }
        Ok(Processed { page, clean, document })
    }));
    let elapsed = started.elapsed();
    if elapsed > SLOW_PAGE {
        warn!(source = %source, elapsed_ms = elapsed.as_millis() as u64, "Page took long to clean.");
    }
    match result {
        Ok(r) => r,
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            Err(Problem::new(source, Reason::Internal, format!("the cleaner failed: {message}")))
        }
    }
}

/// Why a page has no main text, in the words of `--explain`: the rules that removed its
/// blocks, the most blocks first (`the cleaner kept no text; it removed 3 blocks:
/// nav_list 2, title_repeat 1`).
fn nothing_kept(clean: &CleanDocument) -> String {
    if clean.removed.is_empty() {
        return "the cleaner kept no text; the page has none".to_owned();
    }
    let mut by_rule: Vec<(crate::model::RuleId, usize)> = Vec::new();
    for removed in &clean.removed {
        match by_rule.iter_mut().find(|(rule, _)| *rule == removed.rule) {
            Some((_, count)) => *count += 1,
            None => by_rule.push((removed.rule, 1)),
        }
    }
    // Stable sort: rules with as many blocks stay in page order.
    by_rule.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
    let rules: Vec<String> = by_rule.iter().map(|(rule, count)| format!("{rule} {count}")).collect();
    let blocks = clean.removed.len();
    let plural = if blocks == 1 { "" } else { "s" };
    format!("the cleaner kept no text; it removed {blocks} block{plural}: {}", rules.join(", "))
}

/// Settings of a pipeline run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub read: ReadOptions,
    pub clean: CleanOptions,
    /// Worker threads for decoding and cleaning.
    pub workers: usize,
}

/// A handle to stop a run early: reading stops, pages in flight are finished.
#[derive(Debug, Clone, Default)]
pub struct StopFlag(Arc<AtomicBool>);

impl StopFlag {
    pub fn stop(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn is_stopped(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// Pages in flight per worker: enough to keep workers busy, few enough to bound memory.
const IN_FLIGHT_PER_WORKER: usize = 4;

/// Run reader and workers over `inputs`, handing every result to `sink` in input order,
/// on the calling thread. Returns the reader's statistics.
pub fn run<F>(inputs: Vec<Input>, opts: &RunOptions, stop: &StopFlag, mut sink: F) -> Arc<ReadStats>
where
    F: FnMut(Result<Processed, Problem>),
{
    let workers = opts.workers.max(1);
    let capacity = workers * IN_FLIGHT_PER_WORKER;
    let reader = Reader::new(inputs, opts.read.clone());
    let stats = reader.stats();
    let (raw_tx, raw_rx) = bounded::<(u64, Result<RawPage, Problem>)>(capacity);
    let (done_tx, done_rx) = bounded::<(u64, Result<Processed, Problem>)>(capacity);
    thread::scope(|scope| {
        let stop_reader = stop.clone();
        scope.spawn(move || read_all(reader, raw_tx, &stop_reader));
        for _ in 0..workers {
            let rx = raw_rx.clone();
            let tx = done_tx.clone();
            let clean_opts = &opts.clean;
            scope.spawn(move || work(rx, tx, clean_opts));
        }
        drop(raw_rx);
        drop(done_tx);
        deliver_in_order(done_rx, &mut sink);
    });
    stats
}

fn read_all(reader: Reader, tx: Sender<(u64, Result<RawPage, Problem>)>, stop: &StopFlag) {
    for (seq, item) in (0u64..).zip(reader) {
        if stop.is_stopped() {
            debug!("Stopped reading on request.");
            break;
        }
        if tx.send((seq, item)).is_err() {
            break;
        }
    }
}

fn work(
    rx: Receiver<(u64, Result<RawPage, Problem>)>,
    tx: Sender<(u64, Result<Processed, Problem>)>,
    opts: &CleanOptions,
) {
    for (seq, item) in rx {
        let result = item.and_then(|raw| process(raw, opts));
        if tx.send((seq, result)).is_err() {
            break;
        }
    }
}

/// Hand results to `sink` in sequence order. Out-of-order results wait in a small buffer
/// (at most the number of pages in flight).
fn deliver_in_order<F>(rx: Receiver<(u64, Result<Processed, Problem>)>, sink: &mut F)
where
    F: FnMut(Result<Processed, Problem>),
{
    let mut waiting = std::collections::BTreeMap::new();
    let mut next = 0u64;
    for (seq, result) in rx {
        waiting.insert(seq, result);
        while let Some(result) = waiting.remove(&next) {
            sink(result);
            next += 1;
        }
    }
    // Only reachable if a worker died without sending; deliver what is left, in order.
    for (_, result) in waiting {
        sink(result);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PageHints, SourceKind};

    fn raw(source: &str, body: &str) -> RawPage {
        RawPage {
            source: source.into(),
            source_kind: SourceKind::File,
            url: None,
            kind: None,
            content_type: None,
            fetched_at: None,
            hints: PageHints::default(),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_page_with_no_text_is_a_skip_with_its_source() {
        let err = process(raw("a.txt", "   \n  "), &CleanOptions::default()).err();
        let err = err.unwrap_or_else(|| panic!("expected a problem"));
        assert_eq!(err.source, "a.txt");
        assert!(!err.is_failure());
    }

    #[test]
    fn a_page_of_menus_says_which_rules_removed_it() {
        let menu = "Home\nNews\nSport\nWeather\nContact\nShare on Facebook\nShare on Twitter\n";
        let err = process(raw("menu.txt", menu), &CleanOptions::default()).err();
        let err = err.unwrap_or_else(|| panic!("expected a problem"));
        assert_eq!(err.reason, Reason::NoMainText);
        assert!(err.detail.starts_with("the cleaner kept no text; it removed 7 blocks: "), "{}", err.detail);
        assert!(err.detail.contains("share_prompt 2"), "{}", err.detail);
    }

    #[test]
    fn results_arrive_in_input_order() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let body = "The minister said on Tuesday that the talks would resume in Geneva next week, officials confirmed to reporters.";
        for i in 0..20 {
            std::fs::write(dir.path().join(format!("{i:02}.txt")), format!("{body} Page {i}.\n"))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let opts = RunOptions { read: ReadOptions::default(), clean: CleanOptions::default(), workers: 3 };
        let mut sources = Vec::new();
        run(vec![Input::Path(dir.path().to_path_buf())], &opts, &StopFlag::default(), |r| match r {
            Ok(p) => sources.push(p.page.source),
            Err(p) => sources.push(p.source),
        });
        let mut sorted = sources.clone();
        sorted.sort();
        assert_eq!(sources.len(), 20);
        assert_eq!(sources, sorted);
    }
}
