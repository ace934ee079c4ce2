//! The travellers: when the article follows more than one person (a minister and her
//! deputy, a president and the first lady), the engine gives the main one's `trip` and
//! the others' `companions`. This names each in a legend with the colour of their route
//! and lets the reader choose whose trip is the main one: that traveller's stops become
//! the numbered stops, and play and the timeline follow them.
//!
//! May use: the engine's `Analysis` types and (view only) the store.
//!
//! - [`model`]: the list of travellers, their colours, and the analysis with another main
//!   traveller; plain Rust, tested natively;
//! - `view` (`wasm32` only): the legend and the switch.

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod view;
