//! Calendar expressions: explicit dates ("May 12, 2015", "12 May 2015", "5/12/2015"),
//! months ("last November", "June last year"), years and decades ("2014-15", "the
//! 1990s", "fiscal 1989", "nineteen ninety-seven"), quarters and financial periods,
//! seasons, holidays and "year-end".

use super::super::lexicon::{self, Unit};
use super::{Core, Hit, Matcher, YearSpec};
use crate::segment::TokenKind;

impl Matcher<'_, '_> {
    /// "mid-2014", "mid-1990s", "late-November", "early-morning".
    pub(super) fn hyphen_mod(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let (head, rest) = w.split_once('-')?;
        if !matches!(head, "mid" | "early" | "late") {
            return None;
        }
        if let Some(dec) = rest.strip_suffix('s').and_then(|y| y.parse::<i32>().ok()) {
            return (dec % 10 == 0 && (1000..=2190).contains(&dec))
                .then_some((Core::Decade(dec / 10), i + 1));
        }
        if let Ok(y) = rest.parse::<i32>() {
            return (rest.len() == 4 && (1000..=2199).contains(&y))
                .then_some((Core::Year(YearSpec::Abs(y)), i + 1));
        }
        if let Some(m) = lexicon::month(rest) {
            return Some((self.month_tail(m, i + 1), self.month_tail_end(i + 1)));
        }
        None
    }

    /// Explicit dates with a month name: "May 12, 2015", "12 May 2015", "May 2015",
    /// "Tuesday, May 12", "May".
    pub(super) fn explicit_date(&self, i: usize) -> Option<Hit> {
        // Weekday, Month Day[, Year]
        if self.weekday_at(i).is_some() {
            let j = if self.w(i + 1) == "," { i + 2 } else { i + 1 };
            if let Some((core @ Core::Day { .. }, end)) = self.explicit_date(j) {
                return Some((core, end));
            }
            return None;
        }
        if let Some(month) = self.month_at(i) {
            // Month Day[,] [Year]
            if let Some(day) = self.day_at(i + 1) {
                if self.w(i + 2) == "," || self.w(i + 2).is_empty() {
                    // fine
                }
                // A range of days, "November 12-13", "June 11-13", "13th-16th": the
                // span covers it, the value is its first day.
                if self.w(i + 2) == "-"
                    && self.glued(i + 1)
                    && self.glued(i + 2)
                    && self.day_at(i + 3).is_some_and(|d2| d2 > day)
                {
                    let (year, end) = match self.year_at(i + 5) {
                        Some(y) if self.w(i + 4) == "," => (Some(y), i + 6),
                        _ => match self.year_at(i + 4) {
                            Some(y) => (Some(y), i + 5),
                            None => (None, i + 4),
                        },
                    };
                    return Some((Core::Day { year, month, day }, end));
                }
                let (year, end) = if self.w(i + 2) == "," && self.year_at(i + 3).is_some() {
                    (self.year_at(i + 3), i + 4)
                } else if let Some(y) = self.year_at(i + 2) {
                    (Some(y), i + 3)
                } else {
                    (None, i + 2)
                };
                // "May 12" must not be a count: "May 5 percent" never happens, but a
                // number followed by a unit is not a day ("March 3 hours").
                if lexicon::unit(self.w(i + 2)).is_some()
                    || (lexicon::is_measure_after_number(self.w(i + 2))
                        && !matches!(self.w(i + 2), "killed" | "dead"))
                {
                    return None;
                }
                return Some((Core::Day { year, month, day }, end));
            }
            // Month [of] Year
            let k = if self.w(i + 1) == "of" || self.w(i + 1) == "," {
                i + 2
            } else {
                i + 1
            };
            if let Some((y, end)) = self.year_words(k) {
                return Some((
                    Core::Month {
                        year: YearSpec::Abs(y),
                        month,
                    },
                    end,
                ));
            }
            // A bare month: "may" and "march" need a time word before them.
            let w = self.w(i);
            if (w == "may" || w == "march")
                && !matches!(
                    self.w(i.wrapping_sub(1)),
                    "in" | "since"
                        | "until"
                        | "early"
                        | "late"
                        | "mid"
                        | "of"
                        | "this"
                        | "last"
                        | "next"
                        | "by"
                        | "through"
                        | "during"
                        | "from"
                        | "to"
                        | "and"
                )
            {
                return None;
            }
            if self.raw(i + 1).starts_with('.')
                && w.len() <= 4
                && !w.ends_with('.')
                && !matches!(w, "may" | "june" | "july")
            {
                return None;
            }
            // "June last year", "January this year", "April next year"
            if self.w(i + 2) == "year" {
                let k = match self.w(i + 1) {
                    "last" => Some(-1),
                    "this" => Some(0),
                    "next" => Some(1),
                    _ => None,
                };
                if let Some(k) = k {
                    return Some((
                        Core::Month {
                            year: YearSpec::Rel(k),
                            month,
                        },
                        i + 3,
                    ));
                }
            }
            return Some((self.month_tail(month, i + 1), i + 1));
        }
        // Day Month [Year]: "12 May 2015", "12th of May"
        let day = self.day_at(i)?;
        let j = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
        let month = self.month_at(j)?;
        let (year, end) = match self.year_at(j + 1) {
            Some(y) => (Some(y), j + 2),
            None if self.w(j + 1) == "," && self.year_at(j + 2).is_some() => {
                (self.year_at(j + 2), j + 3)
            }
            None => (None, j + 1),
        };
        Some((Core::Day { year, month, day }, end))
    }

