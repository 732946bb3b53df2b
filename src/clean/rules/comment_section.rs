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
/// heading or a button. Left out: German "Antwort" alone (the answer of a Q&A), French
/// "Réagir" alone, Russian "Обсуждение" and Chinese "最新评论" (a section of opinion
/// columns: "评论" is also commentary).
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
    "kommentare lesen",
    "keine kommentare",
    "noch keine kommentare",
    "kommentar verfassen",
    "kommentar absenden",
    "kommentieren",
    "leserkommentare",
    "neueste kommentare",
    "alle kommentare anzeigen",
    "kommentar melden",
    "kommentare geschlossen",
    "kommentare sind geschlossen",
    "diskutieren sie mit",
    "was denkst du?",
    "was meinst du?",
    "was meinen sie?",
    "was denken sie?",
    "deine meinung",
    "ihre meinung",
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
    "soyez le premier à commenter",
    "les commentaires sont fermés",
    "commentaires fermés",
    "voir les commentaires",
    "lire les commentaires",
    "afficher les commentaires",
    "commentaires récents",
    "derniers commentaires",
    "signaler ce commentaire",
    "réagir à cet article",
    "donnez votre avis",
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
    "agregar un comentario",
    "agregar comentario",
    "comentar",
    "sé el primero en comentar",
    "los comentarios están cerrados",
    "comentarios cerrados",
    "ver comentarios",
    "leer comentarios",
    "mostrar comentarios",
    "comentarios recientes",
    "no hay comentarios",
    "aún no hay comentarios",
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
    "commenta",
    "lascia il tuo commento",
    "sii il primo a commentare",
    "i commenti sono chiusi",
    "commenti chiusi",
    "mostra commenti",
    "vedi i commenti",
    "commenti recenti",
    "ultimi commenti",
    "partecipa alla discussione",
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
    "deixe o seu comentário",
    "adicionar um comentário",
    "seja o primeiro a comentar",
    "os comentários estão encerrados",
    "comentários encerrados",
    "comentários fechados",
    "ver comentários",
    "ler comentários",
    "mostrar comentários",
    "comentários recentes",
    "nenhum comentário",
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
    "nog geen reacties",
    "reactie toevoegen",
    "schrijf een reactie",
    "plaats reactie",
    "reacties zijn gesloten",
    "wees de eerste om te reageren",
    "toon reacties",
    "bekijk reacties",
    "reacties lezen",
    "recente reacties",
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
    "оставить отзыв",
    "комментировать",
    "комментарии закрыты",
    "комментирование закрыто",
    "комментариев пока нет",
    "пока нет комментариев",
    "показать комментарии",
    "читать комментарии",
    "все комментарии",
    "свежие комментарии",
    "последние комментарии",
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
    "写评论",
    "添加评论",
    "我要评论",
    "评论已关闭",
    "全部评论",
    "查看更多评论",
    "加载更多评论",
    "还没有评论",
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
    "コメントを投稿",
    "コメントを投稿する",
    "コメント一覧",
    "コメントを見る",
    "コメントを表示",
    "コメント欄",
    "コメントは受け付けていません",
    "最近のコメント",
    // Korean
    "댓글",
    "댓글 쓰기",
    "댓글 달기",
    "답글",
    // Polish
    "dodaj komentarz",
    "zostaw komentarz",
    "napisz komentarz",
    "skomentuj",
    "opublikuj komentarz",
    "wyślij komentarz",
    "komentarze",
    "komentarz",
    "odpowiedz",
    "anuluj pisanie odpowiedzi",
    "anuluj odpowiedź",
    "brak komentarzy",
    "pokaż komentarze",
    "możliwość komentowania została wyłączona",
    "komentarze są wyłączone",
    "komentarze zostały wyłączone",
    "komentarze są zamknięte",
    // Czech
    "napsat komentář",
    "přidat komentář",
    "vložit komentář",
    "zanechte komentář",
    "odeslat komentář",
    "komentáře",
    "komentář",
    "odpovědět",
    "zrušit odpověď",
    "zrušit odpověď na komentář",
    "žádné komentáře",
    "komentáře jsou uzavřeny",
    "komentáře jsou uzavřené",
    // Slovak
    "pridaj komentár",
    "pridať komentár",
    "napísať komentár",
    "napíšte komentár",
    "zanechajte komentár",
    "zanechajte odpoveď",
    "odoslať komentár",
    "komentáre",
    "komentár",
    "odpovedať",
    "zrušiť odpoveď",
    "žiadne komentáre",
    "komentáre sú uzavreté",
    // Turkish
    "bir yanıt yazın",
    "bir yorum yazın",
    "yorum yazın",
    "yorum yaz",
    "yorum yap",
    "yorum yapın",
    "yorum bırakın",
    "yorum ekle",
    "yorum gönder",
    "yorumu gönder",
    "yorumlar",
    "yorum",
    "yanıtla",
    "cevapla",
    "yanıtı iptal et",
    "bir cevap yazın",
    "cevabı iptal et",
    "yorum yok",
    "henüz yorum yok",
    "henüz yorum yapılmamış",
    "yorumlar kapalı",
    "yorumlar kapatılmış",
    // Greek
    "αφήστε μια απάντηση",
    "αφήστε ένα σχόλιο",
    "αφήστε το σχόλιό σας",
    "γράψτε ένα σχόλιο",
    "προσθήκη σχολίου",
    "προσθέστε σχόλιο",
    "δημοσίευση σχολίου",
    "υποβολή σχολίου",
    "σχολιάστε",
    "σχόλια",
    "σχόλιο",
    "απάντηση",
    "ακύρωση απάντησης",
    "δεν υπάρχουν σχόλια",
    "κανένα σχόλιο",
    "τα σχόλια είναι κλειστά",
    // Arabic: the tanween of "تعليقاً" is written before or after the alif, or left out.
    "اترك تعليقاً",
    "اترك تعليقًا",
    "اترك تعليقا",
    "اترك رداً",
    "اترك ردًا",
    "اترك رد",
    "أضف تعليق",
    "أضف تعليقاً",
    "أضف تعليقًا",
    "اضف تعليق",
    "إضافة تعليق",
    "اكتب تعليق",
    "اكتب تعليقاً",
    "اكتب تعليقًا",
    "أكتب تعليق",
    "إرسال التعليق",
    "ارسال التعليق",
    "أرسل التعليق",
    "نشر التعليق",
    "التعليقات",
    "تعليقات",
    "تعليق",
    "تعليق واحد",
    "رد",
    "الردود",
    "إلغاء الرد",
    "الغاء الرد",
    "لا توجد تعليقات",
    "لا يوجد تعليقات",
    "التعليقات مغلقة",
    // Hebrew
    "כתיבת תגובה",
    "השארת תגובה",
    "השאר תגובה",
    "השאירו תגובה",
    "הוסף תגובה",
    "הוספת תגובה",
    "כתוב תגובה",
    "כתבו תגובה",
    "שליחת תגובה",
    "פרסום תגובה",
    "פרסם תגובה",
    "להגיב",
    "הגב",
    "השב",
    "תגובות",
    "תגובה",
    "תגובה אחת",
    "ביטול תגובה",
    "אין תגובות",
    "התגובות סגורות",
    // Hindi ("प्रातिक्रिया दे" is WordPress's own spelling)
    "प्रातिक्रिया दे",
    "प्रतिक्रिया दें",
    "प्रतिक्रिया दे",
    "एक टिप्पणी छोड़ें",
    "टिप्पणी छोड़ें",
    "टिप्पणी करें",
    "टिप्पणी करे",
    "टिप्पणी लिखें",
    "अपनी टिप्पणी दें",
    "टिप्पणी भेजें",
    "टिप्पणियाँ",
    "टिप्पणियां",
    "टिप्पणी",
    "कमेंट",
    "कमेंट्स",
    "जवाब दें",
    "उत्तर दें",
    "प्रत्युत्तर रद्द करें",
    "जवाब रद्द करें",
    "कोई टिप्पणी नहीं",
    "अभी तक कोई टिप्पणी नहीं",
    // Ukrainian
    "залишити відповідь",
    "залишити коментар",
    "залиште коментар",
    "додати коментар",
    "написати коментар",
    "опублікувати коментар",
    "надіслати коментар",
    "коментарі",
    "коментар",
    "відповісти",
    "скасувати відповідь",
    "немає коментарів",
    "коментарі закрито",
    "коментарі закриті",
    // Bulgarian
    "вашият коментар",
    "оставете коментар",
    "оставете отговор",
    "напишете коментар",
    "напиши коментар",
    "добави коментар",
    "добавете коментар",
    "публикуване на коментар",
    "изпрати коментар",
    "коментари",
    "отговор",
    "отказ от отговор",
    "няма коментари",
    "коментарите са изключени",
    "коментарите са затворени",
    // Croatian, Serbian (Latin)
    "ostavite odgovor",
    "ostavi odgovor",
    "ostavite komentar",
    "ostavi komentar",
    "napišite komentar",
    "napiši komentar",
    "dodaj komentar",
    "dodajte komentar",
    "objavi komentar",
    "pošalji komentar",
    "komentari",
    "komentar",
    "komentiraj",
    "komentariši",
    "odgovori",
    "odustani od odgovora",
    "otkaži odgovor",
    "poništi odgovor",
    "nema komentara",
    "komentari su zatvoreni",
    "komentari su onemogućeni",
    // Romanian, also as often written without diacritics
    "lasă un răspuns",
    "lasa un raspuns",
    "lasă un comentariu",
    "lasa un comentariu",
    "lăsați un comentariu",
    "adaugă un comentariu",
    "scrie un comentariu",
    "publică comentariul",
    "trimite comentariul",
    "comentarii",
    "comentariu",
    "răspunde",
    "raspunde",
    "anulează răspunsul",
    "niciun comentariu",
    "nici un comentariu",
    "comentariile sunt închise",
    // Hungarian ("Vélemény, hozzászólás?" is WordPress's "Leave a Reply")
    "vélemény, hozzászólás",
    "hozzászólás írása",
    "írj hozzászólást",
    "szólj hozzá",
    "hozzászólás küldése",
    "hozzászólások",
    "hozzászólás",
    "kommentek",
    "válasz",
    "válasz megszakítása",
    "nincs hozzászólás",
    "még nincs hozzászólás",
    "a hozzászólások le vannak zárva",
    "a hozzászólások lezárva",
    "kilépés a válaszból",
    // Finnish
    "jätä kommentti",
    "kirjoita kommentti",
    "lisää kommentti",
    "lähetä kommentti",
    "kommentit",
    "kommentti",
    "vastaa",
    "peruuta vastaus",
    "ei kommentteja",
    "kommentointi on suljettu",
    "kommentit on suljettu",
    // Swedish, Danish, Norwegian (Bokmål); "kommentar" is under German
    "lämna ett svar",
    "lämna en kommentar",
    "skriv en kommentar",
    "publicera kommentar",
    "skicka kommentar",
    "kommentera",
    "kommentarer",
    "svara",
    "avbryt svar",
    "inga kommentarer",
    "kommentarer är stängda",
    "skriv et svar",
    "efterlad en kommentar",
    "tilføj en kommentar",
    "send kommentar",
    "svar",
    "annuller svar",
    "ingen kommentarer",
    "kommentarer er lukket",
    "der er lukket for kommentarer",
    "skriv kommentar",
    "legg igjen en kommentar",
    "legg igjen et svar",
    "publiser kommentar",
    "kommentarer er stengt",
    "logg inn for å svare",
    "logg inn for å kommentere",
    // Indonesian, Malay
    "tinggalkan balasan",
    "tinggalkan komentar",
    "tinggalkan komen",
    "tulis komentar",
    "tambahkan komentar",
    "kirim komentar",
    "kirimkan komentar",
    "hantar komen",
    "hantar komentar",
    "komen",
    "balas",
    "batalkan balasan",
    "batal balas",
    "belum ada komentar",
    "tidak ada komentar",
    "komentar ditutup",
    // Vietnamese, with both placements of the tone mark in "hủy"
    "để lại một bình luận",
    "để lại bình luận",
    "để lại một trả lời",
    "viết bình luận",
    "gửi bình luận",
    "thêm bình luận",
    "bình luận",
    "trả lời",
    "hủy trả lời",
    "huỷ trả lời",
    "chưa có bình luận",
    "chưa có bình luận nào",
    "không có bình luận",
    "bình luận đã bị đóng",
    "ý kiến bạn đọc",
    // Thai: written without spaces, so the prompts to log in are here, whole lines, rather
    // than openings of notices (a prompt "to reply" opens "to accept an invitation" too).
    "แสดงความคิดเห็น",
    "ความคิดเห็น",
    "เขียนความคิดเห็น",
    "ใส่ความเห็น",
    "ใส่ความคิดเห็น",
    "ให้ความเห็น",
    "ความเห็น",
    "ตอบกลับ",
    "ยกเลิกการตอบ",
    "ไม่มีความเห็น",
    "ความเห็นถูกปิด",
    "เข้าสู่ระบบเพื่อตอบ",
    "เข้าสู่ระบบเพื่อตอบกลับ",
    "กรุณาเข้าสู่ระบบเพื่อตอบกลับ",
    "เข้าสู่ระบบเพื่อให้ความเห็น",
    // Bengali
    "মন্তব্য করুন",
    "মন্তব্য",
    "মন্তব্যসমূহ",
    "মন্তব্য প্রকাশ করুন",
    "জবাব",
    "জবাব বাতিল",
    "মন্তব্য নেই",
    "মন্তব্য বন্ধ আছে",
    // Urdu
    "اپنی رائے دیں",
    "تبصرے",
    "تبصرہ کریں",
    "جواب دیں",
    "جواب منسوخ کریں",
    // Tamil
    "மறுமொழி இடவும்",
    "மறுமொழியொன்றை இடுங்கள்",
    "கருத்துரையிடுக",
    "கருத்துகள்",
    "கருத்துக்கள்",
    "கருத்துரைகள்",
    "மறுமொழிகள்",
    "மறுமொழி",
    "மறுமொழியை ரத்து செய்",
    // Lithuanian
    "parašykite komentarą",
    "rašyti komentarą",
    "komentuoti",
    "komentarai",
    "atsakyti",
    "atšaukti atsakymą",
    "komentarų nėra",
    "komentarų dar nėra",
    "komentarai uždaryti",
    // Estonian
    "lisa kommentaar",
    "jäta kommentaar",
    "kommenteeri",
    "kommentaarid",
    "kommentaar",
    "vasta",
    "tühista vastus",
    "kommentaare pole",
    "kommenteerimine on suletud",
    // Catalan
    "deixa un comentari",
    "deixa una resposta",
    "afegeix un comentari",
    "escriu un comentari",
    "publica el comentari",
    "envia el comentari",
    "comentaris",
    "comentari",
    "respon",
    "cancel·la la resposta",
    "cap comentari",
    "sense comentaris",
    "els comentaris estan tancats",
    // Persian: plurals are joined with a zero-width non-joiner, a space, or nothing.
    "دیدگاهتان را بنویسید",
    "دیدگاه بگذارید",
    "دیدگاهی بنویسید",
    "ارسال دیدگاه",
    "فرستادن دیدگاه",
    "ارسال نظر",
    "دیدگاه\u{200c}ها",
    "دیدگاه ها",
    "دیدگاهها",
    "دیدگاه",
    "نظرات",
    "پاسخ",
    "لغو پاسخ",
    "پاسخ دهید",
    "پاسخ دادن",
    "نوشتن دیدگاه",
    "دیدگاه\u{200c}ها بسته شده\u{200c}اند",
    "دیدگاه ها بسته شده اند",
    "بدون دیدگاه",
    "بدون نظر",
    // Chinese (Traditional)
    "發表評論",
    "發表回覆",
    "發佈留言",
    "發表留言",
    "評論",
    "回覆",
    "取消回覆",
    "暫無評論",
    "查看評論",
    "網友評論",
    "迴響",
    "發表迴響",
    // Danish, a button as a whole line ("Log ind for at svare på spørgsmålene" is a sentence)
    "log ind for at svare",
    // WordPress's "Leave a Reply" and the "Comments" heading in Serbian (Cyrillic; "коментари"
    // is under Bulgarian), Macedonian, Slovenian, Latvian, Albanian, Galician, Basque and
    // Georgian. Left out: Icelandic "Athugasemdir", also the heading of an article's notes.
    "оставите одговор",
    "оставите коментар",
    "остави одговор",
    "остави коментар",
    "dodaj odgovor",
    "komentarji",
    "komentāri",
    "atstāt komentāru",
    "lini një përgjigje",
    "komente",
    "deixa unha resposta",
    "deixa un comentario",
    "utzi erantzuna",
    "iruzkinak",
    "კომენტარები",
    "დატოვეთ კომენტარი",
    // A shop's empty review tab, as a whole line only: the words open sentences too
    // ("Mnenj še ni mogoče oblikovati", "Ende nuk ka vlerësime zyrtare për dëmet").
    "nu există recenzii încă",
    "nu există încă recenzii",
    "mnenj še ni",
    "atsauksmju vēl nav",
    "још нема рецензија",
    "сè уште нема рецензии",
    "ende nuk ka vlerësime",
    "engar umsagnir enn",
    "aínda non hai valoracións",
    "oraindik ez dago iritzirik",
    "შეფასებები ჯერ არ არის",
    // ... in Turkish (the other tense), Azerbaijani, Swahili, Tagalog, Urdu and Armenian,
    // and Swahili's "Be the first to comment": each opens news sentences too ("Bado hakuna
    // maoni kutoka serikalini", "Wala pang review ang mga kritiko", "ابھی تک کوئی جائزہ
    // نہیں لیا گیا", "Henüz değerlendirme yapılmamış başvurular").
    "henüz değerlendirme yapılmamış",
    "hələ rəy yoxdur",
    "bado hakuna maoni",
    "kuwa wa kwanza kutoa maoni",
    "wala pang review",
    "ابھی تک کوئی جائزہ نہیں",
    "ابھی تک کوئی جائزہ نہیں ہے",
    "կարծիքներ դեռ չկան",
    // The same in Czech, Indonesian, Ukrainian, Vietnamese, Greek (with either spelling of
    // "yet"), Hebrew, Japanese, Korean and Chinese (Simplified and Traditional): "Belum ada
    // ulasan resmi", "暂无评价标准" open sentences.
    "zatím zde nejsou žádná hodnocení",
    "belum ada ulasan",
    "відгуків поки немає",
    "chưa có đánh giá nào",
    "δεν υπάρχουν αξιολογήσεις ακόμη",
    "δεν υπάρχουν αξιολογήσεις ακόμα",
    "אין חוות דעת עדיין",
    "レビューはまだありません",
    "아직 작성된 리뷰가 없습니다",
    "暂无评价",
    "暫無評價",
    "目前尚無評價",
    // Hebrew WordPress's "Post Comment" button ("פרסום תגובה" is listed above)
    "פרסום התגובה",
];

