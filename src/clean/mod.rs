//! The cleaner: turns a decoded page into blocks, removes the boilerplate, and keeps the
//! main text, recording which rule removed what.

pub mod block;
pub mod rule;
pub mod rules;
pub mod shape;
pub mod vocab;
