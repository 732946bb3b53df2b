//! Segmentation of a plain-text dump into blocks: one block per non-empty line, with
//! `starts_group` set on the first line after a blank line (dumps put a blank line between
//! the blocks of the page they came from, and none between the items of one list).

use crate::clean::block::{Block, BlockKind, MAX_BLOCKS};
use crate::clean::shape::collapse_whitespace;

/// Lines longer than this are cut into pieces at whitespace, so that one huge line cannot
/// make a single block that dwarfs every measure (and time stays linear).
pub const MAX_LINE_CHARS: usize = 20_000;

/// Split a dump into blocks.
pub fn segment(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut after_blank = true;
    for line in text.lines() {
        if blocks.len() >= MAX_BLOCKS {
            tracing::warn!(max_blocks = MAX_BLOCKS, "Dump has too many lines; the rest of it is not read.");
            blocks.truncate(MAX_BLOCKS);
            break;
        }
        let collapsed = collapse_whitespace(line);
        if collapsed.is_empty() {
            after_blank = true;
            continue;
        }
        let mut push = |piece: String| {
            let mut block = Block::new(piece, BlockKind::Line);
            block.starts_group = after_blank;
            after_blank = false;
            blocks.push(block);
        };
        if collapsed.len() <= MAX_LINE_CHARS {
            push(collapsed);
        } else {
            split_long(&collapsed).into_iter().for_each(push);
        }
    }
    blocks
}

fn split_long(line: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    for word in line.split(' ') {
        if current.len() + word.len() + 1 > MAX_LINE_CHARS && !current.is_empty() {
            pieces.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_blocks_and_blank_lines_start_groups() {
        let blocks = segment("Title\n\nNav one\nNav two\n\n  A   paragraph.  \n");
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Title", "Nav one", "Nav two", "A paragraph."]);
        let groups: Vec<_> = blocks.iter().map(|b| b.starts_group).collect();
        assert_eq!(groups, [true, true, false, true]);
    }

    #[test]
    fn a_huge_line_is_cut_into_bounded_pieces() {
        let line = "word ".repeat(20_000);
        let blocks = segment(&line);
        assert!(blocks.len() > 1);
        assert!(blocks.iter().all(|b| b.text.len() <= MAX_LINE_CHARS));
    }

    #[test]
    fn a_dump_of_more_lines_than_the_block_limit_is_cut() {
        let text = "A line of text.\n".repeat(MAX_BLOCKS + 10);
        let blocks = segment(&text);
        assert_eq!(blocks.len(), MAX_BLOCKS);
    }
}
