//! The hand-annotated quote development set (`quotes-dev/`) and its scorer.
//!
//! Each gold file is one article: `{ "id", "dataset"?, "language", "quotes":
//! [{ "text", "speaker", "kind", "cue", "via" }] }` (see
//! `docs/quotes-guidelines.md`). The scorer runs `newsclip::extract` on the
//! page's HTML, takes `Article::quotes`, and scores them the way
//! quote-attribution research does:
//!
//! - a predicted quote **matches** a gold one when it covers at least a share
//!   of the gold quote's words (30 %, also 80 % and exact); words are
//!   lowercase letter/digit runs, each CJK character a word of its own, and
//!   coverage is the multiset intersection over the gold quote's words;
//! - matching is **one-to-one**, greedy by coverage (highest first; ties by
//!   the share of the prediction that lies in the gold quote, then by order);
//! - precision = matched / predicted, recall = matched / gold, F1;
//! - **speaker accuracy** over matched pairs, by [`speaker_matches`];
//! - **joint** F1 counts a match only when the speaker is also right;
//! - **per kind**: gold and predictions are both restricted to the kind and
//!   matched again; **per language**: English pages vs the others.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use crate::datasets::{self, Dataset, PageRef};

/// The gold folder shipped with this crate.
pub fn default_gold_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("quotes-dev")
}

/// Quote kinds, as in the gold files and `newsclip::QuoteKind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Wholly in quotation marks.
    Direct,
    /// Marked words inside a paraphrase.
    Partial,
    /// Reported speech with a speech verb and no marks.
    Indirect,
}

impl Kind {
    /// All kinds, in table order.
    pub const ALL: [Kind; 3] = [Kind::Direct, Kind::Partial, Kind::Indirect];

    /// The lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Indirect => "indirect",
        }
    }
}

impl From<newsclip::QuoteKind> for Kind {
    fn from(k: newsclip::QuoteKind) -> Self {
        match k {
            newsclip::QuoteKind::Direct => Kind::Direct,
            newsclip::QuoteKind::Partial => Kind::Partial,
            newsclip::QuoteKind::Indirect => Kind::Indirect,
        }
    }
}

/// One annotated quote.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldQuote {
    /// The quoted words, verbatim from the truth text, without the outer marks.
    pub text: String,
    /// Who said it, in the fullest form the article gives; none when unnamed.
    pub speaker: Option<String>,
    /// Direct, partial or indirect.
    pub kind: Kind,
    /// The attribution cue ("said", "according to"), when there is one.
    #[serde(default)]
    pub cue: Option<String>,
    /// The outlet or document it came through.
    #[serde(default)]
    pub via: Option<String>,
}

/// One annotated article.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldFile {
    /// The page id: WCXB `0042`, or the Readability slug.
    pub id: String,
    /// `wcxb` (default) or `readability`.
    #[serde(default = "default_dataset")]
    pub dataset: String,
    /// ISO 639-1 language of the article.
    pub language: String,
    /// Every quote of the article, in reading order.
    pub quotes: Vec<GoldQuote>,
}

fn default_dataset() -> String {
    "wcxb".to_string()
}

impl GoldFile {
    /// The dataset this page belongs to.
    pub fn dataset(&self) -> Result<Dataset> {
        match self.dataset.as_str() {
            "wcxb" => Ok(Dataset::Wcxb),
            "readability" => Ok(Dataset::Readability),
            other => bail!("{}: unknown dataset {other:?}", self.id),
        }
    }
}

/// Read every `*.json` of the gold folder, in file-name order; the file stem
/// must equal the `id`.
pub fn load_gold(dir: &Path) -> Result<Vec<GoldFile>> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        let text =
            fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let gold: GoldFile =
            serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem != gold.id {
            bail!("{}: id {:?} differs from the file name", path.display(), gold.id);
        }
        gold.dataset()?;
        files.push(gold);
    }
    Ok(files)
}

/// Fold runs of white space (no-break spaces included) to one space and trim.
pub fn fold_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A character written without spaces between words (Han, kana, Hangul):
/// each one counts as a word.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xAC00..=0xD7AF | 0x20000..=0x2FA1F)
}

