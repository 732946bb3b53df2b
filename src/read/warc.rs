//! WARC and WET reader: record framing, streamed with bounded buffers.
//!
//! A record is a `WARC/` version line, header lines up to a blank line, and `Content-Length`
//! bytes of block. `response` records (an HTTP message, see [`super::payload`]) and WET
//! `conversion` records become pages; `resource` records do when they hold an HTTP(S) page;
//! `request`, `metadata`, `warcinfo`, `revisit` and other records are passed over silently.
//! A page's source is `path@offset`, the record's byte offset in the uncompressed stream.
//!
//! Framing is done here rather than with the `warc` crate, which reads header blocks without
//! a size bound, keeps no byte offsets, and cannot step over damage to the next record. Blank
//! lines between records are tolerated (Common Crawl has files with an extra CRLF); bytes that
//! are not a record are skipped up to the next `WARC/` line, with a problem when there is
//! more than a few of them. A stream that ends inside a record, or whose gzip data is
//! damaged, yields one [`Reason::BadArchive`] problem after the records read before it.

use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use tracing::debug;

use super::detect;
use super::file::Stream;
use super::gzip::damaged_member;
use super::payload::{self, PayloadError};
use super::{LineRead, PageSource, READ_BUFFER_BYTES, ReadOptions, ReadStats, read_line_bounded};
use crate::error::{Problem, Reason};
use crate::model::{InputKind, PageHints, RawPage, SourceKind};

/// The longest WARC header line that is kept; longer lines make the record malformed.
const MAX_HEADER_LINE_BYTES: u64 = 64 * 1024;
/// The largest WARC header block.
const MAX_HEADER_BYTES: usize = 1024 * 1024;
/// Bytes between records that are skipped without a problem (stray line ends, a
/// Content-Length a few bytes off).
const MAX_SILENT_JUNK_BYTES: u64 = 64;
/// The most line ends after a block that are kept, to be given back with the records a
/// wrong Content-Length ran over (they may be part of a page's text).
const MAX_KEPT_LINE_END_BYTES: usize = 64 * 1024;
/// How much of an oversized response is read to tell a large page from a large non-page.
const OVERSIZE_PEEK_BYTES: u64 = 64 * 1024;

/// A buffered reader that knows its position in the stream, and can be given back bytes
/// read too far (the records a wrong Content-Length ran over).
struct Tracked<R> {
    inner: R,
    position: u64,
    unread: Vec<u8>,
    unread_at: usize,
}

impl<R> Tracked<R> {
    fn new(inner: R) -> Self {
        Tracked { inner, position: 0, unread: Vec::new(), unread_at: 0 }
    }

    /// Put `bytes`, the last read, back in front of the stream.
    fn unread(&mut self, bytes: &[u8]) {
        let mut ahead = bytes.to_vec();
        ahead.extend_from_slice(&self.unread[self.unread_at..]);
        self.unread = ahead;
        self.unread_at = 0;
        self.position = self.position.saturating_sub(bytes.len() as u64);
    }
}

impl<R: BufRead> Read for Tracked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = if self.unread_at < self.unread.len() {
            let ahead = &self.unread[self.unread_at..];
            let n = ahead.len().min(buf.len());
            buf[..n].copy_from_slice(&ahead[..n]);
            self.unread_at += n;
            n
        } else {
            self.inner.read(buf)?
        };
        self.position += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Tracked<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.unread_at < self.unread.len() {
            return Ok(&self.unread[self.unread_at..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.position += amount as u64;
        if self.unread_at < self.unread.len() {
            self.unread_at = (self.unread_at + amount).min(self.unread.len());
            if self.unread_at == self.unread.len() {
                self.unread.clear();
                self.unread_at = 0;
            }
        } else {
            self.inner.consume(amount);
        }
    }
}

/// The header fields of one record, names lower-cased.
#[derive(Debug, Default)]
struct RecordHeaders {
    fields: Vec<(String, String)>,
}

impl RecordHeaders {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(field, _)| field == name).map(|(_, value)| value.as_str())
    }
}

/// Why a header block could not be read.
enum HeaderError {
    /// The stream ended inside it.
    Truncated,
    /// The stream could not be read.
    Read(io::Error),
    /// It is not a header block; the reader resynchronises on the next record.
    Malformed(String),
}

/// Why a record's block could not be read or skipped.
enum BlockError {
    Truncated,
    Read(io::Error),
}

/// Reads the pages of one WARC or WET file.
pub(super) struct WarcSource {
    name: String,
    reader: Tracked<BufReader<Stream>>,
    opts: ReadOptions,
    stats: Arc<ReadStats>,
    line: Vec<u8>,
    /// Records started so far.
    records: u64,
    /// The end of the bytes last given back to the reader (see [`Tracked::unread`]).
    reread_until: u64,
    /// Where the record being read and the one before it start.
    record_offset: Option<u64>,
    previous_record_offset: Option<u64>,
    /// The offset of a record whose version line was read but not yet the rest.
    pending_record: Option<u64>,
    /// After a malformed record was reported, the bytes up to the next record are skipped
    /// without a second problem.
    resyncing: bool,
    /// The target URI of the record being read, for naming it when it is lost.
    target: Option<String>,
    /// A read error met past the end of a record that was read whole: it is the next
    /// record's, and reported when that one is looked for.
    deferred: Option<io::Error>,
    /// Looking for the next record (not inside one).
    between_records: bool,
    /// Where the last damaged gzip member reported began, in decompressed bytes, and what
    /// was wrong with it.
    damage_from: Option<(u64, String)>,
    /// The next record, found early: a record followed by something other than the next
    /// record is not given out before what follows it is known to be sound.
    looked_ahead: Option<Option<Result<u64, Problem>>>,
    done: bool,
}

