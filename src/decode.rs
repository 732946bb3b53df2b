//! Decoding: bytes to UTF-8 text, and the choice between HTML and text dump.
//!
//! The encoding is taken from the first of these that gives one, and the choice is recorded
//! as an [`EncodingSource`]:
//! 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 2. the container: JSONL strings and WET conversions are UTF-8 by definition;
//! 3. the `charset` parameter of the HTTP `Content-Type`;
//! 4. for HTML, the WHATWG `<meta>` prescan of the first 1024 bytes;
//! 5. an `<?xml ... encoding="..."?>` declaration;
//! 6. the bytes themselves: UTF-8 when they are UTF-8 (with at most a little damage), else
//!    chardetng's guess, told the TLD of the page's host when known.
//!
//! Malformed sequences become U+FFFD and are counted, NUL characters are removed, the BOM is
//! stripped. A page whose text is only whitespace is a [`Reason::Empty`] problem. Valid UTF-8
//! takes a fast path that validates once and reuses the page's buffer without copying.

use encoding_rs::{DecoderResult, Encoding, REPLACEMENT, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED};
use tracing::debug;

use crate::error::{Problem, Reason};
use crate::model::{DecodedPage, EncodingSource, InputKind, RawPage, SourceKind};

/// How many leading bytes the HTML-or-text sniffer looks at.
const SNIFF_BYTES: usize = 1024;
/// How many leading bytes the `<meta>` prescan and the XML declaration are looked for in
/// (the WHATWG prescan limit).
const PRESCAN_BYTES: usize = 1024;
/// How many leading bytes chardetng is fed; more costs time and rarely changes the guess.
const DETECT_PREFIX_BYTES: usize = 64 * 1024;
/// Known HTML element tags in the sniffed prefix from which a page without a leading
/// `<html>`/doctype counts as HTML. A text dump that quotes a tag or two stays text.
const MIN_HTML_TAGS: usize = 5;
/// Bytes that are mostly UTF-8 but hold some malformed sequences are decoded as damaged UTF-8
/// when there are at least this many valid multi-byte characters per malformed sequence.
/// Legacy single-byte text almost never forms valid multi-byte UTF-8 sequences.
const MIN_VALID_PER_MALFORMED_UTF8: usize = 2;

/// Multi-byte characters that valid UTF-8 must hold to overrule a declared legacy encoding
/// (see [`is_utf8_despite_declaration`]); one or two could still be a legacy text's chance
/// pair of bytes, such as `Ã©` in windows-1252.
const MIN_UTF8_OVER_DECLARATION: usize = 3;
/// Element names whose tags mark a page as HTML when they occur often enough.
const HTML_ELEMENT_NAMES: &[&[u8]] = &[
    b"a", b"article", b"b", b"body", b"br", b"div", b"em", b"footer", b"form", b"h1", b"h2", b"h3", b"h4", b"h5",
    b"h6", b"head", b"header", b"hr", b"html", b"i", b"img", b"input", b"li", b"link", b"main", b"meta", b"nav", b"ol",
    b"p", b"script", b"section", b"span", b"strong", b"style", b"table", b"td", b"th", b"title", b"tr", b"ul",
];

/// Openings that make a page HTML on their own (compared ASCII case-insensitively, after a
/// BOM and whitespace).
const HTML_OPENINGS: &[&[u8]] = &[b"<!doctype html", b"<html", b"<head", b"<body"];

/// Decode a page's bytes to UTF-8 text and decide its kind.
///
/// Never panics on any input; malformed bytes are replaced and counted in `replaced_bytes`.
pub fn decode(page: RawPage) -> Result<DecodedPage, Problem> {
    let RawPage { source, source_kind, url, kind, content_type, fetched_at, hints, body } = page;

    let raw_kind = kind.unwrap_or_else(|| sniff_kind(&body));
    let choice = choose_encoding(&body, raw_kind, content_type.as_deref(), url.as_deref(), source_kind);
    let (mut text, replaced) = decode_bytes(body, choice.encoding, choice.bom_len);
    if memchr::memchr(0, text.as_bytes()).is_some() {
        text.retain(|c| c != '\0');
    }

    // A page in an encoding that is not ASCII-compatible could not be sniffed from its bytes.
    let kind = match kind {
        Some(kind) => kind,
        None if choice.encoding.is_ascii_compatible() => raw_kind,
        None => sniff_kind(text.as_bytes()),
    };

    if text.trim().is_empty() {
        debug!(source = %source, encoding = choice.encoding.name(), "Page is empty after decoding.");
        return Err(Problem::new(source, Reason::Empty, "no text after decoding"));
    }
    let replaced = replaced + hints.replaced_bytes;
    if replaced > 0 {
        debug!(source = %source, encoding = choice.encoding.name(), replaced, "Replaced malformed byte sequences.");
    }

    Ok(DecodedPage {
        source,
        source_kind,
        url,
        kind,
        fetched_at,
        hints,
        text,
        encoding: choice.encoding.name(),
        encoding_source: choice.source,
        replaced_bytes: replaced,
    })
}

/// Whether bytes look like HTML markup or a plain-text dump, from their first KiB.
///
/// HTML is a page that opens (after a BOM and whitespace) with a doctype, `<html>`, `<head>`
/// or `<body>`, an XML declaration followed by `<html`, or that holds at least
/// `MIN_HTML_TAGS` (5) tags of known HTML elements.
pub fn sniff_kind(bytes: &[u8]) -> InputKind {
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    if opens_like_html(head) || count_html_tags(head) >= MIN_HTML_TAGS {
        return InputKind::Html;
    }
    InputKind::Text
}

/// Whether bytes open (after a BOM and whitespace) as an HTML document does: a doctype,
/// `<html>`, `<head>` or `<body>`, or an XML declaration followed by `<html`. Unlike a count
/// of tags, this holds even for a file named as text: a dump never starts that way.
pub fn opens_like_html(bytes: &[u8]) -> bool {
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let rest = head.get(start..).unwrap_or_default();
    HTML_OPENINGS.iter().any(|opening| starts_with_ignore_case(rest, opening))
        || (starts_with_ignore_case(rest, b"<?xml") && find_ignore_case(rest, b"<html").is_some())
}

