//! Expressions counted from the reference: weekdays, "last week", "the coming weeks",
//! "two years ago", "three days", "the year", "today", "now", "recently", and the sets
//! ("every Monday", "annually").

use super::super::lexicon::{self, Unit};
use super::{ago, Core, Found, Hit, Matcher, YearSpec};
use crate::segment::TokenKind;

impl Matcher<'_, '_> {
    /// Weekdays: "Tuesday", "last Friday", "this Sunday", "Tuesday, April 6".
    pub(super) fn weekday_expr(&self, i: usize) -> Option<Hit> {
        let (dir, j) = match self.w(i) {
            "last" | "past" | "previous" => (-1, i + 1),
            "next" | "coming" => (1, i + 1),
            "this" => (0, i + 1),
            _ => (0, i),
        };
        let wd = self.weekday_at(j)?;
        Some((Core::Weekday { wd, dir }, j + 1))
    }

    /// "last year", "this week", "next month", "earlier this month", "later Tuesday",
    /// "the past three years", "the coming weeks", "recent years", "the current quarter".
    pub(super) fn relative(&self, i: usize) -> Option<Hit> {
        // "earlier this month", "later Tuesday", "later yesterday"
        if matches!(self.w(i), "earlier" | "later") {
            let (core, end) = self
                .relative(i + 1)
                .or_else(|| self.weekday_expr(i + 1))
                .or_else(|| self.day_words(i + 1))?;
            if matches!(
                self.w(i + 1),
                "this" | "today" | "yesterday" | "tomorrow" | "that" | "last" | "next"
            ) || matches!(core, Core::Weekday { .. })
            {
                return Some((core, end));
            }
            return None;
        }
        let the = self.w(i) == "the";
        let j = if the { i + 1 } else { i };
        // Anaphoric: "the following year", "the previous month", "that year", "that
        // same day": counted from the last date the story named.
        let anaphor = match (the, self.w(j)) {
            (true, "following" | "previous" | "preceding") => {
                Some(if self.w(j) == "following" { 1 } else { -1 })
            }
            // "the next day" is the day after the date the story last named ("next
            // day" counts from today only without the article).
            (true, "next") if matches!(lexicon::unit(self.w(j + 1)), Some((Unit::Day, false))) => {
                Some(1)
            }
            (false, "that") => Some(0),
            _ => None,
        };
        if let Some(offset) = anaphor {
            let k = if self.w(j + 1) == "same" {
                j + 2
            } else {
                j + 1
            };
            let (unit, plural) = lexicon::unit(self.w(k))?;
            if !plural && matches!(unit, Unit::Year | Unit::Month | Unit::Day | Unit::Week) {
                // "that year's" and "that day" as a relative clause head are both fine;
                // "the following week" too.
                return Some((Core::Anaphor { unit, offset }, k + 1));
            }
            if offset == 0 {
                return None;
            }
        }
        let dir: i32 = match self.w(j) {
            "last" | "past" | "previous" | "preceding" => -1,
            "next" | "coming" | "following" | "upcoming" => 1,
            "this" | "current" | "present" => 0,
            "recent" => -2,
            "latest" if the => -3,
            "same" if the => return None,
            _ => return None,
        };
        let k = j + 1;
        // A counted span: "the past three years", "the next few days".
        if let Some((n, unit, end)) = self.count_unit(k) {
            return Some((Core::Duration { n, unit }, end));
        }
        let (unit, plural) = lexicon::unit(self.w(k))?;
        let end = k + 1;
        if dir == -2 {
            // "recent years" is the past at large; "recent weeks" a vague stretch up
            // to now.
            if !plural {
                return None;
            }
            return Some(match unit {
                Unit::Year | Unit::Decade | Unit::Century => (Core::Deictic("PAST_REF"), end),
                _ => (Core::Duration { n: None, unit }, end),
            });
        }
        if dir == -3 {
            return matches!(unit, Unit::Quarter).then_some((Core::ReportPeriod { back: 0 }, end));
        }
        if plural {
            return Some((Core::Duration { n: None, unit }, end));
        }
        if unit == Unit::Weekend {
            return Some((Core::Rel { unit, offset: dir }, end));
        }
        // "past decade" is a length up to now; "the past year" is last year.
        let past_word = self.w(j) == "past";
        if !the
            && past_word
            && dir != 0
            && !matches!(self.w(j), "next" | "following" | "previous" | "preceding")
        {
            // "the past year", "the last decade": a duration up to now.
            return Some((Core::Duration { n: Some(1.0), unit }, end));
        }
        Some((Core::Rel { unit, offset: dir }, end))
    }

