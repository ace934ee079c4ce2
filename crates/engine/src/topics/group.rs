//! Grouping places, people and key phrases into a handful of labelled topics.
//!
//! A news story is mostly about countries and what happens to them, so topics are built
//! around **anchors**:
//!
//! 1. A country anchor gathers the country's own mentions, its demonyms ("Iranian") and
//!    the mentions of its cities and regions ("Kiev", "Crimea" → Ukraine). A city whose
//!    country the text never names anchors a topic of its own, with less weight.
//! 2. Two countries the text sets against each other ("between the U.S. and Russia",
//!    "U.S.-Russia cooperation") become one topic, "U.S.–Russia relations".
//! 3. A person or organisation named three times or more, mostly away from the place
//!    topics, is a topic too; so are the best key phrases no topic claims, when the story
//!    names few places (a business or culture story).
//!
//! A topic's label comes from the text's own wording around the anchor: the words after
//! a demonym or a possessive ("Iranian nuclear negotiations" → "Iran nuclear
//! negotiations"), or the noun before "in/over/on" ("crisis in Yemen" → "Yemen
//! crisis"); the candidate whose words rank best as key words wins. Words directly
//! before a person's name are titles ("Syrian President Bashar el-Assad"), never labels.
//!
//! A topic's score grows with its mentions, more for early ones and those in the
//! headline, less for those that only say where the traveller goes (the map shows the
//! route) or qualify a person's title, more for those tied to a recurring noun
//! ("crisis in Yemen"); scores are scaled so the best
//! topic has 1. All steps are linear in the number of tokens and mentions (hash maps
//! keyed by sentence and by stem; no pairwise loops over tokens).

use super::candidates::{Candidate, Kind};
use super::rank::{Context, Ranked};
use super::stem::stem;
use super::stopwords::{is_generic, is_non_key, is_stopword, strip_possessive};
use crate::analysis::{Analysis, Mention, PlaceKind, Topic};
use crate::doc::Doc;
use crate::segment::TokenKind;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// The most topics reported.
pub const MAX_TOPICS: usize = 6;

/// Mentions a person or organisation needs to be a topic of its own.
const NAME_TOPIC_MENTIONS: usize = 3;

/// Words before a place that tie a preceding noun to it ("crisis in Yemen").
const LINK_WORDS: &[&str] = &["in", "over", "on", "with", "about", "for", "against", "of"];

/// Words after which the next word is a verb ("will engage", "to discuss").
const VERB_CUES: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "did",
    "does", "do", "not", "we", "they", "he", "she", "it", "i", "you",
];

/// Words that follow a verb rather than a noun ("blames the", "agreed to", "said that").
const VERB_OBJECTS: &[&str] = &[
    "the", "a", "an", "to", "that", "its", "his", "her", "their", "our", "it", "them",
];

/// Endings of adjectives ("responsible for", "grateful for"), never a label's noun.
const ADJECTIVE_ENDINGS: &[&str] = &["ible", "able", "ful", "ous"];

/// What a topic is built around.
#[derive(Debug, Clone)]
struct Anchor {
    /// The label's subject ("Iran", "U.S.–Russia").
    name: String,
    /// Place ids.
    places: Vec<String>,
    /// People ids (for a person topic).
    people: Vec<String>,
    /// Mentions (byte spans into the normalised text).
    mentions: Vec<(usize, usize)>,
    /// Sentences it is mentioned in.
    sentences: BTreeSet<usize>,
    /// Byte spans of mentions that may carry a label (places and demonyms), with
    /// whether the mention is a demonym ("Iranian").
    label_spans: Vec<(usize, usize, bool)>,
    /// Fixed label word ("relations" for a pair of countries).
    fixed_head: Option<&'static str>,
    /// Weight of the anchor itself (1, or less for a city standing for an unnamed
    /// country).
    weight: f64,
}

