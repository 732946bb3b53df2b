//! Removes share, follow, subscribe and newsletter prompts: share buttons ("Share this
//! article", "Share on Facebook", "Tweet"), follow rows ("Follow us on Twitter", "like us on
//! Facebook or follow us on Twitter and Instagram"), newsletter and app sign-ups ("Subscribe
//! to our newsletter", "Get the latest news delivered to your inbox", "Download our app"),
//! and rows of social-network names.
//!
//! A line holding a single network name ("Facebook", "X", "Email") is removed only next to
//! other share furniture, because such a name alone can be an item of a real list (the
//! sign-in providers a product supports, say).

use std::sync::LazyLock;

use regex::Regex;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::{sentence_marks, word_count};
use crate::clean::vocab::{
    EndLexicon, Fragments, Groups, Lexicon, SHARE_WIDGET_NOISE, SOCIAL_NETWORKS, ascii_word_boundaries,
    has_alphanumeric,
};
use crate::model::RuleId;

/// Longest block (bytes) that can be a share label or a row of network names.
const MAX_LABEL_BYTES: usize = 120;
/// Labels or names a block may chain ("Share Tweet Email", "Facebook Twitter LinkedIn").
const MAX_NAMES_PER_BLOCK: usize = 12;
/// Longest block (bytes) that can be a share or subscribe sentence.
const MAX_PROMPT_BYTES: usize = 300;
/// Most words of a prompt that starts with its verb ("Follow VentureBeat on Twitter").
const MAX_SHORT_PROMPT_WORDS: usize = 14;

