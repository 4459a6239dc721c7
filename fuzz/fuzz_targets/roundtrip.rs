//! An owned document serialised to JSON and read back is equal to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    tifa_fuzz::check_roundtrip(&tifa::parse(text));
});