    /// A month named without a year: its year comes from the reference and the tense.
    pub(super) fn month_tail(&self, month: u32, _at: usize) -> Core {
        Core::MonthDir { month, dir: 0 }
    }

    /// A month with a direction: "last November", "next March", "this June".
    pub(super) fn month_dir(&self, i: usize) -> Option<Hit> {
        let dir = match self.w(i) {
            "last" | "past" => -1,
            "next" | "coming" => 1,
            "this" => 0,
            _ => return None,
        };
        let (core, end) = self.explicit_date(i + 1)?;
        match core {
            Core::MonthDir { month, dir: 0 } if dir == 0 => Some((
                Core::Month {
                    year: YearSpec::Rel(0),
                    month,
                },
                end,
            )),
            Core::MonthDir { month, dir: 0 } => Some((Core::MonthDir { month, dir }, end)),
            _ => None,
        }
    }

    pub(super) fn month_tail_end(&self, at: usize) -> usize {
        at
    }

    /// Numeric dates: "5/12/2015" (US order: month first), "2015-05-12", "12/05/2015"
    /// when the first number cannot be a month.
    pub(super) fn numeric_date(&self, i: usize) -> Option<Hit> {
        let a = self.int(i)?;
        let sep = self.w(i + 1);
        if !matches!(sep, "/" | "-" | ".") || !self.glued(i) || !self.glued(i + 1) {
            return None;
        }
        // ISO: YYYY-MM-DD
        if self.raw(i).len() == 4 && sep == "-" {
            let (m, d) = (self.int(i + 2)?, self.int(i + 4)?);
            if self.w(i + 3) != "-" || !self.glued(i + 2) || !self.glued(i + 3) {
                return None;
            }
            crate::time::civil::date(a as i32, m, d)?;
            return Some((
                Core::Day {
                    year: Some(a as i32),
                    month: m,
                    day: d,
                },
                i + 5,
            ));
        }
        if sep != "/" {
            return None;
        }
        let b = self.int(i + 2)?;
        if self.w(i + 3) != "/" || !self.glued(i + 2) || !self.glued(i + 3) {
            return None;
        }
        let ys = self.raw(i + 4);
        let y = self.int(i + 4)? as i32;
        let year = match ys.len() {
            4 => y,
            2 => {
                if y < 50 {
                    2000 + y
                } else {
                    1900 + y
                }
            }
            _ => return None,
        };
        let (month, day) = if a <= 12 { (a, b) } else { (b, a) };
        crate::time::civil::date(year, month, day)?;
        Some((
            Core::Day {
                year: Some(year),
                month,
                day,
            },
            i + 5,
        ))
    }

