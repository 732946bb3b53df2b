//! Headlines from page titles: `<title>` and the first line of a dump usually carry the
//! site's name (`Headline | Site`, `Site - Headline`), which readers do not count as part of
//! the title.

use crate::clean::shape::{collapse_whitespace, is_unspaced_script};

/// Separators between a headline and a site name, with the spaces around them (a hyphen
/// inside a word is not one).
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " : ", " · ", " • ", " » ", " « ", " ~ ", " / "];

/// Full-width bars (`｜`, and the vertical form `︱`), which carry their own spacing: a
/// separator with or without spaces around them (`浴室翻新工程｜安心裝修工程`).
const WIDE_BARS: &[char] = &['｜', '︱'];

/// A trailing part with no known site name is dropped when it has at most this many words...
const MAX_UNKNOWN_AFFIX_WORDS: usize = 4;
/// ...and the headline before it is at least this many times as long (in characters)...
const MIN_HEADLINE_TO_AFFIX: usize = 3;
/// ...or, after a bar (`Headline | Site`), at least as long.
const MIN_HEADLINE_TO_AFFIX_AFTER_BAR: usize = 1;

/// Host labels that say nothing about the site (`www.`, `.co.uk`).
const GENERIC_HOST_LABELS: &[&str] =
    &["www", "com", "org", "net", "co", "edu", "gov", "ac", "blog", "news", "m", "amp"];

/// A title split into its headline and the site name found beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitTitle {
    pub headline: String,
    pub site: Option<String>,
}

/// Split `title` into headline and site name. A part at the end (or, less often, at the
/// start) is taken as the site when it matches one of `site_hints` (an `og:site_name`,
/// a publisher, a host such as `www.wsj.com`); with no match, a trailing part of a few words
/// that is much shorter than the rest is taken as the site too.
pub fn strip_site_affix(title: &str, site_hints: &[&str]) -> SplitTitle {
    split_title(title, site_hints, true)
}

/// [`strip_site_affix`] for a site's home page, whose title is about the site itself: a
/// site name that leads it is its subject (`Example Therapy | Online therapy that works`),
/// and only a trailing site part is split off.
pub fn strip_site_suffix(title: &str, site_hints: &[&str]) -> SplitTitle {
    split_title(title, site_hints, false)
}

fn split_title(title: &str, site_hints: &[&str], leading_site: bool) -> SplitTitle {
    let title = collapse(title);
    let title = strip_forum_prefix(&title).to_owned();
    if let Some(split) = split_unspaced(&title) {
        return split;
    }
    let cuts = separator_positions(&title);
    let whole = || SplitTitle { headline: title.clone(), site: None };
    let (Some(first), Some(last)) = (cuts.first(), cuts.last()) else {
        return whole();
    };
    let hints: Vec<String> = site_hints.iter().flat_map(|h| hint_forms(h)).collect();

    let (head, tail) = (title[..last.0].trim(), title[last.1..].trim());
    if matches_site(tail, &hints, Side::Trailing) {
        // `Headline - Section | Site`: a second site-looking part goes too.
        let inner = split_title(head, site_hints, leading_site);
        let headline =
            if inner.site.is_some() && matches_site(inner.site.as_deref().unwrap_or(""), &hints, Side::Trailing) {
                inner.headline
            } else {
                head.to_owned()
            };
        return SplitTitle { headline, site: Some(tail.to_owned()) };
    }
    let (head_first, rest) = (title[..first.0].trim(), title[first.1..].trim());
    if leading_site && matches_site(head_first, &hints, Side::Leading) {
        return SplitTitle { headline: strip_forum_prefix(rest).to_owned(), site: Some(head_first.to_owned()) };
    }
    let tail_words = tail.split_whitespace().count();
    let separator = title[last.0..last.1].trim();
    // A bar almost always sets off a site name; other separators only when the part after
    // them is much shorter than the headline.
    let min_ratio =
        if matches!(separator, "|" | "｜" | "︱") { MIN_HEADLINE_TO_AFFIX_AFTER_BAR } else { MIN_HEADLINE_TO_AFFIX };
    if (tail_words <= MAX_UNKNOWN_AFFIX_WORDS && head.chars().count() >= min_ratio * tail.chars().count())
        || looks_like_domain(tail)
    {
        return SplitTitle { headline: head.to_owned(), site: Some(tail.to_owned()) };
    }
    whole()
}

