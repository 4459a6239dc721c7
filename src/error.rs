//! Errors of the strict entry points.

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::span::Span;

/// Why [`parse_strict`](crate::parse_strict) or [`parse_bytes`](crate::parse_bytes) failed,
/// and where.
///
/// `Display` reads like `line 7, column 1: "Ten Achievements" declares 10 items, but 9 were
/// found`: the position first, then what was expected and what was found.
///
/// # Example
///
/// ```
/// let err = tifa::parse_bytes(b"ok\n\xff").unwrap_err();
/// assert_eq!((err.line(), err.column(), err.offset()), (2, 1, 3));
/// assert_eq!(err.to_string(), "line 2, column 1: invalid UTF-8: expected a valid sequence, but found byte 0xff at offset 3");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not valid UTF-8.
    #[error("line {line}, column {column}: invalid UTF-8: expected a valid sequence, but found byte {byte:#04x} at offset {offset}")]
    #[non_exhaustive]
    InvalidUtf8 {
        /// Byte offset of the first bad sequence.
        offset: usize,
        /// The first byte of that sequence.
        byte: u8,
        /// 1-based line of the bad sequence.
        line: usize,
        /// 1-based column (in characters) of the bad sequence.
        column: usize,
    },
    /// Parsing found an error-severity diagnostic.
    #[error("line {line}, column {column}: {message}")]
    #[non_exhaustive]
    Invalid {
        /// What kind of problem it is.
        kind: DiagnosticKind,
        /// Where it is.
        span: Span,
        /// 1-based line of `span.start`.
        line: usize,
        /// 1-based column of `span.start`.
        column: usize,
        /// What was expected and what was found.
        message: String,
    },
}

impl Error {
    /// 1-based line of the problem.
    pub fn line(&self) -> usize {
        match self {
            Error::InvalidUtf8 { line, .. } | Error::Invalid { line, .. } => *line,
        }
    }

    /// 1-based column (in characters) of the problem.
    pub fn column(&self) -> usize {
        match self {
            Error::InvalidUtf8 { column, .. } | Error::Invalid { column, .. } => *column,
        }
    }

    /// Byte offset of the problem.
    pub fn offset(&self) -> usize {
        match self {
            Error::InvalidUtf8 { offset, .. } => *offset,
            Error::Invalid { span, .. } => span.start,
        }
    }

    /// The span of the problem; for invalid UTF-8, the bad sequence.
    pub fn span(&self) -> Span {
        match self {
            Error::InvalidUtf8 { offset, .. } => Span::new(*offset, offset + 1),
            Error::Invalid { span, .. } => *span,
        }
    }

    pub(crate) fn from_diagnostic(d: &Diagnostic) -> Error {
        Error::Invalid {
            kind: d.kind,
            span: d.span,
            line: d.line,
            column: d.column,
            message: d.message.clone(),
        }
    }
}
