//! Removes "read more" links and the headings of recommendation lists ("Also Read:",
//! "Related articles", "You may also like", "Most Popular", "Читайте также", "関連記事"),
//! together with the list of headline links that directly follows such a heading.
//!
//! A label is recognised only when it is the whole block, or when it leads a short headline
//! after a colon or dash ("Read more: How the vote was won"). "Read more about the study in
//! Nature." is a sentence and stays. After a list heading, the following blocks go while they
//! look like links: short, title-like, without sentence punctuation (or mostly link text in
//! HTML); the first block that reads like prose ends the list. In a dump, link-like lines
//! that run on past the longest list are text in short lines (verse, some blogs), and only
//! the heading goes.

use std::sync::LazyLock;

use crate::clean::block::{Block, BlockKind};
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::{sentence_marks, word_count, word_count_up_to};
use crate::clean::vocab::{Groups, Lexicon, has_alphanumeric, is_headline_after_separator};
use crate::model::RuleId;

/// Longest block (bytes) that can be a label alone.
const MAX_LABEL_BYTES: usize = 80;
/// Longest block (bytes) that can be a label leading a headline ("Also Read: …").
const MAX_LEAD_IN_BYTES: usize = 250;
/// Most words of the headline after a lead-in label.
const MAX_LEAD_IN_TAIL_WORDS: usize = 30;
/// Longest block (bytes) that can be a headline link in a list after a list heading.
const MAX_LINK_BYTES: usize = 200;
/// Most words of a headline link in a text dump.
const MAX_LINK_WORDS: usize = 25;
/// Share of link text that makes an HTML block a link.
const MIN_LINK_DENSITY: f32 = 0.6;
/// A block of this many words with a full stop is prose, not a link.
const MIN_PROSE_WORDS: usize = 15;
/// The "also" of "Read also" labels (`À lire aussi`, `Lesen Sie auch`, `Читайте также`).
const ALSO_WORDS: &[&str] = &[
    "also",
    "auch",
    "aussi",
    "également",
    "también",
    "anche",
    "também",
    "ook",
    "также",
    "також",
    "także",
    "też",
    "också",
    "även",
    "også",
    "myös",
    "juga",
    "επίσης",
    // Hungarian ("Ezt is ajánljuk"), Turkish ("Bunu da okuyun")
    "is",
    "da",
    // Croatian ("Pročitajte još"; not "i", which is also the Italian article of "I più
    // letti"), Slovak, Lithuanian ("Taip pat skaitykite"), Estonian ("Loe ka"), Bulgarian,
    // Catalan, Urdu, Tamil ("இதையும் படிக்க")
    "još",
    "aj",
    "pat",
    "ka",
    "още",
    "també",
    "بھی",
    "இதையும்",
    // Basque ("Irakurri hau ere"), Galician ("Le tamén"), Icelandic ("Lestu einnig"), Latvian
    // ("Lasi arī"), Macedonian and Serbian ("Прочитајте и", "Прочитајте још"), Slovenian
    // ("Preberite tudi"), Albanian ("Lexo edhe"), Romanian ("Citește și"), Georgian ("ასევე
    // წაიკითხეთ"). Only the words of a label are looked at, so "и" and "și" ("and") are safe
    // here: no other label holds them.
    "ere",
    "tamén",
    "einnig",
    "arī",
    "и",
    "још",
    "tudi",
    "edhe",
    "și",
    "ასევე",
    // Czech ("Přečtěte si také")
    "také",
    // Azerbaijani ("Həmçinin oxuyun"), Kazakh ("Тағы оқыңыз", "Сондай-ақ оқыңыз"), Armenian
    // ("Կարդացեք նաև"), Marathi ("हेही वाचा", "हे पण वाचा", "हे सुद्धा वाचा"), Swahili ("Soma
    // pia"), Tagalog ("Basahin din", "Basahin rin")
    "həmçinin",
    "тағы",
    "сондай-ақ",
    "նաև",
    "हेही",
    "पण",
    "सुद्धा",
    "pia",
    "din",
    "rin",
];

/// Share (in tenths) of the text after a lead-in label that must be link text for the label
/// to lead a linked headline without a separator.
const MIN_LINKED_TAIL_TENTHS: usize = 9;
/// How many blocks after a list heading can be removed as its links.
const MAX_LIST_LINKS: usize = 15;

/// Links that lead on to the rest of a text; removed alone, with nothing after them. Not the
/// generic calls to action ("Learn more", "More", "Find out more"): service and product pages
/// use them under each of their own sections.
const READ_ON_LINKS: &[&str] = &[
    "read more",
    "read more »",
    "read the rest",
    "read the rest of this entry",
    "read full story",
    "read the full story",
    "read full article",
    "read the full article",
    "read the article",
    "read article",
    "continue reading",
    "continue reading the main story",
    "keep reading",
    "click here to read more",
    "click to read more",
    "read less",
    "read less read more",
    "story continues below",
    "weiterlesen",
    "weiter lesen",
    "mehr lesen",
    "zum artikel",
    "artikel lesen",
    "lire la suite",
    "lire l'article",
    "leer más",
    "seguir leyendo",
    "sigue leyendo",
    "leggi di più",
    "continua a leggere",
    "leggi tutto",
    "leia mais",
    "ler mais",
    "continuar lendo",
    "continue lendo",
    "lees meer",
    "verder lezen",
    "lees verder",
    "читать далее",
    "читать дальше",
    "читать еще",
    "читать ещё",
    "阅读全文",
    "阅读更多",
    "查看全文",
    "続きを読む",
    "もっと見る",
    "더보기",
    "기사 더보기",
    "διαβάστε περισσότερα",
    "συνέχεια ανάγνωσης",
    "اقرأ المزيد",
    "تابع القراءة",
    "קרא עוד",
    "קראו עוד",
    "המשך קריאה",
    "לכתבה המלאה",
    "और पढ़ें",
    "आगे पढ़ें",
    "पूरी खबर पढ़ें",
    "читати далі",
    "читати більше",
    "czytaj więcej",
    "czytaj dalej",
    "devamını oku",
    "haberin devamı",
    "baca selengkapnya",
    "đọc tiếp",
    "xem thêm",
    "đọc thêm",
    "läs mer",
    "læs mere",
    "les mer",
    "lue lisää",
    "číst dál",
    "čítať ďalej",
    "citește mai mult",
    "citeste mai mult",
    "閱讀全文",
    "閱讀更多",
    "อ่านต่อ",
    "อ่านเพิ่มเติม",
    "อ่านข่าวต่อ",
    "더 보기",
    // Basque, Galician, Icelandic, Latvian, Macedonian, Slovenian, Albanian, Serbian (Cyrillic
    // and Latin), Romanian. Left out: Georgian "ვრცლად" ("in detail"), a word of prose too.
    "irakurri gehiago",
    "ler máis",
    "seguir lendo",
    "lesa meira",
    "lestu meira",
    "lasīt vairāk",
    "lasīt tālāk",
    "прочитај повеќе",
    "прочитајте повеќе",
    "preberi več",
    "preberite več",
    "lexo më shumë",
    "прочитај више",
    "прочитајте више",
    "pročitaj više",
    "pročitajte više",
    "citește mai departe",
    "citeste mai departe",
    // Azerbaijani, Kazakh, Armenian, Marathi, Swahili, Tagalog. Left out: Kazakh "Толығырақ"
    // alone ("in more detail"), a word of prose that also leads contacts ("Толығырақ: +7 727
    // …"), as Georgian "ვრცლად".
    "davamını oxu",
    "ətraflı oxu",
    "толығырақ оқу",
    "կարդալ ավելին",
    "पुढे वाचा",
    "अधिक वाचा",
    "soma zaidi",
    "endelea kusoma",
    "magbasa pa",
    "basahin pa",
];

