//! rinse: a boilerplate-stripping ingest pipeline.
//!
//! Pages flow through typed stages:
//! readers or fetchers ([`read`]) → [`decode`] → cleaner ([`clean`]) with [`metadata`]
//! → [`normalize`] → [`store`] (SQLite). [`pipeline`] wires them together; [`eval`] measures
//! the cleaner against labelled pages.

pub mod clean;
pub mod cli;
pub mod decode;
pub mod error;
pub mod eval;
pub mod fetch;
pub mod metadata;
pub mod model;
pub mod normalize;
pub mod pipeline;
pub mod read;
pub mod store;
