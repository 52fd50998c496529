//! Word lists of general forms, in several languages: function words (to
//! tell prose from lists of names and to name the language), calls to
//! action and site labels (recognised by how they open), donation appeals,
//! byline and credit-line openers. Nothing here names one site.

use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::wordtable::WordTable;

/// The languages whose function words are known, as BCP 47 tags.
pub const LANGUAGES: [&str; 7] = ["en", "de", "fr", "es", "it", "pt", "nl"];

/// The commonest short words of each language of [`LANGUAGES`], in order.
const FUNCTION_WORDS: [&[&str]; 7] = [
    &[
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as",
        "he", "she", "be", "at", "by", "this", "had", "not", "are", "but", "from", "or", "have",
        "an", "they", "which", "were", "his", "her", "their", "has", "been", "would", "will",
        "there", "who", "its", "said", "into", "than", "also", "after", "about", "more",
    ],
    &[
        "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für",
        "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus",
        "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch",
        "wie", "einem", "über", "einen", "so", "zum", "war", "haben", "nur", "oder", "aber",
    ],
    &[
        "le", "la", "les", "de", "des", "du", "et", "un", "une", "en", "est", "que", "qui", "dans",
        "pour", "pas", "par", "sur", "au", "aux", "il", "elle", "ne", "se", "ce", "avec", "plus",
        "son", "sa", "ses", "ont", "été", "mais", "comme", "nous", "vous", "leur", "cette", "sont",
    ],
    &[
        "el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "que", "es", "por", "con",
        "para", "no", "se", "lo", "su", "sus", "al", "como", "más", "pero", "fue", "ha", "este",
        "esta", "entre", "sobre", "también", "son", "ya", "muy", "sin", "cuando", "hay",
    ],
    &[
        "il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "delle", "e", "che", "in",
        "un", "una", "per", "con", "non", "è", "si", "da", "al", "alla", "nel", "nella", "sono",
        "ha", "come", "anche", "più", "ma", "questo", "questa", "sul", "sulla", "essere",
    ],
    &[
        "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma", "no",
        "na", "nos", "nas", "para", "com", "não", "por", "se", "mais", "ao", "como", "mas", "foi",
        "é", "ser", "sua", "seu", "também", "pelo", "pela", "está", "são",
    ],
    &[
        "de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "voor", "met",
        "niet", "aan", "er", "die", "om", "ook", "als", "maar", "bij", "door", "naar", "heeft",
        "werd", "wordt", "nog", "dan", "uit", "hij", "zij", "over", "tot", "worden", "deze",
    ],
];

/// Bit of a word's class ([`word_class`]) for an addressing word
/// ([`ADDRESS_WORDS`]): the bits under it are the languages of [`LANGUAGES`].
pub const ADDRESS_BIT: u8 = 1 << LANGUAGES.len();
const _: () = assert!(LANGUAGES.len() < 8, "a language bit and the address bit fit in a byte");

/// Addressing words (we, our, you, your…) whose density marks a site
/// speaking to its readers rather than a story told.
const ADDRESS_WORDS: [&str; 28] = [
    "we", "our", "us", "you", "your", "wir", "unser", "unsere", "sie", "ihr", "ihre", "nous", "notre", "nos", "vous", "votre",
    "nosotros", "nuestro", "nuestra", "noi", "nostro", "nostra", "nós", "nosso", "nossa", "wij", "ons", "onze",
];

/// Each function word with the languages it belongs to, as a bit set over
/// [`LANGUAGES`], and each addressing word with [`ADDRESS_BIT`]: one
/// lookup a word gives both.
static WORD_CLASSES: LazyLock<WordTable<u8>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, u8> = FxHashMap::default();
    for (i, words) in FUNCTION_WORDS.iter().enumerate() {
        for w in words.iter() {
            *map.entry(*w).or_insert(0u8) |= 1 << i;
        }
    }
    for w in ADDRESS_WORDS {
        *map.entry(w).or_insert(0u8) |= ADDRESS_BIT;
    }
    WordTable::new(map)
});

/// A lower-case word's class: the languages (bit set over [`LANGUAGES`])
/// it is a function word of, and [`ADDRESS_BIT`] when it addresses the
/// reader; 0 when neither.
#[inline]
pub fn word_class(lower_word: &str) -> u8 {
    WORD_CLASSES.get(lower_word).unwrap_or(0)
}

/// Bytes of the longest function word: a longer word needs no lookup.
pub const MAX_FUNCTION_WORD_BYTES: usize = 10;

/// The languages (bit set over [`LANGUAGES`]) a lower-case word is a
/// function word of; 0 when none.
pub fn function_word_langs(lower_word: &str) -> u8 {
    word_class(lower_word) & !ADDRESS_BIT
}

