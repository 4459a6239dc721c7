//! Properties: no panic and every invariant on arbitrary strings, on texts built from the
//! genre's pieces, and on mutations of the reference document; JSON round trips.

use proptest::prelude::*;

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

fn genre_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

fn mutated_reference() -> impl Strategy<Value = String> {
    let len = tifa::REFERENCE_DOCUMENT.len();
    prop::collection::vec((0..len, 0..len, prop::sample::select(PIECES), 0u8..4), 1..8).prop_map(
        |edits| {
            let mut text = tifa::REFERENCE_DOCUMENT.to_owned();
            for (a, b, piece, op) in edits {
                let fix = |t: &str, mut i: usize| {
                    i = i.min(t.len());
                    while !t.is_char_boundary(i) {
                        i -= 1;
                    }
                    i
                };
                let (a, b) = (fix(&text, a.min(b)), fix(&text, a.max(b)));
                let upto = |n: usize| fix(&text, b.min(a + n));
                match op {
                    0 => text.replace_range(a..upto(300), ""),
                    1 => text.insert_str(a, piece),
                    2 => {
                        let copy = text[a..upto(500)].to_owned();
                        text.insert_str(b, &copy);
                    }
                    _ => text.replace_range(a..upto(50), piece),
                }
            }
            text
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text, &tifa::parse(&text));
    }

    #[test]
    fn genre_pieces(text in genre_text()) {
        check(&text, &tifa::parse(&text));
    }

    #[test]
    fn mutations_of_the_reference(text in mutated_reference()) {
        check(&text, &tifa::parse(&text));
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        match (tifa::parse_bytes(&bytes), std::str::from_utf8(&bytes)) {
            (Ok(doc), Ok(text)) => check(text, &doc),
            (Err(e), Err(u)) => prop_assert_eq!(e.offset(), u.valid_up_to()),
            (a, b) => prop_assert!(false, "parse_bytes {:?} but from_utf8 {:?}", a.is_ok(), b.is_ok()),
        }
    }
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]

    #[test]
    fn owned_json_round_trips(text in prop_oneof![genre_text(), mutated_reference()]) {
        let owned = tifa::parse(&text).into_owned();
        let json = serde_json::to_string(&owned).unwrap();
        let back: tifa::Document<'static> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, owned);
    }

    #[test]
    fn comparing_with_itself_changes_nothing(text in prop_oneof![genre_text(), mutated_reference()]) {
        let doc = tifa::parse(&text);
        prop_assert!(tifa::compare(&doc, &doc).is_unchanged());
    }
}