    /// Years and decades: "2014", "fiscal 1989", "2014-15", "the 1990s", "the '90s",
    /// "the nineties", "the 20th century", "this century".
    pub(super) fn year_expr(&self, i: usize) -> Option<Hit> {
        let the = self.w(i) == "the";
        let j = if the { i + 1 } else { i };
        // "fiscal 1989", "fiscal year 1989"
        if self.w(j) == "fiscal" {
            let k = if self.w(j + 1) == "year" {
                j + 2
            } else {
                j + 1
            };
            if let Some(y) = self.year_at(k) {
                return Some((Core::Year(YearSpec::Abs(y)), k + 1));
            }
            // "fiscal 90"
            return None;
        }
        // Decades
        let w = self.w(j);
        if let Some(d) = w
            .strip_suffix('s')
            .filter(|_| self.kind(j) == Some(TokenKind::Number))
        {
            if let Ok(y) = d.parse::<i32>() {
                if d.len() == 4 && y % 10 == 0 && (1000..=2190).contains(&y) {
                    return Some((Core::Decade(y / 10), j + 1));
                }
            }
        }
        if w == "'" && self.glued(j) {
            if let Some(d) = self.w(j + 1).strip_suffix('s') {
                if let Ok(y) = d.parse::<i32>() {
                    if d.len() == 2 && y % 10 == 0 {
                        let century = if y < 30 { 200 } else { 190 };
                        return Some((Core::Decade(century + y / 10), j + 2));
                    }
                }
            }
        }
        if the {
            const DECADES: &[(&str, i32)] = &[
                ("twenties", 2),
                ("thirties", 3),
                ("forties", 4),
                ("fifties", 5),
                ("sixties", 6),
                ("seventies", 7),
                ("eighties", 8),
                ("nineties", 9),
            ];
            if let Some((_, d)) = DECADES.iter().find(|(x, _)| *x == w) {
                return Some((Core::Decade(190 + d), j + 1));
            }
            // "the 20th century", "the twentieth century"
            if self.w(j + 1) == "century" {
                if let Some(n) = lexicon::ordinal(w).or_else(|| {
                    const C: &[(&str, u32)] = &[
                        ("nineteenth", 19),
                        ("twentieth", 20),
                        ("twenty-first", 21),
                        ("eighteenth", 18),
                    ];
                    C.iter().find(|(x, _)| *x == w).map(|x| x.1)
                }) {
                    return Some((Core::Century(n as i32 - 1), j + 2));
                }
            }
        }
        if !the {
            let y = self.year_at(i)?;
            let prev = self.w(i.wrapping_sub(1));
            if lexicon::is_number_label(prev) || prev == "$" || prev == "#" {
                return None;
            }
            if lexicon::is_measure_after_number(self.w(i + 1)) {
                return None;
            }
            // "2014-15", "2014-2015"
            if self.w(i + 1) == "-" && self.glued(i) && self.glued(i + 1) {
                let s = self.raw(i + 2);
                if let Some(y2) = self.int(i + 2) {
                    if (s.len() == 2 && y2 as i32 == (y + 1) % 100)
                        || (s.len() == 4 && y2 as i32 > y)
                    {
                        return Some((Core::Year(YearSpec::Abs(y)), i + 3));
                    }
                }
                return None;
            }
            // A year that ends a sequence of numbers ("1,2014") or sits in a score.
            if matches!(prev, "-" | "/" | ":") && self.glued(i.wrapping_sub(1)) {
                return None;
            }
            return Some((Core::Year(YearSpec::Abs(y)), i + 1));
        }
        None
    }

