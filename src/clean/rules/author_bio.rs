//! Removes the author's biography: "Jane Doe is a staff writer at The Paper, covering
//! health", the note sites print under an article about who wrote it.
//!
//! The page's author is known before the rules run (from the page's metadata or its byline),
//! so the test is exact rather than a guess about wording: a paragraph that opens with the
//! author's full name, followed the way a sentence about a person goes on (a word in lower
//! case, usually a verb; an apposition after a comma; a handle in brackets). That works in
//! every language that writes names with capitals. It is not enough that a name stands by
//! itself above the paragraph: section headings name places and products the same way
//! ("Huntsville State Park" / "Huntsville State Park is another ..."). Three guards keep the
//! article's own sentences about its author:
//! - the biography must come after most of the article's prose, as these notes do, so a
//!   lead that opens with the name ("Fox News has learned ...") stays;
//! - a page whose title names the author (a profile, an about page) is left alone: there
//!   the biography is the text;
//! - an author that is the site's own name is no person's name.
//!
//! A note under an "About the author" heading ("Über den Autor", "O autorze") goes with the
//! heading, whoever it names, when the heading comes after most of the article's prose.

use std::sync::LazyLock;

use crate::clean::block::{Block, BlockKind};
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::word_count;
use crate::clean::vocab::Lexicon;
use crate::metadata::byline;
use crate::model::RuleId;

/// A biography is a sentence or two, not an essay...
const MIN_BIO_WORDS: usize = 8;
const MAX_BIO_WORDS: usize = 150;
/// ...about a person named in full: a given name and a family name at least.
const MIN_NAME_WORDS: usize = 2;
const MAX_NAME_WORDS: usize = 5;
/// Blocks of this many words that end like a sentence count as the article's prose.
const MIN_PROSE_BLOCK_WORDS: usize = 15;
/// At least this much prose (words) comes before the biography (a brief of four short
/// paragraphs has it)...
const MIN_PROSE_BEFORE: usize = 60;
/// ...and after it at most this share of what came before.
const MAX_PROSE_AFTER_SHARE: f32 = 0.5;
/// Longest title word (characters, full stop included) skipped before the name: "Dr.",
/// "Prof.", "Mr".
const MAX_HONORIFIC_CHARS: usize = 5;

/// Removes the biography of the page's author.
pub struct AuthorBio;

impl Rule for AuthorBio {
    fn id(&self) -> RuleId {
        RuleId("author_bio")
    }

    fn describe(&self) -> &'static str {
        "The author's biography after the article (\"Jane Doe is a staff writer at ...\"), found by the author's name or under an \"About the author\" heading."
    }

    fn apply(&self, blocks: &mut [Block], cx: &mut RuleContext<'_>) {
        // Prose words per block, and in all, for the position test.
        let prose: Vec<usize> = blocks
            .iter()
            .enumerate()
            .map(|(i, block)| {
                let stats = cx.stats_of(i);
                let words = stats.map_or_else(|| word_count(&block.text), |s| s.words);
                let sentence = stats.is_some_and(|s| s.ends_like_sentence);
                if !block.is_removed() && sentence && words >= MIN_PROSE_BLOCK_WORDS { words } else { 0 }
            })
            .collect();
        let total: usize = prose.iter().sum();
        remove_under_about_the_author(blocks, &prose, total, cx, self.id());
        let Some(author) = cx.meta.author.as_deref() else { return };
        let names = person_names(author, cx.meta.site.as_deref());
        if names.is_empty() || cx.title.is_some_and(|title| names.iter().any(|name| title.contains(name.as_str()))) {
            return;
        }
        let mut before = 0;
        for (i, block) in blocks.iter_mut().enumerate() {
            let after = total - before - prose[i];
            let placed = before >= MIN_PROSE_BEFORE && after as f32 <= MAX_PROSE_AFTER_SHARE * before as f32;
            before += prose[i];
            if !placed || block.is_removed() || matches!(block.kind, BlockKind::Heading(_) | BlockKind::Preformatted) {
                continue;
            }
            let words = cx.stats_of(i).map_or_else(|| word_count(&block.text), |s| s.words);
            if (MIN_BIO_WORDS..=MAX_BIO_WORDS).contains(&words) && names.iter().any(|name| is_bio_of(&block.text, name))
            {
                block.remove(self.id());
            }
        }
    }
}

/// Lines with the author's name between an "About the author" heading and the note.
const MAX_NAME_LINES: usize = 2;

