//! # itinera-web
//!
//! The itinera page: a Yew app, built by Trunk to WebAssembly, that runs
//! [`itinera_engine::analyze`] on the pasted article and shows the result as a map,
//! a timeline, lists and the highlighted article, all linked by the `data-ref` ids of the
//! [`itinera_engine::analysis::Analysis`].
//!
//! The modules that do arithmetic (projection and framing, the basemap, the article's
//! pieces, the timeline's layout) are plain Rust and tested natively; the components exist
//! only on `wasm32`.
//!
//! ```
//! use itinera_web::geo_view::{project, Frame};
//! // Sochi and Washington framed in an 800×500 box with a 10% margin.
//! let f = Frame::fit(&[(39.7, 43.6), (-77.0, 38.9)], 800.0, 500.0, 0.1, 5.0);
//! let (x, y) = f.place(39.7, 43.6);
//! assert!(x > 0.0 && x < 800.0 && y > 0.0 && y < 500.0);
//! assert_eq!(project(0.0, 0.0), (0.0, 0.0));
//! ```

#![deny(missing_docs)]

pub mod basemap;
pub mod corrections;
pub mod export;
pub mod geo_view;
pub mod labels;
pub mod map_model;
pub mod marks;
pub mod share;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod offline;
#[cfg(target_arch = "wasm32")]
pub mod panic;
#[cfg(target_arch = "wasm32")]
pub mod state;

/// Starts the page: installs the panic hook and mounts the app on `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic::install();
    yew::Renderer::<app::App>::new().render();
    offline::register();
}
