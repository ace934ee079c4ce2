//! Capitalised runs: the stretches of a sentence that may name a person or an
//! organisation ("U.S. Secretary of State John Kerry", "Gulf Cooperation Council").

use super::words::{self, PARTICLES};
use crate::doc::Doc;
use crate::segment::TokenKind;

/// A run of tokens, as indices into `doc.tokens` (ascending, contiguous in the text
/// apart from connectors such as "of" that the run includes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Token indices of the run.
    pub toks: Vec<usize>,
}

/// Whether token `i` is a word starting with a capital letter.
pub fn is_cap(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && doc
            .token_text(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Whether token `i` is a name particle ("bin", "el-Assad", "al-Saud").
pub fn is_particle(doc: &Doc, i: usize) -> bool {
    let t = doc.token_text(i);
    if doc.tokens[i].kind != TokenKind::Word {
        return false;
    }
    if words::is_in(PARTICLES, t) {
        return true;
    }
    // "el-Assad", "al-Saud": a lowercase particle joined to a capitalised name.
    t.split_once('-').is_some_and(|(p, rest)| {
        words::is_in(PARTICLES, p) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// The token text without a possessive ending ("Obama's" → "Obama").
pub fn strip_possessive(t: &str) -> &str {
    t.strip_suffix("'s")
        .or_else(|| t.strip_suffix('\''))
        .unwrap_or(t)
}

/// Whether the token ends in a possessive ("Finer's", "Leaders'").
pub fn is_possessive(t: &str) -> bool {
    t.len() > 2 && (t.ends_with("'s") || t.ends_with('\''))
}

/// Lowercase words that join the parts of a title ("Secretary *of* State").
pub const CONNECTORS: &[&str] = &["of", "for", "to", "the"];
const SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// Whether a name suffix ("Jr.") is at token `i`.
pub fn is_suffix(doc: &Doc, i: usize) -> bool {
    words::is_in(SUFFIXES, doc.token_text(i))
}

/// A line shorter than this (in bytes) is a list item, label or heading, not wrapped
/// prose: a run does not go on past its end.
const SHORT_LINE: usize = 60;

/// Whether a short line ends between tokens `a` and `b` ("- Coach - Jo Roe" then
/// "Barlow withdrew" on the next line). Names may wrap across the lines of hard-wrapped
/// prose, whose lines are long.
fn short_line_ends_between(doc: &Doc, a: usize, b: usize) -> bool {
    let text = doc.text();
    let (ae, bs) = (doc.tokens[a].end, doc.tokens[b].start);
    let Some(gap) = text.get(ae..bs) else {
        return false;
    };
    if !gap.contains('\n') {
        return false;
    }
    let line_start = text
        .get(..ae)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    ae - line_start < SHORT_LINE
}

/// Whether run `toks` ends in a person's name after a role word: the last role word
/// ("Sergeant") is followed only by capitalised words that are no role, organisation or
/// thing heads, one of them a known given name ("Sergeant *Ann Roe*").
fn role_then_name(doc: &Doc, toks: &[usize]) -> bool {
    let Some(r) = toks
        .iter()
        .rposition(|&k| words::is_role(doc.token_text(k)))
    else {
        return false;
    };
    let name = &toks[r + 1..];
    !name.is_empty()
        && name.iter().all(|&k| {
            let t = doc.token_text(k);
            is_cap(doc, k)
                && !words::ORG_HEADS_SET.contains(t)
                && !words::THING_HEADS_SET.contains(t)
                && !words::TITLES_OF_SET.contains(t)
        })
        && name
            .iter()
            .any(|&k| super::given::given(doc.token_text(k)).is_some())
}

/// The capitalised runs of every sentence. `in_place[i]` says whether token `i` lies in
/// a place mention (connectors never lead into a place: "King Philippe | of Belgium").
pub fn runs(doc: &Doc, in_place: &[bool]) -> Vec<Run> {
    let mut out = Vec::new();
    for range in &doc.sentence_tokens {
        let end = range.end;
        let mut i = range.start;
        while i < end {
            if !is_cap(doc, i) {
                i += 1;
                continue;
            }
            let mut toks = vec![i];
            let mut has_role = words::is_role(doc.token_text(i))
                || words::ORG_HEADS_SET.contains(doc.token_text(i));
            let mut j = i + 1;
            let mut stop = is_possessive(doc.token_text(i));
            while j < end && !stop {
                if short_line_ends_between(doc, j - 1, j) {
                    break;
                }
                let t = doc.token_text(j);
                if is_cap(doc, j) && !is_particle(doc, j) {
                    has_role |= words::is_role(t) || words::ORG_HEADS_SET.contains(t);
                    toks.push(j);
                    stop = is_possessive(t);
                    j += 1;
                } else if is_particle(doc, j) && toks.len() < 10 {
                    // A particle continues a name only when a capitalised word (maybe
                    // after a second particle) or the joined form follows ("bin
                    // Abdulaziz", "van der Berg", "el-Assad").
                    let next_cap = |k: usize| k < end && is_cap(doc, k) && !is_particle(doc, k);
                    let two = j + 2 < end && is_particle(doc, j + 1) && next_cap(j + 2);
                    if t.contains('-') || next_cap(j + 1) || two {
                        toks.push(j);
                        stop = is_possessive(t);
                        j += 1;
                    } else {
                        break;
                    }
                } else if t == "," && j + 1 < end && is_suffix(doc, j + 1) && toks.len() >= 2 {
                    toks.push(j);
                    toks.push(j + 1);
                    j += 2;
                    stop = true;
                } else if t == "of" && role_then_name(doc, &toks) {
                    // "Sergeant Ann Roe of the Xville Police": the name ends the run; what
                    // follows "of" is where the person works, not part of the name.
                    break;
                } else if has_role && words::is_in(CONNECTORS, t) {
                    // "Secretary of State", "Assistant to the President".
                    let mut k = j;
                    while k < end && k < j + 2 && words::is_in(CONNECTORS, doc.token_text(k)) {
                        k += 1;
                    }
                    let place_at = |i: usize| in_place.get(i).copied().unwrap_or(false);
                    // "Mayor of London", "Prince of Wales": a title takes "of" and its
                    // place, which then belongs to the role; so does an organisation's
                    // head ("Bank of England").
                    let title_of = t == "of"
                        && toks.last().is_some_and(|&p| {
                            let w = doc.token_text(p);
                            words::TITLES_OF_SET.contains(w) || words::ORG_HEADS_SET.contains(w)
                        });
                    if k < end && is_cap(doc, k) && (!place_at(k) || title_of) {
                        toks.extend(j..k);
                        j = k;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // Drop leading sentence words ("The", "In") and trailing connectors.
            while toks.first().is_some_and(|&k| {
                // "New" of "New York" stays: it is part of a place.
                words::NOT_NAME_START_SET.contains(doc.token_text(k))
                    && !in_place.get(k).copied().unwrap_or(false)
            }) {
                toks.remove(0);
            }
            while toks.last().is_some_and(|&k| {
                let t = doc.token_text(k);
                words::is_in(CONNECTORS, t) || t == ","
            }) {
                toks.pop();
            }
            if !toks.is_empty() {
                out.push(Run { toks });
            }
            i = j.max(i + 1);
        }
    }
    out
}
