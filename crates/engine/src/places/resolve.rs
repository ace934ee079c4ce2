//! Resolution: which place on Earth each name means.
//!
//! Every candidate of a name gets a score from evidence, population only as a prior:
//! - the kind of place: a name that is a country, region or continent is usually that;
//!   cities score by the logarithm of their population;
//! - a qualifier right after the name ("Antalya, in southern Turkey", "Victoria,
//!   British Columbia", "Paris, Texas") strongly favours candidates inside it;
//! - the other places of the text: candidates in countries (and US states) the text
//!   names elsewhere, or names often, gain (a name repeated is no evidence for itself);
//! - the words after a name: a town's institutions or people ("Jordan Elementary
//!   School", "a Palestine man") make a name shared with a country the town's;
//! - then the text's focus, for every name no qualifier settles: each other name counts
//!   for where its likely candidates lie, so a namesake in the first-order region most
//!   of the text is in, or next to its towns, gains over a bigger namesake elsewhere
//!   (Palestine, Texas in a story about Anderson County), and a country gains by its
//!   demonyms and the places in and around it (Georgia beside Armenia);
//! - news convention: "Washington" is the capital, not the state, unless the text says
//!   "Washington state" (that spelling is its own gazetteer name).

use super::gazetteer::{Entry, Gazetteer, Kind, SMALL};
use super::recognize::Hit;
use crate::doc::Doc;
use crate::segment::TokenKind;
use rustc_hash::{FxHashMap, FxHashSet};

/// The choice made for one name.
#[derive(Debug, Clone)]
pub struct Choice {
    /// Chosen entry.
    pub entry: u32,
    /// Confidence of the choice, 0..1.
    pub confidence: f64,
    /// Other candidates with their share of the score, best first (at most 3).
    pub alternatives: Vec<(u32, f64)>,
    /// Every candidate with its raw score, best first.
    scored: Vec<(u32, f64)>,
}

fn prior(e: &Entry) -> f64 {
    match e.kind {
        Kind::Country => 4.0,
        Kind::Continent => 3.5,
        Kind::Area => 3.0,
        Kind::Admin1 => 2.6,
        Kind::Admin2 => 2.2,
        Kind::City => 0.7 * ((e.population_k as f64) + 1.0).log10(),
    }
}

/// The hit that qualifies hit `k`: "X, Y", "X (Y)", "X, in (northern) Y" or "X in
/// (northern) Y", "X near Y" right after it. Whether it is a region or a country is
/// for the caller to check ("Obama in Chicago" qualifies nothing).
fn qualifier<'h>(doc: &Doc, hits: &'h [Hit], k: usize) -> Option<&'h Hit> {
    let h = &hits[k];
    let next = hits.get(k + 1)?;
    let between = &doc.text()[h.end..next.start];
    let b = between.trim();
    // After "," or alone: "in" or "near", "the", then at most two compass words.
    let rest = if let Some(r) = b.strip_prefix(',') {
        r
    } else if b.starts_with("in") || b.starts_with("near") {
        b
    } else {
        return (b == "(").then_some(next);
    };
    let mut words = rest.split_whitespace().peekable();
    let preposition = words.next_if(|w| matches!(*w, "in" | "near")).is_some();
    if !preposition && !b.starts_with(',') {
        return None;
    }
    // "X, in the north of Y" no, "X, in the Y" yes; but "X, the Y" is a list.
    if preposition {
        words.next_if_eq(&"the");
    }
    let compass: Vec<&str> = words.collect();
    let ok = compass.len() <= 2
        && compass.iter().all(|w| {
            matches!(
                *w,
                "northern"
                    | "southern"
                    | "eastern"
                    | "western"
                    | "central"
                    | "northeastern"
                    | "northwestern"
                    | "southeastern"
                    | "southwestern"
                    | "north"
                    | "south"
                    | "east"
                    | "west"
                    | "coastal"
            )
        });
    ok.then_some(next)
}

