//! Civil dates for the time stages, on [`jiff::civil::Date`]: this module only adapts the
//! stages' integers (years as `i32`, months and days as `u32`) to jiff and makes every
//! step total (a step past jiff's years -9999..=9999 stops there instead of failing).
//! The calendar arithmetic itself (month lengths, leap years, adding days and months,
//! weekdays, ISO weeks) is jiff's. No clock is ever read.
//!
//! ```
//! use itinera_engine::time::civil;
//! let d = civil::parse("2015-05-12").unwrap();
//! assert_eq!(civil::iso_weekday(d), 2); // a Tuesday
//! assert_eq!(civil::iso_week(d), (2015, 20));
//! assert_eq!(civil::iso(civil::add_months(civil::date(2015, 1, 31).unwrap(), 1)), "2015-02-28");
//! assert!(civil::parse("2015-02-29").is_none());
//! ```

use jiff::civil::Weekday;
use jiff::ToSpan;

pub use jiff::civil::Date;

/// The furthest a step may go, in days and in months: the span of jiff's whole range.
const MAX_DAYS: i64 = 7_304_484;
const MAX_MONTHS: i32 = 239_976;

/// A checked date: `None` unless the year is within ±9999 and the month and day exist.
pub fn date(year: i32, month: u32, day: u32) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// Parses exactly `YYYY-MM-DD` (four, two and two ASCII digits) into a real date.
pub fn parse(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, &c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    date(
        s[0..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..10].parse().ok()?,
    )
}

/// The year, as the stages count it.
pub fn year(d: Date) -> i32 {
    i32::from(d.year())
}

/// The month, 1..=12.
pub fn month(d: Date) -> u32 {
    d.month().unsigned_abs().into()
}

/// The quarter of the year, 1..=4.
pub fn quarter(d: Date) -> u32 {
    (month(d) - 1) / 3 + 1
}

/// ISO weekday: Monday = 1 ... Sunday = 7.
pub fn iso_weekday(d: Date) -> u32 {
    d.weekday().to_monday_one_offset().unsigned_abs().into()
}

/// ISO 8601 week: (week-numbering year, week 1..=53).
pub fn iso_week(d: Date) -> (i32, u32) {
    let w = d.iso_week_date();
    (i32::from(w.year()), w.week().unsigned_abs().into())
}

/// The date `n` days later (earlier when negative).
pub fn add_days(d: Date, n: i64) -> Date {
    d.saturating_add(n.clamp(-MAX_DAYS, MAX_DAYS).days())
}

/// The date `n` months later, the day clamped to the month's length.
pub fn add_months(d: Date, n: i32) -> Date {
    d.saturating_add(n.clamp(-MAX_MONTHS, MAX_MONTHS).months())
}

/// Days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    to.duration_since(from).as_secs() / 86_400
}

/// The `n`-th (1-based) weekday `wd` (1 = Monday) of a month, or the last one when `n` is 0.
pub fn nth_weekday(year: i32, month: u32, wd: u32, n: u32) -> Option<Date> {
    let first = date(year, month, 1)?;
    let wd = Weekday::from_monday_one_offset(i8::try_from(wd).ok()?).ok()?;
    let nth = if n == 0 { -1 } else { i8::try_from(n).ok()? };
    first.nth_weekday_of_month(nth, wd).ok()
}

/// Western Easter Sunday (the anonymous Gregorian computus): jiff has no church calendar.
pub fn easter(year: i32) -> Option<Date> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(year, month.try_into().ok()?, day.try_into().ok()?)
}

/// `YYYY-MM-DD`, the year as TimeML writes it.
pub fn iso(d: Date) -> String {
    format!("{}-{:02}-{:02}", fmt_year(year(d)), d.month(), d.day())
}

/// A year as TimeML writes it: four digits.
pub fn fmt_year(y: i32) -> String {
    format!("{:04}", y.clamp(0, 9999))
}
