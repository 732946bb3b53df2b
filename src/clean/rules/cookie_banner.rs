//! Removes cookie, consent and privacy-choice notices: the banner text ("We use cookies to
//! improve your experience…", "By clicking “Accept All Cookies”, you agree…"), the texts of
//! consent managers (category descriptions, vendor notices, cookie tables), their labels
//! ("Cookie Settings", "Accept all") and the buttons right after a banner.
//!
//! Anchored compounds only, never the bare word "cookie": a recipe about cookies or a news
//! story about tracking must stay. A banner is recognised by how it opens ("We use cookies",
//! "This website uses cookies", "Wir verwenden Cookies"), or by several consent compounds
//! together in a short block that addresses the reader. On a page that is itself a privacy or
//! cookie policy (by its title), only the labels are removed, since there the same sentences
//! are the main text.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::{is_unspaced_script, word_count};
use crate::clean::vocab::{Fragments, Groups, Lexicon, head};
use crate::model::RuleId;

/// Shortest block (bytes) read as a banner; shorter ones can only be labels.
const MIN_BANNER_BYTES: usize = 30;
/// Longest block (bytes) read as a banner that opens like one.
const MAX_BANNER_BYTES: usize = 2000;
/// Longest block (bytes) read as a banner on the strength of its compounds alone.
const MAX_COMPOUND_BANNER_BYTES: usize = 1200;
/// Distinct consent compounds that make a short block a banner.
const MIN_COMPOUNDS: usize = 2;
/// Longest block (bytes) that can be a label or a button.
const MAX_LABEL_BYTES: usize = 90;
/// Labels a label block may chain ("Accept all Reject all Settings").
const MAX_LABELS_PER_BLOCK: usize = 4;
/// How many blocks after a banner are checked for its buttons.
const BUTTON_WINDOW: usize = 6;

