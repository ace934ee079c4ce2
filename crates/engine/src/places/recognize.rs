//! Recognition: which spans of the text name places, and which are demonyms.
//!
//! A span is a run of capitalised tokens (with connectors such as "of" or "de" inside)
//! whose folded text is a gazetteer name; the longest such run wins. It is *not* a
//! place when it is part of a longer proper name ("Gulf Cooperation Council",
//! "Vladimir Putin", "President Obama", "Washington Post"), when it is a word that is
//! rarely a place in news ("May", "Laura", "Union", "West"), or when it sits in an
//! organisation's name ("University of Texas").

use super::gazetteer::{fold, small_search, Gazetteer, Kind, SMALL};
use crate::doc::Doc;
use crate::segment::TokenKind;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Function words that are also place names somewhere ("But", "One", "To").
const FUNCTION_WORDS: &[&str] = &[
    "but",
    "one",
    "to",
    "more",
    "since",
    "much",
    "god",
    "time",
    "so",
    "no",
    "yes",
    "we",
    "they",
    "he",
    "she",
    "it",
    "there",
    "here",
    "what",
    "who",
    "why",
    "how",
    "where",
    "also",
    "even",
    "just",
    "only",
    "still",
    "now",
    "today",
    "many",
    "most",
    "some",
    "any",
    "each",
    "every",
    "other",
    "another",
    "such",
    "very",
    "well",
    "good",
    "new",
    "old",
    "big",
    "little",
    "first",
    "last",
    "next",
    "second",
    "third",
    "olympic",
    "christmas",
    "easter",
    "sunday",
    "mass",
    "sale",
    "bell",
    "bonus",
    "crystal",
    "diamond",
    "energy",
    "global",
    "home",
    "love",
    "magic",
    "march",
    "money",
    "music",
    "oil",
    "paradise",
    "power",
    "royal",
    "star",
    "sun",
    "tower",
    "trade",
    "vision",
    "win",
];

/// Common first names: a capitalised word after one is a surname, not a place.
const FIRST_NAMES: &[&str] = &[
    "john",
    "james",
    "robert",
    "michael",
    "william",
    "david",
    "richard",
    "joseph",
    "thomas",
    "charles",
    "mary",
    "patricia",
    "jennifer",
    "linda",
    "elizabeth",
    "barbara",
    "susan",
    "jessica",
    "sarah",
    "karen",
    "nancy",
    "daniel",
    "matthew",
    "anthony",
    "mark",
    "donald",
    "steven",
    "paul",
    "andrew",
    "joshua",
    "kenneth",
    "kevin",
    "brian",
    "george",
    "edward",
    "ronald",
    "timothy",
    "jason",
    "jeffrey",
    "ryan",
    "jacob",
    "gary",
    "nicholas",
    "eric",
    "jonathan",
    "stephen",
    "larry",
    "justin",
    "scott",
    "brandon",
    "benjamin",
    "samuel",
    "frank",
    "gregory",
    "raymond",
    "alexander",
    "patrick",
    "jack",
    "dennis",
    "jerry",
    "tyler",
    "aaron",
    "henry",
    "adam",
    "peter",
    "nathan",
    "zachary",
    "kyle",
    "walter",
    "harold",
    "carl",
    "arthur",
    "roger",
    "joe",
    "juan",
    "albert",
    "willie",
    "wayne",
    "ralph",
    "roy",
    "eugene",
    "louis",
    "philip",
    "bobby",
    "johnny",
    "bill",
    "jim",
    "tom",
    "bob",
    "mike",
    "dave",
    "steve",
    "chris",
    "tony",
    "lisa",
    "betty",
    "margaret",
    "sandra",
    "ashley",
    "kimberly",
    "emily",
    "donna",
    "michelle",
    "dorothy",
    "carol",
    "amanda",
    "melissa",
    "deborah",
    "stephanie",
    "rebecca",
    "sharon",
    "laura",
    "cynthia",
    "kathleen",
    "amy",
    "angela",
    "shirley",
    "anna",
    "brenda",
    "pamela",
    "emma",
    "nicole",
    "helen",
    "samantha",
    "katherine",
    "christine",
    "debra",
    "rachel",
    "carolyn",
    "janet",
    "catherine",
    "maria",
    "heather",
    "diane",
    "ruth",
    "julie",
    "olivia",
    "joyce",
    "virginia",
    "victoria",
    "kelly",
    "lauren",
    "christina",
    "joan",
    "evelyn",
    "judith",
    "megan",
    "andrea",
    "cheryl",
    "hannah",
    "jacqueline",
    "martha",
    "gloria",
    "teresa",
    "ann",
    "sara",
    "madison",
    "frances",
    "kathryn",
    "janice",
    "jean",
    "abigail",
    "alice",
    "judy",
    "sophia",
    "grace",
    "denise",
    "amber",
    "doris",
    "marilyn",
    "danielle",
    "beverly",
    "isabella",
    "theresa",
    "diana",
    "natalie",
    "brittany",
    "charlotte",
    "marie",
    "kayla",
    "alexis",
    "lori",
    "vladimir",
    "sergey",
    "sergei",
    "dmitry",
    "ahmed",
    "mohammed",
    "muhammad",
    "ali",
    "hassan",
    "omar",
    "jens",
    "boris",
    "angela",
    "emmanuel",
    "xi",
    "narendra",
    "justin",
    "shinzo",
    "recep",
    "bashar",
    "hillary",
    "barack",
    "joe",
];

