//! People and organisations, with names merged across mentions.
//!
//! The text is cut into capitalised runs ([`runs`]). In each run the person's name is
//! the trailing stretch of name-like words; what comes before it, up to the last role
//! word, is the role ("Russian Foreign Minister Sergey Lavrov" → name "Sergey Lavrov",
//! role "Russian Foreign Minister"). One-word mentions ("Kerry", "Mr. Finer") join the
//! person with that surname; mentions merge across spellings ("Zelenskyy" =
//! "Zelensky", "Mohammed" = "Muhammad", "Bill" = "William") and across the later words
//! of a longer name ("Mackenzie King"). Runs with an organisation head ("Security *Council*") or a
//! known acronym ("NATO") are organisations. Place mentions that fall inside a person's
//! name are removed from the places.
//!
//! Capitalisation alone does not make a person: each candidate is weighed by
//! [`evidence`] (a title, a known given name, a verb of saying, later mentions), and
//! words that are never part of a name (street and landmark shapes, media titles,
//! demonyms, forms of address, other languages' prepositions) end or break a name. A
//! name before a lowercase noun for a place ("X Y street") names that place.

mod evidence;
pub(crate) mod given;
mod people;
pub mod runs;
pub(crate) mod words;

use crate::analysis::{Analysis, Mention, Organisation, Person, PlaceKind};
use crate::doc::Doc;
use crate::segment::TokenKind;
use people::People;
use runs::{is_cap, is_particle, is_possessive, is_suffix, strip_possessive};
use rustc_hash::FxHashSet;
use words::{HONORIFICS, KNOWN_ORG_PHRASES};

/// Fills `a.people` and `a.organisations` (byte offsets into `doc.text()`). Runs after
/// places, and drops place mentions that turn out to be inside a person's name.
pub fn extract(doc: &Doc, a: &mut Analysis) {
    let mut in_place = place_tokens(doc, a);
    let (mut people, mut orgs, candidates) = people_and_orgs(doc, &in_place);
    // "Diaz arrived" after "Clara Diaz": a one-word town named like the surname of a
    // candidate is that person (and, as a later mention, evidence for it); find the
    // people again without it.
    if release_surnames(doc, a, &candidates, &mut in_place) {
        (people, orgs, _) = people_and_orgs(doc, &in_place);
    }
    a.people = people;
    a.organisations = orgs;
    drop_places_inside_names(a);
}

/// Clears `in_place` for one-word town mentions that equal a later word (the surname,
/// or the name a person goes by) of a person with a longer name, or that are a known given name with a person's context around them
/// ("Rosa, 34, fled ...", "Rosa said"), unless the town is a well-known place; returns
/// whether any was cleared.
fn release_surnames(doc: &Doc, a: &Analysis, names: &[String], in_place: &mut [bool]) -> bool {
    // Every capitalised word after the first of a longer name: the surname, and the
    // name a person goes by inside a longer one ("Lula" of "Luiz Inácio Lula da Silva").
    let surnames: Vec<&str> = names
        .iter()
        .filter(|n| n.contains(' '))
        .flat_map(|n| n.split(' ').skip(1))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 2)
        .collect();
    let mut changed = false;
    for p in a.places.iter().filter(|p| p.kind == PlaceKind::City) {
        for m in &p.mentions {
            let k = doc.tokens.partition_point(|t| t.end <= m.start);
            let one_token = k < doc.tokens.len()
                && doc.tokens[k].start == m.start
                && doc.tokens[k].end == m.end;
            if !one_token {
                continue;
            }
            // "Victoria, British Columbia": a place written with its region is a place.
            let qualified = doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| doc.text()[t.start..t.end] == *",")
                && in_place.get(k + 2).copied().unwrap_or(false);
            let first_name = given::given(&m.text) == Some(given::Given::Strong)
                && !qualified
                && !notable_place(&m.text)
                && evidence::context(doc, k, k, false) >= evidence::CONTEXT;
            if surnames.contains(&m.text.as_str()) || first_name {
                in_place[k] = false;
                changed = true;
            }
        }
    }
    changed
}

