//! The title of a dump whose first line is not its title. A text browser prints a page
//! without its `<title>`, so such a dump opens with what the page shows first: a logo's text,
//! a menu item ("Home"), a promotion. The metadata reads the head before the main text is
//! known; once it is chosen, the headline is the heading-like line standing over it (past
//! bylines, datelines and controls), or its own first line, and it must share its words with
//! the text under it. It replaces a doubtful first line: one that nothing below repeats, that
//! is a few words at most, and that has next to nothing in common with the main text or the
//! headline.

use std::collections::HashSet;

use crate::clean::block::{Block, Verdict};
use crate::clean::classify::{LOW_CONTENT_SCORE, OUTSIDE_MAIN_TEXT};
use crate::clean::rules::is_ui_furniture;
use crate::clean::shape::{ends_like_sentence, is_unspaced_script, trim_closing_marks, word_count_up_to};
use crate::clean::stopwords::is_function_word;
use crate::metadata::dump::TitleSource;
use crate::model::RuleId;

/// How many blocks over the main text are looked at.
const LOOK_BACK_BLOCKS: usize = 12;
/// A headline has at least this many words...
const MIN_HEADLINE_WORDS: usize = 3;
/// ...and at most this many.
const MAX_HEADLINE_WORDS: usize = 25;
/// A line of prose this long over the main text ends the search: what is above it belongs to
/// something else.
const MIN_PROSE_WORDS: usize = 12;
/// The share of a headline's terms that the main text must hold.
const MIN_SHARED_WITH_BODY: f32 = 0.5;
/// A first line of at most this many words may be doubted...
const MAX_DOUBTED_WORDS: usize = 5;
/// ...when at most this share of its terms is in the main text or the headline.
const MAX_DOUBTED_SHARED: f32 = 0.5;

/// Words are compared by this many first letters: enough to tell words apart, few enough
/// that most endings fall off.
const TERM_CHARS: usize = 5;

/// Rules that remove a headline standing outside the main text: the main-text choice itself,
/// and the list rules, which take a headline over a menu for one more item.
const HEADLINE_MAY_BE_REMOVED_BY: &[RuleId] =
    &[OUTSIDE_MAIN_TEXT, LOW_CONTENT_SCORE, RuleId("nav_list"), RuleId("related_headlines")];

/// Replace a doubtful `title` of a dump with the headline over its main text, once `blocks`
/// carry their verdicts. A headline that is the main text's first block stays in the body:
/// labelled pages keep it there more often than not.
pub fn settle_title(blocks: &[Block], words: &[usize], title: &mut Option<String>, source: TitleSource) {
    if source == TitleSource::Confirmed {
        return;
    }
    let Some(first_kept) = blocks.iter().position(|b| b.verdict == Verdict::Keep) else {
        return;
    };
    // The main text's terms, read once: its first block's apart, as that may be the headline.
    let main = MainText {
        opening: terms_of(&blocks[first_kept].text),
        rest: blocks[first_kept + 1..].iter().filter(|b| b.verdict == Verdict::Keep).fold(
            HashSet::new(),
            |mut terms, block| {
                add_terms(&block.text, &mut terms);
                terms
            },
        ),
    };
    let Some(at) = headline_over(blocks, words, first_kept, &main) else {
        return;
    };
    let headline = blocks[at].text.trim().to_owned();
    if let Some(current) = title.as_deref()
        && !is_doubtful(current, &terms_of(&headline), &main)
    {
        return;
    }
    *title = Some(headline);
}

/// The terms of the main text: its first block's and the rest's.
struct MainText {
    opening: HashSet<String>,
    rest: HashSet<String>,
}

impl MainText {
    fn contains(&self, term: &str) -> bool {
        self.rest.contains(term) || self.opening.contains(term)
    }
}

