//! Dumps printed by text-mode browsers (`lynx -dump`, `w3m -dump`, `links -dump`) lay the
//! page out on a character grid: list items behind bullets (`*`, `o`, `+` in lynx; `•`,
//! `☆`, `□` in w3m and elinks) indented by their depth, every line wrapped at about 80 columns,
//! and in lynx a `[12]` before each link, whose address is listed under "References" at the
//! end. Read line by line, an item's second line looks like a line of its own and the
//! bullets like words, so such a dump is rebuilt first into the shape other dumps have:
//! one line per paragraph or item, without bullets or link numbers. Blank lines, which
//! separate the page's blocks, stay where they are.
//!
//! A dump that shows none of this layout is read as it is: an email or a README with an
//! indented list is not a browser's (see `MIN_INDENTED_SHARE`).

use crate::clean::dump::{Rebuilt, Wrap, could_wrap, join_wrapped, wrap_of};
use crate::clean::rules::references_start;

/// Bullets that mark a list item wherever they stand.
const BULLETS: &[char] = &['*', '•', '◦', '▪', '▫', '●', '○', '■', '□', '☆', '★', '‣', '⁃', '∙', '-'];
/// Letters and signs lynx uses as bullets of nested lists; only taken as bullets on an
/// indented line that does not go on from the line before at its own indentation.
const NESTED_BULLETS: &[char] = &['o', '+'];
/// Indentation (columns) of the shallowest nested lynx bullet.
const MIN_NESTED_INDENT: usize = 4;

/// The most digits of an item's number.
const MAX_ITEM_NUMBER_DIGITS: usize = 3;
/// Signs a horizontal rule is drawn with, and its fewest signs.
const RULE_SIGNS: &[char] = &['_', '-', '=', '─', '━', '═'];
const MIN_RULE_CHARS: usize = 10;

/// The layout is recognised from lynx's list of link addresses, this many lynx link
/// numbers...
const MIN_LINK_NUMBERS: usize = 10;
/// ...or this many indented bullets: of the signs text browsers draw (`•`, `□`...), or
/// `*` in a dump where most lines are indented (lynx and links indent the whole
/// page; an email or a README with a short indented list is not a browser's).
const MIN_INDENTED_BULLETS: usize = 3;
const MIN_INDENTED_SHARE: f32 = 0.5;