/// Cookie and consent words: the consent compounds are looked for only in blocks with one,
/// and the openings that precede a cookie word look for one of these.
const COOKIE_OR_CONSENT_WORDS: &[&str] = &[
    "cookie",
    "クッキー",
    "куки",
    "consent",
    "einwilligung",
    "consentement",
    "consentimiento",
    "consenso",
    "consentimento",
    "toestemming",
    "согласи",
    "同意",
];
/// Labels of consent managers and cookie links, each a whole block. Only compounds that
/// name the consent machinery: "Cookies" alone or "Chocolate Chip Cookies" are not here.
const COOKIE_LABELS: &[&str] = &[
    // English
    "cookie policy",
    "cookies policy",
    "cookie notice",
    "cookies notice",
    "cookie statement",
    "cookie declaration",
    "cookie settings",
    "cookies settings",
    "cookie preferences",
    "cookie consent",
    "cookie choices",
    "cookie list",
    "cookie information",
    "cookie duration description",
    "cookie and privacy settings",
    "manage cookies",
    "manage cookie settings",
    "manage cookie preferences",
    "manage consent",
    "manage consent preferences",
    "consent preferences",
    "accept cookies",
    "accept all cookies",
    "allow cookies",
    "allow all cookies",
    "reject cookies",
    "reject all cookies",
    "decline cookies",
    "necessary cookies only",
    "only necessary cookies",
    "use necessary cookies only",
    "accept necessary cookies",
    "strictly necessary cookies",
    "necessary cookies",
    "essential cookies",
    "functional cookies",
    "functionality cookies",
    "performance cookies",
    "analytics cookies",
    "analytical cookies",
    "statistics cookies",
    "marketing cookies",
    "advertising cookies",
    "advertisement cookies",
    "targeting cookies",
    "preference cookies",
    "preferences cookies",
    "social media cookies",
    "unclassified cookies",
    "uncategorized cookies",
    "privacy overview",
    "privacy preference center",
    "privacy & cookies",
    "privacy and cookies",
    "privacy & cookies policy",
    "privacy & cookie policy",
    "privacy and cookie policy",
    "privacy and cookies policy",
    "cookies & privacy",
    "use of cookies",
    "about cookies",
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "your privacy choices",
    "do not sell my personal information",
    "do not sell or share my personal information",
    "do not sell or share my personal info",
    "do not sell my info",
    "vendor list",
    "view vendors",
    "list of partners",
    "accept all",
    "allow all",
    "reject all",
    "deny all",
    // German
    "cookie-richtlinie",
    "cookie-richtlinien",
    "cookie-einstellungen",
    "cookie einstellungen",
    "cookie-hinweis",
    "cookie-erklärung",
    "cookies verwalten",
    "cookies akzeptieren",
    "alle cookies akzeptieren",
    "alle akzeptieren",
    "alle ablehnen",
    "nur notwendige cookies",
    "notwendige cookies",
    "essenzielle cookies",
    "datenschutzeinstellungen",
    "datenschutz-einstellungen",
    "privatsphäre-einstellungen",
    // French
    "politique de cookies",
    "politique cookies",
    "politique relative aux cookies",
    "politique d'utilisation des cookies",
    "gestion des cookies",
    "gérer les cookies",
    "paramètres des cookies",
    "paramètres de cookies",
    "paramétrer les cookies",
    "préférences de cookies",
    "vos préférences cookies",
    "accepter les cookies",
    "accepter tous les cookies",
    "tout accepter",
    "tout refuser",
    "refuser les cookies",
    "continuer sans accepter",
    "cookies nécessaires",
    "cookies strictement nécessaires",
    // Spanish
    "política de cookies",
    "configuración de cookies",
    "configurar cookies",
    "preferencias de cookies",
    "ajustes de cookies",
    "gestionar cookies",
    "aceptar cookies",
    "aceptar todas las cookies",
    "aceptar todas",
    "rechazar todas",
    "rechazar cookies",
    "cookies necesarias",
    // Italian
    "informativa sui cookie",
    "informativa cookie",
    "impostazioni dei cookie",
    "impostazioni cookie",
    "preferenze cookie",
    "gestisci i cookie",
    "gestisci cookie",
    "accetta i cookie",
    "accetta tutti i cookie",
    "accetta tutti",
    "rifiuta tutti",
    "cookie necessari",
    // Portuguese
    "configurações de cookies",
    "definições de cookies",
    "preferências de cookies",
    "gerenciar cookies",
    "gerir cookies",
    "aceitar cookies",
    "aceitar todos os cookies",
    "aceitar todos",
    "rejeitar todos",
    "recusar todos",
    "cookies necessários",
    // Dutch
    "cookiebeleid",
    "cookieverklaring",
    "cookie-instellingen",
    "cookie instellingen",
    "cookievoorkeuren",
    "cookies accepteren",
    "alle cookies accepteren",
    "alles accepteren",
    "alles weigeren",
    "alle cookies weigeren",
    "noodzakelijke cookies",
    // Russian
    "политика использования файлов cookie",
    "политика использования cookie",
    "политика в отношении файлов cookie",
    "использование файлов cookie",
    "настройки cookie",
    "настройки файлов cookie",
    "принять все файлы cookie",
    "принять cookie",
    "принять все",
    "отклонить все",
    // Chinese
    "cookie政策",
    "cookie 政策",
    "cookies政策",
    "cookie设置",
    "cookie 设置",
    "cookie声明",
    "cookie偏好设置",
    "接受所有cookie",
    "接受全部",
    "全部接受",
    "拒绝全部",
    "全部拒绝",
    // Japanese
    "クッキーポリシー",
    "cookieポリシー",
    "クッキー設定",
    "cookie設定",
    "cookieの設定",
    "クッキーの設定",
    "すべてのcookieを受け入れる",
    "すべて受け入れる",
    "すべて許可",
    "すべて拒否",
];

/// Buttons of a consent banner: removed only within a few blocks after a banner or a
/// consent label, since "Accept", "OK" or "Settings" alone mean nothing elsewhere.
const BANNER_BUTTONS: &[&str] = &[
    "accept",
    "i accept",
    "accept & close",
    "accept and close",
    "accept and continue",
    "agree",
    "i agree",
    "agree and close",
    "agree & proceed",
    "ok",
    "okay",
    "got it",
    "allow",
    "allow selection",
    "reject",
    "decline",
    "deny",
    "dismiss",
    "close",
    "more info",
    "more information",
    "learn more",
    "read more",
    "find out more",
    "settings",
    "customize",
    "customise",
    "customize settings",
    "manage options",
    "manage settings",
    "manage preferences",
    "show details",
    "hide details",
    "show purposes",
    "save",
    "save settings",
    "save preferences",
    "save & exit",
    "confirm my choices",
    "continue",
    "always active",
    "yes",
    "no",
    "no thanks",
    "no, thanks",
    "akzeptieren",
    "ablehnen",
    "einstellungen",
    "mehr erfahren",
    "weitere informationen",
    "zustimmen",
    "einverstanden",
    "speichern",
    "accepter",
    "refuser",
    "paramétrer",
    "personnaliser",
    "en savoir plus",
    "j'accepte",
    "aceptar",
    "rechazar",
    "configurar",
    "más información",
    "acepto",
    "de acuerdo",
    "accetta",
    "accetto",
    "rifiuta",
    "personalizza",
    "maggiori informazioni",
    "aceitar",
    "aceito",
    "rejeitar",
    "recusar",
    "saiba mais",
    "concordo",
    "accepteren",
    "akkoord",
    "weigeren",
    "instellingen",
    "meer informatie",
    "принять",
    "согласен",
    "согласиться",
    "отклонить",
    "настройки",
    "подробнее",
    "понятно",
    "хорошо",
    "接受",
    "同意",
    "拒绝",
    "设置",
    "了解更多",
    "我知道了",
    "确定",
    "同意する",
    "同意します",
    "拒否する",
    "設定",
    "詳細",
    "閉じる",
];

