//! Gradient-boosted regression trees on the logistic loss: a stage of the content scorer
//! that can weigh features against each other where a linear model cannot (a short line is
//! suspect, unless its neighbours are text). Inputs are cut into at most [`MAX_BINS`]
//! quantile bins per feature, so a split search is a pass over per-node histograms; trees
//! grow to a fixed depth; each leaf takes a Newton step on the loss, shrunk by the learning
//! rate. Fitting is deterministic (fixed order, no sampling). `rinse train` writes a fitted
//! forest into `weights.rs` as static arrays of [`Node`]s.
//!
//! Written here rather than taken from a boosting crate: the model must be exported as
//! reviewable Rust source and scored without a runtime or model file, and the Rust
//! boosting crates either bind a C++ library or keep their own serialised formats.

use crate::clean::train::Dataset;

/// At most this many bins per feature (candidate thresholds are the bin edges).
pub const MAX_BINS: usize = 64;

/// A leaf value never moves the log-odds further than this in one tree (guards the Newton
/// step where the hessian is tiny, e.g. a leaf of blocks all far on one side).
const MAX_LEAF_STEP: f64 = 4.0;

/// Leaf values are rounded to this many decimals when fitted, so that the forest written to
/// `weights.rs` is short to read and scores exactly as the one fitted.
const LEAF_DECIMALS: i32 = 5;

/// The least gain a split must bring to be made.
const MIN_SPLIT_GAIN: f64 = 1e-6;

/// Options of [`fit`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TreeOptions {
    /// Number of trees.
    pub rounds: usize,
    /// Depth of every tree (a depth of 3 gives at most 8 leaves).
    pub depth: usize,
    /// Shrinkage of every leaf value.
    pub learning_rate: f32,
    /// The least hessian (Σ weight·p·(1-p)) a leaf may hold, with weights scaled so that the
    /// mean block weighs 1: about four times the number of uncertain blocks it holds.
    pub min_leaf: f32,
    /// L2 penalty on leaf values (added to the hessian of every leaf).
    pub lambda: f32,
}

impl Default for TreeOptions {
    fn default() -> Self {
        TreeOptions { rounds: 100, depth: 3, learning_rate: 0.1, min_leaf: 20.0, lambda: 1.0 }
    }
}

/// A node of a tree. A split sends inputs with `x[feature] < threshold` to `left` and the
/// others (and NaN) to `right`; children are indices within the same tree, always after
/// their parent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Node {
    Split { feature: u16, threshold: f32, left: u16, right: u16 },
    Leaf(f32),
}

/// A split node, for the static arrays of `weights.rs`.
pub const fn split(feature: u16, threshold: f32, left: u16, right: u16) -> Node {
    Node::Split { feature, threshold, left, right }
}

/// A leaf, for the static arrays of `weights.rs`.
pub const fn leaf(value: f32) -> Node {
    Node::Leaf(value)
}

/// A fitted forest: `p = σ(base + Σ leaf value of each tree)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Forest {
    base: f32,
    trees: Vec<Vec<Node>>,
    /// The trees laid out for scoring, when they are shallow enough (see [`FlatTrees`]).
    flat: Option<FlatTrees>,
}

/// A forest as stored in `weights.rs`: split features index `inputs`, the names of the
/// inputs the forest reads.
pub struct StoredForest {
    pub base: f32,
    pub inputs: &'static [&'static str],
    pub trees: &'static [&'static [Node]],
}

impl Forest {
    /// A forest of `trees` over a `base` log-odds.
    pub fn new(base: f32, trees: Vec<Vec<Node>>) -> Forest {
        let flat = FlatTrees::build(&trees);
        Forest { base, trees, flat }
    }

    /// The log-odds every tree starts from.
    pub fn base(&self) -> f32 {
        self.base
    }

    /// The trees, as fitted or stored.
    pub fn trees(&self) -> &[Vec<Node>] {
        &self.trees
    }