/// A short line that opens as a call to action, a prompt or a site label,
/// in English, German, French, Spanish, Italian, Portuguese or Dutch:
/// sign-up, subscription, log-in, sharing, "read more", cookie and
/// notification prompts, comment and advertisement labels.
pub static CALL_TO_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^[\W_]*(?:
        sign\ (?:up|in|me\ up)|log\ ?(?:in|out)|subscribe|unsubscribe|join\ (?:us|our|now|the|thought|today|free)|register(?-u:\b)
        |create\ (?:an\ |your\ )?(?:free\ )?account|follow\ (?:us|@)|share\ (?:this|on|via|the)|share$|shares$|tweet$
        |download\ (?:the|our)|get\ (?:the|our)\ (?:latest|newsletter|app|best)|get\ started|click\ here|tap\ here
        |read\ (?:more|next|also|the\ full)|see\ (?:more|all)|you\ (?:may|might)\ also\ (?:like|enjoy)|load\ more|show\ (?:more|all)|view\ (?:all|more|comments)
        |more\ (?:from|on|stories|news|in)(?-u:\b)|related(?-u:\b)|recommended(?-u:\b)|trending(?-u:\b)|most\ (?:read|popular|viewed)(?-u:\b)
        |please\ (?:refresh|enable|log|sign|subscribe|support|consider|donate|note|try|wait)
        |accept(?-u:\b)|reject\ all|manage\ (?:cookies|preferences|settings)|we\ use\ cookies|this\ (?:site|website)\ uses\ cookies|cookies?\ (?:policy|settings)
        |thank\ (?:you|s)\ for\ (?:registering|subscribing|signing|reading|your\ support|visiting)
        |stay\ (?:up\ to\ date|informed|in\ the\ know)|don't\ miss|never\ miss|advertisement$|advertisement(?-u:\b)|sponsored(?-u:\b)|skip\ to|back\ to\ top
        |(?:previous|prev|next|older|newer)(?:\ (?:post|article|story|page|slide|entries|posts|stories))?(?:\ (?:previous|prev|next))?[\W_]*$
        |print$|print\ (?:this|page|article)|\d+\ min(?:ute)?s?\ read|email$|e-mail$|copy\ link|comments?$|\d+\ comments?$|no\ comments|leave\ a\ (?:comment|reply)|add\ a\ comment|post\ a\ comment|show\ comments
        |support\ (?:us|our|independent|quality)|donate(?-u:\b)|become\ a\ (?:member|subscriber|supporter)|already\ (?:a\ subscriber|have\ an\ account|registered)
        |notifications?(?-u:\b)|allow\ notifications|turn\ on\ notifications|enable\ notifications|continue\ reading|listen\ to\ (?:this|the)\ article
        |(?:image|photo|video)\ (?:source|credit|caption)|enter\ your\ email|your\ email\ address|newsletter(?-u:\b)|privacy\ policy|terms\ (?:of|and)\ 
        |all\ rights\ reserved|copyright(?-u:\b)|©|\(c\)\ \d
        |anmelden|abmelden|abonnieren|jetzt\ (?:abonnieren|anmelden|lesen|registrieren|teilen)|mehr\ (?:lesen|erfahren|zum\ thema)|weiterlesen|teilen$
        |kommentare?(?-u:\b)|registrieren|folgen\ sie|werbung$|anzeige$|zum\ newsletter|alle\ rechte
        |s'abonner|abonnez-vous|inscrivez-vous|connexion|se\ connecter|lire\ (?:la\ suite|aussi|plus)|partager|commentaires?(?-u:\b)|publicité|suivez-nous
        |suscríbete|regístrate|iniciar\ sesión|leer\ más|lee\ también|compartir|comentarios?(?-u:\b)|publicidad|síguenos
        |iscriviti|abbonati|accedi|leggi\ (?:anche|tutto)|condividi|commenti(?-u:\b)|pubblicità|seguici
        |assine|inscreva-se|leia\ (?:mais|também)|compartilhe|comentários|publicidade|siga-nos
        |abonneer|inloggen|lees\ (?:meer|ook)|delen$|reacties|advertentie|volg\ ons
        )",
    )
    .expect("valid regex")
});

/// The label that opens a comment section: "Comments", "12 Comments",
/// "Leave a reply", "Join the conversation", and their like in German,
/// French, Spanish, Italian, Portuguese and Dutch.
pub static COMMENTS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|leave\s+a\s+(?:reply|comment)|join\s+the\s+(?:conversation|discussion)|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties)(?:\s*\(\d+\))?\s*:?$")
        .expect("valid regex")
});

/// The label that heads readers' comments under a story, in the forms
/// that name a section rather than a button: "Comments", "12 Comments",
/// "1 Response", and their like in German, French, Spanish, Italian,
/// Portuguese and Dutch (a bare "Comment" or "Response:" is a button or
/// a term, not a section).
pub static COMMENT_SECTION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:\d+\s+)?(?:comments|responses|kommentare|commentaires|comentarios|commenti|comentários|reacties)|\d+\s+(?:comment|response|kommentar|commentaire|comentario|commento|comentário|reactie))(?:\s*\(\d+\))?\s*:?$")
        .expect("valid regex")
});

