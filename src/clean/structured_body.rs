//! The article body a page states in its JSON-LD (`articleBody`), taken when the visible
//! page yields next to nothing. Pages whose text a script writes in after loading send an
//! empty shell of HTML, yet many still state their article in JSON-LD for search engines.
//! A body the page shows stays the body: the structured one only stands in for a page that
//! kept a small fraction of it, and only when it is whole (not a preview cut short with an
//! ellipsis).

use crate::clean::block::{Block, Verdict};
use crate::clean::html;
use crate::clean::shape;
use crate::metadata::html::decode_entities;
use crate::model::RuleId;

/// The rule of blocks the cleaner had kept and the structured body replaced.
pub const REPLACED_BY_STRUCTURED_BODY: RuleId = RuleId("replaced_by_structured_body");

/// What the structured body does, for `rinse rules`.
pub const DESCRIPTIONS: &[(RuleId, &str)] = &[(
    REPLACED_BY_STRUCTURED_BODY,
    "What a page kept when its JSON-LD articleBody holds over four times as many words (a shell a script fills in, a teaser line); the articleBody is the body instead.",
)];

/// The fewest words a structured body must have to stand in for the page's own.
const MIN_BODY_WORDS: usize = 50;
/// It stands in when what the page kept has fewer words than this fraction of it.
const KEPT_FRACTION: usize = 4;

/// The paragraphs of `article_body` when they should replace what the cleaner kept of the
/// page (`blocks`, with `words` per block); `None` to leave the page's choice alone.
pub fn replacement(article_body: &str, blocks: &[Block], words: &[usize]) -> Option<Vec<String>> {
    let kept_words: usize = blocks
        .iter()
        .zip(words)
        .filter(|(b, _)| matches!(b.verdict, Verdict::Keep | Verdict::Undecided))
        .map(|(_, &w)| w)
        .sum();
    let outweighs = |body_words: usize| body_words >= MIN_BODY_WORDS && kept_words * KEPT_FRACTION < body_words;
    // Most pages that carry a body show it: the raw text's words (markup counted in, so never
    // fewer than the body's) settle those without parsing it.
    if !outweighs(shape::word_count(article_body)) {
        return None;
    }
    let paragraphs = paragraphs(article_body);
    if paragraphs.last().is_none_or(|last| shape::ends_with_ellipsis(last)) {
        return None;
    }
    outweighs(paragraphs.iter().map(|p| shape::word_count(p)).sum()).then_some(paragraphs)
}

/// Mark what the cleaner kept as replaced by the structured body.
pub fn mark_replaced(blocks: &mut [Block]) {
    for block in blocks.iter_mut().filter(|b| matches!(b.verdict, Verdict::Keep | Verdict::Undecided)) {
        block.verdict = Verdict::Remove(REPLACED_BY_STRUCTURED_BODY);
    }
}

/// The body's paragraphs: its blocks when it is written in HTML (`<p>…</p>`), as some
/// publishing systems do, else its lines.
fn paragraphs(article_body: &str) -> Vec<String> {
    let body = article_body.trim();
    if is_markup(body) {
        return html::segment(&html::parse(body)).into_iter().map(|b| b.text).collect();
    }
    body.lines()
        .map(|line| shape::collapse_whitespace(&decode_entities(line)))
        .filter(|line| !line.is_empty())
        .collect()
}

fn is_markup(text: &str) -> bool {
    text.contains("</") || text.contains("<br") || text.contains("<BR") || text.contains("<p>") || text.contains("<P>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::BlockKind;

    fn sentence(n: usize) -> String {
        (0..n).map(|i| format!("word{i}")).collect::<Vec<_>>().join(" ") + "."
    }

    fn kept(words: usize) -> (Vec<Block>, Vec<usize>) {
        let mut block = Block::new(sentence(words), BlockKind::Paragraph);
        block.verdict = Verdict::Keep;
        (vec![block], vec![words])
    }

    #[test]
    fn stands_in_for_an_empty_shell() {
        let body = format!("{}\n\n{}", sentence(40), sentence(30));
        let paragraphs = replacement(&body, &[], &[]).expect("taken");
        assert_eq!(paragraphs, vec![sentence(40), sentence(30)]);
        // A page that shows little of it (a teaser line) gets it too.
        let (blocks, words) = kept(10);
        assert!(replacement(&body, &blocks, &words).is_some());
    }

    #[test]
    fn leaves_a_page_that_shows_its_body() {
        let body = format!("{}\n{}", sentence(40), sentence(30));
        let (blocks, words) = kept(60);
        assert_eq!(replacement(&body, &blocks, &words), None);
    }

    #[test]
    fn a_preview_or_a_few_words_is_not_a_body() {
        let preview = format!("{} And then the mayor said&hellip;", sentence(80));
        assert_eq!(replacement(&preview, &[], &[]), None);
        assert_eq!(replacement(&format!("{}...", sentence(80)), &[], &[]), None);
        assert_eq!(replacement(&sentence(20), &[], &[]), None);
        assert_eq!(replacement("", &[], &[]), None);
    }

    #[test]
    fn a_body_in_html_is_read_as_html() {
        let body = format!("<p>{}</p><p>Fish &amp; chips, {}</p>", sentence(40), sentence(20));
        let paragraphs = replacement(&body, &[], &[]).expect("taken");
        assert_eq!(paragraphs, vec![sentence(40), format!("Fish & chips, {}", sentence(20))]);
        // Entities in a plain body are decoded too.
        let paragraphs = replacement(&format!("Fish &amp; chips, {}", sentence(60)), &[], &[]).expect("taken");
        assert!(paragraphs[0].starts_with("Fish & chips, word0"));
    }
}
