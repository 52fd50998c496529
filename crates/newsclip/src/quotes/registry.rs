//! What the story has said so far about who is who: the people named (in
//! their fullest form), the roles they were named with, the documents cited
//! with their authors; resolves names, pronouns, role nouns and documents
//! to the nearest fitting earlier mention.

use super::phrases::{Gender, Np};

/// A person the story names.
#[derive(Debug, Clone)]
pub struct Person {
    /// The fullest form seen ("Vladimir Putin").
    pub full: String,
    /// The last word of the name, lower case: links "Mr Putin".
    pub last: String,
    /// The name's words, lower case.
    words: Vec<String>,
    /// When it was last mentioned (a count of mentions).
    seen: usize,
    /// From an honorific, when one was used.
    pub gender: Option<Gender>,
    /// Named with a title, role or honorific, or quoted: surely a person.
    pub evidence: bool,
}

/// A document the story cites ("a draft statement seen by Reuters").
#[derive(Debug, Clone)]
pub struct Document {
    /// Its words ("draft", "statement").
    pub words: Vec<String>,
    /// Who issued it, when the sentence says.
    pub author: Option<String>,
    /// The outlet that carried it.
    pub via: Option<String>,
}

/// The story's entities, in the order they were met.
#[derive(Debug, Default)]
pub struct Registry {
    /// The people.
    pub people: Vec<Person>,
    /// Role bindings: role words → person, in story order.
    roles: Vec<(String, usize)>,
    /// Person mentions in story order: (person, as a subject or speaker).
    mentions: Vec<(usize, bool)>,
    /// Documents cited.
    pub documents: Vec<Document>,
    /// Last organisation or document that spoke (for "it said").
    last_body: Option<String>,
    /// Organisation names met, the latest last (each once).
    orgs: Vec<String>,
    /// Lone capitalised words met inside a sentence, lower case (each once).
    proper_words: Vec<String>,
    /// Short forms given in brackets after a name: (short, full).
    aliases: Vec<(String, String)>,
}

/// Role nouns of people who speak for an organisation: "a TikTok
/// representative" speaks for TikTok.
const SPEAKS_FOR: [&str; 7] = ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "representatives", "official"];

/// The speaker of a role no named person holds: the organisation it speaks
/// for when the role names one ("a Google spokesperson" → "Google"), else
/// nobody (an empty name: "the source", "one researcher" are anonymous).
fn unnamed_role_speaker(text: &str, head: &str) -> String {
    if !SPEAKS_FOR.contains(&head) {
        return String::new();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let modifiers = &words[..words.len().saturating_sub(1)];
    if !modifiers.is_empty() && modifiers.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        return modifiers.join(" ").trim_end_matches("’s").trim_end_matches("'s").to_string();
    }
    String::new()
}

/// Whether a name looks like a person's, not an outlet's or a body's.
fn person_like(name: &str, ws: &[String], lex: &super::lexicon::Lexicon) -> bool {
    // One lookup a word: the sets' bits in the word's mask.
    let org = |w: &String| {
        let m = lex.mask(w);
        lex.outlet_name_words.in_mask(m) || lex.bodies.in_mask(m) || lex.outlet_words.in_mask(m)
    };
    !ws.is_empty()
        && !name.chars().any(|c| c.is_ascii_digit())
        && !ws.iter().any(org)
        && !name.split_whitespace().any(|w| w.chars().count() > 1 && w.chars().all(|c| c.is_uppercase()))
}

impl Registry {
    /// Whether a one-word name was met before as a person's or an
    /// organisation's (case aside).
    pub fn knows(&self, name: &str) -> bool {
        let lower = name.to_lowercase();
        self.proper_words.contains(&lower)
            || self.people.iter().any(|p| p.words.contains(&lower))
            || self.orgs.iter().any(|o| o.split_whitespace().any(|w| w.to_lowercase() == lower))
    }

    /// Record a short form given after a name ("… of Building (CIOB)").
    pub fn alias(&mut self, short: &str, full: &str) {
        if short != full && !self.aliases.iter().any(|(s, _)| s == short) {
            self.aliases.push((short.to_string(), full.to_string()));
        }
    }

    /// The full name a short form stands for.
    pub fn full_name(&self, short: &str) -> Option<&str> {
        self.aliases.iter().find(|(s, _)| s == short).map(|(_, f)| f.as_str())
    }

    /// Whether a name is a person's the story named (any of its words).
    pub fn is_person(&self, name: &str) -> bool {
        name.split_whitespace().any(|w| {
            let lower = w.to_lowercase();
            self.people.iter().any(|p| p.words.contains(&lower))
        })
    }

