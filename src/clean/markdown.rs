//! Dumps written as Markdown (html2text, pandoc, and the page-to-Markdown readers crawlers
//! use) carry the page's markup in signs: `[Home](https://…)` for a link, `![…](…)` for an
//! image, `## ` before a heading, `* ` before an item, `**` around bold text. Read as text,
//! every link's address becomes words and every menu looks like prose, so such a dump is
//! rebuilt first into the shape other dumps have: the text as a reader sees it, one line per
//! paragraph or item, blank lines between blocks where the Markdown has them.
//!
//! Reference definitions (`[1]: https://…`) are the links' addresses, not the page's text:
//! they are set aside with lynx's list of addresses (removed by `link_references`).
//! A dump that shows no Markdown is read as it is.

use crate::clean::dump::{Rebuilt, Wrap, could_wrap, join_wrapped, wrap_of};
use crate::clean::text_browser::numbered_text_at;

/// Markdown is recognised from this many links or images...
const MIN_LINKS: usize = 5;
/// ...or this many headings of level 2 or more (a single `#` opens many a code comment).
const MIN_HEADINGS: usize = 3;

/// A line this many columns over the wrap width may still have been wrapped (the width
/// is measured on most lines, not all); a longer one was not, and stands alone.
const MAX_OVERRUN: usize = 4;

/// Most lines a link is read over (a stray bracket must not join a page into one line).
const MAX_LINK_LINES: usize = 8;

/// Longest run of emphasis marks (`***`).
const MAX_EMPHASIS_MARKS: usize = 3;

/// Links (and emphasis) read inside links (an image in a link is one).
const MAX_LINK_DEPTH: usize = 4;

/// Longest link text read, and longest address (a longer one is not Markdown's).
const MAX_LINK_TEXT_CHARS: usize = 500;
const MAX_LINK_CHARS: usize = 2000;
/// Most `[…](` candidates looked at to recognise Markdown (each look is bounded).
const MAX_LINK_CANDIDATES: usize = 1000;
/// Indentation (columns) from which a line is code, not a heading.
const CODE_INDENT: usize = 4;

/// The dump as plain text when it is written in Markdown; `None` for any other dump.
pub fn rebuild(text: &str) -> Option<Rebuilt> {
    if !is_markdown(text) {
        return None;
    }
    let wrap = wrap_of(text.lines().filter(|line| could_wrap(line)));
    let mut out = String::with_capacity(text.len());
    let mut references = Vec::new();
    let mut in_fence = false;
    let mut open: Option<OpenLine> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if is_fence(trimmed) {
            flush(&mut out, &mut open);
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            // Code stays as written.
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if is_reference_definition(trimmed) {
            references.push(trimmed.to_string());
            continue;
        }
        // A setext heading's underline, and a table's separator row, are drawing.
        if is_underline(trimmed) || is_table_separator(trimmed) {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let block = block_text(trimmed, indent);
        if block.text.is_empty() || is_thematic_break(trimmed) {
            flush(&mut out, &mut open);
            out.push('\n');
            continue;
        }
        let columns = wrap.map_or(0, |wrap| wrap.columns(line.trim_end()));
        if let Some(current) = open.as_mut()
            && goes_on(current, &block, wrap)
        {
            join_wrapped(&mut current.markdown, block.text);
            current.columns = columns;
            current.lines += 1;
            current.links.read(block.text);
            continue;
        }
        flush(&mut out, &mut open);
        let mut links = LinkMarks::default();
        links.read(block.text);
        open = Some(OpenLine { markdown: block.text.to_string(), columns, lines: 1, links, quote: block.quote });
    }
    flush(&mut out, &mut open);
    Some(Rebuilt { text: out, references, lines_whole: true, title_printed: opens_with_title(text) })
}

/// Whether a line goes on with the paragraph or item before it: wrapping broke the line
/// before (wrapping breaks links and addresses too, so their marks are read once the line
/// is whole), or a link is still open (wrapping moved its address, too long to fit, to the
/// next line). A new item or heading starts a block of its own, but a number that
/// wrapping put at a line's start ("… the\n19. century") does not, nor does the next line
/// of a quotation.
fn goes_on(current: &OpenLine, block: &BlockText<'_>, wrap: Option<Wrap>) -> bool {
    // The word that did not fit is the line's first after its marks (a quotation's `>`).
    let wrapped =
        wrap.is_some_and(|wrap| current.columns <= wrap.width + MAX_OVERRUN && wrap.broke(current.columns, block.text));
    match block.starts {
        Start::Text => wrapped || current.links.open() && current.lines < MAX_LINK_LINES,
        Start::Quote => current.quote && wrapped,
        Start::LaterNumber => wrapped,
        Start::Block => false,
    }
}

/// Whether the dump opens with a heading of level 1 (`# Title`, or a line over `===`): the
/// page's title, as converters print it.
fn opens_with_title(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
    match (lines.next(), lines.next()) {
        (Some(first), second) => {
            heading_text(first).is_some_and(|(level, _)| level == 1) || second.is_some_and(is_underline)
        }
        _ => false,
    }
}

/// A paragraph or item being built from its lines.
struct OpenLine {
    markdown: String,
    /// The columns of its last line as written.
    columns: usize,
    lines: usize,
    links: LinkMarks,
    /// It is a quotation.
    quote: bool,
}

/// The links a paragraph has opened and not yet closed: their texts (`[`) and addresses
/// (`](`). Other brackets and parentheses are text.
#[derive(Default)]
struct LinkMarks {
    texts: usize,
    addresses: usize,
}

impl LinkMarks {
    fn read(&mut self, text: &str) {
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'[' => self.texts += 1,
                b']' if self.texts > 0 => {
                    self.texts -= 1;
                    if bytes.get(i + 1) == Some(&b'(') {
                        self.addresses += 1;
                    }
                }
                b')' if self.addresses > 0 => self.addresses -= 1,
                _ => {}
            }
        }
    }

    fn open(&self) -> bool {
        self.texts > 0 || self.addresses > 0
    }
}

