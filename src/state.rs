//! The page's state: one [`State`] changed only by [`Action`]s through [`Reducible`].
//!
//! The analysis is recomputed here, when the text or the date changes, so every view reads
//! the same [`Analysis`]. What the reader points at (`linked`) and the play position live
//! here too, because every view shows them.

use itinera_engine::{analysis::Analysis, analyze, Options};
use std::rc::Rc;
use yew::prelude::*;

/// Everything the views show.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The article as pasted.
    pub text: Rc<str>,
    /// The article date field (`YYYY-MM-DD` or empty).
    pub date: String,
    /// The analysis of `text`.
    pub analysis: Rc<Analysis>,
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
        self.analysis = Rc::new(analyze(&self.text, &options));
        self.millis = now() - started;
        self.error = error;
        self.step = None;
        self.playing = false;
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
                s.text = Rc::from(t);
                s = s.analysed();
            }
            Action::Date(d) => {
                s.date = d;
                s = s.analysed();
            }
            Action::Example(t, d) => {
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
