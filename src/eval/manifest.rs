//! The labelled-set layout: `manifest.jsonl` (one page per line) and the `{"id", "text"}`
//! output files that the reference scorer reads.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::EvalError;

/// The name of the page list inside a set folder.
pub const MANIFEST_FILE: &str = "manifest.jsonl";

/// One labelled page of a set.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestEntry {
    pub id: String,
    pub url: Option<String>,
    /// The page as served, relative to the set folder.
    pub html: Option<PathBuf>,
    /// The plain-text dump of the page, relative to the set folder.
    pub dump: Option<PathBuf>,
    /// The reference main text, relative to the set folder.
    pub gold: Option<PathBuf>,
    pub title: Option<String>,
    pub author: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub page_type: Option<String>,
    /// Snippets a good extraction contains.
    pub with: Vec<String>,
    /// Snippets a good extraction leaves out.
    pub without: Vec<String>,
    /// Every field of the line, for grouping by an arbitrary field.
    pub fields: Map<String, Value>,
}

impl ManifestEntry {
    /// The group label of this page for `field`, spelled as `score.py` spells it
    /// (`str(m.get(field))`: a missing or null field is `None`).
    pub fn group_value(&self, field: &str) -> String {
        match self.fields.get(field) {
            None | Some(Value::Null) => "None".to_owned(),
            Some(Value::String(s)) => s.clone(),
            Some(Value::Bool(true)) => "True".to_owned(),
            Some(Value::Bool(false)) => "False".to_owned(),
            Some(other) => other.to_string(),
        }
    }

    /// Whether the page is scored with snippets (`score.py`: `m.get("with") or m.get("without")`).
    pub fn has_snippets(&self) -> bool {
        !self.with.is_empty() || !self.without.is_empty()
    }

    fn from_fields(fields: Map<String, Value>) -> Result<Self, String> {
        let id = match fields.get("id") {
            Some(Value::String(id)) => id.clone(),
            Some(other) => return Err(format!("\"id\" is not a string: {other}")),
            None => return Err("no \"id\"".to_owned()),
        };
        let text = |name: &str| -> Result<Option<String>, String> {
            match fields.get(name) {
                None | Some(Value::Null) => Ok(None),
                // An empty string is as good as absent (`score.py` tests truthiness).
                Some(Value::String(s)) if s.is_empty() => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(other) => Err(format!("\"{name}\" is not a string: {other}")),
            }
        };
        let list = |name: &str| -> Result<Vec<String>, String> {
            match fields.get(name) {
                None | Some(Value::Null) => Ok(Vec::new()),
                Some(Value::Array(items)) => items
                    .iter()
                    .map(|item| match item {
                        Value::String(s) => Ok(s.clone()),
                        other => Err(format!("\"{name}\" holds a non-string: {other}")),
                    })
                    .collect(),
                Some(other) => Err(format!("\"{name}\" is not a list: {other}")),
            }
        };
        Ok(ManifestEntry {
            url: text("url")?,
            html: text("html")?.map(PathBuf::from),
            dump: text("dump")?.map(PathBuf::from),
            gold: text("gold")?.map(PathBuf::from),
            title: text("title")?,
            author: text("author")?,
            date: text("date")?,
            page_type: text("page_type")?,
            with: list("with")?,
            without: list("without")?,
            id,
            fields,
        })
    }
}

/// Read `SET_DIR/manifest.jsonl`. Blank lines are skipped; any other line that is not a page
/// object is an error naming the line, because a set with a broken label cannot be scored.
pub fn load_manifest(set_dir: &Path) -> Result<Vec<ManifestEntry>, EvalError> {
    let path = set_dir.join(MANIFEST_FILE);
    let file = File::open(&path).map_err(|source| EvalError::Read { path: path.clone(), source })?;
    let mut entries = Vec::new();
    for (index, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|source| EvalError::Read { path: path.clone(), source })?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |reason: String| EvalError::BadLine { path: path.clone(), line: index + 1, reason };
        let fields = match serde_json::from_str::<Value>(&line) {
            Ok(Value::Object(fields)) => fields,
            Ok(_) => return Err(bad("not a JSON object".to_owned())),
            Err(err) => return Err(bad(err.to_string())),
        };
        entries.push(ManifestEntry::from_fields(fields).map_err(bad)?);
    }
    Ok(entries)
}

/// Read a system output file (`{"id": ..., "text": ...}` per line) into id → text. A null
/// text stays `None`; a later line for the same id wins, as in `score.py`.
pub fn load_outputs(path: &Path) -> Result<HashMap<String, Option<String>>, EvalError> {
    let file = File::open(path).map_err(|source| EvalError::Read { path: path.to_owned(), source })?;
    let mut outputs = HashMap::new();
    for (index, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|source| EvalError::Read { path: path.to_owned(), source })?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |reason: String| EvalError::BadLine { path: path.to_owned(), line: index + 1, reason };
        let record: Value = serde_json::from_str(&line).map_err(|err| bad(err.to_string()))?;
        let id = match record.get("id") {
            Some(Value::String(id)) => id.clone(),
            _ => return Err(bad("no string \"id\"".to_owned())),
        };
        let text = match record.get("text") {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(text.clone()),
            Some(other) => return Err(bad(format!("\"text\" is not a string: {other}"))),
        };
        outputs.insert(id, text);
    }
    Ok(outputs)
}

