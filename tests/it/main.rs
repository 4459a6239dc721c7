//! Integration tests: one binary, one module per concern.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

mod api;
mod compare;
mod corpus;
mod genre;
mod golden;
mod invariants;
mod names;
mod pathological;
mod props;
mod reference;
mod regressions;
mod schema;
mod specs;
mod variants;
