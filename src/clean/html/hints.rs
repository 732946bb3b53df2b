//! Class and id names as evidence: `entry-content` and `article-body` point to main
//! text, `sidebar`, `related-posts` and `comments` to boilerplate. Names are cut into
//! tokens at every non-alphanumeric character and compared whole, so that `comment` in
//! `commentary` or `ad` in `header` or `shadow` do not count.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

/// Tokens of class and id names that mark boilerplate containers.
const BOILERPLATE_TOKENS: &[&str] = &[
    // navigation
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menubar",
    "submenu",
    "breadcrumb",
    "breadcrumbs",
    "pagination",
    "pager",
    "skip",
    "toolbar",
    "masthead",
    "topbar",
    // side content and widgets
    "sidebar",
    "aside",
    "widget",
    "widgets",
    "rail",
    "sidenav",
    // footers
    "footer",
    "foot",
    "copyright",
    "legal",
    // sharing and following
    "share",
    "shares",
    "sharing",
    "sharebar",
    "social",
    "socials",
    "follow",
    "addthis",
    // related content and recirculation
    "related",
    "relatedposts",
    "recommended",
    "recommendations",
    "recirc",
    "recirculation",
    "trending",
    "popular",
    "mostread",
    "mostpopular",
    "outbrain",
    "taboola",
    "teaser",
    "teasers",
    "more",
    // comments
    "comment",
    "comments",
    "commentlist",
    "respond",
    "reply",
    "replies",
    "disqus",
    // newsletters, promotions, advertising
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "promo",
    "promotion",
    "promoted",
    "advert",
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "adsense",
    "adslot",
    "sponsor",
    "sponsored",
    "banner",
    // overlays and consent
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "popup",
    "modal",
    "overlay",
    "lightbox",
    // article furniture
    "tags",
    "tag",
    "taglist",
    "byline",
    "dateline",
    "meta",
    "author",
    "bio",
    "caption",
    "credit",
    "credits",
    "print",
    "login",
    "search",
];

/// Tokens of class and id names that mark main-text containers.
const CONTENT_TOKENS: &[&str] = &[
    "article",
    "articlebody",
    "content",
    "entry",
    "post",
    "story",
    "storybody",
    "body",
    "text",
    "main",
    "blog",
    "prose",
    "richtext",
    "markdown",
    "maincontent",
    "postbody",
    "entrycontent",
    "single",
];

/// Tokens that name a whole container of boilerplate: a side rail, a comment section, a
/// block of related links, a share bar, a newsletter box. An element carrying one is removed
/// with its content, unless it holds most of the page (see `prune::BOILERPLATE_CONTAINER`).
/// Singular `comment` and `reply` are left out: forums wrap each post in them.
pub(crate) const CONTAINER_NAMES: &[&str] = &[
    "sidebar",
    "widget",
    "widgets",
    "related",
    "relatedposts",
    "recommended",
    "recommendations",
    "recirc",
    "recirculation",
    "outbrain",
    "taboola",
    "share",
    "sharing",
    "sharebar",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "promo",
    "promotion",
    "advert",
    "advertisement",
    "advertising",
    "ads",
    "adslot",
    "sponsored",
    "comments",
    "commentlist",
    "commentsection",
    "respond",
    "disqus",
    "breadcrumb",
    "breadcrumbs",
    "popup",
    "modal",
    "trending",
    "mostread",
    "mostpopular",
];

/// Tokens of an embedded post (`social-media-embed`): the article quotes it, so a `social`
/// beside them names no share bar (a `share` still does: `sharebar-video-embed`).
const EMBED_TOKENS: &[&str] = &["embed", "embedded", "oembed"];

/// Whether a container name (from [`boilerplate_container_name`]) is a comment section's.
pub fn is_comment_section(name: u8) -> bool {
    CONTAINER_NAMES
        .get(usize::from(name))
        .is_some_and(|t| matches!(*t, "comments" | "commentlist" | "commentsection" | "respond" | "disqus"))
}

/// Whether the class or id names an element as a container of boilerplate.
pub fn is_boilerplate_container(class: Option<&str>, id: Option<&str>) -> bool {
    boilerplate_container_name(class, id).is_some()
}

