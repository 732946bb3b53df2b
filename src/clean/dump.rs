//! Segmentation of a plain-text dump into blocks: one block per non-empty line, with
//! `starts_group` set on the first line after a blank line (dumps put a blank line between
//! the blocks of the page they came from, and none between the items of one list). A dump
//! without blank lines has its groups inferred from the lines' shape instead.
//!
//! Hard-wrapped dumps (`lynx -dump`, `w3m -dump`, text saved at 72 or 80 columns) break each
//! paragraph into lines of about the same width; their lines are joined back into one block
//! per paragraph, so that a paragraph is scored, kept and stored whole.

use unicode_width::UnicodeWidthStr;

use crate::clean::block::{Block, BlockKind, MAX_BLOCKS};
use crate::clean::code_lines::{code_runs, laid_out};
use crate::clean::shape::{collapse_whitespace, ends_like_sentence, is_unspaced_script, word_count_up_to};
use crate::clean::table_lines::table_runs;

/// Lines longer than this are cut into pieces at whitespace, so that one huge line cannot
/// make a single block that dwarfs every measure (and time stays linear).
pub const MAX_LINE_CHARS: usize = 20_000;

/// Wrapped dumps break lines at a column in this range.
const MIN_WRAP_WIDTH: usize = 40;
const MAX_WRAP_WIDTH: usize = 100;
/// A line broken by wrapping ends at most this many columns before the wrap width (the
/// next word did not fit, and words are seldom longer).
const MAX_WRAP_SLACK: usize = 15;
/// Lines within this many columns of the wrap width are at its edge: the measure that puts
/// more lines there is the one the wrapping tool counted in ([`wrap_of`]).
const EDGE_COLUMNS: usize = 3;
/// A dump is wrapped when at least this many lines were broken by wrapping...
const MIN_WRAPPED_LINES: usize = 5;
/// ...they are at least this share of its lines of 20 characters or more...
const MIN_WRAPPED_SHARE: f32 = 0.3;
/// ...and at least this share of them break off mid-sentence (no sentence end before the
/// break, or a lowercase word after it).
const MIN_MID_SENTENCE_SHARE: f32 = 0.6;

/// Groups are inferred for dumps of at least this many lines...
const MIN_LINES_TO_INFER_GROUPS: usize = 4;
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
    /// The text's blocks, and the characters left unread after [`MAX_BLOCKS`] of them.
    pub fn segment_counting(&self) -> (Vec<Block>, u64) {
        if self.lines_whole { segment_wrapped_at(&self.text, None) } else { segment_counting(&self.text) }
    }
}

/// Split a dump into blocks.
pub fn segment(text: &str) -> Vec<Block> {
    segment_counting(text).0
}

/// Split a dump into blocks; also tell how many characters were left unread after
/// [`MAX_BLOCKS`] blocks (0 for all but huge dumps).
pub fn segment_counting(text: &str) -> (Vec<Block>, u64) {
    segment_wrapped_at(text, wrap_width(text))
}