/// People and organisations found with place tokens `in_place` set aside, and the names
/// of every person candidate, with or without enough evidence.
fn people_and_orgs(doc: &Doc, in_place: &[bool]) -> (Vec<Person>, Vec<Organisation>, Vec<String>) {
    let in_place = in_place.to_vec();
    let runs = runs::runs(doc, &in_place);
    let headings = evidence::headings(doc);
    let body: FxHashSet<&str> = (0..doc.tokens.len())
        .filter(|&k| {
            is_cap(doc, k)
                && !headings
                    .get(doc.tokens[k].sentence)
                    .copied()
                    .unwrap_or(false)
        })
        .map(|k| strip_possessive(doc.token_text(k)))
        .collect();
    let mut people = People::default();
    let mut orgs: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
    // One-word mentions wait until every full name is known.
    let mut singles: Vec<Single> = Vec::new();
    // Every organisation span added so far, for the "already inside one?" check.
    let mut org_spans = Spans::default();

    for run in &runs {
        let toks = &run.toks;
        let site = Site {
            doc,
            in_place: &in_place,
            heading: headings
                .get(doc.tokens[toks[0]].sentence)
                .copied()
                .unwrap_or(false),
            body: &body,
        };
        match person_of_run(&site, toks, &mut people, &mut singles) {
            // "European Commission President Ann Roe": the role may name an organisation.
            Some(start) if start > 0 => {
                org_of_run(doc, &toks[..start], &mut orgs, &mut org_spans);
            }
            Some(_) => {}
            None => org_of_run(doc, toks, &mut orgs, &mut org_spans),
        }
        // Acronyms ("NATO Secretary-General", "CNN's") are organisations wherever they are.
        for &k in toks {
            let t = strip_possessive(doc.token_text(k));
            if words::KNOWN_ORGS_SET.contains(t) && !in_place[k] {
                let s = doc.tokens[k].start;
                let span = (s, s + t.len());
                if !org_spans.any_contains(s) {
                    add_org(&mut orgs, t.to_string(), span, &mut org_spans);
                }
            }
        }
    }
    // "When Roe launched his campaign": a surname alone, with no full name in the text,
    // is a person when a mention inside a sentence shows a person's pronoun; its other
    // mentions then count for it.
    let lone: FxHashSet<&str> = singles
        .iter()
        .filter(|one| one.personal > 0.0 && !evidence::sentence_initial(doc, one.tok))
        .map(|one| strip_possessive(doc.token_text(one.tok)))
        .collect();
    for one in singles {
        let w = strip_possessive(doc.token_text(one.tok));
        let s = doc.tokens[one.tok].start;
        // "Rosa, 34, said": a known given name alone, with a person's context around it,
        // names someone the text calls by first name.
        let alone =
            given::given(w) == Some(given::Given::Strong) && one.evidence >= evidence::CONTEXT;
        let bare = if alone {
            people::Bare::GivenName
        } else if lone.contains(w) {
            people::Bare::Lone(one.evidence + one.personal)
        } else {
            people::Bare::Nothing
        };
        people.add_single(
            w,
            one.title.as_deref(),
            one.role,
            (s, s + w.len()),
            one.evidence,
            bare,
        );
        // "President and Mrs. Roe", "Mr. and Mrs. Roe": two people of that surname.
        if let Some(t) = one.partner {
            people.add_partner(w, &t, (s, s + w.len()), evidence::title(&t));
        }
    }

    // Only the candidates with enough evidence are people; order by first mention.
    let mut list = people.list;
    let candidates: Vec<String> = list.iter().map(|p| p.name.clone()).collect();
    keep_people(&mut list, doc, &headings);
    drop_glued_names(&mut list);
    for p in &mut list {
        p.mentions.sort_unstable();
        p.mentions.dedup();
    }
    list.sort_by_key(|p| p.mentions.first().copied());
    let text = doc.text();
    let mention = |(s, e): (usize, usize)| Mention {
        start: s,
        end: e,
        text: text.get(s..e).unwrap_or("").to_string(),
        demonym: false,
    };
    let people = list
        .into_iter()
        .enumerate()
        .map(|(i, p)| Person {
            id: format!("e{}", i + 1),
            name: p.name,
            role: p.role,
            mentions: p.mentions.into_iter().map(mention).collect(),
        })
        .collect();
    orgs.sort_by_key(|(_, m)| m.first().copied());
    let orgs = orgs
        .into_iter()
        .enumerate()
        .map(|(i, (name, mut m))| {
            m.sort_unstable();
            m.dedup();
            Organisation {
                id: format!("o{}", i + 1),
                name,
                mentions: m.into_iter().map(mention).collect(),
            }
        })
        .collect();
    (people, orgs, candidates)
}

/// The normalised text of `doc`.
fn text_of(doc: &Doc) -> &str {
    doc.text()
}

/// Keeps the candidates with enough evidence. A candidate short of it is still kept when
/// it stands in a list next to people ("Ann Lee, Jo Kamau and Ivo Petrov"): each person
/// right before or after one of its mentions, with only a comma, "and", "or", "&" or "/"
/// between, adds [`evidence::LIST_MATE`], and so does the person next to that one in the
/// same list.
fn keep_people(list: &mut Vec<people::Draft>, doc: &Doc, headings: &[bool]) {
    let text = text_of(doc);
    // In a heading every word is capitalised: a list there counts half ("Jo Roe,
    // Crewmates Return").
    let in_heading = |at: usize| {
        let k = doc.tokens.partition_point(|t| t.end <= at);
        doc.tokens
            .get(k)
            .and_then(|t| headings.get(t.sentence))
            .copied()
            .unwrap_or(false)
    };
    let mut sure: Vec<(usize, usize)> = list
        .iter()
        .filter(|p| p.is_person())
        .flat_map(|p| p.mentions.iter().copied())
        .collect();
    sure.sort_unstable();
    let joins = |a: usize, b: usize| {
        text.get(a..b).is_some_and(|between| {
            let w = between.trim();
            b >= a && b - a <= 8 && matches!(w, "," | "and" | ", and" | "or" | "&" | "/" | ";")
        })
    };
    for p in list.iter_mut().filter(|p| !p.is_person()) {
        let mut mates = 0.0;
        for &(s, e) in &p.mentions {
            let before = mates;
            // The person ending last before `s`, and the one starting first after `e`;
            // and the person next to each of these in the same list ("Ann Lee, Jo Marsh,
            // Brkic Oszlany": a list of people).
            let k = sure.partition_point(|&(ps, _)| ps < s);
            if k > 0 && joins(sure[k - 1].1.min(s), s) {
                mates += evidence::LIST_MATE;
                if k > 1 && joins(sure[k - 2].1.min(sure[k - 1].0), sure[k - 1].0) {
                    mates += evidence::LIST_MATE;
                }
            }
            if let Some(&(ns, ne)) = sure.get(k) {
                if ns >= e && joins(e, ns) {
                    mates += evidence::LIST_MATE;
                    if let Some(&(ms, _)) = sure.get(k + 1) {
                        if ms >= ne && joins(ne, ms) {
                            mates += evidence::LIST_MATE;
                        }
                    }
                }
            }
            if in_heading(s) {
                mates = before + (mates - before) / 2.0;
            }
        }
        p.support += mates;
    }
    list.retain(people::Draft::is_person);
}

