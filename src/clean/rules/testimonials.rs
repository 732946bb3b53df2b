//! `testimonials`: a wall of customer quotes, each signed on the line under it with a
//! name ("Great doctors and staff. They genuinely care about you." / "Mallory R."), as
//! service and shop pages print them in a carousel next to (or instead of) their text.
//! The quotes are prose, so the content scorer takes them for text; on a product page a
//! wall of them outweighs the short description it should keep.
//!
//! A run of sections under headings has the same rhythm (a short line, a paragraph, a
//! short line...), and so has a thread of posts under their authors' names. Two things tell
//! a wall from them: its names sign the text above them, so the run opens with a quote and
//! closes with a name, not the other way round; and some of its names are shortened to an
//! initial ("Laura D.", "A. Rae V. B."), which no heading is.

use crate::clean::block::{Block, BlockKind};
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape;
use crate::clean::stopwords;
use crate::metadata::date;
use crate::model::RuleId;

/// A wall has at least this many signed quotes.
const MIN_QUOTES: usize = 3;
/// At least this many of its names are shortened to an initial.
const MIN_INITIALS: usize = 2;
/// A quote is at least this many words long.
const MIN_QUOTE_WORDS: usize = 4;
/// A quote may run over this many lines (paragraphs) before its name; the first quote of a
/// wall is one line.
const MAX_QUOTE_LINES: usize = 3;
/// A name has at most this many parts ("Miranda E. R.", "Kibriyo Ishan-Khojaeva").
const MAX_NAME_PARTS: usize = 4;
/// A signature, with a place after its name, is at most this long (bytes).
const MAX_NAME_BYTES: usize = 120;
/// A part of a name is at most this many characters long.
const MAX_NAME_PART_CHARS: usize = 20;

pub struct Testimonials;

impl Rule for Testimonials {
    fn id(&self) -> RuleId {
        RuleId("testimonials")
    }

    fn describe(&self) -> &'static str {
        "Walls of customer quotes, each signed with a name on the line under it (\"Mallory R.\")."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        let mut lines: Vec<Line> = blocks.iter().map(Line::of).collect();
        if lines.iter().filter(|line| **line == Line::NameWithInitial).count() < MIN_INITIALS {
            return;
        }
        // A date under a name breaks a wall's rhythm; only lines next to a name are looked
        // at, as finding a date costs more than the shapes.
        for index in 0..lines.len() {
            let next_to_name =
                (index > 0 && lines[index - 1].is_name()) || lines.get(index + 1).is_some_and(|line| line.is_name());
            if lines[index] == Line::Quote && next_to_name && is_date_line(&blocks[index].text) {
                lines[index] = Line::Other;
            }
        }
        let mut start = 0;
        while start < lines.len() {
            match wall_at(&lines, start) {
                Some(wall) if wall.is_testimonials(&lines) => {
                    for block in &mut blocks[wall.start..wall.end] {
                        block.remove(self.id());
                    }
                    start = wall.end;
                }
                Some(wall) => start = wall.first_quote_end.max(start + 1),
                None => start += 1,
            }
        }
    }
}

/// What a block can be in a wall of quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    /// Prose long enough to be a quote.
    Quote,
    /// A person's name: a few capitalised words, at least one shortened to an initial.
    NameWithInitial,
    /// A person's name in full ("Joelle Maalouf"), or a short heading shaped like one.
    Name,
    /// Anything else, or a block another rule removed.
    Other,
}

impl Line {
    fn of(block: &Block) -> Line {
        if block.is_removed() || matches!(block.kind, BlockKind::TableRow | BlockKind::Preformatted) {
            return Line::Other;
        }
        let text = block.text.trim();
        if let Some(initial) = name_shape(text) {
            // A heading of the page is never a signature, though it may look like a name.
            return match block.kind {
                BlockKind::Heading(_) => Line::Other,
                _ if initial => Line::NameWithInitial,
                _ => Line::Name,
            };
        }
        let quote = !matches!(block.kind, BlockKind::Heading(_))
            && !text.ends_with([':', '：'])
            && shape::word_count_up_to(text, MIN_QUOTE_WORDS) >= MIN_QUOTE_WORDS;
        if quote { Line::Quote } else { Line::Other }
    }

    fn is_name(self) -> bool {
        matches!(self, Line::Name | Line::NameWithInitial)
    }
}

/// A run of signed quotes: blocks `[start, end)`.
struct Wall {
    start: usize,
    end: usize,
    quotes: usize,
    initials: usize,
    /// Where the first quote's lines end (the scan resumes there when the run is no wall).
    first_quote_end: usize,
}

