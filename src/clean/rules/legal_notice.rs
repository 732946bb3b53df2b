//! Removes copyright lines and legal footers: "© 2019 SlashGear, All Rights Reserved.",
//! "Copyright © …", "Alle Rechte vorbehalten", footer links ("Privacy Policy", "Terms of Use
//! | Privacy Policy", "Impressum", "Datenschutz", "Mentions légales", "Aviso legal") and the
//! site's legalese ("Use of this site constitutes acceptance of our User Agreement…").
//!
//! Only short standalone blocks, or blocks that open like a copyright notice: a paragraph
//! that discusses a privacy policy stays. On a page that is itself a policy or terms page (by
//! its title), the link labels are kept, since there they head real sections.

use std::sync::LazyLock;

use regex::Regex;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::shape::{sentence_marks, word_count};
use crate::clean::vocab::{EndLexicon, Groups, Lexicon, ascii_word_boundaries, head};
use crate::model::RuleId;

/// Longest block (bytes) that can be a legal link or a row of them.
const MAX_FOOTER_BYTES: usize = 200;
/// Links one block may chain without separators ("Terms of Use Privacy Policy").
const MAX_LABELS_PER_BLOCK: usize = 6;
/// Most words of one link in a separated footer row.
const MAX_LINK_WORDS: usize = 5;
/// Share of the links in a footer row that must be legal ones (one in three).
const MIN_LEGAL_SHARE_DIVISOR: usize = 3;
/// Longest block (bytes) that opens with "©" or "Copyright ©" and is removed whole.
const MAX_COPYRIGHT_BYTES: usize = 900;
/// How far into a block (bytes) the copyright sign of its opening may be ("2000-2018 ©").
const COPYRIGHT_OPENING_BYTES: usize = 16;
/// Longest block (bytes) with a copyright sign anywhere in it that is removed
/// ("Hearst Newspapers © Copyright Hearst Newspapers, LLC").
const MAX_SIGN_ANYWHERE_BYTES: usize = 160;
/// Longest block (bytes) opening with "Copyright" and holding "All rights reserved" that is
/// removed.
const MAX_RESERVED_BYTES: usize = 300;
/// Shortest block (bytes) that can be the site's legalese.
const MIN_LEGALESE_BYTES: usize = 30;
/// Longest block (bytes) that can be the site's legalese.
const MAX_LEGALESE_BYTES: usize = 600;

