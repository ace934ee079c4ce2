//! From evidence to the trip: pick the traveller, gather their evidence and every other
//! naming of a place into candidate stops (a country visit joins the city stop inside
//! it), keep the candidates the model scores as stops, date and order them.

use super::context::Ctx;
use super::cues::{Evidence, Kind, Phase};
use super::features::{self, Agree, Scene};
use super::subject::{self, Discourse, Subject};
use crate::analysis::{Analysis, PlaceKind, Span, Stop, StopRole, StopStatus, Trip};
use crate::places::gazetteer::{Gazetteer, Kind as GazKind};
use rustc_hash::{FxHashMap, FxHashSet};

/// Who a piece of evidence is about, once pronouns and groups are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    Person(usize),
    Title(String),
}

fn who(s: &Subject, d: &Discourse) -> Option<Who> {
    match s {
        Subject::Person(p) => Some(Who::Person(*p)),
        Subject::Group => d.leader.map(Who::Person),
        Subject::Speaker => d.speaker.map(Who::Person),
        Subject::Title(t) => Some(Who::Title(t.clone())),
        Subject::Other | Subject::Unknown => None,
    }
}

/// The traveller: the one with the highest score, where each piece of evidence about
/// them counts 2 (1 in the title line) and a person also gains from prominence: being
/// named in the title line (+1.5) and being named often (+0.5 ln(1 + mentions)). Ties go
/// to the first with evidence.
fn traveller(ctx: &Ctx, a: &Analysis, ev: &[Evidence], d: &Discourse) -> Option<Who> {
    let mut votes: Vec<(Who, f64, usize)> = Vec::new();
    for (n, e) in ev.iter().enumerate() {
        let Some(w) = who(&e.subject, d) else {
            continue;
        };
        let weight = if e.in_title { 1.0 } else { 2.0 };
        match votes.iter_mut().find(|v| v.0 == w) {
            Some(v) => v.1 += weight,
            None => votes.push((w, weight, n)),
        }
    }
    for v in &mut votes {
        if let Who::Person(p) = v.0 {
            v.1 += prominence(ctx, a, p);
        }
    }
    votes
        .into_iter()
        .max_by(|x, y| x.1.total_cmp(&y.1).then(y.2.cmp(&x.2)))
        .map(|v| v.0)
}

/// How much the text is about person `p`: named in the title line (1.5) and named
/// often (0.5 ln(1 + mentions)).
fn prominence(ctx: &Ctx, a: &Analysis, p: usize) -> f64 {
    let in_title = ctx.title.as_ref().is_some_and(|r| {
        r.clone()
            .any(|i| ctx.person_at[i].is_some_and(|at| at.idx == p))
    });
    let named = a.people[p].mentions.len() as f64;
    (if in_title { 1.5 } else { 0.0 }) + 0.5 * (1.0 + named).ln()
}

/// The person the text is most about: the highest [`prominence`], ties to the first
/// named.
fn most_prominent(ctx: &Ctx, a: &Analysis) -> Option<usize> {
    (0..a.people.len())
        .map(|p| (prominence(ctx, a, p), p))
        .max_by(|x, y| x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)))
        .map(|(_, p)| p)
}

/// The name of a group or a vessel that travels with no person leading it, as the
/// clause subjects of the evidence give it ("The All Blacks sailed to ...", "HMS Beagle
/// left ...", "the Olympic torch arrived in ..."): the subject phrase that most pieces
/// of evidence about no person share. The phrase is a run of capitalised words that
/// are no person, place or time, perhaps ending in a group noun ("Olympic torch"),
/// and stands at most three words before the travel word.
fn group_name(ctx: &Ctx, ev: &[Evidence]) -> Option<String> {
    let mut votes: Vec<(String, String, usize)> = Vec::new();
    for e in ev {
        if !matches!(
            e.subject,
            Subject::Group | Subject::Other | Subject::Unknown
        ) {
            continue;
        }
        let Some(name) = subject_phrase(ctx, e.cue) else {
            continue;
        };
        let key = name.to_lowercase();
        match votes.iter_mut().find(|v| v.0 == key) {
            Some(v) => v.2 += 1,
            None => votes.push((key, name, 1)),
        }
    }
    // Ties go to the first named.
    votes.into_iter().rev().max_by_key(|v| v.2).map(|v| v.1)
}

