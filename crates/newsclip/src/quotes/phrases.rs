//! Recognises the noun phrases that can speak or carry words: names (with
//! their honorifics and role nouns), pronouns, role nouns, documents,
//! bodies, and outlets.

use super::lexicon::Lexicon;
use super::text::Tok;

/// Grammatical gender, as honorifics and pronouns tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// He, Mr.
    Male,
    /// She, Ms.
    Female,
}

/// What a noun phrase is.
#[derive(Debug, Clone, PartialEq)]
pub enum Np {
    /// A name: `name` without honorific or role; `role` the role words
    /// before it ("kremlin spokesperson"), `gender` from an honorific.
    Name { name: String, words: usize, role: Option<String>, gender: Option<Gender>, titled: bool },
    /// He, she; `None` for they, it, we.
    Pronoun(Option<Gender>),
    /// A role noun with its modifiers: the lower-case key ("us president")
    /// and the words as written ("US president").
    Role(String, String),
    /// A document ("draft statement"): its words.
    Doc(Vec<String>),
    /// An organisation noun phrase ("the ministry").
    Body(String),
}

/// A noun phrase and the tokens it covers (`first..=last`).
#[derive(Debug, Clone)]
pub struct Found {
    /// What it is.
    pub np: Np,
    /// First token (after any determiner).
    pub first: usize,
    /// Last token.
    pub last: usize,
}

/// A paragraph's tokens with the lexicon, for phrase recognition.
pub struct Ctx<'a> {
    /// The paragraph's text.
    pub text: &'a str,
    /// Its tokens.
    pub toks: &'a [Tok<'a>],
    /// The lexicon.
    pub lex: &'a crate::quotes::lexicon::Lexicon,
}

