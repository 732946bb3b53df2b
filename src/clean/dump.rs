//! Segmentation of a plain-text dump into blocks: one block per non-empty line, with
//! `starts_group` set on the first line after a blank line (dumps put a blank line between
//! the blocks of the page they came from, and none between the items of one list). A dump
//! without blank lines has its groups inferred from the lines' shape instead.
//!
//! Hard-wrapped dumps (`lynx -dump`, `w3m -dump`, text saved at 72 or 80 columns) break each
//! paragraph into lines of about the same width; their lines are joined back into one block
//! per paragraph, so that a paragraph is scored, kept and stored whole.

use crate::clean::block::{Block, BlockKind, MAX_BLOCKS};
use crate::clean::shape::{collapse_whitespace, ends_like_sentence, is_unspaced_script, word_count_up_to};

/// Lines longer than this are cut into pieces at whitespace, so that one huge line cannot
/// make a single block that dwarfs every measure (and time stays linear).
pub const MAX_LINE_CHARS: usize = 20_000;

/// Wrapped dumps break lines at a column in this range.
const MIN_WRAP_WIDTH: usize = 40;
const MAX_WRAP_WIDTH: usize = 100;
/// A line broken by wrapping ends at most this many columns before the wrap width (the
/// next word did not fit, and words are seldom longer).
const MAX_WRAP_SLACK: usize = 15;
/// A dump is wrapped when at least this many lines were broken by wrapping...
const MIN_WRAPPED_LINES: usize = 5;
/// ...they are at least this share of its lines of 20 characters or more...
const MIN_WRAPPED_SHARE: f32 = 0.3;
/// ...and at least this share of them break off mid-sentence (no sentence end before the
/// break, or a lowercase word after it).
const MIN_MID_SENTENCE_SHARE: f32 = 0.6;

/// Groups are inferred for dumps of at least this many lines...
const MIN_LINES_TO_INFER_GROUPS: usize = 10;
/// ...where blank lines break fewer than one line in this many.
const LINES_PER_BREAK: usize = 20;
/// The most words of a line that runs on with its neighbours as the items of a list.
const MAX_ITEM_WORDS: usize = 15;

/// A dump rewritten into the plain shape of most dumps, from the layout of a text-mode
/// browser ([`crate::clean::text_browser`]) or from Markdown ([`crate::clean::markdown`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebuilt {
    /// The page: paragraphs and items, blank lines between its blocks.
    pub text: String,
    /// Lines after the page that list the links' addresses (lynx's "References", Markdown's
    /// reference definitions): not the page's, and not part of `text`.
    pub references: Vec<String>,
    /// Every line of `text` is a whole paragraph or item (wrapped lines are joined).
    pub lines_whole: bool,
    /// The dump may open with the page's title. Text browsers print none (their first line
    /// is whatever the page shows first); Markdown converters print none but a heading.
    pub title_printed: bool,
}

impl Rebuilt {
    /// The text's blocks.
    pub fn segment(&self) -> Vec<Block> {
        if self.lines_whole { segment_unwrapped(&self.text) } else { segment(&self.text) }
    }
}

/// Split a dump into blocks.
pub fn segment(text: &str) -> Vec<Block> {
    segment_wrapped_at(text, wrap_width(text))
}

/// Split a dump whose lines are known to be whole (one per paragraph) into blocks.
pub fn segment_unwrapped(text: &str) -> Vec<Block> {
    segment_wrapped_at(text, None)
}

fn segment_wrapped_at(text: &str, wrap: Option<usize>) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut after_blank = true;
    // Columns of the last non-empty line, for telling whether wrapping broke it.
    let mut last_columns = 0;
    for line in text.lines() {
        if blocks.len() >= MAX_BLOCKS {
            tracing::warn!(max_blocks = MAX_BLOCKS, "Dump has too many lines; the rest of it is not read.");
            blocks.truncate(MAX_BLOCKS);
            break;
        }
        let collapsed = collapse_whitespace(line);
        if collapsed.is_empty() {
            after_blank = true;
            continue;
        }
        let columns = if wrap.is_some() { columns(line) } else { 0 };
        if let (Some(width), false, Some(last)) = (wrap, after_blank, blocks.last_mut())
            && broken_by_wrapping(last_columns, &collapsed, width)
            && last.text.len() + collapsed.len() < MAX_LINE_CHARS
        {
            join_wrapped(&mut last.text, &collapsed);
            last_columns = columns;
            continue;
        }
        last_columns = columns;
        let mut push = |piece: String| {
            let mut block = Block::new(piece, BlockKind::Line);
            block.starts_group = after_blank;
            after_blank = false;
            blocks.push(block);
        };
        if collapsed.len() <= MAX_LINE_CHARS {
            push(collapsed);
        } else {
            split_long(&collapsed).into_iter().for_each(push);
        }
    }
    infer_groups(&mut blocks);
    blocks
}

