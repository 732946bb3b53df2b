//! Fetching against real HTTP servers on 127.0.0.1: feeds, sitemaps, robots.txt, change
//! detection, redirects, limits, retries, content checks and address safety.

mod fetch_common;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fetch_common::{
    count, fetch, html, last_error, log_rows, page, raw_server, read_request, robots_404, serve, settings,
};
use rinse::fetch::config::{FetchSettings, parse_network};
use tokio::io::AsyncWriteExt;
use wiremock::matchers::{header, method, path, path_regex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// How many requests the server received for `at`.
async fn hits(server: &MockServer, at: &str) -> usize {
    server.received_requests().await.unwrap_or_default().iter().filter(|r| r.url.path() == at).count()
}

/// The detail of the problem recorded for `source`.
async fn problem(db: &std::path::Path, source: &str) -> String {
    let pool = fetch_common::pool(db).await;
    sqlx::query_scalar("SELECT detail FROM import_problems WHERE source = ?")
        .bind(source)
        .fetch_optional(&pool)
        .await
        .unwrap_or_default()
        .unwrap_or_default()
}

fn temp_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("rinse.db");
    (dir, db)
}

#[tokio::test]
async fn a_feed_fetches_new_items_and_skips_stored_ones() {
    let server = MockServer::start().await;
    let base = server.uri();
    for n in 1..=4 {
        serve(&server, &format!("/post/{n}"), html(page(&format!("Post {n}"), &format!("Story number {n}.")))).await;
    }
    let (_dir, db) = temp_db();

    // Posts 1 and 2 are stored before the feed is read; the feed then dates post 2 after
    // that (RFC 2822 dates are whole seconds).
    let first = fetch(&db, settings(), &[format!("{base}/post/1"), format!("{base}/post/2")]).await;
    assert_eq!(first.counts().stored, 2);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let edited = chrono::Utc::now().to_rfc2822();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let feed = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><link>{base}/</link>
        <item><title>One</title><link>{base}/post/1</link></item>
        <item><title>Two</title><link>{base}/post/2</link><pubDate>{edited}</pubDate></item>
        <item><title>Three</title><link>{base}/post/3</link></item>
        <item><title>Four</title><link>/post/4</link></item>
        </channel></rss>"#
    );
    serve(&server, "/feed.xml", ResponseTemplate::new(200).set_body_raw(feed, "application/rss+xml")).await;

    let report = fetch(&db, settings(), &[format!("{base}/feed.xml")]).await;
    // 1 is stored and undated: not fetched. 2 is stored but dated after: fetched again
    // (same text: unchanged). 3 and 4 (a relative link) are new.
    assert_eq!(hits(&server, "/post/1").await, 1, "the stored, unchanged item is not fetched again");
    assert_eq!(hits(&server, "/post/2").await, 2, "the item updated since is fetched again");
    assert_eq!((hits(&server, "/post/3").await, hits(&server, "/post/4").await), (1, 1));
    let counts = report.counts();
    assert_eq!((counts.stored, counts.unchanged, counts.failed), (2, 1, 0));
    assert_eq!((report.listed, report.known), (1, 1));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM documents").await, 4);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM fetch_log WHERE kind = 'feed' AND outcome = 'listed'").await, 1);
}

#[tokio::test]
async fn a_feed_entry_dated_in_the_future_is_not_fetched_on_every_read() {
    let server = MockServer::start().await;
    let base = server.uri();
    serve(&server, "/post", html(page("Post", "A post its feed dates a year ahead."))).await;
    let next_year = (chrono::Utc::now() + chrono::Duration::days(365)).to_rfc2822();
    let feed = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><link>{base}/</link>
        <item><title>Post</title><link>{base}/post</link><pubDate>{next_year}</pubDate></item></channel></rss>"#
    );
    serve(&server, "/feed.xml", ResponseTemplate::new(200).set_body_raw(feed, "application/rss+xml")).await;
    let (_dir, db) = temp_db();

    assert_eq!(fetch(&db, settings(), &[format!("{base}/feed.xml")]).await.counts().stored, 1, "new: fetched");
    let again = fetch(&db, settings(), &[format!("{base}/feed.xml")]).await;
    assert_eq!((again.known, again.counts().seen), (1, 0), "a date still to come is not a change");
    assert_eq!(hits(&server, "/post").await, 1);
}