/// Distance (km) from a county's point within which a town qualified by the county
/// ("X, in Gloucestershire") counts as inside it.
const COUNTY_KM: f64 = 80.0;

/// Score taken from a small place of the second tier (under [`SMALL_K`] thousand
/// people; the tier also holds other spellings of bigger cities): it needs a qualifier
/// or the text's focus to win over a namesake of the main tier.
const SMALL_PENALTY: f64 = 1.0;
/// Population (thousands) under which a place is small.
const SMALL_K: u32 = 15;

/// Score added to a country or region candidate of a name that qualifies the name
/// before it ("X, Ontario").
const QUALIFIER_SLOT: f64 = 1.5;

/// Score taken from a country (or a named area) when some mention of its name is
/// followed by a town's institutions or people (see [`municipal`]).
const MUNICIPAL: f64 = 4.0;

/// Whether the words right after hit `h` make it a town's: its institutions and people
/// ("Jordan Elementary School", "the Lebanon police department", "a Palestine man",
/// "Paris City Council"). A country is named otherwise ("Lebanese police").
fn municipal(doc: &Doc, h: &Hit) -> bool {
    let text = doc.text();
    let sentence = doc.tokens[h.first_token].sentence;
    let mut words = doc.tokens[h.end_token.min(doc.tokens.len())..]
        .iter()
        .take_while(|t| t.sentence == sentence && t.kind == TokenKind::Word)
        .take(2)
        .map(|t| text[t.start..t.end].to_ascii_lowercase());
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    match first.as_str() {
        "man" | "woman" | "boy" | "girl" | "teen" | "mayor" | "township" | "aldermen"
        | "elementary" => true,
        "city" | "town" | "village" | "high" | "middle" | "junior" | "school" | "public"
        | "fire" | "police" | "independent" => second.is_some_and(|w| {
            matches!(
                w.as_str(),
                "council"
                    | "hall"
                    | "manager"
                    | "limits"
                    | "school"
                    | "schools"
                    | "district"
                    | "board"
                    | "library"
                    | "department"
                    | "chief"
                    | "commission"
            )
        }),
        _ => false,
    }
}

/// How much a mention counts towards the text's focus: 1.5 in the first sentence (the
/// title or lead), falling towards 0.5 as the text goes on (`sentence` is 0-based).
fn earliness(doc: &Doc, h: &Hit) -> f64 {
    let sentence = doc.tokens[h.first_token].sentence as f64;
    0.5 + 1.0 / (1.0 + sentence / 5.0)
}

/// Population (thousands) from which a city is big enough to be what its name means
/// wherever the text names its country.
const BIG_CITY_K: u32 = 500;

