//! Training of the content scorer on labelled pages: block labels from the gold text, and a
//! logistic regression fitted by full-batch gradient descent (Adam), deterministic.

use std::collections::HashSet;

use crate::clean::block::Block;
use crate::clean::features::{FeatureVector, N_FEATURES};
use crate::clean::model::LinearModel;

/// One training example: a block's features, whether it is main text, and its weight
/// (its length in tokens, so that long blocks count as much as the metric counts them).
#[derive(Debug, Clone)]
pub struct Example {
    pub x: FeatureVector,
    pub y: bool,
    pub weight: f32,
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

/// Fit a logistic regression to the examples.
pub fn fit(examples: &[Example], opts: FitOptions) -> LinearModel {
    let dims = N_FEATURES + 1; // bias last
    let mut w = vec![0f64; dims];
    let mut m = vec![0f64; dims];
    let mut v = vec![0f64; dims];
    let total: f64 = examples.iter().map(|e| e.weight as f64).sum::<f64>().max(1.0);
    let (beta1, beta2, eps) = (0.9f64, 0.999f64, 1e-8f64);
    let mut grad = vec![0f64; dims];
    for step in 1..=opts.iterations {
        grad.iter_mut().for_each(|g| *g = 0.0);
        for e in examples {
            let mut z = w[N_FEATURES];
            for (wi, xi) in w.iter().zip(e.x.iter()) {
                z += wi * *xi as f64;
            }
            let p = 1.0 / (1.0 + (-z).exp());
            let err = (p - if e.y { 1.0 } else { 0.0 }) * e.weight as f64;
            for (g, xi) in grad.iter_mut().zip(e.x.iter()) {
                *g += err * *xi as f64;
            }
            grad[N_FEATURES] += err;
        }
        for (i, g) in grad.iter_mut().enumerate() {
            *g /= total;
            if i < N_FEATURES {
                *g += opts.l2 as f64 * w[i];
            }
        }
        let lr = opts.learning_rate as f64;
        for i in 0..dims {
            m[i] = beta1 * m[i] + (1.0 - beta1) * grad[i];
            v[i] = beta2 * v[i] + (1.0 - beta2) * grad[i] * grad[i];
            let m_hat = m[i] / (1.0 - beta1.powi(step as i32));
            let v_hat = v[i] / (1.0 - beta2.powi(step as i32));
            w[i] -= lr * m_hat / (v_hat.sqrt() + eps);
        }
    }
    let mut weights = [0f32; N_FEATURES];
    for (dst, src) in weights.iter_mut().zip(&w) {
        *dst = *src as f32;
    }
    LinearModel { bias: w[N_FEATURES] as f32, weights }
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
        let mut examples = Vec::new();
        for i in 0..40 {
            let mut x = [0f32; N_FEATURES];
            let y = i % 2 == 0;
            x[0] = if y { 0.9 } else { 0.1 };
            examples.push(Example { x, y, weight: 1.0 });
        }
        let model = fit(&examples, FitOptions::default());
        assert!(examples.iter().all(|e| (model.probability(&e.x) > 0.5) == e.y));
    }
}
