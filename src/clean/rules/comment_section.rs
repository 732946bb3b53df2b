//! Removes comment prompts and the furniture of comment sections: the section's heading
//! ("Leave a Reply", "12 Comments", "Kommentare"), the notices of the comment form ("Your
//! email address will not be published", "Required fields are marked *", "This site uses
//! Akismet…"), its buttons, and the field labels ("Name *", "Email *", "Website") that follow
//! a comment heading.
//!
//! Field labels are removed only within a few blocks after a comment heading or notice, and
//! the run stops at the first block that is not furniture, so the comments themselves (a
//! judgement for the scorer) and the text after the section are never touched here.

use std::sync::LazyLock;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::vocab::{Groups, Lexicon, has_alphanumeric};
use crate::model::RuleId;

/// Longest block (bytes) that can be a comment heading, button or field label.
const MAX_LABEL_BYTES: usize = 120;
/// Longest block (bytes) that can be a comment-form notice.
const MAX_NOTICE_BYTES: usize = 400;
/// Labels a label block may chain ("Leave a Reply Cancel reply", "Reply Quote").
const MAX_LABELS_PER_BLOCK: usize = 4;
/// How many blocks after a comment heading are checked for form furniture.
const FORM_WINDOW: usize = 12;

/// Headings and buttons of comment sections, each a whole block. Risky: "Comments",
/// "Comment" and "Reply" are single words, but as a whole line they are always a section
/// heading or a button.
const COMMENT_LABELS: &[&str] = &[
    // English
    "leave a reply",
    "leave a comment",
    "leave a response",
    "leave your comment",
    "leave a review",
    "post a comment",
    "post comment",
    "post your comment",
    "post a reply",
    "add a comment",
    "add comment",
    "add your comment",
    "write a comment",
    "write a response",
    "submit comment",
    "submit a comment",
    "comments",
    "comment",
    "reader comments",
    "readers' comments",
    "recent comments",
    "latest comments",
    "top comments",
    "most recent comments",
    "comments are closed",
    "comments closed",
    "commenting is closed",
    "comments for this post are closed",
    "be the first to comment",
    "be the first to comment!",
    "no comments yet",
    "there are no comments yet",
    "no comments",
    "show comments",
    "view comments",
    "hide comments",
    "load comments",
    "load more comments",
    "loading comments",
    "show more comments",
    "view all comments",
    "see all comments",
    "read comments",
    "comments powered by disqus",
    "join the discussion",
    "join the conversation",
    "share your thoughts",
    "what do you think",
    "what do you think?",
    "have your say",
    "speak your mind",
    "cancel reply",
    "reply",
    "replies",
    "reply to comment",
    "reply to this comment",
    "reply with quote",
    "report comment",
    "report reply",
    "copy link to reply",
    "expand full comment",
    "show more replies",
    "view replies",
    "hide replies",
    "load more replies",
    "discussion about this post",
    "comment policy",
    // German
    "schreibe einen kommentar",
    "hinterlasse einen kommentar",
    "kommentar schreiben",
    "kommentar hinterlassen",
    "einen kommentar hinterlassen",
    "kommentar abschicken",
    "kommentare",
    "kommentar",
    "antworten",
    "antwort abbrechen",
    "kommentare anzeigen",
    "keine kommentare",
    // French
    "laisser un commentaire",
    "laisser une réponse",
    "laissez un commentaire",
    "ajouter un commentaire",
    "écrire un commentaire",
    "publier le commentaire",
    "commentaires",
    "commentaire",
    "répondre",
    "annuler la réponse",
    "aucun commentaire",
    // Spanish
    "deja un comentario",
    "dejar un comentario",
    "deja una respuesta",
    "deja tu comentario",
    "añadir un comentario",
    "escribe un comentario",
    "publicar comentario",
    "enviar comentario",
    "comentarios",
    "comentario",
    "responder",
    "cancelar respuesta",
    "sin comentarios",
    // Italian
    "lascia un commento",
    "lascia una risposta",
    "aggiungi un commento",
    "scrivi un commento",
    "invia commento",
    "pubblica il commento",
    "commenti",
    "commento",
    "rispondi",
    "annulla risposta",
    "nessun commento",
    // Portuguese
    "deixe um comentário",
    "deixe uma resposta",
    "deixe seu comentário",
    "adicionar comentário",
    "escreva um comentário",
    "publicar comentário",
    "enviar comentário",
    "comentários",
    "comentário",
    "cancelar resposta",
    "sem comentários",
    // Dutch
    "laat een reactie achter",
    "geef een reactie",
    "plaats een reactie",
    "reactie plaatsen",
    "reageer",
    "reacties",
    "reactie",
    "reageren",
    "reactie annuleren",
    "geen reacties",
    // Russian
    "оставить комментарий",
    "оставьте комментарий",
    "добавить комментарий",
    "написать комментарий",
    "отправить комментарий",
    "комментарии",
    "комментарий",
    "ответить",
    "отменить ответ",
    "нет комментариев",
    "добавить отзыв",
    // Chinese
    "发表评论",
    "发表回复",
    "发表留言",
    "评论",
    "留言",
    "回复",
    "取消回复",
    "暂无评论",
    "查看评论",
    "网友评论",
    // Japanese
    "コメントを残す",
    "コメントを書く",
    "コメントする",
    "コメントを送信",
    "コメント",
    "返信",
    "返信する",
    "返信をキャンセル",
    "コメントはまだありません",
    // Korean
    "댓글",
    "댓글 쓰기",
    "댓글 달기",
    "답글",
];

