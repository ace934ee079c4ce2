//! What the trip stage knows about each token: lowercase text, and which place,
//! person or time starts there.

use super::lexicon::{self as lx, is};
use crate::analysis::{Analysis, PlaceKind};
use crate::doc::Doc;
use std::ops::Range;

/// A place named at a token: index into `Analysis::places`, and the token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    /// Index into the analysis list (places or people).
    pub idx: usize,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// Token-level view of the document and what earlier stages found.
pub struct Ctx<'a> {
    /// The document.
    pub doc: &'a Doc,
    /// Place mention starting at each token.
    pub place_at: Vec<Option<At>>,
    /// Person mention starting at each token.
    pub person_at: Vec<Option<At>>,
    /// Whether each token lies inside a temporal expression.
    pub in_time: Vec<bool>,
    /// Times as (token range, index into `Analysis::times`), in text order.
    pub times: Vec<(Range<usize>, usize)>,
    /// Token range of the title line, when the text has one.
    pub title: Option<Range<usize>>,
    /// Appositives after a person's name, in text order: (person index, token range of
    /// the words between the comma and the next comma, stop, "and" or "who", at most
    /// five) ("Mark Milley, chairman of the Joint ...").
    pub appositives: Vec<(usize, Range<usize>)>,
}

impl<'a> Ctx<'a> {
    /// Builds the view from the document and the places, people and times found.
    pub fn new(doc: &'a Doc, a: &Analysis) -> Ctx<'a> {
        let n = doc.tokens.len();
        let dateline = a.document.dateline.as_ref().map(|d| (d.start, d.end));
        // "the Vienna Philharmonic": a place that opens an organisation's longer name
        // names the organisation, not where anyone goes.
        let org_spans: Vec<(usize, usize)> = a
            .organisations
            .iter()
            .flat_map(|o| o.mentions.iter().map(|m| (m.start, m.end)))
            .collect();
        let mut place_at = vec![None; n];
        for (idx, p) in a.places.iter().enumerate() {
            for m in &p.mentions {
                if dateline.is_some_and(|(s, e)| m.start < e && s < m.end) {
                    continue;
                }
                if org_spans.iter().any(|&(s, e)| s == m.start && m.end < e) {
                    continue;
                }
                if let Some(r) = token_range(doc, m.start, m.end) {
                    place_at[r.start] = Some(At {
                        idx,
                        start: r.start,
                        end: r.end,
                    });
                }
            }
        }
        let mut person_at = vec![None; n];
        for (idx, p) in a.people.iter().enumerate() {
            for m in &p.mentions {
                if let Some(r) = token_range(doc, m.start, m.end) {
                    person_at[r.start] = Some(At {
                        idx,
                        start: r.start,
                        end: r.end,
                    });
                }
            }
        }
        let mut in_time = vec![false; n];
        let mut times = Vec::new();
        for (ti, t) in a.times.iter().enumerate() {
            if let Some(r) = token_range(doc, t.start, t.end) {
                for f in &mut in_time[r.clone()] {
                    *f = true;
                }
                times.push((r, ti));
            }
        }
        times.sort_by_key(|(r, _)| r.start);
        let title = doc.title().and_then(|t| {
            let start = t.as_ptr() as usize - doc.text().as_ptr() as usize;
            token_range(doc, start, start + t.len())
        });
        let appositives = person_at
            .iter()
            .enumerate()
            .filter_map(|(k, p)| p.filter(|p| p.start == k))
            .filter(|p| doc.lower(p.end) == ",")
            .map(|p| {
                let from = p.end + 1;
                let to = (from..n.min(p.end + 6))
                    .find(|&m| matches!(doc.lower(m), "," | "." | ";" | "and" | "who"))
                    .unwrap_or(n.min(p.end + 6).max(from));
                (p.idx, from..to)
            })
            .collect();
        Ctx {
            doc,
            place_at,
            person_at,
            in_time,
            times,
            title,
            appositives,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    /// Lowercase text of token `i`, or "" past the end.
    pub fn w(&self, i: usize) -> &str {
        self.doc.lower(i)
    }

    /// Token `i` as written ("" past the end).
    pub fn raw(&self, i: usize) -> &str {
        if i < self.len() {
            self.doc.token_text(i)
        } else {
            ""
        }
    }

    /// Token range of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> Range<usize> {
        let si = self.doc.tokens[i].sentence;
        self.doc.sentence_tokens[si].clone()
    }

    /// The times (as in [`Ctx::times`]) that start inside token range `r`.
    pub fn times_in(&self, r: &Range<usize>) -> &[(Range<usize>, usize)] {
        let lo = self.times.partition_point(|(t, _)| t.start < r.start);
        let hi = self.times.partition_point(|(t, _)| t.start < r.end);
        &self.times[lo..hi.max(lo)]
    }

    /// Whether token `i` is in the title line.
    pub fn in_title(&self, i: usize) -> bool {
        self.title.as_ref().is_some_and(|r| r.contains(&i))
    }

    /// Whether place `p`, a town's name, is a venue's here: "in" and a place follow it
    /// ("at the Olympia in Paris": Paris is where the venue stands).
    pub fn venue(&self, a: &Analysis, p: At) -> bool {
        a.places[p.idx].kind == PlaceKind::City
            && self.w(p.end) == "in"
            && self.stop_place_at(a, p.end + 1).is_some()
    }

    /// Whether token `i` is a verb of giving with an event or a speech as its object
    /// within four words, before token `end` ("gave *concerts* in Graz").
    pub fn gives_event(&self, i: usize, end: usize) -> bool {
        is(&lx::GIVE, self.w(i))
            && (i + 1..end.min(i + 5)).any(|k| is(&lx::GIVEN_EVENTS, self.w(k)))
    }

    /// The place that starts at token `i` (after an optional "the"), if it can be a
    /// stop: not a continent, not a broad region without a country.
    pub fn stop_place_at(&self, a: &Analysis, i: usize) -> Option<At> {
        // "the Netherlands"; but "The Hague" holds its article.
        let holds_the = self.place_at.get(i).is_some_and(Option::is_some);
        let j = if self.w(i) == "the" && !holds_the {
            i + 1
        } else {
            i
        };
        let at = (*self.place_at.get(j)?)?;
        let p = &a.places[at.idx];
        // "returning to Earth": the planet, not the town of that name, and no stop on a
        // map of the Earth.
        // Only "Earth, Texas" (a comma and a place) is the town.
        let qualified =
            self.w(j + 1) == "," && self.place_at.get(j + 2).is_some_and(Option::is_some);
        if self.w(j) == "earth" && p.kind == PlaceKind::City && !qualified {
            return None;
        }
        match p.kind {
            PlaceKind::Continent => None,
            PlaceKind::Other if p.country.is_none() => None,
            _ => Some(at),
        }
    }

    /// Whether token `i` starts with an upper-case letter.
    pub fn is_cap(&self, i: usize) -> bool {
        i < self.len()
            && self
                .doc
                .token_text(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

/// The tokens covering bytes `start..end`, if any.
pub fn token_range(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    let first = doc.tokens.partition_point(|t| t.end <= start);
    let last = doc.tokens.partition_point(|t| t.start < end);
    (first < last).then_some(first..last)
}
