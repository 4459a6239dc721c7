//! What the parser found odd in the input.

use crate::span::Span;

/// How serious a [`Diagnostic`] is.
///
/// [`parse_strict`](crate::parse_strict) fails on the first [`Severity::Error`]; the other
/// levels never make parsing fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Severity {
    /// A fact worth knowing, such as a year that was inferred rather than stated.
    Info,
    /// Something that may be wrong, such as a gap in ordinals.
    Warning,
    /// The text contradicts itself, such as a heading that declares ten items when nine
    /// follow.
    Error,
}

impl Severity {
    /// The lowercase name used in messages and JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl core::fmt::Display for Severity {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The stable code of a [`Diagnostic`]: what kind of oddity was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A heading or lead-in declares a number of items and a different number follows.
    CountMismatch,
    /// A heading declares a number of items but no items could be found at all.
    DeclaredOnly,
    /// An ordinal is skipped (`Sixth,` followed by `Eighth,`).
    OrdinalGap,
    /// An ordinal repeats or goes backwards within one list.
    OrdinalRepeat,
    /// A list starts at an ordinal other than one.
    ListStartsLate,
    /// A date's year is not printed and was inferred from the publication date.
    YearInferred,
    /// A date's year is not printed and could not be inferred.
    YearUnknown,
    /// The text stops in the middle of a sentence or a word.
    Truncated,
    /// The input holds control characters (NUL and the like) that were treated as spaces.
    ControlCharacter,
    /// The input holds no text.
    Empty,
    /// The input looks like HTML or XML markup rather than plain text: extract the text
    /// first (a browser's reader view, `pandoc -t plain`, `lynx -dump`).
    Markup,
    /// Any other oddity.
    Other,
}

impl DiagnosticKind {
    /// The snake_case code used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::CountMismatch => "count_mismatch",
            DiagnosticKind::DeclaredOnly => "declared_only",
            DiagnosticKind::OrdinalGap => "ordinal_gap",
            DiagnosticKind::OrdinalRepeat => "ordinal_repeat",
            DiagnosticKind::ListStartsLate => "list_starts_late",
            DiagnosticKind::YearInferred => "year_inferred",
            DiagnosticKind::YearUnknown => "year_unknown",
            DiagnosticKind::Truncated => "truncated",
            DiagnosticKind::ControlCharacter => "control_character",
            DiagnosticKind::Empty => "empty",
            DiagnosticKind::Markup => "markup",
            DiagnosticKind::Other => "other",
        }
    }
}

impl core::fmt::Display for DiagnosticKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

use crate::rules::RuleId;

/// Something odd in the input, with where it is and what was expected.
///
/// Parsing never fails because of a diagnostic; it is reported beside the document.
/// `line` and `column` are 1-based and count characters, computed from `span.start`.
///
/// # Example
///
/// ```
/// use tifa::{DiagnosticKind, Severity};
///
/// let text = "\"Three tasks\".\n\nFirst, build.\n\nSecond, open.\n";
/// let doc = tifa::parse(text);
/// let d = &doc.diagnostics()[0];
/// assert_eq!(d.kind, DiagnosticKind::CountMismatch);
/// assert_eq!(d.severity, Severity::Error);
/// assert_eq!((d.line, d.column), (1, 1));
/// assert_eq!(d.message, "\"Three tasks\" declares 3 items, but 2 were found");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Its stable code.
    pub kind: DiagnosticKind,
    /// A terse lowercase message without a final period.
    pub message: String,
    /// Where in the text it is.
    pub span: Span,
    /// The other place involved, if any: the items of a list whose heading miscounts them.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub related: Option<Span>,
    /// 1-based line of `span.start`.
    pub line: usize,
    /// 1-based column (in characters) of `span.start`.
    pub column: usize,
    /// The rule that raised it (see [`rules`](crate::rules)); `None` only in a diagnostic
    /// read back from JSON written before rules were recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub rule: Option<RuleId>,
}

impl Diagnostic {
    pub(crate) fn new(
        rule: RuleId,
        severity: Severity,
        kind: DiagnosticKind,
        span: Span,
        message: String,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            kind,
            message,
            span,
            related: None,
            line: 0,
            column: 0,
            rule: Some(rule),
        }
    }

    pub(crate) fn with_related(mut self, related: Span) -> Diagnostic {
        self.related = Some(related);
        self
    }
}

impl core::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "{}: line {}, column {}: {}",
            self.severity, self.line, self.column, self.message
        )
    }
}
