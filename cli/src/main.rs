//! The `tifa` command: parse English summaries of official Chinese meetings into JSON,
//! JSON Lines, CSV tables or an HTML view; summarise and compare them.
//!
//! Exit status: 0 when every input went well, 1 when some input failed (each is named on
//! standard error with the reason), 2 on a usage error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};

mod corpus;
mod html;
mod human;
mod input;
mod offsets;
mod records;

use input::Source;
use offsets::Offsets;

const AFTER_HELP: &str = "\
Examples:
  tifa summary meeting.txt              a readable outline, with line and column
  tifa summary --reference              the same for the embedded reference document
  tifa parse meeting.txt > meeting.json the document as JSON
  pbpaste | tifa parse -                standard input
  tifa corpus articles/ -o corpus.jsonl a folder of .txt files to JSON Lines
  tifa corpus articles/ --format csv -o tables/
  tifa html meeting.txt -o report.html  a page showing what was found
  tifa compare 2023.txt 2024.txt        what was added, dropped or reworded
  tifa explain meeting.txt --line 40   why line 40 was read as it was
  tifa rules                            the rules the parser applies
  tifa schema > document.schema.json

Exit status: 0 all inputs went well, 1 some input failed (named on standard error),
2 usage error.";

/// Parse English summaries of official Chinese meetings into a typed document model.
#[derive(Parser, Debug)]
#[command(name = "tifa", version, about, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print each document as JSON (spans as byte offsets unless --offsets chars).
    #[command(after_help = "\
One input prints its document as one JSON object (the shape of `tifa schema`). Several
inputs, or a directory, print one JSON array of corpus records (each with its `file`).

Examples:
  tifa parse meeting.txt
  tifa parse --offsets chars meeting.txt   spans that slice a Python str
  cat meeting.txt | tifa parse -
  tifa parse --reference")]
    Parse {
        /// Files, directories (their .txt files) or `-` for standard input.
        #[arg(value_name = "FILE")]
        inputs: Vec<PathBuf>,
        /// Parse the embedded reference document.
        #[arg(long, conflicts_with = "inputs")]
        reference: bool,
        /// What span offsets count: bytes of the UTF-8 text, or Unicode code points.
        #[arg(long, value_enum, default_value_t = Offsets::Bytes)]
        offsets: Offsets,
        /// One line of JSON instead of indented JSON.
        #[arg(long)]
        compact: bool,
    },
    /// Print a readable outline: metadata, sections, lists, names, credits, diagnostics.
    #[command(after_help = "\
Examples:
  tifa summary meeting.txt plenum.txt
  tifa summary --offsets chars meeting.txt
  tifa summary --reference")]
    Summary {
        /// Files, directories (their .txt files) or `-` for standard input.
        #[arg(value_name = "FILE")]
        inputs: Vec<PathBuf>,
        /// Summarise the embedded reference document.
        #[arg(long, conflicts_with = "inputs")]
        reference: bool,
        /// What the offsets shown count: bytes, or Unicode code points.
        #[arg(long, value_enum, default_value_t = Offsets::Bytes)]
        offsets: Offsets,
    },
    /// Compare two documents: metadata, names, lists and items added, dropped or reworded.
    #[command(after_help = "\
