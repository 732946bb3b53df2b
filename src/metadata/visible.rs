//! The visible text of a page as lines, the way a reader (or a text dump) sees it, so that
//! bylines and datelines shown near the headline can be read with the same recogniser as
//! in dumps.

use crate::clean::html::hints::{self, boilerplate_container_name};
use scraper::{ElementRef, Html, Node};

/// Lines kept at most: bylines sit near the top, and a bound keeps huge pages cheap.
const MAX_LINES: usize = 3000;
/// Longer lines are paragraphs; they are kept (to count positions) but cut.
const MAX_LINE_CHARS: usize = 400;

/// Elements whose content is never shown as text. A `match` on the name, not a list
/// searched in turn: it is asked twice for every element of every page.
fn is_hidden(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "iframe"
            | "head"
            | "select"
            | "option"
            | "textarea"
            | "button"
            | "nav"
            | "object"
            | "canvas"
            | "math"
    )
}

/// Elements that start a new line.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "aside"
            | "main"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "form"
            | "br"
            | "hr"
            | "address"
            | "fieldset"
            | "legend"
            | "details"
            | "summary"
            | "body"
            | "center"
            | "caption"
    )
}

/// One line of visible text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    pub text: String,
    /// The line is (part of) a `<h1>`.
    pub in_h1: bool,
}

enum Step<'a> {
    Enter(ElementRef<'a>),
    Leave(&'a str),
    Text(&'a str),
}

/// The visible lines of `doc`, in reading order, whitespace collapsed, empty lines dropped.
pub(crate) fn visible_lines(doc: &Html) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut current = String::new();
    let mut h1_depth = 0usize;
    let mut current_in_h1 = false;
    let mut stack = vec![Step::Enter(doc.root_element())];

    let flush = |current: &mut String, in_h1: &mut bool, lines: &mut Vec<Line>| {
        let text: String = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            let text = match text.char_indices().nth(MAX_LINE_CHARS) {
                Some((cut, _)) => text[..cut].to_owned(),
                None => text,
            };
            lines.push(Line { text, in_h1: *in_h1 });
        }
        current.clear();
        *in_h1 = false;
    };

    while let Some(step) = stack.pop() {
        if lines.len() >= MAX_LINES {
            break;
        }
        match step {
            Step::Text(text) => {
                current.push_str(text);
                current_in_h1 |= h1_depth > 0 && !text.trim().is_empty();
            }
            Step::Leave(name) => {
                if name == "h1" {
                    h1_depth = h1_depth.saturating_sub(1);
                }
                if is_block(name) {
                    flush(&mut current, &mut current_in_h1, &mut lines);
                }
            }
            Step::Enter(element) => {
                let name = element.value().name();
                if is_hidden(name) || element.value().attr("hidden").is_some() || is_comment_section(element) {
                    continue;
                }
                if is_block(name) {
                    flush(&mut current, &mut current_in_h1, &mut lines);
                } else {
                    // Inline elements still separate words (`<span>By</span><span>Jane</span>`).
                    current.push(' ');
                }
                if name == "h1" {
                    h1_depth += 1;
                }
                stack.push(Step::Leave(name));
                let children: Vec<_> = element.children().collect();
                for child in children.into_iter().rev() {
                    match child.value() {
                        Node::Text(text) => stack.push(Step::Text(text)),
                        Node::Element(_) => {
                            if let Some(child) = ElementRef::wrap(child) {
                                stack.push(Step::Enter(child));
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    flush(&mut current, &mut current_in_h1, &mut lines);
    lines
}

/// Whether an element holds a page's comments (`comments-area`, `comment-list`, `respond`,
/// `disqus`): what is said there is the commenters', not the page's byline or dateline.
fn is_comment_section(element: ElementRef<'_>) -> bool {
    let v = element.value();
    // A wrapper of the whole page (`comments-open`) holds the headline; a comment section never does.
    boilerplate_container_name(v.attr("class"), v.attr("id")).is_some_and(hints::is_comment_section)
        && element.descendants().filter_map(ElementRef::wrap).all(|d| d.value().name() != "h1")
}

/// The visible text of one element (a heading): hidden elements (a copy button, an SVG
/// logo's `<title>`) left out, line breaks and block elements read as spaces, whitespace
/// collapsed.
pub(crate) fn visible_text(element: ElementRef<'_>) -> String {
    use ego_tree::iter::Edge;
    let mut text = String::new();
    // Inside this many hidden elements (0: visible).
    let mut hidden_depth = 0usize;
    for edge in element.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if hidden_depth > 0 || is_hidden(name) || e.attr("hidden").is_some() {
                        hidden_depth += 1;
                    } else if is_block(name) {
                        text.push(' ');
                    }
                }
                Node::Text(t) if hidden_depth == 0 => text.push_str(t),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if hidden_depth > 0 {
                        hidden_depth -= 1;
                    } else if is_block(e.name()) {
                        text.push(' ');
                    }
                }
            }
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<String> {
        visible_lines(&Html::parse_document(html)).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn blocks_make_lines_and_inline_elements_join() {
        let lines = texts(
            "<html><head><title>T</title></head><body><h1>Talks <em>stall</em></h1>\
             <div><b>By <span>Jane Doe</span></b></div><p>Published on<br>July 18, 2025</p>\
             <script>var x = 1;</script><nav>Home</nav><p>Body text.</p></body></html>",
        );
        assert_eq!(lines, ["Talks stall", "By Jane Doe", "Published on", "July 18, 2025", "Body text."]);
    }

    #[test]
    fn visible_text_skips_buttons_and_breaks_lines_into_spaces() {
        let doc = Html::parse_document(
            "<body><h1>Module <span>run</span>time&nbsp;<button>Copy item path</button></h1>\
             <h2>Cosmetic Packaging<br/><span>Design</span><svg><title>logo</title></svg></h2></body>",
        );
        let text_of = |tag: &str| {
            let selector = scraper::Selector::parse(tag).unwrap_or_else(|e| panic!("{e:?}"));
            doc.select(&selector).next().map(visible_text).unwrap_or_default()
        };
        assert_eq!(text_of("h1"), "Module runtime");
        assert_eq!(text_of("h2"), "Cosmetic Packaging Design");
    }

    #[test]
    fn h1_lines_are_marked() {
        let lines = visible_lines(&Html::parse_document("<body><p>Site</p><h1>Headline</h1><p>x</p></body>"));
        let marked: Vec<bool> = lines.iter().map(|l| l.in_h1).collect();
        assert_eq!(marked, [false, true, false]);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("<body>{}text{}</body>", "<span>".repeat(20_000), "</span>".repeat(20_000));
        assert_eq!(texts(&html), ["text"]);
    }
}