/// The index of the headline of the main text that starts at `first_kept`: its first block
/// when that reads as a headline and more text follows, else the nearest heading-like block
/// over it. Either must share most of its terms with the main text (the first block, with
/// the rest of it).
fn headline_over(blocks: &[Block], words: &[usize], first_kept: usize, main: &MainText) -> Option<usize> {
    let more_follows = blocks[first_kept + 1..].iter().any(|b| b.verdict == Verdict::Keep);
    if more_follows && reads_as_headline(&blocks[first_kept].text, words[first_kept]) {
        return shares_enough(&blocks[first_kept].text, |t| main.rest.contains(t)).then_some(first_kept);
    }
    for at in (first_kept.saturating_sub(LOOK_BACK_BLOCKS)..first_kept).rev() {
        let block = &blocks[at];
        let may_be_headline = match block.verdict {
            Verdict::Remove(rule) => HEADLINE_MAY_BE_REMOVED_BY.contains(&rule),
            _ => true,
        };
        // Bylines, datelines, share buttons and the like are passed over.
        if !may_be_headline || words[at] < MIN_HEADLINE_WORDS {
            continue;
        }
        if words[at] >= MIN_PROSE_WORDS && ends_like_sentence(&block.text) {
            return None;
        }
        if reads_as_headline(&block.text, words[at]) && shares_enough(&block.text, |t| main.contains(t)) {
            return Some(at);
        }
    }
    None
}

/// A headline's length, no sentence end but a question's, and no page control.
fn reads_as_headline(text: &str, words: usize) -> bool {
    let asks = trim_closing_marks(text).ends_with(['?', '？']);
    (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&words)
        && (asks || !ends_like_sentence(text))
        && !is_ui_furniture(text)
}

fn shares_enough(text: &str, known: impl Fn(&str) -> bool) -> bool {
    shared_share(text, known).is_some_and(|share| share >= MIN_SHARED_WITH_BODY)
}

/// Whether the first line `title` says too little, and too little of the page, to stand
/// against the headline (of `headline` terms).
fn is_doubtful(title: &str, headline: &HashSet<String>, main: &MainText) -> bool {
    if word_count_up_to(title, MAX_DOUBTED_WORDS) > MAX_DOUBTED_WORDS {
        return false;
    }
    shared_share(title, |t| main.contains(t) || headline.contains(t)).is_none_or(|share| share <= MAX_DOUBTED_SHARED)
}

/// The share of `text`'s terms that `known` holds; `None` when it has none.
fn shared_share(text: &str, known: impl Fn(&str) -> bool) -> Option<f32> {
    let own = terms_of(text);
    if own.is_empty() {
        return None;
    }
    Some(own.iter().filter(|t| known(t)).count() as f32 / own.len() as f32)
}

fn terms_of(text: &str) -> HashSet<String> {
    let mut terms = HashSet::new();
    add_terms(text, &mut terms);
    terms
}