/// Share, follow and subscribe labels, each a whole block (or chained in one block). Left
/// out: German "Folgen" (consequences, a series' episodes), Italian "Abbonati" (subscribers),
/// Chinese "关注" and "收藏" alone (attention, a collection), Danish and Norwegian "Del" alone
/// (a part: "Del 2"), and "copy link" verbs other than English ("Link kopieren", "Copier le
/// lien"), which head steps of how-tos; the toasts that follow them ("Link kopiert", "Lien
/// copié") are in, and some of the verbs are in [`COPY_LINK_BUTTONS`], which count only among
/// other share furniture.
const SHARE_LABELS: &[&str] = &[
    // English
    "share",
    "shares",
    "share this",
    "share this article",
    "share this story",
    "share this post",
    "share this page",
    "share this video",
    "share this recipe",
    "share this entry",
    "share article",
    "share story",
    "share post",
    "share page",
    "share the article",
    "share full article",
    "share link",
    "share via",
    "share via email",
    "share by email",
    "share on",
    "share it",
    "share options",
    "sharing options",
    "more sharing options",
    "share all sharing options",
    "close extra sharing options",
    "close share panel",
    "share close",
    "share permalink",
    "tweet",
    "tweet this",
    "pin it",
    "email this",
    "email this article",
    "email this story",
    "e-mail this",
    "email to a friend",
    "send to a friend",
    "copy the link",
    "link copied",
    "follow",
    "follow us",
    "follow me",
    "follow us on",
    "follow us on social media",
    "follow us on social",
    "connect with us",
    "stay connected",
    "find us on",
    "like us on",
    "join us on",
    "subscribe",
    "subscribe now",
    "subscribe today",
    "subscribe for free",
    "subscribe and save",
    "subscribe to newsletter",
    "subscribe to our newsletter",
    "subscribe to the newsletter",
    "subscribe to rss",
    "newsletter",
    "newsletters",
    "email newsletters",
    "our newsletters",
    "see all newsletters",
    "newsletter sign up",
    "newsletter sign-up",
    "newsletter signup",
    "sign up for our newsletter",
    "sign up for newsletters",
    "sign up for the newsletter",
    "join our newsletter",
    "get our newsletter",
    "get the newsletter",
    "email sign up",
    "download the app",
    "download our app",
    "get the app",
    "rss feed",
    "rss feeds",
    // German
    "teilen",
    "artikel teilen",
    "beitrag teilen",
    "seite teilen",
    "jetzt teilen",
    "per e-mail teilen",
    "per mail teilen",
    "folgen sie uns",
    "folge uns",
    "newsletter abonnieren",
    "jetzt abonnieren",
    "abonnieren",
    "zum newsletter anmelden",
    "newsletter bestellen",
    "diesen artikel teilen",
    "diesen beitrag teilen",
    "teile diesen beitrag",
    "teilen mit",
    "auf facebook teilen",
    "auf x teilen",
    "auf whatsapp teilen",
    "auf twitter teilen",
    "auf linkedin teilen",
    "auf pinterest teilen",
    "auf telegram teilen",
    "auf reddit teilen",
    "auf bluesky teilen",
    "auf threads teilen",
    "artikel versenden",
    "per e-mail versenden",
    "link kopiert",
    "newsletter-anmeldung",
    // French
    "partager",
    "partager cet article",
    "partager sur",
    "partager par e-mail",
    "partager par email",
    "suivez-nous",
    "suivez nous",
    "abonnez-vous",
    "s'abonner",
    "abonnez-vous à notre newsletter",
    "inscrivez-vous à notre newsletter",
    "inscrivez-vous à la newsletter",
    "envoyer par e-mail",
    "envoyer par email",
    "partager l'article",
    "partager cette page",
    "partager la vidéo",
    "partager via",
    "envoyer à un ami",
    "lien copié",
    "abonnez-vous à la newsletter",
    "inscription à la newsletter",
    "recevez notre newsletter",
    "téléchargez notre application",
    // Spanish
    "compartir",
    "compartir este artículo",
    "comparte",
    "comparte este artículo",
    "comparte esto",
    "compartir esto",
    "compartir en",
    "síguenos",
    "síguenos en",
    "suscríbete",
    "suscribirse",
    "suscríbete a nuestro boletín",
    "suscríbete a nuestra newsletter",
    "suscríbete al boletín",
    "enviar por correo",
    "enviar por email",
    "compartir artículo",
    "compartir noticia",
    "comparte esta noticia",
    "compartir esta noticia",
    "compartir por correo",
    "compartir por email",
    "enviar a un amigo",
    "enlace copiado",
    "suscríbete a la newsletter",
    "descarga nuestra app",
    // Italian
    "condividi",
    "condividi questo articolo",
    "condividi su",
    "seguici",
    "seguici su",
    "iscriviti",
    "iscriviti alla newsletter",
    "iscriviti alla nostra newsletter",
    "invia per email",
    "condividi l'articolo",
    "condividi articolo",
    "condividi questa pagina",
    "condividi via email",
    "invia per e-mail",
    "invia a un amico",
    "link copiato",
    "seguici sui social",
    "ricevi la nostra newsletter",
    "scarica la nostra app",
    // Portuguese
    "compartilhar",
    "compartilhe",
    "compartilhe este artigo",
    "compartilhe isso",
    "partilhar",
    "partilhe",
    "compartilhar no",
    "siga-nos",
    "siga-nos no",
    "siga-nos nas redes sociais",
    "assine",
    "assine nossa newsletter",
    "assine a newsletter",
    "inscreva-se",
    "inscreva-se na nossa newsletter",
    "receba nossa newsletter",
    "compartilhar artigo",
    "compartilhe esta notícia",
    "compartilhe essa notícia",
    "compartilhe no",
    "compartilhar por e-mail",
    "partilhar este artigo",
    "partilhe este artigo",
    "partilhar no",
    "enviar por e-mail",
    "link copiado",
    "baixe nosso app",
    // Dutch
    "delen",
    "deel",
    "deel dit artikel",
    "delen op",
    "volg ons",
    "volg ons op",
    "abonneren",
    "nieuwsbrief",
    "schrijf je in voor onze nieuwsbrief",
    "aanmelden voor de nieuwsbrief",
    "abonneer je op onze nieuwsbrief",
    "deel dit",
    "deel dit bericht",
    "deel deze pagina",
    "artikel delen",
    "deel op",
    "deel via",
    "delen via",
    "link gekopieerd",
    "schrijf je in voor de nieuwsbrief",
    "meld je aan voor onze nieuwsbrief",
    "download onze app",
    // Russian
    "поделиться",
    "поделиться в",
    "поделиться ссылкой",
    "поделитесь",
    "подписаться",
    "подписывайтесь",
    "подписывайтесь на нас",
    "подпишитесь на нашу рассылку",
    "подписаться на рассылку",
    "мы в соцсетях",
    "мы в социальных сетях",
    "поделиться статьей",
    "поделиться статьёй",
    "поделиться новостью",
    "поделиться в соцсетях",
    "поделиться в социальных сетях",
    "отправить другу",
    "ссылка скопирована",
    "читайте нас в",
    "подписаться на новости",
    "подписаться на канал",
    // A recipe's or an event's share label, a blogger's follow prompt ("Folge mir",
    // "Retrouvez-moi sur"), and newsletter titles and buttons, in German, French, Spanish,
    // Italian, Portuguese, Dutch, Polish and Russian. Left out: named newsletters ("Der
    // Morgen-Newsletter") and titles that also head content ("La recette du jour").
    "rezept teilen",
    "veranstaltung teilen",
    "event teilen",
    "folgen sie uns auf",
    "folge mir",
    "folge mir auf",
    "neue rezepte per e-mail",
    "partager cette recette",
    "partager la recette",
    "partager l'événement",
    "partager cet événement",
    "retrouvez-moi sur",
    "suivez-moi",
    "suivez-moi sur",
    "ne manquez aucun article",
    "compartir receta",
    "compartir esta receta",
    "compartir evento",
    "compartir este evento",
    "sígueme",
    "sígueme en",
    "boletín diario",
    "condividi la ricetta",
    "condividi questa ricetta",
    "condividi l'evento",
    "condividi questo evento",
    "seguimi",
    "seguimi su",
    "resta aggiornato",
    "resta aggiornata",
    "compartilhe esta receita",
    "compartilhar receita",
    "compartilhe este evento",
    "partilhar receita",
    "partilhar evento",
    "siga-me",
    "subscrever",
    "deel dit evenement",
    "deel dit recept",
    "recept delen",
    "volg mij",
    "volg mij op",
    "udostępnij ten wpis",
    "udostępnij wydarzenie",
    "udostępnij przepis",
    "obserwuj mnie",
    "поделиться рецептом",
    "поделиться событием",
    "рассылка",
    "jetzt anmelden",
    "apúntate",
    "suscribirme",
    "iscriviti ora",
    "je m'inscris",
    // Chinese
    "分享",
    "分享到",
    "分享至",
    "分享本文",
    "转发",
    "关注我们",
    "订阅",
    "分享此文",
    "分享文章",
    "分享本页",
    "分享到朋友圈",
    "一键分享",
    "微信扫一扫",
    "链接已复制",
    // Japanese
    "シェア",
    "シェアする",
    "共有",
    "共有する",
    "ツイート",
    "フォローする",
    "購読",
    "購読する",
    "このブログの更新情報を配信しています",
    "この記事をシェアする",
    "この記事をシェア",
    "記事をシェアする",
    "シェアしよう",
    "facebookでシェア",
    "xでシェア",
    "xでポスト",
    "lineで送る",
    "リンクをコピーしました",
    "メルマガ登録",
    // Korean
    "공유하기",
    "공유",
    "구독하기",
    // Polish
    "udostępnij",
    "udostępnij to",
    // "Udostępnij na X"; Facebook and Twitter take the locative.
    "udostępnij na",
    "udostępnij na facebooku",
    "udostępnij na twitterze",
    "podziel się",
    "obserwuj nas",
    "subskrybuj",
    "zapisz się do newslettera",
    // Turkish
    "paylaş",
    "bunu paylaş",
    "bizi takip edin",
    "abone ol",
    "bültene abone ol",
    // Greek
    "κοινοποίηση",
    "μοιραστείτε",
    "ακολουθήστε μας",
    "εγγραφή στο newsletter",
    // Arabic
    "شارك",
    "مشاركة",
    "تابعنا",
    "تابعونا",
    "تابعنا على",
    "تابعونا على",
    "اشترك",
    "اشترك في النشرة البريدية",
    // Hebrew
    "שתף",
    "שתפו",
    "עקבו אחרינו",
    "הירשמו לניוזלטר",
    // Hindi
    "शेयर करें",
    "साझा करें",
    "हमें फॉलो करें",
    "सब्सक्राइब करें",
    // Ukrainian
    "поділитися",
    "поділіться",
    "підписатися",
    "підписуйтесь на нас",
    "ми в соцмережах",
    // Indonesian
    "bagikan",
    "bagikan artikel ini",
    "ikuti kami",
    "berlangganan",
    // Vietnamese
    "chia sẻ",
    "theo dõi chúng tôi",
    "đăng ký nhận tin",
    // Swedish, Danish, Norwegian, Finnish ("Del på Facebook": never "del" alone, a part)
    "dela",
    "dela detta",
    "följ oss",
    "følg os",
    "følg oss",
    "del på",
    "jaa",
    "jaa facebookissa",
    "jaa twitterissä",
    "jaa linkedinissä",
    "jaa whatsappissa",
    "seuraa meitä",
    // Hungarian
    "megosztás",
    "kövess minket",
    "kövessen minket",
    // Czech
    "sdílet",
    "sledujte nás",
    // Chinese (traditional)
    "追蹤我們",
    "訂閱",
    "關注我們",
    "訂閱電子報",
    // Thai
    "แชร์",
    "แชร์ข่าวนี้",
    "แชร์บทความนี้",
    "แชร์ไปยัง",
    "ติดตามเรา",
    "สมัครรับข่าวสาร",
    // Bengali
    "শেয়ার করুন",
    "শেয়ার",
    // The same two with য় as one code point (U+09DF), which some pages use.
    "\u{9b6}\u{9c7}\u{9df}\u{9be}\u{9b0} \u{995}\u{9b0}\u{9c1}\u{9a8}",
    "\u{9b6}\u{9c7}\u{9df}\u{9be}\u{9b0}",
    "আমাদের অনুসরণ করুন",
    // Urdu
    "شیئر کریں",
    "شیئر",
    "ہمیں فالو کریں",
    // Croatian, Slovak, Lithuanian, Estonian
    "podijeli",
    "podijelite",
    "pratite nas",
    "zdieľať",
    "zdieľajte",
    "dalintis",
    "dalinkitės",
    "sekite mus",
    "jaga",
    "jälgi meid",
    // Bulgarian, Catalan
    "сподели",
    "споделете",
    "последвайте ни",
    "comparteix",
    "segueix-nos",
    // Tamil, Malay
    "பகிர்",
    "பகிரவும்",
    "kongsi",
    "ikuti kami di",
    // Persian, with and without the zero-width non-joiner
    "اشتراک‌گذاری",
    "اشتراک گذاری",
    "به اشتراک بگذارید",
    "ما را دنبال کنید",
    // Romanian: share (two verbs, each with its "on"), follow (familiar and polite, also
    // without diacritics), subscribe
    "distribuie",
    "distribuie pe",
    "partajează",
    "partajează pe",
    "urmărește-ne",
    "urmăriți-ne",
    "urmareste-ne",
    "urmariti-ne",
    "abonează-te",
    "aboneaza-te",
    // Slovenian ("Deli" is also "parts" and English "Deli": see ROW_LABELS); "E-novice" is
    // the e-mail newsletter only
    "sledite nam",
    "sledi nam",
    "naroči se",
    "naročite se",
    "e-novice",
    "prijava na e-novice",
    // Latvian
    "dalīties",
    "seko mums",
    "sekojiet mums",
    "abonēt",
    "jaunumu vēstule",
    // Serbian, Cyrillic and Latin (Latin "pratite nas" is listed with Croatian); Macedonian
    // ("Сподели" and "Споделете" are listed with Bulgarian), with and without the accent
    // of "нè"
    "подели",
    "поделите",
    "podeli",
    "podelite",
    "пратите нас",
    "претплати се",
    "претплатите се",
    "pretplati se",
    "pretplatite se",
    "сподели на",
    "следете нè",
    "следете не",
    // Albanian
    "shpërndaje",
    "shpërndaje në",
    "na ndiqni",
    "na ndiq",
    "abonohu",
    "abonohuni",
    // Icelandic ("Deila", share, is also a dispute, a subheading alone: see ROW_LABELS)
    "deila á",
    "fylgdu okkur",
    "fylgstu með okkur",
    "gerast áskrifandi",
    "fréttabréf",
    // Galician ("Compartir" is listed with Spanish)
    "séguenos",
    "séguenos en",
    "subscríbete",
    "subscribirse",
    "subscríbete ao boletín",
    "subscríbete ao noso boletín",
    // Basque
    "partekatu",
    "jarraitu gaitzazu",
    "harpidetu",
    // Georgian: share, follow us, subscribe (the noun, as buttons read, and the verb) and
    // the newsletter box's "subscribe to news"
    "გაზიარება",
    "გამოგვყევით",
    "გამოწერა",
    "გამოიწერეთ",
    "სიახლეების გამოწერა",
    // Ukrainian and Korean follow us; Czech and Swedish subscribe buttons; newsletter boxes
    // in Swedish, Ukrainian, Vietnamese (the sign-up, not "Bản tin" alone, a news bulletin
    // of radio and television), Hebrew, Japanese (the word and its short form), Korean and
    // Chinese (simplified and traditional). Left out: the sign-up buttons that are the
    // general "register" of an account (Vietnamese "Đăng ký", Greek "Εγγραφή", Hebrew
    // "הרשמה", Japanese "登録する"), which head the registration steps of how-tos.
    "стежте за нами",
    "слідкуйте за нами",
    "팔로우하기",
    "odebírat",
    "prenumerera",
    "nyhetsbrev",
    "розсилка",
    "підписатися на розсилку",
    "đăng ký nhận bản tin",
    "ניוזלטר",
    "メールマガジン",
    "メルマガ",
    "メールマガジン登録",
    "뉴스레터",
    "뉴스레터 구독",
    "订阅简报",
    "電子報",
    // Azerbaijani, Turkish (a news item's and a recipe's share label)
    "paylaşın",
    "xəbəri paylaş",
    "bizi izləyin",
    "bizi sosial şəbəkələrdə izləyin",
    "haberi paylaş",
    "tarifi paylaş",
    // Kazakh
    "әлеуметтік желілерде бөлісу",
    "бізді әлеуметтік желілерде оқыңыз",
    // Armenian
    "կիսվել սոցցանցերում",
    "հետևեք մեզ",
    // Marathi (the news item's and the event's share label)
    "शेअर करा",
    "ही बातमी शेअर करा",
    "बातमी शेअर करा",
    "कार्यक्रम शेअर करा",
    "आम्हाला फॉलो करा",
    "आम्हाला सोशल मीडियावर फॉलो करा",
    // Swahili
    "shiriki habari hii",
    "shiriki makala hii",
    "tufuate",
    "tufuatilie mitandaoni",
    // Tagalog
    "ibahagi ito",
    "ibahagi ang post na ito",
    "ibahagi ang artikulong ito",
    "sundan kami",
    // Afrikaans
    "deel hierdie artikel",
    "deel hierdie",
    // Urdu (the news item's and the recipe's share label)
    "خبر شیئر کریں",
    "ترکیب شیئر کریں",
    "سوشل میڈیا پر ہمیں فالو کریں",
];

