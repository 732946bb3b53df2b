//! Fetch settings and the sources file (`sources.toml`).
//!
//! [`SourcesFile`] is the file as written (serde, unknown keys rejected); [`SourcesFile::load`]
//! validates it into [`Sources`]: typed [`FetchSettings`] and a list of [`Source`]s, each with a
//! parsed [`Schedule`]. Every error names the file and the key.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Local, Utc};
use ipnet::IpNet;
use serde::Deserialize;
use url::Url;

/// Default user agent: the program and version, and where to read about it.
pub const DEFAULT_USER_AGENT: &str =
    concat!("rinse/", env!("CARGO_PKG_VERSION"), " (boilerplate-stripping fetcher; +https://crates.io/crates/rinse)");
pub const DEFAULT_CONCURRENCY: usize = 8;
pub const DEFAULT_PER_HOST_CONNECTIONS: usize = 1;
pub const DEFAULT_PER_HOST_DELAY: Duration = Duration::from_secs(1);
/// The most a robots.txt `Crawl-delay` may slow one host down.
pub const DEFAULT_MAX_CRAWL_DELAY: Duration = Duration::from_secs(30);
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The whole of one request (headers and body) must arrive within this.
pub const DEFAULT_FETCH_TIMEOUT: Duration = Duration::from_secs(30);
/// The largest page body, counted after decompression.
pub const DEFAULT_MAX_BODY_BYTES: u64 = 10 * 1024 * 1024;
/// The largest sitemap, after decompression (the sitemap protocol allows 50 MB).
pub const DEFAULT_MAX_SITEMAP_BYTES: u64 = 50 * 1024 * 1024;
/// Sitemap indexes may not nest (the protocol says so), but some do once; deeper is refused.
pub const DEFAULT_MAX_SITEMAP_DEPTH: u32 = 2;
/// The most page URLs one source may queue in one run.
pub const DEFAULT_MAX_URLS_PER_SOURCE: usize = 10_000;
/// The issue fixes it: at most 5 redirects, each re-checked.
pub const MAX_REDIRECTS: u32 = 5;
pub const DEFAULT_MAX_RETRIES: u32 = 3;
pub const DEFAULT_RETRY_BASE_DELAY: Duration = Duration::from_secs(1);
/// A `Retry-After` longer than this is not waited for: the fetch gives up and says why.
pub const DEFAULT_MAX_RETRY_AFTER: Duration = Duration::from_secs(120);
/// How long a fetched robots.txt is trusted.
pub const DEFAULT_ROBOTS_TTL: Duration = Duration::from_secs(24 * 60 * 60);
/// Upper bounds that keep a typo from becoming a denial of service on someone's site.
const MAX_CONCURRENCY: usize = 256;
const MAX_PER_HOST_CONNECTIONS: usize = 16;

/// How rinse fetches: limits, politeness and safety. Shared by `rinse fetch` and `rinse run`.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchSettings {
    /// Sent with every request; should name a way to reach whoever runs rinse.
    pub user_agent: String,
    /// Requests in flight at once, over all hosts.
    pub concurrency: usize,
    /// Requests in flight at once to one host (scheme, name and port).
    pub per_host_connections: usize,
    /// Pause between the end of one request to a host and the start of the next.
    pub per_host_delay: Duration,
    /// The largest robots.txt `Crawl-delay` honoured; larger ones are cut to this.
    pub max_crawl_delay: Duration,
    pub connect_timeout: Duration,
    /// Deadline for one request: connecting, headers and the whole body.
    pub fetch_timeout: Duration,
    /// The largest page body, after decompression.
    pub max_body_bytes: u64,
    /// The largest feed or sitemap body, after decompression.
    pub max_sitemap_bytes: u64,
    /// How deep sitemap indexes may nest (1: an index of sitemaps).
    pub max_sitemap_depth: u32,
    /// Page URLs one source (a feed or sitemap) may queue per run.
    pub max_urls_per_source: usize,
    /// Redirects followed per fetch (at most [`MAX_REDIRECTS`]).
    pub max_redirects: u32,
    /// Retries after the first attempt, on connection errors, 429 and 5xx.
    pub max_retries: u32,
    /// First retry delay; doubled on each further retry, with jitter.
    pub retry_base_delay: Duration,
    /// The longest `Retry-After` waited for.
    pub max_retry_after: Duration,
    /// How long a robots.txt is cached per host.
    pub robots_ttl: Duration,
    /// Networks that may be fetched although they are loopback, private, link-local, etc.
    pub allow_private_networks: Vec<IpNet>,
}

