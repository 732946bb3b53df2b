//! Metadata extraction: title, author, published date, site name, language, canonical URL.

pub mod date;
