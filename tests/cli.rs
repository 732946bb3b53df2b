//! The command line end to end: real files in a temporary folder, a real SQLite database.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod cli_common;

use cli_common::{command, rinse, text, write};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, Row, SqliteConnection};

/// A page body long enough to be main text, unique per `n`.
fn article(n: usize) -> String {
    format!(
        "Home\nWorld\nSports\nBusiness\nTech\nVideo\n\nStory number {n} on the talks\n\n\
         The minister said on Tuesday that talks on story {n} would resume in Geneva next week, and that both sides had agreed to the terms.\n\n\
         Officials from both delegations confirmed the schedule of story {n}, adding that observers from three countries would attend the first round.\n\n\
         Critics said the plan for story {n} left many questions open, among them who would monitor the ceasefire and for how long it would hold.\n\n\
         © 2026 Example News. All rights reserved.\n"
    )
}

async fn connect(db: &Path) -> SqliteConnection {
    SqliteConnectOptions::new()
        .filename(db)
        .connect()
        .await
        .unwrap_or_else(|e| panic!("cannot open {}: {e}", db.display()))
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap_or_else(|e| panic!("{e}")).block_on(f)
}

fn count(db: &Path, sql: &'static str) -> i64 {
    block_on(async {
        let mut c = connect(db).await;
        let n: i64 = sqlx::query(sql).fetch_one(&mut c).await.unwrap_or_else(|e| panic!("{sql}: {e}")).get(0);
        let _ = c.close().await;
        n
    })
}

#[test]
fn importing_the_same_files_twice_stores_nothing_new() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for i in 0..5 {
        write(dir.path(), format!("pages/{i}.txt"), article(i));
    }
    let first = rinse(&["import", "--db", "t.db", "pages"], dir.path());
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(text(&first.stdout).contains("stored            5"), "{}", text(&first.stdout));
    let second = rinse(&["import", "--db", "t.db", "pages"], dir.path());
    assert!(second.status.success());
    assert!(text(&second.stdout).contains("unchanged         5"), "{}", text(&second.stdout));
    let db = dir.path().join("t.db");
    assert_eq!(count(&db, "SELECT count(*) FROM documents"), 5);
    assert_eq!(count(&db, "SELECT count(*) FROM imports"), 2);
    // Boilerplate went, with its rule recorded; the body stayed.
    assert_eq!(count(&db, "SELECT count(*) FROM documents WHERE body LIKE '%All rights reserved%'"), 0);
    assert_eq!(count(&db, "SELECT count(*) FROM documents WHERE body LIKE '%observers from three countries%'"), 5);
    assert!(count(&db, "SELECT count(*) FROM removals") > 0);
    assert_eq!(count(&db, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'geneva'"), 5);
}

#[test]
fn a_changed_file_becomes_a_new_version_linked_to_the_old() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "page.txt", article(1));
    assert!(rinse(&["import", "--db", "t.db", "page.txt"], dir.path()).status.success());
    write(dir.path(), "page.txt", article(1).replace("three countries", "four countries"));
    let out = rinse(&["import", "--db", "t.db", "page.txt"], dir.path());
    assert!(text(&out.stdout).contains("1 new versions"), "{}", text(&out.stdout));
    let db = dir.path().join("t.db");
    assert_eq!(count(&db, "SELECT count(*) FROM documents"), 2);
    assert_eq!(
        count(&db, "SELECT count(*) FROM latest_documents WHERE body LIKE '%four countries%' AND version = 2"),
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM documents a JOIN documents b ON b.previous_id = a.id AND a.superseded_by = b.id"
        ),
        1
    );
}

