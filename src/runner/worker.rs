//! Long texts are analysed in a Web Worker, so the page keeps answering while the engine
//! works, shows how far it got, and can stop it.
//!
//! The worker is `static/worker.js`, a module worker. It loads the page's own
//! wasm-bindgen module (the same two files the page loaded, so from the browser's cache;
//! nothing is fetched from elsewhere) and calls its [`worker_analyze`] export, which runs
//! [`super::analyse`] and posts each engine stage back as it starts. In the worker
//! the app itself does not start ([`crate::start`] returns at once where there is no
//! window).
//!
//! Messages, page → worker: `{kind: "init", glue, wasm}` once, with the URLs of the page's
//! wasm-bindgen script and wasm; `{kind: "small-places", table}` with the bytes of the
//! small-places tier once the page has it (at start, or when it arrives; the worker hands
//! it to its engine with the `load_small_places` export before any later analysis); then
//! `{kind: "analyse", run, text, date}`. Worker → page:
//! `{kind: "progress", run, stage, done}`, `{kind: "done", run, json}` (an
//! [`Outcome`](super::Outcome) as JSON) or `{kind: "failed", run, message}`.
//!
//! On the page, [`connect`] gives this module a callback for its [`Report`]s once (the app
//! turns them into store actions; this module never knows the store); [`submit`] starts a
//! run (stopping one still running: only the newest text matters), and [`cancel`] stops
//! the worker. A worker that fails to start, or dies, hands its run back
//! ([`Report::Failed`]) to be analysed on the page, and no worker is tried again.

use super::{analyse, Report};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// Runs inside the worker: analyses `text` with the date field's value `date`, calling
/// `progress(stage, done)` before each engine stage, and returns the
/// [`Outcome`](super::Outcome) as JSON, with the engine's time in milliseconds.
#[wasm_bindgen]
pub fn worker_analyze(text: &str, date: &str, progress: &js_sys::Function) -> String {
    let started = now();
    let mut outcome = analyse(text, date, &mut |p| {
        let _ = progress.call2(&JsValue::NULL, &p.stage.into(), &p.done.into());
    });
    outcome.millis = now() - started;
    // An analysis always serialises; were it not to, the empty answer fails to parse on
    // the page, which then runs the text itself.
    serde_json::to_string(&outcome).unwrap_or_default()
}

/// `performance.now()` of whatever global this runs in (window or worker), in ms.
pub fn now() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
        .map_or(0.0, |p| p.now())
}

/// A handler of the worker's events, kept alive as long as the worker.
type Handler = Closure<dyn FnMut(JsValue)>;

/// The page's side: one worker at most, started on first use.
#[derive(Default)]
struct Pool {
    /// Where reports go, from [`connect`].
    dispatch: Option<Rc<dyn Fn(Report)>>,
    /// The worker, once started.
    worker: Option<Worker>,
    /// The run the worker is on, if any.
    busy: Option<u32>,
    /// A worker failed: analyse on the page from now on.
    broken: bool,
    /// The worker's message and error handlers, kept alive with it.
    handlers: Vec<Handler>,
    /// Handlers of a stopped worker, dropped at the next [`submit`]: never while one of
    /// them may still be running (a handler is what stops a failed worker).
    retired: Vec<Handler>,
}

thread_local! {
    static POOL: RefCell<Pool> = RefCell::new(Pool::default());
    /// The small-places tier's bytes, once the page has them: every worker gets them.
    static SMALL_PLACES: RefCell<Option<js_sys::Uint8Array>> = const { RefCell::new(None) };
}

/// Gives the worker (the running one, and any started later) the small-places tier.
pub fn share_small_places(table: js_sys::Uint8Array) {
    if let Some(w) = POOL.with(|p| p.borrow().worker.clone()) {
        post_small_places(&w, &table);
    }
    SMALL_PLACES.with(|t| *t.borrow_mut() = Some(table));
}

/// Posts the tier to `worker` (a copy: the page keeps its own for the next worker).
fn post_small_places(worker: &Worker, table: &js_sys::Uint8Array) {
    let message = js_sys::Object::new();
    let ok = js_sys::Reflect::set(&message, &"kind".into(), &"small-places".into()).is_ok()
        && js_sys::Reflect::set(&message, &"table".into(), table).is_ok();
    if ok {
        let _ = worker.post_message(&message);
    }
}

/// Gives this module where to send its reports; until then [`submit`] declines every run.
pub fn connect(dispatch: impl Fn(Report) + 'static) {
    POOL.with(|p| p.borrow_mut().dispatch = Some(Rc::new(dispatch)));
}

