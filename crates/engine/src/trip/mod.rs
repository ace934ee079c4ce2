//! The trip: who travels and where, in order.
//!
//! 1. [`subject`] finds the subject of every clause, resolving "he", "they", "I" and
//!    titles ("the Vice President") to people where the text allows.
//! 2. [`cues`] finds travel evidence: a travel word ("travel to", "visit", "arrive in",
//!    "return to", "met ... in", "In Gabon, ...") with the places it governs, its
//!    subject, tense and sequence words.
//! 3. [`stops`] picks the traveller (the subject of the most evidence), keeps their
//!    evidence, merges it into stops and orders them by sequence words, dates, tense
//!    and text order.
//!
//! Datelines, bylines, places that are only spoken of ("Washington accuses"), other
//! people's trips and cancelled or past trips give no evidence, so they are no stops.

mod context;
mod cues;
mod lexicon;
mod stops;
mod subject;

use crate::analysis::Analysis;
use crate::doc::Doc;

/// Fills `a.trip` (`None` when the text describes no trip). Offsets are bytes into
/// `doc.text()`.
pub fn extract(doc: &Doc, a: &mut Analysis) {
    let ctx = context::Ctx::new(doc, a);
    let subs = subject::subjects(&ctx, a);
    let evidence = cues::find(&ctx, a, &subs);
    let weak = || cues::weak(&ctx, a, &subs);
    a.trip = stops::build(&ctx, a, evidence, weak, &subs.discourse);
}

#[cfg(test)]
mod tests;
