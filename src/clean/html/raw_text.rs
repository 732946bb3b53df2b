//! A streaming pre-pass that finds the bodies of `<script>`, `<style>` and `<svg>` elements,
//! and the attributes no part of rinse reads ([`is_unread_attribute`]: `data-*`, `srcset`,
//! event handlers), so that the parser is never fed them.
//!
//! On a modern page these bodies are often half the bytes, and html5ever tokenizes them
//! character by character only for the cleaner to skip them as invisible. The pre-pass is a
//! byte scan (memchr for `<`) that follows the tokenizer's states where they matter (tags
//! and their quoted attributes, comments, raw text, the escapes of old
//! `<script><!-- document.write("<script>…</script>") //--></script>`, foreign content), keeps
//! each element's start and end tags and leaves out what lies between, so the tree has the
//! same elements, just empty. JSON-LD scripts are kept whole: the metadata reader needs them.
//!
//! It only has to be right in one direction. Leaving a body in is always safe (the parser
//! reads it as before), so wherever the scan cannot be sure of the parser's state it stops
//! skipping for the rest of the page: at `<plaintext>`, at an element without
//! an end tag, at HTML inside SVG or MathML (which ends foreign content early, or is read
//! by HTML's rules inside an integration point). Elements whose content the parser reads as
//! raw text of their own (`<textarea>`, `<title>`, `<noscript>`, …) are stepped over
//! unchanged. A page with a frameset is fed whole. The equivalence is a property test in
//! `parse.rs`: html5ever builds the same tree outside the bodies left out, with the same
//! attributes but the unread ones, whatever the markup.
//!
//! Attributes are more than half of what the parser is fed on the bench pages, and `data-*`
//! (script state, tracking, lazy-loading) and `srcset` alone a sixth: the tokenizer copies them
//! character by character into values nothing asks for.

use std::ops::Range;

use memchr::{memchr, memmem};

use crate::clean::html::parse::MAX_PARSE_DEPTH;

/// Elements whose content is raw text to the tokenizer, up to their end tag: stepped over
/// unchanged. `<noscript>` is one with scripting on, as scraper parses, and its markup is
/// read again later (`Segmenter::walk_noscript`).
const OPAQUE: &[&[u8]] = &[b"textarea", b"title", b"xmp", b"iframe", b"noembed", b"noframes", b"noscript"];
/// Start tags that end foreign content ("breakouts" in the HTML standard's tree
/// construction): after one, an SVG's end tag no longer closes what it seems to.
const BREAKOUTS: &[&[u8]] = &[
    b"b",
    b"big",
    b"blockquote",
    b"body",
    b"br",
    b"center",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"embed",
    b"font",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"hr",
    b"i",
    b"img",
    b"li",
    b"listing",
    b"menu",
    b"meta",
    b"nobr",
    b"ol",
    b"p",
    b"pre",
    b"ruby",
    b"s",
    b"small",
    b"span",
    b"strong",
    b"strike",
    b"sub",
    b"sup",
    b"table",
    b"tt",
    b"u",
    b"ul",
    b"var",
];

