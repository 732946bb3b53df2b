//! `related_headlines`: lists of other articles' headlines, usually after the body
//! ("Libya to investigate 'slave auction' footage / Iraq top court declares ..."): runs of
//! title-like lines of a few words with no sentence punctuation. Lines counted off in
//! number, opening with dates ("June 9 – Tampa, FL @ …") or with quantities ("80 g butter"),
//! are a list, a schedule or a recipe's ingredients, not headlines.

use crate::clean::block::{Block, BlockKind};
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::rules::body::{body_span, outside};
use crate::clean::shape;
use crate::metadata::date;
use crate::model::RuleId;

/// Headlines are between these many words long.
const MIN_WORDS: usize = 3;
const MAX_WORDS: usize = 20;
/// At least this many headlines in a row (blank lines between them allowed).
const MIN_RUN: usize = 4;
/// In HTML, headlines are links.
const MIN_LINK_DENSITY: f32 = 0.5;

pub struct RelatedHeadlines;

impl Rule for RelatedHeadlines {
    fn id(&self) -> RuleId {
        RuleId("related_headlines")
    }

    fn describe(&self) -> &'static str {
        "Lists of other articles' headlines: runs of title-like lines without sentence punctuation."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        let body = body_span(blocks);
        // Each block is looked at once (removing a run does not change what the others are).
        let marked: Vec<bool> = blocks.iter().map(is_headline).collect();
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
            let introduced = start > 0 && blocks[start - 1].text.trim_end().ends_with(':');
            let run = &blocks[start..i];
            let quantities = shape::mostly_quantities(run.iter().map(|b| b.text.as_str()));
            if i - start >= MIN_RUN
                && !introduced
                && !numbered(run)
                && !dated(run)
                && !quantities
                && !facts(run)
                && !outweighs_the_prose(blocks, run)
                && outside(body, start, i)
            {
                for block in &mut blocks[start..i] {
                    block.remove(self.id());
                }
            }
        }
    }
}

/// Whether most of a run's lines are numbered in sequence (`1a etapa ...`, `2a etapa ...`,
/// `Pages 1-22 ...`, `Pages 23-86 ...`): a numbered list, as in a schedule, a ranking or a
/// table of contents, is text; lists of other pages' headlines are not counted off.
fn numbered(run: &[Block]) -> bool {
    let numbers: Vec<Option<(u32, u32)>> = run.iter().map(|b| counted_part(&b.text)).collect();
    let in_sequence = numbers
        .windows(2)
        .filter(|w| matches!(w, [Some((a, a_end)), Some((b, _))] if *b == a + 1 || *b == a_end + 1))
        .count();
    2 * (in_sequence + 1) > run.len()
}

/// Whether most of a run's lines open with a day of a month ("June 9 – Tampa, FL @ …",
/// "June 10 – …"): a schedule of dates (a tour, a season, events) is text; headlines
/// seldom open with a date.
fn dated(run: &[Block]) -> bool {
    2 * run.iter().filter(|b| date::starts_with_day_of_month(&b.text)).count() > run.len()
}

/// Whether the run's lines that no other rule removed (the headline repeated above an
/// event's facts, the ticket buttons under them) are facts under labels of their own
/// ([`shape::mostly_facts`]): an event's or a product's facts are text.
fn facts(run: &[Block]) -> bool {
    let lines: Vec<&str> = run.iter().filter(|b| !b.is_removed()).map(|b| b.text.as_str()).collect();
    lines.len() >= MIN_FACTS && shape::mostly_facts(&lines)
}

/// Whether a run holds far more words than all the page's prose: the list is what the page
/// is for (a shop's grid of products, a listing), and the prose around it a short
/// introduction; a list of other articles is shorter than the article it follows.
fn outweighs_the_prose(blocks: &[Block], run: &[Block]) -> bool {
    if run.len() < MIN_PAGE_LIST {
        return false;
    }
    let run_words: usize = run.iter().map(|b| shape::word_count(&b.text)).sum();
    let mut prose_words = 0;
    for block in blocks {
        if !block.is_removed() && shape::ends_like_sentence(&block.text) {
            prose_words += shape::word_count(&block.text);
            if prose_words * PROSE_OUTWEIGHED_BY >= run_words {
                return false;
            }
        }
    }
    true
}

/// A list is what the page is for when it holds this many times the words of its prose,
const PROSE_OUTWEIGHED_BY: usize = 2;
/// and has at least this many lines.
const MIN_PAGE_LIST: usize = 8;

