//! Removes the furniture of forum posts when it stands alone: edit notices ("Last edited by
//! anna on Sun Feb 22, 2026 2:08 am, edited 3 times in total", "Zuletzt bearbeitet:
//! 12.03.2024"), the poster's statistics shown beside every post ("Posts: 6217",
//! "Messages: 13,539", "Beiträge: 45") and who is reading the thread ("Who is online",
//! "Users browsing this forum: anna, 3 guests"). The posts themselves are the page's content
//! and stay.
//!
//! A statistic may be one line or two, the label over its value (`Joined` / `Mar 2019`).
//! A post's stamp (`17 mar 2024 o 20:05 #2`: its date and number) goes when posts show one.
//! Statistics count only when the page shows at least [`MIN_STAT_LINES`] of them, one per
//! post: a lone "Posts: 12" may be a blog sidebar's count or a line of a sports report. An
//! edit notice is removed before the dateline rule sees it, so the date a post was edited
//! never becomes the page's date.

use std::ops::Range;
use std::sync::LazyLock;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::vocab::{Lexicon, has_alphanumeric};
use crate::model::RuleId;

/// Longest block (bytes) that can be an edit notice.
const MAX_NOTICE_BYTES: usize = 200;
/// Longest block (bytes) that can be a poster's statistic.
const MAX_STAT_BYTES: usize = 40;
/// Longest block (bytes) that can be the date a poster joined (a date and time, in letters
/// that take two bytes, a location after it).
const MAX_JOINED_BYTES: usize = 80;
/// Statistic lines a page needs before any is removed.
const MIN_STAT_LINES: usize = 2;

/// Openings of edit notices. Left out: "Edited by", which credits an article's editor.
const EDIT_LABELS: &[&str] = &[
    "last edited by",
    "last edited",
    "last edit by",
    "last edit",
    "zuletzt bearbeitet von",
    "zuletzt bearbeitet",
    "zuletzt geändert von",
    "dernière édition par",
    "dernière modification par",
    "editado por última vez",
    "última edición",
    "última edição",
    "ultima modifica di",
    "ultima modifica",
    "laatst bewerkt door",
    "laatst bewerkt",
    "ostatnio edytowany przez",
    "ostatnio edytowano",
    "последний раз редактировалось",
    "son düzenleme",
    "senast redigerad",
    "naposledy upravil",
    "naposledy upravené",
    "востаннє редагувалося",
    "τελευταία επεξεργασία",
    "נערך לאחרונה",
    "마지막 수정",
    "最后编辑",
    "最終編集",
    "sửa lần cuối",
    "terakhir diubah",
    "muokattu viimeksi",
];

/// Labels of a poster's post count. Left out: "points", "likes" and "threads", which are
/// just as often a match report's or a page's own numbers.
const STAT_LABELS: &[&str] = &[
    "posts",
    "total posts",
    "post count",
    "messages",
    "reaction score",
    "beiträge",
    "mensajes",
    "messaggi",
    "mensagens",
    "berichten",
    "posty",
    "postów",
    "сообщений",
    "сообщения",
    "mesajlar",
    "inlägg",
    "indlæg",
    "innlegg",
    "viestit",
    "viestejä",
    "příspěvky",
    "príspevky",
    "hozzászólások",
    "mesaje",
    "postovi",
    "повідомлення",
    "повідомлень",
    "δημοσιεύσεις",
    "הודעות",
    "게시물",
    "帖子",
    "投稿記事",
    "bài viết",
    "kiriman",
    "pranešimai",
    "postitusi",
    "мнения",
    "missatges",
    "mesej",
    "ارسال‌ها",
    "ارسال ها",
    "กระทู้",
    "wiadomości",
    // Galician, Serbian (Cyrillic and Latin), Macedonian, Slovenian, Basque, Albanian
    "mensaxes",
    "поруке",
    "poruke",
    "пораки",
    "prispevki",
    "mezuak",
    "mesazhe",
    // Greek (XenForo's "Messages"), Korean, Japanese, Indonesian
    "μηνύματα",
    "게시글",
    "投稿数",
    "pesan",
    // Tagalog, Armenian, Kazakh, Swahili, Afrikaans, Marathi, Urdu
    "mga mensahe",
    "mga post",
    "գրառումներ",
    "հաղորդագրություններ",
    "хабарламалар",
    "ujumbe",
    "boodskappe",
    "संदेश",
    "پیغامات",
];

