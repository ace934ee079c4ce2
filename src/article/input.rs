//! The input: paste area, examples, article date, and the analysis status.

use crate::store::views::use_store;
use crate::store::{Action, SmallPlaces};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A bundled sample: file name, title shown, article date.
pub const SAMPLES: &[(&str, &str, &str, &str)] = &[
    (
        "kerry-sochi",
        "Kerry meets Putin in Sochi (CNN, 2015)",
        "2015-05-12",
        include_str!("../../static/samples/kerry-sochi.txt"),
    ),
    (
        "river-survey",
        "Scientists sample the Danube (written for itinera)",
        "",
        include_str!("../../static/samples/river-survey.txt"),
    ),
    (
        "pacific-summit",
        "A Pacific summit across the date line (written for itinera)",
        "",
        include_str!("../../static/samples/pacific-summit.txt"),
    ),
];

/// The input panel.
#[function_component(Controls)]
pub fn controls() -> Html {
    let store = use_store();
    let oninput = {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            store.dispatch(Action::Text(area.value()));
        })
    };
    let ondate = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            store.dispatch(Action::Date(input.value()));
        })
    };
    // Opening or dropping a .txt file: read as UTF-8 text, then analysed like a paste.
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let file_error = use_state(|| None::<String>);
    let read = {
        let store = store.clone();
        let file_error = file_error.clone();
        move |file: web_sys::File| {
            let (store, file_error) = (store.clone(), file_error.clone());
            let file = gloo::file::File::from(file);
            file_error.set(None);
            *reader.borrow_mut() =
                Some(gloo::file::callbacks::read_as_text(
                    &file,
                    move |got| match got {
                        Ok(text) => store.dispatch(Action::Text(text)),
                        Err(e) => file_error.set(Some(format!("Could not read the file: {e}"))),
                    },
                ));
        }
    };
    let onfile = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|l| l.get(0)) {
                read(file);
            }
            input.set_value("");
        })
    };
    let ondrop = Callback::from(move |e: DragEvent| {
        if let Some(file) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|l| l.get(0))
        {
            e.prevent_default();
            read(file);
        }
    });
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let onpick = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some((_, _, date, text)) = SAMPLES.iter().find(|s| s.0 == select.value()) {
                store.dispatch(Action::Example(text.to_string(), date.to_string()));
            }
            select.set_value("");
        })
    };
    let a = &store.analysis;
    let (state, message) = match (&store.pending, &store.error) {
        (Some(p), _) => (
            "working",
            format!(
                "Analysing {:.1} MB in the background: {} ({:.0}%). The page stays usable.",
                store.text.len() as f64 / 1e6,
                p.stage,
                p.done * 100.0
            ),
        ),
        (None, Some(e)) if e == crate::store::CANCELLED => ("cancelled", e.clone()),
        (None, Some(e)) => ("failed", e.clone()),
        (None, None) if store.text.trim().is_empty() => {
            ("done", "Waiting for an article.".to_string())
        }
        (None, None) => {
            let stops = a.trip.as_ref().map_or(0, |t| t.stops.len());
            (
                "done",
                format!(
                    "Done in {:.1} ms: {} sentences, {} places, {} people, {} stops.",
                    store.millis,
                    a.document.sentences,
                    a.places.len(),
                    a.people.len(),
                    stops
                ),
            )
        }
    };
    let oncancel = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Cancel))
    };
    let onretry = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Retry))
    };
    let reference = match (
        &a.document.reference_date,
        a.document.reference_date_source.as_str(),
    ) {
        (Some(d), src) if !store.text.trim().is_empty() => format!("Reference date {d} ({src})."),
        _ => String::new(),
    };
    html! {
        <section class="controls" aria-label="Article">
            <div class="control-row">
                <label>{"Try an example "}
                    <select data-testid="example-picker" onchange={onpick}>
                        <option value="" selected=true>{"Choose…"}</option>
                        { for SAMPLES.iter().map(|(id, title, _, _)| html! { <option value={*id}>{*title}</option> }) }
                    </select>
                </label>
                <label>{"Article date "}
                    <input type="date" data-testid="article-date" value={store.date.clone()} onchange={ondate} />
                </label>
                <label class="file">{"Open a .txt file "}
                    <input type="file" accept=".txt,text/plain" onchange={onfile} />
                </label>
            </div>
            if let Some(e) = (*file_error).clone() { <p class="status" role="alert">{e}</p> }
            <label class="paste">
                <span class="visually-hidden">{"Article text"}</span>
                <textarea data-testid="article-input" dir={crate::runner::text_direction(&store.text)} placeholder="Paste a news article here, or drop a .txt file…" spellcheck="false"
                    value={store.text.to_string()} {oninput} {ondrop} {ondragover} />
            </label>
            <p class="status" data-testid="analysis-status" data-state={state} role="status" aria-live="polite">
                {message}{" "}<span class="ref-date">{reference}</span>
            </p>
            if let Some((state, note)) = small_places_note(store.small, &store.text) {
                <p class="status note" data-testid="small-places-note" data-state={state} role="status">{note}</p>
            }
            if let Some(p) = &store.pending {
                <div class="progress-row">
                    <progress data-testid="analysis-progress" max="1" value={p.done.to_string()} aria-label="Analysis progress"></progress>
                    <button type="button" data-testid="analysis-cancel" onclick={oncancel}>{"Cancel"}</button>
                </div>
            }
            if state == "cancelled" {
                <button type="button" data-testid="analysis-retry" onclick={onretry}>{"Analyse"}</button>
            }
        </section>
    }
}

/// The note under the status while a text is shown without the small-places tier:
/// (`data-state`, words), or `None` once the tier is in or when there is no text.
fn small_places_note(small: SmallPlaces, text: &str) -> Option<(&'static str, &'static str)> {
    if text.trim().is_empty() {
        return None;
    }
    match small {
        SmallPlaces::Ready => None,
        SmallPlaces::Loading => {
            Some(("loading", "Small towns still loading — results may update."))
        }
        SmallPlaces::Unavailable => Some((
            "unavailable",
            "Small towns could not be loaded: only larger places are found.",
        )),
    }
}
