//! JSONL reader: one page per line, each line a JSON object with a `url` and either `text` (a
//! text dump) or `html`; `title` and `date` become page hints. The names other corpora give
//! these fields are read too (`content`, `raw_content`, `link`, `published`...: see
//! [`JsonlRecord`]); the first name present wins. A line that is not such an
//! object is a [`Reason::BadJson`] problem and reading goes on with the next line; a line
//! longer than the document limit is read past without being held
//! ([`Reason::TooLarge`]). Blank lines are skipped.

use std::io::{self, BufReader};

use serde::{Deserialize, Deserializer};
use tracing::debug;

use super::file::Stream;
use super::gzip::damaged_member;
use super::{LineRead, PageSource, READ_BUFFER_BYTES, ReadOptions, read_line_bounded};
use crate::error::{Problem, Reason};
use crate::model::{InputKind, PageHints, RawPage, SourceKind};

/// The fields rinse reads from a JSONL line; others are ignored. Each field is read under its
/// own name first, then under the names common corpora use for it (OSCAR's `content`,
/// RedPajama's `raw_content`, feeds' `link`, ...). Separate fields rather than serde aliases: an
/// alias makes a line holding both names a "duplicate field" error.
#[derive(Debug, Deserialize)]
struct JsonlRecord {
    #[serde(default, deserialize_with = "string_or_number")]
    url: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    link: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    source_url: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default, deserialize_with = "string_only")]
    content: Option<String>,
    #[serde(default, deserialize_with = "string_only")]
    raw_content: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default, deserialize_with = "string_only")]
    raw_html: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    title: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    date: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    published: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    date_published: Option<String>,
}

impl JsonlRecord {
    /// The page body and what it is: HTML under any HTML name wins over text. An empty or
    /// blank field counts as missing: a dataset that fills in `"html": ""` for pages it has
    /// only as text still has their text. A record whose body fields are all blank has an
    /// empty body (skipped as empty, not failed as having none).
    fn body(&mut self) -> Option<(String, InputKind)> {
        let mut html_fields = [self.html.take(), self.raw_html.take()];
        let mut text_fields = [self.text.take(), self.content.take(), self.raw_content.take()];
        let first_given = |fields: &mut [Option<String>]| {
            fields.iter_mut().find(|field| field.as_deref().is_some_and(|body| !body.trim().is_empty()))?.take()
        };
        if let Some(html) = first_given(&mut html_fields) {
            return Some((html, InputKind::Html));
        }
        if let Some(text) = first_given(&mut text_fields) {
            return Some((text, InputKind::Text));
        }
        let any_html = html_fields.iter().any(Option::is_some);
        let any_text = text_fields.iter().any(Option::is_some);
        match (any_html, any_text) {
            (true, _) => Some((String::new(), InputKind::Html)),
            (false, true) => Some((String::new(), InputKind::Text)),
            (false, false) => None,
        }
    }
}

/// A line serde refuses for damage a writer of JSON Lines commonly leaves: a `\uD800`
/// escape for half a surrogate pair (JavaScript strings cut in the middle of an emoji; it
/// becomes U+FFFD, counted), or a key given twice (the last wins, as in most JSON readers).
/// Returns the record and how many escapes were replaced.
fn read_leniently(line: &str) -> Option<(JsonlRecord, u64)> {
    let (repaired, replaced) = replace_lone_surrogates(line);
    let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&repaired).ok()?;
    let record = serde_json::from_value(serde_json::Value::Object(object)).ok()?;
    Some((record, replaced))
}

