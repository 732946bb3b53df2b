//! Removes the readers' comments under an article, found by the header blogs put on each
//! comment: "thelastfan says:", "Milan on September 12, 2018 at 4:47 pm said:", "Anna sagt:",
//! "Pierre dit :". Two or more such headers after the article's text mark a comment thread,
//! and everything from the first header on goes: the comments and the page's end.
//!
//! Past-tense headers ("said:", "wrote:") count only with a date or time in them: forum
//! software quotes earlier posts under "John said:", and a forum's posts are its content.
//!
//! Pingbacks and trackbacks ("Pingback: Title « Blog", "Pingback von Blog | 11.09.2011") are
//! comments another blog left by linking here: they count as headers, and each goes even when
//! there are too few for a thread, with the "[…] quoted excerpt […]" under it.

use std::sync::LazyLock;

use crate::clean::block::{Block, Verdict};
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::word_count;
use crate::clean::vocab::Lexicon;
use crate::model::RuleId;

/// Longest block (bytes) that can be a comment header.
const MAX_HEADER_BYTES: usize = 120;
/// Most words of the name before a present-tense verb (a user name, a full name)...
const MAX_NAME_WORDS: usize = 4;
/// ...and of the name and date before a past-tense one.
const MAX_DATED_NAME_WORDS: usize = 14;
/// Headers needed to call it a thread.
const MIN_HEADERS: usize = 3;
/// Words of text needed before the first header: a thread follows an article.
const MIN_WORDS_BEFORE: usize = 50;

/// Longest block (bytes) that can be a pingback line.
const MAX_PINGBACK_BYTES: usize = 240;
/// The word that opens a pingback line or the heading of a list of them.
static PINGBACK_WORDS: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&["pingback", "pingbacks", "trackback", "trackbacks"]));
/// Words between "Pingback" and the linking blog's name ("Pingback von …", "Trackback from …").
const PINGBACK_LINKS: &[&str] = &["from", "by", "von", "de", "di", "van", "od", "av", "fra", "от"];

/// Verbs of present-tense comment headers, as the last word or two before the colon (lower
/// case).
const SAYS: &[&str] = &[
    "says",
    "sagt",
    "dit",
    "dice",
    "diz",
    "zegt",
    "говорит",
    "scrive",
    // Polish
    "pisze",
    "mówi",
    // Czech, Slovak
    "říká",
    "hovorí",
    "píše",
    // Turkish: WordPress's "says:" is "dedi ki:".
    "dedi ki",
    "diyor ki",
    // Greek
    "λέει",
    // Arabic
    "يقول",
    // Hebrew
    "אומר",
    "אומרת",
    // Ukrainian, Bulgarian
    "каже",
    "пише",
    "казва",
    // Croatian, Serbian
    "kaže",
    // Romanian
    "spune",
    // Hungarian: WordPress's "says:" is "szerint:" ("according to").
    "szerint",
    // Finnish
    "sanoo",
    // Swedish, Danish, Norwegian
    "säger",
    "siger",
    "sier",
    "skriver",
    // Indonesian, Malay
    "berkata",
    // Catalan
    "diu",
    // Lithuanian, Estonian
    "sako",
    "ütleb",
    // Tamil
    "கூறுகிறார்",
    // Persian, with and without the zero-width non-joiner; WordPress's is the spoken "می‌گه:"
    "می\u{200c}گوید",
    "میگوید",
    "می\u{200c}گه",
    "میگه",
    // Thai: WordPress's "พูดว่า:" (the formal "กล่าวว่า" is a news report's "said": below)
    "พูดว่า",
];
/// Verbs of past-tense headers, which count only with a digit in the header.
const SAID: &[&str] = &[
    "said",
    "wrote",
    "schrieb",
    "écrit",
    "escribió",
    "comentó",
    "scritto",
    "disse",
    "escreveu",
    "schreef",
    "написал",
    "написала",
    // Polish
    "napisał",
    "napisała",
    "powiedział",
    "powiedziała",
    // Czech, Slovak
    "napsal",
    "napsala",
    "napísal",
    "napísala",
    "povedal",
    "povedala",
    // Turkish
    "yazdı",
    // Greek
    "έγραψε",
    "είπε",
    // Arabic
    "قال",
    "كتب",
    // Hebrew: "responded:" leads quotes in news reports, so it needs a date too.
    "כתב",
    "כתבה",
    "הגיב",
    "הגיבה",
    // Ukrainian, Bulgarian
    "написав",
    "каза",
    "написа",
    // Croatian, Serbian
    "napisao",
    "napisala",
    "rekao",
    "rekla",
    // Romanian
    "a scris",
    "a spus",
    // Hungarian
    "írta",
    // Finnish
    "kirjoitti",
    "sanoi",
    // Swedish, Danish, Norwegian
    "skrev",
    "sa",
    "sade",
    "sagde",
    // Indonesian, Malay
    "menulis",
    // Lithuanian, Estonian
    "parašė",
    "rašė",
    "kirjutas",
    "ütles",
    // Urdu: the name takes the postposition "نے", as in Hindi; "said" leads quotes in news.
    "نے کہا",
    "نے لکھا",
    // Tamil
    "எழுதினார்",
    // Vietnamese: without tense, so like a past tense only with a date.
    "viết",
    // Catalan
    "va escriure",
    "ha escrit",
    "va dir",
    // Persian
    "گفت",
    "نوشت",
    // Hindi: the name takes the postposition "ने" ("राहुल ने लिखा:")
    "ने कहा",
    "ने लिखा",
    // Bengali
    "লিখেছেন",
    // Thai: without tense, "wrote that", so like a past tense only with a date.
    "เขียนว่า",
    // "Said", as news reports quote officials ("অর্থমন্ত্রী বলেছেন:", "นายกรัฐมนตรี
    // กล่าวว่า:"); WordPress's Bengali "says:" is the same word, so it needs a date too.
    "বলেছেন",
    "กล่าวว่า",
];

