//! A streaming pre-pass that finds the bodies of `<script>`, `<style>` and `<svg>` elements,
//! so that the parser is never fed them.
//!
//! On a modern page these bodies are often half the bytes, and html5ever tokenizes them
//! character by character only for the cleaner to skip them as invisible. The pre-pass is a
//! byte scan (memchr for `<`) that keeps each element's start and end tags and leaves out
//! what lies between, so the tree has the same elements, just empty. JSON-LD scripts are
//! kept whole: the metadata reader needs them.
//!
//! It only has to be right in one direction. Leaving a body in is always safe (the parser
//! reads it as before), so wherever the scan cannot be sure that it stands in ordinary
//! markup it stops skipping: elements whose content is raw text of its own (`<textarea>`,
//! `<title>`, `<noscript>`, …) are stepped over whole, comments too, and an element with no
//! end tag is left to the parser.

use std::ops::Range;

use memchr::{memchr, memmem};

/// Elements whose bodies are left out.
const SKIPPED: &[&[u8]] = &[b"script", b"style", b"svg"];
/// Elements whose content the parser reads as raw text or keeps for a second parse
/// (`<noscript>`, see `Segmenter::walk_noscript`): stepped over unchanged.
const OPAQUE: &[&[u8]] = &[b"textarea", b"title", b"xmp", b"iframe", b"noembed", b"noframes", b"noscript"];

/// The parts of `html` to feed the parser, in order: everything but the bodies of script,
/// style and SVG elements. Each range starts and ends on an ASCII byte, so on a character
/// boundary.
pub fn parsed_spans(html: &str) -> Vec<Range<usize>> {
    let bytes = html.as_bytes();
    let mut spans = Vec::new();
    let mut span_start = 0;
    let mut at = 0;
    while let Some(offset) = memchr(b'<', &bytes[at..]) {
        let open = at + offset;
        let rest = &bytes[open + 1..];
        if rest.starts_with(b"!--") {
            match comment_end(bytes, open + 4) {
                Some(end) => at = end,
                None => break,
            }
            continue;
        }
        if rest.first().is_some_and(|b| *b == b'/' || *b == b'!' || *b == b'?') || rest.is_empty() {
            at = open + 1;
            continue;
        }
        let name = tag_name(rest);
        let skipped = SKIPPED.iter().find(|n| name.eq_ignore_ascii_case(n));
        let opaque = OPAQUE.iter().find(|n| name.eq_ignore_ascii_case(n));
        if skipped.is_none() && opaque.is_none() {
            if name.eq_ignore_ascii_case(b"plaintext") {
                break;
            }
            at = open + 1;
            continue;
        }
        let Some(tag_end) = start_tag_end(bytes, open + 1 + name.len()) else { break };
        if let Some(skipped) = skipped {
            let start_tag = &bytes[open..tag_end];
            let keep = *skipped == b"script" && contains_ignore_case(start_tag, b"ld+json");
            let self_closed = *skipped == b"svg" && start_tag.ends_with(b"/>");
            if self_closed {
                at = tag_end;
                continue;
            }
            let Some(close) = end_tag(bytes, tag_end, skipped) else { break };
            if !keep && close > tag_end {
                spans.push(span_start..tag_end);
                span_start = close;
            }
            at = close + 2;
        } else if let Some(opaque) = opaque {
            match end_tag(bytes, tag_end, opaque) {
                Some(close) => at = close + 2,
                None => break,
            }
        }
    }
    if span_start < bytes.len() || spans.is_empty() {
        spans.push(span_start..bytes.len());
    }
    spans
}

/// The tag name at the start of `rest` (the bytes after `<`): letters, digits, `-` and `:`.
fn tag_name(rest: &[u8]) -> &[u8] {
    if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
        return &[];
    }
    let len = rest.iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':').count();
    &rest[..len]
}

/// Where a start tag ends (just past its `>`), from just after its name. Quoted attribute
/// values may hold `>`.
fn start_tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    let mut after_equals = false;
    while at < bytes.len() {
        match bytes[at] {
            b'>' => return Some(at + 1),
            quote @ (b'"' | b'\'') if after_equals => {
                let close = memchr(quote, &bytes[at + 1..])?;
                at += close + 2;
                after_equals = false;
                continue;
            }
            b'=' => after_equals = true,
            b if b.is_ascii_whitespace() => {}
            _ => after_equals = false,
        }
        at += 1;
    }
    None
}

/// Just past the end of a comment whose text starts at `from` (after `<!--`); `<!-->` and
/// `<!--->` are whole comments, as the standard has them.
fn comment_end(bytes: &[u8], from: usize) -> Option<usize> {
    let text = bytes.get(from..)?;
    if text.starts_with(b">") {
        return Some(from + 1);
    }
    if text.starts_with(b"->") {
        return Some(from + 2);
    }
    memmem::find(text, b"-->").map(|at| from + at + 3)
}

/// The position of the `<` of the first `</name` (any case) at or after `from` that is
/// followed by whitespace, `/` or `>`, as the tokenizer ends a raw-text element.
fn end_tag(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let finder = memmem::Finder::new(b"</");
    let mut at = from;
    while let Some(offset) = finder.find(&bytes[at..]) {
        let close = at + offset;
        let after_slash = close + 2;
        let candidate = bytes.get(after_slash..after_slash + name.len());
        let next = bytes.get(after_slash + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name))
            && next.is_none_or(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>')
        {
            return Some(close);
        }
        at = after_slash;
    }
    None
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
    fn raw_text_elements_and_comments_are_stepped_over_unchanged() {
        for html in [
            "<textarea><script>not code</script></textarea><p>x</p>",
            "<title>a <style> b</title><p>x</p>",
            "<noscript><style>.a{}</style><p>Text for readers without scripts</p></noscript>",
            "<!-- <script> --><p>Visible</p><!-- </script> -->",
            "<!--><script>x</script>",
        ] {
            let expected = if html.starts_with("<!-->") { "<!--><script></script>" } else { html };
            assert_eq!(fed(html), expected, "{html}");
        }
    }

    #[test]
    fn a_quoted_greater_than_does_not_end_the_start_tag() {
        let html = r#"<script data-x="a>b">code()</script><p>x</p>"#;
        assert_eq!(fed(html), r#"<script data-x="a>b"></script><p>x</p>"#);
    }

    #[test]
    fn elements_without_an_end_tag_are_left_to_the_parser() {
        for html in ["<p>x</p><script>never closed", "<p>x</p><svg><path/>", "<p>x</p><plaintext><script>a</script>"] {
            assert_eq!(fed(html), html);
        }
    }

    #[test]
    fn lookalike_names_and_self_closed_svg_are_not_skipped() {
        for html in [
            "<scripts>a</scripts><p>x</p></script>",
            "<svg/><p>Body text</p></svg>",
            "<p>x</p><script>a</scripted>b</script>",
        ] {
            let expected = if html.contains("scripted") { "<p>x</p><script></script>" } else { html };
            assert_eq!(fed(html), expected, "{html}");
        }
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
