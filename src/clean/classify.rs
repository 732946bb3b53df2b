//! The last step of the cleaner: from the scorer's per-block probabilities, choose the main
//! text. For a dump it is the best contiguous run of lines; for HTML the best element
//! (the one whose blocks add up to the most main-text evidence) with those of its nearby
//! siblings that hold a fair share of evidence too (the other posts of a thread, the other
//! sections of a product page). Inside the chosen region, blocks the scorer still rejects
//! are dropped too.

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::clean::block::{Block, BlockKind, Verdict};
use crate::clean::rules::{
    ADVERTISEMENT, COMMENT_SECTION, MEDIA_FURNITURE, PHOTO_CAPTION, POST_ACTIONS, POST_TAXONOMY, READ_MORE,
    SHOP_BUTTONS, TITLE_REPEAT, is_comment_button,
};
use crate::clean::{shape, thread};
use crate::model::RuleId;

/// Blocks outside the main text region or container.
pub const OUTSIDE_MAIN_TEXT: RuleId = RuleId("outside_main_text");
/// Blocks inside the main region that the content scorer rejects.
pub const LOW_CONTENT_SCORE: RuleId = RuleId("low_content_score");

/// The scorer's verdicts with what they mean, for `rinse rules`.
pub const DESCRIPTIONS: &[(RuleId, &str)] = &[
    (
        OUTSIDE_MAIN_TEXT,
        "Blocks outside the main text (the best run of lines, ended at an article's comment heading, or the best HTML element).",
    ),
    (LOW_CONTENT_SCORE, "Blocks inside the main text that the content scorer still rejects."),
    (
        crate::clean::repeated::REPEATED_TEXT,
        "Kept text the main text already holds (a hidden copy of the article, a paragraph printed twice, a passage printed twice with its headings and list items).",
    ),
];

/// Thresholds of the choice.
#[derive(Debug, Clone, Copy)]
pub struct ClassifyOptions {
    /// A line of a dump adds `(p - region_threshold) × size` to the run that holds it.
    pub region_threshold: f32,
    /// The same for an HTML block and the elements that hold it. Lower than for dumps: an
    /// element's region is bounded by the markup, a run of lines only by the evidence.
    pub html_region_threshold: f32,
    /// Inside the region, blocks with a probability below this are dropped.
    pub keep_threshold: f32,
    /// The evidence per word of a block a rule already removed (negative).
    pub removed_weight: f32,
    /// A sibling of the best HTML element joins the main text when its own evidence is at
    /// least this share of the best element's (forum posts, product sections, the parts of
    /// a page its markup splits into parallel containers); 0 turns it off.
    pub sibling_share: f32,
    /// How many enclosing elements up the siblings are looked for.
    pub sibling_levels: usize,
}

impl ClassifyOptions {
    /// Lower bars, for pages where the normal ones keep nothing.
    pub fn relaxed(&self) -> ClassifyOptions {
        ClassifyOptions {
            region_threshold: self.region_threshold * RELAXED_FACTOR,
            html_region_threshold: self.html_region_threshold * RELAXED_FACTOR,
            keep_threshold: self.keep_threshold * RELAXED_FACTOR,
            removed_weight: self.removed_weight,
            sibling_share: self.sibling_share,
            sibling_levels: self.sibling_levels,
        }
    }
}

/// How much [`ClassifyOptions::relaxed`] lowers the thresholds.
const RELAXED_FACTOR: f32 = 0.5;

impl Default for ClassifyOptions {
    fn default() -> Self {
        ClassifyOptions {
            region_threshold: 0.45,
            html_region_threshold: 0.35,
            keep_threshold: 0.3,
            removed_weight: 0.5,
            sibling_share: 0.15,
            sibling_levels: 4,
        }
    }
}

/// Rules whose lines stand inside an article as often as around it: an ad's label, an
/// "Also read:" link, a photo's credit, the buttons between the posts of a thread.
const INLINE_FURNITURE: [RuleId; 6] =
    [ADVERTISEMENT, READ_MORE, MEDIA_FURNITURE, PHOTO_CAPTION, POST_ACTIONS, SHOP_BUTTONS];
/// What an inline furniture line costs a dump's run, as a share of what a removed line of no
/// words costs (a quarter of a one-word line's cost): a lead the scorer is barely sure of
/// stays joined to the body below two of them.
const INLINE_FURNITURE_COST: f32 = 0.5;
/// The most words a rule-removed dump line is charged for in the choice of the main run...
const MAX_REMOVED_LINE_WORDS: usize = 3;
/// ...and an HTML block in the choice of the main element.
const MAX_REMOVED_BLOCK_WORDS: usize = 6;
/// An article's worth of evidence, about a hundred words the scorer is fairly sure of: what
/// the run must hold before a comment heading for the heading to end it, and after a
/// headline for the headline to start it.
const MIN_ARTICLE_EVIDENCE: f32 = 50.0;
/// How many times what follows a comment heading may outweigh what precedes it for the
/// heading still to end the run (see [`end_at_comments`]).
const MAX_COMMENTS_PER_ARTICLE: f32 = 6.0;

/// The evidence a block brings to the region that holds it: positive for likely main
/// text, negative for likely boilerplate, scaled by its size in words.
fn evidence(block: &Block, probability: f32, words: usize, threshold: f32, opts: &ClassifyOptions) -> f32 {
    if block.verdict == Verdict::Remove(POST_TAXONOMY) {
        // Tags and categories are printed inside the article's frame, under its headline
        // or after its last paragraph: they mark no edge of the text.
        return 0.0;
    }
    if block.is_removed() {
        // A block a rule removed goes whatever region is chosen, so it should not push
        // the choice away from the text around it; a little, as boilerplate marks the edge.
        return -opts.removed_weight * (words as f32 + 1.0);
    }
    (probability - threshold) * (words as f32 + 1.0)
}

/// The maximum-sum contiguous run `[start, end)` of `weights`, or `None` if none is positive.
pub fn best_run(weights: &[f32]) -> Option<(usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut sum = 0f32;
    let mut start = 0usize;
    for (i, &w) in weights.iter().enumerate() {
        if sum <= 0.0 {
            sum = w;
            start = i;
        } else {
            sum += w;
        }
        if sum > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i + 1));
        }
    }
    best.map(|(_, s, e)| (s, e))
}

/// End a dump's main run at the heading of the comments under an article ("59 Comments on
/// “…”", "Leave a Comment"): readers' comments are prose as well, and without markup the
/// run would go on through them. Only at a comment-section line said once in the run
/// (digits aside; counts on the teasers of other stories further down the page do not
/// count) with no repeated one before it: where they repeat from the first ("Add a
/// comment", "Reply", "3 comments" on each post or each item of a listing) the page is a
/// thread or a listing, and its posts are its content; the "Reply" under each comment
/// after the heading does not make an article a thread. A button or a table column's name
/// ("Comment", "Reply") opens no section and never ends the run. The run before the
/// heading must hold an article's worth of evidence, so that a count under a thread's
/// first post ("76 Replies") does not cut the thread, and must not be outweighed many times
/// over by what follows: comments are short and the scorer is less sure of them, so such a
/// heading is the "Comments" tab of a blog's menu above the post, not the post's end.
fn end_at_comments(blocks: &[Block], weights: &[f32], (start, end): (usize, usize)) -> (usize, usize) {
    let headings: Vec<usize> =
        (start..end).filter(|&i| blocks[i].verdict == Verdict::Remove(COMMENT_SECTION)).collect();
    let keys: Vec<String> = headings
        .iter()
        .map(|&i| blocks[i].text.chars().filter(|c| !c.is_ascii_digit()).collect::<String>().to_lowercase())
        .collect();
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for key in &keys {
        *counts.entry(key).or_default() += 1;
    }
    let first_repeated = keys.iter().position(|key| counts[key.as_str()] > 1).unwrap_or(keys.len());
    let opens_section = |h: usize| h > start && h < end && !is_comment_button(&blocks[h].text);
    match (0..first_repeated).map(|k| headings[k]).find(|&h| opens_section(h)) {
        Some(heading) => {
            let before: f32 = weights[start..heading].iter().sum();
            let after: f32 = weights[heading..end].iter().sum();
            if before > MIN_ARTICLE_EVIDENCE && after <= before * MAX_COMMENTS_PER_ARTICLE {
                (start, heading)
            } else {
                (start, end)
            }
        }
        _ => (start, end),
    }
}

/// Start a dump's main run after the article's headline when the masthead above it made
/// it into the run: teasers of other stories ("Headline Their first sentence.") read like
/// prose to the scorer. The headline is known for sure only when the dump opens with the
/// page's title (the window title printed first) and the title comes again once further
/// down: that second title line, the first after the opening one, is the headline. It
/// cuts the run only when it lies inside it, is the run's only title line (a title
/// repeated as section headings or gallery captions is no headline) and an article's worth
/// of evidence follows it.
fn start_at_headline(blocks: &[Block], weights: &[f32], (start, end): (usize, usize)) -> (usize, usize) {
    let is_title = |i: usize| blocks[i].verdict == Verdict::Remove(TITLE_REPEAT);
    if blocks.is_empty() || !is_title(0) {
        return (start, end);
    }
    let Some(headline) = (1..blocks.len()).find(|&i| is_title(i)) else {
        return (start, end);
    };
    let inside = start < headline && headline < end;
    let only_title = (start..end).filter(|&i| is_title(i)).count() == 1;
    let article_follows = || weights[headline + 1..end].iter().sum::<f32>() > MIN_ARTICLE_EVIDENCE;
    if inside && only_title && article_follows() { (headline + 1, end) } else { (start, end) }
}

