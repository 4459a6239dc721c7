//! tifa turns English summaries of official Chinese meetings (work conferences, plenary
//! communiqués, readouts) into a typed document model: metadata, sections, enumerations,
//! achievements, principles, obligations, initiatives, concepts, credits and diagnostics,
//! every element carrying the byte [`Span`] it came from.
//!
//! # A tour
//!
//! Parse a text and walk its achievements:
//!
//! ```
//! let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
//!
//! let meta = doc.metadata();
//! assert_eq!(meta.publisher.as_deref(), Some("Mondo Social"));
//! assert_eq!(meta.date.map(|d| d.to_string()).as_deref(), Some("2024-01-31"));
//!
//! let meeting = meta.meeting.as_ref().unwrap();
//! assert_eq!(meeting.name.as_deref(), Some("Foreign Affairs Work Conference"));
//! assert_eq!(meeting.start.unwrap().to_string(), "2023-12-27");
//! assert!(meeting.year_inferred); // the text says only "December 27-28"
//!
//! for a in doc.achievements() {
//!     let at = doc.line_col(a.span.start).unwrap();
//!     println!("{:>2} (line {}): {}", a.ordinal, at.line, a.text);
//! }
//! assert_eq!(doc.achievements()[9].marker.as_deref(), Some("Ten is to"));
//!
//! let gdi = doc.initiatives().iter().find(|i| i.name == "Global Development Initiative").unwrap();
//! assert_eq!(gdi.acronym.as_deref(), Some("GDI"));
//! assert!(gdi.known);
//! ```
//!
//! Read a diagnostic: when a heading declares more items than follow, the document still
//! comes back, with an error-severity diagnostic pointing at the heading; the strict entry
//! point turns it into an [`Error`]:
//!
//! ```
//! let text = "\"Three musts\".\n\nWe must unite.\n\nWe must work hard.\n";
//! let doc = tifa::parse(text);
//! let d = &doc.diagnostics()[0];
//! assert_eq!(d.kind, tifa::DiagnosticKind::CountMismatch);
//! assert_eq!((d.line, d.column), (1, 1));
//!
//! let err = tifa::parse_strict(text).unwrap_err();
//! assert_eq!(err.to_string(), "line 1, column 1: \"Three musts\" declares 3 items, but 2 were found");
//! ```
//!
//! Serialise to JSON (with the default `serde` feature); the shape is documented in the
//! crate's README and pinned by a JSON Schema shipped in `schema/`:
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
//! let json = serde_json::to_value(&doc).unwrap();
//! assert_eq!(json["achievements"][2]["ordinal"], 3);
//! assert_eq!(json["meeting"]["end"], "2023-12-28");
//!
//! // Owned documents read back from JSON.
//! let back: tifa::Document<'static> = serde_json::from_value(json).unwrap();
//! assert_eq!(back, doc);
//! # }
//! ```
//!
//! Compare two documents: what was added, dropped or reworded.
//!
//! ```
//! let a = tifa::parse(tifa::REFERENCE_DOCUMENT);
//! let b = tifa::parse(tifa::REFERENCE_DOCUMENT);
//! assert!(tifa::compare(&a, &b).is_unchanged());
//! ```
//!
//! # Guarantees
//!
//! - [`parse`] is total: it never panics and never loops, whatever the input, and its cost
//!   is linear in the input's length. What is odd becomes a [`Diagnostic`].
//! - Every span lies inside the input, on `char` boundaries.
//! - Text fields borrow from the input; [`Document::into_owned`] detaches.
//! - Public structs and enums that may grow are `#[non_exhaustive]`; the JSON shape only
//!   ever gains keys.
//!
//! # Crate features
//!
//! - **`serde`** (default): `Serialize` for every public type and `Deserialize` for owned
//!   documents and comparisons, in the JSON shape of [`JSON_SCHEMA`]. Without it
//!   (`default-features = false`) the crate depends only on `aho-corasick`, `memchr`,
//!   `nom`, `once_cell` and `thiserror`.
//!
//! The command-line tool (`tifa parse`, `summary`, `compare`, `corpus`, `html`, `schema`)
//! is the separate `tifa-cli` package in this repository's `cli/` folder, so that the
//! library's users compile none of its dependencies.

#![deny(missing_docs, rustdoc::broken_intra_doc_links)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

mod compare;
mod diagnostic;
mod error;
pub mod lexicon;
mod model;
mod parse;
pub mod rules;
mod span;

pub use compare::{
    Comparison, EnumerationChange, ItemChange, ItemSide, ItemsChange, MetadataChange, NameSide,
    NamesChange, Pair, Status, compare,
};
pub use diagnostic::{Diagnostic, DiagnosticKind, Severity};
pub use error::Error;
pub use model::{
    Achievement, Block, BlockKind, Concept, Credit, CreditRole, Date, DateParseError, Document,
    Enumeration, EnumerationKind, Heading, Initiative, Item, MarkerKind, Meeting, Metadata,
    Modality, NameKind, Obligation, Principle, Section, Strength,
};
pub use rules::{Explanation, RuleId};
pub use span::{LineColumn, Span};

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Phases of the parser, exposed for the crate's benchmarks only. Not part of the stable
/// API: these may change or go away in any release.
#[doc(hidden)]
pub mod __bench {
    /// Splits lines and recovers paragraphs; returns the number of units.
    pub fn lines(text: &str) -> usize {
        crate::parse::phases::lines(text)
    }

    /// Lines, paragraphs and block classification; returns the number of blocks.
    pub fn blocks(text: &str) -> usize {
        crate::parse::phases::blocks(text)
    }

    /// The scan for initiatives and concepts; returns how many were found.
    pub fn names(text: &str) -> usize {
        crate::parse::phases::names(text)
    }

