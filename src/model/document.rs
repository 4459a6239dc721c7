use std::borrow::Cow;

use super::{
    Achievement, Block, Concept, Credit, Enumeration, Initiative, Metadata, Obligation, Principle,
    Section, own,
};
use crate::diagnostic::{Diagnostic, Severity};
use crate::span::{LineColumn, LineIndex, Span};

/// A parsed meeting summary: metadata, sections, lists, typed items, names and diagnostics.
///
/// Made by [`parse`](crate::parse), [`parse_strict`](crate::parse_strict) or
/// [`parse_bytes`](crate::parse_bytes). Text fields borrow from the input;
/// [`into_owned`](Document::into_owned) detaches the document from it.
///
/// Two documents compare equal when their models are equal; the source text itself is not
/// compared (a document read back from JSON has none).
///
/// # Example
///
/// ```
/// let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
/// assert_eq!(doc.achievements().len(), 10);
/// assert_eq!(doc.principles().len(), 6);
/// let first = &doc.achievements()[0];
/// assert_eq!(first.marker.as_deref(), Some("First,"));
/// assert!(doc.text(first.span).unwrap().starts_with("First, it has created"));
/// assert_eq!(doc.line_col(first.span.start).unwrap().line, 13);
/// ```
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Document<'a> {
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) source: Cow<'a, str>,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) lines: LineIndex,
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub(crate) metadata: Metadata<'a>,
    pub(crate) front_matter: Vec<Block<'a>>,
    pub(crate) sections: Vec<Section<'a>>,
    pub(crate) back_matter: Vec<Block<'a>>,
    pub(crate) enumerations: Vec<Enumeration<'a>>,
    pub(crate) achievements: Vec<Achievement<'a>>,
    pub(crate) principles: Vec<Principle<'a>>,
    pub(crate) obligations: Vec<Obligation<'a>>,
    pub(crate) initiatives: Vec<Initiative<'a>>,
    pub(crate) concepts: Vec<Concept<'a>>,
    pub(crate) credits: Vec<Credit<'a>>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl PartialEq for Document<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.metadata == other.metadata
            && self.front_matter == other.front_matter
            && self.sections == other.sections
            && self.back_matter == other.back_matter
            && self.enumerations == other.enumerations
            && self.achievements == other.achievements
            && self.principles == other.principles
            && self.obligations == other.obligations
            && self.initiatives == other.initiatives
            && self.concepts == other.concepts
            && self.credits == other.credits
            && self.diagnostics == other.diagnostics
    }
}

impl Eq for Document<'_> {}