    /// The log-odds for inputs `x`.
    pub fn log_odds(&self, x: &[f32]) -> f32 {
        match &self.flat {
            Some(flat) => self.base + flat.leaf_values(x).sum::<f32>(),
            None => self.base + self.trees.iter().map(|t| leaf_value(t, x)).sum::<f32>(),
        }
    }

    /// The probability for inputs `x`.
    pub fn probability(&self, x: &[f32]) -> f32 {
        1.0 / (1.0 + (-self.log_odds(x)).exp())
    }

    /// Total number of nodes, a measure of the model's size.
    pub fn nodes(&self) -> usize {
        self.trees.iter().map(Vec::len).sum()
    }

    /// Load a stored forest over inputs `names`. A split on an input `names` lacks, or a
    /// tree whose children do not come after their parent, is an error: a renamed feature
    /// must not silently change what the forest reads.
    pub fn from_stored(names: &[&str], stored: &StoredForest) -> Result<Forest, String> {
        let index: Vec<u16> = stored
            .inputs
            .iter()
            .map(|input| {
                names
                    .iter()
                    .position(|n| n == input)
                    .and_then(|i| u16::try_from(i).ok())
                    .ok_or_else(|| format!("unknown feature {input:?} in stored trees"))
            })
            .collect::<Result<_, _>>()?;
        let trees = stored
            .trees
            .iter()
            .enumerate()
            .map(|(t, tree)| {
                tree.iter()
                    .enumerate()
                    .map(|(i, node)| match *node {
                        Node::Leaf(v) => Ok(Node::Leaf(v)),
                        Node::Split { feature, threshold, left, right } => {
                            let ok = |c: u16| usize::from(c) > i && usize::from(c) < tree.len();
                            if !ok(left) || !ok(right) {
                                return Err(format!("tree {t}, node {i}: a child out of order"));
                            }
                            let feature = *index
                                .get(usize::from(feature))
                                .ok_or_else(|| format!("tree {t}, node {i}: input {feature} is not listed"))?;
                            Ok(Node::Split { feature, threshold, left, right })
                        }
                    })
                    .collect::<Result<Vec<_>, String>>()
            })
            .collect::<Result<_, _>>()?;
        Ok(Forest::new(stored.base, trees))
    }

    /// Every split of the forest: the input it reads and its threshold.
    fn splits(&self) -> impl Iterator<Item = (u16, f32)> + '_ {
        self.trees.iter().flatten().filter_map(|n| match *n {
            Node::Split { feature, threshold, .. } => Some((feature, threshold)),
            Node::Leaf(_) => None,
        })
    }

    /// Render the forest as Rust source for `weights.rs`, naming only the inputs it reads.
    pub fn to_rust(&self, names: &[&str], const_name: &str, comment: &str) -> String {
        let mut used: Vec<u16> = self.splits().map(|(feature, _)| feature).collect();
        used.sort_unstable();
        used.dedup();
        let local = |f: u16| used.iter().position(|&u| u == f).unwrap_or(0);
        let mut out = format!(
            "/// {comment}\n#[rustfmt::skip]\npub(crate) const {const_name}: StoredStage = StoredStage::Trees(StoredForest {{\n    base: {:?},\n    inputs: &[\n",
            self.base
        );
        for &f in &used {
            out.push_str(&format!("        {:?},\n", names.get(usize::from(f)).copied().unwrap_or("?")));
        }
        out.push_str("    ],\n    trees: &[\n");
        for tree in &self.trees {
            out.push_str("        &[");
            for (i, node) in tree.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match *node {
                    Node::Split { feature, threshold, left, right } => {
                        out.push_str(&format!("split({}, {threshold:?}, {left}, {right})", local(feature)))
                    }
                    Node::Leaf(v) => out.push_str(&format!("leaf({v:?})")),
                }
            }
            out.push_str("],\n");
        }
        out.push_str("    ],\n});\n");
        out
    }
}

