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
const READING_TIME_PATTERNS: &[&str] = &[
    // English: "4 min read", "5-minute read", "Reading time: 3 minutes", "less than a minute read"
    r"\b\d+\s*(?:-|–)?\s*(?:min|mins|minutes?)\.?\s+(?:read|to read)\b",
    r"\b(?:less than a|one|a|under a) minute read\b",
    r"\b(?:estimated )?read(?:ing)? time\s*[:：]?\s*(?:about |approx\.? |~)?\d+\s*(?:min|mins|minutes?)\b",
    r"\btime to read\s*[:：]?\s*\d+\s*(?:min|mins|minutes?)\b",
    // German: "Lesezeit: 4 Min.", "4 Minuten Lesezeit", "Lesedauer 3 min"
    r"\b(?:lesezeit|lesedauer)\s*[:：]?\s*(?:ca\.\s*|etwa\s*|rund\s*)?\d+\s*(?:min|minuten)\b",
    r"\b\d+\s*(?:min\.?|minuten)\s+(?:lesezeit|lesedauer)\b",
    // French: "Temps de lecture : 3 min", "3 min de lecture", "Lecture 4 min"
    r"\btemps de lecture\s*[:：]?\s*(?:environ\s*)?\d+\s*(?:min|minutes?)\b",
    r"\b\d+\s*(?:min|minutes?)\s+de lecture\b",
    r"^\W*lecture\s*[:：]?\s*\d+\s*(?:min|minutes?)\b",
    // Spanish: "Tiempo de lectura: 3 minutos", "3 min de lectura", "Lectura de 4 minutos"
    r"\btiempo (?:estimado )?de lectura\s*[:：]?\s*\d+\s*(?:min|minutos?)\b",
    r"\b\d+\s*(?:min|minutos?)\s+de lectura\b",
    r"\blectura de \d+\s*(?:min|minutos?)\b",
    // Italian: "Tempo di lettura: 3 minuti", "3 min di lettura", "Lettura da 4 minuti"
    r"\btempo (?:stimato )?di lettura\s*[:：]?\s*\d+\s*(?:min|minuti|minuto)\b",
    r"\b\d+\s*(?:min|minuti|minuto)\s+di lettura\b",
    r"\blettura(?: da)? \d+\s*(?:min|minuti)\b",
    // Portuguese: "Tempo de leitura: 3 min", "3 min de leitura", "Leitura de 4 minutos"
    r"\btempo (?:estimado )?de leitura\s*[:：]?\s*\d+\s*(?:min|minutos?)\b",
    r"\b\d+\s*(?:min|minutos?)\s+de leitura\b",
    r"\bleitura de \d+\s*(?:min|minutos?)\b",
    // Dutch: "Leestijd: 3 minuten", "3 minuten leestijd", "3 min. lezen"
    r"\bleestijd\s*[:：]?\s*(?:ca\.\s*)?\d+\s*(?:min|minuten|minuut)\b",
    r"\b\d+\s*(?:min\.?|minuten|minuut)\s+(?:leestijd|lezen)\b",
    // Russian: "Время чтения: 3 минуты", "3 мин. на чтение", "Читать 5 минут"
    r"время (?:на )?чтения\s*[:：]?\s*(?:около\s*)?\d+\s*мин",
    r"\d+\s*мин(?:ут[аы]?)?\.?\s+(?:на )?чтени[яе]",
    r"(?:^|\s)читать\s+\d+\s*мин",
    // Chinese: "阅读时间：3分钟", "3 分钟阅读", "预计阅读时间"
    r"(?:阅读|閱讀)(?:时间|時間|时长|時長)\s*[:：]?\s*(?:约|約)?\s*\d+\s*分",
    r"\d+\s*分钟(?:阅读|读完)",
    r"预计阅读",
    // Japanese: "3 分で読めます", "読了時間：約4分", "この記事は約5分で読めます"
    r"\d+\s*分で読め",
    r"読了(?:時間|目安)\s*[:：]?\s*(?:約)?\s*\d+\s*分",
    // Korean: "3분 읽기", "읽는 시간 5분"
    r"\d+\s*분\s*(?:읽기|소요)",
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
    "мин",
    "минут",
    "минуты",
    "минуту",
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
/// the regex.
fn has_minutes(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|i| {
        let ends_number = bytes[i].is_ascii_digit() && !bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        ends_number && text.get(i + 1..).and_then(|rest| MINUTES.prefix(rest)).is_some()
    })
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
            ],
            &[
                "It takes about 4 min to read the whole report, the authors say.",
                "The bill was read in 5 minutes flat by the clerk, who then left the chamber.",
                "Lesezeit ist Lebenszeit.",
                "Readers spent 4 minutes reading on average. That is up from 3 minutes last year.",
                "Allow 10 minutes reading time for the exam.",
                "The 15 minutes ago mark passed quietly.",
                "Read 5 books in 30 days",
            ],
        );
    }
}
