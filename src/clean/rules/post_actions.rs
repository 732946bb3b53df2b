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

/// Longest block (characters, not bytes: a Georgian or Cyrillic row takes two or three bytes
/// a letter) that can be a row of buttons.
const MAX_ROW_CHARS: usize = 120;
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
    // Catalan ("cita" and "elimina" are under Italian)
    "m'agrada",
    "m’agrada",
    "respon",
    "informa",
    "comparteix",
    "edita",
    "esborra",
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
    "citér",
    "rapportér",
    "rediger",
    "slet",
    "liker",
    "siter",
    "slett",
    // Polish, Czech
    "cytuj",
    "odpowiedz",
    "zgłoś",
    "edytuj",
    "usuń",
    "udostępnij",
    "citovat",
    "odpovědět",
    "nahlásit",
    "upravit",
    "smazat",
    // Slovak
    "citovať",
    "odpovedať",
    "nahlásiť",
    "upraviť",
    "zmazať",
    "zdieľať",
    // Croatian
    "citiraj",
    "odgovori",
    "prijavi",
    "uredi",
    "obriši",
    "podijeli",
    // Lithuanian
    "patinka",
    "cituoti",
    "atsakyti",
    "pranešti",
    "redaguoti",
    "ištrinti",
    "dalintis",
    // Estonian
    "meeldib",
    "tsiteeri",
    "vasta",
    "teata",
    "muuda",
    "kustuta",
    "jaga",
    // Finnish
    "tykkää",
    "lainaa",
    "vastaa",
    "ilmoita",
    "jaa",
    "muokkaa",
    "poista",
    // Hungarian
    "tetszik",
    "idézet",
    "idéz",
    "válasz",
    "jelentés",
    "megosztás",
    "szerkesztés",
    "törlés",
    // Russian, Ukrainian
    "цитировать",
    "нравится",
    "цитата",
    "ответить",
    "пожаловаться",
    "поделиться",
    "редактировать",
    "удалить",
    "цитувати",
    "відповісти",
    "поскаржитися",
    // Bulgarian ("Харесва ми" is below, of two words)
    "цитат",
    "отговор",
    "отговори",
    "докладвай",
    "сподели",
    "редактирай",
    "изтрий",
    // Turkish, Greek
    "alıntı",
    "yanıtla",
    "cevapla",
    "bildir",
    "paylaş",
    "düzenle",
    "beğen",
    "alıntıla",
    "şikayet",
    "sil",
    "παράθεση",
    "απάντηση",
    // Arabic, Persian
    "إعجاب",
    "اقتباس",
    "رد",
    "إبلاغ",
    "مشاركة",
    "تعديل",
    "تحرير",
    "حذف",
    "پسندیدن",
    "پاسخ",
    "گزارش",
    "ویرایش",
    // Urdu ("اقتباس" and "حذف" are under Arabic)
    "پسند",
    "جواب",
    "رپورٹ",
    "ترمیم",
    // Hindi, Bengali
    "पसंद",
    "उद्धरण",
    "जवाब",
    "रिपोर्ट",
    "পছন্দ",
    "উদ্ধৃতি",
    "উত্তর",
    "জবাব",
    "রিপোর্ট",
    "শেয়ার",
    "সম্পাদনা",
    // Tamil
    "விரும்பு",
    "மேற்கோள்",
    "பதில்",
    "புகார்",
    "பகிர்",
    "திருத்து",
    "நீக்கு",
    // Malay
    "suka",
    "petik",
    "balas",
    "lapor",
    "laporkan",
    "kongsi",
    "sunting",
    "padam",
    // Thai
    "ถูกใจ",
    "อ้างอิง",
    "ตอบกลับ",
    "แจ้งลบ",
    "รายงาน",
    "แชร์",
    "แก้ไข",
    "ลบ",
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
    // Romanian ("Îmi place" is below, of two words), with both forms of "ș"
    "citează",
    "răspunde",
    "raportează",
    "editează",
    "șterge",
    "şterge",
    "distribuie",
    // Slovenian ("Všeč mi je" is below; "citiraj", "odgovori", "prijavi", "uredi" are
    // under Croatian; not "deli", share, an English word too)
    "izbriši",
    // Latvian
    "patīk",
    "citēt",
    "atbildēt",
    "ziņot",
    "rediģēt",
    "dzēst",
    "dalīties",
    // Serbian (Cyrillic), Macedonian ("Свиђа ми се", "Ми се допаѓа" are below; "сподели"
    // is under Bulgarian)
    "цитирај",
    "одговори",
    "пријави",
    "уреди",
    "обриши",
    "подели",
    "избриши",
    // Albanian
    "pëlqej",
    "citoje",
    "përgjigjuni",
    "raporto",
    // Icelandic ("Líkar við", "Vitna í" are below; "svara" is under Swedish)
    "tilkynna",
    "breyta",
    "eyða",
    "deila",
    // Galician ("citar", "responder", "denunciar", "editar", "compartir" are under Spanish)
    "gústame",
    // Basque ("Gustuko dut" is below)
    "aipatu",
    "erantzun",
    "salatu",
    "editatu",
    "ezabatu",
    "partekatu",
    // Georgian ("დარღვევის შეტყობინება", report a violation, is below)
    "მომწონს",
    "ციტირება",
    "პასუხი",
    "რედაქტირება",
    "წაშლა",
    "გაზიარება",
    // Vietnamese ("Trích dẫn", "Trả lời", "Báo cáo" are below, of two words), Indonesian
    // ("Suka", "Balas", "Laporkan" are under Malay), Ukrainian ("Цитувати", "Відповісти",
    // "Поскаржитися" are under Russian), Greek ("Μου αρέσει" is below)
    "thích",
    "kutip",
    "подобається",
    "αναφορά",
    // Hebrew
    "אהבתי",
    "ציטוט",
    "הגב",
    "דיווח",
    // Korean, Chinese (Traditional): "like"
    "좋아요",
    "讚",
    // Russian "Complaint" (report), European Portuguese "Like"
    "жалоба",
    "gosto",
    // Tagalog (XenForo's "I-quote", "Sumagot", "Ireport"), Armenian, Azerbaijani, Kazakh,
    // Swahili, Afrikaans, Marathi (Urdu's are under Arabic and Urdu)
    "sumagot",
    "i-quote",
    "sipiin",
    "ireport",
    "i-report",
    "հավանել",
    "մեջբերել",
    "պատասխանել",
    "բողոքել",
    "bəyən",
    "cavabla",
    "şikayət",
    "ұнайды",
    "дәйексөз",
    "шағымдану",
    "penda",
    "nukuu",
    "jibu",
    "ripoti",
    "kwoteer",
    "antwoord",
    "rapporteer",
    "आवडले",
    "उत्तर",
];

