//! The kind of page a text export holds — article, forum, product,
//! documentation, service, listing or collection — from what its lines
//! are (story prose, prompts, dates, prices and cart labels, posts and
//! replies, code, repeated records), its headline's words and its address
//! when known, weighed together by a small linear model fitted on the
//! WCXB dev pages' text exports. The HTML path's model
//! ([`crate::metadata::page_type`]) reads markup that a dump no longer
//! has; the two share their title and address features and the kinds.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::classify::{Info, Kind};
use crate::metadata::page_type::{address_features, pick, title_features};

/// Most words and bytes of a line read as one of [`LABELS`].
const MAX_LABEL_WORDS: usize = 6;
const MAX_LABEL_BYTES: usize = 80;
/// Most words of a line counted as a question (an FAQ's, a thread's).
const MAX_QUESTION_WORDS: usize = 25;

/// Labels on a line of their own that speak for a kind of page, by kind,
/// in the order of [`Cues::labels`]:
/// - a shop's buttons and labels: "Add to cart", "Buy now", "In stock",
///   "Sold out", "Quantity", "SKU: 1234", "Free shipping", "Select size";
/// - a forum's marks around its posts: a post's buttons ("Reply", "Quote",
///   "Click to expand..."), a poster's counts ("Joined: Mar 2019",
///   "Posts: 1,204"), a thread's ("Thread starter", "Similar threads",
///   "12 replies"), the forum software's links ("New posts", "Search
///   forums", "All activity"); also, by their form ([`label_kind`]), a
///   quoted post's label ("Jane said:") and a post's number ("#12");
/// - documentation's: "On this page", "Parameters", "Returns", "Syntax",
///   "See also", "Edit this page", "Copy code", "Next topic";
/// - a service's calls: "Contact us", "Get a free quote", "Book a demo",
///   "Why choose us", "Testimonials", "How it works"; also a phone number;
/// - a listing's or collection's controls: "Read more", "Load more",
///   "Older posts", "Sort by", "310 results"; also "Page 2 of 9" and
///   "Showing 1–24 of 310 results".
///
/// Most in English, the commonest also in German, French, Spanish,
/// Italian, Portuguese and Dutch. In lower case, looked up whole.
const LABELS: [&[&str]; LABEL_KINDS] = [
    &[
        "add to cart", "add to bag", "add to basket", "add to trolley", "add to wishlist", "add to wish list", "buy now", "buy it now",
        "pre-order", "preorder", "pre-order now", "in stock", "out of stock", "sold out", "quantity", "qty", "sku", "item no",
        "item number", "model no", "model number", "free shipping", "free delivery", "free returns", "size guide", "size chart",
        "select size", "select a size", "select colour", "select color", "select an option", "choose size", "choose a size",
        "choose an option", "in den warenkorb", "auf lager", "menge", "ajouter au panier", "en stock", "quantité", "añadir al carrito",
        "agregar al carrito", "cantidad", "aggiungi al carrello", "disponibile", "quantità", "adicionar ao carrinho", "comprar",
        "quantidade", "in winkelwagen", "op voorraad", "aantal",
    ],
    &[
        "reply", "quote", "multiquote", "multi-quote", "report", "report post", "permalink", "click to expand", "joined", "posts",
        "messages", "reaction score", "reputation", "threads", "replies", "views", "member since", "registered", "beiträge",
        "registriert", "inscrit", "mensajes", "registrado", "messaggi", "iscritto", "forum", "forums", "search forums", "all forums",
        "new posts", "latest posts", "unread posts", "recent posts", "latest topics", "unread topics", "recent topics",
        "latest threads", "similar threads", "similar topics", "go to topic listing", "all activity", "mark forums read",
        "mark all read", "mark topics read", "thread tools", "members online", "start a new thread", "start a new topic",
        "post reply", "thread starter", "topic starter", "last edited", "foren", "forum index", "index du forum", "foros",
    ],
    &[
        "on this page", "in this article", "in this page", "in this section", "table of contents", "contents", "edit this page",
        "edit on github", "view source", "view on github", "parameters", "returns", "return", "return value", "return type",
        "arguments", "example", "examples", "syntax", "see also", "prerequisites", "installation", "usage", "options",
        "api reference", "reference", "copy", "copy code", "copied", "output", "note", "warning", "tip", "important",
        "previous page", "next page", "previous topic", "next topic", "previous chapter", "next chapter", "previous section",
        "next section",
    ],
    &[
        "contact", "contact us", "get a quote", "get a free quote", "get your free quote", "get a free estimate", "get an estimate",
        "get a free consultation", "get started", "book now", "book online", "book a call", "book a demo", "book a consultation",
        "book an appointment", "request a demo", "request a quote", "request a consultation", "request a callback",
        "schedule a call", "schedule a demo", "schedule a consultation", "schedule an appointment", "schedule service",
        "call us", "call now", "call today", "services", "our services", "why choose us", "testimonials", "what our clients say",
        "what our customers say", "how it works", "pricing", "plans", "plans & pricing", "plans and pricing", "free consultation",
        "service area", "service areas", "areas we serve", "industries", "industries we serve", "our team", "our process",
        "our work", "our clients", "kontakt", "jetzt anfragen", "nous contacter", "devis gratuit", "contáctanos", "contattaci",
        "neem contact op",
    ],
    &[
        "read more", "continue reading", "load more", "view all", "see all", "show more", "more news", "more posts",
        "more articles", "more stories", "older posts", "older entries", "newer posts", "newer entries", "sort by", "filter",
        "filter by", "filters", "refine", "results", "items", "products", "jobs", "events", "listings", "weiterlesen", "mehr lesen",
        "lire la suite", "leer más", "leggi di più", "leggi tutto", "lees meer",
    ],
];