/// Labels of the date a poster joined (phpBB, vBulletin, XenForo and their translations),
/// before the date: one more line of the panel beside every post.
const JOINED_LABELS: &[&str] = &[
    "joined",
    "join date",
    "registered",
    "member since",
    "registriert",
    "registriert seit",
    "mitglied seit",
    "dabei seit",
    "inscrit le",
    "inscription",
    "registrado",
    "miembro desde",
    "iscritto il",
    "iscritto",
    "registrado em",
    "registado",
    "registado em",
    "membro desde",
    "lid sinds",
    "geregistreerd",
    "dołączył",
    "dołączył(a)",
    "dołączyła",
    "rejestracja",
    "зарегистрирован",
    "регистрация",
    "зареєстрований",
    "реєстрація",
    "katılım",
    "kayıt",
    "registrerad",
    "medlem sedan",
    "registrován",
    "registrovaný",
    "rekisteröitynyt",
    "liittynyt",
    "užsiregistravo",
    "pridružen",
    "liitunud",
    "регистриран",
    "registrat",
    "registrert",
    "menyertai",
    "csatlakozott",
    "înregistrat",
    "εγγραφή",
    "הצטרף",
    "가입일",
    "注册时间",
    "登録日時",
    "tham gia",
    "สมาชิกตั้งแต่",
    "تاریخ عضویت",
    "عضویت",
    "ngày tham gia",
    "gabung",
    "bergabung",
    // Galician, Serbian (Cyrillic; "pridružen" is listed above), Basque, Latvian
    "rexistrado",
    "придружен",
    "регистрован",
    "erregistratua",
    "reģistrējies",
    // Greek ("member since"), Hebrew with both genders ("הצטרף/ה"), Japanese, Chinese
    // (Traditional). Left out: Czech "Registrace" (an event programme's "Registrace:
    // 8:30–9:00").
    "μέλος από",
    "הצטרף/ה",
    "登録日",
    "註冊日期",
    // Tagalog, Armenian, Azerbaijani, Kazakh, Swahili, Afrikaans, Marathi, Urdu. Not
    // Azerbaijani "Qeydiyyat" alone ("registration"), which dates an event's registration
    // ("Qeydiyyat: 1 aprelədək", "Qeydiyyat: saat 09:00-da").
    "sumali",
    "գրանցված",
    "գրանցվել է",
    "qeydiyyat tarixi",
    "тіркелген",
    "alijiunga",
    "aangesluit",
    "सामील",
    "شمولیت",
];

/// Who is reading (phpBB, vBulletin, XenForo and their translations): the label alone, or
/// before a colon and the readers' names.
const READERS_LABELS: &[&str] = &[
    "who is online",
    "users browsing this forum",
    "users browsing this thread",
    "users browsing this topic",
    "members browsing this thread",
    "wer ist online",
    "mitglieder in diesem forum",
    "qui est en ligne",
    "utilisateurs parcourant ce forum",
    "quién está conectado",
    "usuarios navegando por este foro",
    "chi c’è in linea",
    "quem está ligado",
    "wie is er online",
    "kto jest online",
    "кто сейчас на конференции",
    "kdo je online",
    "kto je online",
    "хто зараз онлайн",
    "vem är online",
    "ποιος είναι συνδεδεμένος",
];

static READERS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(READERS_LABELS));
static EDIT_NOTICES: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(EDIT_LABELS));
static STATS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(STAT_LABELS));
static JOINED: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(JOINED_LABELS));

/// Removes forum edit notices and posters' statistics.
pub struct ForumFurniture;

impl Rule for ForumFurniture {
    fn id(&self) -> RuleId {
        RuleId("forum_furniture")
    }