    /// A count and a unit at `i`: "three years", "a decade", "several weeks",
    /// "two-year", "30-day", "5 1/2 hours", "a few minutes", "a couple of years".
    /// Returns (count, unit, end); the count is `None` when vague.
    pub(super) fn count_unit(&self, i: usize) -> Option<(Option<f64>, Unit, usize)> {
        let w = self.w(i);
        // Hyphenated adjective in one token: "two-year", "one-day", "four-month".
        if let Some((a, b)) = w.rsplit_once('-') {
            if let (Some(n), Some((unit, false))) = (lexicon::number_word(a), lexicon::unit(b)) {
                if self.w(i + 1) == "-" || self.w(i + 1).starts_with("old") {
                    return None;
                }
                return Some((Some(n), unit, i + 1));
            }
            if b == "old" {
                return None;
            }
        }
        let (n, mut k) = self.count(i)?;
        if matches!(
            self.w(k),
            "more" | "additional" | "further" | "full" | "long"
        ) {
            k += 1;
        }
        // "30-day", "52-week"
        if self.w(k) == "-" && self.glued(k - 1) {
            let nw = self.w(k + 1);
            let (unit, _) = lexicon::unit(nw).or_else(|| {
                nw.split_once('-')
                    .and_then(|(u, rest)| (rest != "old").then_some(()).and(lexicon::unit(u)))
            })?;
            if nw.ends_with("-old") || self.w(k + 2) == "-" {
                return None;
            }
            return Some((n, unit, k + 2));
        }
        let (unit, plural) = lexicon::unit(self.w(k))?;
        if n == Some(1.0) && plural && self.w(i) != "one" {
            return None;
        }
        // "the 1988 quarter" names a year, it does not count quarters.
        if !plural && self.year_at(i).is_some() {
            return None;
        }
        let mut end = k + 1;
        let mut n = n;
        // "a minute and a half", "an hour and a half"
        if self.w(end) == "and"
            && matches!(self.w(end + 1), "a" | "one")
            && self.w(end + 2) == "half"
        {
            n = n.map(|x| x + 0.5);
            end += 3;
        }
        // "two to three weeks" handled by count; "weeks or months" not.
        if self.w(end) == "-" && self.w(end + 1) == "old" {
            return None;
        }
        Some((n, unit, end))
    }

    /// A count: "three", "20", "a", "a few", "several", "5 1/2", "two to three",
    /// "a couple of". Returns (value, next token).
    pub(super) fn count(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let w = self.w(i);
        if w == "a" || w == "an" {
            match self.w(i + 1) {
                "few" => return Some((None, i + 2)),
                "couple" if self.w(i + 2) == "of" => return Some((Some(2.0), i + 3)),
                "couple" => return Some((Some(2.0), i + 2)),
                "half" => return Some((Some(0.5), i + 2)),
                "dozen" => return Some((Some(12.0), i + 2)),
                _ => return Some((Some(1.0), i + 1)),
            }
        }
        if lexicon::vague_number(w) {
            let k = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
            return Some((None, k));
        }
        if w == "half" && matches!(self.w(i + 1), "a" | "an") {
            return Some((Some(0.5), i + 2));
        }
        let n = if let Some(n) = self.int(i) {
            f64::from(n)
        } else if self.kind(i) == Some(TokenKind::Number) {
            let v: f64 = self.raw(i).replace(',', "").parse().ok()?;
            v
        } else {
            lexicon::number_word(w)?
        };
        let mut k = i + 1;
        // "twenty four" written as two words
        let mut n = n;
        if (20.0..100.0).contains(&n) && n % 10.0 == 0.0 && self.kind(i) != Some(TokenKind::Number)
        {
            if let Some(u) = lexicon::number_word(self.w(k)).filter(|u| (1.0..=9.0).contains(u)) {
                if !matches!(self.w(k), "a" | "an") {
                    n += u;
                    k += 1;
                }
            }
        }
        // "5 1/2"
        if self.int(k) == Some(1) && self.w(k + 1) == "/" && self.int(k + 2) == Some(2) {
            return Some((Some(n + 0.5), k + 3));
        }
        // "two to three", "12 to 18": keep the upper bound's unit, the count vague.
        if matches!(self.w(k), "to" | "or") {
            if let Some(m) = self
                .int(k + 1)
                .map(f64::from)
                .or_else(|| lexicon::number_word(self.w(k + 1)).filter(|_| self.w(k + 1) != "a"))
            {
                let _ = m;
                k += 2;
                return Some((None, k));
            }
        }
        match self.w(k) {
            "hundred" => return Some((Some(n * 100.0), k + 1)),
            "thousand" => return Some((Some(n * 1000.0), k + 1)),
            _ => {}
        }
        Some((Some(n), k))
    }

