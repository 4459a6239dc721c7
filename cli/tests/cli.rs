//! The `tifa` command as a user runs it: the invocations of issue 16's "Done means", exit
//! codes, the corpus record schema, CSV tables, the HTML page's escaping, and human output
//! free of Rust's `Debug` forms.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn tifa() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tifa"))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn corpus_dir() -> PathBuf {
    root().join("data/corpus")
}

/// The development corpus's `.txt` files in name order (what `tifa corpus DIR` reads).
fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 9, "{files:?}");
    files
}

fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().unwrap()
}

fn run_with_stdin(cmd: &mut Command, input: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tifa-cli-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The document JSON the library gives for a file.
fn library_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::to_value(tifa::parse(&text)).unwrap()
}

/// The library's tests check JSON against the shipped schemas with a small checker of
/// their own; the command's tests use the same one.
#[path = "../../tests/it/schema.rs"]
mod schema;

/// `tifa schema record`, as a validator.
struct Validator(Value);

impl Validator {
    fn errors(&self, v: &Value) -> Vec<String> {
        schema::errors(&self.0, v)
    }

    fn is_valid(&self, v: &Value) -> bool {
        self.errors(v).is_empty()
    }
}

fn record_validator() -> Validator {
    let out = run(tifa().args(["schema", "record"]));
    assert_eq!(out.status.code(), Some(0));
    Validator(serde_json::from_str(&stdout(&out)).unwrap())
}

/// A record without the keys the corpus adds: the document's JSON.
fn strip_record(mut v: Value) -> Value {
    let map = v.as_object_mut().unwrap();
    for k in [
        "file",
        "tifa_version",
        "record_schema_version",
        "document_schema_version",
        "offsets",
    ] {
        assert!(map.remove(k).is_some(), "record lacks {k}");
    }
    v
}

#[test]
fn help_and_usage_errors() {
    let out = run(tifa().arg("--help"));
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    for cmd in [
        "parse",
        "summary",
        "compare",
        "corpus",
        "html",
        "schema",
        "explain",
        "rules",
        "Examples:",
    ] {
        assert!(help.contains(cmd), "{cmd} missing from:\n{help}");
    }
    for cmd in [
        "parse", "summary", "compare", "corpus", "html", "schema", "explain", "rules",
    ] {
        let out = run(tifa().args([cmd, "--help"]));
        assert_eq!(out.status.code(), Some(0), "{cmd}");
        assert!(
            stdout(&out).contains("Examples:"),
            "{cmd}: {}",
            stdout(&out)
        );
    }
    // Usage errors exit 2.
    assert_eq!(run(tifa().arg("--no-such-flag")).status.code(), Some(2));
    assert_eq!(run(&mut tifa()).status.code(), Some(2));
    assert_eq!(run(tifa().arg("parse")).status.code(), Some(2));
    assert_eq!(run(tifa().arg("explain")).status.code(), Some(2));
    assert_eq!(
        run(tifa().args(["compare", "one.txt"])).status.code(),
        Some(2)
    );
    assert_eq!(run(tifa().arg("corpus")).status.code(), Some(2));
    assert_eq!(
        run(tifa().args(["corpus", "x", "--format", "xml"]))
            .status
            .code(),
        Some(2)
    );
    let out = run(tifa().arg("--version"));
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("tifa "));
}

#[test]
fn parse_a_file_and_stdin_print_the_library_document() {
    for path in corpus_files() {
        let out = run(tifa().arg("parse").arg(&path));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(v, library_json(&path), "{}", path.display());
    }
    let path = corpus_files().remove(0);
    let out = run_with_stdin(
        tifa().args(["parse", "-", "--compact"]),
        &std::fs::read(&path).unwrap(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 1);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v, library_json(&path));
    // The reference document.
    let out = run(tifa().args(["parse", "--reference"]));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        v,
        serde_json::to_value(tifa::parse(tifa::REFERENCE_DOCUMENT)).unwrap()
    );
}

#[test]
fn parse_of_a_missing_file_exits_1_and_says_why() {
    let out = run(tifa().args(["parse", "no/such/file.txt"]));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "tifa: no/such/file.txt: No such file or directory\n"
    );
}