/// Drops a person whose name is two other people's names side by side ("Ann Lee Jo
/// Marsh" in a caption that lists "Ann Lee" and "Jo Marsh"): two people, not a third.
fn drop_glued_names(list: &mut Vec<people::Draft>) {
    let names: FxHashSet<String> = list.iter().map(|p| p.name.clone()).collect();
    list.retain(|p| {
        !p.name.match_indices(' ').any(|(i, _)| {
            names.contains(&p.name[..i]) && p.name.get(i + 1..).is_some_and(|t| names.contains(t))
        })
    });
}

/// For each token, whether it lies inside a place mention.
fn place_tokens(doc: &Doc, a: &Analysis) -> Vec<bool> {
    let mut spans: Vec<(usize, usize)> = a
        .places
        .iter()
        .flat_map(|p| {
            p.mentions
                .iter()
                .chain(&p.demonyms)
                .map(|m| (m.start, m.end))
        })
        .collect();
    spans.sort_unstable();
    let mut out = vec![false; doc.tokens.len()];
    let mut j = 0;
    for (i, t) in doc.tokens.iter().enumerate() {
        while j < spans.len() && spans[j].1 <= t.start {
            j += 1;
        }
        out[i] = j < spans.len() && spans[j].0 < t.end && t.start < spans[j].1;
    }
    out
}

/// A one-word mention waiting for every full name to be known.
struct Single {
    /// Its token.
    tok: usize,
    /// The title word before it, if any.
    title: Option<String>,
    /// The role before it, if any.
    role: Option<String>,
    /// What the mention shows by itself (title, context).
    evidence: f32,
    /// Evidence from the pronoun its verb takes ([`evidence::personal`]).
    personal: f32,
    /// The first title of a pair that shares the surname ("*President* and Mrs. Roe").
    partner: Option<String>,
}

/// What a run is read against: the document, the tokens inside places, and whether the
/// run's sentence is a heading.
struct Site<'a> {
    doc: &'a Doc,
    in_place: &'a [bool],
    heading: bool,
    /// The capitalised words of the sentences that are no headings.
    body: &'a FxHashSet<&'a str>,
}

/// Whether capitalised word `t` is a demonym ("Brazilian", "East *Asian*").
fn is_demonym(t: &str) -> bool {
    words::REGIONAL_DEMONYMS_SET.contains(t)
        || (t.len() > 3
            && crate::places::gazetteer::Gazetteer::get()
                .demonym(&crate::places::gazetteer::fold(t))
                .is_some())
}

/// Whether capitalised word `t` is none of the words that a name never holds (roles,
/// organisation and thing heads, landmark and media words).
fn plain_word(t: &str) -> bool {
    let t = strip_possessive(t);
    !(words::is_role(t)
        || words::ORG_HEADS_SET.contains(t)
        || words::THING_HEADS_SET.contains(t)
        || words::KNOWN_ORGS_SET.contains(t)
        || words::NOT_NAME_START_SET.contains(t)
        || words::NEVER_IN_NAME_SET.contains(t)
        || words::HEADLINE_VERBS_SET.contains(t))
}

/// Whether `t` is shaped like a hyphenated East Asian given name: two syllables of two
/// to four letters, the second in lower case ("Geun-hye", "Ji-sung", "Jae-in").
fn hyphenated_given(t: &str) -> bool {
    let Some((a, b)) = t.split_once('-') else {
        return false;
    };
    let syllable =
        |s: &str| (2..=4).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic());
    syllable(a)
        && syllable(b)
        && a.starts_with(|c: char| c.is_ascii_uppercase())
        && b.chars().all(|c| c.is_ascii_lowercase())
}

/// Whether token `k` can be part of a person's name.
fn name_like(doc: &Doc, in_place: &[bool], k: usize) -> bool {
    let t = strip_possessive(doc.token_text(k));
    if doc.tokens[k].kind != TokenKind::Word {
        return false;
    }
    if in_place[k] {
        // A place word that is a given name before a middle initial is the name ("Chad
        // J. Roe").
        let initial = k + 1 < doc.tokens.len() && evidence::is_initial(doc.token_text(k + 1));
        // So is one before a capitalised word that is no place ("Florence Okafor"):
        // the name then needs evidence other than the given name.
        // A demonym ("Georgian") is never the given name.
        let surname_next = given::given(t) == Some(given::Given::Strong)
            && !is_demonym(t)
            && k + 1 < doc.tokens.len()
            && doc.tokens[k + 1].sentence == doc.tokens[k].sentence
            && is_cap(doc, k + 1)
            && !in_place.get(k + 1).copied().unwrap_or(true)
            && plain_word(doc.token_text(k + 1))
            // Exactly two words: "for Asia Jo Roe" is the place, then the name.
            && !(k + 2 < doc.tokens.len() && is_cap(doc, k + 2));
        return (initial || surname_next) && given::given(t).is_some();
    }
    if is_particle(doc, k) {
        return true;
    }
    // A compound adjective before a name says what it is, not who ("Ohio-based Acme",
    // "Ten-year-old Ann"): it is no part of the name.
    if words::COMPOUND_ADJECTIVE_ENDS
        .iter()
        .any(|e| t.len() > e.len() && t.ends_with(e))
    {
        return false;
    }
    // "Park Geun-hye", "Park Ji-sung": a landmark word ends a landmark's name; before a
    // hyphenated given name it is a family name written first.
    let family_first = words::THING_HEADS_SET.contains(t)
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.sentence == doc.tokens[k].sentence)
        && is_cap(doc, k + 1)
        && hyphenated_given(doc.token_text(k + 1));
    if !is_cap(doc, k)
        || words::is_role(t)
        || words::ORG_HEADS_SET.contains(t)
        || (words::THING_HEADS_SET.contains(t) && !family_first)
        || words::KNOWN_ORGS_SET.contains(t)
        || words::NOT_NAME_START_SET.contains(t)
        || words::NEVER_IN_NAME_SET.contains(t)
        || words::HEADLINE_VERBS_SET.contains(t)
        || is_demonym(t)
    {
        return false;
    }
    // Acronyms are not names; initials ("R.") are, and so are initials run together
    // before a name word ("H.W. Bush", "F.W. de Klerk").
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let initials = evidence::is_initial(t)
        && k + 1 < doc.tokens.len()
        && doc.tokens[k + 1].sentence == doc.tokens[k].sentence
        && (is_particle(doc, k + 1) || name_like(doc, in_place, k + 1));
    // A plural acronym ("NGOs", "MPs") is no name either.
    let plural_acronym =
        letters.len() >= 3 && upper == letters.len() - 1 && t.ends_with('s') && upper >= 2;
    let acronym = (letters.len() >= 2 && upper == letters.len() && !initials) || plural_acronym;
    !acronym && !t.chars().any(|c| c.is_ascii_digit())
}