    /// Record a name seen in the text; gives the person's index, if it is one.
    /// `subject` when the name is a clause's subject, `speaker` when it is
    /// quoted (evidence that it names a person).
    pub fn see_name(&mut self, np: &Np, subject: bool, speaker: bool, lex: &super::lexicon::Lexicon) -> Option<usize> {
        let Np::Name { name, words, role, gender, titled } = np else { return None };
        let ws: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        if !person_like(name, &ws, lex) {
            if ws.iter().any(|w| lex.bodies.has(w)) || *words >= 2 {
                self.orgs.retain(|o| o != name);
                self.orgs.push(name.clone());
            }
            return None;
        }
        let last = ws.last()?.clone();
        let evidence = *titled || role.is_some() || speaker;
        // The same person when one name's words are all in the other's
        // ("Putin", "Mr Putin" and "Vladimir Putin"); the latest mentioned wins.
        let same = |p: &Person| ws.iter().all(|w| p.words.contains(w)) || p.words.iter().all(|w| ws.contains(w));
        let latest = self.people.iter().enumerate().filter(|(_, p)| same(p)).max_by_key(|(_, p)| p.seen).map(|(i, _)| i);
        let seen = self.mentions.len() + 1;
        let idx = if let Some(i) = latest {
            let p = &mut self.people[i];
            if ws.len() > p.words.len() {
                p.full = name.clone();
                p.last = last;
                p.words = ws;
            }
            p.gender = p.gender.or(*gender);
            p.evidence |= evidence;
            p.seen = seen;
            i
        } else {
            // A lone word unknown so far is a person only with a title.
            if *words < 2 && !*titled && role.is_none() {
                // Capitalised inside a sentence: a proper name all the same.
                if !subject && !self.proper_words.contains(&last) {
                    self.proper_words.push(last);
                }
                return None;
            }
            self.people.push(Person { full: name.clone(), last, words: ws, seen, gender: *gender, evidence });
            self.people.len() - 1
        };
        if let Some(role) = role {
            if !lex.is_honorific(role) || role.split_whitespace().count() > 1 || lex.roles.has(role) {
                self.roles.push((role.clone(), idx));
            }
        }
        self.mentions.push((idx, subject));
        Some(idx)
    }

    /// Bind a role to a person named apart from it ("X, the Kremlin spokesperson,").
    pub fn bind_role(&mut self, role: &str, person: usize) {
        self.roles.push((role.to_string(), person));
    }

    /// Record a document cited.
    pub fn see_document(&mut self, doc: Document) {
        self.documents.push(doc);
    }

    /// The speaker a phrase stands for (fullest form) and the outlet it
    /// came through, when known.
    pub fn resolve(&mut self, np: &Np, lex: &super::lexicon::Lexicon) -> Option<(String, Option<String>)> {
        match np {
            // The writer's own voice has no named source.
            Np::Name { name, .. } if name == "I" => Some((String::new(), None)),
            // "The Department says": an organisation noun, capitalised.
            Np::Name { name, words: 1, .. } if lex.bodies.has(&name.to_lowercase()) => {
                self.resolve(&Np::Body(name.clone()), lex)
            }
            Np::Name { name, .. } => {
                if let Some(i) = self.see_name(np, true, true, lex) {
                    return Some((self.people[i].full.clone(), None));
                }
                Some((name.clone(), None))
            }
            Np::Pronoun(Some(g)) => {
                let fits = |p: &Person| p.gender.is_none_or(|pg| pg == *g);
                let pick = self
                    .mentions
                    .iter()
                    .rev()
                    .take(12)
                    .find(|(i, subject)| *subject && fits(&self.people[*i]))
                    .or_else(|| self.mentions.iter().rev().find(|(i, _)| fits(&self.people[*i])))
                    .map(|(i, _)| *i)?;
                self.mentions.push((pick, true));
                Some((self.people[pick].full.clone(), None))
            }
            Np::Pronoun(None) => self.last_body.clone().map(|b| (b, None)),
            Np::Role(key, text) => {
                let head = key.split_whitespace().last().unwrap_or(key);
                let found = self
                    .roles
                    .iter()
                    .rev()
                    .find(|(k, _)| k == key || key.ends_with(k.as_str()) || k.ends_with(key.as_str()))
                    .or_else(|| self.roles.iter().rev().find(|(k, _)| k.split_whitespace().last() == Some(head)))
                    .map(|(_, i)| *i);
                match found {
                    Some(i) => {
                        self.mentions.push((i, true));
                        self.people[i].evidence = true;
                        Some((self.people[i].full.clone(), None))
                    }
                    None => Some((unnamed_role_speaker(text, head), None)),
                }
            }
            Np::Doc(words) => {
                let doc = self
                    .documents
                    .iter()
                    .rev()
                    .find(|d| d.words.iter().any(|w| words.contains(w)));
                match doc {
                    Some(d) => Some((d.author.clone().unwrap_or_else(|| d.words.join(" ")), d.via.clone())),
                    None => Some((words.join(" "), None)),
                }
            }
            Np::Body(name) => {
                // "the department" → the latest organisation named with that
                // noun; "the company" → the latest organisation named.
                let head = name.split_whitespace().last().map(str::to_lowercase).unwrap_or_default();
                let named = self
                    .orgs
                    .iter()
                    .rev()
                    .find(|o| o.split_whitespace().any(|w| w.to_lowercase() == head))
                    .or_else(|| {
                        let generic = lex.generic_bodies.has(&head) && name.split_whitespace().count() == 1;
                        generic.then(|| self.orgs.last()).flatten()
                    })
                    .cloned()
                    .unwrap_or_else(|| name.clone());
                self.last_body = Some(named.clone());
                Some((named, None))
            }
        }
    }

    /// The people with evidence, each once, fullest form, in story order.
    pub fn people_named(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for p in self.people.iter().filter(|p| p.evidence) {
            if !out.contains(&p.full) {
                out.push(p.full.clone());
            }
        }
        out
    }
}
