//! The words the trip stage listens for, all lowercase.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Verbs of motion and the prepositions that introduce their destination.
pub static MOTION: Words = Words::new(&[
    "travel",
    "travels",
    "traveled",
    "travelled",
    "traveling",
    "travelling",
    "arrive",
    "arrives",
    "arrived",
    "arriving",
    "fly",
    "flies",
    "flew",
    "flown",
    "flying",
    "head",
    "heads",
    "headed",
    "heading",
    "go",
    "goes",
    "went",
    "going",
    "land",
    "lands",
    "landed",
    "landing",
    "move",
    "moves",
    "moved",
    "continue",
    "continues",
    "continued",
    "proceed",
    "proceeds",
    "proceeded",
    "stop",
    "stops",
    "stopped",
    "stopping",
    "come",
    "comes",
    "came",
    "jet",
    "jetted",
    "sail",
    "sailed",
    "drive",
    "drove",
    "driven",
    "stay",
    "stays",
    "stayed",
    "sails",
    "sailing",
    "voyaged",
    "journeyed",
    "journeys",
    "trek",
    "trekked",
    "trekking",
    "walk",
    "walked",
    "walking",
    "march",
    "marched",
    "marching",
    "ride",
    "rode",
    "riding",
    "cross",
    "crossed",
    "crossing",
    "docked",
    "docking",
    "anchored",
    "dock",
    "flee",
    "fled",
    "fleeing",
    "migrate",
    "migrated",
    "migrating",
    "relocate",
    "relocated",
    "relocating",
    "embark",
    "embarked",
    "embarks",
    "embarking",
    "transited",
    "transit",
    "pass",
    "passed",
    "passing",
    "drives",
    "driving",
    "steamed",
    "cruised",
    "cruise",
]);

/// Words allowed between a motion verb and its preposition ("travel on to", "head
/// back to", "fly directly to").
pub static PARTICLES: Words = Words::new(&[
    "on", "onward", "onwards", "back", "directly", "then", "also", "later", "next", "straight",
    "home", "briefly", "first",
]);

/// Verbs whose direct object is a place.
pub static VISIT: Words = Words::new(&[
    "visit",
    "visits",
    "visited",
    "visiting",
    "tour",
    "tours",
    "toured",
    "touring",
    "reach",
    "reached",
    "reaches",
    "enter",
    "enters",
    "entered",
    "entering",
    "explore",
    "explored",
    "exploring",
    "circumnavigate",
    "circumnavigated",
]);

/// Verbs that leave a place.
pub static LEAVE: Words = Words::new(&[
    "leave",
    "leaves",
    "left",
    "leaving",
    "depart",
    "departs",
    "departed",
    "departing",
]);

/// Verbs of coming home.
pub static RETURN: Words = Words::new(&["return", "returns", "returned", "returning"]);

/// Forms of "to be".
pub static BE: Words = Words::new(&[
    "am", "is", "are", "was", "were", "be", "been", "being", "'m",
]);

/// Verbs of doing something somewhere; the place follows later in the clause.
pub static ACTIVITY: Words = Words::new(&[
    "meet",
    "meets",
    "met",
    "attend",
    "attends",
    "attended",
    "attending",
    "hold",
    "holds",
    "held",
    "participate",
    "participates",
    "participated",
    "participating",
    "lay",
    "lays",
    "laid",
    "laying",
    "deliver",
    "delivers",
    "delivered",
    "address",
    "addressed",
    "inspect",
    "inspected",
    "sign",
    "signed",
    "join",
    "joins",
    "joined",
    "visit",
    "visits",
    "visited",
    "visiting",
    "tour",
    "toured",
    "greet",
    "greeted",
    "host",
    "hosted",
    "spoke",
    "speak",
    "speaks",
    "speaking",
    "perform",
    "performs",
    "performed",
    "performing",
    "play",
    "plays",
    "played",
    "playing",
    "celebrate",
    "celebrates",
    "celebrated",
    "celebrating",
    "pray",
    "prays",
    "prayed",
    "praying",
    "preach",
    "preached",
    "open",
    "opened",
    "opens",
    "unveil",
    "unveiled",
    "inaugurate",
    "inaugurated",
    "launch",
    "launched",
    "compete",
    "competed",
    "competing",
    "defeat",
    "defeated",
    "beat",
    "win",
    "won",
    "lose",
    "lost",
    "campaign",
    "campaigned",
    "campaigning",
    "rally",
    "rallied",
    "preside",
    "presided",
    "officiate",
    "officiated",
    "receive",
    "received",
    "welcome",
    "welcomed",
    "welcomes",
    "spend",
    "spent",
    "spends",
    "spending",
    "watch",
    "watched",
    "witness",
    "witnessed",
    "observe",
    "observed",
]);