impl WarcSource {
    pub(super) fn new(name: String, stream: Stream, opts: ReadOptions, stats: Arc<ReadStats>) -> Self {
        WarcSource {
            name,
            reader: Tracked::new(BufReader::with_capacity(READ_BUFFER_BYTES, stream)),
            opts,
            stats,
            line: Vec::new(),
            records: 0,
            reread_until: 0,
            record_offset: None,
            previous_record_offset: None,
            pending_record: None,
            resyncing: false,
            target: None,
            deferred: None,
            between_records: true,
            damage_from: None,
            looked_ahead: None,
            done: false,
        }
    }

    fn problem(&self, offset: u64, reason: Reason, detail: impl Into<String>) -> Problem {
        let problem = Problem::new(format!("{}@{offset}", self.name), reason, detail);
        debug!(source = %problem.source, reason = %problem.reason, detail = %problem.detail, "Skipped a WARC record.");
        problem
    }

    /// The stream broke: no more records can be read from this file.
    fn damaged(&mut self, offset: u64, what: &str) -> Problem {
        self.done = true;
        let read = self.records.saturating_sub(1);
        self.problem(
            offset,
            Reason::BadArchive,
            format!("{what} in record {} ({read} records before it)", self.records),
        )
    }

    fn read_failed(&mut self, offset: u64, error: &io::Error) -> Problem {
        if let Some(damage) = damaged_member(error) {
            // Reading goes on at the next gzip member, and the next record in it.
            self.resyncing = true;
            self.damage_from = Some((damage.output_start, damage.to_string()));
            let record = match (self.records, self.target.as_deref(), self.between_records) {
                (0, _, _) => String::from("before the first record"),
                (n, _, true) => format!("after record {n}"),
                (n, Some(uri), false) => format!("in record {n} ({uri}), which is not stored"),
                (n, None, false) => format!("in record {n}, which is not stored"),
            };
            let mut detail = format!("{damage}: damaged data {record}; reading goes on at the next gzip member");
            // A member's checksum is checked at its end: records it gave before that are
            // stored already (one member per record, as Common Crawl writes, avoids it).
            let last_given = if self.between_records { self.record_offset } else { self.previous_record_offset };
            if let Some(last) = last_given.filter(|&last| last >= damage.output_start) {
                let name = &self.name;
                let first = damage.output_start;
                detail.push_str(&format!(
                    ". The member began before, at byte {first} of the decompressed stream: the records read from it before the damage showed ({name}@{first} to {name}@{last}) are stored, and one of them may hold the damaged bytes"
                ));
            }
            return self.problem(offset, Reason::BadArchive, detail);
        }
        let damage = matches!(
            error.kind(),
            io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof
        );
        if damage {
            self.damaged(offset, &format!("archive is damaged or truncated ({error})"))
        } else {
            self.done = true;
            self.problem(offset, Reason::Io, error.to_string())
        }
    }

    /// Find the next record's version line, skipping blank lines and junk; returns its
    /// offset, or `None` at the end of the stream.
    fn find_record(&mut self) -> Option<Result<u64, Problem>> {
        self.target = None;
        self.between_records = true;
        if let Some(error) = self.deferred.take() {
            let offset = self.reader.position;
            return Some(Err(self.read_failed(offset, &error)));
        }
        let mut junk = 0_u64;
        let mut junk_start = None;
        // A record's header among the skipped bytes: that record is lost.
        let mut lost_uri: Option<String> = None;
        loop {
            let line_start = self.reader.position;
            let outcome = read_line_bounded(&mut self.reader, &mut self.line, MAX_HEADER_LINE_BYTES);
            let length = match outcome {
                Err(error) => return Some(Err(self.read_failed(line_start, &error))),
                Ok(LineRead::Eof) => {
                    self.done = true;
                    let report = junk > MAX_SILENT_JUNK_BYTES && !self.resyncing;
                    let detail = format!("{junk} bytes of damaged data at the end of the archive");
                    return report
                        .then(|| Err(self.problem(junk_start.unwrap_or(line_start), Reason::BadArchive, detail)));
                }
                Ok(LineRead::TooLong { length }) => length,
                Ok(LineRead::Line) => {
                    let content = self.line.strip_suffix(b"\r").unwrap_or(&self.line);
                    if content.is_empty() {
                        continue;
                    }
                    // Junk with no line end before it runs into the version line.
                    let version_at = if content.starts_with(b"WARC/") {
                        Some(0)
                    } else {
                        memchr::memmem::rfind(content, b"WARC/1.")
                            .filter(|&at| content.len() - at <= "WARC/1.0".len() + 1)
                    };
                    if let Some(at) = version_at {
                        junk += at as u64;
                        if at > 0 {
                            junk_start.get_or_insert(line_start);
                        }
                        let line_start = line_start + at as u64;
                        let report = junk > MAX_SILENT_JUNK_BYTES && !self.resyncing;
                        self.resyncing = false;
                        if report {
                            self.pending_record = Some(line_start);
                            let lost = match lost_uri.take() {
                                Some(uri) => format!(": they hold part of the record for {uri}, which is lost"),
                                None => String::from(": a wrong Content-Length before them may have cost a record"),
                            };
                            let detail = format!(
                                "skipped {junk} bytes of damaged data before the record at offset {line_start}{lost}"
                            );
                            return Some(Err(self.problem(
                                junk_start.unwrap_or(line_start),
                                Reason::BadArchive,
                                detail,
                            )));
                        }
                        if junk > 0 {
                            debug!(source = %self.name, offset = line_start, junk, "Skipped stray bytes between WARC records.");
                        }
                        return Some(Ok(line_start));
                    }
                    if lost_uri.is_none()
                        && let Some(uri) = content.strip_prefix(b"WARC-Target-URI:")
                    {
                        let uri = String::from_utf8_lossy(uri);
                        lost_uri = Some(uri.trim().trim_matches(['<', '>']).to_string());
                    }
                    self.line.len() as u64
                }
            };
            junk += length + 1;
            junk_start.get_or_insert(line_start);
        }
    }

