//! Words of time: months, weekdays, units, number words, seasons, parts of the day,
//! fixed and computed holidays. Every lookup takes a **lowercased** word.

/// A unit of time, as durations and relative dates count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Saturday and Sunday.
    Weekend,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Quarters of a (fiscal) year.
    Quarter,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

impl Unit {
    /// The TimeML duration letter(s): `Y`, `M`, `W`, `D`, `H`, `DE`...
    pub fn code(self) -> &'static str {
        match self {
            Unit::Second => "S",
            Unit::Minute => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Weekend => "WE",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }

    /// Whether the unit is part of a clock time (durations write `PT...`).
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
}

/// A unit word and whether it is plural ("years" → (Year, true)).
pub fn unit(w: &str) -> Option<(Unit, bool)> {
    Some(match w {
        "second" | "sec" => (Unit::Second, false),
        "seconds" | "secs" => (Unit::Second, true),
        "minute" | "min" => (Unit::Minute, false),
        "minutes" | "mins" => (Unit::Minute, true),
        "hour" | "hr" => (Unit::Hour, false),
        "hours" | "hrs" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "weekend" => (Unit::Weekend, false),
        "weekends" => (Unit::Weekend, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" | "yr" => (Unit::Year, false),
        "years" | "yrs" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        _ => return None,
    })
}

/// Month number 1..=12 of a month name or abbreviation ("sept.", "jan").
pub fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Whether a month word is only an abbreviation ("Jan.", "Sept").
pub fn is_month_abbreviation(w: &str) -> bool {
    month(w).is_some() && w.trim_end_matches('.').len() <= 4 && w != "june" && w != "july"
}

/// ISO weekday (Monday = 1) of a weekday name or abbreviation.
pub fn weekday(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    Some(match w {
        "monday" | "mon" => 1,
        "tuesday" | "tue" | "tues" => 2,
        "wednesday" | "wed" => 3,
        "thursday" | "thu" | "thur" | "thurs" => 4,
        "friday" | "fri" => 5,
        "saturday" | "sat" => 6,
        "sunday" | "sun" => 7,
        _ => return None,
    })
}

/// A weekday's plural ("mondays") for sets.
pub fn weekday_plural(w: &str) -> Option<u32> {
    weekday(w.strip_suffix('s')?).filter(|_| w.len() > 5)
}

/// The value of a number word ("two" → 2, "twenty-five" → 25, "a" → 1, "dozen" → 12).
pub fn number_word(w: &str) -> Option<f64> {
    if let Some((a, b)) = w.split_once('-') {
        let (a, b) = (small_number(a)?, small_number(b)?);
        return (a >= 20 && a % 10 == 0 && b < 10).then_some(f64::from(a + b));
    }
    match w {
        "a" | "an" | "one" => Some(1.0),
        "dozen" => Some(12.0),
        "hundred" => Some(100.0),
        "thousand" => Some(1000.0),
        _ => small_number(w).map(f64::from),
    }
}

fn small_number(w: &str) -> Option<u32> {
    const WORDS: &[&str] = &[
        "zero",
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
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    if let Some(i) = WORDS.iter().position(|x| *x == w) {
        return Some(i as u32);
    }
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    TENS.iter()
        .position(|x| *x == w)
        .map(|i| (i as u32 + 2) * 10)
}

/// Vague quantity words that make an `X` in a duration ("several years" → `PXY`).
pub fn vague_number(w: &str) -> bool {
    matches!(w, "several" | "few" | "many" | "couple" | "numerous")
}

/// Ordinal words and numerals ("third", "3rd") → 3.
pub fn ordinal(w: &str) -> Option<u32> {
    const WORDS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    if let Some(i) = WORDS.iter().position(|x| *x == w) {
        return Some(i as u32 + 1);
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if digits.is_empty() || !matches!(suffix, "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok()
}

/// TimeML season code of a season word.
pub fn season(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// TimeML part-of-day code of a word ("morning" → `MO`).
pub fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" | "mid-afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    })
}

/// Time-zone words that may follow a clock time.
pub fn is_time_zone(w: &str) -> bool {
    matches!(
        w,
        "gmt"
            | "utc"
            | "est"
            | "edt"
            | "et"
            | "cst"
            | "cdt"
            | "ct"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "pt"
            | "bst"
            | "cet"
            | "cest"
    )
}

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayRule {
    /// Same month and day every year.
    Fixed(u32, u32),
    /// The n-th (0 = last) weekday (1 = Monday) of a month: (month, weekday, n).
    NthWeekday(u32, u32, u32),
    /// Easter Sunday plus a number of days.
    Easter(i64),
}

/// Holidays: the words (lowercased tokens, possessive `'s` as its own token) and rule.
pub const HOLIDAYS: &[(&[&str], HolidayRule)] = &[
    (&["christmas", "eve"], HolidayRule::Fixed(12, 24)),
    (&["christmas", "day"], HolidayRule::Fixed(12, 25)),
    (&["christmas"], HolidayRule::Fixed(12, 25)),
    (&["boxing", "day"], HolidayRule::Fixed(12, 26)),
    (&["new", "year", "'s", "eve"], HolidayRule::Fixed(12, 31)),
    (&["new", "year", "'s", "day"], HolidayRule::Fixed(1, 1)),
    (&["valentine", "'s", "day"], HolidayRule::Fixed(2, 14)),
    (&["halloween"], HolidayRule::Fixed(10, 31)),
    (&["independence", "day"], HolidayRule::Fixed(7, 4)),
    (&["bastille", "day"], HolidayRule::Fixed(7, 14)),
    (&["veterans", "day"], HolidayRule::Fixed(11, 11)),
    (&["armistice", "day"], HolidayRule::Fixed(11, 11)),
    (&["remembrance", "day"], HolidayRule::Fixed(11, 11)),
    (&["may", "day"], HolidayRule::Fixed(5, 1)),
    (&["thanksgiving", "day"], HolidayRule::NthWeekday(11, 4, 4)),
    (&["thanksgiving"], HolidayRule::NthWeekday(11, 4, 4)),
    (&["labor", "day"], HolidayRule::NthWeekday(9, 1, 1)),
    (&["memorial", "day"], HolidayRule::NthWeekday(5, 1, 0)),
    (&["easter", "sunday"], HolidayRule::Easter(0)),
    (&["easter"], HolidayRule::Easter(0)),
    (&["good", "friday"], HolidayRule::Easter(-2)),
];

/// Words before a number that make it a label, not a year ("Section 1945", "No. 2014").
pub fn is_number_label(w: &str) -> bool {
    matches!(
        w,
        "section"
            | "sections"
            | "article"
            | "articles"
            | "rule"
            | "resolution"
            | "chapter"
            | "flight"
            | "route"
            | "highway"
            | "interstate"
            | "room"
            | "page"
            | "pages"
            | "no."
            | "no"
            | "nos."
            | "number"
            | "paragraph"
            | "bill"
            | "h.r."
            | "hr"
            | "s."
            | "act"
            | "code"
            | "model"
            | "boeing"
            | "airbus"
            | "version"
            | "windows"
            | "unit"
            | "suite"
            | "box"
            | "lot"
            | "gate"
            | "track"
            | "platform"
            | "exit"
            | "mile"
            | "km"
            | "apartment"
            | "apt."
            | "ward"
            | "district"
            | "precinct"
            | "dow"
            | "index"
            | "at"
    )
}

/// Words after a number that make it a count or a measure, not a year.
pub fn is_measure_after_number(w: &str) -> bool {
    matches!(
        w,
        "%" | "percent"
            | "per"
            | "people"
            | "persons"
            | "troops"
            | "soldiers"
            | "men"
            | "women"
            | "children"
            | "members"
            | "workers"
            | "employees"
            | "jobs"
            | "points"
            | "miles"
            | "km"
            | "kilometers"
            | "kilometres"
            | "meters"
            | "metres"
            | "feet"
            | "ft"
            | "tons"
            | "tonnes"
            | "dollars"
            | "euros"
            | "pounds"
            | "yuan"
            | "rubles"
            | "shares"
            | "votes"
            | "units"
            | "cars"
            | "homes"
            | "acres"
            | "barrels"
            | "calories"
            | "pages"
            | "words"
            | "rooms"
            | "beds"
            | "cases"
            | "deaths"
            | "dead"
            | "killed"
            | "seats"
            | "hectares"
    )
}
