//! Removes the furniture of images, galleries and videos: enlarge and gallery controls
//! ("[Click to enlarge]", "Enlarge this image", "Image 1 of 12", "Photo gallery"), player
//! controls and notices ("Play video", "Your browser does not support the video tag"),
//! "Watch: …" teasers, photo credits standing alone ("Photo: Getty Images", "(Photo by
//! X/AFP via Getty Images)", "Image credit: NASA"), and the bare address of an image or
//! video file printed as text.
//!
//! A credit is removed only when it is short and is nothing but a credit: a caption that
//! tells what the picture shows is left to the scorer.

use std::sync::LazyLock;

use memchr::memmem::FinderRev;
use regex::Regex;
use url::Url;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::{capitalised_ratio, sentence_marks, word_count};
use crate::clean::vocab::{Fragments, Groups, Lexicon};
use crate::model::RuleId;

/// Longest block (bytes) that can be a media control or notice.
const MAX_CONTROL_BYTES: usize = 100;
/// Controls one block may chain ("Play video Mute Fullscreen").
const MAX_CONTROLS_PER_BLOCK: usize = 4;
/// Longest block (bytes) that can be a photo credit.
const MAX_CREDIT_BYTES: usize = 160;
/// Most words of the name(s) after "Photo:" in a credit.
const MAX_CREDIT_NAME_WORDS: usize = 10;
/// Names this short need no capitals ("Фото: личный архив").
const MAX_UNCASED_NAME_WORDS: usize = 3;
/// Share of capitalised words in longer names of a credit without an agency.
const MIN_NAME_CAPITALS: f32 = 0.6;
/// Most words after an agency's name that opens a credit ("Reuters/John Smith").
const MAX_NAME_WORDS_AFTER_AGENCY: usize = 3;
/// Longest block (bytes) that can be a credit ending with an agency ("X/AFP via Getty Images").
const MAX_TRAILING_CREDIT_BYTES: usize = 100;
/// Longest block (bytes) that can be a "Watch: …" teaser.
const MAX_TEASER_BYTES: usize = 160;