/// Decide the undecided blocks of a dump: keep those in the best run that score well, and
/// on a thread the well-scoring sentences of the other posts around it.
pub fn classify_sequence(blocks: &mut [Block], probabilities: &[f32], words: &[usize], opts: &ClassifyOptions) {
    let quantities = quantity_lists(blocks);
    let weights: Vec<f32> = blocks
        .iter()
        .zip(probabilities)
        .zip(words)
        .zip(&quantities)
        .map(|(((b, &p), &w), &in_quantity_list)| {
            // A removed line counts for a few words at most: one rule-removed line between
            // two paragraphs ("Share this on Facebook Twitter Email", an edit notice) must
            // not cut the second one off the run. A stretch of removed lines (a menu, a list
            // of related links) still marks the run's edge, line by line.
            // A listing or a table in a dump (see `code_lines`, `table_lines`) neither draws
            // the run nor cuts it: code and data read as boilerplate to the scorer, and stand
            // inside tutorials and product pages.
            if is_listing_or_table(b) && b.verdict == Verdict::Undecided {
                return 0.0;
            }
            let charged = match b.verdict {
                Verdict::Remove(rule) if INLINE_FURNITURE.contains(&rule) => {
                    return INLINE_FURNITURE_COST * evidence(b, p, 0, opts.region_threshold, opts);
                }
                Verdict::Remove(_) => w.min(MAX_REMOVED_LINE_WORDS),
                _ => w,
            };
            let e = evidence(b, p, charged, opts.region_threshold, opts);
            // A list of ingredients or parts may draw the run but never cuts it: the scorer
            // doubts its short lines, and a recipe's ingredients stand between its
            // introduction and its steps.
            if in_quantity_list && b.verdict == Verdict::Undecided { e.max(0.0) } else { e }
        })
        .collect();
    let run = best_run(&weights).map(|run| end_at_comments(blocks, &weights, run));
    let run = run.map(|run| start_at_headline(blocks, &weights, run));
    let table = run.and_then(|run| table_after(blocks, words, run));
    let run = run.map(|(start, end)| (start, table.as_ref().map_or(end, |table| table.end)));
    let finished = run.map(|run| finish_section(blocks, probabilities, words, run, opts));
    let run = finished.as_ref().map(|finished| finished.run);
    let thread = run.and_then(|run| thread::thread_span(blocks, words, run));
    let mut lists: Vec<Range<usize>> =
        run.map(|run| numbered_list_spans(blocks, words, run)).unwrap_or_default().into();
    lists.extend(finished.map(|finished| finished.list));
    lists.extend(table);
    if let Some(run) = run {
        lists.extend(introduced_lists(blocks, probabilities, words, run, opts));
        lists.extend(facts_before(blocks, run.0, |b| b.verdict == Verdict::Undecided));
        lists.extend(facts_after(blocks, run.1, |b| b.verdict == Verdict::Undecided));
    }
    for (i, block) in blocks.iter_mut().enumerate() {
        if block.verdict != Verdict::Undecided {
            continue;
        }
        if lists.iter().any(|list| list.contains(&i)) {
            block.verdict = Verdict::Keep;
            continue;
        }
        let inside = run.is_some_and(|(s, e)| (s..e).contains(&i));
        let in_thread = thread.is_some_and(|(s, e)| (s..e).contains(&i));
        block.verdict = if in_thread && !inside {
            // Another post of the thread: its sentences, not its poster's name and title.
            if thread::is_post_text(&block.text, words[i], probabilities[i], opts.keep_threshold) {
                Verdict::Keep
            } else {
                Verdict::Remove(LOW_CONTENT_SCORE)
            }
        } else if !inside {
            Verdict::Remove(OUTSIDE_MAIN_TEXT)
        } else if probabilities[i] < opts.keep_threshold && !is_listing_or_table(block) {
            Verdict::Remove(LOW_CONTENT_SCORE)
        } else {
            Verdict::Keep
        };
    }
    keep_gaps_in_lists(blocks);
}

/// The fewest lines of a group of dump lines that make a list of quantities.
const MIN_QUANTITY_LIST_LINES: usize = 3;

/// Which blocks belong to a list of ingredients or parts: a group of dump lines (printed
/// without blank lines between them) of at least [`MIN_QUANTITY_LIST_LINES`], most of which
/// open or close with a quantity ([`shape::mostly_quantities`]: `500 g Mehl`, `2 EL Butter`).
fn quantity_lists(blocks: &[Block]) -> Vec<bool> {
    let mut marks = vec![false; blocks.len()];
    let mut start = 0;
    while start < blocks.len() {
        let end = (start + 1..blocks.len()).find(|&i| blocks[i].starts_group).unwrap_or(blocks.len());
        let group = &blocks[start..end];
        if group.len() >= MIN_QUANTITY_LIST_LINES
            && group.iter().all(|b| b.html.is_none())
            && shape::mostly_quantities(group.iter().map(|b| b.text.as_str()))
        {
            marks[start..end].iter_mut().for_each(|m| *m = true);
        }
        start = end;
    }
    marks
}

/// The most words of the heading of a table ("Specifications", "Technical data").
const MAX_TABLE_HEADING_WORDS: usize = 4;

/// A table right after the main run `run`, with the short heading over it if any: a
/// product's specifications after its description, which the run takes on. Tables weigh
/// nothing in the choice of the run, so it ends before them. Not code, which ends articles
/// that do not count it as their text (a script shared at the end of a post).
fn table_after(blocks: &[Block], words: &[usize], (_, end): (usize, usize)) -> Option<Range<usize>> {
    let is_row = |i: usize| blocks.get(i).is_some_and(|b| b.kind == BlockKind::TableRow && !b.is_removed());
    let heading = blocks.get(end).is_some_and(|b| {
        b.verdict == Verdict::Undecided
            && words.get(end).is_some_and(|&w| (1..=MAX_TABLE_HEADING_WORDS).contains(&w))
            && !shape::ends_like_sentence(&b.text)
    });
    let first_row = if heading && is_row(end + 1) { end + 1 } else { end };
    if !is_row(first_row) {
        return None;
    }
    let last = (first_row..blocks.len()).take_while(|&i| is_row(i)).last().unwrap_or(first_row);
    Some(end..last + 1)
}

/// Whether a dump's block is a code listing or a table row: kept as a whole inside the main
/// run, whatever the scorer makes of it.
fn is_listing_or_table(block: &Block) -> bool {
    matches!(block.kind, BlockKind::Preformatted | BlockKind::TableRow)
}

/// The main run `run`, taken on over the text of a section whose heading ends it: a
/// heading the run keeps promises text, and the scorer, unsure of a last short paragraph
/// before the page's furniture, would leave the heading alone at the end of the article.
/// A sentence that ends with a colon ("These are the levels of the main reservoirs:")
/// promises the same: the list under it, and the paragraphs after the list.
fn finish_section(
    blocks: &[Block],
    probabilities: &[f32],
    words: &[usize],
    (start, end): (usize, usize),
    opts: &ClassifyOptions,
) -> FinishedRun {
    let unchanged = FinishedRun { run: (start, end), list: end..end };
    let Some(last) = end.checked_sub(1).filter(|&last| last > start) else {
        return unchanged;
    };
    let trusted = !blocks[last].is_removed() && probabilities[last] >= opts.keep_threshold;
    let heading =
        trusted && (1..=MAX_HEADING_WORDS).contains(&words[last]) && !shape::ends_like_sentence(&blocks[last].text);
    let introduces = trusted && words[last] >= MIN_INTRODUCING_WORDS && introduces_what_follows(&blocks[last].text);
    if !heading && !introduces {
        return unchanged;
    }
    let mut list = end..end;
    let mut end = end;
    if introduces {
        end = section_list_end(blocks, words, end);
        list = last + 1..end;
    }
    while end < blocks.len()
        && !blocks[end].is_removed()
        && probabilities[end] >= opts.keep_threshold
        && words[end] >= MIN_SECTION_WORDS
        && shape::ends_like_sentence(&blocks[end].text)
    {
        end += 1;
    }
    if heading && end == last + 1 {
        // Under a bare heading a short list may as well be the page's tags ("Asia",
        // "Afghanistan"): it joins the run, and the scorer judges its lines.
        end = section_list_end(blocks, words, end);
    }
    FinishedRun { run: (start, end), list }
}

/// The main run after [`finish_section`], and the list a sentence introduced (empty when
/// none): a list is one unit to its reader, kept whole though the scorer doubts its
/// shortest items.
struct FinishedRun {
    run: (usize, usize),
    list: Range<usize>,
}

/// The lists inside the main run `run` that a sentence ending with a colon introduces ("The
/// information evenings at a glance:"): each kept whole, though the scorer doubts its
/// shortest items (a place's name, "Online appointment").
fn introduced_lists(
    blocks: &[Block],
    probabilities: &[f32],
    words: &[usize],
    (start, end): (usize, usize),
    opts: &ClassifyOptions,
) -> Vec<Range<usize>> {
    (start..end.saturating_sub(1))
        .filter(|&i| {
            !blocks[i].is_removed()
                && probabilities[i] >= opts.keep_threshold
                && words[i] >= MIN_INTRODUCING_WORDS
                && introduces_what_follows(&blocks[i].text)
        })
        .map(|i| i + 1..section_list_end(blocks, words, i + 1))
        .filter(|list| !list.is_empty())
        .collect()
}

/// The fewest words of a sentence read as introducing what follows it: "Note:" or
/// "Menu:" alone introduce nothing of the text.
const MIN_INTRODUCING_WORDS: usize = 3;

/// Whether a line ends with a colon, as a sentence that introduces a list does.
fn introduces_what_follows(text: &str) -> bool {
    text.trim_end().ends_with([':', '：'])
}

/// Where the list right under a section heading ends (`after`, the block after the
/// heading, when there is none): a group of lines printed without blank lines between
/// them ("June 9 – Tampa, FL @ …", one line per date; a recipe's ingredients), none of
/// them removed by a rule and none long, at least [`MIN_SECTION_LIST_LINES`] of them.
fn section_list_end(blocks: &[Block], words: &[usize], after: usize) -> usize {
    if !blocks.get(after).is_some_and(|b| b.starts_group) {
        return after;
    }
    let mut end = after + 1;
    while end < blocks.len() && !blocks[end].starts_group {
        end += 1;
    }
    let lines = &blocks[after..end];
    let listed = end - after >= MIN_SECTION_LIST_LINES
        && lines.iter().all(|b| !b.is_removed())
        && words[after..end].iter().all(|&w| (1..=MAX_SECTION_LIST_LINE_WORDS).contains(&w));
    if listed { end } else { after }
}

/// The fewest lines of a list under a section heading that the run takes on...
const MIN_SECTION_LIST_LINES: usize = 3;
/// ...each at most this long (words): a list's items, not paragraphs.
const MAX_SECTION_LIST_LINE_WORDS: usize = 25;

/// The most lines between two items of a numbered list that the main run breaks off (a
/// link, a price, a line of description under each item).
const MAX_ITEM_GAP: usize = 3;
/// The fewest items of such a list beyond the run for it to be taken on: one could be the
/// first item of an unrelated list.
const MIN_ITEMS_BEYOND: usize = 2;
/// The most words of an item taken on: the scorer doubts short items (names, titles), and
/// judges longer ones well on their own; a list of long items beyond the text is more
/// often its references or a list of sources than more of it.
const MAX_LIST_ITEM_WORDS: usize = 16;

