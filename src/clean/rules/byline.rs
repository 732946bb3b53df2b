//! Bylines standing alone (`By: Times News Service`, `Von Max Mustermann`, `Chris Davies -
//! Nov 19, 2019, 10:31 pm CST`): removed from the body, their author (and date) kept as
//! metadata. Recognition is shared with the metadata of dumps, see
//! [`crate::metadata::byline`].

use crate::clean::block::{Block, BlockKind, Verdict};
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape;
use crate::metadata::byline::{LineKind, LineMeta, LineRecognizer, is_member_since_label};
use crate::model::RuleId;

/// Removes short blocks that only name the author (and perhaps a date or agency).
pub struct Byline;

impl Rule for Byline {
    fn id(&self) -> RuleId {
        RuleId("byline")
    }

    fn describe(&self) -> &'static str {
        "Short standalone bylines (\"By Jane Doe\", \"Von Max Mustermann\", \"Reuters November 18, 2019\"); their author and date become metadata."
    }

    fn apply(&self, blocks: &mut [Block], cx: &mut RuleContext<'_>) {
        remove_lines_of_kind(blocks, cx, LineKind::Byline, self.id());
    }
}

/// An article has a byline and a dateline or two; a page with more lines of one kind lists
/// posts or entries (a forum thread, an archive), whose dates and authors are content.
const MAX_LINES_OF_A_KIND: usize = 3;

/// Remove the undecided blocks that `recognise` reads as lines of `kind`, and fill the empty
/// fields of `meta` with what the first of them hold. When more than
/// [`MAX_LINES_OF_A_KIND`] blocks are such lines, only the first is removed. Shared with the
/// `dateline` rule.
pub(crate) fn remove_lines_of_kind(blocks: &mut [Block], cx: &mut RuleContext<'_>, kind: LineKind, rule: RuleId) {
    // Both rules need the same recognition; it is done once per page and kept in the memo.
    let memo = &mut cx.memo;
    let recognizer = &mut memo.recognizer;
    let recognised = memo.line_meta.get_or_insert_with(|| recognise_blocks(blocks, recognizer));
    let mut found: Vec<(usize, LineMeta)> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.verdict == Verdict::Undecided)
        .filter_map(|(i, _)| recognised.get(i).cloned().flatten().filter(|f| f.kind == kind).map(|f| (i, f)))
        .collect();
    // A date or a name among an event's or a book's facts (`Date: …`, `Time: …`, `Venue: …`)
    // is theirs and stays with them: text, not the page's byline.
    if !found.is_empty() {
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        let listed = shape::listed_facts(&texts, |i| recognised.get(i).is_some_and(Option::is_some));
        found.retain(|(i, _)| !listed[*i]);
    }
    let meta = &mut *cx.meta;
    let keep_listed = found.len() > MAX_LINES_OF_A_KIND;
    for (i, line) in found.into_iter().take(if keep_listed { 1 } else { usize::MAX }) {
        // On a product page the line heads a review: removed like a byline, but neither
        // its reviewer nor its date is the page's. Under a sign-up label (`注册时间` /
        // `2024-3-10`) the date is a forum member's.
        let joined = i > 0 && is_member_since_label(&blocks[i - 1].text);
        if !cx.product_page && !joined {
            if meta.author.is_none() {
                meta.author = line.author;
            }
            if meta.published.is_none() {
                meta.published = line.published;
            }
        }
        let block = &mut blocks[i];
        tracing::debug!(rule = %rule, text = %block.text, "Removed a byline or dateline.");
        block.remove(rule);
    }
}

/// What `recognizer` makes of each block, `None` for blocks that cannot be bylines: the
/// recognition the byline and dateline rules share (kept in [`crate::clean::rule::RuleMemo`]).
pub(crate) fn recognise_blocks(blocks: &[Block], recognizer: &mut LineRecognizer) -> Vec<Option<LineMeta>> {
    blocks.iter().map(|b| if may_be_byline(b.kind) { recognizer.recognise(&b.text) } else { None }).collect()
}

