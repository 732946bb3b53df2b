//! Metadata from the first lines of a text dump. Dumps made from pages usually start with
//! the page's `<title>` (`Headline - Site`), repeat the headline a few lines later, and
//! carry a byline or dateline near the top.

use std::sync::LazyLock;

use crate::clean::rules::{is_cookie_banner, is_share_prompt, is_ui_furniture};
use crate::clean::shape::{ends_like_sentence, listed_facts, trim_closing_marks, word_count_up_to};
use crate::clean::vocab::Fragments;
use crate::metadata::byline::{LineMeta, LineRecognizer, scan_anywhere_known, scan_near_headline_known};
use crate::metadata::date::{NumericOrder, has_ambiguous_numeric_date};
use crate::metadata::title::{collapse, normalize, strip_site_affix};
use crate::model::PageMeta;

/// How many non-empty lines at the top are read: menus can fill a hundred lines before
/// the article's headline; metadata lower down is body text.
pub const HEAD_LINES: usize = 250;
/// How far below the first line its headline may be repeated.
const HEADLINE_SEARCH_LINES: usize = 200;
/// Marks between a headline and a site name in a title line.
const SEPARATOR_MARKS: &[char] = &['|', '-', '–', '—', ':', '·', '•', '»', '«', '~', '/', '｜'];
/// Marks that dumps leave in front of a headline line (`/ Headline` or `→ Headline` after a
/// breadcrumb).
const LEADING_MARKS: &[char] = &['|', '/', '·', '•', '»', '›', '>', '-', '–', '—', '→', '▸', '►', '▶'];
/// Copyright lines longer than this are not read for the site's name.
const MAX_COPYRIGHT_HINT_CHARS: usize = 120;
/// A line agrees with the title when this share of its words are words of the title...
const MIN_AGREEMENT: f32 = 0.6;
/// ...and it has at least this share of the title's words.
const MIN_COVERAGE: f32 = 0.5;
/// A line of fewer words is not taken as a headline for its words alone.
const MIN_HEADLINE_WORDS: usize = 2;
/// How many lines under the title line printed again whole its headline may stand alone
/// (`Headline - Site` / `Headline`).
const HEADLINE_UNDER_REPEAT_LINES: usize = 3;
/// Headlines are at most this long (in words); longer lines are body text.
const MAX_HEADLINE_WORDS: usize = 40;
/// A line that ends with a full stop and has at least this many words is a sentence of the
/// body, not a headline: headlines seldom end with a full stop, and those that do are short
/// ("Google Stadia Red Dead Redemption 2 doesn't run at a stable 60fps.").
const MIN_PROSE_WORDS: usize = 15;
/// A line of at least this many words with a sentence end inside it is a paragraph too,
/// however it ends. Long enough that a headline in two parts ("Markets fall. What now?") is
/// not taken for one.
const MIN_RUN_ON_WORDS: usize = 20;
/// See [`MIN_RUN_ON_WORDS`].
const MIN_RUN_ON_SENTENCES: usize = 1;

/// Metadata from the first lines of a dump (any number of lines may be given; only the first
/// [`HEAD_LINES`] non-empty ones are read). The headline is the first line (a page's
/// `<title>`) without its site part, or the line below that repeats it; the byline and
/// dateline are looked for around that repeated headline.
pub fn from_dump(lines: &[&str]) -> PageMeta {
    from_dump_with(lines, &mut LineRecognizer::new())
}

/// [`from_dump`] with a recogniser shared with the rest of the page's cleaning.
pub fn from_dump_with(lines: &[&str], recognizer: &mut LineRecognizer) -> PageMeta {
    let head: Vec<String> = lines.iter().map(|l| collapse(l)).filter(|l| !l.is_empty()).take(HEAD_LINES).collect();
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    from_dump_head(lines, &head, recognizer)
}

/// [`from_dump_with`] given the dump's non-empty lines with their whitespace collapsed (as
/// [`crate::clean::dump::segment`] makes them); only the first [`HEAD_LINES`] are read.
pub fn from_dump_head(lines: &[&str], collapsed: &[&str], recognizer: &mut LineRecognizer) -> PageMeta {
    from_dump_recognised(lines, collapsed, &[], recognizer).meta
}

/// What the head of a dump says, and how far its title can be trusted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DumpHead {
    pub meta: PageMeta,
    pub title_source: TitleSource,
}

/// Where a dump's title came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TitleSource {
    /// The first line with the headline repeated below it, or the headline over the first
    /// paragraph: the page's own.
    #[default]
    Confirmed,
    /// The first line, which nothing below repeats. A dump printed without its `<title>`
    /// (as text browsers print pages) opens with whatever the page shows first: a logo's
    /// text, a menu item, a promotion.
    FirstLineAlone,
    /// No line was taken for the title.
    Missing,
}

