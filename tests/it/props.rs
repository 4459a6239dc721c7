//! Properties: no panic and every invariant on arbitrary strings, on texts built from the
//! genre's pieces, and on mutations of the reference document; JSON round trips.
//!
//! The inputs come from a small seeded generator rather than a property-testing crate:
//! such a crate and its dependencies cost more to compile than all of these tests take to
//! run, on every CI run. Each property draws its cases from its own seed, so a run is
//! repeatable; a failure prints the seed, the case and its input. `TIFA_PROPS_SEED=N` runs
//! other cases and `TIFA_PROPS_CASES=N` more of them (the fuzzers, in `fuzz/`, do the
//! open-ended search). Inputs that once failed are kept in `REGRESSIONS` and always run.

use crate::invariants::check;

/// Pieces the parser reacts to, so that random texts reach its rules.
const PIECES: &[&str] = &[
    "First, ",
    "Second, ",
    "The third is to ",
    "Ten is to ",
    "Firstly, ",
    "Finally, ",
    "1. ",
    "(2) ",
    "3、",
    "IV. ",
    "一是",
    "（二）",
    "——",
    " -- ",
    "• ",
    "\"Ten Achievements\".",
    "“Six musts”.",
    "five key tasks",
    "We must ",
    "It is necessary to ",
    "should ",
    "is ——",
    ":",
    "：",
    "as follows",
    "**",
    "Belt and Road",
    "Global ",
    "Initiative",
    "initiative",
    "Five-Year Plan",
    "(2021-2025)",
    "community with a shared future for mankind",
    "major-country diplomacy",
    "Producer: ",
    "Edited by ",
    "(Web editor: X)",
    "(Xinhua/Ju Peng)",
    "Related Pages",
    "Updated on 2024-01-31",
    "December 27-28",
    "was held in Beijing on ",
    "BEIJING, Oct. 29 (Xinhua) -- ",
    "TARGETS THROUGH 2035 ",
    "( Xinhua ) 08:20, October 30, 2020 ",
    "Highlight it!",
    "14\nth\n",
    "The writer is X.",
    ". ",
    "; ",
    ", and ",
    "? ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "  ",
    "\t",
    "\u{a0}",
    "\u{feff}",
    "\0",
    "\u{301}",
    "\u{202e}",
    "مرحبا",
    "中国",
    "’",
    "\"",
    "(",
    ")",
    "A",
    "a",
    "0",
    "99",
];

/// Inputs that once broke a property, replayed before the generated ones.
const REGRESSIONS: &[&str] = &["First, \n(Xinhua/Ju Peng)\nFirst, First, First, First, "];

/// A xorshift64* generator: small, fast, and the same sequence for the same seed.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        // Never zero, or xorshift stays at zero.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `lo..hi` (`hi > lo`).
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo) as u64) as usize
    }

    fn pick<'p>(&mut self, from: &[&'p str]) -> &'p str {
        from[self.range(0, from.len())]
    }
}

/// The seed for one property: the run's seed (fixed unless `TIFA_PROPS_SEED` says
/// otherwise) mixed with the property's name.
fn seed(property: &str) -> u64 {
    let run: u64 = std::env::var("TIFA_PROPS_SEED")
        .ok()
        .map(|s| s.parse().expect("TIFA_PROPS_SEED must be a number"))
        .unwrap_or(20_261_129);
    property
        .bytes()
        .fold(run, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01B3))
}

/// Runs `property` on `cases` inputs made by `make` (more with `TIFA_PROPS_CASES`); on a
/// failure, says which seed and case gave which input.
pub(crate) fn for_all<T: std::fmt::Debug>(
    name: &str,
    cases: usize,
    mut make: impl FnMut(&mut Rng) -> T,
    property: impl Fn(&T),
) {
    let cases = std::env::var("TIFA_PROPS_CASES").ok().map_or(cases, |s| {
        s.parse().expect("TIFA_PROPS_CASES must be a number")
    });
    let seed = seed(name);
    let mut rng = Rng::new(seed);
    for case in 0..cases {
        let input = make(&mut rng);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| property(&input)));
        if let Err(panic) = outcome {
            eprintln!("{name}: case {case} of seed {seed} failed on input {input:?}");
            std::panic::resume_unwind(panic);
        }
    }
}

/// Characters that are hard on a text parser: controls, every kind of space and line
/// break, quotes and dashes, combining marks, CJK, astral symbols, the replacement and
/// byte-order marks.
const ODD_CHARS: &[char] = &[
    '\0',
    '\t',
    '\r',
    '\n',
    '\u{b}',
    '\u{c}',
    '\u{85}',
    '\u{a0}',
    '\u{2028}',
    '\u{2029}',
    '\u{3000}',
    '\u{200b}',
    '\u{feff}',
    '\u{fffd}',
    '\u{301}',
    '“',
    '”',
    '‘',
    '’',
    '「',
    '」',
    '—',
    '–',
    '、',
    '：',
    '（',
    '）',
    '一',
    '是',
    '第',
    '𝕏',
    '🙂',
    '\u{10ffff}',
];

