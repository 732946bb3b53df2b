//! The normaliser: clean paragraphs and metadata in, a storable [`NewDocument`] out.
//! The body is Unicode NFC, with whitespace collapsed inside paragraphs (preformatted text
//! keeps its lines and their indentation), control characters removed, and one blank line
//! between paragraphs; its BLAKE3 hash identifies the content, so the same text always
//! hashes the same whatever page chrome it came in.

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;

use crate::clean::shape::{lay_out_lines, word_count};
use crate::model::{CleanDocument, DecodedPage, NewDocument, RemovalCount};

/// Normalise one paragraph: NFC, no control characters, whitespace collapsed.
pub fn normalize_paragraph(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_normalized(&mut out, text);
    out
}

/// Append the normalised form of paragraph `text` to `out`. Line breaks inside it are kept
/// (the cleaner leaves them only in preformatted text: code, logs), each line with its
/// indentation; empty lines are dropped, so a blank line still only separates paragraphs.
fn push_paragraph(out: &mut String, text: &str) {
    if !text.contains('\n') {
        push_normalized(out, text);
        return;
    }
    lay_out_lines(text, out, push_normalized);
}

/// Append the normalised form of `text` to `out`, on one line.
fn push_normalized(out: &mut String, text: &str) {
    // Most paragraphs come from the cleaner already collapsed, and most text is NFC: copy
    // those whole instead of composing them character by character.
    if is_normalized(text) {
        out.push_str(text);
        return;
    }
    let start = out.len();
    let mut pending_space = false;
    for c in text.nfc() {
        if c.is_whitespace() {
            pending_space = true;
        } else if c.is_control() || is_invisible_format(c) {
            continue;
        } else {
            if pending_space && out.len() > start {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        }
    }
}

/// Whether `text` is its own normal form: NFC, words separated by single spaces and no
/// other whitespace, no control or invisible characters.
fn is_normalized(text: &str) -> bool {
    if text.starts_with(' ') || text.ends_with(' ') {
        return false;
    }
    let mut after_space = false;
    let mut ascii = true;
    for &b in text.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            // Controls (tab and line breaks among them) and DEL.
            0x00..=0x1F | 0x7F => return false,
            0x80.. => {
                ascii = false;
                after_space = false;
            }
            _ => after_space = false,
        }
    }
    ascii
        || (text.chars().all(|c| c.is_ascii() || !(c.is_whitespace() || c.is_control() || is_invisible_format(c)))
            && unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes)
}

/// Zero-width and direction marks that carry no text (U+200B, U+FEFF, ...); joiners used
/// by scripts (ZWJ, ZWNJ) are kept.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Normalise a metadata value the same way as a paragraph; empty becomes `None`.
pub fn normalize_field(value: Option<String>) -> Option<String> {
    value.map(|v| normalize_paragraph(&v)).filter(|v| !v.is_empty())
}

/// The body: normalised paragraphs, empty ones dropped, one blank line between them.
pub fn normalize_body(paragraphs: &[String]) -> String {
    let mut body = String::with_capacity(paragraphs.iter().map(|p| p.len() + 2).sum());
    for p in paragraphs {
        let before = body.len();
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let text_start = body.len();
        push_paragraph(&mut body, p);
        if body.len() == text_start {
            body.truncate(before);
        }
    }
    body
}

/// BLAKE3 of the body, lower-case hex.
pub fn content_hash(body: &str) -> String {
    blake3::hash(body.as_bytes()).to_hex().to_string()
}

/// The identity under which versions of a document are kept: its URL as [`url_key`] spells
/// it when known, else its source.
pub fn source_key(url: Option<&str>, source: &str) -> String {
    match url {
        Some(u) => format!("url:{}", url_key(u)),
        None => format!("source:{source}"),
    }
}

