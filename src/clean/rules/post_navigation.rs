//! Removes the links between the posts of a blog or the articles of a paper: "« Previous
//! Post", "Next article", "Older posts", "上一篇", "前の記事", alone or as a pair on one line
//! ("« Previous Post Next Post »"), or leading the headline of the post they point to
//! ("Next Post: How to grow tomatoes »", "上一篇：央行发布报告"). In a text dump the link's
//! headline often stands on the line under a bare label; it goes with the label when it
//! reads as a headline (short, no sentence end) and not as the start of a paragraph.
//!
//! "Previous" and "Next" alone are pager buttons: removed when a line holds nothing else,
//! but they lead no headline, as "Next: install the package" is a step of a tutorial.

use std::sync::LazyLock;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::{ends_like_sentence, sentence_marks, word_count_up_to};
use crate::clean::vocab::{Groups, Lexicon, is_headline_after_separator};
use crate::model::RuleId;

/// Labels of the link to the previous or next post, each able to lead that post's headline.
const POST_LINKS: &[&str] = &[
    // English
    "previous post",
    "next post",
    "previous article",
    "next article",
    "previous story",
    "next story",
    "previous entry",
    "next entry",
    "previous reading",
    "next reading",
    "older post",
    "newer post",
    "older posts",
    "newer posts",
    "older entries",
    "newer entries",
    "older articles",
    "newer articles",
    // German
    "vorheriger artikel",
    "nächster artikel",
    "vorheriger beitrag",
    "nächster beitrag",
    "voriger beitrag",
    "vorheriger post",
    "nächster post",
    "ältere beiträge",
    "neuere beiträge",
    // French
    "article précédent",
    "article suivant",
    "billet précédent",
    "billet suivant",
    "articles plus anciens",
    "articles plus récents",
    // Spanish
    "artículo anterior",
    "artículo siguiente",
    "entrada anterior",
    "entrada siguiente",
    "noticia anterior",
    "noticia siguiente",
    "entradas anteriores",
    "entradas más recientes",
    // Italian
    "articolo precedente",
    "articolo successivo",
    "post precedente",
    "post successivo",
    "articoli precedenti",
    // Portuguese
    "artigo anterior",
    "próximo artigo",
    "post anterior",
    "próximo post",
    "notícia anterior",
    "próxima notícia",
    "posts anteriores",
    // Dutch
    "vorig artikel",
    "volgend artikel",
    "vorige bericht",
    "volgende bericht",
    "oudere berichten",
    "nieuwere berichten",
    // Russian, Ukrainian
    "предыдущая статья",
    "следующая статья",
    "предыдущая запись",
    "следующая запись",
    "предыдущая новость",
    "следующая новость",
    "попередня стаття",
    "наступна стаття",
    "попередній запис",
    "наступний запис",
    // Polish, Czech
    "poprzedni artykuł",
    "następny artykuł",
    "poprzedni wpis",
    "następny wpis",
    "předchozí článek",
    "další článek",
    // Turkish
    "önceki haber",
    "sonraki haber",
    "önceki yazı",
    "sonraki yazı",
    // Indonesian
    "artikel sebelumnya",
    "artikel selanjutnya",
    "berita sebelumnya",
    "berita selanjutnya",
    "pos sebelumnya",
    "pos berikutnya",
    // Vietnamese
    "bài trước",
    "bài tiếp theo",
    "bài viết trước",
    "bài viết tiếp theo",
    // Swedish
    "föregående inlägg",
    "nästa inlägg",
    // Greek, Hebrew
    "προηγούμενο άρθρο",
    "επόμενο άρθρο",
    "הפוסט הקודם",
    "הפוסט הבא",
    // Arabic
    "المقال السابق",
    "المقال التالي",
    // Chinese
    "上一篇",
    "下一篇",
    "上一篇文章",
    "下一篇文章",
    "上一則",
    "下一則",
    // Japanese
    "前の記事",
    "次の記事",
    "前の投稿",
    "次の投稿",
    // Korean
    "이전 글",
    "다음 글",
    "이전글",
    "다음글",
    "이전 기사",
    "다음 기사",
    // Romanian, with both forms of "ț"
    "articolul anterior",
    "articolul următor",
    "articolul urmator",
    "postarea anterioară",
    "postarea următoare",
    // Slovenian
    "prejšnji prispevek",
    "naslednji prispevek",
    "prejšnji članek",
    "naslednji članek",
    // Latvian
    "iepriekšējais raksts",
    "nākamais raksts",
    "iepriekšējais ieraksts",
    "nākamais ieraksts",
    // Serbian (Cyrillic), Macedonian
    "претходни чланак",
    "следећи чланак",
    "претходна вест",
    "следећа вест",
    "претходна објава",
    "следна објава",
    "претходна статија",
    "следна статија",
    // Albanian
    "artikulli i mëparshëm",
    "artikulli pasardhës",
    // Icelandic
    // Not "Fyrri grein" / "Næsta grein" ("previous/next article"): an op-ed in two parts
    // is marked so under its title.
    "fyrri færsla",
    "næsta færsla",
    // Galician ("artigo anterior" and "entrada anterior" are listed above)
    "artigo seguinte",
    "entrada seguinte",
    // Basque
    "aurreko sarrera",
    "hurrengo sarrera",
    "aurreko artikulua",
    "hurrengo artikulua",
    // Georgian
    "წინა სტატია",
    "შემდეგი სტატია",
    "წინა ჩანაწერი",
    "შემდეგი ჩანაწერი",
];