/// The terms of `text` that say what it is about: its words in lower case cut to their first
/// [`TERM_CHARS`] letters, less function words, numbers and single letters; in scripts
/// written without spaces, pairs of characters.
fn add_terms(text: &str, terms: &mut HashSet<String>) {
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if word.chars().any(is_unspaced_script) {
            let chars: Vec<char> = word.chars().collect();
            for pair in chars.windows(2) {
                terms.insert(pair.iter().collect());
            }
            continue;
        }
        let lower = word.to_lowercase();
        if lower.chars().count() >= 2 && !lower.chars().all(char::is_numeric) && !is_function_word(&lower) {
            // The first letters stand for the word, so that `frosts` and `frost` meet.
            terms.insert(lower.chars().take(TERM_CHARS).collect());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::BlockKind;
    use crate::clean::shape::word_count;

    /// Blocks of a dump's lines with verdicts: `+` kept, `-` outside the main text, `b` a
    /// byline.
    fn dump(lines: &[(&str, char)]) -> (Vec<Block>, Vec<usize>) {
        let blocks: Vec<Block> = lines
            .iter()
            .map(|(text, mark)| {
                let mut block = Block::new(*text, BlockKind::Line);
                block.verdict = match mark {
                    '+' => Verdict::Keep,
                    'b' => Verdict::Remove(RuleId("byline")),
                    _ => Verdict::Remove(OUTSIDE_MAIN_TEXT),
                };
                block
            })
            .collect();
        let words = blocks.iter().map(|b| word_count(&b.text)).collect();
        (blocks, words)
    }

    const BODY: &str =
        "The city council voted on Tuesday to close the old harbour bridge after engineers found deep cracks.";
    const MORE: &str =
        "Ferries will carry commuters across the harbour while the bridge is repaired, the council said.";

    #[test]
    fn a_menu_item_gives_way_to_the_headline_over_the_main_text() {
        let (blocks, words) = dump(&[
            ("Home", '-'),
            ("News", '-'),
            ("Harbour bridge closed after cracks found", '-'),
            ("By Jane Doe", 'b'),
            (BODY, '+'),
            (MORE, '+'),
        ]);
        let mut title = Some("Home".to_owned());
        settle_title(&blocks, &words, &mut title, TitleSource::FirstLineAlone);
        assert_eq!(title.as_deref(), Some("Harbour bridge closed after cracks found"));
        // No title at all: the same.
        let mut title = None;
        settle_title(&blocks, &words, &mut title, TitleSource::Missing);
        assert_eq!(title.as_deref(), Some("Harbour bridge closed after cracks found"));
    }

    #[test]
    fn a_headline_may_open_the_main_text() {
        let (blocks, words) =
            dump(&[("Menu", '-'), ("Harbour bridge closed after cracks found", '+'), (BODY, '+'), (MORE, '+')]);
        let mut title = Some("Menu".to_owned());
        settle_title(&blocks, &words, &mut title, TitleSource::FirstLineAlone);
        assert_eq!(title.as_deref(), Some("Harbour bridge closed after cracks found"));
        // Alone, it is no headline of anything.
        let mut title = Some("Menu".to_owned());
        settle_title(&blocks[..2], &words[..2], &mut title, TitleSource::FirstLineAlone);
        assert_eq!(title.as_deref(), Some("Menu"));
    }

    #[test]
    fn a_trusted_or_telling_title_stays() {
        let lines = [("Subscribe to our newsletter today", '-'), (BODY, '+'), (MORE, '+')];
        // The line over the body shares nothing with it: no headline.
        let (blocks, words) = dump(&lines);
        let mut title = Some("Home".to_owned());
        settle_title(&blocks, &words, &mut title, TitleSource::FirstLineAlone);
        assert_eq!(title.as_deref(), Some("Home"));
        let lines = [("Harbour bridge closed after cracks found", '-'), (BODY, '+'), (MORE, '+')];
        // A confirmed title, a longer one, and one about the page stay.
        for (first, source) in [
            ("Weather", TitleSource::Confirmed),
            ("Regional transport news from the coast", TitleSource::FirstLineAlone),
            ("Harbour bridge", TitleSource::FirstLineAlone),
        ] {
            let (blocks, words) = dump(&lines);
            let mut title = Some(first.to_owned());
            settle_title(&blocks, &words, &mut title, source);
            assert_eq!(title.as_deref(), Some(first));
        }
    }

    #[test]
    fn a_paragraph_over_the_main_text_ends_the_search() {
        let (blocks, words) = dump(&[
            ("Harbour bridge closed after cracks found", '-'),
            ("An earlier story about the harbour told how the old bridge was built by the city in 1926.", '-'),
            (BODY, '+'),
            (MORE, '+'),
        ]);
        let mut title = Some("Home".to_owned());
        settle_title(&blocks, &words, &mut title, TitleSource::FirstLineAlone);
        assert_eq!(title.as_deref(), Some("Home"));
    }

    #[test]
    fn unspaced_headlines_share_pairs_of_characters() {
        let (blocks, words) = dump(&[
            ("首页", '-'),
            ("政府宣布新措施支持受洪灾影响的农民", '-'),
            ("国务院常务会议决定，中央财政将安排专项资金，支持受洪灾影响的农民尽快恢复农业生产。", '+'),
            ("政府将向农民发放补贴，新措施从下月起实施。", '+'),
        ]);
        let mut title = Some("首页".to_owned());
        settle_title(&blocks, &words, &mut title, TitleSource::FirstLineAlone);
        assert_eq!(title.as_deref(), Some("政府宣布新措施支持受洪灾影响的农民"));
    }
}