/// Count the tags of known HTML elements (`<p>`, `</div>`, `<a href=...>`) in `bytes`.
fn count_html_tags(bytes: &[u8]) -> usize {
    let mut count = 0;
    for at in memchr::memchr_iter(b'<', bytes) {
        let after = bytes.get(at + 1..).unwrap_or_default();
        let after = after.strip_prefix(b"/").unwrap_or(after);
        let name_len = after.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let (name, terminator) = (&after[..name_len], after.get(name_len));
        let ends_tag = matches!(terminator, Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r'));
        if ends_tag && HTML_ELEMENT_NAMES.iter().any(|known| known.eq_ignore_ascii_case(name)) {
            count += 1;
        }
    }
    count
}

/// The encoding chosen for a page and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct EncodingChoice {
    encoding: &'static Encoding,
    source: EncodingSource,
    /// Length of the byte-order mark to skip.
    bom_len: usize,
}

impl EncodingChoice {
    fn new(encoding: &'static Encoding, source: EncodingSource) -> Self {
        EncodingChoice { encoding, source, bom_len: 0 }
    }
}

fn choose_encoding(
    body: &[u8],
    kind: InputKind,
    content_type: Option<&str>,
    url: Option<&str>,
    source_kind: SourceKind,
) -> EncodingChoice {
    if let Some((encoding, bom_len)) = Encoding::for_bom(body) {
        return EncodingChoice { encoding, source: EncodingSource::Bom, bom_len };
    }
    if matches!(source_kind, SourceKind::Jsonl | SourceKind::Wet) {
        return EncodingChoice::new(UTF_8, EncodingSource::Container);
    }
    if let Some(encoding) = bomless_utf16(body) {
        return EncodingChoice::new(encoding, EncodingSource::Detected);
    }
    let head = body.get(..PRESCAN_BYTES).unwrap_or(body);
    let declared = if let Some(encoding) = content_type.and_then(charset_from_content_type) {
        Some(EncodingChoice::new(encoding, EncodingSource::Http))
    } else if kind == InputKind::Html
        && let Some(encoding) = prescan_meta(head)
    {
        Some(EncodingChoice::new(encoding, EncodingSource::Meta))
    } else {
        xml_declaration_encoding(head).map(|encoding| EncodingChoice::new(encoding, EncodingSource::XmlDeclaration))
    };
    match declared {
        // A UTF-8 declaration over bytes that are not UTF-8 (a server's default header over a
        // Latin-1 page): the page's own `<meta>` is believed next, else the bytes.
        Some(choice) if choice.encoding == UTF_8 => match detect_encoding(body, url) {
            detected if detected == UTF_8 => choice,
            detected => match prescan_meta(head).filter(|meta| kind == InputKind::Html && *meta != UTF_8) {
                Some(meta) if choice.source == EncodingSource::Http => EncodingChoice::new(meta, EncodingSource::Meta),
                _ => EncodingChoice::new(detected, EncodingSource::Detected),
            },
        },
        // A server's default `charset=ISO-8859-1` over a page that declares another legacy
        // encoding in its `<meta>` (GBK, Shift_JIS, windows-1251): the `<meta>` is believed
        // when the bytes say so too, as a browser's own guess would not.
        Some(choice)
            if choice.source == EncodingSource::Http
                && choice.encoding == WINDOWS_1252
                && kind == InputKind::Html
                && !is_utf8_despite_declaration(body, choice.encoding)
                && let Some(meta) = prescan_meta(head).filter(|meta| *meta != WINDOWS_1252 && *meta != UTF_8)
                && detect_encoding(body, url) == meta =>
        {
            EncodingChoice::new(meta, EncodingSource::Meta)
        }
        Some(choice) if !is_utf8_despite_declaration(body, choice.encoding) => choice,
        Some(_) => EncodingChoice::new(UTF_8, EncodingSource::Detected),
        None => EncodingChoice::new(detect_encoding(body, url), EncodingSource::Detected),
    }
}

/// The UTF-16 byte order of text written without its byte-order mark (Windows tools save
/// "Unicode" text so), told by where the NUL bytes fall: text in Latin script has one in
/// every high byte of its ASCII characters, and next to none in the low ones. Text in other
/// scripts has too few to tell, and is left to the other clues.
pub fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..UTF16_SNIFF_BYTES).unwrap_or(bytes);
    let units = head.len() / 2;
    if units < MIN_UTF16_UNITS {
        return None;
    }
    let (mut even_nuls, mut odd_nuls) = (0, 0);
    for pair in head.chunks_exact(2) {
        even_nuls += usize::from(pair[0] == 0);
        odd_nuls += usize::from(pair[1] == 0);
    }
    let says = |nuls: usize, other: usize| nuls * 10 >= units * 6 && other * 50 <= units;
    if says(odd_nuls, even_nuls) {
        Some(UTF_16LE)
    } else if says(even_nuls, odd_nuls) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// How much of a file [`bomless_utf16`] reads, and the fewest 16-bit units it decides on.
const UTF16_SNIFF_BYTES: usize = 4096;
const MIN_UTF16_UNITS: usize = 16;

/// Whether bytes declared to be in a legacy encoding are UTF-8 after all: valid UTF-8
/// throughout, with some non-ASCII characters. Pages saved or re-served through tools that
/// transcode to UTF-8 keep their old `<meta charset>`, and servers send a default
/// `charset=ISO-8859-1` with UTF-8 pages. Text really written in a legacy encoding is
/// practically never valid UTF-8 once it holds a few non-ASCII characters: in single-byte
/// encodings every letter above ASCII would have to be followed by symbols from the
/// 0x80–0xBF range, in GBK, Big5, Shift_JIS or EUC every second byte would have to be one.
fn is_utf8_despite_declaration(body: &[u8], declared: &'static Encoding) -> bool {
    if declared == UTF_8 || !declared.is_ascii_compatible() {
        return false;
    }
    // Counted only up to the bar: the whole page is read once to validate it already.
    std::str::from_utf8(body)
        .is_ok_and(|text| text.bytes().filter(|&b| b >= 0xC0).nth(MIN_UTF8_OVER_DECLARATION - 1).is_some())
}

