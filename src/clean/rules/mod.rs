//! The registry of block rules. The order of `RULES` is the order they run in: an earlier
//! rule's verdict on a block stands.

use crate::clean::rule::Rule;

mod byline;
mod dateline;

/// Every block rule, in execution order.
pub(crate) static RULES: &[&dyn Rule] = &[&byline::Byline, &dateline::Dateline];
