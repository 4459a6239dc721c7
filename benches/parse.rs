//! Parse throughput, side by side with pulldown-cmark on the same bytes.
//!
//! Groups: the reference document ×1, ×100 and ×1000 (cost per byte should not grow), each
//! corpus document, the parser's phases on the reference document, and `floors`: pieces of
//! work the parser cannot skip (the lexicon scan, the model's allocations), measured alone.
//! Every group runs `pulldown_cmark::Parser::new(text).count()` as the peer, in the same
//! run, and each line gives its ratio to the peer.
//!
//! ```text
//! cargo bench --bench parse
//! cargo bench --bench parse -- reference   # groups whose name holds `reference`
//! ```
//!
//! The harness is a small one of its own (no dependency to compile): each case is warmed
//! up, then timed in 31 samples of a calibrated number of iterations (each sample at least
//! 10 ms); it prints the median time per iteration, the throughput at the median, and the
//! spread (the samples' first and third quartiles), so that a noisy run shows itself.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::{Duration, Instant};

fn peer(text: &str) -> usize {
    pulldown_cmark::Parser::new(text).count()
}

fn tifa_parse(text: &str) -> usize {
    let doc = tifa::parse(text);
    doc.enumerations().len() + doc.concepts().len() + doc.diagnostics().len()
}

/// How many samples a case is timed in (odd, so that the median is one sample).
const SAMPLES: usize = 31;
/// The least time one sample takes.
const SAMPLE_TIME: Duration = Duration::from_millis(10);
/// How long a case is run before it is timed.
const WARM_UP: Duration = Duration::from_millis(300);

/// One case's timing: nanoseconds per iteration at the median and quartiles.
#[derive(Clone, Copy)]
struct Timing {
    median: f64,
    q1: f64,
    q3: f64,
}

/// Times `f`: warm-up, calibration of the iterations per sample, then the samples.
fn time(mut f: impl FnMut() -> usize) -> Timing {
    let start = Instant::now();
    let mut iters: u64 = 0;
    while start.elapsed() < WARM_UP {
        black_box(f());
        iters += 1;
    }
    let per_iter = WARM_UP.as_secs_f64() / iters.max(1) as f64;
    let n = ((SAMPLE_TIME.as_secs_f64() / per_iter).ceil() as u64).max(1);
    let mut samples: Vec<f64> = (0..SAMPLES)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                black_box(f());
            }
            t.elapsed().as_nanos() as f64 / n as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    let at = |q: usize| {
        samples
            .get(q * (SAMPLES - 1) / 4)
            .copied()
            .unwrap_or(f64::NAN)
    };
    Timing {
        median: at(2),
        q1: at(1),
        q3: at(3),
    }
}

fn human(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

/// A case: its name and the work timed, which returns a number so that it is not
/// optimised away.
type Case<'t> = (&'static str, Box<dyn FnMut() -> usize + 't>);

/// A group of cases over one text, the peer among them.
struct Group<'t> {
    name: String,
    bytes: usize,
    cases: Vec<Case<'t>>,
}

impl<'t> Group<'t> {
    fn new(name: impl Into<String>, text: &str) -> Self {
        Group {
            name: name.into(),
            bytes: text.len(),
            cases: Vec::new(),
        }
    }

    fn case(mut self, name: &'static str, f: impl FnMut() -> usize + 't) -> Self {
        self.cases.push((name, Box::new(f)));
        self
    }

    /// Runs the cases and prints a line each, with its ratio to the case named
    /// `pulldown-cmark`.
    fn run(self) {
        let results: Vec<(&str, Timing)> = self
            .cases
            .into_iter()
            .map(|(name, f)| (name, time(f)))
            .collect();
        let peer = results
            .iter()
            .find(|(n, _)| *n == "pulldown-cmark")
            .map(|(_, t)| t.median);
        for (case, t) in &results {
            let mb_s = self.bytes as f64 / t.median * 1e3;
            let ratio = peer.map_or(String::new(), |p| format!("{:.2}x peer", t.median / p));
            println!(
                "{:<28} {:<20} {:>10}  [{:>10} {:>10}]  {:>8.1} MB/s  {}",
                self.name,
                case,
                human(t.median),
                human(t.q1),
                human(t.q3),
                mb_s,
                ratio
            );
        }
    }
}