/// Headings over the author's note, lower case, whole blocks (a colon may follow; the
/// lexicon matches either apostrophe).
const ABOUT_THE_AUTHOR: &[&str] = &[
    "about the author",
    "about the writer",
    "über den autor",
    "über die autorin",
    "à propos de l'auteur",
    "sobre el autor",
    "sobre la autora",
    "sull'autore",
    "l'autore",
    "sobre o autor",
    "sobre a autora",
    "over de auteur",
    "over de schrijver",
    "об авторе",
    "про автора",
    "o autorze",
    "o autorovi",
    "o autorke",
    "o autoru",
    "apie autorių",
    "autorist",
    "за автора",
    "sobre l'autor",
    "om forfatteren",
    "om skribenten",
    "tietoa kirjoittajasta",
    "kirjoittajasta",
    "a szerzőről",
    "yazar hakkında",
    "despre autor",
    "σχετικά με τον συγγραφέα",
    "על הכותב",
    "نبذة عن الكاتب",
    "عن الكاتب",
    "درباره نویسنده",
    "مصنف کے بارے میں",
    "लेखक के बारे में",
    "লেখক সম্পর্কে",
    "เกี่ยวกับผู้เขียน",
    "tentang penulis",
    "về tác giả",
    "关于作者",
    "關於作者",
    "著者について",
    "作者について",
    "저자 소개",
    // Greek (of the editor), Hebrew of a woman ("על הכותב" is listed above), Japanese "the
    // person who wrote this article", Korean "about the writer"
    "σχετικά με τον συντάκτη",
    "על הכותבת",
    "この記事を書いた人",
    "글쓴이 소개",
    // Basque, Icelandic, Latvian (of a woman and of a man), Macedonian (likewise), Slovenian
    // (likewise), Serbian Cyrillic (Latin "O autoru" is listed above), Albanian (likewise),
    // Romanian of a woman, Georgian. Galician writes "Sobre o autor", listed above.
    "egileari buruz",
    "um höfundinn",
    "par autori",
    "par autoru",
    "за авторот",
    "за авторката",
    "o avtorju",
    "o avtorici",
    "о аутору",
    "rreth autorit",
    "rreth autores",
    "despre autoare",
    "ავტორის შესახებ",
];

static ABOUT_THE_AUTHOR_HEADINGS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(ABOUT_THE_AUTHOR));

/// The note under an "About the author" heading placed after most of the article's prose:
/// the heading, a line with the name if one comes first, and the biography's paragraph.
fn remove_under_about_the_author(
    blocks: &mut [Block],
    prose: &[usize],
    total: usize,
    cx: &RuleContext<'_>,
    rule: RuleId,
) {
    let mut before = 0;
    for i in 0..blocks.len() {
        let after = total - before - prose[i];
        let placed = before >= MIN_PROSE_BEFORE && after as f32 <= MAX_PROSE_AFTER_SHARE * before as f32;
        before += prose[i];
        if !placed || blocks[i].is_removed() || ABOUT_THE_AUTHOR_HEADINGS.whole(&blocks[i].text).is_none() {
            continue;
        }
        blocks[i].remove(rule);
        let mut next = i + 1;
        // The name on its own line (a person's name, not the next section's heading), then
        // the note.
        let site = cx.meta.site.as_deref();
        while next <= i + MAX_NAME_LINES
            && blocks.get(next).is_some_and(|b| {
                !b.is_removed() && !matches!(b.kind, BlockKind::Heading(_)) && is_person_name(b.text.trim(), site)
            })
        {
            blocks[next].remove(rule);
            next += 1;
        }
        if let Some(note) = blocks.get_mut(next)
            && !note.is_removed()
            && !matches!(note.kind, BlockKind::Heading(_))
            && (MIN_BIO_WORDS..=MAX_BIO_WORDS)
                .contains(&cx.stats_of(next).map_or_else(|| word_count(&note.text), |s| s.words))
        {
            note.remove(rule);
        }
        return;
    }
}

/// The names in the author field (`Jane Doe, Max Mustermann und Erika Muster`) that look like
/// a person's full name.
fn person_names(author: &str, site: Option<&str>) -> Vec<String> {
    let mut names = Vec::new();
    for part in author.split([',', ';']) {
        let words: Vec<&str> = part.split_whitespace().collect();
        for name in words.split(|word| byline::is_name_joiner(word)).map(|words| words.join(" ")) {
            if is_person_name(&name, site) {
                names.push(name);
            }
        }
    }
    names
}

/// Whether `text` can be a person's full name: two to five words of letters (and the
/// marks names hold), the first and the last capitalised ("Marna van der Merwe"), and
/// neither the site's name nor a news agency's.
fn is_person_name(text: &str, site: Option<&str>) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |word: Option<&&str>| word.and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
    (MIN_NAME_WORDS..=MAX_NAME_WORDS).contains(&words.len())
        && capitalised(words.first())
        && capitalised(words.last())
        && text.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
        && !site.is_some_and(|site| site.eq_ignore_ascii_case(text))
        && !byline::is_agency(text)
}