/// `line` with each `\u` escape of a surrogate that has no partner replaced by `\uFFFD`.
fn replace_lone_surrogates(line: &str) -> (std::borrow::Cow<'_, str>, u64) {
    fn escaped_unit(bytes: &[u8], at: usize) -> Option<u16> {
        let digits = bytes.get(at + 2..at + 6)?;
        (bytes.get(at + 1) == Some(&b'u')).then_some(())?;
        u16::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    }
    let bytes = line.as_bytes();
    let mut lone = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'\\' {
            at += 1;
            continue;
        }
        match escaped_unit(bytes, at) {
            Some(0xD800..=0xDBFF) => {
                let paired = escaped_unit(bytes, at + 6).is_some_and(|next| (0xDC00..=0xDFFF).contains(&next));
                if paired {
                    at += 12;
                    continue;
                }
                lone.push(at);
                at += 6;
            }
            Some(0xDC00..=0xDFFF) => {
                lone.push(at);
                at += 6;
            }
            Some(_) => at += 6,
            // Any other escape is two characters (`\\`, `\"`, `\n`, ...).
            None => at += 2,
        }
    }
    if lone.is_empty() {
        return (std::borrow::Cow::Borrowed(line), 0);
    }
    let mut repaired = String::with_capacity(line.len());
    let mut from = 0;
    for &start in &lone {
        repaired.push_str(&line[from..start]);
        repaired.push_str("\\uFFFD");
        from = start + 6;
    }
    repaired.push_str(&line[from..]);
    (std::borrow::Cow::Owned(repaired), lone.len() as u64)
}

/// Metadata fields are taken when they are strings (or numbers, such as a year or a
/// timestamp) and ignored otherwise, rather than failing the line.
fn string_or_number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::String(value) => Some(value),
        serde_json::Value::Number(number) => Some(number.to_string()),
        _ => None,
    })
}

/// Another corpus's body field is taken when it is a string and ignored otherwise: under those
/// names some datasets keep other things (an object of parts, a list).
fn string_only<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::String(value) => Some(value),
        _ => None,
    })
}

/// Why a line that does not open with `{` is no record: not JSON, or JSON of another type.
fn not_an_object(line: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(line) {
        Err(error) => format!("not JSON: {error}"),
        Ok(value) => {
            let what = match value {
                serde_json::Value::Array(_) => "an array",
                serde_json::Value::String(_) => "a string",
                serde_json::Value::Number(_) => "a number",
                serde_json::Value::Bool(_) => "a boolean",
                serde_json::Value::Null | serde_json::Value::Object(_) => "null",
            };
            format!("not a JSON object but {what}")
        }
    }
}

/// The keys an object line has, to show what it holds instead of `text` or `html` (another
/// dataset's field names: `content`, `raw_content`...).
fn keys_of(line: &str) -> String {
    match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(line) {
        Ok(object) if object.is_empty() => "it has no keys".to_owned(),
        Ok(object) => {
            let keys: Vec<&str> = object.keys().map(String::as_str).take(MAX_KEYS_SHOWN).collect();
            let more = if object.len() > MAX_KEYS_SHOWN { ", ..." } else { "" };
            format!("its keys: {}{more}", keys.join(", "))
        }
        Err(_) => "its keys cannot be listed".to_owned(),
    }
}

/// Keys listed in the problem of an object that has no page body.
const MAX_KEYS_SHOWN: usize = 8;

/// The UTF-8 byte-order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads the pages of one JSONL file, line by line.
pub(super) struct JsonlSource {
    name: String,
    reader: BufReader<Stream>,
    /// Whether the file is gzip-compressed (a read error then means a damaged archive).
    compressed: bool,
    line: Vec<u8>,
    line_number: u64,
    opts: ReadOptions,
    done: bool,
}

impl JsonlSource {
    pub(super) fn new(name: String, stream: Stream, compressed: bool, opts: ReadOptions) -> Self {
        JsonlSource {
            name,
            reader: BufReader::with_capacity(READ_BUFFER_BYTES, stream),
            compressed,
            line: Vec::new(),
            line_number: 0,
            opts,
            done: false,
        }
    }

    fn problem(&self, reason: Reason, detail: impl Into<String>) -> Problem {
        let problem = Problem::new(format!("{}#L{}", self.name, self.line_number), reason, detail);
        debug!(source = %problem.source, reason = %problem.reason, detail = %problem.detail, "Skipped a JSONL line.");
        problem
    }