/// The subject phrase of the clause of the travel word at token `cue` (see
/// [`group_name`]), without its article.
fn subject_phrase(ctx: &Ctx, cue: usize) -> Option<String> {
    let s = ctx.sentence_of(cue).start;
    let named = |k: usize| {
        ctx.is_cap(k)
            && ctx.place_at[k].is_none()
            && ctx.person_at[k].is_none()
            && !ctx.in_time[k]
            && !matches!(
                ctx.w(k),
                "the" | "a" | "an" | "in" | "on" | "at" | "after" | "from" | "they" | "it" | "we"
            )
    };
    let group = |k: usize| super::lexicon::group_noun(ctx.w(k));
    let mut start = (s..cue).find(|&k| named(k) || group(k))?;
    // "The choir Velvet Orchard", "the Spanish frigate Cristobal Colon": the name after
    // the noun for the group, which one modifier may stand before.
    let the_before =
        |k: usize| (k > s && ctx.w(k - 1) == "the") || (k > s + 1 && ctx.w(k - 2) == "the");
    if group(start) && named(start + 1) && the_before(start) {
        start += 1;
    } else if named(start) && group(start + 1) && named(start + 2) && the_before(start + 1) {
        start += 2;
    }
    let mut end = start;
    while end < cue && named(end) {
        end += 1;
    }
    if end < cue && group(end) {
        end += 1;
    }
    // "The 2008 Olympic torch": an article and a year may come first.
    let mut first = start;
    if first > s && ctx.w(first - 1).chars().all(|c| c.is_ascii_digit()) {
        first -= 1;
    }
    let after_group = first > s + 1 && group(first - 1) && the_before(first - 1);
    if end == start || cue - end > 3 || (first > s && ctx.w(first - 1) != "the" && !after_group) {
        return None;
    }
    // A name: a capitalised word that is not just the sentence's first ("More
    // arrived"), and not a bare group noun ("the team").
    let names = (start..end).filter(|&k| named(k)).count();
    if names == 0 || (start == s && names < 2) {
        return None;
    }
    let words: Vec<&str> = (start..end).map(|k| ctx.raw(k)).collect();
    Some(words.join(" "))
}

/// One stop being built.
struct Draft {
    place: usize,
    evidence: Vec<Evidence>,
}

/// A candidate stop as the model saw it: for the trainer in `tools/trip-model`.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Index into `Analysis::places`.
    pub place: usize,
    /// The features, in the order of [`features::NAMES`].
    pub features: [f64; features::N],
    /// Whether the model keeps it.
    pub kept: bool,
}

/// A candidate stop and its features.
type Scored = (Draft, [f64; features::N]);

/// The traveller and every candidate stop with its features, or `None` when no
/// travel word outside the title puts the traveller anywhere.
fn candidates(
    ctx: &Ctx,
    a: &Analysis,
    main: Option<Who>,
    ev: Vec<Evidence>,
    more: impl FnOnce() -> Vec<Evidence>,
    d: &Discourse,
) -> Option<(Option<Who>, Vec<Scored>)> {
    let agree = |e: &Evidence| match who(&e.subject, d) {
        Some(w) if Some(&w) == main.as_ref() => Agree::Traveller,
        // A group ("the crew", "they") led by someone else may still carry the
        // traveller: nobody's, not another person's.
        Some(_) if e.subject == Subject::Group => Agree::Nobody,
        Some(_) => Agree::Other,
        None if matches!(e.subject, Subject::Unknown | Subject::Group) => Agree::Nobody,
        None => Agree::Thing,
    };
    let (mut mine, others): (Vec<Evidence>, Vec<Evidence>) = ev
        .into_iter()
        .partition(|e| !matches!(agree(e), Agree::Other | Agree::Thing));
    if mine.iter().all(|e| e.in_title) {
        // No travel word, or a headline alone: not a trip.
        return None;
    }
    let others_travel: FxHashSet<usize> = others.iter().map(|e| e.place).collect();
    let mut taken: FxHashSet<usize> = mine.iter().map(|e| e.tok).collect();
    for e in more() {
        // Another person's clause is theirs: a naming there is no candidate. A thing's
        // clause ("the capsule landed in X") may carry the traveller: the model weighs it.
        let ok = match e.kind {
            Kind::Mention => agree(&e) != Agree::Other,
            _ => !matches!(agree(&e), Agree::Other | Agree::Thing),
        };
        if ok && taken.insert(e.tok) {
            mine.push(e);
        }
    }
    let mut drafts: Vec<Draft> = Vec::new();
    // One draft per place and per way: a trip home to a place stays apart from a stop
    // there, so each draft's evidence is all of one kind.
    let mut index: FxHashMap<(usize, bool), usize> = FxHashMap::default();
    for e in mine {
        let key = (e.place, e.role == StopRole::Return);
        match index.get(&key) {
            Some(&i) => drafts[i].evidence.push(e),
            None => {
                index.insert(key, drafts.len());
                drafts.push(Draft {
                    place: e.place,
                    evidence: vec![e],
                });
            }
        }
    }
    merge_countries(a, &mut drafts, |d| {
        d.evidence.iter().any(|e| e.kind != Kind::Mention)
    });
    let travel: Vec<&Evidence> = drafts
        .iter()
        .flat_map(|d| &d.evidence)
        .filter(|e| e.kind == Kind::Travel)
        .collect();
    let scene = Scene::new(ctx, a, &travel);
    let scored = drafts
        .into_iter()
        .map(|dr| {
            let f = features::of(
                &scene,
                dr.place,
                &dr.evidence,
                &agree,
                others_travel.contains(&dr.place),
            );
            (dr, f)
        })
        .collect();
    Some((main, scored))
}

