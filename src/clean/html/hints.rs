//! Class and id names as evidence: `entry-content` and `article-body` point to main
//! text, `sidebar`, `related-posts` and `comments` to boilerplate. Names are cut into
//! tokens at every non-alphanumeric character and compared whole, so that `comment` in
//! `commentary` or `ad` in `header` or `shadow` do not count.

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
const CONTAINER_TOKENS: &[&str] = &[
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

/// Whether the class or id names an element as a container of boilerplate.
pub fn is_boilerplate_container(class: Option<&str>, id: Option<&str>) -> bool {
    [class, id].into_iter().flatten().any(|value| {
        value.split(|c: char| !c.is_ascii_alphanumeric()).any(|token| {
            !token.is_empty() && token.len() <= 24 && CONTAINER_TOKENS.contains(&token.to_ascii_lowercase().as_str())
        })
    })
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
    let mut content = false;
    let mut boilerplate = false;
    for value in [class, id].into_iter().flatten() {
        for token in value.split(|c: char| !c.is_ascii_alphanumeric()) {
            if token.is_empty() || token.len() > 24 {
                continue;
            }
            let lower = token.to_ascii_lowercase();
            if BOILERPLATE_TOKENS.contains(&lower.as_str()) {
                boilerplate = true;
            } else if CONTENT_TOKENS.contains(&lower.as_str()) {
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
        assert!(!is_boilerplate_container(Some("shared-content adsorption"), None));
    }

    #[test]
    fn boilerplate_wins_over_content() {
        assert_eq!(hint(Some("post-comments"), None), Hint::Boilerplate);
    }
}
