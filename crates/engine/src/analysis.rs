//! The `Analysis` value (schema `itinera.analysis/1`): the one thing that crosses from
//! the engine to the page, the command line and the exports.
//!
//! **Offsets.** Every `start`/`end` in a finished [`Analysis`] is a Unicode code-point
//! offset into the input text exactly as given (a Python `str` index), end exclusive.
//! While the pipeline runs, the stages fill these same types with *byte* offsets into the
//! normalised text ([`crate::text::Normalized::text`]); [`Analysis::map_offsets`] converts
//! them all once, at the end.

use serde::{Deserialize, Serialize};

/// The schema name written in [`Analysis::schema`].
pub const SCHEMA: &str = "itinera.analysis/1";

/// Everything the engine found in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Facts about the text itself.
    pub document: Document,
    /// Places named in the text, resolved to a point on Earth.
    pub places: Vec<Place>,
    /// People, names merged across mentions.
    pub people: Vec<Person>,
    /// Organisations (governments' agencies, alliances, companies, media).
    pub organisations: Vec<Organisation>,
    /// Temporal expressions, TimeML-style.
    pub times: Vec<Time>,
    /// One entry per sentence that links a time, places or people.
    pub events: Vec<Event>,
    /// The main traveller's ordered stops; `None` when the text describes no trip.
    pub trip: Option<Trip>,
    /// Other travellers the article follows beside the main one (a first lady, a second
    /// minister), each with their own ordered stops; empty when it follows one. Added to
    /// schema `itinera.analysis/1` (absent in older JSON, read as empty).
    #[serde(default)]
    pub companions: Vec<Trip>,
    /// Labelled topics, best first.
    pub topics: Vec<Topic>,
    /// Key phrases, best first.
    pub keyphrases: Vec<Keyphrase>,
}

/// Facts about the text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Length of the input in Unicode code points.
    pub chars: usize,
    /// Number of sentences found.
    pub sentences: usize,
    /// The title: the first non-boilerplate line when it looks like a headline.
    pub title: Option<String>,
    /// The reference date the times were normalised against (`YYYY-MM-DD`), if any.
    pub reference_date: Option<String>,
    /// Where [`Document::reference_date`] came from: `given`, `inferred` or `none`.
    pub reference_date_source: String,
    /// The dateline ("Moscow CNN —", "WASHINGTON (AP) —"), if the article has one.
    pub dateline: Option<Dateline>,
    /// Sentence spans, in order (offsets as everywhere else). An addition to the schema
    /// that lets a viewer show the article sentence by sentence.
    #[serde(default)]
    pub sentence_spans: Vec<Span>,
}

/// The dateline: the place the story was filed from. Not a place *of* the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    /// Id of the place in [`Analysis::places`], if it resolved.
    pub place: Option<String>,
    /// Start of the dateline's place name.
    pub start: usize,
    /// End of the dateline's place name (exclusive).
    pub end: usize,
}

/// A plain span of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

/// One occurrence of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text of the span, as in the input.
    pub text: String,
    /// True when the span names the place by its demonym or adjective ("Russian" for
    /// Russia, "European" for Europe) rather than by its name; only places have these.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demonym: bool,
}

/// What sort of place a [`Place`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A populated place.
    City,
    /// A sovereign country or dependent territory.
    Country,
    /// A first-level region (state, province) or a named part of a country.
    Region,
    /// A continent.
    Continent,
    /// Anything else (a sea, a landmark, a broad region such as the Middle East).
    Other,
}

/// Another candidate for an ambiguous place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alternative {
    /// The candidate's name.
    pub name: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// The candidate's score, 0..1.
    pub score: f64,
    /// GeoNames id, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u32>,
}

/// A place of the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// `p1`, `p2`, ...
    pub id: String,
    /// The place's name as the gazetteer spells it.
    pub name: String,
    /// What sort of place.
    pub kind: PlaceKind,
    /// GeoNames id, when known.
    pub geonameid: Option<u32>,
    /// ISO 3166-1 alpha-2 code of the country it lies in.
    pub country: Option<String>,
    /// Latitude in degrees (WGS84).
    pub lat: f64,
    /// Longitude in degrees (WGS84).
    pub lon: f64,
    /// How sure the resolution is, 0..1.
    pub confidence: f64,
    /// Up to three other candidates.
    pub alternatives: Vec<Alternative>,
    /// Where the text refers to it, in text order: by name, and by demonym or adjective
    /// ("Russian" for Russia, marked [`Mention::demonym`]), as geoparsing corpora count
    /// toponyms. Counting only names: `mentions.iter().filter(|m| !m.demonym)`.
    pub mentions: Vec<Mention>,
    /// The demonym mentions alone (also in `mentions`), kept for readers of the
    /// schema's first form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demonyms: Vec<Mention>,
}

/// A person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// `e1`, `e2`, ...
    pub id: String,
    /// The fullest form of the name found ("John Kerry").
    pub name: String,
    /// Title or role, if the text gives one ("U.S. Secretary of State").
    pub role: Option<String>,
    /// Where the text names or refers to the person.
    pub mentions: Vec<Mention>,
}

/// An organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    /// `o1`, `o2`, ...
    pub id: String,
    /// Its name.
    pub name: String,
    /// Where the text names it.
    pub mentions: Vec<Mention>,
}

