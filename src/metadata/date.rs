//! Parsing of the many ways pages write dates into ISO 8601.
//!
//! A small set of patterns (ISO and its relatives, numeric day/month/year, a day or month
//! written as a word in most European languages, the year-first Hungarian form, and the CJK
//! `年月日` form) finds a date; a time written right after it (with
//! AM/PM, `21h28`, `20:06 Uhr`) and a zone (`+05:30`, `Z`, `GMT`, a common abbreviation such
//! as `IST` or `CST`) are read when present.
//!
//! Choices, so that results are reproducible and never invented:
//! - The output is `YYYY-MM-DD`, or RFC 3339 (`2016-12-06T21:28:00+05:30`) only when the
//!   time AND the zone are known. A time without a zone keeps just the date: a naive
//!   timestamp would read as UTC to most consumers, which it is not.
//! - The zone is kept as written (never converted to UTC), so the date part is always the
//!   date the page shows.
//! - Ambiguous zone abbreviations take their most common web reading: `IST` is India
//!   (+05:30), `CST` US Central (−06:00), `BST` British Summer Time (+01:00).
//! - A date needs a day, a month and a four-digit year: `December 2016`, `Dec 6` and
//!   `06.12.16` give `None` (a day is never invented). Two exceptions whose year is
//!   certain: `12.03.24 14:05`, two digits each with a clock time after them, is of this
//!   century, and a Japanese era year (`令和6年3月12日`) is counted from the era's start.
//! - Numeric dates whose day and month could be swapped (`12/06/2016`) are decided by the
//!   number above 12 when there is one; otherwise by the [`NumericOrder`] hint; without a
//!   hint, slashes read month-first (the US habit, which is where slash dates with both
//!   numbers ≤ 12 mostly come from) and dots or dashes read day-first (`06.12.2016`).
//! - Years outside [`MIN_YEAR`]`..=`[`MAX_YEAR`] are implausible; "now" is never used.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, FixedOffset, NaiveDate, NaiveTime, SecondsFormat, TimeZone};
use regex::{Captures, Regex};

/// The earliest year accepted as a publication date.
pub const MIN_YEAR: i32 = 1970;
/// The latest year accepted as a publication date (a fixed bound, for reproducibility).
pub const MAX_YEAR: i32 = 2100;

/// How to read a numeric date whose first two numbers could each be the day or the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumericOrder {
    /// `06/12/2016` is 6 December (most of the world).
    DayFirst,
    /// `12/06/2016` is 6 December (the United States).
    MonthFirst,
}

impl NumericOrder {
    /// The order a page in `language` (a BCP 47 tag such as `en-US`, `de`, `en_GB`) most
    /// likely uses; `None` when the tag does not tell (`en` alone is used on both sides).
    pub fn for_language(language: &str) -> Option<NumericOrder> {
        let tag = language.trim().to_ascii_lowercase().replace('_', "-");
        let primary = tag.split('-').next().unwrap_or("");
        match primary {
            "" => None,
            "en" => match tag.split('-').nth(1) {
                Some("us") | Some("ph") => Some(NumericOrder::MonthFirst),
                Some(_) => Some(NumericOrder::DayFirst),
                None => None,
            },
            _ => Some(NumericOrder::DayFirst),
        }
    }
}

