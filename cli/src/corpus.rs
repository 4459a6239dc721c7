//! `tifa corpus`: many documents to JSON Lines or CSV, in parallel, streamed in input order
//! with bounded memory.
//!
//! Files are parsed on a rayon pool, at most `window` of them ahead of the next one to be
//! written; each result waits in a small reorder buffer until every file before it has been
//! written. Memory therefore depends on the window and the size of the largest documents,
//! never on the size of the corpus, and the first record is out as soon as the first file
//! is parsed.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use clap::ValueEnum;

use crate::input::{self, io_message, Source};
use crate::offsets::Offsets;
use crate::records::{self, Rows};

/// What `tifa corpus` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// One JSON record per line (to standard output, or the file given with `-o`).
    Jsonl,
    /// Three CSV tables in the directory given with `-o`: documents.csv, items.csv,
    /// names.csv.
    Csv,
}

/// Options of a corpus run.
pub(crate) struct Options {
    pub(crate) inputs: Vec<PathBuf>,
    pub(crate) output: Option<PathBuf>,
    pub(crate) format: Format,
    pub(crate) offsets: Offsets,
    pub(crate) jobs: usize,
    pub(crate) quiet: bool,
    pub(crate) progress_every: Duration,
}

/// What one file gives.
enum Out {
    Line(String),
    Rows(Box<Rows>),
}

fn work(src: &Source, format: Format, offsets: Offsets) -> (u64, Result<Out, String>) {
    let bytes = match src.read() {
        Ok(b) => b,
        Err(e) => return (0, Err(e)),
    };
    let len = bytes.len() as u64;
    let name = src.name();
    let out = input::parse(&bytes).and_then(|doc| match format {
        Format::Jsonl => records::record_line(&name, &doc, offsets).map(Out::Line),
        Format::Csv => Ok(Out::Rows(Box::new(records::rows(&name, &doc, offsets)))),
    });
    (len, out)
}

/// Where records go.
// One sink lives for a whole run: the size of its larger variant costs nothing.
#[allow(clippy::large_enum_variant)]
enum Sink {
    Lines(Box<dyn Write>),
    Tables {
        documents: csv::Writer<File>,
        items: csv::Writer<File>,
        names: csv::Writer<File>,
    },
}

fn csv_writer(dir: &Path, name: &str, header: &[&str]) -> Result<csv::Writer<File>, String> {
    let path = dir.join(name);
    let mut w = csv::Writer::from_path(&path)
        .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    w.write_record(header)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(w)
}

impl Sink {
    fn open(format: Format, output: Option<&Path>) -> Result<Sink, String> {
        match (format, output) {
            (Format::Jsonl, None) => Ok(Sink::Lines(Box::new(std::io::stdout().lock()))),
            (Format::Jsonl, Some(p)) if p.as_os_str() == "-" => {
                Ok(Sink::Lines(Box::new(std::io::stdout().lock())))
            }
            (Format::Jsonl, Some(p)) => {
                let f = File::create(p)
                    .map_err(|e| format!("cannot create {}: {}", p.display(), io_message(&e)))?;
                Ok(Sink::Lines(Box::new(std::io::BufWriter::new(f))))
            }
            (Format::Csv, None) => Err(
                "--format csv writes three files: name their directory with -o OUTDIR".to_owned(),
            ),
            (Format::Csv, Some(dir)) => {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {}", dir.display(), io_message(&e)))?;
                Ok(Sink::Tables {
                    documents: csv_writer(dir, "documents.csv", &records::DOCUMENT_COLUMNS)?,
                    items: csv_writer(dir, "items.csv", &records::ITEM_COLUMNS)?,
                    names: csv_writer(dir, "names.csv", &records::NAME_COLUMNS)?,
                })
            }
        }
    }

