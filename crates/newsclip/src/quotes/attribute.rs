//! Finds the quotes of one paragraph and who said them: classifies each
//! quoted stretch as direct or partial, reads the attribution frame around
//! it (cue, speaker before, after or inside), finds reported speech without
//! marks, and the outlets the sentences credit.

use super::marks::Span;
use super::phrases::{Ctx, Found, Np};
use super::registry::{Document, Registry};
use crate::QuoteKind;

/// The fewest words of reported speech kept as an indirect quote.
/// A judgement: shorter that-clauses are mostly not statements ("said so").
const MIN_INDIRECT_WORDS: usize = 4;
/// The fewest words of a partial quote without a cue before it in its
/// sentence. A judgement: single marked words are mostly terms and scare quotes.
const MIN_PARTIAL_WORDS: usize = 2;
/// How many words (punctuation not counted) after a quote its attribution's
/// cue may start. "…," the Kremlin spokesperson for foreign affairs said;
/// "…," Alexander B. Niculescu, M.D., Ph.D. (writing — a frame rarely runs longer.
const MAX_POST_FRAME_WORDS: usize = 10;

/// A quote found in a paragraph, in bytes of the paragraph's text.
#[derive(Debug, Clone)]
pub struct Found1 {
    /// Start of the quoted words.
    pub start: usize,
    /// End of the quoted words.
    pub end: usize,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Who said it.
    pub speaker: Option<String>,
    /// The cue's words.
    pub cue: Option<String>,
    /// The outlet it came through.
    pub via: Option<String>,
    /// Part of a quote left open at the paragraph's end (or continuing one).
    pub open_end: bool,
    /// Continues a quote left open in the paragraph before.
    pub continues: bool,
}

/// What one paragraph gave.
#[derive(Debug, Default)]
pub struct ParagraphQuotes {
    /// Its quotes.
    pub quotes: Vec<Found1>,
    /// The outlets its attributing sentences credit.
    pub sources: Vec<String>,
    /// The introduction that ends the paragraph with a colon or comma
    /// ("SRLabs noted:", "Nagel neatly refutes this:"): its speaker speaks
    /// the quotation that follows.
    pub intro: Option<Intro>,
}

/// A paragraph's closing introduction of a quotation.
#[derive(Debug, Clone)]
pub struct Intro {
    /// Who speaks (`None`: an anonymous source).
    pub speaker: Option<String>,
    /// The cue's words.
    pub cue: Option<String>,
    /// The outlet it came through.
    pub via: Option<String>,
}

/// A cue and what it attributes.
#[derive(Debug, Clone)]
struct Cue {
    at: usize,
    len: usize,
    according: bool,
    sentence: usize,
    speaker: Option<(String, Option<String>)>,
}

