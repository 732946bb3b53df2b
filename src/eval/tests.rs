//! Set-level tests on `fixtures/evalset`: the scores must equal what the reference scorer
//! printed (`expected_scores.json`), and, when `score.py` and `python3` are around, what it
//! prints now.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use super::*;

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// How far our floats may drift from Python's.
const TOLERANCE: f64 = 1e-9;

fn fixture_set() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/evalset")
}

fn by_page_type() -> EvalOptions {
    EvalOptions { by: Some("page_type".to_owned()), ..EvalOptions::default() }
}

/// Compare every number and string of `expected` (score.py's JSON) with ours; keys that
/// only we have are ignored, keys that only score.py has are an error.
fn assert_matches(expected: &Value, ours: &Value, path: &str) {
    match (expected, ours) {
        (Value::Object(e), Value::Object(o)) => {
            for (key, value) in e {
                // The output file path is score.py's own echo of its argument.
                if key == "system_output" {
                    continue;
                }
                let Some(mine) = o.get(key) else { panic!("{path}.{key}: missing in our report") };
                assert_matches(value, mine, &format!("{path}.{key}"));
            }
            let extra_groups: Vec<_> = o.keys().filter(|k| path.ends_with("groups") && !e.contains_key(*k)).collect();
            assert!(extra_groups.is_empty(), "{path}: groups score.py does not have: {extra_groups:?}");
        }
        (Value::Number(e), Value::Number(o)) => {
            let (e, o) = (e.as_f64().unwrap_or(f64::NAN), o.as_f64().unwrap_or(f64::NAN));
            assert!((e - o).abs() <= TOLERANCE, "{path}: score.py {e}, ours {o}");
        }
        _ => assert_eq!(expected, ours, "{path}"),
    }
}

#[test]
fn scoring_the_fixed_outputs_reproduces_expected_scores() -> TestResult {
    let set = fixture_set();
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(set.join("expected_scores.json"))?)?;
    let report = score_output_file(&set, &set.join("outputs.jsonl"), &by_page_type())?;
    assert_matches(&expected, &report.to_json(), "");
    // Group order is the manifest's order of first appearance, "all" first.
    let names: Vec<&str> = report.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        ["all", "page_type=article", "page_type=forum", "page_type=listing", "page_type=product", "page_type=service"]
    );
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    Ok(())
}

/// An extractor as the evaluation calls it.
type Extractor = Box<dyn FnMut(&[u8], Option<&str>) -> Extracted>;

/// The text of each page in `outputs.jsonl`, looked up by URL (the extractor sees no id).
fn fixed_extractor() -> Result<Extractor, Box<dyn std::error::Error>> {
    let set = fixture_set();
    let outputs = load_outputs(&set.join("outputs.jsonl"))?;
    let by_url: HashMap<String, String> =
        load_manifest(&set)?.into_iter().filter_map(|e| Some((e.url?, outputs.get(&e.id)?.clone()?))).collect();
    Ok(Box::new(move |_bytes: &[u8], url: Option<&str>| {
        Extracted::from_text(url.and_then(|u| by_url.get(u)).cloned().unwrap_or_default())
    }))
}

#[test]
fn run_scores_what_the_extractor_returns() -> TestResult {
    let set = fixture_set();
    let dir = tempfile::tempdir()?;
    let written = dir.path().join("out.jsonl");
    let opts = EvalOptions { output: Some(written.clone()), worst: 2, ..by_page_type() };
    let report = run(&set, Track::Html, &opts, fixed_extractor()?)?;

    // The run wrote what it scored, and scoring that file gives the same numbers.
    let rescored = score_output_file(&set, &written, &by_page_type())?;
    assert_eq!(report.groups.len(), rescored.groups.len());
    for (ran, scored) in report.groups.iter().zip(&rescored.groups) {
        assert_eq!((ran.shingle, ran.bow, ran.snippets), (scored.shingle, scored.bow, scored.snippets));
    }
    // service-nogold got an empty text (not a missing one): its "with" is missed, nothing leaks.
    let service = report.group("page_type=service").and_then(|g| g.snippets).ok_or("no service group")?;
    assert_eq!(service.counts, SnippetCounts { tp: 0, fp: 0, fn_: 1, tn: 1 });
    assert_eq!((report.missing_ids, report.unknown_ids), (0, 0));

    // Every page was timed, with its input bytes.
    let throughput = report.overall().and_then(|g| g.throughput).ok_or("no throughput")?;
    let html_bytes: u64 = std::fs::read_dir(set.join("html"))?
        .map(|f| f.map(|f| f.metadata().map(|m| m.len())))
        .sum::<Result<Result<u64, _>, _>>()??;
    assert_eq!((throughput.pages, throughput.bytes), (6, html_bytes));

    // Worst first: the listing page (junk for an empty gold) has F1 0.
    let worst: Vec<&str> = report.worst.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(worst, ["listing-empty", "article-fr"]);
    let listing = report.worst.first().ok_or("no worst page")?;
    assert_eq!((listing.precision, listing.recall), (Some(0.0), None));
    assert_eq!(listing.leaked, ["Next page", "Sort by price"]);
    Ok(())
}

