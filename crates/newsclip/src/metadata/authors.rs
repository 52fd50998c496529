//! Authors: a clean list of people from whatever the page offers — JSON-LD,
//! meta tags, byline elements, a "By …" line near the headline — with news
//! agencies kept apart.
//!
//! Cleaning: "By"/"Words by"/"Von"/"Par"/"Por" prefixes, e-mail addresses,
//! social handles, URLs, dates and what follows them, roles ("Senior
//! Reporter", "Staff Writer") and credentials ("MS", "PhD") are dropped;
//! "and", "&" and commas separate names; names are kept once, in order.

use crate::textutil::fold;

/// Organisations that sign stories: wire services and the words for them.
const AGENCIES: &[&str] = &[
    "reuters", "associated press", "the associated press", "ap", "afp", "agence france-presse",
    "agence france presse", "dpa", "deutsche presse-agentur", "pa", "pa media", "press association",
    "bloomberg", "bloomberg news", "upi", "united press international", "ani", "pti",
    "press trust of india", "ians", "xinhua", "efe", "ansa", "kyodo", "kyodo news", "yonhap",
    "tass", "ria novosti", "anadolu", "anadolu agency", "aap", "australian associated press",
    "cp", "the canadian press", "canadian press", "sda", "apa", "belga", "anp", "europa press",
    "agencies", "agency", "wires", "wire services", "news agencies", "staff and agencies",
    "agencias", "agences", "agenturen",
];

/// Words that name a job, not a person: stripped from the end or start of a name.
const ROLES: &[&str] = &[
    "reporter", "writer", "editor", "correspondent", "contributor", "columnist", "journalist",
    "staff", "senior", "chief", "editorial", "desk", "producer", "photographer", "analyst",
    "intern", "freelance", "freelancer", "associate", "deputy", "executive", "managing",
    "contributing", "political", "business", "sports", "science", "technology", "health",
    "digital", "author", "expert", "specialist", "researcher", "redakteur", "redakteurin",
    "journaliste", "periodista", "redacción", "rédaction", "redaktion", "guest", "special",
    "national", "international", "senior-reporter", "staff-writer", "news", "former", "consultant",
    "sponsored", "lead", "head", "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "vp",
    "director", "manager", "coordinator", "owner", "president", "officer", "reviewer", "attorney",
    "lawyer", "strategist", "designer", "engineer", "scientist", "professor", "advisor", "adviser",
    "content", "tech", "certified", "licensed", "registered", "dietitian", "nutritionist",
    "therapist", "host", "critic", "winemaker", "gardener", "architect",
];

/// Texts that sit in byline boxes without being names.
const NOT_NAMES: &[&str] = &[
    "admin", "administrator", "follow", "share", "view all posts", "posts by", "more by", "about",
    "about the author", "author", "authors", "by", "written by", "guest", "anonymous", "unknown",
    "staff", "editor", "editors", "team", "home", "read more", "view profile", "see all",
    "contact", "email", "twitter", "facebook", "linkedin", "instagram", "published", "updated",
    "the", "a", "an", "posted", "post", "posts", "share this", "on", "in", "last updated", "menu",
    "search", "login", "log in", "sign in", "subscribe", "newsletter", "comments", "comment",
    "undefined", "null", "none", "n/a", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "topic", "reply", "quote",
    // "Browse by Category": what a list is sorted or browsed by.
    "category", "categories", "topics", "date", "type", "region", "brand", "price", "subject",
    "popularity", "relevance", "webmaster", "uncategorized",
    // What is left of "Last Updated: …" once the date is cut.
    "last",
];

/// People and agencies found in one author string.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Names {
    /// People, in order, each once.
    pub people: Vec<String>,
    /// Agencies, in order, each once.
    pub agencies: Vec<String>,
}

impl Names {
    /// Add a name, keeping people and agencies apart and each once.
    pub fn push(&mut self, name: &str) {
        let lower = name.to_lowercase();
        if AGENCIES.contains(&lower.as_str()) {
            if !self.agencies.iter().any(|a| a.eq_ignore_ascii_case(name)) {
                self.agencies.push(name.to_string());
            }
        } else if !self.people.iter().any(|p| p.to_lowercase() == lower) {
            self.people.push(name.to_string());
        }
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.agencies.is_empty()
    }
}

/// Clean an author string (a byline's text, a line near the headline) into names.
pub fn clean(raw: &str) -> Names {
    clean_with(raw, Given::Text)
}