/// The words of a text: lowercase runs of letters and digits; each CJK
/// character is a word of its own.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if is_cjk(c) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Size of the multiset intersection of two word lists.
fn common(a: &[String], b: &[String]) -> usize {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in a {
        *counts.entry(w.as_str()).or_default() += 1;
    }
    let mut n = 0;
    for w in b {
        if let Some(c) = counts.get_mut(w.as_str()) {
            if *c > 0 {
                *c -= 1;
                n += 1;
            }
        }
    }
    n
}

/// The share of the gold quote's words that the prediction covers (0–1).
pub fn coverage(pred: &str, gold: &str) -> f64 {
    let g = words(gold);
    if g.is_empty() {
        return 0.0;
    }
    common(&words(pred), &g) as f64 / g.len() as f64
}

/// The same words in the same order (case, punctuation and space ignored).
pub fn exact(pred: &str, gold: &str) -> bool {
    let g = words(gold);
    !g.is_empty() && words(pred) == g
}

/// How strict a match must be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Threshold {
    /// The prediction covers at least this share of the gold quote's words.
    Cover(f64),
    /// Identical word sequences.
    Exact,
}

impl Threshold {
    /// The three thresholds of the report.
    pub const ALL: [Threshold; 3] = [
        Threshold::Cover(0.3),
        Threshold::Cover(0.8),
        Threshold::Exact,
    ];

    /// Column label.
    pub fn label(self) -> String {
        match self {
            Threshold::Cover(t) => format!("{:.0}%", t * 100.0),
            Threshold::Exact => "exact".to_string(),
        }
    }
}

/// A quote as the scorer sees it (gold or predicted).
#[derive(Debug, Clone, PartialEq)]
pub struct Q {
    /// The quoted words.
    pub text: String,
    /// The speaker, if any.
    pub speaker: Option<String>,
    /// The kind.
    pub kind: Kind,
    /// The outlet or document it came through, if any.
    pub via: Option<String>,
}

impl Q {
    /// A quote from its parts (no via).
    pub fn new(text: &str, speaker: Option<&str>, kind: Kind) -> Q {
        Q {
            text: text.to_string(),
            speaker: speaker.map(str::to_string),
            kind,
            via: None,
        }
    }

    /// The same quote, come through `via`.
    pub fn via(mut self, via: &str) -> Q {
        self.via = Some(via.to_string());
        self
    }
}