/// Resolves every distinct name; returns, for each hit, its choice.
pub fn resolve(doc: &Doc, g: &Gazetteer, hits: &[Hit], demonym_countries: &[u32]) -> Vec<Choice> {
    // Evidence from the whole text: how often each country (and US state) is named,
    // by unambiguous names and demonyms.
    let mut country_weight: FxHashMap<&str, f64> = FxHashMap::default();
    // Each name's own part of it: a name is no evidence for itself, however often the
    // text repeats it.
    let mut own_weight: FxHashMap<(&str, &str), f64> = FxHashMap::default();
    let mut state_weight: FxHashMap<(&str, &str), f64> = FxHashMap::default();
    // Countries the text names as countries (a name with one country sense and no
    // region sense: "Egypt", not "Georgia").
    let mut named_countries: FxHashSet<&str> = FxHashSet::default();
    for h in hits {
        let early = earliness(doc, h);
        // The small places of a name that the main tier also has are no evidence of
        // where the text is: only what the text says can make them win.
        let main_tier = h.entries.iter().any(|&e| e < SMALL);
        let es: Vec<Entry> = h
            .entries
            .iter()
            .filter(|&&e| e < SMALL || !main_tier)
            .map(|&e| g.entry(e))
            .collect();
        let mut countries = es.iter().filter(|e| e.kind == Kind::Country);
        if let (Some(c), None) = (countries.next(), countries.next()) {
            if !es
                .iter()
                .any(|e| matches!(e.kind, Kind::Admin1 | Kind::Admin2))
            {
                named_countries.insert(c.country);
            }
        }
        let share = early / es.len() as f64;
        // A name counts for each country it may be in alike, however many namesakes
        // one country has (the United States has a town of most names).
        let mut in_countries: Vec<&str> = es.iter().map(|e| e.country).collect();
        in_countries.sort_unstable();
        in_countries.dedup();
        let per_country = early / in_countries.len() as f64;
        for c in in_countries.into_iter().filter(|c| !c.is_empty()) {
            *country_weight.entry(c).or_default() += per_country;
            *own_weight.entry((h.key.as_str(), c)).or_default() += per_country;
        }
        for e in &es {
            // Regions count fully, counties and towns that name one region half.
            let w = match e.kind {
                Kind::Admin1 => share,
                Kind::Admin2 => share / 2.0,
                Kind::City if es.len() == 1 => 0.5 * early,
                _ => 0.0,
            };
            if w > 0.0 && !e.admin1.is_empty() {
                *state_weight.entry((e.country, e.admin1)).or_default() += w;
            }
        }
    }
    for &c in demonym_countries {
        *country_weight.entry(g.entry(c).country).or_default() += 0.5;
    }
    let total: f64 = country_weight.values().sum::<f64>().max(1.0);

    let mut out = Vec::with_capacity(hits.len());
    let mut memo: FxHashMap<(String, Option<u32>, bool), Choice> = FxHashMap::default();
    // One sense per text: a name qualified somewhere ("Geneva, Switzerland") means the
    // same place where it stands alone.
    let mut qualified: FxHashMap<&str, &Hit> = FxHashMap::default();
    // Hits that qualify the name before them ("Ontario" in "Sault Ste. Marie,
    // Ontario"): a qualifier is a region or a country more often than a town.
    let mut is_qualifier = vec![false; hits.len()];
    let mut settled = vec![false; hits.len()];
    for (k, h) in hits.iter().enumerate() {
        if let Some(q) = qualifier(doc, hits, k) {
            qualified.entry(h.key.as_str()).or_insert(q);
            is_qualifier[k + 1] = true;
        }
    }
    // Names that some mention gives a town's institutions or people: one sense per text.
    let town_keys: FxHashSet<&str> = hits
        .iter()
        .filter(|h| municipal(doc, h))
        .map(|h| h.key.as_str())
        .collect();
    for k in 0..hits.len() {
        let h = &hits[k];
        let qual = qualifier(doc, hits, k).or_else(|| qualified.get(h.key.as_str()).copied());
        // Settled by the sentence: qualified, or itself a qualifier.
        settled[k] = qual.is_some() || is_qualifier[k];
        // The qualifier's own best entry: a country or a first-level region.
        let qual_entry = qual.and_then(|q| {
            q.entries
                .iter()
                .map(|&e| g.entry(e))
                .filter(|e| matches!(e.kind, Kind::Country | Kind::Admin1 | Kind::Admin2))
                .max_by(|a, b| prior(a).total_cmp(&prior(b)))
        });
        let town = town_keys.contains(h.key.as_str());
        let memo_key = (h.key.clone(), qual.map(|q| q.entries[0]), is_qualifier[k]);
        if let Some(c) = memo.get(&memo_key) {
            out.push(c.clone());
            continue;
        }
        // The candidates, decoded once (small places are read from their table line).
        let cands: Vec<Entry> = h.entries.iter().map(|&e| g.entry(e)).collect();
        let country_sense = cands
            .iter()
            .any(|o| matches!(o.kind, Kind::Country | Kind::Continent | Kind::Area));
        let scored: Vec<(u32, f64)> = h
            .entries
            .iter()
            .zip(&cands)
            .map(|(&ei, &e)| {
                let mut s = prior(&e);
                if ei >= SMALL && e.population_k < SMALL_K {
                    s -= SMALL_PENALTY;
                }
                // A region named after its city ("Lisboa" district, "Berlin" state)
                // yields to the city.
                if e.kind == Kind::Admin1
                    && cands.iter().any(|o| {
                        o.kind == Kind::City && o.country == e.country && o.admin1 == e.admin1
                    })
                {
                    s -= 2.0;
                }
                if matches!(e.kind, Kind::Country | Kind::Continent | Kind::Area) && town {
                    s -= MUNICIPAL;
                }
                if is_qualifier[k] && matches!(e.kind, Kind::Country | Kind::Admin1 | Kind::Admin2)
                {
                    s += QUALIFIER_SLOT;
                }
                if let Some(q) = qual_entry {
                    let inside = match q.kind {
                        Kind::Country => e.country == q.country && e.kind != Kind::Country,
                        // A county: in its region and near its point.
                        Kind::Admin2 => {
                            e.country == q.country
                                && e.admin1 == q.admin1
                                && e.kind == Kind::City
                                && km(e.lat, e.lon, q.lat, q.lon) < COUNTY_KM
                        }
                        _ => {
                            e.country == q.country
                                && !q.admin1.is_empty()
                                && e.admin1 == q.admin1
                                && e.kind != Kind::Admin1
                        }
                    };
                    if inside {
                        s += 6.0;
                    }
                }
                // A name that is a country, a continent or a named area means that
                // unless qualified: the text's evidence does not turn "Mexico" into
                // Mexico City, nor into Mexico, Missouri, nor "Atlantic" into Atlantic,
                // Iowa.
                // (Unless the text makes it a town's.)
                let country_named = e.kind == Kind::City && country_sense && !town;
                if e.kind != Kind::Country && !e.country.is_empty() && !country_named {
                    let w = country_weight.get(e.country).copied().unwrap_or(0.0);
                    // This name's own candidates in that country are no evidence.
                    let own = own_weight
                        .get(&(h.key.as_str(), e.country))
                        .copied()
                        .unwrap_or(0.0);
                    let evidence = (w - own).max(0.0);
                    s += 2.5 * (evidence / total).sqrt();
                }
                // A big city of a country the text names is that city ("Cairo" in a
                // text that names Egypt), whatever towns of the name lie elsewhere.
                if e.kind == Kind::City
                    && e.population_k >= BIG_CITY_K
                    && named_countries.contains(e.country)
                {
                    s += 2.0;
                }
                if e.kind != Kind::Admin1 && !e.admin1.is_empty() {
                    let w = state_weight
                        .get(&(e.country, e.admin1))
                        .copied()
                        .unwrap_or(0.0);
                    s += 0.8 * w.min(2.0);
                }
                (ei, s)
            })
            .collect();
        let choice = to_choice(g, scored);
        memo.insert(memo_key, choice.clone());
        out.push(choice);
    }
    coherence(g, hits, &mut out);
    focus(doc, g, hits, &mut out, &settled, demonym_countries);
    out
}