/// The lines of a numbered list that the main run cuts through: the run holds its first
/// items ("1) Lego Star Wars 75188", "2) Polistil 960574") and the scorer, unsure of short
/// lines of names and links, lets the rest go ("3) ...", "4) ...", "22) ..."). A list is
/// one unit to its reader: from the run's last item, the items that follow it in number
/// (n + 1, n + 2, ...; each within a few lines of the one before) are part of it, with the
/// lines between them and, after the last, as many lines of its own group as the items
/// had; the same backwards from the run's first item. Lines a rule removed stay removed,
/// and a numbered line a rule removed, or a long one, ends the list. Two spans, the list's
/// part after the run's last item and its part before the run's first: what lies inside
/// the run between them is the scorer's to judge.
fn numbered_list_spans(blocks: &[Block], words: &[usize], (start, end): (usize, usize)) -> [Range<usize>; 2] {
    let number = |i: usize| {
        let long = words.get(i).is_none_or(|&w| w > MAX_LIST_ITEM_WORDS);
        if blocks[i].is_removed() || long { None } else { shape::leading_number(&blocks[i].text) }
    };
    let (mut after, mut before) = (0..0, 0..0);
    // Forward, from the last item in the run's tail.
    if let Some(last) = (start..end).rev().take(MAX_ITEM_GAP + 1).find(|&i| number(i).is_some()) {
        let (mut at, mut n, mut items, mut widest_gap) = (last, number(last).unwrap_or_default(), 0, 0);
        while let Some(next) = (at + 1..blocks.len()).take(MAX_ITEM_GAP + 1).find(|&i| number(i).is_some())
            && number(next) == Some(n + 1)
        {
            widest_gap = widest_gap.max(next - at - 1);
            (at, n) = (next, n + 1);
            items += usize::from(at >= end);
        }
        if items >= MIN_ITEMS_BEYOND {
            let trailer = (at + 1..blocks.len()).take(widest_gap).take_while(|&i| !blocks[i].starts_group).count();
            after = last..at + 1 + trailer;
        }
    }
    // Backward, from the first item in the run's head.
    if let Some(first) = (start..end).take(MAX_ITEM_GAP + 1).find(|&i| number(i).is_some()) {
        let (mut at, mut n, mut items) = (first, number(first).unwrap_or_default(), 0);
        while let Some(previous) = (0..at).rev().take(MAX_ITEM_GAP + 1).find(|&i| number(i).is_some())
            && n > 1
            && number(previous) == Some(n - 1)
        {
            (at, n) = (previous, n - 1);
            items += usize::from(at < start);
        }
        if items >= MIN_ITEMS_BEYOND {
            before = at..first + 1;
        }
    }
    [after, before]
}

/// The most words of a line read as a section heading at the end of the main run.
const MAX_HEADING_WORDS: usize = 10;
/// The fewest words of a paragraph taken on after such a heading.
const MIN_SECTION_WORDS: usize = 8;

/// The longest run of rejected lines a list may hold between kept ones and still be read
/// as one list (an ingredients list whose shortest items the scorer doubts)...
const MAX_LIST_GAP: usize = 6;
/// ...or, when most of the rejected lines open with a number or close with a quantity (as
/// in "125 ml Wasser", "玉ねぎ 1/2個"), this long: menus and lists of links seldom do.
const MAX_QUANTITY_LIST_GAP: usize = 12;

/// Keep the lines the scorer rejected inside a group of lines it otherwise keeps: a run of
/// such lines with kept lines of the same group (no blank line between) right before and
/// after it. A list of short items ("3 EL Öl", "1 TL Zimt") reads as one unit to its
/// reader; the scorer, judging each line alone, drops the shortest ones from its middle.
fn keep_gaps_in_lists(blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].verdict != Verdict::Remove(LOW_CONTENT_SCORE) {
            i += 1;
            continue;
        }
        let start = i;
        while i < blocks.len() && blocks[i].verdict == Verdict::Remove(LOW_CONTENT_SCORE) {
            i += 1;
        }
        let kept_before = start > 0 && blocks[start - 1].verdict == Verdict::Keep;
        let kept_after = blocks.get(i).is_some_and(|b| b.verdict == Verdict::Keep && !b.starts_group);
        let one_group = blocks[start..i].iter().all(|b| !b.starts_group);
        let quantity =
            |b: &&Block| b.text.starts_with(|c: char| c.is_ascii_digit()) || shape::closes_with_quantity(&b.text);
        let quantities = blocks[start..i].iter().filter(quantity).count();
        let max_gap = if quantities * 2 > i - start { MAX_QUANTITY_LIST_GAP } else { MAX_LIST_GAP };
        if kept_before && kept_after && one_group && i - start <= max_gap {
            blocks[start..i].iter_mut().for_each(|b| b.verdict = Verdict::Keep);
        }
    }
}

/// Decide the undecided blocks of an HTML page: keep those inside the element with the
/// most main-text evidence that score well.
pub fn classify_tree(blocks: &mut [Block], probabilities: &[f32], words: &[usize], opts: &ClassifyOptions) {
    let mut tree = Tree::default();
    for ((block, &p), &w) in blocks.iter().zip(probabilities).zip(words) {
        // As in a dump, though less strictly: a long line a rule removed (a row of forum
        // buttons, a member panel) must not tip a thread's short last post out of the main
        // element; a menu or a list of links still weighs line by line.
        let charged = if block.is_removed() { w.min(MAX_REMOVED_BLOCK_WORDS) } else { w };
        let e = evidence(block, p, charged, opts.html_region_threshold, opts);
        if let Some(html) = &block.html {
            for &a in &html.ancestors {
                *tree.totals.entry(a).or_default() += e;
            }
            for pair in html.ancestors.windows(2) {
                tree.parents.insert(pair[1], pair[0]);
            }
            // 0 stands for an element whose shape is not known.
            for (&a, &shape) in html.ancestors.iter().zip(&html.ancestor_shapes).filter(|(_, s)| **s != 0) {
                tree.shapes.insert(a, shape);
            }
        }
    }
    let region = main_region(&tree, opts);
    for (i, block) in blocks.iter_mut().enumerate() {
        if block.verdict != Verdict::Undecided {
            continue;
        }
        let within =
            |elements: &[u32]| block.html.as_ref().is_some_and(|h| h.ancestors.iter().any(|a| elements.contains(a)));
        let inside = within(&region.elements);
        block.verdict = if !inside {
            if within(&region.doubted)
                && thread::is_post_text(&block.text, words[i], probabilities[i], opts.keep_threshold)
            {
                Verdict::Keep
            } else {
                Verdict::Remove(OUTSIDE_MAIN_TEXT)
            }
        } else if probabilities[i] < opts.keep_threshold {
            Verdict::Remove(LOW_CONTENT_SCORE)
        } else {
            Verdict::Keep
        };
    }
    keep_lead_under_headline(blocks, probabilities, words);
    let outside = |b: &Block| matches!(b.verdict, Verdict::Remove(OUTSIDE_MAIN_TEXT | LOW_CONTENT_SCORE));
    if let Some(first) = blocks.iter().position(|b| b.verdict == Verdict::Keep)
        && let Some(facts) = facts_before(blocks, first, outside)
    {
        blocks[facts].iter_mut().for_each(|b| b.verdict = Verdict::Keep);
    }
    if let Some(last) = blocks.iter().rposition(|b| b.verdict == Verdict::Keep)
        && let Some(facts) = facts_after(blocks, last + 1, outside)
    {
        blocks[facts].iter_mut().for_each(|b| b.verdict = Verdict::Keep);
    }
}

/// The facts printed between an event's or a product's headline and its text (`Date: …`,
/// `Venue: …`, `Tickets: €12`), often above a row of buttons: the scorer doubts short lines
/// of labels and figures, and the removed buttons cut them off the text, but they are the
/// page's content ([`shape::mostly_facts`]). The lines right before `first`, the text's
/// first line, past at most [`MAX_FURNITURE_UNDER_FACTS`] lines a rule removed, when at least
/// [`MIN_FACT_LINES`] lines in a row there are facts and `undecided` (not yet in the text).
fn facts_before(blocks: &[Block], first: usize, undecided: impl Fn(&Block) -> bool) -> Option<Range<usize>> {
    let mut end = first;
    let mut furniture = 0;
    while end > 0
        && furniture < MAX_FURNITURE_UNDER_FACTS
        && blocks[end - 1].is_removed()
        && !undecided(&blocks[end - 1])
    {
        end -= 1;
        furniture += 1;
    }
    let mut start = end;
    while start > 0 && undecided(&blocks[start - 1]) && shape::fact_label(&blocks[start - 1].text).is_some() {
        start -= 1;
    }
    listed_facts(blocks, start..end)
}

/// The same facts printed after the text (`end`, the block after its last line), past at
/// most [`MAX_FURNITURE_UNDER_FACTS`] lines a rule removed: an event page that opens with
/// its description and lists the date, the venue and the price under it.
fn facts_after(blocks: &[Block], end: usize, undecided: impl Fn(&Block) -> bool) -> Option<Range<usize>> {
    let mut start = end;
    let mut furniture = 0;
    while start < blocks.len()
        && furniture < MAX_FURNITURE_UNDER_FACTS
        && blocks[start].is_removed()
        && !undecided(&blocks[start])
    {
        start += 1;
        furniture += 1;
    }
    let mut stop = start;
    while stop < blocks.len() && undecided(&blocks[stop]) && shape::fact_label(&blocks[stop].text).is_some() {
        stop += 1;
    }
    listed_facts(blocks, start..stop)
}

/// `range` if its lines are a list of facts: [`MIN_FACT_LINES`] to [`MAX_FACT_LINES`] of
/// them, most under labels of their own ([`shape::mostly_facts`]) and half of them figures
/// at least: a shop's promises (`Free delivery: No minimum spend`, `Returns: Within 30
/// days`) are no facts of the page.
fn listed_facts(blocks: &[Block], range: Range<usize>) -> Option<Range<usize>> {
    let lines: Vec<&str> = blocks[range.clone()].iter().map(|b| b.text.as_str()).collect();
    let figures = lines.iter().filter(|line| shape::fact_label(line).is_some_and(|(_, figure)| figure)).count();
    let listed = (MIN_FACT_LINES..=MAX_FACT_LINES).contains(&lines.len()) && 2 * figures >= lines.len();
    (listed && shape::mostly_facts(&lines)).then_some(range)
}

/// The fewest facts that make a list of them before the text, and the most: a longer list
/// of labelled figures is a table of prices in other currencies, or a product's full
/// specifications, which its own element holds.
const MIN_FACT_LINES: usize = 3;
const MAX_FACT_LINES: usize = 8;
/// ...and the most lines a rule removed between them and the text (a row of buttons).
const MAX_FURNITURE_UNDER_FACTS: usize = 2;

