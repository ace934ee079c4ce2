//! Schedules, once every expression has its value: "Day N" of a day-by-day list is dated
//! from the list's first day when a line of the list gives its date ("Day 2: Sept 9"
//! makes Day 1 Sept 8 and Day 5 Sept 12), and is otherwise only numbered
//! ([`Time::list_day`]); "the 14th" takes the month of the last date the story named.

use super::civil;
use super::recognize::{Core, Found};
use crate::analysis::Time;
use crate::doc::Doc;

/// A full date value's day (`2015-09-08`, or a date-time on it).
fn day_of(v: &str) -> Option<civil::Date> {
    civil::parse(v.get(..10)?)
}

/// Dates the list days and the days of the month in `times` (one per `found`, in order).
pub fn settle(doc: &Doc, found: &[Found], times: &mut [Time]) {
    let sentence = |i: usize| doc.tokens[found[i].first].sentence;
    // Day 1 of the list: from the first numbered day whose sentence has a full date.
    let mut first_day: Option<civil::Date> = None;
    for (i, f) in found.iter().enumerate() {
        let Core::ListDay(n) = f.core else { continue };
        times[i].list_day = Some(n);
        if first_day.is_some() {
            continue;
        }
        let dated = (0..found.len())
            .filter(|&j| j != i && sentence(j) == sentence(i))
            .find_map(|j| times[j].value.as_deref().and_then(day_of));
        if let Some(d) = dated {
            first_day = Some(civil::add_days(d, -(i64::from(n) - 1)));
        }
    }
    let mut month: Option<String> = None;
    for (i, f) in found.iter().enumerate() {
        match f.core {
            Core::ListDay(n) => {
                if let Some(d) = first_day {
                    times[i].value = Some(civil::iso(civil::add_days(d, i64::from(n) - 1)));
                }
            }
            Core::DayOfMonth(d) => {
                if let Some(m) = &month {
                    times[i].value = Some(format!("{m}-{d:02}"));
                }
            }
            _ => {}
        }
        // The year and month the story is in, from a written date.
        if let Some(v) = times[i].value.as_deref() {
            let b = v.as_bytes();
            let year = b[..4.min(b.len())].iter().all(u8::is_ascii_digit) || v.starts_with("XXXX");
            if v.len() >= 7 && b[4] == b'-' && year && b[5..7].iter().all(u8::is_ascii_digit) {
                month = Some(v[..7].to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    /// (text, value or "-" for none, list day) of every time found.
    fn found(text: &str, date: Option<&str>) -> Vec<(String, String, Option<u32>)> {
        let opts = date.map_or_else(Options::default, |d| Options::with_date(d).unwrap());
        analyze(text, &opts)
            .times
            .into_iter()
            .map(|t| (t.text, t.value.unwrap_or_else(|| "-".into()), t.list_day))
            .collect()
    }

    type Case = (
        &'static str,
        &'static str,
        Option<&'static str>,
        &'static [(&'static str, &'static str, Option<u32>)],
    );

    /// Each case: name, text, reference date, (text, value, list day) of every time.
    const CASES: &[Case] = &[
        (
            "month_abbreviation_then_day",
            "Sept 8: the ferry to Hydra.",
            Some("2021-09-01"),
            &[("Sept 8", "2021-09-08", None)],
        ),
        (
            "day_then_month_abbreviation",
            "8 Sept: the ferry to Hydra.",
            Some("2021-09-01"),
            &[("8 Sept", "2021-09-08", None)],
        ),
        (
            "range_of_days_is_its_first_day",
            "Sept. 8–10: three nights on Naxos.",
            None,
            &[("Sept. 8–10", "XXXX-09-08", None)],
        ),
        (
            "list_days_without_any_date_are_numbered",
            "Day 1: we reach Hanoi.\nDay 2: a boat on Ha Long Bay.",
            None,
            &[("Day 1", "-", Some(1)), ("Day 2", "-", Some(2))],
        ),
        (
            "a_dated_list_day_dates_the_others",
            "Day 1: we reach Hanoi.\nDay 2 (March 4): a boat on Ha Long Bay.\nDay 5: Hue.",
            Some("2022-02-20"),
            &[
                ("Day 1", "2022-03-03", Some(1)),
                ("Day 2", "2022-03-04", Some(2)),
                ("March 4", "2022-03-04", None),
                ("Day 5", "2022-03-07", Some(5)),
            ],
        ),
        (
            "day_in_running_text_is_no_list_day",
            "It was the best day 3 of us had.",
            None,
            &[],
        ),
        (
            "on_the_fourteenth_takes_the_month_last_named",
            "We land on May 9. On the 14th we fly home.",
            Some("2019-04-01"),
            &[
                ("May 9", "2019-05-09", None),
                ("the 14th", "2019-05-14", None),
            ],
        ),
        (
            "on_the_fourteenth_without_any_month",
            "On the 14th we fly home.",
            None,
            &[("the 14th", "XXXX-XX-14", None)],
        ),
        (
            "the_fourteenth_floor_is_no_date",
            "We slept on the 14th floor.",
            None,
            &[],
        ),
    ];

    #[test]
    fn schedules() {
        for (name, text, date, want) in CASES {
            let got = found(text, *date);
            let want: Vec<(String, String, Option<u32>)> = want
                .iter()
                .map(|(t, v, n)| ((*t).to_string(), (*v).to_string(), *n))
                .collect();
            assert_eq!(got, want, "case {name}");
        }
    }
}