/// Headings of recommendation lists: removed, and the links right after them too. Also
/// accepted leading one headline ("Also Read: …"), then removed alone. Not "See also" or
/// "Further reading", which in documentation and reference pages head real content, nor
/// "Recommended" alone or "Recommended Posts" (system requirements, forum threads).
const LIST_HEADINGS: &[&str] = &[
    "also read",
    "read also",
    "read next",
    "what to read next",
    "related",
    "related articles",
    "related article",
    "related stories",
    "related story",
    "related posts",
    "related post",
    "related content",
    "related news",
    "related coverage",
    "related reading",
    "related topics",
    "related videos",
    "related video",
    "related links",
    "related guides",
    "you may also like",
    "you might also like",
    "you may like",
    "you might like",
    "you may also be interested in",
    "you might be interested in",
    "you may have missed",
    "we recommend",
    "recommended for you",
    "recommended stories",
    "recommended articles",
    "recommended reading",
    "recommended videos",
    "trending",
    "trending now",
    "trending stories",
    "trending news",
    "trending articles",
    "trending topics",
    "most read",
    "most popular",
    "most viewed",
    "most shared",
    "most commented",
    "most emailed",
    "most watched",
    "popular posts",
    "popular stories",
    "popular articles",
    "popular now",
    "more stories",
    "more news",
    "more articles",
    "more to read",
    "more on this story",
    "more on this topic",
    "more like this",
    // The recent-posts widget of blog software, in a sidebar or under the post.
    "recent posts",
    "recent articles",
    "recent stories",
    "more videos",
    "neueste beiträge",
    "articles récents",
    "entradas recientes",
    "artículos recientes",
    "articoli recenti",
    "posts recentes",
    "recente berichten",
    "свежие записи",
    "editor's picks",
    "editors' picks",
    "don't miss",
    "top stories",
    "more top stories",
    // Forum software under a thread
    "similar threads",
    "similar topics",
    "related threads",
    "similar discussions",
    "ähnliche themen",
    "ähnliche beiträge",
    "sujets similaires",
    "discussions similaires",
    "temas similares",
    "discussioni simili",
    "tópicos semelhantes",
    "vergelijkbare onderwerpen",
    "podobne tematy",
    "похожие темы",
    "benzer konular",
    "liknande trådar",
    "lignende tråde",
    "lignende emner",
    "samankaltaiset ketjut",
    "samankaltaisia ketjuja",
    "hasonló témák",
    "مواضيع مشابهة",
    "موضوعات مشابه",
    "กระทู้ที่เกี่ยวข้อง",
    "กระทู้ที่คล้ายกัน",
    "lesen sie auch",
    "lesen sie mehr",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "mehr zum thema",
    "ähnliche artikel",
    "verwandte artikel",
    "weitere artikel",
    "weitere artikel zum thema",
    "weitere beiträge",
    "weitere beiträge zum thema",
    "verwandte beiträge",
    "passende artikel",
    "passend zum thema",
    "beliebte beiträge",
    "meistgelesene beiträge",
    "empfohlene beiträge",
    "weitere nachrichten",
    "das könnte ihnen auch gefallen",
    "das könnte dir auch gefallen",
    "meistgelesen",
    "meistgelesene artikel",
    "beliebte artikel",
    "empfohlene artikel",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire également",
    "à lire également",
    "articles similaires",
    "articles liés",
    "sur le même sujet",
    "vous aimerez aussi",
    "vous aimerez peut-être aussi",
    "les plus lus",
    "les plus populaires",
    "articles recommandés",
    "articles populaires",
    "dans la même rubrique",
    "sur le même thème",
    "à découvrir aussi",
    "les plus consultés",
    "vous pourriez aussi aimer",
    "ces articles pourraient vous intéresser",
    "nos autres articles",
    "lee también",
    "lea también",
    "noticias relacionadas",
    "artículos relacionados",
    "te puede interesar",
    "también te puede interesar",
    "te podría interesar",
    "lo más leído",
    "más leídas",
    "más leídos",
    "artículos similares",
    "noticias similares",
    "más noticias",
    "artículos recomendados",
    "te recomendamos",
    "también te puede gustar",
    "lo más visto",
    "entradas relacionadas",
    "publicaciones relacionadas",
    "leggi anche",
    "articoli correlati",
    "potrebbe interessarti",
    "ti potrebbe interessare",
    "i più letti",
    "più letti",
    "articoli simili",
    "altre notizie",
    "articoli consigliati",
    "potrebbe interessarti anche",
    "ti potrebbe interessare anche",
    "potrebbe piacerti anche",
    "post correlati",
    "notizie correlate",
    "i più visti",
    "leia também",
    "veja também",
    "artigos relacionados",
    "notícias relacionadas",
    "posts relacionados",
    "você também pode gostar",
    "você pode gostar",
    "mais lidas",
    "mais lidos",
    "mais notícias",
    "artigos semelhantes",
    "matérias relacionadas",
    "conteúdo relacionado",
    "você também pode gostar de",
    "recomendados para você",
    "mais vistos",
    "mais populares",
    "lees ook",
    "gerelateerde artikelen",
    "gerelateerd",
    "meest gelezen",
    "ook interessant",
    "meer nieuws",
    "gerelateerde berichten",
    "vergelijkbare artikelen",
    "populaire artikelen",
    "aanbevolen artikelen",
    "dit vind je misschien ook leuk",
    "meest bekeken",
    "читайте также",
    "читайте еще",
    "смотрите также",
    "похожие статьи",
    "похожие новости",
    "похожие записи",
    "самое популярное",
    "популярное",
    "популярные статьи",
    "рекомендуем",
    "вам также может быть интересно",
    "вам может быть интересно",
    "другие новости",
    "ещё новости",
    "еще новости",
    "другие статьи",
    "похожие публикации",
    "популярные новости",
    "самое читаемое",
    "материалы по теме",
    "новости по теме",
    "рекомендуем прочитать",
    "相关文章",
    "相关阅读",
    "相关新闻",
    "相关推荐",
    "延伸阅读",
    "推荐阅读",
    "热门文章",
    "热门推荐",
    "猜你喜欢",
    "更多新闻",
    "相关报道",
    "相关内容",
    "热门新闻",
    "热门阅读",
    "你可能还喜欢",
    "您可能还喜欢",
    "猜您喜欢",
    "推荐文章",
    "関連記事",
    "関連ニュース",
    "人気記事",
    "おすすめ記事",
    "あわせて読みたい",
    "こちらもおすすめ",
    "こちらの記事も合わせてどうぞ",
    "関連する記事",
    "人気の記事",
    "よく読まれている記事",
    "おすすめの記事",
    "あわせて読む",
    "この記事を読んだ人はこんな記事も読んでいます",
    "관련기사",
    "관련 기사",
    "많이 본 뉴스",
    "διαβάστε επίσης",
    "διαβάστε ακόμη",
    "διαβάστε ακόμα",
    "σχετικά άρθρα",
    "δείτε επίσης",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "اقرأ ايضا",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "مقالات ذات صلة",
    "أخبار ذات صلة",
    "الأكثر قراءة",
    "כתבות נוספות",
    "כתבות קשורות",
    "עוד בנושא",
    "קראו גם",
    "קרא גם",
    "यह भी पढ़ें",
    "ये भी पढ़ें",
    "इसे भी पढ़ें",
    "यह भी देखें",
    "संबंधित खबरें",
    // With and without the nukta of "ज़्यादा"; "गईं" when the headlines (खबरें) are meant.
    "सबसे ज्यादा पढ़ी गई",
    "सबसे ज़्यादा पढ़ी गई",
    "सबसे ज़्यादा पढ़ी गईं",
    "читайте також",
    "схожі новини",
    "czytaj także",
    "czytaj też",
    "przeczytaj także",
    "przeczytaj też",
    "ilgili haberler",
    "İlgili haberler",
    "ilgili haber",
    "İlgili haber",
    "benzer haberler",
    "ilginizi çekebilir",
    "İlginizi çekebilir",
    "bunlar da ilginizi çekebilir",
    "bunu da okuyun",
    // Written also with the Turkish capital İ, which "önerilen" has no letter to call for.
    "önerilen haber",
    "ÖNERİLEN HABER",
    "en çok okunanlar",
    "çok okunanlar",
    "zobacz także",
    "zobacz też",
    "zobacz również",
    "powiązane artykuły",
    "polecane artykuły",
    "najczęściej czytane",
    "baca juga",
    "simak juga",
    "berita terkait",
    "artikel terkait",
    "berita lainnya",
    "artikel lainnya",
    "tin liên quan",
    "tin khác",
    "tin cùng chuyên mục",
    "bài viết liên quan",
    "läs också",
    "läs även",
    "læs også",
    "les også",
    "lue myös",
    "luetuimmat",
    "mest læste",
    "čtěte také",
    "čtěte též",
    "mohlo by vás zajímat",
    "související články",
    "kapcsolódó cikkek",
    "kapcsolódó",
    "ezt is ajánljuk",
    "olvasd el ezt is",
    "ez is érdekelheti",
    "legolvasottabb",
    "citește și",
    "citeste si",
    "articole similare",
    "相關文章",
    "相關新聞",
    "延伸閱讀",
    "함께 보면 좋은 기사",
    "ข่าวที่เกี่ยวข้อง",
    "บทความที่เกี่ยวข้อง",
    "เรื่องที่เกี่ยวข้อง",
    "ข่าวล่าสุด",
    "ข่าวแนะนำ",
    "ข่าวยอดนิยม",
    "อ่านมากที่สุด",
    "আরও পড়ুন",
    "আরো পড়ুন",
    "সম্পর্কিত খবর",
    "সর্বাধিক পঠিত",
    "مزید پڑھیں",
    "یہ بھی پڑھیں",
    "متعلقہ خبریں",
    "اخبار مرتبط",
    "مطالب مرتبط",
    "بیشتر بخوانید",
    "بخوانید",
    "پربازدیدترین",
    "پربازدیدترین‌ها",
    "پربازدیدترین ها",
    "மேலும் படிக்க",
    "தொடர்புடைய செய்திகள்",
    // Croatian
    "pročitajte i",
    "pročitajte još",
    "povezano",
    "povezani članci",
    "povezane vijesti",
    "najčitanije",
    // Slovak
    "prečítajte si aj",
    "čítajte aj",
    "súvisiace články",
    "najčítanejšie",
    // Lithuanian
    "taip pat skaitykite",
    "skaitykite taip pat",
    "susiję straipsniai",
    "skaitomiausi",
    // Estonian
    "loe ka",
    "loe lisaks",
    "seotud artiklid",
    "loetumad",
    // Bulgarian
    "прочетете още",
    "вижте още",
    "свързани статии",
    "най-четени",
    // Catalan
    "llegeix també",
    "et pot interessar",
    "articles relacionats",
    "notícies relacionades",
    "el més llegit",
    // Norwegian ("les også" is listed with the Scandinavian ones)
    "relaterte artikler",
    "mest lest",
    "mest leste",
    // Urdu ("یہ بھی پڑھیں" and "متعلقہ خبریں" are listed above), Tamil
    "سب سے زیادہ پڑھی جانے والی",
    "இதையும் படிக்க",
    "இதையும் படியுங்கள்",
    "அதிகம் படித்தவை",
    // Malay ("baca juga" is listed with Indonesian)
    "artikel berkaitan",
    "berita berkaitan",
    "paling popular",
    // Basque
    "irakurri hau ere",
    "lotutako sarrerak",
    "lotutako albisteak",
    "irakurrienak",
    // Galician ("artigos relacionados" and "entradas relacionadas" are listed above)
    "le tamén",
    "novas relacionadas",
    "publicacións relacionadas",
    "o máis lido",
    "máis lidas",
    // Icelandic
    "lestu einnig",
    "tengdar færslur",
    "tengdar fréttir",
    "mest lesið",
    // Latvian
    "lasi arī",
    "lasiet arī",
    "līdzīgi raksti",
    "saistītie raksti",
    "saistītās ziņas",
    "lasītākie",
    "lasītākie raksti",
    // Macedonian ("прочитајте и" is listed with Serbian)
    "поврзани објави",
    "поврзани вести",
    "поврзани статии",
    "најчитани",
    "најчитано",
    "најчитани вести",
    // Slovenian
    "preberite tudi",
    "preberi tudi",
    "sorodni prispevki",
    "sorodni članki",
    "sorodne novice",
    "najbolj brano",
    "najbolj brani",
    // Albanian
    "lexo edhe",
    "lexoni edhe",
    "artikuj të ngjashëm",
    "lajme të ngjashme",
    "më të lexuarat",
    "më të lexuarit",
    // Serbian, Cyrillic and Latin (Croatian "pročitajte i", "pročitajte još" and
    // "najčitanije" are listed above)
    "прочитајте још",
    "прочитајте и",
    "повезане вести",
    "povezane vesti",
    "сличне вести",
    "slične vesti",
    "повезани чланци",
    "најчитаније",
    "најчитаније вести",
    "najčitanije vesti",
    // Romanian ("citește și" and "articole similare" are listed above)
    "cele mai citite",
    "cele mai citite articole",
    "cele mai citite știri",
    // Georgian
    "ასევე წაიკითხეთ",
    "მსგავსი სიახლეები",
    "მსგავსი სტატიები",
    "ყველაზე კითხვადი",
    // Czech: read also, most read
    "přečtěte si také",
    "nejčtenější",
    "nejčtenější články",
    // Swedish: related, most read (both forms)
    "relaterade inlägg",
    "relaterade artiklar",
    "mest läst",
    "mest lästa",
    // Indonesian, Vietnamese, Ukrainian, Greek, Hebrew: most read
    "terpopuler",
    "berita terpopuler",
    "đọc nhiều nhất",
    "đọc nhiều",
    "найпопулярніше",
    "τα πιο δημοφιλή",
    "הנקראים ביותר",
    // Japanese, Chinese (simplified and traditional): the ranking of the most read
    "人気記事ランキング",
    "アクセスランキング",
    "热门排行",
    "熱門排行",
    "熱門文章",
    // Recipe blogs' and news sites' list headings in German, French, Spanish, Italian,
    // Portuguese, Dutch, Polish and Russian ("Ähnliche Rezepte", "Più visti").
    "beliebte rezepte",
    "ähnliche rezepte",
    "les recettes les plus consultées",
    "ces recettes devraient vous plaire",
    "recettes similaires",
    "recetas similares",
    "recetas relacionadas",
    "articoli più letti",
    "più visti",
    "ricette simili",
    "os mais lidos",
    "você também vai gostar",
    "receitas relacionadas",
    "receitas semelhantes",
    "misschien vind je dit ook leuk",
    "vergelijkbare recepten",
    "podobne wpisy",
    "podobne przepisy",
    "może cię zainteresować",
    "może cię również zainteresować",
    "похожие рецепты",
    // Azerbaijani: read also, related, most read ("Oxuyun" ("Read") only as a lead-in: see
    // LEAD_IN_ONLY)
    "həmçinin oxuyun",
    "həmçinin oxu",
    "oxuyun",
    "oxşar xəbərlər",
    "digər xəbərlər",
    "mövzu ilə bağlı",
    "ən çox oxunanlar",
    "ən çox oxunan xəbərlər",
    // Kazakh
    "тағы оқыңыз",
    "сондай-ақ оқыңыз",
    "оқи отырыңыз",
    "тақырып бойынша",
    "осы тақырыпта",
    "ұқсас жаңалықтар",
    "көп оқылғандар",
    "ең көп оқылғандар",
    // Armenian
    "կարդացեք նաև",
    "կարդալ նաև",
    "նմանատիպ նյութեր",
    "այլ նորություններ",
    "թեմայի շուրջ",
    "ամենաընթերցվածը",
    "ամենաընթերցված",
    // Marathi
    "हेही वाचा",
    "हे पण वाचा",
    "हे सुद्धा वाचा",
    "संबंधित बातम्या",
    "आणखी बातम्या",
    "सर्वाधिक वाचलेले",
    "सर्वाधिक वाचलेल्या बातम्या",
    // Swahili
    "soma pia",
    "habari zinazohusiana",
    "habari zaidi",
    "makala zinazohusiana",
    "zilizosomwa zaidi",
    "habari zilizosomwa zaidi",
    // Tagalog
    "basahin din",
    "basahin rin",
    "mga kaugnay na balita",
    "kaugnay na balita",
    "mga kaugnay na post",
    "baka magustuhan mo rin",
    "pinakabinasa",
    // Afrikaans ("lees ook" is listed with Dutch)
    "verwante artikels",
    "verwante artikele",
    "jy sal dalk ook hiervan hou",
    "mees gelees",
    "meer nuus",
    // Urdu: more news, more recipes
    "مزید خبریں",
    "مزید ترکیبیں",
    // Turkish recipe sites
    "benzer tarifler",
    "popüler tarifler",
];

