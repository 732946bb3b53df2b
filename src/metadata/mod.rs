//! Metadata extraction: title, author, published date, site name, language, canonical URL.
//!
//! For HTML ([`from_html`]) the sources are tried in order of trust, and the first that
//! gives a usable value wins, field by field:
//! 1. JSON-LD (`<script type="application/ld+json">`, `@graph` and nested objects
//!    included): what the publisher declares for its article.
//! 2. OpenGraph, Twitter, Dublin Core and the other `<meta>` conventions
//!    (`article:published_time`, `name=author`, `parsely-*`, `itemprop`...).
//! 3. Markup in the page: `<time datetime>`, `rel=author`, `.byline` elements, `<h1>`.
//! 4. `<title>` with the site name stripped, and the host.
//!
//! The title is the headline a reader sees, so a visible `<h1>` that agrees with the
//! declared titles is preferred to them. For text dumps ([`from_dump`]) the first lines
//! stand in for `<head>`, and bylines and datelines near the top give author and date.
//! Container metadata (JSONL fields, WARC headers) comes before all of this; the caller
//! merges with [`crate::model::PageMeta::fill_from`].

pub mod author;
pub mod byline;
pub mod date;
pub mod dump;
pub mod html;
mod jsonld;
pub mod language;
pub mod title;
pub(crate) mod visible;

#[cfg(test)]
mod bench;

pub use author::clean_author;
pub use byline::{LineKind, LineMeta, recognise};
pub use date::{NumericOrder, find_date, parse_date, parse_date_with};
pub use dump::from_dump;
pub use html::from_html;
pub use language::{detect_language, normalize_tag};
pub use title::{SplitTitle, strip_site_affix};