    /// Read header lines up to the blank line that ends them.
    fn read_headers(&mut self) -> Result<RecordHeaders, HeaderError> {
        let mut headers = RecordHeaders::default();
        let mut total = 0_usize;
        loop {
            match read_line_bounded(&mut self.reader, &mut self.line, MAX_HEADER_LINE_BYTES) {
                Err(error) => return Err(HeaderError::Read(error)),
                Ok(LineRead::Eof) => return Err(HeaderError::Truncated),
                Ok(LineRead::TooLong { length }) => {
                    return Err(HeaderError::Malformed(format!("header line of {length} bytes is too long")));
                }
                Ok(LineRead::Line) => {}
            }
            let line = self.line.strip_suffix(b"\r").unwrap_or(&self.line);
            if line.is_empty() {
                return Ok(headers);
            }
            total += line.len();
            if total > MAX_HEADER_BYTES {
                return Err(HeaderError::Malformed(format!("header block is over {MAX_HEADER_BYTES} bytes")));
            }
            let text = String::from_utf8_lossy(line);
            if text.starts_with([' ', '\t']) {
                // A continuation line folds into the previous field.
                if let Some((_, value)) = headers.fields.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                }
                continue;
            }
            let Some((name, value)) = text.split_once(':') else {
                let shown: String = text.chars().take(60).collect();
                return Err(HeaderError::Malformed(format!("header line without a colon: {shown:?}")));
            };
            headers.fields.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }

    /// Read a record block of `length` bytes into memory.
    fn read_block(&mut self, length: u64) -> Result<Vec<u8>, BlockError> {
        let mut block = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
        match (&mut self.reader).take(length).read_to_end(&mut block) {
            Ok(_) if block.len() as u64 == length => Ok(block),
            Ok(_) => Err(BlockError::Truncated),
            Err(error) => Err(BlockError::Read(error)),
        }
    }

    /// Read past `length` bytes without keeping them.
    fn skip_block(&mut self, length: u64) -> Result<(), BlockError> {
        match io::copy(&mut (&mut self.reader).take(length), &mut io::sink()) {
            Ok(copied) if copied == length => Ok(()),
            Ok(_) => Err(BlockError::Truncated),
            Err(error) => Err(BlockError::Read(error)),
        }
    }

    /// Read past the line ends after a record's block, into the bytes after them. With one
    /// gzip member per record (as Common Crawl writes them) the record's member ends there,
    /// and reading on is what checks its checksum.
    /// Returns the line ends read past, or `None` when there were more than
    /// [`MAX_KEPT_LINE_END_BYTES`] of them (not kept).
    fn settle(&mut self) -> io::Result<Option<Vec<u8>>> {
        let mut passed = Some(Vec::new());
        loop {
            let buffer = self.reader.fill_buf()?;
            let line_ends = buffer.iter().take_while(|&&b| b == b'\r' || b == b'\n').count();
            if line_ends == 0 {
                return Ok(passed);
            }
            if let Some(kept) = &mut passed {
                kept.extend_from_slice(&buffer[..line_ends]);
                if kept.len() > MAX_KEPT_LINE_END_BYTES {
                    passed = None;
                }
            }
            self.reader.consume(line_ends);
        }
    }

    /// Whether a record starts within a few stray bytes ahead (a Content-Length a little
    /// short): then the record read is taken as it is.
    fn record_just_ahead(&mut self) -> bool {
        match self.reader.fill_buf() {
            Ok(buffer) => {
                let near = &buffer[..buffer.len().min(MAX_SILENT_JUNK_BYTES as usize + b"WARC/".len())];
                memchr::memmem::find(near, b"WARC/").is_some()
            }
            Err(_) => false,
        }
    }

    /// Whether the bytes ahead start a record, or the stream ends.
    fn at_record_start(&mut self) -> bool {
        match self.reader.fill_buf() {
            Ok(buffer) => {
                let shown = buffer.len().min(5);
                buffer.is_empty() || b"WARC/".starts_with(&buffer[..shown])
            }
            Err(_) => false,
        }
    }

    fn block_failed(&mut self, offset: u64, error: BlockError) -> Problem {
        match error {
            BlockError::Truncated => self.damaged(offset, "archive is truncated"),
            BlockError::Read(error) => self.read_failed(offset, &error),
        }
    }