/// The topics of the article, best first.
pub fn topics(
    doc: &Doc,
    a: &Analysis,
    cands: &[Candidate],
    ranked: &[Ranked],
    chosen: &[usize],
    ctx: Context,
) -> Vec<Topic> {
    let term_score = term_scores(cands, ranked);
    let mut anchors = place_anchors(doc, a);
    pair_relations(doc, &mut anchors);
    name_anchors(doc, a, &mut anchors);
    let n = doc.sentences.len().max(1) as f64;
    let names = name_starts(a);
    let titles = title_stems(doc, &names);
    // Sentences that say where the traveller goes: their places are the route, shown
    // by the map, not what the story is about.
    let travel: BTreeSet<usize> = a
        .trip
        .iter()
        .flat_map(|t| &t.stops)
        .filter_map(|s| doc.sentence_at(s.evidence.start))
        .collect();
    let mut scored: Vec<(Anchor, f64, Option<Head>)> = anchors
        .into_iter()
        .map(|an| {
            let (head, roles) = read_context(doc, &an, &names, &titles, &term_score);
            let mut s = 0.0;
            for &(start, _) in &an.mentions {
                let si = doc.sentence_at(start).unwrap_or(0);
                let title = ctx.title_sentence == Some(si);
                let mut role = roles.get(&start).copied().unwrap_or(1.0);
                if travel.contains(&si) {
                    role *= 0.5;
                }
                s += role
                    * if title {
                        2.0
                    } else {
                        1.0 - 0.5 * si as f64 / n
                    };
            }
            s = s.max(0.0).ln_1p() * an.weight;
            (an, s, head)
        })
        .collect();
    keyphrase_topics(cands, chosen, &mut scored);
    scored.sort_by(|x, y| y.1.total_cmp(&x.1));
    scored.truncate(MAX_TOPICS);
    let best = scored.first().map_or(1.0, |t| t.1).max(1e-9);
    let mut out: Vec<Topic> = scored
        .into_iter()
        .map(|(an, s, head)| build_topic(doc, cands, chosen, &titles, an, head, s / best))
        .collect();
    assign_people(doc, a, &mut out);
    out
}

/// A single word's rank score and how often the text uses it.
#[derive(Debug, Clone, Copy)]
struct TermStat {
    score: f64,
    count: usize,
}

/// The rank score and count of every single-word candidate, by stem.
fn term_scores(cands: &[Candidate], ranked: &[Ranked]) -> FxHashMap<String, TermStat> {
    let mut out = FxHashMap::default();
    for r in ranked {
        let c = &cands[r.candidate];
        if c.kind == Kind::Term {
            out.insert(
                c.key.clone(),
                TermStat {
                    score: r.score,
                    count: c.count(),
                },
            );
        }
    }
    out
}

/// One anchor per country named (with its cities, regions and demonyms), and one per
/// city or region whose country the text never names.
fn place_anchors(doc: &Doc, a: &Analysis) -> Vec<Anchor> {
    let mut by_country: FxHashMap<String, usize> = FxHashMap::default();
    let mut out: Vec<Anchor> = Vec::new();
    // Countries first, so cities find them.
    for p in a.places.iter().filter(|p| p.kind == PlaceKind::Country) {
        let key = p.country.clone().unwrap_or_else(|| p.id.clone());
        let i = *by_country.entry(key).or_insert_with(|| {
            out.push(new_anchor(most_written(doc, &p.mentions, &p.name), 1.0));
            out.len() - 1
        });
        add_place(doc, &mut out[i], p);
    }
    for p in a.places.iter().filter(|p| p.kind != PlaceKind::Country) {
        let i = match p.country.as_ref().and_then(|c| by_country.get(c)) {
            Some(&i) => i,
            None => {
                let key = format!("@{}", p.id);
                *by_country.entry(key).or_insert_with(|| {
                    out.push(new_anchor(most_written(doc, &p.mentions, &p.name), 0.6));
                    out.len() - 1
                })
            }
        };
        add_place(doc, &mut out[i], p);
    }
    // A lone town named like a person of the story ("Pearl" beside "Pearl Lowe") is
    // that person.
    let person_words: BTreeSet<String> = a
        .people
        .iter()
        .flat_map(|p| p.name.split_whitespace().map(str::to_lowercase))
        .collect();
    out.retain(|an| {
        let person = an.weight < 1.0 && person_words.contains(&an.name.to_lowercase());
        !an.mentions.is_empty() && !person
    });
    for an in &mut out {
        an.mentions.sort_unstable();
        an.label_spans.sort_unstable();
    }
    out
}

fn new_anchor(name: String, weight: f64) -> Anchor {
    Anchor {
        name,
        places: Vec::new(),
        people: Vec::new(),
        mentions: Vec::new(),
        sentences: BTreeSet::new(),
        label_spans: Vec::new(),
        fixed_head: None,
        weight,
    }
}

