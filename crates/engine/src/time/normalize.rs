//! Normalisation: a recognised [`Core`] plus the reference date (and, for bare weekdays,
//! the tense) → the TimeML type and value.

use super::civil::{self, fmt_year, Date};
use super::lexicon::{HolidayRule, Unit};
use super::recognize::{Core, YearSpec};
use super::tense::Tense;

/// The reference the values are computed against: a full date, or only a year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reference {
    /// The reference day, when known.
    pub date: Option<Date>,
    /// The reference year (the date's year when the date is known).
    pub year: Option<i32>,
}

impl Reference {
    /// A reference from a full date.
    pub fn from_date(d: Date) -> Reference {
        Reference {
            date: Some(d),
            year: Some(civil::year(d)),
        }
    }

    fn year_of(&self, y: YearSpec) -> Option<i32> {
        match y {
            YearSpec::Abs(y) => Some(y),
            YearSpec::Rel(k) => self.year.map(|r| r + k),
        }
    }
}

/// A weekday or a calendar day (not "today", "yesterday").
fn is_named_day(core: &Core) -> bool {
    matches!(core, Core::Weekday { .. } | Core::Day { .. })
}

/// TimeML type of a core.
pub fn kind(core: &Core) -> &'static str {
    match core {
        Core::PartOfDay { day, .. } if is_named_day(day) => "DATE",
        Core::Duration { .. } => "DURATION",
        Core::Set { .. } | Core::SetWeekday(_) => "SET",
        Core::Clock { .. } | Core::PartOfDay { .. } => "TIME",
        _ => "DATE",
    }
}

