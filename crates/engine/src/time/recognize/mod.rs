//! Recognition: a hand-written matcher over the tokens of each sentence that finds
//! temporal expressions and says what they mean ([`Core`]) without yet knowing the
//! reference date. Spans follow TimeBank: determiners and modifiers that belong to the
//! expression are inside ("the past three years", "early 2014", "a year ago"),
//! prepositions are outside ("on Tuesday" → "Tuesday").
//!
//! At each token every pattern is tried and the longest match wins, then the matcher
//! jumps past it: linear in the number of tokens (each pattern looks a bounded number
//! of tokens ahead). The patterns live by kind: `dates` (calendar expressions),
//! `lists` (schedules: "Day 3", "on the 14th"),
//! `relative` (counted from the reference), `clock` (times of day); `names` keeps
//! titles such as "This Week" out.

mod clock;
mod dates;
mod lists;
mod names;
mod relative;

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
    /// A numbered day of a day-by-day list ("Day 3"): dated from the list's first day
    /// when the list gives one, else only ordered.
    ListDay(u32),
    /// A day of the month the story is in ("on the 14th").
    DayOfMonth(u32),
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
    pub words: Vec<&'a str>,
}

impl<'a> Tokens<'a> {
    /// The lowercased tokens of `doc`.
    pub fn new(doc: &'a Doc) -> Tokens<'a> {
        let words = (0..doc.tokens.len()).map(|i| doc.lower(i)).collect();
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
        let title_case = names::is_title_case(t, range.clone());
        let mut i = range.start;
        while i < range.end {
            match m.best_at(i) {
                Some(f) if f.last > i => {
                    i = f.last;
                    if title_case || !names::in_a_name(t, &f, range.start) {
                        out.push(f);
                    }
                }
                _ => i += 1,
            }
        }
    }
    out
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
            self.t.words[i]
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
            self.list_day(i),
            self.day_of_month(i),
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
}

/// Whether a core names one day (so a part of day or a clock time can attach).
fn is_day(c: &Core) -> bool {
    matches!(
        c,
        Core::Day { .. }
            | Core::Weekday { .. }
            | Core::ListDay(_)
            | Core::DayOfMonth(_)
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
