//! Metadata from an HTML page: JSON-LD, then `<meta>` conventions, then the markup itself
//! (`<time>`, bylines, `<h1>`), then `<title>` and the URL. See the module doc of
//! [`crate::metadata`] for the order of trust.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use url::Url;

use crate::clean::html::hints::{boilerplate_container_name, is_comment_section};
use crate::clean::shape::listed_facts;
use crate::metadata::author::{clean_author, join_authors};
use crate::metadata::byline::{LineRecognizer, recognise, scan_near_headline};
use crate::metadata::date::{NumericOrder, parse_date_with};
use crate::metadata::jsonld::{self, LdFacts};
use crate::metadata::language::normalize_tag;
use crate::metadata::title::{
    collapse, leading_part, looks_like_domain, normalize, strip_forum_prefix, strip_site_affix, strip_site_suffix,
    topic_part,
};
use crate::metadata::visible::visible_lines;
use crate::metadata::visible::visible_text;
use crate::model::PageMeta;

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("static selector")
}

static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
static LINK: LazyLock<Selector> = LazyLock::new(|| selector("link[href]"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static HTML_ROOT: LazyLock<Selector> = LazyLock::new(|| selector("html"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static H2: LazyLock<Selector> = LazyLock::new(|| selector("h2"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time"));
static DATE_PUBLISHED_PROP: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"[itemprop="datePublished"], [itemprop="dateCreated"]"#));
static MAIN_CONTAINER: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"article, main, [role="main"], [itemprop="articleBody"]"#));
static AUTHOR_PROP: LazyLock<Selector> = LazyLock::new(|| selector(r#"[itemprop~="author"], [itemprop~="creator"]"#));
static ITEMPROP_NAME: LazyLock<Selector> = LazyLock::new(|| selector(r#"[itemprop="name"]"#));
static REL_AUTHOR: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"a[rel~="author"], a[href*="/author/"], a[href*="/authors/"]"#));
/// Elements whose class names them as an author or byline (`author-name`,
/// `_authorName_1r0t6`, `c-byline__author`).
static AUTHOR_CLASS: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"[class*="author"], [class*="Author"], [class*="byline"], [class*="Byline"]"#));

/// `<meta>` keys (name, property or itemprop, lower case) that give the title, best first.
const TITLE_KEYS: &[&str] =
    &["og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "headline"];
/// Keys that give the site name.
const SITE_KEYS: &[&str] = &["og:site_name", "application-name", "apple-mobile-web-app-title"];
/// Keys that give the author.
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "og:article:author",
    "article:author_name",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "citation_author",
    "article.author",
    "cxenseparse:author",
];
/// Keys that give the publication date.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "published_time",
    "article.published",
    "article:published",
    "datepublished",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.created",
    "dcterms.issued",
    "dcterms.date",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "rnews:datepublished",
    "created",
    "release_date",
    "date.available",
    "dc.date.available",
];
/// Keys that give the date of the last change, used only when nothing else gives a date.
const MODIFIED_KEYS: &[&str] =
    &["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"];

/// An author longer than this, in words, read from page text is a sentence, not a name.
const MAX_AUTHOR_TEXT_WORDS: usize = 8;
/// A `<h1>` agrees with a declared title when this share of its words appear there...
const H1_AGREEMENT: f32 = 0.6;
/// ...and this share of the declared title's words appear in it.
const H1_COVERAGE: f32 = 0.5;
/// Longer `<h1>` texts are not headlines.
const MAX_HEADLINE_CHARS: usize = 300;
/// A page's one `<h1>` of this many words, unrelated to the declared titles, is its headline
/// all the same: the declared title is then a shorter one written for search engines and
/// sharing. A shorter `<h1>` is more often a section's name or a kicker...
const LONG_HEADLINE_WORDS: usize = 9;
/// ...and a longer one a slogan or several headings run together.
const MAX_LONG_HEADLINE_WORDS: usize = 16;
/// `<h2>` texts compared with the declared title's first part.
const MAX_SUBHEADINGS: usize = 20;

/// `7 min read`, `4 mins`, `11 minutes`: reading times shown where bylines are.
static READING_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\d+\s*(?:min|mins|minutes?|minuten|minutos|h|hours?)\b").expect("static regex"));

/// Dates in URL paths: `/2016/12/06/`, `/2016-12-06/`.
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html?|$)").expect("static regex")
});

/// Metadata of `doc`, whose URL is `url` when known (used to resolve the canonical link and
/// as the last source of the site name and date).
pub fn from_html(doc: &Html, url: Option<&str>) -> PageMeta {
    read_html(doc, url).meta
}

/// What [`read_html`] finds: the metadata and what the page says it is.
#[derive(Debug, Clone, Default)]
pub struct HtmlMeta {
    pub meta: PageMeta,
    /// The page presents a product (its JSON-LD main entity or `og:type` says so): the names
    /// and dates in its text are those of reviews, not a byline.
    pub is_product: bool,
    /// How the page's declared language writes numeric dates (`12/01/2025`), if it tells.
    pub numeric_order: Option<NumericOrder>,
    /// The article's text as its JSON-LD states it (`articleBody`), unparsed.
    pub article_body: Option<String>,
    /// The headline as the page shows it, when the title is spelled otherwise (typeset
    /// quotes, capitals, a section after a bar): what a repeat of the title in the text is.
    pub shown_title: Option<String>,
}

/// [`from_html`], telling also whether the page presents a product.
pub fn read_html(doc: &Html, url: Option<&str>) -> HtmlMeta {
    let base = url.and_then(|u| Url::parse(u).ok());
    let mut ld = jsonld::facts(doc);
    let article_body = ld.article_body.take();
    let metas = MetaTags::read(doc);
    let host = base.as_ref().and_then(|b| b.host_str()).map(|h| h.trim_start_matches("www.").to_owned());

    let declared_language = declared_language(doc, &metas).or_else(|| ld.language.as_deref().and_then(normalize_tag));
    let order = declared_language_tag(doc).as_deref().and_then(NumericOrder::for_language);

    let site =
        metas.first(SITE_KEYS).or_else(|| ld.publisher.clone()).or_else(|| ld.website.clone()).or_else(|| host.clone());
    // Last: the site part of `<title>` (`Headline - Site`), for a saved page that declares
    // no site name and comes without its URL. Not a hint for splitting titles: it came from one.
    let site = site.or_else(|| site_of_page_title(doc));

    let site_hints: Vec<String> = [metas.first(SITE_KEYS), ld.publisher.clone(), ld.website.clone(), host.clone()]
        .into_iter()
        .flatten()
        .collect();
    let hints: Vec<&str> = site_hints.iter().map(String::as_str).collect();

    let chosen = title(doc, &ld, &metas, &hints, base.as_ref().is_some_and(is_home_page));
    let (title, shown_title) = match chosen {
        Some(ChosenTitle { title, shown }) => {
            let shown = (shown != title).then_some(shown);
            (Some(title), shown)
        }
        None => (None, None),
    };
    // A product page has no byline: the names and dates near a product's name are those of
    // its reviews (`Roberta S. - 12/01/2025`).
    let is_product = is_product_page(&ld, &metas);
    let (byline_author, byline_date) =
        if is_product { (None, None) } else { near_headline(doc, shown_title.as_deref().or(title.as_deref()), order) };
    let meta = PageMeta {
        author: author(doc, &ld, &metas, byline_author, site.as_deref()),
        published: published(doc, &ld, &metas, byline_date, base.as_ref(), order),
        title,
        site,
        language: declared_language,
        canonical_url: canonical_url(doc, base.as_ref()),
    };
    HtmlMeta { meta, is_product, numeric_order: order, article_body, shown_title }
}

/// The site part of the page's `<title>`, when [`strip_site_affix`] finds one without hints.
fn site_of_page_title(doc: &Html) -> Option<String> {
    let page_title = doc.select(&TITLE).next().map(|t| collapse(&t.text().collect::<String>()))?;
    strip_site_affix(&page_title, &[]).site.filter(|site| !site.is_empty())
}

/// Whether the page presents a product: its JSON-LD main entity or its OpenGraph type says so.
fn is_product_page(ld: &LdFacts, metas: &MetaTags) -> bool {
    ld.is_product
        || metas
            .first(&["og:type"])
            .is_some_and(|t| matches!(t.to_ascii_lowercase().as_str(), "product" | "og:product"))
}

/// The `<meta>` tags of a page, by lower-case key (`name`, `property`, `itemprop`), first
/// value first.
struct MetaTags(HashMap<String, Vec<String>>);

impl MetaTags {
    fn read(doc: &Html) -> MetaTags {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for meta in doc.select(&META) {
            let element = meta.value();
            let Some(content) = element.attr("content").or_else(|| element.attr("value")) else {
                continue;
            };
            let content = collapse(&decode_entities(content));
            if content.is_empty() {
                continue;
            }
            for key in ["name", "property", "itemprop", "http-equiv"].iter().filter_map(|a| element.attr(a)) {
                // `property="og:title article:title"` names several keys at once.
                for key in key.split_whitespace() {
                    map.entry(key.to_ascii_lowercase()).or_default().push(content.clone());
                }
            }
        }
        MetaTags(map)
    }

    /// The first value of the first key of `keys` that is present.
    fn first(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.0.get(*k).and_then(|v| v.first()).cloned())
    }

    /// Every value of every key of `keys`, in key order.
    fn all<'a>(&'a self, keys: &'a [&'a str]) -> impl Iterator<Item = &'a str> + 'a {
        keys.iter().flat_map(|k| self.0.get(*k).into_iter().flatten().map(String::as_str))
    }
}

/// Where the title may come from: the declared titles (JSON-LD headline, `<meta>` titles,
/// `<title>`), each without its site part, best first; and the page's `<h1>` headings.
#[derive(Debug, Default)]
struct TitleSources {
    declared: Vec<String>,
    /// The page's `<h1>` texts, without a repeat of the title's section (see
    /// [`without_declared_affix`]).
    headings: Vec<String>,
    /// The same `<h1>` texts as the page shows them.
    shown_headings: Vec<String>,
    /// The first part of each declared title that has a separator (`Advanced Usage` of
    /// `Advanced Usage — Requests documentation`), normalised.
    leading_parts: Vec<String>,
    /// Only `<title>` declares a title: no `<meta>` title and no JSON-LD headline.
    page_title_only: bool,
    /// The page's one `<h1>`, when it has one and it is not a link to the home page (a logo).
    sole_heading: Option<String>,
    /// The page's first `<h2>` texts: a forum without a headline `<h1>` puts its topic
    /// there, and a site whose `<h1>` names the section puts the headline there.
    subheadings: Vec<String>,
    /// The first part of each declared title of three parts or more, normalised.
    topic_parts: Vec<String>,
}

fn title_sources(doc: &Html, ld: &LdFacts, metas: &MetaTags, hints: &[&str], home_page: bool) -> TitleSources {
    let page_title =
        doc.select(&TITLE).next().map(|t| collapse(&t.text().collect::<String>())).filter(|t| !t.is_empty());
    let mut declared: Vec<String> = Vec::new();
    let mut leading_parts: Vec<String> = Vec::new();
    let mut topic_parts: Vec<String> = Vec::new();
    let page_title_only = ld.headline.is_none() && metas.first(TITLE_KEYS).is_none();
    for candidate in
        [ld.headline.clone().filter(|_| ld.is_article), metas.first(TITLE_KEYS), ld.headline.clone(), page_title]
            .into_iter()
            .flatten()
    {
        if let Some(part) = leading_part(&candidate).map(|p| normalize(&p)).filter(|p| !p.is_empty()) {
            leading_parts.push(part);
        }
        if let Some(part) = topic_part(&candidate).map(|p| normalize(&p)).filter(|p| !p.is_empty()) {
            topic_parts.push(part);
        }
        let split = if home_page { strip_site_suffix(&candidate, hints) } else { strip_site_affix(&candidate, hints) };
        let headline = split.headline;
        if !headline.is_empty() && !declared.contains(&headline) {
            declared.push(headline);
        }
    }
    let site_names: Vec<String> = hints.iter().map(|h| normalize(h)).collect();
    let found: Vec<(String, bool, String)> = doc
        .select(&H1)
        .map(|h| {
            let shown = heading_text(h);
            (without_declared_affix(shown.clone(), &declared, hints), links_home(h), shown)
        })
        .filter(|(h, _, _)| {
            !h.is_empty() && h.chars().count() <= MAX_HEADLINE_CHARS && !site_names.contains(&normalize(h))
        })
        .collect();
    let sole_heading = match found.as_slice() {
        [(only, false, _)] if is_headline_like(only) => Some(only.clone()),
        _ => None,
    };
    let (headings, shown_headings): (Vec<String>, Vec<String>) =
        found.into_iter().map(|(h, _, shown)| (h, shown)).unzip();
    // Read only where they can count: on a page without a headline `<h1>` or with one `<h1>`.
    let subheadings = if headings.is_empty() || sole_heading.is_some() {
        doc.select(&H2).take(MAX_SUBHEADINGS).map(heading_text).filter(|h| !h.is_empty()).collect()
    } else {
        Vec::new()
    };
    TitleSources {
        declared,
        headings,
        shown_headings,
        leading_parts,
        page_title_only,
        sole_heading,
        subheadings,
        topic_parts,
    }
}

impl TitleSources {
    /// A heading's text as the page shows it.
    fn shown(&self, heading: &str) -> String {
        let index = self.headings.iter().position(|h| h == heading);
        index.and_then(|i| self.shown_headings.get(i)).map_or_else(|| heading.to_owned(), Clone::clone)
    }
}

/// The page's title, and the headline as the page shows it when that is spelled otherwise
/// (`Beginner’s Guide` for the declared `Beginner's Guide`, or in capitals): the cleaner
/// looks for the shown form in the text.
#[derive(Debug, Clone, PartialEq)]
struct ChosenTitle {
    title: String,
    shown: String,
}

impl ChosenTitle {
    fn as_shown(title: String) -> ChosenTitle {
        ChosenTitle { shown: title.clone(), title }
    }
}

/// Whether a heading links to the site's home page, as logos do (`<h1><a href="/">Site</a>`,
/// `<a href="/"><h1>Site</h1></a>`).
fn links_home<'a>(heading: ElementRef<'a>) -> bool {
    let is_home = |href: &str| {
        let href = href.trim();
        if matches!(href, "/" | "./" | "index.html" | "/index.html" | "/index.php") {
            return true;
        }
        Url::parse(href).is_ok_and(|url| matches!(url.path(), "" | "/") && url.query().is_none())
    };
    let link_href = |e: ElementRef<'a>| (e.value().name() == "a").then(|| e.value().attr("href")).flatten();
    heading.ancestors().filter_map(ElementRef::wrap).take(3).filter_map(link_href).any(is_home)
        || heading.descendants().filter_map(ElementRef::wrap).filter_map(link_href).any(is_home)
}

/// The headline: a visible `<h1>` that agrees with the declared titles; else, on a page
/// without one, a forum's topic in `<h2>`; else, where `<title>` is all that is declared,
/// an `<h2>` that is that title or the page's one `<h1>`, or the page's one `<h1>` when it is
/// a long headline (sites often declare a shorter title written for search engines); else
/// the declared title (JSON-LD, OpenGraph..., `<title>` without the site name); else the
/// first `<h1>`.
fn title(doc: &Html, ld: &LdFacts, metas: &MetaTags, hints: &[&str], home_page: bool) -> Option<ChosenTitle> {
    choose_title(&title_sources(doc, ld, metas, hints, home_page))
}

/// A heading that repeats the site or section part of the page's title after a bar (`How
/// meditation heals | Opinion`) without it, when what is left is a declared title. Other
/// separators set off parts of headlines too (`Best Earbuds under $50 - March 2026`).
fn without_declared_affix(heading: String, declared: &[String], hints: &[&str]) -> String {
    if !heading.contains(" | ") && !heading.contains('｜') {
        return heading;
    }
    let split = strip_site_affix(&heading, hints);
    // A section is a word (`Opinion`) or the site; more words may be the headline's own
    // (`… film review | Worth it`).
    let section_or_site = split.site.as_deref().is_some_and(|site| {
        site.split_whitespace().count() == 1 || hints.iter().any(|h| normalize(h) == normalize(site))
    });
    if section_or_site && declared.iter().any(|d| normalize(d) == normalize(&split.headline)) {
        split.headline
    } else {
        heading
    }
}

/// Whether a URL is a site's home page (`https://example.com/`, with or without a query).
fn is_home_page(url: &Url) -> bool {
    matches!(url.path(), "" | "/")
}

fn choose_title(sources: &TitleSources) -> Option<ChosenTitle> {
    // A heading that is a declared title is the headline; next, one that is the whole first
    // part of a declared title, however long the rest (`Fields` of `Fields - Pydantic
    // Validation`).
    let declared: Vec<String> = sources.declared.iter().map(|d| normalize(d)).collect();
    let same_heading = sources.headings.iter().find(|h| declared.contains(&normalize(h))).map(|h| {
        // The declared spelling of the same words: a page's heading is often typeset
        // (`Beginner’s` for `Beginner's`, a subtitle set off by styling instead of ` - `).
        let same = sources.declared.iter().find(|d| same_but_typeset(h, d));
        let title = same.cloned().unwrap_or_else(|| unshouted(h, &sources.declared));
        ChosenTitle { title, shown: sources.shown(h) }
    });
    let leading_heading = same_heading.or_else(|| {
        let h = sources.headings.iter().find(|h| sources.leading_parts.iter().any(|part| *part == normalize(h)))?;
        Some(ChosenTitle { title: h.clone(), shown: sources.shown(h) })
    });
    let best_heading = sources
        .headings
        .iter()
        .filter_map(|h| {
            // The declared title that this heading agrees with best, both ways: most of the
            // heading's words are in it, and the heading has much of it (`Coupons` is not
            // the headline of `Residential Electrician Coupons`).
            sources
                .declared
                .iter()
                .map(|d| (agreement(h, d), agreement(d, h)))
                .filter(|&(agree, cover)| agree >= H1_AGREEMENT && cover >= H1_COVERAGE)
                .map(|(agree, cover)| agree + cover)
                .max_by(f32::total_cmp)
                .map(|score| (score, h))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, h)| ChosenTitle { title: unshouted(h, &sources.declared), shown: sources.shown(h) });
    // With no title declared for sharing (OpenGraph, JSON-LD), `<title>` is often the
    // site's own or written for search engines (`Reddit - The heart of the internet`);
    // the page's one `<h1>` is its headline. Unless one holds the other: then `<title>` is
    // the headline with its site part stripped, or the headline's fuller form. A long `<h1>`
    // is the headline even beside a title declared for sharing.
    let nested = |h: &str| sources.declared.iter().any(|d| agreement(h, d) >= 1.0 || agreement(d, h) >= 1.0);
    let long_headline = |h: &str| {
        let words = h.split_whitespace().count();
        (LONG_HEADLINE_WORDS..=MAX_LONG_HEADLINE_WORDS).contains(&words)
            && !h.trim_end().ends_with('.')
            && !h.contains(" | ")
    };
    let sole_heading =
        sources.sole_heading.clone().filter(|h| (sources.page_title_only || long_headline(h)) && !nested(h));
    // A page without a headline `<h1>` whose `<h2>` is the whole first part of a declared
    // title of three parts: a forum's topic (`Deploy fails - Hosting Help - Example
    // Forums`). Two parts are too often a site or a section and its page, and beside an
    // `<h1>` a merely similar `<h2>` is a section of the article.
    let leading_subheading = || {
        let is_topic = |h: &&String| is_headline_like(h) && sources.topic_parts.contains(&normalize(h));
        sources.headings.is_empty().then(|| sources.subheadings.iter().find(is_topic).cloned()).flatten()
    };
    // Where the page's one `<h1>` would win (only `<title>` declared, the two unrelated): an
    // `<h2>` that is `<title>` word for word is the headline, and the `<h1>` names the site's
    // section (`Allergies Health Center`).
    let declared_subheading = |h1: String| {
        let is_declared = |h: &&String| is_headline_like(h) && declared.contains(&normalize(h));
        sources.subheadings.iter().find(is_declared).cloned().unwrap_or(h1)
    };
    leading_heading.or(best_heading).or_else(|| {
        leading_subheading()
            .map(ChosenTitle::as_shown)
            .or_else(|| {
                let h1 = sole_heading?;
                let chosen = declared_subheading(h1);
                Some(ChosenTitle { shown: sources.shown(&chosen), title: chosen })
            })
            .or_else(|| sources.declared.first().cloned().map(ChosenTitle::as_shown))
            .or_else(|| sources.headings.first().map(|h| ChosenTitle { title: h.clone(), shown: sources.shown(h) }))
    })
}

/// Whether `heading` and `declared` are the same words in the same case, but for the shape
/// of their quotes and apostrophes (`’` for `'`) and dashes that set off a part. Other marks count: a title's
/// `*emphasis*`, an emoji or an empty `()` make a different spelling, not a plainer one.
fn same_but_typeset(heading: &str, declared: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .filter(|w| !matches!(*w, "-" | "–" | "—"))
            .map(|w| {
                w.chars()
                    .map(|c| match c {
                        '‘' | '’' | 'ʼ' | '′' => '\'',
                        '“' | '”' | '„' | '″' => '"',
                        c => c,
                    })
                    .collect()
            })
            .collect()
    };
    words(heading) == words(declared)
}

/// Whether a text is set in capitals throughout (`BEST DRIP COFFEE MAKER`): a heading's
/// styling, not its spelling. Needs two words of letters, so `NASA` or `FAQ` is no shout.
fn is_shouted(text: &str) -> bool {
    let mut cased = text.chars().filter(|c| c.is_lowercase() || c.is_uppercase()).peekable();
    let words_with_letters = text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    words_with_letters >= 2 && cased.peek().is_some() && cased.all(char::is_uppercase)
}

/// A heading set in capitals is given in the spelling of the declared title it agrees
/// with best, when that one is not in capitals too.
fn unshouted(heading: &str, declared: &[String]) -> String {
    if !is_shouted(heading) {
        return heading.to_owned();
    }
    declared
        .iter()
        .filter(|d| !is_shouted(d))
        .map(|d| (agreement(heading, d) + agreement(d, heading), d))
        .filter(|&(score, _)| score >= H1_AGREEMENT + H1_COVERAGE)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map_or_else(|| heading.to_owned(), |(_, d)| d.clone())
}

/// Whether a heading's text can be a page's headline: two words or more (four characters
/// in scripts without spaces), not a host name (a logo's `example.org`).
fn is_headline_like(heading: &str) -> bool {
    let words = heading.split_whitespace().count();
    let unspaced = heading.chars().filter(|&c| crate::clean::shape::is_unspaced_script(c)).count();
    (words >= 2 || unspaced >= 4) && !looks_like_domain(heading)
}

/// The text of a heading, without the permalink marks that documentation generators add
/// (`Logging HOWTO¶`).
fn heading_text(h: ElementRef<'_>) -> String {
    let text = visible_text(h);
    strip_forum_prefix(text.trim_end_matches(['¶', '#', '🔗', '§']).trim_end()).to_owned()
}

/// The author and date of the byline and dateline shown near the headline: the `<h1>` line
/// that holds the title, else any line that does, else the first `<h1>`.
fn near_headline(doc: &Html, title: Option<&str>, order: Option<NumericOrder>) -> (Option<String>, Option<String>) {
    let lines = visible_lines(doc);
    let key = title.map(normalize);
    let anchor = lines
        .iter()
        .position(|l| l.in_h1 && key.as_deref() == Some(normalize(&l.text).as_str()))
        .or_else(|| lines.iter().position(|l| key.as_deref() == Some(normalize(&l.text).as_str())))
        .or_else(|| lines.iter().position(|l| l.in_h1));
    match anchor {
        Some(anchor) => {
            let mut recognizer = LineRecognizer::with_order(order);
            let mut texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
            // An event's date or a book's author among their facts is not the page's.
            let listed = listed_facts(&texts, |i| recognizer.recognise(texts[i]).is_some());
            for (text, listed) in texts.iter_mut().zip(listed) {
                if listed {
                    *text = "";
                }
            }
            scan_near_headline(&texts, anchor, &mut recognizer)
        }
        None => (None, None),
    }
}

/// Share of the words of `heading` that appear in `title` (1.0 for the same words). In
/// scripts written without spaces (Chinese, Japanese), each character counts as a word.
fn agreement(heading: &str, title: &str) -> f32 {
    let words = |t: &str| -> Vec<String> {
        let mut out = Vec::new();
        for word in t.split_whitespace() {
            let mut rest = String::new();
            for c in word.chars() {
                if crate::clean::shape::is_unspaced_script(c) {
                    out.push(c.to_string());
                } else {
                    rest.push(c);
                }
            }
            out.push(normalize(&rest));
        }
        out.retain(|w| !w.is_empty());
        out
    };
    let heading_words = words(heading);
    let title_words = words(title);
    if heading_words.is_empty() {
        return 0.0;
    }
    let shared = heading_words.iter().filter(|w| title_words.contains(w)).count();
    shared as f32 / heading_words.len() as f32
}

/// The author: JSON-LD, then `<meta>`, then `itemprop=author`, then a byline shown near
/// the headline, then author links and byline elements; never a URL or a placeholder.
/// Names from the weak, last sources must not be the site's own name; a declared author
/// may be (personal sites are named after their author).
fn author(
    doc: &Html,
    ld: &LdFacts,
    metas: &MetaTags,
    near_headline: Option<String>,
    site: Option<&str>,
) -> Option<String> {
    if let Some(authors) = ld.authors.clone() {
        return Some(authors);
    }
    let from_meta =
        metas.all(AUTHOR_KEYS).filter(|v| !v.starts_with('@')).find_map(clean_author).or_else(|| twitter_author(metas));
    if from_meta.is_some() {
        return from_meta;
    }
    if let Some(found) = itemprop_authors(doc) {
        return Some(found);
    }
    if near_headline.is_some() {
        return near_headline;
    }
    let not_site = |name: &String| site.is_none_or(|s| normalize(s) != normalize(name));
    doc.select(&REL_AUTHOR)
        .filter(|&link| !in_list_of_authors(link))
        .chain(author_elements_inner_first(doc))
        .filter(|&e| !in_comments(e))
        .filter_map(author_from_element)
        .find(not_site)
}

/// The elements whose class names an author or byline, in the order they end: of nested
/// ones (`author-box` > `author-name`), the inner one first, whose text is the name alone,
/// and the outer one after it, for a name the inner one does not hold (`byline` > `By Jane
/// Doe` + `byline-date`).
fn author_elements_inner_first(doc: &Html) -> impl Iterator<Item = ElementRef<'_>> {
    use ego_tree::iter::Edge;
    doc.root_element()
        .traverse()
        .filter_map(|edge| match edge {
            Edge::Close(node) => ElementRef::wrap(node),
            Edge::Open(_) => None,
        })
        .filter(|element| AUTHOR_CLASS.matches(element))
}

