//! Turning what pages put in author fields (`By Jane Doe`, `https://site/author/jane`,
//! `admin`, `Par Jean Dupont | Journaliste`) into a person's name, or nothing.

/// Words that introduce an author in a byline, lower case, in several languages. Matched at
/// the start of a text, followed by a space or a colon. The field names below are markers too.
pub(crate) const BYLINE_MARKERS: &[&str] = &[
    "written by",
    "posted by",
    // A thread's author, as forum software labels him (XenForo's `Thread starter jdoe`,
    // vBulletin's `Started by jdoe, 03-05-2024`) in its common translations.
    "thread starter",
    "topic starter",
    "started by",
    "themenstarter",
    "themenersteller",
    "auteur de la discussion",
    "autor del tema",
    "autore della discussione",
    "autor do tópico",
    "topicstarter",
    "autor wątku",
    "автор темы",
    "автор теми",
    "konu sahibi",
    "trådstartare",
    "trådstarter",
    "ketjun aloittaja",
    "subiect început de",
    "тему је започео",
    "тему је започела",
    "fío iniciado por",
    "chủ đề được tạo bởi",
    "тему створив",
    "тему створила",
    "έναρξη θέματος από",
    "θέμα από",
    "tema iniciado por",
    "tópico iniciado por",
    "discussione iniziata da",
    "discussion lancée par",
    "тему начал",
    "тему начала",
    "создана пользователем",
    "temat założony przez",
    "topic gestart door",
    // French, Spanish, Dutch and German thread starters (`Sujet créé par lucie_69, le 17
    // mars 2024`, vBulletin's `Iniciado por nacho_bcn`, XenForo's `Ersteller bergfex_77
    // Erstellt am 17. März 2024`); the one word `Ersteller` needs a date or a name.
    "sujet créé par",
    "iniciado por",
    "onderwerp gestart door",
    "gestart door",
    "ersteller",
    "post by",
    "authored by",
    "article by",
    "reported by",
    "story by",
    "words by",
    "words and photos by",
    "text and photos by",
    "interview by",
    "interviewed by",
    "reporting by",
    "recipe by",
    "text by",
    "photos by",
    "published by",
    "edited by",
    // Forum posts: `Beitrag von jdoe » 3. Feb 2025`, `Post autor: jdoe » 3 lut 2025`.
    "beitrag von",
    "message par",
    "messaggio da",
    "mensaje por",
    "bericht door",
    "post autor",
    "post przez",
    "inlägg av",
    "escrito por",
    "écrit par",
    // "Written by", "a contribution by", "interview by" ("remarks gathered by"), "posted by"
    // (WordPress in Dutch and Polish), Polish "wrote" (feminine and masculine), Portuguese
    // "recipe sent by".
    "receita enviada por",
    "rédigé par",
    "propos recueillis par",
    "verfasst von",
    "ein beitrag von",
    "geplaatst door",
    "opublikowane przez",
    "opublikował",
    "opublikowała",
    "dodane przez",
    "napisała",
    "napisał",
    "geschrieben von",
    "scritto da",
    "a cura di",
    "geschreven door",
    "skrevet af",
    "skrevet av",
    "skriven av",
    "skrivet av",
    "írta",
    "tác giả",
    "piše",
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "od",
    "oleh",
    "đăng bởi",
    "ditulis oleh",
    "diposting oleh",
    // Vietnamese "reporter", "writer", "text and photos"; Indonesian "recipe by"; Czech
    // "wrote"; Ukrainian "recipe by" (before the genitive: `Рецепт від Олени Коваленко`).
    "phóng viên",
    "người viết",
    "bài và ảnh",
    "resep oleh",
    "napsal",
    "napsala",
    "рецепт від",
    // Greek bylines name the writer in the genitive: `Του Γιώργου Παπαδόπουλου` ("by
    // George Papadopoulos"), `Της Μαρίας Ιωάννου`, or say he or she writes.
    "του",
    "της",
    "γράφει ο",
    "γράφει η",
    // Persian blogs: `توسط مریم` ("by Maryam").
    "توسط",
    "viết bởi",
    "โดย",
    "เขียนโดย",
    "بقلم",
    // Persian: "by the pen of". Not `نوشته‌ی` ("written by"), which also heads a blog's
    // links to the previous and next post (`نوشته‌ی قبلی`).
    "به قلم",
    // Bengali "has written", before the name (`লিখেছেন সুমাইয়া ইসলাম`); the verb ends a
    // sentence, so none starts with it.
    "লিখেছেন",
    // Hungarian Drupal sites: `Beküldte Tóth Katalin`.
    "beküldte",
    // Estonian "postitas" ("posted by"). Not Catalan "per" ("by"): Per is a Nordic first
    // name (`Per Olsen`).
    "postitas",
    "מאת",
    "记者",
    "記者",
    "本报记者",
    "本報記者",
    // Afrikaans "Deur" ("by", as Dutch "door"), Tagalog "Isinulat ni" ("written by") and
    // its thread starter "Sinimulan ni". Not Swahili "Na" ("by"), also "and" there and
    // "on" in the Slavic languages ("Na Wawelu").
    "deur",
    "isinulat ni",
    "sinimulan ni",
];