/// The "copy link" button of share bars, in the languages where it ends a row of networks
/// ("Jaa: Facebook X WhatsApp Kopioi linkki"). A how-to can head a step with the same words,
/// so, like English "Copy link" among [`SOCIAL_NETWORKS`], they count as a network name: alone
/// on a line, they go only next to other share furniture.
const COPY_LINK_BUTTONS: &[&str] = &[
    // German, French, Spanish, Italian, Dutch, Portuguese (Brazil, Portugal), Russian
    "link kopieren",
    "copier le lien",
    "copiar enlace",
    "copia link",
    "copia il link",
    "link kopiëren",
    "kopieer link",
    "copiar link",
    "copiar ligação",
    "скопировать ссылку",
    "копировать ссылку",
    // Polish, Turkish, Hungarian
    "kopiuj link",
    "bağlantıyı kopyala",
    "linki kopyala",
    "link másolása",
    // Danish, Norwegian, Finnish
    "kopiér link",
    "kopier link",
    "kopioi linkki",
    // Arabic, Persian
    "نسخ الرابط",
    "کپی لینک",
    // Hindi, Bengali (both spellings of "link")
    "लिंक कॉपी करें",
    "লিংক কপি করুন",
    "লিঙ্ক কপি করুন",
    "লিংক কপি",
    // Thai (both spellings of "link")
    "คัดลอกลิงก์",
    "คัดลอกลิงค์",
    // Croatian, Slovak, Lithuanian, Estonian, Bulgarian
    "kopiraj poveznicu",
    "kopírovať odkaz",
    "kopijuoti nuorodą",
    "kopeeri link",
    "копирай линка",
    // Catalan, Norwegian, Urdu, Tamil, Malay
    "copia l'enllaç",
    "kopier lenke",
    "لنک کاپی کریں",
    "இணைப்பை நகலெடு",
    "salin pautan",
    // Romanian, Slovenian, Latvian, Serbian and Macedonian (Cyrillic, and Latin), Albanian,
    // Icelandic (both words for "link"), Galician, Basque, Georgian
    "copiază linkul",
    "copiază link-ul",
    "kopiraj povezavo",
    "kopēt saiti",
    "копирај линк",
    "kopiraj link",
    "kopjo lidhjen",
    "afrita hlekk",
    "afrita tengil",
    "copiar ligazón",
    "kopiatu esteka",
    "ბმულის კოპირება",
    // Vietnamese, Indonesian (both words for "link"), Czech, Swedish, Ukrainian (both
    // aspects), Greek, Hebrew (noun and imperative), Japanese, Korean (with and without the
    // space), Chinese (simplified and traditional)
    "sao chép liên kết",
    "salin tautan",
    "salin link",
    "kopírovat odkaz",
    "kopiera länk",
    "kopiera länken",
    "копіювати посилання",
    "скопіювати посилання",
    "αντιγραφή συνδέσμου",
    "העתקת קישור",
    "העתק קישור",
    "リンクをコピー",
    "urlをコピー",
    "링크 복사",
    "링크복사",
    "复制链接",
    "複製連結",
    // Kazakh, Armenian, Marathi, Swahili, Tagalog, Afrikaans
    "сілтемені көшіру",
    "պատճենել հղումը",
    "लिंक कॉपी करा",
    "nakili kiungo",
    "kopyahin ang link",
    "kopieer skakel",
];

