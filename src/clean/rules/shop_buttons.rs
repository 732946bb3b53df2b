//! Removes a shop's buttons beside its products when they stand alone: "Add to cart",
//! "Add to wishlist", "In den Warenkorb", "カートに入れる". On a product page they sit between
//! the name, the price and the description; on a category page one stands under every
//! product. An event page's buttons ("Buy tickets", "Add to calendar", "Show on map") are
//! the same kind. Phrases only: a lone "Buy" or "Comprar" may head a section.

use std::sync::LazyLock;

use crate::clean::block::Block;
use crate::clean::rule::{Rule, RuleContext};
use crate::clean::vocab::{Groups, Lexicon};
use crate::model::RuleId;

/// Longest block (characters, not bytes: a Georgian letter takes three) that can be a row
/// of shop buttons.
const MAX_ROW_CHARS: usize = 100;
/// Buttons one block may chain ("Add to cart Add to wishlist Compare").
const MAX_BUTTONS_PER_ROW: usize = 3;

/// The buttons, lower case.
const BUTTONS: &[&str] = &[
    "add to cart",
    "add to basket",
    "add to bag",
    "add to wishlist",
    "add to wish list",
    "add to favorites",
    "add to favourites",
    "add to compare",
    "buy now",
    "buy it now",
    "select options",
    "choose options",
    "show options",
    "view cart",
    "view basket",
    // An event's buttons ("Buy tickets Add to calendar Show on map")
    "buy tickets",
    "get tickets",
    "book now",
    "add to calendar",
    "add to google calendar",
    "show on map",
    "view on map",
    "tickets kaufen",
    "zum kalender hinzufügen",
    "in kalender eintragen",
    "auf karte anzeigen",
    "acheter des billets",
    "ajouter au calendrier",
    "voir sur la carte",
    "comprar entradas",
    "añadir al calendario",
    "ver en el mapa",
    "acquista biglietti",
    "aggiungi al calendario",
    "comprar ingressos",
    "adicionar ao calendário",
    "tickets kopen",
    "toevoegen aan agenda",
    "in den warenkorb",
    "in den einkaufswagen",
    "zum warenkorb hinzufügen",
    "auf die wunschliste",
    "zur wunschliste hinzufügen",
    "jetzt kaufen",
    "ajouter au panier",
    "ajouter à la liste d'envies",
    "ajouter aux favoris",
    "acheter maintenant",
    "añadir al carrito",
    "agregar al carrito",
    "añadir a la cesta",
    "añadir a favoritos",
    "comprar ahora",
    "aggiungi al carrello",
    "aggiungi alla lista desideri",
    "acquista ora",
    "adicionar ao carrinho",
    "adicionar à sacola",
    "comprar agora",
    "in winkelwagen",
    "in winkelmand",
    "toevoegen aan winkelwagen",
    "in mijn winkelwagen",
    "nu kopen",
    "dodaj do koszyka",
    "kup teraz",
    "do košíku",
    "vložit do košíku",
    "sepete ekle",
    "hemen al",
    "lägg i varukorgen",
    "köp nu",
    "læg i kurv",
    "legg i handlekurven",
    "lisää ostoskoriin",
    "kosárba",
    "adaugă în coș",
    "в корзину",
    "добавить в корзину",
    "купить сейчас",
    "додати в кошик",
    "у кошик",
    "加入购物车",
    "加入購物車",
    "立即购买",
    "立即購買",
    "カートに入れる",
    "カートに追加",
    "今すぐ購入",
    "장바구니 담기",
    "장바구니에 담기",
    "바로 구매",
    "바로구매",
    "thêm vào giỏ hàng",
    "mua ngay",
    "tambah ke keranjang",
    "masukkan keranjang",
    "beli sekarang",
    "أضف إلى السلة",
    "اشتر الآن",
    "הוסף לסל",
    "הוספה לסל",
    "προσθήκη στο καλάθι",
    // Romanian (without the diacritics too, as many shops write it), Slovenian, Latvian,
    // Icelandic, Basque, Galician, Macedonian, Serbian (Cyrillic and Latin), Albanian,
    // Georgian: cart, wishlist, buy now, and an event's tickets, calendar and map buttons.
    "adauga in cos",
    "adaugă la favorite",
    "cumpără acum",
    "cumpără bilete",
    "adaugă în calendar",
    "vezi pe hartă",
    "dodaj v košarico",
    "dodaj na seznam želja",
    "dodaj med priljubljene",
    "kupi zdaj",
    "kupi vstopnice",
    "dodaj v koledar",
    "prikaži na zemljevidu",
    "pievienot grozam",
    "ielikt grozā",
    "pievienot vēlmju sarakstam",
    "pirkt biļetes",
    "pievienot kalendāram",
    "skatīt kartē",
    "setja í körfu",
    "bæta í körfu",
    "bæta á óskalista",
    "kaupa miða",
    "bæta við dagatal",
    "sýna á korti",
    "gehitu saskira",
    "gehitu nahien zerrendara",
    "erosi orain",
    "erosi sarrerak",
    "gehitu egutegira",
    "ikusi mapan",
    "engadir ao carro",
    "engadir á lista de desexos",
    "mercar agora",
    "mercar entradas",
    "engadir ao calendario",
    "ver no mapa",
    "додај во кошничка",
    "додај во листа на желби",
    "купи сега",
    "купи билети",
    "додај во календар",
    "види на мапа",
    "додај у корпу",
    "dodaj u korpu",
    "додај у листу жеља",
    "dodaj u listu želja",
    "купи улазнице",
    "kupi ulaznice",
    "купи карте",
    "kupi karte",
    "додај у календар",
    "dodaj u kalendar",
    "прикажи на мапи",
    "prikaži na mapi",
    "shto në shportë",
    "shto te të preferuarat",
    "bli tani",
    "bli bileta",
    "shto në kalendar",
    "shiko në hartë",
    "კალათაში დამატება",
    "სურვილების სიაში დამატება",
    "ბილეთის ყიდვა",
    "ბილეთების ყიდვა",
    "კალენდარში დამატება",
    "რუკაზე ნახვა",
    // Vietnamese, Indonesian, Czech, Swedish, Ukrainian, Greek, Hebrew (the noun form and
    // the imperative), Japanese, Korean (with and without the space of "지도 보기"), Chinese
    // (simplified and traditional): wishlist, and an event's tickets, calendar and map
    // buttons. Left out: Chinese "收藏" alone (a museum's collection; it stands beside
    // "对比", compare, which is not a button of this rule either).
    "thêm vào danh sách yêu thích",
    "mua vé",
    "thêm vào lịch",
    "xem bản đồ",
    "tambah ke wishlist",
    "tambahkan ke wishlist",
    "beli tiket",
    "tambahkan ke kalender",
    "lihat peta",
    "přidat do oblíbených",
    "koupit vstupenky",
    "přidat do kalendáře",
    "zobrazit na mapě",
    "lägg till i önskelistan",
    "köp biljetter",
    "lägg till i kalendern",
    "visa på karta",
    "visa på kartan",
    "додати до списку бажань",
    "купити квитки",
    "додати в календар",
    "показати на мапі",
    "показати на карті",
    "προσθήκη στα αγαπημένα",
    "αγορά εισιτηρίων",
    "προσθήκη στο ημερολόγιο",
    "δείτε στον χάρτη",
    "הוספה לרשימת המשאלות",
    "הוסף לרשימת המשאלות",
    "לרכישת כרטיסים",
    "רכישת כרטיסים",
    "הוספה ליומן",
    "הוסף ליומן",
    "הצג במפה",
    "お気に入りに追加",
    "チケットを購入",
    "チケット購入",
    "カレンダーに追加",
    "地図を見る",
    "찜하기",
    "예매하기",
    "캘린더에 추가",
    "지도 보기",
    "지도보기",
    "立即购票",
    "立即購票",
    "添加到日历",
    "加入行事曆",
    "查看地图",
    "查看地圖",
    "加入追蹤清單",
    // French and Dutch event buttons. Left out: Italian "Come arrivare", Dutch "Route
    // plannen" (how to get there: headings of a venue's page).
    "réserver mes billets",
    "ajouter à mon agenda",
    "voir le plan d'accès",
    "bestel tickets",
    "zet in je agenda",
    // German, Spanish, French, Italian, Portuguese, Dutch, Polish and Russian wishlist and
    // event buttons, and the Polish cart's short form.
    "auf die merkliste",
    "auf den merkzettel",
    "auf der karte anzeigen",
    "añadir a la lista de deseos",
    "ajouter à ma liste d'envies",
    "aggiungi alla lista dei desideri",
    "adicionar à lista de desejos",
    "adicionar aos favoritos",
    "comprar bilhetes",
    "adicionar à agenda",
    "op verlanglijstje",
    "op mijn verlanglijstje",
    "zet op verlanglijst",
    "bekijk op de kaart",
    "do koszyka",
    "dodaj do ulubionych",
    "dodaj do schowka",
    "kup bilet",
    "kup bilety",
    "kup bilety online",
    "dodaj do kalendarza",
    "dodaj do kalendarza google",
    "pokaż na mapie",
    "в избранное",
    "добавить в избранное",
    "купить билеты",
    "добавить в календарь",
    "показать на карте",
    // Bulgarian, Malay, Norwegian and Slovak event buttons.
    "добави в календара",
    "покажи на картата",
    "tambah ke kalendar",
    "kjøp billetter",
    "legg til i kalender",
    "vis på kart",
    "kúpiť vstupenky",
    "pridať do kalendára",
    "zobraziť na mape",
    // Azerbaijani, Kazakh, Armenian, Marathi, Swahili, Tagalog, Afrikaans, Urdu: cart,
    // wishlist and event buttons
    "səbətə at",
    "səbətə əlavə et",
    "seçilmişlərə əlavə et",
    "istək siyahısına əlavə et",
    "bilet al",
    "təqvimə əlavə et",
    "xəritədə göstər",
    "себетке қосу",
    "таңдаулыларға қосу",
    "билет сатып алу",
    "күнтізбеге қосу",
    "картадан көрсету",
    "ավելացնել զամբյուղ",
    "ավելացնել ցանկալիներին",
    "գնել տոմս",
    "ավելացնել օրացույցին",
    "ցույց տալ քարտեզում",
    "कार्टमध्ये जोडा",
    "विशलिस्टमध्ये जोडा",
    "तिकीट बुक करा",
    "तिकिटे खरेदी करा",
    "कॅलेंडरमध्ये जोडा",
    "google कॅलेंडरमध्ये जोडा",
    "नकाशावर पहा",
    "ongeza kwenye kikapu",
    "weka kwenye kikapu",
    "nunua tiketi",
    "ongeza kwenye kalenda",
    "onyesha kwenye ramani",
    "idagdag sa cart",
    "idagdag sa wishlist",
    "bumili ng tiket",
    "idagdag sa kalendaryo",
    "tingnan sa mapa",
    "voeg by mandjie",
    "voeg by wenslys",
    "koop kaartjies",
    "voeg by kalender",
    "wys op kaart",
    "کارٹ میں شامل کریں",
    "پسندیدہ میں شامل کریں",
    "ٹکٹ خریدیں",
    "کیلنڈر میں شامل کریں",
    "نقشے پر دیکھیں",
];

