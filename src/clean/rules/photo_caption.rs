//! `photo_caption`: image captions, recognised by the photo or agency credit they end with:
//! "Regime forces have so far seized two-thirds of Aleppo's rebel-held east [AFP]",
//! "Protesters outside parliament on Monday (Photo: Reuters)". A caption is short and its
//! words before the credit are not a finished sentence; a paragraph that ends by citing an
//! agency ("..., the ministry told AFP.") is text and stays. Many European sites write the
//! credit without brackets after the description ("Tramvaj na Václavském náměstí. Foto:
//! ČTK"); it is recognised as a credit standing alone would be.

use std::sync::LazyLock;

use regex::Regex;

use crate::clean::block::{Block, BlockKind};
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::rules::media_furniture::is_photo_credit;
use crate::clean::shape;
use crate::model::RuleId;

/// Captions are at most this many words, credit included.
const MAX_CAPTION_WORDS: usize = 40;
/// How many of a caption's last words may start an unbracketed credit ("Foto: Pixsell",
/// "Photo: Damian Dovarganes, AP").
const MAX_TRAILING_CREDIT_WORDS: usize = 12;
/// What ends a caption's description before an unbracketed credit: a full stop or a
/// separator ("Radfahrer auf der Brücke. Foto: dpa", "Le port | Photo : AFP").
const CAPTION_SEPARATORS: &[char] = &['.', '!', '?', '|', '–', '—', '-', '/', '•', '·', ')', ']', ','];

/// A trailing bracketed credit of words: "Photo: X", "Foto by X", "Image credit: X",
/// "Credit: X", "© X", "(صورة: X)", "(फ़ोटो: X)", "(ছবি: X)", "(ภาพ: X)" (any case; the colon
/// is needed after "credit": "credit/debit cards" is no credit; and after Thai "ภาพ", which
/// opens longer words: "ภาพยนตร์", film). Anchored at the end of the block and inside
/// brackets, so the names in running text ("AP reported") never match. Agencies are matched by [`agency_credit_at`].
static TRAILING_CREDIT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"[\[(（]\s*(?:",
        r"(?i:(?:photo|picture|image|foto|fotoğraf|fotó|bild|imagen|immagine|afbeelding|zdjęcie|фото|تصوير|摄影|攝影|写真|照片|图片|圖片|사진",
        r"|صورة|الصورة|عکس|[\x{092B}\x{095E}]\x{093C}?ोटो|तस्वीर|ছবি|ภาพประกอบ|ภาพ|снимка|bilde|gambar|تصویر|فوٹو",
        r"|புகைப்படம்|படம்)s?",
        r"\s*(?:by|credit|:|：|=|©))[^\])）]{0,60}",
        // "(foto Ansa)": the Italian, Spanish and Turkish habit, a name straight after the word.
        r"|(?i:foto|fotoğraf)\s+\p{Lu}[^\])）]{0,40}",
        // "(Nuotr. BNS)": the Lithuanian abbreviation of "photo", a name straight after it.
        r"|(?i:nuotr\.)\s*\p{Lu}[^\])）]{0,40}",
        r"|(?i:credit|crédit|crédito|copyright)\s*[:：][^\])）]{0,60}|©[^\])）]{0,60}",
        // "(File photo)", "(Representational image)", "(أرشيفية)": a picture from the archive.
        r"|(?i:file\s+(?:photo|image|picture|pic)|archive\s+(?:photo|image|picture)",
        r"|representa(?:tional|tive)\s+(?:image|photo|picture)|symbolbild|archivbild|archivfoto",
        r"|(?:photo|image)\s+d['’]archives?|(?:foto|imagen)\s+de\s+archivo|foto\s+d['’]archivio",
        r"|foto\s+de\s+arquivo|архивное\s+фото|фото\s+из\s+архива|архівне\s+фото",
        r"|أرشيفية|صورة\s+أرشيفية|عکس\s+آرشیوی|[\x{092B}\x{095E}]\x{093C}?ाइल\s+[\x{092B}\x{095E}]\x{093C}?ोटो",
        r"|प्रतीकात्मक\s+(?:तस्वीर|चित्र)|ফাইল\s+ছবি|ภาพแฟ้ม)",
        r")\s*[\])）]\s*$",
    ))
    .ok()
});

