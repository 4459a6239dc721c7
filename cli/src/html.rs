//! `tifa html`: one self-contained page that shows what was found in a document.
//!
//! The text is shown as printed, with every element the parser found highlighted by kind
//! (headings, list items with their ordinals, obligations, initiatives, concepts, credits;
//! page chrome greyed out) and each diagnostic shown under the line it points at. An
//! outline beside the text lists the sections, the lists with their declared and found
//! counts, the names with their mention counts and the diagnostics, each a link to its
//! place. No external assets: the style and a small check script are inline. Every piece
//! of document text is escaped, so a text holding `<script>` shows it as text.

use std::collections::BinaryHeap;
use std::fmt::Write;

use tifa::{BlockKind, Document, Section, Severity};

use crate::human::{count, first_words, words};

/// Escapes text for HTML element content and double-quoted attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A highlighted stretch of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Mark {
    start: usize,
    end: usize,
    /// CSS classes, such as `mark item`.
    class: &'static str,
    /// Anchor for the outline's links (only on the first piece of a split mark).
    id: Option<String>,
    /// Tooltip.
    title: String,
    /// A badge shown before the text (an item's ordinal).
    badge: Option<String>,
}

/// Marks are taken in order of start, longer first, so that outer marks open first.
impl Ord for Mark {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // BinaryHeap pops the greatest: reverse so the smallest start comes out first.
        (other.start, self.end, other.class, &other.id)
            .cmp(&(self.start, other.end, self.class, &self.id))
    }
}

impl PartialOrd for Mark {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

fn block_class(kind: BlockKind) -> Option<&'static str> {
    Some(match kind {
        BlockKind::Title => "mark title",
        BlockKind::Heading => "mark heading",
        BlockKind::Subtitle => "mark subtitle",
        BlockKind::Obligation => "mark obligation",
        BlockKind::Credit => "mark credit-line",
        BlockKind::Chrome => "mark chrome",
        BlockKind::Caption => "mark caption",
        BlockKind::Byline | BlockKind::Dateline => "mark byline",
        _ => return None,
    })
}

fn collect_marks(doc: &Document<'_>) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut add = |start: usize,
                   end: usize,
                   class: &'static str,
                   id: Option<String>,
                   title: String,
                   badge: Option<String>| {
        if start < end && end <= doc.source().len() {
            marks.push(Mark {
                start,
                end,
                class,
                id,
                title,
                badge,
            });
        }
    };
    for b in doc.blocks() {
        if let Some(class) = block_class(b.kind) {
            add(
                b.span.start,
                b.span.end,
                class,
                None,
                words(b.kind.as_str()),
                None,
            );
        }
    }
    // Section headings and subtitles belong to their sections, not to the blocks.
    let mut stack: Vec<&tifa::Section<'_>> = doc.sections().iter().rev().collect();
    while let Some(s) = stack.pop() {
        for (h, class, what) in [
            (s.heading.as_ref(), "mark heading", "heading"),
            (s.subtitle.as_ref(), "mark subtitle", "subtitle"),
        ] {
            if let Some(h) = h {
                add(h.span.start, h.span.end, class, None, what.to_owned(), None);
            }
        }
        stack.extend(s.sections.iter().rev());
    }
    for (n, e) in doc.enumerations().iter().enumerate() {
        let heading = e.heading.as_ref().map_or("(no heading)", |h| &h.text);
        for (k, i) in e.items.iter().enumerate() {
            add(
                i.span.start,
                i.span.end,
                "mark item",
                Some(format!("list-{}-item-{}", n + 1, k + 1)),
                format!(
                    "{} list “{}”, item {}",
                    words(e.kind.as_str()),
                    first_words(heading, 8),
                    i.ordinal
                ),
                Some(i.ordinal.to_string()),
            );
        }
    }
    for (n, i) in doc.initiatives().iter().enumerate() {
        for (k, m) in i.mentions.iter().enumerate() {
            add(
                m.start,
                m.end,
                "mark initiative",
                Some(format!("initiative-{}-{}", n + 1, k + 1)),
                format!("initiative: {}", i.name),
                None,
            );
        }
    }
    for (n, c) in doc.concepts().iter().enumerate() {
        for (k, m) in c.mentions.iter().enumerate() {
            add(
                m.start,
                m.end,
                "mark concept",
                Some(format!("concept-{}-{}", n + 1, k + 1)),
                format!("concept: {}", c.name),
                None,
            );
        }
    }
    for (n, c) in doc.credits().iter().enumerate() {
        add(
            c.span.start,
            c.span.end,
            "mark credit",
            Some(format!("credit-{}", n + 1)),
            format!("credit: {}", words(c.role.as_str())),
            None,
        );
    }
    for (n, d) in doc.diagnostics().iter().enumerate() {
        let class = match d.severity {
            Severity::Error => "mark diag error",
            Severity::Warning => "mark diag warning",
            _ => "mark diag info",
        };
        add(
            d.span.start,
            d.span.end,
            class,
            Some(format!("diagnostic-{}-at", n + 1)),
            format!("{}: {}", d.severity, d.message),
            None,
        );
    }
    marks
}