/// Buttons of several words, lower case: matched as a run of tokens, so that their words
/// ("to", "om") never count as buttons on their own. A first word is no button alone.
const MULTI_WORD_BUTTONS: &[&[&str]] = &[
    // Polish
    &["lubię", "to"],
    // Danish
    &["synes", "godt", "om"],
    // Persian
    &["نقل", "قول"],
    // Croatian, Slovak, Bulgarian: "I like it"
    &["sviđa", "mi", "se"],
    &["páči", "sa", "mi"],
    &["харесва", "ми"],
    // Romanian, Slovenian, Serbian, Macedonian, Icelandic, Basque: "I like it"
    &["îmi", "place"],
    &["všeč", "mi", "je"],
    &["свиђа", "ми", "се"],
    &["ми", "се", "допаѓа"],
    &["líkar", "við"],
    &["gustuko", "dut"],
    // Icelandic "Quote", Georgian "Report"
    &["vitna", "í"],
    &["დარღვევის", "შეტყობინება"],
    // Vietnamese "Quote", "Reply", "Report"; Czech and Greek "I like it"
    &["trích", "dẫn"],
    &["trả", "lời"],
    &["báo", "cáo"],
    &["líbí", "se", "mi"],
    &["μου", "αρέσει"],
    // German, Spanish, Russian: "I like it"
    &["gefällt", "mir"],
    &["me", "gusta"],
    &["мне", "нравится"],
    // Italian, Dutch: "I like it"
    &["mi", "piace"],
    &["vind", "ik", "leuk"],
    // Armenian, Afrikaans: "I like it"
    &["հավանում", "եմ"],
    &["hou", "van"],
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
    // Bytes first: most blocks are turned away without counting their characters (a
    // character takes at most four bytes).
    if text.len() > 4 * MAX_ROW_CHARS || (text.len() > MAX_ROW_CHARS && text.chars().count() > MAX_ROW_CHARS) {
        return false;
    }
    let mut tokens = text
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | '/'))
        .map(|token| token.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ',' | ':')))
        .filter(|token| !token.is_empty() && !token.chars().all(|c| c.is_ascii_digit()));
    let mut buttons = 0;
    while let Some(token) = tokens.next() {
        let lower = token.to_lowercase();
        if !BUTTONS.contains(&lower.as_str()) {
            // A button of several words: the next tokens must be its other words.
            let Some(words) = MULTI_WORD_BUTTONS.iter().find(|words| words[0] == lower) else {
                return false;
            };
            for word in &words[1..] {
                if tokens.next().is_none_or(|next| next.to_lowercase() != *word) {
                    return false;
                }
            }
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
        for row in [
            "Quote Reply Report",
            "Like · Reply · 3",
            "Citera Svara Anmäl",
            "답글 공감 신고",
            "Zitieren | Antworten",
            "Like I-quote Sumagot Ireport",
            "Հավանում եմ Մեջբերել Պատասխանել Բողոքել",
            "Hou van Kwoteer Antwoord Rapporteer",
            "Penda Nukuu Jibu Ripoti",
        ] {
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
    fn removes_rows_of_post_buttons_in_italian_dutch_and_russian() {
        for row in [
            "Mi piace Cita Rispondi Segnala",
            "Vind ik leuk Citeren Beantwoorden Melden",
            "Нравится Цитировать Ответить Пожаловаться",
            "Mi piace (3) · Rispondi",
        ] {
            assert!(is_button_row(row), "{row}");
        }
        // Near misses: the words in sentences.
        for text in ["Mi piace rispondi subito", "Vind ik leuk, zei ze", "Нравится", "Mi piace", "Vind ik leuk"]
        {
            assert!(!is_button_row(text), "{text}");
        }
    }

    #[test]
    fn removes_rows_of_post_buttons_in_more_languages() {
        for row in [
            "Lubię to Cytuj Odpowiedz Zgłoś",
            "Lubię to (12) · Odpowiedz",
            "Tykkää Lainaa Vastaa Ilmoita",
            "Tetszik Idézet Válasz Jelentés",
            "Beğen Alıntı Yanıtla Şikayet",
            "Synes godt om Citér Svar Rapportér",
            "ถูกใจ อ้างอิง ตอบกลับ แจ้งลบ",
            "إعجاب اقتباس رد إبلاغ",
            "پسندیدن نقل قول پاسخ گزارش",
            "पसंद उद्धरण जवाब रिपोर्ट",
            "পছন্দ উদ্ধৃতি উত্তর রিপোর্ট",
        ] {
            assert!(is_button_row(row), "{row}");
        }
        for text in [
            // The words of a button of several words count only together.
            "Lubię to miasto",
            "To Cytuj",
            "Synes godt om det",
            "om Svar",
            "قول پاسخ",
            // Sentences that open with a button's word.
            "Odpowiedz na pytanie",
            "Vastaa kysymykseen",
            "Válasz a kormánynak",
            "رد الوزير على التقرير",
            "پاسخ وزیر به گزارش",
            "जवाब देने के लिए धन्यवाद",
            // Thai writes words without spaces: a button glued to text is no button.
            "ถูกใจ ตอบกลับข้อความของเขา",
        ] {
            assert!(!is_button_row(text), "{text}");
        }
        for words in MULTI_WORD_BUTTONS {
            assert!(!BUTTONS.contains(&words[0]), "{words:?}");
        }
    }

    #[test]
    fn removes_rows_of_post_buttons_in_baltic_slavic_and_asian_languages() {
        for row in [
            "Patinka Cituoti Atsakyti Pranešti",
            "Sviđa mi se Citiraj Odgovori Prijavi",
            "Páči sa mi · Citovať · Odpovedať · Nahlásiť",
            "Meeldib Tsiteeri Vasta Teata",
            "Харесва ми (4) Цитат Отговор Докладвай",
            "M'agrada Cita Respon Informa",
            "Liker Siter Svar Rapporter",
            "پسند اقتباس جواب رپورٹ",
            "விரும்பு மேற்கோள் பதில் புகார்",
            "Suka Petik Balas Lapor",
        ] {
            assert!(is_button_row(row), "{row}");
        }
        for text in [
            // The words of a button of several words count only together.
            "Sviđa mi se ovaj grad",
            "Páči sa mi to",
            "Харесва ми",
            "mi se Odgovori",
            // Sentences that open with a button's word, and one button alone.
            "Odgovori na pitanje",
            "Atsakyti į klausimą",
            "Vasta küsimusele",
            "Suka duka",
            "Liker",
        ] {
            assert!(!is_button_row(text), "{text}");
        }
    }

    #[test]
    fn removes_rows_of_post_buttons_in_balkan_baltic_nordic_and_caucasian_languages() {
        for row in [
            "Îmi place Citează Răspunde Raportează",
            "Všeč mi je Citiraj Odgovori Prijavi",
            "Patīk Citēt Atbildēt Ziņot",
            "Свиђа ми се Цитирај Одговори Пријави",
            "Ми се допаѓа Цитирај Одговори Пријави",
            "Pëlqej Citoje Përgjigjuni Raporto",
            "Líkar við Vitna í Svara Tilkynna",
            "Gústame Citar Responder Denunciar",
            "Gustuko dut Aipatu Erantzun Salatu",
            "მომწონს ციტირება პასუხი დარღვევის შეტყობინება",
            "Îmi place (3) · Răspunde",
        ] {
            assert!(is_button_row(row), "{row}");
        }
        for text in [
            // The words of a button of several words count only together.
            "Îmi place muzica",
            "Všeč mi je bilo",
            "Ми се допаѓа градот",
            "Vitna í bókina",
            "Gustuko dut mendia",
            "დარღვევის შემთხვევაში",
            // Sentences that open with a button's word, and one button alone.
            "Răspunde la întrebare",
            "Atbildēt uz jautājumu",
            "Erantzun galderari",
            "Patīk",
        ] {
            assert!(!is_button_row(text), "{text}");
        }
    }

    #[test]
    fn removes_rows_of_post_buttons_in_vietnamese_indonesian_czech_ukrainian_greek_hebrew_korean_and_chinese() {
        for row in [
            "Thích Trích dẫn Trả lời Báo cáo",
            "Gefällt mir Zitieren Antworten Melden",
            "Me gusta Citar Responder Denunciar",
            "Мне нравится Цитировать Ответить Жалоба",
            "Gosto Citar Responder Denunciar",
            "Suka Kutip Balas Laporkan",
            "Líbí se mi Citovat Odpovědět Nahlásit",
            "Подобається Цитувати Відповісти Поскаржитися",
            "Μου αρέσει Παράθεση Απάντηση Αναφορά",
            "אהבתי ציטוט הגב דיווח",
            "좋아요 인용 답글 신고",
            "讚 引用 回覆 檢舉",
            "Thích (3) · Trả lời",
        ] {
            assert!(is_button_row(row), "{row}");
        }
        for text in [
            // The words of a button of several words count only together.
            "Trả lời phỏng vấn báo chí",
            "Báo cáo tài chính quý 3",
            "Líbí se mi to",
            "Μου αρέσει η θάλασσα",
            // Sentences that open with a button's word, and one button alone.
            "Thích nhất là mùa thu Hà Nội",
            "Kutip pernyataan menteri",
            "Подобається це чи ні, ціни зростуть",
            "Αναφορά στην έκθεση της επιτροπής",
            "좋아요 버튼을 누르면 알림이 옵니다",
            "讚",
        ] {
            assert!(!is_button_row(text), "{text}");
        }
    }

    #[test]
    fn a_vietnamese_thread_loses_its_button_rows_and_keeps_its_posts() {
        let thread = "Chào các bác. Em đi làm mỗi ngày khoảng 25 km cả đi lẫn về.\nThích Trích dẫn Trả lời Báo cáo\n\
                      Với quãng đường 25 km mỗi ngày thì xe điện là rất hợp lý.\nThích Trích dẫn Trả lời Báo cáo\n\
                      Cảm ơn các bác nhiều! Cuối tuần em ra đại lý lái thử rồi quyết.\nThích Trích dẫn Trả lời Báo cáo";
        let mut blocks = dump(thread);
        run_rule(&PostActions, &mut blocks);
        assert_eq!(removed_by(&blocks, "post_actions"), 3);
        assert!(blocks.iter().filter(|b| !b.is_removed()).all(|b| !b.text.starts_with("Thích")));
    }

    #[test]
    fn quote_headers_in_more_languages() {
        for (row, header) in [
            ("Lubię to Cytuj Odpowiedz", "marek88 napisał:"),
            ("ถูกใจ อ้างอิง ตอบกลับ", "สมชาย เขียนว่า:"),
            ("पसंद उद्धरण जवाब", "राहुल ने लिखा:"),
            ("পছন্দ উদ্ধৃতি উত্তর", "রহিম লিখেছেন:"),
            ("Sviđa mi se Citiraj Odgovori", "Ivan je napisao:"),
            ("Páči sa mi Citovať Odpovedať", "jano napísal:"),
            ("Patinka Cituoti Atsakyti", "Jonas rašė:"),
            ("Meeldib Tsiteeri Vasta", "Mart kirjutas:"),
            ("Харесва ми Цитат Отговор", "Иван написа:"),
            ("M'agrada Cita Respon", "Jordi va escriure:"),
            ("Liker Siter Svar", "Ola skrev:"),
            ("Suka Petik Balas", "Ahmad menulis:"),
            ("پسند اقتباس جواب", "احمد نے لکھا:"),
            ("விரும்பு மேற்கோள் பதில்", "ராஜா எழுதினார்:"),
        ] {
            let thread = format!("First post.\n{row}\n{header}\nQuoted words.\nMy answer.\n{row}");
            let mut blocks = dump(&thread);
            run_rule(&PostActions, &mut blocks);
            assert_eq!(removed_by(&blocks, "post_actions"), 3, "{header}");
            assert!(blocks[2].is_removed(), "{header}");
            // Without rows of buttons, a report's lead stays.
            let news = format!("The minister answered within the hour.\n{header}\nWe will vote no.");
            let mut blocks = dump(&news);
            run_rule(&PostActions, &mut blocks);
            assert_eq!(removed_by(&blocks, "post_actions"), 0, "{header}");
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
