//! Block features: numbers that describe a block's text and its place in the page, the
//! input of the content scorer. The same features serve both kinds of input; those that
//! only HTML can give are zero for dumps.

use rustc_hash::FxHashMap;

use crate::clean::block::{Block, BlockKind};
use crate::clean::shape::{self, KeyRelation, comparison_key};
use crate::clean::stopwords::{self, WordHasher};

/// The names of the features, in vector order. The trained weights refer to them by name.
pub const FEATURE_NAMES: [&str; N_FEATURES] = [
    "log_chars",
    "words",
    "ends_like_sentence",
    "sentence_marks",
    "capitalised_ratio",
    "function_word_ratio",
    "page_frequent_word_ratio",
    "digit_ratio",
    "commas",
    "separators",
    "short",
    "starts_lowercase",
    "uppercase_ratio",
    "has_url_or_handle",
    "ends_with_colon",
    "repeated_in_page",
    "title_like",
    "is_title",
    "group_size",
    "group_single",
    "group_mean_log_chars",
    "position",
    "prev_log_chars",
    "prev_sentence",
    "prev2_log_chars",
    "prev2_sentence",
    "next_log_chars",
    "next_sentence",
    "next2_log_chars",
    "next2_sentence",
    "distance_to_core",
    "before_core",
    "after_core",
    "short_run",
    "removed_by_rule",
    "link_density",
    "heading",
    "list_item",
    "table_row",
    "quote_or_pre",
    "caption",
    "class_negative",
    "class_positive",
    "in_article",
    "depth",
    "hidden",
    "length_under_15",
    "length_15_40",
    "length_40_80",
    "length_80_160",
    "length_160_320",
    "length_320_up",
    "long_prose",
    "position_of_short",
    "prose_weight",
    "link_density_over_half",
    "repeated_item",
    "item_link_density",
    "own_repeats",
    "ends_with_ellipsis",
];

/// Number of features.
pub const N_FEATURES: usize = 60;

/// A feature vector.
pub type FeatureVector = [f32; N_FEATURES];

/// A block of at least this many words that ends like a sentence anchors the "core" of
/// the page: the body is usually near such blocks, boilerplate far from them.
const CORE_MIN_WORDS: usize = 20;
/// A block of at least this many words that ends like a sentence is "long prose".
const LONG_PROSE_WORDS: usize = 30;
/// Position counts as evidence only for blocks this short (menus, footers, buttons).
const SHORT_FOR_POSITION_WORDS: usize = 10;
/// Blocks of at most this many words count as short (menu items, buttons, headlines).
const SHORT_MAX_WORDS: usize = 6;
/// How many of the page's most frequent words act as its own function words.
const PAGE_FREQUENT_WORDS: usize = 24;

/// What is measured of one block's text alone, in one pass over its characters.
#[derive(Debug, Clone, Default)]
pub struct TextStats {
    pub chars: usize,
    pub words: usize,
    pub ends_like_sentence: bool,
    pub sentence_marks: usize,
    pub capitalised_ratio: f32,
    pub function_word_ratio: f32,
    pub digit_ratio: f32,
    pub commas: usize,
    pub separators: bool,
    pub starts_lowercase: bool,
    pub uppercase_ratio: f32,
    pub has_url_or_handle: bool,
    pub ends_with_colon: bool,
    /// `ln(1 + chars) / 8`, with characters of unspaced scripts weighted up (see
    /// [`UNSPACED_CHAR_WEIGHT`]); used many times per block.
    pub log_chars: f32,
    /// Where this block's word hashes sit in the page's hash buffer.
    pub hashes: std::ops::Range<usize>,
    /// Tokens of the block: words of spaced scripts plus characters of unspaced ones.
    pub tokens: usize,
}

impl TextStats {
    /// Measure `text` alone (allocates a small buffer for the word hashes).
    pub fn of(text: &str) -> TextStats {
        TextStats::scan(text, &mut Vec::new())
    }

