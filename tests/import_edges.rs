//! `rinse import` at the edges users reach: odd file names, compressed dumps, and the
//! arguments recorded for each import. Real files in a temporary folder, a real database.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output};

mod cli_common;

use cli_common::{command, rinse, text, write};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, Row};

/// A page body long enough to be main text, unique per `n`.
fn article(n: usize) -> String {
    format!(
        "Home\nWorld\nSports\nBusiness\n\nStory number {n} on the harbour works\n\n\
         The council said on Tuesday that the harbour works of story {n} would start in March, and that the budget had been approved by a large majority.\n\n\
         Residents of the old quarter welcomed the news about story {n}, though several shop owners worried about months of noise and closed streets.\n\n\
         The mayor promised a second public meeting on story {n} before the end of the month, where the detailed plans would be shown.\n\n\
         © 2026 Example News. All rights reserved.\n"
    )
}

/// The rows of a one-column query, as text.
fn column(db: &Path, sql: &'static str) -> Vec<String> {
    try_column(db, sql).unwrap_or_else(|e| panic!("{sql} on {}: {e}", db.display()))
}

fn try_column(db: &Path, sql: &'static str) -> Result<Vec<String>, sqlx::Error> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap_or_else(|e| panic!("{e}"));
    runtime.block_on(async {
        let mut c = SqliteConnectOptions::new().filename(db).connect().await?;
        let rows = sqlx::query(sql).fetch_all(&mut c).await;
        let _ = c.close().await;
        rows?.iter().map(|r| r.try_get::<String, _>(0)).collect()
    })
}

#[cfg(unix)]
#[test]
fn a_path_argument_that_is_not_utf8_is_imported_and_recorded() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let latin1 = OsStr::from_bytes(b"caf\xE9.txt");
    write(dir.path(), latin1, article(1));
    let out = rinse(&[OsStr::new("import"), OsStr::new("--db"), OsStr::new("t.db"), latin1], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}\n{}", text(&out.stdout), text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Import #1 into t.db: 1 file, "), "{}", text(&out.stdout));
    let db = dir.path().join("t.db");
    assert_eq!(column(&db, "SELECT source FROM documents"), ["caf\\xE9.txt"]);
    // The arguments after the command, as docs/schema.md shows them.
    assert_eq!(column(&db, "SELECT arguments FROM imports"), ["[\"--db\",\"t.db\",\"caf\u{FFFD}.txt\"]"]);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, bytes).unwrap_or_else(|e| panic!("{e}"));
    gz.finish().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn gzipped_dumps_are_imported_and_a_truncated_one_fails() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "in/a.txt.gz", gzip(article(1).as_bytes()));
    let page: String = article(2).split("\n\n").map(|p| format!("<p>{p}</p>")).collect();
    write(dir.path(), "in/b.html.gz", gzip(page.as_bytes()));
    let whole = gzip(article(3).repeat(20).as_bytes());
    write(dir.path(), "in/c.txt.gz", whole.get(..whole.len() / 2).unwrap_or_default());
    let out = rinse(&["import", "--db", "t.db", "in"], dir.path());
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "a truncated file fails the import\n{stdout}");
    assert!(stdout.contains("in/c.txt.gz: bad_archive (gzip stream is damaged or truncated"), "{stdout}");
    let db = dir.path().join("t.db");
    assert_eq!(column(&db, "SELECT source FROM documents ORDER BY source"), ["in/a.txt.gz", "in/b.html.gz"]);
    assert_eq!(column(&db, "SELECT input_kind FROM documents ORDER BY source"), ["text", "html"]);
}

fn rinse_with_stdin(args: &[&str], dir: &Path, input: &str) -> Output {
    use std::io::Write;
    let mut child = piped(args, dir);
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    }
    child.wait_with_output().unwrap_or_else(|e| panic!("{e}"))
}

/// `rinse ARGS` started in `dir` with its standard streams piped.
fn piped(args: &[&str], dir: &Path) -> std::process::Child {
    command(args, dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run rinse: {e}"))
}

#[test]
fn pages_piped_in_one_after_another_are_separate_documents() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (n, expected) in [(1, "1 new"), (2, "1 new"), (1, "unchanged         1")] {
        let out = rinse_with_stdin(&["import", "--db", "t.db", "-"], dir.path(), &article(n));
        assert!(text(&out.stdout).contains(expected), "page {n}: {}", text(&out.stdout));
    }
    let db = dir.path().join("t.db");
    // Both stay searchable: the second page is no new version of the first.
    assert_eq!(
        column(&db, "SELECT title FROM latest_documents ORDER BY id"),
        ["Story number 1 on the harbour works", "Story number 2 on the harbour works"]
    );
}