    /// The page on the current line.
    fn page(&self, line: &[u8]) -> Result<RawPage, Problem> {
        // Invalid UTF-8 is replaced, not refused: it is damage, not a malformed line.
        let text = String::from_utf8_lossy(line);
        // serde reads a struct from an array too, field by field: `["https://a", "body"]` would
        // become a page. Only objects are records.
        if !text.trim_start().starts_with('{') {
            return Err(self.problem(Reason::BadJson, not_an_object(&text)));
        }
        let mut replaced_escapes = 0;
        let mut record = match serde_json::from_str::<JsonlRecord>(&text) {
            Ok(record) => record,
            Err(error) => {
                let (record, replaced) = read_leniently(&text)
                    .ok_or_else(|| self.problem(Reason::BadJson, format!("not a page object: {error}")))?;
                replaced_escapes = replaced;
                record
            }
        };
        let Some((body, kind)) = record.body() else {
            let detail = format!(
                "object has no \"text\" or \"html\" string, nor \"content\", \"raw_content\" or \"raw_html\"; {}",
                keys_of(&text)
            );
            return Err(self.problem(Reason::BadJson, detail));
        };
        Ok(RawPage {
            source: format!("{}#L{}", self.name, self.line_number),
            source_kind: SourceKind::Jsonl,
            url: record.url.or(record.link).or(record.source_url),
            kind: Some(self.opts.force_kind.unwrap_or(kind)),
            content_type: None,
            fetched_at: None,
            hints: PageHints {
                title: record.title,
                date: record.date.or(record.published).or(record.date_published),
                replaced_bytes: line.utf8_chunks().filter(|chunk| !chunk.invalid().is_empty()).count() as u64
                    + replaced_escapes,
                ..PageHints::default()
            },
            body: body.into_bytes(),
        })
    }
}

impl PageSource for JsonlSource {
    fn next_page(&mut self) -> Option<Result<RawPage, Problem>> {
        loop {
            if self.done {
                return None;
            }
            let mut line = std::mem::take(&mut self.line);
            let outcome = read_line_bounded(&mut self.reader, &mut line, self.opts.max_document_bytes);
            self.line_number += 1;
            let result = match outcome {
                Ok(LineRead::Eof) => {
                    self.done = true;
                    None
                }
                Ok(LineRead::TooLong { length }) => {
                    let limit = self.opts.max_document_bytes;
                    let detail = format!("line is {length} bytes, over the limit of {limit} bytes");
                    Some(Err(self.problem(Reason::TooLarge, detail)))
                }
                Ok(LineRead::Line) => {
                    let content = line.strip_suffix(b"\r").unwrap_or(&line);
                    // Files saved on Windows often open with a byte-order mark.
                    let content = match self.line_number {
                        1 => content.strip_prefix(UTF8_BOM).unwrap_or(content),
                        _ => content,
                    };
                    if content.trim_ascii().is_empty() { None } else { Some(self.page(content)) }
                }
                Err(error) => {
                    // After a damaged gzip member, reading goes on at the next one.
                    self.done = damaged_member(&error).is_none();
                    Some(Err(self.read_error(&error)))
                }
            };
            self.line = line;
            if result.is_some() || self.done {
                return result;
            }
        }
    }
}