/// The normalised value of `core`, or `None` when it needs a reference that is unknown.
pub fn value(core: &Core, r: &Reference, tense: Tense) -> Option<String> {
    match core {
        Core::Day { year, month, day } => {
            let y = year.or_else(|| match r.date {
                // Feb 29 has no neighbour in most years: compare on the month only.
                Some(d) => Some(infer_year(d, tense, 31, |y| {
                    civil::date(y, *month, 1)
                        .and_then(|first| {
                            let last = u32::from(first.days_in_month().unsigned_abs());
                            civil::date(y, *month, (*day).min(last))
                        })
                        .map_or(0, |x| civil::days_between(d, x))
                })),
                None => r.year,
            });
            Some(match y {
                Some(y) => format!("{}-{:02}-{:02}", fmt_year(y), month, day),
                None => format!("XXXX-{month:02}-{day:02}"),
            })
        }
        Core::Month { year, month } => {
            let y = r.year_of(*year)?;
            Some(format!("{}-{:02}", fmt_year(y), month))
        }
        Core::MonthDir { month, dir } => {
            let Some(d) = r.date else {
                return (*dir == 0)
                    .then(|| r.year.map(|y| format!("{}-{:02}", fmt_year(y), month)))?;
            };
            let y = match dir {
                -1 if *month >= civil::month(d) => civil::year(d) - 1,
                1 if *month <= civil::month(d) => civil::year(d) + 1,
                0 => infer_year(d, tense, 1, |y| {
                    i64::from(y * 12 + *month as i32)
                        - i64::from(civil::year(d) * 12 + civil::month(d) as i32)
                }),
                _ => civil::year(d),
            };
            Some(format!("{}-{:02}", fmt_year(y), month))
        }
        Core::Year(y) => r.year_of(*y).map(fmt_year),
        Core::Decade(d) => Some(format!("{:03}", d)),
        Core::Century(c) => Some(format!("{:02}", c)),
        Core::Weekday { wd, dir } => {
            // Without a reference day a weekday stays a weekday of an unknown week.
            let Some(d) = r.date else {
                return Some(format!("XXXX-WXX-{wd}"));
            };
            Some(civil::iso(weekday(d, *wd, *dir, tense)))
        }
        Core::Rel {
            unit: Unit::Weekend,
            offset: 0,
        } => {
            // "the weekend" told in the past, on a weekday, is the one just gone.
            let d = r.date?;
            let back = tense != Tense::Future && civil::iso_weekday(d) <= 5;
            relative(r, Unit::Weekend, if back { -1 } else { 0 })
        }
        Core::Rel { unit, offset } | Core::Anaphor { unit, offset } => relative(r, *unit, *offset),
        Core::Deictic(v) => Some((*v).to_string()),
        Core::Duration { n, unit } => Some(duration(*n, *unit)),
        Core::Set { n, unit } => Some(duration(Some(f64::from(*n)), *unit)),
        Core::SetWeekday(wd) => Some(format!("XXXX-WXX-{wd}")),
        Core::Clock { hour, minute, day } => {
            let day = match day {
                Some(d) => value(d, r, tense)?,
                None => civil::iso(r.date?),
            };
            Some(format!("{day}T{hour:02}:{minute:02}"))
        }
        // TimeBank mostly dates "Friday night" as the day itself.
        Core::PartOfDay { day, .. } if is_named_day(day) => value(day, r, tense),
        Core::PartOfDay { day, part } => Some(format!("{}T{}", value(day, r, tense)?, part)),
        Core::Season { year, code } => {
            let mut y = r.year_of(*year)?;
            // "last winter" in January is the winter that just ended.
            if let (YearSpec::Rel(-1), Some(d)) = (year, r.date) {
                if *code == "WI" && civil::month(d) <= 3 {
                    y += 1;
                }
            }
            Some(format!("{}-{}", fmt_year(y), code))
        }
        Core::Quarter {
            year: YearSpec::Rel(0),
            q,
        } => {
            // "the fourth quarter" in a January story is the one just ended.
            let y = match r.date {
                Some(d) => infer_year(d, tense, 1, |y| {
                    i64::from(y * 4 + *q as i32)
                        - i64::from(civil::year(d) * 4 + civil::quarter(d) as i32)
                }),
                None => r.year?,
            };
            Some(format!("{}-Q{}", fmt_year(y), q))
        }
        Core::Quarter { year, q } => Some(format!("{}-Q{}", fmt_year(r.year_of(*year)?), q)),
        Core::ReportYear(y) => Some(fmt_year(*y)),
        // Dated from the list's first day once the whole text is read (`time::lists`).
        Core::ListDay(_) => None,
        Core::DayOfMonth(d) => Some(match r.date {
            Some(rd) => format!(
                "{}-{:02}-{d:02}",
                fmt_year(civil::year(rd)),
                civil::month(rd)
            ),
            None => format!("XXXX-XX-{d:02}"),
        }),
        Core::ReportPeriod { back: 0 } => relative(r, Unit::Quarter, -1),
        Core::ReportPeriod { back } => r.year.map(|y| fmt_year(y - back)),
        Core::Half { year, h } => Some(format!("{}-H{}", fmt_year(r.year_of(*year)?), h)),
        Core::Holiday { rule, year } => {
            let date_in = |y: i32| match rule {
                HolidayRule::Fixed(m, d) => civil::date(y, *m, *d),
                HolidayRule::NthWeekday(m, wd, n) => civil::nth_weekday(y, *m, *wd, *n),
                HolidayRule::Easter(k) => civil::easter(y).map(|e| civil::add_days(e, *k)),
            };
            let y = match (year, r.date) {
                (Some(y), _) => *y,
                (None, Some(d)) => infer_year(d, tense, 31, |y| {
                    date_in(y).map_or(0, |x| civil::days_between(d, x))
                }),
                (None, None) => r.year?,
            };
            Some(civil::iso(date_in(y)?))
        }
    }
}

/// The weekday `wd` nearest the reference `d` in the direction given (`dir` -1 before,
/// +1 after, 0 by the tense: the past looks back, the future ahead; the reference day
/// itself counts for both).
pub fn weekday(d: Date, wd: u32, dir: i32, tense: Tense) -> Date {
    let today = i64::from(civil::iso_weekday(d));
    let wd = i64::from(wd);
    let back = (today - wd).rem_euclid(7);
    let ahead = (wd - today).rem_euclid(7);
    match dir {
        -1 => civil::add_days(d, -(if back == 0 { 7 } else { back })),
        1 => civil::add_days(d, if ahead == 0 { 7 } else { ahead }),
        _ => match tense {
            Tense::Past | Tense::Unmarked => civil::add_days(d, -back),
            Tense::Future => civil::add_days(d, ahead),
        },
    }
}