/// Capitalised words that open a facility's name before a name of its own ("Joint
/// *Base* Lewis-McChord", "*Camp* David", "Naval *Station* Norfolk").
const FACILITY_PREFIXES: &[&str] = &["Base", "Station", "Camp", "Fort", "Airfield", "Field"];

/// Tries to read a person from a run; returns where in the run the name starts when one
/// was found (whether or not its evidence is enough: that is weighed once every mention
/// is known).
fn person_of_run(
    site: &Site,
    toks: &[usize],
    people: &mut People,
    singles: &mut Vec<Single>,
) -> Option<usize> {
    let doc = site.doc;
    let in_place = site.in_place;
    // Trailing name: name-like words, a suffix with its comma or a regnal number,
    // particles.
    let mut n = toks.len();
    let mut suffix_at = None;
    let mut regnal = false;
    if n >= 3 && is_suffix(doc, toks[n - 1]) && doc.token_text(toks[n - 2]) == "," {
        suffix_at = Some(n - 2);
        n -= 2;
    } else if n >= 3
        && words::is_in(&["Jr.", "Jr", "Sr.", "Sr"], doc.token_text(toks[n - 1]))
        && is_cap(doc, toks[n - 2])
    {
        // "Martin Luther King Jr.": the suffix without its comma.
        suffix_at = Some(n - 1);
        n -= 1;
    } else if n >= 2
        && (evidence::is_regnal(strip_possessive(doc.token_text(toks[n - 1])))
            || evidence::is_regnal_one(doc, toks[n - 1]))
    {
        suffix_at = Some(n - 1);
        regnal = true;
        n -= 1;
    }
    let mut start = n;
    // "Mackenzie King", "John Major": a title word right after a known given name is the
    // surname.
    if n >= 2 && (role_as_surname(site, toks[n - 2], toks[n - 1]) || head_as_surname(site, toks, n))
    {
        start -= 1;
    }
    while start > 0
        && (name_like(doc, in_place, toks[start - 1]) || later_name_word(site, toks, start - 1, n))
        && n - start < 5
    {
        // A noun for a person before the name is its title ("Astronaut Jane Roe").
        if start < n && words::PERSON_NOUNS_SET.contains(doc.lower(toks[start - 1])) {
            break;
        }
        start -= 1;
    }
    // The word right after a title's "of" is the title's place ("Prince of Xland").
    if start > 0 && start < n && words::is_in(runs::CONNECTORS, doc.token_text(toks[start - 1])) {
        start += 1;
    }
    while start < n && is_particle(doc, toks[start]) {
        start += 1;
    }
    // "Rapporteur Jane Roe": words before a known given name that are no given names
    // themselves are a title the word lists lack, not the name's first words.
    let mut cut_title = false;
    if n - start >= 3 && given::given(strip_possessive(doc.token_text(toks[start]))).is_none() {
        // A given name that is also an English word ("Forecaster John Roe") cuts only
        // when a verb of saying or doing follows the run: "Consumer Price Index" stays
        // whole.
        let acts = evidence::context(doc, toks[start], toks[toks.len() - 1], false) > 0.0;
        let at = (start + 1..n - 1).find(|&i| {
            !in_place[toks[i]]
                && match given::given(doc.token_text(toks[i])) {
                    Some(given::Given::Strong) => true,
                    Some(given::Given::Weak) => acts,
                    None => false,
                }
        });
        if let Some(at) = at {
            let plain = (start..at).all(|i| {
                given::given(doc.token_text(toks[i])).is_none() && !is_particle(doc, toks[i])
            });
            if plain {
                start = at;
                cut_title = true;
            }
        }
    }
    if start >= n {
        // No name at the end ("Secretary Okafor Travels to the Coast"): the name may
        // follow the last title, unless a thing's word comes next ("King Fahd
        // International Airport", "Queen Mary Hospital" are no people).
        let cut = toks
            .iter()
            .rposition(|&k| words::is_role(doc.token_text(k)))
            .and_then(|r| {
                let mut e = r + 1;
                while e < toks.len() && name_like(doc, in_place, toks[e]) {
                    e += 1;
                }
                let thing = toks.get(e).is_some_and(|&k| {
                    let t = doc.token_text(k);
                    words::THING_HEADS_SET.contains(t)
                        || words::ORG_HEADS_SET.contains(t)
                        || words::NEVER_IN_NAME_SET.contains(t)
                });
                (e > r + 1 && e < toks.len() && !thing).then_some(e)
            });
        return match cut {
            Some(e) => person_of_run(site, &toks[..e], people, singles),
            None => None,
        };
    }
    // "Pope Francis Celebrates Mass": in a heading every word is capitalised, so the
    // name ends before a verb of the headline ("-s", no given name) when the word before
    // it is one the text's other sentences write too.
    if site.heading && suffix_at.is_none() {
        let verb = (start + 1..n).find(|&i| {
            let t = doc.token_text(toks[i]);
            t.len() > 3
                && t.ends_with('s')
                && !t.ends_with("ss")
                && given::given(t).is_none()
                && site
                    .body
                    .contains(strip_possessive(doc.token_text(toks[i - 1])))
                && !site.body.contains(t)
        });
        if let Some(v) = verb {
            return person_of_run(site, &toks[..v], people, singles);
        }
    }
    let name_toks = &toks[start..n];
    let before = &toks[..start];
    // "Nguyen Hue street", "Ben Thanh market": a name right before a lowercase noun for a
    // place or facility names that place.
    let run_last = toks[toks.len() - 1];
    if !is_possessive(doc.token_text(run_last))
        && doc
            .tokens
            .get(run_last + 1)
            .is_some_and(|t| t.sentence == doc.tokens[run_last].sentence)
        && words::is_in(words::FACILITY_NOUNS, doc.token_text(run_last + 1))
    {
        return None;
    }
    // "USS Jane Roe" is a ship, "Storm Dara" a storm; "Joint Base Pearl Harbor-Hickam",
    // "Naval Station Norfolk", "Camp David": a name after a facility's word is the
    // facility's.
    if before.last().is_some_and(|&k| {
        let t = doc.token_text(k);
        words::is_in(words::SHIP_PREFIXES, t)
            || words::is_in(words::STORM_PREFIXES, t)
            || words::is_in(FACILITY_PREFIXES, t)
    }) {
        return None;
    }
    let role_pos = before
        .iter()
        .rposition(|&k| words::is_role(doc.token_text(k)));
    let title = role_pos.map(|r| doc.token_text(before[r]).to_string());
    let role = role_pos.and_then(|_| role_text(doc, before));
    let text = doc.text();
    let first = doc.tokens[name_toks[0]].start;
    let last_tok = name_toks[name_toks.len() - 1];
    let last_text = strip_possessive(doc.token_text(last_tok));
    let name_end = if suffix_at.is_some() {
        let k = toks[toks.len() - 1];
        doc.tokens[k].start + strip_possessive(doc.token_text(k)).len()
    } else {
        doc.tokens[last_tok].start + last_text.len()
    };
    let words_in_name = name_toks
        .iter()
        .filter(|&&k| is_cap(doc, k) || doc.token_text(k).contains('-'))
        .count();
    // Evidence of this mention.
    // In a heading every word is capitalised: a given name counts half there.
    let weigh = |e: f32| if site.heading { e / 2.0 } else { e };
    // A title counts when only the rest of the role stands between it and the name
    // ("Secretary of State John Kerry"), not across other words ("Chairman Starts Trip
    // to Visit Army Posts").
    // "in Sheikh Jarrah", "near Prince Rupert": a title right after a preposition of
    // place names a place, unless the name is an owner ("in President Roe's speech").
    let run_last = toks[toks.len() - 1];
    let owner = is_possessive(doc.token_text(run_last))
        || doc
            .tokens
            .get(run_last + 1)
            .is_some_and(|_| matches!(doc.token_text(run_last + 1), "'s" | "'" | "’s"));
    let locative = toks[0] > 0
        && doc.tokens[toks[0] - 1].sentence == doc.tokens[toks[0]].sentence
        && words::is_in(
            &["in", "near", "at", "inside", "outside", "around"],
            doc.token_text(toks[0] - 1),
        )
        && !owner;
    let title_ev = match role_pos {
        Some(_) if locative => 0.0,
        Some(r) if before[r + 1..].iter().all(|&k| in_role(site, k)) => {
            title.as_deref().map_or(0.0, evidence::title)
        }
        _ => 0.0,
    };
    // A lowercase noun for a person written as a title ("Astronaut Jane Roe").
    let noun_title = title.is_none()
        && before
            .last()
            .is_some_and(|&k| words::PERSON_NOUNS_SET.contains(doc.lower(k)));
    let role = if noun_title || (cut_title && role.is_none()) {
        role_text(doc, before)
    } else {
        role
    };
    // After a preposition of place the title is no evidence either as a noun for a
    // person: the words around the whole run are.
    let context = evidence::context(
        doc,
        if locative { toks[0] } else { name_toks[0] },
        toks[toks.len() - 1],
        title.is_some() || noun_title,
    ) + evidence::pronoun_after(doc, toks[toks.len() - 1]);
    if words_in_name >= 2 || (regnal && words_in_name == 1) {
        let given = doc.token_text(name_toks[0]).to_string();
        let mut ev = title_ev + context;
        let initial = evidence::sentence_initial(doc, name_toks[0]);
        // A given name that is also a well-known place here ("Florence") proves
        // nothing, unless a middle initial follows ("Chad J. Roe").
        let place_given = in_place[name_toks[0]]
            && notable_place(strip_possessive(&given))
            && !name_toks
                .get(1)
                .is_some_and(|&k| evidence::is_initial(doc.token_text(k)));
        // "According to Le Monde": another language's article opens a title, not a
        // name (and is no given name there).
        let foreign_title = title.is_none() && words::is_in(words::FOREIGN_ARTICLES, &given);
        if foreign_title {
            ev -= evidence::CONTEXT;
        } else if !place_given {
            ev += weigh(evidence::given_name(strip_possessive(&given), initial));
        }
        if regnal {
            ev += evidence::REGNAL;
        }
        // Initials before the surname ("Jo R. Roe", "J. Roe") are the shape of a
        // person's name.
        if name_toks.len() >= 2
            && name_toks[..name_toks.len() - 1]
                .iter()
                .any(|&k| evidence::is_initial(doc.token_text(k)))
        {
            ev += evidence::INITIAL;
        }
        if evidence::given_name(strip_possessive(&given), false) == 0.0
            && all_places(doc, name_toks)
        {
            ev -= evidence::CONTEXT;
        }
        // "Cricket Australia", "Greenpeace Australia": a body named after its country.
        // A person's surname is seldom a country's or a continent's name.
        if !regnal && title_ev == 0.0 && is_country(last_text) {
            ev -= evidence::CONTEXT;
        }
        // "Extinction Rebellion", "Islamic Relief": a first word shaped like an English
        // noun or adjective ("-tion", "-ic", "-ment") that is no known given name.
        if title_ev == 0.0
            && given::given(strip_possessive(&given)).is_none()
            && words::common_word_shape(strip_possessive(&given))
        {
            ev -= evidence::CONTEXT;
        }
        let name = squash(text.get(first..name_end).unwrap_or(""));
        let key = if regnal {
            name.to_lowercase()
        } else {
            last_text.to_string()
        };
        people.add_full(name, &key, &given, role, (first, name_end), ev);
        Some(start)
    } else if words_in_name == 1 && start + 1 == n && suffix_at.is_none() {
        // One word: a surname, placed once all full names are known. A plural title
        // ("Captains Career") names no one person.
        let plural = title
            .as_deref()
            .is_some_and(|t| !words::ROLE_WORDS_SET.contains(t));
        // "Miss Ohio", "Miss World": a beauty title over a place or a common word.
        let pageant = title.as_deref() == Some("Miss")
            && (in_place[last_tok]
                || words::NEVER_IN_NAME_SET.contains(last_text)
                || !crate::places::gazetteer::Gazetteer::get()
                    .lookup(&crate::places::gazetteer::fold(last_text))
                    .is_empty());
        if plural || pageant {
            return None;
        }
        if role_pos.is_some() || toks.len() == 1 {
            let single_title = if role_pos.is_some() { title_ev } else { 0.0 };
            singles.push(Single {
                tok: last_tok,
                title,
                role,
                evidence: single_title + context,
                personal: evidence::personal(doc, toks[0], toks[toks.len() - 1]),
                partner: partner_title(doc, toks[0]).filter(|_| role_pos == Some(0)),
            });
            return role_pos.map(|_| start);
        }
        None
    } else {
        None
    }
}