#[test]
fn run_gives_the_page_bytes_as_stored_and_the_url() -> TestResult {
    let set = fixture_set();
    let mut seen = Vec::new();
    run(&set, Track::Html, &EvalOptions::default(), |bytes, url| {
        seen.push((url.map(str::to_owned), bytes.to_vec()));
        Extracted::default()
    })?;
    let product = seen.iter().find(|(url, _)| url.as_deref() == Some("https://coffee.example/p/9981"));
    let (_, bytes) = product.ok_or("product page not extracted")?;
    // windows-1252 "é" (0xE9) reaches the extractor undecoded.
    assert!(bytes.windows(4).any(|w| w == b"Caf\xe9"));
    // Six pages, each extracted twice: an untimed warm-up pass over the set, then the
    // timed pass that is scored.
    assert_eq!(seen.len(), 12);
    assert_eq!(seen[..6], seen[6..]);
    Ok(())
}

#[test]
fn dump_track_keep_everything_reads_the_dumps() -> TestResult {
    let set = fixture_set();
    let report = run(&set, Track::Dump, &EvalOptions::default(), |bytes, _| {
        Extracted::from_text(String::from_utf8_lossy(bytes).into_owned())
    })?;
    let all = report.overall().ok_or("no overall group")?;
    let shingle = all.shingle.ok_or("no shingle scores")?;
    // Keeping everything recalls every gold shingle but pays in precision.
    assert_eq!(shingle.recall, 1.0);
    assert!(shingle.precision < 0.7, "{shingle:?}");
    let snippets = all.snippets.ok_or("no snippet scores")?;
    // Every "with" is in the dump (after collapsing whitespace) and so is every "without".
    assert_eq!(snippets.counts, SnippetCounts { tp: 9, fp: 12, fn_: 0, tn: 0 });
    assert_eq!(report.track, Some(Track::Dump));
    Ok(())
}

#[test]
fn metadata_is_compared_per_labelled_field() -> TestResult {
    let set = fixture_set();
    let report = run(&set, Track::Html, &by_page_type(), |_, url| match url {
        Some("https://gazette.example/2024/03/15/cafe-gare") => Extracted {
            title: Some("le café de la gare  rouvre".to_owned()),
            author: Some("Marie Dupont".to_owned()),
            published: Some("2024-03-15T08:30:00+01:00".to_owned()),
            ..Extracted::default()
        },
        Some("https://tokyo-news.example/library") => Extracted {
            title: Some("東京の新しい図書館 - 東京ニュース".to_owned()),
            published: Some("2023-11-03".to_owned()),
            ..Extracted::default()
        },
        _ => Extracted::default(),
    })?;
    let all = report.overall().and_then(|g| g.metadata).ok_or("no metadata")?;
    assert_eq!((all.title.labelled, all.title.correct), (6, 1));
    assert_eq!((all.author.labelled, all.author.correct), (2, 1));
    assert_eq!((all.date.labelled, all.date.correct), (2, 1));
    let article = report.group("page_type=article").and_then(|g| g.metadata).ok_or("no article metadata")?;
    assert_eq!(article.title.accuracy(), Some(0.5));
    Ok(())
}

#[test]
fn unreadable_pages_and_panics_are_failures_scored_as_missing() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir(dir.path().join("gold"))?;
    std::fs::write(dir.path().join("gold/a.txt"), "alpha beta gamma delta")?;
    std::fs::write(dir.path().join("a.txt"), "alpha beta gamma delta")?;
    std::fs::write(dir.path().join("b.txt"), "boom")?;
    std::fs::write(
        dir.path().join(MANIFEST_FILE),
        concat!(
            r#"{"id": "a", "dump": "a.txt", "gold": "gold/a.txt", "with": ["alpha"]}"#,
            "\n",
            r#"{"id": "b", "dump": "b.txt", "gold": "gold/a.txt", "with": ["alpha"]}"#,
            "\n",
            r#"{"id": "c", "dump": "nowhere.txt", "gold": "gold/missing.txt", "with": ["alpha"]}"#,
            "\n",
            r#"{"id": "d", "html": "d.html", "with": ["alpha"]}"#,
            "\n",
        ),
    )?;
    let written = dir.path().join("out.jsonl");
    let opts = EvalOptions { output: Some(written.clone()), ..EvalOptions::default() };
    let report = run(dir.path(), Track::Dump, &opts, |bytes, _| {
        assert_ne!(bytes, b"boom", "the extractor fails on this page");
        Extracted::from_text(String::from_utf8_lossy(bytes).into_owned())
    })?;
    let failed: Vec<&str> = report.failures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(failed, ["b", "c", "c", "d"]);
    assert!(report.failures.iter().any(|f| f.detail.contains("panicked")));
    assert!(report.failures.iter().any(|f| f.detail.contains("no dump file")));
    assert_eq!(report.missing_ids, 3);
    let all = report.overall().ok_or("no overall group")?;
    // a and b have gold; c's gold is unreadable and d has none.
    let shingle = all.shingle.ok_or("no shingle scores")?;
    assert_eq!((shingle.pages, shingle.precision, shingle.recall), (2, 1.0, 0.5));
    let snippets = all.snippets.ok_or("no snippet scores")?;
    assert_eq!(snippets.counts, SnippetCounts { tp: 1, fp: 0, fn_: 3, tn: 0 });
    // Failed pages are written with a null text so score.py scores them the same way.
    let outputs = load_outputs(&written)?;
    assert_eq!(outputs.get("b"), Some(&None));
    assert_eq!(outputs.len(), 4);
    assert!(report.render_table().contains("Failures (4)"));
    Ok(())
}

