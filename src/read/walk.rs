//! Folder walking: every regular file under a folder, recursively, in sorted order (so that
//! imports are reproducible), skipping hidden files and folders (names starting with `.`).
//! Symbolic links are followed, but a folder is walked once: a link to a folder already
//! walked, or to one above the folder being imported (`up -> ..`, `root -> /`), is passed
//! over. Excluded files and the database being written are passed over too.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use tracing::debug;
use walkdir::{DirEntry, FilterEntry, IntoIter, WalkDir};

use super::Exclude;
use crate::error::{Problem, Reason};

/// One step of a walk.
pub(super) enum WalkItem {
    File(PathBuf),
    Problem(Problem),
}

/// A lazy walk of one folder.
pub(super) struct Walk {
    entries: FilterEntry<IntoIter, fn(&DirEntry) -> bool>,
    root: PathBuf,
    exclude: Exclude,
    /// The folders walked so far, as their canonical paths; the root's is the first.
    walked: HashSet<PathBuf>,
    canonical_root: Option<PathBuf>,
}

impl Walk {
    pub(super) fn new(root: &Path, exclude: Exclude) -> Self {
        let entries = WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(is_visible as fn(&DirEntry) -> bool);
        Walk { entries, root: root.to_path_buf(), exclude, walked: HashSet::new(), canonical_root: None }
    }

    pub(super) fn next(&mut self) -> Option<WalkItem> {
        loop {
            match self.entries.next()? {
                Ok(entry) if entry.file_type().is_file() => {
                    let relative = entry.path().strip_prefix(&self.root).unwrap_or(entry.path());
                    if self.exclude.excludes(relative) {
                        debug!(path = %entry.path().display(), "Skipped an excluded file.");
                        continue;
                    }
                    if self.exclude.is_database(entry.path()) {
                        debug!(path = %entry.path().display(), "Skipped the database being written.");
                        continue;
                    }
                    return Some(WalkItem::File(entry.into_path()));
                }
                Ok(entry) if entry.file_type().is_dir() => {
                    // A folder that cannot be resolved is walked as it is: reading it reports
                    // what is wrong with it.
                    let Ok(canonical) = std::fs::canonicalize(entry.path()) else { continue };
                    if entry.depth() == 0 {
                        self.canonical_root = Some(canonical.clone());
                    } else if self.canonical_root.as_ref().is_some_and(|root| root.starts_with(&canonical))
                        || self.walked.contains(&canonical)
                    {
                        debug!(
                            path = %entry.path().display(),
                            target = %canonical.display(),
                            "Skipped a link to a folder already walked or above the folder imported."
                        );
                        self.entries.skip_current_dir();
                        continue;
                    }
                    self.walked.insert(canonical);
                }
                // Sockets, FIFOs and devices are not pages; reading a FIFO would wait for a
                // writer. Reported, so that what a folder held is all accounted for.
                Ok(entry) => {
                    let what = special_file_kind(&entry.file_type());
                    let detail =
                        format!("{what}, not a regular file: not read in a folder (name it alone, or pipe it to `-`)");
                    return Some(WalkItem::Problem(Problem::new(
                        super::path_name(entry.path()),
                        Reason::NotAPage,
                        detail,
                    )));
                }
                Err(error) if error.loop_ancestor().is_some() => {
                    debug!(path = ?error.path(), "Skipped a symbolic link that loops back to an ancestor folder.");
                }
                Err(error) => {
                    let source = error.path().map_or_else(String::new, super::path_name);
                    let detail = match (error.path(), error.io_error()) {
                        (Some(path), Some(io_error)) => super::io_detail(path, io_error),
                        (None, Some(io_error)) => io_error.to_string(),
                        (_, None) => error.to_string(),
                    };
                    return Some(WalkItem::Problem(Problem::new(source, Reason::Io, detail)));
                }
            }
        }
    }
}

/// The root is always walked, even when its own name starts with a dot (`.` or `./.data`).
fn is_visible(entry: &DirEntry) -> bool {
    entry.depth() == 0 || !entry.file_name().as_encoded_bytes().starts_with(b".")
}

/// What a file that is neither a regular file nor a folder is.
fn special_file_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    let _ = file_type;
    "a special file"
}
