//! The cleaner: turns a decoded page into blocks, removes the boilerplate, and keeps the
//! main text, recording which rule removed what.
//!
//! Both kinds of input meet in one block model ([`block`]): HTML is pruned and segmented
//! ([`html`]), a text dump is cut into lines ([`dump`]). Then, in order:
//! 1. the block rules ([`rules::RULES`]) remove what their wording or structure gives away
//!    (cookie banners, comment prompts, bylines, link lists...), each under its own id;
//! 2. the content scorer ([`model`]) gives every block a probability of being main text from
//!    its [`features`];
//! 3. [`classify`] chooses the main region (a run of lines, or an HTML element) and keeps
//!    the blocks in it that score well.

pub mod block;
pub mod classify;
pub mod code_lines;
pub mod context;
pub mod dump;
pub mod features;
pub mod headline;
pub mod html;
pub mod markdown;
pub mod model;
pub mod repeated;
pub mod rule;
pub mod rules;
pub mod shape;
pub mod stopwords;
pub mod structured_body;
pub mod table_lines;
pub mod text_browser;
pub mod thread;
pub mod train;
pub mod trees;
pub mod vocab;
mod weights;

use std::sync::Arc;

use crate::clean::block::{Block, BlockKind, MAX_BLOCKS, Verdict};
use crate::clean::classify::ClassifyOptions;
use crate::metadata;
use crate::metadata::dump::TitleSource;

use crate::clean::features::{FeatureVector, PageContext, TextStats};
use crate::clean::model::Scorer;
use crate::clean::rule::{RuleContext, RuleMemo};
use crate::model::{CleanDocument, DecodedPage, InputKind, PageMeta, RemovedBlock};

/// Options of the cleaner.
#[derive(Debug, Clone, Default)]
pub struct CleanOptions {
    pub classify: ClassifyOptions,
    /// Rule ids that are switched off.
    pub disabled_rules: Vec<String>,
    /// Keep the text of every removed block (for `--explain`); otherwise only counts.
    pub keep_removed_text: bool,
    /// A scorer to use instead of the trained one (cross-validation, experiments).
    pub model: Option<Arc<Scorer>>,
}

/// Clean one page.
pub fn clean(page: &DecodedPage, opts: &CleanOptions) -> CleanDocument {
    decide(prepare(page, opts), opts)
}

/// A page after segmentation and the rules, with every block's features: the input of
/// the scorer (and of training).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub kind: InputKind,
    pub blocks: Vec<Block>,
    pub features: Vec<FeatureVector>,
    /// Words per block.
    pub words: Vec<usize>,
    pub meta: PageMeta,
    /// How far the title of a dump can be trusted; a doubtful one may give way to the
    /// headline over the main text once that is chosen (see [`headline`]).
    pub title_source: TitleSource,
    /// The article's text as the page's JSON-LD states it, for a page whose visible text
    /// yields next to nothing (see [`structured_body`]).
    pub structured_body: Option<String>,
    /// Blocks after the page that are not classified with it, already removed: the link
    /// addresses a text-mode browser lists (see [`text_browser`]).
    pub appendix: Vec<Block>,
    /// Characters of the page left unread after [`block::MAX_BLOCKS`] blocks.
    pub unread_chars: u64,
    /// Characters of an HTML page's markup left unread where its parse was cut.
    pub unread_markup_chars: u64,
}