/// The encoding named by a label, unless it is unknown or the `replacement` encoding (which
/// would turn the whole page into one U+FFFD; guessing from the bytes serves better).
fn usable_encoding(label: &[u8]) -> Option<&'static Encoding> {
    Encoding::for_label(label).filter(|encoding| *encoding != REPLACEMENT)
}

/// A charset found in the document itself cannot be UTF-16 (it was read as ASCII), and
/// `x-user-defined` in a `<meta>` means windows-1252 (WHATWG prescan).
fn in_document_encoding(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == UTF_16LE || encoding == UTF_16BE {
        UTF_8
    } else if encoding == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        encoding
    }
}

/// The encoding named by the `charset` parameter of a `Content-Type` header value.
pub fn charset_from_content_type(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
        usable_encoding(value.as_bytes())
    })
}

/// Bytes valid as UTF-8, or mostly so, decode as UTF-8; otherwise chardetng guesses from a
/// bounded prefix, helped by the top-level domain of the page's URL.
fn detect_encoding(body: &[u8], url: Option<&str>) -> &'static Encoding {
    if std::str::from_utf8(body).is_ok() {
        return UTF_8;
    }
    let evidence = Utf8Evidence::scan(body);
    if evidence.valid_multibyte >= evidence.malformed * MIN_VALID_PER_MALFORMED_UTF8 {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(body.get(..DETECT_PREFIX_BYTES).unwrap_or(body), true);
    let tld = url.and_then(top_level_domain);
    detector.guess(tld.as_deref().map(str::as_bytes), chardetng::Utf8Detection::Allow)
}

/// How much of a byte string is well-formed multi-byte UTF-8 and how much is malformed.
#[derive(Debug, Default, PartialEq, Eq)]
struct Utf8Evidence {
    valid_multibyte: usize,
    malformed: usize,
}

impl Utf8Evidence {
    fn scan(bytes: &[u8]) -> Self {
        let mut evidence = Utf8Evidence::default();
        let mut rest = bytes;
        loop {
            match std::str::from_utf8(rest) {
                Ok(valid) => {
                    evidence.valid_multibyte += count_lead_bytes(valid.as_bytes());
                    return evidence;
                }
                Err(error) => {
                    let (valid, after) = rest.split_at(error.valid_up_to());
                    evidence.valid_multibyte += count_lead_bytes(valid);
                    let Some(bad_len) = error.error_len() else {
                        // A sequence cut off by the end of the input: one malformed sequence.
                        evidence.malformed += 1;
                        return evidence;
                    };
                    evidence.malformed += 1;
                    rest = after.get(bad_len..).unwrap_or_default();
                }
            }
        }
    }
}

/// Multi-byte characters in valid UTF-8, counted by their lead bytes.
fn count_lead_bytes(valid: &[u8]) -> usize {
    valid.iter().filter(|&&b| b >= 0xC0).count()
}

/// The last label of the URL's host, lower-case ASCII, as chardetng wants it; `None` for IP
/// addresses and anything chardetng would refuse.
fn top_level_domain(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let Some(url::Host::Domain(host)) = parsed.host() else {
        return None;
    };
    let tld = host.trim_end_matches('.').rsplit('.').next()?.to_ascii_lowercase();
    let acceptable = !tld.is_empty() && tld.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    acceptable.then_some(tld)
}

/// Decode `body` (after skipping `bom_len` bytes) with `encoding`, returning the text and the
/// number of malformed sequences replaced by U+FFFD.
fn decode_bytes(body: Vec<u8>, encoding: &'static Encoding, bom_len: usize) -> (String, u64) {
    if encoding == UTF_8 {
        // Fast path: valid UTF-8 is validated once and its buffer reused as the String.
        match String::from_utf8(body) {
            Ok(mut text) => {
                if bom_len > 0 && text.starts_with('\u{FEFF}') {
                    text.drain(..'\u{FEFF}'.len_utf8());
                }
                return (text, 0);
            }
            Err(error) => {
                let body = error.into_bytes();
                return decode_counting(body.get(bom_len..).unwrap_or_default(), encoding);
            }
        }
    }
    decode_counting(body.get(bom_len..).unwrap_or_default(), encoding)
}

/// Decode with replacement, counting each malformed sequence.
fn decode_counting(bytes: &[u8], encoding: &'static Encoding) -> (String, u64) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 4 + 16);
    let mut replaced = 0_u64;
    let mut rest = bytes;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        rest = rest.get(read..).unwrap_or_default();
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::Malformed(_, _) => {
                replaced += 1;
                text.push('\u{FFFD}');
            }
            DecoderResult::OutputFull => {
                let needed = decoder
                    .max_utf8_buffer_length_without_replacement(rest.len())
                    .unwrap_or(rest.len().saturating_mul(3));
                text.reserve(needed.max(16));
            }
        }
    }
    (text, replaced)
}

// --- the WHATWG <meta> prescan -------------------------------------------------------------