/// Notices of comment forms: a block that starts with one of these is furniture. Each is
/// specific to comment forms; none reads as a sentence of an article.
const FORM_NOTICE_OPENINGS: &[&str] = &[
    // English
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
    // A shop's empty review tab (WooCommerce and its translations)
    "there are no reviews yet",
    "be the first to review",
    "es gibt noch keine bewertungen",
    "schreibe die erste bewertung",
    "il n’y a pas encore d’avis",
    "soyez le premier à laisser votre avis",
    "no hay valoraciones aún",
    "todavía no hay valoraciones",
    "sé el primero en valorar",
    "non ci sono ancora recensioni",
    "ainda não existem avaliações",
    "seja o primeiro a avaliar",
    "er zijn nog geen beoordelingen",
    "der er endnu ingen anmeldelser",
    "vær den første til at anmelde",
    "det finns inga recensioner än",
    "nie ma jeszcze recenzji",
    "nie ma jeszcze opinii",
    "ten produkt nie ma jeszcze opinii",
    "aún no hay opiniones",
    "todavía no hay opiniones",
    "er zijn nog geen reviews",
    "não há avaliações ainda",
    "ainda não existem opiniões",
    "henüz değerlendirme yapılmadı",
    "отзывов пока нет",
    // ... in Azerbaijani, Swahili, Afrikaans, Marathi (the shorter notices of these
    // languages, which open news sentences, are whole-line labels above)
    "bu məhsul haqqında hələ rəy yazılmayıb",
    "hakuna maoni kwa bidhaa hii bado",
    "daar is nog geen resensies nie",
    "अद्याप पुनरावलोकने नाहीत",
    // Forum software's "You must log in or register to reply here." (XenForo) in Basque,
    // Galician, Icelandic, Georgian, Latvian, Macedonian, Romanian, Slovenian, Albanian and
    // Serbian, whole to the verb "to reply": "Мора да се најавите" alone opens how-tos.
    "saioa hasi edo erregistratu behar duzu hemen erantzuteko",
    "debes iniciar sesión ou rexistrarte para responder",
    "þú verður að skrá þig inn eða nýskrá þig til að svara",
    "პასუხის დასაწერად საჭიროა ავტორიზაცია",
    "lai atbildētu, jums jāpieslēdzas vai jāreģistrējas",
    "мора да се најавите или регистрирате за да одговорите",
    "trebuie să te autentifici sau să te înregistrezi pentru a răspunde",
    "za odgovor se morate prijaviti ali registrirati",
    "duhet të hyni ose të regjistroheni për t’u përgjigjur",
    "морате се пријавити или регистровати да бисте одговорили",
    // ... and in Czech, Indonesian, Swedish, Ukrainian, Vietnamese, Greek, Hebrew, Japanese,
    // Korean and Chinese (Simplified and Traditional; Discuz!'s "您需要登录后才可以回帖"),
    // whole to the verb "to reply" likewise.
    "pro odpověď se musíte přihlásit nebo zaregistrovat",
    "anda harus masuk atau mendaftar untuk membalas",
    "du måste logga in eller registrera dig för att svara",
    "ви повинні увійти або зареєструватися, щоб відповісти",
    "bạn phải đăng nhập hoặc đăng ký để trả lời",
    "πρέπει να συνδεθείτε ή να εγγραφείτε για να απαντήσετε",
    "עליך להתחבר או להירשם כדי להגיב",
    "返信するにはログインまたは会員登録が必要です",
    "답글을 작성하려면 로그인하거나 회원가입을 해야 합니다",
    "您需要登录后才可以回帖",
    "您需要登錄後才可以回帖",
    "您必須登入或註冊才能回覆",
    "您必须登录或注册才能回复",
    // ... and in German, Spanish, French, Italian, Portuguese (Brazil and Portugal), Dutch,
    // Russian and Polish, whole to the verb "to reply" likewise.
    "du musst dich einloggen oder registrieren, um hier zu antworten",
    "sie müssen sich einloggen oder registrieren, um hier zu antworten",
    "debes iniciar sesión o registrarte para responder",
    "vous devez vous connecter ou vous inscrire pour répondre",
    "devi effettuare l'accesso o registrarti per rispondere",
    "você precisa entrar ou se cadastrar para responder",
    "tem de iniciar sessão ou registar-se para responder",
    "je moet inloggen of registreren om hier te reageren",
    "чтобы ответить, необходимо войти или зарегистрироваться",
    "вы должны войти или зарегистрироваться, чтобы ответить",
    "musisz się zalogować lub zarejestrować, aby odpowiedzieć",
    // ... and in Tagalog, Armenian, Turkish, Azerbaijani, Kazakh, Swahili, Afrikaans,
    // Marathi and Urdu, whole to the verb "to reply" likewise.
    "mag-log in o mag-sign up para makapag-reply",
    "պատասխանելու համար մուտք գործեք կամ գրանցվեք",
    "yanıtlamak için giriş yapmalı veya kayıt olmalısınız",
    "cevap yazmak için giriş yapmalı veya kayıt olmalısınız",
    "cavab yazmaq üçün daxil olmalı və ya qeydiyyatdan keçməlisiniz",
    "жауап беру үшін кіру немесе тіркелу қажет",
    "lazima uingie au ujisajili ili kujibu",
    "jy moet aanmeld of registreer om te antwoord",
    "jy moet aanmeld of registreer om hier te antwoord",
    "उत्तर देण्यासाठी तुम्ही लॉग इन किंवा नोंदणी करणे आवश्यक आहे",
    "جواب دینے کے لیے آپ کو لاگ ان یا رجسٹر کرنا ہوگا",
    // WordPress's "Your email address will not be published." and "You must be logged in to
    // post a comment." in Serbian (Cyrillic), Slovenian, Latvian, Albanian, Icelandic, Basque
    "ваша адреса е-поште неће бити објављена",
    "морате бити пријављени да бисте објавили коментар",
    "vaš e-naslov ne bo objavljen",
    "jūsu e-pasta adrese netiks publicēta",
    "adresa juaj email s’do të bëhet publike",
    "netfang þitt verður ekki birt",
    "zure helbide elektronikoa ez da argitaratuko",
    // WordPress's "Click here to cancel reply." link, in its translations
    "click here to cancel reply",
    "hier klicken, um das antworten abzubrechen",
    "cliquez ici pour annuler la réponse",
    "haz clic aquí para cancelar la respuesta",
    "clicca qui per annullare la risposta",
    "fai clic qui per annullare la risposta",
    "clique aqui para cancelar a resposta",
    "klik hier om het antwoorden te annuleren",
    "kliknij, aby anulować odpowiedź",
    "нажмите, чтобы отменить ответ",
    // German
    "deine e-mail-adresse wird nicht veröffentlicht",
    "ihre e-mail-adresse wird nicht veröffentlicht",
    "erforderliche felder sind mit",
    "meinen namen, meine e-mail-adresse und meine website in diesem browser speichern",
    "meinen namen, meine e-mail-adresse und meine website in diesem browser für die nächste kommentierung speichern",
    "diese website verwendet akismet",
    "du musst angemeldet sein, um einen kommentar",
    "sie müssen angemeldet sein, um einen kommentar",
    "pflichtfelder sind mit * markiert",
    "pflichtfelder sind mit * gekennzeichnet",
    "benachrichtige mich über nachfolgende kommentare",
    "benachrichtige mich über neue beiträge",
    "dein kommentar muss noch freigegeben werden",
    "ihr kommentar muss noch freigegeben werden",
    "mit der nutzung dieses formulars erklärst du dich",
    "mit der nutzung dieses formulars erklären sie sich",
    // French
    "votre adresse e-mail ne sera pas publiée",
    "votre adresse de messagerie ne sera pas publiée",
    "votre adresse email ne sera pas publiée",
    "les champs obligatoires sont indiqués",
    "enregistrer mon nom, mon e-mail et mon site",
    "ce site utilise akismet",
    "vous devez être connecté pour publier un commentaire",
    "vous devez vous connecter pour publier un commentaire",
    "les champs obligatoires sont marqués",
    "prévenez-moi de tous les nouveaux commentaires",
    "prévenez-moi de tous les nouveaux articles",
    "votre commentaire est en attente de modération",
    // Spanish
    "tu dirección de correo electrónico no será publicada",
    "su dirección de correo electrónico no será publicada",
    "los campos obligatorios están marcados",
    "guarda mi nombre, correo electrónico y web en este navegador",
    "este sitio usa akismet",
    "debes iniciar sesión para publicar un comentario",
    "debes estar conectado para publicar un comentario",
    "notificarme los nuevos comentarios",
    "recibir un correo electrónico con los siguientes comentarios",
    "tu comentario está pendiente de moderación",
    "tu comentario está esperando moderación",
    // Italian
    "il tuo indirizzo email non sarà pubblicato",
    "il tuo indirizzo e-mail non sarà pubblicato",
    "i campi obbligatori sono contrassegnati",
    "salva il mio nome, email e sito web in questo browser",
    "questo sito usa akismet",
    "devi essere connesso per inviare un commento",
    "devi essere connesso per pubblicare un commento",
    "il tuo indirizzo email non verrà pubblicato",
    "questo sito utilizza akismet",
    "notificami nuovi commenti",
    "notificami nuovi articoli",
    "il tuo commento è in attesa di moderazione",
    // Portuguese
    "o seu endereço de email não será publicado",
    "o seu endereço de e-mail não será publicado",
    "seu endereço de e-mail não será publicado",
    "seu endereço de email não será publicado",
    "campos obrigatórios são marcados",
    "salvar meus dados neste navegador",
    "este site utiliza o akismet",
    "você precisa fazer o login para publicar um comentário",
    "tem de iniciar a sessão para publicar um comentário",
    "campos obrigatórios marcados com *",
    "guardar o meu nome, email e site neste navegador",
    "notifique-me sobre novos comentários",
    "notifique-me sobre novas publicações",
    "seu comentário está aguardando moderação",
    "o seu comentário aguarda moderação",
    // Dutch
    "je e-mailadres wordt niet gepubliceerd",
    "uw e-mailadres wordt niet gepubliceerd",
    "vereiste velden zijn gemarkeerd",
    "deze site gebruikt akismet",
    "mijn naam, e-mail en site",
    "mijn naam, e-mail en website",
    "je moet ingelogd zijn om een reactie",
    "u moet ingelogd zijn om een reactie",
    "hou mij via e-mail op de hoogte van",
    "je reactie wacht op moderatie",
    "je reactie wacht op goedkeuring",
    // Russian
    "ваш адрес email не будет опубликован",
    "ваш e-mail не будет опубликован",
    "ваш адрес электронной почты не будет опубликован",
    "обязательные поля помечены",
    "сохранить моё имя, email и адрес сайта в этом браузере",
    "вы должны авторизоваться, чтобы оставить комментарий",
    "для отправки комментария вам необходимо авторизоваться",
    "сохранить мое имя, email и адрес сайта в этом браузере",
    "этот сайт использует akismet",
    "уведомить меня о новых комментариях",
    "уведомлять меня о новых комментариях",
    "уведомить меня о новых записях",
    "ваш комментарий ожидает проверки",
    // Chinese
    "您的电子邮箱地址不会被公开",
    "您的邮箱地址不会被公开",
    "必填项已用",
    "在此浏览器中保存我的",
    "您必须登录才能发表评论",
    "您的评论正在等待审核",
    "您的评论正等待审核",
    "本站使用akismet",
    // Japanese
    "メールアドレスが公開されることはありません",
    "コメントを投稿するにはログインしてください",
    "次回のコメントで使用するため",
    "このサイトはスパムを低減するために",
    "コメントは承認待ちです",
    "新しいコメントをメールで通知",
    "新しい投稿をメールで受け取る",
    // The asterisk before it is punctuation, skipped: "* が付いている欄は必須項目です"
    "が付いている欄は必須項目です",
    // Korean
    "이메일 주소는 공개되지 않습니다",
    "다음 번 댓글 작성을 위해 이 브라우저에",
    // Polish
    "twój adres e-mail nie zostanie opublikowany",
    "twój adres email nie zostanie opublikowany",
    "wymagane pola są oznaczone",
    "zapamiętaj moje dane, adres e-mail i witrynę",
    "zapisz moje dane, adres e-mail i witrynę",
    "musisz się zalogować, aby móc dodać komentarz",
    "musisz być zalogowany, aby dodać komentarz",
    "ta witryna wykorzystuje akismet",
    "pola, których wypełnienie jest wymagane, są oznaczone",
    "musisz się zalogować, aby odpowiedzieć",
    "zaloguj się, aby móc odpowiedzieć",
    "zaloguj się, aby odpowiedzieć",
    "zaloguj się, aby dodać komentarz",
    "twój komentarz oczekuje na moderację",
    "kliknij tutaj, aby anulować odpowiadanie",
    // Czech
    "vaše e-mailová adresa nebude zveřejněna",
    "vaše emailová adresa nebude zveřejněna",
    "vyžadované informace jsou označeny",
    "povinné údaje jsou označeny",
    "povinná pole jsou označena",
    "uložit do prohlížeče jméno, e-mail a webovou stránku",
    "pro přidávání komentářů se musíte nejdříve přihlásit",
    // Slovak
    "vaša e-mailová adresa nebude zverejnená",
    "vaša emailová adresa nebude zverejnená",
    "vyžadované polia sú označené",
    "povinné polia sú označené",
    "uložiť moje meno, e-mail a webovú stránku",
    "pre pridanie komentára sa musíte prihlásiť",
    // Turkish
    "e-posta adresiniz yayınlanmayacak",
    "e-posta adresiniz yayımlanmayacak",
    "e-posta hesabınız yayınlanmayacak",
    "e-posta hesabınız yayımlanmayacak",
    "gerekli alanlar * ile işaretlenmişlerdir",
    "gerekli alanlar * ile işaretlenmiştir",
    "zorunlu alanlar * ile işaretlenmiştir",
    "daha sonraki yorumlarımda kullanılması için",
    "yorum yapabilmek için giriş yapmalısınız",
    "yorum yapabilmek için oturum açmalısınız",
    "yorum yapmak için giriş yapmalısınız",
    "yorum yapmak için giriş yapın",
    "yanıt yazmak için giriş yapmalısınız",
    "cevaplamak için giriş yapın",
    "yorumunuz denetim için bekliyor",
    "cevabı iptal etmek için tıklayın",
    // Greek
    "η ηλ. διεύθυνση σας δεν δημοσιεύεται",
    "η ηλ. διεύθυνσή σας δεν δημοσιεύεται",
    "η διεύθυνση email σας δεν θα δημοσιευθεί",
    "η διεύθυνση email σας δεν θα δημοσιευτεί",
    "το email σας δεν θα δημοσιευθεί",
    "το email σας δεν θα δημοσιευτεί",
    "τα υποχρεωτικά πεδία σημειώνονται",
    "τα απαιτούμενα πεδία σημειώνονται",
    "πρέπει να συνδεθείτε για να δημοσιεύσετε σχόλιο",
    "αποθήκευσε το όνομά μου, email, και τον ιστότοπο μου σε αυτόν τον πλοηγό",
    // Arabic
    "لن يتم نشر عنوان بريدك الإلكتروني",
    "لن يتم نشر عنوان بريدك الالكتروني",
    "لن يتم نشر بريدك الإلكتروني",
    "لن يتم نشر البريد الإلكتروني",
    "الحقول الإلزامية مشار إليها",
    "الحقول المطلوبة مشار إليها",
    "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح",
    "يجب تسجيل الدخول للرد",
    "يرجى تسجيل الدخول للرد",
    "عليك أن تسجل الدخول حتى تتمكن من كتابة تعليق",
    "اضغط هنا لإلغاء الرد",
    // Hebrew
    "האימייל לא יוצג באתר",
    "כתובת האימייל שלך לא תפורסם",
    "כתובת הדוא\"ל שלך לא תפורסם",
    "כתובת הדוא״ל שלך לא תפורסם",
    "שדות החובה מסומנים",
    "שמור את השם, האימייל והאתר שלי בדפדפן זה",
    "שמור בדפדפן זה את השם, האימייל והאתר שלי",
    "יש להתחבר כדי להגיב",
    "עליך להתחבר כדי לפרסם תגובה",
    // Hindi
    "आपका ईमेल पता प्रकाशित नहीं किया जाएगा",
    "आपका ईमेल पता प्रकाशित नहीं किया जायेगा",
    "आपका ई-मेल पता प्रकाशित नहीं किया जाएगा",
    "आवश्यक फ़ील्ड चिह्नित हैं",
    "आवश्यक फील्ड चिह्नित हैं",
    "इस ब्राउज़र में मेरा नाम, ईमेल और वेबसाइट",
    "जवाब देने के लिए लॉग इन करें",
    // Ukrainian, with both kinds of apostrophe-letter in "обов'язкові", "ім'я"
    "ваша e-mail адреса не оприлюднюватиметься",
    "ваша адреса електронної пошти не буде опублікована",
    "ваша електронна адреса не буде опублікована",
    "ваш e-mail не буде опубліковано",
    "обов'язкові поля позначені",
    "обовʼязкові поля позначені",
    "зберегти моє ім'я, e-mail",
    "зберегти моє імʼя, e-mail",
    "щоб відправити коментар вам необхідно авторизуватись",
    // Bulgarian
    "вашият имейл адрес няма да бъде публикуван",
    "вашият e-mail адрес няма да бъде публикуван",
    "вашият имейл няма да бъде публикуван",
    "задължителните полета са отбелязани",
    "задължителните полета са маркирани",
    "запазване на моето име, имейл и уебсайт в този браузър",
    "трябва да влезете, за да публикувате коментар",
    // Croatian, Serbian (Latin)
    "vaša adresa e-pošte neće biti objavljena",
    "vaša adresa elektronske pošte neće biti objavljena",
    "vaša e-mail adresa neće biti objavljena",
    "vaša email adresa neće biti objavljena",
    "obavezna polja su označena",
    "neophodna polja su označena",
    "spremi moje ime, e-poštu i web-stranicu",
    "sačuvaj moje ime, e-poštu i veb-sajt",
    "morate biti prijavljeni da biste objavili komentar",
    "morate biti prijavljeni da biste odgovorili",
    // Romanian: "ș" is written with a comma or a cedilla, or left out.
    "adresa ta de email nu va fi publicată",
    "adresa ta de email nu va fi publicata",
    "adresa ta de e-mail nu va fi publicată",
    "adresa dvs. de email nu va fi publicată",
    "adresa de email nu va fi publicată",
    "câmpurile obligatorii sunt marcate",
    "campurile obligatorii sunt marcate",
    "salvează-mi numele, emailul și site-ul web",
    "salvează-mi numele, emailul şi site-ul web",
    "trebuie să fii autentificat pentru a publica un comentariu",
    // Hungarian
    "az e-mail címet nem tesszük közzé",
    "az e-mail-címet nem tesszük közzé",
    "az email címet nem tesszük közzé",
    "a kötelező mezőket * karakterrel jelöltük",
    "a nevem, e-mail címem, és weboldalcímem mentése",
    "hozzászólás küldéséhez be kell jelentkezni",
    "a hozzászóláshoz be kell jelentkezni",
    "be kell jelentkezni a válaszadáshoz",
    "be kell jelentkezni a hozzászólás beküldéséhez",
    "email cím (nem tesszük közzé)",
    "a kötelezően kitöltendő mezőket * karakterrel jelöljük",
    "a hozzászólás rendszer-moderációra várakozik",
    "kattintás a válasz elvetéséhez",
    // Finnish
    "sähköpostiosoitettasi ei julkaista",
    "sähköpostiosoitettasi ei näytetä",
    "pakolliset kentät on merkitty",
    "tallenna nimeni, sähköpostiosoitteeni ja kotisivuni",
    "sinun täytyy kirjautua sisään kommentoidaksesi",
    "kirjaudu sisään vastataksesi",
    "kirjaudu sisään kommentoidaksesi",
    "kommenttisi odottaa hyväksyntää",
    "napsauta peruuttaaksesi vastauksen",
    // Swedish
    "din e-postadress kommer inte publiceras",
    "din e-postadress kommer inte att publiceras",
    "obligatoriska fält är märkta",
    "spara mitt namn, min e-postadress och webbplats i denna webbläsare",
    "du måste vara inloggad för att publicera en kommentar",
    // Danish
    "din e-mailadresse vil ikke blive publiceret",
    "din email adresse vil ikke blive publiceret",
    "din e-mail-adresse vil ikke blive offentliggjort",
    "krævede felter er markeret med",
    "påkrævede felter er markeret med",
    "gem mit navn, mail og website i denne browser",
    "du skal være logget ind for at skrive en kommentar",
    "du skal være logget ind for at svare",
    "din e-mailadresse vil ikke blive offentliggjort",
    "log ind for at skrive en kommentar",
    "din kommentar afventer godkendelse",
    "klik her for at annullere svar",
    // Norwegian (Bokmål)
    "din e-postadresse vil ikke bli publisert",
    "obligatoriske felt er merket med",
    "påkrevde felter er merket med",
    "lagre navn, e-post og nettsted i denne nettleseren",
    "du må være logget inn for å publisere en kommentar",
    // Indonesian, Malay
    "alamat email anda tidak akan dipublikasikan",
    "alamat e-mail anda tidak akan dipublikasikan",
    "alamat surel anda tidak akan dipublikasikan",
    "alamat e-mel anda tidak akan disiarkan",
    "alamat emel anda tidak akan disiarkan",
    "ruas yang wajib ditandai",
    "kolom yang wajib diisi ditandai",
    "medan diperlukan ditanda",
    "simpan nama, email, dan situs web saya pada peramban ini",
    "simpan nama, email, dan situs web saya di browser ini",
    "anda harus login untuk mengirim komentar",
    "anda harus masuk untuk mengirimkan komentar",
    "anda mesti log masuk untuk menghantar komen",
    "log masuk untuk membalas",
    // Vietnamese
    "email của bạn sẽ không được hiển thị công khai",
    "địa chỉ email của bạn sẽ không được công bố",
    "địa chỉ email của bạn sẽ không được hiển thị",
    "các trường bắt buộc được đánh dấu",
    "lưu tên của tôi, email, và trang web trong trình duyệt này",
    "lưu tên, email và trang web của tôi trong trình duyệt này",
    "bạn phải đăng nhập để gửi bình luận",
    // Catalan
    "l'adreça electrònica no es publicarà",
    "la vostra adreça electrònica no es publicarà",
    "la teva adreça electrònica no es publicarà",
    "els camps necessaris estan marcats",
    "els camps obligatoris estan marcats",
    "heu d'iniciar la sessió per a publicar un comentari",
    "has d'iniciar la sessió per a publicar un comentari",
    "desa el meu nom, correu electrònic i lloc web en aquest navegador",
    // Lithuanian
    "jūsų el. pašto adresas nebus skelbiamas",
    "el. pašto adresas nebus skelbiamas",
    "būtini laukeliai pažymėti",
    "norėdami komentuoti, turite prisijungti",
    "jūsų komentaras laukia patvirtinimo",
    // Estonian
    "sinu e-posti aadressi ei avaldata",
    "sinu e-postiaadressi ei avaldata",
    "kohustuslikud väljad on tähistatud",
    "kommenteerimiseks pead olema sisse logitud",
    "sinu kommentaar ootab modereerimist",
    // Urdu
    "آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا",
    "آپ کا ای میل شائع نہیں کیا جائے گا",
    "تبصرہ کرنے کے لیے لاگ ان کریں",
    // Tamil
    "உங்கள் மின்னஞ்சல் முகவரி வெளியிடப்பட மாட்டாது",
    "உங்கள் மின்னஞ்சல் முகவரி வெளியிடப்படாது",
    "தேவையான புலங்கள் குறிக்கப்பட்டுள்ளன",
    // Persian
    "نشانی ایمیل شما منتشر نخواهد شد",
    "آدرس ایمیل شما منتشر نخواهد شد",
    "ایمیل شما منتشر نخواهد شد",
    "بخش\u{200c}های موردنیاز علامت\u{200c}گذاری شده\u{200c}اند",
    "بخش های موردنیاز علامت گذاری شده اند",
    "ذخیره نام، ایمیل و وبسایت من در مرورگر",
    "برای ارسال پاسخ باید وارد شوید",
    "برای پاسخ دادن وارد شوید",
    "برای نوشتن دیدگاه باید وارد شوید",
    "ببخشید، برای نوشتن دیدگاه باید وارد بشوید",
    "دیدگاه شما در انتظار بررسی است",
    // Thai
    "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น",
    "อีเมล์ของคุณจะไม่แสดงให้คนอื่นเห็น",
    "ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย",
    "ช่องที่ต้องการถูกทำเครื่องหมาย",
    "คุณต้องเข้าสู่ระบบ เพื่อจะพิมพ์ความเห็น",
    "ความเห็นของคุณกำลังรอตรวจสอบ",
    "กดที่นี่เพื่อยกเลิกการตอบ",
    // Bengali; "* চিহ্নিত …" opens with its asterisk, which is punctuation and skipped.
    "আপনার ই-মেইল এ্যাড্রেস প্রকাশিত হবে না",
    "চিহ্নিত বিষয়গুলো আবশ্যক",
    "মন্তব্য করার জন্য আপনাকে অবশ্যই লগইন করতে হবে",
    "মন্তব্য করার জন্য প্রবেশ করুন",
    "জবাব দেবার জন্য প্রবেশ করুন",
    "উত্তর দিতে লগ ইন করুন",
    "আপনার মন্তব্য অনুমোদনের অপেক্ষায় আছে",
    // Chinese (Traditional)
    "發佈留言必須填寫的電子郵件地址不會公開",
    "您的電子郵件地址不會被公開",
    "你的電子郵件位址並不會被公開",
    "必填欄位標示為",
];

