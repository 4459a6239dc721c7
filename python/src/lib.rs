//! The native part of the `tifa` Python package (`tifa._tifa`).
//!
//! Every document crosses into Python through the crate's serde model: the Rust
//! [`tifa::Document`] is serialised to a `serde_json::Value`, every span in that tree
//! (an object whose only keys are the integers `start` and `end`) is rewritten to carry
//! code-point offsets (`start`, `end`) next to the byte offsets (`start_byte`, `end_byte`),
//! and the tree becomes Python dicts and lists. A field added to the Rust model therefore
//! appears in Python with no change here. The Python layer (`tifa/__init__.py`) wraps the
//! dicts as attribute objects.
//!
//! Parsing, serialisation and the span rewrite run with the GIL released; `parse_many`
//! spreads them over a rayon thread pool.

use std::sync::Arc;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use pyo3::IntoPyObjectExt;
use rayon::prelude::*;
use serde_json::{Map, Value};

pyo3::create_exception!(
    tifa,
    ParseError,
    PyValueError,
    "Raised by `parse_strict` on an error-severity diagnostic and by `parse_bytes` on \
     invalid UTF-8.\n\nAttributes: `line` and `column` (1-based, the column in characters), \
     `reason` (the message without its position), `kind` (the diagnostic kind, such as \
     `count_mismatch` or `invalid_utf8`), `offset` (byte offset of the problem) and \
     `position` (the same offset in characters, for slicing a Python string; `None` for \
     invalid UTF-8)."
);

/// Byte offset to code-point offset, for one source text.
struct Offsets {
    /// Byte offset of every character longer than one byte, in order.
    starts: Vec<usize>,
    /// For each of those characters, the bytes beyond one per character up to and
    /// including it.
    extra: Vec<usize>,
}

impl Offsets {
    fn new(text: &str) -> Offsets {
        let mut starts = Vec::new();
        let mut extra = Vec::new();
        if !text.is_ascii() {
            let mut total = 0;
            for (i, c) in text.char_indices() {
                let len = c.len_utf8();
                if len > 1 {
                    total += len - 1;
                    starts.push(i);
                    extra.push(total);
                }
            }
        }
        Offsets { starts, extra }
    }

    /// The code-point offset of a byte offset that lies on a character boundary.
    fn chars(&self, byte: usize) -> usize {
        let before = self.starts.partition_point(|&s| s < byte);
        match before.checked_sub(1).and_then(|i| self.extra.get(i)) {
            Some(extra) => byte - extra,
            None => byte,
        }
    }
}

/// The byte offsets of a span object: `{"start": n, "end": n}` and nothing else.
fn span_bytes(map: &Map<String, Value>) -> Option<(usize, usize)> {
    if map.len() != 2 {
        return None;
    }
    let start = map.get("start")?.as_u64()?;
    let end = map.get("end")?.as_u64()?;
    Some((usize::try_from(start).ok()?, usize::try_from(end).ok()?))
}

/// Rewrites every span in `value` to `{start, end, start_byte, end_byte}` with `start`
/// and `end` in code points. Under a key `a` or `b` (the two sides of a comparison) the
/// offsets of that side's text apply.
fn convert_spans(value: &mut Value, here: &Offsets, a: &Offsets, b: &Offsets) {
    match value {
        Value::Array(items) => {
            for item in items {
                convert_spans(item, here, a, b);
            }
        }
        Value::Object(map) => {
            if let Some((start, end)) = span_bytes(map) {
                map.insert("start".into(), here.chars(start).into());
                map.insert("end".into(), here.chars(end).into());
                map.insert("start_byte".into(), start.into());
                map.insert("end_byte".into(), end.into());
                return;
            }
            for (key, child) in map.iter_mut() {
                let side = match key.as_str() {
                    "a" => a,
                    "b" => b,
                    _ => here,
                };
                convert_spans(child, side, a, b);
            }
        }
        _ => {}
    }
}

/// A JSON tree as Python objects: dicts (in the model's key order), lists, str, int,
/// float, bool and None.
fn to_python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    match value {
        Value::Null => Ok(py.None().into_bound(py)),
        Value::Bool(b) => b.into_bound_py_any(py),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u.into_bound_py_any(py)
            } else if let Some(i) = n.as_i64() {
                i.into_bound_py_any(py)
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_bound_py_any(py)
            }
        }
        Value::String(s) => s.as_str().into_bound_py_any(py),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_python(py, item)?)?;
            }
            Ok(list.into_any())
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (key, child) in map {
                dict.set_item(key, to_python(py, child)?)?;
            }
            Ok(dict.into_any())
        }
    }
}