/// The label that heads readers' comments by naming the story they
/// answer, as blog engines print it: "59 Comments on “Title”", "3 thoughts
/// on “Title”", "2 responses to “Title”", "12 Kommentare zu „Titel“",
/// "5 réflexions sur « Titre »". The story's title opens in a quotation
/// mark; a count of nought, or no title ("20 replies to this topic"), is
/// not the label.
pub static COMMENT_TITLE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^(?:[1-9]\d*|one|une?|ein|eine|uno|una|um|uma|één|een)\s+(?:comments?|thoughts?|responses?|replies|reply|kommentare?|commentaires?|réflexions?|comentarios?|comentários?|commenti|commento|pensieri|reacties|reactie)\s+(?:on|to|zu|sur|à|en|a|sobre|em|su|op)\s+["“„«‘'‚]"#)
        .expect("valid regex")
});

/// Whether `re`, anchored at the line's start, matches `line`, when its
/// matches open with a non-ASCII character or one of `openers` (lower-case
/// ASCII, case ignored): a line opening with any other ASCII character is
/// ruled out by one byte test, without running the regex. Case folding
/// maps no other ASCII character onto these, only non-ASCII ones (the
/// Kelvin sign onto "k"), and those are handed on.
fn opens_and_matches(re: &Regex, openers: &[u8], line: &str) -> bool {
    match line.as_bytes().first() {
        Some(b) if b.is_ascii() && !openers.contains(&b.to_ascii_lowercase()) => false,
        _ => re.is_match(line),
    }
}

/// First characters of a [`COMMENTS_LABEL`] match.
const COMMENTS_LABEL_OPENERS: &[u8] = b"0123456789crdljk";
/// First characters of a [`COMMENT_SECTION_LABEL`] match.
const COMMENT_SECTION_LABEL_OPENERS: &[u8] = b"0123456789crk";
/// First characters of a [`COMMENT_TITLE_LABEL`] match.
const COMMENT_TITLE_LABEL_OPENERS: &[u8] = b"123456789oue";
/// First characters of a [`COMMENT_FORM_LABEL`] match.
const COMMENT_FORM_LABEL_OPENERS: &[u8] = b"ljpkd";

/// [`COMMENTS_LABEL`] matches the line.
pub fn is_comments_label(line: &str) -> bool {
    opens_and_matches(&COMMENTS_LABEL, COMMENTS_LABEL_OPENERS, line)
}

/// [`COMMENT_SECTION_LABEL`] matches the line.
pub fn is_comment_section_label(line: &str) -> bool {
    opens_and_matches(&COMMENT_SECTION_LABEL, COMMENT_SECTION_LABEL_OPENERS, line)
}

/// [`COMMENT_TITLE_LABEL`] matches the line.
pub fn is_comment_title_label(line: &str) -> bool {
    opens_and_matches(&COMMENT_TITLE_LABEL, COMMENT_TITLE_LABEL_OPENERS, line)
}

/// [`COMMENT_FORM_LABEL`] matches the line.
pub fn is_comment_form_label(line: &str) -> bool {
    opens_and_matches(&COMMENT_FORM_LABEL, COMMENT_FORM_LABEL_OPENERS, line)
}

/// The label of a comment form: "Leave a reply", "Join the discussion",
/// "Kommentar schreiben", "Laisser un commentaire", "Deja un comentario".
pub static COMMENT_FORM_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:leave\s+a\s+(?:reply|comment)|join\s+the\s+(?:conversation|discussion)|post\s+a\s+comment|kommentar\s+schreiben|laisser\s+un\s+commentaire|deja\s+(?:un|tu)\s+comentario|lascia\s+un\s+commento|deixe\s+(?:um|seu)\s+coment[aá]rio)\s*:?$")
        .expect("valid regex")
});

/// What a cookie notice asks of the reader, in the seven languages: its
/// consent, agreement or acceptance, "by continuing / clicking", its
/// settings or the privacy policy. With the word "cookie" and an address
/// to the reader (we, you…), a line of any length is the notice.
pub static COOKIE_CONSENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:consent|agree|accept|by\s+(?:continuing|clicking|using|browsing)|browsing\s+experience|privacy\s+(?:policy|statement|notice)|cookie\s+(?:policy|settings|preferences|statement)|opt[\s-]out|manage\s+(?:cookies|preferences|settings)|zustimm|einverstanden|akzeptier|datenschutz|consentement|accepte|en\s+poursuivant|confidentialit|consentimiento|acepta|al\s+continuar|privacidad|consenso|accett|continuando|consentimento|aceit|ao\s+continuar|toestemming|akkoord|accepteer)",
    )
    .expect("valid regex")
});

/// How a consent banner's cookie table describes a cookie or a category
/// of them: "This cookie is set by…", "Google Tag Manager sets the
/// cookie to…", "Necessary cookies are absolutely essential…".
pub static COOKIE_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:(?:this|the)\s+cookie\s+is\s+(?:set|used)|sets?\s+(?:this|the)\s+cookie|(?:necessary|functional|performance|analytic(?:al|s)?|advertisement|advertising|targeting|marketing|uncategori[sz]ed|preference|statistics?)\s+cookies\s+(?:are|help|ensure|allow|enable|collect|track))",
    )
    .expect("valid regex")
});

