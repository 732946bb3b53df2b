//! Removes the furniture of images, galleries and videos: enlarge and gallery controls
//! ("[Click to enlarge]", "Enlarge this image", "Image 1 of 12", "Photo gallery"), player
//! controls and notices ("Play video", "Your browser does not support the video tag"),
//! "Watch: …" teasers, and photo credits standing alone ("Photo: Getty Images", "(Photo by
//! X/AFP via Getty Images)", "Image credit: NASA").
//!
//! A credit is removed only when it is short and is nothing but a credit: a caption that
//! tells what the picture shows is left to the scorer.

use std::sync::LazyLock;

use memchr::memmem::FinderRev;
use regex::Regex;

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
/// label; "Watch" alone is left out (product pages name watches).
const MEDIA_CONTROLS: &[&str] = &[
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
    "bild vergrößern",
    "zum vergrößern klicken",
    "bildergalerie",
    "fotostrecke",
    "video abspielen",
    "agrandir",
    "agrandir l'image",
    "cliquez pour agrandir",
    "galerie photo",
    "galerie photos",
    "diaporama",
    "vidéo",
    "ampliar",
    "ampliar imagen",
    "haz clic para ampliar",
    "galería de fotos",
    "galería",
    "fotogalería",
    "ingrandisci",
    "clicca per ingrandire",
    "fotogallery",
    "galleria fotografica",
    "ampliar imagem",
    "clique para ampliar",
    "galeria de fotos",
    "galeria",
    "vergroten",
    "klik om te vergroten",
    "fotogalerij",
    "увеличить",
    "фотогалерея",
    "галерея",
    "видео",
    "фото",
    "点击放大",
    "查看大图",
    "图集",
    "视频",
    "クリックで拡大",
    "拡大する",
    "拡大",
    "ギャラリー",
    "動画",
    "写真",
    "사진",
    "영상",
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
    "crédit",
    "crédits",
    "crédit photo",
    "crédits photo",
    "photo credit",
    "crédito",
    "créditos",
    "fotografia",
    "foto's",
    "фото",
    "фотография",
    "图片来源",
    "图片",
    "图源",
    "写真",
    "画像",
    "사진",
];

/// How photo credits open: a credit word and its separator, then names. Not "Graphics:",
/// which opens a line of specifications more often than a credit.
const CREDIT_OPENING: &str = r"(?ix)^[^\p{L}\p{N}]*(?:
    (?:image|photo|picture|photograph|illustration|video|footage|header\ image|top\ image|lead\ image|cover\ image|featured\ image)s?\s*(?:credits?|source|courtesy|copyright|©)\s*[:：]?
  | (?:photos?|images?|pictures?|photographs?|illustrations?)\s*(?:by|from|via|[:：]|©)
  | ap\ photos?\s*[/:]
  | credits?\s*[:：]
  | (?:source|quelle|fuente|fonte|bron|источник)\s*[:：]\s*(?:getty|afp|reuters|shutterstock|istock|dpa|anp|ansa|efe|unsplash|pexels|pixabay|adobe\ stock|alamy|wikimedia|wikipedia)
  | (?:foto|fotos|bild|bilder|crédit\ photo|crédits?\ photos?|photo\ credit|crédito|créditos|foto\ di|fotografia|foto's|фото|фотография|图片来源|图片|图源|写真|画像|사진)\s*(?:[:：]|by|von|de|di|door|\(|／|/)
)";

/// Photo agencies and stock libraries: a credit line naming one is a credit whatever its
/// wording ("(Photo by Ozan Kose/AFP via Getty Images)", "Image copyright Getty Images").
/// Risky: "EPA" and "AP" are left out (an environment agency, a common abbreviation).
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
];

/// First words of "Image 1 of 12" gallery counters.
const COUNTER_WORDS: &[&str] =
    &["image", "photo", "picture", "slide", "bild", "foto", "imagen", "immagine", "imagem", "фото", "写真"];
/// "Image 1 of 12", "Photo 3/12".
const GALLERY_COUNTER: &str = r"(?i)^[^\p{L}\p{N}]*\w+\s*\d+\s*(?:of|/|von|de|di|sur|из|van)\s*\d+[^\p{L}\p{N}]*$";

/// First words of "Watch: …", "Video: …" teasers.
const TEASER_WORDS: &[&str] =
    &["watch", "video", "watch live", "ver video", "regarder", "guarda", "assista", "bekijk", "смотрите", "смотреть"];
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

/// Removes image, gallery and video controls and standalone photo credits.
pub struct MediaFurniture;

impl Rule for MediaFurniture {
    fn id(&self) -> RuleId {
        RuleId("media_furniture")
    }

    fn describe(&self) -> &'static str {
        "Image, gallery and video furniture: \"[Click to enlarge]\", \"Image 1 of 12\", \"Play video\", \"Watch: …\" teasers and photo credits standing alone."
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

/// Whether what follows "Photo:" is names and nothing else: short and capitalised ("Damian
/// Dovarganes, AP"), or naming an agency; never a description ("Global assets in 2019").
fn is_credit_names(names: &str) -> bool {
    let words = word_count(names);
    if sentence_marks(names) > 1 || words > 2 * MAX_CREDIT_NAME_WORDS {
        return false;
    }
    if has_agency(names) {
        return true;
    }
    words <= MAX_CREDIT_NAME_WORDS
        && sentence_marks(names) == 0
        && names.chars().any(char::is_alphabetic)
        && (words <= MAX_UNCASED_NAME_WORDS || capitalised_ratio(names) >= MIN_NAME_CAPITALS)
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
            ],
        );
    }
}
