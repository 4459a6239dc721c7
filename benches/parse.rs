//! Parse throughput, side by side with pulldown-cmark on the same bytes.
//!
//! Groups: the reference document ×1, ×100 and ×1000 (cost per byte should not grow), each
//! corpus document, the parser's phases on the reference document, and `floors`: pieces of
//! work the parser cannot skip (the lexicon scan, the model's allocations), measured alone.
//! Every group runs `pulldown_cmark::Parser::new(text).count()` as the peer.
//!
//! ```text
//! cargo bench --bench parse
//! cargo bench --bench parse -- reference   # one group
//! ```
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};

fn peer(text: &str) -> usize {
    pulldown_cmark::Parser::new(text).count()
}

fn tifa_parse(text: &str) -> usize {
    let doc = tifa::parse(text);
    doc.enumerations().len() + doc.concepts().len() + doc.diagnostics().len()
}

fn configure(g: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>, len: usize) {
    g.throughput(Throughput::Bytes(len as u64));
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    g.sample_size(30);
}

fn pair(c: &mut Criterion, group: &str, text: &str) {
    let mut g = c.benchmark_group(group);
    configure(&mut g, text.len());
    g.bench_function("tifa", |b| b.iter(|| tifa_parse(black_box(text))));
    g.bench_function("pulldown-cmark", |b| b.iter(|| peer(black_box(text))));
    g.finish();
}

fn reference(c: &mut Criterion) {
    // Build the lexicon's automaton outside the measurements.
    black_box(tifa::parse(tifa::REFERENCE_DOCUMENT));
    pair(c, "reference x1", tifa::REFERENCE_DOCUMENT);
    pair(c, "reference x100", &tifa::REFERENCE_DOCUMENT.repeat(100));
    pair(c, "reference x1000", &tifa::REFERENCE_DOCUMENT.repeat(1000));
}

fn corpus(c: &mut Criterion) {
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
    for (name, text) in &docs {
        pair(c, &format!("corpus {name}"), text);
    }
}

fn phases(c: &mut Criterion) {
    let text = tifa::REFERENCE_DOCUMENT;
    let mut g = c.benchmark_group("phases");
    configure(&mut g, text.len());
    g.bench_function("lines", |b| {
        b.iter(|| tifa::__bench::lines(black_box(text)))
    });
    g.bench_function("lines+blocks", |b| {
        b.iter(|| tifa::__bench::blocks(black_box(text)))
    });
    g.bench_function("names", |b| {
        b.iter(|| tifa::__bench::names(black_box(text)))
    });
    g.bench_function("all", |b| b.iter(|| tifa_parse(black_box(text))));
    g.bench_function("pulldown-cmark", |b| b.iter(|| peer(black_box(text))));
    g.finish();
}

/// Work that any parser built the way the crate's design asks must do, on the reference
/// document, beside the peer: the lexicon scan done by aho-corasick's own overlapping search
/// over the name scan's patterns (as a DFA, and as the library picks), the name scan's own
/// walk of the same automaton (four interleaved lanes), and the allocations of the public
/// model (a clone of the parsed document copies every vector it owns).
fn floors(c: &mut Criterion) {
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
    let mut g = c.benchmark_group("floors");
    configure(&mut g, text.len());
    for (name, kind) in [
        ("aho-corasick dfa", Some(AhoCorasickKind::DFA)),
        ("aho-corasick auto", None),
    ] {
        let Ok(ac) = build(kind) else { continue };
        g.bench_function(name, |b| {
            b.iter(|| ac.find_overlapping_iter(black_box(text)).count())
        });
    }
    g.bench_function("tifa lexicon walk", |b| {
        b.iter(|| tifa::__bench::lexicon_walk(black_box(text)))
    });
    g.bench_function("tifa model clone", |b| b.iter(|| black_box(&doc).clone()));
    g.bench_function("tifa parse", |b| b.iter(|| tifa_parse(black_box(text))));
    g.bench_function("pulldown-cmark", |b| b.iter(|| peer(black_box(text))));
    g.finish();
}

criterion_group!(benches, reference, corpus, phases, floors);
criterion_main!(benches);
