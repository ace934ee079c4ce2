//! Resolution: which place on Earth each name means.
//!
//! Every candidate of a name gets a score from evidence, population only as a prior:
//! - the kind of place: a name that is a country, region or continent is usually that;
//!   cities score by the logarithm of their population;
//! - a qualifier right after the name ("Antalya, in southern Turkey", "Victoria,
//!   British Columbia", "Paris, Texas") strongly favours candidates inside it;
//! - the other places of the text: candidates in countries (and US states) the text
//!   names elsewhere, or names often, gain;
//! - news convention: "Washington" is the capital, not the state, unless the text says
//!   "Washington state" (that spelling is its own gazetteer name).

use super::gazetteer::{Entry, Gazetteer, Kind};
use super::recognize::Hit;
use crate::doc::Doc;
use std::collections::HashMap;

/// The choice made for one name.
#[derive(Debug, Clone)]
pub struct Choice {
    /// Chosen entry.
    pub entry: u32,
    /// Confidence of the choice, 0..1.
    pub confidence: f64,
    /// Other candidates with their share of the score, best first (at most 3).
    pub alternatives: Vec<(u32, f64)>,
}

fn prior(e: &Entry) -> f64 {
    match e.kind {
        Kind::Country => 4.0,
        Kind::Continent => 3.5,
        Kind::Area => 3.0,
        Kind::Admin1 => 2.6,
        Kind::City => 0.7 * ((e.population_k as f64) + 1.0).log10(),
    }
}

/// The entries that qualify hit `h`: "X, Y" or "X, in (northern) Y" right after it.
fn qualifier<'h>(doc: &Doc, hits: &'h [Hit], k: usize) -> Option<&'h Hit> {
    let h = &hits[k];
    let next = hits.get(k + 1)?;
    let between = &doc.text()[h.end..next.start];
    let b = between.trim();
    let ok = b == ","
        || b == "("
        || (b.starts_with(',') && {
            let rest = b[1..].trim();
            let rest = rest.strip_prefix("in ").unwrap_or(rest);
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            rest.is_empty()
                || rest.split_whitespace().count() <= 2
                    && rest.split_whitespace().all(|w| {
                        matches!(
                            w,
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
                    })
        });
    ok.then_some(next)
}