/// The encoding declared by a `<meta charset>` or `<meta http-equiv="Content-Type"
/// content="...; charset=...">` in `head`, following the WHATWG "prescan a byte stream to
/// determine its encoding" algorithm: comments, other tags' attributes, `<!...>`, `</...>` and
/// `<?...>` are skipped so that a `charset` inside them is not taken.
pub fn prescan_meta(head: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while pos < head.len() {
        let rest = &head[pos..];
        if rest.starts_with(b"<!--") {
            // The comment ends at the first "-->", which may share the dashes of "<!--".
            let end = find(&head[pos + 2..], b"-->")?;
            pos += 2 + end + 3;
            continue;
        }
        if starts_with_ignore_case(rest, b"<meta") && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/') {
            pos += 5;
            match meta_charset(head, &mut pos) {
                MetaOutcome::Found(encoding) => return Some(encoding),
                MetaOutcome::Nothing => {}
                MetaOutcome::EndOfInput => return None,
            }
        } else if rest.first() == Some(&b'<') && starts_tag(rest.get(1..).unwrap_or_default()) {
            while pos < head.len() && !is_space(head[pos]) && head[pos] != b'>' {
                pos += 1;
            }
            loop {
                match attribute(head, &mut pos) {
                    Attribute::Found(..) => {}
                    Attribute::NoMore => break,
                    Attribute::EndOfInput => return None,
                }
            }
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos += 2 + memchr::memchr(b'>', &head[pos + 2..])?;
        }
        pos += 1;
    }
    None
}

/// `<a`… or `</a`…: the start of a start or end tag.
fn starts_tag(after_lt: &[u8]) -> bool {
    match after_lt {
        [first, ..] if first.is_ascii_alphabetic() => true,
        [b'/', second, ..] => second.is_ascii_alphabetic(),
        _ => false,
    }
}