impl JsonlSource {
    fn read_error(&self, error: &io::Error) -> Problem {
        let damaged = self.compressed
            && matches!(
                error.kind(),
                io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof
            );
        if damaged {
            let mut detail = format!("gzip stream is damaged or truncated: {error}");
            // A member's checksum is checked at its end: the lines it gave before that are
            // stored already.
            let lines_before = self.line_number.saturating_sub(1);
            if let Some(damage) = damaged_member(error)
                && damage.output_start == 0
                && lines_before > 0
            {
                detail.push_str(&format!(
                    ". The stream is one gzip member from its start: the {lines_before} lines read from it before the damage showed are stored, and one of them may hold the damaged bytes (`gzip -t` checks a file before an import)"
                ));
            } else if damaged_member(error).is_some() && lines_before > 0 {
                detail.push_str(". Lines read from the same gzip member before the damage showed are stored, and one of them may hold the damaged bytes");
            }
            self.problem(Reason::BadArchive, detail)
        } else {
            self.problem(Reason::Io, error.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn read(content: &[u8], opts: ReadOptions) -> Vec<Result<RawPage, Problem>> {
        let mut source = JsonlSource::new("in.jsonl".into(), Box::new(Cursor::new(content.to_vec())), false, opts);
        std::iter::from_fn(|| source.next_page()).collect()
    }

    /// The details of the problems among `items`, in order.
    fn details(items: &[Result<RawPage, Problem>]) -> Vec<&str> {
        items.iter().filter_map(|item| item.as_ref().err()).map(|p| p.detail.as_str()).collect()
    }

    fn reasons(items: &[Result<RawPage, Problem>]) -> Vec<Option<Reason>> {
        items.iter().map(|item| item.as_ref().err().map(|problem| problem.reason)).collect()
    }

    #[test]
    fn a_byte_order_mark_before_the_first_line_is_dropped() {
        let items = read(b"\xEF\xBB\xBF{\"text\":\"one\"}\n\xEF\xBB\xBF{\"text\":\"two\"}\n", ReadOptions::default());
        // Only the file's first line may carry the mark; inside the file it is damage.
        assert_eq!(reasons(&items), vec![None, Some(Reason::BadJson)]);
        let first = items.first().and_then(|item| item.as_ref().ok());
        assert_eq!(first.map(|p| p.body.as_slice()), Some(b"one".as_slice()));
    }

    #[test]
    fn invalid_utf8_in_a_line_is_replaced_and_counted() {
        let items = read(b"{\"text\":\"Caf\xE9 \xFF\xFE. The end.\"}\n{\"text\":\"Clean.\"}\n", ReadOptions::default());
        let replaced: Vec<Option<u64>> =
            items.iter().map(|item| item.as_ref().ok().map(|page| page.hints.replaced_bytes)).collect();
        assert_eq!(replaced, [Some(3), Some(0)]);
        let first = items.first().and_then(|item| item.as_ref().ok());
        assert_eq!(
            first.map(|p| String::from_utf8_lossy(&p.body).into_owned()).as_deref(),
            Some("Caf\u{FFFD} \u{FFFD}\u{FFFD}. The end.")
        );
    }

    #[test]
    fn half_surrogate_pairs_and_repeated_keys_do_not_cost_the_line() {
        let content = concat!(
            "{\"text\":\"Cut emoji \\ud83d. Whole \\ud83d\\ude00. Stray \\ude00. Backslash \\\\ud800.\"}\n",
            "{\"url\":\"https://a.example/1\",\"text\":\"First\",\"text\":\"Second\"}\n",
            // Near miss: damage of another kind still fails the line.
            "{\"text\":\"Open string}\n",
        );
        let items = read(content.as_bytes(), ReadOptions::default());
        assert_eq!(reasons(&items), vec![None, None, Some(Reason::BadJson)]);
        let body = |n: usize| {
            items.get(n).and_then(|item| item.as_ref().ok()).map(|p| String::from_utf8_lossy(&p.body).into_owned())
        };
        assert_eq!(body(0).as_deref(), Some("Cut emoji \u{FFFD}. Whole \u{1F600}. Stray \u{FFFD}. Backslash \\ud800."));
        let replaced = items.first().and_then(|item| item.as_ref().ok()).map(|p| p.hints.replaced_bytes);
        assert_eq!(replaced, Some(2));
        assert_eq!(body(1).as_deref(), Some("Second"));
    }

    #[test]
    fn text_and_html_lines_become_pages_with_hints() {
        let content = concat!(
            "{\"url\":\"https://a.example/1\",\"text\":\"Body one\",\"title\":\"One\",\"date\":\"2024-05-01\"}\n",
            "\n",
            "{\"url\":\"https://a.example/2\",\"html\":\"<p>Two</p>\",\"text\":\"Two\",\"extra\":[1]}\r\n",
        );
        let items = read(content.as_bytes(), ReadOptions::default());
        assert_eq!(items.len(), 2);
        let first = items.first().and_then(|item| item.as_ref().ok());
        assert_eq!(first.map(|p| p.source.as_str()), Some("in.jsonl#L1"));
        assert_eq!(first.map(|p| p.kind), Some(Some(InputKind::Text)));
        assert_eq!(first.map(|p| p.body.as_slice()), Some(&b"Body one"[..]));
        assert_eq!(first.and_then(|p| p.hints.title.as_deref()), Some("One"));
        assert_eq!(first.and_then(|p| p.hints.date.as_deref()), Some("2024-05-01"));
        let second = items.get(1).and_then(|item| item.as_ref().ok());
        assert_eq!(second.map(|p| p.source.as_str()), Some("in.jsonl#L3"));
        assert_eq!(second.map(|p| p.kind), Some(Some(InputKind::Html)));
        assert_eq!(second.and_then(|p| p.url.as_deref()), Some("https://a.example/2"));
    }

    #[test]
    fn an_empty_html_field_gives_way_to_the_text() {
        let content = concat!(
            "{\"html\":\"\",\"text\":\"Body one\"}\n",
            "{\"html\":\"  \\n \",\"raw_html\":\"<p>Two</p>\",\"text\":\"Two\"}\n",
            // Near miss: HTML that holds something still wins.
            "{\"html\":\"<p>Three</p>\",\"text\":\"Three\"}\n",
            // All blank: an empty page (skipped as such later), not a line without a body.
            "{\"html\":\"\",\"text\":\" \"}\n",
        );
        let items = read(content.as_bytes(), ReadOptions::default());
        let bodies: Vec<Option<(Option<InputKind>, &[u8])>> =
            items.iter().map(|item| item.as_ref().ok().map(|p| (p.kind, p.body.as_slice()))).collect();
        assert_eq!(
            bodies,
            [
                Some((Some(InputKind::Text), &b"Body one"[..])),
                Some((Some(InputKind::Html), &b"<p>Two</p>"[..])),
                Some((Some(InputKind::Html), &b"<p>Three</p>"[..])),
                Some((Some(InputKind::Html), &b""[..])),
            ]
        );
    }

    #[test]
    fn other_corpora_field_names_are_read() {
        let content = concat!(
            "{\"link\":\"https://a.example/1\",\"raw_content\":\"Body one\",\"published\":\"2024-05-01\"}\n",
            "{\"url\":\"https://a.example/2\",\"link\":\"https://b.example/\",\"content\":\"Two\"}\n",
            "{\"raw_html\":\"<p>Three</p>\",\"content\":\"Three\"}\n",
            // Near miss: a body name holding no string is not a body; the own name still is.
            "{\"content\":{\"parts\":[1]},\"text\":\"Four\"}\n",
            "{\"content\":[\"Five\"]}\n",
        );
        let items = read(content.as_bytes(), ReadOptions::default());
        let pages: Vec<Option<&RawPage>> = items.iter().map(|item| item.as_ref().ok()).collect();
        let body = |i: usize| pages.get(i).copied().flatten().map(|p| String::from_utf8_lossy(&p.body).into_owned());
        let url = |i: usize| pages.get(i).copied().flatten().and_then(|p| p.url.clone());
        assert_eq!(body(0).as_deref(), Some("Body one"));
        assert_eq!(url(0).as_deref(), Some("https://a.example/1"));
        assert_eq!(pages.first().copied().flatten().and_then(|p| p.hints.date.as_deref()), Some("2024-05-01"));
        assert_eq!(url(1).as_deref(), Some("https://a.example/2"), "`url` wins over `link`");
        assert_eq!(body(2).as_deref(), Some("<p>Three</p>"));
        assert_eq!(pages.get(2).copied().flatten().map(|p| p.kind), Some(Some(InputKind::Html)));
        assert_eq!(body(3).as_deref(), Some("Four"));
        assert_eq!(reasons(&items).get(4), Some(&Some(Reason::BadJson)));
    }

    #[test]
    fn bad_lines_are_problems_and_reading_goes_on() {
        let content =
            b"not json\n{\"url\":\"u\"}\n[1,2]\n{\"text\": 5}\n{\"text\":\"good\",\"date\":20240501,\"title\":null}\n";
        let items = read(content, ReadOptions::default());
        assert_eq!(
            reasons(&items),
            [Some(Reason::BadJson), Some(Reason::BadJson), Some(Reason::BadJson), Some(Reason::BadJson), None]
        );
        let problem = items.get(1).and_then(|item| item.as_ref().err());
        assert_eq!(problem.map(|p| p.source.as_str()), Some("in.jsonl#L2"));
        assert_eq!(
            details(&items),
            [
                "not JSON: expected ident at line 1 column 2",
                "object has no \"text\" or \"html\" string, nor \"content\", \"raw_content\" or \"raw_html\"; its keys: url",
                "not a JSON object but an array",
                "not a page object: invalid type: integer `5`, expected a string at line 1 column 10",
            ]
        );
        let last = items.get(4).and_then(|item| item.as_ref().ok());
        assert_eq!(last.and_then(|p| p.hints.date.as_deref()), Some("20240501"));
        assert_eq!(last.and_then(|p| p.hints.title.as_deref()), None);
    }

    #[test]
    fn arrays_are_not_read_as_records() {
        // serde would fill the record's fields in order from an array.
        let items = read(b"[\"https://a.example/1\", \"Body text\"]\n\"text\"\n{}\n", ReadOptions::default());
        assert_eq!(
            details(&items),
            [
                "not a JSON object but an array",
                "not a JSON object but a string",
                "object has no \"text\" or \"html\" string, nor \"content\", \"raw_content\" or \"raw_html\"; it has no keys",
            ]
        );
        // Near miss: an object with leading spaces is a record.
        assert_eq!(reasons(&read(b"  {\"text\":\"x\"}\n", ReadOptions::default())), [None]);
    }

    #[test]
    fn overlong_lines_are_skipped_without_being_held() {
        let mut content = b"{\"text\":\"".to_vec();
        content.extend(std::iter::repeat_n(b'x', 5000));
        content.extend_from_slice(b"\"}\n{\"text\":\"after\"}\n");
        let opts = ReadOptions { max_document_bytes: 1000, ..ReadOptions::default() };
        let items = read(&content, opts);
        assert_eq!(reasons(&items), [Some(Reason::TooLarge), None]);
        let after = items.get(1).and_then(|item| item.as_ref().ok());
        assert_eq!(after.map(|p| p.source.as_str()), Some("in.jsonl#L2"));
    }

    #[test]
    fn invalid_utf8_is_replaced_not_refused() {
        let items = read(b"{\"text\":\"caf\xE9\"}\n", ReadOptions::default());
        let page = items.first().and_then(|item| item.as_ref().ok());
        assert_eq!(page.map(|p| p.body.as_slice()), Some("caf\u{FFFD}".as_bytes()));
    }

    #[test]
    fn forced_kind_wins() {
        let opts = ReadOptions { force_kind: Some(InputKind::Html), ..ReadOptions::default() };
        let items = read(b"{\"text\":\"<p>x</p>\"}", opts);
        let page = items.first().and_then(|item| item.as_ref().ok());
        assert_eq!(page.map(|p| p.kind), Some(Some(InputKind::Html)));
    }

    mod never_panics {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn jsonl_reader_survives_arbitrary_lines(content in "(\\{|\\}|\"|:|,|text|html|url|\\\\|\n|\r|[a-z0-9 ]|\u{e9}){0,300}") {
                let opts = ReadOptions { max_document_bytes: 40, ..ReadOptions::default() };
                let lines = content.split('\n').count();
                let items = read(content.as_bytes(), opts);
                prop_assert!(items.len() <= lines);
            }
        }
    }
}
