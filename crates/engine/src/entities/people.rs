//! People: a name split from its role, merged across mentions by surname.

use rustc_hash::FxHashMap;

/// A person being collected. Spans are byte offsets into the normalised text.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// Fullest name seen.
    pub name: String,
    /// Lowercased surname, the merge key.
    pub surname: String,
    /// Lowercased first given name, when a full name was seen.
    pub given: Option<String>,
    /// The role, if a mention gave one.
    pub role: Option<String>,
    /// Name spans.
    pub mentions: Vec<(usize, usize)>,
    /// Evidence of the best full mention (see [`super::evidence`]).
    pub evidence: f32,
    /// Support from later one-word mentions.
    pub support: f32,
}

impl Draft {
    /// Whether the evidence for this person reaches the threshold.
    pub fn is_person(&self) -> bool {
        self.evidence + self.support.min(super::evidence::SUPPORT_CAP) >= super::evidence::THRESHOLD
    }
}

/// Words of a role that mark an office (as opposed to an honorific such as "Dr.").
const OFFICES: &[&str] = &[
    "President",
    "Minister",
    "Secretary",
    "King",
    "Queen",
    "Chancellor",
    "Premier",
    "Pope",
    "Governor",
    "Senator",
    "General",
];

/// What a one-word mention is when no full name takes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bare {
    /// Nothing by itself.
    Nothing,
    /// A known given name used alone, with a person's context ("Rosa said").
    GivenName,
    /// A word that a person's pronoun vouches for somewhere in the text, with the
    /// evidence of this mention ("When Roe launched his campaign").
    Lone(f32),
}

/// All the people of a text.
#[derive(Debug, Default)]
pub struct People {
    /// In order of creation.
    pub list: Vec<Draft>,
    /// Indices into `list` by surname key, in order of creation: a mention finds the
    /// people of its surname without a pass over everyone (linear on long texts).
    by_surname: FxHashMap<String, Vec<usize>>,
    /// The same by given-name key.
    by_given: FxHashMap<String, Vec<usize>>,
    /// The same by the key of each later word of a name of three or more words ("Lula"
    /// of "Luiz Inácio Lula da Silva"); a superset, checked again on use.
    by_inner: FxHashMap<String, Vec<usize>>,
}

/// Adds index `k` to the sorted list of `key` in `map`.
fn index(map: &mut FxHashMap<String, Vec<usize>>, key: String, k: usize) {
    let v = map.entry(key).or_default();
    if let Err(at) = v.binary_search(&k) {
        v.insert(at, k);
    }
}

/// The merge key of a name word: lowercased, accents stripped ("Erdoğan" = "Erdogan"),
/// a doubled letter written once ("Zelenskyy" = "Zelensky"), a joined Arabic article
/// dropped ("al-Assad" = "Assad").
fn key(word: &str) -> String {
    let folded = crate::places::gazetteer::fold(word);
    // "al-Assad" is "Assad": the Arabic article joined to a surname is no part of the key.
    let bare = [
        "al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "ar-", "an-",
    ]
    .iter()
    .find_map(|a| folded.strip_prefix(a).filter(|rest| rest.len() > 2))
    .unwrap_or(&folded);
    let mut k = String::with_capacity(word.len());
    for c in bare.chars() {
        if !k.ends_with(c) {
            k.push(c);
        }
    }
    k
}

