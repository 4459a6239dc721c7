//! Parse throughput, side by side with pulldown-cmark on the same bytes.
//!
//! Groups: the reference document ×1, ×100 and ×1000 (cost per byte should not grow), each
//! corpus document, and the parser's phases on the reference document. Every group runs
//! `pulldown_cmark::Parser::new(text).count()` as the peer.
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

criterion_group!(benches, reference, corpus, phases);
criterion_main!(benches);
