//! What a fetched body is: a page, a feed or a sitemap, decided from the content (the
//! `Content-Type` is often wrong); and what is refused before or after reading it: media
//! types that are never pages, and bodies whose bytes are a PDF, an image or an archive
//! whatever their label.

use std::io::Read;

use flate2::read::MultiGzDecoder;

/// What a body holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Page,
    /// RSS 0.9x/1.0/2.0, Atom or JSON Feed.
    Feed,
    /// A sitemap `<urlset>` or a `<sitemapindex>`.
    Sitemap,
}

/// How far into a body its root element or JSON Feed marker is looked for.
const SNIFF_BYTES: usize = 4096;

/// Media types (the part before `;`, lower case) that may hold a page, feed or sitemap.
/// `application/octet-stream` and gzip are let through to be sniffed: `.xml.gz` sitemaps
/// are often served so.
fn media_type_may_hold_text(essence: &str) -> bool {
    essence.is_empty()
        || essence.starts_with("text/")
        || essence.ends_with("+xml")
        || essence.ends_with("+json")
        || matches!(
            essence,
            "application/xml"
                | "application/json"
                | "application/gzip"
                | "application/x-gzip"
                | "application/octet-stream"
                | "binary/octet-stream"
        )
}

/// Why a response with this `Content-Type` is not read, or `None` if it may be a page.
pub fn refuse_media_type(content_type: &str) -> Option<String> {
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    if media_type_may_hold_text(&essence) {
        None
    } else {
        Some(format!("served as {essence}, not a page, feed or sitemap"))
    }
}

/// Why a body is not text whatever its label: a known binary signature (PDF, images,
/// archives, executables).
pub fn binary_body(body: &[u8], content_type: Option<&str>) -> Option<String> {
    let name = crate::read::binary_signature(body)?;
    Some(match content_type {
        Some(label) => format!("the body is a {name} file (served as {})", label.trim()),
        None => format!("the body is a {name} file"),
    })
}

/// Whether a body is gzip-compressed data (a `.xml.gz` sitemap served as is).
pub fn is_gzip(body: &[u8]) -> bool {
    body.starts_with(&[0x1f, 0x8b])
}

/// Decompress gzip data, stopping past `cap` bytes of output.
pub fn gunzip(body: &[u8], cap: u64) -> Result<Gunzipped, String> {
    let mut out = Vec::new();
    let read = MultiGzDecoder::new(body).take(cap.saturating_add(1)).read_to_end(&mut out);
    if out.len() as u64 > cap {
        return Err(format!("more than {cap} bytes after decompression"));
    }
    match read {
        Ok(_) => Ok(Gunzipped { bytes: out, broken: None }),
        Err(e) if !out.is_empty() => Ok(Gunzipped { bytes: out, broken: Some(format!("broken gzip data: {e}")) }),
        Err(e) => Err(format!("broken gzip data: {e}")),
    }
}

/// What [`gunzip`] could decompress.
#[derive(Debug, PartialEq, Eq)]
pub struct Gunzipped {
    pub bytes: Vec<u8>,
    /// Why the data broke off, when it did: `bytes` are what came before (a sitemap cut off
    /// in transfer still lists its first entries; a page cut off is not stored).
    pub broken: Option<String>,
}

/// Decide what a body is from its first bytes: the root element of XML (`rss`, `feed`,
/// `rdf:RDF` are feeds; `urlset`, `sitemapindex` are sitemaps), a JSON Feed's version URL,
/// and a page otherwise.
pub fn sniff_body_kind(body: &[u8]) -> BodyKind {
    let head = body.get(..SNIFF_BYTES).unwrap_or(body);
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head).trim_ascii_start();
    if head.starts_with(b"{") {
        let is_json_feed = head.windows(b"jsonfeed.org/version".len()).any(|w| w == b"jsonfeed.org/version");
        return if is_json_feed { BodyKind::Feed } else { BodyKind::Page };
    }
    match root_element(head) {
        Some(name) => {
            let local = name.rsplit(|&b| b == b':').next().unwrap_or(name).to_ascii_lowercase();
            match local.as_slice() {
                b"rss" | b"feed" | b"rdf" => BodyKind::Feed,
                b"urlset" | b"sitemapindex" => BodyKind::Sitemap,
                _ => BodyKind::Page,
            }
        }
        None => BodyKind::Page,
    }
}

