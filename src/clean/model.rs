//! The content scorer: a logistic model over block features, one per kind of input.
//! Its weights are trained by `rinse train` on labelled pages (see `clean::train`) and
//! kept, reviewed, in `weights.rs`.

use crate::clean::features::{FEATURE_NAMES, FeatureVector, N_FEATURES};
use crate::model::InputKind;

/// A logistic regression: `p = σ(bias + Σ wᵢ·xᵢ)`, the probability that a block belongs
/// to the main text.
#[derive(Debug, Clone, PartialEq)]
pub struct LinearModel {
    pub bias: f32,
    pub weights: [f32; N_FEATURES],
}

impl LinearModel {
    /// Build a model from `(feature name, weight)` pairs; features not listed weigh 0.
    /// Unknown names are an error, so a renamed feature cannot silently lose its weight.
    pub fn from_named(bias: f32, named: &[(&str, f32)]) -> Result<LinearModel, String> {
        let mut weights = [0f32; N_FEATURES];
        for (name, weight) in named {
            let index = FEATURE_NAMES
                .iter()
                .position(|n| n == name)
                .ok_or_else(|| format!("unknown feature {name:?} in model weights"))?;
            weights[index] = *weight;
        }
        Ok(LinearModel { bias, weights })
    }

    /// The probability that a block with features `x` is main text.
    pub fn probability(&self, x: &FeatureVector) -> f32 {
        let z = self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }

    /// Render the model as Rust source for `weights.rs`.
    pub fn to_rust(&self, name: &str, comment: &str) -> String {
        let mut out = format!(
            "/// {comment}\npub(crate) const {name}: Weights = Weights {{\n    bias: {:.5},\n    named: &[\n",
            self.bias
        );
        for (n, w) in FEATURE_NAMES.iter().zip(self.weights) {
            out.push_str(&format!("        (\"{n}\", {w:.5}),\n"));
        }
        out.push_str("    ],\n};\n");
        out
    }
}

/// Weights as stored in source: a bias and named feature weights.
pub(crate) struct Weights {
    pub bias: f32,
    pub named: &'static [(&'static str, f32)],
}

/// The trained model for one kind of input.
pub fn trained(kind: InputKind) -> &'static LinearModel {
    use std::sync::LazyLock;
    static HTML: LazyLock<LinearModel> = LazyLock::new(|| load(&crate::clean::weights::HTML));
    static TEXT: LazyLock<LinearModel> = LazyLock::new(|| load(&crate::clean::weights::TEXT));
    match kind {
        InputKind::Html => &HTML,
        InputKind::Text => &TEXT,
    }
}

fn load(w: &Weights) -> LinearModel {
    // The weights are checked by a unit test, so this cannot fail in a build that passed
    // its tests; fall back to a neutral model rather than panic.
    LinearModel::from_named(w.bias, w.named).unwrap_or(LinearModel { bias: 0.0, weights: [0.0; N_FEATURES] })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_weights_name_only_known_features() {
        for w in [&crate::clean::weights::HTML, &crate::clean::weights::TEXT] {
            assert!(LinearModel::from_named(w.bias, w.named).is_ok());
        }
    }

    #[test]
    fn probability_follows_the_weights() {
        let model = LinearModel::from_named(-1.0, &[("ends_like_sentence", 3.0)]).unwrap_or_else(|e| panic!("{e}"));
        let mut x = [0f32; N_FEATURES];
        assert!(model.probability(&x) < 0.5);
        x[2] = 1.0;
        assert!(model.probability(&x) > 0.5);
    }
}
