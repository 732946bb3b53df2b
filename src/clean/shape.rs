//! Small measures of the shape of a piece of text, shared by the rules and the scorer.

/// Whether `c` is a character of a script written without spaces between words
/// (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar), whose words are counted from its
/// characters ([`UnspacedWords`]).
pub fn is_unspaced_script(c: char) -> bool {
    // Most characters come before the first of these blocks: one comparison for them.
    if (c as u32) < 0x0E00 {
        return false;
    }
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x0E00..=0x0EFF    // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x20000..=0x2FFFF) // CJK extensions B and later
}

/// Words of scripts written without spaces, counted from their characters as they come:
/// two Han or kana characters make about a word; a run of katakana is one word, a loanword
/// (`テクノロジー`); Thai, Lao, Myanmar and Khmer words run to several characters with their
/// vowel signs and stacked consonants, so a menu item `เทคโนโลยี` is one word, not five.
#[derive(Debug, Default, Clone, Copy)]
pub struct UnspacedWords {
    ideographic: usize,
    syllabic: usize,
    katakana_runs: usize,
    in_katakana: bool,
}

/// Han and kana characters per word.
const IDEOGRAPHIC_CHARS_PER_WORD: usize = 2;
/// Letters (marks not counted) per word of Thai, Lao, Myanmar and Khmer.
const SYLLABIC_LETTERS_PER_WORD: usize = 4;

impl UnspacedWords {
    /// Count `c`, a character of an unspaced script ([`is_unspaced_script`]).
    #[inline]
    pub fn push(&mut self, c: char) {
        match c as u32 {
            // Katakana and its prolonged sound mark; the middle dot `・` between the parts
            // of a foreign name ends a run.
            0x30A0..=0x30FA | 0x30FC..=0x30FF => {
                self.katakana_runs += usize::from(!self.in_katakana);
                self.in_katakana = true;
                return;
            }
            0x30FB => {}
            // Letters only: the vowel signs, tone marks and stacked consonants around them
            // make a word longer in characters, not in sounds.
            0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF => {
                self.syllabic += usize::from(!unicode_normalization::char::is_combining_mark(c));
            }
            _ => self.ideographic += 1,
        }
        self.in_katakana = false;
    }

    /// A character of another script, a space or a mark came between.
    #[inline]
    pub fn interrupt(&mut self) {
        self.in_katakana = false;
    }

    pub fn words(&self) -> usize {
        self.ideographic.div_ceil(IDEOGRAPHIC_CHARS_PER_WORD)
            + self.syllabic.div_ceil(SYLLABIC_LETTERS_PER_WORD)
            + self.katakana_runs
    }

    /// Letters of Thai, Lao, Myanmar and Khmer: they weigh like those of an alphabet, not
    /// like a Han character that is most of a word.
    pub fn syllabic_letters(&self) -> usize {
        self.syllabic
    }
}

/// Characters below this are classified by table ([`is_alphanumeric`] and friends): Latin,
/// Greek, Cyrillic and the other alphabets, and the punctuation and symbol blocks, which
/// are most of the non-ASCII characters of pages outside East Asia.
const CLASS_TABLE_END: u32 = 0x3000;

const ALPHANUMERIC: u8 = 1;
const UPPERCASE: u8 = 2;
const LOWERCASE: u8 = 4;
const NUMERIC: u8 = 8;
/// A combining mark that is not a letter itself: the virama of Devanagari and the other
/// Indic scripts, nuktas, accents typed apart. Inside a word it does not end the word.
const WORD_MARK: u8 = 16;

/// The classes of every character below [`CLASS_TABLE_END`], as `char` gives them: its
/// Unicode tables cost a search per non-ASCII character, this a load.
static CHAR_CLASSES: std::sync::LazyLock<Box<[u8]>> = std::sync::LazyLock::new(|| {
    (0..CLASS_TABLE_END)
        .map(|code| match char::from_u32(code) {
            Some(c) => [
                (c.is_alphanumeric(), ALPHANUMERIC),
                (c.is_uppercase(), UPPERCASE),
                (c.is_lowercase(), LOWERCASE),
                (c.is_numeric(), NUMERIC),
                (!c.is_alphanumeric() && unicode_normalization::char::is_combining_mark(c), WORD_MARK),
            ]
            .into_iter()
            .filter(|&(has, _)| has)
            .fold(0, |classes, (_, class)| classes | class),
            None => 0,
        })
        .collect()
});

/// The table's classes of `c`, or `None` above the table.
#[inline]
fn classes(c: char) -> Option<u8> {
    CHAR_CLASSES.get(c as usize).copied()
}

/// Whether `c` has the table's `class`: `ascii` answers for ASCII, the table below
/// [`CLASS_TABLE_END`], `unicode` (the `char` method) above it.
#[inline(always)]
fn has_class(c: char, class: u8, ascii: fn(&char) -> bool, unicode: fn(char) -> bool) -> bool {
    if c.is_ascii() {
        return ascii(&c);
    }
    classes(c).map_or_else(|| unicode(c), |k| k & class != 0)
}

