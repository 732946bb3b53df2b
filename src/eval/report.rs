//! Collects per-page scores into an [`EvalReport`] (overall and per group), and renders it
//! as aligned plain-text tables or as JSON shaped like `score.py --json`.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;
use serde_json::{Map, Value, json};
use tracing::debug;

use super::manifest::ManifestEntry;
use super::score::{BowScores, PageBow, PageShingles, ShingleScores, SnippetCounts, SnippetScores, snippet_found};
use super::tokenize::collapse_whitespace;
use super::{EvalOptions, Extracted, Timing, Track};

/// The group every page belongs to.
const ALL_GROUP: &str = "all";
/// Characters of `YYYY-MM-DD`, the part of a date that is compared.
const DATE_PREFIX_CHARS: usize = 10;
/// When no removed block holds a whole missed snippet, a block holding its first characters
/// is shown instead (snippets may straddle two blocks).
const SNIPPET_HEAD_CHARS: usize = 40;
/// Longest snippet or block text shown in the plain-text report.
const SHOWN_TEXT_CHARS: usize = 100;
/// Failures listed in the plain-text report (all are in the JSON).
const SHOWN_FAILURES: usize = 10;
const BYTES_PER_MB: f64 = 1_000_000.0;

/// The evaluation of one set on one track.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalReport {
    /// The set's folder name.
    pub set: String,
    /// `None` when an existing output file was scored.
    pub track: Option<Track>,
    /// Pages evaluated.
    pub pages: usize,
    /// Pages without any output (not in the output file, or not extracted).
    pub missing_ids: usize,
    /// Ids of the output file that are not in the manifest.
    pub unknown_ids: usize,
    /// `all` first, then one group per value of the `by` field, in order of first appearance.
    pub groups: Vec<GroupScores>,
    /// The pages with the lowest shingle F1, worst first.
    pub worst: Vec<WorstPage>,
    /// Pages that could not be read, extracted or scored.
    pub failures: Vec<PageFailure>,
}

/// The scores of a group of pages.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupScores {
    /// `all`, or `FIELD=value`.
    pub name: String,
    pub pages: usize,
    /// Over the pages with a gold text.
    pub shingle: Option<ShingleScores>,
    /// Over the pages with a gold text.
    pub bow: Option<BowScores>,
    /// Over the pages with snippets.
    pub snippets: Option<SnippetScores>,
    /// `None` when no metadata was extracted (scoring an output file).
    pub metadata: Option<MetadataAccuracy>,
    /// `None` when nothing was timed.
    pub throughput: Option<Throughput>,
}

/// Metadata accuracy over the pages that have each label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct MetadataAccuracy {
    pub title: FieldAccuracy,
    pub author: FieldAccuracy,
    pub date: FieldAccuracy,
}

/// How many pages have a label for a field, and how many got it right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FieldAccuracy {
    pub labelled: usize,
    pub correct: usize,
}

impl FieldAccuracy {
    pub fn accuracy(&self) -> Option<f64> {
        (self.labelled > 0).then(|| self.correct as f64 / self.labelled as f64)
    }

    fn tally(&mut self, label: Option<&str>, correct: impl FnOnce(&str) -> bool) {
        if let Some(label) = label {
            self.labelled += 1;
            self.correct += usize::from(correct(label));
        }
    }
}

impl Serialize for FieldAccuracy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        json!({ "pages": self.labelled, "correct": self.correct, "accuracy": self.accuracy() }).serialize(serializer)
    }
}

/// Time spent inside the extractor and the input it was given.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Throughput {
    pub pages: usize,
    pub bytes: u64,
    pub seconds: f64,
}

impl Throughput {
    pub fn pages_per_second(&self) -> Option<f64> {
        (self.seconds > 0.0).then(|| self.pages as f64 / self.seconds)
    }

    /// Megabytes (10^6 bytes) of input per second.
    pub fn mb_per_second(&self) -> Option<f64> {
        (self.seconds > 0.0).then(|| self.bytes as f64 / BYTES_PER_MB / self.seconds)
    }
}