/// The author an author link or byline element names. Its blocks are read apart: an
/// author box often holds the name and the date in two `<div>`s with nothing between them,
/// whose texts would otherwise run together (`Jane DoeSeptember 4, 2025`).
fn author_from_element(e: ElementRef<'_>) -> Option<String> {
    let lines = block_lines_up_to(e, MAX_AUTHOR_BOX_LINES);
    if lines.len() <= 1 {
        return author_from_text(&lines.concat());
    }
    // An element of many blocks is no author box (a page wrapper whose class names an
    // author layout).
    if lines.len() > MAX_AUTHOR_BOX_LINES {
        return None;
    }
    if let Some(author) = recognise(&lines.join(" ")).and_then(|line| line.author) {
        return Some(author);
    }
    // The name comes first; what follows is a date, a role, a count of posts. Not so in an
    // element around another author element: its first line is that one's neighbour (the
    // publication beside an empty name).
    if e.select(&AUTHOR_CLASS).next().is_some() {
        return None;
    }
    lines.first().and_then(|line| author_from_text(line))
}

/// The most blocks an author box holds: the name, a date, a role, a reading time.
const MAX_AUTHOR_BOX_LINES: usize = 4;

/// The texts of an element's blocks (whitespace collapsed, empty ones dropped): text is
/// split where a block-level element or a `<br>` starts or ends. Stops once there are more
/// than `max`: a page wrapper has thousands.
fn block_lines_up_to(e: ElementRef<'_>, max: usize) -> Vec<String> {
    use ego_tree::iter::Edge;
    let mut lines = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, lines: &mut Vec<String>| {
        let line = collapse(current);
        if !line.is_empty() {
            lines.push(line);
        }
        current.clear();
    };
    for edge in e.traverse() {
        match edge {
            Edge::Open(node) | Edge::Close(node) => {
                if let Some(element) = node.value().as_element() {
                    if BLOCK_ELEMENTS.contains(&element.name()) && node.id() != e.id() {
                        flush(&mut current, &mut lines);
                        if lines.len() > max {
                            return lines;
                        }
                    }
                } else if let (Edge::Open(_), Some(text)) = (edge, node.value().as_text()) {
                    current.push_str(text);
                }
            }
        }
    }
    flush(&mut current, &mut lines);
    lines
}

