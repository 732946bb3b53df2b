//! Accuracy of the metadata extractors on the labelled pages of the shared bench
//! (`wcxb-dev/manifest.jsonl`: `title`, `author`, `date`). Ignored by default, and skipped
//! when the bench is absent. Run with
//! `RINSE_BENCH=/path/to/bench cargo test --lib metadata::bench -- --ignored --nocapture`;
//! set `RINSE_BENCH_MISSES=1` to print every miss.

use std::path::PathBuf;

use scraper::Html;
use serde_json::Value;

use crate::metadata::dump::from_dump;
use crate::metadata::html::from_html;
use crate::model::PageMeta;

fn bench_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("RINSE_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"));
    dir.join("wcxb-dev/manifest.jsonl").exists().then_some(dir)
}

fn same(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    norm(a) == norm(b)
}

#[derive(Default)]
struct Score {
    labelled: u32,
    right: u32,
    found_wrong: u32,
    /// Values given for pages that have no label for the field (unknown right or wrong).
    unlabelled_found: u32,
}

impl Score {
    fn add(
        &mut self,
        label: Option<&str>,
        got: Option<&str>,
        is_right: impl Fn(&str, &str) -> bool,
        misses: &mut Vec<String>,
        id: &str,
        field: &str,
    ) {
        let Some(label) = label else {
            self.unlabelled_found += u32::from(got.is_some());
            return;
        };
        self.labelled += 1;
        match got {
            Some(g) if is_right(label, g) => self.right += 1,
            Some(g) => {
                self.found_wrong += 1;
                misses.push(format!("{id} {field}: want {label:?} got {g:?}"));
            }
            None => misses.push(format!("{id} {field}: want {label:?} got nothing")),
        }
    }

    fn line(&self, name: &str) -> String {
        format!(
            "{name:>7}: {:.3} ({}/{}, {} wrong, {} missing; {} given on unlabelled pages)",
            self.right as f64 / self.labelled.max(1) as f64,
            self.right,
            self.labelled,
            self.found_wrong,
            self.labelled - self.right - self.found_wrong,
            self.unlabelled_found
        )
    }
}

fn measure(track: &str, extract: impl Fn(&PathBuf, &Value) -> Option<PageMeta>) {
    let Some(dir) = bench_dir() else {
        eprintln!("Bench not found; skipped.");
        return;
    };
    let set = dir.join("wcxb-dev");
    let manifest = std::fs::read_to_string(set.join("manifest.jsonl")).unwrap_or_default();
    let (mut title, mut author, mut date) = (Score::default(), Score::default(), Score::default());
    let mut misses = Vec::new();
    for line in manifest.lines() {
        let Ok(row) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(meta) = extract(&set, &row) else {
            continue;
        };
        let id = row["id"].as_str().unwrap_or("?");
        title.add(row["title"].as_str(), meta.title.as_deref(), same, &mut misses, id, "title");
        author.add(row["author"].as_str(), meta.author.as_deref(), same, &mut misses, id, "author");
        let date_right = |a: &str, b: &str| a.get(..10) == b.get(..10);
        date.add(row["date"].as_str(), meta.published.as_deref(), date_right, &mut misses, id, "date");
    }
    if std::env::var_os("RINSE_BENCH_MISSES").is_some() {
        misses.sort();
        for m in &misses {
            println!("{m}");
        }
    }
    println!("{track} track, wcxb-dev:\n{}\n{}\n{}", title.line("title"), author.line("author"), date.line("date"));
}

#[test]
#[ignore = "needs the shared bench; run by hand"]
fn html_track_accuracy() {
    measure("HTML", |set, row| {
        let bytes = std::fs::read(set.join(row["html"].as_str()?)).ok()?;
        let doc = Html::parse_document(&String::from_utf8_lossy(&bytes));
        Some(from_html(&doc, row["url"].as_str()))
    });
}

#[test]
#[ignore = "needs the shared bench; run by hand"]
fn dump_track_accuracy() {
    measure("Dump", |set, row| {
        let text = std::fs::read_to_string(set.join(row["dump"].as_str()?)).ok()?;
        let lines: Vec<&str> = text.lines().collect();
        Some(from_dump(&lines))
    });
}

#[test]
#[ignore = "debug"]
fn lines_debug() {
    let Some(dir) = bench_dir() else { return };
    let Some(want) = std::env::var_os("RINSE_BENCH_ID") else {
        return;
    };
    let set = dir.join("wcxb-dev");
    let manifest = std::fs::read_to_string(set.join("manifest.jsonl")).unwrap_or_default();
    for line in manifest.lines() {
        let Ok(row) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if row["id"].as_str() != want.to_str() {
            continue;
        }
        let bytes = std::fs::read(set.join(row["html"].as_str().unwrap())).unwrap();
        let doc = Html::parse_document(&String::from_utf8_lossy(&bytes));
        for (i, l) in crate::metadata::visible::visible_lines(&doc).iter().enumerate().take(400) {
            println!(
                "{i:4} {} {:?} {:?}",
                if l.in_h1 { "H1" } else { "  " },
                l.text,
                crate::metadata::byline::recognise(&l.text)
            );
        }
    }
}
