//! Table-driven tests of the temporal tagger, each case named after what it guards.

use super::civil::{self, date};
use crate::{analyze, Options};

fn times(text: &str, date: Option<&str>) -> Vec<(String, String, Option<String>)> {
    let opts = match date {
        Some(d) => Options::with_date(d).unwrap(),
        None => Options::default(),
    };
    analyze(text, &opts)
        .times
        .into_iter()
        .map(|t| (t.text, t.kind, t.value))
        .collect()
}

fn day_one() -> civil::Date {
    date(1970, 1, 1).unwrap()
}

#[test]
fn calendar_round_trips() {
    for (y, m, d) in [
        (1970, 1, 1),
        (2015, 5, 12),
        (2000, 2, 29),
        (1899, 12, 31),
        (2024, 12, 31),
    ] {
        let day = date(y, m, d).unwrap();
        assert_eq!(civil::parse(&civil::iso(day)), Some(day));
        assert_eq!(civil::add_days(civil::add_days(day, 400), -400), day);
    }
    assert_eq!(civil::iso_weekday(date(2015, 5, 12).unwrap()), 2);
    assert_eq!(civil::iso_week(date(2015, 5, 12).unwrap()), (2015, 20));
    assert_eq!(civil::iso_week(date(2021, 1, 3).unwrap()), (2020, 53));
    assert_eq!(civil::easter(2015), date(2015, 4, 5));
    assert_eq!(civil::nth_weekday(2015, 11, 4, 4), date(2015, 11, 26));
    assert_eq!(civil::nth_weekday(2015, 5, 1, 0), date(2015, 5, 25));
    assert_eq!(
        civil::days_between(date(2015, 5, 12).unwrap(), date(2015, 3, 1).unwrap()),
        -72
    );
    // Steps past jiff's range stop at its ends instead of failing.
    assert_eq!(
        civil::iso(civil::add_days(day_one(), i64::MAX)),
        "9999-12-31"
    );
    assert!(date(2015, 2, 29).is_none() && civil::parse("2015-5-12").is_none());
}

/// One case: text, reference date, expected (text, type, value) of every time found.
type Case = (
    &'static str,
    Option<&'static str>,
    &'static [(&'static str, &'static str, &'static str)],
);

fn check(name: &str, (text, date, want): &Case) {
    let got = times(text, *date);
    let got: Vec<(String, String, String)> = got
        .into_iter()
        .map(|(t, k, v)| (t, k, v.unwrap_or_default()))
        .collect();
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(t, k, v)| (t.to_string(), k.to_string(), v.to_string()))
        .collect();
    assert_eq!(got, want, "case {name}: {text}");
}

