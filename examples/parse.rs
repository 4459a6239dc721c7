//! Parse a meeting summary and print its model as JSON.
//!
//! ```text
//! cargo run --example parse                 # the embedded reference document
//! cargo run --example parse -- FILE [FILE]  # your files
//! ```

use std::process::ExitCode;

#[macro_use]
mod common;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
        return print(&doc);
    }
    common::parse_files(&paths, |_, doc| print(doc) == ExitCode::SUCCESS)
}

fn print(doc: &tifa::Document<'_>) -> ExitCode {
    match serde_json::to_string_pretty(doc) {
        Ok(json) => {
            outln!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot serialise: {e}");
            ExitCode::FAILURE
        }
    }
}
