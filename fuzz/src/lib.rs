//! Checks shared by the fuzz targets, and the document outline of the structure-aware
//! target. Every check is linear in the input (no quadratic work in the harness), so the
//! targets stay fast.

pub mod outline;

use serde_json::Value;
use std::time::{Duration, Instant};
use tifa::{Document, Severity, Span};

/// Every span of `doc` lies inside `text` on character boundaries, and every diagnostic
/// has a line and column.
pub fn check_spans(text: &str, doc: &Document<'_>) {
    let ok = |s: Span| {
        assert!(
            s.start <= s.end && text.get(s.range()).is_some(),
            "span {s:?} outside the text"
        );
    };
    for b in doc.blocks() {
        ok(b.span);
        assert_eq!(
            &text[b.span.range()],
            &*b.text,
            "block text differs from its span"
        );
    }
    for e in doc.enumerations() {
        ok(e.span);
        for i in &e.items {
            ok(i.span);
            assert!(
                e.span.contains(i.span),
                "item {:?} outside its list {:?}",
                i.span,
                e.span
            );
        }
    }
    for a in doc.achievements() {
        ok(a.span);
    }
    for p in doc.principles() {
        ok(p.span);
    }
    for o in doc.obligations() {
        ok(o.span);
    }
    for c in doc.credits() {
        ok(c.span);
    }
    for i in doc.initiatives() {
        assert!(!i.mentions.is_empty(), "initiative without mentions");
        i.mentions.iter().copied().for_each(ok);
    }
    for c in doc.concepts() {
        assert!(!c.mentions.is_empty(), "concept without mentions");
        c.mentions.iter().copied().for_each(ok);
    }
    if let Some(m) = &doc.metadata().meeting {
        ok(m.span);
    }
    let mut prev = 0;
    for d in doc.diagnostics() {
        ok(d.span);
        if let Some(r) = d.related {
            ok(r);
        }
        assert!(d.span.start >= prev, "diagnostics out of order");
        prev = d.span.start;
        let at = doc.line_col(d.span.start).expect("a line and column");
        assert_eq!(
            (d.line, d.column),
            (at.line, at.column),
            "diagnostic position"
        );
    }
}

/// `parse_strict` fails exactly when `doc` has an error-severity diagnostic, with the
/// first one; otherwise it returns the same document.
pub fn check_strict(text: &str, doc: &Document<'_>) {
    let first = doc
        .diagnostics()
        .iter()
        .find(|d| d.severity == Severity::Error);
    assert_eq!(
        first.is_some(),
        doc.has_errors(),
        "has_errors disagrees with the diagnostics"
    );
    match (tifa::parse_strict(text), first) {
        (Ok(strict), None) => assert_eq!(&strict, doc, "parse_strict gave another document"),
        (Err(e), Some(first)) => {
            assert_eq!(
                e.span(),
                first.span,
                "parse_strict names another diagnostic"
            );
            assert_eq!((e.line(), e.column()), (first.line, first.column));
            let prefix = format!("line {}, column {}: ", first.line, first.column);
            assert!(e.to_string().starts_with(&prefix), "error message {e}");
        }
        (Ok(_), Some(d)) => panic!("parse_strict succeeded despite the error {d}"),
        (Err(e), None) => panic!("parse_strict failed ({e}) with no error diagnostic"),
    }
}

/// The owned document, serialised to JSON and read back, is equal to itself.
pub fn check_roundtrip(doc: &Document<'_>) {
    let owned = doc.clone().into_owned();
    let json = serde_json::to_string(&owned).expect("serialises");
    let back: Document<'static> = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, owned, "JSON round trip changed the document");
}

/// A document compared with itself has nothing added, dropped or changed.
pub fn check_self_compare(doc: &Document<'_>) {
    let c = tifa::compare(doc, doc);
    assert!(
        c.is_unchanged(),
        "compare(doc, doc) reports a change: {c:?}"
    );
}

