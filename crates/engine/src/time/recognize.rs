//! Recognition: a hand-written matcher over the tokens of each sentence that finds
//! temporal expressions and says what they mean ([`Core`]) without yet knowing the
//! reference date. Spans follow TimeBank: determiners and modifiers that belong to the
//! expression are inside ("the past three years", "early 2014", "a year ago"),
//! prepositions are outside ("on Tuesday" → "Tuesday").
//!
//! At each token every pattern is tried and the longest match wins, then the matcher
//! jumps past it: linear in the number of tokens.

use super::lexicon::{self, HolidayRule, Unit};
use crate::doc::Doc;
use crate::segment::TokenKind;

/// A year, either absolute or counted from the reference year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearSpec {
    /// A year written out.
    Abs(i32),
    /// The reference year plus this many years.
    Rel(i32),
}

/// What an expression means, before the reference date is applied.
#[derive(Debug, Clone, PartialEq)]
pub enum Core {
    /// A calendar day; a missing year is the reference year.
    Day {
        /// The year, if written.
        year: Option<i32>,
        /// Month 1..=12.
        month: u32,
        /// Day 1..=31.
        day: u32,
    },
    /// A month of a year ("May 2015", "January").
    Month {
        /// The year.
        year: YearSpec,
        /// Month 1..=12.
        month: u32,
    },
    /// A month before or after the reference ("last November": -1).
    MonthDir {
        /// Month 1..=12.
        month: u32,
        /// -1 before, +1 after, 0 this year.
        dir: i32,
    },
    /// A year.
    Year(YearSpec),
    /// A decade: the first three digits of its years (1990s → 199).
    Decade(i32),
    /// A century: the first two digits of its years (20th century → 19).
    Century(i32),
    /// A weekday (1 = Monday); `dir` -1 last, +1 next, 0 by the tense.
    Weekday {
        /// ISO weekday.
        wd: u32,
        /// Direction, 0 for "by the tense".
        dir: i32,
    },
    /// The reference period moved by `offset` units ("last week": Week, -1).
    Rel {
        /// The unit.
        unit: Unit,
        /// How many units from the reference.
        offset: i32,
    },
    /// A period counted from the last date the story named ("the following year",
    /// "that day"); from the reference when the story named none.
    Anaphor {
        /// The unit.
        unit: Unit,
        /// How many units from the anchor.
        offset: i32,
    },
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    Deictic(&'static str),
    /// A length of time; `None` for a vague count ("several years").
    Duration {
        /// How many units.
        n: Option<f64>,
        /// The unit.
        unit: Unit,
    },
    /// A repetition every `n` units.
    Set {
        /// Every how many units.
        n: u32,
        /// The unit.
        unit: Unit,
    },
    /// Every such weekday ("every Monday", "Mondays").
    SetWeekday(u32),
    /// A clock time, on a day if one is given.
    Clock {
        /// Hour 0..=23.
        hour: u32,
        /// Minute 0..=59.
        minute: u32,
        /// The day, if the expression names one.
        day: Option<Box<Core>>,
    },
    /// A part of a day ("Tuesday morning": `MO`).
    PartOfDay {
        /// The day.
        day: Box<Core>,
        /// `MO`, `AF`, `EV`, `NI`.
        part: &'static str,
    },
    /// A season of a year.
    Season {
        /// The year; for a relative one, `dir` says which way.
        year: YearSpec,
        /// `SP`, `SU`, `FA`, `WI`.
        code: &'static str,
    },
    /// A quarter of a year.
    Quarter {
        /// The year.
        year: YearSpec,
        /// 1..=4.
        q: u32,
    },
    /// A half of a year.
    Half {
        /// The year.
        year: YearSpec,
        /// 1 or 2.
        h: u32,
    },
    /// A period of a financial report: the quarter being reported (`back` 0: "the
    /// quarter", "the latest period") or the same period years before (`back` 1: "the
    /// year-ago quarter", "the year-earlier period"). Its quarter is the one the story
    /// last named, filled in after recognition; without one it is the last quarter
    /// before the reference (`back` 0) or the year before (`back` 1).
    ReportPeriod {
        /// Years before the reported period.
        back: i32,
    },
    /// The period a financial story reports, in a named year ("the 1988 quarter",
    /// "the 1989 period"): that year's reported quarter, or the year alone.
    ReportYear(i32),
    /// A holiday in a year (the reference year when not written).
    Holiday {
        /// The rule that dates it.
        rule: HolidayRule,
        /// The year, if written.
        year: Option<i32>,
    },
}

/// One recognised expression: tokens `first..last` of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// What it means.
    pub core: Core,
    /// TimeML modifier (`START`, `MID`, `END`, `APPROX`, `LESS_THAN`, `MORE_THAN`...).
    pub modifier: Option<&'static str>,
}

