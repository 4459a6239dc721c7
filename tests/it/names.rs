//! Precision of the names reported on every development document: no name is junk.

use std::fs;

/// Words a name never ends in: prepositions, articles and conjunctions left hanging.
const DANGLING: &[&str] = &[
    "of", "on", "in", "at", "for", "to", "by", "with", "from", "and", "the", "a", "an", "or",
];

/// Months and days, in full and abbreviated.
const CALENDAR: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Verbs that open a clause rather than a name.
const CLAUSE_VERBS: &[&str] = &[
    "implement",
    "implementing",
    "promote",
    "promoting",
    "build",
    "building",
    "advance",
    "advancing",
    "launch",
    "launching",
    "support",
    "supporting",
    "adhere",
    "uphold",
    "deepen",
    "strengthen",
    "called",
    "urged",
    "said",
    "stressed",
    "noted",
    "is",
    "are",
    "was",
    "were",
];

/// Why `name` is junk, if it is.
fn junk(name: &str, known: bool) -> Option<&'static str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last()?.trim_matches(|c: char| !c.is_alphanumeric());
    let first = words.first()?.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = last.to_lowercase();
    if DANGLING.contains(&lower.as_str()) {
        return Some("ends in a preposition, article or conjunction");
    }
    if CALENDAR.contains(&lower.as_str()) {
        return Some("ends in a month or a day");
    }
    let day = last.len() <= 2 && last.chars().all(|c| c.is_ascii_digit())
        || last.contains('-') && last.chars().all(|c| c.is_ascii_digit() || c == '-');
    if words.len() > 1 && day {
        return Some("ends in a date");
    }
    let tail = name.trim_end_matches(|c: char| c.is_ascii_digit());
    if tail.len() < name.len() && tail.ends_with(',') {
        return Some("ends in a comma and a footnote number");
    }
    if name.ends_with([',', ';', ':']) {
        return Some("ends in punctuation");
    }
    if !known && CLAUSE_VERBS.contains(&first.to_lowercase().as_str()) {
        return Some("starts with a clause verb");
    }
    None
}

fn documents() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/corpus");
    let mut docs: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    docs.sort();
    docs.push(("reference".to_owned(), tifa::REFERENCE_DOCUMENT.to_owned()));
    docs
}

#[test]
fn no_name_on_a_development_document_is_junk() {
    let docs = documents();
    assert!(docs.len() >= 10, "{} documents", docs.len());
    let mut bad = Vec::new();
    let mut names = 0;
    for (file, text) in &docs {
        let doc = tifa::parse(text);
        for i in doc.initiatives() {
            names += 1;
            let shown = doc.text(i.mentions[0]).unwrap_or("");
            for n in [i.name.as_ref(), shown] {
                if let Some(why) = junk(n, i.known) {
                    bad.push(format!("{file}: initiative {n:?}: {why}"));
                }
            }
        }
        for c in doc.concepts() {
            names += 1;
            if let Some(why) = junk(&c.name, c.known) {
                bad.push(format!("{file}: concept {:?}: {why}", c.name));
            }
        }
    }
    assert!(names > 100, "only {names} names");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_junk_test_rejects_junk() {
    for (name, known) in [
        ("Paris Peace Forum on Nov", false),
        ("Summit on May 19-21", false),
        ("Green Roads Initiative,3", false),
        ("Belt and Road Forum for", false),
        ("Implementing the 14th Five-Year Plan", false),
        ("Summit on 12", false),
    ] {
        assert!(junk(name, known).is_some(), "{name}");
    }
    for name in [
        "ASEAN Community Vision 2025",
        "14th Five-Year Plan",
        "Paris Peace Forum",
        "G20",
    ] {
        assert_eq!(junk(name, false), None, "{name}");
    }
}