impl Default for FetchSettings {
    fn default() -> Self {
        FetchSettings {
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            concurrency: DEFAULT_CONCURRENCY,
            per_host_connections: DEFAULT_PER_HOST_CONNECTIONS,
            per_host_delay: DEFAULT_PER_HOST_DELAY,
            max_crawl_delay: DEFAULT_MAX_CRAWL_DELAY,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            fetch_timeout: DEFAULT_FETCH_TIMEOUT,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_sitemap_bytes: DEFAULT_MAX_SITEMAP_BYTES,
            max_sitemap_depth: DEFAULT_MAX_SITEMAP_DEPTH,
            max_urls_per_source: DEFAULT_MAX_URLS_PER_SOURCE,
            max_redirects: MAX_REDIRECTS,
            max_retries: DEFAULT_MAX_RETRIES,
            retry_base_delay: DEFAULT_RETRY_BASE_DELAY,
            max_retry_after: DEFAULT_MAX_RETRY_AFTER,
            robots_ttl: DEFAULT_ROBOTS_TTL,
            allow_private_networks: Vec::new(),
        }
    }
}

/// The product token robots.txt groups are matched against: the user agent up to the first
/// `/` or space (`rinse/0.1 (+https://...)` → `rinse`).
pub fn robots_agent(user_agent: &str) -> &str {
    let token = user_agent.split(['/', ' ']).next().unwrap_or_default();
    if token.is_empty() { "rinse" } else { token }
}

/// Parse a network such as `127.0.0.1/32`, `10.0.0.0/8` or `::1/128`; a bare address means
/// that one address.
pub fn parse_network(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    if let Ok(net) = IpNet::from_str(text) {
        return Ok(net);
    }
    std::net::IpAddr::from_str(text)
        .map(IpNet::from)
        .map_err(|_| format!("`{text}` is not a network (expected CIDR such as 127.0.0.1/32 or fd00::/8)"))
}

/// Parse a duration such as `500ms`, `1s`, `30m`, `1h 30m`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    humantime::parse_duration(text.trim())
        .map_err(|e| format!("`{text}` is not a duration ({e}; examples: \"500ms\", \"30s\", \"30m\", \"6h\")"))
}

/// When a source is due: a fixed interval after its last run, or a cron pattern.
#[derive(Debug, Clone)]
pub enum Schedule {
    Every(Duration),
    /// A 5-field cron pattern (minute hour day-of-month month day-of-week), in local time.
    Cron(Box<croner::Cron>, String),
}

/// The longest wait a cron pattern may give between runs, in days: eight years, as for a
/// leap day past a century year that has none.
const MAX_CRON_GAP_DAYS: i64 = 8 * 366;

/// The shortest interval between runs of one source: anything faster is a mistake.
pub const MIN_EVERY: Duration = Duration::from_secs(1);

impl Schedule {
    /// The first time the source is due after a run that started at `last_start`.
    pub fn next_after(&self, last_start: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self {
            Schedule::Every(every) => chrono::Duration::from_std(*every).ok().map(|d| last_start + d),
            Schedule::Cron(cron, _) => {
                let local = last_start.with_timezone(&Local);
                cron.find_next_occurrence(&local, false).ok().map(|t| t.with_timezone(&Utc))
            }
        }
    }

    /// A short description: `every 30m` or `cron 0 3 * * *`.
    pub fn describe(&self) -> String {
        match self {
            Schedule::Every(every) => format!("every {}", humantime::format_duration(*every)),
            Schedule::Cron(_, pattern) => format!("cron {pattern}"),
        }
    }

