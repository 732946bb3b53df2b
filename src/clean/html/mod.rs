//! HTML input: parse with html5ever (through scraper), then walk the DOM once, turning it
//! into blocks. Invisible elements are skipped; elements that DOM rules ([`prune`]) reject
//! are segmented like the rest but their blocks are marked removed; every block records
//! the elements that enclose it, their class-name hints, and how much of it is link text.

pub mod hints;
pub mod parse;
pub mod prune;
pub mod raw_text;
pub mod tags;

use rustc_hash::FxHashMap;
use std::hash::{Hash, Hasher};

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

use crate::clean::block::{Block, BlockKind, HtmlContext, MAX_BLOCKS, Verdict};
use crate::clean::html::hints::Hint;
use crate::clean::shape::{collapse_preformatted, collapse_whitespace};
use crate::model::RuleId;

/// Elements nested deeper than this are treated as part of their ancestor at this depth:
/// pathological nesting must not cost more than linear time.
const MAX_DEPTH: usize = 256;
/// A `<noscript>` with at least this much markup is read as part of the page (see
/// `Segmenter::walk_noscript`).
const MIN_NOSCRIPT_PAGE_BYTES: usize = 2048;
/// A private marker for `<br>` inside a block's buffer: two in a row end the block.
const BREAK_MARK: char = '\u{1}';

/// An element on the walk's stack.
struct Open {
    /// Document-order index among block-level elements; `None` for inline elements.
    index: Option<u32>,
    kind: Option<BlockKind>,
    /// Whether a block-level element with no kind of its own (a `div`, `ul`, `table`...).
    container: bool,
    hint: Hint,
    /// The class or id names a container of boilerplate.
    /// The name under which the element is a container of boilerplate, if it is one.
    boilerplate_container: Option<u8>,
    form: bool,
    article: bool,
    hidden: bool,
    link: bool,
    pruned_by: Option<RuleId>,
    /// A table cell used for layout (see [`is_layout_cell`]): its text is a block of its own.
    layout_cell: bool,
}

struct Segmenter {
    blocks: Vec<Block>,
    /// For each block-level element (at `index - 1`): its parent's index (0 for none) and
    /// a hash of its tag and class, to find repeated items.
    elements: Vec<(u32, u64)>,
    stack: Vec<Open>,
    buffer: String,
    link_chars: u32,
    /// Links opened since the last block ended.
    links: u16,
    /// Where each single `<br>` of the buffer stands, with the link characters and links
    /// counted before it: to cut a list of links written as lines (see [`link_lines`]).
    breaks: Vec<LineBreak>,
    next_index: u32,
    last_group: Option<u32>,
    truncated: bool,
    /// Characters of text not read once `truncated` (about: spaces are not counted).
    unread_chars: u64,
    /// Walking the content of a `<noscript>`.
    in_noscript: bool,
}

/// The attributes the segmenter reads, found in one pass over the element's attributes
/// (`Element::attr` interns the name and searches anew for each of the nine questions).
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    itemprop: Option<&'a str>,
    role: Option<&'a str>,
    style: Option<&'a str>,
    href: Option<&'a str>,
    aria_label: Option<&'a str>,
    hidden: bool,
}

impl<'a> Attrs<'a> {
    fn of(element: &'a scraper::node::Element) -> Self {
        let mut attrs = Attrs::default();
        for (name, value) in &element.attrs {
            // `Element::attr` finds only attributes without a namespace or prefix.
            if !name.ns.is_empty() || name.prefix.is_some() {
                continue;
            }
            let value: &str = value;
            match &*name.local {
                "class" => attrs.class = Some(value),
                "id" => attrs.id = Some(value),
                "itemprop" => attrs.itemprop = Some(value),
                "role" => attrs.role = Some(value),
                "style" => attrs.style = Some(value),
                "href" => attrs.href = Some(value),
                "aria-label" => attrs.aria_label = Some(value),
                "hidden" => attrs.hidden = true,
                _ => {}
            }
        }
        attrs
    }
}

/// A hash of an element's tag and class list, to tell the items of a list of alike ones.
fn shape_hash(tag: &str, class: Option<&str>) -> u64 {
    // Class names in any order (`card x`, `x card`) are one kind: their hashes are summed.
    let hash_of = |value: &str| {
        let mut hasher = std::hash::DefaultHasher::new();
        value.hash(&mut hasher);
        hasher.finish()
    };
    let names = class.unwrap_or("").split_ascii_whitespace().fold(0u64, |sum, name| sum.wrapping_add(hash_of(name)));
    hash_of(tag).rotate_left(1) ^ names
}