/// Elements that start a block of their own in the text of an author box.
const BLOCK_ELEMENTS: &[&str] = &[
    "div",
    "p",
    "br",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "header",
    "footer",
    "address",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "time",
];

/// The most author links a list may hold and still be a byline's list of authors; one
/// with more is a menu of the site's columnists or a directory of its staff.
const MAX_BYLINE_LIST_AUTHORS: usize = 3;

/// Whether an author link is an item of a list that links to many authors (a "Columnists"
/// menu), which names the site's writers, not this page's. Authors are counted by address:
/// a byline may link each of its authors twice (photo and name).
fn in_list_of_authors(link: ElementRef<'_>) -> bool {
    let list = link.ancestors().filter_map(ElementRef::wrap).take(4).find(|e| matches!(e.value().name(), "ul" | "ol"));
    list.is_some_and(|list| {
        // Stops at the first address past the bar: a directory of hundreds of writers is
        // not read once per link.
        let mut authors: Vec<&str> = Vec::with_capacity(MAX_BYLINE_LIST_AUTHORS + 1);
        for href in list.select(&REL_AUTHOR).filter_map(|a| a.value().attr("href")) {
            if !authors.contains(&href) {
                authors.push(href);
                if authors.len() > MAX_BYLINE_LIST_AUTHORS {
                    return true;
                }
            }
        }
        false
    })
}

