//! newsclip-eval scores `newsclip::extract` on the shared dev sets (WCXB dev
//! and Readability's test pages) and times it.
//!
//! [`datasets`] lists and loads the pages, [`evaluate`] extracts and scores
//! them one at a time, [`metrics`] holds the formulas, [`diagnose`] explains
//! low scores, [`report`] prints the table and checks the floors, and
//! [`parsers`] compares parse-only throughput of three DOMs, and [`quotes`]
//! scores the quotes against the hand-annotated set in `quotes-dev/`.
#![deny(missing_docs)]

pub mod datasets;
pub mod diagnose;
pub mod evaluate;
pub mod metrics;
pub mod parsers;
pub mod quotes;
pub mod report;
