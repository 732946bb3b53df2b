//! Shared helpers of the tests that run the `rinse` binary: the command, set up to run in a
//! test's own folder without the user's `RINSE_DB`, its output as text, and fixture files.

#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const RINSE: &str = env!("CARGO_BIN_EXE_rinse");

/// `rinse ARGS` run in `dir`, not yet started.
pub fn command<S: AsRef<OsStr>>(args: &[S], dir: &Path) -> Command {
    let mut command = Command::new(RINSE);
    command.args(args).current_dir(dir).env_remove("RINSE_DB");
    command
}

/// `rinse ARGS` run in `dir` to its end.
pub fn rinse<S: AsRef<OsStr>>(args: &[S], dir: &Path) -> Output {
    command(args, dir).output().unwrap_or_else(|e| panic!("cannot run rinse: {e}"))
}

pub fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

/// Write `body` to `dir/name`, creating the folders on the way.
pub fn write(dir: &Path, name: impl AsRef<Path>, body: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(&path, body).unwrap_or_else(|e| panic!("{e}"));
    path
}
