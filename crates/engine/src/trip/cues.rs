//! Travel evidence: each place the text puts someone in, with the words that do it.
//!
//! Patterns, each over tokens of one sentence:
//! - motion: "travel (on) to X", "arrive in X", "head for X", "from X to Y", "via X",
//!   "flew via X to Y", "rode a freight train north to X", "travelled throughout X",
//!   "bound for X";
//! - visit: "visit X, Y and Z"; leave: "left X (for Y)"; return: "return (home) to X";
//! - be: "I am in Kyiv", "will then be in Phnom Penh", "has been to Lima";
//! - activity: "met ... in Niamey", "attend the summit ... in Cornwall" (same clause);
//! - noun: "visit to Russia", "stops in Hawaii; Fiji; and Papua New Guinea", "Her
//!   stops: A, B and C";
//! - events of a tour: "Concerts follow in A on 5 May, B on 7 May and C";
//! - adverbial: "In Gabon, Mr. Finer met ...", "While in Brussels, ...", "After talks
//!   in Lyon, ...";
//! - schedule lines: "Day 2: Naples", "- Nov. 3: Tokyo", each line of a sentence.
//!
//! A list goes on past its preposition said again ("in Kenya on Monday, and in
//! Uganda"). Weaker evidence ([`weaker`]) includes "told reporters in Tokyo".
//!
//! A clause with a negation or a cancellation, a visit "last" made or "years ago", and
//! earlier trips that this one "follows" give no evidence.

use super::context::{At, Ctx};
use super::lexicon::{self as lx, is};
use super::subject::{self, Subject, Subjects};
use crate::analysis::{Analysis, PlaceKind, StopRole};
use crate::places::km;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Where a stop falls in the trip, before dates and text order are looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Said to come first ("begin his travel in", "followed stops in").
    First,
    /// No word about it.
    Middle,
    /// Said to come last ("the final leg").
    Last,
    /// Going home.
    Home,
}

/// How strong a piece of evidence is, by what found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A travel word governs the place ("flew to X", "her visit to X").
    Travel,
    /// "in X" or "at X" in a person's clause ("spoke at a rally in X"): see [`weaker`].
    Weak,
    /// The place is only named: see [`weaker`].
    Mention,
}

/// One piece of evidence that the subject is (or will be) at a place.
#[derive(Debug, Clone)]
pub struct Evidence {
    /// What found it.
    pub kind: Kind,
    /// Index into `Analysis::places`.
    pub place: usize,
    /// First token of the place mention.
    pub tok: usize,
    /// One past the last token of the place mention.
    pub end_tok: usize,
    /// The travel word.
    pub cue: usize,
    /// Who travels.
    pub subject: Subject,
    /// Whether it lies ahead.
    pub planned: bool,
    /// Stop, return, transit or origin.
    pub role: StopRole,
    /// Sequence words.
    pub phase: Phase,
    /// The place is being left ("from X", "left X"): it comes before `anchor`'s place.
    pub from: bool,
    /// Token used for text order (twice the token index, minus one for a place left).
    pub order_pos: usize,
    /// Whether the evidence is in the title line.
    pub in_title: bool,
    /// Whether the evidence named a country or region that the stop lies in ("will
    /// visit Lebanon" for a stop in Beirut): it says less of when than the stop's own.
    pub from_area: bool,
    /// Whether that country or region was one of several places one travel word
    /// governs ("a visit to Brazil, Argentina and Chile"): its place in the list orders
    /// the stop it joins.
    pub area_listed: bool,
}

impl Evidence {
    /// Evidence for place mention `p` from the word at token `cue`: an ordinary stop,
    /// no sequence word, ordered by where the place is named.
    fn at(ctx: &Ctx, cue: usize, p: At, subject: Subject, planned: bool) -> Evidence {
        Evidence {
            kind: Kind::Travel,
            place: p.idx,
            tok: p.start,
            end_tok: p.end,
            cue,
            subject,
            planned,
            role: StopRole::Stop,
            phase: Phase::Middle,
            from: false,
            order_pos: 2 * p.start,
            in_title: ctx.in_title(cue),
            from_area: false,
            area_listed: false,
        }
    }
}

/// Finds every piece of travel evidence.
pub fn find(ctx: &Ctx, a: &Analysis, subs: &Subjects) -> Vec<Evidence> {
    let mut out: Vec<Evidence> = Vec::new();
    // Tokens that already have evidence (a set, so the check stays O(1) on long texts).
    let mut seen = FxHashSet::default();
    // Where the last sentence with evidence first takes the traveller.
    let mut last_first: Option<usize> = None;
    for range in &ctx.doc.sentence_tokens {
        if cancelled(ctx, range.clone()) {
            continue;
        }
        let mut f = Finder {
            ctx,
            a,
            subs,
            out: Vec::new(),
        };
        f.adverbial(range.clone());
        for i in range.clone() {
            f.at(i, range.end);
        }
        if f.out.is_empty() {
            f.schedule(range.clone());
        }
        let this_first = f.out.iter().map(|e| e.order_pos).min();
        if flashback(ctx, range.start) {
            if let Some(before) = last_first {
                // Just before the stops of the sentence before, in their own order.
                let mut by_pos: Vec<usize> = (0..f.out.len()).collect();
                by_pos.sort_by_key(|&k| f.out[k].order_pos);
                let n = by_pos.len();
                for (rank, k) in by_pos.into_iter().enumerate() {
                    f.out[k].order_pos = before.saturating_sub(n - rank);
                }
            }
        } else if this_first.is_some() {
            last_first = this_first;
        }
        for e in f.out {
            if seen.insert(e.tok) {
                out.push(e);
            }
        }
    }
    out
}

/// The evidence weaker than a travel word, in one pass over the sentences that call no
/// journey off, outside the title; the trip weighs it with the rest of what it knows of
/// each place (see `features`). First every weak piece, then every mention:
/// - weak: "in X" or "at X" in a clause whose subject is a person, a title or a group
///   ("Morales spoke at a rally in Cochabamba"), with no word of saying, of a life event
///   ("was born in") or of negation in the clause;
/// - mention: every other naming of a place that could be a stop, with its clause
///   subject and tense, which only the place's other features can lift.
pub fn weaker(ctx: &Ctx, a: &Analysis, subs: &Subjects) -> Vec<Evidence> {
    let mut weak = Vec::new();
    let mut mentions = Vec::new();
    for r in &ctx.doc.sentence_tokens {
        if cancelled(ctx, r.clone()) {
            continue;
        }
        let f = Finder {
            ctx,
            a,
            subs,
            out: Vec::new(),
        };
        for k in r.clone() {
            if ctx.in_title(k) {
                continue;
            }
            if matches!(ctx.w(k), "in" | "at") {
                if let Some(e) = weak_at(&f, r.start, k) {
                    weak.push(e);
                }
            }
            if ctx.place_at[k].is_none() {
                continue;
            }
            let Some(p) = own_place_at(ctx, a, k, k) else {
                continue;
            };
            // The tense from the word before the place's preposition: "sailed from A to
            // B" is done, though "to B" alone reads like an infinitive.
            let lead = if matches!(ctx.w(k.wrapping_sub(1)), "to" | "in" | "at" | "from") {
                k - 1
            } else {
                k
            };
            mentions.push(Evidence {
                kind: Kind::Mention,
                ..Evidence::at(ctx, k, p, subs.at[k].clone(), f.planned(lead))
            });
        }
    }
    weak.extend(mentions);
    weak
}

/// Weak evidence from "in" or "at" at token `k` of the sentence starting at `start`
/// (see [`weaker`]).
fn weak_at(f: &Finder, start: usize, k: usize) -> Option<Evidence> {
    let ctx = f.ctx;
    let p = own_place_at(ctx, f.a, k + 1, k)?;
    let subject = f.subs.at[k].clone();
    if matches!(subject, Subject::Other) {
        return None;
    }
    let c = (start..k)
        .rev()
        .find(|&c| matches!(ctx.w(c), ";" | ",") || is(&lx::CLAUSE_BREAKS, ctx.w(c)))
        .map_or(start, |c| c + 1);
    // "said in Nairobi that", "told reporters in Tokyo": where the speaker stood, when
    // only the audience comes between the verb and the place.
    let spoke_there = |v: usize| {
        (v + 1..k).all(|m| {
            matches!(
                ctx.w(m),
                "reporters"
                    | "journalists"
                    | "lawmakers"
                    | "parliament"
                    | "troops"
                    | "students"
                    | "supporters"
                    | "the"
                    | "a"
                    | "news"
                    | "press"
                    | "conference"
                    | "briefing"
                    | "crowd"
                    | "crowds"
            )
        })
    };
    let quiet = (c..k).all(|c| {
        let w = ctx.w(c);
        (!is(&lx::SPEECH, w) || spoke_there(c)) && !is(&lx::LIFE, w) && !is(&lx::NEGATION, w)
    });
    if !quiet || f.blocked(k) {
        return None;
    }
    Some(Evidence {
        kind: Kind::Weak,
        ..Evidence::at(ctx, k, p, subject, f.planned(k))
    })
}

/// The place named at token `k` when it stands for itself: not a qualifier of the
/// place before it ("Swansea, in Wales"), not a possessive or a modifier of a noun
/// ("Russia's", "the Paris agreement").
/// `lead` is the phrase's first token (the preposition, or the place itself).
fn own_place_at(ctx: &Ctx, a: &Analysis, k: usize, lead: usize) -> Option<At> {
    let p = ctx.stop_place_at(a, k)?;
    let ends_place =
        |e: usize| (e.saturating_sub(4)..e).any(|m| ctx.place_at[m].is_some_and(|q| q.end == e));
    let before = lead;
    if ends_place(before) || (ctx.w(before.wrapping_sub(1)) == "," && ends_place(before - 1)) {
        return None;
    }
    let e = past_kind_word(ctx, p.end);
    if ctx.w(p.end - 1).ends_with("'s") || modifier(ctx.raw(e)) || compound(ctx.w(e)) {
        return None;
    }
    // "at the Olympia in Paris": a venue named like a town after "the".
    if p.start > k && ctx.venue(a, p) {
        return None;
    }
    Some(p)
}

/// Whether `w` (lowercase) is a word some pattern of [`Finder::at`] starts from: the
/// travel words of every list, in one set.
#[inline(never)]
fn is_cue(w: &str) -> bool {
    static CUES: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    CUES.get_or_init(|| {
        let lists = [
            &lx::BEGIN,
            &lx::BEGIN_END_VERBS,
            &lx::NOUNS,
            &lx::RETURN,
            &lx::MOTION,
            &lx::LEAVE,
            &lx::BE,
            &lx::VISIT,
            &lx::ACTIVITY,
            &lx::GIVE,
            &lx::TAKE,
            &lx::RIDE_CUES,
            &lx::INCLUDE,
            &lx::WAY_CUES,
            &lx::HOST,
            &lx::LEAD,
            &lx::LIFT_OFF,
            &lx::REACHED,
        ];
        lists
            .iter()
            .flat_map(|l| l.words().iter().copied())
            .collect()
    })
    .contains(w)
}

struct Finder<'c, 'a> {
    ctx: &'c Ctx<'a>,
    a: &'c Analysis,
    subs: &'c Subjects,
    out: Vec<Evidence>,
}