#[tokio::test]
async fn a_sitemap_index_with_a_gzipped_child_is_followed() {
    let server = MockServer::start().await;
    let base = server.uri();
    for n in 1..=3 {
        serve(&server, &format!("/p/{n}"), html(page(&format!("Page {n}"), &format!("Entry {n} of the sitemap."))))
            .await;
    }
    let index = format!(
        r#"<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>{base}/s1.xml.gz</loc></sitemap><sitemap><loc>{base}/s2.xml</loc></sitemap></sitemapindex>"#
    );
    let child = |urls: &[&str]| {
        let mut xml = String::from(r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#);
        for u in urls {
            xml += &format!("<url><loc>{base}{u}</loc><lastmod>2026-11-01</lastmod></url>");
        }
        xml + "</urlset>"
    };
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(child(&["/p/1", "/p/2"]).as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let gz = gz.finish().unwrap_or_else(|e| panic!("{e}"));
    serve(&server, "/sitemap.xml", ResponseTemplate::new(200).set_body_raw(index, "application/xml")).await;
    serve(&server, "/s1.xml.gz", ResponseTemplate::new(200).set_body_raw(gz, "application/x-gzip")).await;
    serve(&server, "/s2.xml", ResponseTemplate::new(200).set_body_raw(child(&["/p/3", "/p/1"]), "text/xml")).await;
    let (_dir, db) = temp_db();

    let report = fetch(&db, settings(), &[format!("{base}/sitemap.xml")]).await;
    assert_eq!(report.counts().stored, 3, "every page of both children, each once");
    assert_eq!(report.listed, 3, "the index and its two sitemaps");
    assert_eq!(hits(&server, "/p/1").await, 1, "a URL listed twice is fetched once per run");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM fetch_log WHERE kind = 'sitemap' AND outcome = 'listed'").await, 3);

    // Again: every page is stored and the sitemap dates are older than the stores (the
    // entry listed twice counts twice).
    let again = fetch(&db, settings(), &[format!("{base}/sitemap.xml")]).await;
    assert_eq!((again.counts().stored, again.known), (0, 4));
    assert_eq!(hits(&server, "/p/2").await, 1);
}

#[tokio::test]
async fn a_sitemap_longer_than_the_per_run_cap_is_caught_up_run_by_run() {
    let server = MockServer::start().await;
    let base = server.uri();
    let mut xml = String::from(r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#);
    for n in 1..=5 {
        serve(&server, &format!("/p/{n}"), html(page(&format!("Page {n}"), &format!("Entry {n} of the sitemap."))))
            .await;
        xml += &format!("<url><loc>{base}/p/{n}</loc></url>");
    }
    xml += "</urlset>";
    serve(&server, "/sitemap.xml", ResponseTemplate::new(200).set_body_raw(xml, "application/xml")).await;
    let (_dir, db) = temp_db();
    let capped = FetchSettings { max_urls_per_source: 2, ..settings() };
    let sitemap = [format!("{base}/sitemap.xml")];

    let stored: Vec<u64> = {
        let mut stored = Vec::new();
        for _ in 0..3 {
            stored.push(fetch(&db, capped.clone(), &sitemap).await.counts().stored);
        }
        stored
    };
    // Two per run, the ones already stored passed over: the third run gets the last one.
    assert_eq!(stored, [2, 2, 1]);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM latest_documents").await, 5);
}

#[tokio::test]
async fn a_broken_feed_fails_and_a_guid_stands_for_a_missing_link() {
    let server = MockServer::start().await;
    let base = server.uri();
    serve(&server, "/post", html(page("Post", "The post the guid points to."))).await;
    let feed = format!(
        r#"<rss version="2.0"><channel><title>B</title>
        <item><title>Guid only</title><guid>{base}/post</guid></item>
        <item><title>Nothing</title><guid isPermaLink="false">4521</guid></item></channel></rss>"#
    );
    serve(&server, "/feed.xml", ResponseTemplate::new(200).set_body_raw(feed, "application/rss+xml")).await;
    let cut = r#"<rss version="2.0"><channel><title>B</title><item><title>A</title><link>/a</lin"#;
    serve(&server, "/cut.xml", ResponseTemplate::new(200).set_body_raw(cut, "application/rss+xml")).await;
    // Cut off after a whole entry: that entry is still fetched.
    serve(&server, "/kept", html(page("Kept", "The entry before the break."))).await;
    let cut_later = format!(
        r#"<rss version="2.0"><channel><title>C</title><item><link>{base}/kept</link></item><item><link>{base}/lo"#
    );
    serve(&server, "/cut-later.xml", ResponseTemplate::new(200).set_body_raw(cut_later, "application/rss+xml")).await;
    let (_dir, db) = temp_db();

    let feeds = [format!("{base}/feed.xml"), format!("{base}/cut.xml"), format!("{base}/cut-later.xml")];
    let report = fetch(&db, settings(), &feeds).await;
    assert_eq!((report.counts().stored, report.unlinked), (2, 1));
    assert_eq!((hits(&server, "/post").await, hits(&server, "/kept").await), (1, 1));
    // A feed cut off is a failure (exit status 1), not a page skipped.
    assert_eq!(report.counts().failed, 2);
    assert!(problem(&db, &format!("{base}/cut.xml")).await.starts_with("not a readable feed"));
    let later = problem(&db, &format!("{base}/cut-later.xml")).await;
    assert!(later.ends_with("the 1 entry before the break is read"), "{later}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM import_problems WHERE reason = 'bad_listing'").await, 2);
}

#[tokio::test]
async fn a_sitemap_cut_off_fails_but_its_entries_before_the_break_are_fetched() {
    let server = MockServer::start().await;
    let base = server.uri();
    for n in 1..=3 {
        serve(&server, &format!("/p{n}"), html(page(&format!("Page {n}"), &format!("The text of page {n}.")))).await;
    }
    let cut = format!("<urlset><url><loc>{base}/p1</loc></url><url><loc>{base}/p2</loc></url><url><loc>{base}/p3</lo");
    serve(&server, "/cut.xml", ResponseTemplate::new(200).set_body_raw(cut, "application/xml")).await;
    // An index nested one deeper than allowed: its sitemap is not read.
    let deep = format!("<sitemapindex><sitemap><loc>{base}/cut.xml</loc></sitemap></sitemapindex>");
    serve(&server, "/deep.xml", ResponseTemplate::new(200).set_body_raw(deep, "application/xml")).await;
    let (_dir, db) = temp_db();

    let shallow = FetchSettings { max_sitemap_depth: 0, ..settings() };
    let report = fetch(&db, shallow, &[format!("{base}/cut.xml"), format!("{base}/deep.xml")]).await;
    assert_eq!((report.counts().stored, report.counts().failed), (2, 2));
    assert_eq!((hits(&server, "/p1").await, hits(&server, "/p3").await), (1, 0));
    assert!(problem(&db, &format!("{base}/cut.xml")).await.ends_with("the 2 entries before the break are read"));
    let pool = fetch_common::pool(&db).await;
    let logged: Vec<(String, String)> =
        sqlx::query_as("SELECT outcome, reason FROM fetch_log WHERE kind = 'sitemap' ORDER BY url")
            .fetch_all(&pool)
            .await
            .unwrap_or_default();
    // One row per listing: failed, with the reason.
    let logged: Vec<(&str, &str)> = logged.iter().map(|(o, r)| (o.as_str(), r.as_str())).collect();
    assert_eq!(logged, [("failed", "bad_listing"), ("failed", "too_deep")]);
    // Not cached as read: the next run reads it again, the stored pages passed over.
    let again = fetch(&db, settings(), &[format!("{base}/cut.xml")]).await;
    assert_eq!((again.counts().stored, again.counts().failed), (0, 1));
    assert_eq!(hits(&server, "/cut.xml").await, 2);
}

#[tokio::test]
async fn a_gzipped_sitemap_cut_off_in_transfer_keeps_its_first_entries() {
    let server = MockServer::start().await;
    let base = server.uri();
    serve(&server, "/p", html(page("Entry", "One of the many entries of a long sitemap."))).await;
    let sitemap: String = std::iter::once("<urlset>".to_owned())
        .chain(
            (0..3000)
                .map(|n| format!("<url><loc>{base}/p?n={n}</loc><lastmod>2026-11-{:02}</lastmod></url>", n % 28 + 1)),
        )
        .chain(std::iter::once("</urlset>".to_owned()))
        .collect();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(sitemap.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let gz = gz.finish().unwrap_or_else(|e| panic!("{e}"));
    let cut = gz[..gz.len() / 2].to_vec();
    serve(&server, "/sitemap.xml.gz", ResponseTemplate::new(200).set_body_raw(cut, "application/gzip")).await;
    let (_dir, db) = temp_db();

    let capped = FetchSettings { max_urls_per_source: 2, ..settings() };
    let report = fetch(&db, capped, &[format!("{base}/sitemap.xml.gz")]).await;
    assert_eq!((report.counts().stored, report.counts().failed), (2, 1));
    let detail = problem(&db, &format!("{base}/sitemap.xml.gz")).await;
    assert!(detail.contains("entries before the break are read"), "{detail}");
}

#[tokio::test]
async fn a_feed_that_starts_serving_a_page_fails_instead_of_being_stored() {
    let server = MockServer::start().await;
    let base = server.uri();
    serve(&server, "/post", html(page("Post", "The post the feed links to."))).await;
    let feed =
        format!(r#"<rss version="2.0"><channel><title>B</title><item><link>{base}/post</link></item></channel></rss>"#);
    serve(&server, "/feed.xml", ResponseTemplate::new(200).set_body_raw(feed, "application/rss+xml")).await;
    let (_dir, db) = temp_db();
    let first = fetch(&db, settings(), &[format!("{base}/feed.xml"), format!("{base}/post")]).await;
    assert_eq!((first.counts().stored, first.counts().failed), (1, 0));

    // The site is redesigned: the feed's address now serves a page; the page's still does.
    server.reset().await;
    serve(&server, "/feed.xml", html(page("Welcome", "Our new site has no feed any more, sorry about that."))).await;
    serve(&server, "/post", html(page("Post", "The post, edited since."))).await;
    let second = fetch(&db, settings(), &[format!("{base}/feed.xml"), format!("{base}/post")]).await;
    assert_eq!((second.counts().stored, second.counts().failed), (1, 1));
    assert!(problem(&db, &format!("{base}/feed.xml")).await.starts_with("was read as a feed before"));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM documents WHERE title = 'Welcome'").await, 0);
}

#[tokio::test]
async fn feed_entries_found_gone_or_empty_are_not_asked_for_on_every_run() {
    let server = MockServer::start().await;
    let base = server.uri();
    serve(&server, "/gone", ResponseTemplate::new(410)).await;
    serve(&server, "/shell", html("<html><body><div id=app></div></body></html>".to_owned())).await;
    let feed = format!(
        r#"<rss version="2.0"><channel><title>B</title>
        <item><link>{base}/gone</link></item><item><link>{base}/shell</link></item></channel></rss>"#
    );
    serve(&server, "/feed.xml", ResponseTemplate::new(200).set_body_raw(feed, "application/rss+xml")).await;
    let (_dir, db) = temp_db();
    let feed_url = [format!("{base}/feed.xml")];

    let first = fetch(&db, settings(), &feed_url).await;
    assert_eq!((first.counts().failed, first.counts().skipped), (1, 1));
    let second = fetch(&db, settings(), &feed_url).await;
    // Both answered already: not requested again, and the run does not fail again.
    assert_eq!((second.counts().failed, second.counts().skipped, second.known), (0, 0, 2));
    assert_eq!((hits(&server, "/gone").await, hits(&server, "/shell").await), (1, 1));
}

#[tokio::test]
async fn a_server_that_is_down_is_reported_as_such_not_as_a_robots_txt_problem() {
    // A port nothing listens on any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .unwrap_or_else(|e| panic!("{e}"));
    let url = format!("http://127.0.0.1:{port}/news/today.html");
    let (_dir, db) = temp_db();
    let report = fetch(&db, settings(), std::slice::from_ref(&url)).await;
    assert_eq!(report.counts().failed, 1);
    let detail = problem(&db, &url).await;
    assert!(detail.starts_with(&format!("http://127.0.0.1:{port} cannot be reached")), "{detail}");
    assert!(!detail.contains("RFC 9309"), "{detail}");
}

#[tokio::test]
async fn a_page_without_date_or_byline_takes_them_from_the_feed_that_listed_it() {
    let server = MockServer::start().await;
    let base = server.uri();
    serve(&server, "/post", html(page("Post", "A post whose page shows no date and no byline."))).await;
    let feed = format!(
        r#"<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>B</title>
        <item><link>{base}/post</link><dc:creator>Jane Doe</dc:creator>
        <pubDate>Sat, 21 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>"#
    );
    serve(&server, "/feed.xml", ResponseTemplate::new(200).set_body_raw(feed, "application/rss+xml")).await;
    let (_dir, db) = temp_db();
    let report = fetch(&db, settings(), &[format!("{base}/feed.xml")]).await;
    assert_eq!(report.counts().stored, 1);
    let pool = fetch_common::pool(&db).await;
    let (published, author): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT published, author FROM documents").fetch_one(&pool).await.unwrap_or_default();
    assert_eq!(published.as_deref(), Some("2026-11-21T10:00:00Z"));
    assert_eq!(author.as_deref(), Some("Jane Doe"));
}

/// Records when each request for a path arrived.
#[derive(Clone, Default)]
struct Arrivals(Arc<Mutex<Vec<Instant>>>);

impl Respond for Arrivals {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        if let Ok(mut times) = self.0.lock() {
            times.push(Instant::now());
        }
        html(page("Timed", &format!("The page at {}.", request.url.path())))
    }
}

#[tokio::test]
async fn robots_txt_disallow_and_crawl_delay_are_honoured() {
    let server = MockServer::start().await;
    let base = server.uri();
    let robots = "User-agent: *\nDisallow: /private\nCrawl-delay: 1\n";
    serve(&server, "/robots.txt", ResponseTemplate::new(200).set_body_raw(robots, "text/plain")).await;
    let arrivals = Arrivals::default();
    Mock::given(method("GET"))
        .and(path_regex("^/(a|b|private/c)$"))
        .respond_with(arrivals.clone())
        .mount(&server)
        .await;
    let (_dir, db) = temp_db();

    let urls = [format!("{base}/a"), format!("{base}/private/c"), format!("{base}/b")];
    let report = fetch(&db, settings(), &urls).await;

    assert_eq!(hits(&server, "/private/c").await, 0, "a disallowed URL is never requested");
    assert_eq!(hits(&server, "/robots.txt").await, 1, "robots.txt is fetched once per host");
    let counts = report.counts();
    assert_eq!((counts.stored, counts.skipped, counts.failed), (2, 1, 0));
    let reason: String = sqlx::query_scalar("SELECT reason FROM import_problems")
        .fetch_one(&fetch_common::pool(&db).await)
        .await
        .unwrap_or_default();
    assert_eq!(reason, "robots_disallowed");
    let times = arrivals.0.lock().map(|t| t.clone()).unwrap_or_default();
    assert_eq!(times.len(), 2);
    let gap = times[1] - times[0];
    assert!(gap >= Duration::from_secs(1), "Crawl-delay: 1 kept the requests {gap:?} apart");
}

#[tokio::test]
async fn a_robots_txt_server_error_closes_the_host() {
    let server = MockServer::start().await;
    let base = server.uri();
    serve(&server, "/robots.txt", ResponseTemplate::new(503)).await;
    serve(&server, "/a", html(page("A", "Text."))).await;
    let (_dir, db) = temp_db();
    let report = fetch(&db, settings(), &[format!("{base}/a")]).await;
    assert_eq!(hits(&server, "/a").await, 0, "RFC 9309: 5xx on robots.txt means fetch nothing");
    assert_eq!(report.counts().failed, 1);
    assert!(last_error(&db, &format!("{base}/a")).await.contains("RFC 9309"));
    // The robots.txt row itself says why it failed.
    let pool = fetch_common::pool(&db).await;
    let row: (String, Option<String>, Option<String>) =
        sqlx::query_as("SELECT outcome, reason, error FROM fetch_log WHERE kind = 'robots'")
            .fetch_one(&pool)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((row.0.as_str(), row.1.as_deref()), ("failed", Some("fetch")), "{row:?}");
    assert!(row.2.is_some_and(|error| error.contains("503")));
}

/// Serve `response` at `at` with the ETag `"v1"`, and a 304 to a request that sends it back.
async fn serve_with_etag(server: &MockServer, at: &str, response: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(at))
        .and(header("if-none-match", "\"v1\""))
        .respond_with(ResponseTemplate::new(304).insert_header("ETag", "\"v1\""))
        .with_priority(1)
        .mount(server)
        .await;
    let response = response.insert_header("ETag", "\"v1\"");
    Mock::given(method("GET")).and(path(at)).respond_with(response).with_priority(2).mount(server).await;
}

#[tokio::test]
async fn not_modified_records_only_that_the_page_was_seen() {
    let server = MockServer::start().await;
    let base = server.uri();
    let first =
        html(page("News", "The first edition.")).insert_header("Last-Modified", "Sat, 21 Nov 2026 10:00:00 GMT");
    serve_with_etag(&server, "/news", first).await;
    let (_dir, db) = temp_db();
    let url = format!("{base}/news");

    assert_eq!(fetch(&db, settings(), std::slice::from_ref(&url)).await.counts().stored, 1);
    let report = fetch(&db, settings(), std::slice::from_ref(&url)).await;
    assert_eq!((report.not_modified, report.counts().unchanged, report.counts().stored), (1, 1, 0));

    let requests = server.received_requests().await.unwrap_or_default();
    let second = requests.iter().filter(|r| r.url.path() == "/news").nth(1).map(|r| r.headers.clone());
    let second = second.unwrap_or_default();
    assert_eq!(second.get("if-none-match").and_then(|v| v.to_str().ok()), Some("\"v1\""));
    assert_eq!(second.get("if-modified-since").and_then(|v| v.to_str().ok()), Some("Sat, 21 Nov 2026 10:00:00 GMT"));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM documents").await, 1);
    let rows = log_rows(&db).await;
    assert_eq!(rows.last().map(|r| (r.1.as_str(), r.3)), Some(("not_modified", Some(304))), "{rows:?}");
}

#[tokio::test]
async fn a_feed_entry_confirmed_unchanged_is_not_asked_for_again() {
    let server = MockServer::start().await;
    let base = server.uri();
    serve_with_etag(&server, "/post", html(page("Post", "The only edition of the post."))).await;
    let (_dir, db) = temp_db();
    assert_eq!(fetch(&db, settings(), &[format!("{base}/post")]).await.counts().stored, 1);
    // The feed then dates the post after that fetch (an edit that changed nothing, a clock
    // ahead of ours): the next read asks once, and hears it is not modified.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let dated = chrono::Utc::now().to_rfc2822();
    let feed = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><link>{base}/</link>
        <item><title>Post</title><link>{base}/post</link><pubDate>{dated}</pubDate></item></channel></rss>"#
    );
    serve(&server, "/feed.xml", ResponseTemplate::new(200).set_body_raw(feed, "application/rss+xml")).await;
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let report = fetch(&db, settings(), &[format!("{base}/feed.xml")]).await;
    assert_eq!((report.not_modified, report.known), (1, 0));
    // From then on the 304 counts as knowing the page: it is not asked for on every read.
    let report = fetch(&db, settings(), &[format!("{base}/feed.xml")]).await;
    assert_eq!((report.not_modified, report.known), (0, 1));
    assert_eq!(hits(&server, "/post").await, 2);
}

#[tokio::test]
async fn an_etag_change_stores_exactly_one_new_version() {
    let server = MockServer::start().await;
    let base = server.uri();
    let url = format!("{base}/story");
    let (_dir, db) = temp_db();
    Mock::given(method("GET"))
        .and(path("/story"))
        .respond_with(html(page("Story", "The first wording of the story.")).insert_header("ETag", "\"v1\""))
        .mount(&server)
        .await;
    assert_eq!(fetch(&db, settings(), std::slice::from_ref(&url)).await.counts().stored, 1);

    server.reset().await;
    Mock::given(method("GET"))
        .and(path("/story"))
        .and(header("if-none-match", "\"v2\""))
        .respond_with(ResponseTemplate::new(304))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/story"))
        .respond_with(html(page("Story", "The second, corrected wording.")).insert_header("ETag", "\"v2\""))
        .with_priority(2)
        .mount(&server)
        .await;
    let changed = fetch(&db, settings(), std::slice::from_ref(&url)).await;
    assert_eq!(changed.counts().stored, 1);
    let again = fetch(&db, settings(), std::slice::from_ref(&url)).await;
    assert_eq!((again.counts().stored, again.not_modified), (0, 1));

    let pool = fetch_common::pool(&db).await;
    let versions: Vec<(i64, i64, Option<i64>, Option<i64>)> =
        sqlx::query_as("SELECT id, version, previous_id, superseded_by FROM documents ORDER BY version")
            .fetch_all(&pool)
            .await
            .unwrap_or_default();
    assert_eq!(versions.len(), 2, "{versions:?}");
    assert_eq!((versions[0].1, versions[1].1), (1, 2));
    assert_eq!(versions[1].2, Some(versions[0].0), "version 2 links to version 1");
    assert_eq!(versions[0].3, Some(versions[1].0));
}

#[tokio::test]
async fn redirect_loops_and_long_chains_are_cut() {
    let server = MockServer::start().await;
    let base = server.uri();
    let redirect = |to: String| ResponseTemplate::new(302).insert_header("Location", to.as_str());
    serve(&server, "/loop/a", redirect("/loop/b".to_owned())).await;
    serve(&server, "/loop/b", redirect(format!("{base}/loop/a"))).await;
    struct Chain;
    impl Respond for Chain {
        fn respond(&self, request: &Request) -> ResponseTemplate {
            let n: u32 = request.url.path().trim_start_matches("/chain/").parse().unwrap_or(0);
            if n >= 30 {
                return html(page("End", "The end of the chain."));
            }
            ResponseTemplate::new(301).insert_header("Location", format!("/chain/{}", n + 1).as_str())
        }
    }
    Mock::given(method("GET")).and(path_regex("^/chain/[0-9]+$")).respond_with(Chain).mount(&server).await;
    serve(&server, "/short", redirect("/chain/28".to_owned())).await;
    let (_dir, db) = temp_db();

    let urls = [format!("{base}/loop/a"), format!("{base}/chain/0"), format!("{base}/short")];
    let report = fetch(&db, settings(), &urls).await;
    assert_eq!((report.counts().failed, report.counts().stored), (2, 1), "a 3-hop chain is followed");
    let loop_error = problem(&db, &format!("{base}/loop/a")).await;
    assert!(loop_error.contains("redirect loop") && loop_error.contains("/loop/b"), "{loop_error}");
    assert!(last_error(&db, &format!("{base}/loop/b")).await.contains("redirect loop"), "the failing hop is logged");
    let chain_error = problem(&db, &format!("{base}/chain/0")).await;
    assert!(chain_error.contains("more than 5 redirects"), "{chain_error}");
    let chain_hits = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter_map(|r| r.url.path().strip_prefix("/chain/").and_then(|n| n.parse::<u32>().ok()))
        .filter(|&n| n < 28)
        .count();
    assert_eq!(chain_hits, 6, "the first request and 5 redirects, then it stops");
    let redirected = count(&db, "SELECT COUNT(*) FROM fetch_log WHERE outcome = 'redirected'").await;
    assert!(redirected >= 5 + 1 + 3, "each hop is logged ({redirected})");
}

#[tokio::test]
async fn a_body_that_breaks_off_is_retried_and_its_status_logged() {
    let served = Arc::new(Mutex::new(0usize));
    let counter = Arc::clone(&served);
    let base = raw_server(move |mut stream| {
        let counter = Arc::clone(&counter);
        async move {
            let Some(path) = read_request(&mut stream).await else { return };
            if path == "/robots.txt" {
                return robots_404(&mut stream).await;
            }
            let n = counter.lock().map(|mut n| {
                *n += 1;
                *n
            });
            let body = page("Cut", "The page arrives whole on the second try.");
            let response = if n.unwrap_or(1) == 1 {
                // Promises more than it sends, then closes the connection.
                format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n{}", body.len() * 2, body)
            } else {
                format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
            };
            let _ = stream.write_all(response.as_bytes()).await;
        }
    })
    .await;
    let (_dir, db) = temp_db();
    let report = fetch(&db, settings(), &[format!("{base}/cut")]).await;
    assert_eq!((report.counts().stored, report.counts().failed), (1, 0));
    let rows = log_rows(&db).await;
    let outcomes: Vec<(&str, Option<i64>)> = rows.iter().map(|r| (r.1.as_str(), r.3)).collect();
    assert_eq!(outcomes, [("retried", Some(200)), ("stored", Some(200))]);
}

#[tokio::test]
async fn a_trickling_body_is_stopped_at_the_deadline() {
    let base = raw_server(|mut stream| async move {
        let Some(path) = read_request(&mut stream).await else { return };
        if path == "/robots.txt" {
            return robots_404(&mut stream).await;
        }
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><body><p>";
        if stream.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        // A byte every 100 ms, for at most 20 s.
        for _ in 0..200 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            if stream.write_all(b"a").await.is_err() {
                return;
            }
        }
    })
    .await;
    let (_dir, db) = temp_db();
    let settings = rinse::fetch::FetchSettings { fetch_timeout: Duration::from_secs(1), ..settings() };
    let started = Instant::now();
    let report = fetch(&db, settings, &[format!("{base}/slow")]).await;
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_secs(1) && elapsed < Duration::from_secs(4), "{elapsed:?}");
    assert_eq!(report.counts().failed, 1);
    let rows = log_rows(&db).await;
    assert_eq!(rows.last().and_then(|r| r.2.clone()).as_deref(), Some("timeout"), "{rows:?}");
}