#[test]
fn parse_of_several_files_prints_one_array_of_records() {
    let files = corpus_files();
    let out = run(tifa().arg("parse").args(&files[..2]).arg("no-such.txt"));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("tifa: no-such.txt: No such file or directory"));
    assert!(
        stderr(&out).contains("1 input of 3 failed"),
        "{}",
        stderr(&out)
    );
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let records = v.as_array().unwrap();
    assert_eq!(records.len(), 2);
    let validator = record_validator();
    for (r, path) in records.iter().zip(&files) {
        assert!(validator.is_valid(r));
        assert_eq!(r["file"], path.display().to_string());
        assert_eq!(strip_record(r.clone()), library_json(path));
    }
}

#[test]
fn corpus_streams_valid_records_in_input_order() {
    let dir = scratch("jsonl");
    let out_file = dir.join("out.jsonl");
    let out = run(tifa()
        .arg("corpus")
        .arg(corpus_dir())
        .arg("-o")
        .arg(&out_file));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let files = corpus_files();
    // Standard error is not a terminal here: plain lines, no carriage returns.
    let err = stderr(&out);
    assert!(!err.contains('\r'), "{err:?}");
    assert!(
        err.contains(&format!(
            "tifa corpus: {} documents written, 0 failed",
            files.len()
        )),
        "{err}"
    );
    let text = std::fs::read_to_string(&out_file).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), files.len());
    let validator = record_validator();
    for (line, path) in lines.iter().zip(&files) {
        let v: Value = serde_json::from_str(line).unwrap();
        let errors = validator.errors(&v);
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        assert_eq!(v["file"], path.display().to_string());
        assert_eq!(v["tifa_version"], tifa::VERSION);
        assert_eq!(v["record_schema_version"], 1);
        assert_eq!(v["document_schema_version"], 1);
        assert_eq!(v["offsets"], "bytes");
        // The record's first keys, then the document's, in schema order.
        assert!(line.starts_with("{\"file\":"), "{line:.60}");
        assert_eq!(strip_record(v), library_json(path));
    }
    // The schema rejects a record without its file, or with a wrong version.
    let mut v: Value = serde_json::from_str(lines[0]).unwrap();
    v["record_schema_version"] = Value::from(2);
    assert!(!validator.is_valid(&v));
    v.as_object_mut().unwrap().remove("file");
    assert!(!validator.is_valid(&v));
    // And the same records go to standard output without -o, with one worker too.
    let out = run(tifa()
        .args(["corpus", "--quiet", "--jobs", "1"])
        .arg(corpus_dir()));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), text);
    assert_eq!(stderr(&out), "");
}

#[test]
fn corpus_reports_failures_and_exits_1() {
    let dir = scratch("failures");
    let bad = dir.join("utf16.txt");
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend("We must unite.".encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&bad, bytes).unwrap();
    let files = corpus_files();
    let out = run(tifa()
        .args(["corpus", "-q"])
        .arg(&files[0])
        .arg("missing.txt")
        .arg(&bad)
        .arg(&files[1]));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("tifa: missing.txt: No such file or directory\n"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "tifa: {}: line 1, column 1: invalid UTF-8",
            bad.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("the bytes look like UTF-16 (little-endian"),
        "{err}"
    );
    assert!(err.contains("tifa: 2 inputs failed"), "{err}");
    // The good files are still written, in order.
    let names: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["file"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        names,
        [
            files[0].display().to_string(),
            files[1].display().to_string()
        ]
    );
    // Every input failed: still 1, never 0.
    let out = run(tifa().args(["corpus", "-q", "missing.txt"]));
    assert_eq!(out.status.code(), Some(1));
    // A directory with no .txt files.
    let empty = scratch("empty");
    let out = run(tifa().args(["corpus", "-q"]).arg(&empty));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no input files"));
}