Examples:
  tifa compare 2023.txt 2024.txt
  tifa compare 2023.txt 2024.txt --json")]
    Compare {
        /// The first document (`-` for standard input).
        a: PathBuf,
        /// The second document (`-` for standard input).
        b: PathBuf,
        /// Print the comparison as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Parse many documents, in parallel, to JSON Lines or CSV tables, streamed in input order.
    #[command(after_help = "\
Each JSON Lines record is the document's JSON with `file`, `tifa_version`,
`record_schema_version`, `document_schema_version` and `offsets` added first (the shape of
`tifa schema record`). Records are written in input order as soon as each is parsed;
memory stays bounded whatever the corpus size. Progress goes to standard error: a bar on
a terminal, a plain line every few seconds otherwise.

`--format csv -o DIR` writes DIR/documents.csv (one row per document), DIR/items.csv (one
row per list item: document, list heading, kind, ordinal, marker, text, span, line) and
DIR/names.csv (one row per initiative or concept, with its mention count).

Examples:
  tifa corpus articles/ -o corpus.jsonl
  tifa corpus a/ b/ extra.txt > corpus.jsonl
  tifa corpus articles/ --format csv -o tables/
  duckdb -c \"SELECT file, title, len(achievements) FROM read_json_auto('corpus.jsonl')\"")]
    Corpus {
        /// Directories (their .txt files, recursively), files, or `-` for standard input.
        #[arg(value_name = "INPUT", required = true)]
        inputs: Vec<PathBuf>,
        /// Where to write: a file for jsonl (standard output when absent), a directory for csv.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// What to write.
        #[arg(long, value_enum, default_value_t = corpus::Format::Jsonl)]
        format: corpus::Format,
        /// What span offsets count: bytes of the UTF-8 text, or Unicode code points.
        #[arg(long, value_enum, default_value_t = Offsets::Bytes)]
        offsets: Offsets,
        /// Worker threads (default: the number of cores).
        #[arg(short, long)]
        jobs: Option<usize>,
        /// No progress and no final count (failures are still reported).
        #[arg(short, long)]
        quiet: bool,
        /// Seconds between progress lines when standard error is not a terminal.
        #[arg(long, value_name = "SECONDS", default_value_t = 10.0)]
        progress_every: f64,
    },
    /// Write a self-contained HTML page showing what was found in a document.
    #[command(after_help = "\
The page shows the text with headings, list items (with their ordinals), obligations,
initiatives, concepts and credits highlighted and page chrome greyed out; an outline
beside it lists the lists with declared and found counts, the names with their mention
counts and the diagnostics, each linking to its place. It loads nothing from the network.

Examples:
  tifa html meeting.txt -o report.html
  tifa html --reference -o reference.html")]
    Html {
        /// The document (`-` for standard input).
        #[arg(value_name = "FILE", required_unless_present = "reference")]
        input: Option<PathBuf>,
        /// Show the embedded reference document.
        #[arg(long, conflicts_with = "input")]
        reference: bool,
        /// Where to write the page (standard output when absent).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print a JSON Schema: of a document (`tifa parse`) or of a corpus record.
    #[command(after_help = "\
Examples:
  tifa schema > document-v1.schema.json
  tifa schema record > corpus-record-v1.schema.json")]
    Schema {
        /// Which schema.
        #[arg(value_enum, default_value_t = Which::Document)]
        which: Which,
    },
    /// Say why the parser read a document as it did: the rules that decided about each line.
    #[command(after_help = "\
Each piece of text a rule decided about is shown with its line (and column, when it does
not start the line), its first words, and each decision in the order the rules made it:

  line 40 \"Six musts\": plain_heading -> heading; declared_count -> declares 6

--line N shows one line, with a sentence from the catalogue for each rule named there;
--at OFFSET the decisions about the text holding that byte. `tifa rules` lists every rule.

Examples:
  tifa explain meeting.txt
  tifa explain meeting.txt --line 40
  tifa explain --reference --json > decisions.json")]
    Explain {
        /// The document (`-` for standard input).
        #[arg(value_name = "FILE", required_unless_present = "reference")]
        input: Option<PathBuf>,
        /// Explain the embedded reference document.
        #[arg(long, conflicts_with = "input")]
        reference: bool,
        /// Only the text that starts on this line (1-based).
        #[arg(long, value_name = "LINE", conflicts_with = "at")]
        line: Option<usize>,
        /// Only the text that holds this byte offset.
        #[arg(long, value_name = "OFFSET")]
        at: Option<usize>,
        /// One JSON object per decision (rule, verdict, span, line, column), as an array.
        #[arg(long)]
        json: bool,
    },
    /// List the parser's rules: what each decides, an example, and its thresholds.
    #[command(after_help = "\
Examples:
  tifa rules                 the whole catalogue, as Markdown
  tifa rules count_heading   one rule")]
    Rules {
        /// One rule's name (as `tifa explain` shows it); all rules when absent.
        name: Option<String>,
    },
}