/// List headings that are ordinary words alone, so that they count only with their colon,
/// alone or before the headline they lead ("Oxuyun: Metroda gediş haqqı dəyişir"): bare,
/// Azerbaijani "Oxuyun" ("Read") heads a reading list of books.
const LEAD_IN_ONLY: &[&str] = &["oxuyun"];

/// Openings of "More from <section or site>" headings: removed when the heading is short.
/// Risky: French "plus de", Spanish "más de" and Portuguese "mais de" also mean "more than"
/// ("Plus de 200 personnes"), so they are left out.
const MORE_FROM: &[&str] = &["more from", "more in", "more on", "mehr von", "mehr aus"];
/// Most words after "More from" ("More from the Los Angeles Times"; "More on Postgres
/// Performance by Craig Kerstiens" is a link title, not a heading).
const MAX_MORE_FROM_TAIL_WORDS: usize = 4;

/// Lexicon groups: list headings, read-on links, "More from" openings.
const HEADING: Groups = 1;
const READ_ON: Groups = 2;
const MORE: Groups = 4;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::grouped(&[LIST_HEADINGS, READ_ON_LINKS, MORE_FROM]));

/// What a block is for this rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// A read-on link, or a lead-in with its headline: removed alone.
    Link,
    /// A list heading: removed with the links under it.
    ListHeading,
}

