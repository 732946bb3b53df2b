//! Removes reading-time notes: "4 min read", "5 minute read", "Reading time: 3 minutes",
//! "Lesezeit: 4 Min.", "Temps de lecture : 3 min", "3 分で読めます". Only short standalone
//! blocks: the note may share its line with a date or a teaser title ("Dec 12, 2025 · 11 min
//! read"), but never with a sentence.

use std::sync::LazyLock;

use regex::Regex;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::{sentence_marks, word_count};
use crate::clean::vocab::{Lexicon, ascii_word_boundaries};
use crate::model::RuleId;

/// Longest block (bytes) that can be a reading-time note.
const MAX_NOTE_BYTES: usize = 140;
/// Most words besides the note itself (a date, an author, a teaser title).
const MAX_OTHER_WORDS: usize = 12;

/// Reading-time phrases. A number of minutes next to a word for reading, in each language.
/// The ASCII word boundary (`\b`, made ASCII below) holds only next to ASCII letters and
/// digits: next to other letters the patterns start with `(?:^|\W)` or with the number, and
/// end without a boundary. Where the number comes first, a note of the later languages must
/// end there or at punctuation (`\s*(?:$|[^\p{L}\p{N}\s])`): "20 minut czytania dziennie"
/// and "15 menit membaca buku" are prose.
const READING_TIME_PATTERNS: &[&str] = &[
    // English: "4 min read", "5-minute read", "Reading time: 3 minutes", "less than a minute read"
    r"\b\d+\s*(?:-|–)?\s*(?:min|mins|minutes?)\.?\s+(?:read|to read)\b",
    r"\b(?:less than a|one|a|under a) minute read\b",
    r"\b(?:estimated )?read(?:ing)? time\s*[:：]?\s*(?:about |approx\.? |~)?\d+\s*(?:min|mins|minutes?)\b",
    r"\btime to read\s*[:：]?\s*\d+\s*(?:min|mins|minutes?)\b",
    // German: "Lesezeit: 4 Min.", "4 Minuten Lesezeit", "Lesedauer 3 min", "Lesezeit: 1 Minute",
    // "ca. 4 Minuten Lesezeit" (the abbreviation's full stop belongs to the note)
    r"\b(?:lesezeit|lesedauer)\s*[:：]?\s*(?:ca\.\s*|etwa\s*|rund\s*|unter\s*)?\d+\s*(?:min|minuten?)\b",
    r"(?:\bca\.\s*)?\b\d+\s*(?:min\.?|minuten?)\s+(?:lesezeit|lesedauer)\b",
    // French: "Temps de lecture : 3 min", "Durée de lecture : 5 min", "3 min de lecture",
    // "Lecture 4 min"
    r"\b(?:temps|durée) de lecture(?: estimée?)?\s*[:：]?\s*(?:environ\s*|~\s*)?\d+\s*(?:min|minutes?)\b",
    r"\b\d+\s*(?:min|minutes?)\s+de lecture\b",
    r"^\W*lecture\s*[:：]?\s*\d+\s*(?:min|minutes?)\b",
    // Spanish and Catalan: "Tiempo de lectura: 3 minutos", "3 min de lectura", "Lectura de 4
    // minutos", "Temps de lectura: 3 minuts"
    r"\b(?:tiempo|temps) (?:estimado )?de lectura\s*[:：]?\s*(?:aprox\.\s*|aproximadamente\s*|unos\s*|~\s*)?\d+\s*(?:min|minutos?|minuts?)\b",
    r"\b\d+\s*(?:min|minutos?|minuts?)\s+de lectura\b",
    r"\blectura de \d+\s*(?:min|minutos?|minuts?)\b",
    r"^\W*lectura\s*[:：]\s*\d+\s*(?:min|minutos?|minuts?)\b",
    // Italian: "Tempo di lettura: 3 minuti", "3 min di lettura", "Lettura da 4 minuti",
    // "Lettura: 4 min"
    r"\btempo (?:stimato )?di lettura\s*[:：]?\s*(?:circa\s*|~\s*)?\d+\s*(?:min|minuti|minuto)\b",
    r"\b\d+\s*(?:min|minuti|minuto)\s+di lettura\b",
    r"\blettura(?: da)? \d+\s*(?:min|minuti|minuto)\b",
    r"^\W*lettura\s*[:：]\s*\d+\s*(?:min|minuti|minuto)\b",
    // Portuguese: "Tempo de leitura: 3 min", "Tempo médio de leitura: 4 minutos", "3 min de
    // leitura", "Leitura de 4 minutos", "Leitura: 3 min"
    r"\btempo (?:estimado |médio )?de leitura\s*[:：]?\s*(?:cerca de\s*|aprox\.\s*|aproximadamente\s*|~\s*)?\d+\s*(?:min|minutos?)\b",
    r"\b\d+\s*(?:min|minutos?)\s+de leitura\b",
    r"\bleitura de \d+\s*(?:min|minutos?)\b",
    r"^\W*leitura\s*[:：]?\s*\d+\s*(?:min|minutos?)\b",
    // Dutch: "Leestijd: 3 minuten", "Leesduur: ongeveer 3 minuten", "3 minuten leestijd", "3 min.
    // lezen"
    r"\b(?:leestijd|leesduur)\s*[:：]?\s*(?:ca\.\s*|circa\s*|ongeveer\s*|±\s*)?\d+\s*(?:min|minuten|minuut)\b",
    r"\b\d+\s*(?:min\.?|minuten|minuut)\s+(?:leestijd|leesduur|lezen)\b",
    // Russian: "Время чтения: 3 минуты", "3 мин. на чтение", "Читать 5 минут", "Чтение займёт 5
    // минут"
    r"время (?:на )?(?:чтени[ея]|прочтени[ея])\s*[:：]?\s*(?:около\s*|примерно\s*|~\s*)?\d+\s*мин",
    r"^\W*чтение займ[её]т\s*(?:около\s*|примерно\s*)?\d+\s*мин",
    r"\d+\s*мин(?:ут[аы]?)?\.?\s+(?:на )?(?:чтени[яе]|прочтени[яе])",
    r"(?:^|\s)читать\s+\d+\s*мин",
    // Ukrainian: "Час читання: 4 хв", "4 хв читання", "Читати 5 хвилин"
    r"(?:^|\W)час (?:на )?читання\s*[:：]?\s*(?:близько\s*|приблизно\s*)?\d+\s*хв",
    r"\d+\s*хв(?:илин[аиу]?)?\.?\s+(?:на )?читання\s*(?:$|[^\p{L}\p{N}\s])",
    r"(?:^|\s)читати\s+\d+\s*хв",
    // Bulgarian and Serbian Cyrillic: "Време за четене: 4 мин", "4 минути четене", "Време читања: 3 мин"
    r"(?:^|\W)време (?:за (?:четене|прочитане)|читања)\s*[:：]?\s*(?:около\s*)?\d+\s*мин",
    r"\d+\s*мин(?:ути|ута)?\.?\s+(?:за )?(?:четене|прочит|читања)\s*(?:$|[^\p{L}\p{N}\s])",
    // Polish: "Czas czytania: 4 min", "4 min czytania", "Przeczytasz w 3 minuty"
    r"\bczas (?:czytania|lektury)\s*[:：]?\s*(?:ok\.\s*|około\s*)?\d+\s*(?:minut[ay]?|min)\b",
    r"\b\d+\s*(?:minut[ay]?|min\.?)\s+(?:czytania|lektury)\b\s*(?:$|[^\p{L}\p{N}\s])",
    r"\bprzeczytasz w\s*\d+\s*(?:minut[ay]?|min)\b",
    // Czech and Slovak: "Doba čtení: 4 minuty", "3 min čtení", "Čas čítania: 4 minúty"
    r"(?:^|\W)(?:doba|čas) (?:čtení|čítania)\s*[:：]?\s*(?:cca\.?\s*|asi\s*|približne\s*)?\d+\s*(?:minut[ay]?|minút[ay]?|min)\b",
    r"\b\d+\s*(?:minut[ay]?|minút[ay]?|min\.?)\s+(?:čtení|čítania)\s*(?:$|[^\p{L}\p{N}\s])",
    r"(?:^|\W)(?:čtení|čítanie) na \d+\s*(?:minut[ay]?|minút[ay]?|min)\b\s*(?:$|[^\p{L}\p{N}\s])",
    // Serbian, Croatian and Bosnian: "Vrijeme čitanja: 4 min", "Vreme čitanja 3 minuta", "4 min čitanja"
    r"\bvr(?:ij)?eme (?:čitanja|za čitanje)\s*[:：]?\s*(?:oko\s*|cca\.?\s*)?\d+\s*(?:minut[aeu]?|min)\b",
    r"\b\d+\s*(?:minut[aeu]?|min\.?)\s+(?:čitanja|za čitanje)\s*(?:$|[^\p{L}\p{N}\s])",
    // Romanian: "Timp de citire: 3 minute", "3 min de citit", "4 minute de lectură", "Citește în 3 minute"
    r"\btimp(?:ul)? (?:de citire|de lectur[aă])\s*[:：]?\s*(?:aproximativ\s*|aprox\.\s*)?\d+\s*(?:minute|minut|min)\b",
    r"\b\d+\s*(?:minute|minut|min\.?)\s+(?:de )?(?:citire|citit|lectur[aă])\s*(?:$|[^\p{L}\p{N}\s])",
    r"\bcite[șşs]te [îi]n \d+\s*(?:minute|min)\b",
    // Hungarian: "Olvasási idő: 3 perc", "3 perces olvasás", "Olvasási idő: kb. 4 perc"
    r"\bolvasási idő\s*[:：]?\s*(?:kb\.\s*|körülbelül\s*|nagyjából\s*)?\d+\s*perc\b",
    r"\b\d+\s*(?:perces|percnyi|perc)\s+(?:olvasás|olvasmány|olvasnivaló)\s*(?:$|[^\p{L}\p{N}\s])",
    // Finnish: "Lukuaika 3 min", "Lukuaika: 3 minuuttia", "3 minuutin lukuaika"
    r"\blukuaika\s*[:：]?\s*(?:noin\s*|n\.\s*|~)?\d+\s*(?:minuuttia|minuutti|min)\b",
    r"\b\d+\s*(?:minuutin|min\.?)\s+(?:lukuaika|lukuhetki)\b\s*(?:$|[^\p{L}\p{N}\s])",
    // Swedish, Danish and Norwegian: "Lästid: 3 min", "Læsetid 4 minutter", "3 minutters lesing"
    r"\b(?:lästid|læsetid|lesetid)\s*[:：]?\s*(?:ca\.?\s*|cirka\s*|ungefär\s*)?\d+\s*(?:minutter|minuter|minutt|minut|min)\b",
    r"\b\d+\s*(?:minutters|minuters|minutter|minuter|min\.?)\s+(?:läsning|lästid|læsning|læsetid|lesing|lesetid)\s*(?:$|[^\p{L}\p{N}\s])",
    // Turkish: "Okuma süresi: 5 dakika", "5 dk okuma", "5 dakikalık okuma", "3 dakikada okunur"
    r"\b(?:tahmini )?okuma süresi\s*[:：]?\s*(?:yaklaşık\s*|ortalama\s*)?\d+\s*(?:dakika|dk)\b",
    r"\b\d+\s*(?:dakikalık|dakika|dk\.?)\s+(?:okuma|okunma)(?: süresi)?\s*(?:$|[^\p{L}\p{N}\s])",
    r"\b\d+\s*dakikada (?:okunur|okuyabilirsiniz)\b",
    // Greek: "Χρόνος ανάγνωσης: 4 λεπτά", "4 λεπτά ανάγνωση"
    r"(?:^|\W)(?:χρόνος|διάρκεια) ανάγνωσης\s*[:：]?\s*(?:περίπου\s*|~)?\d+\s*(?:λεπτά|λεπτό|λεπ)",
    r"\d+\s*(?:λεπτά|λεπτό|λεπ\.?)\s+(?:ανάγνωσης|ανάγνωση|διάβασμα)\s*(?:$|[^\p{L}\p{N}\s])",
    // Arabic: "وقت القراءة: 3 دقائق", "3 دقائق للقراءة", "قراءة 3 دقائق"
    r"(?:وقت|مدة|زمن) القراءة\s*[:：]?\s*(?:حوالي\s*)?\d+\s*(?:دقائق|دقيقة|دقيقتان|دقيقتين)",
    r"\d+\s*(?:دقائق|دقيقة|دقيقتان|دقيقتين)\s+(?:للقراءة|قراءة)\s*(?:$|[^\p{L}\p{N}\s])",
    r"(?:^|\s)قراءة\s*[:：]?\s*\d+\s*(?:دقائق|دقيقة)",
    // Persian, with Persian or Arabic yeh: "زمان مطالعه: ۵ دقیقه", "۳ دقیقه مطالعه"
    r"(?:زمان|مدت(?: زمان)?)(?: تقریبی)? (?:مطالعه|خواندن)\s*[:：]?\s*(?:حدود\s*)?\d+\s*دق[یي]قه",
    r"\d+\s*دق[یي]قه\s+(?:مطالعه|خواندن)\s*(?:$|[^\p{L}\p{N}\s])",
    // Hebrew: "זמן קריאה: 3 דקות", "3 דקות קריאה", "זמן קריאה: כ-4 דק'"
    r"(?:^|\s)זמן (?:קריאה|הקריאה)\s*[:：]?\s*(?:כ-?\s*)?\d+\s*(?:דקות|דקה|דק)",
    r"\d+\s*(?:דקות|דקה|דק'?)\s+(?:קריאה|לקריאה)\s*(?:$|[^\p{L}\p{N}\s])",
    // Hindi: "पढ़ने का समय: 3 मिनट", "3 मिनट में पढ़ें"; ढ़ precomposed (U+095D) or as ढ and
    // a nukta.
    r"प[\x{095D}\x{0922}]\x{093C}?ने (?:का|में लगने वाला) समय\s*[:：]?\s*(?:लगभग\s*)?\d+\s*मिन",
    r"\d+\s*मिनट\s+(?:में\s+)?प[\x{095D}\x{0922}]\x{093C}?ें\s*(?:$|[^\p{L}\p{N}\s])",
    r"\d+\s*मिनट (?:की )?रीड\s*(?:$|[^\p{L}\p{N}\s])",
    // Indonesian and Malay: "Waktu baca 3 menit", "3 menit membaca", "Masa membaca: 4 minit"
    r"\b(?:waktu|masa) (?:baca|membaca|bacaan)\s*[:：]?\s*(?:sekitar\s*|kurang lebih\s*|±\s*)?\d+\s*(?:menit|minit)\b",
    r"\b\d+\s*(?:menit|minit)\s+(?:baca|membaca|bacaan)\b\s*(?:$|[^\p{L}\p{N}\s])",
    r"\b(?:baca|dibaca) dalam \d+\s*(?:menit|minit)\b",
    r"\bbacaan \d+\s*(?:menit|minit)\b",
    // Vietnamese: "Thời gian đọc: 3 phút", "3 phút đọc"
    r"(?:^|\W)thời gian đọc\s*[:：]?\s*(?:khoảng\s*|~)?\d+\s*phút",
    r"\b\d+\s*phút\s+đọc\s*(?:$|[^\p{L}\p{N}\s])",
    // Chinese: "阅读时间：3分钟", "3 分钟阅读", "3 分鐘閱讀", "预计阅读时间", "阅读需要3分钟",
    // "阅读本文需要 5 分钟"
    r"(?:阅读|閱讀)(?:时间|時間|时长|時長)\s*[:：]?\s*(?:约|約)?\s*\d+\s*分",
    r"\d+\s*分钟(?:阅读|读完)",
    r"\d+\s*分鐘(?:閱讀|讀完)",
    r"(?:阅读|閱讀)(?:本文|全文)?(?:约|約|大约|大約)?需要?\s*(?:约|約)?\s*\d+\s*分",
    r"(?:预计阅读|預計閱讀)",
    // Japanese: "3 分で読めます", "読了時間：約4分", "読了時間の目安：約4分", "この記事は約5分で
    // 読めます"
    r"\d+\s*分で読め",
    r"読了(?:時間|目安)(?:の目安)?\s*[:：]?\s*(?:約)?\s*\d+\s*分",
    // Korean: "3분 읽기", "읽는 시간 5분", "예상 읽기 시간: 4분"
    r"\d+\s*분\s*(?:읽기|소요)",
    r"읽(?:는|기) 시간\s*[:：]?\s*(?:약\s*)?\d+\s*분",
    // Thai: "อ่าน 2 นาที", "เวลาในการอ่าน 3 นาที"
    r"^(?:เวลา(?:ใน)?(?:การ)?)?อ่าน\s*[:：]?\s*(?:ประมาณ\s*)?\d+\s*นาที\s*$",
    // Bengali: "পড়তে সময় লাগবে ৩ মিনিট", "৩ মিনিটে পড়ুন"
    r"পড়তে সময় লাগবে\s*[:：]?\s*\d+\s*মিনিট",
    r"\d+\s*মিনিটে পড়ুন",
];