/// A place name found in the text.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Byte span in the normalised text.
    pub start: usize,
    /// End of the byte span (exclusive).
    pub end: usize,
    /// Index of the first token.
    pub first_token: usize,
    /// Index past the last token.
    pub end_token: usize,
    /// The folded name.
    pub key: String,
    /// Gazetteer entries with that name.
    pub entries: Vec<u32>,
}

/// A demonym found in the text ("Russian", "Syrians").
#[derive(Debug, Clone)]
pub struct DemonymHit {
    /// Byte span in the normalised text.
    pub start: usize,
    /// End of the byte span (exclusive).
    pub end: usize,
    /// The country's gazetteer entry.
    pub country: u32,
}

/// Lowercase words allowed inside a place name.
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "la", "le", "el", "al", "and", "upon", "da", "do", "dos", "das", "du",
    "des", "am", "es", "en", "sur", "di", "van", "y",
];

/// Single words that are gazetteer names but rarely places in news text.
const NOT_PLACES: &[&str] = &[
    // months, days, seasons
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "spring",
    "summer",
    // common first names that are also towns
    "laura",
    "vladimir",
    "victor",
    "obama",
    "marion",
    "mercedes",
    "santa",
    "elizabeth",
    "vernon",
    "clinton",
    "trump",
    "kerry",
    "jefferson",
    "franklin",
    "warren",
    "mustafa",
    "ali",
    "omar",
    "jose",
    "juan",
    "maria",
    "carmen",
    "ramsey",
    "douglas",
    "allen",
    "hoover",
    "grant",
    "kent",
    "winston",
    "bryan",
    "milton",
    "lowell",
    "stanley",
    "leon",
    "isabela",
    "david",
    "kabir",
    "agustin",
    "angelo",
    "dominic",
    "rafael",
    "marcos",
    "pedro",
    "carlos",
    "luis",
    "manuel",
    "adrian",
    // common words
    "union",
    "west",
    "east",
    "north",
    "south",
    "council",
    "mobile",
    "reading",
    "nice",
    "split",
    "bath",
    "best",
    "hope",
    "of",
    "university",
    "college",
    "center",
    "centre",
    "city",
    "capital",
    "republic",
    "kingdom",
    "state",
    "states",
    "federal",
    "national",
    "central",
    "golden",
    "orange",
    "pleasant",
    "independence",
    "liberty",
    "unity",
    "progress",
    "concord",
    "commerce",
    "enterprise",
    "opportunity",
    "friendship",
    "providence",
    "temple",
    "garden",
    "parish",
    "valley",
    "lake",
    "river",
    "bay",
    "beach",
    "harbor",
    "port",
    "fort",
    "mount",
    "island",
    "islands",
    "plain",
    "plains",
    "grove",
    "park",
    "hill",
    "hills",
    "mission",
    "victory",
    "champion",
    "mar",
    "man",
    "most",
    "nancy",
    "bar",
    "gap",
    "gold",
    "salt",
    "dover",
    "deal",
    "bury",
    "wells",
    "sale",
    "ware",
    "hull",
    "poole",
    "tours",
    "metro",
    "media",
    "police",
    "army",
    "navy",
    "post",
    "times",
    "press",
    "bank",
    "house",
    "white",
    "green",
    "brown",
    "black",
    "young",
    "long",
    "rich",
    "wise",
    "moody",
    "early",
    "mexican",
    "american",
    // the other planets, the Sun and the Moon ("the transit of Venus", "a mission to
    // Mars"); Earth is also a town, and toponym corpora tag it so
    "mars",
    "venus",
    "mercury",
    "jupiter",
    "saturn",
    "neptune",
    "pluto",
    "moon",
    "sun",
];

/// Landform words that open a name with "of" ("Cape of Good Hope", "Bay of Whales").
const LANDFORMS_BEFORE_OF: &[&str] = &[
    "cape", "bay", "gulf", "strait", "straits", "sea", "lake", "mount", "isle", "island",
    "islands", "port", "mouth", "coast",
];

/// Words that, capitalised before a place, show it is inside a name.
const NAME_HEADS_BEFORE_OF: &[&str] = &[
    "university",
    "college",
    "bank",
    "institute",
    "museum",
    "church",
    "school",
    "hospital",
    "council",
    "archbishop",
    "bishop",
    "duke",
    "duchess",
    "earl",
    "prince",
    "princess",
    "king",
    "queen",
    "mayor",
    "governor",
    "club",
    // titles of peerage and of office: "the Earl of Essex" is a person
    "marquess",
    "marquis",
    "marchioness",
    "viscount",
    "viscountess",
    "baron",
    "baroness",
    "countess",
    "count",
    "lord",
    "lady",
    "sheriff",
    "dean",
    "abbot",
    "provost",
    "baronet",
];

