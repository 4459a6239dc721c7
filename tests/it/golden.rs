//! The reference document's whole model, pinned as JSON.
//!
//! `tests/golden/conference-summary.json` was generated once and reviewed by hand against
//! `data/README` facts (see `reference.rs`, which asserts them one by one). To regenerate it
//! after a deliberate change, run `TIFA_BLESS=1 cargo test golden` and review the diff.
#![cfg(feature = "serde")]

const GOLDEN: &str = "tests/golden/conference-summary.json";

#[test]
fn reference_document_json_is_pinned() {
    let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
    let got = serde_json::to_value(&doc).unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN);
    if std::env::var_os("TIFA_BLESS").is_some() {
        // Written from the document itself, so keys keep the types' field order.
        let text = serde_json::to_string_pretty(&doc).unwrap() + "\n";
        std::fs::write(&path, text).unwrap();
    }
    let want: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    if got != want {
        // Show the first differing key path rather than two 50 kB blobs.
        panic!(
            "golden JSON differs at {}",
            first_difference(&want, &got, String::new())
        );
    }
}

fn first_difference(a: &serde_json::Value, b: &serde_json::Value, at: String) -> String {
    use serde_json::Value::{Array, Object};
    match (a, b) {
        (Object(x), Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) if w == v => {}
                    Some(w) => return first_difference(v, w, format!("{at}.{k}")),
                    None => return format!("{at}.{k} (missing)"),
                }
            }
            for k in y.keys() {
                if !x.contains_key(k) {
                    return format!("{at}.{k} (added)");
                }
            }
            at
        }
        (Array(x), Array(y)) => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                if v != w {
                    return first_difference(v, w, format!("{at}[{i}]"));
                }
            }
            format!("{at} (length {} vs {})", x.len(), y.len())
        }
        _ => format!("{at}: expected {a}, got {b}"),
    }
}