/// The dump rebuilt one line per paragraph or item, when it is laid out by a text-mode
/// browser; `None` for any other dump.
pub fn rebuild(text: &str) -> Option<Rebuilt> {
    let all_lines: Vec<&str> = text.lines().collect();
    // lynx lists the links' addresses after the page: not laid out, and not the page's.
    let references_at = references_start(&all_lines);
    let strip_links = references_at.is_some() || count_link_numbers(text) >= MIN_LINK_NUMBERS;
    let layout = Layout::of(&all_lines);
    let drawn_bullets = layout.drawn_bullets >= MIN_INDENTED_BULLETS;
    let indented_page = layout.ascii_bullets >= MIN_INDENTED_BULLETS
        && layout.indented as f32 >= MIN_INDENTED_SHARE * layout.non_blank.max(1) as f32;
    if !strip_links && !drawn_bullets && !indented_page {
        return None;
    }
    let (laid_out, references) = all_lines.split_at(references_at.unwrap_or(all_lines.len()));
    let wrap = wrap_of(laid_out.iter().copied().filter(|line| could_wrap(line)));
    // Columns as the browser counted them (characters where nothing was wrapped).
    let columns = |text: &str| wrap.map_or_else(|| text.chars().count(), |wrap| wrap.columns(text));
    let mut out = String::with_capacity(text.len());
    // The logical line being built, and how the next physical line could go on with it.
    let mut open: Option<OpenLine> = None;
    // The physical line before, unless it was blank.
    let mut previous: Option<Placed> = None;
    for &line in laid_out {
        let indent = line.len() - line.trim_start().len();
        let content = line.trim();
        if is_bare_bullet(content) {
            // An empty item: nothing to read, and the list goes on.
            continue;
        }
        if content.is_empty() || is_rule_line(content) {
            flush(&mut out, &mut open);
            out.push('\n');
            previous = None;
            continue;
        }
        let stripped = if strip_links { strip_link_numbers(content) } else { content.to_string() };
        let placed = Placed { indent: columns(&line[..indent]), columns: columns(line.trim_end()) };
        // A line that wrapping broke goes on, even when it opens with what could be a
        // bullet or a number ("… aus dem" / "19. Jahrhundert"): an item starts at its own
        // column, not at the text's.
        if let Some(current) = open.as_mut()
            && goes_on(current, &placed, previous.as_ref(), content, wrap)
        {
            join_wrapped(&mut current.text, &stripped);
            previous = Some(placed);
            continue;
        }
        let started = match (
            bullet_of(&stripped, placed.indent, previous.as_ref(), open.as_ref()),
            numbered_text_at(&stripped),
        ) {
            (Some((bullet, item)), _) => OpenLine {
                text: item.trim().to_string(),
                continues_at: placed.indent + columns(&stripped[..stripped.len() - item.len()]),
                shape: Shape::Item(bullet),
                indent: placed.indent,
            },
            // A numbered item keeps its number, which may be part of the text.
            (None, Some(text_at)) => OpenLine {
                continues_at: placed.indent + columns(&stripped[..text_at]),
                text: stripped,
                shape: Shape::Numbered,
                indent: placed.indent,
            },
            (None, None) => {
                match open.as_ref() {
                    // A further block of the item: its text's column, no bullet.
                    Some(item) if item.shape != Shape::Paragraph && item.continues_at == placed.indent => {
                        OpenLine { text: stripped.trim().to_string(), ..*item }
                    }
                    _ => OpenLine {
                        text: stripped.trim().to_string(),
                        continues_at: placed.indent,
                        shape: Shape::Paragraph,
                        indent: placed.indent,
                    },
                }
            }
        };
        if let Some(before) = open.as_ref()
            && starts_other_block(before, &started)
        {
            flush(&mut out, &mut open);
            out.push('\n');
        }
        flush(&mut out, &mut open);
        open = Some(started);
        previous = Some(placed);
    }
    flush(&mut out, &mut open);
    let references =
        references.iter().map(|line| line.trim()).filter(|line| !line.is_empty()).map(str::to_string).collect();
    // lynx, links and w3m print no `<title>`, and indent the page's first line (a logo, a
    // link) unless it is a heading. A flush-left first line of a dump with no other sign of
    // a browser (a plain-text README with an indented list) may be its title.
    let first_indented =
        laid_out.iter().find(|line| !line.trim().is_empty()).is_some_and(|line| line.starts_with(char::is_whitespace));
    let title_printed = !(strip_links || drawn_bullets || first_indented);
    Some(Rebuilt { text: out, references, lines_whole: true, title_printed })
}

/// A logical line being assembled.
struct OpenLine {
    text: String,
    /// The column where the text of its lines starts (behind an item's bullet).
    continues_at: usize,
    shape: Shape,
    /// The column of its first line.
    indent: usize,
}

/// What a logical line is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Paragraph,
    /// An item behind this bullet.
    Item(char),
    /// An item behind a number.
    Numbered,
}

/// Where a physical line stands: the column its text starts at, and the columns it takes.
#[derive(Clone, Copy)]
struct Placed {
    indent: usize,
    columns: usize,
}

fn flush(out: &mut String, open: &mut Option<OpenLine>) {
    if let Some(line) = open.take()
        && !line.text.is_empty()
    {
        out.push_str(&line.text);
        out.push('\n');
    }
}

/// Whether `next` starts another block than `before`, which the dump printed without a
/// blank line between: a list after a paragraph, a paragraph after a list, or a list
/// nested in an item. Other dumps print these apart, and so the rebuilt dump does.
fn starts_other_block(before: &OpenLine, next: &OpenLine) -> bool {
    match (before.shape, next.shape) {
        (Shape::Paragraph, Shape::Paragraph) => false,
        (Shape::Paragraph, _) | (_, Shape::Paragraph) => true,
        _ => before.indent != next.indent,
    }
}

/// Whether a line without a bullet goes on with the open line: it starts where the open
/// line's text does (an item's text, behind its bullet), and wrapping broke the line
/// before. An item's next line that was not wrapped is a block of its own (a comment's
/// header, then its text).
fn goes_on(open: &OpenLine, placed: &Placed, previous: Option<&Placed>, next: &str, wrap: Option<Wrap>) -> bool {
    if placed.indent != open.continues_at {
        return false;
    }
    match (previous, wrap) {
        (Some(before), Some(wrap)) => wrap.broke(before.columns, next),
        _ => false,
    }
}