    fn write(&mut self, out: Out) -> std::io::Result<()> {
        match (self, out) {
            (Sink::Lines(w), Out::Line(line)) => {
                w.write_all(line.as_bytes())?;
                w.write_all(b"\n")?;
                // Each record is out as soon as it is ready (a reader downstream sees it).
                w.flush()
            }
            (
                Sink::Tables {
                    documents,
                    items,
                    names,
                },
                Out::Rows(rows),
            ) => {
                documents.write_record(&rows.document)?;
                for r in &rows.items {
                    items.write_record(r)?;
                }
                for r in &rows.names {
                    names.write_record(r)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn finish(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Lines(w) => w.flush(),
            Sink::Tables {
                documents,
                items,
                names,
            } => {
                documents.flush()?;
                items.flush()?;
                names.flush()
            }
        }
    }
}

/// Progress on standard error: a bar on a terminal, a plain line every few seconds
/// otherwise (a log file gets no carriage returns), nothing with `--quiet`.
enum Progress {
    Quiet,
    Bar(indicatif::ProgressBar),
    Lines {
        every: Duration,
        last: Instant,
        total: usize,
    },
}

impl Progress {
    fn new(total: usize, quiet: bool, every: Duration) -> Progress {
        if quiet {
            Progress::Quiet
        } else if std::io::stderr().is_terminal() {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{elapsed_precise} [{bar:30}] {pos}/{len} files, {msg} (eta {eta})",
            ) {
                bar.set_style(style.progress_chars("=> "));
            }
            Progress::Bar(bar)
        } else {
            Progress::Lines {
                every,
                last: Instant::now(),
                total,
            }
        }
    }

    /// A failure, shown whatever the mode.
    fn fail(&self, name: &str, why: &str) {
        let line = format!("tifa: {name}: {why}");
        match self {
            Progress::Bar(b) => b.println(line),
            _ => eprintln!("{line}"),
        }
    }

    fn update(&mut self, done: usize, failed: usize, bytes: u64, started: Instant) {
        match self {
            Progress::Quiet => {}
            Progress::Bar(b) => {
                b.set_position(done as u64);
                b.set_message(format!("{failed} failed, {}", megabytes(bytes)));
            }
            Progress::Lines { every, last, total } => {
                if last.elapsed() >= *every {
                    *last = Instant::now();
                    eprintln!(
                        "tifa corpus: {done} of {total} files ({}%), {failed} failed, {} in {:.1} s",
                        (done * 100).checked_div(*total).unwrap_or(100),
                        megabytes(bytes),
                        started.elapsed().as_secs_f64()
                    );
                }
            }
        }
    }

    fn finish(&self) {
        if let Progress::Bar(b) = self {
            b.finish_and_clear();
        }
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// Runs `tifa corpus`; returns the exit code (0 all written, 1 some input failed).
pub(crate) fn run(opts: &Options) -> u8 {
    let started = Instant::now();
    let (sources, unlisted) = input::expand(&opts.inputs, true);
    let mut sink = match Sink::open(opts.format, opts.output.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("tifa: {e}");
            return 1;
        }
    };
    let total = sources.len();
    let mut progress = Progress::new(total, opts.quiet, opts.progress_every);
    let mut failed = unlisted.len();
    for (name, why) in &unlisted {
        progress.fail(name, why);
    }
    if total == 0 {
        progress.finish();
        eprintln!("tifa: no input files (a directory gives its .txt files)");
        return 1;
    }
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs)
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("tifa: cannot start worker threads: {e}");
            return 1;
        }
    };
    // At most `window` files are read, parsed or waiting to be written at once.
    let window = opts.jobs.max(1) * 4;
    let (tx, rx) = mpsc::channel::<(usize, u64, Result<Out, String>)>();
    let mut pending: BTreeMap<usize, (u64, Result<Out, String>)> = BTreeMap::new();
    let (mut submitted, mut written) = (0usize, 0usize);
    let mut bytes = 0u64;
    let mut documents = 0usize;
    let mut write_error = None;
    while written < total {
        while submitted < total && submitted < written + window {
            let Some(src) = sources.get(submitted).cloned() else {
                break;
            };
            let tx = tx.clone();
            let i = submitted;
            let (format, offsets) = (opts.format, opts.offsets);
            pool.spawn(move || {
                let result = std::panic::catch_unwind(|| work(&src, format, offsets))
                    .unwrap_or_else(|_| {
                        (
                            0,
                            Err(
                                "internal error: the parser panicked (please report this input)"
                                    .to_owned(),
                            ),
                        )
                    });
                let _ = tx.send((i, result.0, result.1));
            });
            submitted += 1;
        }
        let Ok((i, len, result)) = rx.recv() else {
            break;
        };
        pending.insert(i, (len, result));
        while let Some((len, result)) = pending.remove(&written) {
            bytes += len;
            let name = sources.get(written).map_or_else(String::new, Source::name);
            written += 1;
            match result {
                Ok(out) => {
                    if let Err(e) = sink.write(out) {
                        write_error = Some(e);
                        break;
                    }
                    documents += 1;
                }
                Err(why) => {
                    failed += 1;
                    progress.fail(&name, &why);
                }
            }
            progress.update(written, failed, bytes, started);
        }
        if write_error.is_some() {
            break;
        }
    }
    progress.finish();
    if let Some(e) = write_error.or_else(|| sink.finish().err()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return 0;
        }
        eprintln!("tifa: cannot write the output: {}", io_message(&e));
        return 1;
    }
    if !opts.quiet {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "tifa corpus: {} written, {failed} failed; {} in {secs:.1} s ({:.1} MB/s)",
            crate::human::count(documents, "document", "documents"),
            megabytes(bytes),
            bytes as f64 / 1e6 / secs.max(1e-9)
        );
    }
    if failed > 0 {
        eprintln!(
            "tifa: {} failed (named above with the reason)",
            crate::human::count(failed, "input", "inputs")
        );
        1
    } else {
        0
    }
}