/// Writes `{"id", "text"}` lines as `score.py` reads them, one page at a time.
pub(crate) struct OutputWriter {
    path: PathBuf,
    out: BufWriter<File>,
}

impl OutputWriter {
    pub(crate) fn create(path: &Path) -> Result<Self, EvalError> {
        let file = File::create(path).map_err(|source| EvalError::Write { path: path.to_owned(), source })?;
        Ok(OutputWriter { path: path.to_owned(), out: BufWriter::new(file) })
    }

    /// One output line: `id` and `text` (what `score.py` reads), and the metadata found, so
    /// that metadata errors can be studied from the same file.
    pub(crate) fn write(&mut self, id: &str, extracted: Option<&super::Extracted>) -> Result<(), EvalError> {
        let line = serde_json::json!({
            "id": id,
            "text": extracted.map(|e| e.text.as_str()),
            "title": extracted.and_then(|e| e.title.as_deref()),
            "author": extracted.and_then(|e| e.author.as_deref()),
            "published": extracted.and_then(|e| e.published.as_deref()),
        });
        writeln!(self.out, "{line}").map_err(|source| EvalError::Write { path: self.path.clone(), source })
    }

    pub(crate) fn finish(mut self) -> Result<(), EvalError> {
        self.out.flush().map_err(|source| EvalError::Write { path: self.path.clone(), source })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(line: &str) -> Result<ManifestEntry, String> {
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(fields)) => ManifestEntry::from_fields(fields),
            _ => Err("not an object".to_owned()),
        }
    }

    #[test]
    fn reads_every_known_field() -> Result<(), String> {
        let e = entry(
            r#"{"id": "a", "url": "https://x.test/", "html": "html/a.html", "dump": "dump/a.txt",
                "gold": "gold/a.txt", "title": "T", "author": "A", "date": "2024-01-02",
                "page_type": "forum", "with": ["w"], "without": ["x", "y"], "split": "dev"}"#,
        )?;
        assert_eq!(e.id, "a");
        assert_eq!(e.gold.as_deref(), Some(Path::new("gold/a.txt")));
        assert_eq!((e.with.len(), e.without.len()), (1, 2));
        assert_eq!(e.group_value("split"), "dev");
        assert_eq!(e.group_value("page_type"), "forum");
        assert!(e.has_snippets());
        Ok(())
    }

    #[test]
    fn missing_null_and_empty_fields_are_absent() -> Result<(), String> {
        let e = entry(r#"{"id": "b", "gold": "", "author": null, "with": null, "without": []}"#)?;
        assert_eq!((&e.gold, &e.author), (&None, &None));
        assert!(!e.has_snippets());
        assert_eq!(e.group_value("page_type"), "None");
        Ok(())
    }

    #[test]
    fn wrong_types_are_reported_with_the_field() {
        assert!(entry(r#"{"url": "u"}"#).is_err_and(|e| e.contains("id")));
        assert!(entry(r#"{"id": 3}"#).is_err_and(|e| e.contains("id")));
        assert!(entry(r#"{"id": "c", "with": "one"}"#).is_err_and(|e| e.contains("with")));
        assert!(entry(r#"{"id": "c", "title": 5}"#).is_err_and(|e| e.contains("title")));
    }

    #[test]
    fn bad_manifest_line_names_file_and_line() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        std::fs::write(dir.path().join(MANIFEST_FILE), "{\"id\": \"a\"}\n\n[1]\n")?;
        let err = load_manifest(dir.path()).err().ok_or("expected an error")?;
        assert!(err.to_string().contains("manifest.jsonl line 3"), "{err}");
        Ok(())
    }

    #[test]
    fn outputs_round_trip_through_the_writer() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("out.jsonl");
        let mut writer = OutputWriter::create(&path)?;
        let quoted = super::super::Extracted {
            title: Some("A title".to_owned()),
            ..super::super::Extracted::from_text("text \"quoted\"\nline".to_owned())
        };
        writer.write("a", Some(&quoted))?;
        writer.write("b", None)?;
        writer.write("a", Some(&super::super::Extracted::from_text("later wins".to_owned())))?;
        writer.finish()?;
        assert!(std::fs::read_to_string(&path)?.contains(r#""title":"A title""#));
        let outputs = load_outputs(&path)?;
        assert_eq!(outputs.get("a"), Some(&Some("later wins".to_owned())));
        assert_eq!(outputs.get("b"), Some(&None));
        Ok(())
    }
}
