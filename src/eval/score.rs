//! The metrics of the reference scorer (`score.py`), computed the same way down to the order
//! of floating-point operations, so the numbers agree to the last printed digit.
//!
//! - shingle: multisets of 4-token shingles; per-page precision and recall, averaged over the
//!   pages where they are defined; F1 of the two averages; exact-token accuracy.
//! - snippets: `with` / `without` substring checks, counts summed over the set.
//! - bag of words: per-page precision / recall / F1 over lowercased tokens, averaged.

use std::collections::HashMap;

use serde::Serialize;

use super::tokenize::{collapse_whitespace, tokens};

/// Tokens per shingle.
pub const SHINGLE_SIZE: usize = 4;

/// Fills the unused tail of a shingle shorter than [`SHINGLE_SIZE`]; never a token id.
const PADDING: u32 = u32::MAX;
/// Stands for a predicted token that never occurs in the gold; never a gold token id.
const UNSEEN: u32 = u32::MAX - 1;

type Shingle = [u32; SHINGLE_SIZE];

/// The shingle comparison of one page, as `score.py` keeps it: tp, fp and fn divided by
/// their sum (the ratios are those of the raw counts), plus exact-token equality.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageShingles {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
    /// The token sequences of gold and extraction are equal.
    pub exact: bool,
}

impl PageShingles {
    /// Compare an extraction with the gold text.
    pub fn compare(gold: &str, predicted: &str) -> Self {
        let gold_tokens = tokens(gold);
        let predicted_tokens = tokens(predicted);
        let (tp, fp, fn_) = shingle_counts(&gold_tokens, &predicted_tokens);
        let total = tp + fp + fn_;
        let exact = gold_tokens == predicted_tokens;
        if total == 0 {
            return PageShingles { tp: 0.0, fp: 0.0, fn_: 0.0, exact };
        }
        // Divide as score.py does so that later ratios round identically.
        let total = total as f64;
        PageShingles { tp: tp as f64 / total, fp: fp as f64 / total, fn_: fn_ as f64 / total, exact }
    }

    /// Whether the extraction had any shingle (the page counts toward mean precision).
    pub fn has_prediction(&self) -> bool {
        self.tp + self.fp > 0.0
    }

    /// Whether the gold had any shingle (the page counts toward mean recall).
    pub fn has_gold(&self) -> bool {
        self.tp + self.fn_ > 0.0
    }

    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            return 1.0;
        }
        if self.tp == 0.0 && self.fp == 0.0 {
            return 0.0;
        }
        self.tp / (self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            return 1.0;
        }
        if self.tp == 0.0 && self.fn_ == 0.0 {
            return 0.0;
        }
        self.tp / (self.tp + self.fn_)
    }

    /// The page's own F1 (used to rank the worst pages; not part of `score.py`).
    pub fn f1(&self) -> f64 {
        harmonic_mean(self.precision(), self.recall())
    }
}

/// Raw (tp, fp, fn) shingle counts between two token sequences.
fn shingle_counts(gold: &[&str], predicted: &[&str]) -> (u64, u64, u64) {
    // Token ids are only needed for gold tokens: a predicted shingle holding any other token
    // cannot match, and fp is simply the predicted shingles that found no gold partner.
    let mut ids: HashMap<&str, u32> = HashMap::with_capacity(gold.len());
    let gold_ids: Vec<u32> = gold
        .iter()
        .map(|token| {
            let next = u32::try_from(ids.len()).unwrap_or(UNSEEN - 1);
            *ids.entry(token).or_insert(next)
        })
        .collect();
    let predicted_ids: Vec<u32> = predicted.iter().map(|token| ids.get(token).copied().unwrap_or(UNSEEN)).collect();

    let gold_shingles = shingles(&gold_ids);
    let mut unmatched: HashMap<Shingle, u64> = HashMap::with_capacity(gold_shingles.len());
    for shingle in &gold_shingles {
        *unmatched.entry(*shingle).or_insert(0) += 1;
    }
    let predicted_shingles = shingles(&predicted_ids);
    let mut tp = 0;
    for shingle in &predicted_shingles {
        if let Some(left) = unmatched.get_mut(shingle)
            && *left > 0
        {
            *left -= 1;
            tp += 1;
        }
    }
    let fp = predicted_shingles.len() as u64 - tp;
    let fn_ = gold_shingles.len() as u64 - tp;
    (tp, fp, fn_)
}

