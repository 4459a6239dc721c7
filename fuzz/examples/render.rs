//! Prints the document an input of the `outline` target stands for, so that a finding
//! can be read and kept as text in `tests/regressions/`:
//!
//! ```text
//! cargo run --manifest-path fuzz/Cargo.toml --example render -- fuzz/artifacts/outline/crash-...
//! ```

use arbitrary::{Arbitrary, Unstructured};
use tifa_fuzz::outline::Outline;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: render FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    // What libfuzzer-sys does with the bytes before the target sees them.
    match Outline::arbitrary_take_rest(Unstructured::new(&bytes)) {
        Ok(outline) => print!("{}", outline.render()),
        Err(e) => {
            eprintln!("{path}: not an outline: {e}");
            std::process::exit(1);
        }
    }
}