/// Month names and abbreviations, lower case, with their number. Shared spellings across
/// languages (`mai`, `dezember`/`dezembro`) agree on the number, so one table serves all.
const MONTH_NAMES: &[(&str, u32)] = &[
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // German
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("feber", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("jän", 1),
    ("mär", 3),
    ("okt", 10),
    ("dez", 12),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("janv", 1),
    ("févr", 2),
    ("fevr", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("ene", 1),
    ("abr", 4),
    ("ago", 8),
    ("dic", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("gen", 1),
    ("mag", 5),
    ("giu", 6),
    ("lug", 7),
    ("set", 9),
    ("ott", 10),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("marco", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("fev", 2),
    ("out", 10),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    ("mrt", 3),
    // Russian (genitive, as dates are written, and nominative)
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    // Russian abbreviations (`18 фев 2025 в 12:30`)
    ("янв", 1),
    ("фев", 2),
    ("мар", 3),
    ("апр", 4),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("сент", 9),
    ("окт", 10),
    ("ноя", 11),
    ("нояб", 11),
    ("дек", 12),
    // Polish (genitive, as dates are written)
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    // Polish abbreviations (forum software and news tickers: `3 lut 2025, o 21:14`)
    ("sty", 1),
    ("lut", 2),
    ("kwi", 4),
    ("cze", 6),
    ("lip", 7),
    ("sie", 8),
    ("wrz", 9),
    ("paź", 10),
    ("lis", 11),
    ("gru", 12),
    // Czech (genitive)
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    // Ukrainian (genitive)
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
    // Greek (genitive)
    ("ιανουαρίου", 1),
    ("φεβρουαρίου", 2),
    ("μαρτίου", 3),
    ("απριλίου", 4),
    ("μαΐου", 5),
    ("ιουνίου", 6),
    ("ιουλίου", 7),
    ("αυγούστου", 8),
    ("σεπτεμβρίου", 9),
    ("οκτωβρίου", 10),
    ("νοεμβρίου", 11),
    ("δεκεμβρίου", 12),
    // Greek without accents, as capitals write it (`12 ΜΑΡΤΙΟΥ 2024`), and abbreviated
    // (`12 Μαρ 2024`; `μαρ`, `σεπ` and `νοε` are shared with other languages or unique)
    ("ιανουαριου", 1),
    ("φεβρουαριου", 2),
    ("μαρτιου", 3),
    ("απριλιου", 4),
    ("μαιου", 5),
    ("μαϊου", 5),
    ("ιουνιου", 6),
    ("ιουλιου", 7),
    ("αυγουστου", 8),
    ("σεπτεμβριου", 9),
    ("οκτωβριου", 10),
    ("νοεμβριου", 11),
    ("δεκεμβριου", 12),
    ("ιαν", 1),
    ("φεβ", 2),
    ("μαρ", 3),
    ("απρ", 4),
    ("μαΐ", 5),
    ("μαϊ", 5),
    ("ιουν", 6),
    ("ιουλ", 7),
    ("αυγ", 8),
    ("σεπ", 9),
    ("σεπτ", 9),
    ("οκτ", 10),
    ("νοε", 11),
    ("δεκ", 12),
    // Ukrainian abbreviations (`12 бер. 2024`)
    ("січ", 1),
    ("лют", 2),
    ("бер", 3),
    ("квіт", 4),
    ("трав", 5),
    ("черв", 6),
    ("лип", 7),
    ("серп", 8),
    ("вер", 9),
    ("жовт", 10),
    ("лист", 11),
    ("груд", 12),
    // Vietnamese months named by their number in words (`12 Tháng Ba, 2024`: "month three")
    // and abbreviated (`12 Th3 2024`); `tháng 3` is read by its own pattern.
    ("tháng một", 1),
    ("tháng giêng", 1),
    ("tháng hai", 2),
    ("tháng ba", 3),
    ("tháng tư", 4),
    ("tháng năm", 5),
    ("tháng sáu", 6),
    ("tháng bảy", 7),
    ("tháng tám", 8),
    ("tháng chín", 9),
    ("tháng mười", 10),
    ("tháng mười một", 11),
    ("tháng mười hai", 12),
    ("tháng chạp", 12),
    ("th1", 1),
    ("th2", 2),
    ("th3", 3),
    ("th4", 4),
    ("th5", 5),
    ("th6", 6),
    ("th7", 7),
    ("th8", 8),
    ("th9", 9),
    ("th10", 10),
    ("th11", 11),
    ("th12", 12),
    // Turkish
    ("ocak", 1),
    ("şubat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
    // Romanian
    ("ianuarie", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("iunie", 6),
    ("iulie", 7),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
    // Finnish (partitive, as dates are written)
    ("tammikuuta", 1),
    ("helmikuuta", 2),
    ("maaliskuuta", 3),
    ("huhtikuuta", 4),
    ("toukokuuta", 5),
    ("kesäkuuta", 6),
    ("heinäkuuta", 7),
    ("elokuuta", 8),
    ("syyskuuta", 9),
    ("lokakuuta", 10),
    ("marraskuuta", 11),
    ("joulukuuta", 12),
    // Indonesian, Swedish, Danish, Norwegian (the spellings not above)
    ("maret", 3),
    ("agustus", 8),
    ("desember", 12),
    // Indonesian abbreviations not above (`12 Agu 2024`, `12 Des 2024`)
    ("agu", 8),
    ("des", 12),
    ("maj", 5),
    ("augusti", 8),
    ("marts", 3),
    // Malay (the spellings not above)
    ("mac", 3),
    ("julai", 7),
    ("ogos", 8),
    ("disember", 12),
    // Catalan (the spellings not above; `12 de març de 2024`, `5 d'abril de 2024`)
    ("gener", 1),
    ("febrer", 2),
    ("març", 3),
    ("maig", 5),
    ("juny", 6),
    ("juliol", 7),
    ("agost", 8),
    ("setembre", 9),
    ("desembre", 12),
    // Estonian (the spellings not above; `5. veebruar 2024`)
    ("jaanuar", 1),
    ("veebruar", 2),
    ("märts", 3),
    ("aprill", 4),
    ("juuni", 6),
    ("juuli", 7),
    ("oktoober", 10),
    ("detsember", 12),
    // Lithuanian (genitive, after the year: `2024 m. kovo 12 d.`)
    ("sausio", 1),
    ("vasario", 2),
    ("kovo", 3),
    ("balandžio", 4),
    ("gegužės", 5),
    ("birželio", 6),
    ("liepos", 7),
    ("rugpjūčio", 8),
    ("rugsėjo", 9),
    ("spalio", 10),
    ("lapkričio", 11),
    ("gruodžio", 12),
    // Slovenian (genitive, as dates are written: `5. februarja 2024`; and the nominatives
    // not above)
    ("januarja", 1),
    ("februarja", 2),
    ("junija", 6),
    ("julija", 7),
    ("marec", 3),
    ("junij", 6),
    ("julij", 7),
    // Latvian (locative, as dates are written: `2024. gada 12. martā`; nominative and
    // genitive, those not above)
    ("janvārī", 1),
    ("februārī", 2),
    ("martā", 3),
    ("aprīlī", 4),
    ("maijā", 5),
    ("jūnijā", 6),
    ("jūlijā", 7),
    ("augustā", 8),
    ("septembrī", 9),
    ("oktobrī", 10),
    ("novembrī", 11),
    ("decembrī", 12),
    ("janvāris", 1),
    ("februāris", 2),
    ("aprīlis", 4),
    ("maijs", 5),
    ("jūnijs", 6),
    ("jūlijs", 7),
    ("augusts", 8),
    ("septembris", 9),
    ("oktobris", 10),
    ("novembris", 11),
    ("decembris", 12),
    ("janvāra", 1),
    ("februāra", 2),
    ("aprīļa", 4),
    ("maija", 5),
    ("jūnija", 6),
    ("jūlija", 7),
    // Macedonian (those not above; `12 јануари 2024`)
    ("јануари", 1),
    ("јуни", 6),
    ("јули", 7),
    // Albanian (those not above; `20 shkurt 2024`, `nentor` as typed without its ë)
    ("janar", 1),
    ("shkurt", 2),
    ("prill", 4),
    ("qershor", 6),
    ("korrik", 7),
    ("gusht", 8),
    ("shtator", 9),
    ("tetor", 10),
    ("nëntor", 11),
    ("nentor", 11),
    ("dhjetor", 12),
    // Icelandic (those not above; `5. febrúar 2024`)
    ("janúar", 1),
    ("febrúar", 2),
    ("apríl", 4),
    ("maí", 5),
    ("júní", 6),
    ("júlí", 7),
    ("ágúst", 8),
    ("nóvember", 11),
    // Galician (those not above; `14 de xaneiro de 2024`). Not the abbreviations `xan`
    // and `xul`: Xan is a first name.
    ("xaneiro", 1),
    ("febreiro", 2),
    ("xuño", 6),
    ("xullo", 7),
    ("decembro", 12),
    // Basque (genitive, as dates are written: `2024ko martxoaren 12a`; and nominative)
    ("urtarrilaren", 1),
    ("otsailaren", 2),
    ("martxoaren", 3),
    ("apirilaren", 4),
    ("maiatzaren", 5),
    ("ekainaren", 6),
    ("uztailaren", 7),
    ("abuztuaren", 8),
    ("irailaren", 9),
    ("urriaren", 10),
    ("azaroaren", 11),
    ("abenduaren", 12),
    ("urtarrila", 1),
    ("otsaila", 2),
    ("martxoa", 3),
    ("apirila", 4),
    ("maiatza", 5),
    ("ekaina", 6),
    ("uztaila", 7),
    ("abuztua", 8),
    ("iraila", 9),
    ("urria", 10),
    ("azaroa", 11),
    ("abendua", 12),
    // Georgian (nominative, `12 მარტი, 2024`, and dative, `2024 წლის 12 მარტს`)
    ("იანვარი", 1),
    ("თებერვალი", 2),
    ("მარტი", 3),
    ("აპრილი", 4),
    ("მაისი", 5),
    ("ივნისი", 6),
    ("ივლისი", 7),
    ("აგვისტო", 8),
    ("სექტემბერი", 9),
    ("ოქტომბერი", 10),
    ("ნოემბერი", 11),
    ("დეკემბერი", 12),
    ("იანვარს", 1),
    ("თებერვალს", 2),
    ("მარტს", 3),
    ("აპრილს", 4),
    ("მაისს", 5),
    ("ივნისს", 6),
    ("ივლისს", 7),
    ("აგვისტოს", 8),
    ("სექტემბერს", 9),
    ("ოქტომბერს", 10),
    ("ნოემბერს", 11),
    ("დეკემბერს", 12),
    // Arabic (the names used in Egypt and the Gulf)
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يوليو", 7),
    ("أغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    // Hebrew (with and without the preposition ב, as dates are written)
    ("ינואר", 1),
    ("פברואר", 2),
    ("מרץ", 3),
    ("אפריל", 4),
    ("מאי", 5),
    ("יוני", 6),
    ("יולי", 7),
    ("אוגוסט", 8),
    ("ספטמבר", 9),
    ("אוקטובר", 10),
    ("נובמבר", 11),
    ("דצמבר", 12),
    ("בינואר", 1),
    ("בפברואר", 2),
    ("במרץ", 3),
    ("באפריל", 4),
    ("במאי", 5),
    ("ביוני", 6),
    ("ביולי", 7),
    ("באוגוסט", 8),
    ("בספטמבר", 9),
    ("באוקטובר", 10),
    ("בנובמבר", 11),
    ("בדצמבר", 12),
    // Hindi
    ("जनवरी", 1),
    ("फरवरी", 2),
    ("मार्च", 3),
    ("अप्रैल", 4),
    ("मई", 5),
    ("जून", 6),
    ("जुलाई", 7),
    ("अगस्त", 8),
    ("सितंबर", 9),
    ("अक्टूबर", 10),
    ("नवंबर", 11),
    ("दिसंबर", 12),
    // Hungarian (dates are written year first: `2024. március 12.`)
    ("január", 1),
    ("február", 2),
    ("március", 3),
    ("április", 4),
    ("május", 5),
    ("június", 6),
    ("július", 7),
    ("augusztus", 8),
    ("szeptember", 9),
    ("október", 10),
    ("febr", 2),
    ("márc", 3),
    ("ápr", 4),
    ("máj", 5),
    ("jún", 6),
    ("júl", 7),
    ("szept", 9),
    // Croatian (genitive, as dates are written, and nominative)
    ("siječnja", 1),
    ("veljače", 2),
    ("ožujka", 3),
    ("travnja", 4),
    ("svibnja", 5),
    ("lipnja", 6),
    ("srpnja", 7),
    ("kolovoza", 8),
    ("rujna", 9),
    ("studenoga", 11),
    ("studenog", 11),
    ("prosinca", 12),
    ("siječanj", 1),
    ("veljača", 2),
    ("ožujak", 3),
    ("travanj", 4),
    ("svibanj", 5),
    ("lipanj", 6),
    ("srpanj", 7),
    ("kolovoz", 8),
    ("rujan", 9),
    ("listopad", 10),
    ("studeni", 11),
    ("prosinac", 12),
    // Serbian and Bosnian in Latin letters (genitive and nominative, those not above)
    ("januara", 1),
    ("februara", 2),
    ("marta", 3),
    ("aprila", 4),
    ("juna", 6),
    ("jula", 7),
    ("avgust", 8),
    ("avgusta", 8),
    ("augusta", 8),
    ("septembar", 9),
    ("septembra", 9),
    ("oktobar", 10),
    ("oktobra", 10),
    ("novembar", 11),
    ("novembra", 11),
    ("decembar", 12),
    ("decembra", 12),
    // Serbian and Macedonian in Cyrillic (genitive and nominative, those not above)
    ("јануар", 1),
    ("јануара", 1),
    ("фебруар", 2),
    ("фебруара", 2),
    ("април", 4),
    ("априла", 4),
    ("мај", 5),
    ("маја", 5),
    ("јун", 6),
    ("јуна", 6),
    ("јул", 7),
    ("јула", 7),
    ("августа", 8),
    ("септембар", 9),
    ("септембра", 9),
    ("октобар", 10),
    ("октобра", 10),
    ("новембар", 11),
    ("новембра", 11),
    ("децембар", 12),
    ("децембра", 12),
    // Bulgarian (those not above)
    ("януари", 1),
    ("февруари", 2),
    ("юни", 6),
    ("юли", 7),
    ("септември", 9),
    ("октомври", 10),
    ("ноември", 11),
    ("декември", 12),
    // Slovak (genitive, those not above)
    ("januára", 1),
    ("februára", 2),
    ("apríla", 4),
    ("mája", 5),
    ("júna", 6),
    ("júla", 7),
    ("októbra", 10),
    // Hindi spellings with nukta or half-nasal consonants
    ("फ़रवरी", 2),
    ("अक्तूबर", 10),
    ("सितम्बर", 9),
    ("नवम्बर", 11),
    ("दिसम्बर", 12),
    // Arabic: the spellings without hamza, the Egyptian and Maghrebi forms, and the
    // Syriac names of the Levant and Iraq
    ("ابريل", 4),
    ("إبريل", 4),
    ("اغسطس", 8),
    ("اكتوبر", 10),
    ("يونيه", 6),
    ("يوليه", 7),
    ("ماي", 5),
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
    // Persian (the Gregorian months; the solar months are in JALALI_MONTHS)
    ("ژانویه", 1),
    ("فوریه", 2),
    ("آوریل", 4),
    ("مه", 5),
    ("ژوئن", 6),
    ("ژوئیه", 7),
    ("اوت", 8),
    ("سپتامبر", 9),
    ("اکتبر", 10),
    ("نوامبر", 11),
    ("دسامبر", 12),
    // Urdu
    ("جنوری", 1),
    ("فروری", 2),
    ("مارچ", 3),
    ("اپریل", 4),
    ("مئی", 5),
    ("جون", 6),
    ("جولائی", 7),
    ("اگست", 8),
    ("ستمبر", 9),
    ("اکتوبر", 10),
    ("نومبر", 11),
    ("دسمبر", 12),
    // Bengali (য় both precomposed and as য + nukta, as pages write it)
    ("জানুয়ারি", 1),
    ("জানুয়ারি", 1),
    ("জানুয়ারী", 1),
    ("ফেব্রুয়ারি", 2),
    ("ফেব্রুয়ারি", 2),
    ("ফেব্রুয়ারী", 2),
    ("মার্চ", 3),
    ("এপ্রিল", 4),
    ("মে", 5),
    ("জুন", 6),
    ("জুলাই", 7),
    ("আগস্ট", 8),
    ("আগষ্ট", 8),
    ("সেপ্টেম্বর", 9),
    ("অক্টোবর", 10),
    ("নভেম্বর", 11),
    ("ডিসেম্বর", 12),
    // Tamil
    ("ஜனவரி", 1),
    ("பிப்ரவரி", 2),
    ("மார்ச்", 3),
    ("ஏப்ரல்", 4),
    ("மே", 5),
    ("ஜூன்", 6),
    ("ஜூலை", 7),
    ("ஆகஸ்ட்", 8),
    ("ஆகஸ்டு", 8),
    ("செப்டம்பர்", 9),
    ("அக்டோபர்", 10),
    ("நவம்பர்", 11),
    ("டிசம்பர்", 12),
    // Thai, full and abbreviated (the year after them is mostly of the Buddhist era)
    ("มกราคม", 1),
    ("กุมภาพันธ์", 2),
    ("มีนาคม", 3),
    ("เมษายน", 4),
    ("พฤษภาคม", 5),
    ("มิถุนายน", 6),
    ("กรกฎาคม", 7),
    ("สิงหาคม", 8),
    ("กันยายน", 9),
    ("ตุลาคม", 10),
    ("พฤศจิกายน", 11),
    ("ธันวาคม", 12),
    ("ม.ค", 1),
    ("ก.พ", 2),
    ("มี.ค", 3),
    ("เม.ย", 4),
    ("พ.ค", 5),
    ("มิ.ย", 6),
    ("ก.ค", 7),
    ("ส.ค", 8),
    ("ก.ย", 9),
    ("ต.ค", 10),
    ("พ.ย", 11),
    ("ธ.ค", 12),
    // Kazakh
    ("қаңтар", 1),
    ("ақпан", 2),
    ("наурыз", 3),
    ("сәуір", 4),
    ("мамыр", 5),
    ("маусым", 6),
    ("шілде", 7),
    ("тамыз", 8),
    ("қыркүйек", 9),
    ("қазан", 10),
    ("қараша", 11),
    ("желтоқсан", 12),
    // Armenian, in the genitive of dates ("12 մարտի, 2024") and the nominative
    ("հունվարի", 1),
    ("փետրվարի", 2),
    ("մարտի", 3),
    ("ապրիլի", 4),
    ("մայիսի", 5),
    ("հունիսի", 6),
    ("հուլիսի", 7),
    ("օգոստոսի", 8),
    ("սեպտեմբերի", 9),
    ("հոկտեմբերի", 10),
    ("նոյեմբերի", 11),
    ("դեկտեմբերի", 12),
    ("հունվար", 1),
    ("փետրվար", 2),
    ("մարտ", 3),
    ("ապրիլ", 4),
    ("մայիս", 5),
    ("հունիս", 6),
    ("հուլիս", 7),
    ("օգոստոս", 8),
    ("սեպտեմբեր", 9),
    ("հոկտեմբեր", 10),
    ("նոյեմբեր", 11),
    ("դեկտեմբեր", 12),
    // Swahili ("januari", "februari", "mei", "juni", "julai" are listed above)
    ("machi", 3),
    ("aprili", 4),
    ("agosti", 8),
    ("septemba", 9),
    ("oktoba", 10),
    ("novemba", 11),
    ("desemba", 12),
    // Tagalog ("enero", "abril", "mayo", "agosto" are listed with Spanish)
    ("pebrero", 2),
    ("marso", 3),
    ("hunyo", 6),
    ("hulyo", 7),
    ("setyembre", 9),
    ("oktubre", 10),
    ("nobyembre", 11),
    ("disyembre", 12),
];

/// The months of the Solar Hijri calendar of Iran and Afghanistan (Persian, also with the
/// Arabic forms of ی and ک that some sites type): dates written with them are converted.
const JALALI_MONTHS: &[(&str, u32)] = &[
    ("فروردین", 1),
    ("فروردين", 1),
    ("اردیبهشت", 2),
    ("ارديبهشت", 2),
    ("خرداد", 3),
    ("تیر", 4),
    ("تير", 4),
    ("مرداد", 5),
    ("امرداد", 5),
    ("شهریور", 6),
    ("شهريور", 6),
    ("مهر", 7),
    ("آبان", 8),
    ("آذر", 9),
    ("دی", 10),
    ("دي", 10),
    ("بهمن", 11),
    ("اسفند", 12),
];

/// Buddhist-era years (Thailand) run this far ahead of the Common Era.
const BUDDHIST_ERA_OFFSET: i32 = 543;
/// The Buddhist-era century of a year written in two digits (`67` is 2567, 2024 CE).
const BUDDHIST_CENTURY: i32 = 2500;

/// The abbreviated Thai months of [`MONTH_NAMES`] (`เม.ย`), which a two-digit year follows.
static THAI_SHORT_MONTHS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    MONTH_NAMES.iter().map(|(name, _)| *name).filter(|name| is_thai(name) && name.contains('.')).collect()
});

/// `2 เม.ย. 67`, `15 ม.ค. 68 10:30`: a Thai date with its Buddhist year in two digits.
static THAI_SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let months = alternation(THAI_SHORT_MONTHS.iter().copied());
    Regex::new(&format!(r"(?P<d>[0-9]{{1,2}})\s*(?P<mon>{months})\.?\s*(?P<y>[0-9]{{2}})")).expect("static regex")
});

/// Whether `text` may hold a Thai date with a two-digit year: a Thai abbreviated month.
pub(crate) fn has_thai_short_month(text: &str) -> bool {
    // Thai letters are U+0E00 to U+0E7F, three bytes led by E0 B8 or E0 B9 in UTF-8.
    text.contains('.')
        && text.as_bytes().windows(2).any(|w| w[0] == 0xE0 && (w[1] == 0xB8 || w[1] == 0xB9))
        && THAI_SHORT_MONTHS.iter().any(|month| text.contains(month))
}

/// Weekday names that may stand before a date (`Monday 05/December/2016`); they are made
/// part of the match so that callers can tell how much of a line the date fills. English
/// ones apart, as English alone writes numeric dates month first (in the United States).
const ENGLISH_WEEKDAY_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// The weekday names of the other languages (see [`ENGLISH_WEEKDAY_NAMES`]). All of them
/// write numeric dates day first, or year first.
const WEEKDAY_NAMES: &[&str] = &[
    // Vietnamese names the weekdays by number: "second day" ... "seventh day", "Lord's day".
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "chủ nhật",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    // Italian weekdays as pages type them without the accent.
    "lunedi",
    "martedi",
    "mercoledi",
    "giovedi",
    "venerdi",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    // Arabic (with and without the hamza that pages often leave out)
    "الأحد",
    "الاحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الاربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    // Persian (with the joiner and without it, as typed)
    "شنبه",
    "یکشنبه",
    "یک‌شنبه",
    "دوشنبه",
    "سه‌شنبه",
    "سه شنبه",
    "چهارشنبه",
    "پنجشنبه",
    "پنج‌شنبه",
    "جمعه",
    // Hebrew ("day one" ... "Sabbath")
    "יום ראשון",
    "יום שני",
    "יום שלישי",
    "יום רביעי",
    "יום חמישי",
    "יום שישי",
    "יום שבת",
    // Hindi
    "रविवार",
    "सोमवार",
    "मंगलवार",
    "बुधवार",
    "गुरुवार",
    "शुक्रवार",
    "शनिवार",
    // Indonesian and Malay
    "senin",
    "isnin",
    "selasa",
    "rabu",
    "kamis",
    "khamis",
    "jumat",
    "jum'at",
    "sabtu",
    "minggu",
    "ahad",
    // Turkish (after the date as often as before it: `12 Mart 2024 Salı`)
    "pazartesi",
    "salı",
    "çarşamba",
    "perşembe",
    "cuma",
    "cumartesi",
    "pazar",
    // Polish
    "poniedziałek",
    "wtorek",
    "środa",
    "czwartek",
    "piątek",
    "sobota",
    "niedziela",
    // Hungarian
    "hétfő",
    "kedd",
    "szerda",
    "csütörtök",
    "péntek",
    "szombat",
    "vasárnap",
    // Finnish
    "maanantai",
    "tiistai",
    "keskiviikko",
    "torstai",
    "perjantai",
    "lauantai",
    "sunnuntai",
    // Danish, Norwegian and Swedish
    "mandag",
    "tirsdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lørdag",
    "søndag",
    "måndag",
    "tisdag",
    "lördag",
    "söndag",
    // Russian
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
    // Ukrainian (with the apostrophe of `п'ятниця` as pages type it)
    "понеділок",
    "вівторок",
    "середа",
    "четвер",
    "пʼятниця",
    "п'ятниця",
    "п’ятниця",
    "субота",
    "неділя",
    // Czech (`sobota` is above)
    "pondělí",
    "úterý",
    "středa",
    "čtvrtek",
    "pátek",
    "neděle",
    // Thai
    "วันจันทร์",
    "วันอังคาร",
    "วันพุธ",
    "วันพฤหัสบดี",
    "วันศุกร์",
    "วันเสาร์",
    "วันอาทิตย์",
    // Bengali
    "সোমবার",
    "মঙ্গলবার",
    "বুধবার",
    "বৃহস্পতিবার",
    "শুক্রবার",
    "শনিবার",
    "রবিবার",
    // Greek
    "δευτέρα",
    "τρίτη",
    "τετάρτη",
    "πέμπτη",
    "παρασκευή",
    "σάββατο",
    "κυριακή",
];

/// Zone abbreviations and their offsets in minutes east of UTC. Ambiguous ones take their
/// most common reading on the web (see the module doc).
const ZONE_ABBREVIATIONS: &[(&str, i32)] = &[
    ("UTC", 0),
    ("GMT", 0),
    ("Z", 0),
    ("WET", 0),
    ("WEST", 60),
    ("BST", 60),
    ("CET", 60),
    ("CEST", 120),
    ("MEZ", 60),
    ("MESZ", 120),
    ("EET", 120),
    ("EEST", 180),
    ("MSK", 180),
    ("IST", 330),
    ("PKT", 300),
    ("WIB", 420),
    ("ICT", 420),
    ("SGT", 480),
    ("HKT", 480),
    ("AWST", 480),
    ("JST", 540),
    ("KST", 540),
    ("ACST", 570),
    ("AEST", 600),
    ("AEDT", 660),
    ("NZST", 720),
    ("NZDT", 780),
    ("EST", -300),
    ("EDT", -240),
    ("CST", -360),
    ("CDT", -300),
    ("MST", -420),
    ("MDT", -360),
    ("PST", -480),
    ("PDT", -420),
    ("AKST", -540),
    ("AKDT", -480),
    ("HST", -600),
    ("AST", -240),
    ("ADT", -180),
    ("BRT", -180),
    ("ART", -180),
];

/// A regex alternation of `words`, longest first so that `sept` wins over `sep`.
fn alternation(words: impl Iterator<Item = &'static str>) -> String {
    let mut words: Vec<&str> = words.collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.dedup();
    words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

static MONTHS: LazyLock<String> =
    LazyLock::new(|| alternation(MONTH_NAMES.iter().chain(JALALI_MONTHS).map(|(n, _)| *n)));
static WEEKDAYS: LazyLock<String> =
    LazyLock::new(|| alternation(ENGLISH_WEEKDAY_NAMES.iter().chain(WEEKDAY_NAMES).copied()));

/// `2016-12-06`, `2016/12/06`, `2016.12.06`, `2016. 12. 06.` (year first is never ambiguous).
static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<y>[0-9]{4})(?P<s1>[-/.])\s?(?P<m>[0-9]{1,2})(?P<s2>[-/.])\s?(?P<d>[0-9]{1,2})")
        .expect("static regex")
});

/// `12 tháng 3 năm 2024`, `ngày 12 tháng 3 năm 2024`, `12 tháng 03, 2024` (Vietnamese: the
/// month is a number after `tháng`, "month"; `ngày`, "day", before the day is part of it).
static VIETNAMESE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:ngày\s+)?(?P<d>[0-9]{1,2})\s+tháng\s+(?P<m>[0-9]{1,2})(?:\s*,\s*|\s+năm\s+|\s+)(?P<y>[0-9]{4})")
        .expect("static regex")
});