    /// A year in digits or words at `i`: (year, end).
    pub(super) fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_at(i) {
            return Some((y, i + 1));
        }
        match self.spoken_year(i) {
            Some((Core::Year(YearSpec::Abs(y)), end)) => Some((y, end)),
            _ => None,
        }
    }

    /// Years spoken in words (broadcast transcripts): "nineteen ninety-seven", "two
    /// thousand", "two thousand and one".
    pub(super) fn spoken_year(&self, i: usize) -> Option<Hit> {
        if self.w(i) == "two"
            && self.w(i + 1) == "thousand"
            && lexicon::unit(self.w(i + 2)).is_none()
        {
            let (k, end) = if self.w(i + 2) == "and" {
                (i + 3, i + 4)
            } else {
                (i + 2, i + 3)
            };
            return Some(
                match lexicon::number_word(self.w(k)).filter(|n| (1.0..=99.0).contains(n)) {
                    Some(n) if self.w(k) != "a" && self.w(k) != "an" => {
                        (Core::Year(YearSpec::Abs(2000 + n as i32)), end)
                    }
                    _ => (Core::Year(YearSpec::Abs(2000)), i + 2),
                },
            );
        }
        let century = match self.w(i) {
            "nineteen" => 1900,
            "eighteen" => 1800,
            _ => return None,
        };
        let n = lexicon::number_word(self.w(i + 1))? as i32;
        if !(10..=99).contains(&n) {
            return None;
        }
        Some((Core::Year(YearSpec::Abs(century + n)), i + 2))
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first
    /// quarter", "the third quarter of 1990", "the 1988 third quarter", "the first half",
    /// "the year-earlier quarter".
    pub(super) fn quarter(&self, i: usize) -> Option<Hit> {
        // TimeBank leaves possessives and "a" outside ("its [fourth quarter]", "a
        // [third-quarter] loss"), and "the" before the adjective ("the
        // [third-quarter] results"); the matcher then starts at the next word.
        if matches!(self.w(i), "its" | "their" | "a" | "his" | "her" | "our") {
            return None;
        }
        if self.w(i) == "the"
            && self.w(i + 1).split_once('-').is_some_and(|(a, b)| {
                lexicon::ordinal(a).is_some() && matches!(b, "quarter" | "half")
            })
        {
            return None;
        }
        let mut j = i;
        if self.w(j) == "the" {
            j += 1;
        }
        let mut year = YearSpec::Rel(0);
        let mut explicit = false;
        if let Some(y) = self.year_at(j) {
            year = YearSpec::Abs(y);
            explicit = true;
            j += 1;
        } else if matches!(
            self.w(j),
            "year-earlier" | "year-ago" | "comparable" | "corresponding"
        ) {
            if self.w(j) != "comparable" && self.w(j) != "corresponding" {
                year = YearSpec::Rel(-1);
            }
            j += 1;
            if matches!(self.w(j), "year-earlier" | "year-ago") {
                year = YearSpec::Rel(-1);
                j += 1;
            }
        }
        if self.w(j) == "fiscal" {
            j += 1;
        }
        // "the year-ago quarter", "the year-earlier period", "the latest period",
        // "the comparable year-ago quarter", "year-earlier results" (the adjective alone).
        if matches!(self.w(j), "quarter" | "period") && matches!(year, YearSpec::Rel(-1)) {
            let back = if matches!(year, YearSpec::Rel(-1)) {
                1
            } else {
                0
            };
            return Some((Core::ReportPeriod { back }, j + 1));
        }
        if let (YearSpec::Abs(y), true) = (year, matches!(self.w(j), "quarter" | "period")) {
            if self.w(i) == "the" {
                return Some((Core::ReportYear(y), j + 1));
            }
        }
        if matches!(year, YearSpec::Rel(-1)) && i + 1 == j && self.w(i) != "the" && self.w(i) != "a"
        {
            return Some((Core::ReportPeriod { back: 1 }, j));
        }
        if self.w(i) == "the" && self.w(i + 1) == "latest" && self.w(i + 2) == "period" {
            return Some((Core::ReportPeriod { back: 0 }, i + 3));
        }
        let w = self.w(j);
        let (ord, unit_word, end) = if let Some((a, b)) = w.split_once('-') {
            (lexicon::ordinal(a), b.to_string(), j + 1)
        } else {
            (lexicon::ordinal(w), self.w(j + 1).to_string(), j + 2)
        };
        let ord = ord?;
        let mut end = end;
        if !explicit && self.w(end) == "of" {
            if let Some(y) = self.year_at(end + 1) {
                year = YearSpec::Abs(y);
                end += 2;
            }
        }
        match unit_word.as_str() {
            "quarter" if (1..=4).contains(&ord) => Some((Core::Quarter { year, q: ord }, end)),
            "half"
                if (1..=2).contains(&ord)
                    && (self.w(i) == "the" || self.w(end.wrapping_sub(2)) == "of" || explicit) =>
            {
                Some((Core::Half { year, h: ord }, end))
            }
            _ => None,
        }
        .or_else(|| {
            // "the year-earlier period", "the year-ago period", "year-earlier"
            if matches!(year, YearSpec::Rel(-1)) {
                let k = j;
                if matches!(self.w(k), "period" | "results" | "level" | "levels")
                    && self.w(k) == "period"
                {
                    return Some((Core::Year(year), k + 1));
                }
                if i + 1 == k && self.w(i) != "the" {
                    return Some((Core::Year(year), k));
                }
            }
            None
        })
    }

    /// Seasons: "this summer", "last fall", "the summer of 2014", "summer 2014",
    /// "the winter".
    pub(super) fn season(&self, i: usize) -> Option<Hit> {
        let (dir, j) = match self.w(i) {
            "last" | "past" => (Some(-1), i + 1),
            "next" | "coming" => (Some(1), i + 1),
            "this" => (Some(0), i + 1),
            "the" => (None, i + 1),
            _ => (None, i),
        };
        // "this past spring": the one just gone, of this year.
        let (dir, j) = if dir == Some(0) && self.w(j) == "past" {
            (Some(0), j + 1)
        } else {
            (dir, j)
        };
        let code = lexicon::season(self.w(j))?;
        if let Some(y) = self.year_at(j + 1) {
            return Some((
                Core::Season {
                    year: YearSpec::Abs(y),
                    code,
                },
                j + 2,
            ));
        }
        if self.w(j + 1) == "of" {
            if let Some((y, end)) = self.year_words(j + 2) {
                return Some((
                    Core::Season {
                        year: YearSpec::Abs(y),
                        code,
                    },
                    end,
                ));
            }
            return None;
        }
        let prev = self.w(i.wrapping_sub(1));
        let ok = dir.is_some()
            || (j > i
                && matches!(
                    prev,
                    "in" | "this"
                        | "during"
                        | "over"
                        | "by"
                        | "until"
                        | "since"
                        | "into"
                        | "through"
                        | "throughout"
                ))
            || (j == i
                && matches!(prev, "in" | "during" | "since" | "until" | "early" | "late")
                && code != "FA");
        if !ok {
            return None;
        }
        let year = match dir {
            Some(-1) => YearSpec::Rel(-1),
            Some(1) => YearSpec::Rel(1),
            _ => YearSpec::Rel(0),
        };
        // "last fall" said in spring is last year's, "last summer" said in winter too:
        // the normaliser adjusts relative seasons by the reference month.
        Some((Core::Season { year, code }, j + 1))
    }

    /// Holidays: "Christmas", "New Year's Day", "Thanksgiving", "Christmas 2014".
    pub(super) fn holiday(&self, i: usize) -> Option<Hit> {
        let (skip, j) = match self.w(i) {
            "last" | "this" | "next" => (true, i + 1),
            _ => (false, i),
        };
        let _ = skip;
        if !self.capitalized(j) {
            return None;
        }
        for (words, rule) in lexicon::HOLIDAYS {
            if words.iter().enumerate().all(|(k, x)| self.w(j + k) == *x) {
                let end = j + words.len();
                let year = self.year_at(end);
                let end = if year.is_some() { end + 1 } else { end };
                return Some((Core::Holiday { rule: *rule, year }, end));
            }
        }
        None
    }

    /// "year-end", "year end", "year's end": the end of the current year.
    pub(super) fn year_end(&self, i: usize) -> Option<Hit> {
        let end = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("year-end", _, _) => i + 1,
            ("year", "end", _) => i + 2,
            ("year", "'s", "end") => i + 3,
            _ => return None,
        };
        // Only as a time, not "year-end results" after a determiner.
        if matches!(self.w(i.wrapping_sub(1)), "the" | "a" | "its" | "their") {
            return None;
        }
        Some((
            Core::Rel {
                unit: Unit::Year,
                offset: 0,
            },
            end,
        ))
    }
}