/// Words for minutes; every note with a number has one right after the number ("4 min",
/// "Lesezeit: 4 Min.", "3 分で読めます").
const MINUTE_WORDS: &[&str] = &[
    "min",
    "mins",
    "minute",
    "minutes",
    "minuten",
    "minuut",
    "minutos",
    "minuto",
    "minuti",
    "minuts",
    "minut",
    "minuty",
    "minuta",
    "minutu",
    "minút",
    "minúty",
    "minúta",
    "minuter",
    "minuters",
    "minutter",
    "minutters",
    "minutt",
    "minuuttia",
    "minuutti",
    "minuutin",
    "perc",
    "perces",
    "percnyi",
    "dakika",
    "dakikalık",
    "dakikada",
    "dk",
    "menit",
    "minit",
    "phút",
    "мин",
    "минут",
    "минуты",
    "минуту",
    "минути",
    "минута",
    "хв",
    "хвилин",
    "хвилини",
    "хвилину",
    "хвилина",
    "λεπτά",
    "λεπτό",
    "λεπ",
    "دقائق",
    "دقيقة",
    "دقيقتان",
    "دقيقتين",
    "دقیقه",
    "دقيقه",
    "דקות",
    "דקה",
    "דק",
    "मिनट",
    "นาที",
    "মিনিট",
    "মিনিটে",
    "分",
    "분",
];
/// The one note without a number: "Less than a minute read", "A minute read".
const MINUTE_READ: &str = "minute read";
/// Longest block (bytes) that can be that note.
const MAX_MINUTE_READ_BYTES: usize = 40;

