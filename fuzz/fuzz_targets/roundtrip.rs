//! An owned document serialised to JSON and read back is equal.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let owned = tifa::parse(text).into_owned();
    let json = serde_json::to_string(&owned).expect("serialises");
    let back: tifa::Document<'static> = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, owned);
});