/// Whether a line is a cookie notice: it names cookies, asks for the
/// reader's consent (see [`COOKIE_CONSENT`]) and addresses the reader;
/// or it is a line of the banner's table of cookies ([`COOKIE_DESCRIPTION`]).
pub fn is_cookie_notice(line: &str) -> bool {
    let has_cookie = line.contains("ookie") || line.contains("OOKIE");
    has_cookie
        && (COOKIE_CONSENT.is_match(line)
            && line.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.len() <= 8 && is_address_word(&w.to_lowercase())
            })
            || COOKIE_DESCRIPTION.is_match(line))
}

/// Phrases of a site's legal small print (its privacy policy, its cookie
/// table, its copyright line), lower-cased, in the languages of
/// [`LANGUAGES`]: a shop's page prints none of them in its product's copy.
/// Phrases, not bare words: a shop may sell cookies or privacy screens.
const LEGAL_NOTICE_WORDS: [&str; 24] = [
    "cookie policy", "cookies policy", "use cookies", "uses cookies", "use of cookies", "this cookie", "cookie is used",
    "cookies are used", "cookie settings", "cookie preferences", "third-party cookies", "privacy policy", "privacy notice",
    "privacy statement", "your privacy", "personal data", "personal information", "gdpr", "all rights reserved",
    "datenschutz", "données personnelles", "datos personales", "dati personali", "dados pessoais",
];

/// Whether a line, lower-cased (`key`), is of a site's legal small print:
/// it holds a word of [`LEGAL_NOTICE_WORDS`].
pub fn is_legal_notice(key: &str) -> bool {
    LEGAL_NOTICE_WORDS.iter().any(|w| key.contains(w))
}

/// The small print of a form, of any length: the terms its sender
/// accepts ("By entering your email address you agree to our Terms of
/// Use…", "By submitting, you consent to…") and the notice of its spam
/// guard ("This site is protected by reCAPTCHA…", "This field is for
/// validation purposes…"). On wcxb-dev-text such lines kept as story were
/// furniture in 1,815 words, story in 66.
pub static FORM_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:by\s+(?:entering|submitting|signing\s+up|subscribing|clicking|providing|registering|creating\s+an\s+account|checking|tapping)(?-u:\b).{0,200}?(?-u:\b)(?:you|i)\s+(?:agree|consent|accept|acknowledge)|(?:this|the)\s+(?:site|page|form)\s+is\s+protected\s+by\s+recaptcha|this\s+field\s+is\s+for\s+validation\s+purposes)",
    )
    .expect("valid regex")
});

/// The label of an author box under a story: "About the author", "About
/// the writers:", "Über den Autor", "À propos de l'auteur", "Sobre el autor".
pub static AUTHOR_BOX_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:about\s+the\s+(?:authors?|writers?|contributors?)|meet\s+the\s+authors?|author\s+bio|über\s+(?:den\s+autor|die\s+autorin)|à\s+propos\s+de\s+l['’]auteur|sobre\s+(?:el\s+autor|la\s+autora|o\s+autor)|sull['’]autore|over\s+de\s+auteur)\s*:?$")
        .expect("valid regex")
});

/// A label over links to other pieces of the site, on a line of its own:
/// "Related articles", "You may also like", "Read next", "More stories",
/// "Recent posts", and their like in German, French, Spanish, Italian,
/// Portuguese and Dutch.
pub static RELATED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    // Matched against a line in lower case without its leading marks
    // ([`label_text`]): no case folding nor Unicode classes to build.
    Regex::new(r"^(?:related(?: (?:posts?|articles?|stories|content|reading|news|topics|links|guides|resources|items))?|you (?:may|might|will) also (?:like|enjoy|be interested in)|(?:what to )?read next|up next|more (?:articles|stories|news|posts|to read|like this|reading)|recommended(?: (?:for you|reading|articles|stories|posts))?|(?:popular|latest|recent|trending|similar|other) (?:posts|articles|stories|news|reads)|keep reading|ähnliche artikel|mehr zum thema|das könnte sie auch interessieren|weitere artikel|articles similaires|à lire aussi|sur le même sujet|vous aimerez aussi|artículos relacionados|noticias relacionadas|(?:también )?te puede interesar|articoli correlati|potrebbe interessarti|artigos relacionados|veja também|gerelateerde artikelen|meer nieuws)[ .:…!]*$")
        .expect("valid regex")
});

/// A line in lower case with its white space folded, without its leading
/// marks ("— Related", "» Read next"): what the label patterns
/// ([`RELATED_LABEL`], [`SHOP_TAIL_LABEL`], [`STORY_END_LABEL`],
/// [`REVIEW_SECTION_LABEL`], [`FOOTER_LABEL`]) are matched against.
pub fn label_text(lower: &str) -> &str {
    lower.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// A label a shop prints over a product's reviews or over other products,
/// on a line of its own: "Customer reviews", "Reviews (12)", "51
/// reviews", "Recently viewed", "Related products", "Customers also
/// bought", and their like in German, French, Spanish, Italian,
/// Portuguese and Dutch. Matched as [`RELATED_LABEL`] is.
pub static SHOP_TAIL_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:customer |product )reviews?(?: \(\d+\))?|reviews(?: \(\d+\))?|\d[\d,.]* (?:customer )?reviews|ratings (?:&|and) reviews|recently viewed(?: products| items)?|related products|similar (?:products|items)|customers (?:who (?:bought|viewed) this(?: item)? )?also (?:bought|viewed|liked)|frequently bought together|people also (?:bought|viewed)|kundenrezensionen|kundenbewertungen|bewertungen|zuletzt angesehen|ähnliche produkte|avis clients|avis|produits similaires|vus récemment|opiniones|reseñas|productos relacionados|vistos recientemente|recensioni|prodotti correlati|avaliações|produtos relacionados|beoordelingen|recensies|vergelijkbare producten)[ .:…!]*$")
        .expect("valid regex")
});

