//! `tifa::parse` on any text: no panic, every span inside the input on character
//! boundaries, diagnostics positioned, and the document compared with itself unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = tifa::parse(text);
    tifa_fuzz::check_spans(text, &doc);
    tifa_fuzz::check_self_compare(&doc);
});