pub struct CommentThread;

impl Rule for CommentThread {
    fn id(&self) -> RuleId {
        RuleId("comment_thread")
    }

    fn describe(&self) -> &'static str {
        "Readers' comments under an article: everything from the first of their headers (\"Anna says:\", \"… at 4:47 pm said:\") on, once there are three; pingbacks and trackbacks."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        let pingbacks = remove_pingbacks(blocks, self.id());
        let mut headers: Vec<usize> = (0..blocks.len())
            .filter(|&i| blocks[i].verdict == Verdict::Undecided && is_header(&blocks[i].text))
            .chain(pingbacks)
            .collect();
        headers.sort_unstable();
        let Some(&first) = headers.first() else { return };
        if headers.len() < MIN_HEADERS {
            return;
        }
        let before: usize = blocks[..first].iter().filter(|b| !b.is_removed()).map(|b| word_count(&b.text)).sum();
        if before < MIN_WORDS_BEFORE {
            return;
        }
        for block in &mut blocks[first..] {
            block.remove(self.id());
        }
    }
}

/// Removes each pingback line and the quoted excerpt right under it; returns the pingback
/// lines' indices.
fn remove_pingbacks(blocks: &mut [Block], id: RuleId) -> Vec<usize> {
    let mut pingbacks = Vec::new();
    let mut after_pingback = false;
    for (index, block) in blocks.iter_mut().enumerate() {
        if block.verdict != Verdict::Undecided {
            after_pingback = after_pingback && block.is_removed();
            continue;
        }
        if is_pingback(&block.text) {
            block.remove(id);
            pingbacks.push(index);
            after_pingback = true;
        } else if after_pingback && is_quoted_excerpt(&block.text) {
            block.remove(id);
            after_pingback = false;
        } else {
            after_pingback = false;
        }
    }
    pingbacks
}

