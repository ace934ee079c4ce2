//! The trip: who travels and where, in order.
//!
//! 1. [`subject`] finds the subject of every clause, resolving "he", "they", "I" and
//!    titles ("the Vice President") to people where the text allows.
//! 2. [`cues`] finds travel evidence: a travel word ("travel to", "visit", "arrive in",
//!    "return to", "met ... in", "In Gabon, ...") with the places it governs, its
//!    subject, tense and sequence words.
//! 3. [`stops`] picks the traveller (the subject of the most evidence), keeps their
//!    evidence, merges it into stops and orders them by sequence words, dates, tense
//!    and text order; a companion the text also follows (their own travel words for two
//!    places or more) gets a trip of their own the same way.
//!
//! Datelines, bylines, places that are only spoken of ("Washington accuses"), other
//! people's trips and cancelled or past trips give no evidence, so they are no stops.

mod context;
mod cues;
mod features;
mod lexicon;
mod stops;
mod subject;
mod weights;

pub use features::NAMES as FEATURE_NAMES;
pub use stops::Candidate;

use crate::analysis::Analysis;
use crate::doc::Doc;

/// Fills `a.trip` (`None` when the text describes no trip). Offsets are bytes into
/// `doc.text()`.
pub fn extract(doc: &Doc, a: &mut Analysis) {
    let ctx = context::Ctx::new(doc, a);
    let subs = subject::subjects(&ctx, a);
    let evidence = cues::find(&ctx, a, &subs);
    let more = || cues::weaker(&ctx, a, &subs);
    (a.trip, a.companions) = stops::build(&ctx, a, evidence, more, &subs.discourse);
}

/// The candidate stops with the features the trip's model weighs, for the trainer in
/// `tools/trip-model` (the analysis must hold places, people, times and events).
pub fn candidates(doc: &Doc, a: &Analysis) -> Vec<Candidate> {
    let ctx = context::Ctx::new(doc, a);
    let subs = subject::subjects(&ctx, a);
    let evidence = cues::find(&ctx, a, &subs);
    let more = || cues::weaker(&ctx, a, &subs);
    stops::candidate_list(&ctx, a, evidence, more, &subs.discourse)
}

#[cfg(test)]
mod tests;