/// Writes each person's name as the text writes it when a mention shows it with
/// characters that normalising changed ("O’Hara", not "O'Hara"). Runs once mention texts
/// are cut from the input.
pub fn names_as_written(a: &mut Analysis) {
    for p in &mut a.people {
        if p.name.is_ascii() {
            if let Some(m) = p
                .mentions
                .iter()
                .find(|m| m.text != p.name && crate::text::normalize(&m.text).text == p.name)
            {
                p.name = m.text.clone();
            }
        }
    }
}

/// The title before "and" that pairs with the title at token `k` over one surname
/// ("*President* and Mrs. Roe", "*Mr.* and Mrs. Roe"), if any.
fn partner_title(doc: &Doc, k: usize) -> Option<String> {
    if k < 2 || doc.lower(k - 1) != "and" {
        return None;
    }
    let t = doc.token_text(k - 2);
    let same = doc.tokens[k - 2].sentence == doc.tokens[k].sentence;
    (same && words::ROLE_WORDS_SET.contains(t) && words::ROLE_WORDS_SET.contains(doc.token_text(k)))
        .then(|| t.to_string())
}

/// Whether role word `k` right after token `g` is a surname ("Mackenzie King", "John
/// Major"): a title comes before a name, so after a known given name that is no place it
/// names the person. Not in a heading, where every word is capitalised.
fn role_as_surname(site: &Site, g: usize, k: usize) -> bool {
    let doc = site.doc;
    let t = strip_possessive(doc.token_text(k));
    !site.heading
        && words::ROLE_WORDS_SET.contains(t)
        && !t.contains('.')
        && !words::is_in(HONORIFICS, t)
        && !site.in_place[g]
        && name_like(doc, site.in_place, g)
        && given::given(doc.token_text(g)) == Some(given::Given::Strong)
}