impl Finder<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.ctx.w(i)
    }

    /// Looks for a cue at token `i` (sentence ends at `end`).
    fn at(&mut self, i: usize, end: usize) {
        let ctx = self.ctx;
        let w = ctx.w(i);
        // Only a travel word can be a cue; the check for a negation or a past visit
        // (which reads back through the sentence) is left for those.
        if is(&lx::EVENT_NOUNS, w) && !self.blocked(i) {
            let before = self.out.len();
            self.event_list(i, end);
            // "before meeting with the governor in Tallahassee": the verb, not the noun.
            if self.out.len() == before && w == "meeting" && self.w(i + 1) == "with" {
                self.activity(i, end);
            }
            return;
        }
        if !is_cue(w) || self.blocked(i) {
            return;
        }
        let before = self.out.len();
        if is(&lx::BEGIN, w) && self.w(i + 1) == "in" && self.journey_before(i) {
            // "a visit to China that began in Chongqing": where the journey starts.
            self.list_from(i, i + 2, end, StopRole::Stop, false);
            self.journey_subject_from(before);
            for e in &mut self.out[before..] {
                e.phase = Phase::First;
            }
            return;
        }
        // "ended it in Hanoi", "wrapped up her Asian tour in Hanoi": the journey may be
        // its object.
        let v = if self.w(i + 1) == "up" { i + 1 } else { i };
        let object = match self.w(v + 1) {
            "it" => 1,
            "the" | "her" | "his" | "their" | "its" => (v + 2..v + 5)
                .take_while(|&k| self.w(k) != "in")
                .find(|&k| is(&lx::NOUNS, self.w(k)) || is(&lx::EVENT_NOUNS, self.w(k)))
                .map_or(0, |k| k - v),
            w if v > i && is(&lx::EVENT_NOUNS, w) => 1,
            _ => 0,
        };
        // "wrapped up" ends a journey done; "is wrapping up a visit ... before heading
        // to X" does not end the trip.
        if (is(&lx::FINAL, w) || w == "wrapped")
            && (is(&lx::BEGIN_END_VERBS, w) || v > i)
            && self.w(v + 1 + object) == "in"
        {
            // "the tour will end in Madrid": where the journey ends.
            self.list_from(i, v + 2 + object, end, StopRole::Stop, false);
            self.journey_subject_from(before);
            for e in &mut self.out[before..] {
                e.phase = Phase::Last;
            }
            return;
        }
        // "made it to Tijuana", "got as far as Reynosa": a place reached.
        let made_it = matches!(w, "made" | "make" | "makes" | "making") && self.w(i + 1) == "it";
        let as_far = matches!(w, "got" | "get" | "gets" | "went" | "made" | "came")
            && self.w(i + 1) == "as"
            && self.w(i + 2) == "far"
            && self.w(i + 3) == "as";
        if (made_it && self.w(i + 2) == "to") || as_far {
            let j = if as_far { i + 4 } else { i + 3 };
            self.list_from(i, j, end, StopRole::Stop, false);
            if self.out.len() > before {
                return;
            }
        }
        if is(&lx::TAKE, w) || matches!(w, "boarded" | "board" | "boards" | "boarding") {
            // "took a bus to Mexico City", "boarded a flight to Rome": a ride is motion.
            let k = if matches!(self.w(i + 1), "a" | "an" | "the" | "his" | "her" | "their") {
                i + 2
            } else {
                i + 1
            };
            // Up to two words may qualify the vehicle ("a chartered flight", "a NASA
            // plane", "the overnight sleeper train").
            let k = (k..(k + 3).min(end))
                .take_while(|&j| {
                    let w = self.w(j);
                    !matches!(w, "to" | "for" | "from" | "," | "." | "and")
                })
                .find(|&j| is(&lx::VEHICLES, self.w(j)))
                .unwrap_or(k);
            if is(&lx::VEHICLES, self.w(k)) && matches!(self.w(k + 1), "to" | "for" | "from") {
                self.motion(k, end);
                if self.out.len() > before {
                    for e in &mut self.out[before..] {
                        e.cue = i;
                    }
                    return;
                }
            }
        }
        // "the trip took in Lima and Quito": "took in" is "included".
        let took_in = is(&lx::TAKE, w) && self.w(i + 1) == "in";
        if (is(&lx::INCLUDE, w) || took_in) && self.journey_before(i) {
            // "a tour that also included Lima, Quito and Cusco", "the itinerary includes
            // Masses in Fatima and Braga", "the tour covered three countries: A, B and
            // C".
            let mut j = self.skip_particles(i + 1 + usize::from(took_in), end);
            if let Some(k) = self.counted_places(j, end) {
                j = k;
            }
            if self.list(j, end).is_some() {
                self.list_from(i, j, end, StopRole::Stop, false);
            } else {
                self.activity(i, end);
            }
            self.journey_subject_from(before);
            // "Her itinerary also includes Muscat": a journey's parts told in the
            // present are its plan, still ahead.
            if matches!(
                w,
                "include" | "includes" | "cover" | "covers" | "span" | "spans"
            ) {
                for e in &mut self.out[before..] {
                    e.planned = true;
                }
            }
            return;
        }
        if (w == "route" && self.w(i.saturating_sub(1)) == "en")
            || (w == "way"
                && matches!(
                    self.w(i.saturating_sub(1)),
                    "his" | "her" | "their" | "its" | "the" | "our" | "my"
                ))
        {
            // "en route to Cairo", "on his way back to Rome".
            let j = self.skip_particles(i + 1, end);
            let home = (i + 1..j).any(|k| matches!(self.w(k), "back" | "home"));
            let role = if home {
                StopRole::Return
            } else {
                StopRole::Stop
            };
            match self.w(j) {
                "to" | "into" | "through" => self.list_from(i, j + 1, end, role, false),
                "from" => {
                    if let Some((next, Some(_))) = self.left_from(i, j + 1, end) {
                        self.list_from(i, next + 1, end, role, false);
                    }
                }
                _ => {}
            }
            return;
        }
        if matches!(w, "departure" | "departures") && self.w(i + 1) == "from" {
            // "his departure from Lima": a place left.
            if let Some(places) = self.list(i + 2, end) {
                for p in places {
                    self.push(i, p, StopRole::Stop, true, p.start);
                }
            }
            return;
        }
        if matches!(w, "set" | "sets" | "setting")
            && matches!(self.w(i + 1), "off" | "out" | "sail")
        {
            // "set out from Kathmandu", "set sail for Lisbon".
            let j = i + 2;
            match self.w(j) {
                "from" => {
                    self.left_from(i, j + 1, end);
                }
                "for" | "to" => self.list_from(i, j + 1, end, StopRole::Stop, false),
                _ => {}
            }
            return;
        }
        if matches!(w, "called" | "calls" | "call" | "calling" | "put" | "puts")
            && (self.w(i + 1) == "at"
                || (self.w(i + 1) == "in" && self.w(i + 2) == "at")
                || (w.starts_with("put") && self.w(i + 1) == "into"))
        {
            // A ship "called at Lisbon", "put in at Cape Town", "put into Valparaiso".
            let j = if matches!(self.w(i + 1), "at" | "into") {
                i + 2
            } else {
                i + 3
            };
            self.list_from(i, j, end, StopRole::Stop, false);
            return;
        }
        if is(&lx::TAKE, w) && matches!(self.w(i + 1), "him" | "her" | "them") {
            // "a tour that took him to Shanghai", "a plane carrying him back to La Paz",
            // "the journey took her through Peru": the one taken travels.
            let mut j = self.skip_particles(i + 2, end);
            // "paid smugglers to get him from Tecun Uman to Tapachula": a place left
            // first.
            // "took her from Caracas through Colombia": or through places first.
            if self.w(j) == "from" {
                if let Some((next, _)) = self.left_from(i, j + 1, end) {
                    j = next;
                }
            }
            if matches!(self.w(j), "to" | "through" | "across" | "into") {
                let home = (i + 2..j).any(|k| matches!(self.w(k), "back" | "home"));
                let role = if home {
                    StopRole::Return
                } else {
                    StopRole::Stop
                };
                self.list_from(i, j + 1, end, role, false);
                self.go_on(i, before, role, end);
                self.via_and_from(i, end);
                self.journey_subject_from(before);
                return;
            }
        }
        if is(&lx::LEAD, w) {
            // "led a trade delegation to Hanoi", "headed the U.S. team at talks in
            // Geneva": the leader goes where the group goes.
            let group = (i + 2..end.min(i + 6)).find(|&k| {
                (lx::group_noun(self.w(k)) || matches!(self.w(k), "mission" | "missions"))
                    && matches!(self.w(i + 1), "a" | "an" | "the" | "his" | "her" | "their")
            });
            if let Some(g) = group {
                let j = self.skip_particles(g + 1, end);
                if matches!(self.w(j), "to" | "into" | "through") {
                    self.list_from(i, j + 1, end, StopRole::Stop, false);
                    return;
                }
            }
        }
        if is(&lx::NOUNS, w) && self.place_before_noun(i) {
            return;
        }
        // "the plane took off from Moscow": a place left.
        if is(&lx::TAKE, w) && self.w(i + 1) == "off" && self.w(i + 2) == "from" {
            self.leave(i + 1, end);
            return;
        }
        if is(&lx::NOUNS, w) && self.noun_reading(i) {
            self.noun(i, end);
        } else if is(&lx::RETURN, w) {
            self.return_cue(i, end);
        } else if is(&lx::MOTION, w) {
            self.motion(i, end);
        } else if is(&lx::LEAVE, w) {
            self.leave(i, end);
        } else if is(&lx::BE, w) {
            self.be(i, end);
        }
        if self.out.len() == before && matches!(w, "flee" | "flees" | "fled" | "fleeing") {
            // "fled Caracas in May": the place fled is a place left.
            self.leave(i, end);
        }
        if self.out.len() == before && is(&lx::LIFT_OFF, w) {
            // "lifted off from Baikonur", "launched from Cape Canaveral": a place left.
            let j = if self.w(i + 1) == "off" { i + 2 } else { i + 1 };
            if self.w(j) == "from" {
                self.leave(i, end);
                return;
            }
        }
        // "crossed Guatemala and Mexico": a country or a region a verb of crossing takes
        // is gone through (a street crossed is not).
        let crossed = is(&lx::CROSS, w)
            && self.ctx.stop_place_at(self.a, i + 1).is_some_and(|p| {
                matches!(
                    self.a.places[p.idx].kind,
                    PlaceKind::Country | PlaceKind::Region
                )
            });
        let visit = is(&lx::VISIT, w) || crossed;
        if self.out.len() == before && visit && self.visited_places(i, end) {
            return;
        }
        if self.out.len() == before && visit && !self.noun_reading(i) {
            let mut j = i + 1;
            // "will visit four nations: A, B and C".
            if let Some(k) = self.counted_places(j, end) {
                j = k;
            }
            // "reaching as far west as Victoria": how far the journey went.
            if self.w(j) == "as" && self.w(j + 1) == "far" {
                if let Some(k) = (j + 2..end.min(j + 5)).find(|&k| self.w(k) == "as") {
                    j = k + 1;
                }
            }
            self.list_from(i, j, end, StopRole::Stop, false);
        }
        if self.out.len() == before && is(&lx::NOUNS, w) {
            self.noun(i, end);
        }
        if self.out.len() == before && is(&lx::ACTIVITY, w) && !self.noun_reading(i) {
            self.activity(i, end);
        }
        // "gave talks in Oslo": a verb of giving with an event or a speech as object.
        if self.out.len() == before && self.ctx.gives_event(i, end) {
            self.activity(i, end);
        }
        if self.out.len() == before && is(&lx::BE, w) {
            self.copular_stop(i);
        }
        if self.out.len() == before && is(&lx::HOST, w) {
            self.place_hosts(i);
        }
    }

    /// "his Beijing visit", "the Tokyo leg of the tour": a place right before a journey
    /// noun, itself after a determiner or a possessive, names where the journey goes.
    fn place_before_noun(&mut self, i: usize) -> bool {
        let ctx = self.ctx;
        let Some(p) = (i.saturating_sub(4)..i)
            .find_map(|m| ctx.stop_place_at(self.a, m))
            .filter(|p| p.end == i)
        else {
            return false;
        };
        let d = self.w(p.start.wrapping_sub(1));
        let determiner = p.start > 0
            && (is_possessive(d)
                || matches!(d, "his" | "her" | "their" | "the" | "a" | "this" | "its"));
        if !determiner || self.ctx.place_at[p.start].is_none() {
            return false;
        }
        let subject = if p.start >= 2 && is_possessive(d) {
            (p.start.saturating_sub(5)..p.start)
                .filter_map(|m| ctx.person_at[m])
                .find(|q| q.end == p.start)
                .map_or_else(|| self.subs.at[i].clone(), |q| Subject::Person(q.idx))
        } else {
            match d {
                "his" | "her" => self.subs.at[i].clone(),
                "their" => Subject::Group,
                _ => self.subject_of(i),
            }
        };
        let planned = self.planned(i);
        self.out.push(Evidence {
            phase: self.phase(i),
            ..Evidence::at(ctx, i, p, subject, planned)
        });
        true
    }

    /// Whether the word at `i` reads as a noun ("his visit", "the trip").
    fn noun_reading(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let p = self.w(i - 1);
        let determiner = |w: &str| {
            w.ends_with("'s")
                || matches!(
                    w,
                    "his" | "her" | "their" | "its" | "our" | "my" | "the" | "this" | "a"
                )
        };
        // "her first visit" is a noun; "will first travel to", "first flew to" are verbs
        // after an adverb.
        if matches!(p, "first" | "final" | "last" | "next") {
            return i >= 2 && determiner(self.w(i - 2));
        }
        determiner(p) || matches!(p, "upcoming" | "official" | "state" | "important")
    }

    /// Negated, or a past visit given as background, or told in a "when" clause of
    /// one ("last visited Africa in 2019, when she toured Ghana").
    fn blocked(&self, i: usize) -> bool {
        if self.negated_or_past(i) {
            return true;
        }
        let s = self.ctx.sentence_of(i).start;
        // "Instead he stayed in Berlin", "remained in Rome instead": staying in place of
        // a journey is no journey.
        if matches!(
            self.w(i),
            "stay" | "stays" | "stayed" | "staying" | "remained"
        ) {
            let e = self.ctx.sentence_of(i).end;
            if (s..e.min(i + 12)).any(|k| self.w(k) == "instead") {
                return true;
            }
        }
        let Some(k) = (s..i).rev().find(|&k| self.w(k) == "when") else {
            return false;
        };
        (s..k).any(|c| {
            let w = self.w(c);
            (is(&lx::VISIT, w) || is(&lx::MOTION, w) || is(&lx::NOUNS, w))
                && self.negated_or_past(c)
        })
    }

    /// The cue at `i` is negated or a past visit given as background.
    fn negated_or_past(&self, i: usize) -> bool {
        let s = self.ctx.sentence_of(i).start;
        // "Before that, he had stopped in Ottawa": a pluperfect after a flashback
        // marker tells an earlier part of this journey, not an earlier journey.
        // "had stops in Denver": "had" before a noun is the verb, no pluperfect.
        let back_in_trip = flashback(self.ctx, s);
        let back = (s.max(i.saturating_sub(4))..i).rev();
        for k in back {
            let w = self.w(k);
            if w == "," || w == ";" {
                break;
            }
            if is(&lx::NEGATION, w)
                || matches!(w, "last" | "previously" | "once")
                || (w == "had" && !back_in_trip && !(k + 1 == i && is(&lx::NOUNS, self.w(i))))
            {
                return true;
            }
        }
        let e = self.ctx.sentence_of(i).end;
        (i + 1..e.min(i + 10)).any(|k| self.w(k) == "ago")
    }

    fn motion(&mut self, i: usize, end: usize) {
        let mut j = self.skip_particles(i + 1, end);
        // "rode buses through Mexico", "travelled by helicopter to Tapa", "went on foot
        // to Lhasa": the means of travel stands before the destination.
        for _ in 0..2 {
            let k = self.means(j);
            if k == j {
                break;
            }
            j = self.skip_particles(k, end);
        }
        // "walked for days to Necocli", "drove north to Kirkuk", "sailed on overnight
        // to Hobart": how long and which way before the destination.
        j = self.skip_manner(j, end);
        // "travelled widely, to Tokyo and Sydney": how much, then where.
        if matches!(self.w(j), "widely" | "extensively")
            || (self.w(j) == "," && matches!(self.w(j.wrapping_sub(1)), "widely" | "extensively"))
        {
            j += 1;
            if self.w(j) == "," {
                j += 1;
            }
        }
        if self.w(j) == "from" {
            if let Some((next, _)) = self.left_from(i, j + 1, end) {
                j = next;
            }
        }
        // "flew via Dubai to Perth": a transit before the destination.
        if self.w(j) == "via" {
            if let Some(places) = self.list(j + 1, end) {
                let next = places.last().map_or(j, |p| p.end);
                if matches!(self.w(next), "to" | "into") {
                    let dest = self
                        .list(next + 1, end)
                        .and_then(|l| l.first().map(|p| p.start));
                    for p in places {
                        self.push(i, p, StopRole::Transit, true, dest.unwrap_or(p.start));
                    }
                    j = next;
                }
            }
        }
        // "travelled up the river to Quebec", "drove across the desert to Amman": a
        // path before the destination; so is what a verb of crossing takes ("crossed
        // the Darien Gap into Panama").
        let path = |w: &str| matches!(w, "up" | "down" | "along" | "across" | "over" | "around");
        let the = if path(self.w(j)) && self.w(j + 1) == "the" {
            Some(j + 1)
        } else if self.w(j) == "the"
            && ((j > i + 1 && path(self.w(j - 1))) || is(&lx::CROSS, self.w(i)))
        {
            Some(j)
        } else {
            None
        };
        if let Some(the) = the {
            if let Some(t) =
                (the + 1..end.min(the + 7)).find(|&k| matches!(self.w(k), "to" | "into"))
            {
                if (the + 1..t).all(|k| !is_cue(self.w(k)) && self.w(k) != ",") {
                    j = t;
                }
            }
        }
        // "splashed down off the coast of San Diego": off the town, not the country
        // whose coast it is.
        // ("off" may have been skipped as a particle.)
        let o = if self.w(j) == "the" && j > i + 1 {
            j - 1
        } else {
            j
        };
        let off_coast = self.off_coast(o);
        if off_coast {
            j = o + 3;
        }
        // "landed southeast of Dzhezkazgan": near the place named.
        let beside = (is(&lx::COMPASS, self.w(j)) && self.w(j + 1) == "of")
            || (self.w(j) == "of" && j > i + 1 && is(&lx::COMPASS, self.w(j - 1)));
        if beside && self.w(j) != "of" {
            j += 1;
        }
        // "anchored off Reykjavik": "off" was skipped as a particle, yet it places.
        if j > i + 1 && self.w(j - 1) == "off" && self.ctx.stop_place_at(self.a, j).is_some() {
            j -= 1;
        }
        let w = self.w(j);
        if w == "here" {
            // "arrived here on Sunday" under a dateline: the dateline's place.
            if let Some(idx) = self.dateline_place() {
                let at = At {
                    idx,
                    start: j,
                    end: j + 1,
                };
                self.push(i, at, StopRole::Stop, false, j);
            }
            return;
        }
        let takes_for = matches!(self.w(i), "head" | "heads" | "headed" | "heading" | "bound");
        let in_prep = w == "in";
        // "landed near Zhezkazgan", "camped near Alta": the place named is where they are.
        // "travelled throughout Chile", "sailed around Cuba", "anchored off Valparaiso".
        let ok = matches!(
            w,
            "to" | "in" | "into" | "at" | "through" | "near" | "throughout" | "around" | "off"
        ) || (w == "for" && takes_for)
            || beside
            || off_coast;
        if ok {
            // "flying back to Rome", "flew home to Washington": the way home.
            let home = (i + 1..j).any(|k| matches!(self.w(k), "back" | "home"));
            let role = if home {
                StopRole::Return
            } else {
                StopRole::Stop
            };
            let before = self.out.len();
            self.list_from(i, j + 1, end, role, false);
            // "crossed into the United States at El Paso": where in it.
            if self.out.len() > before && matches!(self.w(j), "to" | "into") {
                let last = self.out[self.out.len() - 1].end_tok;
                if matches!(self.w(last), "at" | "near") {
                    self.list_from(i, last + 1, end, role, false);
                }
            }
            self.go_on(i, before, role, end);
            if self.out.len() == before && in_prep {
                // "landed in a remote area near the town of Zhezkazgan", "arrived in
                // the leaders' train in Khasan": a short phrase, then where it is.
                let at = (j + 2..end.min(j + 9))
                    .take_while(|&k| {
                        let w = self.w(k);
                        !matches!(w, "," | ";" | ":" | "." | "and" | "or") && !is_cue(w)
                    })
                    .find(|&k| {
                        matches!(self.w(k), "in" | "at" | "near" | "outside")
                            || (is(&lx::COMPASS, self.w(k)) && self.w(k + 1) == "of")
                    });
                if let Some(k) = at {
                    let from = if self.w(k + 1) == "of" { k + 2 } else { k + 1 };
                    self.list_from(i, from, end, role, false);
                }
            }
            if self.out.len() == before && !in_prep {
                // "will stop at a conference in Denver", "flew to a base in Qatar": the
                // place that holds what the traveller goes to.
                self.activity(i, end);
            }
            self.via_and_from(i, end);
        }
    }

    /// After a destination ending at token `k`: the token after the "to" of an elliptical
    /// next leg (", then to", "and later on to", "before going on to" is not one), past
    /// a time phrase ("on Monday and then to Rome").
    /// "flew to Madrid on Monday and then to Rome", "across Colombia by bus, through
    /// the Darien Gap into Panama, and north through Costa Rica": the verb at `i`, whose
    /// places are `self.out[before..]`, goes on to more places.
    fn go_on(&mut self, i: usize, before: usize, role: StopRole, end: usize) {
        let mut seen = before;
        while self.out.len() > seen {
            seen = self.out.len();
            let last = self.out[seen - 1].end_tok;
            if let Some(to) = self.continued_to(last, end) {
                self.list_from(i, to, end, role, false);
            }
        }
    }

    fn continued_to(&self, mut k: usize, end: usize) -> Option<usize> {
        // "to Ankara, where she will meet the president, then to Istanbul": past a
        // relative clause between commas.
        if self.w(k) == "," && matches!(self.w(k + 1), "where" | "which" | "who") {
            if let Some(c) = (k + 2..end.min(k + 16)).find(|&c| self.w(c) == ",") {
                k = c;
            }
        }
        // "across Colombia by bus, ...": past the means of travel.
        k = self.means(k);
        if let Some(t) = self.time_after(k, end, &["on", "in", "at", "by"]) {
            k = t;
        }
        // "through Colombia and Panama to Mexico": where the path leads, right after it.
        if matches!(self.w(k), "to" | "into") && self.list(k + 1, end).is_some() {
            return Some(k + 1);
        }
        if !matches!(self.w(k), "," | "and") {
            return None;
        }
        k += 1;
        if self.w(k) == "and" {
            k += 1;
        }
        while k < end
            && (matches!(
                self.w(k),
                "then" | "later" | "finally" | "next" | "on" | "from" | "there"
            ) || is(&lx::COMPASS, self.w(k)))
        {
            k += 1;
        }
        if k + 1 >= end {
            return None;
        }
        match self.w(k) {
            "to" => Some(k + 1),
            "into" | "through" | "across" if self.list(k + 1, end).is_some() => Some(k + 1),
            // "through the jungle of the Darien Gap into Panama": a path, then where it
            // leads.
            "through" | "across" if self.w(k + 1) == "the" => (k + 2..end.min(k + 9))
                .take_while(|&c| self.w(c) != "," && !is_cue(self.w(c)))
                .find(|&c| matches!(self.w(c), "into" | "to"))
                .map(|c| c + 1),
            _ => None,
        }
    }

    /// Evidence from index `from` on has a journey, not a person, as its clause subject
    /// ("a visit that began in X", "a tour that took him to X"): the traveller is
    /// whoever makes the journey, so it stays open rather than someone else's.
    fn journey_subject_from(&mut self, from: usize) {
        for e in &mut self.out[from..] {
            if matches!(e.subject, Subject::Other) {
                e.subject = Subject::Unknown;
            }
        }
    }

    /// Whether a journey noun stands a few words before `i` in its sentence ("the
    /// trip began in", "a visit to China that began in").
    /// After "three countries:" or "five cities, namely" at `j`: the token after it,
    /// where the places are listed.
    fn counted_places(&self, j: usize, end: usize) -> Option<usize> {
        let count = |w: &str| {
            w.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    w,
                    "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "several"
                        | "many"
                        | "various"
                        | "these"
                )
        };
        let mut k = j;
        if count(self.w(k)) {
            k += 1;
        }
        if !is(&lx::PLACE_NOUNS, self.w(k)) {
            return None;
        }
        k += 1;
        if matches!(self.w(k), ":" | "-" | "\u{2014}") && k + 1 < end {
            Some(k + 1)
        } else {
            None
        }
    }

    /// "The countries visited were: A, B and C", "cities toured included A and B": a
    /// participle of visiting after a noun of places, then the list.
    fn visited_places(&mut self, i: usize, end: usize) -> bool {
        if i == 0 || !is(&lx::PLACE_NOUNS, self.w(i - 1)) {
            return false;
        }
        let mut j = i + 1;
        if matches!(
            self.w(j),
            "were" | "are" | "was" | "is" | "included" | "include"
        ) {
            j += 1;
        }
        if self.w(j) == ":" {
            j += 1;
        }
        if j == i + 1 || self.list(j, end).is_none() {
            return false;
        }
        let before = self.out.len();
        self.list_from(i, j, end, StopRole::Stop, false);
        self.journey_subject_from(before);
        true
    }

    fn journey_before(&self, i: usize) -> bool {
        let s = self.ctx.sentence_of(i).start;
        (s.max(i.saturating_sub(6))..i).any(|k| is(&lx::NOUNS, self.w(k)))
    }

    /// Index of the dateline's place, if the text has a dateline.
    fn dateline_place(&self) -> Option<usize> {
        let id = self.a.document.dateline.as_ref()?.place.as_ref()?;
        self.a.places.iter().position(|p| &p.id == id)
    }

    /// After a destination list: "via X" (transit) and "from X" (left).
    fn via_and_from(&mut self, i: usize, end: usize) {
        let Some(last) = self.out.last().cloned() else {
            return;
        };
        if last.cue != i {
            return;
        }
        let mut j = last.end_tok;
        while j < end && (self.ctx.in_time[j] || self.w(j) == ",") {
            j += 1;
        }
        let w = self.w(j).to_string();
        if w == "via" || w == "from" {
            if let Some(places) = self.list(j + 1, end) {
                for p in places {
                    if w == "via" {
                        self.push(i, p, StopRole::Transit, true, last.tok);
                    } else {
                        self.push(i, p, StopRole::Stop, true, last.tok);
                    }
                }
            }
        }
    }

    /// Places left, listed from token `j` ("from Lima", "left Lima and Cusco"), as
    /// evidence for cue `i`: each comes before the destination named right after the
    /// list ("from Lima to Quito"). Gives the token after the list and that destination's
    /// first token, or `None` when no place is listed.
    fn left_from(&mut self, i: usize, j: usize, end: usize) -> Option<(usize, Option<usize>)> {
        let places = self.list(j, end)?;
        let next = places.last().map_or(j, |p| p.end);
        let dest = self.dest_after(next, end);
        for p in places {
            self.push(i, p, StopRole::Stop, true, dest.unwrap_or(p.start));
        }
        Some((next, dest))
    }

    /// The first destination after "to"/"for" at or after `j`, for ordering a place left.
    fn dest_after(&self, j: usize, end: usize) -> Option<usize> {
        let w = self.w(j);
        if matches!(w, "to" | "for" | "into") {
            return self
                .list(j + 1, end)
                .and_then(|l| l.first().map(|p| p.start));
        }
        None
    }

    fn leave(&mut self, i: usize, end: usize) {
        let mut j = self.skip_particles(i + 1, end);
        if self.w(j) == "for" {
            // "left for Paris": where the traveller goes, not what is left; "left for
            // Geneva from Khartoum": and where from.
            let before = self.out.len();
            self.list_from(i, j + 1, end, StopRole::Stop, false);
            if self.out.len() > before {
                let mut k = self.out[self.out.len() - 1].end_tok;
                if let Some(t) = self.time_after(k, end, &["on", "in", "at"]) {
                    k = t;
                }
                if self.w(k) == "from" {
                    let dest = self.out[before].tok;
                    for p in self.list(k + 1, end).unwrap_or_default() {
                        self.push(i, p, StopRole::Stop, true, dest);
                    }
                }
            }
            return;
        }
        if self.w(j) == "from" {
            j += 1;
        }
        if let Some((next, Some(_))) = self.left_from(i, j, end) {
            self.list_from(i, next + 1, end, StopRole::Stop, false);
        }
    }

    fn return_cue(&mut self, i: usize, end: usize) {
        let j = self.skip_particles(i + 1, end);
        match self.w(j) {
            "to" => {
                let before = self.out.len();
                self.list_from(i, j + 1, end, StopRole::Return, false);
                if self.out.len() == before {
                    // "will return to the staging city in Karaganda".
                    self.activity(i, end);
                    for e in &mut self.out[before..] {
                        e.role = StopRole::Return;
                        e.phase = Phase::Home;
                    }
                }
            }
            "from" => {
                if let Some(places) = self.list(j + 1, end) {
                    for p in places {
                        self.push(i, p, StopRole::Stop, true, p.start);
                    }
                }
            }
            _ => {}
        }
    }

    fn be(&mut self, i: usize, end: usize) {
        let mut j = i + 1;
        while j < end
            && (matches!(
                self.w(j),
                "then"
                    | "also"
                    | "now"
                    | "currently"
                    | "already"
                    | "still"
                    | "again"
                    | "briefly"
                    | "due"
                    | "expected"
                    | "scheduled"
                    | "back"
            ) || self.ctx.in_time[j])
        {
            j += 1;
        }
        // "has been to Lima and Quito": a place gone to.
        let been_to = self.w(i) == "been" && j == i + 1 && self.w(j) == "to";
        if matches!(self.w(j), "in" | "at") || been_to {
            // "will be back in Rome on Friday": home again.
            let role = if (i + 1..j).any(|k| self.w(k) == "back") {
                StopRole::Return
            } else {
                StopRole::Stop
            };
            let before = self.out.len();
            self.list_from(i, j + 1, end, role, false);
            // "is due in Quito", "is expected in Lima": ahead.
            if (i + 1..j).any(|k| self.future_word(k)) {
                for e in &mut self.out[before..] {
                    e.planned = true;
                }
            }
        }
    }

    fn noun(&mut self, i: usize, end: usize) {
        let mut j = i + 1;
        while j < end && self.ctx.in_time[j] {
            j += 1;
        }
        // "Her stops: Tokyo, Seoul and Manila", "the itinerary: ...": a colon opens the
        // list of a journey's parts.
        // "Her journey: Tokyo, Sydney, Auckland": so does one's journey noun.
        let owned = i > 0
            && (is_possessive(self.w(i - 1)) || matches!(self.w(i - 1), "his" | "her" | "their"));
        let parts = is(&lx::PART_NOUNS, self.w(i))
            || matches!(self.w(i), "itinerary" | "destinations")
            || owned;
        // "with stops planned in Kampala and Kigali": a participle of planning between
        // the noun and its places; the stops lie ahead.
        // "Further stops are planned in Kigali" says the same with a verb.
        let be = usize::from(matches!(self.w(j), "are" | "is" | "were" | "was"));
        let ahead = matches!(
            self.w(j + be),
            "planned" | "scheduled" | "expected" | "proposed"
        );
        if ahead {
            j += be + 1;
        }
        // "the splashdown off the coast of Pensacola".
        let coast = self.off_coast(j);
        if coast {
            j += 3;
        }
        let w = self.w(j);
        let ok = matches!(w, "to" | "in" | "at" | "through" | "across" | "around")
            || (w == "of" && (coast || matches!(self.w(i), "tour" | "tours")))
            || (w == ":" && parts);
        if !ok {
            return;
        }
        // "This visit ... follows his travel to Korea": an earlier, separate trip.
        let part = is(&lx::PART_NOUNS, self.w(i));
        let s = self.ctx.sentence_of(i).start;
        if !part
            && (s..i).any(|k| matches!(self.w(k), "follows" | "followed" | "following"))
            && !self.ctx.in_title(i)
        {
            return;
        }
        let colon = w == ":";
        let before = self.out.len();
        self.list_from(i, j + 1, end, StopRole::Stop, false);
        if ahead {
            for e in &mut self.out[before..] {
                e.planned = true;
            }
        }
        if colon {
            // "The itinerary: ..." names no traveller: whoever makes the journey; with no
            // verb of its own, it lies ahead when the sentence before does.
            self.journey_subject_from(before);
            let ahead = self.future_before(i, 1);
            for e in &mut self.out[before..] {
                e.planned |= ahead;
            }
        }
    }

    fn activity(&mut self, i: usize, end: usize) {
        // "won in Texas and Ohio" is an election's count, "won in Auckland" a team's
        // match: a verb of winning or losing puts its subject somewhere only when the
        // text around speaks of a game, a race or a tour.
        if is(&lx::CONTEST, self.w(i)) {
            let si = self.ctx.doc.tokens[i].sentence;
            let from = self.ctx.doc.sentence_tokens[si.saturating_sub(2)].start;
            let sporting = (from..end).any(|k| {
                let w = self.w(k);
                is(&lx::EVENT_NOUNS, w)
                    || matches!(
                        w,
                        "tour" | "tournament" | "race" | "championship" | "cup" | "final" | "test"
                    )
            });
            if !sporting {
                return;
            }
        }
        let stop = end.min(i + 22);
        let mut j = i + 1;
        while j < stop {
            let w = self.w(j);
            if matches!(w, "," | ";" | ":" | ".")
                || matches!(
                    w,
                    "that"
                        | "which"
                        | "who"
                        | "whom"
                        | "where"
                        | "when"
                        | "because"
                        | "about"
                        | "regarding"
                        | "concerning"
                        | "discuss"
                        | "discussed"
                        | "discussing"
                        | "said"
                        | "says"
                        | "while"
                        | "after"
                        | "before"
                        | "since"
                        | "until"
                        | "amid"
                        | "and"
                )
            {
                // "and" ends the clause unless it joins names ("Putin and Lavrov").
                if w == "and" && (self.ctx.is_cap(j + 1) || self.w(j + 1) == "the") {
                    j += 1;
                    continue;
                }
                return;
            }
            if matches!(w, "to" | "on" | "for") {
                let n = self.w(j + 1);
                let lower_word =
                    n.chars().next().is_some_and(char::is_alphabetic) && !self.ctx.is_cap(j + 1);
                if lower_word && !matches!(n, "the" | "a" | "an") && !self.ctx.in_time[j + 1] {
                    return;
                }
            }
            if matches!(w, "in" | "at") && self.ctx.stop_place_at(self.a, j + 1).is_some() {
                self.list_from(i, j + 1, end, StopRole::Stop, false);
                return;
            }
            j += 1;
        }
    }

    /// "In Gabon, Mr. Finer met ...", "Today, in Kyiv, I am meeting ...", "While in
    /// Brussels President Biden will ...": a place before the clause's subject.
    fn adverbial(&mut self, r: std::ops::Range<usize>) {
        let mut i = r.start;
        while i < r.end && (self.ctx.in_time[i] || matches!(self.w(i), "," | "meanwhile" | "also"))
        {
            i += 1;
        }
        let while_in = self.w(i) == "while" && self.w(i + 1) == "in";
        if while_in {
            i += 1;
        }
        // "After talks in Brussels, Hale flew to Warsaw", "After three days in Paris,
        // ...", "After a stop at Macquarie Island, ...": what was done at a place before
        // the clause's own journey.
        if self.w(i) == "after" {
            if let Some(k) = self.done_at(i + 1, r.end) {
                i = k;
            }
        }
        // "From Tokyo, the president will fly to Seoul": a place left first.
        let from = self.w(i) == "from";
        if !matches!(self.w(i), "in" | "at") && !from {
            return;
        }
        let Some(places) = self.list(i + 1, r.end) else {
            return;
        };
        let mut after = places.last().map_or(i, |p| p.end);
        // "After talks in Brussels on Monday, ...": past the time phrase.
        if let Some(t) = self.time_after(after, r.end, &["on", "in", "at", "last", "this"]) {
            after = t;
        }
        // "In Tijuana they waited two months": with no comma, a pronoun or a person's
        // name right after the place opens the clause.
        // After "from" a noun phrase may open it too, as a verb of motion follows ("From
        // Cairo the convoy drove south").
        let bare_subject = matches!(self.w(after), "he" | "she" | "they" | "we" | "i")
            || self.ctx.person_at.get(after).is_some_and(Option::is_some)
            || (from
                && (matches!(self.w(after), "the" | "his" | "her" | "their" | "our")
                    || self.ctx.is_cap(after))
                && (after + 1..r.end.min(after + 5)).any(|k| {
                    let w = self.w(k);
                    is(&lx::MOTION, w) || is(&lx::LEAVE, w)
                }));
        if self.w(after) != "," && !while_in && !bare_subject {
            return;
        }
        if from
            && !(after + 1..r.end.min(after + 10)).any(|k| {
                let w = self.w(k);
                is(&lx::MOTION, w) || is(&lx::LEAVE, w) || is(&lx::RETURN, w)
            })
        {
            return;
        }
        let clause = if self.w(after) == "," {
            after + 1
        } else {
            after
        };
        // "In Ukraine, Kerry said ...": a place spoken of, not a place visited.
        if (clause..r.end.min(clause + 8)).any(|k| is(&lx::SPEECH, self.w(k))) {
            return;
        }
        if clause >= r.end {
            return;
        }
        for p in places {
            let subject = self.subs.at[clause].clone();
            let planned = self.planned_after(clause, r.end);
            self.out.push(Evidence {
                from,
                order_pos: if from {
                    (2 * p.start).saturating_sub(1)
                } else {
                    2 * p.start
                },
                ..Evidence::at(self.ctx, i, p, subject, planned)
            });
        }
    }

    /// "Concerts follow in Munich on Thursday, Zurich on Saturday and Milan", "the final
    /// match in Ahmedabad": what a touring visitor does at each place, in a text whose
    /// sentence or the two before it speak of the tour or trip.
    fn event_list(&mut self, i: usize, end: usize) {
        // Words that tell a schedule ("Concerts follow in", "matches are scheduled in").
        let schedule = |w: &str| {
            matches!(
                w,
                "follow" | "follows" | "will" | "scheduled" | "planned" | "due" | "set"
            )
        };
        let mut j = i + 1;
        while j < end
            && (self.ctx.in_time[j]
                || schedule(self.w(j))
                || matches!(self.w(j), "are" | "is" | "be" | "also" | "then"))
        {
            j += 1;
        }
        if !matches!(self.w(j), "in" | "at") {
            return;
        }
        let si = self.ctx.doc.tokens[i].sentence;
        let from = self.ctx.doc.sentence_tokens[si.saturating_sub(2)].start;
        let touring = (from..i).any(|k| {
            matches!(
                self.w(k),
                "tour"
                    | "tours"
                    | "toured"
                    | "touring"
                    | "trip"
                    | "visit"
                    | "swing"
                    | "itinerary"
                    | "journey"
            )
        });
        // "represented Chile at meetings in Geneva and Vienna", "a week of talks in
        // Berlin", "with concerts in Osaka": events the clause's subject takes part in.
        let attended = (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&k| {
                let w = self.w(k);
                !self.ctx.is_cap(k) && w.chars().next().is_some_and(char::is_alphanumeric)
            })
            .any(|k| matches!(self.w(k), "at" | "of" | "with"));
        let person = matches!(
            self.subject_of(i),
            Subject::Person(_) | Subject::Title(_) | Subject::Group | Subject::Speaker
        );
        if !(touring || (attended && person)) {
            return;
        }
        let before = self.out.len();
        self.list_from(i, j + 1, end, StopRole::Stop, false);
        self.journey_subject_from(before);
        // A schedule is still ahead.
        if (i + 1..j).any(|k| schedule(self.w(k))) {
            for e in &mut self.out[before..] {
                e.planned = true;
            }
        }
    }

    /// After a fronted "after" at `j - 1`: the "in" or "at" of a short noun phrase of
    /// what was done or how long ("talks in", "a stop at", "three days in", "the
    /// summit in"), if one stands there.
    fn done_at(&self, j: usize, end: usize) -> Option<usize> {
        let k = (j..end.min(j + 5)).find(|&k| matches!(self.w(k), "in" | "at"))?;
        let head = self.w(k.checked_sub(1)?);
        let noun = is(&lx::EVENT_NOUNS, head)
            || is(&lx::PART_NOUNS, head)
            || is(&lx::DURATION_WORDS, head)
            || matches!(head, "summit" | "visit" | "visits" | "stay");
        let plain = (j..k).all(|m| {
            let w = self.w(m);
            w.chars().next().is_some_and(char::is_alphanumeric)
                && !self.ctx.is_cap(m)
                && self.ctx.person_at[m].is_none()
        });
        (noun && plain).then_some(k)
    }

    /// A schedule line: a line that opens with "Day 2" or a date and then a colon or a
    /// dash ("Day 2: Naples and Salerno", "June 4 - Mass in Fatima", "- Nov. 3: Tokyo"
    /// after a bullet). The places before the line's first travel verb are where that
    /// day is spent, by whoever the schedule is about. Lines that the sentence splitter
    /// kept together are each read.
    fn schedule(&mut self, r: std::ops::Range<usize>) {
        let toks = &self.ctx.doc.tokens;
        let text = self.ctx.doc.text();
        let starts: Vec<usize> = r
            .clone()
            .filter(|&s| toks[s].start == 0 || text[..toks[s].start].ends_with('\n'))
            .collect();
        for (n, &s) in starts.iter().enumerate() {
            let line_end = starts.get(n + 1).copied().unwrap_or(r.end);
            self.schedule_line(s, line_end);
        }
    }

    fn schedule_line(&mut self, s: usize, line_end: usize) {
        if self.ctx.in_title(s) {
            return;
        }
        let s = if matches!(self.w(s), "-" | "*" | "\u{2022}" | "\u{2013}") {
            s + 1
        } else {
            s
        };
        let mut k = s;
        if self.w(k) == "day" && self.w(k + 1).chars().all(|c| c.is_ascii_digit()) {
            k += 2;
        } else {
            while k < line_end && self.ctx.in_time[k] {
                k += 1;
            }
            if k == s {
                return;
            }
        }
        if !matches!(self.w(k), ":" | "-" | "\u{2013}" | "\u{2014}") {
            return;
        }
        let end = line_end.min(k + 16);
        // A schedule announced in the future ("The pope will visit ...:") lies ahead.
        let planned = self.planned_after(s, line_end) || self.future_before(s, 2);
        let mut j = k + 1;
        while j < end {
            let w = self.w(j);
            if is_cue(w) && !is(&lx::ACTIVITY, w) && !is(&lx::NOUNS, w) {
                break;
            }
            if let Some(p) = self.ctx.stop_place_at(self.a, j) {
                self.out
                    .push(Evidence::at(self.ctx, s, p, Subject::Unknown, planned));
                j = p.end;
                continue;
            }
            j += 1;
        }
    }

    /// "The first stop was Tokyo", "Tokyo was the next stop", "his destination is
    /// Lima": a journey noun and a place joined by a form of "be".
    fn copular_stop(&mut self, k: usize) {
        let r = self.ctx.sentence_of(k);
        let noun_before = (r.start.max(k.saturating_sub(3))..k)
            .any(|m| is(&lx::PART_NOUNS, self.w(m)) || is(&lx::DESTINATION, self.w(m)));
        let place = if noun_before {
            self.list(k + 1, r.end)
        } else {
            // "Tokyo was the next stop": the place right before, the noun after.
            let noun_after = (k + 1..r.end.min(k + 5))
                .any(|m| is(&lx::PART_NOUNS, self.w(m)) || is(&lx::DESTINATION, self.w(m)));
            if !noun_after {
                return;
            }
            (r.start..k)
                .rev()
                .find_map(|m| self.ctx.stop_place_at(self.a, m))
                .filter(|p| p.end == k)
                .map(|p| vec![p])
        };
        for p in place.unwrap_or_default() {
            self.push(k, p, StopRole::Stop, false, p.start);
        }
    }

    /// "Kenya welcomed the pope", "Oslo hosted President Vale": a place that receives
    /// someone puts them there.
    fn place_hosts(&mut self, k: usize) {
        let r = self.ctx.sentence_of(k);
        if k == r.start {
            return;
        }
        let Some(p) = (r.start..k)
            .rev()
            .find_map(|m| self.ctx.stop_place_at(self.a, m))
            .filter(|p| p.end == k && p.start <= r.start + 1)
        else {
            return;
        };
        let mut j = k + 1;
        while j < r.end.min(k + 4) && matches!(self.w(j), "the" | "a" | "an") {
            j += 1;
        }
        let named = (j..r.end.min(j + 4))
            .take_while(|&m| m == j || is(&lx::TITLE_WORDS, self.w(m - 1)))
            .find_map(|m| self.ctx.person_at.get(m).copied().flatten());
        let subject = if let Some(who) = named {
            Subject::Person(who.idx)
        } else if let Some(t) = subject::title_phrase(self.ctx, self.a, j, r.end) {
            t
        } else {
            return;
        };
        let planned = self.planned(k);
        self.out
            .push(Evidence::at(self.ctx, k, p, subject, planned));
    }

    /// Whether one of the `n` sentences before token `i`'s speaks of the future.
    fn future_before(&self, i: usize, n: usize) -> bool {
        let si = self.ctx.doc.tokens[i].sentence;
        (si.saturating_sub(n)..si).any(|p| {
            self.ctx.doc.sentence_tokens[p]
                .clone()
                .any(|k| self.future_word(k))
        })
    }

    /// Whether token `k` speaks of the future ("will", "set to"); "set out", "set off"
    /// and "set sail" are a start made.
    fn future_word(&self, k: usize) -> bool {
        is(&lx::FUTURE, self.w(k))
            && !(self.w(k) == "set" && matches!(self.w(k + 1), "out" | "off" | "sail" | "foot"))
    }

    /// A time phrase at token `k`, after one of the words `leads` or none ("on Monday",
    /// "3 May"): the token after it, when one stands there before `end`.
    fn time_after(&self, k: usize, end: usize, leads: &[&str]) -> Option<usize> {
        let mut t = k + usize::from(leads.contains(&self.w(k)));
        if t >= end || !self.ctx.in_time[t] {
            return None;
        }
        while t < end && self.ctx.in_time[t] {
            t += 1;
        }
        Some(t)
    }

    /// Whether the clause from `s` speaks of the future.
    fn planned_after(&self, s: usize, e: usize) -> bool {
        (s..e.min(s + 10)).any(|k| self.future_word(k))
    }

    /// After "to" at `t`, an article, one or two lowercase words and "in" or "at" before
    /// a place ("to a shelter in Madrid", "to the main camp at Dadaab"): that place's
    /// token.
    fn place_in_destination(&self, t: usize) -> Option<usize> {
        if self.w(t) != "to" || !matches!(self.w(t + 1), "a" | "an" | "the") {
            return None;
        }
        let word = |k: usize| {
            let w = self.w(k);
            !w.is_empty() && !self.ctx.is_cap(k) && w.chars().all(char::is_alphabetic)
        };
        (t + 3..=t + 4)
            .find(|&k| {
                (t + 2..k).all(word)
                    && matches!(self.w(k), "in" | "at")
                    && self.ctx.stop_place_at(self.a, k + 1).is_some()
            })
            .map(|k| k + 1)
    }

    /// Whether "off the coast of X" starts at token `o`, X a town or a region: a ship or
    /// a capsule off the town, not in the country whose coast it is.
    fn off_coast(&self, o: usize) -> bool {
        self.w(o) == "off"
            && self.w(o + 1) == "the"
            && matches!(self.w(o + 2), "coast" | "shore" | "shores")
            && self.w(o + 3) == "of"
            && self
                .ctx
                .stop_place_at(self.a, o + 4)
                .is_some_and(|p| self.a.places[p.idx].kind != PlaceKind::Country)
    }

    /// After a means of travel at `j` ("by bus", "on foot", "a boat", "trains"): the
    /// token after it; else `j`.
    fn means(&self, j: usize) -> usize {
        let vehicle = |w: &str| {
            is(&lx::VEHICLES, w)
                || w.strip_suffix("es").is_some_and(|v| is(&lx::VEHICLES, v))
                || w.strip_suffix('s').is_some_and(|v| is(&lx::VEHICLES, v))
        };
        // "aboard the royal yacht Dannebrog", "on board a SpaceX capsule", "aboard Air
        // Force One": what carries them, up to its name, when no place is among it.
        let board = match (self.w(j), self.w(j + 1)) {
            ("aboard", _) => Some(j + 1),
            ("on", "board") => Some(j + 2),
            _ => None,
        };
        if let Some(start) = board {
            let k = (start..start + 6)
                .find(|&k| {
                    let w = self.w(k);
                    !w.chars().all(char::is_alphanumeric)
                        || w.is_empty()
                        || is_cue(w)
                        || self.ctx.stop_place_at(self.a, k).is_some()
                        || matches!(
                            w,
                            "to" | "for"
                                | "from"
                                | "and"
                                | "in"
                                | "at"
                                | "on"
                                | "into"
                                | "via"
                                | "with"
                                | "before"
                                | "after"
                                | "toward"
                                | "towards"
                        )
                })
                .unwrap_or(start + 6);
            return if k > start { k } else { j };
        }
        match (self.w(j), self.w(j + 1)) {
            ("by", "road" | "rail" | "air" | "sea" | "land") | ("on", "foot" | "horseback") => {
                j + 2
            }
            ("by" | "a" | "the" | "their" | "his" | "her", v) if vehicle(v) => j + 2,
            // "a freight train", "the night bus", "a small fishing boat": up to two
            // lowercase words qualify the vehicle.
            ("a" | "an" | "the" | "their" | "his" | "her", _) => (j + 2..j + 4)
                .find(|&k| vehicle(self.w(k)))
                .filter(|&k| {
                    (j + 1..k).all(|m| {
                        let w = self.w(m);
                        w.chars().next().is_some_and(char::is_lowercase)
                            && !self.ctx.is_cap(m)
                            && !is_cue(w)
                            && !matches!(w, "to" | "for" | "from" | "and")
                    })
                })
                .map_or(j, |k| k + 1),
            (v, _) if vehicle(v) => j + 1,
            _ => j,
        }
    }

    /// Past a duration or a direction after a verb of motion ("for days", "for two
    /// weeks", "north", "overnight"): the token after it.
    fn skip_manner(&self, mut j: usize, end: usize) -> usize {
        if self.w(j) == "for" {
            let mut k = j + 1;
            while k < end
                && k < j + 4
                && (self.ctx.in_time[k] || is(&lx::DURATION_WORDS, self.w(k)))
            {
                k += 1;
            }
            if k > j + 1 {
                j = self.skip_particles(k, end);
            }
        }
        while j < end && is(&lx::DIRECTIONS, self.w(j)) {
            j = self.skip_particles(j + 1, end);
        }
        j
    }

    fn skip_particles(&self, mut j: usize, end: usize) -> usize {
        // "flew in from Paris": "in" before "from" is a particle.
        while j < end
            && (is(&lx::PARTICLES, self.w(j))
                || self.ctx.in_time[j]
                || (self.w(j) == "in" && self.w(j + 1) == "from"))
        {
            j += 1;
        }
        j
    }

    /// Whether token `k` is a participle that opens a phrase of its own ("two months in
    /// Mexico City waiting for a permit", "in Lima meeting with donors"): an -ing word
    /// before a preposition, not a noun the place qualifies ("the Paris meeting").
    fn participle(&self, k: usize) -> bool {
        self.w(k).ends_with("ing") && matches!(self.w(k + 1), "for" | "with" | "to" | "on")
    }

    /// Places listed from token `j`: "X", "X, Y and Z", "X, where ...; Y; and Z".
    fn list(&self, j: usize, end: usize) -> Option<Vec<At>> {
        let mut out = Vec::new();
        let mut k = self.skip_place_noun(j, end);
        // "at the Olympia in Paris": a town's name after "the" and before "in" and a
        // place names a venue there ("The Hague" stands alone).
        if self.w(k) == "the" {
            if let Some(v) = self.ctx.place_at.get(k + 1).copied().flatten() {
                if self.ctx.venue(self.a, v) {
                    k = v.end + 1;
                }
            }
        }
        // "through northern Tanzania": a part of the place is in the place.
        if is(&lx::COMPASS, self.w(k)) && self.ctx.stop_place_at(self.a, k + 1).is_some() {
            k += 1;
        }
        if k == j && self.w(j) == "the" {
            // "traveled to the state today": the state last named.
            if let Some(p) = self.anaphor(j, end) {
                return Some(vec![p]);
            }
        }
        if self.ctx.stop_place_at(self.a, k).is_none() {
            // A list that opens with a broad region ("toured Europe, France and Spain").
            let b = self.broad_place_at(k)?;
            // "a tour of Asia: Japan, Korea and Vietnam": a colon opens its places.
            let n = match (self.w(b), self.w(b + 1)) {
                (",", "and") => b + 2,
                ("," | ":", _) | ("and", _) => b + 1,
                _ => return None,
            };
            k = n;
        }
        let mut semi = false;
        while let Some(p) = self.ctx.stop_place_at(self.a, k) {
            // "Helmand province", "Washington state": the kind of place after its name
            // is part of it.
            let e = past_kind_word(self.ctx, p.end);
            if p.end > end
                || self.w(p.end - 1).ends_with("'s")
                || self.w(p.end - 1).ends_with('\'')
                || (modifier(self.ctx.raw(e))
                    && !self.ctx.in_time.get(e).copied().unwrap_or(false)
                    && !self.participle(e))
                || compound(self.w(e))
            {
                break;
            }
            out.push(p);
            k = e;
            // "Anchorage, Alaska", "Phnom Penh, Cambodia": the region or country only
            // says where the city lies.
            if self.w(k) == "," {
                if let Some(q) = self.ctx.stop_place_at(self.a, k + 1) {
                    if qualifies(self.a, p.idx, q.idx) {
                        k = q.end;
                    }
                } else if abbreviation(self.ctx.raw(k + 1)) {
                    // "Washington, D.C.", "Denver, Colo.": an abbreviated state.
                    k += 2;
                }
            }
            // "Brindisi in southern Italy": the country or region only says where the
            // city lies.
            // "Tenby, in Wales": the same with a comma.
            let comma_in = self.w(k) == "," && self.w(k + 1) == "in";
            if self.w(k) == "in" || comma_in {
                let at = if comma_in { k + 2 } else { k + 1 };
                let n = if is(&lx::COMPASS, self.w(at)) {
                    at + 1
                } else {
                    at
                };
                if let Some(q) = self.ctx.stop_place_at(self.a, n) {
                    if qualifies(self.a, p.idx, q.idx) {
                        k = q.end;
                    }
                }
            }
            // "California (with a stop in Fresno)": an aside says more about the place.
            if self.w(k) == "(" {
                match (k + 1..end.min(k + 30)).find(|&c| self.w(c) == ")") {
                    Some(c) => k = c + 1,
                    None => break,
                }
            }
            // "Vienna on 3 May, Salzburg on 5 May": a time phrase after each place
            // belongs to that place; the list goes on after it.
            if let Some(t) = self.time_after(k, end, &["on", "in", "at", "from", "until"]) {
                if matches!(self.w(t), "," | ";" | "and" | "or") {
                    k = t;
                }
            }
            // "the Suez Canal; Colombo": the rest of a longer name after the place.
            if !out.is_empty() {
                let mut c = k;
                while c < end.min(k + 2) && self.ctx.is_cap(c) && self.ctx.place_at[c].is_none() {
                    c += 1;
                }
                if c > k && matches!(self.w(c), ";" | ",") {
                    k = c;
                }
            }
            // "Colombo in Ceylon; Penang": in a list parted by semicolons, the rest of an
            // item says more about its place.
            if semi && !matches!(self.w(k), "," | ";" | "and" | "or") {
                let mut c = k;
                while c < end.min(k + 12)
                    && !matches!(self.w(c), ";" | ".")
                    && self.ctx.stop_place_at(self.a, c).is_none()
                {
                    c += 1;
                }
                if self.w(c) == ";" {
                    k = c;
                }
            }
            // Separators.
            let mut n = k;
            semi |= self.w(n) == ";";
            match self.w(n) {
                "," | ";" => {
                    n += 1;
                    if matches!(self.w(n), "where" | "which" | "who") {
                        // Skip the relative clause to the next semicolon.
                        while n < end && self.w(n) != ";" {
                            n += 1;
                        }
                        n += 1;
                    }
                    if matches!(self.w(n), "and" | "or") {
                        n += 1;
                    }
                }
                "and" | "or" => n += 1,
                "as" if self.w(n + 1) == "well" && self.w(n + 2) == "as" => n += 3,
                "followed" if self.w(n + 1) == "by" => {}
                _ => break,
            }
            // "Cusco, followed by Arequipa", "Lima, then Quito": the list goes on in
            // travel order.
            if self.w(n) == "then" {
                n += 1;
            } else if self.w(n) == "followed" && self.w(n + 1) == "by" {
                n += 2;
                // "followed by shows in Manchester and Glasgow", "followed by stops at":
                // what happens at the next places, then the places.
                if (is(&lx::NOUNS, self.w(n)) || is(&lx::EVENT_NOUNS, self.w(n)))
                    && matches!(self.w(n + 1), "in" | "at" | "to")
                {
                    n += 2;
                }
            }
            // "in Kenya on Monday, and in Uganda on Tuesday": the list's preposition
            // said again before the next place.
            // "Monday in Dallas and Tuesday in Houston": a time phrase may come first.
            // "in Oslo and Bergen, and later in Stockholm": so may a word of sequence.
            let from = n + usize::from(matches!(
                self.w(n),
                "later" | "then" | "finally" | "afterwards" | "subsequently" | "eventually"
            ));
            let mut m = from;
            while m < end && (self.ctx.in_time[m] || (m == from && self.w(m) == "on")) {
                m += 1;
            }
            if j > 0
                && (m == from || self.ctx.in_time[m - 1])
                && matches!(self.w(m), "in" | "at" | "to")
                && self.w(m) == self.w(j - 1)
            {
                if self.ctx.stop_place_at(self.a, m + 1).is_some() {
                    n = m + 1;
                } else if let Some(q) = self.place_in_destination(m) {
                    // "moved to Tenerife and then to a shelter in Madrid": the next
                    // destination may be a thing in a place.
                    n = q;
                }
            }
            if n >= end {
                break;
            }
            // "The first Test was played in Hobart, the second in Adelaide and the last
            // in Perth": an item after an ordinal stands for the same noun again.
            if self.w(n) == "the"
                && matches!(
                    self.w(n + 1),
                    "second" | "third" | "fourth" | "fifth" | "sixth" | "next" | "last" | "final"
                )
                && j > 0
                && self.w(n + 2) == self.w(j - 1)
                && self.ctx.stop_place_at(self.a, n + 3).is_some()
            {
                n += 3;
            }
            // "..., Malaysia and the Independent State of Papua New Guinea": an item
            // may give a country's official name.
            if self.ctx.stop_place_at(self.a, n).is_none() {
                let m = self.skip_place_noun(n, end);
                if m > n && self.ctx.stop_place_at(self.a, m).is_some() {
                    n = m;
                }
            }
            if self.ctx.stop_place_at(self.a, n).is_none() && self.w(n - 1) == ";" {
                // "Colombo; the former colonies (then British) of Penang and Singapore;
                // Hong Kong": an item of a list parted by semicolons may name its places
                // after a noun phrase and "of".
                if let Some(of) = self.item_of(n, end) {
                    k = of;
                    continue;
                }
            }
            if self.ctx.stop_place_at(self.a, n).is_none() {
                // "toured Europe, France and Spain": a broad region in the list is no
                // stop, but the list goes on after it.
                let Some(b) = self.broad_place_at(n) else {
                    break;
                };
                if !matches!(self.w(b), "," | "and" | ";")
                    || self.ctx.stop_place_at(self.a, b + 1).is_none()
                        && !(self.w(b) == "," && self.w(b + 1) == "and")
                {
                    break;
                }
                k = if self.w(b) == "," && self.w(b + 1) == "and" {
                    b + 2
                } else {
                    b + 1
                };
                continue;
            }
            k = n;
        }
        (!out.is_empty()).then_some(out)
    }

    /// In a list item from `n` (a noun phrase, asides in brackets skipped, up to the
    /// next semicolon): the place after its "of" ("the trading ports (then Dutch) of
    /// Malacca"), when one follows it.
    fn item_of(&self, n: usize, end: usize) -> Option<usize> {
        let mut c = n;
        let mut depth = 0usize;
        while c < end.min(n + 14) {
            match self.w(c) {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                ";" | "." => return None,
                "of" if depth == 0 => {
                    return self.ctx.stop_place_at(self.a, c + 1).map(|_| c + 1);
                }
                _ if depth == 0 && self.ctx.place_at[c].is_some() => return None,
                _ => {}
            }
            c += 1;
        }
        None
    }

    /// After "the cities of", "the remote town of", "the English port of" at `j`: the
    /// token after "of"; else `j`.
    fn skip_place_noun(&self, j: usize, end: usize) -> usize {
        // "visited flood-hit areas of Sindh": a plural needs no article.
        let first = if self.w(j) == "the" { j + 1 } else { j };
        if first == j
            && !(j..end.min(j + 4))
                .any(|k| is(&lx::PLACE_NOUNS, self.w(k)) && self.w(k).ends_with('s'))
        {
            return j;
        }
        (first..end.min(j + 5))
            .find(|&k| is(&lx::PLACE_NOUNS, self.w(k)) && self.w(k + 1) == "of")
            .filter(|&k| {
                (first..k).all(|m| {
                    let w = self.w(m);
                    w.chars().next().is_some_and(char::is_alphabetic) && !is_cue(w)
                })
            })
            .map_or(j, |k| k + 2)
    }

    /// "the state", "the country", "the city", "the island" right at `j`, not followed
    /// by "of" or a name: the last place of that kind named before, in the same or the
    /// previous two sentences.
    fn anaphor(&self, j: usize, end: usize) -> Option<At> {
        let kind = match self.w(j + 1) {
            "state" | "province" | "region" => PlaceKind::Region,
            "country" | "nation" => PlaceKind::Country,
            "city" | "town" | "capital" => PlaceKind::City,
            _ => return None,
        };
        if j + 2 < end && (self.w(j + 2) == "of" || self.ctx.is_cap(j + 2)) {
            return None;
        }
        let si = self.ctx.doc.tokens[j].sentence;
        let from = self.ctx.doc.sentence_tokens[si.saturating_sub(2)].start;
        (from..j).rev().find_map(|k| {
            let at = self.ctx.place_at[k]?;
            let p = &self.a.places[at.idx];
            (p.kind == kind && at.end <= j).then_some(At {
                idx: at.idx,
                start: j,
                end: j + 2,
            })
        })
    }

    /// The end token of a place at `i` (after an optional "the") that can be no stop: a
    /// continent or a broad region.
    fn broad_place_at(&self, i: usize) -> Option<usize> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        if let Some(at) = *self.ctx.place_at.get(j)? {
            return Some(at.end);
        }
        // "toured the British Isles, France and Italy": an area the gazetteer does not
        // hold, named by capitalised words after "the" that are no person and no time,
        // opens the list as a broad region does.
        if j == i {
            return None;
        }
        let mut k = j;
        while k < j + 4
            && self.ctx.is_cap(k)
            && self.ctx.person_at[k].is_none()
            && !self.ctx.in_time[k]
            && self.ctx.place_at[k].is_none()
        {
            k += 1;
        }
        (k > j && matches!(self.w(k), ",")).then_some(k)
    }

    /// Adds every place listed from token `j` as evidence for cue `i`.
    fn list_from(&mut self, i: usize, j: usize, end: usize, role: StopRole, from: bool) {
        if let Some(places) = self.list(j, end) {
            for p in places {
                self.push(i, p, role, from, p.start);
            }
        }
    }

    /// Records one piece of evidence for cue `i` and place `p`.
    fn push(&mut self, i: usize, p: At, role: StopRole, from: bool, anchor: usize) {
        let ctx = self.ctx;
        let subject = self.subject_of(i);
        let planned = !from && self.planned(i);
        let phase = if role == StopRole::Return {
            Phase::Home
        } else {
            self.phase(i)
        };
        // "visited Kyiv, arriving by train from Poland": a participle after a comma
        // tells how the traveller came; the place left goes first too.
        let came_from = from
            && self.w(i).ends_with("ing")
            && i > 0
            && self.w(i - 1) == ","
            && i - 1 > self.ctx.sentence_of(i).start;
        let order_pos = if from && (self.trailing_after(i) || came_from) {
            // "arrived in Rome, having flown in from Paris": left before all else.
            (2 * self.ctx.sentence_of(i).start).saturating_sub(1)
        } else if from {
            (2 * anchor).saturating_sub(1)
        } else if self.trailing_after(i) {
            // Before everything else the sentence puts the traveller at.
            2 * self.ctx.sentence_of(i).start
        } else {
            2 * p.start
        };
        self.out.push(Evidence {
            role,
            phase,
            from,
            order_pos,
            ..Evidence::at(ctx, i, p, subject, planned)
        });
    }

    /// Who travels, for the cue at `i`: a journey noun's possessor ("his visit",
    /// "Biden's travel", "the President's travel"), else the clause subject.
    fn subject_of(&self, i: usize) -> Subject {
        let ctx = self.ctx;
        let clause = self.subs.at[i].clone();
        // "invited Kerry to visit Moscow", "allowing outside groups to visit Libya": not
        // the clause's subject, and for the one invited only a proposed visit.
        // "welcomed President Roe on a state visit to Britain": the guest's journey.
        if is(&lx::NOUNS, self.w(i)) {
            let s = ctx.sentence_of(i).start;
            if (s.max(i.saturating_sub(10))..i).any(|k| is(&lx::HOST, self.w(k))) {
                return Subject::Other;
            }
        }
        if i >= 2 && self.w(i - 1) == "to" {
            let s = ctx.sentence_of(i).start;
            if (s.max(i.saturating_sub(7))..i - 1).any(|k| is(&lx::CAUSERS, self.w(k))) {
                return Subject::Other;
            }
        }
        if i > 0 && is(&lx::NOUNS, self.w(i)) {
            // "Ruto's state visit", "the Pope's first apostolic journey": the possessive
            // may stand up to two describing words before the noun.
            let mut k = i - 1;
            while k + 3 > i && k > 0 && !is_possessive(self.w(k)) && !self.ctx.is_cap(k) {
                k -= 1;
            }
            if !is_possessive(self.w(k)) {
                k = i - 1;
            }
            let pw = self.w(k);
            // The person whose name ends at the possessive ("Ali Bongo Ondimba's").
            let owner = (k.saturating_sub(4)..=k)
                .filter_map(|m| ctx.person_at[m])
                .find(|p| p.end == k + 1 || (p.end == k && matches!(pw, "'s" | "\u{2019}s")));
            if let Some(p) = owner {
                if is_possessive(pw) {
                    return Subject::Person(p.idx);
                }
            }
            if pw.ends_with("'s") && ctx.in_title(i) {
                // "the President's Travel": a title phrase possessor.
                let mut s = k;
                while s > 0 && is(&lx::TITLE_WORDS, self.w(s - 1)) {
                    s -= 1;
                }
                if let Some(sub) = subject::title_phrase(ctx, self.a, s, i) {
                    return sub;
                }
            }
            if ctx.in_title(i) {
                return Subject::Unknown;
            }
            match pw {
                "their" => return Subject::Group,
                "my" | "our" => return Subject::Speaker,
                _ => {}
            }
        }
        if ctx.in_title(i) && matches!(clause, Subject::Other) {
            return Subject::Unknown;
        }
        clause
    }

    /// Whether the journey at cue `i` lies ahead: a future word earlier in its clause,
    /// or an infinitive ("to travel").
    fn planned(&self, i: usize) -> bool {
        let s = self.ctx.sentence_of(i).start;
        let mut k = i;
        let (mut steps, mut limit) = (0, 16);
        let mut before = false;
        while k > s && steps < limit {
            k -= 1;
            steps += 1;
            let w = self.w(k);
            if self.sequence_phrase(k) {
                // "will meet X in Tokyo on Monday before flying to Seoul": the phrase
                // takes the tense of the clause it hangs on, however long ("will travel
                // to Lima, the first visit by a premier in decades, before ending").
                (steps, limit) = (0, 32);
                before = w == "before";
                continue;
            }
            // "will tour a mill in Eugene, then speak in Elko": a verb after "then" with
            // no subject of its own shares the tense of the clause before it.
            if w == "then" && !matches!(self.w(k + 1), "he" | "she" | "they" | "i" | "we" | "it") {
                (steps, limit) = (0, 12);
                continue;
            }
            // "is wrapping up a visit before heading to X": still ahead.
            if before && matches!(w, "is" | "are" | "am") {
                return true;
            }
            if w == ";" || (is(&lx::CLAUSE_BREAKS, w) && w != "that") {
                break;
            }
            // "the next day" counts from the story's own day, not from today.
            if self.future_word(k) && !(w == "next" && self.w(k.wrapping_sub(1)) == "the") {
                return true;
            }
        }
        // "in the coming days", "next week" after the verb.
        let e = self.ctx.sentence_of(i).end;
        (i + 1..e.min(i + 12)).any(|k| matches!(self.w(k), "coming" | "upcoming"))
            || self.w(i.saturating_sub(1)) == "to" && !self.w(i).ends_with("ed")
    }

    /// Whether "before" or "after" at `k` opens a phrase rather than a clause: a
    /// gerund or a noun phrase follows ("before flying to Seoul", "after a visit to
    /// Rome"), not a subject and its verb ("after he met").
    fn sequence_phrase(&self, k: usize) -> bool {
        if !matches!(self.w(k), "before" | "after") {
            return false;
        }
        let next = self.w(k + 1);
        next.ends_with("ing")
            || matches!(
                next,
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "stops" | "talks"
            )
    }

    /// Whether cue `i` lies in an "after" phrase that follows the clause it hangs on
    /// ("arrived in Nairobi after a visit to Addis Ababa"): its place came first.
    fn trailing_after(&self, i: usize) -> bool {
        let s = self.ctx.sentence_of(i).start;
        // "arrived in Rome, having flown in from Paris": a perfect participle tells
        // what came before the clause it hangs on.
        if i > s + 1 && self.w(i - 1) == "having" {
            return true;
        }
        (s.max(i.saturating_sub(5))..i)
            .rev()
            .take_while(|&k| !matches!(self.w(k), "," | ";"))
            .find(|&k| self.w(k) == "after")
            .is_some_and(|k| k > s + 1 && self.sequence_phrase(k))
    }

    /// Sequence words around cue `i`.
    fn phase(&self, i: usize) -> Phase {
        let s = self.ctx.sentence_of(i).start;
        let e = self.ctx.sentence_of(i).end;
        let back = s.max(i.saturating_sub(5))..i;
        if back.clone().any(|k| is(&lx::BEGIN, self.w(k)))
            || (self.w(i.saturating_sub(1)) == "first" && is(&lx::PART_NOUNS, self.w(i)))
        {
            return Phase::First;
        }
        if back.clone().any(|k| is(&lx::FINAL, self.w(k))) {
            return Phase::Last;
        }
        // "before ending the tour in X": what comes before the end is all the rest; "after
        // ending a visit to X" is not.
        if back.clone().any(|k| {
            self.w(k) == "before"
                && self.w(k + 1).ends_with("ing")
                && is(&lx::BEGIN_END_VERBS, self.w(k + 1))
        }) {
            return Phase::Last;
        }
        if (is(&lx::PART_NOUNS, self.w(i)) || is(&lx::VISIT, self.w(i)))
            && i > 0
            && is(&lx::EARLIER, self.w(i - 1))
        {
            return Phase::First;
        }
        // "This visit to X was the final leg of the trip."
        if is(&lx::NOUNS, self.w(i))
            && (i + 1..e.min(i + 14))
                .any(|k| is(&lx::FINAL, self.w(k)) && is(&lx::PART_NOUNS, self.w(k + 1)))
        {
            return Phase::Last;
        }
        Phase::Middle
    }
}