/// [`from_dump_head`] given what `recognizer.recognise` makes of the collapsed lines, by
/// position (`known[i]` for `collapsed[i]`, as many as are known): the cleaner recognises
/// every line for its byline rule, and the head is not read again.
pub fn from_dump_recognised(
    lines: &[&str],
    collapsed: &[&str],
    known: &[Option<LineMeta>],
    recognizer: &mut LineRecognizer,
) -> DumpHead {
    let head = &collapsed[..collapsed.len().min(HEAD_LINES)];
    let mut meta = PageMeta::default();
    let mut title_source = TitleSource::Missing;

    // The title line: the first line that is neither a byline nor a dateline, nor longer
    // than a headline (a menu run together). A dump that opens with a sentence of its body
    // (a saved article text, a feed's content) has no title line: taking one would make the
    // lede the title, and the cleaner would remove it as a repeat of the title.
    let mut title_at = None;
    for (i, line) in head.iter().enumerate() {
        if reads_like_prose(line) {
            break;
        }
        let mut is_meta = || match known.get(i) {
            Some(found) => found.is_some(),
            None => recognizer.recognise(line).is_some(),
        };
        // A page control ("Skip to main content"), a cookie notice or a share button heads
        // a dump printed without its `<title>`: the menu comes next.
        if word_count_up_to(line, MAX_HEADLINE_WORDS) > MAX_HEADLINE_WORDS
            || is_meta()
            || is_ui_furniture(line)
            || is_cookie_banner(line)
            || is_share_prompt(line)
        {
            continue;
        }
        title_at = Some(i);
        break;
    }
    let mut anchor = title_at.unwrap_or(0);
    // A dump that opens with a menu (`Home` / `News` / `Sport`, as a text browser prints a
    // page without its `<title>`) has no title line: its headline is the line standing over
    // the first paragraph, if one does.
    if let Some(first) = title_at
        && opens_with_menu(&head[first..])
    {
        title_at = None;
        if let Some(at) = headline_over_body(head, known, recognizer) {
            meta.title = Some(headline_text(head[at]));
            title_source = TitleSource::Confirmed;
            anchor = at;
        }
    }
    // The same for a menu printed on one line (`Home | News | Sport | Weather`), when a
    // headline stands over the body: a title of many short parts looks alike.
    if let Some(first) = title_at
        && is_menu_line(head[first])
        && let Some(at) = headline_over_body(head, known, recognizer)
    {
        title_at = None;
        meta.title = Some(headline_text(head[at]));
        title_source = TitleSource::Confirmed;
        anchor = at;
    }
    if let Some(first) = title_at {
        let title_line = head[first];
        let hints = site_hints(lines, title_line);
        let hints: Vec<&str> = hints.iter().map(String::as_str).collect();
        let split = strip_site_affix(title_line, &hints);
        let later_end = head.len().min(first + 1 + HEADLINE_SEARCH_LINES);
        match repeated_headline(title_line, &split.headline, &head[first + 1..later_end]) {
            Some((offset, site)) => {
                anchor = first + 1 + offset;
                meta.title = Some(headline_text(head[anchor]));
                meta.site = site.or(split.site);
                title_source = TitleSource::Confirmed;
            }
            None => {
                meta.title = Some(split.headline);
                meta.site = split.site;
                title_source = TitleSource::FirstLineAlone;
            }
        }
        // A line below that repeats the part taken for the site shows the title line was
        // `Site - Headline`: that part is the headline, the other the site.
        if meta.site.is_some() && meta.site == meta.title {
            meta.site = meta.title.as_deref().and_then(|title| other_part(title_line, title));
        }
        // The same when the other part stands over the first paragraph and the part taken
        // is not printed just under it: that part is the site's name, printed over its
        // menu (`The Objective Dad - How I Built …`), not a chapter's heading under its
        // book's (`From Zero to QED` / `Introduction`).
        // The search for the headline over the body is the costly part: only when a line
        // below is about as long as the other part.
        if let Some(title) = meta.title.clone()
            && let Some(other) = other_part(title_line, &title)
            && head[first + 1..].iter().any(|line| line.trim().len().abs_diff(other.len()) <= LENGTH_SLACK)
            && let Some(at) = headline_over_body(head, known, recognizer)
            && at > first
            && normalize(head[at]) == normalize(&other)
            && !head[at + 1..].iter().take(MAX_LINES_OVER_BODY).any(|line| normalize(line) == normalize(&title))
        {
            meta.title = Some(headline_text(head[at]));
            meta.site = Some(title);
            anchor = at;
        }
    }
    if !head.is_empty() {
        // An event's date or a book's author among their facts is not the page's: such
        // lines are left out of the search.
        let listed = listed_facts(head, |i| match known.get(i) {
            Some(found) => found.is_some(),
            None => recognizer.recognise(head[i]).is_some(),
        });
        let (unlisted_head, unlisted_known);
        let (head, known) = if listed.contains(&true) {
            unlisted_head = head.iter().zip(&listed).map(|(line, &l)| if l { "" } else { *line }).collect::<Vec<_>>();
            unlisted_known = known
                .iter()
                .enumerate()
                .map(|(i, found)| if listed.get(i) == Some(&true) { None } else { found.clone() })
                .collect::<Vec<_>>();
            (unlisted_head.as_slice(), unlisted_known.as_slice())
        } else {
            (head, known)
        };
        let (author, published) = scan_near_headline_known(head, known, anchor, recognizer);
        // The whole-head scan is the costly fallback: only when the headline's
        // surroundings left something out.
        if author.is_some() && published.is_some() {
            meta.author = author;
            meta.published = published;
        } else {
            let (any_author, any_published) = scan_anywhere_known(head, known, recognizer);
            meta.author = author.or(any_author);
            meta.published = published.or(any_published);
        }
    }
    DumpHead { meta, title_source }
}

/// Bytes a line may differ in length from a part of the title and still repeat it once
/// normalised (quotes, dashes, spaces).
const LENGTH_SLACK: usize = 8;

/// What `title_line` holds besides `part`, its first or last part, without the separator
/// between them (`Site` of `Site - Headline`).
fn other_part(title_line: &str, part: &str) -> Option<String> {
    let title_line = title_line.trim();
    let rest = match title_line.strip_suffix(part) {
        Some(before) => before.trim_end().trim_end_matches(SEPARATOR_MARKS),
        None => title_line.strip_prefix(part)?.trim_start().trim_start_matches(SEPARATOR_MARKS),
    };
    let rest = rest.trim();
    (!rest.is_empty()).then(|| rest.to_owned())
}

/// A headline line without the marks a breadcrumb left in front of it.
fn headline_text(line: &str) -> String {
    line.trim_start_matches(LEADING_MARKS).trim_start().to_owned()
}

/// A menu item is at most this many words.
const MAX_MENU_ITEM_WORDS: usize = 2;
/// This many menu items in a row open a dump that starts with its menu.
const MENU_OPENING_LINES: usize = 3;
/// A paragraph of the body has at least this many words and ends like a sentence.
const MIN_BODY_WORDS: usize = 12;
/// The headline stands at most this many lines of a headline's length over the first
/// paragraph, bylines and datelines not counted...
const HEADLINE_ABOVE_BODY_LINES: usize = 4;
/// ...and at most this many lines of any length (a row of share buttons, one per line).
const MAX_LINES_OVER_BODY: usize = 12;