#[tokio::test]
async fn an_endless_body_and_a_gzip_bomb_stop_at_the_cap() {
    let endless = raw_server(|mut stream| async move {
        let Some(path) = read_request(&mut stream).await else { return };
        if path == "/robots.txt" {
            return robots_404(&mut stream).await;
        }
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n";
        if stream.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        // At most 256 MiB, in case the client does not stop.
        let chunk = vec![b'a'; 64 * 1024];
        for _ in 0..4096 {
            if stream.write_all(&chunk).await.is_err() {
                return;
            }
        }
    })
    .await;
    let server = MockServer::start().await;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    for _ in 0..64 {
        gz.write_all(&[0u8; 256 * 1024]).unwrap_or_else(|e| panic!("{e}"));
    }
    let bomb = gz.finish().unwrap_or_else(|e| panic!("{e}"));
    assert!(bomb.len() < 100 * 1024, "16 MiB of zeros compress to {} bytes", bomb.len());
    let response = ResponseTemplate::new(200).set_body_raw(bomb, "text/html").insert_header("Content-Encoding", "gzip");
    serve(&server, "/bomb", response).await;
    let (_dir, db) = temp_db();
    let cap = 1024 * 1024;
    let settings = rinse::fetch::FetchSettings { max_body_bytes: cap, max_sitemap_bytes: cap, ..settings() };

    let urls = [format!("{endless}/endless"), format!("{}/bomb", server.uri())];
    let report = fetch(&db, settings, &urls).await;
    assert_eq!(report.counts().failed, 2);
    let pool = fetch_common::pool(&db).await;
    let reasons: Vec<String> = sqlx::query_scalar("SELECT reason FROM import_problems ORDER BY source")
        .fetch_all(&pool)
        .await
        .unwrap_or_default();
    assert_eq!(reasons, ["too_large", "too_large"]);
    let read: Vec<i64> = sqlx::query_scalar("SELECT bytes FROM fetch_log WHERE kind <> 'robots'")
        .fetch_all(&pool)
        .await
        .unwrap_or_default();
    assert!(read.iter().all(|&b| b as u64 <= cap), "never more than the cap is kept: {read:?}");
    // The server answered, and the log says with what, and which setting stopped the read.
    let rows: Vec<(Option<i64>, String)> =
        sqlx::query_as("SELECT status, error FROM fetch_log WHERE kind <> 'robots' AND outcome = 'failed'")
            .fetch_all(&pool)
            .await
            .unwrap_or_default();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|(status, error)| *status == Some(200) && error.contains("max_body_bytes")), "{rows:?}");
}