    fn describe(&self) -> &'static str {
        "Forum furniture: edit notices (\"Last edited by anna on Feb 22, 2026, edited 3 times in total\"), posters' post counts (\"Posts: 6217\") when every post shows one, and who is reading (\"Users browsing this forum: …\")."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        for block in blocks.iter_mut().filter(|b| is_edit_notice(&b.text) || is_readers_line(&b.text)) {
            block.remove(self.id());
        }
        let stamps: Vec<usize> = (0..blocks.len()).filter(|&i| is_post_stamp(&blocks[i].text)).collect();
        if stamps.len() >= MIN_STAT_LINES {
            for i in stamps {
                blocks[i].remove(self.id());
            }
        }
        for (labels, is_stat) in [(&*STATS, is_post_count as fn(&str) -> bool), (&*JOINED, is_joined_date)] {
            // A statistic on one line (`Posts: 412`), or its label on one line and its value
            // on the next (XenForo: `Joined` / `Mar 2019`).
            let mut stats: Vec<Range<usize>> = Vec::new();
            for i in 0..blocks.len() {
                if is_stat(&blocks[i].text) {
                    stats.push(i..i + 1);
                } else if let Some(value) = blocks.get(i + 1)
                    && is_label_alone(labels, &blocks[i].text)
                    && is_stat(&format!("{}: {}", blocks[i].text.trim_end_matches([':', ' ']), value.text))
                {
                    stats.push(i..i + 2);
                }
            }
            if stats.len() >= MIN_STAT_LINES {
                for i in stats.into_iter().flatten() {
                    blocks[i].remove(self.id());
                }
            }
        }
    }
}

/// The longest post number (`#1204`) of a post's stamp.
const MAX_POST_NUMBER_DIGITS: usize = 6;

/// A post's stamp: the date and time it was written and its number in the thread (`17 mar
/// 2024 o 20:05 #2`, `Mar 17, 2024 #12`), nothing else.
fn is_post_stamp(text: &str) -> bool {
    if text.len() > MAX_JOINED_BYTES {
        return false;
    }
    let Some((before, number)) = text.trim_end().rsplit_once('#') else { return false };
    if !(1..=MAX_POST_NUMBER_DIGITS).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let stamp = before.trim_end();
    // The date, its time, and at most a word joining them (`o`, `at`, `um`).
    crate::metadata::date::find_date(stamp).is_some_and(|(_, range)| {
        range.start == 0
            && stamp[range.end..].split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() <= 1
    })
}

/// A label of the panel beside posts standing alone on its line, perhaps with its colon.
fn is_label_alone(labels: &Lexicon, text: &str) -> bool {
    text.len() <= MAX_STAT_BYTES && labels.whole(text).is_some()
}

/// An edit notice: an edit label, and a date, time or count after it.
fn is_edit_notice(text: &str) -> bool {
    if text.len() > MAX_NOTICE_BYTES {
        return false;
    }
    EDIT_NOTICES.prefix(text).is_some_and(|(end, _)| text[end..].bytes().any(|b| b.is_ascii_digit()))
}

/// Who is reading: the label alone, or followed by a colon (and the readers).
fn is_readers_line(text: &str) -> bool {
    if text.len() > MAX_NOTICE_BYTES {
        return false;
    }
    READERS.prefix(text).is_some_and(|(end, _)| {
        let rest = text[end..].trim_start();
        rest.starts_with(':') || !has_alphanumeric(rest)
    })
}

/// The date a poster joined: a label, a colon, and a date (a digit of any script in what
/// follows).
fn is_joined_date(text: &str) -> bool {
    if text.len() > MAX_JOINED_BYTES {
        return false;
    }
    JOINED.prefix(text).is_some_and(|(end, _)| {
        let rest = text[end..].trim_start();
        rest.starts_with([':', '：']) && rest.chars().any(char::is_numeric)
    })
}