/// The shingles of a token-id sequence: every window of [`SHINGLE_SIZE`], or the whole
/// sequence as one shorter shingle, or none for an empty one.
fn shingles(ids: &[u32]) -> Vec<Shingle> {
    let pack = |part: &[u32]| {
        let mut shingle = [PADDING; SHINGLE_SIZE];
        for (slot, id) in shingle.iter_mut().zip(part) {
            *slot = *id;
        }
        shingle
    };
    match ids.len() {
        0 => Vec::new(),
        n if n < SHINGLE_SIZE => vec![pack(ids)],
        _ => ids.windows(SHINGLE_SIZE).map(pack).collect(),
    }
}

/// The shingle metric over a group of pages.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ShingleScores {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    /// Share of pages whose tokens equal the gold's exactly.
    pub accuracy: f64,
    /// Pages with a gold text.
    pub pages: usize,
}

impl ShingleScores {
    pub fn aggregate(rows: &[PageShingles]) -> Self {
        let precision = mean(rows.iter().filter(|r| r.has_prediction()).map(PageShingles::precision));
        let recall = mean(rows.iter().filter(|r| r.has_gold()).map(PageShingles::recall));
        let accuracy = mean(rows.iter().map(|r| if r.exact { 1.0 } else { 0.0 }));
        ShingleScores { f1: harmonic_mean(precision, recall), precision, recall, accuracy, pages: rows.len() }
    }
}

/// Snippet outcomes of one page (or summed over pages).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SnippetCounts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub tn: usize,
}

impl SnippetCounts {
    /// Check the snippets against an extraction; `None` (no output at all) misses every
    /// `with` and leaks no `without`.
    pub fn check(with: &[String], without: &[String], predicted: Option<&str>) -> Self {
        let Some(predicted) = predicted else {
            return SnippetCounts { tp: 0, fp: 0, fn_: with.len(), tn: without.len() };
        };
        let text = collapse_whitespace(predicted);
        let tp = with.iter().filter(|s| snippet_found(&text, s)).count();
        let fp = without.iter().filter(|s| snippet_found(&text, s)).count();
        SnippetCounts { tp, fp, fn_: with.len() - tp, tn: without.len() - fp }
    }

    fn add(self, other: SnippetCounts) -> Self {
        SnippetCounts {
            tp: self.tp + other.tp,
            fp: self.fp + other.fp,
            fn_: self.fn_ + other.fn_,
            tn: self.tn + other.tn,
        }
    }
}

/// Whether `snippet` occurs in `collapsed` (an extraction already passed through
/// [`collapse_whitespace`]).
pub fn snippet_found(collapsed: &str, snippet: &str) -> bool {
    collapsed.contains(&collapse_whitespace(snippet))
}

/// The snippet metric over a group of pages (micro average).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SnippetScores {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    pub accuracy: f64,
    #[serde(flatten)]
    pub counts: SnippetCounts,
    /// Pages with snippets.
    pub pages: usize,
}

impl SnippetScores {
    pub fn aggregate(rows: &[SnippetCounts]) -> Self {
        let c = rows.iter().fold(SnippetCounts::default(), |sum, row| sum.add(*row));
        let ratio = |num: usize, den: usize| {
            if den == 0 { 0.0 } else { num as f64 / den as f64 }
        };
        SnippetScores {
            f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn_),
            precision: ratio(c.tp, c.tp + c.fp),
            recall: ratio(c.tp, c.tp + c.fn_),
            accuracy: ratio(c.tp + c.tn, c.tp + c.fp + c.fn_ + c.tn),
            counts: c,
            pages: rows.len(),
        }
    }
}