/// Whether place `q`, written right after city `p` and a comma, is the region or
/// country the city lies in.
fn qualifies(a: &Analysis, p: usize, q: usize) -> bool {
    let (p, q) = (&a.places[p], &a.places[q]);
    let same_country = p.kind == PlaceKind::City && p.country.is_some() && p.country == q.country;
    match q.kind {
        PlaceKind::Country => same_country,
        // A region's point lies among its towns: a city far from it is in another
        // region ("New York, California" is a list of two).
        PlaceKind::Region => same_country && km(p.lat, p.lon, q.lat, q.lon) < REGION_KM,
        _ => false,
    }
}

/// How far (km) a city may lie from the point of a region that contains it.
const REGION_KM: f64 = 1200.0;

/// Whether the sentence from token `s` opens by going back before the one it follows
/// ("Earlier, ...", "Before that, ...", "Previously ..."): its stops came first.
fn flashback(ctx: &Ctx, s: usize) -> bool {
    // "Two days earlier", "A week before", "The day before", "The previous night": a
    // span back from the story's last day.
    let unit = |w: &str| {
        matches!(
            w,
            "day" | "days" | "night" | "nights" | "week" | "weeks" | "hours" | "hour"
        )
    };
    let back = |w: &str| matches!(w, "earlier" | "before");
    let count = |w: &str| {
        matches!(
            w,
            "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six" | "several" | "few"
        ) || w.bytes().all(|b| b.is_ascii_digit())
    };
    if (count(ctx.w(s)) && unit(ctx.w(s + 1)) && back(ctx.w(s + 2)))
        || (ctx.w(s) == "the" && unit(ctx.w(s + 1)) && ctx.w(s + 2) == "before")
        || (ctx.w(s) == "the" && ctx.w(s + 1) == "previous" && unit(ctx.w(s + 2)))
    {
        return true;
    }
    match ctx.w(s) {
        "earlier" | "previously" => true,
        "before" | "prior" => matches!(
            (ctx.w(s + 1), ctx.w(s + 2)),
            ("that" | "this" | "then", _) | ("to", "that" | "this")
        ),
        _ => false,
    }
}