/// Openings after which a cookie or consent word follows within a few words ("We use
/// cookies", "Diese Website verwendet Cookies", "Nous utilisons des cookies"). The block must
/// also speak of the web (a site, a browser, data, consent), so that "We use cookie cutters
/// to shape the dough" stays.
const OPENINGS_BEFORE_COOKIE: &[&str] = &[
    // English
    "we use",
    "we also use",
    "we may use",
    "we are using",
    "we would like to use",
    "we'd like to use",
    "we and our partners",
    "we and our vendors",
    "we and our",
    "we set",
    "we place",
    "we store",
    "this website uses",
    "this website is using",
    "this website may use",
    "this web site uses",
    "this site uses",
    "this site is using",
    "this site may use",
    "our website uses",
    "our website may use",
    "our site uses",
    "this app uses",
    "our app uses",
    "this page uses",
    "this blog uses",
    "this store uses",
    "our store uses",
    "this platform uses",
    "this portal uses",
    "by continuing to use",
    "by continuing to browse",
    "by continuing to visit",
    "by continuing",
    "by using this site",
    "by using this website",
    "by using our site",
    "by using our website",
    "by using our services",
    "by browsing this site",
    "by browsing this website",
    "by browsing our site",
    "by visiting our site",
    "by visiting this site",
    "do you mind if we use",
    "do you agree",
    "do you accept",
    "with our cookies",
    "by using our cookies",
    "to provide you with the best",
    "to give you the best",
    "to offer you the best",
    "to ensure you get the best",
    "to improve your experience",
    "to enhance your experience",
    "in order to give you",
    "like most websites",
    "like many websites",
    // German
    "wir verwenden",
    "wir nutzen",
    "wir setzen",
    "wir benutzen",
    "wir möchten",
    "diese website verwendet",
    "diese website nutzt",
    "diese website benutzt",
    "diese webseite verwendet",
    "diese webseite nutzt",
    "diese seite verwendet",
    "diese seite nutzt",
    "unsere website verwendet",
    "unsere website nutzt",
    "unsere webseite verwendet",
    "unsere webseite nutzt",
    "um unsere webseite",
    "um unsere website",
    "um ihnen",
    "mit der nutzung",
    "mit der weiteren nutzung",
    "mit dem besuch",
    "durch die nutzung",
    "durch die weitere nutzung",
    "wenn sie diese website",
    "wenn sie unsere website",
    // French
    "nous utilisons",
    "nous employons",
    "nous avons recours",
    "nous déposons",
    "ce site utilise",
    "ce site web utilise",
    "ce site internet utilise",
    "notre site utilise",
    "notre site web utilise",
    "en poursuivant votre navigation",
    "en continuant à naviguer",
    "en continuant votre navigation",
    "en naviguant sur ce site",
    "afin de vous offrir",
    "pour vous offrir",
    "pour vous garantir",
    // Spanish
    "utilizamos",
    "usamos",
    "empleamos",
    "este sitio web utiliza",
    "este sitio utiliza",
    "este sitio usa",
    "este sitio web usa",
    "esta web utiliza",
    "esta web usa",
    "esta página utiliza",
    "esta página web utiliza",
    "nuestro sitio web utiliza",
    "nuestra web utiliza",
    "este portal utiliza",
    "si continúa navegando",
    "si continúas navegando",
    "si sigue navegando",
    "si sigues navegando",
    "al continuar navegando",
    "al navegar",
    // Italian
    "utilizziamo",
    "usiamo",
    "questo sito utilizza",
    "questo sito usa",
    "questo sito web utilizza",
    "questo sito web usa",
    "questo sito fa uso",
    "questo sito impiega",
    "il sito utilizza",
    "il nostro sito utilizza",
    "se continui a navigare",
    "se prosegui nella navigazione",
    "continuando a navigare",
    "continuando la navigazione",
    "proseguendo la navigazione",
    // Portuguese
    "nós usamos",
    "nós utilizamos",
    "este site utiliza",
    "este site usa",
    "este website utiliza",
    "o nosso site utiliza",
    "o nosso website utiliza",
    "nosso site usa",
    "nosso site utiliza",
    "ao continuar",
    "ao navegar",
    "ao utilizar",
    // Dutch
    "wij gebruiken",
    "we gebruiken",
    "wij maken gebruik van",
    "we maken gebruik van",
    "wij plaatsen",
    "we plaatsen",
    "deze website gebruikt",
    "deze site gebruikt",
    "deze website maakt gebruik van",
    "deze site maakt gebruik van",
    "onze website gebruikt",
    "onze website maakt gebruik van",
    "door verder te gaan",
    "door gebruik te maken van",
    // Russian
    "мы используем",
    "мы применяем",
    "наш сайт использует",
    "этот сайт использует",
    "данный сайт использует",
    "сайт использует",
    "продолжая использовать",
    "продолжая пользоваться",
    "оставаясь на сайте",
    "используя сайт",
    "используя этот сайт",
    "используя наш сайт",
    // Chinese
    "我们使用",
    "我们会使用",
    "我们利用",
    "本网站使用",
    "本站使用",
    "该网站使用",
    "此网站使用",
    "本网站会使用",
    "继续使用本网站",
    "继续浏览本网站",
    "继续浏览本站",
    // Japanese
    "当サイトでは",
    "当サイトは",
    "本サイトでは",
    "本サイトは",
    "このサイトでは",
    "このサイトは",
    "当ウェブサイトでは",
    "弊社ウェブサイトでは",
    "当社ウェブサイトでは",
];

