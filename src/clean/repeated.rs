//! Text the main text already holds, kept a second time: a hidden copy of the article for
//! search engines (`<div style="display:none" itemprop="articleBody">`), a summary box that
//! repeats the lede, a dump that prints a paragraph twice. Readers want each paragraph once.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashSet, FxHasher};

use crate::clean::block::{Block, Verdict};
use crate::clean::shape::is_alphanumeric;
use crate::model::RuleId;

/// Kept blocks whose text the main text already holds.
pub const REPEATED_TEXT: RuleId = RuleId("repeated_text");

/// Blocks shorter than this (in words) are left alone: short lines repeat by design
/// (`Quote`, a refrain, a table's labels), and their cost is small.
const MIN_WORDS: usize = 20;
/// A block is a repetition when this share of its word 4-grams appeared before.
const MIN_SEEN_SHARE: f32 = 0.9;
/// Words per shingle, as the metric counts them.
const SHINGLE: usize = 4;

/// Remove kept blocks whose text the other kept blocks already hold. Visible blocks are
/// read first, so that of a visible and a hidden copy, the visible one stays; otherwise the
/// first copy in reading order stays.
pub fn remove_repeated(blocks: &mut [Block]) {
    let kept = |b: &Block| matches!(b.verdict, Verdict::Keep | Verdict::Undecided);
    let mut order: Vec<usize> = (0..blocks.len()).filter(|&i| kept(&blocks[i])).collect();
    if order.len() < 2 {
        return;
    }
    order.sort_by_key(|&i| (is_hidden(&blocks[i]), i));
    let mut seen: FxHashSet<u64> = FxHashSet::default();
    let mut shingles: Vec<u64> = Vec::new();
    for i in order {
        shingles_of(&blocks[i].text, &mut shingles);
        let words = shingles.len() + SHINGLE - 1;
        if words >= MIN_WORDS && !shingles.is_empty() {
            let already = shingles.iter().filter(|s| seen.contains(s)).count();
            if already as f32 >= MIN_SEEN_SHARE * shingles.len() as f32 {
                blocks[i].verdict = Verdict::Remove(REPEATED_TEXT);
                continue;
            }
        }
        seen.extend(shingles.iter().copied());
    }
}

fn is_hidden(block: &Block) -> bool {
    block.html.as_ref().is_some_and(|h| h.hidden)
}

/// The hashes of the word 4-grams of `text` (words: runs of letters and digits, case
/// kept), into `out`.
fn shingles_of(text: &str, out: &mut Vec<u64>) {
    out.clear();
    let words: Vec<&str> = text.split(|c: char| !is_alphanumeric(c)).filter(|w| !w.is_empty()).collect();
    for window in words.windows(SHINGLE) {
        let mut hasher = FxHasher::default();
        window.hash(&mut hasher);
        out.push(hasher.finish());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::{BlockKind, HtmlContext};

    const PARAGRAPH: &str = "The council voted on Tuesday to close the old library on Main Street and to \
        open a new one beside the station next spring, after two years of debate about costs.";

    fn kept(text: &str, hidden: bool) -> Block {
        let mut block = Block::new(text, BlockKind::Paragraph);
        block.html = Some(HtmlContext { hidden, ..HtmlContext::default() });
        block.verdict = Verdict::Keep;
        block
    }

    #[test]
    fn a_hidden_copy_of_the_article_goes_and_the_visible_one_stays() {
        let copy = format!("{PARAGRAPH} It will have a reading room for children.");
        let mut blocks =
            vec![kept(&copy, true), kept(PARAGRAPH, false), kept("It will have a reading room for children.", false)];
        remove_repeated(&mut blocks);
        assert_eq!(blocks[0].verdict, Verdict::Remove(REPEATED_TEXT));
        assert_eq!(blocks[1].verdict, Verdict::Keep);
        assert_eq!(blocks[2].verdict, Verdict::Keep);
    }

    #[test]
    fn the_second_of_two_visible_copies_goes() {
        let mut blocks = vec![kept(PARAGRAPH, false), kept(PARAGRAPH, false)];
        remove_repeated(&mut blocks);
        assert_eq!(blocks[0].verdict, Verdict::Keep);
        assert_eq!(blocks[1].verdict, Verdict::Remove(REPEATED_TEXT));
    }

    #[test]
    fn short_repeats_and_different_paragraphs_stay() {
        let other = "The mayor said the new building would cost less to heat and would be open \
            seven days a week, with longer hours in the summer months and on school holidays.";
        let mut blocks = vec![
            kept("Quote from the thread", false),
            kept("Quote from the thread", false),
            kept(PARAGRAPH, false),
            kept(other, false),
        ];
        remove_repeated(&mut blocks);
        assert!(blocks.iter().all(|b| b.verdict == Verdict::Keep));
    }
}
