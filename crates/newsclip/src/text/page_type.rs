//! The kind of page a text export holds — article, forum, product,
//! documentation, service, listing or collection — from what its lines
//! are (story prose, prompts, dates, prices and cart labels, posts and
//! replies, code, repeated records), its headline's words and its address
//! when known, weighed together by a small linear model fitted on the
//! WCXB dev pages' text exports. The HTML path's model
//! ([`crate::metadata::page_type`]) reads markup that a dump no longer
//! has; the two share their title and address features and the kinds.

use std::sync::LazyLock;

use regex::RegexSet;

use super::classify::{Info, Kind};
use crate::metadata::page_type::{address_features, pick, title_features};

/// Most words of a line read as a shop's or a forum's label.
const MAX_LABEL_WORDS: usize = 6;
/// Most words of a line counted as a question (an FAQ's, a thread's).
const MAX_QUESTION_WORDS: usize = 25;

/// Labels on a line of their own that speak for a kind of page, in the
/// order of [`LABEL_KINDS`]:
/// - a shop's buttons and labels: "Add to cart", "Buy now", "In stock",
///   "Sold out", "Quantity", "SKU: 1234", "Free shipping", "Select size";
/// - a forum's marks around its posts: a post's buttons ("Reply", "Quote",
///   "Click to expand..."), a poster's counts ("Joined: Mar 2019",
///   "Posts: 1,204"), a quoted post's label ("Jane said:"), a post's
///   number ("#12"), a thread's ("Thread starter", "Similar threads"), the
///   forum software's links ("New posts", "Search forums", "All activity");
/// - documentation's: "On this page", "Parameters", "Returns", "Syntax",
///   "See also", "Edit this page", "Copy code", "Next topic";
/// - a service's calls: "Contact us", "Get a free quote", "Book a demo",
///   "Why choose us", "Testimonials", "How it works", a phone number;
/// - a listing's or collection's controls: "Read more", "Load more",
///   "Older posts", "Page 2 of 9", "Showing 1–24 of 310 results", "Sort by".
///
/// Most in English, the commonest also in German, French, Spanish,
/// Italian, Portuguese and Dutch. Matched on the line in lower case.
static LABELS: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        r"^(?:add to (?:cart|bag|basket|trolley|wish ?list)|buy (?:it )?now|pre-?order(?: now)?|in stock|out of stock|sold out|only \d+ left(?: in stock)?|quantity|qty|sku|item (?:no|number)|model (?:no|number)|free (?:shipping|delivery|returns)|size (?:guide|chart)|select (?:a )?(?:size|colou?r|option)|choose (?:a )?(?:size|colou?r|option)|in den warenkorb|auf lager|menge|ajouter au panier|en stock|quantité|añadir al carrito|agregar al carrito|cantidad|aggiungi al carrello|disponibile|quantità|adicionar ao carrinho|comprar|quantidade|in winkelwagen|op voorraad|aantal)\b[ .:…!#\d-]*$",
        r"^(?:reply|quote|multi-?quote|report(?: post)?|permalink|click to expand\.*|(?:joined|posts|messages|reaction score|reputation|threads|replies|views|member since|registered|beiträge|registriert|inscrit|mensajes|registrado|messaggi|iscritto)\b\s*:?\s*[\w ,.]*|.{1,40} (?:said|wrote|schrieb|a écrit|escribió|ha scritto):|originally posted by .{1,40}|#\d{1,5}|(?:thread|topic) starter.*|(?:last edited|edited) (?:by|on) .{1,60}|forums?|(?:search|all) forums|new posts|(?:latest|unread|recent) (?:posts|topics|threads)|similar (?:threads|topics)|go to topic listing|all activity|mark (?:forums|all|topics) read|thread tools|members online|start a new (?:thread|topic)|post reply|(?:\d[\d,.]*[km]? )?(?:replies|posts|views)|foren|forum index|index du forum|foros)$",
        r"^(?:on this page|in this (?:article|page|section)|table of contents|contents|edit (?:this page|on github)|view (?:source|on github)|parameters|returns?|return (?:value|type)|arguments|examples?|syntax|see also|prerequisites|installation|usage|options|api reference|reference|copy(?: code)?|copied!?|output|note|warning|tip|important|(?:previous|next) (?:page|topic|chapter|section))[ .:…!]*$",
        r"^(?:contact(?: us)?|get (?:a |your )?(?:free )?(?:quote|estimate|consultation|started)|book (?:now|online|a (?:call|demo|consultation|appointment))|request (?:a )?(?:demo|quote|consultation|callback)|schedule (?:a |your )?(?:call|demo|consultation|appointment|service)|call (?:us|now|today)(?: .{1,30})?|(?:our )?services|why choose us|testimonials|what our (?:clients|customers) say|how it works|pricing|plans(?: (?:&|and) pricing)?|free consultation|service areas?|areas we serve|industries(?: we serve)?|our (?:team|process|work|clients)|\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|kontakt|jetzt anfragen|nous contacter|devis gratuit|contáctanos|contattaci|neem contact op)[ .:…!]*$",
        r"^(?:read more|continue reading|load more|view all|see all|show more|more (?:news|posts|articles|stories)|older (?:posts|entries)|newer (?:posts|entries)|next page|previous page|page \d+ of \d+|showing \d+(?:[-–]\d+)? of [\d,]+(?: results)?|[\d,]+ (?:results|items|products|jobs|events|listings)|sort by|filter(?: by)?|filters|refine|weiterlesen|mehr lesen|lire la suite|leer más|leggi (?:di più|tutto)|lees meer)[ .:…!»›→]*$",
    ])
    .expect("valid regexes")
});

