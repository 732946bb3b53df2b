//! Which format an input holds: by its file name first, then by its first bytes (gzip by its
//! magic bytes, WARC by its version line, binary files by their signature or NUL bytes, JSONL
//! by a first line that is a JSON object, HTML by the decoder's sniffer).

use std::path::Path;

use crate::decode::{opens_like_html, sniff_kind};
use crate::model::InputKind;

/// How many leading bytes are read to decide an input's format.
pub(super) const SNIFF_BYTES: usize = 8 * 1024;

/// The container or document format of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    /// WARC or WET records.
    Warc,
    /// One JSON object per line.
    Jsonl,
    /// One document.
    Document(InputKind),
}

/// Signatures of binary formats that are never pages, and their names.
const BINARY_SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xFF\xD8\xFF", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"7z\xBC\xAF\x27\x1C", "7-Zip"),
    (b"Rar!\x1A\x07", "RAR"),
    (b"\xFD7zXZ\x00", "xz"),
    (b"\x28\xB5\x2F\xFD", "zstd"),
    (b"\x7FELF", "ELF"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "OLE (legacy Office)"),
    (b"wOFF", "WOFF"),
    (b"wOF2", "WOFF2"),
    (b"OggS", "Ogg"),
    (b"fLaC", "FLAC"),
    (b"\xCA\xFE\xBA\xBE", "Java class"),
];

/// The format a file's name announces. `.gz` may follow any of the extensions.
pub(super) fn format_from_name(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let base = name.strip_suffix(".gz").unwrap_or(&name);
    let has_extension = |extensions: &[&str]| extensions.iter().any(|extension| base.ends_with(extension));
    if has_extension(&[".warc", ".wet"]) {
        return Some(Format::Warc);
    }
    if has_extension(&[".jsonl", ".ndjson"]) {
        return Some(Format::Jsonl);
    }
    if has_extension(&[".html", ".htm", ".xhtml"]) {
        return Some(Format::Document(InputKind::Html));
    }
    if has_extension(&[".txt"]) {
        return Some(Format::Document(InputKind::Text));
    }
    None
}

/// What a file's name says it holds when that is no page (source code, styles, data and
/// configuration files), so that a folder of pages with such files among them does not store
/// them as text: `Some("source code")` for `build.py`. `.json` counts only when its content is
/// not JSON Lines (one object per line), which is read as such.
pub(super) fn not_a_page_by_name(path: &Path, head: &[u8]) -> Option<&'static str> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let extension = name.rsplit_once('.')?.1;
    NOT_PAGE_EXTENSIONS
        .iter()
        .find(|(extensions, _)| extensions.contains(&extension))
        .map(|&(_, what)| what)
        .filter(|_| !(extension == "json" && is_jsonl(head)))
}

/// Extensions of files that hold no page, with what they hold. Not `.md` (Markdown dumps are
/// read), `.xml` (XHTML, saved feeds) nor `.php`, `.asp` and the like (pages saved under the
/// name their server gave them).
const NOT_PAGE_EXTENSIONS: &[(&[&str], &str)] = &[
    (&["json", "geojson"], "JSON data, not JSON Lines of pages"),
    (
        &["py", "rs", "c", "h", "cc", "cpp", "hpp", "java", "go", "rb", "pl", "sh", "bash", "ts", "tsx", "jsx"],
        "source code",
    ),
    (&["js", "mjs", "cjs", "css", "scss", "less", "map", "svg"], "a script, style or image of a page"),
    (&["csv", "tsv", "sql", "parquet"], "table data"),
    (&["yml", "yaml", "toml", "ini", "cfg", "conf", "lock", "properties"], "configuration"),
];

/// The format of an input named `named`, corrected by its first bytes: a page saved whole
/// under a text name (`page.txt` holding `<!DOCTYPE html>…`) is HTML, or its markup would be
/// stored as text.
pub(super) fn correct_named(named: Format, head: &[u8]) -> Format {
    match named {
        Format::Document(InputKind::Text) if opens_like_html(head) => Format::Document(InputKind::Html),
        other => other,
    }
}

pub(super) fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(b"\x1F\x8B")
}

pub(super) fn is_warc(head: &[u8]) -> bool {
    head.starts_with(b"WARC/")
}

