//! robots.txt: what a fetched file (or its absence) means for a host, and a bounded cache.
//!
//! The rules come from texting_robots; the status handling is RFC 9309's: a 2xx body is
//! parsed (the first [`MAX_ROBOTS_BYTES`] of it); a 4xx means there are no rules (allow
//! everything); a 5xx, a 429 or an unreachable server means "assume everything is
//! disallowed", which rinse reports as a fetch failure, and remembers only briefly
//! ([`UNAVAILABLE_TTL`]) so a site that recovers is crawled again soon.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use texting_robots::Robot;
use tokio::time::Instant;
use tracing::debug;

/// RFC 9309 asks crawlers to parse at least 500 KiB; the rest of a larger file is ignored.
pub const MAX_ROBOTS_BYTES: u64 = 500 * 1024;
/// How long an unavailable robots.txt (5xx, unreachable) keeps a host closed.
pub const UNAVAILABLE_TTL: Duration = Duration::from_secs(5 * 60);
/// Hosts whose robots.txt is remembered before expired entries are dropped.
pub const MAX_CACHED_HOSTS: usize = 10_000;

/// What robots.txt says about a host.
#[derive(Debug)]
pub enum RobotsRules {
    /// No usable file (4xx, or a file that cannot be parsed): everything is allowed.
    AllowAll,
    /// The parsed file.
    Rules(Box<Robot>),
    /// The file could not be fetched (5xx, 429, network error): nothing may be fetched.
    Unavailable(String),
}

/// The verdict for one URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    Disallowed,
    /// robots.txt was unavailable; the detail says why.
    Unavailable(String),
}

impl RobotsRules {
    /// Rules from a robots.txt body, for the crawler whose product token is `agent`.
    pub fn parse(agent: &str, body: &[u8]) -> RobotsRules {
        match Robot::new(agent, body) {
            Ok(robot) => RobotsRules::Rules(Box::new(robot)),
            Err(error) => {
                debug!(error = %error, "Unparseable robots.txt; treating it as absent.");
                RobotsRules::AllowAll
            }
        }
    }

    /// The rules a response status implies when there is no body to parse.
    pub fn from_status(status: u16) -> Option<RobotsRules> {
        match status {
            429 => Some(RobotsRules::Unavailable("robots.txt answered 429 Too Many Requests".to_owned())),
            400..=499 => Some(RobotsRules::AllowAll),
            500..=599 => Some(RobotsRules::Unavailable(format!("robots.txt answered HTTP {status}"))),
            _ => None,
        }
    }

    pub fn verdict(&self, url: &str) -> Verdict {
        match self {
            RobotsRules::AllowAll => Verdict::Allowed,
            RobotsRules::Rules(robot) if robot.allowed(&decode_unreserved(url)) => Verdict::Allowed,
            RobotsRules::Rules(_) => Verdict::Disallowed,
            RobotsRules::Unavailable(why) => Verdict::Unavailable(why.clone()),
        }
    }

    /// The `Crawl-delay` for our agent, if the file gives a usable one.
    pub fn crawl_delay(&self) -> Option<Duration> {
        match self {
            RobotsRules::Rules(robot) => {
                robot.delay.filter(|d| d.is_finite() && *d > 0.0).and_then(|d| Duration::try_from_secs_f32(d).ok())
            }
            _ => None,
        }
    }

    fn ttl(&self, normal: Duration) -> Duration {
        match self {
            RobotsRules::Unavailable(_) => UNAVAILABLE_TTL.min(normal),
            _ => normal,
        }
    }
}

/// robots.txt per origin, each kept for its time to live.
#[derive(Debug, Default)]
pub struct RobotsCache {
    entries: Mutex<HashMap<String, (Instant, Arc<RobotsRules>)>>,
}

impl RobotsCache {
    fn entries(&self) -> MutexGuard<'_, HashMap<String, (Instant, Arc<RobotsRules>)>> {
        self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The cached rules of `origin`, unless they expired.
    pub fn get(&self, origin: &str) -> Option<Arc<RobotsRules>> {
        let now = Instant::now();
        let entries = self.entries();
        entries.get(origin).filter(|(expires, _)| *expires > now).map(|(_, rules)| Arc::clone(rules))
    }

    /// Remember `rules` for `origin` for `ttl` (shorter for an unavailable file).
    pub fn insert(&self, origin: &str, rules: RobotsRules, ttl: Duration) -> Arc<RobotsRules> {
        let now = Instant::now();
        let ttl = rules.ttl(ttl);
        let rules = Arc::new(rules);
        let mut entries = self.entries();
        if entries.len() >= MAX_CACHED_HOSTS {
            entries.retain(|_, (expires, _)| *expires > now);
            if entries.len() >= MAX_CACHED_HOSTS {
                // Still full of live entries: start over rather than grow; at worst a few
                // robots.txt files are fetched again.
                entries.clear();
            }
        }
        entries.insert(origin.to_owned(), (now + ttl, Arc::clone(&rules)));
        rules
    }