#[test]
fn bad_inputs_are_reported_counted_and_do_not_stop_the_import() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let inputs = dir.path().join("in");
    write(&inputs, "a-good.txt", article(1));
    write(&inputs, "b-empty.txt", "");
    write(&inputs, "c-binary.bin", [0x89u8, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    // UTF-8 with a stray invalid byte: decoded as UTF-8, the bad byte replaced and counted.
    let mut broken = article(2).replace("talks on", "naïve café talks on").into_bytes();
    broken.extend_from_slice("Their résumé of the crème brûlée talks ended \u{2014} ".as_bytes());
    broken.extend_from_slice(b"\xff with one broken byte in the closing line of the story.\n");
    write(&inputs, "d-invalid-utf8.txt", broken);
    write(
        &inputs,
        "e-pages.jsonl",
        format!(
            "{}\nthis is not json\n{}\n",
            serde_json::json!({"url": "https://example.org/a", "text": article(3)}),
            serde_json::json!({"url": "https://example.org/b", "text": article(4)})
        ),
    );
    let truncated = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/read/truncated.warc.gz");
    std::fs::copy(&truncated, inputs.join("f-truncated.warc.gz")).unwrap_or_else(|e| panic!("{e}"));
    // One 50 MB line: larger than the per-page limit, refused without being read whole.
    write(&inputs, "g-one-line.txt", "word ".repeat(10 * 1024 * 1024));
    write(&inputs, "h-good.txt", article(5));
    // The story, then 100 000 nested elements: read up to where nesting passes 512 levels
    // (html5ever would otherwise take quadratic time, a quarter of a minute here).
    let paragraphs: String = article(6).split("\n\n").map(|p| format!("<p>{p}</p>")).collect();
    let deep = format!("<html><body><article>{paragraphs}</article>{}x</body></html>", "<div>".repeat(100_000));
    write(&inputs, "i-deep.html", deep);

    let out = rinse(&["import", "--db", "t.db", "in"], dir.path());
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "failures set exit status 1\n{stdout}\n{stderr}");
    assert!(
        stderr.lines().any(|l| l.contains("i-deep.html") && l.contains("nests elements too deeply")),
        "the cut is logged with the page's name:\n{stderr}"
    );
    for expected in [
        "e-pages.jsonl#L2: bad_json",
        "f-truncated.warc.gz",
        "bad_archive",
        "g-one-line.txt: too_large",
        "empty: 1",
        "binary: 1",
    ] {
        assert!(stdout.contains(expected), "summary lacks {expected:?}:\n{stdout}");
    }
    let db = dir.path().join("t.db");
    // The good files, the invalid-UTF-8 one (decoded with replacements), both good JSONL
    // lines and the intact WARC records were all stored.
    assert!(
        count(&db, "SELECT count(*) FROM documents WHERE source LIKE '%a-good.txt' OR source LIKE '%h-good.txt'") == 2
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM documents WHERE source LIKE '%i-deep.html' AND body LIKE '%Critics said the plan%'"
        ),
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM documents WHERE source LIKE '%d-invalid-utf8.txt' AND encoding = 'UTF-8' AND replaced_bytes = 1"
        ),
        1
    );
    assert_eq!(count(&db, "SELECT count(*) FROM documents WHERE source LIKE '%e-pages.jsonl#%'"), 2);
    // The records before the damage were read and processed (stored or skipped on their own
    // merits), the damage itself is one bad_archive failure.
    assert!(
        count(&db, "SELECT count(*) FROM documents WHERE source LIKE '%f-truncated.warc.gz@%'")
            + count(
                &db,
                "SELECT count(*) FROM import_problems WHERE source LIKE '%f-truncated.warc.gz@%' AND reason <> 'bad_archive'"
            )
            >= 2
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM import_problems WHERE source LIKE '%f-truncated.warc.gz@%' AND reason = 'bad_archive'"
        ),
        1
    );
    assert_eq!(
        count(&db, "SELECT count(*) FROM import_problems WHERE reason = 'too_large' AND source LIKE '%g-one-line.txt'"),
        1
    );
    assert_eq!(
        count(&db, "SELECT failed FROM imports"),
        count(&db, "SELECT count(*) FROM import_problems WHERE outcome = 'failed'")
    );
}

#[test]
fn extract_prints_one_json_object_per_page_and_explains_removals() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "page.txt", article(7));
    let out = rinse(&["extract", "--explain", "page.txt"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1);
    let v: serde_json::Value = serde_json::from_str(lines[0]).unwrap_or_else(|e| panic!("{e}: {}", lines[0]));
    for key in ["source", "url", "title", "author", "published", "site", "language", "text", "removed"] {
        assert!(v.get(key).is_some(), "missing {key} in {v}");
    }
    let body = v["text"].as_str().unwrap_or_default();
    assert!(body.contains("observers from three countries"));
    assert!(body.contains("\n\n"), "paragraphs are separated by one blank line");
    assert!(!body.contains("Sports"));
    let removed = v["removed"].as_array().cloned().unwrap_or_default();
    assert!(removed.iter().any(|r| r["text"] == "Sports" && r["rule"].as_str().is_some_and(|s| !s.is_empty())));
    // --as html treats the same bytes as markup; without --explain there is no "removed".
    let out = rinse(&["extract", "--as", "html", "page.txt"], dir.path());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert!(v.get("removed").is_none());
}

