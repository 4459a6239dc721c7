//! The lexicon: named things (initiatives, plans, strategies, laws, agreements, meetings,
//! organisations) and fixed political formulations (concepts, *tifa*).
//!
//! The entries are data: `data/lexicon.tsv` in the crate, one entry a line with its kind,
//! canonical English name, English variants, acronyms, Chinese originals and the sources
//! that attest them. The file is compiled into the library and read once, on first use; an
//! analyst extends the lexicon by adding a line to it. The word lists the parser uses around
//! the lexicon (head nouns of names, connectors, stop words) live beside it, in the crate's
//! `src/lexicon/words.rs`.
//!
//! Matching ignores ASCII case and accepts spelling variants generated from each form: a
//! hyphen or a space between words (`major-country` / `major country`), `-ization` /
//! `-isation`, and straight or curly apostrophes. Acronyms match in capitals only. Chinese
//! originals are matched too, so bilingual pages and quoted originals report the same
//! canonical names. A form marked as an everyday phrase ([`Entry::ambiguous`], such as
//! `common development`) counts only with a stronger signal: between quote marks,
//! capitalised inside a sentence, or near another known name.
//!
//! Names the lexicon does not know are still found when they have the shape of one
//! (`Global … Initiative`, `14th Five-Year Plan`, `… Law`); those are reported with
//! [`Initiative::known`](crate::Initiative::known) set to `false`.
//!
//! # Example
//!
//! ```
//! use tifa::lexicon::{entries, EntryKind};
//! use tifa::NameKind;
//!
//! let bri = entries().iter().find(|e| e.acronym == Some("BRI")).unwrap();
//! assert_eq!(bri.name, "Belt and Road Initiative");
//! assert_eq!(bri.kind, EntryKind::Name(NameKind::Initiative));
//! assert!(bri.aliases.contains(&"Belt and Road"));
//! assert_eq!(bri.zh.first(), Some(&"一带一路"));
//! assert!(!bri.sources.is_empty());
//! ```

use once_cell::sync::Lazy;

use crate::model::NameKind;

pub(crate) mod words;

/// Whether an entry names a thing or a formulation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntryKind {
    /// A named thing, reported among [`Document::initiatives`](crate::Document::initiatives)
    /// with its kind.
    Name(NameKind),
    /// A fixed political formulation, reported among
    /// [`Document::concepts`](crate::Document::concepts).
    Concept,
}

/// One lexicon entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// A named thing of some kind, or a concept.
    pub kind: EntryKind,
    /// The canonical name, reported for every mention.
    pub name: &'static str,
    /// The usual acronym, matched in capitals only.
    pub acronym: Option<&'static str>,
    /// Every acronym (the usual one first), matched in capitals only.
    pub acronyms: &'static [&'static str],
    /// Other names and spellings, matched like the canonical name.
    pub aliases: &'static [&'static str],
    /// The forms among the name and aliases that are everyday phrases: a mention of one
    /// counts only with a stronger signal (quote marks, capitals inside a sentence, or
    /// another known name nearby).
    pub ambiguous: &'static [&'static str],
    /// Chinese originals, the usual one first.
    pub zh: &'static [&'static str],
    /// Ids of the sources that attest the entry, most authoritative first (listed in the
    /// header of `data/lexicon.tsv`).
    pub sources: &'static [&'static str],
}

impl Entry {
    /// Whether the entry is a concept (a fixed formulation) rather than a named thing.
    pub fn is_concept(&self) -> bool {
        self.kind == EntryKind::Concept
    }

    /// Whether `form` (the name or one of the aliases) is an everyday phrase.
    pub fn is_ambiguous(&self, form: &str) -> bool {
        self.ambiguous.contains(&form)
    }
}

/// The lexicon's source, compiled in.
pub(crate) const SOURCE: &str = include_str!("../../data/lexicon.tsv");

/// Every entry of the lexicon, in the order of `data/lexicon.tsv`.
///
/// # Example
///
/// ```
/// let concepts = tifa::lexicon::entries().iter().filter(|e| e.is_concept()).count();
/// assert!(concepts > 300);
/// ```
pub fn entries() -> &'static [Entry] {
    &LEXICON.entries
}

struct Lexicon {
    entries: Vec<Entry>,
    /// Lines of the source that are not well-formed entries, with why; empty for the
    /// shipped file (a test asserts it).
    rejected: Vec<(usize, &'static str)>,
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let lexicon = read(SOURCE);
    // Every line of the shipped file is an entry (a test checks it in release builds too).
    debug_assert!(lexicon.rejected.is_empty(), "{:?}", lexicon.rejected);
    lexicon
});

/// An entry's lists, as ranges into one shared vector of strings.
struct Ranges {
    aliases: core::ops::Range<usize>,
    ambiguous: core::ops::Range<usize>,
    acronyms: core::ops::Range<usize>,
    zh: core::ops::Range<usize>,
    sources: core::ops::Range<usize>,
}

/// Reads the lexicon's tab-separated source. Lines starting with `#` are comments; the
/// first other line is the header.
fn read(src: &'static str) -> Lexicon {
    let mut strings: Vec<&'static str> = Vec::with_capacity(4096);
    let mut heads: Vec<(EntryKind, &'static str, Ranges)> = Vec::with_capacity(700);
    let mut rejected = Vec::new();
    let mut seen_header = false;
    for (n, line) in src.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !seen_header {
            seen_header = true;
            continue;
        }
        match read_line(line, &mut strings) {
            Ok(entry) => heads.push(entry),
            Err(why) => rejected.push((n + 1, why)),
        }
    }
    // One allocation holds every list; it lives as long as the program, like the source.
    let strings: &'static [&'static str] = Box::leak(strings.into_boxed_slice());
    let slice = |r: core::ops::Range<usize>| strings.get(r).unwrap_or_default();
    let entries = heads
        .into_iter()
        .map(|(kind, name, r)| {
            let acronyms = slice(r.acronyms);
            Entry {
                kind,
                name,
                acronym: acronyms.first().copied(),
                acronyms,
                aliases: slice(r.aliases),
                ambiguous: slice(r.ambiguous),
                zh: slice(r.zh),
                sources: slice(r.sources),
            }
        })
        .collect();
    Lexicon { entries, rejected }
}