/// Words after a one-word name that make it the subject of a department or office
/// ("Justice Department", "Energy Secretary"), not a town of that name.
const OFFICE_HEADS: &[&str] = &[
    "department",
    "ministry",
    "minister",
    "secretary",
    "committee",
];

/// Capitalised words that, after a place, make an institution *of* that place: the
/// place is still named ("Athens Police Department", "Texas Gov. Abbott").
const INSTITUTIONS: &[&str] = &[
    "castle",
    "cathedral",
    "abbey",
    "police",
    "city",
    "county",
    "mayor",
    "council",
    "fire",
    "parks",
    "school",
    "schools",
    "high",
    "public",
    "library",
    "airport",
    "hospital",
    "regional",
    "municipal",
    "chamber",
    "board",
    "court",
    "station",
    "gov",
    "gov.",
    "governor",
    "state",
    "district",
    "sheriff",
    "township",
    "area",
    "metro",
    "health",
    "housing",
    "water",
    "transit",
    "civic",
    "community",
    "downtown",
    "mall",
    "harbour",
    "harbor",
    "region",
    "province",
    "ministry",
    "prime",
    "president",
    "foreign",
    "defense",
    "defence",
    "interior",
    "army",
    "navy",
    "border",
    "coast",
    "national",
    "embassy",
    "consulate",
    "officials",
    "official",
    "authorities",
    "government",
    // Local institutions named after their town ("Dublin Historical Society", "Henry
    // County Jail"): the town is still the place.
    "superior",
    "circuit",
    "jail",
    "detention",
    "courthouse",
    "coroner",
    "commissioners",
    "commission",
    "volunteer",
    "town",
    "village",
    "medical",
    "metropolitan",
    "clerk",
    "selectman",
    "selectmen",
    "judge",
    "attorney",
    "emergency",
    "recreation",
    "development",
    "education",
    "historical",
    "museum",
    "convention",
    "veterans",
    "arts",
    "fair",
    "senior",
    "department",
    "road",
    "reservoir",
    "zoo",
    "marathon",
    "international",
    "airfield",
    // Research sites and stadiums named after their town: the town is the place (and
    // see `SITES`).
    "laboratory",
    "stadium",
];

/// Words of a military or space site named after its town ("Plymouth *Dockyard*", "Rota
/// *Naval* Station", "Baikonur *Cosmodrome*"): the town is the place, however small
/// (see [`site_of_town`]).
const SITES: &[&str] = &[
    "naval",
    "dockyard",
    "shipyard",
    "barracks",
    "garrison",
    "cosmodrome",
    "spaceport",
];

/// Whether the folded word `next`, after a name with gazetteer `entries`, makes the name
/// a town's site ([`SITES`]). An air base abroad is named after its town ("Aviano Air
/// Base"); one in the United States mostly after an airman ("Kirtland Air Force Base"
/// is not in Kirtland), so "air" counts only for a name with a town outside it.
fn site_of_town(g: &Gazetteer, next: &str, entries: &[u32]) -> bool {
    SITES.contains(&next) || next == "air" && entries.iter().any(|&e| g.entry(e).country != "US")
}

/// Words after an airport's name that say it is the airport ("Dulles International").
const AIRPORT_NEXT: &[&str] = &["airport", "international", "airfield", "airbase"];

/// Words before "at/into/from/to/via" that make the name after them a place one travels
/// through ("landed at Heathrow").
const TRAVEL_BEFORE: &[&str] = &[
    "landed",
    "land",
    "lands",
    "landing",
    "arrived",
    "arrive",
    "arrives",
    "arriving",
    "flew",
    "fly",
    "flies",
    "flying",
    "flight",
    "flights",
    "departed",
    "depart",
    "departs",
    "departing",
    "touched",
    "stranded",
    "diverted",
    "transit",
    "connecting",
    "passengers",
];

/// The gazetteer entries a span named `key` may stand for, main tier first: places of
/// that name, cities whose airport it names when the words around it say so (`next`,
/// `before`, `before2`: the folded tokens after it, before it and before that), then
/// small places (ids from [`SMALL`] on).
fn candidates(
    g: &Gazetteer,
    small: &mut SmallCache,
    key: &str,
    next: &str,
    before: &str,
    before2: &str,
) -> Vec<u32> {
    let mut out = if saint_spelling(key) {
        g.lookup_saints(key)
    } else {
        g.lookup(key).to_vec()
    };
    let airport_named = AIRPORT_NEXT.contains(&next);
    let travelled =
        matches!(before, "at" | "into" | "from" | "to" | "via") && TRAVEL_BEFORE.contains(&before2);
    for &(city, alone) in g.airport(key) {
        if (airport_named || alone && travelled) && !out.contains(&city) {
            out.push(city);
        }
    }
    out.extend_from_slice(small.get(key));
    out
}

