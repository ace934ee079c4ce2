//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts and draws its
//! views, and the topics chart never turns article text into markup. The arithmetic
//! (projection, framing, timeline lanes, article pieces) is tested natively in the library.
#![cfg(target_arch = "wasm32")]

use itinera_web::topics::chart::chart_svg;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> web_sys::Element {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host = doc.create_element("div").expect("a div");
    doc.body()
        .expect("a body")
        .append_child(&host)
        .expect("appended");
    host
}

#[wasm_bindgen_test]
async fn app_draws_every_view() {
    let host = mount();
    yew::Renderer::<itinera_web::app::App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    for id in [
        "article-input",
        "article-date",
        "example-picker",
        "analysis-status",
        "map",
        "timeline",
        "article-view",
        "play",
    ] {
        let found = host
            .query_selector(&format!("[data-testid=\"{id}\"]"))
            .ok()
            .flatten();
        assert!(found.is_some(), "{id} missing");
    }
    let countries = host
        .query_selector_all("[data-testid=\"map\"] path.country")
        .map(|l| l.length())
        .unwrap_or(0);
    assert!(countries > 100, "{countries} countries drawn");
}

#[wasm_bindgen_test]
async fn pasting_an_article_highlights_and_links_it() {
    use wasm_bindgen::JsCast;
    let host = mount();
    yew::Renderer::<itinera_web::app::App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    let area: web_sys::HtmlTextAreaElement = host
        .query_selector("[data-testid=\"article-input\"]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .expect("the paste area");
    area.set_value(
        "Angela Merkel flew from Berlin to Paris on Monday to meet the French president.",
    );
    let event = web_sys::Event::new("input").expect("an event");
    area.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
    let view = host
        .query_selector("[data-testid=\"article-view\"]")
        .ok()
        .flatten()
        .expect("article view");
    let places = view
        .query_selector_all("[data-kind=\"place\"]")
        .map(|l| l.length())
        .unwrap_or(0);
    assert!(places >= 2, "{places} place mentions");
    // Every highlighted mention's id is on the map too, or in a list.
    let first = view
        .query_selector("[data-kind=\"place\"]")
        .ok()
        .flatten()
        .expect("a place mention");
    let id = first.get_attribute("data-ref").unwrap_or_default();
    let on_map = host
        .query_selector(&format!("[data-testid=\"map\"] [data-ref=\"{id}\"]"))
        .ok()
        .flatten();
    assert!(on_map.is_some(), "{id} not on the map");
}

#[wasm_bindgen_test]
fn chart_labels_are_escaped() {
    let svg = chart_svg(
        &[("<script>alert(1)</script> & \"x\"".to_string(), 0.5)],
        300,
    );
    assert!(!svg.contains("<script>"), "{svg}");
    assert!(svg.contains("&lt;script&gt;"), "{svg}");
}

#[wasm_bindgen_test]
fn chart_draws_a_bar_per_topic() {
    let rows = vec![("Iran".to_string(), 0.8), ("Syria".to_string(), 0.4)];
    let svg = chart_svg(&rows, 300);
    // The background plus one bar per row.
    assert_eq!(svg.matches("<rect").count(), 3, "{svg}");
}

/// The `data-name`s of the numbered stops, in order.
fn stop_names(host: &web_sys::Element) -> Vec<String> {
    let list = host
        .query_selector_all("[data-testid=\"map-stop\"]")
        .expect("a query");
    let mut out: Vec<(u32, String)> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        .map(|e| {
            let order = e
                .get_attribute("data-order")
                .and_then(|o| o.parse().ok())
                .unwrap_or(0);
            (order, e.get_attribute("data-name").unwrap_or_default())
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, n)| n).collect()
}

#[wasm_bindgen_test]
async fn a_second_traveller_can_be_followed() {
    use wasm_bindgen::JsCast;
    let host = mount();
    yew::Renderer::<itinera_web::app::App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    let area: web_sys::HtmlTextAreaElement = host
        .query_selector("[data-testid=\"article-input\"]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .expect("the paste area");
    area.set_value(
        "Foreign Minister Clara Jensen and Trade Minister Tomas Berg left Copenhagen on Monday. \
         Jensen flew to Warsaw on Monday, then travelled on to Vilnius. \
         Meanwhile, Berg travelled to Madrid on Monday and later visited Lisbon for talks. \
         Berg is expected to fly on to Rome on Friday.",
    );
    area.dispatch_event(&web_sys::Event::new("input").expect("an event"))
        .expect("dispatched");
    yew::scheduler::flush().await;
    let who = host
        .query_selector_all("[data-testid=\"traveller\"]")
        .expect("a query");
    assert_eq!(who.length(), 2, "two travellers in the legend");
    let before = stop_names(&host);
    let other: web_sys::HtmlElement = host
        .query_selector("[data-testid=\"traveller\"][data-main=\"false\"]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .expect("the other traveller");
    let name = other.get_attribute("data-name").unwrap_or_default();
    // The other traveller's stops as the map dots them.
    let theirs = host
        .query_selector_all(&format!(
            "[data-testid=\"companion-stop\"][data-traveller=\"{name}\"]"
        ))
        .expect("a query");
    let theirs: Vec<String> = (0..theirs.length())
        .filter_map(|i| theirs.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute("data-name"))
        .collect();
    assert!(theirs.len() >= 2, "{name}: {theirs:?}");
    other.click();
    yew::scheduler::flush().await;
    assert_eq!(stop_names(&host), theirs);
    assert_ne!(stop_names(&host), before);
}
