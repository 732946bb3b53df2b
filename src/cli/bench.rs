//! `rinse eval`, `rinse bench` and `rinse train`: measuring the cleaner on labelled sets
//! and training its scorer.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use clap::{Args, ValueEnum};

use super::{EXIT_ERROR, EXIT_OK};
use crate::clean::CleanOptions;
use crate::clean::train::{self, ScorerOptions, StageKind};
use crate::eval::learn::{self, LabelledPage};
use crate::eval::{self, EvalOptions, EvalReport, Extracted, Track};

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// A labelled set: a folder with manifest.jsonl, html/, dump/ and gold/.
    set: PathBuf,
    /// Which input to clean [default: both].
    #[arg(long, value_enum)]
    track: Option<Track>,
    /// Also report per value of this manifest field (e.g. page_type).
    #[arg(long, value_name = "FIELD")]
    by: Option<String>,
    /// List the N worst pages, with leaked and missed snippets and the rules involved.
    #[arg(long, value_name = "N", default_value_t = 0)]
    worst: usize,
    /// Write the extracted texts as {"id", "text", "title", "author", "published"} lines (the input of score.py).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    tuning: TuningArgs,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// The bench folder: labelled sets in sub-folders.
    #[arg(default_value = "../shared/bench")]
    dir: PathBuf,
    /// Cross-validation folds for the scorer's quality on pages it was not trained on.
    #[arg(long, default_value_t = 5)]
    folds: u64,
    /// Also print per value of this manifest field (e.g. page_type).
    #[arg(long, value_name = "FIELD")]
    by: Option<String>,
    #[command(flatten)]
    tuning: TuningArgs,
    /// Only cross-validate (skip the shipped-scorer pass and its timing).
    #[arg(long)]
    cv_only: bool,
    /// Only this track [default: both].
    #[arg(long, value_enum)]
    track: Option<Track>,
    #[command(flatten)]
    scorer: ScorerArgs,
}

/// Tuning of the main-text choice, to compare settings on labelled sets; the defaults are
/// the shipped ones.
#[derive(Debug, Args)]
pub struct TuningArgs {
    /// Tuning: the scorer probability above which a line of a dump adds to the main run.
    #[arg(long, value_name = "P")]
    region_threshold: Option<f32>,
    /// Tuning: the same for an HTML block and the main element.
    #[arg(long, value_name = "P")]
    html_region_threshold: Option<f32>,
    /// Tuning: the share of the main element's evidence a sibling element needs to join it.
    #[arg(long, value_name = "SHARE")]
    sibling_share: Option<f32>,
    /// Tuning: how many enclosing elements up the siblings of the main element are looked for.
    #[arg(long, value_name = "N")]
    sibling_levels: Option<usize>,
    /// Tuning: the probability below which a block inside the region is still dropped.
    #[arg(long, value_name = "P")]
    keep_threshold: Option<f32>,
    /// Tuning: the evidence per word of a block a rule removed, in the main-text choice.
    #[arg(long, value_name = "W")]
    removed_weight: Option<f32>,
}

impl TuningArgs {
    /// The shipped cleaner options with these settings applied.
    fn clean_options(&self) -> CleanOptions {
        let mut opts = CleanOptions::default();
        let classify = &mut opts.classify;
        let settings = [
            (self.region_threshold, &mut classify.region_threshold),
            (self.html_region_threshold, &mut classify.html_region_threshold),
            (self.sibling_share, &mut classify.sibling_share),
            (self.keep_threshold, &mut classify.keep_threshold),
            (self.removed_weight, &mut classify.removed_weight),
        ];
        for (value, field) in settings {
            if let Some(v) = value {
                *field = v;
            }
        }
        if let Some(levels) = self.sibling_levels {
            classify.sibling_levels = levels;
        }
        opts
    }
}