/// Small-places look-ups of one text, by folded name: a name is searched once however
/// often the text writes it. With each, whether a longer small-place name goes on from
/// it with a space.
#[derive(Default)]
struct SmallCache(FxHashMap<String, (Vec<u32>, bool)>);

impl SmallCache {
    fn search(&mut self, key: &str) -> (&[u32], bool) {
        if !self.0.contains_key(key) {
            self.0.insert(key.to_string(), small_search(key));
        }
        self.0
            .get(key)
            .map_or((&[], false), |(found, longer)| (found.as_slice(), *longer))
    }

    fn get(&mut self, key: &str) -> &[u32] {
        self.search(key).0
    }
}

/// Whether `key` is a place's name written with "St." or "Saint" that may be spelt the
/// other way; not a saint's own name ("St. Patrick", "St. John": the day, the church).
fn saint_spelling(key: &str) -> bool {
    let rest = key
        .strip_prefix("st. ")
        .or_else(|| key.strip_prefix("st "))
        .or_else(|| key.strip_prefix("saint "));
    rest.is_some_and(|r| !is_first_name(r))
}

/// Whether any gazetteer tier has the name `key`.
/// Airports are searched only where the words around say airport (`airport_context`).
/// Not searched among the small places: a single word that is never a place by itself
/// ("The", "May", "But"), a name opening with a common first name ("John Kerry"), and an
/// acronym (`acronym`: "NATO"; small places are written in mixed case).
///
/// `small_alive` says whether a small-place name may still start with `key` (false once
/// no small-place name goes on from a shorter run); it is updated for the next word.
fn is_name(
    g: &Gazetteer,
    small: &mut SmallCache,
    key: &str,
    airport_context: bool,
    acronym: bool,
    small_alive: &mut bool,
) -> bool {
    let first = key.split(' ').next().unwrap_or(key);
    let single = first.len() == key.len();
    let never_small = acronym || is_first_name(first);
    let never_alone = single
        && (NOT_PLACES.contains(&key)
            || SENTENCE_OPENERS.contains(&key)
            || FUNCTION_WORDS.contains(&key));
    let mut small_hit = false;
    if *small_alive && !never_small {
        let (found, longer) = small.search(key);
        small_hit = !never_alone && !found.is_empty();
        *small_alive = longer;
    } else {
        *small_alive = false;
    }
    !g.lookup(key).is_empty()
        || saint_spelling(key) && !g.lookup_saints(key).is_empty()
        || airport_context && !g.airport(key).is_empty()
        || small_hit
}

/// Capitalised words that may open a sentence without being part of a name.
const SENTENCE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "from",
    "to",
    "the",
    "after",
    "before",
    "when",
    "while",
    "as",
    "for",
    "with",
    "by",
    "but",
    "and",
    "meanwhile",
    "across",
    "throughout",
    "during",
    "since",
    "until",
    "like",
    "near",
    "outside",
    "inside",
    "into",
    "across",
    "if",
    "then",
    "so",
    "a",
    "an",
    "this",
    "that",
    "back",
    "both",
    "all",
    "unlike",
    "over",
    "under",
    "between",
    "among",
    "beyond",
    "via",
    "toward",
    "towards",
    "leaving",
    "visiting",
    "arriving",
];

fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// An agency tag or acronym ("CNN", "AP", "NATO"): all capitals, two letters or more.
/// A name joined to a lower-case particle by a hyphen: "el-Sheikh", "al-Khaimah".
fn is_particle_name(s: &str) -> bool {
    s.split_once('-')
        .is_some_and(|(p, rest)| CONNECTORS.contains(&p) && is_cap(rest))
}