/// Openings that are a consent text by themselves.
const COMPLETE_OPENINGS: &[&str] = &[
    "we value your privacy",
    "we care about your privacy",
    "we respect your privacy",
    "your privacy choices",
    "your privacy preferences",
    "your cookie preferences",
    "your cookie choices",
    "your cookie settings",
    "your choice regarding cookies",
    "your choices regarding cookies",
    "any cookies that may not be",
    "this cookie is set by",
    "the cookie is set by",
    "this cookie is used",
    "the cookie is used to store",
    "we and our partners store and/or access information on a device",
    "we and our partners store and access information on a device",
    "we process your data to deliver",
    "we process your personal data",
    "cookies, device or similar online identifiers",
    "cookies, device identifiers",
    "noi e terze parti selezionate",
    "nous et nos partenaires",
    "nos partenaires et nous",
];

/// "By clicking": a banner when a button's name follows ("By clicking “Accept All”").
const CLICK_OPENINGS: &[&str] = &[
    "by clicking",
    "by clicking on",
    "by selecting",
    "by choosing",
    "by pressing",
    "by tapping",
    "by hitting",
    "en cliquant sur",
    "al hacer clic en",
    "al pulsar",
    "haciendo clic en",
    "cliccando su",
    "facendo clic su",
    "ao clicar em",
    "door op",
    "durch klicken auf",
    "durch das klicken auf",
    "indem sie auf",
    "wenn sie auf",
    "нажимая",
    "нажав",
];

/// "These cookies …": a banner when the next words speak of the web ("These cookies track
/// your online activity"), not of baking ("These cookies keep well for a week").
const DEMONSTRATIVE_OPENINGS: &[&str] = &[
    "these cookies",
    "these tracking technologies",
    "these technologies",
    "such cookies",
    "those cookies",
    "diese cookies",
    "ces cookies",
    "estas cookies",
    "estos cookies",
    "questi cookie",
    "esses cookies",
    "estes cookies",
    "deze cookies",
    "эти файлы cookie",
    "эти cookie",
];

/// Cookie categories of consent managers: "Necessary cookies are …", "Performance cookies
/// help …" (a category, then one of [`CATEGORY_VERBS`]).
const COOKIE_CATEGORIES: &[&str] = &[
    "necessary cookies",
    "strictly necessary cookies",
    "essential cookies",
    "functional cookies",
    "functionality cookies",
    "performance cookies",
    "analytics cookies",
    "analytical cookies",
    "analytic cookies",
    "statistics cookies",
    "statistical cookies",
    "statistic cookies",
    "marketing cookies",
    "advertising cookies",
    "advertisement cookies",
    "targeting cookies",
    "preference cookies",
    "preferences cookies",
    "social media cookies",
    "personalization cookies",
    "personalisation cookies",
    "unclassified cookies",
    "uncategorized cookies",
    "uncategorised cookies",
    "other uncategorized cookies",
    "non-necessary cookies",
    "non necessary cookies",
    "notwendige cookies",
    "essenzielle cookies",
    "funktionale cookies",
    "statistik-cookies",
    "marketing-cookies",
    "externe cookies",
    "cookies nécessaires",
    "cookies fonctionnels",
    "cookies analytiques",
    "cookies publicitaires",
    "cookies necesarias",
    "cookies técnicas",
    "cookies analíticas",
    "cookies publicitarias",
    "cookie tecnici",
    "cookie analitici",
    "cookie di profilazione",
    "cookies necessários",
    "cookies analíticos",
    "noodzakelijke cookies",
    "functionele cookies",
    "analytische cookies",
];
/// Verbs that follow a cookie category in a consent manager's description.
const CATEGORY_VERBS: &[&str] = &[
    "are",
    "is",
    "help",
    "helps",
    "allow",
    "allows",
    "enable",
    "enables",
    "track",
    "may",
    "collect",
    "collects",
    "ensure",
    "ensures",
    "do not",
    "we use",
    "used",
    "that",
    "which",
    "include",
    "let",
    "sind",
    "helfen",
    "ermöglichen",
    "werden",
    "sont",
    "permettent",
    "nous",
    "son",
    "permiten",
    "se",
    "sono",
    "consentono",
    "servono",
    "são",
    "permitem",
    "zijn",
    "helpen",
    "worden",
];