/// Separators that Chinese and Japanese titles write without spaces after the headline
/// (`标题_频道_网站`, `标题-新华网`, `見出し｜新聞`).
const UNSPACED_SEPARATORS: &[char] = &['_', '-', '|', '｜', '︱'];

/// The fewest characters of a headline before an unspaced separator.
const MIN_UNSPACED_HEADLINE_CHARS: usize = 4;

/// A title whose headline, in a script written without spaces, is followed by its section
/// and site names set off by separators without spaces: the headline is the part before the
/// first separator and the site the last part, provided the headline is the longer. `None`
/// for other titles.
fn split_unspaced(title: &str) -> Option<SplitTitle> {
    // The separator must follow a character of such a script, and be followed by a letter:
    // `Covid-19` or `2024-03` are no cuts.
    let mut cuts = Vec::new();
    let mut previous = None;
    let mut chars = title.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if UNSPACED_SEPARATORS.contains(&c)
            && previous.is_some_and(is_unspaced_script)
            && next.is_some_and(|n: char| n.is_alphabetic())
        {
            cuts.push((at, at + c.len_utf8()));
        }
        previous = Some(c);
    }
    let (&(first, after_first), &(_, after_last)) = (cuts.first()?, cuts.last()?);
    let headline = title[..first].trim();
    let rest = &title[after_first..];
    let headline_chars = headline.chars().count();
    (headline_chars >= MIN_UNSPACED_HEADLINE_CHARS && headline_chars > rest.chars().count()).then(|| SplitTitle {
        headline: headline.to_owned(),
        site: Some(title[after_last..].trim().to_owned()).filter(|site| !site.is_empty()),
    })
}

/// The part of `title` before its first separator, if it has one (forum labels dropped).
pub fn leading_part(title: &str) -> Option<String> {
    let title = collapse(title);
    let title = strip_forum_prefix(&title);
    let (at, _) = separator_positions(title).first().copied()?;
    Some(title[..at].trim().to_owned()).filter(|part| !part.is_empty())
}

/// The first part of a title of three parts or more (`Deploy fails - Hosting Help -
/// Example Forums`): on a forum, the topic before the board's and the site's names.
pub fn topic_part(title: &str) -> Option<String> {
    let title = collapse(title);
    let title = strip_forum_prefix(&title);
    let cuts = separator_positions(title);
    let (at, _) = cuts.first().copied().filter(|_| cuts.len() >= 2)?;
    Some(title[..at].trim().to_owned()).filter(|part| !part.is_empty())
}

/// `Dictionary.com`, `example.co.uk`: a host name standing for the site.
pub(crate) fn looks_like_domain(part: &str) -> bool {
    let part = part.trim();
    !part.contains(' ')
        && part.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty() && (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
        })
}

/// Labels that forum software puts before a thread's title (`Thread: ...`, phpBB's
/// `View topic - ...`), lower case, with their separator.
const FORUM_PREFIXES: &[&str] = &["view topic - ", "thread: ", "topic: ", "thema: ", "sujet : ", "sujet: ", "tema: "];

/// `title` without a forum software's label in front.
pub(crate) fn strip_forum_prefix(title: &str) -> &str {
    for prefix in FORUM_PREFIXES {
        if let Some(head) = title.get(..prefix.len())
            && head.eq_ignore_ascii_case(prefix)
            && title.len() > prefix.len()
        {
            return title[prefix.len()..].trim_start();
        }
    }
    title
}

/// Byte ranges of the separators in `title`.
fn separator_positions(title: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> =
        SEPARATORS.iter().flat_map(|sep| title.match_indices(sep).map(|(at, s)| (at, at + s.len()))).collect();
    // A full-width bar with the spaces around it, if any, between two parts.
    cuts.extend(
        title
            .match_indices(WIDE_BARS)
            .map(|(at, bar)| {
                let start = title[..at].trim_end().len();
                let end = title.len() - title[at + bar.len()..].trim_start().len();
                (start, end)
            })
            .filter(|&(start, end)| start > 0 && end < title.len()),
    );
    cuts.sort_unstable();
    cuts
}

