//! The block model shared by both kinds of input. HTML is pruned and segmented into blocks
//! (paragraphs, headings, list items, table rows); a text dump is segmented by lines and
//! blank lines. Every later step of the cleaner works on blocks, whatever their source.

use crate::model::RuleId;

/// The structural role of a block, as far as the input shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A paragraph of running text (HTML `<p>`, or a run of text in a `<div>`).
    Paragraph,
    /// A heading, with its level 1–6 (HTML `<h1>`–`<h6>`).
    Heading(u8),
    /// An item of a list (`<li>`, `<dt>`, `<dd>`).
    ListItem,
    /// A row of a table.
    TableRow,
    /// A quotation (`<blockquote>`).
    Quote,
    /// Preformatted text or code (`<pre>`).
    Preformatted,
    /// A caption (`<figcaption>`, `<caption>`).
    Caption,
    /// A line of a text dump: its role is unknown until it is classified.
    Line,
}

/// What the cleaner decided about a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// No rule has decided yet; the content scorer will.
    Undecided,
    /// Part of the main text.
    Keep,
    /// Removed by the named rule.
    Remove(RuleId),
}

/// Facts about an HTML block that a text dump cannot give.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlContext {
    /// Non-space characters of the block's text that sit inside `<a href>`.
    pub link_chars: u32,
    /// `link_chars` over the block's non-space characters.
    pub link_density: f32,
    /// Links (`<a href>`) that start in the block.
    pub links: u16,
    /// Depth of the block's element in the DOM.
    pub depth: u16,
    /// Index (in document order) of the DOM elements enclosing this block, innermost last;
    /// used to choose the main content container.
    pub ancestors: Vec<u32>,
    /// A hash of the tag and class list of each element in `ancestors`: alike elements
    /// (the posts of a thread) have the same; 0 when not known.
    pub ancestor_shapes: Vec<u64>,
    /// How many enclosing elements have class or id names of main text (`article-body`,
    /// `entry-content`, ...).
    pub class_positive: u8,
    /// How many enclosing elements have class or id names of boilerplate (`sidebar`,
    /// `related`, `comments`, `share`, ...).
    pub class_negative: u8,
    /// The block's element is inside `<article>`, `<main>` or `[itemprop=articleBody]`.
    pub in_article: bool,
    /// The block is inside an element hidden until a script or a click shows it.
    pub hidden: bool,
    /// Enclosing elements (document-order indices, as in `ancestors`) whose class or id
    /// names them a container of boilerplate (`sidebar`, `comments`, `related`, ...), each
    /// with the name that did (see `html::hints::boilerplate_container_name`).
    pub boilerplate_containers: Vec<(u32, u8)>,
    /// Enclosing `<form>` elements (document-order indices).
    pub forms: Vec<u32>,
    /// The block's item: its nearest enclosing element that holds more than one block (a
    /// teaser card's headline and lede, a post's header and body). How many elements of
    /// the same tag and class sit beside it under one parent, itself included: 1 for a
    /// one-off container such as an article body, many for a list of cards or posts; 0
    /// when the block has no item.
    pub item_repeats: u16,
    /// The same count for the block's own element (its paragraph, list item, cell...).
    pub own_repeats: u16,
    /// `link_density` of the item as a whole.
    pub item_link_density: f32,
}

/// At most this many blocks are taken from one page; the rest is not read, and stands in
/// the document's removals as [`BLOCK_LIMIT`]. It bounds the memory and time one page can take.
pub const MAX_BLOCKS: usize = 50_000;

/// What a page holds after its first [`MAX_BLOCKS`] blocks, unread.
pub const BLOCK_LIMIT: RuleId = RuleId("block_limit");

/// What an HTML page holds after the point where its parse stopped (see
/// [`crate::clean::html::parse`]), unread.
pub const MARKUP_LIMIT: RuleId = RuleId("markup_limit");

/// The limits with what they mean, for `rinse rules`.
pub const DESCRIPTIONS: &[(RuleId, &str)] = &[
    (
        BLOCK_LIMIT,
        "What a page holds after its first 50,000 blocks (paragraphs, items, lines): not read, so that one huge page cannot take unbounded time and memory.",
    ),
    (
        MARKUP_LIMIT,
        "What an HTML page holds after elements nest 512 deep, after 200,000 elements, or after the tree builder's work passes its budget: not read, for the same reason.",
    ),
];

/// One unit of text: a paragraph, heading, list item, table row, or dump line.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The text, whitespace collapsed, never empty.
    pub text: String,
    pub kind: BlockKind,
    /// For dumps: this line is the first of a group of lines not separated by a blank line.
    /// For HTML: this block starts a new container (its parent differs from the previous one).
    pub starts_group: bool,
    pub html: Option<HtmlContext>,
    pub verdict: Verdict,
    /// Preformatted text (code, logs) as laid out: its lines and their indentation, which
    /// `text` has collapsed; the output keeps this form. `None` when they are the same.
    pub layout: Option<String>,
}

impl Block {
    pub fn new(text: impl Into<String>, kind: BlockKind) -> Self {
        Block { text: text.into(), kind, starts_group: false, html: None, verdict: Verdict::Undecided, layout: None }
    }

    /// Whether some rule has already removed this block.
    pub fn is_removed(&self) -> bool {
        matches!(self.verdict, Verdict::Remove(_))
    }

    /// Remove the block with `rule`, unless an earlier rule already decided about it.
    pub fn remove(&mut self, rule: RuleId) {
        if self.verdict == Verdict::Undecided {
            self.verdict = Verdict::Remove(rule);
        }
    }

    /// Share of the text inside links (0 for dumps).
    pub fn link_density(&self) -> f32 {
        self.html.as_ref().map_or(0.0, |h| h.link_density)
    }
}