/// How to fit the scorer (defaults: the shipped choice).
#[derive(Debug, Args)]
pub struct ScorerArgs {
    /// Tuning: the model of the scorer's first stage (block features).
    #[arg(long, value_enum, value_name = "MODEL")]
    first_stage: Option<StageArg>,
    /// Tuning: the model of the scorer's second stage (block and context features).
    #[arg(long, value_enum, value_name = "MODEL")]
    second_stage: Option<StageArg>,
    /// Tuning: boosted trees per stage.
    #[arg(long, value_name = "N")]
    tree_rounds: Option<usize>,
    /// Tuning: depth of every boosted tree.
    #[arg(long, value_name = "N")]
    tree_depth: Option<usize>,
    /// Tuning: shrinkage of every boosted tree.
    #[arg(long, value_name = "R")]
    tree_learning_rate: Option<f32>,
    /// Tuning: least hessian weight in a leaf.
    #[arg(long, value_name = "H")]
    tree_min_leaf: Option<f32>,
    /// Tuning: L2 penalty on leaf values.
    #[arg(long, value_name = "L")]
    tree_lambda: Option<f32>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum StageArg {
    Linear,
    Trees,
    Blend,
}

impl ScorerArgs {
    fn options(&self) -> ScorerOptions {
        let mut o = ScorerOptions::default();
        let kind = |a: StageArg| match a {
            StageArg::Linear => StageKind::Linear,
            StageArg::Trees => StageKind::Trees,
            StageArg::Blend => StageKind::Blend,
        };
        if let Some(a) = self.first_stage {
            o.first = kind(a);
        }
        if let Some(a) = self.second_stage {
            o.second = kind(a);
        }
        if let Some(v) = self.tree_rounds {
            o.trees.rounds = v;
        }
        if let Some(v) = self.tree_depth {
            o.trees.depth = v;
        }
        if let Some(v) = self.tree_learning_rate {
            o.trees.learning_rate = v;
        }
        if let Some(v) = self.tree_min_leaf {
            o.trees.min_leaf = v;
        }
        if let Some(v) = self.tree_lambda {
            o.trees.lambda = v;
        }
        o
    }
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Labelled sets, or bench folders holding them.
    #[arg(required = true)]
    sets: Vec<PathBuf>,
    /// Where to write the weights (Rust source).
    #[arg(long, default_value = "src/clean/weights.rs")]
    out: PathBuf,
    #[command(flatten)]
    scorer: ScorerArgs,
}

fn tracks(track: Option<Track>) -> Vec<Track> {
    match track {
        Some(t) => vec![t],
        None => vec![Track::Html, Track::Dump],
    }
}

/// Extract one bench page with the shipped pipeline, for `eval::run`. Unlike an import, a
/// page whose body comes out empty still reports its metadata.
fn extract_page(track: Track, bytes: &[u8], url: Option<&str>, opts: &CleanOptions) -> Extracted {
    let raw = learn::bench_page("page".into(), url.map(str::to_owned), track, bytes.to_vec());
    let Ok(page) = crate::decode::decode(raw) else {
        return Extracted::default();
    };
    let clean = crate::clean::clean(&page, opts);
    let document = crate::normalize::normalize(&page, &clean);
    Extracted {
        text: document.body,
        title: document.title,
        author: document.author,
        published: document.published,
        explain: clean.removed.into_iter().map(|r| (r.rule.as_str().to_owned(), r.text)).collect(),
    }
}

pub fn eval(args: EvalArgs) -> anyhow::Result<u8> {
    let mut reports = Vec::new();
    for track in tracks(args.track) {
        let opts = EvalOptions {
            by: args.by.clone(),
            worst: args.worst,
            output: args.out.as_ref().map(|o| with_track(o, track, args.track.is_none())),
            ids: None,
        };
        // Explaining the worst pages needs the text of removed blocks.
        let clean_opts = CleanOptions { keep_removed_text: args.worst > 0, ..args.tuning.clean_options() };
        let report = eval::run(&args.set, track, &opts, |bytes, url| extract_page(track, bytes, url, &clean_opts))
            .with_context(|| format!("cannot evaluate {}", args.set.display()))?;
        reports.push(report);
    }
    if args.json {
        let values: Vec<_> = reports.iter().map(EvalReport::to_json).collect();
        outln!("{}", serde_json::to_string_pretty(&values)?);
    } else {
        for report in &reports {
            outln!("{}", report.render_table());
        }
    }
    Ok(EXIT_OK)
}

/// `out.jsonl` → `out.html.jsonl` when both tracks write outputs.
fn with_track(path: &Path, track: Track, both: bool) -> PathBuf {
    if !both {
        return path.to_path_buf();
    }
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let ext = path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_else(|| "jsonl".into());
    path.with_file_name(format!("{stem}.{track}.{ext}"))
}

pub fn train(args: TrainArgs) -> anyhow::Result<u8> {
    let mut sets = Vec::new();
    for dir in &args.sets {
        sets.extend(learn::find_sets(dir)?);
    }
    anyhow::ensure!(!sets.is_empty(), "no labelled set (a folder with manifest.jsonl) in {:?}", args.sets);
    let names: Vec<String> = sets.iter().map(|s| learn::set_name(s)).collect();
    let fit = args.scorer.options();
    let mut source = String::from(
        "//! Trained weights of the content scorer. Generated by `rinse train` (`make train`);\n\
         //! review changes in the diff like any code. Boosted trees read: `split(i, t, l, r)` sends a\n\
         //! block whose input `i` (in the forest's `inputs`) is below `t` to node `l`, else to node `r`;\n\
         //! `leaf(v)` adds `v` to the block's log-odds.\n\n\
         // A learned threshold can land near a constant (0.6931472 is not meant as ln 2).\n\
         #![allow(clippy::approx_constant)]\n\n",
    );
    let kinds = [fit.first, fit.second];
    let blend = kinds.contains(&StageKind::Blend);
    source.push_str(match (blend || kinds.contains(&StageKind::Linear), blend || kinds.contains(&StageKind::Trees)) {
        (true, true) => {
            "use crate::clean::model::{StoredStage, Weights};\nuse crate::clean::trees::{StoredForest, leaf, split};\n\n"
        }
        (false, true) => "use crate::clean::model::StoredStage;\nuse crate::clean::trees::{StoredForest, leaf, split};\n\n",
        _ => "use crate::clean::model::{StoredStage, Weights};\n\n",
    });
    let second_names = crate::clean::model::second_stage_names();
    for (track, name, kind) in [(Track::Html, "HTML", "HTML pages"), (Track::Dump, "TEXT", "text dumps")] {
        let started = Instant::now();
        let (pages, left_out) = learn::load_labelled(&sets, track, &CleanOptions::default())?;
        let training = learn::training_pages(pages.iter());
        let scorer = train::fit_scorer(&training, fit);
        let blocks: usize = pages.iter().map(|p| p.labels.len()).sum();
        eprintln!(
            "{track}: {} pages ({left_out} left out), {blocks} blocks, fitted in {:.1}s",
            pages.len(),
            started.elapsed().as_secs_f64()
        );
        let trained_on = format!("trained on {} pages of {}", pages.len(), names.join(", "));
        source.push_str(&scorer.first.to_rust(
            &crate::clean::features::FEATURE_NAMES,
            &format!("{name}_FIRST"),
            &format!("First stage of the scorer for {kind} (block features), {trained_on}."),
        ));
        source.push('\n');
        source.push_str(&scorer.second.to_rust(
            &second_names,
            &format!("{name}_SECOND"),
            &format!("Second stage of the scorer for {kind} (block and context features), {trained_on}."),
        ));
        source.push('\n');
    }
    source.truncate(source.trim_end().len());
    source.push('\n');
    std::fs::write(&args.out, source).with_context(|| format!("cannot write {}", args.out.display()))?;
    outln!("Wrote {}", args.out.display());
    Ok(EXIT_OK)
}

pub fn bench(args: BenchArgs) -> anyhow::Result<u8> {
    if !args.dir.is_dir() {
        eprintln!(
            "rinse bench: {} is missing, so there is nothing to measure.\n\
             The bench needs the labelled sets of ../shared/bench (manifest.jsonl, html/, dump/, gold/ per set).",
            args.dir.display()
        );
        return Ok(EXIT_ERROR);
    }
    let sets = learn::find_sets(&args.dir)?;
    anyhow::ensure!(!sets.is_empty(), "no labelled set (a folder with manifest.jsonl) in {}", args.dir.display());
    let out_dir = PathBuf::from("target/bench-out");
    std::fs::create_dir_all(&out_dir).with_context(|| format!("cannot create {}", out_dir.display()))?;

    let clean_opts = args.tuning.clean_options();
    let mut rows: Vec<Row> = Vec::new();
    let mut by_tables = String::new();
    let fit = args.scorer.options();
    for track in tracks(args.track) {
        // Quality on pages the scorer was not trained on: k-fold cross-validation over all sets.
        let (pages, _) = learn::load_labelled(&sets, track, &clean_opts)?;
        let texts = learn::cross_validate(&pages, args.folds, fit, &clean_opts);
        for set_dir in &sets {
            let set = learn::set_name(set_dir);
            let cv_path = out_dir.join(format!("{set}.{track}.cv.jsonl"));
            write_outputs(&cv_path, &pages, &texts, &set)?;
            let opts = EvalOptions { by: args.by.clone(), ..EvalOptions::default() };
            let cv = eval::score_output_file(set_dir, &cv_path, &opts)?;
            // Speed, snippets and metadata with the shipped scorer, over the whole pipeline.
            let shipped_opts =
                EvalOptions { output: Some(out_dir.join(format!("{set}.{track}.jsonl"))), ..EvalOptions::default() };
            let shipped = if args.cv_only {
                eval::run(
                    set_dir,
                    track,
                    &EvalOptions { ids: Some(Default::default()), ..EvalOptions::default() },
                    |_, _| Extracted::default(),
                )?
            } else {
                eval::run(set_dir, track, &shipped_opts, |b, u| extract_page(track, b, u, &clean_opts))?
            };
            if args.by.is_some() && cv.has_groups() {
                let _ = writeln!(by_tables, "{set} · {track} · cross-validated\n{}", cv.render_table());
            }
            rows.push(Row { set, track, cv, shipped });
        }
    }
    outln!("{}", render(&rows, args.folds));
    if !args.cv_only && tracks(args.track).contains(&Track::Html) {
        outln!("{}", render_tree_build_reference(&sets, &clean_opts)?);
    }
    if !by_tables.is_empty() {
        outln!("{by_tables}");
    }
    Ok(EXIT_OK)
}

/// Rounds of the paired speed measurement; the median round is reported.
const YARDSTICK_ROUNDS: usize = 3;

/// A yardstick for the HTML pages/s above, which move by a third from one machine (or run)
/// to the next: each page of each set is given, in turn, to a bare html5ever tree build
/// (scraper's `Html::parse_document` of the whole page, nothing else) and to the whole
/// pipeline, so that both see the same moments of the machine and their ratio holds still.
fn render_tree_build_reference(sets: &[PathBuf], clean_opts: &CleanOptions) -> anyhow::Result<String> {
    let mut t = String::from(
        "Speed yardstick: each page parsed by a bare html5ever tree build (Html::parse_document, whole page)\n\
         and cleaned by rinse in turn, one thread, after an untimed pass; the median of 3 rounds\n",
    );
    for set_dir in sets {
        let set = learn::set_name(set_dir);
        let pages: Vec<(Vec<u8>, Option<String>)> = eval::load_manifest(set_dir)?
            .into_iter()
            .filter_map(|entry| {
                let bytes = std::fs::read(set_dir.join(Track::Html.input(&entry)?)).ok()?;
                Some((bytes, entry.url))
            })
            .collect();
        if pages.is_empty() {
            continue;
        }
        let tree_build = |bytes: &[u8]| {
            std::hint::black_box(scraper::Html::parse_document(&String::from_utf8_lossy(bytes)));
        };
        let pipeline = |bytes: &[u8], url: Option<&str>| {
            std::hint::black_box(extract_page(Track::Html, bytes, url, clean_opts));
        };
        for (bytes, url) in &pages {
            tree_build(bytes);
            pipeline(bytes, url.as_deref());
        }
        let mut rounds: Vec<(f64, f64)> = (0..YARDSTICK_ROUNDS)
            .map(|_| {
                let (mut tree_seconds, mut pipeline_seconds) = (0.0, 0.0);
                for (bytes, url) in &pages {
                    let started = Instant::now();
                    tree_build(bytes);
                    let parsed = Instant::now();
                    pipeline(bytes, url.as_deref());
                    tree_seconds += (parsed - started).as_secs_f64();
                    pipeline_seconds += parsed.elapsed().as_secs_f64();
                }
                (tree_seconds, pipeline_seconds)
            })
            .collect();
        rounds.sort_by(|a, b| (a.1 / a.0).total_cmp(&(b.1 / b.0)));
        let (tree_seconds, pipeline_seconds) = rounds[rounds.len() / 2];
        let n = pages.len() as f64;
        let _ = writeln!(
            t,
            "  {set:<12} tree build alone {:>5.0} pages/s, rinse {:>5.0} pages/s: {:.0}% of the tree build's speed",
            n / tree_seconds,
            n / pipeline_seconds,
            100.0 * tree_seconds / pipeline_seconds
        );
    }
    Ok(t)
}

struct Row {
    set: String,
    track: Track,
    cv: EvalReport,
    shipped: EvalReport,
}

fn write_outputs(path: &Path, pages: &[LabelledPage], texts: &[String], set: &str) -> anyhow::Result<()> {
    let mut out = String::new();
    for (page, text) in pages.iter().zip(texts) {
        if page.set == set {
            out.push_str(&serde_json::json!({ "id": page.id, "text": text }).to_string());
            out.push('\n');
        }
    }
    std::fs::write(path, out).with_context(|| format!("cannot write {}", path.display()))
}

fn render(rows: &[Row], folds: u64) -> String {
    let mut t = String::new();
    let _ = writeln!(
        t,
        "{:<12} {:<5} {:>5} | {:>6} {:>6} {:>6} | {:>7} | {:>6} {:>6} {:>6} | {:>8} {:>7}",
        "set", "track", "pages", "P", "R", "F1", "F1 ship", "snipP", "snipR", "snipF1", "pages/s", "MB/s"
    );
    let _ = writeln!(t, "{}", "-".repeat(104));
    for row in rows {
        let cv = row.cv.overall().and_then(|g| g.shingle);
        let ship = row.shipped.overall();
        let ship_f1 = ship.and_then(|g| g.shingle.as_ref()).map(|s| s.f1);
        let snip = ship.and_then(|g| g.snippets);
        let speed = ship.and_then(|g| g.throughput);
        let f = |v: Option<f64>| v.map_or_else(|| "-".to_owned(), |v| format!("{v:.3}"));
        let _ = writeln!(
            t,
            "{:<12} {:<5} {:>5} | {:>6} {:>6} {:>6} | {:>7} | {:>6} {:>6} {:>6} | {:>8} {:>7}",
            row.set,
            row.track.as_str(),
            row.cv.pages,
            f(cv.as_ref().map(|s| s.precision)),
            f(cv.as_ref().map(|s| s.recall)),
            f(cv.as_ref().map(|s| s.f1)),
            f(ship_f1),
            f(snip.as_ref().map(|s| s.precision)),
            f(snip.as_ref().map(|s| s.recall)),
            f(snip.as_ref().map(|s| s.f1)),
            speed.as_ref().and_then(|s| s.pages_per_second()).map_or("-".into(), |v| format!("{v:.0}")),
            speed.as_ref().and_then(|s| s.mb_per_second()).map_or("-".into(), |v| format!("{v:.1}")),
        );
    }
    let _ = writeln!(
        t,
        "\nP/R/F1: shingle precision, recall, F1 with the scorer trained on the other {} of {folds} folds \
         (pages it never saw);\nF1 ship: the shipped scorer (trained on all these pages). Snippets and speed: \
         shipped pipeline, one thread, decode+clean+normalise,\n\
         timed after an untimed pass over the same set (steady state).",
        folds.saturating_sub(1)
    );
    let mut meta = String::new();
    for row in rows.iter().filter(|r| r.track == Track::Html) {
        if let Some(m) = row.shipped.overall().and_then(|g| g.metadata) {
            let acc = |f: &eval::FieldAccuracy| {
                f.accuracy().map_or("-".into(), |a| format!("{a:.3} ({}/{})", f.correct, f.labelled))
            };
            if m.title.labelled + m.author.labelled + m.date.labelled > 0 {
                let _ = writeln!(
                    meta,
                    "  {:<12} title {:<16} author {:<16} date {}",
                    row.set,
                    acc(&m.title),
                    acc(&m.author),
                    acc(&m.date)
                );
            }
        }
    }
    if !meta.is_empty() {
        let _ = write!(t, "\nMetadata accuracy (HTML, exact after normalising case and spaces):\n{meta}");
    }
    t
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        tuning: TuningArgs,
    }