impl Wall {
    /// Whether the run is a wall of testimonials rather than sections under headings or
    /// posts under their authors' names. Those open with a name-like line and close with
    /// a paragraph that has no name under it; a wall's names sign what is above them.
    fn is_testimonials(&self, lines: &[Line]) -> bool {
        let named_before = self.start > 0 && lines[self.start - 1].is_name();
        let unsigned_after = lines.get(self.end) == Some(&Line::Quote);
        self.quotes >= MIN_QUOTES && self.initials >= MIN_INITIALS && !(named_before && unsigned_after)
    }
}

/// The longest run of signed quotes that starts at `start`, if one quote is signed there.
fn wall_at(lines: &[Line], start: usize) -> Option<Wall> {
    let mut wall = Wall { start, end: start, quotes: 0, initials: 0, first_quote_end: start + 1 };
    let mut at = start;
    loop {
        let quote_lines = lines[at..].iter().take(MAX_QUOTE_LINES + 1).take_while(|l| **l == Line::Quote).count();
        if quote_lines == 0 || quote_lines > MAX_QUOTE_LINES {
            break;
        }
        // The first quote is the one line above the first name: the lines before it may be
        // the end of the page's text (the scan reaches that line in its turn).
        if wall.quotes == 0 && quote_lines > 1 {
            return None;
        }
        let name = lines.get(at + quote_lines).copied().unwrap_or(Line::Other);
        if !name.is_name() {
            break;
        }
        if wall.quotes == 0 {
            wall.first_quote_end = at + quote_lines;
        }
        wall.quotes += 1;
        wall.initials += usize::from(name == Line::NameWithInitial);
        at += quote_lines + 1;
        wall.end = at;
    }
    (wall.quotes > 0).then_some(wall)
}

/// Whether `text` is shaped like a person's name, a signature under a quote ("Mallory R.",
/// "— Joelle Maalouf", "Sarah K., Boise"); `Some(true)` when a part is an initial.
fn name_shape(text: &str) -> Option<bool> {
    if text.len() > MAX_NAME_BYTES {
        return None;
    }
    let text = text.trim_start_matches(['—', '–', '-', '~', ' ']);
    // A place may follow the name after a comma: "Sarah K., Boise ID".
    let (name, place) = match text.split_once(',') {
        Some((name, place)) => (name, Some(place)),
        None => (text, None),
    };
    if let Some(place) = place {
        let parts: Vec<&str> = place.split_whitespace().collect();
        let capitalised = |p: &&str| p.chars().next().is_some_and(shape::is_uppercase);
        if parts.is_empty() || parts.len() > 3 || !parts.iter().all(capitalised) {
            return None;
        }
    }
    let parts: Vec<&str> = name.split_whitespace().collect();
    if parts.is_empty() || parts.len() > MAX_NAME_PARTS {
        return None;
    }
    let mut initial = false;
    let mut full_parts = 0;
    for part in &parts {
        if is_initial(part) {
            initial = true;
            continue;
        }
        if !is_name_part(part) {
            return None;
        }
        full_parts += 1;
    }
    (full_parts > 0).then_some(initial)
}

/// A short line holding a date, as under a commenter's name ("December 20, 2025, 12:50 am"):
/// comments are signed above their text, and the date breaks the rhythm a wall has.
fn is_date_line(text: &str) -> bool {
    shape::word_count_up_to(text, MAX_DATE_LINE_WORDS + 1) <= MAX_DATE_LINE_WORDS && date::find_date(text).is_some()
}

/// A line of a date (and time) alone is at most this many words.
const MAX_DATE_LINE_WORDS: usize = 8;

/// A single capital letter, with or without its dot ("R.", "S").
fn is_initial(part: &str) -> bool {
    let mut chars = part.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), None | Some('.'), None) if shape::is_uppercase(c))
}