/// Clean the text of a byline element: there "by jsmith42" introduces a
/// user's handle, which [`clean`] would refuse.
pub fn clean_byline(raw: &str) -> Names {
    clean_with(raw, Given::Byline)
}

/// Clean a name the page states in its data (a meta tag, JSON-LD): there a
/// lower-case name or a user handle ("kirstin boatto", "q_admin",
/// "hayley.p") is what the site calls its author, so it is kept.
pub fn clean_given(raw: &str) -> Names {
    clean_with(raw, Given::Data)
}

/// Where an author string comes from, which decides how much a name must
/// look like a person's.
#[derive(Clone, Copy, PartialEq)]
enum Given {
    /// Running text: a capitalised name only.
    Text,
    /// A byline element: also a handle after "By".
    Byline,
    /// The page's data: also any handle.
    Data,
}

fn clean_with(raw: &str, given: Given) -> Names {
    let mut names = Names::default();
    let decoded = raw.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replace("&nbsp;", " ").replace("&#x27;", "'");
    let mut text = fold(&decoded);
    // A date and what follows it is not a name.
    if let Some((_, span)) = crate::dates::find(&text, &crate::dates::Hints { language: None, not_after: Some(i64::MAX / 4) }) {
        text.truncate(span.start);
        // "Jane Woo Monday, February 29, 2016": the date's weekday goes too.
        let kept = text.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        let (head, last) = kept.rsplit_once(char::is_whitespace).unwrap_or(("", kept));
        if crate::dates::weekday(last.trim_end_matches('.')) {
            text.truncate(head.len());
            // Keep the space that ends what is left: " on " still cuts.
            text.push(' ');
        }
    }
    // Cut at the first separator that starts other matter.
    let lower = text.to_lowercase();
    let mut cut = text.len();
    for stop in ["|", "•", "·", "⋅", "»", " — ", " – ", " - ", "\u{a0}-", " on ", " updated", " published", " posted", " last ", " am ", " le ", " el ", " il "] {
        if let Some(i) = lower.find(stop) {
            if i > 0 {
                cut = cut.min(i);
            }
        }
    }
    text.truncate(cut);
    let mut text = format!(" {} ", text.trim());
    // "Ann Lee (with Bo Chan and Cy Dee)", "(avec …)", "(mit …)": the
    // parenthesis names more authors of the same story.
    for open in ["(with ", "(With ", "(avec ", "(Avec ", "(mit ", "(Mit ", "(con ", "(Con ", "(com ", "(Com ", "(met ", "(Met "] {
        if let Some(i) = text.find(open) {
            text.replace_range(i..i + open.len(), AND);
            if let Some(j) = text[i..].find(')') {
                text.remove(i + j);
            }
        }
    }
    for sep in [" and ", " And ", " AND ", " & ", " und ", " et ", " y ", " e ", " og ", " en "] {
        text = text.replace(sep, AND);
    }
    // What follows a job title after a comma is more of the job ("Ann Lee,
    // Writer, Hardware"); a title "of" something runs through "and" too
    // ("Head of Sales and Community").
    let mut tail = Tail::None;
    let mut by_and = false;
    let mut rest = text.as_str();
    loop {
        // After a name, a comma opens either another name or matter about
        // the one before: a job ("Privacy and Digital Security Expert",
        // "Trial Attorney at Morgan & Morgan") or the paper it writes for
        // ("The Commercial Appeal").
        if !by_and && !names.is_empty() {
            let group_end = rest.find([',', ';', '/', '\n']).unwrap_or(rest.len());
            if is_about_the_name(&rest[..group_end]) {
                if group_end == rest.len() {
                    break;
                }
                rest = &rest[group_end + 1..];
                continue;
            }
        }
        let end = rest.find([',', ';', '/', '\n', '\u{1}']).unwrap_or(rest.len());
        let part = &rest[..end];
        if by_and && tail == Tail::Comma {
            tail = Tail::None;
        }
        if tail == Tail::None {
            let (name, role) = clean_one(part, given);
            if let Some(name) = name {
                names.push(&name);
            }
            if role {
                tail = if part.contains(" of ") { Tail::All } else { Tail::Comma };
            }
        }
        if end == rest.len() || names.people.len() + names.agencies.len() >= 12 {
            break;
        }
        by_and = rest[end..].starts_with(AND);
        rest = &rest[end + 1..];
    }
    names
}

