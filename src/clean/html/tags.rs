//! What each HTML element means for segmentation.

use crate::clean::block::BlockKind;

/// Elements whose content is never visible text: skipped with everything inside.
pub fn is_invisible(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "select"
            | "option"
            | "optgroup"
            | "datalist"
            | "textarea"
            | "button"
            | "input"
            | "audio"
            | "video"
            | "source"
            | "track"
            | "map"
            | "area"
            | "picture"
            | "img"
            | "dialog"
    )
}

/// Elements that start and end a block of text.
pub fn is_block_level(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "caption"
            | "form"
            | "fieldset"
            | "legend"
            | "address"
            | "hr"
            | "details"
            | "summary"
            | "center"
            | "menu"
            | "body"
            | "html"
            | "hgroup"
            | "search"
    )
}

/// The kind of block that text directly inside `tag` forms, if `tag` decides it.
pub fn block_kind(tag: &str) -> Option<BlockKind> {
    Some(match tag {
        "p" => BlockKind::Paragraph,
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "tr" => BlockKind::TableRow,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Preformatted,
        "figcaption" | "caption" => BlockKind::Caption,
        _ => return None,
    })
}

/// Table cells: their text joins the row's block, separated by a space.
pub fn is_cell(tag: &str) -> bool {
    matches!(tag, "td" | "th")
}

/// Elements that mark the main article of a page.
pub fn is_article_marker(tag: &str) -> bool {
    matches!(tag, "article" | "main")
}