/// A page with a low shingle F1, with what went wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorstPage {
    pub id: String,
    pub url: Option<String>,
    /// `None` when nothing was extracted.
    pub precision: Option<f64>,
    /// `None` when the gold is empty.
    pub recall: Option<f64>,
    pub f1: f64,
    /// `without` snippets found in the output.
    pub leaked: Vec<String>,
    /// `with` snippets not found in the output.
    pub missed: Vec<MissedSnippet>,
}

/// A `with` snippet the output lacks, and the removal that took it when one is known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissedSnippet {
    pub snippet: String,
    pub removed_by: Option<Removal>,
}

/// A block that a rule removed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Removal {
    pub rule: String,
    pub block: String,
    /// The block holds the whole snippet (else only its first characters).
    pub whole: bool,
}

/// A page that could not be read, extracted or scored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageFailure {
    pub id: String,
    pub detail: String,
}

/// What is known about one page's output.
pub(crate) struct PageOutcome<'a> {
    predicted: Option<&'a str>,
    /// The page has no output at all (counted in `missing_ids`).
    missing: bool,
    /// `Some` when metadata is scored.
    meta: Option<MetaGuess<'a>>,
    explain: &'a [(String, String)],
    timing: Option<Timing>,
}

#[derive(Clone, Copy, Default)]
struct MetaGuess<'a> {
    title: Option<&'a str>,
    author: Option<&'a str>,
    published: Option<&'a str>,
}

impl<'a> PageOutcome<'a> {
    pub(crate) fn extracted(extracted: &'a Extracted, timing: Timing) -> Self {
        PageOutcome {
            predicted: Some(&extracted.text),
            missing: false,
            meta: Some(MetaGuess {
                title: extracted.title.as_deref(),
                author: extracted.author.as_deref(),
                published: extracted.published.as_deref(),
            }),
            explain: &extracted.explain,
            timing: Some(timing),
        }
    }

    /// No output; `score_metadata` counts the page's labels as missed.
    pub(crate) fn missing(score_metadata: bool) -> Self {
        PageOutcome {
            predicted: None,
            missing: true,
            meta: score_metadata.then(MetaGuess::default),
            explain: &[],
            timing: None,
        }
    }

    /// A text from an output file (`None` for a null text).
    pub(crate) fn scored_text(text: Option<&'a str>) -> Self {
        PageOutcome { predicted: text, missing: false, meta: None, explain: &[], timing: None }
    }
}

/// The running tallies of one group.
struct GroupTally {
    name: String,
    pages: usize,
    shingles: Vec<PageShingles>,
    bows: Vec<PageBow>,
    snippets: Vec<SnippetCounts>,
    metadata: Option<MetadataAccuracy>,
    throughput: Option<Throughput>,
}

impl GroupTally {
    fn new(name: String) -> Self {
        GroupTally {
            name,
            pages: 0,
            shingles: Vec::new(),
            bows: Vec::new(),
            snippets: Vec::new(),
            metadata: None,
            throughput: None,
        }
    }

    fn finish(self) -> GroupScores {
        let has_gold = !self.shingles.is_empty();
        GroupScores {
            name: self.name,
            pages: self.pages,
            shingle: has_gold.then(|| ShingleScores::aggregate(&self.shingles)),
            bow: has_gold.then(|| BowScores::aggregate(&self.bows)),
            snippets: (!self.snippets.is_empty()).then(|| SnippetScores::aggregate(&self.snippets)),
            metadata: self.metadata,
            throughput: self.throughput,
        }
    }
}

/// Scores pages one at a time, keeping only small per-page numbers and the worst pages.
pub(crate) struct ReportBuilder {
    set: String,
    track: Option<Track>,
    by: Option<String>,
    worst_limit: usize,
    pages: usize,
    missing_ids: usize,
    pub(crate) unknown_ids: usize,
    groups: Vec<GroupTally>,
    group_index: HashMap<String, usize>,
    worst: Vec<WorstPage>,
    failures: Vec<PageFailure>,
}

