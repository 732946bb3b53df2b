//! `nav_list`: menus and link lists. A run of short items that are not sentences, like
//! "Home / World / Sports / Tech", is navigation; in HTML the items must also be links.
//! A tag cloud or a select menu run into one line is one too: many links (in HTML), or, in
//! a dump, many terms in alphabetical order, which prose never is.

use crate::clean::block::{Block, BlockKind};
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::rules::body::{body_span, outside};
use crate::clean::shape;
use crate::model::RuleId;

/// Items of a menu are at most this many words.
const MAX_ITEM_WORDS: usize = 4;
/// A menu in a text dump has at least this many items in a row (shorter runs are too
/// often real lists: ingredients, specifications).
const MIN_RUN_DUMP: usize = 5;
/// A menu in HTML has at least this many linked items in a row.
const MIN_RUN_HTML: usize = 3;
/// The share of an HTML item's text that must be link text.
const MIN_LINK_DENSITY: f32 = 0.7;
/// A block of links alone is a tag cloud or an inline menu from this many links...
const MIN_CLOUD_LINKS: usize = 8;
/// ...of at most this many words each on average...
const MAX_CLOUD_WORDS_PER_LINK: usize = 3;
/// ...when this share of its text is link text.
const MIN_CLOUD_LINK_DENSITY: f32 = 0.9;
/// A line of terms in alphabetical order is a tag cloud or a select menu from this many
/// terms with letters (ten-item lists in prose are sometimes sorted)...
const MIN_SORTED_TERMS: usize = 12;
/// ...when at least this share of neighbouring terms are in order (a multi-word tag, a
/// label before the terms, or an accent the order ignores may break a few pairs; the words
/// of prose are in order about half the time).
const MIN_SORTED_SHARE: f32 = 0.85;
/// Marks that separate the terms of a list on one line; without them, words are the terms.
const TERM_SEPARATORS: &[char] = &[',', '|', ';', '·', '•', '，', '、', '；'];

pub struct NavList;

impl Rule for NavList {
    fn id(&self) -> RuleId {
        RuleId("nav_list")
    }

    fn describe(&self) -> &'static str {
        "Menus and link lists: runs of short items that are not sentences (and are links, in HTML), \
         and tag clouds or select menus run into one line (many short links, or many terms in alphabetical order)."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        let body = body_span(blocks);
        // Each block is looked at once (removing a run does not change what the others are).
        let marked: Vec<bool> = blocks.iter().map(is_item).collect();
        let mut i = 0;
        while i < blocks.len() {
            if !marked[i] {
                i += 1;
                continue;
            }
            let start = i;
            while marked.get(i).copied().unwrap_or(false) {
                i += 1;
            }
            let min_run = if blocks[start].html.is_some() { MIN_RUN_HTML } else { MIN_RUN_DUMP };
            // A list that a line ending in ':' introduces is part of the text ("You will need:").
            let introduced = start > 0 && blocks[start - 1].text.trim_end().ends_with(':');
            // Items that open with quantities are ingredients or parts ("2 carrots").
            let quantities = shape::mostly_quantities(blocks[start..i].iter().map(|b| b.text.as_str()));
            if i - start >= min_run && !introduced && !quantities && outside(body, start, i) {
                for block in &mut blocks[start..i] {
                    block.remove(self.id());
                }
            }
        }
        for (i, block) in blocks.iter_mut().enumerate() {
            if !marked[i] && (is_link_cloud(block) || is_sorted_cloud(block)) && outside(body, i, i + 1) {
                block.remove(self.id());
            }
        }
    }
}

/// A tag cloud or an inline menu run into one block ("adote um amigo agua alerta ambiente
/// ..."): in HTML, many short links and nothing else, no sentence among them. A list of
/// products or stories in one block has longer links.
fn is_link_cloud(block: &Block) -> bool {
    let Some(html) = &block.html else { return false };
    if html.link_density < MIN_CLOUD_LINK_DENSITY || usize::from(html.links) < MIN_CLOUD_LINKS {
        return false;
    }
    let words = shape::word_count_up_to(&block.text, MAX_CLOUD_WORDS_PER_LINK * usize::from(html.links) + 1);
    words <= MAX_CLOUD_WORDS_PER_LINK * usize::from(html.links) && shape::sentence_marks(&block.text) == 0
}