fn is_acronym(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

/// A word that names a country, region, continent or area ("Kansas City Missouri").
fn is_region_word(g: &Gazetteer, w: &str) -> bool {
    g.lookup(&fold(w))
        .iter()
        .any(|&e| g.entry(e).kind != Kind::City)
}

fn is_weekday_or_month(folded: &str) -> bool {
    NOT_PLACES[..21].contains(&folded)
}

/// Finds place names and demonyms in every sentence.
pub fn find(doc: &Doc, g: &Gazetteer) -> (Vec<Hit>, Vec<DemonymHit>) {
    let mut hits = Vec::new();
    let mut demonyms = Vec::new();
    let text = doc.text();
    let (lowercase_words, surnames) = word_evidence(doc);
    let mut small = SmallCache::default();
    for si in 0..doc.sentences.len() {
        let range = doc.sentence_tokens[si].clone();
        let first = range.start;
        let mut i = range.start;
        while i < range.end {
            let t = doc.tokens[i];
            let word = &text[t.start..t.end];
            if t.kind != TokenKind::Word || !is_cap(word) {
                i += 1;
                continue;
            }
            // Longest gazetteer name starting here.
            let word_before = |back: usize| {
                i.checked_sub(back)
                    .filter(|&k| k >= first)
                    .map_or("", |k| &text[doc.tokens[k].start..doc.tokens[k].end])
            };
            let travelled = ["at", "into", "from", "to", "via"]
                .iter()
                .any(|p| word_before(1).eq_ignore_ascii_case(p))
                && TRAVEL_BEFORE
                    .iter()
                    .any(|w| word_before(2).eq_ignore_ascii_case(w));
            let acronym = is_acronym(word);
            let mut small_alive = true;
            let mut best: Option<(usize, String)> = None;
            let mut key = String::new();
            let mut j = i;
            let mut words = 0;
            while j < range.end && words < g.max_words {
                let tj = doc.tokens[j];
                let w = &text[tj.start..tj.end];
                // "Democratic Republic of the Congo": "the" after "of" inside a name.
                let connector = CONNECTORS.contains(&w)
                    || (w == "the"
                        && j > i
                        && &text[doc.tokens[j - 1].start..doc.tokens[j - 1].end] == "of");
                let comma = w == ","
                    && j + 1 < range.end
                    && text[doc.tokens[j + 1].start..].starts_with("D.C.");
                if comma {
                    j += 1;
                    continue;
                }
                if tj.kind != TokenKind::Word || !(is_cap(w) || connector || is_particle_name(w)) {
                    break;
                }
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(&fold(w));
                words += 1;
                j += 1;
                let airport_context = travelled
                    || doc.tokens.get(j).is_some_and(|n| {
                        n.sentence == si
                            && AIRPORT_NEXT
                                .iter()
                                .any(|a| text[n.start..n.end].eq_ignore_ascii_case(a))
                    });
                if !connector
                    && is_name(
                        g,
                        &mut small,
                        &key,
                        airport_context,
                        acronym,
                        &mut small_alive,
                    )
                {
                    best = Some((j, key.clone()));
                }
            }
            let Some((end_tok, key)) = best else {
                // A demonym of two words ("Sri Lankan", "South Korean"), else of one.
                if let Some((end, country)) = two_word_demonym(doc, g, i, range.end) {
                    demonyms.push(DemonymHit {
                        start: t.start,
                        end,
                        country,
                    });
                    i += 2;
                    continue;
                }
                if let Some(country) = g.demonym(&fold(word)) {
                    demonyms.push(DemonymHit {
                        start: t.start,
                        end: t.end,
                        country,
                    });
                }
                i += 1;
                continue;
            };
            let folded_at = |k: usize| {
                doc.tokens
                    .get(k)
                    .filter(|t| t.sentence == si)
                    .map_or(String::new(), |t| fold(&text[t.start..t.end]))
            };
            let mut entries = candidates(
                g,
                &mut small,
                &key,
                &folded_at(end_tok),
                &i.checked_sub(1).map_or(String::new(), folded_at),
                &i.checked_sub(2).map_or(String::new(), folded_at),
            );
            // "the UN refugee agency": a short word in capitals is an acronym, which
            // names a country or region ("UK", "UAE") but never a town ("Un"), unless
            // it is an airport's code ("LHR airport").
            let surface = &text[t.start..doc.tokens[end_tok - 1].end];
            if end_tok == i + 1
                && is_acronym(surface)
                && surface.chars().count() <= 3
                && !AIRPORT_NEXT.contains(&folded_at(end_tok).as_str())
            {
                entries.retain(|&e| g.entry(e).kind != Kind::City);
            }
            if entries.is_empty() {
                i += 1;
                continue;
            }
            if accept(
                doc,
                g,
                &lowercase_words,
                &surnames,
                (first, range.end, i, end_tok),
                &key,
                &entries,
            ) {
                hits.push(Hit {
                    start: t.start,
                    end: doc.tokens[end_tok - 1].end,
                    first_token: i,
                    end_token: end_tok,
                    key,
                    entries,
                });
            }
            i = end_tok;
        }
    }
    let hits = keep_small_towns_in_context(doc, g, hits);
    (
        keep_small_places_with_evidence(doc, g, hits, &demonyms),
        demonyms,
    )
}

/// A demonym written as token `i` and the capitalised word right after it ("Sri
/// Lankan"): the byte end of the second word and the place it names.
fn two_word_demonym(doc: &Doc, g: &Gazetteer, i: usize, end: usize) -> Option<(usize, u32)> {
    if i + 1 >= end {
        return None;
    }
    let text = doc.text();
    let (t, n) = (doc.tokens[i], doc.tokens[i + 1]);
    let second = &text[n.start..n.end];
    if n.kind != TokenKind::Word || !is_cap(second) || &text[t.end..n.start] != " " {
        return None;
    }
    let key = format!("{} {}", fold(&text[t.start..t.end]), fold(second));
    g.demonym(&key).map(|c| (n.end, c))
}

/// Words that name a part of the place after them ("*North* Texas").
const COMPASS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Northeastern",
    "Northwestern",
    "Southeastern",
    "Southwestern",
    "Upstate",
    "Downstate",
];

