//! The language of a page: detected from a bounded sample of its body with whatlang, with
//! the language the page declares (`<html lang>`, `content-language`, `og:locale`) as the
//! tie-breaker and the fallback for short or mixed text.

use whatlang::Lang;

/// How much of the body is given to the detector: enough for a confident guess, bounded so
/// that huge pages cost the same as long ones.
const SAMPLE_BYTES: usize = 4096;

/// Below this many letters the detector is not asked: short texts (a title, a caption)
/// give unstable answers, and a declared language is better.
const MIN_LETTERS: usize = 40;

/// Below this many letters a detection is only used when nothing is declared.
const CONFIDENT_LETTERS: usize = 200;

/// Pairs of languages that the trigram model confuses; when the declared language is one
/// and the detection the other, the declaration wins.
const CONFUSABLE: &[(&str, &str)] = &[
    ("nb", "da"),
    ("nb", "sv"),
    ("da", "sv"),
    ("hr", "sr"),
    ("hr", "sl"),
    ("sr", "sl"),
    ("sr", "mk"),
    ("bg", "mk"),
    ("ru", "uk"),
    ("ru", "be"),
    ("uk", "be"),
    ("cs", "sk"),
    ("es", "ca"),
    ("es", "gl"),
    ("pt", "gl"),
    ("id", "jv"),
    ("id", "ms"),
    ("hi", "mr"),
    ("hi", "ne"),
    ("mr", "ne"),
    ("fa", "ur"),
    ("zh", "ja"),
];

/// The language of `text` as an ISO 639-1 code (639-3 where there is none), or `None` when
/// neither the text nor the declaration tells. Deterministic.
///
/// `declared` is a BCP 47 tag or locale as pages write them (`en-US`, `en_US`, `pt-BR`);
/// it is normalised with [`normalize_tag`].
pub fn detect_language(text: &str, declared: Option<&str>) -> Option<String> {
    let declared = declared.and_then(normalize_tag);
    let sample = bounded_sample(text);
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_LETTERS {
        return declared;
    }
    let detected = whatlang::detect(sample).filter(|info| info.is_reliable()).map(|info| match info.lang() {
        Lang::Hrv if is_serbian_in_latin(sample) => "sr",
        Lang::Ind if is_malay(sample) => "ms",
        lang => iso_639_1(lang),
    });
    match (declared, detected) {
        (Some(declared), Some(detected)) => {
            let confusable =
                CONFUSABLE.iter().any(|&(a, b)| (a == declared && b == detected) || (b == declared && a == detected));
            if declared == detected || confusable || letters < CONFIDENT_LETTERS {
                Some(declared)
            } else {
                Some(detected.to_owned())
            }
        }
        (Some(declared), None) => Some(declared),
        (None, Some(detected)) => Some(detected.to_owned()),
        (None, None) => None,
    }
}

/// The primary language of a BCP 47 tag or POSIX locale, lower case: `en-US`, `en_US`,
/// `EN` → `en`; `zh-Hant-TW` → `zh`. Obsolete codes are mapped to current ones (`iw` →
/// `he`, `in` → `id`), `no` to `nb`. Tags that name no language (`x-default`, `und`, `*`)
/// give `None`.
pub fn normalize_tag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_', '.', ',', ';', ' ']).next()?.to_ascii_lowercase();
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let code = match primary.as_str() {
        "und" | "mul" | "zxx" | "mis" => return None,
        "iw" => "he",
        "in" => "id",
        "ji" => "yi",
        "no" => "nb",
        "jw" => "jv",
        other => return Some(iso_639_3_to_1(other).unwrap_or(other).to_owned()),
    };
    Some(code.to_owned())
}

/// Frequent Serbian words whose Croatian counterpart differs: ekavian forms (`vreme`,
/// `reč`, `posle` for Croatian `vrijeme`, `riječ`, `poslije`) and Serbian words (`hiljada`,
/// `opština`, the month names). whatlang has no Serbian in Latin letters, which most
/// Serbian sites offer, and reads it as Croatian.
const SERBIAN_WORDS: &[&str] = &[
    "vreme",
    "reč",
    "reči",
    "rečima",
    "deo",
    "mesto",
    "mesta",
    "mesec",
    "meseca",
    "mesečna",
    "mesečno",
    "pre",
    "posle",
    "primer",
    "primera",
    "lepo",
    "svet",
    "sveta",
    "uvek",
    "nedelja",
    "nedelje",
    "ponedeljak",
    "ponedeljka",
    "cena",
    "cene",
    "cenu",
    "deca",
    "dece",
    "deci",
    "vest",
    "vesti",
    "umesto",
    "promena",
    "promene",
    "sledeći",
    "sledeće",
    "sledećeg",
    "osetiti",
    "videti",
    "videli",
    "hteo",
    "želeo",
    "razumeti",
    "verovatno",
    "veruje",
    "telo",
    "tela",
    "reka",
    "reke",
    "mleko",
    "lek",
    "lekar",
    "pesma",
    "pesme",
    "dete",
    "deteta",
    "severu",
    "istorija",
    "istorije",
    "hiljada",
    "hiljade",
    "opština",
    "opštine",
    "fudbal",
    "voz",
    "vazduh",
    "uslovi",
    "uslova",
    "januara",
    "februara",
    "marta",
    "aprila",
    "juna",
    "jula",
    "avgusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
    "dinara",
];

