//! Shared vocabulary of the wording rules, and the matcher they use on it.
//!
//! A [`Lexicon`] holds the phrases of one concept (in any language) and answers the questions
//! the rules ask of a short block: does the block start with one of these phrases, and does it
//! consist of nothing but these phrases? Matching is anchored at the start of the block and
//! ends on a word boundary, so a label never matches inside a longer word ("Share" does not
//! match "Shared Libraries"), and it costs a table lookup, or a few bytes of automaton walk,
//! for a block that does not start with any phrase. [`Fragments`] finds short fragments
//! anywhere in a block with a SIMD search, as a gate before a costlier test.
//!
//! Both are built once (in `LazyLock` statics of the rules) and are cheap per block: the
//! cleaner runs ten wording rules over every block of every page, and must keep to 100 MB/s.
//!
//! Word lists used by more than one rule live here, grouped by concept; lists used by one rule
//! sit at the top of that rule's file.

use std::collections::HashMap;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, Span, packed};

use crate::clean::shape::is_unspaced_script;

/// A set of phrases matched case-insensitively at the start of a text.
///
/// Phrases are written once, starting with a letter or digit. ASCII letters match in any
/// case; for phrases with other letters the lexicon adds the lower-case, upper-case,
/// capitalised and title-case forms, so "Поделиться" also matches "ПОДЕЛИТЬСЯ". Both
/// apostrophes (`'` and `’`) match either way.
///
/// A lexicon may hold several groups of phrases (a rule's labels, its buttons, its field
/// names), so that one walk over the start of a block answers for all of them: matches
/// report the groups of the phrase as a bit set, group `i` being bit `1 << i`.
#[derive(Debug)]
pub struct Lexicon {
    /// An anchored, leftmost-longest automaton over the phrases, walked byte by byte: for
    /// the few bytes a block's start takes, a direct walk costs a fraction of a full search
    /// call. A contiguous NFA rather than a DFA: nearly as fast for walks this short, and a
    /// thirtieth of the memory with a multilingual alphabet (about 100 KB a lexicon).
    automaton: NFA,
    start: StateID,
    /// Which pairs of first bytes (ASCII letters lower-cased) a phrase can start with, one bit
    /// per pair: most blocks are turned away by this before the automaton is entered.
    openings: Box<[u64; 1024]>,
    /// For each pattern of the automaton, the groups its phrase belongs to.
    groups: Vec<Groups>,
}

/// A set of lexicon groups, group `i` being bit `1 << i`.
pub type Groups = u16;

/// Every group: for [`Lexicon::covers`] when any phrase will do.
pub const ALL: Groups = Groups::MAX;

/// A set of phrases matched case-insensitively at the end of a text (after trailing
/// punctuation), ending on a word boundary: "Contact | Privacy Policy" ends with "privacy
/// policy". Phrases are written as for [`Lexicon`]; the automaton holds them reversed and is
/// walked from the last byte backwards.
#[derive(Debug)]
pub struct EndLexicon {
    automaton: NFA,
    start: StateID,
}

impl EndLexicon {
    pub fn new(phrases: &[&str]) -> EndLexicon {
        debug_assert!(listed_twice(phrases).is_empty(), "end lexicon lists {:?} more than once", listed_twice(phrases));
        let mut reversed: Vec<Vec<u8>> = Vec::new();
        for phrase in phrases {
            for variant in spelling_variants(phrase) {
                let bytes: Vec<u8> = variant.bytes().rev().collect();
                if !bytes.is_empty() && !reversed.contains(&bytes) {
                    reversed.push(bytes);
                }
            }
        }
        let automaton = NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&reversed)
            .expect("a lexicon of static phrases builds");
        let start = automaton.start_state(Anchored::Yes).expect("an NFA has an anchored start state");
        EndLexicon { automaton, start }
    }

    /// The byte offset where the longest phrase at the end of `text` starts, trailing
    /// characters that are not letters or digits set aside. The phrase must start on a word
    /// boundary.
    pub fn suffix(&self, text: &str) -> Option<usize> {
        // Most blocks end with a letter or digit: skip the trimming.
        let end = if text.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric) {
            text.len()
        } else {
            text.trim_end_matches(|c: char| !c.is_alphanumeric()).len()
        };
        let bytes = text.as_bytes().get(..end)?;
        let mut state = self.start;
        let mut longest = None;
        for (back, &byte) in bytes.iter().rev().enumerate() {
            state = self.automaton.next_state(Anchored::Yes, state, byte);
            if self.automaton.is_special(state) {
                if self.automaton.is_dead(state) {
                    break;
                }
                if self.automaton.is_match(state) {
                    longest = Some(end - back - 1);
                }
            }
        }
        let start = longest?;
        let before = text.get(..start)?.chars().next_back();
        let first = text.get(start..)?.chars().next();
        let boundary = !before.is_some_and(char::is_alphanumeric)
            || first.is_some_and(is_unspaced_script)
            || before.is_some_and(is_unspaced_script);
        boundary.then_some(start)
    }
}