/// Byline markers that are field names (`Author: jdoe`): strong enough for a one-word name,
/// but only with their colon (`Text: Jane Doe`, not `text mode`).
pub(crate) const FIELD_MARKERS: &[&str] = &[
    "author",
    "authors",
    "autor",
    "autorin",
    "autoren",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "autora",
    "texto",
    "text",
    "tekst",
    "teksti",
    "текст",
    "автор",
    "аутор",
    "autorka",
    "autrice",
    "texte",
    "redacción",
    "redactie",
    "redakcja",
    "reportagem",
    "colunista",
    "autor wpisu",
    "автор статьи",
    "автор рецепта",
    "автор публикации",
    "опубликовал",
    "опубликовала",
    "корреспондент",
    "автори",
    "авторы",
    "συντάκτης",
    "yazar",
    "szerző",
    "kirjoittaja",
    "penulis",
    "reporter",
    "wartawan",
    "كتب",
    "كتبت",
    "إعداد",
    "लेखक",
    "লেখক",
    "الكاتب",
    "الكاتبة",
    "نویسنده",
    "نويسنده",
    "مصنف",
    "تحریر",
    "כותב",
    "כתבה",
    "ผู้เขียน",
    "द्वारा",
    "প্রতিবেদক",
    "تحرير",
    "haber",
    "muhabir",
    "toimittaja",
    "forfatter",
    "autor przepisu",
    "autorius",
    "autorė",
    "recepto autorė",
    "recepto autorius",
    // Slovenian, Latvian, Icelandic, Basque and Georgian field names ("author", "recipe
    // prepared by"). Not Galician `Receita de` ("recipe of"), which also heads recipes
    // (`Receita de Bolo de Cenoura`).
    "avtor",
    "avtorica",
    "recept pripravila",
    "recept pripravil",
    "autors",
    "höfundur",
    "egilea",
    "ავტორი",
    "செய்தியாளர்",
    "எழுதியவர்",
    "作者",
    "投稿者",
    "著者",
    "筆者",
    "楼主",
    "樓主",
    // Czech "prepared by", Swedish "writer", Ukrainian "author" (feminine), "author of
    // the article", "published by", Indonesian "contributor", Japanese "recipe devised
    // by", "writer", Chinese and Japanese "text" (`文：佐藤美咲`, `文/王晓明`).
    "připravila",
    "připravil",
    "skribent",
    "авторка",
    "автор статті",
    "опублікував",
    "опублікувала",
    "kontributor",
    "レシピ考案",
    "執筆者",
    "执笔",
    "執筆",
    "文",
    // Azerbaijani, Armenian "author", Urdu "report", "reporter"
    "müəllif",
    "հեղինակ",
    "رپورٹ",
    "رپورٹر",
];