/// A page URL less what does not change which page it is: the `#fragment`, the spelling of
/// the scheme and host (case, an internationalised name, the default port) and the
/// parameters that only tell analytics where a click came from (`utm_source`, `fbclid`, see
/// [`TRACKING_PARAMETERS`]). Feeds and newsletters add those to the same article that a
/// sitemap lists bare; without this, each would be a document of its own. The path and the
/// other parameters are kept byte for byte, as the server may tell them apart.
pub fn url_key(url: &str) -> String {
    let url = url.trim();
    let without_fragment = url.split('#').next().unwrap_or(url);
    let Some((_, after_scheme)) = without_fragment.split_once("://") else {
        return without_fragment.to_owned();
    };
    let authority_end = after_scheme.find(['/', '?']).unwrap_or(after_scheme.len());
    // Spellings where the host does not end where a `/` or `?` first stands (`https:///x`,
    // `https://x.org\a`, which a browser reads as `/a`) are left as written.
    if authority_end == 0 || after_scheme[..authority_end].contains('\\') {
        return without_fragment.to_owned();
    }
    let rest = &after_scheme[authority_end..];
    let origin = match url::Url::parse(without_fragment) {
        Ok(parsed)
            if matches!(parsed.scheme(), "http" | "https")
                && parsed.username().is_empty()
                && parsed.password().is_none() =>
        {
            match (parsed.host_str(), parsed.port()) {
                (Some(host), Some(port)) => format!("{}://{host}:{port}", parsed.scheme()),
                (Some(host), None) => format!("{}://{host}", parsed.scheme()),
                (None, _) => return without_fragment.to_owned(),
            }
        }
        _ => return without_fragment.to_owned(),
    };
    let (path, query) = match rest.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (rest, None),
    };
    let kept: Vec<&str> = query
        .map(|q| q.split('&').filter(|pair| !pair.is_empty() && !is_tracking_parameter(pair)).collect())
        .unwrap_or_default();
    if kept.is_empty() { format!("{origin}{path}") } else { format!("{origin}{path}?{}", kept.join("&")) }
}

/// Whether a `name=value` pair of a query only tracks where a visit came from.
fn is_tracking_parameter(pair: &str) -> bool {
    let name = pair.split('=').next().unwrap_or(pair).to_ascii_lowercase();
    name.starts_with("utm_") || TRACKING_PARAMETERS.contains(&name.as_str())
}

/// Click identifiers of ad and social networks and the tags of mailing services: they name
/// the visit, never the page. (`utm_*` parameters are matched by their prefix.)
const TRACKING_PARAMETERS: &[&str] = &[
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "twclid",
    "ttclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
    "_openstat",
];

/// The source key of a stored document: [`source_key`], except that a page read from
/// standard input or another pipe without a URL is also told apart by its content. A pipe
/// has no name that says which page it is (`-`, `-#L3`, the `/dev/fd/63` of a shell's
/// `<(command)`), so every page piped in would otherwise be a version of the one piped in
/// before, and hide it from `latest_documents` and search.
pub fn document_key(url: Option<&str>, source: &str, content_hash: &str) -> String {
    let piped = PIPE_SOURCES.iter().any(|pipe| {
        source.strip_prefix(pipe).is_some_and(|rest| {
            let rest = rest.trim_start_matches(|c: char| pipe.ends_with('/') && c.is_ascii_digit());
            rest.is_empty() || rest.starts_with(['#', '@'])
        })
    });
    if url.is_none() && piped { format!("source:{source} {content_hash}") } else { source_key(url, source) }
}

/// How pipes are named in `source`: standard input, and the paths a shell gives a process
/// substitution (`/dev/fd/63`); JSONL lines and WARC records add `#L3`, `@1234`. A name
/// ending in `/` is followed by a descriptor number.
const PIPE_SOURCES: &[&str] = &["-", "/dev/stdin", "/dev/fd/", "/proc/self/fd/"];

/// The host of a URL, lower case, without `www.`.
pub fn host_of(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let host = parsed.host_str()?.to_ascii_lowercase();
    Some(host.strip_prefix("www.").map(str::to_owned).unwrap_or(host))
}

/// Count removals per rule.
pub fn removal_counts(doc: &CleanDocument) -> Vec<RemovalCount> {
    let mut per_rule: BTreeMap<&'static str, RemovalCount> = BTreeMap::new();
    for r in &doc.removed {
        let entry = per_rule.entry(r.rule.as_str()).or_insert(RemovalCount { rule: r.rule, blocks: 0, chars: 0 });
        entry.blocks += 1;
        entry.chars += r.chars;
    }
    per_rule.into_values().collect()
}

