//! Parsing with a bound on nesting depth.
//!
//! html5ever's tree builder scans its stack of open elements on most tags, as the HTML
//! standard writes it, so a page nested n deep costs n² (100 000 nested `<div>`, 1 MB, take
//! a quarter of a minute). Browsers cap the depth at 512. html5ever has no such option, so
//! the document is fed in pieces through a sink that measures the depth of inserted
//! elements, and feeding stops at the first piece that goes deeper than [`MAX_PARSE_DEPTH`]:
//! the page is read up to there, in time linear in its size. The cut depends only on the
//! input, so the output stays deterministic.
//!
//! Depth alone does not bound the work: a page held just under the limit can repeat a tag
//! whose handling scans the whole stack (`<li>`, `</p>`, `</li>`) millions of times, and a
//! flat page of millions of empty elements costs a gigabyte of tree. So the sink also counts
//! the elements it creates and the stack steps the parser may walk (an estimate: each
//! element created or parse error reported costs the depth last measured), and feeding
//! stops, in the same way, at the first piece past either budget.

use std::borrow::Cow;
use std::cell::Cell;

use ego_tree::NodeId;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName, local_name, ns};
use scraper::{Html, HtmlTreeSink};
use tracing::warn;

use crate::clean::html::raw_text;

/// The deepest nesting read, as in Chromium and WebKit (`kMaximumHTMLParserDOMTreeDepth`).
pub const MAX_PARSE_DEPTH: usize = 512;
/// Bytes fed to the parser at a time. A piece holds at most a few thousand tags, so the
/// work past the limit before feeding stops stays small.
const PIECE_BYTES: usize = 16 * 1024;
/// The depth of every this many inserted elements is measured (a walk up to the root, at
/// most [`MAX_PARSE_DEPTH`] steps): a page cannot get deep without inserting many elements,
/// so sampling finds it all the same, at a sixteenth of the walking.
const MEASURE_EVERY: u32 = 16;
/// The most elements created for one page. The largest of the bench pages hold under ten
/// thousand; a long wiki article some tens of thousands. At a few hundred bytes an element,
/// this bounds the tree at about two hundred megabytes.
pub const MAX_PARSE_ELEMENTS: u32 = 200_000;
/// The most stack steps (see the module's documentation) for one page: about half a second
/// of the tree builder's time. An ordinary page of ten thousand elements thirty deep costs
/// three hundred thousand.
pub const MAX_PARSE_WORK: u64 = 50_000_000;

/// Why the parse stopped before the end of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseCut {
    /// Elements nest deeper than [`MAX_PARSE_DEPTH`].
    TooDeep,
    /// The page creates more than [`MAX_PARSE_ELEMENTS`] elements.
    TooManyElements,
    /// The parser's estimated work passed [`MAX_PARSE_WORK`].
    TooMuchWork,
}

impl ParseCut {
    fn describe(self) -> &'static str {
        match self {
            ParseCut::TooDeep => "Page nests elements too deeply; the rest of it is not read.",
            ParseCut::TooManyElements => "Page holds too many elements; the rest of it is not read.",
            ParseCut::TooMuchWork => "Page costs the parser too much work; the rest of it is not read.",
        }
    }
}

/// How a parse went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOutcome {
    /// Bytes of the input that were parsed; less than its length when the parse was cut.
    pub parsed_bytes: usize,
    /// Why the rest of the input was left unread, if it was.
    pub cut: Option<ParseCut>,
}

/// Parse an HTML document, reading no further than where it nests deeper than
/// [`MAX_PARSE_DEPTH`] or passes the element or work budget.
pub fn parse_bounded(text: &str) -> (Html, ParseOutcome) {
    parse_within(text, Budget::PAGE)
}

/// What one parse may spend.
#[derive(Debug, Clone, Copy)]
struct Budget {
    elements: u32,
    work: u64,
}

impl Budget {
    const PAGE: Budget = Budget { elements: MAX_PARSE_ELEMENTS, work: MAX_PARSE_WORK };
}

fn parse_within(text: &str, budget: Budget) -> (Html, ParseOutcome) {
    feed(html5ever::parse_document(DepthGuard::new(Html::new_document(), budget), Default::default()), text)
}

/// Parse markup as the content of a `<body>` (scraper's `Html::parse_fragment`), with the
/// same bound as [`parse_bounded`].
pub fn parse_fragment_bounded(text: &str) -> (Html, ParseOutcome) {
    let body = QualName::new(None, ns!(html), local_name!("body"));
    feed(
        html5ever::parse_fragment(
            DepthGuard::new(Html::new_fragment(), Budget::PAGE),
            Default::default(),
            body,
            Vec::new(),
            false,
        ),
        text,
    )
}

