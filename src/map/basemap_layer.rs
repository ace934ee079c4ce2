//! The country outlines, drawn once in world units and moved by the map's transform.
//! A separate component with plain props, so panning the map never re-renders it.

use super::basemap::countries;
use yew::prelude::*;

/// What the layer needs.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// ISO alpha-2 codes of the countries to shade (countries that are topics).
    pub shaded: Vec<String>,
    /// ISO alpha-2 codes of the countries the trip stops in.
    pub visited: Vec<String>,
    /// ISO alpha-2 codes of the countries the reader points at (a country's mention,
    /// marker or list row): drawn like every other linked element.
    pub linked: Vec<String>,
}

/// The world, plus a copy on each side so the map can pan across the antimeridian.
#[function_component(BasemapLayer)]
pub fn basemap_layer(props: &Props) -> Html {
    let paths = countries().iter().map(|c| {
        let mut class = String::from("country");
        if props.shaded.iter().any(|s| s == c.code) {
            class.push_str(" topic");
        }
        if props.visited.iter().any(|s| s == c.code) {
            class.push_str(" visited");
        }
        if props.linked.iter().any(|s| s == c.code) {
            class.push_str(" linked");
        }
        html! { <path class={class} d={c.path.clone()}><title>{c.name}</title></path> }
    });
    html! {
        <g class="basemap">
            <g id="world">{ for paths }</g>
            <use href="#world" x="-360" />
            <use href="#world" x="360" />
        </g>
    }
}