impl<'a> Document<'a> {
    /// Title, kicker, publisher, author, publication date and meeting.
    pub fn metadata(&self) -> &Metadata<'a> {
        &self.metadata
    }

    /// Blocks before the body: title, dek, bylines, dateline and lede.
    pub fn front_matter(&self) -> &[Block<'a>] {
        &self.front_matter
    }

    /// The body's top-level sections, in order; each holds its blocks and subsections.
    pub fn sections(&self) -> &[Section<'a>] {
        &self.sections
    }

    /// Blocks after the body: credit lines and page furniture.
    pub fn back_matter(&self) -> &[Block<'a>] {
        &self.back_matter
    }

    /// Every list, in order of its first item.
    pub fn enumerations(&self) -> &[Enumeration<'a>] {
        &self.enumerations
    }

    /// Items of lists whose heading names achievements.
    pub fn achievements(&self) -> &[Achievement<'a>] {
        &self.achievements
    }

    /// Items of lists whose heading names musts or principles.
    pub fn principles(&self) -> &[Principle<'a>] {
        &self.principles
    }

    /// Paragraphs (sentences, in texts without paragraphs) that open with an obligation.
    pub fn obligations(&self) -> &[Obligation<'a>] {
        &self.obligations
    }

    /// Named initiatives, in order of first mention.
    pub fn initiatives(&self) -> &[Initiative<'a>] {
        &self.initiatives
    }

    /// Fixed political concepts, in order of first mention.
    pub fn concepts(&self) -> &[Concept<'a>] {
        &self.concepts
    }

    /// Credits: bylines, editors, sources, photo credits.
    pub fn credits(&self) -> &[Credit<'a>] {
        &self.credits
    }

    /// Everything odd the parser noticed, in order of position.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Whether any diagnostic has error severity (what makes
    /// [`parse_strict`](crate::parse_strict) fail).
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// The text the document was parsed from (empty for a document read back from JSON).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The text of a span, or `None` if it does not lie inside the source on `char`
    /// boundaries.
    pub fn text(&self, span: Span) -> Option<&str> {
        self.source.get(span.range())
    }

    /// The 1-based line and column of a byte offset in the source, or `None` if the offset
    /// lies outside it or inside a character.
    pub fn line_col(&self, offset: usize) -> Option<LineColumn> {
        self.lines.line_col(&self.source, offset)
    }

    /// Every block in reading order: front matter, the sections depth-first, back matter.
    pub fn blocks(&self) -> Vec<&Block<'a>> {
        fn walk<'s, 'a>(sections: &'s [Section<'a>], out: &mut Vec<&'s Block<'a>>) {
            for s in sections {
                out.extend(s.blocks.iter());
                walk(&s.sections, out);
            }
        }
        let mut out = Vec::new();
        out.extend(self.front_matter.iter());
        walk(&self.sections, &mut out);
        out.extend(self.back_matter.iter());
        out
    }

    /// A diagnostic shown with the line it points at and a caret under its column.
    ///
    /// A line longer than 100 characters (a whole article scraped onto one line) is cut to
    /// a window of 100 characters around the span, with `…` where it was cut.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = tifa::parse("\"Two tasks\".\n\nFirst, open up.\n");
    /// let shown = doc.render(&doc.diagnostics()[0]);
    /// assert_eq!(shown, "error: line 1, column 1: \"Two tasks\" declares 2 items, but 1 was found\n  |\n1 | \"Two tasks\".\n  | ^^^^^^^^^^^^\n");
    /// ```
    pub fn render(&self, d: &Diagnostic) -> String {
        use core::fmt::Write;
        let mut out = format!("{d}\n");
        let Some(pos) = self.line_col(d.span.start) else {
            return out;
        };
        let line_start = self
            .source
            .get(..d.span.start)
            .and_then(|s| s.rfind('\n'))
            .map_or(0, |i| i + 1);
        let rest = self.source.get(line_start..).unwrap_or("");
        let line = rest.split('\n').next().unwrap_or("").trim_end();
        let number = pos.line.to_string();
        let pad = " ".repeat(number.len());
        let width = self
            .text(Span::new(
                d.span.start,
                d.span.end.min(line_start + line.len()),
            ))
            .map_or(1, |s| s.chars().count().max(1));
        let (shown, caret_at, width) = window(line, pos.column - 1, width);
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{number} | {shown}");
        let _ = writeln!(out, "{pad} | {}{}", " ".repeat(caret_at), "^".repeat(width));
        out
    }

    /// Detaches the document from its input: every borrowed text is copied.
    pub fn into_owned(self) -> Document<'static> {
        Document {
            source: own(self.source),
            lines: self.lines,
            metadata: self.metadata.into_owned(),
            front_matter: self
                .front_matter
                .into_iter()
                .map(Block::into_owned)
                .collect(),
            sections: self.sections.into_iter().map(Section::into_owned).collect(),
            back_matter: self
                .back_matter
                .into_iter()
                .map(Block::into_owned)
                .collect(),
            enumerations: self
                .enumerations
                .into_iter()
                .map(Enumeration::into_owned)
                .collect(),
            achievements: self
                .achievements
                .into_iter()
                .map(Achievement::into_owned)
                .collect(),
            principles: self
                .principles
                .into_iter()
                .map(Principle::into_owned)
                .collect(),
            obligations: self
                .obligations
                .into_iter()
                .map(Obligation::into_owned)
                .collect(),
            initiatives: self
                .initiatives
                .into_iter()
                .map(Initiative::into_owned)
                .collect(),
            concepts: self.concepts.into_iter().map(Concept::into_owned).collect(),
            credits: self.credits.into_iter().map(Credit::into_owned).collect(),
            diagnostics: self.diagnostics,
        }
    }
}

