//! The posts of a thread in a text dump. A forum thread, a Q&A page or a mailing-list
//! archive prints every post with the same furniture around it: a role under the poster's
//! name ("Member"), a row of buttons ("Reply Quote Like", "Add to quote"). In a dump that
//! furniture is a line repeated at regular intervals, and the posts are the text between.
//!
//! The dump classifier keeps one contiguous run of lines, which on a thread is the first
//! post or two: the furniture between posts, short lines the scorer rejects, cuts the run
//! off. When the main run sits inside such a repeating pattern, the pattern's whole span
//! is the main text, and its lines of text that score well are kept too.
//!
//! A news article followed by its comments does not qualify: the pattern must start right
//! before the main run (the run is one of the posts, not the thing they answer), and share
//! buttons, which repeat around articles too, are removed by their rule before this runs.

use rustc_hash::FxHashMap;

use crate::clean::block::{Block, Verdict};
use crate::clean::rules::POST_ACTIONS;
use crate::clean::shape::ends_like_sentence;

/// The most words an anchor line (the furniture repeated with every post) has.
const MAX_ANCHOR_WORDS: usize = 3;
/// The fewest times the anchor appears: a thread of three posts.
const MIN_POSTS: usize = 3;
/// The fewest anchors after the main run: the posts it would leave out.
const MIN_POSTS_AFTER: usize = 2;
/// How many lines before the main run's start the nearest anchor may be (a post's header:
/// name, role, join date, post count, place, date, number).
const MAX_HEADER_LINES: usize = 12;
/// How many lines after the main run's end its own row of post buttons may stand.
const MAX_BUTTONS_AFTER_RUN: usize = 1;
/// The fewest lines between two anchors, on the median: posts have a header and a text.
const MIN_POST_LINES: usize = 3;
/// No gap between anchors may exceed the median gap this many times: posts of one thread,
/// not a line that happens to recur in the menu and the footer.
const MAX_GAP_RATIO: usize = 4;
/// The fewest words a line outside the main run needs to be kept as part of a post: a
/// sentence, not the poster's name, title or post count.
const MIN_POST_WORDS: usize = 4;
/// A whole sentence of this many words in a post is its text even when the scorer doubts
/// it: a short reply ("That was it, thanks! …") reads like the furniture around it.
const MIN_DOUBTED_SENTENCE_WORDS: usize = 10;
/// How far under the keep threshold such a sentence may score (a share of the threshold).
const DOUBTED_SENTENCE_FACTOR: f32 = 0.25;

/// Whether a line of a thread outside the main run is a post's text, not its poster's name,
/// title or post count: a line of some words that scores well, or a long whole sentence.
pub fn is_post_text(text: &str, words: usize, probability: f32, keep_threshold: f32) -> bool {
    words >= MIN_POST_WORDS
        && (probability >= keep_threshold
            || (words >= MIN_DOUBTED_SENTENCE_WORDS
                && probability >= keep_threshold * DOUBTED_SENTENCE_FACTOR
                && ends_like_sentence(text)))
}