/// A label where a story's closing furniture begins, on a line of its
/// own: a link to the site's or the author's other pieces ("More from
/// the Gazette", "More by Dana Reyes", "More videos", "From the
/// archive"), a share bar's or an author box's label ("Share this
/// article", "Written by"), a feedback prompt ("Was this page helpful?"),
/// a review note ("How we reviewed this article"), the readers'
/// discussion ("Discussion about this post"). Matched as
/// [`RELATED_LABEL`] is.
pub static STORY_END_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:more (?:from|by) .{1,40}|more videos|from the archives?|discussion about this post|share this (?:article|post|story|page)|written by|was this (?:page|article|post) (?:helpful|useful)\??|how we reviewed this article)[ .:…!]*$")
        .expect("valid regex")
});

/// A label that opens a shop's section of readers' reviews and nothing
/// else, on a line of its own: "Write a review", "Top reviews", "Customer
/// photos", "Based on 120 reviews". Matched as [`RELATED_LABEL`] is.
pub static REVIEW_SECTION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:write a review|top reviews(?: from .{1,30})?|customer (?:photos|images)(?: (?:&|and) videos)?|based on [\d,.]+ reviews?|how customer reviews and ratings work|schreiben sie eine bewertung|(?:é|e)crire un avis|escribir una (?:opinión|reseña)|scrivi una recensione|escreva uma avaliação|schrijf een review)[ .:…!]*$")
        .expect("valid regex")
});

/// A link of a site's footer on a line of its own, where the page's
/// closing furniture begins: "Privacy policy", "Terms of use", "Sitemap",
/// "Careers", "About us", "Newsletter", and their like in German, French,
/// Spanish, Italian, Portuguese and Dutch. Matched as [`RELATED_LABEL`] is.
pub static FOOTER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:privacy(?: policy| notice| statement| cent(?:er|re))?|terms(?: of (?:use|service|sale))?|terms (?:&|and) conditions|site ?map|cookie (?:policy|settings|preferences)|cookies(?: policy)?|imprint|impressum|accessibility(?: statement)?|careers|investors|press|about us|who we are|newsletter|sign in|stay connected|follow us|quick links|shipping (?:&|and) returns|help cent(?:er|re)|find a store|gift cards?|datenschutz(?:erklärung)?|nutzungsbedingungen|agb|über uns|mentions légales|politique de confidentialité|conditions générales(?: de vente| d'utilisation)?|qui sommes-nous|aviso legal|política de privacidad|política de cookies|términos y condiciones|quiénes somos|informativa (?:sulla )?privacy|termini e condizioni|chi siamo|política de privacidade|termos de uso|termos e condições|quem somos|algemene voorwaarden|privacybeleid|over ons)[ .:|·•]*$")
        .expect("valid regex")
});

/// How an author's bio opens: a name of two or three capitalised words
/// (maybe after a title) and "is a", "is the", "has been"… in the seven
/// languages ("Dana Reyes is a reporter who…", "Lea Vogt ist eine…").
/// Whether the first word is a determiner ("The Agency is a club") is
/// told apart by [`is_bio_opening`].
static BIO_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?(\p{Lu}[\w'’.-]+)(?:\s\p{Lu}[\w'’.-]*){1,2},?\s(?:is\s(?:an?|the)|was\san?|has\sbeen|ist\seine?|est\sune?|es\suna?|è\suna?|é\suma?|is\seen)\s")
        .expect("valid regex")
});

/// First words that make a capitalised opening a thing's name, not a
/// person's ("The Agency is…", "Our Team is…").
const NOT_A_NAME: [&str; 16] = ["The", "This", "That", "These", "Our", "Your", "A", "An", "Its", "Their", "Der", "Die", "Das", "Le", "La", "El"];

/// Whether a line opens like an author's bio: a person's name and "is a…".
pub fn is_bio_opening(line: &str) -> bool {
    BIO_OPENING.captures(line).is_some_and(|c| !NOT_A_NAME.contains(&&c[1]))
}

/// Words of a donation or membership appeal.
pub static APPEAL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:your\s+(?:support|donation|contribution|gift)|donat(?:e|ion|ions)|paywalls?|support\s+(?:us|our|independent|quality)|make\s+a\s+(?:gift|donation)|spenden?|unterstützen\s+sie|faites\s+un\s+don|soutenez|donación|apoya|dona\s+ora|sostienici)(?-u:\b)",
    )
    .expect("valid regex")
});

