//! Golden cases: one folder per page under `fixtures/seeds/` and `fixtures/pages/`.
//!
//! A case holds `input.txt` (a text dump) or `input.html`, plus:
//! - `expected.txt`: paragraphs separated by blank lines; each must come out as a whole
//!   paragraph of the clean body, in this order (other paragraphs may sit between them;
//!   the lines of preformatted text stay lines);
//! - `expected.json`: `title`, `author`, `published` (a prefix: `2016-12-06` matches a full
//!   timestamp), `site`, `language` — checked when present (`null` means "must be empty");
//!   `must_not_contain`: strings the body must not contain; `removed_by`: rule id → a
//!   string that must sit in a block that rule removed; `url`: the page's URL.

use std::path::{Path, PathBuf};

use rinse::clean::CleanOptions;
use rinse::model::{InputKind, PageHints, RawPage, SourceKind};
use rinse::pipeline::{self, Processed};
use serde_json::Value;

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut cases = Vec::new();
    for group in ["seeds", "pages"] {
        let Ok(entries) = std::fs::read_dir(root.join(group)) else { continue };
        for entry in entries.flatten() {
            if entry.path().join("expected.json").is_file() {
                cases.push(entry.path());
            }
        }
    }
    cases.sort();
    cases
}

fn run_case(dir: &Path) -> Result<(), String> {
    let read = |name: &str| std::fs::read(dir.join(name)).ok();
    let (body, kind) = match (read("input.txt"), read("input.html")) {
        (Some(b), _) => (b, InputKind::Text),
        (None, Some(b)) => (b, InputKind::Html),
        _ => return Err("no input.txt or input.html".into()),
    };
    let expected: Value = std::fs::read_to_string(dir.join("expected.json"))
        .map_err(|e| e.to_string())
        .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))?;
    let raw = RawPage {
        source: dir.display().to_string(),
        source_kind: SourceKind::File,
        url: expected.get("url").and_then(Value::as_str).map(str::to_owned),
        kind: Some(kind),
        content_type: expected.get("content_type").and_then(Value::as_str).map(str::to_owned),
        fetched_at: None,
        hints: PageHints::default(),
        body,
    };
    let opts = CleanOptions { keep_removed_text: true, ..CleanOptions::default() };
    let processed = pipeline::process(raw, &opts).map_err(|p| format!("no document: {p}"))?;
    let mut errors = Vec::new();
    check_paragraphs(dir, &processed, &mut errors);
    check_metadata(&expected, &processed, &mut errors);
    check_removals(&expected, &processed, &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n--- body:\n{}\n---", errors.join("\n"), processed.document.body))
    }
}

fn check_paragraphs(dir: &Path, p: &Processed, errors: &mut Vec<String>) {
    let Ok(expected) = std::fs::read_to_string(dir.join("expected.txt")) else { return };
    let got: Vec<&str> = p.document.body.split("\n\n").collect();
    let mut at = 0;
    for want in expected.split("\n\n").map(str::trim).filter(|s| !s.is_empty()) {
        // As the normaliser writes a paragraph: code keeps its lines and indentation.
        let want = rinse::normalize::normalize_body(&[want.to_owned()]);
        match got[at..].iter().position(|g| *g == want) {
            Some(offset) => at += offset + 1,
            None => {
                let reason = if got.contains(&want.as_str()) { "out of order" } else { "missing" };
                errors.push(format!("paragraph {reason}: {want:?}"));
            }
        }
    }
}

fn check_metadata(expected: &Value, p: &Processed, errors: &mut Vec<String>) {
    let d = &p.document;
    let fields = [
        ("title", &d.title),
        ("author", &d.author),
        ("published", &d.published),
        ("site", &d.site),
        ("language", &d.language),
    ];
    for (name, got) in fields {
        let Some(want) = expected.get(name) else { continue };
        let ok = match (want, got) {
            (Value::Null, None) => true,
            (Value::String(w), Some(g)) if name == "published" => g.starts_with(w.as_str()),
            (Value::String(w), Some(g)) => w == g,
            _ => false,
        };
        if !ok {
            errors.push(format!("{name}: expected {want}, got {got:?}"));
        }
    }
    if let Some(forbidden) = expected.get("must_not_contain").and_then(Value::as_array) {
        for s in forbidden.iter().filter_map(Value::as_str) {
            if d.body.contains(s) {
                errors.push(format!("boilerplate left in the body: {s:?}"));
            }
        }
    }
}

fn check_removals(expected: &Value, p: &Processed, errors: &mut Vec<String>) {
    let Some(wanted) = expected.get("removed_by").and_then(Value::as_object) else { return };
    for (rule, text) in wanted {
        let Some(text) = text.as_str() else { continue };
        let found = p.clean.removed.iter().any(|r| r.rule.as_str() == rule && r.text.contains(text));
        if !found {
            let by = p.clean.removed.iter().find(|r| r.text.contains(text)).map(|r| r.rule.as_str());
            errors.push(format!("{text:?} should be removed by {rule}, was {}", by.unwrap_or("kept")));
        }
    }
}

#[test]
fn golden_cases() {
    let cases = cases();
    assert!(!cases.is_empty(), "no golden cases found under fixtures/");
    let failures: Vec<String> =
        cases.iter().filter_map(|dir| run_case(dir).err().map(|e| format!("=== {}\n{e}", dir.display()))).collect();
    assert!(
        failures.is_empty(),
        "{} of {} golden cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
