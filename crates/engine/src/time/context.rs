//! Story context: what the expressions met so far tell the next ones.
//!
//! - The last date the story wrote out anchors anaphoric periods: "in 1995 ... the
//!   following year" is 1996, "June 1998 ... later that year" is 1998, "Oct. 23, 1998
//!   ... that day" is 1998-10-23.
//! - The last quarter already over that a financial story named is the period it
//!   reports: after "third-quarter profit", "a year earlier" next to figures, "the
//!   year-ago quarter" and "the 1988 period" are the third quarter of their years, "the
//!   quarter" and "the latest period" the third quarter itself.
//!
//! One pass in text order, constant work per expression.

use super::civil::{self, fmt_year};
use super::lexicon::Unit;
use super::normalize::{self, Reference};
use super::recognize::{Core, Found, Tokens, YearSpec};
use super::tense::Tense;

/// What the story has said so far.
#[derive(Debug, Default)]
pub struct Story {
    /// The reported quarter: (year, quarter).
    reported: Option<(i32, u32)>,
    /// The last date written out.
    anchor: Option<Reference>,
    /// Its month, when it has one: (year, month).
    anchor_month: Option<(i32, u32)>,
}

impl Story {
    /// The value of `f` (in sentence `range` of `t`) given the story so far; then
    /// remembers what `f` tells the expressions after it.
    pub fn value(
        &mut self,
        f: &Found,
        t: &Tokens,
        range: std::ops::Range<usize>,
        r: &Reference,
        tense: Tense,
    ) -> Option<String> {
        let mut value = match (&f.core, self.anchor) {
            (Core::Anaphor { unit, offset }, Some(a)) => {
                anaphor_value(*unit, *offset, &a, self.anchor_month)
                    .or_else(|| normalize::value(&f.core, r, tense))
            }
            _ => normalize::value(&f.core, r, tense),
        };
        if let Some(v) = value.as_deref().filter(|_| written_out(&f.core)) {
            self.anchor = Some(anchor_of(v));
            self.anchor_month = parse_month(v);
        }
        if let (Core::Quarter { .. }, Some(v)) = (&f.core, &value) {
            // Only a quarter already over can be the one reported ("expects
            // fourth-quarter profit to fall" in October is not).
            let over = |(y, q): (i32, u32)| {
                r.date.is_none_or(|d| {
                    (y * 4 + q as i32) < (civil::year(d) * 4 + civil::quarter(d) as i32)
                })
            };
            if let Some(yq) = parse_quarter(v).filter(|&yq| over(yq)) {
                self.reported = Some(yq);
            }
        }
        if let Some((y, q)) = self.reported {
            let words = &t.words;
            let back = match &f.core {
                Core::ReportPeriod { back } => Some(*back),
                // "this quarter's loss" in a results story is the quarter reported.
                Core::Rel {
                    unit: Unit::Quarter,
                    offset: 0,
                } if !words[f.first..f.last].contains(&"current") => Some(0),
                Core::Rel {
                    unit: Unit::Year,
                    offset: -1,
                } if compares_figures(&words[range]) && ago_word(words[f.last - 1]) => Some(1),
                _ => None,
            };
            if let Some(back) = back {
                value = Some(format!("{}-Q{q}", fmt_year(y - back)));
            }
            if let Core::ReportYear(y) = f.core {
                value = Some(format!("{}-Q{q}", fmt_year(y)));
            }
        }
        value
    }
}

/// `YYYY-Qn` → (year, quarter).
fn parse_quarter(v: &str) -> Option<(i32, u32)> {
    let (y, q) = v.split_once("-Q")?;
    Some((y.parse().ok()?, q.parse().ok()?))
}

/// Whether a sentence (its lowercased words) compares reported figures ("$1.2 million,
/// or 30 cents a share, a year earlier"): money or percentages in it.
fn compares_figures(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(
            *w,
            "$" | "%" | "cents" | "million" | "billion" | "share" | "c$" | "#" | "percent"
        )
    })
}

fn ago_word(w: &str) -> bool {
    matches!(w, "ago" | "earlier")
}

/// A date written out (a day, a month, a year): a possible anchor for "the following
/// year".
fn written_out(core: &Core) -> bool {
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
    match civil::parse(v) {
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
    unit: Unit,
    offset: i32,
    a: &Reference,
    month: Option<(i32, u32)>,
) -> Option<String> {
    match unit {
        Unit::Year => a.year.map(|y| fmt_year(y + offset)),
        Unit::Month => {
            let (y, m) = month?;
            let k = y * 12 + m as i32 - 1 + offset;
            Some(format!(
                "{}-{:02}",
                fmt_year(k.div_euclid(12)),
                k.rem_euclid(12) + 1
            ))
        }
        Unit::Day => a
            .date
            .map(|d| civil::iso(civil::add_days(d, i64::from(offset)))),
        Unit::Week => a.date.map(|d| {
            let (y, w) = civil::iso_week(civil::add_days(d, 7 * i64::from(offset)));
            format!("{}-W{:02}", fmt_year(y), w)
        }),
        _ => None,
    }
}