/// Short forms of given names that share no first letters with the full form ("Bill" for
/// "William"), lowercased: (short, full).
const SHORT_FORMS: &[(&str, &str)] = &[
    ("bill", "william"),
    ("will", "william"),
    ("bob", "robert"),
    ("rob", "robert"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("ted", "edward"),
    ("ned", "edward"),
    ("jim", "james"),
    ("jack", "john"),
    ("peg", "margaret"),
    ("maggie", "margaret"),
    ("chuck", "charles"),
    ("hank", "henry"),
    ("harry", "henry"),
    ("tony", "anthony"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("betty", "elizabeth"),
    ("kate", "catherine"),
    ("kathy", "katherine"),
    ("sandy", "alexander"),
    ("sasha", "alexander"),
    ("nick", "nicholas"),
    ("mike", "michael"),
    ("joe", "joseph"),
    ("jerry", "gerald"),
    ("larry", "lawrence"),
    ("sue", "susan"),
    ("peggy", "margaret"),
];

/// Whether two given-name keys may be one person's: equal, one a start of the other
/// ("Jo", "Joanna"), the same first three letters, or a known short form.
fn given_compatible(a: &str, b: &str) -> bool {
    let short = |x: &str, y: &str| SHORT_FORMS.iter().any(|&(s, f)| x == key(s) && y == key(f));
    a == b
        || a.starts_with(b)
        || b.starts_with(a)
        || a.get(..3).is_some_and(|x| b.get(..3) == Some(x))
        || short(a, b)
        || short(b, a)
        || same_consonants(a, b)
}

/// Whether two keys are spellings of one name that differ only in vowels ("Mohammed",
/// "Muhammad"), with at least three consonants.
fn same_consonants(a: &str, b: &str) -> bool {
    let skeleton = |x: &str| -> Vec<char> {
        let mut v: Vec<char> = x
            .chars()
            .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
            .collect();
        v.dedup();
        v
    };
    let (sa, sb) = (skeleton(a), skeleton(b));
    sa.len() >= 3 && sa == sb
}

impl People {
    /// Appends a person and indexes its surname.
    fn push(&mut self, d: Draft) {
        let k = self.list.len();
        index(&mut self.by_surname, d.surname.clone(), k);
        self.list.push(d);
        self.reindex(k);
    }

    /// Indexes the given name and the later name words of person `k` (after a change).
    fn reindex(&mut self, k: usize) {
        let p = &self.list[k];
        if let Some(g) = p.given.clone() {
            index(&mut self.by_given, g, k);
        }
        if p.name.split(' ').count() >= 3 {
            let words: Vec<String> = p.name.split(' ').skip(1).map(key).collect();
            for w in words {
                index(&mut self.by_inner, w, k);
            }
        }
    }

    /// The people of surname key `sur`, in order of creation.
    fn of_surname(&self, sur: &str) -> &[usize] {
        self.by_surname.get(sur).map_or(&[], Vec::as_slice)
    }

    /// Adds a full name (two or more name words) at `span`, with its role.
    pub fn add_full(
        &mut self,
        name: String,
        surname: &str,
        given: &str,
        role: Option<String>,
        span: (usize, usize),
        evidence: f32,
    ) {
        let sur = key(surname);
        let giv = key(given);
        // "Mackenzie King" after "William Lyon Mackenzie King": the later words of a
        // longer name are the same person, unless the words before them are another
        // person's name (two names side by side in a caption).
        // Letter case aside: "Von der Leyen" opening a sentence.
        let tail_of = |long: &str, short: &str| {
            let (long, short) = (long.to_lowercase(), short.to_lowercase());
            long.len() > short.len()
                && long.ends_with(&short)
                && long[..long.len() - short.len()]
                    .strip_suffix(' ')
                    .is_some_and(|head| !self.list.iter().any(|n| n.name.to_lowercase() == head))
        };
        let hit = self.of_surname(&sur).iter().copied().find(|&k| {
            let p = &self.list[k];
            p.given.as_deref().is_none_or(|g| given_compatible(g, &giv))
                || tail_of(&p.name, &name)
                || tail_of(&name, &p.name)
        });
        match hit {
            Some(k) => {
                let p = &mut self.list[k];
                // Only a new name or a first given name changes what is indexed.
                let renamed = name.len() > p.name.len() || p.given.is_none();
                if renamed {
                    p.name = name;
                }
                p.given.get_or_insert(giv);
                if p.role.is_none() {
                    p.role = role;
                }
                p.mentions.push(span);
                if p.mentions.len() > 1 {
                    p.support += evidence.min(super::evidence::LATER_MENTION);
                }
                p.evidence = p.evidence.max(evidence);
                if renamed {
                    self.reindex(k);
                }
            }
            None => self.push(Draft {
                name,
                surname: sur,
                given: Some(giv),
                role,
                mentions: vec![span],
                evidence,
                support: 0.0,
            }),
        }
    }

    /// Adds the partner of a pair that shares a surname ("*President* and Mrs. Roe"): a
    /// second person of surname `word`, with `title` as role, unless a person of that
    /// surname already holds that title.
    pub fn add_partner(&mut self, word: &str, title: &str, span: (usize, usize), evidence: f32) {
        let sur = key(word);
        let held = self.of_surname(&sur).iter().any(|&k| {
            self.list[k]
                .role
                .as_deref()
                .is_some_and(|r| r.split_whitespace().any(|x| x == title))
        });
        // "the King and Queen Sonja": a given name is no shared surname; the King is
        // the king the text already names.
        let named_elsewhere = super::given::given(word) == Some(super::given::Given::Strong)
            && self.list.iter().any(|p| {
                p.role
                    .as_deref()
                    .is_some_and(|r| r.split_whitespace().any(|x| x == title))
            });
        if held || named_elsewhere {
            return;
        }
        self.push(Draft {
            name: word.to_string(),
            surname: sur,
            given: Some(key(title)),
            role: Some(title.to_string()),
            mentions: vec![span],
            evidence,
            support: 0.0,
        });
    }

    /// Resolves a one-word mention `word` (a surname, maybe after a `title`) to a person.
    /// Creates a person when a title vouches for it, or when `bare` says it is a given
    /// name used by itself with a person's context (then it also joins the person of
    /// that given name) or a lone surname; returns whether it was placed.
    /// `evidence` is what the mention itself shows (its title and context): a later
    /// mention supports the person it joins with that much, and at least
    /// [`super::evidence::LATER_MENTION`].
    pub fn add_single(
        &mut self,
        word: &str,
        title: Option<&str>,
        role: Option<String>,
        span: (usize, usize),
        evidence: f32,
        bare: Bare,
    ) -> bool {
        let sur = key(word);
        let mut cands: Vec<usize> = self.of_surname(&sur).to_vec();
        if cands.is_empty() {
            // "Lula" after "Luiz Inácio Lula da Silva": the name a person goes by may be
            // a middle word of the full name, when only one person's name holds it.
            let inner: Vec<usize> = self
                .by_inner
                .get(&sur)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .copied()
                .filter(|&k| {
                    let name = &self.list[k].name;
                    name.split(' ').count() >= 3 && name.split(' ').skip(1).any(|w| key(w) == sur)
                })
                .collect();
            if inner.len() == 1 {
                cands = inner;
            }
        }
        // Royals and popes go by their given name ("King Salman" after "Salman bin
        // Abdulaziz al-Saud").
        // Otherwise a word that is the given name of exactly one person, one with enough
        // evidence already, is that person called by first name ("Ana Ruiz, 6, ... Ana
        // said"); a company named like a person ("Acme Wells") gains nothing from it.
        let by_given = || {
            let mut of_given = self
                .by_given
                .get(&sur)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .copied()
                .filter(|&k| self.list[k].given.as_deref() == Some(sur.as_str()));
            let first = of_given.next();
            if title.is_some() || bare == Bare::GivenName {
                first
            } else {
                first.filter(|&k| of_given.next().is_none() && self.list[k].is_person())
            }
        };
        let pick = match cands.len() {
            0 => by_given(),
            1 => Some(cands[0]),
            _ => {
                let role_has = |k: usize, w: &str| {
                    self.list[k]
                        .role
                        .as_deref()
                        .is_some_and(|r| r.split_whitespace().any(|x| x == w))
                };
                let by_title = title.and_then(|t| cands.iter().copied().find(|&k| role_has(k, t)));
                let honorific =
                    title.is_some_and(|t| super::words::is_in(super::words::HONORIFICS, t));
                by_title
                    .or_else(|| {
                        honorific
                            .then(|| {
                                cands
                                    .iter()
                                    .copied()
                                    .find(|&k| !OFFICES.iter().any(|o| role_has(k, o)))
                            })
                            .flatten()
                    })
                    .or(Some(cands[0]))
            }
        };
        match pick {
            Some(k) => {
                let p = &mut self.list[k];
                if p.role.is_none() {
                    p.role = role;
                }
                p.mentions.push(span);
                p.support += super::evidence::LATER_MENTION + evidence;
                if title.is_some() {
                    p.evidence = p.evidence.max(evidence);
                }
                true
            }
            None => {
                // A new person of one word, with the evidence it starts from: a title's,
                // none for a first name alone (listed once the text names it again: a
                // person the story follows, not a passing word), and for a surname alone
                // that a person's pronoun vouches for somewhere in the text ("When Roe
                // launched his campaign") this mention's.
                let start = match bare {
                    _ if title.is_some() => evidence,
                    Bare::GivenName => 0.0,
                    Bare::Lone(ev) => ev,
                    _ => return false,
                };
                self.push(Draft {
                    name: word.to_string(),
                    surname: sur,
                    given: None,
                    role,
                    mentions: vec![span],
                    evidence: start,
                    support: 0.0,
                });
                true
            }
        }
    }
}