/// Write the open line as a reader sees it.
fn flush(out: &mut String, open: &mut Option<OpenLine>) {
    if let Some(OpenLine { markdown, .. }) = open.take() {
        let text = inline_text(&markdown);
        let text = text.trim();
        if !text.is_empty() {
            out.push_str(text);
            out.push('\n');
        }
    }
}

/// Whether the text is written in Markdown: links or images, or headings.
fn is_markdown(text: &str) -> bool {
    count_links(text, MIN_LINKS) >= MIN_LINKS
        || text
            .lines()
            .filter(|line| heading_text(line.trim()).is_some_and(|(level, _)| level >= 2))
            .take(MIN_HEADINGS)
            .count()
            >= MIN_HEADINGS
}

/// Links and images in the text, up to `enough`: each `]` followed by `(` is tried with the
/// nearest `[` before it on its line, once (one pass, each try bounded). A number alone is
/// no link's text: lynx prints `[12](BUTTON)`.
fn count_links(text: &str, enough: usize) -> usize {
    let mut found = 0;
    let mut tried = 0;
    for line in text.lines() {
        let bytes = line.as_bytes();
        let mut opening = None;
        for at in memchr::memchr2_iter(b'[', b']', bytes) {
            if bytes[at] == b'[' {
                opening = Some(at);
                continue;
            }
            if bytes.get(at + 1) != Some(&b'(') {
                continue;
            }
            let Some(open) = opening.take() else { continue };
            tried += 1;
            let inner = &line[open + 1..at];
            let image = open > 0 && bytes[open - 1] == b'!';
            let worded = image || !inner.is_empty() && !inner.bytes().all(|b| b.is_ascii_digit());
            if worded && link(&line[open..]).is_some() {
                found += 1;
            }
            if found >= enough || tried >= MAX_LINK_CANDIDATES {
                return found;
            }
        }
    }
    found
}

/// A line's text without its block marks, and what its start says.
struct BlockText<'a> {
    text: &'a str,
    starts: Start,
    quote: bool,
}

/// What a line's start says of the block it belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Start {
    /// Nothing: it may go on with the line before.
    Text,
    /// A quotation's mark: it goes on with a quotation.
    Quote,
    /// A number other than 1 (`19. `): an item, or a number wrapping put first.
    LaterNumber,
    /// A heading, an item, a table's row.
    Block,
}

