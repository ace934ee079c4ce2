//! Ranking candidates with statistics of the one article (no corpus), in the spirit of
//! YAKE: how often a word is used, how early it first appears, whether the headline
//! uses it, how long (how specific) it is, how far through the text it recurs, and
//! whether it is a word every news story uses. A phrase is scored from its words and
//! from how often the whole phrase recurs; a name from how often it is named.
//!
//! The score is linear in a handful of named [`Feature`]s: `score = Σ wᵢ·fᵢ`. The
//! weights ([`WEIGHTS`]) were set by a coordinate search for the best F1@10 on one half
//! of a crowd-annotated news corpus (500N-KPCrowd, dev part) and checked on the other
//! half (0.198 and 0.199); a logistic fit gave no better. [`Feature::NameWord`] and
//! [`Feature::LongName`] came later (0.198 → 0.204 on the dev half; held out one
//! category at a time, every category kept or gained). They are few and general (no
//! word lists are learned), so they carry to other news text. Tried and left out, as
//! they gained nothing on the held-out half: TextRank-style centrality in the graph of
//! words, word endings (-ed, -ing, -ly), count thresholds.
//!
//! A caveat on [`Feature::Compound`]: that corpus writes its keys without hyphens
//! ("drivethrough"), so a hyphenated word can never match there; part of that
//! feature's measured gain is this artefact, the rest is that such compounds are
//! mostly modifiers ("Oscar-winning", "knee-length").

use super::candidates::{Candidate, Kind, NameKind};
use super::stopwords::is_generic;
use rustc_hash::FxHashMap;

/// The features of a candidate, in the order of [`Features`] entries and [`WEIGHTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    /// Always 1.
    Bias,
    /// `ln(1 + count)` of the candidate itself.
    Frequency,
    /// For a phrase: the mean `ln(1 + count)` of its words; for a word or name: as
    /// [`Feature::Frequency`].
    WordFrequency,
    /// Relative position of the first use: 0 at the start of the text, 1 at the end.
    FirstPosition,
    /// Share of the text between the first and the last use, 0..1.
    Spread,
    /// 1 when the headline uses it.
    Title,
    /// Length of its longest word in characters, up to 10, divided by 10.
    Length,
    /// 1 when it is (or, for a phrase, contains) a word common in any news story.
    Generic,
    /// 1 for a phrase of two or more content words.
    Phrase,
    /// 1 for a person.
    Person,
    /// 1 for a place.
    Place,
    /// 1 for an organisation.
    Organisation,
    /// 1 when every use is written with a capital not owed to the sentence start.
    Capital,
    /// 1 when its longest word has four characters or fewer ("deal", "job"): short
    /// words are more often common ones.
    Short,
    /// 1 for a single hyphenated word ("Oscar-winning", "knee-length"): most such
    /// compounds modify a noun rather than name what the story is about.
    Compound,
    /// 1 for a word met only inside longer names ("Cruz" of "Penelope Cruz").
    NameWord,
    /// 1 for a name shown in two or more words ("Penelope Cruz"): readers key such a
    /// name by one of its words more often than whole.
    LongName,
}

/// Every feature, in order.
pub const FEATURES: [Feature; 17] = [
    Feature::Bias,
    Feature::Frequency,
    Feature::WordFrequency,
    Feature::FirstPosition,
    Feature::Spread,
    Feature::Title,
    Feature::Length,
    Feature::Generic,
    Feature::Phrase,
    Feature::Person,
    Feature::Place,
    Feature::Organisation,
    Feature::Capital,
    Feature::Short,
    Feature::Compound,
    Feature::NameWord,
    Feature::LongName,
];

/// A candidate's feature values, indexed like [`FEATURES`].
pub type Features = [f64; FEATURES.len()];

/// Weights of the features, indexed like [`FEATURES`].
pub type Weights = [f64; FEATURES.len()];

/// The weights in use.
pub const WEIGHTS: Weights = [
    0.0,   // bias
    2.25,  // frequency
    0.0,   // word frequency
    -1.25, // first position
    0.0,   // spread
    0.5,   // title
    3.0,   // length
    -0.75, // generic
    -2.0,  // phrase
    0.0,   // person
    0.0,   // place
    -1.5,  // organisation
    0.0,   // capital
    -0.75, // short
    -2.0,  // compound
    -2.0,  // name word
    -2.0,  // long name
];

/// A candidate with its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    /// Index into the candidate list.
    pub candidate: usize,
    /// Raw score (higher is better), not bounded.
    pub score: f64,
}