fn add_place(doc: &Doc, an: &mut Anchor, p: &crate::analysis::Place) {
    an.places.push(p.id.clone());
    let demonyms = p.demonyms.iter().map(|m| (m, true));
    for (m, demonym) in p.mentions.iter().map(|m| (m, false)).chain(demonyms) {
        an.mentions.push((m.start, m.end));
        an.label_spans.push((m.start, m.end, demonym));
        if let Some(si) = doc.sentence_at(m.start) {
            an.sentences.insert(si);
        }
    }
}

/// How the text most often writes a name ("U.S." rather than "United States"), the
/// given name when it has no mentions.
fn most_written(doc: &Doc, mentions: &[Mention], name: &str) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for m in mentions {
        let Some(t) = doc.text().get(m.start..m.end) else {
            continue;
        };
        let t = strip_possessive(t.trim())
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        match counts.iter_mut().find(|(f, _)| *f == t) {
            Some((_, n)) => *n += 1,
            None => counts.push((t, 1)),
        }
    }
    counts
        .into_iter()
        .enumerate()
        .max_by_key(|(i, (_, n))| (*n, usize::MAX - i))
        .map(|(_, (f, _))| f)
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| name.to_string())
}

/// Joins two country anchors the text sets against each other — "between A and B",
/// "A-B" written as one compound — into one "relations" topic. Each anchor joins at
/// most one pair; pairs with more such cues go first.
fn pair_relations(doc: &Doc, anchors: &mut Vec<Anchor>) {
    // Which anchor each mention belongs to, in text order.
    let mut marks: Vec<(usize, usize, usize)> = Vec::new();
    for (i, an) in anchors.iter().enumerate() {
        for &(s, e) in &an.mentions {
            marks.push((s, e, i));
        }
    }
    marks.sort_unstable();
    let text = doc.text();
    let mut cues: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for w in marks.windows(2) {
        let ((_, e1, i), (s2, _, j)) = ((w[0].0, w[0].1, w[0].2), (w[1].0, w[1].1, w[1].2));
        if i == j || s2 < e1 {
            continue;
        }
        let Some(gap) = text.get(e1..s2) else {
            continue;
        };
        let gap = gap.trim();
        let joined = gap == "-" || gap == "/";
        // Only the few bytes before the first mention are read, so the check stays O(1)
        // however long the text is.
        let between = (gap.eq_ignore_ascii_case("and") || gap.eq_ignore_ascii_case("and the"))
            && text.get(..w[0].0).map(str::trim_end).is_some_and(|t| {
                ends_with_ignore_ascii_case(t, "between")
                    || ends_with_ignore_ascii_case(t, "between the")
            });
        if joined || between {
            *cues.entry((i.min(j), i.max(j))).or_insert(0) += 1;
        }
    }
    let mut pairs: Vec<((usize, usize), usize)> = cues.into_iter().collect();
    pairs.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    let mut used = vec![false; anchors.len()];
    let mut merged: Vec<Anchor> = Vec::new();
    for ((i, j), _) in pairs {
        if used[i] || used[j] || anchors[i].weight < 1.0 || anchors[j].weight < 1.0 {
            continue;
        }
        let shared = anchors[i]
            .sentences
            .intersection(&anchors[j].sentences)
            .count();
        if shared < 2 {
            continue;
        }
        used[i] = true;
        used[j] = true;
        let (x, y) = if anchors[i].mentions.first() <= anchors[j].mentions.first() {
            (&anchors[i], &anchors[j])
        } else {
            (&anchors[j], &anchors[i])
        };
        let mut an = new_anchor(format!("{}\u{2013}{}", x.name, y.name), 1.0);
        for src in [x, y] {
            an.places.extend(src.places.iter().cloned());
            an.mentions.extend(src.mentions.iter().copied());
            an.label_spans.extend(src.label_spans.iter().copied());
            an.sentences.extend(src.sentences.iter().copied());
        }
        an.mentions.sort_unstable();
        an.fixed_head = Some("relations");
        merged.push(an);
    }
    let mut i = 0;
    anchors.retain(|_| {
        i += 1;
        !used[i - 1]
    });
    anchors.extend(merged);
}