/// Controls and notices of images, galleries and players, each a whole block. Risky:
/// "Video" and "Photos" are single words, but alone on a line they are a tab or a player
/// label; "Watch" alone is left out in every language (product pages name watches), and so
/// are single words for a photo ("Zdjęcie", "Kép", "Ảnh", "Fotos"), which head sections, and
/// Chinese "影片" alone (a film).
const MEDIA_CONTROLS: &[&str] = &[
    // English
    "click to enlarge",
    "click image to enlarge",
    "click on image to enlarge",
    "click to expand",
    "tap to expand",
    "click to zoom",
    "enlarge",
    "enlarge this image",
    "enlarge image",
    "expand image",
    "view larger image",
    "view larger",
    "view full size",
    "view full image",
    "view image",
    "open image",
    "toggle caption",
    "hide caption",
    "show caption",
    "caption",
    "photo gallery",
    "image gallery",
    "gallery",
    "view gallery",
    "open gallery",
    "launch gallery",
    "view slideshow",
    "start slideshow",
    "slideshow",
    "back to gallery",
    "photo",
    "photos",
    "video",
    "play video",
    "watch video",
    "watch the video",
    "watch now",
    "play",
    "pause",
    "replay",
    "mute",
    "unmute",
    "fullscreen",
    "full screen",
    "exit fullscreen",
    "now playing",
    "video player",
    "loading video",
    "video unavailable",
    "this video is unavailable",
    "this video is not available",
    "your browser does not support the video tag",
    "your browser does not support html5 video",
    "your browser does not support video",
    "your browser does not support the audio element",
    "your browser does not support the video element",
    "listen to this article",
    "listen to article",
    // German
    "bild vergrößern",
    "zum vergrößern klicken",
    "bildergalerie",
    "fotostrecke",
    "video abspielen",
    "video ansehen",
    "galerie",
    "vollbild",
    "vergrößern",
    "zur fotostrecke",
    "zur bildergalerie",
    "video starten",
    "vollbildmodus",
    "artikel anhören",
    "artikel vorlesen lassen",
    // French
    "agrandir",
    "agrandir l'image",
    "cliquez pour agrandir",
    "cliquez sur l'image pour l'agrandir",
    "galerie photo",
    "galerie photos",
    "diaporama",
    "vidéo",
    "voir la vidéo",
    "lire la vidéo",
    "voir la galerie",
    "plein écran",
    "cliquer pour agrandir",
    "voir le diaporama",
    "lancer le diaporama",
    "voir les photos",
    "lancer la vidéo",
    "voir en plein écran",
    "quitter le plein écran",
    "écouter cet article",
    "écouter l'article",
    // Spanish
    "ampliar",
    "ampliar imagen",
    "haz clic para ampliar",
    "pulse para ampliar",
    "clic para ampliar",
    "galería de fotos",
    "galería",
    "fotogalería",
    "ver galería",
    "ver vídeo",
    "reproducir vídeo",
    "pantalla completa",
    "ver video",
    "reproducir video",
    "haz clic en la imagen para ampliar",
    "pincha para ampliar",
    "ver fotos",
    "salir de pantalla completa",
    "escuchar artículo",
    "escuchar este artículo",
    // Italian
    "ingrandisci",
    "clicca per ingrandire",
    "clicca sull'immagine per ingrandire",
    "fotogallery",
    "galleria fotografica",
    "galleria",
    "guarda il video",
    "schermo intero",
    "ingrandisci immagine",
    "guarda la gallery",
    "sfoglia la gallery",
    "vai alla gallery",
    "guarda le foto",
    "riproduci video",
    "ascolta l'articolo",
    "ascolta questo articolo",
    // Portuguese
    "ampliar imagem",
    "clique para ampliar",
    "galeria de fotos",
    "galeria",
    "assista ao vídeo",
    "veja o vídeo",
    "ver galeria",
    "tela cheia",
    "clique na imagem para ampliar",
    "assistir ao vídeo",
    "reproduzir vídeo",
    "veja as fotos",
    "veja a galeria",
    "ecrã inteiro",
    // Dutch
    "vergroten",
    "klik om te vergroten",
    "klik op de afbeelding om te vergroten",
    "fotogalerij",
    "galerij",
    "bekijk de video",
    "bekijk video",
    "volledig scherm",
    "afbeelding vergroten",
    "foto vergroten",
    "bekijk de foto's",
    "bekijk foto's",
    "fotoserie",
    "video afspelen",
    "beluister dit artikel",
    // ReadSpeaker's button
    "lees voor",
    // Russian
    "увеличить",
    "нажмите, чтобы увеличить",
    "нажмите для увеличения",
    "фотогалерея",
    "галерея",
    "видео",
    "фото",
    "смотреть видео",
    "полноэкранный режим",
    "увеличить изображение",
    "увеличить фото",
    "кликните для увеличения",
    "воспроизвести видео",
    "смотреть фото",
    "все фото",
    "слушать статью",
    "прослушать статью",
    // Chinese
    "点击放大",
    "點擊放大",
    "查看大图",
    "点击查看大图",
    "图集",
    "视频",
    "播放视频",
    "全屏",
    "查看原图",
    "点击查看原图",
    "查看大圖",
    "點擊查看大圖",
    "播放影片",
    "退出全屏",
    "上一张",
    "下一张",
    "上一張",
    "下一張",
    // Japanese
    "クリックで拡大",
    "画像をクリックで拡大",
    "拡大する",
    "拡大",
    "ギャラリー",
    "フォトギャラリー",
    "動画",
    "動画を再生",
    "写真",
    "全画面表示",
    "クリックして拡大",
    "画像をクリックして拡大",
    "タップで拡大",
    "画像を拡大",
    "画像を拡大する",
    "動画を見る",
    "写真一覧",
    "前の写真",
    "次の写真",
    // Korean
    "사진",
    "영상",
    "동영상",
    "크게 보기",
    "포토 갤러리",
    "갤러리",
    "전체화면",
    // Polish
    "kliknij, aby powiększyć",
    "kliknij aby powiększyć",
    "kliknij, by powiększyć",
    "powiększ",
    "powiększ zdjęcie",
    "galeria zdjęć",
    "fotogaleria",
    "zobacz galerię",
    "zdjęcia",
    "wideo",
    "odtwórz wideo",
    "pełny ekran",
    // Czech and Slovak
    "klikněte pro zvětšení",
    "zvětšit",
    "zvětšit obrázek",
    "fotogalerie",
    "přehrát video",
    "celá obrazovka",
    "kliknite pre zväčšenie",
    "zväčšiť",
    "fotogaléria",
    "galéria",
    "prehrať video",
    // Turkish
    "büyütmek için tıklayın",
    "büyüt",
    "fotoğraf galerisi",
    "foto galeri",
    "video galeri",
    "galeri",
    "fotoğraflar",
    "videoyu oynat",
    "videoyu izle",
    "Videoyu İzle",
    "tam ekran",
    // Greek
    "κάντε κλικ για μεγέθυνση",
    "μεγέθυνση",
    "συλλογή φωτογραφιών",
    "φωτογραφίες",
    "βίντεο",
    "αναπαραγωγή βίντεο",
    "πλήρης οθόνη",
    // Arabic
    "اضغط للتكبير",
    "انقر للتكبير",
    "تكبير الصورة",
    "تكبير",
    "معرض الصور",
    "ألبوم الصور",
    "صور",
    "فيديو",
    "شاهد الفيديو",
    "تشغيل الفيديو",
    "ملء الشاشة",
    // Hebrew
    "לחצו להגדלה",
    "לחץ להגדלה",
    "הגדלה",
    "הגדל תמונה",
    "גלריית תמונות",
    "גלריה",
    "תמונות",
    "וידאו",
    "צפו בווידאו",
    "הפעל וידאו",
    "מסך מלא",
    // Hindi
    "फोटो गैलरी",
    "गैलरी",
    "तस्वीरें",
    "वीडियो",
    "वीडियो देखें",
    // Ukrainian
    "збільшити",
    "натисніть, щоб збільшити",
    "відео",
    "переглянути відео",
    "дивитися відео",
    "на весь екран",
    // Bulgarian
    "увеличи",
    "кликнете за увеличение",
    "фотогалерия",
    "галерия",
    "снимки",
    "пусни видео",
    "цял екран",
    // Serbian, Croatian and Bosnian
    "kliknite za povećanje",
    "klikni za povećanje",
    "kliknite za uvećanje",
    "povećaj",
    "uvećaj",
    "fotogalerija",
    "galerija fotografija",
    "galerija",
    "pogledaj video",
    "pokreni video",
    "cijeli zaslon",
    // Romanian
    "click pentru mărire",
    "mărește",
    "galerie foto",
    // "fotogalerie" is listed under Czech and Slovak.
    "vezi galeria",
    "vezi video",
    "redă video",
    "ecran complet",
    // Hungarian
    "kattintson a nagyításhoz",
    "kattints a nagyításhoz",
    "nagyítás",
    "fotógaléria",
    "képgaléria",
    // "galéria" is listed under Czech and Slovak.
    "videó",
    "videó lejátszása",
    "teljes képernyő",
    // Finnish
    "klikkaa suuremmaksi",
    "suurenna",
    "suurenna kuva",
    "kuvagalleria",
    "toista video",
    "katso video",
    "koko näyttö",
    // Swedish, Danish and Norwegian
    "klicka för att förstora",
    "förstora",
    "förstora bilden",
    "bildgalleri",
    "galleri",
    "spela video",
    "se video",
    "helskärm",
    "klik for at forstørre",
    "forstør",
    "forstør billede",
    "billedgalleri",
    "afspil video",
    "fuld skærm",
    "klikk for å forstørre",
    "forstørr",
    "forstørr bildet",
    "bildegalleri",
    "spill av video",
    "fullskjerm",
    // Indonesian and Malay
    "klik untuk memperbesar",
    "klik gambar untuk memperbesar",
    "perbesar",
    "perbesar gambar",
    "galeri foto",
    "putar video",
    "tonton video",
    "layar penuh",
    // Vietnamese
    "bấm để phóng to",
    "nhấn để phóng to",
    "click để phóng to",
    "phóng to",
    "thư viện ảnh",
    "ảnh minh họa",
    "ảnh minh hoạ",
    "xem video",
    "phát video",
    "toàn màn hình",
    // Catalan
    "fes clic per ampliar",
    "amplia",
    "amplia la imatge",
    "galeria d'imatges",
    "vídeo",
    "reprodueix el vídeo",
    // Persian, with and without the zero-width non-joiner
    "برای بزرگنمایی کلیک کنید",
    "بزرگنمایی",
    "بزرگ\u{200c}نمایی",
    "گالری تصاویر",
    "گالری عکس",
    "گالری",
    "ویدیو",
    "ویدئو",
    "پخش ویدیو",
    "تمام صفحه",
];