/// Segment and run the rules; compute features.
pub fn prepare(page: &DecodedPage, opts: &CleanOptions) -> Prepared {
    let mut memo = RuleMemo::default();
    let mut product_page = false;
    let mut structured_body = None;
    let mut title_source = TitleSource::Confirmed;
    let mut rebuilt = None;
    // The headline as an HTML page shows it, where its title is spelled otherwise: the rules
    // and features look for that form in the text.
    let mut shown_title = None;
    let mut unread_markup_chars = 0;
    let (blocks, unread_chars, found) = match page.kind {
        InputKind::Text => {
            rebuilt = markdown::rebuild(&page.text).or_else(|| text_browser::rebuild(&page.text));
            let text = rebuilt.as_ref().map_or(page.text.as_str(), |r| r.text.as_str());
            let lines: Vec<&str> = text.lines().collect();
            let (blocks, unread_chars) = match &rebuilt {
                Some(rebuilt) => rebuilt.segment_counting(),
                None => dump::segment_counting(text),
            };
            if let Some(order) = metadata::dump::numeric_date_order(text) {
                memo.recognizer = metadata::byline::LineRecognizer::with_order(Some(order));
            }
            // Bylines are recognised once per line, for the byline and dateline rules and
            // for the metadata, which reads the head's lines several times.
            let recognised = memo.line_meta.insert(rules::recognise_blocks(&blocks, &mut memo.recognizer));
            // The blocks are the collapsed non-empty lines, unless a huge line was cut into
            // several: then the metadata collapses the lines itself.
            let found = if lines.iter().all(|l| l.len() <= dump::MAX_LINE_CHARS) {
                let head: Vec<&str> = blocks.iter().take(metadata::dump::HEAD_LINES).map(|b| b.text.as_str()).collect();
                let mut found = metadata::dump::from_dump_recognised(&lines, &head, recognised, &mut memo.recognizer);
                // Text browsers and Markdown converters print a page without its `<title>`:
                // a first line nothing confirms is whatever the page shows first (a logo, a
                // menu, a link).
                if rebuilt.as_ref().is_some_and(|r| !r.title_printed)
                    && found.title_source == TitleSource::FirstLineAlone
                {
                    found.meta.title = None;
                    found.meta.site = None;
                    found.title_source = TitleSource::Missing;
                }
                title_source = found.title_source;
                found.meta
            } else {
                metadata::dump::from_dump_with(&lines, &mut memo.recognizer)
            };
            (blocks, unread_chars, found)
        }
        InputKind::Html => {
            let (doc, outcome) = html::parse_with_outcome(&page.text);
            if outcome.cut.is_some() {
                unread_markup_chars =
                    page.text.get(outcome.parsed_bytes..).map_or(0, |rest| rest.chars().count() as u64);
            }
            let found = metadata::html::read_html(&doc, page.url.as_deref());
            product_page = found.is_product;
            structured_body = found.article_body;
            shown_title = found.shown_title;
            memo.recognizer = metadata::byline::LineRecognizer::with_order(found.numeric_order);
            let (blocks, unread_chars) = html::segment_counting(&doc);
            (blocks, unread_chars, found.meta)
        }
    };
    // What the container says (a JSONL title, a feed's date) comes before the page's own.
    let mut meta = PageMeta {
        title: page.hints.title.clone(),
        published: page.hints.date.as_deref().and_then(metadata::date::parse_date),
        ..PageMeta::default()
    };
    if meta.title.is_some() {
        title_source = TitleSource::Confirmed;
        shown_title = None;
    }
    meta.fill_from(found);
    if meta.published.is_none() {
        meta.published = page.hints.listed_date.as_deref().and_then(metadata::date::parse_date);
    }
    if meta.author.is_none() {
        meta.author = page.hints.listed_author.clone().filter(|author| !author.trim().is_empty());
    }
    let mut prepared = prepare_blocks(blocks, page.kind, meta, shown_title, memo, product_page, opts);
    prepared.structured_body = structured_body;
    prepared.title_source = title_source;
    prepared.unread_chars = unread_chars;
    prepared.unread_markup_chars = unread_markup_chars;
    if let Some(rebuilt) = rebuilt {
        prepared.appendix = rebuilt
            .references
            .into_iter()
            .map(|line| {
                let mut block = Block::new(line, BlockKind::Line);
                block.remove(rules::LINK_REFERENCES);
                block
            })
            .collect();
    }
    prepared
}

