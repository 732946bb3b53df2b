//! The fetch commands as a user runs them: `rinse run` stopped by SIGTERM part way, and
//! `rinse run --once` resuming from the schedule stored in the database. The servers are on
//! 127.0.0.1.

mod fetch_common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fetch_common::{count, html, page, serve};
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

const RINSE: &str = env!("CARGO_BIN_EXE_rinse");

fn write_config(dir: &Path, body: &str) -> std::path::PathBuf {
    let config = dir.join("sources.toml");
    let settings = r#"[settings]
user_agent = "rinse-test/1 (+https://example.org/tests)"
per_host_delay = "0s"
retry_base_delay = "10ms"
allow_private_networks = ["127.0.0.1/32"]
"#;
    std::fs::write(&config, format!("{settings}\n{body}")).unwrap_or_else(|e| panic!("{e}"));
    config
}

fn rinse(args: &[&str]) -> Command {
    let mut command = Command::new(RINSE);
    command.args(args).env_remove("RINSE_DB").env("RUST_LOG", "rinse=warn").stdin(Stdio::null());
    command
}

/// Send SIGTERM to `child` and wait for it to exit; past `limit`, kill it and fail.
async fn sigterm_and_wait(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    assert!(status.is_ok_and(|s| s.success()));
    let stopped = Instant::now();
    loop {
        if let Ok(Some(exit)) = child.try_wait() {
            return exit;
        }
        if stopped.elapsed() > limit {
            let _ = child.kill();
            panic!("rinse did not stop within {limit:?} of SIGTERM");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn page_hits(server: &MockServer, at: &str) -> usize {
    server.received_requests().await.unwrap_or_default().iter().filter(|r| r.url.path() == at).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_during_a_run_leaves_only_whole_documents() {
    let server = MockServer::start().await;
    let base = server.uri();
    let pages = 120;
    let mut sitemap = String::from(r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#);
    for n in 0..pages {
        sitemap += &format!("<url><loc>{base}/p/{n}</loc></url>");
    }
    sitemap += "</urlset>";
    Mock::given(method("GET"))
        .and(path("/sitemap.xml"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(sitemap, "application/xml"))
        .mount(&server)
        .await;
    // Slow pages, so the run is still going when the signal comes.
    let body = page("Slow page", "A page that takes a while to arrive.");
    Mock::given(method("GET"))
        .and(path_regex("^/p/[0-9]+$"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(body.into_bytes(), "text/html")
                .set_delay(Duration::from_millis(40)),
        )
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("rinse.db");
    let config = write_config(
        dir.path(),
        &format!("[[source]]\nname = \"site\"\nurl = \"{base}/sitemap.xml\"\nevery = \"1h\"\n"),
    );
    // Each page has the same text, so make them distinct documents by URL: they are.
    let mut child = rinse(&["run", "--config", &config.to_string_lossy(), "--db", &db.to_string_lossy()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));

    // Wait until some pages are stored, then ask it to stop.
    let started = Instant::now();
    loop {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let stored = if db.exists() {
            sqlx::sqlite::SqlitePool::connect(&format!("sqlite://{}?mode=ro", db.display())).await.ok().map(
                |pool| async move {
                    let n: i64 =
                        sqlx::query_scalar("SELECT COUNT(*) FROM documents").fetch_one(&pool).await.unwrap_or(0);
                    pool.close().await;
                    n
                },
            )
        } else {
            None
        };
        let stored = match stored {
            Some(counting) => counting.await,
            None => 0,
        };
        if stored >= 5 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "no page stored in 30 s");
    }
    let exit = sigterm_and_wait(&mut child, Duration::from_secs(20)).await;
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(exit.success(), "exit {exit:?}\n{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("Interrupted"), "{stdout}");

    let pool = fetch_common::pool(&db).await;
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&pool).await.unwrap_or_default();
    assert_eq!(integrity, "ok");
    let documents = count(&db, "SELECT COUNT(*) FROM documents").await;
    assert!(documents >= 5 && documents < pages, "stopped part way: {documents} of {pages}");
    // Whole documents: each has its body, its full-text entry and its fetch-log row.
    assert_eq!(count(&db, "SELECT COUNT(*) FROM documents WHERE body = '' OR content_hash = ''").await, 0);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM documents_fts").await, documents);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM fetch_log WHERE outcome = 'stored'").await, documents);
    let status: String = sqlx::query_scalar("SELECT status FROM imports").fetch_one(&pool).await.unwrap_or_default();
    assert_eq!(status, "interrupted");
    let stored: i64 = sqlx::query_scalar("SELECT stored FROM imports").fetch_one(&pool).await.unwrap_or_default();
    assert_eq!(stored, documents, "the import's count agrees with what is stored");
    let state: String = sqlx::query_scalar("SELECT last_status FROM fetch_schedule WHERE source = 'site'")
        .fetch_one(&pool)
        .await
        .unwrap_or_default();
    assert_eq!(state, "interrupted", "the next start resumes this source at once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_lets_a_slow_fetch_finish_while_another_source_falls_due() {
    // One source's page is slow; the other's comes back every second. The signal comes while
    // the slow page is in flight and the other source is idle, soon due again.
    let server = MockServer::start().await;
    let base = server.uri();
    let slow = html(page("Slow", "A page that takes three seconds to arrive.")).set_delay(Duration::from_secs(3));
    serve(&server, "/slow", slow).await;
    serve(&server, "/quick", html(page("Quick", "A page that comes back at once."))).await;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("rinse.db");
    let config = write_config(
        dir.path(),
        &format!(
            "[[source]]\nname = \"slow\"\nurl = \"{base}/slow\"\nevery = \"1h\"\n\n\
             [[source]]\nname = \"quick\"\nurl = \"{base}/quick\"\nevery = \"1s\"\n"
        ),
    );
    let mut child = rinse(&["run", "--config", &config.to_string_lossy(), "--db", &db.to_string_lossy()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let exit = sigterm_and_wait(&mut child, Duration::from_secs(15)).await;
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert!(exit.success(), "exit {exit:?}\n{}", String::from_utf8_lossy(&output.stderr));
    // The slow page finished and was stored; its source has a schedule to resume from.
    assert_eq!(count(&db, "SELECT COUNT(*) FROM documents WHERE title = 'Slow'").await, 1);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM fetch_schedule WHERE source = 'slow'").await, 1);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM imports WHERE status = 'running'").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_once_resumes_from_the_stored_schedule() {
    let server = MockServer::start().await;
    let base = server.uri();
    serve(&server, "/page", html(page("Schedule", "A page fetched on a schedule."))).await;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("rinse.db");
    let config =
        write_config(dir.path(), &format!("[[source]]\nname = \"hourly\"\nurl = \"{base}/page\"\nevery = \"1h\"\n"));
    let run_once = || {
        let output = rinse(&["run", "--once", "--config", &config.to_string_lossy(), "--db", &db.to_string_lossy()])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
        stdout
    };

    let first = run_once();
    assert!(first.contains("stored            1"), "{first}");
    assert_eq!(page_hits(&server, "/page").await, 1);

    // Within the hour: nothing is due, nothing is fetched.
    let second = run_once();
    assert!(second.contains("No source is due"), "{second}");
    assert_eq!(page_hits(&server, "/page").await, 1);
    let check = rinse(&["run", "--check", "--config", &config.to_string_lossy(), "--db", &db.to_string_lossy()])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let plan = String::from_utf8_lossy(&check.stdout);
    assert!(plan.contains("hourly") && plan.contains("every 1h") && plan.contains("next "), "{plan}");

    // Two hours later (as far as the stored schedule knows): due again.
    let pool = fetch_common::pool(&db).await;
    sqlx::query("UPDATE fetch_schedule SET last_started_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-2 hours')")
        .execute(&pool)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    pool.close().await;
    let third = run_once();
    assert!(third.contains("unchanged         1"), "{third}");
    assert_eq!(page_hits(&server, "/page").await, 2);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM imports WHERE command = 'run'").await, 2);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM fetch_schedule WHERE last_status = 'completed'").await, 1);
}

#[test]
fn check_names_the_file_and_key_of_a_mistake() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let config = write_config(dir.path(), "[[source]]\nname = \"a\"\nurl = \"https://example.org/\"\nevry = \"1h\"\n");
    let output =
        rinse(&["run", "--check", "--config", &config.to_string_lossy()]).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("sources.toml") && stderr.contains("evry"), "{stderr}");
}