/// Whether `text` is a pingback or trackback line, or the heading of a list of them.
fn is_pingback(text: &str) -> bool {
    let text = text.trim();
    if text.len() > MAX_PINGBACK_BYTES {
        return false;
    }
    let Some((end, _)) = PINGBACK_WORDS.prefix(text) else { return false };
    let rest = &text[end..];
    if rest.trim().is_empty() || rest.trim_start().starts_with([':', '：', '&', '/']) {
        // "Pingback: …", "Pingbacks & Trackbacks", "Trackbacks/Pingbacks"
        return true;
    }
    let Some(rest) = rest.strip_prefix(' ') else { return false };
    PINGBACK_LINKS.iter().any(|link| rest.strip_prefix(link).is_some_and(|after| after.starts_with(' ')))
}

/// Whether `text` is an excerpt a pingback quotes: "[…] words of this post […]".
fn is_quoted_excerpt(text: &str) -> bool {
    let text = text.trim();
    let opens = ["[…]", "[...]", "…", "..."].iter().any(|mark| text.starts_with(mark));
    let closes = ["[…]", "[...]", "…", "..."].iter().any(|mark| text.ends_with(mark));
    opens && closes
}

/// Whether `text` is a comment header: a name (perhaps with a date) and a verb of saying,
/// then a colon.
fn is_header(text: &str) -> bool {
    let Some((name, verb)) = name_and_verb(text) else { return false };
    let name_words = word_count(name);
    if name_words == 0 {
        return false;
    }
    if SAYS.contains(&verb.as_str()) {
        return name_words <= MAX_NAME_WORDS;
    }
    SAID.contains(&verb.as_str()) && name_words <= MAX_DATED_NAME_WORDS && name.chars().any(|c| c.is_ascii_digit())
}

/// The most words of the name in a forum's quote header.
const MAX_QUOTED_NAME_WORDS: usize = 3;

/// Whether a block is the header a forum puts over a quoted earlier post: a name and a
/// past-tense verb, no date ("mtb_dave wrote:", "Anna schrieb:", "Pierre a écrit :").
pub(crate) fn is_quote_header(text: &str) -> bool {
    name_and_verb(text).is_some_and(|(name, verb)| {
        (1..=MAX_QUOTED_NAME_WORDS).contains(&word_count(name)) && SAID.contains(&verb.as_str())
    })
}

/// A header's words before its verb and the verb in lower case, for a short block that ends
/// with a colon ("Anna says:"); `None` for other blocks.
fn name_and_verb(text: &str) -> Option<(&str, String)> {
    let text = text.trim();
    if text.len() > MAX_HEADER_BYTES {
        return None;
    }
    let head = text.strip_suffix(':').or_else(|| text.strip_suffix('：'))?;
    split_verb(head.trim_end())
}