/// The fewest lines of facts that make a list of them.
const MIN_FACTS: usize = 2;

/// The number (or range of numbers) a line counts off with: a list item's number
/// ([`shape::leading_number`]), or one after a single word (`Chapter 3 ...`, `Pages 23-86 ...`,
/// `Teil 2 ...`), as `(first, last)`.
fn counted_part(text: &str) -> Option<(u32, u32)> {
    if let Some(number) = shape::leading_number(text) {
        return Some((number, number));
    }
    let (word, rest) = text.trim_start().split_once(' ')?;
    if word.is_empty() || word.chars().count() > MAX_COUNTER_WORD_CHARS || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let number = |s: &str| -> Option<(u32, usize)> {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=MAX_COUNTER_DIGITS).contains(&digits) {
            return None;
        }
        Some((s[..digits].parse().ok()?, digits))
    };
    let (first, digits) = number(rest)?;
    let after = &rest[digits..];
    let last = after
        .strip_prefix(['-', '–'])
        .and_then(number)
        .filter(|&(last, _)| last >= first)
        .map_or(first, |(last, _)| last);
    // A word must follow somewhere: `Pages 1-22 - Hinges`, not a bare `Page 3`.
    after.chars().any(char::is_alphabetic).then_some((first, last))
}

/// A counting word (`Chapter`, `Pages`, `Kapitel`) is at most this long.
const MAX_COUNTER_WORD_CHARS: usize = 12;
/// Numbers counted off after a word have at most this many digits (a page number, not a year).
const MAX_COUNTER_DIGITS: usize = 4;