/// Words of job titles, lower case, which bylines put after the name (`Jane Doe, Senior
/// Editor`, `Jane Doe` / `Co-founder of Example`): a part holding one is the writer's role,
/// not a second name.
const ROLE_WORDS: &[&str] = &[
    "editor",
    "editors",
    "editor-in-chief",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "contributor",
    "contributors",
    "contributing",
    "correspondent",
    "columnist",
    "columnists",
    "journalist",
    "journalists",
    "founder",
    "co-founder",
    "cofounder",
    "ceo",
    "cto",
    "cmo",
    "vp",
    "president",
    "director",
    "manager",
    "analyst",
    "engineer",
    "producer",
    "photographer",
    "intern",
    "strategist",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "coordinator",
    "lecturer",
    "curator",
    "consultant",
    "specialist",
    "researcher",
    "professor",
    "blogger",
    "redakteur",
    "redakteurin",
    "journalistin",
    "korrespondent",
    "korrespondentin",
    "rédacteur",
    "rédactrice",
    "journaliste",
    "correspondant",
    "correspondante",
    "chroniqueur",
    "chroniqueuse",
    "periodista",
    "redactor",
    "redactora",
    "corresponsal",
    "columnista",
    "giornalista",
    "redattore",
    "redattrice",
    "corrispondente",
    "jornalista",
    "redator",
    "redatora",
    "colunista",
    "verslaggever",
    "redacteur",
    "redactrice",
    "редактор",
    "корреспондент",
    "журналист",
    "обозреватель",
    "dziennikarz",
    "dziennikarka",
    "redaktor",
    "redaktorka",
    "novinar",
    "novinarka",
    "gazeteci",
];

/// The most words of a writer's role (`Executive Digital Editor and Master Gardener`).
const MAX_ROLE_WORDS: usize = 8;

/// Whether `text` is a writer's role (`Contributor`, `VP of Technology`, `Print Managing
/// Editor`) rather than a name: a few words, one of them a job title.
pub(crate) fn is_role(text: &str) -> bool {
    let mut words =
        text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '/' | '|')).filter(|w| !w.is_empty());
    let mut count = 0;
    let mut role = false;
    for word in words.by_ref() {
        count += 1;
        if count > MAX_ROLE_WORDS {
            return false;
        }
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        role = role || ROLE_WORDS.contains(&word.to_lowercase().as_str());
    }
    role
}

/// Every byline marker: the phrases and the field names.
pub(crate) fn all_markers() -> impl Iterator<Item = &'static &'static str> {
    BYLINE_MARKERS.iter().chain(FIELD_MARKERS)
}

/// Values of author fields that name no one.
const PLACEHOLDER_AUTHORS: &[&str] = &[
    "admin",
    "administrator",
    "administrador",
    "root",
    "user",
    "unknown",
    "author",
    "guest",
    "null",
    "none",
    "undefined",
    "anonymous",
    "webmaster",
    "editor",
    "wordpress",
    "default",
];

/// Longer author fields are paragraphs, not names (a list of eight names fits).
const MAX_AUTHOR_CHARS: usize = 200;

/// Clean an author value: collapse whitespace, drop a leading byline marker (`By`, `Von`,
/// `Par`, `Por:`...), keep the part before a `|`, and reject URLs, e-mail addresses,
/// handles, placeholders such as `admin`, and texts too long to be names.
pub fn clean_author(raw: &str) -> Option<String> {
    let collapsed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut text = strip_marker(&collapsed);
    if let Some((first, _)) = text.split_once(" | ") {
        text = first;
    }
    let text =
        text.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '|' | '·'));
    if text.is_empty() || text.chars().count() > MAX_AUTHOR_CHARS {
        return None;
    }
    let lower = text.to_lowercase();
    if lower.contains("://") || lower.starts_with("www.") || lower.contains('@') || lower.contains('/') {
        return None;
    }
    if PLACEHOLDER_AUTHORS.contains(&lower.as_str())
        || all_markers().any(|m| *m == lower)
        || !text.chars().any(char::is_alphabetic)
        || crate::metadata::byline::is_byline_noise(text)
    {
        return None;
    }
    Some(text.to_owned())
}

