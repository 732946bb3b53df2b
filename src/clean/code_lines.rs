//! Code in text dumps. A page's code blocks reach a dump as lines of their own, indented as
//! written (`<pre>` keeps its layout in most dumps): short, unlike sentences, full of
//! brackets. Read one line at a time, the scorer takes each for boilerplate, and a listing
//! in the middle of a tutorial cuts the main text in two. Runs of such lines are found
//! here and made one preformatted block, kept whole with its indentation.
//!
//! A line is code by its own marks: it opens or closes a bracket block (`{`, `});`), ends a
//! statement (`;`), holds an operator prose does not use (`=>`, `::`, `==`, `</`), is a call
//! (`process(&buffer);`) or an assignment (`let x = 5`), a shell or REPL prompt (`$ `,
//! `>>> `), or a keyword line of a language without braces (`for line in f:`). A line that
//! is merely indented deeper than the dump's prose counts only inside a run. A run needs
//! three lines or more, two of them marked: one odd line in a paragraph makes no listing.

use std::ops::Range;

use crate::clean::shape::ends_like_sentence;

/// The fewest non-blank lines of a code run...
const MIN_RUN_LINES: usize = 3;
/// ...and the fewest of them with a mark of code of their own.
const MIN_MARKED_LINES: usize = 2;
/// Blank lines a run may hold between two of its lines (code is spaced into paragraphs).
const MAX_BLANK_GAP: usize = 2;
/// A marked line of this many words that ends like a sentence is prose that mentions code
/// (`Go to Settings -> Privacy and turn it off.`).
const MAX_MARKED_PROSE_WORDS: usize = 10;
/// An indented line of more words than this is an indented paragraph, not code.
const MAX_INDENTED_CODE_WORDS: usize = 12;
/// A line of this many words is prose whose indentation tells the dump's own margin.
const MIN_PROSE_WORDS: usize = 8;
/// Longest line (bytes) looked at as code; longer ones are paragraphs or minified text.
const MAX_CODE_LINE_BYTES: usize = 400;

/// Operators and markup that prose does not use.
const OPERATORS: &[&str] = &["=>", "->", "::", "==", "!=", "+=", "-=", ":=", "&&", "||", "</", "/>", "();"];

/// Keywords that open a statement in languages without braces (Python, shell, Ruby), each
/// with the space after it; the line must end with a colon or hold a bracket.
const KEYWORDS: &[&str] = &[
    "def ",
    "class ",
    "for ",
    "if ",
    "elif ",
    "while ",
    "with ",
    "import ",
    "from ",
    "return ",
    "fn ",
    "pub ",
    "let ",
    "const ",
    "var ",
    "func ",
    "function ",
    "package ",
    "use ",
    "using ",
    "#include ",
    "export ",
    "async ",
    "await ",
    "print ",
    "echo ",
    "puts ",
];

/// Statements of one word (`else:`, `try:`, `end`).
const BARE_STATEMENTS: &[&str] =
    &["else:", "try:", "finally:", "except:", "end", "fi", "done", "esac", "pass", "break"];

/// Prompts of shells and interpreters, with what follows them. Not `> ` (a quoted reply)
/// or `# ` (a heading, a comment).
const PROMPTS: &[&str] = &["$ ", ">>> ", "PS> ", "C:\\>"];

/// How a line of a dump reads as code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Blank,
    /// A line with a mark of code of its own.
    Marked,
    /// A line indented deeper than the dump's prose, unlike a sentence: code inside a run.
    Indented,
    /// A comment (`// …`, `/* …`, `-- …`): code inside a run.
    Comment,
    Other,
}