    /// The patterns of the name scan's matcher (lexicon aliases with their spelling
    /// variants, acronyms, head nouns, quote marks), matched ASCII-case-insensitively.
    pub fn lexicon_patterns() -> Vec<String> {
        crate::parse::phases::lexicon_patterns()
    }

    /// The name scan's word-level matcher over `text`, alone; returns the number of
    /// matches (overlapping ones included) at word boundaries, and of quote marks.
    pub fn lexicon_walk(text: &str) -> usize {
        crate::parse::phases::lexicon_walk(text)
    }

    /// The word-level matcher's matches in `text`, as `(start, end, pattern)` sorted: for
    /// the fuzz target that holds them equal to an Aho-Corasick search over
    /// [`lexicon_patterns`].
    pub fn lexicon_matches(text: &str) -> Vec<(usize, usize, usize)> {
        crate::parse::phases::lexicon_matches(text)
    }
}

/// The JSON Schema (draft 2020-12) of a serialised [`Document`], version 1; also shipped
/// as `schema/document-v1.schema.json`. Every key and enum value of the output is listed;
/// objects accept keys the schema does not list, so the keys later versions add still
/// validate (a new enum value comes with a new schema version).
pub const JSON_SCHEMA: &str = include_str!("../schema/document-v1.schema.json");

/// The version of this crate (`0.1.0`), for tools that record which parser made their
/// output.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The reference document tifa was designed from: an English summary of the Central
/// Foreign Affairs Work Conference (Beijing, 27–28 December 2023), as published online.
pub const REFERENCE_DOCUMENT: &str = include_str!("../data/conference-summary.txt");

/// Parses a meeting summary into a [`Document`].
///
/// Total: never fails and never panics. Anything odd in the text (a count that does not
/// match, a gap in ordinals, an inferred year) is reported in
/// [`Document::diagnostics`].
///
/// # Example
///
/// ```
/// let doc = tifa::parse("\"Two musts\".\n\nWe must unite.\n\nIt is necessary to work hard.\n");
/// assert_eq!(doc.principles().len(), 2);
/// assert_eq!(doc.principles()[1].modality, Some(tifa::Modality::Necessary));
/// ```
pub fn parse(text: &str) -> Document<'_> {
    parse::parse_document(text, &mut ())
}

/// Parses like [`parse`], and keeps every decision the parser's rules made on the way:
/// why a line is a heading, why paragraphs form a list, which rule raised a diagnostic.
///
/// The document is the same as [`parse`] returns; recording costs [`parse`] nothing.
/// The rules are listed in [`rules::RULES`].
///
/// # Example
///
/// ```
/// let text = "Rural Work Conference\n\n\"Two Musts\".\n\nWe must unite.\n\nWe must work hard.\n";
/// let why = tifa::explain(text);
/// assert_eq!(
///     why.to_string(),
///     "line 1 \"Rural Work Conference\": title_without_stamp → title; title_case_line → not a name\n\
///      line 3 \"\\\"Two Musts\\\".\": plain_heading → heading; declared_count → declares 2; section_rank → rank 1\n\
///      line 5 \"We must unite.\": obligation_block → obligation; obligation_run → list of 2 items\n\
///      line 7 \"We must work hard.\": obligation_block → obligation\n"
/// );
/// assert_eq!(why.document, tifa::parse(why.document.source()));
/// ```
pub fn explain(text: &str) -> Explanation<'_> {
    let mut decisions = Vec::new();
    let document = parse::parse_document(text, &mut decisions);
    Explanation {
        document,
        decisions,
    }
}

/// Parses like [`parse`], but fails on the first error-severity diagnostic.
///
/// # Errors
///
/// [`Error::Invalid`] for the first diagnostic of [`Severity::Error`], naming its line,
/// column and cause, such as `line 7, column 1: "Ten Achievements" declares 10 items, but
/// 9 were found`.
///
/// # Example
///
/// ```
/// assert!(tifa::parse_strict(tifa::REFERENCE_DOCUMENT).is_ok());
/// ```
pub fn parse_strict(text: &str) -> Result<Document<'_>, Error> {
    let doc = parse(text);
    match doc
        .diagnostics()
        .iter()
        .find(|d| d.severity == Severity::Error)
    {
        Some(d) => Err(Error::from_diagnostic(d)),
        None => Ok(doc),
    }
}

/// Checks that `bytes` are UTF-8 and parses them like [`parse`].
///
/// # Errors
///
/// [`Error::InvalidUtf8`] with the byte offset, line and column of the first invalid
/// sequence, and what the bytes look like when they look like another encoding (UTF-16,
/// Windows-1252) or like binary data.
///
/// # Example
///
/// ```
/// let doc = tifa::parse_bytes(b"First, open up.\n\nSecond, reform.\n").unwrap();
/// assert_eq!(doc.enumerations()[0].items.len(), 2);
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Document<'_>, Error> {
    match core::str::from_utf8(bytes) {
        Ok(text) => Ok(parse(text)),
        Err(e) => {
            let offset = e.valid_up_to();
            let before = bytes.get(..offset).unwrap_or_default();
            let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
            let line = memchr::memchr_iter(b'\n', before).count() + 1;
            // The prefix is valid UTF-8, so this counts characters.
            let column = core::str::from_utf8(before.get(line_start..).unwrap_or_default())
                .map_or(0, |s| s.chars().count())
                + 1;
            Err(Error::InvalidUtf8 {
                offset,
                byte: bytes.get(offset).copied().unwrap_or(0),
                line,
                column,
                looks_like: error::guess_encoding(bytes, offset),
            })
        }
    }
}
