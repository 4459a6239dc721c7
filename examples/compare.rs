//! Compare two meeting summaries: what was added, dropped or reworded.
//!
//! ```text
//! cargo run --example compare                  # the reference document against an edited copy
//! cargo run --example compare -- A.txt B.txt   # two files
//! cargo run --example compare -- A.txt B.txt --json
//! ```
//!
//! With no files, the example removes the seventh achievement from the reference document
//! and rewords one of its musts, and compares the two.

use std::process::ExitCode;

#[macro_use]
mod common;

use tifa::{Comparison, ItemChange, NamesChange};

fn edited_reference() -> String {
    tifa::REFERENCE_DOCUMENT
        .replace(
            "Seventh, we have promoted high-quality Belt and Road cooperation and built the world's broadest and largest platform for international cooperation.\n\n",
            "",
        )
        .replace(
            "We must carry forward the spirit of struggle,",
            "We must always carry forward the fighting spirit,",
        )
}

fn main() -> ExitCode {
    let mut json = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--json" {
            json = true;
        } else {
            paths.push(arg);
        }
    }
    let texts: Vec<(String, String)> = match paths.as_slice() {
        [] => vec![
            ("reference".to_owned(), tifa::REFERENCE_DOCUMENT.to_owned()),
            ("edited reference".to_owned(), edited_reference()),
        ],
        [a, b] => {
            let mut out = Vec::new();
            for p in [a, b] {
                match std::fs::read(p).map(String::from_utf8) {
                    Ok(Ok(t)) => out.push((p.clone(), t)),
                    Ok(Err(e)) => {
                        eprintln!("{p}: not UTF-8: {e}");
                        return ExitCode::FAILURE;
                    }
                    Err(e) => {
                        eprintln!("{p}: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            out
        }
        _ => {
            eprintln!("usage: compare [A B] [--json]");
            return ExitCode::FAILURE;
        }
    };
    let (Some((name_a, text_a)), Some((name_b, text_b))) = (texts.first(), texts.get(1)) else {
        return ExitCode::FAILURE;
    };
    let a = tifa::parse(text_a);
    let b = tifa::parse(text_b);
    let c = tifa::compare(&a, &b);
    if json {
        return print_json(&c);
    }
    outln!("a: {name_a}\nb: {name_b}\n");
    report(&c, &a, &b);
    ExitCode::SUCCESS
}

#[cfg(feature = "serde")]
fn print_json(c: &Comparison<'_>) -> ExitCode {
    match serde_json::to_string_pretty(c) {
        Ok(s) => {
            outln!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot serialise: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "serde"))]
fn print_json(_: &Comparison<'_>) -> ExitCode {
    eprintln!("--json needs the `serde` feature");
    ExitCode::FAILURE
}

fn short(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 90 {
        format!("{}…", s.chars().take(89).collect::<String>())
    } else {
        s
    }
}

fn names(title: &str, n: &NamesChange<'_>) {
    outln!("{title}");
    for x in &n.added {
        outln!("  + {} ({} mentions)", x.name, x.mentions_b);
    }
    for x in &n.dropped {
        outln!("  - {} ({} mentions)", x.name, x.mentions_a);
    }
    for x in &n.kept {
        if x.mentions_a != x.mentions_b {
            outln!(
                "  = {} ({} → {} mentions)",
                x.name,
                x.mentions_a,
                x.mentions_b
            );
        }
    }
    let same = n
        .kept
        .iter()
        .filter(|x| x.mentions_a == x.mentions_b)
        .count();
    if same > 0 {
        outln!("  = {same} more with the same mentions");
    }
}

fn place(i: &ItemChange<'_>, a: &tifa::Document<'_>, b: &tifa::Document<'_>) -> String {
    let side = |s: &Option<tifa::ItemSide<'_>>, d: &tifa::Document<'_>| {
        s.as_ref().map_or("-".to_owned(), |s| {
            let line = d.line_col(s.span.start).map_or(0, |p| p.line);
            format!(
                "{} #{} (line {line})",
                match (&s.enumeration, s.list) {
                    (Some(h), _) => h.as_ref(),
                    (None, true) => "list",
                    (None, false) => "obligation",
                },
                s.ordinal
            )
        })
    };
    format!("{} → {}", side(&i.a, a), side(&i.b, b))
}

fn report(c: &Comparison<'_>, a: &tifa::Document<'_>, b: &tifa::Document<'_>) {
    let m = &c.metadata;
    outln!("metadata");
    let show = |label: &str, x: &dyn std::fmt::Debug, y: &dyn std::fmt::Debug, changed: bool| {
        outln!(
            "  {} {label}: {x:?} | {y:?}",
            if changed { "≠" } else { "=" }
        );
    };
    show("title", &m.title.a, &m.title.b, m.title.changed());
    show(
        "publisher",
        &m.publisher.a,
        &m.publisher.b,
        m.publisher.changed(),
    );
    show(
        "date",
        &m.date.a.map(|d| d.to_string()),
        &m.date.b.map(|d| d.to_string()),
        m.date.changed(),
    );
    show("meeting", &m.meeting.a, &m.meeting.b, m.meeting.changed());
    show(
        "start",
        &m.start.a.map(|d| d.to_string()),
        &m.start.b.map(|d| d.to_string()),
        m.start.changed(),
    );
    outln!();
    names("initiatives", &c.initiatives);
    names("concepts", &c.concepts);
    outln!("\nlists");
    for e in &c.enumerations {
        let heading = e
            .heading
            .a
            .as_deref()
            .or(e.heading.b.as_deref())
            .unwrap_or("(no heading)");
        outln!(
            "  {:?} {:?} “{}”: declared {:?} → {:?}, found {} → {}",
            e.status,
            e.kind,
            short(heading),
            e.declared_count.a,
            e.declared_count.b,
            e.found.a,
            e.found.b
        );
    }
    outln!("\nitems");
    for i in &c.items.dropped {
        outln!(
            "  - {}: {}",
            place(i, a, b),
            short(
                &i.a.as_ref()
                    .map_or_else(String::new, |s| s.text.to_string())
            )
        );
    }
    for i in &c.items.added {
        outln!(
            "  + {}: {}",
            place(i, a, b),
            short(
                &i.b.as_ref()
                    .map_or_else(String::new, |s| s.text.to_string())
            )
        );
    }
    for i in &c.items.reworded {
        outln!(
            "  ~ {} (score {:.2})",
            place(i, a, b),
            i.score.unwrap_or(0.0)
        );
        outln!(
            "      a: {}",
            short(
                &i.a.as_ref()
                    .map_or_else(String::new, |s| s.text.to_string())
            )
        );
        outln!(
            "      b: {}",
            short(
                &i.b.as_ref()
                    .map_or_else(String::new, |s| s.text.to_string())
            )
        );
    }
    outln!("  = {} kept", c.items.kept.len());
    if c.is_unchanged() {
        outln!("\nnothing changed");
    }
}
