//! Removes advertisement markers: the labels that stand where an ad was ("Advertisement",
//! "ADVERTISEMENT", "Sponsored", "Anzeige", "Publicité", "Publicidad", "Pubblicità",
//! "Advertentie", "Реклама", "Reklama", "Iklan", "إعلان", "广告", "広告"), the notes around
//! them ("Advertisement - Continue Reading Below", "Story continues below advertisement") and
//! ad-feedback buttons. Each only as a whole block.

use std::sync::LazyLock;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::vocab::{ALL, Lexicon};
use crate::model::RuleId;

/// Longest block (bytes) that can be an advertisement marker.
const MAX_MARKER_BYTES: usize = 80;
/// Markers one block may chain ("Advertisement Continue reading below").
const MAX_MARKERS_PER_BLOCK: usize = 3;

/// Ad markers, each a whole block. Risky: "Anzeige" and "Werbung" are ordinary German words,
/// and Arabic "إعلان" and Danish "Annonce" (French for an announcement) can head a notice,
/// but alone on a line they label an ad slot. Left out: "Ad", "Ads" and "PR" (section names
/// of marketing and company pages) and "Advertising" (agency services); Dutch "Reclame",
/// German "Anzeigen" (also the "show" button), Italian "Annuncio" (an announcement),
/// Japanese "スポンサー" and Chinese "赞助" alone (a list of sponsors, donate), Croatian
/// "Oglasi" (the classifieds section).
const AD_MARKERS: &[&str] = &[
    // English
    "advertisement",
    "advertisements",
    "advertiser content",
    "sponsored",
    "sponsored content",
    "sponsored links",
    "sponsored stories",
    "sponsored post",
    "sponsor content",
    "sponsor message",
    "promoted",
    "promoted content",
    "promoted stories",
    "paid content",
    "paid post",
    "partner content",
    "continue reading below",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "article continues below this ad",
    "content continues below",
    "scroll to continue with content",
    "scroll to continue reading",
    "ad feedback",
    "report this ad",
    "report ad",
    "close ad",
    "skip ad",
    "advertise with us",
    "advertise",
    "advertorial",
    // German
    "anzeige",
    "werbung",
    "gesponsert",
    "gesponserter inhalt",
    "weiter nach der anzeige",
    "weiterlesen nach der anzeige",
    "lesen sie nach der anzeige weiter",
    "artikel wird nach der anzeige fortgesetzt",
    // French
    "publicité",
    "publicite",
    "contenu sponsorisé",
    "sponsorisé",
    "publicités",
    "contenu partenaire",
    "article sponsorisé",
    "publireportage",
    "publi-rédactionnel",
    "la suite après cette publicité",
    "la suite après la publicité",
    "passer la publicité",
    // Spanish
    "publicidad",
    "anuncio",
    "patrocinado",
    "contenido patrocinado",
    "artículo patrocinado",
    "contenido promocionado",
    "espacio publicitario",
    "publirreportaje",
    "saltar anuncio",
    "cerrar publicidad",
    // Italian
    "pubblicità",
    "sponsorizzato",
    "contenuto sponsorizzato",
    "sponsorizzata",
    "articolo sponsorizzato",
    "informazione pubblicitaria",
    "messaggio pubblicitario",
    "pubbliredazionale",
    "salta la pubblicità",
    // Portuguese
    "publicidade",
    "conteúdo patrocinado",
    "anúncio",
    "informe publicitário",
    "conteúdo publicitário",
    "continua após a publicidade",
    "continua depois da publicidade",
    "pular anúncio",
    // Dutch
    "advertentie",
    "gesponsord",
    "advertenties",
    "gesponsorde inhoud",
    "gesponsorde content",
    "gesponsorde links",
    "lees verder na de advertentie",
    "het artikel gaat verder onder de advertentie",
    // Russian
    "реклама",
    "на правах рекламы",
    "публикуется на правах рекламы",
    "партнерский материал",
    "партнёрский материал",
    "материал партнера",
    "материал партнёра",
    "пропустить рекламу",
    "закрыть рекламу",
    "реклама на сайте",
    // Chinese
    "广告",
    "廣告",
    "推广",
    "推廣",
    "赞助内容",
    "贊助內容",
    "广告合作",
    "关闭广告",
    "跳过广告",
    // Japanese
    "広告",
    "スポンサーリンク",
    "スポンサードリンク",
    "スポンサーコンテンツ",
    "広告掲載",
    "広告を閉じる",
    "広告をスキップ",
    "広告の下に記事が続きます",
    // Korean
    "광고",
    // Polish, Czech, Slovak
    "reklama",
    "materiał sponsorowany",
    "artykuł sponsorowany",
    "dalsza część artykułu pod reklamą",
    "komerční sdělení",
    // Turkish
    "reklam",
    "sponsorlu",
    "sponsorlu içerik",
    // Indonesian, Malay
    "iklan",
    "konten bersponsor",
    // Vietnamese
    "quảng cáo",
    // Swedish, Norwegian, Danish, Finnish, Hungarian, Romanian, Greek
    "annons",
    "annonse",
    "annonce",
    "mainos",
    "hirdetés",
    "publicitate",
    "διαφήμιση",
    // Greek written in capitals drops the accent ("ΔΙΑΦΗΜΙΣΗ"), which the lower-case form
    // above does not match.
    "διαφημιση",
    // Croatian, Estonian, Catalan (Slovak, Lithuanian and Bulgarian write "Reklama" and
    // "Реклама", listed above)
    "oglas",
    "reklaam",
    "publicitat",
    "contingut patrocinat",
    // Urdu, Tamil
    "اشتہار",
    "اشتہارات",
    "விளம்பரம்",
    // Persian, Hebrew, Hindi, Bengali, Thai
    "تبلیغات",
    "פרסומת",
    "विज्ञापन",
    "বিজ্ঞাপন",
    "โฆษณา",
    // Arabic, with and without the hamza
    "إعلان",
    "اعلان",
    // Basque, Georgian, Latvian, Albanian (Macedonian writes "Реклама", Slovenian "Oglas",
    // Galician "Publicidade", Romanian "Publicitate", all listed above). Left out: Icelandic
    // "Auglýsing" and Serbian "Оглас", which also head public notices (a gazette's, a
    // town's job notice), "Auglýsingar" (also the "advertise with us" page of a site's menu)
    // and Basque "Iragarkia" (any notice or announcement).
    "publizitatea",
    "რეკლამა",
    "reklāma",
    "reklamë",
    // Romanian, Slovenian (the label the media law asks for), Serbian, Galician
    "conținut sponsorizat",
    "articol sponsorizat",
    "oglasno sporočilo",
    "plačana objava",
    "sponzorisani sadržaj",
    "спонзорисани садржај",
    "contido patrocinado",
];