    /// Read the record whose version line starts at `offset`: a page, a problem, or `None`
    /// for a record that holds no page.
    fn read_record(&mut self, offset: u64) -> Option<Result<RawPage, Problem>> {
        self.records += 1;
        self.previous_record_offset = self.record_offset.replace(offset);
        self.between_records = false;
        let headers = match self.read_headers() {
            Ok(headers) => headers,
            Err(HeaderError::Truncated) => {
                return Some(Err(self.damaged(offset, "archive is truncated")));
            }
            Err(HeaderError::Read(error)) => return Some(Err(self.read_failed(offset, &error))),
            Err(HeaderError::Malformed(detail)) => {
                self.resyncing = true;
                return Some(Err(self.problem(offset, Reason::BadArchive, detail)));
            }
        };
        let Some(length) = headers.get("content-length").and_then(|value| value.parse::<u64>().ok()) else {
            self.resyncing = true;
            return Some(Err(self.problem(offset, Reason::BadArchive, "record has no valid Content-Length")));
        };

        let record_type = headers.get("warc-type").unwrap_or_default().to_ascii_lowercase();
        let target = headers.get("warc-target-uri").map(|uri| uri.trim_matches(|c| c == '<' || c == '>').to_string());
        self.target.clone_from(&target);
        let is_web = target.as_deref().is_some_and(|uri| {
            let lower = uri.get(..8).unwrap_or(uri).to_ascii_lowercase();
            lower.starts_with("http://") || lower.starts_with("https://")
        });
        let resource_kind = headers.get("content-type").and_then(payload::page_kind);
        let holds_page = match record_type.as_str() {
            "response" => is_web,
            "resource" => is_web && resource_kind.is_some(),
            "conversion" => true,
            _ => false,
        };
        if !holds_page {
            self.stats.records_ignored.fetch_add(1, Ordering::Relaxed);
            debug!(source = %self.name, offset, record_type, "Passed over a WARC record that holds no page.");
            return self.skip_block(length).err().map(|error| Err(self.block_failed(offset, error)));
        }

        let limit = self.opts.max_document_bytes;
        if length > limit {
            return Some(Err(self.oversized(offset, length, &record_type)));
        }
        let block = match self.read_block(length) {
            Ok(block) => block,
            Err(error) => return Some(Err(self.block_failed(offset, error))),
        };
        let settled = self.settle();
        if let Err(error) = settled {
            // Damage in the gzip member that holds the record: its bytes cannot be trusted.
            let in_this_record =
                damaged_member(&error).is_some_and(|damage| damage.output_start < self.reader.position);
            if in_this_record {
                return Some(Err(self.read_failed(offset, &error)));
            }
            self.deferred = Some(error);
        } else if !self.at_record_start()
            && let Ok(Some(line_ends)) = settled
            && offset >= self.reread_until
            && !self.record_just_ahead()
            && let Some(first) = first_record_inside(&block)
        {
            // A block that holds the start of another record, and ends where no record
            // starts, was framed by a Content-Length too long: it is not this record
            // alone, and the records it ran over are read again from where they start.
            let (swallowed, named) = records_inside(&block);
            let record = match &self.target {
                Some(uri) => format!("record {} ({uri})", self.records),
                None => format!("record {}", self.records),
            };
            let mut ahead = block[first..].to_vec();
            ahead.extend_from_slice(&line_ends);
            // Records inside the bytes given back are not given back again: each byte is
            // read at most twice.
            self.reread_until = self.reader.position;
            self.reader.unread(&ahead);
            let detail = format!(
                "{record} has a Content-Length of {length} bytes that runs over the start of {swallowed} record(s) after it ({}): it is not stored; they are read from where they start",
                named.join(", ")
            );
            return Some(Err(self.problem(offset, Reason::BadArchive, detail)));
        } else if !self.at_record_start() {
            // Not the next record after the block: the record's member may have been cut
            // short and its decoder gone on into the next member's bytes. Read on to the
            // next record; damage met on the way that began before this record ended means
            // its end cannot be trusted.
            let record_end = self.reader.position;
            let target = self.target.take();
            self.damage_from = None;
            let next = self.find_record();
            self.target = target;
            self.between_records = false;
            if let Some((start, damage)) = self.damage_from.take()
                && start < record_end
            {
                // `next` is that damage's problem: this one says it all.
                let record = match &self.target {
                    Some(uri) => format!("record {} ({uri})", self.records),
                    None => format!("record {}", self.records),
                };
                let detail = format!(
                    "{damage}: {record} runs into the damaged data and is not stored; reading goes on at the next gzip member"
                );
                return Some(Err(self.problem(offset, Reason::BadArchive, detail)));
            }
            self.looked_ahead = Some(next);
        }

        let mut page = RawPage {
            source: format!("{}@{offset}", self.name),
            source_kind: SourceKind::Warc,
            url: target,
            kind: None,
            content_type: None,
            fetched_at: headers.get("warc-date").and_then(capture_time),
            hints: PageHints::default(),
            body: Vec::new(),
        };
        match record_type.as_str() {
            "conversion" => {
                page.source_kind = SourceKind::Wet;
                page.kind = Some(InputKind::Text);
                page.body = block;
            }
            "resource" => {
                page.kind = resource_kind;
                page.content_type = headers.get("content-type").map(str::to_string);
                page.body = block;
            }
            _ => {
                let fallback_type = headers.get("warc-identified-payload-type");
                let cut_by_archiver = headers.get("warc-truncated").is_some();
                match payload::http_page(block, fallback_type, limit, cut_by_archiver) {
                    Ok(http) => {
                        page.kind = http.kind;
                        page.content_type = http.content_type;
                        page.body = http.body;
                    }
                    Err(PayloadError::NotAPage(detail)) => {
                        return Some(Err(self.problem(offset, Reason::NotAPage, detail)));
                    }
                    Err(PayloadError::TooLarge(detail)) => {
                        return Some(Err(self.problem(offset, Reason::TooLarge, detail)));
                    }
                    Err(PayloadError::Malformed(detail)) => {
                        return Some(Err(self.problem(offset, Reason::BadArchive, detail)));
                    }
                }
            }
        }
        // A payload of binary bytes (a mislabelled image, random data) is no page. Text in
        // UTF-16, declared so, has NUL bytes too.
        let utf16 =
            page.content_type.as_deref().is_some_and(|media_type| media_type.to_ascii_lowercase().contains("utf-16"));
        if !utf16 && let Some(evidence) = detect::binary_evidence(&page.body) {
            return Some(Err(self.problem(offset, Reason::Binary, format!("binary content ({evidence})"))));
        }
        if let Some(kind) = self.opts.force_kind {
            page.kind = Some(kind);
        }
        Some(Ok(page))
    }

