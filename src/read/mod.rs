//! Readers: turn files, folders, archives and standard input into [`RawPage`]s, streamed.
