//! Feeds: RSS 0.9x/1.0/2.0, Atom and JSON Feed, read by feed-rs into a list of entries,
//! each with the page URL to fetch and the date it last changed (when the feed says).

use chrono::{DateTime, Utc};
use url::Url;

/// One entry of a feed or sitemap: a URL to fetch, and when it last changed if known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub url: Url,
    pub changed: Option<DateTime<Utc>>,
    /// What a feed says of the page (sitemaps say nothing), for where the page is silent.
    pub listed: Listed,
}

/// A feed entry's publication date and author.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listed {
    pub published: Option<DateTime<Utc>>,
    pub author: Option<String>,
}

/// What a feed lists.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FeedEntries {
    /// In feed order, at most the `max` asked for.
    pub entries: Vec<Entry>,
    /// There were more than `max`.
    pub more: bool,
    /// Entries left out for want of an http(s) address to fetch.
    pub unlinked: u64,
    /// Why the feed could not be read to its end, when it could not: the entries are those
    /// before the break (see [`feed_entries`]).
    pub broken: Option<String>,
}

/// The entries of a feed. An entry's page is its link; failing that, an RSS `<guid>` (or
/// Atom `<id>`) that is an absolute http(s) URL, as RSS 2.0 makes a `<guid>` a permalink
/// unless it says otherwise. Entries with neither are counted, not listed.
///
/// A feed that breaks off (a cut connection, a full disk where it was written), or turns
/// malformed within its last few entries, keeps the entries before: it is read again up to
/// the end of one of its last [`MAX_SALVAGE_TRIES`] whole entries, closed as its root requires.
pub fn feed_entries(body: &[u8], feed_url: &Url, max: usize) -> Result<FeedEntries, String> {
    // A parser per attempt: one is not to be used again after it failed (feed-rs panics).
    let parser = || feed_rs::parser::Builder::new().base_uri(Some(feed_url.as_str())).build();
    let (feed, broken) = match parser().parse(body) {
        Ok(feed) => (feed, None),
        Err(error) => {
            let detail = format!("not a readable feed: {error}");
            let salvaged = whole_entry_prefixes(body).take(MAX_SALVAGE_TRIES).find_map(|(prefix, closing)| {
                let closed = std::io::Read::chain(prefix, closing);
                parser().parse(closed).ok().filter(|feed| !feed.entries.is_empty())
            });
            match salvaged {
                Some(feed) => (feed, Some(detail)),
                None => return Err(detail),
            }
        }
    };
    let mut listed = FeedEntries { broken, ..FeedEntries::default() };
    let FeedEntries { entries, more, unlinked, .. } = &mut listed;
    for item in feed.entries {
        let Some(url) = entry_link(&item.links, feed_url).or_else(|| permalink_id(&item.id)) else {
            *unlinked += 1;
            continue;
        };
        if entries.len() == max {
            *more = true;
            break;
        }
        let author = item
            .authors
            .iter()
            .filter_map(|person| person.name.as_deref())
            .map(str::trim)
            .find(|name| !name.is_empty());
        let listed = Listed { published: item.published, author: author.map(str::to_owned) };
        entries.push(Entry { url, changed: item.updated.or(item.published), listed });
    }
    Ok(listed)
}

/// How many cuts, from the last whole entry back, are tried on a broken feed.
const MAX_SALVAGE_TRIES: usize = 4;

