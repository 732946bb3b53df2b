//! Shared helpers of the fetch tests: settings for local servers, a run of the engine into
//! a database, small HTML pages, and raw TCP servers for misbehaving responses. Every server
//! listens on 127.0.0.1; no other address is ever contacted.

#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use rinse::cli::progress::Progress;
use rinse::fetch::config::parse_network;
use rinse::fetch::crawl::{Engine, RunReport, Seed};
use rinse::fetch::db::Bookkeeper;
use rinse::fetch::{FetchSettings, Fetcher, Stop};
use rinse::store::Store;
use sqlx::sqlite::SqlitePool;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Settings for tests: 127.0.0.1 allowed, no politeness delay, quick retries.
pub fn settings() -> FetchSettings {
    FetchSettings {
        user_agent: "rinse-test/1 (+https://example.org/tests)".to_owned(),
        per_host_delay: Duration::ZERO,
        retry_base_delay: Duration::from_millis(10),
        fetch_timeout: Duration::from_secs(5),
        allow_private_networks: vec![parse_network("127.0.0.1/32").unwrap_or_else(|e| panic!("{e}"))],
        ..FetchSettings::default()
    }
}

/// Fetch `urls` (as `rinse fetch` would) into the database at `db`; the run's report.
pub async fn fetch(db: &Path, settings: FetchSettings, urls: &[String]) -> RunReport {
    let store = Store::open(db).await.unwrap_or_else(|e| panic!("{e}"));
    let (book, bookkeeper) = Bookkeeper::spawn(store.clone());
    let fetcher = Arc::new(Fetcher::new(settings, book.clone()).unwrap_or_else(|e| panic!("{e}")));
    let mut engine = Engine::new(Arc::clone(&fetcher), store.clone(), book, Stop::never(), Progress::new(false));
    let seeds = urls
        .iter()
        .map(|u| Seed { name: u.clone(), url: url::Url::parse(u).unwrap_or_else(|e| panic!("{u}: {e}")) })
        .collect();
    engine.start_run("fetch", &[], seeds).await.unwrap_or_else(|e| panic!("{e}"));
    let mut reports = Vec::new();
    while !engine.is_idle() {
        reports.extend(engine.drive(None).await.runs);
    }
    drop(engine);
    drop(fetcher);
    let _ = bookkeeper.await;
    store.close().await;
    assert_eq!(reports.len(), 1);
    reports.pop().map(|done| done.report).unwrap_or_default()
}

/// A read connection to a test database.
pub async fn pool(db: &Path) -> SqlitePool {
    SqlitePool::connect(&format!("sqlite://{}", db.display())).await.unwrap_or_else(|e| panic!("{e}"))
}

pub async fn count(db: &Path, sql: &'static str) -> i64 {
    let pool = pool(db).await;
    let n = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    pool.close().await;
    n
}

/// `(url, outcome, reason)` of every fetch-log row of pages and listings, in order.
pub async fn log_rows(db: &Path) -> Vec<(String, String, Option<String>, Option<i64>)> {
    let pool = pool(db).await;
    let rows = sqlx::query_as("SELECT url, outcome, reason, status FROM fetch_log WHERE kind <> 'robots' ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    pool.close().await;
    rows
}

/// The error text of the last fetch-log row for `url`.
pub async fn last_error(db: &Path, url: &str) -> String {
    let pool = pool(db).await;
    let error: Option<String> =
        sqlx::query_scalar("SELECT error FROM fetch_log WHERE url = ? ORDER BY id DESC LIMIT 1")
            .bind(url)
            .fetch_optional(&pool)
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten();
    pool.close().await;
    error.unwrap_or_default()
}

/// An article page with a few paragraphs of distinct text.
pub fn page(title: &str, text: &str) -> String {
    let mut html = format!("<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>");
    for n in 0..3 {
        html += &format!(
            "<p>{text} The council met on Tuesday to discuss paragraph {n} of the plan, and members agreed \
             that the work on the northern embankment should continue through the winter months.</p>"
        );
    }
    html += "</article></body></html>";
    html
}

/// A raw server on 127.0.0.1 that hands each connection to `handler`; its base URL.
pub async fn raw_server<F, Fut>(handler: F) -> String
where
    F: Fn(TcpStream) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap_or_else(|e| panic!("{e}"));
    let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(handler(stream));
        }
    });
    format!("http://{addr}")
}

/// Read a request head (robots.txt or the page), returning its path.
pub async fn read_request(stream: &mut TcpStream) -> Option<String> {
    use tokio::io::AsyncReadExt;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 16 * 1024 {
        if stream.read(&mut byte).await.ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    head.split_whitespace().nth(1).map(str::to_owned)
}

/// Answer a robots.txt request with 404 and close.
pub async fn robots_404(stream: &mut TcpStream) {
    let _ = stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").await;
}

/// A 200 response with an HTML page.
pub fn html(body: String) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.into_bytes(), "text/html; charset=utf-8")
}

/// Answer GET requests for `at` with `response`.
pub async fn serve(server: &MockServer, at: &str, response: ResponseTemplate) {
    Mock::given(method("GET")).and(path(at)).respond_with(response).mount(server).await;
}
