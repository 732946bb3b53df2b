//! Readers: turn files, folders, archives and standard input into [`RawPage`]s, streamed.
//!
//! A [`Reader`] takes a list of [`Input`]s and yields one page (or one [`Problem`]) at a time:
//! folders are walked lazily in sorted order, each file is opened, its format detected
//! (`detect`: by name first, then by its first bytes) and read by the matching reader:
//! a whole file for a text dump or HTML page (`file`), one page per line for JSONL
//! (`jsonl`), one page per `response`/`conversion` record for WARC and WET (`warc`).
//! At most one document, plus one bounded line or header buffer, is held at a time. A bad
//! input yields a problem naming it and reading goes on with the next page or file.

mod detect;
mod file;
mod gzip;
mod jsonl;
mod payload;
mod walk;
mod warc;

use std::collections::VecDeque;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tracing::debug;

use crate::error::{Problem, Reason};
use crate::model::{InputKind, RawPage};

use self::file::Opened;
use self::walk::{Walk, WalkItem};

/// The name of the binary format (PDF, PNG, ZIP...) whose signature opens some bytes; the
/// fetcher refuses such bodies whatever their Content-Type.
pub(crate) use self::detect::binary_signature;

/// The default for [`ReadOptions::max_document_bytes`]: 16 MiB.
pub const DEFAULT_MAX_DOCUMENT_BYTES: u64 = 16 * 1024 * 1024;

/// Buffer size for reading files, archives and standard input.
const READ_BUFFER_BYTES: usize = 64 * 1024;

/// One thing to read: a file or folder path, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    Stdin,
}

impl Input {
    /// `-` means standard input; anything else is a path.
    pub fn from_arg(arg: impl Into<PathBuf>) -> Self {
        let path = arg.into();
        if path.as_os_str() == "-" { Input::Stdin } else { Input::Path(path) }
    }
}

/// How the readers behave.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The largest document (file, JSONL line, WARC record body, decompressed HTTP payload)
    /// that is read; larger ones become [`Reason::TooLarge`] problems without being held in
    /// memory.
    pub max_document_bytes: u64,
    /// Treat every page as this kind instead of the one its container or bytes suggest.
    pub force_kind: Option<InputKind>,
    /// Files inside folders that are passed over.
    pub exclude: Exclude,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES, force_kind: None, exclude: Exclude::default() }
    }
}

/// Glob patterns (`*.json`, `expected*`, `drafts/**`) for files that a folder walk passes
/// over. A pattern matches a file's name or its path below the folder given; paths named
/// directly are always read.
/// Also passes over the files of the database being written, when it lies in a walked
/// folder (`rinse import .` with the default `./rinse.db`).
#[derive(Debug, Clone, Default)]
pub struct Exclude {
    patterns: Option<Arc<globset::GlobSet>>,
    database: Option<Arc<DatabaseFiles>>,
}

/// The database file and its companions (`-wal`, `-shm`, `-journal`, rinse's lock file): their names, to
/// compare cheaply, and their canonical paths, to confirm a match.
#[derive(Debug)]
struct DatabaseFiles {
    names: Vec<std::ffi::OsString>,
    paths: Vec<PathBuf>,
}

/// What SQLite, and rinse's import lock ([`crate::store::lock_path`]), add to a database's
/// name for the files that belong to it.
const DATABASE_COMPANIONS: [&str; 5] = ["", "-wal", "-shm", "-journal", ".rinse-lock"];

impl Exclude {
    /// Compile the patterns; an invalid pattern is an error naming it.
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Result<Exclude, globset::Error> {
        if patterns.is_empty() {
            return Ok(Exclude::default());
        }
        let mut set = globset::GlobSetBuilder::new();
        for p in patterns {
            set.add(globset::Glob::new(p.as_ref())?);
        }
        Ok(Exclude { patterns: Some(Arc::new(set.build()?)), database: None })
    }

    /// Also pass over the database `db` and its companion files. Its folder must exist (the
    /// database is opened before reading starts); if it cannot be resolved, nothing changes.
    pub fn with_database(mut self, db: &Path) -> Exclude {
        let (Some(name), Some(folder)) = (db.file_name(), db.parent()) else { return self };
        let folder = if folder.as_os_str().is_empty() { Path::new(".") } else { folder };
        let Ok(folder) = folder.canonicalize() else { return self };
        let names: Vec<std::ffi::OsString> = DATABASE_COMPANIONS
            .iter()
            .map(|suffix| {
                let mut companion = name.to_os_string();
                companion.push(suffix);
                companion
            })
            .collect();
        let paths = names.iter().map(|companion| folder.join(companion)).collect();
        self.database = Some(Arc::new(DatabaseFiles { names, paths }));
        self
    }

    /// Whether the file at `relative` (its path below the walked folder) is excluded.
    pub fn excludes(&self, relative: &Path) -> bool {
        let Some(set) = &self.patterns else { return false };
        set.is_match(relative) || relative.file_name().is_some_and(|name| set.is_match(name))
    }

    /// Whether the file at `path` is the database being written or one of its companions.
    /// Only a file with one of their names costs a look at the file system.
    pub(crate) fn is_database(&self, path: &Path) -> bool {
        let Some(database) = &self.database else { return false };
        let Some(name) = path.file_name() else { return false };
        if !database.names.iter().any(|companion| companion == name) {
            return false;
        }
        let folder = path.parent().filter(|folder| !folder.as_os_str().is_empty()).unwrap_or(Path::new("."));
        folder.canonicalize().is_ok_and(|folder| database.paths.contains(&folder.join(name)))
    }
}

