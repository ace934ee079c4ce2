//! The page's state: one [`State`] changed only by [`Action`]s through [`Reducible`].
//!
//! The analysis is recomputed here, when the text or the date changes, so every view reads
//! the same [`Analysis`]: at once for a short text, in the Web Worker ([`worker`])
//! for a long one, which then answers with [`Action::Progress`] and [`Action::Analysed`]
//! (or is stopped by [`Action::Cancel`]). Each run has a number, and an answer for any run
//! but the latest is dropped, so a slow answer never overwrites a newer text.
//!
//! What the reader points at (`linked`) and the play position live here too, because
//! every view shows them.
//!
//! May use: the [`runner`] (to analyse), the [`corrections`] (to apply them), the share
//! link's [`Shared`], the [`crate::travellers`] model (whose trip is the main one) and Yew. Every view uses the store (through [`views`]); the store
//! uses no view.

pub mod views;

use crate::corrections::{self, Correction};
use crate::runner::{self, worker, Outcome, Report};
use crate::share::Shared;
use crate::travellers::model as travellers;
use itinera_engine::analysis::Analysis;
use std::rc::Rc;
use yew::prelude::*;

/// Everything the views show.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The article as pasted.
    pub text: Rc<str>,
    /// The article date field (`YYYY-MM-DD` or empty).
    pub date: String,
    /// The analysis of `text` with the reader's `corrections` applied: what views show.
    pub analysis: Rc<Analysis>,
    /// The engine's analysis of `text`, before corrections.
    pub raw: Rc<Analysis>,
    /// The reader's corrections to `raw`, oldest first (see [`crate::corrections`]).
    pub corrections: Rc<Vec<Correction>>,
    /// A message when the analysis could not use the input as given.
    pub error: Option<String>,
    /// How long the last analysis took, in milliseconds.
    pub millis: f64,
    /// Ids (`data-ref`) the reader is pointing at: every element with one of them is marked.
    pub linked: Rc<Vec<String>>,
    /// Index of the trip stop the play panel shows.
    pub step: Option<usize>,
    /// Whether play is stepping by itself.
    pub playing: bool,
    /// The number of the latest analysis run (see [`Action::Analysed`]).
    pub run: u32,
    /// The run in the worker, while it works.
    pub pending: Option<Pending>,
    /// The traveller the reader follows (0 the engine's main one, k its k-th companion;
    /// see [`crate::travellers`]): `analysis` has that traveller's trip as `trip`.
    pub main: usize,
    /// Where the small-places tier is ([`runner::small`]): until it is in, results may
    /// change.
    pub small: SmallPlaces,
}

/// The small-places tier, as the page has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SmallPlaces {
    /// Being fetched: small towns are not found yet.
    #[default]
    Loading,
    /// In the engine (on the page and in the worker).
    Ready,
    /// Could not be fetched: the main gazetteer only.
    Unavailable,
}

/// An analysis running in the worker.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// The stage it reached, in words ("Finding places").
    pub stage: String,
    /// The share done, 0.0 to 1.0.
    pub done: f64,
}

impl Default for State {
    fn default() -> State {
        State {
            text: Rc::from(""),
            date: String::new(),
            analysis: Rc::new(Analysis::empty()),
            raw: Rc::new(Analysis::empty()),
            corrections: Rc::new(Vec::new()),
            error: None,
            millis: 0.0,
            linked: Rc::new(Vec::new()),
            step: None,
            playing: false,
            run: 0,
            pending: None,
            main: 0,
            small: SmallPlaces::Loading,
        }
    }
}

/// What can change the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// New article text.
    Text(String),
    /// New article date (`YYYY-MM-DD`, or empty for none).
    Date(String),
    /// A new article and date at once (an example).
    Example(String, String),
    /// The reader points at these ids.
    Link(Vec<String>),
    /// The reader points at nothing.
    Unlink,
    /// Show this stop in the play panel (`None` closes it).
    Step(Option<usize>),
    /// Start or stop stepping by itself.
    Playing(bool),
    /// Article, date and corrections from a share link.
    Restore(Shared),
    /// The reader corrects the analysis.
    Correct(Correction),
    /// Take back the last correction.
    Undo,
    /// The worker reached a stage of run `run`.
    Progress {
        /// The run it belongs to.
        run: u32,
        /// The stage, in words.
        stage: String,
        /// The share done, 0.0 to 1.0.
        done: f64,
    },
    /// The worker finished run `run`.
    Analysed(u32, Rc<Outcome>),
    /// The worker could not run `run` (it failed to start or stopped): run it here.
    WorkerFailed(u32),
    /// The reader stops the running analysis; the text stays.
    Cancel,
    /// The reader asks for the analysis again (after stopping one).
    Retry,
    /// The reader follows another traveller (a key of [`crate::travellers::model`]).
    Main(usize),
    /// The small-places tier arrived (true) or could not be had (false).
    SmallPlaces(bool),
}

/// The message shown after the reader stops an analysis.
pub const CANCELLED: &str =
    "Stopped before the analysis finished. The text is kept: press Analyse to run it again.";

impl State {
    /// Starts a new run on the current text and date: in the worker when the text is long
    /// and the worker can take it, else here and now.
    fn analysed(mut self) -> State {
        self.run = self.run.wrapping_add(1);
        self.step = None;
        self.playing = false;
        self.linked = Rc::new(Vec::new());
        if self.text.len() >= runner::BACKGROUND_BYTES
            && self.text.len() <= runner::MAX_BYTES
            && worker::submit(self.run, &self.text, &self.date)
        {
            self.pending = Some(Pending {
                stage: "Loading the engine".to_string(),
                done: 0.0,
            });
            // The old analysis belongs to the old text: its offsets mean nothing here.
            self.raw = Rc::new(Analysis::empty());
            self.analysis = Rc::new(Analysis::empty());
            self.error = None;
            return self;
        }
        if self.pending.is_some() {
            // A run in the worker is for an older text: stop it.
            worker::cancel();
        }
        self.here()
    }