    /// A record over the limit: peek at its HTTP head to tell a large page (too large) from
    /// a large image or video (not a page), then read past the rest.
    fn oversized(&mut self, offset: u64, length: u64, record_type: &str) -> Problem {
        let limit = self.opts.max_document_bytes;
        let peek_length = length.min(OVERSIZE_PEEK_BYTES);
        let peek = match self.read_block(peek_length) {
            Ok(peek) => peek,
            Err(error) => return self.block_failed(offset, error),
        };
        if let Err(error) = self.skip_block(length - peek_length) {
            return self.block_failed(offset, error);
        }
        let not_a_page = match payload::parse_head(&peek) {
            Ok(Some(head)) if record_type == "response" => {
                let media_type = head.content_type.as_deref();
                if !(200..300).contains(&head.status) {
                    Some(format!("HTTP status {}", head.status))
                } else {
                    media_type
                        .filter(|media_type| payload::page_kind(media_type).is_none())
                        .map(|media_type| format!("media type {media_type}"))
                }
            }
            _ => None,
        };
        match not_a_page {
            Some(detail) => self.problem(offset, Reason::NotAPage, detail),
            None => self.problem(
                offset,
                Reason::TooLarge,
                format!("record is {length} bytes, over the limit of {limit} bytes"),
            ),
        }
    }
}

impl PageSource for WarcSource {
    fn next_page(&mut self) -> Option<Result<RawPage, Problem>> {
        loop {
            let found = match self.looked_ahead.take() {
                Some(found) => found,
                None if self.done => return None,
                None => match self.pending_record.take() {
                    Some(offset) => Some(Ok(offset)),
                    None => self.find_record(),
                },
            };
            let offset = match found? {
                Ok(offset) => offset,
                Err(problem) => return Some(Err(problem)),
            };
            if let Some(item) = self.read_record(offset) {
                return Some(item);
            }
        }
    }
}

/// Where the first record starting inside a block starts: a `WARC/1.x` line after a line
/// end, followed by header lines of which one at least is a `WARC-` field.
fn first_record_inside(block: &[u8]) -> Option<usize> {
    record_starts(block).next().map(|(at, _)| at)
}

/// The records starting inside `bytes`: where each starts, and its target URI. Each
/// candidate's header is read at most [`MAX_INNER_HEADER_BYTES`] far, and the search goes on
/// after it, so the work stays linear in the block whatever it holds.
fn record_starts(bytes: &[u8]) -> impl Iterator<Item = (usize, Option<String>)> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let at = from + memchr::memmem::find(bytes.get(from..)?, b"\nWARC/1.")?;
            let record = &bytes[at + 1..];
            let head = &record[..record.len().min(MAX_INNER_HEADER_BYTES)];
            from = at + 1;
            // Whole lines only: the block may end inside one.
            let Some(last_line_end) = memchr::memrchr(b'\n', head) else { continue };
            let head = &head[..last_line_end];
            let mut warc_fields = 0;
            let mut uri = None;
            let mut lines_read = 0;
            let mut whole = false;
            let mut is_header = true;
            // Where the header scanned ends, from the start of the record.
            let mut scanned = 0;
            for (number, line) in head.split(|&b| b == b'\n').enumerate() {
                scanned += line.len() + 1;
                if number == 0 {
                    // The version line.
                    continue;
                }
                if matches!(line, [] | [b'\r']) {
                    whole = true;
                    break;
                }
                lines_read += 1;
                if !line.contains(&b':') {
                    is_header = false;
                    break;
                }
                if line.starts_with(b"WARC-") {
                    warc_fields += 1;
                }
                if let Some(value) = line.strip_prefix(b"WARC-Target-URI:") {
                    uri = Some(String::from_utf8_lossy(value).trim().trim_matches(['<', '>']).to_string());
                }
            }
            if !is_header || lines_read == 0 || warc_fields == 0 {
                continue;
            }
            // The search goes on past this header.
            from = at + 1 + scanned.min(head.len());
            // A header the block's end cuts may name its target further on.
            if uri.is_none() && !whole {
                uri = Some(String::from("a record whose header is cut"));
            }
            return Some((at + 1, uri));
        }
    })
}

/// How far into a record found inside a block its header is read.
const MAX_INNER_HEADER_BYTES: usize = 8 * 1024;

/// The records starting inside a block: their number, and their target URIs (at most a
/// few).
fn records_inside(block: &[u8]) -> (usize, Vec<String>) {
    const SHOWN: usize = 5;
    let mut found: Vec<String> =
        record_starts(block).map(|(_, uri)| uri.unwrap_or_else(|| String::from("a record without a target"))).collect();
    let count = found.len();
    if count > SHOWN {
        found.truncate(SHOWN);
        found.push(format!("and {} more", count - SHOWN));
    }
    (count, found)
}

