//! Opening one input (a file or standard input): detect its format and either read it as one
//! document (a text dump or HTML page) or hand it to the JSONL or WARC reader.
//!
//! A document is read with a bound: a file whose size is known to be over the limit is not
//! read at all, and standard input is read to at most the limit plus one byte.

use std::fs::File;
use std::io::{self, BufReader, Cursor, Read};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use tracing::debug;

use super::detect::{self, Format, SNIFF_BYTES};
use super::gzip::{GzMembers, damaged_member};
use super::jsonl::JsonlSource;
use super::warc::WarcSource;
use super::{CountingReader, PageSource, READ_BUFFER_BYTES, ReadOptions, ReadStats};
use crate::error::{Problem, Reason};
use crate::model::{InputKind, PageHints, RawPage, SourceKind};

/// A byte stream being read, after the sniffed head was put back in front.
pub(super) type Stream = Box<dyn Read + Send>;

/// Where an input comes from and how it is named in sources and problems.
#[derive(Debug, Clone)]
pub(super) struct Origin {
    /// The path as given or found, or `-` for standard input.
    pub(super) name: String,
    /// `None` for standard input.
    path: Option<PathBuf>,
}

impl Origin {
    pub(super) fn path(path: PathBuf) -> Self {
        Origin { name: super::path_name(&path), path: Some(path) }
    }

    pub(super) fn stdin() -> Self {
        Origin { name: "-".to_string(), path: None }
    }

    fn source_kind(&self) -> SourceKind {
        if self.path.is_some() { SourceKind::File } else { SourceKind::Stdin }
    }

    fn problem(&self, reason: Reason, detail: impl Into<String>) -> Problem {
        let problem = Problem::new(self.name.clone(), reason, detail);
        debug!(source = %problem.source, reason = %problem.reason, detail = %problem.detail, "Skipped an input.");
        problem
    }
}

/// What opening an input gave.
pub(super) enum Opened {
    Page(RawPage),
    Problem(Problem),
    Source(Box<dyn PageSource>),
}

/// Open `origin`, detect its format and start reading it.
pub(super) fn open(origin: Origin, opts: ReadOptions, stats: &Arc<ReadStats>) -> Opened {
    let (raw, size): (Box<dyn Read + Send>, Option<u64>) = match &origin.path {
        Some(path) => match File::open(path) {
            Ok(file) => {
                let size = file.metadata().ok().filter(std::fs::Metadata::is_file).map(|metadata| metadata.len());
                (Box::new(file), size)
            }
            Err(error) => return Opened::Problem(origin.problem(Reason::Io, error.to_string())),
        },
        None => (Box::new(io::stdin()), None),
    };
    stats.files_opened.fetch_add(1, Ordering::Relaxed);
    let counted = CountingReader { inner: raw, stats: Arc::clone(stats) };
    let reader: Stream = Box::new(BufReader::with_capacity(READ_BUFFER_BYTES, counted));

    let (head, stream) = match read_head(reader) {
        Ok(read) => read,
        Err(error) => return Opened::Problem(origin.problem(Reason::Io, error.to_string())),
    };
    if head.is_empty() {
        return Opened::Problem(origin.problem(Reason::Empty, "file is empty"));
    }
    // `--as` says every input is a page, whatever its name.
    if opts.force_kind.is_none()
        && let Some(what) = origin.path.as_deref().and_then(|path| detect::not_a_page_by_name(path, &head))
    {
        return Opened::Problem(origin.problem(
            Reason::NotAPage,
            format!("{what}, by its name (use --as text or --as html to import it as a page)"),
        ));
    }
    let named = origin.path.as_deref().and_then(detect::format_from_name);

    if detect::is_gzip(&head) {
        return open_gzip(origin, stream, named, opts, stats);
    }
    let format = match named {
        Some(format) => detect::correct_named(format, &head),
        None if detect::is_warc(&head) => Format::Warc,
        None => detect::sniff_format(&head),
    };
    if format != Format::Warc
        && let Some(reason) = detect::binary_reason(&head)
    {
        return Opened::Problem(origin.problem(Reason::Binary, reason));
    }
    match format {
        Format::Warc => open_warc(origin, &head, stream, opts, stats),
        Format::Jsonl => Opened::Source(Box::new(JsonlSource::new(origin.name, stream, false, opts))),
        Format::Document(kind) => {
            // UTF-16 bytes cannot be sniffed for markup; the decoder sniffs them once decoded.
            let utf16 = detect::is_utf16(&head);
            let kind = if named.is_none() && utf16 { None } else { Some(kind) };
            let body = Body { stream, head_len: head.len(), size, compressed: false };
            read_document(&origin, body, kind, opts)
        }
    }
}