/// The bullet and the item's text after it, when `line` (trimmed, at `indent`) starts
/// with one.
fn bullet_of<'t>(
    line: &'t str,
    indent: usize,
    previous: Option<&Placed>,
    open: Option<&OpenLine>,
) -> Option<(char, &'t str)> {
    let mut chars = line.chars();
    let bullet = chars.next()?;
    let item = chars.as_str().strip_prefix(' ')?;
    if item.trim().is_empty() {
        return None;
    }
    if BULLETS.contains(&bullet) {
        return Some((bullet, item));
    }
    if !NESTED_BULLETS.contains(&bullet) || indent < MIN_NESTED_INDENT {
        return None;
    }
    // "o ministro" going on from a paragraph at the same column is text, not an item.
    let same_list = open.is_some_and(|o| o.shape == Shape::Item(bullet) && o.indent == indent);
    let continues_text = previous.is_some() && open.is_some_and(|o| o.shape == Shape::Paragraph && o.indent == indent);
    (same_list || !continues_text).then_some((bullet, item))
}

/// Where the text of a numbered item (`1. `, `12) `) starts, when `line` is one.
pub(crate) fn numbered_text_at(line: &str) -> Option<usize> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > MAX_ITEM_NUMBER_DIGITS {
        return None;
    }
    let after = line[digits..].strip_prefix(['.', ')'])?;
    let text = after.strip_prefix(' ')?.trim_start();
    (!text.is_empty()).then_some(line.len() - text.len())
}

/// A bullet with nothing after it (lynx prints an empty item so).
fn is_bare_bullet(content: &str) -> bool {
    let mut chars = content.chars();
    chars.next().is_some_and(|c| BULLETS.contains(&c) || NESTED_BULLETS.contains(&c)) && chars.next().is_none()
}

/// A horizontal rule drawn with a repeated sign (lynx draws `<hr>` with underscores): a
/// break between blocks, as a blank line is.
fn is_rule_line(content: &str) -> bool {
    let mut chars = content.chars();
    let Some(first) = chars.next() else { return false };
    RULE_SIGNS.contains(&first) && content.chars().count() >= MIN_RULE_CHARS && chars.all(|c| c == first)
}

/// What the dump's lines show of a text browser's layout.
#[derive(Default)]
struct Layout {
    non_blank: usize,
    /// Lines that start after some indentation.
    indented: usize,
    /// Indented items behind `*` (lynx, links).
    ascii_bullets: usize,
    /// Indented items behind the signs w3m and elinks draw (`•`, `□`, `☆`...).
    drawn_bullets: usize,
}

impl Layout {
    fn of(lines: &[&str]) -> Layout {
        let mut layout = Layout::default();
        for line in lines {
            let content = line.trim_start();
            if content.is_empty() {
                continue;
            }
            layout.non_blank += 1;
            let indent = line.len() - content.len();
            if indent == 0 {
                continue;
            }
            layout.indented += 1;
            let mut chars = content.chars();
            let (Some(sign), Some(' '), Some(next)) = (chars.next(), chars.next(), chars.next()) else { continue };
            if next.is_whitespace() {
                continue;
            }
            match sign {
                '*' => layout.ascii_bullets += 1,
                c if c != '-' && BULLETS.contains(&c) => layout.drawn_bullets += 1,
                _ => {}
            }
        }
        layout
    }
}

/// How many lynx link numbers (`[12]Home`) the text holds.
fn count_link_numbers(text: &str) -> usize {
    let bytes = text.as_bytes();
    brackets(bytes).filter(|&at| link_number_len(bytes, at).is_some()).count()
}

fn brackets(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'[', bytes)
}

