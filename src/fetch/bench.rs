//! Fetch throughput: a local HTTP server with generated pages and a sitemap listing them,
//! fetched with the politeness delay off, cleaned and stored. What `rinse bench-fetch`
//! (and `make bench`) measures: pages per second into the database.

use std::io;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use super::config::{FetchSettings, parse_network};
use super::crawl::{Engine, Seed};
use super::db::Bookkeeper;
use super::{Fetcher, Stop};
use crate::cli::progress::Progress;
use crate::store::Store;

/// Largest request head the bench server reads.
const MAX_REQUEST_HEAD: usize = 16 * 1024;
/// Paragraphs per generated page.
const PARAGRAPHS_PER_PAGE: usize = 6;

/// A local site of `pages` generated articles at `/p/N` and a sitemap at `/sitemap.xml`.
pub struct LocalSite {
    pub addr: SocketAddr,
    task: JoinHandle<()>,
}

impl LocalSite {
    /// Start the site on 127.0.0.1 (a free port).
    pub async fn start(pages: usize) -> io::Result<LocalSite> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve_connection(stream, pages, addr));
            }
        });
        Ok(LocalSite { addr, task })
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for LocalSite {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Answer requests on one keep-alive connection until the client closes it.
async fn serve_connection(mut stream: TcpStream, pages: usize, addr: SocketAddr) {
    let _ = stream.set_nodelay(true);
    let mut buffer = Vec::with_capacity(1024);
    loop {
        let head_end = loop {
            if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break end + 4;
            }
            if buffer.len() > MAX_REQUEST_HEAD {
                return;
            }
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(chunk.get(..n).unwrap_or_default()),
            }
        };
        let head = String::from_utf8_lossy(buffer.get(..head_end).unwrap_or_default()).into_owned();
        buffer.drain(..head_end);
        let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
        let (status, content_type, body) = respond(&path, pages, addr);
        // Head and body in one write: two small writes would meet Nagle's algorithm and the
        // client's delayed ACK, and measure a 40 ms stall per page instead of rinse.
        let mut response =
            format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", body.len());
        response.push_str(&body);
        if stream.write_all(response.as_bytes()).await.is_err() {
            return;
        }
    }
}

fn respond(path: &str, pages: usize, addr: SocketAddr) -> (&'static str, &'static str, String) {
    if path == "/sitemap.xml" {
        let mut xml =
            String::from("<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for n in 0..pages {
            xml += &format!("<url><loc>http://{addr}/p/{n}</loc></url>\n");
        }
        xml += "</urlset>\n";
        return ("200 OK", "application/xml", xml);
    }
    match path.strip_prefix("/p/").and_then(|n| n.parse::<usize>().ok()) {
        Some(n) if n < pages => ("200 OK", "text/html; charset=utf-8", article(n)),
        _ => ("404 Not Found", "text/plain", "not found".to_owned()),
    }
}

/// A plausible article page: navigation, a body of distinct paragraphs, a footer.
pub fn article(n: usize) -> String {
    let mut html = format!(
        "<!doctype html><html lang=en><head><title>Report {n} on river levels</title></head><body>\
         <nav><a href=/>Home</a> <a href=/news>News</a> <a href=/about>About</a></nav><article><h1>Report {n}</h1>"
    );
    for p in 0..PARAGRAPHS_PER_PAGE {
        html += &format!(
            "<p>Measurement {n}.{p}: the water level at the northern gauge rose by {} centimetres overnight, \
             engineers said on Tuesday, and the council expects the embankment work to finish before the \
             spring floods arrive in the valley.</p>",
            (n * 7 + p * 3) % 97
        );
    }
    html += "</article><footer>© The River Gazette. All rights reserved.</footer></body></html>";
    html
}

/// What one benchmark run measured.
#[derive(Debug, Clone)]
pub struct BenchResult {
    pub pages: usize,
    pub stored: u64,
    pub failed: u64,
    pub elapsed: Duration,
}

impl BenchResult {
    pub fn pages_per_second(&self) -> f64 {
        self.stored as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Serve `pages` pages locally and fetch them (through the sitemap) into the database at
/// `db` with `concurrency` requests at once and no politeness delay.
pub async fn bench_fetch(db: &Path, pages: usize, concurrency: usize) -> anyhow::Result<BenchResult> {
    let site = LocalSite::start(pages).await?;
    let concurrency = concurrency.clamp(1, 16);
    let settings = FetchSettings {
        concurrency,
        per_host_connections: concurrency,
        per_host_delay: Duration::ZERO,
        max_urls_per_source: pages.max(1),
        allow_private_networks: vec![parse_network("127.0.0.1/32").map_err(anyhow::Error::msg)?],
        ..FetchSettings::default()
    };
    let store = Store::open(db).await?;
    let (book, bookkeeper) = Bookkeeper::spawn(store.clone());
    let fetcher = Arc::new(Fetcher::new(settings, book.clone())?);
    let mut engine = Engine::new(Arc::clone(&fetcher), store.clone(), book, Stop::never(), Progress::new(false));
    let started = Instant::now();
    let seed = Seed { name: "bench".to_owned(), url: url::Url::parse(&site.url("/sitemap.xml"))? };
    engine.start_run("bench-fetch", &[], vec![seed]).await?;
    let mut counts = crate::store::ImportCounts::default();
    while !engine.is_idle() {
        for run in engine.drive(None).await.runs {
            counts.add(&run.report.counts());
        }
    }
    let elapsed = started.elapsed();
    drop(engine);
    drop(fetcher);
    let _ = bookkeeper.await;
    store.close().await;
    Ok(BenchResult { pages, stored: counts.stored, failed: counts.failed, elapsed })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_bench_stores_every_page() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let result = bench_fetch(&dir.path().join("b.db"), 20, 4).await.unwrap_or_else(|e| panic!("{e:#}"));
        assert_eq!((result.stored, result.failed), (20, 0), "{result:?}");
        assert!(result.pages_per_second() > 0.0);
    }
}