/// Whether the last word `toks[n - 1]`, a word that heads the names of things, places
/// or organisations ("Hall", "Court", "Castle"), is a surname: it follows a known given
/// name that opens the run (or follows a title), and the name says something or is
/// described as a person right after ("Stuart Hall said", "Margaret Court, 81,"); "Albert
/// Hall" alone stays a hall.
fn head_as_surname(site: &Site, toks: &[usize], n: usize) -> bool {
    let doc = site.doc;
    let (g, k) = (toks[n - 2], toks[n - 1]);
    let t = strip_possessive(doc.token_text(k));
    // Media titles say things too ("Al Jazeera said", "Daily Post said").
    let media = words::is_in(
        &[
            "Times",
            "Post",
            "Journal",
            "Herald",
            "Tribune",
            "Gazette",
            "Telegraph",
            "Chronicle",
            "Network",
            "Broadcasting",
            "Studios",
        ],
        t,
    );
    let head = (words::THING_HEADS_SET.contains(t) || words::ORG_HEADS_SET.contains(t)) && !media;
    let titled = n >= 3
        && (words::is_role(doc.token_text(toks[n - 3]))
            || words::PERSON_NOUNS_SET.contains(doc.lower(toks[n - 3])));
    let opens = n == 2 || titled;
    // A title before the given name ("Astronaut Jo Park") is evidence enough; otherwise
    // the name must speak.
    !site.heading
        && head
        && opens
        && !site.in_place[g]
        && !site.in_place[k]
        && given::given(doc.token_text(g)) == Some(given::Given::Strong)
        && (titled || evidence::speaks(doc, k))
}

