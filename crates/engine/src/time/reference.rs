//! The reference date: given by the user, or inferred from the text: a publication or
//! dateline date near the top ("Updated 1:29 PM ET, Tue May 12, 2015"), else the latest
//! full date the text writes out, else only a year from "the 70th anniversary of ..."
//! (an explicit year after it, or a few well-known events). Never the computer's clock.

use super::civil;
use super::normalize::Reference;
use super::recognize::{Core, Found, Tokens};

/// Where the reference came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Given by the user.
    Given,
    /// Inferred from the text.
    Inferred,
    /// Unknown.
    None,
}

impl Source {
    /// The name written in `document.reference_date_source`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Given => "given",
            Source::Inferred => "inferred",
            Source::None => "none",
        }
    }
}

/// Bytes at the top of the text where a publication date may stand.
const HEAD_BYTES: usize = 600;

/// Infers the reference from the recognised expressions.
pub fn infer(t: &Tokens, found: &[Found]) -> (Reference, Source) {
    let full = |f: &Found| match f.core {
        Core::Day {
            year: Some(y),
            month,
            day,
        } => civil::date(y, month, day),
        _ => None,
    };
    // 1. A full date at the top of the text or in a publication line.
    for f in found {
        let Some(d) = full(f) else { continue };
        let start = t.doc.tokens[f.first].start;
        let sentence = t.doc.tokens[f.first].sentence;
        let words = &t.words[t.doc.sentence_tokens[sentence].clone()];
        let publication = words
            .iter()
            .any(|w| matches!(*w, "updated" | "published" | "posted" | "dated"));
        if start < HEAD_BYTES || publication {
            return (Reference::from_date(d), Source::Inferred);
        }
    }
    // 2. The latest full date of the text.
    if let Some(d) = found.iter().filter_map(full).max() {
        return (Reference::from_date(d), Source::Inferred);
    }
    // 3. A year from an anniversary.
    if let Some(y) = anniversary_year(t) {
        return (
            Reference {
                date: None,
                year: Some(y),
            },
            Source::Inferred,
        );
    }
    (Reference::default(), Source::None)
}

/// Well-known events: (words that name it, the year it ended, the year it began).
const EVENTS: &[(&[&str], i32, i32)] = &[
    (&["nazi", "germany"], 1945, 1933),
    (&["world", "war", "ii"], 1945, 1939),
    (&["second", "world", "war"], 1945, 1939),
    (&["world", "war", "i"], 1918, 1914),
    (&["first", "world", "war"], 1918, 1914),
    (&["d-day"], 1944, 1944),
    (&["hiroshima"], 1945, 1945),
    (&["berlin", "wall"], 1989, 1961),
    (&["september", "11"], 2001, 2001),
    (&["moon", "landing"], 1969, 1969),
    (&["chernobyl"], 1986, 1986),
    (&["tiananmen"], 1989, 1989),
    (&["pearl", "harbor"], 1941, 1941),
];

/// "the 70th anniversary of the defeat of Nazi Germany" → 1945 + 70.
fn anniversary_year(t: &Tokens) -> Option<i32> {
    let w = &t.words;
    for i in 1..w.len() {
        if w[i] != "anniversary" {
            continue;
        }
        let Some(n) = super::lexicon::ordinal(w[i - 1]) else {
            continue;
        };
        let sentence = t.doc.tokens[i].sentence;
        let end = t.doc.sentence_tokens[sentence].end.min(i + 14);
        let window = &w[i + 1..end];
        if let Some(y) = window.iter().find_map(|x| {
            (x.len() == 4)
                .then(|| x.parse::<i32>().ok())
                .flatten()
                .filter(|y| (1000..=2199).contains(y))
        }) {
            return Some(y + n as i32);
        }
        let began = window
            .iter()
            .any(|x| matches!(*x, "start" | "outbreak" | "beginning" | "rise"));
        for (words, ended, start) in EVENTS {
            if window
                .windows(words.len())
                .any(|win| win.iter().zip(words.iter()).all(|(a, b)| a == b))
            {
                return Some(if began { *start } else { *ended } + n as i32);
            }
        }
    }
    None
}

/// Parses a given `YYYY-MM-DD` into a reference.
pub fn given(s: &str) -> Option<Reference> {
    civil::parse(s).map(Reference::from_date)
}