impl ReportBuilder {
    pub(crate) fn new(set: String, track: Option<Track>, opts: &EvalOptions) -> Self {
        ReportBuilder {
            set,
            track,
            by: opts.by.clone(),
            worst_limit: opts.worst,
            pages: 0,
            missing_ids: 0,
            unknown_ids: 0,
            groups: vec![GroupTally::new(ALL_GROUP.to_owned())],
            group_index: HashMap::new(),
            worst: Vec::new(),
            failures: Vec::new(),
        }
    }

    pub(crate) fn fail(&mut self, id: &str, detail: String) {
        self.failures.push(PageFailure { id: id.to_owned(), detail });
    }

    /// Score one page and add it to its groups.
    pub(crate) fn add(&mut self, set_dir: &Path, entry: &ManifestEntry, outcome: &PageOutcome<'_>) {
        self.pages += 1;
        self.missing_ids += usize::from(outcome.missing);
        let predicted = outcome.predicted.unwrap_or("");
        let gold = self.read_gold(set_dir, entry);
        let shingles = gold.as_deref().map(|gold| PageShingles::compare(gold, predicted));
        let bow = gold.as_deref().map(|gold| PageBow::compare(gold, predicted));
        let snippets =
            entry.has_snippets().then(|| SnippetCounts::check(&entry.with, &entry.without, outcome.predicted));
        let metadata = outcome.meta.map(|guess| judge_metadata(entry, guess));

        let mut members = vec![0];
        if let Some(field) = &self.by {
            members.push(self.group_for(format!("{field}={}", entry.group_value(field))));
        }
        for index in members {
            let Some(group) = self.groups.get_mut(index) else {
                continue;
            };
            group.pages += 1;
            group.shingles.extend(shingles);
            group.bows.extend(bow);
            group.snippets.extend(snippets);
            if let Some(page) = metadata {
                let sum = group.metadata.get_or_insert_with(MetadataAccuracy::default);
                for (total, one) in
                    [(&mut sum.title, page.title), (&mut sum.author, page.author), (&mut sum.date, page.date)]
                {
                    total.labelled += one.labelled;
                    total.correct += one.correct;
                }
            }
            if let Some(timing) = outcome.timing {
                let sum = group.throughput.get_or_insert_with(Throughput::default);
                sum.pages += 1;
                sum.bytes += timing.bytes;
                sum.seconds += timing.seconds;
            }
        }
        if let Some(shingles) = shingles {
            self.consider_worst(entry, &shingles, outcome);
        }
    }

    /// The page's gold text; `None` when it has none or it cannot be read (a failure).
    fn read_gold(&mut self, set_dir: &Path, entry: &ManifestEntry) -> Option<String> {
        let path = set_dir.join(entry.gold.as_deref()?);
        match std::fs::read_to_string(&path) {
            Ok(gold) => Some(gold),
            Err(err) => {
                debug!(id = %entry.id, path = %path.display(), "Could not read a gold text.");
                self.fail(&entry.id, format!("cannot read gold {}: {err}", path.display()));
                None
            }
        }
    }

    fn group_for(&mut self, name: String) -> usize {
        if let Some(&index) = self.group_index.get(&name) {
            return index;
        }
        let index = self.groups.len();
        self.groups.push(GroupTally::new(name.clone()));
        self.group_index.insert(name, index);
        index
    }

    /// Keep the page if it is among the `worst_limit` lowest F1 so far (earlier pages win ties).
    fn consider_worst(&mut self, entry: &ManifestEntry, shingles: &PageShingles, outcome: &PageOutcome<'_>) {
        let f1 = shingles.f1();
        let full = self.worst.len() >= self.worst_limit;
        if self.worst_limit == 0 || (full && self.worst.last().is_some_and(|last| f1 >= last.f1)) {
            return;
        }
        let page = worst_page(entry, shingles, outcome);
        let at = self.worst.partition_point(|w| w.f1 <= f1);
        self.worst.insert(at, page);
        self.worst.truncate(self.worst_limit);
    }