/// `2024. március 12.`, `2024. márc. 12.` (Hungarian writes the year first), `2024 m. kovo
/// 12 d.` (Lithuanian: "year" and "day" abbreviated after their numbers).
static YEAR_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?P<y>[0-9]{{4}})\.?\s+(?:m\.\s+)?(?P<mon>{mo})\.?\s+(?P<d>[0-9]{{1,2}})\b",
        mo = *MONTHS
    ))
    .expect("static regex")
});

/// `2024. gada 12. martā` (Latvian: "of the year 2024, on 12 March") and `2024 წლის 12
/// მარტს` (Georgian, the same words): the year first, named as a year, then the day and
/// the month.
static YEAR_DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?P<y>[0-9]{{4}})\.?\s*(?:gada|g\.|წლის)\s+(?P<d>[0-9]{{1,2}})\.?\s*(?P<mon>{mo})",
        mo = *MONTHS
    ))
    .expect("static regex")
});

/// The words that open the year of [`YEAR_DAY_MONTH`]; a text without one skips its search.
const YEAR_WORDS: &[&str] = &["gada", "g.", "წლის"];

/// `2024ko martxoaren 12a`, `2021eko urriaren 5ean` (Basque: "of 2024, of March, the
/// 12th"): the year with its suffix `-ko`, the month in the genitive, the day with its
/// article or its case ending.
static BASQUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?P<y>[0-9]{{4}})-?e?ko\s+(?P<mon>{mo})\s+(?P<d>[0-9]{{1,2}})(?:ean|an|ea|a)?",
        mo = *MONTHS
    ))
    .expect("static regex")
});

/// `12.03.24 14:05` (Hebrew and Greek news tickers): a day, a month and a year of two
/// digits each, with dots; read only when a clock time follows (see [`has_short_year`]).
static SHORT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?P<d>[0-9]{2})\.(?P<m>[0-9]{2})\.(?P<y>[0-9]{2})").expect("static regex"));

/// The bytes of a date of [`SHORT_YEAR`]: a longer match had a clock time after it.
const SHORT_YEAR_BYTES: usize = "12.03.24".len();

/// `令和6年3月12日`, `平成31年4月30日`, `令和元年5月1日`: a Japanese era year, month and day.
static JAPANESE_ERA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<era>令和|平成)\s*(?P<y>元|[0-9]{1,2})\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*日?")
        .expect("static regex")
});

/// The year before the first of each Japanese era (Reiwa 1 is 2019, Heisei 1 is 1989).
const JAPANESE_ERAS: &[(&str, i32)] = &[("令和", 2018), ("平成", 1988)];

/// Whether `text` may hold a date without four digits in a row: a Japanese era year, or a
/// day, month and two-digit year before a clock time (`12.03.24 14:05`).
pub(crate) fn has_short_year(text: &str) -> bool {
    JAPANESE_ERAS.iter().any(|(era, _)| text.contains(era))
        || (text.contains(':') && text.contains('.') && !find_short_year(text).is_empty())
}

/// The first two-digit year read as 19yy.
const FIRST_YEAR_OF_LAST_CENTURY: i32 = 69;