/// The author of a Twitter card: `twitter:data1` when `twitter:label1` says it is one.
fn twitter_author(metas: &MetaTags) -> Option<String> {
    ["1", "2"].iter().find_map(|n| {
        let label = metas.first(&[&format!("twitter:label{n}")])?.to_lowercase();
        let says_author = ["written by", "author", "by", "autor", "auteur", "escrito por"]
            .iter()
            .any(|l| label.trim_end_matches(':') == *l);
        says_author.then(|| metas.first(&[&format!("twitter:data{n}")])).flatten().and_then(|v| clean_author(&v))
    })
}

/// Authors marked with `itemprop=author`, from the first item that has them only (on a
/// forum each answer is an item with its own author).
fn itemprop_authors(doc: &Html) -> Option<String> {
    let scope_of = |e: ElementRef<'_>| {
        e.ancestors().filter_map(ElementRef::wrap).find(|a| a.value().attr("itemscope").is_some()).map(|a| a.id())
    };
    let mut elements = doc.select(&AUTHOR_PROP).filter(|&e| !in_comments(e));
    let first = elements.next()?;
    let scope = scope_of(first);
    let names = std::iter::once(first).chain(elements.filter(|e| scope_of(*e) == scope)).filter_map(|e| {
        let named = e.select(&ITEMPROP_NAME).next().unwrap_or(e);
        let value = named.attr("content").map(str::to_owned).unwrap_or_else(|| element_text(named));
        author_from_text(&value)
    });
    join_authors(names)
}

/// A name read from page text: a byline (`Post by jdoe » 11 Sep 2024`) or a short name.
fn author_from_text(text: &str) -> Option<String> {
    if let Some(line) = recognise(text) {
        return line.author;
    }
    let name = clean_author(text)?;
    let words = name.split_whitespace().count();
    (words <= MAX_AUTHOR_TEXT_WORDS && !READING_TIME.is_match(&name) && name.chars().any(char::is_alphabetic))
        .then_some(name)
}

