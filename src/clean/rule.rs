//! The contract of a cleaner rule. Rules are unit structs listed in `rules::RULES`; each
//! marks the blocks it recognises as removed, under its own [`RuleId`], so every removal
//! can be explained.

use crate::clean::block::Block;
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