/// The lower-case words of `toks` from `i`, for phrase matching.
fn words_from<'t>(toks: &'t [Tok<'t>], i: usize) -> impl Iterator<Item = &'t str> {
    toks[i..].iter().take_while(|t| t.word && t.quoted.is_none()).map(|t| t.lower.as_ref())
}

impl<'a> Ctx<'a> {
    /// The longest entry of `set` starting at token `i` (outside quotes).
    #[inline]
    pub fn phrase(&self, set: &super::lexicon::Phrases, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if !t.word || t.quoted.is_some() || !set.may_start(t.mask) {
            return None;
        }
        if !set.starts_longer(t.mask) {
            return Some(1);
        }
        let mut words = words_from(self.toks, i);
        let first = words.next()?;
        set.longest_from(first, set.in_mask(t.mask), words)
    }

    fn lex(&self) -> &Lexicon {
        self.lex
    }

    /// Whether token `i` starts a sentence or a stretch after a mark, where
    /// every word is capitalised.
    pub fn initial(&self, i: usize) -> bool {
        i == 0 || !self.toks[i - 1].word && self.toks[i - 1].punct() != Some(',')
    }

    /// Whether token `i` can be part of a name. Function words are names
    /// too in the middle of a sentence ("Ella", "Will"), not at its start.
    pub fn name_word(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        let lex = self.lex();
        t.word
            && t.quoted.is_none()
            && t.cap
            && !lex.calendar.in_mask(t.mask)
            && !(lex.function.in_mask(t.mask) && self.initial(i))
            && !lex.roles.in_mask(t.mask)
            && !lex.honorific_mask(t.mask)
            // "United States" is a name, "Says" opening a sentence is not.
            && !(lex.speech_verbs.in_mask(t.mask) && self.initial(i))
            && !lex.documents.in_mask(t.mask)
    }

    /// Whether token `i` is a word ending in a possessive `’s`.
    pub fn possessive(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        if !t.word || t.quoted.is_some() {
            return false;
        }
        let raw = &self.text[t.start..t.end];
        raw.ends_with("’s") || raw.ends_with("'s")
    }

    /// A number right after a name word ("Rossiya 1", "Channel 4").
    fn name_number(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        t.word && t.quoted.is_none() && t.lower.chars().all(|c| c.is_ascii_digit()) && t.lower.len() <= 3
    }

    /// The original text of tokens `a..=b`, a final possessive dropped.
    pub fn slice(&self, a: usize, b: usize) -> String {
        let s = &self.text[self.toks[a].start..self.toks[b].end];
        s.strip_suffix("’s").or_else(|| s.strip_suffix("'s")).unwrap_or(s).to_string()
    }

    /// The noun phrase starting at token `i` (determiners skipped), if any.
    pub fn np_at(&self, mut i: usize) -> Option<Found> {
        let lex = self.lex();
        while let Some(n) = self.phrase(&lex.determiners, i) {
            i += n;
        }
        let t = self.toks.get(i)?;
        if !t.word || t.quoted.is_some() {
            return None;
        }
        let pronoun_ok = !t.cap || self.initial(i);
        if pronoun_ok && lex.pronouns_m.in_mask(t.mask) {
            return Some(Found { np: Np::Pronoun(Some(Gender::Male)), first: i, last: i });
        }
        if pronoun_ok && lex.pronouns_f.in_mask(t.mask) {
            return Some(Found { np: Np::Pronoun(Some(Gender::Female)), first: i, last: i });
        }
        if pronoun_ok && lex.pronouns_n.in_mask(t.mask) {
            return Some(Found { np: Np::Pronoun(None), first: i, last: i });
        }
        // A run of modifiers, role nouns, honorifics and name words.
        let start = i;
        let mut j = i;
        let mut last_title_end = None; // just past the last role or honorific
        let mut gender = None;
        let mut titled = false;
        let mut docs = Vec::new();
        let mut doc_at = start;
        let mut body = None;
        let mut lowercase_run = 0;
        let mut possessor = false;
        while j < self.toks.len() {
            let tj = &self.toks[j];
            // An initial's full stop inside a name ("Donald J. Trump").
            if tj.punct() == Some('.') && j > start && self.name_word(j - 1)
                && self.toks[j - 1].lower.chars().count() == 1 && self.name_word(j + 1)
            {
                j += 1;
                continue;
            }
            if !tj.word || tj.quoted.is_some() {
                break;
            }
            if let Some(n) = self.phrase(&lex.honorifics_m, j).or(self.phrase(&lex.honorifics_f, j)) {
                gender = Some(if self.phrase(&lex.honorifics_m, j) == Some(n) { Gender::Male } else { Gender::Female });
                titled = true;
                j += n;
                // "Mr." keeps its full stop as a token: step over it.
                if self.toks.get(j).is_some_and(|t| t.punct() == Some('.')) {
                    j += 1;
                }
                last_title_end = Some(j);
                lowercase_run = 0;
                continue;
            }
            if let Some(n) = self.phrase(&lex.roles, j).or(if tj.cap { self.phrase(&lex.honorifics, j) } else { None }) {
                let honorific = tj.cap && self.phrase(&lex.honorifics, j).is_some();
                titled |= honorific;
                j += n;
                // "Dr." keeps its full stop as a token: step over it before a name.
                if honorific && self.toks.get(j).is_some_and(|t| t.punct() == Some('.')) && self.name_word(j + 1) {
                    j += 1;
                }
                last_title_end = Some(j);
                lowercase_run = 0;
                continue;
            }
            if docs.is_empty() && body.is_none() && last_title_end.is_none() {
                if let Some(n) = self.phrase(&lex.documents, j) {
                    // "study author Elizabeth Hoge": the document qualifies a role.
                    if self.phrase(&lex.roles, j + n).is_some() {
                        j += n;
                        lowercase_run = 0;
                        continue;
                    }
                    doc_at = j;
                    docs.extend(self.toks[j..j + n].iter().map(|t| t.lower.to_string()));
                    j += n;
                    while let Some(n) = self.phrase(&lex.documents, j) {
                        docs.extend(self.toks[j..j + n].iter().map(|t| t.lower.to_string()));
                        j += n;
                    }
                    break;
                }
            }
            if self.name_word(j) || (j > start && self.name_number(j) && self.name_word(j - 1)) {
                // A possessor ("New Zealand’s Northland") is not part of the name after it.
                if j > start && self.name_word(j - 1) && self.possessive(j - 1) {
                    last_title_end = last_title_end.max(Some(j));
                    possessor = true;
                }
                j += 1;
                lowercase_run = 0;
                continue;
            }
            let org_joiner = lex.org_joiners.in_mask(tj.mask)
                && self.toks[start..j].iter().any(|t| lex.bodies.in_mask(t.mask));
            if j > start && self.name_word(j - 1) && self.name_word(j + 1) && (lex.name_joiners.in_mask(tj.mask) || org_joiner) {
                j += 1;
                continue;
            }
            // "Department of Justice": a title word ends an organisation's name.
            let titled_end = self.toks.get(j + 1).is_some_and(|t| t.word && t.cap && t.quoted.is_none() && lex.honorific_mask(t.mask));
            if org_joiner && j > start && self.name_word(j - 1) && titled_end {
                j += 2;
                continue;
            }
            // A lower-case modifier ("former", "state-run", "company's") before
            // a role, or a date before a document ("a 2024 federal survey",
            // "a June report").
            let modifier = !tj.cap || lex.calendar.in_mask(tj.mask);
            if modifier && lowercase_run < 2 && !lex.function.in_mask(tj.mask) && !lex.speech_verbs.in_mask(tj.mask) {
                let ahead = (j + 1..(j + 3).min(self.toks.len()))
                    .take_while(|&k| self.toks[k].word)
                    .any(|k| self.phrase(&lex.roles, k).is_some() || self.phrase(&lex.documents, k).is_some());
                if ahead {
                    lowercase_run += 1;
                    j += 1;
                    continue;
                }
            }
            if let Some(n) = self.phrase(&lex.bodies, j) {
                body = Some((j, j + n));
                j += n;
                break;
            }
            break;
        }
        if !docs.is_empty() {
            // "the Strava report", "the Institute’s release": the issuer named.
            if doc_at > start && (start..doc_at).all(|k| self.name_word(k)) {
                return Some(Found { np: Np::Body(self.slice(start, doc_at - 1)), first: start, last: j - 1 });
            }
            return Some(Found { np: Np::Doc(docs), first: start, last: j - 1 });
        }
        if j == start {
            return None;
        }
        let name_start = last_title_end.unwrap_or(start);
        let in_name = |k: usize| {
            self.name_word(k)
                || self.name_number(k)
                || !self.toks[k].word
                || lex.name_joiners.in_mask(self.toks[k].mask)
                || lex.org_joiners.in_mask(self.toks[k].mask)
                || (k > name_start && self.toks[k].cap && lex.org_joiners.in_mask(self.toks[k - 1].mask))
        };
        if name_start < j && (name_start..j).all(in_name) {
            let role = last_title_end.filter(|_| !possessor).map(|e| {
                self.toks[start..e].iter().map(|t| t.lower.as_ref()).collect::<Vec<_>>().join(" ")
            });
            return Some(Found {
                np: Np::Name { name: self.slice(name_start, j - 1), words: j - name_start, role, gender, titled },
                first: start,
                last: j - 1,
            });
        }
        if let Some((_, b)) = body {
            return Some(Found { np: Np::Body(self.slice(start, b - 1)), first: start, last: b - 1 });
        }
        if last_title_end == Some(j) {
            let key = self.toks[start..j].iter().map(|t| t.lower.as_ref()).collect::<Vec<_>>().join(" ");
            return Some(Found { np: Np::Role(key, self.slice(start, j - 1)), first: start, last: j - 1 });
        }
        None
    }

    /// The noun phrase that ends at token `i`, if one does and it is not the
    /// object of a preposition.
    pub fn np_ending_at(&self, i: usize) -> Option<Found> {
        let lex = self.lex();
        let t = self.toks.get(i)?;
        if !t.word || t.quoted.is_some() {
            return None;
        }
        let mut k = i;
        while k > 0 {
            let p = &self.toks[k - 1];
            // The full stop of an abbreviated honorific or an initial ("Dr. Jazini", "Marguerita M. Cheng").
            let before = k.checked_sub(2).map(|b| &self.toks[b]);
            let abbreviation = before.is_some_and(|b| {
                b.cap && b.quoted.is_none() && (lex.honorific_mask(b.mask) || b.word && b.lower.chars().count() == 1)
            });
            if p.punct() == Some('.') && abbreviation {
                k -= 1;
                continue;
            }
            if !p.word || p.quoted.is_some() {
                break;
            }
            let part = self.name_word(k - 1)
                || lex.roles.in_mask(p.mask)
                || lex.honorific_mask(p.mask)
                || lex.documents.in_mask(p.mask)
                || lex.bodies.in_mask(p.mask)
                || (k - 1 > 0 && self.name_word(k - 2) && (lex.name_joiners.in_mask(p.mask) || lex.org_joiners.in_mask(p.mask)))
                || (!p.cap && !lex.function.in_mask(p.mask) && !lex.determiners.in_mask(p.mask)
                    && !lex.prepositions.in_mask(p.mask) && !lex.speech_verbs.in_mask(p.mask) && i - k < 3
                    && (lex.roles.in_mask(t.mask) || lex.bodies.in_mask(t.mask)));
            if !part {
                break;
            }
            k -= 1;
        }
        // Try the longest phrase first, then shorter ones, for one that ends at `i`.
        for s in k..=i {
            if s > 0 && lex.is_preposition(self.toks[s - 1].mask) && self.toks[s - 1].quoted.is_none() {
                continue;
            }
            // Not the tail of a longer name ("Partners" of "Annuity Partners").
            if s > k && self.name_word(s - 1) && self.name_word(s) {
                continue;
            }
            if let Some(f) = self.np_at(s) {
                if f.last == i && f.first == s {
                    return Some(f);
                }
            }
        }
        None
    }

    /// An outlet named from token `i` on: an agency of the lexicon, a medium
    /// noun followed by a name ("the state TV channel Rossiya 1"), or a name
    /// holding an outlet word ("Sputnik News"). Gives the name and the token
    /// past it.
    pub fn outlet_at(&self, i: usize) -> Option<(String, usize)> {
        let lex = self.lex();
        let mut j = i;
        let mut seen_medium = false;
        let limit = (i + 8).min(self.toks.len());
        while j < limit {
            let t = &self.toks[j];
            if !t.word || t.quoted.is_some() {
                return None;
            }
            if t.cap {
                if let Some(n) = self.phrase(&lex.agencies, j) {
                    let mut end = j + n;
                    while self.name_word(end) && lex.outlet_name_words.in_mask(self.toks[end].mask) {
                        end += 1;
                    }
                    return Some((self.slice(j, end - 1), end));
                }
            }
            if let Some(n) = self.phrase(&lex.outlet_words, j) {
                seen_medium = true;
                j += n;
                continue;
            }
            if self.name_word(j) {
                let mut end = j;
                while self.name_word(end) || self.name_number(end)
                    || (lex.name_joiners.in_mask(self.toks.get(end).map_or(0, |t| t.mask)) && self.name_word(end + 1))
                {
                    end += 1;
                }
                // "Psychiatric News", "the Independent Thinking Podcast".
                let named = seen_medium
                    || self.toks[j..end].iter().skip(1).any(|t| lex.outlet_name_words.in_mask(t.mask) || lex.outlet_words.in_mask(t.mask));
                if named && !lex.roles.in_mask(self.toks[end - 1].mask) {
                    let mut first = j;
                    // "The" belongs to names like "The Washington Post".
                    if j > 0 && self.toks[j - 1].cap && self.toks[j - 1].lower == "the" {
                        first = j - 1;
                    }
                    return Some((self.slice(first, end - 1), end));
                }
                // A name that is no outlet's ends the search.
                return None;
            }
            if lex.determiners.in_mask(t.mask) || (!t.cap && !lex.speech_verbs.in_mask(t.mask) && !lex.prepositions.in_mask(t.mask) && !lex.function.in_mask(t.mask)) {
                j += 1;
                continue;
            }
            return None;
        }
        None
    }
}
