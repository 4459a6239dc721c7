//! Inputs named on the command line: files, directories (their `.txt` files, recursively,
//! in name order) and `-` for standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input to read: a file or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Source {
    /// The name shown in messages and written in records: the path as given, or `-`.
    pub(crate) fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_owned(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// Reads the whole input.
    pub(crate) fn read(&self) -> Result<Vec<u8>, String> {
        match self {
            Source::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut buf)
                    .map_err(|e| format!("cannot read standard input: {e}"))?;
                Ok(buf)
            }
            Source::File(p) => std::fs::read(p).map_err(|e| io_message(&e)),
        }
    }
}

/// An I/O error in plain words, without Rust's `(os error 2)` suffix.
pub(crate) fn io_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s.get(..i).unwrap_or(&s).to_owned(),
        None => s,
    }
}

/// The inputs found, and those that could not be listed (name, reason).
pub(crate) type Expanded = (Vec<Source>, Vec<(String, String)>);

/// Expands the arguments into inputs. A directory gives its `.txt` files, recursively, in
/// name order; `-` is standard input (at most once); anything else is taken as a file,
/// and a missing one fails when it is read. Directories that cannot be listed are
/// returned as failures.
pub(crate) fn expand(args: &[PathBuf], dirs: bool) -> Expanded {
    let mut out = Vec::new();
    let mut failed = Vec::new();
    for a in args {
        if a.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if dirs && a.is_dir() {
            walk(a, &mut out, &mut failed);
        } else {
            out.push(Source::File(a.clone()));
        }
    }
    (out, failed)
}

fn walk(dir: &Path, out: &mut Vec<Source>, failed: &mut Vec<(String, String)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            failed.push((dir.display().to_string(), io_message(&e)));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out, failed);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(Source::File(p));
        }
    }
}

/// Checks that the bytes are UTF-8 and parses them, with the library's message (which
/// names UTF-16, Windows-1252 and binary data when the bytes look like them).
pub(crate) fn parse(bytes: &[u8]) -> Result<tifa::Document<'_>, String> {
    tifa::parse_bytes(bytes).map_err(|e| e.to_string())
}

/// The bytes as text, or the library's message on why they are not UTF-8 (with line,
/// column, and the encoding they look like).
pub(crate) fn text(bytes: &[u8]) -> Result<&str, String> {
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok(t),
        Err(e) => Err(tifa::parse_bytes(bytes)
            .err()
            .map_or_else(|| e.to_string(), |lib| lib.to_string())),
    }
}