fn segment_wrapped_at(text: &str, wrap: Option<Wrap>) -> (Vec<Block>, u64) {
    let mut blocks: Vec<Block> = Vec::new();
    let mut unread_chars = 0;
    let mut after_blank = true;
    // Columns of the last non-empty line, for telling whether wrapping broke it.
    let mut last_columns = 0;
    let all_lines: Vec<&str> = text.lines().collect();
    let mut code = code_runs(&all_lines).into_iter().peekable();
    let mut tables = table_runs(&all_lines).into_iter().peekable();
    let mut table_end = 0;
    let mut skip_to = 0;
    for (index, &line) in all_lines.iter().enumerate() {
        if index < skip_to {
            continue;
        }
        if blocks.len() >= MAX_BLOCKS {
            // `line` lies inside `text`: the rest starts where it does.
            let rest = text.get(line.as_ptr() as usize - text.as_ptr() as usize..).unwrap_or("");
            unread_chars = rest.chars().count() as u64;
            tracing::warn!(
                max_blocks = MAX_BLOCKS,
                unread_chars,
                "Dump has too many lines; the rest of it is not read."
            );
            blocks.truncate(MAX_BLOCKS);
            break;
        }
        // A listing is one block, kept as laid out.
        if let Some(run) = code.next_if(|run| run.start == index) {
            let run_lines = &all_lines[run.clone()];
            let mut block = Block::new(collapse_whitespace(&run_lines.join(" ")), BlockKind::Preformatted);
            block.layout = Some(laid_out(run_lines));
            block.starts_group = after_blank;
            after_blank = false;
            blocks.push(block);
            skip_to = run.end;
            last_columns = 0;
            continue;
        }
        // A table that starts inside a listing is part of it (`int x;<TAB>/* abscissa */`).
        while tables.next_if(|run| run.start < index).is_some() {}
        if let Some(run) = tables.next_if(|run| run.start == index) {
            table_end = run.end;
        }
        let collapsed = collapse_whitespace(line);
        if collapsed.is_empty() {
            after_blank = true;
            continue;
        }
        // A table's rows, one block each, as a page's table gives them.
        if index < table_end {
            let mut block = Block::new(collapsed, BlockKind::TableRow);
            block.starts_group = after_blank;
            after_blank = false;
            blocks.push(block);
            last_columns = 0;
            continue;
        }
        let columns = wrap.map_or(0, |wrap| wrap.columns(line.trim_end()));
        if let (Some(wrap), false, Some(last)) = (wrap, after_blank, blocks.last_mut())
            && wrap.broke(last_columns, &collapsed)
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
    (blocks, unread_chars)
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

/// How the dump is hard-wrapped, or `None` when its lines are not wrapped (one line per
/// paragraph, as most dumps are).
fn wrap_width(text: &str) -> Option<Wrap> {
    let wrap = wrap_of(text.lines())?;
    // Columns of every line in order (0 for a blank one).
    let columns_in_order: Vec<usize> = text.lines().map(|line| wrap.columns(line.trim_end())).collect();
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
            && wrap.broke(before_columns, line)
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
    is_wrapped.then_some(wrap)
}

/// How a tool hard-wrapped a dump: the width it broke lines at, and how it counted a line's
/// length. w3m and html2text count display columns, in which a Chinese or Japanese
/// character takes two; lynx counts characters. On a page of Latin letters the two agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Wrap {
    pub width: usize,
    display: bool,
}

impl Wrap {
    /// The columns `text` takes as the wrapping tool counted them.
    pub(crate) fn columns(self, text: &str) -> usize {
        if text.is_ascii() {
            text.len()
        } else if self.display {
            text.width()
        } else {
            text.chars().count()
        }
    }

    /// Whether a line of `before_columns` was broken by wrapping before `next`: it is
    /// nearly full, and the next word would not have fitted on it. Scripts written without
    /// spaces are broken between any two characters, with no space to fit: there the word
    /// that did not fit is at most the next two characters (the width, a percentile of the
    /// lines, can be a column over the tool's).
    pub(crate) fn broke(self, before_columns: usize, next: &str) -> bool {
        let (space, next_word) = match next.chars().next() {
            Some(first) if is_unspaced_script(first) => {
                let two = next.char_indices().nth(2).map_or(next, |(at, _)| &next[..at]);
                (0, self.columns(two))
            }
            _ => (1, self.columns(next.split(' ').next().unwrap_or_default())),
        };
        before_columns + MAX_WRAP_SLACK >= self.width && before_columns + space + next_word > self.width
    }
}

/// The wrapping of lines that may be wrapped: the column they are broken at if they are
/// (nearly all fit it, a few may overrun it, a long URL or word), when it is a column dumps
/// are wrapped at. It is measured both ways a tool may count ([`Wrap`]) when the lines hold
/// wide or combining characters, and taken in the measure that lines up more line ends at
/// the width.
pub(crate) fn wrap_of<'a>(lines: impl Iterator<Item = &'a str>) -> Option<Wrap> {
    let mut display: Vec<usize> = Vec::new();
    let mut chars: Vec<usize> = Vec::new();
    for line in lines {
        let line = line.trim_end();
        if line.is_empty() {
            continue;
        }
        if line.is_ascii() {
            display.push(line.len());
            chars.push(line.len());
        } else {
            display.push(line.width());
            chars.push(line.chars().count());
        }
    }
    if display.len() < MIN_WRAPPED_LINES {
        return None;
    }
    let by_display = width_of(&mut display).map(|width| (Wrap { width, display: true }, at_edge(&display, width)));
    if display == chars {
        return by_display.map(|(wrap, _)| wrap);
    }
    let by_chars = width_of(&mut chars).map(|width| (Wrap { width, display: false }, at_edge(&chars, width)));
    match (by_display, by_chars) {
        (Some((display, display_edge)), Some((chars, chars_edge))) => {
            Some(if chars_edge > display_edge { chars } else { display })
        }
        (one, other) => one.or(other).map(|(wrap, _)| wrap),
    }
}

