//! The page's root component.

use itinera_engine::{analyze, Options};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The root of the page.
#[function_component(App)]
pub fn app() -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let analysis = analyze(&text, &Options::default());
    html! {
        <main>
            <h1>{"itinera"}</h1>
            <textarea data-testid="article-input" {oninput} value={(*text).clone()} />
            <p data-testid="analysis-status" data-state="done">{format!("{} sentences", analysis.document.sentences)}</p>
        </main>
    }
}
