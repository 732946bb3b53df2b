//! Facts from JSON-LD (`<script type="application/ld+json">`): the main entity's headline,
//! authors, dates and publisher, with `@graph` arrays, nested objects and `@id` references
//! followed (Yoast-style graphs name the author only in a separate `Person` node).

use std::collections::HashMap;
use std::sync::LazyLock;

use scraper::{Html, Selector};
use serde_json::Value;

use crate::metadata::author::{clean_author, join_authors};

static LD_SCRIPT: LazyLock<Selector> = LazyLock::new(|| Selector::parse("script").expect("static selector"));

/// A JSON-LD block larger than this is not metadata (some pages inline whole catalogues).
const MAX_SCRIPT_BYTES: usize = 1 << 20;
/// How deep nested objects are followed, and how many nodes are kept, whatever the input.
const MAX_DEPTH: usize = 12;
const MAX_NODES: usize = 2000;

/// `@type`s of web pages: weaker than articles, as their `name` is often the `<title>`.
const PAGE_TYPES: &[&str] = &[
    "webpage",
    "itempage",
    "aboutpage",
    "faqpage",
    "qapage",
    "collectionpage",
    "profilepage",
    "medicalwebpage",
    "contactpage",
    "checkoutpage",
    "realestatelisting",
    "searchresultspage",
];

/// `@type`s of other main entities that carry a name and a date.
const OTHER_MAIN_TYPES: &[&str] = &[
    "product",
    "recipe",
    "howto",
    "event",
    "course",
    "jobposting",
    "videoobject",
    "review",
    "podcastepisode",
    "creativework",
    "book",
    "movie",
    "dataset",
    "softwareapplication",
    "question",
    "claimreview",
    "pressrelease",
];

/// What the JSON-LD of a page says about its main entity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LdFacts {
    /// The headline (or name) of the main entity, and whether that entity is an article.
    pub headline: Option<String>,
    pub is_article: bool,
    /// The main entity is a product (a shop's page).
    pub is_product: bool,
    pub authors: Option<String>,
    pub published: Option<String>,
    pub created: Option<String>,
    pub modified: Option<String>,
    pub publisher: Option<String>,
    /// The `name` of a `WebSite` node.
    pub website: Option<String>,
    pub language: Option<String>,
    /// The article's text (`articleBody`) as the page gives it: plain or HTML, entities
    /// not decoded.
    pub article_body: Option<String>,
}

/// Read every JSON-LD script of `doc` and describe its main entity.
pub(crate) fn facts(doc: &Html) -> LdFacts {
    let mut nodes: Vec<&serde_json::Map<String, Value>> = Vec::new();
    let values: Vec<Value> = doc
        .select(&LD_SCRIPT)
        .filter(|s| s.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")))
        .filter_map(|s| {
            let text: String = s.text().collect();
            (text.len() <= MAX_SCRIPT_BYTES).then(|| parse_lenient(&text)).flatten()
        })
        .collect();
    for value in &values {
        collect_nodes(value, 0, &mut nodes);
    }
    let by_id: HashMap<&str, &serde_json::Map<String, Value>> =
        nodes.iter().filter_map(|n| Some((n.get("@id")?.as_str()?, *n))).collect();
    let resolve = |v: &'_ Value| -> Option<Value> {
        match v.as_object().and_then(|o| o.get("@id")).and_then(Value::as_str) {
            Some(id) if v.as_object().is_some_and(|o| !o.contains_key("name")) => {
                by_id.get(id).map(|n| Value::Object((*n).clone()))
            }
            _ => None,
        }
    };

    let mut facts = LdFacts::default();
    let rank = |n: &serde_json::Map<String, Value>| -> u8 {
        let types = types_of(n);
        if types.iter().any(|t| is_article_type(t)) {
            3
        } else if types.iter().any(|t| OTHER_MAIN_TYPES.contains(&t.as_str())) {
            2
        } else if types.iter().any(|t| PAGE_TYPES.contains(&t.as_str())) {
            1
        } else {
            0
        }
    };
    // The first node of the best rank is the main entity.
    let main = (1..=3).rev().find_map(|r| nodes.iter().find(|n| rank(n) == r)).copied();
    if let Some(main) = main {
        facts.is_article = rank(main) == 3;
        facts.is_product = types_of(main).iter().any(|t| t == "product");
        facts.headline = string_field(main, "headline").or_else(|| string_field(main, "name"));
        facts.published = string_field(main, "datePublished").or_else(|| string_field(main, "uploadDate"));
        facts.created = string_field(main, "dateCreated");
        facts.modified = string_field(main, "dateModified");
        facts.authors = main.get("author").or_else(|| main.get("creator")).and_then(|a| author_names(a, &resolve));
        facts.publisher = main.get("publisher").and_then(|p| entity_name(p, &resolve));
        facts.language = string_field(main, "inLanguage");
        if facts.is_article {
            facts.article_body = main.get("articleBody").and_then(Value::as_str).map(str::to_owned);
        }
    }
    // A page entity often carries the dates and author when the article entity does not.
    for node in nodes.iter().filter(|n| rank(n) >= 1) {
        facts.published = facts.published.take().or_else(|| string_field(node, "datePublished"));
        facts.created = facts.created.take().or_else(|| string_field(node, "dateCreated"));
        facts.modified = facts.modified.take().or_else(|| string_field(node, "dateModified"));
        if facts.authors.is_none() {
            facts.authors = node.get("author").and_then(|a| author_names(a, &resolve));
        }
        if facts.publisher.is_none() {
            facts.publisher = node.get("publisher").and_then(|p| entity_name(p, &resolve));
        }
    }
    facts.website =
        nodes.iter().find(|n| types_of(n).iter().any(|t| t == "website")).and_then(|n| string_field(n, "name"));
    facts
}

