//! Text for people: the summary outline and the comparison report. Kinds are printed with
//! their names (`tasks`, `editor in chief`), never Rust's `Debug` form, and counts agree
//! with their nouns.

use std::fmt::Write;

use tifa::{Comparison, Document, ItemChange, NamesChange, Section, Span};

use crate::offsets::{CharIndex, Offsets};

/// `1 item`, `2 items`.
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A JSON-style snake_case name for people: `editor_in_chief` → `editor in chief`.
pub(crate) fn words(name: &str) -> String {
    name.replace('_', " ")
}

/// An optional text, or `-`.
fn or_dash(s: Option<&str>) -> &str {
    s.unwrap_or("-")
}

/// The first `n` words of a text, with `…` when cut.
pub(crate) fn first_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out = words.iter().take(n).copied().collect::<Vec<_>>().join(" ");
    if words.len() > n {
        out.push_str(" …");
    }
    out
}

/// Where a span is, for people: `line 13, column 1` and its offsets in the chosen unit
/// (`bytes 1200–1460` or `chars 1190–1450`).
pub(crate) struct Places<'d, 'a> {
    doc: &'d Document<'a>,
    offsets: Offsets,
    chars: CharIndex,
}

impl<'d, 'a> Places<'d, 'a> {
    pub(crate) fn new(doc: &'d Document<'a>, offsets: Offsets) -> Places<'d, 'a> {
        Places {
            doc,
            offsets,
            chars: CharIndex::new(doc.source()),
        }
    }

    /// `13:1`, or `?` for a span outside the text.
    pub(crate) fn line_col(&self, offset: usize) -> String {
        self.doc
            .line_col(offset)
            .map_or_else(|| "?".to_owned(), |p| format!("{}:{}", p.line, p.column))
    }

    /// `line 13, column 1, bytes 1200-1460`.
    pub(crate) fn span(&self, span: Span) -> String {
        let (a, b) = (
            self.chars.convert(self.offsets, span.start),
            self.chars.convert(self.offsets, span.end),
        );
        match self.doc.line_col(span.start) {
            Some(p) => format!(
                "line {}, column {}, {} {a}-{b}",
                p.line,
                p.column,
                self.offsets.as_str()
            ),
            None => format!("{} {a}-{b}", self.offsets.as_str()),
        }
    }
}

fn section(out: &mut String, places: &Places<'_, '_>, s: &Section<'_>, depth: usize) {
    let pad = "  ".repeat(depth + 1);
    let heading = s.heading.as_ref().map_or("(untitled)", |h| &h.text);
    let declared = s
        .declared_count
        .map_or(String::new(), |n| format!(" [declares {n}]"));
    let _ = writeln!(
        out,
        "{pad}§ {heading}{declared}  ({}, {})",
        places.line_col(s.span.start),
        count(s.blocks.len(), "block", "blocks")
    );
    if let Some(sub) = &s.subtitle {
        let _ = writeln!(out, "{pad}  — {}", sub.text);
    }
    for a in &s.announces {
        let _ = writeln!(out, "{pad}  » announces: {}", a.text);
    }
    for c in &s.sections {
        section(out, places, c, depth + 1);
    }
}