/// Sends run `run` to the worker; false when there is no worker to take it (not
/// connected, not in a built page, or a worker failed before), so the caller runs it here.
pub fn submit(run: u32, text: &str, date: &str) -> bool {
    POOL.with(|p| {
        let mut p = p.borrow_mut();
        if p.broken || p.dispatch.is_none() {
            return false;
        }
        p.retired.clear();
        if p.busy.is_some() {
            // Stop the old run: the worker is busy with a text nobody sees any more.
            stop(&mut p);
        }
        if p.worker.is_none() {
            match start() {
                Some((worker, handlers)) => {
                    p.worker = Some(worker);
                    p.handlers = handlers;
                }
                None => {
                    p.broken = true;
                    return false;
                }
            }
        }
        let message = js_sys::Object::new();
        let set = |k: &str, v: JsValue| js_sys::Reflect::set(&message, &k.into(), &v).is_ok();
        let ok = set("kind", "analyse".into())
            && set("run", run.into())
            && set("text", text.into())
            && set("date", date.into());
        let sent = ok
            && p.worker
                .as_ref()
                .is_some_and(|w| w.post_message(&message).is_ok());
        if sent {
            p.busy = Some(run);
        }
        sent
    })
}

/// Stops the worker and whatever it is running (the next [`submit`] starts a new one).
pub fn cancel() {
    POOL.with(|p| stop(&mut p.borrow_mut()));
}

fn stop(p: &mut Pool) {
    if let Some(w) = p.worker.take() {
        w.terminate();
    }
    let handlers = std::mem::take(&mut p.handlers);
    p.retired.extend(handlers);
    p.busy = None;
}

/// The URLs of the page's wasm-bindgen script and wasm, from the preload links Trunk
/// writes into the page; `None` where there are none (tests, a page not built by Trunk).
fn module_urls() -> Option<(String, String)> {
    let doc = web_sys::window()?.document()?;
    let href = |selector: &str| -> Option<String> {
        let link = doc.query_selector(selector).ok()??;
        link.dyn_into::<web_sys::HtmlLinkElement>()
            .ok()
            .map(|l| l.href())
    };
    Some((
        href("link[rel=modulepreload][href*=\"itinera-web\"]")?,
        href("link[rel=preload][href$=\".wasm\"]")?,
    ))
}

/// Starts the worker and tells it where the module is.
fn start() -> Option<(Worker, Vec<Handler>)> {
    let (glue, wasm) = module_urls()?;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options("./worker.js", &options).ok()?;
    let on_message = Handler::new(|e: JsValue| {
        if let Ok(e) = e.dyn_into::<MessageEvent>() {
            answer(&e.data());
        }
    });
    let on_error = Handler::new(|e: JsValue| {
        if let Ok(e) = e.dyn_into::<web_sys::Event>() {
            e.prevent_default();
        }
        failed("the worker could not start");
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let init = js_sys::Object::new();
    for (k, v) in [("kind", "init"), ("glue", &glue), ("wasm", &wasm)] {
        js_sys::Reflect::set(&init, &k.into(), &v.into()).ok()?;
    }
    worker.post_message(&init).ok()?;
    if let Some(table) = SMALL_PLACES.with(|t| t.borrow().clone()) {
        post_small_places(&worker, &table);
    }
    Some((worker, vec![on_message, on_error]))
}

/// Handles a message from the worker.
fn answer(data: &JsValue) {
    let get = |k: &str| js_sys::Reflect::get(data, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let kind = get("kind").as_string().unwrap_or_default();
    let run = get("run").as_f64().unwrap_or(-1.0) as u32;
    let report = match kind.as_str() {
        "progress" => Report::Progress {
            run,
            stage: get("stage").as_string().unwrap_or_default(),
            done: get("done").as_f64().unwrap_or(0.0),
        },
        "done" => {
            POOL.with(|p| {
                let mut p = p.borrow_mut();
                if p.busy == Some(run) {
                    p.busy = None;
                }
            });
            let json = get("json").as_string().unwrap_or_default();
            match serde_json::from_str(&json) {
                Ok(outcome) => Report::Done(run, Rc::new(outcome)),
                Err(_) => Report::Failed(run),
            }
        }
        _ => {
            let message = get("message").as_string().unwrap_or_default();
            return failed(&message);
        }
    };
    dispatch(report);
}

/// The worker failed: no worker from now on, and its run is handed back to the page.
fn failed(why: &str) {
    web_sys::console::warn_1(&format!("itinera: analysing on the page instead ({why})").into());
    let run = POOL.with(|p| {
        let mut p = p.borrow_mut();
        let run = p.busy;
        stop(&mut p);
        p.broken = true;
        run
    });
    if let Some(run) = run {
        dispatch(Report::Failed(run));
    }
}

/// Dispatches outside the pool's borrow (the reducer may call [`submit`]).
fn dispatch(report: Report) {
    if let Some(d) = POOL.with(|p| p.borrow().dispatch.clone()) {
        d(report);
    }
}