/// Share of a name's score from which one of its candidates is evidence of where the
/// text is (at most [`EVIDENCE_CANDIDATES`] of them, best first).
const EVIDENCE_SHARE: f64 = 0.1;
const EVIDENCE_CANDIDATES: usize = 6;
/// Score for a candidate (town, county or region) by the share of the text's evidence
/// that lies in its first-order region (a US state, a province).
const REGION_FOCUS: f64 = 3.0;
/// Distance (km) within which a place of the text makes a town candidate its
/// neighbour, and the score per such neighbour (at most two count).
const NEIGHBOUR_KM: f64 = 50.0;
const NEIGHBOUR: f64 = 1.0;
/// Distance (km) from a country's point within which a place abroad counts for the
/// country ("Armenia" and "Azerbaijan" for Georgia the country), and the score per such
/// place or demonym of the country (at most two count).
const ABROAD_KM: f64 = 1500.0;
const COUNTRY_SUPPORT: f64 = 1.5;

/// One piece of evidence of where the text is: a candidate of another name, weighted by
/// its share of that name's score and by how early the name comes.
struct Evidence {
    key: usize,
    entry: Entry,
    weight: f64,
    /// The weight with each mention counted at most once, for neighbours.
    counted: f64,
}

/// The first-order region an entry lies in (or is).
fn region_of(e: &Entry) -> Option<(&'static str, &'static str)> {
    match e.kind {
        Kind::City | Kind::Admin1 | Kind::Admin2 if !e.admin1.is_empty() => {
            Some((e.country, e.admin1))
        }
        _ => None,
    }
}

