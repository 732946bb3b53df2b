//! Sitemaps (sitemaps.org 0.9): a `<urlset>` of page URLs or a `<sitemapindex>` of further
//! sitemaps, each entry with an optional `<lastmod>`. Read with quick-xml as a stream of
//! events, so the memory held is the list of entries, capped by the caller.

use chrono::{DateTime, NaiveDate, Utc};
use quick_xml::XmlVersion;
use quick_xml::events::Event;
use quick_xml::reader::Reader;
use url::Url;

use super::feed::Entry;

/// The sitemap protocol caps a `<loc>` at 2048 characters; longer ones are skipped.
const MAX_LOC_CHARS: usize = 2048;

/// A parsed sitemap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sitemap {
    /// Page URLs.
    Urls(Vec<Entry>),
    /// URLs of further sitemaps.
    Index(Vec<Entry>),
}

impl Sitemap {
    pub fn entries(&self) -> &[Entry] {
        match self {
            Sitemap::Urls(entries) | Sitemap::Index(entries) => entries,
        }
    }
}

/// How deep an entry (`<url>`, `<sitemap>`) and its fields stand, the root being 1.
const ENTRY_DEPTH: usize = 2;
const FIELD_DEPTH: usize = 3;

/// Which element's text is being collected.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    None,
    Loc,
    Lastmod,
}

/// A sitemap as far as it could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedSitemap {
    pub sitemap: Sitemap,
    /// Whether there were more than `max` entries.
    pub more: bool,
    /// Why the sitemap could not be read to its end (malformed or cut off), when it could
    /// not: the entries are those before the break.
    pub broken: Option<String>,
}

/// Parse a sitemap or sitemap index, keeping at most `max` entries. Relative or non-http(s)
/// locations are skipped. A sitemap that breaks off or turns malformed after its root element
/// keeps the entries read before (a sitemap of 50,000 URLs cut off at the 40,000th still
/// lists 39,999 pages); one whose root cannot be read is an error.
pub fn parse_sitemap(body: &[u8], base: &Url, max: usize) -> Result<ParsedSitemap, String> {
    let mut reader = Reader::from_reader(body);
    reader.config_mut().trim_text(true);
    let mut is_index: Option<bool> = None;
    let mut entries = Vec::new();
    let mut more = false;
    let (mut loc, mut lastmod, mut field) = (String::new(), String::new(), Field::None);
    // Elements open around the reader. An entry's own `<loc>` and `<lastmod>` stand at depth 3
    // (`<urlset><url><loc>`); deeper ones belong to extensions (`<image:image><image:loc>`,
    // `<video:video>`), whose local names are the same.
    let mut depth = 0usize;
    let mut broken = None;
    let mut buf = Vec::new();
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            Err(e) => {
                let detail = format!("not a readable sitemap (at byte {}): {e}", reader.error_position());
                if is_index.is_none() {
                    return Err(detail);
                }
                broken = Some(detail);
                break;
            }
        };
        match event {
            Event::Start(start) => {
                depth += 1;
                let name = start.local_name();
                let name = name.as_ref();
                match (is_index, name) {
                    (None, "urlset") => is_index = Some(false),
                    (None, "sitemapindex") => is_index = Some(true),
                    (None, other) => return Err(format!("not a sitemap: the root element is <{other}>")),
                    (Some(_), "url" | "sitemap") if depth == ENTRY_DEPTH => {
                        loc.clear();
                        lastmod.clear();
                    }
                    (Some(_), "loc") if depth == FIELD_DEPTH => field = Field::Loc,
                    (Some(_), "lastmod") if depth == FIELD_DEPTH => field = Field::Lastmod,
                    _ => {}
                }
            }
            Event::Text(text) => push_text(field, &mut loc, &mut lastmod, &text.xml_content(XmlVersion::Implicit1_0)),
            Event::CData(data) => push_text(field, &mut loc, &mut lastmod, &data.xml_content(XmlVersion::Implicit1_0)),
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => predefined_entity(&reference.xml_content(XmlVersion::Implicit1_0)),
                };
                if let Some(c) = resolved {
                    push_text(field, &mut loc, &mut lastmod, c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::End(end) => {
                let closed_depth = depth;
                depth = depth.saturating_sub(1);
                match (closed_depth, end.local_name().as_ref()) {
                    (_, "loc" | "lastmod") => field = Field::None,
                    (ENTRY_DEPTH, "url" | "sitemap") => {
                        if let Some(url) = location(&loc, base) {
                            if entries.len() == max {
                                more = true;
                                break;
                            }
                            entries.push(Entry { url, changed: parse_lastmod(&lastmod), listed: Default::default() });
                        }
                        loc.clear();
                        lastmod.clear();
                    }
                    _ => {}
                }
            }
            Event::Eof => {
                if depth > 0 && is_index.is_some() {
                    broken = Some(format!("the sitemap breaks off at byte {}, before its end", body.len()));
                }
                break;
            }
            _ => {}
        }
        buf.clear();
    }
    let sitemap = match is_index {
        Some(true) => Sitemap::Index(entries),
        Some(false) => Sitemap::Urls(entries),
        None => return Err("not a sitemap: no <urlset> or <sitemapindex>".to_owned()),
    };
    Ok(ParsedSitemap { sitemap, more, broken })
}

fn push_text(field: Field, loc: &mut String, lastmod: &mut String, text: &str) {
    match field {
        Field::Loc if loc.len() <= MAX_LOC_CHARS => loc.push_str(text),
        Field::Lastmod if lastmod.len() <= 64 => lastmod.push_str(text),
        _ => {}
    }
}