/// Words that ask for a subscription or contribution in an appeal, but
/// name a product's plan or a project's contributors in a story or a
/// page's copy: they mark an appeal only in a line that addresses the
/// reader closely.
pub static WEAK_APPEAL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:contribut(?:e|ion)|subscri(?:be|ption))(?-u:\b)").expect("valid regex")
});

/// Whether a lower-case word is one of the [`ADDRESS_WORDS`].
pub fn is_address_word(lower_word: &str) -> bool {
    word_class(lower_word) & ADDRESS_BIT != 0
}

/// A byline's opening word: "By", "Von", "Par", "Por", "Di", "Door", "Av";
/// also "By" glued to the name it opens ("ByNina Pineda"), as flatteners
/// print a label and a link side by side.
pub static BYLINE_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:(?:(?:this\s+(?:post|article|story)\s+(?:was\s+)?)?written|posted|reported|words|story|text|reviewed|fact[\s-]checked)\s+by|by|von|par|por|di|door|av|från|przez|author|autor|auteur|autore)\s*:?\s+(.+)|(?:(?:written|posted)\s+)?(?-i:[Bb]y(\p{Lu}\p{Ll}.*)))$").expect("valid regex")
});

/// A forum thread's opener: "Thread starter jdoe", "Started by Jane Doe".
pub static THREAD_STARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:thread\s+starter|topic\s+starter|started\s+by|original\s+poster)\s*:?\s*(\S+(?:\s+\S+){0,2})$").expect("valid regex")
});

/// The names part of a line that opens as a byline ([`BYLINE_OPENER`]).
pub fn byline_rest(line: &str) -> Option<&str> {
    let c = BYLINE_OPENER.captures(line)?;
    c.get(1).or_else(|| c.get(2)).map(|m| m.as_str())
}

/// Words that are no part of a person's name, though a flattened page
/// prints them capitalised on a short line by a byline or a date: labels
/// ("Written By", "Last Updated", "Fact Checked", "Table of Contents"),
/// buttons ("Sign In", "Book Now", "Save"), and the function words of
/// headings ("In This Article", "The Problem"). Lower case.
pub fn is_not_name_word(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "the" | "a" | "an" | "of" | "in" | "on" | "at" | "to" | "for" | "with" | "by" | "from" | "this"
            | "that" | "these" | "our" | "your" | "my" | "their" | "its" | "us" | "we" | "you" | "it"
            | "is" | "are" | "or" | "how" | "what" | "why" | "when" | "where" | "which" | "all" | "more"
            | "most" | "new" | "top" | "best" | "now" | "here" | "free" | "sign" | "log" | "login"
            | "share" | "save" | "saved" | "saving" | "print" | "email" | "subscribe" | "contact"
            | "search" | "menu" | "home" | "read" | "view" | "click" | "follow" | "download" | "book"
            | "get" | "find" | "start" | "learn" | "join" | "register" | "shop" | "buy" | "cart" | "order"
            | "reply" | "comment" | "comments" | "related" | "next" | "previous" | "back" | "close"
            | "skip" | "updated" | "update" | "published" | "posted" | "written" | "reviewed" | "checked"
            | "edited" | "last" | "table" | "contents" | "article" | "articles" | "post" | "posts"
            | "blog" | "page" | "section" | "category" | "categories" | "tags" | "topics" | "sponsored"
            | "advertisement" | "press" | "release" | "paper" | "social" | "agencies" | "services"
            | "products" | "type" | "style" | "insight" | "insights" | "problem"
            // Topics and trades that tag a story beside its byline
            // ("Software Engineering", "Video Production"), and the makers
            // a product page names ("… Games", "… Studios").
            | "development" | "engineering" | "tools" | "marketing" | "analytics" | "design" | "designs"
            | "production" | "management" | "consulting" | "strategy" | "software" | "data" | "business"
            | "security" | "technology" | "games" | "studios" | "ltd" | "inc" | "llc" | "gmbh" | "network"
            | "highlights" | "hours" | "link" | "guidelines" | "resources" | "positive" | "negative"
            | "ask" | "question" | "questions" | "image" | "images" | "photo" | "video" | "key" | "takeaways"
            | "course" | "online" | "repair" | "relocation"
    )
}

/// Words that open a block and never end a compound brand name, lower
/// case: a capitalised word glued to the one before it ("Garden TipsHow to
/// prune", "KettlesThese are", "YearBy Jane Doe") starts a new
/// block when it is one of them. English function words of three letters
/// or more, question words, bylines' and datelines' openers; in the other
/// languages only words that no English compound ends in ("RedHat",
/// "LinkedIn" stay whole).
pub fn is_block_opening_word(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "the" | "and" | "that" | "for" | "was" | "with" | "this" | "these" | "those" | "are" | "but"
            | "from" | "have" | "they" | "which" | "were" | "their" | "has" | "been" | "would" | "will"
            | "there" | "its" | "into" | "than" | "also" | "after" | "about" | "how" | "what" | "why"
            | "when" | "where" | "who" | "here" | "our" | "your" | "by" | "posted" | "published"
            | "updated" | "last" | "written" | "wie" | "warum" | "wann" | "diese" | "von" | "veröffentlicht"
            | "comment" | "pourquoi" | "quand" | "publié" | "par" | "cómo" | "qué" | "por" | "cuándo"
            | "dónde" | "publicado" | "perché" | "quando" | "dove" | "pubblicato" | "como" | "onde"
            | "hoe" | "waarom" | "wanneer" | "gepubliceerd"
    )
}