/// The rule's id.
pub const READ_MORE: RuleId = RuleId("read_more");

/// Removes read-more links, recommendation-list headings and the links listed under them.
pub struct ReadMore;

impl Rule for ReadMore {
    fn id(&self) -> RuleId {
        READ_MORE
    }

    fn describe(&self) -> &'static str {
        "\"Read more\" links and recommendation lists: \"Also Read:\", \"Related articles\", \"You may also like\", \"Most Popular\" and the headline links right under them."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        let mut index = 0;
        while index < blocks.len() {
            let block = &blocks[index];
            // The lexicon is walked once per block, for the three shapes of a label.
            let prefix = if block.text.len() <= MAX_LEAD_IN_BYTES { LEXICON.prefix(&block.text) } else { None };
            let label = classify_prefixed(&block.text, prefix)
                .or_else(|| linked_lead_in(block, prefix))
                .or_else(|| run_on_lead_in(block, prefix));
            let Some(label) = label else {
                index += 1;
                continue;
            };
            blocks[index].remove(self.id());
            index += 1;
            if label == Label::ListHeading {
                index = self.remove_list(blocks, index);
            }
        }
    }
}

impl ReadMore {
    /// Remove the links of the list whose first candidate is at `start`; return the index
    /// where the list ended.
    fn remove_list(&self, blocks: &mut [Block], start: usize) -> usize {
        let mut index = start;
        let mut links = 0;
        // Links taken from the current group of dump lines.
        let mut in_group = 0;
        while index < blocks.len() && links < MAX_LIST_LINKS {
            let block = &blocks[index];
            if block.is_removed() {
                index += 1;
                continue;
            }
            if classify(&block.text).is_some() || !looks_like_link(block) {
                break;
            }
            // A list whose links share one group of lines ends with that group.
            if block.html.is_none() && block.starts_group && in_group >= 2 {
                break;
            }
            // A title-like line right before prose is the heading of that prose.
            if next_is_prose(blocks, index + 1) {
                break;
            }
            in_group = if block.starts_group { 1 } else { in_group + 1 };
            links += 1;
            index += 1;
        }
        // In a dump, link-like lines that run on past the longest list are text written in
        // short lines without punctuation (verse, some blogs), not the list of a heading.
        let runs_on = links == MAX_LIST_LINKS
            && blocks[start].html.is_none()
            && blocks[index..].iter().find(|b| !b.is_removed()).is_some_and(looks_like_link);
        if !runs_on {
            // The links are the blocks passed over that were not removed already.
            for block in &mut blocks[start..index] {
                block.remove(self.id());
            }
        }
        index
    }
}

/// Whether the next block not yet removed, from `from` on, reads as prose.
fn next_is_prose(blocks: &[Block], from: usize) -> bool {
    blocks.iter().skip(from).find(|b| !b.is_removed()).is_some_and(|b| {
        sentence_marks(&b.text) >= 1
            && word_count_up_to(&b.text, MIN_PROSE_WORDS) >= MIN_PROSE_WORDS
            && (b.html.is_none() || b.link_density() < MIN_LINK_DENSITY)
    })
}

fn classify(text: &str) -> Option<Label> {
    if text.len() > MAX_LEAD_IN_BYTES {
        return None;
    }
    classify_prefixed(text, LEXICON.prefix(text))
}

/// [`classify`] with the label the lexicon found at the start of `text`, if any.
fn classify_prefixed(text: &str, prefix: Option<(usize, Groups)>) -> Option<Label> {
    let (end, groups) = prefix?;
    let tail = &text[end..];
    if text.len() <= MAX_LABEL_BYTES {
        if !has_alphanumeric(tail) {
            if groups & HEADING != 0 {
                if is_lead_in_only(&text[..end]) && !text.trim_end().ends_with([':', '：']) {
                    return None;
                }
                return Some(Label::ListHeading);
            }
            if groups & READ_ON != 0 {
                // "Read more:" with a colon announces a list; "Read more" is a button.
                let announces = text.trim_end().ends_with([':', '：']);
                return Some(if announces { Label::ListHeading } else { Label::Link });
            }
        }
        if groups & MORE != 0 {
            let words = word_count(tail);
            if (1..=MAX_MORE_FROM_TAIL_WORDS).contains(&words) && sentence_marks(tail) == 0 {
                return Some(Label::ListHeading);
            }
        }
    }
    // A lead-in with its headline is one link inside the text: it takes nothing with it.
    if groups & (HEADING | READ_ON) != 0 && is_headline_after_separator(tail, MAX_LEAD_IN_TAIL_WORDS) {
        return Some(Label::Link);
    }
    None
}

/// Whether the label `label` (as the text writes it) is one of [`LEAD_IN_ONLY`].
fn is_lead_in_only(label: &str) -> bool {
    let label = label.trim_start_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    LEAD_IN_ONLY.contains(&label.as_str())
}