/// The lead (standfirst) printed right under the headline is the article's first paragraph,
/// though the scorer, seeing a short text among the byline, share buttons and photo that
/// follow it, is often unsure of it. Inside the main region, a paragraph of prose directly
/// after the removed headline is kept unless the scorer is sure it is not text.
fn keep_lead_under_headline(blocks: &mut [Block], probabilities: &[f32], words: &[usize]) {
    for i in 1..blocks.len() {
        let under_headline = blocks[i - 1].verdict == Verdict::Remove(TITLE_REPEAT);
        if !under_headline || words[i] < MIN_LEAD_WORDS || !shape::ends_like_sentence(&blocks[i].text) {
            continue;
        }
        let keep = match blocks[i].verdict {
            Verdict::Remove(LOW_CONTENT_SCORE) => probabilities[i] >= MIN_LEAD_SCORE,
            // Outside the main element, in the article's header: only when the main text
            // starts right below it, past nothing but the byline, the date and the like.
            Verdict::Remove(OUTSIDE_MAIN_TEXT) => {
                probabilities[i] >= MIN_OUTSIDE_LEAD_SCORE && main_text_follows(blocks, i + 1)
            }
            _ => false,
        };
        if keep {
            blocks[i].verdict = Verdict::Keep;
        }
    }
}

/// Whether the first kept block comes within [`MAX_BLOCKS_UNDER_LEAD`] blocks from `from`,
/// with only blocks a rule removed before it.
fn main_text_follows(blocks: &[Block], from: usize) -> bool {
    for block in blocks.iter().skip(from).take(MAX_BLOCKS_UNDER_LEAD + 1) {
        match block.verdict {
            Verdict::Keep => return true,
            Verdict::Remove(rule) if rule != OUTSIDE_MAIN_TEXT && rule != LOW_CONTENT_SCORE => {}
            _ => return false,
        }
    }
    false
}

/// The score a lead outside the main element needs: the scorer leans to text.
const MIN_OUTSIDE_LEAD_SCORE: f32 = 0.4;
/// The most blocks (bylines, dates, share buttons) between such a lead and the main text.
const MAX_BLOCKS_UNDER_LEAD: usize = 4;

/// The fewest words of a lead kept under the headline...
const MIN_LEAD_WORDS: usize = 10;
/// ...and the score it needs: below this the scorer is sure (a teaser link, a notice).
const MIN_LEAD_SCORE: f32 = 0.15;

/// The elements that hold blocks, as the classifier sees them.
#[derive(Default)]
struct Tree {
    /// Main-text evidence of each element's blocks.
    totals: FxHashMap<u32, f32>,
    /// Each element's parent.
    parents: FxHashMap<u32, u32>,
    /// Each element's tag-and-class hash.
    shapes: FxHashMap<u32, u64>,
}

/// The elements of the main text: the one with the highest evidence (among equals, the
/// outermost, lowest in document order), and the siblings of it and of its nearest
/// `sibling_levels` ancestors whose evidence is at least `sibling_share` of it. Climbing
/// to a common ancestor instead would take in everything between the posts (avatars,
/// reply buttons, signatures); siblings bring only the parts that earn their place.
/// Empty when no element has positive evidence.
fn main_region(tree: &Tree, opts: &ClassifyOptions) -> Region {
    let (totals, parents) = (&tree.totals, &tree.parents);
    let Some((&best, &best_total)) =
        totals.iter().filter(|(_, t)| **t > 0.0).max_by(|a, b| a.1.total_cmp(b.1).then_with(|| b.0.cmp(a.0)))
    else {
        return Region::default();
    };
    let mut region = vec![best];
    let mut doubted = Vec::new();
    if opts.sibling_share > 0.0 {
        // The elements enclosing the main one, nearest first, up to `sibling_levels` of them.
        let mut enclosing = Vec::new();
        let mut element = best;
        while let Some(&parent) = parents.get(&element)
            && enclosing.len() < opts.sibling_levels
        {
            enclosing.push((parent, element));
            element = parent;
        }
        let bar = best_total * opts.sibling_share;
        let mut siblings: Vec<u32> = parents
            .iter()
            .filter(|&(child, parent)| {
                enclosing.iter().any(|(p, on_path)| p == parent && on_path != child)
                    && totals.get(child).is_some_and(|&t| t >= bar)
            })
            .map(|(&child, _)| child)
            .collect();
        siblings.sort_unstable();
        region.extend(siblings);
        let (earning, doubting) = mirrored_parts(tree, &enclosing, &region);
        region.extend(earning);
        doubted = doubting;
    }
    Region { elements: region, doubted }
}

/// The main text's elements, and the parts of other posts whose evidence is not positive
/// (a short reply the scorer doubts as a whole), of which only the post text stays.
#[derive(Default)]
struct Region {
    elements: Vec<u32>,
    doubted: Vec<u32>,
}

