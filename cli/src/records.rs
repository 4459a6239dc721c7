//! What a corpus run writes per document: a JSON Lines record, or rows of the three CSV
//! tables.

use serde_json::Value;
use tifa::Document;

use crate::offsets::{CharIndex, Offsets};

/// The version of the corpus record's shape (`schema/corpus-record-v1.schema.json`).
pub(crate) const RECORD_SCHEMA_VERSION: u32 = 1;

/// The version of the document shape inside a record (`schema/document-v1.schema.json`).
pub(crate) const DOCUMENT_SCHEMA_VERSION: u32 = 1;

/// The JSON Schema of a corpus record.
pub(crate) const RECORD_SCHEMA: &str = include_str!("../../schema/corpus-record-v1.schema.json");

/// The record schema with the document schema embedded, so that a validator resolves the
/// record's reference without fetching anything: the document's definitions join the
/// record's `$defs`, the document itself becomes `$defs/document-v1`, and the record refers
/// to it as `#/$defs/document-v1`. Both schemas are files of this repository, read at
/// compile time; a test checks that they parse and that the bundle validates every record.
pub(crate) fn bundled_record_schema() -> Result<String, String> {
    let parse = |name: &str, text: &str| -> Result<serde_json::Map<String, Value>, String> {
        match serde_json::from_str(text) {
            Ok(Value::Object(map)) => Ok(map),
            Ok(_) => Err(format!("the {name} schema is not a JSON object")),
            Err(e) => Err(format!("the {name} schema is not valid JSON: {e}")),
        }
    };
    let mut record = parse("record", RECORD_SCHEMA)?;
    let mut document = parse("document", tifa::JSON_SCHEMA)?;
    let mut defs = match document.remove("$defs") {
        Some(Value::Object(defs)) => defs,
        _ => serde_json::Map::new(),
    };
    for key in ["$schema", "$id"] {
        document.remove(key);
    }
    defs.insert("document-v1".to_owned(), Value::Object(document));
    record.insert("$defs".to_owned(), Value::Object(defs));
    record.insert(
        "allOf".to_owned(),
        serde_json::json!([{ "$ref": "#/$defs/document-v1" }]),
    );
    let mut s = serde_json::to_string_pretty(&record)
        .map_err(|e| format!("cannot serialise the schema: {e}"))?;
    s.push('\n');
    Ok(s)
}

/// The library's version, written in every record.
pub(crate) fn tifa_version() -> &'static str {
    tifa::VERSION
}

/// The document as JSON, its spans in the chosen unit.
pub(crate) fn document_json(doc: &Document<'_>, offsets: Offsets) -> Result<Value, String> {
    let mut v = serde_json::to_value(doc).map_err(|e| format!("cannot serialise: {e}"))?;
    if offsets == Offsets::Chars {
        CharIndex::new(doc.source()).rewrite(&mut v);
    }
    Ok(v)
}

/// One JSON Lines record: `file`, `tifa_version`, `record_schema_version`,
/// `document_schema_version` and `offsets` first, then the document's keys, on one line.
pub(crate) fn record_line(
    file: &str,
    doc: &Document<'_>,
    offsets: Offsets,
) -> Result<String, String> {
    let head = serde_json::json!({
        "file": file,
        "tifa_version": tifa_version(),
        "record_schema_version": RECORD_SCHEMA_VERSION,
        "document_schema_version": DOCUMENT_SCHEMA_VERSION,
        "offsets": offsets.as_str(),
    });
    let fail = |e: serde_json::Error| format!("cannot serialise: {e}");
    let mut line = serde_json::to_string(&head).map_err(fail)?;
    // Byte offsets are the library's own: the document is written straight to text, with
    // no tree of values in between (the larger part of a corpus run's work otherwise).
    let body = match offsets {
        Offsets::Bytes => serde_json::to_string(doc).map_err(fail)?,
        Offsets::Chars => serde_json::to_string(&document_json(doc, offsets)?).map_err(fail)?,
    };
    // Both are JSON objects: the record is the head's keys, then the document's.
    match (line.pop(), body.strip_prefix('{')) {
        (Some('}'), Some("}")) => line.push('}'),
        (Some('}'), Some(rest)) => {
            line.push(',');
            line.push_str(rest);
        }
        _ => return Err("the document did not serialise to an object".to_owned()),
    }
    Ok(line)
}

/// Column names of `documents.csv`.
pub(crate) const DOCUMENT_COLUMNS: [&str; 22] = [
    "file",
    "title",
    "kicker",
    "publisher",
    "author",
    "date",
    "meeting",
    "meeting_place",
    "meeting_start",
    "meeting_end",
    "year_inferred",
    "sections",
    "lists",
    "items",
    "achievements",
    "principles",
    "obligations",
    "initiatives",
    "concepts",
    "credits",
    "diagnostics",
    "errors",
];