/// The text of `line` (trimmed, indented `indent` bytes) without its block marks.
fn block_text(line: &str, indent: usize) -> BlockText<'_> {
    if indent < CODE_INDENT
        && let Some((_, text)) = heading_text(line)
    {
        return BlockText { text, starts: Start::Block, quote: false };
    }
    let mut text = line;
    // Quotations, nested or not.
    while let Some(rest) = text.strip_prefix('>') {
        text = rest.trim_start();
    }
    let quote = text.len() < line.len();
    for bullet in ["* ", "- ", "+ "] {
        if let Some(rest) = text.strip_prefix(bullet) {
            return BlockText { text: rest.trim_start(), starts: Start::Block, quote };
        }
    }
    let starts = if text.starts_with('|') {
        Start::Block
    } else if numbered_text_at(text).is_some() {
        if text.starts_with("1.") || text.starts_with("1)") { Start::Block } else { Start::LaterNumber }
    } else if quote {
        Start::Quote
    } else {
        Start::Text
    };
    BlockText { text, starts, quote }
}

/// An ATX heading (`## Title ##`): its level and text.
fn heading_text(line: &str) -> Option<(usize, &str)> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None;
    }
    Some((level, rest.trim().trim_end_matches('#').trim_end()))
}

/// The text of a line as a reader sees it: links as their text, images gone, emphasis and
/// code marks and escapes taken off.
fn inline_text(line: &str) -> String {
    inline_text_within(line, 0)
}

/// [`inline_text`] of a link's text `depth` links deep: past [`MAX_LINK_DEPTH`], brackets
/// are read as text (a page of nested brackets must not exhaust the stack).
fn inline_text_within(line: &str, depth: usize) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(['[', '!', '\\', '*', '_', '`']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let (taken, text) = match tail.as_bytes()[0] {
            b'!' => match link(&tail[1..]) {
                // An image shows no text (its description is not on the page).
                Some((len, _)) => (len + 1, String::new()),
                None => (1, "!".to_string()),
            },
            b'[' => match link(tail).filter(|_| depth < MAX_LINK_DEPTH) {
                Some((len, inner)) => (len, inline_text_within(inner, depth + 1)),
                None => (1, "[".to_string()),
            },
            b'\\' => match tail[1..].chars().next() {
                Some(c) if c.is_ascii_punctuation() => (1 + c.len_utf8(), c.to_string()),
                _ => (1, "\\".to_string()),
            },
            b'`' => code_span(tail),
            mark => match emphasis(tail, mark, out.chars().next_back()).filter(|_| depth < MAX_LINK_DEPTH) {
                Some((len, inner)) => (len, inline_text_within(inner, depth + 1)),
                None => {
                    let run = tail.bytes().take_while(|&b| b == mark).count();
                    (run, tail[..run].to_string())
                }
            },
        };
        out.push_str(&text);
        rest = &tail[taken..];
    }
    out.push_str(rest);
    out
}

/// A code span at the start of `text` (`` `code` ``): its length and its text as written.
/// Backticks without their closing run are text.
fn code_span(text: &str) -> (usize, String) {
    let ticks = text.bytes().take_while(|&b| b == b'`').count();
    let fence = &text[..ticks];
    let after = &text[ticks..];
    let mut from = 0;
    while let Some(found) = after[from..].find(fence) {
        let at = from + found;
        let run = after[at..].bytes().take_while(|&b| b == b'`').count();
        if run == ticks {
            let code = &after[..at];
            let code = code.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')).unwrap_or(code);
            return (ticks + at + ticks, code.to_string());
        }
        from = at + run;
    }
    (ticks, fence.to_string())
}

