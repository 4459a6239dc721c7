//! Parse a folder of `.txt` files into JSON Lines on stdout, one document per line, in
//! parallel across the machine's cores.
//!
//! ```text
//! cargo run --release --example corpus                      # the embedded reference document
//! cargo run --release --example corpus -- DIR [DIR|FILE]... > corpus.jsonl
//! cargo run --release --example corpus -- --table DIR       # what matched, per document
//! ```
//!
//! Each line is the document's JSON with a `file` key added. A progress line goes to
//! stderr; a file that cannot be read or is not UTF-8 is reported there and skipped, and
//! the run goes on. JSON Lines load straight into DuckDB, Polars or Spark:
//! `SELECT file, title, len(achievements) FROM read_json_auto('corpus.jsonl');`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[macro_use]
mod common;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One file's outcome: its JSON line and its table row, or why it failed.
type Outcome = Result<(String, String), String>;

fn main() -> ExitCode {
    let mut table = false;
    let mut inputs = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--table" {
            table = true;
        } else {
            inputs.push(PathBuf::from(arg));
        }
    }
    if inputs.is_empty() {
        let (json, row) = render("reference", tifa::REFERENCE_DOCUMENT);
        if table {
            outln!("{}", header());
            outln!("{row}");
        } else {
            outln!("{json}");
        }
        return ExitCode::SUCCESS;
    }
    let mut files = Vec::new();
    for input in &inputs {
        collect(input, &mut files);
    }
    files.sort();
    let total = files.len();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; total]);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    let outcome =
                        std::fs::read(path)
                            .map_err(|e| e.to_string())
                            .and_then(|bytes| {
                                let name = path.display().to_string();
                                match tifa::parse_bytes(&bytes) {
                                    Ok(doc) => Ok(render_doc(&name, &doc)),
                                    Err(e) => Err(e.to_string()),
                                }
                            });
                    if let Ok(mut r) = results.lock() {
                        if let Some(slot) = r.get_mut(i) {
                            *slot = Some(outcome);
                        }
                    }
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    eprint!("\rparsed {n}/{total}");
                }
            });
        }
    });
    eprintln!();
    let results = results.into_inner().unwrap_or_default();
    let mut failed = 0;
    if table {
        outln!("{}", header());
    }
    for (path, r) in files.iter().zip(results) {
        match r {
            Some(Ok((json, row))) => {
                outln!("{}", if table { row } else { json });
            }
            Some(Err(e)) => {
                failed += 1;
                eprintln!("skipped {}: {e}", path.display());
            }
            None => failed += 1,
        }
    }
    eprintln!("{} documents, {failed} skipped", total - failed);
    ExitCode::SUCCESS
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        match std::fs::read_dir(path) {
            Ok(entries) => {
                for e in entries.flatten() {
                    let p = e.path();
                    if p.is_dir() || p.extension().is_some_and(|x| x == "txt") {
                        collect(&p, out);
                    }
                }
            }
            Err(e) => eprintln!("skipped {}: {e}", path.display()),
        }
    } else {
        out.push(path.to_owned());
    }
}

fn header() -> String {
    format!(
        "{:<48} {:>10} {:>4} {:>5} {:>5} {:>4} {:>4} {:>4} {:>4} {:>4} {:>4}  title",
        "file", "date", "sec", "lists", "items", "ach", "pri", "obl", "ini", "con", "diag"
    )
}

fn render(name: &str, text: &str) -> (String, String) {
    render_doc(name, &tifa::parse(text))
}

fn render_doc(name: &str, doc: &tifa::Document<'_>) -> (String, String) {
    let json = match serde_json::to_value(doc) {
        Ok(serde_json::Value::Object(mut map)) => {
            map.insert(
                "file".to_owned(),
                serde_json::Value::String(name.to_owned()),
            );
            serde_json::to_string(&map).unwrap_or_default()
        }
        _ => String::new(),
    };
    let file = Path::new(name)
        .file_name()
        .map_or(name.to_owned(), |f| f.to_string_lossy().into_owned());
    let m = doc.metadata();
    let row = format!(
        "{:<48} {:>10} {:>4} {:>5} {:>5} {:>4} {:>4} {:>4} {:>4} {:>4} {:>4}  {}",
        file.chars().take(48).collect::<String>(),
        m.date.map_or("-".to_owned(), |d| d.to_string()),
        doc.sections().len(),
        doc.enumerations().len(),
        doc.enumerations()
            .iter()
            .map(|e| e.items.len())
            .sum::<usize>(),
        doc.achievements().len(),
        doc.principles().len(),
        doc.obligations().len(),
        doc.initiatives().len(),
        doc.concepts().len(),
        doc.diagnostics().len(),
        m.title
            .as_deref()
            .unwrap_or("-")
            .chars()
            .take(60)
            .collect::<String>(),
    );
    (json, row)
}