/// Feed the parser the page in pieces, leaving out the bodies of scripts, styles and SVG
/// ([`raw_text`]).
fn feed(mut parser: html5ever::Parser<DepthGuard>, text: &str) -> (Html, ParseOutcome) {
    let mut start = 0;
    let mut cut = None;
    'spans: for span in raw_text::parsed_spans(text) {
        start = span.start;
        while start < span.end {
            let mut end = text.floor_char_boundary((start + PIECE_BYTES).min(span.end));
            if end <= start {
                // A piece shorter than one character cannot happen with 16 KiB pieces; take
                // the character whole all the same.
                end = text.ceil_char_boundary(start + 1);
            }
            parser.process(StrTendril::from_slice(&text[start..end]));
            start = end;
            cut = parser.tokenizer.sink.sink.cut.get();
            if cut.is_some() {
                break 'spans;
            }
        }
    }
    if let Some(cut) = cut {
        let sink = &parser.tokenizer.sink.sink;
        warn!(
            max_depth = MAX_PARSE_DEPTH,
            elements = sink.created.get(),
            max_elements = sink.budget.elements,
            work = sink.work.get(),
            max_work = sink.budget.work,
            read_bytes = start,
            total_bytes = text.len(),
            "{}",
            cut.describe()
        );
    }
    (parser.finish(), ParseOutcome { parsed_bytes: start, cut })
}

/// scraper's sink, measuring how deep elements go and how much the parse costs.
struct DepthGuard {
    inner: HtmlTreeSink,
    budget: Budget,
    appended: Cell<u32>,
    created: Cell<u32>,
    /// The depth found at the last measurement.
    depth: Cell<usize>,
    work: Cell<u64>,
    cut: Cell<Option<ParseCut>>,
}

impl DepthGuard {
    fn new(html: Html, budget: Budget) -> DepthGuard {
        DepthGuard {
            inner: HtmlTreeSink::new(html),
            budget,
            appended: Cell::new(0),
            created: Cell::new(0),
            depth: Cell::new(0),
            work: Cell::new(0),
            cut: Cell::new(None),
        }
    }

    fn stop(&self, why: ParseCut) {
        if self.cut.get().is_none() {
            self.cut.set(Some(why));
        }
    }

    fn measure(&self, parent: NodeId) {
        let count = self.appended.get().wrapping_add(1);
        self.appended.set(count);
        if !count.is_multiple_of(MEASURE_EVERY) || self.cut.get().is_some() {
            return;
        }
        let html = self.inner.0.borrow();
        let depth = html.tree.get(parent).map_or(0, |node| node.ancestors().take(MAX_PARSE_DEPTH + 1).count() + 1);
        self.depth.set(depth);
        if depth > MAX_PARSE_DEPTH {
            self.stop(ParseCut::TooDeep);
        }
    }

    /// Count a step of the tree builder that may walk its stack of open elements.
    fn charge(&self) {
        let work = self.work.get().saturating_add(self.depth.get() as u64 + 1);
        self.work.set(work);
        if work > self.budget.work {
            self.stop(ParseCut::TooMuchWork);
        }
    }
}

impl TreeSink for DepthGuard {
    type Handle = NodeId;
    type Output = Html;
    type ElemName<'a> = <HtmlTreeSink as TreeSink>::ElemName<'a>;

    fn finish(self) -> Html {
        self.inner.finish()
    }

    fn parse_error(&self, msg: Cow<'static, str>) {
        self.charge();
        self.inner.parse_error(msg);
    }

    fn get_document(&self) -> NodeId {
        self.inner.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Self::ElemName<'a> {
        self.inner.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let created = self.created.get().saturating_add(1);
        self.created.set(created);
        if created > self.budget.elements {
            self.stop(ParseCut::TooManyElements);
        }
        self.charge();
        self.inner.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.inner.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.inner.create_pi(target, data)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        if matches!(child, NodeOrText::AppendNode(_)) {
            self.measure(*parent);
        }
        self.inner.append(parent, child);
    }

    fn append_based_on_parent_node(&self, element: &NodeId, prev_element: &NodeId, child: NodeOrText<NodeId>) {
        self.inner.append_based_on_parent_node(element, prev_element, child);
    }

    fn append_doctype_to_document(&self, name: StrTendril, public_id: StrTendril, system_id: StrTendril) {
        self.inner.append_doctype_to_document(name, public_id, system_id);
    }

