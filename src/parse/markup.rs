//! Input that is markup rather than text: an HTML page saved instead of its text.
//!
//! tifa reads plain text; tags would turn into titles and headings (`title: <!doctype
//! html>…`). When the text opens with a tag or holds many of them, a warning says so and
//! suggests extracting the text first.

use crate::diagnostic::{Diagnostic, Finding};
use crate::span::Span;

/// Tag names that mark a document as HTML or XML when the text opens with them.
const OPENING: [&str; 14] = [
    "!doctype", "?xml", "html", "head", "body", "meta", "title", "div", "p", "article", "section",
    "table", "span", "!--",
];

/// Tags that, repeated, mark markup anywhere in the first part of the text.
const COMMON: [&str; 9] = ["p", "/p", "br", "div", "/div", "a", "/a", "span", "/span"];

/// How many common tags in the first [`LOOK`] bytes make a text markup.
const MANY: usize = 5;

/// How much of the text is looked at.
const LOOK: usize = 64 * 1024;

/// The tag's name at `s`, which starts just after a `<`: letters, digits, `!`, `?`, `-`
/// and a leading `/`, lowercased, up to 10 characters.
fn tag_name(s: &[u8]) -> Option<String> {
    // A `/` belongs to the name only first (`</p>`); after it, it closes the tag (`<br/>`).
    let n = s
        .iter()
        .take(10)
        .enumerate()
        .take_while(|&(i, b)| {
            b.is_ascii_alphanumeric() || matches!(b, b'!' | b'?' | b'-') || (i == 0 && *b == b'/')
        })
        .count();
    let name = s.get(..n)?;
    let after = s.get(n).copied();
    // A tag name ends at a space, `>` or `/` (`<br/>`); `<3` or `< 5` are not tags.
    let ends = matches!(after, Some(b' ' | b'>' | b'/' | b'\t' | b'\n' | b'\r'));
    let comment = name.starts_with(b"!--");
    if n == 0 || !(ends || comment) {
        return None;
    }
    let name = String::from_utf8_lossy(name).to_ascii_lowercase();
    Some(if comment { "!--".to_owned() } else { name })
}

/// The span of the tag opening at `at` (to its `>`, or one byte when none is near).
fn tag_span(src: &str, at: usize) -> Span {
    let bytes = src.as_bytes();
    let rest = bytes.get(at..).unwrap_or_default();
    // The window counts a run of whitespace as one byte (line ends do not move it).
    let window = super::text::head(src.get(at..).unwrap_or(""), 200).len();
    let end =
        memchr::memchr(b'>', rest.get(..window).unwrap_or_default()).map_or(at + 1, |i| at + i + 1);
    Span::new(at, end)
}

/// A warning when `src` looks like HTML or XML markup, pointing at its first tag.
pub(crate) fn check(src: &str) -> Option<Diagnostic> {
    let look = super::text::head(src, LOOK).as_bytes();
    let first = look
        .iter()
        .position(|b| !b.is_ascii_whitespace() && !matches!(b, 0xef | 0xbb | 0xbf))?;
    let mut found: Option<usize> = None;
    if look.get(first) == Some(&b'<') {
        let name = tag_name(look.get(first + 1..).unwrap_or_default());
        if name.is_some_and(|n| OPENING.contains(&n.as_str())) {
            found = Some(first);
        }
    }
    if found.is_none() {
        let mut count = 0;
        let mut first_tag = None;
        for at in memchr::memchr_iter(b'<', look) {
            if let Some(n) = tag_name(look.get(at + 1..).unwrap_or_default()) {
                if COMMON.contains(&n.as_str()) {
                    count += 1;
                    first_tag.get_or_insert(at);
                }
            }
        }
        if count >= MANY {
            found = first_tag;
        }
    }
    let at = found?;
    let span = tag_span(src, at);
    // The tag as shown in the message: its first 40 characters, a run of whitespace shown
    // as one space.
    let mut shown = String::new();
    let mut space = false;
    for c in src.get(span.range()).unwrap_or("<").chars() {
        if shown.chars().count() >= 40 {
            break;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !shown.is_empty() {
            shown.push(' ');
        }
        space = false;
        shown.push(c);
    }
    Some(Diagnostic::of(Finding::Markup { tag: &shown }, span))
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_quoted_tag_does_not_depend_on_line_ends() {
        let lf = "<!-- a comment\n\nthat runs on --> <p>text</p>";
        let crlf = lf.replace('\n', "\r\n");
        let message = |s: &str| check(s).map(|d| d.message);
        assert!(message(lf).is_some());
        assert_eq!(message(lf), message(&crlf));
    }
    use super::check;
    use crate::DiagnosticKind;

    #[test]
    fn an_html_page_gets_a_warning_at_its_first_tag() {
        let page = "\u{feff}  <!DOCTYPE html><html><head><title>Central Rural Work Conference</title></head><body><p>Three major tasks</p></body></html>";
        let d = check(page).unwrap();
        assert_eq!(d.kind, DiagnosticKind::Markup);
        assert_eq!(d.span.start, 5);
        assert_eq!(page.get(d.span.range()), Some("<!DOCTYPE html>"));
        assert_eq!(
            d.message,
            "the text looks like HTML markup (it has `<!DOCTYPE html>`): tifa reads plain text, so extract the text first, for example with a browser's reader view, `pandoc -f html -t plain` or `lynx -dump`"
        );
        let doc = crate::parse(page);
        let d = doc
            .diagnostics()
            .iter()
            .find(|d| d.kind == DiagnosticKind::Markup)
            .unwrap();
        assert_eq!(d.line, 1);
        assert_eq!(doc.line_col(d.span.start).map(|p| p.line), Some(1));
    }

    #[test]
    fn tags_in_the_middle_count_when_there_are_many() {
        let text = "Title\n\nSome text.<p>One</p><p>Two</p><br/>three";
        let d = check(text).unwrap();
        assert_eq!(text.get(d.span.range()), Some("<p>"));
        // A few angle brackets in prose are not markup.
        assert_eq!(check("Growth was <5% and x<y.\n\nIt rose to <10%."), None);
        assert_eq!(check("<3 love\n"), None);
        assert_eq!(check("The <p> tag.\n"), None);
        assert_eq!(check(crate::REFERENCE_DOCUMENT), None);
        assert_eq!(check(""), None);
    }
}