/// Labels of comment-form fields and buttons: furniture only right after a comment heading
/// or notice, since "Name", "Website" or "Message" alone are ordinary words.
const FORM_FIELDS: &[&str] = &[
    // English
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
    // German
    "vorname",
    "webseite",
    "kommentar",
    "senden",
    "absenden",
    "ihr name",
    "dein name",
    "e-mail-adresse",
    "ihr kommentar",
    "dein kommentar",
    // French
    "nom",
    "prénom",
    "adresse e-mail",
    "site web",
    "commentaire",
    "envoyer",
    "votre nom",
    "votre commentaire",
    "adresse email",
    "site internet",
    // Spanish
    "nombre",
    "correo electrónico",
    "correo",
    "sitio web",
    "comentario",
    "enviar",
    "tu nombre",
    "tu comentario",
    // Italian, Portuguese
    "nome",
    "sito web",
    "commento",
    "invia",
    "site",
    "comentário",
    "il tuo nome",
    "il tuo commento",
    "seu nome",
    "seu comentário",
    // Dutch
    "naam",
    "reactie",
    "verzenden",
    "je naam",
    "uw naam",
    "e-mailadres",
    "je reactie",
    "versturen",
    // Russian
    "имя",
    "сайт",
    "комментарий",
    "отправить",
    "ваше имя",
    "ваш комментарий",
    // Chinese, Japanese
    "名前",
    "お名前",
    "名称",
    "姓名",
    "昵称",
    "邮箱",
    "电子邮箱",
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
    // Polish
    "imię",
    "nazwa",
    "pseudonim",
    "adres e-mail",
    "adres email",
    "witryna internetowa",
    "witryna",
    "strona internetowa",
    "strona www",
    "komentarz",
    "wyślij",
    "opublikuj komentarz",
    // Czech, Slovak
    "jméno",
    "webová stránka",
    "webové stránky",
    "web",
    "komentář",
    "odeslat",
    "odeslat komentář",
    "meno",
    "komentár",
    "odoslať",
    "odoslať komentár",
    // Turkish: "İ" lower-cases to "i̇", so words that start with it are listed as capitalised.
    "isim",
    "İsim",
    "ad",
    "adınız",
    "ad soyad",
    "e-posta",
    "e-posta adresi",
    "e-posta adresiniz",
    "web sitesi",
    "internet sitesi",
    "İnternet sitesi",
    "yorum",
    "yorumunuz",
    "gönder",
    "yorum gönder",
    // Greek
    "όνομα",
    "ιστότοπος",
    "ιστοσελίδα",
    "σχόλιο",
    "υποβολή",
    "αποστολή",
    "δημοσίευση σχολίου",
    // Arabic
    "الاسم",
    "الإسم",
    "اسم",
    "البريد الإلكتروني",
    "البريد الالكتروني",
    "الموقع",
    "الموقع الإلكتروني",
    "الموقع الالكتروني",
    "التعليق",
    "تعليق",
    "إرسال",
    "ارسال",
    "إرسال التعليق",
    // Hebrew
    "שם",
    "שם מלא",
    "אימייל",
    "דוא\"ל",
    "דוא״ל",
    "דואר אלקטרוני",
    "אתר",
    "אתר אינטרנט",
    "תגובה",
    "שליחה",
    "שלח",
    "הודעה",
    // Hindi
    "नाम",
    "ईमेल",
    "ई-मेल",
    "वेबसाइट",
    "टिप्पणी",
    "भेजें",
    "टिप्पणी करें",
    // Ukrainian, Bulgarian
    "ім'я",
    "імʼя",
    "електронна пошта",
    "коментар",
    "надіслати",
    "відправити",
    "веб-сайт",
    "име",
    "имейл",
    "уебсайт",
    "изпрати",
    "изпращане",
    "публикуване",
    // Croatian, Serbian (Latin)
    "ime",
    "e-pošta",
    "adresa e-pošte",
    "web-stranica",
    "web stranica",
    "web-sjedište",
    "veb-sajt",
    "veb sajt",
    "sajt",
    "komentar",
    "pošalji",
    "objavi komentar",
    // Romanian
    "nume",
    "comentariu",
    "trimite",
    "publică comentariul",
    // Hungarian
    "név",
    "e-mail cím",
    "email cím",
    "honlap",
    "weboldal",
    "hozzászólás",
    "küldés",
    "hozzászólás küldése",
    // Finnish
    "nimi",
    "sähköposti",
    "sähköpostiosoite",
    "kotisivu",
    "verkkosivusto",
    "kommentti",
    "lähetä",
    "lähetä kommentti",
    // Swedish, Danish, Norwegian (Bokmål)
    "namn",
    "navn",
    "e-post",
    "e-postadress",
    "e-postadresse",
    "webbplats",
    "hemsida",
    "hjemmeside",
    "websted",
    "nettsted",
    "nettside",
    "skicka",
    "publicera kommentar",
    "publiser kommentar",
    "send kommentar",
    // Indonesian, Malay
    "nama",
    "surel",
    "e-mel",
    "emel",
    "situs web",
    "situs",
    "laman web",
    "komen",
    "kirim",
    "hantar",
    "kirim komentar",
    // Vietnamese
    "tên",
    "họ tên",
    "họ và tên",
    "trang web",
    "bình luận",
    "gửi",
    "gửi bình luận",
    // Catalan
    "correu electrònic",
    "lloc web",
    "comentari",
    "envia",
    "publica el comentari",
    // Persian
    "نام",
    "ایمیل",
    "پست الکترونیک",
    "وبسایت",
    "وب\u{200c}سایت",
    "وب سایت",
    "دیدگاه",
    "نظر",
    // "ارسال" (send) is listed under Arabic.
    "فرستادن دیدگاه",
    // Thai, Bengali
    "ชื่อ",
    "อีเมล",
    "อีเมล์",
    "เว็บไซต์",
    "เว็บไซท์",
    "নাম",
    "ইমেইল",
    "ওয়েবসাইট",
    // Chinese (Traditional)
    "名稱",
    "顯示名稱",
    "暱稱",
    "電子郵件",
    "電子郵件地址",
    "網站",
    "個人網站",
    "評論",
    "留言",
    "送出",
    "發佈留言",
];