/// A list heading that leads one linked headline with no separator between them, as HTML
/// writes it (`<span>À lire aussi</span> <a>Tramway T10 : les travaux commencent</a>`): the
/// link tells where the label ends. Removed alone, like a lead-in with a separator.
fn linked_lead_in(block: &Block, prefix: Option<(usize, Groups)>) -> Option<Label> {
    let html = block.html.as_ref()?;
    let text = block.text.as_str();
    let (end, groups) = prefix?;
    // Only the "read also" labels, which lead one headline by nature; "Related" or
    // "Trending" before a link is more often a tag or a section name.
    let label = text[..end].to_lowercase();
    if groups & HEADING == 0 || !label.split_whitespace().any(|w| ALSO_WORDS.contains(&w)) {
        return None;
    }
    let tail = &text[end..];
    let tail_chars = tail.chars().filter(|c| !c.is_whitespace()).count();
    let words = word_count(tail);
    let linked = tail_chars > 0 && html.link_chars as usize * 10 >= tail_chars * MIN_LINKED_TAIL_TENTHS;
    (linked && (1..=MAX_LEAD_IN_TAIL_WORDS).contains(&words) && sentence_marks(tail) <= 1).then_some(Label::Link)
}

/// A "read also" label run together with its headline in a dump line, as a page's text
/// prints a label and the link beside it (`Read also In the Cantal, the last cinema saved`,
/// `Lesen Sie auch Neue Brücke über die Elbe eröffnet`): the headline opens with a capital
/// and has no sentence marks. Removed alone, like a lead-in with a separator.
fn run_on_lead_in(block: &Block, prefix: Option<(usize, Groups)>) -> Option<Label> {
    let text = block.text.as_str();
    if block.html.is_some() {
        return None;
    }
    let (end, groups) = prefix?;
    let label = text[..end].to_lowercase();
    if groups & HEADING == 0 || !label.split_whitespace().any(|w| ALSO_WORDS.contains(&w)) {
        return None;
    }
    let tail = text[end..].trim_start();
    let capitalised = tail.chars().next().is_some_and(char::is_uppercase);
    let words = word_count(tail);
    (capitalised
        && (MIN_RUN_ON_TAIL_WORDS..=MAX_LEAD_IN_TAIL_WORDS).contains(&words)
        && headline_marks(tail)
        && !ends_like_prose(tail))
    .then_some(Label::Link)
}

/// The fewest words of a headline run together with its label: `Read also Weather` may be
/// a menu's words.
const MIN_RUN_ON_TAIL_WORDS: usize = 3;

/// Whether a block after a list heading is one of its links.
fn looks_like_link(block: &Block) -> bool {
    let text = block.text.as_str();
    if text.len() > MAX_LINK_BYTES {
        return false;
    }
    if block.html.is_some() {
        return block.link_density() >= MIN_LINK_DENSITY;
    }
    if matches!(block.kind, BlockKind::Heading(_)) {
        return false;
    }
    let words = word_count(text);
    words <= MAX_LINK_WORDS && headline_marks(text) && !ends_like_prose(text)
}

/// Whether a line has no sentence marks but, at most, one question mark: a headline may ask
/// ("Are smart thermostats worth it?", "Is the funk desirable or not? 26 January 2026").
fn headline_marks(text: &str) -> bool {
    match sentence_marks(text) {
        0 => true,
        1 => text.contains(['?', '？']),
        _ => false,
    }
}