/// Prepositions after which a capitalised word is very likely a place.
const LOCATIVE: &[&str] = &[
    "in", "at", "near", "from", "to", "outside", "around", "across", "into", "toward", "towards",
    "via", "through", "of", "between", "and",
];

/// A one-word name that is only a small town (under 15,000 people), or that is also a
/// first name, is as often a person, a company or a common word ("Mary", "Noma",
/// "Industry"): it is kept where the text places it ("in X", "X, Texas") at least once.
fn keep_small_towns_in_context(doc: &Doc, g: &Gazetteer, hits: Vec<Hit>) -> Vec<Hit> {
    let weak = |h: &Hit| {
        let one_word = h.end_token - h.first_token == 1;
        let small_towns = h.entries.iter().all(|&e| {
            let e = g.entry(e);
            e.kind == Kind::City && e.population_k < 15
        });
        let first_name =
            is_first_name(&h.key) && h.entries.iter().all(|&e| g.entry(e).kind != Kind::Country);
        // Only small places of the second tier: as weak, whatever its length, unless
        // shaped like a post or a base.
        let only_small = h.entries.iter().all(|&e| small_tier_town(g, e));
        one_word && (small_towns || first_name) || only_small && !facility_shaped(g, h)
    };
    let text = doc.text();
    let tok = |k: usize| doc.tokens.get(k).map_or("", |t| &text[t.start..t.end]);
    let placed = |h: &Hit| {
        let sentence_start = doc.sentence_tokens[doc.tokens[h.first_token].sentence].start;
        let after_prep = h.first_token > sentence_start
            && LOCATIVE.contains(&fold(tok(h.first_token - 1)).as_str());
        // "X, Texas", "X, British Columbia": a region or country of up to three words.
        let qualified = tok(h.end_token) == ","
            && (1..=3).any(|n| {
                let words: Vec<&str> = (1..=n).map(|j| tok(h.end_token + j)).collect();
                g.lookup(&fold(&words.join(" ")))
                    .iter()
                    .any(|&e| matches!(g.entry(e).kind, Kind::Admin1 | Kind::Country))
            });
        let site = site_of_town(g, &fold(tok(h.end_token)), &h.entries);
        after_prep || qualified || site
    };
    let strong: FxHashSet<&str> = hits
        .iter()
        .filter(|h| weak(h) && placed(h))
        .map(|h| h.key.as_str())
        .collect();
    let keep: Vec<bool> = hits
        .iter()
        .map(|h| !weak(h) || strong.contains(h.key.as_str()))
        .collect();
    hits.into_iter()
        .zip(keep)
        .filter_map(|(h, k)| k.then_some(h))
        .collect()
}

/// Prepositions that place a small place of the second tier ("in", "near"); not "of",
/// "and" or "between", which join names of anything.
const PLACING: &[&str] = &[
    "in", "at", "near", "outside", "around", "across", "into", "toward", "towards", "through",
    "via", "from", "to",
];

/// A name found only among the small places of the second tier (under 15,000 people)
/// is kept where the text gives it both a place and a country: at least once a
/// preposition of [`PLACING`] before it or a country or region after it ("X, Syria"),
/// and one of its candidates lies in a country the text names (by a country, a
/// region, a place with one country, or a demonym).
fn keep_small_places_with_evidence(
    doc: &Doc,
    g: &Gazetteer,
    hits: Vec<Hit>,
    demonyms: &[DemonymHit],
) -> Vec<Hit> {
    let only_small = |h: &Hit| h.entries.iter().all(|&e| small_tier_town(g, e));
    if !hits.iter().any(only_small) {
        return hits;
    }
    let mut countries: FxHashSet<&str> = demonyms
        .iter()
        .map(|d| g.entry(d.country).country)
        .collect();
    for h in hits.iter().filter(|h| !only_small(h)) {
        let main: Vec<_> = h
            .entries
            .iter()
            .filter(|&&e| e < SMALL)
            .map(|&e| g.entry(e))
            .collect();
        // A country or region sense names its country ("Wales", whatever towns of
        // that name lie elsewhere); towns do when they all lie in one.
        let regions: Vec<_> = main
            .iter()
            .filter(|e| matches!(e.kind, Kind::Country | Kind::Admin1))
            .collect();
        if !regions.is_empty() {
            countries.extend(regions.iter().map(|e| e.country));
        } else if main.iter().all(|e| e.country == main[0].country) {
            countries.extend(main.first().map(|e| e.country));
        }
    }
    let text = doc.text();
    let tok = |k: usize| doc.tokens.get(k).map_or("", |t| &text[t.start..t.end]);
    let placed = |h: &Hit| {
        let sentence_start = doc.sentence_tokens[doc.tokens[h.first_token].sentence].start;
        let after_prep = h.first_token > sentence_start
            && PLACING.contains(&fold(tok(h.first_token - 1)).as_str());
        let qualified = tok(h.end_token) == ","
            && (1..=3).any(|n| {
                let words: Vec<&str> = (1..=n).map(|j| tok(h.end_token + j)).collect();
                g.lookup(&fold(&words.join(" ")))
                    .iter()
                    .any(|&e| matches!(g.entry(e).kind, Kind::Admin1 | Kind::Country))
            });
        after_prep || qualified
    };
    // "to Ilulissat and Sisimiut": a small place that goes on a list after a placed or
    // bigger place is placed like it (hits are in text order, so a chain carries on).
    let mut placed_keys: FxHashSet<&str> = FxHashSet::default();
    let mut placed_ends: FxHashSet<usize> = FxHashSet::default();
    for h in &hits {
        let listed = h.first_token >= 2
            && matches!(tok(h.first_token - 1), "and" | "or" | ",")
            && placed_ends.contains(&(h.first_token - 1));
        if !only_small(h) || placed(h) || listed {
            placed_ends.insert(h.end_token);
        }
        if only_small(h) && (placed(h) || listed) {
            placed_keys.insert(h.key.as_str());
        }
    }
    let keep: Vec<bool> = hits
        .iter()
        .map(|h| {
            !only_small(h)
                || facility_shaped(g, h)
                || placed_keys.contains(h.key.as_str())
                    && h.entries
                        .iter()
                        .any(|&e| countries.contains(g.entry(e).country))
        })
        .collect();
    hits.into_iter()
        .zip(keep)
        .filter_map(|(h, k)| k.then_some(h))
        .collect()
}