/// Comment labels that are a button or a column's name, not the heading of a section: a
/// "Comment" button under a post or in a share bar, "Reply" under each comment, the
/// "Comment" column of a table, and the "Kommentar" / "Commentaire" label over an opinion
/// piece. Plurals ("Comments", "Kommentare") are headings; scripts without plurals (评论)
/// are left out.
const COMMENT_BUTTONS: &[&str] = &[
    "comment",
    "reply",
    "kommentar",
    "kommentieren",
    "antworten",
    "commentaire",
    "commenter",
    "répondre",
    "comentario",
    "comentar",
    "responder",
    "commento",
    "commenta",
    "rispondi",
    "reactie",
    "reageer",
    "reageren",
    "beantwoorden",
    "comentário",
    "komentarz",
    "skomentuj",
    "odpowiedz",
    "комментарий",
    "комментировать",
    "ответить",
    "ตอบกลับ",
    "জবাব",
];

/// Whether a line this rule removes is a button or a column's name rather than the heading
/// of a comment section (see [`COMMENT_BUTTONS`]): it marks no end of an article.
pub fn is_comment_button(text: &str) -> bool {
    LEXICON.whole(text).is_some_and(|groups| groups & BUTTON != 0)
}

/// Words that can stand for the number in a comment count ("No comments", "One reply").
const COUNT_WORDS: &[&str] = &[
    // English, French, Spanish, Italian, German, Dutch, Portuguese
    "no",
    "one",
    "zero",
    "un",
    "une",
    "una",
    "uno",
    "ein",
    "eine",
    "een",
    "um",
    "uma",
    // Polish, Czech, Slovak
    "jeden",
    "jedna",
    "brak",
    "žádné",
    "žádný",
    "žiadne",
    "žiadny",
    // Turkish
    "bir",
    // Greek
    "ένα",
    "μία",
    "μια",
    "κανένα",
    // Hebrew
    "אין",
    // Ukrainian, Bulgarian
    "один",
    "одна",
    "немає",
    "един",
    "една",
    "няма",
    // Croatian, Serbian
    "jedan",
    "nema",
    // Romanian
    "niciun",
    // Hungarian
    "egy",
    "nincs",
    // Finnish
    "yksi",
    // Swedish, Danish, Norwegian
    "ett",
    "et",
    "inga",
    "ingen",
    // Lithuanian, Estonian
    "vienas",
    "üks",
    // Indonesian, Malay
    "satu",
    // Vietnamese
    "một",
    // Catalan
    "cap",
    // Persian
    "یک",
    "بدون",
    // Bengali: "one" with its classifier
    "একটি",
];

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
    "antwort",
    "gedanke",
    "gedanken",
    "commentaire",
    "commentaires",
    "réponse",
    "réponses",
    "réflexion",
    "réflexions",
    "comentario",
    "comentarios",
    "respuesta",
    "respuestas",
    "commenti",
    "risposte",
    "commento",
    "risposta",
    "pensiero",
    "pensieri",
    "comentário",
    "comentários",
    "resposta",
    "respostas",
    "reactie",
    "reacties",
    "gedachte",
    "gedachten",
    "комментарий",
    "комментария",
    "комментариев",
    "комментарии",
    "ответ",
    "ответа",
    "ответов",
    "отзыв",
    "отзыва",
    "отзывов",
    "мысль",
    "мысли",
    "мыслей",
    "件のコメント",
    "条评论",
    "條評論",
    "条回复",
    "条留言",
    "개의 댓글",
    "评论",
    "コメント",
    "댓글",
    // Polish
    "komentarz",
    "komentarze",
    "komentarzy",
    "odpowiedź",
    "odpowiedzi",
    "myśl",
    "myśli",
    // Czech, Slovak
    "komentář",
    "komentáře",
    "komentářů",
    "odpověď",
    "odpovědi",
    "odpovědí",
    "reakce",
    "reakcí",
    "komentár",
    "komentáre",
    "komentárov",
    "odpoveď",
    "odpovede",
    "odpovedí",
    // Turkish
    "yorum",
    "yorumlar",
    "yanıt",
    "cevap",
    // Greek
    "σχόλιο",
    "σχόλια",
    "απάντηση",
    "απαντήσεις",
    "σκέψη",
    "σκέψεις",
    // Arabic
    "تعليق",
    "تعليقات",
    "تعليقاً",
    "تعليقًا",
    "تعليقا",
    "التعليقات",
    "رد",
    "ردود",
    // Hebrew
    "תגובה",
    "תגובות",
    "מחשבות",
    // Hindi
    "टिप्पणी",
    "टिप्पणियाँ",
    "टिप्पणियां",
    "कमेंट",
    "कमेंट्स",
    // Ukrainian, Bulgarian
    "коментар",
    "коментарі",
    "коментарів",
    "коментаря",
    "відповідь",
    "відповіді",
    "відповідей",
    "думка",
    "думки",
    "думок",
    "коментари",
    "коментара",
    "отговор",
    "отговора",
    "отговори",
    // Croatian, Serbian
    "komentar",
    "komentara",
    "komentari",
    "odgovor",
    "odgovora",
    "odgovori",
    // Romanian
    "comentariu",
    "comentarii",
    "răspuns",
    "răspunsuri",
    "gând",
    "gânduri",
    // Hungarian: nouns after a number stay singular.
    "hozzászólás",
    "hozzászólások",
    "komment",
    "válasz",
    // Finnish
    "kommentti",
    "kommenttia",
    "kommentit",
    "vastaus",
    "vastausta",
    "ajatus",
    "ajatusta",
    // Swedish, Danish, Norwegian
    "kommentarer",
    "svar",
    "tankar",
    "tanke",
    "tanker",
    // Lithuanian: the noun's case follows the number ("1 komentaras", "3 komentarai",
    // "10 komentarų").
    "komentaras",
    "komentarai",
    "komentarų",
    "atsakymas",
    "atsakymai",
    "atsakymų",
    // Estonian: "1 kommentaar", "3 kommentaari"
    "kommentaar",
    "kommentaari",
    "kommentaarid",
    // Urdu
    "تبصرہ",
    "تبصرے",
    "تبصرات",
    // Tamil
    "கருத்து",
    "கருத்துகள்",
    "கருத்துக்கள்",
    "கருத்துரைகள்",
    "மறுமொழிகள்",
    // Indonesian, Malay
    "komen",
    "balasan",
    "tanggapan",
    "pemikiran",
    // Vietnamese
    "bình luận",
    "phản hồi",
    "ý kiến",
    "suy nghĩ",
    "trả lời",
    // Catalan
    "comentari",
    "comentaris",
    "respostes",
    "pensament",
    "pensaments",
    // Persian
    "دیدگاه",
    "دیدگاه\u{200c}ها",
    "نظر",
    "نظرات",
    "پاسخ",
    // Thai
    "ความเห็น",
    "ความคิดเห็น",
    // Bengali: the classifier "টি" is written after the number, with a space or glued to it
    // ("3 টি মন্তব্য", "3টি মন্তব্য").
    "মন্তব্য",
    "টি মন্তব্য",
    // Chinese (Traditional)
    "則留言",
    "則評論",
    "則迴響",
    "則回應",
    "條回覆",
    "評論",
    "留言",
    "迴響",
];