/// Nouns for a journey or part of one, with the prepositions they take.
pub static NOUNS: Words = Words::new(&[
    "visit",
    "visits",
    "trip",
    "trips",
    "travel",
    "travels",
    "journey",
    "tour",
    "stop",
    "stops",
    "stopover",
    "leg",
    "arrival",
    "arrivals",
    "swing",
    "stay",
    "pilgrimage",
    "voyage",
    "voyages",
    "expedition",
    "mission",
    "flight",
    "crossing",
    "landing",
    "homecoming",
    "departure",
    "tours",
]);

/// Journey nouns that name a part of the current trip ("stops in", "the final leg").
pub static PART_NOUNS: Words = Words::new(&["stop", "stops", "stopover", "leg", "arrival"]);

/// Words that say a journey lies ahead.
pub static FUTURE: Words = Words::new(&[
    "will",
    "'ll",
    "would",
    "shall",
    "expected",
    "expects",
    "plans",
    "plan",
    "planned",
    "planning",
    "scheduled",
    "set",
    "going",
    "intends",
    "intend",
    "hopes",
    "hope",
    "aims",
    "forward",
    "upcoming",
    "due",
    "slated",
    "preparing",
    "prepares",
    "next",
]);

/// Words that cancel or deny a journey in their clause.
pub static NEGATION: Words =
    Words::new(&["not", "n't", "never", "no", "cannot", "won't", "didn't"]);

/// Words that call a journey off.
pub static CANCELLED: Words = Words::new(&[
    "cancel",
    "cancels",
    "cancelled",
    "canceled",
    "cancelling",
    "canceling",
    "postpone",
    "postponed",
    "postpones",
    "scrapped",
    "scrap",
    "scraps",
    "shelved",
    "abandoned",
    "aborted",
    "called",
]);

/// Words that start a new clause: a subject found before them is not the subject
/// after them.
pub static CLAUSE_BREAKS: Words = Words::new(&[
    "when",
    "where",
    "while",
    "which",
    "who",
    "whom",
    "whose",
    "after",
    "before",
    "because",
    "but",
    "although",
    "though",
    "since",
    "until",
    "if",
    "whereas",
    "unless",
    "once",
    "that",
    "said",
    "says",
    "say",
    "following",
    "during",
]);

/// Words that open a fronted subordinate part ending at a comma ("Following the
/// summit, ...", "After meeting Putin, ...").
pub static FRONTED: Words = Words::new(&[
    "following",
    "after",
    "before",
    "during",
    "while",
    "when",
    "once",
    "since",
    "until",
    "although",
    "though",
    "because",
    "if",
    "upon",
    "despite",
    "ahead",
]);

/// Prepositions: a name right after one is an object, not a subject.
pub static PREPOSITIONS: Words = Words::new(&[
    "with",
    "of",
    "to",
    "for",
    "from",
    "by",
    "at",
    "in",
    "on",
    "about",
    "including",
    "like",
    "among",
    "between",
    "against",
    "toward",
    "towards",
    "under",
    "into",
    "over",
    "than",
    "without",
    "alongside",
    "behind",
    "beside",
    "besides",
    "via",
]);