/// What [`Lexicon::covers`] found: how many phrases, and their groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cover {
    pub phrases: usize,
    /// Groups that some phrase belongs to.
    pub any: Groups,
    /// Groups that every phrase belongs to.
    pub all: Groups,
}

impl Lexicon {
    /// Build the matcher over one group of phrases (group bit 1). The phrase lists are
    /// static, so a failure here is a programming error caught by the rules' tests, not
    /// something the data can cause.
    pub fn new(phrases: &[&str]) -> Lexicon {
        Lexicon::grouped(&[phrases])
    }

    /// Build the matcher over several groups of phrases; group `i` is bit `1 << i`. A
    /// phrase listed in several groups belongs to all of them.
    pub fn grouped(groups: &[&[&str]]) -> Lexicon {
        assert!(groups.len() <= Groups::BITS as usize, "too many lexicon groups");
        let mut index_of: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_groups: Vec<Groups> = Vec::new();
        for (group, phrases) in groups.iter().enumerate() {
            debug_assert!(
                listed_twice(phrases).is_empty(),
                "lexicon group {group} lists {:?} more than once",
                listed_twice(phrases)
            );
            for phrase in *phrases {
                for variant in spelling_variants(phrase) {
                    if variant.is_empty() {
                        continue;
                    }
                    let index = *index_of.entry(variant.clone()).or_insert_with(|| {
                        patterns.push(variant);
                        pattern_groups.push(0);
                        patterns.len() - 1
                    });
                    pattern_groups[index] |= 1 << group;
                }
            }
        }
        let automaton = NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("a lexicon of static phrases builds");
        let start = automaton.start_state(Anchored::Yes).expect("an NFA has an anchored start state");
        let mut openings = Box::new([0u64; 1024]);
        for pattern in &patterns {
            let bytes = pattern.as_bytes();
            let first = bytes.first().copied().unwrap_or(0);
            if bytes.len() >= 2 {
                let pair = opening_pair(first, bytes.get(1).copied());
                openings[pair / 64] |= 1 << (pair % 64);
            } else {
                // A one-byte phrase may be followed by anything, or by nothing.
                for second in 0..=u8::MAX {
                    let pair = opening_pair(first, Some(second));
                    openings[pair / 64] |= 1 << (pair % 64);
                }
            }
        }
        Lexicon { automaton, start, openings, groups: pattern_groups }
    }