enum MetaOutcome {
    Found(&'static Encoding),
    Nothing,
    EndOfInput,
}

/// Read the attributes of a `<meta>` tag and decide whether it declares an encoding.
fn meta_charset(head: &[u8], pos: &mut usize) -> MetaOutcome {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut got_pragma = false;
    let mut need_pragma: Option<bool> = None;
    // None: not set yet; Some(None): set to an unknown label ("failure" in the spec).
    let mut charset: Option<Option<&'static Encoding>> = None;

    loop {
        let (name, value) = match attribute(head, pos) {
            Attribute::Found(name, value) => (name, value),
            Attribute::NoMore => break,
            Attribute::EndOfInput => return MetaOutcome::EndOfInput,
        };
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" if value == b"content-type" => got_pragma = true,
            b"content" if charset.is_none() => {
                if let Some(label) = charset_from_meta_content(&value) {
                    charset = Some(usable_encoding(label));
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = Some(usable_encoding(&value));
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }

    match (need_pragma, charset) {
        (None, _) => MetaOutcome::Nothing,
        (Some(true), _) if !got_pragma => MetaOutcome::Nothing,
        (_, Some(Some(encoding))) => MetaOutcome::Found(in_document_encoding(encoding)),
        (_, _) => MetaOutcome::Nothing,
    }
}

enum Attribute {
    /// A name (lower-cased) and value (lower-cased).
    Found(Vec<u8>, Vec<u8>),
    /// The tag ends here (`>`).
    NoMore,
    /// The prescan window ended inside the tag.
    EndOfInput,
}

/// The WHATWG "get an attribute" algorithm, ASCII upper case folded to lower case.
fn attribute(head: &[u8], pos: &mut usize) -> Attribute {
    let at = |pos: usize| head.get(pos).copied();

    while at(*pos).is_some_and(|b| is_space(b) || b == b'/') {
        *pos += 1;
    }
    let Some(first) = at(*pos) else {
        return Attribute::EndOfInput;
    };
    if first == b'>' {
        return Attribute::NoMore;
    }

    let mut name = Vec::new();
    let mut value = Vec::new();
    // The name runs up to '=' (once non-empty), whitespace, '/' or '>'.
    loop {
        let Some(b) = at(*pos) else {
            return Attribute::EndOfInput;
        };
        if b == b'=' && !name.is_empty() {
            *pos += 1;
            break;
        }
        if is_space(b) {
            while at(*pos).is_some_and(is_space) {
                *pos += 1;
            }
            match at(*pos) {
                None => return Attribute::EndOfInput,
                Some(b'=') => {
                    *pos += 1;
                    break;
                }
                Some(_) => return Attribute::Found(name, value),
            }
        }
        if b == b'/' || b == b'>' {
            return Attribute::Found(name, value);
        }
        name.push(b.to_ascii_lowercase());
        *pos += 1;
    }

    while at(*pos).is_some_and(is_space) {
        *pos += 1;
    }
    match at(*pos) {
        None => Attribute::EndOfInput,
        Some(quote @ (b'"' | b'\'')) => {
            *pos += 1;
            loop {
                match at(*pos) {
                    None => return Attribute::EndOfInput,
                    Some(b) if b == quote => {
                        *pos += 1;
                        return Attribute::Found(name, value);
                    }
                    Some(b) => value.push(b.to_ascii_lowercase()),
                }
                *pos += 1;
            }
        }
        Some(b'>') => Attribute::Found(name, value),
        Some(_) => loop {
            match at(*pos) {
                None => return Attribute::EndOfInput,
                Some(b) if is_space(b) || b == b'>' => return Attribute::Found(name, value),
                Some(b) => value.push(b.to_ascii_lowercase()),
            }
            *pos += 1;
        },
    }
}

/// The WHATWG "extract a character encoding from a meta element" algorithm, applied to the
/// value of a `content` attribute: the label after `charset=`, unquoted.
fn charset_from_meta_content(content: &[u8]) -> Option<&[u8]> {
    let mut pos = 0;
    loop {
        pos += find_ignore_case(content.get(pos..)?, b"charset")? + b"charset".len();
        while content.get(pos).copied().is_some_and(is_space) {
            pos += 1;
        }
        if content.get(pos) == Some(&b'=') {
            pos += 1;
            break;
        }
    }
    while content.get(pos).copied().is_some_and(is_space) {
        pos += 1;
    }
    let rest = content.get(pos..)?;
    match rest.first()? {
        &quote @ (b'"' | b'\'') => {
            let inner = &rest[1..];
            let end = memchr::memchr(quote, inner)?;
            Some(&inner[..end])
        }
        _ => {
            let end = rest.iter().position(|&b| is_space(b) || b == b';').unwrap_or(rest.len());
            Some(&rest[..end])
        }
    }
}

/// The encoding named in an `<?xml version="1.0" encoding="..."?>` declaration that opens
/// `head`.
fn xml_declaration_encoding(head: &[u8]) -> Option<&'static Encoding> {
    let declaration = head.strip_prefix(b"<?xml")?;
    if !declaration.first().copied().is_some_and(is_space) {
        return None;
    }
    let declaration = &declaration[..find(declaration, b"?>")?];
    let after_name = &declaration[find(declaration, b"encoding")? + b"encoding".len()..];
    let after_name = trim_ascii_start(after_name).strip_prefix(b"=")?;
    let quoted = trim_ascii_start(after_name);
    let quote = *quoted.first().filter(|&&b| b == b'"' || b == b'\'')?;
    let inner = &quoted[1..];
    let label = &inner[..memchr::memchr(quote, inner)?];
    usable_encoding(label).map(in_document_encoding)
}

// --- small byte helpers ---------------------------------------------------------------------

/// HTML's ASCII whitespace: tab, LF, FF, CR, space.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

fn trim_ascii_start(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|&b| !is_space(b)).unwrap_or(bytes.len());
    &bytes[start..]
}

fn starts_with_ignore_case(haystack: &[u8], prefix: &[u8]) -> bool {
    haystack.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PageHints;

    fn page(body: &[u8]) -> RawPage {
        RawPage {
            source: "test".into(),
            source_kind: SourceKind::File,
            url: None,
            kind: None,
            content_type: None,
            fetched_at: None,
            hints: PageHints::default(),
            body: body.to_vec(),
        }
    }

    fn decoded(raw: RawPage) -> DecodedPage {
        match decode(raw) {
            Ok(page) => page,
            Err(problem) => panic!("decode failed: {problem}"),
        }
    }

    #[test]
    fn sniffs_html_openings_and_keeps_text_dumps() {
        assert_eq!(sniff_kind(b"<!DOCTYPE html><p>x"), InputKind::Html);
        assert_eq!(sniff_kind(b"\xEF\xBB\xBF  \n<HTML lang=en>"), InputKind::Html);
        assert_eq!(sniff_kind(b"<head><title>x</title>"), InputKind::Html);
        assert_eq!(sniff_kind(b"<?xml version=\"1.0\"?>\n<html xmlns=\"...\">"), InputKind::Html);
        assert_eq!(sniff_kind(b"Just a text dump.\nSecond line."), InputKind::Text);
        assert_eq!(sniff_kind(b"<?xml version=\"1.0\"?><rss></rss>"), InputKind::Text);
        assert_eq!(sniff_kind(b""), InputKind::Text);
    }

    #[test]
    fn sniffs_tag_soup_but_not_text_quoting_a_few_tags() {
        let fragment = b"<div class=x><p>One</p><p>Two</p><br><a href=/>x</a></div>";
        assert_eq!(sniff_kind(fragment), InputKind::Html);
        let prose = b"Wrap it in a <div> and close with </div>, then use <b>bold</b> text.";
        assert_eq!(sniff_kind(prose), InputKind::Text);
        // Tags past the first KiB do not count.
        let mut late = vec![b'x'; SNIFF_BYTES];
        late.extend_from_slice(fragment);
        assert_eq!(sniff_kind(&late), InputKind::Text);
    }

    #[test]
    fn valid_utf8_text_takes_the_fast_path() {
        let out = decoded(page("Grüße aus Köln\n".as_bytes()));
        assert_eq!(out.text, "Grüße aus Köln\n");
        assert_eq!(out.encoding, "UTF-8");
        assert_eq!(out.encoding_source, EncodingSource::Detected);
        assert_eq!(out.kind, InputKind::Text);
        assert_eq!(out.replaced_bytes, 0);
    }

    #[test]
    fn bom_is_stripped_and_wins_over_http() {
        let mut raw = page(b"\xEF\xBB\xBFhello");
        raw.content_type = Some("text/plain; charset=iso-8859-1".into());
        let out = decoded(raw);
        assert_eq!(out.text, "hello");
        assert_eq!(out.encoding_source, EncodingSource::Bom);

        let out = decoded(page(b"\xFF\xFEh\x00i\x00"));
        assert_eq!(out.text, "hi");
        assert_eq!(out.encoding, "UTF-16LE");
    }

    #[test]
    fn utf16_html_is_sniffed_after_decoding() {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in "<!doctype html><p>Hi".encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        let out = decoded(page(&bytes));
        assert_eq!(out.kind, InputKind::Html);
        assert_eq!(out.encoding, "UTF-16BE");
    }

    #[test]
    fn utf16_without_its_byte_order_mark_is_told_by_its_nul_bytes() {
        let text = "Der Fluss stieg über Nacht.\r\nDie Brücke blieb geschlossen.";
        let little: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let big: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, encoding) in [(little, "UTF-16LE"), (big, "UTF-16BE")] {
            let out = decoded(page(&bytes));
            assert_eq!((out.text.as_str(), out.encoding), (text, encoding));
            assert_eq!(out.encoding_source, EncodingSource::Detected);
        }
        let html: Vec<u8> = "<!doctype html><title>T</title><p>Hi there, all of you.</p>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decoded(page(&html)).kind, InputKind::Html);
        // Near misses: a few NUL bytes in single-byte text, and too short a text to tell.
        let mut damaged = b"The river rose overnight and the bridge stayed shut. ".repeat(4);
        damaged[7] = 0;
        assert_eq!(bomless_utf16(&damaged), None);
        assert_eq!(bomless_utf16(b"h\0i\0"), None);
    }

    #[test]
    fn http_charset_wins_over_meta() {
        let mut raw = page(b"<html><meta charset=windows-1251><p>caf\xE9");
        raw.content_type = Some("text/html; charset=\"ISO-8859-1\"".into());
        let out = decoded(raw);
        assert_eq!(out.encoding_source, EncodingSource::Http);
        assert_eq!(out.encoding, "windows-1252");
        assert!(out.text.ends_with("café"));
    }