    pub fn len(&self) -> usize {
        self.entries().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `url` with its percent-encoded unreserved characters (letters, digits, `-`, `.`, `_`,
/// `~`) decoded, as RFC 9309 (2.2.2) asks before a path is matched: `/%70rivate` is
/// `/private`. Other escapes (`%2F`, `%20`, bytes of non-ASCII letters) stay as they are.
fn decode_unreserved(url: &str) -> std::borrow::Cow<'_, str> {
    if !url.contains('%') {
        return std::borrow::Cow::Borrowed(url);
    }
    let bytes = url.as_bytes();
    let mut out = String::with_capacity(url.len());
    let mut at = 0;
    while at < bytes.len() {
        let decoded = (bytes[at] == b'%')
            .then(|| url.get(at + 1..at + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'));
        match decoded {
            Some(byte) => {
                out.push(char::from(byte));
                at += 3;
            }
            None => {
                let next = url[at..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&url[at..at + next]);
                at += next;
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_letters_do_not_get_past_a_rule() {
        let rules = RobotsRules::parse("rinse", b"User-agent: *\nDisallow: /private/\n");
        assert_eq!(rules.verdict("http://a.org/%70rivate/x"), Verdict::Disallowed);
        assert_eq!(rules.verdict("http://a.org/%70%72ivate/%41"), Verdict::Disallowed);
        // Escapes of reserved characters mean something else, and stay.
        assert_eq!(decode_unreserved("/a%2Fb%20c%C3%A9%7e"), "/a%2Fb%20c%C3%A9~");
        assert_eq!(decode_unreserved("/100%"), "/100%");
        assert_eq!(decode_unreserved("/é%4"), "/é%4");
    }

    #[test]
    fn rules_allow_and_disallow_by_path_for_our_agent() {
        let body = b"User-agent: rinse\nDisallow: /private\nAllow: /private/ok\nCrawl-delay: 2\n\n\
                     User-agent: *\nDisallow: /\n";
        let rules = RobotsRules::parse("rinse", body);
        assert_eq!(rules.verdict("http://a.org/news/1"), Verdict::Allowed);
        assert_eq!(rules.verdict("http://a.org/private/x"), Verdict::Disallowed);
        assert_eq!(rules.verdict("http://a.org/private/ok"), Verdict::Allowed);
        assert_eq!(rules.crawl_delay(), Some(Duration::from_secs(2)));
        // Another agent falls in the `*` group.
        assert_eq!(RobotsRules::parse("otherbot", body).verdict("http://a.org/news/1"), Verdict::Disallowed);
    }

    #[test]
    fn status_codes_follow_rfc_9309() {
        assert!(matches!(RobotsRules::from_status(404), Some(RobotsRules::AllowAll)));
        assert!(matches!(RobotsRules::from_status(403), Some(RobotsRules::AllowAll)));
        assert!(matches!(RobotsRules::from_status(503), Some(RobotsRules::Unavailable(_))));
        assert!(matches!(RobotsRules::from_status(429), Some(RobotsRules::Unavailable(_))));
        assert!(RobotsRules::from_status(200).is_none());
        let unavailable = RobotsRules::Unavailable("robots.txt answered HTTP 500".into());
        assert!(matches!(unavailable.verdict("http://a.org/"), Verdict::Unavailable(_)));
    }

    #[test]
    fn an_empty_or_garbage_file_allows_everything() {
        assert_eq!(RobotsRules::parse("rinse", b"").verdict("http://a.org/x"), Verdict::Allowed);
        let garbage = RobotsRules::parse("rinse", b"\xff\xfe<html><body>Not found</body></html>");
        assert_eq!(garbage.verdict("http://a.org/x"), Verdict::Allowed);
    }

    #[tokio::test]
    async fn cache_entries_expire_and_unavailable_ones_sooner() {
        let cache = RobotsCache::default();
        cache.insert("http://a:80", RobotsRules::AllowAll, Duration::from_secs(3600));
        cache.insert("http://b:80", RobotsRules::AllowAll, Duration::ZERO);
        assert!(cache.get("http://a:80").is_some());
        assert!(cache.get("http://b:80").is_none(), "expired");
        assert_eq!(RobotsRules::Unavailable(String::new()).ttl(Duration::from_secs(86400)), UNAVAILABLE_TTL);
    }

    #[tokio::test]
    async fn the_cache_stays_bounded() {
        let cache = RobotsCache::default();
        for n in 0..(MAX_CACHED_HOSTS + 5) {
            cache.insert(&format!("http://h{n}:80"), RobotsRules::AllowAll, Duration::from_secs(3600));
        }
        assert!(cache.len() <= MAX_CACHED_HOSTS);
    }
}