/// The value of the leaf `x` falls in.
fn leaf_value(tree: &[Node], x: &[f32]) -> f32 {
    let mut i = 0usize;
    loop {
        match tree.get(i) {
            Some(Node::Split { feature, threshold, left, right }) => {
                let v = x.get(usize::from(*feature)).copied().unwrap_or(0.0);
                i = usize::from(if v < *threshold { *left } else { *right });
            }
            Some(Node::Leaf(v)) => return *v,
            None => return 0.0,
        }
    }
}

/// Every tree of a flat forest is laid out this deep (the trained forests are 3 deep);
/// deeper forests are scored by walking their nodes.
const MAX_FLAT_DEPTH: usize = 3;
/// Splits of a complete tree of [`MAX_FLAT_DEPTH`]...
const FLAT_SPLITS: usize = (1 << MAX_FLAT_DEPTH) - 1;
/// ...and its leaves.
const FLAT_LEAVES: usize = 1 << MAX_FLAT_DEPTH;
/// Flat forests read inputs below this index (more are walked): inputs are copied to a
/// buffer this long, so that no read needs a bounds check.
const FLAT_MAX_INPUTS: usize = 256;

/// A forest laid out as complete binary trees of [`MAX_FLAT_DEPTH`], for scoring without
/// branches: split `i` of a tree has its children at `2i + 1` and `2i + 2`, and a leaf
/// above the full depth is repeated under splits that lead to it either way. Every input
/// then takes the same number of steps to the leaf the node walk reaches, and the trees
/// are walked side by side.
#[derive(Debug, Clone, PartialEq)]
struct FlatTrees {
    trees: Vec<FlatTree>,
}

/// One tree of [`FlatTrees`]; arrays are a power of two long so that masked indices need
/// no bounds checks.
#[derive(Debug, Clone, PartialEq)]
struct FlatTree {
    /// The input each split reads...
    features: [u8; FLAT_LEAVES],
    /// ...and the threshold it compares with.
    thresholds: [f32; FLAT_LEAVES],
    /// The leaf values, left to right.
    leaves: [f32; FLAT_LEAVES],
}

impl FlatTrees {
    /// The flat layout of `trees`, or `None` when a tree is too deep, reads an input past
    /// [`FLAT_MAX_INPUTS`] or is malformed (a child that does not come after its parent),
    /// which the node walk handles as it always has.
    fn build(trees: &[Vec<Node>]) -> Option<FlatTrees> {
        let mut flat = Vec::with_capacity(trees.len());
        for tree in trees {
            tree_depth(tree, 0, 0)?;
            let mut out =
                FlatTree { features: [0; FLAT_LEAVES], thresholds: [0.0; FLAT_LEAVES], leaves: [0.0; FLAT_LEAVES] };
            place(tree, &mut out, Some(0), 0)?;
            flat.push(out);
        }
        Some(FlatTrees { trees: flat })
    }

    /// The value of the leaf `x` falls in, tree by tree, in the forest's order.
    fn leaf_values<'a>(&'a self, x: &[f32]) -> impl Iterator<Item = f32> + 'a {
        // Inputs past the end of `x` read as 0, as in the walk.
        let mut inputs = [0f32; FLAT_MAX_INPUTS];
        let n = x.len().min(FLAT_MAX_INPUTS);
        inputs[..n].copy_from_slice(&x[..n]);
        self.trees.iter().map(move |tree| {
            let mut i = 0usize;
            for _ in 0..MAX_FLAT_DEPTH {
                let v = inputs[usize::from(tree.features[i & (FLAT_LEAVES - 1)])];
                // As in the walk: below the threshold goes left, anything else (NaN too) right.
                let left = v < tree.thresholds[i & (FLAT_LEAVES - 1)];
                i = 2 * i + 1 + usize::from(!left);
            }
            tree.leaves[(i - FLAT_SPLITS) & (FLAT_LEAVES - 1)]
        })
    }
}