/// Words between a count and a quoted title: "3 thoughts on “Title”", "2 Kommentare zu „…“".
const COUNT_TITLE_LINKS: &[&str] = &[
    // English, German, French, Spanish, Italian, Portuguese, Dutch, Russian
    "on",
    "to",
    "zu",
    "sur",
    "à",
    "en",
    "a",
    "su",
    "em",
    "para",
    "op",
    "на",
    "к",
    "over",
    "о",
    // Polish, Czech, Slovak, Croatian, Serbian
    "do",
    "na temat",
    "na",
    "k",
    "ke",
    "ku",
    "u",
    "o",
    "za",
    // Greek
    "για",
    "στο",
    "στην",
    "σχετικά με",
    // Arabic
    "على",
    "حول",
    "عن",
    // Hebrew
    "על",
    // Ukrainian, Bulgarian
    "до",
    "про",
    "за",
    "към",
    // Romanian
    "la",
    "despre",
    "pe",
    // Finnish
    "aiheesta",
    "artikkeliin",
    "kirjoitukseen",
    // Swedish, Danish, Norwegian
    "till",
    "til",
    "på",
    "om",
    // Indonesian, Malay
    "pada",
    "untuk",
    "di",
    "tentang",
    // Vietnamese
    "về",
    "trên",
    "cho",
    // Catalan
    "sobre",
    // Persian
    "برای",
    "در",
    "روی",
];
/// Words that can open a sentence-shaped comment count: "There are 13 comments", "Es gibt
/// 2 Kommentare", "Il y a 5 commentaires".
const COUNT_LEADS: &[&str] =
    &["there are", "there is", "es gibt", "il y a", "hay", "ci sono", "c'è", "er zijn", "er is"];