/// The Croatian counterparts of [`SERBIAN_WORDS`], and Croatian words Serbian does not use.
const CROATIAN_WORDS: &[&str] = &[
    "vrijeme",
    "riječ",
    "riječi",
    "riječima",
    "dio",
    "dijela",
    "mjesto",
    "mjesta",
    "mjesec",
    "mjeseca",
    "mjesečna",
    "mjesečno",
    "prije",
    "poslije",
    "primjer",
    "primjera",
    "lijepo",
    "svijet",
    "svijeta",
    "uvijek",
    "nedjelja",
    "nedjelje",
    "ponedjeljak",
    "ponedjeljka",
    "cijena",
    "cijene",
    "cijenu",
    "djeca",
    "djece",
    "djeci",
    "vijest",
    "vijesti",
    "umjesto",
    "promjena",
    "promjene",
    "sljedeći",
    "sljedeće",
    "sljedećeg",
    "osjetiti",
    "vidjeti",
    "vidjeli",
    "htio",
    "želio",
    "razumjeti",
    "vjerojatno",
    "vjeruje",
    "tijelo",
    "tijela",
    "rijeka",
    "rijeke",
    "mlijeko",
    "lijek",
    "liječnik",
    "pjesma",
    "pjesme",
    "dijete",
    "djeteta",
    "sjeveru",
    "povijest",
    "povijesti",
    "tisuća",
    "tisuće",
    "općina",
    "općine",
    "nogomet",
    "vlak",
    "zrak",
    "uvjeti",
    "uvjeta",
    "tjedan",
    "tjedna",
    "tko",
    "kruh",
    "siječnja",
    "veljače",
    "ožujka",
    "travnja",
    "svibnja",
    "lipnja",
    "srpnja",
    "kolovoza",
    "rujna",
    "listopada",
    "studenoga",
    "prosinca",
    "kuna",
    "eura",
];

/// Serbian words must outnumber Croatian ones this many times over...
const SERBIAN_MARGIN: usize = 2;
/// ...and be at least this many, for Latin text that whatlang reads as Croatian to be Serbian.
const MIN_SERBIAN_WORDS: usize = 2;

/// Whether `sample`, which whatlang reads as Croatian, is Serbian written in Latin letters.
fn is_serbian_in_latin(sample: &str) -> bool {
    let (mut serbian, mut croatian) = (0, 0);
    for word in sample.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 2) {
        let word = word.to_lowercase();
        if SERBIAN_WORDS.contains(&word.as_str()) {
            serbian += 1;
        } else if CROATIAN_WORDS.contains(&word.as_str()) {
            croatian += 1;
        }
    }
    serbian >= MIN_SERBIAN_WORDS && serbian > SERBIAN_MARGIN * croatian
}

/// Frequent Malay words whose Indonesian counterpart differs (`kerajaan`, `kerana`,
/// `baharu` for Indonesian `pemerintah`, `karena`, `baru`). whatlang has no Malay and reads
/// it as Indonesian.
const MALAY_WORDS: &[&str] = &[
    "kerajaan",
    "kerana",
    "baharu",
    "sahaja",
    "wang",
    "percuma",
    "kenderaan",
    "polis",
    "manakala",
    "semalam",
    "iaitu",
    "pelbagai",
    "antarabangsa",
    "syarikat",
    "mahkamah",
    "terkini",
    "peratus",
    "talian",
    "bas",
    "jabatan",
    "ringgit",
];

/// Indonesian words whose Malay counterpart differs.
const INDONESIAN_WORDS: &[&str] = &[
    "pemerintah",
    "karena",
    "baru",
    "saja",
    "uang",
    "gratis",
    "kendaraan",
    "polisi",
    "kemarin",
    "yaitu",
    "berbagai",
    "internasional",
    "perusahaan",
    "pengadilan",
    "terbaru",
    "persen",
    "bisa",
    "anggota",
    "rupiah",
    "dinas",
];