/// Column names of `items.csv`: one row per list item.
pub(crate) const ITEM_COLUMNS: [&str; 15] = [
    "file",
    "list",
    "list_heading",
    "kind",
    "strength",
    "declared_count",
    "found_count",
    "ordinal",
    "marker",
    "marker_kind",
    "text",
    "start",
    "end",
    "line",
    "column",
];

/// Column names of `names.csv`: one row per initiative or concept.
pub(crate) const NAME_COLUMNS: [&str; 11] = [
    "file",
    "kind",
    "name",
    "acronym",
    "chinese",
    "known",
    "mentions",
    "first_start",
    "first_end",
    "first_line",
    "first_column",
];

/// The rows one document adds to the three tables.
#[derive(Debug, Default)]
pub(crate) struct Rows {
    pub(crate) document: Vec<String>,
    pub(crate) items: Vec<Vec<String>>,
    pub(crate) names: Vec<Vec<String>>,
}

fn opt(s: Option<&str>) -> String {
    s.unwrap_or_default().to_owned()
}

/// The Chinese original of a name, when the library's JSON for it carries one (its
/// `zh` key, from the lexicon); empty otherwise.
fn chinese(v: &Value) -> String {
    v.get("zh")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The CSV rows of one document.
pub(crate) fn rows(file: &str, doc: &Document<'_>, offsets: Offsets) -> Rows {
    let chars = CharIndex::new(doc.source());
    let at = |o: usize| chars.convert(offsets, o).to_string();
    let line_col = |o: usize| {
        doc.line_col(o).map_or((String::new(), String::new()), |p| {
            (p.line.to_string(), p.column.to_string())
        })
    };
    let m = doc.metadata();
    let meeting = m.meeting.as_ref();
    let items_total: usize = doc.enumerations().iter().map(|e| e.items.len()).sum();
    let errors = doc
        .diagnostics()
        .iter()
        .filter(|d| d.severity == tifa::Severity::Error)
        .count();
    let document = vec![
        file.to_owned(),
        opt(m.title.as_deref()),
        opt(m.kicker.as_deref()),
        opt(m.publisher.as_deref()),
        opt(m.author.as_deref()),
        m.date.map(|d| d.to_string()).unwrap_or_default(),
        opt(meeting.and_then(|x| x.name.as_deref())),
        opt(meeting.and_then(|x| x.place.as_deref())),
        meeting
            .and_then(|x| x.start)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        meeting
            .and_then(|x| x.end)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        meeting
            .map(|x| x.year_inferred.to_string())
            .unwrap_or_default(),
        doc.sections().len().to_string(),
        doc.enumerations().len().to_string(),
        items_total.to_string(),
        doc.achievements().len().to_string(),
        doc.principles().len().to_string(),
        doc.obligations().len().to_string(),
        doc.initiatives().len().to_string(),
        doc.concepts().len().to_string(),
        doc.credits().len().to_string(),
        doc.diagnostics().len().to_string(),
        errors.to_string(),
    ];
    let mut items = Vec::new();
    for (n, e) in doc.enumerations().iter().enumerate() {
        for i in &e.items {
            let (line, column) = line_col(i.span.start);
            items.push(vec![
                file.to_owned(),
                (n + 1).to_string(),
                opt(e.heading.as_ref().map(|h| h.text.as_ref())),
                e.kind.as_str().to_owned(),
                e.strength.as_str().to_owned(),
                e.declared_count.map(|c| c.to_string()).unwrap_or_default(),
                e.items.len().to_string(),
                i.ordinal.to_string(),
                opt(i.marker.as_deref()),
                i.marker_kind.as_str().to_owned(),
                i.text.to_string(),
                at(i.span.start),
                at(i.span.end),
                line,
                column,
            ]);
        }
    }
    let mut names = Vec::new();
    let mut name_row = |kind: &str,
                        name: &str,
                        acronym: Option<&str>,
                        chinese: String,
                        known: bool,
                        mentions: &[tifa::Span]| {
        let first = mentions.first();
        let (line, column) = first.map_or((String::new(), String::new()), |s| line_col(s.start));
        names.push(vec![
            file.to_owned(),
            kind.to_owned(),
            name.to_owned(),
            opt(acronym),
            chinese,
            known.to_string(),
            mentions.len().to_string(),
            first.map(|s| at(s.start)).unwrap_or_default(),
            first.map(|s| at(s.end)).unwrap_or_default(),
            line,
            column,
        ]);
    };
    for i in doc.initiatives() {
        let zh = serde_json::to_value(i)
            .map(|v| chinese(&v))
            .unwrap_or_default();
        name_row(
            "initiative",
            &i.name,
            i.acronym.as_deref(),
            zh,
            i.known,
            &i.mentions,
        );
    }
    for c in doc.concepts() {
        let zh = serde_json::to_value(c)
            .map(|v| chinese(&v))
            .unwrap_or_default();
        name_row("concept", &c.name, None, zh, c.known, &c.mentions);
    }
    Rows {
        document,
        items,
        names,
    }
}
