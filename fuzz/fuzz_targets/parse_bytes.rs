//! `tifa::parse_bytes` on any bytes: an error exactly where UTF-8 fails.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match (tifa::parse_bytes(bytes), std::str::from_utf8(bytes)) {
        (Ok(doc), Ok(text)) => assert_eq!(doc.source(), text),
        (Err(e), Err(u)) => {
            assert_eq!(e.offset(), u.valid_up_to());
            assert!(e.line() >= 1 && e.column() >= 1);
        }
        _ => panic!("parse_bytes and from_utf8 disagree"),
    }
});