/// A broken XML feed cut after each of its whole entries, last first, each with what closes
/// it as its root element requires (`</channel></rss>`, `</rdf:RDF>`, `</feed>`).
fn whole_entry_prefixes(body: &[u8]) -> impl Iterator<Item = (&[u8], &'static [u8])> + '_ {
    let head = body.get(..1024).unwrap_or(body);
    let find = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    let (entry_end, closing): (&[u8], &'static [u8]) = if find(b"<rss") {
        (b"</item>", b"</channel></rss>")
    } else if find(b"<rdf:RDF") {
        (b"</item>", b"</rdf:RDF>")
    } else if find(b"<feed") {
        (b"</entry>", b"</feed>")
    } else {
        (b"", b"")
    };
    let ends: Vec<usize> = if entry_end.is_empty() {
        Vec::new()
    } else {
        memchr::memmem::find_iter(body, entry_end).map(|at| at + entry_end.len()).collect()
    };
    ends.into_iter().rev().map(move |end| (body.get(..end).unwrap_or(body), closing))
}

/// An entry's id when it is the address of its page: an absolute http(s) URL. Relative ids
/// are not resolved: an id such as `12345` names a post, not a path.
fn permalink_id(id: &str) -> Option<Url> {
    let url = Url::parse(id.trim()).ok()?;
    (matches!(url.scheme(), "http" | "https") && url.host_str().is_some()).then_some(url)
}

/// The page an entry points to: its `alternate` link (or one with no `rel`), else its first
/// link; relative links are resolved against the feed's URL.
fn entry_link(links: &[feed_rs::model::Link], feed_url: &Url) -> Option<Url> {
    let alternate = links.iter().find(|l| l.rel.as_deref().is_none_or(|rel| rel.eq_ignore_ascii_case("alternate")));
    let link = alternate.or(links.first())?;
    let url = feed_url.join(link.href.trim()).ok()?;
    matches!(url.scheme(), "http" | "https").then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://example.org/blog/feed.xml").unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn rss_items_give_links_and_dates() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>
            <item><title>One</title><link>https://example.org/1</link>
              <pubDate>Sat, 21 Nov 2026 10:00:00 GMT</pubDate></item>
            <item><title>Two</title><link>/2</link></item>
            <item><title>No link</title></item>
            <item><title>Mail</title><link>mailto:a@example.org</link></item>
            </channel></rss>"#;
        let FeedEntries { entries, more, unlinked, .. } =
            feed_entries(rss, &base(), 10).unwrap_or_else(|e| panic!("{e}"));
        let urls: Vec<&str> = entries.iter().map(|e| e.url.as_str()).collect();
        assert_eq!(urls, ["https://example.org/1", "https://example.org/2"]);
        assert_eq!(entries[0].changed.map(|d| d.to_rfc3339()), Some("2026-11-21T10:00:00+00:00".to_owned()));
        assert!(!more);
        assert_eq!(unlinked, 2);
        assert_eq!(entries[0].listed.published, entries[0].changed);
    }

    #[test]
    fn an_rss_guid_that_is_a_url_is_the_page_of_an_item_without_link() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>
            <item><title>One</title><guid isPermaLink="true">https://example.org/1</guid></item>
            <item><title>Two</title><guid>https://example.org/2</guid></item>
            <item><title>Three</title><link>https://example.org/3</link><guid>https://example.org/?p=3</guid></item>
            <item><title>Not an address</title><guid isPermaLink="false">4521</guid></item>
            </channel></rss>"#;
        let listed = feed_entries(rss, &base(), 10).unwrap_or_else(|e| panic!("{e}"));
        let urls: Vec<&str> = listed.entries.iter().map(|e| e.url.as_str()).collect();
        // The link wins over the guid; a guid that is no URL gives no page.
        assert_eq!(urls, ["https://example.org/1", "https://example.org/2", "https://example.org/3"]);
        assert_eq!(listed.unlinked, 1);
    }

    #[test]
    fn entries_carry_their_publication_date_and_author() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>B</title>
            <item><link>https://example.org/1</link><dc:creator>Jane Doe</dc:creator>
              <pubDate>Sat, 21 Nov 2026 10:00:00 GMT</pubDate></item>
            <item><link>https://example.org/2</link></item></channel></rss>"#;
        let entries = feed_entries(rss, &base(), 10).unwrap_or_else(|e| panic!("{e}")).entries;
        assert_eq!(entries[0].listed.author.as_deref(), Some("Jane Doe"));
        assert_eq!(entries[0].listed.published.map(|d| d.to_rfc3339()).as_deref(), Some("2026-11-21T10:00:00+00:00"));
        assert_eq!(entries[1].listed, Listed::default());
    }

    #[test]
    fn atom_prefers_the_alternate_link_and_updated() {
        let atom = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>x</id>
            <updated>2026-11-21T10:00:00Z</updated>
            <entry><id>e1</id><title>E</title><updated>2026-11-20T08:00:00Z</updated>
              <link rel="replies" href="https://example.org/e1/comments"/>
              <link rel="alternate" href="https://example.org/e1"/></entry></feed>"#;
        let entries = feed_entries(atom, &base(), 10).unwrap_or_else(|e| panic!("{e}")).entries;
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].url.as_str(), "https://example.org/e1");
        assert!(entries[0].changed.is_some());
    }

    #[test]
    fn json_feed_and_rss_1_are_read() {
        let json = br#"{"version": "https://jsonfeed.org/version/1.1", "title": "J",
            "items": [{"id": "1", "url": "https://example.org/j1", "content_text": "x"}]}"#;
        let entries = feed_entries(json, &base(), 10).unwrap_or_else(|e| panic!("{e}")).entries;
        assert_eq!(entries.iter().map(|e| e.url.as_str()).collect::<Vec<_>>(), ["https://example.org/j1"]);
        let rdf = br#"<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
            xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://example.org/"><title>R</title>
            <link>https://example.org/</link></channel>
            <item rdf:about="https://example.org/r1"><title>R1</title><link>https://example.org/r1</link></item>
            </rdf:RDF>"#;
        let entries = feed_entries(rdf, &base(), 10).unwrap_or_else(|e| panic!("{e}")).entries;
        assert_eq!(entries.iter().map(|e| e.url.as_str()).collect::<Vec<_>>(), ["https://example.org/r1"]);
    }

    #[test]
    fn entries_stop_at_the_limit_and_garbage_is_an_error() {
        let mut rss = String::from("<rss version=\"2.0\"><channel><title>B</title>");
        for n in 0..5 {
            rss += &format!("<item><link>https://example.org/{n}</link></item>");
        }
        rss += "</channel></rss>";
        let listed = feed_entries(rss.as_bytes(), &base(), 3).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((listed.entries.len(), listed.more), (3, true));
        assert!(feed_entries(b"<html><body>no</body></html>", &base(), 3).is_err());
    }

    #[test]
    fn a_feed_that_breaks_off_keeps_its_whole_entries() {
        let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>B</title>\
                   <item><link>https://example.org/1</link></item><item><link>https://example.org/2</link></item>\
                   <item><link>https://example.org/3</li";
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>B</title><id>urn:b</id><updated>2026-11-20T00:00:00Z</updated>\
                    <entry><id>urn:1</id><title>1</title><updated>2026-11-20T00:00:00Z</updated><link href=\"https://example.org/1\"/></entry>\
                    <entry><id>urn:2</id><title>2</title><upd";
        for (body, kept) in [(rss, 2), (atom, 1)] {
            let listed = feed_entries(body.as_bytes(), &base(), 10).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(listed.entries.len(), kept, "{body}");
            assert!(listed.broken.as_deref().is_some_and(|b| b.starts_with("not a readable feed")), "{body}");
        }
        // Near misses: a whole feed is not broken, and a feed broken before its first entry
        // is an error.
        let whole = "<rss version=\"2.0\"><channel><title>B</title><item><link>https://example.org/1</link></item></channel></rss>";
        assert_eq!(feed_entries(whole.as_bytes(), &base(), 10).map(|l| l.broken), Ok(None));
        assert!(feed_entries(b"<rss version=\"2.0\"><channel><title>B</ti", &base(), 10).is_err());
    }
}
