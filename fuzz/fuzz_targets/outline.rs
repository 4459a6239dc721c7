//! Structure-aware: the fuzzer's bytes choose an outline of genre pieces (see
//! `tifa_fuzz::outline`), which is rendered to a document and checked with every oracle:
//! spans, `parse_strict` against the diagnostics, the JSON round trip, `compare` of the
//! document with itself, and the CRLF and trailing-space variants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tifa_fuzz::outline::Outline;

fuzz_target!(|outline: Outline| {
    let text = outline.render();
    let doc = tifa::parse(&text);
    tifa_fuzz::check_spans(&text, &doc);
    tifa_fuzz::check_strict(&text, &doc);
    tifa_fuzz::check_roundtrip(&doc);
    tifa_fuzz::check_self_compare(&doc);
    tifa_fuzz::check_variants(&text, &doc);
});