/// Quotes that open the title after a count.
const OPENING_QUOTES: &[char] = &['"', '“', '”', '„', '«', '‘', '\''];

/// Lexicon groups: comment headings and buttons, form fields, form notices, count words,
/// count nouns, the links before a quoted title, the leads of worded counts, and the
/// labels that are buttons only.
const LABEL: Groups = 1;
const FIELD: Groups = 2;
const NOTICE: Groups = 4;
const COUNT_WORD: Groups = 8;
const COUNT_NOUN: Groups = 16;
const TITLE_LINK: Groups = 32;
const COUNT_LEAD: Groups = 64;
const BUTTON: Groups = 128;
const REVIEW_TAB: Groups = 256;

/// A shop's review tab, furniture only with its count in brackets ("Reviews (0)"): alone,
/// "Reviews" may head the customers' reviews a page is about.
const REVIEW_TABS: &[&str] = &[
    "reviews",
    "bewertungen",
    "avis",
    "valoraciones",
    "reseñas",
    "recensioni",
    "avaliações",
    "beoordelingen",
    "anmeldelser",
    "recensioner",
    "omtaler",
    "arvostelut",
    "értékelések",
    "opinie",
    "opinie klientów",
    "recenzje",
    "opiniones",
    "opiniões",
    "klantbeoordelingen",
    "kundenbewertungen",
    "avis clients",
    "отзывы покупателей",
    "değerlendirmeler",
    "отзывы",
    // Romanian, Slovenian, Latvian, Serbian (Cyrillic), Macedonian, Albanian, Icelandic,
    // Galician, Basque, Georgian
    "recenzii",
    "mnenja",
    "atsauksmes",
    "рецензије",
    "рецензии",
    "vlerësimet",
    "umsagnir",
    "valoracións",
    "iritziak",
    "შეფასებები",
    // Vietnamese, Czech, Indonesian, Ukrainian, Greek, Hebrew, Japanese, Korean, Chinese
    // (Simplified and Traditional, alone or "product reviews")
    "đánh giá",
    "hodnocení",
    "ulasan",
    "відгуки",
    "αξιολογήσεις",
    "חוות דעת",
    "レビュー",
    "리뷰",
    "상품 리뷰",
    "评价",
    "商品评价",
    "評價",
    "商品評價",
    // Azerbaijani, Swahili, Afrikaans, Tagalog, Urdu, Marathi, Armenian, Kazakh
    "rəylər",
    "müştəri rəyləri",
    "maoni",
    "maoni ya wateja",
    "resensies",
    "mga review",
    "جائزے",
    "पुनरावलोकने",
    "կարծիքներ",
    "пікірлер",
];

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::grouped(&[
        COMMENT_LABELS,
        FORM_FIELDS,
        FORM_NOTICE_OPENINGS,
        COUNT_WORDS,
        COUNT_NOUNS,
        COUNT_TITLE_LINKS,
        COUNT_LEADS,
        COMMENT_BUTTONS,
        REVIEW_TABS,
    ])
});

/// Removes comment-section headings, comment-form notices and the form's fields.
pub struct CommentSection;

pub const COMMENT_SECTION: RuleId = RuleId("comment_section");