/// The parts of `html` to feed the parser, in order: everything but the bodies of script,
/// style and SVG elements. Each range starts and ends on an ASCII byte, so on a character
/// boundary.
pub fn parsed_spans(html: &str) -> Vec<Range<usize>> {
    let bytes = html.as_bytes();
    let mut spans = Vec::new();
    let mut span_start = 0;
    let mut skip = |spans: &mut Vec<Range<usize>>, body: Range<usize>| {
        if body.end > body.start {
            spans.push(span_start..body.start);
            span_start = body.end;
        }
    };
    let mut at = 0;
    let mut unread = Vec::new();
    while let Some(next) = next_markup(bytes, at, &mut unread) {
        let (open, name, tag_end, self_closing) = match next {
            Markup::StartTag { open, name, end, self_closing } => {
                for attribute in unread.drain(..) {
                    skip(&mut spans, attribute);
                }
                (open, name, end, self_closing)
            }
            Markup::EndTag { end, .. } => {
                for attribute in unread.drain(..) {
                    skip(&mut spans, attribute);
                }
                at = end;
                continue;
            }
            Markup::Other { end } => {
                at = end;
                continue;
            }
            Markup::Unfinished => break,
        };
        let lower = |n: &[u8]| name.eq_ignore_ascii_case(n);
        if lower(b"script") {
            let Some(close) = script_end(bytes, tag_end) else { break };
            if !contains_ignore_case(&bytes[open..tag_end], b"ld+json") {
                skip(&mut spans, tag_end..close);
            }
            at = close;
        } else if lower(b"style") {
            let Some(close) = end_tag(bytes, tag_end, b"style") else { break };
            skip(&mut spans, tag_end..close);
            at = close;
        } else if lower(b"svg") || lower(b"math") {
            if self_closing {
                at = tag_end;
                continue;
            }
            let Some(close) = foreign_end(bytes, tag_end, name) else { break };
            if lower(b"svg") {
                skip(&mut spans, tag_end..close);
            }
            at = close;
        } else if let Some(opaque) = OPAQUE.iter().find(|n| lower(n)) {
            let Some(close) = end_tag(bytes, tag_end, opaque) else { break };
            at = close;
        } else if lower(b"frameset") {
            // A frameset replaces the body only while the body has no text, and text inside
            // an SVG counts: on such a page nothing is left out, not even what came before.
            return std::iter::once(0..bytes.len()).collect();
        } else if lower(b"plaintext") {
            // Everything after is text.
            break;
        } else {
            at = tag_end;
        }
    }
    spans.push(span_start..bytes.len());
    spans
}

/// What starts at a `<`, as the tokenizer reads it in its data state.
enum Markup<'a> {
    StartTag {
        open: usize,
        name: &'a [u8],
        end: usize,
        self_closing: bool,
    },
    EndTag {
        name: &'a [u8],
        end: usize,
    },
    /// A comment, doctype or a `<` that is text: scanning goes on at `end`.
    Other {
        end: usize,
    },
    /// Markup that runs to the end of the input.
    Unfinished,
}

/// The next markup at or after `from`, or `None` when no `<` is left. The unread
/// attributes of a start tag ([`is_unread_attribute`]) are put in `unread`, emptied first.
fn next_markup<'a>(bytes: &'a [u8], from: usize, unread: &mut Vec<Range<usize>>) -> Option<Markup<'a>> {
    unread.clear();
    let open = from + memchr(b'<', bytes.get(from..)?)?;
    let rest = &bytes[open + 1..];
    let markup = if rest.starts_with(b"!--") {
        comment_end(bytes, open + 4).map_or(Markup::Unfinished, |end| Markup::Other { end })
    } else if rest.first().is_some_and(|b| *b == b'!' || *b == b'?') {
        // A doctype or a bogus comment: up to the first `>`.
        up_to_gt(bytes, open + 2)
    } else if rest.first() == Some(&b'/') {
        match rest.get(1) {
            Some(b) if b.is_ascii_alphabetic() => {
                let name = tag_name(&rest[1..]);
                // An end tag's attributes are dropped by the tokenizer, but only after the
                // same search for duplicates: those past the limit are left out as well.
                tag_end(bytes, open + 2 + name.len(), unread)
                    .map_or(Markup::Unfinished, |(end, _)| Markup::EndTag { name, end })
            }
            Some(b'>') => Markup::Other { end: open + 3 },
            Some(_) => up_to_gt(bytes, open + 2),
            None => Markup::Unfinished,
        }
    } else if rest.first().is_some_and(u8::is_ascii_alphabetic) {
        let name = tag_name(rest);
        tag_end(bytes, open + 1 + name.len(), unread)
            .map_or(Markup::Unfinished, |(end, self_closing)| Markup::StartTag { open, name, end, self_closing })
    } else {
        Markup::Other { end: open + 1 }
    };
    Some(markup)
}

fn up_to_gt(bytes: &[u8], from: usize) -> Markup<'_> {
    match bytes.get(from..).and_then(|rest| memchr(b'>', rest)) {
        Some(at) => Markup::Other { end: from + at + 1 },
        None => Markup::Unfinished,
    }
}