/// Notices of comment forms: a block that starts with one of these is furniture. Each is
/// specific to comment forms; none reads as a sentence of an article.
const FORM_NOTICE_OPENINGS: &[&str] = &[
    "your email address will not be published",
    "your e-mail address will not be published",
    "your email will not be published",
    "your email address will never be published",
    "required fields are marked",
    "this site uses akismet to reduce spam",
    "save my name, email, and website in this browser",
    "save my name and email in this browser",
    "notify me of follow-up comments",
    "notify me of followup comments",
    "notify me of new comments",
    "notify me of new posts",
    "notify me of replies",
    "notify me via e-mail if anyone answers my comment",
    "notify me when new comments are added",
    "you must be logged in to post a comment",
    "you must be logged in to comment",
    "you must be logged in to reply",
    "you must log in to post a comment",
    "you must log in or register to reply",
    "you must log in to comment",
    "please log in to comment",
    "please log in to post",
    "please login to comment",
    "log in to comment",
    "login to comment",
    "log in to reply",
    "sign in to comment",
    "sign in to reply",
    "login to post comments",
    "log in to post comments",
    "create an account or sign in to comment",
    "you need to be a member in order to leave a comment",
    "you are commenting using your",
    "please enable javascript to view the comments",
    "the comment form collects your name",
    "your comment is awaiting moderation",
    "your comment will be reviewed",
    "comments are moderated",
    "all comments are moderated",
    "comments are subject to moderation",
    "by posting a comment, you agree",
    "by submitting a comment, you agree",
    "want to join the discussion",
    "mail (will not be published)",
    "indicates required fields",
    "there are no comments yet",
    "there are no comments",
    "logged in as",
    "deine e-mail-adresse wird nicht veröffentlicht",
    "ihre e-mail-adresse wird nicht veröffentlicht",
    "erforderliche felder sind mit",
    "meinen namen, meine e-mail-adresse und meine website in diesem browser speichern",
    "diese website verwendet akismet",
    "du musst angemeldet sein, um einen kommentar",
    "votre adresse e-mail ne sera pas publiée",
    "votre adresse de messagerie ne sera pas publiée",
    "votre adresse email ne sera pas publiée",
    "les champs obligatoires sont indiqués",
    "enregistrer mon nom, mon e-mail et mon site",
    "ce site utilise akismet",
    "vous devez être connecté pour publier un commentaire",
    "tu dirección de correo electrónico no será publicada",
    "su dirección de correo electrónico no será publicada",
    "los campos obligatorios están marcados",
    "guarda mi nombre, correo electrónico y web en este navegador",
    "este sitio usa akismet",
    "debes iniciar sesión para publicar un comentario",
    "il tuo indirizzo email non sarà pubblicato",
    "il tuo indirizzo e-mail non sarà pubblicato",
    "i campi obbligatori sono contrassegnati",
    "salva il mio nome, email e sito web in questo browser",
    "questo sito usa akismet",
    "devi essere connesso per inviare un commento",
    "o seu endereço de email não será publicado",
    "o seu endereço de e-mail não será publicado",
    "seu endereço de e-mail não será publicado",
    "seu endereço de email não será publicado",
    "campos obrigatórios são marcados",
    "salvar meus dados neste navegador",
    "este site utiliza o akismet",
    "você precisa fazer o login para publicar um comentário",
    "je e-mailadres wordt niet gepubliceerd",
    "uw e-mailadres wordt niet gepubliceerd",
    "vereiste velden zijn gemarkeerd",
    "deze site gebruikt akismet",
    "ваш адрес email не будет опубликован",
    "ваш e-mail не будет опубликован",
    "ваш адрес электронной почты не будет опубликован",
    "обязательные поля помечены",
    "сохранить моё имя, email и адрес сайта в этом браузере",
    "вы должны авторизоваться, чтобы оставить комментарий",
    "您的电子邮箱地址不会被公开",
    "您的邮箱地址不会被公开",
    "必填项已用",
    "メールアドレスが公開されることはありません",
    "コメントを投稿するにはログインしてください",
];