/// The words without which [`TRAILING_CREDIT`] cannot match, in the same case-insensitive
/// sense: searched for first, since the credit pattern's bounded repetitions make its
/// search slow (and its compilation is then only paid on pages that have such words).
static CREDIT_WORDS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i:photo|picture|image|foto|fotó|bild|imagen|immagine|afbeelding|zdjęcie|фото|تصوير|摄影|攝影|写真|照片",
        r"|图片|圖片|사진|صورة|عکس|[\x{092B}\x{095E}]\x{093C}?ोटो|तस्वीर|ছবি|ภาพ|credit|crédit|crédito|copyright",
        r"|file|archiv|representa|symbolbild|архив|архів|أرشيف|प्रतीकात्मक|снимка|gambar|تصویر|فوٹو|படம்|nuotr)|©",
    ))
    .ok()
});

/// Agencies and picture libraries, spelled as they spell themselves.
const AGENCIES: &[&str] = &[
    "AFP",
    "AP",
    "Reuters",
    "REUTERS",
    "EPA",
    "Getty Images",
    "Getty",
    "Shutterstock",
    "AAP",
    "dpa",
    "DPA",
    "ANSA",
    "EFE",
    "Xinhua",
    "PTI",
    "IANS",
    "ANI",
    "Anadolu Agency",
    "Anadolu",
    "Bloomberg",
    "SIPA",
    "Sipa",
    "Alamy",
    "iStock",
    "Unsplash",
    "ddp",
    "DDP",
    "picture alliance",
    "imago",
    "Belga",
    "ANP",
    "TASS",
    "RIA Novosti",
    "Kyodo",
    "Yonhap",
];

/// At most this many characters of a name before an agency ("John Smith/AFP") and after
/// it ("AFP via Getty Images").
const MAX_AGENCY_NAME_CHARS: usize = 40;

/// A trailing bracketed credit: where its bracket opens, and whether it says it is one
/// ("(Photo: Reuters)", "(foto Ansa)") rather than only naming an agency ("(AFP)").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TrailingCredit {
    start: usize,
    worded: bool,
}

/// The earliest bracket of a trailing credit in `text` (which ends with a closing bracket
/// and no whitespace): the bracketed words, or an agency credit.
fn trailing_credit(text: &str) -> Option<TrailingCredit> {
    let has_words = CREDIT_WORDS.as_ref().is_none_or(|words| words.is_match(text));
    let worded = if has_words { TRAILING_CREDIT.as_ref()?.find(text).map(|m| m.start()) } else { None };
    // The leftmost credit wins, as it would in one pattern: only brackets before a worded
    // credit can start an earlier agency credit.
    let limit = worded.unwrap_or(text.len());
    let agency = text.char_indices().take_while(|&(i, _)| i < limit).find_map(|(i, c)| {
        let inner = text.get(i + 1..text.len().checked_sub(1)?)?;
        (matches!(c, '[' | '(') && is_agency_credit(inner)).then_some(i)
    });
    match (agency, worded) {
        (Some(start), _) => Some(TrailingCredit { start, worded: false }),
        (None, Some(start)) => Some(TrailingCredit { start, worded: true }),
        (None, None) => None,
    }
}

/// Whether the text between the brackets is an agency credit: the agency, maybe after a
/// name and a slash ("John Smith/AFP"), maybe followed by a slash or "via" and a name
/// ("AFP via Getty Images"), with spaces around.
///
/// This is the pattern `\s*(?:[\w .&-]{0,40}/)?AGENCY(?:\s*(?:/|via)\s*[\w .&-]{0,40})?\s*`
/// written out by hand: as a regex its bounded Unicode repetitions cost 40 ms to compile,
/// more than the rule spends on a thousand pages.
fn is_agency_credit(inner: &str) -> bool {
    let core = inner.trim_matches(char::is_whitespace);
    core.char_indices().any(|(at, _)| {
        let (before, rest) = core.split_at(at);
        AGENCIES.iter().any(|agency| {
            rest.strip_prefix(agency).is_some_and(|after| agency_name_before(before) && agency_name_after(after))
        })
    })
}