/// The text with its marks as nested `<span>`s; a mark that crosses the end of an open
/// one is split in two. `notes` are inserted at byte offsets (diagnostics under their
/// line).
fn highlighted(src: &str, marks: Vec<Mark>, notes: &[(usize, String)]) -> String {
    let mut out = String::with_capacity(src.len() * 2);
    let mut heap: BinaryHeap<Mark> = marks.into_iter().collect();
    let mut open: Vec<Mark> = Vec::new();
    let mut pos = 0;
    let mut next_note = 0;
    // Emits text up to `to`, with the notes that fall inside it.
    let mut text_to = |out: &mut String, pos: &mut usize, to: usize| {
        while let Some((at, html)) = notes.get(next_note) {
            if *at > to {
                break;
            }
            if *at >= *pos {
                out.push_str(&escape(src.get(*pos..*at).unwrap_or("")));
                *pos = *at;
            }
            out.push_str(html);
            next_note += 1;
        }
        if to > *pos {
            out.push_str(&escape(src.get(*pos..to).unwrap_or("")));
            *pos = to;
        }
    };
    loop {
        let next_start = heap.peek().map(|m| m.start);
        let next_end = open.last().map(|m| m.end);
        match (next_start, next_end) {
            (Some(s), Some(e)) if e <= s => {
                text_to(&mut out, &mut pos, e);
                out.push_str("</span>");
                open.pop();
            }
            (Some(_), _) => {
                let Some(mut m) = heap.pop() else { break };
                text_to(&mut out, &mut pos, m.start);
                if let Some(outer) = open.last() {
                    if m.end > outer.end {
                        // Split: the rest reopens after the outer mark closes.
                        heap.push(Mark {
                            start: outer.end,
                            id: None,
                            badge: None,
                            ..m.clone()
                        });
                        m.end = outer.end;
                    }
                }
                if m.start >= m.end {
                    continue;
                }
                let _ = write!(out, "<span class=\"{}\"", m.class);
                if let Some(id) = &m.id {
                    let _ = write!(out, " id=\"{}\"", escape(id));
                }
                let _ = write!(out, " title=\"{}\">", escape(&m.title));
                if let Some(b) = &m.badge {
                    let _ = write!(out, "<span class=\"badge\">{}</span>", escape(b));
                }
                open.push(m);
            }
            (None, Some(e)) => {
                text_to(&mut out, &mut pos, e);
                out.push_str("</span>");
                open.pop();
            }
            (None, None) => break,
        }
    }
    text_to(&mut out, &mut pos, src.len());
    out
}

fn outline_section(out: &mut String, doc: &Document<'_>, s: &Section<'_>, n: &mut usize) {
    *n += 1;
    let heading = s.heading.as_ref().map_or("(untitled)", |h| &h.text);
    let line = doc.line_col(s.span.start).map_or(0, |p| p.line);
    let _ = write!(
        out,
        "<li><a href=\"#line-{line}\">{}</a>",
        escape(&first_words(heading, 10))
    );
    if let Some(c) = s.declared_count {
        let _ = write!(out, " <span class=\"count\">declares {c}</span>");
    }
    if !s.sections.is_empty() {
        out.push_str("<ul>");
        for c in &s.sections {
            outline_section(out, doc, c, n);
        }
        out.push_str("</ul>");
    }
    out.push_str("</li>");
}