/// The tokens of a document with their lowercased texts.
pub struct Tokens<'a> {
    /// The document.
    pub doc: &'a Doc,
    /// Lowercased token texts, one per token.
    pub words: Vec<String>,
}

impl<'a> Tokens<'a> {
    /// Lowercases every token of `doc`.
    pub fn new(doc: &'a Doc) -> Tokens<'a> {
        let words = (0..doc.tokens.len())
            .map(|i| doc.token_text(i).to_lowercase())
            .collect();
        Tokens { doc, words }
    }
}

/// Finds every temporal expression of `doc`, in text order, without overlaps.
pub fn recognize(t: &Tokens) -> Vec<Found> {
    let mut out = Vec::new();
    for range in &t.doc.sentence_tokens {
        let m = Matcher {
            t,
            lo: range.start,
            hi: range.end,
        };
        let title_case = is_title_case(t, range.clone());
        let mut i = range.start;
        while i < range.end {
            match m.best_at(i) {
                Some(f) if f.last > i => {
                    i = f.last;
                    if title_case || !in_a_name(t, &f, range.start) {
                        out.push(f);
                    }
                }
                _ => i += 1,
            }
        }
    }
    out
}

/// Whether most words of a sentence are capitalised (a headline), where capitals say
/// nothing about names.
fn is_title_case(t: &Tokens, range: std::ops::Range<usize>) -> bool {
    let (mut words, mut caps) = (0, 0);
    for i in range {
        if t.doc.tokens[i].kind == TokenKind::Word {
            words += 1;
            caps += usize::from(t.doc.token_text(i).starts_with(|c: char| c.is_uppercase()));
        }
    }
    words > 0 && caps * 2 > words
}

/// Whether a found expression is part of a title or name: a word that is lowercase in
/// running text ("week", "minutes", "noon", "today") written with a capital in the
/// middle of a sentence, as in ABC's "This Week", CBS's "60 Minutes", "High Noon",
/// "VOA Today".
fn in_a_name(t: &Tokens, f: &Found, sentence_start: usize) -> bool {
    // "Thanksgiving Day" is capitalised as a holiday.
    if matches!(f.core, Core::Holiday { .. }) {
        return false;
    }
    (f.first..f.last).any(|i| {
        let raw = t.doc.token_text(i);
        let lower_word = matches!(
            t.words[i].as_str(),
            "today"
                | "tonight"
                | "tomorrow"
                | "yesterday"
                | "noon"
                | "midnight"
                | "week"
                | "weeks"
                | "minute"
                | "minutes"
                | "hour"
                | "hours"
                | "day"
                | "days"
                | "month"
                | "months"
                | "year"
                | "years"
                | "now"
        );
        let opens = i == sentence_start
            || matches!(
                t.words[i - 1].as_str(),
                "\"" | "'" | "''" | "``" | "(" | ":" | "-" | "--" | "."
            );
        lower_word && !opens && raw.starts_with(|c: char| c.is_uppercase())
    })
}

/// A matcher over one sentence's tokens `lo..hi`.
struct Matcher<'a, 'b> {
    t: &'a Tokens<'b>,
    lo: usize,
    hi: usize,
}

/// A partial match: the core and the token just past it.
type Hit = (Core, usize);

impl Matcher<'_, '_> {
    /// Lowercased word at `i`, or "" outside the sentence.
    fn w(&self, i: usize) -> &str {
        if i >= self.lo && i < self.hi {
            &self.t.words[i]
        } else {
            ""
        }
    }

    /// The token's text as written.
    fn raw(&self, i: usize) -> &str {
        if i >= self.lo && i < self.hi {
            self.t.doc.token_text(i)
        } else {
            ""
        }
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        (i >= self.lo && i < self.hi).then(|| self.t.doc.tokens[i].kind)
    }

