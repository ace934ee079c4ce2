//! Clock times: "10:30 a.m.", "noon", "9 a.m. EST Tuesday".

use super::super::lexicon;
use super::{Core, Found, Hit, Matcher};
use crate::segment::TokenKind;

impl Matcher<'_, '_> {
    /// Clock times: "10:30 a.m.", "10 a.m. EST", "noon", "midnight", "at 14:30",
    /// "9 a.m. Tuesday", "noon Thursday".
    pub(super) fn clock_first(&self, i: usize) -> Option<Found> {
        let (modifier, j) = match self.w(i) {
            "about" | "around" | "approximately" => (Some("APPROX"), i + 1),
            _ => (None, i),
        };
        let (hour, minute, mut end) = self.clock(j)?;
        if self.w(end) == ","
            && self.day_like(end + 1).is_some()
            && self.day_like(end + 1).is_some()
        {
            end += 1;
        }
        let day = self.day_like(end);
        let (day, end) = match day {
            Some((d, e)) => (Some(Box::new(d)), e),
            None => {
                if self.w(end.wrapping_sub(1)) == "," {
                    end -= 1;
                }
                (None, end)
            }
        };
        Some(Found {
            first: i,
            last: end,
            core: Core::Clock { hour, minute, day },
            modifier,
        })
    }

    /// A day right after a clock time.
    pub(super) fn day_like(&self, i: usize) -> Option<Hit> {
        self.weekday_expr(i)
            .or_else(|| {
                self.explicit_date(i)
                    .filter(|(c, _)| matches!(c, Core::Day { .. }))
            })
            .or_else(|| {
                self.day_words(i)
                    .filter(|(c, _)| matches!(c, Core::Rel { .. }))
            })
    }

    /// A clock time at `i`: (hour, minute, end).
    pub(super) fn clock(&self, i: usize) -> Option<(u32, u32, usize)> {
        match self.w(i) {
            "noon" | "midday" => return Some((12, 0, i + 1)),
            "midnight" => return Some((0, 0, i + 1)),
            _ => {}
        }
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let raw = self.w(i);
        let digits = raw.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &raw[digits.len()..];
        let (h, m) = match digits.split_once(':') {
            Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
            Some(_) => return None,
            None if digits.len() <= 2 => (digits.parse::<u32>().ok()?, 0),
            None => return None,
        };
        if m > 59 {
            return None;
        }
        let mut end = i + 1;
        let ampm = match suffix {
            "am" | "a" => Some(false),
            "pm" | "p" => Some(true),
            "" => match self.w(end) {
                "a.m." | "a.m" | "am" => {
                    end += 1;
                    Some(false)
                }
                "p.m." | "p.m" | "pm" => {
                    end += 1;
                    Some(true)
                }
                "o'clock" => {
                    end += 1;
                    None
                }
                _ => None,
            },
            _ => return None,
        };
        // "a.m" split by the sentence splitter leaves "a.m" then "."
        let hour = match ampm {
            Some(pm) => {
                if !(1..=12).contains(&h) {
                    return None;
                }
                (h % 12) + if pm { 12 } else { 0 }
            }
            None => {
                // A bare "10:30" is a time only after "at", "by", "until", "from"
                // and with hours on a clock; "02:17" alone is a video length.
                let o_clock = self.w(end.wrapping_sub(1)) == "o'clock";
                let prev = self.w(i.wrapping_sub(1));
                if h > 23
                    || !(o_clock
                        || (digits.contains(':')
                            && matches!(
                                prev,
                                "at" | "by"
                                    | "until"
                                    | "till"
                                    | "from"
                                    | "before"
                                    | "after"
                                    | "around"
                                    | "about"
                            )))
                {
                    return None;
                }
                h
            }
        };
        if lexicon::is_time_zone(self.w(end)) {
            end += 1;
        } else if self.w(end) == "local" && self.w(end + 1) == "time" {
            end += 2;
        }
        Some((hour, m, end))
    }
}