/// Ends with a full stop or a colon: prose, or the lead-in of the next part.
fn ends_like_prose(text: &str) -> bool {
    let ends = |c: char| crate::clean::shape::is_full_stop(c) || matches!(c, ':' | '：' | ';' | '；');
    crate::clean::shape::trim_closing_marks(text).ends_with(ends)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::{assert_lines, html, removed, removed_lines, run};

    #[test]
    fn removes_read_more_links_and_list_headings() {
        assert_lines(
            &ReadMore,
            &[
                "Also Read:",
                "Read more",
                "Read More »",
                "READ MORE ›",
                "Read also",
                "Related",
                "Related Articles",
                "More from WIRED",
                "Recommended for you",
                "You may also like",
                "Trending",
                "Most Read",
                "Most Popular",
                "Continue reading",
                "Click here to read more",
                "Read more: Visiting Fushimi Inari-taisha, the most magical place in Kyoto",
                "ALSO READ | Government extends deadline for tax returns",
                "Lesen Sie auch",
                "Weiterlesen",
                "weiter lesen",
                "Lire aussi :",
                "Lee también",
                "Leggi anche",
                "Leia também",
                "Lees ook",
                "Читайте также",
                "相关文章",
                "関連記事",
                "Weitere Beiträge zum Thema",
                "Das könnte Ihnen auch gefallen",
                "Dans la même rubrique",
                "Artículos similares",
                "Altre notizie",
                "Matérias relacionadas",
                "Meer nieuws",
                "Материалы по теме",
                "你可能还喜欢",
                "よく読まれている記事",
            ],
            &[
                "Weitere Beiträge zum Thema finden Sie im Archiv unserer Zeitung.",
                "Altre notizie arriveranno nei prossimi giorni, ha detto il ministro.",
                "Read more about the study in Nature, where it was published on Monday.",
                "Related to this, the ministry said it would review the rules.",
                "Recommended configuration",
                "See also",
                "Most popular among young voters was the promise to cut rents.",
                "More from the interview: he said the plan would take years. Critics disagree.",
                "Trending topics on social media included the storm and the election results in the east.",
                "More than 200 people attended.",
                "Plus de 200 personnes",
                "Recommended courses:",
                "Recommended:",
                "Recommended Posts",
                "Learn more",
                "More on Postgres Performance by Craig Kerstiens",
            ],
        );
    }

    #[test]
    fn knows_the_wording_of_languages_beyond_the_big_ones() {
        assert_lines(
            &ReadMore,
            &[
                "Διαβάστε επίσης:",
                "Διαβάστε περισσότερα",
                "اقرأ أيضا:",
                "اقرأ المزيد",
                "קרא עוד",
                "כתבות נוספות",
                "यह भी पढ़ें:",
                "और पढ़ें",
                "Читайте також:",
                "Читати далі",
                "Czytaj także:",
                "Czytaj więcej",
                "İlgili Haberler",
                "İLGİLİ HABER: İzmir'de riskli binalar için yeni denetim dönemi başlıyor",
                "Baca juga: Harga beras naik di seluruh provinsi",
                "Tin liên quan",
                "Läs också",
                "Lue lisää",
                "延伸閱讀",
                "관련 기사",
                "ข่าวที่เกี่ยวข้อง",
                "เรื่องที่เกี่ยวข้อง",
                "আরও পড়ুন",
                "مزید پڑھیں",
                "اخبار مرتبط",
                "மேலும் படிக்க",
                "Xem thêm: Giá vàng hôm qua giảm nhẹ sau chuỗi ngày tăng nóng",
                "Đọc thêm:",
                "קראו גם: הממשלה אישרה את התקציב",
                "इसे भी पढ़ें: मानसून ने पकड़ी रफ्तार",
                "إقرأ أيضاً: الحكومة تعلن حزمة دعم جديدة",
                "Διαβάστε ακόμη:",
                "İlginizi çekebilir: Akaryakıt fiyatları yeniden arttı",
                "Zobacz również:",
                "Simak juga: Harga BBM kembali naik",
                "Tin khác",
            ],
            &[
                "Xem thêm các hướng dẫn khác trong mục trợ giúp của ứng dụng để biết cách cài đặt tài khoản.",
                "קראו גם את הספר וגם את הכתבה, כי שניהם מספרים את אותו הסיפור מזווית אחרת לגמרי.",
                "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία από την επόμενη εβδομάδα.",
                "Czytaj także książki, które poleca biblioteka w każdą sobotę, bo to dobry nawyk.",
                "Baca juga bukunya sebelum menonton film itu, karena ceritanya jauh lebih lengkap dan menarik.",
                "Zobacz także, jak wygląda nowy most, bo otwarcie zaplanowano już na przyszły tydzień w sobotę.",
                "ข่าวที่เกี่ยวข้องกับการเลือกตั้งจะถูกตรวจสอบโดยคณะกรรมการอย่างเข้มงวดในปีนี้",
                "مزید پڑھیں اور سیکھیں کہ بچوں کی تعلیم کیسے بہتر بنائی جا سکتی ہے، ماہرین کی رائے یہ ہے۔",
            ],
        );
    }

    #[test]
    fn knows_recipe_and_most_read_headings_of_western_european_russian_and_polish() {
        assert_lines(
            &ReadMore,
            &[
                "Beliebte Rezepte",
                "Ähnliche Rezepte",
                "Les recettes les plus consultées",
                "Ces recettes devraient vous plaire",
                "Articoli più letti",
                "Più visti",
                "Os mais lidos",
                "Você também vai gostar",
                "Misschien vind je dit ook leuk",
                "Podobne wpisy",
                "Może Cię zainteresować",
                "Похожие рецепты",
            ],
            &[
                // The same words opening sentences.
                "Beliebte Rezepte aus der Kindheit kochen wir heute mit weniger Zucker und mehr Gemüse nach.",
                "Più visti del previsto, i cantieri sono diventati un'attrazione per i turisti della domenica.",
                "Os mais lidos autores portugueses do século passado escreveram sobretudo para jornais.",
                "Podobne wpisy pojawiły się w księgach parafialnych innych wsi w tym samym roku.",
            ],
        );
    }

    #[test]
    fn knows_read_also_similar_threads_and_most_read_in_more_languages() {
        assert_lines(
            &ReadMore,
            &[
                // Read also
                "Ezt is ajánljuk:",
                "Kapcsolódó:",
                "Kapcsolódó: Új szabályok jönnek a lakáspiacon",
                "Olvasd el ezt is:",
                "Ez is érdekelheti:",
                "Bunu da okuyun:",
                "ÖNERİLEN HABER:",
                "Önerilen haber: İzmir'de yeni metro hattı açıldı",
                "İlgili haber:",
                "อ่านเพิ่มเติม",
                "আরও পড়ুন:",
                "بیشتر بخوانید:",
                "مطالب مرتبط",
                // Similar threads under a forum thread
                "موضوعات مشابه",
                "مواضيع مشابهة",
                "Samankaltaiset ketjut",
                "Hasonló témák",
                "กระทู้ที่เกี่ยวข้อง",
                "Lignende tråde",
                // Most read
                "الأكثر قراءة",
                "پربازدیدترین‌ها",
                "सबसे ज़्यादा पढ़ी गई",
                "সর্বাধিক পঠিত",
                "ข่าวยอดนิยม",
                "อ่านมากที่สุด",
                "En çok okunanlar",
                "EN ÇOK OKUNANLAR",
                "Najczęściej czytane",
                "Legolvasottabb",
                "Luetuimmat",
                "Mest læste",
            ],
            &[
                "Kapcsolódó kérdésekről a bizottság jövő héten dönt, közölte a miniszter.",
                "Bunu da okuyun ve yorumlarınızı bizimle paylaşın, çünkü görüşleriniz önemli.",
                "En çok okunanlar listesinde bu hafta yine ekonomi haberleri öne çıktı.",
                "Najczęściej czytane książki w Polsce to wciąż lektury szkolne, wynika z raportu.",
                "Legolvasottabb cikkünk idén a lakáshitelekről szólt.",
                "Mest læste bog i år blev en krimi fra Aarhus.",
                "الأكثر قراءة في العالم العربي هي روايات نجيب محفوظ بحسب الاستطلاع.",
                "پربازدیدترین فیلم سال در سینماهای تهران اکران شد.",
                // Thai runs words together: the heading's words opening a sentence stay.
                "ข่าวยอดนิยมในสัปดาห์นี้คือเรื่องน้ำท่วมที่เชียงใหม่ซึ่งมีผู้อ่านจำนวนมาก",
                "อ่านมากที่สุดในชีวิตคือหนังสือพิมพ์ที่พ่อซื้อมาทุกเช้า",
            ],
        );
    }

    #[test]
    fn knows_read_also_related_and_most_read_in_smaller_languages() {
        assert_lines(
            &ReadMore,
            &[
                // Read also
                "Pročitajte i:",
                "Pročitajte još: Zagreb dobiva novu tramvajsku liniju",
                "Prečítajte si aj:",
                "Čítajte aj: Bratislava otvorila nový most",
                "Taip pat skaitykite:",
                "Skaitykite taip pat",
                "Loe ka:",
                "Loe lisaks: Tallinna trammiliin pikeneb",
                "Прочетете още:",
                "Вижте още",
                "Llegeix també:",
                "Et pot interessar",
                "Les også: Ny bompengesats fra nyttår",
                "یہ بھی پڑھیں:",
                "இதையும் படிக்க:",
                "Baca juga: Harga minyak turun lagi",
                // Related
                "Povezano",
                "Súvisiace články",
                "Susiję straipsniai",
                "Seotud artiklid",
                "Свързани статии",
                "Articles relacionats",
                "Relaterte artikler",
                "متعلقہ خبریں",
                "தொடர்புடைய செய்திகள்",
                "Artikel berkaitan",
                // Most read
                "Najčitanije",
                "Najčítanejšie",
                "Skaitomiausi",
                "Loetumad",
                "Най-четени",
                "El més llegit",
                "Mest lest",
                "سب سے زیادہ پڑھی جانے والی",
                "அதிகம் படித்தவை",
                "Paling popular",
            ],
            &[
                "Pročitajte i knjigu prije nego što pogledate film, jer je priča mnogo bogatija.",
                "Prečítajte si aj návod na použitie, kým spotrebič zapojíte do siete.",
                "Loe ka raamatut, enne kui filmi vaatama lähed, sest lugu on palju põhjalikum.",
                "Вижте още веднъж условията, преди да подпишете договора с банката.",
                "Et pot interessar saber que el museu obre els diumenges a la tarda.",
                "Mest lest av alle bøkene i år var en krim fra Bergen.",
                "Najčitanije knjige u Hrvatskoj i dalje su školske lektire, pokazuje istraživanje.",
                "Paling popular dalam kalangan remaja ialah permainan video dalam talian.",
                "இதையும் படிக்க வேண்டும் என்று ஆசிரியர் மாணவர்களிடம் கூறினார்.",
                "سب سے زیادہ پڑھی جانے والی کتابیں اب بھی اسکول کے نصاب کی ہیں۔",
            ],
        );
    }

    #[test]
    fn knows_read_also_related_and_most_read_in_balkan_baltic_and_other_languages() {
        assert_lines(
            &ReadMore,
            &[
                // Read also
                "Irakurri hau ere:",
                "Le tamén: A Xunta aproba o novo plan de vivenda",
                "Lestu einnig:",
                "Lasi arī: Rīgā atklāj jaunu tramvaja līniju",
                "Прочитајте и:",
                "Preberite tudi:",
                "Lexo edhe: Tirana hap urën e re",
                "Прочитајте још:",
                "ასევე წაიკითხეთ:",
                // Related
                "Lotutako sarrerak",
                "Novas relacionadas",
                "Tengdar færslur",
                "Līdzīgi raksti",
                "Поврзани објави",
                "Sorodni prispevki",
                "Artikuj të ngjashëm",
                "Повезане вести",
                "მსგავსი სიახლეები",
                // Most read
                "Irakurrienak",
                "O máis lido",
                "Mest lesið",
                "Lasītākie",
                "Најчитани",
                "Cele mai citite",
                "Najbolj brano",
                "Më të lexuarat",
                "Најчитаније",
                "ყველაზე კითხვადი",
                // Read on
                "Preberi več",
                "Lasīt vairāk",
                "Прочитајте више",
                "Lexo më shumë",
                "Irakurri gehiago",
            ],
            &[
                "Preberite tudi navodila za uporabo, preden napravo priključite v omrežje.",
                "Lasi arī grāmatu, pirms skaties filmu, jo stāsts tajā ir daudz pilnīgāks.",
                "Najbolj brano delo leta je postal roman mlade avtorice iz Maribora.",
                "Cele mai citite cărți din România sunt tot lecturile școlare, arată studiul.",
                "Mest lesið var um veðrið og umferðina á höfuðborgarsvæðinu í gær.",
                "Прочитајте и упутство пре него што уређај укључите у струју.",
                "Lexo edhe librin para se të shikosh filmin, sepse historia është më e plotë.",
                "ასევე წაიკითხეთ ინსტრუქცია, სანამ მოწყობილობას ჩართავთ.",
            ],
        );
        // The headlines under a most-read heading go with it.
        let text = "Vlada je v torek predstavila proračun.\n\nNajbolj brano\n\nCene elektrike so dosegle rekord\n\nLjubljanski avtobusi bodo vozili dlje\n";
        assert_eq!(
            removed_lines(&ReadMore, text),
            ["Najbolj brano", "Cene elektrike so dosegle rekord", "Ljubljanski avtobusi bodo vozili dlje"]
        );
    }

    #[test]
    fn knows_read_also_related_and_most_read_in_asian_and_more_european_languages() {
        assert_lines(
            &ReadMore,
            &[
                "Přečtěte si také:",
                "Přečtěte si také: Jak vybrat sněžnice pro začátečníky",
                "Relaterade inlägg",
                "Nejčtenější",
                "Terpopuler",
                "Mest läst",
                "Mest lästa",
                "Найпопулярніше",
                "Đọc nhiều nhất",
                "Τα πιο δημοφιλή",
                "הנקראים ביותר",
                "人気記事ランキング",
                "アクセスランキング",
                "热门排行",
                "熱門文章",
            ],
            &[
                "Přečtěte si také návod k obsluze, než přístroj zapojíte do sítě.",
                "Nejčtenější knihou roku se stal román mladé autorky z Brna.",
                "Mest läst var boken om familjen som flyttade till Gotland.",
                "Terpopuler di kalangan anak muda adalah kopi susu gula aren.",
                "Đọc nhiều nhất trong tuần là bài viết về giá xăng.",
                "Найпопулярніше місто для відпочинку цього літа — Одеса.",
                "Τα πιο δημοφιλή νησιά της χρονιάς ήταν η Νάξος και η Κρήτη.",
                "熱門文章的作者下週將來台演講。",
                "热门排行榜上的前三名都是国产电影。",
            ],
        );
        // The headlines under a most-read heading go with it.
        let text = "Vláda v úterý představila rozpočet.\n\nNejčtenější\n\nCeny elektřiny dosáhly rekordu\n\nPražské tramvaje pojedou déle\n";
        assert_eq!(
            removed_lines(&ReadMore, text),
            ["Nejčtenější", "Ceny elektřiny dosáhly rekordu", "Pražské tramvaje pojedou déle"]
        );
    }

    #[test]
    fn removes_the_links_under_a_most_read_or_similar_threads_heading() {
        let text = "Hallitus esitteli budjettinsa tiistaina eduskunnalle.\n\nLuetuimmat\n\nSähkön hinta nousi ennätykseen\n\nHelsingin metro seisoi tunnin\n\nHasonló témák\n";
        assert_eq!(
            removed_lines(&ReadMore, text),
            ["Luetuimmat", "Sähkön hinta nousi ennätykseen", "Helsingin metro seisoi tunnin", "Hasonló témák"]
        );
    }

    #[test]
    fn removes_the_links_under_a_list_heading_up_to_the_prose() {
        let text = "Related stories\n\nIndia plans incentives to woo foreign manufacturers\n\nDollar rises as US-China relations worsen\n\nThe central bank said on Tuesday that it would keep rates on hold.\n";
        assert_eq!(
            removed_lines(&ReadMore, text),
            [
                "Related stories",
                "India plans incentives to woo foreign manufacturers",
                "Dollar rises as US-China relations worsen"
            ]
        );
    }

    #[test]
    fn removes_a_blogs_recent_posts_widget() {
        let text = "For more information, give us a call today!\n\nRecent Posts\n\nHow to Choose a Pediatrician\n\nA Parent’s Guide to a Healthy Summer\n";
        assert_eq!(
            removed_lines(&ReadMore, text),
            ["Recent Posts", "How to Choose a Pediatrician", "A Parent’s Guide to a Healthy Summer"]
        );
        for heading in ["Neueste Beiträge", "Articles récents", "Свежие записи"] {
            let text = format!("Das war der Bericht von heute.\n\n{heading}\n");
            assert_eq!(removed_lines(&ReadMore, &text), [heading]);
        }
        // Near miss: a sentence that opens with the words stays.
        let text = "Recent posts on the forum show that the update broke the sync for many users.\n";
        assert!(removed_lines(&ReadMore, text).is_empty());
    }

    #[test]
    fn headlines_that_ask_are_links_of_the_list() {
        let text = "That is all for today.\n\nRelated\n\nWhy should I take the Level 3 Award in Wines? 16 February 2026\n\n\
                    A guide to Armenian wines 9 February 2026\n\nAre smart thermostats worth it?\n";
        assert_eq!(removed_lines(&ReadMore, text).len(), 4);
        // Two sentences are prose, and end the list.
        let text = "That is all for today.\n\nRelated\n\nWe tried it. Was it worth it?\n";
        assert_eq!(removed_lines(&ReadMore, text), ["Related"]);
    }

    #[test]
    fn removes_the_similar_threads_under_a_forum_thread() {
        let text = "Thanks, switching the node version fixed the deploy for me too.\n\nSimilar threads\n\nDeploy fails after build passes\n\nNetlify functions timeout on large sites\n\nÄhnliche Themen\n";
        assert_eq!(
            removed_lines(&ReadMore, text),
            [
                "Similar threads",
                "Deploy fails after build passes",
                "Netlify functions timeout on large sites",
                "Ähnliche Themen"
            ]
        );
        // Near miss: a sentence that opens with the words stays.
        let text = "Similar threads were closed last year after the moderators merged them into one.\n";
        assert!(removed_lines(&ReadMore, text).is_empty());
    }

    #[test]
    fn a_title_line_before_prose_is_a_heading_not_a_link() {
        let text = "Recommended for you\n\nRecently viewed\n\nSeriously comfy sofas\n\nFinding the perfect sofa could be considered an art form: size, material, colour and shape all need to be weighed.\n";
        assert_eq!(removed_lines(&ReadMore, text), ["Recommended for you", "Recently viewed"]);
    }

    #[test]
    fn a_list_sharing_one_group_of_lines_ends_with_it() {
        let text = "Read Next\n\nHow to Lay Out a Vegetable Garden\nSowing Seeds in the Vegetable Garden\n\nPick the Right Location\nA short line\n";
        assert_eq!(
            removed_lines(&ReadMore, text),
            ["Read Next", "How to Lay Out a Vegetable Garden", "Sowing Seeds in the Vegetable Garden"]
        );
    }

    #[test]
    fn lines_that_run_on_past_the_longest_list_are_text() {
        // A blog post written in short lines without punctuation under a "Related posts" tab
        // of the blog's menu: the lines go on past any list, so only the tab goes.
        let post: Vec<String> =
            (1..=20).map(|i| format!("Morning mist on the ridge {i} the maples turning red")).collect();
        let text = format!("Related posts\n\n{}\n", post.join("\n\n"));
        assert_eq!(removed_lines(&ReadMore, &text), ["Related posts"]);
        // Near miss: a list as long as the longest list that ends there still goes whole.
        let links: Vec<String> = (1..=MAX_LIST_LINKS).map(|i| format!("Headline number {i} of the day")).collect();
        let text = format!("Related posts\n\n{}\n\nThat is all for today.\n", links.join("\n\n"));
        assert_eq!(removed_lines(&ReadMore, &text).len(), 1 + MAX_LIST_LINKS);
    }

    #[test]
    fn read_on_links_take_nothing_with_them() {
        let text = "Read more\nA short title-like line\n";
        assert_eq!(removed_lines(&ReadMore, text), ["Read more"]);
    }

    #[test]
    fn in_a_dump_a_read_also_label_run_together_with_its_headline_goes() {
        let text = "The council met on Tuesday to discuss the budget for the coming year.\n\n\
                    Read also In the Cantal, the last cinema on the plateau saved by its audience\n\n\
                    Lesen Sie auch Neue Brücke über die Elbe eröffnet\n\n\
                    Read also the minutes of the meeting before you vote\n\n\
                    Read also In the Cantal. The cinema was saved.\n\n\
                    Lire aussi Le Monde\n";
        // Near misses: a lower-case sentence, a headline with sentence marks, a headline of
        // two words.
        assert_eq!(
            removed_lines(&ReadMore, text),
            [
                "Read also In the Cantal, the last cinema on the plateau saved by its audience",
                "Lesen Sie auch Neue Brücke über die Elbe eröffnet"
            ]
        );
    }

    #[test]
    fn in_html_a_label_leads_a_linked_headline_without_a_separator() {
        let linked = |label: &str, headline: &str| {
            let chars = headline.chars().filter(|c| !c.is_whitespace()).count() as u32;
            html(&format!("{label} {headline}"), BlockKind::Paragraph, chars)
        };
        let mut blocks = vec![
            linked("À lire aussi", "Tramway T10 : les travaux commencent à Vénissieux"),
            linked("Lesen Sie auch", "Deutschlandticket wird teurer"),
            linked("Ezt is ajánljuk", "Új szabályok jönnek a lakáspiacon"),
            linked("Bunu da okuyun", "İzmir'de yeni metro hattı açıldı"),
            linked("Loe ka", "Tallinna trammiliin pikeneb"),
            linked("Taip pat skaitykite", "Vilniuje atidarytas naujas tiltas"),
            linked("Preberite tudi", "Ljubljana dobi nov most čez Ljubljanico"),
            linked("Прочитајте и", "Београд добија нову линију трамваја"),
            // Near misses: the words after the label are not the link, or are a sentence.
            html("Lire aussi les conditions générales avant de commander", BlockKind::Paragraph, 0),
            linked("Lire aussi", "le rapport complet. Il détaille les chiffres. Et les méthodes."),
            linked("Trending", "Election results 2025"),
            linked("Kapcsolódó", "Választás 2026"),
        ];
        run(&ReadMore, &mut blocks, None);
        assert_eq!(
            removed(&blocks),
            [
                "À lire aussi Tramway T10 : les travaux commencent à Vénissieux",
                "Lesen Sie auch Deutschlandticket wird teurer",
                "Ezt is ajánljuk Új szabályok jönnek a lakáspiacon",
                "Bunu da okuyun İzmir'de yeni metro hattı açıldı",
                "Loe ka Tallinna trammiliin pikeneb",
                "Taip pat skaitykite Vilniuje atidarytas naujas tiltas",
                "Preberite tudi Ljubljana dobi nov most čez Ljubljanico",
                "Прочитајте и Београд добија нову линију трамваја"
            ]
        );
    }

    #[test]
    fn in_html_the_list_is_the_link_dense_blocks() {
        let mut blocks = vec![
            html("You might also like", BlockKind::Heading(3), 0),
            html("Ten cheap ways to insulate your home", BlockKind::ListItem, 36),
            html("Why heat pumps are winning", BlockKind::ListItem, 26),
            html("Short unlinked caption", BlockKind::Paragraph, 0),
        ];
        run(&ReadMore, &mut blocks, None);
        assert_eq!(
            removed(&blocks),
            ["You might also like", "Ten cheap ways to insulate your home", "Why heat pumps are winning"]
        );
    }

    #[test]
    fn knows_read_also_related_and_most_read_in_caucasian_central_asian_indian_african_and_philippine_languages() {
        assert_lines(
            &ReadMore,
            &[
                // Read also
                "Həmçinin oxuyun:",
                "Oxuyun: Metroda gediş haqqı dəyişir",
                "Тағы оқыңыз:",
                "Оқи отырыңыз: Алматыда жаңа автобус бағыттары ашылды",
                "Կարդացեք նաև՝",
                "Կարդալ նաև՝ Մետրոյում ուղեվարձը կփոխվի",
                "हेही वाचा:",
                "हेही वाचा - पीएमपीच्या तिकीट दरात वाढ",
                "SOMA PIA: Bei ya mafuta yapanda tena mwezi huu",
                "Basahin din:",
                // Related
                "Digər xəbərlər",
                "Осы тақырыпта",
                "Այլ նորություններ",
                "आणखी बातम्या",
                "Habari zinazohusiana",
                "Mga kaugnay na balita",
                "Baka magustuhan mo rin",
                "Jy sal dalk ook hiervan hou",
                "مزید خبریں",
                "Benzer Tarifler",
                // Most read
                "Ən çox oxunanlar",
                "Көп оқылғандар",
                "Ամենաընթերցվածը",
                "सर्वाधिक वाचलेले",
                "Zilizosomwa zaidi",
                "Pinakabinasa",
                "Mees gelees",
                // Read more
                "Davamını oxu",
                "Толығырақ оқу",
                "Կարդալ ավելին",
                "पुढे वाचा",
                "Soma zaidi",
                "Magbasa pa",
            ],
            &[
                "Oxuyun və öyrənin: kitab insanın ən yaxşı dostudur, bunu hər müəllim deyir, dedi direktor.",
                "Тағы оқыңыз деп мұғалім балаларға кітапты қайта берді, себебі олар оны түсінбеді.",
                "Կարդացեք նաև գրքի վերջին գլուխը, որտեղ հեղինակը բացատրում է իր միտքը։",
                "हेही वाचा असे शिक्षकांनी मुलांना सांगितले, कारण पुस्तक खूप चांगले होते.",
                "Soma pia kitabu cha pili kabla ya mtihani, mwalimu aliwaambia wanafunzi wote darasani.",
                "Basahin din ninyo ang ikalawang kabanata bago ang pagsusulit sa Lunes, sabi ng guro.",
                "Habari zaidi kuhusu mradi huo zitatolewa wiki ijayo na wizara ya maji.",
                "Mees gelees van al sy boeke is die een oor sy kinderjare op die plaas.",
                // "In more detail" before contacts and in a sentence.
                "Толығырақ: +7 727 123 45 67",
                "Толығырақ – ұйымдастырушылардың сайтында.",
            ],
        );
    }

    #[test]
    fn a_lead_in_only_label_heads_no_list_bare() {
        // "Read" over a reading list of books stays, with the books.
        let books = "Oxuyun\nƏli və Nino\nDəli Kür\nYeddi gözəl";
        assert_eq!(removed_lines(&ReadMore, books), Vec::<String>::new());
        // With its colon it announces the headline after it, on its line or the next.
        assert_lines(&ReadMore, &["Oxuyun:", "OXUYUN: Metroda gediş haqqı dəyişir"], &["Oxuyun"]);
    }
}