/// The kinds [`LABELS`] speak for.
const LABEL_KINDS: usize = 5;
const FORUM: usize = 1;
const SERVICE: usize = 3;
const LISTING: usize = 4;

/// Each label of [`LABELS`] with its kind.
static LABEL_KIND: LazyLock<FxHashMap<&'static str, usize>> =
    LazyLock::new(|| LABELS.iter().enumerate().flat_map(|(k, labels)| labels.iter().map(move |l| (*l, k))).collect());

/// The kind of page a line (in lower case) speaks for as a label of
/// [`LABELS`]: whole once its closing marks are trimmed ("Read more »",
/// "Why choose us?"), or before a colon ("SKU: 10442", "Joined: Mar
/// 2019"), or after a count ("12 replies", "310 results"); or, by its
/// form, a quoted post's label, a post's number, a phone number, a pager.
fn label_kind(key: &str) -> Option<usize> {
    let t = key.trim_end_matches([' ', '.', ':', '…', '!', '?', '»', '›', '→', '#']);
    if let Some(&k) = LABEL_KIND.get(t) {
        return Some(k);
    }
    if let Some((head, _)) = split_at_byte(t, b':') {
        if let Some(&k) = LABEL_KIND.get(head.trim_end()) {
            return Some(k);
        }
    }
    if let Some((count, rest)) = split_at_byte(t, b' ') {
        let number = count.trim_end_matches(['k', 'm']);
        if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
            if let Some(&k) = LABEL_KIND.get(rest) {
                return Some(k);
            }
        }
    }
    let said = ["said", "wrote", "schrieb", "a écrit", "escribió", "ha scritto"];
    if key.ends_with(':') && said.iter().any(|w| t.ends_with(w) && t.len() > w.len() + 1) || t.starts_with("originally posted by ") {
        return Some(FORUM);
    }
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    if t.len() > 1 && t.len() <= 6 && t.starts_with('#') && digits == t.len() - 1 {
        return Some(FORUM);
    }
    // A phone number: ten digits or more, nothing but digits and their
    // separators ("(555) 201-3344", "+44 20 7946 0958").
    if digits >= 10 && t.bytes().all(|b| b.is_ascii_digit() || b" ()+-.".contains(&b)) {
        return Some(SERVICE);
    }
    let pager = |from: &str| t.strip_prefix(from).is_some_and(|r| r.contains(" of ") && r.bytes().any(|b| b.is_ascii_digit()));
    if pager("page ") || pager("showing ") {
        return Some(LISTING);
    }
    None
}