/// The name under which the class or id marks a container of boilerplate (the position of
/// the first matching token in the list), if it does. Containers of one name are weighed
/// together: a page builder that wraps every paragraph in its own `widget` names no sidebar.
pub fn boilerplate_container_name(class: Option<&str>, id: Option<&str>) -> Option<u8> {
    let mut buffer = [0u8; MAX_TOKEN_BYTES];
    // Looked for only when a `social` token asks, as this runs for every element.
    let embedded = || {
        let is_embed = |value: &str| tokens(value).any(|t| EMBED_TOKENS.iter().any(|e| t.eq_ignore_ascii_case(e)));
        [class, id].into_iter().flatten().any(is_embed)
    };
    let mut pair = [0u8; MAX_TOKEN_BYTES];
    [class, id].into_iter().flatten().find_map(|value| {
        let mut value_tokens = tokens(value).peekable();
        while let Some(token) = value_tokens.next() {
            if let Some(lower) = lowered(token, &mut buffer)
                && !(lower == "social" && embedded())
                && let Some(name) = container_name(lower)
            {
                return Some(name);
            }
            // Two tokens that make one of the names (`comment-list`, `most_read`, `share-bar`).
            if let Some(next) = value_tokens.peek()
                && let Some(joined) = lowered_pair(token, next, &mut pair)
                && SPLIT_CONTAINER_NAMES.contains(&joined)
                && let Some(name) = container_name(joined)
            {
                return Some(name);
            }
        }
        None
    })
}

/// Names of [`CONTAINER_NAMES`] also read from two tokens (`comment-list`): those whose
/// parts name no container alone. Left out: `sign-up`, `sub-scribe` and the like, since a
/// `sign-up` section of a how-to is one of its steps.
const SPLIT_CONTAINER_NAMES: &[&str] =
    &["commentlist", "commentsection", "relatedposts", "mostread", "mostpopular", "sharebar", "adslot"];

/// The position of a lower-case name in [`CONTAINER_NAMES`], if it is one.
fn container_name(lower: &str) -> Option<u8> {
    if kinds_of(lower) & CONTAINER == 0 {
        return None;
    }
    CONTAINER_NAMES.iter().position(|t| *t == lower).and_then(|i| u8::try_from(i).ok())
}

/// The lists a token is in, as bits: [`BOILERPLATE`], [`CONTENT`], [`CONTAINER`].
type Kinds = u8;
const BOILERPLATE: Kinds = 1;
const CONTENT: Kinds = 2;
const CONTAINER: Kinds = 4;

/// Every listed token with the lists it is in: one hash lookup per token of every class
/// name, instead of a walk through the lists.
static TOKEN_KINDS: LazyLock<FxHashMap<&'static str, Kinds>> = LazyLock::new(|| {
    let mut kinds: FxHashMap<&'static str, Kinds> = FxHashMap::default();
    for (list, kind) in [(BOILERPLATE_TOKENS, BOILERPLATE), (CONTENT_TOKENS, CONTENT), (CONTAINER_NAMES, CONTAINER)] {
        for token in list {
            *kinds.entry(token).or_default() |= kind;
        }
    }
    kinds
});

/// The lists a lower-case token is in.
fn kinds_of(lower: &str) -> Kinds {
    TOKEN_KINDS.get(lower).copied().unwrap_or(0)
}

/// Tokens longer than this are not names (hashes, generated ids).
const MAX_TOKEN_BYTES: usize = 24;

/// The tokens of a class or id value: its runs of ASCII letters and digits.
fn tokens(value: &str) -> impl Iterator<Item = &str> {
    value.split(|c: char| !c.is_ascii_alphanumeric()).filter(|token| !token.is_empty())
}

/// Two tokens run together in lower case (`comment`, `list` → `commentlist`), written into
/// `buffer`; `None` when together they are longer than [`MAX_TOKEN_BYTES`].
fn lowered_pair<'b>(first: &str, second: &str, buffer: &'b mut [u8; MAX_TOKEN_BYTES]) -> Option<&'b str> {
    let out = buffer.get_mut(..first.len() + second.len())?;
    for (o, b) in out.iter_mut().zip(first.bytes().chain(second.bytes())) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// A token (ASCII letters and digits) in lower case, written into `buffer` rather than a
/// new string: the segmenter asks this of every class name of every element. `None` for
/// tokens longer than [`MAX_TOKEN_BYTES`].
fn lowered<'b>(token: &str, buffer: &'b mut [u8; MAX_TOKEN_BYTES]) -> Option<&'b str> {
    let out = buffer.get_mut(..token.len())?;
    for (o, b) in out.iter_mut().zip(token.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// What an element's class and id names say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Hint {
    #[default]
    None,
    Content,
    Boilerplate,
}

/// Read the hint from the `class` and `id` attribute values.
pub fn hint(class: Option<&str>, id: Option<&str>) -> Hint {
    hint_of(class, id, false)
}