/// Whether a block reads like a headline: a few words, capitalised start, no sentence
/// ending except a question mark, not a heading of the page itself.
fn is_headline(block: &Block) -> bool {
    if matches!(block.kind, BlockKind::Heading(_) | BlockKind::TableRow | BlockKind::Preformatted) {
        return false;
    }
    let text = block.text.trim();
    // The cheap test first: most paragraphs end with a period.
    let ends_statement = |c: char| {
        shape::is_full_stop(c) || shape::CLAUSE_MARKS.contains(&c) || matches!(c, '!' | '！' | ':' | '：' | '…')
    };
    if text.ends_with(ends_statement) {
        return false;
    }
    let words = shape::word_count_up_to(text, MAX_WORDS);
    if !(MIN_WORDS..=MAX_WORDS).contains(&words) {
        return false;
    }
    let starts_well = text.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| !c.is_lowercase());
    if !starts_well || shape::sentence_marks(text) > 1 {
        return false;
    }
    match &block.html {
        Some(html) => html.link_density >= MIN_LINK_DENSITY,
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::{dump_blocks, removed_by, run_rule};

    #[test]
    fn removes_a_list_of_headlines_after_the_body() {
        let mut blocks = dump_blocks(
            "It said both Russian and Syrian government warplanes took part in the bombing raids over the weekend, according to the monitor.\n\n\
             Libya to investigate 'slave auction' footage\n\n\
             Iraq top court declares Kurd referendum unconstitutional\n\n\
             Is a demilitarised Palestinian state a viable option?\n\n\
             15 women killed in food aid crush in Morocco\n\n\
             UN chief horrified by Libya slave auctions",
        );
        run_rule(&RelatedHeadlines, &mut blocks);
        assert!(!blocks[0].is_removed());
        assert_eq!(removed_by(&blocks, "related_headlines"), 5);
    }

    #[test]
    fn keeps_subheadings_sentences_introduced_lists_and_lists_inside_the_body() {
        let mut blocks = dump_blocks(
            "Rebels rejected the plan on Monday, saying that no withdrawal would happen while the bombing of the city went on.\n\n- Key battleground -\n\n\
             In many cases, they have reached deals with the government.\n\n\
             You will learn how to:\nUse sub-object selection to preselect objects\n\
             Create a surface from a planar curve\nLoft, revolve, sweep, and extrude surfaces\n\
             Cap planar holes to create a solid\n\n\
             Use layers.\nUse object snaps.\nMirror objects.\nCreate solid pipes.\n\n\
             Between-session support with personalized podcasts\nTrue air-gapped option for complete isolation\n\
             Gold connectors to prevent oxidation and corrosion\nImproved display repair without removing covers\n\n\
             Rebels rejected the plan on Monday, saying that no withdrawal would happen while the bombing of the city went on.",
        );
        run_rule(&RelatedHeadlines, &mut blocks);
        assert_eq!(removed_by(&blocks, "related_headlines"), 0);
    }

    #[test]
    fn keeps_a_numbered_list_and_removes_numbered_headlines() {
        let prose = "A categoria divulgou nesta semana o calendário da temporada, com doze etapas em nove autódromos do país e duas datas ainda a definir.";
        let schedule = "Calendário da Stock Car 2018\n\n1a etapa: 10 de março – Interlagos\n\
             2a etapa: 8 de abril – Curitiba / Alternativa\n3a etapa: 22 de abril – Velopark\n\
             4a etapa: 06 de maio – Londrina\n5a etapa: 20 de maio – Santa Cruz do Sul";
        let mut blocks = dump_blocks(&format!("{prose}\n\n{schedule}"));
        run_rule(&RelatedHeadlines, &mut blocks);
        assert_eq!(removed_by(&blocks, "related_headlines"), 0);
        // A table of contents counts off after a word, by single numbers or page ranges.
        let contents = "Chapter 1 The harbour before the war\nChapter 2 Building the new quays\n\
             Chapter 3 The strike of 1921\nChapter 4 Containers and cranes\n\n\
             Pages 1-22 - Hinges and hinge pins\nPages 23-86 - Handles and pulls\n\
             Page 87 - Latches and catches\nPages 88-94 - Quick release pins";
        let mut blocks = dump_blocks(&format!("{prose}\n\n{contents}"));
        run_rule(&RelatedHeadlines, &mut blocks);
        assert_eq!(removed_by(&blocks, "related_headlines"), 0);
        // Numbers that do not count off (headlines that start with a figure) are no list.
        let mut blocks = dump_blocks(&format!(
            "{prose}\n\n10 Things to Do in Rome This Weekend\n3 Ways to Save on Energy Bills\n\
             15 Women Killed in Food Aid Crush in Morocco\n7 Tips for a Better Night's Sleep"
        ));
        run_rule(&RelatedHeadlines, &mut blocks);
        assert_eq!(removed_by(&blocks, "related_headlines"), 4);
        // Nor do headlines whose numbers only happen to follow a word.
        let mut blocks = dump_blocks(&format!(
            "{prose}\n\nMarch 12 Rally Draws Thousands to the Capital\nWorld Cup 2026 Tickets Go on Sale\n\
             Top 10 Beaches in Portugal This Summer\nWindows 11 Update Breaks Printers Again"
        ));
        run_rule(&RelatedHeadlines, &mut blocks);
        assert_eq!(removed_by(&blocks, "related_headlines"), 4);
    }

    #[test]
    fn keeps_a_list_of_ingredients() {
        let prose = "Ha van étel, amely a magyar konyhát jelképezi, az a gulyásleves: nálunk a család minden nagyobb ünnepén ez kerül az asztalra, és mindenki a nagymama receptjét követi.";
        let mut blocks = dump_blocks(&format!(
            "{prose}\n\n80 dkg marhalábszár\n2 nagy fej vöröshagyma\n2 evőkanál sertészsír\n1 evőkanál pirospaprika\n\
             4 közepes burgonya"
        ));
        run_rule(&RelatedHeadlines, &mut blocks);
        assert_eq!(removed_by(&blocks, "related_headlines"), 0);
    }

    #[test]
    fn keeps_an_events_facts_and_removes_labelled_headlines() {
        let prose = "Sinfóníuhljómsveit æskunnar heldur sína árlegu vortónleika í Eldborg og í hljómsveitinni leika um áttatíu ungir hljóðfæraleikarar frá öllum landshlutum í vor.";
        let run = |list: &str| {
            let mut blocks = dump_blocks(&format!("{prose}\n\n{list}"));
            run_rule(&RelatedHeadlines, &mut blocks);
            removed_by(&blocks, "related_headlines")
        };
        assert_eq!(
            run("Dagsetning: fimmtudagur 16. maí 2024\n\nTími: kl. 19:30\n\nStaður: Eldborg, Harpa, Reykjavík\n\n\
                 Miðaverð: 3.900 kr. á mann"),
            0
        );
        // The headline repeated above the facts and the ticket buttons under them, already
        // removed by their own rules, do not make the facts a minority of the run.
        let mut blocks = dump_blocks(&format!(
            "{prose}\n\nJarní koncert Filharmonie Brno v Besedním domě\n\nDatum: čtvrtek 18. dubna 2024\n\
             Začátek: 19:30 hodin\nMísto: Besední dům, Komenského nám. 534/8, Brno\nVstupné: 350–690 Kč\n\
             Koupit vstupenky Přidat do kalendáře Zobrazit na mapě"
        ));
        blocks[1].remove(RuleId("title_repeat"));
        blocks[6].remove(RuleId("shop_buttons"));
        run_rule(&RelatedHeadlines, &mut blocks);
        assert_eq!(removed_by(&blocks, "related_headlines"), 0);
        // Nor are numbered links a list of facts.
        assert_eq!(
            run(
                "[1] https://thenewstack.io/rust-goes-mainstream\n\n[2] https://security.googleblog.com/2021/04/rust\n\n\
                 [3] Official Announcement https://developer.example.com/blog/2025/10/hal\n\n\
                 [4] https://www.example.com/resources/blog/top-trends"
            ),
            4
        );
        // Topics over short headlines, a menu with descriptions.
        assert_eq!(
            run("Ukraine: Drones hit Kyiv power plant\n\nGaza: Aid convoy reaches northern city\n\n\
                 Brexit: Talks resume in Brussels\n\nWeather: Sunny 21° in London\n\nFootball: Arsenal sign striker"),
            5
        );
        assert_eq!(
            run("Home: Latest news and updates\n\nWorld: Europe, Asia, Americas\n\nSport: Scores and fixtures\n\n\
                 Weather: Sunny 21° in London\n\nBusiness: Markets and companies"),
            5
        );
        // The same label over each headline, or a headline's length after it, makes a list of headlines.
        assert_eq!(
            run("Watch: Floods sweep through the valley\n\nWatch: Minister resigns after the vote\n\n\
                 Watch: The final minutes of the cup final\n\nWatch: Storm brings down power lines"),
            4
        );
        assert_eq!(
            run("Ukraine: Russian forces push towards the city as talks stall again\n\n\
                 Brexit: What the new trade deal means for fishing towns on the coast\n\n\
                 Analysis: Why the central bank held rates for a third time this year\n\n\
                 Opinion: The housing crisis will not be solved by building more offices"),
            4
        );
    }

    #[test]
    fn keeps_a_list_that_dwarfs_the_prose() {
        // A collection page: one sentence of introduction, then the recipes it collects.
        let recipes = [
            "Classic Marinara Sauce with Fresh Basil",
            "Roasted Cherry Tomato Sauce for Summer Pasta",
            "Slow Cooker Bolognese with Red Wine",
            "Spicy Arrabbiata Sauce in Twenty Minutes",
            "Creamy Tomato Vodka Sauce",
            "Puttanesca with Olives and Capers",
            "Simple Pizza Sauce from Canned Tomatoes",
            "Tomato Butter Sauce with Onion",
            "Smoky Chipotle Tomato Salsa for Tacos",
            "Shakshuka Base with Peppers and Cumin",
        ];
        let text = format!(
            "Our collection of tomato sauce recipes has something for every type of dish, whether you want a quick weeknight pasta or a slow Sunday braise.\n\n{}",
            recipes.join("\n\n")
        );
        let mut blocks = dump_blocks(&text);
        run_rule(&RelatedHeadlines, &mut blocks);
        assert_eq!(removed_by(&blocks, "related_headlines"), 0);
    }

    #[test]
    fn keeps_a_schedule_of_dates() {
        let prose = "The band's current tour continues next week in Greenville, and after a break the schedule picks up again in February.";
        let mut blocks = dump_blocks(&format!(
            "{prose}\n\nThe Doobie Brothers Tour Dates\n\nJune 9 – West Palm Beach, FL @ Coral Sky Amphitheatre\n\
             June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre\nJune 14 – Alpharetta, GA @ Ameris Bank Amphitheatre\n\
             June 17 – Nashville, TN @ Bridgestone Arena\nJune 19 – Charlotte, NC @ PNC Music Pavilion"
        ));
        run_rule(&RelatedHeadlines, &mut blocks);
        assert_eq!(removed_by(&blocks, "related_headlines"), 0);
        // Dates the other way round, in other languages.
        let mut blocks = dump_blocks(&format!(
            "{prose}\n\n9. Juni Hamburg Stadtpark Freilichtbühne\n12. Juni Berlin Zitadelle Spandau\n\
             14 juin Paris Olympia Bruno Coquatrix\n3rd July London Hammersmith Apollo"
        ));
        run_rule(&RelatedHeadlines, &mut blocks);
        assert_eq!(removed_by(&blocks, "related_headlines"), 0);
    }
}