/// `c.is_alphanumeric()`, faster for non-ASCII characters.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    has_class(c, ALPHANUMERIC, char::is_ascii_alphanumeric, char::is_alphanumeric)
}

/// Whether `c` is a combining mark that belongs to the word it follows though it is no
/// letter (`्` in `क्या`): words go on across it.
#[inline]
pub fn is_word_mark(c: char) -> bool {
    has_class(c, WORD_MARK, |_| false, |c| !c.is_alphanumeric() && unicode_normalization::char::is_combining_mark(c))
}

/// `c.is_uppercase()`, faster for non-ASCII characters.
#[inline]
pub fn is_uppercase(c: char) -> bool {
    has_class(c, UPPERCASE, char::is_ascii_uppercase, char::is_uppercase)
}

/// `c.is_lowercase()`, faster for non-ASCII characters.
#[inline]
pub fn is_lowercase(c: char) -> bool {
    has_class(c, LOWERCASE, char::is_ascii_lowercase, char::is_lowercase)
}

/// `c.is_numeric()`, faster for non-ASCII characters.
#[inline]
pub fn is_numeric(c: char) -> bool {
    has_class(c, NUMERIC, char::is_ascii_digit, char::is_numeric)
}

/// Words in `text`: runs of alphanumeric characters, and the words that the characters of
/// unspaced scripts make ([`UnspacedWords`]: two Han or kana characters, a katakana run, four
/// Thai or Khmer letters).
/// Apostrophes and hyphens do not end a word ("don't", "well-known" are one word each).
pub fn word_count(text: &str) -> usize {
    word_count_up_to(text, usize::MAX)
}

/// [`word_count`] when it is at most `limit`, else a number above `limit`: the count stops
/// as soon as it passes the limit, so a test of a long block against a small bound reads
/// only the start of it.
pub fn word_count_up_to(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0usize;
    let mut unspaced = UnspacedWords::default();
    let mut in_word = false;
    let mut i = 0;
    // ASCII bytes are classified directly: most text is mostly ASCII, and the character
    // tables of `char` cost far more than a byte test.
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            // Without branches on the byte: word starts are too irregular to predict.
            let alphanumeric = b.is_ascii_alphanumeric();
            let joiner = b == b'\'' || b == b'-';
            words += usize::from(alphanumeric & !in_word);
            in_word = alphanumeric | (in_word & joiner);
            unspaced.interrupt();
            if words > limit {
                return words;
            }
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        i += c.len_utf8();
        if is_unspaced_script(c) {
            unspaced.push(c);
            in_word = false;
            // Both parts only grow, so once past the limit the count stays past it.
            if words.saturating_add(unspaced.words()) > limit {
                return words + unspaced.words();
            }
            continue;
        }
        unspaced.interrupt();
        if is_alphanumeric(c) {
            words += usize::from(!in_word);
            in_word = true;
        } else if c != '’' && !is_word_mark(c) {
            in_word = false;
        }
        if words > limit {
            return words + unspaced.words();
        }
    }
    words + unspaced.words()
}

/// Whether the text holds `://` or `www.`: a URL. Found with a SIMD search for `:` and `w`
/// and a look at the bytes after them, faster on short blocks than substring searches.
pub fn has_url_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b':', bytes).any(|i| bytes.get(i + 1..i + 3) == Some(&b"//"[..]))
        || memchr::memchr_iter(b'w', bytes).any(|i| bytes.get(i + 1..i + 4) == Some(&b"ww."[..]))
}

/// The text without the whitespace, closing quotes and brackets at its end: what is left
/// ends with the sentence's own punctuation, if it has any.
pub fn trim_closing_marks(text: &str) -> &str {
    text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '）')
    })
}

/// Marks that end a statement in the world's scripts: the Latin full stop, the CJK and
/// full-width ones, the Devanagari danda (Hindi, Marathi, Nepali) and double danda, the Urdu
/// full stop, the Armenian, Ethiopic, Burmese, Khmer and Tibetan ones.
pub const FULL_STOPS: [char; 12] = ['.', '。', '．', '｡', '।', '॥', '۔', '։', '።', '။', '។', '།'];

/// Marks that end a sentence without a full stop: exclamation and question marks, also the
/// full-width, Arabic and Ethiopic ones, and the ellipsis.
pub const OTHER_SENTENCE_ENDS: [char; 7] = ['!', '?', '！', '？', '؟', '፧', '…'];

/// Marks inside a sentence that never end a headline: commas (Latin, CJK, ideographic,
/// Arabic) and semicolons.
pub const CLAUSE_MARKS: [char; 6] = [',', '，', '、', '،', ';', '；'];

/// Whether `c` ends a statement: a full stop of any script (see [`FULL_STOPS`]).
pub fn is_full_stop(c: char) -> bool {
    FULL_STOPS.contains(&c)
}