/// First words of photo credits; a block that starts with one is tried against
/// [`CREDIT_OPENING`].
const CREDIT_WORDS: &[&str] = &[
    "image",
    "images",
    "photo",
    "photos",
    "picture",
    "pictures",
    "photograph",
    "photographs",
    "illustration",
    "illustrations",
    "video",
    "footage",
    "header image",
    "top image",
    "lead image",
    "cover image",
    "featured image",
    "ap photo",
    "credit",
    "credits",
    "source",
    "quelle",
    "fuente",
    "fonte",
    "bron",
    "источник",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "bildquelle",
    "titelbild",
    "crédit",
    "crédits",
    "crédit photo",
    "crédits photo",
    "photo credit",
    "crédito",
    "créditos",
    "imagen",
    "imágenes",
    "fotografía",
    "fotografia",
    "immagine",
    "imagem",
    "imagens",
    "foto's",
    "afbeelding",
    "beeld",
    "фото",
    "фотография",
    "иллюстрация",
    "图片来源",
    "圖片來源",
    "图片",
    "圖片",
    "图源",
    "图",
    "圖",
    "摄影",
    "攝影",
    "写真",
    "写真提供",
    "画像",
    "画像提供",
    "撮影",
    "사진",
    "사진 제공",
    "사진제공",
    "fot",
    "zdjęcie",
    "zdjęcia",
    "autor zdjęcia",
    "źródło",
    "ilustracja",
    "fotografie",
    "autor fotografie",
    "zdroj",
    "ilustrace",
    "ilustrácia",
    "fotoğraf",
    "fotoğraflar",
    "görsel",
    "kaynak",
    "φωτογραφία",
    "φωτογραφίες",
    "φωτ",
    "πηγή",
    "صورة",
    "الصورة",
    "تصوير",
    "المصدر",
    "צילום",
    "צילום מסך",
    "צילומים",
    "קרדיט",
    "फोटो",
    // फ़ोटो with its nukta, decomposed (as NFC writes it) and precomposed
    "फ\u{093c}ोटो",
    "\u{095e}ोटो",
    "तस्वीर",
    "चित्र",
    "साभार",
    "ілюстрація",
    "джерело",
    "снимка",
    "снимки",
    "източник",
    "fotografija",
    "snimio",
    "snimila",
    "izvor",
    "sursa foto",
    "sursă foto",
    "credit foto",
    "sursa",
    "sursă",
    "fotó",
    "fotók",
    "kép",
    "borítókép",
    "nyitókép",
    "illusztráció",
    "forrás",
    "kuva",
    "kuvat",
    "kuvaaja",
    "lähde",
    "fotograf",
    "källa",
    "billede",
    "bilde",
    "kilde",
    "gambar",
    "sumber foto",
    "sumber gambar",
    "kredit foto",
    "ilustrasi",
    "sumber",
    "ảnh",
    "ảnh minh họa",
    "ảnh minh hoạ",
    "nguồn ảnh",
    "nguồn",
    "hình",
    "hình ảnh",
    "imatge",
    "font",
    "عکس",
    "عکاس",
    "تصویر",
    "منبع",
];

