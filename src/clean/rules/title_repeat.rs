//! Removes blocks that repeat the page title: the headline printed again in the body, the
//! title line at the top of a text dump, "Headline | Site" in a breadcrumb or a share box.
//!
//! Blocks and title are compared by [`comparison_key`] (case, punctuation and spacing
//! ignored). Either side may carry extra parts joined by a separator (" | ", " - ", " — "):
//! "Headline - Site" matches "Headline", and "Headline | Site" matches a title "Headline",
//! as long as what remains still holds the longest part, the headline itself. A paragraph that
//! merely starts with the title's words is never equal to it, so it stays.

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::{comparison_key, is_unspaced_script};
use crate::model::RuleId;

/// Separators between the headline and the site or section names in a title.
const TITLE_SEPARATORS: &[&str] =
    &[" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " ~ ", "｜", " │ ", " ― "];
/// How much longer (bytes) than the title a block may be and still repeat it (a site name).
const MAX_EXTRA_BYTES: usize = 120;
/// How much shorter (bytes) than the title's shortest key a block may be: keys drop
/// punctuation, but lower-casing may change a text's length a little.
const LENGTH_SLACK_BYTES: usize = 8;
/// A repeat must be at least this many words long ("Home" repeating "Home | Site" is not
/// worth the risk) …
const MIN_KEY_WORDS: usize = 3;
/// … or this many characters of a script written without spaces.
const MIN_UNSPACED_CHARS: usize = 6;
/// A block of more words than this that ends like a sentence is text, even when the page
/// takes it for its title: a forum post whose title is its whole message.
const MAX_REPEAT_PROSE_WORDS: usize = 25;

/// The id of [`TitleRepeat`]: the classifier looks for the headline it removed.
pub const TITLE_REPEAT: RuleId = RuleId("title_repeat");

/// Removes blocks that repeat the page title.
pub struct TitleRepeat;

impl Rule for TitleRepeat {
    fn id(&self) -> RuleId {
        TITLE_REPEAT
    }

    fn describe(&self) -> &'static str {
        "Blocks that repeat the page title, also with or without a site name (\"Headline - Site\")."
    }

    fn apply(&self, blocks: &mut [Block], cx: &mut RuleContext<'_>) {
        let Some(title) = cx.title else { return };
        let title_keys = headline_keys(title);
        if title_keys.is_empty() {
            return;
        }
        let max_len = title.len() + MAX_EXTRA_BYTES;
        let min_len = title_keys.iter().map(String::len).min().unwrap_or(0).saturating_sub(LENGTH_SLACK_BYTES);
        // Cheap tests before the block's own keys are made: how a repeat starts, and that
        // its key holds the headline's key.
        let first_words = FirstWords::new(title);
        let headline = comparison_key(longest_part(title));
        for (i, block) in blocks.iter_mut().enumerate() {
            let text = block.text.as_str();
            if text.len() > max_len || text.len() < min_len || !first_words.admit(text) {
                continue;
            }
            if cx.stats.get(i).is_some_and(|s| s.words > MAX_REPEAT_PROSE_WORDS && s.ends_like_sentence) {
                continue;
            }
            if comparison_key(text).contains(&headline)
                && headline_keys(text).iter().any(|key| title_keys.contains(key))
            {
                block.remove(self.id());
            }
        }
    }
}

