//! `rinse extract`: clean pages and print one JSON object per page; no database.

use std::io::{self, BufWriter, Write};

use clap::Args;
use serde::Serialize;

use super::progress;
use super::{EXIT_OK, EXIT_SOME_FAILED, InputArgs};
use crate::clean::CleanOptions;
use crate::pipeline::{self, Processed, RunOptions, StopFlag};

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Add every removed block and the rule that removed it (`"removed": [{"rule", "text"}]`).
    #[arg(long)]
    explain: bool,
}

#[derive(Serialize)]
struct Output<'a> {
    source: &'a str,
    url: Option<&'a str>,
    title: Option<&'a str>,
    author: Option<&'a str>,
    published: Option<&'a str>,
    site: Option<&'a str>,
    language: Option<&'a str>,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    removed: Option<Vec<Removed<'a>>>,
}

#[derive(Serialize)]
struct Removed<'a> {
    rule: &'a str,
    text: &'a str,
}

fn to_json(p: &Processed, explain: bool) -> serde_json::Result<String> {
    let d = &p.document;
    let output = Output {
        source: &d.source,
        url: d.url.as_deref(),
        title: d.title.as_deref(),
        author: d.author.as_deref(),
        published: d.published.as_deref(),
        site: d.site.as_deref(),
        language: d.language.as_deref(),
        text: &d.body,
        removed: explain
            .then(|| p.clean.removed.iter().map(|r| Removed { rule: r.rule.as_str(), text: &r.text }).collect()),
    };
    serde_json::to_string(&output)
}

pub fn run(args: ExtractArgs, quiet: bool) -> anyhow::Result<u8> {
    let inputs = args.input.inputs()?;
    let opts = RunOptions {
        read: args.input.read_options()?,
        clean: CleanOptions { keep_removed_text: args.explain, ..CleanOptions::default() },
        workers: args.input.workers(),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0u64;
    let mut write_error: Option<io::Error> = None;
    pipeline::run(inputs, &opts, &StopFlag::default(), |result| {
        if write_error.is_some() {
            return;
        }
        match result {
            Ok(processed) => match to_json(&processed, args.explain) {
                Ok(line) => {
                    if let Err(e) = writeln!(out, "{line}") {
                        write_error = Some(e);
                    }
                }
                Err(e) => {
                    failed += 1;
                    progress::suspend(|| eprintln!("rinse: {}: cannot encode as JSON: {e}", processed.page.source));
                }
            },
            Err(problem) => {
                if problem.is_failure() {
                    failed += 1;
                }
                if !quiet || problem.is_failure() {
                    let label = if problem.is_failure() { "failed" } else { "skipped" };
                    progress::suspend(|| eprintln!("rinse: {label}: {problem}"));
                }
            }
        }
    });
    if let Some(e) = write_error {
        // A closed pipe (`rinse extract ... | head`) is not an error of rinse.
        if e.kind() != io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    out.flush().or_else(|e| if e.kind() == io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e) })?;
    Ok(if failed > 0 { EXIT_SOME_FAILED } else { EXIT_OK })
}