#[test]
fn weekday_past_tense_is_same_or_previous_day() {
    let cases: &[(&str, Case)] = &[
        (
            "met_tuesday_is_today",
            (
                "Kerry met Putin Tuesday.",
                Some("2015-05-12"),
                &[("Tuesday", "DATE", "2015-05-12")],
            ),
        ),
        (
            "said_monday_is_yesterday",
            (
                "He said Monday that talks failed.",
                Some("2015-05-12"),
                &[("Monday", "DATE", "2015-05-11")],
            ),
        ),
        (
            "met_friday_is_last_friday",
            (
                "They met on Friday.",
                Some("2015-05-12"),
                &[("Friday", "DATE", "2015-05-08")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn weekday_future_tense_is_next_day() {
    let cases: &[(&str, Case)] = &[
        (
            "will_travel_wednesday",
            (
                "He will travel to Turkey Wednesday.",
                Some("2015-05-12"),
                &[("Wednesday", "DATE", "2015-05-13")],
            ),
        ),
        (
            "a_sentence_without_tense_goes_on_in_the_one_before",
            (
                "She will fly to Oslo first. On Friday she travels to Bergen.",
                Some("2015-05-12"),
                &[("Friday", "DATE", "2015-05-15")],
            ),
        ),
        (
            "due_in_a_place_on_a_weekday",
            (
                "She held talks on Monday and is due in Quito on Wednesday.",
                Some("2015-05-12"),
                &[
                    ("Monday", "DATE", "2015-05-11"),
                    ("Wednesday", "DATE", "2015-05-13"),
                ],
            ),
        ),
        (
            "is_expected_friday",
            (
                "A vote is expected Friday.",
                Some("2015-05-12"),
                &[("Friday", "DATE", "2015-05-15")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn explicit_dates_in_news_forms() {
    let cases: &[(&str, Case)] = &[
        (
            "month_day_year",
            (
                "It opened May 12, 2015.",
                None,
                &[("May 12, 2015", "DATE", "2015-05-12")],
            ),
        ),
        (
            "day_month_year",
            (
                "It opened 12 May 2015.",
                None,
                &[("12 May 2015", "DATE", "2015-05-12")],
            ),
        ),
        (
            "us_slash_order",
            (
                "It opened 5/12/2015.",
                None,
                &[("5/12/2015", "DATE", "2015-05-12")],
            ),
        ),
        (
            "abbreviated_month",
            (
                "Due Sept. 15.",
                Some("2015-05-12"),
                &[("Sept. 15", "DATE", "2015-09-15")],
            ),
        ),
        (
            "early_year",
            (
                "It began in early 2014.",
                Some("2015-05-12"),
                &[("early 2014", "DATE", "2014")],
            ),
        ),
        (
            "decade",
            (
                "It grew in the 1990s.",
                Some("2015-05-12"),
                &[("the 1990s", "DATE", "199")],
            ),
        ),
        (
            "last_year",
            (
                "Russia annexed Crimea last year.",
                Some("2015-05-12"),
                &[("last year", "DATE", "2014")],
            ),
        ),
        (
            "two_years_ago",
            (
                "It closed two years ago.",
                Some("2015-05-12"),
                &[("two years ago", "DATE", "2013")],
            ),
        ),
        (
            "next_week",
            (
                "They meet next week.",
                Some("2015-05-12"),
                &[("next week", "DATE", "2015-W21")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn not_times() {
    let cases: &[(&str, Case)] = &[
        (
            "video_duration_is_not_time",
            ("Watch the video (02:17) here.", Some("2015-05-12"), &[]),
        ),
        (
            "around_the_clock_is_not_time",
            (
                "The shop is open 24/7 now.",
                Some("2015-05-12"),
                &[("now", "DATE", "PRESENT_REF")],
            ),
        ),
        (
            "section_number_is_not_year",
            ("Under Section 1945 of the code.", Some("2015-05-12"), &[]),
        ),
        (
            "score_is_not_time",
            ("Chelsea won 2-1 against Arsenal.", Some("2015-05-12"), &[]),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn reference_inferred_from_text_never_clock() {
    let a = analyze(
        "WASHINGTON (AP) - May 12, 2015. Kerry met Putin Tuesday.",
        &Options::default(),
    );
    assert_eq!(a.document.reference_date.as_deref(), Some("2015-05-12"));
    assert_eq!(
        a.times.last().and_then(|t| t.value.as_deref()),
        Some("2015-05-12")
    );
    let a = analyze("Kerry met Putin Tuesday.", &Options::default());
    assert_eq!(a.document.reference_date, None);
}

#[test]
fn month_without_year_takes_year_from_tense_and_distance() {
    let cases: &[(&str, Case)] = &[
        (
            "past_month_after_reference_is_last_year",
            (
                "He was shot on Oct. 23 at home.",
                Some("1999-05-06"),
                &[("Oct. 23", "DATE", "1998-10-23")],
            ),
        ),
        (
            "future_month_before_reference_is_next_year",
            (
                "He will take office in January.",
                Some("1989-10-26"),
                &[("January", "DATE", "1990-01")],
            ),
        ),
        (
            "unmarked_month_is_nearest",
            (
                "Prices peaked in December.",
                Some("1998-02-06"),
                &[("December", "DATE", "1997-12")],
            ),
        ),
        (
            "deadline_date_is_ahead",
            (
                "The dividend was declared, payable Dec. 7.",
                Some("1989-10-27"),
                &[("Dec. 7", "DATE", "1989-12-07")],
            ),
        ),
        (
            "month_last_year",
            (
                "It was founded in June last year.",
                Some("1998-02-19"),
                &[("June last year", "DATE", "1997-06")],
            ),
        ),
        (
            "last_named_month",
            (
                "He arrived last November.",
                Some("2000-01-13"),
                &[("last November", "DATE", "1999-11")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn weekend_told_in_past_is_the_one_gone() {
    check(
        "over_the_weekend_on_monday",
        &(
            "Talks failed over the weekend, officials said.",
            Some("1989-10-30"),
            &[("the weekend", "DATE", "1989-W43-WE")],
        ),
    );
}

#[test]
fn financial_periods_follow_the_reported_quarter() {
    let cases: &[(&str, Case)] = &[
        (
            "year_earlier_after_third_quarter",
            (
                "Third-quarter profit rose to $5 million from $4 million a year earlier.",
                Some("1989-10-26"),
                &[("Third-quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")],
            ),
        ),
        (
            "year_ago_quarter",
            (
                "In the third quarter it earned $2 million. In the year-ago quarter, it lost $1 million.",
                Some("1989-10-26"),
                &[("the third quarter", "DATE", "1989-Q3"), ("the year-ago quarter", "DATE", "1988-Q3")],
            ),
        ),
        (
            "fourth_quarter_in_january_is_last_year",
            ("Profits fell in the fourth quarter.", Some("1998-01-26"), &[("the fourth quarter", "DATE", "1997-Q4")]),
        ),
        (
            "year_ago_without_quarter_is_a_year",
            ("The bridge opened a year ago.", Some("1989-10-26"), &[("a year ago", "DATE", "1988")]),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn ages_and_spoken_years() {
    let cases: &[(&str, Case)] = &[
        (
            "age_is_not_duration",
            (
                "Mr. Reupke, 52 years old, resigned.",
                Some("1989-11-02"),
                &[],
            ),
        ),
        (
            "spoken_month_year",
            (
                "January nineteen ninety-seven was cold.",
                Some("1998-02-27"),
                &[("January nineteen ninety-seven", "DATE", "1997-01")],
            ),
        ),
        (
            "the_year_two_thousand",
            (
                "The approach of the year two thousand worries them.",
                Some("1998-03-03"),
                &[("the year two thousand", "DATE", "2000")],
            ),
        ),
        (
            "succeed_is_not_past",
            (
                "He will succeed Mr. Davison Feb. 1.",
                Some("1989-10-26"),
                &[("Feb. 1", "DATE", "1990-02-01")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn durations_in_timebank_units() {
    let cases: &[(&str, Case)] = &[
        (
            "half_hour_in_minutes",
            (
                "They waited 5 1/2 hours.",
                Some("1998-08-17"),
                &[("5 1/2 hours", "DURATION", "PT5H30M")],
            ),
        ),
        (
            "decades_in_years",
            (
                "Rates are the lowest in two decades.",
                Some("1998-02-06"),
                &[("two decades", "DURATION", "P20Y")],
            ),
        ),
        (
            "couple_is_two",
            (
                "It will not change for a couple of years.",
                Some("1998-01-08"),
                &[("a couple of years", "DURATION", "P2Y")],
            ),
        ),
        (
            "later_is_a_length",
            (
                "Three days later, the index fell.",
                Some("1989-10-30"),
                &[("Three days", "DURATION", "P3D")],
            ),
        ),
        (
            "friday_night_is_the_day",
            (
                "He was shot Friday night.",
                Some("1998-10-25"),
                &[("Friday night", "DATE", "1998-10-23")],
            ),
        ),
        (
            "date_before_killed_is_a_date",
            (
                "The bombings on Aug. 7 killed 259 people.",
                Some("1998-09-11"),
                &[("Aug. 7", "DATE", "1998-08-07")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn deadlines_and_plans_point_ahead() {
    let cases: &[(&str, Case)] = &[
        (
            "extended_until_weekday_is_ahead",
            (
                "INS extended its deadline until Tuesday morning.",
                Some("2000-03-30"),
                &[("Tuesday morning", "DATE", "2000-04-04")],
            ),
        ),
        (
            "had_been_scheduled_is_past",
            (
                "The offer had been scheduled to expire at midnight Friday.",
                Some("1989-10-30"),
                &[("midnight Friday", "TIME", "1989-10-27T00:00")],
            ),
        ),
        (
            "passive_with_will_is_ahead",
            (
                "He will not be repatriated before Feb. 10.",
                Some("2000-01-07"),
                &[("Feb. 10", "DATE", "2000-02-10")],
            ),
        ),
        (
            "todays_is_not_a_day",
            ("It matters for today's youth.", Some("2000-01-07"), &[]),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn report_years_and_year_end() {
    let cases: &[(&str, Case)] = &[
        (
            "the_1988_quarter_is_not_a_count",
            (
                "It lost money in the third quarter, after a profit in the 1988 quarter.",
                Some("1989-10-30"),
                &[
                    ("the third quarter", "DATE", "1989-Q3"),
                    ("the 1988 quarter", "DATE", "1988-Q3"),
                ],
            ),
        ),
        (
            "past_year_is_last_year",
            (
                "Hate groups grew over the past year.",
                Some("1998-03-03"),
                &[("the past year", "DATE", "1997")],
            ),
        ),
        (
            "year_end",
            (
                "The deal should close by year-end.",
                Some("1989-11-02"),
                &[("year-end", "DATE", "1989")],
            ),
        ),
        (
            "two_thousand_years_is_not_2000",
            (
                "They kept the secret for two thousand years.",
                Some("1998-01-21"),
                &[("two thousand years", "DURATION", "P2000Y")],
            ),
        ),
        (
            "weekday_without_reference_stays_a_weekday",
            (
                "Kerry met Putin on Tuesday.",
                None,
                &[("Tuesday", "DATE", "XXXX-WXX-2")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn names_and_possessive_days() {
    let cases: &[(&str, Case)] = &[
        (
            "tv_show_is_not_a_week",
            (
                "Baker said on ABC's \"This Week\" that talks would go on.",
                Some("1990-08-13"),
                &[],
            ),
        ),
        (
            "tv_show_minutes",
            (
                "He said on CBS's 60 Minutes that he was angry.",
                Some("2000-04-17"),
                &[],
            ),
        ),
        (
            "holiday_keeps_its_capital",
            (
                "He was found on Thanksgiving Day.",
                Some("2000-01-07"),
                &[("Thanksgiving Day", "DATE", "1999-11-25")],
            ),
        ),
        (
            "possessive_weekday_is_past",
            (
                "They would look for ways to get around Wednesday's ruling.",
                Some("2000-01-07"),
                &[("Wednesday", "DATE", "2000-01-05")],
            ),
        ),
        (
            "plan_as_noun_is_no_cue",
            (
                "The thrift announced the plan Aug. 21.",
                Some("1989-10-27"),
                &[("Aug. 21", "DATE", "1989-08-21")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn anaphoric_periods_count_from_the_last_date_named() {
    let cases: &[(&str, Case)] = &[
        (
            "following_year_after_a_year",
            (
                "He became a general in 1995, and the following year he went to Washington.",
                Some("1998-04-18"),
                &[
                    ("1995", "DATE", "1995"),
                    ("the following year", "DATE", "1996"),
                ],
            ),
        ),
        (
            "later_that_year",
            (
                "He fled in June 1998 and returned later that year.",
                Some("2000-01-28"),
                &[
                    ("June 1998", "DATE", "1998-06"),
                    ("later that year", "DATE", "1998"),
                ],
            ),
        ),
        (
            "the_next_day_after_a_named_date",
            (
                "On March 6 the envoy flew to Tunis; the next day she was in Sfax.",
                Some("2021-03-01"),
                &[
                    ("March 6", "DATE", "2021-03-06"),
                    ("the next day", "DATE", "2021-03-07"),
                ],
            ),
        ),
        (
            "following_without_anchor_is_from_reference",
            (
                "The talks resume the following week.",
                Some("2015-05-12"),
                &[("the following week", "DATE", "2015-W21")],
            ),
        ),
        (
            "recent_weeks_is_a_vague_stretch",
            (
                "Prices fell in recent weeks.",
                Some("1989-10-30"),
                &[("recent weeks", "DURATION", "PXW")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn day_ranges_span_whole_range() {
    let cases: &[(&str, Case)] = &[
        (
            "month_day_range",
            (
                "He will be in Phnom Penh from November 12-13.",
                Some("2022-10-28"),
                &[("November 12-13", "DATE", "2022-11-12")],
            ),
        ),
        (
            "ordinal_day_range",
            (
                "He will be in Bali from November 13th-16th.",
                Some("2022-10-28"),
                &[("November 13th-16th", "DATE", "2022-11-13")],
            ),
        ),
        (
            "range_with_year",
            (
                "They meet October 30-31, 2021 in Rome.",
                None,
                &[("October 30-31, 2021", "DATE", "2021-10-30")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn quarter_extents_leave_possessives_out() {
    let cases: &[(&str, Case)] = &[
        (
            "its_quarter",
            (
                "The company said its fourth quarter was weak.",
                Some("1989-11-02"),
                &[("fourth quarter", "DATE", "1989-Q4")],
            ),
        ),
        (
            "a_third_quarter_loss",
            (
                "It posted a third-quarter loss.",
                Some("1989-11-02"),
                &[("third-quarter", "DATE", "1989-Q3")],
            ),
        ),
        (
            "the_quarter_keeps_the",
            (
                "Sales rose in the third quarter.",
                Some("1989-11-02"),
                &[("the third quarter", "DATE", "1989-Q3")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}

#[test]
fn rates_and_ordinals_are_not_lengths() {
    let cases: &[(&str, Case)] = &[
        (
            "money_rate",
            (
                "It will save $500 million a year in costs.",
                Some("1989-10-30"),
                &[],
            ),
        ),
        (
            "seats_rate",
            (
                "This will add nearly 700 seats a week on the route.",
                Some("1998-02-13"),
                &[],
            ),
        ),
        (
            "ordinal_second",
            ("It will be a second betrayal.", Some("2000-04-17"), &[]),
        ),
        (
            "once_a_year_is_a_set",
            (
                "They meet once a year.",
                Some("2000-04-17"),
                &[("a year", "SET", "P1Y")],
            ),
        ),
        (
            "a_year_ago_still_a_date",
            (
                "Sales were $5 million a year ago.",
                Some("1989-10-30"),
                &[("a year ago", "DATE", "1988")],
            ),
        ),
    ];
    for (name, case) in cases {
        check(name, case);
    }
}