/// Whether `text` ends with `suffix`, ASCII letters compared without case.
fn ends_with_ignore_ascii_case(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text.as_bytes()[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// People and organisations named [`NAME_TOPIC_MENTIONS`] times or more, in sentences
/// mostly away from the place topics; names sharing a word are one topic.
fn name_anchors(doc: &Doc, a: &Analysis, anchors: &mut Vec<Anchor>) {
    let placed: BTreeSet<usize> = anchors
        .iter()
        .flat_map(|an| an.sentences.iter().copied())
        .collect();
    let people = a.people.iter().map(|p| (&p.id, &p.name, &p.mentions, true));
    let orgs = a
        .organisations
        .iter()
        .map(|o| (&o.id, &o.name, &o.mentions, false));
    let mut added: Vec<(BTreeSet<String>, usize)> = Vec::new();
    // Full names first, so "Pearl Lowe" gathers "Pearl" and "Lowe".
    let mut names: Vec<_> = people.chain(orgs).collect();
    names.sort_by_key(|(_, name, _, _)| std::cmp::Reverse(name.split_whitespace().count()));
    for (id, name, mentions, person) in names {
        if mentions.len() < NAME_TOPIC_MENTIONS {
            continue;
        }
        let sentences: BTreeSet<usize> = mentions
            .iter()
            .filter_map(|m| doc.sentence_at(m.start))
            .collect();
        let shared = sentences.intersection(&placed).count();
        if shared * 2 >= sentences.len() {
            continue;
        }
        let shown = most_written(doc, mentions, name);
        let words: BTreeSet<String> = name
            .split_whitespace()
            .chain(shown.split_whitespace())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_lowercase)
            .collect();
        // "Pearl Lowe", "Pearl" and "Lowe" named apart: one topic, named as the most
        // named of them.
        let same = added
            .iter()
            .position(|(ws, _): &(BTreeSet<String>, usize)| !ws.is_disjoint(&words));
        let an = match same {
            Some(k) => {
                let (ws, i) = &mut added[k];
                ws.extend(words);
                let an = &mut anchors[*i];
                if mentions.len() > an.mentions.len() {
                    an.name = shown;
                }
                an
            }
            None => {
                anchors.push(new_anchor(shown, 0.8));
                added.push((words, anchors.len() - 1));
                let last = anchors.len() - 1;
                &mut anchors[last]
            }
        };
        if person {
            an.people.push(id.clone());
        }
        an.mentions
            .extend(mentions.iter().map(|m| (m.start, m.end)));
        an.mentions.sort_unstable();
        an.sentences.extend(sentences);
    }
}

/// A label's head words ("nuclear negotiations") with their score and how often the
/// text ties them to the anchor.
#[derive(Debug, Clone)]
struct Head {
    /// The words as shown: the form the text uses most, the shorter on a tie.
    words: String,
    /// Their stems, joined by spaces: forms with one stem are one head.
    key: String,
    /// Surface forms and how often each was seen.
    forms: Vec<(String, usize)>,
    /// Mean rank score of the words.
    score: f64,
    /// How often the text ties the head to the anchor.
    count: usize,
}

/// What the words around an anchor's mentions say: the best head for its label, and a
/// weight for each mention (keyed by its start): a mention that carries a head ("crisis
/// in Yemen") counts 1.5, one that only qualifies a person's title ("Turkish Prime
/// Minister Ahmet Davutoglu") 0.5, any other 1.
fn read_context(
    doc: &Doc,
    an: &Anchor,
    names: &BTreeSet<usize>,
    titles: &BTreeSet<String>,
    term_score: &FxHashMap<String, TermStat>,
) -> (Option<Head>, FxHashMap<usize, f64>) {
    let mut roles: FxHashMap<usize, f64> = FxHashMap::default();
    let mut heads: Vec<Head> = Vec::new();
    for &(start, end, demonym) in &an.label_spans {
        let (next, title) = after(doc, end, demonym, names);
        if title {
            // "meeting with Turkish Prime Minister …": the place only qualifies a title.
            roles.insert(start, 0.5);
            continue;
        }
        // "importance of U.S.-ASEAN cooperation": the place only modifies a compound.
        let compound = doc.text().get(end..).is_some_and(|t| t.starts_with('-'));
        let prev = if compound { None } else { before(doc, start) };
        for words in [next, prev].into_iter().flatten() {
            let stems: Vec<String> = words.split(' ').map(stem).collect();
            let score = stems
                .iter()
                .map(|s| term_score.get(s).map_or(f64::NEG_INFINITY, |t| t.score))
                .sum::<f64>()
                / stems.len() as f64;
            // The head noun must recur in the story ("common ground on Syria" is no topic).
            let recurs = stems
                .last()
                .and_then(|s| term_score.get(s))
                .is_some_and(|t| t.count >= 2);
            let is_title = stems.iter().any(|s| titles.contains(s));
            if !score.is_finite() || !recurs || is_title {
                continue;
            }
            roles.insert(start, 1.5);
            let key = stems.join(" ");
            match heads.iter_mut().find(|h| h.key == key) {
                Some(h) => {
                    h.count += 1;
                    match h.forms.iter_mut().find(|(f, _)| *f == words) {
                        Some((_, n)) => *n += 1,
                        None => h.forms.push((words, 1)),
                    }
                }
                None => heads.push(Head {
                    words: words.clone(),
                    key,
                    forms: vec![(words, 1)],
                    score,
                    count: 1,
                }),
            }
        }
    }
    let head = match an.fixed_head {
        Some(h) => Some(Head {
            words: h.to_string(),
            key: stem(h),
            forms: Vec::new(),
            score: term_score.get(&stem(h)).map_or(0.0, |t| t.score),
            count: 1,
        }),
        None => heads
            .into_iter()
            .max_by(|x, y| {
                let kx = x.score + (x.count as f64).ln();
                let ky = y.score + (y.count as f64).ln();
                kx.total_cmp(&ky)
            })
            .filter(|h| h.score > 0.0)
            .map(|mut h| {
                if let Some((f, _)) = h
                    .forms
                    .iter()
                    .max_by_key(|(f, n)| (*n, usize::MAX - f.len()))
                {
                    h.words = f.clone();
                }
                h
            }),
    };
    (head, roles)
}

/// Start offsets of people's mentions: the words before them are titles.
fn name_starts(a: &Analysis) -> BTreeSet<usize> {
    a.people
        .iter()
        .flat_map(|p| p.mentions.iter().map(|m| m.start))
        .collect()
}

/// Stems of the words this text uses as titles: the capitalised words right before a
/// person's name ("Foreign Minister Sergey Lavrov" → "foreign", "minist"). "President
/// of Syria" then names an office, not a topic.
fn title_stems(doc: &Doc, names: &BTreeSet<usize>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for &start in names {
        let mut i = token_from(doc, start);
        let Some(sentence) = doc.tokens.get(i).map(|t| t.sentence) else {
            continue;
        };
        for _ in 0..3 {
            let Some(j) = i.checked_sub(1) else { break };
            let t = doc.tokens[j];
            let w = doc.token_text(j);
            if t.sentence != sentence
                || t.kind != TokenKind::Word
                || !w.chars().next().is_some_and(char::is_uppercase)
            {
                break;
            }
            out.insert(stem(&w.to_lowercase()));
            i = j;
        }
    }
    out
}

/// Index of the first token starting at or after byte `at`.
fn token_from(doc: &Doc, at: usize) -> usize {
    doc.tokens.partition_point(|t| t.start < at)
}

/// Whether token `i` is a lower-case content word that may be part of a label.
fn label_word(doc: &Doc, i: usize) -> Option<String> {
    let tok = doc.tokens.get(i)?;
    if tok.kind != TokenKind::Word {
        return None;
    }
    let w = doc.token_text(i);
    if !w.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let lower = w.to_lowercase();
    let bare = strip_possessive(&lower);
    if bare.chars().count() < 3 || is_stopword(&lower) || is_non_key(bare) || is_generic(bare) {
        return None;
    }
    Some(bare.to_string())
}

/// The content words right after a mention ("Iranian| nuclear negotiations", "Iran's|
/// nuclear program"), at most three; and whether they are a title before a person's
/// name ("Syrian| President Bashar el-Assad"), which gives no words.
fn after(doc: &Doc, end: usize, demonym: bool, names: &BTreeSet<usize>) -> (Option<String>, bool) {
    let mut i = token_from(doc, end);
    let Some(sentence) = doc.sentence_at(end.saturating_sub(1)) else {
        return (None, false);
    };
    // A possessive, written inside the mention's token or as its own.
    let text = doc.text();
    let mut possessive = text.get(end..).is_some_and(|t| t.starts_with('\''));
    if doc.tokens.get(i).is_some_and(|t| t.start == end) {
        let t = doc.token_text(i);
        if t == "'s" || t == "'" {
            possessive = true;
            i += 1;
        }
    }
    if let Some(t) = doc.tokens.get(i) {
        // "Iran's" as one token: the mention ends inside it.
        if t.start < end {
            i += 1;
        }
    }
    let mut words = Vec::new();
    let mut capitals = 0;
    while words.len() < 3 {
        let Some(tok) = doc.tokens.get(i) else { break };
        if tok.sentence != sentence || names.contains(&tok.start) {
            break;
        }
        match title_or_label_word(doc, i) {
            Some((w, capital)) => {
                capitals += usize::from(capital);
                words.push(w);
            }
            None => break,
        }
        i += 1;
    }
    let before_name = doc
        .tokens
        .get(i)
        .is_some_and(|t| t.sentence == sentence && names.contains(&t.start));
    if before_name {
        return (None, true);
    }
    if words.is_empty() || capitals > 0 {
        return (None, false);
    }
    // After a bare name the word may be its verb ("Solomon Islands agreed to", "Russia
    // blames the"): only a demonym or a possessive surely starts a noun phrase.
    if !demonym && !possessive {
        let last = words.last().map_or("", String::as_str);
        let next = doc
            .tokens
            .get(i)
            .filter(|t| t.sentence == sentence)
            .map(|_| doc.token_text(i).to_ascii_lowercase());
        let verb_like =
            last.ends_with("ed") || next.is_some_and(|n| VERB_OBJECTS.contains(&n.as_str()));
        if verb_like {
            return (None, false);
        }
    }
    (Some(words.join(" ")), false)
}

/// A word that may follow a place in a label or a title: a content word of three
/// letters or more; with whether it is capitalised (only titles are).
fn title_or_label_word(doc: &Doc, i: usize) -> Option<(String, bool)> {
    let tok = doc.tokens.get(i)?;
    if tok.kind != TokenKind::Word {
        return None;
    }
    let w = doc.token_text(i);
    let capital = w.chars().next().is_some_and(char::is_uppercase);
    let lower = w.to_lowercase();
    let bare = strip_possessive(&lower);
    if bare.chars().count() < 3 || is_stopword(&lower) || is_non_key(bare) {
        return None;
    }
    if !capital && is_generic(bare) {
        return None;
    }
    Some((bare.to_string(), capital))
}

/// The noun before "in/over/on … <mention>" ("crisis in (the) Yemen").
fn before(doc: &Doc, start: usize) -> Option<String> {
    let mut i = token_from(doc, start).checked_sub(1)?;
    if doc.token_text(i).eq_ignore_ascii_case("the") {
        i = i.checked_sub(1)?;
    }
    let link = doc.token_text(i).to_ascii_lowercase();
    if !LINK_WORDS.contains(&link.as_str()) {
        return None;
    }
    let j = i.checked_sub(1)?;
    if doc.tokens[j].sentence != doc.tokens[i].sentence {
        return None;
    }
    // "will engage with Thailand", "responsible for the U.S.": a verb or an adjective,
    // not the noun a topic is named by.
    let verb = j
        .checked_sub(1)
        .filter(|&k| doc.tokens[k].sentence == doc.tokens[j].sentence)
        .is_some_and(|k| VERB_CUES.contains(&doc.token_text(k).to_ascii_lowercase().as_str()));
    let word = label_word(doc, j)?;
    // "imprisoned in Britain": a participle, not a noun.
    let adjective = ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e)) || word.ends_with("ed");
    (!verb && !adjective).then_some(word)
}

