//! Places: recognition (which spans name places) and resolution (which place on Earth),
//! and the dateline.
//!
//! ```
//! use itinera_engine::{analyze, Options};
//! let a = analyze("Kerry will travel on from Sochi to Antalya, in southern Turkey.", &Options::default());
//! let antalya = a.places.iter().find(|p| p.name == "Antalya").unwrap();
//! assert_eq!(antalya.country.as_deref(), Some("TR"));
//! ```

pub mod gazetteer;
mod recognize;
mod resolve;
mod streets;

pub(crate) use resolve::km;

use crate::analysis::{Alternative, Analysis, Dateline, Mention, Place, PlaceKind};
use crate::doc::Doc;
use crate::segment::TokenKind;
use gazetteer::{Gazetteer, Kind};
use rustc_hash::FxHashMap;

fn kind_of(k: Kind) -> PlaceKind {
    match k {
        Kind::City => PlaceKind::City,
        Kind::Country => PlaceKind::Country,
        Kind::Admin1 | Kind::Admin2 => PlaceKind::Region,
        Kind::Continent => PlaceKind::Continent,
        Kind::Area => PlaceKind::Other,
    }
}

fn mention(doc: &Doc, start: usize, end: usize) -> Mention {
    Mention {
        start,
        end,
        text: doc.text()[start..end].to_string(),
        demonym: false,
    }
}

/// Lists each place's demonym mentions among its `mentions`, in text order, marked
/// [`Mention::demonym`]. Runs last: the other stages read names and demonyms apart.
pub fn list_demonyms_as_mentions(a: &mut Analysis) {
    for p in &mut a.places {
        if p.demonyms.is_empty() {
            continue;
        }
        p.mentions.extend(p.demonyms.iter().cloned());
        p.mentions.sort_by_key(|m| (m.start, m.end));
    }
}

/// Fills `a.places` (byte offsets into `doc.text()`) and `a.document.dateline`.
pub fn extract(doc: &Doc, a: &mut Analysis) {
    let g = Gazetteer::get();
    let (mut hits, demonyms) = recognize::find(doc, g);
    // A name inside a street's name is the street ("Washington Street").
    let streets = streets::find(doc);
    hits.retain(|h| !streets.iter().any(|s| s.start < h.end && h.start < s.end));
    let demonym_countries: Vec<u32> = demonyms.iter().map(|d| d.country).collect();
    let choices = resolve::resolve(doc, g, &hits, &demonym_countries);

    // One place per chosen entry, in order of first mention.
    let mut by_entry: FxHashMap<u32, usize> = FxHashMap::default();
    let mut places: Vec<Place> = Vec::new();
    let mut place_of_hit = Vec::with_capacity(hits.len());
    for (h, c) in hits.iter().zip(&choices) {
        let idx = *by_entry.entry(c.entry).or_insert_with(|| {
            let e = g.entry(c.entry);
            places.push(Place {
                id: String::new(),
                name: e.name.to_string(),
                kind: kind_of(e.kind),
                geonameid: (e.geonameid != 0).then_some(e.geonameid),
                country: (!e.country.is_empty()).then(|| e.country.to_string()),
                lat: e.lat,
                lon: e.lon,
                confidence: (c.confidence * 100.0).round() / 100.0,
                alternatives: c
                    .alternatives
                    .iter()
                    .map(|&(ai, score)| {
                        let ae = g.entry(ai);
                        Alternative {
                            name: ae.name.to_string(),
                            lat: ae.lat,
                            lon: ae.lon,
                            country: (!ae.country.is_empty()).then(|| ae.country.to_string()),
                            score: (score * 100.0).round() / 100.0,
                            geonameid: (ae.geonameid != 0).then_some(ae.geonameid),
                        }
                    })
                    .collect(),
                mentions: Vec::new(),
                demonyms: Vec::new(),
            });
            places.len() - 1
        });
        places[idx].mentions.push(mention(doc, h.start, h.end));
        place_of_hit.push(idx);
    }
    // Demonyms attach to their country or continent, which becomes a place of the story
    // if needed.
    for d in &demonyms {
        let idx = *by_entry.entry(d.country).or_insert_with(|| {
            let e = g.entry(d.country);
            places.push(Place {
                id: String::new(),
                name: e.name.to_string(),
                kind: kind_of(e.kind),
                geonameid: (e.geonameid != 0).then_some(e.geonameid),
                country: (!e.country.is_empty()).then(|| e.country.to_string()),
                lat: e.lat,
                lon: e.lon,
                confidence: 0.9,
                alternatives: Vec::new(),
                mentions: Vec::new(),
                demonyms: Vec::new(),
            });
            places.len() - 1
        });
        places[idx].demonyms.push(Mention {
            demonym: true,
            ..mention(doc, d.start, d.end)
        });
    }
    add_streets(doc, g, &streets, &hits, &choices, &mut places);
    for (i, p) in places.iter_mut().enumerate() {
        p.id = format!("p{}", i + 1);
    }
    a.document.dateline = dateline(doc, &hits).map(|k| Dateline {
        place: Some(places[place_of_hit[k]].id.clone()),
        start: hits[k].start,
        end: hits[k].end,
    });
    a.places = places;
}