/// The dates of [`SHORT_YEAR`] in `text` that a clock time follows.
fn find_short_year(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    collect(&SHORT_YEAR, text, &mut found, |c| {
        let year: i32 = c.name("y")?.as_str().parse().ok()?;
        // As POSIX reads `%y`: 69–99 are the years of the last century (`31.12.99 23:59`).
        let century = if year >= FIRST_YEAR_OF_LAST_CENTURY { 1900 } else { 2000 };
        plausible(century + year, c.name("m")?.as_str().parse().ok()?, c.name("d")?.as_str().parse().ok()?)
    });
    found.retain(|f| f.range.len() > SHORT_YEAR_BYTES);
    found
}

/// `06.12.2016`, `12/06/2016`, `6-12-2016`.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<a>[0-9]{1,2})(?P<s1>[-/.])\s?(?P<b>[0-9]{1,2})(?P<s2>[-/.])\s?(?P<y>[0-9]{4})")
        .expect("static regex")
});

/// `6 December 2016`, `06 December, 2016`, `05/December/2016`, `6. Dezember 2016`,
/// `6 de diciembre de 2016`, `6th of December 2016`, `Tue, 06 Dec 2016`, `Dienstag, den
/// 6. Dezember 2016`.
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:(?:{wd})\.?[,،]?\s+(?:den\s+)?)?(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?(?:\s*[/\-.,]\s*|\s+)(?:(?:de|of)\s+|d['’])?(?P<mon>{mo})\.?(?:\s*[/\-.,]\s*|\s+)(?:(?:de|del)\s+)?(?P<y>[0-9]{{4}})",
        wd = *WEEKDAYS,
        mo = *MONTHS
    ))
    .expect("static regex")
});

/// `December 6, 2016`, `Dec 6 2016`, `Tuesday, November 19, 2019`, `Dec. 6th, 2016`.
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:(?:{wd})\.?[,،]?\s+)?(?P<mon>{mo})\.?\s*(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(?P<y>[0-9]{{4}})",
        wd = *WEEKDAYS,
        mo = *MONTHS
    ))
    .expect("static regex")
});

/// `2016年12月6日` (Chinese, Japanese) and `2016년 12월 6일` (Korean).
static CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<y>[0-9]{4})\s*[年년]\s*(?P<m>[0-9]{1,2})\s*[月월]\s*(?P<d>[0-9]{1,2})\s*[日일]?")
        .expect("static regex")
});

/// A time right after a date, with its optional AM/PM and zone.
static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^
        (?: (?-i:\s?(?:г|r|р|god|gad)\.)? (?:\s(?:року|roku|года))? \.?
            \s*[,|\-–—/@·•]?\s*
            (?: (?P<clock>kl\.?|klo|kello|kell|u|у|в|во|о|godz\.?|ore|(?:la\s+)?ora|ob|plkst\.?|pukul|jam|lúc|v|ve|στις|בשעה) | (?P<a>à) | at|a\s+las|a\s+la|alle|om|às|ás|la|um|o|เวลา )?\s*
          | T )
        (?: (?P<kampm>오전|오후|上午|下午)\s* )?
        (?P<h>[0-9]{1,2}) (?: :(?P<mi>[0-9]{2}) | \s?h\s?(?P<mi2>[0-9]{2}) | \.(?P<mi3>[0-9]{2})
            | \s?[時时点點시]\s?(?P<mi4>[0-9]{1,2})\s?[分분] | \s?h\b(?P<hour_only>) )
        (?: :(?P<s>[0-9]{2}) (?:[.,][0-9]{1,9})? )?
        (?: \s*(?P<ampm>[ap]\.?\s?m\b\.? | pagi\b | petang\b | malam\b) )?
        (?: \s*(?P<unit>uhr|hrs?\b|h\b|น\.|ч\.) )?
        (?: \s*\(?\s*(?P<zone>
              (?-i:Z\b)
            | [+-][0-9]{2}:?[0-9]{2}
            | (?-i:(?:UTC|GMT)\s?[+-]\s?[0-9]{1,2}(?::?[0-9]{2})?)
            | (?-i:[A-Z]{1,4}\b)
        )\)? )?",
    )
    .expect("static regex")
});

/// A date found in a text: its ISO form and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found {
    iso: String,
    range: Range<usize>,
}

/// Parse a date as written on a page or in metadata (`2016-12-06T21:28:00+05:30`,
/// `December 6, 2016 9:28 PM IST`, `Monday 05/December/2016 20:06 PM`, `6. Dezember 2016`)
/// into ISO 8601: `YYYY-MM-DD`, or RFC 3339 when a time and zone are known.
/// Returns `None` when the text holds no complete, plausible date; never "now".
///
/// The first date in the text is taken, so a label around it (`Published: ...`) does no
/// harm. Ambiguous numeric dates are read as described in the module doc.
pub fn parse_date(text: &str) -> Option<String> {
    parse_date_with(text, None)
}

/// [`parse_date`] with a hint for ambiguous numeric dates (see [`NumericOrder::for_language`]).
pub fn parse_date_with(text: &str, order: Option<NumericOrder>) -> Option<String> {
    find_all(text, order).into_iter().next().map(|f| f.iso)
}

/// Whether `text` is the name of a weekday (`Tuesday`, `Thứ Ba`), in any case.
pub(crate) fn is_weekday_name(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    ENGLISH_WEEKDAY_NAMES.contains(&lower.as_str()) || WEEKDAY_NAMES.contains(&lower.as_str())
}

/// Whether `word` (lower case) names a weekday in a language that writes numeric dates day
/// first: any but English, a part of a hyphenated name (`terça` of `terça-feira`) too.
pub(crate) fn is_day_first_weekday(word: &str) -> bool {
    WEEKDAY_NAMES.iter().any(|name| *name == word || name.contains('-') && name.split('-').any(|part| part == word))
}

/// Weekday abbreviations of German (`Di, 12.03.2024`), Dutch (`di 12 mrt 2024`), French
/// (`lun. 11 mars 2024`), Spanish (`lun., 11 mar. 2024`), Italian (`sab 16 marzo 2024`) and
/// Portuguese (`ter, 12/03/2024`). Too short, and too often words, names or the ends of
/// words (`Roma`, `Sam`), for the date patterns: a byline line drops one only right before
/// its date.
const WEEKDAY_ABBREVIATIONS: &[&str] = &[
    "mo", "di", "mi", "do", "fr", "sa", "so", "ma", "wo", "vr", "za", "zo", "lun", "mar", "mer", "jeu", "ven", "sam",
    "dim", "mié", "mie", "jue", "vie", "sáb", "sab", "dom", "gio", "seg", "ter", "qua", "qui", "sex",
];

/// Whether `text` is a weekday's abbreviation ([`WEEKDAY_ABBREVIATIONS`]), in any case.
pub(crate) fn is_weekday_abbreviation(text: &str) -> bool {
    let lower = text.trim().trim_end_matches('.').to_lowercase();
    WEEKDAY_ABBREVIATIONS.contains(&lower.as_str())
}

/// Whether `text` is the name of a weekday that is no surname or common word (see
/// [`WEEKDAYS_ALSO_NAMES`]): `Thứ Ba` at the end of a name before a date is the date's.
pub(crate) fn is_weekday_only(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    is_weekday_name(&lower) && !WEEKDAYS_ALSO_NAMES.contains(&lower.as_str())
}

/// Find the first date inside a longer text (a byline, a dateline): its ISO form (as
/// [`parse_date`] gives it) and the byte range it spans, including a weekday before it and
/// a time and zone after it.
pub fn find_date(text: &str) -> Option<(String, Range<usize>)> {
    find_all(text, None).into_iter().next().map(|f| (f.iso, f.range))
}

/// Every date inside a text, in order, none overlapping another (see [`find_date`]).
pub fn find_dates(text: &str) -> Vec<(String, Range<usize>)> {
    find_dates_with(text, None)
}

/// [`find_dates`] with a hint for ambiguous numeric dates (see [`NumericOrder`]).
pub fn find_dates_with(text: &str, order: Option<NumericOrder>) -> Vec<(String, Range<usize>)> {
    let mut dates: Vec<(String, Range<usize>)> = Vec::new();
    for found in find_all(text, order) {
        if dates.last().is_none_or(|(_, last)| found.range.start >= last.end) {
            dates.push((found.iso, found.range));
        }
    }
    dates
}

/// Every date candidate in `text`, the earliest first (the longest first among those that
/// start together).
fn find_all(text: &str, order: Option<NumericOrder>) -> Vec<Found> {
    // Digits of other scripts (`١٢ مارس ٢٠٢٤`, `۲۲ اسفند ۱۴۰۲`, `१२ मार्च २०२४`) are read
    // on an ASCII copy, and the spans found there mapped back.
    if let Some((ascii, offsets)) = with_ascii_digits(text) {
        let mut found = find_all_ascii(&ascii, order);
        for f in &mut found {
            let start = offsets.get(f.range.start).copied().unwrap_or(text.len());
            let end = offsets.get(f.range.end).copied().unwrap_or(text.len());
            f.range = start..end;
        }
        return found;
    }
    find_all_ascii(text, order)
}

/// The value of `c` when it is a decimal digit of a script other than ASCII.
fn other_digit_value(c: char) -> Option<u32> {
    let code = c as u32;
    if code < 0x0660 {
        return None;
    }
    OTHER_DIGIT_ZEROS.iter().find(|&&zero| (zero..zero + 10).contains(&code)).map(|&zero| code - zero)
}

/// The zeros of the decimal digits of other scripts (each followed by 1 to 9): Arabic-Indic,
/// Persian and Urdu, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
/// Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, full-width.
const OTHER_DIGIT_ZEROS: [u32; 18] = [
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0, 0x0F20,
    0x1040, 0x17E0, 0x1810, 0xFF10,
];

/// `text` with the digits of other scripts written as ASCII digits, and for each byte
/// offset of the copy (and its end) the offset in `text`; `None` when it has no such digit.
fn with_ascii_digits(text: &str) -> Option<(String, Vec<usize>)> {
    if text.is_ascii() || !text.chars().any(|c| other_digit_value(c).is_some()) {
        return None;
    }
    let mut ascii = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len() + 1);
    let mut previous = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        // A digit of another script glued to an ASCII one (`GMT+1२`) is no number of either.
        let next = chars.peek().map(|&(_, n)| n);
        let mixed = previous.is_some_and(|p: char| p.is_ascii_digit()) || next.is_some_and(|n| n.is_ascii_digit());
        previous = Some(c);
        match other_digit_value(c).filter(|_| !mixed).and_then(|d| char::from_digit(d, 10)) {
            Some(digit) => {
                ascii.push(digit);
                offsets.push(at);
            }
            None => {
                ascii.push(c);
                offsets.extend(std::iter::repeat_n(at, c.len_utf8()));
            }
        }
    }
    offsets.push(text.len());
    Some((ascii, offsets))
}