/// Legal links of footers, each a whole block, and "All rights reserved" standing alone.
/// "Disclaimer", "Accessibility" and "Return policy" are left out in every language
/// ("Penafian", "Vastuuvapauslauseke", "הצהרת נגישות"): they head real sections of product
/// and article pages.
const LEGAL_LABELS: &[&str] = &[
    // English
    "privacy policy",
    "privacy notice",
    "privacy statement",
    "privacy center",
    "privacy & terms",
    "privacy and terms",
    "website privacy notice",
    "us state privacy notice",
    "consumer health data privacy policy",
    "updated privacy policy",
    "terms of use",
    "terms of service",
    "terms & conditions",
    "terms and conditions",
    "terms of sale",
    "website terms of use",
    "conditions of use",
    "user agreement",
    "subscriber agreement",
    "legal notice",
    "legal notices",
    "legal information",
    "legal terms",
    "copyright policy",
    "copyright notice",
    "all rights reserved",
    "cookie policy",
    "cookies policy",
    "your california privacy rights",
    "california privacy rights",
    "ca notice at collection",
    "notice at collection",
    "ad choices",
    "adchoices",
    "do not sell my personal information",
    "do not sell or share my personal information",
    // German
    "impressum",
    "datenschutzerklärung",
    "datenschutzhinweise",
    "datenschutzhinweis",
    "datenschutzbestimmungen",
    "datenschutzrichtlinie",
    "cookie-richtlinie",
    "cookie-richtlinien",
    "nutzungsbedingungen",
    "allgemeine geschäftsbedingungen",
    "allgemeine nutzungsbedingungen",
    "rechtliche hinweise",
    "rechtlicher hinweis",
    "alle rechte vorbehalten",
    // French
    "mentions légales",
    "mentions legales",
    "politique de confidentialité",
    "politique de cookies",
    "politique relative aux cookies",
    "politique d'utilisation des cookies",
    "charte de confidentialité",
    "conditions générales d'utilisation",
    "conditions générales de vente",
    "conditions d'utilisation",
    "tous droits réservés",
    // Spanish
    "aviso legal",
    "avisos legales",
    "política de privacidad",
    "aviso de privacidad",
    "política de cookies",
    "términos y condiciones",
    "términos de uso",
    "términos de servicio",
    "términos del servicio",
    "condiciones de uso",
    "condiciones generales",
    "condiciones generales de uso",
    "todos los derechos reservados",
    // Italian
    "note legali",
    "informativa sulla privacy",
    "informativa privacy",
    "informativa cookie",
    "informativa sui cookie",
    "termini e condizioni",
    "termini di utilizzo",
    "termini di servizio",
    "termini d'uso",
    "condizioni d'uso",
    "condizioni di utilizzo",
    "condizioni generali di vendita",
    "tutti i diritti riservati",
    // Portuguese
    "política de privacidade",
    "aviso de privacidade",
    "termos de uso",
    "termos de utilização",
    "termos e condições",
    "termos de serviço",
    "condições de uso",
    "condições gerais",
    "todos os direitos reservados",
    // Dutch
    "privacybeleid",
    "privacyverklaring",
    "privacy- en cookiebeleid",
    "cookiebeleid",
    "cookieverklaring",
    "algemene voorwaarden",
    "gebruiksvoorwaarden",
    "alle rechten voorbehouden",
    // Russian
    "политика конфиденциальности",
    "политика обработки персональных данных",
    "политика в отношении обработки персональных данных",
    "согласие на обработку персональных данных",
    "пользовательское соглашение",
    "условия использования",
    "правила использования",
    "правовая информация",
    "юридическая информация",
    "публичная оферта",
    "все права защищены",
    // Chinese
    "隐私政策",
    "隐私条款",
    "隐私声明",
    "隱私權政策",
    "隱私政策",
    "使用条款",
    "使用條款",
    "服务条款",
    "服務條款",
    "用户协议",
    "用戶協議",
    "法律声明",
    "法律聲明",
    "免责声明",
    "免責聲明",
    "版权声明",
    "版權聲明",
    "版权所有",
    "版權所有",
    "保留所有权利",
    // Japanese
    "プライバシーポリシー",
    "プライバシー・ポリシー",
    "個人情報保護方針",
    "個人情報の取り扱い",
    "個人情報の取扱い",
    "個人情報保護について",
    "クッキーポリシー",
    "サイトポリシー",
    "利用規約",
    "免責事項",
    "特定商取引法に基づく表記",
    "特定商取引法に基づく表示",
    "サイトのご利用について",
    "著作権について",
    // Korean
    "개인정보처리방침",
    "개인정보 처리방침",
    "개인정보취급방침",
    "이용약관",
    "서비스 이용약관",
    "청소년보호정책",
    "이메일무단수집거부",
    "법적고지",
    // Polish
    "polityka prywatności",
    "polityka prywatności i cookies",
    "polityka cookies",
    "polityka plików cookies",
    "polityka plików cookie",
    "regulamin serwisu",
    "regulamin portalu",
    "regulamin strony",
    "warunki korzystania",
    "warunki korzystania z serwisu",
    "nota prawna",
    "informacje prawne",
    "stopka redakcyjna",
    "wszelkie prawa zastrzeżone",
    // Czech
    "zásady ochrany osobních údajů",
    "zásady zpracování osobních údajů",
    "podmínky užívání",
    "podmínky použití",
    "obchodní podmínky",
    "všeobecné obchodní podmínky",
    "zásady používání cookies",
    "zásady cookies",
    "právní upozornění",
    "všechna práva vyhrazena",
    // Slovak
    "zásady ochrany osobných údajov",
    "podmienky používania",
    "obchodné podmienky",
    "všeobecné obchodné podmienky",
    "zásady používania cookies",
    "právne upozornenie",
    "všetky práva vyhradené",
    // Turkish
    "gizlilik politikası",
    "gizlilik sözleşmesi",
    "gizlilik bildirimi",
    "gizlilik ve çerez politikası",
    "çerez politikası",
    "kullanım koşulları",
    "kullanım şartları",
    "kullanıcı sözleşmesi",
    "kvkk aydınlatma metni",
    "aydınlatma metni",
    "yasal uyarı",
    "tüm hakları saklıdır",
    "her hakkı saklıdır",
    // Greek
    "πολιτική απορρήτου",
    "πολιτική προστασίας προσωπικών δεδομένων",
    "πολιτική προστασίας δεδομένων",
    "πολιτική cookies",
    "πολιτική cookie",
    "όροι χρήσης",
    "όροι και προϋποθέσεις",
    "όλα τα δικαιώματα διατηρούνται",
    "όλα τα δικαιώματα κατοχυρωμένα",
    "με επιφύλαξη παντός δικαιώματος",
    "με την επιφύλαξη παντός δικαιώματος",
    // Arabic
    "سياسة الخصوصية",
    "شروط الاستخدام",
    "شروط الخدمة",
    "الشروط والأحكام",
    "الشروط والاحكام",
    "الشروط و الأحكام",
    "اتفاقية الاستخدام",
    "سياسة ملفات تعريف الارتباط",
    "سياسة الكوكيز",
    "إشعار قانوني",
    "جميع الحقوق محفوظة",
    "كل الحقوق محفوظة",
    // Hebrew
    "מדיניות פרטיות",
    "מדיניות הפרטיות",
    "תנאי שימוש",
    "תנאי השימוש",
    "תקנון האתר",
    "מדיניות עוגיות",
    "מדיניות העוגיות",
    "כל הזכויות שמורות",
    // Hindi
    "गोपनीयता नीति",
    "निजता नीति",
    "उपयोग की शर्तें",
    "नियम और शर्तें",
    "नियम एवं शर्तें",
    "सेवा की शर्तें",
    "कुकी नीति",
    "सर्वाधिकार सुरक्षित",
    "सभी अधिकार सुरक्षित",
    // Ukrainian
    "політика конфіденційності",
    "політика обробки персональних даних",
    "умови використання",
    "угода користувача",
    "користувацька угода",
    "правила користування",
    "правила використання",
    "політика щодо файлів cookie",
    "політика використання файлів cookie",
    "правова інформація",
    "публічна оферта",
    "усі права захищені",
    "всі права захищені",
    // Bulgarian
    "политика за поверителност",
    "политика за защита на личните данни",
    "политика за бисквитките",
    "политика за бисквитки",
    "общи условия",
    "условия за ползване",
    "правна информация",
    "всички права запазени",
    // Serbian, Croatian and Bosnian, in both scripts
    "politika privatnosti",
    "pravila privatnosti",
    "izjava o privatnosti",
    "uvjeti korištenja",
    "uslovi korišćenja",
    "uslovi korištenja",
    "opći uvjeti",
    "opšti uslovi",
    "opći uvjeti poslovanja",
    "politika kolačića",
    "pravila o kolačićima",
    "izjava o kolačićima",
    "impresum",
    "pravne napomene",
    "pravna napomena",
    "sva prava pridržana",
    "sva prava zadržana",
    "sva prava zaštićena",
    "политика приватности",
    "услови коришћења",
    "сва права задржана",
    // Romanian, with comma-below, cedilla and bare letters, which sites all use
    "politica de confidențialitate",
    "politica de confidenţialitate",
    "politica de confidentialitate",
    "politica de cookie-uri",
    "politica de cookies",
    "politica cookies",
    "politica privind cookie-urile",
    "termeni și condiții",
    "termeni şi condiţii",
    "termeni si conditii",
    "termenii și condițiile",
    "termeni de utilizare",
    "termenii de utilizare",
    "condiții de utilizare",
    "condiţii de utilizare",
    "conditii de utilizare",
    "toate drepturile rezervate",
    // Hungarian
    "adatvédelmi nyilatkozat",
    "adatvédelmi tájékoztató",
    "adatvédelmi irányelvek",
    "adatkezelési tájékoztató",
    "adatkezelési szabályzat",
    "felhasználási feltételek",
    "általános szerződési feltételek",
    "általános felhasználási feltételek",
    "cookie szabályzat",
    "cookie-szabályzat",
    "süti szabályzat",
    "süti-szabályzat",
    "jogi nyilatkozat",
    "impresszum",
    "minden jog fenntartva",
    // Finnish
    "tietosuojaseloste",
    "tietosuojakäytäntö",
    "tietosuojalauseke",
    "käyttöehdot",
    "evästekäytäntö",
    "evästeseloste",
    "kaikki oikeudet pidätetään",
    // Swedish
    "integritetspolicy",
    "personuppgiftspolicy",
    "dataskyddspolicy",
    "cookiepolicy",
    "användarvillkor",
    "allmänna villkor",
    "köpvillkor",
    "juridisk information",
    "alla rättigheter förbehållna",
    // Danish
    "privatlivspolitik",
    "persondatapolitik",
    "cookiepolitik",
    "cookie- og privatlivspolitik",
    "handelsbetingelser",
    "brugsbetingelser",
    "brugervilkår",
    "vilkår og betingelser",
    "alle rettigheder forbeholdes",
    // Norwegian
    "personvernerklæring",
    "personvernserklæring",
    "cookie-erklæring",
    "bruksvilkår",
    "brukervilkår",
    "vilkår for bruk",
    "salgsbetingelser",
    "alle rettigheter reservert",
    "alle rettigheter forbeholdt",
    // Indonesian and Malay
    "kebijakan privasi",
    "kebijakan cookie",
    "syarat dan ketentuan",
    "syarat & ketentuan",
    "ketentuan layanan",
    "ketentuan penggunaan",
    "pedoman media siber",
    "hak cipta dilindungi undang-undang",
    "dasar privasi",
    "notis privasi",
    "terma dan syarat",
    "terma penggunaan",
    "hak cipta terpelihara",
    // Vietnamese
    "chính sách bảo mật",
    "chính sách bảo mật thông tin",
    "chính sách quyền riêng tư",
    "chính sách cookie",
    "điều khoản sử dụng",
    "điều khoản dịch vụ",
    "điều khoản và điều kiện",
    "bảo lưu mọi quyền",
    // Catalan
    "avís legal",
    "política de privacitat",
    "política de galetes",
    "termes i condicions",
    "condicions d'ús",
    "condicions generals",
    "tots els drets reservats",
    // Persian
    "سیاست حفظ حریم خصوصی",
    "سیاست حریم خصوصی",
    "شرایط استفاده",
    "شرایط استفاده از خدمات",
    "شرایط و قوانین",
    "کلیه حقوق محفوظ است",
    "تمامی حقوق محفوظ است",
];

