//! Time: temporal expressions found in the text and normalised TimeML-style (TIMEX3:
//! `DATE`, `TIME`, `DURATION`, `SET`) against a reference date.
//!
//! ```
//! use itinera_engine::{analyze, Options};
//! let a = analyze(
//!     "Kerry met Putin on Tuesday. He will fly to Turkey on Wednesday.",
//!     &Options::with_date("2015-05-12").unwrap(),
//! );
//! let values: Vec<_> = a.times.iter().map(|t| t.value.clone().unwrap()).collect();
//! assert_eq!(values, ["2015-05-12", "2015-05-13"]);
//! ```
//!
//! The stages:
//! - [`recognize`]: a hand-written matcher over the tokens of each sentence finds the
//!   expressions and what they mean ([`recognize::Core`]), with TimeBank's extents
//!   ("the past three years", "early 2014", "a year ago");
//! - [`reference`]: the reference date, given or inferred from the text (never the
//!   clock);
//! - [`normalize`]: the value against the reference (weekdays and months by the
//!   [`tense`] of the sentence), with [`civil`] dates (the `jiff` crate);
//! - [`context`]: what earlier expressions tell later ones ("the following year" after
//!   "1995", "a year earlier" after "the third quarter");
//! - [`lists`]: the days of a day-by-day list ("Day 3") dated from its first day, and
//!   "the 14th" in the month last named.
//!
//! Offsets written to [`Analysis::times`] are byte offsets into `doc.text()`.

pub mod civil;
pub mod context;
pub mod lexicon;
pub mod lists;
pub mod normalize;
pub mod recognize;
pub mod reference;
pub mod tense;

#[cfg(test)]
mod tests;

use crate::analysis::{Analysis, Time};
use crate::doc::Doc;
use normalize::Reference;
use reference::Source;

/// Fills `a.times` (byte offsets into `doc.text()`) and the document's reference date.
/// `given` is the user's reference date, `YYYY-MM-DD`, already validated.
pub fn extract(doc: &Doc, given: Option<&str>, a: &mut Analysis) {
    let tokens = recognize::Tokens::new(doc);
    let found = recognize::recognize(&tokens);
    let (r, source) = match given.and_then(reference::given) {
        Some(r) => (r, Source::Given),
        None => reference::infer(&tokens, &found),
    };
    a.document.reference_date = match (r.date, r.year) {
        (Some(d), _) => Some(civil::iso(d)),
        (None, Some(y)) => Some(civil::fmt_year(y)),
        _ => None,
    };
    a.document.reference_date_source = source.as_str().into();
    a.times = to_times(doc, &tokens, &found, &r);
}

fn to_times(
    doc: &Doc,
    t: &recognize::Tokens,
    found: &[recognize::Found],
    r: &Reference,
) -> Vec<Time> {
    let mut story = context::Story::default();
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let first = &doc.tokens[f.first];
        let last = &doc.tokens[f.last - 1];
        let range = doc.sentence_tokens[first.sentence].clone();
        let mut tense = tense::tense_of(&t.words, f, range.clone());
        // A sentence with no tense of its own goes on in the one before it ("He will
        // fly to Ankara on Thursday. On Sunday he travels to Beirut.").
        if tense == tense::Tense::Unmarked && first.sentence > 0 {
            let before = doc.sentence_tokens[first.sentence - 1].clone();
            tense = tense::tense_at(&t.words, before.clone(), before.end);
        }
        let value = story.value(f, t, range, r, tense);
        out.push(Time {
            id: format!("t{}", out.len() + 1),
            text: doc.text()[first.start..last.end].to_string(),
            kind: normalize::kind(&f.core).to_string(),
            value,
            start: first.start,
            end: last.end,
            modifier: f.modifier.map(str::to_string),
            list_day: None,
        });
    }
    lists::settle(doc, found, &mut out);
    out
}