/// [`find_all`] on a text whose digits are ASCII.
fn find_all_ascii(text: &str, order: Option<NumericOrder>) -> Vec<Found> {
    let mut found = Vec::new();
    // Thai dates may give the Buddhist year in two digits (`2 เม.ย. 67 21:14`).
    if has_thai_short_month(text) {
        collect(&THAI_SHORT_YEAR, text, &mut found, |c| {
            let short: i32 = c.name("y")?.as_str().parse().ok()?;
            let year = BUDDHIST_CENTURY + short - BUDDHIST_ERA_OFFSET;
            plausible(year, month_number(c.name("mon")?.as_str())?, c.name("d")?.as_str().parse().ok()?)
        });
    }
    if JAPANESE_ERAS.iter().any(|(era, _)| text.contains(era)) {
        collect(&JAPANESE_ERA, text, &mut found, |c| {
            let name = c.name("era")?.as_str();
            let era = JAPANESE_ERAS.iter().find(|(era, _)| *era == name)?.1;
            let year = match c.name("y")?.as_str() {
                "元" => 1,
                digits => digits.parse().ok()?,
            };
            plausible(era + year, c.name("m")?.as_str().parse().ok()?, c.name("d")?.as_str().parse().ok()?)
        });
    }
    if text.contains(':') && text.contains('.') {
        found.extend(find_short_year(text));
    }
    // Every other pattern has a four-digit year; most texts handed here (lines, fields)
    // have no four digits in a row, and the search is then skipped.
    if !has_four_digits(text) {
        found.sort_by_key(|f| (f.range.start, std::cmp::Reverse(f.range.end)));
        return found;
    }
    collect(&YEAR_FIRST, text, &mut found, |c| {
        same_separator(c)?;
        let (year, month, day) = (c.name("y")?.as_str(), c.name("m")?.as_str(), c.name("d")?.as_str());
        // Iranian pages write the solar year first in numbers (`۱۴۰۲/۱۱/۲۸`); no page is
        // dated in the Common Era's 14th century.
        let solar_year = year.parse().ok().filter(|y| NUMERIC_JALALI_YEARS.contains(y));
        match solar_year {
            Some(year) => jalali_to_gregorian(year, month.parse().ok()?, day.parse().ok()?),
            None => ymd(year, month, day),
        }
    });
    collect(&NUMERIC, text, &mut found, |c| {
        let separator = same_separator(c)?;
        let a: u32 = c.name("a")?.as_str().parse().ok()?;
        let b: u32 = c.name("b")?.as_str().parse().ok()?;
        let year: i32 = c.name("y")?.as_str().parse().ok()?;
        let order = order.unwrap_or(if separator == "/" { NumericOrder::MonthFirst } else { NumericOrder::DayFirst });
        let (day, month) = match (a > 12, b > 12) {
            (true, true) => return None,
            (true, false) => (a, b),
            (false, true) => (b, a),
            (false, false) => match order {
                NumericOrder::DayFirst => (a, b),
                NumericOrder::MonthFirst => (b, a),
            },
        };
        plausible(year, month, day)
    });
    collect(&DAY_MONTH_YEAR, text, &mut found, |c| {
        let name = c.name("mon")?.as_str();
        let year = c.name("y")?.as_str().parse().ok()?;
        let day = c.name("d")?.as_str().parse().ok()?;
        if let Some(month) = jalali_month_number(name) {
            return jalali_to_gregorian(year, month, day);
        }
        let year = if is_thai(name) && year > MAX_YEAR { year - BUDDHIST_ERA_OFFSET } else { year };
        plausible(year, month_number(name)?, day)
    });
    collect(&VIETNAMESE, text, &mut found, |c| {
        ymd(c.name("y")?.as_str(), c.name("m")?.as_str(), c.name("d")?.as_str())
    });
    if YEAR_WORDS.iter().any(|word| text.contains(word)) {
        collect(&YEAR_DAY_MONTH, text, &mut found, |c| {
            let month = month_number(c.name("mon")?.as_str())?;
            plausible(c.name("y")?.as_str().parse().ok()?, month, c.name("d")?.as_str().parse().ok()?)
        });
    }
    if text.contains("ko ") {
        collect(&BASQUE, text, &mut found, |c| {
            let month = month_number(c.name("mon")?.as_str())?;
            plausible(c.name("y")?.as_str().parse().ok()?, month, c.name("d")?.as_str().parse().ok()?)
        });
    }
    collect(&YEAR_MONTH_DAY, text, &mut found, |c| {
        let month = month_number(c.name("mon")?.as_str())?;
        plausible(c.name("y")?.as_str().parse().ok()?, month, c.name("d")?.as_str().parse().ok()?)
    });
    collect(&MONTH_DAY_YEAR, text, &mut found, |c| {
        let month = month_number(c.name("mon")?.as_str())?;
        plausible(c.name("y")?.as_str().parse().ok()?, month, c.name("d")?.as_str().parse().ok()?)
    });
    collect(&CJK, text, &mut found, |c| ymd(c.name("y")?.as_str(), c.name("m")?.as_str(), c.name("d")?.as_str()));
    found.sort_by_key(|f| (f.range.start, std::cmp::Reverse(f.range.end)));
    found
}

/// Four digits in a row, which every date pattern needs for its year: ASCII digits, or
/// those of another script (`٢٠٢٤`, `२०२४`).
pub(crate) fn has_four_digits(text: &str) -> bool {
    let mut run = 0;
    let ascii_run = text.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == YEAR_DIGITS
    });
    if ascii_run || text.is_ascii() {
        return ascii_run;
    }
    run = 0;
    text.chars().any(|c| {
        run = if c.is_ascii_digit() || other_digit_value(c).is_some() { run + 1 } else { 0 };
        run == YEAR_DIGITS
    })
}

const YEAR_DIGITS: usize = 4;

/// Run one pattern over `text`, turning each match that `to_date` accepts and that does not
/// sit inside a longer number or word into a [`Found`], extended by a following time.
fn collect(pattern: &Regex, text: &str, found: &mut Vec<Found>, to_date: impl Fn(&Captures<'_>) -> Option<NaiveDate>) {
    let mut at = 0;
    while at <= text.len()
        && let Some(caps) = pattern.captures_at(text, at)
    {
        let Some(whole) = caps.get(0) else { break };
        let next = whole.start() + text[whole.start()..].chars().next().map_or(1, char::len_utf8);
        at = whole.end().max(next);
        if !stands_alone(text, whole.start(), whole.end()) {
            // A weekday glued to the end of a word (`Simon, 12 March 2024`: `mon`): the date
            // may still start after it.
            at = next;
            continue;
        }
        let Some(date) = to_date(&caps) else { continue };
        let date_end = whole.end() + weekday_after(&text[whole.end()..]);
        let (iso, end) = match time_after(&text[date_end..]) {
            Some((time, offset, len)) => {
                let iso = match offset.and_then(|o| o.from_local_datetime(&date.and_time(time)).single()) {
                    Some(stamp) => stamp.to_rfc3339_opts(SecondsFormat::Secs, true),
                    None => date.format("%Y-%m-%d").to_string(),
                };
                (iso, date_end + len)
            }
            None => (date.format("%Y-%m-%d").to_string(), date_end),
        };
        found.push(Found { iso, range: without_surname(text, &caps, whole.start())..end });
    }
}

/// Weekday names that are also surnames or words (Polish `Piątek`, `Środa`, `Sobota`,
/// `Niedziela`, `Wtorek`; Turkish `Pazar`, "market", and `Cuma`, a first name; Russian
/// `среда`, "environment").
const WEEKDAYS_ALSO_NAMES: &[&str] = &[
    "piątek",
    "środa",
    "sobota",
    "niedziela",
    "wtorek",
    "pazar",
    "cuma",
    "среда",
    "pátek",
    "středa",
    "neděle",
    "середа",
    "субота",
    "неділя",
];

/// Where a date found at `start` begins: without the weekday before it when that word is
/// also a surname and follows a word of the line (`Krzysztof Piątek, 12 marca 2024`: the
/// name's, not the date's).
fn without_surname(text: &str, caps: &Captures<'_>, start: usize) -> usize {
    let Some(date_start) = ["d", "mon"].iter().filter_map(|name| caps.name(name)).map(|m| m.start()).min() else {
        return start;
    };
    if date_start == start || !text[..start].trim_end().chars().next_back().is_some_and(char::is_alphabetic) {
        return start;
    }
    let weekday = text[start..date_start].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '،' | '.'));
    if WEEKDAYS_ALSO_NAMES.contains(&weekday.to_lowercase().as_str()) { date_start } else { start }
}

/// Chinese, Japanese and Korean name the weekday after the date (`2018年6月20日（水）`,
/// `2018.06.20 (수) 10:30`, `2018年6月20日 星期三`): in brackets, a single character will do;
/// written out, the weekday word must be whole (`水曜日`, `수요일`, `星期三`, `周三`).
static EAST_ASIAN_WEEKDAY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:[（(]\s*(?:[月火水木金土日](?:曜日?)?|[월화수목금토일](?:요일)?|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天])\s*[）)]|[月火水木金土日]曜日|[월화수목금토일]요일|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天])",
    )
    .expect("static regex")
});

/// A weekday written out after a date (`12 Mart 2024 Salı 11:15`, `2024. március 12.,
/// kedd`), as Turkish and Hungarian write it and others may.
static WEEKDAY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^[,،]?\s+(?:{wd})\b", wd = *WEEKDAYS)).expect("static regex"));

/// The bytes a weekday right after a date spans, 0 when none follows: an East Asian one
/// (see [`EAST_ASIAN_WEEKDAY_AFTER`]) or a written-out one ([`WEEKDAY_AFTER`]).
fn weekday_after(rest: &str) -> usize {
    match east_asian_weekday_after(rest) {
        0 if rest.starts_with([',', ' ', '،']) => WEEKDAY_AFTER.find(rest).map_or(0, |m| m.end()),
        bytes => bytes,
    }
}

/// The bytes an East Asian weekday right after a date spans (see
/// [`EAST_ASIAN_WEEKDAY_AFTER`]), 0 when none follows.
fn east_asian_weekday_after(rest: &str) -> usize {
    // Every form holds a character of three bytes within its first few; most dates are
    // followed by ASCII, and the search is then skipped.
    if !rest.bytes().take(8).any(|b| b >= 0xE0) {
        return 0;
    }
    EAST_ASIAN_WEEKDAY_AFTER.find(rest).map_or(0, |m| m.end())
}

/// Whether a match is not glued to a digit or letter on either side (`\b` cannot be used:
/// CJK characters count as word characters, and `日期2016-12-06` is a fine date).
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let glued = |outer: Option<char>, inner: Option<char>| match (outer, inner) {
        (Some(o), Some(i)) => {
            (o.is_ascii_digit() && i.is_ascii_digit()) || (o.is_alphabetic() && i.is_alphabetic() && !is_cjk(o))
        }
        _ => false,
    };
    !glued(before, first) && !glued(after, last)
}

fn is_cjk(c: char) -> bool {
    crate::clean::shape::is_unspaced_script(c) || matches!(c as u32, 0xAC00..=0xD7AF)
}

/// Both separators of a numeric date are the same (`06.12.2016`, not `06.12/2016`).
/// Whether `text` holds a numeric date whose order the reader must know: `12/06/2025`, both
/// numbers a possible month, written with slashes (the one separator read month-first when
/// no hint is given; see [`NumericOrder`]).
pub fn has_ambiguous_numeric_date(text: &str) -> bool {
    has_four_digits(text)
        && text.contains('/')
        && NUMERIC.captures_iter(text).any(|c| {
            let number = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
            match (same_separator(&c), number("a"), number("b")) {
                (Some("/"), Some(a), Some(b)) => (1..=12).contains(&a) && (1..=12).contains(&b) && a != b,
                _ => false,
            }
        })
}

fn same_separator<'t>(caps: &Captures<'t>) -> Option<&'t str> {
    let first = caps.name("s1")?.as_str();
    (first == caps.name("s2")?.as_str()).then_some(first)
}