/// Turn a cleaned page into a document ready to store.
pub fn normalize(page: &DecodedPage, doc: &CleanDocument) -> NewDocument {
    let body = normalize_body(&doc.paragraphs);
    // A blank URL (`"url": ""` in a JSONL corpus) is none: else every such page would be a
    // version of one document keyed `url:`.
    let url = page.url.as_deref().map(str::trim).filter(|u| !u.is_empty()).map(str::to_owned);
    let canonical_url = normalize_field(doc.meta.canonical_url.clone());
    let host = url.as_deref().or(canonical_url.as_deref()).and_then(host_of);
    let content_hash = content_hash(&body);
    NewDocument {
        source_key: document_key(url.as_deref(), &page.source, &content_hash),
        source: page.source.clone(),
        source_kind: page.source_kind,
        input_kind: page.kind,
        url,
        canonical_url,
        title: normalize_field(doc.meta.title.clone()),
        author: normalize_field(doc.meta.author.clone()),
        published: normalize_field(doc.meta.published.clone()),
        // A text dump names its site in its title line at best; with a URL, its host will do,
        // as for an HTML page.
        site: normalize_field(doc.meta.site.clone()).or_else(|| host.clone()),
        host,
        language: normalize_field(doc.meta.language.clone()),
        word_count: word_count(&body).min(u32::MAX as usize) as u32,
        content_hash,
        body,
        encoding: page.encoding,
        encoding_source: page.encoding_source,
        replaced_bytes: page.replaced_bytes,
        fetched_at: page.fetched_at.clone(),
        removals: removal_counts(doc),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::shape::indentation;
    use crate::model::{RemovedBlock, RuleId};

    #[test]
    fn paragraphs_are_nfc_collapsed_and_free_of_controls() {
        // "e" + combining acute becomes "é"; NUL, a tab run and a zero-width space go.
        let p = normalize_paragraph("  Caf\u{65}\u{301}\0 \t  au\u{200B} lait \u{7}");
        assert_eq!(p, "Café au lait");
    }

    #[test]
    fn body_has_one_blank_line_between_paragraphs_and_drops_empty_ones() {
        let body = normalize_body(&["One.".into(), "  ".into(), "Two  words.".into()]);
        assert_eq!(body, "One.\n\nTwo words.");
    }

    #[test]
    fn preformatted_lines_keep_their_breaks_and_indentation_without_blank_lines() {
        let code = "fn main() {\r\n\n\tlet  x = 1;  \n    println!(\"{x}\");\n}\n";
        let body = normalize_body(&["Before.".into(), code.into(), "After.".into()]);
        assert_eq!(body, "Before.\n\nfn main() {\n    let x = 1;\n    println!(\"{x}\");\n}\n\nAfter.");
    }

    #[test]
    fn equal_text_hashes_equal_whatever_the_spacing() {
        let a = normalize_body(&["A  b.".into(), "C".into()]);
        let b = normalize_body(&["A b. ", "", "C"].map(String::from));
        assert_eq!(content_hash(&a), content_hash(&b));
        assert_ne!(content_hash(&a), content_hash("A b."));
    }

    /// The definition the fast path must agree with.
    fn normalize_by_chars(text: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in text.nfc() {
            if c.is_whitespace() {
                pending_space = true;
            } else if c.is_control() || is_invisible_format(c) {
                continue;
            } else {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn fast_paths_agree_with_the_definition(
            paragraphs in proptest::collection::vec(
                proptest::string::string_regex("([a-z .]|[\\t\\n\\x00\\x7F\\u{85}\\u{A0}\\u{200B}\\u{AD}]|[éeß東]|\\u{301}|\\u{327}){0,24}")
                    .unwrap_or_else(|e| panic!("{e}")),
                0..4,
            )
        ) {
            for p in &paragraphs {
                proptest::prop_assert_eq!(normalize_paragraph(p), normalize_by_chars(p));
            }
            // A paragraph's lines are normalised one by one, each after its indentation.
            let by_lines = |p: &str| -> String {
                let lines: Vec<String> = p
                    .lines()
                    .filter_map(|line| {
                        let (indent, rest) = indentation(line);
                        let text = normalize_by_chars(rest);
                        (!text.is_empty()).then(|| format!("{}{text}", " ".repeat(indent)))
                    })
                    .collect();
                lines.join("\n")
            };
            let expected: Vec<String> = paragraphs
                .iter()
                .map(|p| if p.contains('\n') { by_lines(p) } else { normalize_by_chars(p) })
                .filter(|p| !p.is_empty())
                .collect();
            proptest::prop_assert_eq!(normalize_body(&paragraphs), expected.join("\n\n"));
        }
    }

    #[test]
    fn normal_text_is_copied_and_the_rest_normalised() {
        assert_eq!(normalize_paragraph("Déjà vu, 東京."), "Déjà vu, 東京.");
        assert_eq!(normalize_paragraph("De\u{301}ja\u{300} vu"), "Déjà vu");
        assert_eq!(normalize_paragraph("a  b\u{A0}c\u{AD}"), "a b c");
    }

    #[test]
    fn source_keys_and_hosts() {
        assert_eq!(source_key(Some("https://x.org/a#top"), "f.warc@3"), "url:https://x.org/a");
        assert_eq!(source_key(None, "/data/a.txt"), "source:/data/a.txt");
        assert_eq!(host_of("https://WWW.Example.com/x").as_deref(), Some("example.com"));
        // Standard input without a URL: told apart by content; with a URL, or from a file
        // whose name starts with `-`, by URL or name as usual.
        assert_eq!(document_key(None, "-", "ab12"), "source:- ab12");
        assert_eq!(document_key(None, "-#L3", "ab12"), "source:-#L3 ab12");
        assert_eq!(document_key(Some("https://x.org/a"), "-@40", "ab12"), "url:https://x.org/a");
        assert_eq!(document_key(None, "-notes.txt", "ab12"), "source:-notes.txt");
        // A shell's process substitution names a pipe, not a page.
        assert_eq!(document_key(None, "/dev/fd/63", "ab12"), "source:/dev/fd/63 ab12");
        assert_eq!(document_key(None, "/proc/self/fd/12#L2", "ab12"), "source:/proc/self/fd/12#L2 ab12");
        assert_eq!(document_key(None, "/dev/fdx/1", "ab12"), "source:/dev/fdx/1");
        assert_eq!(document_key(None, "/data/a.txt", "ab12"), "source:/data/a.txt");
        assert_eq!(host_of("not a url"), None);
    }

    #[test]
    fn url_keys_drop_what_does_not_name_the_page() {
        assert_eq!(url_key("https://x.org/a?utm_source=rss&utm_medium=feed"), "https://x.org/a");
        assert_eq!(url_key("https://x.org/a?id=3&fbclid=Ab_c&UTM_Campaign=x#comments"), "https://x.org/a?id=3");
        assert_eq!(url_key("HTTPS://News.Example.ORG:443/Story"), "https://news.example.org/Story");
        assert_eq!(url_key("http://bücher.example/ä"), "http://xn--bcher-kva.example/ä");
        assert_eq!(url_key("http://x.org:8080?q=1"), "http://x.org:8080?q=1");
        // Near misses: other parameters, their order and the path's spelling are the page's.
        assert_eq!(url_key("https://x.org/A/./b?b=2&a=1&utm=3"), "https://x.org/A/./b?b=2&a=1&utm=3");
        assert_eq!(url_key("https://x.org/a?ref=home"), "https://x.org/a?ref=home");
        // Not a web address, or one with credentials: left as it is, less its fragment.
        assert_eq!(url_key("urn:isbn:0451450523#x"), "urn:isbn:0451450523");
        assert_eq!(url_key("https://x.org\\a\\b?utm_source=1"), "https://x.org\\a\\b?utm_source=1");
        assert_eq!(url_key("https:///x.org/a"), "https:///x.org/a");
        assert_eq!(url_key("https://x.org/s?q=a\\b&utm_source=rss"), "https://x.org/s?q=a\\b");
        assert_eq!(url_key("https://me:pw@x.org/a?utm_source=y"), "https://me:pw@x.org/a?utm_source=y");
        assert_eq!(source_key(Some("https://x.org/a?utm_source=rss"), "f"), source_key(Some("https://x.org/a"), "f"));
    }

    #[test]
    fn a_blank_url_is_no_url() {
        let page = |url: &str| DecodedPage {
            source: "corpus.jsonl#L4".into(),
            source_kind: crate::model::SourceKind::Jsonl,
            url: Some(url.into()),
            kind: crate::model::InputKind::Text,
            fetched_at: None,
            hints: crate::model::PageHints::default(),
            text: "Body.".into(),
            encoding: "UTF-8",
            encoding_source: crate::model::EncodingSource::Container,
            replaced_bytes: 0,
        };
        let clean = CleanDocument { paragraphs: vec!["Body.".into()], ..CleanDocument::default() };
        let doc = normalize(&page("  "), &clean);
        assert_eq!((doc.url, doc.source_key.as_str()), (None, "source:corpus.jsonl#L4"));
        // Near miss: a URL with spaces around it is that URL.
        let doc = normalize(&page(" https://a.example/x "), &clean);
        assert_eq!(doc.source_key, "url:https://a.example/x");
    }

    #[test]
    fn removals_are_counted_per_rule() {
        let doc = CleanDocument {
            removed: vec![
                RemovedBlock { rule: RuleId("a"), chars: 3, text: String::new() },
                RemovedBlock { rule: RuleId("b"), chars: 5, text: String::new() },
                RemovedBlock { rule: RuleId("a"), chars: 4, text: String::new() },
            ],
            ..CleanDocument::default()
        };
        let counts = removal_counts(&doc);
        assert_eq!(counts.len(), 2);
        assert_eq!((counts[0].rule, counts[0].blocks, counts[0].chars), (RuleId("a"), 2, 7));
    }
}