/// Nothing, or a short name followed by a slash.
fn agency_name_before(before: &str) -> bool {
    match before.strip_suffix('/') {
        Some(name) => is_short_name(name),
        None => before.is_empty(),
    }
}

/// Nothing, or a slash or "via" and a short name.
fn agency_name_after(after: &str) -> bool {
    if after.is_empty() {
        return true;
    }
    let after = after.trim_start_matches(char::is_whitespace);
    let Some(name) = after.strip_prefix('/').or_else(|| after.strip_prefix("via")) else {
        return false;
    };
    is_short_name(name.trim_start_matches(char::is_whitespace))
}

/// At most [`MAX_AGENCY_NAME_CHARS`] word characters, spaces, dots, ampersands and hyphens
/// (`[\w .&-]{0,40}`, with `\w` as the regex crate defines it).
fn is_short_name(name: &str) -> bool {
    name.chars().count() <= MAX_AGENCY_NAME_CHARS
        && name
            .chars()
            .all(|c| matches!(c, ' ' | '.' | '&' | '-') || regex_syntax::try_is_word_character(c).unwrap_or(false))
}

/// Whether `text` is a description followed by an unbracketed photo credit, as captions are
/// written on many European sites: "Tramvaj na Václavském náměstí. Foto: ČTK", "Villamos a
/// Margit hídon. Fotó: MTI", "Трамвај на Славији ФОТО: Танјуг", "ראש העיר בטקס. צילום: פלאש
/// 90". The credit follows a full
/// stop or a separator, or is written in capitals; a paragraph ending "... Source: Reuters"
/// cites its source and is not a caption (see [`is_photo_credit`]).
fn ends_with_plain_credit(text: &str) -> bool {
    let starts = text
        .char_indices()
        .rev()
        // A credit opens with a capital, or with a letter of a script without case ("צילום:"),
        // Thai among the scripts written without spaces: its captions set the credit off
        // with one ("… ภาพ: ทีมข่าว").
        .filter(|&(i, c)| {
            (c.is_uppercase()
                || (c.is_alphabetic() && !c.is_lowercase() && (!shape::is_unspaced_script(c) || is_thai(c))))
                && text[..i].ends_with(char::is_whitespace)
        })
        .take(MAX_TRAILING_CREDIT_WORDS);
    for (start, _) in starts {
        let head = text[..start].trim_end();
        let credit = text[start..].trim_end_matches('.');
        if head.is_empty() || !(is_photo_credit(credit) || is_credit_in_more_scripts(credit)) {
            continue;
        }
        let word = credit.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let capitals = word.chars().count() > 1 && !word.chars().any(char::is_lowercase);
        if capitals || head.ends_with(CAPTION_SEPARATORS) {
            return true;
        }
    }
    false
}

/// Credit labels that the shared credit words ([`is_photo_credit`]) do not hold: Thai "ภาพ:"
/// (picture) and "ภาพประกอบ:" (illustration), Bengali "ছবি:" (picture), Urdu "فوٹو:"
/// (photo), Tamil "படம்:" (picture; also a film, so the colon and names are needed) and
/// "புகைப்படம்:" (photograph), and the Lithuanian abbreviation "Nuotr." (photo), whose full
/// stop stands for the colon ("Nuotr. BNS").
const MORE_CREDIT_LABELS: &[&str] = &["ภาพ", "ภาพประกอบ", "ছবি", "فوٹو", "படம்", "புகைப்படம்", "Nuotr."];
/// Most words of the names after such a label ("ทีมข่าว", "সংগৃহীত", "প্রথম আলো").
const MAX_MORE_CREDIT_NAME_WORDS: usize = 6;