/// The publication date: JSON-LD `datePublished`, the `<meta>` dates, `itemprop` and
/// `<time>` markup, JSON-LD `dateCreated`, a date in the URL, and only then a date of change.
fn published(
    doc: &Html,
    ld: &LdFacts,
    metas: &MetaTags,
    near_headline: Option<String>,
    base: Option<&Url>,
    order: Option<NumericOrder>,
) -> Option<String> {
    let parse = |s: &str| parse_date_with(s, order);
    ld.published
        .as_deref()
        .and_then(parse)
        .or_else(|| metas.all(DATE_KEYS).find_map(parse))
        .or_else(|| itemprop_date(doc, order))
        .or_else(|| published_time_element(doc, order))
        .or(near_headline)
        .or_else(|| main_time_element(doc, order))
        .or_else(|| ld.created.as_deref().and_then(parse))
        .or_else(|| base.and_then(url_date))
        .or_else(|| ld.modified.as_deref().and_then(parse))
        .or_else(|| metas.all(MODIFIED_KEYS).find_map(parse))
}

/// The date of the outermost microdata item that has one (`datePublished`, else
/// `dateCreated`): on a question page each answer is an item nested in the question, with
/// its own, later date.
fn itemprop_date(doc: &Html, order: Option<NumericOrder>) -> Option<String> {
    let scope_depth = |e: &ElementRef<'_>| {
        e.ancestors().filter_map(ElementRef::wrap).filter(|a| a.value().attr("itemscope").is_some()).count()
    };
    doc.select(&DATE_PUBLISHED_PROP)
        .filter_map(|e| {
            let v = e.value();
            let date = v
                .attr("datetime")
                .or(v.attr("content"))
                .and_then(|d| parse_date_with(d, order))
                .or_else(|| parse_date_with(&element_text(e), order))?;
            let created = v.attr("itemprop") == Some("dateCreated");
            Some(((scope_depth(&e), created), date))
        })
        // The first of the best: `min_by_key` keeps the earliest of equals.
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, date)| date)
}

/// The date of a `<time>` that marks a publication: `pubdate`, or a class (of it or its
/// parent) that says so.
fn published_time_element(doc: &Html, order: Option<NumericOrder>) -> Option<String> {
    let says_published = |e: &ElementRef<'_>| {
        let v = e.value();
        if v.attr("pubdate").is_some() {
            return true;
        }
        let mut names = String::new();
        names.push_str(v.attr("class").unwrap_or(""));
        if let Some(parent) = e.parent().and_then(ElementRef::wrap) {
            names.push(' ');
            names.push_str(parent.value().attr("class").unwrap_or(""));
        }
        let names = names.to_ascii_lowercase();
        (names.contains("publish")
            || names.contains("posted")
            || names.contains("entry-date")
            || names.contains("post-date"))
            && !names.contains("modif")
            && !names.contains("updat")
    };
    doc.select(&TIME).filter(says_published).filter(|&e| !in_comments(e)).find_map(|e| time_date(e, order))
}

/// The first dated `<time>` of the main container.
fn main_time_element(doc: &Html, order: Option<NumericOrder>) -> Option<String> {
    doc.select(&MAIN_CONTAINER)
        .next()
        .and_then(|main| main.select(&TIME).filter(|&e| !in_comments(e)).find_map(|e| time_date(e, order)))
}

/// Whether an element is part of a comment section (by its class or id: `comments-area`,
/// `comment-list`, `respond`, `disqus`) or of a comment or review item (`itemprop`): the
/// names and dates there are the commenters' and reviewers', not the page's.
fn in_comments(e: ElementRef<'_>) -> bool {
    std::iter::once(e).chain(e.ancestors().filter_map(ElementRef::wrap)).any(|a| {
        let v = a.value();
        let named = matches!(v.attr("itemprop"), Some("comment" | "comments" | "review" | "reviews"))
            || boilerplate_container_name(v.attr("class"), v.attr("id")).is_some_and(is_comment_section);
        // A wrapper of the whole page (`<div class="comments-open">`, a critic's review
        // marked as the film's `review`) holds the headline; a comment section never does.
        named && a.select(&H1).next().is_none()
    })
}

/// The date of a `<time>`: its `datetime`, else its text.
fn time_date(e: ElementRef<'_>, order: Option<NumericOrder>) -> Option<String> {
    e.value()
        .attr("datetime")
        .and_then(|d| parse_date_with(d, order))
        .or_else(|| parse_date_with(&element_text(e), order))
}