/// When the story names few places, its best key phrases that no topic claims become
/// topics (a business story about "unemployment").
fn keyphrase_topics(
    cands: &[Candidate],
    chosen: &[usize],
    scored: &mut Vec<(Anchor, f64, Option<Head>)>,
) {
    if scored.len() >= 3 {
        return;
    }
    let want = 3 - scored.len();
    let mut added = 0;
    for &ci in chosen.iter().take(10) {
        if added >= want {
            break;
        }
        let c = &cands[ci];
        // A name, or a word of one ("Cruz"), is the name's and no topic of its own.
        if matches!(c.kind, Kind::Name(_)) || c.only_in_names() {
            continue;
        }
        let text = c.text();
        let lower = text.to_lowercase();
        let claimed = scored.iter().any(|(an, _, h)| {
            // "Pearl" when "Pearl Lowe" is a topic.
            an.name
                .to_lowercase()
                .split_whitespace()
                .any(|w| w == lower)
                || c.occurrences
                    .iter()
                    .all(|o| an.sentences.contains(&o.sentence))
                || h.as_ref()
                    .is_some_and(|h| h.words.eq_ignore_ascii_case(&text))
        });
        if claimed {
            continue;
        }
        let mut an = new_anchor(text, 0.5);
        an.mentions = c.occurrences.iter().map(|o| (o.start, o.end)).collect();
        an.sentences = c.occurrences.iter().map(|o| o.sentence).collect();
        let s = (c.count() as f64).ln_1p() * 0.5;
        scored.push((an, s, None));
        added += 1;
    }
}