/// A parsed document on the Rust side: the owned model, kept for `to_json` and
/// `compare`. The Python `tifa.Document` holds one.
#[pyclass(module = "tifa._tifa", frozen, name = "NativeDocument")]
struct NativeDocument {
    doc: Arc<tifa::Document<'static>>,
}

#[pymethods]
impl NativeDocument {
    /// The document as the crate's JSON (byte offsets, the shape of the JSON Schema).
    #[pyo3(signature = (pretty = false))]
    fn to_json(&self, py: Python<'_>, pretty: bool) -> PyResult<String> {
        let doc = Arc::clone(&self.doc);
        py.detach(move || {
            if pretty {
                serde_json::to_string_pretty(&*doc)
            } else {
                serde_json::to_string(&*doc)
            }
        })
        .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// The source text the document was parsed from.
    #[getter]
    fn source(&self) -> &str {
        self.doc.source()
    }
}

/// A parsed document and its model as a JSON tree with spans in code points, built
/// without the GIL.
struct Parsed {
    doc: Arc<tifa::Document<'static>>,
    tree: Value,
}

impl Parsed {
    fn new(doc: tifa::Document<'static>) -> Result<Parsed, String> {
        let mut tree = serde_json::to_value(&doc).map_err(|e| e.to_string())?;
        let offsets = Offsets::new(doc.source());
        convert_spans(&mut tree, &offsets, &offsets, &offsets);
        Ok(Parsed {
            doc: Arc::new(doc),
            tree,
        })
    }

    fn into_python(self, py: Python<'_>) -> PyResult<(NativeDocument, Bound<'_, PyAny>)> {
        let tree = to_python(py, &self.tree)?;
        Ok((NativeDocument { doc: self.doc }, tree))
    }
}

/// What a parse that may fail gives back before Python sees it.
enum Outcome {
    Parsed(Parsed),
    /// The error, and its offset in characters when the text is valid UTF-8.
    Failed(tifa::Error, Option<usize>),
}

fn serialisation_error(message: String) -> PyErr {
    PyValueError::new_err(format!("tifa: could not serialise the document: {message}"))
}

/// A `ParseError` with its fields set.
fn parse_error(py: Python<'_>, err: &tifa::Error, position: Option<usize>) -> PyErr {
    let shown = err.to_string();
    let prefix = format!("line {}, column {}: ", err.line(), err.column());
    let (kind, reason) = match err {
        tifa::Error::Invalid { kind, message, .. } => (
            serde_json::to_value(kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_else(|| format!("{kind:?}")),
            message.clone(),
        ),
        _ => (
            "invalid_utf8".to_owned(),
            shown.strip_prefix(&prefix).unwrap_or(&shown).to_owned(),
        ),
    };
    let pyerr = ParseError::new_err(shown.clone());
    let value = pyerr.value(py);
    let set = || -> PyResult<()> {
        value.setattr("line", err.line())?;
        value.setattr("column", err.column())?;
        value.setattr("reason", reason)?;
        value.setattr("kind", kind)?;
        value.setattr("offset", err.offset())?;
        value.setattr("position", position)?;
        Ok(())
    };
    match set() {
        Ok(()) => pyerr,
        Err(e) => e,
    }
}

/// Parses `text`; returns the native document and its model as Python dicts.
#[pyfunction]
fn parse(py: Python<'_>, text: String) -> PyResult<(NativeDocument, Bound<'_, PyAny>)> {
    let parsed = py
        .detach(move || Parsed::new(parse_owned(text)))
        .map_err(serialisation_error)?;
    parsed.into_python(py)
}

/// Parses like `parse`, failing with `ParseError` on the first error-severity diagnostic.
#[pyfunction]
fn parse_strict(py: Python<'_>, text: String) -> PyResult<(NativeDocument, Bound<'_, PyAny>)> {
    let outcome = py.detach(move || match tifa::parse_strict(&text) {
        Ok(doc) => Parsed::new(doc.into_owned()).map(Outcome::Parsed),
        Err(e) => {
            let position = Offsets::new(&text).chars(e.offset());
            Ok(Outcome::Failed(e, Some(position)))
        }
    });
    match outcome.map_err(serialisation_error)? {
        Outcome::Parsed(parsed) => parsed.into_python(py),
        Outcome::Failed(err, position) => Err(parse_error(py, &err, position)),
    }
}

/// Checks that `data` is UTF-8 and parses it; `ParseError` names the first bad byte.
#[pyfunction]
fn parse_bytes(py: Python<'_>, data: Vec<u8>) -> PyResult<(NativeDocument, Bound<'_, PyAny>)> {
    let outcome = py.detach(move || match tifa::parse_bytes(&data) {
        Err(e) => Ok(Outcome::Failed(e, None)),
        Ok(doc) => Parsed::new(doc.into_owned()).map(Outcome::Parsed),
    });
    match outcome.map_err(serialisation_error)? {
        Outcome::Parsed(parsed) => parsed.into_python(py),
        Outcome::Failed(err, position) => Err(parse_error(py, &err, position)),
    }
}

/// Parses every text, on `threads` threads (`None`: one per core), with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
fn parse_many(
    py: Python<'_>,
    texts: Vec<String>,
    threads: Option<usize>,
) -> PyResult<Vec<(NativeDocument, Bound<'_, PyAny>)>> {
    if threads == Some(0) {
        return Err(PyValueError::new_err("threads must be at least 1"));
    }
    let parsed: Result<Vec<Parsed>, String> = py.detach(move || {
        let work = move || -> Result<Vec<Parsed>, String> {
            texts
                .into_par_iter()
                .map(|text| Parsed::new(parse_owned(text)))
                .collect()
        };
        match threads {
            None => work(),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| e.to_string())?
                .install(work),
        }
    });
    parsed
        .map_err(serialisation_error)?
        .into_iter()
        .map(|p| p.into_python(py))
        .collect()
}

/// Compares two documents; returns the comparison as Python dicts and whether nothing
/// changed.
#[pyfunction]
fn compare<'py>(
    py: Python<'py>,
    a: &NativeDocument,
    b: &NativeDocument,
) -> PyResult<(Bound<'py, PyAny>, bool)> {
    let (a, b) = (Arc::clone(&a.doc), Arc::clone(&b.doc));
    let (tree, unchanged) = py
        .detach(move || -> Result<(Value, bool), String> {
            let comparison = tifa::compare(&a, &b);
            let mut tree = serde_json::to_value(&comparison).map_err(|e| e.to_string())?;
            let (oa, ob) = (Offsets::new(a.source()), Offsets::new(b.source()));
            convert_spans(&mut tree, &Offsets::new(""), &oa, &ob);
            Ok((tree, comparison.is_unchanged()))
        })
        .map_err(serialisation_error)?;
    Ok((to_python(py, &tree)?, unchanged))
}