/// Legal links of a generic word or two. Risky: "Privacy" or "Terms" can head a section of
/// an article (a phone review's "Privacy", a GDPR explainer's "Ochrona danych osobowych"),
/// so alone on a line they are removed only next to other legal furniture, where they are
/// footer links.
const GENERIC_LEGAL_WORDS: &[&str] = &[
    "privacy",
    "terms",
    "legal",
    "imprint",
    "copyright",
    "datenschutz",
    "rechtliches",
    "confidentialité",
    "vie privée",
    "données personnelles",
    "protection des données personnelles",
    "privacidad",
    "protección de datos",
    "privacidade",
    "agb",
    "cgu",
    "cgv",
    "colofon",
    "voorwaarden",
    "конфиденциальность",
    "regulamin",
    "prywatność",
    "rodo",
    "ochrona danych osobowych",
    "ochrana osobních údajů",
    "ochrana osobných údajov",
    "gizlilik",
    "kvkk",
    "künye",
    "kişisel verilerin korunması",
    "απόρρητο",
    "الخصوصية",
    "פרטיות",
    "תקנון",
    "गोपनीयता",
    "конфіденційність",
    "поверителност",
    "privatnost",
    "zaštita privatnosti",
    "confidențialitate",
    "confidenţialitate",
    "adatvédelem",
    "ászf",
    "tietosuoja",
    "villkor",
    "om cookies",
    "behandling av personuppgifter",
    "privatliv",
    "vilkår",
    "personvern",
    "informasjonskapsler",
    "privasi",
    "quyền riêng tư",
    "privacitat",
    "protecció de dades",
    "حریم خصوصی",
    "قوانین و مقررات",
];

