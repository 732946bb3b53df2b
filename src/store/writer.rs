//! The single writer: a task that owns the store's write side, takes [`WriteItem`]s from a
//! bounded channel, and commits them in batches.
//!
//! SQLite allows one writer at a time, and a transaction per document would spend most of
//! its time committing. Batches are flushed at [`DEFAULT_BATCH_SIZE`] items, when their
//! bodies reach [`MAX_BATCH_BODY_BYTES`], when the oldest item has waited
//! [`DEFAULT_FLUSH_INTERVAL`], and when the channel closes. Each batch is one transaction,
//! so a kill at any moment leaves whole documents only: the WAL rolls back the batch that
//! was in flight.

use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::Instant;
use tracing::{debug, warn};

use super::{ImportCounts, Store, StoreError, WriteItem, WriteOutcome};
use crate::error::{Problem, Reason};

/// Items per transaction.
pub const DEFAULT_BATCH_SIZE: usize = 256;

/// The longest an item waits in a batch before the batch is committed, so that progress is
/// visible (and durable) even when pages arrive slowly.
pub const DEFAULT_FLUSH_INTERVAL: Duration = Duration::from_millis(200);

/// A batch is committed once its document bodies add up to this many bytes, which bounds the
/// writer's memory whatever the page sizes.
pub const MAX_BATCH_BODY_BYTES: usize = 32 * 1024 * 1024;

/// Commits [`WriteItem`]s in batches for one import. See the module documentation.
#[derive(Debug)]
pub struct Writer {
    store: Store,
    import_id: i64,
    batch_size: usize,
    flush_interval: Duration,
}

impl Writer {
    pub fn new(store: Store, import_id: i64) -> Writer {
        Writer { store, import_id, batch_size: DEFAULT_BATCH_SIZE, flush_interval: DEFAULT_FLUSH_INTERVAL }
    }

    /// Items per transaction (at least 1).
    pub fn batch_size(mut self, items: usize) -> Writer {
        self.batch_size = items.max(1);
        self
    }

    /// The longest an item waits before its batch is committed.
    pub fn flush_interval(mut self, interval: Duration) -> Writer {
        self.flush_interval = interval;
        self
    }

    /// Start the writer on a tokio task, with a channel of `capacity` items in front of it.
    ///
    /// `on_outcome` is called once per item, after the transaction holding it has
    /// committed. Drop every sender to finish: the writer commits what it holds and the
    /// task returns the totals.
    pub fn spawn<F>(
        self,
        capacity: usize,
        on_outcome: F,
    ) -> (mpsc::Sender<WriteItem>, JoinHandle<Result<ImportCounts, StoreError>>)
    where
        F: FnMut(&WriteItem, &WriteOutcome) + Send + 'static,
    {
        let (sender, receiver) = mpsc::channel(capacity.max(1));
        let task = tokio::spawn(self.run(receiver, on_outcome));
        (sender, task)
    }

    /// Take items from `items` until it closes, committing them in batches; call
    /// `on_outcome` for each item once it is committed; return the totals.
    ///
    /// A document the database refuses (a constraint, a value too big) is recorded as a
    /// problem with reason `store` and the others of its batch are still stored. An error that
    /// is not about one document (I/O, a full disk, a lock held too long) ends the writer; the
    /// batches committed before it stay.
    pub async fn run<F>(
        self,
        mut items: mpsc::Receiver<WriteItem>,
        mut on_outcome: F,
    ) -> Result<ImportCounts, StoreError>
    where
        F: FnMut(&WriteItem, &WriteOutcome),
    {
        let mut totals = ImportCounts::default();
        let mut batch = Vec::with_capacity(self.batch_size);
        while let Some(first) = items.recv().await {
            // The clock starts with the batch's first item, so an idle writer does not spin.
            let deadline = Instant::now() + self.flush_interval;
            let mut body_bytes = body_len(&first);
            batch.push(first);
            let mut closed = false;
            while batch.len() < self.batch_size && body_bytes < MAX_BATCH_BODY_BYTES {
                match tokio::time::timeout_at(deadline, items.recv()).await {
                    Ok(Some(item)) => {
                        body_bytes += body_len(&item);
                        batch.push(item);
                    }
                    Ok(None) => {
                        closed = true;
                        break;
                    }
                    Err(_elapsed) => break,
                }
            }
            self.flush(&mut batch, &mut totals, &mut on_outcome).await?;
            if closed {
                break;
            }
        }
        debug!(import_id = self.import_id, seen = totals.seen, "Writer finished.");
        Ok(totals)
    }

