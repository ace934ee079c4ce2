//! The page's root component: provides the store and lays out the views.
//!
//! The only file that knows every feature: it places their views and connects the analysis
//! worker's reports to the store.

use crate::article::{input::Controls, view::Article};
use crate::corrections::panel::CorrectionsPanel;
use crate::export::buttons::ExportButtons;
use crate::map::{play::Play, view::Map};
use crate::runner::{small, worker};
use crate::share::panel::SharePanel;
use crate::store::{Action, State, Store};
use crate::timeline::view::Timeline;
use crate::topics::facts::Facts;
use crate::travellers::view::Travellers;
use yew::prelude::*;

/// The root of the page.
#[function_component(App)]
pub fn app() -> Html {
    let store: Store = use_reducer(State::default);
    {
        // Long texts are analysed in the worker, which answers through the store.
        let dispatcher = store.dispatcher();
        use_effect_with((), move |_| {
            worker::connect(move |r| dispatcher.dispatch(Action::from(r)));
        });
    }
    {
        // The small-places tier, fetched after the first paint; the text is analysed
        // again when it arrives.
        let dispatcher = store.dispatcher();
        use_effect_with((), move |_| {
            small::load(move |loaded| dispatcher.dispatch(Action::SmallPlaces(loaded)));
        });
    }
    html! {
        <ContextProvider<Store> context={store}>
            <header class="top">
                <h1>{"itinera"}</h1>
                <p class="tagline">{"Paste a news article: see where it happens and where its main person travels. Everything runs in your browser; nothing is uploaded."}</p>
            </header>
            <main class="layout">
                <div class="col-input"><Controls /><SharePanel><ExportButtons /></SharePanel><CorrectionsPanel /></div>
                <div class="col-map"><Travellers /><Map /><Play /></div>
                <div class="col-time"><Timeline /></div>
                <div class="col-article"><Article /></div>
                <div class="col-facts"><Facts /></div>
            </main>
            <footer class="credits">
                {"Place data: "}<a href="https://www.geonames.org/" rel="noreferrer">{"GeoNames"}</a>{" (CC BY 4.0); airports via airportsdata (MIT). "}
                {"Basemap: "}<a href="https://www.naturalearthdata.com/" rel="noreferrer">{"Natural Earth"}</a>{" (public domain), via world-atlas. "}
                {"itinera runs entirely in this page."}
            </footer>
        </ContextProvider<Store>>
    }
}