/// Share labels that alone are ordinary words: Danish and Norwegian "Del" is also "part"
/// ("Del 2", "Del X" with a Roman numeral), Slovenian "Deli" also "parts" ("Rezervni deli")
/// and English "Deli" a shop's counter; Swahili "Shiriki" is also "take part", and the
/// verbs of Tagalog ("Ibahagi"), Kazakh ("Бөлісу") and Armenian ("Կիսվել") head a call for
/// readers' stories. They count only at the head of a row of at least two network names
/// ("Del: Facebook X WhatsApp Kopiér link"), never alone.
const ROW_LABELS: &[&str] = &["del", "deli", "deila", "shiriki", "ibahagi", "бөлісу", "կիսվել"];
/// Fewest phrases of a row headed by one of [`ROW_LABELS`]: the label and two names.
const MIN_ROW_PHRASES: usize = 3;

/// The like button of WordPress and Jetpack, as its text reads before its script runs: the
/// button and its loading notice. Removed on their own.
const LIKE_WIDGETS: &[&str] = &[
    "like loading",
    "gefällt mir wird geladen",
    "gefällt mir lade",
    "j’aime chargement",
    "me gusta cargando",
    "mi piace caricamento",
    "curtir carregando",
];

/// The heading over that button ("Like this:"), which a tutorial could also print before
/// an example: removed, like a lone network name, only next to other share furniture.
const LIKE_HEADINGS: &[&str] = &["like this", "gefällt mir", "j’aime ça", "me gusta esto", "mi piace", "curtir isso"];

/// Share, follow and sign-up sentences, found anywhere in a short block of at most two
/// sentences ("For breaking news, like us on Facebook or follow us on Twitter."). Each asks
/// the reader to act on a channel of the site, which an article's own sentences do not.
const PROMPT_PATTERNS: &[&str] = &[
    r"\b(?:like|follow|find|join|fan|friend|connect with|add) (?:us|me) (?:on|at|via) (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|pinterest|threads|telegram|whatsapp|google\+?|snapchat|bluesky|mastodon|social media)\b",
    r"(?:folgen sie uns|folge uns|suivez-nous|síguenos|seguici|siga-nos|volg ons|подписывайтесь на нас|читайте нас) (?:auf|sur|en|su|no|nas|op|в)\s",
];
/// Fragments one of which every [`PROMPT_PATTERNS`] match holds: the gate before the regex.
const PROMPT_FRAGMENTS: &[&str] = &[
    "us on",
    "me on",
    "us at",
    "us via",
    "me at",
    "me via",
    "uns auf",
    "nous sur",
    "nos en",
    "ci su",
    "nos no",
    "nos nas",
    "ons op",
    "нас в",
    "нас на",
];
/// Shortest block (bytes) looked at for a follow prompt among other words.
const MIN_SENTENCE_PROMPT_BYTES: usize = 40;
/// Most sentences of a block that holds a follow prompt among other words.
const MAX_PROMPT_SENTENCES: usize = 2;

/// Words that open the short prompts below; only a block that starts with one of them (or
/// with a share label) is tried against those patterns.
const SHORT_PROMPT_WORDS: &[&str] = &[
    "follow",
    "like",
    "find",
    "join",
    "fan",
    "click",
    "tap",
    "share",
    "subscribe",
    "sign up",
    "signup",
    "register",
    "download",
    "get",
    "receive",
    "have",
    "never miss",
    "don't miss",
    "stay",
    "keep up",
    "enter",
    "type",
    "check your inbox",
    "thanks",
    "thank you",
    "you're",
    "you are",
    "sorry",
    "teilen",
    "partager",
    "compartir",
    "condividi",
    "compartilhar",
    "partilhar",
    "delen",
    "поделиться",
    "abonnieren sie",
    "melden sie sich",
    "abonnez-vous",
    "inscrivez-vous",
    "suscríbete",
    "suscribete",
    "regístrate",
    "iscriviti",
    "registrati",
    "assine",
    "inscreva-se",
    "cadastre-se",
    "schrijf je in",
    "meld je aan",
    "abonneer je",
    "подпишитесь",
    "подписывайтесь",
    "подписаться",
];

/// Prompts that start the block and are short: "Follow VentureBeat on Twitter", "Share on
/// Facebook (Opens in new window)", "Subscribe to The Oregonian", "Download our free app".
/// Blocks tried against these have at most [`MAX_SHORT_PROMPT_WORDS`] words, so open gaps
/// (`.*?`) stay short; a few words are written `(?:\S+ ){0,4}` rather than with a counted
/// repetition of a character class, which would make the automaton large.
const SHORT_PROMPT_OPENINGS: &[&str] = &[
    r"(?:follow|like|find|join|fan) (?:\S+ ){1,4}on (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|pinterest|threads|telegram|bluesky|mastodon)(?:(?:,| and| &|,? or) (?:\S+ )?(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|pinterest|threads|telegram|bluesky|mastodon))*[^\p{L}\p{N}]*$",
    r"(?:click (?:here )?to |tap to )?share (?:this (?:article|story|post|page|video|recipe|on|with|via)|on|via|to|with|by)\b",
    r"(?:subscribe|sign up|signup|register) (?:to|for) (?:\S+ ){0,5}?(?:newsletters?|e-?mails?|updates|mailing list|digest|alerts|podcast)\b",
    r"subscribe to\b",
    r"(?:download|get) our (?:free |official |new )?(?:\S+ ){0,3}apps?\b",
    // "Download the Fox News app", but not a how-to step that goes on after "app".
    r"(?:download|get) the (?:free |official |new )?(?:\S+ ){0,3}app[^\p{L}\p{N}]*$",
    r"click here to (?:subscribe|sign up|follow|join|share|get (?:the|our) (?:\S+ ){0,3}app)\b",
    r"(?:get|receive|have) (?:the (?:latest|best|top)|our|all (?:the )?latest|highlights|breaking)\b.*?\b(?:inbox|newsletter)",
    // "Get the Boing Boing newsletter": a newsletter named by its site, and nothing after.
    r"(?:get|receive) the (?:\S+ ){1,4}?newsletters?[^\p{L}\p{N}]*$",
    r"(?:sign up|subscribe|register) (?:now|today|here|free|for free)\b.*?\b(?:inbox|newsletter|e-?mails?)",
    r"(?:never miss|don'?t miss|don’t miss|stay up to date|stay informed|stay in the loop|keep up)\b.*?\b(?:inbox|newsletter|subscribe|sign up)",
    r"(?:enter|type) your e-?mail(?: address)?\b.*?\b(?:subscribe|newsletter|updates|notifications|sign up)",
    r"(?:check your inbox|thanks for subscribing|thank you for subscribing|you'?re subscribed|you are now subscribed)\b",
    r"sorry, your blog cannot share posts by e-?mail",
    // A network must follow: "Compartir en familia es importante" is a sentence.
    r"(?:teilen|partager|compartir|condividi|compartilhar|partilhar|delen|поделиться) (?:auf|sur|en|su|no|na|op|в) (?:\S+ )?(?:facebook|twitter|x|instagram|linkedin|pinterest|whatsapp|telegram|threads|bluesky|mastodon|reddit|xing|vk|vkontakte|вконтакте|одноклассниках|e-?mail)\b",
    r"(?:folgen sie uns|folge uns|suivez-nous|síguenos|seguici|siga-nos|volg ons|подписывайтесь на нас) (?:auf|sur|en|su|no|nas|op|в)\s",
    r"(?:abonnieren sie|melden sie sich)\b.*?\bnewsletter",
    r"(?:abonnez-vous|inscrivez-vous)\b.*?\b(?:newsletter|lettre)",
    r"(?:suscríbete|suscribete|regístrate)\b.*?\b(?:boletín|newsletter)",
    r"(?:iscriviti|registrati)\b.*?\bnewsletter",
    r"(?:assine|inscreva-se|cadastre-se)\b.*?\bnewsletter",
    r"(?:schrijf je in|meld je aan|abonneer je)\b.*?\bnieuwsbrief",
    r"(?:подпишитесь|подписывайтесь|подписаться).*?(?:рассылк|канал|новост)",
];

