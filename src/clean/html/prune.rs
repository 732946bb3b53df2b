//! DOM rules: elements whose whole content is boilerplate by what they are, not by what
//! they say. Their text is still segmented into blocks, marked removed under the rule's id,
//! so that `--explain` shows it and the scorer sees it as boilerplate around the body.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use scraper::node::Element;

use crate::clean::block::Block;
use crate::clean::html::hints;
use crate::model::RuleId;

/// `<nav>`, `<menu>`, `<aside>` and `<footer>` elements.
pub const NAVIGATION_ELEMENT: RuleId = RuleId("navigation_element");
/// Containers of cookie-consent managers and GDPR banners, recognised by their class or id.
pub const CONSENT_CONTAINER: RuleId = RuleId("consent_container");

/// Forms (search, comment, login, newsletter), and elements named as containers of
/// boilerplate (`sidebar`, `comments`, `related-posts`, `newsletter`), removed whole even
/// when they hold prose.
pub const BOILERPLATE_CONTAINER: RuleId = RuleId("boilerplate_container");

/// A boilerplate container holding more than this share of the page's words is not
/// removed: its name is a site-wide wrapper's (`has-sidebar`), or its content is the page
/// (a forum thread in `comments`). Nor is one whose name, over all the containers that
/// bear it, holds more: a page builder's `widget` around every paragraph of the article.
const MAX_CONTAINER_SHARE: f32 = 0.5;
/// A comment section goes whatever its size when the page has this many words of prose
/// outside it: the page is an article, however long the discussion under it.
const ARTICLE_OUTSIDE_PROSE_WORDS: usize = 300;
/// A form holding more than this share of the page's prose is not removed: content
/// management systems and ASP.NET wrap whole articles in forms, and browsers put whatever
/// follows an unclosed `<form>` inside it.
const MAX_FORM_PROSE_SHARE: f32 = 0.2;
/// Blocks of at least this many words that end like a sentence count as prose.
const PROSE_MIN_WORDS: usize = 10;

/// Remove the blocks of boilerplate containers and of forms (see [`BOILERPLATE_CONTAINER`]).
/// `words` holds each block's word count, `sentence` whether it ends like a sentence.
pub fn prune_boilerplate_containers(blocks: &mut [Block], words: &[usize], sentence: &[bool]) {
    let mut per_container: HashMap<u32, usize> = HashMap::new();
    let mut prose_per_container: HashMap<u32, usize> = HashMap::new();
    let mut per_name: HashMap<u8, usize> = HashMap::new();
    let mut names: Vec<u8> = Vec::new();
    let mut prose_per_form: HashMap<u32, usize> = HashMap::new();
    let (mut total, mut prose) = (0usize, 0usize);
    for ((block, &w), &s) in blocks.iter().zip(words).zip(sentence) {
        if block.is_removed() {
            continue;
        }
        let p = if s && w >= PROSE_MIN_WORDS { w } else { 0 };
        total += w;
        prose += p;
        if let Some(html) = &block.html {
            for &(c, _) in &html.boilerplate_containers {
                *per_container.entry(c).or_default() += w;
                *prose_per_container.entry(c).or_default() += p;
            }
            for &f in &html.forms {
                *prose_per_form.entry(f).or_default() += p;
            }
        }
    }
    let within_share = |w: usize| (w as f32) <= MAX_CONTAINER_SHARE * total as f32;
    let small_alone = |c: u32| per_container.get(&c).is_some_and(|&w| within_share(w));
    // The words in small containers of each name, each block counted once per name (the
    // page-wide wrappers left out, as `has-sidebar` says nothing about the sidebar).
    for (block, &w) in blocks.iter().zip(words) {
        let Some(html) = block.html.as_ref().filter(|_| !block.is_removed()) else { continue };
        names.clear();
        for &(c, name) in &html.boilerplate_containers {
            if small_alone(c) && !names.contains(&name) {
                names.push(name);
                *per_name.entry(name).or_default() += w;
            }
        }
    }
    let under_article =
        |c: u32| prose.saturating_sub(prose_per_container.get(&c).copied().unwrap_or(0)) >= ARTICLE_OUTSIDE_PROSE_WORDS;
    let small = |&(c, name): &(u32, u8)| {
        (small_alone(c) && per_name.get(&name).is_some_and(|&w| within_share(w)))
            || (hints::is_comment_section(name) && under_article(c))
    };
    let little_prose =
        |f: &u32| prose_per_form.get(f).is_none_or(|&p| (p as f32) <= MAX_FORM_PROSE_SHARE * prose as f32);
    for block in blocks.iter_mut() {
        let prune = block
            .html
            .as_ref()
            .is_some_and(|h| h.boilerplate_containers.iter().any(small) || h.forms.iter().any(little_prose));
        if prune {
            block.remove(BOILERPLATE_CONTAINER);
        }
    }
}