/// Whether entry `e` is a town of the small-places tier, not another spelling of a
/// bigger city kept there. The tier's towns have under 15,000 people, but the table's
/// population code rounds 13,500 to 19,000 alike to 15 thousand ("Rosà", 14,000).
fn small_tier_town(g: &Gazetteer, e: u32) -> bool {
    e >= SMALL && g.entry(e).population_k <= 15
}

/// Words that open ("*Fort* Sill", "*Camp* Lemonnier") or close ("Ramstein Air *Base*",
/// "Rota Naval *Station*") the name of a military post, folded.
const POST_FIRST: &[&str] = &["fort", "camp"];
const POST_LAST: &[&str] = &["base", "station"];

/// Whether hit `h` is a name of two words or more shaped like a military post
/// ([`POST_FIRST`], [`POST_LAST`]) whose candidates all lie in one country: the shape
/// says it is a place, and the one country which, so it needs no other evidence.
fn facility_shaped(g: &Gazetteer, h: &Hit) -> bool {
    let words: Vec<&str> = h.key.split(' ').collect();
    let shaped = words.len() >= 2
        && (POST_FIRST.contains(&words[0]) || POST_LAST.contains(&words[words.len() - 1]));
    let one_country = h.entries.first().is_some_and(|&f| {
        h.entries
            .iter()
            .all(|&e| g.entry(e).country == g.entry(f).country)
    });
    shaped && one_country
}

/// Whether a folded word is a common first name (a set built once from
/// [`FIRST_NAMES`]).
#[inline(never)]
fn is_first_name(folded: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| FIRST_NAMES.iter().copied().collect())
        .contains(folded)
}

/// Words the text writes in lower case somewhere, and the last words of runs of two or
/// more capitalised words that open with a known first name or a title ("John Moore",
/// "Mr. Nelson"): surnames.
fn word_evidence(doc: &Doc) -> (FxHashSet<String>, FxHashSet<String>) {
    let text = doc.text();
    let mut lower = FxHashSet::default();
    let mut surnames = FxHashSet::default();
    for si in 0..doc.sentences.len() {
        let toks = doc.tokens_of(si);
        for (k, t) in toks.iter().enumerate() {
            let w = &text[t.start..t.end];
            if t.kind != TokenKind::Word {
                continue;
            }
            if w.chars().next().is_some_and(char::is_lowercase) {
                if !lower.contains(w) {
                    lower.insert(w.to_string());
                }
                continue;
            }
            let f = fold(w);
            let title = matches!(
                f.as_str(),
                "mr."
                    | "mrs."
                    | "ms."
                    | "dr."
                    | "sen."
                    | "rep."
                    | "gov."
                    | "gen."
                    | "mr"
                    | "mrs"
                    | "ms"
            );
            if (title || is_first_name(&f)) && k + 1 < toks.len() {
                let n = toks[k + 1];
                let nw = &text[n.start..n.end];
                if n.kind == TokenKind::Word && is_cap(nw) && !is_acronym(nw) {
                    surnames.insert(fold(nw));
                }
            }
        }
    }
    (lower, surnames)
}

/// Thousands of people from which a city named by a common word ("Nice", "Split") is
/// read as the city after a preposition of place.
const BIG_COMMON_CITY_K: u32 = 100;