    pub(crate) fn finish(self) -> EvalReport {
        EvalReport {
            set: self.set,
            track: self.track,
            pages: self.pages,
            missing_ids: self.missing_ids,
            unknown_ids: self.unknown_ids,
            groups: self.groups.into_iter().map(GroupTally::finish).collect(),
            worst: self.worst,
            failures: self.failures,
        }
    }
}

/// Lowercased, whitespace collapsed and trimmed: how metadata values are compared.
fn normalize_meta(text: &str) -> String {
    collapse_whitespace(text).to_lowercase()
}

fn judge_metadata(entry: &ManifestEntry, guess: MetaGuess<'_>) -> MetadataAccuracy {
    fn same_text(guess: Option<&str>, label: &str) -> bool {
        guess.is_some_and(|g| normalize_meta(g) == normalize_meta(label))
    }
    fn same_day(guess: Option<&str>, label: &str) -> bool {
        let day = |text: &str| normalize_meta(text).chars().take(DATE_PREFIX_CHARS).collect::<String>();
        guess.is_some_and(|g| day(g) == day(label))
    }
    let mut page = MetadataAccuracy::default();
    page.title.tally(entry.title.as_deref(), |label| same_text(guess.title, label));
    page.author.tally(entry.author.as_deref(), |label| same_text(guess.author, label));
    page.date.tally(entry.date.as_deref(), |label| same_day(guess.published, label));
    page
}

fn worst_page(entry: &ManifestEntry, shingles: &PageShingles, outcome: &PageOutcome<'_>) -> WorstPage {
    let collapsed = outcome.predicted.map(collapse_whitespace);
    let found = |snippet: &str| collapsed.as_deref().is_some_and(|text| snippet_found(text, snippet));
    let removed: Vec<(&str, String, &str)> =
        outcome.explain.iter().map(|(rule, text)| (rule.as_str(), collapse_whitespace(text), text.as_str())).collect();
    let removal_of = |snippet: &str| -> Option<Removal> {
        let wanted = collapse_whitespace(snippet);
        let head: String = wanted.chars().take(SNIPPET_HEAD_CHARS).collect();
        let hit = |needle: &str, whole: bool| {
            removed.iter().find(|(_, block, _)| block.contains(needle)).map(|(rule, _, original)| Removal {
                rule: (*rule).to_owned(),
                block: (*original).to_owned(),
                whole,
            })
        };
        hit(&wanted, true).or_else(|| if head.is_empty() { None } else { hit(&head, false) })
    };
    WorstPage {
        id: entry.id.clone(),
        url: entry.url.clone(),
        precision: shingles.has_prediction().then(|| shingles.precision()),
        recall: shingles.has_gold().then(|| shingles.recall()),
        f1: shingles.f1(),
        leaked: entry.without.iter().filter(|s| found(s)).cloned().collect(),
        missed: entry
            .with
            .iter()
            .filter(|s| !found(s))
            .map(|s| MissedSnippet { snippet: s.clone(), removed_by: removal_of(s) })
            .collect(),
    }
}

impl EvalReport {
    /// Whether the `by` field split the pages into groups: a set whose manifest lacks the
    /// field has `all` and one group for the missing value, which adds nothing.
    pub fn has_groups(&self) -> bool {
        splits_into_groups(self.groups.iter().map(|g| g.name.as_str()))
    }

    /// The `all` group.
    pub fn overall(&self) -> Option<&GroupScores> {
        self.groups.first()
    }

    /// A group by name (`all` or `FIELD=value`).
    pub fn group(&self, name: &str) -> Option<&GroupScores> {
        self.groups.iter().find(|g| g.name == name)
    }

