//! Events: one entry per sentence that carries a time, linking that time to the places
//! and people the sentence names, so the timeline has something to say for each date;
//! and one per sentence without a time where a named person does something at a named
//! place (its `time` is then `None`), so a trip's stops have a short sentence too.
//!
//! The time of a sentence is its first dated expression (a `DATE` or `TIME` with a
//! value); a sentence with only durations or sets still gets an event when nothing
//! better is there. The summary says who did what where when the sentence lets it be
//! read that way ([`headline`]: "Kerry met with Putin in Sochi", from the people,
//! organisations and places found in it and the words after its subject); otherwise it
//! is the sentence itself, trimmed: outer quotes and leading connectives dropped, cut at
//! a clause boundary when long.

use crate::analysis::{Analysis, Event, Mention, PlaceKind, Time};
use crate::doc::Doc;
use crate::segment::TokenKind;

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
                if inside && out[si].last().is_none_or(|l| l != id) {
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
    let mut spans = named_spans(doc, a, None);
    for (si, t) in best.iter().enumerate() {
        let places = std::mem::take(&mut places_in[si]);
        let people = std::mem::take(&mut people_in[si]);
        // A sentence without a time is an event when someone does something somewhere
        // ("Kerry laid a wreath in Sochi"): the play panel tells a trip's stops by them.
        let said = headline_in(doc, si, std::mem::take(&mut spans[si]));
        if t.is_none() && (places.is_empty() || people.is_empty() || said.is_none()) {
            continue;
        }
        let s = &doc.sentences[si];
        events.push(Event {
            id: format!("v{}", events.len() + 1),
            sentence: si,
            summary: said.unwrap_or_else(|| summary(doc.sentence_text(si))),
            time: t.map(|t| t.id.clone()),
            places,
            people,
            start: s.start,
            end: s.end,
        });
    }
    a.events = events;
}

/// What a span of the sentence names, for [`headline`].
#[derive(Debug, Clone, Copy, PartialEq)]
enum Named {
    /// A person or an organisation: can do something.
    Actor,
    /// A city or other small place.
    Town,
    /// A country, region or continent.
    Land,
    /// A time expression.
    When,
}

/// Words that end the subject's doing: the next clause begins.
const CLAUSE_WORDS: &[&str] = &[
    "and", "but", "when", "while", "after", "before", "as", "because", "who", "which", "where",
    "since", "although", "though", "if", "so", "adding", "saying",
];

/// Words after a subject that do not start its doing.
const NOT_A_VERB: &[&str] = &[
    "and", "or", "of", "'s", "’s", "s", "in", "on", "at", "to", "for", "from", "with", "by",
    "said", "says", "told", "added", "adds",
];

/// Words an unfinished phrase may not end on ("met with the").
const DANGLING: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "in", "on", "at", "to",
    "for", "from", "with", "by", "of", "into",
];

/// How far into its sentence (in tokens) a subject may start.
const SUBJECT_WITHIN: usize = 14;

/// Verbs of moving, after which a place keeps the text's own preposition ("to", "from").
const MOTION: &[&str] = &[
    "fly",
    "flew",
    "flies",
    "flown",
    "travel",
    "travels",
    "traveled",
    "travelled",
    "go",
    "goes",
    "went",
    "head",
    "heads",
    "headed",
    "return",
    "returns",
    "returned",
    "move",
    "moved",
    "come",
    "came",
    "arrive",
    "arrives",
    "arrived",
    "leave",
    "leaves",
    "left",
    "depart",
    "departed",
    "departs",
    "drive",
    "drove",
    "sail",
    "sailed",
    "visit",
    "visits",
    "visited",
];

/// "Who did what where" for sentence `si`: the first person or organisation followed by
/// a verb, up to four words of what it did (times and adverbs skipped), the person or
/// organisation it did it with or to, and the sentence's place (a town before a country),
/// each as the text writes it, short names for people ("Kerry"). `None` when the sentence
/// has no such subject (then the sentence itself is the summary).
pub fn headline(doc: &Doc, a: &Analysis, si: usize) -> Option<String> {
    let spans = named_spans(doc, a, Some(si)).into_iter().nth(si)?;
    headline_in(doc, si, spans)
}

/// A named thing in a sentence: (start, end, what, words to say it).
type NamedSpan = (usize, usize, Named, String);