/// A date written in the URL's path (`/2016/12/06/slug`).
fn url_date(url: &Url) -> Option<String> {
    let caps = URL_DATE.captures(url.path())?;
    let date = chrono::NaiveDate::from_ymd_opt(caps[1].parse().ok()?, caps[2].parse().ok()?, caps[3].parse().ok()?)?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// The declared language tag as written (`en-US`), from `<html lang>` or `content-language`.
fn declared_language_tag(doc: &Html) -> Option<String> {
    doc.select(&HTML_ROOT)
        .next()
        .and_then(|h| h.value().attr("lang").or(h.value().attr("xml:lang")))
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
}

/// The declared language, normalised: `<html lang>`, `content-language`, `og:locale`.
fn declared_language(doc: &Html, metas: &MetaTags) -> Option<String> {
    declared_language_tag(doc)
        .and_then(|t| normalize_tag(&t))
        .or_else(|| metas.all(&["content-language", "language", "dc.language", "og:locale"]).find_map(normalize_tag))
}

/// `<link rel=canonical>` resolved against the page URL, when it is absolute http(s).
fn canonical_url(doc: &Html, base: Option<&Url>) -> Option<String> {
    let href = doc
        .select(&LINK)
        .find(|l| {
            l.value().attr("rel").is_some_and(|r| r.split_whitespace().any(|t| t.eq_ignore_ascii_case("canonical")))
        })?
        .value()
        .attr("href")?
        .trim();
    if href.is_empty() {
        return None;
    }
    let resolved = match base {
        Some(base) => base.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    matches!(resolved.scheme(), "http" | "https").then(|| resolved.to_string())
}

/// The text of an element, whitespace collapsed.
fn element_text(e: ElementRef<'_>) -> String {
    collapse(&e.text().collect::<String>())
}

/// Decode HTML character references left in attribute-like values (JSON-LD strings often
/// carry `&amp;` or `&#8217;`). Texts without `&` are returned as they are.
pub(crate) fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let fragment = Html::parse_fragment(&format!("<p>{}</p>", text.replace('<', "&lt;")));
    fragment.root_element().text().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str, url: Option<&str>) -> PageMeta {
        from_html(&Html::parse_document(html), url)
    }

    #[test]
    fn an_events_date_among_its_facts_is_not_the_pages() {
        let page = |facts: &str| {
            format!(
                "<html><head><title>Spring concert</title></head><body><h1>Spring concert</h1>{facts}\
                 <p>The orchestra opens the spring with an evening of big band classics and new work.</p></body></html>"
            )
        };
        let event = page(
            "<p>Date: Saturday 20 April 2024</p><p>Time: 20:15</p><p>Venue: De Doelen, Rotterdam</p><p>Tickets: €27.50</p>",
        );
        assert_eq!(meta(&event, None).published, None);
        let dated = page("<p>Published: 12 March 2024</p><p>Reading time: 3 min</p>");
        assert_eq!(meta(&dated, None).published.as_deref().map(|d| &d[..10]), Some("2024-03-12"));
    }

    #[test]
    fn opengraph_and_title_suffix() {
        let m = meta(
            r#"<html lang="en-US"><head><title>Talks stall in Geneva | Daily Example</title>
            <meta property="og:site_name" content="Daily Example">
            <meta property="article:published_time" content="2016-12-06T21:28:00+05:30">
            <meta name="author" content="By Jane Doe"></head><body><p>Text</p></body></html>"#,
            Some("https://www.example.com/world/talks"),
        );
        assert_eq!(m.title.as_deref(), Some("Talks stall in Geneva"));
        assert_eq!(m.site.as_deref(), Some("Daily Example"));
        assert_eq!(m.published.as_deref(), Some("2016-12-06T21:28:00+05:30"));
        assert_eq!(m.author.as_deref(), Some("Jane Doe"));
        assert_eq!(m.language.as_deref(), Some("en"));
    }

    #[test]
    fn a_saved_page_without_site_name_or_url_takes_it_from_its_title() {
        let m = meta(
            "<html><head><title>Talks stall in Geneva as both sides harden their positions | Daily Example</title></head><body><p>Text</p></body></html>",
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Talks stall in Geneva as both sides harden their positions"));
        assert_eq!(m.site.as_deref(), Some("Daily Example"));
        // Near misses: a title without a site part names none, and a declared name or the
        // URL's host still comes first.
        let m = meta("<html><head><title>Talks stall in Geneva</title></head><body></body></html>", None);
        assert_eq!(m.site, None);
        let m = meta(
            "<html><head><title>Talks stall in Geneva as both sides harden | Daily Example</title></head><body></body></html>",
            Some("https://news.example.org/a"),
        );
        assert_eq!(m.site.as_deref(), Some("news.example.org"));
    }

    #[test]
    fn a_forum_topic_in_h2_is_the_title() {
        let page = |title: &str, h1: &str| {
            format!(
                "<html><head><title>{title}</title></head><body>{h1}<h2>Deploy fails after the build passes</h2>\
                 <p>The build passes but the deploy fails.</p></body></html>"
            )
        };
        let m = meta(&page("Deploy fails after the build passes - Hosting Help - Example Forums", ""), None);
        assert_eq!(m.title.as_deref(), Some("Deploy fails after the build passes"));
        // Near misses: a title of two parts (a site or section and its page), and a page
        // with a headline `<h1>`, beside which an `<h2>` is a section.
        let m = meta(&page("Deploy fails after the build passes - Hosting Help", ""), None);
        assert_eq!(m.title.as_deref(), Some("Deploy fails after the build passes - Hosting Help"));
        let m = meta(
            &page(
                "Deploy fails after the build passes - Hosting Help - Example Forums",
                "<h1>Why deploys fail and how to fix them</h1>",
            ),
            None,
        );
        assert_ne!(m.title.as_deref(), Some("Deploy fails after the build passes"));
    }

    #[test]
    fn an_h2_that_is_the_declared_title_beats_a_section_h1() {
        let page = |h2: &str| {
            format!(
                "<html><head><title>Babies who eat peanuts early may avoid allergy</title></head><body>\
                 <h1>Allergies Health Center</h1><h2>Tools &amp; Resources</h2><h2>{h2}</h2>\
                 <p>Feeding peanuts to babies early may prevent the allergy, a study finds.</p></body></html>"
            )
        };
        let m = meta(&page("Babies Who Eat Peanuts Early May Avoid Allergy"), None);
        assert_eq!(m.title.as_deref(), Some("Babies Who Eat Peanuts Early May Avoid Allergy"));
        // Near miss: an `<h2>` that only shares words with `<title>` is a section; the
        // page's one `<h1>` stays the headline.
        let m = meta(&page("Babies who eat peanuts"), None);
        assert_eq!(m.title.as_deref(), Some("Allergies Health Center"));
    }

    #[test]
    fn a_menu_of_columnists_is_no_byline() {
        let page = |menu: &[&str]| {
            let items: String =
                menu.iter().map(|name| format!(r#"<li><a href="/author/{name}">{name}</a></li>"#)).collect();
            format!(
                r#"<html><head><title>Markets rally</title></head><body><ul class="menu">{items}</ul>
                <h1>Markets rally</h1><div class="credit"><a href="/author/ben-silverman">Ben Silverman</a></div>
                <p>Stocks rose on Friday.</p></body></html>"#
            )
        };
        let m = meta(&page(&["Andy Serwer", "Rick Newman", "Sam Ro", "Melody Hahm"]), None);
        assert_eq!(m.author.as_deref(), Some("Ben Silverman"));
        // Near misses: a list of a few authors is a byline's, even with each linked twice
        // (photo and name).
        let m = meta(&page(&["Andy Serwer", "Rick Newman"]), None);
        assert_eq!(m.author.as_deref(), Some("Andy Serwer"));
        let m = meta(&page(&["Andy Serwer", "Andy Serwer", "Rick Newman", "Rick Newman"]), None);
        assert_eq!(m.author.as_deref(), Some("Andy Serwer"));
    }

    #[test]
    fn a_product_page_takes_no_byline_from_its_reviews() {
        let page = |head: &str| {
            format!(
                r#"<html lang="pt-BR"><head>{head}</head><body><h1>Cafeteira Elétrica CP15 Inox</h1>
                <p>Por R$ 129,90</p><p>A cafeteira prepara até 15 xícaras.</p>
                <p>Faz um café muito bom.</p><p>Roberta Souza - 12/01/2025</p></body></html>"#
            )
        };
        for head in [
            r#"<meta property="og:type" content="product">"#,
            r#"<script type="application/ld+json">{"@type":"Product","name":"Cafeteira Elétrica CP15 Inox"}</script>"#,
        ] {
            let m = meta(&page(head), None);
            assert_eq!((m.author, m.published), (None, None), "{head}");
        }
        // Near miss: the same lines on an article page are its byline.
        let m = meta(&page(r#"<meta property="og:type" content="article">"#), None);
        assert_eq!(m.author.as_deref(), Some("Roberta Souza"));
    }

    #[test]
    fn h1_that_agrees_wins_over_og_title() {
        let m = meta(
            r#"<html><head><title>NJ mover under investigation | 7 On Your Side - ABC7</title>
            <meta property="og:title" content="NJ mover under investigation"></head>
            <body><h1>Example Site</h1><article><h1>7 On Your Side: NJ mover under federal investigation</h1></article></body></html>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("7 On Your Side: NJ mover under federal investigation"));
    }

    #[test]
    fn a_typeset_h1_is_given_in_the_declared_spelling() {
        let page = |title: &str, h1: &str| {
            meta(
                &format!("<html><head><title>{title} | Photo Weekly</title></head><body><h1>{h1}</h1></body></html>"),
                None,
            )
        };
        // Curly apostrophes and a subtitle set off by styling instead of a dash.
        let m = page("Beginner&#039;s guide to camera types", "Beginner’s guide to camera types");
        assert_eq!(m.title.as_deref(), Some("Beginner's guide to camera types"));
        let m =
            page("Lenses explained - What focal length means", "Lenses explained <span>What focal length means</span>");
        assert_eq!(m.title.as_deref(), Some("Lenses explained - What focal length means"));
        // Capitals are styling: the declared title it agrees with gives the spelling.
        let m = page("Best Drip Coffee Maker 2026: Tips From Pros", "BEST DRIP COFFEE MAKER IN 2026: TIPS FROM PROS");
        assert_eq!(m.title.as_deref(), Some("Best Drip Coffee Maker 2026: Tips From Pros"));
        // Near misses: other marks make another spelling, and acronyms are no shouting.
        let m = page("*A Treatise on Coffee* (1792)", "A Treatise on Coffee (1792)");
        assert_eq!(m.title.as_deref(), Some("A Treatise on Coffee (1792)"));
        let m = page("🎤 Rode NT1 Black", "Rode NT1 Black");
        assert_eq!(m.title.as_deref(), Some("Rode NT1 Black"));
        let m = page("NASA launch delayed", "NASA Launch Delayed");
        assert_eq!(m.title.as_deref(), Some("NASA Launch Delayed"));
        let m = page("LATEST NEWS FROM THE FLEET", "Latest News From The Fleet");
        assert_eq!(m.title.as_deref(), Some("Latest News From The Fleet"));
    }

    #[test]
    fn an_h1_that_repeats_the_section_after_a_bar_loses_it() {
        let page = |og: &str, h1: &str| {
            meta(
                &format!(
                    r#"<html><head><meta property="og:title" content="{og}"></head><body><h1>{h1}</h1></body></html>"#
                ),
                None,
            )
        };
        let m = page("How meditation rewires brains | Opinion", "How meditation rewires brains | Opinion");
        assert_eq!(m.title.as_deref(), Some("How meditation rewires brains"));
        // Near miss: a dash also sets off parts of a headline, which stay.
        let m = page("The Best Earbuds under $50 - March 2026", "The Best Earbuds under $50 - March 2026");
        assert_eq!(m.title.as_deref(), Some("The Best Earbuds under $50 - March 2026"));
        // ...and so do a few words after a bar that name no section or site.
        let m = page("Past Lives film review | Worth it", "Past Lives film review | Worth it");
        assert_eq!(m.title.as_deref(), Some("Past Lives film review | Worth it"));
    }

    #[test]
    fn commenters_and_the_comment_form_give_no_author_or_date() {
        let page = |byline: &str| {
            format!(
                r#"<html><head><meta property="og:type" content="article"></head><body><main><article>
                <h1>My sourdough starter, week three</h1>{byline}
                <p>The starter finally doubled within six hours this week, the sign most bakers wait for.</p>
                </article>
                <section id="comments" class="comments-area"><ol class="comment-list"><li class="comment">
                <div class="comment-author vcard"><b class="fn">Margaret Olsen</b> says:</div>
                <div class="comment-metadata"><time datetime="2024-03-05T10:14:00">March 5, 2024 at 10:14 am</time></div>
                <p>Try a warmer spot for the bulk ferment.</p></li></ol>
                <div id="respond"><h3>Leave a Reply</h3><label for="author">Name *</label><input id="author"></div>
                </section></main></body></html>"#
            )
        };
        let m = meta(&page(""), None);
        assert_eq!((m.author, m.published), (None, None));
        // Near miss: a page wrapped in `comments-open` keeps its own byline.
        let wrapped = page(r#"<p class="byline">By Ana Ruiz</p>"#)
            .replace("<main>", r#"<div id="wrap" class="comments-open"><main>"#)
            .replace("</main>", "</main></div>");
        assert_eq!(meta(&wrapped, None).author.as_deref(), Some("Ana Ruiz"));
        // Near miss: the post's own byline and date are still read.
        let m = meta(
            &page(
                r#"<p class="byline">By Ana Ruiz</p><time class="entry-date" datetime="2024-03-01">March 1, 2024</time>"#,
            ),
            None,
        );
        assert_eq!((m.author.as_deref(), m.published.as_deref()), (Some("Ana Ruiz"), Some("2024-03-01")));
    }

    #[test]
    fn h1_agreement_counts_characters_in_unspaced_scripts() {
        let m = meta(
            "<html><head><title>城市图书馆新馆正式开放_城市日报</title></head><body><h1>城市图书馆新馆正式开放</h1></body></html>",
            None,
        );
        assert_eq!(m.title.as_deref(), Some("城市图书馆新馆正式开放"));
    }

    #[test]
    fn unrelated_h1_loses_to_declared_title() {
        let m = meta(
            r#"<html><head><meta property="og:title" content="Talks stall in Geneva"></head>
            <body><h1>Latest news</h1></body></html>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Talks stall in Geneva"));
        let m = meta("<html><head></head><body><h1>Only heading</h1></body></html>", None);
        assert_eq!(m.title.as_deref(), Some("Only heading"));
    }

    #[test]
    fn a_long_sole_h1_beats_a_differently_worded_declared_title() {
        let page = |h1: &str| {
            meta(
                &format!(
                    r#"<html><head><meta property="og:title" content="Best Budget Espresso Machines | Expert Picks">
                    <title>Best Budget Espresso Machines | Expert Picks</title></head><body><h1>{h1}</h1>
                    <p>Body.</p></body></html>"#
                ),
                None,
            )
        };
        let headline = "Which espresso machine under $500 should you buy this year?";
        assert_eq!(page(headline).title.as_deref(), Some(headline));
        // Near misses: a short heading names a section, a sentence with a full stop is a
        // slogan, and a heading with its own site part is a second `<title>`.
        assert_eq!(page("Coffee gear").title.as_deref(), Some("Best Budget Espresso Machines"));
        let slogan = "Great coffee at home starts with the right machine for your kitchen.";
        assert_eq!(page(slogan).title.as_deref(), Some("Best Budget Espresso Machines"));
        let with_site = "Which espresso machine under $500 should you buy | Coffee Daily";
        assert_eq!(page(with_site).title.as_deref(), Some("Best Budget Espresso Machines"));
    }

    #[test]
    fn author_from_markup_and_not_urls() {
        let m = meta(
            r#"<html><head><meta property="article:author" content="https://facebook.com/jane"></head>
            <body><article><span class="byline">By <a rel="author" href="/a/jd">Jane Doe</a></span></article></body></html>"#,
            None,
        );
        assert_eq!(m.author.as_deref(), Some("Jane Doe"));
        let m = meta(
            r#"<html><body><div itemprop="author" itemscope><span itemprop="name">John Roe</span></div></body></html>"#,
            None,
        );
        assert_eq!(m.author.as_deref(), Some("John Roe"));
    }

    #[test]
    fn an_author_box_reads_its_name_apart_from_the_date_beside_it() {
        let m = meta(
            r#"<html><body><h1>Video trends</h1><a class="author-wrapper" href="/post/x"><div class="author-image"><img src="a.png"></div>
            <div class="flex"><div class="author-name">Team Northwind</div><div class="published-date">September 4, 2025</div></div></a>
            <p>Video production is changing fast, and the tools that shape it change faster still.</p></body></html>"#,
            None,
        );
        assert_eq!(m.author.as_deref(), Some("Team Northwind"));
        // Nested author elements: the innermost names the author alone.
        let m = meta(
            r#"<html><body><div class="byline-section"><div class="attribution"><span class="author">Ann Lee and Bo Chan</span>
            <span class="publication">USA DAILY</span></div><div class="publish-date">Published 7:07 PM EST Nov 19, 2019</div></div></body></html>"#,
            None,
        );
        assert_eq!(m.author.as_deref(), Some("Ann Lee and Bo Chan"));
        // An inner element without the name (a date, an avatar) leaves the outer one to name it.
        for html in [
            r#"<p class="byline">By Jane Doe <span class="byline-date">May 4, 2025</span></p>"#,
            r#"<div class="entry-author"><img class="avatar author-avatar"> <span>By Jane Doe</span></div>"#,
            r#"<div class="author"><div>Jane Doe</div><div>Updated on May 4, 2025</div></div>"#,
        ] {
            let m = meta(&format!("<html><body>{html}</body></html>"), None);
            assert_eq!(m.author.as_deref(), Some("Jane Doe"), "{html}");
        }
        // Near miss: inline markup inside a name does not split it.
        let m = meta(r#"<html><body><span class="author">Jane <b>van</b> Doe</span></body></html>"#, None);
        assert_eq!(m.author.as_deref(), Some("Jane van Doe"));
    }

    #[test]
    fn site_name_as_author_only_when_declared() {
        // A personal site is named after its author, who declares it.
        let m = meta(
            r#"<html><head><meta property="og:site_name" content="Jane Doe"><meta name="author" content="Jane Doe"></head><body></body></html>"#,
            None,
        );
        assert_eq!(m.author.as_deref(), Some("Jane Doe"));
        // A guessed author element that holds the site's name is the masthead.
        let m = meta(
            r#"<html><head><meta property="og:site_name" content="Daily Example"></head><body><div class="author">Daily Example</div></body></html>"#,
            None,
        );
        assert_eq!(m.author, None);
    }

    #[test]
    fn byline_near_the_headline() {
        let m = meta(
            r#"<html><body><p>Latest: Markets rally on Dec 1, 2016</p><article><h1>Talks stall in Geneva</h1>
            <div><p>Written by</p><p><a href="/people/jd">Jane Doe</a></p></div><p>Published on July 18, 2016</p>
            <p>Russia's top diplomat on Tuesday accused Washington of stalling.</p></article></body></html>"#,
            None,
        );
        assert_eq!(m.author.as_deref(), Some("Jane Doe"));
        assert_eq!(m.published.as_deref(), Some("2016-07-18"));
    }

    #[test]
    fn forum_answers_do_not_add_authors() {
        let m = meta(
            r#"<html><body><div itemscope itemtype="https://schema.org/Question"><span itemprop="author">asker</span>
            <div itemscope itemtype="https://schema.org/Answer"><span itemprop="author">answerer</span></div></div></body></html>"#,
            None,
        );
        assert_eq!(m.author.as_deref(), Some("asker"));
    }

    #[test]
    fn reading_times_and_twitter_cards() {
        let m = meta(r#"<html><body><span class="author-meta">7 min read</span></body></html>"#, None);
        assert_eq!(m.author, None);
        let m = meta(
            r#"<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"></head><body></body></html>"#,
            None,
        );
        assert_eq!(m.author.as_deref(), Some("Jane Doe"));
        let m = meta(
            r#"<html><head><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes"></head><body></body></html>"#,
            None,
        );
        assert_eq!(m.author, None);
    }

    #[test]
    fn dates_from_time_and_url() {
        let m = meta(
            r#"<html><body><article><p>x</p><time class="entry-date published" datetime="2019-11-19T08:38:00Z">Nov 19</time></article></body></html>"#,
            None,
        );
        assert_eq!(m.published.as_deref(), Some("2019-11-19T08:38:00Z"));
        let m = meta("<html><body><p>x</p></body></html>", Some("https://ex.com/2016/12/06/talks-stall/"));
        assert_eq!(m.published.as_deref(), Some("2016-12-06"));
        let m = meta("<html><body><p>x</p></body></html>", Some("https://ex.com/products/2016"));
        assert_eq!(m.published, None);
    }

    #[test]
    fn sole_h1_beats_a_bare_page_title() {
        // Only `<title>`, and it is the site's: the one `<h1>` is the headline.
        let m = meta(
            "<html><head><title>Forum - The heart of the internet</title></head>\
             <body><h1>Best laptop for college in 2026?</h1><p>Text</p></body></html>",
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Best laptop for college in 2026?"));
        // A `<h1>` that is part of `<title>` (or holds it whole) leaves `<title>` the headline.
        let m = meta(
            "<html><head><title>Tournament Chess Pieces for Sale Online from Chess House</title></head>\
             <body><h1>Tournament Chess Pieces</h1></body></html>",
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Tournament Chess Pieces for Sale Online from Chess House"));
        // An OpenGraph title is the editor's: an unrelated `<h1>` does not beat it.
        let m = meta(
            r#"<html><head><meta property="og:title" content="Talks stall in Geneva"></head>
            <body><h1>Latest news today</h1></body></html>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Talks stall in Geneva"));
        // A logo is no headline: a host name, or a link to the home page.
        let m = meta(
            r#"<html><head><title>Talks stall in Geneva</title></head><body><h1><a href="/">Enter Media</a></h1></body></html>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Talks stall in Geneva"));
        let m = meta("<html><head><title>Release notes</title></head><body><h1>example.org</h1></body></html>", None);
        assert_eq!(m.title.as_deref(), Some("Release notes"));
    }

    #[test]
    fn heading_that_leads_the_declared_title_wins() {
        let m = meta(
            r#"<html><head><title>Advanced Usage — Requests 2.33.0.dev1 documentation</title></head>
            <body><h1>Advanced Usage¶</h1><h1>Other</h1></body></html>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Advanced Usage"));
        // A heading that is the whole declared title beats one that is only its first part.
        let m = meta(
            r#"<html><head><title>backup - How to back up my system? - Ask Ubuntu</title>
            <meta property="og:title" content="How to back up my system?"></head>
            <body><h1>How to back up my system?</h1><h1>Backup</h1></body></html>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("How to back up my system?"));
        // Near miss: a heading that is only part of the first part is no headline.
        let m = meta(
            r#"<html><head><title>Advanced Usage Guide — Requests documentation</title></head>
            <body><h1>Advanced</h1></body></html>"#,
            None,
        );
        assert_ne!(m.title.as_deref(), Some("Advanced"));
    }

    #[test]
    fn forum_labels_leave_headings_and_titles() {
        let m = meta("<html><body><h1>Thread: Which host do you use?</h1></body></html>", None);
        assert_eq!(m.title.as_deref(), Some("Which host do you use?"));
        let m = meta(
            "<html><head><title>NationStates • View topic - Football is back!</title></head></html>",
            Some("https://forum.nationstates.net/viewtopic.php?t=1"),
        );
        assert_eq!(m.title.as_deref(), Some("Football is back!"));
    }

    #[test]
    fn the_outermost_item_dates_the_page() {
        let m = meta(
            r#"<html><body><div itemscope itemtype="https://schema.org/Question">
            <time itemprop="dateCreated" datetime="2010-10-16 21:58:06Z">Oct 16</time>
            <div itemscope itemtype="https://schema.org/Answer"><div itemprop="datePublished">2010-10-17 01:03:31 +00:00</div></div>
            </div></body></html>"#,
            None,
        );
        assert_eq!(m.published.as_deref().map(|d| &d[..10]), Some("2010-10-16"));
        // Near miss: in one item, the publication date wins over the creation date.
        let m = meta(
            r#"<html><body><div itemscope><meta itemprop="dateCreated" content="2010-01-01">
            <meta itemprop="datePublished" content="2011-05-05"></div></body></html>"#,
            None,
        );
        assert_eq!(m.published.as_deref().map(|d| &d[..10]), Some("2011-05-05"));
    }

    #[test]
    fn published_wins_over_modified() {
        let m = meta(
            r#"<html><head><meta property="article:modified_time" content="2020-01-01"><meta name="date" content="2016-12-06"></head><body></body></html>"#,
            None,
        );
        assert_eq!(m.published.as_deref(), Some("2016-12-06"));
        let m = meta(
            r#"<html><head><meta property="article:modified_time" content="2020-01-01"></head><body></body></html>"#,
            None,
        );
        assert_eq!(m.published.as_deref(), Some("2020-01-01"));
    }

    #[test]
    fn ambiguous_numeric_dates_follow_the_page_language() {
        let m =
            meta(r#"<html lang="de"><head><meta name="date" content="06/12/2016"></head><body></body></html>"#, None);
        assert_eq!(m.published.as_deref(), Some("2016-12-06"));
        let m = meta(
            r#"<html lang="en-US"><head><meta name="date" content="06/12/2016"></head><body></body></html>"#,
            None,
        );
        assert_eq!(m.published.as_deref(), Some("2016-06-12"));
    }

    #[test]
    fn canonical_is_resolved_and_must_be_http() {
        let page =
            |href: &str| format!(r#"<html><head><link rel="canonical" href="{href}"></head><body></body></html>"#);
        let base = Some("https://www.example.com/a/b?x=1");
        assert_eq!(meta(&page("/a/b"), base).canonical_url.as_deref(), Some("https://www.example.com/a/b"));
        assert_eq!(meta(&page("https://example.org/c"), None).canonical_url.as_deref(), Some("https://example.org/c"));
        assert_eq!(meta(&page("/a/b"), None).canonical_url, None);
        assert_eq!(meta(&page("javascript:void(0)"), base).canonical_url, None);
        assert_eq!(meta(&page(""), base).canonical_url, None);
    }

    #[test]
    fn site_falls_back_to_host() {
        let m = meta("<html><body></body></html>", Some("https://www.example.com/x"));
        assert_eq!(m.site.as_deref(), Some("example.com"));
    }

    #[test]
    fn language_from_meta_and_locale() {
        let m = meta(r#"<html><head><meta property="og:locale" content="pt_BR"></head><body></body></html>"#, None);
        assert_eq!(m.language.as_deref(), Some("pt"));
        let m = meta(
            r#"<html><head><meta http-equiv="content-language" content="fr-FR"></head><body></body></html>"#,
            None,
        );
        assert_eq!(m.language.as_deref(), Some("fr"));
    }

    #[test]
    fn jsonld_wins_over_meta() {
        let m = meta(
            r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD","datePublished":"2016-12-06","author":{"name":"Jane Doe"}}</script>
            <meta property="og:title" content="From OG"><meta name="date" content="2017-01-01"><meta name="author" content="Other"></head><body></body></html>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("From JSON-LD"));
        assert_eq!(m.published.as_deref(), Some("2016-12-06"));
        assert_eq!(m.author.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(decode_entities("Fish &amp; Chips &#8217;"), "Fish & Chips ’");
        assert_eq!(decode_entities("a < b"), "a < b");
    }
}