/// Whether `c` ends a sentence wherever it stands, with or without a space after it: the
/// sentence ends of scripts other than Latin (`。`, `।`, `؟`...), which need no space
/// after them, unlike `.` in `3.5` or `e.g.`.
pub fn ends_sentence_alone(c: char) -> bool {
    !c.is_ascii() && c != '…' && (is_full_stop(c) || OTHER_SENTENCE_ENDS.contains(&c))
}

/// Whether the text ends like a sentence: a full stop, `!`, `?`, `…` or their forms in other
/// scripts, `;` or `:`, possibly followed by closing quotes or brackets.
pub fn ends_like_sentence(text: &str) -> bool {
    let trimmed = trim_closing_marks(text);
    match trimmed.chars().next_back() {
        Some(c) if is_full_stop(c) || OTHER_SENTENCE_ENDS.contains(&c) || matches!(c, ';' | '；' | ':') => true,
        // Thai and Lao end a sentence with a space and a paragraph with nothing: a line of
        // them as long as a paragraph ends like one.
        Some('\u{0E01}'..='\u{0EDF}') => {
            word_count_up_to(trimmed, UNMARKED_PARAGRAPH_WORDS) >= UNMARKED_PARAGRAPH_WORDS
        }
        _ => false,
    }
}

/// A line of Thai or Lao this many words long is a paragraph, though nothing marks its end.
const UNMARKED_PARAGRAPH_WORDS: usize = 15;

/// Whether the text ends cut short with an ellipsis (`...`, `…`, `[…]`), as the
/// truncated lede of a teaser does.
pub fn ends_with_ellipsis(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ']' | ')' | '"' | '”'));
    trimmed.ends_with("...") || trimmed.ends_with('…')
}

/// Count of sentence-ending punctuation marks followed by a space or the end of the text.
pub fn sentence_marks(text: &str) -> usize {
    let mut count = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '.' | '!' | '?' => match chars.peek() {
                None => count += 1,
                Some(n) if n.is_whitespace() || matches!(n, '"' | '”' | '’' | '»' | ')') => count += 1,
                _ => {}
            },
            c if ends_sentence_alone(c) => count += 1,
            _ => {}
        }
    }
    count
}

/// Share of the words that start with an upper-case letter (0 when there are no cased words).
pub fn capitalised_ratio(text: &str) -> f32 {
    let mut cased = 0u32;
    let mut upper = 0u32;
    for word in text.split_whitespace() {
        if let Some(first) = word.chars().find(|c| c.is_alphanumeric()) {
            if first.is_uppercase() {
                upper += 1;
                cased += 1;
            } else if first.is_lowercase() {
                cased += 1;
            }
        }
    }
    if cased == 0 { 0.0 } else { upper as f32 / cased as f32 }
}

/// Collapse every run of whitespace to one space and trim the ends.
/// The text of preformatted content (code, logs, a poem in `<pre>`): its lines kept, each
/// with its indentation (see [`indentation`]) and the rest of its whitespace collapsed;
/// blank lines dropped.
pub fn collapse_preformatted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    lay_out_lines(text, &mut out, |line, rest| line.push_str(&collapse_whitespace(rest)));
    out
}

/// Append the lines of preformatted `text` to `out`, each as `clean` writes what follows
/// its indentation, after that indentation (see [`indentation`]); lines that come out
/// empty are dropped, the others joined by `\n`.
pub fn lay_out_lines(text: &str, out: &mut String, mut clean: impl FnMut(&mut String, &str)) {
    let mut line_text = String::new();
    let mut first = true;
    for line in text.lines() {
        let (indent, rest) = indentation(line);
        line_text.clear();
        clean(&mut line_text, rest);
        if line_text.is_empty() {
            continue;
        }
        if !first {
            out.push('\n');
        }
        first = false;
        out.extend(std::iter::repeat_n(' ', indent));
        out.push_str(&line_text);
    }
}

/// The indentation of a line in spaces (a tab counts as [`TAB_WIDTH`]), and the line after it.
pub fn indentation(line: &str) -> (usize, &str) {
    let rest = line.trim_start();
    let indent = line[..line.len() - rest.len()].chars().map(|c| if c == '\t' { TAB_WIDTH } else { 1 }).sum();
    (indent, rest)
}

/// Spaces a tab stands for in the indentation of preformatted text.
const TAB_WIDTH: usize = 4;

pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_collapsed(&mut out, text);
    out
}

/// Append `text` to `out` with every run of whitespace collapsed to one space and the ends
/// trimmed (a space joins it to what `out` already holds, if anything). Words are copied
/// as whole slices; ASCII bytes are classified without decoding.
fn push_collapsed(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut word_start: Option<usize> = None;
    let mut i = 0;
    let push_word = |out: &mut String, word: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    };
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b.is_ascii() {
            // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed,
            // carriage return, space.
            (matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' '), 1)
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => break,
            }
        };
        match (space, word_start) {
            (true, Some(start)) => {
                push_word(out, text.get(start..i).unwrap_or_default());
                word_start = None;
            }
            (false, None) => word_start = Some(i),
            _ => {}
        }
        i += len;
    }
    if let Some(start) = word_start {
        push_word(out, text.get(start..).unwrap_or_default());
    }
}