/// How copyright notices open: "©", "(c) 2019", "Copyright © …", "Copyright 2026 …".
const COPYRIGHT_OPENING: &str =
    r"(?i)^[^\p{L}\p{N}©ⓒ]*(?:©|ⓒ|\(c\)\s*\d{4}|copyright\s*(?:©|ⓒ|\(c\)|\d{4}|by\b)|\d{4}\s*(?:-\s*\d{4}\s*)?©)";

/// "All rights reserved" in each language; with the word "copyright" it marks a short block
/// as a copyright line (alone it can be a title: an album called "All Rights Reserved").
const RIGHTS_RESERVED: &str = concat!(
    r"(?i)all rights? reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados",
    r"|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|все права защищены",
    r"|版权所有|版權所有|保留所有权利|著作権|無断転載|무단전재|모든 권리 보유",
    r"|wszelkie prawa zastrzeżone|všechna práva vyhrazena|všetky práva vyhradené",
    r"|tüm hakları saklıdır|her hakkı saklıdır",
    r"|επιφύλαξη παντός δικαιώματος|όλα τα δικαιώματα (?:διατηρούνται|κατοχυρωμένα|κατοχυρώνονται)",
    r"|(?:جميع|كل) الحقوق محفوظة|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|सभी अधिकार सुरक्षित",
    r"|(?:усі|всі) права захищені|всички права запазени|sva prava (?:pridržana|zadržana|zaštićena)|сва права задржана",
    r"|toate drepturile rezervate|minden jog fenntartva|kaikki oikeudet pidätetään",
    r"|alla rättigheter förbehållna|alle rettigheder forbeholdes|alle rettigheter (?:reservert|forbeholdt)",
    r"|hak cipta dilindungi undang-undang|hak cipta terpelihara|bảo lưu mọi quyền|tots els drets reservats",
    // Persian: "کلیه حقوق (این سایت) محفوظ است".
    r"|(?:کلیه|تمامی|همه) حقوق[^.]{0,60}محفوظ",
);