/// The runs of code lines in `lines` (the dump's raw lines), as ranges of line indices,
/// in order; blank lines inside a run belong to it, none at its ends.
pub(crate) fn code_runs(lines: &[&str]) -> Vec<Range<usize>> {
    // Cheap test first: most dumps have no line ending in `{`, `;` or `)`, or none with
    // `=`, and no run can form without two marked lines.
    if !lines.iter().any(|l| l.trim_end().ends_with(['{', '}', ';', ')', ':']) || l.contains('=')) {
        return Vec::new();
    }
    let margin = prose_margin(lines);
    let shapes: Vec<Shape> = lines.iter().map(|l| shape(l, margin)).collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < shapes.len() {
        if !matches!(shapes[i], Shape::Marked | Shape::Comment | Shape::Indented) {
            i += 1;
            continue;
        }
        // Extend over code lines and short blank gaps followed by code.
        let start = i;
        let mut end = i + 1;
        let mut j = i + 1;
        while j < shapes.len() {
            match shapes[j] {
                Shape::Marked | Shape::Comment | Shape::Indented => {
                    j += 1;
                    end = j;
                }
                Shape::Blank if j - end < MAX_BLANK_GAP => j += 1,
                _ => break,
            }
        }
        // A run opens with a marked line or a comment: an indented line before them is the
        // end of an indented paragraph or a list item.
        let first_code = (start..end).find(|&k| matches!(shapes[k], Shape::Marked | Shape::Comment)).unwrap_or(end);
        let run = &shapes[first_code..end];
        let non_blank = run.iter().filter(|s| **s != Shape::Blank).count();
        let marked = run.iter().filter(|s| **s == Shape::Marked).count();
        if non_blank >= MIN_RUN_LINES && marked >= MIN_MARKED_LINES {
            runs.push(first_code..end);
        }
        i = end.max(i + 1);
    }
    runs
}

/// The indentation (columns) of the dump's prose: that of most lines of several words.
/// Lines indented deeper may be code; a dump indented as a whole (`lynx -dump`) has no
/// code for its margin alone.
fn prose_margin(lines: &[&str]) -> usize {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for line in lines {
        if line.split_whitespace().nth(MIN_PROSE_WORDS - 1).is_none() {
            continue;
        }
        let indent = indentation(line);
        match counts.iter_mut().find(|(i, _)| *i == indent) {
            Some((_, n)) => *n += 1,
            None => counts.push((indent, 1)),
        }
    }
    counts.into_iter().max_by_key(|&(indent, n)| (n, std::cmp::Reverse(indent))).map_or(0, |(indent, _)| indent)
}

/// Leading columns of whitespace, a tab counting four.
fn indentation(line: &str) -> usize {
    line.chars().take_while(|c| c.is_whitespace()).map(|c| if c == '\t' { 4 } else { 1 }).sum()
}

fn shape(line: &str, margin: usize) -> Shape {
    let text = line.trim();
    if text.is_empty() {
        return Shape::Blank;
    }
    if text.len() > MAX_CODE_LINE_BYTES {
        return Shape::Other;
    }
    if is_comment(text) {
        return Shape::Comment;
    }
    if is_marked(text) {
        let words = text.split_whitespace().count();
        if words >= MAX_MARKED_PROSE_WORDS && ends_like_sentence(text) {
            return Shape::Other;
        }
        return Shape::Marked;
    }
    let words = text.split_whitespace().count();
    if indentation(line) > margin + 1 && words <= MAX_INDENTED_CODE_WORDS && !ends_like_sentence(text) {
        return Shape::Indented;
    }
    Shape::Other
}

fn is_comment(text: &str) -> bool {
    ["// ", "/* ", "*/", "-- ", "<!--"].iter().any(|c| text.starts_with(c)) || text == "//"
}

/// Whether a trimmed line bears a mark of code of its own (see the module doc).
fn is_marked(text: &str) -> bool {
    let last = text.chars().next_back().unwrap_or(' ');
    // Closing brackets alone (`}`, `});`, `]`, `)`).
    if text.chars().all(|c| "}])>;,".contains(c)) && text.contains(['}', ']', ')']) {
        return true;
    }
    if last == '{' {
        return true;
    }
    // A rule drawn with `=` or `-` (`=====`) is a banner's, not an operator.
    if text.chars().all(|c| matches!(c, '=' | '-' | '_' | '*' | '#' | ' ')) {
        return false;
    }
    // An item of a list (`* Settings -> Privacy`, `- see below`) is no statement.
    if ["* ", "- ", "• ", "+ "].iter().any(|b| text.starts_with(b)) {
        return false;
    }
    if BARE_STATEMENTS.contains(&text) {
        return true;
    }
    // A prompt before a command, not a price (`$ 19.99`).
    if PROMPTS.iter().any(|p| {
        text.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '.' || c == '/'))
    }) {
        return true;
    }
    if is_for_loop(text) {
        return true;
    }
    // Operators, but for the arrow that prose uses too (`Settings -> Privacy`).
    if OPERATORS.iter().any(|op| *op != "->" && text.contains(op)) {
        return true;
    }
    // Marks that a line of a list or of prose may bear too (`UPC (in North America;
    // 12-digit number);`, `if you want (really want) something`): not where three plain
    // words run in a row.
    if has_words_in_a_row(text) {
        return false;
    }
    if text.contains("->") {
        return true;
    }
    if KEYWORDS.iter().any(|k| text.starts_with(k)) && (last == ':' || text.contains(['(', '{', '[', '=', ';'])) {
        return true;
    }
    // A statement's `;`, not a list's (`Mario J. Molina;`) or French prose's (`l'année ;`).
    let statement_end = last == ';' && !text.ends_with(" ;");
    (statement_end && (text.contains(['(', '=', ')', '"']) || text.contains("++")))
        || is_call(text)
        || is_assignment(text)
}