static MINUTES: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(MINUTE_WORDS));
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_word_boundaries(&format!("(?i){}", READING_TIME_PATTERNS.join("|"))))
        .expect("static regex builds")
});

/// Removes short blocks that state how long the text takes to read.
pub struct ReadingTime;

impl Rule for ReadingTime {
    fn id(&self) -> RuleId {
        RuleId("reading_time")
    }

    fn describe(&self) -> &'static str {
        "Reading-time notes such as \"4 min read\", \"Lesezeit: 4 Min.\" or \"3 分で読めます\", as short standalone blocks."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        for block in blocks.iter_mut() {
            if is_reading_time(&block.text) {
                block.remove(self.id());
            }
        }
    }
}

fn is_reading_time(text: &str) -> bool {
    if text.len() > MAX_NOTE_BYTES || !has_minutes(text) && !is_minute_read(text) {
        return false;
    }
    let Some(found) = READING_TIME.find(text) else {
        return false;
    };
    // The abbreviation's full stop ("4 Min.") belongs to the note, not to a sentence.
    let after = &text[found.end()..];
    let after = after.strip_prefix('.').unwrap_or(after);
    let rest = format!("{} {}", &text[..found.start()], after);
    word_count(&rest) <= MAX_OTHER_WORDS && sentence_marks(&rest) == 0
}

