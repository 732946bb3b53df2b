//! The cleaner: turns a decoded page into blocks, removes the boilerplate, and keeps the
//! main text, recording which rule removed what.
//!
//! Both kinds of input meet in one block model ([`block`]): HTML is pruned and segmented
//! ([`html`]), a text dump is cut into lines ([`dump`]). Then, in order:
//! 1. the block rules ([`rules::RULES`]) remove what their wording or structure gives away
//!    (cookie banners, comment prompts, bylines, link lists...), each under its own id;
//! 2. the content scorer ([`model`]) gives every block a probability of being main text from
//!    its [`features`];
//! 3. [`classify`] chooses the main region (a run of lines, or an HTML element) and keeps
//!    the blocks in it that score well.

pub mod block;
pub mod classify;
pub mod dump;
pub mod features;
pub mod html;
pub mod model;
pub mod rule;
pub mod rules;
pub mod shape;
pub mod stopwords;
pub mod train;
pub mod vocab;
mod weights;

use crate::clean::block::{Block, Verdict};
use crate::clean::classify::ClassifyOptions;
use crate::metadata;
use std::sync::Arc;

use crate::clean::features::{FeatureVector, PageContext, TextStats};
use crate::clean::model::LinearModel;
use crate::clean::rule::{RuleContext, RuleMemo};
use crate::model::{CleanDocument, DecodedPage, InputKind, PageMeta, RemovedBlock};

/// Options of the cleaner.
#[derive(Debug, Clone, Default)]
pub struct CleanOptions {
    pub classify: ClassifyOptions,
    /// Rule ids that are switched off.
    pub disabled_rules: Vec<String>,
    /// Keep the text of every removed block (for `--explain`); otherwise only counts.
    pub keep_removed_text: bool,
    /// A scorer to use instead of the trained one (cross-validation, experiments).
    pub model: Option<Arc<LinearModel>>,
}

/// Clean one page.
pub fn clean(page: &DecodedPage, opts: &CleanOptions) -> CleanDocument {
    decide(prepare(page, opts), opts)
}

/// A page after segmentation and the rules, with every block's features: the input of
/// the scorer (and of training).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub kind: InputKind,
    pub blocks: Vec<Block>,
    pub features: Vec<FeatureVector>,
    /// Words per block.
    pub words: Vec<usize>,
    pub meta: PageMeta,
}

/// Segment and run the rules; compute features.
pub fn prepare(page: &DecodedPage, opts: &CleanOptions) -> Prepared {
    let mut memo = RuleMemo::default();
    let (blocks, found) = match page.kind {
        InputKind::Text => {
            let lines: Vec<&str> = page.text.lines().collect();
            (dump::segment(&page.text), metadata::dump::from_dump_with(&lines, &mut memo.recognizer))
        }
        InputKind::Html => {
            let doc = html::parse(&page.text);
            (html::segment(&doc), metadata::html::from_html(&doc, page.url.as_deref()))
        }
    };
    // What the container says (a JSONL title, a feed's date) comes before the page's own.
    let mut meta = PageMeta {
        title: page.hints.title.clone(),
        published: page.hints.date.as_deref().and_then(metadata::date::parse_date),
        ..PageMeta::default()
    };
    meta.fill_from(found);
    prepare_blocks(blocks, page.kind, meta, memo, opts)
}

fn prepare_blocks(
    mut blocks: Vec<Block>,
    kind: InputKind,
    mut meta: PageMeta,
    memo: RuleMemo,
    opts: &CleanOptions,
) -> Prepared {
    let title = meta.title.clone();
    let mut hashes = Vec::new();
    let stats: Vec<TextStats> = blocks.iter().map(|b| TextStats::scan(&b.text, &mut hashes)).collect();
    {
        let mut cx = RuleContext { kind, title: title.as_deref(), meta: &mut meta, stats: &stats, memo };
        for rule in rules::RULES {
            if opts.disabled_rules.iter().any(|d| d == rule.id().as_str()) {
                continue;
            }
            rule.apply(&mut blocks, &mut cx);
        }
    }
    let features = features::compute_with_stats(&blocks, &stats, &hashes, &PageContext { title: title.as_deref() });
    let words = stats.iter().map(|s| s.words).collect();
    Prepared { kind, blocks, features, words, meta }
}

/// Score the blocks, choose the main text, and assemble the document.
pub fn decide(prepared: Prepared, opts: &CleanOptions) -> CleanDocument {
    let Prepared { kind, mut blocks, features, words, meta } = prepared;
    let model: &LinearModel = match &opts.model {
        Some(m) => m,
        None => model::trained(kind),
    };
    let probabilities: Vec<f32> = features.iter().map(|x| model.probability(x)).collect();
    match kind {
        InputKind::Text => classify::classify_sequence(&mut blocks, &probabilities, &words, &opts.classify),
        InputKind::Html => classify::classify_tree(&mut blocks, &probabilities, &words, &opts.classify),
    }
    let mut doc = assemble(blocks, meta, opts);
    doc.meta.language = detect_language(&doc.paragraphs, doc.meta.language.take());
    doc
}

/// The language of the kept text, falling back to the declared one for short texts.
fn detect_language(paragraphs: &[String], declared: Option<String>) -> Option<String> {
    let mut sample = String::new();
    for p in paragraphs {
        if sample.len() >= LANGUAGE_SAMPLE_BYTES {
            break;
        }
        sample.push_str(p);
        sample.push('\n');
    }
    metadata::language::detect_language(&sample, declared.as_deref()).or(declared)
}

/// How much of the body language detection reads.
const LANGUAGE_SAMPLE_BYTES: usize = 2048;

fn assemble(blocks: Vec<Block>, meta: PageMeta, opts: &CleanOptions) -> CleanDocument {
    let mut doc = CleanDocument { meta, ..CleanDocument::default() };
    for block in blocks {
        match block.verdict {
            Verdict::Keep | Verdict::Undecided => doc.paragraphs.push(block.text),
            Verdict::Remove(rule) => {
                let chars = block.text.chars().count() as u64;
                let text = if opts.keep_removed_text { block.text } else { String::new() };
                doc.removed.push(RemovedBlock { rule, chars, text });
            }
        }
    }
    doc
}