    #[test]
    fn a_default_latin1_header_gives_way_to_a_meta_charset_the_bytes_confirm() {
        let text = "北京市政府周二宣布，城市东部的老桥将关闭三周，以便工程师检查桥梁的支撑结构。居民可以乘坐渡轮过河。";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        let mut bytes = b"<html><head><meta charset=gbk></head><body><p>".to_vec();
        bytes.extend_from_slice(&gbk);
        let mut raw = page(&bytes);
        raw.content_type = Some("text/html; charset=ISO-8859-1".into());
        let out = decoded(raw);
        assert_eq!((out.encoding, out.encoding_source), ("GBK", EncodingSource::Meta));
        assert!(out.text.ends_with(text), "{}", out.text);
        // Near miss: a header naming GBK itself is believed as it is.
        let mut raw = page(&bytes);
        raw.content_type = Some("text/html; charset=gb2312".into());
        assert_eq!(decoded(raw).encoding_source, EncodingSource::Http);
    }

    #[test]
    fn a_declared_legacy_encoding_stands_unless_the_bytes_are_clearly_utf8() {
        // Two byte pairs that happen to be valid UTF-8 do not overrule the declaration.
        let out = decoded(page(b"<html><meta charset=windows-1252><p>\xC3\xA9 and \xC2\xA9, plain."));
        assert_eq!((out.encoding, out.encoding_source), ("windows-1252", EncodingSource::Meta));
        assert!(out.text.ends_with("Ã© and Â©, plain."));
        // A legacy page with one byte that is not UTF-8 keeps its declaration too.
        let mut bytes = "<html><meta charset=windows-1252><p>€ ß ü ".as_bytes().to_vec();
        bytes.push(0xE9);
        let out = decoded(page(&bytes));
        assert_eq!(out.encoding_source, EncodingSource::Meta);
        // Declared UTF-8 stays declared.
        let out = decoded(page("<html><meta charset=utf-8><p>€ ß ü".as_bytes()));
        assert_eq!(out.encoding_source, EncodingSource::Meta);
    }

    #[test]
    fn a_utf8_header_over_latin1_bytes_gives_way_to_the_page() {
        let body = b"<html><meta charset=\"iso-8859-1\"><title>Gr\xE8ve des dockers</title><p>\xC9lodie Faure, \xE0 Marseille.";
        let mut raw = page(body);
        raw.content_type = Some("text/html; charset=utf-8".into());
        let out = decoded(raw);
        assert_eq!((out.encoding, out.encoding_source), ("windows-1252", EncodingSource::Meta));
        assert!(out.text.contains("Grève") && out.text.contains("Élodie"), "{}", out.text);
        // With no `<meta>`, the bytes tell.
        let mut raw = page(b"<html><p>Gr\xE8ve des dockers \xE0 Marseille, \xE9t\xE9 comme hiver.");
        raw.content_type = Some("text/html; charset=utf-8".into());
        let out = decoded(raw);
        assert_eq!(out.encoding_source, EncodingSource::Detected);
        assert!(out.text.contains("Grève"), "{}", out.text);
        // Near miss: a UTF-8 page with one broken byte stays UTF-8, as declared.
        let mut bytes = "<html><meta charset=iso-8859-1><p>Grève à Marseille, été comme hiver ".as_bytes().to_vec();
        bytes.push(0xE9);
        let mut raw = page(&bytes);
        raw.content_type = Some("text/html; charset=utf-8".into());
        let out = decoded(raw);
        assert_eq!((out.encoding, out.encoding_source), ("UTF-8", EncodingSource::Http));
    }

    #[test]
    fn replacement_labels_are_ignored() {
        let mut raw = page(b"plain ascii");
        raw.content_type = Some("text/plain; charset=iso-2022-kr".into());
        let out = decoded(raw);
        assert_eq!(out.encoding_source, EncodingSource::Detected);
        assert_eq!(out.text, "plain ascii");
    }

    #[test]
    fn content_type_charset_parsing() {
        assert_eq!(charset_from_content_type("text/html;charset=utf-8"), Some(UTF_8));
        assert_eq!(charset_from_content_type("text/html; CHARSET='Shift_JIS'"), Some(encoding_rs::SHIFT_JIS));
        assert_eq!(charset_from_content_type("text/html"), None);
        assert_eq!(charset_from_content_type("text/html; charset=no-such-thing"), None);
    }

    #[test]
    fn meta_prescan_finds_charset_forms() {
        assert_eq!(prescan_meta(b"<meta charset=\"koi8-r\">"), Some(encoding_rs::KOI8_R));
        assert_eq!(prescan_meta(b"<META CHARSET=Shift_JIS>"), Some(encoding_rs::SHIFT_JIS));
        let pragma = b"<meta http-equiv='Content-Type' content='text/html; charset=gbk'>";
        assert_eq!(prescan_meta(pragma), Some(encoding_rs::GBK));
        let reversed = b"<meta content=\"text/html;charset=euc-jp\" http-equiv=\"content-type\">";
        assert_eq!(prescan_meta(reversed), Some(encoding_rs::EUC_JP));
        assert_eq!(prescan_meta(b"<meta/charset=utf-16le>"), Some(UTF_8));
        assert_eq!(prescan_meta(b"<meta charset=x-user-defined>"), Some(WINDOWS_1252));
    }

