//! The same text with CRLF line ends, or with spaces and a tab before every line feed,
//! gives the same model (one of the two per input, by the parity of its length), compared
//! with every span replaced by the whitespace-normalised text it covers and line/column
//! positions dropped, as in the crate's `tests/it/variants.rs`. Checked on texts without
//! a CR of their own.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    tifa_fuzz::check_variants(text, &tifa::parse(text));
});
