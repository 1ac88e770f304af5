//! One module per command.

pub(crate) mod check;
pub(crate) mod config;
pub(crate) mod graph;
pub(crate) mod plan;
pub(crate) mod rules;
mod timings;
