//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts and draws its
//! views, and the topics chart never turns article text into markup. The arithmetic
//! (projection, framing, timeline lanes, article pieces) is tested natively in the library.
#![cfg(target_arch = "wasm32")]

use itinera_web::components::topics_chart::chart_svg;
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