#[cfg(unix)]
#[test]
fn an_interrupted_import_exits_with_130() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "a.txt", article(1));
    // The file, then standard input, which stays open (and the import unfinished) until the
    // signal has been sent.
    let mut child = piped(&["import", "--db", "t.db", "a.txt", "-"], dir.path());
    let db = dir.path().join("t.db");
    let started = std::time::Instant::now();
    while !(db.exists() && try_column(&db, "SELECT status FROM imports").is_ok_and(|s| s == ["running"])) {
        assert!(started.elapsed() < std::time::Duration::from_secs(30), "the import did not start");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    assert!(status.is_ok_and(|s| s.success()));
    std::thread::sleep(std::time::Duration::from_millis(200));
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(130), "{}\n{}", text(&out.stdout), text(&out.stderr));
    assert!(text(&out.stdout).contains("Interrupted"), "{}", text(&out.stdout));
    assert_eq!(column(&db, "SELECT status FROM imports"), ["interrupted"]);
}

#[test]
fn importing_the_folder_that_holds_the_database_skips_the_database() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "a.txt", article(1));
    for _ in 0..2 {
        // The default ./rinse.db, inside the folder imported.
        let out = rinse(&["import", "."], dir.path());
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{stdout}");
        assert!(stdout.contains("skipped           0"), "{stdout}");
    }
}

#[test]
fn the_list_of_files_can_come_from_standard_input() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "a.txt", article(1));
    write(dir.path(), "b.txt", article(2));
    let out =
        rinse_with_stdin(&["import", "--db", "t.db", "--files-from", "-"], dir.path(), "a.txt\n# not this\n\nb.txt\n");
    assert_eq!(out.status.code(), Some(0), "{}\n{}", text(&out.stdout), text(&out.stderr));
    assert_eq!(column(&dir.path().join("t.db"), "SELECT source FROM documents ORDER BY source"), ["a.txt", "b.txt"]);
    // Standard input cannot be the list and a page at once.
    let out = rinse_with_stdin(&["import", "--db", "t.db", "--files-from", "-", "-"], dir.path(), "a.txt\n");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("standard input cannot hold both"), "{}", text(&out.stderr));
}

#[test]
fn a_null_separated_list_reaches_names_with_edge_spaces() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), " spaced .txt", article(1));
    write(dir.path(), "#tagged.txt", article(2));
    let list = " spaced .txt\0#tagged.txt\0";
    let out = rinse_with_stdin(&["import", "--db", "t.db", "--files-from", "-", "--null"], dir.path(), list);
    assert_eq!(out.status.code(), Some(0), "{}\n{}", text(&out.stdout), text(&out.stderr));
    assert_eq!(
        column(&dir.path().join("t.db"), "SELECT source FROM documents ORDER BY source"),
        [" spaced .txt", "#tagged.txt"]
    );
}

#[cfg(unix)]
#[test]
fn control_characters_in_a_file_name_cannot_forge_summary_lines() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let name = "a\nb: bad_archive (forged line)\x1b[31m.txt.gz";
    std::fs::write(dir.path().join(name), b"\x1f\x8b\x08\x00garbage").unwrap_or_else(|e| panic!("{e}"));
    let out = rinse(&["import", "--db", "t.db", "."], dir.path());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("a\\nb: bad_archive (forged line)\\x1B[31m.txt.gz"), "{stdout}");
    assert!(!stdout.lines().any(|line| line.starts_with("b: bad_archive")), "{stdout}");
    assert!(!stdout.contains('\x1b'), "{stdout}");
}

#[test]
fn a_folder_imported_under_another_spelling_is_unchanged() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "dumps/a.txt", article(1));
    let first = rinse(&["import", "--db", "t.db", "./dumps"], dir.path());
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    for spelling in ["dumps", "dumps/", "./dumps/./"] {
        let out = rinse(&["import", "--db", "t.db", spelling], dir.path());
        let stdout = text(&out.stdout);
        assert!(stdout.contains("unchanged         1"), "{spelling}: {stdout}");
    }
    let db = dir.path().join("t.db");
    assert_eq!(column(&db, "SELECT source_key FROM documents"), ["source:dumps/a.txt"]);
}

#[test]
fn a_dump_past_the_block_limit_is_stored_cut_short_and_says_so() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // One line more than the cleaner reads of one page, then a last one.
    let mut dump: String = (0..50_000).map(|i| format!("Entry {i} of the harbour log.\n")).collect();
    dump.push_str("The very last entry.\n");
    write(dir.path(), OsStr::new("log.txt"), dump);
    let out = rinse(&["import", "--db", "t.db", "log.txt"].map(OsStr::new), dir.path());
    assert_eq!(out.status.code(), Some(0), "{}\n{}", text(&out.stdout), text(&out.stderr));
    let summary = text(&out.stdout);
    assert!(summary.contains("1  cut short"), "{summary}");
    assert!(summary.contains("log.txt: only its first 50000 blocks are stored"), "{summary}");
    let db = dir.path().join("t.db");
    let cut = column(&db, "SELECT rule || ' ' || chars FROM removals WHERE rule = 'block_limit'");
    // "The very last entry.\n": 21 characters.
    assert_eq!(cut, ["block_limit 21"]);
}

