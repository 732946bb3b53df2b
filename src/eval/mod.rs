//! Evaluation of the cleaner against labelled pages (the layout of ../shared/bench): runs an
//! extractor over a set, times the extraction calls alone, and scores the output with the
//! same numbers as the reference scorer `score.py` (shingle, snippet and bag-of-words
//! metrics), plus metadata accuracy and the worst pages with what leaked and what was missed.
//!
//! ```no_run
//! # use std::path::Path;
//! use rinse::eval::{self, EvalOptions, Extracted, Track};
//! let opts = EvalOptions { worst: 5, ..EvalOptions::default() };
//! let report = eval::run(Path::new("bench/scrapinghub"), Track::Dump, &opts, |bytes, _url| {
//!     Extracted::from_text(String::from_utf8_lossy(bytes).into_owned())
//! })?;
//! println!("{}", report.render_table());
//! # Ok::<(), eval::EvalError>(())
//! ```

pub mod learn;
mod manifest;
mod report;
mod score;
mod tokenize;

use std::collections::HashSet;
use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Instant;

use tracing::debug;

pub use manifest::{MANIFEST_FILE, ManifestEntry, load_manifest, load_outputs};
pub use report::{
    EvalReport, FieldAccuracy, GroupScores, MetadataAccuracy, MissedSnippet, PageFailure, Removal, Throughput,
    WorstPage, render_combined,
};
pub use score::{BowScores, PageBow, PageShingles, ShingleScores, SnippetCounts, SnippetScores};
pub use tokenize::{collapse_whitespace, is_python_space, is_word_char, tokens};

use manifest::OutputWriter;
use report::{PageOutcome, ReportBuilder};

/// Which input of each page the extractor is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Track {
    /// The page as served (`html/`).
    Html,
    /// The plain-text dump of the page (`dump/`).
    Dump,
}

impl Track {
    pub fn as_str(self) -> &'static str {
        match self {
            Track::Html => "html",
            Track::Dump => "dump",
        }
    }

    /// The input file of `entry` for this track, relative to the set folder.
    pub fn input(self, entry: &ManifestEntry) -> Option<&Path> {
        match self {
            Track::Html => entry.html.as_deref(),
            Track::Dump => entry.dump.as_deref(),
        }
    }
}

impl fmt::Display for Track {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Track {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "html" => Ok(Track::Html),
            "dump" | "text" => Ok(Track::Dump),
            other => Err(format!("unknown track {other:?} (expected html or dump)")),
        }
    }
}

/// What the extractor returns for one page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// The main text.
    pub text: String,
    pub title: Option<String>,
    pub author: Option<String>,
    /// ISO 8601; only the first 10 characters (`YYYY-MM-DD`) are compared.
    pub published: Option<String>,
    /// What the cleaner removed, as (rule id, removed block text), to explain missed snippets.
    pub explain: Vec<(String, String)>,
}

impl Extracted {
    /// An extraction with a text and nothing else.
    pub fn from_text(text: String) -> Self {
        Extracted { text, ..Extracted::default() }
    }
}

/// How to run and report an evaluation.
#[derive(Debug, Clone, Default)]
pub struct EvalOptions {
    /// Also report per value of this manifest field (e.g. `page_type`).
    pub by: Option<String>,
    /// How many of the worst pages (lowest shingle F1) to list.
    pub worst: usize,
    /// Write the extractions as `{"id", "text"}` lines, the input format of `score.py`.
    pub output: Option<PathBuf>,
    /// Only evaluate these ids (cross-validation folds); `None` evaluates every page.
    pub ids: Option<HashSet<String>>,
}

/// Why an evaluation could not run at all. Problems with single pages are not errors: they
/// are counted in [`EvalReport::failures`] and the page is scored as an empty output.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{} line {line}: {reason}", path.display())]
    BadLine { path: PathBuf, line: usize, reason: String },
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: std::io::Error },
}