/// The lines `[start, end)` of the thread around the main run `run` of a dump, when the
/// run sits inside a repeating pattern of post furniture; `words` are the blocks' words.
pub fn thread_span(blocks: &[Block], words: &[usize], run: (usize, usize)) -> Option<(usize, usize)> {
    let (start, end) = run;
    let mut lines: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, (block, &w)) in blocks.iter().zip(words).enumerate() {
        // A row of post buttons is the very furniture looked for, removed or not, and of
        // any length ("Like Quote Reply Report").
        let buttons = block.verdict == Verdict::Remove(POST_ACTIONS);
        let short = (1..=MAX_ANCHOR_WORDS).contains(&w);
        if (buttons || (short && !block.is_removed())) && !block.text.bytes().any(|b| b.is_ascii_digit()) {
            lines.entry(block.text.as_str()).or_default().push(i);
        }
    }
    // The anchor that recurs most often; among equals, the first to appear.
    let mut best: Option<(usize, usize, usize)> = None;
    for at in lines.values() {
        let (Some(&first), Some(&last)) = (at.first(), at.last()) else {
            continue;
        };
        if at.len() < MIN_POSTS || at.iter().filter(|&&i| i >= end).count() < MIN_POSTS_AFTER {
            continue;
        }
        let gaps: Vec<usize> = at.windows(2).map(|pair| pair[1] - pair[0]).collect();
        let mut sorted = gaps.clone();
        sorted.sort_unstable();
        // The lower median: with few posts, one long gap must not set the measure.
        let median = sorted[(sorted.len() - 1) / 2];
        if median < MIN_POST_LINES || gaps.iter().any(|&gap| gap > MAX_GAP_RATIO * median) {
            continue;
        }
        let header_before = at.iter().any(|&i| i < start && start - i <= MAX_HEADER_LINES);
        // Buttons under each post, and the main run opening with the first post: its row
        // stands in the run or right after it, a post's length from its start. Only a row
        // the post buttons' rule knows: a line such as "Reply" after an article may open
        // its comments.
        let buttons_after = first >= start
            && first <= end + MAX_BUTTONS_AFTER_RUN
            && first - start <= MAX_GAP_RATIO * median
            && blocks.get(first).is_some_and(|b| b.verdict == Verdict::Remove(POST_ACTIONS));
        if !header_before && !buttons_after {
            continue;
        }
        // Buttons under each post put the first post before the first anchor: when the main
        // run is a later post, the span reaches back one post's length for it.
        let from = if first < start { first.saturating_sub(median) } else { first };
        let span = (from, (last + median).min(blocks.len()));
        if best.is_none_or(|(count, first_seen, _)| at.len() > count || (at.len() == count && first < first_seen)) {
            best = Some((at.len(), span.0, span.1));
        }
    }
    best.map(|(_, from, to)| (from, to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::BlockKind;
    use crate::clean::shape::word_count;

    fn lines(texts: &[&str]) -> (Vec<Block>, Vec<usize>) {
        let blocks: Vec<Block> = texts.iter().map(|t| Block::new(*t, BlockKind::Line)).collect();
        let words = texts.iter().map(|t| word_count(t)).collect();
        (blocks, words)
    }

    const THREAD: &[&str] = &[
        "Forums",                                                         // 0
        "Best first telescope?",                                          // 1
        "stargazer",                                                      // 2
        "Member",                                                         // 3
        "I am new to astronomy and wonder which telescope to buy first.", // 4 (main run)
        "My budget is about three hundred pounds.",                       // 5 (main run)
        "Reply",                                                          // 6
        "orion_fan",                                                      // 7
        "Member",                                                         // 8
        "A small Dobsonian gives the most aperture for that money.",      // 9
        "Reply",                                                          // 10
        "nightowl",                                                       // 11
        "Member",                                                         // 12
        "Binoculars first, then decide once you know the sky.",           // 13
        "Reply",                                                          // 14
        "Similar threads",                                                // 15
    ];

    #[test]
    fn buttons_under_each_post_bring_the_first_post_when_the_run_is_a_later_one() {
        let (mut blocks, words) = lines(&[
            "Forums",                                                    // 0
            "Best first telescope?",                                     // 1
            "stargazer",                                                 // 2
            "I am new to astronomy and wonder which telescope to buy.",  // 3
            "Quote Reply Report",                                        // 4
            "orion_fan",                                                 // 5
            "A small Dobsonian gives the most aperture for that money.", // 6 (main run)
            "Quote Reply Report",                                        // 7
            "nightowl",                                                  // 8
            "Binoculars first, then decide once you know the sky.",      // 9
            "Quote Reply Report",                                        // 10
            "Similar threads",                                           // 11
        ]);
        // The rows are removed by the post buttons' rule and still mark the posts.
        for i in [4, 7, 10] {
            blocks[i].remove(POST_ACTIONS);
        }
        let (from, to) = thread_span(&blocks, &words, (6, 7)).expect("a thread");
        assert!(from <= 3 && (10..=12).contains(&to), "{from}..{to}");
        // Near miss: when the run is the first post, the span starts at the first row.
        let (from, _) = thread_span(&blocks, &words, (3, 4)).map_or((usize::MAX, 0), |span| span);
        assert!(from == 4 || from == usize::MAX, "{from}");
    }

    #[test]
    fn buttons_right_after_the_first_post_bring_the_later_posts() {
        let (mut blocks, words) = lines(&[
            "Forums",                                                    // 0
            "stargazer",                                                 // 1
            "I am new to astronomy and wonder which telescope to buy.",  // 2 (main run)
            "Like Quote Reply Report",                                   // 3
            "orion_fan",                                                 // 4
            "A small Dobsonian gives the most aperture for that money.", // 5
            "Like Quote Reply Report",                                   // 6
            "nightowl",                                                  // 7
            "Binoculars first, then decide once you know the sky.",      // 8
            "Like Quote Reply Report",                                   // 9
            "Similar threads",                                           // 10
        ]);
        // Near miss first: rows no rule has taken for post buttons may be an article's
        // "Reply" opening its comments.
        assert_eq!(thread_span(&blocks, &words, (2, 3)), None);
        // Rows of four buttons, longer than other anchors, mark the posts all the same.
        for i in [3, 6, 9] {
            blocks[i].remove(POST_ACTIONS);
        }
        let (from, to) = thread_span(&blocks, &words, (2, 3)).expect("a thread");
        assert!(from <= 3 && to >= 9, "{from}..{to}");
        // The run may take in the second post too; the third is still brought.
        let (_, to) = thread_span(&blocks, &words, (2, 6)).expect("a thread");
        assert!(to >= 9, "{to}");
        // Near miss: a run far longer than a post is an article, not the first post.
        let mut texts = vec!["Menu"];
        texts.extend(std::iter::repeat_n("The article goes on in a long paragraph of its own.", 14));
        texts.extend_from_slice(&["Quote Reply Report", "ann", "Nice piece.", "Quote Reply Report", "bo"]);
        texts.extend_from_slice(&["Agreed with every word.", "Quote Reply Report"]);
        let (mut blocks, words) = lines(&texts);
        for block in blocks.iter_mut().filter(|b| b.text == "Quote Reply Report") {
            block.remove(POST_ACTIONS);
        }
        assert_eq!(thread_span(&blocks, &words, (1, 15)), None);
    }

    #[test]
    fn a_doubted_line_of_another_post_is_kept_when_it_is_a_long_sentence() {
        let reply = "That was it, thanks! Realigned the caliper and the noise is gone.";
        assert!(is_post_text(reply, 12, 0.12, 0.3));
        assert!(is_post_text("A Dobsonian gives the most aperture.", 6, 0.5, 0.3));
        // Near misses: a short line, a line without a sentence's end, a line scored as
        // furniture beyond doubt, and a poster's name.
        assert!(!is_post_text("Thanks, that fixed it!", 4, 0.12, 0.3));
        assert!(!is_post_text("Users browsing this forum: No registered users and 3 guests", 10, 0.12, 0.3));
        assert!(!is_post_text(reply, 12, 0.05, 0.3));
        assert!(!is_post_text("mtb_dave", 1, 0.9, 0.3));
    }

    #[test]
    fn the_posts_after_the_first_are_part_of_the_thread() {
        let (blocks, words) = lines(THREAD);
        let (from, to) = thread_span(&blocks, &words, (4, 6)).expect("a thread");
        assert!(from <= 3 && to >= 14, "{from}..{to}");
        assert!(to <= 16);
    }

    #[test]
    fn an_article_followed_by_comments_is_no_thread() {
        // The same furniture, but the main run is far from it: comments under an article.
        let mut texts = vec!["Menu", "Headline of the story"];
        texts.extend(std::iter::repeat_n("The article goes on in a long paragraph of its own.", 14));
        texts.extend_from_slice(&THREAD[6..]);
        let (blocks, words) = lines(&texts);
        assert_eq!(thread_span(&blocks, &words, (2, 16)), None);
    }

    #[test]
    fn a_line_recurring_at_random_is_no_anchor() {
        // "Member" in the header, once before the run and far apart after it.
        let mut texts = vec!["Member", "Welcome", "The page's text, in a sentence or two."];
        texts.extend(std::iter::repeat_n("More of the page's text goes here.", 40));
        texts.extend_from_slice(&["Member", "Footer text", "Member"]);
        let (blocks, words) = lines(&texts);
        assert_eq!(thread_span(&blocks, &words, (2, 43)), None);
    }

    #[test]
    fn anchors_a_rule_removed_do_not_count() {
        let (mut blocks, words) = lines(THREAD);
        for block in blocks.iter_mut().filter(|b| b.text == "Member" || b.text == "Reply") {
            block.remove(crate::model::RuleId("share_prompt"));
        }
        assert_eq!(thread_span(&blocks, &words, (4, 6)), None);
    }
}