/// The text's focus: a name that no qualifier settles is re-scored by where the text's
/// other names lie. Each other name is evidence, spread over its likely candidates by
/// their share of its score and counted by how early it comes. A candidate town, county
/// or region gains by the share of the evidence in its first-order region ("Palestine"
/// in a text about Anderson County, Texas) and by places of the text within
/// [`NEIGHBOUR_KM`]; a country gains by its demonyms and by places in it or near it
/// ("Georgia" beside Armenia and "Georgian"). Candidates in the country that the name
/// also names gain nothing: that evidence holds the country too ("Mexico" is not Mexico
/// City in a text about Mexico).
fn focus(
    doc: &Doc,
    g: &Gazetteer,
    hits: &[Hit],
    out: &mut [Choice],
    settled: &[bool],
    demonym_countries: &[u32],
) {
    // Name ids, so a name is never its own evidence.
    let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
    let key_id: Vec<usize> = hits
        .iter()
        .map(|h| {
            let n = ids.len();
            *ids.entry(h.key.as_str()).or_insert(n)
        })
        .collect();
    // The evidence, one item per name and candidate (its mentions summed).
    let mut by_item: FxHashMap<(usize, u32), (f64, f64)> = FxHashMap::default();
    for (k, h) in hits.iter().enumerate() {
        let early = earliness(doc, h);
        let c = &out[k];
        let top = c.scored[0].1;
        let sum: f64 = c.scored.iter().map(|(_, s)| (s - top).exp()).sum();
        for &(e, s) in c.scored.iter().take(EVIDENCE_CANDIDATES) {
            let share = (s - top).exp() / sum;
            if share < EVIDENCE_SHARE {
                break;
            }
            let item = by_item.entry((key_id[k], e)).or_default();
            item.0 += early * share;
            item.1 += (early * share).min(1.0);
        }
    }
    let mut evidence: Vec<Evidence> = by_item
        .into_iter()
        .map(|((key, e), (weight, counted))| Evidence {
            key,
            entry: g.entry(e),
            weight,
            counted,
        })
        .collect();
    // Sorted by latitude for the neighbour search (then by name and place, so the sums
    // are the same on every run).
    evidence.sort_by(|a, b| {
        a.entry
            .lat
            .total_cmp(&b.entry.lat)
            .then(a.key.cmp(&b.key))
            .then(a.entry.lon.total_cmp(&b.entry.lon))
    });
    // Weight per first-order region, in all and per name.
    let mut region_w: FxHashMap<(&str, &str), f64> = FxHashMap::default();
    let mut region_own: FxHashMap<(usize, &str, &str), f64> = FxHashMap::default();
    let mut own_total: FxHashMap<usize, f64> = FxHashMap::default();
    let mut region_total = 0.0;
    for t in &evidence {
        if let Some((c, a)) = region_of(&t.entry) {
            *region_w.entry((c, a)).or_default() += t.weight;
            *region_own.entry((t.key, c, a)).or_default() += t.weight;
            *own_total.entry(t.key).or_default() += t.weight;
            region_total += t.weight;
        }
    }
    let band = NEIGHBOUR_KM / 111.0;
    let mut done: FxHashMap<usize, Choice> = FxHashMap::default();
    for k in 0..hits.len() {
        let c = &out[k];
        if settled[k] || c.scored.len() < 2 {
            continue;
        }
        let id = key_id[k];
        if let Some(redone) = done.get(&id) {
            out[k] = redone.clone();
            continue;
        }
        let others_total = region_total - own_total.get(&id).copied().unwrap_or(0.0);
        let named_country = c
            .scored
            .iter()
            .map(|&(e, _)| g.entry(e))
            .find(|e| e.kind == Kind::Country)
            .map(|e| e.country);
        let scored: Vec<(u32, f64)> = c
            .scored
            .iter()
            .map(|&(ei, s)| {
                let e = g.entry(ei);
                let mut bonus = 0.0;
                let held = e.kind != Kind::Country && named_country == Some(e.country);
                if let (Some((rc, ra)), false) = (region_of(&e), held) {
                    if others_total > 1e-9 {
                        let all = region_w.get(&(rc, ra)).copied().unwrap_or(0.0);
                        let own = region_own.get(&(id, rc, ra)).copied().unwrap_or(0.0);
                        bonus += REGION_FOCUS * ((all - own) / others_total).clamp(0.0, 1.0);
                    }
                    if matches!(e.kind, Kind::City | Kind::Admin2) {
                        let from = evidence.partition_point(|t| t.entry.lat < e.lat - band);
                        let near: f64 = evidence[from..]
                            .iter()
                            .take_while(|t| t.entry.lat <= e.lat + band)
                            .filter(|t| t.key != id)
                            .filter(|t| matches!(t.entry.kind, Kind::City | Kind::Admin2))
                            .filter(|t| km(e.lat, e.lon, t.entry.lat, t.entry.lon) < NEIGHBOUR_KM)
                            .map(|t| t.counted)
                            .sum();
                        bonus += NEIGHBOUR * near.min(2.0);
                    }
                }
                if e.kind == Kind::Country {
                    let abroad: f64 = evidence
                        .iter()
                        .filter(|t| t.key != id)
                        .filter(|t| {
                            t.entry.country == e.country && t.entry.kind != Kind::Country
                                || !matches!(t.entry.kind, Kind::Continent | Kind::Area)
                                    && km(e.lat, e.lon, t.entry.lat, t.entry.lon) < ABROAD_KM
                        })
                        .map(|t| t.counted)
                        .sum();
                    let demonyms = demonym_countries
                        .iter()
                        .filter(|&&d| g.entry(d).country == e.country)
                        .count() as f64;
                    bonus += COUNTRY_SUPPORT * (abroad + demonyms).min(2.0);
                }
                (ei, s + bonus)
            })
            .collect();
        let choice = to_choice(g, scored);
        done.insert(id, choice.clone());
        out[k] = choice;
    }
}