/// Words that may stand between a title noun phrase's article and its head ("the
/// U.S. delegation", "a high-level delegation").
pub static GROUP_NOUNS: Words = Words::new(&[
    "delegation",
    "delegations",
    "team",
    "entourage",
    "motorcade",
    "convoy",
    "party",
    "group",
    "couple",
    "pair",
    "crew",
    "expedition",
    "squad",
    "troupe",
    "orchestra",
    "band",
    "royals",
    "family",
    "astronauts",
    "pilgrims",
    "migrants",
    "refugees",
    "fleet",
    "caravan",
    "players",
]);

/// Words of office, for noun phrases such as "the President", "the Vice President",
/// "the secretary", "the Second Gentleman".
pub static TITLE_WORDS: Words = Words::new(&[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "chancellor",
    "king",
    "queen",
    "pope",
    "pontiff",
    "prince",
    "princess",
    "senator",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "general",
    "first",
    "lady",
    "second",
    "gentleman",
    "foreign",
    "defense",
    "defence",
    "state",
    "premier",
    "leader",
    "chief",
    "commander",
    "emir",
    "sultan",
    "monarch",
    "director",
    "adviser",
    "advisor",
    "national",
    "security",
    "deputy",
    "assistant",
    "special",
    "representative",
    "speaker",
    "chairman",
    "chairwoman",
    "chair",
    "czar",
    "coordinator",
    "administrator",
    "top",
    "diplomat",
    "emperor",
    "empress",
    "admiral",
    "duke",
    "duchess",
    "archbishop",
    "cardinal",
    "bishop",
    "patriarch",
    "captain",
    "sheikh",
    "tsar",
    "crown",
    "astronaut",
    "commissioner",
    "chairperson",
    "colonel",
    "lieutenant",
    "major",
    "sergeant",
    "marshal",
    "u.s.",
    "american",
    "british",
]);

/// Verbs of saying: "In Ukraine, Kerry said ..." puts Kerry nowhere.
pub static SPEECH: Words = Words::new(&[
    "said", "says", "say", "stressed", "noted", "added", "warned", "told", "argued", "insisted",
    "urged", "called", "believes", "believe", "thinks", "think", "wrote", "accused", "accuse",
    "denied", "claimed",
]);

/// Words that mark a stop as the trip's first.
pub static BEGIN: Words = Words::new(&[
    "begin", "begins", "began", "start", "starts", "started", "kick",
]);

/// Words that mark a stop as the trip's last before home.
pub static FINAL: Words = Words::new(&[
    "final",
    "finally",
    "last",
    "conclude",
    "concludes",
    "concluded",
    "end",
    "ends",
    "ended",
    "wrap",
    "wraps",
]);

/// Forms of "take" that carry someone on a journey ("a tour that took him to Shanghai").
pub static TAKE: Words = Words::new(&[
    "take", "takes", "took", "taking", "carry", "carries", "carried", "carrying", "bring",
    "brings", "brought", "bringing",
]);

/// Compass words that name a part of a place ("southern Italy").
pub static COMPASS: Words = Words::new(&[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "central",
]);

/// Words that say the stops they introduce came earlier ("followed stops in",
/// "after stops in").
pub static EARLIER: Words = Words::new(&["followed", "follows", "follow", "following", "after"]);

/// A list of lowercase words, looked up in a hash set built on first use (a scan of the
/// list for every token and cue was a fifth of the trip stage).
pub struct Words {
    list: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl Words {
    /// The words of `list`.
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            set: OnceLock::new(),
        }
    }

    /// The words, as listed.
    pub fn words(&self) -> &'static [&'static str] {
        self.list
    }

    /// Whether `w` (lowercase) is one of the words.
    pub fn has(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(w)
    }
}

/// Whether `w` (lowercase) is in `list`.
pub fn is(list: &Words, w: &str) -> bool {
    list.has(w)
}