/// A temporal expression (TimeML TIMEX3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Time {
    /// `t1`, `t2`, ...
    pub id: String,
    /// The text of the expression.
    pub text: String,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The normalised value (`2015-05-12`, `2014`, `2015-W20`, `P2Y`, `PRESENT_REF`...),
    /// or `None` when it cannot be normalised (no reference date).
    pub value: Option<String>,
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// A modifier such as `START` (early 2014), `END`, `MID`, `APPROX`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The number of a day in a day-by-day list ("Day 3" → 3), dated or not: it orders
    /// the list's days when the text gives none of them a date. An added field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_day: Option<u32>,
}

/// What a sentence says happened: who, where, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `v1`, `v2`, ...
    pub id: String,
    /// Index of the sentence (0-based).
    pub sentence: usize,
    /// A short summary ("Kerry met Putin").
    pub summary: String,
    /// Id of the time, if any.
    pub time: Option<String>,
    /// Ids of places.
    pub places: Vec<String>,
    /// Ids of people.
    pub people: Vec<String>,
    /// Start offset of the sentence.
    pub start: usize,
    /// End offset of the sentence (exclusive).
    pub end: usize,
}

/// The main traveller's journey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trip {
    /// Id of the traveller in [`Analysis::people`], if known; or, when a group or a
    /// vessel that no person leads makes the journey, its name as the text gives it
    /// ("All Blacks", "HMS Beagle", "Olympic torch"), which is no id in `people`. See
    /// [`Analysis::traveller_name`].
    pub traveller: Option<String>,
    /// The stops in travel order.
    pub stops: Vec<Stop>,
}

/// Whether a stop has happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StopStatus {
    /// Reported as done.
    Done,
    /// Reported as planned or expected.
    Planned,
}

/// The part a stop plays in the trip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StopRole {
    /// Where the trip starts.
    Origin,
    /// A stop.
    Stop,
    /// Passed through.
    Transit,
    /// Back home.
    Return,
}

/// One stop of the trip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stop {
    /// 1, 2, ... in travel order.
    pub order: usize,
    /// Id of the place.
    pub place: String,
    /// Id of the time, if known.
    pub time: Option<String>,
    /// Done or planned.
    pub status: StopStatus,
    /// Origin, stop, transit or return.
    pub role: StopRole,
    /// The words that say the traveller is there.
    pub evidence: Span,
}

/// A topic of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// A short label ("Iran nuclear negotiations").
    pub label: String,
    /// Weight, 0..1.
    pub score: f64,
    /// The key phrases grouped under it.
    pub keyphrases: Vec<String>,
    /// Ids of places it involves.
    pub places: Vec<String>,
    /// Ids of people it involves.
    pub people: Vec<String>,
    /// Where the text speaks of it.
    pub mentions: Vec<Mention>,
}

/// A key phrase with its score (higher is more important).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyphrase {
    /// The phrase.
    pub text: String,
    /// Score, 0..1.
    pub score: f64,
}

impl Analysis {
    /// An analysis with nothing found.
    pub fn empty() -> Analysis {
        Analysis {
            schema: SCHEMA.to_string(),
            document: Document {
                reference_date_source: "none".into(),
                ..Document::default()
            },
            places: Vec::new(),
            people: Vec::new(),
            organisations: Vec::new(),
            times: Vec::new(),
            events: Vec::new(),
            trip: None,
            companions: Vec::new(),
            topics: Vec::new(),
            keyphrases: Vec::new(),
        }
    }

    /// The name of the traveller of `trip`: the person's name when the traveller is an
    /// id in `people`, else the group's name the trip gives.
    pub fn traveller_name<'a>(&'a self, trip: &'a Trip) -> Option<&'a str> {
        let t = trip.traveller.as_deref()?;
        Some(
            self.people
                .iter()
                .find(|p| p.id == t)
                .map_or(t, |p| p.name.as_str()),
        )
    }

    /// Rewrites every span with `f(start, end) -> (start, end)`, and every mention's
    /// `text` with `text_of(start, end)` of the new span.
    pub fn map_offsets(
        &mut self,
        f: &dyn Fn(usize, usize) -> (usize, usize),
        text_of: &dyn Fn(usize, usize) -> String,
    ) {
        let span = |s: &mut usize, e: &mut usize| {
            let (a, b) = f(*s, *e);
            *s = a;
            *e = b;
        };
        let mention = |m: &mut Mention| {
            let (a, b) = f(m.start, m.end);
            m.start = a;
            m.end = b;
            m.text = text_of(a, b);
        };
        if let Some(d) = &mut self.document.dateline {
            span(&mut d.start, &mut d.end);
        }
        for s in &mut self.document.sentence_spans {
            span(&mut s.start, &mut s.end);
        }
        for p in &mut self.places {
            p.mentions.iter_mut().for_each(mention);
            p.demonyms.iter_mut().for_each(mention);
        }
        for p in &mut self.people {
            p.mentions.iter_mut().for_each(mention);
        }
        for o in &mut self.organisations {
            o.mentions.iter_mut().for_each(mention);
        }
        for t in &mut self.times {
            span(&mut t.start, &mut t.end);
            t.text = text_of(t.start, t.end);
        }
        for v in &mut self.events {
            span(&mut v.start, &mut v.end);
        }
        for trip in self.trip.iter_mut().chain(self.companions.iter_mut()) {
            for s in &mut trip.stops {
                span(&mut s.evidence.start, &mut s.evidence.end);
            }
        }
        for t in &mut self.topics {
            t.mentions.iter_mut().for_each(mention);
        }
    }
}