/// Bag-of-words precision, recall and F1 of one page (WCXB style).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageBow {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl PageBow {
    pub fn compare(gold: &str, predicted: &str) -> Self {
        let zero = PageBow { precision: 0.0, recall: 0.0, f1: 0.0 };
        // Lowercase before tokenising, as score.py does: lowercasing can split a token
        // (U+0130 becomes "i" plus a combining dot).
        let gold_lower = gold.to_lowercase();
        let predicted_lower = predicted.to_lowercase();
        let gold_tokens = tokens(&gold_lower);
        let predicted_tokens = tokens(&predicted_lower);
        if gold_tokens.is_empty() {
            return if predicted_tokens.is_empty() { PageBow { precision: 1.0, recall: 1.0, f1: 1.0 } } else { zero };
        }
        if predicted_tokens.is_empty() {
            return zero;
        }
        let mut unmatched: HashMap<&str, usize> = HashMap::with_capacity(gold_tokens.len());
        for token in &gold_tokens {
            *unmatched.entry(token).or_insert(0) += 1;
        }
        let mut overlap = 0usize;
        for token in &predicted_tokens {
            if let Some(left) = unmatched.get_mut(token)
                && *left > 0
            {
                *left -= 1;
                overlap += 1;
            }
        }
        let precision = overlap as f64 / predicted_tokens.len() as f64;
        let recall = overlap as f64 / gold_tokens.len() as f64;
        PageBow { precision, recall, f1: harmonic_mean(precision, recall) }
    }
}

/// The bag-of-words metric over a group of pages (macro average).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct BowScores {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
}

impl BowScores {
    pub fn aggregate(rows: &[PageBow]) -> Self {
        BowScores {
            f1: mean(rows.iter().map(|r| r.f1)),
            precision: mean(rows.iter().map(|r| r.precision)),
            recall: mean(rows.iter().map(|r| r.recall)),
        }
    }
}

/// `2 * p * r / (p + r)`, 0 when both are 0 (evaluated in score.py's order).
fn harmonic_mean(p: f64, r: f64) -> f64 {
    if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
}