/// Lower-case the text and keep only letters and digits separated by single spaces:
/// a key for comparing two texts that differ in punctuation, case or spacing.
pub fn comparison_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// How a text compares with a [`comparison_key`], computed without allocating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRelation {
    /// The text's key equals `key`.
    Equal,
    /// The text's key is a proper prefix of `key`, ending at a word boundary.
    Prefix,
    Other,
}

/// Compare `text`'s comparison key with `key` as the key is built, stopping at the first
/// difference (most texts differ from a title at their first letter).
pub fn key_relation(text: &str, key: &str) -> KeyRelation {
    let mut expected = key.chars().peekable();
    let mut pending_space = false;
    let mut started = false;
    for c in text.chars() {
        if !c.is_alphanumeric() {
            pending_space = started;
            continue;
        }
        if pending_space {
            if expected.next() != Some(' ') {
                return KeyRelation::Other;
            }
            pending_space = false;
        }
        for l in c.to_lowercase() {
            if expected.next() != Some(l) {
                return KeyRelation::Other;
            }
        }
        started = true;
    }
    match expected.peek() {
        None if started => KeyRelation::Equal,
        Some(' ') if started => KeyRelation::Prefix,
        _ => KeyRelation::Other,
    }
}

/// The number a list item starts with (`1.`, `2)`, `#3`, `4a etapa`, `12 - Roma`), when
/// words follow it. Not a time (`10:30`), a decimal (`1.5`), a date (`12/03`), a year or a
/// price: up to three digits, not followed by another digit group.
pub fn leading_number(text: &str) -> Option<u32> {
    let text = text.trim_start();
    let text = text.strip_prefix('#').unwrap_or(text);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = &text[digits..];
    let mut chars = rest.chars();
    let joins_digits = |c: char| matches!(c, ':' | '.' | ',' | '/' | '-');
    if let (Some(c), Some(d)) = (chars.next(), chars.next())
        && joins_digits(c)
        && d.is_ascii_digit()
    {
        return None;
    }
    if !rest.chars().any(char::is_alphabetic) {
        return None;
    }
    text[..digits].parse().ok()
}

/// Vulgar fractions that open quantities (`½ tsp salt`).
const FRACTIONS: &[char] = &['½', '⅓', '⅔', '¼', '¾', '⅕', '⅛'];

/// Whether a line opens with a quantity and names what it counts: `2 sárgarépa`, `80 dkg
/// marhalábszár`, `1.5 kg flour`, `1/2 cup milk`, `2-3 cloves`, `½ tsp salt`, `200g Mehl`.
/// An ingredient or a part of a kit, not a year (`2024 archive`) or a time (`10:30 News`).
pub fn opens_with_quantity(text: &str) -> bool {
    let text = text.trim_start();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if digits == 0 {
        match text.strip_prefix(FRACTIONS) {
            Some(rest) => rest,
            None => return false,
        }
    } else {
        if digits > 4 || (digits == 4 && text[..4].parse::<u32>().is_ok_and(|year| (1900..=2100).contains(&year))) {
            return false;
        }
        let rest = &text[digits..];
        // `1.5`, `1,5`, `1/2`, `2-3`, `1½`; not `10:30`.
        match rest.strip_prefix(['.', ',', '/', '-', '–']) {
            Some(after) if after.starts_with(|c: char| c.is_ascii_digit()) => {
                after.trim_start_matches(|c: char| c.is_ascii_digit())
            }
            _ => rest.strip_prefix(FRACTIONS).unwrap_or(rest),
        }
    };
    let Some(first_letter) = rest.chars().find(|c| c.is_alphabetic()) else { return false };
    // A headline that opens with a figure (`10 Things to Do in Rome`) is capitalised and long;
    // a quantity's unit or thing is lower case (`2 cups flour`) or short (`3 Eier`, `2 EL Öl`).
    rest.starts_with(|c: char| c == ' ' || c.is_alphabetic())
        && (!first_letter.is_uppercase()
            || word_count_up_to(rest, MAX_CAPITALISED_QUANTITY_WORDS + 1) <= MAX_CAPITALISED_QUANTITY_WORDS)
}

/// The most words after a quantity whose first word is capitalised (`2 EL Olivenöl`).
const MAX_CAPITALISED_QUANTITY_WORDS: usize = 2;

