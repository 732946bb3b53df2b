//! `rinse search`: full-text search of the stored documents, from the command line.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use sqlx::Row;

use super::EXIT_OK;
use super::import::DEFAULT_DB;
use crate::store::Store;

/// The query behind `rinse search`, as documented in docs/schema.md.
pub const SEARCH_SQL: &str = "\
SELECT d.id, d.title, coalesce(d.url, d.source) AS origin,
       snippet(documents_fts, 1, '[', ']', '…', 12) AS excerpt,
       round(bm25(documents_fts), 2) AS score
FROM documents_fts
JOIN documents AS d ON d.id = documents_fts.rowid
WHERE documents_fts MATCH ?1
ORDER BY bm25(documents_fts)
LIMIT ?2";

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// An FTS5 query: words, "exact phrases", OR, NOT, prefix*.
    query: String,
    /// The SQLite database file.
    #[arg(long, env = "RINSE_DB", value_name = "FILE", default_value = DEFAULT_DB)]
    db: PathBuf,
    /// How many documents to show (at least 1).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    limit: u32,
}

/// A bm25 score as printed. A match of a word that nearly every document holds scores about
/// zero, which rounds to -0.0; adding 0.0 makes that plain 0.
fn score_text(score: f64) -> String {
    format!("{}", score + 0.0)
}

pub fn run(args: SearchArgs) -> anyhow::Result<u8> {
    anyhow::ensure!(args.db.exists(), "no database at {} (run `rinse import` first)", args.db.display());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async move {
        let store = Store::open(&args.db).await.with_context(|| format!("cannot open {}", args.db.display()))?;
        let rows = sqlx::query(SEARCH_SQL)
            .bind(&args.query)
            .bind(args.limit)
            .fetch_all(store.pool())
            .await
            .map_err(|error| search_error(&args.query, error))?;
        if rows.is_empty() {
            outln!("No document matches {:?}.", args.query);
            if args.query.chars().any(crate::clean::shape::is_unspaced_script) {
                outln!("{}", unspaced_hint(&args.query, &args.db));
            }
        }
        for row in rows {
            let id: i64 = row.try_get("id")?;
            let title: Option<String> = row.try_get("title")?;
            let origin: String = row.try_get("origin")?;
            let excerpt: String = row.try_get("excerpt")?;
            let score: f64 = row.try_get("score")?;
            outln!("#{id}  {}  ({})", title.as_deref().unwrap_or("(no title)"), score_text(score));
            outln!("     {origin}");
            outln!("     {excerpt}");
        }
        store.close().await;
        Ok(EXIT_OK)
    })
}

/// What went wrong with a search. SQLite refuses a query it cannot parse with a terse message
/// (`no such column: 19` for `covid-19`, where `-` reads as a column filter): say it once, and
/// say how to fix it.
fn search_error(query: &str, error: sqlx::Error) -> anyhow::Error {
    match error.as_database_error() {
        Some(database) => anyhow::anyhow!(
            "{query:?} is not a search rinse can run ({}). Words with punctuation in them go in double \
             quotes, as in '\"covid-19\"'; see `rinse search --help`",
            database.message()
        ),
        None => anyhow::Error::new(error).context(format!("the search {query:?} failed")),
    }
}

/// What to do when a search in Chinese, Japanese or Thai finds nothing: the index keeps a run
/// of such characters as one word, so only the whole run matches, and SQL finds a part.
fn unspaced_hint(query: &str, db: &std::path::Path) -> String {
    let part: String = query.chars().filter(|&c| crate::clean::shape::is_unspaced_script(c)).collect();
    let part = part.replace('\'', "''");
    format!(
        "The index keeps a run of Chinese, Japanese or Thai characters (written without spaces) as one \
         word, so a search matches whole runs only. To find a part of one:\n  \
         sqlite3 {} \"SELECT id, title FROM latest_documents WHERE body LIKE '%{part}%' LIMIT 20\"",
        db.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_of_about_zero_prints_without_a_sign() {
        assert_eq!(score_text(-0.0), "0");
        // Near miss: a real negative score keeps its sign.
        assert_eq!(score_text(-1.25), "-1.25");
    }
}
