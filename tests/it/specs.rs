//! The rules pinned as data: `tests/specs/rules.txt` holds, for every rule of the
//! catalogue, a text on which it fires and a near miss on which it does not, each with the
//! full explanation `tifa::explain` gives. After a deliberate change of a rule, rewrite the
//! explanations with `TIFA_BLESS=1 cargo test --test it specs` and review the diff.

use std::fmt::Write;

use tifa::rules::{RULES, RuleId};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/specs/rules.txt");

/// Held while the spec file is read or rewritten: with `TIFA_BLESS` one test rewrites it
/// while another may be reading it.
static SPEC_FILE: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[derive(Debug)]
struct Example {
    positive: bool,
    text: String,
    explain: String,
}

#[derive(Debug)]
struct Spec {
    name: String,
    line: usize,
    examples: Vec<Example>,
}

/// The lines up to the last that is not blank.
fn trimmed(lines: &[&str]) -> Vec<String> {
    let end = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .map_or(0, |i| i + 1);
    lines[..end].iter().map(|l| (*l).to_owned()).collect()
}

fn joined(lines: &[&str]) -> String {
    let t = trimmed(lines);
    if t.is_empty() {
        String::new()
    } else {
        t.join("\n") + "\n"
    }
}

/// Reads the spec file: its preamble and its rules.
fn read(src: &str) -> (String, Vec<Spec>) {
    let lines: Vec<&str> = src.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.starts_with("## "))
        .unwrap_or(lines.len());
    let preamble = joined(&lines[..first]);
    let mut specs: Vec<Spec> = Vec::new();
    let mut i = first;
    while i < lines.len() {
        let name = lines[i].strip_prefix("## ").expect("a rule heading").trim();
        let mut spec = Spec {
            name: name.to_owned(),
            line: i + 1,
            examples: Vec::new(),
        };
        i += 1;
        while i < lines.len() && !lines[i].starts_with("## ") {
            let side = lines[i];
            let positive = match side {
                "### positive" => true,
                "### negative" => false,
                l if l.trim().is_empty() => {
                    i += 1;
                    continue;
                }
                l => panic!(
                    "line {}: expected ### positive or ### negative, found {l:?}",
                    i + 1
                ),
            };
            let start = i + 1;
            let at = (start..lines.len())
                .find(|&k| lines[k] == "### explain")
                .unwrap_or_else(|| panic!("line {}: no ### explain after the text", i + 1));
            let end = (at + 1..lines.len())
                .find(|&k| lines[k].starts_with("### ") || lines[k].starts_with("## "))
                .unwrap_or(lines.len());
            spec.examples.push(Example {
                positive,
                text: joined(&lines[start..at]),
                explain: joined(&lines[at + 1..end]),
            });
            i = end;
        }
        specs.push(spec);
    }
    (preamble, specs)
}

/// Writes the spec file back, with the explanations given.
fn write(preamble: &str, specs: &[Spec]) -> String {
    let mut out = String::from(preamble);
    for s in specs {
        let _ = write!(out, "\n## {}\n", s.name);
        for e in &s.examples {
            let side = if e.positive { "positive" } else { "negative" };
            let _ = write!(out, "### {side}\n{}### explain\n{}", e.text, e.explain);
        }
    }
    out
}

