//! The last step of the cleaner: from the scorer's per-block probabilities, choose the main
//! text. For a dump it is the best contiguous run of lines; for HTML the best element
//! (the one whose blocks add up to the most main-text evidence). Inside the chosen region,
//! blocks the scorer still rejects are dropped too.

use std::collections::HashMap;

use crate::clean::block::{Block, Verdict};
use crate::model::RuleId;

/// Blocks outside the main text region or container.
pub const OUTSIDE_MAIN_TEXT: RuleId = RuleId("outside_main_text");
/// Blocks inside the main region that the content scorer rejects.
pub const LOW_CONTENT_SCORE: RuleId = RuleId("low_content_score");

/// The scorer's verdicts with what they mean, for `rinse rules`.
pub const DESCRIPTIONS: &[(RuleId, &str)] = &[
    (OUTSIDE_MAIN_TEXT, "blocks outside the main text (the best run of lines, or the best HTML element)"),
    (LOW_CONTENT_SCORE, "blocks inside the main text that the content scorer still rejects"),
    (
        crate::clean::repeated::REPEATED_TEXT,
        "kept text the main text already holds (a hidden copy of the article, a paragraph printed twice)",
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
}

impl ClassifyOptions {
    /// Lower bars, for pages where the normal ones keep nothing.
    pub fn relaxed(&self) -> ClassifyOptions {
        ClassifyOptions {
            region_threshold: self.region_threshold * RELAXED_FACTOR,
            html_region_threshold: self.html_region_threshold * RELAXED_FACTOR,
            keep_threshold: self.keep_threshold * RELAXED_FACTOR,
            removed_weight: self.removed_weight,
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
        }
    }
}

/// The evidence a block brings to the region that holds it: positive for likely main
/// text, negative for likely boilerplate, scaled by its size in words.
fn evidence(block: &Block, probability: f32, words: usize, threshold: f32, opts: &ClassifyOptions) -> f32 {
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

/// Decide the undecided blocks of a dump: keep those in the best run that score well.
pub fn classify_sequence(blocks: &mut [Block], probabilities: &[f32], words: &[usize], opts: &ClassifyOptions) {
    let weights: Vec<f32> = blocks
        .iter()
        .zip(probabilities)
        .zip(words)
        .map(|((b, &p), &w)| evidence(b, p, w, opts.region_threshold, opts))
        .collect();
    let run = best_run(&weights);
    for (i, block) in blocks.iter_mut().enumerate() {
        if block.verdict != Verdict::Undecided {
            continue;
        }
        let inside = run.is_some_and(|(s, e)| (s..e).contains(&i));
        block.verdict = if !inside {
            Verdict::Remove(OUTSIDE_MAIN_TEXT)
        } else if probabilities[i] < opts.keep_threshold {
            Verdict::Remove(LOW_CONTENT_SCORE)
        } else {
            Verdict::Keep
        };
    }
}

/// Decide the undecided blocks of an HTML page: keep those inside the element with the
/// most main-text evidence that score well.
pub fn classify_tree(blocks: &mut [Block], probabilities: &[f32], words: &[usize], opts: &ClassifyOptions) {
    let mut totals: HashMap<u32, f32> = HashMap::new();
    for ((block, &p), &w) in blocks.iter().zip(probabilities).zip(words) {
        let e = evidence(block, p, w, opts.html_region_threshold, opts);
        if let Some(html) = &block.html {
            for &a in &html.ancestors {
                *totals.entry(a).or_default() += e;
            }
        }
    }
    // Highest total wins; among equals, the outermost (lowest index in document order).
    let best = totals
        .iter()
        .filter(|(_, t)| **t > 0.0)
        .max_by(|a, b| a.1.total_cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(id, _)| *id);
    for (i, block) in blocks.iter_mut().enumerate() {
        if block.verdict != Verdict::Undecided {
            continue;
        }
        let inside = match (best, &block.html) {
            (Some(id), Some(h)) => h.ancestors.contains(&id),
            _ => false,
        };
        block.verdict = if !inside {
            Verdict::Remove(OUTSIDE_MAIN_TEXT)
        } else if probabilities[i] < opts.keep_threshold {
            Verdict::Remove(LOW_CONTENT_SCORE)
        } else {
            Verdict::Keep
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::{BlockKind, HtmlContext};

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

    #[test]
    fn sequence_keeps_the_body_and_drops_what_surrounds_it() {
        let mut blocks: Vec<Block> = ["Home", "Body one.", "Caption", "Body two.", "Related headline"]
            .iter()
            .map(|t| Block::new(*t, BlockKind::Line))
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
}