/// Parse an HTML document, up to where it nests too deeply or costs too much (see
/// [`parse::parse_bounded`]).
pub fn parse(text: &str) -> Html {
    parse::parse_bounded(text).0
}

/// [`parse`], with how far the parse read.
pub fn parse_with_outcome(text: &str) -> (Html, parse::ParseOutcome) {
    parse::parse_bounded(text)
}

/// Segment a parsed document into blocks.
pub fn segment(doc: &Html) -> Vec<Block> {
    segment_counting(doc).0
}

/// Segment a parsed document into blocks; also tell how many characters of text were left
/// unread after [`MAX_BLOCKS`] blocks (0 for all but huge pages).
pub fn segment_counting(doc: &Html) -> (Vec<Block>, u64) {
    let mut s = Segmenter {
        blocks: Vec::new(),
        elements: Vec::new(),
        stack: Vec::new(),
        buffer: String::new(),
        link_chars: 0,
        links: 0,
        breaks: Vec::new(),
        next_index: 0,
        last_group: None,
        truncated: false,
        unread_chars: 0,
        in_noscript: false,
    };
    s.walk(doc.tree.root());
    s.flush();
    if s.truncated {
        let unread_chars = s.unread_chars;
        tracing::warn!(max_blocks = MAX_BLOCKS, unread_chars, "Page has too many blocks; the rest of it is not read.");
    }
    mark_items(&mut s.blocks, &s.elements);
    (s.blocks, s.unread_chars)
}

