//! Text the main text already holds, kept a second time: a hidden copy of the article for
//! search engines (`<div style="display:none" itemprop="articleBody">`), a summary box that
//! repeats the lede, a dump that prints a paragraph twice. Readers want each paragraph once.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use crate::clean::block::{Block, Verdict};
use crate::clean::shape::{UnspacedWords, is_alphanumeric, is_unspaced_script, word_count};
use crate::model::RuleId;

/// Kept blocks whose text the main text already holds.
pub const REPEATED_TEXT: RuleId = RuleId("repeated_text");

/// Blocks shorter than this (in words) are left alone: short lines repeat by design
/// (`Quote`, a refrain, a table's labels), and their cost is small.
const MIN_WORDS: usize = 20;
/// A block is a repetition when this share of its word 4-grams appeared before.
const MIN_SEEN_SHARE: f32 = 0.9;
/// A repeated passage has at least this many blocks and words: shorter runs repeat by
/// design (each day of a meal plan, each tab of a code sample, each offer's terms).
const MIN_PASSAGE_BLOCKS: usize = 10;
const MIN_PASSAGE_WORDS: usize = 150;
/// Unless the copy follows its original directly (a carousel's clone, a block printed for
/// two layouts side by side); then this is enough.
const MIN_ADJACENT_BLOCKS: usize = 3;
const MIN_ADJACENT_WORDS: usize = 20;
/// Words per shingle, as the metric counts them.
const SHINGLE: usize = 4;

/// Remove kept blocks whose text the other kept blocks already hold: long blocks one by one,
/// short ones when they repeat a whole passage ([`remove_repeated_passages`]). Visible
/// blocks are read first, so that of a visible and a hidden copy, the visible one stays;
/// otherwise the first copy in reading order stays.
pub fn remove_repeated(blocks: &mut [Block]) {
    let kept = |b: &Block| matches!(b.verdict, Verdict::Keep | Verdict::Undecided);
    let kept_before: Vec<usize> = (0..blocks.len()).filter(|&i| kept(&blocks[i])).collect();
    if kept_before.len() < 2 {
        return;
    }
    remove_repeated_blocks(blocks, kept_before.clone());
    remove_repeated_passages(blocks, &kept_before);
}

/// Remove long kept blocks whose 4-grams the blocks read before them already hold. The
/// 4-grams across the boundary of two blocks read one after the other count as seen too,
/// so that a hidden copy that runs the article's paragraphs together into one block
/// (`itemprop="articleBody"` as plain text) is found however short those paragraphs are.
fn remove_repeated_blocks(blocks: &mut [Block], mut order: Vec<usize>) {
    order.sort_by_key(|&i| (is_hidden(&blocks[i]), i));
    let mut seen: FxHashSet<u64> = FxHashSet::default();
    let mut shingles = Shingles::default();
    // The hashes of the last words read, for the 4-grams across the boundary.
    let mut tail: Vec<u64> = Vec::new();
    for i in order {
        let words = shingles.of(&blocks[i].text);
        if !shingles.hashes.is_empty() && words >= MIN_WORDS {
            let already = shingles.hashes.iter().filter(|s| seen.contains(s)).count();
            if already as f32 >= MIN_SEEN_SHARE * shingles.hashes.len() as f32 {
                blocks[i].verdict = Verdict::Remove(REPEATED_TEXT);
                continue;
            }
        }
        seen.extend(shingles.hashes.iter().copied());
        // The 4-grams from the end of the block before into the start of this one, and the
        // new tail: the last words of the two read together.
        let from_tail = tail.len();
        tail.extend_from_slice(&shingles.words);
        seen.extend(tail.windows(SHINGLE).take(from_tail).map(hash_window));
        tail.drain(..tail.len().saturating_sub(SHINGLE - 1));
    }
}