/// The `~` that marks an everyday phrase, removed; and whether it was there.
fn unmark(form: &str) -> (&str, bool) {
    match form.strip_prefix('~') {
        Some(f) => (f, true),
        None => (form, false),
    }
}

/// Reads one entry line into `strings`; the reason when it is not well-formed.
fn read_line(
    line: &'static str,
    strings: &mut Vec<&'static str>,
) -> Result<(EntryKind, &'static str, Ranges), &'static str> {
    let mut cols = line.split('\t');
    let mut col = || cols.next().ok_or("fewer than six columns");
    let (kind, name, variants, acronyms, zh, sources) =
        (col()?, col()?, col()?, col()?, col()?, col()?);
    if cols.next().is_some() {
        return Err("more than six columns");
    }
    let kind = match kind {
        "concept" => EntryKind::Concept,
        k => EntryKind::Name(NameKind::from_name(k).ok_or("unknown kind")?),
    };
    let (name, name_ambiguous) = unmark(name.trim());
    if name.is_empty() {
        return Err("empty name");
    }
    if sources.trim().is_empty() {
        return Err("no source");
    }
    let list = |s: &'static str| s.split(" | ").map(str::trim).filter(|x| !x.is_empty());
    let mut push_all = |items: &mut dyn Iterator<Item = &'static str>| {
        let start = strings.len();
        strings.extend(items);
        start..strings.len()
    };
    let aliases = push_all(&mut list(variants).map(|v| unmark(v).0));
    let ambiguous = push_all(
        &mut core::iter::once((name, name_ambiguous))
            .chain(list(variants).map(unmark))
            .filter(|&(_, a)| a)
            .map(|(f, _)| f),
    );
    let acronyms = push_all(&mut list(acronyms));
    let zh = push_all(&mut list(zh));
    let sources = push_all(&mut sources.split(',').map(str::trim).filter(|x| !x.is_empty()));
    Ok((
        kind,
        name,
        Ranges {
            aliases,
            ambiguous,
            acronyms,
            zh,
            sources,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spelling the matcher treats as the same: case, hyphens, -isation, apostrophes.
    fn fold(s: &str) -> String {
        s.to_ascii_lowercase()
            .replace('-', " ")
            .replace("isation", "ization")
            .replace('’', "'")
    }

    #[test]
    fn every_line_of_the_shipped_lexicon_is_an_entry() {
        assert_eq!(LEXICON.rejected, &[] as &[(usize, &str)]);
        assert!(entries().len() >= 600, "{}", entries().len());
    }

    #[test]
    fn names_are_unique_and_forms_distinct() {
        let mut seen = std::collections::HashMap::new();
        for e in entries() {
            for n in core::iter::once(&e.name).chain(e.aliases.iter()) {
                if let Some(other) = seen.insert(fold(n), e.name) {
                    panic!("{n:?} of {:?} is also a form of {other:?}", e.name);
                }
            }
        }
        let mut zh = std::collections::HashMap::new();
        for e in entries() {
            for z in e.zh {
                if let Some(other) = zh.insert(*z, e.name) {
                    panic!("{z} of {:?} is also an original of {other:?}", e.name);
                }
            }
        }
    }

    #[test]
    fn every_entry_has_a_source_and_acronyms_are_capitals() {
        for e in entries() {
            assert!(!e.sources.is_empty(), "{}", e.name);
            for a in e.acronyms {
                // Capitals, digits and signs, with at most a plural `s` at the end (`SDGs`).
                let stem = a.strip_suffix('s').unwrap_or(a);
                assert!(
                    stem.chars().all(|c| !c.is_lowercase())
                        && stem.chars().filter(char::is_ascii_uppercase).count() >= 1,
                    "acronym {a} of {}",
                    e.name
                );
            }
            for a in e.ambiguous {
                assert!(*a == e.name || e.aliases.contains(a), "{a}");
            }
        }
    }

    #[test]
    fn lines_that_are_not_entries_are_rejected_with_a_reason() {
        let src = "# comment\nkind\tname\tvariants\tacronyms\tzh\tsources\n\
                   concept\t~common development\tshared development | ~joint development\t\t共同发展\tmfa\n\
                   gadget\tThing\t\t\t\tmfa\n\
                   law\tSome Law\t\t\t\t\n\
                   plan\tShort\n\
                   law\tA Law\t\t\t\tx\ty\n";
        let lex = read(src);
        assert_eq!(
            lex.rejected,
            vec![
                (4, "unknown kind"),
                (5, "no source"),
                (6, "fewer than six columns"),
                (7, "more than six columns")
            ]
        );
        let e = lex.entries.first().unwrap();
        assert_eq!(e.name, "common development");
        assert_eq!(e.aliases, ["shared development", "joint development"]);
        assert_eq!(e.ambiguous, ["common development", "joint development"]);
        assert_eq!(e.zh, ["共同发展"]);
        assert_eq!(e.kind, EntryKind::Concept);
        assert!(e.is_ambiguous("joint development") && !e.is_ambiguous("shared development"));
    }
}
