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
pub(crate) mod meeting;
pub(crate) mod names;
pub(crate) mod ordinal;
pub(crate) mod outline;
pub(crate) mod runin;
pub(crate) mod text;
pub(crate) mod units;

use crate::model::Document;

/// Runs the whole pipeline.
pub(crate) fn parse_document(src: &str) -> Document<'_> {
    let (lines, starts) = lines::split(src);
    let layout = units::layout(&lines);
    let units = units::units(src, &lines, layout);
    let mut blocks = block::classify(src, &units, layout);
    let body = blocks.body_start..blocks.body_end;
    let outline = outline::outline(&mut blocks.blocks, body.clone());
    let lists = enumerate::enumerate(src, &mut blocks.blocks, body, &outline);
    let (initiatives, concepts) = names::scan(src, lines::has_irregular_space(src, &lines));
    extract::build(extract::Parts {
        src,
        starts,
        blocks,
        outline,
        lists,
        initiatives,
        concepts,
    })
}