/// Characters of visible text (outside scripts and styles) from `cursor` on to the end of
/// the document, `path` being the elements `cursor` lies in.
fn unread_text_chars(path: &[NodeRef<'_, Node>], cursor: Option<NodeRef<'_, Node>>) -> u64 {
    let starts = std::iter::once(cursor).chain(path.iter().rev().map(|parent| parent.next_sibling()));
    let mut chars = 0;
    for start in starts {
        let mut next = start;
        while let Some(node) = next {
            let mut hidden_depth = 0usize;
            for edge in node.traverse() {
                match edge {
                    Edge::Open(n) if is_unrendered(n) => hidden_depth += 1,
                    Edge::Close(n) if is_unrendered(n) => hidden_depth -= 1,
                    Edge::Open(n) if hidden_depth == 0 => {
                        if let Node::Text(text) = n.value() {
                            chars += text.chars().filter(|c| !c.is_whitespace()).count() as u64;
                        }
                    }
                    _ => {}
                }
            }
            next = node.next_sibling();
        }
    }
    chars
}

/// Elements whose text is not shown.
fn is_unrendered(node: NodeRef<'_, Node>) -> bool {
    node.value().as_element().is_some_and(|e| matches!(e.name(), "script" | "style" | "template" | "noscript"))
}

/// Descendants of a table cell looked at to tell a layout cell.
const LAYOUT_CELL_SCAN: usize = 500;
/// Line breaks that make a cell a column of the page's layout (a menu of links one under
/// the other) rather than a data cell (an address on two lines).
const LAYOUT_CELL_BREAKS: usize = 3;
/// Characters of text that make a cell holding block-level elements a part of the layout
/// rather than a data cell with a paragraph or two of description (as in documentation).
const LAYOUT_CELL_CHARS: usize = 300;

/// Whether a table cell holds a part of the page's layout (pages laid out with tables keep
/// their menu in one cell and their story in another) rather than one datum of a row: it
/// holds a table, several line breaks, or block-level elements with much text. The text
/// of a data cell joins its row's block; a layout cell's text is a block of its own.
fn is_layout_cell(cell: NodeRef<'_, Node>) -> bool {
    let mut breaks = 0;
    let mut has_blocks = false;
    let mut chars = 0;
    for node in cell.descendants().skip(1).take(LAYOUT_CELL_SCAN) {
        match node.value() {
            Node::Element(element) => {
                let tag = element.name();
                if tag == "table" {
                    return true;
                }
                if tag == "br" {
                    breaks += 1;
                } else if tags::is_block_level(tag) && !tags::is_invisible(tag) {
                    has_blocks = true;
                }
            }
            Node::Text(text) => chars += text.trim().len(),
            _ => {}
        }
        if breaks >= LAYOUT_CELL_BREAKS || (has_blocks && chars >= LAYOUT_CELL_CHARS) {
            return true;
        }
    }
    false
}

/// How far up from a block its item is looked for.
const ITEM_MAX_LEVELS: usize = 6;

/// Fill in each block's `item_repeats` and `item_link_density` (see `HtmlContext`).
fn mark_items(blocks: &mut [Block], elements: &[(u32, u64)]) {
    let mut shapes: FxHashMap<(u32, u64), u16> = FxHashMap::default();
    for &shape in elements {
        let count = shapes.entry(shape).or_default();
        *count = count.saturating_add(1);
    }
    // Per element: blocks, non-space characters and link characters inside it.
    let mut inside: FxHashMap<u32, (u32, u32, u32)> = FxHashMap::default();
    for block in blocks.iter() {
        let Some(html) = &block.html else {
            continue;
        };
        let chars = block.text.chars().filter(|c| *c != ' ').count() as u32;
        for &a in &html.ancestors {
            let entry = inside.entry(a).or_default();
            entry.0 += 1;
            entry.1 += chars;
            entry.2 += html.link_chars;
        }
    }
    let repeats = |element: u32| {
        let shape = element.checked_sub(1).and_then(|i| elements.get(i as usize));
        shape.and_then(|s| shapes.get(s)).copied().unwrap_or(1)
    };
    for html in blocks.iter_mut().filter_map(|b| b.html.as_mut()) {
        html.ancestor_shapes = html
            .ancestors
            .iter()
            .map(|&a| a.checked_sub(1).and_then(|i| elements.get(i as usize)).map_or(0, |&(_, shape)| shape))
            .collect();
        html.own_repeats = html.ancestors.last().map_or(0, |&own| repeats(own));
        let item = html
            .ancestors
            .iter()
            .rev()
            .take(ITEM_MAX_LEVELS)
            .find(|a| inside.get(a).is_some_and(|&(count, _, _)| count > 1));
        let Some(&item) = item else {
            continue;
        };
        html.item_repeats = repeats(item);
        if let Some(&(_, chars, links)) = inside.get(&item) {
            html.item_link_density = links as f32 / chars.max(1) as f32;
        }
    }
}

impl Segmenter {
    fn walk(&mut self, root: NodeRef<'_, Node>) {
        // An explicit stack of the nodes whose children are being visited, so that deep
        // documents cannot overflow the call stack.
        let mut path: Vec<NodeRef<'_, Node>> = Vec::new();
        let mut cursor = root.first_child();
        loop {
            if self.truncated {
                self.unread_chars += unread_text_chars(&path, cursor);
                return;
            }
            match cursor {
                Some(node) => {
                    if self.open(node, path.len()) {
                        if let Some(child) = node.first_child() {
                            path.push(node);
                            cursor = Some(child);
                            continue;
                        }
                        self.close(node);
                    }
                    cursor = node.next_sibling();
                }
                None => match path.pop() {
                    Some(parent) => {
                        self.close(parent);
                        cursor = parent.next_sibling();
                    }
                    None => return,
                },
            }
        }
    }

    /// The content of a `<noscript>` that holds a page of its own: forum software such as
    /// Discourse renders its posts only there, for readers and crawlers without JavaScript.
    /// A browser with scripting parses it as raw text, so it is parsed here as a fragment and
    /// walked in place. Small ones (a tracking pixel, "please enable JavaScript") are skipped.
    fn walk_noscript(&mut self, node: NodeRef<'_, Node>, depth: usize) {
        let mut markup = String::new();
        for child in node.children() {
            if let Node::Text(text) = child.value() {
                markup.push_str(text);
            }
        }
        // One level only: a `<noscript>` inside the fragment stays unread, so that nesting
        // cannot recurse without bound.
        if markup.len() < MIN_NOSCRIPT_PAGE_BYTES || depth > MAX_DEPTH || self.in_noscript {
            return;
        }
        let (fragment, _) = parse::parse_fragment_bounded(&markup);
        self.in_noscript = true;
        self.walk(fragment.tree.root());
        self.in_noscript = false;
    }

    /// Enter a node; returns whether its children should be visited (and `close` called).
    fn open(&mut self, node: NodeRef<'_, Node>, depth: usize) -> bool {
        match node.value() {
            Node::Text(text) => {
                self.push_text(text);
                false
            }
            Node::Element(element) => {
                let tag = element.name();
                if tag == "noscript" {
                    self.walk_noscript(node, depth);
                    return false;
                }
                if tags::is_invisible(tag) {
                    return false;
                }
                if tag == "br" {
                    if self.buffer.trim_end_matches(|c: char| c.is_whitespace()).ends_with(BREAK_MARK) {
                        self.flush();
                    } else {
                        self.breaks.push(LineBreak {
                            at: self.buffer.len(),
                            link_chars: self.link_chars,
                            links: self.links,
                        });
                        self.buffer.push(BREAK_MARK);
                    }
                    return false;
                }
                if depth > MAX_DEPTH {
                    // Too deep: take the text, ignore the structure.
                    self.stack.push(Open {
                        index: None,
                        kind: None,
                        container: false,
                        hint: Hint::None,
                        boilerplate_container: None,
                        form: false,
                        article: false,
                        hidden: false,
                        link: false,
                        pruned_by: None,
                        layout_cell: false,
                    });
                    return true;
                }
                // A layout cell is a container like a `div`; a data cell's text joins its row.
                let layout_cell = tags::is_cell(tag) && is_layout_cell(node);
                let block_level = tags::is_block_level(tag) || layout_cell;
                if block_level {
                    self.flush();
                } else if tags::is_cell(tag) {
                    self.buffer.push(' ');
                }
                let attrs = Attrs::of(element);
                let link = tag == "a" && attrs.href.is_some();
                if link {
                    self.links = self.links.saturating_add(1);
                }
                let inherited = self.stack.last().and_then(|o| o.pruned_by);
                let pruned_by = inherited
                    .or_else(|| prune::rule_for_names(tag, attrs.class, attrs.id))
                    .or_else(|| prune::rule_for_label(tag, attrs.aria_label, attrs.role));
                let index = block_level.then(|| {
                    self.next_index += 1;
                    let parent = self.stack.iter().rev().find_map(|o| o.index).unwrap_or(0);
                    self.elements.push((parent, shape_hash(tag, attrs.class)));
                    self.next_index
                });
                let kind = tags::block_kind(tag);
                let article = tags::is_article_marker(tag)
                    || attrs.itemprop.is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
                    || attrs.role.is_some_and(|v| v.eq_ignore_ascii_case("main"));
                self.stack.push(Open {
                    index,
                    kind,
                    container: block_level && kind.is_none(),
                    hint: if matches!(tag, "html" | "body") {
                        Hint::None
                    } else {
                        hints::hint_for(tag, attrs.class, attrs.id)
                    },
                    article,
                    boilerplate_container: (block_level && !prune::is_page_container(tag))
                        .then(|| hints::boilerplate_container_name(attrs.class, attrs.id))
                        .flatten(),
                    form: tag == "form",
                    hidden: prune::is_hidden_by(attrs.hidden, attrs.style),
                    link,
                    pruned_by,
                    layout_cell,
                });
                true
            }
            Node::Document | Node::Fragment => true,
            _ => false,
        }
    }

    fn close(&mut self, node: NodeRef<'_, Node>) {
        let Node::Element(element) = node.value() else {
            return;
        };
        if tags::is_invisible(element.name()) {
            return;
        }
        if tags::is_block_level(element.name()) || self.stack.last().is_some_and(|o| o.layout_cell) {
            self.flush();
        }
        self.stack.pop();
    }

    fn push_text(&mut self, text: &str) {
        if self.stack.iter().any(|o| o.link) {
            self.link_chars += text.chars().filter(|c| !c.is_whitespace()).count() as u32;
        }
        self.buffer.push_str(text);
    }

    /// End the current block, if it holds any text.
    fn flush(&mut self) {
        if self.buffer.is_empty() {
            // Links without text (an image's) are not counted for the next block.
            self.links = 0;
            return;
        }
        let raw = std::mem::take(&mut self.buffer);
        let link_chars = std::mem::take(&mut self.link_chars);
        let links = std::mem::take(&mut self.links);
        let breaks = std::mem::take(&mut self.breaks);
        match link_lines(&raw, &breaks, link_chars, links) {
            Some(lines) => {
                for line in lines {
                    self.emit(&raw[line.range], line.link_chars, line.links);
                }
            }
            None => self.emit(&raw, link_chars, links),
        }
    }

    /// Make a block of `raw` text with its link characters and links, if it holds any text.
    fn emit(&mut self, raw: &str, link_chars: u32, links: u16) {
        let kind = self.stack.iter().rev().find_map(|o| o.kind).unwrap_or(BlockKind::Paragraph);
        let text = if raw.contains(BREAK_MARK) {
            collapse_whitespace(&raw.replace(BREAK_MARK, " "))
        } else {
            collapse_whitespace(raw)
        };
        // Code and logs keep their lines for the output (`<br>` breaks one like a newline);
        // the cleaner judges them on the collapsed text, like any block.
        let layout = (kind == BlockKind::Preformatted)
            .then(|| collapse_preformatted(&raw.replace(BREAK_MARK, "\n")))
            .filter(|laid_out| *laid_out != text);
        if text.is_empty() {
            return;
        }
        if self.blocks.len() >= MAX_BLOCKS {
            self.truncated = true;
            self.unread_chars += text.chars().filter(|&c| c != ' ').count() as u64;
            return;
        }
        let ancestors: Vec<u32> = self.stack.iter().filter_map(|o| o.index).collect();
        let group = self.stack.iter().rev().filter(|o| o.container).find_map(|o| o.index);
        // The text is collapsed: its only whitespace is single spaces.
        let spaces = memchr::memchr_iter(b' ', text.as_bytes()).count();
        let nonspace = (text.chars().count() - spaces).max(1) as u32;
        let count = |h: Hint| self.stack.iter().filter(|o| o.hint == h).count().min(u8::MAX as usize) as u8;
        let html = HtmlContext {
            link_chars: link_chars.min(nonspace),
            link_density: link_chars.min(nonspace) as f32 / nonspace as f32,
            links,
            depth: self.stack.len().min(u16::MAX as usize) as u16,
            ancestors,
            // Known once the whole page is read (`mark_items`).
            ancestor_shapes: Vec::new(),
            class_positive: count(Hint::Content),
            class_negative: count(Hint::Boilerplate),
            in_article: self.stack.iter().any(|o| o.article),
            hidden: self.stack.iter().any(|o| o.hidden),
            boilerplate_containers: self
                .stack
                .iter()
                .filter_map(|o| Some((o.index?, o.boilerplate_container?)))
                .collect(),
            forms: self.stack.iter().filter(|o| o.form).filter_map(|o| o.index).collect(),
            // Known once the whole page is read (`mark_items`).
            item_repeats: 0,
            own_repeats: 0,
            item_link_density: 0.0,
        };
        let mut block = Block::new(text, kind);
        block.layout = layout;
        block.starts_group = group != self.last_group;
        self.last_group = group;
        block.html = Some(html);
        if let Some(rule) = self.stack.iter().rev().find_map(|o| o.pruned_by) {
            block.verdict = Verdict::Remove(rule);
        }
        self.blocks.push(block);
    }
}

/// A single `<br>` in a block's buffer: its byte offset, and the link characters and
/// links counted before it.
struct LineBreak {
    at: usize,
    link_chars: u32,
    links: u16,
}

/// One line of a block cut at its `<br>`s.
struct Line {
    range: std::ops::Range<usize>,
    link_chars: u32,
    links: u16,
}

/// The fewest lines that are wholly a link for a block to be a list of links...
const MIN_LINK_LINES: usize = 3;
/// ...and how many times its other lines (a heading over the list, a last line of the
/// story before it) they must outnumber.
const LINK_LINES_PER_OTHER_LINE: usize = 2;

/// The lines of a block written as links one under the other with `<br>`s (a menu or a
/// list of headlines in a page laid out with tables), each to be a block of its own as the
/// items of a list are; `None` for any other block. Joined, such a list reads as one
/// long line that is partly text, and its heading or a last sentence of the story beside it
/// hides what it is.
fn link_lines(raw: &str, breaks: &[LineBreak], link_chars: u32, links: u16) -> Option<Vec<Line>> {
    if breaks.len() + 1 < MIN_LINK_LINES {
        return None;
    }
    let mut lines = Vec::with_capacity(breaks.len() + 1);
    // Each line but the first starts after the mark of the break before it.
    let (mut start, mut chars_before, mut links_before) = (0, 0, 0);
    let ends =
        breaks.iter().map(|b| (b.at, b.link_chars, b.links)).chain(std::iter::once((raw.len(), link_chars, links)));
    for (end, chars_to, links_to) in ends {
        lines.push(Line {
            range: start.min(end)..end,
            link_chars: chars_to.saturating_sub(chars_before),
            links: links_to.saturating_sub(links_before),
        });
        (start, chars_before, links_before) = (end + BREAK_MARK.len_utf8(), chars_to, links_to);
    }
    let (mut link_lines, mut other_lines) = (0, 0);
    for line in &lines {
        let text = &raw[line.range.clone()];
        let nonspace = text.chars().filter(|c| !c.is_whitespace()).count() as u32;
        if nonspace == 0 {
            continue;
        }
        // Whole: the link holds the line's every character but a bullet or separator. An
        // address shown as it is is a source someone cites, not an item of a menu.
        if line.links > 0 && line.link_chars + 2 >= nonspace && !shows_address(text) {
            link_lines += 1;
        } else {
            other_lines += 1;
        }
    }
    (link_lines >= MIN_LINK_LINES && link_lines >= LINK_LINES_PER_OTHER_LINE * other_lines).then_some(lines)
}

/// Whether a line is a web address written out (`https://example.org/report`).
fn shows_address(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric()).as_bytes();
    let starts = |prefix: &[u8]| line.len() >= prefix.len() && line[..prefix.len()].eq_ignore_ascii_case(prefix);
    starts(b"http://") || starts(b"https://") || starts(b"www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks_of(html: &str) -> Vec<Block> {
        segment(&parse(html))
    }

    #[test]
    fn a_page_past_the_block_limit_tells_how_much_text_it_did_not_read() {
        let mut html: String = "<html><body><div>".to_owned();
        html.extend((0..MAX_BLOCKS).map(|i| format!("<p>Item {i}</p>")));
        html.push_str("<p>Unread one</p></div><script>var skipped = 1;</script><p>Unread two</p></body></html>");
        let (blocks, unread) = segment_counting(&parse(&html));
        assert_eq!(blocks.len(), MAX_BLOCKS);
        // The two paragraphs' letters, not the script's nor the spaces.
        assert_eq!(unread, ("Unreadone".len() + "Unreadtwo".len()) as u64);
        let (_, unread) = segment_counting(&parse("<p>Read</p><script>var x;</script>"));
        assert_eq!(unread, 0);
    }

    #[test]
    fn preformatted_text_keeps_its_lines_for_the_output() {
        let blocks = blocks_of(
            "<pre><code>def area(r):\n\n    return 3.14 * r * r  \n</code></pre><pre>one<br>two</pre><p>A\n  paragraph</p>",
        );
        let layouts: Vec<(&str, Option<&str>)> =
            blocks.iter().map(|b| (b.text.as_str(), b.layout.as_deref())).collect();
        assert_eq!(
            layouts,
            [
                ("def area(r): return 3.14 * r * r", Some("def area(r):\n    return 3.14 * r * r")),
                ("one two", Some("one\ntwo")),
                // Near miss: a paragraph's line breaks are only spacing.
                ("A paragraph", None),
            ]
        );
    }

    #[test]
    fn blocks_know_whether_they_sit_in_a_list_of_alike_items() {
        let blocks = blocks_of(
            "<div class=body><p>First paragraph of the story.</p><p>Second paragraph.</p></div>\
             <div class=cards>\
               <div class='card x'><h3><a href=/a>Headline one</a></h3><p>Lede one...</p></div>\
               <div class='x card'><h3><a href=/b>Headline two</a></h3><p>Lede two...</p></div>\
               <div class='x  card'><h3><a href=/c>Headline three</a></h3><p>Lede three...</p></div>\
               <div class=promo><h3>Subscribe</h3><p>Get the newsletter.</p></div>\
             </div>",
        );
        let html = |i: usize| blocks[i].html.as_ref().map(|h| (h.own_repeats, h.item_repeats)).unwrap_or_default();
        // A story's paragraphs: two alike <p>, in one body.
        assert_eq!(html(0), (2, 1));
        // The cards: each headline and lede is in one of three alike cards (class order
        // does not matter), and a card is half link.
        assert_eq!(html(2), (1, 3));
        assert_eq!(html(5), (1, 3));
        let card_links = blocks[2].html.as_ref().map_or(0.0, |h| h.item_link_density);
        assert!((0.3..0.7).contains(&card_links), "{card_links}");
        // The promo box is alone of its kind.
        assert_eq!(html(8), (1, 1));
    }

    #[test]
    fn paragraphs_headings_lists_and_tables_become_blocks() {
        let blocks = blocks_of(
            "<html><body><h1>Title</h1><p>One <b>bold</b> word.</p><ul><li>First</li><li>Second</li></ul>\
             <table><tr><td>A</td><td>B</td></tr></table><script>var x;</script></body></html>",
        );
        let texts: Vec<_> = blocks.iter().map(|b| (b.text.as_str(), b.kind)).collect();
        assert_eq!(
            texts,
            [
                ("Title", BlockKind::Heading(1)),
                ("One bold word.", BlockKind::Paragraph),
                ("First", BlockKind::ListItem),
                ("Second", BlockKind::ListItem),
                ("A B", BlockKind::TableRow),
            ]
        );
    }

    #[test]
    fn link_text_and_pruned_elements_are_recorded() {
        let blocks = blocks_of(
            "<body><nav><a href='/'>Home</a></nav><p>Read <a href='/x'>this</a> now.</p>\
             <div class='cookie-banner'>We use cookies.</div></body>",
        );
        assert_eq!(blocks[0].verdict, Verdict::Remove(prune::NAVIGATION_ELEMENT));
        assert_eq!(blocks[1].verdict, Verdict::Undecided);
        let h = blocks[1].html.as_ref().map(|h| h.link_chars);
        assert_eq!(h, Some(4));
        assert_eq!(blocks[2].verdict, Verdict::Remove(prune::CONSENT_CONTAINER));
    }

    #[test]
    fn double_line_breaks_split_paragraphs_and_single_ones_do_not() {
        let blocks = blocks_of("<body><div>First line<br>same paragraph<br><br>Second paragraph</div></body>");
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["First line same paragraph", "Second paragraph"]);
    }

    #[test]
    fn links_written_one_under_the_other_are_a_list() {
        let blocks = blocks_of(
            "<body><td><b>Top stories</b><br><a href='/1'>Rates cut again</a><br><a href='/2'>Markets rally</a><br>\
             · <a href='/3'>Exports hold steady</a></td></body>",
        );
        let lines: Vec<(&str, u32)> =
            blocks.iter().map(|b| (b.text.as_str(), b.html.as_ref().map_or(0, |h| h.link_chars))).collect();
        assert_eq!(
            lines,
            [("Top stories", 0), ("Rates cut again", 13), ("Markets rally", 12), ("· Exports hold steady", 17)]
        );
        // A break before the first line.
        let blocks = blocks_of(
            "<body><td><br><a href='/1'>One</a><br><a href='/2'>Two</a><br><a href='/3'>Three</a></td></body>",
        );
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["One", "Two", "Three"]);

        // Near misses: lines of text with a link in them, two links, and the addresses of
        // sources cited in a post stay one block.
        let blocks = blocks_of(
            "<body><p>Read <a href='/1'>the report</a> first<br>then <a href='/2'>the reply</a><br>and <a href='/3'>the ruling</a></p>\
             <p><a href='/1'>One</a><br><a href='/2'>Two</a></p>\
             <p><a href='/a'>https://a.example/t</a><br><a href='/b'>https://b.example/t</a><br><a href='/c'>www.c.example</a></p></body>",
        );
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Read the report first then the reply and the ruling",
                "One Two",
                "https://a.example/t https://b.example/t www.c.example"
            ]
        );
    }

    #[test]
    fn blocks_know_their_ancestors_and_hints() {
        let blocks = blocks_of(
            "<body><article><div class='entry-content'><p>Body text.</p></div></article><div class='sidebar'><p>Side</p></div></body>",
        );
        let body = blocks[0].html.clone().unwrap_or_default();
        let side = blocks[1].html.clone().unwrap_or_default();
        assert!(body.in_article && body.class_positive == 1);
        assert!(!side.in_article && side.class_negative == 1);
        assert_ne!(body.ancestors.last(), side.ancestors.last());
        assert_eq!(body.ancestors.first(), side.ancestors.first());
    }

    #[test]
    fn blocks_know_their_forms() {
        let blocks = blocks_of("<body><p>Body text.</p><form><p>Your email</p></form></body>");
        assert_eq!(blocks[1].html.clone().unwrap_or_default().forms.len(), 1);
        assert!(blocks[0].html.clone().unwrap_or_default().forms.is_empty());
    }

    #[test]
    fn attributes_are_read_as_element_attr_reads_them() {
        let doc = parse(
            r#"<body><div CLASS="a b" id=x itemprop=articleBody role=main style="display:none" hidden data-x=1>
               <a href="/y">t</a><svg><a xlink:href="/z">u</a></svg></div></body>"#,
        );
        for node in doc.tree.nodes() {
            let Node::Element(element) = node.value() else { continue };
            let attrs = Attrs::of(element);
            for (name, got) in [
                ("class", attrs.class),
                ("id", attrs.id),
                ("itemprop", attrs.itemprop),
                ("role", attrs.role),
                ("style", attrs.style),
                ("href", attrs.href),
            ] {
                assert_eq!(got, element.attr(name), "{name} of {}", element.name());
            }
            assert_eq!(attrs.hidden, element.attr("hidden").is_some());
        }
    }

    #[test]
    fn a_page_inside_noscript_is_read_and_a_small_noscript_is_not() {
        let post = "<p>Has anyone seen the deploy fail with no reason given in the log at all?</p>".repeat(40);
        let html = format!(
            "<body><div id=app></div><noscript><img src=pixel.gif> Please enable JavaScript.</noscript>\
             <noscript data-path=/t/1><div id=main-outlet>{post}</div></noscript></body>"
        );
        let blocks = blocks_of(&html);
        assert_eq!(blocks.len(), 40);
        assert!(blocks.iter().all(|b| b.text.starts_with("Has anyone seen")));
        // A page nesting noscripts is read one level deep, and does not recurse.
        let nested = format!("<body><noscript>{}{post}</noscript></body>", "<noscript>".repeat(2000));
        assert!(blocks_of(&nested).len() <= 40);
    }

    #[test]
    fn blocks_count_their_links_but_not_those_without_text() {
        let blocks = blocks_of(
            "<body><a href=/i><img src=x.png></a><p><a href=/a>Tags</a> <a href=/b>news</a> <a href=/c>city</a> and text</p></body>",
        );
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].html.as_ref().map(|h| h.links), Some(3));
    }

    #[test]
    fn layout_cells_are_containers_and_data_cells_join_their_row() {
        let story =
            "The council voted on Tuesday to turn the old tram depot into a library, ending a dispute over the site. "
                .repeat(4);
        let page = format!(
            "<body><table><tr><td><a href=/>Home</a><br><a href=/n>News</a><br><a href=/s>Sport</a><br><a href=/c>Contact</a></td>\
             <td><b>Depot becomes library</b><br><br>{story}<br><br>The library opens in 2029.</td></tr></table>\
             <table><tr><td>Name</td><td>Main Street 1<br>Springfield</td><td><p>Opening hours</p></td></tr></table></body>"
        );
        let blocks = blocks_of(&page);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Home",
                "News",
                "Sport",
                "Contact",
                "Depot becomes library",
                story.trim(),
                "The library opens in 2029.",
                "Name Main Street 1 Springfield",
                "Opening hours"
            ]
        );
        // The menu and the story sit in different containers.
        let container = |b: &Block| b.html.as_ref().and_then(|h| h.ancestors.last().copied());
        assert_ne!(container(&blocks[0]), container(&blocks[5]));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        // Deeper than the segmenter walks, within what the parser reads.
        let html = format!("<body>{}<p>deep</p>{}</body>", "<div>".repeat(500), "</div>".repeat(500));
        let blocks = blocks_of(&html);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "deep");
        // Deeper than the parser reads: the page up to there.
        let html = format!("<body><p>shallow</p>{}<p>deep</p>{}</body>", "<div>".repeat(5000), "</div>".repeat(5000));
        let texts: Vec<String> = blocks_of(&html).into_iter().map(|b| b.text).collect();
        assert_eq!(texts, ["shallow"]);
    }
}
