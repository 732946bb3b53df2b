//! The HTTP response inside a WARC `response` record: status line and headers split off with
//! httparse, then the body de-chunked and decompressed according to the headers that are
//! present (Common Crawl stores payloads already de-chunked and decompressed and renames
//! those headers; other writers keep them). Only successful responses whose media type is a
//! page (HTML, XHTML, plain text) are kept.

use std::io::Read;

use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};
use httparse::{EMPTY_HEADER, ParserConfig, Status};

use super::detect;
use crate::model::InputKind;

/// Header slots offered to httparse; responses with more headers are malformed for us.
const MAX_HTTP_HEADERS: usize = 256;

/// Media types that hold pages, and the kind each becomes.
const PAGE_MEDIA_TYPES: &[(&str, InputKind)] =
    &[("text/html", InputKind::Html), ("application/xhtml+xml", InputKind::Html), ("text/plain", InputKind::Text)];

/// A page-holding HTTP response.
#[derive(Debug)]
pub(super) struct HttpPage {
    /// The `Content-Type` header, as sent.
    pub(super) content_type: Option<String>,
    /// `None` when there was no `Content-Type`: the decoder sniffs.
    pub(super) kind: Option<InputKind>,
    pub(super) body: Vec<u8>,
}

/// Why an HTTP response gave no page.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum PayloadError {
    /// Fine, but not a page (status, media type, binary body, unsupported coding).
    NotAPage(String),
    /// The decoded body is larger than the limit.
    TooLarge(String),
    /// The HTTP message is broken.
    Malformed(String),
}

/// The kind of page a media type (`Content-Type` value) holds, or `None` if it is not a page.
pub(super) fn page_kind(content_type: &str) -> Option<InputKind> {
    let media_type = content_type.split(';').next().unwrap_or_default().trim();
    PAGE_MEDIA_TYPES.iter().find(|(known, _)| known.eq_ignore_ascii_case(media_type)).map(|&(_, kind)| kind)
}

/// Parsed HTTP response headers: status, header block length and the headers we use.
#[derive(Debug, Default)]
pub(super) struct HttpHead {
    pub(super) status: u16,
    pub(super) header_len: usize,
    pub(super) content_type: Option<String>,
    transfer_encoding: Option<String>,
    content_encoding: Option<String>,
}

/// Parse the status line and headers at the start of `message`; `Ok(None)` when the header
/// block is not complete within `message`.
pub(super) fn parse_head(message: &[u8]) -> Result<Option<HttpHead>, PayloadError> {
    // Capture tools that speak HTTP/2 or HTTP/3 write its version in the status line
    // (`HTTP/2 200`); the head is the same otherwise, and httparse reads only HTTP/1.x.
    if let Some(version) = NEWER_HTTP_VERSIONS.iter().find(|version| message.starts_with(version)) {
        let mut patched = b"HTTP/1.1 ".to_vec();
        patched.extend_from_slice(&message[version.len()..]);
        return Ok(parse_head(&patched)?
            .map(|head| HttpHead { header_len: head.header_len + version.len() - b"HTTP/1.1 ".len(), ..head }));
    }
    let mut headers = [EMPTY_HEADER; MAX_HTTP_HEADERS];
    let mut response = httparse::Response::new(&mut headers);
    let mut config = ParserConfig::default();
    config
        .allow_spaces_after_header_name_in_responses(true)
        .allow_obsolete_multiline_headers_in_responses(true)
        .allow_multiple_spaces_in_response_status_delimiters(true)
        .ignore_invalid_headers_in_responses(true);
    let header_len = match config.parse_response(&mut response, message) {
        Ok(Status::Complete(header_len)) => header_len,
        Ok(Status::Partial) => return Ok(None),
        Err(error) => {
            return Err(PayloadError::Malformed(format!("HTTP response cannot be parsed: {error}")));
        }
    };
    let header = |name: &str| {
        response
            .headers
            .iter()
            .find(|header| header.name.eq_ignore_ascii_case(name))
            .map(|header| String::from_utf8_lossy(header.value).trim().to_string())
    };
    Ok(Some(HttpHead {
        status: response.code.unwrap_or(0),
        header_len,
        content_type: header("content-type"),
        transfer_encoding: header("transfer-encoding"),
        content_encoding: header("content-encoding"),
    }))
}

