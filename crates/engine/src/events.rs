//! Events: one entry per sentence that carries a time, linking that time to the places
//! and people the sentence names, so the timeline has something to say for each date.
//!
//! The time of a sentence is its first dated expression (a `DATE` or `TIME` with a
//! value); a sentence with only durations or sets still gets an event when nothing
//! better is there. The summary is the sentence itself, trimmed: outer quotes and
//! leading connectives dropped, cut at a clause boundary when long.

use crate::analysis::{Analysis, Event, Mention, Time};
use crate::doc::Doc;

/// Longest summary, in bytes, before it is cut.
const SUMMARY_MAX: usize = 140;

/// Fills `a.events` from the places, people and times already found (byte offsets into
/// `doc.text()`, as every stage uses).
pub fn build(doc: &Doc, a: &mut Analysis) {
    let n = doc.sentences.len();
    // The best time of each sentence: dated first, then anything.
    let mut best: Vec<Option<&Time>> = vec![None; n];
    for t in &a.times {
        let Some(si) = doc.sentence_at(t.start) else {
            continue;
        };
        let rank =
            |t: &Time| u8::from(!(t.value.is_some() && matches!(t.kind.as_str(), "DATE" | "TIME")));
        if best[si].is_none_or(|b| rank(t) < rank(b)) {
            best[si] = Some(t);
        }
    }
    // Ids of the places and people with a mention inside each sentence, in the order of
    // `a.places` / `a.people`: one pass over the mentions, so linear in the text.
    let by_sentence = |ids_mentions: Vec<(&str, &[Mention])>| {
        let mut out: Vec<Vec<String>> = vec![Vec::new(); n];
        for (id, ms) in ids_mentions {
            for m in ms {
                let Some(si) = doc.sentence_at(m.start) else {
                    continue;
                };
                let inside = m.end <= doc.sentences[si].end;
                if inside && best[si].is_some() && out[si].last().is_none_or(|l| l != id) {
                    out[si].push(id.to_string());
                }
            }
        }
        out
    };
    let mut places_in = by_sentence(
        a.places
            .iter()
            .map(|p| (p.id.as_str(), &p.mentions[..]))
            .collect(),
    );
    let mut people_in = by_sentence(
        a.people
            .iter()
            .map(|p| (p.id.as_str(), &p.mentions[..]))
            .collect(),
    );
    let mut events = Vec::new();
    for (si, t) in best.iter().enumerate() {
        let Some(t) = t else { continue };
        let places = std::mem::take(&mut places_in[si]);
        let people = std::mem::take(&mut people_in[si]);
        let s = &doc.sentences[si];
        events.push(Event {
            id: format!("v{}", events.len() + 1),
            sentence: si,
            summary: summary(doc.sentence_text(si)),
            time: Some(t.id.clone()),
            places,
            people,
            start: s.start,
            end: s.end,
        });
    }
    a.events = events;
}

/// Connectives that open a sentence but say nothing of the event.
const OPENERS: &[&str] = &[
    "And ",
    "But ",
    "Meanwhile, ",
    "However, ",
    "Still, ",
    "Also, ",
];

/// A short text for a sentence: whitespace squashed, quotes and connectives off, cut at
/// a clause boundary (", " "; " " - ") or a word boundary after at most [`SUMMARY_MAX`]
/// bytes.
pub fn summary(sentence: &str) -> String {
    // Wrapped lines and non-breaking spaces read as single spaces.
    let squashed = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut s = squashed
        .as_str()
        .trim()
        .trim_matches(|c| c == '"' || c == '\'')
        .trim();
    for o in OPENERS {
        if let Some(rest) = s.strip_prefix(o) {
            s = rest;
        }
    }
    let s = s.trim_end_matches(['.', ' ']);
    if s.len() <= SUMMARY_MAX {
        return capitalize(s);
    }
    let mut cut = SUMMARY_MAX;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    let clause = [", ", "; ", " - ", " -- "]
        .iter()
        .filter_map(|b| head.rfind(b))
        .filter(|&i| i >= 40)
        .max();
    let text = match clause {
        Some(i) => head[..i].to_string(),
        None => format!("{}...", head[..head.rfind(' ').unwrap_or(cut)].trim_end()),
    };
    capitalize(&text)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    /// Each case: name, sentence, summary.
    const SUMMARIES: &[(&str, &str, &str)] = &[
        ("short_sentence_kept", "Kerry met Putin on Tuesday.", "Kerry met Putin on Tuesday"),
        ("connective_dropped", "But he left on Monday.", "He left on Monday"),
        ("wrapped_lines_joined", "He will be in Phnom Penh from November\n12-13\u{a0}to attend.", "He will be in Phnom Penh from November 12-13 to attend"),
        (
            "long_sentence_cut_at_clause",
            "U.S. Secretary of State John Kerry met Tuesday with Russian President Vladimir Putin and other top Russian officials, when he paid his first visit to Russia in two years.",
            "U.S. Secretary of State John Kerry met Tuesday with Russian President Vladimir Putin and other top Russian officials",
        ),
    ];

    #[test]
    fn summaries() {
        for (name, s, want) in SUMMARIES {
            assert_eq!(summary(s), *want, "case {name}");
        }
    }

    #[test]
    fn event_links_time_of_its_sentence() {
        let a = analyze(
            "No date here. Kerry met Putin in Sochi on Tuesday.",
            &Options::with_date("2015-05-12").unwrap(),
        );
        assert_eq!(a.events.len(), 1);
        let v = &a.events[0];
        assert_eq!(v.sentence, 1);
        assert_eq!(v.time.as_deref(), Some("t1"));
    }

    #[test]
    fn summary_never_splits_a_character() {
        let s = "é".repeat(200);
        assert!(summary(&s).ends_with("..."));
    }
}