/// Whether a word of a title line is a separator alone (`|`, `-`, `»`).
fn is_separator(word: &str) -> bool {
    word.chars().all(|c| SEPARATOR_MARKS.contains(&c))
}

/// A menu printed on one line has at least this many items...
const MIN_MENU_LINE_ITEMS: usize = 4;
/// ...of at most this many words. Titles run many short parts together too
/// (`Standings NASCAR | Autoracing | F1 | Indy | MotoGP`), but not all of one word.
const MAX_MENU_LINE_ITEM_WORDS: usize = 1;

/// Whether a line is a menu printed on one line (`Home | News | Sport | Weather`): one-word
/// items set off by separators.
fn is_menu_line(line: &str) -> bool {
    let (mut items, mut item_words) = (0, 0);
    for word in line.split_whitespace() {
        if is_separator(word) {
            items += usize::from(item_words > 0);
            item_words = 0;
        } else {
            item_words += 1;
            if item_words > MAX_MENU_LINE_ITEM_WORDS {
                return false;
            }
        }
    }
    items + usize::from(item_words > 0) >= MIN_MENU_LINE_ITEMS
}

/// Marks between the steps of a breadcrumb trail.
const BREADCRUMB_MARKS: &[char] = &['>', '›', '»', '→', '＞', '/'];
/// A breadcrumb trail has at least this many steps...
const MIN_BREADCRUMB_STEPS: usize = 3;
/// ...each of at most this many words (a label, "You are here:", may open it).
const MAX_BREADCRUMB_STEP_WORDS: usize = 3;

/// Whether a line is a breadcrumb trail (`Home > News > World`, `当前位置：首页 > 社会 > 正文`):
/// short steps between arrow marks. A trail that ends with the headline itself has a long
/// last step and is no breadcrumb here.
fn is_breadcrumb(line: &str) -> bool {
    let mut steps = 0;
    for step in line.split(BREADCRUMB_MARKS) {
        let step = step.rsplit([':', '：']).next().unwrap_or(step);
        let words = word_count_up_to(step, MAX_BREADCRUMB_STEP_WORDS);
        if words == 0 || words > MAX_BREADCRUMB_STEP_WORDS {
            return false;
        }
        steps += 1;
    }
    steps >= MIN_BREADCRUMB_STEPS
}

/// Whether the lines start with a run of menu items: short lines that end no sentence. A
/// first line with a separator is a page title with its site (`systemd - ArchWiki`).
fn opens_with_menu(lines: &[&str]) -> bool {
    let has_separator = |l: &str| l.split_whitespace().any(is_separator);
    lines.len() > MENU_OPENING_LINES
        && !has_separator(lines[0])
        && lines[..MENU_OPENING_LINES]
            .iter()
            .all(|l| word_count_up_to(l, MAX_MENU_ITEM_WORDS) <= MAX_MENU_ITEM_WORDS && !ends_like_sentence(l))
}

/// The index of the headline over the first paragraph of the body: of the lines of a
/// headline's length that end no sentence (a question may) standing over it, the top one
/// (below it may stand a photo's caption, a dateline without a year, a standfirst). Bylines
/// and datelines are passed over, and so are short lines under the headline (share and
/// font-size controls, an agency's name, one share button per line); a short line over it
/// is the menu, and a line of prose ends the search.
fn headline_over_body(head: &[&str], known: &[Option<LineMeta>], recognizer: &mut LineRecognizer) -> Option<usize> {
    let body = head.iter().position(|l| {
        ends_like_sentence(l) && word_count_up_to(l, MIN_BODY_WORDS) >= MIN_BODY_WORDS && !is_cookie_banner(l)
    })?;
    let mut headline = None;
    let (mut looked_at, mut passed) = (0, 0);
    for at in (0..body).rev() {
        let line = head[at];
        let is_meta = match known.get(at) {
            Some(found) => found.is_some(),
            None => recognizer.recognise(line).is_some(),
        };
        if is_meta {
            continue;
        }
        passed += 1;
        if passed > MAX_LINES_OVER_BODY {
            break;
        }
        let words = word_count_up_to(line, MAX_HEADLINE_WORDS);
        // Short lines under the headline are controls and buttons; over it, the menu and
        // the breadcrumb trail.
        if words <= MAX_MENU_ITEM_WORDS || is_menu_line(line) || is_breadcrumb(line) {
            if headline.is_some() {
                break;
            }
            continue;
        }
        looked_at += 1;
        if looked_at > HEADLINE_ABOVE_BODY_LINES {
            break;
        }
        let asks = trim_closing_marks(line).ends_with(['?', '？']);
        if words > MAX_HEADLINE_WORDS || (!asks && ends_like_sentence(line)) {
            break;
        }
        headline = Some(at);
    }
    headline
}

/// Whether a line is a sentence of running text: it ends with a full stop (before any
/// closing quotes or brackets) and is longer than a headline that ends with one.
fn reads_like_prose(line: &str) -> bool {
    let ends_with_stop = trim_closing_marks(line).ends_with(crate::clean::shape::is_full_stop);
    (ends_with_stop && word_count_up_to(line, MIN_PROSE_WORDS) >= MIN_PROSE_WORDS)
        // Sentences run on, whatever the line's last word: a paragraph cut off or ending in a
        // stray word is still no headline.
        || (inner_sentence_ends(line) >= MIN_RUN_ON_SENTENCES
            && word_count_up_to(line, MIN_RUN_ON_WORDS) >= MIN_RUN_ON_WORDS)
}

/// Sentence ends inside a line: a word of at least three letters ending with `.` and followed
/// by a word that starts with a letter not in lower case, or a stop of a script that needs no
/// space (`。`). Abbreviations (`U.S.`, `Dr.`) do not count, nor `!` and `?`, which headlines
/// use inside them ("Festival! To the scene"), nor a stop before a site part (`Title. - Site`).
fn inner_sentence_ends(line: &str) -> usize {
    let alone = line.chars().filter(|&c| crate::clean::shape::ends_sentence_alone(c)).count();
    let words: Vec<&str> = line.split_whitespace().collect();
    let spaced = words
        .windows(2)
        .filter(|pair| {
            let word = trim_closing_marks(pair[0]);
            let Some(stem) = word.strip_suffix('.') else { return false };
            let letters = stem.chars().filter(|c| c.is_alphabetic()).count();
            let next_starts_sentence = pair[1].starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase());
            letters >= 3 && !stem.contains('.') && next_starts_sentence
        })
        .count();
    alone + spaced
}