/// What a text export's lines say about its kind of page.
#[derive(Debug, Default, Clone)]
pub struct Cues<'a> {
    /// Lines.
    pub lines: usize,
    /// Words of all lines.
    pub words: usize,
    /// Words of the prose lines.
    pub prose_words: usize,
    /// Words of the story span's prose lines, when there is a story.
    pub story_words: Option<usize>,
    /// Words of the prose lines that address the reader ("we", "our",
    /// "you"): a service's or a shop's copy speaks to its reader, a story
    /// of others.
    pub address_words: usize,
    /// Short lines within the story span (its sub-headings, a
    /// documentation page's many).
    pub story_shorts: usize,
    /// Short lines (headings, labels, menu items).
    pub shorts: usize,
    /// Long lines that are not prose.
    pub runs: usize,
    /// Calls to action, prompts and appeals.
    pub prompts: usize,
    /// Lines printed several times.
    pub repeated: usize,
    /// Lines that are a date.
    pub dates: usize,
    /// Short lines ending in a question mark.
    pub questions: usize,
    /// Lines that read as source code or a shell command.
    pub code: usize,
    /// Lines that are a label of [`LABELS`], by its kind: shop, forum,
    /// documentation, service, listing.
    pub labels: [usize; LABEL_KINDS],
    /// Anchor lines of a listing's records, by kind: prices, ratings,
    /// ages, counts, ranks ([`super::records::Records::anchors`]).
    pub anchors: [usize; 5],
    /// A comment section's label under the story.
    pub comments: bool,
    /// The page has a publication date.
    pub dated: bool,
    /// The page names authors.
    pub authored: bool,
    /// The headline, when one was found.
    pub title: Option<&'a str>,
    /// The page's address, when known.
    pub url: Option<&'a str>,
}

impl<'a> Cues<'a> {
    /// Count the cues of the lines `texts` and their `infos`, the story
    /// span `story` when there is one.
    pub fn count(texts: &[&str], keys: &[String], infos: &[Info], story: Option<(usize, usize)>) -> Self {
        let mut c = Cues { lines: texts.len(), ..Cues::default() };
        for (j, (text, info)) in texts.iter().zip(infos).enumerate() {
            c.words += info.words;
            match info.kind {
                Kind::Prose => {
                    c.prose_words += info.words;
                    c.address_words += info.address;
                }
                Kind::Short => c.shorts += 1,
                Kind::Run => c.runs += 1,
                Kind::Prompt | Kind::Appeal => c.prompts += 1,
                Kind::Repeated => c.repeated += 1,
                Kind::Date => c.dates += 1,
            }
            if info.words <= MAX_QUESTION_WORDS && text.ends_with('?') {
                c.questions += 1;
            }
            if is_code(text) {
                c.code += 1;
            }
            let key = keys[j].as_str();
            if info.words <= MAX_LABEL_WORDS && key.len() <= MAX_LABEL_BYTES {
                if let Some(k) = label_kind(key) {
                    c.labels[k] += 1;
                }
            }
        }
        if let Some((s, e)) = story {
            c.story_words = Some(infos[s..e].iter().filter(|i| i.kind == Kind::Prose).map(|i| i.words).sum());
            c.story_shorts = infos[s..e].iter().filter(|i| i.kind == Kind::Short).count();
        }
        c
    }
}

