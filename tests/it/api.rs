//! The public surface: JSON shape and schema, owned documents, byte input, positions.

use tifa::Error;

#[cfg(feature = "serde")]
fn corpus_texts() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[cfg(feature = "serde")]
#[test]
fn json_has_the_documented_keys() {
    // Keys may be added, never renamed: these are the ones DESIGN.md documents.
    let v = serde_json::to_value(tifa::parse(tifa::REFERENCE_DOCUMENT)).unwrap();
    let keys = |v: &serde_json::Value, want: &[&str]| {
        for k in want {
            assert!(v.get(k).is_some(), "missing key {k} in {v}");
        }
    };
    keys(
        &v,
        &[
            "title",
            "kicker",
            "publisher",
            "date",
            "meeting",
            "sections",
            "enumerations",
            "achievements",
            "principles",
            "initiatives",
            "concepts",
            "credits",
            "diagnostics",
        ],
    );
    keys(
        &v["meeting"],
        &["name", "place", "start", "end", "year_inferred"],
    );
    keys(
        &v["sections"][0],
        &[
            "heading",
            "subtitle",
            "declared_count",
            "span",
            "blocks",
            "sections",
        ],
    );
    keys(
        &v["enumerations"][0],
        &["heading", "kind", "declared_count", "items"],
    );
    keys(
        &v["enumerations"][0]["items"][0],
        &["ordinal", "marker", "text", "span"],
    );
    keys(&v["achievements"][0], &["ordinal", "text", "span"]);
    keys(
        &v["principles"][0],
        &["ordinal", "modality", "text", "span"],
    );
    keys(
        &v["initiatives"][0],
        &["name", "acronym", "known", "mentions"],
    );
    keys(&v["concepts"][0], &["name", "mentions"]);
    keys(&v["credits"][0], &["role", "name", "span"]);
    keys(
        &v["diagnostics"][0],
        &["severity", "kind", "message", "span", "line", "column"],
    );
    keys(&v["achievements"][0]["span"], &["start", "end"]);
    assert_eq!(v["date"], "2024-01-31");
    assert_eq!(v["meeting"]["start"], "2023-12-27");
    assert_eq!(v["enumerations"][1]["kind"], "principles");
    assert_eq!(v["principles"][2]["modality"], "necessary");
    assert_eq!(v["diagnostics"][0]["severity"], "info");
    assert_eq!(v["diagnostics"][0]["kind"], "year_inferred");
}

#[cfg(feature = "serde")]
#[test]
fn output_validates_against_the_shipped_schema() {
    let schema: serde_json::Value = serde_json::from_str(tifa::JSON_SCHEMA).unwrap();
    let on_disk = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/document-v1.schema.json"),
    )
    .unwrap();
    assert_eq!(on_disk, tifa::JSON_SCHEMA);
    let mut texts = corpus_texts();
    texts.push(("reference".into(), tifa::REFERENCE_DOCUMENT.into()));
    let damaged = tifa::REFERENCE_DOCUMENT.replace("Seventh,", "Eighth,");
    texts.push(("damaged".into(), damaged));
    texts.push(("empty".into(), String::new()));
    // A white paper's cover dated by its month (`2028-09`).
    texts.push((
        "cover month".into(),
        "China's Plan for the Ports\n\nThe State Council Information Office\n\nSeptember 2028\n\nPreface\n\nThe ports grew.\n".into(),
    ));
    texts.push((
        "nul".into(),
        "a\0b\r\n\"Three tasks\".\n\n(1) x; (2) y".into(),
    ));
    for (name, text) in &texts {
        let v = serde_json::to_value(tifa::parse(text)).unwrap();
        let errors = crate::schema::errors(&schema, &v);
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    // The schema rejects a renamed key.
    let mut v = serde_json::to_value(tifa::parse(tifa::REFERENCE_DOCUMENT)).unwrap();
    let title = v.as_object_mut().unwrap().remove("title").unwrap();
    v.as_object_mut().unwrap().insert("headline".into(), title);
    assert_eq!(
        crate::schema::errors(&schema, &v),
        vec![": missing key \"title\"".to_owned()]
    );
}

#[cfg(feature = "serde")]
#[test]
fn owned_documents_read_back_equal() {
    for (name, text) in corpus_texts()
        .into_iter()
        .chain([("reference".to_owned(), tifa::REFERENCE_DOCUMENT.to_owned())])
    {
        let owned: tifa::Document<'static> = tifa::parse(&text).into_owned();
        let json = serde_json::to_string(&owned).unwrap();
        let back: tifa::Document<'static> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, owned, "{name}");
        // The model survives; the source text does not travel in JSON.
        assert_eq!(back.source(), "");
        assert_eq!(owned.source(), text);
    }
}

#[test]
fn into_owned_outlives_its_input() {
    let owned = {
        let text = String::from(tifa::REFERENCE_DOCUMENT);
        tifa::parse(&text).into_owned()
    };
    assert_eq!(owned.achievements().len(), 10);
    assert_eq!(
        owned
            .line_col(owned.achievements()[0].span.start)
            .unwrap()
            .line,
        13
    );
    assert_eq!(owned, tifa::parse(tifa::REFERENCE_DOCUMENT));
}

#[test]
fn invalid_utf8_is_an_error_with_its_position() {
    let mut bytes = b"Title\n\n\xE2\x80\x9CSix musts\xE2\x80\x9D\nab".to_vec();
    bytes.push(0xC3); // a truncated two-byte sequence
    bytes.extend_from_slice(b"cd");
    let err = tifa::parse_bytes(&bytes).unwrap_err();
    assert!(matches!(err, Error::InvalidUtf8 { .. }));
    assert_eq!(err.offset(), bytes.len() - 3);
    assert_eq!((err.line(), err.column()), (4, 3));
    assert_eq!(
        err.to_string(),
        format!(
            "line 4, column 3: invalid UTF-8: expected a valid sequence, but found byte 0xc3 at offset {}",
            bytes.len() - 3
        )
    );
    // Valid bytes parse like text.
    let doc = tifa::parse_bytes(tifa::REFERENCE_DOCUMENT.as_bytes()).unwrap();
    assert_eq!(doc, tifa::parse(tifa::REFERENCE_DOCUMENT));
}

#[test]
fn text_and_line_col_check_their_arguments() {
    let text = "“Two tasks”.\n\nFirst, open.\n\nSecond, reform.\n";
    let doc = tifa::parse(text);
    assert_eq!(doc.text(tifa::Span::new(0, 3)), Some("“"));
    assert_eq!(doc.text(tifa::Span::new(0, 2)), None);
    assert_eq!(doc.text(tifa::Span::new(0, 999)), None);
    assert_eq!(doc.line_col(1), None);
    assert_eq!(doc.line_col(text.len() + 1), None);
    let p = doc.line_col(text.find("Second").unwrap()).unwrap();
    assert_eq!((p.line, p.column), (5, 1));
    assert_eq!(p.to_string(), "line 5, column 1");
}

#[test]
fn blocks_in_reading_order() {
    let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
    let blocks = doc.blocks();
    assert!(blocks.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    // Every paragraph is a block, except headings and subtitles, which the sections hold.
    let headings: usize = {
        fn count(s: &[tifa::Section<'_>]) -> usize {
            s.iter()
                .map(|s| {
                    usize::from(s.heading.is_some())
                        + usize::from(s.subtitle.is_some())
                        + s.announces.len().saturating_sub(1)
                        + count(&s.sections)
                })
                .sum()
        }
        count(doc.sections())
    };
    assert_eq!(blocks.len() + headings, 64);
}