/// Whether `credit` is one of [`MORE_CREDIT_LABELS`], a colon (or the label's own full stop
/// and a space) and a few words of names with
/// no sentence in them: "ภาพ: ทีมข่าว", "ছবি: সংগৃহীত". The colon is needed: Thai writes the
/// label's word into longer ones ("ภาพยนตร์", film) without a space.
fn is_credit_in_more_scripts(credit: &str) -> bool {
    MORE_CREDIT_LABELS.iter().any(|label| {
        let names = credit.strip_prefix(label).and_then(|rest| {
            if label.ends_with('.') { rest.strip_prefix(' ') } else { rest.trim_start().strip_prefix([':', '：']) }
        });
        names.is_some_and(|names| {
            let names = names.trim_end_matches(['.', '।']);
            (1..=MAX_MORE_CREDIT_NAME_WORDS).contains(&shape::word_count_up_to(names, MAX_MORE_CREDIT_NAME_WORDS))
                && shape::sentence_marks(names) == 0
        })
    })
}

fn is_thai(c: char) -> bool {
    matches!(c, '\u{0E00}'..='\u{0E7F}')
}

/// The verbs a Chinese or Japanese photo credit ends with: "shot (by)", "photographed".
const SHOT_BY: &[&str] = &["拍摄", "拍攝", "摄影", "攝影", "撮影", "摄", "攝"];
/// Most characters of the name part of such a credit ("新华社记者 李明", "本报记者王强").
const MAX_SHOT_BY_NAME_CHARS: usize = 16;
/// What ends the description before such a credit, or opens the bracket it stands in.
const SHOT_BY_SEPARATORS: &[char] = &['。', '！', '？', '，', '、', '（', '(', '【', '[', '/', '／', '＝', '=', ' '];

/// Reporters' titles before the name in a credit ("新华社记者 李明 摄", "本报记者王强摄").
const REPORTER_TITLES: &[&str] = &["记者", "記者", "通讯员", "通訊員"];

/// Whether `text` ends with a photo credit in the Chinese or Japanese way, the name before
/// the verb: "图为施工现场。新华社记者 李明 摄", "（王强 摄）", "…北海道内、佐藤健太撮影".
/// The credit is the name part after the last sentence end, comma or bracket, and it is
/// set off from the verb by a space or slash, or opens with a reporter's title, or (the
/// Japanese papers' habit) the caption gives its date and place after `＝`. A sentence
/// that merely ends with the verb ("将于明年在北京开始拍摄") is none of these.
fn ends_with_shot_credit(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '）' | ')' | '】' | ']'));
    let Some(verb) = SHOT_BY.iter().find(|v| trimmed.ends_with(**v)) else {
        return false;
    };
    let glued = &trimmed[..trimmed.len() - verb.len()];
    let before = glued.trim_end_matches([' ', '　', '/', '／']);
    let set_off = before.len() < glued.len();
    let Some(head_end) = before.rfind(|c: char| SHOT_BY_SEPARATORS.contains(&c) && c != ' ') else {
        // A credit standing alone ("李明 摄") needs a description before it to be a caption.
        return false;
    };
    let name = before[head_end..].trim_start_matches(|c: char| SHOT_BY_SEPARATORS.contains(&c));
    let titled = REPORTER_TITLES.iter().any(|t| name.contains(t));
    let japanese = *verb == "撮影" && text.contains('＝');
    (set_off || titled || japanese)
        && (2..=MAX_SHOT_BY_NAME_CHARS).contains(&name.chars().count())
        && name.chars().all(|c| shape::is_unspaced_script(c) || matches!(c, ' ' | '　' | '·'))
}

/// Most words of the name before a Korean "provided by" credit ("부산시 제공", "연합뉴스 제공").
const MAX_PROVIDER_WORDS: usize = 3;