    fn parse_cron(pattern: &str) -> Result<Schedule, String> {
        let fields = pattern.split_whitespace().count();
        if fields != 5 {
            return Err(format!(
                "`{pattern}` has {fields} fields; a cron schedule has 5: minute hour day-of-month month day-of-week"
            ));
        }
        let cron = croner::Cron::from_str(pattern).map_err(|e| {
            format!(
                "`{pattern}` is not a cron pattern: {e} (fields: minute 0-59, hour 0-23, day-of-month 1-31, \
                 month 1-12, day-of-week 0-6)"
            )
        })?;
        let schedule = Schedule::Cron(Box::new(cron), pattern.trim().to_owned());
        // `0 0 31 2 *` parses, but no February has a 31st: the source would run once and
        // never again. A leap day comes at most eight years apart.
        let now = Utc::now();
        match schedule.next_after(now) {
            Some(next) if next - now <= chrono::Duration::days(MAX_CRON_GAP_DAYS) => Ok(schedule),
            _ => Err(format!("`{pattern}` never falls due (no such date comes within eight years)")),
        }
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// One source to fetch on a schedule.
#[derive(Debug, Clone)]
pub struct Source {
    /// Unique within the file; the key of its schedule state in the database.
    pub name: String,
    /// A page, feed or sitemap URL (which one is found from the content).
    pub url: Url,
    pub schedule: Schedule,
}

/// A validated sources file.
#[derive(Debug, Clone)]
pub struct Sources {
    pub path: PathBuf,
    pub settings: FetchSettings,
    pub sources: Vec<Source>,
}

/// `sources.toml` as written. See `config/sources.example.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub settings: SettingsFile,
    #[serde(default, rename = "source")]
    pub sources: Vec<SourceFile>,
}

/// The `[settings]` table: every key optional, defaults as in [`FetchSettings::default`].
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsFile {
    pub user_agent: Option<String>,
    pub concurrency: Option<usize>,
    pub per_host_connections: Option<usize>,
    pub per_host_delay: Option<String>,
    pub max_crawl_delay: Option<String>,
    pub connect_timeout: Option<String>,
    pub fetch_timeout: Option<String>,
    pub max_body_bytes: Option<u64>,
    pub max_sitemap_bytes: Option<u64>,
    pub max_sitemap_depth: Option<u32>,
    pub max_urls_per_source: Option<usize>,
    pub max_redirects: Option<u32>,
    pub max_retries: Option<u32>,
    pub retry_base_delay: Option<String>,
    pub max_retry_after: Option<String>,
    pub robots_ttl: Option<String>,
    pub allow_private_networks: Option<Vec<String>>,
}

/// One `[[source]]` table.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    pub name: Option<String>,
    pub url: String,
    pub every: Option<String>,
    pub cron: Option<String>,
}

/// A mistake in a sources file, naming the file and the key.
#[derive(Debug, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
}

impl SourcesFile {
    /// Read, parse and validate a sources file.
    pub fn load(path: &Path) -> Result<Sources, ConfigError> {
        let error = |message: String| ConfigError { path: path.to_owned(), message };
        let text = std::fs::read_to_string(path).map_err(|e| error(format!("cannot read the file: {e}")))?;
        let file: SourcesFile = toml::from_str(&text).map_err(|e| error(e.to_string().trim_end().to_owned()))?;
        file.validate(path)
    }

    /// Check every value and build [`Sources`].
    pub fn validate(self, path: &Path) -> Result<Sources, ConfigError> {
        let error = |message: String| ConfigError { path: path.to_owned(), message };
        let settings = self.settings.validate().map_err(error)?;
        let mut names = HashSet::new();
        let mut sources = Vec::with_capacity(self.sources.len());
        for (index, source) in self.sources.into_iter().enumerate() {
            let source = source.validate(index).map_err(error)?;
            if !names.insert(source.name.clone()) {
                return Err(error(format!(
                    "source `{}` appears twice; give each [[source]] its own `name`",
                    source.name
                )));
            }
            sources.push(source);
        }
        Ok(Sources { path: path.to_owned(), settings, sources })
    }
}