/// The choice from raw candidate scores: softmax shares, at most 3 distinct
/// alternatives.
fn to_choice(g: &Gazetteer, mut scored: Vec<(u32, f64)>) -> Choice {
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let top = scored[0].1;
    let exps: Vec<f64> = scored.iter().map(|(_, s)| (s - top).exp()).collect();
    let sum: f64 = exps.iter().sum();
    let mut alternatives = Vec::new();
    let mut seen = vec![(g.entry(scored[0].0).name, g.entry(scored[0].0).country)];
    for (i, (e, _)) in scored.iter().enumerate().skip(1) {
        let en = g.entry(*e);
        if seen.contains(&(en.name, en.country)) {
            continue;
        }
        seen.push((en.name, en.country));
        alternatives.push((*e, exps[i] / sum));
        if alternatives.len() == 3 {
            break;
        }
    }
    Choice {
        entry: scored[0].0,
        confidence: exps[0] / sum,
        alternatives,
        scored,
    }
}

/// Hits on either side whose choice counts as context for a doubtful one.
const WINDOW: usize = 4;
/// Distance (km) within which a confident town anywhere in the text supports a
/// candidate, and how much (a neighbour inside the window counts 1).
const FAR_NEAR_KM: f64 = 100.0;
const FAR_WEIGHT: f64 = 0.5;
/// Confidence below which a choice listens to its neighbours, and above which a
/// neighbour is trusted.
const DOUBT: f64 = 0.75;

