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
//! - [`normalize`]: the value against the reference (weekdays by the [`tense`] of the
//!   sentence), with [`calendar`] arithmetic.
//!
//! Offsets written to [`Analysis::times`] are byte offsets into `doc.text()`.

pub mod calendar;
pub mod lexicon;
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
        (Some(d), _) => Some(d.iso()),
        (None, Some(y)) => Some(calendar::fmt_year(y)),
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
    // The quarter a financial story last named: "a year earlier" and "the year-ago
    // period" after "the third quarter" mean that quarter of the year before.
    let mut reported: Option<(i32, u32)> = None;
    // The last date the story wrote out, for "the following year", "that day".
    let mut anchor: Option<Reference> = None;
    let mut anchor_month: Option<(i32, u32)> = None;
    let mut out = Vec::with_capacity(found.len());
    for (k, f) in found.iter().enumerate() {
        let first = &doc.tokens[f.first];
        let last = &doc.tokens[f.last - 1];
        let range = doc.sentence_tokens[first.sentence].clone();
        let mut tense = tense::tense_at(&t.words, range.clone(), f.first);
        // "Tuesday's declaration", "Wednesday's ruling": a day named for what
        // happened on it.
        if matches!(f.core, recognize::Core::Weekday { dir: 0, .. })
            && t.words.get(f.last).is_some_and(|w| w == "'s")
        {
            tense = tense::Tense::Past;
        }
        if tense::deadline_before(&t.words, f.first)
            && dated_without_year(&f.core)
            && !(tense == tense::Tense::Past
                && is_weekday(&f.core)
                && !tense::strong_deadline_before(&t.words, f.first))
        {
            tense = tense::Tense::Future;
        }
        let mut value = match (&f.core, anchor) {
            (recognize::Core::Anaphor { unit, offset }, Some(a)) => {
                anaphor_value(*unit, *offset, &a, anchor_month)
                    .or_else(|| normalize::value(&f.core, r, tense))
            }
            _ => normalize::value(&f.core, r, tense),
        };
        if let Some(v) = value.as_deref().filter(|_| written_out(&f.core)) {
            anchor = Some(anchor_of(v));
            anchor_month = parse_month(v);
        }
        if let Some(v) = &value {
            if let recognize::Core::Quarter { .. } = f.core {
                // Only a quarter already over can be the one reported ("expects
                // fourth-quarter profit to fall" in October is not).
                let over = |(y, q): (i32, u32)| {
                    r.date
                        .is_none_or(|d| (y * 4 + q as i32) < (d.year * 4 + d.quarter() as i32))
                };
                if let Some(yq) = parse_quarter(v).filter(|&yq| over(yq)) {
                    reported = Some(yq);
                }
            }
        }
        if let Some((y, q)) = reported {
            let back = match &f.core {
                recognize::Core::ReportPeriod { back } => Some(*back),
                // "this quarter's loss" in a results story is the quarter reported.
                recognize::Core::Rel {
                    unit: lexicon::Unit::Quarter,
                    offset: 0,
                } if !t.words[f.first..f.last].iter().any(|w| w == "current") => Some(0),
                recognize::Core::Rel {
                    unit: lexicon::Unit::Year,
                    offset: -1,
                } if compares_figures(t, range) && ago_word(&t.words[f.last - 1]) => Some(1),
                _ => None,
            };
            if let Some(back) = back {
                value = Some(format!("{}-Q{q}", calendar::fmt_year(y - back)));
            }
            if let recognize::Core::ReportYear(y) = f.core {
                value = Some(format!("{}-Q{q}", calendar::fmt_year(y)));
            }
        }
        out.push(Time {
            id: format!("t{}", k + 1),
            text: doc.text()[first.start..last.end].to_string(),
            kind: normalize::kind(&f.core).to_string(),
            value,
            start: first.start,
            end: last.end,
            modifier: f.modifier.map(str::to_string),
        });
    }
    out
}

/// `YYYY-Qn` → (year, quarter).
fn parse_quarter(v: &str) -> Option<(i32, u32)> {
    let (y, q) = v.split_once("-Q")?;
    Some((y.parse().ok()?, q.parse().ok()?))
}

/// Whether a sentence compares reported figures ("$1.2 million, or 30 cents a share,
/// a year earlier"): money or percentages in it.
fn compares_figures(t: &recognize::Tokens, range: std::ops::Range<usize>) -> bool {
    t.words[range].iter().any(|w| {
        matches!(
            w.as_str(),
            "$" | "%" | "cents" | "million" | "billion" | "share" | "c$" | "#" | "percent"
        )
    })
}

/// A month, day, weekday or holiday written without its year or direction.
fn dated_without_year(core: &recognize::Core) -> bool {
    use recognize::Core;
    matches!(
        core,
        Core::Day { year: None, .. }
            | Core::MonthDir { dir: 0, .. }
            | Core::Holiday { year: None, .. }
            | Core::Weekday { dir: 0, .. }
            | Core::Clock { day: Some(_), .. }
    ) || matches!(core, Core::PartOfDay { day, .. } if dated_without_year(day))
}

fn ago_word(w: &str) -> bool {
    matches!(w, "ago" | "earlier")
}

/// A weekday or a clock time on one: close enough that a past verb outweighs "by".
fn is_weekday(core: &recognize::Core) -> bool {
    matches!(
        core,
        recognize::Core::Weekday { .. }
            | recognize::Core::Clock { .. }
            | recognize::Core::PartOfDay { .. }
    )
}

/// A date written out (a day, a month, a year): a possible anchor for "the following
/// year".
fn written_out(core: &recognize::Core) -> bool {
    use recognize::{Core, YearSpec};
    matches!(
        core,
        Core::Day { .. }
            | Core::Month {
                year: YearSpec::Abs(_),
                ..
            }
            | Core::MonthDir { .. }
            | Core::Year(YearSpec::Abs(_))
    )
}

/// The anchor a written-out value gives: its day, or only its year.
fn anchor_of(v: &str) -> Reference {
    match calendar::Date::parse(v) {
        Some(d) => Reference::from_date(d),
        None => Reference {
            date: None,
            year: v.get(..4).and_then(|y| y.parse().ok()),
        },
    }
}

/// `YYYY-MM` or `YYYY-MM-DD` → (year, month).
fn parse_month(v: &str) -> Option<(i32, u32)> {
    let y = v.get(..4)?.parse().ok()?;
    let m = v.get(5..7)?.parse().ok()?;
    (v.as_bytes().get(4) == Some(&b'-')).then_some((y, m))
}

/// "the following year" after "in 1995": 1996; "the following month" after "in March
/// 1989": 1989-04; "that day" after "Oct. 23, 1998": 1998-10-23.
fn anaphor_value(
    unit: lexicon::Unit,
    offset: i32,
    a: &Reference,
    month: Option<(i32, u32)>,
) -> Option<String> {
    use lexicon::Unit;
    match unit {
        Unit::Year => a.year.map(|y| calendar::fmt_year(y + offset)),
        Unit::Month => {
            let (y, m) = month?;
            let k = y * 12 + m as i32 - 1 + offset;
            Some(format!(
                "{}-{:02}",
                calendar::fmt_year(k.div_euclid(12)),
                k.rem_euclid(12) + 1
            ))
        }
        Unit::Day => a.date.map(|d| d.add_days(i64::from(offset)).iso()),
        Unit::Week => a.date.map(|d| {
            let (y, w) = d.add_days(7 * i64::from(offset)).iso_week();
            format!("{}-W{:02}", calendar::fmt_year(y), w)
        }),
        _ => None,
    }
}