/// Any string: mostly ASCII, with odd characters and random code points mixed in.
fn arbitrary_string(rng: &mut Rng) -> String {
    let len = rng.range(0, 200);
    (0..len)
        .map(|_| match rng.range(0, 10) {
            0..=5 => char::from(rng.range(0x20, 0x7f) as u8),
            6 | 7 => ODD_CHARS[rng.range(0, ODD_CHARS.len())],
            _ => char::from_u32(rng.range(0, 0x11_0000) as u32).unwrap_or('\u{fffd}'),
        })
        .collect()
}

/// Texts made of the genre's pieces, so that random texts reach the parser's rules.
fn genre_text(rng: &mut Rng) -> String {
    let n = rng.range(0, 120);
    (0..n).map(|_| rng.pick(PIECES)).collect()
}

/// The reference document with one to seven edits: a cut, an inserted piece, a copied
/// stretch, a replaced stretch.
fn mutated_reference(rng: &mut Rng) -> String {
    let mut text = tifa::REFERENCE_DOCUMENT.to_owned();
    let fix = |t: &str, mut i: usize| {
        i = i.min(t.len());
        while !t.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    for _ in 0..rng.range(1, 8) {
        let (a, b) = (rng.range(0, text.len() + 1), rng.range(0, text.len() + 1));
        let (a, b) = (fix(&text, a.min(b)), fix(&text, a.max(b)));
        let upto = |t: &str, n: usize| fix(t, b.min(a + n));
        let piece = rng.pick(PIECES);
        match rng.range(0, 4) {
            0 => text.replace_range(a..upto(&text, 300), ""),
            1 => text.insert_str(a, piece),
            2 => {
                let copy = text[a..upto(&text, 500)].to_owned();
                text.insert_str(b, &copy);
            }
            _ => text.replace_range(a..upto(&text, 50), piece),
        }
    }
    text
}

/// A genre text or a mutated reference, half and half.
pub(crate) fn genre_or_mutation(rng: &mut Rng) -> String {
    if rng.range(0, 2) == 0 {
        genre_text(rng)
    } else {
        mutated_reference(rng)
    }
}

#[test]
fn regressions_stay_fixed() {
    for text in REGRESSIONS {
        check(text, &tifa::parse(text));
    }
}

#[test]
fn arbitrary_strings() {
    for_all("arbitrary_strings", 200, arbitrary_string, |text| {
        check(text, &tifa::parse(text));
    });
}

#[test]
fn genre_pieces() {
    for_all("genre_pieces", 200, genre_text, |text| {
        check(text, &tifa::parse(text));
    });
}

#[test]
fn mutations_of_the_reference() {
    for_all(
        "mutations_of_the_reference",
        200,
        mutated_reference,
        |text| {
            check(text, &tifa::parse(text));
        },
    );
}

#[test]
fn arbitrary_bytes() {
    let bytes = |rng: &mut Rng| -> Vec<u8> {
        let len = rng.range(0, 600);
        (0..len)
            .map(|_| match rng.range(0, 4) {
                // Mostly ASCII, so that valid UTF-8 stretches are long enough to matter.
                0 | 1 => rng.range(0x20, 0x7f) as u8,
                2 => b"\n\r\t "[rng.range(0, 4)],
                _ => rng.range(0, 256) as u8,
            })
            .collect()
    };
    for_all("arbitrary_bytes", 200, bytes, |bytes| {
        match (tifa::parse_bytes(bytes), std::str::from_utf8(bytes)) {
            (Ok(doc), Ok(text)) => check(text, &doc),
            (Err(e), Err(u)) => assert_eq!(e.offset(), u.valid_up_to()),
            (a, b) => panic!("parse_bytes {:?} but from_utf8 {:?}", a.is_ok(), b.is_ok()),
        }
    });
}

#[cfg(feature = "serde")]
#[test]
fn owned_json_round_trips() {
    for_all("owned_json_round_trips", 100, genre_or_mutation, |text| {
        let owned = tifa::parse(text).into_owned();
        let json = serde_json::to_string(&owned).unwrap();
        let back: tifa::Document<'static> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, owned);
    });
}

#[test]
fn comparing_with_itself_changes_nothing() {
    for_all(
        "comparing_with_itself_changes_nothing",
        100,
        genre_or_mutation,
        |text| {
            let doc = tifa::parse(text);
            assert!(tifa::compare(&doc, &doc).is_unchanged());
        },
    );
}

#[test]
fn the_generator_repeats_for_a_seed_and_covers_its_range() {
    let (mut a, mut b) = (Rng::new(7), Rng::new(7));
    let xs: Vec<u64> = (0..50).map(|_| a.next()).collect();
    let ys: Vec<u64> = (0..50).map(|_| b.next()).collect();
    assert_eq!(xs, ys);
    assert_ne!(Rng::new(8).next(), xs[0]);
    let mut seen = [false; 10];
    let mut r = Rng::new(1);
    for _ in 0..1000 {
        let n = r.range(3, 13);
        assert!((3..13).contains(&n), "{n}");
        seen[n - 3] = true;
    }
    assert!(seen.iter().all(|&s| s), "{seen:?}");
}