/// One-to-one matching of predictions to gold quotes at a threshold:
/// `(pred index, gold index)` pairs, greedy by coverage.
pub fn match_quotes(pred: &[Q], gold: &[Q], threshold: Threshold) -> Vec<(usize, usize)> {
    let pw: Vec<Vec<String>> = pred.iter().map(|q| words(&q.text)).collect();
    let gw: Vec<Vec<String>> = gold.iter().map(|q| words(&q.text)).collect();
    let mut cands: Vec<(f64, f64, usize, usize)> = Vec::new();
    for (pi, p) in pw.iter().enumerate() {
        if p.is_empty() {
            continue;
        }
        for (gi, g) in gw.iter().enumerate() {
            if g.is_empty() {
                continue;
            }
            let n = common(p, g) as f64;
            let cover = n / g.len() as f64;
            let precision = n / p.len() as f64;
            let ok = match threshold {
                Threshold::Cover(t) => n > 0.0 && cover + 1e-9 >= t,
                Threshold::Exact => p == g,
            };
            if ok {
                cands.push((cover, precision, pi, gi));
            }
        }
    }
    cands.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.total_cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let mut used_p = vec![false; pred.len()];
    let mut used_g = vec![false; gold.len()];
    let mut pairs = Vec::new();
    for (_, _, pi, gi) in cands {
        if !used_p[pi] && !used_g[gi] {
            used_p[pi] = true;
            used_g[gi] = true;
            pairs.push((pi, gi));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Titles and honorifics left out of names before comparing.
const HONORIFICS: [&str; 15] = [
    "the", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "m", "mme", "herr", "frau",
    "sr",
];

/// A name folded for comparison: lowercase words of letters and digits,
/// leading honorifics (and "the") dropped.
pub fn fold_name(name: &str) -> Vec<String> {
    let mut w = words(name);
    while w.len() > 1 && HONORIFICS.contains(&w[0].as_str()) {
        w.remove(0);
    }
    w
}

/// Whether a predicted speaker is the gold one: both none; or, folded (case,
/// punctuation, space and leading honorifics ignored), equal; or one is a
/// fuller form of the other ending in the same words — "Putin" and
/// "Mr Putin" match "Vladimir Putin", "Vladimir" does not, nor does
/// "Joe Putin".
pub fn speaker_matches(pred: Option<&str>, gold: Option<&str>) -> bool {
    match (pred, gold) {
        (None, None) => true,
        (Some(p), Some(g)) => {
            let (p, g) = (fold_name(p), fold_name(g));
            if p.is_empty() || g.is_empty() {
                return p == g;
            }
            let (short, long) = if p.len() <= g.len() { (&p, &g) } else { (&g, &p) };
            long.ends_with(short)
        }
        _ => false,
    }
}

/// Whether a predicted via names the gold one: folded like names, one's
/// words a contiguous run of the other's ("the state TV channel Rossiya 1"
/// names "Rossiya 1"); a gold via that is none is not scored.
pub fn via_matches(pred: Option<&str>, gold: &str) -> bool {
    let Some(p) = pred else { return false };
    let (p, g) = (fold_name(p), fold_name(gold));
    if p.is_empty() || g.is_empty() {
        return false;
    }
    let (short, long) = if p.len() <= g.len() { (&p, &g) } else { (&g, &p) };
    long.windows(short.len()).any(|w| w == short.as_slice())
}

/// Counts for one group at one threshold.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Gold quotes.
    pub gold: usize,
    /// Predicted quotes.
    pub pred: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Matched pairs whose speaker is right.
    pub speaker_ok: usize,
    /// Matched pairs whose gold quote names a via.
    pub via_gold: usize,
    /// Of those, the ones whose predicted via names it.
    pub via_ok: usize,
}

impl Counts {
    /// Score one page's quotes at a threshold.
    pub fn score(pred: &[Q], gold: &[Q], threshold: Threshold) -> Counts {
        let pairs = match_quotes(pred, gold, threshold);
        let speaker_ok = pairs
            .iter()
            .filter(|&&(pi, gi)| {
                speaker_matches(pred[pi].speaker.as_deref(), gold[gi].speaker.as_deref())
            })
            .count();
        let with_via: Vec<(usize, &str)> = pairs
            .iter()
            .filter_map(|&(pi, gi)| gold[gi].via.as_deref().map(|v| (pi, v)))
            .collect();
        let via_ok = with_via
            .iter()
            .filter(|&&(pi, v)| via_matches(pred[pi].via.as_deref(), v))
            .count();
        Counts {
            gold: gold.len(),
            pred: pred.len(),
            matched: pairs.len(),
            speaker_ok,
            via_gold: with_via.len(),
            via_ok,
        }
    }

    /// Add another page's counts.
    pub fn add(&mut self, o: Counts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.matched += o.matched;
        self.speaker_ok += o.speaker_ok;
        self.via_gold += o.via_gold;
        self.via_ok += o.via_ok;
    }

    /// Matched / predicted (0 when nothing is predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.pred)
    }

    /// Matched / gold.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    /// Right speakers among matched pairs.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_ok, self.matched)
    }

    /// Right vias among matched pairs whose gold quote has one.
    pub fn via_accuracy(&self) -> f64 {
        ratio(self.via_ok, self.via_gold)
    }

    /// F1 counting a match only when its speaker is right.
    pub fn joint_f1(&self) -> f64 {
        f1(ratio(self.speaker_ok, self.pred), ratio(self.speaker_ok, self.gold))
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// One page's gold and predicted quotes.
#[derive(Debug, Clone)]
pub struct PageQuotes {
    /// The page id.
    pub id: String,
    /// Its language.
    pub language: String,
    /// The annotated quotes.
    pub gold: Vec<Q>,
    /// What `extract` found.
    pub pred: Vec<Q>,
    /// An extraction error or panic, if any (scored as no predictions).
    pub failure: Option<String>,
}

/// Extract every gold page and collect its predicted quotes. `only`, when
/// not empty, keeps those ids.
pub fn run(datasets_root: &Path, gold_dir: &Path, only: &[String]) -> Result<Vec<PageQuotes>> {
    let gold = load_gold(gold_dir)?;
    let mut refs: BTreeMap<(Dataset, String), PageRef> = BTreeMap::new();
    for set in [Dataset::Wcxb, Dataset::Readability] {
        for r in datasets::list(datasets_root, set)? {
            refs.insert((set, r.id.clone()), r);
        }
    }
    let mut out = Vec::new();
    for g in gold {
        if !only.is_empty() && !only.contains(&g.id) {
            continue;
        }
        let set = g.dataset()?;
        let Some(page_ref) = refs.get(&(set, g.id.clone())) else {
            bail!("gold page {} not in the {set} set", g.id);
        };
        let page = page_ref.load()?;
        let mut opts = newsclip::Options::default();
        opts.url = page.url.clone();
        let result = panic::catch_unwind(AssertUnwindSafe(|| newsclip::extract(&page.html, &opts)));
        let (pred, failure) = match result {
            Ok(Ok(article)) => (
                article
                    .quotes
                    .iter()
                    .map(|q| Q {
                        text: q.text.clone(),
                        speaker: q.speaker.clone(),
                        kind: q.kind.into(),
                        via: q.via.clone(),
                    })
                    .collect(),
                None,
            ),
            Ok(Err(e)) => (Vec::new(), Some(format!("error: {e}"))),
            Err(_) => (Vec::new(), Some("panic".to_string())),
        };
        out.push(PageQuotes {
            id: g.id.clone(),
            language: g.language.clone(),
            gold: g
                .quotes
                .iter()
                .map(|q| Q {
                    text: q.text.clone(),
                    speaker: q.speaker.clone(),
                    kind: q.kind,
                    via: q.via.clone(),
                })
                .collect(),
            pred,
            failure,
        });
    }
    Ok(out)
}

/// Sum the counts of the pages `keep` selects, restricted to `kind` if given.
pub fn total(
    pages: &[PageQuotes],
    keep: impl Fn(&PageQuotes) -> bool,
    kind: Option<Kind>,
    threshold: Threshold,
) -> Counts {
    let mut c = Counts::default();
    for p in pages.iter().filter(|p| keep(p)) {
        let (pred, gold): (Vec<Q>, Vec<Q>) = match kind {
            None => (p.pred.clone(), p.gold.clone()),
            Some(k) => (
                p.pred.iter().filter(|q| q.kind == k).cloned().collect(),
                p.gold.iter().filter(|q| q.kind == k).cloned().collect(),
            ),
        };
        c.add(Counts::score(&pred, &gold, threshold));
    }
    c
}

/// The quote figures a floors file may name: `quotes_{group}_{kind}_{f1|joint_f1}`
/// at 30 % cover, for the groups all and en, and all kinds or each kind.
pub fn figure_names() -> Vec<String> {
    let mut names = Vec::new();
    for group in ["all", "en"] {
        for kind in ["all"].into_iter().chain(Kind::ALL.iter().map(|k| k.name())) {
            for fig in ["f1", "joint_f1"] {
                names.push(format!("quotes_{group}_{kind}_{fig}"));
            }
        }
    }
    names
}

/// The figures of [`figure_names`] for these pages.
pub fn figures(pages: &[PageQuotes]) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    type Keep = fn(&PageQuotes) -> bool;
    let groups: [(&str, Keep); 2] = [("all", |_| true), ("en", is_en)];
    for (group, keep) in groups {
        let kinds = [None].into_iter().chain(Kind::ALL.iter().map(|&k| Some(k)));
        for kind in kinds {
            let c = total(pages, keep, kind, Threshold::Cover(0.3));
            let name = kind.map_or("all", Kind::name);
            out.insert(format!("quotes_{group}_{name}_f1"), c.f1());
            out.insert(format!("quotes_{group}_{name}_joint_f1"), c.joint_f1());
        }
    }
    out
}

fn is_en(p: &PageQuotes) -> bool {
    p.language == "en"
}

/// The report section: one row per language group and kind.
pub fn render(pages: &[PageQuotes]) -> String {
    let mut s = String::new();
    let en = pages.iter().filter(|p| is_en(p)).count();
    let mut langs: Vec<&str> = pages
        .iter()
        .filter(|p| !is_en(p))
        .map(|p| p.language.as_str())
        .collect();
    langs.sort_unstable();
    langs.dedup();
    let gold: usize = pages.iter().map(|p| p.gold.len()).sum();
    let pred: usize = pages.iter().map(|p| p.pred.len()).sum();
    let _ = writeln!(
        s,
        "\nQuotes (hand-annotated dev set: {} pages, {en} English, {} other [{}]; {gold} gold, {pred} predicted)",
        pages.len(),
        pages.len() - en,
        langs.join(" ")
    );
    let _ = writeln!(
        s,
        "{:<18} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8} {:>9}",
        "group", "gold", "pred", "P@30", "R@30", "F1@30", "F1@80", "F1@ex", "spk@30", "joint@30", "joint@80", "via@30"
    );
    let _ = writeln!(s, "{}", "-".repeat(18 + 6 * 2 + 7 * 6 + 9 * 2 + 10));
    type Keep = fn(&PageQuotes) -> bool;
    let groups: [(&str, Keep); 3] = [
        ("all", |_| true),
        ("en", is_en),
        ("other", |p| !is_en(p)),
    ];
    for (gname, keep) in groups {
        for kind in [None, Some(Kind::Direct), Some(Kind::Partial), Some(Kind::Indirect)] {
            let label = format!("{gname} {}", kind.map_or("all kinds", Kind::name));
            let c30 = total(pages, keep, kind, Threshold::Cover(0.3));
            let c80 = total(pages, keep, kind, Threshold::Cover(0.8));
            let cex = total(pages, keep, kind, Threshold::Exact);
            let _ = writeln!(
                s,
                "{:<18} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>8.3} {:>8.3} {:>4.3} /{:<3}",
                label,
                c30.gold,
                c30.pred,
                c30.precision(),
                c30.recall(),
                c30.f1(),
                c80.f1(),
                cex.f1(),
                c30.speaker_accuracy(),
                c30.joint_f1(),
                c80.joint_f1(),
                c30.via_accuracy(),
                c30.via_gold
            );
        }
    }
    let failures: Vec<String> = pages
        .iter()
        .filter_map(|p| p.failure.as_ref().map(|f| format!("{} ({f})", p.id)))
        .collect();
    if !failures.is_empty() {
        let _ = writeln!(s, "Extraction failed on: {}", failures.join("; "));
    }
    let _ = writeln!(
        s,
        "(match: prediction covers >= 30% / 80% of the gold quote's words, or exact; one-to-one; \
         spk = speaker accuracy over matches; joint = match with the right speaker; \
         via = via accuracy over matches whose gold quote names one / their number)"
    );
    s
}

fn clip(s: &str, n: usize) -> String {
    let s = fold_space(s);
    if s.chars().count() <= n {
        s
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// The `n` pages with the lowest joint F1 at 30 %: missed gold quotes,
/// spurious predictions and wrong speakers.
pub fn render_worst(pages: &[PageQuotes], n: usize) -> String {
    let mut s = String::new();
    let mut order: Vec<(f64, &PageQuotes)> = pages
        .iter()
        .filter(|p| !p.gold.is_empty() || !p.pred.is_empty())
        .map(|p| (Counts::score(&p.pred, &p.gold, Threshold::Cover(0.3)).joint_f1(), p))
        .collect();
    order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.id.cmp(&b.1.id)));
    let _ = writeln!(s, "\nWorst {} quote pages by joint F1@30:", n.min(order.len()));
    for (f, p) in order.into_iter().take(n) {
        let _ = writeln!(
            s,
            "{} [{}] joint F1 {f:.3}: {} gold, {} predicted",
            p.id,
            p.language,
            p.gold.len(),
            p.pred.len()
        );
        let pairs = match_quotes(&p.pred, &p.gold, Threshold::Cover(0.3));
        for (gi, g) in p.gold.iter().enumerate() {
            match pairs.iter().find(|&&(_, x)| x == gi) {
                None => {
                    let _ = writeln!(
                        s,
                        "   missed   {:<8} {:?} — {}",
                        g.kind.name(),
                        clip(&g.text, 90),
                        g.speaker.as_deref().unwrap_or("(unnamed)")
                    );
                }
                Some(&(pi, _)) => {
                    let ps = p.pred[pi].speaker.as_deref();
                    if !speaker_matches(ps, g.speaker.as_deref()) {
                        let _ = writeln!(
                            s,
                            "   speaker  {:<8} {:?} — {} (predicted {})",
                            g.kind.name(),
                            clip(&g.text, 70),
                            g.speaker.as_deref().unwrap_or("(unnamed)"),
                            ps.unwrap_or("(none)")
                        );
                    }
                }
            }
        }
        for (pi, q) in p.pred.iter().enumerate() {
            if !pairs.iter().any(|&(x, _)| x == pi) {
                let _ = writeln!(
                    s,
                    "   spurious {:<8} {:?} — {}",
                    q.kind.name(),
                    clip(&q.text, 90),
                    q.speaker.as_deref().unwrap_or("(none)")
                );
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str, speaker: Option<&str>) -> Q {
        Q::new(text, speaker, Kind::Direct)
    }

    #[test]
    fn the_floor_figures_are_the_named_ones() {
        let names: Vec<String> = figures(&[]).into_keys().collect();
        let mut expected = figure_names();
        expected.sort();
        assert_eq!(names, expected);
        assert!(crate::report::known_figures().contains("quotes_en_direct_joint_f1"));
    }

    #[test]
    fn words_fold_case_punctuation_and_split_cjk() {
        assert_eq!(words("“We WILL,” he said."), ["we", "will", "he", "said"]);
        assert_eq!(words("谷歌说AI"), ["谷", "歌", "说", "ai"]);
        assert_eq!(words("Ünïcode déjà-vu"), ["ünïcode", "déjà", "vu"]);
    }

    #[test]
    fn coverage_thresholds() {
        let gold = "one two three four five six seven eight nine ten";
        // 3 of 10 gold words: matches at 30 %, not at 80 %.
        let p = [d("one two three", None)];
        let g = [d(gold, None)];
        assert_eq!(match_quotes(&p, &g, Threshold::Cover(0.3)), [(0, 0)]);
        assert!(match_quotes(&p, &g, Threshold::Cover(0.8)).is_empty());
        assert!(match_quotes(&p, &g, Threshold::Exact).is_empty());
        // 2 of 10: no match even at 30 %.
        let p = [d("one two", None)];
        assert!(match_quotes(&p, &g, Threshold::Cover(0.3)).is_empty());
        // A longer prediction covering all gold words matches at 80 %, not exactly.
        let p = [d(&format!("he said {gold} today"), None)];
        assert_eq!(match_quotes(&p, &g, Threshold::Cover(0.8)), [(0, 0)]);
        assert!(match_quotes(&p, &g, Threshold::Exact).is_empty());
        // Exact ignores case, marks and spacing.
        let p = [d("  One, two THREE four five six seven eight nine ten. ", None)];
        assert_eq!(match_quotes(&p, &g, Threshold::Exact), [(0, 0)]);
        // Repeated words count once each (multiset).
        let g = [d("no no no yes", None)];
        let p = [d("no", None)];
        assert!(match_quotes(&p, &g, Threshold::Cover(0.3)).is_empty());
        assert!((coverage("no", "no no no yes") - 0.25).abs() < 1e-9);
    }

    #[test]
    fn matching_is_one_to_one_and_prefers_the_better_cover() {
        // One prediction spanning two gold quotes matches only one of them.
        let g = [d("alpha beta gamma", None), d("delta epsilon zeta", None)];
        let p = [d("alpha beta gamma delta epsilon zeta", None)];
        let pairs = match_quotes(&p, &g, Threshold::Cover(0.3));
        assert_eq!(pairs.len(), 1);
        let c = Counts::score(&p, &g, Threshold::Cover(0.3));
        assert_eq!((c.gold, c.pred, c.matched), (2, 1, 1));
        assert!((c.precision() - 1.0).abs() < 1e-9 && (c.recall() - 0.5).abs() < 1e-9);
        // Two predictions of the same gold quote: one matches, one is spurious.
        let g = [d("alpha beta gamma delta", None)];
        let p = [d("alpha beta", None), d("alpha beta gamma delta", None)];
        assert_eq!(match_quotes(&p, &g, Threshold::Cover(0.3)), [(1, 0)]);
        // Greedy by cover: the full prediction takes the first gold quote,
        // the partial one is left for the second.
        let g = [d("a b c d", None), d("a b x y", None)];
        let p = [d("a b", None), d("a b c d", None)];
        assert_eq!(
            match_quotes(&p, &g, Threshold::Cover(0.3)),
            [(0, 1), (1, 0)]
        );
    }

    #[test]
    fn speaker_rule() {
        let ok = |p, g| speaker_matches(p, g);
        assert!(ok(Some("Vladimir Putin"), Some("Vladimir Putin")));
        assert!(ok(Some("vladimir  PUTIN"), Some("Vladimir Putin")));
        assert!(ok(Some("Putin"), Some("Vladimir Putin")));
        assert!(ok(Some("Vladimir Putin"), Some("Putin")));
        assert!(ok(Some("Mr Putin"), Some("Vladimir Putin")));
        assert!(ok(Some("Dr. Azizur Rahman"), Some("Azizur Rahman")));
        assert!(!ok(Some("Vladimir Vladimirovich Putin"), Some("Vladimir Putin")));
        assert!(!ok(Some("Vladimir"), Some("Vladimir Putin")));
        assert!(!ok(Some("Joe Putin"), Some("Vladimir Putin")));
        assert!(!ok(Some("Joe Biden"), Some("Vladimir Putin")));
        assert!(ok(None, None));
        assert!(!ok(Some("Putin"), None));
        assert!(!ok(None, Some("Putin")));
        assert!(ok(Some("the G7"), Some("G7")));
        assert!(!ok(Some("the G8"), Some("G7")));
        assert!(ok(Some("G7"), Some("G7")));
    }

    #[test]
    fn joint_counts_only_right_speakers() {
        let g = [
            d("we will see each other", Some("Vladimir Putin")),
            d("red lines", Some("Dmitry Peskov")),
        ];
        let p = [
            d("we will see each other", Some("Putin")),
            d("red lines", Some("Joe Biden")),
            d("something else entirely", Some("Joe Biden")),
        ];
        let c = Counts::score(&p, &g, Threshold::Cover(0.3));
        assert_eq!((c.gold, c.pred, c.matched, c.speaker_ok), (2, 3, 2, 1));
        assert!((c.f1() - 0.8).abs() < 1e-9);
        assert!((c.speaker_accuracy() - 0.5).abs() < 1e-9);
        // joint P = 1/3, R = 1/2 → F1 = 0.4
        assert!((c.joint_f1() - 0.4).abs() < 1e-9);
        let empty = Counts::score(&[], &g, Threshold::Cover(0.3));
        assert_eq!(empty.f1(), 0.0);
    }

    #[test]
    fn via_is_scored_over_matches_whose_gold_names_one() {
        assert!(via_matches(Some("the state TV channel Rossiya 1"), "Rossiya 1"));
        assert!(via_matches(Some("Reuters"), "Reuters"));
        assert!(!via_matches(Some("Rossiya"), "Sputnik News"));
        assert!(!via_matches(None, "Reuters"));
        let g = [
            d("we will see each other", Some("Vladimir Putin")).via("Rossiya 1"),
            d("we reaffirm our commitment", Some("G7")).via("Reuters"),
            d("red lines", Some("Dmitry Peskov")),
        ];
        let p = [
            d("we will see each other", Some("Putin")).via("Rossiya 1"),
            d("we reaffirm our commitment", Some("G7")),
            d("red lines", Some("Peskov")).via("Reuters"),
        ];
        let c = Counts::score(&p, &g, Threshold::Cover(0.3));
        assert_eq!((c.matched, c.via_gold, c.via_ok), (3, 2, 1));
        assert!((c.via_accuracy() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn per_kind_totals_filter_both_sides() {
        let page = PageQuotes {
            id: "x".into(),
            language: "en".into(),
            gold: vec![
                Q::new("really want", Some("Putin"), Kind::Partial),
                Q::new("the talks were useful and frank", Some("Putin"), Kind::Indirect),
            ],
            pred: vec![
                Q::new("really want", Some("Putin"), Kind::Direct),
                Q::new("the talks were useful", Some("Putin"), Kind::Indirect),
            ],
            failure: None,
        };
        let pages = [page];
        let all = total(&pages, |_| true, None, Threshold::Cover(0.3));
        assert_eq!((all.gold, all.pred, all.matched), (2, 2, 2));
        let partial = total(&pages, |_| true, Some(Kind::Partial), Threshold::Cover(0.3));
        assert_eq!((partial.gold, partial.pred, partial.matched), (1, 0, 0));
        let direct = total(&pages, |_| true, Some(Kind::Direct), Threshold::Cover(0.3));
        assert_eq!((direct.gold, direct.pred, direct.matched), (0, 1, 0));
        let ind = total(&pages, |_| true, Some(Kind::Indirect), Threshold::Cover(0.3));
        assert_eq!((ind.gold, ind.pred, ind.matched), (1, 1, 1));
        let none = total(&pages, |p| p.language != "en", None, Threshold::Cover(0.3));
        assert_eq!(none, Counts::default());
    }
}