/// The named things of each sentence (of sentence `only` alone when given), in one pass
/// over the mentions: linear in the text.
fn named_spans(doc: &Doc, a: &Analysis, only: Option<usize>) -> Vec<Vec<NamedSpan>> {
    let n = doc.sentences.len();
    let mut out: Vec<Vec<NamedSpan>> = vec![Vec::new(); n];
    let sentence_of = |s: usize, e: usize| {
        let si = doc.sentence_at(s)?;
        let sent = &doc.sentences[si];
        (s >= sent.start && e <= sent.end && only.is_none_or(|o| o == si)).then_some(si)
    };
    for p in &a.people {
        let short = p
            .name
            .split_whitespace()
            .last()
            .unwrap_or(&p.name)
            .to_string();
        for m in p.mentions.iter().filter(|m| m.start < m.end) {
            let Some(si) = sentence_of(m.start, m.end) else {
                continue;
            };
            let text = &doc.text()[m.start..m.end];
            // Only names: a pronoun or "the secretary" says nothing on its own.
            if text.chars().next().is_some_and(char::is_uppercase) && text != "He" && text != "She"
            {
                out[si].push((m.start, m.end, Named::Actor, short.clone()));
            }
        }
    }
    for o in &a.organisations {
        for m in o.mentions.iter().filter(|m| m.start < m.end) {
            if let Some(si) = sentence_of(m.start, m.end) {
                let words = doc.text()[m.start..m.end].to_string();
                out[si].push((m.start, m.end, Named::Actor, words));
            }
        }
    }
    for p in &a.places {
        let what = match p.kind {
            PlaceKind::City | PlaceKind::Other => Named::Town,
            _ => Named::Land,
        };
        for m in p.mentions.iter().filter(|m| m.start < m.end && !m.demonym) {
            if let Some(si) = sentence_of(m.start, m.end) {
                let words = doc.text()[m.start..m.end].to_string();
                out[si].push((m.start, m.end, what, words));
            }
        }
    }
    for t in &a.times {
        if let Some(si) = sentence_of(t.start, t.end) {
            out[si].push((t.start, t.end, Named::When, String::new()));
        }
    }
    out
}

/// [`headline`] from the named things of sentence `si`.
fn headline_in(doc: &Doc, si: usize, mut spans: Vec<NamedSpan>) -> Option<String> {
    spans.sort_by_key(|s| (s.0, std::cmp::Reverse(s.1)));
    let toks = doc.tokens_of(si);
    let text = doc.text();
    let word = |k: usize| &text[toks[k].start..toks[k].end];
    let span_at = |at: usize| spans.iter().find(|s| s.0 <= at && at < s.1);
    let first_tok_after = |at: usize| toks.partition_point(|t| t.start < at);

    for subject in spans.iter().filter(|s| s.2 == Named::Actor) {
        if first_tok_after(subject.0) > SUBJECT_WITHIN {
            break;
        }
        let mut k = first_tok_after(subject.1);
        // Skip an appositive: ", the secretary of state," (at most eight words).
        if k < toks.len() && word(k) == "," {
            let close = (k + 1..toks.len().min(k + 10)).find(|&j| word(j) == ",");
            match close {
                Some(j) => k = j + 1,
                None => continue,
            }
        }
        let mut verb: Vec<&str> = Vec::new();
        let mut object: Option<&(usize, usize, Named, String)> = None;
        while k < toks.len() && verb.len() < 6 {
            let t = &toks[k];
            if let Some(s) = span_at(t.start) {
                match s.2 {
                    Named::When => {
                        k = first_tok_after(s.1);
                        continue;
                    }
                    _ if verb.is_empty() => break,
                    _ => {
                        object = Some(s);
                        break;
                    }
                }
            }
            let w = word(k);
            if t.kind != TokenKind::Word {
                break;
            }
            let lower = doc.lower(sent_tok(doc, si, k));
            if verb.is_empty()
                && (NOT_A_VERB.contains(&lower) || !w.starts_with(char::is_lowercase))
            {
                break;
            }
            if CLAUSE_WORDS.contains(&lower) {
                break;
            }
            if !w.starts_with(char::is_lowercase) {
                // A title before a name ("Russian President Vladimir Putin"): the name is
                // the object when it comes within four words.
                object = (k..toks.len().min(k + 4))
                    .filter_map(|j| span_at(toks[j].start))
                    .find(|s| s.2 != Named::When);
                break;
            }
            if !(lower.ends_with("ly") && lower.len() > 4) {
                verb.push(w);
            }
            k += 1;
        }
        // An unfinished phrase ("met with the") ends on its last content word, unless
        // its object follows.
        if object.is_none() {
            while verb
                .last()
                .is_some_and(|w| DANGLING.contains(&w.to_lowercase().as_str()))
            {
                verb.pop();
            }
        }
        if verb.is_empty() {
            continue;
        }
        let moving = verb
            .iter()
            .any(|w| MOTION.contains(&w.to_lowercase().as_str()));
        let mut out = format!("{} {}", subject.3, verb.join(" "));
        let mut placed = false;
        if let Some(o) = object {
            if o.2 != Named::Actor {
                placed = true;
            }
            out.push(' ');
            out.push_str(&o.3);
        }
        if !placed {
            // The sentence's place after the subject (one before it is most often part
            // of a title: "U.S. Secretary of State John Kerry").
            let after = |s: &&(usize, usize, Named, String)| s.0 >= subject.1;
            let place = spans
                .iter()
                .filter(|s| s.2 == Named::Town)
                .chain(spans.iter().filter(|s| s.2 == Named::Land))
                .find(after);
            if let Some(p) = place {
                let k = first_tok_after(p.0);
                let before = k
                    .checked_sub(1)
                    .map(|j| doc.lower(sent_tok(doc, si, j)))
                    .unwrap_or("");
                let prep = match before {
                    "in" | "at" | "near" => before,
                    "to" | "from" | "into" | "for" if moving => before,
                    _ => "in",
                };
                out.push_str(&format!(" {prep} {}", p.3));
            }
        }
        return Some(capitalize(&out));
    }
    None
}