/// The reported topic.
fn build_topic(
    doc: &Doc,
    cands: &[Candidate],
    chosen: &[usize],
    titles: &BTreeSet<String>,
    an: Anchor,
    head: Option<Head>,
    score: f64,
) -> Topic {
    let label = match &head {
        Some(h) => format!("{} {}", an.name, h.words),
        None => an.name.clone(),
    };
    let mut spans = an.mentions.clone();
    // The head's own uses inside the topic's sentences.
    let mut keyphrases: Vec<String> = Vec::new();
    if let Some(h) = &head {
        keyphrases.push(h.words.clone());
        let key: Vec<String> = h.words.split(' ').map(stem).collect();
        let key = key.join(" ");
        for c in cands.iter().filter(|c| c.key == key) {
            for o in &c.occurrences {
                if an.sentences.contains(&o.sentence) {
                    spans.push((o.start, o.end));
                }
            }
        }
    }
    // Key phrases used mostly in the topic's sentences; capitalised ones are names,
    // demonyms or titles ("Russian", "President"), which the places and people say.
    for &ci in chosen {
        if keyphrases.len() >= 6 {
            break;
        }
        let c = &cands[ci];
        if matches!(c.kind, Kind::Name(_)) {
            continue;
        }
        let text = c.text();
        let inside = c
            .occurrences
            .iter()
            .filter(|o| an.sentences.contains(&o.sentence))
            .count();
        let capital = text.chars().next().is_some_and(char::is_uppercase);
        // Adverbs ("eventually") say how and verbs ("discussed") what was done, titles
        // ("foreign minister") who did it: none says what the topic is.
        let adverb = text.ends_with("ly");
        let verb = text.ends_with("ed");
        let title = c.stems.iter().any(|s| titles.contains(s));
        if !capital
            && !adverb
            && !verb
            && !title
            && inside * 2 > c.count()
            && !keyphrases.iter().any(|x| x.eq_ignore_ascii_case(&text))
        {
            keyphrases.push(text);
        }
    }
    spans.sort_unstable();
    spans.dedup();
    let mentions = spans
        .into_iter()
        .filter_map(|(s, e)| {
            Some(Mention {
                start: s,
                end: e,
                text: doc.text().get(s..e)?.to_string(),
                demonym: false,
            })
        })
        .collect();
    Topic {
        label,
        score: (score.clamp(0.0, 1.0) * 1000.0).round() / 1000.0,
        keyphrases,
        places: an.places,
        people: an.people,
        mentions,
    }
}