    /// The summary table, then snippet counts, bag of words and metadata per group, the
    /// failures and the worst pages.
    pub fn render_table(&self) -> String {
        let mut out = render_combined(std::slice::from_ref(self));
        out.push('\n');
        out.push_str(&self.render_details());
        if !self.failures.is_empty() {
            out.push_str(&format!("\nFailures ({}):\n", self.failures.len()));
            for failure in self.failures.iter().take(SHOWN_FAILURES) {
                out.push_str(&format!("  {}: {}\n", failure.id, failure.detail));
            }
            if self.failures.len() > SHOWN_FAILURES {
                out.push_str(&format!("  ... and {} more\n", self.failures.len() - SHOWN_FAILURES));
            }
        }
        if !self.worst.is_empty() {
            out.push_str(&format!("\nWorst {} pages by shingle F1:\n", self.worst.len()));
            for page in &self.worst {
                out.push_str(&render_worst(page));
            }
        }
        out
    }

    fn render_details(&self) -> String {
        let mut table = Table::new(&[
            ("group", false),
            ("snip acc", true),
            ("tp", true),
            ("fp", true),
            ("fn", true),
            ("tn", true),
            ("bow P", true),
            ("bow R", true),
            ("bow F1", true),
            ("title", true),
            ("author", true),
            ("date", true),
        ]);
        for group in &self.groups {
            let snip = group.snippets;
            let count = |pick: fn(&SnippetCounts) -> usize| snip.map_or_else(dash, |s| pick(&s.counts).to_string());
            let field = |pick: fn(&MetadataAccuracy) -> FieldAccuracy| {
                group
                    .metadata
                    .map(|m| pick(&m))
                    .filter(|f| f.labelled > 0)
                    .map_or_else(dash, |f| format!("{}/{} {}", f.correct, f.labelled, ratio(f.accuracy())))
            };
            table.row(vec![
                group.name.clone(),
                ratio(snip.map(|s| s.accuracy)),
                count(|c| c.tp),
                count(|c| c.fp),
                count(|c| c.fn_),
                count(|c| c.tn),
                ratio(group.bow.map(|b| b.precision)),
                ratio(group.bow.map(|b| b.recall)),
                ratio(group.bow.map(|b| b.f1)),
                field(|m| m.title),
                field(|m| m.author),
                field(|m| m.date),
            ]);
        }
        table.render()
    }

    /// The report as JSON: the keys of `score.py --json` (`dataset`, `pages`,
    /// `missing_ids`, `unknown_ids`, `groups` with `shingle` / `bow` / `snippets`), plus
    /// `track`, per-group `metadata` and `throughput`, `worst` and `failures`.
    pub fn to_json(&self) -> Value {
        let mut groups = Map::new();
        for group in &self.groups {
            let mut g = Map::new();
            g.insert("pages".to_owned(), json!(group.pages));
            if let Some(shingle) = &group.shingle {
                g.insert("shingle".to_owned(), json!(shingle));
            }
            if let Some(bow) = &group.bow {
                g.insert("bow".to_owned(), json!(bow));
            }
            if let Some(snippets) = &group.snippets {
                g.insert("snippets".to_owned(), json!(snippets));
            }
            if let Some(metadata) = &group.metadata {
                g.insert("metadata".to_owned(), json!(metadata));
            }
            if let Some(t) = &group.throughput {
                g.insert(
                    "throughput".to_owned(),
                    json!({
                        "pages": t.pages,
                        "bytes": t.bytes,
                        "seconds": t.seconds,
                        "pages_per_s": t.pages_per_second(),
                        "mb_per_s": t.mb_per_second(),
                    }),
                );
            }
            groups.insert(group.name.clone(), Value::Object(g));
        }
        json!({
            "dataset": self.set,
            "track": self.track.map(Track::as_str),
            "pages": self.pages,
            "missing_ids": self.missing_ids,
            "unknown_ids": self.unknown_ids,
            "groups": groups,
            "worst": self.worst,
            "failures": self.failures,
        })
    }
}