/// Answers 429 (Retry-After: 1) or 503 the first `failures` times, then the page.
struct Flaky {
    status: u16,
    failures: usize,
    seen: Arc<Mutex<Vec<Instant>>>,
}

impl Respond for Flaky {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.seen.lock().map(|mut s| {
            s.push(Instant::now());
            s.len()
        });
        if n.unwrap_or(0) <= self.failures {
            return ResponseTemplate::new(self.status).insert_header("Retry-After", "1");
        }
        html(page("Flaky", "It works on the last try."))
    }
}

#[tokio::test]
async fn too_many_requests_waits_for_retry_after() {
    let server = MockServer::start().await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let flaky = Flaky { status: 429, failures: 1, seen: Arc::clone(&seen) };
    Mock::given(method("GET")).and(path("/busy")).respond_with(flaky).mount(&server).await;
    let (_dir, db) = temp_db();
    let report = fetch(&db, settings(), &[format!("{}/busy", server.uri())]).await;
    assert_eq!(report.counts().stored, 1);
    let times = seen.lock().map(|t| t.clone()).unwrap_or_default();
    assert_eq!(times.len(), 2);
    assert!(times[1] - times[0] >= Duration::from_secs(1), "Retry-After: 1 was honoured");
    let rows = log_rows(&db).await;
    let outcomes: Vec<(&str, Option<i64>)> = rows.iter().map(|r| (r.1.as_str(), r.3)).collect();
    assert_eq!(outcomes, [("retried", Some(429)), ("stored", Some(200))]);
}