/// Bylines are paragraphs, dump lines, small headings, captions or list items; a top-level
/// heading, a quotation or code is never one.
fn may_be_byline(kind: BlockKind) -> bool {
    !matches!(kind, BlockKind::Heading(1) | BlockKind::Quote | BlockKind::Preformatted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::InputKind;
    use crate::model::PageMeta;

    fn run(texts: &[&str]) -> (Vec<bool>, PageMeta) {
        let mut blocks: Vec<Block> = texts.iter().map(|t| Block::new(*t, BlockKind::Line)).collect();
        let mut meta = PageMeta::default();
        let mut cx = RuleContext::new(InputKind::Text, &mut meta);
        Byline.apply(&mut blocks, &mut cx);
        (blocks.iter().map(Block::is_removed).collect(), meta)
    }

    #[test]
    fn a_date_among_an_events_facts_stays_with_them() {
        let facts =
            ["Datum: Donnerstag, 18. April 2024", "Beginn: 19:30 Uhr", "Ort: Stadthalle, Bonn", "Eintritt: 25 Euro"];
        let datelines = |texts: &[&str]| {
            let mut blocks: Vec<Block> = texts.iter().map(|t| Block::new(*t, BlockKind::Line)).collect();
            let mut meta = PageMeta::default();
            let mut cx = RuleContext::new(InputKind::Text, &mut meta);
            remove_lines_of_kind(&mut blocks, &mut cx, LineKind::Dateline, RuleId("dateline"));
            (blocks.iter().map(Block::is_removed).collect::<Vec<_>>(), meta)
        };
        let (removed, meta) = datelines(&facts);
        assert_eq!(removed, [false; 4]);
        assert_eq!(meta.published, None);
        // Near misses: a byline block printed as labels, a dateline over the text.
        let (removed, _) =
            datelines(&["Autor: Ivana Horvat", "Objavljeno: 12. 3. 2024. u 10:30", "Vrijeme čitanja: 3 min"]);
        assert_eq!(removed, [false, true, false]);
        let (removed, meta) =
            datelines(&["Datum: 18. April 2024", "Die Stadtkapelle lädt zu ihrem Frühlingskonzert ein."]);
        assert!(removed[0]);
        assert_eq!(meta.published.as_deref(), Some("2024-04-18"));
    }

    #[test]
    fn removes_bylines_and_keeps_their_author() {
        for (text, author) in [
            ("By: Times News Service", "Times News Service"),
            ("By Press Trust of India", "Press Trust of India"),
            ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "Chris Davies"),
            ("Reuters November 18, 2019 11:03 PM", "Reuters"),
            ("Von Max Mustermann", "Max Mustermann"),
            ("Par Jean Dupont", "Jean Dupont"),
            ("Por Juan Pérez", "Juan Pérez"),
            ("Di Mario Rossi", "Mario Rossi"),
            ("Door Jan Jansen", "Jan Jansen"),
        ] {
            let (removed, meta) = run(&[text]);
            assert_eq!(removed, [true], "{text}");
            assert_eq!(meta.author.as_deref(), Some(author), "{text}");
        }
        let (_, meta) = run(&["Chris Davies - Nov 19, 2019, 10:31 pm CST"]);
        assert_eq!(meta.published.as_deref(), Some("2019-11-19T22:31:00-06:00"));
    }

    #[test]
    fn a_native_reading_time_after_the_byline_leaves_it_a_byline() {
        for (text, author, date) in [
            ("Автор: Олена Коваленко 12 березня 2024, 10:30 Час читання: 4 хв", "Олена Коваленко", "2024-03-12"),
            ("Autor: Tomáš Novák 12. března 2024 Doba čtení: 6 minut", "Tomáš Novák", "2024-03-12"),
            ("Tác giả: Nguyễn Minh Anh Thứ Ba, 12/3/2024 10:30 (GMT+7) 5 phút đọc", "Nguyễn Minh Anh", "2024-03-12"),
            ("מאת נועה לוי 12 במרץ 2024 זמן קריאה: 3 דקות", "נועה לוי", "2024-03-12"),
        ] {
            let (removed, meta) = run(&[text]);
            assert_eq!(removed, [true], "{text}");
            assert_eq!(meta.author.as_deref(), Some(author), "{text}");
            assert_eq!(meta.published.as_deref().map(|d| &d[..10]), Some(date), "{text}");
        }
        // A sentence about reading stays.
        let (removed, meta) = run(&["Theo khảo sát ngày 12/3/2024, trẻ em dành 5 phút đọc sách mỗi ngày."]);
        assert_eq!(removed, [false]);
        assert_eq!(meta, PageMeta::default());
    }

    #[test]
    fn keeps_sentences_that_look_like_bylines() {
        let (removed, meta) = run(&[
            "By the time the rebels arrived, the city had fallen.",
            "MOSCOW - Syrian regime forces were on the verge Tuesday of seizing a major rebel district of Aleppo.",
            "By Design",
            "Published works",
            "Oleh Presiden Joko Widodo, proyek itu diresmikan pada 2019.",
            "Par Emmanuel Macron, la réforme a été défendue hier soir.",
        ]);
        assert_eq!(removed, [false, false, false, false, false, false]);
        assert_eq!(meta, PageMeta::default());
    }

    #[test]
    fn leaves_datelines_to_their_rule() {
        let (removed, _) = run(&["Published: December 6, 2016 9:28 PM IST"]);
        assert_eq!(removed, [false]);
    }

    #[test]
    fn first_byline_wins_and_known_metadata_stays() {
        let mut blocks =
            vec![Block::new("By Jane Doe", BlockKind::Paragraph), Block::new("By John Roe", BlockKind::Paragraph)];
        let mut meta = PageMeta { author: Some("Declared Author".into()), ..PageMeta::default() };
        let mut cx = RuleContext::new(InputKind::Html, &mut meta);
        Byline.apply(&mut blocks, &mut cx);
        assert!(blocks.iter().all(Block::is_removed));
        assert_eq!(meta.author.as_deref(), Some("Declared Author"));

        let (_, meta) = run(&["By Jane Doe", "By John Roe"]);
        assert_eq!(meta.author.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn a_product_page_review_header_gives_no_author_or_date() {
        let mut blocks = vec![
            Block::new("Faz um café muito bom.", BlockKind::Paragraph),
            Block::new("Roberta Souza - 12/01/2025", BlockKind::Paragraph),
        ];
        let mut meta = PageMeta::default();
        let mut cx = RuleContext { product_page: true, ..RuleContext::new(InputKind::Html, &mut meta) };
        Byline.apply(&mut blocks, &mut cx);
        assert_eq!(blocks.iter().map(Block::is_removed).collect::<Vec<_>>(), [false, true]);
        assert_eq!(meta, PageMeta::default());

        // Near miss: on any other page the same line is the byline.
        let (removed, meta) = run(&["Faz um café muito bom.", "Roberta Souza - 12/01/2025"]);
        assert_eq!(removed, [false, true]);
        assert_eq!(meta.author.as_deref(), Some("Roberta Souza"));
    }

    #[test]
    fn many_bylines_are_a_list_and_stay() {
        let texts = [
            "Posted by jdoe on June 5, 2019",
            "Posted by ann on June 6, 2019",
            "Posted by bob on June 7, 2019",
            "Posted by eve on June 8, 2019",
        ];
        let (removed, meta) = run(&texts);
        assert_eq!(removed, [true, false, false, false]);
        assert_eq!(meta.author.as_deref(), Some("jdoe"));
    }

    #[test]
    fn decided_blocks_and_top_headings_are_left_alone() {
        let mut blocks =
            vec![Block::new("By Jane Doe", BlockKind::Heading(1)), Block::new("By John Roe", BlockKind::Paragraph)];
        blocks[1].verdict = Verdict::Keep;
        let mut meta = PageMeta::default();
        let mut cx = RuleContext::new(InputKind::Html, &mut meta);
        Byline.apply(&mut blocks, &mut cx);
        assert!(!blocks[0].is_removed() && !blocks[1].is_removed());
        assert_eq!(meta.author, None);
    }
}