/// Status-line versions read as HTTP/1.1, each with the space after it.
const NEWER_HTTP_VERSIONS: &[&[u8]] = &[b"HTTP/2 ", b"HTTP/2.0 ", b"HTTP/3 ", b"HTTP/3.0 "];

/// Split the HTTP response in a record body and keep its payload if it is a page.
/// `fallback_type` is the media type to assume when the response has no `Content-Type`
/// (WARC-Identified-Payload-Type).
pub(super) fn http_page(
    mut message: Vec<u8>,
    fallback_type: Option<&str>,
    limit: u64,
    cut_by_archiver: bool,
) -> Result<HttpPage, PayloadError> {
    let Some(head) = parse_head(&message)? else {
        return Err(PayloadError::Malformed("HTTP header block is incomplete".into()));
    };
    if !(200..300).contains(&head.status) {
        return Err(PayloadError::NotAPage(format!("HTTP status {}", head.status)));
    }
    let declared_type = head.content_type.as_deref().or(fallback_type);
    let kind = match declared_type {
        Some(media_type) => match page_kind(media_type) {
            Some(kind) => Some(kind),
            None => return Err(PayloadError::NotAPage(format!("media type {media_type}"))),
        },
        None => None,
    };

    message.drain(..head.header_len);
    let mut body = message;
    let chunked = head.transfer_encoding.as_deref().is_some_and(|value| value.to_ascii_lowercase().contains("chunked"));
    if chunked {
        body = dechunk(&body, limit)?;
    }
    if let Some(coding) = head.content_encoding.as_deref() {
        body = decompress(body, coding, limit, cut_by_archiver)?;
    }
    if body.len() as u64 > limit {
        return Err(PayloadError::TooLarge(format!(
            "payload is {} bytes, over the limit of {limit} bytes",
            body.len()
        )));
    }
    let sniffed = body.get(..detect::SNIFF_BYTES).unwrap_or(&body);
    if kind.is_none()
        && let Some(reason) = detect::binary_reason(sniffed)
    {
        return Err(PayloadError::NotAPage(format!("no Content-Type and a {reason}")));
    }
    // Servers label PDFs and images as text/html often enough to check.
    if let Some(signature) = detect::binary_signature(sniffed) {
        let declared = declared_type.unwrap_or_default();
        return Err(PayloadError::NotAPage(format!("declared {declared} but holds a {signature} file")));
    }
    Ok(HttpPage { content_type: head.content_type, kind, body })
}

/// Undo `Transfer-Encoding: chunked`. A body that does not open with a chunk size was
/// de-chunked by the archiver already and is kept as it is; a body cut short keeps the
/// chunks that are complete.
fn dechunk(body: &[u8], limit: u64) -> Result<Vec<u8>, PayloadError> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let (consumed, size) = match httparse::parse_chunk_size(rest) {
            Ok(Status::Complete(parsed)) => parsed,
            Ok(Status::Partial) => return Ok(out),
            Err(_) if out.is_empty() => return Ok(body.to_vec()),
            Err(_) => {
                return Err(PayloadError::Malformed("chunked body has a bad chunk size".into()));
            }
        };
        rest = rest.get(consumed..).unwrap_or_default();
        if size == 0 {
            return Ok(out);
        }
        if (out.len() as u64).saturating_add(size) > limit {
            return Err(PayloadError::TooLarge(format!("chunked payload is over the limit of {limit} bytes")));
        }
        let size = usize::try_from(size).unwrap_or(usize::MAX);
        let Some(chunk) = rest.get(..size) else {
            out.extend_from_slice(rest);
            return Ok(out);
        };
        out.extend_from_slice(chunk);
        rest = rest.get(size..).unwrap_or_default();
        rest = rest.strip_prefix(b"\r\n").or_else(|| rest.strip_prefix(b"\n")).unwrap_or(rest);
    }
}

/// Undo `Content-Encoding`, reading at most `limit + 1` decoded bytes. A gzip-labelled body
/// that is not gzip was decoded by the archiver already and is kept as it is.
fn decompress(body: Vec<u8>, coding: &str, limit: u64, cut_by_archiver: bool) -> Result<Vec<u8>, PayloadError> {
    match coding.trim().to_ascii_lowercase().as_str() {
        "" | "identity" | "none" => Ok(body),
        "gzip" | "x-gzip" if !detect::is_gzip(&body) => Ok(body),
        "gzip" | "x-gzip" => read_decoded(MultiGzDecoder::new(body.as_slice()), limit, cut_by_archiver),
        "deflate" => read_decoded(ZlibDecoder::new(body.as_slice()), limit, cut_by_archiver)
            .or_else(|_| read_decoded(DeflateDecoder::new(body.as_slice()), limit, cut_by_archiver)),
        other => Err(PayloadError::NotAPage(format!("unsupported Content-Encoding {other}"))),
    }
}

