//! Candidate key phrases: the runs of content words between stop words, punctuation and
//! sentence ends, their n-grams up to [`MAX_WORDS`] words, and the names the earlier
//! stages found (a place, person or organisation is one candidate however it is
//! written: "Kerry" and "John Kerry" are one). Each content word of a name of two or
//! more words is also a word candidate ("Kerry", "Administration"), merged with the same
//! word in the running text; readers often key a story by such a word alone.
//!
//! A run never crosses a name's edge, so "Secretary of State John Kerry" gives
//! "Secretary", "State" and the person, never "State John". Numbers ("02:17") and
//! one-letter words break runs. Boilerplate lines are already blank in the normalised
//! text, so they give nothing.
//!
//! Everything here is linear in the number of tokens: each run of `r` words gives at
//! most `r * MAX_WORDS` n-grams.

use super::stem::stem;
use super::stopwords::{is_non_key, is_stopword, strip_possessive};
use crate::analysis::Analysis;
use crate::doc::Doc;
use crate::segment::TokenKind;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// The longest candidate phrase, in words.
pub const MAX_WORDS: usize = 3;

/// What a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One content word.
    Term,
    /// Two or more content words in a row.
    Phrase,
    /// A place, person or organisation found by the earlier stages.
    Name(NameKind),
}

/// Which sort of name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A place (`p..` id).
    Place,
    /// A person (`e..` id).
    Person,
    /// An organisation (`o..` id).
    Organisation,
}

/// Where a candidate occurs: a byte span into the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// Index of the sentence.
    pub sentence: usize,
    /// Whether the first word is written with a capital not owed to the sentence start.
    pub capital: bool,
    /// Whether this is one word of a longer name ("Cruz" in "Penelope Cruz"), not a word
    /// of the running text.
    pub name_word: bool,
}

/// One candidate and all its occurrences.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Identity: the stems of its words joined by spaces, or the entity id for a name.
    pub key: String,
    /// What it is.
    pub kind: Kind,
    /// The stems of its words (for a name: of its shown form).
    pub stems: Vec<String>,
    /// Surface forms (possessive removed) with how often each was seen, in order of
    /// first sight.
    pub forms: Vec<(String, usize)>,
    /// Every occurrence, in text order.
    pub occurrences: Vec<Occurrence>,
    /// The entity id (`p3`, `e1`, `o2`) when the candidate is a name.
    pub entity: Option<String>,
}

impl Candidate {
    /// The form to show: the most frequent form, for a word or phrase lower-cased unless
    /// it is always written with capitals.
    pub fn text(&self) -> String {
        let best = self
            .forms
            .iter()
            .enumerate()
            .max_by_key(|(i, (_, n))| (*n, usize::MAX - i))
            .map(|(_, (f, _))| f.clone())
            .unwrap_or_default();
        if matches!(self.kind, Kind::Name(_)) {
            return best;
        }
        let always_capital = self.occurrences.iter().all(|o| o.capital);
        if always_capital {
            best
        } else {
            best.to_lowercase()
        }
    }

    /// Number of occurrences.
    pub fn count(&self) -> usize {
        self.occurrences.len()
    }

    /// Index of the first sentence it occurs in.
    pub fn first_sentence(&self) -> usize {
        self.occurrences.first().map_or(0, |o| o.sentence)
    }

    /// Whether it is a word met only inside longer names ("Cruz" of "Penelope Cruz").
    pub fn only_in_names(&self) -> bool {
        self.kind == Kind::Term && self.occurrences.iter().all(|o| o.name_word)
    }
}

/// A name found by an earlier stage, as a byte span.
#[derive(Debug, Clone)]
struct NameSpan {
    start: usize,
    end: usize,
    id: String,
    kind: NameKind,
    /// The entity's own name ("John Kerry" for a mention "Kerry"): gives the stems.
    name: String,
    /// The mention as written, possessive removed ("Kerry"): a form to show.
    form: String,
}

/// The candidates gathered so far, with an index by key and a cache of stems.
#[derive(Default)]
struct Builder {
    out: Vec<Candidate>,
    index: FxHashMap<String, usize>,
    /// Stems by lowercased word, shared (not copied) by every run word that uses them.
    stems: FxHashMap<String, Rc<str>>,
}