/// `text` split at the first `sep`, an ASCII byte (`text.split_once(sep)`),
/// found with `memchr`.
fn split_at_byte(text: &str, sep: u8) -> Option<(&str, &str)> {
    let i = memchr::memchr(sep, text.as_bytes())?;
    Some((&text[..i], &text[i + 1..]))
}

/// Whether a line reads as source code or a command: it ends as a
/// statement or a block does (`;`, `{`, `}`, `);`), or opens as a shell
/// prompt, a comment, a declaration or an import.
fn is_code(line: &str) -> bool {
    let t = line.trim_end();
    if t.ends_with(';') && !t.ends_with("&nbsp;") || t.ends_with('{') || t == "}" || t.ends_with("};") {
        return true;
    }
    const OPENERS: [&str; 16] =
        ["$ ", ">>> ", "// ", "# ", "#include", "import ", "from ", "def ", "fn ", "function ", "const ", "let ", "var ", "return ", "pip install", "npm "];
    if !OPENERS.iter().any(|o| t.starts_with(o)) {
        return false;
    }
    // A dotted name ("np.array", "os.path"), not a sentence's full stop.
    let dotted = || t.as_bytes().windows(3).any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'.' && w[2].is_ascii_alphabetic());
    t.starts_with("$ ") || t.contains(['(', '=', '/', '_']) || dotted()
}

/// The features' names, in the order of [`WEIGHTS`].
const FEATURES: [&str; 78] = [
    "address_high", "address_share", "ages", "ages3", "authored", "bias", "code", "code3", "comments", "counts", "counts3",
    "dated", "dates", "dates5", "dates_share", "docs", "docs3", "forum", "forum3", "listing", "listing3", "log_words", "neither",
    "no_story", "prices", "prices_few", "prices_many", "prompt_share", "prompts10", "prose_share", "prose_words", "questions",
    "questions5", "questions_share", "ranks", "ranks3", "ratings", "ratings3", "repeated_share", "runs", "runs5", "service",
    "service3", "shop", "shop_few", "shop_many", "short_share", "story_long", "story_share", "story_short", "story_shorts",
    "story_shorts_share", "story_words", "t_best", "t_docs", "t_how", "t_list", "t_none", "t_num", "t_q", "t_service", "t_shop",
    "title_words", "url_art", "url_art_deep", "url_col", "url_date", "url_depth", "url_doc", "url_forum", "url_lst",
    "url_lst_short", "url_none", "url_product", "url_root", "url_ser", "url_slug4", "words_short",
];
const N_FEATURES: usize = FEATURES.len();

