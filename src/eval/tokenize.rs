//! Tokens and whitespace exactly as the reference scorer (`score.py`) sees them.
//!
//! Python's `re` pattern `\w+` on `str` matches runs of characters whose general category is
//! a letter (Lu, Ll, Lt, Lm, Lo) or a number (Nd, Nl, No), plus `_`. Unlike Rust's `\w` it
//! does NOT match combining marks (Mn, Mc, Me) or connector punctuation other than `_`, so
//! `नमस्ते` is two tokens in Python. Python's `\s` (and `str.strip`) is Unicode `White_Space`
//! plus the information separators U+001C..U+001F.
//!
//! The general categories come from `unicode-general-category` (Unicode 16). A Python built
//! with an older Unicode database (3.11 has 14.0) treats characters first assigned after it
//! as non-word; such characters (e.g. CJK Extension H/I) are the only place the two differ.

use unicode_general_category::{GeneralCategory, get_general_category};

/// Whether Python's `\w` (on `str`) matches `c`: a letter, a number, or `_`.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    matches!(
        get_general_category(c),
        GeneralCategory::UppercaseLetter
            | GeneralCategory::LowercaseLetter
            | GeneralCategory::TitlecaseLetter
            | GeneralCategory::ModifierLetter
            | GeneralCategory::OtherLetter
            | GeneralCategory::DecimalNumber
            | GeneralCategory::LetterNumber
            | GeneralCategory::OtherNumber
    )
}

/// The tokens of `text` as Python's `re.findall(r"\w+", text)` returns them (case kept).
pub fn tokens(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                found.extend(text.get(from..at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        found.extend(text.get(from..));
    }
    found
}

/// Whether Python's `str.isspace()` (and so `re`'s `\s`) holds for `c`.
pub fn is_python_space(c: char) -> bool {
    // The four information separators are whitespace to Python (bidi class B/S) but not
    // Unicode White_Space.
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `re.sub(r"\s+", " ", text).strip()`: whitespace runs become one space, and the
/// ends are trimmed.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in text.split(is_python_space).filter(|piece| !piece.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(piece);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Every expected value below was printed by python3 3.11 (`re.findall(r"\w+", s)` and
    // `re.sub(r"\s+", " ", s).strip()`).

    #[test]
    fn devanagari_combining_marks_split_tokens() {
        assert_eq!(tokens("नमस्ते"), ["नमस", "त"]);
        assert_eq!(tokens("नमस्ते दुनिया"), ["नमस", "त", "द", "न", "य"]);
    }

    #[test]
    fn decomposed_accent_splits_but_precomposed_does_not() {
        assert_eq!(tokens("caf\u{e9} au lait"), ["caf\u{e9}", "au", "lait"]);
        assert_eq!(tokens("cafe\u{301} au lait"), ["cafe", "au", "lait"]);
    }

    #[test]
    fn cjk_runs_are_single_tokens_and_punctuation_splits() {
        assert_eq!(tokens("東京都は日本の首都です。人口は約1400万人"), ["東京都は日本の首都です", "人口は約1400万人"]);
        assert_eq!(tokens("한국어 텍스트"), ["한국어", "텍스트"]);
    }

    #[test]
    fn digits_underscores_and_numbers_are_word_characters() {
        assert_eq!(
            tokens("user_42 wrote 3.5 times, ½ of ²x Ⅻ"),
            ["user_42", "wrote", "3", "5", "times", "½", "of", "²x", "Ⅻ"]
        );
        assert_eq!(tokens("a-b c'd e\u{2019}f __ x\u{203f}y"), ["a", "b", "c", "d", "e", "f", "__", "x", "y"]);
    }

    #[test]
    fn empty_and_symbol_only_texts_have_no_tokens() {
        assert!(tokens("").is_empty());
        assert!(tokens(" .,;!? €$ — \u{301}").is_empty());
    }

    #[test]
    fn word_characters_are_exactly_the_letter_and_number_categories() -> Result<(), regex::Error> {
        // An independent spelling of the same set: the regex crate's own category tables.
        let oracle = regex::Regex::new(r"^[\p{L}\p{N}_]$")?;
        let mut buf = [0; 4];
        let differ: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_word_char(c) != oracle.is_match(c.encode_utf8(&mut buf)))
            .collect();
        assert!(differ.is_empty(), "{} code points differ, first {:?}", differ.len(), differ.first());
        Ok(())
    }

    #[test]
    fn case_is_kept() {
        assert_eq!(tokens("Straße STRASSE"), ["Straße", "STRASSE"]);
    }

    #[test]
    fn collapse_whitespace_matches_python_including_separators() {
        assert_eq!(collapse_whitespace("  a \t\n b\u{a0}c\u{1c}d\u{3000}e  "), "a b c d e");
        assert_eq!(collapse_whitespace("\u{85}x\u{2028}y\u{200b}z"), "x y\u{200b}z");
        assert_eq!(collapse_whitespace(" \n\t "), "");
    }

    #[test]
    fn python_space_set_is_exact_at_the_edges() {
        for c in ['\u{9}', '\u{d}', '\u{1c}', '\u{1f}', ' ', '\u{85}', '\u{a0}', '\u{1680}', '\u{202f}', '\u{3000}'] {
            assert!(is_python_space(c), "{c:?} is whitespace in Python");
        }
        for c in ['\u{8}', '\u{1b}', '\u{180e}', '\u{200b}', '\u{feff}', 'a'] {
            assert!(!is_python_space(c), "{c:?} is not whitespace in Python");
        }
    }
}
