//! A checker for the subset of JSON Schema (draft 2020-12) that the shipped schemas use:
//! `$ref` to `#/$defs/...`, `anyOf`, `allOf`, `type`, `properties`, `required`,
//! `additionalProperties`, `items`, `enum`, `const`, `minimum` and the four `pattern`s the
//! schemas hold. A keyword outside that subset is an error, so that a schema growing past
//! what this checks fails here instead of being waved through.
//!
//! The tests keep their own checker rather than a validator crate: such crates bring some
//! sixty crates to compile (regular expressions, big numbers, URI parsing) for a schema of
//! a few hundred lines.

use serde_json::Value;

/// Keywords that carry no constraint.
const NOTES: [&str; 6] = [
    "$schema",
    "$id",
    "$defs",
    "title",
    "description",
    "$comment",
];

/// Every way `value` breaks `schema`, as `path: reason` lines; empty when it conforms.
pub(crate) fn errors(root: &Value, value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check(root, root, value, "", &mut out);
    out
}

fn type_ok(name: &str, v: &Value) -> bool {
    match name {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        _ => false,
    }
}

/// The patterns the schemas use, each as the test it stands for.
fn pattern_ok(pattern: &str, s: &str) -> Option<bool> {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match pattern {
        // A date, or a month and day without a year.
        "^([0-9]{4}-|--)[0-9]{2}-[0-9]{2}$" => {
            let (year, rest) = match s.strip_prefix("--") {
                Some(rest) => ("", rest),
                None => (s.get(..4).unwrap_or(""), s.get(5..).unwrap_or("")),
            };
            let year_ok = year.is_empty() && s.starts_with("--")
                || digits(year, 4) && s.get(4..5) == Some("-");
            let mut md = rest.split('-');
            let (m, d, more) = (md.next(), md.next(), md.next());
            Some(
                year_ok
                    && m.is_some_and(|m| digits(m, 2))
                    && d.is_some_and(|d| digits(d, 2))
                    && more.is_none(),
            )
        }
        // A month of a year, without a day.
        "^[0-9]{4}-[0-9]{2}$" => Some(
            s.len() == 7
                && digits(s.get(..4).unwrap_or(""), 4)
                && s.get(4..5) == Some("-")
                && digits(s.get(5..).unwrap_or(""), 2),
        ),
        // A version: three numbers and dots, anything after.
        "^[0-9]+\\.[0-9]+\\.[0-9]+" => {
            let mut parts = s.splitn(3, '.');
            let num = |p: Option<&str>| {
                p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            };
            let (a, b) = (parts.next(), parts.next());
            let c = parts
                .next()
                .map(|c| &c[..c.bytes().take_while(u8::is_ascii_digit).count()]);
            Some(num(a) && num(b) && num(c))
        }
        // A rule's name: snake_case.
        "^[a-z][a-z0-9_]*$" => Some(
            s.starts_with(|c: char| c.is_ascii_lowercase())
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
        ),
        _ => None,
    }
}

fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let path = reference.strip_prefix("#/")?;
    path.split('/').try_fold(root, |v, key| v.get(key))
}