/// Whether a sentence calls a journey off ("cancelled his trip", "called off").
fn cancelled(ctx: &Ctx, r: std::ops::Range<usize>) -> bool {
    r.clone().any(|k| {
        let w = ctx.w(k);
        if is(&lx::CANCELLED, w) && (w != "called" || ctx.w(k + 1) == "off") {
            return true;
        }
        // "declined an invitation to visit Paris", "is weighing a trip to Rome",
        // "refused to travel to Oslo": a journey refused or only considered.
        let refused = is(&lx::REFUSE, w) || (w == "turned" && ctx.w(k + 1) == "down");
        if !refused {
            return false;
        }
        let mut m = k + 1 + usize::from(w == "turned");
        if matches!(
            ctx.w(m),
            "a" | "an" | "the" | "his" | "her" | "their" | "its"
        ) {
            m += 1;
        }
        let v = ctx.w(m);
        matches!(v, "invitation" | "invitations" | "offer")
            || is(&lx::NOUNS, v)
            || (v == "to"
                && (is(&lx::VISIT, ctx.w(m + 1))
                    || matches!(ctx.w(m + 1), "travel" | "go" | "come" | "fly")))
    })
}

/// The token after a place's name that ends at `end`, past a word naming the kind of
/// place ("Helmand *province*", "Washington *state*", "Kings *county*").
fn past_kind_word(ctx: &Ctx, end: usize) -> usize {
    let kind = matches!(
        ctx.w(end),
        "province"
            | "state"
            | "region"
            | "county"
            | "district"
            | "governorate"
            | "prefecture"
            | "oblast"
            | "department"
            | "municipality"
    );
    end + usize::from(kind)
}