/// One table for several reports (e.g. both sets × both tracks), one row per report and
/// group.
pub fn render_combined(reports: &[EvalReport]) -> String {
    let mut table = Table::new(&[
        ("set", false),
        ("track", false),
        ("group", false),
        ("pages", true),
        ("P", true),
        ("R", true),
        ("F1", true),
        ("exact", true),
        ("snip P", true),
        ("snip R", true),
        ("snip F1", true),
        ("pages/s", true),
        ("MB/s", true),
    ]);
    for report in reports {
        for group in &report.groups {
            let shingle = group.shingle;
            let snip = group.snippets;
            let throughput = group.throughput;
            table.row(vec![
                report.set.clone(),
                report.track.map_or_else(dash, |t| t.as_str().to_owned()),
                group.name.clone(),
                group.pages.to_string(),
                ratio(shingle.map(|s| s.precision)),
                ratio(shingle.map(|s| s.recall)),
                ratio(shingle.map(|s| s.f1)),
                ratio(shingle.map(|s| s.accuracy)),
                ratio(snip.map(|s| s.precision)),
                ratio(snip.map(|s| s.recall)),
                ratio(snip.map(|s| s.f1)),
                throughput.and_then(|t| t.pages_per_second()).map_or_else(dash, |v| format!("{v:.1}")),
                throughput.and_then(|t| t.mb_per_second()).map_or_else(dash, |v| format!("{v:.2}")),
            ]);
        }
    }
    table.render()
}

fn render_worst(page: &WorstPage) -> String {
    let mut out = format!(
        "  F1 {}  P {}  R {}  {}  {}\n",
        ratio(Some(page.f1)),
        ratio(page.precision),
        ratio(page.recall),
        page.id,
        page.url.as_deref().unwrap_or("-"),
    );
    for leaked in &page.leaked {
        out.push_str(&format!("    leaked: {}\n", quoted(leaked)));
    }
    for missed in &page.missed {
        out.push_str(&format!("    missed: {}", quoted(&missed.snippet)));
        if let Some(removal) = &missed.removed_by {
            let how = if removal.whole { "removed by" } else { "start removed by" };
            out.push_str(&format!(" ({how} {}: {})", removal.rule, quoted(&removal.block)));
        }
        out.push('\n');
    }
    out
}

/// A text shown on one line: whitespace collapsed, cut to [`SHOWN_TEXT_CHARS`], quoted.
fn quoted(text: &str) -> String {
    let one_line = collapse_whitespace(text);
    if one_line.chars().count() <= SHOWN_TEXT_CHARS {
        return format!("\"{one_line}\"");
    }
    let cut: String = one_line.chars().take(SHOWN_TEXT_CHARS).collect();
    format!("\"{cut}…\"")
}

fn ratio(value: Option<f64>) -> String {
    value.map_or_else(dash, |v| format!("{v:.3}"))
}

fn dash() -> String {
    "-".to_owned()
}