fn check(root: &Value, schema: &Value, v: &Value, path: &str, out: &mut Vec<String>) {
    let Some(map) = schema.as_object() else {
        if schema == &Value::Bool(false) {
            out.push(format!("{path}: no value is allowed here"));
        }
        return;
    };
    for (key, arg) in map {
        match key.as_str() {
            k if NOTES.contains(&k) => {}
            "$ref" => match arg.as_str().and_then(|r| resolve(root, r)) {
                Some(target) => check(root, target, v, path, out),
                None => out.push(format!("{path}: unresolved $ref {arg}")),
            },
            "anyOf" | "allOf" => {
                let subs = arg.as_array().map(Vec::as_slice).unwrap_or_default();
                let results: Vec<Vec<String>> = subs
                    .iter()
                    .map(|s| {
                        let mut e = Vec::new();
                        check(root, s, v, path, &mut e);
                        e
                    })
                    .collect();
                if key == "anyOf" && !results.iter().any(Vec::is_empty) {
                    out.push(format!("{path}: matches none of anyOf: {results:?}"));
                }
                if key == "allOf" {
                    out.extend(results.into_iter().flatten());
                }
            }
            "type" => {
                let ok = match arg {
                    Value::String(t) => type_ok(t, v),
                    Value::Array(ts) => {
                        ts.iter().any(|t| t.as_str().is_some_and(|t| type_ok(t, v)))
                    }
                    _ => false,
                };
                if !ok {
                    out.push(format!("{path}: {v} is not of type {arg}"));
                }
            }
            "enum" => {
                if !arg.as_array().is_some_and(|a| a.contains(v)) {
                    out.push(format!("{path}: {v} is not one of {arg}"));
                }
            }
            "const" => {
                if arg != v {
                    out.push(format!("{path}: {v} is not {arg}"));
                }
            }
            "minimum" => {
                if let (Some(n), Some(min)) = (v.as_f64(), arg.as_f64()) {
                    if n < min {
                        out.push(format!("{path}: {n} is below {min}"));
                    }
                }
            }
            "pattern" => {
                let (Some(p), Some(s)) = (arg.as_str(), v.as_str()) else {
                    continue;
                };
                match pattern_ok(p, s) {
                    Some(true) => {}
                    Some(false) => out.push(format!("{path}: {s:?} does not match {p}")),
                    None => out.push(format!("{path}: the checker does not know pattern {p}")),
                }
            }
            "required" => {
                if let Some(obj) = v.as_object() {
                    for name in arg.as_array().into_iter().flatten() {
                        if let Some(name) = name.as_str() {
                            if !obj.contains_key(name) {
                                out.push(format!("{path}: missing key {name:?}"));
                            }
                        }
                    }
                }
            }
            "properties" => {
                if let (Some(obj), Some(props)) = (v.as_object(), arg.as_object()) {
                    for (name, sub) in props {
                        if let Some(x) = obj.get(name) {
                            check(root, sub, x, &format!("{path}/{name}"), out);
                        }
                    }
                }
            }
            "additionalProperties" => {
                if let Some(obj) = v.as_object() {
                    let props = map.get("properties").and_then(Value::as_object);
                    for (name, x) in obj {
                        if !props.is_some_and(|p| p.contains_key(name)) {
                            check(root, arg, x, &format!("{path}/{name}"), out);
                        }
                    }
                }
            }
            "items" => {
                for (i, x) in v.as_array().into_iter().flatten().enumerate() {
                    check(root, arg, x, &format!("{path}/{i}"), out);
                }
            }
            other => out.push(format!("{path}: the checker does not know keyword {other}")),
        }
    }
}

#[test]
fn the_checker_finds_what_breaks_a_schema() {
    let root: Value = serde_json::from_str(
        r##"{
          "$defs": { "n": { "type": "integer", "minimum": 0 } },
          "type": "object",
          "required": ["a", "d"],
          "additionalProperties": false,
          "properties": {
            "a": { "$ref": "#/$defs/n" },
            "b": { "anyOf": [{ "type": "null" }, { "enum": ["x", "y"] }] },
            "c": { "type": "array", "items": { "type": "string" } },
            "d": { "type": "string", "pattern": "^([0-9]{4}-|--)[0-9]{2}-[0-9]{2}$" }
          }
        }"##,
    )
    .unwrap();
    let ok: Value =
        serde_json::from_str(r#"{"a": 3, "b": null, "c": ["s"], "d": "--12-31"}"#).unwrap();
    assert_eq!(errors(&root, &ok), Vec::<String>::new());
    let bad: Value =
        serde_json::from_str(r#"{"a": -1, "b": "z", "c": [1], "d": "2024-1-31", "e": 0}"#).unwrap();
    let mut got = errors(&root, &bad);
    got.sort();
    assert_eq!(
        got,
        vec![
            "/a: -1 is below 0".to_owned(),
            r#"/b: matches none of anyOf: [["/b: \"z\" is not of type \"null\""], ["/b: \"z\" is not one of [\"x\",\"y\"]"]]"#.to_owned(),
            "/c/0: 1 is not of type \"string\"".to_owned(),
            r#"/d: "2024-1-31" does not match ^([0-9]{4}-|--)[0-9]{2}-[0-9]{2}$"#.to_owned(),
            "/e: no value is allowed here".to_owned(),
        ]
    );
    assert_eq!(
        pattern_ok("^[0-9]+\\.[0-9]+\\.[0-9]+", "0.1.0-beta"),
        Some(true)
    );
    assert_eq!(pattern_ok("^[0-9]+\\.[0-9]+\\.[0-9]+", "0.1"), Some(false));
    assert_eq!(
        pattern_ok("^([0-9]{4}-|--)[0-9]{2}-[0-9]{2}$", "2024-01-31"),
        Some(true)
    );
    let unknown: Value = serde_json::from_str(r#"{"maxLength": 3}"#).unwrap();
    assert_eq!(
        errors(&unknown, &Value::Null),
        vec![": the checker does not know keyword maxLength".to_owned()]
    );
}