/// Pager buttons: removed only alone or in pairs on their line.
const PAGER: &[&str] = &[
    "previous",
    "next",
    "prev",
    "zurück",
    "weiter",
    "précédent",
    "suivant",
    "anterior",
    "siguiente",
    "precedente",
    "successivo",
    "próximo",
    "vorige",
    "volgende",
    "назад",
    "далее",
    "上一页",
    "下一页",
    "前へ",
    "次へ",
    // Macedonian, Georgian: a documentation page's pager
    "претходно",
    "следно",
    "წინა",
    "შემდეგი",
];

const POST_LINK: Groups = 1;
const PAGER_BUTTON: Groups = 1 << 1;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::grouped(&[POST_LINKS, PAGER]));

/// Longest block (bytes) that can be a label with its headline.
const MAX_LINK_BYTES: usize = 250;
/// Most words of the headline a label leads or stands over.
const MAX_HEADLINE_WORDS: usize = 25;
/// Labels on one line: "« Previous Post Next Post »".
const MAX_LABELS_PER_LINE: usize = 2;

/// Removes the links to the previous and next post.
pub struct PostNavigation;

impl Rule for PostNavigation {
    fn id(&self) -> RuleId {
        RuleId("post_navigation")
    }

    fn describe(&self) -> &'static str {
        "Links to the previous and next post (\"« Previous Post\", \"Next article: …\", \"上一篇\"), with the headline under a bare label in a dump."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        let mut index = 0;
        while index < blocks.len() {
            let found = if blocks[index].is_removed() { None } else { classify(&blocks[index].text) };
            let Some(link) = found else {
                index += 1;
                continue;
            };
            blocks[index].remove(self.id());
            index += 1;
            if link == Link::BareLabel
                && let Some(next) = blocks.get_mut(index)
                && !next.is_removed()
                && next.html.is_none()
                && is_headline(&next.text)
            {
                next.remove(self.id());
                index += 1;
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    /// A post link's label with nothing else ("Next article"): its headline may follow.
    BareLabel,
    /// Labels and buttons alone, or a label with its headline: removed alone.
    Whole,
}

fn classify(text: &str) -> Option<Link> {
    if text.len() > MAX_LINK_BYTES {
        return None;
    }
    // Most blocks open with no label: one anchored lookup turns them away.
    let (end, groups) = LEXICON.prefix(text)?;
    if let Some(cover) = LEXICON.covers(text, MAX_LABELS_PER_LINE, POST_LINK | PAGER_BUTTON) {
        let bare_label = cover.phrases == 1 && cover.all & POST_LINK != 0;
        return Some(if bare_label { Link::BareLabel } else { Link::Whole });
    }
    // A pager word leads a headline only with an arrow: "« Anterior: El precio del aceite",
    // "Siguiente: Sevilla activa el plan de calor »"; "Next: install the package" is a step.
    let leads = groups & POST_LINK != 0 || (groups & PAGER_BUTTON != 0 && has_arrow(text));
    (leads && is_headline_after_separator(&text[end..], MAX_HEADLINE_WORDS)).then_some(Link::Whole)
}

/// Arrows that point a link at the previous or next post.
const ARROWS: &[char] = &['«', '»', '‹', '›', '←', '→', '<', '>'];

/// Whether a line opens or closes with an arrow.
fn has_arrow(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(ARROWS) || text.ends_with(ARROWS)
}

/// A headline on a line of its own: a few words, at most one sentence mark, no sentence end
/// (a question may).
fn is_headline(text: &str) -> bool {
    let text = text.trim();
    let words = word_count_up_to(text, MAX_HEADLINE_WORDS);
    (1..=MAX_HEADLINE_WORDS).contains(&words)
        && sentence_marks(text) <= 1
        && (text.ends_with(['?', '？']) || !ends_like_sentence(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::{assert_lines, removed_lines};

    #[test]
    fn removes_post_links_alone_in_pairs_and_with_their_headline() {
        assert_lines(
            &PostNavigation,
            &[
                "« Previous Post",
                "Next Post »",
                "« Previous Post Next Post »",
                "Previous article",
                "Older posts",
                "← Older Entries",
                "Previous Post: How to grow tomatoes in a small garden",
                "Next Post: The best drought-resistant crops for 2024 »",
                "« Previous",
                "Previous Next",
                "Artículo anterior: Sube el precio del aceite",
                "Vorheriger Artikel: Ölpreis steigt",
                "Article précédent",
                "上一篇：央行发布最新货币政策报告",
                "下一篇",
                "前の記事",
                "이전 글",
                // A pager word with an arrow leads a headline.
                "« Anterior: El precio del aceite de oliva baja por tercer mes consecutivo",
                "Siguiente: Sevilla activa el plan de calor con cinco días de antelación »",
                "← Previous: How to grow tomatoes",
            ],
            &[
                // A pager word leads no headline; prose that opens with a label stays.
                "Next: install the package and restart the server",
                "Siguiente: instala el paquete y reinicia el servidor",
                "Previous articles on this blog covered the same ground in more detail.",
                "Next post: we will look at the results of the survey in detail. Stay tuned for more.",
                "The previous post explained how to set up the garden.",
            ],
        );
    }

    #[test]
    fn removes_post_links_in_balkan_baltic_nordic_and_caucasian_languages() {
        assert_lines(
            &PostNavigation,
            &[
                "Prejšnji prispevek",
                "Naslednji prispevek »",
                "Iepriekšējais raksts Nākamais raksts",
                "Претходна објава: Како да одгледате домати",
                "« Fyrri færsla",
                "Næsta færsla: Bestu uppskriftirnar",
                "Aurreko sarrera",
                "Hurrengo sarrera »",
                "Articolul următor: Prețul uleiului crește",
                "Следећи чланак",
                "წინა სტატია",
                "Претходно",
                "წინა შემდეგი",
            ],
            &[
                // Prose that opens with the words, and a pager word leading no headline.
                "Следећи чланак закона уређује надлежност општина и градова у овој области.",
                "Претходно: инсталирајте го пакетот и рестартирајте го серверот",
                "წინა წლებში ფასები სტაბილური იყო.",
            ],
        );
    }

    #[test]
    fn removes_post_links_in_ukrainian_greek_and_hebrew() {
        assert_lines(
            &PostNavigation,
            &[
                "Попередній запис",
                "Наступний запис: Як виростити томати на балконі",
                "« Προηγούμενο άρθρο",
                "Επόμενο άρθρο »",
                "Προηγούμενο άρθρο Επόμενο άρθρο",
                "הפוסט הקודם",
                "הפוסט הבא: איך מגדלים עגבניות במרפסת",
            ],
            &[
                // Prose that opens with the words.
                "Наступний запис у щоденнику він зробив лише через тиждень, коли повернувся додому.",
                "Το επόμενο άρθρο του νόμου ρυθμίζει τις αρμοδιότητες των δήμων.",
                "הפוסט הקודם שלי עסק בגידול עגבניות, והפעם נדבר על מלפפונים.",
            ],
        );
    }

    #[test]
    fn in_a_dump_the_headline_under_a_bare_label_goes_with_it() {
        let dump = "The last paragraph of the post.\n\nPrevious article\n\nHow to grow tomatoes in a small garden\n\n\
                    Next article\n\nThe best drought-resistant crops for 2024\n";
        assert_eq!(
            removed_lines(&PostNavigation, dump),
            [
                "Previous article",
                "How to grow tomatoes in a small garden",
                "Next article",
                "The best drought-resistant crops for 2024"
            ]
        );
        // Near miss: a paragraph under a pager button is no headline, nor is one under a label.
        let dump = "Next\n\nWe then planted the seedlings in rows, a foot apart.\n\nNext article\n\n\
                    Farm groups welcomed the announcement, but warned that the aid comes late.\n";
        assert_eq!(removed_lines(&PostNavigation, dump), ["Next", "Next article"]);
    }
}