    /// Whether token `i + 1` follows token `i` with no space between.
    fn glued(&self, i: usize) -> bool {
        i + 1 < self.hi
            && i >= self.lo
            && self.t.doc.tokens[i].end == self.t.doc.tokens[i + 1].start
    }

    fn capitalized(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// A plain integer token (digits only).
    fn int(&self, i: usize) -> Option<u32> {
        let s = self.raw(i);
        if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    }

    /// A four-digit year token (1000..=2199).
    fn year_at(&self, i: usize) -> Option<i32> {
        let s = self.raw(i);
        if s.len() != 4 {
            return None;
        }
        let y = self.int(i)? as i32;
        (1000..=2199).contains(&y).then_some(y)
    }

    /// A day of the month: "12", "12th", "1st".
    fn day_at(&self, i: usize) -> Option<u32> {
        let d = self.int(i).filter(|_| self.raw(i).len() <= 2).or_else(|| {
            lexicon::ordinal(self.w(i)).filter(|_| self.kind(i) == Some(TokenKind::Number))
        })?;
        (1..=31).contains(&d).then_some(d)
    }

    /// A month name at `i`: full names must be capitalised ("may" is a verb).
    fn month_at(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        let m = lexicon::month(w)?;
        if !self.capitalized(i) {
            return None;
        }
        // A bare abbreviation without its period is too ambiguous ("Mar", "Jan" are names).
        if lexicon::is_month_abbreviation(w) && !w.ends_with('.') && w.len() < 4 {
            return (w == "may").then_some(m);
        }
        Some(m)
    }

    fn weekday_at(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        let wd = lexicon::weekday(w)?;
        (self.capitalized(i) && (w.len() > 4 || w.ends_with('.'))).then_some(wd)
    }

    /// The best (longest) expression starting at token `i`.
    fn best_at(&self, i: usize) -> Option<Found> {
        let tries = [
            self.modified(i),
            self.clock_first(i),
            self.set(i),
            self.deictic(i),
        ];
        tries.into_iter().flatten().max_by_key(|f| f.last)
    }

    /// Optional modifier words, then a core expression.
    fn modified(&self, i: usize) -> Option<Found> {
        let (modifier, j) = self.modifier_words(i);
        if j > i {
            // "early 2014", "the end of 1990", "more than a decade".
            if let Some((core, end)) = self.core(j, true) {
                let ok = match modifier {
                    Some("START" | "END" | "MID") => !matches!(core, Core::Duration { .. }),
                    Some(_) => {
                        matches!(
                            core,
                            Core::Duration { .. } | Core::Rel { .. } | Core::Clock { .. }
                        ) || self.ago_like(j, end)
                    }
                    None => true,
                };
                if ok {
                    return Some(Found {
                        first: i,
                        last: end,
                        core,
                        modifier,
                    });
                }
            }
            return None;
        }
        let (core, end) = self.core(i, false)?;
        Some(Found {
            first: i,
            last: end,
            core,
            modifier: None,
        })
    }

    fn ago_like(&self, _j: usize, end: usize) -> bool {
        matches!(self.w(end.wrapping_sub(1)), "ago" | "earlier" | "later")
    }

    /// Modifier words at `i`: returns the TimeML modifier and where the rest begins.
    fn modifier_words(&self, i: usize) -> (Option<&'static str>, usize) {
        let w = |k| self.w(i + k);
        match (w(0), w(1), w(2)) {
            ("the", "end" | "close", "of") => (Some("END"), i + 3),
            ("the", "beginning" | "start", "of") => (Some("START"), i + 3),
            ("the", "middle", "of") => (Some("MID"), i + 3),
            ("more" | "longer", "than", _) => (Some("MORE_THAN"), i + 2),
            ("less" | "fewer" | "shorter", "than", _) => (Some("LESS_THAN"), i + 2),
            ("at", "least", _) => (Some("EQUAL_OR_MORE"), i + 2),
            ("at", "most", _) | ("up", "to", _) => (Some("EQUAL_OR_LESS"), i + 2),
            ("no", "more", "than") => (Some("EQUAL_OR_LESS"), i + 3),
            ("early", _, _) => (Some("START"), i + 1),
            ("late", _, _) => (Some("END"), i + 1),
            ("mid", _, _) => (Some("MID"), i + 1),
            ("about" | "around" | "approximately" | "roughly" | "some", _, _) => {
                (Some("APPROX"), i + 1)
            }
            ("nearly" | "almost" | "under", _, _) => (Some("LESS_THAN"), i + 1),
            ("over", _, _) if self.count(i + 1).is_some() => (Some("MORE_THAN"), i + 1),
            _ => (None, i),
        }
    }

    /// A core expression at `i` (after modifiers when `after_mod`).
    fn core(&self, i: usize, after_mod: bool) -> Option<Hit> {
        let tries = [
            self.hyphen_mod(i),
            self.explicit_date(i),
            self.month_dir(i),
            self.numeric_date(i),
            self.year_expr(i),
            self.spoken_year(i),
            self.weekday_expr(i),
            self.relative(i),
            self.counted(i),
            self.the_unit(i, after_mod),
            self.quarter(i),
            self.season(i),
            self.holiday(i),
            self.year_end(i),
            self.day_words(i),
            self.bare_plural(i),
        ];
        let best = tries.into_iter().flatten().max_by_key(|h| h.1)?;
        // A day then a part of it, or a clock time after a day: "Tuesday morning".
        let (core, end) = best;
        if is_day(&core) {
            if let Some(part) = lexicon::part_of_day(self.w(end)) {
                return Some((
                    Core::PartOfDay {
                        day: Box::new(core),
                        part,
                    },
                    end + 1,
                ));
            }
        }
        Some((core, end))
    }

    /// "mid-2014", "mid-1990s", "late-November", "early-morning".
    fn hyphen_mod(&self, i: usize) -> Option<Hit> {
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
    fn explicit_date(&self, i: usize) -> Option<Hit> {
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
    fn month_tail(&self, month: u32, _at: usize) -> Core {
        Core::MonthDir { month, dir: 0 }
    }

    /// A month with a direction: "last November", "next March", "this June".
    fn month_dir(&self, i: usize) -> Option<Hit> {
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

    fn month_tail_end(&self, at: usize) -> usize {
        at
    }

    /// Numeric dates: "5/12/2015" (US order: month first), "2015-05-12", "12/05/2015"
    /// when the first number cannot be a month.
    fn numeric_date(&self, i: usize) -> Option<Hit> {
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
            crate::time::calendar::Date::new(a as i32, m, d)?;
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
        crate::time::calendar::Date::new(year, month, day)?;
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
    fn year_expr(&self, i: usize) -> Option<Hit> {
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
    fn year_words(&self, i: usize) -> Option<(i32, usize)> {
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
    fn spoken_year(&self, i: usize) -> Option<Hit> {
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

    /// Weekdays: "Tuesday", "last Friday", "this Sunday", "Tuesday, April 6".
    fn weekday_expr(&self, i: usize) -> Option<Hit> {
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
    fn relative(&self, i: usize) -> Option<Hit> {
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
    fn count_unit(&self, i: usize) -> Option<(Option<f64>, Unit, usize)> {
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
    fn count(&self, i: usize) -> Option<(Option<f64>, usize)> {
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
    fn counted(&self, i: usize) -> Option<Hit> {
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
                // "one day" in a story is a vague moment, not a length.
                Some((Core::Duration { n, unit }, end))
            }
        }
    }

    /// "the year", "the week", "the month", "the weekend", "the quarter": the current
    /// one, or a length after "for"/"during"; "the full year" is the current year.
    fn the_unit(&self, i: usize, _after_mod: bool) -> Option<Hit> {
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

    /// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first
    /// quarter", "the third quarter of 1990", "the 1988 third quarter", "the first half",
    /// "the year-earlier quarter".
    fn quarter(&self, i: usize) -> Option<Hit> {
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
    fn season(&self, i: usize) -> Option<Hit> {
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
    fn holiday(&self, i: usize) -> Option<Hit> {
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
    fn year_end(&self, i: usize) -> Option<Hit> {
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

    /// "today", "yesterday", "tomorrow", "tonight", "this morning", "last night".
    fn day_words(&self, i: usize) -> Option<Hit> {
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
    fn bare_plural(&self, i: usize) -> Option<Hit> {
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

    /// Clock times: "10:30 a.m.", "10 a.m. EST", "noon", "midnight", "at 14:30",
    /// "9 a.m. Tuesday", "noon Thursday".
    fn clock_first(&self, i: usize) -> Option<Found> {
        let (modifier, j) = match self.w(i) {
            "about" | "around" | "approximately" => (Some("APPROX"), i + 1),
            _ => (None, i),
        };
        let (hour, minute, mut end) = self.clock(j)?;
        if self.w(end) == ","
            && self.day_like(end + 1).is_some()
            && self.day_like(end + 1).is_some()
        {
            end += 1;
        }
        let day = self.day_like(end);
        let (day, end) = match day {
            Some((d, e)) => (Some(Box::new(d)), e),
            None => {
                if self.w(end.wrapping_sub(1)) == "," {
                    end -= 1;
                }
                (None, end)
            }
        };
        Some(Found {
            first: i,
            last: end,
            core: Core::Clock { hour, minute, day },
            modifier,
        })
    }

    /// A day right after a clock time.
    fn day_like(&self, i: usize) -> Option<Hit> {
        self.weekday_expr(i)
            .or_else(|| {
                self.explicit_date(i)
                    .filter(|(c, _)| matches!(c, Core::Day { .. }))
            })
            .or_else(|| {
                self.day_words(i)
                    .filter(|(c, _)| matches!(c, Core::Rel { .. }))
            })
    }

    /// A clock time at `i`: (hour, minute, end).
    fn clock(&self, i: usize) -> Option<(u32, u32, usize)> {
        match self.w(i) {
            "noon" | "midday" => return Some((12, 0, i + 1)),
            "midnight" => return Some((0, 0, i + 1)),
            _ => {}
        }
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let raw = self.w(i);
        let digits = raw.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &raw[digits.len()..];
        let (h, m) = match digits.split_once(':') {
            Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
            Some(_) => return None,
            None if digits.len() <= 2 => (digits.parse::<u32>().ok()?, 0),
            None => return None,
        };
        if m > 59 {
            return None;
        }
        let mut end = i + 1;
        let ampm = match suffix {
            "am" | "a" => Some(false),
            "pm" | "p" => Some(true),
            "" => match self.w(end) {
                "a.m." | "a.m" | "am" => {
                    end += 1;
                    Some(false)
                }
                "p.m." | "p.m" | "pm" => {
                    end += 1;
                    Some(true)
                }
                "o'clock" => {
                    end += 1;
                    None
                }
                _ => None,
            },
            _ => return None,
        };
        // "a.m" split by the sentence splitter leaves "a.m" then "."
        let hour = match ampm {
            Some(pm) => {
                if !(1..=12).contains(&h) {
                    return None;
                }
                (h % 12) + if pm { 12 } else { 0 }
            }
            None => {
                // A bare "10:30" is a time only after "at", "by", "until", "from"
                // and with hours on a clock; "02:17" alone is a video length.
                let o_clock = self.w(end.wrapping_sub(1)) == "o'clock";
                let prev = self.w(i.wrapping_sub(1));
                if h > 23
                    || !(o_clock
                        || (digits.contains(':')
                            && matches!(
                                prev,
                                "at" | "by"
                                    | "until"
                                    | "till"
                                    | "from"
                                    | "before"
                                    | "after"
                                    | "around"
                                    | "about"
                            )))
                {
                    return None;
                }
                h
            }
        };
        if lexicon::is_time_zone(self.w(end)) {
            end += 1;
        } else if self.w(end) == "local" && self.w(end + 1) == "time" {
            end += 2;
        }
        Some((hour, m, end))
    }

    /// Sets: "every week", "each year", "every Monday", "daily", "annually",
    /// "every two years", "Mondays".
    fn set(&self, i: usize) -> Option<Found> {
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

    /// Words that stand for the present, past or future: "now", "currently",
    /// "recently", "the past", "the future", "these days".
    fn deictic(&self, i: usize) -> Option<Found> {
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
}

/// Whether a core names one day (so a part of day or a clock time can attach).
fn is_day(c: &Core) -> bool {
    matches!(
        c,
        Core::Day { .. }
            | Core::Weekday { .. }
            | Core::Rel {
                unit: Unit::Day,
                ..
            }
    )
}

/// "two years ago" (dir -1), "two days later" (+1): the reference moved by n units, or
/// the past/future when the count is vague.
fn ago(n: Option<f64>, unit: Unit, dir: i32) -> Core {
    match n {
        Some(n) if n.fract() == 0.0 => Core::Rel {
            unit,
            offset: dir * n as i32,
        },
        _ => Core::Deictic(if dir < 0 { "PAST_REF" } else { "FUTURE_REF" }),
    }
}
