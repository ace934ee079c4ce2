//! One case per pattern the trip stage must get right. Texts are written for the tests.

use crate::analysis::{StopRole, StopStatus};
use crate::{analyze, Options};

/// (case, text, traveller's name, stops in order as "Place/status/role").
type Case = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
);

const CASES: &[Case] = &[
    (
        "winning_in_states_is_no_trip",
        "Candidate Rosa Lind won in Texas, Ohio and Iowa, while her rival carried Utah.",
        None,
        &[],
    ),
    (
        "she_finds_a_name_of_unknown_sex_before_a_man",
        "Astronaut Zorya Quell flew to Baikonur in March 2023. Cosmonaut Oleg Petrov met \
         her. In October 2023 she landed near Zhezkazgan.",
        Some("Zorya Quell"),
        &["Baikonur/done/stop", "Zhezkazgan/done/stop"],
    ),
    (
        "after_a_pronoun_a_comma_opens_a_list_of_subjects",
        "Zorya Quell flew to Baikonur in March 2023. The crew cheered after she, cosmonaut \
         Oleg Petrov, and Ivan Sokol landed near Zhezkazgan in October 2023.",
        Some("Zorya Quell"),
        &["Baikonur/done/stop", "Zhezkazgan/done/stop"],
    ),
    (
        "landed_in_an_area_near_the_town_of",
        "Rosa Lind flew to Almaty in March 2023. In October 2023 she landed in a remote area \
         near the town of Zhezkazgan.",
        Some("Rosa Lind"),
        &["Almaty/done/stop", "Zhezkazgan/done/stop"],
    ),
    (
        "a_compass_part_of_a_place_in_a_list",
        "Rosa Lind flew to Lisbon and later travelled to northern Spain.",
        Some("Rosa Lind"),
        &["Lisbon/done/stop", "Spain/done/stop"],
    ),
    (
        "left_for_a_place_from_another",
        "Rosa Lind left for Geneva from Khartoum on Monday.",
        Some("Rosa Lind"),
        &["Khartoum/done/origin", "Geneva/done/stop"],
    ),
    (
        "a_splashdown_off_the_coast_of_a_town",
        "Astronaut Rosa Lind came home on Friday. The splashdown off the coast of Pensacola \
         came at 3 a.m. Lind then flew to Houston.",
        Some("Rosa Lind"),
        &["Pensacola/done/stop", "Houston/done/stop"],
    ),
    (
        "a_route_goes_on_through_paths_and_into_places",
        "Tomas Ruiz left Quito in January. His route took him across Colombia by bus, \
         through the jungle of the Darien Gap into Panama, and north through Costa Rica and \
         Nicaragua.",
        Some("Tomas Ruiz"),
        &[
            "Quito/done/origin",
            "Colombia/done/stop",
            "Panama/done/stop",
            "Costa Rica/done/stop",
            "Nicaragua/done/stop",
        ],
    ),
    (
        "a_vessel_named_after_aboard_stands_before_the_destination",
        "Queen Liva Norrby reached Bergen on 3 May. On 5 May she sailed aboard the royal \
         yacht Sjorund to Tromso.",
        Some("Liva Norrby"),
        &["Bergen/done/stop", "Tromsø/done/stop"],
    ),
    (
        "a_country_list_orders_the_cities_it_narrows_to",
        "Premier Jon Arve will tour Brazil, Argentina and Chile next week. In Brasilia, \
         Arve will meet the president. He will then travel to Buenos Aires before ending \
         the tour in Santiago.",
        Some("Jon Arve"),
        &[
            "Brasília/planned/stop",
            "Buenos Aires/planned/stop",
            "Santiago/planned/stop",
        ],
    ),
    (
        "a_journey_that_begins_with_a_list_of_countries_begins_in_one",
        "Pope Anselm III begins a journey to Lebanon and Turkey on Thursday. He will first \
         fly to Ankara and then visit Istanbul. On Sunday he will travel to Beirut.",
        Some("Anselm III"),
        &[
            "Ankara/planned/stop",
            "Istanbul/planned/stop",
            "Beirut/planned/stop",
        ],
    ),
    (
        "staying_home_instead_of_a_cancelled_trip_is_no_trip",
        "Chancellor Jon Arve cancelled a planned trip to India on Monday. Instead he stayed \
         in Berlin for crisis talks.",
        None,
        &[],
    ),
    (
        "a_modified_vessel_noun_names_the_ship_that_travels",
        "The Spanish frigate Blas Lezo left Ferrol on 3 March. The ship sailed to \
         Lisbon and then crossed to Halifax.",
        Some("Blas Lezo"),
        &[
            "Ferrol/done/origin",
            "Lisbon/done/stop",
            "Halifax/done/stop",
        ],
    ),
    (
        "a_participle_after_the_place_ends_its_name",
        "Tomas Ruiz left Quito in January. He spent two months in Lima waiting for a permit, \
         then rode a bus to Arica.",
        Some("Tomas Ruiz"),
        &["Quito/done/origin", "Lima/done/stop", "Arica/done/stop"],
    ),
    (
        "landed_a_direction_of_a_place",
        "Astronaut Rosa Lind flew to Oslo. Her capsule later landed southeast of Zhezkazgan.",
        Some("Rosa Lind"),
        &["Oslo/done/stop", "Zhezkazgan/done/stop"],
    ),
    (
        "meeting_with_someone_in_a_place",
        "Rosa Lind toured Porto on Monday before meeting with the mayor in Braga.",
        Some("Rosa Lind"),
        &["Porto/done/stop", "Braga/done/stop"],
    ),
    (
        "ordinals_stand_for_the_noun_again",
        "Rosa Lind's team began the tour in Perth. The first Test was played in Hobart, the \
         second in Adelaide and the third in Melbourne.",
        Some("Rosa Lind"),
        &[
            "Perth/done/stop",
            "Hobart/done/stop",
            "Adelaide/done/stop",
            "Melbourne/done/stop",
        ],
    ),
    (
        "a_list_item_by_its_official_name",
        "Rosa Lind toured Chile, Peru and the Plurinational State of Bolivia in May.",
        Some("Rosa Lind"),
        &["Chile/done/stop", "Peru/done/stop", "Bolivia/done/stop"],
    ),
    (
        "visit_counted_places_after_a_colon",
        "Rosa Lind will visit three countries: Chile, Peru and Bolivia.",
        Some("Rosa Lind"),
        &[
            "Chile/planned/stop",
            "Peru/planned/stop",
            "Bolivia/planned/stop",
        ],
    ),
    (
        "the_ing_form_of_a_verb_of_doing",
        "Rosa Lind spent the week inspecting farms in Porto, Braga and Faro.",
        Some("Rosa Lind"),
        &["Porto/done/stop", "Braga/done/stop", "Faro/done/stop"],
    ),
    (
        "days_then_places_in_a_list",
        "Governor Rosa Lind spent Monday in Porto and Tuesday in Braga before heading to Lisbon.",
        Some("Rosa Lind"),
        &["Porto/done/stop", "Braga/done/stop", "Lisbon/done/stop"],
    ),
    (
        "holding_talks_in_places",
        "Rosa Lind spent three days in the region, holding talks in Riyadh, Doha and Muscat.",
        Some("Rosa Lind"),
        &["Riyadh/done/stop", "Doha/done/stop", "Muscat/done/stop"],
    ),
    (
        "smugglers_got_him_from_one_place_to_another",
        "Tomas Ruiz, 34, said smugglers got him from Quito to Cali, and then to Medellin.",
        Some("Tomas Ruiz"),
        &["Quito/done/origin", "Cali/done/stop", "Medellín/done/stop"],
    ),
    (
        "the_places_visited_were_a_list",
        "Rosa Lind is home after a long tour. The cities visited were: Lisbon, Porto and Faro.",
        Some("Rosa Lind"),
        &["Lisbon/done/stop", "Porto/done/stop", "Faro/done/stop"],
    ),
    (
        "a_tour_covered_counted_places_after_a_colon",
        "Rosa Lind is home. Her tour covered three cities: Lisbon, Porto and Faro.",
        Some("Rosa Lind"),
        &["Lisbon/done/stop", "Porto/done/stop", "Faro/done/stop"],
    ),
    (
        "a_trip_took_in_places",
        "Rosa Lind is home. Her trip took in Lisbon, Porto and Faro.",
        Some("Rosa Lind"),
        &["Lisbon/done/stop", "Porto/done/stop", "Faro/done/stop"],
    ),
    (
        "countries_a_verb_of_crossing_takes_are_gone_through",
        "Rosa Lind left Quito in March and crossed Colombia and Panama on foot.",
        Some("Rosa Lind"),
        &[
            "Quito/done/origin",
            "Colombia/done/stop",
            "Panama/done/stop",
        ],
    ),
    (
        "events_the_subject_takes_part_in_are_stops",
        "Rosa Lind represented Chile at meetings in Geneva, Vienna and Brussels last week.",
        Some("Rosa Lind"),
        &["Geneva/done/stop", "Vienna/done/stop", "Brussels/done/stop"],
    ),
    (
        "a_launch_leaves_its_pad",
        "Astronaut Rosa Lind lifted off from Baikonur on 3 May. She landed in Houston on 9 \
         October.",
        Some("Rosa Lind"),
        &["Baikonur/done/origin", "Houston/done/stop"],
    ),
    (
        "concerts_after_toured_are_stops",
        "Pianist Rosa Lind toured Asia in 2023, with concerts in Tokyo, Osaka and Seoul.",
        Some("Rosa Lind"),
        &["Tokyo/done/stop", "Osaka/done/stop", "Seoul/done/stop"],
    ),
    (
        "the_leader_of_a_delegation_goes_with_it",
        "Senator Rosa Lind led a trade delegation to Lisbon, Porto and Faro in May.",
        Some("Rosa Lind"),
        &["Lisbon/done/stop", "Porto/done/stop", "Faro/done/stop"],
    ),
    (
        "a_journey_that_took_her_through_places",
        "Rosa Lind left Quito in March. The journey took her through Colombia and Panama.",
        Some("Rosa Lind"),
        &[
            "Quito/done/origin",
            "Colombia/done/stop",
            "Panama/done/stop",
        ],
    ),
    (
        "pluperfect_after_before_that_is_this_trip",
        "Rosa Lind flew to Lisbon on 9 May for talks. Before that, she had stopped in \
         Porto to meet growers.",
        Some("Rosa Lind"),
        &["Porto/done/stop", "Lisbon/done/stop"],
    ),
    (
        "the_list_preposition_said_again",
        "Rosa Lind was in Porto on Monday, and in Braga on Tuesday.",
        Some("Rosa Lind"),
        &["Porto/done/stop", "Braga/done/stop"],
    ),
    (
        "told_reporters_in_a_place_puts_the_speaker_there",
        "Lind in Iberia\n\nRosa Lind flew to Madrid on 2 May. On 4 May \
         she told reporters in Seville that trade would grow.",
        Some("Rosa Lind"),
        &["Madrid/done/stop", "Seville/done/stop"],
    ),
    (
        "been_to_and_throughout_are_places_gone_to",
        "Rosa Lind has been to Porto this week. She then travelled throughout Galicia.",
        Some("Rosa Lind"),
        &["Porto/done/stop", "Galicia/done/stop"],
    ),
    (
        "a_transit_via_before_the_destination",
        "Rosa Lind flew via Madrid to Seville on Monday.",
        Some("Rosa Lind"),
        &["Madrid/done/transit", "Seville/done/stop"],
    ),
    (
        "a_ship_puts_into_a_port_and_its_people_step_ashore",
        "Captain Rosa Lind's ship put into Funchal in May 1790. In June she stepped ashore in \
         Praia and wintered in Mindelo.",
        Some("Rosa Lind"),
        &["Funchal/done/stop", "Praia/done/stop", "Mindelo/done/stop"],
    ),
    (
        "title_held_in_an_appositive",
        "Admiral Rosa Lind, chairman of the joint staff, spoke in Oslo on Monday. The \
         chairman flew to Bergen on Tuesday.",
        Some("Rosa Lind"),
        &["Oslo/done/stop", "Bergen/done/stop"],
    ),
    (
        "schedule_lines_kept_in_one_sentence_each_read",
        "Lind in Iberia\n\nRosa Lind will travel next week. Her schedule:\nApril 3: Porto\n\
         April 4: Braga\n- April 5: Vigo",
        Some("Rosa Lind"),
        &[
            "Porto/planned/stop",
            "Braga/planned/stop",
            "Vigo/planned/stop",
        ],
    ),
    (
        "a_colon_opens_the_parts_of_a_journey",
        "Lind in Iberia\n\nRosa Lind will travel next week. The itinerary: Porto, Braga \
         and Vigo.",
        Some("Rosa Lind"),
        &[
            "Porto/planned/stop",
            "Braga/planned/stop",
            "Vigo/planned/stop",
        ],
    ),
    (
        "moving_by_own_strength_and_a_course_bound_for",
        "Rosa Lind cycled to Porto on Monday. The next day her ship was bound for Funchal.",
        Some("Rosa Lind"),
        &["Porto/done/stop", "Funchal/done/stop"],
    ),
    (
        "hyphenated_title_is_the_traveller",
        "Rosa Lind, the U.N. Secretary-General, met Paul Roe on Friday. The \
         Secretary-General flew to Lisbon on Monday.",
        Some("Rosa Lind"),
        &["Lisbon/done/stop"],
    ),
    (
        "their_majesties_are_led_by_the_king",
        "King Paul and Queen Ana were guests of Rosa Lind. Their Majesties flew to Lisbon \
         on Monday and then to Porto.",
        Some("Paul"),
        &["Lisbon/done/stop", "Porto/done/stop"],
    ),
    (
        "events_of_a_tour_at_each_place",
        "The choir, led by Rosa Lind, opened its tour in Antwerp on 3 May. Concerts follow in \
         Lille on 5 May, Namur on 7 May and Liege on 9 May.",
        Some("Rosa Lind"),
        &[
            "Antwerp/done/stop",
            "Lille/planned/stop",
            "Namur/planned/stop",
            "Liège/planned/stop",
        ],
    ),
    (
        "fronted_after_what_was_done_at_a_place",
        "After talks in Lyon on Monday, the trade minister, Rosa Lind, flew to Porto and \
         later to Faro, where she met growers.",
        Some("Rosa Lind"),
        &["Lyon/done/stop", "Porto/done/stop", "Faro/done/stop"],
    ),
    (
        "a_qualified_vehicle_before_the_destination",
        "From there Rosa Lind rode a freight train north to Monterrey.",
        Some("Rosa Lind"),
        &["Monterrey/done/stop"],
    ),
    (
        "comma_and_opens_a_clause_with_its_own_subject",
        "Her capsule came down at sea, and Rosa Lind flew to Houston for checks.",
        Some("Rosa Lind"),
        &["Houston/done/stop"],
    ),
    (
        "as_far_as_a_town_named_with_its_province",
        "King Paul Roe toured Canada in May, reaching as far west as Victoria, British \
         Columbia.",
        Some("Paul Roe"),
        &["Victoria/done/stop"],
    ),
    (
        "followed_by_what_happens_at_the_next_places",
        "Singer Ana Ruiz will perform in Lisbon on 3 June, followed by shows in Seville, \
         Porto and Valencia.",
        Some("Ana Ruiz"),
        &[
            "Lisbon/planned/stop",
            "Seville/planned/stop",
            "Porto/planned/stop",
            "Valencia/planned/stop",
        ],
    ),
    (
        "took_off_from_is_a_place_left",
        "President Ana Ruiz met the king on Tuesday. The next day her plane took off from \
         Madrid, flew over France and landed in Vienna.",
        Some("Ana Ruiz"),
        &["Madrid/done/origin", "Vienna/done/stop"],
    ),
    (
        "a_ship_by_name_or_noun_carries_the_voyage",
        "HMS Curlew left Plymouth in 1802. The ship reached Lisbon in May and sailed on \
         to Funchal.",
        Some("HMS Curlew"),
        &[
            "Plymouth/done/origin",
            "Lisbon/done/stop",
            "Funchal/done/stop",
        ],
    ),
    (
        "a_torch_is_carried_through_a_list",
        "The flame was flown to Athens on Friday and then carried through Sofia, \
         Bucharest and Budapest.",
        None,
        &[
            "Athens/done/stop",
            "Sofia/done/stop",
            "Bucharest/done/stop",
            "Budapest/done/stop",
        ],
    ),
    (
        "itinerary_told_in_the_present_lies_ahead",
        "Foreign Minister Ana Ruiz is on a tour of South America. Ruiz held talks in Lima on \
         Monday and is due in Quito on Wednesday. Her itinerary also includes La Paz and \
         Santiago.",
        Some("Ana Ruiz"),
        &[
            "Lima/done/stop",
            "Quito/planned/stop",
            "La Paz/planned/stop",
            "Santiago/planned/stop",
        ],
    ),
    (
        "earlier_opens_a_flashback_before_the_stop_just_told",
        "Minister Ana Ruiz landed in Quito on Sunday. Earlier, Ruiz spent two days in Lima \
         and Cusco.",
        Some("Ana Ruiz"),
        &["Lima/done/stop", "Cusco/done/stop", "Quito/done/stop"],
    ),
    (
        "holy_father_is_the_pope",
        "Pope Leo XIV landed in Beirut on Sunday. Earlier, the Holy Father prayed in \
         Ankara and Istanbul.",
        Some("Leo XIV"),
        &["Ankara/done/stop", "Istanbul/done/stop", "Beirut/done/stop"],
    ),
    (
        "fronted_place_without_a_comma_before_its_subject",
        "Nurse Ana Ruiz left Quito in May. In Cali she worked at a clinic for a month.",
        Some("Ana Ruiz"),
        &["Quito/done/origin", "Cali/done/stop"],
    ),
    (
        "means_of_travel_before_the_destination",
        "Minister Ana Ruiz flew into Lima on Monday and travelled by helicopter to Cusco. \
         She later rode trains through Bolivia.",
        Some("Ana Ruiz"),
        &["Lima/done/stop", "Cusco/done/stop", "Bolivia/done/stop"],
    ),
    (
        "plan_reaches_over_an_appositive_to_the_tour_after_it",
        "Minister Ana Ruiz arrived in Quito on May 2. She planned to leave Quito for \
         Cusco, the first stop on a tour of Chile and Argentina.",
        Some("Ana Ruiz"),
        &[
            "Quito/done/stop",
            "Cusco/planned/stop",
            "Chile/planned/stop",
            "Argentina/planned/stop",
        ],
    ),
    (
        "semicolon_list_items_describe_their_places",
        "Captain Ana Ruiz sailed on in 1902. On her voyage Ruiz called at Lisbon; Dakar in \
         French West Africa; the old trading ports (then Portuguese) of Luanda and \
         Benguela on the Atlantic coast; and Cape Town.",
        Some("Ana Ruiz"),
        &[
            "Lisbon/done/stop",
            "Dakar/done/stop",
            "Luanda/done/stop",
            "Benguela/done/stop",
            "Cape Town/done/stop",
        ],
    ),
    (
        "state_visit_joins_the_town_inside_it_and_then_keeps_the_tense",
        "Governor Ana Ruiz will travel to Oregon and Nevada next week. She will first tour \
         a mill in Eugene, Oregon, then speak to miners in Elko.",
        Some("Ana Ruiz"),
        &["Eugene/planned/stop", "Elko/planned/stop"],
    ),
    (
        "first_name_traveller_and_a_place_fled",
        "Rosa, 34, fled Caracas in May with her son. Rosa said the journey was hard. She \
         reached Panama in June.",
        Some("Rosa"),
        &["Caracas/done/origin", "Panama/done/stop"],
    ),
    (
        "elliptical_next_leg_after_a_time_phrase",
        "Minister Ana Ruiz flew to Lima on Monday and then to Quito. Ruiz later went to \
         Cali, then on to Bogota.",
        Some("Ana Ruiz"),
        &[
            "Lima/done/stop",
            "Quito/done/stop",
            "Cali/done/stop",
            "Bogotá/done/stop",
        ],
    ),
    (
        "age_or_origin_noun_is_the_person_followed",
        "Ana Ruiz won the race in March. Ruiz was thrilled. The Peruvian flew to Madrid \
         on Monday. The 29-year-old then flew to Rome.",
        Some("Ana Ruiz"),
        &["Madrid/done/stop", "Rome/done/stop"],
    ),
    (
        "followed_by_and_then_continue_a_list",
        "Minister Ana Ruiz's first stop was Cusco, followed by Arequipa and Puno. She \
         will later visit Lima, then Quito.",
        Some("Ana Ruiz"),
        &[
            "Cusco/done/stop",
            "Arequipa/done/stop",
            "Puno/done/stop",
            "Lima/planned/stop",
            "Quito/planned/stop",
        ],
    ),
    (
        "moving_on_to_is_motion",
        "Minister Ana Ruiz spent two days in Lima before moving on to Quito.",
        Some("Ana Ruiz"),
        &["Lima/done/stop", "Quito/done/stop"],
    ),
    (
        "time_phrase_after_each_listed_place",
        "Singer Ana Ruiz sang in Vienna on 3 March, Salzburg on 5 March and Munich on \
         8 March.",
        Some("Ana Ruiz"),
        &["Vienna/done/stop", "Salzburg/done/stop", "Munich/done/stop"],
    ),
    (
        "ride_on_a_qualified_vehicle_is_motion",
        "Astronaut Lena Moss landed in Madrid on Monday. Moss then boarded a chartered \
         NASA plane to Houston.",
        Some("Lena Moss"),
        &["Madrid/done/stop", "Houston/done/stop"],
    ),
    (
        "military_posts_are_stops",
        "General Ana Ruiz visited Fort Sill on Monday and flew to Ramstein Air Base in \
         Germany on Tuesday.",
        Some("Ana Ruiz"),
        &["Fort Sill/done/stop", "Ramstein Air Base/done/stop"],
    ),
    (
        "name_after_by_and_a_qualified_title_is_no_subject",
        "Queen Ana Roe arrived in Ottawa on Monday. Accompanied throughout by Canadian \
         Prime Minister Tom Berg, she visited Winnipeg and Regina.",
        Some("Ana Roe"),
        &["Ottawa/done/stop", "Winnipeg/done/stop", "Regina/done/stop"],
    ),
    (
        "what_is_crossed_lies_on_the_way",
        "Ana Ruiz left Caracas in March. She crossed the Orinoco delta into Guyana in May.",
        Some("Ana Ruiz"),
        &["Caracas/done/origin", "Guyana/done/stop"],
    ),
    (
        "duration_and_direction_before_the_destination",
        "Ana Ruiz left Caracas in March. She walked for days to Bogota and drove north \
         to Cartagena.",
        Some("Ana Ruiz"),
        &[
            "Caracas/done/origin",
            "Bogotá/done/stop",
            "Cartagena/done/stop",
        ],
    ),
    (
        "town_after_a_country_destination_is_where_in_it",
        "Ana Ruiz left Caracas in March. She crossed into the United States at El Paso \
         in October.",
        Some("Ana Ruiz"),
        &["Caracas/done/origin", "El Paso/done/stop"],
    ),
    (
        "she_takes_the_woman_of_the_last_subjects",
        "Secretary Elena Voss arrived in Darwin on Sunday. Marko Tandy said the talks went \
         well. She flew to Jakarta on Monday.",
        Some("Elena Voss"),
        &["Darwin/done/stop", "Jakarta/done/stop"],
    ),
    (
        "a_stops_own_date_beats_its_countrys",
        "Ana Ruiz will visit Lebanon and Turkey from 27 November to 2 December. She will \
         be in Beirut on 1 December. She will be in Ankara on 28 November.",
        Some("Ana Ruiz"),
        &["Ankara/planned/stop", "Beirut/planned/stop"],
    ),
    (
        "next_leg_after_a_relative_clause_and_an_adverb_first",
        "Minister Ana Ruiz spoke on Monday. She will first travel to Ankara, where she \
         will meet Tom Berg, then to Istanbul.",
        Some("Ana Ruiz"),
        &["Ankara/planned/stop", "Istanbul/planned/stop"],
    ),
    (
        "a_time_phrase_after_the_place_is_no_modifier",
        "Captain Ann Fyfe left Portsmouth on 3 October. She reached Lima ten days later. \
         She arrived in Quito days after that.",
        Some("Ann Fyfe"),
        &[
            "Portsmouth/done/origin",
            "Lima/done/stop",
            "Quito/done/stop",
        ],
    ),
    (
        "the_planet_returned_to_is_no_stop",
        "Astronaut Lena Moss returned to Earth on Friday. She flew to Houston on Sunday.",
        Some("Lena Moss"),
        &["Houston/done/stop"],
    ),
    (
        "a_place_opening_an_ensembles_name_is_no_stop",
        "The Vienna Philharmonic began its Asian tour on Sunday with a concert in Tokyo. The \
         orchestra, led by Ana Ruiz, will perform in Osaka before travelling to Seoul.",
        Some("Ana Ruiz"),
        &[
            "Tokyo/done/stop",
            "Osaka/planned/stop",
            "Seoul/planned/stop",
        ],
    ),
    (
        "named_team_travels_as_a_group",
        "Coach Ana Ruiz praised her players. The Wallabies arrived in Dublin on Monday \
         and flew to Edinburgh the next day.",
        Some("Wallabies"),
        &["Dublin/done/stop", "Edinburgh/done/stop"],
    ),
    (
        "landing_near_a_town_and_a_crew_carry_the_traveller",
        "Astronaut Lena Moss flew to Baikonur in March. Moss landed near Zhezkazgan on \
         Friday with cosmonaut Ivan Petrov. Led by Petrov, the crew then flew to Karaganda.",
        Some("Lena Moss"),
        &[
            "Baikonur/done/stop",
            "Zhezkazgan/done/stop",
            "Karagandy/done/stop",
        ],
    ),
    (
        "time_phrase_after_place_is_no_compound",
        "Minister Ana Ruiz flew to Lima on Monday. She landed in Cusco the next day and \
         reached Puno two days later.",
        Some("Ana Ruiz"),
        &["Lima/done/stop", "Cusco/done/stop", "Puno/done/stop"],
    ),
    (
        "government_seat_in_background_is_no_stop",
        "Minister Sara Kim flew to Oslo on Tuesday for talks on fishing. Critics say it \
         was the government now in power in Stockholm that blocked the deal in 2014.",
        Some("Sara Kim"),
        &["Oslo/done/stop"],
    ),
    (
        "vehicle_journey_carries_the_traveller",
        "Explorer Lena Moss flew to Oslo on Monday to meet the crew. The ship then sailed \
         from Oslo to Tromso, where she gave a talk.",
        Some("Lena Moss"),
        &["Oslo/done/stop", "Tromsø/done/stop"],
    ),
    (
        "trip_that_began_in_and_took_him_to",
        "Chancellor Karl Brandt met leaders in Beijing on Tuesday, the last stop of a \
         visit to China that began in Chongqing and took him to Shanghai on Monday.",
        Some("Karl Brandt"),
        &[
            "Chongqing/done/stop",
            "Shanghai/done/stop",
            "Beijing/done/stop",
        ],
    ),
    (
        "here_is_the_dateline_place",
        "Leader visits Vietnam\n\nHANOI, Vietnam (AP) \u{2014} President Ruth Vale arrived \
         here on Sunday after attending a summit in New Delhi. Vale is wrapping up a visit \
         to Vietnam before heading to Anchorage, Alaska, to meet troops.",
        Some("Ruth Vale"),
        &[
            "New Delhi/done/stop",
            "Hanoi/done/stop",
            "Anchorage/planned/stop",
        ],
    ),
    (
        "yearless_dates_order_stops",
        "Premier Anna Holt will fly to Cairo on June 24, at the invitation of Egypt. \
         Holt will visit Boston on June 21 and travel to Ottawa on June 22.",
        Some("Anna Holt"),
        &[
            "Boston/planned/stop",
            "Ottawa/planned/stop",
            "Cairo/planned/stop",
        ],
    ),
    (
        "flying_back_is_the_return",
        "Bishop Leo Marr arrived in Baghdad on Friday. He will visit Mosul on Sunday \
         before flying back to Rome on Monday.",
        Some("Leo Marr"),
        &[
            "Baghdad/done/stop",
            "Mosul/planned/stop",
            "Rome/planned/return",
        ],
    ),
    (
        "gerund_after_before_takes_the_main_tense",
        "Minister Ines Vidal will meet officials in Tokyo on Monday before flying to \
         Seoul. She will end the trip in Manila.",
        Some("Ines Vidal"),
        &[
            "Tokyo/planned/stop",
            "Seoul/planned/stop",
            "Manila/planned/stop",
        ],
    ),
    (
        "visit_after_the_clause_came_first",
        "Premier Omar Haddad arrived in Nairobi on Monday after a two-day visit to \
         Addis Ababa. He will fly to Lagos on Thursday before returning to Rome.",
        Some("Omar Haddad"),
        &[
            "Addis Ababa/done/stop",
            "Nairobi/done/stop",
            "Lagos/planned/stop",
            "Rome/planned/return",
        ],
    ),
    (
        "when_clause_of_a_past_visit_is_background",
        "Envoy Rita Moss arrived in Hanoi on Monday. Moss last visited Asia in 2019, \
         when she toured Laos.",
        Some("Rita Moss"),
        &["Hanoi/done/stop"],
    ),
    (
        "travel_to_city_is_planned_stop",
        "Foreign Minister Anna Berg will travel to Lisbon next week for talks.",
        Some("Anna Berg"),
        &["Lisbon/planned/stop"],
    ),
    (
        "met_in_city_is_done_stop",
        "Senator Mark Olsen met Prime Minister Lee Tan in Singapore on Monday.",
        Some("Mark Olsen"),
        &["Singapore/done/stop"],
    ),
    (
        "from_x_to_y_orders_both",
        "Secretary Paul Grant will fly from Nairobi to Kampala, where he will meet \
         officials. Grant arrived in Nairobi on Sunday.",
        Some("Paul Grant"),
        &["Nairobi/done/stop", "Kampala/planned/stop"],
    ),
    (
        "country_visit_merges_into_city",
        "It is the first visit to Japan by Minister Clara Diaz in two years. Diaz \
         arrived in Osaka on Friday.",
        Some("Clara Diaz"),
        &["Osaka/done/stop"],
    ),
    (
        "country_level_stop_when_no_city",
        "Envoy Tom Reyes visited Chile and Peru this week.",
        Some("Tom Reyes"),
        &["Chile/done/stop", "Peru/done/stop"],
    ),
    (
        "return_is_last",
        "Minister Sara Kim will return to Ottawa on Friday. Before that, Kim will \
         travel to Oslo for a summit.",
        Some("Sara Kim"),
        &["Oslo/planned/stop", "Ottawa/planned/return"],
    ),
    (
        "other_persons_trip_is_not_a_stop",
        "President Ada Noor arrived in Accra on Tuesday. Noor said that her rival, \
         Kofi Mensah, will travel to Lagos.",
        Some("Ada Noor"),
        &["Accra/done/stop"],
    ),
    (
        "phone_call_is_no_trip",
        "President Ada Noor spoke by phone with the leaders of France and Germany \
         about trade.",
        None,
        &[],
    ),
    (
        "dateline_is_not_a_stop",
        "MOSCOW (AP) — Minister Ivan Petrov arrived in Minsk on Monday for talks.",
        Some("Ivan Petrov"),
        &["Minsk/done/stop"],
    ),
    (
        "byline_is_not_a_stop",
        "Minister Ivan Petrov arrived in Minsk on Monday for talks. Anna Lee reported \
         from Moscow and Tom Ward wrote in London.",
        Some("Ivan Petrov"),
        &["Minsk/done/stop"],
    ),
    (
        "left_place_first_is_the_origin",
        "Envoy Tom Reyes left Lima on Sunday and arrived in Quito on Monday.",
        Some("Tom Reyes"),
        &["Lima/done/origin", "Quito/done/stop"],
    ),
    (
        "cancelled_trip_is_not_a_stop",
        "Minister Ivan Petrov cancelled his trip to Vienna because of the storm.",
        None,
        &[],
    ),
    (
        "past_trip_ago_is_not_a_stop",
        "Ivan Petrov visited Vienna two years ago. Petrov spoke in parliament on \
         Monday about the budget.",
        None,
        &[],
    ),
    (
        "first_person_statement_uses_title_speaker",
        "Statement by President Lena Holm on her visit\n\nToday I am in Tallinn to \
         meet the Estonian government. I will travel on to Riga tomorrow.",
        Some("Lena Holm"),
        &["Tallinn/done/stop", "Riga/planned/stop"],
    ),
    (
        "delegation_led_by_names_traveller",
        "A delegation led by Deputy Secretary Omar Haddad visited Amman this week. \
         In Amman, the delegation met with King Abdullah.",
        Some("Omar Haddad"),
        &["Amman/done/stop"],
    ),
    (
        "the_president_resolves_by_role",
        "President Maria Silva will visit Spain. The President will then travel to \
         Madrid and Barcelona.",
        Some("Maria Silva"),
        &["Madrid/planned/stop", "Barcelona/planned/stop"],
    ),
    (
        "fronted_clause_keeps_main_subject",
        "President Maria Silva will travel to Madrid. Following the President's \
         visit, Vice President Jon Alves will travel to Porto and Braga.",
        Some("Jon Alves"),
        &["Porto/planned/stop", "Braga/planned/stop"],
    ),
    (
        "place_as_modifier_is_no_stop",
        "General Ruth Cole visited U.S. air bases in Kuwait on Monday.",
        Some("Ruth Cole"),
        &["Kuwait/done/stop"],
    ),
    (
        "list_reads_past_abbreviated_state_and_aside",
        "Senator Rosa Lind traveled to Washington, D.C., Chicago, California (briefly \
         stopping at a farm in Fresno), Iowa and Ohio.",
        Some("Rosa Lind"),
        &[
            "Washington/done/stop",
            "Chicago/done/stop",
            "Fresno/done/stop",
            "Iowa/done/stop",
            "Ohio/done/stop",
        ],
    ),
    (
        "city_then_distant_region_is_a_list",
        "Governor Paul Matz flew to Boston, Texas and Ohio last week.",
        Some("Paul Matz"),
        &["Boston/done/stop", "Texas/done/stop", "Ohio/done/stop"],
    ),
    (
        "stop_at_a_venue_in_a_city",
        "Admiral Nina Brooks will stop at a veterans' conference in Denver, Colo., \
         on Friday.",
        Some("Nina Brooks"),
        &["Denver/planned/stop"],
    ),
    (
        "traveller_named_in_the_title_wins_a_tie",
        "Chancellor Mara Voss on tour\n\nPresident Luis Ortega visited Peru in \
         May. Chancellor Mara Voss left Berlin on Monday.",
        Some("Mara Voss"),
        &["Berlin/done/stop"],
    ),
    (
        "left_for_is_the_destination",
        "After the dinner, Senator Rosa Lind left for Boston and Chicago.",
        Some("Rosa Lind"),
        &["Boston/done/stop", "Chicago/done/stop"],
    ),
    (
        "went_through_a_list_with_qualifiers",
        "Hugo Falk went through Portugal; Spain, where he met the king in Madrid; \
         Naples in southern Italy; and Greece.",
        Some("Hugo Falk"),
        // Spain joins the city stop inside it.
        &[
            "Portugal/done/stop",
            "Madrid/done/stop",
            "Naples/done/stop",
            "Greece/done/stop",
        ],
    ),
    (
        "plane_carrying_him_back_is_the_return",
        "Minister Tomas Ruiz met officials in Madrid. The plane carrying him back to \
         Lima on Friday was delayed.",
        Some("Tomas Ruiz"),
        &["Madrid/done/stop", "Lima/done/return"],
    ),
    (
        "possessive_journey_noun_is_no_verb",
        "Queen Maria Ostrova visited Oslo. On their return journey, they travelled to \
         Denmark.",
        Some("Maria Ostrova"),
        &["Oslo/done/stop", "Denmark/done/stop"],
    ),
    (
        "emperor_title_resolves_by_role",
        "Emperor Taro Ishida arrived in Rome. The emperor will leave for Paris on \
         Friday.",
        Some("Taro Ishida"),
        &["Rome/done/stop", "Paris/planned/stop"],
    ),
    (
        "group_noun_crew_travels",
        "Captain Lena Berg commands the ship. The crew sailed to Fiji and reached \
         Auckland in May.",
        // The group's trip goes to the person the text is most about.
        Some("Lena Berg"),
        &["Fiji/done/stop", "Auckland/done/stop"],
    ),
    (
        "team_played_in_cities",
        "Reporters said the squad played in Leeds and performed well in Cardiff.",
        None,
        &["Leeds/done/stop", "Cardiff/done/stop"],
    ),
    (
        "describing_word_before_a_title",
        "President Ruth Vale of Kenya met reporters. The Kenyan president traveled to \
         Oslo on Monday. Later the visiting president flew to Rome.",
        Some("Ruth Vale"),
        &["Oslo/done/stop", "Rome/done/stop"],
    ),
    (
        "possessive_country_before_a_title",
        "Premier Jon Alves met the press. Norway's premier then flew to Bergen.",
        Some("Jon Alves"),
        &["Bergen/done/stop"],
    ),
    (
        "broad_region_in_a_list_is_skipped",
        "The squad toured Europe, France and Spain in May.",
        None,
        &["France/done/stop", "Spain/done/stop"],
    ),
    (
        "a_list_goes_on_after_a_word_of_sequence",
        "The pianist Ilse Varn played recitals in Graz and Linz, and later in Brno.",
        Some("Ilse Varn"),
        &["Graz/done/stop", "Linz/done/stop", "Brno/done/stop"],
    ),
    (
        "giving_a_talk_puts_the_giver_there",
        "The author Dora Pell gave readings in Leeds and York. She gave money to a school.",
        Some("Dora Pell"),
        &["Leeds/done/stop", "York/done/stop"],
    ),
    (
        "had_before_a_journey_noun_is_no_pluperfect",
        "The singer Ada Morn's tour had stops in Denver, Austin and Atlanta.",
        Some("Ada Morn"),
        &["Denver/done/stop", "Austin/done/stop", "Atlanta/done/stop"],
    ),
    (
        "stops_planned_in_places_lie_ahead",
        "Envoy Mira Tan reached Nairobi on Monday. Further stops are planned in Kampala and \
         Kigali.",
        Some("Mira Tan"),
        &[
            "Nairobi/done/stop",
            "Kampala/planned/stop",
            "Kigali/planned/stop",
        ],
    ),
    (
        "from_a_place_before_a_noun_phrase_subject",
        "From Tunis the convoy drove south to Gabes and on to Medenine.",
        None,
        &["Tunis/done/origin", "Gabès/done/stop", "Medenine/done/stop"],
    ),
    (
        "taken_from_a_place_through_others_to_a_last",
        "Nadia Ferro's journey took her from Quito through Colombia and Panama to Mexico.",
        Some("Nadia Ferro"),
        &[
            "Quito/done/origin",
            "Colombia/done/stop",
            "Panama/done/stop",
            "Mexico/done/stop",
        ],
    ),
    (
        "a_refused_invitation_is_no_trip",
        "Premier Ines Dahl declined an invitation to visit Hanoi and Manila.",
        None,
        &[],
    ),
    (
        "a_journey_only_weighed_is_no_trip",
        "Premier Ines Dahl is weighing a trip to Hanoi and Manila.",
        None,
        &[],
    ),
    (
        "a_visit_years_before_a_dated_trip_is_recalled",
        "Envoy Mira Tan, who toured Lagos in 2015, flew to Accra on 3 May 2024 and to Lome \
         on 5 May 2024.",
        Some("Mira Tan"),
        &["Accra/done/stop", "Lomé/done/stop"],
    ),
    (
        "one_later_date_tells_no_span_to_recall_from",
        "The survey ship Corvina reached Nauru in June 2031 and anchored off Honiara in \
         January 2033.",
        Some("Corvina"),
        &["Nauru/done/stop", "Honiara/done/stop"],
    ),
    (
        "a_ship_is_she",
        "The survey ship Corvina left Hobart. She reached Nauru and then Honiara.",
        Some("Corvina"),
        &["Hobart/done/origin", "Nauru/done/stop", "Honiara/done/stop"],
    ),
    (
        "an_undated_stop_told_after_a_dated_one_follows_it",
        "The aims of the voyage were to observe the 2031 eclipse from Accra. Envoy Mira Tan \
         reached Accra in April 2031. After the eclipse, she stopped at Lome.",
        Some("Mira Tan"),
        &["Accra/done/stop", "Lomé/done/stop"],
    ),
    (
        "before_concluding_the_tour_in_a_city_it_is_the_last",
        "Premier Ana Lopes embarked on Sunday on a visit to Peru, Ecuador and Chile. In \
         Lima, Lopes will hold talks with the president. She will then travel to Quito, the \
         first visit by a Portuguese premier to Ecuador in decades, before concluding the \
         tour in Santiago.",
        Some("Ana Lopes"),
        &[
            "Lima/planned/stop",
            "Quito/planned/stop",
            "Santiago/planned/stop",
        ],
    ),
    (
        "after_ending_a_visit_the_place_came_first",
        "After ending her visit to Quito, Premier Ana Lopes flew to Lima.",
        Some("Ana Lopes"),
        &["Quito/done/stop", "Lima/done/stop"],
    ),
    (
        "her_tour_travels_with_her",
        "Cellist Ines Varga has spent the spring on the road. Her world tour opened in \
         Lisbon in March and moved on to Porto and Madrid.",
        Some("Ines Varga"),
        &["Lisbon/done/stop", "Porto/done/stop", "Madrid/done/stop"],
    ),
    (
        "then_to_a_thing_in_a_place_is_the_next_destination",
        "The migrants reached Lampedusa. Ali Musa, 19, was among them. He was later moved \
         to Catania and then to a shelter in Turin.",
        Some("Ali Musa"),
        &[
            "Lampedusa/done/stop",
            "Catania/done/stop",
            "Turin/done/stop",
        ],
    ),
    (
        "a_span_back_opens_a_flashback",
        "Envoy Mira Tan arrived in Accra on Tuesday. Two days earlier she had been in Lome.",
        Some("Mira Tan"),
        &["Lomé/done/stop", "Accra/done/stop"],
    ),
    (
        "a_perfect_participle_tells_what_came_first",
        "Envoy Mira Tan arrived in Accra on Tuesday, having flown in from Lome.",
        Some("Mira Tan"),
        &["Lomé/done/origin", "Accra/done/stop"],
    ),
    (
        "a_journey_ended_as_an_object",
        "Premier Lena Varga began her trip in Tokyo, moved on to Seoul and ended it in \
         Hanoi.",
        Some("Lena Varga"),
        &["Tokyo/done/stop", "Seoul/done/stop", "Hanoi/done/stop"],
    ),
    (
        "wrapped_up_a_tour_after_earlier_stops",
        "Premier Lena Varga wrapped up her Asian tour in Hanoi after earlier stops in Tokyo \
         and Seoul.",
        Some("Lena Varga"),
        &["Tokyo/done/stop", "Seoul/done/stop", "Hanoi/done/stop"],
    ),
    (
        "arriving_from_a_place_after_a_comma_came_first",
        "Envoy Mira Tan made a surprise visit to Accra, arriving by road from Lome.",
        Some("Mira Tan"),
        &["Lomé/done/origin", "Accra/done/stop"],
    ),
    (
        "a_region_and_a_colon_open_the_places",
        "Premier Lena Varga is on a three-nation tour of Africa: Ghana, Togo and Benin.",
        Some("Lena Varga"),
        &["Ghana/done/stop", "Togo/done/stop", "Benin/done/stop"],
    ),
    (
        "anchored_off_a_port",
        "Captain Rosa Lind's ship anchored off Reykjavik in May and later docked at Nuuk.",
        Some("Rosa Lind"),
        &["Reykjavík/done/stop", "Nuuk/done/stop"],
    ),
    (
        "returned_to_earth_is_no_stop_but_earth_texas_is",
        "Astronaut Mira Tan returned to Earth, landing in Kazakhstan on Tuesday. Later she \
         drove to Earth, Texas.",
        Some("Mira Tan"),
        &["Kazakhstan/done/stop", "Earth/done/stop"],
    ),
    (
        "travelled_widely_then_where",
        "The poet Ines Dahl travelled widely, to Lima, Quito and Bogota.",
        Some("Ines Dahl"),
        &["Lima/done/stop", "Quito/done/stop", "Bogotá/done/stop"],
    ),
    (
        "ones_journey_and_a_colon",
        "The poet Ines Dahl set out in May 1990. Her journey: Lima, Quito, Bogota.",
        Some("Ines Dahl"),
        &["Lima/done/stop", "Quito/done/stop", "Bogotá/done/stop"],
    ),
    (
        "a_venue_named_like_a_town_stands_in_the_place_after",
        "The singer Ada Morn performed at the Olympia in Paris. In May she flew to The Hague.",
        Some("Ada Morn"),
        &["Paris/done/stop", "The Hague/done/stop"],
    ),
    (
        "the_kind_of_place_after_its_name_is_part_of_it",
        "General Ana Lind visited troops in Helmand province and then flew to Kabul.",
        Some("Ana Lind"),
        &["Helmand/done/stop", "Kabul/done/stop"],
    ),
    (
        "areas_of_a_place_without_an_article",
        "Envoy Mira Tan visited flood-hit areas of Sindh province on Monday.",
        Some("Mira Tan"),
        &["Sindh/done/stop"],
    ),
    (
        "a_place_made_it_to_or_got_as_far_as",
        "Nadia Ferro's odyssey began in Quito in 2021. She made it to Tijuana in March and \
         later got as far as Reynosa. She made it clear she would stay.",
        Some("Nadia Ferro"),
        &["Quito/done/stop", "Tijuana/done/stop", "Reynosa/done/stop"],
    ),
    (
        "a_verb_of_giving_opens_its_clause_for_the_subject",
        "The choir Velvet Orchard left Oslo on 2 May. It gave concerts in Graz and Linz, and \
         later in Brno, before it ended its tour in Vienna on 20 May.",
        Some("Velvet Orchard"),
        &[
            "Oslo/done/origin",
            "Graz/done/stop",
            "Linz/done/stop",
            "Brno/done/stop",
            "Vienna/done/stop",
        ],
    ),
    (
        "unknown_area_opening_a_list_is_skipped",
        "The choir toured the Low Countries, Poland and Austria in the spring.",
        None,
        &["Poland/done/stop", "Austria/done/stop"],
    ),
    (
        "the_cities_of_a_list",
        "Bishop Leo Marr visited the northern cities of Milan, Turin and Genoa.",
        Some("Leo Marr"),
        &["Milan/done/stop", "Turin/done/stop", "Genoa/done/stop"],
    ),
    (
        "the_state_refers_back",
        "A storm hit Iowa on Sunday. Governor Rosa Lind traveled to the state on \
         Monday to see the damage.",
        Some("Rosa Lind"),
        &["Iowa/done/stop"],
    ),
    (
        "return_to_a_site_in_a_city",
        "Admiral Nina Brooks toured Oslo. She will return to the naval base in \
         Bergen on Friday.",
        Some("Nina Brooks"),
        &["Oslo/done/stop", "Bergen/planned/return"],
    ),
    (
        "tour_ends_in_a_city",
        "Minister Ines Vidal began her tour in Lima on Monday. It will end in Quito.",
        Some("Ines Vidal"),
        &["Lima/done/stop", "Quito/planned/stop"],
    ),
    (
        "schedule_lines_are_stops",
        "The tour of Pope Leo\n\nThe pope will visit two countries.\n\nDay 1: Lisbon \
         and Fatima.\n\nDay 2: Madrid \u{2013} Mass with families.",
        Some("Leo"),
        &[
            "Lisbon/planned/stop",
            "F\u{e1}tima/planned/stop",
            "Madrid/planned/stop",
        ],
    ),
    (
        "headed_north_to",
        "Captain Lena Berg left Lima and headed north to Quito.",
        Some("Lena Berg"),
        &["Lima/done/origin", "Quito/done/stop"],
    ),
    (
        "copular_stop_and_host_place",
        "Minister Ines Vidal began a tour on Monday. The first stop was Lima. Quito was \
         the next stop. Oslo welcomed Minister Ines Vidal on Friday.",
        Some("Ines Vidal"),
        &["Lima/done/stop", "Quito/done/stop", "Oslo/done/stop"],
    ),
    (
        "he_after_a_title_subject",
        "The emperor arrived in Rome on Monday. On Friday he will leave Rome for Paris.",
        None,
        &["Rome/done/stop", "Paris/planned/stop"],
    ),
    (
        "path_before_the_destination",
        "Chancellor Mara Voss sailed down the river to Bonn and drove across the hills \
         to Trier.",
        Some("Mara Voss"),
        &["Bonn/done/stop", "Trier/done/stop"],
    ),
    (
        "longer_name_in_a_list",
        "Hugo Falk went through Lisbon; the Suez Canal; Colombo; and Madras.",
        Some("Hugo Falk"),
        &[
            "Lisbon/done/stop",
            "Suez/done/stop",
            "Colombo/done/stop",
            "Madras/done/stop",
        ],
    ),
    (
        "of_inside_a_title_is_no_preposition",
        "Secretary of State Ana Ruiz is traveling to Egypt, Jordan and Israel this week.",
        Some("Ana Ruiz"),
        &["Egypt/done/stop", "Jordan/done/stop", "Israel/done/stop"],
    ),
    (
        "possessive_name_before_describing_words",
        "President Ali Bongo Ondimba's first state visit to Ghana ended in Accra.",
        Some("Ali Bongo Ondimba"),
        &["Accra/done/stop"],
    ),
    (
        "the_pontiff_is_the_pope",
        "Pope Leo XIV's visit to Lebanon began on Sunday. The pontiff celebrated Mass in \
         Beirut and later flew to Istanbul.",
        Some("Leo XIV"),
        &["Beirut/done/stop", "Istanbul/done/stop"],
    ),
    (
        "a_count_before_a_group_noun_travels",
        "Three migrants from Honduras crossed into Guatemala in March. They walked to \
         Tapachula and then took a bus to Puebla.",
        None,
        &[
            "Guatemala/done/stop",
            "Tapachula/done/stop",
            "Puebla/done/stop",
        ],
    ),
    (
        "set_out_from_and_a_ship_calls",
        "Captain Ruth Cole set out from Plymouth in May. Her ship called at Lisbon and \
         Cape Town before arriving in Sydney in December.",
        Some("Ruth Cole"),
        &[
            "Plymouth/done/origin",
            "Lisbon/done/stop",
            "Cape Town/done/stop",
            "Sydney/done/stop",
        ],
    ),
    (
        "the_explorer_is_the_person_named_most",
        "Explorer Ingrid Berg left Oslo in June. Berg reached Tromso in July. Later the \
         explorer sailed to Reykjavik.",
        Some("Ingrid Berg"),
        &[
            "Oslo/done/origin",
            "Tromsø/done/stop",
            "Reykjavík/done/stop",
        ],
    ),
    (
        "itinerary_included_masses_in",
        "The itinerary of Pope Leo included Masses in Fatima and Braga.",
        Some("Leo"),
        &["F\u{e1}tima/done/stop", "Braga/done/stop"],
    ),
    (
        "en_route_and_on_his_way_back",
        "Minister Tomas Ruiz stopped in Dakar en route to Lagos. On his way back to \
         Lima on Friday, he met officials.",
        Some("Tomas Ruiz"),
        &["Dakar/done/stop", "Lagos/done/stop", "Lima/done/return"],
    ),
    (
        "from_place_before_the_clause_is_left",
        "From Osaka, Premier Aiko Tanaka will fly to Seoul on Monday.",
        Some("Aiko Tanaka"),
        &["Osaka/planned/origin", "Seoul/planned/stop"],
    ),
    (
        "due_in_and_back_in",
        "Minister Ines Vidal is due in Quito on Monday and will be back in Lima on \
         Friday.",
        Some("Ines Vidal"),
        &["Quito/planned/stop", "Lima/planned/return"],
    ),
    (
        "weak_in_fills_a_one_place_trip",
        "Premier Omar Haddad arrived in Nairobi on Monday. On Tuesday he opened a \
         school in Mombasa.",
        Some("Omar Haddad"),
        &["Nairobi/done/stop", "Mombasa/done/stop"],
    ),
    (
        "the_one_invited_travels",
        "Minister Ines Vidal said on Monday that the government would allow foreign \
         inspectors to visit Chile.",
        None,
        &[],
    ),
    (
        "an_invitation_is_only_proposed",
        "Premier Jon Alves met the press in Oslo. President Rosa Lind invited Alves to \
         visit Lima in May.",
        Some("Jon Alves"),
        &["Oslo/done/stop"],
    ),
    (
        "a_host_welcomes_a_guest_on_a_visit",
        "Queen Maria Ostrova will visit Chile in May. Last year the queen welcomed \
         President Luis Ortega on a state visit to Norway.",
        Some("Maria Ostrova"),
        &["Chile/planned/stop"],
    ),
    (
        "a_title_no_role_names_is_the_main_person",
        "Tafari Makonnen, who rules Ethiopia, was crowned in 1930. Tafari met the \
         press. The emperor arrived in Rome on Monday.",
        Some("Tafari Makonnen"),
        &["Rome/done/stop"],
    ),
    (
        "comma_in_region_only_places_the_town",
        "Minister Ana Ruiz traveled to Swansea, in Wales, on Monday.",
        Some("Ana Ruiz"),
        &["Swansea/done/stop"],
    ),
    (
        "place_before_a_journey_noun",
        "Premier Aiko Tanaka arrived in Osaka on Monday. During her Beijing visit, \
         Tanaka met students.",
        Some("Aiko Tanaka"),
        &["Osaka/done/stop", "Beijing/done/stop"],
    ),
    (
        "metonym_government_is_no_stop",
        "Washington accused Moscow of stalling, and Kiev said talks had failed.",
        None,
        &[],
    ),
];

