//! `tifa::parse_strict` fails exactly when `tifa::parse` reports an error-severity
//! diagnostic, and with the first one; otherwise it returns the same document.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = tifa::parse(text);
    tifa_fuzz::check_strict(text, &doc);
});
