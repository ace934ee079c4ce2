//! The timeline's model: which events go on it, where on the time axis, and in which lane.
//!
//! **Days.** Positions on the axis are days since 1970-01-01 (proleptic Gregorian), as
//! `f64` so a year or a decade can sit at its middle. [`day_of`] reads the normalised
//! TIMEX3 values the engine gives (`2015-05-12`, `2015-05`, `2015`, `2015-W20`, `194X`,
//! `2015-05-12T14:00`, `PRESENT_REF`) and ignores the rest (durations, sets).
//!
//! **Lanes.** [`lanes`] gives each item the first lane where its label does not touch an
//! earlier one, so items on the same date (or close dates) never overlap.

use super::days::position;
use itinera_engine::analysis::Analysis;

pub use super::days::{civil_from_days, day_of, days_from_civil, relative_day};

/// One item of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The normalised value (`data-value`).
    pub value: String,
    /// First and last day it covers.
    pub days: (f64, f64),
    /// The short text shown.
    pub label: String,
    /// The time's id (`data-ref`).
    pub time: String,
    /// Ids of the places and people of its event.
    pub related: Vec<String>,
    /// True when it is the day of a trip stop, or a day the traveller does something.
    pub trip: bool,
    /// The date in words ("Tue 12 May 2015", "Tuesday"): what the reader sees.
    pub when: String,
    /// For a day the text places only relative to others (a weekday with no reference
    /// date, "XXXX-WXX-2"): its rank among such days; `days` is then that rank, not a
    /// calendar day, and the item is drawn among the story's days, not on the calendar.
    pub relative: Option<i64>,
}

/// The heading of each relative day, in order: the day in words, and "the next day" when
/// it follows the one before (Tuesday, then "Wednesday, the next day").
pub fn relative_headings(items: &[Item]) -> Vec<(i64, String)> {
    let mut out: Vec<(i64, String)> = Vec::new();
    let mut ranks: Vec<(i64, &str)> = items
        .iter()
        .filter_map(|i| i.relative.map(|r| (r, i.when.as_str())))
        .collect();
    ranks.sort_by_key(|(r, _)| *r);
    ranks.dedup_by_key(|(r, _)| *r);
    for (k, (r, when)) in ranks.iter().enumerate() {
        let next = k > 0 && ranks[k - 1].0 + 1 == *r && *r > 0;
        // A list's numbered days say their number ("Day 3") already.
        let head = if next {
            format!("{when}, the next day")
        } else {
            (*when).to_string()
        };
        out.push((*r, head));
    }
    out
}

/// Words that open a clause but say nothing of it ("while Berg flies").
const CONNECTIVES: &[&str] = &[
    "and",
    "but",
    "while",
    "where",
    "when",
    "whereas",
    "then",
    "saying",
    "adding",
    "as",
    "meanwhile",
    "so",
];

