//! Training of the content scorer on labelled pages: block labels from the gold text, and
//! each stage fitted either as a logistic regression by full-batch gradient descent (Adam)
//! or as boosted trees (`clean::trees`); both deterministic.

use std::collections::HashSet;

use crate::clean::block::Block;
use crate::clean::context::{self, N_CONTEXT};
use crate::clean::features::{FeatureVector, N_FEATURES};
use crate::clean::model::{LinearModel, Scorer, Stage};
use crate::clean::trees::{self, TreeOptions};

/// Training data: one row of inputs per block, its label, and its weight (its length in
/// tokens, so that long blocks count as much as the metric counts them).
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub dims: usize,
    /// Row-major inputs, `dims` per row.
    pub x: Vec<f32>,
    pub y: Vec<bool>,
    pub weight: Vec<f32>,
}

impl Dataset {
    pub fn new(dims: usize) -> Dataset {
        Dataset { dims, ..Dataset::default() }
    }

    pub fn push(&mut self, x: &[f32], y: bool, weight: f32) {
        debug_assert_eq!(x.len(), self.dims);
        self.x.extend_from_slice(x);
        self.y.push(y);
        self.weight.push(weight);
    }

    pub fn len(&self) -> usize {
        self.y.len()
    }

    pub fn is_empty(&self) -> bool {
        self.y.is_empty()
    }
}

/// One labelled page, as the scorer's training sees it.
pub struct TrainingPage<'a> {
    pub blocks: &'a [Block],
    pub features: &'a [FeatureVector],
    /// Per block: whether it is main text, and its tokens.
    pub labels: &'a [(bool, usize)],
}

/// How much each page weighs in training, whatever its length: the metric averages over
/// pages, so a long page must not outweigh many short ones. Within a page, blocks weigh by
/// their tokens.
const PAGE_WEIGHT: f32 = 1000.0;

fn block_weights(page: &TrainingPage<'_>) -> Vec<f32> {
    let total: usize = page.blocks.iter().zip(page.labels).filter(|(b, _)| !b.is_removed()).map(|(_, l)| l.1 + 1).sum();
    let scale = if PAGE_NORMALISED { PAGE_WEIGHT / total.max(1) as f32 } else { 1.0 };
    page.labels.iter().map(|&(_, tokens)| (tokens + 1) as f32 * scale).collect()
}

const PAGE_NORMALISED: bool = true;

/// Folds used inside training to get first-stage probabilities for pages the first stage
/// did not see (the second stage must learn from honest ones).
const INNER_FOLDS: usize = 4;

/// The kind of model of a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageKind {
    Linear,
    Trees,
    /// Both, fitted on the same data, their probabilities averaged.
    Blend,
}

/// Options of [`fit_scorer`]: the kind of each stage and how to fit each kind.
#[derive(Debug, Clone, Copy)]
pub struct ScorerOptions {
    pub first: StageKind,
    pub second: StageKind,
    pub linear: FitOptions,
    pub trees: TreeOptions,
}

impl Default for ScorerOptions {
    fn default() -> Self {
        ScorerOptions {
            first: StageKind::Blend,
            second: StageKind::Blend,
            linear: FitOptions::default(),
            trees: TreeOptions::default(),
        }
    }
}

fn fit_stage(data: &Dataset, kind: StageKind, opts: &ScorerOptions) -> Stage {
    match kind {
        StageKind::Linear => Stage::Linear(fit(data, opts.linear)),
        StageKind::Trees => Stage::Trees(trees::fit(data, opts.trees)),
        StageKind::Blend => Stage::Blend(fit(data, opts.linear), trees::fit(data, opts.trees)),
    }
}

