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
    let detected = whatlang::detect(sample).and_then(|info| match info.lang() {
        // Their own words settle these two, however unsure whatlang is between them.
        Lang::Nob | Lang::Dan if let Some(lang) = norwegian_or_danish(sample) => Some(lang),
        _ if !is_trusted(&info, letters) => None,
        Lang::Hrv if is_serbian_in_latin(sample) => Some("sr"),
        Lang::Ind if is_malay(sample) => Some("ms"),
        lang => Some(iso_639_1(lang)),
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

/// Whether a detection may be used. whatlang calls a detection reliable only when the
/// runner-up is far behind, which a language with a close relative (Norwegian and Danish,
/// Czech and Slovak) rarely manages even on a long text. For those, a long text and a clear
/// lead are enough; for the rest, a weak lead on a long text is usually a list of names or
/// prices read as some language, and is better left undetected.
fn is_trusted(info: &whatlang::Info, letters: usize) -> bool {
    if info.is_reliable() {
        return true;
    }
    let code = iso_639_1(info.lang());
    letters >= RELATIVE_LETTERS
        && info.confidence() >= RELATIVE_CONFIDENCE
        && CONFUSABLE.iter().any(|&(a, b)| a == code || b == code)
}

/// The fewest letters for a detection of a language with a close relative that whatlang
/// does not call reliable...
const RELATIVE_LETTERS: usize = 300;
/// ...and the confidence it needs (whatlang calls 0.9 reliable).
const RELATIVE_CONFIDENCE: f64 = 0.3;

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

/// The fewest Serbian-only words for Latin text that whatlang reads as Croatian to be Serbian.
const MIN_SERBIAN_WORDS: usize = 2;

/// Whether `sample`, which whatlang reads as Croatian, is Serbian written in Latin letters.
fn is_serbian_in_latin(sample: &str) -> bool {
    outnumbers(sample, SERBIAN_WORDS, CROATIAN_WORDS, MIN_SERBIAN_WORDS)
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

/// The fewest Malay-only words for text that whatlang reads as Indonesian to be Malay.
const MIN_MALAY_WORDS: usize = 3;

/// Whether `sample`, which whatlang reads as Indonesian, is Malay.
fn is_malay(sample: &str) -> bool {
    outnumbers(sample, MALAY_WORDS, INDONESIAN_WORDS, MIN_MALAY_WORDS)
}

/// Frequent Norwegian (bokmål) words whose Danish counterpart differs (`etter`, `mye`,
/// `gjennom` for Danish `efter`, `meget`, `gennem`), and the Danish ones. whatlang tells the
/// two apart on long texts only, and then rarely with a confidence it calls reliable.
const NORWEGIAN_WORDS: &[&str] = &[
    "etter",
    "mye",
    "noen",
    "nå",
    "hva",
    "gjennom",
    "mellom",
    "uke",
    "uker",
    "ukene",
    "sier",
    "ble",
    "blir",
    "gjør",
    "gjøre",
    "hjelp",
    "prosent",
    "regjeringen",
    "vært",
    "dere",
    "deg",
    "meg",
    "seg",
    "kanskje",
    "siste",
    "fjor",
    "økt",
    "ennå",
    "enda",
    "fylke",
];
const DANISH_WORDS: &[&str] = &[
    "efter",
    "meget",
    "nogen",
    "nogle",
    "nu",
    "hvad",
    "gennem",
    "mellem",
    "uge",
    "uger",
    "ugerne",
    "siger",
    "blev",
    "bliver",
    "gør",
    "gøre",
    "hjælp",
    "procent",
    "regeringen",
    "været",
    "jer",
    "dig",
    "mig",
    "sig",
    "måske",
    "sidste",
    "øget",
    "endnu",
    "amt",
];
/// The fewest Norwegian-only words that make a text Norwegian rather than Danish.
const MIN_NORWEGIAN_WORDS: usize = 3;

/// Norwegian or Danish, when the words of `sample` (which whatlang reads as one of them)
/// clearly say which: their own words outnumber the other's.
fn norwegian_or_danish(sample: &str) -> Option<&'static str> {
    if outnumbers(sample, NORWEGIAN_WORDS, DANISH_WORDS, MIN_NORWEGIAN_WORDS) {
        Some("nb")
    } else if outnumbers(sample, DANISH_WORDS, NORWEGIAN_WORDS, MIN_NORWEGIAN_WORDS) {
        Some("da")
    } else {
        None
    }
}

/// How many times more often a close language's own words must occur than its relative's
/// for a text to count as written in it.
const OWN_WORDS_MARGIN: usize = 2;

/// Whether words of `ours` occur at least `min` times in `sample`, and more than
/// [`OWN_WORDS_MARGIN`] times as often as words of `theirs` (both lists in lower case; a
/// word on both lists counts for neither).
fn outnumbers(sample: &str, ours: &[&str], theirs: &[&str], min: usize) -> bool {
    let (mut own, mut other) = (0, 0);
    for word in sample.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 2) {
        let word = word.to_lowercase();
        let (in_ours, in_theirs) = (ours.contains(&word.as_str()), theirs.contains(&word.as_str()));
        if in_ours && !in_theirs {
            own += 1;
        } else if in_theirs && !in_ours {
            other += 1;
        }
    }
    own >= min && own > OWN_WORDS_MARGIN * other
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

    const NORWEGIAN: &str = "Strømprisen i Sør-Norge er ventet å stige med nesten 40 prosent de neste \
        ukene. Det skyldes lite nedbør og lave fyllingsgrader i vannmagasinene, ifølge en ny prognose \
        fra Statnett. Analytikere peker også på at eksporten til kontinentet har økt etter at to nye \
        kabler ble satt i drift i fjor. Husholdninger som har spotpris, vil merke økningen allerede på \
        neste faktura. Regjeringen sier at strømstøtten vil fortsette som før, og at den automatisk \
        dekker en større del av regningen når prisene går opp.";

    #[test]
    fn a_language_with_a_close_relative_needs_no_declaration() {
        // whatlang leads with Norwegian here but does not call it reliable (Danish is close).
        assert_eq!(detect_language(NORWEGIAN, None).as_deref(), Some("nb"));
        let danish = "Elprisen i Sønderjylland ventes at stige med næsten 40 procent de næste uger. Det \
            skyldes lidt nedbør, ifølge en ny prognose fra Energinet. Analytikere peger også på, at \
            eksporten er øget efter at to nye kabler blev sat i drift sidste år. Husholdninger med \
            timepris vil mærke stigningen allerede på næste regning. Regeringen siger, at støtten \
            fortsætter som før, og at den dækker en større del af regningen, når priserne går op.";
        assert_eq!(detect_language(danish, None).as_deref(), Some("da"));
    }

    #[test]
    fn a_list_of_names_gets_no_language() {
        let teams = "Arizona Cardinals Atlanta Falcons Baltimore Ravens Buffalo Bills Carolina \
            Panthers Chicago Bears Cincinnati Bengals Cleveland Browns Dallas Cowboys Denver Broncos \
            Detroit Lions Green Bay Packers Houston Texans Indianapolis Colts Jacksonville Jaguars \
            Kansas City Chiefs Las Vegas Raiders Los Angeles Chargers Los Angeles Rams Miami Dolphins \
            Minnesota Vikings New England Patriots New Orleans Saints New York Giants New York Jets";
        let detected = detect_language(teams, None);
        assert!(detected.is_none() || detected.as_deref() == Some("en"), "{detected:?}");
    }

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
