//! Removes the taxonomy lines of a post: the tags, categories and topics it is filed under
//! ("Tags: Alibaba", "Filed under: health, Michigan", "Posted in Music Features | Permalink
//! | 1 Comment", "Schlagwörter: Reiki, Schamanismus", "Catégories : Politique"), and the
//! sentence blog themes print under a post to say the same ("This entry was posted in News
//! and tagged Rust. Bookmark the permalink.", "Dieser Beitrag wurde veröffentlicht in Reiki
//! und gekennzeichnet mit Usui. Permalink").
//!
//! Keywords are left alone: under a paper's abstract they are part of the text. A label
//! alone proves nothing: "Tags and labels" titles a section of documentation,
//! "Label: Specifies a name for the resource." describes a field, "Tag 1: Ankunft" is a
//! day of a journey. What follows the label must be a list of terms: short, with no
//! sentence in it. Most labels need their colon; a few that are never prose before a name
//! ("Filed under", "Tagged") may lose it, as they do in text dumps where each tag was a link.

use std::sync::LazyLock;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::{ends_like_sentence, word_count_up_to};
use crate::clean::vocab::{Groups, Lexicon};
use crate::model::RuleId;

/// Labels of a taxonomy line that must be followed by a colon.
const LABELS: &[&str] = &[
    // English
    "tags",
    "tag",
    "tagged",
    "tagged with",
    "tagged as",
    "categories",
    "category",
    "categorized in",
    "categorised in",
    "categorized as",
    "categorised as",
    "filed under",
    "filed in",
    "posted in",
    "posted under",
    "topics",
    "topic",
    "labels",
    // German
    "schlagwörter",
    "schlagworte",
    "schlagwort",
    "stichwörter",
    "stichworte",
    "kategorien",
    "kategorie",
    "abgelegt unter",
    "themen",
    "thema",
    "verschlagwortet mit",
    "getaggt mit",
    // French
    "étiquettes",
    "étiquette",
    "catégories",
    "catégorie",
    "classé dans",
    "classé sous",
    "sujets",
    "thèmes",
    // Spanish
    "etiquetas",
    "etiqueta",
    "categorías",
    "categoría",
    "archivado en",
    "temas",
    // Italian
    "categorie",
    "categoria",
    "archiviato in",
    "argomenti",
    // Portuguese
    "categorias",
    "arquivado em",
    "tópicos",
    // Dutch ("categorie" is listed with Italian)
    "categorieën",
    "onderwerpen",
    // Russian
    "теги",
    "метки",
    "рубрики",
    "рубрика",
    "категории",
    "категория",
    // Chinese
    "标签",
    "標籤",
    "分类",
    "分類",
    // Japanese
    "タグ",
    "カテゴリー",
    "カテゴリ",
    // Korean
    "태그",
    // Turkish, Indonesian
    "etiketler",
    "kategoriler",
    "kategori",
    // Polish, Czech, Slovak ("kategorie" is listed with Italian)
    "tagi",
    "štítky",
    // Polish, Finnish
    "kategoria",
    "kategoriat",
    "aiheet",
    "tagit",
    // Hungarian
    "kategória",
    "címkék",
    // Swedish, Greek, Ukrainian
    "etiketter",
    "kategorier",
    "ετικέτες",
    "мітки",
    // Arabic ("نشر في", posted in, only with its colon: without, it opens sentences and
    // datelines)
    "الوسوم",
    "التصنيفات",
    "التصنيف",
    "القسم",
    "نشر في",
    "الكلمات المفتاحية",
    "كلمات مفتاحية",
    // Persian, with the zero-width non-joiner, a space or neither
    "برچسب‌ها",
    "برچسب ها",
    "برچسبها",
    "دسته‌بندی",
    "دسته بندی",
    "دستهبندی",
    // Hindi
    "टैग",
    "टैग्स",
    "श्रेणी",
    // Bengali, Thai
    "বিভাগ",
    "หมวดหมู่",
    "แท็ก",
    // Croatian, Slovak ("kategória" is listed with Hungarian), Lithuanian
    "oznake",
    "kategorija",
    "kategorije",
    "značky",
    "kategórie",
    "žymės",
    "kategorijos",
    // Estonian; not "märksõnad", the keywords under a paper's abstract
    "sildid",
    "kategooria",
    "kategooriad",
    // Bulgarian ("категория" is listed with Russian), Catalan ("categoria" is listed with
    // Italian, "categories" with English)
    "етикети",
    "etiquetes",
    // Norwegian ("kategori" is listed with Turkish, "kategorier" with Swedish); Malay has
    // "tag" and "kategori", listed with English and Turkish
    "stikkord",
    "emneknagger",
    // Urdu, Tamil
    "ٹیگز",
    "زمرہ",
    "زمرے",
    "குறிச்சொற்கள்",
    "வகைகள்",
    // Romanian ("categorie" is listed with Italian)
    "etichete",
    "categorii",
    // Slovenian ("oznake", "kategorija", "kategorije" are listed with Croatian)
    "značke",
    // Latvian ("tagi" is listed with Polish, "kategorija" with Croatian)
    "birkas",
    "kategorijas",
    // Serbian (Cyrillic), Macedonian ("категории" is listed with Russian)
    "тагови",
    "ознаке",
    "категорија",
    "категорије",
    "ознаки",
    // Albanian ("kategoria" is listed with Polish). Not "etiketa", also a product's
    // label in Croatian, Serbian, Slovenian and Czech ("Etiketa: papirnata").
    "etiketat",
    "kategoritë",
    // Icelandic: none. "Merki" is also a brand in a product's details ("Merki: Bosch"),
    // "flokkar" and "flokkur" also parties ("Flokkar: Sjálfstæðisflokkur, …").
    // Basque ("kategoria" is listed with Polish)
    "etiketak",
    "kategoriak",
    "argitaratua hemen",
    // Georgian, with both spellings of "tags"
    "თეგები",
    "ტეგები",
    "კატეგორია",
    "კატეგორიები",
    "რუბრიკა",
    // "Published in", as themes in ro, sl, sr, mk, gl and is translate "Posted in": like
    // every label here only with its colon, since the same words without it cite a
    // gazette, a paper or a publisher ("Objavljeno v Uradnem listu RS", "Publicado en El
    // País", "Birt í Morgunblaðinu") and open sentences ("Publicado en un momento de …").
    "publicat în",
    "objavljeno v",
    "објављено у",
    "објавено во",
    "publicado en",
    "birt í",
    // "Posted in" in id, sv, uk and vi, only with its colon for the same reason ("Publicerat
    // i Dagens Nyheter", "Опубліковано в журналі …", "Diposting di akun Instagram-nya …")
    "diposting di",
    "publicerat i",
    "опубліковано в",
    "đăng trong",
    // Swedish, Hebrew tags; Korean category
    "taggar",
    "תגיות",
    "카테고리",
    // Azerbaijani, Kazakh, Armenian (whose colon is '՝'), Marathi, Swahili, Tagalog,
    // Afrikaans ("kategorie" is listed with Italian)
    "teqlər",
    "etiketlər",
    "kateqoriya",
    "тегтер",
    "санат",
    "պիտակներ",
    "թեգեր",
    "टॅग्स",
    "टॅग",
    "lebo",
    "mga tag",
    "kategorya",
    "etikette",
];

