//! The word lists the quotes stage reads — speech verbs, honorifics, role
//! nouns, pronouns, quotation marks… — kept as data in `lexicon/*.txt` (one
//! file a language, see `lexicon/README.md`) and parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The language files, all loaded together.
const SOURCES: [&str; 5] = [
    include_str!("lexicon/common.txt"),
    include_str!("lexicon/en.txt"),
    include_str!("lexicon/de.txt"),
    include_str!("lexicon/fr.txt"),
    include_str!("lexicon/es.txt"),
];

/// A set of entries of one or more words, matched case-insensitively.
#[derive(Debug, Default)]
pub struct Phrases {
    entries: HashSet<String>,
    /// The most words an entry has.
    max_words: usize,
}

impl Phrases {
    fn add(&mut self, entry: &str) {
        let words: Vec<String> = entry.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return;
        }
        self.max_words = self.max_words.max(words.len());
        self.entries.insert(words.join(" "));
    }

    /// Whether one lower-case word is an entry.
    pub fn has(&self, word: &str) -> bool {
        self.entries.contains(word)
    }

    /// The number of words of the longest entry that starts at `words[0]`.
    pub fn longest_at<'a>(&self, words: impl Iterator<Item = &'a str>) -> Option<usize> {
        let mut key = String::new();
        let mut best = None;
        for (n, w) in words.take(self.max_words).enumerate() {
            if n > 0 {
                key.push(' ');
            }
            key.push_str(w);
            if self.entries.contains(&key) {
                best = Some(n + 1);
            }
        }
        best
    }
}

/// Every list the stage reads.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Opening mark → the marks that may close it.
    pub closers: HashMap<char, Vec<char>>,
    /// Speech verbs, every form.
    pub speech_verbs: Phrases,
    /// Speech verbs whose object is the addressee ("told X that").
    pub object_verbs: Phrases,
    /// "according to" and its kin.
    pub according: Phrases,
    /// Complementisers opening reported speech.
    pub that: Phrases,
    /// Honorifics of men.
    pub honorifics_m: Phrases,
    /// Honorifics of women.
    pub honorifics_f: Phrases,
    /// Other titles.
    pub honorifics: Phrases,
    /// Role nouns.
    pub roles: Phrases,
    /// Masculine subject pronouns.
    pub pronouns_m: Phrases,
    /// Feminine subject pronouns.
    pub pronouns_f: Phrases,
    /// Plural and neuter subject pronouns.
    pub pronouns_n: Phrases,
    /// Document nouns.
    pub documents: Phrases,
    /// Organisation nouns.
    pub bodies: Phrases,
    /// Medium nouns ("agency", "channel").
    pub outlet_words: Phrases,
    /// Words marking a name as an outlet's ("News", "Times").
    pub outlet_name_words: Phrases,
    /// Well-known agencies and broadcasters.
    pub agencies: Phrases,
    /// Phrases before an outlet that carried the words ("seen by").
    pub via_cues: Phrases,
    /// Capitalised words that are never names.
    pub function: Phrases,
    /// Days and months: capitalised, never names.
    pub calendar: Phrases,
    /// Words opening an introductory phrase.
    pub intro: Phrases,
    /// Words opening a subordinate clause.
    pub subordinators: Phrases,
    /// Prepositions.
    pub prepositions: Phrases,
    /// Articles and possessives.
    pub determiners: Phrases,
    /// Adverbs and auxiliaries between subject and verb.
    pub skip: Phrases,
    /// Lower-case particles inside names.
    pub name_joiners: Phrases,
    /// Words inside an organisation's name only ("of").
    pub org_joiners: Phrases,
}

impl Lexicon {
    fn parse(sources: &[&str]) -> Lexicon {
        let mut lex = Lexicon::default();
        for source in sources {
            for line in source.lines() {
                let line = line.split_once(" #").map_or(line, |(l, _)| l).trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let Some((key, list)) = line.split_once(':') else { continue };
                let entries = list.split(", ").map(str::trim).filter(|e| !e.is_empty());
                if key.trim() == "marks" {
                    for pair in entries {
                        let mut cs = pair.chars();
                        if let (Some(open), Some(close)) = (cs.next(), cs.next()) {
                            let list = lex.closers.entry(open).or_default();
                            if !list.contains(&close) {
                                list.push(close);
                            }
                        }
                    }
                    continue;
                }
                let Some(set) = lex.set_mut(key.trim()) else { continue };
                for e in entries {
                    set.add(e);
                }
            }
        }
        lex
    }

    fn set_mut(&mut self, key: &str) -> Option<&mut Phrases> {
        Some(match key {
            "speech_verbs" => &mut self.speech_verbs,
            "object_verbs" => &mut self.object_verbs,
            "according" => &mut self.according,
            "that" => &mut self.that,
            "honorifics_m" => &mut self.honorifics_m,
            "honorifics_f" => &mut self.honorifics_f,
            "honorifics" => &mut self.honorifics,
            "roles" => &mut self.roles,
            "pronouns_m" => &mut self.pronouns_m,
            "pronouns_f" => &mut self.pronouns_f,
            "pronouns_n" => &mut self.pronouns_n,
            "documents" => &mut self.documents,
            "bodies" => &mut self.bodies,
            "outlet_words" => &mut self.outlet_words,
            "outlet_name_words" => &mut self.outlet_name_words,
            "agencies" => &mut self.agencies,
            "via_cues" => &mut self.via_cues,
            "function" => &mut self.function,
            "intro" => &mut self.intro,
            "calendar" => &mut self.calendar,
            "subordinators" => &mut self.subordinators,
            "prepositions" => &mut self.prepositions,
            "determiners" => &mut self.determiners,
            "skip" => &mut self.skip,
            "name_joiners" => &mut self.name_joiners,
            "org_joiners" => &mut self.org_joiners,
            _ => return None,
        })
    }

    /// Whether a lower-case word is any honorific.
    pub fn is_honorific(&self, word: &str) -> bool {
        self.honorifics_m.has(word) || self.honorifics_f.has(word) || self.honorifics.has(word)
    }
}

/// The lexicon, parsed on first use: a constant table, not a setting.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::parse(&SOURCES))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses() {
        let lex = lexicon();
        for verb in ["said", "sagte", "déclaré", "dijo"] {
            assert!(lex.speech_verbs.has(verb), "{verb}");
        }
        assert_eq!(lex.closers.get(&'«'), Some(&vec!['»']));
        assert!(lex.closers[&'„'].contains(&'“'));
        assert_eq!(
            lex.according.longest_at(["according", "to", "x"].into_iter()),
            Some(2)
        );
    }
}