    /// Measure `text`, appending the hashes of its lower-case words (words of spaced
    /// scripts, at most [`HASHED_WORD_MAX_CHARS`] characters long) to `hashes`.
    pub fn scan(text: &str, hashes: &mut Vec<u64>) -> TextStats {
        let first_hash = hashes.len();
        let mut chars = 0usize;
        let mut digits = 0usize;
        let mut letters = 0usize;
        let mut upper = 0usize;
        let mut commas = 0usize;
        let mut separators = false;
        let mut cjk = 0usize;
        let mut thai = 0usize;
        let mut unspaced = shape::UnspacedWords::default();
        let mut cjk_function = 0usize;
        let mut sentence_marks = 0usize;
        let mut pending_mark = false;
        // Words of spaced scripts.
        let mut words = 0usize;
        let mut function_words = 0usize;
        let mut capitalised = 0usize;
        let mut cased = 0usize;
        let mut in_word = false;
        let mut word_chars = 0usize;
        let mut hasher = WordHasher::new();
        let mut first_letter_lower: Option<bool> = None;
        let mut has_at = false;

        let end_word = |hasher: &mut WordHasher, word_chars: usize, hashes: &mut Vec<u64>, fw: &mut usize| {
            let h = hasher.finish();
            if stopwords::is_function_word_hash(h) {
                *fw += 1;
            }
            if word_chars <= HASHED_WORD_MAX_CHARS {
                hashes.push(h);
            }
        };

        for c in text.chars() {
            chars += 1;
            if pending_mark {
                if c.is_whitespace() || matches!(c, '"' | '”' | '’' | '»' | ')') {
                    sentence_marks += 1;
                }
                pending_mark = false;
            }
            if shape::is_alphanumeric(c) && !shape::is_unspaced_script(c) {
                unspaced.interrupt();
                if c.is_ascii_digit() {
                    digits += 1;
                } else {
                    letters += 1;
                    let is_upper = shape::is_uppercase(c);
                    if is_upper {
                        upper += 1;
                    }
                    if first_letter_lower.is_none() {
                        first_letter_lower = Some(shape::is_lowercase(c));
                    }
                    if !in_word {
                        if is_upper {
                            capitalised += 1;
                            cased += 1;
                        } else if shape::is_lowercase(c) {
                            cased += 1;
                        }
                    }
                }
                if !in_word {
                    in_word = true;
                    words += 1;
                    word_chars = 0;
                    hasher = WordHasher::new();
                }
                word_chars += 1;
                if c.is_ascii() {
                    hasher.push_byte((c as u8).to_ascii_lowercase());
                } else {
                    for l in c.to_lowercase() {
                        hasher.push_char(l);
                    }
                }
                continue;
            }
            if in_word && (c == '\'' || c == '’' || shape::is_word_mark(c)) {
                // An apostrophe inside a word ("don't") keeps the word going, as does a
                // combining mark (the virama of `क्या`).
                hasher.push_char(c);
                continue;
            }
            if in_word {
                end_word(&mut hasher, word_chars, hashes, &mut function_words);
                in_word = false;
            }
            if shape::is_unspaced_script(c) {
                letters += 1;
                cjk += 1;
                thai += usize::from(matches!(c, '\u{0E01}'..='\u{0E5B}'));
                unspaced.push(c);
                if stopwords::is_cjk_function_char(c) {
                    cjk_function += 1;
                }
                // Each character is a token of the page's vocabulary: a page's most
                // frequent characters are its particles, as a spaced page's are its
                // function words.
                let mut h = WordHasher::new();
                h.push_char(c);
                hashes.push(h.finish());
                if first_letter_lower.is_none() {
                    first_letter_lower = Some(false);
                }
                continue;
            }
            unspaced.interrupt();
            match c {
                '.' | '!' | '?' => pending_mark = true,
                ',' | '，' | '、' => commas += 1,
                '|' | '»' | '«' | '©' | '·' | '•' | '›' | '/' | '>' => separators = true,
                '@' => has_at = true,
                c if shape::ends_sentence_alone(c) => sentence_marks += 1,
                _ => {}
            }
        }
        if in_word {
            end_word(&mut hasher, word_chars, hashes, &mut function_words);
        }
        if pending_mark {
            sentence_marks += 1;
        }
        let function_word_ratio = if cjk > words && thai * 2 > cjk {
            stopwords::thai_function_words(text) as f32 / unspaced.words().max(1) as f32
        } else if cjk > words {
            cjk_function as f32 / cjk.max(1) as f32 * CJK_FUNCTION_SCALE
        } else {
            function_words as f32 / words.max(1) as f32
        };
        let trimmed = text.trim_end();
        let ends_with_colon = trimmed.ends_with(':') || trimmed.ends_with('：');
        TextStats {
            chars,
            words: words + unspaced.words(),
            ends_like_sentence: !ends_with_colon && shape::ends_like_sentence(text),
            sentence_marks,
            capitalised_ratio: if cased == 0 { 0.0 } else { capitalised as f32 / cased as f32 },
            function_word_ratio: function_word_ratio.min(1.0),
            digit_ratio: digits as f32 / chars.max(1) as f32,
            commas,
            separators,
            starts_lowercase: first_letter_lower == Some(true),
            uppercase_ratio: upper as f32 / letters.max(1) as f32,
            has_url_or_handle: has_at || shape::has_url_mark(text),
            ends_with_colon,
            log_chars: ((chars + (cjk - unspaced.syllabic_letters()) * (UNSPACED_CHAR_WEIGHT - 1)) as f32).ln_1p()
                / 8.0,
            hashes: first_hash..hashes.len(),
            tokens: words + cjk,
        }
    }
}

