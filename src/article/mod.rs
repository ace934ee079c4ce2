//! The article: where the reader gives it (paste area, examples, a dropped file, the
//! article date, the analysis status) and where it is shown back with every place,
//! person, organisation and date highlighted and linked to the other views.
//!
//! May use: the engine's `Analysis` types, the [`crate::runner`] (the text's direction
//! and size limits), [`crate::words`] (dates in words for tooltips) and (views only) the
//! store.
//!
//! - [`marks`]: the text cut into plain runs and highlighted mentions, by code point;
//!   plain Rust, tested natively;
//! - `input` (`wasm32` only): the paste area, examples, date field and status;
//! - `view` (`wasm32` only): the highlighted article.

pub mod marks;

#[cfg(target_arch = "wasm32")]
pub mod input;
#[cfg(target_arch = "wasm32")]
pub mod view;