/// Parse a script's JSON, forgiving what pages commonly get wrong: HTML comment or CDATA
/// wrappers, raw line breaks inside strings, a trailing semicolon.
fn parse_lenient(text: &str) -> Option<Value> {
    if let Ok(value) = serde_json::from_str(text.trim()) {
        return Some(value);
    }
    let cleaned: String = text
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .replace("//<![CDATA[", "")
        .replace("//]]>", "")
        .replace("<![CDATA[", "")
        .replace("]]>", "")
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    serde_json::from_str(cleaned.trim().trim_end_matches(';')).ok()
}

/// Every object with an `@type` in `value`, in document order, nested ones included.
fn collect_nodes<'v>(value: &'v Value, depth: usize, out: &mut Vec<&'v serde_json::Map<String, Value>>) {
    if depth > MAX_DEPTH || out.len() >= MAX_NODES {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_nodes(v, depth + 1, out)),
        Value::Object(map) => {
            if map.contains_key("@type") {
                out.push(map);
            }
            for (key, v) in map {
                // Lists of other things (breadcrumbs, offers, comments) hold no main entity.
                if !matches!(
                    key.as_str(),
                    "itemListElement" | "comment" | "review" | "offers" | "breadcrumb" | "potentialAction"
                ) {
                    collect_nodes(v, depth + 1, out);
                }
            }
        }
        _ => {}
    }
}

/// The `@type`s of a node, lower case, without a schema.org prefix.
fn types_of(node: &serde_json::Map<String, Value>) -> Vec<String> {
    let clean = |t: &str| t.rsplit(['/', ':']).next().unwrap_or(t).to_ascii_lowercase();
    match node.get("@type") {
        Some(Value::String(t)) => vec![clean(t)],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).map(clean).collect(),
        _ => Vec::new(),
    }
}

fn is_article_type(t: &str) -> bool {
    t.ends_with("article") || t.ends_with("posting") || t == "report" || t == "liveblogposting"
}

/// A field as a trimmed, non-empty string (the first string of an array).
fn string_field(node: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    let value = match node.get(key)? {
        Value::Array(items) => items.iter().find_map(Value::as_str)?,
        Value::String(s) => s.as_str(),
        _ => return None,
    };
    let text = crate::metadata::html::decode_entities(value.trim());
    (!text.is_empty()).then_some(text)
}

/// The name of an entity given as a string, an object, or an `@id` reference.
fn entity_name(value: &Value, resolve: &impl Fn(&Value) -> Option<Value>) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(|v| entity_name(v, resolve)),
        Value::Object(map) => match map.get("name") {
            Some(name) => entity_name(name, resolve),
            None => {
                let given = map.get("givenName").and_then(Value::as_str);
                let family = map.get("familyName").and_then(Value::as_str);
                match (given, family) {
                    (Some(g), Some(f)) => Some(format!("{} {}", g.trim(), f.trim())),
                    _ => resolve(value)
                        .and_then(|v| v.as_object().and_then(|o| o.get("name")).and_then(|n| entity_name(n, resolve))),
                }
            }
        },
        _ => None,
    }
    .map(|s| crate::metadata::html::decode_entities(&s))
}