/// Whether a byline names who checked the story rather than who wrote it:
/// "Reviewed by …", "Fact-checked by …", "Medically reviewed by …".
pub fn is_reviewer_line(line: &str) -> bool {
    let head = line.get(..line.len().min(24)).unwrap_or(line).to_ascii_lowercase();
    ["reviewed by", "fact checked by", "fact-checked by", "medically reviewed"].iter().any(|p| head.starts_with(p))
}

/// A closing credit line: "Additional reporting by …", "Reporting by …",
/// "Editing by …", "With agencies", "Mit Material von …".
pub static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:additional|further|extra)\s+reporting\s+by|reporting\s+by|writing\s+by|editing\s+by|edited\s+by|compiled\s+by|with\s+(?:additional\s+)?(?:reporting|agencies|wires)|mit\s+material\s+von|avec\s+(?:l'?afp|agences)|con\s+informaci[oó]n\s+de|\(?with\s+(?:afp|ap|reuters))(?-u:\b)",
    )
    .expect("valid regex")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_small_print_is_told_from_a_shops_own_copy() {
        for line in [
            "we use cookies and similar technologies to remember your cart.",
            "you may ask us for a copy of the personal data that we hold about you.",
            "© 2025 acme outdoor. all rights reserved.",
            "read our privacy policy to learn how we handle your order.",
        ] {
            assert!(is_legal_notice(line), "{line}");
        }
        // A shop may sell cookies, cookie cutters or privacy screens.
        for line in [
            "bake perfect cookies every time with this stainless steel cutter set.",
            "our butter cookies are baked in small batches and shipped the same day.",
            "the privacy screen filter keeps your display hidden from the side.",
        ] {
            assert!(!is_legal_notice(line), "{line}");
        }
    }

    #[test]
    fn comment_labels_open_with_their_listed_characters() {
        let sets: [(&Regex, &[u8], &[&str]); 4] = [
            (&COMMENTS_LABEL, COMMENTS_LABEL_OPENERS, &[
                "Comments", "12 Comments", "Response", "Replies", "Discussion", "Leave a reply", "Join the conversation",
                "Kommentare", "Commentaires", "Comentarios", "Commenti", "Comentários", "Reacties", "Comments (4)",
            ]),
            (&COMMENT_SECTION_LABEL, COMMENT_SECTION_LABEL_OPENERS, &[
                "Comments", "3 Comments", "Responses", "Kommentare", "Commentaires", "Comentarios", "Reacties", "1 Reactie",
                "2 Kommentar", "1 Response:",
            ]),
            (&COMMENT_TITLE_LABEL, COMMENT_TITLE_LABEL_OPENERS, &[
                "3 thoughts on “Rain”", "One comment on \"Rain\"", "Une réflexion sur « Pluie »", "Un commentaire sur « Pluie »",
                "Ein Kommentar zu „Regen“", "Eine Reaktion zu „Regen“", "Uno comentario en «Lluvia»", "Una respuesta a «Lluvia»",
                "Um comentário em “Chuva”", "Uma reply on 'Rain'", "Een reactie op ‘Regen’", "Één reactie op ‘Regen’",
            ]),
            (&COMMENT_FORM_LABEL, COMMENT_FORM_LABEL_OPENERS, &[
                "Leave a Reply", "Join the discussion", "Post a comment", "Kommentar schreiben", "Laisser un commentaire",
                "Deja un comentario", "Lascia un commento", "Deixe um comentário",
            ]),
        ];
        for (re, openers, labels) in sets {
            for label in labels {
                if re.is_match(label) {
                    assert!(opens_and_matches(re, openers, label), "{label}");
                }
                // No other ASCII opening makes a label of the rest.
                let rest = &label[label.chars().next().map_or(0, char::len_utf8)..];
                for c in (0u8..0x80).map(char::from) {
                    let line = format!("{c}{rest}");
                    assert_eq!(opens_and_matches(re, openers, &line), re.is_match(&line), "{line}");
                }
            }
        }
        assert!(is_comments_label("\u{212a}ommentare"), "a Kelvin sign folds to k");
        assert!(!is_comment_section_label("The comments") && !is_comment_title_label("Thoughts on “Rain”"));
    }

    #[test]
    fn calls_to_action_in_several_languages() {
        for line in [
            "Sign up for our newsletter",
            "Join our commenting forum",
            "Please refresh the page",
            "Comments",
            "Jetzt abonnieren",
            "Abonnez-vous à notre lettre",
            "Suscríbete",
            "Leggi anche",
            "Stay up to date with notifications from the site",
            "You might also like",
            "YOU MAY ALSO ENJOY",
            "Previous Next",
            "« Previous post",
            "Next article →",
        ] {
            assert!(CALL_TO_ACTION.is_match(line), "{line}");
        }
        for line in ["Next steps", "Previous winners of the prize", "The council met on Tuesday.", "Joining the army was his dream", "Registered nurses went on strike", "Also, readers wrote in", "You may also recall the vote"] {
            assert!(!CALL_TO_ACTION.is_match(line), "{line}");
        }
    }

    #[test]
    fn cookie_notices_of_any_length() {
        for line in [
            "We use cookies to enhance your browsing experience and provide personalized content. By clicking \"Accept,\" you consent to the use of cookies.",
            "This website uses cookies to improve your experience. By continuing to browse the site you are agreeing to our use of cookies.",
            "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.",
            "cookielawinfo-checkbox-analytics 11 months This cookie is set by GDPR Cookie Consent plugin. It stores the consent for the category.",
            "_gcl_au 3 months Google Tag Manager sets the cookie to experiment advertisement efficiency of websites using their services.",
            "Necessary cookies are absolutely essential for the website to function properly.",
        ] {
            assert!(is_cookie_notice(line), "{line}");
        }
        for line in [
            "The regulator said websites must obtain consent before they set tracking cookies on a visitor's device.",
            "Bake the cookies for twelve minutes, until the edges are golden, and let them cool on a rack.",
            "A server sends a cookie with its response, and the browser returns it with every later request to the same site.",
        ] {
            assert!(!is_cookie_notice(line), "{line}");
        }
    }

    #[test]
    fn a_forms_small_print() {
        for line in [
            "By entering your email address you agree to our Terms of Use and Privacy Policy and consent to receive emails from us.",
            "By submitting, you agree to allow us and our partners to contact you by phone and email.",
            "By subscribing you agree to our Privacy Policy",
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
            "This field is for validation purposes and should be left unchanged.",
        ] {
            assert!(FORM_NOTICE.is_match(line), "{line}");
        }
        for line in [
            "By clicking through the archive, the historian found letters nobody had read since 1921.",
            "By entering the market early, the company secured a lead its rivals never closed.",
            "Readers agree that the site is protected by its community more than by its moderators.",
        ] {
            assert!(!FORM_NOTICE.is_match(line), "{line}");
        }
    }

    #[test]
    fn author_box_labels() {
        for line in ["About the author", "About the Authors:", "Über den Autor", "À propos de l'auteur", "Sobre el autor"] {
            assert!(AUTHOR_BOX_LABEL.is_match(line), "{line}");
        }
        for line in ["About the author of the new law", "Authors", "About us"] {
            assert!(!AUTHOR_BOX_LABEL.is_match(line), "{line}");
        }
    }

    #[test]
    fn related_labels() {
        for line in ["Related Articles", "▸ You may also like:", "Read next", "RECENT POSTS", "Mehr zum Thema", "À lire aussi", "Artículos relacionados"] {
            assert!(RELATED_LABEL.is_match(label_text(&line.to_lowercase())), "{line}");
        }
        for line in ["Related: Council closes the bridge", "Read next week's issue", "More", "Recent changes to the law"] {
            assert!(!RELATED_LABEL.is_match(label_text(&line.to_lowercase())), "{line}");
        }
    }

    #[test]
    fn shop_tail_labels() {
        for line in ["Customer Reviews", "Reviews (12)", "51 reviews", "Recently viewed products", "Customers who bought this item also bought", "Kundenrezensionen", "Produits similaires"] {
            assert!(SHOP_TAIL_LABEL.is_match(label_text(&line.to_lowercase())), "{line}");
        }
        for line in ["Review", "Reviews of the new law", "Customer service", "Recently", "Our product reviews policy explained"] {
            assert!(!SHOP_TAIL_LABEL.is_match(label_text(&line.to_lowercase())), "{line}");
        }
    }

    #[test]
    fn bio_openings() {
        for line in ["Dana Reyes is a reporter who covers the courts.", "Dr. Ann Holt has been a GP since 2001.", "Lea Maria Vogt ist eine Journalistin aus Bremen."] {
            assert!(is_bio_opening(line), "{line}");
        }
        for line in ["The Agency is a student club.", "Dana Reyes said it is a shame.", "Prices rose in May.", "Our Team is a group of six."] {
            assert!(!is_bio_opening(line), "{line}");
        }
    }

    #[test]
    fn function_words_name_languages() {
        assert_eq!(function_word_langs("the"), 1);
        assert!(function_word_langs("de") & (1 << 2) != 0);
        assert_eq!(function_word_langs("council"), 0);
        // One lookup gives the languages and the address bit, kept apart.
        assert!(is_address_word("our") && is_address_word("nós") && is_address_word("nosotros"));
        assert!(!is_address_word("the") && !is_address_word("ourselves") && !is_address_word("o"));
        assert_eq!(word_class("vous") & ADDRESS_BIT, ADDRESS_BIT);
        assert_eq!(function_word_langs("vous") & ADDRESS_BIT, 0);
        assert!(FUNCTION_WORDS.iter().flat_map(|ws| ws.iter()).all(|w| w.len() <= MAX_FUNCTION_WORD_BYTES));
    }
}