    #[test]
    fn meta_prescan_skips_what_is_not_a_declaration() {
        // content without http-equiv is not a pragma.
        assert_eq!(prescan_meta(b"<meta content='text/html; charset=gbk'>"), None);
        // Inside a comment, another tag's attribute, or a <!...> / <?...> construct.
        assert_eq!(prescan_meta(b"<!-- <meta charset=gbk> --><p>"), None);
        assert_eq!(prescan_meta(b"<div title='<meta charset=gbk>'>"), None);
        assert_eq!(prescan_meta(b"<!x <meta charset=gbk> >"), None);
        // A comment that closes as "<!-->" ends right there.
        assert_eq!(prescan_meta(b"<!--><meta charset=gbk>"), Some(encoding_rs::GBK));
        // Past the window, or cut off by its end.
        let mut late = vec![b' '; PRESCAN_BYTES];
        late.extend_from_slice(b"<meta charset=gbk>");
        assert_eq!(prescan_meta(late.get(..PRESCAN_BYTES).unwrap_or_default()), None);
        assert_eq!(prescan_meta(b"<meta charset=\"gbk"), None);
        // An unknown label, and a duplicate attribute that must not override the first.
        assert_eq!(prescan_meta(b"<meta charset=bogus>"), None);
        assert_eq!(prescan_meta(b"<meta charset=gbk charset=koi8-r>"), Some(encoding_rs::GBK));
        // "<metadata" is not "<meta".
        assert_eq!(prescan_meta(b"<metadata charset=gbk>"), None);
    }

    #[test]
    fn meta_content_extraction() {
        assert_eq!(charset_from_meta_content(b"text/html; charset=utf-8"), Some(&b"utf-8"[..]));
        assert_eq!(charset_from_meta_content(b"text/html; charset = \"big5\" x"), Some(&b"big5"[..]));
        assert_eq!(charset_from_meta_content(b"charsetx; charset=gbk;"), Some(&b"gbk"[..]));
        assert_eq!(charset_from_meta_content(b"text/html"), None);
        assert_eq!(charset_from_meta_content(b"charset='unclosed"), None);
    }

    #[test]
    fn xml_declaration_is_used_when_nothing_else_declares() {
        let out = decoded(page(b"<?xml version=\"1.0\" encoding='ISO-8859-15'?>\n<html><p>\xA4"));
        assert_eq!(out.encoding, "ISO-8859-15");
        assert_eq!(out.encoding_source, EncodingSource::XmlDeclaration);
        assert!(out.text.ends_with('€'));
        assert_eq!(xml_declaration_encoding(b"<?xmlfoo encoding='gbk'?>"), None);
        assert_eq!(xml_declaration_encoding(b"<?xml version='1.0'?>"), None);
    }

    #[test]
    fn meta_is_not_read_in_text_dumps() {
        let mut raw = page(b"Quoting <meta charset=gbk> in prose: caf\xC3\xA9");
        raw.kind = Some(InputKind::Text);
        let out = decoded(raw);
        assert_eq!(out.encoding, "UTF-8");
        assert_eq!(out.encoding_source, EncodingSource::Detected);
    }

    #[test]
    fn undeclared_legacy_bytes_are_detected() {
        let out = decoded(page(b"Le caf\xE9 est tr\xE8s bon, n'est-ce pas ? \x93Oui\x94, dit-elle."));
        assert_eq!(out.encoding, "windows-1252");
        assert_eq!(out.encoding_source, EncodingSource::Detected);
        assert!(out.text.contains("café est très"));
        assert!(out.text.contains("“Oui”"));
        assert_eq!(out.replaced_bytes, 0);
    }

    #[test]
    fn mostly_utf8_is_decoded_as_damaged_utf8_and_counted() {
        let out = decoded(page(b"Gr\xC3\xBC\xC3\x9Fe, na\xC3\xAFve caf\xC3\xA9 \xFF ok"));
        assert_eq!(out.encoding, "UTF-8");
        assert_eq!(out.replaced_bytes, 1);
        assert!(out.text.contains("café \u{FFFD} ok"));
    }

    #[test]
    fn tld_helps_detection() {
        assert_eq!(top_level_domain("http://Example.RU/x").as_deref(), Some("ru"));
        assert_eq!(top_level_domain("http://127.0.0.1/"), None);
        assert_eq!(top_level_domain("http://xn--p1ai.xn--p1ai./"), Some("xn--p1ai".into()));
        assert_eq!(top_level_domain("not a url"), None);
    }

    #[test]
    fn nuls_are_removed_and_blank_pages_are_empty() {
        let out = decoded(page(b"a\x00b"));
        assert_eq!(out.text, "ab");
        let problem = decode(page(b" \n\t\x00 ")).err();
        assert_eq!(problem.map(|p| p.reason), Some(Reason::Empty));
        assert_eq!(decode(page(b"\xEF\xBB\xBF")).err().map(|p| p.reason), Some(Reason::Empty));
    }

    #[test]
    fn jsonl_and_wet_pages_are_utf8_from_the_container() {
        let mut raw = page("<p>Übung</p>".as_bytes());
        raw.source_kind = SourceKind::Jsonl;
        raw.kind = Some(InputKind::Html);
        let out = decoded(raw);
        assert_eq!(out.encoding_source, EncodingSource::Container);
        assert_eq!(out.kind, InputKind::Html);
    }

    #[test]
    fn legacy_decoding_grows_its_buffer() {
        // Every byte becomes three UTF-8 bytes: the first estimate is too small.
        let bytes = vec![0x80_u8; 10_000];
        let (text, replaced) = decode_counting(&bytes, WINDOWS_1252);
        assert_eq!(replaced, 0);
        assert_eq!(text.chars().count(), 10_000);
        assert!(text.chars().all(|c| c == '€'));
    }

    #[test]
    fn evidence_counts_valid_and_malformed_sequences() {
        assert_eq!(
            Utf8Evidence::scan(b"a\xC3\xA9b\xFF\xFEc\xE2\x82"),
            Utf8Evidence { valid_multibyte: 1, malformed: 3 }
        );
        assert_eq!(Utf8Evidence::scan(b"plain"), Utf8Evidence::default());
    }

    /// One case of `fixtures/encodings`: the input file, the HTTP header and URL given with
    /// it, and what decoding must find.
    struct EncodingCase {
        case: &'static str,
        file: &'static str,
        content_type: Option<&'static str>,
        url: Option<&'static str>,
        encoding: &'static str,
        source: EncodingSource,
        replaced: u64,
        snippet: &'static str,
    }

