//! The timeline: the trip's days and the background events (years, decades) on one axis
//! that zooms between them, each item in a lane so that none overlap.
//!
//! May use: the engine's `Analysis` types, [`crate::words`] (dates in words) and (views
//! only) the store.
//!
//! - [`model`]: which events go on the axis, where (days since 1970-01-01) and in which
//!   lane; plain Rust, tested natively;
//! - [`days`]: the story's days known only in order (a weekday with no date, "Day 3");
//! - `view` (`wasm32` only): the component that draws it, zooms and pans.

pub mod days;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod view;