#[test]
fn chars_offsets_slice_strings_by_code_point() {
    let out = run(tifa()
        .args(["corpus", "-q", "--offsets", "chars"])
        .arg(corpus_dir()));
    assert_eq!(out.status.code(), Some(0));
    let mut checked = 0;
    let mut differ = 0;
    for (line, path) in stdout(&out).lines().zip(corpus_files()) {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["offsets"], "chars");
        let text = std::fs::read_to_string(&path).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let doc = tifa::parse(&text);
        for (json, lib) in v["initiatives"]
            .as_array()
            .unwrap()
            .iter()
            .zip(doc.initiatives())
        {
            for (m, span) in json["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .zip(&lib.mentions)
            {
                let (s, e) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                let by_chars: String = chars[s..e].iter().collect();
                assert_eq!(by_chars, &text[span.range()], "{}", path.display());
                differ += usize::from(s != span.start);
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "{checked}");
    // The corpus has curly quotes before many mentions, so the units really differ.
    assert!(differ > 0);
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn corpus_csv_writes_three_tidy_tables() {
    let dir = scratch("csv");
    let out = run(tifa()
        .args(["corpus", "-q", "--format", "csv", "-o"])
        .arg(&dir)
        .arg(corpus_dir()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let files = corpus_files();
    let docs: Vec<(String, tifa::Document<'static>)> = files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            (p.display().to_string(), tifa::parse(&text).into_owned())
        })
        .collect();

    let (header, rows) = read_csv(&dir.join("documents.csv"));
    assert_eq!(&header[..3], ["file", "title", "kicker"]);
    assert_eq!(rows.len(), docs.len());
    for (row, (name, doc)) in rows.iter().zip(&docs) {
        assert_eq!(row[0], *name);
        assert_eq!(row[1], doc.metadata().title.as_deref().unwrap_or(""));
        let col = |c: &str| &row[header.iter().position(|h| h == c).unwrap()];
        assert_eq!(*col("achievements"), doc.achievements().len().to_string());
        assert_eq!(*col("initiatives"), doc.initiatives().len().to_string());
    }

    let (header, rows) = read_csv(&dir.join("items.csv"));
    assert_eq!(
        header,
        [
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
            "column"
        ]
    );
    let expected: Vec<Vec<String>> = docs
        .iter()
        .flat_map(|(name, doc)| {
            doc.enumerations()
                .iter()
                .enumerate()
                .flat_map(move |(n, e)| {
                    e.items.iter().map(move |i| {
                        let at = doc.line_col(i.span.start).unwrap();
                        vec![
                            name.clone(),
                            (n + 1).to_string(),
                            e.heading
                                .as_ref()
                                .map_or(String::new(), |h| h.text.to_string()),
                            e.kind.to_string(),
                            e.strength.to_string(),
                            e.declared_count.map_or(String::new(), |c| c.to_string()),
                            e.items.len().to_string(),
                            i.ordinal.to_string(),
                            i.marker.as_deref().unwrap_or("").to_owned(),
                            i.marker_kind.to_string(),
                            i.text.to_string(),
                            i.span.start.to_string(),
                            i.span.end.to_string(),
                            at.line.to_string(),
                            at.column.to_string(),
                        ]
                    })
                })
        })
        .collect();
    assert!(expected.len() > 30, "{}", expected.len());
    assert_eq!(rows, expected);

    let (header, rows) = read_csv(&dir.join("names.csv"));
    assert_eq!(
        header[..7],
        ["file", "kind", "name", "acronym", "chinese", "known", "mentions"]
    );
    let expected: usize = docs
        .iter()
        .map(|(_, d)| d.initiatives().len() + d.concepts().len())
        .sum();
    assert_eq!(rows.len(), expected);
    let bri = rows
        .iter()
        .find(|r| r[1] == "initiative" && r[2] == "Belt and Road Initiative")
        .unwrap();
    assert_eq!(bri[3], "BRI");
    assert!(bri[6].parse::<usize>().unwrap() >= 1);

    // CSV needs a directory.
    let out = run(tifa().args(["corpus", "--format", "csv"]).arg(corpus_dir()));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("-o OUTDIR"));
}

#[test]
fn html_page_for_a_file() {
    let dir = scratch("html");
    let report = dir.join("report.html");
    let reference = dir.join("reference.txt");
    std::fs::write(&reference, tifa::REFERENCE_DOCUMENT).unwrap();
    let out = run(tifa().arg("html").arg(&reference).arg("-o").arg(&report));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    // Ten achievements, each with its ordinal badge; the outline links to them.
    let items = html.matches("<span class=\"mark item\"").count();
    let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
    let expected: usize = doc.enumerations().iter().map(|e| e.items.len()).sum();
    assert!(items >= expected && expected >= 16, "{items} {expected}");
    // Every section heading is marked once (the legend shows one more).
    fn headings(sections: &[tifa::Section<'_>]) -> usize {
        sections
            .iter()
            .map(|s| usize::from(s.heading.is_some()) + headings(&s.sections))
            .sum()
    }
    let marked = html.matches("<span class=\"mark heading\"").count();
    assert_eq!(marked, 1 + headings(doc.sections()));
    assert!(marked >= 3, "{marked}");
    assert!(html.contains("href=\"#list-1-item-1\""));
    assert!(html.contains("id=\"list-1-item-1\""));
    assert!(html.contains("declares 10, found 10"));
    assert!(html.contains("<span class=\"mark initiative\" id=\"initiative-1-1\""));
    assert!(html.contains("class=\"note info\" id=\"diagnostic-1\""));
    // No external assets.
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains(" src="));
    // Every outline link has its target.
    let ids: std::collections::HashSet<&str> = html
        .split(" id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    for href in html
        .split("href=\"#")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
    {
        assert!(ids.contains(href), "no target for #{href}");
    }
    // The document's text is all there once the markup is taken out.
    let text: String = {
        let body =
            &html[html.find("<pre class=\"text\">").unwrap() + 18..html.find("</pre>").unwrap()];
        let mut out = String::new();
        // Inside a line number, badge or note (none holds a nested span).
        let mut skipping = false;
        let mut rest = body;
        while let Some(i) = rest.find('<') {
            if !skipping {
                out.push_str(&rest[..i]);
            }
            let end = i + rest[i..].find('>').unwrap();
            let tag = &rest[i..=end];
            if tag.starts_with("<span class=\"line-no\"")
                || tag.starts_with("<span class=\"badge\"")
                || tag.starts_with("<span class=\"note")
            {
                skipping = true;
            } else if tag == "</span>" {
                skipping = false;
            }
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    };
    assert_eq!(text, tifa::REFERENCE_DOCUMENT);
}

#[test]
fn html_escapes_everything_from_the_document() {
    let dir = scratch("escape");
    let evil = dir.join("evil.txt");
    std::fs::write(
        &evil,
        "<script>alert('title')</script> Work Conference\n\n\"Two tasks\".\n\nFirst, \"><img src=x onerror=alert(1)> open up.\n\nSecond, reform <b onmouseover=alert(2)>now</b>.\n\nEditor: <svg onload=alert(3)>\n",
    )
    .unwrap();
    let out = run(tifa().arg("html").arg(&evil));
    assert_eq!(out.status.code(), Some(0));
    let html = stdout(&out);
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
    for bad in ["<img", "<b ", "<svg", "onerror=alert(1)>", "<script>alert"] {
        assert!(!html.contains(bad), "{bad} in page");
    }
    assert!(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn compare_two_files_as_text_and_json() {
    let files = corpus_files();
    let a = files
        .iter()
        .find(|p| p.to_string_lossy().contains("cfawc-2023"))
        .unwrap();
    let dir = scratch("compare");
    let reference = dir.join("reference.txt");
    std::fs::write(&reference, tifa::REFERENCE_DOCUMENT).unwrap();
    let out = run(tifa().arg("compare").arg(&reference).arg(a));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with(&format!("a: {}\nb: {}\n", reference.display(), a.display())));
    assert!(text.contains("≠ publisher: “Mondo Social” | "), "{text}");
    assert!(text.contains("  = place: "), "{text}");
    assert!(
        text.contains("  = end: ") || text.contains("  ≠ end: "),
        "{text}"
    );
    assert_no_debug(&text, "compare");

    let out = run(tifa().arg("compare").arg(&reference).arg(a).arg("--json"));
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let ta = tifa::REFERENCE_DOCUMENT;
    let tb = std::fs::read_to_string(a).unwrap();
    let (da, db) = (tifa::parse(ta), tifa::parse(&tb));
    assert_eq!(v, serde_json::to_value(tifa::compare(&da, &db)).unwrap());

    let out = run(tifa().args(["compare", "missing-a.txt"]).arg(a));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("tifa: missing-a.txt: No such file or directory"));
}

#[test]
fn schema_prints_the_shipped_schemas() {
    let out = run(tifa().arg("schema"));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), tifa::JSON_SCHEMA);
    let on_disk =
        std::fs::read_to_string(root().join("schema/corpus-record-v1.schema.json")).unwrap();
    let out = run(tifa().args(["schema", "record"]));
    let bundled: Value = serde_json::from_str(&stdout(&out)).unwrap();
    // The bundle is the record schema on disk with the document schema moved inside: the
    // document's definitions beside the document itself, and the reference made local.
    let mut expected: Value = serde_json::from_str(&on_disk).unwrap();
    let mut document: Value = serde_json::from_str(tifa::JSON_SCHEMA).unwrap();
    let doc = document.as_object_mut().unwrap();
    let mut defs = doc.remove("$defs").unwrap();
    doc.remove("$schema").unwrap();
    doc.remove("$id").unwrap();
    defs["document-v1"] = document;
    expected["$defs"] = defs;
    expected["allOf"] = serde_json::json!([{ "$ref": "#/$defs/document-v1" }]);
    assert_eq!(bundled, expected);
    // Every reference in it resolves inside the bundle: the checker reports any that
    // does not, so checking the reference document's record exercises them all.
    let record = run(tifa()
        .args(["corpus", "--quiet"])
        .arg(corpus_files()[0].clone()));
    let line = stdout(&record);
    let v: Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(schema::errors(&bundled, &v), Vec::<String>::new());
}

/// Rust `Debug` forms that must never reach a person: `Some(..)`, `None`, and the
/// CamelCase names of the library's enum variants.
fn assert_no_debug(text: &str, what: &str) {
    const CAMEL: [&str; 16] = [
        "EditorInChief",
        "EditorInCharge",
        "WebEditor",
        "AboutAuthor",
        "NeedTo",
        "DeclaredOnly",
        "ListLead",
        "CountMismatch",
        "OrdinalGap",
        "OrdinalRepeat",
        "ListStartsLate",
        "YearInferred",
        "YearUnknown",
        "ControlCharacter",
        "Achievements list",
        "Kept Achievements",
    ];
    assert!(!text.contains("Some("), "{what}: Some( in\n{text}");
    assert!(
        !text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "None"),
        "{what}: None in\n{text}"
    );
    for c in CAMEL {
        assert!(!text.contains(c), "{what}: {c} in\n{text}");
    }
    for w in [
        "Added",
        "Dropped",
        "Kept",
        "Reworded",
        "Tasks",
        "Principles",
        "Must",
        "Explicit",
        "Soft",
    ] {
        assert!(
            !text
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{w} "))),
            "{what}: a line opens with the Debug name {w}:\n{text}"
        );
    }
    for (n, noun) in [(1, "mentions"), (1, "items"), (1, "blocks"), (1, "lists")] {
        assert!(
            !text.contains(&format!("({n} {noun}")),
            "{what}: ({n} {noun} in\n{text}"
        );
    }
}

#[test]
fn human_output_has_no_debug_formatting() {
    let dir = scratch("human");
    let reference = dir.join("reference.txt");
    std::fs::write(&reference, tifa::REFERENCE_DOCUMENT).unwrap();
    let mut files = corpus_files();
    files.push(reference);
    for path in &files {
        for offsets in ["bytes", "chars"] {
            let out = run(tifa().args(["summary", "--offsets", offsets]).arg(path));
            assert_eq!(out.status.code(), Some(0));
            let text = stdout(&out);
            // Places are shown as `line 13, column 1` or, in the outline, `13:1`.
            let place = |w: &str| {
                w.split_once(':').is_some_and(|(l, c)| {
                    !l.is_empty()
                        && !c.is_empty()
                        && l.bytes().all(|b| b.is_ascii_digit())
                        && c.bytes().all(|b| b.is_ascii_digit())
                })
            };
            let words: Vec<&str> = text
                .split(|c: char| !(c.is_ascii_digit() || c == ':'))
                .collect();
            assert!(
                text.contains("line ") || words.iter().any(|w| place(w)),
                "no place shown in\n{text}"
            );
            assert_no_debug(&text, &path.display().to_string());
        }
    }
    for pair in files.windows(2) {
        let out = run(tifa().arg("compare").arg(&pair[0]).arg(&pair[1]));
        assert_eq!(out.status.code(), Some(0));
        assert_no_debug(&stdout(&out), "compare");
    }
    // The reference's credits show their printed labels and roles in words.
    let out = run(tifa().args(["summary", "--reference"]));
    let text = stdout(&out);
    assert!(
        text.contains("Editor-in-chief: Ma Wenjia  (editor in chief; 121:19)"),
        "{text}"
    );
    assert!(
        text.contains("achievements list “Ten Achievements”: 10 items, declares 10"),
        "{text}"
    );
}

#[test]
fn wrong_formats_get_hints() {
    let dir = scratch("formats");
    let html = dir.join("page.html");
    std::fs::write(
        &html,
        "<!doctype html><html><head><title>Central Rural Work Conference</title></head><body><p>\"Three major tasks\"</p><p>First, grain.</p></body></html>\n",
    )
    .unwrap();
    let out = run(tifa().arg("summary").arg(&html));
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("warning: line 1, column 1: the text looks like HTML markup (it has `<!doctype html>`): tifa reads plain text, so extract the text first"),
        "{}",
        stdout(&out)
    );
    let cp1252 = dir.join("word.txt");
    std::fs::write(&cp1252, b"The conference\x92s tasks.\n").unwrap();
    let out = run(tifa().arg("parse").arg(&cp1252));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("tifa: {}: line 1, column 15: invalid UTF-8: expected a valid sequence, but found byte 0x92 at offset 14; the bytes look like Windows-1252 (in which 0x92 is \u{2019}): convert the file to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`\n", cp1252.display())
    );
}

