//! Removes the rows of buttons under forum posts and comments ("Quote Reply Report",
//! "Citera Svara Anmäl", "답글 공감 신고", "Like · Reply · 3"), and, on a page that shows such
//! rows, the header over a quoted earlier post ("mtb_dave wrote:", "Anna schrieb:"). The
//! posts themselves stay.
//!
//! A row is two buttons or more and nothing else but counts: one word alone ("Reply",
//! "Share") may be a heading. A quote header alone is not enough: news reports lead a quoted
//! post with "Trump wrote:", so it goes only on a page with rows of post buttons.

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::rules::comment_thread::is_quote_header;
use crate::model::RuleId;

/// Longest block (bytes) that can be a row of buttons.
const MAX_ROW_BYTES: usize = 120;
/// The fewest buttons in a row.
const MIN_BUTTONS: usize = 2;
/// Rows of buttons a page needs before a quote header goes.
const MIN_ROWS_FOR_QUOTES: usize = 2;

/// The buttons under a post, lower case, one word each.
const BUTTONS: &[&str] = &[
    // English
    "quote",
    "reply",
    "report",
    "like",
    "likes",
    "share",
    "edit",
    "delete",
    "permalink",
    "multi-quote",
    "multiquote",
    "+quote",
    "thanks",
    "flag",
    "bookmark",
    "upvote",
    "downvote",
    "link",
    // German
    "zitieren",
    "antworten",
    "melden",
    "teilen",
    "bearbeiten",
    "löschen",
    "danke",
    // French
    "citer",
    "répondre",
    "signaler",
    "partager",
    "modifier",
    "supprimer",
    "j'aime",
    // Spanish, Portuguese
    "citar",
    "responder",
    "denunciar",
    "reportar",
    "compartir",
    "compartilhar",
    "editar",
    "borrar",
    "eliminar",
    "excluir",
    "curtir",
    // Italian
    "cita",
    "rispondi",
    "segnala",
    "condividi",
    "modifica",
    "elimina",
    // Dutch
    "citeren",
    "reageren",
    "beantwoorden",
    "delen",
    "bewerken",
    "verwijderen",
    // Swedish, Danish, Norwegian
    "citera",
    "svara",
    "anmäl",
    "rapportera",
    "dela",
    "redigera",
    "gilla",
    "svar",
    "rapporter",
    // Polish, Czech
    "cytuj",
    "odpowiedz",
    "zgłoś",
    "edytuj",
    "usuń",
    "citovat",
    "odpovědět",
    "nahlásit",
    "upravit",
    "smazat",
    // Russian, Ukrainian
    "цитировать",
    "цитата",
    "ответить",
    "пожаловаться",
    "поделиться",
    "редактировать",
    "удалить",
    "цитувати",
    "відповісти",
    "поскаржитися",
    // Turkish, Greek
    "alıntı",
    "yanıtla",
    "cevapla",
    "bildir",
    "paylaş",
    "düzenle",
    "παράθεση",
    "απάντηση",
    // Chinese, Japanese, Korean
    "引用",
    "回复",
    "回覆",
    "举报",
    "檢舉",
    "分享",
    "编辑",
    "删除",
    "点赞",
    "返信",
    "通報",
    "共有",
    "編集",
    "削除",
    "いいね",
    "답글",
    "공감",
    "신고",
    "인용",
    "공유",
    "수정",
    "삭제",
];

/// The id of [`PostActions`]: its rows stand between the posts of a thread, and mark no
/// edge of the main text.
pub const POST_ACTIONS: RuleId = RuleId("post_actions");

pub struct PostActions;

impl Rule for PostActions {
    fn id(&self) -> RuleId {
        POST_ACTIONS
    }

    fn describe(&self) -> &'static str {
        "Rows of buttons under forum posts and comments (\"Quote Reply Report\"), and on such pages the header over a quoted post (\"anna wrote:\")."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        let mut rows = 0;
        for block in blocks.iter_mut() {
            if !block.is_removed() && is_button_row(&block.text) {
                block.remove(self.id());
                rows += 1;
            }
        }
        if rows < MIN_ROWS_FOR_QUOTES {
            return;
        }
        for block in blocks.iter_mut() {
            if !block.is_removed() && is_quote_header(&block.text) {
                block.remove(self.id());
            }
        }
    }
}

/// Whether a block is buttons only: two or more, apart from counts (`Like (3)`) and the
/// marks between them (`|`, `·`).
fn is_button_row(text: &str) -> bool {
    if text.len() > MAX_ROW_BYTES {
        return false;
    }
    let mut buttons = 0;
    for token in text.split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | '/')) {
        let token = token.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ',' | ':'));
        if token.is_empty() || token.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let lower = token.to_lowercase();
        if !BUTTONS.contains(&lower.as_str()) {
            return false;
        }
        buttons += 1;
    }
    buttons >= MIN_BUTTONS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::{dump, removed_by, run_rule};

    #[test]
    fn removes_rows_of_post_buttons_in_several_languages() {
        for row in
            ["Quote Reply Report", "Like · Reply · 3", "Citera Svara Anmäl", "답글 공감 신고", "Zitieren | Antworten"]
        {
            assert!(is_button_row(row), "{row}");
        }
        // Near misses: one button alone, and sentences that use the words.
        for text in
            ["Reply", "Share", "Reply to this post if you have the same brake", "Like it or not, share prices fell"]
        {
            assert!(!is_button_row(text), "{text}");
        }
    }

    #[test]
    fn quote_headers_go_only_on_a_page_with_post_buttons() {
        let thread = "I changed the pads last week and the brake squeals on every stop.\nQuote Reply Report\n\
                      mtb_dave wrote:\nI cleaned the rotor with alcohol.\nCheck the caliper alignment first.\nQuote Reply Report";
        let mut blocks = dump(thread);
        run_rule(&PostActions, &mut blocks);
        assert_eq!(removed_by(&blocks, "post_actions"), 3);
        assert!(blocks[2].is_removed() && !blocks[3].is_removed());
        // Near miss: a news report quoting a post keeps its lead.
        let news = "The senator answered on social media within the hour.\nSenator Smith wrote:\nWe will vote no.";
        let mut blocks = dump(news);
        run_rule(&PostActions, &mut blocks);
        assert_eq!(removed_by(&blocks, "post_actions"), 0);
    }
}