/// `text` without a leading byline marker (`By Jane` → `Jane`, `Por: Juan` → `Juan`).
/// The longest marker wins (`Autor przepisu: Zofia` → `Zofia`, not `przepisu: Zofia`). A
/// field name goes only with its colon: `Haber Merkezi` is a newsroom, `Haber: Ayşe` a byline.
pub(crate) fn strip_marker(text: &str) -> &str {
    let mut stripped = text;
    // Markers that also head titles (`Recette de`) go only before a capital (`Recette de
    // Camille Martin`, not `Recette de crêpes`).
    let name_markers = crate::metadata::byline::NAME_OPENING_MARKERS.iter().map(|m| (m, None));
    let markers = BYLINE_MARKERS.iter().map(|m| (m, Some(false))).chain(FIELD_MARKERS.iter().map(|m| (m, Some(true))));
    for (marker, field) in markers.chain(name_markers) {
        let starts_with_marker = text.get(..marker.len()).is_some_and(|prefix| prefix.to_lowercase() == *marker);
        if !starts_with_marker {
            continue;
        }
        let rest = &text[marker.len()..];
        if field == Some(true) && !rest.trim_start_matches([' ', '\u{a0}']).starts_with([':', '：']) {
            continue;
        }
        let trimmed = rest.trim_start_matches([' ', ':', '：', '\u{a0}']);
        if field.is_none() && !trimmed.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase) {
            continue;
        }
        if trimmed.len() < rest.len() && !trimmed.is_empty() && trimmed.len() < stripped.len() {
            stripped = trimmed;
        }
    }
    stripped
}

