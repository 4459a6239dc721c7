//! Phase 1: split the text into lines with one `memchr` pass.
//!
//! `\n`, `\r\n` and a lone `\r` all end a line. Each line's span excludes the line break
//! and surrounding whitespace (NBSP and other Unicode spaces included); a leading BOM is
//! skipped. Nothing is copied.

use super::text::trim;
use crate::span::Span;

/// One physical line: its content without surrounding whitespace (empty for a blank
/// line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) span: Span,
}

impl Line {
    pub(crate) fn is_blank(&self) -> bool {
        self.span.is_empty()
    }
}

/// The lines of a text, kept as the offsets where they start (what the line index needs);
/// each line's trimmed span is computed when it is read.
#[derive(Clone, Debug)]
pub(crate) struct Lines<'a> {
    src: &'a str,
    starts: Vec<usize>,
    /// Bytes of a leading BOM, skipped.
    bom: usize,
}

impl<'a> Lines<'a> {
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// Where line `i` starts, BOM excluded.
    pub(crate) fn start(&self, i: usize) -> usize {
        let s = self.starts.get(i).copied().unwrap_or(self.src.len());
        if i == 0 { s.max(self.bom) } else { s }
    }

    /// Line `i`, trimmed.
    pub(crate) fn get(&self, i: usize) -> Option<Line> {
        let start = self.start(i);
        // The line runs to the break before the next line (trimming drops a `\r` of a
        // `\r\n`), or to the end of the text.
        let end = match self.starts.get(i + 1) {
            Some(&next) => next.saturating_sub(1),
            None if i < self.starts.len() => self.src.len(),
            None => return None,
        };
        Some(Line {
            span: trim(self.src, Span::new(start, end.max(start))),
        })
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = Line> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    pub(crate) fn into_starts(self) -> Vec<usize> {
        self.starts
    }
}

/// The lines of `src`, with one `memchr` pass over its line breaks.
pub(crate) fn split(src: &str) -> Lines<'_> {
    let bytes = src.as_bytes();
    let bom = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let mut starts = Vec::with_capacity(bytes.len() / 64 + 2);
    starts.push(0);
    let mut start = bom;
    let mut iter = memchr::memchr2_iter(b'\n', b'\r', bytes);
    while let Some(i) = iter.next() {
        if i < start {
            // The `\n` of a `\r\n` pair already handled.
            continue;
        }
        let mut next = i + 1;
        if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
            next = i + 2;
            iter.next();
        }
        start = next;
        starts.push(start);
    }
    if start >= bytes.len() && starts.len() > 1 {
        // The text ends with a line break: no final line.
        starts.pop();
    }
    if bytes.is_empty() {
        starts.clear();
    }
    Lines { src, starts, bom }
}

/// Whether the text needs whitespace normalisation before names can be matched: it holds
/// line breaks inside paragraphs, runs of spaces, tabs or no-break spaces.
pub(crate) fn has_irregular_space(src: &str, lines: &Lines<'_>) -> bool {
    let mut prev_blank = true;
    let consecutive = lines.iter().any(|l| {
        let both = !prev_blank && !l.is_blank();
        prev_blank = l.is_blank();
        both
    });
    let bytes = src.as_bytes();
    consecutive
        || super::text::DOUBLE_SPACE.find(bytes).is_some()
        // A tab, or the second byte of a no-break space (this also fires on some other
        // characters, which only costs a normalisation pass).
        || memchr::memchr2(b'\t', 0xA0, bytes).is_some()
        // Control characters, read as spaces everywhere else (a name broken by a NUL is
        // found as if a space stood there, whatever else the text holds): C0 ones, and C1
        // ones (0xC2 0x80 to 0xC2 0x9F).
        || super::text::first_control(bytes).is_some()
        // Other Unicode spaces (U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F,
        // U+3000), which the normalised copy reads as spaces too.
        || memchr::memchr3_iter(0xE1, 0xE2, 0xE3, bytes).any(|i| super::text::space_len(bytes, i) > 0)
        || memchr::memchr_iter(0xC2, bytes)
            .any(|i| matches!(bytes.get(i + 1), Some(0x80..=0x9F)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<&str> {
        split(src)
            .iter()
            .map(|l| src.get(l.span.range()).unwrap_or("?"))
            .collect()
    }

    #[test]
    fn control_characters_ask_for_the_normalised_scan() {
        let irregular = |s: &str| has_irregular_space(s, &split(s));
        assert!(!irregular(
            "A responsible major country.\n\nAnother paragraph.\n"
        ));
        assert!(irregular("A responsible \0\0major country.\n"));
        assert!(irregular("A responsible \u{7f}major country.\n"));
        assert!(irregular("A responsible \u{85}major country.\n"));
        assert!(irregular("Two  spaces.\n"));
        assert!(irregular("The third P\u{3000}s Peace Forum.\n"));
        assert!(irregular("A thin\u{2009}space.\n"));
        assert!(!irregular("Curly “quotes” and a dash — are not spaces.\n"));
        // Other characters encoded with 0xC2 are not controls.
        assert!(!irregular("Fifty ¢ and § signs.\n"));
    }

    #[test]
    fn line_breaks_of_every_kind() {
        assert_eq!(texts("a\nb"), vec!["a", "b"]);
        assert_eq!(texts("a\r\nb\r\n"), vec!["a", "b"]);
        assert_eq!(texts("a\rb\r\rc"), vec!["a", "b", "", "c"]);
        assert_eq!(texts("\u{feff}  a \u{a0}\n\n b"), vec!["a", "", "b"]);
        assert_eq!(texts(""), Vec::<&str>::new());
        assert_eq!(texts("\n"), vec![""]);
    }

    #[test]
    fn starts_index_every_line() {
        let lines = split("ab\r\ncd\n\nef");
        assert_eq!(lines.len(), 4);
        assert_eq!(lines.get(1).map(|l| l.span), Some(Span::new(4, 6)));
        assert_eq!(lines.into_starts(), vec![0, 4, 7, 8]);
        assert_eq!(split("ab\n").into_starts(), vec![0]);
    }

    #[test]
    fn indents_follow_from_starts() {
        let lines = split("x\n  1. y");
        let indent = lines.get(1).map(|l| l.span.start - lines.start(1));
        assert_eq!(indent, Some(2));
    }

    #[test]
    fn irregular_space() {
        let src = "a\n\nb\n";
        assert!(!has_irregular_space(src, &split(src)));
        for src in ["a\nb", "a  b", "a\tb", "a\u{a0}b"] {
            assert!(has_irregular_space(src, &split(src)), "{src:?}");
        }
    }
}
