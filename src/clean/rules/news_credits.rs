//! `news_credits`: the production notes news agencies and papers put at an article's end:
//! who reported, wrote and edited it ("(Reporting by Will Dunham; Editing by Tom Brown)",
//! "Additional reporting by Joseph Hudak"), and in Chinese papers the editor in charge and
//! the story's original headline ("（责任编辑：张伟）", "（原标题：…）") and the end mark
//! "（完）". Only a whole block that opens with such a label goes. An English label must be
//! followed by a name (a capital): "Reporting by the ministry's own auditors found…" is a
//! sentence of the text.

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::word_count_up_to;
use crate::model::RuleId;

/// Longest credit (words): a list of names, not a paragraph.
const MAX_CREDIT_WORDS: usize = 40;
/// Longest unbracketed English credit (words).
const MAX_BARE_CREDIT_WORDS: usize = 15;

/// English labels, lower case, each followed by the names it credits.
const ENGLISH_LABELS: &[&str] =
    &["reporting by", "additional reporting by", "editing by", "writing by", "reporting and writing by"];

/// Chinese labels, each followed by a colon and a name or a headline.
const CHINESE_LABELS: &[&str] = &["责任编辑", "責任編輯", "原标题", "原標題", "编辑", "編輯", "校对", "校對"];

/// End marks of Chinese agency copy.
const END_MARKS: &[&str] = &["（完）", "(完)", "【完】"];

/// Opening brackets a credit may stand in.
const OPENING: &[char] = &['(', '（', '[', '【'];

/// The rule's id.
pub const NEWS_CREDITS: RuleId = RuleId("news_credits");

/// Removes reporting, editing and original-headline notes.
pub struct NewsCredits;

impl Rule for NewsCredits {
    fn id(&self) -> RuleId {
        NEWS_CREDITS
    }

    fn describe(&self) -> &'static str {
        "News production notes at an article's end: \"(Reporting by Will Dunham; Editing by Tom Brown)\", \"Additional reporting by …\", \"（责任编辑：张伟）\", \"（原标题：…）\", \"（完）\"."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        for block in blocks.iter_mut().filter(|b| !b.is_removed()) {
            if is_credit(&block.text) {
                block.remove(self.id());
            }
        }
    }
}

fn is_credit(text: &str) -> bool {
    let text = text.trim();
    if END_MARKS.contains(&text) {
        return true;
    }
    let bracketed = text.starts_with(OPENING);
    let inner = text.trim_start_matches(OPENING).trim_start();
    (english_credit(inner, bracketed) || chinese_credit(inner, bracketed))
        && word_count_up_to(text, MAX_CREDIT_WORDS) <= MAX_CREDIT_WORDS
}

/// `Reporting by Name…`: a label, then a capital. Unbracketed, only a short line.
fn english_credit(inner: &str, bracketed: bool) -> bool {
    ENGLISH_LABELS.iter().any(|label| {
        inner.get(..label.len()).is_some_and(|head| head.eq_ignore_ascii_case(label))
            && inner[label.len()..].trim_start().starts_with(char::is_uppercase)
            && (bracketed || word_count_up_to(inner, MAX_BARE_CREDIT_WORDS) <= MAX_BARE_CREDIT_WORDS)
    })
}

/// `责任编辑：张伟`: a label and a colon. The original headline only in brackets, as papers
/// print it; "编辑" and "校对" alone only as a short line (an editor's name).
fn chinese_credit(inner: &str, bracketed: bool) -> bool {
    CHINESE_LABELS.iter().any(|label| {
        let Some(rest) = inner.strip_prefix(label) else { return false };
        let Some(value) = rest.trim_start().strip_prefix([':', '：']) else { return false };
        let value = value.trim().trim_end_matches([')', '）', ']', '】']);
        let short = value.chars().count() <= MAX_NAME_CHARS;
        !value.is_empty() && (bracketed || (short && !label.starts_with('原')))
    })
}

/// Most characters of the names after an unbracketed Chinese label.
const MAX_NAME_CHARS: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::assert_lines;

    #[test]
    fn removes_reporting_and_editing_notes() {
        assert_lines(
            &NewsCredits,
            &[
                "(Reporting by Will Dunham; Editing by Tom Brown)",
                "Additional reporting by Joseph Hudak",
                "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly",
                "[Writing by Jane Doe]",
                "（责任编辑：张伟）",
                "责任编辑：王强",
                "（原标题：余杭乡村民宿上半年接待游客86万人次）",
                "【責任編輯：李明】",
                "（完）",
                // A name with accents where a fixed-width cut would fall inside a letter.
                "(Reporting by Jürgen Böhm and Ángel Peña; Editing by Zoë Müller)",
            ],
            &[
                "Reporting by the ministry's own auditors found that the figures were wrong.",
                "Editing by hand is slow, the editors said, and the agency will buy new software next year to do it.",
                "原标题：余杭乡村民宿上半年接待游客86万人次",
                "编辑部的意见是，这个问题需要进一步研究，并在下个月的会议上讨论。",
                "Reporting",
                "完",
            ],
        );
    }
}
