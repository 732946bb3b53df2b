//! `link_references`: the list of link addresses that `lynx -dump` prints at the end of a
//! page ("References", then "Visible links:" and "Hidden links:" over numbered addresses,
//! `12. https://…`). It is the browser's, not the page's: every line of it goes, from its
//! heading to the end. Only dumps: on an HTML page such a list is written by its author.
//!
//! A dump [`crate::clean::text_browser`] rebuilds has the list taken off before its lines
//! are classified (a long list after a short page would weigh on where the page's text is
//! found); its lines come back as removed by this rule. The rule itself finds the list in
//! dumps that are not rebuilt.

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::text_browser::numbered_text_at;
use crate::model::{InputKind, RuleId};

/// The rule's id.
pub const LINK_REFERENCES: RuleId = RuleId("link_references");

/// Removes the addresses a text-mode browser lists after a dumped page.
pub struct LinkReferences;

impl Rule for LinkReferences {
    fn id(&self) -> RuleId {
        LINK_REFERENCES
    }

    fn describe(&self) -> &'static str {
        "The numbered link addresses a text-mode browser lists after the page (lynx's \"References\", \"Visible links:\", \"1. https://…\")."
    }

    fn apply(&self, blocks: &mut [Block], cx: &mut RuleContext<'_>) {
        if cx.kind != InputKind::Text {
            return;
        }
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        if let Some(start) = references_start(&texts) {
            blocks[start..].iter_mut().for_each(|b| b.remove(self.id()));
        }
    }
}

/// Fewest addresses of a list of link references.
const MIN_REFERENCES: usize = 3;
/// Most words of the heading over them ("References").
const MAX_REFERENCES_HEADING_WORDS: usize = 2;

/// Where the list of link addresses that ends a lynx dump starts (its heading, when it has
/// one): numbered addresses (`12. https://…`), under labels ending in "links:" ("Visible
/// links:", "Hidden links:"), up to the end.
pub fn references_start<T: AsRef<str>>(lines: &[T]) -> Option<usize> {
    let mut start = lines.len();
    let mut addresses = 0;
    for (i, line) in lines.iter().enumerate().rev() {
        let line = line.as_ref().trim();
        if is_numbered_address(line) {
            addresses += 1;
        } else if !(line.is_empty() || is_links_label(line) || is_address(line)) {
            break;
        }
        start = i;
    }
    if addresses < MIN_REFERENCES {
        return None;
    }
    let heading = lines[..start].iter().rposition(|line| !line.as_ref().trim().is_empty());
    Some(match heading {
        Some(at) if is_references_heading(lines[at].as_ref().trim()) => at,
        _ => start,
    })
}

/// `12. https://example.org/page`: a number and an address with a scheme (which lynx prints
/// as the page wrote it, spaces and all: `mailto:?subject=Read this`).
fn is_numbered_address(line: &str) -> bool {
    numbered_text_at(line).is_some_and(|at| line[at..].split(' ').next().is_some_and(is_address))
}

/// An address with a scheme (`https:`, `file:`, `mailto:`), alone: the list's entries, and
/// the rest of an address lynx broke over two lines.
fn is_address(text: &str) -> bool {
    !text.contains(' ')
        && text.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        })
}

/// "Visible links:", "Hidden links:".
fn is_links_label(line: &str) -> bool {
    line.len() <= 40 && line.to_ascii_lowercase().ends_with("links:")
}

/// A short label over the list ("References").
fn is_references_heading(line: &str) -> bool {
    line.split_whitespace().count() <= MAX_REFERENCES_HEADING_WORDS && !line.ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::removed_lines;

    const PAGE: &str = "Council opens the new library\n\n\
        The council opened the library on Monday, after three years of work on the old depot.\n\n";

    #[test]
    fn the_reference_list_goes_from_its_heading_to_the_end() {
        let dump = format!(
            "{PAGE}References\n\n   Visible links:\n   1. https://example.org/\n   2. https://example.org/news\n   \
             3. file://localhost/about\n\n   Hidden links:\n   4. https://example.org/rss\n"
        );
        assert_eq!(
            removed_lines(&LinkReferences, &dump),
            [
                "References",
                "Visible links:",
                "1. https://example.org/",
                "2. https://example.org/news",
                "3. file://localhost/about",
                "Hidden links:",
                "4. https://example.org/rss"
            ]
        );
    }

    #[test]
    fn numbered_lines_that_are_text_or_not_at_the_end_stay() {
        // Steps of the article, not addresses.
        let steps =
            format!("{PAGE}How to apply\n1. Fill in the form.\n2. Send it to the office.\n3. Wait for the letter.\n");
        assert!(removed_lines(&LinkReferences, &steps).is_empty());
        // Two addresses are a source line, not the browser's list.
        let sources = format!("{PAGE}Sources\n1. https://example.org/a\n2. https://example.org/b\n");
        assert!(removed_lines(&LinkReferences, &sources).is_empty());
        // A list of addresses with the article going on after it.
        let inside =
            format!("Links\n1. https://example.org/a\n2. https://example.org/b\n3. https://example.org/c\n\n{PAGE}");
        assert!(removed_lines(&LinkReferences, &inside).is_empty());
    }
}