fn status(s: StopStatus) -> &'static str {
    match s {
        StopStatus::Done => "done",
        StopStatus::Planned => "planned",
    }
}

fn role(r: StopRole) -> &'static str {
    match r {
        StopRole::Origin => "origin",
        StopRole::Stop => "stop",
        StopRole::Transit => "transit",
        StopRole::Return => "return",
    }
}

#[test]
fn trip_patterns() {
    let opts = Options::with_date("2024-03-12").expect("valid date");
    let mut failures = Vec::new();
    for (case, text, traveller, want) in CASES {
        let a = analyze(text, &opts);
        let (who, got) = match &a.trip {
            None => (None, Vec::new()),
            Some(t) => {
                let who = a.traveller_name(t).map(str::to_string);
                let stops = t
                    .stops
                    .iter()
                    .map(|s| {
                        let name = a
                            .places
                            .iter()
                            .find(|p| p.id == s.place)
                            .map_or("?", |p| p.name.as_str());
                        format!("{name}/{}/{}", status(s.status), role(s.role))
                    })
                    .collect();
                (who, stops)
            }
        };
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        if who.as_deref() != *traveller || got != want {
            failures.push(format!(
                "{case}: traveller {who:?} (want {traveller:?}), stops {got:?} (want {want:?})"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn stop_orders_run_from_one() {
    let a = analyze(
        "Minister Sara Kim will travel to Oslo and then to Bergen.",
        &Options::default(),
    );
    let t = a.trip.expect("a trip");
    let orders: Vec<usize> = t.stops.iter().map(|s| s.order).collect();
    assert_eq!(orders, (1..=t.stops.len()).collect::<Vec<_>>());
}

#[test]
fn stop_keeps_its_weekday_without_a_reference_date() {
    let a = analyze(
        "Minister Sara Kim arrived in Oslo on Tuesday for talks.",
        &Options::default(),
    );
    let stop = &a.trip.expect("a trip").stops[0];
    let time = stop.time.as_ref().expect("the stop's time");
    let t = a.times.iter().find(|t| &t.id == time).expect("a time");
    assert_eq!(t.text, "Tuesday");
}

/// (case, text, each companion's name and stop names in order).
type CompanionCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static [&'static str])],
);

const COMPANION_CASES: &[CompanionCase] = &[
    (
        "second_minister_with_own_route_is_a_companion",
        "Prime Minister Lena Holt flew to Oslo on Monday and then visited Bergen, where she \
         met fishermen. Meanwhile, Finance Minister Paul Reyes travelled to Madrid and later \
         visited Lisbon for talks on the budget. Holt returned to London on Wednesday.",
        &[("Paul Reyes", &["Madrid", "Lisbon"])],
    ),
    (
        "person_with_one_trip_sentence_is_no_companion",
        "Prime Minister Lena Holt flew to Oslo on Monday and then visited Bergen. Her \
         rival, Paul Reyes, flew to Madrid for a rally. Holt returned to London on Wednesday.",
        &[],
    ),
    (
        "companion_retelling_the_same_stops_is_no_companion",
        "President Omar Saleh flew to Accra on Monday and visited Kumasi. Foreign Minister \
         Nadia Haddad travelled with him to Accra and also visited Kumasi.",
        &[],
    ),
];

#[test]
fn companions_the_text_also_follows() {
    let opts = Options::with_date("2024-03-12").expect("valid date");
    let mut failures = Vec::new();
    for (case, text, want) in COMPANION_CASES {
        let a = analyze(text, &opts);
        let name = |id: &Option<String>| {
            a.people
                .iter()
                .find(|p| Some(&p.id) == id.as_ref())
                .map_or("?".to_string(), |p| p.name.clone())
        };
        let place = |id: &str| {
            a.places
                .iter()
                .find(|p| p.id == id)
                .map_or("?".to_string(), |p| p.name.clone())
        };
        let got: Vec<(String, Vec<String>)> = a
            .companions
            .iter()
            .map(|t| {
                (
                    name(&t.traveller),
                    t.stops.iter().map(|s| place(&s.place)).collect(),
                )
            })
            .collect();
        let want: Vec<(String, Vec<String>)> = want
            .iter()
            .map(|(n, s)| (n.to_string(), s.iter().map(|x| x.to_string()).collect()))
            .collect();
        if got != want {
            failures.push(format!("{case}: {got:?} (want {want:?})"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn past_aside_beside_a_planned_trip() {
    let options = crate::Options::with_date("2022-07-01").expect("a date");
    let cands = crate::trip_candidates(
        "Minister to visit Israel\n\nAna Ruiz will travel to Israel next week. Last month Ruiz \
         met investors in Denver.",
        &options,
    );
    let at = |name: &str| {
        let k = super::FEATURE_NAMES
            .iter()
            .position(|n| *n == "past_aside")
            .expect("the feature");
        cands
            .iter()
            .find(|(p, _)| p.name == name)
            .map(|(_, c)| c.features[k])
    };
    assert_eq!(at("Denver"), Some(1.0));
    assert_eq!(at("Israel"), Some(0.0));
}