/// [`hint`] for an element of the given tag. On a paragraph itself, the names of a group of
/// other pages' teasers (`teaser`) say what the paragraph is: the article's lead
/// (`<p class="teaser">` under the headline, as German CMSs write it), not a list of links.
pub fn hint_for(tag: &str, class: Option<&str>, id: Option<&str>) -> Hint {
    hint_of(class, id, tag == "p")
}

/// Tokens that mark a group of other pages' teasers, not a paragraph that carries them.
const GROUP_ONLY_TOKENS: &[&str] = &["teaser", "teasers"];

fn hint_of(class: Option<&str>, id: Option<&str>, paragraph: bool) -> Hint {
    let mut content = false;
    let mut boilerplate = false;
    let mut buffer = [0u8; MAX_TOKEN_BYTES];
    for value in [class, id].into_iter().flatten() {
        for token in tokens(value) {
            let Some(lower) = lowered(token, &mut buffer) else { continue };
            let kinds = kinds_of(lower);
            if paragraph && GROUP_ONLY_TOKENS.contains(&lower) {
                continue;
            }
            if kinds & BOILERPLATE != 0 {
                boilerplate = true;
            } else if kinds & CONTENT != 0 {
                content = true;
            }
        }
    }
    if boilerplate {
        Hint::Boilerplate
    } else if content {
        Hint::Content
    } else {
        Hint::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_teaser_class_marks_a_group_not_the_lead_paragraph() {
        assert_eq!(hint_for("p", Some("teaser"), None), Hint::None);
        assert_eq!(hint_for("p", Some("article-teaser text"), None), Hint::Content);
        // Near misses: a container of teasers, and a paragraph with another boilerplate name.
        assert_eq!(hint_for("div", Some("teaser"), None), Hint::Boilerplate);
        assert_eq!(hint_for("section", Some("teasers"), None), Hint::Boilerplate);
        assert_eq!(hint_for("p", Some("teaser newsletter"), None), Hint::Boilerplate);
    }

    #[test]
    fn reads_whole_tokens_only() {
        assert_eq!(hint(Some("sidebar widget"), None), Hint::Boilerplate);
        assert_eq!(hint(Some("related-posts"), None), Hint::Boilerplate);
        assert_eq!(hint(None, Some("comments")), Hint::Boilerplate);
        assert_eq!(hint(Some("entry-content"), None), Hint::Content);
        assert_eq!(hint(Some("commentary shadow header"), None), Hint::None);
    }

    #[test]
    fn containers_are_named_by_whole_tokens() {
        assert!(is_boilerplate_container(Some("widget-area sidebar"), None));
        assert!(is_boilerplate_container(None, Some("comments")));
        assert!(is_boilerplate_container(Some("related-posts"), None));
        assert!(!is_boilerplate_container(Some("comment-body"), None));
        assert!(is_boilerplate_container(Some("box sf_comment_list"), None));
        assert!(is_boilerplate_container(None, Some("comment-section")));
        assert!(is_comment_section(boilerplate_container_name(Some("comment-list"), None).unwrap_or(u8::MAX)));
        assert!(!is_boilerplate_container(Some("shared-content adsorption"), None));
        // Two tokens that make one name of the list, whatever their separator and case.
        assert!(is_boilerplate_container(Some("box most-read"), None));
        assert!(is_boilerplate_container(None, Some("Share_Bar")));
        assert!(!is_boilerplate_container(Some("most-recent post"), None));
        assert!(!is_boilerplate_container(None, Some("sign-up")));
    }

    #[test]
    fn an_embedded_post_is_not_a_social_bar() {
        assert!(is_boilerplate_container(Some("social-icons"), None));
        assert!(!is_boilerplate_container(Some("social-media-embed"), None));
        assert!(!is_boilerplate_container(Some("social"), Some("tweet-embed")));
        // Embedded or not, a share bar is one.
        assert!(is_boilerplate_container(Some("sharebar-video-embed-container"), None));
    }

    #[test]
    fn long_tokens_and_odd_case_are_read_as_before() {
        assert_eq!(hint(Some("SideBar x"), None), Hint::Boilerplate);
        assert_eq!(hint(Some("sidebarsidebarsidebarsidebar"), None), Hint::None);
        assert_eq!(hint(Some("ÉCOLE--Entry"), None), Hint::Content);
        assert!(is_boilerplate_container(Some("RELATED"), None));
    }

    #[test]
    fn boilerplate_wins_over_content() {
        assert_eq!(hint(Some("post-comments"), None), Hint::Boilerplate);
    }
}
