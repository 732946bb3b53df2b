//! The command line: argument parsing, logging, and the exit status. Each command lives in
//! its own module; errors are reported here, at the edge.

/// `print!` for what a command reports on standard output, through [`write_out`]: a reader
/// that went away (`rinse search … | head`) is no error.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::write_out(format_args!($($arg)*)) };
}

/// `println!` through [`write_out`].
macro_rules! outln {
    () => { $crate::cli::write_out(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::cli::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}

mod bench;
mod extract;
mod fetch;
pub(crate) mod import;
pub mod progress;
mod run;
mod search;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use tracing_subscriber::EnvFilter;

use crate::model::InputKind;
use crate::read::{Exclude, Input, ListFormat, ReadOptions, inputs_from_file};

/// Write to standard output. When the reader of a pipe has gone (`| head`), the rest of the
/// output is dropped and the command ends as it would have, with its own exit status (the
/// import it reports on is done); `println!` would panic. Another error is told on stderr.
pub(crate) fn write_out(text: std::fmt::Arguments<'_>) {
    use std::io::Write;
    if let Err(error) = std::io::stdout().lock().write_fmt(text)
        && error.kind() != std::io::ErrorKind::BrokenPipe
    {
        progress::suspend(|| eprintln!("rinse: cannot write to standard output: {error}"));
    }
}

/// Exit status when every input was stored, unchanged or skipped.
pub const EXIT_OK: u8 = 0;
/// Exit status when at least one input failed.
pub const EXIT_SOME_FAILED: u8 = 1;
/// Exit status when rinse itself could not run.
pub const EXIT_ERROR: u8 = 2;
/// Exit status when a Ctrl-C or SIGTERM stopped the work before its end (128 + SIGINT, as
/// shells report it), so that `rinse import dumps/ && next-step` does not go on.
pub const EXIT_INTERRUPTED: u8 = 130;

const EXIT_STATUS_HELP: &str = "\
Exit status:
  0    every input was stored, unchanged, or skipped (empty, binary, no main text)
  1    at least one input failed (unreadable, malformed, truncated, too large, refused)
  2    rinse could not run (bad arguments, the database cannot be opened)
  130  stopped by Ctrl-C or SIGTERM before the end (what was stored stays; run it again)";

/// `run` without `--once` goes on until a signal stops it: that is its normal end.
const RUN_EXIT_STATUS_HELP: &str = "\
Exit status:
  0    stopped by Ctrl-C or SIGTERM, its normal end (running fetches finish first); with
       --once: every URL was stored, unchanged, or skipped
  1    with --once: at least one URL failed
  2    rinse could not run (bad arguments, a mistake in the sources file, the database
       cannot be opened)
  130  with --once: stopped by Ctrl-C or SIGTERM before the end (what was stored stays; run it
       again)";

/// `extract` stores nothing: its statuses speak of pages printed, not stored.
const EXTRACT_EXIT_STATUS_HELP: &str = "\
Exit status:
  0    every input was printed or skipped (empty, binary, no main text)
  1    at least one input failed (unreadable, malformed, truncated, too large, refused)
  2    rinse could not run (bad arguments, standard output cannot be written)
  130  stopped by Ctrl-C or SIGTERM before the end";

const SEARCH_HELP: &str = "\
Query syntax (SQLite FTS5):
  harbour bridge          both words, anywhere in the title or body
  \"harbour bridge\"        the phrase
  harbour OR port         either word
  harbour NOT bridge      the first without the second
  harb*                   words starting with harb
  title:harbour           in the title only
  \"covid-19\"              words with punctuation in them go in double quotes

Exit status:
  0    the search ran (whether or not anything matched)
  2    rinse could not run (no database, a query FTS5 cannot parse, bad arguments)";

/// rinse strips the boilerplate from web pages and text dumps (menus, cookie banners,
/// comment prompts, share buttons, related links, bylines) and stores the clean text with
/// its metadata in SQLite, ready for full-text search.
#[derive(Debug, Parser)]
#[command(name = "rinse", version, about, long_about = None, after_help = EXIT_STATUS_HELP)]
pub struct Cli {
    /// More log output (-v: info, -vv: debug, -vvv: trace). RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    /// Only errors in the log, and no progress line (the summary is still printed).
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Import files into the database: text dumps, HTML, JSONL, WARC and WET archives,
    /// folders (recursively) and `-` for standard input.
    #[command(after_help = EXIT_STATUS_HELP)]
    Import(import::ImportArgs),
    /// Full-text search of the stored documents (SQLite FTS5, ranked with bm25).
    #[command(after_help = SEARCH_HELP)]
    Search(search::SearchArgs),
    /// Clean pages and print one JSON object per page on standard output; no database.
    #[command(after_help = EXTRACT_EXIT_STATUS_HELP)]
    Extract(extract::ExtractArgs),
    /// Measure the cleaner on a labelled set laid out like ../shared/bench/SET.
    Eval(bench::EvalArgs),
    /// Measure the cleaner on every set of a bench folder, with cross-validated scorer
    /// weights, and print one table (what `make bench` runs).
    Bench(bench::BenchArgs),
    /// Train the content scorer on labelled sets and write its weights as Rust source.
    Train(bench::TrainArgs),
    /// List the cleaner's rules and what each removes.
    Rules,
    /// Fetch pages, feeds and sitemaps now, clean them and store them.
    #[command(after_help = EXIT_STATUS_HELP)]
    Fetch(fetch::FetchArgs),
    /// Fetch the sources of a sources file on their schedules (`--once`: the due ones, once).
    #[command(after_help = RUN_EXIT_STATUS_HELP)]
    Run(run::RunArgs),
    /// Measure fetch throughput against a local server (pages/s into the database).
    #[command(hide = true)]
    BenchFetch(fetch::BenchFetchArgs),
}

/// How to read inputs, shared by the commands that read files.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Files, folders, or `-` for standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Also read the paths listed in FILE, one per line; the ends of each line are trimmed, and
    /// blank lines and lines starting with `#` are ignored (`-` reads the list from standard
    /// input).
    #[arg(long, value_name = "FILE")]
    files_from: Option<PathBuf>,
    /// The --files-from list separates paths with NUL bytes, as `find -print0` writes them,
    /// and each is taken exactly (names with edge spaces, a leading `#` or a line break).
    #[arg(long, short = '0', requires = "files_from")]
    null: bool,
    /// Treat every page as this kind instead of detecting it.
    #[arg(long = "as", value_name = "KIND")]
    kind: Option<KindArg>,
    /// Pages (files, records, lines) larger than this many bytes fail as too large.
    #[arg(long, value_name = "BYTES", default_value_t = ReadOptions::default().max_document_bytes)]
    max_bytes: u64,
    /// Pass over files in folders whose name or path below the folder matches this glob
    /// (`*.json`, `drafts/**`); repeatable.
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Worker threads for cleaning [default: the number of CPUs].
    #[arg(long, value_name = "N")]
    workers: Option<usize>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum KindArg {
    /// An HTML page
    Html,
    /// A text dump: a browser's text of a page, `lynx`/`w3m`/`links -dump` output or Markdown
    /// (each recognised by its layout)
    Text,
}

impl InputArgs {
    fn inputs(&self) -> anyhow::Result<Vec<Input>> {
        let mut inputs: Vec<Input> = self.paths.iter().map(|p| Input::from_arg(p.clone())).collect();
        if let Some(list) = &self.files_from {
            let format = if self.null { ListFormat::Null } else { ListFormat::Lines };
            let listed = inputs_from_file(list, format)
                .map_err(|e| anyhow::anyhow!("cannot read the list of files {}: {e}", list.display()))?;
            inputs.extend(listed);
            if list.as_os_str() == "-" && inputs.contains(&Input::Stdin) {
                anyhow::bail!("standard input cannot hold both the list of files (--files-from -) and a page (`-`)");
            }
        }
        if inputs.is_empty() {
            anyhow::bail!("no input: give one or more paths, `-` for standard input, or --files-from FILE");
        }
        Ok(inputs)
    }

    fn read_options(&self) -> anyhow::Result<ReadOptions> {
        let exclude = Exclude::new(&self.exclude).map_err(|e| anyhow::anyhow!("invalid --exclude pattern: {e}"))?;
        Ok(ReadOptions {
            exclude,
            max_document_bytes: self.max_bytes,
            force_kind: self.kind.map(|k| match k {
                KindArg::Html => InputKind::Html,
                KindArg::Text => InputKind::Text,
            }),
        })
    }

    fn workers(&self) -> usize {
        self.workers.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1)
    }
}

/// Run the command line and return the process exit status.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose, cli.quiet);
    let result = match cli.command {
        Command::Import(args) => import::run(args, cli.quiet),
        Command::Extract(args) => extract::run(args, cli.quiet),
        Command::Search(args) => search::run(args),
        Command::Eval(args) => bench::eval(args),
        Command::Bench(args) => bench::bench(args),
        Command::Train(args) => bench::train(args),
        Command::Fetch(args) => fetch::run(args, cli.quiet),
        Command::Run(args) => run::run(args, cli.quiet),
        Command::BenchFetch(args) => fetch::bench(args),
        Command::Rules => {
            print_rules();
            Ok(EXIT_OK)
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            progress::suspend(|| eprintln!("rinse: error: {error:#}"));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// The command-line arguments after the command's name (`import`, `fetch`, `run`), for
/// `imports.arguments`. Read as `OsString`s, since paths need not be UTF-8 (`std::env::args`
/// panics on those); bytes that are not UTF-8 become U+FFFD. Global flags before the command
/// take no values, so the first argument equal to its name is the command.
pub(crate) fn arguments_after(command: &str) -> Vec<String> {
    arguments_after_in(std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()), command)
}

fn arguments_after_in(arguments: impl Iterator<Item = String>, command: &str) -> Vec<String> {
    arguments.skip_while(|a| a != command).skip(1).collect()
}

fn init_logging(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        _ => "trace",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(format!("rinse={level},warn")));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(progress::SuspendingStderrMaker)
        .with_target(false)
        // Colour codes only for a terminal: `2> log.txt` gets plain text.
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

fn print_rules() {
    let sections: [(&str, Vec<(String, &str)>); 5] = [
        (
            "Block rules (run in this order on HTML and text dumps):",
            crate::clean::rules::all().iter().map(|rule| (rule.id().to_string(), rule.describe())).collect(),
        ),
        (
            "HTML element rules (act on the DOM before segmentation):",
            described(crate::clean::html::prune::DESCRIPTIONS),
        ),
        ("Content scorer:", described(crate::clean::classify::DESCRIPTIONS)),
        ("Structured data (HTML):", described(crate::clean::structured_body::DESCRIPTIONS)),
        ("Limits:", described(crate::clean::block::DESCRIPTIONS)),
    ];
    let width = sections.iter().flat_map(|(_, rules)| rules.iter().map(|(id, _)| id.len())).max().unwrap_or(0);
    for (at, (heading, rules)) in sections.iter().enumerate() {
        if at > 0 {
            outln!();
        }
        outln!("{heading}");
        for (id, what) in rules {
            outln!("  {id:<width$}  {what}");
        }
    }
}

fn described(descriptions: &[(crate::model::RuleId, &'static str)]) -> Vec<(String, &'static str)> {
    descriptions.iter().map(|(id, what)| (id.as_str().to_owned(), *what)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(arguments: &[&str], command: &str) -> Vec<String> {
        arguments_after_in(arguments.iter().map(|a| (*a).to_owned()), command)
    }

    #[test]
    fn recorded_arguments_start_after_the_command() {
        assert_eq!(after(&["import", "--db", "t.db", "dumps/"], "import"), ["--db", "t.db", "dumps/"]);
        // Global flags before the command are not arguments of it; a later `import` is a path.
        assert_eq!(after(&["-v", "import", "import"], "import"), ["import"]);
        assert_eq!(after(&["-q", "run", "--once", "--config", "s.toml"], "run"), ["--once", "--config", "s.toml"]);
    }
}