    fn mark_script_already_started(&self, node: &NodeId) {
        self.inner.mark_script_already_started(node);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.inner.get_template_contents(target)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.inner.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.inner.append_before_sibling(sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs);
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.inner.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.inner.reparent_children(node, new_parent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Selector;

    fn body_text(html: &Html) -> String {
        html.root_element().text().collect()
    }

    #[test]
    fn ordinary_pages_parse_as_in_one_piece() {
        // Longer than a piece, with a multi-byte character across the first boundary.
        let mut page = String::from("<html><head><title>T</title></head><body>");
        while page.len() < PIECE_BYTES - 3 {
            page.push_str("<div class=\"c\"><p>Ein Absatz mit Wörtern.</p></div>\n");
        }
        page.push_str("<p>über die Grenze</p><table><tr><td>x</td></tr></table></body></html>");
        let (bounded, outcome) = parse_bounded(&page);
        assert_eq!(outcome, ParseOutcome { parsed_bytes: page.len(), cut: None });
        assert_eq!(bounded.html(), Html::parse_document(&page).html());
    }

    #[test]
    fn script_bodies_are_not_parsed_and_the_rest_is_as_before() {
        let script = format!("<script>{}</script>", "var x = '<p>not text</p>';\n".repeat(1000));
        let page = format!(
            "<html><head><script type=\"application/ld+json\">{{\"headline\": \"H\"}}</script>{script}</head>\
             <body><p>Erster Absatz.</p><style>p {{ margin: 0 }}</style><svg><text>icon</text></svg>\
             <p>Zweiter Absatz.</p></body></html>"
        );
        let (bounded, outcome) = parse_bounded(&page);
        assert_eq!(outcome, ParseOutcome { parsed_bytes: page.len(), cut: None });
        let full = Html::parse_document(&page);
        let body = Selector::parse("body p").expect("selector");
        let texts = |html: &Html| html.select(&body).map(|p| p.text().collect::<String>()).collect::<Vec<_>>();
        assert_eq!(texts(&bounded), texts(&full));
        let names = |html: &Html| {
            html.tree.nodes().filter_map(|n| n.value().as_element().map(|e| e.name().to_string())).collect::<Vec<_>>()
        };
        let mut outside_svg = names(&full);
        outside_svg.retain(|name| name != "text");
        assert_eq!(names(&bounded), outside_svg, "the same elements, in the same order, but the SVG's own");
        let html = bounded.html();
        assert!(html.contains("{\"headline\": \"H\"}"), "JSON-LD is kept");
        assert!(!html.contains("not text") && !html.contains("margin") && !html.contains("icon"));
    }

    /// What a page shows and holds apart from script, style and SVG bodies: element names
    /// and text in document order, for the pre-pass to leave unchanged.
    fn outside_skipped_bodies(html: &Html) -> Vec<String> {
        let mut out = Vec::new();
        for node in html.tree.root().descendants() {
            let inside_skipped = node.ancestors().any(|a| {
                a.value().as_element().is_some_and(|e| {
                    let ld = e.attr("type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
                    (e.name() == "script" && !ld) || e.name() == "style" || e.name() == "svg"
                })
            });
            if inside_skipped {
                continue;
            }
            match node.value() {
                scraper::Node::Element(e) => {
                    // Every attribute but those the pre-pass leaves out, in the parser's order.
                    let attributes: Vec<String> = e
                        .attrs()
                        .filter(|(name, _)| !raw_text::is_unread_attribute(name.as_bytes()))
                        .map(|(name, value)| format!(" {name}={value:?}"))
                        .collect();
                    out.push(format!("<{}{}>", e.name(), attributes.concat()))
                }
                scraper::Node::Text(t) => out.push(t.text.to_string()),
                scraper::Node::Comment(c) => out.push(format!("<!--{}-->", &*c.comment)),
                _ => {}
            }
        }
        // Adjacent texts merge differently when a cut body sat between them.
        let mut merged: Vec<String> = Vec::new();
        for item in out {
            match merged.last_mut() {
                Some(last) if !last.starts_with('<') && !item.starts_with('<') => last.push_str(&item),
                _ => merged.push(item),
            }
        }
        merged
    }

    proptest::proptest! {
        #[test]
        fn the_pre_pass_changes_nothing_outside_skipped_bodies(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "<p>", "</p>", "<div class=\"a>b\">", "<div class=a'b>", "<a title='x\"y'>", "text", " ", "<", ">",
                "\"", "'", "=", "/", "<script>", "</script>", "</script >", "<SCRIPT>", "</ScRiPt>",
                "<script type=\"application/ld+json\">", "<script src=x/>", "<style>", "</style>",
                "<svg>", "</svg>", "<svg/>", "<svg viewBox=\"0 0 1 1\">", "<!--", "-->", "--!>", "<!-->", "<!x>",
                "<?x>", "</ x>", "<textarea>", "</textarea>", "<title>", "</title>", "<noscript>", "</noscript>",
                "<iframe>", "</iframe>", "<xmp>", "</xmp>", "<plaintext>", "<![CDATA[", "]]>", "<math>", "</math>",
                "<template>", "</template>", "<table>", "<td>", "<select>", "</select>", "<option>", "<b>", "é",
                "<scripts>", "</scripted>", "<SVG>", "<foreignObject>", "</foreignObject>", "<desc>", "<path>",
                "</path>", "<mi>", "</br>", "<br/>", "<p/>", "<font color=red>", "\n", "\t", "<frameset>", "</body>",
                "<div data-x=\"1\" class=\"b\">", "<img srcset='a 1x' alt=x/>", "<a onclick=go() href=y>",
                "<p data-y", " data-z=", "class=c", " sizes", "<span id=s onload >", "<i DATA-Q='>' Data->",
                "<b on=1 one2=3 data-=4>",
            ]), 0..40)
        ) {
            let page: String = pieces.concat();
            let (fed, _) = parse_bounded(&page);
            let whole = Html::parse_document(&page);
            proptest::prop_assert_eq!(outside_skipped_bodies(&fed), outside_skipped_bodies(&whole), "{}", page);
        }
    }