/// Emphasis at the start of `text` (`**bold**`, `_em_`), after the character `before`: its
/// length and the text inside. The marks must open before a word and close after one, with
/// `_` only at a word's edges (`snake_case`); a lone mark (`2 * 3`, `*args`) is text.
fn emphasis(text: &str, mark: u8, before: Option<char>) -> Option<(usize, &str)> {
    let run = text.bytes().take_while(|&b| b == mark).count();
    if run > MAX_EMPHASIS_MARKS {
        return None;
    }
    let marks = &text[..run];
    let rest = &text[run..];
    let intraword = |c: Option<char>| mark == b'_' && c.is_some_and(char::is_alphanumeric);
    if rest.chars().next().is_none_or(char::is_whitespace) || intraword(before) {
        return None;
    }
    let mut from = 0;
    while let Some(found) = rest[from..].find(marks) {
        let at = from + found;
        let after = &rest[at + run..];
        let closes_word = rest[..at].chars().next_back().is_some_and(|c| !c.is_whitespace());
        if at > 0 && closes_word && !after.starts_with(char::from(mark)) && !intraword(after.chars().next()) {
            return Some((run + at + run, &rest[..at]));
        }
        from = at + after.bytes().take_while(|&b| b == mark).count() + run;
    }
    None
}

/// A link at the start of `text` (`[text](address "title")`): its length and its text.
fn link(text: &str) -> Option<(usize, &str)> {
    if !text.starts_with('[') {
        return None;
    }
    // The text may hold brackets of its own (an image inside a link).
    let mut depth = 0usize;
    let mut close = None;
    for (i, c) in text.char_indices().take(MAX_LINK_TEXT_CHARS) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    let after = &text[close + 1..];
    let inner = &text[1..close];
    if let Some(address) = after.strip_prefix('(') {
        let mut depth = 1usize;
        for (i, c) in address.char_indices().take(MAX_LINK_CHARS) {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Some((close + 2 + i + 1, inner));
                    }
                }
                _ => {}
            }
        }
        return None;
    }
    // A reference link: `[text][1]`.
    if let Some(label) = after.strip_prefix('[') {
        let end = label.find(']')?;
        return Some((close + 2 + end + 1, inner));
    }
    None
}

/// `[1]: https://example.org "Title"`.
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[')
        && line
            .find("]:")
            .is_some_and(|at| at > 1 && !line[1..at].contains(['[', ']']) && !line[at + 2..].trim().is_empty())
}

/// A fence of a code block: three or more backticks or tildes.
fn is_fence(line: &str) -> bool {
    line.starts_with("```") || line.starts_with("~~~")
}

/// `* * *`, `---`, `___`: a break between blocks.
fn is_thematic_break(line: &str) -> bool {
    let Some(first) = line.chars().next() else { return false };
    matches!(first, '*' | '-' | '_')
        && line.chars().filter(|&c| c == first).count() >= 3
        && line.chars().all(|c| c == first || c == ' ')
}

/// A setext heading's underline (`=====`).
fn is_underline(line: &str) -> bool {
    line.len() >= 3 && line.chars().all(|c| c == '=')
}