/// A tag cloud or the options of a select menu as one line ("adote um amigo agua alerta
/// ambiente amizade ...", "Select Country Albania Algeria Argentina ..."): many terms in
/// alphabetical order, and not a sentence.
fn is_sorted_cloud(block: &Block) -> bool {
    if matches!(block.kind, BlockKind::Heading(_) | BlockKind::TableRow | BlockKind::Preformatted) {
        return false;
    }
    let text = block.text.as_str();
    if shape::word_count_up_to(text, MIN_SORTED_TERMS) < MIN_SORTED_TERMS || shape::ends_like_sentence(text) {
        return false;
    }
    // A label before the terms ("Tags:") is not one of them.
    let text = match text.split_once(':') {
        Some((label, terms)) if shape::word_count_up_to(label, MAX_ITEM_WORDS) <= MAX_ITEM_WORDS => terms,
        _ => text,
    };
    let separated = text.matches(TERM_SEPARATORS).count() + 1 >= MIN_SORTED_TERMS;
    let terms: Vec<String> = if separated {
        text.split(TERM_SEPARATORS).filter_map(sort_key).collect()
    } else {
        text.split_whitespace().filter_map(sort_key).collect()
    };
    if terms.len() < MIN_SORTED_TERMS {
        return false;
    }
    let in_order = terms.windows(2).filter(|pair| pair[0] <= pair[1]).count();
    in_order as f32 >= MIN_SORTED_SHARE * (terms.len() - 1) as f32
}

/// How a term sorts: lower case, without accents or the marks around it; `None` for a term
/// without letters (a number, a dash), which a select menu of quantities or an alphabet bar
/// holds but a tag cloud does not.
fn sort_key(term: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let key: String = term
        .trim_matches(|c: char| !c.is_alphanumeric())
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    key.chars().any(char::is_alphabetic).then_some(key)
}