/// The length of a link number starting at `at` (`[` digits `]`), when it stands before a
/// link's text: at a word's start, and with no space after it; or right after a word when
/// a letter follows, as between two links with no space between them (`DIY[13]Home`).
fn link_number_len(bytes: &[u8], at: usize) -> Option<usize> {
    let after_word = at > 0 && bytes[at - 1].is_ascii_alphanumeric();
    // Not a footnote mark: "word[1]", "end.[1][2]".
    if at > 0 && matches!(bytes[at - 1], b'.' | b']') {
        return None;
    }
    let digits = bytes[at + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 6 {
        return None;
    }
    let close = at + 1 + digits;
    let after = *bytes.get(close + 1)?;
    let starts_text = if after_word {
        after.is_ascii_alphabetic()
    } else {
        !after.is_ascii_whitespace() && !matches!(after, b'[' | b']' | b',' | b'.' | b';' | b':' | b')')
    };
    (bytes.get(close) == Some(&b']') && starts_text).then_some(digits + 2)
}

/// The line without its link numbers.
fn strip_link_numbers(line: &str) -> String {
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut from = 0;
    for at in brackets(bytes) {
        if at < from {
            continue;
        }
        if let Some(len) = link_number_len(bytes, at) {
            out.push_str(&line[from..at]);
            // Two links' texts side by side are two words.
            if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
                out.push(' ');
            }
            from = at + len;
        }
    }
    out.push_str(&line[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rebuilt(text: &str) -> Rebuilt {
        rebuild(text).unwrap_or_else(|| panic!("not read as a text-browser dump: {text:?}"))
    }

    /// `lynx -dump` of a short page, as lynx prints it.
    const LYNX: &str = "   [1]Harbour Gazette
     * [2]News
          + [3]Local
          + [4]Region
     * [5]Sport
     * [6]Culture

   The old harbour ferry went back into service on Saturday morning after
   a two-year refit that replaced its diesel engines with batteries.

   The timetable for the winter is:
     * weekdays, every twenty minutes from six in the morning until
       midnight, with an extra boat at the morning peak;
     * weekends, every half hour from eight.
   ______________________________________________________________
   [7]About us | [8]Privacy | [9]Contact | [10]Jobs

References

   Visible links:
   1. https://example.org/
   2. https://example.org/news
   3. https://example.org/news/local
   4. https://example.org/news/region
";

    #[test]
    fn a_lynx_dump_is_rebuilt_one_line_per_paragraph_and_item() {
        let page = rebuilt(LYNX);
        assert_eq!(
            page.text,
            "Harbour Gazette\n\nNews\n\nLocal\nRegion\n\nSport\nCulture\n\n\
             The old harbour ferry went back into service on Saturday morning after a two-year refit that replaced its diesel engines with batteries.\n\n\
             The timetable for the winter is:\n\n\
             weekdays, every twenty minutes from six in the morning until midnight, with an extra boat at the morning peak;\n\
             weekends, every half hour from eight.\n\n\
             About us | Privacy | Contact | Jobs\n\n"
        );
        assert_eq!(page.references.first().map(String::as_str), Some("References"));
        assert_eq!(page.references.last().map(String::as_str), Some("4. https://example.org/news/region"));
        assert_eq!(page.references.len(), 6);
    }

    #[test]
    fn w3m_bullets_and_nested_lists_are_taken_off() {
        let dump = "Harbour Gazette\n\n  • News\n      □ Local\n      □ Region\n  • Sport\n\n\
                    The ferry is back.\n\n  • weekdays, every twenty minutes from six in the morning until midnight, with\n    \
                    an extra boat at the morning peak;\n  • weekends, every half hour from eight.\n";
        assert_eq!(
            rebuilt(dump).text,
            "Harbour Gazette\n\nNews\n\nLocal\nRegion\n\nSport\n\nThe ferry is back.\n\n\
             weekdays, every twenty minutes from six in the morning until midnight, with an extra boat at the morning peak;\n\
             weekends, every half hour from eight.\n"
        );
    }

    #[test]
    fn chinese_wrapped_at_display_columns_is_joined() {
        // w3m counts a Chinese character as two columns: 39 or 40 of them fill a line.
        let dump = "  • 首页\n  • 新闻\n  • 财经\n\n多地出台新政支持老旧小区加装电梯\n\n\
                    本报北京3月13日电，记者从住房和城乡建设部获悉，今年以来，全国已有二十余个城市出\n\
                    台新政，简化老旧小区加装电梯的审批流程，并加大财政补贴力度。\n\n\
                    据介绍，新政策将原先需要多个部门分别审批的事项合并为“一站式”办理，居民提交申请\n\
                    后，最快十五个工作日即可取得施工许可。\n\n\
                    专家指出，加装电梯不仅是民生工程，也是应对人口老龄化的重要举措，出行困难问题日\n\
                    益突出。\n";
        let text = rebuilt(dump).text;
        let lines: Vec<&str> = text.lines().filter(|line| !line.is_empty()).collect();
        assert_eq!(
            lines[4..],
            [
                "本报北京3月13日电，记者从住房和城乡建设部获悉，今年以来，全国已有二十余个城市出台新政，简化老旧小区加装电梯的审批流程，并加大财政补贴力度。",
                "据介绍，新政策将原先需要多个部门分别审批的事项合并为“一站式”办理，居民提交申请后，最快十五个工作日即可取得施工许可。",
                "专家指出，加装电梯不仅是民生工程，也是应对人口老龄化的重要举措，出行困难问题日益突出。",
            ]
        );
    }

    #[test]
    fn dumps_without_the_layout_are_read_as_they_are() {
        // Flush-left lines, a dash list, and footnote marks: no indented bullets, no link
        // numbers.
        let dump = "Council opens the library\n\n- Monday: opening\n- Tuesday: talks\n- Friday: concert\n\n\
                    The library opened on Monday.[1][2] Its reading room[3] is on the roof.\n";
        assert_eq!(rebuild(dump), None);
    }

    #[test]
    fn a_letter_at_a_paragraph_s_column_is_text_not_a_bullet() {
        // Portuguese "o" (the) opening a wrapped line, in a dump with bullets elsewhere.
        let dump = "     * Início\n     * Política\n     * Economia\n\n      \
                    Depois de dois anos de obras, o barco voltou ao serviço no sábado e\n      \
                    o presidente da câmara fez a primeira travessia com os passageiros.\n";
        let text = rebuilt(dump).text;
        assert!(text.contains("no sábado e o presidente da câmara"), "{text}");
        // The same letter in a list nested under an item is lynx's bullet.
        let nested = "     * News\n          o Local\n          o Region\n     * Sport\n     * Culture\n";
        assert_eq!(rebuilt(nested).text, "News\n\nLocal\nRegion\n\nSport\nCulture\n");
    }

    #[test]
    fn an_item_s_line_that_was_not_wrapped_stands_alone() {
        // A comment: its header, then its text, both behind the item's number. The
        // article above shows where lines are wrapped.
        let dump = "     * Home\n     * News\n     * Sport\n\n   \
                    The old harbour ferry went back into service on Saturday morning after\n   \
                    a two-year refit that replaced its diesel engines with batteries, and\n   \
                    about two hundred passengers queued in the rain for the first crossing\n   \
                    at seven o'clock, some of them commuters who had taken the bus.\n\n    \
                    1. Anna on 12 May 2026 at 10:04 said:\n       \
                    I took the ferry this morning and it was wonderful, thank you.\n";
        let text = rebuilt(dump).text;
        assert!(text.ends_with("\n1. Anna on 12 May 2026 at 10:04 said:\nI took the ferry this morning and it was wonderful, thank you.\n"), "{text}");
    }

    #[test]
    fn a_wrapped_line_that_opens_with_a_number_or_a_letter_goes_on() {
        let paragraph = "   Die Stadt will bis zum Sommer entscheiden, ob die alte Brücke aus dem\n   \
                         19. Jahrhundert abgerissen wird oder ob der Bund die Sanierung bezahlt,\n   \
                         wie es der Verkehrsminister im Frühjahr versprochen hatte.\n\n     \
                         * Os passageiros podem escolher o bilhete simples, válido para uma travessia ou\n       \
                         o dia inteiro, conforme a tarifa escolhida.\n     * Home\n     * News\n";
        let text = rebuilt(paragraph).text;
        assert!(text.contains("aus dem 19. Jahrhundert abgerissen"), "{text}");
        assert!(text.contains("uma travessia ou o dia inteiro"), "{text}");
    }

    #[test]
    fn plain_text_with_a_short_indented_list_is_not_a_browser_s() {
        // An email: flush-left, quoted, with one indented list.
        let email = "Subject: Re: budget for the library\n\nHi all,\n\n> Can we open in March?\n\n\
                     We can, if these arrive in time:\n  * the shelves\n  * the desks\n  * the lamps\n\n\
                     Let's talk on Thursday.\nAnna\n";
        assert_eq!(rebuild(email), None);
        // A plain-text README laid out like lynx but opening flush-left with its title.
        let readme = "rinse - a boilerplate stripper\n\n   rinse takes a page and gives back its text.\n\n   \
                      Installation\n     * Download a release.\n     * Or build it from source.\n     * Or install the package.\n";
        assert!(rebuilt(readme).title_printed);
        assert!(!rebuilt(LYNX).title_printed);
    }

    #[test]
    fn link_numbers_go_and_footnote_marks_stay() {
        assert_eq!(strip_link_numbers("[12]Home [13]News ([14]“Quoted”)"), "Home News (“Quoted”)");
        assert_eq!(strip_link_numbers("[12]DIY[13]Home Decor"), "DIY Home Decor");
        let marks = "a word[1] and an end.[2][3] or a list [4], [5], word[6]; it[7] 2[8]";
        assert_eq!(strip_link_numbers(marks), marks);
        assert_eq!(count_link_numbers(marks), 0);
    }
}