/// How to get to a venue, a button only in a row beside another button ("Comprar entradas
/// Añadir al calendario Cómo llegar"): alone, each heads the directions of a venue's page.
/// Marathi "मार्ग पहा" ("See the way") too.
const ROW_ONLY_BUTTONS: &[&str] =
    &["cómo llegar", "come arrivare", "route plannen", "jak dojechać", "como chegar", "मार्ग पहा"];

/// Lexicon groups: buttons, and (bit 1 << 1) the buttons of a row only.
const BUTTON: Groups = 1;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::grouped(&[BUTTONS, ROW_ONLY_BUTTONS]));

/// The id of [`ShopButtons`]: a category page's buttons stand between its products, and mark
/// no edge of the main text.
pub const SHOP_BUTTONS: RuleId = RuleId("shop_buttons");

pub struct ShopButtons;

impl Rule for ShopButtons {
    fn id(&self) -> RuleId {
        SHOP_BUTTONS
    }

    fn describe(&self) -> &'static str {
        "A shop's or an event's buttons standing alone: \"Add to cart\", \"Add to wishlist\", \"Buy now\", \"In den Warenkorb\", \"Add to calendar\"."
    }

    fn apply(&self, blocks: &mut [Block], _cx: &mut RuleContext<'_>) {
        for block in blocks.iter_mut() {
            if !block.is_removed() && is_shop_button_row(&block.text) {
                block.remove(self.id());
            }
        }
    }
}