/// How photo credits open: a credit word and its separator, then names. Not "Graphics:",
/// which opens a line of specifications more often than a credit; "Source:" only with an
/// agency after it. Korean credits use "=" ("[사진=연합뉴스]").
const CREDIT_OPENING: &str = r"(?ix)^[^\p{L}\p{N}]*(?:
    (?:image|photo|picture|photograph|illustration|video|footage|header\ image|top\ image|lead\ image|cover\ image|featured\ image)s?\s*(?:credits?|source|courtesy|copyright|©)\s*[:：]?
  | (?:photos?|images?|pictures?|photographs?|illustrations?)\s*(?:by|from|via|[:：]|©)
  | ap\ photos?\s*[/:]
  | cr[eé]dits?\s*[:：]
  | (?:source|quelle|fuente|fonte|bron|источник|źródło|zdroj|kaynak|πηγή|المصدر|джерело|източник|izvor|sursa|sursă
      |forrás|lähde|källa|kilde|sumber|nguồn|font|منبع)
    \s*[:：]\s*(?:getty|afp|reuters|shutterstock|istock|dpa|anp|ansa|efe|unsplash|pexels|pixabay|adobe\ stock|alamy|wikimedia|wikipedia)
  | fot\.                                            # Polish: Fot. Jan Kowalski
  | عکس\ از\s                                        # Persian: عکس از ...
  | (?:
        foto|fotos|bild|bilder|bildquelle|titelbild|crédit\ photo|crédits?\ photos?|photo\ credit|crédito|créditos
      | imagen|imágenes|fotografía|foto\ di|fotografia|immagine|imagem|imagens|foto's|afbeelding|beeld
      | фото|фотография|иллюстрация|图片来源|圖片來源|图片|圖片|图源|图|圖|摄影|攝影
      | 写真|写真提供|画像|画像提供|撮影|사진|사진\ ?제공
      | fot|zdjęcie|zdjęcia|autor\ zdjęcia|ilustracja                       # Polish
      | fotografie|autor\ fotografie|ilustrace|ilustrácia                   # Czech, Slovak, Romanian
      | fotoğraf|fotoğraflar|görsel                                       # Turkish
      | φωτογραφία|φωτογραφίες|φωτ\.?                                     # Greek
      | صورة|الصورة|تصوير|צילום|צילום\ מסך|צילומים|קרדיט                  # Arabic, Hebrew
      | [\x{092B}\x{095E}]\x{093C}?ोटो|तस्वीर|चित्र|साभार                    # Hindi
      | ілюстрація|снимка|снимки|fotografija|snimio|snimila               # Ukrainian, Bulgarian, Serbo-Croatian
      | sursa\ foto|sursă\ foto|credit\ foto                              # Romanian
      | fotó|fotók|kép|borítókép|nyitókép|illusztráció                    # Hungarian
      | kuva|kuvat|kuvaaja|fotograf|billede|bilde                         # Finnish, Scandinavian
      | gambar|sumber\ foto|sumber\ gambar|kredit\ foto|ilustrasi         # Indonesian, Malay
      | ảnh|ảnh\ minh\ h(?:ọa|oạ)|nguồn\ ảnh|hình|hình\ ảnh|imatge         # Vietnamese, Catalan
      | عکس|عکاس|تصویر                                                   # Persian
    )\s*(?:[:：=]|by|von|de|di|door|\(|／|/)
)";