#[test]
fn every_rule_fires_on_its_positive_example_and_not_on_its_negative_one() {
    let _file = SPEC_FILE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let src = std::fs::read_to_string(PATH).unwrap();
    let (preamble, mut specs) = read(&src);
    let bless = std::env::var_os("TIFA_BLESS").is_some();
    let mut failures = Vec::new();
    for s in &mut specs {
        let Some(rule) = RuleId::from_name(&s.name) else {
            failures.push(format!("line {}: no rule is named {:?}", s.line, s.name));
            continue;
        };
        for e in &mut s.examples {
            let why = tifa::explain(&e.text);
            let fired = why.decisions.iter().any(|d| d.rule == rule);
            let side = if e.positive { "positive" } else { "negative" };
            if fired != e.positive {
                failures.push(format!(
                    "{}: the rule {} on its {side} example:\n{}",
                    s.name,
                    if fired { "fires" } else { "does not fire" },
                    why
                ));
            }
            let shown = why.to_string();
            if bless {
                e.explain = shown;
            } else if shown != e.explain {
                failures.push(format!(
                    "{}: the {side} example's explanation changed:\n--- expected\n{}--- found\n{}",
                    s.name, e.explain, shown
                ));
            }
        }
    }
    if bless {
        std::fs::write(PATH, write(&preamble, &specs)).unwrap();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_rule_has_a_positive_and_a_negative_example() {
    let _file = SPEC_FILE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let src = std::fs::read_to_string(PATH).unwrap();
    let (_, specs) = read(&src);
    for r in RULES {
        let name = r.id.name();
        let spec = specs.iter().filter(|s| s.name == name).collect::<Vec<_>>();
        assert_eq!(spec.len(), 1, "{name}: one section in {PATH}");
        let sides: Vec<bool> = spec[0].examples.iter().map(|e| e.positive).collect();
        assert_eq!(
            sides,
            [true, false],
            "{name}: a positive, then a negative example"
        );
    }
    assert_eq!(specs.len(), RULES.len(), "a section names no rule");
}

#[test]
fn the_spec_reader_reads_what_the_writer_writes() {
    let src = "# A note.\n\n## lede\n### positive\nA\n\nB\n### explain\nline 1\n### negative\n### explain\n";
    let (pre, specs) = read(src);
    assert_eq!(pre, "# A note.\n");
    assert_eq!(specs.len(), 1);
    assert_eq!(specs[0].examples[0].text, "A\n\nB\n");
    assert_eq!(specs[0].examples[0].explain, "line 1\n");
    assert_eq!(specs[0].examples[1].text, "");
    assert_eq!(write(&pre, &specs), src);
}

#[test]
fn the_architecture_document_shows_the_catalogue() {
    const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/ARCHITECTURE.md");
    const START: &str = "<!-- rules:start -->\n";
    const END: &str = "<!-- rules:end -->";
    let text = std::fs::read_to_string(DOC).unwrap();
    let a = text.find(START).expect("a start marker") + START.len();
    let b = text.find(END).expect("an end marker");
    let table = tifa::rules::catalogue_markdown();
    if std::env::var_os("TIFA_BLESS").is_some() {
        let new = format!("{}{}{}", &text[..a], table, &text[b..]);
        std::fs::write(DOC, new).unwrap();
        return;
    }
    assert_eq!(
        &text[a..b],
        table,
        "ARCHITECTURE.md's rule catalogue is out of date"
    );
}

/// Each development document's decisions, pinned: a change of any rule shows as a diff
/// of `tests/snapshots/NAME.decisions.txt` over real documents.
#[test]
fn decisions_on_the_development_documents_are_pinned() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let snapshots = root.join("tests/snapshots");
    let mut docs: Vec<(String, String)> = vec![(
        "conference-summary".to_owned(),
        tifa::REFERENCE_DOCUMENT.to_owned(),
    )];
    let mut paths: Vec<_> = std::fs::read_dir(root.join("data/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        docs.push((name, std::fs::read_to_string(&p).unwrap()));
    }
    let bless = std::env::var_os("TIFA_BLESS").is_some();
    let mut changed = Vec::new();
    for (name, text) in &docs {
        let shown = tifa::explain(text).to_string();
        let path = snapshots.join(format!("{name}.decisions.txt"));
        if bless {
            std::fs::create_dir_all(&snapshots).unwrap();
            std::fs::write(&path, &shown).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(shown.as_str()) {
            changed.push(name.clone());
        }
    }
    assert!(
        changed.is_empty(),
        "decisions changed on {changed:?}: bless with TIFA_BLESS=1 and review the diff"
    );
    assert!(
        docs.len() >= 20,
        "the reference and the development documents"
    );
}