fn prepare_blocks(
    mut blocks: Vec<Block>,
    kind: InputKind,
    mut meta: PageMeta,
    shown_title: Option<String>,
    memo: RuleMemo,
    product_page: bool,
    opts: &CleanOptions,
) -> Prepared {
    let title = shown_title.or_else(|| meta.title.clone());
    let mut hashes = Vec::new();
    let stats: Vec<TextStats> = blocks.iter().map(|b| TextStats::scan(&b.text, &mut hashes)).collect();
    if kind == InputKind::Html {
        let words: Vec<usize> = stats.iter().map(|s| s.words).collect();
        let sentence: Vec<bool> = stats.iter().map(|s| s.ends_like_sentence).collect();
        html::prune::prune_boilerplate_containers(&mut blocks, &words, &sentence);
    }
    {
        let mut cx = RuleContext { kind, title: title.as_deref(), meta: &mut meta, stats: &stats, memo, product_page };
        for rule in rules::RULES {
            if opts.disabled_rules.iter().any(|d| d == rule.id().as_str()) {
                continue;
            }
            rule.apply(&mut blocks, &mut cx);
        }
    }
    let features = features::compute_with_stats(&blocks, &stats, &hashes, &PageContext { title: title.as_deref() });
    let words = stats.iter().map(|s| s.words).collect();
    Prepared {
        kind,
        blocks,
        features,
        words,
        meta,
        title_source: TitleSource::Confirmed,
        structured_body: None,
        appendix: Vec::new(),
        unread_chars: 0,
        unread_markup_chars: 0,
    }
}

/// Score the blocks, choose the main text, and assemble the document.
pub fn decide(prepared: Prepared, opts: &CleanOptions) -> CleanDocument {
    let Prepared {
        kind,
        mut blocks,
        features,
        words,
        mut meta,
        title_source,
        structured_body,
        appendix,
        unread_chars,
        unread_markup_chars,
    } = prepared;
    let scorer: &Scorer = match &opts.model {
        Some(m) => m,
        None => model::trained(kind),
    };
    let probabilities = scorer.probabilities(&blocks, &features);
    choose_main_text(&mut blocks, kind, &probabilities, &words, &opts.classify);
    repeated::remove_repeated(&mut blocks);
    drop_insubstantial(&mut blocks, &words);
    let replacement = structured_body.and_then(|body| structured_body::replacement(&body, &blocks, &words));
    if replacement.is_some() {
        structured_body::mark_replaced(&mut blocks);
    }
    if kind == InputKind::Text && title_source != TitleSource::Confirmed {
        headline::settle_title(&blocks, &words, &mut meta.title, title_source);
    }
    blocks.extend(appendix);
    let mut doc = assemble(blocks, meta, opts);
    if let Some(paragraphs) = replacement {
        doc.paragraphs = paragraphs;
    }
    doc.meta.language = detect_language(&doc.paragraphs, doc.meta.language.take());
    // What a limit left unread, a removal of its own: described only when it is kept.
    let mut left_unread = |rule, chars: u64, describe: &dyn Fn() -> String| {
        if chars > 0 {
            let text = if opts.keep_removed_text { describe() } else { String::new() };
            doc.removed.push(RemovedBlock { rule, chars, text });
        }
    };
    left_unread(block::BLOCK_LIMIT, unread_chars, &|| {
        format!("(the rest of the page, about {unread_chars} characters, after its first {MAX_BLOCKS} blocks)")
    });
    left_unread(block::MARKUP_LIMIT, unread_markup_chars, &|| {
        format!("(the rest of the page's markup, {unread_markup_chars} characters, past where its parse was cut)")
    });
    doc
}

