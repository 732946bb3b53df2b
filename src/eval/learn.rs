//! Training and cross-validation of the content scorer on labelled sets: pages are
//! segmented and run through the rules once, their blocks labelled against the gold text,
//! and logistic models fitted on folds of pages. Folds are fixed by a hash of the set
//! name and page id, so every run splits the pages the same way.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::clean::train::{self, ScorerOptions, TrainingPage};
use crate::clean::{self, CleanOptions, Prepared};
use crate::decode;
use crate::eval::{EvalError, ManifestEntry, Track, load_manifest};
use crate::model::{InputKind, PageHints, RawPage, SourceKind};

/// One labelled page, prepared for the scorer.
pub struct LabelledPage {
    pub set: String,
    pub id: String,
    pub prepared: Prepared,
    /// Per block: whether it is main text, and its tokens (the example weight).
    pub labels: Vec<(bool, usize)>,
}

impl LabelledPage {
    /// The page's fold among `folds`, from a stable hash (FNV-1a) of set and id.
    pub fn fold(&self, folds: u64) -> u64 {
        fold_of(&self.set, &self.id, folds)
    }
}

/// The fold of a page, from a stable hash (FNV-1a) of its set name and id.
pub fn fold_of(set: &str, id: &str, folds: u64) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in set.bytes().chain([b'/']).chain(id.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash % folds.max(1)
}

/// The labelled sets under `dir`: `dir` itself if it holds a manifest, else its
/// sub-folders that do, sorted by name.
pub fn find_sets(dir: &Path) -> Result<Vec<PathBuf>, EvalError> {
    if dir.join(crate::eval::MANIFEST_FILE).is_file() {
        return Ok(vec![dir.to_path_buf()]);
    }
    let entries = std::fs::read_dir(dir).map_err(|source| EvalError::Read { path: dir.to_path_buf(), source })?;
    let mut sets: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join(crate::eval::MANIFEST_FILE).is_file())
        .collect();
    sets.sort();
    Ok(sets)
}

/// The name of a set: its folder name.
pub fn set_name(set_dir: &Path) -> String {
    set_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| set_dir.display().to_string())
}

/// The raw page of a manifest entry for a track, as the pipeline would read it.
pub fn raw_page(set_dir: &Path, entry: &ManifestEntry, track: Track) -> Result<RawPage, EvalError> {
    let rel = track.input(entry).ok_or_else(|| EvalError::BadLine {
        path: set_dir.join(crate::eval::MANIFEST_FILE),
        line: 0,
        reason: format!("page {} has no {} input", entry.id, track),
    })?;
    let path = set_dir.join(rel);
    let body = std::fs::read(&path).map_err(|source| EvalError::Read { path: path.clone(), source })?;
    Ok(bench_page(entry.id.clone(), entry.url.clone(), track, body))
}

/// A raw page built from bench bytes, with the kind the track implies.
pub fn bench_page(source: String, url: Option<String>, track: Track, body: Vec<u8>) -> RawPage {
    RawPage {
        source,
        source_kind: SourceKind::File,
        url,
        kind: Some(match track {
            Track::Html => InputKind::Html,
            Track::Dump => InputKind::Text,
        }),
        content_type: None,
        fetched_at: None,
        hints: PageHints::default(),
        body,
    }
}

/// Prepare and label every page of the sets for one track. Pages that cannot be read or
/// decoded are left out (and counted in the second value).
pub fn load_labelled(
    sets: &[PathBuf],
    track: Track,
    opts: &CleanOptions,
) -> Result<(Vec<LabelledPage>, usize), EvalError> {
    let mut pages = Vec::new();
    let mut left_out = 0;
    for set_dir in sets {
        let set = set_name(set_dir);
        for entry in load_manifest(set_dir)? {
            let Some(gold_rel) = entry.gold.as_ref() else {
                continue;
            };
            let gold_path = set_dir.join(gold_rel);
            let gold =
                std::fs::read_to_string(&gold_path).map_err(|source| EvalError::Read { path: gold_path, source })?;
            let Ok(raw) = raw_page(set_dir, &entry, track) else {
                left_out += 1;
                continue;
            };
            let Ok(page) = decode::decode(raw) else {
                left_out += 1;
                continue;
            };
            let prepared = clean::prepare(&page, opts);
            let labels = train::label_blocks(&prepared.blocks, &gold);
            pages.push(LabelledPage { set: set.clone(), id: entry.id.clone(), prepared, labels });
        }
    }
    Ok((pages, left_out))
}

/// The pages as the scorer's training sees them.
pub fn training_pages<'a>(pages: impl Iterator<Item = &'a LabelledPage>) -> Vec<TrainingPage<'a>> {
    pages
        .map(|p| TrainingPage { blocks: &p.prepared.blocks, features: &p.prepared.features, labels: &p.labels })
        .collect()
}

/// Cross-validate: for each fold, fit on the other folds and clean the fold's pages with
/// that scorer. Returns each page's text, in the order of `pages`.
pub fn cross_validate(pages: &[LabelledPage], folds: u64, fit: ScorerOptions, opts: &CleanOptions) -> Vec<String> {
    let mut texts = vec![String::new(); pages.len()];
    for fold in 0..folds {
        let training = training_pages(pages.iter().filter(|p| p.fold(folds) != fold));
        let scorer = Arc::new(train::fit_scorer(&training, fit));
        let fold_opts = CleanOptions { model: Some(scorer), ..opts.clone() };
        for (i, page) in pages.iter().enumerate() {
            if page.fold(folds) == fold {
                let doc = clean::decide(page.prepared.clone(), &fold_opts);
                texts[i] = crate::normalize::normalize_body(&doc.paragraphs);
            }
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_are_stable_and_spread() {
        assert_eq!(fold_of("set", "page-1", 5), fold_of("set", "page-1", 5));
        let mut counts = [0usize; 5];
        for i in 0..1000 {
            counts[fold_of("set", &format!("page-{i}"), 5) as usize] += 1;
        }
        assert!(counts.iter().all(|&c| c > 150), "{counts:?}");
    }
}