/// Quotes of one paragraph. `continues` when the paragraph before left a
/// quote open; `prev_speaker` the speaker of the last direct quote before.
pub fn paragraph(
    ctx: &Ctx,
    spans: &[Span],
    sents: &[(usize, usize)],
    reg: &mut Registry,
    continues: bool,
    prev_speaker: Option<&(String, Option<String>)>,
) -> ParagraphQuotes {
    let toks = ctx.toks;
    let lex = ctx.lex;
    // Sentences are sorted and disjoint: the last one starting at or before `i`.
    let sentence_of = |i: usize| {
        let k = sents.partition_point(|&(a, _)| a <= i);
        k.checked_sub(1).filter(|&k| i < sents[k].1).unwrap_or(0)
    };
    let bounds = span_bounds(toks, spans.len());

    // Names and roles first, so that later references resolve.
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let nominal = |t: &super::text::Tok| {
            t.cap
                || lex.roles.may_start(t.mask)
                || lex.honorifics.may_start(t.mask)
                || lex.documents.may_start(t.mask)
                || lex.bodies.may_start(t.mask)
        };
        // A determiner matters only before a name, role, document or body.
        let may_name = nominal(t)
            || lex.determiners.may_start(t.mask) && toks[i + 1..].iter().take(3).any(|n| n.word && nominal(n));
        if t.quoted.is_some() || !t.word || !may_name {
            i += 1;
            continue;
        }
        if let Some(f) = ctx.np_at(i) {
            let subject = ctx.initial(i);
            if let Some(p) = reg.see_name(&f.np, subject, false, lex) {
                // "Name, the role," binds the role.
                if toks.get(f.last + 1).is_some_and(|t| t.punct() == Some(',')) {
                    if let Some(Found { np: Np::Role(key, _), .. }) = ctx.np_at(f.last + 2) {
                        reg.bind_role(&key, p);
                    }
                }
            }
            // "the Chartered Institute of Building (CIOB)": the short form
            // stands for the full name.
            let paren = |k: usize, c: char| toks.get(k).is_some_and(|t| t.quoted.is_none() && t.punct() == Some(c));
            if paren(f.last + 1, '(') && paren(f.last + 3, ')') {
                let short = &toks[f.last + 2];
                let raw = &ctx.text[short.start..short.end];
                if short.word && short.cap && short.quoted.is_none() && raw.chars().count() >= 2 {
                    if let Np::Name { name, words: 2.., .. } | Np::Body(name) = &f.np {
                        reg.alias(raw, name);
                    }
                }
            }
            i = f.last + 1;
        } else {
            i += 1;
        }
    }

    // Outlets credited, per sentence.
    let mut sent_via: Vec<Option<String>> = vec![None; sents.len()];
    let mut out = ParagraphQuotes::default();
    for (s, &(a, b)) in sents.iter().enumerate() {
        let mut i = a;
        let mut credited = false;
        let mut found = Vec::new();
        while i < b {
            if toks[i].quoted.is_none() && toks[i].word {
                let m = toks[i].mask;
                if !credited
                    && (lex.speech_verbs.may_start(m) || lex.according.may_start(m) || lex.via_cues.may_start(m))
                    && (ctx.phrase(&lex.speech_verbs, i).is_some()
                        || ctx.phrase(&lex.according, i).is_some()
                        || ctx.phrase(&lex.via_cues, i).is_some())
                {
                    credited = true;
                }
                // "explains to Forbes": a name spoken to that is no person's.
                if let Some(n) = (lex.speech_verbs.may_start(m) && !lex.object_verbs.in_mask(m)).then(|| ctx.phrase(&lex.speech_verbs, i)).flatten() {
                    if let Some(to) = ctx.phrase(&lex.addressee, i + n) {
                        let first = i + n + to;
                        let mut end = first;
                        while end < b && ctx.name_word(end) {
                            end += 1;
                        }
                        if end > first && !reg.is_person(&ctx.slice(first, end - 1)) && ctx.np_at(first).is_some_and(|f| matches!(f.np, Np::Name { .. })) {
                            found.push(ctx.slice(first, end - 1));
                            i = end;
                            continue;
                        }
                    }
                }
                let may_start = toks[i].cap || ctx.phrase(&lex.determiners, i).is_some() || ctx.phrase(&lex.outlet_words, i).is_some();
                if let Some((name, end)) = may_start.then(|| ctx.outlet_at(i)).flatten() {
                    found.push(name);
                    i = end.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
        if credited {
            sent_via[s] = found.first().cloned();
            for f in found {
                if !out.sources.contains(&f) {
                    out.sources.push(f);
                }
            }
        }
    }

    // Documents named in the paragraph, with the sentence's subject as their
    // author ("In a ruling on Monday, the court struck down the law").
    for (s, &(a, b)) in sents.iter().enumerate() {
        for i in a..b {
            if toks[i].quoted.is_some() || !toks[i].word || ctx.phrase(&lex.documents, i).is_none() {
                continue;
            }
            if i > a && ctx.phrase(&lex.documents, i - 1).is_some() {
                continue;
            }
            let Some(Found { np: Np::Doc(words), last, .. }) = ctx.np_at(i) else { continue };
            // "a June report by the University of Chicago Education Lab and MDRC".
            if let Some(author) = issuer(ctx, last + 1, b) {
                reg.see_document(Document { words, author: Some(author), via: sent_via[s].clone() });
                continue;
            }
            // "an author of the June report": the subject is not its issuer;
            // nor after "according to", whose frame finds the issuer itself.
            let of_before = (i.saturating_sub(5).max(a)..i)
                .rev()
                .take_while(|&k| toks[k].word && toks[k].quoted.is_none())
                .any(|k| lex.org_joiners.in_mask(toks[k].mask) && lex.is_preposition(toks[k].mask) || ctx.phrase(&lex.according, k).is_some());
            if of_before {
                continue;
            }
            let Some(subject) = clause_subject(ctx, a, b) else { continue };
            if subject.first <= i && i <= subject.last || matches!(subject.np, Np::Doc(_) | Np::Pronoun(_)) {
                continue;
            }
            if let Some((author, _)) = speaker_np(ctx, &subject, reg) {
                reg.see_document(Document { words, author: Some(author), via: sent_via[s].clone() });
            }
        }
    }

    // Cues and their speakers.
    let mut cues: Vec<Cue> = Vec::new();
    let frames = frame_verbs(ctx, spans, &bounds);
    let mut i = 0;
    while i < toks.len() {
        if toks[i].quoted.is_some() || !toks[i].word {
            i += 1;
            continue;
        }
        let framed = frames.contains(&i);
        if !framed && !lex.according.may_start(toks[i].mask) && !lex.speech_verbs.may_start(toks[i].mask) {
            i += 1;
            continue;
        }
        let according = ctx.phrase(&lex.according, i);
        let verb = ctx.phrase(&lex.speech_verbs, i).or(framed.then_some(1));
        let Some(len) = according.or(verb) else {
            i += 1;
            continue;
        };
        let sentence = sentence_of(i);
        let mut cue = Cue { at: i, len, according: according.is_some(), sentence, speaker: None };
        cue.speaker = speaker_of(ctx, &cue, sents[sentence], reg, sent_via[sentence].clone(), &cues);
        cues.push(cue);
        i += len;
    }

    let cue_text = |c: &Cue| ctx.text[toks[c.at].start..toks[c.at + c.len - 1].end].to_lowercase();
    let para_cue = cues.iter().find(|c| c.speaker.is_some()).cloned();

    // Quoted stretches.
    for (k, span) in spans.iter().enumerate() {
        let Some((first, last)) = bounds[k] else { continue };
        let sentence = sentence_of(first);
        let inner = &ctx.text[span.start..span.end];
        let words = inner.split_whitespace().count();
        let prev = toks[..first].iter().rev().find(|t| t.quoted.is_none() || t.quoted != Some(k));
        let prev_ok = match prev {
            None => true,
            Some(t) if t.quoted.is_some() => true,
            Some(t) => matches!(t.punct(), Some(':' | ',' | '.' | '!' | '?' | '—' | '–' | '-' | '(' | ';'))
                || lex.speech_verbs.in_mask(t.mask),
        };
        // A name or title in marks ("“Husbands & Lovers” by Beatriz
        // Williams", "Noble Moving and Storage."): no one's words.
        if span.closed && title_like(ctx, first, last, k) {
            continue;
        }
        let continuing = continues && k == 0 && first == 0;
        let direct = continuing || !span.closed || (prev_ok && (words >= 3 || inner.ends_with([',', '.', '!', '?'])));
        let kind = if direct { QuoteKind::Direct } else { QuoteKind::Partial };

        // Cues outside any quote, before and after in the sentence.
        let before: Vec<&Cue> = cues.iter().filter(|c| c.sentence == sentence && c.at < first).collect();
        let after: Vec<&Cue> = cues.iter().filter(|c| c.sentence == sentence && c.at > last).collect();
        // One marked word is mostly a term or a scare quote ("won’t “fix”
        // back issues"): someone's word only after a cue in its sentence
        // ("Peskov added that the talks were “respectful”").
        if !direct && words < MIN_PARTIAL_WORDS && !before.iter().any(|c| c.speaker.is_some()) {
            continue;
        }
        let next_quote = toks[last + 1..].iter().position(|t| t.quoted.is_some()).map_or(toks.len(), |p| last + 1 + p);
        fn speaks(c: &&&Cue) -> bool {
            c.speaker.is_some()
        }
        let chosen: Option<&Cue> = if direct {
            // After the quote, before the next one, within a short frame
            // ("…," said X); else before it ("X said: …"); else the frame
            // closing the sentence before (`"We will," he said. "See you."`).
            after
                .iter()
                .find(|c| {
                    c.speaker.is_some()
                        && c.at < next_quote
                        && toks[last + 1..c.at].iter().filter(|t| t.word).count() <= MAX_POST_FRAME_WORDS
                })
                .or_else(|| before.iter().rev().find(speaks))
                .copied()
                .or_else(|| {
                    cues.iter()
                        .filter(|c| c.speaker.is_some() && c.sentence + 1 == sentence)
                        .rfind(|c| toks[c.at..first].iter().filter(|t| t.word && t.quoted.is_none()).count() <= MAX_POST_FRAME_WORDS)
                })
        } else {
            // Marked words take the speaker of the nearest cue of their sentence.
            before.iter().rev().find(speaks).or_else(|| after.iter().find(speaks)).copied()
        };
        // Words in marks with no cue of their own inside the writer's own
        // sentence with no speech verb: an example, a slogan, a title ("For
        // example, "Who is…?"", "“Slow and steady” is the recipe"). "One
        // tester said: “…”" is speech.
        if chosen.is_none()
            && direct
            && span.closed
            && !continuing
            && !cues.iter().any(|c| c.sentence == sentence)
            && embedded(toks, sents[sentence], first, last, inner)
        {
            continue;
        }
        let (speaker, cue, via) = match chosen {
            Some(c) => {
                let (sp, v) = c.speaker.clone().unwrap_or_default();
                (named(sp), Some(cue_text(c)), v.or_else(|| sent_via[sentence].clone()))
            }
            None => match (&para_cue, direct) {
                (Some(c), _) => {
                    let (sp, v) = c.speaker.clone().unwrap_or_default();
                    (named(sp), Some(cue_text(c)), v.or_else(|| sent_via[sentence].clone()))
                }
                // A quote standing alone takes the speaker quoted last.
                (None, true) if prev_speaker.is_some() => {
                    (prev_speaker.and_then(|p| named(p.0.clone())), None, prev_speaker.and_then(|p| p.1.clone()))
                }
                (None, true) => (None, None, sent_via[sentence].clone()),
                // Marked words with no speech around them: scare quotes, titles.
                (None, false) => continue,
            },
        };
        out.quotes.push(Found1 {
            start: span.start,
            end: span.end,
            kind,
            speaker,
            cue,
            via,
            open_end: !span.closed,
            continues: continuing,
        });
    }

    // Reported speech: a speech verb and a that-clause, no marks.
    for c in cues.iter().filter(|c| !c.according && c.speaker.is_some()) {
        let (_, sb) = sents[c.sentence];
        let mut j = c.at + c.len;
        if ctx.phrase(&lex.object_verbs, c.at).is_some() {
            if let Some(f) = ctx.np_at(j) {
                j = f.last + 1;
            } else if let Some((_, end)) = ctx.outlet_at(j) {
                j = end;
            }
        }
        let mut start = None;
        for (k, t) in toks.iter().enumerate().take((j + 6).min(sb)).skip(j) {
            if t.quoted.is_some() || !t.word {
                break;
            }
            if ctx.phrase(&lex.that, k).is_some() {
                start = Some(k + 1);
                break;
            }
        }
        // English drops "that" freely: "Peskov said the talks were useful."
        // A clause verb with its subject before it, then a clause's subject.
        let start = start.or_else(|| {
            let t = toks.get(j)?;
            let p = toks.get(c.at.checked_sub(1)?)?;
            // "Nadia Rahimi, chief economist at Harbor Bank, said…": a subject
            // set off by an apposition ends in a comma after a word.
            let apposition = p.punct() == Some(',')
                && c.at >= 2
                && toks[c.at - 2].word
                && toks[c.at - 2].quoted.is_none()
                && clause_subject(ctx, sents[c.sentence].0, c.at).is_some_and(|f| f.last + 1 < c.at - 1 && toks[f.last + 1].punct() == Some(','));
            let subject_before = p.word && p.quoted.is_none() || apposition;
            let opens_clause = t.word
                && t.quoted.is_none()
                && !lex.prepositions.in_mask(t.mask)
                && !lex.calendar.in_mask(t.mask)
                && (lex.determiners.in_mask(t.mask)
                    || lex.pronouns_m.in_mask(t.mask)
                    || lex.pronouns_f.in_mask(t.mask)
                    || lex.pronouns_n.in_mask(t.mask)
                    || t.cap
                    // A bare noun or gerund: "Shulman said executives tend…",
                    // "Mattson says intermittent fasting can…".
                    || !(lex.function.in_mask(t.mask)
                        || lex.skip.in_mask(t.mask)
                        || lex.intro.in_mask(t.mask)
                        || lex.subordinators.in_mask(t.mask)
                        || lex.speech_verbs.in_mask(t.mask)
                        || lex.that.in_mask(t.mask)));
            (lex.clause_verbs.in_mask(toks[c.at].mask) && subject_before && opens_clause).then_some(j)
        });
        // What is advised is reported too: "Klinger recommends a sweet spot
        // of 9:30 to 11:30 a.m.", "She warns against drinking coffee…".
        let start = start.or_else(|| {
            let t = toks.get(j)?;
            let p = toks.get(c.at.checked_sub(1)?)?;
            let subject_before = p.word && p.quoted.is_none();
            // Not "suggests to you": the advice itself must follow.
            let n = ctx.phrase(&lex.advice_verbs, c.at)?;
            let object = toks.get(c.at + n).is_some_and(|o| o.word && o.quoted.is_none() && !lex.is_preposition(o.mask));
            (subject_before && t.word && t.quoted.is_none() && object).then_some(j)
        });
        let Some(start) = start else { continue };
        let mut end = sb;
        for (k, t) in toks.iter().enumerate().take(sb).skip(start) {
            if t.quoted.is_none() && t.punct() == Some(',') {
                let n = k + 1;
                if ctx.phrase(&lex.speech_verbs, n).is_some() || ctx.phrase(&lex.according, n).is_some() {
                    end = k;
                    break;
                }
            }
            // A direct quote inside ends the reported clause.
            if let Some(q) = t.quoted {
                if out.quotes.iter().any(|f| f.kind == QuoteKind::Direct && f.start == spans[q].start) {
                    end = k;
                    break;
                }
            }
        }
        while end > start && !toks[end - 1].word && toks[end - 1].quoted.is_none() {
            end -= 1;
        }
        if end <= start || toks[start..end].iter().filter(|t| t.word).count() < MIN_INDIRECT_WORDS {
            continue;
        }
        // A reported clause holding marked words is their partial quote only.
        if toks[start..end].iter().any(|t| t.quoted.is_some_and(|q| out.quotes.iter().any(|f| f.start == spans[q].start))) {
            continue;
        }
        // A that-clause inside one already taken ("said that… and noted that…").
        if out.quotes.iter().any(|q| q.kind == QuoteKind::Indirect && q.start <= toks[start].start && toks[start].start < q.end) {
            continue;
        }
        let (sp, v) = c.speaker.clone().unwrap_or_default();
        out.quotes.push(Found1 {
            start: toks[start].start,
            end: toks[end - 1].end,
            kind: QuoteKind::Indirect,
            speaker: named(sp),
            cue: Some(cue_text(c)),
            via: v.or_else(|| sent_via[c.sentence].clone()),
            open_end: false,
            continues: false,
        });
    }
    // Reported speech with the cue after it ("Coffee protects the liver,
    // says Klinger.") or an "according to X," before it.
    for c in cues.iter().filter(|c| c.speaker.as_ref().is_some_and(|s| !s.0.is_empty())) {
        let Some((start, end)) = framed_report(ctx, c, sents[c.sentence]) else { continue };
        if end <= start || toks[start..end].iter().filter(|t| t.word).count() < MIN_INDIRECT_WORDS {
            continue;
        }
        // A prepositional phrase alone is an introduction, not a clause
        // ("In an official response to the inquiry, the agency said").
        if lex.is_preposition(toks[start].mask) && !toks[start..end].iter().any(|t| t.punct() == Some(',')) {
            continue;
        }
        // The speaker's own apposition ("X, a resident of Y, said").
        let (sp, _) = c.speaker.as_ref().map_or(("", &None), |(s, v)| (s.as_str(), v));
        let last_name = sp.split_whitespace().last().unwrap_or(sp);
        if ctx.text[toks[start].start..toks[end - 1].end].contains(last_name) {
            continue;
        }
        // Marked words inside: their quote stands for the clause.
        if toks[start..end].iter().any(|t| t.quoted.is_some()) {
            continue;
        }
        let (a, b) = (toks[start].start, toks[end - 1].end);
        if out.quotes.iter().any(|q| q.start < b && a < q.end) {
            continue;
        }
        let (sp, v) = c.speaker.clone().unwrap_or_default();
        out.quotes.push(Found1 {
            start: a,
            end: b,
            kind: QuoteKind::Indirect,
            speaker: named(sp),
            cue: Some(cue_text(c)),
            via: v.or_else(|| sent_via[c.sentence].clone()),
            open_end: false,
            continues: false,
        });
    }
    out.quotes.sort_by_key(|q| q.start);
    let closing = toks.last().and_then(|t| if t.quoted.is_none() { t.punct() } else { None });
    if matches!(closing, Some(':' | ',')) {
        let last_sentence = sents.len().saturating_sub(1);
        let cue = cues.iter().rev().find(|c| c.sentence == last_sentence && c.speaker.is_some());
        out.intro = match cue {
            Some(c) => {
                let (sp, v) = c.speaker.clone().unwrap_or_default();
                Some(Intro { speaker: named(sp), cue: Some(cue_text(c)), via: v.or_else(|| sent_via[c.sentence].clone()) })
            }
            // "Nagel neatly refutes this:" — the sentence's subject, a person.
            None if closing == Some(':') => {
                let (sa, sb) = sents[last_sentence];
                clause_subject(ctx, sa, sb)
                    .filter(|f| matches!(f.np, Np::Name { .. } | Np::Pronoun(Some(_))))
                    .and_then(|f| reg.resolve(&f.np, lex))
                    .map(|(sp, v)| Intro { speaker: named(sp), cue: None, via: v })
            }
            None => None,
        };
    }
    out
}

/// The reported clause, as tokens `[start, end)`, of a cue that follows it
/// at the end of its sentence ("…, says Klinger.", "…, Niculescu notes.",
/// "…, according to Peterson.") or of an "according to X," opening it.
fn framed_report(ctx: &Ctx, c: &Cue, (sa, sb): (usize, usize)) -> Option<(usize, usize)> {
    let toks = ctx.toks;
    let lex = ctx.lex;
    let after = c.at + c.len;
    // The sentence's words, without its closing punctuation.
    let mut last = sb;
    while last > sa && !toks[last - 1].word && toks[last - 1].quoted.is_none() {
        last -= 1;
    }
    let mut first = sa;
    while first < last && !toks[first].word && toks[first].quoted.is_none() {
        first += 1;
    }
    // Nothing quoted after the frame, and no colon opening what follows.
    if toks[c.at..sb].iter().any(|t| t.quoted.is_some() || t.punct() == Some(':')) {
        return None;
    }
    // What may close a frame: the sentence's end, a comma, a preposition.
    let frame_ends = |k: usize| {
        k >= last
            || toks[k].quoted.is_none() && (matches!(toks[k].punct(), Some(',' | ';' | '.' | '(')) || lex.is_preposition(toks[k].mask))
    };
    if c.according {
        let f = ctx.np_at(after)?;
        // "According to X, …": the rest of the sentence.
        if c.at == first && toks.get(f.last + 1).is_some_and(|t| t.punct() == Some(',')) {
            return Some((f.last + 2, last));
        }
        // "…, according to X.": what comes before.
        // "…, according to Brandon Royal, product manager at X.": an apposition may follow.
        let ends_sentence = f.last + 1 >= last || toks[f.last + 1].quoted.is_none() && toks[f.last + 1].punct() == Some(',');
        if c.at > first && toks[c.at - 1].punct() == Some(',') && frame_ends(f.last + 1) && ends_sentence {
            return Some((first, c.at - 1));
        }
        return None;
    }
    let mut p = c.at;
    while p > first && toks[p - 1].word && toks[p - 1].quoted.is_none() && ctx.phrase(&lex.skip, p - 1).is_some() {
        p -= 1;
    }
    if p <= first {
        return None;
    }
    // ", says Klinger." — the speaker after the verb.
    if toks[p - 1].punct() == Some(',') {
        let f = ctx.np_at(after)?;
        return frame_ends(f.last + 1).then_some((first, p - 1));
    }
    // ", Niculescu notes." — the speaker before it, the sentence ending soon.
    let f = ctx.np_ending_at(p - 1)?;
    let mut s = f.first;
    while s > first && ctx.phrase(&lex.determiners, s - 1).is_some() {
        s -= 1;
    }
    let object_verb = ctx.phrase(&lex.object_verbs, c.at).is_some();
    let mut k = after;
    if object_verb {
        if let Some(o) = ctx.np_at(k) {
            k = o.last + 1;
        }
    }
    (s > first && toks[s - 1].punct() == Some(',') && frame_ends(k) && ctx.phrase(&lex.that, k).is_none())
        .then(|| (first, s - 1))
}

/// The issuer named after a document ("by the University of Chicago
/// Education Lab and MDRC"), from token `k`, before the sentence's end `sb`.
fn issuer(ctx: &Ctx, k: usize, sb: usize) -> Option<String> {
    let lex = ctx.lex;
    let n = ctx.phrase(&lex.authored_by, k)?;
    let f = ctx.np_at(k + n).filter(|f| f.last < sb)?;
    let first = match &f.np {
        Np::Name { name, .. } | Np::Body(name) => name.clone(),
        _ => return None,
    };
    // Two issuers joined: "X and Y".
    let and = f.last + 1;
    if and + 1 < sb && ctx.phrase(&lex.conjunctions, and).is_some() {
        if let Some(g) = ctx.np_at(and + 1).filter(|g| matches!(g.np, Np::Name { .. } | Np::Body(_))) {
            return Some(ctx.slice(f.first, g.last));
        }
    }
    Some(first)
}

/// The most words of a quote read as a title or a name when every word is
/// capitalised (or a small joining word). A judgement: longer quotes in
/// title case are rare, and a slogan then reads as speech.
const MAX_TITLE_WORDS: usize = 8;

/// Whether the words of span `k` (tokens `first..=last`) are in title case:
/// at least two capitalised, the others joining words ("of", "and", "the").
fn title_like(ctx: &Ctx, first: usize, last: usize, k: usize) -> bool {
    let lex = ctx.lex;
    let (mut words, mut caps) = (0, 0);
    for t in ctx.toks[first..=last].iter().filter(|t| t.word && t.quoted == Some(k)) {
        words += 1;
        if t.cap {
            caps += 1;
        } else if !(lex.function.in_mask(t.mask)
            || lex.prepositions.in_mask(t.mask)
            || lex.determiners.in_mask(t.mask)
            || lex.conjunctions.in_mask(t.mask)
            || lex.name_joiners.in_mask(t.mask))
        {
            return false;
        }
        if words > MAX_TITLE_WORDS {
            return false;
        }
    }
    caps >= 2
}

/// Whether the quote `first..=last` shares its sentence with words of the
/// writer's outside any quote.
/// A colon before a quote introduces speech (`en 1969 : «C’est la
/// révolution.»`); words after a quote ending in a comma or a full stop,
/// inside its marks or right after them, are a frame (`„…,“ píše Lineker`,
/// `"…Não", acrescentou o comandante` with verbs the lexicon lacks), not
/// the writer's sentence going on.
fn embedded(toks: &[super::text::Tok], (sa, sb): (usize, usize), first: usize, last: usize, inner: &str) -> bool {
    let outside = |t: &super::text::Tok| t.word && t.quoted.is_none();
    let colon_before = first > sa && toks[first - 1].quoted.is_none() && toks[first - 1].punct() == Some(':');
    let frame_after = inner.trim_end().ends_with([',', '.', '!', '?'])
        || toks.get(last + 1).is_some_and(|t| t.quoted.is_none() && t.punct() == Some(','));
    !colon_before && toks[sa..first.max(sa)].iter().any(outside) || !frame_after && toks[(last + 1).min(sb)..sb].iter().any(outside)
}

/// A resolved speaker: an empty name is an anonymous source ("the source").
fn named(speaker: String) -> Option<String> {
    (!speaker.is_empty()).then_some(speaker)
}

/// Verbs outside the lexicon that the frame of a quote shows to be cues:
/// a lone verb-like word next to a name or pronoun right after a quote that
/// ends in a comma (`"…," Wilgus clarifies.`, `"…," offers Mattson, "…"`).
/// The first and last token of each quoted span, in one pass over the tokens
/// (a paragraph with thousands of marks must stay linear).
fn span_bounds(toks: &[super::text::Tok], spans: usize) -> Vec<Option<(usize, usize)>> {
    let mut out = vec![None; spans];
    for (i, t) in toks.iter().enumerate() {
        if let Some(b) = t.quoted.and_then(|k| out.get_mut(k)) {
            *b = Some(b.map_or((i, i), |(first, _)| (first, i)));
        }
    }
    out
}

fn frame_verbs(ctx: &Ctx, spans: &[Span], bounds: &[Option<(usize, usize)>]) -> Vec<usize> {
    let toks = ctx.toks;
    let lex = ctx.lex;
    let mut out = Vec::new();
    let verb_like = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.word
                && t.quoted.is_none()
                && !t.cap
                && (t.lower.ends_with('s') || t.lower.ends_with("ed"))
                && !lex.function.in_mask(t.mask)
                && !lex.is_preposition(t.mask)
                && !lex.skip.in_mask(t.mask)
                && !lex.speech_verbs.in_mask(t.mask)
        })
    };
    let speaker_like = |f: &Found| matches!(f.np, Np::Name { .. } | Np::Pronoun(Some(_)) | Np::Role(..));
    let frame_end = |k: usize| toks.get(k).is_none_or(|t| t.quoted.is_some() || matches!(t.punct(), Some('.' | ',' | ';' | '!' | '?')));
    for (k, span) in spans.iter().enumerate() {
        if !span.closed {
            continue;
        }
        let Some((_, last)) = bounds[k] else { continue };
        let mut j = last + 1;
        let comma_inside = ctx.text[span.start..span.end].ends_with([',', '?', '!']);
        if toks.get(j).is_some_and(|t| t.punct() == Some(',')) {
            j += 1;
        } else if !comma_inside {
            continue;
        }
        // `"…," Name verb.`
        if let Some(f) = ctx.np_at(j).filter(speaker_like) {
            if verb_like(f.last + 1) && frame_end(f.last + 2) {
                out.push(f.last + 1);
                continue;
            }
        }
        // `"…," verb Name.`
        if verb_like(j) {
            if let Some(f) = ctx.np_at(j + 1).filter(speaker_like) {
                if frame_end(f.last + 1) {
                    out.push(j);
                }
            }
        }
    }
    out
}