/// Whether the first word after a number in `text` is a word for minutes: the gate before
/// the regex. Arabic and Persian pages often write the number in their own digits.
fn has_minutes(text: &str) -> bool {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let ends_number = is_digit(c) && !chars.peek().is_some_and(|&(_, next)| is_digit(next));
        if ends_number && MINUTES.prefix(&text[i + c.len_utf8()..]).is_some() {
            return true;
        }
    }
    false
}

/// ASCII, Arabic-Indic, Persian and Devanagari digits.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{0966}'..='\u{096F}')
}

fn is_minute_read(text: &str) -> bool {
    text.len() <= MAX_MINUTE_READ_BYTES
        && text.len() >= MINUTE_READ.len()
        && text.is_char_boundary(text.len() - MINUTE_READ.len())
        && text[text.len() - MINUTE_READ.len()..].eq_ignore_ascii_case(MINUTE_READ)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::assert_lines;

    #[test]
    fn removes_reading_time_notes() {
        assert_lines(
            &ReadingTime,
            &[
                "4 min read",
                "5 minute read",
                "5-minute read",
                "Less than a minute read",
                "3 MIN. READ",
                "Reading time: 3 minutes",
                "December 18, 2025 ・ 3 min read",
                "David Hartshorne • Updated on Jul 4, 2024 • 28 min read",
                "Lesezeit: 4 Min.",
                "4 Minuten Lesezeit",
                "Temps de lecture : 3 min",
                "Tiempo de lectura: 3 minutos",
                "Tempo di lettura: 3 minuti",
                "Tempo de leitura: 3 min",
                "Leestijd: 3 minuten",
                "Время чтения: 5 минут",
                "阅读时间：3分钟",
                "3 分で読めます",
                "5 phút đọc",
                "Doba čtení: 6 minut",
                "Час читання: 4 хв",
                "Χρόνος ανάγνωσης: 4 λεπτά",
                "זמן קריאה: 3 דקות",
                "この記事は約5分で読めます",
                "5 menit baca",
                "5 min läsning",
            ],
            &[
                "It takes about 4 min to read the whole report, the authors say.",
                "The bill was read in 5 minutes flat by the clerk, who then left the chamber.",
                "Lesezeit ist Lebenszeit.",
                "Readers spent 4 minutes reading on average. That is up from 3 minutes last year.",
                "Allow 10 minutes reading time for the exam.",
                "The 15 minutes ago mark passed quietly.",
                "Read 5 books in 30 days",
                "Trẻ em nên dành 5 phút đọc sách mỗi tối trước khi ngủ.",
                "Dejte si 6 minut čtení denně a uvidíte rozdíl.",
            ],
        );
    }

    #[test]
    fn removes_reading_time_variants_in_the_main_languages() {
        assert_lines(
            &ReadingTime,
            &[
                "Lesezeit: 1 Minute",
                "ca. 4 Minuten Lesezeit",
                "Durée de lecture : 5 min",
                "Tiempo de lectura: aprox. 4 minutos",
                "Lettura: 4 minuti",
                "Tempo di lettura: circa 3 minuti",
                "Leitura: 3 min",
                "Tempo médio de leitura: 4 minutos",
                "Leesduur: ongeveer 3 minuten",
                "Чтение займёт 5 минут",
                "Время чтения: ~3 мин",
                "3 分鐘閱讀",
                "阅读本文需要 5 分钟",
                "読了時間の目安：約4分",
            ],
            &[
                "Rund 4 Minuten Lesezeit pro Tag reichen, sagen Forscher.",
                "La durée de lecture : 5 minutes en moyenne chez les adolescents, selon l'étude.",
                "El tiempo de lectura: unos 20 minutos al día, según la encuesta.",
                "Lettura: 4 minuti al giorno bastano, dicono gli esperti.",
                "Leitura 3 minutos por dia já ajuda, dizem especialistas.",
                "De leesduur: 3 minuten per pagina, volgens de uitgever.",
                "Чтение займёт 5 минут, а польза будет огромной.",
                "阅读本文需要 5 分钟吗？专家说不需要。",
                "読了時間の目安：約4分とされる短編集が売れている。",
            ],
        );
    }

    #[test]
    fn removes_reading_time_notes_in_more_languages() {
        assert_lines(
            &ReadingTime,
            &[
                "Czas czytania: 4 min",
                "4 minuty czytania",
                "3 min čtení",
                "Čas čítania: 4 minúty",
                "5 dakika okuma",
                "Okuma süresi: 5 dk",
                "Χρόνος ανάγνωσης: 4 λεπτά",
                "وقت القراءة: 3 دقائق",
                "زمان مطالعه: ۵ دقیقه",
                "זמן קריאה: 3 דקות",
                "पढ़ने का समय: 3 मिनट",
                "อ่าน 2 นาที",
                "เวลาในการอ่าน 3 นาที",
                "Час читання: 4 хв",
                "Време за четене: 4 мин",
                "Vrijeme čitanja: 4 min",
                "Timp de citire: 3 minute",
                "Olvasási idő: 3 perc",
                "Lukuaika 3 min",
                "Lästid: 3 min",
                "Læsetid 4 minutter",
                "3 minutters lesing",
                "Waktu baca 3 menit",
                "Thời gian đọc: 3 phút",
                "12 Mart 2024 · 5 dk okuma",
                "Temps de lectura: 3 minuts",
                "읽는 시간 5분",
            ],
            &[
                "Uczniowie czytają 20 minut dziennie, wynika z badania.",
                "20 minut czytania dziennie poprawia pamięć",
                "Manfaat 15 menit membaca buku setiap hari",
                "Mỗi ngày 15 phút đọc sách giúp trẻ thông minh hơn",
                "Kitap okuma süresi 30 dakikaya çıktı",
                "Kitap okuma süresi 30 dakika arttı. Uzmanlar memnun.",
                "Lukuaika on lyhyt.",
                "Olvasási idő: 3 perc alatt elfogyott a jegy, mondta a szervező.",
                "Waktu baca 3 menit terlalu singkat untuk laporan sepanjang ini. Redaksi menambahkannya.",
                "Thời gian đọc 3 phút là quá ngắn. Hãy đọc kỹ hơn.",
                "وقت القراءة 3 دقائق فقط؟ هذا غير كاف.",
                "อ่าน 2 นาทีก่อนนอนทุกคืนช่วยให้หลับง่ายขึ้น",
            ],
        );
    }
}