/// Photo agencies and stock libraries: a credit line naming one is a credit whatever its
/// wording ("(Photo by Ozan Kose/AFP via Getty Images)", "Image copyright Getty Images").
/// Risky: "EPA" and "AP" are left out (an environment agency, a common abbreviation), and so
/// are agencies named with a common word or abbreviation ("PAP", "MTI", "AA", "Antara",
/// "Sputnik", Persian "Mehr" and "Fars").
const PHOTO_AGENCIES: &[&str] = &[
    "getty images",
    "getty",
    "afp",
    "associated press",
    "reuters",
    "shutterstock",
    "istock",
    "istockphoto",
    "epa-efe",
    "dpa",
    "anp",
    "ansa",
    "efe",
    "unsplash",
    "pexels",
    "pixabay",
    "adobe stock",
    "alamy",
    "wikimedia commons",
    "imago",
    "picture alliance",
    "picture-alliance",
    "keystone",
    "xinhua",
    "sipa",
    "abaca",
    "zuma",
    "ria novosti",
    "тасс",
    "čtk",
    "tasr",
    "agerpres",
    "inquam photos",
    "lehtikuva",
    "scanpix",
    "anadolu ajansı",
    "eurokinissi",
    "pixsell",
    "ttxvn",
    "укрінформ",
    "flash90",
    "פלאש 90",
    "رويترز",
];

/// First words of "Image 1 of 12" gallery counters.
const COUNTER_WORDS: &[&str] = &[
    "image",
    "photo",
    "picture",
    "slide",
    "bild",
    "foto",
    "imagen",
    "immagine",
    "imagem",
    "фото",
    "写真",
    "afbeelding",
    "diapositive",
    "diapositiva",
    "слайд",
    "画像",
    "图片",
    "zdjęcie",
    "obrázek",
    "fotografie",
    "fotografia",
    "fotoğraf",
    "φωτογραφία",
    "صورة",
    "תמונה",
    "снимка",
    "slika",
    "fotografija",
    "imaginea",
    "fotó",
    "kép",
    "kuva",
    "billede",
    "bilde",
    "gambar",
    "ảnh",
    "imatge",
    "عکس",
    "تصویر",
];
/// "Image 1 of 12", "Photo 3/12", "Zdjęcie 1 z 12", "صورة 1 من 12".
const GALLERY_COUNTER: &str = concat!(
    r"(?i)^[^\p{L}\p{N}]*\w+\s*\d+\s*",
    r"(?:of|/|von|de|di|sur|из|van|z|з|от|od|din|af|av|dari|από|من|מתוך|از)",
    r"\s*\d+[^\p{L}\p{N}]*$",
);