/// The names of the authors, cleaned and joined with `, `.
fn author_names(value: &Value, resolve: &impl Fn(&Value) -> Option<Value>) -> Option<String> {
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    join_authors(items.into_iter().filter_map(|v| entity_name(v, resolve)).filter_map(|n| clean_author(&n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ld(json: &str) -> LdFacts {
        let html =
            format!(r#"<html><head><script type="application/ld+json">{json}</script></head><body></body></html>"#);
        facts(&Html::parse_document(&html))
    }

    #[test]
    fn plain_news_article() {
        let f = ld(r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks stall in Geneva",
            "author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2016-12-06T21:28:00+05:30",
            "dateModified":"2016-12-07","publisher":{"@type":"Organization","name":"Daily Example"}}"#);
        assert_eq!(f.headline.as_deref(), Some("Talks stall in Geneva"));
        assert!(f.is_article);
        assert_eq!(f.authors.as_deref(), Some("Jane Doe"));
        assert_eq!(f.published.as_deref(), Some("2016-12-06T21:28:00+05:30"));
        assert_eq!(f.modified.as_deref(), Some("2016-12-07"));
        assert_eq!(f.publisher.as_deref(), Some("Daily Example"));
    }

    #[test]
    fn graph_with_id_references() {
        let f = ld(r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","@id":"https://ex.com/#website","name":"Example Site"},
            {"@type":"WebPage","@id":"https://ex.com/a/#webpage","name":"Talks stall - Example Site","datePublished":"2016-12-06"},
            {"@type":"Article","@id":"https://ex.com/a/#article","headline":"Talks stall",
             "author":{"@id":"https://ex.com/#/schema/person/1"},"publisher":{"@id":"https://ex.com/#org"}},
            {"@type":"Person","@id":"https://ex.com/#/schema/person/1","name":"Jane Doe"},
            {"@type":"Organization","@id":"https://ex.com/#org","name":"Example Media"}]}"#);
        assert_eq!(f.headline.as_deref(), Some("Talks stall"));
        assert_eq!(f.authors.as_deref(), Some("Jane Doe"));
        assert_eq!(f.published.as_deref(), Some("2016-12-06"));
        assert_eq!(f.publisher.as_deref(), Some("Example Media"));
        assert_eq!(f.website.as_deref(), Some("Example Site"));
    }

    #[test]
    fn author_shapes() {
        assert_eq!(ld(r#"{"@type":"BlogPosting","author":"By Jane Doe"}"#).authors.as_deref(), Some("Jane Doe"));
        assert_eq!(
            ld(r#"{"@type":"Article","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"},"Jane Doe"]}"#).authors.as_deref(),
            Some("Jane Doe, John Roe")
        );
        assert_eq!(
            ld(r#"{"@type":"Article","author":{"@type":"Person","givenName":"Jane","familyName":"Doe"}}"#)
                .authors
                .as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(ld(r#"{"@type":"Article","author":{"@type":"Person","name":"https://ex.com/jane"}}"#).authors, None);
    }

    #[test]
    fn article_wins_over_page_and_arrays_are_searched() {
        let f = ld(r#"[{"@type":"WebPage","name":"Page name"},{"@type":["NewsArticle"],"headline":"The headline"}]"#);
        assert_eq!(f.headline.as_deref(), Some("The headline"));
        let f = ld(
            r#"{"@type":"WebPage","name":"Page","mainEntity":{"@type":"BlogPosting","headline":"Nested headline"}}"#,
        );
        assert_eq!(f.headline.as_deref(), Some("Nested headline"));
    }

    #[test]
    fn lenient_parsing() {
        let f = ld("<!--\n{\"@type\":\"Article\",\"headline\":\"Line\nbreak\"};\n-->");
        assert_eq!(f.headline.as_deref(), Some("Line break"));
        let f = ld(r#"{"@type":"Article","headline":"Fish &amp; Chips"}"#);
        assert_eq!(f.headline.as_deref(), Some("Fish & Chips"));
        assert_eq!(ld("{not json"), LdFacts::default());
    }

    #[test]
    fn product_entity() {
        let f = ld(r#"{"@type":"Product","name":"Blue Kettle","offers":{"@type":"Offer","price":"20"}}"#);
        assert_eq!(f.headline.as_deref(), Some("Blue Kettle"));
        assert!(!f.is_article);
    }
}
