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
        r"^(?:contact(?: us)?|get (?:a |your )?(?:free )?(?:quote|estimate|consultation|started)|book (?:now|online|a (?:call|demo|consultation|appointment))|request (?:a )?(?:demo|quote|consultation|callback)|schedule (?:a |your )?(?:call|demo|consultation|appointment|service)|call (?:us|now|today)(?: .{1,30})?|(?:our )?services|why choose us|testimonials|what our (?:clients|customers) say|how it works|pricing|plans(?: (?:&|and) pricing)?|free consultation|service areas?|areas we serve|industries(?: we serve)?|our (?:team|process|work|clients)|\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|kontakt|jetzt anfragen|nous contacter|devis gratuit|contáctanos|contattaci|neem contact op)[ .:…!?]*$",
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
    // A dotted name ("np.array", "os.path"), not a sentence's full stop.
    let dotted = t.as_bytes().windows(3).any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'.' && w[2].is_ascii_alphabetic());
    OPENERS.iter().any(|o| t.starts_with(o)) && (t.contains(['(', '=', '/', '_']) || dotted || t.starts_with("$ "))
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
    /* address_high       */ [-0.104, -0.423, -0.030, -0.091,  0.636, -0.274,  0.286],
    /* address_share      */ [-0.326, -0.061,  0.061, -0.182,  0.402, -0.174,  0.280],
    /* ages               */ [-0.127,  0.139, -0.068, -0.061, -0.134,  0.349, -0.098],
    /* ages3              */ [-0.184,  0.101,  0.111, -0.088, -0.194,  0.451, -0.198],
    /* authored           */ [ 0.635,  0.073, -0.403, -0.344, -0.574,  0.432,  0.181],
    /* bias               */ [ 0.354, -0.235, -0.311, -0.179, -0.192,  0.478,  0.085],
    /* code               */ [-0.229, -0.112, -0.221,  0.810, -0.024, -0.164, -0.060],
    /* code3              */ [ 0.048, -0.167, -0.080,  0.801, -0.193, -0.176, -0.233],
    /* comments           */ [ 1.034, -0.349, -0.156, -0.017, -0.182, -0.224, -0.105],
    /* counts             */ [-0.138,  0.168, -0.037, -0.030, -0.107,  0.177, -0.033],
    /* counts3            */ [-0.342,  0.607, -0.092, -0.106, -0.273,  0.309, -0.104],
    /* dated              */ [ 0.950,  0.128, -0.241, -0.213, -0.181, -0.227, -0.217],
    /* dates              */ [-0.878,  0.663, -0.232, -0.060, -0.177,  0.580,  0.104],
    /* dates5             */ [-0.524,  0.524, -0.040, -0.290, -0.030,  0.371, -0.011],
    /* dates_share        */ [-0.123,  0.055, -0.044, -0.021, -0.041,  0.154,  0.020],
    /* docs               */ [-0.153, -0.134, -0.085,  1.123, -0.457, -0.297,  0.003],
    /* docs3              */ [-0.373, -0.111, -0.101,  1.098, -0.260, -0.154, -0.099],
    /* forum              */ [-0.334,  0.952, -0.133, -0.114, -0.164, -0.122, -0.085],
    /* forum3             */ [-0.379,  1.390,  0.425, -0.246, -0.303, -0.474, -0.413],
    /* listing            */ [ 0.161, -0.188,  0.191,  0.077, -0.299,  0.041,  0.017],
    /* listing3           */ [-0.032, -0.149, -0.046,  0.013, -0.119, -0.067,  0.401],
    /* log_words          */ [ 0.291, -0.423, -0.150,  0.037, -0.251,  0.378,  0.118],
    /* neither            */ [-0.644, -0.433, -0.077,  0.155,  0.237,  0.353,  0.410],
    /* no_story           */ [-0.064,  0.129, -0.097, -0.200, -0.060,  0.052,  0.241],
    /* prices             */ [-0.545, -0.296,  0.590, -0.308, -0.371, -0.197,  1.128],
    /* prices_few         */ [-0.249, -0.361,  1.416, -0.490,  0.113, -0.610,  0.181],
    /* prices_many        */ [-0.448, -0.336,  0.371, -0.306, -0.416, -0.235,  1.370],
    /* prompt_share       */ [ 0.126,  0.088, -0.071, -0.144, -0.095,  0.122, -0.027],
    /* prompts10          */ [-0.263,  0.063,  0.386, -0.548, -0.139,  0.422,  0.079],
    /* prose_share        */ [ 0.894,  0.273, -0.246,  0.092,  0.173, -0.687, -0.499],
    /* prose_words        */ [ 0.438, -0.183, -0.025,  0.109, -0.059, -0.118, -0.162],
    /* questions          */ [ 0.105,  0.684, -0.074, -0.235, -0.182, -0.451,  0.153],
    /* questions5         */ [-0.208,  0.314,  0.002, -0.328,  0.297, -0.063, -0.013],
    /* questions_share    */ [-0.012,  0.093, -0.029, -0.012,  0.038, -0.050, -0.028],
    /* ranks              */ [-0.128,  0.052, -0.089, -0.075, -0.087,  0.278,  0.049],
    /* ranks3             */ [-0.134,  0.244,  0.241, -0.140, -0.237,  0.116, -0.091],
    /* ratings            */ [-0.152, -0.087, -0.041, -0.076, -0.105, -0.013,  0.474],
    /* ratings3           */ [-0.237, -0.130,  0.144, -0.133, -0.180,  0.317,  0.220],
    /* repeated_share     */ [-0.048, -0.093,  0.019, -0.378,  0.158,  0.015,  0.328],
    /* runs               */ [ 0.042, -0.192,  0.293, -0.054,  0.047, -0.119, -0.018],
    /* runs5              */ [-0.038, -0.165,  0.397, -0.084,  0.387, -0.343, -0.153],
    /* service            */ [ 0.610, -0.454, -0.403, -0.238,  1.118, -0.393, -0.241],
    /* service3           */ [ 0.230, -0.704, -0.134, -0.412,  0.868, -0.043,  0.194],
    /* shop               */ [-0.243, -0.103,  0.427, -0.214, -0.361, -0.157,  0.650],
    /* shop_few           */ [-0.549, -0.101,  1.575, -0.246, -0.545, -0.289,  0.155],
    /* shop_many          */ [-0.414, -0.135,  1.230, -0.247, -0.516, -0.171,  0.253],
    /* short_share        */ [ 0.016, -0.321,  0.120,  0.203, -0.294,  0.301, -0.025],
    /* story_long         */ [ 0.277, -0.057, -0.224,  0.083, -0.174,  0.114, -0.019],
    /* story_share        */ [ 0.750,  0.154, -0.361,  0.200,  0.158, -0.442, -0.457],
    /* story_short        */ [-0.369, -0.007, -0.103, -0.063,  0.127,  0.392,  0.023],
    /* story_shorts       */ [-0.496, -0.269,  0.338,  0.231,  0.638, -0.028, -0.414],
    /* story_shorts_share */ [-0.477, -0.223,  0.468, -0.053,  0.782, -0.203, -0.294],
    /* story_words        */ [ 0.427, -0.199, -0.040,  0.150, -0.070, -0.108, -0.160],
    /* t_best             */ [ 1.042, -0.349, -0.426, -0.278, -0.182,  0.158,  0.036],
    /* t_docs             */ [-0.084,  0.043, -0.098,  0.151,  0.118, -0.085, -0.045],
    /* t_how              */ [ 1.180,  0.283, -0.439,  0.234, -0.751, -0.145, -0.361],
    /* t_list             */ [-0.282,  0.170, -0.220, -0.157, -0.128,  0.855, -0.238],
    /* t_none             */ [ 0.000,  0.000,  0.000,  0.000,  0.000,  0.000,  0.000],
    /* t_num              */ [ 0.268,  0.085,  0.544, -0.226, -0.401, -0.195, -0.075],
    /* t_q                */ [-0.058,  0.819, -0.237,  0.046, -0.320, -0.140, -0.110],
    /* t_service          */ [-0.026, -0.267, -0.141, -0.264,  0.820,  0.005, -0.127],
    /* t_shop             */ [-0.284, -0.050, -0.286, -0.090,  0.053,  0.429,  0.226],
    /* title_words        */ [ 0.799,  0.465,  0.407, -0.819, -0.338,  0.158, -0.672],
    /* url_art            */ [ 0.432,  0.031, -0.189, -0.127, -0.089,  0.104, -0.164],
    /* url_art_deep       */ [ 0.762,  0.048, -0.175, -0.115, -0.165, -0.203, -0.152],
    /* url_col            */ [ 0.116, -0.197, -0.366, -0.321, -0.447,  0.325,  0.891],
    /* url_date           */ [ 0.434, -0.101, -0.046, -0.139, -0.057, -0.059, -0.032],
    /* url_depth          */ [ 0.063,  0.146, -0.013,  0.308, -0.640, -0.075,  0.211],
    /* url_doc            */ [ 0.193, -0.130, -0.248,  0.823, -0.256, -0.184, -0.197],
    /* url_forum          */ [-0.350,  1.223, -0.086, -0.224, -0.323, -0.308,  0.068],
    /* url_lst            */ [ 0.267, -0.179, -0.128, -0.127, -0.127,  0.464, -0.170],
    /* url_lst_short      */ [-0.016, -0.071, -0.074, -0.075, -0.062,  0.376, -0.078],
    /* url_none           */ [ 0.231,  0.233,  0.056,  0.014, -0.396, -0.182,  0.043],
    /* url_product        */ [-0.393, -0.267,  1.325, -0.131, -0.308, -0.283,  0.057],
    /* url_root           */ [-0.560, -0.073, -0.228, -0.223,  0.866,  0.412, -0.194],
    /* url_ser            */ [-0.119, -0.015, -0.108, -0.126,  0.667, -0.139, -0.162],
    /* url_slug4          */ [ 0.872,  0.573,  0.241, -0.264, -0.499, -0.535, -0.388],
    /* words_short        */ [-0.665,  0.789,  0.461, -0.273, -0.080, -0.168, -0.063],
];

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_of(line: &str) -> Vec<usize> {
        LABELS.matches(&line.to_lowercase()).iter().collect()
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
