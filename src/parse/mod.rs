//! The parsing pipeline: lines → units → blocks → outline → semantics.
//!
//! Each phase is a module; the recognisers they share (`ordinal`, `count`, `date`, `lead`,
//! `credit`, `header`, `meeting`, `runin`) are small nom parsers with their own tests.

pub(crate) mod block;
pub(crate) mod count;
pub(crate) mod credit;
pub(crate) mod date;
pub(crate) mod enumerate;
pub(crate) mod extract;
pub(crate) mod header;
pub(crate) mod lead;
pub(crate) mod lines;
pub(crate) mod markup;
pub(crate) mod meeting;
pub(crate) mod names;
pub(crate) mod ordinal;
pub(crate) mod outline;
pub(crate) mod runin;
pub(crate) mod text;
pub(crate) mod units;
pub(crate) mod wordscan;

use crate::model::Document;
use crate::rules::{Recorder, Verdict};

/// Runs the whole pipeline; every rule's decision goes to `rec`.
pub(crate) fn parse_document<'a, R: Recorder>(src: &'a str, rec: &mut R) -> Document<'a> {
    let lines = lines::split(src);
    let layout = units::layout(&lines);
    let units = units::units(src, &lines, layout, rec);
    let mut blocks = block::classify(src, &units, layout, rec);
    let body = blocks.body_start..blocks.body_end;
    let outline = outline::outline(&mut blocks.blocks, body.clone(), rec);
    let lists = enumerate::enumerate(src, &mut blocks.blocks, body, &outline, rec);
    let (initiatives, concepts) = names::scan(src, lines::has_irregular_space(src, &lines), rec);
    let starts = lines.into_starts();
    let mut doc = extract::build(
        extract::Parts {
            src,
            starts,
            blocks,
            outline,
            lists,
            initiatives,
            concepts,
        },
        rec,
    );
    if let Some(mut d) = markup::check(src) {
        if let Some(at) = doc.line_col(d.span.start) {
            (d.line, d.column) = (at.line, at.column);
        }
        let i = doc
            .diagnostics
            .partition_point(|x| x.span.start <= d.span.start);
        doc.diagnostics.insert(i, d);
    }
    for d in &doc.diagnostics {
        if let Some(rule) = d.rule {
            rec.decide(rule, d.span, Verdict::Diagnostic(d.kind));
        }
    }
    doc
}

/// The pipeline's phases run one by one, for the per-phase benchmarks. Each returns a count
/// so that the work cannot be optimised away.
pub(crate) mod phases {
    use super::{block, lines, names, units};

    /// Lines and paragraph units.
    pub(crate) fn lines(src: &str) -> usize {
        let l = lines::split(src);
        let layout = units::layout(&l);
        units::units(src, &l, layout, &mut ()).len()
    }

    /// Lines, units and block classification.
    pub(crate) fn blocks(src: &str) -> usize {
        let l = lines::split(src);
        let layout = units::layout(&l);
        let u = units::units(src, &l, layout, &mut ());
        block::classify(src, &u, layout, &mut ()).blocks.len()
    }

    /// The name scan alone.
    pub(crate) fn names(src: &str) -> usize {
        let l = lines::split(src);
        let (i, c) = names::scan(src, lines::has_irregular_space(src, &l), &mut ());
        i.len() + c.len()
    }

    /// The patterns of the name scan's matcher.
    pub(crate) fn lexicon_patterns() -> Vec<String> {
        names::patterns().to_vec()
    }

    /// The name scan's matcher alone.
    pub(crate) fn lexicon_walk(src: &str) -> usize {
        names::walk(src)
    }

    /// The name scan's matches, sorted.
    pub(crate) fn lexicon_matches(src: &str) -> Vec<(usize, usize, usize)> {
        names::matches(src)
    }
}
