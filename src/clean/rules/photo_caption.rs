//! `photo_caption`: image captions, recognised by the photo or agency credit they end with:
//! "Regime forces have so far seized two-thirds of Aleppo's rebel-held east [AFP]",
//! "Protesters outside parliament on Monday (Photo: Reuters)". A caption is short and its
//! words before the credit are not a finished sentence; a paragraph that ends by citing an
//! agency ("..., the ministry told AFP.") is text and stays.

use std::sync::LazyLock;

use regex::Regex;

use crate::clean::block::{Block, BlockKind};
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape;
use crate::model::RuleId;

/// Captions are at most this many words, credit included.
const MAX_CAPTION_WORDS: usize = 40;

/// A trailing bracketed credit: an agency or picture library, or a "Photo: ..." credit, in
/// several languages. Anchored at the end of the block and inside brackets, so the names
/// in running text ("AP reported") never match.
static TRAILING_CREDIT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        concat!(
            r"[\[(]\s*(?:",
            // "Photo: X", "Foto by X", "Image credit: X" (any case).
            r"(?i:(?:photo|picture|image|foto|bild|imagen|immagine|afbeelding|фото)s?\s*(?:by|credit|:|©))[^\])]{0,60}",
            // "Credit: X", "© X" (the colon is needed: "credit/debit cards" is no credit).
            r"|(?i:credit|crédit|crédito|copyright)\s*:[^\])]{0,60}|©[^\])]{0,60}",
            // An agency or picture library, spelled as they spell themselves, maybe after a
            // photographer's name ("John Smith/AFP") and before "via Getty Images".
            r"|(?:[\w .&-]{0,40}/)?(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|Getty|Shutterstock|AAP|dpa|DPA|ANSA|EFE|Xinhua|PTI|IANS|ANI|Anadolu Agency|Anadolu|Bloomberg|SIPA|Sipa|Alamy|iStock|Unsplash|ddp|DDP|picture alliance|imago|Belga|ANP|TASS|RIA Novosti|Kyodo|Yonhap)",
            r"(?:\s*(?:/|via)\s*[\w .&-]{0,40})?",
            r")\s*[\])]\s*$",
        ),
    )
    .ok()
});

pub struct PhotoCaption;

impl Rule for PhotoCaption {
    fn id(&self) -> RuleId {
        RuleId("photo_caption")
    }

    fn describe(&self) -> &'static str {
        "image captions that end with a bracketed photo or agency credit (\"... east [AFP]\", \"(Photo: Reuters)\")"
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        let Some(credit) = TRAILING_CREDIT.as_ref() else { return };
        for block in blocks.iter_mut() {
            if block.is_removed() || matches!(block.kind, BlockKind::Heading(_) | BlockKind::Preformatted) {
                continue;
            }
            let text = block.text.trim_end();
            if !text.ends_with([']', ')']) || shape::word_count(text) > MAX_CAPTION_WORDS {
                continue;
            }
            let Some(found) = credit.find(text) else { continue };
            let before = text[..found.start()].trim_end();
            // A finished sentence before the credit is text citing its source.
            if before.is_empty() || shape::ends_like_sentence(before) {
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
            ],
            &[
                "The ministry said the figures were wrong, a spokesman told reporters (AFP).",
                "The ministry said the figures were wrong. (AFP)",
                "Officials met in Geneva (on Monday)",
                "[AFP]",
                "Subscribe to our newsletter (free)",
                "Die elektronische Patientenakte (ePA)",
                "Wallet (credit/debit cards, cash, etc.)",
            ],
        );
    }
}