    /// The longest phrase found at the start of `text`: the byte offset where it ends and
    /// its groups. Leading characters that are not letters or digits (`»`, `[`, `—`,
    /// bullets) are skipped. The phrase must end on a word boundary.
    pub fn prefix(&self, text: &str) -> Option<(usize, Groups)> {
        // Most blocks start with a letter or digit: skip the search for one.
        let start = if text.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
            0
        } else {
            text.find(char::is_alphanumeric)?
        };
        self.prefix_at(text, start)
    }

    /// Like [`Lexicon::prefix`], but the phrase must start exactly at byte `start`.
    fn prefix_at(&self, text: &str, start: usize) -> Option<(usize, Groups)> {
        let bytes = text.as_bytes();
        let pair = opening_pair(*bytes.get(start)?, bytes.get(start + 1).copied());
        if self.openings[pair / 64] & (1 << (pair % 64)) == 0 {
            return None;
        }
        let mut state = self.start;
        let mut longest = None;
        for (offset, &byte) in bytes[start..].iter().enumerate() {
            state = self.automaton.next_state(Anchored::Yes, state, byte);
            if self.automaton.is_special(state) {
                if self.automaton.is_dead(state) {
                    break;
                }
                if self.automaton.is_match(state) {
                    longest = Some((start + offset + 1, self.automaton.match_pattern(state, 0)));
                }
            }
        }
        let (end, pattern) = longest?;
        let groups = self.groups.get(pattern.as_usize()).copied().unwrap_or(0);
        // Phrases are whole UTF-8 strings, so a match always ends on a character boundary;
        // the check keeps every caller's slicing safe all the same.
        (text.is_char_boundary(end) && ends_on_word_boundary(text, end)).then_some((end, groups))
    }

    /// The groups of the phrase that `text` is, when it is one phrase of the lexicon and
    /// nothing else but punctuation, symbols and spaces ("Read more »", "[Click to
    /// enlarge]", "Share this:").
    pub fn whole(&self, text: &str) -> Option<Groups> {
        self.prefix(text).and_then(|(end, groups)| (!has_alphanumeric(&text[end..])).then_some(groups))
    }

    /// What `text` consists of, when it is made of one to `max` phrases of the lexicon
    /// separated only by spaces and list punctuation ("Facebook Twitter Email", "Leave a
    /// Reply Cancel reply", "Privacy • Terms"), each phrase belonging to one of the groups
    /// in `allowed`. `None` when anything else is in the text, including separators that do
    /// not separate words in prose lists (`.`, `#`, `_`, `@`), so that code and identifiers
    /// never read as a row of labels. At each position the longest phrase decides.
    pub fn covers(&self, text: &str, max: usize, allowed: Groups) -> Option<Cover> {
        let first = text.find(char::is_alphanumeric)?;
        let mut position = first;
        let mut cover = Cover { phrases: 0, any: 0, all: Groups::MAX };
        loop {
            let (end, groups) = self.prefix_at(text, position)?;
            if groups & allowed == 0 {
                return None;
            }
            cover.phrases += 1;
            cover.any |= groups;
            cover.all &= groups;
            let rest = &text[end..];
            let Some(offset) = rest.find(char::is_alphanumeric) else {
                return Some(cover);
            };
            if cover.phrases == max || rest[..offset].contains(NON_LIST_SEPARATORS) {
                return None;
            }
            position = end + offset;
        }
    }
}

/// The phrases of `phrases` that an earlier one already covers: the same words in another
/// case or with the other apostrophe. The matcher does not mind, but a list that repeats
/// itself was extended without being read, so debug builds (and every test) refuse one.
fn listed_twice<'a>(phrases: &[&'a str]) -> Vec<&'a str> {
    let mut seen = std::collections::HashSet::new();
    phrases.iter().copied().filter(|phrase| !seen.insert(phrase.to_lowercase().replace('’', "'"))).collect()
}

/// Characters that never separate the items of a row of labels; between two phrases they
/// mean code, an identifier or a sentence.
const NON_LIST_SEPARATORS: &[char] =
    &['.', '#', '_', '@', '=', '<', '>', '{', '}', '\\', '$', '%', '^', '~', '`', ';', '!', '?'];

/// A finder for short fragments anywhere in a text, for gating blocks before a costlier
/// test. It uses the SIMD searcher (Teddy) where the machine has one, which scans a long
/// block many times faster than an automaton (and a short one with Rabin-Karp), and falls
/// back to an automaton elsewhere. Matching is exact: list the cases to find, or build with
/// [`Fragments::in_usual_cases`]. Works best with few fragments (Teddy takes up to 128; under
/// 32 it is fastest).
#[derive(Debug)]
pub enum Fragments {
    Packed(packed::Searcher),
    Automaton(AhoCorasick),
}

