//! The word lists the quotes stage reads — speech verbs, honorifics, role
//! nouns, pronouns, quotation marks… — kept as data in `lexicon/*.txt` (one
//! file a language, see `lexicon/README.md`) and parsed once.

use std::sync::OnceLock;

use crate::wordtable::{self, WordTable};

/// The language files, all loaded together.
const SOURCES: [&str; 5] = [
    include_str!("lexicon/common.txt"),
    include_str!("lexicon/en.txt"),
    include_str!("lexicon/de.txt"),
    include_str!("lexicon/fr.txt"),
    include_str!("lexicon/es.txt"),
];

/// The lexicon's keys are short words, looked up once a token: Fx hashes
/// eight bytes a step, where SipHash's start-up cost would dominate.
type FastSet = rustc_hash::FxHashSet<String>;
type FastMap = rustc_hash::FxHashMap<String, u64>;

/// The keys of the sets, in mask-bit order (at most 32).
const KEYS: [&str; 32] = ["speech_verbs", "object_verbs", "clause_verbs", "according", "that", "honorifics_m", "honorifics_f", "honorifics", "roles", "pronouns_m", "pronouns_f", "pronouns_n", "documents", "bodies", "outlet_words", "outlet_name_words", "agencies", "via_cues", "function", "intro", "calendar", "subordinators", "prepositions", "determiners", "skip", "name_joiners", "org_joiners", "generic_bodies", "authored_by", "conjunctions", "advice_verbs", "addressee"];

/// Longest entry, in bytes, that [`Phrases::longest_at`] can match (the
/// lists' longest is far shorter; a test holds them to it).
const MAX_PHRASE_BYTES: usize = 96;

/// A set of entries of one or more words, matched case-insensitively.
#[derive(Debug, Default)]
pub struct Phrases {
    /// This set's bit in a word's mask (see [`Lexicon::mask`]).
    bit: u64,
    entries: FastSet,
    /// The first words of the entries of several words.
    starts: FastSet,
    /// The most words an entry has.
    max_words: usize,
}

impl Phrases {
    fn add(&mut self, entry: &str) {
        let words: Vec<String> = entry.split_whitespace().map(str::to_lowercase).collect();
        let Some(first) = words.first() else { return };
        if words.len() > 1 {
            self.starts.insert(first.clone());
        }
        self.max_words = self.max_words.max(words.len());
        self.entries.insert(words.join(" "));
    }

    /// Whether one lower-case word is an entry.
    pub fn has(&self, word: &str) -> bool {
        self.entries.contains(word)
    }

    /// Whether a word with this mask is a one-word entry.
    pub fn in_mask(&self, mask: u64) -> bool {
        mask & self.bit != 0
    }

    /// Whether a word with this mask may start an entry (of any length).
    pub fn may_start(&self, mask: u64) -> bool {
        mask & (self.bit | self.bit << 32) != 0
    }

    /// Whether a word with this mask starts entries of several words only
    /// through a lookup: false when it is a one-word entry at most.
    pub fn starts_longer(&self, mask: u64) -> bool {
        mask & (self.bit << 32) != 0
    }

    /// The number of words of the longest entry that starts at `words[0]`.
    pub fn longest_at<'a>(&self, mut words: impl Iterator<Item = &'a str>) -> Option<usize> {
        let first = words.next()?;
        let single = self.entries.contains(first);
        if !self.starts.contains(first) {
            return single.then_some(1);
        }
        self.longest_from(first, single, words)
    }

    /// [`Self::longest_at`] for a first word known to start longer entries
    /// (from its mask), `single` when it is an entry itself. The words are
    /// joined on the stack; no entry is longer than the buffer.
    #[inline(never)]
    pub fn longest_from<'a>(&self, first: &str, single: bool, words: impl Iterator<Item = &'a str>) -> Option<usize> {
        let mut key = [0u8; MAX_PHRASE_BYTES];
        let mut len = first.len();
        if len > MAX_PHRASE_BYTES {
            return single.then_some(1);
        }
        key[..len].copy_from_slice(first.as_bytes());
        let mut best = single.then_some(1);
        for (n, w) in words.take(self.max_words - 1).enumerate() {
            if len + 1 + w.len() > MAX_PHRASE_BYTES {
                break;
            }
            key[len] = b' ';
            key[len + 1..len + 1 + w.len()].copy_from_slice(w.as_bytes());
            len += 1 + w.len();
            // Whole words joined by a space: always UTF-8.
            if std::str::from_utf8(&key[..len]).is_ok_and(|k| self.entries.contains(k)) {
                best = Some(n + 2);
            }
        }
        best
    }
}