    async fn flush<F>(
        &self,
        batch: &mut Vec<WriteItem>,
        totals: &mut ImportCounts,
        on_outcome: &mut F,
    ) -> Result<(), StoreError>
    where
        F: FnMut(&WriteItem, &WriteOutcome),
    {
        match self.store.write_batch(self.import_id, batch).await {
            Ok(outcomes) => {
                for (item, outcome) in batch.iter().zip(&outcomes) {
                    totals.record(outcome);
                    on_outcome(item, outcome);
                }
            }
            Err(error) => {
                warn!(
                    import_id = self.import_id,
                    items = batch.len(),
                    error = %error,
                    "Batch failed; writing its items one per transaction."
                );
                for item in batch.iter() {
                    let outcome = self.write_one(item).await?;
                    totals.record(&outcome);
                    on_outcome(item, &outcome);
                }
            }
        }
        batch.clear();
        Ok(())
    }

    /// Write one item in its own transaction; a document the database refuses becomes a
    /// recorded problem.
    async fn write_one(&self, item: &WriteItem) -> Result<WriteOutcome, StoreError> {
        let error = match self.store.write_one(self.import_id, item).await {
            Ok(outcome) => return Ok(outcome),
            Err(error) => error,
        };
        let detail = match (&error, item) {
            (_, WriteItem::Document(_)) if error.is_data_error() => error.database_message(),
            _ => return Err(error),
        };
        debug!(source = %item.source(), detail = %detail, "The database refused a document.");
        let problem = Problem::new(item.source(), Reason::Store, detail.clone());
        self.store.write_one(self.import_id, &WriteItem::Problem(problem)).await?;
        Ok(WriteOutcome::Rejected { detail })
    }
}