static MARKERS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(AD_MARKERS));

/// The rule's id.
pub const ADVERTISEMENT: RuleId = RuleId("advertisement");

/// Removes the labels of advertisement slots.
pub struct Advertisement;

impl Rule for Advertisement {
    fn id(&self) -> RuleId {
        ADVERTISEMENT
    }

    fn describe(&self) -> &'static str {
        "Advertisement markers standing alone: \"Advertisement\", \"Sponsored\", \"Anzeige\", \"Publicité\", \"Story continues below advertisement\"."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        for block in blocks.iter_mut() {
            let text = block.text.as_str();
            if text.len() <= MAX_MARKER_BYTES && MARKERS.covers(text, MAX_MARKERS_PER_BLOCK, ALL).is_some() {
                block.remove(self.id());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::assert_lines;

    #[test]
    fn removes_ad_markers_alone() {
        assert_lines(
            &Advertisement,
            &[
                "Advertisement",
                "ADVERTISEMENT",
                "— Advertisement —",
                "Advertisement - Continue Reading Below",
                "Story continues below advertisement",
                "Sponsored",
                "Anzeige",
                "Publicité",
                "Publicidad",
                "Pubblicità",
                "Publicidade",
                "Advertentie",
                "Реклама",
                "广告",
                "スポンサーリンク",
                "Weiter nach der Anzeige",
                "La suite après cette publicité",
                "Contenu partenaire",
                "Espacio publicitario",
                "Informazione pubblicitaria",
                "Continua após a publicidade",
                "Informe publicitário",
                "Lees verder na de advertentie",
                "Партнерский материал",
                "廣告",
                "赞助内容",
                "広告の下に記事が続きます",
                "Reklama",
                "REKLAM",
                "Iklan",
                "Quảng cáo",
                "Annons",
                "Materiał sponsorowany",
                "ANNONCE",
                "Annonce",
                "إعلان",
                "- اعلان -",
                "বিজ্ঞাপন",
                "โฆษณา",
                // Croatian, Slovak, Lithuanian, Estonian, Bulgarian, Catalan, Norwegian, Urdu,
                // Tamil, Malay
                "Oglas",
                "OGLAS",
                "Reklama",
                "Reklaam",
                "Реклама",
                "Publicitat",
                "Contingut patrocinat",
                "Annonse",
                "اشتہار",
                "விளம்பரம்",
                "Iklan",
            ],
            &[
                "Advertising",
                "Advertisement revenue fell 12% in the third quarter.",
                "Sponsored by the city council, the festival runs until Sunday.",
                "Anzeige gegen unbekannt erstattet",
                "Ad hoc committees were formed.",
                "Publicidad engañosa: la multa llegó en marzo.",
                "Advertorial content is banned in the run-up to elections.",
                "Weiter nach der Anzeige ermittelte die Polizei gegen den Nachbarn.",
                "Contenu partenaire et publicité doivent être clairement distingués.",
                "Espacio publicitario en la radio: las tarifas suben un 5%.",
                "Informazione pubblicitaria ingannevole, multa per la catena di negozi.",
                "Anúncio do novo ministro saiu na segunda-feira.",
                "Advertenties op sociale media worden strenger gecontroleerd.",
                "Партнерский материал о вреде курения вызвал споры.",
                "广告法修订草案昨日提交审议。",
                "広告掲載料の値上げが発表された。",
                "Reklama telewizyjna traci widzów na rzecz internetu.",
                "Iklan rokok dilarang di televisi sejak tahun lalu.",
                "Annonce af det nye regeringsgrundlag ventes i næste uge.",
                "إعلان نتائج الانتخابات البلدية مساء الأحد",
                "বিজ্ঞাপন ছাড়াই পত্রিকাটি চলছে গত দুই বছর ধরে।",
                "Oglas za posao objavljen je na stranicama ministarstva.",
                "Reklaam jõudis teleekraanile alles eelmisel nädalal.",
                "Publicitat enganyosa: la multa va arribar al març.",
                "Annonse av nye tiltak ventes neste uke.",
                "اشتہار بازی پر حکومت نے نئی پابندیاں عائد کر دیں۔",
                "விளம்பரம் இல்லாமல் இந்த இதழ் இரண்டு ஆண்டுகளாக வெளிவருகிறது.",
                // Thai runs words together: the label followed by more text is a sentence.
                "โฆษณาทางโทรทัศน์ถูกห้ามในช่วงเลือกตั้ง",
            ],
        );
    }

    #[test]
    fn knows_the_greek_marker_in_capitals() {
        assert_lines(
            &Advertisement,
            &["ΔΙΑΦΗΜΙΣΗ", "Διαφήμιση", "- ΔΙΑΦΗΜΙΣΗ -"],
            &[
                "Διαφήμιση τσιγάρων απαγορεύεται στην τηλεόραση από το 2002.",
                "ΔΙΑΦΗΜΙΣΗ ΚΑΙ ΜΑΡΚΕΤΙΝΓΚ ΣΤΟ ΔΙΑΔΙΚΤΥΟ ΓΙΑ ΜΙΚΡΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ",
            ],
        );
    }

    #[test]
    fn knows_ad_markers_of_more_small_languages() {
        assert_lines(
            &Advertisement,
            &[
                "PUBLIZITATEA",
                "რეკლამა",
                "REKLĀMA",
                "REKLAMË",
                "Conținut sponsorizat",
                "Oglasno sporočilo",
                "Plačana objava",
                "Спонзорисани садржај",
                "Contido patrocinado",
            ],
            &[
                // The words are ordinary nouns: in a sentence they stay.
                "Auglýsing ráðuneytisins um nýjar reglur birtist í gær.",
                "Оглас за посао објављен је на сајту министарства.",
                "Reklāma televīzijā kļūst arvien dārgāka, saka nozares pārstāvji.",
                "Reklamë e re e qeverisë u shfaq dje në televizion.",
                "რეკლამა ტელევიზიით სულ უფრო ძვირდება.",
                "Publizitatea debekatuta dago hauteskunde kanpainan.",
                // Plural: the "Advertise with us" page of a menu.
                "Auglýsingar",
                // The heading of a public notice (a gazette's, a town's job notice).
                "Auglýsing",
                "Оглас",
            ],
        );
    }
}