/// Places named together lie together: a doubtful name ("Windsor" in a text about a
/// state visit to England) gains for candidates near the confident places named around
/// it (within 300 km, or in the same region or country).
fn coherence(g: &Gazetteer, hits: &[Hit], out: &mut [Choice]) {
    let mut support: FxHashMap<&str, Vec<f64>> = FxHashMap::default();
    // Per doubtful name: how often it occurs and where first.
    let mut seen: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for k in 0..hits.len() {
        let c = &out[k];
        let country_named = c
            .scored
            .iter()
            .any(|&(e, _)| g.entry(e).kind == Kind::Country);
        if c.confidence >= DOUBT || c.scored.len() < 2 {
            continue;
        }
        seen.entry(hits[k].key.as_str()).or_insert((0, k)).0 += 1;
        let lo = k.saturating_sub(WINDOW);
        let hi = (k + WINDOW + 1).min(hits.len());
        let sums = support
            .entry(hits[k].key.as_str())
            .or_insert_with(|| vec![0.0; c.scored.len()]);
        for n in lo..hi {
            if hits[n].key == hits[k].key || out[n].confidence < DOUBT {
                continue;
            }
            let ne = g.entry(out[n].entry);
            for (i, &(e, _)) in c.scored.iter().enumerate() {
                sums[i] += closeness(&g.entry(e), &ne, country_named);
            }
        }
    }
    // Anywhere in the text, a confident town close by counts too ("Madison County"
    // beside Alton, Illinois, three paragraphs on): each distinct one once per name.
    let mut towns: Vec<(f64, f64, u32)> = hits
        .iter()
        .zip(out.iter())
        .filter(|(_, c)| c.confidence >= DOUBT)
        .map(|(_, c)| (g.entry(c.entry), c.entry))
        .filter(|(e, _)| e.kind == Kind::City)
        .map(|(e, id)| (e.lat, e.lon, id))
        .collect();
    towns.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.2.cmp(&b.2)));
    towns.dedup_by_key(|t| t.2);
    let band = FAR_NEAR_KM / 111.0;
    let mut far: FxHashMap<&str, Vec<f64>> = FxHashMap::default();
    for (&key, &(_, k)) in &seen {
        // A name that is also a country's means the country (see `resolve`).
        let country_named = out[k]
            .scored
            .iter()
            .any(|&(e, _)| g.entry(e).kind == Kind::Country);
        let counts = out[k]
            .scored
            .iter()
            .map(|&(e, _)| {
                let e = g.entry(e);
                if e.kind == Kind::Country || country_named {
                    return 0.0;
                }
                let from = towns.partition_point(|t| t.0 < e.lat - band);
                towns[from..]
                    .iter()
                    .take_while(|t| t.0 <= e.lat + band)
                    .filter(|t| km(e.lat, e.lon, t.0, t.1) < FAR_NEAR_KM)
                    .count() as f64
            })
            .collect();
        far.insert(key, counts);
    }
    let joint = joint_support(g, &seen, out);
    let mut redone: FxHashMap<&str, Choice> = FxHashMap::default();
    for (key, sums) in support {
        let (n, k) = seen.get(key).copied().unwrap_or((1, 0));
        let n = n.max(1) as f64;
        let scored = out[k]
            .scored
            .iter()
            .zip(&sums)
            .enumerate()
            .map(|(i, (&(e, s), &w))| {
                let together = joint.get(&(k, i)).copied().unwrap_or(0).min(2) as f64;
                let near = far.get(key).and_then(|f| f.get(i)).copied().unwrap_or(0.0);
                let w = w / n + FAR_WEIGHT * near;
                (e, s + 1.5 * w.min(2.0) + JOINT_WEIGHT * together)
            })
            .collect();
        redone.insert(key, to_choice(g, scored));
    }
    for (k, h) in hits.iter().enumerate() {
        if out[k].confidence < DOUBT {
            if let Some(c) = redone.get(h.key.as_str()) {
                if c.scored.len() == out[k].scored.len() {
                    out[k] = c.clone();
                }
            }
        }
    }
}