/// Remove a passage printed twice whose blocks are each too short for
/// [`remove_repeated_blocks`]: a page that carries its article twice (a second layout, a
/// print view) kept only the first copy's long paragraphs, while the second copy's headings
/// and list items stayed.
///
/// A block is an echo when an earlier block has the same words. A run of echoes whose
/// earlier copies follow each other in the same order is a repeated passage when one of its
/// long blocks was already found repeated, and it is long ([`MIN_PASSAGE_BLOCKS`],
/// [`MIN_PASSAGE_WORDS`]) or follows its original directly. Requiring the same order keeps
/// the cells of a table ("Yes", "No", "Yes"); requiring length keeps short structures that
/// repeat on purpose.
fn remove_repeated_passages(blocks: &mut [Block], kept_before: &[usize]) {
    let keys: Vec<u64> = kept_before.iter().map(|&i| words_key(&blocks[i].text)).collect();
    let mut first_at: FxHashMap<u64, usize> = FxHashMap::default();
    // For each position of the sequence, the position of the first block with its words.
    let first: Vec<usize> = keys.iter().enumerate().map(|(at, key)| *first_at.entry(*key).or_insert(at)).collect();
    let is_echo = |at: usize| first[at] < at && keys[at] != EMPTY_KEY;
    let mut at = 0;
    while at < kept_before.len() {
        if !is_echo(at) {
            at += 1;
            continue;
        }
        let start = at;
        at += 1;
        while at < kept_before.len() && is_echo(at) && first[at] == first[at - 1] + 1 && first[at] < start {
            at += 1;
        }
        let run = &kept_before[start..at];
        let words: usize = run.iter().map(|&i| word_count(&blocks[i].text)).sum();
        let holds_long_repeat = run.iter().any(|&i| blocks[i].verdict == Verdict::Remove(REPEATED_TEXT));
        let follows_its_original = first[start] + run.len() == start;
        let long = run.len() >= MIN_PASSAGE_BLOCKS && words >= MIN_PASSAGE_WORDS;
        let adjacent = run.len() >= MIN_ADJACENT_BLOCKS && words >= MIN_ADJACENT_WORDS && follows_its_original;
        if holds_long_repeat && (long || adjacent) {
            for &i in run {
                if matches!(blocks[i].verdict, Verdict::Keep | Verdict::Undecided) {
                    blocks[i].verdict = Verdict::Remove(REPEATED_TEXT);
                }
            }
        }
    }
}

/// A hash of a text's words ([`words`]); [`EMPTY_KEY`] for a text without any.
fn words_key(text: &str) -> u64 {
    let mut hasher = FxHasher::default();
    let mut any = false;
    for word in words(text) {
        word.hash(&mut hasher);
        any = true;
    }
    if any { hasher.finish() } else { EMPTY_KEY }
}

const EMPTY_KEY: u64 = 0;

/// How many words `words` make, where the characters of an unspaced script are counted
/// into words as [`word_count`] counts them.
fn weighted_count<'a>(words: impl Iterator<Item = &'a str>) -> usize {
    let mut spaced = 0usize;
    let mut unspaced = UnspacedWords::default();
    for word in words {
        match word.chars().next() {
            Some(c) if is_unspaced_script(c) => unspaced.push(c),
            _ => {
                spaced += 1;
                unspaced.interrupt();
            }
        }
    }
    spaced + unspaced.words()
}

/// The words of `text`, case kept: runs of letters and digits, except that each character
/// of a script written without spaces (Chinese, Japanese, Thai) is a word of its own, so
/// that a Chinese paragraph is as many words as it has characters, not one per clause.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    // ASCII bytes are classified directly, the rest by character (`at` is always at a
    // character boundary).
    std::iter::from_fn(move || {
        loop {
            let &byte = bytes.get(at)?;
            if byte.is_ascii() {
                if byte.is_ascii_alphanumeric() {
                    break;
                }
                at += 1;
                continue;
            }
            let c = text.get(at..)?.chars().next()?;
            if is_alphanumeric(c) {
                break;
            }
            at += c.len_utf8();
        }
        let start = at;
        let first = text.get(at..)?.chars().next()?;
        at += first.len_utf8();
        if !is_unspaced_script(first) {
            while let Some(&byte) = bytes.get(at) {
                if byte.is_ascii() {
                    if !byte.is_ascii_alphanumeric() {
                        break;
                    }
                    at += 1;
                    continue;
                }
                match text.get(at..).and_then(|rest| rest.chars().next()) {
                    Some(c) if is_alphanumeric(c) && !is_unspaced_script(c) => at += c.len_utf8(),
                    _ => break,
                }
            }
        }
        text.get(start..at)
    })
}

