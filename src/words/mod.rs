//! Dates in words for readers: every TimeML value the engine gives (`2015-05-12`,
//! `XXXX-WXX-2`, `P2Y`, `PRESENT_REF`, `194X`...) said as a reader would ("Tue 12 May
//! 2015", "Tuesday", "for two years", "now", "the 1940s"). The raw value is for exports
//! and attributes only; no view puts it in visible text.
//!
//! May use: the engine's `Analysis` types and nothing else of the page (every view may use
//! this).
//!
//! Plain Rust, tested natively.

use itinera_engine::analysis::{Analysis, Time};

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days since 1970-01-01 of a civil date (Howard Hinnant's days-from-civil algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Weekday (0 = Monday) of a civil date.
pub fn weekday(y: i64, m: i64, d: i64) -> usize {
    // 1970-01-01 was a Thursday (index 3).
    (days_from_civil(y, m, d) + 3).rem_euclid(7) as usize
}

fn num(s: &str) -> Option<i64> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn small_number(n: i64) -> String {
    const W: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    usize::try_from(n)
        .ok()
        .and_then(|i| W.get(i))
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// A day in words: "Tue 12 May 2015".
pub fn day(y: i64, m: i64, d: i64) -> String {
    let wd = &WEEKDAYS[weekday(y, m, d)][..3];
    let month = MONTHS[(m - 1).clamp(0, 11) as usize];
    format!("{wd} {d} {} {y}", &month[..3.min(month.len())])
}

/// A time of day in words: `14:00` as is, `MO` as "morning".
fn time_of_day(t: &str) -> Option<String> {
    Some(match t {
        "MO" => "morning".into(),
        "AF" => "afternoon".into(),
        "EV" => "evening".into(),
        "NI" => "night".into(),
        "DT" => "daytime".into(),
        _ => {
            let hm = t.get(..5).unwrap_or(t);
            let (h, m) = hm.split_once(':').unwrap_or((hm, "00"));
            format!("{:02}:{:02}", num(h)?, num(m).unwrap_or(0))
        }
    })
}

/// A duration in words: `P2Y` "for two years", `PXW` "for weeks", `PT3H` "for three
/// hours", `P1D` "for a day".
pub fn duration(v: &str) -> Option<String> {
    let body = v.strip_prefix('P')?;
    let (time, body) = match body.strip_prefix('T') {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    let unit = body.chars().last()?;
    let amount = &body[..body.len() - unit.len_utf8()];
    let name = match (time, unit) {
        (false, 'Y') => "year",
        (false, 'M') => "month",
        (false, 'W') => "week",
        (false, 'D') => "day",
        (false, 'E') => "decade",
        (false, 'C') => "century",
        (true, 'H') => "hour",
        (true, 'M') => "minute",
        (true, 'S') => "second",
        _ => return None,
    };
    let plural = |n: &str| {
        if name == "century" {
            "centuries".to_string()
        } else {
            format!("{n}s")
        }
    };
    Some(match amount {
        "X" => format!("for {}", plural(name)),
        "1" => format!("for a{} {name}", if name == "hour" { "n" } else { "" }),
        a => {
            let n = num(a)?;
            format!("for {} {}", small_number(n), plural(name))
        }
    })
}

/// A normalised TIMEX3 value in words, or `None` when it is not one this knows (the
/// caller then shows the text as written).
pub fn value(v: &str) -> Option<String> {
    match v {
        "PRESENT_REF" => return Some("now".into()),
        "PAST_REF" => return Some("in the past".into()),
        "FUTURE_REF" => return Some("in the future".into()),
        _ => {}
    }
    if v.starts_with('P') {
        return duration(v);
    }
    let (date, time) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let year = *parts.first()?;
    let y = num(year);
    let said = match (y, &parts[1..]) {
        // Decades and centuries: 194X, 19XX.
        (None, []) if year.len() == 4 && year.ends_with('X') => {
            let digits = year.trim_end_matches('X');
            match digits.len() {
                3 => format!("the {digits}0s"),
                2 => format!("the {digits}00s"),
                _ => return None,
            }
        }
        (Some(y), []) => y.to_string(),
        (Some(y), [m]) => {
            if let Some(w) = m.strip_prefix('W') {
                format!("week {} of {y}", num(w)?)
            } else if let Some(q) = m.strip_prefix('Q') {
                format!("quarter {} of {y}", num(q)?)
            } else if let Some(h) = m.strip_prefix('H') {
                format!(
                    "{} half of {y}",
                    if num(h)? == 1 { "first" } else { "second" }
                )
            } else if let Some(season) = season(m) {
                format!("{season} {y}")
            } else {
                let m = num(m)?;
                format!("{} {y}", MONTHS.get(usize::try_from(m - 1).ok()?)?)
            }
        }
        (Some(y), [m, d]) if m.starts_with('W') => {
            // 2015-W20-2: a weekday of a numbered week.
            let wd = WEEKDAYS.get(usize::try_from(num(d)? - 1).ok()?)?;
            format!("{wd} of week {} of {y}", num(&m[1..])?)
        }
        (Some(y), [m, d]) => {
            let (m, d) = (num(m)?, num(d)?);
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            day(y, m, d)
        }
        (None, [m]) if year == "XXXX" => {
            if let Some(s) = season(m) {
                s.to_string()
            } else {
                MONTHS.get(usize::try_from(num(m)? - 1).ok()?)?.to_string()
            }
        }
        (None, ["WXX", d]) if year == "XXXX" => WEEKDAYS
            .get(usize::try_from(num(d)? - 1).ok()?)?
            .to_string(),
        (None, [m, d]) if year == "XXXX" && *m != "XX" => {
            let m = num(m)?;
            let month = MONTHS.get(usize::try_from(m - 1).ok()?)?;
            format!("{} {month}", num(d)?)
        }
        (None, ["XX", d]) if year == "XXXX" && *d != "XX" => ordinal(num(d)?),
        (None, ["XX", "XX"]) if year == "XXXX" => match time {
            Some(t) => return time_of_day(t),
            None => return None,
        },
        _ => return None,
    };
    Some(match time.and_then(time_of_day) {
        Some(t) => format!("{said}, {t}"),
        None => said,
    })
}

/// "the 14th".
fn ordinal(n: i64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("the {n}{suffix}")
}

fn season(code: &str) -> Option<&'static str> {
    Some(match code {
        "SP" => "spring",
        "SU" => "summer",
        "FA" => "autumn",
        "WI" => "winter",
        _ => return None,
    })
}

/// A time expression in words: its value said ([`value`]), "every …" for a set, or the
/// text as the article writes it when the value is unknown or not one this reads.
pub fn time(t: &Time) -> String {
    let said = t.value.as_deref().and_then(value);
    match (t.kind.as_str(), said) {
        ("SET", _) => t.text.clone(),
        (_, Some(s)) => s,
        _ => t.text.clone(),
    }
}

/// The words of time `id` of `a`, if it has one.
pub fn time_of(a: &Analysis, id: Option<&str>) -> Option<String> {
    a.times.iter().find(|t| Some(t.id.as_str()) == id).map(time)
}

/// True when a string looks like a raw TimeML value a reader should never see.
pub fn looks_raw(s: &str) -> bool {
    s.contains("XXXX")
        || s.contains("WXX")
        || s.contains("_REF")
        || s.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
            w.len() >= 3
                && w.starts_with('P')
                && w[1..w.len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'X')
                && matches!(w.as_bytes()[w.len() - 1], b'Y' | b'M' | b'W' | b'D')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each case: name, value, words.
    const VALUES: &[(&str, &str, &str)] = &[
        ("full_date_with_weekday", "2015-05-12", "Tue 12 May 2015"),
        ("leap_day", "2016-02-29", "Mon 29 Feb 2016"),
        (
            "date_and_clock",
            "2015-05-12T14:30",
            "Tue 12 May 2015, 14:30",
        ),
        (
            "date_and_part_of_day",
            "2015-05-12TEV",
            "Tue 12 May 2015, evening",
        ),
        ("year", "2014", "2014"),
        ("month", "2015-05", "May 2015"),
        ("iso_week", "2015-W20", "week 20 of 2015"),
        ("quarter", "2015-Q1", "quarter 1 of 2015"),
        ("season", "2015-SU", "summer 2015"),
        ("decade", "194X", "the 1940s"),
        ("century", "19XX", "the 1900s"),
        ("weekday_without_reference", "XXXX-WXX-2", "Tuesday"),
        ("day_month_without_year", "XXXX-09-08", "8 September"),
        ("month_without_year", "XXXX-09", "September"),
        ("day_of_unknown_month", "XXXX-XX-14", "the 14th"),
        ("eleventh_is_th", "XXXX-XX-11", "the 11th"),
        ("present", "PRESENT_REF", "now"),
        ("past", "PAST_REF", "in the past"),
        ("two_years", "P2Y", "for two years"),
        ("some_weeks", "PXW", "for weeks"),
        ("a_day", "P1D", "for a day"),
        ("three_hours", "PT3H", "for three hours"),
        ("an_hour", "PT1H", "for an hour"),
        ("twenty_days", "P20D", "for 20 days"),
    ];

    #[test]
    fn values_in_words() {
        for (name, v, want) in VALUES {
            assert_eq!(value(v).as_deref(), Some(*want), "case {name}");
            assert!(!looks_raw(want), "case {name} reads raw");
        }
    }

    #[test]
    fn unknown_values_are_not_guessed() {
        for v in ["", "abc", "2015-13", "XXXX-WXX-9", "P", "PZZ"] {
            assert_eq!(value(v), None, "{v}");
        }
    }

    #[test]
    fn a_time_without_value_reads_as_written() {
        let t = Time {
            id: "t1".into(),
            text: "the other day".into(),
            kind: "DATE".into(),
            value: None,
            start: 0,
            end: 0,
            modifier: None,
            list_day: None,
        };
        assert_eq!(time(&t), "the other day");
    }

    #[test]
    fn raw_values_are_spotted() {
        for raw in [
            "XXXX-WXX-2",
            "Tuesday (XXXX-WXX-2)",
            "P2Y",
            "PRESENT_REF",
            "PXW x",
        ] {
            assert!(looks_raw(raw), "{raw}");
        }
        for fine in ["Tuesday", "Tue 12 May 2015", "PARIS", "Putin", "P2", "2015"] {
            assert!(!looks_raw(fine), "{fine}");
        }
    }
}
