//! A pass over the markup before the tree build that empties the elements whose content
//! nothing reads: scripts (all but JSON-LD), styles and inline SVG. They are often over half
//! of a page's bytes, and the parser would copy all of it into the tree only for the walk to
//! skip it. The tags stay, so the tree has the same elements; only their text is gone.
//!
//! The scan knows just enough HTML to be safe: comments and the elements whose content is
//! raw text to the parser (`<noscript>`, `<textarea>`, `<title>`...) are copied as they are,
//! so a `<script>` written inside them is never mistaken for one, and an element left open
//! is kept whole.

use std::borrow::Cow;

/// Elements whose content is dropped; `script` keeps JSON-LD (see [`keeps_content`]).
const EMPTIED: &[&[u8]] = &[b"script", b"style", b"svg"];
/// Elements whose content the parser reads as raw text: copied through untouched.
const RAW_TEXT: &[&[u8]] = &[b"noscript", b"textarea", b"title", b"xmp", b"iframe", b"noembed", b"noframes"];

/// `html` with the content of scripts, styles and SVG removed (borrowed when there is none).
pub fn empty_unread_elements(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    // `copied`: how far `out` holds the input; `at`: where the scan resumes.
    let (mut copied, mut at) = (0usize, 0usize);
    while let Some(offset) = memchr::memchr(b'<', bytes.get(at..).unwrap_or_default()) {
        let lt = at + offset;
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            // A comment: skip to its end (an unclosed one runs to the end of the input).
            match memchr::memmem::find(&rest[3..], b"-->") {
                Some(end) => at = lt + 4 + end + 3,
                None => break,
            }
            continue;
        }
        let Some((name, emptied)) = element_name(rest) else {
            at = lt + 1;
            continue;
        };
        let Some(tag_end) = start_tag_end(bytes, lt + 1 + name.len()) else { break };
        let self_closing = bytes.get(tag_end.saturating_sub(2)) == Some(&b'/');
        if self_closing && name.eq_ignore_ascii_case(b"svg") {
            at = tag_end;
            continue;
        }
        let Some(close) = find_end_tag(bytes, tag_end, name) else {
            // Left open: the parser reads the rest as this element's content; keep it all.
            break;
        };
        if emptied && !keeps_content(&bytes[lt..tag_end]) && close > tag_end {
            let buffer = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
            buffer.push_str(&html[copied..tag_end]);
            copied = close;
        }
        at = close;
    }
    match out {
        Some(mut buffer) => {
            buffer.push_str(&html[copied..]);
            Cow::Owned(buffer)
        }
        None => Cow::Borrowed(html),
    }
}

/// The name of the element a `<` starts, if it is one this pass cares about, and whether
/// its content is emptied (else it is raw text, copied).
fn element_name(after_lt: &[u8]) -> Option<(&'static [u8], bool)> {
    let known = EMPTIED.iter().map(|n| (*n, true)).chain(RAW_TEXT.iter().map(|n| (*n, false)));
    for (name, emptied) in known {
        let Some(head) = after_lt.get(..name.len()) else { continue };
        let ends_name = after_lt.get(name.len()).is_some_and(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace());
        if ends_name && head.eq_ignore_ascii_case(name) {
            return Some((name, emptied));
        }
    }
    None
}

/// The index just past the `>` that ends a start tag whose attributes begin at `from`;
/// `>` inside quoted attribute values does not count.
fn start_tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (i, &b) in bytes.get(from..)?.iter().enumerate() {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return Some(from + i + 1),
            _ => {}
        }
    }
    None
}

/// Where the end tag `</name` of an element whose content starts at `from` begins.
fn find_end_tag(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    loop {
        let offset = memchr::memmem::find(bytes.get(at..)?, b"</")?;
        let start = at + offset;
        let after = bytes.get(start + 2..)?;
        let matches = after.get(..name.len()).is_some_and(|h| h.eq_ignore_ascii_case(name))
            && after.get(name.len()).is_none_or(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace());
        if matches {
            return Some(start);
        }
        at = start + 2;
    }
}

/// Whether a `<script>` start tag is JSON-LD, which the metadata reads.
fn keeps_content(start_tag: &[u8]) -> bool {
    memchr::memmem::find(&start_tag.to_ascii_lowercase(), b"ld+json").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_styles_and_svg_lose_their_content_and_keep_their_tags() {
        let html = "<head><STYLE>p{color:red}</STYLE><script src=a.js></script>\
                    <script>if (a < b) { x = '</div>'; }</script></head>\
                    <body><p>Text</p><svg viewBox='0 0 1 1'><path d='M0'/></svg><svg/><p>More</p></body>";
        assert_eq!(
            empty_unread_elements(html),
            "<head><STYLE></STYLE><script src=a.js></script><script></script></head>\
             <body><p>Text</p><svg viewBox='0 0 1 1'></svg><svg/><p>More</p></body>"
        );
    }

    #[test]
    fn json_ld_is_kept_for_the_metadata() {
        let html = r#"<script type="application/LD+JSON">{"headline": "A"}</script><script>var a;</script>"#;
        assert_eq!(
            empty_unread_elements(html),
            r#"<script type="application/LD+JSON">{"headline": "A"}</script><script></script>"#
        );
    }

    #[test]
    fn comments_raw_text_and_open_elements_are_left_alone() {
        let untouched = [
            // A script start tag inside a comment, and an end tag in a later one.
            "<!-- <script> --><p>Body</p><!-- </script> -->",
            // Raw-text elements may spell a script out.
            "<title>Why <script> tags block</title><textarea><style>a</style></textarea>",
            "<noscript><style>.x{}</style><p>No JavaScript</p></noscript>",
            // A `>` in a quoted attribute does not end the tag; a script never closed stays.
            "<p>Body</p><script data-x='a>b'>var a = 1;",
            "<scripts>not a script</scripts><svgx>nor svg</svgx>",
        ];
        for html in untouched {
            assert!(matches!(empty_unread_elements(html), Cow::Borrowed(_)), "{html}");
        }
    }

    #[test]
    fn the_text_after_a_script_survives() {
        let html = "<div><script>document.write('<p>');</script><p>The article.</p></div>";
        let emptied = empty_unread_elements(html);
        assert!(emptied.contains("<p>The article.</p>"), "{emptied}");
        assert!(!emptied.contains("document.write"), "{emptied}");
    }
}