/// The speaker a cue attributes to, and the outlet, if found.
fn speaker_of(
    ctx: &Ctx,
    cue: &Cue,
    (sa, sb): (usize, usize),
    reg: &mut Registry,
    sentence_via: Option<String>,
    earlier: &[Cue],
) -> Option<(String, Option<String>)> {
    let toks = ctx.toks;
    let lex = ctx.lex;
    let after = cue.at + cue.len;
    if cue.according {
        if ctx.outlet_at(after).is_some() {
            return None;
        }
        let f = ctx.np_at(after)?;
        if let Np::Doc(words) = &f.np {
            // The document's author: named after it ("a report by X"), else
            // the sentence's subject when the frame stands inside the clause
            // ("The Kremlin, according to a draft seen by Reuters, will…");
            // a frame closing the sentence follows the reported words, whose
            // subject is no author ("Half of the nurses slept badly,
            // according to a survey").
            let closing = (f.last + 1..sb).all(|k| !toks[k].word || toks[k].quoted.is_some());
            let author = issuer(ctx, f.last + 1, sb).or_else(|| {
                (!closing).then(|| clause_subject(ctx, sa, cue.at).and_then(|s| reg.resolve(&s.np, lex)).map(|(a, _)| a)).flatten()
            });
            let via = (f.last + 1..sb).find_map(|k| ctx.outlet_at(k).map(|(n, _)| n)).or(sentence_via);
            if author.is_none() {
                // An earlier mention of the document may have named its author.
                let (known, known_via) = reg.resolve(&f.np, lex)?;
                reg.see_document(Document { words: words.clone(), author: None, via: via.clone() });
                return Some((known, via.or(known_via)));
            }
            reg.see_document(Document { words: words.clone(), author: author.clone(), via: via.clone() });
            return author.map(|a| (a, via));
        }
        let (first, via) = reg.resolve(&f.np, lex)?;
        // "according to Nick Eberts, product manager at X, and Ameenah Burhan":
        // two people named in full share the words.
        if matches!(f.np, Np::Name { words: 2.., .. }) && !first.is_empty() {
            let mut k = f.last + 1;
            while k + 1 < sb && !matches!(toks[k].punct(), Some('.' | ';' | ':')) && toks[k].quoted.is_none() {
                if ctx.phrase(&lex.conjunctions, k).is_some() {
                    if let Some(g) = ctx.np_at(k + 1).filter(|g| matches!(g.np, Np::Name { words: 2.., .. })) {
                        if let Some((second, _)) = reg.resolve(&g.np, lex).filter(|(n, _)| !n.is_empty() && *n != first) {
                            return Some((format!("{first} {} {second}", toks[k].lower), via));
                        }
                    }
                    break;
                }
                k += 1;
            }
        }
        return Some((first, via));
    }
    // The word before the verb, past adverbs and auxiliaries.
    let mut p = cue.at;
    while p > sa && toks[p - 1].word && toks[p - 1].quoted.is_none() && ctx.phrase(&lex.skip, p - 1).is_some() {
        p -= 1;
    }
    let inverted = p == sa
        || toks[p - 1].quoted.is_some()
        || matches!(toks[p - 1].punct(), Some(',' | '—' | '–' | ':' | '-'));
    let object_verb = ctx.phrase(&lex.object_verbs, cue.at).is_some();
    // ", adding that…": a participle takes the speaker of the clause before.
    let participle = p > sa && toks[p - 1].punct() == Some(',') && toks[cue.at].lower.ends_with("ing");
    if participle {
        if let Some((s, v)) = earlier.iter().rev().find(|c| c.sentence == cue.sentence).and_then(|c| c.speaker.clone()) {
            return Some((s, v));
        }
        if let Some(f) = clause_subject(ctx, sa, cue.at) {
            return speaker_np(ctx, &f, reg);
        }
        return None;
    }
    let complement = ctx.phrase(&lex.that, after).is_some();
    // Right after a quote even a verb taking an addressee is followed by its
    // speaker (`"…?" asked Pineda`).
    let after_quote = p > sa
        && (toks[p - 1].quoted.is_some() || toks[p - 1].punct() == Some(',') && p - 1 > sa && toks[p - 2].quoted.is_some());
    if inverted && (!object_verb || after_quote) && !complement && ctx.outlet_at(after).is_none() {
        // "said theCUBE’s Savannah Peterson", "said the startup’s Priya
        // Venkataraman": the possessor is not the speaker.
        let owned = |k: usize| {
            ctx.possessive(k).then(|| ctx.np_at(k + 1)).flatten().filter(|f| matches!(f.np, Np::Name { .. }))
        };
        let np = match ctx.np_at(after) {
            Some(f) => owned(f.last).or(Some(f)),
            None => owned(after),
        };
        if let Some(f) = np {
            // "says Co-Founder, Stephanie Özcan": the name after the role.
            if let Np::Role(..) = f.np {
                if toks.get(f.last + 1).is_some_and(|t| t.punct() == Some(',')) {
                    if let Some(n) = ctx.np_at(f.last + 2).filter(|n| matches!(n.np, Np::Name { .. })) {
                        return reg.resolve(&n.np, lex);
                    }
                }
            }
            return reg.resolve(&f.np, lex);
        }
    }
    // A subject set off by an apposition: "Martin Daly, the firm's youngest
    // board member, said", `"…," Callan Spicher, vice president of X, told us`.
    if let Some(f) = clause_subject(ctx, sa, cue.at) {
        let personal = match &f.np {
            Np::Name { words, .. } => *words >= 2,
            Np::Role(..) | Np::Pronoun(Some(_)) => true,
            _ => false,
        };
        if personal && f.last + 2 < p && toks[f.last + 1].punct() == Some(',') {
            return speaker_np(ctx, &f, reg);
        }
    }
    if p > sa {
        if let Some(f) = ctx.np_ending_at(p - 1) {
            return reg.resolve(&f.np, lex);
        }
        // "Dr. Ehsan Jazini of VSI explains": the person before "of" the body.
        let mut q = p - 1;
        while q > sa && ctx.name_word(q) {
            q -= 1;
        }
        if q + 1 < p && q > sa && lex.is_preposition(toks[q].mask) && toks[q].quoted.is_none() {
            if let Some(f) = ctx.np_ending_at(q - 1).filter(|f| matches!(f.np, Np::Name { .. } | Np::Role(..))) {
                return reg.resolve(&f.np, lex);
            }
        }
    }
    if !inverted {
        if let Some(f) = clause_subject(ctx, sa, cue.at) {
            return speaker_np(ctx, &f, reg);
        }
    }
    None
}