fn is_hidden(block: &Block) -> bool {
    block.html.as_ref().is_some_and(|h| h.hidden)
}

/// The words of a text, hashed one by one, and its 4-grams, hashed.
#[derive(Default)]
struct Shingles {
    words: Vec<u64>,
    hashes: Vec<u64>,
}

impl Shingles {
    /// Read `text`; returns its [`weighted_count`] of words.
    fn of(&mut self, text: &str) -> usize {
        self.words.clear();
        let count = weighted_count(words(text).inspect(|word| {
            let mut hasher = FxHasher::default();
            word.hash(&mut hasher);
            self.words.push(hasher.finish());
        }));
        self.hashes.clear();
        self.hashes.extend(self.words.windows(SHINGLE).map(hash_window));
        count
    }
}

fn hash_window(window: &[u64]) -> u64 {
    let mut hasher = FxHasher::default();
    window.hash(&mut hasher);
    hasher.finish()
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
    fn a_hidden_copy_that_runs_short_paragraphs_together_goes() {
        let paragraphs = [
            "The council met on Tuesday night.",
            "It voted to close the old library.",
            "A new one will open beside the station.",
            "Building work starts in the spring.",
            "The cost is put at four million pounds.",
            "Two councillors voted against the plan.",
            "They said the old building could be saved.",
            "A public meeting is set for next month.",
        ];
        let mut blocks: Vec<Block> = paragraphs.iter().map(|p| kept(p, false)).collect();
        // One block holding every paragraph: most of its 4-grams span two of them.
        blocks.push(kept(&paragraphs.join(" "), true));
        remove_repeated(&mut blocks);
        assert_eq!(blocks[8].verdict, Verdict::Remove(REPEATED_TEXT));
        assert!(blocks[..8].iter().all(|b| b.verdict == Verdict::Keep));

        // Near miss: the same paragraphs in another order are no copy of the text read.
        let mut shuffled = paragraphs;
        shuffled.reverse();
        let mut blocks: Vec<Block> = paragraphs.iter().map(|p| kept(p, false)).collect();
        blocks.push(kept(&shuffled.join(" "), true));
        remove_repeated(&mut blocks);
        assert_eq!(blocks[8].verdict, Verdict::Keep);
    }

    #[test]
    fn the_second_of_two_visible_copies_goes() {
        let mut blocks = vec![kept(PARAGRAPH, false), kept(PARAGRAPH, false)];
        remove_repeated(&mut blocks);
        assert_eq!(blocks[0].verdict, Verdict::Keep);
        assert_eq!(blocks[1].verdict, Verdict::Remove(REPEATED_TEXT));
    }

    /// A long paragraph made unique by `n`.
    fn paragraph(n: usize) -> String {
        format!("{PARAGRAPH} This is paragraph number {n} of the article.")
    }

    fn verdicts(blocks: &[Block]) -> Vec<bool> {
        blocks.iter().map(|b| b.verdict == Verdict::Keep).collect()
    }

    #[test]
    fn a_whole_article_printed_twice_keeps_one_copy_with_its_headings_and_list_items() {
        let mut article = Vec::new();
        for n in 0..4 {
            article.push(format!("Section heading {n}"));
            article.push(paragraph(n));
            article.push(format!("First point of section {n}: four more words"));
            article.push(format!("Second point of section {n}: four more words"));
        }
        // The second copy comes after other text (a print view at the foot of the page).
        let between = "Print this article".to_string();
        let texts: Vec<&String> = article.iter().chain([&between]).chain(&article).collect();
        let mut blocks: Vec<Block> = texts.iter().map(|t| kept(t, false)).collect();
        remove_repeated(&mut blocks);
        let kept_texts: Vec<&str> =
            blocks.iter().filter(|b| b.verdict == Verdict::Keep).map(|b| b.text.as_str()).collect();
        let expected: Vec<&str> = article.iter().chain([&between]).map(String::as_str).collect();
        assert_eq!(kept_texts, expected);
    }

    #[test]
    fn a_short_passage_cloned_right_after_itself_goes() {
        let card = ["Cyber Strategy", &paragraph(1), "Learn more about our strategy services"];
        let mut blocks: Vec<Block> = card.iter().chain(&card).map(|t| kept(t, false)).collect();
        blocks.push(kept("Contact us for a consultation about your needs.", false));
        remove_repeated(&mut blocks);
        assert_eq!(verdicts(&blocks), [true, true, true, false, false, false, true]);
    }

    #[test]
    fn short_passages_repeated_apart_stay() {
        // Each day of a plan repeats the same meals, with other text between the days.
        let day = ["Pre-Workout Meal", "Eat 60 to 90 minutes before your workout", &paragraph(1)];
        let mut texts: Vec<String> = Vec::new();
        for n in 0..3 {
            texts.push(format!("Day {n}"));
            texts.push(paragraph(10 + n));
            texts.extend(day.iter().map(|t| t.to_string()));
        }
        let mut blocks: Vec<Block> = texts.iter().map(|t| kept(t, false)).collect();
        remove_repeated(&mut blocks);
        // Only the long paragraph's copies go, one by one, as before.
        let removed: Vec<usize> = (0..blocks.len()).filter(|&i| blocks[i].verdict != Verdict::Keep).collect();
        assert_eq!(removed, [9, 14]);
    }

    #[test]
    fn repeated_cells_and_passages_of_short_blocks_only_stay() {
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..12 {
            texts.extend(["Yes", "No", "Yes", "Included in every plan"].map(String::from));
        }
        // A repeated sequence without any long paragraph in it (a menu printed twice is
        // for the rules to judge, not for this one).
        let menu: Vec<String> = (0..12).map(|n| format!("Menu entry number {n} with words")).collect();
        texts.extend(menu.iter().cloned());
        texts.extend(menu.iter().cloned());
        let mut blocks: Vec<Block> = texts.iter().map(|t| kept(t, false)).collect();
        remove_repeated(&mut blocks);
        assert!(blocks.iter().all(|b| b.verdict == Verdict::Keep));
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

    /// A Chinese paragraph of some 60 characters: about 30 words, in four clauses.
    const CHINESE: &str = "市议会周二投票决定关闭主街上的旧图书馆，并于明年春天在车站旁开设一座新图书馆，\
        此前围绕费用问题争论了两年。市长表示，新馆将全年开放。";

    #[test]
    fn unspaced_scripts_count_a_word_per_two_characters() {
        assert_eq!(words("北京 is 首都, OK").collect::<Vec<_>>(), ["北", "京", "is", "首", "都", "OK"]);
        assert_eq!(
            words("«Don't» well-known café 2024: Ünïcode—Москва").collect::<Vec<_>>(),
            ["Don", "t", "well", "known", "café", "2024", "Ünïcode", "Москва"]
        );
        assert_eq!(words(" ,.— ").count(), 0);
        assert_eq!(word_count("北京 is 首都, OK"), 4);
        assert!(word_count(CHINESE) >= MIN_WORDS);
    }

    #[test]
    fn a_hidden_copy_of_a_chinese_article_goes() {
        let mut blocks = vec![kept(CHINESE, true), kept(CHINESE, false), kept("图书馆", false)];
        remove_repeated(&mut blocks);
        assert_eq!(blocks[0].verdict, Verdict::Remove(REPEATED_TEXT));
        assert_eq!(blocks[1].verdict, Verdict::Keep);
        assert_eq!(blocks[2].verdict, Verdict::Keep);
    }

    #[test]
    fn different_chinese_paragraphs_that_share_phrases_stay() {
        let other = "市长表示，新图书馆将设有儿童阅览室，并在夏季和学校假期延长开放时间，费用由市政府承担。";
        let mut blocks = vec![kept(CHINESE, false), kept(other, false)];
        remove_repeated(&mut blocks);
        assert!(blocks.iter().all(|b| b.verdict == Verdict::Keep));
    }
}
