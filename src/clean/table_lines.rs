//! Tables in text dumps. Dumps made from the page's text (a crawler's extract, a copy from a
//! browser) print a table row as one line with a tab between its cells: `Weight<TAB>310 g`.
//! Read as lines, a product's specifications look like a menu, a list of short lines, and
//! go, cutting the main text at the table. Runs of such rows are found here and become table
//! rows, which the list rules leave alone and which neither draw nor cut the main run.
//!
//! A row has two cells or more; a run is three rows or more in a row, of at most two cell
//! counts (a row may lack its last cell). A grid of one- or two-word cells, four or more a
//! row, is a menu laid out in a table, not data.

use std::ops::Range;

/// The fewest rows of a table...
const MIN_ROWS: usize = 3;
/// ...the most cells a row may have (more is a layout, not data)...
const MAX_CELLS: usize = 8;
/// ...and the longest cell (bytes): longer ones are paragraphs side by side.
const MAX_CELL_BYTES: usize = 200;
/// Rows of this many cells or more, all of them this many words or fewer, are a menu.
const MENU_ROW_CELLS: usize = 4;
/// Rows of this many short cells or more, in a table without a figure, are a menu too.
const MIN_GRID_CELLS: usize = 3;
const MENU_CELL_WORDS: usize = 2;

/// The runs of table rows in `lines` (the dump's raw lines), as ranges of line indices.
pub(crate) fn table_runs(lines: &[&str]) -> Vec<Range<usize>> {
    if !lines.iter().any(|l| l.contains('\t')) {
        return Vec::new();
    }
    let cells: Vec<usize> = lines.iter().map(|l| cell_count(l)).collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if cells[i] < 2 {
            i += 1;
            continue;
        }
        let start = i;
        let mut counts: Vec<usize> = Vec::new();
        while i < lines.len() {
            match cells[i] {
                // A row that lacks its value (`Lugs<TAB>`) goes on a table.
                1 => {}
                n if n >= 2 && (counts.contains(&n) || counts.len() < 2) => {
                    if !counts.contains(&n) {
                        counts.push(n);
                    }
                }
                _ => break,
            }
            i += 1;
        }
        let full_rows = cells[start..i].iter().filter(|&&n| n >= 2).count();
        if full_rows >= MIN_ROWS && !is_menu_grid(&lines[start..i]) {
            runs.push(start..i);
        }
    }
    runs
}

/// The cells of a line split at tabs, empty ones aside; 0 when the line holds no tab
/// between its words.
fn cell_count(line: &str) -> usize {
    let line = line.trim_matches([' ', '\r']);
    if !line.trim_start().contains('\t') {
        return 0;
    }
    let mut count = 0;
    for cell in line.split('\t').map(str::trim).filter(|c| !c.is_empty()) {
        if cell.len() > MAX_CELL_BYTES {
            return 0;
        }
        count += 1;
    }
    if count > MAX_CELLS { 0 } else { count }
}

/// A grid of links laid out in a table: rows of four cells or more of one or two words, or
/// of three or more short cells without a figure in the whole table (`About us<TAB>Help
/// centre<TAB>Stores`). Data has figures, or a label and its value.
fn is_menu_grid(rows: &[&str]) -> bool {
    let rows: Vec<Vec<&str>> =
        rows.iter().map(|row| row.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect()).collect();
    let short_cells = |cells: &Vec<&str>| cells.iter().all(|c| c.split_whitespace().count() <= MENU_CELL_WORDS);
    let figures = rows.iter().flatten().any(|cell| cell.chars().any(|c| c.is_ascii_digit()));
    let wide = |min: usize| rows.iter().all(|cells| cells.len() >= min && short_cells(cells));
    wide(MENU_ROW_CELLS) || (wide(MIN_GRID_CELLS) && !figures)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<Range<usize>> {
        table_runs(&text.lines().collect::<Vec<_>>())
    }

    #[test]
    fn finds_specification_and_data_tables() {
        let specs =
            "Specifications\nWeight\t310 g\nDrop\t6 mm\nUpper\tRecycled mesh\nLugs\t\nThe shoe runs true to size.";
        assert_eq!(runs(specs), vec![1..5]);
        let data = "Year\tRevenue\tProfit\n2023\t1.2m\t0.1m\n2024\t1.5m\t0.3m";
        assert_eq!(runs(data), vec![0..3]);
    }

    #[test]
    fn menus_single_rows_and_prose_are_no_tables() {
        // Near misses: a menu laid out in a table, two rows only, lines without tabs.
        assert!(runs("Home\tNews\tSport\tWeather\nTV\tRadio\tShop\tHelp\nLogin\tJoin\tFAQ\tContact").is_empty());
        assert!(runs("Weight\t310 g\nDrop\t6 mm\nThe shoe runs true to size.").is_empty());
        assert!(runs("Weight 310 g\nDrop 6 mm\nUpper Recycled mesh").is_empty());
        assert!(
            runs("About us\tHelp centre\tStores\nCareers\tReturns\tGift cards\nPress\tDelivery\tContact us").is_empty()
        );
        // Prose with stray trailing tabs has one cell a line.
        assert!(runs("A\tB\nThe first sentence goes on.\t\nAnother sentence here.\t").is_empty());
    }
}
