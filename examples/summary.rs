//! A readable outline of a meeting summary: metadata, sections with their counts, the
//! achievements' first words, principles, initiatives and concepts with mention counts,
//! credits and diagnostics.
//!
//! ```text
//! cargo run --example summary                # the embedded reference document
//! cargo run --example summary -- FILE [FILE] # your files
//! ```

use std::process::ExitCode;

#[macro_use]
mod common;

use tifa::{Document, Section};

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        summary("reference document", &tifa::parse(tifa::REFERENCE_DOCUMENT));
        return ExitCode::SUCCESS;
    }
    common::parse_files(&paths, |path, doc| {
        summary(path, doc);
        true
    })
}

/// The first `n` words of a text.
fn first_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out = words.iter().take(n).copied().collect::<Vec<_>>().join(" ");
    if words.len() > n {
        out.push_str(" …");
    }
    out
}

fn line(doc: &Document<'_>, offset: usize) -> usize {
    doc.line_col(offset).map_or(0, |p| p.line)
}

fn section(doc: &Document<'_>, s: &Section<'_>, depth: usize) {
    let pad = "  ".repeat(depth + 1);
    let heading = s.heading.as_ref().map_or("(untitled)", |h| &h.text);
    let count = s
        .declared_count
        .map_or(String::new(), |n| format!(" [declares {n}]"));
    outln!(
        "{pad}§ {heading}{count}  (line {}, {} blocks)",
        line(doc, s.span.start),
        s.blocks.len()
    );
    if let Some(sub) = &s.subtitle {
        outln!("{pad}  — {}", sub.text);
    }
    for a in &s.announces {
        outln!("{pad}  » announces: {}", a.text);
    }
    for c in &s.sections {
        section(doc, c, depth + 1);
    }
}

fn summary(name: &str, doc: &Document<'_>) {
    let m = doc.metadata();
    outln!("== {name}");
    if let Some(k) = &m.kicker {
        outln!("kicker:    {k}");
    }
    outln!("title:     {}", m.title.as_deref().unwrap_or("-"));
    outln!("publisher: {}", m.publisher.as_deref().unwrap_or("-"));
    if let Some(a) = &m.author {
        outln!("author:    {a}");
    }
    outln!(
        "date:      {}",
        m.date.map_or("-".to_owned(), |d| d.to_string())
    );
    if let Some(mt) = &m.meeting {
        let dates = match (mt.start, mt.end) {
            (Some(s), Some(e)) if s != e => format!("{s} to {e}"),
            (Some(s), _) => s.to_string(),
            _ => "-".to_owned(),
        };
        outln!(
            "meeting:   {} in {}, {dates}{}",
            mt.name.as_deref().unwrap_or("(unnamed)"),
            mt.place.as_deref().unwrap_or("?"),
            if mt.year_inferred {
                " (year inferred)"
            } else {
                ""
            }
        );
    }

    outln!("\nsections ({}):", doc.sections().len());
    for s in doc.sections() {
        section(doc, s, 0);
    }

    outln!("\nlists ({}):", doc.enumerations().len());
    for e in doc.enumerations() {
        let heading = e.heading.as_ref().map_or("(no heading)", |h| &h.text);
        let declared = e
            .declared_count
            .map_or(String::new(), |n| format!(", declares {n}"));
        outln!(
            "  {:?} list “{}”: {} items{declared}",
            e.kind,
            first_words(heading, 10),
            e.items.len()
        );
    }

    if !doc.achievements().is_empty() {
        outln!("\nachievements ({}):", doc.achievements().len());
        for a in doc.achievements() {
            outln!(
                "  {:>2}. {:<16} {}",
                a.ordinal,
                a.marker.as_deref().unwrap_or(""),
                first_words(&a.text, 8)
            );
        }
    }
    if !doc.principles().is_empty() {
        outln!("\nprinciples ({}):", doc.principles().len());
        for p in doc.principles() {
            outln!("  {:>2}. {}", p.ordinal, first_words(&p.text, 8));
        }
    }
    outln!("\nobligations: {}", doc.obligations().len());

    outln!("\ninitiatives ({}):", doc.initiatives().len());
    for i in doc.initiatives() {
        let acronym = i
            .acronym
            .as_deref()
            .map_or(String::new(), |a| format!(" ({a})"));
        let known = if i.known { "" } else { "  [not in lexicon]" };
        outln!("  {:>3}× {}{acronym}{known}", i.mentions.len(), i.name);
    }
    outln!("\nconcepts ({}):", doc.concepts().len());
    for c in doc.concepts() {
        let known = if c.known { "" } else { "  [coined, in quotes]" };
        outln!("  {:>3}× {}{known}", c.mentions.len(), c.name);
    }

    if !doc.credits().is_empty() {
        outln!("\ncredits:");
        for c in doc.credits() {
            outln!("  {:?}: {}", c.role, c.name);
        }
    }
    outln!("\ndiagnostics ({}):", doc.diagnostics().len());
    for d in doc.diagnostics() {
        print!("{}", doc.render(d));
    }
    outln!();
}
