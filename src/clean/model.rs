//! The content scorer: two models over block features, one pair per kind of input. The
//! first stage reads a block's own features (`features`); the second reads them again
//! beside what the first stage thinks of the block's neighbours (`context`). Each stage is
//! a logistic regression or a small forest of boosted trees (`trees`). Both are trained by
//! `rinse train` on labelled pages (see `clean::train`) and kept, reviewed, in `weights.rs`.

use std::sync::LazyLock;

use crate::clean::block::Block;
use crate::clean::context::{self, CONTEXT_NAMES};
use crate::clean::features::{FEATURE_NAMES, FeatureVector};
use crate::clean::trees::{Forest, StoredForest};
use crate::model::InputKind;

/// A logistic regression over named inputs: `p = σ(bias + Σ wᵢ·xᵢ)`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinearModel {
    pub bias: f32,
    pub weights: Vec<f32>,
}

impl LinearModel {
    /// A model that weighs nothing (p = σ(bias)).
    pub fn zero(dims: usize, bias: f32) -> LinearModel {
        LinearModel { bias, weights: vec![0.0; dims] }
    }

    /// Build a model over `names` from `(name, weight)` pairs; names not listed weigh 0.
    /// Unknown names are an error, so a renamed feature cannot silently lose its weight.
    pub fn from_named(names: &[&str], bias: f32, named: &[(&str, f32)]) -> Result<LinearModel, String> {
        let mut weights = vec![0f32; names.len()];
        for (name, weight) in named {
            let index = names
                .iter()
                .position(|n| n == name)
                .ok_or_else(|| format!("unknown feature {name:?} in model weights"))?;
            weights[index] = *weight;
        }
        Ok(LinearModel { bias, weights })
    }

    /// The probability for inputs `x` (as many as the model has weights).
    pub fn probability(&self, x: &[f32]) -> f32 {
        let z = self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }

    /// Render the model as Rust source for `weights.rs`.
    pub fn to_rust(&self, names: &[&str], const_name: &str, comment: &str) -> String {
        let mut out = format!(
            "/// {comment}\npub(crate) const {const_name}: StoredStage = StoredStage::Linear(Weights {{\n    bias: {:.5},\n    named: &[\n",
            self.bias
        );
        for (n, w) in names.iter().zip(&self.weights) {
            out.push_str(&format!("        (\"{n}\", {w:.5}),\n"));
        }
        out.push_str("    ],\n});\n");
        out
    }
}

/// One stage of the scorer.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    Linear(LinearModel),
    Trees(Forest),
    /// The mean of the two models' probabilities: the trees weigh features against each
    /// other, the linear model keeps a sane answer where the trees saw no pages like this
    /// one (a page of one short paragraph).
    Blend(LinearModel, Forest),
}

impl Stage {
    /// The probability for inputs `x`.
    pub fn probability(&self, x: &[f32]) -> f32 {
        match self {
            Stage::Linear(m) => m.probability(x),
            Stage::Trees(f) => f.probability(x),
            Stage::Blend(m, f) => (m.probability(x) + f.probability(x)) / 2.0,
        }
    }

    /// Render the stage as Rust source for `weights.rs`.
    pub fn to_rust(&self, names: &[&str], const_name: &str, comment: &str) -> String {
        match self {
            Stage::Linear(m) => m.to_rust(names, const_name, comment),
            Stage::Trees(f) => f.to_rust(names, const_name, comment),
            Stage::Blend(m, f) => {
                let linear = format!("{const_name}_LINEAR");
                let trees = format!("{const_name}_TREES");
                format!(
                    "{}\n{}\n/// {comment}\npub(crate) const {const_name}: StoredStage = StoredStage::Blend(&{linear}, &{trees});\n",
                    m.to_rust(names, &linear, "The linear half of the blend below."),
                    f.to_rust(names, &trees, "The trees half of the blend below."),
                )
            }
        }
    }

    /// Load a stored stage over inputs `names`.
    pub fn from_stored(names: &[&str], stored: &StoredStage) -> Result<Stage, String> {
        match stored {
            StoredStage::Linear(w) => LinearModel::from_named(names, w.bias, w.named).map(Stage::Linear),
            StoredStage::Trees(t) => Forest::from_stored(names, t).map(Stage::Trees),
            StoredStage::Blend(l, t) => match (Stage::from_stored(names, l)?, Stage::from_stored(names, t)?) {
                (Stage::Linear(m), Stage::Trees(f)) => Ok(Stage::Blend(m, f)),
                _ => Err("a blend must hold a linear stage and a trees stage".to_owned()),
            },
        }
    }
}

