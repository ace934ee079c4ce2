//! The travellers' legend: each traveller with the colour of their route; pressing one
//! follows that traveller (their stops become the numbered ones, play and the timeline
//! follow).

use super::model::list;
use crate::store::views::use_store;
use crate::store::Action;
use yew::prelude::*;

/// The legend and switch; nothing when the article follows one person.
#[function_component(Travellers)]
pub fn travellers() -> Html {
    let store = use_store();
    let all = list(&store.analysis, store.main);
    if all.is_empty() {
        return html! {};
    }
    let buttons = all.into_iter().map(|t| {
        let store = store.clone();
        let key = t.key;
        let onclick = Callback::from(move |_: MouseEvent| store.dispatch(Action::Main(key)));
        let stops = format!("{} stop{}", t.stops, if t.stops == 1 { "" } else { "s" });
        html! {
            <button type="button" data-testid="traveller" data-name={t.name.clone()} data-main={t.main.to_string()}
                aria-pressed={t.main.to_string()} class={if t.main { "who main" } else { "who" }} {onclick}
                title="Follow this traveller: their stops are numbered on the map, in play and on the timeline">
                <i class="swatch" style={format!("background:{}", t.colour)}></i>
                <span class="name">{t.name.clone()}</span>
                <span class="detail">{stops}</span>
            </button>
        }
    });
    html! {
        <div class="travellers" data-testid="travellers" role="group" aria-label="Travellers: choose whose trip to follow">
            <span class="label">{"Travellers"}</span>
            { for buttons }
        </div>
    }
}