/// In the elements alike to one on the main element's path (the other posts of a thread,
/// `div.post` beside `div.post`), the part that sits where the main element sits in its own
/// (each post's `div.content`): those whose evidence is positive, and apart those whose
/// evidence is not. A short reply falls below the siblings' bar as a whole post, with its
/// header, profile and signature; its text alone still earns its place, and a reply of a
/// sentence or two ("Thanks, that fixed it! I will try the washer on Saturday.") reads like
/// the furniture around it to the scorer.
fn mirrored_parts(tree: &Tree, enclosing: &[(u32, u32)], region: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let mut children: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (&child, &parent) in &tree.parents {
        children.entry(parent).or_default().push(child);
    }
    children.values_mut().for_each(|c| c.sort_unstable());
    let shape = |element: u32| tree.shapes.get(&element).copied();
    let (mut found, mut doubted) = (Vec::new(), Vec::new());
    // `on_path` is the ancestor of `best` (or `best` itself) under `parent`; the path from
    // it down to `best` is what an alike sibling must mirror.
    // Not the main element's own alike siblings (level 0): grid rows and cards share a class
    // (`row`) whatever they hold; only elements alike to an ancestor of it, with the same
    // inner structure down to it, are posts of one kind.
    for (level, &(parent, on_path)) in enclosing.iter().enumerate().skip(1) {
        let path: Vec<Option<u64>> = enclosing[..level].iter().rev().map(|&(_, below)| shape(below)).collect();
        let Some(siblings) = children.get(&parent) else { continue };
        for &sibling in siblings {
            let alike = shape(sibling).is_some() && shape(sibling) == shape(on_path);
            if sibling == on_path || !alike || region.contains(&sibling) {
                continue;
            }
            // Walk down the sibling the way `on_path` leads down to `best`.
            let mut at = Some(sibling);
            for &step in &path {
                at = at.and_then(|e| children.get(&e)?.iter().copied().find(|&c| step.is_some() && shape(c) == step));
            }
            if let Some(part) = at {
                match tree.totals.get(&part) {
                    Some(&t) if t > 0.0 => found.push(part),
                    Some(_) => doubted.push(part),
                    None => {}
                }
            }
        }
    }
    for parts in [&mut found, &mut doubted] {
        parts.sort_unstable();
        parts.dedup();
    }
    (found, doubted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::{BlockKind, HtmlContext};

    #[test]
    fn a_posts_tags_mark_no_edge_of_the_text() {
        let opts = ClassifyOptions::default();
        let mut tags = Block::new("Filed under: health, Michigan, mosquito-borne virus", BlockKind::Line);
        tags.remove(POST_TAXONOMY);
        let mut notice = Block::new("© 2019 Associated Press. All rights reserved.", BlockKind::Line);
        notice.remove(RuleId("legal_notice"));
        // Between the headline and the first paragraph, the tags neither add to the run
        // nor split it; other furniture does take from it.
        assert_eq!(evidence(&tags, 0.6, 7, opts.region_threshold, &opts), 0.0);
        assert!(evidence(&notice, 0.6, 7, opts.region_threshold, &opts) < 0.0);
    }

    #[test]
    fn html_and_dumps_have_their_own_region_threshold() {
        let opts =
            ClassifyOptions { region_threshold: 0.45, html_region_threshold: 0.35, ..ClassifyOptions::default() };
        let block = Block::new("A paragraph of some length", BlockKind::Paragraph);
        // A block at p = 0.4 adds to an HTML region but takes from a run of dump lines.
        assert!(evidence(&block, 0.4, 5, opts.html_region_threshold, &opts) > 0.0);
        assert!(evidence(&block, 0.4, 5, opts.region_threshold, &opts) < 0.0);
        let mut lines = vec![Block::new("A line of some length", BlockKind::Line)];
        classify_sequence(&mut lines, &[0.4], &[5], &opts);
        assert_ne!(lines[0].verdict, Verdict::Keep);
    }

    #[test]
    fn best_run_finds_the_heaviest_stretch() {
        assert_eq!(best_run(&[-1.0, 2.0, -0.5, 3.0, -5.0, 1.0]), Some((1, 4)));
        assert_eq!(best_run(&[-1.0, -2.0]), None);
    }

    /// Dump lines, each a paragraph of its own.
    fn lines(texts: &[&str]) -> Vec<Block> {
        texts.iter().map(|t| Block { starts_group: true, ..Block::new(*t, BlockKind::Line) }).collect()
    }

    #[test]
    fn one_removed_line_between_paragraphs_does_not_cut_the_run() {
        // A share prompt of six words between a sure paragraph and a less sure one.
        let mut blocks = lines(&["Body one.", "Share this on Facebook Twitter Email", "Body two."]);
        blocks[1].verdict = Verdict::Remove(RuleId("share_prompt"));
        classify_sequence(&mut blocks, &[0.95, 0.1, 0.55], &[22, 6, 21], &ClassifyOptions::default());
        assert_eq!(blocks[2].verdict, Verdict::Keep);

        // Near miss: a stretch of removed lines (a related-links list) still ends the run.
        let mut blocks = lines(&["Body one.", "Related", "Link one here", "Link two here", "Link three", "Teaser."]);
        for block in &mut blocks[1..5] {
            block.verdict = Verdict::Remove(RuleId("related_headlines"));
        }
        classify_sequence(
            &mut blocks,
            &[0.95, 0.1, 0.1, 0.1, 0.1, 0.55],
            &[22, 1, 3, 3, 2, 21],
            &ClassifyOptions::default(),
        );
        assert_eq!(blocks[5].verdict, Verdict::Remove(OUTSIDE_MAIN_TEXT));
    }

    #[test]
    fn an_ad_label_and_an_also_read_link_do_not_cut_the_lead_off() {
        // The lead, an ad's label and an "Also read:" link, then the rest of the article.
        let texts = ["The lead.", "Advertisement", "Also read: Olive oil prices soar", "Body two.", "Body three."];
        let words = [25, 1, 6, 28, 26];
        // The lead's verdict when the lead scores `lead` and the two lines between it and
        // the body were removed by `rules`.
        let lead_verdict = |lead: f32, rules: [RuleId; 2]| {
            let mut blocks = lines(&texts);
            blocks[1].verdict = Verdict::Remove(rules[0]);
            blocks[2].verdict = Verdict::Remove(rules[1]);
            classify_sequence(&mut blocks, &[lead, 0.16, 0.19, 0.72, 0.6], &words, &ClassifyOptions::default());
            blocks[0].verdict
        };
        assert_eq!(lead_verdict(0.56, [ADVERTISEMENT, READ_MORE]), Verdict::Keep);
        // So does a lead the scorer is barely sure of.
        assert_eq!(lead_verdict(0.48, [ADVERTISEMENT, READ_MORE]), Verdict::Keep);

        // Near miss: the same lines as a newsletter box and a menu mark the run's edge.
        let furniture = [RuleId("share_prompt"), RuleId("nav_list")];
        assert_eq!(lead_verdict(0.56, furniture), Verdict::Remove(OUTSIDE_MAIN_TEXT));
    }

    #[test]
    fn the_comments_heading_under_an_article_ends_the_run() {
        let texts = ["Body one.", "Body two.", "3 Comments on “Title”", "Emma", "A comment.", "Chris", "Another."];
        let probabilities = [0.95, 0.9, 0.1, 0.2, 0.8, 0.2, 0.8];
        let words = [80, 80, 4, 1, 40, 1, 40];
        let mut blocks = lines(&texts);
        blocks[2].verdict = Verdict::Remove(COMMENT_SECTION);
        classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        let kept: Vec<bool> = blocks.iter().map(|b| b.verdict == Verdict::Keep).collect();
        assert_eq!(kept, [true, true, false, false, false, false, false]);

        // Comment counts on the teasers of other stories further down the page ("8 comments",
        // "44 comments") are not the run's: its own heading still ends it.
        let texts = [
            "Body one.",
            "Body two.",
            "[ 167 comments ]",
            "Emma",
            "A comment.",
            "Chris",
            "Another.",
            "Popular Stories",
            "8 comments",
            "44 comments",
        ];
        let mut blocks = lines(&texts);
        for i in [2, 8, 9] {
            blocks[i].verdict = Verdict::Remove(COMMENT_SECTION);
        }
        let probabilities = [0.95, 0.9, 0.1, 0.2, 0.8, 0.2, 0.8, 0.1, 0.1, 0.1];
        let words = [80, 80, 2, 1, 40, 1, 40, 2, 2, 2];
        classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        let kept: Vec<bool> = blocks.iter().map(|b| b.verdict == Verdict::Keep).collect();
        assert_eq!(kept, [true, true, false, false, false, false, false, false, false, false]);

        // The "Reply" button under each comment repeats, but only after the heading: the
        // heading, said once before any repeated line, still ends the run.
        let texts = [
            "Body one.",
            "Body two.",
            "3 Comments",
            "Emma",
            "A comment.",
            "Reply",
            "Chris",
            "Another.",
            "Reply",
            "Dana",
            "A third.",
            "Reply",
        ];
        let mut blocks = lines(&texts);
        for i in [2, 5, 8, 11] {
            blocks[i].verdict = Verdict::Remove(COMMENT_SECTION);
        }
        let probabilities = [0.95, 0.9, 0.1, 0.2, 0.9, 0.1, 0.2, 0.9, 0.1, 0.2, 0.9, 0.1];
        let words = [80, 80, 2, 1, 60, 1, 1, 60, 1, 1, 60, 1];
        classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        let kept: Vec<usize> = (0..blocks.len()).filter(|&i| blocks[i].verdict == Verdict::Keep).collect();
        assert_eq!(kept, [0, 1]);

        // Near miss: where comment-section lines repeat from the first (one "Reply" per
        // post) the page is a thread, and its posts stay.
        let mut blocks = lines(&["Body one.", "Body two.", "Reply", "A comment.", "Reply", "Another."]);
        blocks[2].verdict = Verdict::Remove(COMMENT_SECTION);
        blocks[4].verdict = Verdict::Remove(COMMENT_SECTION);
        classify_sequence(
            &mut blocks,
            &[0.95, 0.9, 0.1, 0.8, 0.1, 0.8],
            &[80, 80, 1, 40, 1, 40],
            &ClassifyOptions::default(),
        );
        assert_eq!(blocks[5].verdict, Verdict::Keep);

        // Near miss: a count under a short opening post does not cut the thread.
        let mut blocks = lines(&["Question?", "76 Replies", "An answer.", "Another answer."]);
        blocks[1].verdict = Verdict::Remove(COMMENT_SECTION);
        classify_sequence(&mut blocks, &[0.9, 0.1, 0.8, 0.8], &[8, 2, 40, 40], &ClassifyOptions::default());
        assert_eq!(blocks[3].verdict, Verdict::Keep);

        // Near miss: a blog's menu ("Photos", "Comments", "About") between the blog's own
        // description and a post that outweighs it many times over does not cut the post.
        let mut texts = vec!["The blog of two travellers.", "Photos", "Comments", "About"];
        texts.extend(["A line of the post"; 16]);
        let mut blocks = lines(&texts);
        blocks[2].verdict = Verdict::Remove(COMMENT_SECTION);
        let mut probabilities = vec![0.9, 0.4, 0.1, 0.4];
        probabilities.extend([0.9; 16]);
        let mut words = vec![130, 1, 1, 1];
        words.extend([60; 16]);
        classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        assert!(blocks[4..].iter().all(|b| b.verdict == Verdict::Keep));
    }

    #[test]
    fn a_comment_button_or_column_does_not_end_the_run() {
        // A table flattened into its cells, one of them the "Comment" column, inside an
        // article; then the same article under a real comment heading.
        let run = |heading: &str| {
            let texts = ["Body one.", "Body two.", "Status", heading, "new", "Body three.", "Body four."];
            let mut blocks = lines(&texts);
            blocks[3].verdict = Verdict::Remove(COMMENT_SECTION);
            let probabilities = [0.95, 0.9, 0.3, 0.1, 0.3, 0.9, 0.9];
            let words = [80, 80, 1, 1, 1, 80, 80];
            classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
            blocks[5].verdict == Verdict::Keep
        };
        assert!(run("Comment"));
        assert!(run("Reply"));
        // Near miss: a section's heading ends the run.
        assert!(!run("Comments"));
    }

    #[test]
    fn sequence_keeps_the_body_and_drops_what_surrounds_it() {
        let mut blocks: Vec<Block> = ["Home", "Body one.", "Caption", "Body two.", "Related headline"]
            .iter()
            .map(|t| Block { starts_group: true, ..Block::new(*t, BlockKind::Line) })
            .collect();
        let probabilities = [0.1, 0.95, 0.2, 0.9, 0.1];
        let words = [1, 30, 1, 30, 2];
        classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        let verdicts: Vec<_> = blocks.iter().map(|b| b.verdict).collect();
        assert_eq!(
            verdicts,
            [
                Verdict::Remove(OUTSIDE_MAIN_TEXT),
                Verdict::Keep,
                Verdict::Remove(LOW_CONTENT_SCORE),
                Verdict::Keep,
                Verdict::Remove(OUTSIDE_MAIN_TEXT)
            ]
        );
    }

    #[test]
    fn a_dump_keeps_code_inside_its_text_and_a_table_right_after_it() {
        let block = |text: &str, kind: BlockKind| Block { starts_group: true, ..Block::new(text, kind) };
        let page = |tail: BlockKind| {
            vec![
                block("Menu", BlockKind::Line),
                block("Body one.", BlockKind::Line),
                block("let x = 5; print(x);", BlockKind::Preformatted),
                block("Body two.", BlockKind::Line),
                block("Specifications", BlockKind::Line),
                block("Weight 310 g", tail),
                block("Drop 6 mm", tail),
                block("Footer", BlockKind::Line),
            ]
        };
        let probabilities = [0.1, 0.9, 0.05, 0.9, 0.1, 0.1, 0.1, 0.1];
        let words = [1, 30, 5, 30, 1, 3, 3, 1];
        let kept = |mut blocks: Vec<Block>| {
            classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
            blocks.iter().filter(|b| b.verdict == Verdict::Keep).map(|b| b.text.clone()).collect::<Vec<_>>()
        };
        assert_eq!(
            kept(page(BlockKind::TableRow)),
            ["Body one.", "let x = 5; print(x);", "Body two.", "Specifications", "Weight 310 g", "Drop 6 mm"]
        );
        // Near misses: lines of a list after the text, and code after it, stay out.
        assert_eq!(kept(page(BlockKind::Line)), ["Body one.", "let x = 5; print(x);", "Body two."]);
        assert_eq!(kept(page(BlockKind::Preformatted)), ["Body one.", "let x = 5; print(x);", "Body two."]);
    }

    #[test]
    fn sequence_keeps_the_other_posts_of_a_thread() {
        let texts = [
            "Forums",
            "alice",
            "Member",
            "Which telescope should a beginner buy first, and why?",
            "Reply",
            "bob",
            "Member",
            "A small Dobsonian gives the most aperture for the money.",
            "Reply",
            "carol",
            "Member",
            "Binoculars first, then decide once you know the sky well.",
            "Reply",
            "Similar threads",
        ];
        let mut blocks: Vec<Block> =
            texts.iter().map(|t| Block { starts_group: true, ..Block::new(*t, BlockKind::Line) }).collect();
        let words: Vec<usize> = texts.iter().map(|t| crate::clean::shape::word_count(t)).collect();
        // The first post scores well; the others, short, only fairly; the furniture badly.
        let probabilities: Vec<f32> = texts
            .iter()
            .enumerate()
            .map(|(i, _)| match i {
                3 => 0.9,
                7 | 11 => 0.4,
                _ => 0.2,
            })
            .collect();
        classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        let kept: Vec<&str> = blocks.iter().filter(|b| b.verdict == Verdict::Keep).map(|b| b.text.as_str()).collect();
        assert_eq!(kept, [texts[3], texts[7], texts[11]]);

        // Without the furniture repeating around it, the same text is one post and the rest.
        let mut lone: Vec<Block> = texts
            .iter()
            .map(|t| if *t == "Member" { "Menu" } else { t })
            .enumerate()
            .map(|(i, t)| Block { starts_group: true, ..Block::new(format!("{t} {i}"), BlockKind::Line) })
            .collect();
        classify_sequence(&mut lone, &probabilities, &words, &ClassifyOptions::default());
        assert_eq!(lone.iter().filter(|b| b.verdict == Verdict::Keep).count(), 1);
    }

    #[test]
    fn a_closing_section_heading_brings_its_paragraph() {
        let texts = [
            "The council decided on Wednesday to build a new tram line to the eastern suburbs.",
            "The debate lasted nearly six hours before the vote was finally taken by the council.",
            "Construction starts next year",
            "The first sites open near the bridge next spring, and traffic will change for months.",
            "Share this article",
        ];
        let words: Vec<usize> = texts.iter().map(|t| crate::clean::shape::word_count(t)).collect();
        let run = |heading_score: f32| {
            let mut blocks: Vec<Block> =
                texts.iter().map(|t| Block { starts_group: true, ..Block::new(*t, BlockKind::Line) }).collect();
            let probabilities = [0.9, 0.9, heading_score, 0.42, 0.1];
            classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
            blocks.iter().map(|b| b.verdict == Verdict::Keep).collect::<Vec<_>>()
        };
        // A heading the run keeps brings the last paragraph the scorer is unsure of, however
        // near the bar the heading itself is.
        assert_eq!(run(0.75), [true, true, true, true, false]);
        assert_eq!(run(0.55), [true, true, true, true, false]);
        // A short line it rejects (a link row) brings nothing after it.
        assert!(!run(0.2)[3]);
    }

    #[test]
    fn the_headline_starts_the_run_when_teasers_run_into_it() {
        let texts = [
            "Six killed in storm – City News", // the window title, printed first
            "Latest Headlines",
            "Mayor Opens New Bridge The mayor cut the ribbon on Monday before a crowd of hundreds.",
            "Schools Close Early Heavy snow closed every school in the county by noon on Friday.",
            "Six killed in storm", // the headline
            "The storm tore through the valley overnight, and six people died in the floods.",
            "Rescue teams worked through the night to reach the villages cut off by the water.",
        ];
        let page = |headline_again: Option<usize>| {
            let mut blocks = lines(&texts);
            blocks[0].verdict = Verdict::Remove(TITLE_REPEAT);
            blocks[4].verdict = Verdict::Remove(TITLE_REPEAT);
            if let Some(i) = headline_again {
                blocks[i].verdict = Verdict::Remove(TITLE_REPEAT);
            }
            let probabilities = [0.1, 0.1, 0.8, 0.8, 0.1, 0.95, 0.95];
            let words = [5, 2, 16, 16, 4, 60, 60];
            classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
            blocks.iter().map(|b| b.verdict == Verdict::Keep).collect::<Vec<_>>()
        };
        assert_eq!(page(None), [false, false, false, false, false, true, true]);
        // Near miss: a title line that comes again inside the run (a section heading or a
        // caption that repeats it) is no sure headline, and the run stays as it was.
        assert_eq!(page(Some(6)), [false, false, true, true, false, true, false]);
        // Near miss: without the window title first, the title may be the dump's own guess.
        let mut blocks = lines(&texts);
        blocks[4].verdict = Verdict::Remove(TITLE_REPEAT);
        let probabilities = [0.1, 0.1, 0.8, 0.8, 0.1, 0.95, 0.95];
        classify_sequence(&mut blocks, &probabilities, &[5, 2, 16, 16, 4, 60, 60], &ClassifyOptions::default());
        assert!(blocks[2].verdict == Verdict::Keep && blocks[3].verdict == Verdict::Keep);
    }

    #[test]
    fn a_closing_section_heading_brings_the_list_under_it() {
        let page = |list: &[&str]| {
            let mut texts = vec![
                "|The band will tour North America next summer to mark fifty years since its first record.",
                "|The tour opens in June and closes in October, with more dates to be announced soon.",
                "|Tour Dates",
            ];
            texts.extend_from_slice(list);
            texts.push("|Sign up for our newsletter");
            let mut blocks = dump_lines(&texts);
            let words: Vec<usize> = blocks.iter().map(|b| crate::clean::shape::word_count(&b.text)).collect();
            let mut probabilities = vec![0.9, 0.9, 0.6];
            // Below the bar of the run (0.45), above that of keeping a line in it (0.3).
            probabilities.extend(list.iter().map(|_| 0.35));
            probabilities.push(0.1);
            classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
            blocks.iter().map(|b| b.verdict == Verdict::Keep).collect::<Vec<_>>()
        };
        let dates = ["|June 9 – West Palm Beach, FL", "June 10 – Tampa, FL", "June 14 – Alpharetta, GA"];
        assert_eq!(page(&dates), [true, true, true, true, true, true, false]);
        // Near misses: two lines are no list, and lines of their own groups are no one list.
        assert_eq!(page(&dates[..2]), [true, true, true, false, false, false]);
        assert_eq!(
            page(&["|June 9 – West Palm Beach", "|June 10 – Tampa", "|June 14 – Alpharetta"]),
            [true, true, true, false, false, false, false]
        );
    }

    #[test]
    fn a_list_a_sentence_introduces_is_kept_whole_with_the_text_after_it() {
        // `probabilities` of the list's items and of the paragraph after it.
        let page = |introduction: &str, items: f32, after: f32| {
            let mut blocks = dump_lines(&[
                "|Reservoirs in the south closed the spring at 41 per cent of their capacity, the agency said.",
                "|Rain in March and April filled the reservoirs in the north more than those in the south.",
                &format!("|{introduction}"),
                "|* Lake Iznajar: 38 %",
                "* Lake Brena: 52 %",
                "* El Tranco: 47 %",
                "|The next figures will be published on Monday, June 23.",
                "|« Previous: Olive oil prices fall for a third month",
            ]);
            blocks[7].verdict = Verdict::Remove(RuleId("post_navigation"));
            let words: Vec<usize> = blocks.iter().map(|b| crate::clean::shape::word_count(&b.text)).collect();
            let probabilities = [0.9, 0.9, 0.6, items, items, items, after, 0.1];
            classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
            blocks.iter().map(|b| b.verdict == Verdict::Keep).collect::<Vec<_>>()
        };
        let introduced = "These are the levels of the main reservoirs:";
        // The run ends at the introduction: the list and the paragraph after it come with it.
        assert_eq!(page(introduced, 0.1, 0.4), [true, true, true, true, true, true, true, false]);
        // The run goes on past the list: its items stay, however doubtful.
        assert_eq!(page(introduced, 0.1, 0.9), [true, true, true, true, true, true, true, false]);
        // Near miss: a heading introduces no list: the scorer's doubts stand.
        let heading = page("Reservoir levels", 0.1, 0.9);
        assert_eq!(&heading[3..6], [false, false, false]);
    }

    /// A dump's lines: `|` starts a new group (a blank line before it).
    fn dump_lines(lines: &[&str]) -> Vec<Block> {
        lines
            .iter()
            .map(|l| match l.strip_prefix('|') {
                Some(t) => Block { starts_group: true, ..Block::new(t, BlockKind::Line) },
                None => Block::new(*l, BlockKind::Line),
            })
            .collect()
    }

    #[test]
    fn a_numbered_list_the_run_cuts_through_is_kept_whole() {
        let mut blocks = dump_lines(&[
            "|Home",
            "|The offers of the week, for those who missed them.",
            "|1) Lego Star Wars 75188",
            "http://amzn.to/a",
            "2) Polistil 960574 track",
            "http://amzn.to/b",
            "3) Blade Runner box set",
            "http://amzn.to/c",
            "4) Taboo board game",
            "http://amzn.to/d",
            "|Tags: amazon black friday",
            "|1. Most read story",
            "2. Another story",
            "3. A third story",
        ]);
        let probabilities = [0.1, 0.95, 0.6, 0.4, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.1, 0.2, 0.2, 0.2];
        let words = [1, 40, 4, 3, 4, 3, 4, 3, 3, 3, 4, 3, 2, 3];
        classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        let kept: Vec<bool> = blocks.iter().map(|b| b.verdict == Verdict::Keep).collect();
        let mut expected = [false; 14];
        expected[1..10].fill(true);
        assert_eq!(kept, expected);

        // Backwards too: a run that starts at item 3 takes on items 1 and 2 before it.
        let mut blocks =
            dump_lines(&["|Home", "|1) Alpha kit", "2) Beta kit", "3) Gamma kit", "4) Delta kit", "|Body one."]);
        let probabilities = [0.1, 0.2, 0.2, 0.6, 0.6, 0.95];
        classify_sequence(&mut blocks, &probabilities, &[1, 3, 3, 3, 3, 40], &ClassifyOptions::default());
        let kept: Vec<bool> = blocks.iter().map(|b| b.verdict == Verdict::Keep).collect();
        assert_eq!(kept, [false, true, true, true, true, true]);

        // Both ways at once: the list's parts before and after the run are taken on, and
        // what the scorer rejects inside the run between them still goes.
        let mut blocks = dump_lines(&[
            "|Home",
            "|1) Alpha kit",
            "2) Beta kit",
            "3) Gamma kit",
            "|Body one.",
            "|Sponsored",
            "|Body two.",
            "|4) Delta kit",
            "5) Epsilon kit",
            "6) Zeta kit",
            "|Footer",
        ]);
        let probabilities = [0.1, 0.2, 0.2, 0.6, 0.95, 0.2, 0.95, 0.6, 0.2, 0.2, 0.1];
        let words = [1, 3, 3, 3, 40, 1, 40, 3, 3, 3, 1];
        classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        let kept: Vec<bool> = blocks.iter().map(|b| b.verdict == Verdict::Keep).collect();
        assert_eq!(kept, [false, true, true, true, true, false, true, true, true, true, false]);

        // Near miss: long items (references) are left to the scorer.
        let reference = "2. Yoga therapy as an add-on treatment in the management of patients with \
            schizophrenia: a randomized controlled trial. J Clin Psychiatry. 2012;73:1-8";
        let mut blocks = dump_lines(&["|Body one.", "|References", "|1. A study, 2011", reference, reference]);
        classify_sequence(&mut blocks, &[0.95, 0.6, 0.6, 0.2, 0.2], &[40, 1, 4, 24, 24], &ClassifyOptions::default());
        assert!(blocks[3..].iter().all(|b| b.verdict != Verdict::Keep));

        // Near miss: a list that starts afresh after the run ("1. Most read story") is not
        // the run's list going on.
        let mut blocks = dump_lines(&["|Body one.", "|Body two.", "|1. Most read story", "2. Another", "3. A third"]);
        classify_sequence(&mut blocks, &[0.95, 0.9, 0.2, 0.2, 0.2], &[40, 40, 3, 2, 3], &ClassifyOptions::default());
        let kept: Vec<bool> = blocks.iter().map(|b| b.verdict == Verdict::Keep).collect();
        assert_eq!(kept, [true, true, false, false, false]);
    }

    #[test]
    fn short_items_inside_a_kept_list_stay_with_it() {
        let mut blocks = dump_lines(&["|250 g Mehl", "1 Prise Salz", "3 EL Öl", "1 TL Zimt", "100 g Butter"]);
        let probabilities = [0.9, 0.9, 0.2, 0.25, 0.9];
        classify_sequence(&mut blocks, &probabilities, &[3, 3, 3, 3, 6], &ClassifyOptions::default());
        assert!(blocks.iter().all(|b| b.verdict == Verdict::Keep));
    }

    #[test]
    fn a_long_run_of_doubted_quantities_stays_in_its_list_and_a_long_run_of_links_goes() {
        let quantities =
            ["1 Prise Salz", "125 ml Wasser", "3 EL Öl", "1 kg Äpfel", "100 g Zucker", "1 TL Zimt", "50 g Rosinen"];
        let links =
            ["Website Optimization", "Content Marketing", "Social Media", "SEO", "Paid Search", "Display Ads", "Email"];
        for (middle, kept) in [(quantities, true), (links, false)] {
            let mut lines = vec!["|A paragraph of the recipe.", "|250 g Mehl"];
            lines.extend(middle);
            lines.extend(["100 g Butter", "|Another paragraph of the recipe."]);
            let mut blocks = dump_lines(&lines);
            let mut probabilities = vec![0.9; lines.len()];
            probabilities[2..9].fill(0.2);
            let mut words = vec![3; lines.len()];
            words[0] = 40;
            words[10] = 40;
            classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
            assert_eq!(blocks[5].verdict == Verdict::Keep, kept, "{middle:?}");
        }
    }

    #[test]
    fn a_recipes_ingredients_do_not_cut_its_steps_off_the_run() {
        let mut lines = vec!["|An introduction to the recipe.", "|500 g Mehl"];
        lines.extend(["5 Eier", "1 TL Salz", "300 g Bergkäse", "100 g Emmentaler", "3 Zwiebeln", "2 EL Butter"]);
        lines.extend(["1 Bund Schnittlauch", "|The steps of the recipe."]);
        let mut blocks = dump_lines(&lines);
        let last = lines.len() - 1;
        let mut probabilities = vec![0.1; lines.len()];
        probabilities[0] = 0.9;
        probabilities[last] = 0.6;
        let mut words = vec![3; lines.len()];
        words[0] = 40;
        words[last] = 20;
        classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        assert_eq!(blocks[last].verdict, Verdict::Keep);
        assert!(blocks[1..last].iter().all(|b| b.verdict != Verdict::Remove(OUTSIDE_MAIN_TEXT)));

        // Near miss: short lines that are no quantities still cut the run.
        let mut lines = vec!["|An introduction to the recipe.", "|Home"];
        lines.extend(["About", "Recipes", "Contact", "Shop", "Newsletter", "Archive", "Press"]);
        lines.push("|The steps of the recipe.");
        let mut blocks = dump_lines(&lines);
        classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        assert_eq!(blocks[last].verdict, Verdict::Remove(OUTSIDE_MAIN_TEXT));
    }

    #[test]
    fn rejected_lines_between_groups_or_at_a_list_end_still_go() {
        // The caption is a group of its own between two paragraphs; the last item of the
        // list has no kept line after it.
        let mut blocks = dump_lines(&["|Body one.", "|Caption", "|Body two.", "Item", "Trailing line"]);
        let probabilities = [0.95, 0.2, 0.9, 0.9, 0.2];
        classify_sequence(&mut blocks, &probabilities, &[30, 1, 30, 3, 2], &ClassifyOptions::default());
        assert_eq!(blocks[1].verdict, Verdict::Remove(LOW_CONTENT_SCORE));
        assert_ne!(blocks[4].verdict, Verdict::Keep);
    }

    #[test]
    fn tree_keeps_the_article_element_and_drops_the_sidebar() {
        let html = |ancestors: Vec<u32>| HtmlContext { ancestors, ..HtmlContext::default() };
        let mut blocks = vec![
            Block { html: Some(html(vec![0, 1])), ..Block::new("Body one.", BlockKind::Paragraph) },
            Block { html: Some(html(vec![0, 1])), ..Block::new("Body two.", BlockKind::Paragraph) },
            Block { html: Some(html(vec![0, 2])), ..Block::new("Sidebar link", BlockKind::ListItem) },
        ];
        classify_tree(&mut blocks, &[0.9, 0.9, 0.1], &[30, 30, 2], &ClassifyOptions::default());
        assert_eq!(blocks[0].verdict, Verdict::Keep);
        assert_eq!(blocks[2].verdict, Verdict::Remove(OUTSIDE_MAIN_TEXT));
    }

    #[test]
    fn the_lead_under_the_headline_is_kept_when_the_scorer_is_unsure() {
        let lead =
            "Trains stop between the two cities from August. Commuters must take buses and plan for longer trips.";
        let page = |headline_removed_by: Option<RuleId>| {
            let mut headline = element(vec![0, 1], "Rail line closes for nine months");
            if let Some(rule) = headline_removed_by {
                headline.verdict = Verdict::Remove(rule);
            }
            vec![
                headline,
                element(vec![0, 1], lead),
                element(vec![0, 1], "By Jane Doe | Updated 3 March 2025"),
                element(vec![0, 1], "The rail company will close the line for nine months while it renews the track."),
            ]
        };
        let verdicts = |mut blocks: Vec<Block>, lead_score: f32| {
            // The body goes on: the last paragraph stands for many.
            classify_tree(&mut blocks, &[0.6, lead_score, 0.1, 0.95], &[5, 17, 6, 300], &ClassifyOptions::default());
            blocks.into_iter().map(|b| b.verdict).collect::<Vec<_>>()
        };
        assert_eq!(verdicts(page(Some(TITLE_REPEAT)), 0.25)[1], Verdict::Keep);
        // Near misses: the scorer sure it is not text, no removed headline above it (a
        // paragraph after some other line), and the byline under the lead.
        assert_eq!(verdicts(page(Some(TITLE_REPEAT)), 0.1)[1], Verdict::Remove(LOW_CONTENT_SCORE));
        assert_eq!(verdicts(page(Some(COMMENT_SECTION)), 0.25)[1], Verdict::Remove(LOW_CONTENT_SCORE));
        assert_eq!(verdicts(page(None), 0.25)[1], Verdict::Remove(LOW_CONTENT_SCORE));
        assert_eq!(verdicts(page(Some(TITLE_REPEAT)), 0.25)[2], Verdict::Remove(LOW_CONTENT_SCORE));
    }

    /// An event's page: the headline, its facts, a row of ticket buttons, the text.
    const EVENT_FACTS: [&str; 4] = [
        "Datum: čtvrtek 18. dubna 2024",
        "Začátek: 19:30",
        "Místo: Besední dům, Komenského nám. 534/8, Brno",
        "Vstupné: 350–690 Kč",
    ];
    const SHOP_PROMISES: [&str; 4] = [
        "Secure checkout: Visa, Mastercard, Amex",
        "Free delivery: No minimum spend",
        "Returns: Within 30 days",
        "Support: Friendly experts ready to help",
    ];

    #[test]
    fn an_events_facts_under_its_text_join_the_text_of_a_dump() {
        let verdicts = |facts: [&str; 4]| {
            let mut texts = vec!["Body one.", "Body two."];
            texts.extend(facts);
            texts.extend(["Koupit vstupenky Přidat do kalendáře", "Home", "About", "Contact"]);
            let mut blocks = lines(&texts);
            blocks[6].verdict = Verdict::Remove(SHOP_BUTTONS);
            let probabilities = [0.95, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1];
            let words = [40, 40, 5, 2, 8, 3, 4, 1, 1, 1];
            classify_sequence(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
            blocks[2..6].iter().map(|b| b.verdict).collect::<Vec<_>>()
        };
        assert!(verdicts(EVENT_FACTS).iter().all(|v| *v == Verdict::Keep));
        assert!(verdicts(SHOP_PROMISES).iter().all(|v| *v == Verdict::Remove(OUTSIDE_MAIN_TEXT)));
    }

    #[test]
    fn an_events_facts_above_its_buttons_join_the_text_of_a_dump() {
        let verdicts = |facts: [&str; 4]| {
            let mut texts = vec!["Jarní koncert Filharmonie Brno"];
            texts.extend(facts);
            texts.extend(["Koupit vstupenky Přidat do kalendáře", "Body one.", "Body two."]);
            let mut blocks = lines(&texts);
            blocks[0].verdict = Verdict::Remove(TITLE_REPEAT);
            blocks[5].verdict = Verdict::Remove(SHOP_BUTTONS);
            let probabilities = [0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.95, 0.9];
            classify_sequence(&mut blocks, &probabilities, &[4, 5, 2, 8, 3, 4, 40, 40], &ClassifyOptions::default());
            blocks[1..5].iter().map(|b| b.verdict).collect::<Vec<_>>()
        };
        assert!(verdicts(EVENT_FACTS).iter().all(|v| *v == Verdict::Keep));
        // Near miss: a shop's promises, mostly without figures, are no facts of the page.
        assert!(verdicts(SHOP_PROMISES).iter().all(|v| *v == Verdict::Remove(OUTSIDE_MAIN_TEXT)));
    }

    #[test]
    fn an_events_facts_above_its_buttons_join_the_main_element() {
        let verdicts = |facts: [&str; 4]| {
            let mut headline = element(vec![0, 1], "Jarní koncert Filharmonie Brno");
            headline.verdict = Verdict::Remove(TITLE_REPEAT);
            let mut blocks = vec![headline];
            blocks.extend(facts.iter().map(|fact| element(vec![0, 1, 2], fact)));
            let mut buttons = element(vec![0, 1, 3], "Koupit vstupenky Přidat do kalendáře");
            buttons.verdict = Verdict::Remove(SHOP_BUTTONS);
            blocks.push(buttons);
            blocks.push(element(vec![0, 1, 4], "Body one."));
            blocks.push(element(vec![0, 1, 4], "Body two."));
            let probabilities = [0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.95, 0.9];
            classify_tree(&mut blocks, &probabilities, &[4, 5, 2, 8, 3, 4, 40, 40], &ClassifyOptions::default());
            blocks[1..5].iter().map(|b| b.verdict).collect::<Vec<_>>()
        };
        assert!(verdicts(EVENT_FACTS).iter().all(|v| *v == Verdict::Keep));
        assert!(verdicts(SHOP_PROMISES).iter().all(|v| *v == Verdict::Remove(OUTSIDE_MAIN_TEXT)));
    }

    #[test]
    fn a_long_removed_row_does_not_tip_a_short_last_post_out_of_the_thread() {
        // Two posts in one element each, a member panel and a row of buttons of many
        // words (removed by their rules) in the element of the last, short post.
        let mut panel = element(vec![0, 1, 3], "Μέλος από Μαρ 2019 Μηνύματα 1.204 Τοποθεσία Θεσσαλονίκη Ελλάδα");
        panel.verdict = Verdict::Remove(RuleId("forum_furniture"));
        let mut actions = element(vec![0, 1, 3], "Μου αρέσει Παράθεση Απάντηση Αναφορά");
        actions.verdict = Verdict::Remove(POST_ACTIONS);
        let mut blocks = vec![
            element(vec![0, 1, 2], "The first post, long."),
            panel,
            element(vec![0, 1, 3], "Thanks to all, the short last post."),
            actions,
        ];
        classify_tree(&mut blocks, &[0.9, 0.1, 0.7, 0.1], &[60, 20, 30, 6], &ClassifyOptions::default());
        assert_eq!(blocks[2].verdict, Verdict::Keep);
    }

    #[test]
    fn a_lead_in_the_article_header_joins_the_body_under_it() {
        let lead =
            "Trains stop between the two cities from August. Commuters must take buses and plan for longer trips.";
        // The headline and the lead in the article's header (element 2), the byline beside
        // them, the body in its own element (3) beside the header.
        let page = |byline_removed_by: Option<RuleId>| {
            let mut headline = element(vec![0, 1, 2], "Rail line closes for nine months");
            headline.verdict = Verdict::Remove(TITLE_REPEAT);
            let mut byline = element(vec![0, 1, 2], "By Jane Doe | Updated 3 March 2025");
            if let Some(rule) = byline_removed_by {
                byline.verdict = Verdict::Remove(rule);
            }
            vec![
                headline,
                element(vec![0, 1, 2], lead),
                byline,
                element(
                    vec![0, 1, 3],
                    "The rail company will close the line for nine months while it renews the track.",
                ),
            ]
        };
        let verdicts = |mut blocks: Vec<Block>, lead_score: f32| {
            classify_tree(&mut blocks, &[0.6, lead_score, 0.1, 0.95], &[5, 17, 6, 300], &ClassifyOptions::default());
            blocks.into_iter().map(|b| b.verdict).collect::<Vec<_>>()
        };
        assert_eq!(verdicts(page(Some(RuleId("byline"))), 0.6)[1], Verdict::Keep);
        // Near misses: a lead the scorer doubts, and one with unremoved text between it and
        // the body (it is not the body's lead).
        assert_eq!(verdicts(page(Some(RuleId("byline"))), 0.3)[1], Verdict::Remove(OUTSIDE_MAIN_TEXT));
        assert_eq!(verdicts(page(None), 0.6)[1], Verdict::Remove(OUTSIDE_MAIN_TEXT));
    }

    fn element(ancestors: Vec<u32>, text: &str) -> Block {
        shaped(ancestors, Vec::new(), text)
    }

    /// A paragraph in the elements `ancestors`, whose tag-and-class hashes are `shapes`.
    fn shaped(ancestors: Vec<u32>, shapes: Vec<u64>, text: &str) -> Block {
        let html = HtmlContext { ancestors, ancestor_shapes: shapes, ..HtmlContext::default() };
        Block { html: Some(html), ..Block::new(text, BlockKind::Paragraph) }
    }

    #[test]
    fn sibling_posts_with_evidence_join_the_main_element() {
        // A thread (element 1) of three posts (2, 4, 6), each under a header of user
        // details, and a sidebar (8) beside it; the first post is the longest.
        let mut blocks = vec![
            element(vec![0, 1, 2], "username, member since, posts, location, badges"),
            element(vec![0, 1, 2, 3], "The opening post, long."),
            element(vec![0, 1, 4], "username, member since, posts, location, badges"),
            element(vec![0, 1, 4, 5], "A reply of a fair length."),
            element(vec![0, 1, 6], "username, member since, posts, location, badges"),
            element(vec![0, 1, 6, 7], "Thanks"),
            element(vec![0, 8], "Sidebar link"),
        ];
        let probabilities = [0.05, 0.95, 0.05, 0.9, 0.05, 0.5, 0.1];
        let words = [60, 80, 60, 60, 60, 1, 40];
        let kept = |blocks: &[Block]| blocks.iter().map(|b| b.verdict == Verdict::Keep).collect::<Vec<_>>();

        let opts = ClassifyOptions::default();
        classify_tree(&mut blocks, &probabilities, &words, &opts);
        // The reply joins; the one-word post brings too little evidence; the sidebar stays out.
        assert_eq!(kept(&blocks), [false, true, false, true, false, false, false]);

        blocks.iter_mut().for_each(|b| b.verdict = Verdict::Undecided);
        classify_tree(&mut blocks, &probabilities, &words, &ClassifyOptions { sibling_share: 0.0, ..opts });
        assert_eq!(kept(&blocks), [false, true, false, false, false, false, false]);
    }

    #[test]
    fn short_replies_join_by_the_part_that_mirrors_the_main_element() {
        // A thread (1) of posts (2, 4, 6; shape POST), each with its text (3, 5, 7; shape
        // TEXT) and a profile box (8, 9, 10) of user details; a footer (11) beside the thread.
        const ROOT: u64 = 1;
        const THREAD: u64 = 2;
        const POST: u64 = 3;
        const TEXT: u64 = 4;
        const PROFILE: u64 = 5;
        const FOOTER: u64 = 6;
        let mut blocks = vec![
            shaped(vec![0, 1, 2, 3], vec![ROOT, THREAD, POST, TEXT], "The opening post, long."),
            shaped(vec![0, 1, 2, 8], vec![ROOT, THREAD, POST, PROFILE], "anna, member since 2019, 1,077 posts"),
            shaped(vec![0, 1, 4, 5], vec![ROOT, THREAD, POST, TEXT], "A short reply that answers it."),
            shaped(vec![0, 1, 4, 9], vec![ROOT, THREAD, POST, PROFILE], "bob, member since 2021, 6,217 posts"),
            shaped(vec![0, 1, 6, 7], vec![ROOT, THREAD, POST, TEXT], "+1"),
            shaped(vec![0, 1, 6, 10], vec![ROOT, THREAD, POST, PROFILE], "eve, member since 2024, 3 posts"),
            shaped(vec![0, 11], vec![ROOT, FOOTER], "About us, contact, terms, privacy, careers"),
        ];
        let probabilities = [0.95, 0.05, 0.8, 0.05, 0.1, 0.05, 0.05];
        let words = [80, 60, 12, 60, 1, 60, 40];
        let opts = ClassifyOptions::default();
        classify_tree(&mut blocks, &probabilities, &words, &opts);
        let kept: Vec<bool> = blocks.iter().map(|b| b.verdict == Verdict::Keep).collect();
        // The reply's text joins though its post as a whole (with the profile) falls below
        // the siblings' bar; the profiles, the "+1" without evidence and the footer do not.
        assert_eq!(kept, [true, false, true, false, false, false, false]);

        // Near miss: without shapes (or with posts of different kinds) nothing mirrors.
        for html in blocks.iter_mut().filter_map(|b| b.html.as_mut()) {
            html.ancestor_shapes.clear();
        }
        blocks.iter_mut().for_each(|b| b.verdict = Verdict::Undecided);
        classify_tree(&mut blocks, &probabilities, &words, &opts);
        assert_ne!(blocks[2].verdict, Verdict::Keep);
    }

    #[test]
    fn a_reply_of_a_sentence_or_two_the_scorer_doubts_stays_with_its_thread() {
        // Posts (2, 4, 6) of a thread (1), each with its text (3, 5, 7) and a profile box.
        const POST: u64 = 3;
        const TEXT: u64 = 4;
        const PROFILE: u64 = 5;
        let reply = "Thanks for all the advice! I will try the washer and the sealant first on Saturday.";
        let mut blocks = vec![
            shaped(vec![0, 1, 2, 3], vec![1, 2, POST, TEXT], "The opening post, long."),
            shaped(vec![0, 1, 2, 8], vec![1, 2, POST, PROFILE], "anna, member since 2019, 1,077 posts"),
            shaped(vec![0, 1, 4, 5], vec![1, 2, POST, TEXT], reply),
            shaped(vec![0, 1, 4, 9], vec![1, 2, POST, PROFILE], "bob, member since 2021, 6,217 posts"),
            shaped(vec![0, 1, 6, 7], vec![1, 2, POST, TEXT], "+1 same here"),
            shaped(vec![0, 1, 6, 10], vec![1, 2, POST, PROFILE], "eve, member since 2024, 3 posts"),
        ];
        // The scorer doubts the reply (its part's evidence is negative) and the "+1".
        let probabilities = [0.95, 0.05, 0.15, 0.05, 0.15, 0.05];
        let words = [80, 60, 16, 60, 3, 60];
        classify_tree(&mut blocks, &probabilities, &words, &ClassifyOptions::default());
        let kept: Vec<bool> = blocks.iter().map(|b| b.verdict == Verdict::Keep).collect();
        assert_eq!(kept, [true, false, true, false, false, false]);
    }

    #[test]
    fn siblings_are_looked_for_only_a_few_levels_up() {
        // The body's element (7) is six levels below element 1, which also holds a block
        // of prose (in 9) and a menu (in 10).
        let mut blocks = vec![
            element(vec![0, 1, 2, 3, 4, 5, 6, 7], "The body."),
            element(vec![0, 1, 2, 3, 4, 5, 6], "Share"),
            element(vec![0, 1, 9], "A distant block with prose."),
            element(vec![0, 1, 10], "A menu"),
        ];
        let probabilities = [0.95, 0.1, 0.9, 0.05];
        let words = [80, 2, 40, 100];
        let opts = ClassifyOptions::default();
        classify_tree(&mut blocks, &probabilities, &words, &opts);
        assert_eq!(blocks[0].verdict, Verdict::Keep);
        assert_eq!(blocks[2].verdict, Verdict::Remove(OUTSIDE_MAIN_TEXT));
        blocks.iter_mut().for_each(|b| b.verdict = Verdict::Undecided);
        classify_tree(&mut blocks, &probabilities, &words, &ClassifyOptions { sibling_levels: 8, ..opts });
        assert_eq!(blocks[2].verdict, Verdict::Keep);
    }
}