/// Runs `extract` over every page of the set for the track, timing only the extraction
/// calls (pages/s and MB/s of input bytes), and scores the results.
///
/// A page whose input cannot be read, or on which the extractor panics, is recorded as a
/// failure and scored like a missing output in `score.py` (empty text, every `with`
/// snippet missed).
pub fn run<F>(set_dir: &Path, track: Track, opts: &EvalOptions, mut extract: F) -> Result<EvalReport, EvalError>
where
    F: FnMut(&[u8], Option<&str>) -> Extracted,
{
    let entries = selected(load_manifest(set_dir)?, opts);
    let mut writer = opts.output.as_deref().map(OutputWriter::create).transpose()?;
    let mut builder = ReportBuilder::new(set_name(set_dir), Some(track), opts);
    warm_up(set_dir, track, &entries, &mut extract);
    for entry in &entries {
        let extraction = read_and_extract(set_dir, track, entry, &mut extract);
        let outcome = match &extraction {
            Ok((extracted, timing)) => PageOutcome::extracted(extracted, *timing),
            Err(detail) => {
                debug!(id = %entry.id, detail = %detail, "Scored a page without output.");
                builder.fail(&entry.id, detail.clone());
                PageOutcome::missing(true)
            }
        };
        if let Some(writer) = writer.as_mut() {
            writer.write(&entry.id, extraction.as_ref().ok().map(|(extracted, _)| extracted))?;
        }
        builder.add(set_dir, entry, &outcome);
    }
    if let Some(writer) = writer {
        writer.finish()?;
    }
    Ok(builder.finish())
}

/// Extracts every readable page once, untimed, so that pages/s measures the steady state
/// of a long import: the first calls build the rules' vocabularies and patterns and fill
/// the regex engines' lazy DFA caches (about a fifth of one pass over a set), a cost paid
/// once per process that would otherwise be charged to the first pages timed. Nothing
/// the extractor keeps between pages depends on a page's text, so the timed pass that
/// follows is not helped by having seen the same pages.
fn warm_up<F>(set_dir: &Path, track: Track, entries: &[ManifestEntry], extract: &mut F)
where
    F: FnMut(&[u8], Option<&str>) -> Extracted,
{
    for entry in entries {
        let Some(bytes) = track.input(entry).and_then(|input| std::fs::read(set_dir.join(input)).ok()) else {
            continue;
        };
        // A panic here is reported when the page comes up in the timed loop.
        let _ = panic::catch_unwind(AssertUnwindSafe(|| extract(&bytes, entry.url.as_deref())));
    }
}

/// Scores an existing output file (`{"id", "text"}` per line) the way `score.py` does:
/// a missing id or a null text is an empty extraction. There is no timing nor metadata.
pub fn score_output_file(set_dir: &Path, output: &Path, opts: &EvalOptions) -> Result<EvalReport, EvalError> {
    let entries = selected(load_manifest(set_dir)?, opts);
    let outputs = load_outputs(output)?;
    let mut builder = ReportBuilder::new(set_name(set_dir), None, opts);
    let known: HashSet<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    builder.unknown_ids = outputs.keys().filter(|id| !known.contains(id.as_str())).count();
    for entry in &entries {
        let outcome = match outputs.get(&entry.id) {
            Some(text) => PageOutcome::scored_text(text.as_deref()),
            None => PageOutcome::missing(false),
        };
        builder.add(set_dir, entry, &outcome);
    }
    Ok(builder.finish())
}

/// Per page timing of one extraction call.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timing {
    pub(crate) bytes: u64,
    pub(crate) seconds: f64,
}

fn read_and_extract<F>(
    set_dir: &Path,
    track: Track,
    entry: &ManifestEntry,
    extract: &mut F,
) -> Result<(Extracted, Timing), String>
where
    F: FnMut(&[u8], Option<&str>) -> Extracted,
{
    let relative = track.input(entry).ok_or_else(|| format!("the manifest gives no {track} file"))?;
    let path = set_dir.join(relative);
    let bytes = std::fs::read(&path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let started = Instant::now();
    let result = panic::catch_unwind(AssertUnwindSafe(|| extract(&bytes, entry.url.as_deref())));
    let seconds = started.elapsed().as_secs_f64();
    let extracted = result.map_err(|payload| format!("the extractor panicked: {}", panic_message(&*payload)))?;
    Ok((extracted, Timing { bytes: bytes.len() as u64, seconds }))
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<&str>() {
        (*message).to_owned()
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else {
        "(no message)".to_owned()
    }
}

fn selected(entries: Vec<ManifestEntry>, opts: &EvalOptions) -> Vec<ManifestEntry> {
    match &opts.ids {
        Some(ids) => entries.into_iter().filter(|e| ids.contains(&e.id)).collect(),
        None => entries,
    }
}

/// The set's name as `score.py` prints it (the folder's base name).
fn set_name(set_dir: &Path) -> String {
    let name = set_dir.file_name().map(|n| n.to_string_lossy().into_owned());
    name.or_else(|| {
        let absolute = std::fs::canonicalize(set_dir).ok()?;
        absolute.file_name().map(|n| n.to_string_lossy().into_owned())
    })
    .unwrap_or_else(|| set_dir.display().to_string())
}

#[cfg(test)]
mod tests;