/// Facts about the article that the features need.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// Number of sentences.
    pub sentences: usize,
    /// Index of the headline's sentence, if there is a headline.
    pub title_sentence: Option<usize>,
}

/// Whether a candidate may be ranked at all: a phrase, a name or a word of names used
/// once outside the headline never is (a name the story only passes by is not what it
/// is about).
pub fn eligible(c: &Candidate, ctx: Context) -> bool {
    (c.kind == Kind::Term && !c.only_in_names()) || c.count() >= 2 || in_title(c, ctx)
}

/// The feature values of every candidate (zeros for the ineligible), indexed like
/// `cands`.
pub fn features(cands: &[Candidate], ctx: Context) -> Vec<Features> {
    let mut term_freq: FxHashMap<&str, f64> = FxHashMap::default();
    for c in cands {
        if c.kind == Kind::Term {
            term_freq.insert(c.key.as_str(), (1.0 + c.count() as f64).ln());
        }
    }
    cands
        .iter()
        .map(|c| {
            if eligible(c, ctx) {
                features_of(c, ctx, &term_freq)
            } else {
                [0.0; FEATURES.len()]
            }
        })
        .collect()
}

/// Scores every eligible candidate, best first.
pub fn rank(cands: &[Candidate], ctx: Context, w: &Weights) -> Vec<Ranked> {
    let feats = features(cands, ctx);
    let mut out: Vec<Ranked> = cands
        .iter()
        .zip(&feats)
        .enumerate()
        .filter(|(_, (c, _))| eligible(c, ctx))
        .map(|(i, (_, f))| Ranked {
            candidate: i,
            score: f.iter().zip(w).map(|(x, w)| x * w).sum(),
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.candidate.cmp(&b.candidate))
    });
    out
}

fn in_title(c: &Candidate, ctx: Context) -> bool {
    ctx.title_sentence
        .is_some_and(|t| c.occurrences.iter().any(|o| o.sentence == t))
}

fn features_of(c: &Candidate, ctx: Context, term_freq: &FxHashMap<&str, f64>) -> Features {
    let n = ctx.sentences.max(1) as f64;
    let text = c.text();
    let len = text
        .split_whitespace()
        .map(|t| t.chars().count())
        .max()
        .unwrap_or(0)
        .min(10) as f64;
    let first = c.first_sentence() as f64;
    let last = c.occurrences.last().map_or(0, |o| o.sentence) as f64;
    let freq = (1.0 + c.count() as f64).ln();
    let word_freq = if c.kind == Kind::Phrase {
        let sum: f64 = c
            .stems
            .iter()
            .map(|s| term_freq.get(s.as_str()).copied().unwrap_or(0.0))
            .sum();
        sum / c.stems.len().max(1) as f64
    } else {
        freq
    };
    let generic = match c.kind {
        // Any written form counts: "official" is as generic as "officials".
        Kind::Term => c.forms.iter().any(|(f, _)| is_generic(&f.to_lowercase())),
        Kind::Phrase => text
            .split_whitespace()
            .any(|w| is_generic(&w.to_lowercase())),
        Kind::Name(_) => false,
    };
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let mut f = [0.0; FEATURES.len()];
    for (slot, feature) in f.iter_mut().zip(FEATURES) {
        *slot = match feature {
            Feature::Bias => 1.0,
            Feature::Frequency => freq,
            Feature::WordFrequency => word_freq,
            Feature::FirstPosition => first / n,
            Feature::Spread => (last - first) / n,
            Feature::Title => flag(in_title(c, ctx)),
            Feature::Length => len / 10.0,
            Feature::Generic => flag(generic),
            Feature::Phrase => flag(c.kind == Kind::Phrase),
            Feature::Person => flag(c.kind == Kind::Name(NameKind::Person)),
            Feature::Place => flag(c.kind == Kind::Name(NameKind::Place)),
            Feature::Organisation => flag(c.kind == Kind::Name(NameKind::Organisation)),
            Feature::Capital => flag(c.occurrences.iter().all(|o| o.capital)),
            Feature::Short => flag(len <= 4.0),
            Feature::Compound => flag(c.kind == Kind::Term && text.contains('-')),
            Feature::NameWord => flag(c.only_in_names()),
            Feature::LongName => {
                flag(matches!(c.kind, Kind::Name(_)) && text.split_whitespace().nth(1).is_some())
            }
        };
    }
    f
}