    /// Counted expressions: durations ("three years"), "two years ago", "a year
    /// earlier", "two days later", "years ago".
    /// A number or an amount at `i` ("700", "four", "million", "$", "%").
    fn quantity(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
            || (lexicon::number_word(self.w(i)).is_some() && !matches!(self.w(i), "a" | "an"))
            || matches!(
                self.w(i),
                "million" | "billion" | "trillion" | "percent" | "%" | "cents"
            )
    }

    pub(super) fn counted(&self, i: usize) -> Option<Hit> {
        let the = self.w(i) == "the";
        let mut j = if the { i + 1 } else { i };
        if the
            && matches!(
                self.w(j),
                "first"
                    | "last"
                    | "final"
                    | "past"
                    | "next"
                    | "latest"
                    | "remaining"
                    | "previous"
                    | "initial"
            )
        {
            j += 1;
        }
        let (n, unit, mut end) = self.count_unit(j)?;
        if the && n.is_none() && self.w(j) == "a" {
            return None;
        }
        // "a week or so ago"
        if self.w(end) == "or"
            && self.w(end + 1) == "so"
            && matches!(self.w(end + 2), "ago" | "earlier")
        {
            end += 2;
        }
        match self.w(end) {
            "ago" if !the => Some((ago(n, unit, -1), end + 1)),
            "earlier" | "before" if !the && self.w(end) == "earlier" => {
                Some((ago(n, unit, -1), end + 1))
            }
            // TimeBank marks "three days later" as the length alone.
            "later" if !the => Some((Core::Duration { n, unit }, end)),
            "from" if self.w(end + 1) == "now" => Some((ago(n, unit, 1), end + 2)),
            // An age is not a time: "52 years old", "a 10-year-old".
            "old" => None,
            _ if self.w(end) == "of" && self.w(end + 1) == "age" => None,
            _ => {
                // "a year" after "once", "twice", "times": a set.
                if matches!(
                    self.w(i.wrapping_sub(1)),
                    "once" | "twice" | "times" | "per"
                ) && n == Some(1.0)
                {
                    return Some((Core::Set { n: 1, unit }, end));
                }
                let article = matches!(self.w(i), "a" | "an");
                // A rate, not a time: "$500 million a year", "700 seats a week".
                if article
                    && end == i + 2
                    && (self.quantity(i.wrapping_sub(1)) || self.quantity(i.wrapping_sub(2)))
                {
                    return None;
                }
                // An ordinal, not a length: "a second betrayal", "A second group".
                if article
                    && unit == Unit::Second
                    && self.kind(end) == Some(TokenKind::Word)
                    && !matches!(self.w(end), "later" | "earlier" | "and" | "or" | "of")
                {
                    return None;
                }
                // "one day" in a story is a vague moment, not a length.
                Some((Core::Duration { n, unit }, end))
            }
        }
    }