/// The site's own legalese, as it opens or as it is phrased.
const LEGALESE: &[&str] = &[
    r"\b(?:this|the) (?:material|content)(?: on this (?:site|website))? may not be (?:published|reproduced|republished|copied|redistributed)",
    r"\buse of (?:and/or registration on any portion of )?this (?:site|website) constitutes acceptance",
    r"\bregistration on or use of this site constitutes acceptance",
    r"^by (?:clicking|continuing|using|signing up|registering|subscribing|submitting|checking|creating|entering)\b.{0,120}\b(?:you|i) (?:agree|acknowledge|accept)\b.{0,120}\b(?:terms|privacy|policy|policies|conditions|agreement)",
    r"\bthis site is protected by recaptcha\b",
    r"\ball trademarks are (?:the )?property of their respective owners",
];

/// Titles of legal pages, where the legal labels head real sections.
const LEGAL_PAGE_TITLE: &str = concat!(
    r"(?i)privacy|terms|legal|impressum|datenschutz|agb|nutzungsbedingungen|mentions légales|confidentialit",
    r"|conditions|aviso legal|privacidad|términos|condiciones|note legali|termini|privacidade|termos|voorwaarden",
    r"|конфиденциальн|соглашени|隐私|隱私|条款|條款|プライバシー|規約|개인정보|약관",
    r"|prywatnoś|regulamin|osobních údajů|podmínky|osobných údajov|podmienky používania|obchodné podmienky",
    r"|gizlilik|kullanım koşulları|kullanım şartları|aydınlatma metni|απορρήτου|όροι χρήσης",
    r"|الخصوصية|الشروط|شروط الاستخدام|פרטיות|תנאי שימוש|תנאי השימוש|תקנון|गोपनीयता|शर्तें",
    r"|конфіденційн|умови використання|угода користувача|поверителност|общи условия|условия за ползване",
    r"|privatnost|uvjeti korištenja|uslovi korišćenja|uslovi korištenja|confiden[țţt]ialitate|termeni",
    r"|adatvédelm|adatkezelés|felhasználási feltételek|ászf|tietosuoja|käyttöehdot|integritetspolicy",
    r"|villkor|privatlivspolitik|betingelser|vilkår|personvern|kebijakan privasi|syarat dan ketentuan",
    r"|chính sách bảo mật|điều khoản|privacitat|avís legal|حریم خصوصی|شرایط استفاده|قوانین و مقررات",
);

/// Separators between links in a footer row.
const FOOTER_SEPARATORS: &[char] = &['|', '•', '·', '/', '–', '—', '｜', '・'];

