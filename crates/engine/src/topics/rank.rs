//! Ranking candidates with statistics of the one article (no corpus), in the spirit of
//! YAKE: how often a word is used, how early it first appears, whether the headline
//! uses it, how long (how specific) it is, and whether it is a word every news story
//! uses. A phrase is scored from its words and from how often the whole phrase recurs;
//! a name from how often it is named.
//!
//! The weights are log-linear: a candidate's score is a sum of feature terms, and the
//! reported score is that sum mapped to 0..1 over the article's candidates.

use super::candidates::{Candidate, Kind, NameKind};
use super::stopwords::is_generic;
use std::collections::HashMap;

/// Weights of the features (see the module docs).
#[derive(Debug, Clone, Copy)]
pub struct Weights {
    /// Per unit of `ln(1 + count)`.
    pub frequency: f64,
    /// Per character of word length, up to 10.
    pub length: f64,
    /// When the headline uses the word.
    pub title: f64,
    /// Per unit of relative position of the first use (0 at the start, 1 at the end).
    pub position: f64,
    /// Taken off a word common in any news story.
    pub generic: f64,
    /// Taken off a phrase of two or more words (they are rarer key phrases than words).
    pub phrase: f64,
    /// Per unit of `ln(count)` of a whole phrase recurring.
    pub phrase_repeat: f64,
    /// Added to a name (place, person, organisation).
    pub name: f64,
}

/// The weights in use.
pub const WEIGHTS: Weights = Weights {
    frequency: 2.0,
    length: 0.3,
    title: 1.0,
    position: 1.0,
    generic: 1.0,
    phrase: 1.5,
    phrase_repeat: 1.0,
    name: 0.0,
};

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

/// Scores every candidate worth showing, best first. Candidates that are never key are
/// left out: phrases used once outside the headline, names used once outside it.
pub fn rank(cands: &[Candidate], ctx: Context, w: &Weights) -> Vec<Ranked> {
    let mut term_score: HashMap<&str, f64> = HashMap::new();
    for c in cands {
        if c.kind == Kind::Term {
            term_score.insert(c.key.as_str(), word_score(c, ctx, w));
        }
    }
    let in_title = |c: &Candidate| {
        ctx.title_sentence
            .is_some_and(|t| c.occurrences.iter().any(|o| o.sentence == t))
    };
    let mut out = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let score = match c.kind {
            Kind::Term => term_score.get(c.key.as_str()).copied().unwrap_or(0.0),
            Kind::Phrase => {
                if c.count() < 2 && !in_title(c) {
                    continue;
                }
                let words: Vec<f64> = c
                    .stems
                    .iter()
                    .map(|s| term_score.get(s.as_str()).copied().unwrap_or(0.0))
                    .collect();
                let mean = words.iter().sum::<f64>() / words.len().max(1) as f64;
                mean - w.phrase + w.phrase_repeat * (c.count() as f64).ln()
            }
            Kind::Name(kind) => {
                if c.count() < 2 && !in_title(c) {
                    continue;
                }
                let base = word_score(c, ctx, w) + w.name;
                match kind {
                    NameKind::Person | NameKind::Place | NameKind::Organisation => base,
                }
            }
        };
        out.push(Ranked {
            candidate: i,
            score,
        });
    }
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.candidate.cmp(&b.candidate))
    });
    out
}

/// The score of a single word or a name from its own statistics.
fn word_score(c: &Candidate, ctx: Context, w: &Weights) -> f64 {
    let text = c.text();
    let len = text
        .split_whitespace()
        .map(|t| t.chars().count())
        .max()
        .unwrap_or(0)
        .min(10) as f64;
    let first = c.first_sentence() as f64 / ctx.sentences.max(1) as f64;
    let title = ctx
        .title_sentence
        .is_some_and(|t| c.occurrences.iter().any(|o| o.sentence == t));
    let generic = c.kind == Kind::Term && is_generic(&text.to_lowercase());
    w.frequency * (1.0 + c.count() as f64).ln() + w.length * len + if title { w.title } else { 0.0 }
        - w.position * first
        - if generic { w.generic } else { 0.0 }
}