/// Names that the dump gives for its site: the text of its copyright lines (`© 2025 Foo
/// Media. All rights reserved.`), and the last part of the title line when it also stands
/// alone on a line of its own (a logo's text).
fn site_hints(lines: &[&str], title_line: &str) -> Vec<String> {
    let mut hints = Vec::new();
    for line in lines {
        let at = line.find('©').or_else(|| find_copyright(line));
        if let Some(at) = at {
            let rest: String = line[at..].chars().take(MAX_COPYRIGHT_HINT_CHARS).collect();
            let rest = rest.replace("Copyright", "").replace("copyright", "").replace("COPYRIGHT", "").replace('©', "");
            let named: String = rest
                .split_whitespace()
                .filter(|w| !w.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '–'))
                .collect::<Vec<_>>()
                .join(" ");
            if !named.is_empty() && !hints.contains(&named) {
                hints.push(named);
            }
        }
    }
    if let Some((_, tail)) = title_line
        .rsplit_once(" | ")
        .or_else(|| title_line.rsplit_once(" - "))
        .or_else(|| title_line.rsplit_once(" – "))
    {
        let tail = tail.trim();
        if !tail.is_empty() && lines.iter().skip(1).any(|l| l.trim() == tail) {
            hints.push(tail.to_owned());
        }
    }
    hints
}

/// The word that stands before a site's name on copyright lines, lower case.
const COPYRIGHT: &str = "copyright";

/// Where [`COPYRIGHT`] first stands in `line`, in any ASCII case. Its first three letters
/// are found, in each of their eight cases, with a SIMD search (a case-insensitive
/// automaton reads every byte; `c` alone is too common a letter to search for), and the
/// rest is compared at each.
fn find_copyright(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    COPYRIGHT_OPENINGS.find_iter(line).map(|(start, _)| start).find(|&start| {
        bytes.get(start..start + COPYRIGHT.len()).is_some_and(|word| word.eq_ignore_ascii_case(COPYRIGHT.as_bytes()))
    })
}

/// The first three letters of [`COPYRIGHT`] in every ASCII case.
static COPYRIGHT_OPENINGS: LazyLock<Fragments> = LazyLock::new(|| {
    let cases: Vec<String> = (0..8u8)
        .map(|mask| {
            COPYRIGHT
                .bytes()
                .take(3)
                .enumerate()
                .map(|(i, b)| if mask >> i & 1 == 1 { b.to_ascii_uppercase() as char } else { b as char })
                .collect()
        })
        .collect();
    Fragments::new(&cases)
});

/// The index in `later` of a line that repeats the headline of `title_line`: the line
/// itself, the title without its site part, a longer headline the title was cut from, or a
/// line with mostly the same words. With it, the site part when the line showed it.
/// The parts of `title_line` after its first, between separators (` - `, ` | `), normalised,
/// of at least [`MIN_HEADLINE_WORDS`] words; not the last of three or more, the site's name.
fn later_title_parts(title_line: &str) -> Vec<String> {
    let words: Vec<&str> = title_line.split_whitespace().collect();
    let parts: Vec<&[&str]> = words.split(|w| is_separator(w)).collect();
    let end = if parts.len() >= 3 { parts.len() - 1 } else { parts.len() };
    parts[..end]
        .iter()
        .skip(1)
        .filter(|part| part.len() >= MIN_HEADLINE_WORDS)
        .map(|part| normalize(&part.join(" ")))
        .collect()
}

fn repeated_headline(title_line: &str, stripped: &str, later: &[&str]) -> Option<(usize, Option<String>)> {
    let key = normalize(title_line);
    let stripped_key = normalize(stripped);
    // Word counts are kept for the second pass.
    let mut word_counts = Vec::with_capacity(later.len());
    // Where the first line is printed again whole: the headline may stand alone just under it.
    let mut whole_repeat: Option<usize> = None;
    // The first line below that is the title's first part (`Headline` of `Headline | Site`).
    let mut prefix_repeat: Option<(usize, Option<String>)> = None;
    // The first line below that is a later part of the title, and its words: a Q&A site's
    // `tag - Question? - Site` prints the tag and the question on lines of their own.
    let later_parts = later_title_parts(title_line);
    let mut part_repeat: Option<(usize, usize)> = None;
    for (i, line) in later.iter().enumerate() {
        if whole_repeat.is_some_and(|at| i > at + HEADLINE_UNDER_REPEAT_LINES) {
            break;
        }
        let words = word_count_up_to(line, MAX_HEADLINE_WORDS);
        word_counts.push(words);
        if words == 0 || words > MAX_HEADLINE_WORDS {
            continue;
        }
        let line_key = normalize(line);
        if line_key.is_empty() {
            continue;
        }
        // The first line repeated as it is (a second `<title>`) tells nothing new.
        if line_key == key {
            if stripped_key == key {
                whole_repeat.get_or_insert(i);
            }
            continue;
        }
        if line_key == stripped_key {
            return Some((i, None));
        }
        if part_repeat.is_none() && later_parts.contains(&line_key) {
            part_repeat = Some((i, words));
        }
        // `Headline | Site` in the first line, `Headline` below it: the rest after the line
        // must be a whole part of the title, set off by a separator.
        // It stands if the title's headline part is not printed whole further down: a line
        // "Nantes" over "Nantes : les cantines … | L'Écho" is the menu's city.
        if let Some(rest) = title_line.strip_prefix(line)
            && prefix_repeat.is_none()
        {
            let site = rest.trim_start().trim_start_matches(SEPARATOR_MARKS).trim_start();
            if !site.is_empty() && rest.trim_start().len() > site.len() {
                prefix_repeat = Some((i, Some(site.to_owned())));
            }
        }
        // A title cut short (`Headline that goes on…`) and the full headline below.
        let cut = stripped.trim_end_matches(['…', '.']).trim_end();
        if cut.len() < stripped.len()
            && normalize(cut).len() >= 10
            && line.starts_with(cut)
            && !ends_like_sentence(line)
        {
            return Some((i, None));
        }
    }
    if let Some((at, _)) = prefix_repeat {
        // A later part of the title printed whole and longer than the first part is the
        // headline, and the first part a tag or a section over it.
        let prefix_words = word_counts.get(at).copied().unwrap_or(0);
        if let Some((part_at, part_words)) = part_repeat
            && part_words > prefix_words
        {
            return Some((part_at, None));
        }
        return prefix_repeat;
    }
    if let Some(at) = whole_repeat {
        return Some((at, None));
    }
    // Mostly the same words, in a line that reads like a headline. The title's words are
    // normalised once, each line's once for both forms of the title.
    let titles = [overlap_words(title_line), overlap_words(stripped)];
    later
        .iter()
        .zip(&word_counts)
        .enumerate()
        .filter(|(_, (_, words))| (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(*words))
        .filter_map(|(i, (l, _))| {
            let line_words = overlap_words(l);
            titles
                .iter()
                .map(|t| overlap(&line_words, t))
                .filter(|(agree, cover)| *agree >= MIN_AGREEMENT && *cover >= MIN_COVERAGE)
                .map(|(agree, cover)| agree + cover)
                .max_by(f32::total_cmp)
                .map(|score| (score, i))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, i)| (i, None))
}

/// The words of `text` as [`overlap`] compares them: normalised, empty ones left out.
fn overlap_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(normalize).filter(|w| !w.is_empty()).collect()
}