/// Whether the matter between two commas after a name is about that name
/// rather than another name: a job title, whole ("Digital Security
/// Expert") or "at"/"for" an employer, a pair of jobs ("Gardener &
/// Astrologer"), or a publication ("The Commercial Appeal").
fn is_about_the_name(group: &str) -> bool {
    let members: Vec<Vec<&str>> = group
        .split(AND)
        .map(|m| m.split_whitespace().filter(|w| !w.is_empty()).collect::<Vec<_>>())
        .filter(|m: &Vec<&str>| !m.is_empty())
        .collect();
    let Some(last) = members.last().and_then(|m| m.last()) else {
        return false;
    };
    if is_role(last) || is_credential(last) {
        return true;
    }
    let employer = members.iter().any(|m| {
        m.windows(2).any(|w| is_role(w[0]) && matches!(w[1], "at" | "for" | "with" | "of" | "bei" | "chez" | "en" | "di"))
    });
    let jobs = members.len() > 1
        && members.iter().any(|m| m.iter().all(|w| is_role(w)))
        && members.iter().all(|m| m.len() == 1 || m.iter().all(|w| is_role(w)));
    let paper = members.len() == 1 && members[0].len() >= 2 && members[0][0] == "The" && !is_group(last);
    employer || jobs || paper
}

/// What " and " and its kin become while an author string is split.
const AND: &str = "\u{1}";

/// Parts of an author string still to skip after a job title.
#[derive(Clone, Copy, PartialEq)]
enum Tail {
    /// None: each part may be a name.
    None,
    /// Up to the next "and".
    Comma,
    /// All the rest.
    All,
}

/// One name: prefixes, handles, roles and credentials dropped; `None` when
/// what is left does not look like a name. The flag tells whether the
/// part held a job title (other than a group's: "Podium Staff").
fn clean_one(part: &str, given: Given) -> (Option<String>, bool) {
    let mut role = false;
    let name = clean_one_inner(part, given, &mut role);
    (name, role)
}

fn clean_one_inner(part: &str, given: Given, role: &mut bool) -> Option<String> {
    let mut p = part.trim().trim_matches(|c: char| matches!(c, ':' | '.' | '-' | '(' | '"' | '\'' | '“' | '”')).trim();
    // A closing bracket stays when it closes one in the name: "Ann Lee (AL)".
    if p.ends_with(')') && p.matches('(').count() < p.matches(')').count() || p.starts_with(')') {
        p = p.trim_matches(')').trim();
    }
    let whole = p;
    loop {
        let before = p;
        for prefix in ["read more about", "more about", "written by", "words by", "posted by", "post by", "authored by", "author:", "author", "authors:", "reviewed by", "text by", "story by", "report by", "by", "von", "par", "por", "door", "di", "av", "autor", "auteur", "autore"] {
            if p.get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix))
                && p[prefix.len()..].starts_with([' ', ':', '\u{a0}'])
            {
                p = p[prefix.len()..].trim_start_matches([' ', ':', '\u{a0}']);
            }
        }
        if p == before {
            break;
        }
    }
    // "Recipe by Ann Lee", "View all posts by Ann Lee": a label ending in
    // "by"; but "Ann Lee Edited by Bo Chan" names an editor after the author.
    let lower = p.to_lowercase();
    if let Some(i) = lower.find(" by ").or_else(|| lower.find(" by:")).filter(|i| p[..*i].split_whitespace().count() <= 4) {
        let label_end = lower[..i].rsplit(' ').next().unwrap_or("");
        if matches!(label_end, "edited" | "reviewed" | "checked" | "fact-checked" | "illustrated" | "photographed" | "photos" | "updated" | "produced") {
            p = p[..i].trim_end();
            p = p[..p.len() - label_end.len()].trim_end();
        } else {
            p = p[i + 4..].trim_start_matches([' ', ':', '\u{a0}']);
        }
    }
    if NOT_NAMES.contains(&p.to_lowercase().as_str()) {
        return None;
    }
    let words: Vec<&str> = p
        .split_whitespace()
        .filter(|w| !w.contains('@') && !w.starts_with("http") && !w.contains("www."))
        .collect();
    let mut words: Vec<&str> = words;
    // "CM Craig McCarthy": an avatar's initials before the name.
    if words.len() >= 3 && words[0].len() <= 3 && words[0].chars().all(|c| c.is_ascii_uppercase()) {
        let initials: String = words[1..].iter().filter_map(|w| w.chars().next()).collect();
        if initials.starts_with(words[0]) {
            words.remove(0);
        }
    }
    // A group's byline keeps its words: "Podium Staff", "The Diggs Team",
    // "SFist Contributor", "Community Editor".
    // In a name written all in capitals ("GILLIAN MOHNEY") a short word
    // in capitals is part of the name, not a credential, unless it is one
    // of the degrees spelled out in `is_degree`.
    let shouting = words.len() >= 2 && words.iter().all(|w| !w.chars().any(char::is_lowercase)) && words.iter().any(|w| w.chars().any(char::is_alphabetic));
    let credential = |w: &str| if shouting { is_degree(w) } else { is_credential(w) };
    let group = words.last().is_some_and(|w| is_group(w))
        || words.len() == 2 && words.last().is_some_and(|w| matches!(w.to_lowercase().as_str(), "contributor" | "editor" | "editors"));
    if !group {
        *role = words.iter().any(|w| is_role(w));
        // "Keith Barry Senior Autos Reporter": a job title after a name of
        // two capitalised words or more ends it.
        let named = |ws: &[&str]| ws.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_role(w));
        if let Some(i) = (2..words.len()).find(|&i| is_role(words[i]) && named(&words[..i])) {
            words.truncate(i);
        }
        while words.last().is_some_and(|w| is_role(w) || credential(w)) && words.len() > 1 {
            words.pop();
        }
    }
    while words.first().is_some_and(|w| is_role(w)) && words.len() > 2 {
        words.remove(0);
    }
    if words.iter().all(|w| is_role(w) || credential(w)) {
        return None;
    }
    let name = words.join(" ");
    let name = name.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | '-' | '|')).trim();
    let introduced = p.len() < whole.len();
    let ok = plausible(name)
        || match given {
            Given::Text => false,
            // "by jsmith42": a handle the byline itself introduces.
            Given::Byline => introduced && !name.contains(' ') && plausible_handle(name),
            Given::Data => plausible_handle(name),
        };
    ok.then(|| name.to_string())
}

