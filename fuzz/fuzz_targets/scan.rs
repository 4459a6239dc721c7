//! The name scan's word-level matcher finds exactly what an overlapping Aho-Corasick search
//! over the same patterns finds at word boundaries (hyphens read as spaces, ASCII case
//! ignored; quote marks wherever they are), as the crate's unit test checks on the corpus.
#![no_main]

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use libfuzzer_sys::fuzz_target;

struct Reference {
    patterns: Vec<String>,
    automaton: AhoCorasick,
}

fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        let patterns = tifa::__bench::lexicon_patterns();
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(patterns.iter().map(|p| p.replace('-', " ")))
            .expect("the patterns build an automaton");
        Reference {
            patterns,
            automaton,
        }
    })
}

/// As the crate's `boundary_ok`: no letter, digit or hyphen before, no letter or digit
/// after.
fn boundary_ok(h: &str, start: usize, end: usize) -> bool {
    let before = h.get(..start).and_then(|s| s.chars().next_back());
    let after = h.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
        && !after.is_some_and(char::is_alphanumeric)
}

fuzz_target!(|text: &str| {
    let r = reference();
    let folded = text.replace('-', " ");
    let mut want: Vec<(usize, usize, usize)> = r
        .automaton
        .find_overlapping_iter(&folded)
        .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
        .filter(|&(s, e, id)| {
            let word = r.patterns[id].starts_with(|c: char| c.is_ascii_alphanumeric());
            !word || boundary_ok(text, s, e)
        })
        .collect();
    want.sort_unstable();
    assert_eq!(tifa::__bench::lexicon_matches(text), want);
});