/// Whether the word at `toks[i]`, a word that opens sentences or names a month, is a
/// later word of a name ("Theresa May", "Nguyen Van An"): it follows a name word of its
/// run, stands inside a sentence that is no heading, and no number follows it ("May 5").
fn later_name_word(site: &Site, toks: &[usize], i: usize, n: usize) -> bool {
    let doc = site.doc;
    let k = toks[i];
    let t = strip_possessive(doc.token_text(k));
    let number_next = doc
        .tokens
        .get(k + 1)
        .is_some_and(|x| x.kind == TokenKind::Number);
    !site.heading
        && i > 0
        && i < n
        && words::is_in(words::LATER_NAME_WORDS, t)
        && !site.in_place[k]
        && !number_next
        && !evidence::sentence_initial(doc, k)
        && name_like(doc, site.in_place, toks[i - 1])
        && !words::is_role(doc.token_text(toks[i - 1]))
}

/// Whether token `k` may stand inside a role, between its title word and the name: a
/// role word, a connector, a place or demonym, or a word of an office's name ("Foreign",
/// "State", "Council", "NATO").
fn in_role(site: &Site, k: usize) -> bool {
    let t = strip_possessive(site.doc.token_text(k));
    site.in_place.get(k).copied().unwrap_or(false)
        || words::is_role(t)
        || words::is_in(runs::CONNECTORS, t)
        || words::THING_HEADS_SET.contains(t)
        || words::ORG_HEADS_SET.contains(t)
        || words::KNOWN_ORGS_SET.contains(t)
        || words::NEVER_IN_NAME_SET.contains(t)
        || words::PERSON_NOUNS_SET.contains(site.doc.lower(k))
        || words::ROLE_MODIFIERS_SET.contains(t)
        || is_demonym(t)
        || t.chars().all(|c| !c.is_lowercase())
}

/// Whether every word of a name is a well-known place in the gazetteer (a country, a
/// region or a city of 100,000 people: "Sochi Antalya"): a run of place names glued
/// together rather than a person. Small towns do not count: many are named like people.
fn all_places(doc: &Doc, name_toks: &[usize]) -> bool {
    name_toks
        .iter()
        .all(|&k| !is_cap(doc, k) || notable_place(strip_possessive(doc.token_text(k))))
}

/// Whether `t` names a country or a continent.
fn is_country(t: &str) -> bool {
    use crate::places::gazetteer::{fold, Gazetteer, Kind};
    let g = Gazetteer::get();
    g.lookup(&fold(t))
        .iter()
        .any(|&i| matches!(g.entries[i as usize].kind, Kind::Country | Kind::Continent))
}

/// Whether `t` names a well-known place: a country, a region, an area or a city of
/// 100,000 people or more.
fn notable_place(t: &str) -> bool {
    let g = crate::places::gazetteer::Gazetteer::get();
    g.lookup(&crate::places::gazetteer::fold(t))
        .iter()
        .any(|&i| {
            let e = &g.entries[i as usize];
            e.kind != crate::places::gazetteer::Kind::City || e.population_k >= 100
        })
}

/// The role: the words before the name, without honorifics at the end ("Dr.").
fn role_text(doc: &Doc, before: &[usize]) -> Option<String> {
    let mut end = before.len();
    while end > 0 && words::is_in(HONORIFICS, doc.token_text(before[end - 1])) {
        end -= 1;
    }
    if end == 0 {
        return None;
    }
    let s = doc.tokens[before[0]].start;
    let e = doc.tokens[before[end - 1]].end;
    doc.text().get(s..e).map(squash)
}

/// `s` with every run of whitespace turned into one space (names wrap across lines).
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Tries to read an organisation from a run.
fn org_of_run(
    doc: &Doc,
    toks: &[usize],
    orgs: &mut Vec<(String, Vec<(usize, usize)>)>,
    spans: &mut Spans,
) {
    let texts: Vec<&str> = toks
        .iter()
        .map(|&k| strip_possessive(doc.token_text(k)))
        .collect();
    let mut head = texts.iter().rposition(|t| words::ORG_HEADS_SET.contains(t));
    for phrase in KNOWN_ORG_PHRASES {
        if let Some(p) = texts.windows(phrase.len()).position(|w| w == *phrase) {
            head = Some(head.map_or(p + phrase.len() - 1, |h| h.max(p + phrase.len() - 1)));
        }
    }
    let Some(mut h) = head else { return };
    // "Ministry of Foreign Affairs", "Bank of England": an "of" chain after the head
    // belongs to the name.
    let chain = texts.get(h + 1).is_some_and(|t| matches!(*t, "of" | "for")) && h + 2 < texts.len();
    if chain {
        h = texts.len() - 1;
    } else if h == 0 && !words::is_in(&["Pentagon", "Kremlin", "Congress", "Senate"], texts[0]) {
        return;
    }
    let s = doc.tokens[toks[0]].start;
    let e = doc.tokens[toks[h]].start + texts[h].len();
    if let Some(name) = doc.text().get(s..e) {
        add_org(orgs, squash(name), (s, e), spans);
    }
}