/// Every list the stage reads.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Opening mark → the marks that may close it.
    pub closers: rustc_hash::FxHashMap<char, Vec<char>>,
    /// Speech verbs, every form.
    pub speech_verbs: Phrases,
    /// Speech verbs whose object is the addressee ("told X that").
    pub object_verbs: Phrases,
    /// Speech verbs that take a clause without "that" ("said the talks…").
    pub clause_verbs: Phrases,
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
    /// Each listed word → a mask: bit k when set k has it as an entry,
    /// bit 32 + k when an entry of set k of several words starts with it.
    words: FastMap,
    /// The entries of `words` of up to [`wordtable::MAX_WORD_BYTES`]
    /// bytes (nearly all), where a token's lookup is quickest.
    short_words: WordTable<u64>,
    /// Words inside an organisation's name only ("of").
    pub org_joiners: Phrases,
    /// Organisation nouns that stand for the organisation last named
    /// ("the company" after "Green Machine").
    pub generic_bodies: Phrases,
    /// Prepositions naming a document's issuer ("a report by X").
    pub authored_by: Phrases,
    /// Words joining two names into one party ("X and Y").
    pub conjunctions: Phrases,
    /// Speech verbs whose object is what is advised ("recommends a break").
    pub advice_verbs: Phrases,
    /// Prepositions before whom words were spoken to ("explains to Forbes").
    pub addressee: Phrases,
    /// The longest listed word, in bytes: longer words need no lookup.
    max_word_bytes: usize,
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
        let mut words = FastMap::default();
        for (k, key) in KEYS.iter().enumerate() {
            let Some(set) = lex.set_mut(key) else { continue };
            set.bit = 1 << k;
            // Order-free: each entry only sets bits.
            #[allow(clippy::iter_over_hash_type)]
            for e in &set.entries {
                match e.split_once(' ') {
                    None => *words.entry(e.clone()).or_default() |= 1 << k,
                    Some((first, _)) => *words.entry(first.to_string()).or_default() |= 1 << (32 + k),
                }
            }
        }
        lex.max_word_bytes = words.keys().map(String::len).max().unwrap_or(0);
        lex.short_words = WordTable::new(words.iter().map(|(w, m)| (w.as_str(), *m)));
        lex.words = words;
        lex
    }

    /// A lower-case word's mask: which sets hold it (one hash lookup, so
    /// that each token is looked up once).
    pub fn mask(&self, word: &str) -> u64 {
        if word.len() > self.max_word_bytes {
            return 0;
        }
        if word.len() <= wordtable::MAX_WORD_BYTES {
            return self.short_words.get(word).unwrap_or(0);
        }
        self.long_word_mask(word)
    }

    /// [`Self::mask`] of a word too long for the table: out of the way of
    /// the common case.
    #[cold]
    #[inline(never)]
    fn long_word_mask(&self, word: &str) -> u64 {
        self.words.get(word).copied().unwrap_or(0)
    }

    fn set_mut(&mut self, key: &str) -> Option<&mut Phrases> {
        Some(match key {
            "speech_verbs" => &mut self.speech_verbs,
            "object_verbs" => &mut self.object_verbs,
            "clause_verbs" => &mut self.clause_verbs,
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
            "generic_bodies" => &mut self.generic_bodies,
            "authored_by" => &mut self.authored_by,
            "conjunctions" => &mut self.conjunctions,
            "advice_verbs" => &mut self.advice_verbs,
            "addressee" => &mut self.addressee,
            _ => return None,
        })
    }

    /// Whether a word with this mask is any honorific.
    pub fn honorific_mask(&self, mask: u64) -> bool {
        self.honorifics_m.in_mask(mask) || self.honorifics_f.in_mask(mask) || self.honorifics.in_mask(mask)
    }

    /// Whether a word with this mask is a preposition and not also an
    /// article: the lists of all languages are loaded together, and Spanish
    /// "a" or German "an" must not hide English "an analyst said".
    pub fn is_preposition(&self, mask: u64) -> bool {
        self.prepositions.in_mask(mask) && !self.determiners.in_mask(mask)
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

    #[test]
    fn a_words_mask_is_read_from_its_table() {
        let lex = lexicon();
        #[allow(clippy::iter_over_hash_type)]
        for (w, m) in &lex.words {
            assert_eq!(lex.mask(w), *m, "{w}");
        }
        assert!(lex.words.keys().any(|w| w.len() > wordtable::MAX_WORD_BYTES) || lex.max_word_bytes <= wordtable::MAX_WORD_BYTES);
        for w in ["", "councillor", "saidx", "xsaid", "zzzzzzzzzzzzzzzzzzzzz"] {
            assert_eq!(lex.mask(w), lex.words.get(w).copied().unwrap_or(0), "{w}");
        }
    }

    #[test]
    fn every_entry_fits_the_match_buffer() {
        let mut lex = Lexicon::parse(&SOURCES);
        for key in KEYS {
            let Some(set) = lex.set_mut(key) else { continue };
            #[allow(clippy::iter_over_hash_type)]
            for e in &set.entries {
                assert!(e.len() <= MAX_PHRASE_BYTES, "{key}: {e}");
            }
        }
        let lex = lexicon();
        assert_eq!(lex.according.longest_at(["according", "to"].into_iter()), Some(2));
        assert_eq!(lex.according.longest_at(["according", "tox"].into_iter()), None);
    }
}
