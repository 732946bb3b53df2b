//! Helpers for the rules' unit tests.

use crate::clean::block::Block;
use crate::clean::dump;
use crate::clean::rule::{Rule, RuleContext};
use crate::model::{InputKind, PageMeta};

/// Dump-style blocks from text.
pub fn dump_blocks(text: &str) -> Vec<Block> {
    dump::segment(text)
}

/// Run one rule with an empty context.
pub fn run_rule(rule: &dyn Rule, blocks: &mut [Block]) {
    let mut meta = PageMeta::default();
    let mut cx = RuleContext::new(InputKind::Text, &mut meta);
    rule.apply(blocks, &mut cx);
}

/// How many blocks the rule with this id removed.
pub fn removed_by(blocks: &[Block], id: &str) -> usize {
    blocks.iter().filter(|b| matches!(b.verdict, crate::clean::block::Verdict::Remove(r) if r.as_str() == id)).count()
}