/// The year of a month or day written without one, seen from the reference day `d`:
/// the past looks back (a later month is last year's), the future ahead (an earlier
/// month is next year's), and with no cue the nearest wins ("December" in a February
/// story is the December just gone). `offset(y)` is the signed distance, in any unit,
/// from `d` to the month or day in year `y`.
/// A cue only overrides the nearest reading when the month or day lies more than
/// `slack` units on the wrong side: a past verb near "Nov. 21" in a story of Nov. 2
/// is more likely noise than a year-old event.
pub fn infer_year(d: Date, tense: Tense, slack: i64, offset: impl Fn(i32) -> i64) -> i32 {
    let y = civil::year(d);
    let now = offset(y);
    match tense {
        Tense::Past if now > slack => y - 1,
        Tense::Future if now < -slack => y + 1,
        Tense::Past if now <= 0 => y,
        Tense::Future if now >= 0 => y,
        _ => {
            [y - 1, y + 1]
                .into_iter()
                .fold((y, now.abs()), |best, c| {
                    let o = offset(c).abs();
                    if o < best.1 {
                        (c, o)
                    } else {
                        best
                    }
                })
                .0
        }
    }
}

/// The reference period moved by `offset` units, at the unit's granularity.
fn relative(r: &Reference, unit: Unit, offset: i32) -> Option<String> {
    if unit == Unit::Year {
        return r.year.map(|y| fmt_year(y + offset));
    }
    if unit == Unit::Decade {
        return r.year.map(|y| format!("{:03}", y.div_euclid(10) + offset));
    }
    if unit == Unit::Century {
        return r.year.map(|y| format!("{:02}", y.div_euclid(100) + offset));
    }
    let d = r.date?;
    Some(match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            civil::iso(civil::add_days(d, i64::from(offset)))
        }
        Unit::Week => {
            let (y, w) = civil::iso_week(civil::add_days(d, 7 * i64::from(offset)));
            format!("{}-W{:02}", fmt_year(y), w)
        }
        Unit::Weekend => {
            let (y, w) = civil::iso_week(civil::add_days(d, 7 * i64::from(offset)));
            format!("{}-W{:02}-WE", fmt_year(y), w)
        }
        Unit::Month => {
            let m = civil::add_months(d, offset);
            format!("{}-{:02}", fmt_year(civil::year(m)), m.month())
        }
        Unit::Quarter => {
            let q = civil::year(d) * 4 + civil::quarter(d) as i32 - 1 + offset;
            format!("{}-Q{}", fmt_year(q.div_euclid(4)), q.rem_euclid(4) + 1)
        }
        Unit::Year | Unit::Decade | Unit::Century => return None,
    })
}

/// A TimeML duration: `P3Y`, `PT2H`, `PXW` (vague), `P2Y6M` (two and a half years),
/// decades and centuries in years (`P10Y`, `P100Y`) as TimeBank writes them.
pub fn duration(n: Option<f64>, unit: Unit) -> String {
    match (unit, n) {
        (Unit::Decade, Some(n)) => return duration(Some(n * 10.0), Unit::Year),
        (Unit::Century, Some(n)) => return duration(Some(n * 100.0), Unit::Year),
        (Unit::Decade | Unit::Century, None) => return "PXY".to_string(),
        _ => {}
    }
    // A half unit in the next smaller one: 5 1/2 hours = PT5H30M.
    if let Some(x) = n.filter(|x| x.fract() == 0.5 && *x > 1.0) {
        let whole = x.trunc() as i64;
        let half = match unit {
            Unit::Year => Some("6M"),
            Unit::Month => Some("15D"),
            Unit::Day => Some("T12H"),
            Unit::Hour => Some("30M"),
            Unit::Minute => Some("30S"),
            _ => None,
        };
        if let Some(half) = half {
            let t = if unit.is_clock() { "T" } else { "" };
            return format!("P{t}{whole}{}{half}", unit.code());
        }
    }
    let t = if unit.is_clock() { "T" } else { "" };
    let count = match n {
        None => "X".to_string(),
        Some(n) if n.fract() == 0.0 => format!("{}", n as i64),
        Some(n) => format!("{n}"),
    };
    if unit == Unit::Weekend {
        return format!(
            "P{}D",
            n.map_or("X".to_string(), |n| format!("{}", (2.0 * n) as i64))
        );
    }
    format!("P{t}{count}{}", unit.code())
}
