//! Per-host politeness: at most N requests in flight to one host (one by default), and a
//! pause between the end of one request and the start of the next.
//!
//! A host here is an origin (`scheme://name:port`). The pause is the configured per-host
//! delay or the host's robots.txt `Crawl-delay` (capped), whichever is longer, and a
//! `Retry-After` pushes it further. The table forgets idle hosts once it grows past
//! [`MAX_REMEMBERED_HOSTS`], so memory stays bounded on crawls over many hosts.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::Notify;
use tokio::time::Instant;

use super::Stop;

/// Hosts remembered before idle ones (nothing in flight, no pause pending) are dropped.
pub const MAX_REMEMBERED_HOSTS: usize = 10_000;

/// When a host can take another request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    Now,
    /// Its pause ends then.
    At(Instant),
    /// As many requests as allowed are in flight.
    Busy,
}

#[derive(Debug)]
struct Slot {
    in_flight: usize,
    next_at: Instant,
}

/// The politeness table, shared by every fetch of a process.
#[derive(Debug)]
pub struct HostGate {
    slots: Mutex<HashMap<String, Slot>>,
    released: Notify,
    per_host: usize,
    /// Hosts that asked to be sent nothing until a time too far off to wait for (a long
    /// `Retry-After`): their requests are not made at all.
    closed: Mutex<HashMap<String, DateTime<Utc>>>,
}

/// The right to send one request to a host; dropping it starts the host's pause.
#[derive(Debug)]
pub struct HostPermit {
    gate: Arc<HostGate>,
    key: String,
    delay: Duration,
}

impl HostGate {
    pub fn new(per_host: usize) -> Arc<HostGate> {
        Arc::new(HostGate {
            slots: Mutex::new(HashMap::new()),
            released: Notify::new(),
            per_host: per_host.max(1),
            closed: Mutex::new(HashMap::new()),
        })
    }

    fn slots(&self) -> MutexGuard<'_, HashMap<String, Slot>> {
        // A panic while holding the lock leaves the counts intact (no partial updates).
        self.slots.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Whether `key` could take a request now, later, or not until one finishes.
    pub fn readiness(&self, key: &str) -> Readiness {
        let now = Instant::now();
        match self.slots().get(key) {
            None => Readiness::Now,
            Some(slot) if slot.in_flight >= self.per_host => Readiness::Busy,
            Some(slot) if slot.next_at > now => Readiness::At(slot.next_at),
            Some(_) => Readiness::Now,
        }
    }

    /// Wait until `key` may take a request, then take it. `delay` is the pause to leave
    /// after this request. `None` if `stop` fired while waiting.
    pub async fn acquire(self: &Arc<Self>, key: &str, delay: Duration, stop: &Stop) -> Option<HostPermit> {
        loop {
            // Registered before the check, so a release between the check and the wait
            // is not missed.
            let released = self.released.notified();
            let wait_until = {
                let now = Instant::now();
                let mut slots = self.slots();
                if slots.len() >= MAX_REMEMBERED_HOSTS {
                    slots.retain(|_, slot| slot.in_flight > 0 || slot.next_at > now);
                }
                let slot = slots.entry(key.to_owned()).or_insert(Slot { in_flight: 0, next_at: now });
                if slot.in_flight < self.per_host && slot.next_at <= now {
                    slot.in_flight += 1;
                    return Some(HostPermit { gate: Arc::clone(self), key: key.to_owned(), delay });
                }
                (slot.in_flight < self.per_host).then_some(slot.next_at)
            };
            match wait_until {
                Some(at) => tokio::select! {
                    _ = tokio::time::sleep_until(at) => {}
                    _ = released => {}
                    _ = stop.stopped() => return None,
                },
                None => tokio::select! {
                    _ = released => {}
                    _ = stop.stopped() => return None,
                },
            }
        }
    }

    /// Keep every request to `key` back until `until` (a `Retry-After`).
    pub fn hold_off(&self, key: &str, until: Instant) {
        let mut slots = self.slots();
        let slot = slots.entry(key.to_owned()).or_insert(Slot { in_flight: 0, next_at: until });
        slot.next_at = slot.next_at.max(until);
    }

    /// Send nothing to `key` until `until`.
    pub fn close_until(&self, key: &str, until: DateTime<Utc>) {
        let mut closed = self.closed.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let entry = closed.entry(key.to_owned()).or_insert(until);
        *entry = (*entry).max(until);
    }