    /// "the year", "the week", "the month", "the weekend", "the quarter": the current
    /// one, or a length after "for"/"during"; "the full year" is the current year.
    pub(super) fn the_unit(&self, i: usize, _after_mod: bool) -> Option<Hit> {
        if self.w(i) != "the" {
            return None;
        }
        if self.w(i + 1) == "full" && self.w(i + 2) == "year" {
            return Some((
                Core::Rel {
                    unit: Unit::Year,
                    offset: 0,
                },
                i + 3,
            ));
        }
        let (unit, plural) = lexicon::unit(self.w(i + 1))?;
        if plural {
            return None;
        }
        // "the year 2000"
        if unit == Unit::Year {
            if let Some((y, end)) = self.year_words(i + 2) {
                return Some((Core::Year(YearSpec::Abs(y)), end));
            }
        }
        let next = self.w(i + 2);
        if next == "of" || next == "before" || next == "after" || next == "when" || next == "that" {
            return None;
        }
        let duration_prep = matches!(
            self.w(i.wrapping_sub(1)),
            "for" | "during" | "over" | "throughout"
        );
        match unit {
            Unit::Year | Unit::Month | Unit::Week if duration_prep => {
                Some((Core::Duration { n: Some(1.0), unit }, i + 2))
            }
            Unit::Year | Unit::Month | Unit::Week => Some((Core::Rel { unit, offset: 0 }, i + 2)),
            Unit::Weekend => Some((Core::Rel { unit, offset: 0 }, i + 2)),
            Unit::Quarter => Some((Core::ReportPeriod { back: 0 }, i + 2)),
            _ => None,
        }
    }

    /// "today", "yesterday", "tomorrow", "tonight", "this morning", "last night".
    pub(super) fn day_words(&self, i: usize) -> Option<Hit> {
        match (self.w(i), self.w(i + 1)) {
            // "today's youth", "today's computers": the present age, not a day.
            ("today", "'s") => None,
            ("today", _) => Some((
                Core::Rel {
                    unit: Unit::Day,
                    offset: 0,
                },
                i + 1,
            )),
            ("yesterday", _) => Some((
                Core::Rel {
                    unit: Unit::Day,
                    offset: -1,
                },
                i + 1,
            )),
            ("tomorrow", _) => Some((
                Core::Rel {
                    unit: Unit::Day,
                    offset: 1,
                },
                i + 1,
            )),
            ("tonight", _) => Some((
                Core::PartOfDay {
                    day: Box::new(Core::Rel {
                        unit: Unit::Day,
                        offset: 0,
                    }),
                    part: "NI",
                },
                i + 1,
            )),
            ("this", p) if lexicon::part_of_day(p).is_some() => Some((
                Core::PartOfDay {
                    day: Box::new(Core::Rel {
                        unit: Unit::Day,
                        offset: 0,
                    }),
                    part: lexicon::part_of_day(p)?,
                },
                i + 2,
            )),
            ("last", "night") => Some((
                Core::PartOfDay {
                    day: Box::new(Core::Rel {
                        unit: Unit::Day,
                        offset: -1,
                    }),
                    part: "NI",
                },
                i + 2,
            )),
            ("the", "day")
                if matches!(self.w(i + 2), "before" | "after")
                    && matches!(self.w(i + 3), "yesterday" | "tomorrow") =>
            {
                let off = if self.w(i + 3) == "yesterday" { -2 } else { 2 };
                Some((
                    Core::Rel {
                        unit: Unit::Day,
                        offset: off,
                    },
                    i + 4,
                ))
            }
            _ => None,
        }
    }

    /// Bare plural units that TimeBank marks as vague durations: "weeks", "months".
    pub(super) fn bare_plural(&self, i: usize) -> Option<Hit> {
        let (unit, plural) = lexicon::unit(self.w(i))?;
        if !plural
            || matches!(
                unit,
                Unit::Year | Unit::Quarter | Unit::Weekend | Unit::Second | Unit::Century
            )
        {
            return None;
        }
        if self.w(i + 1) == "ago" {
            return Some((Core::Deictic("PAST_REF"), i + 2));
        }
        let prev = self.w(i.wrapping_sub(1));
        matches!(
            prev,
            "for" | "within" | "after" | "of" | "in" | "took" | "take" | "last" | "lasted"
        )
        .then_some((Core::Duration { n: None, unit }, i + 1))
    }

