//! Topics: what the article is about, as ranked key phrases and as a handful of labelled
//! topics linked to the places and people of the story.
//!
//! Runs last, after places, people, times and the trip, and reads their results.
//!
//! 1. [`candidates`]: runs of content words between stop words and punctuation, inside
//!    one sentence, never across a name's edge; their n-grams; the names found by the
//!    earlier stages, one candidate per entity; and each word of a longer name as a word
//!    too ("Cruz" of "Penelope Cruz").
//! 2. [`rank`]: single-article statistics (frequency, first position, headline, word
//!    length, commonness), YAKE-style; phrases scored from their words and from
//!    recurring whole; names kept only when named more than once (or in the headline).
//! 3. [`group`]: countries (with their cities, regions and demonyms) become topics, two
//!    countries set against each other one "relations" topic, much-named people and
//!    organisations away from the places topics of their own; key phrases join the
//!    topic whose sentences they are concentrated in; labels are built from the text's
//!    own wording ("Iranian nuclear negotiations" → "Iran nuclear negotiations",
//!    "crisis in Yemen" → "Yemen crisis").
//!
//! Why not the `yake-rust` crate: it segments and tokenises the text again with its own
//! regular expressions (the `regex` and `segtok` crates, a few hundred KB of wasm), so it
//! cannot respect this engine's sentences, names or removed boilerplate, and at its
//! defaults it scores F1@10 = 0.068 on the 500N-KPCrowd dev half against the 0.20 bar.
//!
//! Everything is linear in the text's length (hash maps over candidates; no pairwise
//! loops over tokens).

pub mod candidates;
pub mod group;
pub mod rank;
pub mod stem;
pub mod stopwords;

#[cfg(test)]
mod tests;

use crate::analysis::{Analysis, Keyphrase};
use crate::doc::Doc;

/// How many key phrases are reported.
pub const MAX_KEYPHRASES: usize = 30;

/// Fills `a.keyphrases` (best first, scores 0..1) and `a.topics` (best first).
pub fn extract(doc: &Doc, a: &mut Analysis) {
    let cands = candidates::collect(doc, a);
    let ctx = context(doc);
    let ranked = rank::rank(&cands, ctx, &rank::WEIGHTS);
    let (kps, chosen) = keyphrases(&cands, &ranked);
    a.keyphrases = kps;
    a.topics = group::topics(doc, a, &cands, &ranked, &chosen, ctx);
}

/// The facts about `doc` that ranking needs.
pub fn context(doc: &Doc) -> rank::Context {
    rank::Context {
        sentences: doc.sentences.len(),
        title_sentence: title_sentence(doc),
    }
}

/// The reported key phrases: the best [`MAX_KEYPHRASES`] candidates, scores mapped to
/// 0..1 (the best is 1), one entry per shown text; with the index of each one's
/// candidate.
fn keyphrases(
    cands: &[candidates::Candidate],
    ranked: &[rank::Ranked],
) -> (Vec<Keyphrase>, Vec<usize>) {
    let mut out: Vec<Keyphrase> = Vec::new();
    let mut chosen = Vec::new();
    let top = ranked.first().map_or(0.0, |r| r.score);
    let floor = ranked
        .iter()
        .take(MAX_KEYPHRASES * 2)
        .map(|r| r.score)
        .fold(top, f64::min);
    let span = (top - floor).max(1e-9);
    for r in ranked {
        if out.len() >= MAX_KEYPHRASES {
            break;
        }
        let c = &cands[r.candidate];
        let text = c.text();
        if text.is_empty() || out.iter().any(|k| k.text.eq_ignore_ascii_case(&text)) {
            continue;
        }
        let score = ((r.score - floor) / span).clamp(0.0, 1.0);
        out.push(Keyphrase {
            text,
            score: (score * 1000.0).round() / 1000.0,
        });
        chosen.push(r.candidate);
    }
    (out, chosen)
}

/// Index of the headline's sentence: the sentence that starts where [`Doc::title`] does.
fn title_sentence(doc: &Doc) -> Option<usize> {
    let title = doc.title()?;
    let offset = (title.as_ptr() as usize).checked_sub(doc.text().as_ptr() as usize)?;
    if offset > doc.text().len() {
        return None;
    }
    doc.sentence_at(offset)
}