/// Whether a block looks like a menu item.
fn is_item(block: &Block) -> bool {
    if matches!(block.kind, BlockKind::Heading(_) | BlockKind::TableRow | BlockKind::Preformatted) {
        return false;
    }
    let text = block.text.as_str();
    // The cheap test first: most paragraphs end like a sentence.
    if shape::ends_like_sentence(text) || shape::word_count_up_to(text, MAX_ITEM_WORDS) > MAX_ITEM_WORDS {
        return false;
    }
    match &block.html {
        Some(html) => html.link_density >= MIN_LINK_DENSITY,
        // In a dump, menu items start with a capital letter or a digit, not lower case.
        None => text.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| !c.is_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::HtmlContext;
    use crate::clean::rules::testing::{dump_blocks, removed_by, run_rule};

    #[test]
    fn removes_a_menu_in_a_dump() {
        let mut blocks = dump_blocks(
            "Home\nWorld\nSports\nTech\nCars\nVideo\n\nThe talks resumed on Monday in Geneva, officials said, after a week in which both sides traded accusations over the ceasefire.",
        );
        run_rule(&NavList, &mut blocks);
        assert_eq!(removed_by(&blocks, "nav_list"), 6);
        assert!(!blocks[6].is_removed());
    }

    #[test]
    fn keeps_short_runs_lower_case_lists_introduced_lists_and_lists_inside_the_body() {
        let prose = "The talks resumed on Monday in Geneva, officials said, after a week in which both sides traded accusations.";
        let mut blocks = dump_blocks(&format!(
            "Home\nWorld\nSports\n\n{prose}\n\nYou will need:\nFlour\nEggs\nSugar\nButter\nMilk\n\ncurry & rice\nveggie sticks\nsandwiches\npastries\ndrinks\n\nFlour\nEggs\nSugar\nButter\nMilk\n\n{prose}"
        ));
        run_rule(&NavList, &mut blocks);
        assert_eq!(removed_by(&blocks, "nav_list"), 0);
    }

    #[test]
    fn keeps_ingredients_and_removes_a_menu_after_them() {
        // Ingredients after the body, as a recipe card prints them after its story.
        let mut blocks = dump_blocks(&format!(
            "Home\nWorld\nSports\nTech\nCars\nVideo\n\n{PROSE}\n\nIngredients\n2 carrots\n1 parsnip\n½ tsp salt\n3 Eier\n200g Mehl"
        ));
        run_rule(&NavList, &mut blocks);
        assert_eq!(removed_by(&blocks, "nav_list"), 6);
        assert!(blocks.iter().filter(|b| b.is_removed()).all(|b| !b.text.starts_with(char::is_numeric)));
    }

    const PROSE: &str = "The talks resumed on Monday in Geneva, officials said, after a week in which both sides \
        traded accusations over the ceasefire.";

    #[test]
    fn removes_tag_clouds_and_select_menus_run_into_a_line_before_or_after_the_body() {
        let cloud = "adote um amigo agua alerta ambiente amizade atendimento atirador bem-estar biblioteca \
            caminhada campanha capacitação carnaval civil cultura curso dança defesa civil edital educação";
        let tags = "Tags: calendario stock car 2018, stock car brasil, stock car cascavel, stock car interlagos, \
            stock car santa cruz do sul, stock car taruma, stock car Velo Città, stock car velopark, stock-car \
            londrina, Stock Car Órgãos, stock car uruguai, stock car zona sul";
        let countries = "Select Country Albania Algeria Argentina Australia Austria Bahrain Bangladesh Belgium \
            Bolivia Brazil Bulgaria Cambodia Canada Chile";
        let alphabet = "# A B C D E F G H I J K L M N O P Q R S T U V W X Y Z";
        let mut blocks = dump_blocks(&format!("{countries}\n\n{PROSE}\n\n{PROSE}\n\n{cloud}\n\n{tags}\n\n{alphabet}"));
        run_rule(&NavList, &mut blocks);
        let removed: Vec<bool> = blocks.iter().map(Block::is_removed).collect();
        assert_eq!(removed, [true, false, false, true, true, true]);
    }

    #[test]
    fn keeps_sorted_lists_inside_the_body_short_ones_numbers_and_prose() {
        let sorted_in_body = "Anguilla, Aruba, Barbados, Curacao, Dominica, Grenada, Jamaica, Montserrat, Nassau, \
            Punta Cana, St. Kitts, St. Martin, St. Thomas, Turks & Caicos";
        let short = "Industries Served: Automotive, eCommerce, Entertainment, Food & Drink, Gaming, Retail, \
            Sports, Technology, Travel";
        let quantities = "Quantity: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20";
        let mut blocks = dump_blocks(&format!(
            "{short}\n\n{quantities}\n\n{PROSE}\n\n{sorted_in_body}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}"
        ));
        run_rule(&NavList, &mut blocks);
        assert_eq!(removed_by(&blocks, "nav_list"), 0);
    }

    #[test]
    fn in_html_only_linked_items_count() {
        let item = |text: &str, link: f32| Block {
            html: Some(HtmlContext { link_density: link, ..HtmlContext::default() }),
            ..Block::new(text, BlockKind::ListItem)
        };
        let prose = Block::new(
            "The talks resumed on Monday in Geneva, officials said, after a week in which both sides traded accusations over the ceasefire.",
            BlockKind::Paragraph,
        );
        let mut menu = vec![item("Home", 1.0), item("World", 1.0), item("Sports", 1.0), prose.clone()];
        run_rule(&NavList, &mut menu);
        assert_eq!(removed_by(&menu, "nav_list"), 3);
        let mut list = vec![item("Paris", 0.0), item("Berlin", 0.0), item("Rome", 0.0), prose];
        run_rule(&NavList, &mut list);
        assert_eq!(removed_by(&list, "nav_list"), 0);
    }

    #[test]
    fn removes_a_tag_cloud_but_not_a_block_of_long_links() {
        let links = |text: &str, links: u16| Block {
            html: Some(HtmlContext { link_density: 1.0, links, ..HtmlContext::default() }),
            ..Block::new(text, BlockKind::Paragraph)
        };
        let prose = Block::new(
            "The talks resumed on Monday in Geneva, officials said, after a week in which both sides traded accusations over the ceasefire.",
            BlockKind::Paragraph,
        );
        let cloud = "adote um amigo agua alerta ambiente amizade atendimento biblioteca caminhada campanha carnaval concurso cultura";
        let products = "Apple EarPods Headphones with USB-C Plug, Wired Ear Buds with Built-in Remote to Control Music and Volume Amazon Fire TV Stick 4K Select";
        let mut blocks = vec![prose.clone(), prose.clone(), links(cloud, 12), links(products, 2), links(cloud, 3)];
        run_rule(&NavList, &mut blocks);
        let removed: Vec<bool> = blocks.iter().map(Block::is_removed).collect();
        // Twelve links of about a word: a cloud. Two long links, or a few links of several
        // words each: a list of products or stories.
        assert_eq!(removed, [false, false, true, false, false]);
    }
}