/// Lexicon groups: share labels, network names (with the "copy link" buttons), widget noise,
/// openings of short prompts, the like button and its heading, labels that head rows only.
const LABEL: Groups = 1;
const NETWORK: Groups = 2;
const NOISE: Groups = 4;
const PROMPT_WORD: Groups = 8;
const LIKE_WIDGET: Groups = 16;
const LIKE_HEADING: Groups = 32;
const ROW_LABEL: Groups = 64;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let networks: Vec<&str> = SOCIAL_NETWORKS.iter().chain(COPY_LINK_BUTTONS).copied().collect();
    Lexicon::grouped(&[
        SHARE_LABELS,
        &networks,
        SHARE_WIDGET_NOISE,
        SHORT_PROMPT_WORDS,
        LIKE_WIDGETS,
        LIKE_HEADINGS,
        ROW_LABELS,
    ])
});
static FRAGMENTS: LazyLock<Fragments> = LazyLock::new(|| Fragments::in_usual_cases(PROMPT_FRAGMENTS));
static PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_word_boundaries(&format!("(?i){}", PROMPT_PATTERNS.join("|")))).expect("static regex builds")
});
static SHORT_PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(r"(?i)^[^\p{{L}}\p{{N}}]*(?:{})", SHORT_PROMPT_OPENINGS.join("|"));
    Regex::new(&ascii_word_boundaries(&pattern)).expect("static regex builds")
});
/// A share counter: "0 shares", "1.2K Shares".
static SHARE_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^\p{L}\p{N}]*[\d.,]+\s*[km]?\s*(?:shares?|partages|compartidos|condivisioni|compartilhamentos|репост\w*)[^\p{L}\p{N}]*$")
        .expect("static regex builds")
});

/// What a block is, as far as sharing goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Share {
    /// A share label or prompt: removed on its own.
    Prompt,
    /// One network name and nothing else, or the heading over a like button: removed only
    /// next to other share furniture.
    LoneName,
    /// Unrelated text.
    Other,
}

/// Removes share, follow, subscribe and newsletter prompts and rows of network names.
pub struct SharePrompt;

impl Rule for SharePrompt {
    fn id(&self) -> RuleId {
        RuleId("share_prompt")
    }

    fn describe(&self) -> &'static str {
        "Share, follow, subscribe and newsletter prompts (\"Share on Facebook\", \"Follow us on Twitter\", \"Subscribe to our newsletter\") and rows of social-network names."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        let kinds: Vec<Share> = blocks.iter().map(|b| classify(&b.text)).collect();
        for (index, block) in blocks.iter_mut().enumerate() {
            let remove = match kinds[index] {
                Share::Prompt => true,
                Share::LoneName => {
                    let before = index.checked_sub(1).map(|i| kinds[i]);
                    let after = kinds.get(index + 1).copied();
                    [before, after].into_iter().flatten().any(|k| k != Share::Other)
                }
                Share::Other => false,
            };
            if remove {
                block.remove(self.id());
            }
        }
    }
}

/// Whether a block alone is a share, follow or subscribe prompt.
pub(crate) fn is_share_prompt(text: &str) -> bool {
    classify(text) == Share::Prompt
}

fn classify(text: &str) -> Share {
    if text.len() > MAX_PROMPT_BYTES {
        return Share::Other;
    }
    let first = LEXICON.prefix(text);
    if let Some((end, groups)) = first
        && groups & (LIKE_WIDGET | LIKE_HEADING) != 0
        && !has_alphanumeric(&text[end..])
    {
        return if groups & LIKE_WIDGET != 0 { Share::Prompt } else { Share::LoneName };
    }
    if first.is_some()
        && text.len() <= MAX_LABEL_BYTES
        && let Some(cover) = LEXICON.covers(text, MAX_NAMES_PER_BLOCK, LABEL | NETWORK | NOISE | ROW_LABEL)
    {
        if cover.any & ROW_LABEL != 0 {
            // "Del: Facebook X WhatsApp", but not "Del X" (part ten) nor "Del" alone.
            if cover.phrases >= MIN_ROW_PHRASES && cover.any & NETWORK != 0 {
                return Share::Prompt;
            }
        } else if cover.all & LABEL != 0 {
            return Share::Prompt;
        } else if cover.all & NETWORK != 0 {
            return if cover.phrases >= 2 { Share::Prompt } else { Share::LoneName };
        } else if cover.any & (NETWORK | LABEL) != 0 {
            // Names with widget noise or share labels: "Facebook icon", "Share on Facebook
            // (Opens in new window)". Noise alone ("Link", "Icon") is not enough.
            return Share::Prompt;
        }
    }
    if text.len() <= MAX_LABEL_BYTES && starts_with_digit(text) && SHARE_COUNT.is_match(text) {
        return Share::Prompt;
    }
    let opens_prompt = first.is_some_and(|(_, groups)| groups & (PROMPT_WORD | LABEL) != 0);
    if opens_prompt && word_count(text) <= MAX_SHORT_PROMPT_WORDS && SHORT_PROMPT.is_match(text) {
        return Share::Prompt;
    }
    // A prompt among other words makes a longer block; a short one starts with its prompt.
    if text.len() >= MIN_SENTENCE_PROMPT_BYTES
        && FRAGMENTS.is_match(text)
        && sentence_marks(text) <= MAX_PROMPT_SENTENCES
        && PROMPT.is_match(text)
    {
        return Share::Prompt;
    }
    if labelled_network(text, first) {
        return Share::LoneName;
    }
    Share::Other
}

/// Networks whose name, beside a short label in whatever language, makes a share button
/// ("ဒီစာမျက်နှာ Twitter", "Facebook で共有"): names that mean nothing else. Left out
/// of [`SOCIAL_NETWORKS`]: `X`, `Line`, `Pocket`, `Threads`, `Mail`, `Print`, which end
/// or start many an ordinary line, and `Xing`, which ends many a Chinese name.
const LABELLED_NETWORKS: &[&str] = &[
    "Facebook",
    "Facebook Messenger",
    "Messenger",
    "Twitter",
    "LinkedIn",
    "WhatsApp",
    "Pinterest",
    "Reddit",
    "Telegram",
    "Tumblr",
    "Flipboard",
    "VKontakte",
    "ВКонтакте",
    "Одноклассники",
    "Weibo",
    "WeChat",
    "微信",
    "微博",
    "카카오톡",
];

static NETWORK_AT_END: LazyLock<EndLexicon> = LazyLock::new(|| EndLexicon::new(LABELLED_NETWORKS));
static NETWORK_AT_START: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(LABELLED_NETWORKS));

/// The most words (between spaces) of the label beside a network name...
const MAX_NETWORK_LABEL_WORDS: usize = 3;
/// ...and its most bytes (a word of a script written without spaces can be long).
const MAX_NETWORK_LABEL_BYTES: usize = 48;