/// First words of "Watch: …", "Video: …" teasers. Turkish capitals are listed as written:
/// "İ" does not come from upper-casing "i".
const TEASER_WORDS: &[&str] = &[
    "watch",
    "video",
    "watch live",
    "ver video",
    "vídeo",
    "vidéo",
    "regarder",
    "regardez",
    "guarda",
    "assista",
    "veja o vídeo",
    "bekijk",
    "kijk",
    "смотрите",
    "смотреть",
    "видео",
    "wideo",
    "obejrzyj",
    "izle",
    "İzle",
    "VİDEO",
    "βίντεο",
    "ΒΙΝΤΕΟ",
    "فيديو",
    "شاهد",
    "וידאו",
    "צפו",
    "वीडियो",
    "відео",
    "дивіться",
    "гледайте",
    "pogledajte video",
    "videó",
    "katso",
    "katso video",
    "se videon",
    "se videoen",
    "simak video",
    "saksikan video",
    "tonton video",
    "xem video",
    "视频",
    "視頻",
    "動画",
    "ویدیو",
    "ویدئو",
];
/// Separators after a teaser word.
const TEASER_SEPARATORS: &[char] = &[':', '：', '|'];

/// Lexicon groups.
const CONTROL: Groups = 1;
const CREDIT_WORD: Groups = 2;
const AGENCY: Groups = 4;
const COUNTER_WORD: Groups = 8;
const TEASER_WORD: Groups = 16;

static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::grouped(&[MEDIA_CONTROLS, CREDIT_WORDS, PHOTO_AGENCIES, COUNTER_WORDS, TEASER_WORDS]));
static AGENCIES: LazyLock<Fragments> = LazyLock::new(|| Fragments::in_usual_cases(PHOTO_AGENCIES));
static AGENCY_NAMES: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(PHOTO_AGENCIES));
static VIA: LazyLock<FinderRev<'static>> = LazyLock::new(|| FinderRev::new(" via "));
static CREDIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(CREDIT_OPENING).expect("static regex builds"));
static COUNTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(GALLERY_COUNTER).expect("static regex builds"));

/// The rule's id.
pub const MEDIA_FURNITURE: RuleId = RuleId("media_furniture");

/// Removes image, gallery and video controls and standalone photo credits.
pub struct MediaFurniture;

impl Rule for MediaFurniture {
    fn id(&self) -> RuleId {
        MEDIA_FURNITURE
    }

    fn describe(&self) -> &'static str {
        "Image, gallery and video furniture: \"[Click to enlarge]\", \"Image 1 of 12\", \"Play video\", \"Watch: …\" teasers, photo credits standing alone, and an image's or video's bare file address."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        for block in blocks.iter_mut() {
            if is_media_furniture(&block.text) {
                block.remove(self.id());
            }
        }
    }
}

fn is_media_furniture(text: &str) -> bool {
    if is_media_file_url(text) {
        return true;
    }
    if text.len() > MAX_CREDIT_BYTES {
        return false;
    }
    let Some((end, groups)) = LEXICON.prefix(text) else {
        return is_trailing_agency_credit(text);
    };
    let tail = &text[end..];
    if groups & CONTROL != 0
        && text.len() <= MAX_CONTROL_BYTES
        && LEXICON.covers(text, MAX_CONTROLS_PER_BLOCK, CONTROL).is_some()
    {
        return true;
    }
    if groups & COUNTER_WORD != 0 && text.len() <= MAX_CONTROL_BYTES && COUNTER.is_match(text) {
        return true;
    }
    if groups & TEASER_WORD != 0
        && text.len() <= MAX_TEASER_BYTES
        && tail.trim_start().starts_with(TEASER_SEPARATORS)
        && sentence_marks(text) <= 1
    {
        return true;
    }
    if groups & CREDIT_WORD != 0
        && let Some(opening) = CREDIT.find(text)
    {
        return is_credit_names(&text[opening.end()..]);
    }
    if groups & AGENCY != 0 {
        // "Getty Images", "REUTERS/John Smith": the agency, then at most a name.
        return word_count(tail) <= MAX_NAME_WORDS_AFTER_AGENCY && sentence_marks(tail) == 0;
    }
    is_trailing_agency_credit(text)
}

/// Source labels, which [`CREDIT_OPENING`] takes for credits only before an agency: at the
/// end of a paragraph ("... grew 3%. Source: Reuters") they cite the text's source.
const SOURCE_OPENING: &str = r"(?i)^(?:source|quelle|fuente|fonte|bron|источник|źródło|zdroj|kaynak|πηγή|المصدر|джерело|източник|izvor|sursa|sursă|forrás|lähde|källa|kilde|sumber|nguồn|font|منبع)\s*[:：]";

static SOURCE: LazyLock<Regex> = LazyLock::new(|| Regex::new(SOURCE_OPENING).expect("static regex builds"));