/// A dump with hardly a blank line in it (Common Crawl's WET records, text taken one line
/// per element) shows no groups, and everything would read as one. Its groups are inferred
/// the way dumps with blank lines print them: the lines of a list (short, not sentences)
/// run together, and every other line stands alone.
fn infer_groups(blocks: &mut [Block]) {
    let breaks = blocks.iter().skip(1).filter(|b| b.starts_group).count();
    if blocks.len() < MIN_LINES_TO_INFER_GROUPS || breaks * LINES_PER_BREAK >= blocks.len() {
        return;
    }
    let mut after_item = false;
    for block in blocks.iter_mut() {
        let item = is_list_item_like(&block.text);
        block.starts_group = !(after_item && item);
        after_item = item;
    }
}

/// A line shaped like a list's item: short, and no sentence.
fn is_list_item_like(text: &str) -> bool {
    !ends_like_sentence(text) && word_count_up_to(text, MAX_ITEM_WORDS + 1) <= MAX_ITEM_WORDS
}

/// The width (in columns) at which the dump is hard-wrapped, or `None` when its lines are
/// not wrapped (one line per paragraph, as most dumps are).
fn wrap_width(text: &str) -> Option<usize> {
    // Columns of every line in order (0 for a blank one), measured once for both passes.
    let columns_in_order: Vec<usize> = text.lines().map(columns).collect();
    let width = wrap_width_of(text.lines())?;
    let mut wrapped = 0usize;
    let mut mid_sentence = 0usize;
    let mut previous: Option<(&str, usize)> = None;
    for (line, &line_columns) in text.lines().zip(&columns_in_order) {
        if line_columns == 0 {
            previous = None;
            continue;
        }
        let line = line.trim();
        if let Some((before, before_columns)) = previous
            && broken_by_wrapping(before_columns, line, width)
        {
            wrapped += 1;
            let ends_sentence = ends_like_sentence(before) || before.ends_with(['"', '”', ')', ']']);
            let goes_on_lowercase = line.chars().next().is_some_and(char::is_lowercase);
            mid_sentence += usize::from(!ends_sentence || goes_on_lowercase);
        }
        previous = Some((line, line_columns));
    }
    let long_lines = columns_in_order.iter().filter(|&&w| w >= 20).count();
    let wrapped_share = wrapped as f32 / long_lines.max(1) as f32;
    let is_wrapped = wrapped >= MIN_WRAPPED_LINES
        && wrapped_share >= MIN_WRAPPED_SHARE
        && mid_sentence as f32 >= MIN_MID_SENTENCE_SHARE * wrapped as f32;
    is_wrapped.then_some(width)
}

/// The column lines are broken at if they are wrapped: nearly all fit it (a few may
/// overrun it, a long URL or word), and it is a column dumps are wrapped at.
pub(crate) fn wrap_width_of<'a>(lines: impl Iterator<Item = &'a str>) -> Option<usize> {
    let mut widths: Vec<usize> = lines.map(columns).filter(|&w| w > 0).collect();
    if widths.len() < MIN_WRAPPED_LINES {
        return None;
    }
    widths.sort_unstable();
    let width = widths[(widths.len() - 1) * 98 / 100];
    (MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width).then_some(width)
}

/// Words longer than this (addresses, form fields drawn with underscores) are never broken
/// and may overrun the wrap width.
const MAX_WRAPPED_WORD_CHARS: usize = 30;

/// Whether wrapping could have broken `line`, so that its length tells the width: a line
/// of one word, or with a word longer than wrapping breaks at, may overrun it, and a table's
/// row (cells apart by `|` or by runs of spaces) is as wide as its columns make it.
pub(crate) fn could_wrap(line: &str) -> bool {
    let line = line.trim();
    line.contains(' ')
        && !line.contains('|')
        && !line.contains("   ")
        && line.split(' ').all(|word| word.chars().count() <= MAX_WRAPPED_WORD_CHARS)
}

/// Whether a line of `before_columns` was broken by wrapping at `width` before `next`: it
/// is nearly full, and the next word would not have fitted on it.
pub(crate) fn broken_by_wrapping(before_columns: usize, next: &str, width: usize) -> bool {
    let next_word = next.split(' ').next().map_or(0, |word| word.chars().count());
    before_columns + MAX_WRAP_SLACK >= width && before_columns + 1 + next_word > width
}

/// Columns a line takes, trailing whitespace left out.
fn columns(line: &str) -> usize {
    line.trim_end().chars().count()
}

