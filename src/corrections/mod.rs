//! The reader's corrections to an analysis, and how they change it.
//!
//! The engine's answer is never edited in place: the page keeps the engine's
//! [`Analysis`](itinera_engine::analysis::Analysis) and a list of [`Correction`]s, and
//! every view shows [`apply`](fn@apply)`(&analysis, &corrections)`. Undo is dropping the
//! last correction; a share link and local storage carry the list, not the corrected
//! result, so they stay small.
//!
//! A correction names what it changes by a [`Ref`]: the id (`p4`) *and* the name
//! (`Antalya`). The id is exact for the analysis it was made on; the name keeps the
//! correction meaningful when a newer engine numbers places differently. A correction
//! whose target no longer exists is skipped, never an error.
//!
//! ```
//! use itinera_engine::{analyze, Options};
//! use itinera_web::corrections::{apply, Correction, Ref};
//! let a = analyze("Kerry flew to Sochi, then to Antalya.", &Options::default());
//! let antalya = a.places.iter().find(|p| p.name == "Antalya").unwrap();
//! let fixed = apply(&a, &[Correction::RemovePlace { place: Ref::new(&antalya.id, "Antalya") }]);
//! assert!(fixed.places.iter().all(|p| p.name != "Antalya"));
//! ```
//!
//! May use: the engine's `Analysis` types and its gazetteer (to find a place typed by
//! name), serde, and (panel only) the store. The store applies the corrections; nothing
//! here calls the engine's analysis.
//!
//! - [`model`]: what a correction is, and the key it is stored under;
//! - [`apply`](mod@apply): how corrections change an analysis;
//! - [`search`]: gazetteer places for a typed name;
//! - `panel` (`wasm32` only): the panel that makes corrections;
//! - `storage` (`wasm32` only): corrections kept per article in local storage.

pub mod apply;
pub mod model;
pub mod search;

pub use apply::apply;
pub use model::{storage_key, Candidate, Correction, Ref};
pub use search::gazetteer_matches;

#[cfg(target_arch = "wasm32")]
pub mod panel;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(target_arch = "wasm32")]
pub use storage::{store, stored};

#[cfg(test)]
mod tests;
