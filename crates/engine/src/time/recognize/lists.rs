//! Dates of lists and schedules: "Day 3" heading a line of a day-by-day plan, and "the
//! 14th" after "on" (a day of the month the story is in). Month-and-day forms ("Sept 8",
//! "8 Sept", "Sept. 8–10") are `dates`'s.

use super::super::lexicon;
use super::{Core, Hit, Matcher};
use crate::segment::TokenKind;

impl Matcher<'_, '_> {
    /// "Day 3" (capitalised, a number of at most three digits): only where a list puts
    /// it, at the start of its sentence or line, or followed by ":", "-", "–" or ",".
    pub(super) fn list_day(&self, i: usize) -> Option<Hit> {
        if self.raw(i) != "Day" {
            return None;
        }
        let n = self.int(i + 1).filter(|&n| (1..=366).contains(&n))?;
        if self.raw(i + 1).len() > 3 {
            return None;
        }
        let opens = i == self.lo || matches!(self.raw(i - 1), "\n" | "(" | "[" | "•" | "*");
        let marked = matches!(self.raw(i + 2), ":" | "-" | "–" | "—" | "," | ".");
        (opens || marked).then_some((Core::ListDay(n), i + 2))
    }

    /// "on the 14th": a day of the month the story is in (the span is "the 14th").
    pub(super) fn day_of_month(&self, i: usize) -> Option<Hit> {
        if self.w(i) != "the" || i == self.lo || self.w(i - 1) != "on" {
            return None;
        }
        if self.kind(i + 1) != Some(TokenKind::Number) && self.kind(i + 1) != Some(TokenKind::Word)
        {
            return None;
        }
        let d = lexicon::ordinal(self.w(i + 1))?;
        // Digits with a suffix only ("14th"): "on the first" is most often not a date.
        if !self.w(i + 1).starts_with(|c: char| c.is_ascii_digit()) || !(1..=31).contains(&d) {
            return None;
        }
        // "on the 14th of May" is `dates`'s; "on the 14th floor" is no date.
        if matches!(
            self.w(i + 2),
            "of" | "floor"
                | "anniversary"
                | "day"
                | "century"
                | "time"
                | "round"
                | "hole"
                | "minute"
        ) {
            return None;
        }
        Some((Core::DayOfMonth(d), i + 2))
    }
}