/// The name of the first element, after any XML declaration, processing instructions,
/// comments and doctype.
fn root_element(mut rest: &[u8]) -> Option<&[u8]> {
    loop {
        rest = rest.trim_ascii_start();
        if !rest.starts_with(b"<") {
            return None;
        }
        let skip_past = |rest: &[u8], end: &[u8]| -> Option<usize> {
            rest.windows(end.len()).position(|w| w == end).map(|at| at + end.len())
        };
        if rest.starts_with(b"<?") {
            rest = rest.get(skip_past(rest, b"?>")?..)?;
        } else if rest.starts_with(b"<!--") {
            rest = rest.get(skip_past(rest, b"-->")?..)?;
        } else if rest.starts_with(b"<!") {
            rest = rest.get(skip_past(rest, b">")?..)?;
        } else {
            let name = rest.get(1..)?;
            let end = name.iter().position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))?;
            return name.get(..end).filter(|n| !n.is_empty());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_sitemaps_and_pages_are_told_apart() {
        let cases: [(&[u8], BodyKind); 10] = [
            (b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", BodyKind::Feed),
            (
                b"\xEF\xBB\xBF<?xml version='1.0'?><!-- hi --><feed xmlns=\"http://www.w3.org/2005/Atom\">",
                BodyKind::Feed,
            ),
            (b"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", BodyKind::Feed),
            (b"{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", BodyKind::Feed),
            (b"<?xml version=\"1.0\"?><?xml-stylesheet href=\"s.xsl\"?><urlset xmlns=\"x\">", BodyKind::Sitemap),
            (b"<sitemapindex xmlns=\"x\"><sitemap>", BodyKind::Sitemap),
            // Near misses: HTML that mentions feeds, JSON that is not a feed, XHTML.
            (b"<!DOCTYPE html><html><head><link rel=alternate type=application/rss+xml>", BodyKind::Page),
            (b"{\"items\": [], \"title\": \"not a feed\"}", BodyKind::Page),
            (b"<?xml version=\"1.0\"?><!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">", BodyKind::Page),
            (b"Just some text about <rss> feeds.", BodyKind::Page),
        ];
        for (body, kind) in cases {
            assert_eq!(sniff_body_kind(body), kind, "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn media_types_that_never_hold_pages_are_refused() {
        assert!(refuse_media_type("application/pdf").is_some_and(|w| w.contains("application/pdf")));
        assert!(refuse_media_type("image/png").is_some());
        assert!(refuse_media_type("video/mp4").is_some());
        for fine in [
            "text/html; charset=utf-8",
            "application/xhtml+xml",
            "application/rss+xml",
            "application/feed+json",
            "text/xml",
            "application/x-gzip",
            "",
        ] {
            assert_eq!(refuse_media_type(fine), None, "{fine}");
        }
    }

    #[test]
    fn a_pdf_labelled_html_is_caught_by_its_bytes() {
        let why = binary_body(b"%PDF-1.7\n%\xE2\xE3", Some("text/html"));
        assert!(why.is_some_and(|w| w.contains("PDF") && w.contains("text/html")));
        assert_eq!(binary_body(b"<!doctype html><p>PDF-1.7</p>", Some("text/html")), None);
    }

    #[test]
    fn gunzip_stops_past_the_cap() {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let _ = encoder.write_all(&vec![b'a'; 100_000]);
        let gz = encoder.finish().unwrap_or_default();
        assert!(is_gzip(&gz));
        assert_eq!(gunzip(&gz, 200_000).map(|g| (g.bytes.len(), g.broken)), Ok((100_000, None)));
        assert!(gunzip(&gz, 1000).is_err_and(|e| e.contains("more than 1000")));
        assert!(gunzip(b"\x1f\x8bnot gzip", 1000).is_err());
        // Cut off in transfer: what came before is kept, and said to be cut.
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let text: String = (0..5000).map(|n| format!("<url><loc>https://example.org/{n}</loc></url>")).collect();
        let _ = encoder.write_all(text.as_bytes());
        let gz = encoder.finish().unwrap_or_default();
        let cut = gunzip(&gz[..gz.len() / 2], 1_000_000).unwrap_or_else(|e| panic!("{e}"));
        assert!(!cut.bytes.is_empty() && cut.bytes.len() < text.len() && cut.broken.is_some());
    }
}