/// Whether a token is a possessive ("Biden's", "'s", "Reyes'").
fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with('\'')
}

/// Whether a token is an abbreviation as written after a city and a comma ("D.C.",
/// "Colo.", "Calif."): a capital, at most six letters, and a closing period.
fn abbreviation(raw: &str) -> bool {
    let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
    raw.ends_with('.')
        && raw.chars().next().is_some_and(char::is_uppercase)
        && (1..=6).contains(&letters)
        && raw.chars().all(|c| c.is_alphabetic() || c == '.')
}

/// Whether a token after a place name joins it into a compound ("U.S.-EU Summit",
/// "U.S./Mexico border"): the place is then part of a name, not a destination.
fn compound(next: &str) -> bool {
    next.starts_with(['-', '/'])
}

/// Whether a word after a place name shows the place is only a modifier ("U.S. air
/// bases", "Russia policy"): a lower-case word that is not a function word.
fn modifier(next: &str) -> bool {
    const FOLLOWERS: &[&str] = &[
        "en",
        "aboard",
        "and",
        "or",
        "to",
        "for",
        "from",
        "in",
        "on",
        "at",
        "with",
        "where",
        "which",
        "who",
        "that",
        "whose",
        "when",
        "while",
        "during",
        "before",
        "after",
        "until",
        "via",
        "as",
        "by",
        "of",
        "is",
        "was",
        "are",
        "were",
        "will",
        "would",
        "has",
        "have",
        "had",
        "this",
        "next",
        "last",
        "then",
        "also",
        "again",
        "today",
        "tomorrow",
        "yesterday",
        "early",
        "late",
        "later",
        "earlier",
        "soon",
        "but",
        "amid",
        "over",
        "since",
        "through",
        "between",
        "following",
        "ahead",
        "into",
        "around",
        "about",
        "along",
        "because",
        "so",
        "if",
        "tonight",
        "this",
        // A subject opens a clause ("in Tijuana they waited").
        "he",
        "she",
        "they",
        "we",
        "i",
        // A determiner or a number opens a new phrase ("in Cusco the next day", "in
        // Oslo a week later", "in Lima two days later"): a modifier meets its noun.
        "the",
        "a",
        "an",
        "each",
        "every",
        "some",
        "several",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "few",
        "days",
        "weeks",
        "months",
        "hours",
        "shortly",
        "briefly",
        "overnight",
    ];
    next.chars().next().is_some_and(char::is_lowercase)
        && !FOLLOWERS.contains(&next)
        // "Lebanon began", "Oslo welcomed": a verb after the place ends its phrase.
        && !next.ends_with("ed")
        && !is_cue(next)
        && !is(&lx::BEGIN, next)
        && !is(&lx::FINAL, next)
}