    /// Until when `key` is closed, if it is now.
    pub fn closed_until(&self, key: &str) -> Option<DateTime<Utc>> {
        let mut closed = self.closed.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let until = *closed.get(key)?;
        if until <= Utc::now() {
            closed.remove(key);
            return None;
        }
        Some(until)
    }

    fn release(&self, key: &str, delay: Duration) {
        {
            let mut slots = self.slots();
            if let Some(slot) = slots.get_mut(key) {
                slot.in_flight = slot.in_flight.saturating_sub(1);
                slot.next_at = slot.next_at.max(Instant::now() + delay);
            }
        }
        self.released.notify_waiters();
    }

    /// How many hosts are remembered (for tests and the bounded-memory check).
    pub fn remembered(&self) -> usize {
        self.slots().len()
    }
}

impl HostPermit {
    /// Change the pause left after this request (a `Crawl-delay` learnt meanwhile).
    pub fn set_delay(&mut self, delay: Duration) {
        self.delay = delay;
    }
}

impl Drop for HostPermit {
    fn drop(&mut self) {
        self.gate.release(&self.key, self.delay);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn requests_to_one_host_are_spaced_by_the_delay() {
        let gate = HostGate::new(1);
        let stop = Stop::never();
        let delay = Duration::from_millis(80);
        let started = Instant::now();
        let mut starts = Vec::new();
        for _ in 0..3 {
            let permit = gate.acquire("http://a:80", delay, &stop).await;
            starts.push(started.elapsed());
            drop(permit);
        }
        assert!(starts[1] - starts[0] >= delay, "{starts:?}");
        assert!(starts[2] - starts[1] >= delay, "{starts:?}");
        // Another host is not held back.
        let other = Instant::now();
        let _permit = gate.acquire("http://b:80", delay, &stop).await;
        assert!(other.elapsed() < delay);
    }

    #[tokio::test]
    async fn one_request_in_flight_per_host() {
        let gate = HostGate::new(1);
        let stop = Stop::never();
        let first = gate.acquire("h", Duration::ZERO, &stop).await;
        assert_eq!(gate.readiness("h"), Readiness::Busy);
        let waiter = {
            let gate = Arc::clone(&gate);
            tokio::spawn(async move { gate.acquire("h", Duration::ZERO, &Stop::never()).await.is_some() })
        };
        tokio::time::sleep(Duration::from_millis(30)).await;
        assert!(!waiter.is_finished(), "the second request waits for the first");
        drop(first);
        assert!(matches!(waiter.await, Ok(true)));
    }

    #[test]
    fn a_closed_host_stays_closed_until_its_time_and_only_it() {
        let gate = HostGate::new(1);
        let later = Utc::now() + chrono::Duration::hours(1);
        gate.close_until("https://a.example", later);
        gate.close_until("https://a.example", later - chrono::Duration::minutes(5));
        gate.close_until("https://b.example", Utc::now() - chrono::Duration::seconds(1));
        assert_eq!(gate.closed_until("https://a.example"), Some(later));
        assert_eq!(gate.closed_until("https://b.example"), None);
        assert_eq!(gate.closed_until("https://c.example"), None);
    }

    #[tokio::test]
    async fn hold_off_delays_the_host_and_stop_ends_the_wait() {
        let gate = HostGate::new(1);
        gate.hold_off("h", Instant::now() + Duration::from_secs(60));
        assert!(matches!(gate.readiness("h"), Readiness::At(_)));
        let (stop, handle) = Stop::new();
        let waiter = {
            let gate = Arc::clone(&gate);
            tokio::spawn(async move { gate.acquire("h", Duration::ZERO, &stop).await.is_none() })
        };
        tokio::time::sleep(Duration::from_millis(20)).await;
        handle.stop();
        assert!(matches!(waiter.await, Ok(true)), "a stop ends the wait without a permit");
    }

    #[tokio::test]
    async fn idle_hosts_are_forgotten_past_the_limit() {
        let gate = HostGate::new(1);
        let stop = Stop::never();
        for n in 0..(MAX_REMEMBERED_HOSTS + 10) {
            drop(gate.acquire(&format!("h{n}"), Duration::ZERO, &stop).await);
        }
        assert!(gate.remembered() <= MAX_REMEMBERED_HOSTS, "{}", gate.remembered());
    }
}
