//! Removes the page's own controls and machine notices when they stand alone: skip links
//! ("Skip to main content"), back-to-top links, print and email-this buttons, loading
//! placeholders ("Loading..."), menu toggles, and notices about JavaScript or the browser
//! ("Please enable JavaScript", "Your browser is out of date").
//!
//! Navigation menus themselves (runs of section links) are not this rule's business; it only
//! knows the fixed wording of controls.

use std::sync::LazyLock;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::vocab::{Groups, Lexicon};
use crate::model::RuleId;

/// Longest block (bytes) that can be a control.
const MAX_CONTROL_BYTES: usize = 100;
/// Controls one block may chain ("Skip to main content Skip to footer").
const MAX_CONTROLS_PER_BLOCK: usize = 4;
/// Longest block (bytes) that can be a notice about JavaScript or the browser.
const MAX_NOTICE_BYTES: usize = 300;

/// Controls of the page, each a whole block. Risky: "Print" and "Close" are single words,
/// but alone on a line they are buttons; "Menu" and "Search" are left out (a restaurant's
/// menu, a search feature described in documentation), and so is Dutch "laden" (German for
/// a shop, or charging).
const CONTROLS: &[&str] = &[
    "skip to main content",
    "skip to content",
    "skip to article",
    "skip to navigation",
    "skip to main navigation",
    "skip to primary navigation",
    "skip to footer",
    "skip to footer content",
    "skip to search",
    "skip to sidebar",
    "skip navigation",
    "skip to main",
    "jump to content",
    "jump to navigation",
    "jump to main content",
    "go to main content",
    "go to content",
    "back to top",
    "back to the top",
    "return to top",
    "scroll to top",
    "go to top",
    "to top",
    "top of page",
    "page top",
    "pagetop",
    "print",
    "print this",
    "print this page",
    "print this article",
    "print article",
    "print page",
    "printer friendly",
    "printer-friendly",
    "printer friendly version",
    "printer-friendly version",
    "printable version",
    "print view",
    "email this",
    "email this page",
    "email page",
    "loading",
    "loading...",
    "please wait",
    "close",
    "close menu",
    "open menu",
    "toggle menu",
    "toggle navigation",
    "main menu",
    "close search",
    "open search",
    "toggle search",
    "dismiss",
    "zum inhalt springen",
    "direkt zum inhalt",
    "zum hauptinhalt springen",
    "zur navigation springen",
    "nach oben",
    "zurück nach oben",
    "seitenanfang",
    "drucken",
    "artikel drucken",
    "seite drucken",
    "druckversion",
    "schließen",
    "wird geladen",
    "aller au contenu",
    "aller au contenu principal",
    "passer au contenu",
    "retour en haut",
    "haut de page",
    "imprimer",
    "imprimer l'article",
    "imprimer cette page",
    "version imprimable",
    "fermer",
    "chargement",
    "saltar al contenido",
    "ir al contenido",
    "ir al contenido principal",
    "volver arriba",
    "subir",
    "imprimir",
    "versión para imprimir",
    "cerrar",
    "cargando",
    "vai al contenuto",
    "salta al contenuto",
    "torna su",
    "torna all'inizio",
    "stampa",
    "versione stampabile",
    "chiudi",
    "caricamento",
    "ir para o conteúdo",
    "pular para o conteúdo",
    "saltar para o conteúdo",
    "voltar ao topo",
    "fechar",
    "carregando",
    "naar de inhoud springen",
    "ga naar de inhoud",
    "direct naar de inhoud",
    "terug naar boven",
    "naar boven",
    "printen",
    "afdrukken",
    "sluiten",
    "перейти к содержимому",
    "перейти к контенту",
    "перейти к основному содержанию",
    "наверх",
    "вверх",
    "распечатать",
    "версия для печати",
    "печать",
    "закрыть",
    "загрузка",
    "跳到主要内容",
    "跳至主要内容",
    "跳转到主要内容",
    "返回顶部",
    "回到顶部",
    "打印",
    "关闭",
    "加载中",
    "メインコンテンツへスキップ",
    "本文へスキップ",
    "コンテンツへスキップ",
    "トップへ戻る",
    "ページトップへ",
    "ページの先頭へ",
    "ページの先頭へ戻る",
    "印刷",
    "印刷する",
    "閉じる",
    "読み込み中",
    "본문 바로가기",
    "맨 위로",
    "인쇄하기",
    "뒤로가기",
];

