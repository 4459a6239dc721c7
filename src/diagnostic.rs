//! What the parser found odd in the input.

use crate::model::Date;
use crate::rules::RuleId;
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

    /// The diagnostic of `finding` at `span`.
    pub(crate) fn of(finding: Finding<'_>, span: Span) -> Diagnostic {
        Diagnostic::new(
            finding.rule(),
            finding.severity(),
            finding.kind(),
            span,
            finding.message(),
        )
    }

    pub(crate) fn with_related(mut self, related: Span) -> Diagnostic {
        self.related = Some(related);
        self
    }
}

/// What the parser found, as data: one variant per kind of oddity, each with the facts its
/// message needs. Its kind, severity, rule and wording are decided here, in one place,
/// rather than in `format!` calls spread over the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Finding<'a> {
    /// A heading declares `declared` items and `found` (one or more) follow; `partial`
    /// when its lead says the list is a part of them (`..., including:`).
    CountMismatch {
        heading: &'a str,
        declared: u32,
        found: usize,
        partial: bool,
    },
    /// A heading declares `declared` items and none follow.
    DeclaredOnly { heading: &'a str, declared: u32 },
    /// Item `found` follows item `last`, skipping some.
    OrdinalGap { last: u32, found: u32 },
    /// Item `found` follows item `last`, repeating or going back.
    OrdinalRepeat { last: u32, found: u32 },
    /// A list starts at item `first`.
    ListStartsLate { first: u32 },
    /// The meeting's date `date` prints no year; `year` was taken from `published`.
    YearInferred {
        date: &'a str,
        year: u16,
        published: Date,
    },
    /// The meeting's date `date` prints no year and nothing gives it.
    YearUnknown { date: &'a str },
    /// The text ends with `word`, mid-sentence.
    Truncated { word: &'a str },
    /// The byte `byte`, a control character, was read as a space.
    ControlCharacter { byte: u8 },
    /// The text holds nothing.
    Empty,
    /// The text holds markup such as `tag`.
    Markup { tag: &'a str },
}

impl Finding<'_> {
    /// The stable code.
    pub(crate) const fn kind(&self) -> DiagnosticKind {
        match self {
            Finding::CountMismatch { .. } => DiagnosticKind::CountMismatch,
            Finding::DeclaredOnly { .. } => DiagnosticKind::DeclaredOnly,
            Finding::OrdinalGap { .. } => DiagnosticKind::OrdinalGap,
            Finding::OrdinalRepeat { .. } => DiagnosticKind::OrdinalRepeat,
            Finding::ListStartsLate { .. } => DiagnosticKind::ListStartsLate,
            Finding::YearInferred { .. } => DiagnosticKind::YearInferred,
            Finding::YearUnknown { .. } => DiagnosticKind::YearUnknown,
            Finding::Truncated { .. } => DiagnosticKind::Truncated,
            Finding::ControlCharacter { .. } => DiagnosticKind::ControlCharacter,
            Finding::Empty => DiagnosticKind::Empty,
            Finding::Markup { .. } => DiagnosticKind::Markup,
        }
    }

    /// How serious it is: only a text that contradicts itself is an error.
    pub(crate) const fn severity(&self) -> Severity {
        match self {
            Finding::CountMismatch { partial: false, .. } => Severity::Error,
            Finding::CountMismatch { partial: true, .. }
            | Finding::DeclaredOnly { .. }
            | Finding::OrdinalGap { .. }
            | Finding::OrdinalRepeat { .. }
            | Finding::ListStartsLate { .. }
            | Finding::Truncated { .. }
            | Finding::ControlCharacter { .. }
            | Finding::Markup { .. } => Severity::Warning,
            Finding::YearInferred { .. } | Finding::YearUnknown { .. } | Finding::Empty => {
                Severity::Info
            }
        }
    }

    /// The rule that finds it.
    pub(crate) const fn rule(&self) -> RuleId {
        match self {
            Finding::CountMismatch { .. } | Finding::DeclaredOnly { .. } => RuleId::CountCheck,
            Finding::OrdinalGap { .. } => RuleId::OrdinalGap,
            Finding::OrdinalRepeat { .. } => RuleId::OrdinalRepeat,
            Finding::ListStartsLate { .. } => RuleId::ListStartsLate,
            Finding::YearInferred { .. } | Finding::YearUnknown { .. } => RuleId::YearInference,
            Finding::Truncated { .. } => RuleId::Truncated,
            Finding::ControlCharacter { .. } => RuleId::ControlCharacter,
            Finding::Empty => RuleId::EmptyText,
            Finding::Markup { .. } => RuleId::MarkupInput,
        }
    }

    /// The message: terse, lowercase, no final period, saying what was expected.
    pub(crate) fn message(&self) -> String {
        let items = |n: usize| {
            if n == 1 {
                "1 item".to_owned()
            } else {
                format!("{n} items")
            }
        };
        match *self {
            Finding::CountMismatch {
                heading,
                declared,
                found,
                partial: true,
            } => format!(
                "\"{heading}\" declares {} and lists {found} of them",
                items(declared as usize),
            ),
            Finding::CountMismatch {
                heading,
                declared,
                found,
                partial: false,
            } => format!(
                "\"{heading}\" declares {}, but {found} {} found",
                items(declared as usize),
                if found == 1 { "was" } else { "were" }
            ),
            Finding::DeclaredOnly { heading, declared } => format!(
                "\"{heading}\" declares {}, but 0 were found",
                items(declared as usize)
            ),
            Finding::OrdinalGap { last, found } | Finding::OrdinalRepeat { last, found } => {
                format!(
                    "expected item {} after item {last}, but found item {found}",
                    last + 1
                )
            }
            Finding::ListStartsLate { first } => {
                format!("expected item 1 first, but the list starts at item {first}")
            }
            Finding::YearInferred {
                date,
                year,
                published,
            } => format!(
                "the year of \"{date}\" is not printed; inferred {year} from the publication date {published}"
            ),
            Finding::YearUnknown { date } => {
                format!("the year of \"{date}\" is not printed and no publication date gives it")
            }
            Finding::Truncated { word } => {
                format!(
                    "the text stops mid-sentence: expected a final full stop, but found `{word}`"
                )
            }
            Finding::ControlCharacter { byte } => {
                format!("control character U+{byte:04X} treated as a space")
            }
            Finding::Empty => "the text is empty".to_owned(),
            Finding::Markup { tag } => format!(
                "the text looks like HTML markup (it has `{tag}`): tifa reads plain text, so extract the text first, for example with a browser's reader view, `pandoc -f html -t plain` or `lynx -dump`"
            ),
        }
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

#[cfg(test)]
mod findings {
    use super::*;

    #[test]
    fn each_finding_has_its_kind_severity_rule_and_words() {
        let published = Date::new(Some(2023), 12, 29);
        let Some(published) = published else {
            panic!("a valid date")
        };
        let cases: [(Finding<'_>, DiagnosticKind, Severity, RuleId, &str); 13] = [
            (
                Finding::CountMismatch {
                    heading: "Ten tasks",
                    declared: 10,
                    found: 9,
                    partial: false,
                },
                DiagnosticKind::CountMismatch,
                Severity::Error,
                RuleId::CountCheck,
                "\"Ten tasks\" declares 10 items, but 9 were found",
            ),
            (
                Finding::CountMismatch {
                    heading: "13 strengths, including:",
                    declared: 13,
                    found: 5,
                    partial: true,
                },
                DiagnosticKind::CountMismatch,
                Severity::Warning,
                RuleId::CountCheck,
                "\"13 strengths, including:\" declares 13 items and lists 5 of them",
            ),
            (
                Finding::CountMismatch {
                    heading: "Two musts",
                    declared: 2,
                    found: 1,
                    partial: false,
                },
                DiagnosticKind::CountMismatch,
                Severity::Error,
                RuleId::CountCheck,
                "\"Two musts\" declares 2 items, but 1 was found",
            ),
            (
                Finding::DeclaredOnly {
                    heading: "One centre",
                    declared: 1,
                },
                DiagnosticKind::DeclaredOnly,
                Severity::Warning,
                RuleId::CountCheck,
                "\"One centre\" declares 1 item, but 0 were found",
            ),
            (
                Finding::OrdinalGap { last: 6, found: 8 },
                DiagnosticKind::OrdinalGap,
                Severity::Warning,
                RuleId::OrdinalGap,
                "expected item 7 after item 6, but found item 8",
            ),
            (
                Finding::OrdinalRepeat { last: 3, found: 3 },
                DiagnosticKind::OrdinalRepeat,
                Severity::Warning,
                RuleId::OrdinalRepeat,
                "expected item 4 after item 3, but found item 3",
            ),
            (
                Finding::ListStartsLate { first: 2 },
                DiagnosticKind::ListStartsLate,
                Severity::Warning,
                RuleId::ListStartsLate,
                "expected item 1 first, but the list starts at item 2",
            ),
            (
                Finding::YearInferred {
                    date: "December 27",
                    year: 2023,
                    published,
                },
                DiagnosticKind::YearInferred,
                Severity::Info,
                RuleId::YearInference,
                "the year of \"December 27\" is not printed; inferred 2023 from the publication date 2023-12-29",
            ),
            (
                Finding::YearUnknown { date: "May 4" },
                DiagnosticKind::YearUnknown,
                Severity::Info,
                RuleId::YearInference,
                "the year of \"May 4\" is not printed and no publication date gives it",
            ),
            (
                Finding::Truncated { word: "deepen" },
                DiagnosticKind::Truncated,
                Severity::Warning,
                RuleId::Truncated,
                "the text stops mid-sentence: expected a final full stop, but found `deepen`",
            ),
            (
                Finding::ControlCharacter { byte: 0 },
                DiagnosticKind::ControlCharacter,
                Severity::Warning,
                RuleId::ControlCharacter,
                "control character U+0000 treated as a space",
            ),
            (
                Finding::Empty,
                DiagnosticKind::Empty,
                Severity::Info,
                RuleId::EmptyText,
                "the text is empty",
            ),
            (
                Finding::Markup { tag: "<p>" },
                DiagnosticKind::Markup,
                Severity::Warning,
                RuleId::MarkupInput,
                "the text looks like HTML markup (it has `<p>`): tifa reads plain text, so extract the text first, for example with a browser's reader view, `pandoc -f html -t plain` or `lynx -dump`",
            ),
        ];
        for (finding, kind, severity, rule, message) in cases {
            let d = Diagnostic::of(finding, Span::new(3, 5));
            assert_eq!(
                (d.kind, d.severity, d.rule, d.message.as_str(), d.span),
                (kind, severity, Some(rule), message, Span::new(3, 5)),
                "{finding:?}"
            );
        }
    }
}