#[tokio::test]
async fn a_host_that_asks_for_a_long_pause_is_sent_nothing_until_then_in_later_runs_too() {
    let server = MockServer::start().await;
    let base = server.uri();
    let busy = ResponseTemplate::new(429).insert_header("Retry-After", "3600");
    serve(&server, "/first", busy).await;
    serve(&server, "/second", html(page("Second", "The second page of the busy host."))).await;
    let (_dir, db) = temp_db();
    let urls = [format!("{base}/first"), format!("{base}/second")];

    let report = fetch(&db, settings(), &urls).await;
    // The answer fails its URL; the host's other URL is not requested, nor counted as failed.
    assert_eq!((report.counts().failed, report.counts().stored, report.held), (1, 0, 1));
    assert_eq!((hits(&server, "/first").await, hits(&server, "/second").await), (1, 0));
    assert!(last_error(&db, &urls[0]).await.contains("nothing more is requested from"));
    let held: Vec<&str> = report.held_hosts.keys().map(String::as_str).collect();
    assert_eq!(held, [base.as_str()]);

    // The next run remembers the pause: nothing is requested at all.
    let again = fetch(&db, settings(), &urls).await;
    assert_eq!((again.counts().failed, again.held), (0, 2));
    assert_eq!(hits(&server, "/first").await + hits(&server, "/second").await, 1);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM host_holds WHERE not_before > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+50 minutes')"
        )
        .await,
        1
    );

    // Near miss: once the pause is over, the host is asked again.
    let pool = fetch_common::pool(&db).await;
    sqlx::query("UPDATE host_holds SET not_before = '2000-01-01T00:00:00Z'").execute(&pool).await.unwrap_or_default();
    let after = fetch(&db, settings(), &[urls[1].clone()]).await;
    assert_eq!((after.counts().stored, after.held), (1, 0));
}

