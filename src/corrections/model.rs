//! What a correction is: a [`Ref`] to what it changes, a [`Candidate`] place, and the
//! [`Correction`] itself, which travels as JSON in share links and local storage.

use itinera_engine::analysis::{Alternative, PlaceKind};
use serde::{Deserialize, Serialize};

/// Names a place or a person of an analysis: its id and its name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ref {
    /// The id in the analysis (`p4`, `e1`).
    pub id: String,
    /// The name at the time of the correction.
    pub name: String,
}

impl Ref {
    /// A reference to `id` named `name`.
    pub fn new(id: &str, name: &str) -> Ref {
        Ref {
            id: id.to_string(),
            name: name.to_string(),
        }
    }

    /// Index of the item this names in `items` (given as `(id, name)` pairs): the one with
    /// the same id and name, else the first with the same name.
    pub(crate) fn find<'a>(
        &self,
        items: impl Iterator<Item = (&'a str, &'a str)> + Clone,
    ) -> Option<usize> {
        items
            .clone()
            .position(|(id, name)| id == self.id && name == self.name)
            .or_else(|| items.clone().position(|(_, name)| name == self.name))
    }
}

/// Where an ambiguous place really is: one of its `alternatives`, or a gazetteer entry
/// the reader picked by name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// The name as the gazetteer spells it.
    pub name: String,
    /// Latitude in degrees (WGS84).
    pub lat: f64,
    /// Longitude in degrees (WGS84).
    pub lon: f64,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// GeoNames id, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u32>,
    /// What sort of place, when known (gazetteer picks know it, alternatives do not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PlaceKind>,
}

impl Candidate {
    /// True when the position is a real one: finite, latitude within ±90°, longitude
    /// within ±180°. A crafted link with another position is ignored.
    pub fn is_valid(&self) -> bool {
        self.lat.is_finite()
            && self.lon.is_finite()
            && (-90.0..=90.0).contains(&self.lat)
            && (-180.0..=180.0).contains(&self.lon)
    }
}

impl From<&Alternative> for Candidate {
    fn from(a: &Alternative) -> Candidate {
        Candidate {
            name: a.name.clone(),
            lat: a.lat,
            lon: a.lon,
            country: a.country.clone(),
            geonameid: a.geonameid,
            kind: None,
        }
    }
}

/// One change the reader made. Positions are 0-based indices into the trip's stops.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// The place is not a place of the story: it goes from the places, the stops, the
    /// events, the topics and the dateline; its words are no longer highlighted.
    RemovePlace {
        /// The place.
        place: Ref,
    },
    /// The place is another one of the same name: its name, position, country and
    /// GeoNames id become the candidate's; the old reading becomes an alternative.
    Relocate {
        /// The place.
        place: Ref,
        /// Where it really is.
        to: Candidate,
    },
    /// The place's stop moves to position `to` (clamped to the trip).
    MoveStop {
        /// The stop's place.
        place: Ref,
        /// The new position, 0-based.
        to: usize,
    },
    /// The place becomes a stop at position `at` (clamped), if it is not one already.
    AddStop {
        /// The place.
        place: Ref,
        /// The position, 0-based.
        at: usize,
    },
    /// A place the engine missed becomes a stop at position `at` (clamped): it joins the
    /// places (id `u1`, `u2`, …, no mentions) unless one at the same spot is there already.
    AddPlace {
        /// Where it is.
        to: Candidate,
        /// The position, 0-based.
        at: usize,
    },
    /// The place stays a place of the story but is not a stop.
    RemoveStop {
        /// The stop's place.
        place: Ref,
    },
    /// The trip's traveller is this person (or nobody).
    SetTraveller {
        /// The person, `None` for nobody.
        person: Option<Ref>,
    },
}

/// The local-storage key under which the corrections of `text` are kept:
/// `itinera.corrections.` and a 64-bit FNV-1a hash of the text's bytes, in hex.
pub fn storage_key(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("itinera.corrections.{h:016x}")
}