/// Words that end the name of a group of writers: "Staff", "Desk", "Team".
fn is_group(w: &str) -> bool {
    matches!(w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str(), "staff" | "desk" | "team" | "newsroom" | "redaktion" | "rédaction" | "redacción")
}

fn is_role(w: &str) -> bool {
    let l = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    ROLES.contains(&l.as_str())
}

/// "MS", "RD", "PhD", "E-RYT", "M.D.": a degree or credential.
fn is_credential(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphanumeric()).collect();
    !letters.is_empty()
        && letters.len() <= 6
        && letters.len() >= 2
        && (letters.iter().all(|c| c.is_uppercase() || c.is_ascii_digit()) || is_degree(w))
}

/// "PhD", "MBA", "Jr.": a degree or suffix known by name, whatever its case.
fn is_degree(w: &str) -> bool {
    let letters: String = w.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    matches!(letters.as_str(), "phd" | "msc" | "bsc" | "mph" | "jr" | "sr" | "mba" | "md" | "rn" | "dds")
}

/// Whether a cleaned string looks like a name: 1 to 6 words, no digits,
/// a capital (or a script without case) at the start, not a label.
pub fn plausible(name: &str) -> bool {
    let words = name.split_whitespace().count();
    if name.is_empty() || name.chars().count() > 60 || words > 6 {
        return false;
    }
    if name.chars().any(|c| c.is_ascii_digit()) || name.contains(['<', '>', '{', '}', '=', '?', '!', '©']) {
        return false;
    }
    let lower = name.to_lowercase();
    if NOT_NAMES.contains(&lower.as_str()) {
        return false;
    }
    // A month or weekday alone is a date's remains.
    if words == 1 && crate::dates::find(&format!("1 {name} 2000"), &crate::dates::Hints { language: None, not_after: Some(i64::MAX / 4) }).is_some() {
        return false;
    }
    let first = name.chars().next().unwrap_or(' ');
    if first.is_lowercase() {
        // "ann lee" is rare; handles and slugs are common.
        return false;
    }
    // Sentences are not names: many lower-case words.
    let lower_words = name.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_lowercase)).count();
    lower_words * 2 < words.max(1) + 1 || words <= 2 && lower_words == 0
}

