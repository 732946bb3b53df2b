//! The SQLite store: migrations, one writer, batched transactions, versions.
