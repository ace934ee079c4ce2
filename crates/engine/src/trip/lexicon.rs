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
    "moving",
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
    "deploy",
    "deploys",
    "deployed",
    "deploying",
    "splashed",
    "splash",
    "touched",
    "settled",
    "settle",
    "camped",
    "camp",
    "carried",
    "carries",
    // Moving by one's own strength ("cycled to", "rowed to"), moving home ("emigrated
    // to") and a course ("bound for"). Being moved ("airlifted to", "transferred to",
    // "deported to") is left out: in news it is mostly a patient or a prisoner.
    "cycled",
    "cycling",
    "hiked",
    "hitchhiked",
    "hiking",
    "swam",
    "rowed",
    "paddled",
    "skied",
    "emigrated",
    "emigrate",
    "bound",
    // Coming off a ship or a plane, and a season spent ("wintered at").
    "disembarked",
    "disembark",
    "stepped",
    "wintered",
    // The -ing forms, as "spent the week touring ..., hosting ..." needs them.
    "continuing",
    "cruising",
    "camping",
    "settling",
    "staying",
    "splashing",
    "transiting",
    "disembarking",
    "emigrating",
]);

/// Words allowed between a motion verb and its preposition ("travel on to", "head
/// back to", "fly directly to").
pub static PARTICLES: Words = Words::new(&[
    "on",
    "onward",
    "onwards",
    "back",
    "directly",
    "then",
    "also",
    "later",
    "next",
    "straight",
    "home",
    "briefly",
    "first",
    "down",
    "out",
    "off",
    "up",
    "ashore",
    "north",
    "south",
    "east",
    "west",
    "northward",
    "southward",
    "eastward",
    "westward",
    "northwards",
    "southwards",
    "inland",
    "overland",
    "together",
    "abroad",
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
    "reaching",
    "crisscrossed",
    "crisscrossing",
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
    "holding",
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
    "sing",
    "sings",
    "sang",
    "singing",
    "headline",
    "headlines",
    "headlined",
    "headlining",
    "conduct",
    "conducts",
    "conducted",
    "lecture",
    "lectured",
    "race",
    "races",
    "raced",
    "racing",
    "dine",
    "dined",
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
    "preaching",
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
    // The -ing forms, as "spent the week touring ..., hosting ..." needs them.
    "conducting",
    "delivering",
    "dining",
    "greeting",
    "hosting",
    "inaugurating",
    "inspecting",
    "launching",
    "lecturing",
    "observing",
    "officiating",
    "opening",
    "presiding",
    "rallying",
    "receiving",
    "signing",
    "unveiling",
    "watching",
    "welcoming",
    "beating",
    "defeating",
    "losing",
    "winning",
    "witnessing",
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
    "odyssey",
    "mission",
    "flight",
    "crossing",
    "landing",
    "homecoming",
    "departure",
    "tours",
    "itinerary",
    "layover",
    "landfall",
    "splashdown",
    "touchdown",
]);

/// Journey nouns that name a part of the current trip ("stops in", "the final leg").
pub static PART_NOUNS: Words = Words::new(&[
    "stop", "stops", "stopover", "layover", "leg", "arrival", "landfall",
]);

/// Nouns for what a visitor does at a place, as in "followed by shows in A and B".
pub static EVENT_NOUNS: Words = Words::new(&[
    "show",
    "shows",
    "concert",
    "concerts",
    "gig",
    "gigs",
    "performance",
    "performances",
    "match",
    "matches",
    "game",
    "games",
    "talks",
    "meeting",
    "meetings",
    "rally",
    "rallies",
    "mass",
    "masses",
    "events",
    "dates",
]);

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