/// The most people listed for a topic.
const MAX_PEOPLE: usize = 4;

/// Each topic lists the people named in its sentences — those named there twice, or at
/// least a third of the times they are named at all — most shared sentences first,
/// then most named, at most [`MAX_PEOPLE`].
fn assign_people(doc: &Doc, a: &Analysis, topics: &mut [Topic]) {
    for t in topics.iter_mut() {
        let sentences: BTreeSet<usize> = t
            .mentions
            .iter()
            .filter_map(|m| doc.sentence_at(m.start))
            .collect();
        let mut found: Vec<(usize, usize, &str)> = Vec::new();
        for p in &a.people {
            let shared = p
                .mentions
                .iter()
                .filter_map(|m| doc.sentence_at(m.start))
                .collect::<BTreeSet<_>>()
                .intersection(&sentences)
                .count();
            if (shared >= 2 || shared > 0 && shared * 3 >= p.mentions.len())
                && !t.people.contains(&p.id)
            {
                found.push((shared, p.mentions.len(), &p.id));
            }
        }
        found.sort_by(|x, y| y.0.cmp(&x.0).then(y.1.cmp(&x.1)));
        for (_, _, id) in found {
            if t.people.len() >= MAX_PEOPLE {
                break;
            }
            t.people.push(id.to_string());
        }
    }
}