impl SettingsFile {
    /// Apply the file's values over the defaults, checking each.
    pub fn validate(self) -> Result<FetchSettings, String> {
        let mut s = FetchSettings::default();
        let duration = |key: &str, value: Option<String>, slot: &mut Duration| -> Result<(), String> {
            if let Some(text) = value {
                *slot = parse_duration(&text).map_err(|e| format!("settings.{key}: {e}"))?;
            }
            Ok(())
        };
        if let Some(agent) = self.user_agent {
            let agent = agent.trim().to_owned();
            if !(agent.contains("http://") || agent.contains("https://") || agent.contains("mailto:")) {
                return Err(format!(
                    "settings.user_agent: `{agent}` has no contact; add a URL or mailto: where site owners can \
                     reach you, e.g. \"rinse/0.1 (+https://example.org/about-our-crawler)\""
                ));
            }
            if agent.chars().any(|c| c.is_control()) {
                return Err("settings.user_agent: control characters are not allowed".to_owned());
            }
            s.user_agent = agent;
        }
        if let Some(n) = self.concurrency {
            if n == 0 || n > MAX_CONCURRENCY {
                return Err(format!("settings.concurrency: {n} is out of range (1 to {MAX_CONCURRENCY})"));
            }
            s.concurrency = n;
        }
        if let Some(n) = self.per_host_connections {
            if n == 0 || n > MAX_PER_HOST_CONNECTIONS {
                return Err(format!(
                    "settings.per_host_connections: {n} is out of range (1 to {MAX_PER_HOST_CONNECTIONS})"
                ));
            }
            s.per_host_connections = n;
        }
        duration("per_host_delay", self.per_host_delay, &mut s.per_host_delay)?;
        duration("max_crawl_delay", self.max_crawl_delay, &mut s.max_crawl_delay)?;
        duration("connect_timeout", self.connect_timeout, &mut s.connect_timeout)?;
        duration("fetch_timeout", self.fetch_timeout, &mut s.fetch_timeout)?;
        duration("retry_base_delay", self.retry_base_delay, &mut s.retry_base_delay)?;
        duration("max_retry_after", self.max_retry_after, &mut s.max_retry_after)?;
        duration("robots_ttl", self.robots_ttl, &mut s.robots_ttl)?;
        for (key, value) in [("connect_timeout", s.connect_timeout), ("fetch_timeout", s.fetch_timeout)] {
            if value.is_zero() {
                return Err(format!("settings.{key}: must be longer than zero"));
            }
        }
        if let Some(n) = self.max_body_bytes {
            if n == 0 {
                return Err("settings.max_body_bytes: must be at least 1".to_owned());
            }
            s.max_body_bytes = n;
        }
        if let Some(n) = self.max_sitemap_bytes {
            if n == 0 {
                return Err("settings.max_sitemap_bytes: must be at least 1".to_owned());
            }
            s.max_sitemap_bytes = n;
        }
        if let Some(n) = self.max_sitemap_depth {
            s.max_sitemap_depth = n;
        }
        if let Some(n) = self.max_urls_per_source {
            s.max_urls_per_source = n;
        }
        if let Some(n) = self.max_redirects {
            if n > MAX_REDIRECTS {
                return Err(format!("settings.max_redirects: {n} is more than the limit of {MAX_REDIRECTS}"));
            }
            s.max_redirects = n;
        }
        if let Some(n) = self.max_retries {
            s.max_retries = n;
        }
        if let Some(networks) = self.allow_private_networks {
            s.allow_private_networks = networks
                .iter()
                .map(|n| parse_network(n))
                .collect::<Result<_, _>>()
                .map_err(|e| format!("settings.allow_private_networks: {e}"))?;
        }
        Ok(s)
    }
}

impl SourceFile {
    fn validate(self, index: usize) -> Result<Source, String> {
        let label = match &self.name {
            Some(name) => format!("source `{name}`"),
            None => format!("source #{} ({})", index + 1, self.url),
        };
        let url = check_url(&self.url).map_err(|e| format!("{label}: url: {e}"))?;
        let name = self.name.map(|n| n.trim().to_owned()).unwrap_or_else(|| url.to_string());
        if name.is_empty() {
            return Err(format!("{label}: name: must not be empty"));
        }
        let schedule = match (self.every, self.cron) {
            (Some(_), Some(_)) => return Err(format!("{label}: both `every` and `cron` are set; give one")),
            (None, None) => {
                return Err(format!("{label}: no schedule; add `every = \"30m\"` or `cron = \"0 * * * *\"`"));
            }
            (Some(every), None) => {
                let every = parse_duration(&every).map_err(|e| format!("{label}: every: {e}"))?;
                if every < MIN_EVERY {
                    return Err(format!("{label}: every: must be at least 1s"));
                }
                Schedule::Every(every)
            }
            (None, Some(cron)) => Schedule::parse_cron(&cron).map_err(|e| format!("{label}: cron: {e}"))?,
        };
        Ok(Source { name, url, schedule })
    }
}

