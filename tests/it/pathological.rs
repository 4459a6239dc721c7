//! Pathological inputs: each completes, keeps every invariant, and costs time linear in
//! its length.
//!
//! The suite runs each input at about 300 kB (or 30,000 lines) in `cargo test`. The
//! ignored test `pathological_scaling` prints the time per byte at three sizes up to
//! ten megabytes (a million lines for the line-based inputs); run it in release mode:
//! `cargo test --release --test it pathological_scaling -- --ignored --nocapture`.

use std::time::Instant;

use crate::invariants::check;

/// A named input, built at a given size.
type Builder = (&'static str, fn(usize) -> String);

const ORDINALS: [&str; 10] = [
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
];

fn repeat(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes / piece.len().max(1) + 1)
}

const INPUTS: &[Builder] = &[
    ("ordinal list, one item per line", |n| {
        (0..n / 20)
            .map(|i| format!("{}, item {i}.\n", ORDINALS[i % 10]))
            .collect()
    }),
    ("numbered list, one item per line", |n| {
        (0..n / 16)
            .map(|i| format!("{}. item {i}.\n", i % 999 + 1))
            .collect()
    }),
    ("one long line of words", |n| repeat("word ", n)),
    ("one long line of sentences", |n| {
        repeat("The session met. It must act; ", n)
    }),
    ("one long line without spaces", |n| repeat("a.b", n)),
    ("only straight quotes", |n| repeat("\"", n)),
    ("only curly quotes", |n| repeat("“”", n)),
    ("quoted terms on one line", |n| {
        repeat("a “steady growth” and \"six guarantees\" policy ", n)
    }),
    ("quotes after markup", |n| repeat("** \"x y\" ** \n", n)),
    ("only bold marks", |n| repeat("**", n)),
    ("only blank lines", |n| repeat("\n", n)),
    ("only spaces and tabs", |n| repeat(" \t\u{a0}", n)),
    ("count headings with no items", |n| {
        repeat("\"Ten Achievements\".\n\n", n)
    }),
    ("every line an obligation", |n| {
        repeat("We must work hard.\n", n)
    }),
    ("repeated pattern initiative", |n| {
        repeat("Global Global Initiative ", n)
    }),
    ("lone carriage returns", |n| repeat("a\r", n)),
    ("NUL bytes", |n| repeat("\0", n)),
    ("combining marks", |n| repeat("e\u{301}\u{302}\u{303} ", n)),
    ("right-to-left text", |n| {
        repeat("\u{202e}مرحبا بالعالم. ", n)
    }),
    ("colons everywhere", |n| repeat("a: b; c: d; ", n)),
    ("run-in numbers", |n| {
        (1..n / 5).map(|i| format!("({}) x ", i % 99 + 1)).collect()
    }),
    ("orphan second items", |n| {
        repeat("Text here. First, a\n\nSecond, b\n\n", n)
    }),
    ("photo credits on one line", |n| {
        repeat("A caption. (Xinhua/Yin Bogu) ", n)
    }),
    ("list leads and clauses", |n| {
        repeat("It is ——\n\nclause\n\n", n)
    }),
    ("headings in runs", |n| {
        (0..n / 12)
            .map(|i| format!("Heading {}\n\n", i % 50))
            .collect()
    }),
    ("indented numbered lines", |n| {
        (0..n / 30)
            .map(|i| format!("{}1. x\n", " ".repeat(i % 40)))
            .collect()
    }),
    ("dash bullets", |n| repeat("-- item; ", n)),
    ("credit lines", |n| {
        repeat("Producer: A, Editor: B, Source: C\n", n)
    }),
    ("dates", |n| {
        repeat("December 27-28, 2023 held in Beijing on ", n)
    }),
    ("ALL-CAPS runs", |n| repeat("TARGETS THROUGH 2035 The ", n)),
];

#[test]
fn pathological_inputs_complete_and_keep_invariants() {
    // Smaller in unoptimised builds, where the checks cost far more than the parse; the
    // release-mode `pathological_scaling` and the fuzzers' `slow` target go to 10 MB.
    let size = if cfg!(debug_assertions) {
        60_000
    } else {
        300_000
    };
    for (name, build) in INPUTS {
        let text = build(size);
        let doc = tifa::parse(&text);
        check(&text, &doc);
        // Parsing again gives the same document: no hidden state.
        assert_eq!(tifa::parse(&text), doc, "{name}");
    }
}

#[test]
fn pathological_inputs_as_bytes() {
    for (_, build) in INPUTS {
        let mut bytes = build(20_000).into_bytes();
        // Cut in the middle of whatever is there, and add a byte that is never UTF-8.
        bytes.truncate(bytes.len() * 2 / 3);
        bytes.push(0xFF);
        let valid = std::str::from_utf8(&bytes).map_err(|e| e.valid_up_to());
        match tifa::parse_bytes(&bytes) {
            Err(e) => assert_eq!(Err(e.offset()), valid.map(|_| 0)),
            Ok(_) => panic!("0xFF accepted as UTF-8"),
        }
    }
}

#[test]
#[ignore = "prints timings; run in release mode with --nocapture"]
fn pathological_scaling() {
    println!(
        "{:<36} {:>12} {:>12} {:>12}",
        "input", "100 kB", "1 MB", "10 MB"
    );
    for (name, build) in INPUTS {
        let mut row = format!("{name:<36}");
        for size in [100_000, 1_000_000, 10_000_000] {
            let text = build(size);
            let start = Instant::now();
            let doc = tifa::parse(&text);
            let ns = start.elapsed().as_nanos() as f64 / text.len() as f64;
            drop(doc);
            row.push_str(&format!(" {ns:>9.1} ns/B"));
        }
        println!("{row}");
    }
}
