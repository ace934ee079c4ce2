//! The export buttons: the analysis (with the reader's corrections) as `Analysis` JSON,
//! GeoJSON, the map as SVG or PNG, the whole view as one HTML file, the route as KML or
//! GPX, saved as a download; nothing leaves the page.

use super::download;
use crate::store::views::use_store;
use yew::prelude::*;

/// The export buttons, disabled while there is no article.
#[function_component(ExportButtons)]
pub fn export_buttons() -> Html {
    let store = use_store();
    let exporter = |kind: &'static str| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let a = &store.analysis;
            let result = match kind {
                "json" => download::save(
                    &super::file_name(a, "json"),
                    "application/json",
                    &super::json(a),
                ),
                "geojson" => download::save(
                    &super::file_name(a, "geojson"),
                    "application/geo+json",
                    &super::geojson(a),
                ),
                "html" => download::save(
                    &super::file_name(a, "html"),
                    "text/html",
                    &super::page::html(&store.text, a),
                ),
                "kml" => download::save(
                    &super::file_name(a, "kml"),
                    "application/vnd.google-earth.kml+xml",
                    &super::route::kml(a),
                ),
                "gpx" => download::save(
                    &super::file_name(a, "gpx"),
                    "application/gpx+xml",
                    &super::route::gpx(a),
                ),
                "svg" => download::save(
                    &super::file_name(a, "svg"),
                    "image/svg+xml",
                    &super::map_svg(a),
                ),
                _ => download::save_png(
                    &super::file_name(a, "png"),
                    &super::map_svg(a),
                    super::MAP_WIDTH,
                    super::MAP_HEIGHT,
                    2.0,
                ),
            };
            if let Err(e) = result {
                web_sys::console::error_1(&e);
            }
        })
    };

    let empty = store.text.trim().is_empty();
    html! {
        <div class="control-row export" role="group" aria-label="Export">
            <span>{"Export "}</span>
            <button type="button" data-testid="export-json" onclick={exporter("json")} disabled={empty}
                title="The analysis as itinera.analysis/1 JSON, with your corrections">{"JSON"}</button>
            <button type="button" data-testid="export-geojson" onclick={exporter("geojson")} disabled={empty}
                title="Places as points and the route as a line, for GIS tools">{"GeoJSON"}</button>
            <button type="button" data-testid="export-svg" onclick={exporter("svg")} disabled={empty}
                title="The map as an SVG drawing">{"SVG"}</button>
            <button type="button" data-testid="export-png" onclick={exporter("png")} disabled={empty}
                title="The map as a PNG image">{"PNG"}</button>
            <button type="button" data-testid="export-html" onclick={exporter("html")} disabled={empty}
                title="The map, route, timeline and article as one HTML file that works offline">{"HTML"}</button>
            <button type="button" data-testid="export-kml" onclick={exporter("kml")} disabled={empty}
                title="The route's stops for Google Earth and GIS tools">{"KML"}</button>
            <button type="button" data-testid="export-gpx" onclick={exporter("gpx")} disabled={empty}
                title="The route's stops for GPS devices and apps">{"GPX"}</button>
        </div>
    }
}