/// Lexicon groups of the openings.
const BEFORE_COOKIE: Groups = 1;
const COMPLETE: Groups = 2;
const CLICK: Groups = 4;
const DEMONSTRATIVE: Groups = 8;
const CATEGORY: Groups = 16;

/// How far (bytes) after an opening the cookie word, or the web word, may start.
const MAX_OPENING_GAP_BYTES: usize = 80;

/// Words that tie a text to the web: a site, a browser, data, consent, advertising.
/// Matched at the start of a word ("navigat" for navigation, navigateur).
const WEB_WORDS: &[&str] = &[
    "website",
    "web site",
    "webseite",
    "site",
    "sitio",
    "sito",
    "browser",
    "browsing",
    "navigat",
    "experience",
    "erlebnis",
    "expérience",
    "experiencia",
    "esperienza",
    "experiência",
    "ervaring",
    "consent",
    "einwillig",
    "zustimm",
    "consentement",
    "consentimiento",
    "consenso",
    "consentimento",
    "toestemming",
    "privacy",
    "datenschutz",
    "confidentialité",
    "privacidad",
    "privacidade",
    "policy",
    "richtlinie",
    "politique",
    "política",
    "informativa",
    "beleid",
    "personal",
    "personnel",
    "personales",
    "personali",
    "pessoais",
    "persoonlijke",
    "data",
    "daten",
    "données",
    "datos",
    "dati",
    "dados",
    "gegevens",
    "analytic",
    "analys",
    "analyz",
    "statisti",
    "advertis",
    "werbung",
    "publicit",
    "pubblicit",
    "ads",
    "traffic",
    "device",
    "gerät",
    "appareil",
    "dispositivo",
    "apparaat",
    "partners",
    "partenaires",
    "preferences",
    "settings",
    "tracking",
    "online",
    "services",
    "dienste",
    "servicios",
    "servizi",
    "serviços",
    "diensten",
    "user",
    "nutzer",
    "besucher",
    "visitor",
    "utilisateur",
    "usuario",
    "utente",
    "utilizador",
    "gebruiker",
    "bezoeker",
    "сайт",
    "данн",
    "браузер",
    "пользовател",
    "网站",
    "浏览",
    "用户",
    "サイト",
    "ブラウザ",
    "ユーザー",
];

/// Fragments of "<site> uses cookies" openings with any site name ("go.dev uses cookies",
/// "iFixit uses cookies"), looked for in the first few words only.
const SITE_USES_COOKIES: &[&str] = &[
    " uses cookies",
    " is using cookies",
    " use cookies",
    " utilise des cookies",
    " verwendet cookies",
    " nutzt cookies",
    " utiliza cookies",
    " usa cookies",
    " utilizza cookie",
    " utilizza i cookie",
    " gebruikt cookies",
    " использует файлы cookie",
    " использует cookie",
];
/// How far into the block (bytes) "<site> uses cookies" may start.
const MAX_SITE_NAME_BYTES: usize = 40;