/// Write node `node` of `tree` (a missing node is a leaf of 0, as the walk reads it) at
/// position `at` of the complete layout `out`, and its subtree below. `None` when a split
/// reads an input past [`FLAT_MAX_INPUTS`].
fn place(tree: &[Node], out: &mut FlatTree, node: Option<usize>, at: usize) -> Option<()> {
    let found = node.and_then(|i| tree.get(i));
    if at >= FLAT_SPLITS {
        let value = match found {
            Some(Node::Leaf(v)) => *v,
            _ => 0.0,
        };
        *out.leaves.get_mut(at - FLAT_SPLITS)? = value;
        return Some(());
    }
    let (feature, threshold, left, right) = match found {
        Some(Node::Split { feature, threshold, left, right }) => {
            (u8::try_from(*feature).ok()?, *threshold, Some(usize::from(*left)), Some(usize::from(*right)))
        }
        // A leaf (or a missing node) sends every input on to its own copies.
        _ => (0, 0.0, node, node),
    };
    *out.features.get_mut(at)? = feature;
    *out.thresholds.get_mut(at)? = threshold;
    place(tree, out, left, 2 * at + 1)?;
    place(tree, out, right, 2 * at + 2)
}

/// The depth of the subtree at `node` (a leaf or a missing node is 0 deep), or `None` when
/// it is deeper than [`MAX_FLAT_DEPTH`] or a child does not come after its parent.
fn tree_depth(tree: &[Node], node: usize, level: usize) -> Option<usize> {
    if level > MAX_FLAT_DEPTH {
        return None;
    }
    match tree.get(node) {
        Some(Node::Split { left, right, .. }) => {
            let (left, right) = (usize::from(*left), usize::from(*right));
            if left <= node || right <= node {
                return None;
            }
            let depth = tree_depth(tree, left, level + 1)?.max(tree_depth(tree, right, level + 1)?) + 1;
            (level + depth <= MAX_FLAT_DEPTH).then_some(depth)
        }
        _ => Some(0),
    }
}

/// Per feature, the bin edges: input `x` falls in bin `k` when `edges[k-1] <= x < edges[k]`.
fn bin_edges(data: &Dataset) -> Vec<Vec<f32>> {
    let d = data.dims;
    (0..d)
        .map(|f| {
            let mut column: Vec<f32> = data.x.iter().skip(f).step_by(d).copied().filter(|v| !v.is_nan()).collect();
            column.sort_by(f32::total_cmp);
            let mut distinct = column.clone();
            distinct.dedup();
            if distinct.len() <= MAX_BINS {
                // Few values: cut half-way between neighbours.
                distinct
                    .windows(2)
                    .map(|w| {
                        let mid = w[0] + (w[1] - w[0]) / 2.0;
                        if mid > w[0] { mid } else { w[1] }
                    })
                    .collect()
            } else {
                let mut edges: Vec<f32> = Vec::with_capacity(MAX_BINS);
                for q in 1..MAX_BINS {
                    let v = column[q * column.len() / MAX_BINS];
                    if v > column[0] && edges.last().is_none_or(|&last| v > last) {
                        edges.push(v);
                    }
                }
                edges
            }
        })
        .collect()
}

fn bin_of(edges: &[f32], x: f32) -> u8 {
    let bin = if x.is_nan() { edges.len() } else { edges.partition_point(|&e| e <= x) };
    bin as u8
}

/// What growing a tree needs to read.
struct Grower<'a> {
    dims: usize,
    /// Row-major bins, `dims` per row.
    bins: &'a [u8],
    edges: &'a [Vec<f32>],
    grad: &'a [f64],
    hess: &'a [f64],
    opts: TreeOptions,
}

/// Gradient and hessian sums of one bin.
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    g: f64,
    h: f64,
}