fn body_len(item: &WriteItem) -> usize {
    match item {
        WriteItem::Document(document) => document.body.len(),
        WriteItem::Problem(problem) => problem.detail.len(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::super::ProblemOutcome;
    use super::super::testing::{assert_healthy, count, doc_item, new_import, problem_item, temp_store};
    use super::*;

    type Log = Arc<Mutex<Vec<(String, WriteOutcome)>>>;

    fn logger() -> (Log, impl FnMut(&WriteItem, &WriteOutcome) + Send + 'static) {
        let log: Log = Arc::default();
        let sink = Arc::clone(&log);
        let on_outcome = move |item: &WriteItem, outcome: &WriteOutcome| {
            sink.lock().unwrap().push((item.source().to_owned(), outcome.clone()));
        };
        (log, on_outcome)
    }

    /// Wait (up to a few seconds) until `log` holds `n` outcomes.
    async fn wait_for(log: &Log, n: usize) -> bool {
        for _ in 0..200 {
            if log.lock().unwrap().len() >= n {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        false
    }

    #[tokio::test]
    async fn good_documents_are_stored_around_one_the_database_refuses() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let (log, on_outcome) = logger();
        let (sender, task) = Writer::new(store.clone(), import).spawn(16, on_outcome);
        let items = [
            doc_item("url:https://example.org/1", "First good text."),
            // An empty source key breaks CHECK (source_key <> '').
            doc_item("", "A document without a key."),
            doc_item("url:https://example.org/2", "Second good text."),
            doc_item("url:https://example.org/1", "First good text."),
            problem_item("dump/empty.txt", Reason::Empty),
        ];
        for item in items {
            sender.send(item).await.unwrap();
        }
        drop(sender);
        let totals = task.await.unwrap().unwrap();

        assert_eq!(totals, ImportCounts { seen: 5, stored: 2, unchanged: 1, skipped: 1, failed: 1 });
        let log = log.lock().unwrap().clone();
        assert_eq!(log.len(), 5);
        assert!(matches!(log[0].1, WriteOutcome::Stored { version: 1, .. }), "{log:?}");
        match &log[1].1 {
            WriteOutcome::Rejected { detail } => {
                assert!(detail.contains("CHECK constraint failed"), "{detail}")
            }
            other => panic!("expected Rejected, got {other:?}"),
        }
        assert!(matches!(log[2].1, WriteOutcome::Stored { version: 1, .. }), "{log:?}");
        assert!(matches!(log[3].1, WriteOutcome::Unchanged { .. }), "{log:?}");
        assert_eq!(log[4].1, WriteOutcome::Recorded { outcome: ProblemOutcome::Skipped });

        assert_eq!(count(&store, "SELECT COUNT(*) FROM documents").await, 2);
        let problem: (String, String, String) =
            sqlx::query_as("SELECT source, reason, outcome FROM import_problems WHERE reason = 'store'")
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!(problem, ("dump/0.html".to_owned(), "store".to_owned(), "failed".to_owned()));
        // The running counts in imports agree with the totals.
        let stored: (i64, i64, i64, i64, i64) =
            sqlx::query_as("SELECT seen, stored, unchanged, skipped, failed FROM imports WHERE id = ?")
                .bind(import)
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!(stored, (5, 2, 1, 1, 1));
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn a_document_refused_by_a_trigger_is_recorded_and_the_rest_stored() {
        let (_dir, store) = temp_store().await;
        sqlx::query(
            "CREATE TRIGGER test_reject_poison BEFORE INSERT ON documents WHEN new.body LIKE '%poison%'
             BEGIN SELECT RAISE(ABORT, 'poisoned document'); END",
        )
        .execute(store.pool())
        .await
        .unwrap();
        let import = new_import(&store).await;
        let (log, on_outcome) = logger();
        let (sender, task) = Writer::new(store.clone(), import).batch_size(8).spawn(4, on_outcome);
        for n in 0..20 {
            let body = if n == 13 { format!("Text {n} with poison.") } else { format!("Text {n}.") };
            sender.send(doc_item(&format!("url:https://example.org/{n}"), &body)).await.unwrap();
        }
        drop(sender);
        let totals = task.await.unwrap().unwrap();
        assert_eq!((totals.stored, totals.failed), (19, 1));
        let rejected: Vec<_> = log
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, outcome)| matches!(outcome, WriteOutcome::Rejected { .. }))
            .cloned()
            .collect();
        assert_eq!(rejected.len(), 1);
        let detail: String =
            sqlx::query_scalar("SELECT detail FROM import_problems").fetch_one(store.pool()).await.unwrap();
        assert!(detail.contains("poisoned document"), "{detail}");
        assert_eq!(count(&store, "SELECT COUNT(*) FROM documents").await, 19);
        assert_healthy(&store).await;
    }

    #[tokio::test]
    async fn a_full_batch_is_committed_without_waiting_for_the_timer() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let (log, on_outcome) = logger();
        let writer = Writer::new(store.clone(), import).batch_size(3).flush_interval(Duration::from_secs(3600));
        let (sender, task) = writer.spawn(16, on_outcome);
        for n in 0..4 {
            sender.send(doc_item(&format!("url:https://example.org/{n}"), &format!("Text {n}."))).await.unwrap();
        }
        assert!(wait_for(&log, 3).await, "the first 3 items are committed while the channel is open");
        assert_eq!(count(&store, "SELECT COUNT(*) FROM documents").await, 3);
        drop(sender);
        assert_eq!(task.await.unwrap().unwrap().stored, 4, "the rest is committed when the channel closes");
    }

    #[tokio::test]
    async fn a_slow_trickle_is_committed_by_the_timer() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let (log, on_outcome) = logger();
        let writer = Writer::new(store.clone(), import).flush_interval(Duration::from_millis(50));
        let (sender, task) = writer.spawn(16, on_outcome);
        sender.send(doc_item("url:https://example.org/slow", "One page.")).await.unwrap();
        assert!(wait_for(&log, 1).await, "one item is committed after the flush interval");
        assert_eq!(count(&store, "SELECT stored FROM imports").await, 1);
        drop(sender);
        assert_eq!(task.await.unwrap().unwrap().seen, 1);
    }

    #[tokio::test]
    async fn a_database_wide_error_ends_the_writer() {
        let (_dir, store) = temp_store().await;
        let (log, on_outcome) = logger();
        let (sender, task) = Writer::new(store.clone(), 999).spawn(4, on_outcome);
        sender.send(doc_item("url:https://example.org/", "Text.")).await.unwrap();
        drop(sender);
        let error = task.await.unwrap().unwrap_err();
        assert!(matches!(error, StoreError::UnknownImport(999)), "{error}");
        assert!(log.lock().unwrap().is_empty());
        assert_eq!(count(&store, "SELECT COUNT(*) FROM import_problems").await, 0);
    }

    #[tokio::test]
    async fn the_writer_returns_zero_counts_when_nothing_was_sent() {
        let (_dir, store) = temp_store().await;
        let import = new_import(&store).await;
        let (sender, task) = Writer::new(store, import).spawn(1, |_: &WriteItem, _: &WriteOutcome| {});
        drop(sender);
        assert_eq!(task.await.unwrap().unwrap(), ImportCounts::default());
    }
}
