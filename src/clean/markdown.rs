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

use crate::clean::dump::{Rebuilt, broken_by_wrapping, could_wrap, join_wrapped, wrap_width_of};
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

/// Links read inside links (an image in a link is one).
const MAX_LINK_DEPTH: usize = 4;

/// Longest address or link text read (a longer one is not Markdown's).
const MAX_LINK_CHARS: usize = 2000;

/// The dump as plain text when it is written in Markdown; `None` for any other dump.
pub fn rebuild(text: &str) -> Option<Rebuilt> {
    if !is_markdown(text) {
        return None;
    }
    let width = wrap_width_of(text.lines().filter(|line| could_wrap(line)));
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
        if trimmed.is_empty() || is_thematic_break(trimmed) {
            flush(&mut out, &mut open);
            out.push('\n');
            continue;
        }
        let columns = line.trim_end().chars().count();
        let block = block_text(trimmed);
        // A line that wrapping broke goes on with the paragraph or item before it (wrapping
        // breaks links and addresses too, so their marks are read once it is whole).
        // A link left open goes on too, whatever the line's length: wrapping moved its
        // address, too long to fit, to the next line.
        if let (false, Some(current)) = (block.starts_block, open.as_mut())
            && (current.open_marks > 0 && current.lines < MAX_LINK_LINES
                || width.is_some_and(|width| {
                    current.columns <= width + MAX_OVERRUN && broken_by_wrapping(current.columns, trimmed, width)
                }))
        {
            join_wrapped(&mut current.markdown, block.text);
            current.columns = columns;
            current.lines += 1;
            current.open_marks += open_marks(block.text);
            continue;
        }
        flush(&mut out, &mut open);
        open =
            Some(OpenLine { markdown: block.text.to_string(), columns, lines: 1, open_marks: open_marks(block.text) });
    }
    flush(&mut out, &mut open);
    Some(Rebuilt { text: out, references, lines_whole: true })
}

/// A paragraph or item being built from its lines.
struct OpenLine {
    markdown: String,
    /// The columns of its last line as written.
    columns: usize,
    lines: usize,
    /// Brackets and parentheses opened and not yet closed.
    open_marks: isize,
}

/// Brackets and parentheses `text` opens less those it closes.
fn open_marks(text: &str) -> isize {
    text.bytes()
        .map(|b| match b {
            b'[' | b'(' => 1,
            b']' | b')' => -1,
            _ => 0,
        })
        .sum()
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
    let links =
        memchr::memmem::find_iter(text.as_bytes(), b"](").filter(|&at| link_at(text, at)).take(MIN_LINKS).count();
    if links >= MIN_LINKS {
        return true;
    }
    text.lines()
        .filter(|line| heading_text(line.trim()).is_some_and(|(level, _)| level >= 2))
        .take(MIN_HEADINGS)
        .count()
        >= MIN_HEADINGS
}

/// Whether the `](` at `at` ends the text of a link that starts on its line. A number alone
/// is no link's text: lynx prints `[12](BUTTON)`.
fn link_at(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..at].rfind('[').is_some_and(|open| {
        let inner = &text[line_start + open + 1..at];
        !inner.bytes().all(|b| b.is_ascii_digit()) && link(&text[line_start + open..]).is_some()
    })
}

/// A line's text without its block marks, and whether a mark (heading, item, quotation,
/// table row) starts a block there.
struct BlockText<'a> {
    text: &'a str,
    starts_block: bool,
}

fn block_text(line: &str) -> BlockText<'_> {
    if let Some((_, text)) = heading_text(line) {
        return BlockText { text, starts_block: true };
    }
    let mut text = line;
    // Quotations, nested or not.
    while let Some(rest) = text.strip_prefix('>') {
        text = rest.trim_start();
    }
    for bullet in ["* ", "- ", "+ "] {
        if let Some(rest) = text.strip_prefix(bullet) {
            return BlockText { text: rest.trim_start(), starts_block: true };
        }
    }
    let starts_block = text.len() < line.len() || text.starts_with('|') || numbered_text_at(text).is_some();
    BlockText { text, starts_block }
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
            b'!' if tail[1..].starts_with('[') => match link(&tail[1..]) {
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
            b'`' => {
                let ticks = tail.bytes().take_while(|&b| b == b'`').count();
                (ticks, String::new())
            }
            // `**bold**`, `_em_`: marks at a word's edge go; `snake_case` and `2*3` stay.
            _ => {
                let mark = tail.as_bytes()[0];
                let run = tail.bytes().take_while(|&b| b == mark).count();
                let before = out.chars().next_back();
                let after = tail[run..].chars().next();
                let at_edge = before.is_none_or(|c| !c.is_alphanumeric()) || after.is_none_or(|c| !c.is_alphanumeric());
                if at_edge { (run, String::new()) } else { (run, tail[..run].to_string()) }
            }
        };
        out.push_str(&text);
        rest = &tail[taken..];
    }
    out.push_str(rest);
    out
}

/// A link at the start of `text` (`[text](address "title")`): its length and its text.
fn link(text: &str) -> Option<(usize, &str)> {
    // The text may hold brackets of its own (an image inside a link).
    let mut depth = 0usize;
    let mut close = None;
    for (i, c) in text.char_indices().take(MAX_LINK_CHARS) {
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
    fn text_that_is_not_markdown_is_read_as_it_is() {
        // Footnote marks, code comments, lynx's numbered buttons, a word in brackets.
        let dump = "# install the package\n# then run it\n\nSee the notes [1] and [2](BUTTON) [3](BUTTON) [4](BUTTON) \
                    [5](BUTTON) [6](BUTTON).\n\nThe word [sic] stays, as do snake_case and 2*3.\n";
        assert_eq!(rebuild(dump), None);
        assert_eq!(inline_text("snake_case, 2*3 and a_b_c"), "snake_case, 2*3 and a_b_c");
        // Brackets nested past reason are text, read in bounded depth.
        let nested = format!("{}x{}", "[".repeat(100), "](a)".repeat(100));
        let text = inline_text(&nested);
        assert!(text.contains('x') && text.starts_with(&"[".repeat(90)), "{text}");
    }
}
