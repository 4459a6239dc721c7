//! How much `tifa::parse` allocates: a counting global allocator reports the bytes
//! allocated and the peak of live bytes, per input byte.
//!
//! ```text
//! cargo run --release --example alloc                # the reference document, ×1 and ×100
//! cargo run --release --example alloc -- FILE...     # your files
//! ```
//!
//! The library itself forbids `unsafe`; a global allocator cannot be written without it.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static CALLS: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    ALLOCATED.fetch_add(n, Relaxed);
    CALLS.fetch_add(1, Relaxed);
    let live = LIVE.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(live, Relaxed);
}

// SAFETY: every call forwards to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: same layout as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A reallocation counts as the new block allocated and the old one freed.
        LIVE.fetch_sub(layout.size(), Relaxed);
        grew(new_size);
        // SAFETY: forwarded unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Parses `text` once (after a warm-up parse that builds the lexicon's automaton) and
/// returns `(allocated, peak live, allocations)`.
fn measure(text: &str) -> (usize, usize, usize) {
    drop(tifa::parse("warm up the lexicon"));
    let base = LIVE.load(Relaxed);
    ALLOCATED.store(0, Relaxed);
    CALLS.store(0, Relaxed);
    PEAK.store(base, Relaxed);
    let doc = tifa::parse(text);
    let peak = PEAK.load(Relaxed) - base;
    let allocated = ALLOCATED.load(Relaxed);
    let calls = CALLS.load(Relaxed);
    drop(doc);
    (allocated, peak, calls)
}

fn report(name: &str, text: &str) {
    let (allocated, peak, calls) = measure(text);
    let n = text.len().max(1) as f64;
    println!(
        "{name:<50} {:>10} bytes in  {:>10} allocated ({:.2}/byte)  peak live {:>10} ({:.2}/byte)  {calls} allocations",
        text.len(),
        allocated,
        allocated as f64 / n,
        peak,
        peak as f64 / n
    );
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        report("reference ×1", tifa::REFERENCE_DOCUMENT);
        report("reference ×100", &tifa::REFERENCE_DOCUMENT.repeat(100));
        return;
    }
    for p in &paths {
        match std::fs::read_to_string(p) {
            Ok(text) => report(p, &text),
            Err(e) => eprintln!("{p}: {e}"),
        }
    }
}
