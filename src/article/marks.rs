//! The article cut into plain runs and highlighted mentions, for the article view.
//!
//! Offsets in [`Analysis`] are Unicode code points into the input text; this module turns
//! them into string pieces once, in one pass over the text, so the view never slices at a
//! byte that is not a character boundary. Overlapping spans keep the one that starts first
//! (the longer one on a tie); spans outside the text are dropped.
//!
//! [`blocks`] then groups the pieces into blocks of a few thousand characters, each ending
//! at a line break, which the view lays out only when they scroll into sight (CSS
//! `content-visibility: auto`): a long text costs the page what is on screen.

use itinera_engine::analysis::Analysis;

/// What a highlighted span names (the article view's `data-kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A place, or a demonym of one ("Russian").
    Place,
    /// A person.
    Person,
    /// An organisation.
    Organisation,
    /// A temporal expression.
    Time,
}

impl Kind {
    /// The `data-kind` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Place => "place",
            Kind::Person => "person",
            Kind::Organisation => "organisation",
            Kind::Time => "time",
        }
    }
}

/// A highlighted span: what it names and the id of that thing in the [`Analysis`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Its kind.
    pub kind: Kind,
    /// The id (`p1`, `e2`, `o1`, `t3`).
    pub id: String,
    /// True for a demonym ("Russian") rather than the place's name.
    pub demonym: bool,
    /// Code-point offset of its start in the input.
    pub start: usize,
}

/// A piece of the article: plain text, or a highlighted mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text of the piece.
    pub text: String,
    /// The mention, for a highlighted piece.
    pub mark: Option<Mark>,
}

/// Cuts `input` (the text the analysis was made from) into pieces.
pub fn pieces(input: &str, a: &Analysis) -> Vec<Piece> {
    let mut spans: Vec<(usize, usize, Mark)> = Vec::new();
    let mut add = |start: usize, end: usize, kind: Kind, id: &str, demonym: bool| {
        if start < end {
            spans.push((
                start,
                end,
                Mark {
                    kind,
                    id: id.to_string(),
                    demonym,
                    start,
                },
            ));
        }
    };
    for p in &a.places {
        // `mentions` lists names and demonyms ("Russian"), the latter marked.
        p.mentions
            .iter()
            .for_each(|m| add(m.start, m.end, Kind::Place, &p.id, m.demonym));
    }
    for p in &a.people {
        p.mentions
            .iter()
            .for_each(|m| add(m.start, m.end, Kind::Person, &p.id, false));
    }
    for o in &a.organisations {
        o.mentions
            .iter()
            .for_each(|m| add(m.start, m.end, Kind::Organisation, &o.id, false));
    }
    for t in &a.times {
        add(t.start, t.end, Kind::Time, &t.id, false);
    }
    spans.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    let mut kept: Vec<(usize, usize, Mark)> = Vec::with_capacity(spans.len());
    for s in spans {
        if kept.last().is_none_or(|k| s.0 >= k.1) {
            kept.push(s);
        }
    }

    // One pass: byte offset of every needed code-point boundary.
    let mut out = Vec::with_capacity(kept.len() * 2 + 1);
    let mut chars = input
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(input.len()));
    let mut cur: Option<(usize, usize)> = None; // the last (code point, byte) read
    let mut next_cp = 0usize;
    let mut byte_at = |want: usize| -> Option<usize> {
        if let Some((c, b)) = cur {
            if c == want {
                return Some(b);
            }
        }
        for b in chars.by_ref() {
            let c = next_cp;
            next_cp += 1;
            cur = Some((c, b));
            if c == want {
                return Some(b);
            }
        }
        None
    };
    let mut last_byte = 0usize;
    for (start, end, mark) in kept {
        let (Some(sb), Some(eb)) = (byte_at(start), byte_at(end)) else {
            break;
        };
        if sb > last_byte {
            out.push(Piece {
                text: input[last_byte..sb].to_string(),
                mark: None,
            });
        }
        out.push(Piece {
            text: input[sb..eb].to_string(),
            mark: Some(mark),
        });
        last_byte = eb;
    }
    if last_byte < input.len() {
        out.push(Piece {
            text: input[last_byte..].to_string(),
            mark: None,
        });
    }
    out
}

/// About how many characters of text a block of [`blocks`] holds.
pub const BLOCK_CHARS: usize = 3000;

