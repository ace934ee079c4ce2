//! The page's state: one [`State`] changed only by [`Action`]s through [`Reducible`].
//!
//! The analysis is recomputed here, when the text or the date changes, so every view reads
//! the same [`Analysis`]. What the reader points at (`linked`) and the play position live
//! here too, because every view shows them.

use crate::corrections::{self, Correction};
use itinera_engine::{analysis::Analysis, Options};
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
    Restore(crate::share::Shared),
    /// The reader corrects the analysis.
    Correct(Correction),
    /// Take back the last correction.
    Undo,
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

impl State {
    fn analysed(mut self) -> State {
        let started = now();
        let (options, error) = if self.date.trim().is_empty() {
            (Options::default(), None)
        } else {
            match Options::with_date(self.date.trim()) {
                Ok(o) => (o, None),
                Err(e) => (Options::default(), Some(e.to_string())),
            }
        };
        let (raw, error) = match crate::runner::run(&self.text, &options) {
            Ok(a) => (a, error.map(|e| format!("Could not use the date: {e}"))),
            Err(message) => (Analysis::empty(), Some(message)),
        };
        self.raw = Rc::new(raw);
        self.millis = now() - started;
        self.analysis = Rc::new(corrections::apply(&self.raw, &self.corrections));
        self.error = error;
        self.step = None;
        self.playing = false;
        self.linked = Rc::new(Vec::new());
        self
    }
}

impl State {
    /// Re-applies the corrections to the engine's analysis (no new analysis) and saves them.
    fn corrected(mut self) -> State {
        corrections::store(&self.text, &self.corrections);
        self.analysis = Rc::new(corrections::apply(&self.raw, &self.corrections));
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
        }
        Rc::new(s)
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