/// Counters the readers update as they go, readable from another thread.
#[derive(Debug, Default)]
pub struct ReadStats {
    /// Files (and standard input) opened.
    pub files_opened: AtomicU64,
    /// Bytes read from files and standard input, as stored (compressed bytes for `.gz`).
    pub bytes_read: AtomicU64,
    /// WARC records that hold no page and were passed over silently (request, metadata,
    /// warcinfo, revisit, non-HTTP resources).
    pub records_ignored: AtomicU64,
}

impl ReadStats {
    pub fn files_opened(&self) -> u64 {
        self.files_opened.load(Ordering::Relaxed)
    }

    pub fn bytes_read(&self) -> u64 {
        self.bytes_read.load(Ordering::Relaxed)
    }

    pub fn records_ignored(&self) -> u64 {
        self.records_ignored.load(Ordering::Relaxed)
    }
}

/// A reader of one opened file that yields several pages (JSONL lines, WARC records).
trait PageSource: Send {
    /// The next page or problem; `None` when the file is done.
    fn next_page(&mut self) -> Option<Result<RawPage, Problem>>;
}

/// Lazily walks folders (recursively, sorted, hidden entries skipped), opens each file,
/// detects its format and yields its pages one at a time.
pub struct Reader {
    pending: VecDeque<Input>,
    walk: Option<Walk>,
    current: Option<Box<dyn PageSource>>,
    opts: ReadOptions,
    stats: Arc<ReadStats>,
}

impl Reader {
    pub fn new(inputs: Vec<Input>, opts: ReadOptions) -> Self {
        Reader { pending: inputs.into(), walk: None, current: None, opts, stats: Arc::new(ReadStats::default()) }
    }

    /// Counters shared with this reader, updated as it reads.
    pub fn stats(&self) -> Arc<ReadStats> {
        Arc::clone(&self.stats)
    }

    /// Open a file or standard input: a single page, a problem, or a multi-page source that
    /// becomes the current one.
    fn open(&mut self, origin: file::Origin) -> Step {
        match file::open(origin, self.opts.clone(), &self.stats) {
            Opened::Page(page) => Step::Yield(Ok(page)),
            Opened::Problem(problem) => Step::Yield(Err(problem)),
            Opened::Source(source) => {
                self.current = Some(source);
                Step::Continue
            }
        }
    }

    /// Start on the next input given to [`Reader::new`].
    fn start_next_input(&mut self) -> Step {
        let Some(input) = self.pending.pop_front() else {
            return Step::Done;
        };
        let path = match input {
            Input::Stdin => return self.open(file::Origin::stdin()),
            Input::Path(path) => path,
        };
        match std::fs::metadata(&path) {
            Ok(metadata) if metadata.is_dir() => {
                self.walk = Some(Walk::new(&path, self.opts.exclude.clone()));
                Step::Continue
            }
            Ok(_) => self.open(file::Origin::path(path)),
            Err(error) => {
                let problem = Problem::new(path_name(&path), Reason::Io, io_detail(&path, &error));
                debug!(source = %problem.source, detail = %problem.detail, "Cannot read an input.");
                Step::Yield(Err(problem))
            }
        }
    }
}

/// What one step of the reader gave. Moved once per page and unpacked at once, so the page
/// is not boxed to keep `Continue` small.
#[allow(clippy::large_enum_variant)]
enum Step {
    Yield(Result<RawPage, Problem>),
    Continue,
    Done,
}

impl Iterator for Reader {
    type Item = Result<RawPage, Problem>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let step = if let Some(source) = &mut self.current {
                match source.next_page() {
                    Some(item) => Step::Yield(item),
                    None => {
                        self.current = None;
                        Step::Continue
                    }
                }
            } else if let Some(walk) = &mut self.walk {
                match walk.next() {
                    Some(WalkItem::File(path)) => self.open(file::Origin::path(path)),
                    Some(WalkItem::Problem(problem)) => Step::Yield(Err(problem)),
                    None => {
                        self.walk = None;
                        Step::Continue
                    }
                }
            } else {
                self.start_next_input()
            };
            match step {
                Step::Yield(item) => return Some(item),
                Step::Continue => {}
                Step::Done => return None,
            }
        }
    }
}

/// How a path is named in `source` and in problems: as it was given or found, without the
/// parts that do not change which file it is (`./` and `/.`, doubled and trailing slashes),
/// with every byte that is not UTF-8 written as `\xNN`.
///
/// The name is the source key of a page without a URL, so `./dumps/a.txt` and `dumps/a.txt`
/// must name the same document (a cron job and a hand-typed import differ so). `..` is kept:
/// dropping it would be wrong under symbolic links. A lossy conversion would give two files
/// whose names differ only in non-UTF-8 bytes (Latin-1 names from old archives) one name, and
/// so one source key: the second file would be stored as a new version of the first.
pub(crate) fn path_name(path: &Path) -> String {
    // `components` already drops inner `.` and repeated separators; only a leading `.` stays.
    let tidy: PathBuf = path.components().filter(|part| *part != std::path::Component::CurDir).collect();
    let path = if tidy.as_os_str().is_empty() { Path::new(".") } else { tidy.as_path() };
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut name = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        name.push_str(chunk.valid());
        for byte in chunk.invalid() {
            name.push_str(&format!("\\x{byte:02X}"));
        }
    }
    name
}