#[test]
fn a_page_of_too_many_elements_is_stored_cut_short_and_says_so() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let body: String = (0..6)
        .map(|i| {
            format!("<p>Paragraph {i} of the report tells how the harbour board voted on the new quay and why.</p>")
        })
        .collect();
    // More elements than the parser builds for one page, then a paragraph it never reaches.
    let page = format!(
        "<html><head><title>Harbour report</title></head><body><article>{body}{}<p>Never reached.</p></article></body></html>",
        "<br>".repeat(210_000)
    );
    write(dir.path(), OsStr::new("flood.html"), page);
    let out = rinse(&["import", "--db", "t.db", "flood.html"].map(OsStr::new), dir.path());
    assert_eq!(out.status.code(), Some(0), "{}\n{}", text(&out.stdout), text(&out.stderr));
    let summary = text(&out.stdout);
    assert!(summary.contains("1  cut short"), "{summary}");
    assert!(summary.contains("flood.html: its markup is read only up to where the parse was cut"), "{summary}");
    let db = dir.path().join("t.db");
    assert_eq!(column(&db, "SELECT rule FROM removals WHERE rule = 'markup_limit' AND chars > 0"), ["markup_limit"]);
    let bodies = column(&db, "SELECT body FROM documents");
    assert!(bodies.len() == 1 && bodies[0].contains("Paragraph 5 of the report"), "{bodies:?}");
    assert!(!bodies[0].contains("Never reached"), "{bodies:?}");
}

/// Run one statement on the database, as another tool would.
fn execute(db: &Path, sql: &'static str) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap_or_else(|e| panic!("{e}"));
    runtime
        .block_on(async {
            let mut c = SqliteConnectOptions::new().filename(db).connect().await?;
            sqlx::query(sql).execute(&mut c).await?;
            c.close().await
        })
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

#[test]
fn an_import_left_running_by_a_killed_process_is_marked_interrupted() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), OsStr::new("a.txt"), article(1));
    let db = dir.path().join("t.db");
    let import = || rinse(&["import", "--db", "t.db", "a.txt"].map(OsStr::new), dir.path());
    assert_eq!(import().status.code(), Some(0));
    // What `kill -9` leaves: the row still running, nothing finished.
    execute(&db, "UPDATE imports SET status = 'running', finished_at = NULL");

    // Near miss: while another writer holds the lock, the row may be its own.
    let lock = std::fs::File::open(dir.path().join("t.db.rinse-lock")).unwrap_or_else(|e| panic!("{e}"));
    lock.lock_shared().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(import().status.code(), Some(0));
    assert_eq!(column(&db, "SELECT status FROM imports ORDER BY id"), ["running", "completed"]);
    drop(lock);

    assert_eq!(import().status.code(), Some(0));
    assert_eq!(
        column(&db, "SELECT status || ' ' || coalesce(finished_at, '-') FROM imports WHERE id = 1"),
        ["interrupted -"]
    );
    assert_eq!(column(&db, "SELECT status FROM imports ORDER BY id"), ["interrupted", "completed", "completed"]);
}

#[test]
fn a_page_linked_with_analytics_parameters_is_the_page_linked_bare() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let line = |url: &str, n: usize| serde_json::json!({ "url": url, "text": article(n) }).to_string();
    let jsonl = [
        line("https://News.Example.org/a?utm_source=rss&utm_medium=rss#comments", 1),
        line("https://news.example.org/a", 1),
        // Near miss: a parameter that names another page.
        line("https://news.example.org/a?page=2&fbclid=Zx9", 2),
    ]
    .join("\n");
    write(dir.path(), "pages.jsonl", jsonl);
    let out = rinse(&["import", "--db", "t.db", "pages.jsonl"], dir.path());
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", text(&out.stderr));
    assert!(stdout.contains("unchanged         1"), "{stdout}");
    let db = dir.path().join("t.db");
    assert_eq!(
        column(&db, "SELECT source_key FROM documents ORDER BY id"),
        ["url:https://news.example.org/a", "url:https://news.example.org/a?page=2"]
    );
    // The address is kept as it was given.
    assert_eq!(
        column(&db, "SELECT url FROM documents ORDER BY id"),
        [
            "https://News.Example.org/a?utm_source=rss&utm_medium=rss#comments",
            "https://news.example.org/a?page=2&fbclid=Zx9"
        ]
    );
}

#[test]
fn a_utf16_page_saved_without_its_byte_order_mark_is_read_as_html() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let html = "<!doctype html><html><head><title>Harbour works</title></head><body><nav>Home World Sports</nav>\
                <p>The council said on Tuesday that the harbour works would start in March, and that the budget had been approved.</p>\
                <p>Residents of the old quarter welcomed the news, though several shop owners worried about months of noise.</p></body></html>";
    let bytes: Vec<u8> = html.encode_utf16().flat_map(u16::to_le_bytes).collect();
    write(dir.path(), "saved-page", bytes);
    let out = rinse(&["import", "--db", "t.db", "saved-page"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}\n{}", text(&out.stdout), text(&out.stderr));
    let db = dir.path().join("t.db");
    assert_eq!(column(&db, "SELECT input_kind || ' ' || encoding FROM documents"), ["html UTF-16LE"]);
    let body = column(&db, "SELECT body FROM documents");
    assert!(body[0].starts_with("The council said") && !body[0].contains('<'), "{body:?}");
}
