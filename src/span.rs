//! Byte spans into the parsed text, and line/column positions for people.

use core::ops::Range;

/// A half-open range of byte offsets, `start..end`, into the text that was parsed.
///
/// Every element of a [`Document`](crate::Document) carries the span it came from. Spans
/// produced by the parser always lie on `char` boundaries of the input, so
/// `&text[span.range()]` never panics for the text the document was parsed from.
///
/// # Example
///
/// ```
/// let text = "\"Six musts\".\n\nWe must uphold principles.\n";
/// let doc = tifa::parse(text);
/// let span = doc.enumerations()[0].heading.as_ref().unwrap().span;
/// assert_eq!(&text[span.range()], "\"Six musts\".");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Makes a span from two offsets; `end` is clamped so that it is never below `start`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: if end < start { start } else { end },
        }
    }

    /// The span as a `Range`, ready for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely within this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// A 1-based line and column, as shown to people.
///
/// The column counts Unicode scalar values (`char`s) from the start of the line, so a
/// caret placed under column `n` lines up in a terminal for most text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineColumn {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column number, starting at 1.
    pub column: usize,
}

impl core::fmt::Display for LineColumn {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// Offsets where lines start, for turning byte offsets into line and column.
///
/// Built once while the text is split into lines; lookups are a binary search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(starts: Vec<usize>) -> LineIndex {
        LineIndex { starts }
    }

    /// Line and column of `offset` in `text`, or `None` when the offset lies outside the
    /// text or inside a multi-byte character.
    pub(crate) fn line_col(&self, text: &str, offset: usize) -> Option<LineColumn> {
        if offset > text.len() || !text.is_char_boundary(offset) {
            return None;
        }
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.starts.get(line).copied().unwrap_or(0).min(offset);
        let column = text.get(start..offset).map_or(0, |s| s.chars().count()) + 1;
        Some(LineColumn {
            line: line + 1,
            column,
        })
    }
}

impl LineIndex {
    /// Line and column of each of `offsets`, which must be sorted. Characters are counted
    /// once: each position continues from the one before it on the same line, so many
    /// positions on one long line cost one pass over it.
    pub(crate) fn line_cols(&self, text: &str, offsets: &[usize]) -> Vec<Option<LineColumn>> {
        let mut out = Vec::with_capacity(offsets.len());
        // (line index, offset, column) of the previous position.
        let mut prev: Option<(usize, usize, usize)> = None;
        for &offset in offsets {
            if offset > text.len() || !text.is_char_boundary(offset) {
                out.push(None);
                continue;
            }
            let line = match self.starts.binary_search(&offset) {
                Ok(i) => i,
                Err(i) => i.saturating_sub(1),
            };
            let (from, base) = match prev {
                Some((l, o, c)) if l == line && o <= offset => (o, c),
                _ => (self.starts.get(line).copied().unwrap_or(0).min(offset), 1),
            };
            let column = base + text.get(from..offset).map_or(0, |s| s.chars().count());
            prev = Some((line, offset, column));
            out.push(Some(LineColumn {
                line: line + 1,
                column,
            }));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_in_one_pass_match_single_lookups() {
        let text = "ab\n“c”d\n\nx";
        let index = LineIndex::new(vec![0, 3, 12, 13]);
        let offsets = [0, 1, 3, 6, 10, 10, 12, 13, 14, 15];
        let all = index.line_cols(text, &offsets);
        let one: Vec<_> = offsets.iter().map(|&o| index.line_col(text, o)).collect();
        assert_eq!(all, one);
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(2, 5);
        assert_eq!(a.len(), 3);
        assert!(a.contains(Span::new(3, 5)));
        assert!(!a.contains(Span::new(3, 6)));
        assert!(a.overlaps(Span::new(4, 9)));
        assert!(!a.overlaps(Span::new(5, 9)));
        assert_eq!(a.cover(Span::new(7, 9)), Span::new(2, 9));
        assert_eq!(Span::new(5, 2), Span::new(5, 5));
    }

    #[test]
    fn line_col_counts_chars() {
        let text = "ab\n“c”d\n\nx";
        let index = LineIndex::new(vec![0, 3, 12, 13]);
        let at = |o| index.line_col(text, o).map(|p| (p.line, p.column));
        assert_eq!(at(0), Some((1, 1)));
        assert_eq!(at(3), Some((2, 1)));
        // `d` follows two 3-byte quotes and `c`.
        assert_eq!(at(10), Some((2, 4)));
        assert_eq!(at(12), Some((3, 1)));
        assert_eq!(at(13), Some((4, 1)));
        assert_eq!(at(14), Some((4, 2)));
        assert_eq!(at(15), None);
        // Inside the first curly quote.
        assert_eq!(at(4), None);
    }
}