#[test]
fn search_finds_pages_and_explains_a_query_it_cannot_run() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "pages/1.txt", article(1));
    let imported = rinse(&["import", "--db", "t.db", "pages"], dir.path());
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    let found = rinse(&["search", "--db", "t.db", "geneva"], dir.path());
    assert!(found.status.success(), "{}", text(&found.stderr));
    assert!(text(&found.stdout).contains("[Geneva]"), "{}", text(&found.stdout));
    // `-` reads as a column filter in FTS5: the error says so once, with the fix.
    let refused = rinse(&["search", "--db", "t.db", "covid-19"], dir.path());
    let message = text(&refused.stderr);
    assert_eq!(refused.status.code(), Some(2));
    assert_eq!(message.matches("no such column: 19").count(), 1, "{message}");
    assert!(message.contains("double quotes"), "{message}");
    let quoted = rinse(&["search", "--db", "t.db", "\"covid-19\""], dir.path());
    assert!(quoted.status.success(), "{}", text(&quoted.stderr));
    // Asking for no results is a mistake, not "no document matches".
    let none = rinse(&["search", "--db", "t.db", "--limit", "0", "geneva"], dir.path());
    assert_eq!(none.status.code(), Some(2));
    assert!(!text(&none.stdout).contains("No document matches"));
}

#[test]
fn a_chinese_search_that_finds_nothing_says_how_to_find_a_part_of_a_run() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let body = "长江大桥维修工程今天正式开始，预计持续三个月。\n\n市政府表示，维修期间将增加公交班次，方便市民出行，并在周末安排临时渡轮。\n";
    write(dir.path(), "bridge.txt", format!("长江大桥开始维修\n\n{body}"));
    let imported = rinse(&["import", "--db", "t.db", "bridge.txt"], dir.path());
    assert!(imported.status.success(), "{}", text(&imported.stdout));
    let out = rinse(&["search", "--db", "t.db", "大桥"], dir.path());
    let said = text(&out.stdout);
    assert!(said.contains("No document matches"), "{said}");
    assert!(said.contains("sqlite3 t.db \"SELECT id, title FROM latest_documents WHERE body LIKE '%大桥%'"), "{said}");
    // Near miss: a search in a spaced script that finds nothing gets no such hint.
    let out = rinse(&["search", "--db", "t.db", "ferry"], dir.path());
    assert!(!text(&out.stdout).contains("LIKE"), "{}", text(&out.stdout));
}

#[test]
fn a_text_dump_with_a_url_and_no_site_in_its_title_takes_the_host() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let body = "Storm closes the old harbour bridge\n\nThe city council voted on Tuesday to close the old harbour bridge \
                after engineers found cracks in two of its supports.\n\nRepairs will take at least three months, the mayor said.";
    let line = |url: &str, title_line: &str| {
        serde_json::json!({"url": url, "text": format!("{title_line}{body}")}).to_string()
    };
    let lines = [
        line("https://www.harbour-times.example/news/1", ""),
        // Near miss: a title line that names the site keeps it.
        line("https://www.harbour-times.example/news/2", "Storm closes the old harbour bridge | Harbour Times\n\n"),
    ];
    write(dir.path(), "pages.jsonl", lines.join("\n"));
    let out = rinse(&["extract", "pages.jsonl"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let sites: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap_or_else(|e| panic!("{e}"))["site"].to_string())
        .collect();
    assert_eq!(sites, ["\"harbour-times.example\"", "\"Harbour Times\""]);
}