    #[test]
    fn nesting_past_the_limit_stops_the_parse() {
        let depth = 20_000;
        let page = format!(
            "<html><body><p>Before.</p>{}<p>deep</p>{}<p>After.</p></body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let (html, outcome) = parse_bounded(&page);
        assert_eq!(outcome.cut, Some(ParseCut::TooDeep));
        assert!(outcome.parsed_bytes < page.len() / 2, "{outcome:?}");
        let text = body_text(&html);
        assert!(text.contains("Before."), "{text}");
        assert!(!text.contains("After."), "{text}");
    }

    #[test]
    fn nesting_just_under_the_limit_is_read_whole() {
        let depth = MAX_PARSE_DEPTH - 10;
        let page = format!(
            "<html><body>{}<p>deep</p>{}<p>After.</p></body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let (html, outcome) = parse_bounded(&page);
        assert_eq!(outcome.cut, None);
        assert!(body_text(&html).contains("After."));
    }

    #[test]
    fn unclosed_formatting_and_list_items_count_as_nesting() {
        for opening in ["<b>", "<ul><li>", "<font size=2>", "<table><tr><td>"] {
            let page = format!("<body>{}x", opening.repeat(5_000));
            let (_, outcome) = parse_bounded(&page);
            assert_eq!(outcome.cut, Some(ParseCut::TooDeep), "{opening}");
        }
    }

    #[test]
    fn fragments_are_bounded_too() {
        let markup = format!("<p>Before.</p>{}x", "<span>".repeat(10_000));
        let (html, outcome) = parse_fragment_bounded(&markup);
        assert_eq!(outcome.cut, Some(ParseCut::TooDeep));
        assert!(body_text(&html).contains("Before."));
        let (html, outcome) = parse_fragment_bounded("<p>One</p><p>Two</p>");
        assert_eq!(outcome.cut, None);
        assert_eq!(html.html(), Html::parse_fragment("<p>One</p><p>Two</p>").html());
    }

    #[test]
    fn tags_that_walk_a_deep_stack_stop_the_parse_at_the_work_budget() {
        // Just under the depth limit, each stray end tag costs the depth. A small budget
        // keeps the test quick; the page's is a hundred times larger.
        let budget = Budget { work: MAX_PARSE_WORK / 100, ..Budget::PAGE };
        let items = (budget.work / (MAX_PARSE_DEPTH as u64 - 20)) as usize + 10_000;
        let page = format!(
            "<body><p>Before.</p>{}{}<p>After.</p>",
            "<div>".repeat(MAX_PARSE_DEPTH - 20),
            "</li>".repeat(items)
        );
        let (html, outcome) = parse_within(&page, budget);
        assert_eq!(outcome.cut, Some(ParseCut::TooMuchWork));
        assert!(outcome.parsed_bytes < page.len(), "{outcome:?}");
        let text = body_text(&html);
        assert!(text.contains("Before.") && !text.contains("After."), "{text}");
    }

    #[test]
    fn a_flood_of_elements_stops_the_parse() {
        let budget = Budget { elements: 50_000, ..Budget::PAGE };
        let page = format!("<body><p>Before.</p>{}<p>After.</p>", "<br>".repeat(budget.elements as usize + 10_000));
        let (html, outcome) = parse_within(&page, budget);
        assert_eq!(outcome.cut, Some(ParseCut::TooManyElements));
        let text = body_text(&html);
        assert!(text.contains("Before.") && !text.contains("After."), "{text}");
    }

    #[test]
    fn long_flat_pages_are_not_deep() {
        // Unclosed paragraphs and list items close each other: many of them are not deep.
        let page = format!("<body><ul>{}</ul>{}", "<li>item".repeat(20_000), "<p>para".repeat(20_000));
        let (_, outcome) = parse_bounded(&page);
        assert_eq!(outcome, ParseOutcome { parsed_bytes: page.len(), cut: None });
    }
}