impl Rule for CommentSection {
    fn id(&self) -> RuleId {
        COMMENT_SECTION
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
    if first.is_some_and(|(end, groups)| groups & REVIEW_TAB != 0 && is_bracketed_count(&text[end..])) {
        return true;
    }
    // "Read comments (12)", "Kommentare lesen (1 Beitrag)": a link with its count. Not a
    // bare count noun ("Comments (4 posted)"), which listings print under each item.
    if first.is_some_and(|(end, groups)| {
        groups & LABEL != 0 && groups & COUNT_NOUN == 0 && is_bracketed_count(&text[end..])
    }) {
        return true;
    }
    if let Some((end, groups)) = first
        && groups & COUNT_LEAD != 0
    {
        // "There are 13 comments", "There is one comment.": the count after its lead, which
        // makes a sentence of it, full stop and all.
        return is_bare_count(text[end..].trim_start().trim_end_matches('.'));
    }
    is_bare_count(text)
}

/// Whether `text` is a comment count from its first character: "12 Comments", "No
/// replies", "Comments (3)", "3 thoughts on “Title”".
fn is_bare_count(text: &str) -> bool {
    LEXICON
        .prefix(text)
        .is_some_and(|(end, groups)| groups & (COUNT_WORD | COUNT_NOUN) != 0 && is_count(text, end, groups))
        || starts_with_digit(text) && is_count(text, 0, 0)
}

/// Whether `tail` is a count in brackets, perhaps with one word after the number: "(12)",
/// "(1 Beitrag)", "[3 replies]".
fn is_bracketed_count(tail: &str) -> bool {
    let tail = tail.trim();
    let Some(inner) = tail.strip_prefix(['(', '[']).and_then(|t| t.strip_suffix([')', ']'])) else {
        return false;
    };
    let mut words = inner.split_whitespace();
    let number =
        words.next().is_some_and(|n| n.chars().any(is_digit) && n.chars().all(|c| is_digit(c) || c == '.' || c == ','));
    let noun = words.next().is_none_or(|w| w.chars().all(char::is_alphabetic));
    number && noun && words.next().is_none()
}

/// Whether `text` is a comment count: a number (or count word, ending at byte `end` with
/// lexicon `groups`) then a count noun, perhaps then a quoted title; or a count noun then a
/// number ("Comments (3)").
fn is_count(text: &str, end: usize, groups: Groups) -> bool {
    if groups & COUNT_NOUN != 0 && groups & COUNT_WORD == 0 {
        // "Comments (3)", "Kommentare: 12": only a number may follow the noun.
        let rest = &text[end..];
        return rest.chars().any(is_digit)
            && rest.chars().all(|c| is_digit(c) || !c.is_alphanumeric() || matches!(c, 'k' | 'K'));
    }
    let after_number = if groups & COUNT_WORD != 0 { &text[end..] } else { skip_number(text) };
    // "16. Thought" is a numbered heading, not a count: the number ends at a space, or at a
    // script written without spaces, or at the Bengali classifier glued to it.
    let Some(rest) = after_number.strip_prefix(' ').or_else(|| {
        (after_number.starts_with(|c: char| crate::clean::shape::is_unspaced_script(c))
            || after_number.starts_with(BENGALI_CLASSIFIER))
        .then_some(after_number)
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
        // "No reply." and "No comment." with their full stop are lines of a story or an
        // interview; a count opened by a word is printed bare ("No replies", "One comment").
        return groups & COUNT_WORD == 0 || !tail.trim_end().ends_with('.');
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
    let digits = rest.find(|c: char| !(is_digit(c) || c == '.' || c == ',')).unwrap_or(rest.len());
    let number = &rest[..digits];
    if number.ends_with(['.', ',']) {
        // "16. Thought": the full stop belongs to a numbered heading.
        return &rest[digits.saturating_sub(1)..];
    }
    let rest = &rest[digits..];
    rest.strip_prefix(['k', 'K', 'm', 'M']).filter(|r| r.starts_with(' ')).unwrap_or(rest)
}

fn starts_with_digit(text: &str) -> bool {
    text.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(is_digit)
}

/// The classifier Bengali writes after a number, often glued to it ("3টি মন্তব্য").
const BENGALI_CLASSIFIER: &str = "টি";

/// Whether `c` is a decimal digit, ASCII or of the scripts whose sites print counts in
/// their own digits: Arabic-Indic ("٣ تعليقات"), Persian ("۳ دیدگاه", as WordPress prints
/// it), Devanagari, Bengali ("৩টি মন্তব্য") and Thai.
fn is_digit(c: char) -> bool {
    matches!(c,
        '0'..='9'
        | '\u{0660}'..='\u{0669}'  // Arabic-Indic
        | '\u{06F0}'..='\u{06F9}'  // Persian
        | '\u{0966}'..='\u{096F}'  // Devanagari
        | '\u{09E6}'..='\u{09EF}'  // Bengali
        | '\u{0E50}'..='\u{0E59}') // Thai
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
    fn removes_the_cancel_reply_link_and_opinion_prompts() {
        assert_lines(
            &CommentSection,
            &[
                "Click here to cancel reply.",
                "Hier klicken, um das Antworten abzubrechen.",
                "Cliquez ici pour annuler la réponse.",
                "Was denkst du?",
                "Ihre Meinung",
            ],
            &[
                "Was denkst du, fragte sie, wird aus der Stadt?",
                "Ihre Meinung zur Reform hat sich seit dem Sommer nicht geändert.",
                "Click here to cancel your subscription at any time.",
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

    #[test]
    fn removes_comment_headings_and_notices_in_more_languages() {
        assert_lines(
            &CommentSection,
            &[
                "Dodaj komentarz Anuluj pisanie odpowiedzi",
                "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *",
                "Napsat komentář Zrušit odpověď na komentář",
                "Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *",
                "Bir yanıt yazın Yanıtı iptal et",
                "E-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir",
                "Αφήστε μια απάντηση",
                "اترك تعليقاً",
                "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                "כתיבת תגובה",
                "האימייל לא יוצג באתר. שדות החובה מסומנים *",
                "प्रातिक्रिया दे",
                "आपका ईमेल पता प्रकाशित नहीं किया जाएगा. आवश्यक फ़ील्ड चिह्नित हैं *",
                "Залишити відповідь",
                "Вашият коментар",
                "Ostavite odgovor",
                "Lasă un răspuns Anulează răspunsul",
                "Vélemény, hozzászólás?",
                "Az e-mail címet nem tesszük közzé. A kötelező mezőket * karakterrel jelöltük",
                "Jätä kommentti",
                "Lämna ett svar",
                "Skriv et svar",
                "Din e-postadresse vil ikke bli publisert. Obligatoriske felt er merket med *",
                "Tinggalkan Balasan",
                "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
                "Để lại một bình luận",
                "Deixa un comentari",
                "دیدگاهتان را بنویسید",
                "發佈留言",
                "發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *",
                "แสดงความคิดเห็น",
                "মন্তব্য করুন",
                "اپنی رائے دیں",
                "ارسال نظر",
            ],
            &[
                "Dodaj komentarz do zgłoszenia, zanim je zamkniesz.",
                "Odpowiedz na pytanie, zanim minie czas.",
                "Yorum yapmak kolay değil.",
                "Σχόλια αναγνωστών για την οικονομία",
                "Balas dendam",
                "Válasz a kormánynak",
                "Bình luận của Bộ trưởng về dự luật mới",
                "التعليقات على القرار جاءت متأخرة",
                "Svar på frågan kommer i morgon.",
                "ความคิดเห็นของนายกรัฐมนตรีต่อร่างกฎหมายฉบับใหม่",
                "ارسال نظرات کارشناسان به مجلس از هفته آینده آغاز می‌شود.",
            ],
        );
    }

    #[test]
    fn removes_comment_counts_in_more_languages() {
        assert_lines(
            &CommentSection,
            &[
                "12 komentarzy",
                "Brak komentarzy",
                "Jedna myśl na temat “Jak upiec chleb”",
                "3 komentáře",
                "Žádné komentáře",
                "12 yorum",
                "5 σχόλια",
                "3 تعليقات",
                "12 תגובות",
                "Один коментар",
                "4 hozzászólás",
                "2 kommentarer til “Sådan bager du brød”",
                "Ett svar på ”Hur man bakar bröd”",
                "Yksi kommentti",
                "5 bình luận",
                "3 則留言",
            ],
            &[
                "3 komentarze do ustawy zostały odrzucone",
                "Jeden komentarz prezydenta wywołał burzę",
                "12 yorum yapıldı",
                "2 kommentarer til rapporten",
            ],
        );
    }

    #[test]
    fn removes_comment_counts_worded_as_sentences() {
        assert_lines(
            &CommentSection,
            &[
                "There are 13 comments",
                "There is 1 comment",
                "There are no comments yet",
                "Es gibt 2 Kommentare",
                "Il y a 5 commentaires",
            ],
            &[
                "There are 13 comments on the draft law, the ministry said.",
                "There are comments from readers below the article.",
                "Es gibt 2 Kommentare zur Reform aus der Opposition",
            ],
        );
    }

    #[test]
    fn a_count_opened_by_a_word_with_a_full_stop_is_a_line_of_prose() {
        assert_lines(
            &CommentSection,
            &["No replies", "No reply", "One comment", "12 comments.", "There is one comment."],
            &["No reply.", "No comment.", "One reply.", "No replies."],
        );
    }

    #[test]
    fn buttons_and_columns_are_told_from_section_headings() {
        for button in ["Comment", "Reply", "Reply »", "↳ Reply", "Kommentar", "Répondre", "Ответить"] {
            assert!(is_comment_button(button), "{button}");
        }
        for heading in ["Comments", "Leave a Reply", "3 Comments", "Kommentare", "评论"] {
            assert!(!is_comment_button(heading), "{heading}");
        }
    }

    #[test]
    fn removes_comment_links_with_their_bracketed_counts() {
        assert_lines(
            &CommentSection,
            &[
                "Kommentare lesen (1 Beitrag)",
                "Read comments (12)",
                "Lire les commentaires (3)",
                "Leer comentarios [27]",
                "Читать комментарии (1,204)",
            ],
            &[
                "Kommentare lesen (und schreiben) ist ein Hobby",
                "Read comments (12 of them, all angry) before replying",
                "Read comments (see below)",
            ],
        );
    }

    #[test]
    fn removes_comment_furniture_in_the_main_languages() {
        assert_lines(
            &CommentSection,
            &[
                "Kommentar verfassen",
                "Noch keine Kommentare",
                "Pflichtfelder sind mit * markiert.",
                "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
                "Ein Gedanke zu „Wie man Brot backt“",
                "Soyez le premier à commenter",
                "Prévenez-moi de tous les nouveaux commentaires par e-mail.",
                "3 réflexions sur « Comment faire du pain »",
                "Sé el primero en comentar",
                "Tu comentario está pendiente de moderación.",
                "Un pensiero su “Come fare il pane”",
                "1 commento",
                "Il tuo commento è in attesa di moderazione.",
                "Seja o primeiro a comentar",
                "Seu comentário está aguardando moderação.",
                "Reactie toevoegen",
                "Je reactie wacht op moderatie.",
                "3 gedachten over “Brood bakken”",
                "Комментарии закрыты.",
                "Комментарии (3)",
                "Одна мысль о “Как испечь хлеб”",
                "Ваш комментарий ожидает проверки.",
                "评论已关闭",
                "您的评论正在等待审核。",
                "コメントは受け付けていません。",
                "* が付いている欄は必須項目です",
            ],
            &[
                "Kommentieren ist seit gestern nur noch mit Klarnamen möglich.",
                "Pflichtfelder sind mit einem Stern zu kennzeichnen, rät der Leitfaden.",
                "Ein Gedanke zu viel",
                "Soyez le premier à commenter la réforme, a lancé le ministre.",
                "Comentar en redes sociales le costó el puesto.",
                "Commenta così la sentenza il sindaco di Milano.",
                "Pensieri e parole",
                "Nenhum comentário do governo foi divulgado até agora.",
                "Schrijf een reactie op de brief van de minister, vroeg de docent.",
                "Комментировать решение суда в министерстве отказались.",
                "全部评论员都认为这项政策有效。",
                "コメント一覧を見ると、賛否が分かれている。",
            ],
        );
    }

    #[test]
    fn removes_comment_furniture_in_baltic_and_south_asian_languages() {
        assert_lines(
            &CommentSection,
            &[
                "Odgovori",
                "Ostavite komentar",
                "Vaša adresa e-pošte neće biti objavljena. Obavezna polja su označena sa *",
                "Zanechajte odpoveď",
                "Vaša e-mailová adresa nebude zverejnená.",
                "Parašykite komentarą",
                "Jūsų el. pašto adresas nebus skelbiamas. Būtini laukeliai pažymėti *",
                "Lisa kommentaar",
                "Sinu e-posti aadressi ei avaldata. Kohustuslikud väljad on tähistatud *",
                "Оставете коментар",
                "Вашият имейл адрес няма да бъде публикуван.",
                "Deixa un comentari",
                "La vostra adreça electrònica no es publicarà.",
                "Legg igjen en kommentar",
                "Din e-postadresse vil ikke bli publisert.",
                "Logg inn for å svare",
                "Tinggalkan Balasan",
                "Alamat e-mel anda tidak akan disiarkan.",
                "Anda mesti log masuk untuk menghantar komen.",
                "جواب دیں",
                "آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا۔",
                "மறுமொழி இடவும்",
                "உங்கள் மின்னஞ்சல் முகவரி வெளியிடப்பட மாட்டாது",
                "3 komentara",
                "3 komentáre",
                "3 komentarai",
                "10 komentarų",
                "Vienas komentaras",
                "3 kommentaari",
                "Üks kommentaar",
                "3 коментара",
                "3 comentaris",
                "3 kommentarer",
                "3 تبصرے",
                "۳ تبصرے",
                "3 கருத்துகள்",
                "3 komen",
                "Komentarai (3)",
            ],
            &[
                "Odgovori na pitanje ministra stigli su kasno.",
                "Atsakyti į klausimus ministras atsisakė.",
                "Komentarai apie reformą pasipylė socialiniuose tinkluose.",
                "Vasta küsimustele enne tähtaega.",
                "3 kommentaari ministrile saadeti eile.",
                "3 komentarai ministrui buvo išsiųsti vakar.",
                "جواب دیں گے، وزیر نے کہا۔",
                "Logg inn for å svare på spørreundersøkelsen.",
                "கருத்துகள் அனைத்தும் அமைச்சருக்கு அனுப்பப்பட்டன.",
            ],
        );
    }

    #[test]
    fn field_window_after_new_headings() {
        let text = "Reactie toevoegen\nJe naam *\nE-mailadres *\nJe reactie\nVersturen\n\nMooi stuk, dank je wel!\n";
        assert_eq!(
            removed_lines(&CommentSection, text),
            ["Reactie toevoegen", "Je naam *", "E-mailadres *", "Je reactie", "Versturen"]
        );
    }

    #[test]
    fn removes_an_empty_review_tab() {
        assert_lines(
            &CommentSection,
            &[
                "Reviews (0)",
                "Anmeldelser (0)",
                "Bewertungen (0)",
                "Opiniones (0)",
                "Klantbeoordelingen (0)",
                "Opinie klientów (0)",
                "Avis (0)",
                "Recensioni (0)",
                "Valoraciones (0)",
                "Aún no hay opiniones.",
                "Er zijn nog geen reviews.",
                "Ten produkt nie ma jeszcze opinii.",
                "Não há avaliações ainda.",
                "Ainda não existem opiniões.",
                "There are no reviews yet.",
                "Der er endnu ingen anmeldelser.",
                "Be the first to review “Trail Runner 3”",
                "Müştəri rəyləri (0)",
                "Bu məhsul haqqında hələ rəy yazılmayıb.",
                "Maoni (0)",
                "Hakuna maoni kwa bidhaa hii bado.",
                "Resensies (0)",
                "Daar is nog geen resensies nie.",
                "جائزے (0)",
            ],
            &[
                "Reviews",
                "Reviews of the new phone were mixed (3 of 5 critics liked it)",
                "Avis aux amateurs : la saison reprend en mars.",
                // The tab's word heading a section, and opening a sentence.
                "Opiniones de los expertos sobre la reforma",
                "Opiniones",
                "Opinie klientów są podzielone (3 z 5 poleca produkt).",
                "Maoni",
                "Maoni ya wananchi kuhusu mradi huo yalikuwa tofauti (3 kati ya 5 waliunga mkono).",
            ],
        );
    }

    #[test]
    fn the_short_empty_review_notices_go_only_as_whole_lines() {
        assert_lines(
            &CommentSection,
            &[
                "Henüz değerlendirme yapılmamış.",
                "Hələ rəy yoxdur.",
                "Bado hakuna maoni.",
                "Kuwa wa kwanza kutoa maoni",
                "Wala pang review.",
                "ابھی تک کوئی جائزہ نہیں۔",
                "Կարծիքներ դեռ չկան:",
            ],
            &[
                "Henüz değerlendirme yapılmamış başvurular için ek süre tanınacak.",
                "Hələ rəy yoxdur ki, layihə nə vaxt qəbul olunacaq.",
                "Bado hakuna maoni kutoka kwa serikali kuhusu chanzo cha ajali hiyo.",
                "Kuwa wa kwanza kutoa maoni si rahisi katika mikutano ya kijiji, alisema mwenyekiti.",
                "Wala pang review ang mga kritiko dahil hindi pa ito naipapakita sa publiko.",
                "ابھی تک کوئی جائزہ نہیں لیا گیا کہ فصلوں کو کتنا نقصان پہنچا ہے۔",
                "Կարծիքներ դեռ չկան այն մասին, թե ով կլինի նոր նախարարը։",
            ],
        );
    }

    #[test]
    fn removes_the_log_in_to_reply_prompt_of_forums_in_western_european_russian_and_polish() {
        assert_lines(
            &CommentSection,
            &[
                "Du musst dich einloggen oder registrieren, um hier zu antworten.",
                "Debes iniciar sesión o registrarte para responder aquí.",
                "Vous devez vous connecter ou vous inscrire pour répondre ici.",
                "Devi effettuare l'accesso o registrarti per rispondere.",
                "Devi effettuare l’accesso o registrarti per rispondere.",
                "Você precisa entrar ou se cadastrar para responder aqui.",
                "Tem de iniciar sessão ou registar-se para responder aqui.",
                "Je moet inloggen of registreren om hier te reageren.",
                "Чтобы ответить, необходимо войти или зарегистрироваться.",
                "Musisz się zalogować lub zarejestrować, aby odpowiedzieć.",
            ],
            &[
                // The same words opening a how-to's sentence.
                "Du musst dich einloggen, bevor du die Einstellungen ändern kannst.",
                "Debes iniciar sesión con tu cuenta de Google para sincronizar los datos.",
                "Vous devez vous connecter au portail pour télécharger l'attestation.",
                "Чтобы ответить на этот вопрос, нужно вспомнить историю города.",
                "Musisz się zalogować do banku, aby potwierdzić przelew.",
            ],
        );
    }

    #[test]
    fn removes_comment_furniture_in_vietnamese_indonesian_czech_swedish_ukrainian_greek_hebrew_and_east_asian_languages()
     {
        assert_lines(
            &CommentSection,
            &[
                // Forum software's prompt to log in to reply.
                "Pro odpověď se musíte přihlásit nebo zaregistrovat.",
                "Anda harus masuk atau mendaftar untuk membalas di sini.",
                "Du måste logga in eller registrera dig för att svara här.",
                "Ви повинні увійти або зареєструватися, щоб відповісти тут.",
                "Bạn phải đăng nhập hoặc đăng ký để trả lời tại đây.",
                "Πρέπει να συνδεθείτε ή να εγγραφείτε για να απαντήσετε εδώ.",
                "עליך להתחבר או להירשם כדי להגיב כאן.",
                "返信するにはログインまたは会員登録が必要です。",
                "답글을 작성하려면 로그인하거나 회원가입을 해야 합니다.",
                "您需要登录后才可以回帖 登录 | 立即注册",
                "您需要登錄後才可以回帖 登錄 | 立即註冊",
                "您必須登入或註冊才能回覆。",
                "Mag-log in o mag-sign up para makapag-reply dito.",
                "Պատասխանելու համար մուտք գործեք կամ գրանցվեք:",
                "Պատասխանելու համար մուտք գործեք կամ գրանցվեք։",
                "Yanıtlamak için giriş yapmalı veya kayıt olmalısınız.",
                "Cevap yazmak için giriş yapmalı veya kayıt olmalısınız.",
                "Cavab yazmaq üçün daxil olmalı və ya qeydiyyatdan keçməlisiniz.",
                "Жауап беру үшін кіру немесе тіркелу қажет.",
                "Lazima uingie au ujisajili ili kujibu hapa.",
                "Jy moet aanmeld of registreer om hier te antwoord.",
                "उत्तर देण्यासाठी तुम्ही लॉग इन किंवा नोंदणी करणे आवश्यक आहे.",
                "جواب دینے کے لیے آپ کو لاگ ان یا رجسٹر کرنا ہوگا۔",
                // A shop's empty review tab, and the tab with its count.
                "Zatím zde nejsou žádná hodnocení.",
                "Belum ada ulasan.",
                "Відгуків поки немає.",
                "Chưa có đánh giá nào.",
                "Δεν υπάρχουν αξιολογήσεις ακόμη.",
                "אין חוות דעת עדיין.",
                "レビューはまだありません。",
                "아직 작성된 리뷰가 없습니다.",
                "暂无评价。",
                "目前尚無評價。",
                "Đánh giá (0)",
                "Hodnocení (3)",
                "Ulasan (0)",
                "Відгуки (0)",
                "Αξιολογήσεις (0)",
                "חוות דעת (0)",
                "レビュー (0)",
                "상품 리뷰 (0)",
                "商品评价 (0)",
                "評價 (2)",
                // WordPress's comment form.
                "Lưu tên, email và trang web của tôi trong trình duyệt này cho lần bình luận kế tiếp.",
                "Αποθήκευσε το όνομά μου, email, και τον ιστότοπο μου σε αυτόν τον πλοηγό για την επόμενη φορά που θα σχολιάσω.",
                "שמור בדפדפן זה את השם, האימייל והאתר שלי לפעם הבאה שאגיב.",
                "פרסום התגובה",
                "이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다",
                "다음 번 댓글 작성을 위해 이 브라우저에 이름, 이메일, 그리고 웹사이트를 저장합니다.",
            ],
            &[
                // The words of an empty review tab opening sentences, and a tab without count.
                "Chưa có đánh giá nào chính thức từ cơ quan chức năng về vụ việc.",
                "Belum ada ulasan resmi dari pemerintah soal kebijakan itu.",
                "Відгуків поки немає, бо продаж почався лише вчора.",
                "暂无评价标准，专家建议尽快制定。",
                "レビューはまだありませんが、発売日は来月です。",
                "Đánh giá",
                "Đánh giá của chuyên gia (2024)",
                "Hodnocení",
                "Αξιολογήσεις",
                "レビュー",
                // How-tos that open like the forum's prompt.
                "Bạn phải đăng nhập vào hệ thống trước khi nộp hồ sơ.",
                "Du måste logga in på Mina sidor för att se dina fakturor.",
            ],
        );
    }

    #[test]
    fn removes_comment_furniture_in_balkan_baltic_nordic_and_caucasian_languages() {
        assert_lines(
            &CommentSection,
            &[
                "Saioa hasi edo erregistratu behar duzu hemen erantzuteko.",
                "Debes iniciar sesión ou rexistrarte para responder aquí.",
                "Þú verður að skrá þig inn eða nýskrá þig til að svara.",
                "პასუხის დასაწერად საჭიროა ავტორიზაცია ან რეგისტრაცია.",
                "Lai atbildētu, jums jāpieslēdzas vai jāreģistrējas.",
                "Мора да се најавите или регистрирате за да одговорите.",
                "Trebuie să te autentifici sau să te înregistrezi pentru a răspunde aici.",
                "Za odgovor se morate prijaviti ali registrirati.",
                "Duhet të hyni ose të regjistroheni për t'u përgjigjur këtu.",
                "Морате се пријавити или регистровати да бисте одговорили.",
                "Vaš e-naslov ne bo objavljen. Obvezna polja so označena z *",
                "Nu există recenzii încă.",
                "Mnenj še ni.",
                "Atsauksmju vēl nav.",
                "Још нема рецензија.",
                "Ende nuk ka vlerësime.",
                "შეფასებები ჯერ არ არის.",
                "Iritziak (0)",
                "შეფასებები (0)",
                "Atsauksmes (0)",
                "Vlerësimet (2)",
                "Оставите одговор",
                "Komentarji",
                "Utzi erantzuna",
            ],
            &[
                // The words of an empty review tab opening sentences, and a tab without count.
                "Mnenj še ni mogoče oblikovati, ker podatkov ni dovolj.",
                "Ende nuk ka vlerësime zyrtare për dëmet e përmbytjeve.",
                "Atsauksmes",
                "Iritziak",
                // A how-to's instruction that opens like the forum's prompt.
                "Мора да се најавите на порталот пред да ја поднесете пријавата.",
            ],
        );
    }

    #[test]
    fn removes_prompts_to_log_in_and_form_notices_in_more_languages() {
        assert_lines(
            &CommentSection,
            &[
                "Musisz się zalogować, aby odpowiedzieć.",
                "Zaloguj się, aby móc odpowiedzieć",
                "Twój komentarz oczekuje na moderację.",
                "Kirjaudu sisään vastataksesi",
                "Kommenttisi odottaa hyväksyntää.",
                "A hozzászóláshoz be kell jelentkezni.",
                "Be kell jelentkezni a válaszadáshoz",
                "Yanıt yazmak için giriş yapmalısınız.",
                "Cevaplamak için giriş yapın",
                "Bir Cevap Yazın Cevabı iptal et",
                "Du skal være logget ind for at svare.",
                "Log ind for at svare",
                "Der er lukket for kommentarer.",
                "يجب تسجيل الدخول للرد",
                "برای ارسال پاسخ باید وارد شوید",
                "برای پاسخ دادن وارد شوید",
                "پاسخ دهید لغو پاسخ",
                "دیدگاه\u{200c}ها بسته شده\u{200c}اند.",
                "जवाब देने के लिए लॉग इन करें",
                "উত্তর দিতে লগ ইন করুন",
                "জবাব দেবার জন্য প্রবেশ করুন",
                "আপনার ই-মেইল এ্যাড্রেস প্রকাশিত হবে না। * চিহ্নিত বিষয়গুলো আবশ্যক।",
                "মন্তব্য প্রকাশ করুন",
                "জবাব বাতিল",
                "กรุณาเข้าสู่ระบบเพื่อตอบกลับ",
                "เข้าสู่ระบบเพื่อตอบ",
                "ใส่ความเห็น ยกเลิกการตอบ",
                "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย *",
                "ความเห็นของคุณกำลังรอตรวจสอบ",
            ],
            &[
                // Sentences that open with the same words.
                "Zaloguj się do banku, zanim minie termin.",
                "A hozzászóláshoz csatolt képek nem jelennek meg.",
                "Du skal være opmærksom på, at svaret kan tage tid.",
                "Log ind på borger.dk for at se din sag.",
                "Log ind for at svare på spørgsmålene i undersøgelsen.",
                "يجب على الحكومة الرد على التقرير",
                "برای ارسال کالا باید مجوز گرفت.",
                "जवाब देने के लिए मंत्री को बुलाया गया।",
                "উত্তর দিতে দেরি করেছে সরকার।",
                "জবাব দিলেন মন্ত্রী।",
                // Thai runs its words together: a label followed by more text is a sentence.
                "เข้าสู่ระบบเพื่อตอบรับคำเชิญ",
                "ความเห็นของนักวิชาการต่อร่างกฎหมาย",
                "ตอบกลับข้อความของผู้อ่าน",
            ],
        );
        for button in ["ตอบกลับ", "জবাব"] {
            assert!(is_comment_button(button), "{button}");
        }
    }

    #[test]
    fn removes_counts_in_thai_bengali_and_native_digits() {
        assert_lines(
            &CommentSection,
            &[
                "3 ความคิดเห็น",
                "1 ความเห็น",
                "3টি মন্তব্য",
                "3 টি মন্তব্য",
                "৩টি মন্তব্য",
                "একটি মন্তব্য",
                "۳ دیدگاه",
                "٣ تعليقات",
                "3 kommenttia",
                "3 kommentarer",
            ],
            &[
                "3টি বই",
                "3টি মন্তব্য প্রকাশিত হয়েছে",
                "একটি মন্তব্য করেছেন মন্ত্রী।",
                "3 ความคิดเห็นของผู้เชี่ยวชาญ",
                "۳ دیدگاه متفاوت درباره بودجه",
                "৩ জন আহত",
            ],
        );
    }

    #[test]
    fn field_window_in_thai_and_bengali() {
        let text = "ใส่ความเห็น\nชื่อ *\nอีเมล *\nเว็บไซต์\n\nแสดงความคิดเห็น\n\nบทความดีมากครับ\nชื่อ\n";
        assert_eq!(removed_lines(&CommentSection, text), ["ใส่ความเห็น", "ชื่อ *", "อีเมล *", "เว็บไซต์", "แสดงความคิดเห็น"]);
        let text = "মন্তব্য করুন\nনাম *\nইমেইল *\nওয়েবসাইট\nমন্তব্য প্রকাশ করুন\nচমৎকার লেখা।\n";
        assert_eq!(removed_lines(&CommentSection, text), ["মন্তব্য করুন", "নাম *", "ইমেইল *", "ওয়েবসাইট", "মন্তব্য প্রকাশ করুন"]);
    }

    #[test]
    fn turkish_field_labels_with_a_dotted_capital_i() {
        let text =
            "Bir yanıt yazın\nİsim *\nE-posta *\nİnternet sitesi\n\nYorum gönder\n\nÇok güzel bir yazı olmuş.\nİsim\n";
        assert_eq!(
            removed_lines(&CommentSection, text),
            ["Bir yanıt yazın", "İsim *", "E-posta *", "İnternet sitesi", "Yorum gönder"]
        );
    }
}
