//! The normaliser: clean paragraphs and metadata in, a storable [`NewDocument`] out.