fn ymd(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    plausible(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// A real calendar date within the plausible years.
fn plausible(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Whether a month name is written in Thai script.
fn is_thai(name: &str) -> bool {
    name.chars().next().is_some_and(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
}

fn jalali_month_number(name: &str) -> Option<u32> {
    JALALI_MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}

/// The Gregorian date of a day of the Solar Hijri calendar, if it is plausible. Leap years
/// follow the 33-year cycle, which matches the astronomical calendar for the years pages are
/// dated with ([`JALALI_YEARS`]); others are not converted.
fn jalali_to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let month_days = match month {
        1..=6 => 31,
        7..=11 => 30,
        12 if is_jalali_leap(year) => 30,
        12 => 29,
        _ => return None,
    };
    if !JALALI_YEARS.contains(&year) || day == 0 || day > month_days {
        return None;
    }
    let year_days = |y: i32| if is_jalali_leap(y) { 366 } else { 365 };
    // Days from 1 Farvardin of the anchor year to 1 Farvardin of `year`, then to the day.
    let to_new_year: i64 = if year >= JALALI_ANCHOR_YEAR {
        (JALALI_ANCHOR_YEAR..year).map(year_days).sum()
    } else {
        -(year..JALALI_ANCHOR_YEAR).map(year_days).sum::<i64>()
    };
    let day_of_year = if month <= 6 { (month - 1) * 31 } else { 186 + (month - 7) * 30 } + day - 1;
    let anchor = NaiveDate::from_ymd_opt(JALALI_ANCHOR_NOWRUZ.0, JALALI_ANCHOR_NOWRUZ.1, JALALI_ANCHOR_NOWRUZ.2)?;
    let date = anchor.checked_add_signed(chrono::TimeDelta::try_days(to_new_year + i64::from(day_of_year))?)?;
    plausible(date.year(), date.month(), date.day())
}

/// Solar Hijri years converted (1961 to 2101).
const JALALI_YEARS: std::ops::RangeInclusive<i32> = 1340..=1479;
/// Solar years read from a date written in numbers, year first. Not the lunar Hijri years
/// of Arab pages (`1445/08/15 هـ`, 1440 to 1470 in this century), which the solar calendar
/// reached in 2061: this reading ends before them.
const NUMERIC_JALALI_YEARS: std::ops::RangeInclusive<i32> = 1340..=1420;
/// 1 Farvardin 1403 was 20 March 2024.
const JALALI_ANCHOR_YEAR: i32 = 1403;
const JALALI_ANCHOR_NOWRUZ: (i32, u32, u32) = (2024, 3, 20);

/// Whether a Solar Hijri year has 366 days: eight years of each 33 (1399, 1403, 1408...).
fn is_jalali_leap(year: i32) -> bool {
    matches!(year.rem_euclid(33), 1 | 5 | 9 | 13 | 17 | 22 | 26 | 30)
}

/// Whether `text` opens with a day of a month, without a year ("June 9 – Tampa, FL",
/// "Oct. 3: Phoenix", "9. Juni", "12 mars"): the way a schedule's lines start.
pub(crate) fn starts_with_day_of_month(text: &str) -> bool {
    let mut words = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let is_day = |word: &str| {
        let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
        let suffix = &word[digits.len()..];
        digits.len() <= 2
            && digits.parse::<u32>().is_ok_and(|day| (1..=31).contains(&day))
            && matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "er" | "e")
    };
    (month_number(first).is_some() && is_day(second)) || (is_day(first) && month_number(second).is_some())
}

/// Whether `text` is the name of a month (`March`, `mars`, `Mär`), in any case.
pub(crate) fn is_month_name(text: &str) -> bool {
    month_number(text.trim()).is_some()
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    MONTH_NAMES.iter().find(|(n, _)| *n == lower).map(|(_, m)| *m)
}

/// A time at the start of `rest`: the time, its zone when known, and the bytes it spans
/// (an unknown zone word is left out of the span).
fn time_after(rest: &str) -> Option<(NaiveTime, Option<FixedOffset>, usize)> {
    let caps = TIME_AFTER.captures(rest)?;
    let mut hour: u32 = caps.name("h")?.as_str().parse().ok()?;
    // A French hour without minutes (`à 18h`) only after its `à`: `2024 4 h` may be a duration.
    if caps.name("hour_only").is_some() && caps.name("a").is_none() {
        return None;
    }
    let minute: u32 = match caps.name("mi").or(caps.name("mi2")).or(caps.name("mi3")).or(caps.name("mi4")) {
        Some(minute) => minute.as_str().parse().ok()?,
        None => caps.name("hour_only").map(|_| 0)?,
    };
    let second: u32 = caps.name("s").map_or(Some(0), |s| s.as_str().parse().ok())?;
    // A dot separator is only a time when something else says so (`12.50` may be a price):
    // a clock word before it (`kl. 10.30`, `klo 10.30`), AM/PM, `Uhr` or a zone after it.
    if caps.name("mi3").is_some()
        && caps.name("clock").is_none()
        && caps.name("unit").is_none()
        && caps.name("ampm").is_none()
        && caps.name("zone").is_none()
    {
        return None;
    }
    // Korean and Chinese write AM and PM before the time (`오전 9:30`, `下午2:15`).
    if let Some(ampm) = caps.name("ampm").or(caps.name("kampm")) {
        let pm = is_afternoon(ampm.as_str());
        // `20:06 PM` occurs in the wild: an hour past 12 already is a 24-hour time.
        if hour <= 12 {
            hour = match (pm, hour) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
        }
    }
    let time = NaiveTime::from_hms_opt(hour, minute, second)?;
    let mut end = caps.get(0)?.end();
    let offset = match caps.name("zone") {
        Some(zone) => match zone_offset(zone.as_str()) {
            Some(offset) => Some(offset),
            None => {
                end = zone.start();
                None
            }
        },
        None => None,
    };
    let end = rest[..end].trim_end().len();
    Some((time, offset, end))
}

/// The offset of a written zone: `Z`, `+05:30`, `+0530`, `GMT+5:30`, `UTC-8`, `IST`.
/// Whether a word marking the half of the day says afternoon or evening: `PM`, the Korean
/// and Chinese words, the Malay `petang` and `malam` (but not `pagi`, morning).
fn is_afternoon(word: &str) -> bool {
    let lower = word.to_lowercase();
    matches!(lower.as_str(), "오후" | "下午" | "petang" | "malam") || (lower.starts_with('p') && lower != "pagi")
}

fn zone_offset(zone: &str) -> Option<FixedOffset> {
    let zone = zone.trim();
    if let Some((_, minutes)) = ZONE_ABBREVIATIONS.iter().find(|(name, _)| *name == zone) {
        return FixedOffset::east_opt(minutes * 60);
    }
    let numeric = zone.trim_start_matches("UTC").trim_start_matches("GMT").replace(' ', "");
    let (sign, digits) = match numeric.chars().next()? {
        '+' => (1, &numeric[1..]),
        '-' => (-1, &numeric[1..]),
        _ => return None,
    };
    let (hours, minutes) = match digits.split_once(':') {
        Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
        None if digits.len() == 4 && digits.is_ascii() => {
            (digits[..2].parse::<i32>().ok()?, digits[2..].parse::<i32>().ok()?)
        }
        None => (digits.parse::<i32>().ok()?, 0),
    };
    if hours > 14 || minutes >= 60 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Option<String> {
        parse_date(text)
    }

    #[test]
    fn a_day_of_a_month_opens_a_schedule_line() {
        for line in [
            "June 9 – West Palm Beach, FL",
            "Oct. 3: Phoenix, AZ",
            "9. Juni Hamburg",
            "12 mars Paris",
            "3rd July London",
        ] {
            assert!(starts_with_day_of_month(line), "{line}");
        }
        for line in ["May 2025 sales rose", "Mai Thai opens a second restaurant", "9 things to know", "June", "32 May"]
        {
            assert!(!starts_with_day_of_month(line), "{line}");
        }
    }

    #[test]
    fn iso_and_rfc3339() {
        assert_eq!(p("2016-12-06").as_deref(), Some("2016-12-06"));
        assert_eq!(p("2016-12-06T21:28:00+05:30").as_deref(), Some("2016-12-06T21:28:00+05:30"));
        assert_eq!(p("2016-12-06T21:28:00.000+0530").as_deref(), Some("2016-12-06T21:28:00+05:30"));
        assert_eq!(p("2016-12-06T21:28:00Z").as_deref(), Some("2016-12-06T21:28:00Z"));
        assert_eq!(p("2016-12-06T23:28:00-05:00").as_deref(), Some("2016-12-06T23:28:00-05:00"));
        // A time without a zone keeps just the date.
        assert_eq!(p("2016-12-06 21:28:00").as_deref(), Some("2016-12-06"));
        assert_eq!(p("2016-12-06T21:28:00").as_deref(), Some("2016-12-06"));
        assert_eq!(p("2016/12/06").as_deref(), Some("2016-12-06"));
        assert_eq!(p("2016.12.06").as_deref(), Some("2016-12-06"));
    }

    #[test]
    fn rfc2822() {
        assert_eq!(p("Tue, 06 Dec 2016 21:28:00 +0000").as_deref(), Some("2016-12-06T21:28:00Z"));
        assert_eq!(p("Tue, 06 Dec 2016 21:28:00 GMT").as_deref(), Some("2016-12-06T21:28:00Z"));
    }

    #[test]
    fn english_words() {
        assert_eq!(p("December 6, 2016 9:28 PM IST").as_deref(), Some("2016-12-06T21:28:00+05:30"));
        assert_eq!(p("Dec 6, 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("Dec. 6th, 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 December 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("06 December, 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6th of December 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("Monday 05/December/2016 20:06 PM").as_deref(), Some("2016-12-05"));
        assert_eq!(p("Tuesday, November 19, 2019 08:38 AM").as_deref(), Some("2019-11-19"));
        assert_eq!(p("19 November 2019, 09:01 AM").as_deref(), Some("2019-11-19"));
        assert_eq!(p("Nov 19, 2019, 10:31 pm CST").as_deref(), Some("2019-11-19T22:31:00-06:00"));
        assert_eq!(p("SEPT 9 2020").as_deref(), Some("2020-09-09"));
    }

    #[test]
    fn numeric_orders() {
        assert_eq!(p("06.12.2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("12/06/2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("25/12/2016").as_deref(), Some("2016-12-25"));
        assert_eq!(p("12/25/2016").as_deref(), Some("2016-12-25"));
        assert_eq!(p("06-12-2016").as_deref(), Some("2016-12-06"));
        assert_eq!(parse_date_with("12/06/2016", Some(NumericOrder::DayFirst)).as_deref(), Some("2016-06-12"));
        assert_eq!(parse_date_with("06.12.2016", Some(NumericOrder::MonthFirst)).as_deref(), Some("2016-06-12"));
        // Mixed separators and impossible pairs are not dates.
        assert_eq!(p("06.12/2016"), None);
        assert_eq!(p("13/13/2016"), None);
    }

    #[test]
    fn other_languages() {
        assert_eq!(p("6. Dezember 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("Veröffentlicht am 6. Dezember 2016, 20:06 Uhr").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 décembre 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("Publié le 6 décembre 2016 à 21h28").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 de diciembre de 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 dicembre 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 de dezembro de 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 december 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("1er mars 2020").as_deref(), Some("2020-03-01"));
        assert_eq!(p("6 декабря 2016 г.").as_deref(), Some("2016-12-06"));
        assert_eq!(p("2016年12月6日").as_deref(), Some("2016-12-06"));
        assert_eq!(p("发布时间：2016年12月6日 21:28").as_deref(), Some("2016-12-06"));
        assert_eq!(p("2016년 12월 6일").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 grudnia 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6. prosince 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 грудня 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 Δεκεμβρίου 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 Aralık 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 decembrie 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6. joulukuuta 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 Desember 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 maj 2016").as_deref(), Some("2016-05-06"));
        assert_eq!(p("6 ديسمبر 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 בדצמבר 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 दिसंबर 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("6 दिसम्बर 2016").as_deref(), Some("2016-12-06"));
        assert_eq!(p("2024. március 12. 10:30").as_deref(), Some("2024-03-12"));
        assert_eq!(p("2024. márc. 12.").as_deref(), Some("2024-03-12"));
        assert_eq!(p("2024. 03. 12.").as_deref(), Some("2024-03-12"));
        assert_eq!(p("12. ožujka 2024.").as_deref(), Some("2024-03-12"));
        assert_eq!(p("12. marta 2024.").as_deref(), Some("2024-03-12"));
        assert_eq!(p("12. новембра 2024.").as_deref(), Some("2024-11-12"));
        assert_eq!(p("12 ноември 2024 г.").as_deref(), Some("2024-11-12"));
        assert_eq!(p("12. júna 2024").as_deref(), Some("2024-06-12"));
        assert_eq!(p("12 Mac 2024, 10:30 pagi").as_deref(), Some("2024-03-12"));
        assert_eq!(p("1 Ogos 2024").as_deref(), Some("2024-08-01"));
        assert_eq!(p("25 Disember 2023").as_deref(), Some("2023-12-25"));
        assert_eq!(p("3 lut 2025, o 21:14").as_deref(), Some("2025-02-03"));
        assert_eq!(p("19 wrz 2022").as_deref(), Some("2022-09-19"));
        assert_eq!(p("14 paź 2024").as_deref(), Some("2024-10-14"));
        assert_eq!(p("18 фев 2025 в 12:30").as_deref(), Some("2025-02-18"));
        assert_eq!(p("2 нояб. 2024").as_deref(), Some("2024-11-02"));
        // Not a date: a year and a month with no day, a number after it that is a count.
        assert_eq!(p("2024. március"), None);
        assert_eq!(p("2024 May 125 runners"), None);
        // A short month word is read only between a day and a year.
        assert_eq!(p("Sie kamen 2024"), None);
    }

    #[test]
    fn times_after_local_clock_words() {
        let span = |text: &str| find_date(text).map(|(_, range)| text[range].to_owned());
        for (text, date) in [
            ("12. 3. 2024. u 10:30", "12. 3. 2024. u 10:30"),
            ("12 mars 2024 kl. 10.30", "12 mars 2024 kl. 10.30"),
            ("12.3.2024 klo 10.30", "12.3.2024 klo 10.30"),
            ("12 марта 2024 в 10:30", "12 марта 2024 в 10:30"),
            ("12 март 2024 г., 10:30", "12 март 2024 г., 10:30"),
            ("12 marca 2024 r., godz. 10:30", "12 marca 2024 r., godz. 10:30"),
        ] {
            assert_eq!(span(text).as_deref(), Some(date), "{text}");
        }
        // Without a clock word a dotted number after a date may be a price or a score.
        assert_eq!(span("12 mars 2024 10.30").as_deref(), Some("12 mars 2024"));
        // Hours and minutes written with their East Asian units.
        for text in ["2024年3月12日 10時45分", "2024年3月12日 10点45分", "2024년 3월 12일 오후 2시 15분"]
        {
            assert_eq!(span(text).as_deref(), Some(text), "{text}");
        }
    }

    #[test]
    fn asian_and_middle_eastern_calendars_and_digits() {
        assert_eq!(p("١٢ مارس ٢٠٢٤").as_deref(), Some("2024-03-12"));
        assert_eq!(p("بتاريخ ١٢ آذار ٢٠٢٤").as_deref(), Some("2024-03-12"));
        assert_eq!(p("12 كانون الثاني 2024").as_deref(), Some("2024-01-12"));
        assert_eq!(p("۱۲ مارچ ۲۰۲۴").as_deref(), Some("2024-03-12"));
        assert_eq!(p("१२ मार्च २०२४").as_deref(), Some("2024-03-12"));
        assert_eq!(p("প্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০").as_deref(), Some("2024-03-12"));
        assert_eq!(p("12 மார்ச் 2024, 10:30 AM").as_deref(), Some("2024-03-12"));
        assert_eq!(p("١٢ مارس ٢٠٢٤ ١٠:٤٥ GMT").as_deref(), Some("2024-03-12T10:45:00Z"));
        // Thai: the Buddhist era runs 543 years ahead; a Common Era year stays.
        assert_eq!(p("12 มีนาคม 2567 เวลา 10:15 น.").as_deref(), Some("2024-03-12"));
        // Thai forums give the Buddhist year in two digits after an abbreviated month.
        assert_eq!(p("2 เม.ย. 67 21:14").as_deref(), Some("2024-04-02"));
        // Catalan, Estonian and Lithuanian spellings, and the words around a time.
        assert_eq!(p("12 de març de 2024").as_deref(), Some("2024-03-12"));
        assert_eq!(p("5 d'abril de 2024").as_deref(), Some("2024-04-05"));
        assert_eq!(p("5. veebruar 2024").as_deref(), Some("2024-02-05"));
        assert_eq!(p("2024 m. kovo 12 d.").as_deref(), Some("2024-03-12"));
        assert_eq!(find_date("12.03.2024 kell 10:30").map(|(_, r)| r), Some(0..21));
        assert_eq!(find_date("12 март 2024, 10:30 ч.").map(|(_, r)| r.end), Some("12 март 2024, 10:30 ч.".len()));
        assert_eq!(p("15 ม.ค. 68").as_deref(), Some("2025-01-15"));
        assert_eq!(p("ราคา 2 เม.ย. 670 บาท"), None);
        assert_eq!(p("12 มี.ค. 2567").as_deref(), Some("2024-03-12"));
        assert_eq!(p("12 มีนาคม 2024").as_deref(), Some("2024-03-12"));
        // Solar Hijri (Iran): converted, leap years included.
        assert_eq!(p("۲۲ اسفند ۱۴۰۲").as_deref(), Some("2024-03-12"));
        assert_eq!(p("۱۴۰۲/۱۱/۲۸").as_deref(), Some("2024-02-17"));
        assert_eq!(find_date("Dienstag, den 12. März 2024").map(|(_, r)| r.start), Some(0));
        // A weekday between the date and its time belongs to the date.
        assert_eq!(
            find_date("12 Mart 2024 Salı 11:15 GMT").map(|(iso, _)| iso).as_deref(),
            Some("2024-03-12T11:15:00Z")
        );
        assert_eq!(find_date("12 Mart 2024 Salı 11:15").map(|(_, r)| r), Some(0..24));
        assert_eq!(p("1402/11/28").as_deref(), Some("2024-02-17"));
        assert_eq!(p("1402/12/30"), None);
        // Lunar Hijri years of Arab pages are no solar years.
        assert_eq!(p("1445/08/15"), None);
        assert_eq!(p("۱ فروردین ۱۴۰۳").as_deref(), Some("2024-03-20"));
        assert_eq!(p("30 اسفند 1403").as_deref(), Some("2025-03-20"));
        assert_eq!(p("1 فروردین 1404").as_deref(), Some("2025-03-21"));
        assert_eq!(p("10 دی 1402").as_deref(), Some("2023-12-31"));
        assert_eq!(p("30 اسفند 1402"), None);
        assert_eq!(p("5 مهر 1370").as_deref(), Some("1991-09-27"));
        // Korean and Vietnamese numeric forms.
        assert_eq!(p("입력 2024. 3. 12. 오전 9:30").as_deref(), Some("2024-03-12"));
        assert_eq!(p("2024. 3. 12. 오후 2:15 KST").as_deref(), Some("2024-03-12T14:15:00+09:00"));
        // Chinese and Malay halves of the day, before and after the time.
        assert_eq!(p("2024年3月12日 上午10:30").as_deref(), Some("2024-03-12"));
        assert_eq!(p("2024年3月12日 下午2:15 +0800").as_deref(), Some("2024-03-12T14:15:00+08:00"));
        assert_eq!(p("12 Mac 2024 2:15 petang +0800").as_deref(), Some("2024-03-12T14:15:00+08:00"));
        assert_eq!(p("12 Mac 2024 10:30 pagi +0800").as_deref(), Some("2024-03-12T10:30:00+08:00"));
        // A Mac without a day and a year is no month.
        assert_eq!(p("Mac 2024"), None);
        assert_eq!(p("2024.03.12 14:30").as_deref(), Some("2024-03-12"));
        // An East Asian weekday between the date and its time.
        assert_eq!(p("2024年3月12日（火）10:30 +0900").as_deref(), Some("2024-03-12T10:30:00+09:00"));
        assert_eq!(p("2024.03.12 (화) 오후 2:15 KST").as_deref(), Some("2024-03-12T14:15:00+09:00"));
        assert_eq!(p("ngày 12 tháng 3 năm 2024").as_deref(), Some("2024-03-12"));
        assert_eq!(p("12 tháng 03, 2024").as_deref(), Some("2024-03-12"));
        for (line, weekday) in [
            ("2024年3月12日（火）", "（火）"),
            ("2024/03/12(火)", "(火)"),
            ("2024年3月12日 火曜日", " 火曜日"),
            ("2024년 3월 12일 화요일", " 화요일"),
            ("2024年3月12日 星期二", " 星期二"),
            ("2024-03-12 周二", " 周二"),
        ] {
            let (_, range) = find_date(line).unwrap_or_default();
            assert_eq!(range.end, line.len(), "{line}: the weekday {weekday} belongs to the date");
        }
        // A character that is no weekday, or a weekday's character alone, stays out.
        assert_eq!(find_date("2024年3月12日 日本").map(|(_, r)| r.end), Some("2024年3月12日".len()));
        assert_eq!(find_date("2024-03-12 火").map(|(_, r)| r.end), Some("2024-03-12".len()));
        // Near misses: a sentence break after a year, a month number that is not one.
        assert_eq!(p("in 2024. 3 people came"), None);
        assert_eq!(p("12 tháng 13 năm 2024"), None);
        let line = "نشر في ١٢ مارس ٢٠٢٤";
        assert_eq!(find_date(line).map(|(_, r)| r), Some("نشر في ".len()..line.len()));
    }

    #[test]
    fn months_and_time_words_of_romanian_slovenian_latvian_and_their_neighbours() {
        let span = |text: &str| find_date(text).map(|(iso, range)| (iso, text[range].to_owned()));
        for (text, iso) in [
            // Romanian: `la` ("at") and `ora` ("hour") before the time.
            ("17 martie 2024 la 19:22", "2024-03-17"),
            ("17 martie 2024, ora 19:22", "2024-03-17"),
            ("17 martie 2024 la ora 19:22", "2024-03-17"),
            // Slovenian: genitive months, `ob` ("at").
            ("5. februarja 2024 ob 18:20", "2024-02-05"),
            ("12. januarja 2024", "2024-01-12"),
            ("3. julija 2024", "2024-07-03"),
            // Latvian: the year first, named as a year, and locative months; `plkst.`.
            ("2024. gada 12. martā", "2024-03-12"),
            ("2024. gada 5. februārī plkst. 10:30", "2024-02-05"),
            ("2024. gada 5. februāris", "2024-02-05"),
            ("16. maijs 2024", "2024-05-16"),
            // Serbian and Macedonian Cyrillic: `у`, `во` ("in").
            ("12. март 2024. у 10:30", "2024-03-12"),
            ("12 јануари 2024 во 18:20", "2024-01-12"),
            ("5 јули 2024", "2024-07-05"),
            // Albanian.
            ("20 shkurt 2024", "2024-02-20"),
            ("5 nëntor 2024, 10:30", "2024-11-05"),
            ("1 dhjetor 2024", "2024-12-01"),
            // Icelandic: `kl.`.
            ("5. febrúar 2024 kl. 10:30", "2024-02-05"),
            ("17. júní 2024", "2024-06-17"),
            // Galician: `ás` ("at the") and a trailing `h`.
            ("14 de xaneiro de 2024 ás 20:15", "2024-01-14"),
            ("12/03/2024 ás 10:30 h", "2024-12-03"),
            // Basque: `2024ko martxoaren 12a` ("of 2024, of March, the 12th").
            ("2024ko martxoaren 12a", "2024-03-12"),
            ("2021eko urriaren 5ean", "2021-10-05"),
            ("2024ko otsailaren 5a, 10:30", "2024-02-05"),
            // Georgian: nominative and dative months, the year named (`წლის`).
            ("12 მარტი, 2024 10:30", "2024-03-12"),
            ("12 მარტი 2024", "2024-03-12"),
            ("2024 წლის 12 მარტს", "2024-03-12"),
        ] {
            let (found, date) = span(text).unwrap_or_else(|| panic!("no date: {text}"));
            assert_eq!(found, iso, "{text}");
            assert_eq!(date, text, "the time belongs to the date: {text}");
        }
        // Near misses: a month word without a day and a year (Albanian `shkurt` is also
        // "short", Latvian `Maija` a first name), a Basque year with no day after the month,
        // `la` before a number that is no time.
        assert_eq!(p("Shkurt 2024"), None);
        assert_eq!(p("Maija Ozola 2024"), None);
        assert_eq!(p("2024ko martxoaren"), None);
        assert_eq!(p("2024. gada martā"), None);
        assert_eq!(find_date("17 martie 2024 la 19 ani").map(|(_, r)| r.end), Some("17 martie 2024".len()));
    }

    #[test]
    fn weekdays_of_asian_and_middle_eastern_languages_are_part_of_the_date() {
        let span = |text: &str| find_date(text).map(|(iso, range)| (iso, text[range].to_owned()));
        for (text, iso, date) in [
            ("نُشر في: الأحد 2 مارس 2025", "2025-03-02", "الأحد 2 مارس 2025"),
            ("الأحد، 2 مارس 2025", "2025-03-02", "الأحد، 2 مارس 2025"),
            ("سه‌شنبه ۲۴ فروردین ۱۴۰۳", "2024-04-12", "سه‌شنبه ۲۴ فروردین ۱۴۰۳"),
            ("יום שלישי, 12 במרץ 2024", "2024-03-12", "יום שלישי, 12 במרץ 2024"),
            ("सोमवार, 15 जुलाई 2024", "2024-07-15", "सोमवार, 15 जुलाई 2024"),
            ("Senin, 12 Maret 2024", "2024-03-12", "Senin, 12 Maret 2024"),
            ("Πέμπτη 9 Μαΐου 2024", "2024-05-09", "Πέμπτη 9 Μαΐου 2024"),
        ] {
            assert_eq!(span(text), Some((iso.to_owned(), date.to_owned())), "{text}");
        }
        // A weekday alone, or before a number that is no date, is nothing.
        assert_eq!(p("الأحد 2 مارس"), None);
        assert_eq!(p("Minggu 12 orang"), None);
    }

    #[test]
    fn incomplete_or_implausible_is_none() {
        assert_eq!(p(""), None);
        assert_eq!(p("yesterday"), None);
        assert_eq!(p("December 2016"), None);
        assert_eq!(p("Dec 6"), None);
        assert_eq!(p("06.12.16"), None);
        assert_eq!(p("1969-12-31"), None);
        assert_eq!(p("2101-01-01"), None);
        assert_eq!(p("2016-02-30"), None);
        assert_eq!(p("31 February 2016"), None);
        assert_eq!(p("call 0123-456-7890"), None);
        assert_eq!(p("version 12016-12-06"), None);
        assert_eq!(p("6 mayonnaise 2016"), None);
    }

    #[test]
    fn other_scripts_digits_never_panic() {
        // Digits of other scripts are read, and never sliced inside a character.
        assert_eq!(p("December 6, 2016 9:28 PM GMT+1२").as_deref(), Some("2016-12-06T21:28:00+01:00"));
        assert_eq!(p("٢٠١٦-١٢-٠٦").as_deref(), Some("2016-12-06"));
    }

    #[test]
    fn find_date_reports_the_span() {
        let text = "Chris Davies - Nov 19, 2019, 10:31 pm CST";
        let (iso, range) = find_date(text).expect("date");
        assert_eq!(iso, "2019-11-19T22:31:00-06:00");
        assert_eq!(&text[range], "Nov 19, 2019, 10:31 pm CST");

        let text = "World Monday 05/December/2016 20:06 PM";
        let (_, range) = find_date(text).expect("date");
        assert_eq!(&text[range], "Monday 05/December/2016 20:06 PM");

        // An unknown zone word is not part of the span.
        let text = "Posted December 6, 2016 9:28 PM Foo";
        let (iso, range) = find_date(text).expect("date");
        assert_eq!(iso, "2016-12-06");
        assert_eq!(&text[range], "December 6, 2016 9:28 PM");
    }

    #[test]
    fn dates_of_the_fourth_round() {
        for (text, iso) in [
            // Vietnamese: `ngày` before the day, months in words and abbreviated.
            ("ngày 12 tháng 3 năm 2024", "2024-03-12"),
            ("12 Tháng Ba, 2024", "2024-03-12"),
            ("12 Tháng Mười Hai, 2024", "2024-12-12"),
            ("12 tháng năm 2024", "2024-05-12"),
            ("12 Th3 2024", "2024-03-12"),
            // Indonesian abbreviations.
            ("12 Agu 2024", "2024-08-12"),
            ("12 Des 2024", "2024-12-12"),
            // Czech and Ukrainian weekdays in lower case; Ukrainian abbreviations.
            ("úterý 12. března 2024", "2024-03-12"),
            ("neděle 17. března 2024", "2024-03-17"),
            ("п'ятниця, 15 березня 2024", "2024-03-15"),
            ("12 бер. 2024", "2024-03-12"),
            ("12 лист. 2024", "2024-11-12"),
            // Greek abbreviated and in capitals.
            ("12 Μαρ 2024", "2024-03-12"),
            ("12 Μαΐ 2024", "2024-05-12"),
            ("12 ΜΑΡΤΙΟΥ 2024", "2024-03-12"),
            ("12 ΜΑΪΟΥ 2024", "2024-05-12"),
            // Japanese era years.
            ("令和6年3月12日", "2024-03-12"),
            ("令和元年5月1日", "2019-05-01"),
            ("平成31年4月30日", "2019-04-30"),
        ] {
            assert_eq!(p(text).as_deref(), Some(iso), "{text}");
        }
        // Words before a time: Czech `v`, Greek `στις`, Hebrew `בשעה`; Ukrainian and Polish
        // year words before it.
        let dated = |text: &str| find_date(text).map(|(_, range)| text[range].to_owned());
        assert_eq!(dated("12. března 2024 v 18:20").as_deref(), Some("12. března 2024 v 18:20"));
        assert_eq!(dated("17 Μαρτίου 2024 στις 19:22").as_deref(), Some("17 Μαρτίου 2024 στις 19:22"));
        assert_eq!(dated("12 במרץ 2024 בשעה 18:02").as_deref(), Some("12 במרץ 2024 בשעה 18:02"));
        assert_eq!(dated("12 березня 2024 року, 10:30").as_deref(), Some("12 березня 2024 року, 10:30"));
        assert_eq!(dated("12 березня 2024 р. о 10:30").as_deref(), Some("12 березня 2024 р. о 10:30"));
    }

    #[test]
    fn a_two_digit_year_needs_a_clock_time_after_it() {
        assert_eq!(p("12.03.24 14:05").as_deref(), Some("2024-03-12"));
        assert_eq!(p("31.12.99 23:59").as_deref(), Some("1999-12-31"));
        assert_eq!(p("עודכן: 12.03.24 14:05").as_deref(), Some("2024-03-12"));
        assert!(has_short_year("12.03.24 14:05") && has_short_year("令和6年3月12日"));
        for text in
            ["12.03.24", "Version 12.03.24 released", "1.02.24 14:05", "score 12.03.24, 14 points", "31.02.24 10:00"]
        {
            assert_eq!(p(text), None, "{text}");
        }
        assert!(!has_short_year("Version 12.03.24 released"));
    }

    #[test]
    fn find_dates_lists_each_once() {
        let text = "Published on Oct 21, 2025 Updated on Mar 9, 2026";
        let dates: Vec<String> = find_dates(text).into_iter().map(|(iso, _)| iso).collect();
        assert_eq!(dates, ["2025-10-21", "2026-03-09"]);
        assert!(find_dates("no date here").is_empty());
    }

    #[test]
    fn probe_37_times_months_and_weekdays() {
        // A dot in the time before `Uhr`; a French time with spaces, or an hour after `à`.
        assert_eq!(find_date("12.03.2024, 10.30 Uhr").map(|(_, r)| r), Some(0.."12.03.2024, 10.30 Uhr".len()));
        assert_eq!(p("12 mars 2024 à 10 h 30").as_deref(), Some("2024-03-12"));
        assert_eq!(find_date("12 mars 2024, 10 h 30").map(|(_, r)| r), Some(0.."12 mars 2024, 10 h 30".len()));
        assert_eq!(find_date("15 mars 2024 à 18h").map(|(_, r)| r), Some(0.."15 mars 2024 à 18h".len()));
        // Without its clock word or `Uhr`, a dot time may be a price; an hour alone a duration.
        assert_eq!(find_date("12.03.2024 12.50").map(|(_, r)| r), Some(0.."12.03.2024".len()));
        assert_eq!(find_date("12 mars 2024 4 h").map(|(_, r)| r), Some(0.."12 mars 2024".len()));
        // Austrian February; Italian weekdays without their accent, and Sunday.
        assert_eq!(p("12. Feber 2024").as_deref(), Some("2024-02-12"));
        assert_eq!(find_date("lunedi 11 marzo 2024").map(|(_, r)| r.start), Some(0));
        assert_eq!(find_date("domenica, 17 marzo 2024").map(|(_, r)| r.start), Some(0));
        // Abbreviations are for bylines only (`Roma, 12 marzo 2024` is no `ma` Monday).
        assert!(is_weekday_abbreviation("Di") && is_weekday_abbreviation("lun.") && is_weekday_abbreviation("sáb"));
        assert!(!is_weekday_name("di") && !is_weekday_abbreviation("dinsdag"));
        assert_eq!(find_date("Roma, 12 marzo 2024").map(|(_, r)| r.start), Some("Roma, ".len()));
    }

    #[test]
    fn weekdays_of_day_first_languages_are_all_but_englishs() {
        for word in ["martes", "terça", "feira", "maandag", "domenica", "dimanche"] {
            assert!(is_day_first_weekday(word), "{word}");
        }
        for word in ["monday", "sun", "thurs", "sunday"] {
            assert!(!is_day_first_weekday(word), "{word}");
            assert!(is_weekday_name(word), "{word}");
        }
    }

    #[test]
    fn a_weekday_glued_to_a_word_does_not_hide_the_date() {
        // `Simon` ends with `mon`, `Palmer` with `mer`: the date after the word still counts.
        assert_eq!(p("Simon, 12 March 2024").as_deref(), Some("2024-03-12"));
        assert_eq!(find_date("Simon, 12 March 2024").map(|(_, r)| r.start), Some("Simon, ".len()));
        assert_eq!(p("Bertrand Palmer 12 March 2024").as_deref(), Some("2024-03-12"));
        // A date inside a longer number is still none.
        assert_eq!(p("112/03/20245"), None);
    }

    #[test]
    fn numeric_order_for_language() {
        assert_eq!(NumericOrder::for_language("en-US"), Some(NumericOrder::MonthFirst));
        assert_eq!(NumericOrder::for_language("en_GB"), Some(NumericOrder::DayFirst));
        assert_eq!(NumericOrder::for_language("de"), Some(NumericOrder::DayFirst));
        assert_eq!(NumericOrder::for_language("en"), None);
    }

    #[test]
    fn reads_kazakh_armenian_swahili_and_tagalog_months() {
        assert_eq!(parse_date("12 наурыз 2024, 10:30").as_deref().map(|d| &d[..10]), Some("2024-03-12"));
        assert_eq!(parse_date("12 մարտի, 2024 14:05").as_deref().map(|d| &d[..10]), Some("2024-03-12"));
        assert_eq!(parse_date("Machi 12, 2024").as_deref().map(|d| &d[..10]), Some("2024-03-12"));
        assert_eq!(parse_date("Marso 17, 2024").as_deref().map(|d| &d[..10]), Some("2024-03-17"));
        assert_eq!(parse_date("17 marso 2024").as_deref().map(|d| &d[..10]), Some("2024-03-17"));
        // A month's word without a day and a year is no date.
        assert_eq!(parse_date("Қазан қаласында жаңа саябақ ашылды"), None);
    }
}