/// Groups `pieces` into blocks of at least `size` bytes of text each (but the last), each
/// block ending just after a line break of a plain piece, so a block boundary falls where
/// the text breaks a line anyway. A plain piece is split at that line break; mentions are
/// never split. The blocks' texts, joined, are the pieces' texts joined.
pub fn blocks(pieces: Vec<Piece>, size: usize) -> Vec<Vec<Piece>> {
    let mut out = Vec::new();
    let mut block = Vec::new();
    let mut len = 0;
    for mut p in pieces {
        if len + p.text.len() >= size && p.mark.is_none() {
            if let Some(i) = p.text.find('\n') {
                let rest = p.text.split_off(i + 1);
                block.push(p);
                out.push(std::mem::take(&mut block));
                len = 0;
                p = Piece {
                    text: rest,
                    mark: None,
                };
                if p.text.is_empty() {
                    continue;
                }
            }
        }
        len += p.text.len();
        block.push(p);
    }
    if !block.is_empty() {
        out.push(block);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use itinera_engine::analysis::{Mention, Person, Place, PlaceKind};

    fn place(id: &str, spans: &[(usize, usize)]) -> Place {
        Place {
            id: id.into(),
            name: id.into(),
            kind: PlaceKind::City,
            geonameid: None,
            country: None,
            lat: 0.0,
            lon: 0.0,
            confidence: 1.0,
            alternatives: vec![],
            mentions: spans
                .iter()
                .map(|&(start, end)| Mention {
                    start,
                    end,
                    text: String::new(),
                    demonym: false,
                })
                .collect(),
            demonyms: vec![],
        }
    }

    fn texts(p: &[Piece]) -> Vec<(&str, bool)> {
        p.iter()
            .map(|p| (p.text.as_str(), p.mark.is_some()))
            .collect()
    }

    #[test]
    fn code_point_offsets_after_accents() {
        let input = "Müller flew to Sochi.";
        let mut a = Analysis::empty();
        a.places.push(place("p1", &[(15, 20)]));
        assert_eq!(
            texts(&pieces(input, &a)),
            [("Müller flew to ", false), ("Sochi", true), (".", false)]
        );
    }

    #[test]
    fn overlapping_spans_keep_the_first_and_longest() {
        let input = "New York City";
        let mut a = Analysis::empty();
        a.places.push(place("p1", &[(0, 8)]));
        a.people.push(Person {
            id: "e1".into(),
            name: "x".into(),
            role: None,
            mentions: vec![Mention {
                start: 4,
                end: 13,
                text: String::new(),
                demonym: false,
            }],
        });
        assert_eq!(
            texts(&pieces(input, &a)),
            [("New York", true), (" City", false)]
        );
    }

    #[test]
    fn spans_past_the_end_are_dropped() {
        let mut a = Analysis::empty();
        a.places.push(place("p1", &[(2, 99)]));
        assert_eq!(texts(&pieces("abc", &a)), [("abc", false)]);
    }

    #[test]
    fn adjacent_spans_both_kept() {
        let mut a = Analysis::empty();
        a.places.push(place("p1", &[(0, 2), (2, 4)]));
        assert_eq!(texts(&pieces("abcd", &a)), [("ab", true), ("cd", true)]);
    }

    #[test]
    fn a_span_at_the_very_end() {
        let mut a = Analysis::empty();
        a.places.push(place("p1", &[(3, 5)]));
        assert_eq!(texts(&pieces("to Rí", &a)), [("to ", false), ("Rí", true)]);
    }

    #[test]
    fn demonym_marked_once_as_demonym() {
        let mut a = Analysis::empty();
        let mut ru = place("p1", &[(0, 6), (7, 14)]);
        ru.mentions[1].demonym = true;
        ru.demonyms = vec![ru.mentions[1].clone()];
        a.places.push(ru);
        let marks: Vec<(usize, bool)> = pieces("Russia Russian", &a)
            .iter()
            .filter_map(|p| p.mark.as_ref().map(|m| (m.start, m.demonym)))
            .collect();
        assert_eq!(marks, [(0, false), (7, true)]);
    }

    fn plain(t: &str) -> Piece {
        Piece {
            text: t.to_string(),
            mark: None,
        }
    }

    fn marked(t: &str) -> Piece {
        Piece {
            text: t.to_string(),
            mark: Some(Mark {
                kind: Kind::Place,
                id: "p1".into(),
                demonym: false,
                start: 0,
            }),
        }
    }

    fn block_texts(b: &[Vec<Piece>]) -> Vec<String> {
        b.iter()
            .map(|b| b.iter().map(|p| p.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn blocks_end_at_line_breaks() {
        let pieces = vec![
            plain("Kerry flew to "),
            marked("Sochi"),
            plain(".\n\nThen to "),
            marked("Antalya"),
            plain(".\nHome."),
        ];
        let b = blocks(pieces, 10);
        assert_eq!(
            block_texts(&b),
            vec!["Kerry flew to Sochi.\n", "\nThen to Antalya.\n", "Home."]
        );
    }

    #[test]
    fn blocks_never_split_a_mention() {
        let pieces = vec![plain("ab "), marked("Sochi\nRiviera"), plain(" cd")];
        let b = blocks(pieces.clone(), 1);
        assert_eq!(b.concat(), pieces, "no line break in plain text: one block");
    }

    #[test]
    fn short_text_is_one_block() {
        let pieces = vec![plain("Kerry\nflew "), marked("Sochi")];
        assert_eq!(blocks(pieces.clone(), BLOCK_CHARS), vec![pieces]);
    }

    #[test]
    fn break_at_the_end_leaves_no_empty_block() {
        let b = blocks(vec![plain("abc\n")], 2);
        assert_eq!(block_texts(&b), vec!["abc\n"]);
    }
}