/// Why `head` is binary, if it is: a known signature, or NUL bytes (which UTF-16 text, with
/// or without its byte-order mark, is allowed to have).
pub(super) fn binary_reason(head: &[u8]) -> Option<String> {
    binary_evidence(head).map(|evidence| format!("binary file ({evidence})"))
}

/// What shows that bytes are binary, not text: a format's signature, or NUL bytes making
/// more than one in [`MAX_NUL_SHARE`] of the first [`SNIFF_BYTES`] (text in UTF-16 has them
/// too, see [`is_utf16`]). A stray NUL or two is damage in a text, which keeps the rest of
/// it: the decoder drops them.
pub(super) fn binary_evidence(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    if let Some(name) = binary_signature(head) {
        return Some(format!("{name} signature"));
    }
    let utf16 = is_utf16(head);
    let nuls = memchr::memchr_iter(0, head).count();
    if !utf16 && nuls > 0 && nuls * MAX_NUL_SHARE >= head.len() {
        return Some(format!("{nuls} NUL bytes in the first {} KiB", head.len().div_ceil(1024)));
    }
    None
}

/// Whether `head` is UTF-16 text, with its byte-order mark or without (see
/// [`crate::decode::bomless_utf16`]): its markup cannot be sniffed from the bytes.
pub(super) fn is_utf16(head: &[u8]) -> bool {
    head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") || crate::decode::bomless_utf16(head).is_some()
}

/// Text may hold NUL bytes up to one in this many bytes (8 in the first 8 KiB).
const MAX_NUL_SHARE: usize = 1000;

/// The name of the binary format whose signature opens `head`, if any.
pub(crate) fn binary_signature(head: &[u8]) -> Option<&'static str> {
    if is_bzip2(head) {
        return Some("bzip2");
    }
    BINARY_SIGNATURES.iter().find(|(signature, _)| head.starts_with(signature)).map(|&(_, name)| name)
}

/// `BZh` + block size digit + the block magic: "BZh" alone starts ordinary words too.
fn is_bzip2(head: &[u8]) -> bool {
    matches!(head, [b'B', b'Z', b'h', b'1'..=b'9', rest @ ..] if rest.starts_with(b"1AY&SY"))
}

/// A first line that is a JSON object (or, when the line runs past the sniffed bytes, one
/// that opens like an object with a string key).
pub(super) fn is_jsonl(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let head = head.trim_ascii_start();
    if !head.starts_with(b"{") {
        return false;
    }
    match memchr::memchr(b'\n', head) {
        Some(end) => serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&head[..end]).is_ok(),
        None if head.len() < SNIFF_BYTES / 2 => {
            serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(head).is_ok()
        }
        None => head.get(1..).is_some_and(|rest| rest.trim_ascii_start().starts_with(b"\"")),
    }
}