/// Whether `text` is a network name with a short label before or after it, the label not a
/// sentence: a share button in a language the rule has no words for. `first` is what the
/// rule's lexicon found at the start of the text.
fn labelled_network(text: &str, first: Option<(usize, Groups)>) -> bool {
    if text.len() > MAX_NETWORK_LABEL_BYTES * 2 || sentence_marks(text) > 0 {
        return false;
    }
    let short_label = |label: &str| {
        let label = label.trim();
        has_alphanumeric(label)
            // A figure beside the name is data (`LinkedIn $2.50 – $7.00` in a table of prices).
            && !label.chars().any(|c| c.is_numeric())
            && label.len() <= MAX_NETWORK_LABEL_BYTES
            && label.split_whitespace().count() <= MAX_NETWORK_LABEL_WORDS
    };
    if let Some(start) = NETWORK_AT_END.suffix(text)
        && short_label(&text[..start])
    {
        return true;
    }
    // The start needs the rule's network group first, which most lines fail cheaply.
    first.is_some_and(|(_, groups)| groups & NETWORK != 0)
        && NETWORK_AT_START.prefix(text).is_some_and(|(end, _)| short_label(&text[end..]))
}

fn starts_with_digit(text: &str) -> bool {
    text.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::block::BlockKind;
    use crate::clean::rules::testing::{assert_lines, html, removed, removed_lines, run};

    #[test]
    fn removes_share_follow_and_subscribe_prompts() {
        assert_lines(
            &SharePrompt,
            &[
                "Share",
                "Share this article",
                "Share this:",
                "Share on Facebook",
                "Click to share on Twitter (Opens in new window)",
                "Tweet",
                "Follow us on Twitter",
                "Follow VentureBeat on LinkedIn",
                "For breaking news and live news updates, like us on Facebook or follow us on Twitter and Instagram. Read more on Latest World News on India.com.",
                "Subscribe to our newsletter",
                "Sign up for our daily newsletter",
                "Get the latest news delivered to your inbox",
                "GET THE BOING BOING NEWSLETTER",
                "Click here to subscribe",
                "Download our app",
                "Facebook Twitter LinkedIn Email",
                "Facebook-f Linkedin-in Twitter",
                "1.2K Shares",
                "Teilen",
                "Folgen Sie uns auf Facebook",
                "Partager sur Facebook",
                "Abonnez-vous à notre newsletter",
                "Compartir en Twitter",
                "Síguenos en Instagram",
                "Condividi su Facebook",
                "Iscriviti alla nostra newsletter",
                "Compartilhar no WhatsApp",
                "Deel dit artikel",
                "Comparte esto:",
                "Compartilhe isso:",
                "Dela detta:",
                "Поделиться",
                "Подпишитесь на нашу рассылку",
                "分享到微信",
                "シェアする",
                "Diesen Artikel teilen",
                "Auf Facebook teilen",
                "Auf LinkedIn teilen",
                "Teilen mit:",
                "Partager l'article",
                "Lien copié !",
                "Comparte esta noticia",
                "Enviar a un amigo",
                "Seguici sui social",
                "Link copiato",
                "Partilhar no Facebook",
                "Compartilhe no WhatsApp",
                "Deel op Facebook",
                "Deel dit:",
                "Поделиться в соцсетях",
                "Читайте нас в Telegram",
                "分享到朋友圈",
                "微信扫一扫",
                "この記事をシェアする",
                "LINEで送る",
            ],
            &[
                "Twitter shares fell 5% on Monday after the announcement.",
                "Facebook",
                "Shared Libraries",
                "Share prices rose sharply.",
                "The company will share its findings with regulators next week.",
                "Subscribers can read the full report on Monday, the paper said, as it announced a new pricing plan for its digital edition.",
                "Market Share",
                "Follow the instructions below to install the package.",
                "Get the weekly newsletter for teachers and share it with your class.",
                "She told reporters to follow her on the campaign trail.",
                "Like many others on Twitter, she posted a photo of the storm.",
                "Deel 2",
                "Teilen Sie die Zwiebeln in Ringe.",
                "Teilen mit anderen fällt Kindern oft schwer.",
                "Partager l'article avec ses collègues est désormais payant.",
                "Enviar a un amigo una carta era costumbre en el pueblo.",
                "Invia a un amico il codice e riceverai uno sconto.",
                "Compartilhe no grupo da família só o que você checou.",
                "Deel op tijd je rooster met je collega's.",
                "Compartir en familia es importante.",
                "Teilen auf Augenhöhe ist das Ziel.",
                "Partilhar no trabalho as tarefas de casa é raro.",
                "Поделиться новостью с друзьями он не успел.",
                "分享文章的作者昨天接受了采访。",
                "この記事をシェアするには会員登録が必要です。",
            ],
        );
    }

    #[test]
    fn knows_share_and_follow_labels_beyond_the_big_languages() {
        assert_lines(
            &SharePrompt,
            &[
                "Udostępnij",
                "Paylaş",
                "Κοινοποίηση",
                "شارك",
                "تابعونا",
                "שתף",
                "शेयर करें",
                "Поділитися",
                "Bagikan",
                "Chia sẻ",
                "Dela",
                "Sdílet",
                "แชร์ข่าวนี้",
                "শেয়ার করুন",
                // The same with য় as one code point (U+09DF), as some pages write it.
                "\u{9b6}\u{9c7}\u{9df}\u{9be}\u{9b0} \u{995}\u{9b0}\u{9c1}\u{9a8}",
                "شیئر کریں",
                "اشتراک‌گذاری",
            ],
            &[
                "Udostępnij dane tylko wtedy, gdy masz pewność, że strona jest bezpieczna i zaufana.",
                "Del 2",
                "แชร์ประสบการณ์การเดินทางครั้งแรกของฉันที่เชียงใหม่ในฤดูหนาว",
                "شیئر بازار میں آج مندی کا رجحان رہا اور سرمایہ کاروں کو نقصان ہوا۔",
            ],
        );
    }

    #[test]
    fn knows_share_rows_and_follow_labels_of_more_languages() {
        assert_lines(
            &SharePrompt,
            &[
                // Share rows that end with the "copy link" button.
                "Jaa: Facebook X WhatsApp Kopioi linkki",
                "Udostępnij: Facebook X WhatsApp Kopiuj link",
                "Paylaş: Facebook X WhatsApp Bağlantıyı kopyala",
                "Megosztás: Facebook X WhatsApp Link másolása",
                "Del: Facebook X WhatsApp Kopiér link",
                "شارك: Facebook X WhatsApp نسخ الرابط",
                "اشتراک‌گذاری: Facebook X WhatsApp کپی لینک",
                "शेयर करें: Facebook X WhatsApp लिंक कॉपी करें",
                "শেয়ার করুন: Facebook X WhatsApp লিংক কপি",
                "แชร์: Facebook X WhatsApp คัดลอกลิงก์",
                // "Share on" buttons, labels and follow prompts.
                "Udostępnij na Facebooku",
                "Udostępnij na X",
                "Del på Facebook",
                "Jaa Facebookissa",
                "Jaa LinkedInissä",
                "Megosztás",
                "साझा करें",
                "تابعنا على Facebook",
                "تابعونا على",
                "আমাদের অনুসরণ করুন",
                "Kövess minket",
                "Kövessen minket:",
            ],
            &[
                "Paylaş butonuna basarak fotoğraflarını arkadaşlarınla paylaşabilirsin.",
                // Danish "del" is also "part": never alone, nor before one name or numeral.
                "Del",
                "Del X",
                "Del to af serien om klimaet udkommer i morgen.",
                "Del på midten og server med det samme.",
                "Udostępnij na Facebooku tylko zdjęcia, które sam zrobiłeś.",
                "Jaa Facebookissa julkaistut kuvat vain ystävillesi.",
                "Megosztás előtt ellenőrizd a forrást, mert sok hamis hír terjed.",
                "Kopioi linkki selaimen osoiteriville ja paina Enter.",
                "คัดลอกลิงก์ด้านล่างแล้ววางลงในเบราว์เซอร์ของคุณ",
                "تابعنا على مدار الساعة لمعرفة آخر الأخبار والتطورات في المنطقة.",
            ],
        );
    }

    #[test]
    fn knows_share_labels_and_copy_link_buttons_of_smaller_languages() {
        assert_lines(
            &SharePrompt,
            &[
                "Podijeli",
                "Zdieľať",
                "Dalintis",
                "Jaga",
                "Сподели",
                "Comparteix",
                "Del på Facebook",
                "شیئر کریں",
                "பகிர்",
                "Kongsi",
                "Pratite nas",
                "Segueix-nos",
                "Последвайте ни",
                // Share rows that end with the "copy link" button.
                "Podijeli: Facebook X WhatsApp Kopiraj poveznicu",
                "Zdieľať: Facebook X WhatsApp Kopírovať odkaz",
                "Dalintis: Facebook X WhatsApp Kopijuoti nuorodą",
                "Jaga: Facebook X WhatsApp Kopeeri link",
                "Сподели: Facebook X WhatsApp Копирай линка",
                "Comparteix: Facebook X WhatsApp Copia l'enllaç",
                "Del: Facebook X WhatsApp Kopier lenke",
                "شیئر کریں: Facebook X WhatsApp لنک کاپی کریں",
                "பகிர்: Facebook X WhatsApp இணைப்பை நகலெடு",
                "Kongsi: Facebook X WhatsApp Salin pautan",
            ],
            &[
                "Podijeli kolač na osam jednakih dijelova i posluži ga toplog.",
                "Zdieľať fotografie s rodinou je dnes jednoduchšie ako kedysi.",
                "Jaga kebersihan rumah anda setiap hari supaya keluarga sihat.",
                "Сподели с приятели какво научи днес в училище.",
                "Comparteix el pastís amb els teus germans, va dir la mare.",
                "பகிர்ந்து கொள்ளும் மனப்பான்மை குழந்தைகளிடம் வளர வேண்டும்.",
                "Kongsi gelap itu ditumpaskan oleh polis semalam.",
                "Pratite nas i dalje, jer utakmica se nastavlja sutra u podne.",
                // A how-to's step alone stays.
                "Kopiraj poveznicu",
                "Salin pautan",
            ],
        );
        let text = "Kopier lenke\n\nLim den inn i nettleseren og trykk Enter.\n";
        assert!(removed_lines(&SharePrompt, text).is_empty());
    }

    #[test]
    fn knows_share_follow_and_subscribe_labels_of_balkan_baltic_and_other_languages() {
        assert_lines(
            &SharePrompt,
            &[
                // Share labels alone
                "Partekatu:",
                "გაზიარება:",
                "Dalīties:",
                "Distribuie:",
                "Shpërndaje:",
                "Подели:",
                "Distribuie pe Facebook",
                "Deila á Facebook",
                // Share rows that end with the "copy link" button.
                "Deli: Facebook X WhatsApp Kopiraj povezavo",
                "Dalīties: Facebook X WhatsApp Kopēt saiti",
                "Distribuie: Facebook X WhatsApp Copiază linkul",
                "Подели: Facebook X WhatsApp Копирај линк",
                "Shpërndaje: Facebook X WhatsApp Kopjo lidhjen",
                "Deila: Facebook X WhatsApp Afrita hlekk",
                "Compartir: Facebook X WhatsApp Copiar ligazón",
                "Partekatu: Facebook X WhatsApp Kopiatu esteka",
                "გაზიარება: Facebook X WhatsApp ბმულის კოპირება",
                // Follow us
                "Jarraitu gaitzazu",
                "Séguenos",
                "Fylgdu okkur",
                "გამოგვყევით",
                "Seko mums",
                "Следете нè",
                "Urmărește-ne",
                "Sledite nam",
                "Na ndiqni",
                "Пратите нас",
                // Newsletter boxes and subscribe buttons
                "Fréttabréf",
                "Jaunumu vēstule",
                "E-novice",
                "სიახლეების გამოწერა",
                "Harpidetu",
                "Subscríbete",
                "Gerast áskrifandi",
                "გამოწერა",
                "Abonēt",
                "Претплати се",
                "Abonează-te",
                "Naroči se",
                "Abonohu",
            ],
            &[
                // "Deli" is also "parts" (and an English shop counter): never alone, nor
                // before one name.
                "Deli",
                "Deli:",
                "Deli X",
                "Rezervni deli",
                // Nor is Icelandic "Deila" (also a dispute, a subheading).
                "Deila",
                "Deila:",
                // Sentences that open with the labels.
                "Deila um kvótann harðnar enn á Alþingi.",
                "Distribuie materialele colegilor înainte de ședință.",
                "Podeli kolač na osam jednakih delova i posluži ga toplog.",
                "Seko mums līdzi uz kalniem, sacīja gids.",
                "Abonēt laikrakstu var jebkurā pasta nodaļā.",
                "Harpidetu zaitez gure aldizkarira eta jaso ale bakoitza etxean.",
                // A bulletin is not only a newsletter (an official or a medical one).
                "Билтен",
                "Buletina",
                // A how-to's step alone stays.
                "Kopiraj povezavo",
                "Копирај линк",
            ],
        );
        // Split over lines, the names go with each other; "Deli:" alone stays.
        let text = "Deli:\nFacebook\nKopiraj povezavo\n\nBesedilo se nadaljuje s celim stavkom.\n";
        assert_eq!(removed_lines(&SharePrompt, text), ["Facebook", "Kopiraj povezavo"]);
    }

    #[test]
    fn knows_share_rows_newsletters_and_follow_labels_of_asian_and_more_european_languages() {
        assert_lines(
            &SharePrompt,
            &[
                // Share rows that end with the "copy link" button.
                "Chia sẻ: Facebook X WhatsApp Sao chép liên kết",
                "Bagikan: Facebook X WhatsApp Salin tautan",
                "Sdílet: Facebook X WhatsApp Kopírovat odkaz",
                "Dela: Facebook X WhatsApp Kopiera länk",
                "Teilen: Facebook X WhatsApp Link kopieren",
                "Partager : Facebook X WhatsApp Copier le lien",
                "Поделиться: Facebook X WhatsApp Скопировать ссылку",
                "Поділитися: Facebook X WhatsApp Копіювати посилання",
                "Κοινοποίηση: Facebook X WhatsApp Αντιγραφή συνδέσμου",
                "שתפו: Facebook X WhatsApp העתקת קישור",
                "この記事をシェアする Facebook X WhatsApp リンクをコピー",
                "공유하기 Facebook X WhatsApp 링크 복사",
                "分享到： Facebook X WhatsApp 复制链接",
                "分享： Facebook X WhatsApp 複製連結",
                // Follow us
                "Стежте за нами",
                "팔로우하기",
                // Newsletter boxes and subscribe buttons
                "Nyhetsbrev",
                "Розсилка",
                "Đăng ký nhận bản tin",
                "ניוזלטר",
                "メールマガジン",
                "뉴스레터",
                "订阅简报",
                "電子報",
                "Odebírat",
                "Prenumerera",
            ],
            &[
                // Sentences that open with the labels.
                "Nyhetsbrev skickas ut varje fredag till alla medlemmar i föreningen.",
                "Розсилка листів затрималася через збій на пошті.",
                "Odebírat noviny se vyplatí jen těm, kdo je opravdu čtou.",
                "Prenumerera på tidningen kan man göra direkt i appen.",
                "メールマガジンの配信は毎週金曜日です。",
                "電子報的訂閱人數今年增加了一倍。",
                "뉴스레터 발행이 다음 주부터 중단됩니다.",
                // A news bulletin, and the general "register" of an account.
                "Bản tin",
                "Đăng ký",
                "Εγγραφή",
                "הרשמה",
                "登録する",
                // A how-to's step alone stays.
                "Kopírovat odkaz",
                "複製連結",
            ],
        );
    }

    #[test]
    fn knows_recipe_and_event_share_labels_follow_prompts_and_newsletter_titles_of_western_european_languages() {
        assert_lines(
            &SharePrompt,
            &[
                "Rezept teilen: Facebook X WhatsApp Link kopieren",
                "Partager cette recette Facebook X WhatsApp Copier le lien",
                "Partager l'événement : Facebook X WhatsApp Copier le lien",
                "Condividi l'evento Facebook X WhatsApp Copia link",
                "Deel dit evenement Facebook X WhatsApp Link kopiëren",
                "Udostępnij ten wpis Facebook X WhatsApp Kopiuj link",
                "Udostępnij wydarzenie Facebook X WhatsApp Kopiuj link",
                "Поделиться рецептом Facebook X WhatsApp Скопировать ссылку",
                "Folgen Sie uns auf",
                "Folge mir",
                "Retrouvez-moi sur",
                "Seguimi su",
                "Volg mij op",
                "Ne manquez aucun article",
                "Boletín diario",
                "Resta aggiornato",
                "Рассылка",
                "Subscrever",
                "Jetzt anmelden",
                "Apúntate",
                "Suscribirme",
                "Iscriviti ora",
            ],
            &[
                // The same words opening sentences.
                "Folge mir auf dem Weg durch die Altstadt bis zum Dom.",
                "Retrouvez-moi sur le marché de Vannes chaque samedi matin.",
                "Seguimi su questo sentiero fino al rifugio.",
                "Partager cette recette avec ses enfants est un vrai plaisir.",
                "Рассылка писем началась в понедельник.",
                "Resta aggiornato il calendario delle partite fino a giugno.",
            ],
        );
    }

    #[test]
    fn a_copy_link_button_goes_only_next_to_share_furniture() {
        let text = "Jaa:\nFacebook\nKopioi linkki\n\nTeksti jatkuu tässä kokonaisella lauseella.\n";
        assert_eq!(removed_lines(&SharePrompt, text), ["Jaa:", "Facebook", "Kopioi linkki"]);
        // Near miss: the step of a how-to.
        let text = "Avaa video selaimessa.\n\nKopioi linkki\n\nLiitä se viestiin ja lähetä.\n";
        assert!(removed_lines(&SharePrompt, text).is_empty());
    }

    #[test]
    fn the_like_button_goes_with_its_heading() {
        let text = "Share this:\nFacebook\n\nLike this:\n\nLike Loading...\n\nThe next post is here.\n";
        assert_eq!(removed_lines(&SharePrompt, text), ["Share this:", "Facebook", "Like this:", "Like Loading..."]);
        let text = "Gefällt mir:\n\nGefällt mir Wird geladen …\n";
        assert_eq!(removed_lines(&SharePrompt, text), ["Gefällt mir:", "Gefällt mir Wird geladen …"]);

        // Near miss: a tutorial's "Like this:" before its example stays.
        let text = "Fold the sheet in half twice.\n\nLike this:\n\nThe folds should be sharp.\n";
        assert!(removed_lines(&SharePrompt, text).is_empty());
    }

    #[test]
    fn lone_network_names_go_only_next_to_share_furniture() {
        let text = "Share this:\nFacebook\nTwitter\n\nThe article goes on here with a full sentence.\n";
        assert_eq!(removed_lines(&SharePrompt, text), ["Share this:", "Facebook", "Twitter"]);

        let providers = "Discord\nFacebook\nFigma\nGitHub\nLinkedIn\nNotion\n";
        assert!(removed_lines(&SharePrompt, providers).is_empty());
    }

    #[test]
    fn network_names_with_a_label_in_any_language_go_together() {
        // A Burmese share panel ("this page" before each name), and a Japanese one.
        let text = "ဒီစာမျက်နှာ Facebook\nဒီစာမျက်နှာ Messenger\nTwitter\nဒီစာမျက်နှာ Twitter\n\nThe article goes on here with a full sentence.\n";
        assert_eq!(
            removed_lines(&SharePrompt, text),
            ["ဒီစာမျက်နှာ Facebook", "ဒီစာမျက်နှာ Messenger", "Twitter", "ဒီစာမျက်နှာ Twitter"]
        );
        let text = "Facebook で共有\nTwitter で共有\n";
        assert_eq!(removed_lines(&SharePrompt, text), ["Facebook で共有", "Twitter で共有"]);

        // Near misses: one such line alone, a sentence about a network, a name that is also
        // a common word, and sign-in choices among other providers.
        for text in [
            "The history of Facebook\n\nIt began in a dormitory, as many know by now.\n",
            "Regulators fined Facebook.\nTwitter\n",
            "The finish line\nThe bottom line\n",
            "Sign in with Google\nSign in with Facebook\nSign in with Apple\n",
            "Cost per click\nLinkedIn $2.50 – $7.00\nFacebook $0.50 – $3.00\n",
        ] {
            assert!(removed_lines(&SharePrompt, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn works_on_html_blocks() {
        let mut blocks = vec![
            html("Share on WhatsApp", BlockKind::ListItem, 17),
            html("He shared the video on WhatsApp with his family.", BlockKind::Paragraph, 0),
        ];
        run(&SharePrompt, &mut blocks, None);
        assert_eq!(removed(&blocks), ["Share on WhatsApp"]);
    }

    #[test]
    fn knows_share_labels_of_caucasian_central_asian_indian_african_and_philippine_languages() {
        assert_lines(
            &SharePrompt,
            &[
                "Xəbəri paylaş Facebook X WhatsApp Linki kopyala",
                "Tarifi Paylaş Facebook X WhatsApp Bağlantıyı kopyala",
                "Әлеуметтік желілерде бөлісу Facebook X WhatsApp Сілтемені көшіру",
                "Կիսվել սոցցանցերում Facebook X WhatsApp Պատճենել հղումը",
                "ही बातमी शेअर करा Facebook X WhatsApp लिंक कॉपी करा",
                "Shiriki habari hii Facebook X WhatsApp Nakili kiungo",
                "Ibahagi ang post na ito Facebook X WhatsApp Kopyahin ang link",
                "Deel hierdie artikel Facebook X WhatsApp Kopieer skakel",
                "خبر شیئر کریں Facebook X WhatsApp لنک کاپی کریں",
                "Bizi sosial şəbəkələrdə izləyin",
                "Հետևեք մեզ",
                "आम्हाला फॉलो करा",
                "Tufuate",
                "Sundan kami",
                "ہمیں فالو کریں",
            ],
            &[
                "Shiriki katika mazungumzo ya kijiji kuhusu maji, mkuu wa wilaya aliwaambia wakazi jana.",
                "Ibahagi mo ang iyong karanasan sa klase bukas, sabi ng guro sa mga estudyante.",
                "Կիսվել փորձով կարևոր է, ասաց ուսուցիչը աշակերտներին դասից հետո։",
                "Sundan kami sa paglalakad papunta sa bundok, sabi ng gabay sa mga turista kahapon ng umaga.",
                // The verbs alone head a call to take part or to send one's story.
                "Shiriki",
                "Ibahagi",
                "Бөлісу",
                "Կիսվել",
            ],
        );
        // Before a row of networks they are its label.
        assert_lines(
            &SharePrompt,
            &["Shiriki: Facebook X WhatsApp", "Ibahagi: Facebook Twitter", "Бөлісу: Facebook WhatsApp Telegram"],
            &[],
        );
    }
}