/// What an I/O error on `path` means for the user: "No such file or directory" for a path
/// that is there, as a symbolic link to nothing, says the opposite of what is wrong.
pub(crate) fn io_detail(path: &Path, error: &io::Error) -> String {
    if error.kind() == io::ErrorKind::NotFound
        && let Ok(target) = std::fs::read_link(path)
    {
        return format!("broken symbolic link: its target {} does not exist", path_name(&target));
    }
    error.to_string()
}

/// How the paths of a `--files-from` list are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListFormat {
    /// One path per line, written by hand or by `ls`/`find`: the ends of each line are
    /// trimmed, and blank lines and lines starting with `#` are ignored.
    #[default]
    Lines,
    /// Paths ending with a NUL byte, as `find -print0` writes them: each taken exactly, so
    /// that names with edge spaces, a leading `#` or a line break can be listed.
    Null,
}

/// Read a `--files-from` list (`-`: from standard input); `-` in it stands for standard
/// input. Relative paths are taken as they are (relative to the working directory).
pub fn inputs_from_file(list: &Path, format: ListFormat) -> io::Result<Vec<Input>> {
    if list.as_os_str() == "-" {
        return inputs_from_reader(io::stdin().lock(), format);
    }
    inputs_from_reader(io::BufReader::new(std::fs::File::open(list)?), format)
}