/// Compounds of consent texts; a short block with several distinct ones that speaks to the
/// reader is a banner. Each counts once however often it occurs.
const CONSENT_COMPOUNDS: &[&str] = &[
    "use of cookies",
    "cookie policy",
    "cookies policy",
    "cookie notice",
    "cookie statement",
    "cookie settings",
    "cookies settings",
    "cookie preferences",
    "cookie consent",
    "cookie declaration",
    "cookie banner",
    "accept cookies",
    "accept all cookies",
    "allow cookies",
    "allow all cookies",
    "reject cookies",
    "reject all cookies",
    "decline cookies",
    "refuse cookies",
    "manage cookies",
    "disable cookies",
    "enable cookies",
    "block cookies",
    "delete cookies",
    "optional cookies",
    "non-essential cookies",
    "opt-out",
    "opt out",
    "consent",
    "legitimate interest",
    "you agree to",
    "you consent to",
    "you accept",
    "third-party cookies",
    "third party cookies",
    "tracking technologies",
    "similar technologies",
    "personalised ads",
    "personalized ads",
    "personalised advertising",
    "personalized advertising",
    "personalised content",
    "personalized content",
    "privacy policy",
    "privacy statement",
    "privacy notice",
    "cookies to improve",
    "cookies to enhance",
    "cookies to ensure",
    "cookies to give",
    "cookies to provide",
    "cookies to personalise",
    "cookies to personalize",
    "cookies to analyse",
    "cookies to analyze",
    "cookies to optimise",
    "cookies to optimize",
    "cookies to understand",
    "cookies to remember",
    "cookies to collect",
    "cookies to deliver",
    "cookies to offer",
    "cookies to make",
    "cookies to help",
    "cookies to measure",
    "cookies to track",
    "cookies to store",
    "cookies to recognise",
    "cookies to recognize",
    "necessary cookies",
    "essential cookies",
    "functional cookies",
    "performance cookies",
    "analytics cookies",
    "analytical cookies",
    "marketing cookies",
    "advertising cookies",
    "targeting cookies",
    "browsing experience",
    "site usage",
    "site traffic",
    "gdpr",
    "cookie is set",
    "cookies are set",
    "cookies are used",
    "cookie is used",
    "cookies are stored",
    "store and/or access",
    "cookies propias",
    "cookies de terceros",
    "cookies técnicas",
    "cookies analíticas",
    "cookie tecnici",
    "cookie di terze parti",
    "cookie di profilazione",
    "cookie analitici",
    "consentimiento",
    "consenso",
    "consentement",
    "einwilligung",
    "toestemming",
    "согласие",
    "согласия",
    "datenschutzerklärung",
    "politique de confidentialité",
    "política de privacidad",
    "política de privacidade",
    "privacybeleid",
    "политика конфиденциальности",
    "политикой конфиденциальности",
    "cookie-richtlinie",
    "politique de cookies",
    "política de cookies",
    "cookiebeleid",
    "informativa sui cookie",
    "cookie-einstellungen",
    "paramètres des cookies",
    "configuración de cookies",
];

/// Words by which a block addresses the reader or speaks for the site; a news paragraph
/// about cookies usually has none, a banner always has some. Whole words.
const READER_WORDS: &[&str] = &[
    "you", "your", "we", "our", "us", "du", "dein", "ihr", "ihre", "sie", "wir", "unser", "unsere", "vous", "votre",
    "vos", "nous", "notre", "nos", "usted", "tu", "tus", "su", "sus", "nosotros", "nuestro", "nuestra", "nuestros",
    "voi", "tuo", "tuoi", "noi", "nostro", "nostri", "você", "nós", "nosso", "nossa", "seu", "sua", "uw", "je", "jouw",
    "wij", "onze", "вы", "ваш", "вас", "мы", "наш", "нас", "Вы", "Ваш", "Вас", "Мы", "Наш", "Нас",
];
/// The same in scripts written without spaces, matched anywhere.
const READER_WORDS_UNSPACED: &[&str] = &["您", "你", "我们", "当サイト", "お客様"];

/// Page titles of privacy and cookie policies, where consent sentences are the main text.
const POLICY_PAGE_TITLE: &str = r"(?i)cookie|privacy|datenschutz|confidentialit|privacidad|privacidade|riservatezza|privacybeleid|privacyverklaring|конфиденциальн|隐私|隱私|プライバシー|gdpr|dsgvo|rgpd";

/// Lexicon groups of the labels: consent labels, banner buttons.
const LABEL: Groups = 1;
const BUTTON: Groups = 2;

/// Fragments of the banner words, case-folded by hand so that the gate stays a small SIMD
/// search over every block ("ookie" for cookie, Cookie; "onsen" for consent, consentement,
/// consentimiento, consenso).
const BANNER_WORD_FRAGMENTS: &[&str] = &[
    "ookie",
    "OOKIE",
    "クッキー",
    "куки",
    "Куки",
    "onsen",
    "ONSEN",
    "inwillig",
    "estemming",
    "огласи",
    "同意",
    "rivacy",
    "RIVACY",
    "artners",
    "ARTNERS",
    "racking",
    "atenschutz",
    "隐私",
    "プライバシー",
];