/// The candidate stops of a text with their features (see [`Candidate`]).
pub fn candidate_list(
    ctx: &Ctx,
    a: &Analysis,
    ev: Vec<Evidence>,
    more: impl FnOnce() -> Vec<Evidence>,
    d: &Discourse,
) -> Vec<Candidate> {
    let main = traveller(ctx, a, &ev, d);
    candidates(ctx, a, main, ev, more, d)
        .map(|(_, c)| {
            c.into_iter()
                .map(|(dr, f)| Candidate {
                    place: dr.place,
                    features: f,
                    kept: features::keep(&f),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Builds the trip from the evidence, or `None` when no one goes anywhere, and the trips
/// of the companions the text also follows (see [`companions`]). `more` gives the weaker
/// evidence (see [`cues::weaker`]), only asked for when there is a trip to weigh it for.
pub fn build(
    ctx: &Ctx,
    a: &Analysis,
    ev: Vec<Evidence>,
    more: impl FnOnce() -> Vec<Evidence>,
    d: &Discourse,
) -> (Option<Trip>, Vec<Trip>) {
    let main = traveller(ctx, a, &ev, d);
    let others = companions(a, &ev, d, main.as_ref());
    // Gathered once, when the first trip asks, and shared by every traveller's trip.
    let source = std::cell::Cell::new(Some(more));
    let weaker = std::cell::OnceCell::new();
    let more = || {
        weaker
            .get_or_init(|| source.take().map_or_else(Vec::new, |f| f()))
            .clone()
    };
    let trip = trip_of(ctx, a, main, ev.clone(), more, d);
    let Some(trip) = trip else {
        return (None, Vec::new());
    };
    let mut followed = Vec::new();
    for p in others {
        let Some(t) = trip_of(ctx, a, Some(Who::Person(p)), ev.clone(), more, d) else {
            continue;
        };
        // Their own trip, not the main traveller's retold ("the minister and her deputy
        // flew to Oslo"): at least one stop the main trip does not have.
        if t.stops
            .iter()
            .any(|s| !trip.stops.iter().any(|m| m.place == s.place))
        {
            followed.push(t);
        }
    }
    (Some(trip), followed)
}

/// The people beside the main traveller whom the text also follows: each is the named
/// subject of travel words outside the title for at least two places of their own.
/// Best followed first (most such places, then first named).
fn companions(a: &Analysis, ev: &[Evidence], d: &Discourse, main: Option<&Who>) -> Vec<usize> {
    let mut places: Vec<(usize, FxHashSet<usize>, usize)> = Vec::new();
    for (n, e) in ev.iter().enumerate() {
        if e.kind != Kind::Travel || e.in_title {
            continue;
        }
        let Some(Who::Person(p)) = who(&e.subject, d) else {
            continue;
        };
        if main == Some(&Who::Person(p)) || p >= a.people.len() {
            continue;
        }
        match places.iter_mut().find(|x| x.0 == p) {
            Some(x) => {
                x.1.insert(e.place);
            }
            None => places.push((p, FxHashSet::from_iter([e.place]), n)),
        }
    }
    places.retain(|x| x.1.len() >= 2);
    places.sort_by_key(|x| (std::cmp::Reverse(x.1.len()), x.2));
    places.into_iter().map(|x| x.0).collect()
}

/// The trip of traveller `main` (kept candidates, dated and ordered), or `None`.
fn trip_of(
    ctx: &Ctx,
    a: &Analysis,
    main: Option<Who>,
    ev: Vec<Evidence>,
    more: impl FnOnce() -> Vec<Evidence>,
    d: &Discourse,
) -> Option<Trip> {
    let ev_for_name = if main.is_none() {
        ev.clone()
    } else {
        Vec::new()
    };
    let (main, scored) = candidates(ctx, a, main, ev, more, d)?;
    let mut drafts: Vec<Draft> = scored
        .into_iter()
        .filter(|(_, f)| features::keep(f))
        .map(|(dr, _)| dr)
        .collect();
    // A country kept beside a city in it that only the model kept ("Russia", "Sochi").
    merge_countries(a, &mut drafts, |_| true);
    if drafts.is_empty() {
        return None;
    }
    let reference = a.document.reference_date.as_deref().and_then(day_number);
    let mut stops: Vec<Built> = drafts
        .into_iter()
        .map(|d| built(ctx, a, d, reference))
        .collect();
    drop_recalled_visit(&mut stops);
    if stops.is_empty() {
        return None;
    }
    order(&mut stops);
    if stops.len() > 1 && stops[0].departure_only && stops[0].stop.role == StopRole::Stop {
        stops[0].stop.role = StopRole::Origin;
    }
    let traveller = match main {
        Some(Who::Person(p)) => Some(a.people[p].id.clone()),
        // A title with no name ("the pope"): the person who holds it; no word about
        // who travels (a group or no subject): the person the text is most about.
        // Measured: leaving a group's trip without a traveller lost one right
        // traveller on the dev set.
        Some(Who::Title(t)) => subject::role_match(a, &t)
            .or_else(|| most_prominent(ctx, a))
            .map(|p| a.people[p].id.clone()),
        // A team, a ship or a relay that no person leads: its name.
        None => group_name(ctx, &ev_for_name)
            .or_else(|| most_prominent(ctx, a).map(|p| a.people[p].id.clone())),
    };
    Some(Trip {
        traveller,
        stops: stops
            .into_iter()
            .enumerate()
            .map(|(n, b)| Stop {
                order: n + 1,
                ..b.stop
            })
            .collect(),
    })
}

fn is_return(d: &Draft) -> bool {
    d.evidence.iter().all(|e| e.role == StopRole::Return)
}

/// A country visit joins the first city or region stop inside that country ("first
/// visit to Russia" + Sochi), and a first-level region (a state, a province) the first
/// stop inside it ("toured Texas" + Austin): the place the text narrows to stands for
/// the area. Trips home stay apart. Only drafts for which `solid` holds join or are
/// joined.
fn merge_countries(a: &Analysis, drafts: &mut Vec<Draft>, solid: impl Fn(&Draft) -> bool) {
    let gaz = Gazetteer::get();
    let region = |d: &Draft| {
        let p = &a.places[d.place];
        if p.kind == PlaceKind::Country {
            return None;
        }
        gaz.entry_of(&p.name, p.geonameid, p.lat, p.lon)
            .filter(|e| !e.admin1.is_empty())
            .map(|e| (e.kind, e.country, e.admin1))
    };
    // Each draft's gazetteer region, looked up once, and only when a region may join.
    let mut regions: Vec<_> = if drafts
        .iter()
        .any(|d| a.places[d.place].kind == PlaceKind::Region)
    {
        drafts.iter().map(region).collect()
    } else {
        vec![None; drafts.len()]
    };
    let mut i = 0;
    while i < drafts.len() {
        let p = &a.places[drafts[i].place];
        let area = match p.kind {
            PlaceKind::Country => None,
            PlaceKind::Region => match regions[i] {
                Some((GazKind::Admin1, c, r)) => Some((c, r)),
                _ => {
                    i += 1;
                    continue;
                }
            },
            _ => {
                i += 1;
                continue;
            }
        };
        if is_return(&drafts[i]) || !solid(&drafts[i]) {
            i += 1;
            continue;
        }
        let code = p.country.clone();
        let first_pos = |d: &Draft| d.evidence.iter().map(|e| e.order_pos).min();
        let target = drafts
            .iter()
            .enumerate()
            .filter(|(j, d)| {
                let q = &a.places[d.place];
                let inside = match area {
                    None => q.kind != PlaceKind::Country && q.country == code,
                    Some((c, r)) => matches!(
                        regions[*j],
                        Some((k, qc, qr)) if k != GazKind::Admin1 && qc == c && qr == r
                    ),
                };
                *j != i && inside && !is_return(d) && solid(d)
            })
            .min_by_key(|(_, d)| first_pos(d))
            .map(|(j, _)| j);
        match target {
            Some(j) => {
                let mut moved = std::mem::take(&mut drafts[i].evidence);
                for e in &mut moved {
                    e.from_area = true;
                    // One cue with places of another country beside it: an itinerary.
                    e.area_listed = drafts.iter().any(|d| {
                        d.evidence.iter().any(|o| {
                            o.cue == e.cue
                                && o.place != e.place
                                && a.places[o.place].country != code
                        })
                    });
                }
                drafts[j].evidence.extend(moved);
                drafts.remove(i);
                regions.remove(i);
            }
            None => i += 1,
        }
    }
}

/// Days between a recalled visit and the trip told ("who visited Paris in 2015, flew to
/// Rome on Monday"): more than a year.
const RECALLED_GAP_DAYS: i64 = 365;
/// The longest span of the other dated stops for one far earlier to be a visit recalled:
/// a trip of weeks or months, not a life told over years.
const TRIP_SPAN_DAYS: i64 = 183;

/// Drops the one stop dated more than a year before every other dated stop when those,
/// two at least, lie within half a year: an earlier visit the text recalls, not a stop
/// of this trip. One later date alone tells no span: a voyage that reached one island in
/// April and another port eighteen months later is one journey.
/// Only dates whose year the text writes count: a day without one takes its year from
/// the tense ("opened in May" last year, "plays in June" next), not from the story.
fn drop_recalled_visit(stops: &mut Vec<Built>) {
    let mut days: Vec<(i64, usize)> = stops
        .iter()
        .enumerate()
        .filter(|(_, b)| b.year_written)
        .filter_map(|(k, b)| b.day.map(|d| (d, k)))
        .collect();
    if days.len() < 3 {
        return;
    }
    days.sort_unstable();
    let (first, k) = days[0];
    let second = days[1].0;
    let last = days[days.len() - 1].0;
    if second - first > RECALLED_GAP_DAYS
        && last - second <= TRIP_SPAN_DAYS
        && stops[k].stop.status == StopStatus::Done
    {
        stops.remove(k);
    }
}

/// A stop with what ordering needs.
struct Built {
    stop: Stop,
    /// Only ever left ("left Lima", "from Lima to ..."): the origin if it comes first.
    departure_only: bool,
    phase: Phase,
    day: Option<i64>,
    pos: usize,
    /// The text first takes the traveller there as a plan (ordering's tense).
    planned_first: bool,
    /// The stop's date writes its year ("in 2015", "3 May 2024").
    year_written: bool,
    /// Whether `day` is the stop's own or one it takes for ordering.
    borrowed: Borrowed,
}

fn built(ctx: &Ctx, a: &Analysis, d: Draft, reference: Option<i64>) -> Built {
    // Judged by the stop's own words when it has some, not by a country's or a
    // region's merged into it ("begins a journey to Lebanon" beside "will travel to
    // Beirut on Sunday").
    let own = d.evidence.iter().any(|e| !e.from_area);
    let body: Vec<&Evidence> = d
        .evidence
        .iter()
        .filter(|e| !e.in_title && (!own || !e.from_area))
        .collect();
    let judged = if body.is_empty() {
        d.evidence.iter().collect()
    } else {
        body
    };
    let status = if judged.iter().any(|e| !e.planned) {
        StopStatus::Done
    } else {
        StopStatus::Planned
    };
    let role = if d.evidence.iter().all(|e| e.role == StopRole::Return) {
        StopRole::Return
    } else if d.evidence.iter().all(|e| e.role == StopRole::Transit) {
        StopRole::Transit
    } else {
        StopRole::Stop
    };
    // Sequence words from the stop's own evidence when it has some: a journey that
    // "begins" with a list of countries begins in one of them, not in each.
    // A lone country keeps its word ("This visit to X was the final leg").
    let phased = || d.evidence.iter().filter(|e| !own || !e.area_listed);
    let phase = if role == StopRole::Return {
        Phase::Home
    } else if phased().any(|e| e.phase == Phase::First) {
        Phase::First
    } else if phased().any(|e| e.phase == Phase::Last) {
        Phase::Last
    } else {
        Phase::Middle
    };
    // The most precise date, then the earliest; from the stop's own evidence when that
    // is dated, not from a country or region merged into it ("will visit Lebanon from 27
    // November" beside "in Beirut on 29 November").
    let dated: Vec<(bool, (usize, u8, i64))> = d
        .evidence
        .iter()
        .filter(|e| !e.from)
        .filter_map(|e| Some((e.from_area, time_near(ctx, a, e.tok, reference)?)))
        .collect();
    let own_dated = dated.iter().any(|&(area, _)| !area);
    let mut date: Option<(u8, i64, usize)> = None;
    for &(_, (ti, prec, day)) in dated.iter().filter(|&&(area, _)| !own_dated || !area) {
        let better = match date {
            None => true,
            Some((p, dd, _)) => prec > p || (prec == p && day < dd),
        };
        if better {
            date = Some((prec, day, ti));
        }
    }
    let primary = d
        .evidence
        .iter()
        .find(|e| !e.in_title && !e.from)
        .or_else(|| d.evidence.iter().find(|e| !e.in_title))
        .unwrap_or(&d.evidence[0]);
    let toks = &ctx.doc.tokens;
    let (s, e) = (
        primary.cue.min(primary.tok),
        primary.cue.max(primary.end_tok - 1),
    );
    // Text order from the body (a headline names places in any order), and from the
    // stop's own evidence when it has some there.
    let own_body = d.evidence.iter().any(|e| !e.in_title && !e.from_area);
    let body_pos = d
        .evidence
        .iter()
        .filter(|e| !e.in_title && (!own_body || !e.from_area || e.area_listed))
        .map(|e| e.order_pos);
    let pos = body_pos
        .min()
        .or_else(|| d.evidence.iter().map(|e| e.order_pos).min())
        .unwrap_or(0);
    // Ordering weighs the tense where the text first takes the traveller there, so
    // "leave for Princeton and New York" keeps its order when New York is also left
    // later.
    let at_first: Vec<&&Evidence> = judged.iter().filter(|e| e.order_pos == pos).collect();
    let planned_first = if at_first.is_empty() {
        status == StopStatus::Planned
    } else {
        at_first.iter().all(|e| e.planned)
    };
    Built {
        stop: Stop {
            order: 0,
            place: a.places[d.place].id.clone(),
            time: date
                .map(|(_, _, ti)| ti)
                .or_else(|| {
                    d.evidence
                        .iter()
                        .filter(|e| !e.from)
                        .find_map(|e| undated_time_near(ctx, a, e.tok))
                })
                .map(|ti| a.times[ti].id.clone()),
            status,
            role,
            evidence: Span {
                start: toks[s].start,
                end: toks[e].end,
            },
        },
        departure_only: d.evidence.iter().all(|e| e.from),
        phase,
        day: date.map(|(_, day, _)| day),
        pos,
        planned_first,
        year_written: date.is_some_and(|(_, _, ti)| has_year(&a.times[ti].text)),
        borrowed: Borrowed::Own,
    }
}

/// Orders stops by phase (first, middle, last, home), then date (undated stops take
/// the date of the stop before them in the text and come after it; those told before
/// any dated stop come before the first), then done before planned, then text order.
fn order(stops: &mut [Built]) {
    stops.sort_by_key(|b| b.pos);
    let mut carry = stops.iter().find_map(|b| b.day);
    let mut dated_before = false;
    for b in stops.iter_mut() {
        b.borrowed = match b.day {
            Some(_) => {
                carry = b.day;
                dated_before = true;
                Borrowed::Own
            }
            None if dated_before => Borrowed::FromEarlier,
            None => Borrowed::FromLater,
        };
        b.day = carry;
    }
    stops.sort_by_key(|b| {
        (
            b.phase,
            b.day.unwrap_or(0),
            b.borrowed,
            b.planned_first,
            b.pos,
        )
    });
}

/// Where an undated stop's date for ordering comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Borrowed {
    /// Told before any dated stop: it takes the first date, and comes before that stop.
    FromLater,
    /// The stop's own date.
    Own,
    /// The date of the stop told before it, which it follows.
    FromEarlier,
}

/// The dated time nearest to token `tok` in its sentence: (index into `a.times`,
/// precision 1 year / 2 month or week / 3 day, day number).
fn time_near(
    ctx: &Ctx,
    a: &Analysis,
    tok: usize,
    reference: Option<i64>,
) -> Option<(usize, u8, i64)> {
    ctx.times_in(&ctx.sentence_of(tok))
        .iter()
        .filter_map(|(r, ti)| {
            let t = &a.times[*ti];
            if t.kind != "DATE" && t.kind != "TIME" {
                return None;
            }
            let v = t.value.as_deref()?;
            let (prec, day) = if v == "PRESENT_REF" {
                (3, reference?)
            } else if reference.is_none() {
                date_value(v).or_else(|| yearless_value(v))?
            } else {
                date_value(v)?
            };
            Some((r.start.abs_diff(tok), *ti, prec, day))
        })
        .min_by_key(|x| x.0)
        .map(|(_, ti, p, d)| (ti, p, d))
}

/// The nearest date or time in the sentence of token `tok` even without a calendar
/// value ("Tuesday" when the text gives no reference date): shown, not used to order.
fn undated_time_near(ctx: &Ctx, a: &Analysis, tok: usize) -> Option<usize> {
    ctx.times_in(&ctx.sentence_of(tok))
        .iter()
        .filter(|(_, ti)| matches!(a.times[*ti].kind.as_str(), "DATE" | "TIME"))
        .filter(|(_, ti)| {
            let v = a.times[*ti].value.as_deref().unwrap_or("");
            !v.ends_with("_REF")
        })
        .min_by_key(|(r, _)| r.start.abs_diff(tok))
        .map(|(_, ti)| *ti)
}

/// Whether a time expression writes a year: four digits in a row ("2015", "May 1790").
fn has_year(text: &str) -> bool {
    text.as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
}

/// Precision and day number of a TimeML date value: `2015-05-12` (3), `2015-05` or
/// `2015-W20` (2), `2015` (1).
fn date_value(v: &str) -> Option<(u8, i64)> {
    let y: i64 = v.get(0..4)?.parse().ok()?;
    let rest = v.get(4..).unwrap_or("");
    if rest.is_empty() {
        return Some((1, civil_days(y, 1, 1)));
    }
    let rest = rest.strip_prefix('-')?;
    if let Some(wk) = rest.strip_prefix('W') {
        let w: i64 = wk.get(0..2)?.parse().ok()?;
        return Some((2, civil_days(y, 1, 1) + 7 * (w - 1)));
    }
    let m: i64 = rest.get(0..2)?.parse().ok()?;
    if !(1..=12).contains(&m) {
        return None;
    }
    match rest.get(2..3) {
        Some("-") => {
            let d: i64 = rest.get(3..5)?.parse().ok()?;
            Some((3, civil_days(y, m, d)))
        }
        _ => Some((2, civil_days(y, m, 1))),
    }
}

/// A day or month whose year the text leaves open (`XXXX-06-21`, `XXXX-06`), placed in
/// one stand-in year: without a reference date the text's dates are still ordered
/// ("June 21" before "June 24").
fn yearless_value(v: &str) -> Option<(u8, i64)> {
    let rest = v.strip_prefix("XXXX")?;
    if rest.starts_with("-W") {
        return None;
    }
    date_value(&format!("{YEARLESS}{rest}"))
}

/// The stand-in year of [`yearless_value`] (a leap year, so February 29 exists).
const YEARLESS: i64 = 2000;

/// Day number of `YYYY-MM-DD` text.
fn day_number(v: &str) -> Option<i64> {
    match date_value(v)? {
        (3, d) => Some(d),
        _ => None,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn civil_days(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_values_by_precision() {
        let cases = [
            ("2015-05-12", Some((3, civil_days(2015, 5, 12)))),
            ("2015-05", Some((2, civil_days(2015, 5, 1)))),
            ("2015", Some((1, civil_days(2015, 1, 1)))),
            ("2015-W20", Some((2, civil_days(2015, 1, 1) + 133))),
            ("PAST_REF", None),
            ("P2Y", None),
        ];
        for (v, want) in cases {
            assert_eq!(date_value(v), want, "{v}");
        }
        assert_eq!(yearless_value("XXXX-06-21"), date_value("2000-06-21"));
        assert_eq!(yearless_value("XXXX-06"), date_value("2000-06"));
        assert_eq!(yearless_value("XXXX-WXX-1"), None);
        assert_eq!(civil_days(1970, 1, 1), 0);
        assert_eq!(civil_days(2000, 3, 1), 11017);
    }
}
