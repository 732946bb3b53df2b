//! Metadata from the first lines of a text dump. Dumps made from pages usually start with
//! the page's `<title>` (`Headline - Site`), repeat the headline a few lines later, and
//! carry a byline or dateline near the top.

use crate::clean::shape::{ends_like_sentence, word_count};
use crate::metadata::byline::{LineKind, recognise};
use crate::metadata::title::{collapse, normalize, strip_site_affix};
use crate::model::PageMeta;

/// How many non-empty lines at the top are read; metadata lower down is body text.
const HEAD_LINES: usize = 40;
/// How far below the first line its headline may be repeated.
const HEADLINE_SEARCH_LINES: usize = 30;
/// A repeated headline found inside the first line must keep at least this share of it.
const MIN_PREFIX_SHARE: f32 = 0.4;
/// A line agrees with the title when this share of its words are words of the title...
const MIN_AGREEMENT: f32 = 0.75;
/// ...and it has at least this share of the title's words.
const MIN_COVERAGE: f32 = 0.6;
/// Headlines are at most this long (in words); longer lines are body text.
const MAX_HEADLINE_WORDS: usize = 40;

/// Metadata from the first lines of a dump (any number of lines may be given; only the first
/// [`HEAD_LINES`] non-empty ones are read).
pub fn from_dump(lines: &[&str]) -> PageMeta {
    let head: Vec<String> = lines.iter().map(|l| collapse(l)).filter(|l| !l.is_empty()).take(HEAD_LINES).collect();
    let mut meta = PageMeta::default();

    for line in &head {
        if let Some(found) = recognise(line) {
            if meta.author.is_none() && found.kind == LineKind::Byline {
                meta.author = found.author;
            }
            if meta.published.is_none() {
                meta.published = found.published;
            }
        }
    }

    // The title line: the first line that is neither a byline nor a dateline.
    let Some(first) = head.iter().position(|l| recognise(l).is_none() && word_count(l) <= MAX_HEADLINE_WORDS) else {
        return meta;
    };
    let title_line = &head[first];
    let split = strip_site_affix(title_line, &[]);
    let later = &head[first + 1..head.len().min(first + 1 + HEADLINE_SEARCH_LINES)];
    let (title, site) = match repeated_headline(title_line, &split.headline, later) {
        Some((headline, site)) => (headline, site.or(split.site)),
        None => (split.headline, split.site),
    };
    meta.title = Some(title);
    meta.site = site;
    meta
}

/// A later line that repeats the headline of `title_line`: the line itself, the title
/// without its site part, a longer headline the title was cut from, or a line with nearly
/// the same words. Returns the headline and, when the line showed it, the site part.
fn repeated_headline(title_line: &str, stripped: &str, later: &[String]) -> Option<(String, Option<String>)> {
    let key = normalize(title_line);
    let stripped_key = normalize(stripped);
    for line in later {
        let words = word_count(line);
        if words == 0 || words > MAX_HEADLINE_WORDS {
            continue;
        }
        let line_key = normalize(line);
        if line_key.is_empty() {
            continue;
        }
        if line_key == key || line_key == stripped_key {
            return Some((line.clone(), None));
        }
        // `Headline | Site` in the first line, `Headline` below it.
        if let Some(rest) = title_line.strip_prefix(line.as_str())
            && line_key.len() as f32 >= MIN_PREFIX_SHARE * key.len() as f32
        {
            let site = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | ':' | '·' | '•' | '»'));
            let site = (!site.is_empty() && rest.len() > site.len()).then(|| site.to_owned());
            if rest.is_empty() || site.is_some() {
                return Some((line.clone(), site));
            }
        }
        // A title cut short (`Headline that goes on…`) and the full headline below.
        let cut = stripped.trim_end_matches(['…', '.']).trim_end();
        if cut.len() < stripped.len() && normalize(cut).len() >= 10 && line.starts_with(cut) && !ends_like_sentence(line) {
            return Some((line.clone(), None));
        }
    }
    // Nearly the same words, in a line that reads like a headline.
    later
        .iter()
        .filter(|l| word_count(l) >= 3 && word_count(l) <= MAX_HEADLINE_WORDS)
        .map(|l| (overlap(l, stripped), l))
        .filter(|((agree, cover), _)| *agree >= MIN_AGREEMENT && *cover >= MIN_COVERAGE)
        .max_by(|a, b| (a.0.0 + a.0.1).total_cmp(&(b.0.0 + b.0.1)))
        .map(|(_, l)| (l.clone(), None))
}

/// The share of `line`'s words found in `title`, and the share of `title`'s words found in
/// `line`.
fn overlap(line: &str, title: &str) -> (f32, f32) {
    let words = |t: &str| -> Vec<String> { t.split_whitespace().map(normalize).filter(|w| !w.is_empty()).collect() };
    let (a, b) = (words(line), words(title));
    if a.is_empty() || b.is_empty() {
        return (0.0, 0.0);
    }
    let in_title = a.iter().filter(|w| b.contains(w)).count() as f32 / a.len() as f32;
    let in_line = b.iter().filter(|w| a.contains(w)).count() as f32 / b.len() as f32;
    (in_title, in_line)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(m.title.as_deref(), Some("Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay"));
        assert_eq!(m.site.as_deref(), Some("WSJ"));
        assert_eq!(m.author.as_deref(), Some("Joanna Stern"));
        assert_eq!(m.published.as_deref(), Some("2019-11-19"));
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
    fn empty_dump() {
        assert_eq!(from_dump(&[]), PageMeta::default());
        assert_eq!(from_dump(&["", "  "]), PageMeta::default());
    }
}