/// The width nearly all of `widths` fit in, when it is a column dumps are wrapped at.
fn width_of(widths: &mut [usize]) -> Option<usize> {
    widths.sort_unstable();
    let width = widths[(widths.len() - 1) * 98 / 100];
    (MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width).then_some(width)
}

/// How many of `widths` end at the edge of `width`.
fn at_edge(widths: &[usize], width: usize) -> usize {
    widths.iter().filter(|&&w| w <= width && w + EDGE_COLUMNS >= width).count()
}

/// Words longer than this (addresses, form fields drawn with underscores) are never broken
/// and may overrun the wrap width.
const MAX_WRAPPED_WORD_CHARS: usize = 30;

/// Whether wrapping could have broken `line`, so that its length tells the width: a line
/// of one word, or with a word longer than wrapping breaks at, may overrun it, and a table's
/// row (cells apart by `|` or by runs of spaces) is as wide as its columns make it. A run of
/// a script written without spaces is broken anywhere, however long.
pub(crate) fn could_wrap(line: &str) -> bool {
    let line = line.trim();
    // In a run of such a script only the other characters (an address, a code) count.
    let breakable = |word: &str| word.chars().filter(|&c| !is_unspaced_script(c)).count() <= MAX_WRAPPED_WORD_CHARS;
    (line.contains(' ') || line.chars().any(is_unspaced_script))
        && !line.contains('|')
        && !line.contains("   ")
        && line.split(' ').all(breakable)
}