/// Which JSON Schema `tifa schema` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Which {
    /// A document, as `tifa parse` prints it.
    Document,
    /// A line of `tifa corpus`: a document with `file` and version keys.
    Record,
}

/// Writes to standard output; a closed pipe (`| head`) ends the program quietly.
fn out(s: &str) -> Result<(), u8> {
    let mut o = std::io::stdout().lock();
    match o.write_all(s.as_bytes()).and_then(|()| o.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(0),
        Err(e) => {
            eprintln!("tifa: cannot write the output: {}", input::io_message(&e));
            Err(1)
        }
    }
}

/// The inputs of `parse` and `summary`: the reference, or the expanded arguments. A usage
/// error when there are none.
fn inputs(args: &[PathBuf], reference: bool) -> Result<input::Expanded, u8> {
    if reference {
        return Ok((Vec::new(), Vec::new()));
    }
    if args.is_empty() {
        eprintln!("tifa: name at least one FILE (`-` reads standard input), or use --reference\n\nFor more information, try '--help'.");
        return Err(2);
    }
    Ok(input::expand(args, true))
}

/// Runs `each` on every input's document; reports failures; returns the exit code.
fn each_document(
    sources: &[Source],
    unlisted: &[(String, String)],
    mut each: impl FnMut(&str, &tifa::Document<'_>) -> Result<(), u8>,
) -> u8 {
    let mut failed = 0;
    for (name, why) in unlisted {
        eprintln!("tifa: {name}: {why}");
        failed += 1;
    }
    for src in sources {
        let name = src.name();
        let result = src
            .read()
            .and_then(|bytes| input::parse(&bytes).map(|doc| each(&name, &doc)));
        match result {
            Ok(Ok(())) => {}
            Ok(Err(code)) => return code,
            Err(why) => {
                eprintln!("tifa: {name}: {why}");
                failed += 1;
            }
        }
    }
    if failed > 0 {
        if sources.len() + unlisted.len() > 1 {
            eprintln!(
                "tifa: {} of {} failed",
                human::count(failed, "input", "inputs"),
                sources.len() + unlisted.len()
            );
        }
        1
    } else {
        0
    }
}

fn parse_cmd(args: &[PathBuf], reference: bool, offsets: Offsets, compact: bool) -> u8 {
    let to_string = |v: &serde_json::Value| {
        if compact {
            serde_json::to_string(v)
        } else {
            serde_json::to_string_pretty(v)
        }
    };
    if reference {
        let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
        let text = records::document_json(&doc, offsets)
            .and_then(|v| to_string(&v).map_err(|e| e.to_string()));
        return match text {
            Ok(s) => out(&format!("{s}\n")).err().unwrap_or(0),
            Err(e) => {
                eprintln!("tifa: {e}");
                1
            }
        };
    }
    let (sources, unlisted) = match inputs(args, false) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let single = sources.len() == 1 && unlisted.is_empty() && !args.iter().any(|a| a.is_dir());
    if single {
        return each_document(&sources, &[], |_, doc| {
            let v = records::document_json(doc, offsets).map_err(|e| {
                eprintln!("tifa: {e}");
                1u8
            })?;
            let s = to_string(&v).map_err(|_| 1u8)?;
            out(&format!("{s}\n"))
        });
    }
    // Several documents: one JSON array of records, written as they come.
    if let Err(code) = out("[") {
        return code;
    }
    let mut first = true;
    let code = each_document(&sources, &unlisted, |name, doc| {
        let line = records::record_line(name, doc, offsets).map_err(|e| {
            eprintln!("tifa: {name}: {e}");
            1u8
        })?;
        let sep = if first { "\n" } else { ",\n" };
        first = false;
        out(&format!("{sep}{line}"))
    });
    match out("\n]\n") {
        Ok(()) => code,
        Err(c) => c.max(code),
    }
}

fn summary_cmd(args: &[PathBuf], reference: bool, offsets: Offsets) -> u8 {
    if reference {
        let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
        return out(&human::summary("reference document", &doc, offsets))
            .err()
            .unwrap_or(0);
    }
    let (sources, unlisted) = match inputs(args, false) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let mut first = true;
    each_document(&sources, &unlisted, |name, doc| {
        let sep = if first { "" } else { "\n" };
        first = false;
        out(&format!("{sep}{}", human::summary(name, doc, offsets)))
    })
}

fn compare_cmd(a: &Path, b: &Path, json: bool) -> u8 {
    let sources = [a, b].map(|p| {
        if p.as_os_str() == "-" {
            Source::Stdin
        } else {
            Source::File(p.to_path_buf())
        }
    });
    if sources.iter().all(|s| *s == Source::Stdin) {
        eprintln!("tifa: only one of the two documents can come from standard input");
        return 2;
    }
    let mut texts = Vec::new();
    let mut failed = false;
    for s in &sources {
        match s.read() {
            Ok(bytes) => texts.push(bytes),
            Err(why) => {
                eprintln!("tifa: {}: {why}", s.name());
                failed = true;
            }
        }
    }
    if failed {
        return 1;
    }
    let (Some(ta), Some(tb)) = (texts.first(), texts.get(1)) else {
        return 1;
    };
    let parsed = [(&sources[0], ta), (&sources[1], tb)]
        .map(|(s, t)| input::parse(t).map_err(|why| eprintln!("tifa: {}: {why}", s.name())));
    let [Ok(da), Ok(db)] = parsed else {
        return 1;
    };
    let c = tifa::compare(&da, &db);
    if json {
        match serde_json::to_string_pretty(&c) {
            Ok(s) => out(&format!("{s}\n")).err().unwrap_or(0),
            Err(e) => {
                eprintln!("tifa: cannot serialise: {e}");
                1
            }
        }
    } else {
        out(&human::comparison(
            &c,
            (&sources[0].name(), &da),
            (&sources[1].name(), &db),
        ))
        .err()
        .unwrap_or(0)
    }
}

/// The one document of `html` and `explain`: its name and bytes, or the exit code of the
/// failure (reported on standard error).
fn read_one(input: Option<&PathBuf>, reference: bool) -> Result<(String, Vec<u8>), u8> {
    if reference {
        return Ok((
            "reference document".to_owned(),
            tifa::REFERENCE_DOCUMENT.as_bytes().to_vec(),
        ));
    }
    let Some(p) = input else {
        eprintln!("tifa: name a FILE (`-` reads standard input), or use --reference");
        return Err(2);
    };
    let src = if p.as_os_str() == "-" {
        Source::Stdin
    } else {
        Source::File(p.clone())
    };
    match src.read() {
        Ok(b) => Ok((src.name(), b)),
        Err(why) => {
            eprintln!("tifa: {}: {why}", src.name());
            Err(1)
        }
    }
}

fn html_cmd(input: Option<&PathBuf>, reference: bool, output: Option<&PathBuf>) -> u8 {
    let (name, bytes) = match read_one(input, reference) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let doc = match input::parse(&bytes) {
        Ok(d) => d,
        Err(why) => {
            eprintln!("tifa: {name}: {why}");
            return 1;
        }
    };
    let page = html::page(&name, &doc);
    match output {
        Some(p) if p.as_os_str() != "-" => match std::fs::write(p, page) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!(
                    "tifa: cannot write {}: {}",
                    p.display(),
                    input::io_message(&e)
                );
                1
            }
        },
        _ => out(&page).err().unwrap_or(0),
    }
}