/// Verbs that refuse or only weigh a journey ("declined an invitation to visit", "is
/// considering a trip").
pub static REFUSE: Words = Words::new(&[
    "declined",
    "declines",
    "refused",
    "refuses",
    "rejected",
    "rejects",
    "considering",
    "considers",
    "weighing",
    "mulling",
    "contemplating",
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
    "choir",
    "ensemble",
    "cast",
    "royals",
    "family",
    "astronauts",
    "pilgrims",
    "migrants",
    "refugees",
    "fleet",
    "caravan",
    "players",
    // What carries a relay, and everyone with it (vessels: [`group_noun`]).
    "torch",
    "flame",
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

/// Verbs of leading a group, whose leader goes where the group goes ("led a
/// delegation to Hanoi").
pub static LEAD: Words = Words::new(&[
    "lead", "leads", "led", "leading", "head", "heads", "headed", "heading",
]);

/// Verbs that reach a place with "it" or "as far as" ("made it to Tijuana", "got as far
/// as Reynosa").
pub static REACHED: Words = Words::new(&["made", "make", "makes", "making", "got", "get", "gets"]);

/// Verbs of a launch, whose "from" names the place left ("lifted off from Baikonur").
pub static LIFT_OFF: Words = Words::new(&[
    "lifted", "lifts", "blasted", "blasts", "launched", "launches",
]);

/// Verbs of giving, which put their subject somewhere only with an event or a speech as
/// their object ("gave talks in Oslo", "gives a concert at Bergen"; not "gave money
/// to Oslo").
pub static GIVE: Words = Words::new(&["give", "gives", "gave", "giving", "given"]);

/// What is given where it is given: events and speeches ("gave *talks*").
pub static GIVEN_EVENTS: Words = Words::new(&[
    "talk",
    "talks",
    "speech",
    "speeches",
    "lecture",
    "lectures",
    "sermon",
    "sermons",
    "address",
    "concert",
    "concerts",
    "recital",
    "recitals",
    "performance",
    "performances",
    "show",
    "shows",
    "reading",
    "readings",
    "briefing",
    "briefings",
    "interview",
    "interviews",
    "seminar",
    "seminars",
    "workshop",
    "workshops",
]);

/// Verbs of winning or losing, which put a team at a match but not a candidate in a
/// state ("won in Ohio").
pub static CONTEST: Words = Words::new(&[
    "win",
    "wins",
    "won",
    "winning",
    "lose",
    "loses",
    "lost",
    "losing",
    "beat",
    "beating",
    "defeat",
    "defeated",
    "defeating",
]);

/// Forms of "take" that carry someone on a journey ("a tour that took him to Shanghai").
pub static TAKE: Words = Words::new(&[
    "take", "takes", "took", "taking", "carry", "carries", "carried", "carrying", "bring",
    "brings", "brought", "bringing", "get", "gets", "got", "getting",
]);

/// Nouns for a kind of place, as in "the cities of A and B", "the port of X".
pub static PLACE_NOUNS: Words = Words::new(&[
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "port",
    "ports",
    "island",
    "islands",
    "province",
    "provinces",
    "state",
    "states",
    "region",
    "regions",
    "capital",
    "capitals",
    "settlement",
    "settlements",
    "territory",
    "territories",
    "areas",
    "districts",
    "republic",
    "kingdom",
    // Heads of official names ("the Commonwealth of Dominica").
    "commonwealth",
    "federation",
    "principality",
    "sultanate",
    "duchy",
    "countries",
    "nations",
    "districts",
    "district",
    "county",
    "counties",
    "harbour",
    "harbor",
    "resort",
    "enclave",
    "emirate",
    "emirates",
    // Parts of a city: "the outskirts of Kyiv". (A coast is left out: "the coast of
    // Australia" names a country where the text means one landing place.)
    "outskirts",
    "suburbs",
]);

/// Verbs that end a journey somewhere ("the tour will end in Madrid").
pub static BEGIN_END_VERBS: Words = Words::new(&[
    "end",
    "ends",
    "ended",
    "ending",
    "conclude",
    "concludes",
    "concluded",
    "concluding",
    "wrapped",
]);

/// Nouns for where a journey goes ("his destination was Lima").
pub static DESTINATION: Words = Words::new(&["destination", "destinations"]);

/// Verbs of receiving a visitor ("Kenya welcomed the pope").
pub static HOST: Words = Words::new(&[
    "welcomed", "welcomes", "welcome", "hosted", "hosts", "host", "received", "receives",
    "greeted", "greets", "awaited", "awaits",
]);

/// Means of travel that a ride takes ("took a bus to", "boarded a flight for").
pub static VEHICLES: Words = Words::new(&[
    "bus",
    "train",
    "plane",
    "flight",
    "boat",
    "ferry",
    "ship",
    "taxi",
    "car",
    "helicopter",
    "jet",
    "coach",
    "truck",
    "lorry",
    "motorcade",
    "convoy",
    "yacht",
    "vessel",
]);

/// Words that start a ride or a ship's call, beside the lists above ("boarded a
/// flight", "set out from", "called at", "put in at").
pub static RIDE_CUES: Words = Words::new(&[
    "boarded", "board", "boards", "boarding", "set", "sets", "setting", "called", "calls", "call",
    "calling", "put", "puts",
]);

/// Nouns for a person by what they do, which name no office: "the explorer", "the
/// astronaut" (lowercase, singular).
pub static PERSON_NOUNS: Words = Words::new(&[
    "explorer",
    "astronaut",
    "cosmonaut",
    "navigator",
    "sailor",
    "traveller",
    "traveler",
    "journalist",
    "reporter",
    "writer",
    "author",
    "novelist",
    "poet",
    "artist",
    "singer",
    "musician",
    "actor",
    "actress",
    "athlete",
    "player",
    "runner",
    "cyclist",
    "climber",
    "mountaineer",
    "rower",
    "skier",
    "trekker",
    "adventurer",
    "balloonist",
    "yachtsman",
    "yachtswoman",
    "golfer",
    "boxer",
    "swimmer",
    "scientist",
    "researcher",
    "doctor",
    "activist",
    "pilgrim",
    "missionary",
    "migrant",
    "refugee",
    "aviator",
    "pilot",
    "officer",
    "soldier",
    "veteran",
    "star",
    "champion",
    "musician",
    "composer",
    "conductor",
    "preacher",
    "monk",
    "nun",
    "priest",
    "evangelist",
    "photographer",
    "filmmaker",
    "director",
    "entrepreneur",
    "billionaire",
    "businessman",
    "businesswoman",
    "tycoon",
    "woman",
    "man",
    "girl",
    "boy",
    "teenager",
]);

/// Verbs by which a journey lists its parts ("the tour included Lima").
pub static INCLUDE: Words = Words::new(&[
    "include",
    "includes",
    "included",
    "including",
    "cover",
    "covers",
    "covered",
    "span",
    "spans",
    "spanned",
]);

/// Nouns of a way taken ("en route to", "on his way to") and of leaving ("departure
/// from").
pub static WAY_CUES: Words = Words::new(&["route", "way", "departure", "departures"]);

/// Words of a life event or a lasting state, not a journey: "born in X", "lives in X",
/// "based in X", "elected in X", "buried at X".
pub static LIFE: Words = Words::new(&[
    "born",
    "died",
    "dies",
    "lived",
    "lives",
    "live",
    "living",
    "based",
    "raised",
    "grew",
    "studied",
    "educated",
    "elected",
    "buried",
    "headquartered",
    "married",
    "killed",
    "imprisoned",
    "jailed",
    "worked",
    "works",
    "served",
    "serves",
    "retired",
    "stationed",
    "located",
    "published",
    "reported",
    "announced",
    "wrote",
    "writes",
    "quoted",
    "cited",
]);

/// Verbs whose object does what the infinitive after it says ("invited Kerry to
/// visit", "allowed groups to visit").
pub static CAUSERS: Words = Words::new(&[
    "invite",
    "invites",
    "invited",
    "inviting",
    "allow",
    "allows",
    "allowed",
    "allowing",
    "permit",
    "permits",
    "permitted",
    "permitting",
    "urge",
    "urges",
    "urged",
    "urging",
    "ask",
    "asks",
    "asked",
    "asking",
    "encourage",
    "encourages",
    "encouraged",
    "let",
    "lets",
    "persuade",
    "persuaded",
    "advise",
    "advised",
    "told",
    "tell",
    "tells",
    "request",
    "requested",
    "welcome",
    "welcomed",
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

    /// Whether `w` (lowercase) is one of the words. Never inlined: the trip asks this
    /// at some hundred places, and a copy of the set's lookup at each made the page's
    /// wasm about 3 KB bigger (gzipped) for no measurable speed.
    #[inline(never)]
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

/// Verbs of crossing: what they take first lies on the way ("crossed the strait into").
pub static CROSS: Words = Words::new(&["cross", "crosses", "crossed", "crossing"]);

/// Words of a duration after "for" ("for *days*", "for *several hours*").
pub static DURATION_WORDS: Words = Words::new(&[
    "days",
    "hours",
    "weeks",
    "months",
    "years",
    "nights",
    "miles",
    "kilometres",
    "kilometers",
    "several",
    "many",
    "two",
    "three",
    "four",
    "five",
    "six",
    "ten",
    "a",
    "few",
    "long",
]);

/// Directions and manners between a verb of motion and its destination that
/// [`PARTICLES`] lacks ("flew *overnight* to", "sailed *eastwards* to"); the particles
/// ("north", "inland") are skipped with them.
pub static DIRECTIONS: Words = Words::new(&["eastwards", "westwards", "overnight", "nonstop"]);

/// Whether a lowercase word names a group that travels together ([`GROUP_NOUNS`]) or a
/// vessel that carries one (the people stage's list: "frigate", "liner").
pub fn group_noun(w: &str) -> bool {
    is(&GROUP_NOUNS, w) || crate::entities::words::is_in(crate::entities::words::VESSEL_NOUNS, w)
}
