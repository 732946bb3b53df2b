//! The contract of a cleaner rule. Rules are unit structs listed in `rules::RULES`; each
//! marks the blocks it recognises as removed, under its own [`RuleId`], so every removal
//! can be explained.

use crate::clean::block::Block;
use crate::clean::features::TextStats;
use crate::metadata::byline::{LineMeta, LineRecognizer};
use crate::model::{InputKind, PageMeta, RuleId};

/// What a rule may read and write besides the blocks.
#[derive(Debug)]
pub struct RuleContext<'a> {
    pub kind: InputKind,
    /// The page title as known before cleaning (from `<title>`, OpenGraph, JSON-LD, or the
    /// first line of a dump), used to recognise the title repeated in the body.
    pub title: Option<&'a str>,
    /// Metadata found so far. Rules that turn blocks into metadata (bylines, datelines)
    /// fill fields that are still empty.
    pub meta: &'a mut PageMeta,
    /// Text statistics of every block (words, sentence ending, ...), by block index.
    pub stats: &'a [TextStats],
    /// Work shared between rules, computed by the first rule that needs it.
    pub memo: RuleMemo,
    /// The page presents a product: names and dates in its lines are reviewers', so rules
    /// take no author or date from them.
    pub product_page: bool,
}

/// Results that more than one rule needs, computed once per page.
#[derive(Debug, Default)]
pub struct RuleMemo {
    /// What `metadata::byline::recognise` made of each block (the byline and dateline
    /// rules both need it).
    pub line_meta: Option<Vec<Option<LineMeta>>>,
    /// The page's byline recogniser, shared with the metadata of dumps.
    pub recognizer: LineRecognizer,
}

impl<'a> RuleContext<'a> {
    /// A context for a page of `kind` with no title, no statistics and empty metadata
    /// (for tests and tools; rules treat missing statistics as unknown).
    pub fn new(kind: InputKind, meta: &'a mut PageMeta) -> Self {
        RuleContext { kind, title: None, meta, stats: &[], memo: RuleMemo::default(), product_page: false }
    }

    /// The statistics of block `i`, when known.
    pub fn stats_of(&self, i: usize) -> Option<&TextStats> {
        self.stats.get(i)
    }
}

/// A cleaner rule.
pub trait Rule: Sync + Send {
    /// The rule's name, as stored in the `removals` table.
    fn id(&self) -> RuleId;

    /// One sentence on what the rule removes, shown by `rinse rules`.
    fn describe(&self) -> &'static str;

    /// Mark the blocks this rule recognises with `Block::remove(self.id())`. Blocks that an
    /// earlier rule decided are left alone by `Block::remove`.
    fn apply(&self, blocks: &mut [Block], cx: &mut RuleContext<'_>);
}