/// Resolves every distinct name; returns, for each hit, its choice.
pub fn resolve(doc: &Doc, g: &Gazetteer, hits: &[Hit], demonym_countries: &[u32]) -> Vec<Choice> {
    // Evidence from the whole text: how often each country (and US state) is named,
    // by unambiguous names and demonyms.
    let mut country_weight: HashMap<&str, f64> = HashMap::new();
    let mut state_weight: HashMap<&str, f64> = HashMap::new();
    for h in hits {
        let es: Vec<&Entry> = h.entries.iter().map(|&e| &g.entries[e as usize]).collect();
        let share = 1.0 / es.len() as f64;
        for e in &es {
            if !e.country.is_empty() {
                *country_weight.entry(e.country).or_default() += share;
            }
            if e.kind == Kind::Admin1 && e.country == "US" {
                if let Some(code) = us_state_code(e.name) {
                    *state_weight.entry(code).or_default() += share;
                }
            }
        }
    }
    for &c in demonym_countries {
        *country_weight
            .entry(g.entries[c as usize].country)
            .or_default() += 0.5;
    }
    let total: f64 = country_weight.values().sum::<f64>().max(1.0);

    let mut out = Vec::with_capacity(hits.len());
    let mut memo: HashMap<(String, Option<u32>), Choice> = HashMap::new();
    for k in 0..hits.len() {
        let h = &hits[k];
        let qual = qualifier(doc, hits, k);
        // The qualifier's own best entry: a country or a first-level region.
        let qual_entry = qual.and_then(|q| {
            q.entries
                .iter()
                .map(|&e| &g.entries[e as usize])
                .filter(|e| matches!(e.kind, Kind::Country | Kind::Admin1))
                .max_by(|a, b| prior(a).total_cmp(&prior(b)))
        });
        let memo_key = (h.key.clone(), qual.map(|q| q.entries[0]));
        if let Some(c) = memo.get(&memo_key) {
            out.push(c.clone());
            continue;
        }
        let mut scored: Vec<(u32, f64)> = h
            .entries
            .iter()
            .map(|&ei| {
                let e = &g.entries[ei as usize];
                let mut s = prior(e);
                if let Some(q) = qual_entry {
                    let inside = match q.kind {
                        Kind::Country => e.country == q.country && e.kind != Kind::Country,
                        _ => {
                            e.country == q.country
                                && us_state_code(q.name).is_some_and(|c| c == e.admin1)
                        }
                    };
                    if inside {
                        s += 6.0;
                    }
                }
                if e.kind != Kind::Country && !e.country.is_empty() {
                    let w = country_weight.get(e.country).copied().unwrap_or(0.0);
                    // Its own mentions count once; others are evidence.
                    let own = 1.0 / h.entries.len() as f64;
                    let evidence = (w - own).max(0.0);
                    s += 2.5 * (evidence / total).sqrt();
                    if e.country == "US" && !e.admin1.is_empty() {
                        s += 0.8 * state_weight.get(e.admin1).copied().unwrap_or(0.0).min(2.0);
                    }
                }
                (ei, s)
            })
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1));
        // Softmax shares.
        let top = scored[0].1;
        let exps: Vec<f64> = scored.iter().map(|(_, s)| (s - top).exp()).collect();
        let sum: f64 = exps.iter().sum();
        let mut alternatives = Vec::new();
        let mut seen = vec![(
            g.entries[scored[0].0 as usize].name,
            g.entries[scored[0].0 as usize].country,
        )];
        for (i, (e, _)) in scored.iter().enumerate().skip(1) {
            let en = &g.entries[*e as usize];
            if seen.contains(&(en.name, en.country)) {
                continue;
            }
            seen.push((en.name, en.country));
            alternatives.push((*e, exps[i] / sum));
            if alternatives.len() == 3 {
                break;
            }
        }
        let choice = Choice {
            entry: scored[0].0,
            confidence: exps[0] / sum,
            alternatives,
        };
        memo.insert(memo_key, choice.clone());
        out.push(choice);
    }
    out
}

/// GeoNames admin-1 code of a US state, by name.
pub fn us_state_code(name: &str) -> Option<&'static str> {
    const STATES: &[(&str, &str)] = &[
        ("Alabama", "AL"),
        ("Alaska", "AK"),
        ("Arizona", "AZ"),
        ("Arkansas", "AR"),
        ("California", "CA"),
        ("Colorado", "CO"),
        ("Connecticut", "CT"),
        ("Delaware", "DE"),
        ("Florida", "FL"),
        ("Georgia", "GA"),
        ("Hawaii", "HI"),
        ("Idaho", "ID"),
        ("Illinois", "IL"),
        ("Indiana", "IN"),
        ("Iowa", "IA"),
        ("Kansas", "KS"),
        ("Kentucky", "KY"),
        ("Louisiana", "LA"),
        ("Maine", "ME"),
        ("Maryland", "MD"),
        ("Massachusetts", "MA"),
        ("Michigan", "MI"),
        ("Minnesota", "MN"),
        ("Mississippi", "MS"),
        ("Missouri", "MO"),
        ("Montana", "MT"),
        ("Nebraska", "NE"),
        ("Nevada", "NV"),
        ("New Hampshire", "NH"),
        ("New Jersey", "NJ"),
        ("New Mexico", "NM"),
        ("New York State", "NY"),
        ("North Carolina", "NC"),
        ("North Dakota", "ND"),
        ("Ohio", "OH"),
        ("Oklahoma", "OK"),
        ("Oregon", "OR"),
        ("Pennsylvania", "PA"),
        ("Rhode Island", "RI"),
        ("South Carolina", "SC"),
        ("South Dakota", "SD"),
        ("Tennessee", "TN"),
        ("Texas", "TX"),
        ("Utah", "UT"),
        ("Vermont", "VT"),
        ("Virginia", "VA"),
        ("Washington State", "WA"),
        ("West Virginia", "WV"),
        ("Wisconsin", "WI"),
        ("Wyoming", "WY"),
    ];
    STATES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}
