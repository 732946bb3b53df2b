//! Removes advertisement markers: the labels that stand where an ad was ("Advertisement",
//! "ADVERTISEMENT", "Sponsored", "Anzeige", "Publicité", "Publicidad", "Pubblicità",
//! "Advertentie", "Реклама", "广告", "広告"), the notes around them ("Advertisement - Continue
//! Reading Below", "Story continues below advertisement") and ad-feedback buttons. Each only
//! as a whole block.

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
/// but alone on a line they label an ad slot. Left out: "Ad", "Ads" and "PR" (section names
/// of marketing and company pages) and "Advertising" (agency services).
const AD_MARKERS: &[&str] = &[
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
    "anzeige",
    "werbung",
    "gesponsert",
    "publicité",
    "publicite",
    "contenu sponsorisé",
    "sponsorisé",
    "publicidad",
    "anuncio",
    "patrocinado",
    "contenido patrocinado",
    "pubblicità",
    "sponsorizzato",
    "contenuto sponsorizzato",
    "publicidade",
    "conteúdo patrocinado",
    "advertentie",
    "gesponsord",
    "реклама",
    "на правах рекламы",
    "广告",
    "推广",
    "広告",
    "スポンサーリンク",
    "スポンサードリンク",
    "광고",
];

static MARKERS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(AD_MARKERS));

/// Removes the labels of advertisement slots.
pub struct Advertisement;

impl Rule for Advertisement {
    fn id(&self) -> RuleId {
        RuleId("advertisement")
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
            ],
            &[
                "Advertising",
                "Advertisement revenue fell 12% in the third quarter.",
                "Sponsored by the city council, the festival runs until Sunday.",
                "Anzeige gegen unbekannt erstattet",
                "Ad hoc committees were formed.",
                "Publicidad engañosa: la multa llegó en marzo.",
            ],
        );
    }
}
