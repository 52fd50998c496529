//! The words of `class`, `id` and `itemprop` values that metadata looks
//! for (byline, date, price, reply…), found in one case-insensitive pass
//! per value and kept as a bit set.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// The words, in bit order.
const WORDS: [&str; 64] = [
    "byline", "author", "writer", "contributor", "reporter", // 0-4
    "authority", "comment", "avatar", "bio", "image", "photo", "img", // 5-11
    "date", "time", "publish", "posted", "entry-meta", "post-meta", "article-meta", "article__meta", // 12-19
    "timeline", "runtime", "timer", // 20-22
    "price", "add-to-cart", "addtocart", "add_to_cart", "add-to-bag", "buy-now", "buybox", // 23-29
    "reply", "thread", "topic-", "forum", "postbody", "post-body", "message-body", "answer", // 30-37
    "modif", "updat", "related", // 38-40
    // Anywhere in a standfirst's class or id (`dek_attr` then checks the
    // whole word): 41-61.
    "standfirst", "dek", "deck", "subtitle", "subhead", "summary", "lede", "excerpt", "teaser", "strapline", "intro",
    "sapo", "chapo", "chapeau", "bajada", "entradilla", "vorspann", "sub-title", "sub_title", "sub-headline", "subheadline",
    // A clock of the visit, not a date of the page: 62-63.
    "today", "current-date",
];

/// A set of [`WORDS`] found in a value.
pub type Mask = u64;

const fn bits(from: usize, to: usize) -> Mask {
    let mut m = 0;
    let mut i = from;
    while i <= to {
        m |= 1 << i;
        i += 1;
    }
    m
}

const BYLINE: Mask = bits(0, 4);
const NOT_BYLINE: Mask = bits(5, 11);
const DATE: Mask = bits(12, 19) | 1;
const NOT_DATE: Mask = bits(20, 22) | 1 << 6 | CLOCK;
/// Today's date: the visit's, not the page's.
const CLOCK: Mask = bits(62, 63);
const PRICE: Mask = 1 << 23;
const CART: Mask = bits(24, 29);
const POST: Mask = bits(30, 37);
const COMMENT: Mask = 1 << 6;
/// Modified / updated.
pub const UPDATED: Mask = bits(38, 39);
/// A standfirst's word somewhere in the value.
const DEK: Mask = bits(41, 61);

static MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(WORDS)
        .expect("the word list builds")
});

/// The words found in `value`.
pub fn mask(value: &str) -> Mask {
    if value.is_empty() {
        return 0;
    }
    MATCHER.find_overlapping_iter(value).fold(0, |m, hit| m | 1 << hit.pattern().as_usize())
}

/// A value that may name a standfirst (the words are checked whole after).
pub fn dek_hint(m: Mask) -> bool {
    m & DEK != 0
}

/// A byline or author element.
pub fn byline(m: Mask) -> bool {
    m & BYLINE != 0 && m & NOT_BYLINE == 0
}

/// An element that holds a date.
pub fn date(m: Mask) -> bool {
    m & DATE != 0 && m & NOT_DATE == 0
}

/// An element that shows the day of the visit ("todays-date").
pub fn clock(m: Mask) -> bool {
    m & CLOCK != 0
}

/// A price.
pub fn price(m: Mask) -> bool {
    m & PRICE != 0
}

/// An add-to-cart or buy control.
pub fn cart(m: Mask) -> bool {
    m & CART != 0
}

/// A forum post, reply or answer (not a comment).
pub fn post(m: Mask) -> bool {
    m & POST != 0 && m & COMMENT == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_set_their_bits() {
        assert!(byline(mask("article__Byline")));
        assert!(!byline(mask("author-avatar")));
        assert!(date(mask("post-date published")));
        assert!(!date(mask("comment-date")));
        assert!(!date(mask("timeline")));
        assert!(!date(mask("todays-date-custom")) && !date(mask("header current-date")));
        assert!(clock(mask("todays-date-custom")) && !clock(mask("post-date")));
        assert!(price(mask("ProductPrice")) && cart(mask("btn add-to-cart")));
        assert!(post(mask("thread-reply")) && !post(mask("comment-reply")));
        assert!(mask("modified-date") & UPDATED != 0);
        assert_eq!(mask(""), 0);
    }
}