/// The index in `doc.tokens` of the `k`th token of sentence `si`.
fn sent_tok(doc: &Doc, si: usize, k: usize) -> usize {
    doc.sentence_tokens[si].start + k
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

    /// Each case: name, text (its last sentence is the one summarised), summary.
    const HEADLINES: &[(&str, &str, &str)] = &[
        (
            "subject_verb_object_town",
            "Foreign Minister Anna Lindqvist met Prime Minister Carlos Mendes in Lisbon on Monday.",
            "Lindqvist met Mendes in Lisbon",
        ),
        (
            "title_before_object_skipped",
            "Anna Lindqvist met Tuesday with Portuguese Prime Minister Carlos Mendes in Porto.",
            "Lindqvist met with Mendes in Porto",
        ),
        (
            "motion_keeps_its_preposition",
            "On Friday, Anna Lindqvist flew to Madrid for the summit.",
            "Lindqvist flew to Madrid",
        ),
        (
            "appositive_skipped",
            "Carlos Mendes, the prime minister, will travel to Berlin on Sunday.",
            "Mendes will travel to Berlin",
        ),
        (
            "town_before_country",
            "Anna Lindqvist spoke in Lyon on Thursday about France and its neighbours.",
            "Lindqvist spoke in Lyon",
        ),
        (
            "adverb_dropped",
            "On Monday Anna Lindqvist quickly signed the treaty in Oslo.",
            "Lindqvist signed the treaty in Oslo",
        ),
    ];

    #[test]
    fn headlines() {
        let opts = Options::with_date("2015-05-12").unwrap();
        for (name, text, want) in HEADLINES {
            let a = analyze(text, &opts);
            let got = a.events.last().map(|v| v.summary.as_str());
            assert_eq!(got, Some(*want), "case {name}: {:?}", a.events);
        }
    }

    #[test]
    fn no_subject_keeps_the_sentence() {
        let a = analyze(
            "Heavy rain fell across the region on Tuesday.",
            &Options::with_date("2015-05-12").unwrap(),
        );
        assert_eq!(
            a.events[0].summary,
            "Heavy rain fell across the region on Tuesday"
        );
    }

    #[test]
    fn event_links_time_of_its_sentence() {
        let a = analyze(
            "No date here. John Kerry met Vladimir Putin in Sochi on Tuesday.",
            &Options::with_date("2015-05-12").unwrap(),
        );
        assert_eq!(a.events.len(), 1);
        let v = &a.events[0];
        assert_eq!(v.summary, "Kerry met Putin in Sochi");
        assert_eq!(v.sentence, 1);
        assert_eq!(v.time.as_deref(), Some("t1"));
    }

    #[test]
    fn someone_somewhere_without_a_time_is_an_event() {
        let a = analyze(
            "Anna Lindqvist laid a wreath in Lyon. Rain fell.",
            &Options::default(),
        );
        let said: Vec<(&str, Option<&str>)> = a
            .events
            .iter()
            .map(|v| (v.summary.as_str(), v.time.as_deref()))
            .collect();
        assert_eq!(said, [("Lindqvist laid a wreath in Lyon", None)]);
    }

    #[test]
    fn summary_never_splits_a_character() {
        let s = "é".repeat(200);
        assert!(summary(&s).ends_with("..."));
    }
}