/// Notices a page shows when a script or the browser fails: a block that starts with one of
/// these is furniture.
const MACHINE_NOTICES: &[&str] = &[
    "please enable javascript",
    "you need to enable javascript",
    "javascript is disabled",
    "javascript is required",
    "javascript must be enabled",
    "this site requires javascript",
    "this website requires javascript",
    "this page requires javascript",
    "enable javascript to",
    "for the best experience, please enable javascript",
    "your browser is out of date",
    "your browser is not supported",
    "you are using an outdated browser",
    "you are using an unsupported browser",
    "please upgrade your browser",
    "please update your browser",
    "there was an error while loading",
    "an error occurred while loading",
    "something went wrong. please try again",
    "something went wrong. wait a moment and try again",
    "bitte aktivieren sie javascript",
    "javascript ist deaktiviert",
    "veuillez activer javascript",
    "activez javascript",
    "por favor, habilita javascript",
    "habilita javascript",
    "per favore abilita javascript",
    "abilita javascript",
    "por favor, ative o javascript",
    "schakel javascript in",
    "включите javascript",
    "для работы сайта необходимо включить javascript",
    "请启用javascript",
    "请开启javascript",
    "javascriptを有効にしてください",
    "javascriptが無効",
];

/// Lexicon groups: controls, machine notices.
const CONTROL: Groups = 1;
const NOTICE: Groups = 2;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::grouped(&[CONTROLS, MACHINE_NOTICES]));

/// Removes skip links, back-to-top and print buttons, loading placeholders and script notices.
pub struct UiFurniture;

impl Rule for UiFurniture {
    fn id(&self) -> RuleId {
        RuleId("ui_furniture")
    }

    fn describe(&self) -> &'static str {
        "Page controls and machine notices standing alone: \"Skip to main content\", \"Back to top\", \"Print\", \"Loading...\", \"Please enable JavaScript\"."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        for block in blocks.iter_mut() {
            if is_ui_furniture(&block.text) {
                block.remove(self.id());
            }
        }
    }
}

fn is_ui_furniture(text: &str) -> bool {
    if text.len() > MAX_NOTICE_BYTES {
        return false;
    }
    match LEXICON.prefix(text) {
        Some((_, groups)) if groups & NOTICE != 0 => true,
        Some(_) => text.len() <= MAX_CONTROL_BYTES && LEXICON.covers(text, MAX_CONTROLS_PER_BLOCK, CONTROL).is_some(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::assert_lines;

    #[test]
    fn removes_controls_and_notices() {
        assert_lines(
            &UiFurniture,
            &[
                "Skip to main content",
                "Skip to content",
                "Skip to main content Skip to footer",
                "Back to top",
                "↑ Back to Top",
                "Print",
                "Loading...",
                "Please enable JavaScript to view this page.",
                "There was an error while loading. Please reload this page.",
                "Zum Inhalt springen",
                "Aller au contenu",
                "Saltar al contenido",
                "Vai al contenuto",
                "Ir para o conteúdo",
                "Naar de inhoud springen",
                "Перейти к содержимому",
                "跳到主要内容",
                "メインコンテンツへスキップ",
            ],
            &[
                "Print editions will end in March, the publisher said.",
                "Back to top form, the striker scored twice.",
                "Loading bays at the port were closed.",
                "Menu",
                "Search",
                "Close to 300 people were evacuated.",
                "Laden und Geschäfte bleiben am Sonntag geschlossen.",
            ],
        );
    }
}