/// How many Latin letters one Han or kana character weighs in the length features: a
/// Chinese or Japanese paragraph of 70 characters says as much as an English one of about
/// 200, and must not look like a short line. A Thai or Khmer letter weighs one.
const UNSPACED_CHAR_WEIGHT: usize = 3;

/// Function characters make up a smaller share of Chinese and Japanese text than function
/// words of a spaced language; this scales their share to a comparable range.
const CJK_FUNCTION_SCALE: f32 = 2.0;

/// Words longer than this are not hashed for the page's frequent words (function words
/// are short).
pub const HASHED_WORD_MAX_CHARS: usize = 5;

/// Context shared by all blocks of a page.
pub struct PageContext<'a> {
    pub title: Option<&'a str>,
}

/// Compute the feature vector of every block.
pub fn compute(blocks: &[Block], page: &PageContext<'_>) -> Vec<FeatureVector> {
    let mut hashes = Vec::new();
    let stats: Vec<TextStats> = blocks.iter().map(|b| TextStats::scan(&b.text, &mut hashes)).collect();
    compute_with_stats(blocks, &stats, &hashes, page)
}

/// Like [`compute`], reusing text statistics (and their word hashes) computed before.
pub fn compute_with_stats(
    blocks: &[Block],
    stats: &[TextStats],
    hashes: &[u64],
    page: &PageContext<'_>,
) -> Vec<FeatureVector> {
    let n = blocks.len();
    let frequent = page_frequent_words(stats, hashes);
    let repeated = repeated_blocks(blocks);
    let title_key = page.title.map(comparison_key).filter(|k| !k.is_empty());
    let core: Vec<usize> =
        (0..n).filter(|&i| stats[i].words >= CORE_MIN_WORDS && stats[i].ends_like_sentence).collect();
    let groups = group_spans(blocks);
    let short_runs = short_runs(stats);

    let log_chars = |i: usize| stats[i].log_chars;
    let mut out = Vec::with_capacity(n);
    let mut core_cursor = 0usize;
    let mut group_mean = 0f32;
    for i in 0..n {
        let s = &stats[i];
        let b = &blocks[i];
        let mut f = [0f32; N_FEATURES];
        f[0] = log_chars(i);
        f[1] = s.words.min(80) as f32 / 80.0;
        f[2] = flag(s.ends_like_sentence);
        f[3] = s.sentence_marks.min(5) as f32 / 5.0;
        f[4] = s.capitalised_ratio;
        f[5] = s.function_word_ratio;
        f[6] = frequent_word_ratio(&hashes[s.hashes.clone()], s.tokens, &frequent);
        f[7] = s.digit_ratio;
        f[8] = s.commas.min(5) as f32 / 5.0;
        f[9] = flag(s.separators);
        f[10] = flag(s.words <= SHORT_MAX_WORDS);
        f[11] = flag(s.starts_lowercase);
        f[12] = s.uppercase_ratio;
        f[13] = flag(s.has_url_or_handle);
        f[14] = flag(s.ends_with_colon);
        f[15] = flag(repeated[i]);
        f[16] = flag(!s.ends_like_sentence && s.capitalised_ratio >= 0.6 && (3..=15).contains(&s.words));
        f[17] = flag(title_key.as_deref().is_some_and(|t| is_title(&b.text, s.chars, t)));
        let (start, end) = groups[i];
        let size = end - start;
        f[18] = size.min(20) as f32 / 20.0;
        f[19] = flag(size == 1);
        // Summed once, at the group's first block: one group of many blocks must not cost
        // the square of their number.
        if i == start {
            group_mean = (start..end).map(log_chars).sum::<f32>() / size.max(1) as f32;
        }
        f[20] = group_mean;
        f[21] = if n > 1 { i as f32 / (n - 1) as f32 } else { 0.0 };
        // A missing neighbour (first or last block) mirrors the block itself, so the edge
        // of the input is not mistaken for a change from text to boilerplate.
        let neighbour = |j: Option<usize>| match j {
            Some(j) if j < n => (log_chars(j), flag(stats[j].ends_like_sentence)),
            _ => (log_chars(i), flag(s.ends_like_sentence)),
        };
        (f[22], f[23]) = neighbour(i.checked_sub(1));
        (f[24], f[25]) = neighbour(i.checked_sub(2));
        (f[26], f[27]) = neighbour(Some(i + 1));
        (f[28], f[29]) = neighbour(Some(i + 2));
        while core_cursor + 1 < core.len() && core[core_cursor + 1] <= i {
            core_cursor += 1;
        }
        if core.is_empty() {
            f[30] = 1.0;
        } else {
            let below = core[core_cursor];
            let mut distance = below.abs_diff(i);
            if let Some(&above) = core.get(core_cursor + 1) {
                distance = distance.min(above.abs_diff(i));
            }
            f[30] = distance.min(30) as f32 / 30.0;
            f[31] = flag(i < core[0]);
            f[32] = flag(i > core[core.len() - 1]);
        }
        f[33] = short_runs[i].min(20) as f32 / 20.0;
        f[34] = flag(b.is_removed());
        if let Some(h) = &b.html {
            f[35] = h.link_density;
            f[41] = h.class_negative.min(3) as f32 / 3.0;
            f[42] = h.class_positive.min(3) as f32 / 3.0;
            f[43] = flag(h.in_article);
            f[44] = h.depth.min(50) as f32 / 50.0;
            f[45] = flag(h.hidden);
            f[56] = (h.item_repeats.max(1) as f32).log2().min(5.0) / 5.0;
            f[57] = h.item_link_density;
            f[58] = (h.own_repeats.max(1) as f32).log2().min(5.0) / 5.0;
            // HTML only: on dumps it measured worse (cross-validated F1 -0.003 on scrapinghub).
            f[59] = flag(shape::ends_with_ellipsis(&b.text));
        }
        // Non-linear views of length, position and prose, so that a linear scorer can say
        // "a long prose paragraph is text wherever it sits" and "a short line near the end
        // is furniture" at once.
        let weighted_chars = ((s.log_chars * 8.0).exp() - 1.0).max(0.0);
        let bin = match weighted_chars as usize {
            0..15 => 46,
            15..40 => 47,
            40..80 => 48,
            80..160 => 49,
            160..320 => 50,
            _ => 51,
        };
        f[bin] = 1.0;
        f[52] = flag(s.words >= LONG_PROSE_WORDS && s.ends_like_sentence);
        f[53] = if s.words <= SHORT_FOR_POSITION_WORDS { f[21] } else { 0.0 };
        f[54] = s.function_word_ratio.max(f[6]) * (s.words.min(LONG_PROSE_WORDS) as f32 / LONG_PROSE_WORDS as f32);
        f[55] = flag(f[35] > 0.5);
        match b.kind {
            BlockKind::Heading(_) => f[36] = 1.0,
            BlockKind::ListItem => f[37] = 1.0,
            BlockKind::TableRow => f[38] = 1.0,
            BlockKind::Quote | BlockKind::Preformatted => f[39] = 1.0,
            BlockKind::Caption => f[40] = 1.0,
            BlockKind::Paragraph | BlockKind::Line => {}
        }
        out.push(f);
    }
    out
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

/// Whether a block repeats the title (or the title repeats the block plus a site name).
fn is_title(text: &str, chars: usize, title_key: &str) -> bool {
    if chars < 4 || chars > title_key.len() * 2 + 8 {
        return false;
    }
    match shape::key_relation(text, title_key) {
        KeyRelation::Equal => true,
        KeyRelation::Prefix => chars >= 12,
        KeyRelation::Other => false,
    }
}

/// For each block, the span `[start, end)` of its group: consecutive blocks without a
/// group break between them.
fn group_spans(blocks: &[Block]) -> Vec<(usize, usize)> {
    let n = blocks.len();
    let mut spans = vec![(0, 0); n];
    let mut start = 0;
    let breaks = blocks.iter().enumerate().skip(1).filter(|(_, b)| b.starts_group).map(|(i, _)| i);
    for end in breaks.chain(std::iter::once(n)) {
        if end > start {
            spans[start..end].fill((start, end));
            start = end;
        }
    }
    spans
}

/// For each block, the length of the run of consecutive short blocks it belongs to (0 for
/// blocks that are not short).
fn short_runs(stats: &[TextStats]) -> Vec<usize> {
    let n = stats.len();
    let mut runs = vec![0; n];
    let mut i = 0;
    while i < n {
        if stats[i].words > SHORT_MAX_WORDS || stats[i].ends_like_sentence {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && stats[i].words <= SHORT_MAX_WORDS && !stats[i].ends_like_sentence {
            i += 1;
        }
        for run in runs.iter_mut().take(i).skip(start) {
            *run = i - start;
        }
    }
    runs
}

/// Which blocks have the same text as another block of the page (menus repeated at the
/// top and the bottom, "Share" buttons, ...).
fn repeated_blocks(blocks: &[Block]) -> Vec<bool> {
    let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
    for b in blocks {
        *counts.entry(b.text.as_str()).or_default() += 1;
    }
    blocks.iter().map(|b| counts.get(b.text.as_str()).copied().unwrap_or(0) > 1).collect()
}

/// The page's own most frequent short words, taken from its longer blocks: in any
/// language with spaces these are mostly function words, so a high share of them marks
/// prose even in languages the fixed lists do not know.
fn page_frequent_words(stats: &[TextStats], hashes: &[u64]) -> Vec<u64> {
    let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
    for s in stats.iter().filter(|s| s.words >= 12) {
        for h in &hashes[s.hashes.clone()] {
            *counts.entry(*h).or_default() += 1;
        }
    }
    let mut ranked: Vec<(u64, u32)> = counts.into_iter().filter(|(_, c)| *c >= 3).collect();
    ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(PAGE_FREQUENT_WORDS);
    let mut words: Vec<u64> = ranked.into_iter().map(|(w, _)| w).collect();
    words.sort_unstable();
    words
}

fn frequent_word_ratio(block_hashes: &[u64], words: usize, frequent: &[u64]) -> f32 {
    if frequent.is_empty() || words == 0 {
        return 0.0;
    }
    let hits = block_hashes.iter().filter(|h| frequent.binary_search(h).is_ok()).count();
    hits as f32 / words as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::dump;

    fn features_of(text: &str, title: Option<&str>) -> Vec<FeatureVector> {
        let blocks = dump::segment(text);
        compute(&blocks, &PageContext { title })
    }

    #[test]
    fn sentence_marks_agree_with_the_shape_measure_in_other_scripts() {
        for text in
            ["सरकार ने योजना की घोषणा की। यह अच्छा है।", "会谈将于周一恢复。双方同意了。", "هل ستستأنف المحادثات؟ نعم."]
        {
            assert_eq!(TextStats::of(text).sentence_marks, shape::sentence_marks(text), "{text}");
            assert_eq!(TextStats::of(text).sentence_marks, 2, "{text}");
        }
    }

    #[test]
    fn running_text_is_dense_in_function_words_beyond_the_big_languages() {
        let sentences = [
            (
                "el",
                "Η κυβέρνηση ανακοίνωσε ότι θα υπάρξουν νέα μέτρα για την οικονομία και τους πολίτες από την επόμενη εβδομάδα.",
            ),
            ("ar", "قال الوزير في مؤتمر صحفي إن الحكومة ستعمل على تحسين الخدمات في كل المدن بعد الانتخابات."),
            ("fa", "وزیر گفت که دولت برای بهبود وضعیت اقتصادی این کشور تلاش می کند."),
            ("he", "הממשלה הודיעה כי היא תפעל עם כל הרשויות על מנת לשפר את השירות."),
            ("hi", "सरकार ने कहा कि नई योजना से देश के सभी किसानों को लाभ होगा और यह अगले महीने से शुरू होगी।"),
            ("uk", "Уряд заявив що нова програма допоможе всім громадам і буде також корисною для бізнесу."),
            ("ko", "정부는 새로운 정책을 통해 경제를 살리기 위해 노력하고 있다 그리고 국민들의 의견을 들을 것이다."),
            (
                "hu",
                "A kormány szerint az új törvény segít a családoknak és a vállalkozásoknak is, hogy tervezni tudjanak.",
            ),
            ("fi", "Hallitus kertoi että uusi laki tulee voimaan ensi vuonna ja se koskee myös yrityksiä."),
            (
                "sw",
                "Serikali imesema kwamba mpango huu utasaidia wakulima wa mikoa yote na pia wafanyabiashara wadogo.",
            ),
            ("tl", "Sinabi ng pamahalaan na ang bagong programa ay makakatulong sa mga magsasaka sa buong bansa."),
            ("af", "Die regering het gesê dat die nuwe plan die boere in al die provinsies sal help."),
            ("az", "Hökumət bildirib ki, bu yeni proqram bütün kəndlilər üçün və kiçik biznes üçün də faydalı olacaq."),
            ("kk", "Үкімет бұл жаңа бағдарлама барлық фермерлерге және шағын бизнеске де көмектесетінін айтты."),
            ("hy", "Կառավարությունը հայտնել է, որ այս նոր ծրագիրը կօգնի բոլոր ֆերմերներին և նաև փոքր բիզնեսին:"),
            ("ka", "მთავრობამ განაცხადა, რომ ეს ახალი პროგრამა ყველა ფერმერს დაეხმარება და ასევე მცირე ბიზნესს."),
            ("lt", "Vyriausybė pranešė, kad ši nauja programa padės visiems ūkininkams ir taip pat smulkiam verslui."),
            ("sq", "Qeveria tha se ky program i ri do të ndihmojë të gjithë fermerët dhe bizneset e vogla në vend."),
            (
                "ur",
                "حکومت نے کہا کہ یہ نیا منصوبہ ملک کے تمام کسانوں کے لیے فائدہ مند ہو گا اور اگلے ماہ سے شروع ہو گا۔",
            ),
            ("bn", "সরকার জানিয়েছে যে এই নতুন প্রকল্পটি দেশের সব কৃষকের জন্য উপকারী হবে এবং আগামী মাস থেকে শুরু হবে।"),
            ("mr", "सरकारने सांगितले की ही नवीन योजना सर्व शेतकऱ्यांसाठी फायदेशीर आहे आणि ती पुढील महिन्यात सुरू होईल."),
            (
                "ta",
                "இந்த புதிய திட்டம் அனைத்து விவசாயிகளுக்கும் பயனுள்ளதாக இருக்கும் என்று அரசு கூறியது மற்றும் அது அடுத்த மாதம் தொடங்கும்.",
            ),
            // Thai writes no spaces between words: its function words are found inside the run.
            (
                "th",
                "ปรานี ภรรยาของสุรชัยกล่าวว่า ได้ทราบข่าวจากบุตรชายแล้ว แต่ยังไม่ขอพูดอะไร โดยเบื้องต้นได้ทำใจแต่แรกแล้วว่าเหตุการณ์ลักษณะนี้จะต้องเกิดขึ้นสักวันหนึ่ง",
            ),
        ];
        for (lang, sentence) in sentences {
            let ratio = TextStats::of(sentence).function_word_ratio;
            assert!(ratio >= 0.25, "{lang}: {ratio}");
        }
        // A menu in the same languages is not.
        assert!(TextStats::of("Αρχική Πολιτική Οικονομία Αθλητισμός").function_word_ratio < 0.1);
        assert!(TextStats::of("เศรษฐกิจ").function_word_ratio < 0.1);
    }

    fn index(name: &str) -> usize {
        FEATURE_NAMES.iter().position(|n| *n == name).unwrap_or(usize::MAX)
    }

    #[test]
    fn prose_and_menus_differ_in_the_expected_direction() {
        let f = features_of(
            "Home\nWorld\nSports\n\nThe minister said on Tuesday that the talks would resume in Geneva, and that both sides had agreed to the terms.\n",
            None,
        );
        let fw = index("function_word_ratio");
        assert!(f[3][fw] > f[0][fw]);
        assert_eq!(f[3][index("ends_like_sentence")], 1.0);
        assert_eq!(f[0][index("short")], 1.0);
        assert_eq!(f[0][index("short_run")], 3.0 / 20.0);
        assert_eq!(f[0][index("before_core")], 1.0);
    }

    #[test]
    fn repeated_lines_and_the_title_are_flagged() {
        let f = features_of(
            "Russia says US stalling - Site\n\nShare\n\nRussia says US stalling\n\nShare\n",
            Some("Russia says US stalling - Site"),
        );
        assert_eq!(f[1][index("repeated_in_page")], 1.0);
        assert_eq!(f[2][index("is_title")], 1.0);
        assert_eq!(f[0][index("is_title")], 1.0);
    }

    #[test]
    fn names_and_vector_agree() {
        assert_eq!(FEATURE_NAMES.len(), N_FEATURES);
        let mut sorted = FEATURE_NAMES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), N_FEATURES);
    }
}