const STYLE: &str = r#"
:root { --ink: #1d1d1f; --muted: #6b6b70; --line: #e3e3e8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: var(--ink); display: grid; grid-template-columns: minmax(16rem, 24rem) 1fr; height: 100vh; }
nav { overflow: auto; border-right: 1px solid var(--line); padding: 1rem; background: #fafafa; }
main { overflow: auto; padding: 1rem 2rem; }
h1 { font-size: 1.2rem; margin: 0 0 .25rem; }
h2 { font-size: .95rem; margin: 1rem 0 .25rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
nav ul { margin: 0; padding-left: 1.1rem; }
nav a { color: inherit; }
.count { color: var(--muted); font-size: .85em; }
.mismatch { color: #b00020; font-weight: 600; }
.legend span.mark { margin-right: .4rem; }
pre.text { white-space: pre-wrap; word-wrap: break-word; font: 15px/1.6 Georgia, serif; margin: 0; }
.line-no { display: inline-block; width: 3.5em; color: #b0b0b8; font: 11px monospace; user-select: none; }
.mark.title { font-weight: 700; font-size: 1.15em; }
.mark.heading { font-weight: 700; background: #e8f0fe; }
.mark.subtitle { font-style: italic; background: #eef4ff; }
.mark.item { background: #fff4d6; border-left: 3px solid #e0a800; }
.mark.obligation { background: #e9f7ef; border-left: 3px solid #2e9d5b; }
.mark.initiative { background: #ffd7e5; border-bottom: 2px solid #c2185b; }
.mark.concept { background: #e3dcff; border-bottom: 2px solid #5e35b1; }
.mark.credit, .mark.credit-line { background: #e0f2f1; }
.mark.byline, .mark.caption { color: #555; }
.mark.chrome { color: #a0a0a8; }
.mark.diag { text-decoration: underline wavy; }
.mark.diag.error { text-decoration-color: #b00020; }
.mark.diag.warning { text-decoration-color: #e08000; }
.mark.diag.info { text-decoration-color: #1565c0; }
.badge { display: inline-block; min-width: 1.4em; margin-right: .3em; padding: 0 .3em; border-radius: .6em; background: #e0a800; color: #fff; font: 600 11px/1.5 system-ui, sans-serif; text-align: center; }
.note { display: block; margin: .2rem 0 .4rem 3.5em; padding: .2rem .5rem; font: 13px/1.4 system-ui, sans-serif; border-left: 3px solid; white-space: normal; }
.note.error { border-color: #b00020; background: #fdecee; }
.note.warning { border-color: #e08000; background: #fff3e0; }
.note.info { border-color: #1565c0; background: #e3f2fd; }
:target { outline: 2px solid #1565c0; }
"#;

/// Checks, once the page has loaded, that every link of the outline has its target; the
/// result is written on `<body data-links>` (the CI's headless browser reads it).
const SCRIPT: &str = r##"
document.addEventListener("DOMContentLoaded", function () {
  var missing = 0;
  document.querySelectorAll('nav a[href^="#"]').forEach(function (a) {
    if (!document.getElementById(a.getAttribute("href").slice(1))) { missing += 1; }
  });
  document.body.setAttribute("data-links", missing === 0 ? "ok" : missing + " missing");
});
"##;

/// The page for one document.
pub(crate) fn page(name: &str, doc: &Document<'_>) -> String {
    let src = doc.source();
    let m = doc.metadata();
    let title = m.title.as_deref().unwrap_or(name);
    let mut out = String::with_capacity(src.len() * 3 + 8192);
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"tifa {}\">\n<title>{} (tifa)</title>\n<style>{STYLE}</style>\n<script>{SCRIPT}</script>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(title)
    );

    // The outline.
    out.push_str("<nav id=\"outline\">\n");
    let _ = write!(
        out,
        "<h1>{}</h1>\n<p class=\"count\">{}",
        escape(title),
        escape(name)
    );
    if let Some(p) = &m.publisher {
        let _ = write!(out, " · {}", escape(p));
    }
    if let Some(d) = m.date {
        let _ = write!(out, " · {d}");
    }
    out.push_str("</p>\n");
    if let Some(mt) = &m.meeting {
        let line = doc.line_col(mt.span.start).map_or(0, |p| p.line);
        let _ = writeln!(
            out,
            "<p>Meeting: <a href=\"#line-{line}\">{}</a>{}{}</p>",
            escape(mt.name.as_deref().unwrap_or("(unnamed)")),
            mt.place
                .as_deref()
                .map_or(String::new(), |p| format!(", {}", escape(p))),
            mt.start.map_or(String::new(), |s| format!(", {s}"))
        );
    }
    out.push_str("<p class=\"legend\"><span class=\"mark heading\">heading</span><span class=\"mark item\">list item</span><span class=\"mark obligation\">obligation</span><span class=\"mark initiative\">initiative</span><span class=\"mark concept\">concept</span><span class=\"mark credit\">credit</span><span class=\"mark chrome\">chrome</span></p>\n");

    let _ = write!(
        out,
        "<h2>{}</h2>\n<ul id=\"outline-sections\">",
        escape(&count(doc.sections().len(), "section", "sections"))
    );
    let mut n = 0;
    for s in doc.sections() {
        outline_section(&mut out, doc, s, &mut n);
    }
    out.push_str("</ul>\n");

    let _ = write!(
        out,
        "<h2>{}</h2>\n<ul id=\"outline-lists\">",
        count(doc.enumerations().len(), "list", "lists")
    );
    for (n, e) in doc.enumerations().iter().enumerate() {
        let heading = e.heading.as_ref().map_or("(no heading)", |h| &h.text);
        let found = e.items.len();
        let counts = match e.declared_count {
            Some(d) if usize::try_from(d).ok() != Some(found) => {
                format!("<span class=\"count mismatch\">declares {d}, found {found}</span>")
            }
            Some(d) => format!("<span class=\"count\">declares {d}, found {found}</span>"),
            None => format!("<span class=\"count\">found {found}</span>"),
        };
        let target = if e.items.is_empty() {
            // A list with no items: link to its heading's line.
            let at = e.heading.as_ref().map_or(e.span.start, |h| h.span.start);
            format!("line-{}", doc.line_col(at).map_or(0, |p| p.line))
        } else {
            format!("list-{}-item-1", n + 1)
        };
        let _ = write!(
            out,
            "<li class=\"list\"><a href=\"#{target}\">{}</a> <span class=\"kind\">{}</span> {counts}</li>",
            escape(&first_words(heading, 10)),
            escape(&words(e.kind.as_str()))
        );
    }
    out.push_str("</ul>\n");

    let _ = write!(
        out,
        "<h2>{}</h2>\n<ul id=\"outline-initiatives\">",
        count(doc.initiatives().len(), "initiative", "initiatives")
    );
    for (n, i) in doc.initiatives().iter().enumerate() {
        let _ = write!(
            out,
            "<li class=\"name\"><a href=\"#initiative-{}-1\">{}</a>{} <span class=\"count\">{}</span></li>",
            n + 1,
            escape(&i.name),
            i.acronym
                .as_deref()
                .map_or(String::new(), |a| format!(" ({})", escape(a))),
            count(i.mentions.len(), "mention", "mentions")
        );
    }
    out.push_str("</ul>\n");
    let _ = write!(
        out,
        "<h2>{}</h2>\n<ul id=\"outline-concepts\">",
        count(doc.concepts().len(), "concept", "concepts")
    );
    for (n, c) in doc.concepts().iter().enumerate() {
        let _ = write!(
            out,
            "<li class=\"name\"><a href=\"#concept-{}-1\">{}</a> <span class=\"count\">{}</span></li>",
            n + 1,
            escape(&c.name),
            count(c.mentions.len(), "mention", "mentions")
        );
    }
    out.push_str("</ul>\n");
    if !doc.credits().is_empty() {
        let _ = write!(
            out,
            "<h2>{}</h2>\n<ul id=\"outline-credits\">",
            count(doc.credits().len(), "credit", "credits")
        );
        for (n, c) in doc.credits().iter().enumerate() {
            let _ = write!(
                out,
                "<li><a href=\"#credit-{}\">{}</a>: {}</li>",
                n + 1,
                escape(&c.label),
                escape(&c.name)
            );
        }
        out.push_str("</ul>\n");
    }
    let _ = write!(
        out,
        "<h2>{}</h2>\n<ul id=\"outline-diagnostics\">",
        count(doc.diagnostics().len(), "diagnostic", "diagnostics")
    );
    for (n, d) in doc.diagnostics().iter().enumerate() {
        let _ = write!(
            out,
            "<li class=\"{}\"><a href=\"#diagnostic-{}\">{}, line {}</a>: {}</li>",
            d.severity,
            n + 1,
            d.severity,
            d.line,
            escape(&d.message)
        );
    }
    out.push_str("</ul>\n</nav>\n");

    // The text: line anchors, marks, and diagnostics as notes after their line.
    let mut notes: Vec<(usize, String)> = Vec::new();
    let mut line_starts = vec![0];
    line_starts.extend(
        src.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i + 1),
    );
    for (i, &at) in line_starts.iter().enumerate() {
        if at <= src.len() {
            notes.push((
                at,
                format!(
                    "<span class=\"line-no\" id=\"line-{}\">{}</span>",
                    i + 1,
                    i + 1
                ),
            ));
        }
    }
    for (n, d) in doc.diagnostics().iter().enumerate() {
        // After the end of the diagnostic's line: just after its `\n`, or at the end.
        let end_of_line = src
            .get(d.span.start..)
            .and_then(|rest| rest.find('\n'))
            .map_or(src.len(), |i| d.span.start + i + 1);
        notes.push((
            end_of_line,
            format!(
                "<span class=\"note {}\" id=\"diagnostic-{}\" role=\"note\">{}: {}</span>",
                d.severity,
                n + 1,
                d.severity,
                escape(&d.message)
            ),
        ));
    }
    // Notes at one offset: diagnostics of the line before, then the next line's number.
    notes.sort_by_key(|(at, html)| (*at, !html.starts_with("<span class=\"note")));
    let _ = write!(
        out,
        "<main id=\"text\">\n<pre class=\"text\">{}</pre>\n</main>\n</body>\n</html>\n",
        highlighted(src, collect_marks(doc), &notes)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape("\"><img src=x onerror=alert(1)> & 'x' <script>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;x&#39; &lt;script&gt;"
        );
    }

    #[test]
    fn marks_nest_and_split() {
        let src = "abcdefghij";
        let mark = |start, end, class| Mark {
            start,
            end,
            class,
            id: None,
            title: String::new(),
            badge: None,
        };
        let html = highlighted(
            src,
            vec![
                mark(0, 6, "mark item"),
                mark(2, 4, "mark concept"),
                mark(5, 8, "mark initiative"),
            ],
            &[],
        );
        assert_eq!(
            html,
            "<span class=\"mark item\" title=\"\">ab<span class=\"mark concept\" title=\"\">cd</span>e<span class=\"mark initiative\" title=\"\">f</span></span><span class=\"mark initiative\" title=\"\">gh</span>ij"
        );
    }

    #[test]
    fn document_text_is_escaped() {
        let text = "Title <script>alert(1)</script>\n\n\"Two tasks\".\n\nFirst, \"><img src=x onerror=alert(1)>.\n";
        let doc = tifa::parse(text);
        let html = page("<evil>.txt", &doc);
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains("&lt;evil&gt;.txt"));
        // Exactly one script element: the page's own.
        assert_eq!(html.matches("<script>").count(), 1);
    }
}