/// The format of an input whose name said nothing, from its (decompressed) first bytes.
pub(super) fn sniff_format(head: &[u8]) -> Format {
    if is_warc(head) {
        Format::Warc
    } else if is_jsonl(head) {
        Format::Jsonl
    } else {
        Format::Document(sniff_kind(head))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_announce_formats() {
        let format = |name: &str| format_from_name(Path::new(name));
        assert_eq!(format("a/CC-MAIN-1.warc.gz"), Some(Format::Warc));
        assert_eq!(format("x.warc.wet.gz"), Some(Format::Warc));
        assert_eq!(format("x.wet"), Some(Format::Warc));
        assert_eq!(format("x.WARC"), Some(Format::Warc));
        assert_eq!(format("x.jsonl.gz"), Some(Format::Jsonl));
        assert_eq!(format("x.ndjson"), Some(Format::Jsonl));
        assert_eq!(format("x.HTM"), Some(Format::Document(InputKind::Html)));
        assert_eq!(format("x.xhtml"), Some(Format::Document(InputKind::Html)));
        assert_eq!(format("x.txt"), Some(Format::Document(InputKind::Text)));
        assert_eq!(format("x.html.gz"), Some(Format::Document(InputKind::Html)));
        assert_eq!(format("x.txt.GZ"), Some(Format::Document(InputKind::Text)));
        assert_eq!(format("x.gz"), None);
        assert_eq!(format("x.md"), None);
        assert_eq!(format("warc"), None);
    }

    #[test]
    fn a_whole_page_saved_under_a_text_name_is_html() {
        let text = Format::Document(InputKind::Text);
        let html = Format::Document(InputKind::Html);
        assert_eq!(correct_named(text, b"\xEF\xBB\xBF\n  <!DOCTYPE html><html><p>Hi</p>"), html);
        assert_eq!(correct_named(text, b"<html lang=\"en\">"), html);
        // A dump that quotes markup further down, or starts with a tag in its prose, stays text.
        assert_eq!(correct_named(text, b"How to write <p> tags\n<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p>"), text);
        assert_eq!(correct_named(text, b"<b> is bold"), text);
        assert_eq!(correct_named(Format::Jsonl, b"<!DOCTYPE html>"), Format::Jsonl);
    }

    #[test]
    fn data_and_code_files_are_no_pages_by_name() {
        let not_a_page = |name: &str, head: &[u8]| not_a_page_by_name(Path::new(name), head);
        assert_eq!(
            not_a_page("expected.json", b"{\n  \"title\": \"x\"\n}\n"),
            Some("JSON data, not JSON Lines of pages")
        );
        assert_eq!(not_a_page("tools/score.PY", b"import sys\n"), Some("source code"));
        assert_eq!(not_a_page("site/app.min.js", b"var a"), Some("a script, style or image of a page"));
        // Near misses: JSON Lines under a .json name, Markdown, pages saved as .php, no extension.
        assert_eq!(not_a_page("pages.json", b"{\"url\": \"https://a.example/\", \"text\": \"t\"}\n"), None);
        assert_eq!(not_a_page("notes.md", b"# Notes\n"), None);
        assert_eq!(not_a_page("index.php", b"<html>"), None);
        assert_eq!(not_a_page("README", b"Read me"), None);
    }

    #[test]
    fn binary_signatures_and_nuls() {
        assert!(binary_reason(b"%PDF-1.7\n").is_some_and(|reason| reason.contains("PDF")));
        assert!(binary_reason(b"\x89PNG\r\n\x1a\n....").is_some());
        assert!(binary_reason(b"BZh91AY&SY...").is_some());
        assert!(binary_reason(b"text\x00with a NUL").is_some_and(|reason| reason.contains("NUL")));
        let mut binary = b"DATA".repeat(2000);
        (0..40).for_each(|at| binary[at * 100] = 0);
        assert!(binary_reason(&binary).is_some_and(|reason| reason.contains("40 NUL bytes")));
        // A stray NUL in a long text is damage, not a binary file.
        let mut text = b"The river rose overnight. ".repeat(300);
        text[100] = 0;
        assert_eq!(binary_reason(&text), None);
        // Near misses: ordinary text, UTF-16 text with its BOM.
        assert_eq!(binary_reason(b"BZh is how it starts"), None);
        assert_eq!(binary_reason(b"PK is a ZIP signature"), None);
        assert_eq!(binary_reason(b"\xFF\xFEh\x00i\x00"), None);
        let bomless: Vec<u8> = "Saved as Unicode text by Notepad.".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(binary_reason(&bomless), None);
    }

    #[test]
    fn jsonl_needs_an_object_first_line() {
        assert!(is_jsonl(b"{\"url\": \"u\", \"text\": \"t\"}\n{\"x\":1}\n"));
        assert!(is_jsonl(b"  {\"text\": \"no newline\"}"));
        let mut long = b"{\"text\": \"".to_vec();
        long.resize(SNIFF_BYTES, b'a');
        assert!(is_jsonl(&long));
        // A pretty-printed JSON document, or prose that opens with a brace.
        assert!(!is_jsonl(b"{\n  \"a\": 1\n}\n"));
        assert!(!is_jsonl(b"{braces} in prose\nmore"));
        assert!(!is_jsonl(b"[1, 2]\n"));
    }

    #[test]
    fn sniffed_formats() {
        assert_eq!(sniff_format(b"WARC/1.1\r\n"), Format::Warc);
        assert_eq!(sniff_format(b"{\"text\":\"x\"}\n"), Format::Jsonl);
        assert_eq!(sniff_format(b"<!doctype html>"), Format::Document(InputKind::Html));
        assert_eq!(sniff_format(b"Plain words."), Format::Document(InputKind::Text));
    }
}