impl Grower<'_> {
    fn histogram(&self, rows: &[u32]) -> Vec<Sums> {
        let mut hist = vec![Sums::default(); self.dims * MAX_BINS];
        for &r in rows {
            let r = r as usize;
            let (g, h) = (self.grad[r], self.hess[r]);
            let row = &self.bins[r * self.dims..(r + 1) * self.dims];
            for (f, &b) in row.iter().enumerate() {
                let s = &mut hist[f * MAX_BINS + usize::from(b)];
                s.g += g;
                s.h += h;
            }
        }
        hist
    }

    /// The best split of a node as (feature, last bin going left), if any gains.
    fn best_split(&self, hist: &[Sums], total: Sums) -> Option<(usize, usize)> {
        let lambda = f64::from(self.opts.lambda);
        let min_leaf = f64::from(self.opts.min_leaf);
        let score = |s: Sums| s.g * s.g / (s.h + lambda);
        let parent = score(total);
        let mut best: Option<(f64, usize, usize)> = None;
        for (f, edges) in self.edges.iter().enumerate() {
            let mut left = Sums::default();
            for k in 0..edges.len() {
                let s = hist[f * MAX_BINS + k];
                left.g += s.g;
                left.h += s.h;
                let right = Sums { g: total.g - left.g, h: total.h - left.h };
                if left.h < min_leaf || right.h < min_leaf {
                    continue;
                }
                let gain = score(left) + score(right) - parent;
                if gain > MIN_SPLIT_GAIN && best.is_none_or(|(b, _, _)| gain > b) {
                    best = Some((gain, f, k));
                }
            }
        }
        best.map(|(_, f, k)| (f, k))
    }

    /// Grow the subtree of `rows` into `tree`; returns the value added to each row's score
    /// through `score`.
    fn grow(&self, tree: &mut Vec<Node>, rows: &mut [u32], depth: usize, score: &mut [f64]) {
        let at = tree.len();
        tree.push(Node::Leaf(0.0));
        let total = rows
            .iter()
            .fold(Sums::default(), |s, &r| Sums { g: s.g + self.grad[r as usize], h: s.h + self.hess[r as usize] });
        let split = if depth == 0 { None } else { self.best_split(&self.histogram(rows), total) };
        let Some((f, k)) = split else {
            let step = (-total.g / (total.h + f64::from(self.opts.lambda))).clamp(-MAX_LEAF_STEP, MAX_LEAF_STEP);
            let scale = 10f64.powi(LEAF_DECIMALS);
            let value = ((step * f64::from(self.opts.learning_rate) * scale).round() / scale) as f32;
            for &r in rows.iter() {
                score[r as usize] += f64::from(value);
            }
            tree[at] = Node::Leaf(value);
            return;
        };
        // Stable partition: rows of bins 0..=k go left.
        let (mut left, mut right): (Vec<u32>, Vec<u32>) =
            rows.iter().partition(|&&r| usize::from(self.bins[r as usize * self.dims + f]) <= k);
        let left_at = tree.len();
        self.grow(tree, &mut left, depth - 1, score);
        let right_at = tree.len();
        self.grow(tree, &mut right, depth - 1, score);
        tree[at] = Node::Split {
            feature: f as u16,
            threshold: self.edges[f][k],
            left: left_at as u16,
            right: right_at as u16,
        };
    }
}