/// Append a wrapped line to the paragraph it continues. A word that wrapping split at its
/// hyphen (`ten-` / `year`, `If-` / `None-Match`) is joined without a space, and so are
/// lines of scripts written without spaces (Chinese, Japanese, Thai).
pub(crate) fn join_wrapped(paragraph: &mut String, line: &str) {
    let split_word = paragraph.strip_suffix('-').is_some_and(|rest| rest.ends_with(char::is_alphabetic))
        && line.starts_with(char::is_alphabetic);
    // Either side may be the script's punctuation (`。`, `、`, `）`) or a quotation mark.
    let unspaced = match (paragraph.chars().next_back(), line.chars().next()) {
        (Some(last), Some(first)) => {
            (is_unspaced_text(last) && (is_unspaced_text(first) || is_quotation_mark(first)))
                || (is_quotation_mark(last) && is_unspaced_text(first))
        }
        _ => false,
    };
    if !split_word && !unspaced {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

/// A letter of a script written without spaces, or the punctuation of such scripts (CJK
/// symbols and punctuation, full-width forms).
fn is_unspaced_text(c: char) -> bool {
    is_unspaced_script(c) || matches!(c as u32, 0x3000..=0x303F | 0xFF01..=0xFF65)
}

fn is_quotation_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '「' | '」' | '『' | '』')
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
    fn a_dump_past_the_block_limit_tells_how_much_it_did_not_read() {
        let mut text: String = (0..MAX_BLOCKS).map(|i| format!("Line {i}\n")).collect();
        let rest = "Épilogue one\nÉpilogue two\n";
        text.push_str(rest);
        let (blocks, unread) = segment_counting(&text);
        assert_eq!(blocks.len(), MAX_BLOCKS);
        assert_eq!(unread, rest.chars().count() as u64);
        // Near miss: a dump within the limit is read whole.
        let (blocks, unread) = segment_counting("Line one\nLine two\n");
        assert_eq!((blocks.len(), unread), (2, 0));
    }

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
    fn a_short_dump_without_blank_lines_has_its_groups_inferred_too() {
        // A short article as a crawler's text extract prints it: each paragraph stands alone,
        // and is not one group with the menu.
        let lines = [
            "Home",
            "News",
            "Sport",
            "Council approves new budget for bridge",
            "The council met on Tuesday to discuss the new budget for the coming year.",
            "The mayor promised that the bridge would reopen before the winter holidays.",
            "Contact us",
        ];
        let groups: Vec<bool> = segment(&lines.join("\n")).iter().map(|b| b.starts_group).collect();
        assert_eq!(groups, [true, false, false, false, true, true, true]);
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
    fn chinese_wrapped_by_display_columns_or_by_characters_is_joined() {
        let paragraphs = [
            "据介绍，新政策将原先需要多个部门分别审批的事项合并为“一站式”办理，居民提交申请后，最快十五个工作日即可取得施工许可。部分城市还将单台电梯的补贴标准从十万元提高到十五万元。",
            "加装电梯最大的难点在于低楼层与高楼层居民之间的利益平衡。一些城市探索出按楼层分摊费用的办法：楼层越高，出资比例越高，一层住户可以不出资，同时对采光受影响的住户给予适当补偿。",
            "专家指出，加装电梯不仅是民生工程，也是应对人口老龄化的重要举措。据统计，我国目前约有四千万老年人居住在没有电梯的多层住宅中，出行困难问题日益突出，亟待解决。",
        ];
        // w3m breaks at 80 display columns (39 characters of two columns); lynx at 77
        // characters, whatever their width.
        let wrap = |paragraph: &str, per_line: usize| {
            let chars: Vec<char> = paragraph.chars().collect();
            chars.chunks(per_line).map(|line| line.iter().collect::<String>()).collect::<Vec<_>>().join("\n")
        };
        for per_line in [39, 77] {
            let mut dump = String::from("首页 | 新闻 | 财经\n\n多地出台新政支持老旧小区加装电梯\n\n");
            for paragraph in paragraphs.iter().cycle().take(6) {
                dump.push_str(&wrap(paragraph, per_line));
                dump.push_str("\n\n");
            }
            let texts: Vec<String> = segment(&dump).into_iter().map(|b| b.text).collect();
            assert_eq!(&texts[2..5], &paragraphs, "{per_line} characters a line");
            assert_eq!(texts.len(), 8, "{per_line} characters a line");
        }
        // A line of such a script has no space to break at, and may still be wrapped; a
        // link's address beside a few of its letters is a word that is never broken.
        assert!(could_wrap(paragraphs[0]));
        assert!(!could_wrap("  * [日本語](https://ja.wikipedia.org/wiki/%E3%83%8E%E3%83%BC%E3%83%99%E3%83%AB)"));
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
        // The script's punctuation and quotation marks at the break.
        let mut paragraph = String::from("“现在效率高多了。");
        join_wrapped(&mut paragraph, "”家住朝阳区的刘女士说。");
        assert_eq!(paragraph, "“现在效率高多了。”家住朝阳区的刘女士说。");
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