static BANNER_WORDS: LazyLock<Fragments> = LazyLock::new(|| Fragments::new(BANNER_WORD_FRAGMENTS));
static COOKIE_OR_CONSENT: LazyLock<Fragments> = LazyLock::new(|| Fragments::in_usual_cases(COOKIE_OR_CONSENT_WORDS));
static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::grouped(&[COOKIE_LABELS, BANNER_BUTTONS]));
static OPENINGS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::grouped(&[
        OPENINGS_BEFORE_COOKIE,
        COMPLETE_OPENINGS,
        CLICK_OPENINGS,
        DEMONSTRATIVE_OPENINGS,
        COOKIE_CATEGORIES,
    ])
});
static VERBS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(CATEGORY_VERBS));
static WEB: LazyLock<AhoCorasick> = LazyLock::new(|| case_insensitive_finder(WEB_WORDS));
static SITE_USES: LazyLock<AhoCorasick> = LazyLock::new(|| case_insensitive_finder(SITE_USES_COOKIES));
static COMPOUNDS: LazyLock<AhoCorasick> = LazyLock::new(|| case_insensitive_finder(CONSENT_COMPOUNDS));
static READER: LazyLock<AhoCorasick> = LazyLock::new(|| case_insensitive_finder(READER_WORDS));
static READER_UNSPACED: LazyLock<AhoCorasick> = LazyLock::new(|| case_insensitive_finder(READER_WORDS_UNSPACED));
static POLICY_TITLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(POLICY_PAGE_TITLE).expect("static regex builds"));

fn case_insensitive_finder(words: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(words)
        .expect("static words build")
}

/// Removes cookie and consent notices, their labels and their buttons.
pub struct CookieBanner;

impl Rule for CookieBanner {
    fn id(&self) -> RuleId {
        RuleId("cookie_banner")
    }

    fn describe(&self) -> &'static str {
        "Cookie, consent and privacy-choice notices, their labels (\"Cookie Settings\", \"Accept all\") and the buttons after them."
    }

    fn apply(&self, blocks: &mut [Block], cx: &mut RuleContext<'_>) {
        let policy_page = cx.title.is_some_and(|t| POLICY_TITLE.is_match(t));
        // Blocks up to this index may be the buttons of the last banner or label.
        let mut buttons_until = 0;
        for (index, block) in blocks.iter_mut().enumerate() {
            let text = block.text.as_str();
            let in_window = index < buttons_until;
            let label = if text.len() <= MAX_LABEL_BYTES {
                let allowed = if in_window { LABEL | BUTTON } else { LABEL };
                LEXICON.covers(text, MAX_LABELS_PER_BLOCK, allowed)
            } else {
                None
            };
            if label.is_some() || !policy_page && is_banner(text) {
                block.remove(self.id());
                buttons_until = index + 1 + BUTTON_WINDOW;
            } else if in_window && !block.is_removed() {
                // The buttons follow the banner directly: other text ends the window, unless
                // another rule has already removed it.
                buttons_until = 0;
            }
        }
    }
}

fn is_banner(text: &str) -> bool {
    if text.len() > MAX_BANNER_BYTES || text.len() < MIN_BANNER_BYTES || !BANNER_WORDS.is_match(text) {
        return false;
    }
    if opens_like_banner(text) || site_uses_cookies(text) {
        return true;
    }
    text.len() <= MAX_COMPOUND_BANNER_BYTES
        && COOKIE_OR_CONSENT.is_match(text)
        && distinct_compounds(text) >= MIN_COMPOUNDS
        && addresses_reader(text)
}

/// Whether the block opens the way consent texts open.
fn opens_like_banner(text: &str) -> bool {
    let Some((end, groups)) = OPENINGS.prefix(text) else {
        return false;
    };
    let tail = &text[end..];
    if groups & COMPLETE != 0 {
        return true;
    }
    if groups & CLICK != 0 && LEXICON.prefix(tail).is_some_and(|(_, g)| g & (LABEL | BUTTON) != 0) {
        return true;
    }
    if groups & CATEGORY != 0 && VERBS.prefix(tail).is_some() {
        return true;
    }
    // "We and our 100 partners store and/or access information on a device": the consent
    // framework's wording counts as the cookie word.
    let cookie_near = COOKIE_OR_CONSENT.find(tail).is_some_and(|(start, _)| start <= MAX_OPENING_GAP_BYTES)
        || head(tail, MAX_OPENING_GAP_BYTES).contains("and/or access");
    if groups & BEFORE_COOKIE != 0 && cookie_near && has_word_start(&WEB, text) {
        return true;
    }
    groups & DEMONSTRATIVE != 0 && has_word_start(&WEB, head(tail, MAX_OPENING_GAP_BYTES))
}

/// "go.dev uses cookies …": a site name, then "uses cookies", addressing the reader or
/// ending with a button ("Learn more").
fn site_uses_cookies(text: &str) -> bool {
    SITE_USES.find(text).is_some_and(|m| m.start() <= MAX_SITE_NAME_BYTES && word_count(&text[..m.start()]) <= 2)
        && (addresses_reader(text) || ends_with_button(text))
}

