//! Phase 1: split the text into lines with one `memchr` pass.
//!
//! `\n`, `\r\n` and a lone `\r` all end a line. Each line's span excludes the line break
//! and surrounding whitespace (NBSP and other Unicode spaces included); a leading BOM is
//! skipped. Nothing is copied.

use super::text::trim;
use crate::span::Span;

/// One physical line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// The line's content without surrounding whitespace; empty for a blank line.
    pub(crate) span: Span,
    /// Bytes of leading whitespace.
    pub(crate) indent: usize,
}

impl Line {
    pub(crate) fn is_blank(&self) -> bool {
        self.span.is_empty()
    }
}

/// The lines of `src`, and the offset where each line starts (for line/column lookups).
pub(crate) fn split(src: &str) -> (Vec<Line>, Vec<usize>) {
    let bytes = src.as_bytes();
    let first = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let guess = bytes.len() / 64 + 2;
    let mut lines = Vec::with_capacity(guess);
    let mut starts = Vec::with_capacity(guess);
    let mut start = first;
    starts.push(0);
    let push = |lines: &mut Vec<Line>, start: usize, end: usize| {
        let raw = Span::new(start, end);
        let t = trim(src, raw);
        lines.push(Line {
            span: t,
            indent: if t.is_empty() { 0 } else { t.start - start },
        });
    };
    let mut iter = memchr::memchr2_iter(b'\n', b'\r', bytes).peekable();
    while let Some(i) = iter.next() {
        if i < start {
            // The `\n` of a `\r\n` pair already handled.
            continue;
        }
        push(&mut lines, start, i);
        let mut next = i + 1;
        if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
            next = i + 2;
            iter.next();
        }
        start = next;
        starts.push(start);
    }
    if start < bytes.len() {
        push(&mut lines, start, bytes.len());
    } else {
        // The text ends with a line break: no final line.
        starts.pop();
        if starts.is_empty() {
            starts.push(0);
        }
    }
    (lines, starts)
}

/// Whether the text needs whitespace normalisation before names can be matched: it holds
/// line breaks inside paragraphs, runs of spaces, tabs or no-break spaces.
pub(crate) fn has_irregular_space(src: &str, lines: &[Line]) -> bool {
    let consecutive = lines
        .windows(2)
        .any(|w| matches!(w, [a, b] if !a.is_blank() && !b.is_blank()));
    consecutive
        || memchr::memmem::find(src.as_bytes(), b"  ").is_some()
        // A tab, or the second byte of a no-break space (this also fires on some other
        // characters, which only costs a normalisation pass).
        || memchr::memchr2(b'\t', 0xA0, src.as_bytes()).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<&str> {
        split(src)
            .0
            .iter()
            .map(|l| src.get(l.span.range()).unwrap_or("?"))
            .collect()
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
        let (lines, starts) = split("ab\r\ncd\n\nef");
        assert_eq!(starts, vec![0, 4, 7, 8]);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines.get(1).map(|l| l.span), Some(Span::new(4, 6)));
        let (_, starts) = split("ab\n");
        assert_eq!(starts, vec![0]);
    }

    #[test]
    fn indents() {
        let (lines, _) = split("x\n  1. y");
        assert_eq!(lines.get(1).map(|l| l.indent), Some(2));
    }

    #[test]
    fn irregular_space() {
        let src = "a\n\nb\n";
        assert!(!has_irregular_space(src, &split(src).0));
        for src in ["a\nb", "a  b", "a\tb", "a\u{a0}b"] {
            assert!(has_irregular_space(src, &split(src).0), "{src:?}");
        }
    }
}
