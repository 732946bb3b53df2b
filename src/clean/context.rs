//! Context features: what the first-stage scorer thinks of a block's neighbours. The body
//! of a page is mostly one contiguous run and boilerplate comes in runs too, so a block
//! among likely text is likely text, and a lone prose-like line among menus is suspect.
//! The second-stage scorer reads these beside the block's own features.

use crate::clean::block::Block;

/// The names of the context features, in vector order.
pub const CONTEXT_NAMES: [&str; N_CONTEXT] = [
    "first_stage",
    "prev1_first_stage",
    "prev2_first_stage",
    "prev3_first_stage",
    "next1_first_stage",
    "next2_first_stage",
    "next3_first_stage",
    "window2_first_stage",
    "window5_first_stage",
    "window10_first_stage",
    "page_max_first_stage",
    "group_mean_first_stage",
];

/// Number of context features.
pub const N_CONTEXT: usize = 12;

/// Context features of every block from the first-stage probabilities `p` (blocks a rule
/// removed count as 0). Neighbours beyond the page's edge repeat the edge block.
pub fn compute(blocks: &[Block], p: &[f32]) -> Vec<[f32; N_CONTEXT]> {
    let n = p.len();
    if n == 0 {
        return Vec::new();
    }
    let at = |i: isize| p[i.clamp(0, n as isize - 1) as usize];
    let mut prefix = Vec::with_capacity(n + 1);
    prefix.push(0f64);
    for &v in p {
        let last = prefix.last().copied().unwrap_or(0.0);
        prefix.push(last + f64::from(v));
    }
    let window = |i: usize, r: usize| {
        let lo = i.saturating_sub(r);
        let hi = (i + r + 1).min(n);
        ((prefix[hi] - prefix[lo]) / (hi - lo) as f64) as f32
    };
    let page_max = p.iter().copied().fold(0f32, f32::max);
    let group_means = group_means(blocks, p);
    (0..n)
        .map(|i| {
            let s = i as isize;
            [
                p[i],
                at(s - 1),
                at(s - 2),
                at(s - 3),
                at(s + 1),
                at(s + 2),
                at(s + 3),
                window(i, 2),
                window(i, 5),
                window(i, 10),
                page_max,
                group_means[i],
            ]
        })
        .collect()
}

/// The mean probability of each block's group (consecutive blocks with no group break:
/// the lines of one dump paragraph group, the children of one HTML container).
fn group_means(blocks: &[Block], p: &[f32]) -> Vec<f32> {
    let n = p.len();
    let mut out = vec![0f32; n];
    let mut start = 0;
    for i in 1..=n {
        if i == n || blocks.get(i).is_some_and(|b| b.starts_group) {
            let mean = p[start..i].iter().sum::<f32>() / (i - start) as f32;
            out[start..i].fill(mean);
            start = i;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::dump;

    #[test]
    fn neighbours_windows_and_groups() {
        let blocks = dump::segment("a\nb\n\nc\nd\ne");
        let p = [0.1, 0.3, 0.9, 0.7, 0.5];
        let c = compute(&blocks, &p);
        assert_eq!(c[0][0], 0.1);
        assert_eq!(c[0][1], 0.1, "before the first block, the edge repeats");
        assert_eq!(c[2][1], 0.3);
        assert_eq!(c[2][4], 0.7);
        assert!((c[2][7] - 0.5).abs() < 1e-6, "window of 2 around block 2");
        assert_eq!(c[4][10], 0.9);
        assert!((c[0][11] - 0.2).abs() < 1e-6 && (c[3][11] - 0.7).abs() < 1e-6);
    }
}
