//! `tifa::parse` on any text: no panic, spans inside the input on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = tifa::parse(text);
    for b in doc.blocks() {
        assert!(text.get(b.span.range()).is_some());
    }
    for e in doc.enumerations() {
        for i in &e.items {
            assert!(text.get(i.span.range()).is_some());
        }
    }
    for d in doc.diagnostics() {
        assert!(text.get(d.span.range()).is_some());
        assert!(doc.line_col(d.span.start).is_some());
    }
    for i in doc.initiatives() {
        for m in &i.mentions {
            assert!(text.get(m.range()).is_some());
        }
    }
    for c in doc.concepts() {
        for m in &c.mentions {
            assert!(text.get(m.range()).is_some());
        }
    }
    let _ = tifa::compare(&doc, &doc);
});