/// Labels that are never prose before a list of names, so that they may go without their
/// colon ("Filed under china, illnesses, plague", "Tagged blog").
const BARE_LABELS: &[&str] = &[
    "tagged",
    "tagged with",
    "filed under",
    "posted in",
    "posted under",
    // Latvian "published in the section", Albanian "posted at": never a citation
    "publicēts sadaļā",
    "postuar te",
    // Czech, Greek, Hebrew "published in the section/category": never a citation
    "publikováno v rubrice",
    "δημοσιεύθηκε στην κατηγορία",
    "פורסם בקטגוריה",
];

/// "Posted in" as WordPress prints it in German, French, Spanish, Italian, Portuguese, Dutch
/// and Polish, without its colon ("Veröffentlicht in Köln", "Publié dans Itinéraires"). The
/// same words cite a paper or a publisher ("Publicado en El País", "Veröffentlicht in der
/// Zeitschrift Nature") and open sentences ("Publicado en 1998, el libro …"), so the words
/// after them must be a short capitalised name: no article, no digit, no sentence.
const SECTION_LABELS: &[&str] = &[
    "veröffentlicht in",
    "publié dans",
    "publicado en",
    "pubblicato in",
    "publicado em",
    "geplaatst in",
    "opublikowano w",
];

/// French WordPress's "Tags", which is also the word for a paper's keywords ("Mots-clés :
/// anxiété, dépression, santé mentale, activité physique"): only before a few short terms,
/// with the colon.
const KEYWORD_LABELS: &[&str] = &["mots-clés", "mots clés", "mots-clefs"];