/// Whether most of `lines` (three in four) give a fact under a label of their own (`Date:
/// Thursday 16 May 2024`, `Venue: Harpa, Reykjavík`, `Weight: 1.2 kg`), as an event's or a
/// product's facts are printed, and at least a third of the facts hold a figure (dates,
/// times, prices, sizes). Headlines set off by a label (`Watch: ...`, `Analysis: ...`)
/// repeat it, or say more after it than a fact does; `Topic: headline` lists and menus with
/// descriptions seldom hold figures.
pub fn mostly_facts(lines: &[&str]) -> bool {
    let mut labels: Vec<String> = Vec::new();
    let mut numeric = 0;
    for line in lines {
        if let Some((label, has_digit)) = fact_label(line)
            && !labels.contains(&label)
        {
            labels.push(label);
            numeric += usize::from(has_digit);
        }
    }
    4 * labels.len() >= 3 * lines.len() && 3 * numeric >= lines.len()
}

/// The fewest facts (bylines and datelines aside) that make a list of them: an event's
/// `Date:`, `Time:`, `Venue:`, a book's `Author:`, `Pages:`, `ISBN:`.
pub const MIN_LISTED_FACTS: usize = 3;

/// The lines of `lines` that belong to a list of facts under labels ([`mostly_facts`]) with
/// at least [`MIN_LISTED_FACTS`] lines that `is_meta` (a byline or dateline) does not claim:
/// the date of an event or the author of a book listed there is theirs, not the page's.
/// A byline block printed as labels (`Author: …`, `Published: …`, `Reading time: 3 min`)
/// is no such list. `is_meta` is asked only of lines of such a run.
pub fn listed_facts<S: AsRef<str>>(lines: &[S], mut is_meta: impl FnMut(usize) -> bool) -> Vec<bool> {
    let mut listed = vec![false; lines.len()];
    let mut at = 0;
    while at < lines.len() {
        if fact_label(lines[at].as_ref()).is_none() {
            at += 1;
            continue;
        }
        let start = at;
        while at < lines.len() && fact_label(lines[at].as_ref()).is_some() {
            at += 1;
        }
        if at - start < MIN_LISTED_FACTS {
            continue;
        }
        let texts: Vec<&str> = lines[start..at].iter().map(AsRef::as_ref).collect();
        let others = (start..at).filter(|&i| !is_meta(i)).count();
        if others >= MIN_LISTED_FACTS && mostly_facts(&texts) {
            listed[start..at].fill(true);
        }
    }
    listed
}

/// A fact's label has at most this many words...
const MAX_FACT_LABEL_WORDS: usize = 3;
/// ...and what follows it at most this many words (`Plaza Selatan GBK, Senayan, Jakarta`),
/// or this many with a figure among them (`Jumat–Minggu, 17–19 Mei 2024`).
const MAX_FACT_WORDS: usize = 6;
const MAX_FIGURE_FACT_WORDS: usize = 8;

/// The label of a `Label: fact` line, lower case, and whether the fact holds a figure.
pub fn fact_label(text: &str) -> Option<(String, bool)> {
    let (label, fact) = text.split_once([':', '：'])?;
    // `https://…` and `19:30` are no labels.
    if !fact.starts_with(char::is_whitespace) && !text.contains('：') {
        return None;
    }
    let (label, fact) = (label.trim(), fact.trim());
    let has_digit = fact.chars().any(|c| c.is_ascii_digit());
    let max_words = if has_digit { MAX_FIGURE_FACT_WORDS } else { MAX_FACT_WORDS };
    let label_words = label.split_whitespace().count();
    let fact_words = fact.split_whitespace().count();
    ((1..=MAX_FACT_LABEL_WORDS).contains(&label_words) && (1..=max_words).contains(&fact_words))
        .then(|| (label.to_lowercase(), has_digit))
}

/// Whether most of `texts` open or close with a quantity ([`opens_with_quantity`],
/// [`closes_with_quantity`]): a list of ingredients or parts, which is text, not a menu or a
/// list of headlines.
pub fn mostly_quantities<'a>(texts: impl IntoIterator<Item = &'a str>) -> bool {
    let (mut lines, mut quantities) = (0, 0);
    for text in texts {
        lines += 1;
        quantities += usize::from(is_quantity_line(text));
    }
    2 * quantities > lines
}

/// Whether a line opens or closes with a quantity: an ingredient or a part.
pub fn is_quantity_line(text: &str) -> bool {
    opens_with_quantity(text) || closes_with_quantity(text)
}

