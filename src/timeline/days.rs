//! The story's days known only relative to each other: a weekday with no reference date
//! (`XXXX-WXX-2`), a day of a month of no known year (`XXXX-09-08`), a numbered day of a
//! list with no date ("Day 3"). They are ranked among themselves, not placed on the
//! calendar, and headed in words ("Tuesday", "Wednesday, the next day", "Day 3").
//! And the calendar itself: days since 1970-01-01 of the values the engine gives.

pub use crate::words::days_from_civil;

/// The civil date (year, month, day) of a day number.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// Where a normalised value sits: (first day, last day), or `None` when it is not a point
/// or period in time. `reference` (`YYYY-MM-DD`) places `PRESENT_REF`.
pub fn day_of(value: &str, reference: Option<&str>) -> Option<(f64, f64)> {
    // A date-time (`2015-05-12T14:00`) sits on its day.
    let value = match (value.get(..10), value.as_bytes().get(10)) {
        (Some(day), Some(b'T')) => day,
        _ => value,
    };
    if value == "PRESENT_REF" {
        return reference.and_then(|r| day_of(r, None));
    }
    let num = |s: &str| -> Option<i64> {
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let parts: Vec<&str> = value.split('-').collect();
    let year_part = *parts.first()?;
    // Decades and centuries: 194X, 19XX.
    if year_part.len() == 4 && parts.len() == 1 && year_part.ends_with('X') {
        let digits = year_part.trim_end_matches('X');
        let width = 10i64.pow(u32::try_from(4 - digits.len()).ok()?);
        let start = num(digits)? * width;
        return Some((
            days_from_civil(start, 1, 1) as f64,
            days_from_civil(start + width, 1, 1) as f64 - 1.0,
        ));
    }
    if year_part.len() != 4 {
        return None;
    }
    let y = num(year_part)?;
    match parts.as_slice() {
        [_] => Some((
            days_from_civil(y, 1, 1) as f64,
            days_from_civil(y + 1, 1, 1) as f64 - 1.0,
        )),
        [_, w] if w.starts_with('W') => {
            let w = num(&w[1..])?;
            if !(1..=53).contains(&w) {
                return None;
            }
            // ISO week 1 contains January 4th; weeks start on Monday.
            let jan4 = days_from_civil(y, 1, 4);
            let monday = jan4 - (jan4 + 3).rem_euclid(7);
            let start = monday + (w - 1) * 7;
            Some((start as f64, start as f64 + 6.0))
        }
        [_, m] => {
            let m = num(m)?;
            if !(1..=12).contains(&m) {
                return None;
            }
            let next = if m == 12 {
                days_from_civil(y + 1, 1, 1)
            } else {
                days_from_civil(y, m + 1, 1)
            };
            Some((days_from_civil(y, m, 1) as f64, next as f64 - 1.0))
        }
        [_, m, d] => {
            let (m, d) = (num(m)?, num(d)?);
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            let day = days_from_civil(y, m, d) as f64;
            Some((day, day))
        }
        _ => None,
    }
}

/// The order of a day known only relative to the story's other days: a weekday
/// (`XXXX-WXX-2`, Monday = 1) or a day of a month of no known year (`XXXX-09-08`). Such
/// days are ordered among themselves, not placed on the calendar.
pub fn relative_day(value: &str) -> Option<i64> {
    let rest = value.strip_prefix("XXXX-")?;
    let rest = rest.split('T').next().unwrap_or(rest);
    let num = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match rest.split_once('-') {
        Some(("WXX", d)) => num(d).filter(|d| (1..=7).contains(d)),
        Some((m, d)) => {
            let (m, d) = (num(m)?, num(d)?);
            ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(100 + m * 40 + d)
        }
        None => None,
    }
}

/// Where a value sits: on the calendar ([`day_of`]) or among the story's relative days
/// ([`relative_day`]).
pub(super) fn place_of(value: &str, reference: Option<&str>) -> Option<((f64, f64), Option<i64>)> {
    if let Some(d) = day_of(value, reference) {
        return Some((d, None));
    }
    let r = relative_day(value)?;
    Some(((r as f64, r as f64), Some(r)))
}

/// Rank of a numbered day of a list that has no date ("Day 3"): before every other
/// relative day (a plan numbers its days before it names them).
pub(super) const LIST_DAYS: i64 = -10_000;

/// Where time `t` goes: its value (empty for an undated list day), its days, and its
/// rank among the story's relative days.
pub(super) fn position<'a>(
    t: &'a itinera_engine::analysis::Time,
    reference: Option<&str>,
) -> Option<(&'a str, (f64, f64), Option<i64>)> {
    match (&t.value, t.list_day) {
        (Some(v), _) => place_of(v, reference).map(|(d, r)| (v.as_str(), d, r)),
        (None, Some(n)) => {
            let r = LIST_DAYS + i64::from(n);
            Some(("", (r as f64, r as f64), Some(r)))
        }
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::model::{items, relative_headings, Item};
    use itinera_engine::analysis::Analysis;

    /// Each case: name, value, rank among the story's days.
    const RELATIVE: &[(&str, &str, Option<i64>)] = &[
        ("weekday_ranks_by_weekday", "XXXX-WXX-2", Some(2)),
        ("weekday_with_part_of_day", "XXXX-WXX-3TEV", Some(3)),
        (
            "day_of_month_without_year",
            "XXXX-09-08",
            Some(100 + 9 * 40 + 8),
        ),
        ("calendar_date_is_not_relative", "2015-05-12", None),
        ("bare_month_is_not_a_day", "XXXX-09", None),
        ("weekday_eight_is_nonsense", "XXXX-WXX-8", None),
    ];

    #[test]
    fn relative_days() {
        for (name, v, want) in RELATIVE {
            assert_eq!(relative_day(v), *want, "case {name}");
        }
        assert!(relative_day("XXXX-09-30") < relative_day("XXXX-10-01"));
    }

    fn analysed(text: &str, date: Option<&str>) -> (Analysis, Vec<Item>) {
        let opts = match date {
            Some(d) => itinera_engine::Options::with_date(d).expect("a date"),
            None => itinera_engine::Options::default(),
        };
        let a = itinera_engine::analyze(text, &opts);
        let it = items(text, &a);
        (a, it)
    }

    const TWO_DAYS: &str = "Anna Berg met Carl Dahl in Oslo on Tuesday. \
        On Wednesday, Anna Berg will fly on to Bergen for talks with the mayor.";

    #[test]
    fn weekdays_without_a_date_are_the_storys_days_in_order() {
        let (_, it) = analysed(TWO_DAYS, None);
        let rel: Vec<(&str, Option<i64>)> = it
            .iter()
            .filter(|i| i.relative.is_some())
            .map(|i| (i.when.as_str(), i.relative))
            .collect();
        assert_eq!(rel, [("Tuesday", Some(2)), ("Wednesday", Some(3))]);
        let heads = relative_headings(&it);
        assert_eq!(heads[1].1, "Wednesday, the next day");
        for i in &it {
            assert!(!crate::words::looks_raw(&i.when), "{}", i.when);
        }
    }

    #[test]
    fn undated_list_days_are_ordered_story_days() {
        let text = "Day 2: a boat on the bay.\nDay 1: we reach Hanoi.\nDay 3: Hue.";
        let (_, it) = analysed(text, None);
        let heads: Vec<String> = relative_headings(&it).into_iter().map(|h| h.1).collect();
        assert_eq!(heads, ["Day 1", "Day 2", "Day 3"]);
    }

    #[test]
    fn a_schedule_with_a_date_is_on_the_calendar_in_order() {
        let text = "Sept 8: we reach Hanoi.\n9 Sept: a boat on the bay.\nOn the 14th we fly home.";
        let (_, it) = analysed(text, Some("2019-09-01"));
        let values: Vec<&str> = it.iter().map(|i| i.value.as_str()).collect();
        assert_eq!(values, ["2019-09-08", "2019-09-09", "2019-09-14"]);
    }

    #[test]
    fn weekdays_with_a_date_are_on_the_calendar() {
        let (_, it) = analysed(TWO_DAYS, Some("2015-05-12"));
        let whens: Vec<&str> = it.iter().map(|i| i.when.as_str()).collect();
        assert_eq!(whens, ["Tue 12 May 2015", "Wed 13 May 2015"]);
        assert!(it.iter().all(|i| i.relative.is_none()));
    }
}