/// Whether tokens `i..end` (a gazetteer name) are a place here.
fn accept(
    doc: &Doc,
    g: &Gazetteer,
    lowercase_words: &FxHashSet<String>,
    surnames: &FxHashSet<String>,
    span: (usize, usize, usize, usize),
    key: &str,
    entries: &[u32],
) -> bool {
    let (first, last, i, end) = span;
    let text = doc.text();
    let tok = |k: usize| &text[doc.tokens[k].start..doc.tokens[k].end];
    let single = end - i == 1;
    let any_country_like = entries.iter().any(|&e| {
        matches!(
            g.entry(e).kind,
            Kind::Country | Kind::Admin1 | Kind::Continent | Kind::Area
        )
    });
    // A word that is rarely a place, unless qualified ("Paris, Texas" is still refused:
    // the qualifier logic lives in resolution). A common word that names a big city is
    // that city when capitalised after a preposition of place inside a sentence
    // ("flew to Nice", "in Split"); months, days and given names never are.
    let city_after_preposition = || {
        i > first
            && !is_weekday_or_month(key)
            && !is_first_name(key)
            && matches!(
                fold(tok(i - 1)).as_str(),
                "in" | "to" | "from" | "near" | "via" | "through"
            )
            && entries.iter().any(|&e| {
                let en = g.entry(e);
                en.kind == Kind::City && en.population_k >= BIG_COMMON_CITY_K
            })
    };
    if single
        && (NOT_PLACES.contains(&key)
            || SENTENCE_OPENERS.contains(&key)
            || FUNCTION_WORDS.contains(&key))
        && !(NOT_PLACES.contains(&key) && city_after_preposition())
    {
        return false;
    }
    // A word the text also writes in lower case is a common word ("Much", "Hope"),
    // unless it stands as an acronym in running text ("the US" beside "told us").
    let acronym_in_prose =
        is_acronym(tok(i)) && (first..last).any(|k| tok(k).chars().any(char::is_lowercase));
    if single && lowercase_words.contains(key) && !acronym_in_prose && !city_after_preposition() {
        return false;
    }
    // A surname: the text names a person with it ("John Moore ... Moore said").
    if single && surnames.contains(key) {
        return false;
    }
    // A first name opening a longer name ("Michael Eneramo", "Jordan Spieth").
    if single
        && is_first_name(key)
        && end < last
        && doc.tokens[end].kind == TokenKind::Word
        && is_cap(tok(end))
        && !is_weekday_or_month(&fold(tok(end)))
    {
        return false;
    }
    let all_caps = is_acronym(tok(i));
    // Inside a longer proper name: a capitalised word right before...
    if i > first {
        let p = tok(i - 1);
        let p_word = doc.tokens[i - 1].kind == TokenKind::Word;
        let sentence_start = i - 1 == first;
        let opener = SENTENCE_OPENERS.contains(&fold(p).as_str());
        if p_word
            && is_cap(p)
            && !(sentence_start && opener)
            && !is_acronym(p)
            && g.demonym(&fold(p)).is_none()
        {
            // "In Sochi" is fine; "President Obama", "George Washington" are not;
            // "North Texas", "Northeast Georgia" are the part of a place.
            if !is_region_word(g, p) && !COMPASS.contains(&p) {
                return false;
            }
        }
        // "University of Texas", "Duchess of Cornwall".
        if p == "of" && i >= first + 2 && NAME_HEADS_BEFORE_OF.contains(&fold(tok(i - 2)).as_str())
        {
            return false;
        }
        // "the Cape of Good Hope", "the Bay of Whales": a landform's name, not the town
        // named like its end ("the port of Batavia" is the town).
        if p == "of"
            && i >= first + 2
            && is_cap(tok(i - 2))
            && LANDFORMS_BEFORE_OF.contains(&fold(tok(i - 2)).as_str())
            && entries.iter().all(|&e| g.entry(e).kind == Kind::City)
        {
            return false;
        }
    }
    // A word naming only towns before an office ("Justice Department") is the
    // office's subject, unless a preposition places it ("in Dallas Department ...").
    let placed_by_preposition =
        i > first && LOCATIVE.contains(&fold(tok(i - 1)).as_str()) && tok(i - 1) != "of";
    if single
        && end < last
        && !any_country_like
        && OFFICE_HEADS.contains(&fold(tok(end)).as_str())
        && !placed_by_preposition
    {
        return false;
    }
    // ...or a capitalised word right after ("Washington Post", "Gulf Cooperation
    // Council"); countries and regions may modify titles ("U.S. Secretary of State").
    if end < last {
        let n = tok(end);
        let n_word = doc.tokens[end].kind == TokenKind::Word;
        if n_word && is_cap(n) && !is_acronym(n) && !is_weekday_or_month(&fold(n)) && !all_caps {
            let n_is_place = is_region_word(g, n)
                || INSTITUTIONS.contains(&fold(n).as_str())
                || site_of_town(g, &fold(n), entries);
            if !any_country_like && !n_is_place {
                return false;
            }
            // Even a country is not a place inside an organisation's proper name when
            // the next words are themselves a name ("Gulf Cooperation Council").
            if any_country_like
                && entries
                    .iter()
                    .all(|&e| matches!(g.entry(e).kind, Kind::Area | Kind::City))
                && !n_is_place
            {
                return false;
            }
        }
    }
    true
}