impl Builder {
    /// Records one occurrence of the candidate `key`, creating it (with the stems
    /// `stems` gives) when new; returns its index.
    fn add(
        &mut self,
        key: &str,
        kind: Kind,
        stems: impl FnOnce() -> Vec<String>,
        form: &str,
        occ: Occurrence,
    ) -> usize {
        let i = match self.index.get(key) {
            Some(&i) => i,
            None => {
                self.index.insert(key.to_string(), self.out.len());
                self.out.push(Candidate {
                    key: key.to_string(),
                    kind,
                    stems: stems(),
                    forms: Vec::new(),
                    occurrences: Vec::new(),
                    entity: None,
                });
                self.out.len() - 1
            }
        };
        let c = &mut self.out[i];
        match c.forms.iter_mut().find(|(f, _)| f == form) {
            Some((_, n)) => *n += 1,
            None => c.forms.push((form.to_string(), 1)),
        }
        c.occurrences.push(occ);
        i
    }

    /// The stem of a lower-cased word, computed once per distinct word.
    fn stem(&mut self, lower: &str) -> Rc<str> {
        if let Some(s) = self.stems.get(lower) {
            return Rc::clone(s);
        }
        let s: Rc<str> = stem(lower).into();
        self.stems.insert(lower.to_string(), Rc::clone(&s));
        s
    }
}

/// All the candidates of `doc`, in order of first occurrence.
pub fn collect(doc: &Doc, a: &Analysis) -> Vec<Candidate> {
    let names = name_spans(a);
    let text = doc.text();
    let mut b = Builder::default();
    let mut entity_of: Vec<(usize, String)> = Vec::new();
    let mut ni = 0; // next name span that may start at or after the current token
    let mut run: Vec<RunWord<'_>> = Vec::new();
    let mut bufs = (String::new(), String::new());
    for (si, range) in doc.sentence_tokens.iter().enumerate() {
        let mut sentence_start = true;
        let mut ti = range.start;
        while ti < range.end {
            let tok = doc.tokens[ti];
            while ni < names.len() && names[ni].end <= tok.start {
                ni += 1;
            }
            // A name that starts inside this token's span or covers it.
            if ni < names.len() && names[ni].start < tok.end {
                flush(&mut run, text, si, &mut b, &mut bufs);
                let n = &names[ni];
                let capital = !sentence_start;
                let occ = Occurrence {
                    start: n.start,
                    end: n.end,
                    sentence: si,
                    capital,
                    name_word: false,
                };
                let i = b.add(
                    &format!("@{}", n.id),
                    Kind::Name(n.kind),
                    || n.name.split_whitespace().map(stem).collect(),
                    &n.form,
                    occ,
                );
                entity_of.push((i, n.id.clone()));
                // Skip the tokens of the name, each word of a longer name a term too.
                let long = n.name.split_whitespace().nth(1).is_some();
                let mut opens = sentence_start;
                while ti < range.end && doc.tokens[ti].start < n.end {
                    if long {
                        add_name_word(doc, ti, si, opens, &mut b);
                    }
                    opens = false;
                    ti += 1;
                }
                ni += 1;
                sentence_start = false;
                continue;
            }
            let word = doc.token_text(ti);
            let lower = doc.lower(ti);
            let bare = strip_possessive(lower);
            if is_content_word(doc, ti, lower) {
                let shown = strip_possessive(word);
                run.push(RunWord {
                    start: tok.start,
                    end: tok.start + shown.len(),
                    form: shown,
                    stem: b.stem(bare),
                    capital: !sentence_start
                        && shown.chars().next().is_some_and(char::is_uppercase),
                    possessive: shown.len() < word.len(),
                });
            } else {
                flush(&mut run, text, si, &mut b, &mut bufs);
            }
            // Quotes and brackets do not end the sentence opening.
            if tok.kind != TokenKind::Punct {
                sentence_start = false;
            }
            ti += 1;
        }
        flush(&mut run, text, si, &mut b, &mut bufs);
    }
    let mut out = b.out;
    for (i, id) in entity_of {
        out[i].entity = Some(id);
    }
    out
}

/// Whether token `ti` (lower-cased `lower`) is a word that may be key: no stop word,
/// measure, contraction, number, single letter or markup.
fn is_content_word(doc: &Doc, ti: usize, lower: &str) -> bool {
    let bare = strip_possessive(lower);
    doc.tokens[ti].kind == TokenKind::Word
        && !is_entity_name(doc, ti)
        && bare.chars().count() > 1
        && bare.chars().any(char::is_alphabetic)
        && !is_stopword(lower)
        && !is_non_key(bare)
}