#[test]
fn ids_restrict_the_set() -> TestResult {
    let set = fixture_set();
    let ids: HashSet<String> = ["article-fr", "forum-hi"].iter().map(|s| (*s).to_owned()).collect();
    let opts = EvalOptions { ids: Some(ids), ..EvalOptions::default() };
    let report = score_output_file(&set, &set.join("outputs.jsonl"), &opts)?;
    assert_eq!(report.pages, 2);
    // The other four ids of the output file are now unknown.
    assert_eq!((report.missing_ids, report.unknown_ids), (0, 4));
    Ok(())
}

#[test]
fn tables_show_every_group_and_combine_reports() -> TestResult {
    let set = fixture_set();
    let opts = EvalOptions { worst: 1, ..by_page_type() };
    let html = run(&set, Track::Html, &opts, fixed_extractor()?)?;
    let dump = run(&set, Track::Dump, &EvalOptions::default(), fixed_extractor()?)?;
    let table = html.render_table();
    for needle in ["page_type=forum", "pages/s", "0.665", "Worst 1 pages", "leaked: \"Next page\""] {
        assert!(table.contains(needle), "{needle:?} not in\n{table}");
    }
    let combined = render_combined(&[html, dump]);
    let lines: Vec<&str> = combined.lines().collect();
    // Header, six groups of the html run, the overall row of the dump run.
    assert_eq!(lines.len(), 8, "{combined}");
    assert!(lines.last().is_some_and(|l| l.starts_with("evalset  dump   all")), "{combined}");
    // The right-aligned "pages" column ends at the same character in every line.
    let header = lines.first().ok_or("no header")?;
    let end = header.find("pages").ok_or("no pages column")? + "pages".len();
    for line in &lines {
        let chars: Vec<char> = line.chars().collect();
        let last = chars.get(end - 1).copied().unwrap_or(' ');
        assert!(last == 's' || last.is_ascii_digit(), "misaligned: {line}");
        assert_eq!(chars.get(end), Some(&' '), "misaligned: {line}");
    }
    Ok(())
}

/// The reference scorer, when the shared bench folder is beside the repository (or further up).
fn reference_scorer() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = root.ancestors().skip(1).take(3).map(|dir| dir.join("shared/bench/score.py")).find(|p| p.is_file())?;
    let python_runs = Command::new("python3").arg("--version").output().is_ok_and(|out| out.status.success());
    python_runs.then_some(script)
}

fn run_reference(script: &Path, set: &Path, output: &Path) -> Result<Value, Box<dyn std::error::Error>> {
    let out = Command::new("python3")
        .arg(script)
        .arg(set)
        .arg(output)
        .args(["--json", "--n-bootstrap", "0", "--by", "page_type"])
        .output()?;
    if !out.status.success() {
        return Err(format!("score.py failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(serde_json::from_slice(&out.stdout)?)
}

#[test]
fn live_reference_scorer_agrees() -> TestResult {
    let Some(script) = reference_scorer() else {
        println!("note: score.py or python3 not found; skipped the live comparison");
        return Ok(());
    };
    let set = fixture_set();
    let fixed = run_reference(&script, &set, &set.join("outputs.jsonl"))?;
    assert_matches(&fixed, &score_output_file(&set, &set.join("outputs.jsonl"), &by_page_type())?.to_json(), "");

    // A keep-everything run on both tracks, scored by us and by score.py from the file it wrote.
    let dir = tempfile::tempdir()?;
    for track in [Track::Html, Track::Dump] {
        let written = dir.path().join(format!("{track}.jsonl"));
        let opts = EvalOptions { output: Some(written.clone()), ..by_page_type() };
        let report =
            run(&set, track, &opts, |bytes, _| Extracted::from_text(String::from_utf8_lossy(bytes).into_owned()))?;
        assert_matches(&run_reference(&script, &set, &written)?, &report.to_json(), track.as_str());
    }
    Ok(())
}