/// A URL rinse may fetch: absolute, http or https, with a host.
pub fn check_url(text: &str) -> Result<Url, String> {
    let url = Url::parse(text.trim()).map_err(|e| format!("`{text}` is not a URL ({e})"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("`{text}`: only http and https URLs can be fetched"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("`{text}` has no host"));
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Sources, ConfigError> {
        let file: SourcesFile =
            toml::from_str(text).map_err(|e| ConfigError { path: "t.toml".into(), message: e.to_string() })?;
        file.validate(Path::new("t.toml"))
    }

    #[test]
    fn the_example_file_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/sources.example.toml");
        let sources = SourcesFile::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(!sources.sources.is_empty());
        assert!(sources.settings.user_agent.contains("https://"));
        // The example shows the defaults, so it documents them truthfully.
        let defaults = FetchSettings { user_agent: sources.settings.user_agent.clone(), ..FetchSettings::default() };
        assert_eq!(sources.settings, defaults);
    }

    #[test]
    fn defaults_apply_and_values_override_them() {
        let sources = load(
            r#"
            [settings]
            user_agent = "bot/1 (+https://example.org/bot)"
            per_host_delay = "250ms"
            allow_private_networks = ["127.0.0.1/32", "::1"]
            [[source]]
            name = "blog"
            url = "https://example.org/feed.xml"
            every = "30m"
            [[source]]
            url = "https://example.org/sitemap.xml"
            cron = "0 3 * * *"
            "#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let s = &sources.settings;
        assert_eq!(s.per_host_delay, Duration::from_millis(250));
        assert_eq!(s.max_body_bytes, DEFAULT_MAX_BODY_BYTES);
        assert_eq!(s.allow_private_networks.len(), 2);
        assert_eq!(sources.sources[0].schedule.describe(), "every 30m");
        assert_eq!(sources.sources[1].name, "https://example.org/sitemap.xml", "the URL names an unnamed source");
        assert_eq!(sources.sources[1].schedule.describe(), "cron 0 3 * * *");
    }

    #[test]
    fn a_misspelt_key_is_named() {
        let err = load("[settings]\nconcurency = 4\n").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("concurency"), "{err}");
        let err = load("[[source]]\nurl = \"https://a.org/\"\nevery = \"1h\"\nschedule = \"x\"\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("schedule"), "{err}");
    }

    #[test]
    fn bad_values_are_named_with_their_key() {
        let cases = [
            ("[settings]\nper_host_delay = \"soon\"\n", "settings.per_host_delay"),
            ("[settings]\nuser_agent = \"bot/1\"\n", "settings.user_agent"),
            ("[settings]\nallow_private_networks = [\"10.0.0.0/33\"]\n", "settings.allow_private_networks"),
            ("[settings]\nmax_redirects = 9\n", "settings.max_redirects"),
            ("[[source]]\nname = \"a\"\nurl = \"ftp://a.org/\"\nevery = \"1h\"\n", "source `a`: url"),
            ("[[source]]\nname = \"a\"\nurl = \"https://a.org/\"\n", "no schedule"),
            ("[[source]]\nname = \"a\"\nurl = \"https://a.org/\"\nevery = \"1h\"\ncron = \"* * * * *\"\n", "both"),
            ("[[source]]\nname = \"a\"\nurl = \"https://a.org/\"\ncron = \"0 0 3 * * *\"\n", "has 6 fields"),
            ("[[source]]\nname = \"a\"\nurl = \"https://a.org/\"\ncron = \"99 * * * *\"\n", "minute 0-59"),
            ("[[source]]\nname = \"a\"\nurl = \"https://a.org/\"\ncron = \"0 0 31 2 *\"\n", "never falls due"),
            (
                "[[source]]\nname = \"a\"\nurl = \"https://a.org/\"\nevery = \"1h\"\n[[source]]\nname = \"a\"\nurl = \"https://b.org/\"\nevery = \"1h\"\n",
                "appears twice",
            ),
        ];
        for (text, expected) in cases {
            let err = load(text).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(err.contains(expected), "{text:?} gave {err:?}");
            assert!(err.starts_with("t.toml: "), "{err}");
        }
    }

    #[test]
    fn schedules_give_the_next_due_time() {
        let start = DateTime::parse_from_rfc3339("2026-11-22T10:00:00Z").map(|t| t.with_timezone(&Utc));
        let start = start.unwrap_or_else(|e| panic!("{e}"));
        let every = Schedule::Every(Duration::from_secs(1800));
        assert_eq!(every.next_after(start).map(|t| t.to_rfc3339()), Some("2026-11-22T10:30:00+00:00".into()));
        // A leap day comes round: no error.
        assert!(Schedule::parse_cron("0 0 29 2 *").is_ok());
        let Ok(Schedule::Cron(cron, _)) = Schedule::parse_cron("*/15 * * * *") else { panic!("cron") };
        let next = Schedule::Cron(cron, String::new()).next_after(start).unwrap_or_else(|| panic!("next"));
        assert_eq!((next - start).num_minutes(), 15);
    }

    #[test]
    fn networks_and_agents() {
        assert_eq!(parse_network("127.0.0.1").map(|n| n.to_string()), Ok("127.0.0.1/32".into()));
        assert!(parse_network("localhost").is_err());
        assert_eq!(robots_agent("rinse/0.1 (+https://x.org)"), "rinse");
        assert_eq!(robots_agent("MyBot"), "MyBot");
    }
}