/// A capitalised word of letters (with inner hyphens or apostrophes), not a function word.
fn is_name_part(part: &str) -> bool {
    let mut chars = part.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    shape::is_uppercase(first)
        && part.chars().count() <= MAX_NAME_PART_CHARS
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !stopwords::is_function_word(&part.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::{dump_blocks, html, removed_by, run_rule};

    const WALL: &str = "What our patients say\n\
        Great doctors and staff. They genuinely care about you. The clinic is kept very clean!\n\
        Mallory R.\n\
        Everyone at the office has been great. It's been easy to set up appointments.\n\
        Brittany M.\n\
        Loved the experience of ordering through the shop! A beautiful and diverse selection.\n\
        Joelle Maalouf\n\
        Every time we go I am so impressed with the bedside manner. Professional and caring.\n\
        A. Rae V. B.\n\
        Contact us\n\
        +1 208 555 0100";

    #[test]
    fn removes_a_wall_of_signed_quotes() {
        let mut blocks = dump_blocks(WALL);
        run_rule(&Testimonials, &mut blocks);
        assert_eq!(removed_by(&blocks, "testimonials"), 8);
        assert!(!blocks[0].is_removed(), "a wall opens with its first quote");
        assert!(!blocks[9].is_removed() && !blocks[10].is_removed());
    }

    #[test]
    fn removes_a_wall_signed_with_a_place_or_a_dash() {
        let mut blocks = dump_blocks(
            "Fast delivery and the jacket fits perfectly, I will order again.\n— Sarah K., Boise ID\n\
             Beautiful fabrics and a lovely team, thank you so much for everything.\n— Laura D.\n\
             The best shop for sustainable fashion I have found in years.\n— Alice Popleu\n\
             Visa Mastercard PayPal",
        );
        run_rule(&Testimonials, &mut blocks);
        assert_eq!(removed_by(&blocks, "testimonials"), 6);
    }

    #[test]
    fn keeps_sections_under_headings_that_look_like_names() {
        // The names come before their text, and the last section has none under it.
        let mut blocks = dump_blocks(
            "Getting Started\n\
             Install the package and run the setup wizard once to create your account.\n\
             Plan B\n\
             If the wizard fails, copy the sample configuration and edit it by hand.\n\
             Vitamin D\n\
             The settings file also controls how often reminders are sent to you.\n\
             Final Thoughts\n\
             That is all it takes to get the reminders running on a new machine.",
        );
        run_rule(&Testimonials, &mut blocks);
        assert_eq!(removed_by(&blocks, "testimonials"), 0);
    }

    #[test]
    fn keeps_a_thread_of_posts_under_their_authors() {
        let mut blocks = dump_blocks(
            "Anna K.\nHas anyone tried the new firmware on the older boards yet, any problems?\n\
             Tom B.\nYes, it works fine on mine after a reset, but the fan is louder now.\n\
             Anna K.\nThanks, I will try it tonight and report back here with the results.\n\
             Mike R.\nSame here, no issues at all so far with the update on two boards.",
        );
        run_rule(&Testimonials, &mut blocks);
        assert_eq!(removed_by(&blocks, "testimonials"), 0);
    }

    #[test]
    fn keeps_comments_under_their_names_and_dates() {
        let mut blocks = dump_blocks(
            "A huge pot of black tea with ginger and anise seeds being boiled on the stove.\nMike B\nDecember 20, 2025, 12:50 am\n\
             For me I could deal with the whole satire stuff, it was the casting.\nColleen\nDecember 20, 2025, 1:00 am\n\
             I'm an old school fan who is only in their early forties, but still.\nBryan L\nDecember 20, 2025, 10:24 am\n\
             I'm also an old-school fan who is not close to seventy yet, and I agree.",
        );
        run_rule(&Testimonials, &mut blocks);
        assert_eq!(removed_by(&blocks, "testimonials"), 0);
    }

    #[test]
    fn keeps_quotes_signed_in_full_names_only() {
        // Without initials, names and Title Case subheadings cannot be told apart.
        let mut blocks = dump_blocks(
            "The team delivered the project on time and on budget, as promised.\nJoelle Maalouf\n\
             Loved the experience of ordering through the shop this spring.\nRebeca Quintero\n\
             I purchased a linen blazer suit from the shop and love it.\nCherry Bhatnagar",
        );
        run_rule(&Testimonials, &mut blocks);
        assert_eq!(removed_by(&blocks, "testimonials"), 0);
    }

    #[test]
    fn an_html_heading_is_no_signature() {
        let mut blocks = vec![
            html("Great doctors and staff. They genuinely care about you.", BlockKind::Paragraph, 0),
            html("Mallory R.", BlockKind::Heading(3), 0),
            html("Everyone at the office has been great to us every time.", BlockKind::Paragraph, 0),
            html("Brittany M.", BlockKind::Heading(3), 0),
            html("Spent quality time with our daughter, so glad we came.", BlockKind::Paragraph, 0),
            html("Dawn H.", BlockKind::Heading(3), 0),
        ];
        run_rule(&Testimonials, &mut blocks);
        assert_eq!(removed_by(&blocks, "testimonials"), 0);
    }

    #[test]
    fn name_shapes() {
        assert_eq!(name_shape("Mallory R."), Some(true));
        assert_eq!(name_shape("Yume S"), Some(true));
        assert_eq!(name_shape("A. Rae V. B."), Some(true));
        assert_eq!(name_shape("Kibriyo Ishan-Khojaeva"), Some(false));
        assert_eq!(name_shape("Patricia"), Some(false));
        assert_eq!(name_shape("The Check-In Method"), None);
        assert_eq!(name_shape("+971 555 75 26 08"), None);
        assert_eq!(name_shape("R."), None);
        assert_eq!(name_shape("Dr. Mann was extremely helpful"), None);
    }
}