/// The tag name at the start of `rest`: everything up to whitespace, `/` or `>`.
fn tag_name(rest: &[u8]) -> &[u8] {
    let len = rest.iter().position(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>').unwrap_or(rest.len());
    &rest[..len]
}

/// Where a tag ends (just past its `>`), from just after its name, and whether it closes
/// itself (`<svg/>`), following the tokenizer's attribute states: a quote opens a value only
/// where a value may start, a quoted value may hold `>`, and `<svg a=b/>` has the value
/// `b/`. Each unread attribute ([`is_unread_attribute`]), from its name to the end of its
/// value, is pushed to `unread`.
fn tag_end(bytes: &[u8], from: usize, unread: &mut Vec<Range<usize>>) -> Option<(usize, bool)> {
    enum State {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Unquoted,
    }
    let mut state = State::BeforeName;
    let mut slash = false;
    let mut at = from;
    // Where the current attribute's name starts and ends.
    let mut name_start = from;
    let mut name_end = from;
    // Attributes fed so far: past [`MAX_FED_ATTRIBUTES`] the rest are left out too.
    let mut fed = 0usize;
    let mut attribute_ends = |start: usize, name_end: usize, end: usize| {
        if is_unread_attribute(&bytes[start..name_end]) || fed >= MAX_FED_ATTRIBUTES {
            unread.push(start..end);
        } else {
            fed += 1;
        }
    };
    loop {
        let b = *bytes.get(at)?;
        let space = b.is_ascii_whitespace();
        if b == b'>' {
            // Ends the tag in every state but inside a quoted value, skipped below.
            match state {
                State::Name => attribute_ends(name_start, at, at),
                State::AfterName => attribute_ends(name_start, name_end, name_end),
                State::BeforeValue | State::Unquoted => attribute_ends(name_start, name_end, at),
                State::BeforeName => {}
            }
            let self_closing = slash && matches!(state, State::BeforeName);
            return Some((at + 1, self_closing));
        }
        slash = false;
        state = match state {
            State::BeforeName | State::AfterName if b == b'/' => {
                if matches!(state, State::AfterName) {
                    attribute_ends(name_start, name_end, name_end);
                }
                slash = true;
                State::BeforeName
            }
            State::BeforeName if space => State::BeforeName,
            State::BeforeName => {
                name_start = at;
                State::Name
            }
            State::Name if space => {
                name_end = at;
                State::AfterName
            }
            State::Name if b == b'/' => {
                attribute_ends(name_start, at, at);
                slash = true;
                State::BeforeName
            }
            State::Name if b == b'=' => {
                name_end = at;
                State::BeforeValue
            }
            State::AfterName if b == b'=' => State::BeforeValue,
            State::Name => State::Name,
            State::AfterName if space => State::AfterName,
            State::AfterName => {
                attribute_ends(name_start, name_end, name_end);
                name_start = at;
                State::Name
            }
            State::BeforeValue if space => State::BeforeValue,
            State::BeforeValue if b == b'"' || b == b'\'' => {
                at += 1 + memchr(b, &bytes[at + 1..])? + 1;
                attribute_ends(name_start, name_end, at);
                // After a quoted value the next character is read as before an attribute.
                state = State::BeforeName;
                continue;
            }
            State::BeforeValue => State::Unquoted,
            State::Unquoted if space => {
                attribute_ends(name_start, name_end, at);
                State::BeforeName
            }
            State::Unquoted => State::Unquoted,
        };
        at += 1;
    }
}

/// The most attributes of one tag fed to the parser. The tokenizer looks for a duplicate of
/// each attribute among those before it, so a tag with a hundred thousand of them (a broken
/// template, a hostile page) takes it seconds; real elements have a few dozen.
const MAX_FED_ATTRIBUTES: usize = 64;

/// Attributes that no part of rinse reads, left out of what the parser is fed: `data-*`
/// (script state, tracking, lazy-loading addresses), `srcset` and `sizes` (image sources
/// by width) and event handlers (`onclick`). The cleaner reads a few named attributes
/// (`Attrs::of`), the metadata reader a few more; none of them is of these shapes.
pub(crate) fn is_unread_attribute(name: &[u8]) -> bool {
    let prefixed = |prefix: &[u8]| name.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    (prefixed(b"data-") && name.len() > b"data-".len())
        || (prefixed(b"on") && name.len() > 2 && name[2..].iter().all(u8::is_ascii_alphabetic))
        || name.eq_ignore_ascii_case(b"srcset")
        || name.eq_ignore_ascii_case(b"sizes")
}

/// Just past the end of a comment whose text starts at `from` (after `<!--`): `-->`, or
/// `--!>`; `<!-->` and `<!--->` are whole comments, as the standard has them.
fn comment_end(bytes: &[u8], from: usize) -> Option<usize> {
    let text = bytes.get(from..)?;
    if text.starts_with(b">") {
        return Some(from + 1);
    }
    if text.starts_with(b"->") {
        return Some(from + 2);
    }
    // One pass over the dashes: a search for each ending would rescan to the end of the
    // page for every comment that uses the other one.
    let dashes = memmem::Finder::new(b"--");
    let mut at = 0;
    while let Some(found) = dashes.find(&text[at..]) {
        let dash = at + found;
        match text.get(dash + 2) {
            Some(b'>') => return Some(from + dash + 3),
            Some(b'!') if text.get(dash + 3) == Some(&b'>') => return Some(from + dash + 4),
            _ => at = dash + 1,
        }
    }
    None
}

/// The position of the `<` of the first `</name` (any case) at or after `from` that is
/// followed by whitespace, `/` or `>`: where the tokenizer ends a raw-text element.
fn end_tag(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let finder = memmem::Finder::new(b"</");
    let mut at = from;
    while let Some(offset) = finder.find(&bytes[at..]) {
        let close = at + offset;
        if is_tag_named(bytes, close + 2, name) {
            return Some(close);
        }
        at = close + 2;
    }
    None
}

/// Whether `name` (any case) stands at `at`, followed by whitespace, `/` or `>`.
fn is_tag_named(bytes: &[u8], at: usize, name: &[u8]) -> bool {
    bytes.get(at..at + name.len()).is_some_and(|c| c.eq_ignore_ascii_case(name))
        && bytes.get(at + name.len()).is_some_and(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>')
}

/// The end of a script's body. Usually the first `</script>`; but after a `<!--` the
/// tokenizer's escape states apply, and inside `<!-- … <script> … -->` a `</script>` (from a
/// `document.write`) does not end the element.
fn script_end(bytes: &[u8], from: usize) -> Option<usize> {
    let first = end_tag(bytes, from, b"script")?;
    if memmem::find(&bytes[from..first], b"<!--").is_none() {
        return Some(first);
    }
    #[derive(PartialEq)]
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let mut state = State::Data;
    let mut at = from;
    while at < bytes.len() {
        let rest = &bytes[at..];
        match state {
            State::Data if rest.starts_with(b"<!--") => {
                state = State::Escaped;
                // The dashes of `<!--` may also close it (`<!-->`).
                at += 2;
                continue;
            }
            State::Data if rest.starts_with(b"</") && is_tag_named(bytes, at + 2, b"script") => return Some(at),
            State::Escaped | State::DoubleEscaped if rest.starts_with(b"-->") => {
                state = State::Data;
                at += 3;
                continue;
            }
            State::Escaped if rest.starts_with(b"</") && is_tag_named(bytes, at + 2, b"script") => return Some(at),
            State::Escaped if rest.starts_with(b"<") && is_tag_named(bytes, at + 1, b"script") => {
                state = State::DoubleEscaped;
            }
            State::DoubleEscaped if rest.starts_with(b"</") && is_tag_named(bytes, at + 2, b"script") => {
                state = State::Escaped;
            }
            _ => {}
        }
        at += 1;
    }
    None
}

/// Elements of SVG and MathML whose content is parsed as HTML (the standard's "HTML
/// integration points" and "MathML text integration points").
const INTEGRATION_POINTS: &[&[u8]] =
    &[b"foreignobject", b"desc", b"title", b"mi", b"mo", b"mn", b"ms", b"mtext", b"annotation-xml"];
/// The position of the end tag that closes a `<svg>` or `<math>` whose content starts at
/// `from`, counting nested ones and stepping over comments, CDATA sections and quoted
/// attributes; `None` when HTML inside ends the foreign content early, when an element
/// stands inside an integration point, or when nothing closes it.
fn foreign_end(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    // The open elements inside, outermost first, as the tree builder keeps them: an end tag
    // closes the nearest of its name and everything opened after it.
    let mut open_elements: Vec<&[u8]> = vec![name];
    // How many of them are integration points: counted, not searched for on every tag.
    let mut integration_points = 0usize;
    // Attributes inside foreign content are fed as they are.
    let mut unread = Vec::new();
    let mut at = from;
    loop {
        let open = at + memchr(b'<', &bytes[at..])?;
        let rest = &bytes[open + 1..];
        if rest.starts_with(b"![CDATA[") {
            at = open + 9 + memmem::find(&rest[8..], b"]]>")? + 3;
            continue;
        }
        let is_any = |tag: &[u8], names: &[&[u8]]| names.iter().any(|n| tag.eq_ignore_ascii_case(n));
        match next_markup(bytes, open, &mut unread)? {
            Markup::StartTag { name: tag, end, self_closing, .. } => {
                // Inside an integration point every element is HTML, with HTML's rules for
                // what it closes and what is raw text: the scan stops following.
                if is_any(tag, BREAKOUTS) || integration_points > 0 || open_elements.len() >= MAX_PARSE_DEPTH {
                    return None;
                }
                if !self_closing {
                    open_elements.push(tag);
                    integration_points += usize::from(is_any(tag, INTEGRATION_POINTS));
                }
                at = end;
            }
            Markup::EndTag { name: tag, end } => {
                if is_any(tag, &[b"p", b"br"]) {
                    return None;
                }
                // An end tag that closes nothing inside goes on to the HTML around.
                let nearest = open_elements.iter().rposition(|e| e.eq_ignore_ascii_case(tag))?;
                if nearest == 0 {
                    return Some(open);
                }
                integration_points -= open_elements[nearest..].iter().filter(|e| is_any(e, INTEGRATION_POINTS)).count();
                open_elements.truncate(nearest);
                at = end;
            }
            Markup::Other { end } => at = end,
            Markup::Unfinished => return None,
        }
    }
}

fn contains_ignore_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fed(html: &str) -> String {
        parsed_spans(html).into_iter().map(|span| &html[span]).collect()
    }

    #[test]
    fn script_style_and_svg_bodies_are_left_out() {
        let html = r#"<head><style>p { color: red }</style><script src="a.js">var a = "<p>x</p>";</script></head>
<body><p>Body</p><svg viewBox="0 0 1 1"><path d="M0"/><title>icon</title></svg><SCRIPT>go()</SCRIPT></body>"#;
        assert_eq!(
            fed(html),
            r#"<head><style></style><script src="a.js"></script></head>
<body><p>Body</p><svg viewBox="0 0 1 1"></svg><SCRIPT></SCRIPT></body>"#
        );
    }

    #[test]
    fn json_ld_is_kept_whole() {
        let html = r#"<script type="application/ld+json">{"headline": "A"}</script><p>x</p><script>y()</script>"#;
        assert_eq!(
            fed(html),
            r#"<script type="application/ld+json">{"headline": "A"}</script><p>x</p><script></script>"#
        );
    }

    #[test]
    fn raw_text_elements_comments_and_attributes_are_stepped_over_unchanged() {
        for html in [
            "<textarea><script>not code</script></textarea><p>x</p>",
            "<title>a <style> b</title><p>x</p>",
            "<noscript><style>.a{}</style><p>Text for readers without scripts</p></noscript>",
            "<!-- <script> --><p>Visible</p><!-- </script> -->",
            "<![CDATA[<script src=x/><</script>",
            r#"<div title="<script>">Visible</div></script>"#,
            "</div class='<style>'><p>Visible</p></style>",
        ] {
            assert_eq!(fed(html), html);
        }
        assert_eq!(fed("<!--><script>x</script>"), "<!--><script></script>");
    }

    #[test]
    fn a_select_holds_markup_as_the_body_does() {
        let html = "<select><style>/*<script>*/</style><option>Visible</option></select><p>More</p><script>x</script>";
        assert_eq!(fed(html), "<select><style></style><option>Visible</option></select><p>More</p><script></script>");
    }

    #[test]
    fn comments_end_at_either_closing() {
        assert_eq!(fed("<!-- a --!><script>x</script><!-- b -->"), "<!-- a --!><script></script><!-- b -->");
        assert_eq!(fed("<!-- a -- b --><style>x</style>"), "<!-- a -- b --><style></style>");
    }

    #[test]
    fn a_page_with_a_frameset_is_fed_whole() {
        let html = "<svg><title>Logo</title></svg><frameset><frame src=a></frameset>";
        assert_eq!(fed(html), html);
    }

    #[test]
    fn a_script_written_by_an_old_document_write_ends_where_the_parser_ends_it() {
        let html = "<script><!--\ndocument.write('<script src=\"x.js\"></script>');\n//--></script><p>Body</p>";
        assert_eq!(fed(html), "<script></script><p>Body</p>");
    }

    #[test]
    fn a_quoted_greater_than_does_not_end_the_start_tag() {
        let html = r#"<script title="a>b">code()</script><p>x</p>"#;
        assert_eq!(fed(html), r#"<script title="a>b"></script><p>x</p>"#);
    }

    #[test]
    fn nested_svg_is_left_out_whole_and_html_inside_svg_stops_the_pass() {
        assert_eq!(fed("<svg><svg><path/></svg><g/></svg><p>x</p>"), "<svg></svg><p>x</p>");
        for html in ["<svg><p>Shown: a p ends the SVG</p></svg><script>a</script>", "<math><mi>x</mi><p>y</p></math>"] {
            assert_eq!(fed(html), html);
        }
    }

    #[test]
    fn elements_without_an_end_tag_are_left_to_the_parser() {
        for html in ["<p>x</p><script>never closed", "<p>x</p><svg><path/>", "<p>x</p><plaintext><script>a</script>"] {
            assert_eq!(fed(html), html);
        }
    }

    #[test]
    fn lookalike_names_and_self_closed_svg_are_not_skipped() {
        for html in ["<scripts>a</scripts><p>x</p></script>", "<svg/><p>Body text</p></svg>", "<script\"x>a</script>"] {
            assert_eq!(fed(html), html);
        }
        assert_eq!(fed("<p>x</p><script>a</scripted>b</script>"), "<p>x</p><script></script>");
    }

    #[test]
    fn attributes_past_the_limit_are_left_out() {
        let many: String = (0..MAX_FED_ATTRIBUTES + 3).map(|i| format!(" a{i}=\"{i}\"")).collect();
        let fed_page = fed(&format!("<p data-x=1{many}>Text</p{many}>"));
        let last = MAX_FED_ATTRIBUTES - 1;
        assert!(fed_page.contains(&format!(" a{last}=\"{last}\"")), "{fed_page}");
        assert!(!fed_page.contains(&format!(" a{MAX_FED_ATTRIBUTES}=")), "{fed_page}");
        assert!(!fed_page.contains("data-x"));
        // The end tag's (dropped by the tokenizer anyway) are cut at the same count.
        assert_eq!(fed_page.matches(&format!(" a{last}=")).count(), 2);
        assert!(fed_page.contains(">Text</p"));
    }

    #[test]
    fn unread_attributes_are_left_out_and_read_ones_kept() {
        let html = r#"<div data-state='{"a":1}' class="story" onclick="go()"><img srcset="a.jpg 1x, b.jpg 2x" sizes=50vw src=a.jpg alt="A"></div>"#;
        assert_eq!(fed(html), r#"<div  class="story" ><img   src=a.jpg alt="A"></div>"#);
        // Every way an attribute ends: a quoted value, an unquoted one, a bare name, `/`, `>`.
        assert_eq!(fed(r#"<p data-a="1"id=x data-b=2 data-c data-d/>"#), "<p id=x   />");
        assert_eq!(fed("<p data-a = 'x>y' role=main>"), "<p  role=main>");
        assert_eq!(fed("<p data-a=>"), "<p >");
    }

    #[test]
    fn attributes_read_by_rinse_and_lookalikes_are_kept() {
        for html in [
            r#"<meta property="og:title" content="T"><a href="/x" rel="author" hidden>a</a>"#,
            "<details open><p on=2 data-=3 dataset=4 on-x=5>x</p></details>",
            // Attributes of tags inside raw text, comments and SVG are fed as they are: the
            // scan does not read them as start tags in the body.
            "<title><b data-x=1></title><!-- <b data-x=1> --><textarea><i onclick=x></textarea>",
        ] {
            assert_eq!(fed(html), html);
        }
        // An end tag's attributes are dropped by the tokenizer; unread ones are not fed.
        assert_eq!(fed("</p data-x=1 class=a>"), "</p  class=a>");
        assert_eq!(fed("<svg data-x=1><g data-y=2/></svg><p>x</p>"), "<svg ></svg><p>x</p>");
    }

    #[test]
    fn spans_fall_on_character_boundaries() {
        let html = "<p>é</p><script>ü</script><p>ß</p>";
        for span in parsed_spans(html) {
            assert!(html.is_char_boundary(span.start) && html.is_char_boundary(span.end));
        }
        assert_eq!(fed(html), "<p>é</p><script></script><p>ß</p>");
    }
}