/// Every DOM rule with what it removes, for `rinse rules`.
pub const DESCRIPTIONS: &[(RuleId, &str)] = &[
    (NAVIGATION_ELEMENT, "<nav>, <menu>, <aside> and <footer> elements."),
    (CONSENT_CONTAINER, "Containers of cookie-consent managers and GDPR banners."),
    (
        BOILERPLATE_CONTAINER,
        "Forms, and elements named as boilerplate (sidebar, comments, related, newsletter...), even in prose.",
    ),
];

/// Class and id tokens of consent-management platforms. Each is specific enough alone.
const CMP_TOKENS: &[&str] = &[
    "onetrust",
    "didomi",
    "cookiebot",
    "cybotcookiebot",
    "usercentrics",
    "truste",
    "trustarc",
    "cookielaw",
    "cmplz",
    "borlabs",
    "klaro",
    "tarteaucitron",
    "quantcast",
    "iubenda",
    "osano",
    "cookieyes",
    "termly",
    "sp_message_container",
    "qc-cmp2-container",
    "cookiescript",
];

/// Tokens that make a consent container together with one of `CONSENT_OBJECT_TOKENS`.
/// Alone they are not enough: `cookie` is also a recipe (`cookie-recipe-content`).
const CONSENT_SUBJECT_TOKENS: &[&str] = &["cookie", "cookies", "consent", "gdpr", "privacy"];
const CONSENT_OBJECT_TOKENS: &[&str] = &[
    "banner",
    "notice",
    "bar",
    "popup",
    "modal",
    "overlay",
    "wall",
    "message",
    "box",
    "dialog",
    "alert",
    "law",
    "consent",
    "notification",
    "container",
    "wrapper",
    "prompt",
    "disclaimer",
];

/// The DOM rule that removes `element` with everything inside, if any.
pub fn rule_for(tag: &str, element: &Element) -> Option<RuleId> {
    rule_for_names(tag, element.attr("class"), element.attr("id"))
        .or_else(|| rule_for_label(tag, element.attr("aria-label"), element.attr("role")))
}

/// Words of an accessible name that make a consent dialog together with a subject token
/// (`Consent Banner`, `Cookie Settings`, `Consent Configuration`).
const CONSENT_LABEL_OBJECTS: &[&str] = &["settings", "preferences", "configuration", "tool", "manager", "management"];

/// The DOM rule for an element by its accessible name (`aria-label`) and `role`: a consent
/// manager that names itself (`<div role="dialog" aria-label="Consent Banner">`) while its
/// class and id say nothing. A subject word (cookie, consent, GDPR, privacy) needs an object
/// word (banner, settings, ...) or a dialog role beside it: "Cookie recipes" names no banner.
pub fn rule_for_label(tag: &str, aria_label: Option<&str>, role: Option<&str>) -> Option<RuleId> {
    let label = aria_label?;
    if is_page_container(tag) || !CONSENT_WORDS.as_ref().is_some_and(|words| words.is_match(label)) {
        return None;
    }
    let lower = label.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let subject = words.iter().position(|w| CONSENT_SUBJECT_TOKENS.contains(w))?;
    let object = words
        .iter()
        .enumerate()
        .any(|(i, w)| i != subject && (CONSENT_OBJECT_TOKENS.contains(w) || CONSENT_LABEL_OBJECTS.contains(w)));
    let dialog = role.is_some_and(|r| r.eq_ignore_ascii_case("dialog") || r.eq_ignore_ascii_case("alertdialog"));
    (object || dialog).then_some(CONSENT_CONTAINER)
}

/// [`rule_for`] from the element's tag and its `class` and `id` values (read once by the
/// segmenter for all its questions).
pub fn rule_for_names(tag: &str, class: Option<&str>, id: Option<&str>) -> Option<RuleId> {
    // The page's outer containers carry site-wide class names (`has-sidebar`,
    // `consent-management-enabled`) that say nothing about their content.
    if is_page_container(tag) {
        return None;
    }
    if matches!(tag, "nav" | "menu" | "aside" | "footer") {
        return Some(NAVIGATION_ELEMENT);
    }
    if is_consent_container(class, id) {
        return Some(CONSENT_CONTAINER);
    }
    None
}

/// Elements that hold the whole page or its main part: never removed whole.
pub fn is_page_container(tag: &str) -> bool {
    matches!(tag, "html" | "body" | "main" | "article")
}