/// Whether a name given in the page's data looks like a person's or a
/// user's name even though [`plausible`] refuses it: up to three words of
/// letters, digits and `._-'`, not all digits, not a label.
pub fn plausible_handle(name: &str) -> bool {
    let words = name.split_whitespace().count();
    if name.is_empty() || name.chars().count() > 40 || words > 3 {
        return false;
    }
    if !name.chars().all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '.' | '_' | '-' | '\'')) {
        return false;
    }
    if !name.chars().any(char::is_alphabetic) || NOT_NAMES.contains(&name.to_lowercase().as_str()) {
        return false;
    }
    // A handle is one word; a name of two or three is all lower case.
    words == 1 || !name.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(s: &str) -> Vec<String> {
        clean(s).people
    }

    #[test]
    fn a_parenthesis_with_more_authors_names_them() {
        assert_eq!(
            people("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)"),
            ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]
        );
        assert_eq!(people("By Ann Lee (with Bo Chan)"), ["Ann Lee", "Bo Chan"]);
        assert_eq!(people("Von Anna Berg (mit Jonas Klein und Eva Roth)"), ["Anna Berg", "Jonas Klein", "Eva Roth"]);
    }

    #[test]
    fn a_name_in_capitals_keeps_its_short_words() {
        assert_eq!(people("By GILLIAN MOHNEY March 11, 2015 3:46 PM"), ["GILLIAN MOHNEY"]);
        assert_eq!(people("By ANN LEE"), ["ANN LEE"]);
        // Written in mixed case, capitals after the name are a credential.
        assert_eq!(people("Ann Lee, RDN"), ["Ann Lee"]);
        assert_eq!(people("ANN LEE PHD"), ["ANN LEE"]);
        // One word in capitals is still an acronym, not a name.
        assert!(people("By CDC").is_empty());
    }

    #[test]
    fn the_weekday_of_a_date_after_the_name_goes_with_it() {
        assert_eq!(people("Jane Woo Monday, February 29, 2016 @ 11:10 PM UTC"), ["Jane Woo"]);
        assert_eq!(people("By Jane Woo Fri. 3 May 2024"), ["Jane Woo"]);
        assert_eq!(people("Von Jana Wolf Dienstag, 4. Juni 2024"), ["Jana Wolf"]);
        assert_eq!(clean_byline("Posted by jwoo on Monday December 15, 2025 @10:20PM").people, ["jwoo"]);
    }

    #[test]
    fn bylines_become_names() {
        assert_eq!(people("By Ann Lee"), vec!["Ann Lee"]);
        assert_eq!(people("By Ann Lee and Bo Chan"), vec!["Ann Lee", "Bo Chan"]);
        assert_eq!(people("Ann Lee, Senior Reporter"), vec!["Ann Lee"]);
        assert_eq!(people("Ann Lee Staff Writer"), vec!["Ann Lee"]);
        assert_eq!(people("Holly Wilgus, E-RYT 200"), vec!["Holly Wilgus"]);
        assert_eq!(people("Dylan Bailey, MS, RD, FAND"), vec!["Dylan Bailey"]);
        assert_eq!(people("By Ann Lee | March 3, 2024"), vec!["Ann Lee"]);
        assert_eq!(people("Ann Lee ann.lee@example.com @annlee"), vec!["Ann Lee"]);
        assert_eq!(people("Von Anna Schmidt und Jonas Weber"), vec!["Anna Schmidt", "Jonas Weber"]);
        assert_eq!(people("Par Sébastien Farcis"), vec!["Sébastien Farcis"]);
        assert_eq!(people("Ann Lee, Ann Lee"), vec!["Ann Lee"]);
        assert!(people("Follow").is_empty());
        assert!(people("Click here to read the full story now").is_empty());
    }

    #[test]
    fn titles_labels_and_initials_are_not_names() {
        assert_eq!(people("Keith Barry Senior Autos Reporter"), vec!["Keith Barry"]);
        assert_eq!(people("Mateusz Haberny Founder at Oakywood"), vec!["Mateusz Haberny"]);
        assert_eq!(people("Matthew Richardson ⋅ Review Editor ⋅"), vec!["Matthew Richardson"]);
        assert_eq!(people("Recipe by PJ Hamel"), vec!["PJ Hamel"]);
        assert_eq!(people("View all posts by Ray Ansari"), vec!["Ray Ansari"]);
        assert_eq!(people("CM Craig McCarthy"), vec!["Craig McCarthy"]);
        assert_eq!(people("Written by Rob Ewaschuk Edited by Betsy Beyer"), vec!["Rob Ewaschuk"]);
        assert!(people("About the Author").is_empty());
    }

    #[test]
    fn what_follows_a_job_title_is_not_a_name() {
        assert_eq!(people("Ann Lee Writer, Gadgets"), vec!["Ann Lee"]);
        assert_eq!(people("Staff Writer, Northfield Gazette"), Vec::<String>::new());
        assert_eq!(people("Ann Lee, Head of Sales and Community Outreach"), vec!["Ann Lee"]);
        // "and" starts another name after a plain title.
        assert_eq!(people("Ann Lee, Senior Reporter, and Bo Chan, Staff Writer"), vec!["Ann Lee", "Bo Chan"]);
        assert_eq!(people("Ann Lee, Bo Chan"), vec!["Ann Lee", "Bo Chan"]);
        assert_eq!(people("Ann Lee, Privacy and Digital Security Expert"), vec!["Ann Lee"]);
        assert_eq!(people("Ann Lee\nRN, BSN, Certified Pediatric Sleep Consultant"), vec!["Ann Lee"]);
        assert_eq!(people("By Ann Lee\nCo-founder and Chief Architect"), vec!["Ann Lee"]);
        assert_eq!(people("Ann Lee, Gardener & Astrologer"), vec!["Ann Lee"]);
        assert_eq!(people("Reviewed by Ann Lee, Trial Attorney at Morgan & Morgan"), vec!["Ann Lee"]);
        assert_eq!(people("Ann Lee and Bo Chan, The Northfield Gazette"), vec!["Ann Lee", "Bo Chan"]);
        assert_eq!(people("Ann Lee, The Diggs Team"), vec!["Ann Lee", "The Diggs Team"]);
    }

    #[test]
    fn labels_and_notices_are_not_names() {
        assert!(people("By Category").is_empty());
        assert!(clean_byline("Last Updated: January 7, 2025").people.is_empty());
        assert!(clean_byline("Last Updated:").people.is_empty());
        assert!(people("The Northfield University © 2025").is_empty());
        assert_eq!(people("Read more about The Diggs Team"), vec!["The Diggs Team"]);
        assert_eq!(clean_given("Ann Lee (Annie)").people, vec!["Ann Lee (Annie)"]);
        assert_eq!(clean_given("(Ann Lee)").people, vec!["Ann Lee"]);
    }

    #[test]
    fn group_bylines_keep_their_last_word() {
        assert_eq!(people("Podium Staff"), vec!["Podium Staff"]);
        assert_eq!(people("The Diggs Team"), vec!["The Diggs Team"]);
        assert_eq!(people("TOI Lifestyle Desk"), vec!["TOI Lifestyle Desk"]);
        assert_eq!(people("SFist Contributor"), vec!["SFist Contributor"]);
    }

    #[test]
    fn handles_count_where_the_page_gives_them() {
        assert_eq!(clean_given("kirstin boatto").people, vec!["kirstin boatto"]);
        assert_eq!(clean_given("q_admin").people, vec!["q_admin"]);
        assert!(clean_given("undefined").people.is_empty());
        assert!(clean("q_admin").people.is_empty());
        assert_eq!(clean_byline("Post by ledgerfox » Sat Feb 24, 2024").people, vec!["ledgerfox"]);
        assert!(clean_byline("by detecting changes").people.is_empty());
        assert!(clean("by ledgerfox").people.is_empty());
    }

    #[test]
    fn a_handle_in_parentheses_keeps_its_closing_one() {
        assert_eq!(clean("Ann Lee (annlee)").people, vec!["Ann Lee (annlee)"]);
        assert_eq!(clean("By Ann Lee (annlee)").people, vec!["Ann Lee (annlee)"]);
        // A stray closing parenthesis still goes.
        assert_eq!(clean("Ann Lee)").people, vec!["Ann Lee"]);
    }

    #[test]
    fn agencies_are_kept_apart() {
        let n = clean("Ann Lee and Reuters");
        assert_eq!(n.people, vec!["Ann Lee"]);
        assert_eq!(n.agencies, vec!["Reuters"]);
        let n = clean("Associated Press");
        assert!(n.people.is_empty());
        assert_eq!(n.agencies, vec!["Associated Press"]);
    }
}