/// The share of a line's words found in the title's words, and the share of the title's
/// words found in the line's (both as [`overlap_words`] gives them).
fn overlap(a: &[String], b: &[String]) -> (f32, f32) {
    if a.is_empty() || b.is_empty() {
        return (0.0, 0.0);
    }
    let in_title = a.iter().filter(|w| b.contains(w)).count() as f32 / a.len() as f32;
    let in_line = b.iter().filter(|w| a.contains(w)).count() as f32 / b.len() as f32;
    (in_title, in_line)
}

/// How much of a dump is read for an ambiguous numeric date and for its language.
const DATE_ORDER_HEAD_BYTES: usize = 16 * 1024;
/// The prose read for the language: lines of at least this many words...
const MIN_PROSE_LINE_WORDS: usize = 8;
/// ...up to this many bytes.
const LANGUAGE_SAMPLE_BYTES: usize = 1024;

/// How a dump writes ambiguous numeric dates (`12/06/2025`: 12 June or 6 December?), when
/// its head holds one: by the language of its prose, as an HTML page's `lang` tells. Most
/// dumps hold no such date and are not read for their language; for English, which is
/// written both ways, there is no answer and the date's own default stands.
pub fn numeric_date_order(text: &str) -> Option<NumericOrder> {
    let mut end = text.len().min(DATE_ORDER_HEAD_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    if !has_ambiguous_numeric_date(head) {
        return None;
    }
    let mut sample = String::new();
    for line in head.lines().filter(|l| word_count_up_to(l, MIN_PROSE_LINE_WORDS) >= MIN_PROSE_LINE_WORDS) {
        if sample.len() >= LANGUAGE_SAMPLE_BYTES {
            break;
        }
        sample.push_str(line);
        sample.push('\n');
    }
    let language = crate::metadata::language::detect_language(&sample, None)?;
    NumericOrder::for_language(&language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dump_in_a_day_first_language_reads_slash_dates_day_first() {
        let spanish = "Los embalses cierran la primavera\n\nPor Lucía Fernández\n12/06/2025 - 10:45h\n\n\
                       Los embalses de la cuenca del Guadalquivir almacenan esta semana algo más de la mitad de su capacidad total.\n";
        assert_eq!(numeric_date_order(spanish), Some(NumericOrder::DayFirst));
        // English is written both ways: no answer. Nor without an ambiguous date at all.
        let english = "Reservoirs close the spring\n\n12/06/2025\n\n\
                       The reservoirs of the basin hold a little more than half of their capacity this week, officials said.\n";
        assert_eq!(numeric_date_order(english), None);
        let unambiguous = spanish.replace("12/06/2025", "25/06/2025");
        assert_eq!(numeric_date_order(&unambiguous), None);
        assert!(has_ambiguous_numeric_date("on 3/4/2025 at"));
        assert!(!has_ambiguous_numeric_date("a 1/2 cup, 24/7, 6/6/2025, 12.06.2025 and/or 100/200/300"));
    }

    #[test]
    fn a_qa_title_takes_the_question_printed_below_not_the_tag() {
        let dump = "python - Why is \"except: pass\" a bad programming practice? - Stack Overflow\nStack Overflow\nQuestions\n\
                    Why is \"except: pass\" a bad programming practice?\nAsked 11 years ago\n\
                    I often see comments on other questions about how the use of except: pass is discouraged. Why is this bad?\n\
                    python\nexception\nasked Feb 4, 2014 at 13:02\nVader\n";
        let lines: Vec<&str> = dump.lines().collect();
        let meta = from_dump(&lines);
        assert_eq!(meta.title.as_deref(), Some("Why is \"except: pass\" a bad programming practice?"));
        assert_eq!(meta.author.as_deref(), Some("Vader"));
        assert_eq!(meta.published.as_deref(), Some("2014-02-04"));
        // A section printed over the headline, and a site name printed alone, stay as they were.
        let dump = "Rangers sign new striker - Sport - Daily Planet\nDaily Planet\nSport\nRangers sign new striker\n\
                    The club confirmed the signing on Monday after a medical, ending weeks of speculation about the deal.\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("Rangers sign new striker"));
    }

    #[test]
    fn a_dump_that_opens_with_its_menu_takes_the_headline_over_the_body() {
        let dump = "Home\nNation\nWorld\nSports\nNew scheme announced for farmers\nNew Delhi, March 12\nBy Jane Doe | March 12, 2024\n\
                    The government today announced a new scheme that will directly benefit millions of farmers.\n";
        let lines: Vec<&str> = dump.lines().collect();
        let meta = from_dump(&lines);
        assert_eq!(meta.title.as_deref(), Some("New scheme announced for farmers"));
        assert_eq!(meta.published.as_deref().map(|d| &d[..10]), Some("2024-03-12"));
        // A short title line over a longer line is a title, not a menu.
        let dump = "Weather\nSunny spells and showers across the north\nThe forecast for the weekend is mixed.\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("Weather"));
        // A menu over the body with no headline: no title.
        let dump = "Home\nNews\nSport\nContact\nThe government today announced a new scheme for millions of farmers.\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title, None);
        // A page title with its site is a title line however short.
        let dump = "systemd - ArchWiki\nPage\nDiscussion\nRead\nsystemd\nsystemd is a suite of basic building blocks for a Linux system.\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("systemd"));
    }

    #[test]
    fn a_cookie_notice_or_a_share_button_opening_a_dump_is_no_title() {
        for first in [
            "We use cookies to improve your experience. By continuing you accept our cookie policy.",
            "Share on Facebook",
        ] {
            let lines = [
                first,
                "Home",
                "News",
                "Sport",
                "Storm closes the old harbour bridge",
                "The city council voted on Tuesday to close the old harbour bridge after engineers found cracks.",
            ];
            assert_eq!(from_dump(&lines).title.as_deref(), Some("Storm closes the old harbour bridge"), "{first}");
        }
    }

    #[test]
    fn a_menu_on_one_line_is_no_title_line() {
        let dump = "Home | News | Sport | Weather\n\nStorm closes the old harbour bridge\n\nBy Jane Doe\n\n\
                    The city council voted on Tuesday to close the old harbour bridge after engineers found cracks.\n";
        let lines: Vec<&str> = dump.lines().collect();
        let meta = from_dump(&lines);
        assert_eq!(meta.title.as_deref(), Some("Storm closes the old harbour bridge"));
        assert_eq!(meta.site, None);
        // Near misses: a title with its section and site, and one with a short headline.
        assert!(!is_menu_line("Storm closes bridge | Local News | Harbour Times"));
        assert!(!is_menu_line("Weather | Harbour Times"));
        assert!(!is_menu_line("Standings NASCAR | Autoracing | F1 | Indy | MotoGP"));
        assert!(is_menu_line("| Home · News · Sport · Contact |"));
    }

    #[test]
    fn a_place_name_over_the_title_is_no_headline() {
        let dump = "Nantes : les cantines scolaires passeront au 100 % local d'ici 2027 | L'Écho de l'Ouest\n\
                    Accueil\nNantes\nRégion\n\
                    Nantes : les cantines scolaires passeront au 100 % local d'ici 2027\n\
                    Près de 16 000 repas sont servis chaque jour dans les écoles publiques de Nantes.\n";
        let lines: Vec<&str> = dump.lines().collect();
        let meta = from_dump(&lines);
        assert_eq!(meta.title.as_deref(), Some("Nantes : les cantines scolaires passeront au 100 % local d'ici 2027"));
        assert_eq!(meta.site.as_deref(), Some("L'Écho de l'Ouest"));
        // Near miss: a short headline with its site still takes the site.
        let lines = ["systemd - ArchWiki", "Page", "systemd", "systemd is a suite of basic building blocks."];
        assert_eq!(from_dump(&lines).site.as_deref(), Some("ArchWiki"));
    }

    #[test]
    fn a_site_before_the_headline_is_the_site() {
        let dump = "Harbour Times - Storm closes the old harbour bridge\n\nStorm closes the old harbour bridge\n\nBy Jane Doe\n\n\
                    The city council voted on Tuesday to close the old harbour bridge after engineers found cracks.\n";
        let lines: Vec<&str> = dump.lines().collect();
        let meta = from_dump(&lines);
        assert_eq!(meta.title.as_deref(), Some("Storm closes the old harbour bridge"));
        assert_eq!(meta.site.as_deref(), Some("Harbour Times"));
    }

    #[test]
    fn the_part_of_the_title_over_the_body_is_the_headline() {
        // The site's name over its menu would match the title's first part; the other part
        // stands over the first paragraph.
        let dump = "The Objective Dad - How I Built Local DNS for My Homelab\n\nThe Objective Dad\n\nHome\n\nAbout\n\n\
                    How I Built Local DNS for My Homelab\n\nApril 10, 2023\n\n\
                    After the third outage in a month I decided to run name resolution on my own machines.\n";
        let lines: Vec<&str> = dump.lines().collect();
        let meta = from_dump(&lines);
        assert_eq!(meta.title.as_deref(), Some("How I Built Local DNS for My Homelab"));
        assert_eq!(meta.site.as_deref(), Some("The Objective Dad"));
        // A chapter's heading under its book's name stays the title.
        let dump = "Introduction - From Zero to QED\n\nSearch\n\nFrom Zero to QED\n\nIntroduction\n\n\
                    Welcome to From Zero to QED, an informal introduction to proofs in a programming language.\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("Introduction"));
    }

    #[test]
    fn the_headline_over_the_body_is_found_past_bylines_and_controls() {
        // Share and font-size controls between the headline and the body; the byline and
        // the dateline above them count for nothing.
        let dump = "首页\n新闻\n财经\n体育\n政府宣布新措施支持受洪灾影响的农民\n2024-03-12 10:45:00 来源：新华网\n作者：张伟\n\
                    分享到：微信 微博 QQ空间\n【字体：大 中 小】\n\
                    国务院常务会议23日决定，中央财政将安排专项资金，支持受灾地区尽快恢复农业生产。\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("政府宣布新措施支持受洪灾影响的农民"));
        // An agency's name, two words, between the dateline and the body.
        let dump = "Home\nNews\nSport\nNew scheme announced for farmers\nMarch 12, 2024\nKyodo News\n\
                    The government today announced a new scheme that will directly benefit millions of farmers.\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("New scheme announced for farmers"));
        // A row of share buttons, one per line.
        let dump = "홈\n뉴스\n경제\n스포츠\n정부, 집중호우 피해 농가에 추가 지원 대책 발표\n김철수 기자\n공유하기\n페이스북\n트위터\n카카오톡\n\
                    글자크기 설정\n정부는 23일 최근 집중호우로 피해를 입은 농가를 지원하기 위해 총 5천억 원 규모의 추가 대책을 발표했다.\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("정부, 집중호우 피해 농가에 추가 지원 대책 발표"));
    }

    #[test]
    fn a_menu_in_an_unspaced_script_is_no_title() {
        // Katakana and Thai menu items are long in characters, short in words; a Thai
        // paragraph ends with no mark.
        let dump = "ホーム\nニュース\nスポーツ\nテクノロジー\n政府、豪雨被害の農家に追加支援策を発表\n\
                    政府は23日、西日本を中心とした記録的な豪雨で被害を受けた農家を支援するため、追加対策を発表した。\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("政府、豪雨被害の農家に追加支援策を発表"));
        let dump = "หน้าแรก\nข่าว\nกีฬา\nเทคโนโลยี\nรัฐบาลเตรียมออกมาตรการช่วยเหลือเกษตรกร\n\
                    ด้านตัวแทนสมาคมเกษตรกรกล่าวว่ายินดีกับมาตรการดังกล่าว แต่ขอให้รัฐบาลเร่งจ่ายเงินชดเชยโดยเร็วที่สุด เนื่องจากเกษตรกรจำนวนมากยังมีหนี้สินจากฤดูกาลที่แล้ว\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("รัฐบาลเตรียมออกมาตรการช่วยเหลือเกษตรกร"));
    }

    #[test]
    fn a_dump_that_opens_with_its_body_has_no_title_line() {
        let lede =
            "The government announced new measures on Monday to support farmers hit by the drought, the minister said.";
        for first in [
            lede,
            "WASHINGTON (Reuters) - The government announced new measures on Monday to support farmers hit by the drought.",
        ] {
            let lines = [first, "He declined to comment.", "Experts called for long-term investment in irrigation."];
            assert_eq!(from_dump(&lines).title, None, "{first}");
        }
        // Russian, two sentences; Japanese, no spaces.
        let lines = [
            "Правительство объявило новые меры поддержки фермеров, пострадавших от засухи. По словам министра, выплаты начнутся уже в следующем месяце.",
            "Эксперты считают, что этого недостаточно.",
        ];
        assert_eq!(from_dump(&lines).title, None);
        let lines = [
            "政府は月曜日、干ばつの被害を受けた農家を支援するための新たな対策を発表した。",
            "専門家は長期的な投資が必要だと指摘した。",
        ];
        assert_eq!(from_dump(&lines).title, None);
        // Headlines, even one with a full stop, are titles; so is the line after a byline.
        let lines = ["Google Stadia Red Dead Redemption 2 doesn't run at a stable 60fps.", "By Jane Doe"];
        assert!(from_dump(&lines).title.is_some());
        let lines = ["By Jane Doe", "Drought aid for farmers begins next month", "The government said on Monday."];
        assert_eq!(from_dump(&lines).title.as_deref(), Some("Drought aid for farmers begins next month"));
    }

    #[test]
    fn a_paragraph_ending_in_a_stray_word_is_no_title_line() {
        let lines = [
            "The council said on Tuesday that the harbour works would start in March, and that the budget had been approved by a large majority of members. Residents welcomed it. one",
        ];
        assert_eq!(from_dump(&lines).title, None);
        // Near miss: a long headline with abbreviations, no full stop at its end.
        for title in [
            "U.S. and U.K. agree on new trade terms for steel and aluminium after months of talks - Example News",
            "What tutoring is and what tutoring is not. - Defining and choosing a good tutor - College of Science and Engineering",
            "[The Palace] The Beauty of Korea Revealed at the Welcome Festival in the Heart of Seoul! To the Actual Scene!",
        ] {
            let lines = [title, "The deal was signed on Monday."];
            assert!(from_dump(&lines).title.is_some(), "{title}");
        }
    }

    #[test]
    fn title_with_site_suffix_repeated_below() {
        let lines = [
            "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay - WSJ",
            "Skip to Main Content",
            "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay",
            "By Joanna Stern",
            "Nov. 19, 2019 7:03 am ET",
        ];
        let m = from_dump(&lines);
        assert_eq!(
            m.title.as_deref(),
            Some("Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay")
        );
        assert_eq!(m.site.as_deref(), Some("WSJ"));
        assert_eq!(m.author.as_deref(), Some("Joanna Stern"));
        assert_eq!(m.published.as_deref(), Some("2019-11-19"));
    }

    #[test]
    fn a_dump_printed_without_its_title_opens_with_a_control_not_a_title() {
        let lines = [
            "Skip to main content",
            "Home",
            "News",
            "Sport",
            "Harbour ferry returns after two-year break",
            "The passenger ferry between the old harbour and the island resumed service on Saturday.",
        ];
        assert_eq!(from_dump(&lines).title.as_deref(), Some("Harbour ferry returns after two-year break"));
    }

    #[test]
    fn a_breadcrumb_trail_over_the_headline_is_no_headline() {
        let dump = "首页 | 客户端 | 登录 | 注册\n当前位置：首页 > 社会 > 正文\n多地出台新政支持老旧小区加装电梯\n\
                    2025年03月14日09:32 来源：中国新闻在线\n分享到：微信微博QQ空间\n\
                    本报北京3月13日电，记者从住房和城乡建设部获悉，今年以来全国已有二十余个城市出台新政。\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("多地出台新政支持老旧小区加装电梯"));
        let dump = "Home\nNews\nSport\nWeather\nYou are here: Home > Local news > Harbour\nStorm closes the old harbour bridge\n\
                    The city council voted on Tuesday to close the old harbour bridge after engineers found cracks.\n";
        let lines: Vec<&str> = dump.lines().collect();
        assert_eq!(from_dump(&lines).title.as_deref(), Some("Storm closes the old harbour bridge"));
        // Near misses: a trail that ends with the headline, and a headline with a slash.
        assert!(!is_breadcrumb("Home > News > Storm closes the old harbour bridge after engineers found cracks"));
        assert!(!is_breadcrumb("Storm closes bridge / roads flooded"));
        assert!(is_breadcrumb("Home › Docs › Data types"));
    }

    #[test]
    fn a_breadcrumb_arrow_before_the_headline_is_not_part_of_it() {
        let lines = [
            "Sorted sets | Docs",
            "Docs",
            "Data types",
            "→ Sorted sets",
            "Sorted sets are collections of unique strings ordered by score.",
        ];
        assert_eq!(from_dump(&lines).title.as_deref(), Some("Sorted sets"));
        // The same in a dump that opens with its menu, whose headline is the line over the body.
        let lines = [
            "Home",
            "Docs",
            "Download",
            "→ Sorted sets explained",
            "Sorted sets are collections of unique strings, each kept in order by the score given to it when it was added.",
        ];
        assert_eq!(from_dump(&lines).title.as_deref(), Some("Sorted sets explained"));
    }

    #[test]
    fn the_headline_alone_under_the_title_printed_again_whole() {
        let dump = |third: &str| {
            let lines = [
                "Lisbon Plumbers Costs & Prices - Tradesfinder Price Guide",
                "Plumbers",
                "Lisbon Plumbers Costs & Prices - Tradesfinder Price Guide",
                third,
                "Lisbon, Portugal. This guide sums up what homeowners paid local plumbers last year, by job.",
            ];
            from_dump(&lines)
        };
        let m = dump("Lisbon Plumbers Costs & Prices");
        assert_eq!(m.title.as_deref(), Some("Lisbon Plumbers Costs & Prices"));
        assert_eq!(m.site.as_deref(), Some("Tradesfinder Price Guide"));
        // Near miss: without the headline alone, the title is the line printed twice.
        let m = dump("Updated March 2026");
        assert_eq!(m.title.as_deref(), Some("Lisbon Plumbers Costs & Prices - Tradesfinder Price Guide"));
    }

    #[test]
    fn leading_dateline_is_not_the_title() {
        let lines = [
            "First Published: 2016-12-06",
            "",
            "Russia says US stalling on Aleppo rebel pullout",
            "Foreign Minister Sergei Lavrov says Washington attempting to 'buy time' for rebels.",
        ];
        let m = from_dump(&lines);
        assert_eq!(m.title.as_deref(), Some("Russia says US stalling on Aleppo rebel pullout"));
        assert_eq!(m.published.as_deref(), Some("2016-12-06"));
    }

    #[test]
    fn seed_shaped_header() {
        let lines = [
            "Russia to start talks with US on Aleppo rebel withdrawal",
            "",
            "World Monday 05/December/2016 20:06 PM",
            "By: Times News Service",
            "Russia to start talks with US on Aleppo rebel withdrawal",
        ];
        let m = from_dump(&lines);
        assert_eq!(m.title.as_deref(), Some("Russia to start talks with US on Aleppo rebel withdrawal"));
        assert_eq!(m.author.as_deref(), Some("Times News Service"));
        assert_eq!(m.published.as_deref(), Some("2016-12-05"));
    }

    #[test]
    fn a_sentence_mentioning_a_date_gives_no_date() {
        let lines = ["Talks in Geneva", "On December 6, 2016 the talks began in Geneva."];
        let m = from_dump(&lines);
        assert_eq!(m.published, None);
        assert_eq!(m.title.as_deref(), Some("Talks in Geneva"));
    }

    #[test]
    fn an_events_date_among_its_facts_is_not_the_pages() {
        let event = [
            "Spring concert | Uit in Rotterdam",
            "Spring concert",
            "Datum: zaterdag 20 april 2024",
            "Aanvang: 20:15 uur",
            "Locatie: De Doelen, Kruisstraat 2, Rotterdam",
            "Prijs: € 27,50",
            "The Rotterdam Jazz Orchestra opens the spring with an evening of big band classics and new work.",
        ];
        assert_eq!(from_dump(&event).published, None);
        // A byline block printed as labels is the page's.
        let byline = [
            "Spring concert | Uit in Rotterdam",
            "Spring concert",
            "Auteur: Jan de Vries",
            "Gepubliceerd: 12 maart 2024",
            "Leestijd: 3 min",
            "The Rotterdam Jazz Orchestra opens the spring with an evening of big band classics and new work.",
        ];
        let m = from_dump(&byline);
        assert_eq!(m.published.as_deref().map(|d| &d[..10]), Some("2024-03-12"));
        assert_eq!(m.author.as_deref(), Some("Jan de Vries"));
    }

    #[test]
    fn copyright_line_names_the_site() {
        let lines = [
            "Catering Tips | Cookshack Smokers and Grills",
            "Menu",
            "Catering tips for beginners",
            "Copyright © 2005 Cookshack Smokers and Grills Inc.",
        ];
        let m = from_dump(&lines);
        assert_eq!(m.title.as_deref(), Some("Catering Tips"));
        assert_eq!(m.site.as_deref(), Some("Cookshack Smokers and Grills"));
        // Lower-casing that changes byte lengths must not shift the cut.
        let _ = from_dump(&["İİİ Title | Site", "İİİ copyright Site"]);
    }

    #[test]
    fn copyright_is_found_in_any_ascii_case() {
        let at = find_copyright;
        assert_eq!(at("(c) COPYRIGHT 2020"), Some(4));
        assert_eq!(at("Cop Copyright"), Some(4));
        assert_eq!(at("İ copyRight"), Some(3));
        assert_eq!(at("copyrigh"), None);
        assert_eq!(at("copy right"), None);
        assert_eq!(at("cop COPyRIGHT"), Some(4));
        assert_eq!(at("xcopyrightx"), Some(1));
    }

    #[test]
    fn empty_dump() {
        assert_eq!(from_dump(&[]), PageMeta::default());
        assert_eq!(from_dump(&["", "  "]), PageMeta::default());
    }
}
