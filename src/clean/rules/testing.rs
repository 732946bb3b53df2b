//! Helpers for the rules' unit tests.

use crate::clean::block::{Block, BlockKind, HtmlContext, Verdict};
use crate::clean::dump;
use crate::clean::features::TextStats;
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
    blocks.iter().filter(|b| matches!(b.verdict, Verdict::Remove(r) if r.as_str() == id)).count()
}

/// Blocks of a text dump: one per non-empty line; a line after a blank line starts a group.
pub fn dump(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut after_blank = true;
    for line in text.lines() {
        let collapsed = crate::clean::shape::collapse_whitespace(line);
        if collapsed.is_empty() {
            after_blank = true;
            continue;
        }
        let mut block = Block::new(collapsed, BlockKind::Line);
        block.starts_group = after_blank;
        after_blank = false;
        blocks.push(block);
    }
    blocks
}

/// An HTML block of `kind` whose first `link_chars` characters are link text.
pub fn html(text: &str, kind: BlockKind, link_chars: u32) -> Block {
    let mut block = Block::new(text, kind);
    let nonspace = text.chars().filter(|c| !c.is_whitespace()).count().max(1) as u32;
    let link_density = link_chars.min(nonspace) as f32 / nonspace as f32;
    block.html = Some(HtmlContext { link_chars, link_density, ..HtmlContext::default() });
    block
}

/// Run `rule` over `blocks` with the page title `title`.
pub fn run(rule: &dyn Rule, blocks: &mut [Block], title: Option<&str>) {
    let mut meta = PageMeta::default();
    let kind = if blocks.iter().any(|b| b.html.is_some()) { InputKind::Html } else { InputKind::Text };
    let stats: Vec<TextStats> = blocks.iter().map(|b| TextStats::of(&b.text)).collect();
    let mut cx = RuleContext::new(kind, &mut meta);
    cx.title = title;
    cx.stats = &stats;
    rule.apply(blocks, &mut cx);
}

/// The texts `rule` removes from the dump `text`.
pub fn removed_lines(rule: &dyn Rule, text: &str) -> Vec<String> {
    let mut blocks = dump(text);
    run(rule, &mut blocks, None);
    removed(&blocks)
}

/// The texts of the removed blocks.
pub fn removed(blocks: &[Block]) -> Vec<String> {
    blocks.iter().filter(|b| b.is_removed()).map(|b| b.text.clone()).collect()
}

/// Whether `rule` removes `line` when it stands alone in a dump.
pub fn removes(rule: &dyn Rule, line: &str) -> bool {
    let mut blocks = dump(line);
    run(rule, &mut blocks, None);
    blocks.iter().any(|b| b.verdict != Verdict::Undecided)
}

/// Assert that `rule` removes every line of `remove` and none of `keep`, each alone.
pub fn assert_lines(rule: &dyn Rule, remove: &[&str], keep: &[&str]) {
    for line in remove {
        assert!(removes(rule, line), "{} should remove {line:?}", rule.id());
    }
    for line in keep {
        assert!(!removes(rule, line), "{} should keep {line:?}", rule.id());
    }
}