/// Adds each street as a place at the town (or, in a text that names no town, the
/// county) named nearest before it (else after it); a street in a text that names
/// neither is left out.
fn add_streets(
    doc: &Doc,
    g: &Gazetteer,
    streets: &[streets::Street],
    hits: &[recognize::Hit],
    choices: &[resolve::Choice],
    places: &mut Vec<Place>,
) {
    let of_kind = |kind: Kind| -> Vec<(usize, u32)> {
        hits.iter()
            .zip(choices)
            .filter(|(_, c)| g.entry(c.entry).kind == kind)
            .map(|(h, c)| (h.start, c.entry))
            .collect()
    };
    let mut towns = of_kind(Kind::City);
    if towns.is_empty() {
        towns = of_kind(Kind::Admin2);
    }
    let mut by_name: FxHashMap<String, usize> = FxHashMap::default();
    for st in streets {
        let before = towns.partition_point(|t| t.0 < st.start);
        let town = if before > 0 {
            towns.get(before - 1)
        } else {
            towns.first()
        };
        let Some(&(_, entry)) = town else { continue };
        let e = g.entry(entry);
        let idx = *by_name.entry(st.name.to_lowercase()).or_insert_with(|| {
            places.push(Place {
                id: String::new(),
                name: st.name.clone(),
                kind: PlaceKind::Other,
                geonameid: None,
                country: (!e.country.is_empty()).then(|| e.country.to_string()),
                lat: e.lat,
                lon: e.lon,
                confidence: 0.5,
                alternatives: Vec::new(),
                mentions: Vec::new(),
                demonyms: Vec::new(),
            });
            places.len() - 1
        });
        places[idx].mentions.push(mention(doc, st.start, st.end));
    }
}