/// `head` split into the words before its verb and the verb in lower case: the last two
/// words when they are a verb of two ("dedi ki", "a scris"), else the last word.
fn split_verb(head: &str) -> Option<(&str, String)> {
    let (rest, last) = head.rsplit_once(char::is_whitespace)?;
    let last = last.to_lowercase();
    let ends_a_pair = |verb: &&str| verb.strip_suffix(last.as_str()).is_some_and(|start| start.ends_with(' '));
    if SAYS.iter().chain(SAID).any(ends_a_pair)
        && let Some((name, first)) = rest.trim_end().rsplit_once(char::is_whitespace)
    {
        let pair = format!("{} {last}", first.to_lowercase());
        if SAYS.contains(&pair.as_str()) || SAID.contains(&pair.as_str()) {
            return Some((name, pair));
        }
    }
    Some((rest, last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::{dump, removed_by, run_rule};

    const ARTICLE: &str = "Chargers coach Anthony Lynn recognizes that his team's playoff hopes are somewhere \
        between slim and none after Monday night's loss in Mexico City. Lynn said after the game that the \
        Chargers saw winning as the most important step toward getting back into the race, and that \
        the season is not over yet.";

    #[test]
    fn removes_a_thread_of_says_headers() {
        let text = format!(
            "{ARTICLE}\nthelastfan says:\nIt's a good thing we have no fans left.\njoetoronto says:\n\
             November 19, 2019 at 6:44 am\nIt's over yet again.\nv2787 says:\nRivers is done."
        );
        let mut blocks = dump(&text);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 7);
        assert!(!blocks[0].is_removed());
    }

    #[test]
    fn removes_dated_said_headers_in_other_languages() {
        assert!(is_header("Milan Griffes on September 12, 2018 at 4:47 pm said:"));
        assert!(is_header("Anna sagt:"));
        assert!(is_header("Pierre dit :"));
        assert!(is_header("Marie, le 3 mai 2019 à 10 h 12, a écrit :"));
    }

    #[test]
    fn keeps_forum_quotes_and_sentences() {
        // Forum software quotes a post under "John said:"; the thread is the content.
        assert!(!is_header("John said:"));
        assert!(!is_header("Here is what the minister says:"));
        // One header is not a thread, and a thread needs an article before it.
        let one = format!("{ARTICLE}\nthelastfan says:\nNo fans left.\njoe says:\nIt's over.");
        let mut blocks = dump(&one);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 0);
        let mut blocks = dump("a says:\nHello.\nb says:\nHi.\nc says:\nBye.");
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 0);
    }

    #[test]
    fn removes_a_polish_thread_but_not_undated_quotes() {
        let thread =
            format!("{ARTICLE}\nMarek pisze:\nŚwietny tekst.\nAnia pisze:\nZgadzam się.\nkasia88 pisze:\nDzięki!");
        let mut blocks = dump(&thread);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 6);
        // "napisał:" (wrote) without a date is how a forum quotes an earlier post.
        let quotes = thread.replace("pisze:", "napisał:");
        let mut blocks = dump(&quotes);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 0);
    }

    #[test]
    fn removes_pingbacks_with_their_excerpts() {
        let one = format!(
            "{ARTICLE}\nPingback von Papierkorb - Lesezeichen | 11.09.2011 23:31\n\
             […] Unlängst spazierte ich durch Eimsbüttel […]\nRecent posts\nParken in Paris"
        );
        let mut blocks = dump(&one);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 2);
        assert!(!blocks[0].is_removed());
        // Three pingbacks are a thread: the page's end goes with them.
        let three = format!(
            "{ARTICLE}\nPingback: Links of the week « Some Blog\nTrackback from Other Blog\n\
             Pingback: Reading list\nRecent posts\nParken in Paris"
        );
        let mut blocks = dump(&three);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 5);
        assert!(is_pingback("Pingbacks & Trackbacks"));
        assert!(is_pingback("Trackbacks/Pingbacks"));
    }

    #[test]
    fn keeps_sentences_about_pingbacks() {
        assert!(!is_pingback("Pingback is a method for web authors to request notification."));
        assert!(!is_pingback("Pingbacks are how WordPress tells you someone linked to you."));
        let text = format!("{ARTICLE}\n[…] an excerpt that follows no pingback […]");
        let mut blocks = dump(&text);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 0);
    }

    #[test]
    fn finds_headers_in_more_languages_but_not_sentences() {
        assert!(is_header("Ahmet dedi ki:"));
        assert!(is_header("Μαρία λέει:"));
        assert!(is_header("Ivana kaže:"));
        assert!(is_header("Matti sanoo:"));
        assert!(is_header("Budi berkata:"));
        assert!(is_header("Олена каже:"));
        assert!(is_header("דני אומר:"));
        assert!(is_header("Anna skriver:"));
        assert!(is_header("Ion Popescu pe 3 mai 2019 la 10:12 a scris:"));
        assert!(is_header("Jan Novák 12. 5. 2019 v 10:12 napsal:"));
        // News reports lead quotes with "responded:", "wrote:"; only a date makes a header.
        assert!(!is_header("השר הגיב:"));
        assert!(!is_header("Ion a scris:"));
        // Too many words before the verb for a name.
        assert!(!is_header("Bakan dün akşam yaptığı açıklamada dedi ki:"));
        assert!(!is_header("W swoim najnowszym raporcie bank centralny pisze:"));
        // "ki" alone is no verb.
        assert!(!is_header("Ahmet ki:"));
    }

    #[test]
    fn finds_headers_in_baltic_and_south_asian_languages() {
        for header in
            ["Jana píše:", "Jonas sako:", "Mari ütleb:", "ராஜா கூறுகிறார்:", "Ola sier:", "Jordi diu:", "Budi berkata:"]
        {
            assert!(is_header(header), "{header}");
        }
        // Past tense ("said", "wrote") is a header only with its date.
        for (bare, dated) in [
            ("Jano povedal:", "Jano 12. 5. 2019 o 10:12 povedal:"),
            ("Jonas parašė:", "Jonas 2019-05-12 10:12 parašė:"),
            ("Mart kirjutas:", "Mart 12.05.2019 kell 10:12 kirjutas:"),
            ("احمد نے کہا:", "احمد 12 مئی 2019 نے کہا:"),
            ("ராஜா எழுதினார்:", "ராஜா 12 மே 2019 எழுதினார்:"),
        ] {
            assert!(!is_header(bare), "{bare}");
            assert!(is_quote_header(bare), "{bare}");
            assert!(is_header(dated), "{dated}");
        }
        // A news report quoting officials keeps its leads.
        let report = format!(
            "{ARTICLE}\nوزیر اعظم نے کہا:\nمعیشت بہتر ہوگی۔\nوزیر خزانہ نے کہا:\nبجٹ متوازن ہے۔\nگورنر نے کہا:\nشرح سود برقرار ہے۔"
        );
        let mut blocks = dump(&report);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 0);
        // "نے" alone is no verb, and a long subject is no name.
        assert!(!is_header("احمد نے:"));
        assert!(!is_header("Vo svojom najnovšom hodnotení centrálna banka píše:"));
    }

    #[test]
    fn finds_thai_bengali_hindi_and_persian_headers() {
        assert!(is_header("สมชาย พูดว่า:"));
        assert!(is_header("علی می‌گه:"));
        let thread = format!("{ARTICLE}\nสมชาย พูดว่า:\nบทความดีมากครับ\nสมหญิง พูดว่า:\nเห็นด้วยค่ะ\nวิชัย พูดว่า:\nขอบคุณครับ");
        let mut blocks = dump(&thread);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 6);
        // "Said" in Bengali and formal Thai quotes officials in news reports: a comment's
        // header only with its date.
        assert!(is_header("রহিম 12.03.2024 বলেছেন:"));
        assert!(!is_header("রহিম বলেছেন:"));
        assert!(!is_header("สมชาย กล่าวว่า:"));
        let report = format!(
            "{ARTICLE}\nঅর্থমন্ত্রী বলেছেন:\nমূল্যস্ফীতি কমবে।\nবিরোধীদলীয় নেতা বলেছেন:\nবাজেট ব্যর্থ।\nশিক্ষামন্ত্রী বলেছেন:\nবরাদ্দ বাড়বে।"
        );
        let mut blocks = dump(&report);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 0);
        let report = format!(
            "{ARTICLE}\nนายกรัฐมนตรี กล่าวว่า:\nเศรษฐกิจจะดีขึ้น\nรัฐมนตรีคลัง กล่าวว่า:\nงบประมาณพอ\nผู้ว่าการ กล่าวว่า:\nดอกเบี้ยคงที่"
        );
        let mut blocks = dump(&report);
        run_rule(&CommentThread, &mut blocks);
        assert_eq!(removed_by(&blocks, "comment_thread"), 0);
        // "wrote:" in these languages is a forum's quote header, a header here only with a date.
        for quote in ["राहुल ने लिखा:", "राहुल ने कहा:", "রহিম লিখেছেন:", "สมชาย เขียนว่า:"]
        {
            assert!(is_quote_header(quote), "{quote}");
            assert!(!is_header(quote), "{quote}");
        }
        // A verb glued to the subject, as Thai prose writes it, and a sentence's long subject.
        assert!(!is_header("ในการแถลงข่าวเมื่อวันจันทร์ นายกรัฐมนตรีกล่าวว่า:"));
        assert!(!is_header("প্রধানমন্ত্রী আজ সংসদে দেওয়া এক ভাষণে বলেছেন:"));
        // "ने" alone is no verb.
        assert!(!is_header("राहुल ने:"));
    }
}