#[tokio::test]
async fn service_unavailable_twice_then_ok_is_stored() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/wobbly"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&server)
        .await;
    serve(&server, "/wobbly", html(page("Wobbly", "Third time lucky."))).await;
    let (_dir, db) = temp_db();
    let report = fetch(&db, settings(), &[format!("{}/wobbly", server.uri())]).await;
    assert_eq!(report.counts().stored, 1);
    let rows = log_rows(&db).await;
    let outcomes: Vec<(&str, Option<i64>)> = rows.iter().map(|r| (r.1.as_str(), r.3)).collect();
    assert_eq!(outcomes, [("retried", Some(503)), ("retried", Some(503)), ("stored", Some(200))]);

    // Always 503: given up after the retries, with the reason recorded.
    let down = MockServer::start().await;
    serve(&down, "/down", ResponseTemplate::new(503)).await;
    let settings = rinse::fetch::FetchSettings { max_retries: 2, ..settings() };
    let report = fetch(&db, settings, &[format!("{}/down", down.uri())]).await;
    assert_eq!(report.counts().failed, 1);
    assert_eq!(hits(&down, "/down").await, 3);
    assert!(
        last_error(&db, &format!("{}/down", down.uri())).await.contains("503 Service Unavailable after 3 attempts")
    );
}