/// The widest line [`Document::render`] shows whole, in characters.
const RENDER_WIDTH: usize = 100;

/// Cuts `line` to at most [`RENDER_WIDTH`] characters around a caret of `width` characters
/// at character `column` (0-based), marking cuts with `…`. Returns the text to show and the
/// caret's column and width in it.
fn window(line: &str, column: usize, width: usize) -> (Cow<'_, str>, usize, usize) {
    let total = line.chars().count();
    if total <= RENDER_WIDTH {
        return (Cow::Borrowed(line), column, width);
    }
    // Some context before the span, the span itself (cut if it is very long), the rest after.
    let before = RENDER_WIDTH / 4;
    let start = column.saturating_sub(before).min(total - RENDER_WIDTH);
    let end = start + RENDER_WIDTH;
    let mut shown = String::with_capacity(RENDER_WIDTH * 4);
    let mut caret_at = column - start;
    if start > 0 {
        shown.push('…');
        caret_at += 1;
    }
    shown.extend(line.chars().skip(start).take(RENDER_WIDTH));
    if end < total {
        shown.push('…');
    }
    let width = width.min(end.saturating_sub(column)).max(1);
    (Cow::Owned(shown), caret_at, width)
}

#[cfg(test)]
mod tests {
    #[test]
    fn render_cuts_a_long_line_around_the_span() {
        use crate::diagnostic::{Diagnostic, DiagnosticKind, Severity};
        use crate::span::Span;
        let filler = "word ".repeat(300);
        let text = format!("{filler}TARGET {filler}");
        let doc = crate::parse(&text);
        let mut d = Diagnostic::new(
            crate::rules::RuleId::Truncated,
            Severity::Warning,
            DiagnosticKind::Other,
            Span::new(1500, 1506),
            "a made-up note".to_owned(),
        );
        d.line = 1;
        d.column = 1501;
        let shown = doc.render(&d);
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines.len(), 4, "{shown}");
        assert_eq!(lines[0], "warning: line 1, column 1501: a made-up note");
        assert_eq!(lines[2].chars().count(), "1 | ".len() + 102, "{shown}");
        assert!(
            lines[2].starts_with("1 | …") && lines[2].ends_with('…'),
            "{shown}"
        );
        let caret = lines[3].find('^').unwrap();
        assert_eq!(&lines[3][caret..], "^^^^^^");
        // The caret's column counts characters; the shown line has one 3-byte `…` before.
        let shown_chars: Vec<char> = lines[2].chars().collect();
        let target: String = shown_chars[caret..caret + 6].iter().collect();
        assert_eq!(target, "TARGET", "{shown}");
    }

    #[test]
    fn window_keeps_short_lines_and_cuts_long_ones() {
        assert_eq!(super::window("short", 1, 2), ("short".into(), 1, 2));
        let long: String = ('a'..='z').cycle().take(300).collect();
        let (shown, at, width) = super::window(&long, 150, 5);
        assert_eq!(shown.chars().count(), 102);
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(at, 26);
        assert_eq!(width, 5);
        assert_eq!(shown.chars().nth(at), long.chars().nth(150));
        // At the start of a long line: no cut before.
        let (shown, at, _) = super::window(&long, 0, 3);
        assert!(!shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(at, 0);
        // At the end: no cut after, the caret still under its character.
        let (shown, at, _) = super::window(&long, 299, 1);
        assert!(shown.starts_with('…') && !shown.ends_with('…'));
        assert_eq!(shown.chars().nth(at), long.chars().nth(299));
    }
}