/// The forms under which a hint may appear in a title: its letters and digits, and for a
/// host each meaningful label (`www.theguardian.com` → `theguardian`).
fn hint_forms(hint: &str) -> Vec<String> {
    let mut forms = Vec::new();
    let hint = hint.trim();
    let looks_like_host = hint.contains('.') && !hint.contains(' ');
    if looks_like_host {
        let labels: Vec<&str> = hint.split('.').collect();
        let last = labels.len().saturating_sub(1);
        for (i, label) in labels.iter().enumerate() {
            let label = label.to_lowercase();
            if i < last && label.len() >= 3 && !GENERIC_HOST_LABELS.contains(&label.as_str()) {
                forms.push(normalize(&label));
            }
        }
    } else {
        let n = normalize(hint);
        if !n.is_empty() {
            forms.push(n);
        }
    }
    forms
}

/// Which end of a title a part stands at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Leading,
    Trailing,
}

/// Whether a part of a title names the site: equal to a hint, or starting with one (`BBC
/// News` for `bbc.co.uk`), or contained in one (`WSJ` for `The WSJ`). A trailing part may
/// also end with one (`The Guardian`); a leading part may not, as `New to Astronomy – ...`
/// is a headline on an astronomy forum.
fn matches_site(part: &str, hints: &[String], side: Side) -> bool {
    let n = normalize(part);
    if n.is_empty() {
        return false;
    }
    let words = part.split_whitespace().count();
    hints.iter().any(|h| {
        n == *h
            || (h.chars().count() >= 3
                && words <= 5
                && (n.starts_with(h.as_str()) || (side == Side::Trailing && n.ends_with(h.as_str()))))
            || (n.chars().count() >= 3 && h.contains(n.as_str()))
    })
}

