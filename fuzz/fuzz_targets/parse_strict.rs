//! `tifa::parse_strict` agrees with the diagnostics of `tifa::parse`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = tifa::parse(text);
    match tifa::parse_strict(text) {
        Ok(strict) => {
            assert!(!doc.has_errors());
            assert_eq!(strict, doc);
        }
        Err(e) => {
            let first = doc
                .diagnostics()
                .iter()
                .find(|d| d.severity == tifa::Severity::Error)
                .expect("an error diagnostic");
            assert_eq!(e.span(), first.span);
            assert_eq!((e.line(), e.column()), (first.line, first.column));
            assert!(e.to_string().starts_with(&format!("line {}, column {}: ", first.line, first.column)));
        }
    }
});
