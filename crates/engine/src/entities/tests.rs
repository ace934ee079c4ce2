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
        "a_name_after_the_noun_for_a_group_or_vessel_is_no_person",
        "The choir Velvet Orchard left Oslo. The vessel Sea Lark sailed. Ann Kole said so.",
        &[("Ann Kole", None)],
    ),
    (
        "a_name_after_a_modified_noun_for_a_vessel_is_no_person",
        "The Spanish frigate Isabel Moreno left port. The aircraft carrier Tom Hale sailed. \
         Ann Kole said so.",
        &[("Ann Kole", None)],
    ),
    (
        "a_modal_before_a_verb_that_takes_a_person",
        "Tunde Okoro will fly to Rome on Friday. Acme Blue will rise.",
        &[("Tunde Okoro", None)],
    ),
    (
        "landmark_word_as_surname_after_a_title",
        "Astronaut Jo Park docked at the station. They walked in Central Park.",
        &[("Jo Park", Some("Astronaut"))],
    ),
    (
        "a_journey_verb_after_a_name_that_is_also_a_word",
        "Maria Soto fled the city in May.",
        &[("Maria Soto", None)],
    ),
    (
        "a_name_taken_up_by_which_or_owning_shares_is_no_person",
        "The deal was struck by Harlow Quinby, which owns mills. Marta Dunne said \
         Tessel Brandt's shares rose.",
        &[("Marta Dunne", None)],
    ),
    (
        "king_and_queen_before_a_given_name_is_one_queen",
        "King Olav arrived. Later the King and Queen Marta toured the port.",
        &[("Olav", Some("King")), ("Marta", Some("Queen"))],
    ),
    (
        "commodities_and_bodies_named_by_their_work_are_no_people",
        "Brent Crude rose, said Ana Roe of Rowan Wealth Management. Border Patrol agents \
         waited.",
        &[("Ana Roe", None)],
    ),
    (
        "unlisted_title_before_a_given_name_that_is_a_word",
        "Forecaster Will Roe said the storm would turn. The Consumer Price Index rose.",
        &[("Will Roe", Some("Forecaster"))],
    ),
    (
        "name_after_a_facility_word_is_the_facility",
        "General Rosa Lind flew to Joint Base Pearl Fairview and then to Camp Lucas.",
        &[("Rosa Lind", Some("General"))],
    ),
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
    (
        "mayor_of_london_is_a_role",
        "Mayor of London Ann Smith opened the fair on Tuesday.",
        &[("Ann Smith", Some("Mayor of London"))],
    ),
    (
        "archbishop_of_a_see_is_a_role",
        "Archbishop of Canterbury Joan Harrow preached on Sunday.",
        &[("Joan Harrow", Some("Archbishop of Canterbury"))],
    ),
    (
        "country_after_prince_of_is_not_a_person",
        "He was welcomed by the Crown Prince of Xandria on Monday.",
        &[],
    ),
    (
        "saint_street_and_mile_are_not_people",
        "The choir sang at St Mary's, then marched down Oxford Street and the Golden Mile.",
        &[],
    ),
    (
        "newspaper_is_not_a_person",
        "The Daily Herald and the Evening Courier reported the vote.",
        &[],
    ),
    (
        "first_name_alone_named_again_is_a_person",
        "Rosa, 34, left home in May. Rosa said the road was hard. Later, Tomas said little.",
        &[("Rosa", None)],
    ),
    (
        "first_name_joins_the_full_name",
        "Rosa Lopez left home in May. Rosa said the road was hard.",
        &[("Rosa Lopez", None)],
    ),
    (
        "storm_name_is_no_person",
        "Storm Dara made landfall on Tuesday, and Hurricane Ian weakened.",
        &[],
    ),
    (
        "company_head_word_makes_an_organisation",
        "The Met Office said gusts reached 90 mph. General Motors said plants were shut.",
        &[],
    ),
    (
        "foreign_article_opens_a_newspaper_title",
        "According to Le Monde, the talks failed, and El Faro said the same. Marine Le Pen \
         said nothing.",
        &[("Marine Le Pen", None)],
    ),
    (
        "band_and_team_nouns_are_titles",
        "Frontman Mick Jagger thanked fans. Striker Ada Obi scored twice.",
        &[("Mick Jagger", Some("Frontman")), ("Ada Obi", Some("Striker"))],
    ),
    (
        "demonym_is_not_a_person",
        "Many Latin American and East Asian leaders attended.",
        &[],
    ),
    (
        "forms_of_address_are_not_people",
        "Your Excellencies, Ladies and Gentlemen, welcome.",
        &[],
    ),
    (
        "capitalisation_alone_is_no_evidence",
        "Officials toured Riverside Flats and Harbour Lights.",
        &[],
    ),
    (
        "known_given_name_is_evidence",
        "The prize went to Deborah Kolwicz last year.",
        &[("Deborah Kolwicz", None)],
    ),
    (
        "verb_of_saying_is_evidence",
        "Tavita Ulufonua said the harvest was good.",
        &[("Tavita Ulufonua", None)],
    ),
    (
        "later_surname_mention_is_evidence",
        "The shop belongs to Ozrik Vantablek. Vantablek now employs ten.",
        &[("Ozrik Vantablek", None)],
    ),
    (
        "regnal_names_are_kept",
        "Charles III met Pope Francis, and Benedict XVI was remembered.",
        &[
            ("Charles III", None),
            ("Francis", Some("Pope")),
            ("Benedict XVI", None),
        ],
    ),
    (
        "particles_are_kept_whole",
        "Mohammed bin Salman greeted Ursula von der Leyen.",
        &[("Mohammed bin Salman", None), ("Ursula von der Leyen", None)],
    ),
    (
        "family_name_first_is_kept_whole",
        "Nguyen Phu Trong hosted Xi Jinping.",
        &[("Nguyen Phu Trong", None), ("Xi Jinping", None)],
    ),
    (
        "headline_verb_ends_a_name",
        "Secretary Okafor Travels to the Coast",
        &[("Okafor", Some("Secretary"))],
    ),
    (
        "given_name_in_a_heading_counts_half",
        "Carter Travels Abroad Again",
        &[],
    ),
    (
        "names_in_a_list_with_people",
        "The team included Ann Lee, Brkic Oszlany and Jo Marsh.",
        &[("Ann Lee", None), ("Brkic Oszlany", None), ("Jo Marsh", None)],
    ),
    (
        "plural_title_before_names",
        "Presidents Emmanuel Macron and Joe Biden met.",
        &[("Emmanuel Macron", Some("Presidents")), ("Joe Biden", None)],
    ),
    (
        "plural_title_before_one_word_is_no_person",
        "He taught the Captains Career course.",
        &[],
    ),
    (
        "royal_called_by_given_name",
        "Salman bin Abdulaziz al-Saud arrived. King Salman then spoke.",
        &[("Salman bin Abdulaziz al-Saud", Some("King"))],
    ),
    (
        "article_before_a_name_is_a_thing",
        "They sailed on the Susan Constant.",
        &[],
    ),
    (
        "middle_initial_is_evidence",
        "The photo was taken by Navy Petty Officer Ryn Q. Tolvaard.",
        &[("Ryn Q. Tolvaard", Some("Navy Petty Officer"))],
    ),
    (
        "short_line_ends_a_name",
        "Coach: Denis Arlott\nMarlow later withdrew.",
        &[("Denis Arlott", None)],
    ),
    (
        "person_noun_before_a_name",
        "They were met by Chinese ambassador Fu Ying.",
        &[("Fu Ying", None)],
    ),
    (
        "noun_title_is_not_part_of_the_name",
        "Astronaut Mara Oyelaran-Quist docked with the station. Oyelaran-Quist said it went well.",
        &[("Mara Oyelaran-Quist", Some("Astronaut"))],
    ),
    (
        "ship_is_not_a_person",
        "The carrier USS Gerald R. Ford arrived.",
        &[],
    ),
    (
        "airport_named_for_a_king_is_not_a_person",
        "They flew from King Fahd International Airport and Prince Ali Sound.",
        &[],
    ),
    (
        "particles_after_a_long_role",
        "The European Commission President Ursula von der Leyen spoke.",
        &[("Ursula von der Leyen", Some("European Commission President"))],
    ),
    (
        "credit_line_names_a_person",
        "(Agency Photo/Evan Okonkwo)",
        &[("Evan Okonkwo", None)],
    ),
    (
        "passive_verb_is_no_evidence",
        "The Harbour Compact was signed in spring.",
        &[],
    ),
    (
        "broadcaster_is_not_a_person",
        "Al Jazeera reported the clashes.",
        &[],
    ),
    (
        "verb_of_doing_is_evidence",
        "Kepler Voss led the team in 1992.",
        &[("Kepler Voss", None)],
    ),
    (
        "accents_do_not_split_a_person",
        "Recep Tayyip Erdoğan arrived. President Erdogan spoke.",
        &[("Recep Tayyip Erdoğan", Some("President"))],
    ),
    (
        "party_members_are_not_people",
        "The Christian Democrats and the Free Democrats agreed.",
        &[],
    ),
    (
        "initial_before_a_surname_is_evidence",
        "Yesterday T. Okonkwo and the team arrived.",
        &[("T. Okonkwo", None)],
    ),
    (
        "foreign_preposition_is_no_name",
        "Reporters Sans Frontières said its staff were safe.",
        &[],
    ),
    (
        "month_word_after_given_name_is_surname",
        "Senator Greta May said the vote would wait until June.",
        &[("Greta May", Some("Senator"))],
    ),
    (
        "sentence_word_after_name_words_is_a_name",
        "The fisherman Tran Van An said the boats were gone.",
        &[("Tran Van An", None)],
    ),
    (
        "role_word_after_given_name_is_surname",
        "Former Premier Arlo Mackenzie King spoke. Then Mackenzie King said little.",
        &[("Arlo Mackenzie King", Some("Former Premier"))],
    ),
    (
        "lone_surname_with_his_is_a_person",
        "When Varnek launched his campaign, few noticed. Varnek's rivals laughed.",
        &[("Varnek", None)],
    ),
    (
        "lone_word_with_its_is_no_person",
        "When Zentrix launched its campaign, few noticed.",
        &[],
    ),
    (
        "saying_verb_before_her_is_no_lone_person",
        "Yesterday Vantora said her car was found.",
        &[],
    ),
    (
        "sentence_initial_word_with_his_is_no_person",
        "Guards opened his cell at dawn.",
        &[],
    ),
    (
        "name_before_a_facility_noun_is_a_place",
        "Crowds walked down Tran Quoc street to Ben Vinh market.",
        &[],
    ),
    (
        "company_head_word_is_no_person",
        "Orbital Labs said its satellites saw the fires.",
        &[],
    ),
    (
        "doubled_letter_spelling_is_one_person",
        "President Oleksandr Marchenkyy spoke. Later, Mr. Marchenky thanked allies.",
        &[("Oleksandr Marchenkyy", Some("President"))],
    ),
    (
        "short_given_name_is_one_person",
        "Bill Hartwell arrived. Senator William Hartwell said he would stay.",
        &[("William Hartwell", Some("Senator"))],
    ),
    (
        "capitalised_particle_opening_a_sentence_is_one_person",
        "Greta van der Molen spoke. Van der Molen said the plan stood.",
        &[("Greta van der Molen", None)],
    ),
    (
        "vowel_spelling_of_a_given_name_is_one_person",
        "Mohammed Al Tarawneh arrived. Muhammad Al Tarawneh spoke.",
        &[("Mohammed Al Tarawneh", None)],
    ),
    (
        "two_names_side_by_side_are_two_people",
        "Ann Lee said so. Jo Marsh agreed. Pictured: Ann Lee Jo Marsh",
        &[("Ann Lee", None), ("Jo Marsh", None)],
    ),
    (
        "possessive_before_a_kin_noun_is_a_person",
        "Guests greeted Varnek's wife at the door.",
        &[("Varnek", None)],
    ),
    (
        "unknown_title_before_a_given_name_is_a_role",
        "Ombudsperson Greta Vollmark said the report was late.",
        &[("Greta Vollmark", Some("Ombudsperson"))],
    ),
    (
        "junior_without_comma_closes_the_name",
        "Pastor Amos Lyle Okafor Jr. preached on Sunday.",
        &[("Amos Lyle Okafor Jr.", Some("Pastor"))],
    ),
    (
        "initials_run_together_are_initials",
        "Former president Q.R. Vandermolen left office in 1994.",
        &[("Q.R. Vandermolen", None)],
    ),
    (
        "body_named_after_its_country_is_no_person",
        "Netball Australia said the final would go ahead.",
        &[],
    ),
    (
        "common_word_shape_is_no_given_name",
        "Restoration Collective said the march would go on.",
        &[],
    ),
    (
        "last_name_in_a_list_of_people",
        "The squad: Ann Lee, Jo Marsh, Brkic Oszlany - Reserves - Tom Reed",
        &[
            ("Ann Lee", None),
            ("Jo Marsh", None),
            ("Brkic Oszlany", None),
            ("Tom Reed", None),
        ],
    ),
    (
        "name_next_to_a_person_is_a_person",
        "The prize went to Ann Lee and Tavita Ulufonua.",
        &[("Ann Lee", None), ("Tavita Ulufonua", None)],
    ),
    (
        "list_in_a_heading_counts_half",
        "Pilot Ann Lee, Crewmates Return from Orbit",
        &[("Ann Lee", Some("Pilot"))],
    ),
    (
        "plural_headline_verb_ends_a_name",
        "Pilot Ann Lee, Crewmates Return from Orbit\nThe crew landed safely.",
        &[("Ann Lee", Some("Pilot"))],
    ),
    (
        "demonym_before_a_plural_acronym_is_no_person",
        "Dozens of Georgian NGOs said the law was unfair.",
        &[],
    ),
    (
        "heading_name_ends_at_a_word_the_body_confirms",
        "Pope Linus Celebrates Mass in Harbourtown\n\nPope Linus said mass for thousands.",
        &[("Linus", Some("Pope"))],
    ),
    (
        "lowercase_office_before_a_lone_surname",
        "The talks were hosted by Zorvanian president Oberholt.",
        &[("Oberholt", None)],
    ),
    (
        "title_after_a_preposition_of_place_is_a_place",
        "Families in Sheikh Qaram face eviction. They met in President Roe's office.",
        &[("Roe", Some("President"))],
    ),
    (
        "travelling_with_a_name_is_evidence",
        "She travelled with Tavita Ulufonua to the islands.",
        &[("Tavita Ulufonua", None)],
    ),
    (
        "verb_taking_a_person_before_a_name_is_evidence",
        "The council praised Tavita Ulufonua for her work.",
        &[("Tavita Ulufonua", None)],
    ),
    (
        "thing_head_after_given_name_that_speaks_is_surname",
        "Deborah Castle said the vote was close. The Albert Hall hosted a concert.",
        &[("Deborah Castle", None)],
    ),
    (
        "name_in_apposition_to_a_title_is_a_person",
        "The Premier of Xland, Tavita Ulufonua, opened the show. Her adviser, Selu Mafiti, came.",
        &[("Tavita Ulufonua", None), ("Selu Mafiti", None)],
    ),
    (
        "lone_name_waging_a_war_is_a_person",
        "Few expected that Kovrin's invasion would last a year.",
        &[("Kovrin", None)],
    ),
    (
        "two_titles_over_one_surname_are_two_people",
        "They welcomed President and Mrs. Okafor at the palace.",
        &[("Okafor", None), ("Okafor", Some("President"))],
    ),
    (
        "spouse_or_bracketed_title_after_a_name_is_evidence",
        "Tavita Ulufonua and his wife came. Participants: Selu Mafiti (President of Xland)",
        &[("Tavita Ulufonua", None), ("Selu Mafiti", None)],
    ),
    (
        "company_legal_form_is_no_person",
        "Shares of Harlow Pane Co. rose after Marta Quell, its founder, said sales grew.",
        &[("Marta Quell", None)],
    ),
    (
        "compound_adjective_is_no_part_of_a_name",
        "Ohio-based Dravin hired Ten-year-old Lina Ostrow said she liked it.",
        &[("Lina Ostrow", None)],
    ),
    (
        "town_offices_are_roles",
        "Coroner Ann Belwick and Councilman Rudi Vasko said the road would close.",
        &[
            ("Ann Belwick", Some("Coroner")),
            ("Rudi Vasko", Some("Councilman")),
        ],
    ),
    (
        "school_township_and_homestead_are_no_people",
        "Pupils of Tarrow Elementary walked from Pell Township to the Orrin Gaff Homestead, said Mia Dunne.",
        &[("Mia Dunne", None)],
    ),
    (
        "opening_adverb_is_no_first_name",
        "Perhaps Ivo Brandt will say more. Certainly Ivo Brandt did not.",
        &[("Ivo Brandt", None)],
    ),
    (
        "first_name_alone_is_the_person_of_that_first_name",
        "Eliska Varga, 7, was found on Monday. Her mother said Eliska was well.",
        &[("Eliska Varga", None)],
    ),
    (
        "abbreviated_rank_and_honorific_merge_with_the_full_name",
        "Helen Marrow wrote the report. Sgt Marrow said it was done, and Prof Dunleavy agreed.",
        &[("Helen Marrow", Some("Sgt")), ("Dunleavy", None)],
    ),
    (
        "beauty_title_over_a_place_is_no_person",
        "She will compete for the Miss Ohio title, said Miss Quarrell.",
        &[("Quarrell", None)],
    ),
    (
        "employer_after_of_is_no_part_of_the_name",
        "The road is closed, said Sergeant Ann Belwick of the Tarrow Department of Public Safety.",
        &[("Ann Belwick", Some("Sergeant"))],
    ),
    (
        "joined_arabic_article_is_no_part_of_the_merge_key",
        "Rami al-Haddad spoke on Monday. Haddad's office said more.",
        &[("Rami al-Haddad", None)],
    ),
    (
        "landmark_word_before_a_hyphenated_given_name_is_a_family_name",
        "President Park Min-ji met the envoy. Park said the talks went well.",
        &[("Park Min-ji", Some("President"))],
    ),
    (
        "event_head_ends_no_person",
        "Thousands came to the Easter Vigil and the Kestrel Dog Show, said Rosa Lind.",
        &[("Rosa Lind", None)],
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
        "of_chains_are_organisations",
        "The Ministry of Foreign Affairs and the Bank of England agreed.",
        &["Ministry of Foreign Affairs", "Bank of England"],
    ),
    (
        "church_and_airline_heads",
        "Members of the Church of England flew with Qatar Airways.",
        &["Church of England", "Qatar Airways"],
    ),
    (
        "role_names_an_organisation",
        "European Commission President Ann Roe spoke.",
        &["European Commission"],
    ),
    (
        "white_house_and_union",
        "The European Union and the White House agreed.",
        &["European Union", "White House"],
    ),
    (
        "company_heads_and_legal_forms",
        "Harlow Pane Co. and Brisk Realty sued Tamsin Steel Inc.",
        &["Harlow Pane Co.", "Brisk Realty", "Tamsin Steel Inc."],
    ),
    (
        "ensembles_named_after_their_city",
        "The Vienna Philharmonic and the Boston Symphony Orchestra played.",
        &["Vienna Philharmonic", "Boston Symphony Orchestra"],
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

#[test]
fn organisation_is_never_a_person() {
    let a = run("The Royal Horticultural Society said the show would go on.");
    assert!(a.people.is_empty(), "{:?}", a.people);
    let names: Vec<&str> = a.organisations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, vec!["Royal Horticultural Society"]);
}