impl Fragments {
    /// A finder for `fragments` exactly as written, the longest first where several match.
    pub fn new<S: AsRef<str>>(fragments: &[S]) -> Fragments {
        let patterns: Vec<&str> = fragments.iter().map(AsRef::as_ref).filter(|f| !f.is_empty()).collect();
        let packed = packed::Config::new()
            .match_kind(packed::MatchKind::LeftmostLongest)
            .builder()
            .extend(patterns.iter())
            .build();
        match packed {
            Some(searcher) => Fragments::Packed(searcher),
            None => Fragments::Automaton(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&patterns)
                    .expect("a fragment list of static strings builds"),
            ),
        }
    }

    /// A finder for `fragments` as given, in lower case, upper case and capitalised.
    pub fn in_usual_cases(fragments: &[&str]) -> Fragments {
        let mut patterns: Vec<String> = Vec::new();
        for fragment in fragments {
            let lower = fragment.to_lowercase();
            for variant in [fragment.to_string(), capitalise_first(&lower), fragment.to_uppercase(), lower] {
                if !patterns.contains(&variant) {
                    patterns.push(variant);
                }
            }
        }
        Fragments::new(&patterns)
    }

    /// The first fragment found in `text` at or after byte `from`: its start and end.
    pub fn find_at(&self, text: &str, from: usize) -> Option<(usize, usize)> {
        if from > text.len() {
            return None;
        }
        let found = match self {
            Fragments::Packed(searcher) => searcher.find_in(text.as_bytes(), Span::from(from..text.len())),
            Fragments::Automaton(automaton) => automaton.find(Input::new(text).range(from..)),
        };
        found.map(|m| (m.start(), m.end()))
    }

    /// The first fragment found in `text`: its start and end.
    pub fn find(&self, text: &str) -> Option<(usize, usize)> {
        self.find_at(text, 0)
    }

    /// Whether `text` holds any of the fragments.
    pub fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// Every fragment found in `text`, left to right, without overlaps.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        let mut from = 0;
        std::iter::from_fn(move || {
            let (start, end) = self.find_at(text, from)?;
            from = end.max(start + 1);
            Some((start, end))
        })
    }
}

/// `pattern` with its word boundaries (`\b`) made ASCII ones, which the regex crate's fast
/// engines handle on any text (a Unicode `\b` makes them give up on non-ASCII text). Only for
/// patterns whose boundaries all sit next to ASCII letters or digits: next to a letter of
/// another script an ASCII boundary never matches.
pub fn ascii_word_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// The index of a pair of first bytes in [`Lexicon`]'s opening bits: ASCII letters folded
/// to lower case, the pair packed in 16 bits. A text of one byte pairs it with 0.
fn opening_pair(first: u8, second: Option<u8>) -> usize {
    let first = first.to_ascii_lowercase() as usize;
    let second = second.unwrap_or(0).to_ascii_lowercase() as usize;
    first << 8 | second
}

/// Whether a phrase ending at byte `end` of `text` ends on a word boundary: at the end of the
/// text, before a character that is not a letter or digit, or after a character of a script
/// written without spaces.
fn ends_on_word_boundary(text: &str, end: usize) -> bool {
    let Some(next) = text[end..].chars().next() else {
        return true;
    };
    let last = text[..end].chars().next_back();
    !next.is_alphanumeric() || last.is_some_and(|c| !c.is_alphanumeric() || is_unspaced_script(c))
}