    /// Runs the analysis on the page's own thread.
    fn here(self) -> State {
        let started = worker::now();
        let mut outcome = runner::analyse(&self.text, &self.date, &mut |_| {});
        outcome.millis = worker::now() - started;
        self.with(outcome)
    }

    /// True when an answer for run `run` is still wanted: it is the latest run and it has
    /// not finished or been stopped.
    fn awaits(&self, run: u32) -> bool {
        run == self.run && self.pending.is_some()
    }

    /// Shows a finished run's outcome.
    fn with(mut self, outcome: Outcome) -> State {
        self.pending = None;
        self.raw = Rc::new(outcome.analysis);
        self.millis = outcome.millis;
        self.main = travellers::clamp(&self.raw, self.main);
        self.analysis = Rc::new(self.shown());
        self.error = outcome.error;
        self
    }
}

impl State {
    /// The analysis the views show: the corrections applied, then the followed traveller
    /// made the main one.
    fn shown(&self) -> Analysis {
        travellers::with_main(&corrections::apply(&self.raw, &self.corrections), self.main)
    }

    /// Re-applies the corrections to the engine's analysis (no new analysis) and saves them.
    fn corrected(mut self) -> State {
        corrections::store(&self.text, &self.corrections);
        self.analysis = Rc::new(self.shown());
        let n = self.analysis.trip.as_ref().map_or(0, |t| t.stops.len());
        self.step = self.step.filter(|&i| i < n);
        self.linked = Rc::new(Vec::new());
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Text(t) => {
                s.main = 0;
                s.corrections = Rc::new(corrections::stored(&t));
                s.text = Rc::from(t);
                s = s.analysed();
            }
            Action::Date(d) => {
                s.date = d;
                s = s.analysed();
            }
            Action::Example(t, d) => {
                s.corrections = Rc::new(corrections::stored(&t));
                s.text = Rc::from(t);
                s.date = d;
                s = s.analysed();
            }
            Action::Link(ids) => {
                if *s.linked == ids {
                    return self;
                }
                s.linked = Rc::new(ids);
            }
            Action::Unlink => {
                if s.linked.is_empty() {
                    return self;
                }
                s.linked = Rc::new(Vec::new());
            }
            Action::Step(i) => {
                let n = s.analysis.trip.as_ref().map_or(0, |t| t.stops.len());
                s.step = i.filter(|&i| i < n);
                if s.step.is_none() {
                    s.playing = false;
                }
            }
            Action::Playing(p) => s.playing = p,
            Action::Restore(shared) => {
                s.text = Rc::from(shared.text);
                s.date = shared.date;
                s.corrections = Rc::new(shared.corrections);
                corrections::store(&s.text, &s.corrections);
                s = s.analysed();
            }
            Action::Correct(c) => {
                Rc::make_mut(&mut s.corrections).push(c);
                s = s.corrected();
            }
            Action::Undo => {
                if Rc::make_mut(&mut s.corrections).pop().is_none() {
                    return self;
                }
                s = s.corrected();
            }
            Action::Progress { run, stage, done } => {
                if !s.awaits(run) {
                    return self;
                }
                s.pending = Some(Pending { stage, done });
            }
            Action::Analysed(run, outcome) => {
                if !s.awaits(run) {
                    return self;
                }
                s = s.with(Rc::unwrap_or_clone(outcome));
            }
            Action::WorkerFailed(run) => {
                if !s.awaits(run) {
                    return self;
                }
                s = s.here();
            }
            Action::Cancel => {
                if s.pending.is_none() {
                    return self;
                }
                worker::cancel();
                s.pending = None;
                s.error = Some(CANCELLED.to_string());
            }
            Action::Retry => s = s.analysed(),
            Action::Main(k) => {
                let k = travellers::clamp(&s.raw, k);
                if k == s.main {
                    return self;
                }
                s.main = k;
                s.step = None;
                s.playing = false;
                s.analysis = Rc::new(s.shown());
                s.linked = Rc::new(Vec::new());
            }
            Action::SmallPlaces(loaded) => {
                s.small = if loaded {
                    SmallPlaces::Ready
                } else {
                    SmallPlaces::Unavailable
                };
                // The text is analysed again so its small towns appear (a run in the
                // worker restarts: it began without them); a stopped run stays stopped.
                let stopped = s.pending.is_none() && s.error.as_deref() == Some(CANCELLED);
                if loaded && !s.text.trim().is_empty() && !stopped {
                    s = s.analysed();
                }
            }
        }
        Rc::new(s)
    }
}

impl From<Report> for Action {
    fn from(r: Report) -> Action {
        match r {
            Report::Progress { run, stage, done } => Action::Progress { run, stage, done },
            Report::Done(run, outcome) => Action::Analysed(run, outcome),
            Report::Failed(run) => Action::WorkerFailed(run),
        }
    }
}

/// The state as the views receive it (from a context).
pub type Store = UseReducerHandle<State>;

impl State {
    /// True when `id` is one the reader points at.
    pub fn is_linked(&self, id: &str) -> bool {
        self.linked.iter().any(|l| l == id)
    }
}
