//! The typed values that flow between the stages of the pipeline:
//! `RawPage` (readers, fetchers) → `DecodedPage` (decode) → `CleanDocument` (cleaner + metadata)
//! → `NewDocument` (normaliser) → the store.

use std::fmt;

use serde::Serialize;

/// What kind of markup a page is, which decides how the cleaner segments it into blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    /// HTML (or XHTML) markup.
    Html,
    /// A plain-text dump: every visible text of a page, one block per line.
    Text,
}

impl InputKind {
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Html => "html",
            InputKind::Text => "text",
        }
    }
}

impl fmt::Display for InputKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a page came from, as a container format. Stored in `documents.source_kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A single file on disk (text dump or HTML).
    File,
    /// Standard input.
    Stdin,
    /// One line of a JSONL file.
    Jsonl,
    /// A `response` record of a WARC file.
    Warc,
    /// A `conversion` record of a WET file.
    Wet,
    /// Fetched over HTTP(S) by rinse itself.
    Http,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::File => "file",
            SourceKind::Stdin => "stdin",
            SourceKind::Jsonl => "jsonl",
            SourceKind::Warc => "warc",
            SourceKind::Wet => "wet",
            SourceKind::Http => "http",
        }
    }
}

/// Metadata that the container already carries about a page (JSONL fields, WARC headers,
/// HTTP headers), used before anything found in the page itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageHints {
    pub title: Option<String>,
    /// A date string as the container gave it; parsed by the metadata stage.
    pub date: Option<String>,
    /// What a feed said of the page it listed (its entry's publication date and author): used
    /// only where the page itself tells nothing, as the page knows its own date and byline best.
    pub listed_date: Option<String>,
    pub listed_author: Option<String>,
    /// Malformed byte sequences the container's reader already replaced by U+FFFD (a JSONL
    /// line is text before its record is read), added to the page's `replaced_bytes`.
    pub replaced_bytes: u64,
}

/// A page as a reader or fetcher produced it: bytes plus what is known about them.
#[derive(Debug, Clone)]
pub struct RawPage {
    /// Human-readable identity of the input, unique within an import: a file path,
    /// `path#L12` for a JSONL line, `path@1234` for the WARC record at byte offset 1234
    /// (of the uncompressed stream), `-` for stdin, or the URL that was fetched.
    pub source: String,
    pub source_kind: SourceKind,
    /// The page's URL when the container knows it (JSONL `url`, WARC-Target-URI, fetched URL).
    pub url: Option<String>,
    /// Forced or container-declared kind; `None` means sniff the bytes.
    pub kind: Option<InputKind>,
    /// The HTTP `Content-Type` header, when there was one (charset is taken from it).
    pub content_type: Option<String>,
    /// When the page was captured (WARC-Date, HTTP fetch time), in RFC 3339.
    pub fetched_at: Option<String>,
    pub hints: PageHints,
    pub body: Vec<u8>,
}

/// Where the encoding used to decode a page was taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EncodingSource {
    /// A byte-order mark.
    Bom,
    /// The charset parameter of the HTTP Content-Type header.
    Http,
    /// A `<meta charset>` or `<meta http-equiv=content-type>` in the first bytes.
    Meta,
    /// An `<?xml encoding=...?>` declaration.
    XmlDeclaration,
    /// The container said so (JSONL text is always UTF-8).
    Container,
    /// Guessed from the bytes by chardetng.
    Detected,
}

impl EncodingSource {
    pub fn as_str(self) -> &'static str {
        match self {
            EncodingSource::Bom => "bom",
            EncodingSource::Http => "http",
            EncodingSource::Meta => "meta",
            EncodingSource::XmlDeclaration => "xml_declaration",
            EncodingSource::Container => "container",
            EncodingSource::Detected => "detected",
        }
    }
}

/// A page decoded to UTF-8, with its kind decided.
#[derive(Debug, Clone)]
pub struct DecodedPage {
    pub source: String,
    pub source_kind: SourceKind,
    pub url: Option<String>,
    pub kind: InputKind,
    pub fetched_at: Option<String>,
    pub hints: PageHints,
    pub text: String,
    /// The WHATWG name of the encoding used (`UTF-8`, `windows-1252`, `Shift_JIS`, ...).
    pub encoding: &'static str,
    pub encoding_source: EncodingSource,
    /// How many malformed byte sequences were replaced by U+FFFD.
    pub replaced_bytes: u64,
}

/// Metadata about a page, from its markup, its first lines, or the container.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PageMeta {
    pub title: Option<String>,
    pub author: Option<String>,
    /// ISO 8601: `YYYY-MM-DD`, or a full RFC 3339 timestamp when the time is known.
    pub published: Option<String>,
    pub site: Option<String>,
    /// ISO 639-1 (or 639-3 where there is no two-letter code).
    pub language: Option<String>,
    pub canonical_url: Option<String>,
}

impl PageMeta {
    /// Fill each field that is still empty from `other`.
    pub fn fill_from(&mut self, other: PageMeta) {
        fn fill(slot: &mut Option<String>, value: Option<String>) {
            if slot.is_none() {
                *slot = value;
            }
        }
        fill(&mut self.title, other.title);
        fill(&mut self.author, other.author);
        fill(&mut self.published, other.published);
        fill(&mut self.site, other.site);
        fill(&mut self.language, other.language);
        fill(&mut self.canonical_url, other.canonical_url);
    }
}

/// The name of a cleaner rule: the same string in code, logs, `--explain` output and the
/// `removals` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct RuleId(pub &'static str);

impl RuleId {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.0)
    }
}

/// One block of text the cleaner removed, and the rule that removed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemovedBlock {
    pub rule: RuleId,
    /// Characters of the removed text.
    pub chars: u64,
    /// The removed text, when the cleaner was asked to keep it (`--explain`); else empty.
    pub text: String,
}

/// What the cleaner made of a page: the body as paragraphs, metadata, and what it removed.
#[derive(Debug, Clone, Default)]
pub struct CleanDocument {
    pub meta: PageMeta,
    /// The kept blocks in reading order, each one paragraph, heading, list item or table row.
    pub paragraphs: Vec<String>,
    pub removed: Vec<RemovedBlock>,
}

/// How many blocks and characters one rule removed from one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemovalCount {
    pub rule: RuleId,
    pub blocks: u32,
    pub chars: u64,
}

/// A document ready to store: normalised body, metadata, provenance.
#[derive(Debug, Clone)]
pub struct NewDocument {
    /// What makes two documents versions of one another: `url:` + the page URL when known
    /// (fragment removed), else `source:` + the source (file path, path#line, ...).
    pub source_key: String,
    pub source: String,
    pub source_kind: SourceKind,
    pub input_kind: InputKind,
    pub url: Option<String>,
    pub canonical_url: Option<String>,
    pub host: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub site: Option<String>,
    pub language: Option<String>,
    /// NFC, whitespace collapsed inside paragraphs, one blank line between paragraphs.
    pub body: String,
    pub word_count: u32,
    /// BLAKE3 of `body`, lower-case hex.
    pub content_hash: String,
    pub encoding: &'static str,
    pub encoding_source: EncodingSource,
    pub replaced_bytes: u64,
    pub fetched_at: Option<String>,
    pub removals: Vec<RemovalCount>,
}