/// Whether an element is hidden until a script or a click shows it: the `hidden` attribute
/// or an inline `display: none`. Not a rule: hidden elements hold menus and dialogs, but
/// also accordions, tabs and the streamed content of script-built pages (React's
/// `<div hidden id="S:0">`), so it is a feature of the scorer.
pub fn is_hidden(element: &Element) -> bool {
    is_hidden_by(element.attr("hidden").is_some(), element.attr("style"))
}

/// [`is_hidden`] from the presence of the `hidden` attribute and the `style` value.
pub fn is_hidden_by(hidden_attribute: bool, style: Option<&str>) -> bool {
    if hidden_attribute {
        return true;
    }
    match style {
        Some(style) => {
            let compact: String =
                style.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_lowercase()).collect();
            compact.contains("display:none") || compact.contains("visibility:hidden")
        }
        None => false,
    }
}

/// Finds, in any ASCII case, the words without which no name is a consent container: a
/// platform's name or a subject token. Most class names hold neither, and are passed over
/// without the token-by-token test.
static CONSENT_WORDS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder().ascii_case_insensitive(true).build(CMP_TOKENS.iter().chain(CONSENT_SUBJECT_TOKENS)).ok()
});

fn is_consent_container(class: Option<&str>, id: Option<&str>) -> bool {
    for value in [class, id].into_iter().flatten() {
        if CONSENT_WORDS.as_ref().is_some_and(|words| !words.is_match(value)) {
            continue;
        }
        let lower = value.to_ascii_lowercase();
        if CMP_TOKENS.iter().any(|t| lower.split(|c: char| c.is_whitespace()).any(|part| part.starts_with(t))) {
            return true;
        }
        for name in lower.split_whitespace() {
            let parts = || name.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty());
            // A subject and an object in different parts: "cookie-banner", "gdpr-consent",
            // "cookie-consent"; not "consent-management-enabled" (one token playing both).
            let subject = parts().position(|p| CONSENT_SUBJECT_TOKENS.contains(&p));
            let object = parts().enumerate().any(|(i, p)| Some(i) != subject && CONSENT_OBJECT_TOKENS.contains(&p));
            if subject.is_some() && object {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    fn rule_of(html: &str) -> Option<RuleId> {
        let doc = Html::parse_document(&format!("<body>{html}</body>"));
        let selector = Selector::parse("body > *").unwrap_or_else(|e| panic!("{e:?}"));
        let element = doc.select(&selector).next().unwrap_or_else(|| panic!("no element in {html}"));
        rule_for(element.value().name(), element.value())
    }

    #[test]
    fn consent_dialogs_are_known_by_their_accessible_name() {
        for html in [
            r#"<div role="dialog" aria-label="Consent Banner">We use cookies to improve your experience.</div>"#,
            r#"<div aria-label="Consent Configuration">Cookies are small data files.</div>"#,
            r#"<section aria-label="Cookie settings">Strictly necessary</section>"#,
            r#"<div role="alertdialog" aria-label="Privacy">We and our partners store data.</div>"#,
        ] {
            assert_eq!(rule_of(html), Some(CONSENT_CONTAINER), "{html}");
        }
        // Near misses: a subject word alone, or an object word without a subject.
        for html in [
            r#"<section aria-label="Cookie recipes">Chocolate chip cookies</section>"#,
            r#"<section aria-label="Consent decree">The court approved the decree.</section>"#,
            r#"<div role="dialog" aria-label="Newsletter signup">Sign up</div>"#,
            r#"<article aria-label="Cookie banner stories">Text</article>"#,
        ] {
            assert_eq!(rule_of(html), None, "{html}");
        }
    }

    #[test]
    fn removes_consent_managers_and_keeps_cookie_recipes() {
        assert_eq!(rule_of(r#"<div id="onetrust-banner-sdk">We use cookies</div>"#), Some(CONSENT_CONTAINER));
        assert_eq!(rule_of(r#"<div class="cookie-banner">We use cookies</div>"#), Some(CONSENT_CONTAINER));
        assert_eq!(rule_of(r#"<div class="gdpr-consent-box">...</div>"#), Some(CONSENT_CONTAINER));
        assert_eq!(rule_of(r#"<div class="cookie-recipe-content">Bake for 12 minutes.</div>"#), None);
        assert_eq!(rule_of(r#"<div class="privacy-policy-text">Our policy</div>"#), None);
        assert_eq!(rule_of(r#"<div class="mm-use-consent-management-enabled">x</div>"#), None);
        assert_eq!(rule_of(r#"<div class="cookie-consent">x</div>"#), Some(CONSENT_CONTAINER));
    }

    #[test]
    fn small_boilerplate_containers_go_and_page_wide_ones_stay() {
        use crate::clean::block::{BlockKind, HtmlContext};
        let block = |words: &str, containers: Vec<(u32, u8)>| Block {
            html: Some(HtmlContext { boilerplate_containers: containers, ..HtmlContext::default() }),
            ..Block::new(words, BlockKind::Paragraph)
        };
        const SIDEBAR: u8 = 0;
        const WIDGET: u8 = 1;
        // A small sidebar goes; the page-wide wrapper named "has-sidebar" stays.
        let mut blocks = vec![
            block("body", vec![(1, SIDEBAR)]),
            block("body", vec![(1, SIDEBAR)]),
            block("side", vec![(1, SIDEBAR), (2, SIDEBAR)]),
        ];
        prune_boilerplate_containers(&mut blocks, &[40, 40, 5], &[true, true, true]);
        assert!(!blocks[0].is_removed() && !blocks[1].is_removed());
        assert!(blocks[2].is_removed());
        // Many small `widget`s that together hold the page are a page builder's, not a
        // sidebar's; a lone small one beside them still goes when its name is another's.
        let mut blocks = vec![
            block("body", vec![(3, WIDGET)]),
            block("body", vec![(4, WIDGET)]),
            block("body", vec![(5, WIDGET)]),
            block("side", vec![(6, SIDEBAR)]),
        ];
        prune_boilerplate_containers(&mut blocks, &[30, 30, 30, 10], &[true; 4]);
        assert!(blocks[..3].iter().all(|b| !b.is_removed()));
        assert!(blocks[3].is_removed());
    }

    #[test]
    fn a_long_discussion_under_an_article_goes_and_a_thread_page_stays() {
        use crate::clean::block::{BlockKind, HtmlContext};
        let comments = hints::CONTAINER_NAMES.iter().position(|n| *n == "comments").and_then(|i| u8::try_from(i).ok());
        let Some(comments) = comments else { panic!("no comments container name") };
        let block = |containers: Vec<(u32, u8)>| Block {
            html: Some(HtmlContext { boilerplate_containers: containers, ..HtmlContext::default() }),
            ..Block::new("Some prose of a sentence.", BlockKind::Paragraph)
        };
        // 350 words of article, then 900 words of comments: over half the page, still comments.
        let mut blocks = vec![block(vec![]), block(vec![(1, comments)]), block(vec![(1, comments)])];
        prune_boilerplate_containers(&mut blocks, &[350, 450, 450], &[true; 3]);
        assert!(!blocks[0].is_removed());
        assert!(blocks[1].is_removed() && blocks[2].is_removed());
        // A forum thread in `comments` with only a short lead outside it is the page.
        let mut blocks = vec![block(vec![]), block(vec![(1, comments)]), block(vec![(1, comments)])];
        prune_boilerplate_containers(&mut blocks, &[40, 450, 450], &[true; 3]);
        assert!(blocks.iter().all(|b| !b.is_removed()));
    }

    #[test]
    fn forms_go_unless_they_hold_the_prose() {
        use crate::clean::block::{BlockKind, HtmlContext};
        let block = |forms: Vec<u32>| Block {
            html: Some(HtmlContext { forms, ..HtmlContext::default() }),
            ..Block::new("text", BlockKind::Paragraph)
        };
        // A search form with a few labels goes; a form wrapping the article stays.
        let mut blocks = vec![block(vec![]), block(vec![]), block(vec![7]), block(vec![9]), block(vec![9])];
        let words = [40, 40, 3, 40, 40];
        let sentence = [true, true, false, true, true];
        prune_boilerplate_containers(&mut blocks, &words, &sentence);
        assert!(blocks[2].is_removed());
        assert!(!blocks[3].is_removed() && !blocks[4].is_removed());
    }

    #[test]
    fn never_removes_the_page_containers() {
        let doc = Html::parse_document(
            r#"<html class="cookie-banner"><body class="cookie-banner" hidden><p>x</p></body></html>"#,
        );
        for tag in ["html", "body"] {
            let selector = Selector::parse(tag).unwrap_or_else(|e| panic!("{e:?}"));
            let element = doc.select(&selector).next().unwrap_or_else(|| panic!("no {tag}"));
            assert_eq!(rule_for(tag, element.value()), None);
        }
    }

    #[test]
    fn removes_navigation_elements_and_leaves_hidden_ones_to_the_scorer() {
        assert_eq!(rule_of("<nav><a href='/'>Home</a></nav>"), Some(NAVIGATION_ELEMENT));
        assert_eq!(rule_of("<footer>© 2019</footer>"), Some(NAVIGATION_ELEMENT));
        assert_eq!(rule_of(r#"<div style="display: none">x</div>"#), None);
        assert_eq!(rule_of("<div hidden>x</div>"), None);
        assert_eq!(rule_of(r#"<div style="display:block">x</div>"#), None);
        assert_eq!(rule_of("<section><p>Body</p></section>"), None);
    }
}