/// Most words of the terms after a keyword label.
const MAX_KEYWORD_WORDS: usize = 6;

/// Articles and determiners that open a title or a named publication after "published in"
/// ("Publié dans Le Monde", "Publicado en El País", "Geplaatst in de krant").
const TITLE_ARTICLES: &[&str] = &[
    "der", "die", "das", "dem", "den", "des", "einer", "einem", "eines", "le", "la", "les", "l", "un", "une", "du",
    "el", "los", "las", "una", "il", "lo", "gli", "i", "uno", "o", "a", "os", "as", "um", "uma", "de", "het", "een",
];

/// Most words of the section name after a bare "published in".
const MAX_SECTION_WORDS: usize = 4;

/// How a blog theme opens the sentence that files a post ("This entry was posted in ...").
const FILING_SENTENCES: &[&str] = &[
    "this entry was posted in",
    "this entry was filed under",
    "this entry was tagged",
    "dieser beitrag wurde veröffentlicht in",
    "dieser eintrag wurde veröffentlicht in",
    "dieser beitrag wurde unter",
    "dieser eintrag wurde unter",
    "cette entrée a été publiée dans",
    "ce billet a été publié dans",
    "cet article a été publié dans",
    "esta entrada fue publicada en",
    "esta entrada se publicó en",
    "questa voce è stata pubblicata in",
    "questo articolo è stato pubblicato in",
    "esta entrada foi publicada em",
    "este post foi publicado em",
    "dit bericht is geplaatst in",
    "dit item is geplaatst in",
    "запись опубликована в рубрике",
];

/// The link that ends a filing sentence ("Bookmark the permalink.").
const PERMALINK_WORDS: &[&str] =
    &["permalink", "permalien", "enlace permanente", "link permanente", "vaste link", "постоянная ссылка"];

/// Lexicon groups.
const LABEL: Groups = 1;
const BARE_LABEL: Groups = 1 << 1;
const FILING_SENTENCE: Groups = 1 << 2;
const SECTION_LABEL: Groups = 1 << 3;
const KEYWORD_LABEL: Groups = 1 << 4;

/// Most words of the terms after a label.
const MAX_TERM_WORDS: usize = 30;
/// Longest taxonomy line (bytes).
const MAX_LINE_BYTES: usize = 400;
/// Most words of a filing sentence: the categories and tags it names, and its permalink.
const MAX_FILING_WORDS: usize = 60;
/// The permalink ends the filing sentence: it is found within this many bytes of the end.
const PERMALINK_TAIL_BYTES: usize = 60;

static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::grouped(&[LABELS, BARE_LABELS, FILING_SENTENCES, SECTION_LABELS, KEYWORD_LABELS]));

/// The rule's id.
pub const POST_TAXONOMY: RuleId = RuleId("post_taxonomy");

/// Removes the tags, categories and topics a post is filed under.
pub struct PostTaxonomy;

impl Rule for PostTaxonomy {
    fn id(&self) -> RuleId {
        POST_TAXONOMY
    }

    fn describe(&self) -> &'static str {
        "The tags, categories and topics a post is filed under (\"Tags: Alibaba\", \"Filed under: health, Michigan\", \"Schlagwörter: …\"), and the theme's \"This entry was posted in … Bookmark the permalink.\""
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        for block in blocks.iter_mut() {
            if is_taxonomy_line(&block.text) {
                block.remove(self.id());
            }
        }
    }
}

fn is_taxonomy_line(text: &str) -> bool {
    if text.len() > MAX_LINE_BYTES {
        return false;
    }
    let Some((end, groups)) = LEXICON.prefix(text) else {
        return false;
    };
    if groups & FILING_SENTENCE != 0 {
        return is_filing_sentence(text);
    }
    let rest = text[end..].trim_start();
    // `Category:Benchmarking`, with no space, names a wiki's category page: a title.
    let (terms, colon) = match rest.strip_prefix(':') {
        Some(terms) if terms.starts_with(char::is_whitespace) => (terms.trim_start(), true),
        Some(_) => return false,
        None => match rest.strip_prefix(['：', '՝']) {
            Some(terms) => (terms.trim_start(), true),
            None => (rest, false),
        },
    };
    let labelled = if colon { groups & (LABEL | BARE_LABEL) != 0 } else { groups & BARE_LABEL != 0 };
    if labelled {
        return is_term_list(terms);
    }
    if colon && groups & KEYWORD_LABEL != 0 {
        return is_term_list(terms)
            && !terms.contains(';')
            && word_count_up_to(terms, MAX_KEYWORD_WORDS + 1) <= MAX_KEYWORD_WORDS;
    }
    !colon && groups & SECTION_LABEL != 0 && is_section_name(terms)
}

