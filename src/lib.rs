//! # itinera-web
//!
//! The itinera page: a Yew app, built by Trunk to WebAssembly, that runs
//! [`itinera_engine::analyze`] on the pasted article and shows the result as a map,
//! a timeline, lists and the highlighted article, all linked by the `data-ref` ids of the
//! [`itinera_engine::analysis::Analysis`].
//!
//! One folder per thing a reader sees, each with its model (plain Rust, tested natively)
//! and its view (Yew components, `wasm32` only):
//!
//! - [`map`]: the world map, the trip's route and the play panel;
//! - [`timeline`]: dates on one zoomable axis, in lanes so none overlap;
//! - [`article`]: the paste area and the article with every finding highlighted;
//! - [`topics`]: people, organisations and ranked topics, with the topics chart;
//! - [`corrections`]: the reader's fixes to the analysis, and the panel that makes them;
//! - [`share`]: the share link (article, date and corrections in the URL fragment);
//! - [`export`]: JSON, GeoJSON, KML, GPX, the map as SVG or PNG, a self-contained HTML page;
//! - [`travellers`]: the legend of travellers and the switch of the main one;
//! - [`words`]: dates in words for readers (no raw TimeML value on the page).
//!
//! Two parts are shared, and data flows one way through them: the [`runner`] calls the
//! engine (on the page, or in a Web Worker for a long text) and hands its outcome to the
//! `store` (`wasm32` only), which applies the corrections and is what every view reads.
//! Whatever the reader points at is the store's `linked` ids: every element with one of
//! them as `data-ref` gets the class `linked`.
//!
//! ```
//! use itinera_web::map::projection::{project, Frame};
//! // Sochi and Washington framed in an 800×500 box with a 10% margin.
//! let f = Frame::fit(&[(39.7, 43.6), (-77.0, 38.9)], 800.0, 500.0, 0.1, 5.0);
//! let (x, y) = f.place(39.7, 43.6);
//! assert!(x > 0.0 && x < 800.0 && y > 0.0 && y < 500.0);
//! assert_eq!(project(0.0, 0.0), (0.0, 0.0));
//! ```

#![deny(missing_docs)]

pub mod article;
pub mod corrections;
pub mod export;
pub mod map;
pub mod runner;
pub mod share;
pub mod timeline;
pub mod topics;
pub mod travellers;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod offline;
#[cfg(target_arch = "wasm32")]
pub mod panic;
#[cfg(target_arch = "wasm32")]
pub mod store;

/// Starts the page: installs the panic hook and mounts the app on `<body>`. Where there is
/// no window (the same module loaded in the analysis worker, [`runner`]) it does nothing.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    if web_sys::window().is_none() {
        return;
    }
    panic::install();
    runner::warm_up();
    yew::Renderer::<app::App>::new().render();
    offline::register();
}