fn ends_with_button(text: &str) -> bool {
    let last = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    let start = last.rfind(['.', '!', '?', '。']).map_or(0, |i| i + 1);
    LEXICON.covers(&last[start..], MAX_LABELS_PER_BLOCK, LABEL | BUTTON).is_some()
}

fn distinct_compounds(text: &str) -> usize {
    let mut seen: u128 = 0;
    for found in COMPOUNDS.find_iter(text) {
        seen |= 1 << (found.pattern().as_usize() % 128);
    }
    seen.count_ones() as usize
}

fn addresses_reader(text: &str) -> bool {
    READER_UNSPACED.is_match(text)
        || READER.find_iter(text).any(|m| {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// Whether a word of `text` starts with one of the finder's words (in scripts written
/// without spaces, anywhere).
fn has_word_start(finder: &AhoCorasick, text: &str) -> bool {
    finder.find_iter(text).any(|m| {
        text[m.start()..].chars().next().is_some_and(is_unspaced_script)
            || !text[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::BlockKind;
    use crate::clean::rules::testing::{assert_lines, dump, html, removed, removed_lines, run};

    #[test]
    fn removes_banners_in_several_languages() {
        assert_lines(
            &CookieBanner,
            &[
                "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts Cookies Policy.",
                "We use cookies to improve your experience on our website. By browsing this website, you agree to our use of cookies.",
                "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More",
                "go.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic. Learn more.",
                "We and our 100 partners store and/or access information on a device, such as unique IDs in cookies to process personal data.",
                "Necessary cookies are absolutely essential for the website to function properly.",
                "These cookies track your online activity to help advertisers deliver more relevant advertising.",
                "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können.",
                "Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, gehen wir von Ihrem Einverständnis aus.",
                "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site web.",
                "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
                "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.",
                "Este site utiliza cookies para melhorar a sua experiência.",
                "Wij gebruiken cookies om onze website te verbeteren.",
                "Мы используем файлы cookie, чтобы сайт работал лучше.",
                "我们使用cookie来改善您的浏览体验。",
                "当サイトではクッキーを使用しています。",
                "To provide you with a personalised experience, our site uses tracking technologies, including cookies, to collect information. We may disclose it to partners, as described in our Privacy Policy.",
            ],
            &[],
        );
    }

    #[test]
    fn removes_labels_but_not_recipes_or_news_about_cookies() {
        assert_lines(
            &CookieBanner,
            &[
                "Cookie Policy",
                "Cookie Settings",
                "Accept All Cookies",
                "Manage Cookie Preferences",
                "Strictly Necessary Cookies",
                "Privacy & Cookies Policy",
                "Accept all | Reject all",
                "Cookie-Einstellungen",
                "Politique de cookies",
                "Política de cookies",
                "Cookiebeleid",
                "Настройки cookie",
                "クッキーポリシー",
            ],
            &[
                "Bake the cookies for 12 minutes until golden.",
                "We use cookie cutters to shape the dough, then chill it for an hour.",
                "Facebook uses cookies and pixels to follow users around the web, the lawsuit claims.",
                "Cookies",
                "Chocolate Chip Cookies",
                "These cookies are perfect for holiday parties and keep well for a week.",
                "Google said it would phase out third-party cookies in Chrome, a change advertisers have long feared.",
                "Under the GDPR, websites must obtain consent before they place third-party cookies on a device.",
                "The new privacy policy takes effect on Monday, the company said.",
                "Plätzchen backen: Die Cookies brauchen zwölf Minuten im Ofen.",
                "Accept the things you cannot change.",
            ],
        );
    }

    #[test]
    fn removes_buttons_only_right_after_a_banner() {
        let text =
            "We use cookies to give you the best experience.\nAccept\nReject\n\nThe council met on Monday.\n\nAccept\n";
        assert_eq!(
            removed_lines(&CookieBanner, text),
            ["We use cookies to give you the best experience.", "Accept", "Reject"]
        );
    }

    #[test]
    fn keeps_consent_sentences_on_a_privacy_policy_page() {
        let mut blocks =
            dump("Cookie Policy\nWe use cookies to understand how visitors use our site and to improve it.\n");
        run(&CookieBanner, &mut blocks, Some("Cookie Policy | Example Ltd"));
        assert_eq!(removed(&blocks), ["Cookie Policy"]);
    }

    #[test]
    fn works_on_html_blocks() {
        let mut blocks = vec![
            html("Manage cookies", BlockKind::ListItem, 14),
            html("Our bakery sells cookies made with brown butter.", BlockKind::Paragraph, 0),
        ];
        run(&CookieBanner, &mut blocks, None);
        assert_eq!(removed(&blocks), ["Manage cookies"]);
    }
}