/// Whitespace-insensitive text, as in the crate's `tests/it/variants.rs`: BOM dropped,
/// runs of whitespace (NBSP included) made one space, ends trimmed. Runs of ASCII bytes
/// other than whitespace are copied whole: this is the variants target's hottest function.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    let mut rest = s;
    while !rest.is_empty() {
        // The plain run: ASCII bytes that are not whitespace.
        let plain = rest
            .bytes()
            .position(|b| b >= 0x80 || b.is_ascii_whitespace() || b == 0x0B)
            .unwrap_or(rest.len());
        if plain > 0 {
            if pending && !out.is_empty() {
                out.push(' ');
            }
            pending = false;
            out.push_str(&rest[..plain]);
            rest = &rest[plain..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        if c.is_whitespace() {
            pending = true;
        } else if c != '\u{feff}' {
            if pending && !out.is_empty() {
                out.push(' ');
            }
            pending = false;
            out.push(c);
        }
    }
    out
}

/// `text` normalised as [`normalise`] does, with the place in the normalised text where
/// each byte's output starts: the normalised text a span covers is then one slice, instead
/// of a fresh pass over the span for each of the model's many spans.
struct Normalised {
    text: String,
    at: Vec<usize>,
}

impl Normalised {
    fn new(s: &str) -> Self {
        let mut text = String::with_capacity(s.len());
        let mut at = vec![0; s.len() + 1];
        let mut pending = false;
        for (i, c) in s.char_indices() {
            at[i..i + c.len_utf8()].fill(text.len());
            if c.is_whitespace() {
                pending = true;
            } else if c != '\u{feff}' {
                if pending && !text.is_empty() {
                    text.push(' ');
                }
                pending = false;
                text.push(c);
            }
        }
        at[s.len()] = text.len();
        Normalised { text, at }
    }

    /// The normalised text of `start..end`: what `normalise(&s[start..end])` gives. A
    /// space owed to whitespace before `start` is emitted with the first character after
    /// it, so the slice may open with it; whitespace at the end of the span is still owed
    /// at `end`, so it never closes with one.
    fn span(&self, start: usize, end: usize) -> Option<&str> {
        let (a, b) = (*self.at.get(start)?, *self.at.get(end)?);
        Some(self.text.get(a..b)?.trim_start_matches(' '))
    }
}

/// The document's JSON with every span replaced by the normalised text it covers and line
/// and column positions removed: what must not change when only line ends or trailing
/// whitespace change.
pub fn shape(text: &str, doc: &Document<'_>) -> Value {
    fn walk(v: &mut Value, norm: &Normalised) {
        match v {
            Value::Object(map) => {
                if map.len() == 2 {
                    if let (Some(Value::Number(s)), Some(Value::Number(e))) =
                        (map.get("start"), map.get("end"))
                    {
                        let (s, e) = (
                            s.as_u64().unwrap_or(u64::MAX) as usize,
                            e.as_u64().unwrap_or(u64::MAX) as usize,
                        );
                        let covered = if s <= e { norm.span(s, e) } else { None };
                        *v = Value::String(covered.unwrap_or("<bad span>").to_owned());
                        return;
                    }
                }
                map.remove("line");
                map.remove("column");
                for (_, x) in map.iter_mut() {
                    walk(x, norm);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| walk(x, norm)),
            Value::String(s) => *s = normalise(s),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(doc).expect("serialises");
    walk(&mut v, &Normalised::new(text));
    v
}

/// `text` with CRLF line ends (only meaningful when it has no CR of its own).
pub fn with_crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

/// `text` with spaces and a tab before every line feed.
pub fn with_trailing_spaces(text: &str) -> String {
    text.replace('\n', "  \t\n")
}

/// CRLF line ends, or trailing spaces, give the same model as `text` (compared by
/// [`shape`]): one of the two per input, chosen by the parity of its length, so that each
/// input costs two parses rather than three (a mutation that adds or drops a byte tries
/// the other). Checked for texts without a CR of their own: a CR already in the text would
/// make `\r\r\n` or a CR before spaces, which are other line structures.
pub fn check_variants(text: &str, doc: &Document<'_>) {
    if text.contains('\r') || !text.contains('\n') {
        return;
    }
    let (name, variant) = if text.len() % 2 == 0 {
        ("CRLF", with_crlf(text))
    } else {
        ("trailing spaces", with_trailing_spaces(text))
    };
    let want = shape(text, doc);
    let got = shape(&variant, &tifa::parse(&variant));
    if got != want {
        panic!(
            "{name} changes the model\n--- LF\n{}\n--- {name}\n{}",
            serde_json::to_string(&want).unwrap_or_default(),
            serde_json::to_string(&got).unwrap_or_default()
        );
    }
}

/// Nanoseconds per byte of a plain, linear parse, measured once per process on this
/// machine: the best of several parses of the reference document repeated to 88 kB.
pub fn baseline_ns_per_byte() -> f64 {
    static BASE: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *BASE.get_or_init(|| {
        let text = tifa::REFERENCE_DOCUMENT.repeat(8);
        let _ = tifa::parse(&text); // builds the lexicon's automaton
        let best = (0..7)
            .map(|_| time(&text))
            .min()
            .unwrap_or(Duration::from_millis(1));
        best.as_nanos() as f64 / text.len() as f64
    })
}

/// Time of one parse of `text`.
pub fn time(text: &str) -> Duration {
    let t = Instant::now();
    std::hint::black_box(tifa::parse(std::hint::black_box(text)));
    t.elapsed()
}

/// Slack over the linear baseline before a parse counts as slow: generous, since inputs
/// differ in cost per byte and the machines are shared and noisy; a quadratic parse of a
/// 64 kB input exceeds it by far.
pub const SLACK: f64 = 40.0;

/// Fixed allowance per parse, for inputs too small to measure per byte.
pub const FIXED: Duration = Duration::from_millis(2);

/// The parse of `text` stays within [`SLACK`] times the linear baseline per byte, plus
/// [`FIXED`]. A first slow measurement is repeated before failing, so that a preempted run
/// does not count: best of three at once, then, if those are slow too, best of ten with a
/// pause before each (a fuzzer at `nice 19` beside a build at normal priority can be
/// preempted on three runs in a row: a 1.5 kB input that parses in 0.05 ms measured
/// 5 ms so, on 2026-11-30).
pub fn check_linear_time(text: &str) {
    let budget =
        FIXED + Duration::from_nanos((baseline_ns_per_byte() * SLACK * text.len() as f64) as u64);
    if time(text) <= budget {
        return;
    }
    let mut best = (0..3).map(|_| time(text)).min().unwrap_or_default();
    if best > budget {
        for _ in 0..10 {
            std::thread::sleep(Duration::from_millis(20));
            best = best.min(time(text));
        }
    }
    assert!(
        best <= budget,
        "slow input: {} bytes parsed in {:?} ({:.1} ns/byte; linear baseline {:.1} ns/byte, budget {:?})",
        text.len(),
        best,
        best.as_nanos() as f64 / text.len().max(1) as f64,
        baseline_ns_per_byte(),
        budget
    );
}