/// Lower-case letters and digits only, for comparing names written differently.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // ASCII letters are tested and lowered directly, without the Unicode tables.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whitespace collapsed to single spaces, trimmed.
pub(crate) fn collapse(text: &str) -> String {
    collapse_whitespace(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn fast_normalize_agrees_with_the_definition(text in "([a-zA-Z0-9 .,'\\-]|[éÉßİΣЖж]|[東京]|\u{301}|\u{2160}){0,40}") {
            let by_chars: String = text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
            proptest::prop_assert_eq!(normalize(&text), by_chars);
        }
    }

    fn headline(title: &str, hints: &[&str]) -> String {
        strip_site_affix(title, hints).headline
    }

    #[test]
    fn a_home_page_keeps_the_site_name_that_leads_its_title() {
        let hints = ["www.talkroom.example", "Talkroom"];
        let title = "Talkroom - Online therapy with licensed counsellors";
        assert_eq!(strip_site_suffix(title, &hints).headline, title);
        assert_eq!(strip_site_affix(title, &hints).headline, "Online therapy with licensed counsellors");
        // A trailing site name still goes.
        let split = strip_site_suffix("Online therapy with licensed counsellors | Talkroom", &hints);
        assert_eq!(split.headline, "Online therapy with licensed counsellors");
        assert_eq!(split.site.as_deref(), Some("Talkroom"));
    }

    #[test]
    fn strips_a_known_site_suffix() {
        let split = strip_site_affix("Google Stadia, So Many Ways to Play - WSJ", &["www.wsj.com"]);
        assert_eq!(split.headline, "Google Stadia, So Many Ways to Play");
        assert_eq!(split.site.as_deref(), Some("WSJ"));
        assert_eq!(headline("Russia and the US | Middle East Online", &["Middle East Online"]), "Russia and the US");
        assert_eq!(headline("Aleppo talks — The Guardian", &["www.theguardian.com"]), "Aleppo talks");
    }

    #[test]
    fn a_full_width_bar_splits_like_a_bar() {
        let split = strip_site_affix("浴室翻新工程｜從設計到完工一次搞定｜安心裝修工程", &[]);
        assert_eq!(split.site.as_deref(), Some("安心裝修工程"));
        assert_eq!(leading_part("浴室翻新工程｜從設計到完工一次搞定｜安心裝修工程").as_deref(), Some("浴室翻新工程"));
        assert_eq!(leading_part("浴室翻新工程 ︱ 安心裝修工程").as_deref(), Some("浴室翻新工程"));
        assert_eq!(headline("Bathroom renovation ｜ Anxin Works", &[]), "Bathroom renovation");
        // A bar at an end separates nothing.
        assert_eq!(leading_part("｜浴室翻新工程"), None);
    }

    #[test]
    fn strips_a_known_site_prefix() {
        assert_eq!(headline("BBC News - Aleppo talks stall again", &["bbc.co.uk"]), "Aleppo talks stall again");
    }

    #[test]
    fn strips_site_and_section() {
        assert_eq!(headline("Talks stall | World | The Times", &["The Times"]), "Talks stall | World");
        assert_eq!(headline("Talks stall | Times | The Times", &["The Times"]), "Talks stall");
    }

    #[test]
    fn strips_a_short_unknown_suffix() {
        assert_eq!(
            headline("Top 10 Shoe Companies in the World You Should Know About - Fastarz", &[]),
            "Top 10 Shoe Companies in the World You Should Know About"
        );
    }

    #[test]
    fn a_bar_sets_off_a_site_name() {
        assert_eq!(headline("Beatrice Tan Rug | Ruggable US", &[]), "Beatrice Tan Rug");
        assert_eq!(
            headline("RESTAURANT Definition & Meaning | Dictionary.com", &[]),
            "RESTAURANT Definition & Meaning"
        );
        assert_eq!(headline("Rug | Ruggable United States Online", &[]), "Rug | Ruggable United States Online");
        assert_eq!(headline("Restaurant - Dictionary.com", &[]), "Restaurant");
    }

    #[test]
    fn chinese_and_japanese_titles_set_off_their_site_without_spaces() {
        let split = strip_site_affix("前三季度经济数据发布 增速回升_新闻中心_某某网", &[]);
        assert_eq!(split.headline, "前三季度经济数据发布 增速回升");
        assert_eq!(split.site.as_deref(), Some("某某网"));
        assert_eq!(headline("习近平同法国总统举行会谈-新华网", &[]), "习近平同法国总统举行会谈");
        assert_eq!(headline("米朝首脳が電話会談｜日本経済新聞", &[]), "米朝首脳が電話会談");
        // Near misses: a short headline before a long part, a hyphen between figures, a
        // separator before a space.
        assert_eq!(headline("新闻_前三季度经济数据发布增速回升", &[]), "新闻_前三季度经济数据发布增速回升");
        assert_eq!(headline("新冠疫情2020-2023年回顾", &[]), "新冠疫情2020-2023年回顾");
        assert_eq!(headline("Covid-19 in 2023", &[]), "Covid-19 in 2023");
    }

    #[test]
    fn keeps_titles_without_a_site_part() {
        assert_eq!(headline("Cybersecurity Best Practices", &["cisecurity.org"]), "Cybersecurity Best Practices");
        // A hyphen inside words is no separator.
        assert_eq!(headline("Sino-Russian talks in Geneva", &[]), "Sino-Russian talks in Geneva");
        // Two halves of similar length: neither is a site name.
        assert_eq!(
            headline("Stocks fall sharply - Investors brace for more losses", &[]),
            "Stocks fall sharply - Investors brace for more losses"
        );
    }

    #[test]
    fn forum_labels_are_dropped() {
        assert_eq!(headline("View topic - 2025-26 Season: MLS is Back!", &[]), "2025-26 Season: MLS is Back!");
        assert_eq!(headline("Thread: What do you look for in a web host?", &[]), "What do you look for in a web host?");
        assert_eq!(headline("Threads of the past", &[]), "Threads of the past");
    }

    #[test]
    fn a_leading_part_must_name_the_site_exactly() {
        assert_eq!(
            headline("New to Astronomy – Best First Telescope?", &["Astronomy"]),
            "New to Astronomy – Best First Telescope?"
        );
        assert_eq!(headline("Astronomy – Best First Telescope?", &["Astronomy"]), "Best First Telescope?");
    }

    #[test]
    fn a_generic_host_label_is_no_hint() {
        assert_eq!(
            headline("Latest news from the region - Breaking news today", &["news.example.com"]),
            "Latest news from the region - Breaking news today"
        );
    }
}