/// Fit a forest to a dataset (labels `y`, example weights `weight`).
pub fn fit(data: &Dataset, opts: TreeOptions) -> Forest {
    let n = data.len();
    let d = data.dims;
    if n == 0 || d == 0 {
        return Forest::new(0.0, Vec::new());
    }
    // Scale weights to a mean of 1, so that `min_leaf` and `lambda` do not depend on how the
    // training weighs pages.
    let total: f64 = data.weight.iter().map(|&w| f64::from(w)).sum::<f64>().max(f64::MIN_POSITIVE);
    let weight: Vec<f64> = data.weight.iter().map(|&w| f64::from(w) * n as f64 / total).collect();
    let positive: f64 = weight.iter().zip(&data.y).filter(|(_, y)| **y).map(|(w, _)| *w).sum();
    let share = (positive / n as f64).clamp(1e-3, 1.0 - 1e-3);
    let base = (share / (1.0 - share)).ln() as f32;

    let edges = bin_edges(data);
    let mut bins = vec![0u8; n * d];
    for (row, out) in data.x.chunks_exact(d).zip(bins.chunks_exact_mut(d)) {
        for ((&x, e), b) in row.iter().zip(&edges).zip(out.iter_mut()) {
            *b = bin_of(e, x);
        }
    }
    let mut score = vec![f64::from(base); n];
    let mut grad = vec![0f64; n];
    let mut hess = vec![0f64; n];
    let mut trees = Vec::with_capacity(opts.rounds);
    for _ in 0..opts.rounds {
        for i in 0..n {
            let p = 1.0 / (1.0 + (-score[i]).exp());
            let y = if data.y[i] { 1.0 } else { 0.0 };
            grad[i] = weight[i] * (p - y);
            hess[i] = weight[i] * (p * (1.0 - p)).max(1e-6);
        }
        let grower = Grower { dims: d, bins: &bins, edges: &edges, grad: &grad, hess: &hess, opts };
        let mut rows: Vec<u32> = (0..n as u32).collect();
        let mut tree = Vec::new();
        grower.grow(&mut tree, &mut rows, opts.depth, &mut score);
        trees.push(tree);
    }
    Forest::new(base, trees)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::context::N_CONTEXT as CONTEXT_DIMS;
    use crate::clean::features::N_FEATURES as FEATURE_DIMS;

    /// Label = x0 > 0.5 XOR x1 > 0.5: no linear model separates it, two levels of splits do.
    fn xor_data() -> Dataset {
        let mut data = Dataset::new(3);
        for i in 0..400 {
            let a = (i % 20) as f32 / 20.0;
            let b = (i / 20) as f32 / 20.0;
            data.push(&[a, b, 0.25], (a > 0.5) != (b > 0.5), 1.0);
        }
        data
    }

    #[test]
    fn trees_learn_an_interaction() {
        let data = xor_data();
        let forest = fit(&data, TreeOptions { rounds: 60, depth: 2, learning_rate: 0.3, ..TreeOptions::default() });
        let wrong = data.x.chunks_exact(3).zip(&data.y).filter(|(x, y)| (forest.probability(x) > 0.5) != **y).count();
        assert_eq!(wrong, 0);
        assert!(forest.trees().iter().all(|t| t.len() <= 7), "depth 2 gives at most 7 nodes");
    }

    #[test]
    fn a_feature_that_never_varies_is_never_split_on() {
        let forest = fit(&xor_data(), TreeOptions { rounds: 20, depth: 2, ..TreeOptions::default() });
        let splits_on_constant = forest.trees().iter().flatten().any(|n| matches!(n, Node::Split { feature: 2, .. }));
        assert!(!splits_on_constant);
    }

    #[test]
    fn min_leaf_stops_splits_on_a_few_blocks() {
        // One odd example among 100: with a leaf needing more weight than it has, the tree
        // cannot isolate it.
        let mut data = Dataset::new(1);
        for i in 0..100 {
            data.push(&[i as f32], i == 50, 1.0);
        }
        let forest = fit(&data, TreeOptions { rounds: 30, depth: 4, min_leaf: 5.0, ..TreeOptions::default() });
        assert!(forest.probability(&[50.0]) < 0.5);
        let loose = fit(&data, TreeOptions { rounds: 200, depth: 4, min_leaf: 0.01, learning_rate: 0.5, lambda: 0.0 });
        assert!(loose.probability(&[50.0]) > 0.5);
    }

    #[test]
    fn fitting_is_deterministic() {
        let opts = TreeOptions { rounds: 10, depth: 3, ..TreeOptions::default() };
        assert_eq!(fit(&xor_data(), opts), fit(&xor_data(), opts));
    }

    #[test]
    fn stored_forests_load_by_name_and_reject_unknown_inputs() {
        const TREES: &[&[Node]] = &[&[split(0, 0.5, 1, 2), leaf(-1.0), leaf(1.0)]];
        let stored = StoredForest { base: 0.0, inputs: &["b"], trees: TREES };
        let forest = Forest::from_stored(&["a", "b"], &stored).unwrap_or_else(|e| panic!("{e}"));
        assert!(forest.probability(&[9.0, 0.0]) < 0.5 && forest.probability(&[0.0, 9.0]) > 0.5);
        assert!(Forest::from_stored(&["a"], &stored).is_err());
        const LOOP: &[&[Node]] = &[&[split(0, 0.5, 0, 1), leaf(1.0)]];
        assert!(Forest::from_stored(&["b"], &StoredForest { base: 0.0, inputs: &["b"], trees: LOOP }).is_err());
    }

    /// The walk over the nodes, as the flat layout must score.
    fn walked(forest: &Forest, x: &[f32]) -> f32 {
        forest.base() + forest.trees().iter().map(|t| leaf_value(t, x)).sum::<f32>()
    }

    /// Inputs at, just below and just above every threshold of the forest, and NaN.
    fn probing_inputs(forest: &Forest, dims: usize) -> Vec<Vec<f32>> {
        let mut thresholds: Vec<f32> = forest.splits().map(|(_, threshold)| threshold).collect();
        thresholds.extend([f32::NAN, 0.0]);
        let mut state = 12345u64;
        let mut next = || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) as usize
        };
        (0..500)
            .map(|_| {
                (0..dims)
                    .map(|_| {
                        let t = thresholds[next() % thresholds.len()];
                        [t, t - 1e-3, t + 1e-3][next() % 3]
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_flat_layout_scores_as_the_node_walk() {
        // Uneven trees: a leaf at depth 1 beside splits to depth 3, and an empty tree.
        let uneven = Forest::new(
            0.25,
            vec![
                vec![
                    split(0, 0.5, 1, 2),
                    leaf(-1.0),
                    split(1, 0.1, 3, 4),
                    leaf(0.5),
                    split(0, 2.0, 5, 6),
                    leaf(0.25),
                    leaf(3.0),
                ],
                vec![leaf(0.125)],
                Vec::new(),
            ],
        );
        assert!(uneven.flat.is_some());
        for x in probing_inputs(&uneven, 2) {
            assert_eq!(uneven.log_odds(&x).to_bits(), walked(&uneven, &x).to_bits(), "{x:?}");
        }
        // The shipped forests, on inputs around all their thresholds.
        for kind in [crate::model::InputKind::Text, crate::model::InputKind::Html] {
            let scorer = crate::clean::model::trained(kind);
            for (stage, dims) in [(&scorer.first, FEATURE_DIMS), (&scorer.second, FEATURE_DIMS + CONTEXT_DIMS)] {
                let forest = match stage {
                    crate::clean::model::Stage::Trees(f) | crate::clean::model::Stage::Blend(_, f) => f,
                    crate::clean::model::Stage::Linear(_) => continue,
                };
                assert!(forest.flat.is_some());
                for x in probing_inputs(forest, dims) {
                    assert_eq!(forest.log_odds(&x).to_bits(), walked(forest, &x).to_bits());
                }
            }
        }
    }

    #[test]
    fn deep_or_malformed_trees_are_walked() {
        let looped = Forest::new(0.0, vec![vec![split(0, 0.5, 0, 1), leaf(1.0)]]);
        assert!(looped.flat.is_none());
        // A chain of splits deeper than the flat layout takes.
        let mut chain = Vec::new();
        for i in 0..=MAX_FLAT_DEPTH as u16 {
            chain.push(split(0, i as f32, 2 * i + 1, 2 * i + 2));
            chain.push(leaf(i as f32));
        }
        chain.push(leaf(-1.0));
        let deep = Forest::new(0.0, vec![chain]);
        assert!(deep.flat.is_none());
        assert_eq!(deep.log_odds(&[2.5]), 3.0);
    }

    #[test]
    fn source_round_trips_through_the_stored_form() {
        let forest = fit(&xor_data(), TreeOptions { rounds: 3, depth: 2, ..TreeOptions::default() });
        let source = forest.to_rust(&["a", "b", "c"], "X", "test");
        assert!(source.contains("inputs: &[\n        \"a\",\n        \"b\",\n    ]"), "{source}");
        assert!(source.matches("&[split(").count() == 3, "{source}");
    }
}