/// Whether `text` opens with `name` (after a title such as "Dr."), followed the way a
/// sentence about the person goes on.
fn is_bio_of(text: &str, name: &str) -> bool {
    let rest = text.strip_prefix(name).or_else(|| {
        let (title, rest) = text.split_once(' ')?;
        let short = title.chars().count() <= MAX_HONORIFIC_CHARS;
        let capitalised = title.chars().next().is_some_and(char::is_uppercase);
        (short && capitalised).then(|| rest.strip_prefix(name)).flatten()
    });
    let Some(rest) = rest else { return false };
    if rest.starts_with(',') || rest.starts_with(" (") {
        return true;
    }
    rest.strip_prefix(' ').and_then(|r| r.chars().next()).is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::features::TextStats;
    use crate::clean::rules::testing::dump;
    use crate::model::{InputKind, PageMeta};

    const ARTICLE: &str = "The city council voted on Tuesday to expand the bus network to the northern districts by next spring.\n\
        Officials said the plan would add six routes and extend evening service on the busiest lines across town.\n\
        Residents who spoke at the meeting welcomed the change but asked for more frequent buses on weekends too.\n\
        The council will publish the new timetables in March, after a final round of consultation with drivers.\n\
        Funding comes from a regional transport grant that was approved last year after a long public debate.\n\
        Drivers' unions have asked for new rest rooms at the end of each route before the service begins.\n";

    /// The texts removed from `text` when the page's author is `author`, titled `title`.
    fn removed(text: &str, author: &str, site: Option<&str>, title: Option<&str>) -> Vec<String> {
        let mut blocks = dump(text);
        let stats: Vec<TextStats> = blocks.iter().map(|b| TextStats::of(&b.text)).collect();
        let mut meta = PageMeta { author: Some(author.into()), site: site.map(Into::into), ..PageMeta::default() };
        let mut cx = RuleContext::new(InputKind::Text, &mut meta);
        cx.stats = &stats;
        cx.title = title;
        AuthorBio.apply(&mut blocks, &mut cx);
        blocks.iter().filter(|b| b.is_removed()).map(|b| b.text.clone()).collect()
    }

    #[test]
    fn removes_the_note_under_an_about_the_author_heading() {
        // Whoever it names: the page's author field may be empty or differ.
        let bio = "Jana travels with a backpack and a notebook, and has written about the Alps for ten years.";
        let page = format!("{ARTICLE}About the author\nJana Novak\n{bio}\nShare this article");
        assert_eq!(removed(&page, "", None, None), ["About the author", "Jana Novak", bio]);
        let page = format!("{ARTICLE}O autorze:\n{bio}");
        assert_eq!(removed(&page, "", None, None), ["O autorze:", bio]);
        for heading in ["Egileari buruz", "Um höfundinn", "Par autori", "За авторот", "O avtorju:", "ავტორის შესახებ"]
        {
            let page = format!("{ARTICLE}{heading}\n{bio}");
            assert_eq!(removed(&page, "", None, None), [heading, bio], "{heading}");
        }
        for (heading, note) in [
            (
                "Σχετικά με τον συντάκτη",
                "Η Μαρία γράφει για τα ταξίδια και την ιστορία της Θεσσαλονίκης εδώ και δέκα χρόνια.",
            ),
            ("על הכותבת", "נועה היא שפית ומורה לבישול, וכותבת על מטבח ביתי ועל חגים כבר עשר שנים."),
            (
                "글쓴이 소개",
                "김민준은 여행과 음식에 대해 십 년 넘게 글을 써 온 프리랜서 작가이며 두 아이의 아빠입니다.",
            ),
            (
                "この記事を書いた人",
                "小学生の子ども二人と夫の四人家族。週末や長期休みに国内を旅して、子連れでも無理のない旅の情報を発信しています。",
            ),
        ] {
            let page = format!("{ARTICLE}{heading}\n{note}");
            assert_eq!(removed(&page, "", None, None), [heading, note], "{heading}");
        }
        // Near miss: the words opening a sentence are no heading.
        let line = "Σχετικά με τον συντάκτη του νόμου γνωρίζουμε λίγα πράγματα, αφού υπέγραφε με ψευδώνυμο.";
        let page = format!("{ARTICLE}{line}\n{bio}");
        assert!(removed(&page, "", None, None).is_empty());
        let line = "O avtorju knjige vemo le malo, saj je pisal pod psevdonimom vse do smrti.";
        let page = format!("{ARTICLE}{line}\n{bio}");
        assert!(removed(&page, "", None, None).is_empty());
        // A box without a note: the next section stays, its heading and its text.
        let next = "Opposition members argued that the money would be better spent on repairing roads.";
        let page = format!("{ARTICLE}About the author\nJana Novak\nWhat happens next\n{next}");
        assert_eq!(removed(&page, "", None, None), ["About the author", "Jana Novak"]);
        let page = format!("{ARTICLE}About the author\nCritics\n{next}");
        assert_eq!(removed(&page, "", None, None), ["About the author"]);
        // Near misses: the heading before the article (a profile page), and an essay under
        // it (a page about the author, its prose mostly after the heading).
        let page = format!("About the author\n{bio}\n{ARTICLE}");
        assert!(removed(&page, "", None, None).is_empty());
        let essay = "Jana travels with a backpack and writes about every valley she crosses on foot. ".repeat(12);
        let page = format!("{ARTICLE}About the author\n{essay}");
        assert!(removed(&page, "", None, None).is_empty());
    }

    #[test]
    fn removes_the_biography_after_the_article() {
        let bios = [
            ("Jane Doe", "Jane Doe is a staff writer at The Daily Example, covering transport and city politics."),
            ("Jane Doe", "Jane Doe, our transport correspondent, has reported on the city for ten years."),
            ("Jane Doe", "Jane Doe (@janedoe) writes about cities and the people who run them."),
            ("Ehsan Jazini", "Dr. Ehsan Jazini is a board-certified spine surgeon who trained in New York."),
            ("Marna van der Merwe", "Marna van der Merwe, Lead Subject Matter Expert, is a published author on HR."),
            ("Max Mustermann", "Max Mustermann ist Redakteur im Ressort Wirtschaft und schreibt über Verkehr."),
            (
                "Jean Dupont, Marie Curie",
                "Marie Curie est journaliste au service société depuis 2019 et couvre la ville.",
            ),
            ("Erika Muster und Max Mustermann", "Max Mustermann ist Redakteur und schreibt seit 2015 über Verkehr."),
        ];
        for (author, bio) in bios {
            let text = format!("{ARTICLE}{bio}\nRelated stories\n");
            assert_eq!(removed(&text, author, None, Some("Council expands buses")), [bio], "{bio}");
        }
    }

    #[test]
    fn a_short_news_item_has_its_biography_removed_too() {
        // Four short paragraphs, about 70 words: a brief, with the author's note under it.
        let brief: String = ARTICLE.lines().take(4).map(|l| format!("{l}\n")).collect();
        let bio = "Jane Doe is a staff writer at The Daily Example, covering transport.";
        assert_eq!(removed(&format!("{brief}{bio}\n"), "Jane Doe", None, None), [bio]);
        // Near miss: after a single paragraph there is too little article to tell a
        // biography from the story's second paragraph.
        let single: String = ARTICLE.lines().take(1).map(|l| format!("{l}\n")).collect();
        assert!(removed(&format!("{single}{bio}\n"), "Jane Doe", None, None).is_empty());
    }

    #[test]
    fn keeps_sentences_that_only_look_like_one() {
        let cases = [
            // The name opens the article: the lead, not a note about the author.
            (
                "Jane Doe",
                format!("Jane Doe has covered the council for years, and this week she asked why.\n{ARTICLE}"),
            ),
            // Followed by a capitalised word: the name is part of something else.
            (
                "Fox News",
                format!("{ARTICLE}Fox News Flash top headlines are here, check out what is clicking today.\n"),
            ),
            // A sentence that mentions the author further in.
            ("Jane Doe", format!("{ARTICLE}Speaking to reporters, Jane Doe said the routes would change again.\n")),
            // A news agency credited as the author is no person.
            (
                "Associated Press",
                format!("{ARTICLE}Associated Press writers in Washington contributed to this report.\n"),
            ),
            // One word is no full name.
            (
                "Jane",
                format!("{ARTICLE}Jane is a staff writer at The Daily Example, covering transport and politics.\n"),
            ),
            // Too short to be more than a credit line.
            ("Jane Doe", format!("{ARTICLE}Jane Doe contributed reporting.\n")),
            // The article goes on after it: a sentence of the article about the author.
            (
                "Jane Doe",
                format!("{ARTICLE}Jane Doe is one of the residents who asked for weekend service.\n{ARTICLE}"),
            ),
        ];
        for (author, text) in &cases {
            assert!(removed(text, author, None, Some("Council expands buses")).is_empty(), "{text}");
        }
    }

    #[test]
    fn keeps_a_profile_and_an_author_that_is_the_site() {
        let bio = "Jane Doe is a staff writer at The Daily Example, covering transport and city politics.";
        let text = format!("{ARTICLE}{bio}\n");
        assert!(removed(&text, "Jane Doe", None, Some("About Jane Doe")).is_empty());
        let site_bio = "Daily Example is an independent newsroom funded by its readers since 1998.";
        let text = format!("{ARTICLE}{site_bio}\n");
        assert!(removed(&text, "Daily Example", Some("Daily Example"), None).is_empty());
        assert_eq!(removed(&text, "Daily Example", None, None), [site_bio]);
    }
}