/// What `tifa explain` shows.
struct ExplainOptions {
    line: Option<usize>,
    at: Option<usize>,
    json: bool,
}

fn explain_cmd(input: Option<&PathBuf>, reference: bool, opts: &ExplainOptions) -> u8 {
    let (name, bytes) = match read_one(input, reference) {
        Ok(x) => x,
        Err(code) => return code,
    };
    // The library's byte check names UTF-16, Windows-1252 and binary data.
    let text = match input::text(&bytes) {
        Ok(text) => text,
        Err(why) => {
            eprintln!("tifa: {name}: {why}");
            return 1;
        }
    };
    let why = tifa::explain(text);
    if let Some(offset) = opts.at {
        if offset > text.len() {
            eprintln!(
                "tifa: {name}: --at {offset} is past the end of the text ({} bytes)",
                text.len()
            );
            return 2;
        }
    }
    if let Some(line) = opts.line {
        let last = why.document.line_col(text.len()).map_or(1, |at| at.line);
        if line == 0 || line > last {
            eprintln!("tifa: {name}: --line {line} is not a line of the text (1 to {last})");
            return 2;
        }
    }
    if opts.json {
        return match human::decisions_json(&why, opts.line, opts.at) {
            Ok(s) => out(&s).err().unwrap_or(0),
            Err(e) => {
                eprintln!("tifa: {e}");
                1
            }
        };
    }
    out(&human::explanation(&why, opts.line, opts.at))
        .err()
        .unwrap_or(0)
}

