use super::*;
use crate::analysis::Analysis;
use crate::doc::Doc;

fn run(text: &str) -> Analysis {
    let doc = Doc::new(text);
    let mut a = Analysis::empty();
    extract(&doc, &mut a);
    a
}

/// Each case: name, text, expected (name, role) of people in order of first mention.
/// A person as (name, role).
type NameRole = (&'static str, Option<&'static str>);

const PEOPLE: &[(&str, &str, &[NameRole])] = &[
    (
        "religious_titles_are_roles",
        "Archbishop Justin Welby met Rabbi David Rosen.",
        &[
            ("Justin Welby", Some("Archbishop")),
            ("David Rosen", Some("Rabbi")),
        ],
    ),
    (
        "role_separated_from_name",
        "Russian Foreign Minister Sergey Lavrov spoke.",
        &[("Sergey Lavrov", Some("Russian Foreign Minister"))],
    ),
    (
        "surname_merges_with_full_name",
        "U.S. Secretary of State John Kerry met him. Kerry said so. Later, Kerry left.",
        &[("John Kerry", Some("U.S. Secretary of State"))],
    ),
    (
        "hyphenated_name",
        "CNN's Matthew Chance reported and Laura Smith-Spark wrote.",
        &[("Matthew Chance", None), ("Laura Smith-Spark", None)],
    ),
    (
        "particle_name",
        "Syrian President Bashar el-Assad leaves.",
        &[("Bashar el-Assad", Some("Syrian President"))],
    ),
    (
        "junior_suffix",
        "President Joseph R. Biden, Jr. will travel. President Biden will speak.",
        &[("Joseph R. Biden, Jr.", Some("President"))],
    ),
    (
        "honorific_picks_non_office_holder",
        "President Joseph R. Biden, Jr. and First Lady Jill Biden will go. Dr. Biden will return.",
        &[
            ("Joseph R. Biden, Jr.", Some("President")),
            ("Jill Biden", Some("First Lady")),
        ],
    ),
    (
        "titled_single_name_is_a_person",
        "He met Pope Francis and President Tinubu.",
        &[("Francis", Some("Pope")), ("Tinubu", Some("President"))],
    ),
    (
        "memorial_is_not_a_person",
        "They laid a wreath at the Zakovkzalny War Memorial.",
        &[],
    ),
    (
        "role_across_of_and_to",
        "This week, Assistant to the President for Homeland Security Dr. Liz Sherwood-Randall traveled.",
        &[(
            "Liz Sherwood-Randall",
            Some("Assistant to the President for Homeland Security"),
        )],
    ),
];

#[test]
fn people_cases() {
    for (name, text, want) in PEOPLE {
        let a = run(text);
        let got: Vec<(&str, Option<&str>)> = a
            .people
            .iter()
            .map(|p| (p.name.as_str(), p.role.as_deref()))
            .collect();
        assert_eq!(&got, want, "case {name}");
    }
}

/// Each case: name, text, expected organisation names.
const ORGS: &[(&str, &str, &[&str])] = &[
    (
        "state_department_merged",
        "A State Department official spoke. The U.S. State Department agreed.",
        &["U.S. State Department"],
    ),
    (
        "acronyms_are_organisations",
        "He spoke with NATO Secretary-General Jens Stoltenberg on CNN.",
        &["NATO", "CNN"],
    ),
    (
        "council_and_guard",
        "The Gulf Cooperation Council met the Ukrainian National Guard at the U.N. Security Council.",
        &[
            "Gulf Cooperation Council",
            "Ukrainian National Guard",
            "U.N. Security Council",
        ],
    ),
    (
        "white_house_and_union",
        "The European Union and the White House agreed.",
        &["European Union", "White House"],
    ),
];

#[test]
fn organisation_cases() {
    for (name, text, want) in ORGS {
        let a = run(text);
        let got: Vec<&str> = a.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(&got, want, "case {name}");
    }
}

#[test]
fn mentions_are_name_spans() {
    let text = "Kerry met Putin. U.S. Secretary of State John Kerry and Vladimir Putin's aides.";
    let a = run(text);
    let kerry = a.people.iter().find(|p| p.name == "John Kerry").unwrap();
    let spans: Vec<&str> = kerry
        .mentions
        .iter()
        .map(|m| &text[m.start..m.end])
        .collect();
    assert_eq!(spans, vec!["Kerry", "John Kerry"]);
    let putin = a
        .people
        .iter()
        .find(|p| p.name == "Vladimir Putin")
        .unwrap();
    assert_eq!(putin.mentions.len(), 2);
}