/// A post count: a label, perhaps a colon, and a number (`13,539`, `1.2k`), nothing else.
fn is_post_count(text: &str) -> bool {
    if text.len() > MAX_STAT_BYTES {
        return false;
    }
    let Some((end, _)) = STATS.prefix(text) else {
        return false;
    };
    let number = text[end..].trim_start_matches([':', ' ', '\u{a0}']).trim_end();
    let number = number.strip_suffix(['k', 'K']).unwrap_or(number);
    // Digits of any script (`۱۴`, `١٢`, `१२`).
    number.starts_with(char::is_numeric)
        && number.chars().all(|c| c.is_numeric() || matches!(c, ',' | '.' | '\'' | ' ' | '\u{a0}' | '٬'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::{assert_lines, dump, removed_by, run_rule};

    fn removed(text: &str) -> Vec<bool> {
        let mut blocks = dump(text);
        run_rule(&ForumFurniture, &mut blocks);
        blocks.iter().map(Block::is_removed).collect()
    }

    #[test]
    fn removes_edit_notices() {
        assert_lines(
            &ForumFurniture,
            &[
                "Last edited by Outer Armatonisdaristan on Sun Feb 22, 2026 2:08 am, edited 108 times in total.",
                "Last edited: Mar 27, 2025",
                "Zuletzt bearbeitet: 12.03.2024",
                "Dernière édition par Pierre le 3 mars 2024, édité 2 fois.",
                "Последний раз редактировалось Иван 12 мар 2024, 10:15, всего редактировалось 1 раз.",
            ],
            // Text that opens like an edit notice.
            &[
                "Last edited by the author himself, the book reads very differently from the first edition.",
                "Edited by Jane Doe",
                "Last edit",
            ],
        );
    }

    #[test]
    fn removes_who_is_reading() {
        assert_lines(
            &ForumFurniture,
            &[
                "Who is online",
                "Wer ist online?",
                "Users browsing this forum: Camtropia, Cro09, Greater Guantanamo and 12 guests",
                "Users browsing this thread: 1 Guest(s)",
            ],
            // Near misses: sentences that open with the words.
            &[
                "Who is online most often? Teenagers, according to the survey.",
                "Users browsing this forum often ask about drivers.",
            ],
        );
    }

    #[test]
    fn removes_post_counts_when_every_post_shows_one() {
        let mut blocks = dump(
            "Outer Armatonisdaristan\nPosts: 65703\nThe season is one of the wildest in football history.\n\
             The Blaatschapen\nPosts: 6,217\nDutch fixtures are out.\nmike\nMessages: 1.2k\nThanks!",
        );
        run_rule(&ForumFurniture, &mut blocks);
        assert_eq!(removed_by(&blocks, "forum_furniture"), 3);
        assert!(blocks.iter().filter(|b| b.is_removed()).all(|b| b.text.contains(": ")));
    }

    #[test]
    fn knows_the_panel_beside_posts_in_other_languages() {
        let mut blocks = dump(
            "tepelny_technik\nPříspěvky: 5412\nRegistrován: úte 8. kvě 2012 11:20:45\nVlhkost v rohu je typická po výměně oken.\n\
             stavebnik_karel\nPříspěvky: 37\nRegistrován: pát 3. úno 2023 9:02:11\nDěkuji, zkusím větrat častěji.\n\
             אבי\nהודעות: 7,530\nהצטרף: 12/03/2015\nצריך לנקות את המסננים.",
        );
        run_rule(&ForumFurniture, &mut blocks);
        assert_eq!(removed_by(&blocks, "forum_furniture"), 6);
        assert!(blocks.iter().filter(|b| !b.is_removed()).all(|b| !b.text.contains(':')));
        assert_lines(
            &ForumFurniture,
            &["Naposledy upravil tepelny_technik dne 2. pro 2023 21:20, celkem upraveno 1×", "Kdo je online"],
            &["Naposledy upravil jsem ten text včera večer a odeslal ho."],
        );
        // Lithuanian panels.
        let panels = "Užsiregistravo\n2024 kovas\nPranešimai\n1 206\nAčiū už atsakymus!\n\
                      Užsiregistravo\n2019 gegužė\nPranešimai\n48\nPabandykite kitą modelį.";
        assert_eq!(removed(panels), [true, true, true, true, false, true, true, true, true, false]);
        // Persian and Finnish panels, in their own digits.
        let panels = "کاربر جدید\nتاریخ عضویت\n۱۴۰۲/۰۵/۱۰\nارسال‌ها\n۱۴\nسلام، کارت گرافیک من داغ می‌شود.\n\
                      کاربر فعال\nتاریخ عضویت\n۱۳۹۸/۰۷/۰۴\nارسال‌ها\n۲٬۳۴۰\nخمیر حرارتی را عوض کنید.";
        assert_eq!(removed(panels), [false, true, true, true, true, false, false, true, true, true, true, false]);
        // Polish and Thai panels, labels over values.
        let panels = "Dołączył(a)\nsty 2015\nPrzy takim dystansie brałbym trekking.\nDołączył(a)\ncze 2019\nDzięki!\n\
                      สมาชิกตั้งแต่\nมิ.ย. 2565\nขอบคุณครับ";
        assert_eq!(removed(panels), [true, true, false, true, true, false, true, true, false]);
    }

    #[test]
    fn knows_the_panel_in_galician_serbian_and_basque() {
        // XenForo's panel, labels over values, as a Serbian forum prints it.
        let panels = "nikola_ns\nПридружен\nмар 2024.\nПоруке\n2\nПоздрав свима.\n\
                      Драган\nПридружен\nјан 2011.\nПоруке\n9.210\nЗа почетника бих пре узео нови апарат.";
        assert_eq!(
            removed(panels),
            [false, true, true, true, true, false, false, true, true, true, true, false],
            "{panels}"
        );
        let panels = "xoan_vigo\nRexistrado\nmar 2024\nMensaxes\n12\nBoas a todos.\n\
                      Ane\nErregistratua: 2019/05/02\nMezuak: 48\nEskerrik asko.";
        assert_eq!(removed(panels), [false, true, true, true, true, false, false, true, true, false]);
        // Near miss: the words as headings over text, on a page with no panels.
        assert!(
            removed("Поруке\nПоруке читалаца објављујемо сваког петка.\nRexistrado\nO dominio quedou rexistrado.")
                .iter()
                .all(|r| !r)
        );
    }

    #[test]
    fn knows_the_panel_in_greek_hebrew_and_vietnamese() {
        // XenForo's panel, labels over values, as a Greek forum prints it.
        let panels = "nikos_thess\nΜέλος από\nΜαρ 2024\nΜηνύματα\n3\nΚαλησπέρα σε όλους.\n\
                      Γιώργος\nΜέλος από\nΙαν 2011\nΜηνύματα\n9.210\nΓια αρχάριο θα έπαιρνα καινούργια μηχανή.";
        assert_eq!(
            removed(panels),
            [false, true, true, true, true, false, false, true, true, true, true, false],
            "{panels}"
        );
        let panels = "אבי\nהצטרף/ה\nמרץ 2024\nהודעות\n3\nשלום לכולם.\n\
                      דנה\nהצטרף/ה: 12/03/2015\nהודעות: 7,530\nצריך לנקות את המסננים.";
        assert_eq!(removed(panels), [false, true, true, true, true, false, false, true, true, false]);
        let panels = "hoang_nam\nTham gia\nTh3 2024\nBài viết\n3\nChào các bác.\n\
                      Tuấn Anh\nTham gia\nTh6 2012\nBài viết\n8.412\nXe điện là rất hợp lý.";
        assert_eq!(
            removed(panels),
            [false, true, true, true, true, false, false, true, true, true, true, false],
            "{panels}"
        );
        // Near miss: the words as headings over text, on a page with no panels.
        assert!(
            removed(
                "Μηνύματα\nΤα μηνύματα των αναγνωστών δημοσιεύονται κάθε Παρασκευή.\nΜέλος από το 2019 της ομάδας."
            )
            .iter()
            .all(|r| !r)
        );
    }

    #[test]
    fn removes_a_panel_with_its_labels_over_their_values() {
        // XenForo prints each label over its value.
        let panel = "Grzegorz K.\nJoined\nsty 2015\nMessages\n8 412\nPrzy takim dystansie brałbym trekking.\n\
                     Ania\nJoined\ncze 2019\nMessages\n1 037\nSama jeżdżę codziennie 10 km.";
        assert_eq!(
            removed(panel),
            [false, true, true, true, true, false, false, true, true, true, true, false],
            "{panel}"
        );
        // Near misses: one panel is no pattern, a heading over a paragraph is no label, and
        // a label over words is no statistic.
        assert!(removed("Joined\nMar 2019\nMessages\n412\nThe text.").iter().all(|r| !r));
        assert!(
            removed("Messages\nWe read every message.\nPosts\nThe posts of the week, 12 in all.").iter().all(|r| !r)
        );
    }

    #[test]
    fn removes_the_stamps_of_posts() {
        let thread = "17 mar 2024 o 20:05 #2\nPrzy takim dystansie brałbym trekking.\n\
                      Mar 17, 2024 at 10:05 PM #12\nA small Dobsonian is best.\n18.03.2024, 07:48 #3\nDanke!";
        assert_eq!(removed(thread), [true, false, true, false, true, false]);
        // Near misses: one stamp, a number after words, a date heading a line of words.
        assert!(removed("17 mar 2024 o 20:05 #2\nThe text.").iter().all(|r| !r));
        let lines =
            "Issue #12\nMarch 17, 2024 release notes for version 2 #4\nPull request #7\nMarch 18, 2024 hotfix notes #5";
        assert!(removed(lines).iter().all(|r| !r));
    }

    #[test]
    fn keeps_a_lone_join_date_and_labels_in_sentences() {
        // One "Registered:" line is a company's or a product's, not a poster panel's.
        assert_eq!(removed("Registered: 12 May 2001\nThe company is based in Leeds."), [false, false]);
        assert_eq!(
            removed("Joined the club in 2019 and never left.\nJoined: the story of two teams in 2020"),
            [false, false]
        );
    }

    #[test]
    fn keeps_a_lone_count_and_labels_followed_by_words() {
        // One count on the page: a sidebar's or a report's, not a thread's.
        assert_eq!(removed("Posts: 12\nThe archive holds every post since 2009."), [false, false]);
        assert_eq!(
            removed("Messages: how to write them\nPosts: the complete guide\nMessages: 3 tips"),
            [false, false, false]
        );
    }

    #[test]
    fn knows_the_joined_label_of_european_portuguese() {
        assert!(is_joined_date("Registado: mar. 2024"));
        assert!(is_joined_date("Registado em: 12/03/2024"));
        assert!(is_label_alone(&JOINED, "Registado"));
        // The word in a sentence is no label.
        assert!(!is_joined_date("Registado no cartório em 2024, o prédio mudou de dono."));
    }

    #[test]
    fn knows_the_panel_labels_of_tagalog() {
        let tagalog = "mang_ben\nSumali:\nHun 12, 2016\nMga mensahe:\n3,114\nPalitan mo ng bagong tekscrew na may goma.\n\
                       ate_lorna\nSumali:\nSet 3, 2020\nMga mensahe:\n487\nGanyan din sa amin dati.";
        assert_eq!(
            removed(tagalog),
            [false, true, true, true, true, false, false, true, true, true, true, false],
            "{tagalog}"
        );
        // A label word over a sentence is no statistic.
        assert!(
            removed("Mga mensahe\nAng mga mensahe ng mga mambabasa ay inilalathala tuwing Biyernes.")
                .iter()
                .all(|r| !r)
        );
        // An event's registration, twice, is no join date.
        assert!(removed("Qeydiyyat: 1 aprelədək\nQeydiyyat: saat 09:00-da başlayır").iter().all(|r| !r));
        assert_eq!(removed("Qeydiyyat tarixi: 12.03.2020\nQeydiyyat tarixi: 03.09.2021"), [true, true]);
    }
}