fn predefined_entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

fn location(loc: &str, base: &Url) -> Option<Url> {
    let loc = loc.trim();
    if loc.is_empty() || loc.chars().count() > MAX_LOC_CHARS {
        return None;
    }
    let url = base.join(loc).ok()?;
    matches!(url.scheme(), "http" | "https").then_some(url)
}

/// A W3C datetime: `2026-11-21`, `2026-11-21T10:00:00+01:00`, `2026-11-21T10:00Z`...
pub fn parse_lastmod(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M%:z") {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = DateTime::parse_from_str(&text.replace('Z', "+00:00"), "%Y-%m-%dT%H:%M%:z") {
        return Some(t.with_timezone(&Utc));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)).map(|t| t.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://example.org/sitemap.xml").unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_urlset_gives_its_locations_and_dates() {
        let xml = br#"<?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.org/a</loc><lastmod>2026-11-20</lastmod></url>
              <url><loc> https://example.org/catalog?item=12&amp;desc=hawaii </loc>
                   <lastmod>2026-11-21T18:00:15+00:00</lastmod><priority>0.3</priority></url>
              <url><loc><![CDATA[https://example.org/c]]></loc></url>
              <url><loc>ftp://example.org/no</loc></url>
            </urlset>"#;
        let ParsedSitemap { sitemap, more, broken } =
            parse_sitemap(xml, &base(), 100).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(broken, None);
        let Sitemap::Urls(entries) = sitemap else { panic!("expected a urlset") };
        let urls: Vec<&str> = entries.iter().map(|e| e.url.as_str()).collect();
        assert_eq!(
            urls,
            ["https://example.org/a", "https://example.org/catalog?item=12&desc=hawaii", "https://example.org/c"]
        );
        assert_eq!(entries[0].changed.map(|d| d.to_rfc3339()), Some("2026-11-20T00:00:00+00:00".to_owned()));
        assert!(entries[1].changed.is_some());
        assert_eq!(entries[2].changed, None);
        assert!(!more);
    }

    #[test]
    fn image_and_video_locations_are_not_the_page_location() {
        let xml = br#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
                xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">
              <url><loc>https://example.org/news/bridge.html</loc>
                <image:image><image:loc>https://example.org/img/bridge.jpg</image:loc></image:image>
                <lastmod>2026-11-20</lastmod></url>
              <url><video:video><video:content_loc>https://example.org/v.mp4</video:content_loc>
                <video:loc>https://example.org/v2.mp4</video:loc></video:video>
                <loc>https://example.org/news/ferry.html</loc></url>
            </urlset>"#;
        let sitemap = parse_sitemap(xml, &base(), 100).unwrap_or_else(|e| panic!("{e}")).sitemap;
        let urls: Vec<&str> = sitemap.entries().iter().map(|e| e.url.as_str()).collect();
        assert_eq!(urls, ["https://example.org/news/bridge.html", "https://example.org/news/ferry.html"]);
        assert!(sitemap.entries()[0].changed.is_some());
    }

    #[test]
    fn an_index_lists_sitemaps_and_the_cap_holds() {
        let mut xml = String::from("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for n in 0..4 {
            xml += &format!("<sitemap><loc>https://example.org/s{n}.xml.gz</loc></sitemap>");
        }
        xml += "</sitemapindex>";
        let ParsedSitemap { sitemap, more, .. } =
            parse_sitemap(xml.as_bytes(), &base(), 2).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(&sitemap, Sitemap::Index(e) if e.len() == 2), "{sitemap:?}");
        assert!(more);
    }

    #[test]
    fn other_xml_and_xml_without_a_root_are_errors() {
        assert!(parse_sitemap(b"<rss><channel/></rss>", &base(), 10).is_err_and(|e| e.contains("<rss>")));
        assert!(parse_sitemap(b"", &base(), 10).is_err());
        assert!(parse_sitemap(b"<?xml version=\"1.0\"?><urls", &base(), 10).is_err());
    }

    #[test]
    fn a_sitemap_that_breaks_off_keeps_the_entries_before_the_break() {
        let whole = "<urlset><url><loc>https://a.org/1</loc></url><url><loc>https://a.org/2</loc></url>\
                     <url><loc>https://a.org/3</loc></url></urlset>";
        // Cut inside the third entry's tag, between two tags, and malformed after the second.
        let cut_in_tag = &whole[..whole.find("a.org/3").unwrap_or(0) - 10];
        let cut_between = &whole[..whole.find("<url><loc>https://a.org/3").unwrap_or(0)];
        let malformed = whole.replace("</url><url><loc>https://a.org/3", "</oops><url><loc>https://a.org/3");
        for (body, kept) in [(cut_in_tag, 2), (cut_between, 2), (malformed.as_str(), 1)] {
            let parsed = parse_sitemap(body.as_bytes(), &base(), 10).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(parsed.sitemap.entries().len(), kept, "{body}");
            assert!(parsed.broken.is_some(), "{body}");
        }
    }

    #[test]
    fn lastmod_formats() {
        for text in ["2026-11-21", "2026-11-21T10:00:00Z", "2026-11-21T10:00:00.5+01:00", "2026-11-21T10:00+01:00"] {
            assert!(parse_lastmod(text).is_some(), "{text}");
        }
        assert!(parse_lastmod("yesterday").is_none());
    }
}