#[test]
fn a_closed_pipe_on_standard_output_is_no_crash() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "pages/1.txt", article(1));
    // `rinse … | head -0`: the reader is gone before anything is printed.
    let closed_pipe = |args: &[&str]| {
        let mut child = command(args, dir.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        drop(child.stdout.take());
        child.wait_with_output().unwrap_or_else(|e| panic!("{e}"))
    };
    for args in [&["import", "--db", "t.db", "pages"][..], &["search", "--db", "t.db", "geneva"], &["rules"]] {
        let output = closed_pipe(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {}", text(&output.stderr));
        assert!(!text(&output.stderr).contains("panicked"), "{args:?}: {}", text(&output.stderr));
    }
}

#[test]
fn help_documents_the_exit_status() {
    let out = rinse(&["import", "--help"], Path::new("."));
    let help = text(&out.stdout);
    assert!(help.contains("Exit status"), "{help}");
    assert!(help.contains("--files-from"));
    // `extract` stores nothing, and its help does not say it does.
    let out = rinse(&["extract", "--help"], Path::new("."));
    let help = text(&out.stdout);
    assert!(help.contains("every input was printed or skipped"), "{help}");
    assert!(!help.contains("stored") && !help.contains("database cannot"), "{help}");
    // `--as text` names the dumps it reads.
    assert!(help.contains("lynx") && help.contains("Markdown"), "{help}");
    let out = rinse(&["search", "--help"], Path::new("."));
    let help = text(&out.stdout);
    assert!(help.contains("Exit status") && help.contains("Query syntax"), "{help}");
}

#[test]
fn rules_lists_every_id_that_explain_and_the_removals_table_can_show() {
    let out = rinse(&["rules"], Path::new("."));
    let listed = text(&out.stdout);
    for id in [
        "cookie_banner",
        "navigation_element",
        "outside_main_text",
        "low_content_score",
        "repeated_text",
        "replaced_by_structured_body",
    ] {
        assert!(listed.lines().any(|l| l.split_whitespace().next() == Some(id)), "{id} missing:\n{listed}");
    }
    // One column for the descriptions, however long the longest id; each a sentence.
    let rows: Vec<&str> = listed.lines().filter(|l| l.starts_with("  ")).collect();
    let column = |row: &str| row.trim_start().find("  ").map(|gap| row.len() - row.trim_start().len() + gap);
    let starts: std::collections::BTreeSet<usize> = rows
        .iter()
        .filter_map(|row| column(row).map(|at| at + row[at..].len() - row[at..].trim_start().len()))
        .collect();
    assert_eq!(starts.len(), 1, "{listed}");
    for row in rows {
        let description = row.trim_start().split_once("  ").map(|(_, d)| d.trim()).unwrap_or_default();
        assert!(!description.starts_with(char::is_lowercase), "{row}");
        assert!(description.ends_with('.') || description.ends_with(".\""), "{row}");
    }
}

/// A second Ctrl-C exits at once, and still marks the import interrupted rather than leaving
/// it `running` for good.
#[cfg(unix)]
#[test]
fn a_second_ctrl_c_exits_at_once_and_marks_the_import_interrupted() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("t.db");
    // Standard input held open and silent: the import waits on it until stopped.
    let mut child = command(&["import", "--db", "t.db", "-"], dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    let running = || {
        block_on(async {
            let Ok(mut c) = SqliteConnectOptions::new().filename(&db).read_only(true).connect().await else {
                return 0;
            };
            let n = sqlx::query("SELECT count(*) FROM imports WHERE status = 'running'")
                .fetch_one(&mut c)
                .await
                .map(|r| r.get::<i64, _>(0))
                .unwrap_or(0);
            let _ = c.close().await;
            n
        })
    };
    while running() == 0 {
        assert!(started.elapsed() < Duration::from_secs(30), "the import did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    let interrupt = || Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    assert!(interrupt().is_ok_and(|s| s.success()));
    std::thread::sleep(Duration::from_millis(300));
    assert!(interrupt().is_ok_and(|s| s.success()));
    let exit = child.wait().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(exit.code(), Some(130));
    assert_eq!(count(&db, "SELECT count(*) FROM imports WHERE status = 'interrupted' AND finished_at IS NOT NULL"), 1);
}

/// A kill at any moment leaves a consistent database holding whole documents only, and a
/// rerun ends with every input exactly once.
#[test]
fn an_import_killed_with_sigkill_leaves_whole_documents_and_resumes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let files = 4000;
    for i in 0..files {
        write(dir.path(), format!("pages/{:05}.txt", i), article(i));
    }
    let db = dir.path().join("t.db");
    let mut child = command(&["import", "--db", "t.db", "pages"], dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    // Kill as soon as some batches are committed (the writer commits every 200 ms).
    let started = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(20));
        let stored = if db.exists() { block_on(try_count(&db)) } else { 0 };
        if stored > 0 || started.elapsed() > Duration::from_secs(60) {
            break;
        }
    }
    child.kill().unwrap_or_else(|e| panic!("{e}")); // SIGKILL on Unix
    let _ = child.wait();
    let stored_before = count(&db, "SELECT count(*) FROM documents");
    assert!(stored_before > 0 && stored_before < files as i64, "killed mid-way: {stored_before} of {files}");
    block_on(async {
        let mut c = connect(&db).await;
        let ok: String =
            sqlx::query("PRAGMA integrity_check").fetch_one(&mut c).await.map(|r| r.get(0)).unwrap_or_default();
        assert_eq!(ok, "ok");
        sqlx::query("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')")
            .execute(&mut c)
            .await
            .unwrap_or_else(|e| panic!("FTS index out of sync after the kill: {e}"));
        let _ = c.close().await;
    });
    // Whole documents: each has its body (hash matches), its removals and its FTS entry.
    assert_eq!(count(&db, "SELECT count(*) FROM documents WHERE body NOT LIKE '%observers from three countries%'"), 0);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM removals r WHERE r.document_id = d.id)"
        ),
        0
    );
    let out = rinse(&["import", "--db", "t.db", "pages"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(count(&db, "SELECT count(*) FROM documents"), files as i64);
    assert_eq!(count(&db, "SELECT count(DISTINCT source) FROM documents"), files as i64);
}

async fn try_count(db: &Path) -> i64 {
    let Ok(mut c) = SqliteConnectOptions::new().filename(db).read_only(true).connect().await else { return 0 };
    let n =
        sqlx::query("SELECT count(*) FROM documents").fetch_one(&mut c).await.map(|r| r.get::<i64, _>(0)).unwrap_or(0);
    let _ = c.close().await;
    n
}