/// A gzip-compressed input, read through the decompressor: WARC/WET, JSONL, or one text dump
/// or HTML page (`.txt.gz`, `.html.gz`, or sniffed), held to the same limit once
/// decompressed. A stream that breaks off is a damaged archive, not an unreadable file.
fn open_gzip(
    origin: Origin,
    stream: Stream,
    named: Option<Format>,
    opts: ReadOptions,
    stats: &Arc<ReadStats>,
) -> Opened {
    let decompressed: Stream = Box::new(GzMembers::new(BufReader::with_capacity(READ_BUFFER_BYTES, stream)));
    let (inner_head, stream) = match read_head(decompressed) {
        Ok(read) => read,
        Err(error) => {
            // Without a name saying gzip, the magic bytes may be chance: binary, not broken.
            let problem = match named {
                Some(_) => origin.problem(Reason::BadArchive, format!("gzip stream is damaged or truncated: {error}")),
                None => origin.problem(Reason::Binary, format!("gzip stream cannot be read: {error}")),
            };
            return Opened::Problem(problem);
        }
    };
    if inner_head.is_empty() {
        return Opened::Problem(origin.problem(Reason::Empty, "gzip stream holds no data"));
    }
    let format = match named {
        Some(format) => detect::correct_named(format, &inner_head),
        None => detect::sniff_format(&inner_head),
    };
    match format {
        Format::Warc => open_warc(origin, &inner_head, stream, opts, stats),
        Format::Jsonl => Opened::Source(Box::new(JsonlSource::new(origin.name, stream, true, opts))),
        Format::Document(kind) => {
            if let Some(reason) = detect::binary_reason(&inner_head) {
                return Opened::Problem(origin.problem(Reason::Binary, format!("gzip-compressed {reason}")));
            }
            let utf16 = detect::is_utf16(&inner_head);
            let kind = if named.is_none() && utf16 { None } else { Some(kind) };
            let body = Body { stream, head_len: inner_head.len(), size: None, compressed: true };
            read_document(&origin, body, kind, opts)
        }
    }
}

fn open_warc(origin: Origin, head: &[u8], stream: Stream, opts: ReadOptions, stats: &Arc<ReadStats>) -> Opened {
    if !detect::is_warc(head) {
        return Opened::Problem(origin.problem(Reason::BadArchive, "does not start with a WARC/ version line"));
    }
    Opened::Source(Box::new(WarcSource::new(origin.name, stream, opts, Arc::clone(stats))))
}

/// The bytes of one document, and what is known of them before they are read.
struct Body {
    stream: Stream,
    /// Bytes already sniffed (a lower bound of the size).
    head_len: usize,
    /// The file's size, when it is a plain file.
    size: Option<u64>,
    /// Read through a decompressor: a read error means a damaged archive.
    compressed: bool,
}

/// Read a whole text dump or HTML page, refusing it when it is larger than the limit.
fn read_document(origin: &Origin, body: Body, kind: Option<InputKind>, opts: ReadOptions) -> Opened {
    let Body { stream, head_len, size, compressed } = body;
    let limit = opts.max_document_bytes;
    if let Some(size) = size.filter(|&size| size > limit) {
        let detail = format!("file is {size} bytes, over the limit of {limit} bytes");
        return Opened::Problem(origin.problem(Reason::TooLarge, detail));
    }
    let capacity = size.unwrap_or(head_len as u64).min(limit);
    let mut body = Vec::with_capacity(usize::try_from(capacity).unwrap_or(0));
    if let Err(error) = stream.take(limit.saturating_add(1)).read_to_end(&mut body) {
        return Opened::Problem(if compressed {
            origin.problem(Reason::BadArchive, format!("gzip stream is damaged or truncated: {error}"))
        } else {
            origin.problem(Reason::Io, error.to_string())
        });
    }
    if body.len() as u64 > limit {
        let detail = if compressed {
            format!("more than {limit} bytes once decompressed, over the limit")
        } else {
            format!("more than {limit} bytes, over the limit")
        };
        return Opened::Problem(origin.problem(Reason::TooLarge, detail));
    }
    if body.trim_ascii().is_empty() {
        return Opened::Problem(origin.problem(Reason::Empty, "file holds only whitespace"));
    }
    Opened::Page(RawPage {
        source: origin.name.clone(),
        source_kind: origin.source_kind(),
        url: None,
        kind: opts.force_kind.or(kind),
        content_type: None,
        fetched_at: None,
        hints: PageHints::default(),
        body,
    })
}