/// Adds an organisation mention, merging "State Department" into "U.S. State Department".
fn add_org(
    orgs: &mut Vec<(String, Vec<(usize, usize)>)>,
    name: String,
    span: (usize, usize),
    spans: &mut Spans,
) {
    spans.add(span);
    let same = orgs.iter().position(|(n, _)| {
        n == &name || n.ends_with(&format!(" {name}")) || name.ends_with(&format!(" {n}"))
    });
    match same {
        Some(k) => {
            if name.len() > orgs[k].0.len() {
                orgs[k].0 = name;
            }
            orgs[k].1.push(span);
        }
        None => orgs.push((name, vec![span])),
    }
}

/// Removes place mentions that lie inside a person's name ("George Washington") or that
/// are a whole organisation's name ("White House"); drops places left with no mention and
/// renumbers them.
fn drop_places_inside_names(a: &mut Analysis) {
    keep_areas_named_like_orgs(a);
    let names: Vec<(usize, usize)> = a
        .people
        .iter()
        .flat_map(|p| p.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    let org_names: Vec<(usize, usize)> = a
        .organisations
        .iter()
        .flat_map(|o| o.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    if names.is_empty() && org_names.is_empty() {
        return;
    }
    let mut name_spans = Spans::default();
    names.iter().for_each(|&n| name_spans.add(n));
    let org_names: FxHashSet<(usize, usize)> = org_names.into_iter().collect();
    // "King George VI": a place that a person's name cuts across ("King George", a
    // town) is a reading the name rules out.
    let crossed = |m: &Mention| name_spans.any_crosses(m.start, m.end);
    let inside = |m: &Mention| {
        name_spans.any_covers(m.start, m.end) || org_names.contains(&(m.start, m.end)) || crossed(m)
    };
    // "Diaz arrived" after "Clara Diaz": a town named like a person's surname is the
    // person.
    let surnames: FxHashSet<&str> = a
        .people
        .iter()
        .filter(|p| p.name.contains(' '))
        .filter_map(|p| p.name.rsplit(' ').next())
        .collect();
    // "Kim's first visit" after "Kim Jong Un": a town that is no notable place, named
    // like any word of a person's longer name (a family name may come first), is the
    // person too.
    let name_words: FxHashSet<&str> = a
        .people
        .iter()
        .filter(|p| p.name.contains(' '))
        .flat_map(|p| p.name.split(' '))
        .filter(|w| w.chars().count() > 2)
        .collect();
    let named_like = |m: &Mention| {
        surnames.contains(m.text.as_str())
            || (name_words.contains(m.text.as_str()) && !notable_place(&m.text))
    };
    let mut changed = false;
    for p in &mut a.places {
        let before = p.mentions.len();
        let town = p.kind == PlaceKind::City;
        p.mentions.retain(|m| !(inside(m) || town && named_like(m)));
        changed |= p.mentions.len() != before;
    }
    if !changed {
        return;
    }
    a.places
        .retain(|p| !p.mentions.is_empty() || !p.demonyms.is_empty());
    let mut renamed = Vec::new();
    for (i, p) in a.places.iter_mut().enumerate() {
        let id = format!("p{}", i + 1);
        renamed.push((p.id.clone(), id.clone()));
        p.id = id;
    }
    if let Some(d) = &mut a.document.dateline {
        if let Some(pid) = &d.place {
            d.place = renamed
                .iter()
                .find(|(o, _)| o == pid)
                .map(|(_, n)| n.clone());
        }
    }
}

/// A country, region or area whose name looks like an organisation's ("West Bank",
/// "Gold Coast") stays a place: the organisation mentions with exactly its span go.
fn keep_areas_named_like_orgs(a: &mut Analysis) {
    let areas: FxHashSet<(usize, usize)> = a
        .places
        .iter()
        .filter(|p| p.kind != PlaceKind::City)
        .flat_map(|p| p.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    if areas.is_empty() {
        return;
    }
    for o in &mut a.organisations {
        o.mentions.retain(|m| !areas.contains(&(m.start, m.end)));
    }
    a.organisations.retain(|o| !o.mentions.is_empty());
    for (i, o) in a.organisations.iter_mut().enumerate() {
        o.id = format!("o{}", i + 1);
    }
}

/// Byte spans indexed by start, so that "is there a span around this offset?" costs a
/// look at the few spans that start close enough to reach it, not at all of them.
#[derive(Default)]
struct Spans {
    /// Start -> the ends of the spans that start there.
    by_start: std::collections::BTreeMap<usize, Vec<usize>>,
    /// Length of the longest span, in bytes.
    longest: usize,
}

impl Spans {
    fn add(&mut self, (s, e): (usize, usize)) {
        self.by_start.entry(s).or_default().push(e);
        self.longest = self.longest.max(e.saturating_sub(s));
    }

    /// Whether some span has `start <= at < end`.
    fn any_contains(&self, at: usize) -> bool {
        self.by_start
            .range(at.saturating_sub(self.longest)..=at)
            .any(|(_, ends)| ends.iter().any(|&e| at < e))
    }

    /// Whether some span overlaps `s..e` without lying inside it (it crosses a border of
    /// `s..e` or holds it with room to spare on one side only, or on both).
    fn any_crosses(&self, s: usize, e: usize) -> bool {
        self.by_start
            .range(s.saturating_sub(self.longest)..e)
            .any(|(&ss, ends)| ends.iter().any(|&ee| s < ee && !(s <= ss && ee <= e)))
    }

    /// Whether some span has `start <= s` and `e <= end`.
    fn any_covers(&self, s: usize, e: usize) -> bool {
        let from = e.saturating_sub(self.longest);
        if from > s {
            return false; // longer than every span
        }
        self.by_start
            .range(from..=s)
            .any(|(_, ends)| ends.iter().any(|&end| e <= end))
    }
}

/// Whether token text `t` is a possessive (re-exported for the trip stage).
pub fn possessive(t: &str) -> bool {
    is_possessive(t)
}

#[cfg(test)]
mod tests;