/// Join several author names with `, `, dropping repeats (compared without case).
pub fn join_authors<I: IntoIterator<Item = String>>(names: I) -> Option<String> {
    let mut kept: Vec<String> = Vec::new();
    for name in names {
        if !kept.iter().any(|k| k.eq_ignore_ascii_case(&name)) {
            kept.push(name);
        }
    }
    (!kept.is_empty()).then(|| kept.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_told_from_names() {
        for role in [
            "Contributor",
            "Senior Editor",
            "VP - Technology",
            "Co-founder of Intelivita",
            "Redakteurin",
            "WCI Columnist",
        ] {
            assert!(is_role(role), "{role}");
        }
        for name in ["Jane Doe", "Reuters", "The Texas Newsroom", "Walter Editorson"] {
            assert!(!is_role(name), "{name}");
        }
    }

    #[test]
    fn strips_markers_in_several_languages() {
        assert_eq!(clean_author("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(clean_author("by: Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(clean_author("Von Max Mustermann").as_deref(), Some("Max Mustermann"));
        assert_eq!(clean_author("Par Jean Dupont").as_deref(), Some("Jean Dupont"));
        assert_eq!(clean_author("Por: Juan Pérez").as_deref(), Some("Juan Pérez"));
        assert_eq!(clean_author("Door Jan Jansen").as_deref(), Some("Jan Jansen"));
        assert_eq!(clean_author("Written by  Jane\n Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(clean_author("लेखक: सुनीता शर्मा").as_deref(), Some("सुनीता शर्मा"));
        assert_eq!(clean_author("نویسنده: مریم احمدی").as_deref(), Some("مریم احمدی"));
        assert_eq!(clean_author("מאת: נועה כהן").as_deref(), Some("נועה כהן"));
        assert_eq!(clean_author("投稿者：さくら").as_deref(), Some("さくら"));
        assert_eq!(clean_author("记者 王晓明").as_deref(), Some("王晓明"));
        assert_eq!(clean_author("Đăng bởi Nguyễn Thu Hà").as_deref(), Some("Nguyễn Thu Hà"));
        assert_eq!(clean_author("โดย สมชาย ใจดี").as_deref(), Some("สมชาย ใจดี"));
        assert_eq!(clean_author("Beküldte: Tóth Katalin").as_deref(), Some("Tóth Katalin"));
        assert_eq!(clean_author("Autor przepisu: Zofia Nowak").as_deref(), Some("Zofia Nowak"));
        assert_eq!(clean_author("Autor: Zofia Nowak").as_deref(), Some("Zofia Nowak"));
        // A field name without its colon is part of the name (a newsroom's credit).
        assert_eq!(clean_author("Haber Merkezi").as_deref(), Some("Haber Merkezi"));
        assert_eq!(clean_author("Forfatter Karen Hansen").as_deref(), Some("Forfatter Karen Hansen"));
    }

    #[test]
    fn strips_the_markers_of_the_fourth_round() {
        assert_eq!(clean_author("Skribent: Karin Lindqvist").as_deref(), Some("Karin Lindqvist"));
        assert_eq!(clean_author("Napsal Tomáš Novák").as_deref(), Some("Tomáš Novák"));
        assert_eq!(clean_author("Авторка: Олена Коваленко").as_deref(), Some("Олена Коваленко"));
        assert_eq!(clean_author("Автор статті: Олена Коваленко").as_deref(), Some("Олена Коваленко"));
        assert_eq!(clean_author("Resep oleh Siti Rahmawati").as_deref(), Some("Siti Rahmawati"));
        assert_eq!(clean_author("Phóng viên: Nguyễn Minh Anh").as_deref(), Some("Nguyễn Minh Anh"));
        assert_eq!(clean_author("執筆者：佐藤美咲").as_deref(), Some("佐藤美咲"));
        assert_eq!(clean_author("文：佐藤美咲").as_deref(), Some("佐藤美咲"));
        assert_eq!(clean_author("Recipe by Jane Doe").as_deref(), Some("Jane Doe"));
        // Markers that are ordinary words or first names are read only in byline lines
        // (`Theo`, `Bởi`, `Από τη`), never stripped from an author field; a field name
        // goes only with its colon.
        assert_eq!(clean_author("Theo Walcott").as_deref(), Some("Theo Walcott"));
        assert_eq!(clean_author("文学部").as_deref(), Some("文学部"));
    }

    #[test]
    fn strips_the_markers_of_probes_37_and_38() {
        assert_eq!(clean_author("Rédigé par Marie Dupont").as_deref(), Some("Marie Dupont"));
        assert_eq!(clean_author("Autrice : Marie Dupont").as_deref(), Some("Marie Dupont"));
        assert_eq!(clean_author("Redactie: Jan de Vries").as_deref(), Some("Jan de Vries"));
        assert_eq!(clean_author("Recette de Camille Martin").as_deref(), Some("Camille Martin"));
        assert_eq!(clean_author("Receita de Ana Paula Ribeiro").as_deref(), Some("Ana Paula Ribeiro"));
        assert_eq!(clean_author("Geplaatst door Jan de Vries").as_deref(), Some("Jan de Vries"));
        assert_eq!(clean_author("Receita enviada por Ana Paula Ribeiro").as_deref(), Some("Ana Paula Ribeiro"));
        // A title-heading marker goes only before a capital.
        assert_eq!(clean_author("Recette de crêpes").as_deref(), Some("Recette de crêpes"));
        // A field name without its colon stays.
        assert_eq!(clean_author("Texte intégral").as_deref(), Some("Texte intégral"));
    }

    #[test]
    fn keeps_names_that_start_like_markers() {
        assert_eq!(clean_author("Byron Smith").as_deref(), Some("Byron Smith"));
        assert_eq!(clean_author("Dino Rossi").as_deref(), Some("Dino Rossi"));
        assert_eq!(clean_author("Paris Hilton").as_deref(), Some("Paris Hilton"));
    }

    #[test]
    fn rejects_what_is_not_a_name() {
        assert_eq!(clean_author("https://example.com/author/jane"), None);
        assert_eq!(clean_author("www.facebook.com/jane"), None);
        assert_eq!(clean_author("admin"), None);
        assert_eq!(clean_author("By admin"), None);
        assert_eq!(clean_author("jane@example.com"), None);
        assert_eq!(clean_author("   "), None);
        assert_eq!(clean_author(&"word ".repeat(60)), None);
        // A reading time or a count in a page's byline element.
        assert_eq!(clean_author("Reading time: 4 minutes"), None);
        assert_eq!(clean_author("Χρόνος ανάγνωσης: 4 λεπτά"), None);
        assert_eq!(clean_author("5 min read"), None);
        assert_eq!(clean_author("12 Comments"), None);
        assert_eq!(clean_author("Jane Doe").as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn keeps_the_part_before_a_bar() {
        assert_eq!(clean_author("Jane Doe | Staff Writer").as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn joins_without_repeats() {
        let names = ["Jane Doe", "John Roe", "jane doe"].map(String::from);
        assert_eq!(join_authors(names).as_deref(), Some("Jane Doe, John Roe"));
        assert_eq!(join_authors(Vec::new()), None);
    }
}