    const ENCODING_CASES: &[EncodingCase] = &[
        EncodingCase {
            case: "windows-1252-meta",
            file: "input.html",
            content_type: None,
            url: None,
            encoding: "windows-1252",
            source: EncodingSource::Meta,
            replaced: 0,
            snippet: "“Smart quotes” and an em dash — the ticket costs 5\u{a0}€.",
        },
        EncodingCase {
            case: "iso-8859-1-meta",
            file: "input.html",
            content_type: None,
            url: None,
            encoding: "windows-1252",
            source: EncodingSource::Meta,
            replaced: 0,
            snippet: "Ærøskøbing, São Paulo, München.",
        },
        EncodingCase {
            case: "shift-jis-meta",
            file: "input.html",
            content_type: None,
            url: None,
            encoding: "Shift_JIS",
            source: EncodingSource::Meta,
            replaced: 0,
            snippet: "日本語のテキストです。",
        },
        EncodingCase {
            case: "gb18030-meta",
            file: "input.html",
            content_type: None,
            url: None,
            encoding: "gb18030",
            source: EncodingSource::Meta,
            replaced: 0,
            snippet: "中文网页的正文。",
        },
        EncodingCase {
            case: "utf-8-bom",
            file: "input.txt",
            content_type: None,
            url: None,
            encoding: "UTF-8",
            source: EncodingSource::Bom,
            replaced: 0,
            snippet: "BOM-marked UTF-8: naïve café.",
        },
        EncodingCase {
            case: "utf-16le-bom",
            file: "input.html",
            content_type: None,
            url: None,
            encoding: "UTF-16LE",
            source: EncodingSource::Bom,
            replaced: 0,
            snippet: "UTF-16 little endian: été ☃.",
        },
        EncodingCase {
            case: "header-vs-meta",
            file: "input.html",
            content_type: Some("text/html; charset=windows-1251"),
            url: Some("https://example.ru/"),
            encoding: "windows-1251",
            source: EncodingSource::Http,
            replaced: 0,
            snippet: "Привет, мир!",
        },
        EncodingCase {
            case: "undeclared-windows-1252",
            file: "input.txt",
            content_type: None,
            url: None,
            encoding: "windows-1252",
            source: EncodingSource::Detected,
            replaced: 0,
            snippet: "«\u{a0}C’était très intéressant\u{a0}»",
        },
        EncodingCase {
            case: "undeclared-shift-jis",
            file: "input.html",
            content_type: None,
            url: Some("http://www.example.jp/page"),
            encoding: "Shift_JIS",
            source: EncodingSource::Detected,
            replaced: 0,
            snippet: "今日は良い天気ですね。",
        },
        EncodingCase {
            case: "utf-8-invalid-bytes",
            file: "input.html",
            content_type: None,
            url: None,
            encoding: "UTF-8",
            source: EncodingSource::Detected,
            replaced: 2,
            snippet: "Grüße aus \u{FFFD}Köln – café \u{FFFD}crème",
        },
        EncodingCase {
            case: "utf-8-declared-gb2312",
            file: "input.html",
            content_type: None,
            url: None,
            encoding: "UTF-8",
            source: EncodingSource::Detected,
            replaced: 0,
            snippet: "谷歌在伦敦的人工智能公司。",
        },
        EncodingCase {
            case: "utf-8-under-latin-1-header",
            file: "input.html",
            content_type: Some("text/html; charset=ISO-8859-1"),
            url: None,
            encoding: "UTF-8",
            source: EncodingSource::Detected,
            replaced: 0,
            snippet: "Grüße aus Köln – café crème",
        },
        EncodingCase {
            case: "xml-declaration",
            file: "input.xhtml",
            content_type: None,
            url: None,
            encoding: "ISO-8859-15",
            source: EncodingSource::XmlDeclaration,
            replaced: 0,
            snippet: "Prix\u{a0}: 30\u{a0}€",
        },
    ];

    #[test]
    fn encoding_fixtures_decode_as_expected() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/encodings");
        for case in ENCODING_CASES {
            let path = root.join(case.case).join(case.file);
            let inputs = vec![crate::read::Input::Path(path)];
            let mut pages = crate::read::Reader::new(inputs, crate::read::ReadOptions::default());
            let mut raw = match pages.next() {
                Some(Ok(raw)) => raw,
                other => panic!("{}: reading gave {other:?}", case.case),
            };
            raw.content_type = case.content_type.map(str::to_string);
            raw.url = case.url.map(str::to_string);
            let out = match decode(raw) {
                Ok(out) => out,
                Err(problem) => panic!("{}: {problem}", case.case),
            };
            assert_eq!(
                (out.encoding, out.encoding_source, out.replaced_bytes),
                (case.encoding, case.source, case.replaced),
                "case {}",
                case.case
            );
            assert!(out.text.contains(case.snippet), "case {}: {:?} not in {:?}", case.case, case.snippet, out.text);
            assert!(!out.text.starts_with('\u{FEFF}'), "case {}: BOM kept", case.case);
        }
    }

    mod never_panics {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn decode_survives_arbitrary_bytes(
                body in proptest::collection::vec(any::<u8>(), 0..2048),
                html in any::<bool>(),
                charset in proptest::option::of("[a-zA-Z0-9_-]{0,12}"),
            ) {
                let mut raw = page(&body);
                raw.kind = html.then_some(InputKind::Html);
                raw.content_type = charset.map(|c| format!("text/html; charset={c}"));
                raw.url = Some("http://example.de/".into());
                let _ = decode(raw);
            }

            #[test]
            fn sniffers_survive_arbitrary_markup(body in "(<|>|!|-|/|=|'|\"|meta|charset|content|http-equiv|\\?xml|encoding|[a-z ]){0,200}") {
                let bytes = body.as_bytes();
                let _ = prescan_meta(bytes);
                let _ = xml_declaration_encoding(bytes);
                let _ = sniff_kind(bytes);
                let _ = charset_from_meta_content(bytes);
            }
        }
    }
}