/// Words that open a copyright line without a copyright sign: "Copyright 2026 …". ("(c)
/// 2019" is checked as it is written: a bare "C" opens too many other lines.)
const COPYRIGHT_WORDS: &[&str] = &["copyright"];
/// How the site's legalese opens (when it is not inside a copyright line): the gate before
/// the regex.
const LEGALESE_OPENINGS: &[&str] = &[
    "by",
    "this material",
    "the material",
    "this content",
    "the content",
    "use of this site",
    "use of this website",
    "use of and/or registration",
    "registration on or use",
    "this site is protected",
    "all trademarks",
];

/// Lexicon groups: legal links, copyright words, openings of legalese, generic legal words.
const LABEL: Groups = 1;
const COPYRIGHT_WORD: Groups = 2;
const LEGALESE_OPENING: Groups = 4;
const GENERIC: Groups = 8;

static LEGAL_ENDS: LazyLock<EndLexicon> =
    LazyLock::new(|| EndLexicon::new(&[LEGAL_LABELS, GENERIC_LEGAL_WORDS].concat()));
static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::grouped(&[LEGAL_LABELS, COPYRIGHT_WORDS, LEGALESE_OPENINGS, GENERIC_LEGAL_WORDS]));
static COPYRIGHT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&ascii_word_boundaries(COPYRIGHT_OPENING)).expect("static regex builds"));
static RESERVED: LazyLock<Regex> = LazyLock::new(|| Regex::new(RIGHTS_RESERVED).expect("static regex builds"));
static LEGALESE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_word_boundaries(&format!("(?i){}", LEGALESE.join("|")))).expect("static regex builds")
});
static LEGAL_TITLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(LEGAL_PAGE_TITLE).expect("static regex builds"));

/// Removes copyright lines, legal footer links and the site's legalese.
pub struct LegalNotice;

impl Rule for LegalNotice {
    fn id(&self) -> RuleId {
        RuleId("legal_notice")
    }

    fn describe(&self) -> &'static str {
        "Copyright lines and legal footers: \"© 2019 Site. All rights reserved.\", \"Terms of Use | Privacy Policy\", \"Impressum\", \"Mentions légales\"."
    }

    fn apply(&self, blocks: &mut [Block], cx: &mut RuleContext<'_>) {
        let legal_page = cx.title.is_some_and(|t| LEGAL_TITLE.is_match(t));
        let kinds: Vec<Legal> = blocks.iter().map(|b| classify(&b.text, legal_page)).collect();
        for (index, block) in blocks.iter_mut().enumerate() {
            let remove = match kinds[index] {
                Legal::Notice => true,
                Legal::LoneWord => {
                    let before = index.checked_sub(1).and_then(|i| kinds.get(i));
                    let after = kinds.get(index + 1);
                    [before, after].into_iter().flatten().any(|k| *k != Legal::Other)
                }
                Legal::Other => false,
            };
            if remove {
                block.remove(self.id());
            }
        }
    }
}

/// What a block is, as far as legal furniture goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Legal {
    /// A copyright line, a legal link or footer row, or legalese: removed on its own.
    Notice,
    /// A generic legal word alone ("Privacy"): removed only next to other legal furniture.
    LoneWord,
    Other,
}

fn classify(text: &str, legal_page: bool) -> Legal {
    if text.len() > MAX_COPYRIGHT_BYTES {
        return Legal::Other;
    }
    let first = LEXICON.prefix(text).map_or(0, |(_, groups)| groups);
    if is_copyright(text, first) {
        return Legal::Notice;
    }
    if legal_page {
        return Legal::Other;
    }
    if first & GENERIC != 0 && LEXICON.covers(text, 1, GENERIC).is_some() {
        return Legal::LoneWord;
    }
    if is_legal_footer(text, first) || is_legalese(text, first) {
        return Legal::Notice;
    }
    Legal::Other
}

/// Whether the block is a copyright line; `first` holds the groups of its first phrase.
fn is_copyright(text: &str, first: Groups) -> bool {
    // The opening decides for a long block; a short one may hold the sign anywhere.
    let opens_with_word = first & COPYRIGHT_WORD != 0
        || text.trim_start().get(..3).is_some_and(|start| start.eq_ignore_ascii_case("(c)"));
    if (opens_with_word || has_copyright_sign(head(text, COPYRIGHT_OPENING_BYTES)) || text.starts_with('ⓒ'))
        && COPYRIGHT.is_match(text)
    {
        return true;
    }
    if text.len() > MAX_RESERVED_BYTES {
        return false;
    }
    // "Hearst Newspapers © Copyright Hearst", "Copyright Hearst. All rights reserved."
    text.len() <= MAX_SIGN_ANYWHERE_BYTES && has_copyright_sign(text) || opens_with_word && RESERVED.is_match(text)
}