/// The hit that opens a dateline ("Moscow CNN -", "WASHINGTON (AP) -", "LONDON, May 3
/// (Reuters) -") in one of the first sentences, if any.
fn dateline(doc: &Doc, hits: &[recognize::Hit]) -> Option<usize> {
    let text = doc.text();
    for si in 0..doc.sentences.len().min(10) {
        let range = doc.sentence_tokens[si].clone();
        let Some(k) = hits.iter().position(|h| h.first_token == range.start) else {
            continue;
        };
        let h = &hits[k];
        let mut j = h.end_token;
        let mut agency = false;
        let mut words = 0;
        while j < range.end {
            let t = doc.tokens[j];
            let w = &text[t.start..t.end];
            match t.kind {
                TokenKind::Punct if w == "-" => {
                    let caps = text[h.start..h.end].chars().all(|c| !c.is_lowercase());
                    if agency || caps {
                        return Some(k);
                    }
                    break;
                }
                TokenKind::Punct if matches!(w, "," | "(" | ")" | ".") => {}
                TokenKind::Number => {}
                TokenKind::Word
                    if w.chars().next().is_some_and(char::is_uppercase) && words < 4 =>
                {
                    words += 1;
                    agency |= w.len() >= 2 && !w.chars().any(char::is_lowercase)
                        || matches!(
                            w,
                            "Reuters" | "Bloomberg" | "Xinhua" | "Sputnik" | "Interfax"
                        );
                }
                _ => break,
            }
            j += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    fn places_of(text: &str) -> Vec<(String, Option<String>, Vec<String>)> {
        analyze(text, &Options::default())
            .places
            .into_iter()
            .filter(|p| !p.mentions.is_empty())
            .map(|p| {
                (
                    p.name,
                    p.country,
                    p.mentions.into_iter().map(|m| m.text).collect(),
                )
            })
            .collect()
    }

    fn country_of(text: &str, name: &str) -> Option<String> {
        places_of(text)
            .into_iter()
            .find(|p| p.2.iter().any(|m| m == name))
            .and_then(|p| p.1)
    }

    fn is_place(text: &str, surface: &str) -> bool {
        places_of(text)
            .iter()
            .any(|p| p.2.iter().any(|m| m == surface))
    }

    /// Each case: name, text, surface, expected country of the resolved place.
    const RESOLVE: &[(&str, &str, &str, &str)] = &[
        (
            "washington_dc_not_state",
            "Kerry returned to Washington on Wednesday.",
            "Washington",
            "US",
        ),
        (
            "antalya_in_turkey",
            "He will fly to Antalya, in southern Turkey, for talks.",
            "Antalya",
            "TR",
        ),
        (
            "victoria_british_columbia",
            "The ferry docked in Victoria, British Columbia, at noon.",
            "Victoria",
            "CA",
        ),
        (
            "paris_texas",
            "The fair opened in Paris, Texas, on Friday.",
            "Paris",
            "US",
        ),
        (
            "paris_france_by_default",
            "The summit opened in Paris on Friday.",
            "Paris",
            "FR",
        ),
        (
            "kiev_kyiv_same_place",
            "Officials in Kiev met envoys from Kyiv.",
            "Kiev",
            "UA",
        ),
        ("sochi_russia", "Kerry met Putin in Sochi.", "Sochi", "RU"),
        (
            "cairo_of_egypt_in_a_us_story",
            "The minister met officials in Washington and New York and in the United \
             States Senate, then flew to Cairo for talks with Egypt's president.",
            "Cairo",
            "EG",
        ),
        (
            "north_texas_is_texas",
            "They moved to North Texas in 1973.",
            "Texas",
            "US",
        ),
        (
            "dar_es_salaam_whole",
            "She will then travel to Dar es Salaam.",
            "Dar es Salaam",
            "TZ",
        ),
        (
            "georgia_country_near_tbilisi",
            "Troops left Georgia and Tbilisi was calm.",
            "Georgia",
            "GE",
        ),
        (
            "georgia_state_near_atlanta",
            "Voters in Georgia and Atlanta and Texas went to the polls.",
            "Georgia",
            "US",
        ),
        (
            "demonym_shared_with_territories_names_the_most_populous_country",
            "American officials met in Rome on Monday.",
            "American",
            "US",
        ),
        (
            "qualifier_is_a_region_more_than_a_town",
            "The Ohio firm in Columbus and Dayton hired a chef from Kingston, Ontario, last spring.",
            "Ontario",
            "CA",
        ),
        (
            "qualifier_in_same_sentence_beats_bigger_namesake",
            "Floods closed the old bridge at Kelso, Scotland, on Sunday.",
            "Kelso",
            "GB",
        ),
        (
            "qualifier_after_in_without_comma",
            "He has lived in Kelso in Scotland since the war.",
            "Kelso",
            "GB",
        ),
        (
            "qualifier_after_comma_and_in",
            "Firefighters were called to a barn near Rathdrum, in Ireland, late on Monday.",
            "Rathdrum",
            "IE",
        ),
        (
            "without_evidence_the_big_namesake_stands",
            "Floods closed the old bridge at Kelso on Sunday.",
            "Kelso",
            "US",
        ),
        (
            "document_focus_picks_the_small_namesake",
            "The team drove from Dublin to Cork and Galway, and then on to Bandon for the \
             final match in Ireland.",
            "Bandon",
            "IE",
        ),
        (
            "list_after_comma_is_no_qualifier",
            "Trade with Mexico, the US and Canada grew last year.",
            "Mexico",
            "MX",
        ),
        (
            "military_post_only_an_airport_names_is_found_by_its_shape",
            "The general spoke to soldiers at Fort Sill on Tuesday.",
            "Fort Sill",
            "US",
        ),
        (
            "dockyard_named_after_its_town_is_in_it",
            "The expedition sailed from Plymouth Dockyard in August.",
            "Plymouth",
            "GB",
        ),
        (
            "air_base_by_its_own_name",
            "The plane refuelled at Ramstein Air Base before flying on.",
            "Ramstein Air Base",
            "DE",
        ),
        (
            "small_place_found_by_its_qualifier",
            "Tourists flocked to Tenby, in Wales, for the regatta.",
            "Tenby",
            "GB",
        ),
        (
            "small_place_listed_after_a_placed_one",
            "The ferry sails from Wales to Tenby and Saundersfoot each summer.",
            "Saundersfoot",
            "GB",
        ),
        (
            "town_named_like_a_country_near_the_texts_places",
            "The Anderson County sheriff said a Palestine man was stopped on the highway \
             near Elkhart, Texas, and jailed in Anderson County.",
            "Palestine",
            "US",
        ),
        (
            "town_named_like_a_country_beside_a_neighbouring_town",
            "A Jordan man was hurt in a crash near Shakopee on Friday.",
            "Jordan",
            "US",
        ),
        (
            "country_with_its_demonym_and_a_neighbour_beats_a_state_of_its_name",
            "Georgian and Armenian officials met. Georgian troops left, and Georgia said the \
             United States agreed.",
            "Georgia",
            "GE",
        ),
        (
            "repeating_a_name_is_no_evidence_for_its_namesakes",
            "Vandals struck again in Oxford. Oxford police said Oxford residents should lock \
             their cars.",
            "Oxford",
            "GB",
        ),
        (
            "a_name_counts_for_each_country_alike_not_for_each_namesake",
            "Mayors of Richmond, Milton and Burlington said the Ontario budget left them short.",
            "Ontario",
            "CA",
        ),
        (
            "a_towns_institution_after_a_country_name_makes_it_the_town",
            "Students at Lebanon High School raised money for the flood relief fund.",
            "Lebanon",
            "US",
        ),
        (
            "a_man_of_a_name_shared_by_a_country_and_a_state_is_of_the_state",
            "The Georgia man was arrested after a chase.",
            "Georgia",
            "US",
        ),
        (
            "a_countrys_police_stay_the_countrys",
            "Jordan police closed the border with Syria on Friday.",
            "Jordan",
            "JO",
        ),
        (
            "town_before_local_institution",
            "The Gainesville Historical Society met in Florida on Monday.",
            "Gainesville",
            "US",
        ),
    ];

    #[test]
    fn resolution_table() {
        for (name, text, surface, cc) in RESOLVE {
            assert_eq!(
                country_of(text, surface).as_deref(),
                Some(*cc),
                "case {name}: {:?}",
                places_of(text)
            );
        }
    }

    /// Each case: name, text, surface that must not be a place.
    const NOT_PLACES: &[(&str, &str, &str)] = &[
        (
            "town_named_like_the_end_of_a_landform_is_not_meant",
            "The ship rounded the Cape of Good Hope in March.",
            "Good Hope",
        ),
        (
            "acronym_is_no_town",
            "A spokeswoman for the UN refugee agency said the camps were full.",
            "UN",
        ),
        (
            "small_tier_town_of_fourteen_thousand_needs_evidence",
            "The family fled in March. Rosa said she left Caracas with her sons.",
            "Rosa",
        ),
        (
            "us_air_force_base_is_not_in_its_namesake_town",
            "The secretary thanked airmen at Kirtland Air Force Base on Monday.",
            "Kirtland",
        ),
        (
            "a_planet_is_no_town",
            "The probe will reach Mars in 2031 and fly past Venus on the way.",
            "Mars",
        ),
        (
            "obama_is_not_a_place",
            "President Obama spoke at length.",
            "Obama",
        ),
        (
            "laura_is_not_a_place",
            "Laura Smith-Spark wrote in London.",
            "Laura",
        ),
        (
            "vladimir_is_not_a_place",
            "Russian President Vladimir Putin said.",
            "Vladimir",
        ),
        (
            "union_is_not_a_place",
            "The European Union imposed sanctions.",
            "Union",
        ),
        (
            "west_is_not_a_place",
            "Officials, like many in the West, agree.",
            "West",
        ),
        (
            "gulf_cooperation_council_is_not_a_place",
            "Obama hosts the Gulf Cooperation Council.",
            "Gulf",
        ),
        (
            "washington_post_is_not_a_place",
            "The Washington Post reported it.",
            "Washington",
        ),
        (
            "george_washington_is_not_a_place",
            "A statue of George Washington stands.",
            "Washington",
        ),
        ("may_is_not_a_place", "In May the talks resumed.", "May"),
        (
            "university_of_texas_is_not_a_place",
            "She studied at the University of Texas.",
            "Texas",
        ),
        (
            "surname_town_is_the_person",
            "Minister Clara Diaz spoke first. Diaz said talks would go on.",
            "Diaz",
        ),
        (
            "small_town_named_like_a_person_needs_context",
            "Olivia thanked the volunteers, and Clarence agreed.",
            "Olivia",
        ),
        (
            "first_name_before_surname_is_a_person",
            "The goal came late, when Michael Brandt scored from close range.",
            "Michael",
        ),
        (
            "duke_of_york_is_no_place",
            "The Duke of York opened the new hall on Friday.",
            "York",
        ),
        (
            "prince_of_wales_is_no_place",
            "The Prince of Wales planted a tree at the school.",
            "Wales",
        ),
        (
            "earl_of_a_town_is_a_person",
            "The Earl of Essex and the Countess of Wessex watched the race.",
            "Essex",
        ),
        (
            "sheriff_of_a_town_is_a_title",
            "The Sheriff of Nottingham read the proclamation.",
            "Nottingham",
        ),
        (
            "common_word_before_department_is_no_town",
            "Justice Department lawyers filed the motion on Tuesday.",
            "Justice",
        ),
        (
            "capitalised_word_in_a_heading_is_no_town",
            "Surprise Win For Local Team. The players celebrated late.",
            "Surprise",
        ),
        (
            "small_place_needs_a_country_in_the_text",
            "Tourists flocked to Tenby for the regatta.",
            "Tenby",
        ),
        (
            "surname_of_an_airport_needs_the_word_airport",
            "Senator Kennedy spoke to reporters on Monday.",
            "Kennedy",
        ),
        (
            "airport_name_without_travel_is_no_place",
            "Talks with Heathrow officials stalled again.",
            "Heathrow",
        ),
        (
            "saints_day_is_no_place",
            "Crowds marched on St. Patrick's Day.",
            "St. Patrick",
        ),
        (
            "central_region_is_a_word",
            "Central banks raised rates in Lagos.",
            "Central",
        ),
    ];

    /// Each case: name, text, surface, expected place name and country.
    const RESOLVE_NAMES: &[(&str, &str, &str, &str, &str)] = &[
        (
            "mexico_is_the_country_not_its_capital",
            "MEXICO CITY (AP) - Trade with Mexico grew last year.",
            "Mexico",
            "Mexico",
            "MX",
        ),
        (
            "city_wins_over_region_named_after_it",
            "The talks were held in Lisbon on Monday.",
            "Lisbon",
            "Lisbon",
            "PT",
        ),
        (
            "one_sense_per_text",
            "Talks opened in Geneva, Switzerland. Later, Geneva was calm.",
            "Geneva",
            "Geneva",
            "CH",
        ),
        (
            "county_is_a_place",
            "Deputies in Travis County said the road was closed.",
            "Travis County",
            "Travis County",
            "US",
        ),
        (
            "the_inside_an_official_name",
            "Aid reached the Democratic Republic of the Congo on Monday.",
            "Democratic Republic of the Congo",
            "DR Congo",
            "CD",
        ),
        (
            "common_word_city_after_a_preposition",
            "The minister flew to Nice on Monday; it was a nice day.",
            "Nice",
            "Nice",
            "FR",
        ),
        (
            "us_acronym_in_prose",
            "Talks between the US and China resumed, an aide told us.",
            "US",
            "United States",
            "US",
        ),
        (
            "places_named_together_lie_together",
            "After lunch in Reading, England, the party drove on to Windsor.",
            "Windsor",
            "Windsor",
            "GB",
        ),
        (
            "country_beats_small_town_of_its_name",
            "Officials in Washington and Texas said Mexico must act.",
            "Mexico",
            "Mexico",
            "MX",
        ),
        (
            "country_beats_its_own_region_in_a_text_about_it",
            "Mexicans are proud. The Mexicans who voted said Mexico must stand firm with the \
             Americans.",
            "Mexico",
            "Mexico",
            "MX",
        ),
        (
            "airport_after_travel_is_its_city",
            "The plane landed at Heathrow after a long delay.",
            "Heathrow",
            "London",
            "GB",
        ),
        (
            "airport_before_the_word_airport",
            "Passengers waited at Dulles airport overnight.",
            "Dulles",
            "Washington",
            "US",
        ),
        (
            "airport_code_before_the_word_airport",
            "She flew out of JFK airport on Monday.",
            "JFK",
            "New York City",
            "US",
        ),
        (
            "st_reads_as_saint",
            "The paintings travel from Moscow to St. Petersburg this summer.",
            "St. Petersburg",
            "Saint Petersburg",
            "RU",
        ),
        (
            "doubtful_names_named_together_lie_together",
            "Deputies from Henry County were called to a crash just outside Paris on Friday.",
            "Paris",
            "Paris",
            "US",
        ),
        (
            "region_of_india",
            "Floods hit Tamil Nadu this week.",
            "Tamil Nadu",
            "Tamil Nādu",
            "IN",
        ),
    ];

    #[test]
    fn resolution_names_table() {
        for (case, text, surface, name, cc) in RESOLVE_NAMES {
            let found = places_of(text)
                .into_iter()
                .filter(|p| p.2.iter().any(|m| m == surface))
                .map(|p| (p.0, p.1))
                .collect::<Vec<_>>();
            assert_eq!(
                found,
                vec![(name.to_string(), Some(cc.to_string()))],
                "case {case}"
            );
        }
    }

    /// A name that is a sea, a continent or a named area means that, even in a text
    /// whose other places all lie in a country with a small town of that name.
    #[test]
    fn named_area_beats_small_town_of_its_name() {
        let text = "Storms formed over the Atlantic as Iowa and Texas braced for rain.";
        let a = analyze(text, &Options::default());
        let p = a
            .places
            .iter()
            .find(|p| p.mentions.iter().any(|m| m.text == "Atlantic"))
            .expect("Atlantic found");
        assert_eq!(
            (p.name.as_str(), p.country.as_deref()),
            ("Atlantic Ocean", None)
        );
    }

    #[test]
    fn not_places_table() {
        for (name, text, surface) in NOT_PLACES {
            assert!(
                !is_place(text, surface),
                "case {name}: {:?}",
                places_of(text)
            );
        }
    }

    #[test]
    fn russian_is_demonym() {
        let a = analyze("Russian officials met in Sochi.", &Options::default());
        let ru = a.places.iter().find(|p| {
            p.country.as_deref() == Some("RU") && p.kind == crate::analysis::PlaceKind::Country
        });
        let ru = ru.expect("Russia is linked through its demonym");
        assert_eq!(ru.demonyms.len(), 1);
        // Listed among the mentions too, marked, as geoparsing corpora count them.
        let m: Vec<(&str, bool)> = ru
            .mentions
            .iter()
            .map(|m| (m.text.as_str(), m.demonym))
            .collect();
        assert_eq!(m, vec![("Russian", true)]);
    }

    #[test]
    fn two_word_demonyms() {
        let a = analyze(
            "Sri Lankan and South Korean officials met.",
            &Options::default(),
        );
        let got: Vec<(&str, &str)> = a
            .places
            .iter()
            .flat_map(|p| {
                p.mentions
                    .iter()
                    .map(move |m| (p.name.as_str(), m.text.as_str()))
            })
            .collect();
        assert_eq!(
            got,
            vec![("Sri Lanka", "Sri Lankan"), ("South Korea", "South Korean")]
        );
    }

    #[test]
    fn demonym_mentions_in_text_order_after_names() {
        let a = analyze(
            "Russia said Russian troops left. Russia denied it.",
            &Options::default(),
        );
        let ru = a
            .places
            .iter()
            .find(|p| p.name == "Russia")
            .expect("Russia");
        let m: Vec<(usize, bool)> = ru.mentions.iter().map(|m| (m.start, m.demonym)).collect();
        assert_eq!(m, vec![(0, false), (12, true), (33, false)]);
    }

    /// Each case: name, text, expected dateline place text.
    const DATELINES: &[(&str, &str, Option<&str>)] = &[
        (
            "dateline_moscow_cnn",
            "Title here\n\nMoscow CNN  \u{2014} \n\nKerry met Putin in Sochi.",
            Some("Moscow"),
        ),
        (
            "dateline_washington_ap",
            "WASHINGTON (AP) \u{2014} The president spoke.",
            Some("WASHINGTON"),
        ),
        (
            "dateline_london_reuters",
            "LONDON, May 3 (Reuters) - Shares fell.",
            Some("LONDON"),
        ),
        (
            "no_dateline_in_plain_sentence",
            "Sochi is a resort - and a venue.",
            None,
        ),
    ];

    #[test]
    fn dateline_table() {
        for (name, text, want) in DATELINES {
            let a = analyze(text, &Options::default());
            let got = a.document.dateline.map(|d| {
                text.chars()
                    .skip(d.start)
                    .take(d.end - d.start)
                    .collect::<String>()
            });
            assert_eq!(got.as_deref(), *want, "case {name}");
        }
    }

    #[test]
    fn alternatives_are_offered_for_ambiguous_names() {
        let a = analyze(
            "The ferry docked in Victoria on Monday.",
            &Options::default(),
        );
        let v = a
            .places
            .iter()
            .find(|p| p.mentions.iter().any(|m| m.text == "Victoria"))
            .expect("Victoria found");
        assert!(!v.alternatives.is_empty() && v.alternatives.len() <= 3);
        assert!(v.confidence > 0.0 && v.confidence <= 1.0);
    }
}