/// Labels of comment-form fields and buttons: furniture only right after a comment heading
/// or notice, since "Name", "Website" or "Message" alone are ordinary words.
const FORM_FIELDS: &[&str] = &[
    "name",
    "your name",
    "full name",
    "nickname",
    "email",
    "e-mail",
    "mail",
    "email address",
    "e-mail address",
    "your email",
    "your email address",
    "website",
    "your website",
    "url",
    "website url",
    "comment",
    "your comment",
    "message",
    "your message",
    "required",
    "optional",
    "will not be published",
    "submit",
    "send",
    "post",
    "post comment",
    "submit comment",
    "cancel",
    "log in",
    "login",
    "sign in",
    "register",
    "log out",
    "logout",
    "subscribe",
    "δ",
    "name *",
    "vorname",
    "webseite",
    "kommentar",
    "senden",
    "absenden",
    "nom",
    "prénom",
    "adresse e-mail",
    "site web",
    "commentaire",
    "envoyer",
    "nombre",
    "correo electrónico",
    "correo",
    "sitio web",
    "comentario",
    "enviar",
    "nome",
    "sito web",
    "commento",
    "invia",
    "site",
    "comentário",
    "naam",
    "reactie",
    "verzenden",
    "имя",
    "сайт",
    "комментарий",
    "отправить",
    "名前",
    "名称",
    "姓名",
    "昵称",
    "邮箱",
    "电子邮件",
    "网站",
    "站点",
    "评论",
    "提交",
    "メール",
    "メールアドレス",
    "ウェブサイト",
    "サイト",
    "コメント",
    "送信",
];

/// Words that can stand for the number in a comment count ("No comments", "One reply").
const COUNT_WORDS: &[&str] = &["no", "one", "zero", "un", "une", "una", "uno", "ein", "eine", "een", "um", "uma"];

/// Nouns of comment counts: "12 Comments", "3 thoughts on “Title”", "5件のコメント".
const COUNT_NOUNS: &[&str] = &[
    "comment",
    "comments",
    "response",
    "responses",
    "reply",
    "replies",
    "thought",
    "thoughts",
    "reaction",
    "reactions",
    "kommentar",
    "kommentare",
    "antworten",
    "commentaire",
    "commentaires",
    "réponse",
    "réponses",
    "comentario",
    "comentarios",
    "respuesta",
    "respuestas",
    "commenti",
    "risposte",
    "comentário",
    "comentários",
    "resposta",
    "respostas",
    "reactie",
    "reacties",
    "комментарий",
    "комментария",
    "комментариев",
    "ответ",
    "ответа",
    "ответов",
    "отзыв",
    "отзыва",
    "отзывов",
    "件のコメント",
    "条评论",
    "條評論",
    "条回复",
    "개의 댓글",
    "评论",
    "コメント",
    "댓글",
];

