//! The registry of block rules. The order of `RULES` is the order they run in: an earlier
//! rule's verdict on a block stands.
//!
//! Each rule lives in its own file, named after its id (`cookie_banner.rs` holds
//! `CookieBanner`, whose id is `"cookie_banner"`), with its word lists at the top and its
//! keep/remove tests at the bottom. The wording rules are built for precision: they remove a
//! block only when the block *is* the furniture (a label, a prompt, a notice), never because
//! it mentions a word, since a wrong removal deletes real text while a missed one may still be
//! caught by the content scorer. Their vocabulary covers English, German, French, Spanish,
//! Italian, Portuguese, Dutch, Russian, Chinese and Japanese, with shared lists in
//! [`crate::clean::vocab`].
//!
//! Order: the most specific rules first, so that a block that is, say, a comment-form notice
//! is credited to `comment_section` rather than to a broader rule. `read_more` comes last:
//! besides its labels it removes the link lists under them, and should pass over blocks the
//! other rules have already claimed rather than claim them. Rules that turn a block into
//! metadata (bylines, datelines) belong before `title_repeat` and `reading_time`, which would
//! otherwise claim a dump's first line or a "Dec 12, 2025 · 11 min read" line first.
//!
//! Cost: every rule looks at a block's length first and at most a few bytes of its start
//! (see [`crate::clean::vocab::Lexicon`]); whole-text searches are gated and SIMD-backed.

mod body;
mod byline;
mod dateline;
mod nav_list;
mod related_headlines;
#[cfg(test)]
pub(crate) mod testing;

use crate::clean::rule::Rule;

mod advertisement;
mod author_bio;
mod comment_section;
mod comment_thread;
mod cookie_banner;
mod forum_furniture;
mod legal_notice;
mod link_references;
mod media_furniture;
mod news_credits;
mod photo_caption;
mod post_actions;
mod post_navigation;
mod post_taxonomy;
mod read_more;
mod reading_time;
mod share_prompt;
mod shop_buttons;
mod testimonials;
mod title_repeat;
mod ui_furniture;

pub(crate) use byline::recognise_blocks;

pub use advertisement::{ADVERTISEMENT, Advertisement};
pub use comment_section::{COMMENT_SECTION, CommentSection, is_comment_button};
pub use cookie_banner::CookieBanner;
pub(crate) use cookie_banner::is_banner as is_cookie_banner;
pub use legal_notice::LegalNotice;
pub use link_references::{LINK_REFERENCES, references_start};
pub use media_furniture::{MEDIA_FURNITURE, MediaFurniture};
pub use photo_caption::PHOTO_CAPTION;
pub use post_actions::POST_ACTIONS;
pub use post_taxonomy::{POST_TAXONOMY, PostTaxonomy};
pub use read_more::{READ_MORE, ReadMore};
pub use reading_time::ReadingTime;
pub use share_prompt::SharePrompt;
pub(crate) use share_prompt::is_share_prompt;
pub use shop_buttons::SHOP_BUTTONS;
pub use title_repeat::{TITLE_REPEAT, TitleRepeat};
pub use ui_furniture::UiFurniture;
pub(crate) use ui_furniture::is_ui_furniture;

/// Every block rule, in execution order.
pub(crate) static RULES: &[&dyn Rule] = &[
    &link_references::LinkReferences,
    &forum_furniture::ForumFurniture,
    &post_actions::PostActions,
    &shop_buttons::ShopButtons,
    &byline::Byline,
    &dateline::Dateline,
    &TitleRepeat,
    &CookieBanner,
    &CommentSection,
    &comment_thread::CommentThread,
    &author_bio::AuthorBio,
    &ReadingTime,
    &LegalNotice,
    &news_credits::NewsCredits,
    &Advertisement,
    &MediaFurniture,
    &photo_caption::PhotoCaption,
    &UiFurniture,
    &PostTaxonomy,
    &SharePrompt,
    &post_navigation::PostNavigation,
    &ReadMore,
    &testimonials::Testimonials,
    &related_headlines::RelatedHeadlines,
    &nav_list::NavList,
];

/// Every block rule, in execution order.
pub fn all() -> &'static [&'static dyn Rule] {
    RULES
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::testing::dump;
    use super::*;
    use crate::clean::block::Verdict;

    #[test]
    fn rule_ids_are_unique_snake_case_and_named_after_their_files() {
        let mut seen = HashSet::new();
        for rule in RULES {
            let id = rule.id().as_str();
            assert!(seen.insert(id), "duplicate rule id {id}");
            assert!(
                !id.is_empty()
                    && id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                    && !id.contains("__")
                    && !id.ends_with('_'),
                "rule id {id} is not snake_case"
            );
            let path = format!("{}/src/clean/rules/{id}.rs", env!("CARGO_MANIFEST_DIR"));
            assert!(std::path::Path::new(&path).is_file(), "rule {id} is not in {path}");
            assert!(!rule.describe().is_empty(), "rule {id} has no description");
        }
    }

    #[test]
    fn every_rule_file_is_registered() {
        let dir = format!("{}/src/clean/rules", env!("CARGO_MANIFEST_DIR"));
        let registered: HashSet<&str> = RULES.iter().map(|r| r.id().as_str()).collect();
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(stem) = name.strip_suffix(".rs") else {
                continue;
            };
            // Helpers of the rules, not rules.
            if !matches!(stem, "mod" | "body" | "testing") {
                assert!(registered.contains(stem), "{name} is not in RULES");
            }
        }
    }

    /// All rules together over a synthetic dump: the boilerplate goes, every article line
    /// stays. The fixture marks the lines that must be removed with a leading `-`.
    #[test]
    fn all_rules_keep_the_article_and_remove_the_furniture() {
        let fixture = include_str!("../../../fixtures/rules/mixed_dump.txt");
        let mut expected_removed = HashSet::new();
        let mut text = String::new();
        for line in fixture.lines() {
            match line.strip_prefix("- ") {
                Some(furniture) => {
                    expected_removed.insert(furniture.to_string());
                    text.push_str(furniture);
                }
                None => text.push_str(line),
            }
            text.push('\n');
        }
        let mut blocks = dump(&text);
        let title = blocks.first().map(|b| b.text.clone());
        let mut meta = crate::model::PageMeta::default();
        let mut cx = crate::clean::rule::RuleContext::new(crate::model::InputKind::Text, &mut meta);
        cx.title = title.as_deref();
        for rule in RULES {
            rule.apply(&mut blocks, &mut cx);
        }
        for block in &blocks {
            let should_go = expected_removed.contains(&block.text);
            match block.verdict {
                Verdict::Remove(rule) => {
                    assert!(should_go, "{rule} removed article text {:?}", block.text)
                }
                _ => assert!(!should_go, "no rule removed {:?}", block.text),
            }
        }
    }
}