/// Whether a line names a thing and closes with how much of it, as Japanese, Chinese and
/// Korean recipes list ingredients (`玉ねぎ 1/2個`, `猪肉 250克`, `간장 2큰술`, `しょうゆ
/// 大さじ2`, `塩 少々`) and some Western ones do (`Butter 200 g`). The number is followed by
/// a short unit, or follows one of an unspaced script; a bare number closes names
/// (`iPhone 15`, `Euro 2024`, `Chapter 3`), and a unit of time or date closes datelines
/// (`3月12日`, `5分钟前`).
pub fn closes_with_quantity(text: &str) -> bool {
    let text = text.trim_end();
    if let Some(name) = TO_TASTE.iter().find_map(|word| text.strip_suffix(word)) {
        return is_thing_name(name);
    }
    // The unit after the number, attached (`250g`, `1/2個`) or after a space (`200 g`).
    let unit_chars = text.chars().rev().take_while(|c| c.is_alphabetic()).count();
    let unit_start = text.char_indices().rev().nth(unit_chars.wrapping_sub(1)).map_or(text.len(), |(i, _)| i);
    let unit = &text[unit_start..];
    let before_unit = &text[..unit_start];
    let spaced = before_unit.ends_with(' ');
    let max_unit_chars = if spaced { MAX_SPACED_UNIT_CHARS } else { MAX_UNIT_CHARS };
    if unit_chars > max_unit_chars
        || unit.chars().any(char::is_uppercase)
        || unit.starts_with(TIME_UNIT_CHARS)
        || TIME_UNITS.contains(&unit)
    {
        return false;
    }
    let before_unit = before_unit.trim_end();
    let number_bytes =
        before_unit.bytes().rev().take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'/')).count();
    let number_start = before_unit.len() - number_bytes;
    let mut number_start = number_start;
    // A vulgar fraction (`1½`, `½`) is part of the number.
    while let Some(c) = before_unit[..number_start].chars().next_back().filter(|c| FRACTIONS.contains(c)) {
        number_start -= c.len_utf8();
    }
    let number = &before_unit[number_start..];
    if !number.chars().any(|c| c.is_ascii_digit() || FRACTIONS.contains(&c))
        || !number.starts_with(|c: char| c.is_ascii_digit() || FRACTIONS.contains(&c))
    {
        return false;
    }
    let name = &before_unit[..number_start];
    // The quantity stands apart from the name, after a space: a headline runs its figures
    // into the words (`比亚迪3月销量30万辆`, `第1話`).
    let set_apart = |name: &str| name.ends_with(char::is_whitespace);
    if unit.is_empty() {
        // `大さじ2`, `小さじ1/2`: the unit of an unspaced script comes before the number.
        let unit_before = name.chars().next_back().is_some_and(is_unspaced_script);
        let unit_chars = name.chars().rev().take_while(|c| c.is_alphabetic()).count();
        let name = name.trim_end_matches(|c: char| c.is_alphabetic());
        return unit_before && unit_chars <= MAX_UNIT_CHARS && set_apart(name) && is_thing_name(name);
    }
    if spaced && !unit.chars().all(|c| c.is_lowercase() || is_unspaced_script(c)) {
        return false;
    }
    set_apart(name) && is_thing_name(name)
}

/// The name of an ingredient or part before its quantity: a few words, with a letter.
fn is_thing_name(name: &str) -> bool {
    let name = name.trim();
    name.chars().any(char::is_alphabetic) && word_count_up_to(name, MAX_THING_WORDS + 1) <= MAX_THING_WORDS
}