/// Mark the blocks of the main text `Keep` and the rest removed, by the scorer's
/// `probabilities` and the page's structure.
fn choose_main_text(
    blocks: &mut [Block],
    kind: InputKind,
    probabilities: &[f32],
    words: &[usize],
    opts: &ClassifyOptions,
) {
    let undecided: Vec<bool> = blocks.iter().map(|b| b.verdict == Verdict::Undecided).collect();
    let choose = |blocks: &mut [Block], o: &ClassifyOptions| match kind {
        InputKind::Text => classify::classify_sequence(blocks, probabilities, words, o),
        InputKind::Html => classify::classify_tree(blocks, probabilities, words, o),
    };
    choose(blocks, opts);
    // A small page (one short paragraph, a notice) has no block the scorer is sure of, or
    // only a link or two. Rather than return nothing, take its best text with lower bars;
    // a page that is all menus still yields nothing, since rules and the scorer rule those
    // out.
    if is_insubstantial(blocks, words) {
        // Lower bars, but still text: not a lone link or a word or two. These are ruled out
        // before the choice, so that a menu of many one-word links, which a page without
        // a clear body may score above its few sentences, cannot win the region.
        for ((block, was_undecided), &w) in blocks.iter_mut().zip(&undecided).zip(words) {
            if *was_undecided {
                block.verdict = if w < FALLBACK_MIN_WORDS || block.link_density() >= 0.5 {
                    Verdict::Remove(classify::LOW_CONTENT_SCORE)
                } else {
                    Verdict::Undecided
                };
            }
        }
        choose(blocks, &opts.relaxed());
    }
}

/// What is kept must say something: a few words outside links at least, unless it is a
/// long list of links (a listing's content). A page whose best text is a handful of links
/// (a menu, an error page) has no main text.
fn drop_insubstantial(blocks: &mut [Block], words: &[usize]) {
    if is_insubstantial(blocks, words) {
        for block in blocks.iter_mut().filter(|b| b.verdict == Verdict::Keep) {
            block.verdict = Verdict::Remove(classify::LOW_CONTENT_SCORE);
        }
    }
}

/// Whether the kept blocks say too little to be a main text (see [`drop_insubstantial`]);
/// true when nothing is kept.
fn is_insubstantial(blocks: &[Block], words: &[usize]) -> bool {
    let kept_words = |outside_links: bool| -> usize {
        blocks
            .iter()
            .zip(words)
            .filter(|(b, _)| b.verdict == Verdict::Keep && (!outside_links || b.link_density() < 0.5))
            .map(|(_, &w)| w)
            .sum()
    };
    kept_words(true) < MIN_SUBSTANCE_WORDS && kept_words(false) < MIN_LISTING_WORDS
}

/// The language of the kept text, falling back to the declared one for short texts.
fn detect_language(paragraphs: &[String], declared: Option<String>) -> Option<String> {
    let mut sample = String::new();
    for p in paragraphs {
        if sample.len() >= LANGUAGE_SAMPLE_BYTES {
            break;
        }
        sample.push_str(p);
        sample.push('\n');
    }
    metadata::language::detect_language(&sample, declared.as_deref()).or(declared)
}

/// The fewest words outside links that a page's main text may have...
const MIN_SUBSTANCE_WORDS: usize = 6;
/// ...unless its links hold at least this many words.
const MIN_LISTING_WORDS: usize = 30;

/// The fewest words a block kept by the small-page fallback may have.
const FALLBACK_MIN_WORDS: usize = 4;

/// How much of the body language detection reads.
const LANGUAGE_SAMPLE_BYTES: usize = 2048;