/// Words between a count and a quoted title: "3 thoughts on “Title”", "2 Kommentare zu „…“".
const COUNT_TITLE_LINKS: &[&str] = &["on", "to", "zu", "sur", "à", "en", "a", "su", "em", "para", "op", "на", "к"];
/// Quotes that open the title after a count.
const OPENING_QUOTES: &[char] = &['"', '“', '”', '„', '«', '‘', '\''];

/// Lexicon groups: comment headings and buttons, form fields, form notices, count words,
/// count nouns, the links before a quoted title.
const LABEL: Groups = 1;
const FIELD: Groups = 2;
const NOTICE: Groups = 4;
const COUNT_WORD: Groups = 8;
const COUNT_NOUN: Groups = 16;
const TITLE_LINK: Groups = 32;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::grouped(&[COMMENT_LABELS, FORM_FIELDS, FORM_NOTICE_OPENINGS, COUNT_WORDS, COUNT_NOUNS, COUNT_TITLE_LINKS])
});

/// Removes comment-section headings, comment-form notices and the form's fields.
pub struct CommentSection;

impl Rule for CommentSection {
    fn id(&self) -> RuleId {
        RuleId("comment_section")
    }

    fn describe(&self) -> &'static str {
        "Comment prompts and comment-form furniture: \"Leave a Reply\", \"12 Comments\", \"Your email address will not be published\", and the form fields right after them."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        let mut form_until = 0;
        for (index, block) in blocks.iter_mut().enumerate() {
            let text = block.text.as_str();
            if is_comment_furniture(text) {
                block.remove(self.id());
                form_until = index + 1 + FORM_WINDOW;
            } else if index < form_until {
                if is_form_field(text) {
                    block.remove(self.id());
                } else if !block.is_removed() {
                    // A real comment, or the text after the section: the form is over.
                    form_until = 0;
                }
            }
        }
    }
}

/// A comment heading, button, count or form notice.
fn is_comment_furniture(text: &str) -> bool {
    if text.len() > MAX_NOTICE_BYTES {
        return false;
    }
    let first = LEXICON.prefix(text);
    if first.is_some_and(|(_, groups)| groups & NOTICE != 0) {
        return true;
    }
    if text.len() > MAX_LABEL_BYTES {
        return false;
    }
    if first.is_some() && LEXICON.covers(text, MAX_LABELS_PER_BLOCK, LABEL).is_some() {
        return true;
    }
    first.is_some_and(|(end, groups)| groups & (COUNT_WORD | COUNT_NOUN) != 0 && is_count(text, end, groups))
        || starts_with_digit(text) && is_count(text, 0, 0)
}

/// Whether `text` is a comment count: a number (or count word, ending at byte `end` with
/// lexicon `groups`) then a count noun, perhaps then a quoted title; or a count noun then a
/// number ("Comments (3)").
fn is_count(text: &str, end: usize, groups: Groups) -> bool {
    if groups & COUNT_NOUN != 0 && groups & COUNT_WORD == 0 {
        // "Comments (3)", "Kommentare: 12": only a number may follow the noun.
        let rest = &text[end..];
        return rest.bytes().any(|b| b.is_ascii_digit())
            && rest.chars().all(|c| c.is_ascii_digit() || !c.is_alphanumeric() || matches!(c, 'k' | 'K'));
    }
    let after_number = if groups & COUNT_WORD != 0 { &text[end..] } else { skip_number(text) };
    // "16. Thought" is a numbered heading, not a count: the number ends at a space.
    let Some(rest) = after_number.strip_prefix(' ').or_else(|| {
        after_number.starts_with(|c: char| crate::clean::shape::is_unspaced_script(c)).then_some(after_number)
    }) else {
        return false;
    };
    let Some((noun_end, noun_groups)) = LEXICON.prefix(rest) else {
        return false;
    };
    if noun_groups & COUNT_NOUN == 0 || rest.find(char::is_alphanumeric) != Some(0) {
        return false;
    }
    let tail = &rest[noun_end..];
    if !has_alphanumeric(tail) {
        return true;
    }
    // "3 thoughts on “How to bake bread”": a link word, then a quoted title.
    LEXICON.prefix(tail).is_some_and(|(link_end, link_groups)| {
        link_groups & TITLE_LINK != 0 && tail[link_end..].trim_start().starts_with(OPENING_QUOTES)
    })
}