/// Read a decoder to its end (or `limit + 1` bytes). A stream cut short keeps what decoded
/// when the archiver says it cut the payload (`WARC-Truncated`, at its size limit); cut
/// short with no such word, the payload is damaged, and what decoded may be a sliver of
/// the page.
fn read_decoded(decoder: impl Read, limit: u64, cut_by_archiver: bool) -> Result<Vec<u8>, PayloadError> {
    let mut out = Vec::new();
    let outcome = decoder.take(limit.saturating_add(1)).read_to_end(&mut out);
    if out.len() as u64 > limit {
        return Err(PayloadError::TooLarge(format!("decompressed payload is over the limit of {limit} bytes")));
    }
    match outcome {
        Ok(_) => Ok(out),
        Err(_) if cut_by_archiver && !out.is_empty() => Ok(out),
        Err(error) if !out.is_empty() => Err(PayloadError::Malformed(format!(
            "compressed payload is damaged or cut short after {} bytes ({error}), and the record does not say it was truncated",
            out.len()
        ))),
        Err(error) => Err(PayloadError::Malformed(format!("payload cannot be decompressed: {error}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::Compression;
    use flate2::write::{GzEncoder, ZlibEncoder};
    use std::io::Write;

    const LIMIT: u64 = 1 << 20;

    fn message(headers: &str, body: &[u8]) -> Vec<u8> {
        let mut message = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
        message.extend_from_slice(body);
        message
    }

    #[test]
    fn html_response_keeps_content_type_and_body() {
        let page =
            http_page(message("Content-Type: text/html; charset=ISO-8859-1\r\n", b"<p>caf\xE9"), None, LIMIT, false);
        let page = page.ok();
        assert_eq!(page.as_ref().and_then(|p| p.content_type.as_deref()), Some("text/html; charset=ISO-8859-1"));
        assert_eq!(page.as_ref().map(|p| p.kind), Some(Some(InputKind::Html)));
        assert_eq!(page.map(|p| p.body), Some(b"<p>caf\xE9".to_vec()));
    }

    #[test]
    fn non_pages_and_errors_are_refused() {
        let image = http_page(message("Content-Type: image/png\r\n", b"\x89PNG"), None, LIMIT, false);
        assert!(matches!(image, Err(PayloadError::NotAPage(detail)) if detail.contains("image/png")));
        let mut redirect = b"HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n".to_vec();
        redirect.extend_from_slice(b"moved");
        assert!(
            matches!(http_page(redirect, None, LIMIT, false), Err(PayloadError::NotAPage(detail)) if detail == "HTTP status 301")
        );
        let mislabelled = http_page(message("Content-Type: text/html\r\n", b"%PDF-1.4\n"), None, LIMIT, false);
        assert!(matches!(mislabelled, Err(PayloadError::NotAPage(detail)) if detail.contains("PDF")));
        let untyped_binary = http_page(message("", b"\x00\x01\x02"), None, LIMIT, false);
        assert!(matches!(untyped_binary, Err(PayloadError::NotAPage(_))));
        let incomplete = http_page(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n".to_vec(), None, LIMIT, false);
        assert!(matches!(incomplete, Err(PayloadError::Malformed(_))));
        let garbage = http_page(b"\x00\x01 not http\r\n\r\n".to_vec(), None, LIMIT, false);
        assert!(matches!(garbage, Err(PayloadError::Malformed(_))));
    }

    #[test]
    fn untyped_text_is_kept_for_the_decoder_to_sniff_and_fallback_type_is_used() {
        let page = http_page(message("", b"<html>hi"), None, LIMIT, false).ok();
        assert_eq!(page.map(|p| p.kind), Some(None));
        let page = http_page(message("", b"hi"), Some("text/plain"), LIMIT, false).ok();
        assert_eq!(page.map(|p| p.kind), Some(Some(InputKind::Text)));
    }

    #[test]
    fn chunked_bodies_are_dechunked() {
        let body = b"4\r\n<p>a\r\n6;ext=1\r\nbc</p>\r\n0\r\nTrailer: x\r\n\r\n";
        let page =
            http_page(message("Transfer-Encoding: chunked\r\nContent-Type: text/html\r\n", body), None, LIMIT, false);
        assert_eq!(page.ok().map(|p| p.body), Some(b"<p>abc</p>".to_vec()));
        // Already de-chunked by the archiver: kept as it is.
        assert_eq!(dechunk(b"<p>plain</p>", LIMIT).ok(), Some(b"<p>plain</p>".to_vec()));
        // Cut short: the complete part is kept.
        assert_eq!(dechunk(b"3\r\nabc\r\n5\r\nde", LIMIT).ok(), Some(b"abcde".to_vec()));
        assert!(matches!(dechunk(b"ffffff\r\n", 10), Err(PayloadError::TooLarge(_))));
    }

    #[test]
    fn content_encodings_are_decoded_within_the_limit() -> std::io::Result<()> {
        let mut gzip = GzEncoder::new(Vec::new(), Compression::default());
        gzip.write_all(b"<p>zipped</p>")?;
        let gzipped = gzip.finish()?;
        let page =
            http_page(message("Content-Encoding: gzip\r\nContent-Type: text/html\r\n", &gzipped), None, LIMIT, false);
        assert_eq!(page.ok().map(|p| p.body), Some(b"<p>zipped</p>".to_vec()));

        let mut zlib = ZlibEncoder::new(Vec::new(), Compression::default());
        zlib.write_all(b"deflated")?;
        assert_eq!(decompress(zlib.finish()?, "deflate", LIMIT, false).ok(), Some(b"deflated".to_vec()));

        // Labelled gzip but stored decoded; a coding we cannot undo; a bomb over the limit.
        assert_eq!(decompress(b"plain".to_vec(), "gzip", LIMIT, false).ok(), Some(b"plain".to_vec()));
        assert!(matches!(decompress(b"x".to_vec(), "br", LIMIT, false), Err(PayloadError::NotAPage(_))));
        let mut bomb = GzEncoder::new(Vec::new(), Compression::best());
        bomb.write_all(&vec![b'a'; 100_000])?;
        assert!(matches!(decompress(bomb.finish()?, "gzip", 1000, false), Err(PayloadError::TooLarge(_))));

        // Cut short: damage, unless the archiver says it cut the payload at its size limit.
        let mut page = GzEncoder::new(Vec::new(), Compression::default());
        for n in 0..200 {
            write!(page, "<p>Paragraph {n} of a long page, cut in the middle.</p>")?;
        }
        let page = page.finish()?;
        let cut = page[..page.len() / 2].to_vec();
        assert!(matches!(decompress(cut.clone(), "gzip", LIMIT, false), Err(PayloadError::Malformed(_))));
        let kept = decompress(cut, "gzip", LIMIT, true).unwrap_or_default();
        assert!(kept.starts_with(b"<p>Paragraph 0 of a long page"));
        Ok(())
    }

    #[test]
    fn an_http2_status_line_is_read() {
        for status in ["HTTP/2 200", "HTTP/2.0 200", "HTTP/3 200"] {
            let message = format!("{status}\r\ncontent-type: text/html\r\n\r\n<p>Body</p>").into_bytes();
            let page = http_page(message, None, LIMIT, false).ok();
            assert_eq!(page.map(|p| p.body), Some(b"<p>Body</p>".to_vec()), "{status}");
        }
        let redirect = b"HTTP/2 301\r\nlocation: /\r\n\r\n".to_vec();
        assert!(matches!(http_page(redirect, None, LIMIT, false), Err(PayloadError::NotAPage(_))));
    }

    #[test]
    fn media_types() {
        assert_eq!(page_kind("TEXT/HTML; charset=utf-8"), Some(InputKind::Html));
        assert_eq!(page_kind("application/xhtml+xml"), Some(InputKind::Html));
        assert_eq!(page_kind("text/plain"), Some(InputKind::Text));
        assert_eq!(page_kind("text/css"), None);
        assert_eq!(page_kind("application/pdf"), None);
    }

    mod never_panics {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn http_payloads_survive_arbitrary_bytes(
                headers in "((Content-Type: (text/html|image/png)|Transfer-Encoding: chunked|Content-Encoding: (gzip|deflate|br))\r\n){0,4}",
                body in proptest::collection::vec(any::<u8>(), 0..200),
            ) {
                let _ = http_page(message(&headers, &body), None, 64, false);
                let _ = dechunk(&body, 64);
            }
        }
    }
}
