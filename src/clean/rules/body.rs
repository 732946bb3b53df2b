//! Where the body of a page lies, roughly: from the first to the last long block of prose.
//! Structural rules use it to tell menus and headline lists (which cluster before and after
//! the body) from the lists inside it, which are text.

use crate::clean::block::Block;
use crate::clean::shape;

/// A block of prose: at least this many words, ending like a sentence.
const PROSE_MIN_WORDS: usize = 20;

/// The indices of the first and last prose blocks not already removed, if any.
pub fn body_span(blocks: &[Block]) -> Option<(usize, usize)> {
    let is_prose = |b: &Block| {
        !b.is_removed()
            && shape::ends_like_sentence(&b.text)
            && shape::word_count_up_to(&b.text, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS
    };
    let first = blocks.iter().position(is_prose)?;
    let last = blocks.iter().rposition(is_prose)?;
    Some((first, last))
}

/// Whether the run `[start, end)` lies wholly before or after the body span; with no
/// prose at all (a listing, a shop page) nothing counts as outside.
pub fn outside(body: Option<(usize, usize)>, start: usize, end: usize) -> bool {
    match body {
        Some((first, last)) => end <= first || start > last,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::dump;

    #[test]
    fn span_covers_the_prose() {
        let prose = "The minister said on Tuesday that the talks would resume in Geneva next week, and that both sides had agreed to the terms.";
        let blocks = dump::segment(&format!("Home\nNews\n\n{prose}\n\nA list\nof things\n\n{prose}\n\nFooter"));
        assert_eq!(body_span(&blocks), Some((2, 5)));
        assert!(outside(body_span(&blocks), 0, 2));
        assert!(!outside(body_span(&blocks), 3, 5));
        assert!(outside(body_span(&blocks), 6, 7));
        assert!(!outside(None, 0, 1));
    }
}