/// The speaker a clause's subject stands for, when it is not next to the
/// cue. A lone capitalised word opening a sentence that the story has not
/// named before is mostly a common noun or a verb ("Saving money is…",
/// "Using it…"), not a speaker.
fn speaker_np(ctx: &Ctx, f: &Found, reg: &mut Registry) -> Option<(String, Option<String>)> {
    if let Np::Name { name, words: 1, titled: false, role: None, .. } = &f.np {
        if ctx.initial(f.first) && !reg.knows(name) && !ctx.lex.bodies.has(&name.to_lowercase()) {
            return None;
        }
    }
    reg.resolve(&f.np, ctx.lex)
}

/// The subject of the clause holding the verb at `verb`: the sentence's
/// first noun phrase, past an introductory phrase or subordinate clause.
fn clause_subject(ctx: &Ctx, sa: usize, verb: usize) -> Option<Found> {
    let toks = ctx.toks;
    let lex = ctx.lex;
    let mut s = sa;
    while s < verb && (!toks[s].word || toks[s].quoted.is_some()) {
        s += 1;
    }
    if s >= verb {
        return None;
    }
    let intro = ctx.phrase(&lex.intro, s).is_some() || ctx.phrase(&lex.subordinators, s).is_some();
    let start = if intro {
        let comma = (s..verb).find(|&k| toks[k].quoted.is_none() && toks[k].punct() == Some(','));
        match comma {
            Some(c) => c + 1,
            None => s + ctx.phrase(&lex.intro, s).or(ctx.phrase(&lex.subordinators, s)).unwrap_or(1),
        }
    } else {
        s
    };
    let f = ctx.np_at(start)?;
    (f.last < verb).then_some(f)
}