/// The comparison keys of `text` and of its shortenings by whole separated parts, at either
/// end, that keep its longest part; only keys long enough to be a headline.
fn headline_keys(text: &str) -> Vec<String> {
    let parts = split_parts(text);
    let longest = parts.iter().enumerate().max_by_key(|(_, part)| part.chars().count()).map_or(0, |(index, _)| index);
    // The key of a span of parts is the keys of its parts joined by spaces.
    let part_keys: Vec<String> = parts.iter().map(|part| comparison_key(part)).collect();
    let mut keys = Vec::new();
    for first in 0..=longest {
        for last in longest..part_keys.len() {
            let key = part_keys[first..=last].join(" ");
            if is_significant(&key) && !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys
}

/// The first words of the title's parts up to its longest one: a repeat of the title starts
/// with one of them. (A block that adds a part of its own in front, "MEO | Headline" for a
/// title "Headline - Middle East Online", is not recognised; it is rare and the price of the
/// test is one word comparison per block.)
struct FirstWords {
    /// For each part up to the longest: its first word and, if any, its second, lower-cased.
    openings: Vec<(String, Option<String>)>,
    /// The first bytes of those first words, ASCII letters lower-cased: a block starting
    /// with any other byte is turned away at once.
    first_bytes: [bool; 256],
}

impl FirstWords {
    fn new(title: &str) -> FirstWords {
        let parts = split_parts(title);
        let longest = parts.iter().enumerate().max_by_key(|(_, part)| part.chars().count()).map_or(0, |(i, _)| i);
        let openings = parts
            .iter()
            .take(longest + 1)
            .filter_map(|part| {
                let (first, second) = first_two_words(part)?;
                Some((first.to_lowercase(), second.map(str::to_lowercase)))
            })
            .collect::<Vec<(String, Option<String>)>>();
        let mut first_bytes = [false; 256];
        for (first, _) in &openings {
            if let Some(&byte) = first.as_bytes().first() {
                first_bytes[usize::from(byte.to_ascii_lowercase())] = true;
            }
        }
        FirstWords { openings, first_bytes }
    }

    /// Whether `text` may repeat the title: it starts with the first two words of a part.
    fn admit(&self, text: &str) -> bool {
        if let Some(&byte) = text.as_bytes().first()
            && byte.is_ascii_alphanumeric()
            && !self.first_bytes[usize::from(byte.to_ascii_lowercase())]
        {
            return false;
        }
        let Some((first, second)) = first_two_words(text) else {
            return false;
        };
        self.openings.iter().any(|(title_first, title_second)| {
            same_word(first, title_first)
                && title_second.as_deref().is_none_or(|t| second.is_some_and(|s| same_word(s, t)))
        })
    }
}

/// Whether `word` equals the lower-cased `lower`, ignoring case.
fn same_word(word: &str, lower: &str) -> bool {
    if word.is_ascii() { word.eq_ignore_ascii_case(lower) } else { word.to_lowercase() == lower }
}

/// The first two runs of letters and digits of `text`.
fn first_two_words(text: &str) -> Option<(&str, Option<&str>)> {
    let (start, end) = word_at(text, 0)?;
    let second = word_at(text, end).map(|(s, e)| &text[s..e]);
    Some((&text[start..end], second))
}

/// The byte span of the first run of letters and digits of `text` from byte `from` on. ASCII
/// bytes are tested directly, other characters decoded: most titles are mostly ASCII.
fn word_at(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    // Whether the character at `at` is a letter or digit, and its length; `None` at the end.
    let char_at = |at: usize| -> Option<(bool, usize)> {
        let byte = *bytes.get(at)?;
        if byte.is_ascii() {
            return Some((byte.is_ascii_alphanumeric(), 1));
        }
        let c = text.get(at..)?.chars().next()?;
        Some((c.is_alphanumeric(), c.len_utf8()))
    };
    let mut at = from;
    loop {
        let (alphanumeric, len) = char_at(at)?;
        if alphanumeric {
            break;
        }
        at += len;
    }
    let start = at;
    while let Some((true, len)) = char_at(at) {
        at += len;
    }
    Some((start, at))
}

/// The longest of the separated parts of `text`: the headline of a title.
fn longest_part(text: &str) -> &str {
    split_parts(text).into_iter().max_by_key(|part| part.chars().count()).unwrap_or(text)
}

/// Split `text` at title separators, looking only where a separator can start: at a space,
/// or at the first byte of "｜".
fn split_parts(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    for candidate in memchr::memchr2_iter(b' ', 0xEF, bytes) {
        if candidate < at {
            continue;
        }
        let rest = &bytes[candidate..];
        if let Some(separator) = TITLE_SEPARATORS.iter().find(|s| rest.starts_with(s.as_bytes())) {
            parts.push(&text[start..candidate]);
            at = candidate + separator.len();
            start = at;
        }
    }
    parts.push(&text[start..]);
    parts.retain(|part| part.chars().any(char::is_alphanumeric));
    parts
}

fn is_significant(key: &str) -> bool {
    key.split(' ').count() >= MIN_KEY_WORDS
        || key.chars().filter(|c| is_unspaced_script(*c)).count() >= MIN_UNSPACED_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::BlockKind;
    use crate::clean::rules::testing::{dump, html, removed, run};

    fn removed_with_title(text: &str, title: &str) -> Vec<String> {
        let mut blocks = dump(text);
        run(&TitleRepeat, &mut blocks, Some(title));
        removed(&blocks)
    }

    #[test]
    fn removes_the_title_repeated_with_or_without_site_name() {
        let title = "Russia says US stalling on Aleppo rebel pullout - Middle East Online";
        let text = "Russia says US stalling on Aleppo rebel pullout\nRUSSIA SAYS US STALLING ON ALEPPO REBEL PULLOUT!\nRussia says US stalling on Aleppo rebel pullout | MEO\nRussia says US stalling on Aleppo rebel pullout, and the talks in Geneva are off.\nMiddle East Online\n";
        assert_eq!(
            removed_with_title(text, title),
            [
                "Russia says US stalling on Aleppo rebel pullout",
                "RUSSIA SAYS US STALLING ON ALEPPO REBEL PULLOUT!",
                "Russia says US stalling on Aleppo rebel pullout | MEO"
            ]
        );
    }

    #[test]
    fn removes_the_title_line_of_a_dump_and_a_headline_with_a_site_prefix() {
        let title = "Opinion | Republicans Are Following Trump to Nowhere - The New York Times";
        let text = "Opinion | Republicans Are Following Trump to Nowhere - The New York Times\nRepublicans Are Following Trump to Nowhere\nThe New York Times\nOpinion\n";
        assert_eq!(
            removed_with_title(text, title),
            [
                "Opinion | Republicans Are Following Trump to Nowhere - The New York Times",
                "Republicans Are Following Trump to Nowhere"
            ]
        );
    }

    #[test]
    fn keeps_a_long_sentence_that_is_the_title() {
        // A forum post whose title is its whole message: the page's title, and its text.
        let post = "FCC Chair to Europe: If you restrict US satellite providers, we will ban you here, \
                    the chair says, as new barriers emerge that constrain US businesses operating abroad.";
        assert!(removed_with_title(&format!("{post}\n"), post).is_empty());
    }

    #[test]
    fn keeps_paragraphs_that_start_with_the_title_and_short_titles() {
        assert!(
            removed_with_title(
                "Syrian government says no Aleppo ceasefire without rebel exit, the foreign ministry said.\n",
                "Syrian government says no Aleppo ceasefire without rebel exit"
            )
            .is_empty()
        );
        assert!(removed_with_title("Contact\nContact us\n", "Contact us | Example").is_empty());
    }

    #[test]
    fn compares_unspaced_scripts_and_html_blocks() {
        assert_eq!(
            removed_with_title(
                "商品の改造が商標法違反に！？\n",
                "商品の改造が商標法違反に！？ | 特許業務法人ライトハウス"
            ),
            ["商品の改造が商標法違反に！？"]
        );
        let mut blocks = vec![html("Disney+ glitches blamed on heavy demand", BlockKind::Heading(1), 0)];
        run(&TitleRepeat, &mut blocks, Some("Disney+ glitches blamed on heavy demand - Los Angeles Times"));
        assert_eq!(removed(&blocks).len(), 1);
    }

    #[test]
    fn keeps_titles_that_differ_in_a_word() {
        let title = "Russia says US stalling on Aleppo rebel pullout";
        assert!(removed_with_title("Russia says US stalling on Aleppo rebel talks\n", title).is_empty());
    }

    #[test]
    fn no_title_no_removal() {
        let mut blocks = dump("Anything at all here\n");
        run(&TitleRepeat, &mut blocks, None);
        assert!(removed(&blocks).is_empty());
    }
}