/// Fit the two-stage scorer on labelled pages.
pub fn fit_scorer(pages: &[TrainingPage<'_>], opts: ScorerOptions) -> Scorer {
    let first_dataset = |keep: &dyn Fn(usize) -> bool| {
        let mut d = Dataset::new(N_FEATURES);
        for (_, page) in pages.iter().enumerate().filter(|(i, _)| keep(*i)) {
            let weights = block_weights(page);
            for (((block, x), &(y, _)), &w) in page.blocks.iter().zip(page.features).zip(page.labels).zip(&weights) {
                // Blocks a rule removed are decided; they teach the scorer nothing.
                if !block.is_removed() {
                    d.push(x, y, w);
                }
            }
        }
        d
    };
    // Out-of-fold first-stage probabilities for every training page.
    let mut first_probabilities: Vec<Vec<f32>> = vec![Vec::new(); pages.len()];
    for fold in 0..INNER_FOLDS {
        let model = fit_stage(&first_dataset(&|i| i % INNER_FOLDS != fold), opts.first, &opts);
        let scorer = Scorer { first: model, second: Stage::Linear(LinearModel::zero(0, 0.0)) };
        for (i, page) in pages.iter().enumerate().filter(|(i, _)| i % INNER_FOLDS == fold) {
            first_probabilities[i] = scorer.first_stage(page.blocks, page.features);
        }
    }
    let first = fit_stage(&first_dataset(&|_| true), opts.first, &opts);
    let dims = N_FEATURES + N_CONTEXT;
    let mut second_data = Dataset::new(dims);
    let mut row = Vec::with_capacity(dims);
    for (page, p1) in pages.iter().zip(&first_probabilities) {
        let ctx = context::compute(page.blocks, p1);
        let weights = block_weights(page);
        for ((((block, x), c), &(y, _)), &w) in
            page.blocks.iter().zip(page.features).zip(&ctx).zip(page.labels).zip(&weights)
        {
            if block.is_removed() {
                continue;
            }
            row.clear();
            row.extend_from_slice(x);
            row.extend_from_slice(c);
            second_data.push(&row, y, w);
        }
    }
    let second = fit_stage(&second_data, opts.second, &opts);
    Scorer { first, second }
}

/// Share of a block's 4-token shingles that must occur in the gold text for the block to
/// count as main text.
const LABEL_SHINGLE_SHARE: f32 = 0.5;

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

/// Token counts and main-text labels of `blocks` against the gold text: a block of four
/// tokens or more is main text when most of its 4-token shingles occur in the gold; a
/// shorter one when its token sequence occurs in the gold.
pub fn label_blocks(blocks: &[Block], gold: &str) -> Vec<(bool, usize)> {
    let gold_tokens = tokens(gold);
    let shingles: HashSet<&[String]> = gold_tokens.windows(4).collect();
    let joined = format!(" {} ", gold_tokens.join(" "));
    blocks
        .iter()
        .map(|b| {
            let t = tokens(&b.text);
            let label = if t.is_empty() {
                false
            } else if t.len() < 4 {
                joined.contains(&format!(" {} ", t.join(" ")))
            } else {
                let hits = t.windows(4).filter(|w| shingles.contains(w)).count();
                hits as f32 / (t.len() - 3) as f32 >= LABEL_SHINGLE_SHARE
            };
            (label, t.len())
        })
        .collect()
}

/// Options of [`fit`].
#[derive(Debug, Clone, Copy)]
pub struct FitOptions {
    pub iterations: usize,
    pub learning_rate: f32,
    /// L2 penalty on the weights (not the bias), per unit of total example weight.
    pub l2: f32,
}

impl Default for FitOptions {
    fn default() -> Self {
        FitOptions { iterations: 600, learning_rate: 0.05, l2: 1e-4 }
    }
}

/// Fit a logistic regression to a dataset by full-batch gradient descent (Adam) with an
/// L2 penalty; deterministic (fixed order, no randomness).
pub fn fit(data: &Dataset, opts: FitOptions) -> LinearModel {
    let d = data.dims;
    let dims = d + 1; // bias last
    let mut w = vec![0f64; dims];
    let mut m = vec![0f64; dims];
    let mut v = vec![0f64; dims];
    let total: f64 = data.weight.iter().map(|&x| f64::from(x)).sum::<f64>().max(1.0);
    let (beta1, beta2, eps) = (0.9f64, 0.999f64, 1e-8f64);
    let mut grad = vec![0f64; dims];
    let mut wf = vec![0f32; d];
    let mut gf = vec![0f32; d];
    for step in 1..=opts.iterations {
        for (dst, src) in wf.iter_mut().zip(&w) {
            *dst = *src as f32;
        }
        let bias = w[d] as f32;
        gf.iter_mut().for_each(|g| *g = 0.0);
        let mut gbias = 0f64;
        for (r, (row, (&y, &weight))) in data.x.chunks_exact(d).zip(data.y.iter().zip(&data.weight)).enumerate() {
            let _ = r;
            let z = bias + row.iter().zip(&wf).map(|(a, b)| a * b).sum::<f32>();
            let p = 1.0 / (1.0 + (-z).exp());
            let err = (p - if y { 1.0 } else { 0.0 }) * weight;
            for (g, xi) in gf.iter_mut().zip(row) {
                *g += err * xi;
            }
            gbias += f64::from(err);
        }
        for i in 0..d {
            grad[i] = f64::from(gf[i]) / total + opts.l2 as f64 * w[i];
        }
        grad[d] = gbias / total;
        let lr = opts.learning_rate as f64;
        for i in 0..dims {
            m[i] = beta1 * m[i] + (1.0 - beta1) * grad[i];
            v[i] = beta2 * v[i] + (1.0 - beta2) * grad[i] * grad[i];
            let m_hat = m[i] / (1.0 - beta1.powi(step as i32));
            let v_hat = v[i] / (1.0 - beta2.powi(step as i32));
            w[i] -= lr * m_hat / (v_hat.sqrt() + eps);
        }
    }
    LinearModel { bias: w[d] as f32, weights: w[..d].iter().map(|&x| x as f32).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::BlockKind;

    #[test]
    fn labels_follow_the_gold_text() {
        let blocks = vec![
            Block::new("Home", BlockKind::Line),
            Block::new("The talks will resume in Geneva on Tuesday, officials said.", BlockKind::Line),
            Block::new("Libya to investigate slave auction footage", BlockKind::Line),
        ];
        let labels = label_blocks(&blocks, "The talks will resume in Geneva on Tuesday, officials said.\n\nMore text.");
        assert_eq!(labels.iter().map(|l| l.0).collect::<Vec<_>>(), [false, true, false]);
    }

    #[test]
    fn fit_separates_a_separable_set() {
        let mut data = Dataset::new(3);
        for i in 0..40 {
            let y = i % 2 == 0;
            data.push(&[if y { 0.9 } else { 0.1 }, 0.5, 0.0], y, 1.0);
        }
        let model = fit(&data, FitOptions::default());
        for (row, &y) in data.x.chunks_exact(3).zip(&data.y) {
            assert_eq!(model.probability(row) > 0.5, y);
        }
    }

    #[test]
    fn the_second_stage_learns_from_context() {
        // Pages of text with a block in the middle whose own features say nothing: only its
        // neighbours tell it is text. The second stage must keep it.
        let mut blocks_store = Vec::new();
        let mut features_store = Vec::new();
        let mut labels_store = Vec::new();
        for _ in 0..12 {
            let blocks: Vec<Block> = (0..9).map(|_| Block::new("x", crate::clean::block::BlockKind::Line)).collect();
            let mut features = Vec::new();
            let mut labels = Vec::new();
            for i in 0..9 {
                let mut x = [0f32; N_FEATURES];
                let text = (3..6).contains(&i);
                x[2] = if text && i != 4 { 1.0 } else { 0.0 };
                features.push(x);
                labels.push((text, 10));
            }
            blocks_store.push(blocks);
            features_store.push(features);
            labels_store.push(labels);
        }
        let pages: Vec<TrainingPage<'_>> = (0..12)
            .map(|i| TrainingPage { blocks: &blocks_store[i], features: &features_store[i], labels: &labels_store[i] })
            .collect();
        for kind in [StageKind::Linear, StageKind::Trees, StageKind::Blend] {
            // A dozen tiny pages: leaves must be allowed to hold few blocks.
            let trees = TreeOptions { min_leaf: 1.0, ..TreeOptions::default() };
            let opts = ScorerOptions { first: kind, second: kind, trees, ..ScorerOptions::default() };
            let scorer = fit_scorer(&pages, opts);
            let p = scorer.probabilities(&blocks_store[0], &features_store[0]);
            assert!(p[4] > p[0] && p[4] > p[8], "{kind:?}: {p:?}");
        }
    }
}