/// Append a wrapped line to the paragraph it continues. A word that wrapping split at its
/// hyphen (`ten-` / `year`, `If-` / `None-Match`) is joined without a space, and so are
/// lines of scripts written without spaces (Chinese, Japanese, Thai).
pub(crate) fn join_wrapped(paragraph: &mut String, line: &str) {
    let split_word = paragraph.strip_suffix('-').is_some_and(|rest| rest.ends_with(char::is_alphabetic))
        && line.starts_with(char::is_alphabetic);
    let unspaced = paragraph.chars().next_back().is_some_and(is_unspaced_script)
        && line.chars().next().is_some_and(is_unspaced_script);
    if !split_word && !unspaced {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

fn split_long(line: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    for word in line.split(' ') {
        if current.len() + word.len() + 1 > MAX_LINE_CHARS && !current.is_empty() {
            pieces.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_blocks_and_blank_lines_start_groups() {
        let blocks = segment("Title\n\nNav one\nNav two\n\n  A   paragraph.  \n");
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Title", "Nav one", "Nav two", "A paragraph."]);
        let groups: Vec<_> = blocks.iter().map(|b| b.starts_group).collect();
        assert_eq!(groups, [true, true, false, true]);
    }

    #[test]
    fn a_dump_without_blank_lines_has_its_groups_inferred() {
        let lines = [
            "Home",
            "World",
            "Sport",
            "Council votes to rebuild the bridge",
            "The city council voted on Monday to rebuild the old river bridge by the summer.",
            "Traffic will be diverted over the ring road while the work goes on, the mayor said.",
            "Related stories",
            "Bus timetable changes from May",
            "New cycle lane opens on the quay",
            "© 2026 Example Daily",
        ];
        let groups = |text: &str| segment(text).iter().map(|b| b.starts_group).collect::<Vec<_>>();
        // The menu, the headline and the list run together as lists do; each paragraph
        // stands alone.
        let inferred = [true, false, false, false, true, true, true, false, false, false];
        assert_eq!(groups(&lines.join("\n")), inferred);
        // Near miss: a dump that has blank lines keeps the groups they make.
        let mut printed = lines.join("\n");
        printed = printed.replacen("Sport\n", "Sport\n\n", 1).replacen("said.\n", "said.\n\n", 1);
        assert_eq!(groups(&printed), [true, false, false, true, false, false, true, false, false, false]);
    }

    #[test]
    fn a_huge_line_is_cut_into_bounded_pieces() {
        let line = "word ".repeat(20_000);
        let blocks = segment(&line);
        assert!(blocks.len() > 1);
        assert!(blocks.iter().all(|b| b.text.len() <= MAX_LINE_CHARS));
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "Home | News | Sport | Culture | Contact\n\n\
                    Council turns tram depot into library\n\n\
                    The city council voted on Tuesday to turn the old tram depot on the\n\
                    river into a public library, ending a ten-year dispute over the site\n\
                    that had divided residents and split the governing coalition.\n\n\
                    The plan, which will cost about 40 million euros, keeps the brick halls\n\
                    of the depot and adds a reading room on the roof. Work is due to start\n\
                    next spring and should take three years, according to the city's well-\n\
                    known building department.\n\n\
                    Related\n\
                    New bridge opens downtown\n\
                    School budget approved\n";
        let texts: Vec<String> = segment(text).into_iter().map(|b| b.text).collect();
        assert_eq!(
            texts,
            [
                "Home | News | Sport | Culture | Contact",
                "Council turns tram depot into library",
                "The city council voted on Tuesday to turn the old tram depot on the river into a public library, ending a ten-year dispute over the site that had divided residents and split the governing coalition.",
                "The plan, which will cost about 40 million euros, keeps the brick halls of the depot and adds a reading room on the roof. Work is due to start next spring and should take three years, according to the city's well-known building department.",
                "Related",
                "New bridge opens downtown",
                "School budget approved",
            ]
        );
    }

    #[test]
    fn table_rows_do_not_tell_the_wrap_width() {
        assert!(could_wrap("The fetcher keeps every page it downloads in a cache on disk, so that a"));
        assert!(!could_wrap("| ttl | 7 days | How long a page is kept before it is fetched again from the server |"));
        assert!(!could_wrap("ttl          7 days       How long a page is kept"));
        let mut header = String::from("send If-");
        join_wrapped(&mut header, "None-Match with the stored tag");
        assert_eq!(header, "send If-None-Match with the stored tag");
    }

    #[test]
    fn wrapped_lines_of_unspaced_scripts_join_without_a_space() {
        let mut paragraph = String::from("政府は月曜日、干ばつの被害を受けた");
        join_wrapped(&mut paragraph, "農家を支援する対策を発表した。");
        assert_eq!(paragraph, "政府は月曜日、干ばつの被害を受けた農家を支援する対策を発表した。");
        let mut paragraph = String::from("a ten-");
        join_wrapped(&mut paragraph, "year dispute");
        assert_eq!(paragraph, "a ten-year dispute");
    }

    #[test]
    fn lists_of_short_lines_are_not_wrapped_text() {
        // Items of about the same length, one under the other: a menu or a listing.
        let text = "Shoes and boots for men\nShoes and boots for women\nBags and small leather goods\n\
                    Sunglasses and reading glasses\nWatches and jewellery for all\nSale: up to half off\n\
                    Gift cards and vouchers\n";
        assert_eq!(segment(text).len(), 7);
    }

    #[test]
    fn a_dump_of_more_lines_than_the_block_limit_is_cut() {
        let text = "A line of text.\n".repeat(MAX_BLOCKS + 10);
        let blocks = segment(&text);
        assert_eq!(blocks.len(), MAX_BLOCKS);
    }
}