/// A `WARC-Date` as the database keeps times: UTC, to the second (`2026-11-20T08:00:00Z`).
/// WARC 1.1 allows fractions of seconds, offsets and less precise dates (`2026-11-20`); a
/// value that is no date at all is dropped rather than stored as a time.
fn capture_time(value: &str) -> Option<String> {
    use chrono::{DateTime, NaiveDate, Utc};
    let value = value.trim();
    let utc = if let Ok(time) = DateTime::parse_from_rfc3339(value) {
        time.with_timezone(&Utc)
    } else if let Ok(day) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        day.and_hms_opt(0, 0, 0)?.and_utc()
    } else {
        debug!(warc_date = value, "WARC-Date is no date; the capture time is left unknown.");
        return None;
    };
    Some(utc.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn capture_times_are_utc_to_the_second() {
        assert_eq!(capture_time("2026-11-20T08:00:00Z").as_deref(), Some("2026-11-20T08:00:00Z"));
        assert_eq!(capture_time("2026-11-20T10:00:00.123456+02:00").as_deref(), Some("2026-11-20T08:00:00Z"));
        assert_eq!(capture_time(" 2026-11-20 ").as_deref(), Some("2026-11-20T00:00:00Z"));
        assert_eq!(capture_time("garbage"), None);
        assert_eq!(capture_time(""), None);
    }

    /// One WARC record with the given type, extra headers and block.
    fn record(record_type: &str, extra: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:x>\r\n{extra}Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn response(url: &str, http: &str) -> Vec<u8> {
        record(
            "response",
            &format!("WARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\n"),
            http.as_bytes(),
        )
    }

    fn read(bytes: Vec<u8>, opts: ReadOptions) -> (Vec<Result<RawPage, Problem>>, Arc<ReadStats>) {
        let stats = Arc::new(ReadStats::default());
        let mut source = WarcSource::new("a.warc".into(), Box::new(Cursor::new(bytes)), opts, Arc::clone(&stats));
        (std::iter::from_fn(|| source.next_page()).collect(), stats)
    }

    fn summary(items: &[Result<RawPage, Problem>]) -> Vec<String> {
        items
            .iter()
            .map(|item| match item {
                Ok(page) => format!("page {}", page.url.as_deref().unwrap_or("-")),
                Err(problem) => format!("{} {}", problem.reason, problem.source),
            })
            .collect()
    }

    #[test]
    fn responses_and_conversions_become_pages_and_the_rest_is_ignored() {
        let mut bytes = record("warcinfo", "", b"software: test\r\n");
        bytes.extend(record("request", "WARC-Target-URI: http://a.example/\r\n", b"GET / HTTP/1.1\r\n\r\n"));
        let html_at = bytes.len();
        bytes.extend(response(
            "<http://a.example/>",
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>Caf\u{e9}</p>",
        ));
        bytes.extend(record("metadata", "WARC-Target-URI: http://a.example/\r\n", b"fetchTimeMs: 12\r\n"));
        bytes.extend(response("http://a.example/logo.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG"));
        bytes.extend(record(
            "conversion",
            "WARC-Target-URI: http://b.example/\r\nContent-Type: text/plain\r\n",
            b"Plain text of b.",
        ));
        let (items, stats) = read(bytes, ReadOptions::default());
        assert_eq!(summary(&items)[0], "page http://a.example/");
        assert!(summary(&items)[1].starts_with("not_a_page a.warc@"));
        assert_eq!(summary(&items)[2], "page http://b.example/");
        assert_eq!(items.len(), 3);
        assert_eq!(stats.records_ignored(), 3);

        let html = items.first().and_then(|item| item.as_ref().ok());
        assert_eq!(html.map(|p| p.source.clone()), Some(format!("a.warc@{html_at}")));
        assert_eq!(html.map(|p| p.kind), Some(Some(InputKind::Html)));
        assert_eq!(html.and_then(|p| p.content_type.as_deref()), Some("text/html; charset=windows-1252"));
        assert_eq!(html.and_then(|p| p.fetched_at.as_deref()), Some("2024-03-01T10:00:00Z"));
        assert_eq!(html.map(|p| p.body.as_slice()), Some("<p>Caf\u{e9}</p>".as_bytes()));
        let wet = items.get(2).and_then(|item| item.as_ref().ok());
        assert_eq!(wet.map(|p| (p.source_kind, p.kind)), Some((SourceKind::Wet, Some(InputKind::Text))));
    }

    #[test]
    fn truncation_keeps_earlier_records_and_ends_the_file() {
        let mut bytes = response("http://a.example/1", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>one</p>");
        let second_at = bytes.len();
        bytes.extend(response(
            "http://a.example/2",
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>two, a longer page</p>",
        ));
        bytes.truncate(bytes.len() - 20);
        let (items, _) = read(bytes, ReadOptions::default());
        assert_eq!(summary(&items), ["page http://a.example/1".to_string(), format!("bad_archive a.warc@{second_at}")]);
        let detail = items.get(1).and_then(|item| item.as_ref().err()).map(|p| p.detail.clone());
        assert_eq!(detail.as_deref(), Some("archive is truncated in record 2 (1 records before it)"));
    }

    #[test]
    fn a_content_length_too_long_costs_its_record_alone() {
        let page = |n: usize| format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>page {n}, whole</p>");
        let mut bytes = response("http://a.example/0", &page(0));
        let long_at = bytes.len();
        // The record claims 400 bytes more than it has: over the next record into the one after.
        let long = response("http://a.example/long", &page(9));
        let claimed = page(9).len() + 400;
        bytes.extend(
            String::from_utf8_lossy(&long)
                .replace(&format!("Content-Length: {}", page(9).len()), &format!("Content-Length: {claimed}"))
                .as_bytes(),
        );
        let mut starts = Vec::new();
        for n in 1..4 {
            starts.push(bytes.len());
            bytes.extend(response(&format!("http://a.example/{n}"), &page(n)));
        }
        let (items, _) = read(bytes, ReadOptions::default());
        let summary = summary(&items);
        assert_eq!(
            summary,
            [
                "page http://a.example/0".to_string(),
                format!("bad_archive a.warc@{long_at}"),
                "page http://a.example/1".to_string(),
                "page http://a.example/2".to_string(),
                "page http://a.example/3".to_string(),
            ]
        );
        let detail = items.get(1).and_then(|item| item.as_ref().err()).map(|p| p.detail.clone()).unwrap_or_default();
        assert!(
            detail.contains(
                "runs over the start of 2 record(s) after it (http://a.example/1, a record whose header is cut)"
            ),
            "{detail}"
        );
        let pages: Vec<&RawPage> = items.iter().filter_map(|item| item.as_ref().ok()).collect();
        for (page, (n, start)) in pages[1..].iter().zip((1..4).zip(&starts)) {
            assert_eq!(page.source, format!("a.warc@{start}"));
            assert_eq!(page.body, format!("<p>page {n}, whole</p>").into_bytes());
        }
    }

    /// A reader that gives at most a few bytes at a time, as a pipe or a decompressor may.
    struct Trickle(Cursor<Vec<u8>>);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(7);
            self.0.read(&mut buf[..n])
        }
    }

    #[test]
    fn records_given_back_keep_the_line_ends_read_past_the_block() {
        let page = |body: &str| format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}");
        let mut bytes = response("http://a.example/0", &page("<p>zero</p>"));
        let long_page = page("<p>long</p>");
        let long = response("http://a.example/long", &long_page);
        let first = response("http://a.example/1", &page("<p>one</p>"));
        let lines = format!("<p>two</p>{}<p>two, after the lines</p>", "\n".repeat(200));
        let second = response("http://a.example/2", &page(&lines));
        // The record claims up to 50 line ends into the second record's page.
        let second_lines_at = String::from_utf8_lossy(&second).find("\n\n\n").unwrap_or_default();
        let claimed = long_page.len() + 4 + first.len() + second_lines_at + 50;
        bytes.extend(
            String::from_utf8_lossy(&long)
                .replace(&format!("Content-Length: {}", long_page.len()), &format!("Content-Length: {claimed}"))
                .as_bytes(),
        );
        let first_at = bytes.len();
        bytes.extend(first);
        let second_at = bytes.len();
        bytes.extend(second);
        bytes.extend(response("http://a.example/3", &page("<p>three</p>")));
        let stats = Arc::new(ReadStats::default());
        let mut source = WarcSource::new(
            "a.warc".into(),
            Box::new(Trickle(Cursor::new(bytes))),
            ReadOptions::default(),
            Arc::clone(&stats),
        );
        let items: Vec<_> = std::iter::from_fn(|| source.next_page()).collect();
        let summary = summary(&items);
        assert_eq!(summary[2..], ["page http://a.example/1", "page http://a.example/2", "page http://a.example/3"]);
        let sources: Vec<String> =
            items.iter().filter_map(|item| item.as_ref().ok()).map(|p| p.source.clone()).collect();
        assert_eq!(sources[1..3], [format!("a.warc@{first_at}"), format!("a.warc@{second_at}")]);
        let second_body = items.get(3).and_then(|item| item.as_ref().ok()).map(|p| p.body.clone());
        assert_eq!(second_body, Some(lines.into_bytes()));
    }

    #[test]
    fn a_page_that_quotes_a_record_is_read_whole_when_its_length_is_right() {
        let quoted = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<pre>\nWARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://q.example/\r\n\r\n</pre>";
        let mut bytes = response("http://a.example/warc-format", quoted);
        bytes.extend(response("http://a.example/next", "HTTP/1.1 200 OK\r\n\r\n<p>next</p>"));
        let (items, _) = read(bytes, ReadOptions::default());
        assert_eq!(summary(&items), ["page http://a.example/warc-format", "page http://a.example/next"]);
        // A Content-Length a few bytes short leaves stray bytes before the next record:
        // passed over, the page kept, not taken for one that ran over the record it quotes.
        let short = String::from_utf8_lossy(&response("http://a.example/warc-format", quoted))
            .replace(&format!("Content-Length: {}", quoted.len()), &format!("Content-Length: {}", quoted.len() - 3));
        let mut bytes = short.into_bytes();
        bytes.extend(response("http://a.example/next", "HTTP/1.1 200 OK\r\n\r\n<p>next</p>"));
        let (items, _) = read(bytes, ReadOptions::default());
        assert_eq!(summary(&items), ["page http://a.example/warc-format", "page http://a.example/next"]);
    }

    #[test]
    fn records_inside_a_block_are_found_in_one_pass() {
        // Near misses: version lines without WARC fields under them, over and over.
        let mut block = "\nWARC/1.:".repeat(50_000).into_bytes();
        block.extend_from_slice(
            b"\nWARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/in\r\n\r\nbody\n",
        );
        assert_eq!(records_inside(&block), (1, vec!["http://a.example/in".to_string()]));
    }

    #[test]
    fn truncated_headers_are_damage_too() {
        let mut bytes = response("http://a.example/1", "HTTP/1.1 200 OK\r\n\r\nx");
        bytes.extend_from_slice(b"WARC/1.0\r\nWARC-Type: resp");
        let (items, _) = read(bytes, ReadOptions::default());
        assert_eq!(items.iter().filter(|item| item.is_err()).count(), 1);
        assert_eq!(items.last().and_then(|item| item.as_ref().err()).map(|p| p.reason), Some(Reason::BadArchive));
    }

    #[test]
    fn stray_line_ends_are_tolerated_and_junk_is_resynchronised() {
        let mut bytes = response("http://a.example/1", "HTTP/1.1 200 OK\r\n\r\none");
        bytes.extend_from_slice(b"\r\n\r\nxx\r\n");
        bytes.extend(response("http://a.example/2", "HTTP/1.1 200 OK\r\n\r\ntwo"));
        let (items, _) = read(bytes.clone(), ReadOptions::default());
        assert_eq!(summary(&items), ["page http://a.example/1", "page http://a.example/2"]);

        // A garbled record: one problem, then the next record is read.
        let mut damaged = response("http://a.example/1", "HTTP/1.1 200 OK\r\n\r\none");
        damaged.extend(vec![b'#'; 500]);
        damaged.extend_from_slice(b"\r\nmore junk\r\n");
        damaged.extend(response("http://a.example/2", "HTTP/1.1 200 OK\r\n\r\ntwo"));
        let (items, _) = read(damaged, ReadOptions::default());
        let summary = summary(&items);
        assert_eq!(summary.len(), 3);
        assert!(summary[1].starts_with("bad_archive"));
        assert_eq!(summary[2], "page http://a.example/2");
    }

    #[test]
    fn junk_run_into_a_version_line_costs_no_record() {
        let mut bytes = response("http://a.example/1", "HTTP/1.1 200 OK\r\n\r\none");
        bytes.extend(vec![b'#'; 500]);
        let second_at = bytes.len();
        bytes.extend(response("http://a.example/2", "HTTP/1.1 200 OK\r\n\r\ntwo"));
        let (items, _) = read(bytes, ReadOptions::default());
        let summary = summary(&items);
        assert_eq!(summary.len(), 3, "{summary:?}");
        assert!(summary[1].starts_with("bad_archive"), "{summary:?}");
        assert_eq!(summary[2], "page http://a.example/2");
        let page = items.get(2).and_then(|item| item.as_ref().ok());
        assert_eq!(page.map(|p| p.source.clone()), Some(format!("a.warc@{second_at}")));
        // Near miss: a few stray bytes are passed over without a problem.
        let mut bytes = response("http://a.example/1", "HTTP/1.1 200 OK\r\n\r\none");
        bytes.extend_from_slice(b"xx");
        bytes.extend(response("http://a.example/2", "HTTP/1.1 200 OK\r\n\r\ntwo"));
        let (items, _) = read(bytes, ReadOptions::default());
        assert_eq!(self::summary(&items), ["page http://a.example/1", "page http://a.example/2"]);
    }

    #[test]
    fn malformed_headers_are_reported_once_and_skipped() {
        let mut bytes = b"WARC/1.0\r\nthis is not a header\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n".to_vec();
        bytes.extend(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n".iter());
        bytes.extend(response("http://a.example/ok", "HTTP/1.1 200 OK\r\n\r\nok"));
        let (items, _) = read(bytes, ReadOptions::default());
        let summary = summary(&items);
        assert_eq!(summary.len(), 3, "{summary:?}");
        assert!(summary[0].starts_with("bad_archive a.warc@0"));
        assert!(summary[1].starts_with("bad_archive"));
        assert_eq!(summary[2], "page http://a.example/ok");
    }

    #[test]
    fn oversized_records_are_skipped_without_being_read_whole() {
        let big_page = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{}", "x".repeat(5000));
        let big_image = format!("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n{}", "x".repeat(5000));
        let mut bytes = response("http://a.example/big", &big_page);
        bytes.extend(response("http://a.example/video", &big_image));
        bytes.extend(response("http://a.example/small", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\nsmall"));
        let opts = ReadOptions { max_document_bytes: 1000, ..ReadOptions::default() };
        let (items, _) = read(bytes, opts);
        let summary = summary(&items);
        assert!(summary[0].starts_with("too_large"));
        assert!(summary[1].starts_with("not_a_page"));
        assert_eq!(summary[2], "page http://a.example/small");
    }

    #[test]
    fn non_web_responses_are_ignored_and_web_resources_are_pages() {
        let mut bytes = record(
            "response",
            "WARC-Target-URI: dns:a.example\r\nContent-Type: text/dns\r\n",
            b"20240301 a.example. 1.2.3.4",
        );
        bytes.extend(record(
            "resource",
            "WARC-Target-URI: metadata://wget/log\r\nContent-Type: text/plain\r\n",
            b"log",
        ));
        bytes.extend(record(
            "resource",
            "WARC-Target-URI: https://c.example/\r\nContent-Type: text/html\r\n",
            b"<p>c</p>",
        ));
        let (items, stats) = read(bytes, ReadOptions::default());
        assert_eq!(summary(&items), ["page https://c.example/"]);
        assert_eq!(stats.records_ignored(), 2);
    }

    #[test]
    fn missing_content_length_is_malformed() {
        let mut bytes = b"WARC/1.0\r\nWARC-Type: response\r\n\r\nbody\r\n\r\n".to_vec();
        bytes.extend(response("http://a.example/ok", "HTTP/1.1 200 OK\r\n\r\nok"));
        let (items, _) = read(bytes, ReadOptions::default());
        assert_eq!(summary(&items), ["bad_archive a.warc@0", "page http://a.example/ok"]);
    }

    mod never_panics {
        use super::*;
        use proptest::prelude::*;

        /// Pieces of WARC and HTTP framing, mixed with arbitrary bytes.
        fn fragment() -> impl Strategy<Value = Vec<u8>> {
            prop_oneof![
                Just(b"WARC/1.0\r\n".to_vec()),
                Just(b"WARC-Type: response\r\n".to_vec()),
                Just(b"WARC-Type: conversion\r\n".to_vec()),
                Just(b"WARC-Target-URI: http://a.example/\r\n".to_vec()),
                (0_u32..40).prop_map(|n| format!("Content-Length: {n}\r\n").into_bytes()),
                Just(b"\r\n".to_vec()),
                Just(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n".to_vec()),
                Just(b"Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n".to_vec()),
                proptest::collection::vec(any::<u8>(), 0..24),
            ]
        }

        proptest! {
            #[test]
            fn warc_reader_survives_arbitrary_streams(parts in proptest::collection::vec(fragment(), 0..40)) {
                let opts = ReadOptions { max_document_bytes: 16, ..ReadOptions::default() };
                let (items, _) = read(parts.concat(), opts);
                prop_assert!(items.len() <= parts.len() + 1);
            }
        }
    }
}
