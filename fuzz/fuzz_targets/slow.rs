//! The slow-input hunt: long inputs (run with a large `-max_len` and `-timeout`), each
//! parse timed against a linear baseline measured in the same process
//! (`tifa_fuzz::check_linear_time`: generous slack, a slow first measurement repeated
//! before failing). Super-linear parsing fails here long before libFuzzer's timeout.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    tifa_fuzz::check_linear_time(text);
});