    #[test]
    fn the_speed_yardstick_times_both_on_every_set() -> anyhow::Result<()> {
        let set = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/evalset");
        let missing = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/no-such-set");
        let table = render_tree_build_reference(&[set], &CleanOptions::default())?;
        let line = table.lines().find(|l| l.trim_start().starts_with("evalset")).unwrap_or_default();
        assert!(line.contains("tree build alone") && line.contains("of the tree build's speed"), "{table}");
        // A set that cannot be read is an error, not an empty line.
        assert!(render_tree_build_reference(&[missing], &CleanOptions::default()).is_err());
        Ok(())
    }

    #[test]
    fn tuning_flags_change_only_what_they_name() -> Result<(), clap::Error> {
        let shipped = CleanOptions::default().classify;
        let cli = Cli::try_parse_from(["eval", "--sibling-share", "0", "--sibling-levels", "2"])?;
        let tuned = cli.tuning.clean_options().classify;
        assert_eq!((tuned.sibling_share, tuned.sibling_levels), (0.0, 2));
        assert_eq!(tuned.html_region_threshold, shipped.html_region_threshold);
        assert_eq!(tuned.keep_threshold, shipped.keep_threshold);
        let untouched = Cli::try_parse_from(["eval"])?.tuning.clean_options().classify;
        assert_eq!(untouched.sibling_share, shipped.sibling_share);
        Ok(())
    }
}