/// Python's `sum(xs) / len(xs)` (left-to-right sum), 0 for no values.
fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = values.fold((0.0, 0usize), |(sum, count), x| (sum + x, count + 1));
    if count == 0 { 0.0 } else { sum / count as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw_counts(gold: &str, predicted: &str) -> (u64, u64, u64) {
        shingle_counts(&tokens(gold), &tokens(predicted))
    }

    #[test]
    fn shingle_counts_use_multiset_minimums() {
        // gold shingles: (a b c d), (b c d e); predicted: (a b c d) twice, (b c d a), (c d a b)
        assert_eq!(raw_counts("a b c d e", "a b c d a b c d"), (1, 4, 1));
        assert_eq!(raw_counts("a b c d a b c d", "a b c d a b c d"), (5, 0, 0));
    }

    #[test]
    fn short_texts_are_one_shorter_shingle() {
        assert_eq!(raw_counts("hello world", "hello world"), (1, 0, 0));
        assert_eq!(raw_counts("hello world", "hello world again"), (0, 1, 1));
        // A short shingle never equals a 4-shingle that starts the same way.
        assert_eq!(raw_counts("a b c", "a b c d"), (0, 1, 1));
        assert_eq!(raw_counts("", "a"), (0, 1, 0));
        assert_eq!(raw_counts("", ""), (0, 0, 0));
    }

    #[test]
    fn unseen_predicted_tokens_never_match_each_other_into_gold() {
        assert_eq!(raw_counts("a b c d", "x y z w x y z w"), (0, 5, 1));
    }

    #[test]
    fn page_precision_and_recall_follow_the_reference_edge_cases() {
        let both_empty = PageShingles::compare("", "");
        assert_eq!((both_empty.precision(), both_empty.recall()), (1.0, 1.0));
        assert!(!both_empty.has_prediction() && !both_empty.has_gold() && both_empty.exact);

        let nothing_extracted = PageShingles::compare("one two three four five", "");
        assert_eq!((nothing_extracted.precision(), nothing_extracted.recall()), (0.0, 0.0));
        assert!(!nothing_extracted.has_prediction() && nothing_extracted.has_gold());

        let junk_for_empty_gold = PageShingles::compare("", "menu login");
        assert_eq!(junk_for_empty_gold.precision(), 0.0);
        assert!(junk_for_empty_gold.has_prediction() && !junk_for_empty_gold.has_gold());

        let half = PageShingles::compare("a b c d e", "a b c d");
        assert_eq!((half.precision(), half.recall()), (1.0, 0.5));
        assert!(!half.exact);
    }

    #[test]
    fn aggregate_averages_over_defined_pages_only() {
        let rows = [
            PageShingles::compare("a b c d e", "a b c d"),             // P 1, R 0.5
            PageShingles::compare("a b c d e f", ""),                  // no P, R 0
            PageShingles::compare("", "junk"),                         // P 0, no R
            PageShingles::compare("same text here", "same text here"), // P 1, R 1, exact
        ];
        let s = ShingleScores::aggregate(&rows);
        assert!((s.precision - 2.0 / 3.0).abs() < 1e-15);
        assert!((s.recall - 0.5).abs() < 1e-15);
        assert!((s.f1 - 2.0 * (2.0 / 3.0) * 0.5 / (2.0 / 3.0 + 0.5)).abs() < 1e-15);
        assert_eq!(s.accuracy, 0.25);
        assert_eq!(s.pages, 4);
    }

    #[test]
    fn snippets_match_after_collapsing_whitespace() {
        let with = vec!["the  main\ntext".to_owned(), "absent".to_owned()];
        let without = vec!["Sign in".to_owned(), "Cookie policy".to_owned()];
        let c = SnippetCounts::check(&with, &without, Some("Sign\u{a0}in\n\nthe main \t text"));
        assert_eq!(c, SnippetCounts { tp: 1, fp: 1, fn_: 1, tn: 1 });
        // A near miss: substring matching is case-sensitive.
        let c = SnippetCounts::check(&with, &without, Some("THE MAIN TEXT"));
        assert_eq!(c, SnippetCounts { tp: 0, fp: 0, fn_: 2, tn: 2 });
    }

    #[test]
    fn no_prediction_misses_everything_but_empty_prediction_matches_empty_snippets() {
        let with = vec![String::new()];
        let without = vec!["x".to_owned()];
        assert_eq!(SnippetCounts::check(&with, &without, None), SnippetCounts { tp: 0, fp: 0, fn_: 1, tn: 1 });
        assert_eq!(SnippetCounts::check(&with, &without, Some("")), SnippetCounts { tp: 1, fp: 0, fn_: 0, tn: 1 });
    }

    #[test]
    fn snippet_aggregate_is_micro_averaged() {
        let rows = [SnippetCounts { tp: 3, fp: 1, fn_: 1, tn: 2 }, SnippetCounts { tp: 0, fp: 0, fn_: 2, tn: 1 }];
        let s = SnippetScores::aggregate(&rows);
        assert_eq!(s.counts, SnippetCounts { tp: 3, fp: 1, fn_: 3, tn: 3 });
        assert_eq!((s.precision, s.recall, s.f1, s.accuracy), (0.75, 0.5, 0.6, 0.6));
        assert_eq!(SnippetScores::aggregate(&[]).f1, 0.0);
    }

    #[test]
    fn bow_lowercases_then_counts_overlap() {
        let b = PageBow::compare("The cat the DOG", "the the cat bird");
        assert_eq!((b.precision, b.recall), (0.75, 0.75));
        assert_eq!(PageBow::compare("", "").f1, 1.0);
        assert_eq!(PageBow::compare("", "x").f1, 0.0);
        assert_eq!(PageBow::compare("x", "").f1, 0.0);
        // Python: "İ".lower() == "i\u0307", so "İstanbul" lowercases to the tokens "i", "stanbul".
        let b = PageBow::compare("İstanbul", "i stanbul");
        assert_eq!(b.f1, 1.0);
    }
}
