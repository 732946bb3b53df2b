//! Datelines standing alone (`Published: December 6, 2016 9:28 PM IST`, `06 December,
//! 2016`, `Publié le 6 décembre 2016 à 21h28`, `New Delhi, News Nation Bureau | Updated :
//! 19 November 2019, 09:01 AM`): removed from the body, their date kept as metadata. A
//! sentence that starts with a place dateline (`Moscow, Dec 6: Russia's top diplomat...`)
//! or mentions a date is body text and stays.

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::rules::byline::remove_lines_of_kind;
use crate::metadata::byline::LineKind;
use crate::model::RuleId;

/// Removes short blocks that only give a date (with a label, place or section beside it).
pub struct Dateline;

impl Rule for Dateline {
    fn id(&self) -> RuleId {
        RuleId("dateline")
    }

    fn describe(&self) -> &'static str {
        "Short standalone datelines (\"Published: December 6, 2016\", \"Veröffentlicht am 6. Dezember 2016\"); their date becomes metadata."
    }

    fn apply(&self, blocks: &mut [Block], cx: &mut RuleContext<'_>) {
        remove_lines_of_kind(blocks, cx, LineKind::Dateline, self.id());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::BlockKind;
    use crate::model::{InputKind, PageMeta};

    fn run(text: &str) -> (bool, Option<String>) {
        let mut blocks = vec![Block::new(text, BlockKind::Line)];
        let mut meta = PageMeta::default();
        let mut cx = RuleContext::new(InputKind::Text, &mut meta);
        Dateline.apply(&mut blocks, &mut cx);
        (blocks[0].is_removed(), meta.published)
    }

    #[test]
    fn removes_datelines_and_keeps_their_date() {
        for (text, date) in [
            ("New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM", "2019-11-19"),
            ("Published: December 6, 2016 9:28 PM IST", "2016-12-06T21:28:00+05:30"),
            ("World Monday 05/December/2016 20:06 PM", "2016-12-05"),
            ("First Published: 2016-12-06", "2016-12-06"),
            ("06 December, 2016", "2016-12-06"),
            ("First Published: Tuesday, November 19, 2019 08:38 AM", "2019-11-19"),
            ("Updated: Nov 20, 2019", "2019-11-20"),
            ("Posted on December 6, 2016", "2016-12-06"),
            ("Last updated 6 December 2016", "2016-12-06"),
            ("Veröffentlicht am 6. Dezember 2016", "2016-12-06"),
            ("Publié le 6 décembre 2016 à 21h28", "2016-12-06"),
            ("Publicado el 6 de diciembre de 2016", "2016-12-06"),
            ("Pubblicato il 6 dicembre 2016", "2016-12-06"),
            ("Gepubliceerd op 6 december 2016", "2016-12-06"),
            ("Atualizado em 6 de dezembro de 2016", "2016-12-06"),
        ] {
            assert_eq!(run(text), (true, Some(date.to_owned())), "{text}");
        }
        // A relative date is removed, but gives no date.
        assert_eq!(run("Updated 2 hours ago"), (true, None));
    }

    #[test]
    fn keeps_body_text_with_dates() {
        for text in [
            "MOSCOW - Syrian regime forces were on the verge Tuesday of seizing a major rebel district of Aleppo.",
            "Moscow, Dec 6: Russia's top diplomat today accused Washington of backtracking on planned talks.",
            "On December 6, 2016 the talks began in Geneva.",
            "Published works",
            "The ceasefire announced on 6 December 2016 did not hold.",
        ] {
            assert_eq!(run(text), (false, None), "{text}");
        }
    }

    #[test]
    fn many_datelines_are_a_list_and_stay() {
        let mut blocks: Vec<Block> =
            ["June 2, 2024, 3:24pm", "June 2, 2024, 4:41pm", "June 3, 2024, 9:54pm", "June 5, 2024, 9:01pm"]
                .iter()
                .map(|t| Block::new(*t, BlockKind::Line))
                .collect();
        let mut meta = PageMeta::default();
        let mut cx = RuleContext::new(InputKind::Text, &mut meta);
        Dateline.apply(&mut blocks, &mut cx);
        let removed: Vec<bool> = blocks.iter().map(Block::is_removed).collect();
        assert_eq!(removed, [true, false, false, false]);
        assert_eq!(meta.published.as_deref(), Some("2024-06-02"));
    }

    #[test]
    fn a_members_sign_up_date_under_its_label_is_removed_without_dating_the_page() {
        let mut blocks: Vec<Block> = ["注册时间", "2024-3-10", "发表于 2024-3-17 19:22"]
            .iter()
            .map(|t| Block::new(*t, BlockKind::Line))
            .collect();
        let mut meta = PageMeta::default();
        let mut cx = RuleContext::new(InputKind::Text, &mut meta);
        Dateline.apply(&mut blocks, &mut cx);
        let removed: Vec<bool> = blocks.iter().map(Block::is_removed).collect();
        assert_eq!(removed, [false, true, true]);
        assert_eq!(meta.published.as_deref(), Some("2024-03-17"));
    }

    #[test]
    fn datelines_of_the_fourth_round() {
        for (text, date) in [
            ("Cập nhật lần cuối: 12/3/2024", "2024-03-12"),
            ("ngày 12 tháng 3 năm 2024", "2024-03-12"),
            ("Diposting pada 12 Maret 2024", "2024-03-12"),
            ("12. března 2024 v 18:20", "2024-03-12"),
            ("понеділок, 11 березня 2024", "2024-03-11"),
            ("Дата публікації: 12 березня 2024 р.", "2024-03-12"),
            ("12 Μαρ 2024, 10:30", "2024-03-12"),
            ("最終更新日：2024年2月20日", "2024-02-20"),
            ("최종 수정일: 2024. 2. 20.", "2024-02-20"),
        ] {
            assert_eq!(run(text), (true, Some(date.to_owned())), "{text}");
        }
        for text in [
            "Ngày 12 tháng 3 năm 2024, Quốc hội đã thông qua luật mới về đất đai.",
            "Dne 12. března 2024 v 18:20 začala bouřka, která trvala celou noc.",
        ] {
            assert_eq!(run(text), (false, None), "{text}");
        }
    }

    #[test]
    fn leaves_bylines_to_their_rule() {
        assert_eq!(run("Chris Davies - Nov 19, 2019, 10:31 pm CST"), (false, None));
    }
}
