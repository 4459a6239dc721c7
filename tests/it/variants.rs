//! Variants of the reference document that must give the same model: CRLF line ends, no
//! blank lines, curly quotes, no `**`, a leading BOM, trailing spaces, no-break spaces.
//!
//! Offsets move between variants, so models are compared by what their spans cover: every
//! span is replaced by its text, and texts are normalised (quotes, bold marks, spaces).
#![cfg(feature = "serde")]

use serde_json::Value;

fn normalise(s: &str) -> String {
    let s = s
        .replace(['“', '”'], "\"")
        .replace('’', "'")
        .replace("**", "")
        .replace('\u{feff}', "");
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The document's JSON with spans replaced by their normalised text and line/column
/// positions removed.
fn shape(text: &str) -> Value {
    let doc = tifa::parse(text);
    let mut v = serde_json::to_value(&doc).unwrap();
    fn walk(v: &mut Value, text: &str) {
        match v {
            Value::Object(map) => {
                if let (Some(Value::Number(s)), Some(Value::Number(e)), 2) =
                    (map.get("start"), map.get("end"), map.len())
                {
                    let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                    *v = Value::String(normalise(&text[s..e]));
                    return;
                }
                map.remove("line");
                map.remove("column");
                for (_, x) in map.iter_mut() {
                    walk(x, text);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| walk(x, text)),
            Value::String(s) => *s = normalise(s),
            _ => {}
        }
    }
    walk(&mut v, text);
    v
}

fn assert_same(name: &str, variant: &str) {
    assert_same_as(name, tifa::REFERENCE_DOCUMENT, variant);
}

fn assert_same_as(name: &str, base: &str, variant: &str) {
    let want = shape(base);
    let got = shape(variant);
    if got != want {
        let w = serde_json::to_string_pretty(&want).unwrap();
        let g = serde_json::to_string_pretty(&got).unwrap();
        let line = w
            .lines()
            .zip(g.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        let context = |s: &str| {
            s.lines()
                .skip(line.saturating_sub(3))
                .take(8)
                .collect::<Vec<_>>()
                .join("\n")
        };
        panic!(
            "{name}: model differs near JSON line {line}\n--- reference\n{}\n--- variant\n{}",
            context(&w),
            context(&g)
        );
    }
}

const REF: &str = tifa::REFERENCE_DOCUMENT;

#[test]
fn crlf_line_ends() {
    assert_same("crlf", &REF.replace('\n', "\r\n"));
}

#[test]
fn no_blank_lines() {
    assert_same("no blank lines", &REF.replace("\n\n", "\n"));
}

#[test]
fn curly_quotes() {
    let mut out = String::new();
    let mut open = true;
    for c in REF.chars() {
        if c == '"' {
            out.push(if open { '“' } else { '”' });
            open = !open;
        } else {
            out.push(c);
        }
    }
    assert_ne!(out, REF);
    assert_same("curly quotes", &out);
}

#[test]
fn no_bold_marks() {
    assert_same("no **", &REF.replace("**", ""));
}

#[test]
fn leading_bom() {
    assert_same("bom", &format!("\u{feff}{REF}"));
}

#[test]
fn trailing_spaces() {
    assert_same("trailing spaces", &REF.replace('\n', "  \t\n"));
}

#[test]
fn no_break_spaces() {
    let mut n = 0;
    let text: String = REF
        .chars()
        .map(|c| {
            if c == ' ' {
                n += 1;
                if n % 7 == 0 {
                    return '\u{a0}';
                }
            }
            c
        })
        .collect();
    assert_same("nbsp", &text.replace('\n', "\u{a0}\n"));
}

#[test]
fn all_at_once() {
    let text = format!(
        "\u{feff}{}",
        REF.replace("**", "")
            .replace("\n\n", "\n")
            .replace('\n', " \r\n")
    );
    assert_same("all variants", &text);
}

#[test]
fn deleting_the_seventh_achievement_is_a_count_mismatch_at_the_heading() {
    let seventh = "Seventh, we have promoted high-quality Belt and Road cooperation and built the world's broadest and largest platform for international cooperation.\n\n";
    assert!(REF.contains(seventh));
    let damaged = REF.replace(seventh, "");
    let doc = tifa::parse(&damaged);
    let errors: Vec<&tifa::Diagnostic> = doc
        .diagnostics()
        .iter()
        .filter(|d| d.severity == tifa::Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1);
    let d = errors[0];
    assert_eq!(d.kind, tifa::DiagnosticKind::CountMismatch);
    assert_eq!((d.line, d.column), (7, 1));
    assert_eq!(doc.text(d.span), Some("\"Ten Achievements\"."));
    assert_eq!(
        d.message,
        "\"Ten Achievements\" declares 10 items, but 9 were found"
    );
    // The related span covers the items that were found.
    let related = d.related.unwrap();
    assert!(doc.text(related).unwrap().starts_with("First,"));
    // The gap between the sixth and the eighth is reported too.
    let gap = doc
        .diagnostics()
        .iter()
        .find(|d| d.kind == tifa::DiagnosticKind::OrdinalGap)
        .unwrap();
    assert_eq!(gap.severity, tifa::Severity::Warning);
    assert_eq!(gap.line, 25);
    assert_eq!(
        gap.message,
        "expected item 7 after item 6, but found item 8"
    );

    let err = tifa::parse_strict(&damaged).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 7, column 1: \"Ten Achievements\" declares 10 items, but 9 were found"
    );
    assert_eq!((err.line(), err.column()), (7, 1));
}

/// The inputs of `tests/regressions/` (those that are UTF-8 without a carriage return of
/// their own) keep their model with CRLF line ends and with trailing spaces, as the
/// fuzzers' `variants` target checks.
#[test]
fn regressions_keep_their_model_in_variants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let Ok(text) = String::from_utf8(std::fs::read(&path).unwrap()) else {
            continue;
        };
        if text.contains('\r') {
            continue;
        }
        let name = path.display().to_string();
        assert_same_as(&format!("{name}, CRLF"), &text, &text.replace('\n', "\r\n"));
        assert_same_as(
            &format!("{name}, trailing spaces"),
            &text,
            &text.replace('\n', "  \t\n"),
        );
        n += 1;
    }
    assert!(n >= 2, "{n}");
}

/// The property the `variants` fuzz target checks, on the property tests' random texts
/// (genre pieces and mutations of the reference): CRLF line ends and trailing spaces give
/// the same model.
#[test]
fn random_texts_keep_their_model_in_variants() {
    crate::props::for_all(
        "random_texts_keep_their_model_in_variants",
        40,
        crate::props::genre_or_mutation,
        |text| {
            if text.contains('\r') || !text.contains('\n') {
                return;
            }
            assert_same_as("CRLF", text, &text.replace('\n', "\r\n"));
            assert_same_as("trailing spaces", text, &text.replace('\n', "  \t\n"));
        },
    );
}