/// `| --- | :---: |`: the row under a table's header.
fn is_table_separator(line: &str) -> bool {
    line.contains("---") && line.contains('|') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rebuilt(text: &str) -> Rebuilt {
        rebuild(text).unwrap_or_else(|| panic!("not read as Markdown: {text:?}"))
    }

    #[test]
    fn markdown_is_read_as_a_reader_sees_the_page() {
        let page = "[Harbour Gazette](/)\n\n  * [News](/news)\n    * [Local](/news/local)\n  * [Sport](/sport)\n\n\
                    # Harbour ferry returns\n\nBy [Maria Lindqvist](/authors/maria), _transport correspondent_\n\n\
                    ![The ferry at the quay](/img/ferry.jpg)\n\n\
                    The refit cost **14 million euros**, three million more than planned \\(the council said\\).\n\n\
                    > \"It is the same boat,\" said [Anna Berg][1].\n\n* * *\n\n\
                    | Day | Boats |\n| --- | --- |\n| Monday | 40 |\n\n\
                    ```\nlet snake_case = 2*3;\n```\n\n[1]: https://example.org/anna\n";
        let page = rebuilt(page);
        assert_eq!(
            page.text,
            "Harbour Gazette\n\nNews\nLocal\nSport\n\nHarbour ferry returns\n\n\
             By Maria Lindqvist, transport correspondent\n\n\n\
             The refit cost 14 million euros, three million more than planned (the council said).\n\n\
             \"It is the same boat,\" said Anna Berg.\n\n\n\n\
             | Day | Boats |\n| Monday | 40 |\n\nlet snake_case = 2*3;\n\n"
        );
        assert_eq!(page.references, ["[1]: https://example.org/anna"]);
    }

    #[test]
    fn wrapped_lines_and_links_broken_over_lines_are_joined() {
        // As html2text wraps at 78 columns: inside a paragraph, and inside a link whose
        // address did not fit.
        let page = "[Home](/) [News](/news) [Sport](/sport) [Culture](/culture) [Jobs](/jobs)\n\n\
                    The old harbour ferry went back into service on Saturday morning after a two-\n\
                    year refit that replaced its diesel engines with batteries charged from the\n\
                    quay, cutting the noise on the crossing to little more than the sound of the\n\
                    water.\n\n\
                    About two hundred passengers queued in the rain for the first crossing at\n\
                    seven o'clock, some of them commuters who had spent two winters on the\n\
                    replacement bus.\n\n\
                    [![](https://example.org/wp-\ncontent/uploads/ferry.jpg)Storm closes the coastal road for a\n\
                    second night](https://example.org/2026/11/storm-closes-coastal-\nroad/)\n";
        let text = rebuilt(page).text;
        assert!(
            text.contains("\nThe old harbour ferry went back into service on Saturday morning after a two-year refit that replaced its diesel engines with batteries charged from the quay, cutting the noise on the crossing to little more than the sound of the water.\n"),
            "{text}"
        );
        assert!(text.ends_with("\nStorm closes the coastal road for a second night\n"), "{text}");
    }

    #[test]
    fn blocks_end_where_markdown_ends_them() {
        let links = "[a](/a) [b](/b) [c](/c) [d](/d) [e](/e)\n\n";
        let page = format!(
            "# Harbour ferry returns\n\n{links}\
             The city will decide by the summer whether the old bridge built in the\n\
             19. century is pulled down or repaired at the state's expense, as the\n\
             minister promised in the spring, before the elections in the autumn.\n\n\
             > We had to rebuild the hull because the steel was much thinner than\n\
             > anyone thought when the work began two years ago, said the engineer.\n\n\
             Opening hours (see below\nMonday to Friday: 9 to 17\n\n    # a comment in indented code\n"
        );
        let page = rebuilt(&page);
        assert!(page.title_printed, "a level-1 heading opens it");
        let text = page.text;
        assert!(text.contains("built in the 19. century is pulled down"), "{text}");
        assert!(text.contains("much thinner than anyone thought"), "{text}");
        // A parenthesis left open is text: the lines it stands on stay apart.
        assert!(text.contains("Opening hours (see below\nMonday to Friday"), "{text}");
        assert!(text.contains("# a comment in indented code"), "{text}");
        assert!(!rebuilt(&format!("{links}Harbour Gazette\n")).title_printed);
    }

    #[test]
    fn a_long_line_of_brackets_is_no_markdown() {
        // One pass over the line: each `](` is tried once, and the tries are bounded.
        assert_eq!(rebuild(&"x](".repeat(300_000)), None);
        assert_eq!(rebuild(&"[1](x) ".repeat(100_000)), None);
    }

    #[test]
    fn text_that_is_not_markdown_is_read_as_it_is() {
        // Footnote marks, code comments, lynx's numbered buttons, a word in brackets.
        let dump = "# install the package\n# then run it\n\nSee the notes [1] and [2](BUTTON) [3](BUTTON) [4](BUTTON) \
                    [5](BUTTON) [6](BUTTON).\n\nThe word [sic] stays, as do snake_case and 2*3.\n";
        assert_eq!(rebuild(dump), None);
        assert_eq!(inline_text("snake_case, 2*3 and a_b_c"), "snake_case, 2*3 and a_b_c");
        assert_eq!(
            inline_text("Danke!” sagte er. Ja! `__init__.py`, `*args`, 2 * 3 = 6"),
            "Danke!” sagte er. Ja! __init__.py, *args, 2 * 3 = 6"
        );
        assert_eq!(inline_text("**bold** and _em_ and ***both***"), "bold and em and both");
        // Brackets nested past reason are text, read in bounded depth.
        let nested = format!("{}x{}", "[".repeat(100), "](a)".repeat(100));
        let text = inline_text(&nested);
        assert!(text.contains('x') && text.starts_with(&"[".repeat(90)), "{text}");
    }
}