/// A text written for the explain tests: a title, a count heading, two obligations.
const TWO_MUSTS: &str =
    "Rural Work Conference\n\n\"Two Musts\".\n\nWe must unite.\n\nWe must work hard.\n";

#[test]
fn explain_says_which_rules_decided_and_why() {
    let out = run_with_stdin(tifa().args(["explain", "-"]), TWO_MUSTS.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "line 1 \"Rural Work Conference\": title_without_stamp → title; title_case_line → not a name\n\
         line 3 \"\\\"Two Musts\\\".\": plain_heading → heading; declared_count → declares 2; section_rank → rank 1\n\
         line 5 \"We must unite.\": obligation_block → obligation; obligation_run → list of 2 items\n\
         line 7 \"We must work hard.\": obligation_block → obligation\n"
    );
    // One line, with the catalogue's sentence for each rule named there.
    let out = run_with_stdin(
        tifa().args(["explain", "-", "--line", "5"]),
        TWO_MUSTS.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    use tifa::rules::RuleId;
    assert_eq!(
        stdout(&out),
        format!(
            "line 5 \"We must unite.\": obligation_block → obligation; obligation_run → list of 2 items\n  \
             obligation_block: {}\n  obligation_run: {}\n",
            RuleId::ObligationBlock.info().summary,
            RuleId::ObligationRun.info().summary
        )
    );
    // The decisions about the text holding a byte, as JSON with line and column.
    let dir = scratch("explain");
    let path = dir.join("two-musts.txt");
    std::fs::write(&path, TWO_MUSTS).unwrap();
    let out = run(tifa()
        .arg("explain")
        .arg(&path)
        .args(["--at", "25", "--json"]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        v,
        serde_json::json!([
            {"rule": "plain_heading", "span": {"start": 23, "end": 35},
             "verdict": {"kind": "heading"}, "line": 3, "column": 1},
            {"rule": "declared_count", "span": {"start": 23, "end": 35},
             "verdict": {"declares": 2}, "line": 3, "column": 1},
            {"rule": "section_rank", "span": {"start": 23, "end": 35},
             "verdict": {"rank": 1}, "line": 3, "column": 1}
        ])
    );
    // A line with no decision says so; places outside the text are usage errors.
    let out = run(tifa().arg("explain").arg(&path).args(["--line", "2"]));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "line 2: no rule decided anything about text that starts on this line\n"
    );
    for args in [["--line", "0"], ["--line", "99"], ["--at", "9999"]] {
        let out = run(tifa().arg("explain").arg(&path).args(args));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains(&format!("{} ", args[0])),
            "{}",
            stderr(&out)
        );
    }
    // A page scraped onto one line shows columns, so that its rows can be told apart.
    let out = run(tifa()
        .arg("explain")
        .arg(corpus_dir().join("asean-2020-li-proposals-peoplesdaily.txt")));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let mut rows = text.lines();
    assert_eq!(
        rows.next(),
        Some(
            "line 1 \"Chinese premier raises four proposals to progres…\": run_on_split → cut into 19 units; run_on_header → title"
        )
    );
    assert_eq!(
        rows.next(),
        Some("line 1, column 61 \"ASEAN\": lexicon_form → name (organisation)")
    );
    assert_eq!(
        rows.next(),
        Some("line 1, column 67 \"( Xinhua ) 08:39, November 13, 2020\": run_on_header → byline")
    );
}

#[test]
fn rules_prints_the_catalogue_and_one_rule() {
    let out = run(tifa().arg("rules"));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), tifa::rules::catalogue_markdown());
    let out = run(tifa().args(["rules", "declared_count"]));
    assert_eq!(out.status.code(), Some(0));
    let info = tifa::rules::RuleId::DeclaredCount.info();
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!(
            "declared_count (blocks phase)\n  {}\n  example: {}\n",
            info.summary, info.example
        )),
        "{text}"
    );
    let out = run(tifa().args(["rules", "no_such_rule"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no rule is named \"no_such_rule\""));
}