/// A section's name after a bare "published in": one to four words, the first capitalised
/// and not an article, no digit and nothing of a sentence.
fn is_section_name(terms: &str) -> bool {
    let words = word_count_up_to(terms, MAX_SECTION_WORDS + 1);
    if !(1..=MAX_SECTION_WORDS).contains(&words)
        || ends_like_sentence(terms)
        || terms.chars().any(|c| c.is_numeric() || matches!(c, ',' | ';' | '(' | '«' | '"' | '„' | '“'))
    {
        return false;
    }
    let Some(first) = terms.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()) else {
        return false;
    };
    first.chars().next().is_some_and(char::is_uppercase)
        && !TITLE_ARTICLES.iter().any(|a| first.eq_ignore_ascii_case(a))
}

/// A list of terms: some words, not too many, and no sentence.
fn is_term_list(terms: &str) -> bool {
    let words = word_count_up_to(terms, MAX_TERM_WORDS);
    (1..=MAX_TERM_WORDS).contains(&words) && !ends_like_sentence(terms)
}

fn is_filing_sentence(text: &str) -> bool {
    if word_count_up_to(text, MAX_FILING_WORDS) > MAX_FILING_WORDS {
        return false;
    }
    let tail_start = text.floor_char_boundary(text.len().saturating_sub(PERMALINK_TAIL_BYTES));
    let tail = text[tail_start..].to_lowercase();
    PERMALINK_WORDS.iter().any(|w| tail.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::assert_lines;

    #[test]
    fn removes_labelled_lists_of_terms() {
        assert_lines(
            &PostTaxonomy,
            &[
                "Tags: Alibaba",
                "Tags: ads, advertisement, awareness, meth, methamphetamine, nation, news, south dakota",
                "Filed Under: Eastern Equine Encephalitis, EEE, health, Michigan, mosquito-borne virus",
                "Filed under china, illnesses, plague",
                "Tagged: list, under 50 dollar, guide",
                "Posted in Open thread | Permalink | 10 Comments",
                "Categories: All Categories Photography",
                "Schlagwörter: Reiki, Schamanismus, Shugendo",
                "Catégories : Politique, Société",
                "Mots-clés : vélo, Vélodyssée, famille",
                "Mots-clés : a b c",
                "Etiquetas: economía, empleo",
                "الكلمات المفتاحية: المغرب، الطاقة الشمسية، ورزازات",
                "标签：经济, 政策",
                "Etiketler: tarım, kuraklık",
                "Tagi: rolnictwo, susza",
                "태그: 경제, 정책",
                "टैग: कृषि, सूखा",
            ],
            &[
                // A label without its colon, and a section heading that starts like one.
                "Tags Kristi Noem South Dakota",
                "Tags and labels",
                "Topics covered",
                // Prose and descriptions after a label.
                "Label: Specifies a name for the resource. Terraform uses this label to track it.",
                "Category: This product ships from our warehouse within two days.",
                "Thema: Die Regierung hat heute neue Regeln beschlossen, die ab Montag gelten.",
                "Kategori: Bu ürün iki gün içinde depomuzdan kargoya verilir ve ücretsiz teslim edilir.",
                // A day of a journey, not a tag.
                "Tag 1: Ankunft in Berlin",
                // A paper's keywords, and a wiki's category page named as a title.
                "Keywords: anxiety, depression, morbidity, mental health, physical activity",
                "Mots-clés : anxiété, dépression, morbidité, santé mentale, activité physique",
                "Mots-clés : anxiété ; dépression ; santé",
                "Mots-clés : une notion que nous définirons plus loin.",
                "Category:Benchmarking",
                // A label with nothing after it heads a list of its own.
                "Tags:",
                // Longer than a list of terms.
                &format!("Tags: {}", "word ".repeat(40)),
            ],
        );
    }

    #[test]
    fn knows_the_labels_of_more_languages() {
        assert_lines(
            &PostTaxonomy,
            &[
                "Kategoria: Zdrowie",
                "Kategoria: Kotimaa",
                "Kategoriat: Kotimaa, Talous",
                "Aiheet: ilmasto, energia, sähkö",
                "Tagit: ilmasto, energia",
                "Kategória: Belföld",
                "Címkék: aszály, mezőgazdaság",
                "التصنيف: اقتصاد",
                "القسم: رياضة",
                "نشر في: وصفات",
                "دسته‌بندی: اقتصاد",
                "دسته بندی: اقتصاد",
                "برچسب ها: خشکسالی، کشاورزی",
                "श्रेणी: कृषि",
                "বিভাগ: খেলা",
                "หมวดหมู่: การเมือง",
                "แท็ก: ภัยแล้ง, เกษตร",
            ],
            &[
                "Kategoria: Ten produkt wysyłamy z magazynu w ciągu dwóch dni roboczych.",
                "Kategória:Belföld",
                // "Posted in" with no colon opens sentences and datelines.
                "نشر في صحيفة الشرق الأوسط تقرير عن الجفاف",
                "القسم: يرجى مراجعة قسم الاستقبال قبل الدخول إلى المبنى.",
                "বিভাগ: এই পণ্যটি দুই দিনের মধ্যে পাঠানো হবে।",
                // A Thai word that starts with the label (taxi), and the label with words after
                // it and no colon: neither is a taxonomy line.
                "แท็กซี่: ค่าโดยสารเริ่มต้น 35 บาท",
                "หมวดหมู่ข่าว การเมือง",
                // A wiki's category page.
                "หมวดหมู่:การเมือง",
            ],
        );
    }

    #[test]
    fn knows_the_labels_of_smaller_european_and_asian_languages() {
        assert_lines(
            &PostTaxonomy,
            &[
                "Oznake: Zagreb, promet",
                "Kategorija: Vijesti",
                "Značky: Bratislava, doprava",
                "Kategória: Domáce",
                "Žymės: Vilnius, transportas",
                "Kategorija: Lietuvoje",
                "Sildid: Tallinn, transport",
                "Kategooria: Eesti",
                "Етикети: София, транспорт",
                "Категория: България",
                "Etiquetes: Barcelona, transport",
                "Categoria: Societat",
                "Stikkord: Oslo, trafikk",
                "Emneknagger: Oslo, trafikk",
                "Kategori: Innenriks",
                "ٹیگز: کراچی، ٹریفک",
                "زمرہ: پاکستان",
                "குறிச்சொற்கள்: சென்னை, போக்குவரத்து",
                "Tag: Kuala Lumpur, trafik",
                "Kategori: Semasa",
            ],
            &[
                // A label followed by a sentence, and the label's word opening a sentence.
                "Oznake: Ovaj proizvod šaljemo iz skladišta u roku od dva radna dana.",
                "Kategória: Tento produkt odošleme zo skladu do dvoch pracovných dní.",
                "Етикети на продуктите трябва да са на български език.",
                "Etiquetes: Aquest producte s'envia des del magatzem en dos dies laborables.",
                "Stikkord er viktige for å finne fram i arkivet.",
                "வகை: இந்த பொருள் இரண்டு நாட்களில் அனுப்பப்படும்.",
                "வகையில்: சென்னை",
                "زمرہ: یہ مصنوعات دو دن کے اندر گودام سے بھیج دی جاتی ہیں۔",
                // Estonian keywords under an abstract.
                "Märksõnad: ärevus, depressioon, vaimne tervis",
            ],
        );
    }

    #[test]
    fn knows_the_labels_of_balkan_baltic_nordic_and_caucasian_languages() {
        assert_lines(
            &PostTaxonomy,
            &[
                "Etichete: București, trafic",
                "Birkas: Rīga, satiksme",
                "Тагови: Београд, саобраћај",
                "Ознаки: Скопје, сообраќај",
                "Etiketat: Tiranë, trafik",
                "Etiketak: Bilbo, trafikoa",
                "თეგები: თბილისი, ტრანსპორტი",
                "რუბრიკა: საზოგადოება",
                "Argitaratua hemen: Sukaldaritza",
                // "Posted in" as the themes of these languages print it.
                "Publicēts sadaļā Receptes",
                "Postuar te Receta",
                "Publicat în: Știri",
                "Objavljeno v: Recepti",
                "Birt í: Uppskriftir",
            ],
            &[
                // A citation of a gazette, a dateline and a sentence after "published in".
                "Objavljeno v Uradnem listu RS, št. 12/2024",
                "Објављено у Службеном гласнику РС, бр. 45/2020",
                "Publicat în Monitorul Oficial nr. 123 din 12 martie 2024",
                "Publicat în 12 martie 2024",
                "Publicado en la revista Nature, el estudio analiza datos de diez años.",
                // Without the colon, "published in" cites a paper or a publisher.
                "Publicado en El País",
                "Publicat în Adevărul",
                "Objavljeno v Delu",
                "Birt í Morgunblaðinu",
                // Brands, parties and product labels in other languages' details.
                "Merki: Bosch",
                "Flokkar: Sjálfstæðisflokkur, Framsóknarflokkur, Vinstri græn",
                "Etiketa: papirnata",
                // A label with words after it and no colon, and a label before a sentence.
                "Merki Reykjavíkur",
                "Etichete: Acest produs se livrează din depozit în două zile lucrătoare.",
            ],
        );
    }

    #[test]
    fn knows_the_labels_of_vietnamese_indonesian_czech_swedish_ukrainian_greek_hebrew_and_korean_but_keywords() {
        assert_lines(
            &PostTaxonomy,
            &[
                "Taggar: semla, fettisdagen, bakning",
                "תגיות: מתכונים, חגים",
                "카테고리: 여행",
                // "Posted in" with its colon, and the labels that name a section without it.
                "Đăng trong: Giao thông",
                "Diposting di: Resep",
                "Publicerat i: Recept",
                "Опубліковано в: Новини",
                // "Posted in" without its colon, before a short section name.
                "Veröffentlicht in Köln",
                "Publié dans Itinéraires",
                "Publicado en Sevilla",
                "Pubblicato in Cammini",
                "Publicado em Mobilidade",
                "Geplaatst in Routes",
                "Opublikowano w Beskidy",
                "Publikováno v rubrice Krkonoše",
                "Δημοσιεύθηκε στην κατηγορία Φωτογραφία",
                "פורסם בקטגוריה מתכונים",
            ],
            &[
                // Without the colon, "posted in" cites a paper or opens a sentence.
                "Publicerat i Dagens Nyheter",
                "Опубліковано в журналі «Наука і життя»",
                "Diposting di akun Instagram miliknya",
                "Đăng trong mục Ý kiến",
                // ... and before a publication, a date or a sentence.
                "Publicado en 1998, el libro cambió la forma de contar la guerra.",
                "Publicado en El País",
                "Publié dans Le Monde",
                "Veröffentlicht in der Zeitschrift Nature",
                "Pubblicato in origine su un blog di viaggi nel 2012 e poi ampliato",
                "Publicado em 12/03/2024",
                "Geplaatst in de krant van zaterdag",
                "Publicado en marzo",
                // A paper's keywords ("Từ khóa" labels tags on news sites as well), and the
                // words opening sentences.
                "Từ khóa: biến đổi khí hậu, xâm nhập mặn, năng suất lúa",
                "Từ khóa của thành công là sự kiên trì.",
                "Taggar används för att hitta inlägg i arkivet.",
                "Publikováno v rubrice Názory, kde autor tvrdí, že vláda selhala.",
                "카테고리: 이 제품은 이틀 안에 창고에서 발송됩니다.",
            ],
        );
    }

    #[test]
    fn removes_a_themes_filing_sentence() {
        assert_lines(
            &PostTaxonomy,
            &[
                "This entry was posted in News and tagged Rust, WebAssembly. Bookmark the permalink.",
                "Dieser Beitrag wurde veröffentlicht in Mikao Usui , Reiki und gekennzeichnet mit Mark Hosak . Permalink",
                "Cette entrée a été publiée dans Politique. Bookmarquez le permalien.",
            ],
            &[
                // The same opening in a sentence that does not end with the permalink.
                "This entry was posted in a hurry, and I will come back to it next week with the full story.",
            ],
        );
    }

    #[test]
    fn knows_the_labels_of_central_asian_indian_african_and_philippine_languages() {
        assert_lines(
            &PostTaxonomy,
            &[
                "Teqlər: Bakı avtobus nəqliyyat",
                "Тегтер: Алматы саябақ абаттандыру",
                "Պիտակներ՝ Երևան ավտոբուս տրանսպորտ",
                "टॅग्स: पुणे मेट्रो वाहतूक",
                "Lebo: Dodoma maji miundombinu",
                "Kategorya: Luzon",
                "Etikette: tuin, groente",
            ],
            &[
                "Санат: бұл сөз кітапта көп кездеседі, сондықтан оны түсіндіру керек деді мұғалім.",
                "Kategorya: ito ang unang hakbang sa pag-aayos ng mga libro ayon sa paksa, sabi ng guro.",
            ],
        );
    }
}