/// Why the parser read `text` as it did: every decision of its rules, in order, as dicts
/// with `rule`, `verdict` (the crate's JSON of it), `start` and `end` (code points),
/// `start_byte`, `end_byte`, `line` and `column`, and each rule's summary.
#[pyfunction]
fn explain(py: Python<'_>, text: String) -> PyResult<Bound<'_, PyAny>> {
    let rows = py
        .detach(move || -> Result<Value, String> {
            let why = tifa::explain(&text);
            let offsets = Offsets::new(&text);
            let mut rows = Vec::with_capacity(why.decisions.len());
            for d in &why.decisions {
                let place = why
                    .document
                    .line_col(d.span.start)
                    .ok_or_else(|| format!("decision {d} lies outside the text"))?;
                rows.push(serde_json::json!({
                    "rule": d.rule.name(),
                    "verdict": serde_json::to_value(d.verdict).map_err(|e| e.to_string())?,
                    "shown": d.verdict.to_string(),
                    "summary": d.rule.info().summary,
                    "start": offsets.chars(d.span.start),
                    "end": offsets.chars(d.span.end),
                    "start_byte": d.span.start,
                    "end_byte": d.span.end,
                    "line": place.line,
                    "column": place.column,
                }));
            }
            Ok(Value::Array(rows))
        })
        .map_err(serialisation_error)?;
    to_python(py, &rows)
}

/// Parses an owned text into a document that owns its text.
fn parse_owned(text: String) -> tifa::Document<'static> {
    tifa::parse(&text).into_owned()
}

/// The native part of `tifa`; use the `tifa` package, not this module.
#[pymodule]
fn _tifa(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativeDocument>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_strict, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add("ParseError", m.py().get_type::<ParseError>())?;
    m.add("REFERENCE_DOCUMENT", tifa::REFERENCE_DOCUMENT)?;
    m.add("JSON_SCHEMA", tifa::JSON_SCHEMA)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
