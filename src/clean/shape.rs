//! Small measures of the shape of a piece of text, shared by the rules and the scorer.

/// Whether `c` is a character of a script written without spaces between words
/// (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar), where each character counts
/// roughly as a word.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x0E00..=0x0EFF    // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x20000..=0x2FFFF) // CJK extensions B and later
}

/// Words in `text`: runs of alphanumeric characters, where each character of an unspaced
/// script counts as a word of its own, scaled down (two such characters make one word).
pub fn word_count(text: &str) -> usize {
    let mut words = 0usize;
    let mut unspaced = 0usize;
    let mut in_word = false;
    for c in text.chars() {
        if is_unspaced_script(c) {
            unspaced += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                words += 1;
                in_word = true;
            }
        } else if c != '\'' && c != '’' && c != '-' {
            in_word = false;
        }
    }
    words + unspaced.div_ceil(2)
}

/// Whether the text ends like a sentence: `.`, `!`, `?`, `…`, `:` or their CJK forms,
/// possibly followed by closing quotes or brackets.
pub fn ends_like_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '）')
    });
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？', '；', ';', ':'])
}

/// Count of sentence-ending punctuation marks followed by a space or the end of the text.
pub fn sentence_marks(text: &str) -> usize {
    let mut count = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '。' | '！' | '？' => count += 1,
            '.' | '!' | '?' => match chars.peek() {
                None => count += 1,
                Some(n) if n.is_whitespace() || matches!(n, '"' | '”' | '’' | '»' | ')') => count += 1,
                _ => {}
            },
            _ => {}
        }
    }
    count
}

/// Share of the words that start with an upper-case letter (0 when there are no cased words).
pub fn capitalised_ratio(text: &str) -> f32 {
    let mut cased = 0u32;
    let mut upper = 0u32;
    for word in text.split_whitespace() {
        if let Some(first) = word.chars().find(|c| c.is_alphanumeric()) {
            if first.is_uppercase() {
                upper += 1;
                cased += 1;
            } else if first.is_lowercase() {
                cased += 1;
            }
        }
    }
    if cased == 0 { 0.0 } else { upper as f32 / cased as f32 }
}

/// Collapse every run of whitespace to one space and trim the ends.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Lower-case the text and keep only letters and digits separated by single spaces:
/// a key for comparing two texts that differ in punctuation, case or spacing.
pub fn comparison_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// How a text compares with a [`comparison_key`], computed without allocating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRelation {
    /// The text's key equals `key`.
    Equal,
    /// The text's key is a proper prefix of `key`, ending at a word boundary.
    Prefix,
    Other,
}

/// Compare `text`'s comparison key with `key` as the key is built, stopping at the first
/// difference (most texts differ from a title at their first letter).
pub fn key_relation(text: &str, key: &str) -> KeyRelation {
    let mut expected = key.chars().peekable();
    let mut pending_space = false;
    let mut started = false;
    for c in text.chars() {
        if !c.is_alphanumeric() {
            pending_space = started;
            continue;
        }
        if pending_space {
            if expected.next() != Some(' ') {
                return KeyRelation::Other;
            }
            pending_space = false;
        }
        for l in c.to_lowercase() {
            if expected.next() != Some(l) {
                return KeyRelation::Other;
            }
        }
        started = true;
    }
    match expected.peek() {
        None if started => KeyRelation::Equal,
        Some(' ') if started => KeyRelation::Prefix,
        _ => KeyRelation::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_in_spaced_and_unspaced_scripts() {
        assert_eq!(word_count("Russia's top diplomat, today"), 4);
        assert_eq!(word_count("東京都は晴れ"), 3);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn recognises_sentence_endings() {
        assert!(ends_like_sentence("He said so."));
        assert!(ends_like_sentence("“It is for the Russians to leave,” he said.”"));
        assert!(ends_like_sentence("東京は晴れです。"));
        assert!(!ends_like_sentence("Libya to investigate 'slave auction' footage"));
    }

    #[test]
    fn key_relation_matches_comparison_key() {
        let key = comparison_key("Russia says US stalling - Middle East Online");
        assert_eq!(key_relation("RUSSIA says: US stalling! Middle-East online", &key), KeyRelation::Equal);
        assert_eq!(key_relation("Russia says US stalling", &key), KeyRelation::Prefix);
        assert_eq!(key_relation("Russia says US stall", &key), KeyRelation::Other);
        assert_eq!(key_relation("Something else", &key), KeyRelation::Other);
        assert_eq!(key_relation("", &key), KeyRelation::Other);
    }

    #[test]
    fn comparison_key_ignores_case_and_punctuation() {
        assert_eq!(comparison_key("Russia says: US stalling!"), "russia says us stalling");
    }
}
