//! Who and what the story is about: the people, organisations and topics the engine
//! ranked, each linked to its mentions, and the topics chart drawn with plotters.
//!
//! May use: the engine's `Analysis` types, plotters and the store. The engine did the
//! ranking; nothing here knows any linguistics.
//!
//! [`phrases`] (plain Rust, tested natively) spells keyphrases as the article writes
//! them. Views only (`wasm32`): `facts` (the ranked lists) and `chart` (the bars, an SVG string
//! from plotters whose text is escaped; a browser test guards it).

#[cfg(target_arch = "wasm32")]
pub mod chart;
#[cfg(target_arch = "wasm32")]
pub mod facts;
pub mod phrases;