/// What each of [`LABELS`] speaks for.
const LABEL_KINDS: usize = 5;

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
    /// Lines that are one of [`LABELS`], by its kind: shop, forum,
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
            if info.words <= MAX_LABEL_WORDS {
                let key = keys[j].as_str();
                for k in LABELS.matches(key).iter() {
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
    OPENERS.iter().any(|o| t.starts_with(o)) && (t.contains(['(', '=', '.', '/', '_']) || t.starts_with("$ "))
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
    /* address_high       */ [-0.081, -0.307, -0.066, -0.118,  0.641, -0.280,  0.211],
    /* address_share      */ [-0.275, -0.092,  0.088, -0.173,  0.401, -0.183,  0.234],
    /* ages               */ [-0.212,  0.160, -0.012, -0.037, -0.095,  0.254, -0.058],
    /* ages3              */ [-0.268,  0.104,  0.114, -0.059, -0.134,  0.378, -0.134],
    /* authored           */ [ 0.574,  0.046, -0.416, -0.275, -0.544,  0.424,  0.191],
    /* bias               */ [ 0.346, -0.341, -0.327, -0.171, -0.088,  0.508,  0.074],
    /* code               */ [-0.232, -0.118, -0.213,  0.736, -0.012, -0.135, -0.026],
    /* code3              */ [-0.115, -0.140, -0.116,  0.831, -0.175, -0.127, -0.158],
    /* comments           */ [ 0.833, -0.206, -0.140, -0.030, -0.150, -0.197, -0.110],
    /* counts             */ [-0.134,  0.170, -0.024, -0.013, -0.144,  0.174, -0.028],
    /* counts3            */ [-0.378,  0.581, -0.065, -0.068, -0.306,  0.330, -0.094],
    /* dated              */ [ 0.872,  0.028, -0.211, -0.140, -0.132, -0.225, -0.193],
    /* dates              */ [-0.731,  0.485, -0.181, -0.039, -0.202,  0.569,  0.099],
    /* dates5             */ [-0.520,  0.412,  0.033, -0.235, -0.023,  0.335, -0.002],
    /* dates_share        */ [-0.093,  0.030, -0.037, -0.018, -0.047,  0.142,  0.023],
    /* docs               */ [-0.177, -0.153, -0.052,  1.017, -0.373, -0.258, -0.004],
    /* docs3              */ [-0.288, -0.162, -0.089,  0.948, -0.209, -0.107, -0.094],
    /* forum              */ [-0.218,  0.669, -0.085, -0.090, -0.127, -0.062, -0.087],
    /* forum3             */ [-0.200,  1.020,  0.328, -0.197, -0.233, -0.336, -0.383],
    /* listing            */ [ 0.202, -0.100,  0.215, -0.041, -0.285,  0.017, -0.007],
    /* listing3           */ [-0.118, -0.081, -0.003, -0.126, -0.098, -0.046,  0.472],
    /* log_words          */ [ 0.279, -0.396, -0.117,  0.006, -0.184,  0.351,  0.062],
    /* neither            */ [-0.523, -0.433, -0.099,  0.085,  0.242,  0.356,  0.372],
    /* no_story           */ [-0.011,  0.100, -0.145, -0.163, -0.110,  0.065,  0.264],
    /* prices             */ [-0.488, -0.197,  0.483, -0.296, -0.333, -0.222,  1.052],
    /* prices_few         */ [-0.236, -0.319,  1.284, -0.481,  0.183, -0.590,  0.158],
    /* prices_many        */ [-0.419, -0.220,  0.345, -0.298, -0.391, -0.287,  1.269],
    /* prompt_share       */ [ 0.114,  0.053, -0.059, -0.124, -0.093,  0.122, -0.013],
    /* prompts10          */ [-0.212,  0.023,  0.405, -0.539, -0.137,  0.411,  0.050],
    /* prose_share        */ [ 0.843,  0.193, -0.252,  0.092,  0.189, -0.636, -0.430],
    /* prose_words        */ [ 0.414, -0.209, -0.017,  0.086, -0.014, -0.083, -0.178],
    /* questions          */ [ 0.138,  0.458, -0.072, -0.215, -0.091, -0.391,  0.172],
    /* questions5         */ [-0.176,  0.226, -0.003, -0.281,  0.304, -0.039, -0.030],
    /* questions_share    */ [-0.001,  0.059, -0.022, -0.006,  0.035, -0.044, -0.020],
    /* ranks              */ [-0.063,  0.009, -0.068, -0.069, -0.069,  0.251,  0.009],
    /* ranks3             */ [-0.006,  0.117,  0.132, -0.120, -0.176,  0.151, -0.099],
    /* ratings            */ [-0.160, -0.036, -0.044, -0.067, -0.099, -0.036,  0.443],
    /* ratings3           */ [-0.222, -0.074,  0.136, -0.119, -0.177,  0.275,  0.181],
    /* repeated_share     */ [-0.049, -0.127,  0.001, -0.379,  0.224,  0.024,  0.305],
    /* runs               */ [ 0.057, -0.165,  0.255, -0.072,  0.071, -0.119, -0.028],
    /* runs5              */ [-0.000, -0.094,  0.322, -0.040,  0.362, -0.382, -0.168],
    /* service            */ [ 0.550, -0.425, -0.372, -0.175,  1.036, -0.401, -0.214],
    /* service3           */ [ 0.145, -0.607, -0.132, -0.359,  0.774, -0.061,  0.240],
    /* shop               */ [-0.231, -0.081,  0.368, -0.197, -0.308, -0.155,  0.604],
    /* shop_few           */ [-0.446, -0.087,  1.394, -0.229, -0.508, -0.276,  0.151],
    /* shop_many          */ [-0.382, -0.105,  1.103, -0.230, -0.434, -0.175,  0.224],
    /* short_share        */ [ 0.087, -0.368,  0.072,  0.171, -0.255,  0.351, -0.057],
    /* story_long         */ [ 0.237,  0.106, -0.230, -0.003, -0.184,  0.085, -0.011],
    /* story_share        */ [ 0.710,  0.123, -0.375,  0.180,  0.176, -0.434, -0.380],
    /* story_short        */ [-0.252,  0.032, -0.105, -0.135,  0.042,  0.367,  0.051],
    /* story_shorts       */ [-0.444, -0.257,  0.393,  0.180,  0.562, -0.022, -0.411],
    /* story_shorts_share */ [-0.368, -0.342,  0.430, -0.024,  0.718, -0.168, -0.245],
    /* story_words        */ [ 0.407, -0.213, -0.043,  0.119, -0.020, -0.080, -0.169],
    /* t_best             */ [ 0.900, -0.295, -0.308, -0.233, -0.077,  0.083, -0.071],
    /* t_docs             */ [-0.106,  0.069, -0.074,  0.117,  0.132, -0.085, -0.054],
    /* t_how              */ [ 1.088,  0.194, -0.378,  0.185, -0.656, -0.101, -0.332],
    /* t_list             */ [-0.329,  0.188, -0.175, -0.164, -0.111,  0.771, -0.180],
    /* t_none             */ [ 0.000,  0.000,  0.000,  0.000,  0.000,  0.000,  0.000],
    /* t_num              */ [ 0.218,  0.199,  0.487, -0.164, -0.459, -0.203, -0.078],
    /* t_q                */ [-0.057,  0.586, -0.159,  0.127, -0.337, -0.082, -0.077],
    /* t_service          */ [-0.042, -0.238, -0.085, -0.235,  0.708, -0.006, -0.103],
    /* t_shop             */ [-0.271, -0.036, -0.375, -0.071,  0.012,  0.475,  0.267],
    /* title_words        */ [ 0.583,  0.397,  0.210, -0.658, -0.265,  0.223, -0.491],
    /* url_art            */ [ 0.443,  0.111, -0.261, -0.164, -0.043,  0.158, -0.244],
    /* url_art_deep       */ [ 1.019,  0.130, -0.243, -0.147, -0.201, -0.330, -0.227],
    /* url_col            */ [ 0.225, -0.324, -0.469, -0.480, -0.617,  0.479,  1.186],
    /* url_date           */ [ 0.723, -0.162, -0.081, -0.237, -0.090, -0.095, -0.058],
    /* url_depth          */ [-0.052,  0.347,  0.058,  0.570, -0.961, -0.224,  0.261],
    /* url_doc            */ [ 0.308, -0.204, -0.379,  1.184, -0.348, -0.253, -0.307],
    /* url_forum          */ [-0.531,  1.943, -0.114, -0.370, -0.512, -0.495,  0.080],
    /* url_lst            */ [ 0.384, -0.259, -0.187, -0.198, -0.167,  0.699, -0.272],
    /* url_lst_short      */ [-0.036, -0.107, -0.101, -0.110, -0.069,  0.538, -0.115],
    /* url_none           */ [ 0.134, -0.004, -0.016, -0.005, -0.038, -0.054, -0.018],
    /* url_product        */ [-0.472, -0.412,  1.731, -0.192, -0.409, -0.410,  0.164],
    /* url_root           */ [-0.732, -0.010, -0.281, -0.328,  1.061,  0.551, -0.261],
    /* url_ser            */ [-0.112, -0.017, -0.160, -0.232,  0.997, -0.222, -0.256],
    /* url_slug4          */ [ 1.056,  1.015,  0.353, -0.359, -0.698, -0.775, -0.592],
    /* words_short        */ [-0.517,  0.678,  0.337, -0.249, -0.095, -0.081, -0.072],
];