/// Read up to [`SNIFF_BYTES`] from the start of a stream (fewer only at its end). A read
/// error after some bytes is kept for later, so that a damaged or truncated archive yields
/// the records before the damage: the returned stream replays the head, then the error. A
/// damaged gzip member is not the end: the head reads on past it, and the stream replays
/// the error where it came, then goes on.
fn read_head(mut reader: Stream) -> Result<(Vec<u8>, Stream), io::Error> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    let mut replay: Stream = Box::new(io::empty());
    let mut damage = 0;
    let mut first_damage = None;
    loop {
        let mut piece = Vec::new();
        let wanted = (SNIFF_BYTES - head.len()) as u64;
        let outcome = (&mut reader).take(wanted).read_to_end(&mut piece);
        head.extend_from_slice(&piece);
        replay = Box::new(replay.chain(Cursor::new(piece)));
        match outcome {
            Ok(_) if head.is_empty() && damage > 0 => {
                let detail = first_damage.unwrap_or_default();
                return Err(io::Error::new(io::ErrorKind::InvalidData, detail));
            }
            Ok(_) => return Ok((head, Box::new(replay.chain(reader)))),
            Err(error) if damaged_member(&error).is_some() && damage < MAX_DAMAGE_IN_HEAD => {
                damage += 1;
                first_damage.get_or_insert_with(|| error.to_string());
                replay = Box::new(replay.chain(DeferredError(Some(error))));
            }
            Err(error) if !head.is_empty() => {
                return Ok((head, Box::new(replay.chain(DeferredError(Some(error))))));
            }
            Err(error) => return Err(error),
        }
    }
}

/// Damaged gzip members read past while reading the head of a stream.
const MAX_DAMAGE_IN_HEAD: usize = 16;

/// A reader that fails once with a saved error, then reports the end of the stream.
struct DeferredError(Option<io::Error>);

impl Read for DeferredError {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(error) => Err(error),
            None => Ok(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts what is read through it, standing in for standard input.
    struct Counted<R> {
        inner: R,
        read: Arc<std::sync::atomic::AtomicU64>,
    }

    impl<R: Read> Read for Counted<R> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.inner.read(buf)?;
            self.read.fetch_add(n as u64, Ordering::Relaxed);
            Ok(n)
        }
    }

    #[test]
    fn a_stream_of_unknown_size_is_read_to_the_limit_plus_one_byte() {
        let read = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let endless = io::repeat(b'a').take(50 << 20);
        let stream: Stream = Box::new(Counted { inner: endless, read: Arc::clone(&read) });
        let opts = ReadOptions { max_document_bytes: 1 << 20, ..ReadOptions::default() };
        let opened =
            read_document(&Origin::stdin(), Body { stream, head_len: 0, size: None, compressed: false }, None, opts);
        assert!(
            matches!(opened, Opened::Problem(problem) if problem.reason == Reason::TooLarge && problem.source == "-")
        );
        assert_eq!(read.load(Ordering::Relaxed), (1 << 20) + 1);
    }

    #[test]
    fn a_stream_within_the_limit_is_one_page() {
        let stream: Stream = Box::new(Cursor::new(b"Line one.\nLine two.\n".to_vec()));
        let opened = read_document(
            &Origin::stdin(),
            Body { stream, head_len: 0, size: None, compressed: false },
            Some(InputKind::Text),
            ReadOptions::default(),
        );
        let Opened::Page(page) = opened else {
            panic!("expected a page");
        };
        assert_eq!((page.source.as_str(), page.source_kind), ("-", SourceKind::Stdin));
        assert_eq!(page.body, b"Line one.\nLine two.\n");
    }
}