/// The words of a loop's head without brackets, at most.
const MAX_LOOP_WORDS: usize = 6;

/// A loop's head in a language without brackets: `for line in f:`, `for (k, v) in items:`.
fn is_for_loop(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("for ").and_then(|r| r.strip_suffix(':')) else { return false };
    let Some((variable, _)) = rest.split_once(" in ") else { return false };
    text.split_whitespace().count() <= MAX_LOOP_WORDS
        && variable.split([',', ' ', '(', ')']).filter(|v| !v.is_empty()).all(is_identifier)
}

/// An identifier of a programming language: ASCII letters, digits and `_`, not starting
/// with a digit (`张三` or `1 inch` is none).
fn is_identifier(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && word.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$' | '!' | '&' | '*' | '[' | ']'))
}

/// Plain words (letters only, apart from the punctuation at their edges) this many in a row
/// make a line prose, or an item of a list.
const PLAIN_WORDS_IN_A_ROW: usize = 3;

fn has_words_in_a_row(text: &str) -> bool {
    let mut in_a_row = 0;
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        if !word.is_empty() && word.chars().all(char::is_alphabetic) {
            in_a_row += 1;
            if in_a_row >= PLAIN_WORDS_IN_A_ROW {
                return true;
            }
        } else {
            in_a_row = 0;
        }
    }
    false
}

/// `name(…)` or `object.method(…)` with something between the brackets or a `;` after them
/// (a bare `Response.blob()` heads an item of a list of methods as often).
/// Nothing may follow the closing bracket but `;` or `:`.
fn is_call(text: &str) -> bool {
    let Some(open) = text.find('(') else { return false };
    let name = &text[..open];
    let tail = text.trim_end_matches([';', ':', ',']);
    tail.ends_with(')')
        && (!tail.ends_with("()") || text.ends_with(';'))
        && is_identifier(name)
        && name.chars().next().is_some_and(|c| !c.is_uppercase() || name.contains('.'))
}

