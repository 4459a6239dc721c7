//! Comparison of two documents.
