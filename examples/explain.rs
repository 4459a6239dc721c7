//! Why the parser read a text the way it did: each line with the rules that decided
//! something about it (`line 40 "Six musts": plain_heading → heading; declared_count →
//! declares 6`), then the diagnostics' rules.
//!
//! ```text
//! cargo run --example explain                 # the embedded reference document
//! cargo run --example explain -- FILE         # every line of a file that a rule decided
//! cargo run --example explain -- FILE LINE    # one line, with the rule's description
//! ```

use std::process::ExitCode;

#[macro_use]
mod common;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (text, line) = match args.as_slice() {
        [] => (tifa::REFERENCE_DOCUMENT.to_owned(), None),
        [path] => match read(path) {
            Ok(t) => (t, None),
            Err(code) => return code,
        },
        [path, line] => {
            let Ok(n) = line.parse::<usize>() else {
                eprintln!("explain: LINE must be a line number, not {line:?}");
                return ExitCode::from(2);
            };
            match read(path) {
                Ok(t) => (t, Some(n)),
                Err(code) => return code,
            }
        }
        _ => {
            eprintln!("usage: explain [FILE [LINE]]");
            return ExitCode::from(2);
        }
    };
    let why = tifa::explain(&text);
    match line {
        None => {
            for l in why.lines() {
                if let Some(shown) = why.render_line(l) {
                    outln!("{shown}");
                }
            }
        }
        Some(n) => {
            let Some(shown) = why.render_line(n) else {
                outln!("line {n}: no rule decided anything about text that starts here");
                return ExitCode::SUCCESS;
            };
            outln!("{shown}");
            let mut seen = Vec::new();
            for d in why.line(n) {
                if !seen.contains(&d.rule) {
                    seen.push(d.rule);
                    outln!("  {}: {}", d.rule, d.rule.info().summary);
                }
            }
        }
    }
    ExitCode::SUCCESS
}

/// The text of a file, or the exit code of the failure, reported on standard error.
fn read(path: &str) -> Result<String, ExitCode> {
    let bytes = std::fs::read(path).map_err(|e| {
        eprintln!("{path}: {e}");
        ExitCode::FAILURE
    })?;
    String::from_utf8(bytes).map_err(|e| {
        eprintln!("{path}: not UTF-8 at byte {}", e.utf8_error().valid_up_to());
        ExitCode::FAILURE
    })
}