/// The inputs of the second stage: the block features, then the context features.
pub fn second_stage_names() -> Vec<&'static str> {
    FEATURE_NAMES.iter().chain(CONTEXT_NAMES.iter()).copied().collect()
}

/// The two-stage scorer for one kind of input.
#[derive(Debug, Clone, PartialEq)]
pub struct Scorer {
    pub first: Stage,
    pub second: Stage,
}

impl Scorer {
    /// First-stage probabilities, with blocks a rule removed at 0.
    pub fn first_stage(&self, blocks: &[Block], features: &[FeatureVector]) -> Vec<f32> {
        blocks.iter().zip(features).map(|(b, x)| if b.is_removed() { 0.0 } else { self.first.probability(x) }).collect()
    }

    /// The probability that each block is main text.
    pub fn probabilities(&self, blocks: &[Block], features: &[FeatureVector]) -> Vec<f32> {
        let first = self.first_stage(blocks, features);
        let context = context::compute(blocks, &first);
        let mut input = Vec::with_capacity(FEATURE_NAMES.len() + CONTEXT_NAMES.len());
        features
            .iter()
            .zip(&context)
            .map(|(x, c)| {
                input.clear();
                input.extend_from_slice(x);
                input.extend_from_slice(c);
                self.second.probability(&input)
            })
            .collect()
    }
}

/// Weights as stored in source: a bias and named weights.
pub struct Weights {
    pub bias: f32,
    pub named: &'static [(&'static str, f32)],
}

/// A stage as stored in source.
pub enum StoredStage {
    Linear(Weights),
    Trees(StoredForest),
    /// A linear stage and a trees stage, averaged.
    Blend(&'static StoredStage, &'static StoredStage),
}

/// The trained scorer for one kind of input.
pub fn trained(kind: InputKind) -> &'static Scorer {
    static HTML: LazyLock<Scorer> =
        LazyLock::new(|| load(&crate::clean::weights::HTML_FIRST, &crate::clean::weights::HTML_SECOND));
    static TEXT: LazyLock<Scorer> =
        LazyLock::new(|| load(&crate::clean::weights::TEXT_FIRST, &crate::clean::weights::TEXT_SECOND));
    match kind {
        InputKind::Html => &HTML,
        InputKind::Text => &TEXT,
    }
}

fn load(first: &StoredStage, second: &StoredStage) -> Scorer {
    // The weights are checked by a unit test, so this cannot fail in a build that passed
    // its tests; fall back to neutral models rather than panic.
    let second_names = second_stage_names();
    Scorer {
        first: Stage::from_stored(&FEATURE_NAMES, first)
            .unwrap_or_else(|_| Stage::Linear(LinearModel::zero(FEATURE_NAMES.len(), 0.0))),
        second: Stage::from_stored(&second_names, second)
            .unwrap_or_else(|_| Stage::Linear(LinearModel::zero(second_names.len(), 0.0))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::weights;

    #[test]
    fn stored_weights_name_only_known_features() {
        let second = second_stage_names();
        for w in [&weights::HTML_FIRST, &weights::TEXT_FIRST] {
            if let Err(e) = Stage::from_stored(&FEATURE_NAMES, w) {
                panic!("{e}");
            }
        }
        for w in [&weights::HTML_SECOND, &weights::TEXT_SECOND] {
            if let Err(e) = Stage::from_stored(&second, w) {
                panic!("{e}");
            }
        }
    }

    #[test]
    fn a_blend_averages_its_two_models() {
        let linear = LinearModel { bias: 2.0, weights: vec![0.0] };
        let forest = Forest::new(-2.0, Vec::new());
        let blend = Stage::Blend(linear.clone(), forest.clone());
        let x = [0.0];
        let mean = (linear.probability(&x) + forest.probability(&x)) / 2.0;
        assert!((blend.probability(&x) - mean).abs() < 1e-6 && (mean - 0.5).abs() < 1e-6);
    }

    #[test]
    fn probability_follows_the_weights() {
        let model = LinearModel::from_named(&FEATURE_NAMES, -1.0, &[("ends_like_sentence", 3.0)])
            .unwrap_or_else(|e| panic!("{e}"));
        let mut x = [0f32; crate::clean::features::N_FEATURES];
        assert!(model.probability(&x) < 0.5);
        x[2] = 1.0;
        assert!(model.probability(&x) > 0.5);
    }
}