/// Whether `text` is a description and a Korean credit "(name) 제공" (provided by), as
/// Korean captions end: "해운대 해수욕장의 모습. 부산시 제공". The credit follows a full stop
/// or stands in brackets; a sentence that provides something ends with a verb (`제공했다`).
fn ends_with_provided_by(text: &str) -> bool {
    let Some(rest) = text.trim_end_matches(['.', ' ']).strip_suffix("제공") else {
        return false;
    };
    let Some(cut) = rest.rfind(['.', '。', '(', '/']) else {
        return false;
    };
    let (description, name) = (rest[..cut].trim(), rest[cut + 1..].trim());
    !description.is_empty() && (1..=MAX_PROVIDER_WORDS).contains(&shape::word_count_up_to(name, MAX_PROVIDER_WORDS))
}

/// The rule's id.
pub const PHOTO_CAPTION: RuleId = RuleId("photo_caption");

/// Removes image captions that end with a photo or agency credit.
pub struct PhotoCaption;

impl Rule for PhotoCaption {
    fn id(&self) -> RuleId {
        PHOTO_CAPTION
    }

    fn describe(&self) -> &'static str {
        "Image captions that end with a photo or agency credit (\"... east [AFP]\", \"(Photo: Reuters)\", \"... Brücke. Foto: dpa\")."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        for block in blocks.iter_mut() {
            if block.is_removed() || matches!(block.kind, BlockKind::Heading(_) | BlockKind::Preformatted) {
                continue;
            }
            let text = block.text.trim_end();
            if shape::word_count_up_to(text, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS {
                continue;
            }
            if ends_with_shot_credit(text) {
                block.remove(self.id());
                continue;
            }
            if !text.ends_with([']', ')', '）']) {
                if ends_with_plain_credit(text) || ends_with_provided_by(text) {
                    block.remove(self.id());
                }
                continue;
            }
            let Some(credit) = trailing_credit(text) else { continue };
            let before = text[..credit.start].trim_end();
            // A finished sentence before an agency's name is text citing its source; a
            // bracket that says "Photo:" is a credit after any description.
            if before.is_empty() || (!credit.worded && shape::ends_like_sentence(before)) {
                continue;
            }
            block.remove(self.id());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::assert_lines;

    /// The single pattern the rule used before agencies were matched by hand.
    static ONE_PATTERN: LazyLock<Regex> = LazyLock::new(one_pattern);

    fn one_pattern() -> Regex {
        let agencies = AGENCIES.join("|");
        let pattern = format!(
            concat!(
                r"[\[(（]\s*(?:",
                r"(?i:(?:photo|picture|image|foto|fotoğraf|fotó|bild|imagen|immagine|afbeelding|zdjęcie|фото|تصوير|摄影|攝影|写真|照片|图片|圖片|사진",
                r"|صورة|الصورة|عکس|[\x{{092B}}\x{{095E}}]\x{{093C}}?ोटो|तस्वीर|ছবি|ภาพประกอบ|ภาพ|снимка|bilde|gambar|تصویر|فوٹو",
                r"|புகைப்படம்|படம்)s?",
                r"\s*(?:by|credit|:|：|=|©))[^\])）]{{0,60}}",
                r"|(?i:foto|fotoğraf)\s+\p{{Lu}}[^\])）]{{0,40}}",
                r"|(?i:nuotr\.)\s*\p{{Lu}}[^\])）]{{0,40}}",
                r"|(?i:credit|crédit|crédito|copyright)\s*[:：][^\])）]{{0,60}}|©[^\])）]{{0,60}}",
                r"|(?:[\w .&-]{{0,40}}/)?(?:{})",
                r"(?:\s*(?:/|via)\s*[\w .&-]{{0,40}})?",
                r")\s*[\])）]\s*$",
            ),
            agencies
        );
        Regex::new(&pattern).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Bracketed credits built from the pieces the pattern cares about: shuffled pieces, and
    /// credits shaped like real ones with pieces that may break them.
    fn credit_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = || {
            prop_oneof![
                Just("AFP"),
                Just("AP"),
                Just("AAP"),
                Just("Getty"),
                Just("Getty Images"),
                Just("Anadolu Agency"),
                Just("via"),
                Just("/"),
                Just(" "),
                Just("\u{A0}"),
                Just("\t"),
                Just("["),
                Just("("),
                Just("]"),
                Just(")"),
                Just("John Smith"),
                Just("Jörg"),
                Just("東京"),
                Just("_"),
                Just("."),
                Just("&"),
                Just("-"),
                Just(","),
                Just("Photo"),
                Just("by"),
                Just(":"),
                Just("©"),
                Just("x"),
                Just("Dépêche"),
                Just("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                Just("Credit"),
                Just("s"),
                Just("ФОТО:"),
                Just("ф\u{1C82}\u{1C84}о by"),
                Just("PHOTO\u{17F}:"),
                Just("CRÉDIT :"),
                Just("Copyright:"),
                Just("imagen by"),
                Just("Bild ©"),
            ]
        };
        let name = || {
            prop_oneof![
                Just(""),
                Just("John Smith"),
                Just("J. Smith & Co-op"),
                Just("Jörg Ü"),
                Just("東京 通信"),
                Just("ab_c\u{301}"),
                Just(" x "),
                Just("a,b"),
                Just("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                Just("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                Just("\u{A0}x"),
                Just("x\u{2003}"),
            ]
        };
        let space = || prop_oneof![Just(""), Just(" "), Just("  "), Just("\u{A0}"), Just("\t")];
        let agency = proptest::sample::select(AGENCIES.to_vec());
        let shaped = (
            proptest::collection::vec(piece(), 0..3),
            prop_oneof![Just("["), Just("(")],
            space(),
            prop_oneof![Just(None), name().prop_map(Some)],
            agency,
            prop_oneof![Just(""), Just("/"), Just("via"), Just(" via "), Just("x")],
            name(),
            space(),
            prop_oneof![Just("]"), Just(")")],
        )
            .prop_map(|(noise, open, s1, before, agency, joint, after, s2, close)| {
                let before = before.map(|n| format!("{n}/")).unwrap_or_default();
                let after = if joint.is_empty() { String::new() } else { format!("{joint}{after}") };
                format!("{}{open}{s1}{before}{agency}{after}{s2}{close}", noise.concat())
            });
        let shuffled = (proptest::collection::vec(piece(), 0..10), prop_oneof![Just("]"), Just(")")])
            .prop_map(|(pieces, close)| format!("{}{close}", pieces.concat()));
        prop_oneof![shaped, shuffled].prop_map(|text| text.trim_end().to_owned())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn hand_matched_agencies_agree_with_the_one_pattern(text in credit_like()) {
            let reference = &*ONE_PATTERN;
            proptest::prop_assert_eq!(
                trailing_credit(&text).map(|credit| credit.start),
                reference.find(&text).map(|m| m.start())
            );
        }
    }

    #[test]
    fn agency_credits_with_names() {
        assert!(is_agency_credit("John Smith/AFP via Getty Images"));
        assert!(is_agency_credit(" AFP "));
        assert!(is_agency_credit("Reuters / Jane Doe"));
        assert!(!is_agency_credit("AFP reported"));
        assert!(!is_agency_credit("a name far too long to be the name of a photographer/AFP"));
    }

    #[test]
    fn removes_captions_that_end_with_a_credit() {
        assert_lines(
            &PhotoCaption,
            &[
                "Regime forces have so far seized two-thirds of Aleppo's rebel-held east [AFP]",
                "Protesters gather outside parliament on Monday (Photo: Reuters)",
                "Firefighters at the scene in Hamburg (Foto: dpa)",
                "The new bridge at dusk (John Smith/AFP via Getty Images)",
                "Le président à l'Élysée (Crédit : Ludovic Marin)",
                "Radfahrer auf der Deutzer Brücke. Foto: dpa",
                "Tramvaj na Václavském náměstí. Foto: ČTK",
                "Villamos a Margit hídon. Fotó: MTI",
                "Трамвај на Славији ФОТО: Танјуг",
                "Le port de Marseille au petit matin | Photo : AFP",
                "GoPro Hero12 Black with bike mount. Photo: GoPro",
                "Interior design by Fletcher Rhodes, Sonoma CA. Photo: Thomas Kuoh.",
                // Scripts without case: the credit word opens the credit all the same.
                "ראש העיר בטקס הפתיחה של הקו החדש. צילום: פלאש 90",
                "رئيس الوزراء خلال الجلسة - تصوير: أحمد علي",
                // A bracket that says it is a credit, after a finished sentence too.
                "Vista del embalse de Iznájar a principios de junio. (Foto: EFE/María Ruiz)",
                "La cuisine centrale prépare chaque jour des milliers de repas. (Photo : Jean-Marc Lefèvre)",
                "Il cantiere della nuova linea tranviaria (foto Ansa)",
                "İzmir Körfezi'nde yeni vapur. (Fotoğraf: AA)",
                "ورزازات محطة الطاقة الشمسية (تصوير: رويترز)",
                "图为径山镇一家由老宅改造的民宿。（摄影：王强）",
                "新しい駅舎の外観。（写真：北陸新報社）",
                "해운대 해수욕장의 모습. (사진=연합뉴스)",
                "해운대 해수욕장을 찾은 피서객들의 모습. 부산시 제공",
                // Thai, Arabic, Persian, Hindi and Bengali credit words, after a caption or
                // in its brackets.
                "นักท่องเที่ยวเดินชมตลาดน้ำในช่วงเช้า ภาพ: ทีมข่าว",
                "นักท่องเที่ยวเดินชมตลาดน้ำ (ภาพ: ทีมข่าว)",
                "บรรยากาศงานลอยกระทงริมแม่น้ำเจ้าพระยา ภาพประกอบ: ทีมกราฟิก",
                "رئيس الوزراء خلال الجلسة (صورة: رويترز)",
                "رئیس\u{200c}جمهور در جلسه هیئت دولت (عکس: ایرنا)",
                "प्रधानमंत्री रैली को संबोधित करते हुए (फोटो: पीटीआई)",
                "प्रधानमंत्री रैली को संबोधित करते हुए (\u{092B}\u{093C}ोटो: पीटीआई)",
                "प्रधानमंत्री रैली को संबोधित करते हुए (\u{095E}ोटो: पीटीआई)",
                "प्रधानमंत्री रैली को संबोधित करते हुए (तस्वीर: एएनआई)",
                "प्रधानमंत्री रैली को संबोधित करते हुए। फोटो: पीटीआई",
                "প্রধানমন্ত্রী সংসদে বক্তব্য দিচ্ছেন। ছবি: সংগৃহীত",
                "প্রধানমন্ত্রী সংসদে বক্তব্য দিচ্ছেন (ছবি: প্রথম আলো)",
                // A picture from the archive, said so in brackets.
                "The prime minister addresses a rally in Lahore. (File photo)",
                "Commuters wait at a bus stop in Bengaluru (Representational image)",
                "Ein Polizeiwagen vor dem Bahnhof (Symbolbild)",
                "Une usine de batteries près de Douai (photo d'archives)",
                "وزير الخارجية خلال مؤتمر صحفي (صورة أرشيفية)",
                "प्रधानमंत्री रैली को संबोधित करते हुए (फाइल फोटो)",
                "প্রধানমন্ত্রী সংসদে বক্তব্য দিচ্ছেন (ফাইল ছবি)",
                // Lithuanian, Croatian, Estonian, Bulgarian, Catalan, Norwegian, Urdu, Tamil
                // and Malay credits.
                "Vilniaus senamiestis vakare. Nuotr. BNS",
                "Vilniaus senamiestis vakare (Nuotr. BNS)",
                "Tramvaj na Trgu bana Jelačića. Foto: Pixsell",
                "Tallinna vanalinn õhtul. Foto: Postimees",
                "Трамвай на площад „Славейков“. Снимка: БТА",
                "Трамвай на площад „Славейков“ (Снимка: БТА)",
                "El port de Barcelona al matí. Foto: ACN",
                "Trikken på Karl Johans gate. Bilde: NTB",
                "Trikken på Karl Johans gate (Bilde: NTB)",
                "وزیر اعظم جلسے سے خطاب کر رہے ہیں۔ فوٹو: فائل",
                "وزیر اعظم جلسے سے خطاب کر رہے ہیں (تصویر: رائٹرز)",
                "முதல்வர் கூட்டத்தில் உரையாற்றுகிறார். படம்: பிடிஐ",
                "முதல்வர் கூட்டத்தில் உரையாற்றுகிறார் (புகைப்படம்: ராய்ட்டர்ஸ்)",
                "Perdana Menteri di Parlimen. Gambar: Bernama",
                "Perdana Menteri di Parlimen (Gambar: Bernama)",
            ],
            &[
                "The ministry said the figures were wrong, a spokesman told reporters (AFP).",
                "ראש העיר אמר כי הצילום נעשה ביום שני לפני הטקס",
                "Die Wirtschaft wuchs um drei Prozent. Quelle: dpa",
                "He asked the agency for a Photo: none came",
                "Foto: dpa",
                "The ministry said the figures were wrong. (AFP)",
                "Officials met in Geneva (on Monday)",
                "[AFP]",
                "Subscribe to our newsletter (free)",
                "Die elektronische Patientenakte (ePA)",
                "Wallet (credit/debit cards, cash, etc.)",
                "We bought a new camera for the trip (photo gear is heavy)",
                "Send us the signed form as a PDF (file attached)",
                "The museum shows the city's history (archive photos on the second floor)",
                "부산시는 피서객에게 무료 주차장을 제공",
                "시는 올해 여름 해수욕장 이용객에게 무료 셔틀버스를 제공했다.",
                // A credit standing alone is media_furniture's; Thai runs "ภาพ" into longer
                // words ("ภาพยนตร์", film); a description in brackets; a sentence after "ছবি:".
                "ภาพ: ทีมข่าว",
                "ผู้กำกับเปิดตัวโปรเจกต์ใหม่ ภาพยนตร์: หนึ่งในดวงใจ",
                "ผู้กำกับเปิดตัวโปรเจกต์ใหม่ (ภาพยนตร์: หนึ่งในดวงใจ)",
                "وصل الوزير إلى المعرض (صورة الرئيس معلقة على الجدار)",
                "প্রদর্শনী শুরু হয়েছে। ছবি: শিল্পীরা জানান তাঁরা এক বছর ধরে এই কাজ করেছেন। সবাই খুশি।",
                // A credit alone; "படம்" is also a film, without the colon or as a film's name;
                // "nuotr." without its full stop is no label.
                "Nuotr. BNS",
                "நடிகர் விஜய் நடித்த புதிய படம் வெளியானது",
                "இயக்குநர் புதிய திரைப்படத்தை அறிவித்தார் (படம் ஜனவரியில் வெளியாகும்)",
                "Vilniaus senamiestis vakare. Nuotr BNS teigimu",
                "Seimas priėmė įstatymą. Nuotr. daryta vakar, kai posėdis baigėsi ir visi išėjo.",
            ],
        );
    }

    #[test]
    fn removes_chinese_and_japanese_captions_that_end_with_who_shot_them() {
        assert_lines(
            &PhotoCaption,
            &[
                "图为某小区正在施工的加装电梯项目。新华社记者 李明 摄",
                "3月13日，游客在公园内赏花。（王强 摄）",
                "市民在地铁站排队进站，本报记者王晓东摄",
                "利用者の減少が続くローカル線の車両＝2025年1月、北海道内、佐藤健太撮影",
                "游客在雪地中留影。 张伟/摄",
            ],
            &[
                "李明 摄",
                "他们计划在下个月开始正式拍摄。",
                "导演表示，这部电影将于明年在北京开始拍摄",
                "这是他第一次在国外拍摄",
                "The crew filmed the scene at dawn (photo shot by the author)",
            ],
        );
    }
}