/// What the cues say, one number per feature, most of them 0 or 1.
fn features(c: &Cues) -> [f64; N_FEATURES] {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let frac = |n: usize, cap: usize| n.min(cap) as f64 / cap as f64;
    let share = |n: usize, of: usize| if of == 0 { 0.0 } else { n as f64 / of as f64 };
    let mut f = [0.0; N_FEATURES];
    let mut set = |name: &str, v: f64| {
        if let Some(i) = FEATURES.iter().position(|n| *n == name) {
            f[i] = v;
        }
    };
    let [prices, ratings, ages, counts, ranks] = c.anchors;
    let [shop, forum, docs, service, listing] = c.labels;
    let story = c.story_words.unwrap_or(0);
    set("address_share", share(c.address_words, c.prose_words) * 10.0);
    set("address_high", b(c.address_words * 25 >= c.prose_words && c.prose_words > 0));
    set("story_shorts", frac(c.story_shorts, 30));
    set("story_shorts_share", share(c.story_shorts, story / 30 + 1).min(3.0) / 3.0);
    set("ages", frac(ages, 20));
    set("ages3", b(ages >= 3));
    set("authored", b(c.authored));
    set("bias", 1.0);
    set("code", frac(c.code, 20));
    set("code3", b(c.code >= 3));
    set("comments", b(c.comments));
    set("counts", frac(counts, 20));
    set("counts3", b(counts >= 3));
    set("dated", b(c.dated));
    set("docs", frac(docs, 10));
    set("docs3", b(docs >= 3));
    set("listing", frac(listing, 10));
    set("listing3", b(listing >= 3));
    set("service", frac(service, 10));
    set("service3", b(service >= 3));
    set("dates", frac(c.dates, 20));
    set("dates5", b(c.dates >= 5));
    set("dates_share", share(c.dates, c.lines));
    set("forum", frac(forum, 20));
    set("forum3", b(forum >= 3));
    set("log_words", (c.words.max(10) as f64).log10() / 5.0);
    set("neither", b(!c.dated && !c.authored));
    set("no_story", b(c.story_words.is_none()));
    set("prices", frac(prices, 40));
    set("prices_few", b((1..=5).contains(&prices)));
    set("prices_many", b(prices >= 12));
    set("prompt_share", share(c.prompts, c.lines));
    set("prompts10", b(c.prompts >= 10));
    set("prose_share", share(c.prose_words, c.words));
    set("prose_words", (c.prose_words.max(10) as f64).log10() / 5.0);
    set("questions", frac(c.questions, 20));
    set("questions5", b(c.questions >= 5));
    set("questions_share", share(c.questions, c.lines));
    set("ranks", frac(ranks, 20));
    set("ranks3", b(ranks >= 3));
    set("ratings", frac(ratings, 20));
    set("ratings3", b(ratings >= 3));
    set("repeated_share", share(c.repeated, c.lines));
    set("runs", frac(c.runs, 20));
    set("runs5", b(c.runs >= 5));
    set("shop", frac(shop, 10));
    set("shop_few", b((1..=2).contains(&shop)));
    set("shop_many", b(shop >= 3));
    set("short_share", share(c.shorts, c.lines));
    set("story_long", b(story >= 800));
    set("story_share", share(story, c.words));
    set("story_short", b(c.story_words.is_some() && story < 250));
    set("story_words", (story.max(10) as f64).log10() / 5.0);
    set("words_short", b(c.words < 300));
    match c.title {
        Some(title) => {
            let lower = title.to_lowercase();
            title_features(&lower, &mut set);
            set("title_words", frac(title.split_whitespace().count(), 20));
        }
        None => set("t_none", 1.0),
    }
    match c.url {
        Some(url) => address_features(url, &mut set),
        None => set("url_none", 1.0),
    }
    f
}

/// The model's features for these cues, by name, in the order of its
/// weights: what `scripts/fit-page-type.py --text` fits the weights on.
pub fn named_features(c: &Cues) -> Vec<(&'static str, f64)> {
    FEATURES.iter().copied().zip(features(c)).collect()
}

/// Classify: the kind and a confidence (the model's probability for it).
pub fn classify(c: &Cues) -> (&'static str, f64) {
    pick(&features(c), &WEIGHTS)
}

