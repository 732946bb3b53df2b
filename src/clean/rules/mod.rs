//! The registry of block rules. The order of `RULES` is the order they run in: an earlier
//! rule's verdict on a block stands.

mod body;
mod byline;
mod dateline;
mod nav_list;
mod related_headlines;
#[cfg(test)]
pub(crate) mod testing;

use crate::clean::rule::Rule;

/// Every block rule, in execution order: specific wording first, then structure.
pub(crate) static RULES: &[&dyn Rule] =
    &[&byline::Byline, &dateline::Dateline, &related_headlines::RelatedHeadlines, &nav_list::NavList];

/// Every block rule, in execution order.
pub fn all() -> &'static [&'static dyn Rule] {
    RULES
}