/// Whether a block is one to three shop buttons and nothing else.
fn is_shop_button_row(text: &str) -> bool {
    // The byte length first: most blocks are turned away without counting characters.
    text.len() <= MAX_ROW_CHARS * 4
        && text.chars().count() <= MAX_ROW_CHARS
        && LEXICON.covers(text, MAX_BUTTONS_PER_ROW, Groups::MAX).is_some_and(|cover| cover.any & BUTTON != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::testing::assert_lines;

    #[test]
    fn removes_a_shops_buttons() {
        assert_lines(
            &ShopButtons,
            &[
                "Add to cart",
                "ADD TO BASKET",
                "Select options",
                "Buy tickets Add to calendar Show on map",
                "Add to cart Add to wishlist",
                "In den Warenkorb",
                "Ajouter au panier",
                "Añadir al carrito",
                "Dodaj do koszyka",
                "В корзину",
                "加入购物车",
                "カートに入れる",
                "장바구니 담기",
            ],
            &[
                "Buy",
                "Comprar",
                "Add to cart, then choose a delivery slot at checkout.",
                "Buy now, pay later schemes are under scrutiny from the regulator.",
                "In den Warenkorb legen Kunden im Schnitt drei Artikel.",
            ],
        );
    }

    #[test]
    fn knows_the_buttons_of_more_small_languages() {
        assert_lines(
            &ShopButtons,
            &[
                "Dodaj v košarico",
                "Pievienot grozam",
                "Setja í körfu",
                "Gehitu saskira",
                "Додај у корпу",
                "Shto në shportë",
                "კალათაში დამატება",
                "Adaugă la favorite",
                "Engadir á lista de desexos",
                "Додај во листа на желби",
                // Event rows: three buttons in one block, in Georgian over a hundred bytes.
                "Kupi vstopnice Dodaj v koledar Prikaži na zemljevidu",
                "Cumpără bilete Adaugă în calendar Vezi pe hartă",
                "Kaupa miða Bæta við dagatal Sýna á korti",
                "Купи улазнице Додај у календар Прикажи на мапи",
                "ბილეთის ყიდვა კალენდარში დამატება რუკაზე ნახვა",
            ],
            &[
                "Kupi",
                "Dodaj v košarico še jajca in moko, je rekla mama.",
                "Vezi pe hartă unde se află cel mai apropiat spital.",
                "Купи карте на време, јер ће концерт бити распродат.",
                "Kaupa miða á tónleikana var ekki auðvelt í ár.",
            ],
        );
    }

    #[test]
    fn knows_the_event_and_wishlist_buttons_of_western_european_russian_and_polish() {
        assert_lines(
            &ShopButtons,
            &[
                "Auf die Merkliste",
                "Añadir a la lista de deseos",
                "Ajouter à ma liste d'envies",
                "Aggiungi alla lista dei desideri",
                "Adicionar à lista de desejos",
                "Adicionar aos favoritos",
                "Op verlanglijstje",
                "Zet op verlanglijst",
                "Dodaj do ulubionych",
                "Dodaj do schowka",
                "Do koszyka",
                "В избранное",
                "Tickets kaufen Zum Kalender hinzufügen Auf der Karte anzeigen",
                "Comprar ingressos Adicionar à agenda Ver no mapa",
                "Comprar bilhetes Adicionar ao calendário Ver no mapa",
                "Tickets kopen Toevoegen aan agenda Bekijk op de kaart",
                "Kup bilet Dodaj do kalendarza Pokaż na mapie",
                "Купить билеты Добавить в календарь Показать на карте",
                // How to get there, beside another button.
                "Comprar entradas Añadir al calendario Cómo llegar",
                "Acquista biglietti Aggiungi al calendario Come arrivare",
                "Bestel tickets Zet in je agenda Route plannen",
                "Kup bilety online Dodaj do Kalendarza Google Jak dojechać",
            ],
            &[
                // How to get there alone heads a venue's directions.
                "Cómo llegar",
                "Come arrivare",
                "Route plannen",
                "Jak dojechać",
                "मार्ग पहा",
                "Cómo llegar Come arrivare",
                // The same words in sentences.
                "Auf der Karte anzeigen lassen sich alle Haltestellen der Linie.",
                "Kup bilet wcześniej, bo miejsc jest niewiele.",
                "Do koszyka trafiły jabłka, gruszki i śliwki.",
                "В избранное попали три рассказа из сборника.",
            ],
        );
    }

    #[test]
    fn knows_the_event_and_wishlist_buttons_of_asian_and_more_european_languages() {
        assert_lines(
            &ShopButtons,
            &[
                // Event rows, three buttons in one block
                "Mua vé Thêm vào lịch Xem bản đồ",
                "Купи билети Добави в календара Покажи на картата",
                "Beli tiket Tambah ke kalendar Lihat peta",
                "Kjøp billetter Legg til i kalender Vis på kart",
                "Réserver mes billets Ajouter à mon agenda Voir le plan d'accès",
                "Kúpiť vstupenky Pridať do kalendára Zobraziť na mape",
                "Beli Tiket Tambahkan ke Kalender Lihat Peta",
                "Koupit vstupenky Přidat do kalendáře Zobrazit na mapě",
                "Köp biljetter Lägg till i kalendern Visa på karta",
                "Купити квитки Додати в календар Показати на мапі",
                "Αγορά εισιτηρίων Προσθήκη στο ημερολόγιο Δείτε στον χάρτη",
                "לרכישת כרטיסים הוספה ליומן הצג במפה",
                "チケットを購入 カレンダーに追加 地図を見る",
                "예매하기 캘린더에 추가 지도 보기",
                "立即购票 添加到日历 查看地图",
                "立即購票 加入行事曆 查看地圖",
                "तिकीट बुक करा Google कॅलेंडरमध्ये जोडा मार्ग पहा",
                "Nunua tiketi Ongeza kwenye kalenda Onyesha kwenye ramani",
                "Bumili ng tiket Idagdag sa kalendaryo Tingnan sa mapa",
                "Koop kaartjies Voeg by kalender Wys op kaart",
                "Bilet al Təqvimə əlavə et Xəritədə göstər",
                "Səbətə əlavə et",
                "Voeg by mandjie",
                // Wishlist buttons, alone or beside the cart's
                "Thêm vào danh sách yêu thích",
                "Tambah ke Wishlist",
                "Přidat do oblíbených",
                "Lägg till i önskelistan",
                "Додати до списку бажань",
                "Προσθήκη στα αγαπημένα",
                "הוספה לרשימת המשאלות",
                "お気に入りに追加",
                "찜하기",
                "加入追蹤清單",
                "Thêm vào giỏ hàng Thêm vào danh sách yêu thích",
                "カートに入れる お気に入りに追加",
            ],
            &[
                // The same words opening sentences stay.
                "Mua vé tàu Tết năm nay dễ hơn nhờ ứng dụng mới.",
                "Beli tiket kereta sekarang bisa lewat aplikasi.",
                "Koupit vstupenky lze i na pokladně v den koncertu.",
                "Köp biljetter i god tid, konserten brukar bli utsåld.",
                "Купити квитки можна також у касах вокзалу.",
                "Nunua tiketi mapema kwa sababu tamasha hili huwa linajaa haraka sana.",
                "Koop kaartjies betyds, want die konsert is gewoonlik uitverkoop.",
                "Αγορά εισιτηρίων γίνεται και από τα εκδοτήρια του σταθμού.",
                "רכישת כרטיסים לקונצרט אפשרית גם בקופות.",
                "チケットを購入するには会員登録が必要です。",
                "예매하기 전에 좌석 배치도를 꼭 확인하세요.",
                "立即购票的观众可获得纪念品一份。",
                "查看地图后，我们决定走小路。",
                "지도 보기가 어려워서 길을 잃었다.",
                // Chinese "收藏" alone is also a collection.
                "收藏",
            ],
        );
    }
}