fn rules_cmd(name: Option<&str>) -> u8 {
    let Some(name) = name else {
        return out(&tifa::rules::catalogue_markdown()).err().unwrap_or(0);
    };
    match tifa::rules::RuleId::from_name(name) {
        Some(id) => out(&human::rule(id)).err().unwrap_or(0),
        None => {
            eprintln!(
                "tifa: no rule is named {name:?}; `tifa rules` lists them all\n\nFor more information, try '--help'."
            );
            2
        }
    }
}

fn schema_cmd(which: Which) -> u8 {
    let text = match which {
        Which::Document => Ok(tifa::JSON_SCHEMA.to_owned()),
        Which::Record => records::bundled_record_schema(),
    };
    match text {
        Ok(s) => out(&s).err().unwrap_or(0),
        Err(e) => {
            eprintln!("tifa: {e}");
            1
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // --help and --version print and succeed; usage errors exit 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let code = match cli.command {
        Command::Parse {
            inputs,
            reference,
            offsets,
            compact,
        } => parse_cmd(&inputs, reference, offsets, compact),
        Command::Summary {
            inputs,
            reference,
            offsets,
        } => summary_cmd(&inputs, reference, offsets),
        Command::Compare { a, b, json } => compare_cmd(&a, &b, json),
        Command::Corpus {
            inputs,
            output,
            format,
            offsets,
            jobs,
            quiet,
            progress_every,
        } => corpus::run(&corpus::Options {
            inputs,
            output,
            format,
            offsets,
            jobs: jobs.unwrap_or_else(|| {
                std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)
            }),
            quiet,
            progress_every: Duration::from_secs_f64(progress_every.clamp(0.0, 86_400.0)),
        }),
        Command::Html {
            input,
            reference,
            output,
        } => html_cmd(input.as_ref(), reference, output.as_ref()),
        Command::Schema { which } => schema_cmd(which),
        Command::Explain {
            input,
            reference,
            line,
            at,
            json,
        } => explain_cmd(
            input.as_ref(),
            reference,
            &ExplainOptions { line, at, json },
        ),
        Command::Rules { name } => rules_cmd(name.as_deref()),
    };
    ExitCode::from(code)
}