/// Whether `text` is a photo credit and nothing else ("Foto: dpa", "Fotó: Nagy Attila",
/// "Фото: Танјуг"): a credit word and names, not a source label. Used by `photo_caption`
/// on the end of a caption ("Tramvaj na Václavském náměstí. Foto: ČTK").
pub(crate) fn is_photo_credit(text: &str) -> bool {
    if text.len() > MAX_CREDIT_BYTES {
        return false;
    }
    let Some((_, groups)) = LEXICON.prefix(text) else {
        return false;
    };
    groups & CREDIT_WORD != 0
        && !SOURCE.is_match(text)
        && CREDIT.find(text).is_some_and(|opening| is_credit_names(&text[opening.end()..]))
}

/// Whether what follows "Photo:" is names and nothing else: short and capitalised ("Damian
/// Dovarganes, AP"), or naming an agency; never a description ("Global assets in 2019").
fn is_credit_names(names: &str) -> bool {
    let words = word_count(names);
    let marks = sentence_marks(names).saturating_sub(initials(names));
    if marks > 1 || words > 2 * MAX_CREDIT_NAME_WORDS {
        return false;
    }
    if has_agency(names) {
        return true;
    }
    words <= MAX_CREDIT_NAME_WORDS
        && marks == 0
        && names.chars().any(char::is_alphabetic)
        && (words <= MAX_UNCASED_NAME_WORDS || capitalised_ratio(names) >= MIN_NAME_CAPITALS)
}

/// How many words of `names` are a capital and a full stop, the initial of a first name
/// ("S. Müller"): their stops end no sentence.
fn initials(names: &str) -> usize {
    names
        .split_whitespace()
        .filter(|w| {
            let mut chars = w.chars();
            matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
        })
        .count()
}

/// "Ozan Kose/AFP via Getty Images": a short line of names ending with an agency.
fn is_trailing_agency_credit(text: &str) -> bool {
    if text.len() > MAX_TRAILING_CREDIT_BYTES {
        return false;
    }
    // The agency is what follows the last "/" or " via ".
    let bytes = text.as_bytes();
    let after_slash = memchr::memrchr(b'/', bytes).map(|i| i + 1);
    let after_via = VIA.rfind(bytes).map(|i| i + VIA.needle().len());
    let Some(last) = after_slash.max(after_via) else {
        return false;
    };
    text.get(last..).is_some_and(|agency| AGENCY_NAMES.whole(agency).is_some())
        && word_count(text) <= MAX_CREDIT_NAME_WORDS
        && sentence_marks(text) == 0
}

/// File name endings of images, video and audio (compared in lower case).
const MEDIA_FILE_ENDINGS: &[&str] = &[
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".bmp", ".tif", ".tiff", ".mp4", ".m4v", ".webm",
    ".mov", ".mp3", ".m4a", ".ogg", ".wav",
];
/// Longest block (bytes) that can be one media file's address.
const MAX_URL_BYTES: usize = 2048;

/// Whether `text` is nothing but the address of an image, video or audio file
/// (`https://example.com/assets/logo.png`): the `src` of a picture or player printed as
/// text, never a sentence of the page. Addresses of pages stay; a post may give one.
fn is_media_file_url(text: &str) -> bool {
    let text = text.trim();
    // The cheap tests first: this runs on every block.
    let absolute = text.starts_with("http://") || text.starts_with("https://");
    if !(absolute || text.starts_with("//")) || text.len() > MAX_URL_BYTES || text.contains(char::is_whitespace) {
        return false;
    }
    // A scheme-relative address (`//img.example.com/a.jpg`) is read as https.
    let parsed = if absolute { Url::parse(text) } else { Url::parse(&format!("https:{text}")) };
    let Some(file) = parsed.ok().and_then(|url| url.path_segments()?.next_back().map(str::to_ascii_lowercase)) else {
        return false;
    };
    MEDIA_FILE_ENDINGS.iter().any(|ending| file.ends_with(ending) && file.len() > ending.len())
}

/// Whether an agency's name stands as a word in `text`.
fn has_agency(text: &str) -> bool {
    AGENCIES.find_iter(text).any(|(start, end)| on_word_boundaries(text, start, end))
}

fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::assert_lines;

    #[test]
    fn removes_media_controls_and_credits() {
        assert_lines(
            &MediaFurniture,
            &[
                "[Click to enlarge]",
                "Click to enlarge",
                "Enlarge this image",
                "Image 1 of 12",
                "Photo gallery",
                "Video",
                "Play video",
                "Your browser does not support the video tag.",
                "Watch: Protesters clash with police in the capital",
                "Image credit: NASA/JPL",
                "Photo: Getty Images",
                "Photo: Damian Dovarganes, AP",
                "(Photo by Ozan Kose/AFP via Getty Images)",
                "Image copyright Getty Images",
                "Getty Images",
                "Foto: dpa",
                "Bild vergrößern",
                "Crédit photo : AFP",
                "Foto di Mario Rossi",
                "Фото: личный архив",
                "写真：共同通信",
                "Vergrößern",
                "Zur Fotostrecke",
                "Voir le diaporama",
                "Écouter cet article",
                "Pincha para ampliar",
                "Ver video",
                "Sfoglia la gallery",
                "Clique na imagem para ampliar",
                "Afbeelding 1 van 12",
                "Lees voor",
                "Увеличить изображение",
                "Слайд 2 из 8",
                "点击查看原图",
                "下一张",
                "视频：男子在地铁站救下晕倒乘客",
                "クリックして拡大",
                "次の写真",
                "https://www.example.com/assets/images/logos/og-image-logo.png",
                "https://static.example.de/image/5dd3a081-500-250/ten-things-in-tech.jpg",
                "https://cdn.example.org/videos/dakota-with-nixon.mp4?autoplay=1",
                "//img.example.com/2019/11/Photo.JPEG",
            ],
            &[
                "Photographs of the scene show a collapsed roof and two burnt-out cars.",
                "Photo editors at the paper chose a different image for the front page.",
                "The video shows the moment the bridge collapsed. Police are investigating the cause.",
                "Getty Images said it would appeal the ruling, which it called a blow to photographers.",
                "Watch the skies tonight for the meteor shower, astronomers say.",
                "Apple Watch",
                "Credit card debt hit a record in the second quarter.",
                "Reuters reported that the talks had stalled.",
                "Graphics: NVidia GTX 1070, AMD RX 590",
                "Photos: 12",
                "Vergrößern Sie die Schrift mit Strg und Plus.",
                "Voir le diaporama de la cérémonie a ému les familles.",
                "Ver video en el móvil consume muchos datos.",
                "Guarda le foto del matrimonio in un luogo asciutto.",
                "Veja as fotos antigas da cidade no museu municipal.",
                "Lees voor het slapengaan een boek met je kind.",
                "Все фото с места аварии переданы следствию.",
                "下一张图片显示了事故现场。",
                "次の写真は事故現場を示している。",
                // Addresses of pages, and a sentence that gives a file's address, are text.
                "https://github.com/mintty/wsltty/releases",
                "http://amzn.to/2hXQPDr",
                "www.example.com/logo.png",
                "https://example.com/.png",
                "The logo is at https://example.com/logo.png for anyone who needs it.",
            ],
        );
    }

    #[test]
    fn removes_media_furniture_in_more_languages() {
        assert_lines(
            &MediaFurniture,
            &[
                "Fot. PAP/Radek Pietruszka",
                "Zdjęcie: Shutterstock",
                "Kliknij, aby powiększyć",
                "Zdjęcie 1 z 12",
                "Foto: ČTK",
                "Foto: Chefkoch / S. Müller",
                "Fotoğraf: Anadolu Ajansı",
                "Φωτογραφία: Eurokinissi",
                "(الصورة: رويترز)",
                "צילום: פלאש 90",
                "Kuva: Lehtikuva",
                "Fotó: Nagy Attila",
                "Nyitókép: Getty Images",
                "Ảnh: Reuters",
                "Ảnh minh họa",
                "[사진=연합뉴스]",
                "Sursa foto: Inquam Photos",
                "Snimio: Ivo Ivić",
                "عکس: ایرنا",
                "Galeria zdjęć",
                "Videoyu izle",
                "Simak Video: Banjir melanda Jakarta",
                "WIDEO: Pożar hali w Warszawie",
            ],
            &[
                "Zdjęcie przedstawia zniszczony dach i dwa spalone samochody.",
                "Fotoğraf sanatçısı sergisini İstanbul'da açtı, eleştirmenler övdü.",
                "Kuva: mielenosoittajat kokoontuivat eduskuntatalon edustalle keskiviikkona",
                "Fotó: a tüntetők a parlament előtt gyülekeztek szerdán",
                "Ảnh chụp cho thấy cây cầu bị sập hoàn toàn.",
                "Zdjęcie",
                "Kaynak: resmi açıklama",
                "Font: Roboto",
                "Tonton kesayangan saya datang.",
                // Initials do not excuse a description of sentences.
                "Foto: J. Novák fotografoval demonstranty. Policie je rozehnala.",
            ],
        );
    }
}