#[tokio::test]
async fn a_pdf_served_as_html_is_skipped() {
    let server = MockServer::start().await;
    let pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".to_vec();
    serve(&server, "/report", ResponseTemplate::new(200).set_body_raw(pdf, "text/html")).await;
    serve(&server, "/image", ResponseTemplate::new(200).set_body_raw(vec![0x89, b'P', b'N', b'G'], "image/png")).await;
    let (_dir, db) = temp_db();
    let report = fetch(&db, settings(), &[format!("{}/report", server.uri()), format!("{}/image", server.uri())]).await;
    assert_eq!((report.counts().skipped, report.counts().failed, report.counts().stored), (2, 0, 0));
    let detail = last_error(&db, &format!("{}/report", server.uri())).await;
    assert!(detail.contains("PDF") && detail.contains("text/html"), "{detail}");
    assert!(last_error(&db, &format!("{}/image", server.uri())).await.contains("image/png"));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM import_problems WHERE reason = 'not_a_page'").await, 2);
}

#[tokio::test]
async fn private_addresses_are_refused_unless_allowed() {
    let server = MockServer::start().await;
    serve(&server, "/page", html(page("Local", "A page on this machine."))).await;
    let port = server.address().port();
    let (_dir, db) = temp_db();
    let closed = rinse::fetch::FetchSettings { allow_private_networks: Vec::new(), ..settings() };
    let urls = [format!("http://localhost:{port}/page"), format!("http://127.0.0.1:{port}/page")];
    let report = fetch(&db, closed, &urls).await;
    assert_eq!(report.counts().failed, 2);
    assert_eq!(server.received_requests().await.unwrap_or_default().len(), 0, "nothing reached the server");
    let detail = last_error(&db, &urls[0]).await;
    assert!(detail.contains("loopback") && detail.contains("allow_private_networks"), "{detail}");

    // Allowed for 127.0.0.1 only: `localhost` is fetched over its IPv4 address.
    let open = rinse::fetch::FetchSettings {
        allow_private_networks: vec![parse_network("127.0.0.1/32").unwrap_or_else(|e| panic!("{e}"))],
        ..settings()
    };
    let report = fetch(&db, open, &urls[..1]).await;
    assert_eq!(report.counts().stored, 1);
}