    /// Words that stand for the present, past or future: "now", "currently",
    /// "recently", "the past", "the future", "these days".
    pub(super) fn deictic(&self, i: usize) -> Option<Found> {
        let one = |v: &'static str, last: usize| {
            Some(Found {
                first: i,
                last,
                core: Core::Deictic(v),
                modifier: None,
            })
        };
        let prev = self.w(i.wrapping_sub(1));
        match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("right", "now", _) => one("PRESENT_REF", i + 2),
            ("now", _, _) => one("PRESENT_REF", i + 1),
            ("currently" | "nowadays", _, _) => one("PRESENT_REF", i + 1),
            ("these", "days", _) => one("PRESENT_REF", i + 2),
            ("present", _, _) if prev == "at" => one("PRESENT_REF", i + 1),
            ("recently", _, _) => one("PAST_REF", i + 1),
            ("the", "past", w)
                if lexicon::unit(w).is_none()
                    && self.count(i + 2).is_none()
                    && matches!(prev, "in" | "into" | "of" | "from") =>
            {
                one("PAST_REF", i + 2)
            }
            ("the", "near" | "foreseeable" | "distant" | "immediate", "future") => {
                one("FUTURE_REF", i + 3)
            }
            ("the", "future", _) if matches!(prev, "in" | "into" | "for" | "of") => {
                one("FUTURE_REF", i + 2)
            }
            ("the", "near" | "short", "term") => one("FUTURE_REF", i + 3),
            _ => None,
        }
    }

    /// Sets: "every week", "each year", "every Monday", "daily", "annually",
    /// "every two years", "Mondays".
    pub(super) fn set(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        let simple = |n: u32, unit: Unit| {
            Some(Found {
                first: i,
                last: i + 1,
                core: Core::Set { n, unit },
                modifier: None,
            })
        };
        match w {
            "daily"
                if self.capitalized(i) == (self.raw(i) == "Daily") && self.raw(i) == "daily" =>
            {
                return simple(1, Unit::Day)
            }
            "weekly" if self.raw(i) == "weekly" => return simple(1, Unit::Week),
            "monthly" if self.raw(i) == "monthly" => return simple(1, Unit::Month),
            "annually" | "yearly" => return simple(1, Unit::Year),
            "hourly" => return simple(1, Unit::Hour),
            "nightly" => return simple(1, Unit::Day),
            _ => {}
        }
        if let Some(wd) = lexicon::weekday_plural(w) {
            if self.capitalized(i) && matches!(self.w(i.wrapping_sub(1)), "on" | "most" | "some") {
                return Some(Found {
                    first: i,
                    last: i + 1,
                    core: Core::SetWeekday(wd),
                    modifier: None,
                });
            }
            return None;
        }
        if !matches!(w, "every" | "each") {
            return None;
        }
        let mut j = i + 1;
        if self.w(j) == "other" {
            if let Some((unit, false)) = lexicon::unit(self.w(j + 1)) {
                return Some(Found {
                    first: i,
                    last: j + 2,
                    core: Core::Set { n: 2, unit },
                    modifier: None,
                });
            }
        }
        if let Some(wd) = self.weekday_at(j) {
            let mut end = j + 1;
            if lexicon::part_of_day(self.w(end)).is_some() {
                end += 1;
            }
            return Some(Found {
                first: i,
                last: end,
                core: Core::SetWeekday(wd),
                modifier: None,
            });
        }
        if let Some((n, unit, end)) = self.count_unit(j) {
            let n = n.unwrap_or(1.0).max(1.0) as u32;
            return Some(Found {
                first: i,
                last: end,
                core: Core::Set { n, unit },
                modifier: None,
            });
        }
        if let Some((unit, false)) = lexicon::unit(self.w(j)) {
            j += 1;
            return Some(Found {
                first: i,
                last: j,
                core: Core::Set { n: 1, unit },
                modifier: None,
            });
        }
        None
    }
}