#[test]
fn names_are_written_as_the_text_writes_them() {
    let a = crate::analyze(
        "Lena O\u{2019}Dwyer said the launch went well.",
        &crate::Options::default(),
    );
    let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Lena O\u{2019}Dwyer"]);
}

#[test]
fn given_name_that_is_a_city_needs_other_evidence() {
    let text =
        "Florence Okafor, a nurse, said the clinic was full. He drove from Austin to Dallas.";
    let a = crate::analyze(text, &crate::Options::default());
    let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Florence Okafor"]);
    assert!(a.places.iter().any(|p| p.name == "Austin"));
}

#[test]
fn name_a_person_goes_by_inside_a_longer_name() {
    let a = crate::analyze(
        "President Ana Paula Lula Moreira arrived in Luanda on Monday. Lula was received \
         by the prime minister.",
        &crate::Options::default(),
    );
    assert!(
        a.places.iter().all(|p| p.name != "Lula"),
        "{:?}",
        a.places.iter().map(|p| &p.name).collect::<Vec<_>>()
    );
    let person = a
        .people
        .iter()
        .find(|p| p.name == "Ana Paula Lula Moreira")
        .expect("the president is a person");
    assert_eq!(person.mentions.len(), 2, "{:?}", person.mentions);
}

#[test]
fn town_cut_across_by_a_name_is_no_place() {
    let a = crate::analyze(
        "King George VI and Queen Elizabeth made their visit to Canada.",
        &crate::Options::default(),
    );
    let names: Vec<&str> = a.places.iter().map(|p| p.name.as_str()).collect();
    assert!(!names.contains(&"King George"), "{names:?}");
    assert!(names.contains(&"Canada"), "{names:?}");
}

#[test]
fn town_named_like_a_family_name_written_first_is_the_person() {
    let a = crate::analyze(
        "Kim Jong Un visited Russia. This was Kim's first visit abroad in four years.",
        &crate::Options::default(),
    );
    let names: Vec<&str> = a.places.iter().map(|p| p.name.as_str()).collect();
    assert!(!names.contains(&"Kim"), "{names:?}");
    assert!(names.contains(&"Russia"), "{names:?}");
}
