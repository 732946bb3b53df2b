//! Fetching from the web: pages, feeds and sitemaps, politely and safely, into the store.
//!
//! - [`config`]: settings and the sources file (`sources.toml`), validated once.
//! - [`client`]: one URL over HTTP: redirects, robots.txt, politeness, retries, size caps,
//!   deadlines, address checks ([`address`], [`robots`], [`hosts`]).
//! - [`content`], [`feed`], [`sitemap`]: what a body is, and the entries of feeds and sitemaps.
//! - [`crawl`]: the engine: per-host queues, concurrency, runs with their writer.
//! - [`db`], [`log`]: the fetch log, HTTP cache and schedule tables.
//! - [`bench`]: fetch throughput against a local server.

pub mod address;
pub mod bench;
pub mod client;
pub mod config;
pub mod content;
pub mod crawl;
pub mod db;
pub mod feed;
pub mod hosts;
pub mod log;
pub mod robots;
pub mod sitemap;

use tokio::sync::watch;

pub use client::{Fetcher, Validators};
pub use config::{FetchSettings, Schedule, Source, Sources, SourcesFile};
pub use crawl::{Engine, RunReport, Seed};

/// A shutdown signal that many tasks can wait on. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Stop(watch::Receiver<bool>);

/// Fires a [`Stop`].
#[derive(Debug)]
pub struct StopHandle(watch::Sender<bool>);

impl Stop {
    pub fn new() -> (Stop, StopHandle) {
        let (sender, receiver) = watch::channel(false);
        (Stop(receiver), StopHandle(sender))
    }

    /// A stop that never fires.
    pub fn never() -> Stop {
        let (sender, receiver) = watch::channel(false);
        drop(sender);
        Stop(receiver)
    }

    pub fn is_stopped(&self) -> bool {
        *self.0.borrow()
    }

    /// Resolves once the stop fires (never, for [`Stop::never`]).
    pub async fn stopped(&self) {
        let mut receiver = self.0.clone();
        loop {
            if *receiver.borrow_and_update() {
                return;
            }
            if receiver.changed().await.is_err() {
                // The handle is gone without firing: this stop never fires.
                std::future::pending::<()>().await;
            }
        }
    }
}

impl StopHandle {
    pub fn stop(&self) {
        self.0.send_replace(true);
    }
}