/// Malay words must outnumber Indonesian ones this many times over...
const MALAY_MARGIN: usize = 2;
/// ...and be at least this many, for text that whatlang reads as Indonesian to be Malay.
const MIN_MALAY_WORDS: usize = 3;

/// Whether `sample`, which whatlang reads as Indonesian, is Malay.
fn is_malay(sample: &str) -> bool {
    let (mut malay, mut indonesian) = (0, 0);
    for word in sample.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 2) {
        let word = word.to_lowercase();
        if MALAY_WORDS.contains(&word.as_str()) {
            malay += 1;
        } else if INDONESIAN_WORDS.contains(&word.as_str()) {
            indonesian += 1;
        }
    }
    malay >= MIN_MALAY_WORDS && malay > MALAY_MARGIN * indonesian
}

/// At most [`SAMPLE_BYTES`] of `text`, cut at a character boundary.
fn bounded_sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The ISO 639-1 code of a whatlang language (its 639-3 code where there is no 639-1).
fn iso_639_1(lang: Lang) -> &'static str {
    iso_639_3_to_1(lang.code()).unwrap_or(lang.code())
}

/// The ISO 639-1 code for a 639-3 code that whatlang knows (and a few common others).
fn iso_639_3_to_1(code: &str) -> Option<&'static str> {
    Some(match code {
        "epo" => "eo",
        "eng" => "en",
        "rus" => "ru",
        "cmn" | "zho" | "chi" => "zh",
        "spa" => "es",
        "por" => "pt",
        "ita" => "it",
        "ben" => "bn",
        "fra" | "fre" => "fr",
        "deu" | "ger" => "de",
        "ukr" => "uk",
        "kat" => "ka",
        "ara" => "ar",
        "hin" => "hi",
        "jpn" => "ja",
        "heb" => "he",
        "yid" => "yi",
        "pol" => "pl",
        "amh" => "am",
        "jav" => "jv",
        "kor" => "ko",
        "nob" | "nor" => "nb",
        "dan" => "da",
        "swe" => "sv",
        "fin" => "fi",
        "tur" => "tr",
        "nld" | "dut" => "nl",
        "hun" => "hu",
        "ces" | "cze" => "cs",
        "ell" | "gre" => "el",
        "bul" => "bg",
        "bel" => "be",
        "mar" => "mr",
        "kan" => "kn",
        "ron" | "rum" => "ro",
        "slv" => "sl",
        "hrv" => "hr",
        "srp" => "sr",
        "mkd" => "mk",
        "lit" => "lt",
        "lav" => "lv",
        "est" => "et",
        "tam" => "ta",
        "vie" => "vi",
        "urd" => "ur",
        "tha" => "th",
        "guj" => "gu",
        "uzb" => "uz",
        "pan" => "pa",
        "aze" => "az",
        "ind" => "id",
        "tel" => "te",
        "pes" | "fas" | "per" => "fa",
        "mal" => "ml",
        "ori" => "or",
        "mya" => "my",
        "nep" => "ne",
        "sin" => "si",
        "khm" => "km",
        "tuk" => "tk",
        "aka" => "ak",
        "zul" => "zu",
        "sna" => "sn",
        "afr" => "af",
        "lat" => "la",
        "slk" | "slo" => "sk",
        "cat" => "ca",
        "tgl" => "tl",
        "hye" | "arm" => "hy",
        "cym" | "wel" => "cy",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GERMAN: &str = "Die Bundesregierung hat am Dienstag neue Maßnahmen beschlossen, \
        die den Ausbau der erneuerbaren Energien beschleunigen sollen. Nach Angaben des \
        Ministeriums werden die Genehmigungsverfahren deutlich vereinfacht und verkürzt. Die Opposition \
        kritisierte den Entwurf als unzureichend und forderte weitere Schritte.";
    const ENGLISH: &str = "The government announced on Tuesday a new set of measures meant \
        to speed up the construction of wind and solar farms across the country, saying \
        that permits would be simpler and quicker to obtain from next year onwards.";

    #[test]
    fn detects_from_text() {
        assert_eq!(detect_language(GERMAN, None).as_deref(), Some("de"));
        assert_eq!(detect_language(ENGLISH, None).as_deref(), Some("en"));
    }

    #[test]
    fn long_text_overrides_a_wrong_declaration() {
        // Templates often declare `en` whatever the article's language.
        assert_eq!(detect_language(GERMAN, Some("en-US")).as_deref(), Some("de"));
    }

    #[test]
    fn short_text_uses_the_declaration() {
        assert_eq!(detect_language("Impressum", Some("de-DE")).as_deref(), Some("de"));
        assert_eq!(detect_language("Impressum", None), None);
        assert_eq!(detect_language("", Some("fr_FR")).as_deref(), Some("fr"));
    }

    #[test]
    fn confusable_languages_keep_the_declaration() {
        let danish = "Regeringen har i dag fremlagt et nyt forslag om at styrke den grønne \
            omstilling, og ministeren siger, at det vil skabe mange nye arbejdspladser i hele \
            landet i de kommende år, især i de mindre byer.";
        let detected = detect_language(danish, None);
        assert!(matches!(detected.as_deref(), Some("da") | Some("nb")), "{detected:?}");
        assert_eq!(detect_language(danish, Some("nb")).as_deref(), Some("nb"));
        assert_eq!(detect_language(danish, Some("da")).as_deref(), Some("da"));
    }

    #[test]
    fn serbian_in_latin_letters_is_not_croatian() {
        let serbian = "Skupština grada u ponedeljak je usvojila odluku o poskupljenju javnog prevoza. \
            Od prvog jula mesečna karta koštaće tri hiljade dinara umesto dosadašnjih, dok će cena \
            pojedinačne vožnje ostati ista. Promene se odnose na sledeće karte.";
        let croatian = "Gradska skupština u ponedjeljak je izglasala poskupljenje javnog prijevoza. \
            Od prvog srpnja mjesečna karta stajat će trideset eura umjesto dosadašnjih, dok cijena \
            pojedinačne vožnje ostaje ista. Promjene se odnose na sljedeće karte.";
        assert_eq!(detect_language(serbian, None).as_deref(), Some("sr"));
        assert_eq!(detect_language(croatian, None).as_deref(), Some("hr"));
        // A declaration of either stands (they are confusable).
        assert_eq!(detect_language(serbian, Some("hr")).as_deref(), Some("hr"));
    }

    #[test]
    fn malay_is_not_indonesian() {
        let malay = "Kerajaan hari ini mengumumkan bantuan tunai baharu untuk isi rumah berpendapatan \
            rendah kerana kos sara hidup meningkat. Permohonan boleh dibuat secara dalam talian, \
            manakala bayaran pertama dibuat bulan depan melalui akaun bank penerima.";
        let indonesian = "Pemerintah hari ini mengumumkan bantuan tunai baru untuk rumah tangga \
            berpenghasilan rendah karena biaya hidup meningkat. Pendaftaran bisa dilakukan secara \
            daring, sedangkan pembayaran pertama dilakukan bulan depan melalui rekening bank.";
        assert_eq!(detect_language(malay, None).as_deref(), Some("ms"));
        assert_eq!(detect_language(indonesian, None).as_deref(), Some("id"));
    }

    #[test]
    fn tags_are_normalised() {
        assert_eq!(normalize_tag("en-US").as_deref(), Some("en"));
        assert_eq!(normalize_tag("en_US").as_deref(), Some("en"));
        assert_eq!(normalize_tag("EN").as_deref(), Some("en"));
        assert_eq!(normalize_tag("zh-Hant-TW").as_deref(), Some("zh"));
        assert_eq!(normalize_tag("iw").as_deref(), Some("he"));
        assert_eq!(normalize_tag("deu").as_deref(), Some("de"));
        assert_eq!(normalize_tag("fil").as_deref(), Some("fil"));
        assert_eq!(normalize_tag("x-default"), None);
        assert_eq!(normalize_tag("und"), None);
        assert_eq!(normalize_tag(""), None);
        assert_eq!(normalize_tag("english"), None);
    }

    #[test]
    fn whatlang_codes_map_to_639_1() {
        assert_eq!(iso_639_1(Lang::Cmn), "zh");
        assert_eq!(iso_639_1(Lang::Pes), "fa");
        assert_eq!(iso_639_1(Lang::Nob), "nb");
        for lang in Lang::all() {
            assert_eq!(iso_639_1(*lang).len(), 2, "{lang:?} has no two-letter code in the map");
        }
    }

    #[test]
    fn sample_is_bounded_at_a_char_boundary() {
        let text = "é".repeat(SAMPLE_BYTES);
        let sample = bounded_sample(&text);
        assert!(sample.len() <= SAMPLE_BYTES);
        assert!(sample.chars().all(|c| c == 'é'));
    }
}