fn assemble(blocks: Vec<Block>, meta: PageMeta, opts: &CleanOptions) -> CleanDocument {
    let mut doc = CleanDocument { meta, ..CleanDocument::default() };
    for block in blocks {
        match block.verdict {
            Verdict::Keep | Verdict::Undecided => {
                doc.paragraphs.push(block.layout.unwrap_or(block.text));
            }
            Verdict::Remove(rule) => {
                let chars = block.text.chars().count() as u64;
                let text = if opts.keep_removed_text { block.text } else { String::new() };
                doc.removed.push(RemovedBlock { rule, chars, text });
            }
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EncodingSource, PageHints, SourceKind};

    fn page(kind: InputKind, text: &str) -> DecodedPage {
        DecodedPage {
            source: "test".into(),
            source_kind: SourceKind::File,
            url: None,
            kind,
            fetched_at: None,
            hints: PageHints::default(),
            text: text.into(),
            encoding: "UTF-8",
            encoding_source: EncodingSource::Container,
            replaced_bytes: 0,
        }
    }

    #[test]
    fn a_feed_date_and_author_stand_in_only_where_the_page_is_silent() {
        let body = "<p>The river rose overnight and closed two roads into the town centre, the council said.</p>";
        let listed = |html: &str| {
            let mut page = page(InputKind::Html, html);
            page.hints.listed_date = Some("2026-11-21T10:00:00+00:00".into());
            page.hints.listed_author = Some("Feed Author".into());
            clean(&page, &CleanOptions::default()).meta
        };
        let silent = listed(&format!("<html><body><h1>Floods close roads</h1>{body}</body></html>"));
        assert_eq!(silent.published.as_deref(), Some("2026-11-21T10:00:00Z"));
        assert_eq!(silent.author.as_deref(), Some("Feed Author"));
        // The page's own byline and date win.
        let own = listed(&format!(
            r#"<html><head><meta name="author" content="Page Author">
            <meta property="article:published_time" content="2026-11-20T09:00:00+01:00"></head>
            <body><h1>Floods close roads</h1>{body}</body></html>"#
        ));
        assert_eq!(own.published.as_deref(), Some("2026-11-20T09:00:00+01:00"));
        assert_eq!(own.author.as_deref(), Some("Page Author"));
    }

    #[test]
    fn text_left_unread_past_the_block_limit_is_a_removal_of_its_own() {
        let text = "Floods close roads\n\nThe river rose overnight and closed two roads into the town centre.\n";
        let opts = CleanOptions { keep_removed_text: true, ..CleanOptions::default() };
        let mut prepared = prepare(&page(InputKind::Text, text), &opts);
        prepared.unread_chars = 1234;
        let doc = decide(prepared, &opts);
        let cut: Vec<_> = doc.removed.iter().filter(|r| r.rule == block::BLOCK_LIMIT).collect();
        assert_eq!(cut.len(), 1);
        assert_eq!(cut[0].chars, 1234);
        assert!(cut[0].text.contains("1234 characters"), "{}", cut[0].text);
        // A page read whole has no such removal.
        let doc = clean(&page(InputKind::Text, text), &opts);
        assert!(doc.removed.iter().all(|r| r.rule != block::BLOCK_LIMIT));
    }

    #[test]
    fn a_product_page_takes_no_author_from_a_review() {
        let html = |og_type: &str| {
            format!(
                r#"<html lang="pt-BR"><head><meta property="og:type" content="{og_type}"></head><body>
                <h1>Cafeteira Elétrica CP15 Inox</h1><p>A cafeteira prepara até 15 xícaras de café em poucos minutos e mantém a bebida quente.</p>
                <p>Faz um café muito bom, recomendo a todos que gostam de café forte.</p><p>Roberta Souza - 12/01/2025</p></body></html>"#
            )
        };
        let doc = clean(&page(InputKind::Html, &html("product")), &CleanOptions::default());
        assert_eq!((doc.meta.author, doc.meta.published), (None, None));
        // Near miss: on an article the same line is the byline.
        let doc = clean(&page(InputKind::Html, &html("article")), &CleanOptions::default());
        assert_eq!(doc.meta.author.as_deref(), Some("Roberta Souza"));
        // The page is in Brazilian Portuguese, which writes the day first.
        assert_eq!(doc.meta.published.as_deref(), Some("2025-01-12"));
    }

    #[test]
    fn a_headline_in_capitals_is_stored_as_declared_and_still_found_in_the_text() {
        let html = r#"<html><head><title>Best Drip Coffee Maker 2026: Tips From Pros</title></head><body>
            <article><h1>BEST DRIP COFFEE MAKER IN 2026: TIPS FROM PROS</h1>
            <p>We tested twenty drip coffee makers over three months, brewing a full carafe with each one every morning.</p>
            <p>The winner kept the water between 92 and 96 degrees for the whole brew, which few of the others managed.</p>
            </article></body></html>"#;
        let doc = clean(&page(InputKind::Html, html), &CleanOptions::default());
        assert_eq!(doc.meta.title.as_deref(), Some("Best Drip Coffee Maker 2026: Tips From Pros"));
        assert!(doc.paragraphs.iter().all(|p| !p.contains("BEST DRIP")), "{:?}", doc.paragraphs);
        assert!(doc.removed.iter().any(|r| r.rule == rules::TITLE_REPEAT));
    }

    #[test]
    fn code_in_the_body_keeps_its_lines_and_indentation() {
        let html = "<html><body><main><h1>Reading a file</h1>\
            <p>Open the file and read it line by line, as the standard library shows in its own guide to files.</p>\
            <pre><code>with open(path) as f:\n    for line in f:\n        print(line)</code></pre>\
            <p>The file is closed when the block ends, even when an exception is raised inside it.</p></main></body></html>";
        let doc = clean(&page(InputKind::Html, html), &CleanOptions::default());
        let body = crate::normalize::normalize_body(&doc.paragraphs);
        assert!(body.contains("\n\nwith open(path) as f:\n    for line in f:\n        print(line)\n\n"), "{body}");
    }

    #[test]
    fn a_text_browser_dump_takes_its_title_from_the_headline_not_its_first_line() {
        // lynx prints no `<title>`: its first line is the page's first link.
        let dump = "   [1]Subscribe for one euro a month
     * [2]News
     * [3]Sport
     * [4]Culture

                   Harbour ferry returns after two-year refit

   The old harbour ferry went back into service on Saturday morning after
   a two-year refit that replaced its diesel engines with batteries
   charged from the quay, cutting the noise on the harbour crossing.

   About two hundred passengers queued in the rain for the first crossing
   at seven o'clock, some of them commuters who had spent two winters on
   the replacement bus that took forty minutes to go round the bay.

References

   1. file:///subscribe
   2. file:///news
   3. file:///sport
   4. file:///culture
";
        let doc = clean(&page(InputKind::Text, dump), &CleanOptions::default());
        assert_eq!(doc.meta.title.as_deref(), Some("Harbour ferry returns after two-year refit"));
        assert!(doc.paragraphs.last().is_some_and(|p| p.starts_with("About two hundred")), "{:?}", doc.paragraphs);
        assert!(!doc.paragraphs.iter().any(|p| p.contains("Subscribe")), "{:?}", doc.paragraphs);
        assert!(doc.removed.iter().any(|r| r.rule.as_str() == "link_references"));
    }

    #[test]
    fn a_small_page_keeps_its_one_paragraph() {
        let doc = clean(
            &page(InputKind::Html, "<html><body><p>Le café coûte 5 € depuis lundi, a dit le patron.</p></body></html>"),
            &CleanOptions::default(),
        );
        assert_eq!(doc.paragraphs, ["Le café coûte 5 € depuis lundi, a dit le patron."]);
    }

    #[test]
    fn a_page_a_script_fills_in_takes_its_body_from_json_ld() {
        let first = "Die Stadt hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer zu \
            sanieren, nachdem Prüfer Risse in zwei Pfeilern gefunden hatten.";
        let second = "Der Verkehr wird in dieser Zeit über die Umgehungsstraße geleitet, sagte die \
            Bürgermeisterin, und Busse fahren nach einem eigenen Plan, den die Stadtwerke noch vorstellen wollen.";
        let shell = |visible: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Brücke wird saniert",
                "articleBody":"{first}\n{second}"}}</script></head><body><nav><a href="/">Start</a> <a href="/a">Politik</a></nav>
                <div id="app">{visible}</div></body></html>"#
            )
        };
        let opts = CleanOptions { keep_removed_text: true, ..CleanOptions::default() };
        let doc = clean(&page(InputKind::Html, &shell("Wird geladen …")), &opts);
        assert_eq!(doc.paragraphs, [first, second]);
        // Near miss: a page that shows its article keeps what it shows, and removes nothing
        // in favour of the structured copy.
        let doc = clean(&page(InputKind::Html, &shell(&format!("<p>{first}</p><p>{second}</p>"))), &opts);
        assert_eq!(doc.paragraphs, [first, second]);
        assert!(doc.removed.iter().all(|r| r.rule != structured_body::REPLACED_BY_STRUCTURED_BODY));
        // A teaser the shell shows is replaced, and says so.
        let teaser = "Die Stadt saniert die alte Brücke über den Fluss.";
        let doc = clean(&page(InputKind::Html, &shell(&format!("<p>{teaser}</p>"))), &opts);
        assert_eq!(doc.paragraphs, [first, second]);
        assert!(doc.removed.iter().any(|r| r.rule == structured_body::REPLACED_BY_STRUCTURED_BODY && r.text == teaser));
    }

    #[test]
    fn a_page_without_a_clear_body_keeps_its_sentences_over_its_menu() {
        use crate::clean::block::{BlockKind, HtmlContext};
        // An old fan site: a long menu of one-word links the scorer rates a little above its
        // one short news item. The first choice takes the menu, whose links are too little
        // to be a main text; the fallback must find the news item, not return nothing.
        let block = |text: &str, kind: BlockKind, ancestors: &[u32], link_density: f32| {
            let mut block = Block::new(text, kind);
            block.html = Some(HtmlContext { ancestors: ancestors.to_vec(), link_density, ..HtmlContext::default() });
            block
        };
        let mut blocks: Vec<Block> =
            (0..20).map(|i| block(&format!("Menu{i}"), BlockKind::ListItem, &[1, 2, 3], 1.0)).collect();
        let mut probabilities = vec![0.45; 20];
        let mut words = vec![1; 20];
        blocks.push(block("Site Update - Leseprobe Band 14", BlockKind::Heading(2), &[1, 4, 5], 0.0));
        probabilities.push(0.5);
        words.push(6);
        let news = "Kapitel 121 ist nun auch online. Wie immer können die Bilder nur von eingeloggten \
            Usern betrachtet werden. Am Freitag folgt Kapitel 122, und danach geht es weiter.";
        blocks.push(block(news, BlockKind::Paragraph, &[1, 4, 6], 0.0));
        probabilities.push(0.35);
        words.push(24);
        // The comment prompts under it, which the scorer is sure of.
        for _ in 0..5 {
            blocks.push(block("Kommentar schreiben", BlockKind::Paragraph, &[1, 4, 7], 1.0));
            probabilities.push(0.1);
            words.push(2);
        }
        choose_main_text(&mut blocks, InputKind::Html, &probabilities, &words, &ClassifyOptions::default());
        drop_insubstantial(&mut blocks, &words);
        let kept: Vec<&str> = blocks.iter().filter(|b| b.verdict == Verdict::Keep).map(|b| b.text.as_str()).collect();
        assert_eq!(kept, ["Site Update - Leseprobe Band 14", news]);
    }

    #[test]
    fn a_few_links_are_no_main_text_but_a_listing_is() {
        use crate::clean::block::{BlockKind, HtmlContext};
        let link = |text: &str| {
            let mut block = Block::new(text, BlockKind::ListItem);
            block.html = Some(HtmlContext { link_density: 1.0, ..HtmlContext::default() });
            block.verdict = Verdict::Keep;
            block
        };
        // A menu of three links: nothing.
        let mut blocks = vec![link("Home"), link("About us"), link("Contact")];
        drop_insubstantial(&mut blocks, &[1, 2, 1]);
        assert!(blocks.iter().all(|b| b.verdict != Verdict::Keep));
        // Ten headlines of a listing: the page's content.
        let mut blocks: Vec<Block> = (0..10).map(|_| link("Council votes to close the old library")).collect();
        drop_insubstantial(&mut blocks, &[7; 10]);
        assert!(blocks.iter().all(|b| b.verdict == Verdict::Keep));
    }

    #[test]
    fn a_page_of_menus_keeps_nothing() {
        let html = "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>\
                    <ul><li><a href='/x'>News</a></li><li><a href='/y'>Sport</a></li><li><a href='/z'>Weather</a></li></ul>\
                    <footer>© 2026 Example</footer></body></html>";
        let doc = clean(&page(InputKind::Html, html), &CleanOptions::default());
        assert!(doc.paragraphs.is_empty(), "{:?}", doc.paragraphs);
    }
}
