//! What must hold for every document, whatever its input: spans inside the input and on
//! character boundaries; blocks, sections and items in order and nested in their parents;
//! texts equal to what their spans cover; diagnostics positioned.

use tifa::{Document, Section, Span};

fn valid(text: &str, s: Span, what: &str) {
    assert!(s.start <= s.end, "{what}: reversed span {s:?}");
    assert!(
        s.end <= text.len(),
        "{what}: span {s:?} past the end ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what}: span {s:?} inside a character"
    );
}

fn in_order(spans: &[Span], what: &str) {
    for w in spans.windows(2) {
        assert!(w[0].end <= w[1].start, "{what}: {:?} then {:?}", w[0], w[1]);
    }
}

fn section(text: &str, s: &Section<'_>) {
    valid(text, s.span, "section");
    for h in s
        .heading
        .iter()
        .chain(s.subtitle.iter())
        .chain(s.announces.iter())
    {
        valid(text, h.span, "heading");
        assert!(
            s.span.contains(h.span),
            "heading {:?} outside section {:?}",
            h.span,
            s.span
        );
    }
    let mut spans: Vec<Span> = Vec::new();
    for b in &s.blocks {
        valid(text, b.span, "block");
        assert_eq!(&text[b.span.range()], &*b.text, "block text");
        assert!(
            s.span.contains(b.span),
            "block {:?} outside section {:?}",
            b.span,
            s.span
        );
        spans.push(b.span);
    }
    for c in &s.sections {
        section(text, c);
        assert!(
            s.span.contains(c.span),
            "subsection {:?} outside {:?}",
            c.span,
            s.span
        );
        spans.push(c.span);
    }
    in_order(&spans, "section contents");
}

/// Checks every invariant of `doc`, parsed from `text`.
pub(crate) fn check(text: &str, doc: &Document<'_>) {
    assert_eq!(doc.source(), text);
    let mut top: Vec<Span> = Vec::new();
    for b in doc.front_matter().iter().chain(doc.back_matter()) {
        valid(text, b.span, "matter");
        assert_eq!(&text[b.span.range()], &*b.text, "matter text");
    }
    top.extend(doc.front_matter().iter().map(|b| b.span));
    for s in doc.sections() {
        section(text, s);
        top.push(s.span);
    }
    top.extend(doc.back_matter().iter().map(|b| b.span));
    in_order(&top, "document");
    let blocks: Vec<Span> = doc.blocks().iter().map(|b| b.span).collect();
    in_order(&blocks, "blocks");

    for e in doc.enumerations() {
        valid(text, e.span, "enumeration");
        if let Some(h) = &e.heading {
            valid(text, h.span, "enumeration heading");
        }
        let items: Vec<Span> = e.items.iter().map(|i| i.span).collect();
        in_order(&items, "items");
        for i in &e.items {
            valid(text, i.span, "item");
            assert!(
                e.span.contains(i.span),
                "item {:?} outside list {:?}",
                i.span,
                e.span
            );
            assert!(
                text[i.span.range()].contains(&*i.text),
                "item text not in its span"
            );
        }
    }
    for a in doc.achievements() {
        valid(text, a.span, "achievement");
    }
    for p in doc.principles() {
        valid(text, p.span, "principle");
    }
    for o in doc.obligations() {
        valid(text, o.span, "obligation");
        assert_eq!(&text[o.span.range()], &*o.text);
        assert!(o.text.contains(&*o.lead) || o.lead.is_empty());
    }
    for i in doc.initiatives() {
        assert!(!i.mentions.is_empty(), "initiative without mentions");
        for m in &i.mentions {
            valid(text, *m, "initiative mention");
        }
        in_order(&i.mentions, "initiative mentions");
    }
    for c in doc.concepts() {
        assert!(!c.mentions.is_empty(), "concept without mentions");
        for m in &c.mentions {
            valid(text, *m, "concept mention");
        }
        in_order(&c.mentions, "concept mentions");
    }
    for c in doc.credits() {
        valid(text, c.span, "credit");
        // The span is the credit as printed: its name (and its label, when printed) and
        // nothing before them.
        let printed = &text[c.span.range()];
        assert!(
            printed.ends_with(&*c.name),
            "credit {printed:?} does not end with {:?}",
            c.name
        );
        assert!(
            printed.starts_with(&*c.label) || printed == c.name,
            "credit {printed:?} starts neither with {:?} nor is {:?}",
            c.label,
            c.name
        );
    }
    if let Some(m) = &doc.metadata().meeting {
        valid(text, m.span, "meeting");
    }
    let mut prev = 0;
    for d in doc.diagnostics() {
        valid(text, d.span, "diagnostic");
        if let Some(r) = d.related {
            valid(text, r, "related");
        }
        assert!(d.span.start >= prev, "diagnostics out of order");
        prev = d.span.start;
        let at = doc.line_col(d.span.start).unwrap();
        assert_eq!((d.line, d.column), (at.line, at.column), "{d}");
        assert!(!d.message.is_empty());
        assert!(
            !d.message.ends_with('.'),
            "message ends with a period: {}",
            d.message
        );
    }
    // The strict entry point agrees with the diagnostics.
    assert_eq!(tifa::parse_strict(text).is_err(), doc.has_errors());
}