/// The first `max` bytes of `text`, cut back to a character boundary.
pub fn head(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Whether `text` holds any letter or digit.
pub fn has_alphanumeric(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// Separators between a lead-in label and the headline it leads: "Also Read: …", "READ MORE
/// — …", "Next Post » …", "上一篇：…".
/// Armenian writes its colon after a label as '՝' ("Կարդացեք նաև՝ …").
const LEAD_IN_SEPARATORS: &[char] = &[':', '：', '-', '–', '—', '|', '»', '›', '>', '՝'];

/// Whether `tail`, what follows a label, is a separator and then a headline of at most
/// `max_words` words with at most one sentence mark: a link's title, not a sentence that
/// goes on after a word the label shares with prose.
pub fn is_headline_after_separator(tail: &str, max_words: usize) -> bool {
    let Some(rest) = tail.trim_start().strip_prefix(LEAD_IN_SEPARATORS) else {
        return false;
    };
    let words = crate::clean::shape::word_count(rest);
    words > 0 && words <= max_words && crate::clean::shape::sentence_marks(rest) <= 1
}

/// The forms of a phrase worth matching: as written, lower case, upper case, first letter
/// capitalised, every word capitalised; each with both kinds of apostrophe. A phrase whose
/// letters are all ASCII needs one form only, since the matcher ignores ASCII case.
fn spelling_variants(phrase: &str) -> Vec<String> {
    let mut forms = if phrase.chars().all(|c| c.is_ascii() || !c.is_alphabetic()) {
        vec![phrase.to_string()]
    } else {
        vec![
            phrase.to_string(),
            phrase.to_lowercase(),
            phrase.to_uppercase(),
            capitalise_first(&phrase.to_lowercase()),
            phrase.to_lowercase().split(' ').map(capitalise_first).collect::<Vec<_>>().join(" "),
        ]
    };
    // Turkish writes the capital of `i` with a dot (`İLGİLİ HABER`), which the default case
    // mapping does not: phrases with letters only Turkish uses get the Turkish forms too.
    if phrase.contains(TURKISH_LETTERS) {
        let upper: String = phrase.chars().map(|c| if c == 'i' { 'İ' } else { c }).collect::<String>().to_uppercase();
        let title = phrase
            .split(' ')
            .map(|word| {
                let mut chars = word.chars();
                match chars.next() {
                    Some('i') => std::iter::once('İ').chain(chars).collect(),
                    _ => capitalise_first(word),
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        forms.extend([upper, title]);
    }
    let with_other_apostrophe: Vec<String> = forms
        .iter()
        .filter(|form| form.contains(['\'', '’']))
        .flat_map(|form| [form.replace('\'', "’"), form.replace('’', "'")])
        .collect();
    forms.extend(with_other_apostrophe);
    forms
}

/// Letters of Turkish that other languages written in Latin do not use.
const TURKISH_LETTERS: &[char] = &['ı', 'İ', 'ğ', 'Ğ', 'ş', 'Ş'];

fn capitalise_first(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Names of the social networks and sharing channels that share bars and "follow us" rows
/// list, as they appear alone on a line or a button. Risky: "X", "Line", "Mail", "Print" and
/// "Email" are ordinary words, so the share rule removes a line of one name only next to
/// other share furniture, never on its own.
pub const SOCIAL_NETWORKS: &[&str] = &[
    "Facebook",
    // Icon-font names that text dumps keep: "Facebook-f Linkedin-in Twitter".
    "Facebook-f",
    "Facebook-square",
    "LinkedIn-in",
    "X-twitter",
    "Twitter-x",
    "Twitter-square",
    "Instagram-square",
    "Facebook Messenger",
    "Messenger",
    "Twitter",
    "X",
    "X (Twitter)",
    "LinkedIn",
    "WhatsApp",
    "Pinterest",
    "Reddit",
    "Instagram",
    "YouTube",
    "TikTok",
    "Telegram",
    "Tumblr",
    "Flipboard",
    "Snapchat",
    "Threads",
    "Mastodon",
    "Bluesky",
    "Pocket",
    "Hacker News",
    "Xing",
    "VK",
    "VKontakte",
    "ВКонтакте",
    "Одноклассники",
    "Weibo",
    "WeChat",
    "QQ",
    "Line",
    "Google+",
    "Google Plus",
    "Email",
    "E-mail",
    "Mail",
    "SMS",
    "Print",
    "Copy link",
    "Copy URL",
    "RSS",
    "RSS Feed",
    "微信",
    "微博",
    "新浪微博",
    "QQ空间",
    "はてなブックマーク",
    "카카오톡",
    "카카오스토리",
];

/// Words that share widgets add next to a network's name ("Facebook icon", "Opens in a new
/// tab"); meaningless alone, so only counted together with a network name.
pub const SHARE_WIDGET_NOISE: &[&str] = &[
    "icon",
    "logo",
    "square",
    "alt",
    "opens in a new tab",
    "opens in new tab",
    "opens in a new window",
    "opens in new window",
    "opens new window",
    "new window",
    "link",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_skips_leading_punctuation_and_respects_word_ends() {
        let lexicon = Lexicon::new(&["share", "read more"]);
        assert_eq!(lexicon.prefix("» Read more about it"), Some(("» Read more".len(), 1)));
        assert_eq!(lexicon.prefix("Shared Libraries"), None);
        assert_eq!(lexicon.prefix("SHARE this"), Some((5, 1)));
        assert_eq!(lexicon.prefix("nothing here"), None);
        assert_eq!(lexicon.prefix(""), None);
    }

    #[test]
    fn whole_allows_only_punctuation_around_the_phrase() {
        let lexicon = Lexicon::new(&["click to enlarge", "Поделиться"]);
        assert!(lexicon.whole("[Click to enlarge]").is_some());
        assert!(lexicon.whole("ПОДЕЛИТЬСЯ:").is_some());
        assert!(lexicon.whole("поделиться").is_some());
        assert!(lexicon.whole("Click to enlarge the map").is_none());
    }

    #[test]
    fn turkish_phrases_match_in_turkish_capitals() {
        let lexicon = Lexicon::new(&["İlgili haber", "devamını oku"]);
        for text in ["İLGİLİ HABER", "İlgili Haber", "İlgili haber", "DEVAMINI OKU", "Devamını oku"] {
            assert!(lexicon.whole(text).is_some(), "{text}");
        }
        // The dotless capital of other languages is another word.
        assert!(lexicon.whole("ILGILI HABER").is_none());
    }

    #[test]
    fn covers_counts_a_sequence_of_phrases() {
        let lexicon = Lexicon::new(SOCIAL_NETWORKS);
        let phrases = |text, max| lexicon.covers(text, max, ALL).map(|c| c.phrases);
        assert_eq!(phrases("Facebook Twitter Email", 5), Some(3));
        assert_eq!(phrases("Email • Twitter", 5), Some(2));
        assert_eq!(phrases("Facebook Twitter Email", 2), None);
        assert_eq!(phrases("Twitter shares fell 5%", 5), None);
        assert_eq!(phrases(" — ", 5), None);
        assert_eq!(phrases(".#X# ##.X #X#X ..##", 5), None);
    }

    #[test]
    fn a_phrase_listed_twice_is_found() {
        assert!(listed_twice(&["Share", "Tweet", "Partager"]).is_empty());
        assert_eq!(listed_twice(&["Share", "Tweet", "share"]), ["share"]);
        assert_eq!(listed_twice(&["don’t miss", "Don't miss"]), ["Don't miss"]);
        // Only the same words count: a longer phrase is not a repeat of its start.
        assert!(listed_twice(&["Share", "Share this"]).is_empty());
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "more than once")]
    fn a_lexicon_that_lists_a_phrase_twice_is_refused_in_debug_builds() {
        let _ = Lexicon::grouped(&[&["Reply"], &["Share", "Tweet", "SHARE"]]);
    }

    #[test]
    fn unspaced_scripts_need_no_word_boundary() {
        let lexicon = Lexicon::new(&["分享到"]);
        assert_eq!(lexicon.prefix("分享到微信"), Some(("分享到".len(), 1)));
    }

    #[test]
    fn fragments_match_usual_cases_only() {
        let finder = Fragments::in_usual_cases(&["cookie", "us on"]);
        assert!(finder.is_match("We use Cookies."));
        assert!(finder.is_match("ACCEPT COOKIES"));
        assert!(finder.is_match("follow us on X"));
        assert!(!finder.is_match("cOOKIE"));
        assert!(!finder.is_match("biscuits"));
        let long = "x".repeat(100) + " follow us on X " + &"y".repeat(100);
        assert_eq!(finder.find(&long), Some((108, 113)));
        assert_eq!(finder.find_iter("cookie, Cookie; COOKIE").count(), 3);
    }

    #[test]
    fn apostrophes_match_either_way() {
        let lexicon = Lexicon::new(&["don't miss"]);
        assert!(lexicon.whole("Don’t Miss").is_some());
        assert!(lexicon.whole("DON'T MISS").is_some());
    }

    #[test]
    fn end_lexicon_matches_the_last_phrase_on_a_word_boundary() {
        let ends = EndLexicon::new(&["privacy policy", "terms", "Datenschutz"]);
        assert_eq!(ends.suffix("Contact Us | Privacy Policy"), Some("Contact Us | ".len()));
        assert_eq!(ends.suffix("Home • TERMS."), Some("Home • ".len()));
        assert_eq!(ends.suffix("Impressum | DATENSCHUTZ"), Some("Impressum | ".len()));
        assert_eq!(ends.suffix("Midterms"), None);
        assert_eq!(ends.suffix("Nothing here"), None);
        assert_eq!(ends.suffix(""), None);
    }

    #[test]
    fn groups_tell_which_list_a_phrase_came_from() {
        let lexicon = Lexicon::grouped(&[&["share", "print"], &["facebook", "print"]]);
        assert_eq!(lexicon.whole("Share"), Some(0b01));
        assert_eq!(lexicon.whole("Facebook"), Some(0b10));
        assert_eq!(lexicon.whole("Print"), Some(0b11));
        assert_eq!(lexicon.covers("Share: Facebook", 3, ALL), Some(Cover { phrases: 2, any: 0b11, all: 0 }));
        assert_eq!(lexicon.covers("Print Share", 3, ALL), Some(Cover { phrases: 2, any: 0b11, all: 0b01 }));
        assert_eq!(lexicon.covers("Share: Facebook", 3, 0b01), None);
    }
}