fn inputs_from_reader(mut reader: impl BufRead, format: ListFormat) -> io::Result<Vec<Input>> {
    let separator = match format {
        ListFormat::Lines => b'\n',
        ListFormat::Null => b'\0',
    };
    let mut inputs = Vec::new();
    let mut entry = Vec::new();
    loop {
        entry.clear();
        if reader.read_until(separator, &mut entry)? == 0 {
            return Ok(inputs);
        }
        let path = match format {
            ListFormat::Lines => {
                let trimmed = entry.trim_ascii();
                if trimmed.is_empty() || trimmed.starts_with(b"#") {
                    continue;
                }
                trimmed
            }
            ListFormat::Null => match entry.strip_suffix(b"\0").unwrap_or(&entry) {
                [] => continue,
                path => path,
            },
        };
        inputs.push(Input::from_arg(path_from_bytes(path)));
    }
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// Counts the bytes read from a file or standard input into [`ReadStats::bytes_read`].
struct CountingReader<R> {
    inner: R,
    stats: Arc<ReadStats>,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.stats.bytes_read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// What [`read_line_bounded`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineRead {
    /// A line (without its `\n`) is in the buffer.
    Line,
    /// The line was longer than the limit; it was read and discarded, the buffer is empty.
    TooLong { length: u64 },
    /// No more input.
    Eof,
}

/// Read one line into `line` (cleared first, `\n` not included), holding at most `limit`
/// bytes: a longer line is read to its end and discarded.
fn read_line_bounded(reader: &mut impl BufRead, line: &mut Vec<u8>, limit: u64) -> io::Result<LineRead> {
    line.clear();
    let mut length = 0_u64;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            return Ok(match (length, too_long) {
                (0, _) => LineRead::Eof,
                (_, true) => LineRead::TooLong { length },
                (_, false) => LineRead::Line,
            });
        }
        let (chunk, consumed, complete) = match memchr::memchr(b'\n', available) {
            Some(end) => (&available[..end], end + 1, true),
            None => (available, available.len(), false),
        };
        length += chunk.len() as u64;
        if !too_long {
            if length > limit {
                too_long = true;
                line.clear();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        reader.consume(consumed);
        if complete {
            return Ok(if too_long { LineRead::TooLong { length } } else { LineRead::Line });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceKind;
    use std::fs;

    fn read_all(inputs: Vec<Input>, opts: ReadOptions) -> Vec<Result<RawPage, Problem>> {
        Reader::new(inputs, opts).collect()
    }

    fn sources(items: &[Result<RawPage, Problem>]) -> Vec<String> {
        items
            .iter()
            .map(|item| match item {
                Ok(page) => page.source.clone(),
                Err(problem) => format!("{} ({})", problem.source, problem.reason),
            })
            .collect()
    }

    #[test]
    fn reader_is_send() {
        fn assert_send<T: Send>() {}
        assert_send::<Reader>();
    }

    #[test]
    fn bounded_lines() {
        let mut input = io::BufReader::with_capacity(4, &b"short\nmuch too long line\r\nok"[..]);
        let mut line = Vec::new();
        assert_eq!(read_line_bounded(&mut input, &mut line, 8).ok(), Some(LineRead::Line));
        assert_eq!(line, b"short");
        let outcome = read_line_bounded(&mut input, &mut line, 8).ok();
        assert_eq!(outcome, Some(LineRead::TooLong { length: 19 }));
        assert!(line.is_empty());
        assert_eq!(read_line_bounded(&mut input, &mut line, 8).ok(), Some(LineRead::Line));
        assert_eq!(line, b"ok");
        assert_eq!(read_line_bounded(&mut input, &mut line, 8).ok(), Some(LineRead::Eof));
    }

    #[test]
    fn folders_are_walked_sorted_recursively_without_hidden_entries() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        fs::create_dir_all(root.join("b/nested"))?;
        fs::create_dir_all(root.join(".hidden"))?;
        fs::write(root.join("c.txt"), "c")?;
        fs::write(root.join("a.txt"), "a")?;
        fs::write(root.join("b/nested/z.txt"), "z")?;
        fs::write(root.join("b/y.txt"), "y")?;
        fs::write(root.join(".secret.txt"), "hidden")?;
        fs::write(root.join(".hidden/inside.txt"), "hidden")?;

        let items = read_all(vec![Input::Path(root.to_path_buf())], ReadOptions::default());
        let names: Vec<String> = sources(&items)
            .iter()
            .map(|source| source.trim_start_matches(&root.display().to_string()).to_string())
            .collect();
        assert_eq!(names, ["/a.txt", "/b/nested/z.txt", "/b/y.txt", "/c.txt"]);
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_and_data_files_in_a_folder_are_reported_not_read() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        fs::write(root.join("a.txt"), "A page.")?;
        fs::write(root.join("b.json"), "{\n  \"expected\": true\n}\n")?;
        fs::write(root.join("c.py"), "print('no page')\n")?;
        let fifo = root.join("d.pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status()?;
        assert!(made.success());
        let items = read_all(vec![Input::Path(root.to_path_buf())], ReadOptions::default());
        let outcomes: Vec<String> = items
            .iter()
            .map(|item| match item {
                Ok(page) => format!("page {}", page.source.rsplit('/').next().unwrap_or("")),
                Err(problem) => format!("{} {}", problem.reason, problem.detail),
            })
            .collect();
        assert_eq!(
            outcomes,
            [
                "page a.txt",
                "not_a_page JSON data, not JSON Lines of pages, by its name (use --as text or --as html to import it as a page)",
                "not_a_page source code, by its name (use --as text or --as html to import it as a page)",
                "not_a_page a named pipe (FIFO), not a regular file: not read in a folder (name it alone, or pipe it to `-`)",
            ]
        );
        // `--as text` reads them all as pages (but the FIFO).
        let forced = read_all(
            vec![Input::Path(root.to_path_buf())],
            ReadOptions { force_kind: Some(crate::model::InputKind::Text), ..ReadOptions::default() },
        );
        assert_eq!(forced.iter().filter(|item| item.is_ok()).count(), 3);
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn broken_symbolic_links_are_named_as_such() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        std::os::unix::fs::symlink("gone.txt", root.join("link.txt"))?;
        let inputs = vec![Input::Path(root.join("link.txt")), Input::Path(root.join("missing.txt"))];
        let named = read_all(inputs, ReadOptions::default());
        let walked = read_all(vec![Input::Path(root.to_path_buf())], ReadOptions::default());
        let details: Vec<String> =
            named.iter().chain(&walked).filter_map(|item| item.as_ref().err()).map(|p| p.detail.clone()).collect();
        assert_eq!(
            details,
            [
                "broken symbolic link: its target gone.txt does not exist",
                // Near miss: a path that is not there at all.
                "No such file or directory (os error 2)",
                "broken symbolic link: its target gone.txt does not exist",
            ]
        );
        Ok(())
    }

    #[test]
    fn the_database_being_written_is_passed_over_in_its_folder_only() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        fs::create_dir_all(root.join("sub"))?;
        for name in
            ["a.txt", "rinse.db", "rinse.db-wal", "rinse.db-shm", "rinse.db.rinse-lock", "rinse.dbx", "sub/rinse.db"]
        {
            fs::write(root.join(name), "x")?;
        }
        let exclude = Exclude::default().with_database(&root.join("rinse.db"));
        let opts = ReadOptions { exclude, ..ReadOptions::default() };
        let items = read_all(vec![Input::Path(root.to_path_buf())], opts);
        let names: Vec<String> = sources(&items)
            .iter()
            .map(|source| source.trim_start_matches(&root.display().to_string()).to_string())
            .collect();
        // Near misses: another name, and a database of the same name in another folder.
        assert_eq!(names, ["/a.txt", "/rinse.dbx", "/sub/rinse.db"]);
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn file_names_that_are_not_utf8_keep_distinct_sources() -> io::Result<()> {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        // `café.txt` and `cafè.txt` in Latin-1: one lossy name (`caf\u{FFFD}.txt`) for both.
        fs::write(root.join(std::ffi::OsStr::from_bytes(b"caf\xE9.txt")), "one")?;
        fs::write(root.join(std::ffi::OsStr::from_bytes(b"caf\xE8.txt")), "two")?;
        fs::write(root.join("caf\u{e9}.txt"), "utf-8")?;
        let items = read_all(vec![Input::Path(root.to_path_buf())], ReadOptions::default());
        let names: Vec<String> = sources(&items)
            .iter()
            .map(|source| source.trim_start_matches(&root.display().to_string()).to_string())
            .collect();
        assert_eq!(names, ["/caf\u{e9}.txt", "/caf\\xE8.txt", "/caf\\xE9.txt"]);
        Ok(())
    }

    #[test]
    fn spellings_of_one_path_name_it_alike() {
        for spelling in ["./dumps/a.txt", "dumps/a.txt", "dumps//a.txt", "./dumps/./a.txt", "dumps/a.txt/"] {
            assert_eq!(path_name(Path::new(spelling)), "dumps/a.txt", "{spelling}");
        }
        assert_eq!(path_name(Path::new("./")), ".");
        assert_eq!(path_name(Path::new("/data/./a.txt")), "/data/a.txt");
        // Near misses: `..` may cross a symbolic link, and an absolute path is another name.
        assert_eq!(path_name(Path::new("dumps/../a.txt")), "dumps/../a.txt");
        assert_eq!(path_name(Path::new("/dumps/a.txt")), "/dumps/a.txt");
    }

    #[test]
    fn excluded_files_are_passed_over_in_folders_but_read_when_named() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        fs::create_dir_all(root.join("case/drafts"))?;
        fs::write(root.join("case/input.txt"), "page")?;
        fs::write(root.join("case/expected.txt"), "golden")?;
        fs::write(root.join("case/meta.json"), "{}")?;
        fs::write(root.join("case/drafts/d.txt"), "draft")?;
        let exclude = Exclude::new(&["expected*", "*.json", "case/drafts/**"]).map_err(io::Error::other)?;
        let opts = ReadOptions { exclude, ..ReadOptions::default() };
        let items = read_all(vec![Input::Path(root.to_path_buf())], opts.clone());
        let names: Vec<String> = sources(&items)
            .iter()
            .map(|source| source.trim_start_matches(&root.display().to_string()).to_string())
            .collect();
        assert_eq!(names, ["/case/input.txt"]);
        let named = read_all(vec![Input::Path(root.join("case/expected.txt"))], opts);
        assert_eq!(named.len(), 1);
        assert!(Exclude::new(&["a{b"]).is_err());
        Ok(())
    }

    #[test]
    fn a_hidden_path_given_explicitly_is_read() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let hidden = dir.path().join(".notes");
        fs::create_dir(&hidden)?;
        fs::write(hidden.join("n.txt"), "note")?;
        let items = read_all(vec![Input::Path(hidden)], ReadOptions::default());
        assert_eq!(items.len(), 1);
        assert!(items.iter().all(Result::is_ok));
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_do_not_hang() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        fs::create_dir(dir.path().join("sub"))?;
        fs::write(dir.path().join("sub/page.txt"), "text")?;
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop"))?;
        let items = read_all(vec![Input::Path(dir.path().to_path_buf())], ReadOptions::default());
        let pages = items.iter().filter(|item| item.is_ok()).count();
        assert_eq!(pages, 1);
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_folder_and_to_folders_walked_are_passed_over() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        for name in ["asked", "other", "linked"] {
            fs::create_dir(dir.path().join(name))?;
            fs::write(dir.path().join(name).join("page.txt"), name)?;
        }
        let asked = dir.path().join("asked");
        // Up to the folder above the one imported (a link to `/` is the same case), and
        // twice to the same folder.
        std::os::unix::fs::symlink("..", asked.join("up"))?;
        std::os::unix::fs::symlink(dir.path().join("linked"), asked.join("first"))?;
        std::os::unix::fs::symlink(dir.path().join("linked"), asked.join("second"))?;
        let items = read_all(vec![Input::Path(asked.clone())], ReadOptions::default());
        let sources: Vec<String> =
            items.iter().filter_map(|item| item.as_ref().ok()).map(|p| p.source.clone()).collect();
        let relative: Vec<&str> =
            sources.iter().filter_map(|s| s.rsplit_once("asked/").map(|(_, rest)| rest)).collect();
        assert_eq!(relative, ["first/page.txt", "page.txt"], "{sources:?}");
        Ok(())
    }

    #[test]
    fn a_missing_path_is_an_io_problem_and_reading_goes_on() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        fs::write(dir.path().join("ok.txt"), "fine")?;
        let inputs = vec![Input::Path(dir.path().join("missing.txt")), Input::Path(dir.path().join("ok.txt"))];
        let items = read_all(inputs, ReadOptions::default());
        assert_eq!(items.len(), 2);
        let problem = items.first().and_then(|item| item.as_ref().err());
        assert_eq!(problem.map(|p| p.reason), Some(Reason::Io));
        assert!(problem.is_some_and(|p| p.source.ends_with("missing.txt")));
        let page = items.get(1).and_then(|item| item.as_ref().ok());
        assert_eq!(page.map(|p| p.source_kind), Some(SourceKind::File));
        Ok(())
    }

    #[test]
    fn files_from_lists_paths_and_skips_comments() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let list = dir.path().join("list");
        fs::write(&list, "# pages\na.txt\n\n  dir/b.html  \r\n-\n")?;
        let inputs = inputs_from_file(&list, ListFormat::Lines)?;
        assert_eq!(inputs, [Input::Path("a.txt".into()), Input::Path("dir/b.html".into()), Input::Stdin]);
        assert!(inputs_from_file(&dir.path().join("nope"), ListFormat::Lines).is_err());
        Ok(())
    }

    #[test]
    fn a_null_separated_list_keeps_names_exactly() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let list = dir.path().join("list");
        fs::write(&list, b" edge spaces.txt \0#hash.txt\0two\nlines.txt\0\0-\0last")?;
        let inputs = inputs_from_file(&list, ListFormat::Null)?;
        assert_eq!(
            inputs,
            [
                Input::Path(" edge spaces.txt ".into()),
                Input::Path("#hash.txt".into()),
                Input::Path("two\nlines.txt".into()),
                Input::Stdin,
                Input::Path("last".into()),
            ]
        );
        Ok(())
    }

    fn fixture(name: &str) -> Input {
        Input::Path(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/read").join(name))
    }

    /// `reason` or `kind` of each item, with the part of the source after the file name.
    fn outline(items: &[Result<RawPage, Problem>]) -> Vec<String> {
        items
            .iter()
            .map(|item| match item {
                Ok(page) => {
                    let kind = page.kind.map_or("sniff", InputKind::as_str);
                    format!("{kind} {}", page.url.as_deref().unwrap_or(&page.source))
                }
                Err(problem) => format!("{} {}", problem.reason, problem.detail),
            })
            .collect()
    }

    #[test]
    fn warc_fixture_yields_pages_and_skips() {
        let mut reader = Reader::new(vec![fixture("crawl.warc.gz")], ReadOptions::default());
        let stats = reader.stats();
        let items: Vec<_> = reader.by_ref().collect();
        assert_eq!(
            outline(&items),
            [
                "html https://news.example.fr/cafe",
                "not_a_page media type image/png",
                "not_a_page HTTP status 404",
                "text https://news.example.fr/plain",
            ]
        );
        assert_eq!(stats.records_ignored(), 3);
        let plain = items.get(3).and_then(|item| item.as_ref().ok());
        assert_eq!(plain.map(|p| p.body.as_slice()), Some(&b"Plain text, chunked.\n"[..]));

        let cafe = items.into_iter().next().and_then(Result::ok);
        let decoded = cafe.map(crate::decode::decode);
        let decoded = decoded.and_then(Result::ok);
        assert_eq!(decoded.as_ref().map(|d| d.encoding), Some("windows-1252"));
        assert!(decoded.is_some_and(|d| { d.text.contains("\u{201c}Caf\u{e9}\u{201d} costs 3\u{a0}\u{20ac}.") }));
    }

    #[test]
    fn truncated_warc_keeps_the_records_before_the_damage() {
        let inputs = vec![fixture("truncated.warc.gz"), fixture("pages.jsonl")];
        let items = read_all(inputs, ReadOptions::default());
        let outline = outline(&items);
        assert_eq!(
            outline.get(..2),
            Some(&["html https://news.example.fr/cafe".to_string(), "not_a_page media type image/png".to_string()][..])
        );
        let damage = items.get(2).and_then(|item| item.as_ref().err());
        assert_eq!(damage.map(|p| p.reason), Some(Reason::BadArchive));
        assert!(damage.is_some_and(|p| p.source.contains("truncated.warc.gz@") && p.detail.contains("record 6")));
        // The next input is read.
        assert_eq!(items.len(), 7);
    }

    /// A WET `conversion` record for `uri`, with `text` as its block.
    fn wet_record(uri: &str, text: &str) -> Vec<u8> {
        format!(
            "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {uri}\r\nContent-Type: text/plain\r\n\
             Content-Length: {}\r\n\r\n{text}\r\n\r\n",
            text.len()
        )
        .into_bytes()
    }

    #[test]
    fn a_damaged_gzip_member_costs_its_record_only() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let text = |n: usize| format!("Paragraph {n} of a page, long enough to compress. ").repeat(30);
        let members: Vec<Vec<u8>> = (1..=4)
            .map(|n| gzip(&wet_record(&format!("https://a.example/{n}"), &text(n))))
            .collect::<io::Result<_>>()?;
        let outlines = |name: &str, bytes: &[u8]| -> io::Result<Vec<String>> {
            let path = dir.path().join(name);
            fs::write(&path, bytes)?;
            Ok(outline(&read_all(vec![Input::Path(path)], ReadOptions::default())))
        };
        let pages =
            |outline: &[String]| outline.iter().filter(|line| line.starts_with("text ")).cloned().collect::<Vec<_>>();

        // A flipped byte near the end of the second member's data: its checksum fails once
        // its record has been read.
        let mut flipped = members.clone();
        let near_end = flipped[1].len() - 12;
        flipped[1][near_end] ^= 0x55;
        let outline = outlines("flipped.warc.wet.gz", &flipped.concat())?;
        assert_eq!(
            pages(&outline),
            ["text https://a.example/1", "text https://a.example/3", "text https://a.example/4"]
        );
        let problems: Vec<&String> = outline.iter().filter(|line| line.starts_with("bad_archive")).collect();
        assert_eq!(problems.len(), 1, "{outline:?}");
        assert!(problems[0].contains("https://a.example/2"), "{outline:?}");
        assert!(!problems[0].contains("may hold the damaged bytes"), "one record per member: {outline:?}");

        // The same records gzipped whole: the checksum fails at the end of the only member,
        // after the records before it were given; the problem says so.
        let records: Vec<u8> = (1..=4).flat_map(|n| wet_record(&format!("https://a.example/{n}"), &text(n))).collect();
        let mut whole = gzip(&records)?;
        let near_end = whole.len() - 6;
        whole[near_end] ^= 0x55;
        let outline = outlines("whole.warc.wet.gz", &whole)?;
        let problems: Vec<&String> = outline.iter().filter(|line| line.starts_with("bad_archive")).collect();
        assert_eq!(problems.len(), 1, "{outline:?}");
        assert!(problems[0].contains("whole.warc.wet.gz@0 to "), "{outline:?}");
        assert!(problems[0].contains("one of them may hold the damaged bytes"), "{outline:?}");

        // The second member cut short, the rest of the file after it: its decoder runs on
        // into the next member's bytes.
        let mut cut = members.clone();
        let half = cut[1].len() / 2;
        cut[1].truncate(half);
        let outline = outlines("cut.warc.wet.gz", &cut.concat())?;
        let read = pages(&outline);
        assert!(read.starts_with(&["text https://a.example/1".to_string()]), "{outline:?}");
        assert!(!read.contains(&"text https://a.example/2".to_string()), "{outline:?}");
        assert!(read.contains(&"text https://a.example/4".to_string()), "{outline:?}");
        Ok(())
    }

    #[test]
    fn a_jsonl_file_gzipped_whole_that_fails_its_checksum_says_what_was_stored() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let lines: String =
            (1..=3).map(|n| format!("{{\"url\": \"https://a.example/{n}\", \"text\": \"Text {n}.\"}}\n")).collect();
        let mut whole = gzip(lines.as_bytes())?;
        let near_end = whole.len() - 6;
        whole[near_end] ^= 0x55;
        let path = dir.path().join("pages.jsonl.gz");
        fs::write(&path, &whole)?;
        let outline = outline(&read_all(vec![Input::Path(path)], ReadOptions::default()));
        let problems: Vec<&String> = outline.iter().filter(|line| line.starts_with("bad_archive")).collect();
        assert_eq!(problems.len(), 1, "{outline:?}");
        assert!(problems[0].contains("the 3 lines read from it before the damage showed are stored"), "{outline:?}");
        Ok(())
    }

    #[test]
    fn binary_payloads_in_archives_are_skipped() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let noise: String = (0..2000u32).map(|n| char::from((n * 7919 % 251) as u8)).collect();
        let mut wet = wet_record("https://a.example/noise", &noise);
        wet.extend(wet_record("https://a.example/text", "A paragraph of text."));
        let path = dir.path().join("mixed.warc.wet");
        fs::write(&path, wet)?;
        let outline = outline(&read_all(vec![Input::Path(path)], ReadOptions::default()));
        assert_eq!(outline, ["binary binary content (8 NUL bytes in the first 3 KiB)", "text https://a.example/text"]);
        Ok(())
    }

    #[test]
    fn wet_fixture_yields_conversions() {
        let items = read_all(vec![fixture("pages.warc.wet.gz")], ReadOptions::default());
        assert_eq!(outline(&items), ["text https://a.example.org/one", "text https://b.example.de/two"]);
        let decoded = items.into_iter().filter_map(Result::ok).map(crate::decode::decode).collect::<Vec<_>>();
        let first = decoded.first().and_then(|d| d.as_ref().ok());
        assert_eq!(
            first.map(|d| (d.source_kind, d.encoding_source)),
            Some((SourceKind::Wet, crate::model::EncodingSource::Container))
        );
        assert!(first.is_some_and(|d| d.text.contains("naïve")));
    }

    #[test]
    fn jsonl_fixture_reads_past_bad_lines() {
        let items = read_all(vec![fixture("pages.jsonl")], ReadOptions::default());
        let outline = outline(&items);
        assert_eq!(outline.first().map(String::as_str), Some("text https://a.example.org/post"));
        assert!(outline.get(1).is_some_and(|line| line.starts_with("bad_json not JSON: ")));
        assert!(outline.get(2).is_some_and(|line| line.starts_with("bad_json object has no \"text\"")));
        assert_eq!(outline.get(3).map(String::as_str), Some("html https://a.example.org/page"));
        let sources: Vec<String> =
            sources(&items).iter().map(|s| s.rsplit('/').next().unwrap_or_default().to_string()).collect();
        assert_eq!(
            sources,
            ["pages.jsonl#L1", "pages.jsonl#L2 (bad_json)", "pages.jsonl#L3 (bad_json)", "pages.jsonl#L4"]
        );
    }

    #[test]
    fn empty_and_binary_files_are_skipped_with_reasons() {
        let items = read_all(vec![fixture("empty.txt"), fixture("image.bin")], ReadOptions::default());
        assert_eq!(outline(&items), ["empty file is empty", "binary binary file (PNG signature)"]);
    }

    #[test]
    fn a_50_mb_one_line_file_is_too_large_without_being_read() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("huge");
        let mut file = io::BufWriter::new(fs::File::create(&path)?);
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..50 {
            io::Write::write_all(&mut file, &chunk)?;
        }
        io::Write::flush(&mut file)?;
        drop(file);

        let max = 1 << 20;
        let mut reader =
            Reader::new(vec![Input::Path(path)], ReadOptions { max_document_bytes: max, ..ReadOptions::default() });
        let stats = reader.stats();
        let items: Vec<_> = reader.by_ref().collect();
        assert_eq!(items.first().and_then(|item| item.as_ref().err()).map(|p| p.reason), Some(Reason::TooLarge));
        assert!(stats.bytes_read() < max + 64 * 1024, "read {} bytes", stats.bytes_read());
        Ok(())
    }

    #[test]
    fn formats_are_sniffed_when_names_say_nothing() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        fs::write(root.join("a_page"), "<!doctype html><title>x</title><p>Hello")?;
        // Tags enough to sniff as HTML, but the name says text and no doctype says otherwise.
        fs::write(root.join("b_dump.txt"), "<p>a</p><p>b</p><p>c</p> <b>x</b> <i>y</i> named .txt")?;
        fs::write(root.join("c_lines"), "{\"text\": \"from jsonl\"}\n")?;
        fs::write(root.join("d_utf16"), b"\xFF\xFEh\x00i\x00")?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        io::Write::write_all(&mut gz, b"{\"html\": \"<p>x</p>\"}\n")?;
        fs::write(root.join("e_data.gz"), gz.finish()?)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        io::Write::write_all(&mut gz, b"just text")?;
        fs::write(root.join("f_notes.txt.gz"), gz.finish()?)?;
        fs::write(root.join("g_blank.html"), " \n\t\n")?;
        fs::write(root.join("h_fake.warc"), "not a warc")?;
        fs::write(root.join("i_bad.warc.gz"), b"\x1F\x8B\x08\x00garbage")?;

        let items = read_all(vec![Input::Path(root.to_path_buf())], ReadOptions::default());
        let outline = outline(&items);
        let outline: Vec<&str> =
            outline.iter().map(|line| line.split(&root.display().to_string()).next().unwrap_or_default()).collect();
        assert_eq!(
            outline,
            [
                "html ",
                "text ",
                "text ",
                "sniff ",
                "html ",
                "text ",
                "empty file holds only whitespace",
                "bad_archive does not start with a WARC/ version line",
                "bad_archive gzip stream is damaged or truncated: the gzip member at compressed byte 0 is damaged: incomplete deflate stream",
            ]
        );
        Ok(())
    }

    fn gzip(bytes: &[u8]) -> io::Result<Vec<u8>> {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        io::Write::write_all(&mut gz, bytes)?;
        gz.finish()
    }

    #[test]
    fn gzipped_dumps_and_pages_are_read_through_the_decompressor() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        let dump = "Story\n\nThe council met on Tuesday.\n".repeat(50);
        fs::write(root.join("a_dump.txt.gz"), gzip(dump.as_bytes())?)?;
        fs::write(root.join("b_page.html.gz"), gzip(b"<p>Saved page</p>")?)?;
        fs::write(root.join("c_sniffed.gz"), gzip(b"<!doctype html><title>t</title><p>x")?)?;
        fs::write(root.join("d_report.txt.gz"), gzip(b"%PDF-1.7 ...")?)?;
        // Cut in the middle: the first sniffed bytes decompress, the rest is missing.
        let whole = gzip(dump.as_bytes())?;
        fs::write(root.join("e_cut.txt.gz"), whole.get(..whole.len() / 2).unwrap_or_default())?;
        fs::write(root.join("f_bomb.txt.gz"), gzip(&vec![b'a'; 5000])?)?;
        // Near miss: a plain file named `.txt` is read as it is.
        fs::write(root.join("g_plain.txt"), "plain")?;

        let opts = ReadOptions { max_document_bytes: 4096, ..ReadOptions::default() };
        let items = read_all(vec![Input::Path(root.to_path_buf())], opts);
        let outline = outline(&items);
        let outline: Vec<&str> =
            outline.iter().map(|line| line.split(&root.display().to_string()).next().unwrap_or_default()).collect();
        assert_eq!(
            outline,
            [
                "text ",
                "html ",
                "html ",
                "binary gzip-compressed binary file (PDF signature)",
                "bad_archive gzip stream is damaged or truncated: the gzip member at compressed byte 0 is damaged: incomplete deflate stream",
                "too_large more than 4096 bytes once decompressed, over the limit",
                "text ",
            ]
        );
        Ok(())
    }

    #[test]
    fn forced_kind_applies_to_files() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        fs::write(dir.path().join("p.html"), "<p>x</p>")?;
        let opts = ReadOptions { force_kind: Some(InputKind::Text), ..ReadOptions::default() };
        let items = read_all(vec![Input::Path(dir.path().join("p.html"))], opts);
        assert_eq!(outline(&items).len(), 1);
        assert!(outline(&items).first().is_some_and(|line| line.starts_with("text ")));
        Ok(())
    }

    #[test]
    fn a_page_saved_whole_under_a_text_name_is_read_as_html() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        fs::write(dir.path().join("page.txt"), "<!DOCTYPE html><html><body><p>x</p></body></html>")?;
        fs::write(dir.path().join("notes.txt"), "Use <p> for paragraphs.\n")?;
        fs::write(dir.path().join("page.txt.gz"), gzip(b"\n<html lang=\"en\"><p>y</p></html>")?)?;
        let items = read_all(vec![Input::Path(dir.path().to_path_buf())], ReadOptions::default());
        let kinds: Vec<String> =
            outline(&items).iter().map(|line| line.split(' ').next().unwrap_or_default().to_owned()).collect();
        assert_eq!(kinds, ["text", "html", "html"], "{:?}", outline(&items));
        // `--as text` still wins.
        let opts = ReadOptions { force_kind: Some(InputKind::Text), ..ReadOptions::default() };
        let items = read_all(vec![Input::Path(dir.path().join("page.txt"))], opts);
        assert!(outline(&items).first().is_some_and(|line| line.starts_with("text ")));
        Ok(())
    }

    #[test]
    fn stats_count_files_and_bytes() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        fs::write(dir.path().join("a.txt"), "12345")?;
        fs::write(dir.path().join("b.txt"), "678")?;
        let mut reader = Reader::new(vec![Input::Path(dir.path().to_path_buf())], ReadOptions::default());
        let stats = reader.stats();
        assert_eq!(reader.by_ref().count(), 2);
        assert_eq!(stats.files_opened(), 2);
        assert_eq!(stats.bytes_read(), 8);
        Ok(())
    }
}