/// Records token `ti`, a word inside a name of two or more words, as an occurrence of
/// that word as a term: readers often key a person by the surname alone ("Cruz") or an
/// organisation by its head word ("Administration"). `first` says whether the token
/// opens sentence `sentence`.
fn add_name_word(doc: &Doc, ti: usize, sentence: usize, first: bool, b: &mut Builder) {
    let word = doc.token_text(ti);
    let lower = doc.lower(ti);
    if !is_content_word(doc, ti, lower) {
        return;
    }
    let shown = strip_possessive(word);
    let start = doc.tokens[ti].start;
    let occ = Occurrence {
        start,
        end: start + shown.len(),
        sentence,
        capital: !first && shown.chars().next().is_some_and(char::is_uppercase),
        name_word: true,
    };
    let key = b.stem(strip_possessive(lower));
    b.add(&key, Kind::Term, || vec![key.to_string()], shown, occ);
}

/// A content word waiting in the current run.
struct RunWord<'t> {
    start: usize,
    end: usize,
    /// As written, possessive removed: a slice of the normalised text.
    form: &'t str,
    stem: Rc<str>,
    capital: bool,
    /// Written with a possessive `'s`: a phrase may end here but not go on.
    possessive: bool,
}

/// Emits every n-gram (1..=[`MAX_WORDS`] words) of the run and empties it. `bufs` are
/// scratch strings for the key and the form, reused to spare allocations.
fn flush(
    run: &mut Vec<RunWord<'_>>,
    text: &str,
    sentence: usize,
    b: &mut Builder,
    bufs: &mut (String, String),
) {
    let (key, form) = bufs;
    for i in 0..run.len() {
        key.clear();
        form.clear();
        for n in 1..=MAX_WORDS.min(run.len() - i) {
            let words = &run[i..i + n];
            // "Russia's foreign minister": the possessive closes a phrase.
            if words[..n - 1].iter().any(|w| w.possessive) {
                break;
            }
            // Grow the key and the form by the n-th word, single spaces between.
            let w = &words[n - 1];
            if n > 1 {
                key.push(' ');
                form.push(' ');
            }
            key.push_str(&w.stem);
            form.push_str(w.form);
            let kind = if n == 1 { Kind::Term } else { Kind::Phrase };
            let occ = Occurrence {
                start: words[0].start,
                end: w.end.min(text.len()),
                sentence,
                capital: words[0].capital,
                name_word: false,
            };
            b.add(
                key,
                kind,
                || words.iter().map(|w| w.stem.to_string()).collect(),
                form,
                occ,
            );
        }
    }
    run.clear();
}

/// The mentions of places, people and organisations as byte spans, sorted by start,
/// overlaps dropped (the first, longest one kept).
fn name_spans(a: &Analysis) -> Vec<NameSpan> {
    let mut spans = Vec::new();
    for p in &a.places {
        for m in &p.mentions {
            spans.push(NameSpan {
                start: m.start,
                end: m.end,
                id: p.id.clone(),
                kind: NameKind::Place,
                name: p.name.clone(),
                form: shown_form(&m.text, &p.name),
            });
        }
    }
    for p in &a.people {
        for m in &p.mentions {
            spans.push(NameSpan {
                start: m.start,
                end: m.end,
                id: p.id.clone(),
                kind: NameKind::Person,
                name: p.name.clone(),
                form: shown_form(&m.text, &p.name),
            });
        }
    }
    for o in &a.organisations {
        for m in &o.mentions {
            spans.push(NameSpan {
                start: m.start,
                end: m.end,
                id: o.id.clone(),
                kind: NameKind::Organisation,
                name: o.name.clone(),
                form: shown_form(&m.text, &o.name),
            });
        }
    }
    spans.sort_by_key(|s| (s.start, usize::MAX - s.end));
    let mut out: Vec<NameSpan> = Vec::with_capacity(spans.len());
    for s in spans {
        if s.end <= s.start {
            continue;
        }
        if out.last().is_some_and(|l| s.start < l.end) {
            continue;
        }
        out.push(s);
    }
    out
}

/// How to show a name: as the text writes it ("Kiev", "Kerry"), possessive removed; the
/// candidate then shows its most frequent form, the one a reader meets most.
fn shown_form(mention: &str, name: &str) -> String {
    let m = strip_possessive(mention.trim());
    if m.is_empty() {
        name.to_string()
    } else {
        m.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Whether token `ti` is the name inside an HTML character reference left in pasted
/// text (`&rsquo;`, `&#039;`): it is markup, not a word.
fn is_entity_name(doc: &Doc, ti: usize) -> bool {
    let tok = doc.tokens[ti];
    let text = doc.text();
    let before = text.get(..tok.start).unwrap_or("").trim_end_matches('#');
    before.ends_with('&') && text.get(tok.end..).is_some_and(|t| t.starts_with(';'))
}