/// A unit after its number has at most this many letters (`g`, `ml`, `tsp`, `個`,
/// `かけ分`, `큰술`)...
const MAX_UNIT_CHARS: usize = 4;
/// ...and at most this many when a space sets it off, so that `Top 10 tips` is no quantity.
const MAX_SPACED_UNIT_CHARS: usize = 3;
/// An ingredient's name has at most this many words.
const MAX_THING_WORDS: usize = 5;
/// How ingredients without a number end: `to taste`, `a pinch` in Japanese, Chinese and
/// Korean.
const TO_TASTE: &[&str] = &["適量", "少々", "适量", "少许", "少許", "약간", "적당량"];
/// The letters units of time and date open with (`日`, `分钟前`, `일`): they close datelines
/// and times, not quantities.
const TIME_UNIT_CHARS: &[char] = &[
    '日', '号', '號', '年', '月', '時', '时', '分', '秒', '点', '點', '前', '後', '后', '일', '월', '년', '시', '분',
    '초', '전',
];
/// Latin units of time.
const TIME_UNITS: &[&str] = &["am", "pm", "h", "hr", "hrs", "min", "mins", "sec", "s"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_facts_are_runs_of_three_facts_or_more_that_are_not_bylines() {
        let lines = [
            "Spring concert",
            "Date: Saturday 20 April 2024",
            "Time: 20:15",
            "Venue: De Doelen, Rotterdam",
            "Tickets: €27.50",
            "The orchestra opens the spring with an evening of big band classics.",
            "Size: 42",
            "Weight: 1.2 kg",
        ];
        assert_eq!(listed_facts(&lines, |_| false), [false, true, true, true, true, false, false, false]);
        // Bylines and datelines do not count toward the three.
        assert_eq!(listed_facts(&lines[..5], |i| i == 1 || i == 2), [false; 5]);
    }

    #[test]
    fn quantities_open_ingredients_not_years_or_times() {
        for line in [
            "2 sárgarépa",
            "80 dkg marhalábszár",
            "1.5 kg flour",
            "1/2 cup milk",
            "2-3 cloves garlic",
            "½ tsp salt",
            "200g Mehl",
            "3 Eier",
            "1½ cups water",
        ] {
            assert!(opens_with_quantity(line), "{line}");
        }
        for line in ["2024 archive", "10:30 News", "Flour", "12", "1/2", "#3 Paris", "2019", "10 Things to Do in Rome"]
        {
            assert!(!opens_with_quantity(line), "{line}");
        }
        assert!(mostly_quantities(["Ingredients", "2 eggs", "1 cup flour"]));
        assert!(!mostly_quantities(["Home", "2024", "News", "5 things to know"]));
    }

    #[test]
    fn quantities_close_ingredients_not_names_or_datelines() {
        for line in [
            "豚ロース薄切り肉 250g",
            "玉ねぎ 1/2個",
            "しょうゆ 大さじ2",
            "生姜（すりおろし） 1かけ分",
            "塩 少々",
            "猪肉 250克",
            "酱油 2汤匙",
            "간장 2큰술",
            "설탕 1/2컵",
            "Butter 200 g",
            "Mehl 500g",
        ] {
            assert!(closes_with_quantity(line), "{line}");
        }
        for line in [
            "iPhone 15",
            "Euro 2024",
            "Chapter 3",
            "Galaxy S24",
            "Windows 10 Pro",
            "Top 10 tips",
            "新闻标题 3月12日",
            "热门文章 5分钟前",
            "기사 제목 3일 전",
            "Breaking news at 10 am",
            "Flour",
            "250g",
            "A very long headline that goes on and ends with 2 kg",
            "比亚迪3月销量30万辆",
            "国内油价上调 每吨涨200元",
            "第1話",
            "特斯拉中国工厂出口汽车5万辆",
        ] {
            assert!(!closes_with_quantity(line), "{line}");
        }
        assert!(mostly_quantities(["材料", "豚ロース薄切り肉 250g", "玉ねぎ 1/2個", "片栗粉 大さじ1"]));
    }

    #[test]
    fn the_class_table_agrees_with_char_everywhere() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn sentences_end_in_the_marks_of_many_scripts() {
        for text in [
            "The talks resume on Monday.",
            "会谈将于周一恢复。",
            "सरकार ने योजना की घोषणा की।",
            "حکومت نے اسکیم کا اعلان کیا۔",
            "هل ستستأنف المحادثات؟",
            "Բանակցությունները կվերսկսվեն երկուշաբթի։",
            "ንግግሩ ሰኞ ይቀጥላል።",
        ] {
            assert!(ends_like_sentence(text), "{text}");
            assert_eq!(sentence_marks(text), 1, "{text}");
        }
        assert!(!ends_like_sentence("किसानों के लिए नई योजना"));
        assert!(!ends_like_sentence("また、その他にも、"));
    }

    #[test]
    fn leading_numbers_of_list_items() {
        assert_eq!(leading_number("1a etapa: 10 de março – Interlagos"), Some(1));
        assert_eq!(leading_number("12) Roger Waters – The Wall (DVD)"), Some(12));
        assert_eq!(leading_number("#3 Seattle"), Some(3));
        assert_eq!(leading_number("3. Preheat the oven."), Some(3));
        assert_eq!(leading_number("10:30 Kick-off"), None);
        assert_eq!(leading_number("1.5 million people"), None);
        assert_eq!(leading_number("2017 was a year"), None);
        assert_eq!(leading_number("12/03 Meeting"), None);
        assert_eq!(leading_number("42"), None);
        assert_eq!(leading_number("Chapter 1"), None);
    }

    #[test]
    fn counts_words_in_spaced_and_unspaced_scripts() {
        assert_eq!(word_count("Russia's top diplomat, today"), 4);
        assert_eq!(word_count("東京都は晴れ"), 3);
        assert_eq!(word_count(""), 0);
        // A virama joins the letters around it into one word.
        assert_eq!(word_count("उन्होंने कहा कि यह क्या है"), 6);
        assert_eq!(word_count("আমি বাংলায় গান গাই। স্কুল"), 5);
    }

    #[test]
    fn counts_menu_items_of_unspaced_scripts_as_one_or_two_words() {
        // A katakana loanword is one word however long; the name's parts, two.
        assert_eq!(word_count("テクノロジー"), 1);
        assert_eq!(word_count("ジョン・スミス"), 2);
        assert_eq!(word_count("ニュース速報"), 2);
        // Thai, Myanmar and Khmer menu items: vowel signs and stacked consonants count
        // for nothing.
        for item in ["เทคโนโลยี", "บันเทิง", "ติดต่อเรา", "ပင်မစာမျက်နှာ", "បច្ចេកវិទ្យា"]
        {
            assert!(word_count(item) <= 2, "{item}: {}", word_count(item));
        }
        // A Thai sentence of about 30 words stays about that long.
        let thai = "ตามข้อมูลของกรมป้องกันและบรรเทาสาธารณภัย น้ำท่วมครั้งนี้ส่งผลกระทบต่อประชาชนมากกว่าสามแสนครัวเรือนในยี่สิบจังหวัด และพื้นที่การเกษตรเสียหายกว่าหนึ่งล้านไร่";
        assert!((20..=45).contains(&word_count(thai)), "{}", word_count(thai));
        assert_eq!(word_count_up_to(thai, 10), 11);
    }

    #[test]
    fn a_thai_paragraph_ends_like_a_sentence_without_a_mark() {
        let paragraph = "ด้านตัวแทนสมาคมเกษตรกรกล่าวว่ายินดีกับมาตรการดังกล่าว แต่ขอให้รัฐบาลเร่งจ่ายเงินชดเชยโดยเร็วที่สุด เนื่องจากเกษตรกรจำนวนมากยังมีหนี้สินจากฤดูกาลที่แล้ว";
        assert!(ends_like_sentence(paragraph));
        assert!(!ends_like_sentence("รัฐบาลเตรียมออกมาตรการช่วยเหลือเกษตรกร"));
    }

    #[test]
    fn recognises_sentence_endings() {
        assert!(ends_like_sentence("He said so."));
        assert!(ends_with_ellipsis("residents of the state may soon..."));
        assert!(ends_with_ellipsis("Read the rest of it […]"));
        assert!(!ends_with_ellipsis("He said so."));
        assert!(!ends_with_ellipsis("Wait.. what"));
        assert!(ends_like_sentence("“It is for the Russians to leave,” he said.”"));
        assert!(ends_like_sentence("東京は晴れです。"));
        assert!(!ends_like_sentence("Libya to investigate 'slave auction' footage"));
    }

    #[test]
    fn key_relation_matches_comparison_key() {
        let key = comparison_key("Russia says US stalling - Middle East Online");
        assert_eq!(key_relation("RUSSIA says: US stalling! Middle-East online", &key), KeyRelation::Equal);
        assert_eq!(key_relation("Russia says US stalling", &key), KeyRelation::Prefix);
        assert_eq!(key_relation("Russia says US stall", &key), KeyRelation::Other);
        assert_eq!(key_relation("Something else", &key), KeyRelation::Other);
        assert_eq!(key_relation("", &key), KeyRelation::Other);
    }

    /// The definitions the fast versions must agree with, character by character.
    fn word_count_by_chars(text: &str) -> usize {
        let mut words = 0usize;
        let mut unspaced = UnspacedWords::default();
        let mut in_word = false;
        for c in text.chars() {
            if is_unspaced_script(c) {
                unspaced.push(c);
                in_word = false;
                continue;
            }
            unspaced.interrupt();
            if c.is_alphanumeric() {
                if !in_word {
                    words += 1;
                    in_word = true;
                }
            } else if c != '\'' && c != '’' && c != '-' && !unicode_normalization::char::is_combining_mark(c) {
                in_word = false;
            }
        }
        words + unspaced.words()
    }

    fn collapse_by_split(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Text mixing ASCII, punctuation the measures care about, Unicode spaces, letters of
    /// several scripts, combining marks and CJK.
    fn mixed_text() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::string::string_regex(
            "([a-zA-Z0-9 .,!?'\\-]|[\t\n\r\x0B\x0C]|[\u{85}\u{A0}\u{2000}\u{2028}\u{3000}]|[’”»éßЖж]|\u{301}|[東京都はカタ・ー]|[\u{E01}\u{E34}\u{1F600}]|[कय\u{94D}]){0,60}",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    proptest::proptest! {
        #[test]
        fn fast_word_count_agrees_with_the_definition(text in mixed_text()) {
            proptest::prop_assert_eq!(word_count(&text), word_count_by_chars(&text));
        }

        #[test]
        fn bounded_word_count_agrees_up_to_its_limit(text in mixed_text(), limit in 0usize..12) {
            let bounded = word_count_up_to(&text, limit);
            let full = word_count_by_chars(&text);
            proptest::prop_assert_eq!(bounded.min(limit + 1), full.min(limit + 1));
        }

        #[test]
        fn fast_collapse_agrees_with_split_whitespace(text in mixed_text()) {
            proptest::prop_assert_eq!(collapse_whitespace(&text), collapse_by_split(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn url_marks_are_found_as_substring_search_finds_them(text in "[w:/. a]{0,12}") {
            proptest::prop_assert_eq!(has_url_mark(&text), text.contains("://") || text.contains("www."));
        }
    }

    #[test]
    fn collapses_unicode_spaces_and_keeps_other_characters() {
        assert_eq!(collapse_whitespace("\u{3000} a\u{A0}\u{A0}b\u{2028}c\u{200B}d \t"), "a b c\u{200B}d");
        assert_eq!(collapse_whitespace(" \n "), "");
        assert_eq!(word_count("well-known don’t 東京"), 3);
    }

    #[test]
    fn comparison_key_ignores_case_and_punctuation() {
        assert_eq!(comparison_key("Russia says: US stalling!"), "russia says us stalling");
    }
}