fn pair<'t>(group: impl Into<String>, text: &'t str) -> Group<'t> {
    Group::new(group, text)
        .case("tifa", move || tifa_parse(black_box(text)))
        .case("pulldown-cmark", move || peer(black_box(text)))
}

fn reference(out: &mut Vec<Group<'static>>) {
    let x100: &'static str = Box::leak(tifa::REFERENCE_DOCUMENT.repeat(100).into_boxed_str());
    let x1000: &'static str = Box::leak(tifa::REFERENCE_DOCUMENT.repeat(1000).into_boxed_str());
    out.push(pair("reference x1", tifa::REFERENCE_DOCUMENT));
    out.push(pair("reference x100", x100));
    out.push(pair("reference x1000", x1000));
}

fn corpus(out: &mut Vec<Group<'static>>) {
    // The development corpus, when the crate is built from its repository.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
    let mut docs: Vec<(String, String)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| {
            let name = p.file_stem()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(&p).ok()?))
        })
        .collect();
    docs.sort();
    for (name, text) in docs {
        let text: &'static str = Box::leak(text.into_boxed_str());
        out.push(pair(format!("corpus {name}"), text));
    }
}

fn phases(out: &mut Vec<Group<'static>>) {
    let text = tifa::REFERENCE_DOCUMENT;
    out.push(
        Group::new("phases", text)
            .case("lines", move || tifa::__bench::lines(black_box(text)))
            .case("lines+blocks", move || {
                tifa::__bench::blocks(black_box(text))
            })
            .case("names", move || tifa::__bench::names(black_box(text)))
            .case("all", move || tifa_parse(black_box(text)))
            .case("pulldown-cmark", move || peer(black_box(text))),
    );
}

/// Work that any parser built the way the crate's design asks must do, on the reference
/// document, beside the peer: the lexicon scan done by aho-corasick's own overlapping search
/// over the name scan's patterns (as a DFA, and as the library picks; the name scan walked
/// such a DFA before it matched word by word), the name scan's own word-level matcher over
/// the same patterns, and the allocations of the public model (a clone of the parsed
/// document copies every vector it owns).
fn floors(out: &mut Vec<Group<'static>>) {
    use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

    let text = tifa::REFERENCE_DOCUMENT;
    let patterns = tifa::__bench::lexicon_patterns();
    let build = |kind| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(kind)
            .build(&patterns)
    };
    let doc = tifa::parse(text);
    let mut g = Group::new("floors", text);
    for (name, kind) in [
        ("aho-corasick dfa", Some(AhoCorasickKind::DFA)),
        ("aho-corasick auto", None),
    ] {
        let Ok(ac) = build(kind) else { continue };
        g = g.case(name, move || {
            ac.find_overlapping_iter(black_box(text)).count()
        });
    }
    out.push(
        g.case("tifa word scan", move || {
            tifa::__bench::lexicon_walk(black_box(text))
        })
        .case("tifa model clone", move || {
            black_box(black_box(&doc).clone()).enumerations().len()
        })
        .case("tifa parse", move || tifa_parse(black_box(text)))
        .case("pulldown-cmark", move || peer(black_box(text))),
    );
}

fn main() {
    // `cargo bench -- FILTER`: the first argument that is not a flag (cargo passes
    // `--bench`) keeps the groups whose name holds it.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    // Build the lexicon's automaton outside the measurements.
    black_box(tifa::parse(tifa::REFERENCE_DOCUMENT));
    let mut groups = Vec::new();
    reference(&mut groups);
    corpus(&mut groups);
    phases(&mut groups);
    floors(&mut groups);
    println!(
        "{:<28} {:<20} {:>10}  [{:>10} {:>10}]  {:>13}  ratio",
        "group", "case", "median", "q1", "q3", "throughput"
    );
    for g in groups {
        if filter.as_deref().is_none_or(|f| g.name.contains(f)) {
            g.run();
        }
    }
}