/// The readable outline of one document.
pub(crate) fn summary(name: &str, doc: &Document<'_>, offsets: Offsets) -> String {
    let places = Places::new(doc, offsets);
    let mut out = String::new();
    let m = doc.metadata();
    let _ = writeln!(out, "== {name}");
    if let Some(k) = &m.kicker {
        let _ = writeln!(out, "kicker:    {k}");
    }
    let _ = writeln!(out, "title:     {}", or_dash(m.title.as_deref()));
    let _ = writeln!(out, "publisher: {}", or_dash(m.publisher.as_deref()));
    if let Some(a) = &m.author {
        let _ = writeln!(out, "author:    {a}");
    }
    let _ = writeln!(
        out,
        "date:      {}",
        m.date.map_or_else(|| "-".to_owned(), |d| d.to_string())
    );
    if let Some(mt) = &m.meeting {
        let dates = match (mt.start, mt.end) {
            (Some(s), Some(e)) if s != e => format!("{s} to {e}"),
            (Some(s), _) => s.to_string(),
            _ => "-".to_owned(),
        };
        let _ = writeln!(
            out,
            "meeting:   {} in {}, {dates}{}  ({})",
            mt.name.as_deref().unwrap_or("(unnamed)"),
            mt.place.as_deref().unwrap_or("(place not given)"),
            if mt.year_inferred {
                " (year inferred)"
            } else {
                ""
            },
            places.span(mt.span)
        );
    }

    let _ = writeln!(
        out,
        "\n{}:",
        count(doc.sections().len(), "section", "sections")
    );
    for s in doc.sections() {
        section(&mut out, &places, s, 0);
    }

    let _ = writeln!(
        out,
        "\n{}:",
        count(doc.enumerations().len(), "list", "lists")
    );
    for e in doc.enumerations() {
        let heading = e.heading.as_ref().map_or("(no heading)", |h| &h.text);
        let declared = e
            .declared_count
            .map_or(String::new(), |n| format!(", declares {n}"));
        let _ = writeln!(
            out,
            "  {} list “{}”: {}{declared}, {} marking  ({})",
            words(e.kind.as_str()),
            first_words(heading, 10),
            count(e.items.len(), "item", "items"),
            words(e.strength.as_str()),
            places.span(e.span)
        );
        for i in &e.items {
            let _ = writeln!(
                out,
                "    {:>2}. {:<16} {}  ({})",
                i.ordinal,
                i.marker.as_deref().unwrap_or(""),
                first_words(&i.text, 8),
                places.line_col(i.span.start)
            );
        }
    }

    if !doc.principles().is_empty() {
        let _ = writeln!(
            out,
            "\n{}:",
            count(doc.principles().len(), "principle", "principles")
        );
        for p in doc.principles() {
            let modality = p
                .modality
                .map_or(String::new(), |m| format!(" [{}]", words(m.as_str())));
            let _ = writeln!(
                out,
                "  {:>2}.{modality} {}  ({})",
                p.ordinal,
                first_words(&p.text, 8),
                places.line_col(p.span.start)
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}:",
        count(doc.obligations().len(), "obligation", "obligations")
    );
    for o in doc.obligations() {
        let _ = writeln!(
            out,
            "  [{}] {}  ({})",
            words(o.modality.as_str()),
            first_words(&o.text, 10),
            places.line_col(o.span.start)
        );
    }

    let _ = writeln!(
        out,
        "\n{}:",
        count(doc.initiatives().len(), "initiative", "initiatives")
    );
    for i in doc.initiatives() {
        let acronym = i
            .acronym
            .as_deref()
            .map_or(String::new(), |a| format!(" ({a})"));
        let known = if i.known { "" } else { "  [not in lexicon]" };
        let first = i.mentions.first().map_or(String::new(), |s| {
            format!(", first at {}", places.line_col(s.start))
        });
        let _ = writeln!(
            out,
            "  {}{acronym}{known}  ({}{first})",
            i.name,
            count(i.mentions.len(), "mention", "mentions")
        );
    }
    let _ = writeln!(
        out,
        "\n{}:",
        count(doc.concepts().len(), "concept", "concepts")
    );
    for c in doc.concepts() {
        let known = if c.known { "" } else { "  [coined, in quotes]" };
        let first = c.mentions.first().map_or(String::new(), |s| {
            format!(", first at {}", places.line_col(s.start))
        });
        let _ = writeln!(
            out,
            "  {}{known}  ({}{first})",
            c.name,
            count(c.mentions.len(), "mention", "mentions")
        );
    }

    if !doc.credits().is_empty() {
        let _ = writeln!(
            out,
            "\n{}:",
            count(doc.credits().len(), "credit", "credits")
        );
        for c in doc.credits() {
            let _ = writeln!(
                out,
                "  {}: {}  ({}; {})",
                c.label,
                c.name,
                words(c.role.as_str()),
                places.line_col(c.span.start)
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}:",
        count(doc.diagnostics().len(), "diagnostic", "diagnostics")
    );
    for d in doc.diagnostics() {
        out.push_str(&doc.render(d));
    }
    out
}

fn short(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 90 {
        format!("{}…", s.chars().take(89).collect::<String>())
    } else {
        s
    }
}

/// A value on one side of the comparison, for people: the text in quotes, or `(none)`.
fn side(v: Option<&str>) -> String {
    v.map_or_else(|| "(none)".to_owned(), |s| format!("“{}”", short(s)))
}

fn names(out: &mut String, title: &str, n: &NamesChange<'_>) {
    let _ = writeln!(out, "{title}");
    for x in &n.added {
        let _ = writeln!(
            out,
            "  + {} ({})",
            x.name,
            count(x.mentions_b, "mention", "mentions")
        );
    }
    for x in &n.dropped {
        let _ = writeln!(
            out,
            "  - {} ({})",
            x.name,
            count(x.mentions_a, "mention", "mentions")
        );
    }
    for x in &n.kept {
        if x.mentions_a != x.mentions_b {
            let _ = writeln!(
                out,
                "  = {} ({} → {} mentions)",
                x.name, x.mentions_a, x.mentions_b
            );
        }
    }
    let same = n
        .kept
        .iter()
        .filter(|x| x.mentions_a == x.mentions_b)
        .count();
    if same > 0 {
        let _ = writeln!(
            out,
            "  = {same} more with the same number of mentions on both sides"
        );
    }
    if n.added.is_empty() && n.dropped.is_empty() && n.kept.is_empty() {
        let _ = writeln!(out, "  (none on either side)");
    }
}

fn place(i: &ItemChange<'_>, a: &Document<'_>, b: &Document<'_>) -> String {
    let one = |s: &Option<tifa::ItemSide<'_>>, d: &Document<'_>| {
        s.as_ref().map_or("(none)".to_owned(), |s| {
            let at = d
                .line_col(s.span.start)
                .map_or_else(|| "?".to_owned(), |p| format!("{}:{}", p.line, p.column));
            format!(
                "{} #{} ({at})",
                match (&s.enumeration, s.list) {
                    (Some(h), _) => format!("“{}”", short(h)),
                    (None, true) => "a list without heading".to_owned(),
                    (None, false) => "obligation".to_owned(),
                },
                s.ordinal
            )
        })
    };
    format!("{} → {}", one(&i.a, a), one(&i.b, b))
}

/// The comparison report: metadata side by side, names, lists and items.
pub(crate) fn comparison(
    c: &Comparison<'_>,
    (name_a, a): (&str, &Document<'_>),
    (name_b, b): (&str, &Document<'_>),
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "a: {name_a}\nb: {name_b}\n");
    let m = &c.metadata;
    let _ = writeln!(out, "metadata");
    let mut show = |label: &str, x: Option<String>, y: Option<String>, changed: bool| {
        let _ = writeln!(
            out,
            "  {} {label}: {} | {}",
            if changed { "≠" } else { "=" },
            side(x.as_deref()),
            side(y.as_deref())
        );
    };
    let s = |v: &Option<std::borrow::Cow<'_, str>>| v.as_deref().map(str::to_owned);
    let d = |v: &Option<tifa::Date>| v.map(|d| d.to_string());
    show("title", s(&m.title.a), s(&m.title.b), m.title.changed());
    show(
        "publisher",
        s(&m.publisher.a),
        s(&m.publisher.b),
        m.publisher.changed(),
    );
    show("date", d(&m.date.a), d(&m.date.b), m.date.changed());
    show(
        "meeting",
        s(&m.meeting.a),
        s(&m.meeting.b),
        m.meeting.changed(),
    );
    show("place", s(&m.place.a), s(&m.place.b), m.place.changed());
    show("start", d(&m.start.a), d(&m.start.b), m.start.changed());
    show("end", d(&m.end.a), d(&m.end.b), m.end.changed());
    let _ = writeln!(out);
    names(&mut out, "initiatives", &c.initiatives);
    names(&mut out, "concepts", &c.concepts);
    let _ = writeln!(out, "\nlists");
    if c.enumerations.is_empty() {
        let _ = writeln!(out, "  (none on either side)");
    }
    for e in &c.enumerations {
        let heading = e
            .heading
            .a
            .as_deref()
            .or(e.heading.b.as_deref())
            .unwrap_or("(no heading)");
        let declared = |n: Option<u32>| n.map_or_else(|| "none".to_owned(), |n| n.to_string());
        let _ = writeln!(
            out,
            "  {} {} list “{}”: declared {} → {}, found {} → {}",
            e.status,
            words(e.kind.as_str()),
            short(heading),
            declared(e.declared_count.a),
            declared(e.declared_count.b),
            e.found.a,
            e.found.b
        );
    }
    let _ = writeln!(out, "\nitems");
    let text = |s: &Option<tifa::ItemSide<'_>>| {
        short(&s.as_ref().map_or_else(String::new, |s| s.text.to_string()))
    };
    for i in &c.items.dropped {
        let _ = writeln!(out, "  - {}: {}", place(i, a, b), text(&i.a));
    }
    for i in &c.items.added {
        let _ = writeln!(out, "  + {}: {}", place(i, a, b), text(&i.b));
    }
    for i in &c.items.reworded {
        let _ = writeln!(
            out,
            "  ~ {} (similarity {:.2})",
            place(i, a, b),
            i.score.unwrap_or(0.0)
        );
        let _ = writeln!(out, "      a: {}", text(&i.a));
        let _ = writeln!(out, "      b: {}", text(&i.b));
    }
    let _ = writeln!(
        out,
        "  = {} kept",
        count(c.items.kept.len(), "item", "items")
    );
    if c.is_unchanged() {
        let _ = writeln!(out, "\nnothing changed");
    }
    out
}

/// `tifa explain`: every piece of text a rule decided about, or those on one line (with a
/// sentence from the catalogue for each rule named there), or those holding one offset.
pub(crate) fn explanation(
    why: &tifa::rules::Explanation<'_>,
    line: Option<usize>,
    at: Option<usize>,
) -> String {
    let mut out = String::new();
    let mut rules: Vec<tifa::rules::RuleId> = Vec::new();
    match (line, at) {
        (Some(n), _) => match why.render_line(n) {
            Some(shown) => {
                let _ = writeln!(out, "{shown}");
                for d in why.line(n) {
                    if !rules.contains(&d.rule) {
                        rules.push(d.rule);
                    }
                }
            }
            None => {
                let _ = writeln!(
                    out,
                    "line {n}: no rule decided anything about text that starts on this line"
                );
            }
        },
        (None, Some(offset)) => {
            let found: Vec<&tifa::rules::Decision> = why.at(offset).collect();
            if found.is_empty() {
                let _ = writeln!(
                    out,
                    "byte {offset}: no rule decided anything about text that holds it"
                );
            }
            for d in found {
                let place = why
                    .document
                    .line_col(d.span.start)
                    .map_or_else(String::new, |p| {
                        format!("line {}, column {}", p.line, p.column)
                    });
                let text = why.document.text(d.span).unwrap_or("");
                let _ = writeln!(out, "{place} {:?}: {d}", first_words(text, 8));
                if !rules.contains(&d.rule) {
                    rules.push(d.rule);
                }
            }
        }
        (None, None) => out.push_str(&why.to_string()),
    }
    for id in rules {
        let _ = writeln!(out, "  {id}: {}", id.info().summary);
    }
    out
}

/// `tifa explain --json`: the decisions shown, as a JSON array, each with its rule, its
/// verdict, its span (bytes), and the line and column where its text starts.
pub(crate) fn decisions_json(
    why: &tifa::rules::Explanation<'_>,
    line: Option<usize>,
    at: Option<usize>,
) -> Result<String, String> {
    let chosen: Vec<&tifa::rules::Decision> = match (line, at) {
        (Some(n), _) => why.line(n).collect(),
        (None, Some(offset)) => why.at(offset).collect(),
        (None, None) => why.decisions.iter().collect(),
    };
    let mut rows = Vec::with_capacity(chosen.len());
    for d in chosen {
        let mut v = serde_json::to_value(d).map_err(|e| format!("cannot serialise: {e}"))?;
        let place = why.document.line_col(d.span.start).ok_or_else(|| {
            format!(
                "decision {d} has a span ({}..{}) outside the text",
                d.span.start, d.span.end
            )
        })?;
        if let Some(map) = v.as_object_mut() {
            map.insert("line".to_owned(), place.line.into());
            map.insert("column".to_owned(), place.column.into());
        }
        rows.push(v);
    }
    let mut s =
        serde_json::to_string_pretty(&rows).map_err(|e| format!("cannot serialise: {e}"))?;
    s.push('\n');
    Ok(s)
}

/// `tifa rules NAME`: one rule's catalogue entry.
pub(crate) fn rule(id: tifa::rules::RuleId) -> String {
    let r = id.info();
    let mut out = String::new();
    let _ = writeln!(out, "{id} ({} phase)", r.phase.as_str());
    let _ = writeln!(out, "  {}", r.summary);
    let _ = writeln!(out, "  example: {}", r.example);
    for t in r.thresholds {
        let _ = writeln!(out, "  {} = {}: {}", t.name, t.value, t.why);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(count(1, "mention", "mentions"), "1 mention");
        assert_eq!(count(0, "mention", "mentions"), "0 mentions");
        assert_eq!(count(2, "block", "blocks"), "2 blocks");
        assert_eq!(words("editor_in_chief"), "editor in chief");
    }

    #[test]
    fn summary_of_the_reference_names_kinds_in_words() {
        let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
        let s = summary("reference", &doc, Offsets::Bytes);
        assert!(s.contains("achievements list “Ten Achievements”: 10 items, declares 10, explicit marking  (line 13, column 1, bytes "), "{s}");
        assert!(
            s.contains("Editor-in-chief: Ma Wenjia  (editor in chief; "),
            "{s}"
        );
        assert!(!s.contains("Some(") && !s.contains("EditorInChief"), "{s}");
    }
}
