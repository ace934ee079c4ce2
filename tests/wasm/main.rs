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