/// Each feature's weight for each kind, in [`crate::metadata::page_type::KINDS`]
/// order: a multinomial logistic regression fitted on the text exports of
/// WCXB dev by `scripts/fit-page-type.py --text`. Refit them together,
/// never one by hand.
const WEIGHTS: [[f64; 7]; N_FEATURES] = [
    /* address_high       */ [-0.096, -0.426, -0.019, -0.132,  0.637, -0.274,  0.310],
    /* address_share      */ [-0.317, -0.044,  0.051, -0.196,  0.403, -0.176,  0.279],
    /* ages               */ [-0.125,  0.139, -0.066, -0.060, -0.130,  0.336, -0.094],
    /* ages3              */ [-0.179,  0.101,  0.113, -0.086, -0.189,  0.435, -0.195],
    /* authored           */ [ 0.636,  0.086, -0.403, -0.355, -0.565,  0.428,  0.173],
    /* bias               */ [ 0.349, -0.214, -0.329, -0.175, -0.203,  0.496,  0.077],
    /* code               */ [-0.274, -0.133, -0.208,  0.828,  0.001, -0.153, -0.061],
    /* code3              */ [ 0.063, -0.186, -0.074,  0.719, -0.132, -0.162, -0.228],
    /* comments           */ [ 1.056, -0.364, -0.154, -0.018, -0.178, -0.235, -0.107],
    /* counts             */ [-0.132,  0.160, -0.036, -0.032, -0.101,  0.174, -0.033],
    /* counts3            */ [-0.337,  0.599, -0.090, -0.109, -0.261,  0.303, -0.104],
    /* dated              */ [ 0.924,  0.149, -0.247, -0.177, -0.207, -0.230, -0.212],
    /* dates              */ [-0.851,  0.625, -0.234, -0.037, -0.191,  0.580,  0.107],
    /* dates5             */ [-0.527,  0.519, -0.027, -0.285, -0.042,  0.372, -0.010],
    /* dates_share        */ [-0.117,  0.048, -0.044, -0.021, -0.040,  0.154,  0.021],
    /* docs               */ [-0.113, -0.129, -0.110,  1.036, -0.493, -0.305,  0.115],
    /* docs3              */ [-0.369, -0.119, -0.124,  1.173, -0.251, -0.188, -0.121],
    /* forum              */ [-0.316,  0.937, -0.117, -0.102, -0.172, -0.151, -0.077],
    /* forum3             */ [-0.491,  1.361,  0.381, -0.133, -0.322, -0.420, -0.376],
    /* listing            */ [ 0.072, -0.316,  0.219,  0.070, -0.139,  0.101, -0.007],
    /* listing3           */ [ 0.277, -0.304, -0.147, -0.028,  0.080, -0.198,  0.320],
    /* log_words          */ [ 0.284, -0.400, -0.165,  0.035, -0.262,  0.398,  0.110],
    /* neither            */ [-0.643, -0.412, -0.074,  0.120,  0.241,  0.367,  0.400],
    /* no_story           */ [-0.063,  0.126, -0.085, -0.196, -0.077,  0.065,  0.230],
    /* prices             */ [-0.546, -0.290,  0.569, -0.300, -0.396, -0.196,  1.160],
    /* prices_few         */ [-0.266, -0.361,  1.417, -0.475,  0.113, -0.617,  0.189],
    /* prices_many        */ [-0.466, -0.330,  0.385, -0.304, -0.409, -0.236,  1.360],
    /* prompt_share       */ [ 0.131,  0.084, -0.068, -0.145, -0.105,  0.124, -0.020],
    /* prompts10          */ [-0.308,  0.104,  0.398, -0.551, -0.168,  0.446,  0.079],
    /* prose_share        */ [ 0.895,  0.250, -0.247,  0.125,  0.168, -0.705, -0.485],
    /* prose_words        */ [ 0.432, -0.172, -0.035,  0.129, -0.075, -0.114, -0.164],
    /* questions          */ [ 0.145,  0.662, -0.098, -0.231, -0.170, -0.449,  0.142],
    /* questions5         */ [-0.223,  0.329, -0.011, -0.308,  0.280, -0.055, -0.014],
    /* questions_share    */ [-0.009,  0.088, -0.030, -0.011,  0.041, -0.050, -0.028],
    /* ranks              */ [-0.130,  0.061, -0.080, -0.079, -0.086,  0.267,  0.048],
    /* ranks3             */ [-0.125,  0.240,  0.262, -0.146, -0.234,  0.098, -0.094],
    /* ratings            */ [-0.154, -0.084, -0.050, -0.078, -0.103, -0.002,  0.472],
    /* ratings3           */ [-0.250, -0.126,  0.157, -0.138, -0.181,  0.319,  0.218],
    /* repeated_share     */ [-0.055, -0.051,  0.002, -0.388,  0.154,  0.042,  0.296],
    /* runs               */ [ 0.041, -0.175,  0.280, -0.096,  0.062, -0.111, -0.002],
    /* runs5              */ [-0.036, -0.153,  0.404, -0.124,  0.398, -0.353, -0.135],
    /* service            */ [ 0.532, -0.463, -0.456, -0.175,  1.069, -0.350, -0.157],
    /* service3           */ [ 0.169, -0.756,  0.137, -0.348,  0.823, -0.180,  0.154],
    /* shop               */ [-0.263, -0.100,  0.491, -0.213, -0.376, -0.163,  0.626],
    /* shop_few           */ [-0.518, -0.123,  1.637, -0.244, -0.580, -0.336,  0.162],
    /* shop_many          */ [-0.414, -0.120,  1.113, -0.240, -0.497, -0.169,  0.327],
    /* short_share        */ [-0.002, -0.315,  0.119,  0.216, -0.305,  0.300, -0.013],
    /* story_long         */ [ 0.296, -0.067, -0.215,  0.075, -0.169,  0.105, -0.026],
    /* story_share        */ [ 0.758,  0.131, -0.375,  0.220,  0.177, -0.456, -0.455],
    /* story_short        */ [-0.347, -0.008, -0.087, -0.069,  0.118,  0.385,  0.008],
    /* story_shorts       */ [-0.507, -0.261,  0.351,  0.233,  0.641, -0.029, -0.427],
    /* story_shorts_share */ [-0.442, -0.231,  0.482, -0.133,  0.828, -0.208, -0.297],
    /* story_words        */ [ 0.421, -0.188, -0.055,  0.165, -0.076, -0.103, -0.165],
    /* t_best             */ [ 1.040, -0.348, -0.419, -0.288, -0.177,  0.161,  0.030],
    /* t_docs             */ [-0.086,  0.041, -0.095,  0.153,  0.119, -0.082, -0.050],
    /* t_how              */ [ 1.198,  0.300, -0.454,  0.189, -0.722, -0.145, -0.365],
    /* t_list             */ [-0.280,  0.166, -0.213, -0.153, -0.141,  0.853, -0.233],
    /* t_none             */ [ 0.000,  0.000,  0.000,  0.000,  0.000,  0.000,  0.000],
    /* t_num              */ [ 0.264,  0.068,  0.562, -0.206, -0.403, -0.197, -0.089],
    /* t_q                */ [-0.068,  0.849, -0.167, -0.026, -0.329, -0.142, -0.116],
    /* t_service          */ [-0.031, -0.272, -0.144, -0.258,  0.810,  0.009, -0.114],
    /* t_shop             */ [-0.332, -0.001, -0.272, -0.087,  0.049,  0.421,  0.222],
    /* title_words        */ [ 0.817,  0.475,  0.400, -0.840, -0.343,  0.147, -0.655],
    /* url_art            */ [ 0.429,  0.040, -0.189, -0.133, -0.090,  0.105, -0.163],
    /* url_art_deep       */ [ 0.754,  0.057, -0.174, -0.121, -0.167, -0.199, -0.150],
    /* url_col            */ [ 0.105, -0.171, -0.361, -0.316, -0.457,  0.322,  0.879],
    /* url_date           */ [ 0.437, -0.105, -0.046, -0.137, -0.057, -0.061, -0.032],
    /* url_depth          */ [ 0.044,  0.157, -0.017,  0.317, -0.648, -0.065,  0.213],
    /* url_doc            */ [ 0.168, -0.130, -0.242,  0.830, -0.245, -0.182, -0.199],
    /* url_forum          */ [-0.370,  1.237, -0.077, -0.223, -0.324, -0.310,  0.066],
    /* url_lst            */ [ 0.273, -0.179, -0.127, -0.131, -0.131,  0.461, -0.166],
    /* url_lst_short      */ [-0.019, -0.073, -0.074, -0.076, -0.065,  0.383, -0.076],
    /* url_none           */ [ 0.226,  0.239,  0.053,  0.014, -0.396, -0.175,  0.039],
    /* url_product        */ [-0.366, -0.264,  1.335, -0.172, -0.297, -0.282,  0.046],
    /* url_root           */ [-0.554, -0.078, -0.233, -0.229,  0.870,  0.419, -0.196],
    /* url_ser            */ [-0.114, -0.016, -0.120, -0.126,  0.676, -0.130, -0.170],
    /* url_slug4          */ [ 0.887,  0.565,  0.223, -0.259, -0.502, -0.526, -0.389],
    /* words_short        */ [-0.661,  0.768,  0.458, -0.263, -0.060, -0.184, -0.058],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_at_a_byte_is_split_once() {
        for text in ["sku: 10442", "12 replies", "no-sep", "", ":", "a:b:c", "é: x", " lead"] {
            assert_eq!(split_at_byte(text, b':'), text.split_once(':'), "{text}");
            assert_eq!(split_at_byte(text, b' '), text.split_once(' '), "{text}");
        }
    }

    fn kinds_of(line: &str) -> Vec<usize> {
        label_kind(&line.to_lowercase()).into_iter().collect()
    }

    #[test]
    fn labels_speak_for_their_kind() {
        for (line, kind) in [
            ("Add to cart", 0),
            ("In stock", 0),
            ("SKU: 10442", 0),
            ("Ajouter au panier", 0),
            ("Reply", 1),
            ("Joined: Mar 2019", 1),
            ("fernhill said:", 1),
            ("Click to expand...", 1),
            ("#12", 1),
            ("On this page", 2),
            ("Parameters", 2),
            ("See also", 2),
            ("Get a free quote", 3),
            ("Why choose us?", 3),
            ("(555) 201-3344", 3),
            ("Read more »", 4),
            ("Showing 1–24 of 310 results", 4),
            ("Sort by", 4),
        ] {
            assert_eq!(kinds_of(line), vec![kind], "{line}");
        }
        // A story's short lines are none of them.
        for line in ["The council voted", "Reply to the mayor's letter", "Returns rose by 4% in May", "Contacting the dead"] {
            assert!(kinds_of(line).is_empty(), "{line}: {:?}", kinds_of(line));
        }
    }

    #[test]
    fn no_label_speaks_for_two_kinds() {
        let all: usize = LABELS.iter().map(|l| l.len()).sum();
        assert_eq!(LABEL_KIND.len(), all, "a label is listed twice");
        assert!(LABELS.iter().flat_map(|l| l.iter()).all(|l| *l == l.to_lowercase() && l.trim() == *l));
    }

    #[test]
    fn code_lines_are_told_from_prose() {
        for line in ["handle.close();", "for (chunk of handle.chunks()) {", "}", "$ cargo install newsclip", "import numpy.linalg as la", "let x = open(path);"] {
            assert!(is_code(line), "{line}");
        }
        for line in ["The handle is closed when the loop ends.", "Let me explain why.", "From here the road climbs; it is steep", "# 1 in the charts"] {
            assert!(!is_code(line), "{line}");
        }
    }

    #[test]
    fn every_feature_has_its_weights_and_address_features_are_shared() {
        assert_eq!(FEATURES.len(), WEIGHTS.len());
        assert!(FEATURES.windows(2).all(|w| w[0] < w[1]), "FEATURES sorted, as the fit script writes them");
        let c = Cues { url: Some("https://x.org/forum/thread/123"), title: Some("Best rain gauge?"), ..Cues::default() };
        let f = features(&c);
        let on = |name: &str| f[FEATURES.iter().position(|n| *n == name).expect("a feature")];
        assert_eq!((on("url_forum"), on("url_none"), on("t_best"), on("t_q"), on("t_none")), (1.0, 0.0, 1.0, 1.0, 0.0));
        let bare = features(&Cues::default());
        let off = |name: &str| bare[FEATURES.iter().position(|n| *n == name).expect("a feature")];
        assert_eq!((off("url_none"), off("t_none"), off("no_story")), (1.0, 1.0, 1.0));
    }
}