/// Whether `text` holds "©" or "ⓒ" (looked for only in short texts: it is rare, and Korean
/// sites put it near the start). A byte test first, which most blocks fail.
fn has_copyright_sign(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.contains(&0xA9) && bytes.windows(2).any(|w| w == [0xC2, 0xA9])
        || bytes.len() <= COPYRIGHT_OPENING_BYTES && bytes.windows(3).any(|w| w == [0xE2, 0x93, 0x92])
}

/// Whether the block is a legal link or a footer row of links among which legal ones;
/// `first` holds the groups of its first phrase.
fn is_legal_footer(text: &str, first: Groups) -> bool {
    if text.len() > MAX_FOOTER_BYTES {
        return false;
    }
    let first_is_legal = first & (LABEL | GENERIC) != 0;
    if first_is_legal && LEXICON.covers(text, MAX_LABELS_PER_BLOCK, LABEL | GENERIC).is_some() {
        return true;
    }
    // A footer row starts or ends with a legal link: a cheap test before splitting it.
    if !first_is_legal && LEGAL_ENDS.suffix(text).is_none() {
        return false;
    }
    let mut links = 0;
    let mut legal = 0;
    for link in footer_links(text) {
        links += 1;
        if LEXICON.covers(link, MAX_LABELS_PER_BLOCK, LABEL | GENERIC).is_some() {
            legal += 1;
        } else if word_count(link) > MAX_LINK_WORDS || sentence_marks(link) > 0 {
            return false;
        }
    }
    links >= 2 && legal * MIN_LEGAL_SHARE_DIVISOR >= links
}

/// The links of a footer row: the text between separators, trimmed, without empty ones.
fn footer_links(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        loop {
            if rest.is_empty() {
                return None;
            }
            let (link, after) = match next_separator(rest) {
                Some((start, end)) => (&rest[..start], &rest[end..]),
                None => (rest, ""),
            };
            rest = after;
            let link = link.trim();
            if !link.is_empty() {
                return Some(link);
            }
        }
    })
}

/// The byte span of the first footer separator in `text`: one of [`FOOTER_SEPARATORS`] or
/// a hyphen between spaces.
fn next_separator(text: &str) -> Option<(usize, usize)> {
    text.char_indices().find_map(|(i, c)| {
        let spaced_hyphen = c == '-' && text[..i].ends_with(' ') && text[i + 1..].starts_with(' ');
        (FOOTER_SEPARATORS.contains(&c) || spaced_hyphen).then(|| (i, i + c.len_utf8()))
    })
}