/// A plain-text table with columns sized to their widest cell.
struct Table {
    header: Vec<(&'static str, bool)>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Columns as (title, right-aligned).
    fn new(header: &[(&'static str, bool)]) -> Self {
        Table { header: header.to_vec(), rows: Vec::new() }
    }

    fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    fn render(&self) -> String {
        let mut widths: Vec<usize> = self.header.iter().map(|(title, _)| title.chars().count()).collect();
        for row in &self.rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let titles: Vec<String> = self.header.iter().map(|(title, _)| (*title).to_owned()).collect();
        let mut out = String::new();
        for cells in std::iter::once(&titles).chain(&self.rows) {
            let line: Vec<String> = cells
                .iter()
                .zip(&widths)
                .zip(&self.header)
                .map(
                    |((cell, &width), &(_, right))| {
                        if right { format!("{cell:>width$}") } else { format!("{cell:<width$}") }
                    },
                )
                .collect();
            out.push_str(line.join("  ").trim_end());
            out.push('\n');
        }
        out
    }
}

/// Whether group names (`all`, `FIELD=value`...) hold a group with a value.
fn splits_into_groups<'a>(names: impl IntoIterator<Item = &'a str>) -> bool {
    names.into_iter().any(|name| name != "all" && !name.ends_with("=None"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_missing_from_the_manifest_makes_no_groups() {
        assert!(!splits_into_groups(["all", "page_type=None"]));
        assert!(!splits_into_groups(["all"]));
        assert!(splits_into_groups(["all", "page_type=article", "page_type=None"]));
    }

    fn entry(id: &str, with: &[&str], without: &[&str]) -> ManifestEntry {
        ManifestEntry {
            id: id.to_owned(),
            url: Some(format!("https://x.test/{id}")),
            html: None,
            dump: None,
            gold: None,
            title: Some("The  Title".to_owned()),
            author: None,
            date: Some("2024-03-15".to_owned()),
            page_type: None,
            with: with.iter().map(|s| (*s).to_owned()).collect(),
            without: without.iter().map(|s| (*s).to_owned()).collect(),
            fields: Map::new(),
        }
    }

    #[test]
    fn metadata_compares_normalised_text_and_date_prefix() {
        let e = entry("a", &[], &[]);
        let good =
            MetaGuess { title: Some(" the title\n"), author: Some("Someone"), published: Some("2024-03-15T10:00:00Z") };
        let page = judge_metadata(&e, good);
        assert_eq!((page.title.correct, page.date.correct), (1, 1));
        // No author label: the guess is not counted at all.
        assert_eq!(page.author, FieldAccuracy::default());

        let near = MetaGuess { title: Some("The Title!"), author: None, published: Some("2024-03-16") };
        let page = judge_metadata(&e, near);
        assert_eq!((page.title.labelled, page.title.correct, page.date.correct), (1, 0, 0));
    }

    #[test]
    fn worst_page_names_leaks_misses_and_the_rule_that_removed_them() {
        let e = entry("p", &["kept sentence", "The lost paragraph text", "never seen"], &["Log in"]);
        let explain = vec![
            ("nav_list".to_owned(), "Home\nLog in".to_owned()),
            ("comment_prompt".to_owned(), "Intro. The lost  paragraph\ntext, and more.".to_owned()),
        ];
        let outcome = PageOutcome {
            predicted: Some("kept sentence. Log in"),
            missing: false,
            meta: None,
            explain: &explain,
            timing: None,
        };
        let shingles = PageShingles::compare("kept sentence The lost paragraph text", "kept sentence Log in");
        let page = worst_page(&e, &shingles, &outcome);
        assert_eq!(page.leaked, ["Log in"]);
        assert_eq!(page.missed.len(), 2);
        let removal = page.missed.first().and_then(|m| m.removed_by.as_ref());
        assert_eq!(removal.map(|r| (r.rule.as_str(), r.whole)), Some(("comment_prompt", true)));
        assert_eq!(page.missed.get(1).map(|m| m.removed_by.is_none()), Some(true));
        let shown = render_worst(&page);
        assert!(shown.contains("removed by comment_prompt"), "{shown}");
        assert!(shown.contains("leaked: \"Log in\""), "{shown}");
    }

    #[test]
    fn a_block_holding_only_the_start_of_a_snippet_is_a_partial_removal() {
        let long = "This snippet runs across two blocks of the page, so no single block holds it all";
        let e = entry("p", &[long], &[]);
        let explain = vec![("boilerplate".to_owned(), "This snippet runs across two blocks of the".to_owned())];
        let outcome = PageOutcome { predicted: Some(""), missing: false, meta: None, explain: &explain, timing: None };
        let page = worst_page(&e, &PageShingles::compare(long, ""), &outcome);
        let removal = page.missed.first().and_then(|m| m.removed_by.clone());
        assert_eq!(removal.map(|r| r.whole), Some(false));
    }

    #[test]
    fn table_columns_are_aligned() {
        let mut table = Table::new(&[("name", false), ("n", true)]);
        table.row(vec!["a".to_owned(), "100".to_owned()]);
        table.row(vec!["longer".to_owned(), "2".to_owned()]);
        assert_eq!(table.render(), "name      n\na       100\nlonger    2\n");
    }

    #[test]
    fn quoted_cuts_long_text() {
        let long = "word ".repeat(50);
        let shown = quoted(&long);
        assert!(shown.ends_with("…\"") && shown.chars().count() == SHOWN_TEXT_CHARS + 3);
        assert_eq!(quoted(" a\n b "), "\"a b\"");
    }
}