/// `name = value` with an identifier on the left (`x = 5`, `let mut buffer = String::new()`,
/// `max_retries = 3`), not a sentence.
fn is_assignment(text: &str) -> bool {
    let Some(eq) = text.find('=') else { return false };
    let left = text[..eq].trim_end_matches(['+', '-', '*', '/', ':', '!', '<', '>']).trim();
    let right = text[eq + 1..].trim();
    let mut words = left.split_whitespace().rev();
    let Some(name) = words.next() else { return false };
    // Before the name, declaration words only (`let mut`, `const`, `int`).
    let declared = words.all(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    !right.is_empty()
        && left.split_whitespace().count() <= 3
        && declared
        && is_identifier(name.trim_matches(['"', '\'']))
        && !ends_like_sentence(text)
}

/// The run's lines as laid out: their common indentation taken off, trailing spaces and
/// blank lines at the ends dropped.
pub(crate) fn laid_out(lines: &[&str]) -> String {
    // Tabs in the indentation become four spaces, so that lines indented with tabs and
    // lines indented with spaces line up.
    let lines: Vec<String> = lines.iter().map(|l| expand_indentation(l.trim_end())).collect();
    let common = lines.iter().filter(|l| !l.trim().is_empty()).map(|l| leading_bytes(l)).min().unwrap_or(0);
    let mut out = String::new();
    for line in &lines {
        if !out.is_empty() {
            out.push('\n');
        }
        // Blank lines may be shorter than the common indentation.
        out.push_str(line.get(common.min(line.len())..).unwrap_or(line.trim_start()));
    }
    out.trim_matches('\n').to_owned()
}

/// `line` with the tabs of its indentation written as four spaces each.
fn expand_indentation(line: &str) -> String {
    let text = line.trim_start();
    let indent = &line[..line.len() - text.len()];
    if !indent.contains('\t') {
        return line.to_owned();
    }
    let mut out: String = indent.chars().map(|c| if c == '\t' { "    ".to_owned() } else { c.to_string() }).collect();
    out.push_str(text);
    out
}

/// Bytes of leading whitespace.
fn leading_bytes(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<Vec<String>> {
        let lines: Vec<&str> = text.lines().collect();
        code_runs(&lines).into_iter().map(|r| lines[r].iter().map(|l| l.trim().to_owned()).collect()).collect()
    }

    #[test]
    fn finds_code_between_paragraphs_in_several_languages() {
        let rust = "Open the file and read its lines:\n\nuse std::fs::File;\n\nfn main() -> std::io::Result<()> {\n    let file = File::open(\"notes.txt\")?;\n    for line in BufReader::new(file).lines() {\n        println!(\"{}\", line?);\n    }\n    Ok(())\n}\n\nEach line comes without its line ending, and an error stops the loop.";
        let found = runs(rust);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].first().map(String::as_str), Some("use std::fs::File;"));
        assert_eq!(found[0].last().map(String::as_str), Some("}"));
        let python = "To count the words of a file:\n\nwith open(path) as f:\n    for line in f:\n        total += len(line.split())\nprint(total)\n\nThe file is closed when the block ends.";
        assert_eq!(runs(python).len(), 1);
        let shell = "Install it with npm:\n\n$ npm install tailwindcss\n$ npx tailwindcss init\n$ npm run dev\n\nThen open the page.";
        assert_eq!(runs(shell).len(), 1);
    }

    #[test]
    fn prose_menus_and_lists_are_no_code() {
        // Near misses: a menu, a list of steps, prose that mentions an arrow or a colon,
        // a dump indented as a whole, and a lone statement in a paragraph.
        for text in [
            "Home\nNews\nSport\nWeather\nContact",
            "Steps:\n1. Open the settings.\n2. Choose Privacy.\n3. Turn it off.",
            "Go to Settings -> Privacy and turn off the tracking of your location there.\nFor example:\nIf you want more, read on: the next part explains it.\nThe end is near; we are done.",
            "   The council met on Monday to discuss the new budget for the coming year.\n   Members argued for two hours before the vote was taken by a show of hands.\n   The budget passed by seven votes to four after a long and bitter debate.",
            "The rate is set as follows.\nx = 5\nThat is all there is to it, and the rest of the page explains why.",
            "1995 Martin Lewis Perl;\nFrederick Reines Paul J. Crutzen;\nMario J. Molina;\nF. Sherwood Rowland Edward B. Lewis;",
            "UPC (in North America; 12-digit number);\nEAN (in Europe; 13-digit number);\nJAN (in Japan; 8 or 13-digit number);",
            "Response.arrayBuffer()\nResponse.blob()\nResponse.formData()\nResponse.json()",
            "1 inch = 2.54 cm\n1 foot = 30.48 cm\n1 mile = 1.609 km",
            "- l'avis d'imposition de l'année ;\n- la carte d'identité ;\n- l'attestation d'assurance ;",
            "张三(主编)\n李四(编辑)\n王五(校对)",
            "=====\n   WEEKLY NEWSLETTER\n=====",
            "if you want (really want) something\nfor long enough (years, say) you get it\nwith patience (and luck)",
            "     * Settings -> Privacy\n     * Apps -> Location\n     * Restart the app",
            "Lunch $ 19.99\n$ 24.50 with a drink\n$ 30 for two = a deal",
        ] {
            assert!(runs(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_run_is_laid_out_without_its_common_indentation() {
        let lines = [
            "    let mut buffer = String::new();",
            "    while reader.read_line(&mut buffer)? > 0 {",
            "        buffer.clear();",
            "",
            "    }",
        ];
        assert_eq!(
            laid_out(&lines),
            "let mut buffer = String::new();\nwhile reader.read_line(&mut buffer)? > 0 {\n    buffer.clear();\n\n}"
        );
        // A tab and four spaces indent alike.
        assert_eq!(laid_out(&["\tif x {", "\t\ty();", "    }"]), "if x {\n    y();\n}");
    }
}