/// Whether the block is the site's legalese; `first` holds the groups of its first phrase.
fn is_legalese(text: &str, first: Groups) -> bool {
    text.len() <= MAX_LEGALESE_BYTES
        && text.len() >= MIN_LEGALESE_BYTES
        && first & LEGALESE_OPENING != 0
        && LEGALESE_TEXT.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::{assert_lines, dump, removed, removed_lines, run};

    #[test]
    fn removes_copyright_lines_and_legal_footers() {
        assert_lines(
            &LegalNotice,
            &[
                "© 2019 SlashGear, All Rights Reserved.",
                "Copyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy",
                "Copyright 2026 The Associated Press. All Rights Reserved.",
                "Hearst Newspapers © Copyright Hearst Newspapers, LLC",
                "2026 © Green Roads. All Rights Reserved.",
                "All rights reserved",
                "Privacy Policy",
                "Terms of Use | Privacy Policy",
                "Contact Us/FAQ | Terms of Use | Privacy Policy",
                "Terms of Use Cookie Policy Privacy Policy",
                "Impressum",
                "Impressum | Datenschutz | AGB",
                "Mentions légales",
                "Aviso legal",
                "Note legali",
                "Termos de uso",
                "Algemene voorwaarden",
                "Политика конфиденциальности",
                "隐私政策",
                "プライバシーポリシー",
                "Copyright © 2019 Business Insider Deutschland / finanzen.net GmbH Alle Rechte vorbehalten.",
                "Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지",
                "This material may not be published, broadcast, rewritten, or redistributed. ©2019 FOX News Network, LLC.",
                "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy",
                "By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.",
            ],
            &[
                "Copyright law protects the expression of ideas, not the ideas themselves.",
                "The company updated its privacy policy after the regulator's ruling, which found that it had shared data without consent.",
                "Privacy campaigners welcomed the decision.",
                "Privacy",
                "Datenschutz",
                "Terms of the deal were not disclosed.",
                "Legal experts said the case could take years.",
                "The band's 1998 album, All Rights Reserved, sold poorly.",
                "Home | News | Sport | Weather",
                "The band's 1998 album, All Rights Reserved, sold poorly.",
                "C is a programming language. All rights reserved words are listed below.",
                "Read the terms - Privacy campaigners say the new rules go too far.",
            ],
        );
    }

    #[test]
    fn removes_legal_footers_in_more_languages() {
        assert_lines(
            &LegalNotice,
            &[
                "Wszelkie prawa zastrzeżone.",
                "Polityka prywatności | Regulamin serwisu",
                "Kontakt | Polityka prywatności | Regulamin",
                "Copyright Seznam.cz. Všechna práva vyhrazena.",
                "Zásady ochrany osobních údajů",
                "Tüm hakları saklıdır.",
                "Gizlilik Politikası · Kullanım Koşulları · Çerez Politikası",
                "Όροι Χρήσης",
                "جميع الحقوق محفوظة",
                "سياسة الخصوصية | شروط الاستخدام",
                "כל הזכויות שמורות",
                "गोपनीयता नीति",
                "Політика конфіденційності",
                "Всички права запазени",
                "Uvjeti korištenja",
                "Politica de confidențialitate",
                "Adatkezelési tájékoztató | Impresszum | ÁSZF",
                "Tietosuojaseloste",
                "Integritetspolicy",
                "Privatlivspolitik",
                "Personvernerklæring",
                "Kebijakan Privasi",
                "Pedoman Media Siber",
                "Chính sách bảo mật",
                "Avís legal",
                "کلیه حقوق محفوظ است",
            ],
            &[
                "Polityka prywatności firmy budzi zastrzeżenia urzędu.",
                "Wszelkie prawa zastrzeżone zostały naruszone, twierdzi pozwany",
                "Gizlilik politikası değişikliği tepki çekti",
                "Regulamin",
                "Όροι χρήσης της πλατφόρμας άλλαξαν",
                "سياسة الخصوصية الجديدة تثير الجدل",
                "Kebijakan privasi baru itu menuai kritik dari pengguna",
                "Chính sách bảo mật mới của công ty gây tranh cãi",
            ],
        );
    }

    #[test]
    fn generic_words_in_more_languages_go_only_among_legal_links() {
        let footer = "Regulamin\nPrywatność\nWszelkie prawa zastrzeżone\n";
        assert_eq!(removed_lines(&LegalNotice, footer), ["Regulamin", "Prywatność", "Wszelkie prawa zastrzeżone"]);
        let review = "Aparat\nZdjęcia są ostre.\nPrywatność\nTelefon pyta o zgodę na lokalizację.\n";
        assert!(removed_lines(&LegalNotice, review).is_empty());
        let mut blocks = dump("Gizlilik politikası\nVerilerinizi satmıyoruz.\n");
        run(&LegalNotice, &mut blocks, Some("Gizlilik Politikası - Örnek"));
        assert!(removed(&blocks).is_empty());
    }

    #[test]
    fn generic_words_go_only_among_other_legal_links() {
        let footer = "Privacy\nTerms\nImpressum\n";
        assert_eq!(removed_lines(&LegalNotice, footer), ["Privacy", "Terms", "Impressum"]);
        let review = "Battery\nThe battery lasts two days.\nPrivacy\nThe phone asks before it shares your location.\n";
        assert!(removed_lines(&LegalNotice, review).is_empty());
    }

    #[test]
    fn keeps_section_labels_on_a_legal_page() {
        let mut blocks = dump("Privacy\nWe do not sell your data.\n© 2024 Example Ltd\n");
        run(&LegalNotice, &mut blocks, Some("Terms of Service - Example"));
        assert_eq!(removed(&blocks), ["© 2024 Example Ltd"]);
    }
}