/// The clause of a sentence that holds a date: from the last clause boundary (`, ` `; `
/// ` – ` ` — `) before it to the first one after it, without its opening connective.
pub fn clause_around(before: &str, date: &str, after: &str) -> String {
    const BOUNDS: [&str; 5] = [", ", "; ", " – ", " — ", ": "];
    let start = BOUNDS
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let end = BOUNDS
        .iter()
        .filter_map(|b| after.find(b.trim_end()))
        .min()
        .unwrap_or(after.len());
    let mut head = before[start..].trim_start();
    loop {
        let first = head.split_whitespace().next().unwrap_or("");
        let word = first.trim_end_matches(',').to_lowercase();
        if first.is_empty() || !CONNECTIVES.contains(&word.as_str()) {
            break;
        }
        head = head[first.len()..].trim_start();
    }
    let text = format!("{head}{date}{}", &after[..end]);
    let text = text.trim().trim_end_matches(['.', '!', '?']);
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Shortens `s` to at most `max` characters, on a word boundary, with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Cuts code-point spans out of one text, in time proportional to the span (a table of
/// each code point's byte offset, built once), not to the offset.
struct Spans<'a> {
    input: &'a str,
    /// Byte offset of each code point of `input`, then `input.len()`.
    bytes: Vec<usize>,
}

impl<'a> Spans<'a> {
    fn new(input: &'a str) -> Spans<'a> {
        let mut bytes: Vec<usize> = input.char_indices().map(|(i, _)| i).collect();
        bytes.push(input.len());
        Spans { input, bytes }
    }

    /// The text of the code-point span `start..end` (clipped to the text; empty when it
    /// lies outside).
    fn text(&self, start: usize, end: usize) -> &'a str {
        let last = self.bytes.len() - 1;
        let (s, e) = (start.min(last), end.min(last));
        &self.input[self.bytes[s]..self.bytes[e.max(s)]]
    }
}

/// The most items the timeline draws. A long text (a book, a year of reports) can date
/// thousands of sentences, which no one can read on one axis and which would cost the page
/// seconds to draw; [`shown`] picks which.
pub const MAX_SHOWN: usize = 300;

/// The timeline's items: one per event that has a time on the calendar, then one per
/// other dated time expression, each labelled with its event's summary (or the text
/// around it), sorted by date. Linear in the number of events, times and sentences (each
/// is looked up by id or by binary search, never by a scan).
pub fn items(input: &str, a: &Analysis) -> Vec<Item> {
    use std::collections::{HashMap, HashSet};
    let reference = a.document.reference_date.as_deref();
    let stop_times: HashSet<&str> = a
        .trip
        .iter()
        .flat_map(|t| t.stops.iter().filter_map(|s| s.time.as_deref()))
        .collect();
    let traveller = a.trip.as_ref().and_then(|t| t.traveller.as_deref());
    // A day (not a year or a month) on which the traveller does something is a trip day.
    let travellers_day = |people: &[String], days: (f64, f64)| {
        traveller.is_some_and(|t| people.iter().any(|p| p == t)) && days.1 - days.0 < 1.0
    };
    let time_of: HashMap<&str, &itinera_engine::analysis::Time> =
        a.times.iter().map(|t| (t.id.as_str(), t)).collect();
    let spans = Spans::new(input);
    let mut out = Vec::new();
    let mut used = HashSet::new();
    for v in &a.events {
        let Some(t) = v.time.as_deref().and_then(|id| time_of.get(id)) else {
            continue;
        };
        let Some((value, days, relative)) = position(t, reference) else {
            continue;
        };
        used.insert(t.id.as_str());
        let label = if v.summary.trim().is_empty() {
            spans.text(v.start, v.end)
        } else {
            &v.summary
        };
        out.push(Item {
            value: value.to_string(),
            days,
            label: shorten(label, 48),
            time: t.id.clone(),
            related: v.places.iter().chain(&v.people).cloned().collect(),
            trip: stop_times.contains(t.id.as_str()) || travellers_day(&v.people, days),
            when: crate::words::time(t),
            relative,
        });
    }
    let sentences = &a.document.sentence_spans;
    // (first day, label) of every item: a hash set, so the check stays linear.
    let mut seen: HashSet<(u64, String)> = out
        .iter()
        .map(|o: &Item| (o.days.0.to_bits(), o.label.clone()))
        .collect();
    // Each event's summary by the start of its sentence.
    let said: HashMap<usize, &str> = a
        .events
        .iter()
        .filter(|v| !v.summary.trim().is_empty())
        .map(|v| (v.start, v.summary.as_str()))
        .collect();
    for t in &a.times {
        if used.contains(t.id.as_str()) || t.kind != "DATE" {
            continue;
        }
        let Some((value, days, relative)) = position(t, reference) else {
            continue;
        };
        // Sentences are in text order and do not overlap: the last one starting at or
        // before the time is the only one that can hold it.
        let i = sentences.partition_point(|s| s.start <= t.start);
        let held = i
            .checked_sub(1)
            .map(|i| &sentences[i])
            .filter(|s| t.end <= s.end);
        // The clause around the date ("Berg is expected to fly on to Rome on Friday");
        // when that is only a few words, the sentence's event ("Kerry met with Putin in
        // Russia"), else the sentence itself.
        let clause = held.map(|s| {
            clause_around(
                spans.text(s.start, t.start),
                &t.text,
                spans.text(t.end, s.end),
            )
        });
        let sentence: String = match clause {
            Some(c) if c.split_whitespace().count() >= 5 => c,
            _ => held
                .and_then(|s| said.get(&s.start).copied())
                .or_else(|| held.map(|s| spans.text(s.start, s.end)))
                .unwrap_or(t.text.as_str())
                .to_string(),
        };
        let label = shorten(&sentence, 48);
        // A second date of a sentence on the same day says nothing new.
        if !seen.insert((days.0.to_bits(), label.clone())) {
            continue;
        }
        out.push(Item {
            value: value.to_string(),
            days,
            label,
            time: t.id.clone(),
            related: Vec::new(),
            trip: stop_times.contains(t.id.as_str()),
            when: crate::words::time(t),
            relative,
        });
    }
    // Calendar days by date, then the story's relative days by rank.
    out.sort_by(|x, y| {
        (x.relative.is_some())
            .cmp(&y.relative.is_some())
            .then(x.days.0.total_cmp(&y.days.0))
    });
    out
}

/// Which of `items` (sorted by date) the timeline draws, as indexes in date order: all of
/// them when there are at most `max`; else the trip's days first, then events with places
/// or people, then the other dates, each group by date, `max` in all.
pub fn shown(items: &[Item], max: usize) -> Vec<usize> {
    if items.len() <= max {
        return (0..items.len()).collect();
    }
    let rank = |i: &Item| match (i.trip, i.related.is_empty()) {
        (true, _) => 0,
        (false, false) => 1,
        (false, true) => 2,
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    // Stable: within a group, earlier dates first.
    order.sort_by_key(|&k| rank(&items[k]));
    order.truncate(max);
    order.sort_unstable();
    order
}

/// Lane of each box given as (left, right) in screen units: the first lane whose last
/// box ends before this one starts (with `gap`). Boxes in one lane never overlap.
pub fn lanes(boxes: &[(f64, f64)], gap: f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..boxes.len()).collect();
    order.sort_by(|&i, &j| boxes[i].0.total_cmp(&boxes[j].0));
    let mut ends: Vec<f64> = Vec::new();
    let mut out = vec![0; boxes.len()];
    for i in order {
        let (l, r) = boxes[i];
        let lane = ends
            .iter()
            .position(|&e| l >= e + gap)
            .unwrap_or(ends.len());
        if lane == ends.len() {
            ends.push(r);
        } else {
            ends[lane] = r;
        }
        out[i] = lane;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for (y, m, d) in [
            (1970, 1, 1),
            (2015, 5, 12),
            (1945, 5, 9),
            (2000, 2, 29),
            (1600, 12, 31),
        ] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 2), 1);
    }

    #[test]
    fn day_values() {
        let d = days_from_civil(2015, 5, 12) as f64;
        assert_eq!(day_of("2015-05-12", None), Some((d, d)));
        assert_eq!(day_of("2015-05-12T14:00", None), Some((d, d)));
        assert_eq!(day_of("PRESENT_REF", Some("2015-05-12")), Some((d, d)));
    }

    #[test]
    fn periods_cover_their_days() {
        let (s, e) = day_of("2014", None).unwrap_or_default();
        assert_eq!(
            (s, e),
            (
                days_from_civil(2014, 1, 1) as f64,
                days_from_civil(2014, 12, 31) as f64
            )
        );
        let (s, e) = day_of("194X", None).unwrap_or_default();
        assert_eq!(
            (s, e),
            (
                days_from_civil(1940, 1, 1) as f64,
                days_from_civil(1949, 12, 31) as f64
            )
        );
        let (s, _) = day_of("2015-W20", None).unwrap_or_default();
        assert_eq!(civil_from_days(s as i64), (2015, 5, 11));
        let (s, e) = day_of("2015-02", None).unwrap_or_default();
        assert_eq!(e - s, 27.0);
    }

    #[test]
    fn not_on_the_calendar() {
        for v in [
            "P2Y",
            "XXXX-WXX-2",
            "FUTURE_REF",
            "2015-13",
            "abc",
            "",
            "2015-05-12-1",
        ] {
            assert_eq!(day_of(v, None), None, "{v}");
        }
    }

    #[test]
    fn same_date_items_get_their_own_lanes() {
        assert_eq!(
            lanes(
                &[(0.0, 100.0), (0.0, 80.0), (50.0, 90.0), (120.0, 200.0)],
                4.0
            ),
            [0, 1, 2, 0]
        );
    }

    fn item(days: f64, trip: bool, related: bool) -> Item {
        Item {
            value: String::new(),
            days: (days, days),
            label: String::new(),
            time: format!("t{days}"),
            related: if related { vec!["p1".into()] } else { vec![] },
            trip,
            when: String::new(),
            relative: None,
        }
    }

    #[test]
    fn few_items_are_all_shown() {
        let all: Vec<Item> = (0..5).map(|d| item(d as f64, false, false)).collect();
        assert_eq!(shown(&all, 5), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn many_items_show_trip_days_then_events_first() {
        // Dates 0..10: trip on 7, events on 2 and 9, the rest bare dates.
        let all: Vec<Item> = (0..10)
            .map(|d| item(d as f64, d == 7, d == 2 || d == 9))
            .collect();
        assert_eq!(shown(&all, 4), vec![0, 2, 7, 9]);
        assert_eq!(shown(&all, 2), vec![2, 7]);
    }

    #[test]
    fn spans_are_code_points_and_clipped() {
        let s = Spans::new("Kérry flew");
        assert_eq!(s.text(0, 5), "Kérry");
        assert_eq!(s.text(6, 99), "flew");
        assert_eq!(s.text(50, 60), "");
        assert_eq!(s.text(4, 2), "");
    }

    /// Each case: name, sentence before the date, date, after it, the clause.
    const CLAUSES: &[(&str, &str, &str, &str, &str)] = &[
        (
            "second_clause_after_while",
            "Holt returned to Oslo on Thursday, while Reyes is expected to fly on to Rome on ",
            "Friday",
            ".",
            "Reyes is expected to fly on to Rome on Friday",
        ),
        (
            "clause_ends_at_the_next_comma",
            "Holt flew to Oslo, where she met the mayor on ",
            "Tuesday",
            ", and then left.",
            "She met the mayor on Tuesday",
        ),
        (
            "whole_short_sentence",
            "On ",
            "Monday",
            " it rained.",
            "On Monday it rained",
        ),
    ];

    #[test]
    fn clauses_around_dates() {
        for (name, before, date, after, want) in CLAUSES {
            assert_eq!(clause_around(before, date, after), *want, "case {name}");
        }
    }

    #[test]
    fn a_second_date_of_a_sentence_says_its_event() {
        let text =
            "Foreign Minister Anna Lindqvist met Carlos Mendes in Lisbon on Monday, as in 2014.";
        let a = itinera_engine::analyze(
            text,
            &itinera_engine::Options::with_date("2015-05-12").expect("a date"),
        );
        let all = items(text, &a);
        let labels: Vec<(&str, &str)> = all
            .iter()
            .map(|i| (i.value.as_str(), i.label.as_str()))
            .collect();
        let said = "Lindqvist met Mendes in Lisbon";
        assert_eq!(labels, [("2014", said), ("2015-05-11", said)]);
    }

    #[test]
    fn shorten_on_a_word() {
        assert_eq!(
            shorten("Kerry met Putin in Sochi on Tuesday", 20),
            "Kerry met Putin in…"
        );
        assert_eq!(shorten("short", 20), "short");
    }
}