/// The text after a leading number ("12", "1,204", "1.2k") and the characters before it.
fn skip_number(text: &str) -> &str {
    let start = text.find(char::is_alphanumeric).unwrap_or(0);
    let rest = &text[start..];
    let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
    let number = &rest[..digits];
    if number.ends_with(['.', ',']) {
        // "16. Thought": the full stop belongs to a numbered heading.
        return &rest[digits.saturating_sub(1)..];
    }
    let rest = &rest[digits..];
    rest.strip_prefix(['k', 'K', 'm', 'M']).filter(|r| r.starts_with(' ')).unwrap_or(rest)
}

fn starts_with_digit(text: &str) -> bool {
    text.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(|c: char| c.is_ascii_digit())
}

fn is_form_field(text: &str) -> bool {
    text.len() <= MAX_LABEL_BYTES
        && (LEXICON.covers(text, MAX_LABELS_PER_BLOCK, FIELD | LABEL | NOTICE).is_some() || !has_alphanumeric(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::{assert_lines, removed_lines};

    #[test]
    fn removes_comment_headings_counts_and_notices() {
        assert_lines(
            &CommentSection,
            &[
                "Leave a Reply",
                "Leave a Reply Cancel reply",
                "Leave a comment",
                "12 Comments",
                "1 comment",
                "Comments (3)",
                "No comments",
                "Comments are closed.",
                "Be the first to comment!",
                "Join the discussion",
                "3 thoughts on “How to bake bread”",
                "Your email address will not be published. Required fields are marked *",
                "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
                "Save my name, email, and website in this browser for the next time I comment.",
                "Notify me of follow-up comments by email.",
                "You must be logged in to post a comment.",
                "Schreibe einen Kommentar",
                "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
                "Laisser un commentaire Annuler la réponse",
                "Votre adresse e-mail ne sera pas publiée.",
                "Deja una respuesta Cancelar respuesta",
                "Lascia un commento Annulla risposta",
                "Deixe um comentário",
                "Laat een reactie achter",
                "Добавить комментарий Отменить ответ",
                "发表评论",
                "コメントを残す",
                "5件のコメント",
            ],
            &[
                "Readers left more than 200 comments under the post within an hour.",
                "Comments by the minister drew criticism from the opposition.",
                "Reply to the consultation by 5 March.",
                "Name",
                "Website",
                "The comment form was redesigned last year, the company said.",
                "Kommentar: Warum die Reform scheitern wird",
                "16. Thought",
                "Two responses to the crisis",
                "5 responses to the survey were rejected",
            ],
        );
    }

    #[test]
    fn removes_form_fields_after_a_heading_but_not_the_comments() {
        let text =
            "Leave a Reply\nName *\nEmail *\nWebsite\n\nPost Comment\n\nGreat article, thanks for writing it!\nName\n";
        assert_eq!(
            removed_lines(&CommentSection, text),
            ["Leave a Reply", "Name *", "Email *", "Website", "Post Comment"]
        );
    }

    #[test]
    fn keeps_field_words_without_a_comment_heading() {
        let text = "Contact\nName\nEmail\nWebsite\n";
        assert!(removed_lines(&CommentSection, text).is_empty());
    }

    #[test]
    fn field_window_in_other_languages() {
        let text = "Добавить комментарий\nИмя *\nE-mail *\nКомментарий\n\nСвежие записи\n";
        assert_eq!(removed_lines(&CommentSection, text), ["Добавить комментарий", "Имя *", "E-mail *", "Комментарий"]);
    }
}