/// Distance (km) within which candidates of two doubtful names support each other, the
/// score each other name adds (at most two count), and how many of a name's best
/// candidates take part.
const JOINT_KM: f64 = 50.0;
const JOINT_WEIGHT: f64 = 1.0;
const JOINT_CANDIDATES: usize = 24;

/// Doubtful names lie together too: "Paris and Henry County" are the Paris and the Henry
/// County that lie within [`JOINT_KM`] of each other. For each doubtful name (its first
/// hit `k` in `seen`) and candidate index `i`, how many other doubtful names have a
/// candidate that close. Candidates are swept in order of latitude, so the cost grows
/// with their number, not its square, unless they crowd one band.
fn joint_support(
    g: &Gazetteer,
    seen: &FxHashMap<&str, (usize, usize)>,
    out: &[Choice],
) -> FxHashMap<(usize, usize), usize> {
    let mut points: Vec<(f64, f64, usize, usize)> = Vec::new();
    for &(_, k) in seen.values() {
        for (i, &(e, _)) in out[k].scored.iter().take(JOINT_CANDIDATES).enumerate() {
            let e = g.entry(e);
            if matches!(e.kind, Kind::City | Kind::Admin2) {
                points.push((e.lat, e.lon, k, i));
            }
        }
    }
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Degrees of latitude within JOINT_KM.
    let band = JOINT_KM / 111.0;
    let mut pairs: FxHashSet<(usize, usize, usize)> = FxHashSet::default();
    for (a, p) in points.iter().enumerate() {
        // Degrees of longitude within JOINT_KM at this latitude (bounded near the poles).
        let lon_band = band / p.0.to_radians().cos().max(0.2);
        for q in points[a + 1..].iter().take_while(|q| q.0 - p.0 < band) {
            if p.2 != q.2 && (q.1 - p.1).abs() < lon_band && km(p.0, p.1, q.0, q.1) < JOINT_KM {
                pairs.insert((p.2, p.3, q.2));
                pairs.insert((q.2, q.3, p.2));
            }
        }
    }
    let mut counts: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for (k, i, _) in pairs {
        *counts.entry((k, i)).or_default() += 1;
    }
    counts
}

/// How strongly a trusted neighbour `n` supports candidate `e`, 0..1. When the name is
/// also a country's (`country_named`), only a neighbour near a town counts for the town.
fn closeness(e: &Entry, n: &Entry, country_named: bool) -> f64 {
    let same_country = e.country == n.country && !e.country.is_empty();
    let same_region = same_country && !n.admin1.is_empty() && e.admin1 == n.admin1;
    let near = match n.kind {
        Kind::City => km(e.lat, e.lon, n.lat, n.lon) < 300.0,
        Kind::Admin1 | Kind::Admin2 => same_region,
        _ => false,
    };
    let loose = if country_named { 0.0 } else { 1.0 };
    match e.kind {
        // A country or region holds the places named around it.
        Kind::Country => f64::from(u8::from(same_country)),
        Kind::Admin1 => {
            0.7 * f64::from(u8::from(same_region)) + 0.3 * f64::from(u8::from(same_country))
        }
        Kind::Continent | Kind::Area => 0.0,
        _ if near => 1.0,
        _ if n.kind == Kind::Country => loose * 0.5 * f64::from(u8::from(same_country)),
        _ => loose * 0.3 * f64::from(u8::from(same_country)),
    }
}

/// Great-circle distance in kilometres.
pub(crate) fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}
