//! The corrections panel (filled in by a later commit).
