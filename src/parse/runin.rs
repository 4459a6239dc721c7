//! Run-in lists: lists inside one paragraph.
//!
//! Named rules:
//! - **numbered run-in**: `... six focal tasks for the coming year: (1) ...; (2) ...; and
//!   (6) ....` — parenthesised numbers in sequence inside a sentence;
//! - **semicolon list**: a clause ending in `:` followed by three or more `;`-separated
//!   parts in the same sentence;
//! - **counted comma list**: a lead-in with a count phrase and a `:`, followed by exactly
//!   that many comma-separated parts (`four ASEAN member states: Myanmar, Indonesia, Brunei
//!   and the Philippines.`);
//! - **ordinal sentences**: sentences inside one paragraph that open with `First,`,
//!   `Second,` ... in sequence (`... a decade of progress. First, we have expanded
//!   cooperation. Second, we have built platforms.`);
//! - **definition list**: a count phrase followed by `refer to`, `include` or `namely`
//!   and exactly that many parts (`The "two centennial goals" refer to building ..., and
//!   building ...`);
//! - **Chinese ordinal clauses**: `一是...；二是...；三是...` in a paragraph in Chinese, with
//!   a count such as `八个方面` in the lead-in.
//!
//! Items keep their separator (`;` or `,`) and drop a list-final `and`.

use aho_corasick::packed::Searcher;
use once_cell::sync::Lazy;

use super::count::{Count, find_count};
use super::ordinal::ordinal_marker;
use super::text::{find_spaced, is_space, sentence_ends};
use crate::model::MarkerKind;

/// A run-in list found in a paragraph; all strings are sub-slices of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RunIn<'a> {
    /// The lead-in, from the sentence start to the list.
    pub(crate) heading: &'a str,
    pub(crate) count: Option<Count<'a>>,
    /// Items: the marker (for marked run-ins) and the text.
    pub(crate) items: Vec<(Option<&'a str>, u32, &'a str)>,
    /// How the items are marked (`MarkerKind::None` for unmarked parts).
    pub(crate) marker_kind: MarkerKind,
}

/// Sentence bounds around byte `at` of `s`.
fn sentence_around(s: &str, at: usize) -> (usize, usize) {
    let mut start = 0;
    let mut end = s.len();
    for e in sentence_ends(s) {
        if e <= at {
            start = e;
        } else {
            end = e;
            break;
        }
    }
    (start, end)
}

/// Trims an item: surrounding space, a leading `and`/`or`, a trailing `and`/`or`.
fn clean(s: &str) -> &str {
    let mut t = s.trim_matches(is_space);
    // The conjunction is a word: followed (or preceded) by any whitespace.
    for conj in ["and", "or"] {
        if let Some(rest) = t.strip_prefix(conj) {
            if rest.starts_with(is_space) {
                t = rest.trim_start_matches(is_space);
            }
        }
    }
    for conj in ["and", "or"] {
        if let Some(rest) = t.strip_suffix(conj) {
            if rest.ends_with(is_space) {
                t = rest.trim_end_matches(is_space);
            }
        }
    }
    t
}

/// Splits `s` after each separator; each part keeps its separator.
fn split_keep(s: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c == sep {
            let end = i + c.len_utf8();
            out.push(s.get(start..end).unwrap_or(""));
            start = end;
        }
    }
    out.push(s.get(start..).unwrap_or(""));
    out.into_iter()
        .map(clean)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Splits a comma list whose last two parts are joined by ` and ` or ` or `.
fn split_commas(s: &str) -> Vec<&str> {
    let mut parts = split_keep(s, ',');
    if let Some(last) = parts.pop() {
        let joined = [" and ", " or "].iter().find_map(|c| rfind_spaced(last, c));
        match joined {
            Some((i, j)) => {
                parts.push(clean(last.get(..i).unwrap_or("")));
                parts.push(clean(last.get(j..).unwrap_or("")));
            }
            None => parts.push(last),
        }
    }
    parts.retain(|p| !p.is_empty());
    parts
}

/// The last match of [`find_spaced`] in `s`.
fn rfind_spaced(s: &str, pat: &str) -> Option<(usize, usize)> {
    let mut last = None;
    let mut from = 0;
    while let Some((a, b)) = s.get(from..).and_then(|r| find_spaced(r, pat)) {
        last = Some((from + a, from + b));
        // Past the match's first byte (its whitespace may open the next match).
        from = from
            + a
            + s.get(from + a..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
    }
    last
}

/// An unmarked run-in list: its parts are numbered by position.
fn soft<'a>(heading: &'a str, count: Option<Count<'a>>, parts: Vec<&'a str>) -> RunIn<'a> {
    RunIn {
        heading,
        count,
        items: parts
            .into_iter()
            .zip(1..)
            .map(|(p, n)| (None, n, p))
            .collect(),
        marker_kind: MarkerKind::None,
    }
}

fn numbered(s: &str) -> Option<RunIn<'_>> {
    numbered_as(s, MarkerKind::Number)
}

/// The tag of item `n` in a run-in series of `kind`: `(3)`, `(iii)`, `(c)`.
fn run_in_tag(kind: MarkerKind, n: u32) -> Option<String> {
    const ROMAN: [&str; 20] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
        "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ];
    match kind {
        MarkerKind::Roman => ROMAN
            .get(usize::try_from(n).ok()?.checked_sub(1)?)
            .map(|r| format!("({r})")),
        MarkerKind::Letter => u8::try_from(n)
            .ok()
            .filter(|n| (1..=26).contains(n))
            .map(|n| format!("({})", char::from(b'a' + n - 1))),
        _ => Some(format!("({n})")),
    }
}

/// A run-in list numbered in parentheses, `(1) ...; (2) ...`, or (after a colon) with
/// lower-case roman numerals or letters, `... in ten areas: (i) ...; (ii) ...`, `(a) ...;
/// (b) ...`.
fn numbered_as(s: &str, kind: MarkerKind) -> Option<RunIn<'_>> {
    let first_tag = run_in_tag(kind, 1)?;
    let first = s.find(&first_tag)?;
    if first == 0 {
        return None;
    }
    // Numerals and letters are also how texts refer to clauses (`paragraphs (a) and (b) of
    // Article 5`, `Annex (ii)`): such a series opens right after a colon, and each later
    // tag opens a clause, after `;`, `,`, `and` or `or`.
    let lettered = kind != MarkerKind::Number;
    let before = |at: usize| s.get(..at).unwrap_or("").trim_end_matches(is_space);
    if lettered && !before(first).ends_with([':', '：']) {
        return None;
    }
    let opens_clause = |at: usize| {
        let b = before(at);
        b.ends_with([';', ',', '；', '，']) || b.ends_with(" and") || b.ends_with(" or")
    };
    let mut marks = vec![(first, 1u32, first_tag.len())];
    let mut from = first + first_tag.len();
    for n in 2u32..=99 {
        let Some(tag) = run_in_tag(kind, n) else {
            break;
        };
        let Some(rel) = s.get(from..).and_then(|t| t.find(&tag)) else {
            break;
        };
        let at = from + rel;
        let preceded = s
            .get(..at)
            .and_then(|h| h.chars().next_back())
            .is_some_and(is_space);
        if !preceded || lettered && !opens_clause(at) {
            break;
        }
        marks.push((at, n, tag.len()));
        from = at + tag.len();
    }
    if marks.len() < 2 {
        return None;
    }
    let (sent_start, _) = sentence_around(s, first);
    let last_at = marks.last().map_or(first, |m| m.0);
    let end = sentence_ends(s).find(|&e| e > last_at).unwrap_or(s.len());
    let mut items = Vec::with_capacity(marks.len());
    for (k, &(at, n, tag_len)) in marks.iter().enumerate() {
        let stop = marks.get(k + 1).map_or(end, |m| m.0);
        let marker = s.get(at..at + tag_len)?;
        let text = clean(s.get(at + tag_len..stop)?);
        items.push((Some(marker), n, text));
    }
    let heading = s.get(sent_start..first)?.trim_matches(is_space);
    Some(RunIn {
        heading,
        count: find_count(heading).map(|(_, c)| c),
        items,
        marker_kind: kind,
    })
}

fn after_colon(s: &str) -> Vec<RunIn<'_>> {
    let mut out = Vec::new();
    // Each sentence once, with its first colon that is not part of a time (`10:30`).
    let ends: Vec<usize> = sentence_ends(s).chain(core::iter::once(s.len())).collect();
    let mut start = 0;
    for &end in &ends {
        let (sentence_start, sentence_end) = (start, end);
        start = end;
        let Some(sentence) = s.get(sentence_start..sentence_end) else {
            continue;
        };
        let colon = sentence.char_indices().find(|&(i, c)| {
            matches!(c, ':' | '：')
                && !sentence
                    .get(i + c.len_utf8()..)
                    .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        });
        let Some((rel, c)) = colon else { continue };
        let (start, end) = (sentence_start, sentence_end);
        let at = sentence_start + rel;
        let after = at + c.len_utf8();
        if after >= end {
            continue;
        }
        let Some(heading) = s.get(start..after).map(|h| h.trim_matches(is_space)) else {
            continue;
        };
        let Some(body) = s.get(after..end) else {
            continue;
        };
        let count = find_count(heading).map(|(_, c)| c);
        let semis = split_keep(body, ';');
        let parts = if semis.len() >= 3
            || count.is_some_and(|c| c.count as usize == semis.len() && semis.len() >= 2)
        {
            semis
        } else if let Some(c) = count {
            let commas = split_commas(body);
            if commas.len() == c.count as usize && commas.len() >= 2 {
                commas
            } else {
                continue;
            }
        } else {
            continue;
        };
        out.push(soft(heading, count, parts));
    }
    out
}

/// The rare substrings that announce a kind of run-in list; bit `k` of [`Cues`] stands for
/// `CUE_TEXTS[k]`.
const CUE_TEXTS: [&str; 8] = [
    "(1)",
    "econd",
    "wo is",
    " refer",
    " include",
    " namely",
    "nother is",
    // `Two, ...`, `Number two, ...`: a speaker's count.
    "wo,",
];

/// Which announcing substrings a paragraph holds.
#[derive(Clone, Copy)]
struct Cues {
    rare: u8,
    colon: bool,
}

/// The rare cues in `bytes`, found together. No cue can start inside another, so the
/// leftmost-first matches miss none.
fn rare_cues(searcher: &Searcher, bytes: &[u8]) -> u8 {
    searcher
        .find_iter(bytes)
        .fold(0, |bits, m| bits | 1 << m.pattern().as_usize())
}

/// The rare cues in `bytes`, one search each.
fn rare_cues_one_by_one(bytes: &[u8]) -> u8 {
    CUE_TEXTS
        .iter()
        .enumerate()
        .filter(|(_, cue)| memchr::memmem::find(bytes, cue.as_bytes()).is_some())
        .fold(0, |bits, (k, _)| bits | 1 << k)
}

impl Cues {
    /// One SIMD pass (Teddy) for the rare cues, and one `memchr` for the colons.
    fn of(s: &str) -> Cues {
        static RARE: Lazy<Option<Searcher>> = Lazy::new(|| Searcher::new(CUE_TEXTS));
        let bytes = s.as_bytes();
        Cues {
            rare: match RARE.as_ref() {
                Some(searcher) => rare_cues(searcher, bytes),
                // No SIMD search on this machine.
                None => rare_cues_one_by_one(bytes),
            },
            // `:` or the last byte of a full-width colon `：` (and of a few other
            // characters).
            colon: memchr::memchr2(b':', 0xBC, bytes).is_some(),
        }
    }

    fn numbered(self) -> bool {
        self.rare & 1 != 0
    }

    /// `Second,`, `secondly`, `The second is`, `Two is` or `Another is`.
    fn second(self) -> bool {
        self.rare & (2 | 4 | 64 | 128) != 0
    }

    fn defining(self) -> bool {
        self.rare & (8 | 16 | 32) != 0
    }
}

/// Needs a `refer`, `include` or `namely` cue.
fn definition(s: &str) -> Option<RunIn<'_>> {
    for verb in [
        " refer to ",
        " refers to ",
        " include ",
        " includes ",
        " namely ",
    ] {
        let Some((at, verb_end)) = find_spaced(s, verb) else {
            continue;
        };
        let (start, end) = sentence_around(s, at);
        let head = s.get(start..verb_end)?;
        let (_, count) = find_count(head)?;
        if count.count < 2 {
            continue;
        }
        let body = s.get(verb_end..end)?;
        let n = count.count as usize;
        let semis = split_keep(body, ';');
        let parts = if semis.len() == n {
            semis
        } else {
            let and_parts: Vec<&str> = {
                let mut v = Vec::new();
                let mut rest = body;
                while let Some((i, j)) = find_spaced(rest, ", and ") {
                    v.push(clean(rest.get(..i + 1).unwrap_or("")));
                    rest = rest.get(j..).unwrap_or("");
                }
                v.push(clean(rest));
                v
            };
            if and_parts.len() == n {
                and_parts
            } else {
                let commas = split_commas(body);
                if commas.len() != n {
                    continue;
                }
                commas
            }
        };
        return Some(soft(head.trim_matches(is_space), Some(count), parts));
    }
    None
}

/// A searcher for `, number one,`, built once.
static COMMA_NUMBER_ONE: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
    once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b", number one,"));

/// A searcher for `, first`, built once.
static COMMA_FIRST: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
    once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b", first"));

/// Where an ordinal may open a clause of a paragraph: the paragraph start and every
/// sentence start (`true`), and the start of every clause after a `;` or a `:`, or a
/// `first,` after a comma (`false`), as byte offsets of the first non-space character, in
/// order.
fn clause_starts(s: &str) -> Vec<(usize, bool)> {
    let skip = |e: usize| {
        let rest = s.get(e..).unwrap_or("");
        e + (rest.len() - rest.trim_start_matches(is_space).len())
    };
    let mut out: Vec<(usize, bool)> = core::iter::once(0)
        .chain(sentence_ends(s))
        .map(|e| (skip(e), true))
        .collect();
    let bytes = s.as_bytes();
    out.extend(
        memchr::memchr2_iter(b';', b':', bytes)
            // Not a time (`10:30`).
            .filter(|&i| !bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
            .map(|i| {
                // `...; and third, ...`: the conjunction is not part of the item.
                let at = skip(i + 1);
                // (`and` followed by any whitespace, a line end included.)
                let and = s
                    .get(at..)
                    .and_then(|r| r.strip_prefix("and"))
                    .is_some_and(|r| r.starts_with(is_space));
                (if and { skip(at + 3) } else { at }, false)
            }),
    );
    // `... focus their efforts, first, to ...; second, to ...`: a series may open after a
    // comma too (only at `first`; the items after it follow semicolons).
    out.extend(
        COMMA_FIRST
            .find_iter(bytes)
            .map(|i| (skip(i + 1), false))
            .filter(|&(at, _)| {
                s.get(at..)
                    .is_some_and(|r| r.starts_with("first,") || r.starts_with("firstly,"))
            }),
    );
    // A speaker's count after an interjection: `Well, number one, ...`.
    out.extend(
        COMMA_NUMBER_ONE
            .find_iter(bytes)
            .map(|i| (skip(i + 1), false)),
    );
    out.sort_unstable();
    out.dedup_by_key(|c| c.0);
    out
}

/// Rule `ordinal_clauses`: the sentences or clauses of one paragraph that open with
/// ordinal words in sequence, each item running to the next ordinal so that its support
/// sentences stay with it.
///
/// - Example: `... three proposals. Firstly, Xi called for solidarity. He said more.
///   Secondly, Xi stressed openness. Thirdly, ...`; lower-case ordinals after a lead-in
///   (`three tasks: first, to ...; second, to ...; and third, to ...`); mixed dress
///   (`Secondly,` `The fourth is to` `Sixth,` `Eight is to`).
/// - Any word marker may continue a series, at a sentence start or a clause start; a
///   series opens at `First,` (anywhere) or at `Second,` (at a sentence start only), so
///   that a stray `; second, ...` inside prose opens nothing.
/// - A series may open at two when it goes on to at least three items (a first item lost
///   to truncation or translation; `enumerate` reports the gap): two items starting at
///   two are too weak to tell from prose. `Finally,` or `Lastly,` closes a series of two
///   or more.
/// - Pinned by `ordinal_sentences_in_a_paragraph`, `ordinal_clauses_after_a_lead_in` and
///   `ordinal_series_missing_its_first_item`.
fn ordinal_sentences(s: &str) -> Option<RunIn<'_>> {
    let mut heading_start = 0;
    let mut marks: Vec<(usize, Option<u32>, usize)> = Vec::new();
    let mut best: Vec<(usize, Option<u32>, usize)> = Vec::new();
    let mut best_heading = 0;
    for (at, sentence) in clause_starts(s) {
        let m = s
            .get(at..)
            .and_then(ordinal_marker)
            .filter(|m| m.kind == MarkerKind::Word)
            .map(|m| (m.ordinal, m.text.len()))
            .or_else(|| another(s.get(at..)?, marks.last().and_then(|l| l.1)?));
        let Some((ordinal, len)) = m else {
            if sentence && marks.is_empty() {
                heading_start = at;
            }
            continue;
        };
        let m = Mark { ordinal, len };
        let follows = match (marks.last().and_then(|l| l.1), m.ordinal) {
            (Some(l), Some(n)) => n == l + 1,
            // `Finally,` closes a series of two or more.
            (Some(_), None) => marks.len() >= 2,
            _ => false,
        };
        if follows {
            marks.push((at, m.ordinal, m.len));
            if m.ordinal.is_none() {
                break;
            }
            continue;
        }
        // The series so far ends here; keep the longest one.
        if marks.len() > best.len() && strong_enough(&marks) {
            best = core::mem::take(&mut marks);
            best_heading = heading_start;
        }
        marks.clear();
        if m.ordinal == Some(1) || (sentence && m.ordinal == Some(2)) {
            marks.push((at, m.ordinal, m.len));
        } else if sentence {
            heading_start = at;
        }
    }
    if marks.len() > best.len() && strong_enough(&marks) {
        best = marks;
        best_heading = heading_start;
    }
    if best.is_empty() {
        return None;
    }
    let first = best.first().map_or(0, |m| m.0);
    let mut items = Vec::with_capacity(best.len());
    let mut prev = 0;
    for (k, &(at, n, len)) in best.iter().enumerate() {
        let stop = best.get(k + 1).map_or(s.len(), |m| m.0);
        let marker = s.get(at..at + len)?;
        let text = clean(s.get(at + len..stop)?);
        let n = n.unwrap_or(prev + 1);
        prev = n;
        items.push((Some(marker), n, text));
    }
    let heading = s
        .get(best_heading.min(first)..first)?
        .trim_matches(is_space);
    Some(RunIn {
        heading,
        count: find_count(heading).map(|(_, c)| c),
        items,
        marker_kind: MarkerKind::Word,
    })
}

/// The Chinese numerals of `一是` ... `十是`, by value from one.
const CHINESE_NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// The markers `一是` ... `十是`, by value from one.
const CHINESE_MARKERS: [&str; 10] = [
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
];

/// Rule "Chinese ordinal clauses" (a form of rule `run_in_list`): in a paragraph in
/// Chinese, `一是...；二是...；三是...` in sequence, each after the start of the paragraph or
/// a clause's punctuation (`：；，。`), are the items of a list of two or more; the lead-in
/// before `一是` is its heading, and a count in it (`八个方面`, `五项`) its declared count.
fn chinese_ordinals(s: &str) -> Option<RunIn<'_>> {
    let opens = |at: usize| {
        s.get(..at).is_some_and(|h| {
            let h = h.trim_end_matches(is_space);
            h.is_empty() || h.ends_with(['：', '；', '，', '。', ':', ';', ','])
        })
    };
    // Each marker's offset, the next searched after the one before.
    let mut marks: Vec<usize> = Vec::new();
    let mut from = 0;
    for marker in CHINESE_MARKERS {
        let found = s.get(from..).and_then(|rest| {
            rest.match_indices(marker)
                .map(|(k, _)| from + k)
                .find(|&at| opens(at))
        });
        match found {
            Some(at) => {
                marks.push(at);
                from = at + marker.len();
            }
            None => break,
        }
    }
    if marks.len() < 2 {
        return None;
    }
    let first = *marks.first()?;
    let mut items = Vec::with_capacity(marks.len());
    for (k, &at) in marks.iter().enumerate() {
        let stop = marks.get(k + 1).copied().unwrap_or(s.len());
        let len = CHINESE_MARKERS.get(k)?.len();
        let marker = s.get(at..at + len)?;
        let text = s
            .get(at + len..stop)?
            .trim_matches(|c: char| is_space(c) || matches!(c, '；' | '，' | ';' | ','));
        items.push((Some(marker), u32::try_from(k + 1).ok()?, text));
    }
    // The lead-in: from the last full stop before the first marker.
    let before = s.get(..first)?;
    let start = before.rfind('。').map_or(0, |k| k + '。'.len_utf8());
    let heading = before.get(start..)?.trim_matches(is_space);
    Some(RunIn {
        heading,
        count: chinese_count(heading),
        items,
        marker_kind: MarkerKind::Chinese,
    })
}

/// A count in Chinese in a lead-in: a numeral followed by a measure word (`八个方面`,
/// `五项`, `三大`), the last one printed.
fn chinese_count(s: &str) -> Option<Count<'_>> {
    let mut found = None;
    for (k, numeral) in CHINESE_NUMERALS.iter().enumerate() {
        for (at, _) in s.match_indices(numeral) {
            let after = s.get(at + numeral.len()..).unwrap_or_default();
            let Some(unit) = ["个", "项", "大", "条", "点", "方面"]
                .iter()
                .find(|u| after.starts_with(*u))
            else {
                continue;
            };
            let (Some(noun), Ok(count)) = (after.get(..unit.len()), u32::try_from(k + 1)) else {
                continue;
            };
            if found.is_none_or(|(a, _): (usize, Count<'_>)| at > a) {
                found = Some((
                    at,
                    Count {
                        count,
                        noun,
                        kind: crate::model::EnumerationKind::Other,
                        len: numeral.len() + unit.len(),
                    },
                ));
            }
        }
    }
    found.map(|(_, c)| c)
}

/// An ordinal clause's marker: its number and its length in bytes.
struct Mark {
    ordinal: Option<u32>,
    len: usize,
}

/// `Another is ...` right after an ordinal clause numbered `prev` (`One is ... Another is
/// ... The third is ...`): the next item, with the length of `Another is` (and `to`).
fn another(s: &str, prev: u32) -> Option<(Option<u32>, usize)> {
    // A word, then any whitespace: the same with every line end.
    let word = |t: &str, w: &str| -> Option<usize> {
        let rest = t.get(w.len()..)?;
        (t.get(..w.len())?.eq_ignore_ascii_case(w) && rest.starts_with(is_space)).then_some(w.len())
    };
    let skip = |t: &str| t.len() - t.trim_start_matches(is_space).len();
    let mut at = word(s, "another")?;
    at += skip(s.get(at..)?);
    at += word(s.get(at..)?, "is")?;
    let end = at;
    let after = at + skip(s.get(at..)?);
    let end = word(s.get(after..)?, "to").map_or(end, |n| after + n);
    Some((Some(prev + 1), end))
}

/// A series of ordinal clauses is a list with two items from one, or three from two.
fn strong_enough(marks: &[(usize, Option<u32>, usize)]) -> bool {
    match marks.first().and_then(|m| m.1) {
        Some(1) => marks.len() >= 2,
        Some(2) => marks.len() >= 3,
        _ => false,
    }
}

/// Run-in lists in a paragraph, in order.
pub(crate) fn run_ins(s: &str) -> Vec<RunIn<'_>> {
    let cues = Cues::of(s);
    let mut out = Vec::new();
    if cues.numbered() {
        out.extend(numbered(s));
    }
    // Every ordinal list has a second item.
    if out.is_empty() && cues.second() {
        out.extend(ordinal_sentences(s));
    }
    // Roman numerals and letters in parentheses, after a colon: `... ten areas: (i) ...;
    // (ii) ...`.
    if out.is_empty() && cues.colon && s.contains("(ii)") {
        out.extend(numbered_as(s, MarkerKind::Roman));
    }
    if out.is_empty() && cues.colon && s.contains("(b)") {
        out.extend(numbered_as(s, MarkerKind::Letter));
    }
    if out.is_empty() && cues.colon {
        out.extend(after_colon(s));
    }
    if out.is_empty() && cues.defining() {
        out.extend(definition(s));
    }
    // Chinese text: `一是 ... 二是 ...` (the second marker's bytes are rare in English).
    if out.is_empty() && !s.is_ascii() && s.contains("二是") {
        out.extend(chinese_ordinals(s));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speakers_count_in_cardinal_words() {
        let s = "I would say three things. One, the money is real. Two, the institutions are new. Three, the language is the point.";
        let r = ordinal_sentences(s).unwrap();
        let marks: Vec<&str> = r.items.iter().map(|(m, _, _)| m.unwrap_or("")).collect();
        assert_eq!(marks, ["One,", "Two,", "Three,"]);
        let s = "Well, number one, governments like the speed. Number two, it comes without conditions. Number three – and this is new – it is visible.";
        let r = ordinal_sentences(s).unwrap();
        let marks: Vec<&str> = r.items.iter().map(|(m, _, _)| m.unwrap_or("")).collect();
        assert_eq!(marks, ["number one,", "Number two,", "Number three –"]);
        // Numbers in prose are no count.
        assert_eq!(
            ordinal_sentences(
                "The ports handled two, maybe three, million boxes. One, said the minister."
            ),
            None
        );
    }

    #[test]
    fn another_continues_an_ordinal_series() {
        let s = "Our confidence comes from three sources. One is the resilience of the economy. Another is the opening of the market. The third is the deepening of reform.";
        let r = ordinal_sentences(s).unwrap();
        assert_eq!(
            r.items
                .iter()
                .map(|(m, n, _)| (m.unwrap_or(""), *n))
                .collect::<Vec<_>>(),
            vec![("One is", 1), ("Another is", 2), ("The third is", 3)]
        );
        assert_eq!(another("Another is to act", 1), Some((Some(2), 13)));
        assert_eq!(another("Another\nis\nthe", 1), Some((Some(2), 10)));
        assert_eq!(another("Anotheris it", 1), None);
        // Without an ordinal before it, `Another` opens nothing.
        assert_eq!(
            ordinal_sentences("He spoke. Another is the plan. Second, growth."),
            None
        );
    }

    #[test]
    fn chinese_ordinal_clauses() {
        let s = "会议指出。会议部署了2026年商务工作三个方面重点任务：一是大力提振消费；二是推动外贸稳规模；三是扩大开放。";
        let r = chinese_ordinals(s).unwrap();
        assert_eq!(r.heading, "会议部署了2026年商务工作三个方面重点任务：");
        assert_eq!(r.count.map(|c| c.count), Some(3));
        assert_eq!(
            r.items,
            vec![
                (Some("一是"), 1, "大力提振消费"),
                (Some("二是"), 2, "推动外贸稳规模"),
                (Some("三是"), 3, "扩大开放。"),
            ]
        );
        // One marker is no list; `二是` inside a word is no marker.
        assert_eq!(chinese_ordinals("会议强调：一是大力提振消费。"), None);
        assert_eq!(chinese_ordinals("一是提振消费，这不二是之选"), None);
    }

    #[test]
    fn cues_found_together_or_one_by_one_agree() {
        let searcher = Searcher::new(CUE_TEXTS);
        let texts = [
            "",
            "(1)",
            "Second, we refer to the plan; (1) one (2) two; namely x",
            "secondly (1 refer include namely",
            " refer include",
            "the two goals refer to building x, and building y",
            "They include: a, b and c; they second the motion (1)(1)(1)",
            " namely namely namely second",
        ];
        for t in texts {
            let long = t.repeat(50);
            for s in [t, long.as_str()] {
                let one_by_one = rare_cues_one_by_one(s.as_bytes());
                if let Some(searcher) = &searcher {
                    assert_eq!(rare_cues(searcher, s.as_bytes()), one_by_one, "{s:?}");
                }
                for (k, cue) in CUE_TEXTS.iter().enumerate() {
                    assert_eq!(one_by_one >> k & 1 == 1, s.contains(cue), "{s:?} {cue}");
                }
            }
        }
    }

    fn items<'a>(r: &RunIn<'a>) -> Vec<&'a str> {
        r.items.iter().map(|i| i.2).collect()
    }

    #[test]
    fn numbered_run_in() {
        let s = "It met. The Conference pointed out six focal tasks for the coming year: (1) Firmly ensuring food security; (2) Adjusting structures; and (3) Raising the level of the “Opening-Up” policy. The Conference called for growth.";
        let r = run_ins(s);
        assert_eq!(r.len(), 1);
        let r = &r[0];
        assert_eq!(
            r.heading,
            "The Conference pointed out six focal tasks for the coming year:"
        );
        assert_eq!(r.count.map(|c| c.count), Some(6));
        assert_eq!(
            items(r),
            vec![
                "Firmly ensuring food security;",
                "Adjusting structures;",
                "Raising the level of the “Opening-Up” policy."
            ]
        );
        assert_eq!(r.items[2].0, Some("(3)"));
    }

    #[test]
    fn roman_and_lettered_run_ins_after_a_colon() {
        let s = "The council called for breakthroughs in three areas: (i) building the berths; (ii) dredging the channels; and (iii) training the pilots. It closed on Friday.";
        let r = run_ins(s);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].marker_kind, MarkerKind::Roman);
        assert_eq!(
            items(&r[0]),
            vec![
                "building the berths;",
                "dredging the channels;",
                "training the pilots."
            ]
        );
        assert_eq!(r[0].items[1].0, Some("(ii)"));
        let s = "The plan sets two goals: (a) one timetable for the ports; and (b) a shared warning system.";
        let r = run_ins(s);
        assert_eq!(r.first().map(|r| r.marker_kind), Some(MarkerKind::Letter));
        assert_eq!(r.first().map(|r| r.items.len()), Some(2));
        // References to clauses: not after a colon, or not opening clauses.
        for s in [
            "Under the revised rules: paragraphs (a) and (b) of Article 5 are deleted, and the fees are cut.",
            "The council noted two points: the fees set under clause (a) will fall, and those under clause (b) will rise in May.",
        ] {
            assert!(
                run_ins(s)
                    .iter()
                    .all(|r| r.marker_kind != MarkerKind::Letter),
                "{s}"
            );
        }
        // Not a series: `(b)` alone, or the second tag glued to a word.
        let s = "The plan sets goals: see paragraph (b) of the annex for the ports.";
        assert!(
            run_ins(s)
                .iter()
                .all(|r| r.marker_kind != MarkerKind::Letter)
        );
        let s = "The plan sets goals: (i) the ports and the berths(ii) are open.";
        assert!(
            run_ins(s)
                .iter()
                .all(|r| r.marker_kind != MarkerKind::Roman)
        );
    }

    #[test]
    fn semicolon_list() {
        let s = "Progress made in the past five years was highlighted: GDP is expected to cross the mark in 2020; 55.75 million residents were lifted out of poverty; grain output has remained high; China has built the largest system, etc. The communique says more.";
        let r = run_ins(s);
        assert_eq!(r.len(), 1);
        assert_eq!(
            r[0].heading,
            "Progress made in the past five years was highlighted:"
        );
        assert_eq!(r[0].count, None);
        assert_eq!(
            items(&r[0]),
            vec![
                "GDP is expected to cross the mark in 2020;",
                "55.75 million residents were lifted out of poverty;",
                "grain output has remained high;",
                "China has built the largest system, etc."
            ]
        );
    }

    #[test]
    fn counted_comma_list() {
        let s = "Wang Yi is visiting four ASEAN member states: Myanmar, Indonesia, Brunei and the Philippines. The relationship matters.";
        let r = run_ins(s);
        assert_eq!(r.len(), 1);
        assert_eq!(
            items(&r[0]),
            vec!["Myanmar,", "Indonesia,", "Brunei", "the Philippines."]
        );
        // A count that does not match the parts gives no list.
        assert!(
            run_ins("He visited three states: Myanmar, Indonesia, Brunei and Laos.").is_empty()
        );
        // Without a count, commas alone are not a list.
        assert!(run_ins("He said: yes, no, maybe and later.").is_empty());
    }

    #[test]
    fn ordinal_clauses_whatever_the_line_ends() {
        for nl in ["\n", "\r\n", "  \t\n"] {
            let s = format!(
                "He raised three tasks: first, to keep prices stable; second, to protect jobs; and{nl}third, to prevent risks."
            );
            let r = run_ins(&s);
            assert_eq!(r.len(), 1, "{s:?}");
            assert_eq!(r[0].items.len(), 3, "{s:?}");
        }
    }

    #[test]
    fn definition_list_whatever_the_line_ends() {
        for nl in ["\n", "\r\n", "  \t\n"] {
            let s = format!(
                "The \"two goals\" refer to{nl}building a port by 2021, and{nl}building a canal by 2049."
            );
            let r = run_ins(&s);
            assert_eq!(r.len(), 1, "{s:?}");
            assert_eq!(
                items(&r[0]),
                vec!["building a port by 2021,", "building a canal by 2049."],
                "{s:?}"
            );
        }
    }

    #[test]
    fn definition_list() {
        let s = "The \"two centennial goals\" refer to building a society by 2021, which was set, and building a country that is prosperous, strong and beautiful by 2049.";
        let r = run_ins(s);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].heading, "The \"two centennial goals\" refer to");
        assert_eq!(
            items(&r[0]),
            vec![
                "building a society by 2021, which was set,",
                "building a country that is prosperous, strong and beautiful by 2049."
            ]
        );
    }

    #[test]
    fn ordinal_sentences_in_a_paragraph() {
        let s = "Over the past decade, we have built a network. First, we have expanded cooperation. Second, we have built platforms. Third, we have deepened exchanges. That is all.";
        let r = run_ins(s);
        assert_eq!(r.len(), 1);
        assert_eq!(
            r[0].heading,
            "Over the past decade, we have built a network."
        );
        assert_eq!(r[0].marker_kind, MarkerKind::Word);
        let got: Vec<(Option<&str>, u32, &str)> = r[0].items.clone();
        assert_eq!(
            got,
            vec![
                (Some("First,"), 1, "we have expanded cooperation."),
                (Some("Second,"), 2, "we have built platforms."),
                (
                    Some("Third,"),
                    3,
                    "we have deepened exchanges. That is all."
                ),
            ]
        );
        // Number words: `One is to ... Two is to ...`.
        let r = run_ins(
            "The meeting stressed three points. One is to keep prices stable. Two is to protect jobs. Three is to prevent risks.",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].heading, "The meeting stressed three points.");
        assert_eq!(r[0].count.map(|c| c.count), Some(3));
        assert_eq!(
            r[0].items,
            vec![
                (Some("One is to"), 1, "keep prices stable."),
                (Some("Two is to"), 2, "protect jobs."),
                (Some("Three is to"), 3, "prevent risks."),
            ]
        );
        // A lone ordinal, or ordinals out of order, make no list.
        assert!(run_ins("It grew. Second, it shrank. First, it rose.").is_empty());
        assert!(run_ins("First, a thing. And a second one.").is_empty());
    }

    #[test]
    fn ordinal_clauses_after_a_lead_in() {
        let s = "He raised three tasks: first, to keep prices stable; second, to protect jobs; and third, to prevent risks. The meeting ended.";
        let r = run_ins(s);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].heading, "He raised three tasks:");
        assert_eq!(r[0].count.map(|c| c.count), Some(3));
        let markers: Vec<Option<&str>> = r[0].items.iter().map(|i| i.0).collect();
        assert_eq!(
            markers,
            vec![Some("first,"), Some("second,"), Some("third,")]
        );
        assert_eq!(
            items(&r[0]),
            vec![
                "to keep prices stable;",
                "to protect jobs;",
                "to prevent risks. The meeting ended."
            ]
        );
        // After a lead-in that ends in a comma, in lower case.
        let s = "The meeting called for efforts in three aspects, first, to widen the range; second, to simplify procedures; and third, to improve recycling.";
        let r = run_ins(s);
        assert_eq!(r.len(), 1);
        assert_eq!(
            r[0].heading,
            "The meeting called for efforts in three aspects,"
        );
        assert_eq!(r[0].count.map(|c| c.count), Some(3));
        assert_eq!(
            items(&r[0]),
            vec![
                "to widen the range;",
                "to simplify procedures;",
                "to improve recycling."
            ]
        );
        // A lone `first,` after a comma is prose.
        let s =
            "The delegates, first, visited the port and then met the press; they left on Friday.";
        assert!(run_ins(s).is_empty());
        // Support sentences stay with their item on one scraped line.
        let s = "Xi made two proposals. Firstly, Xi called for unity. \"We need to act,\" Xi said. He added more. Secondly, Xi stressed openness. It helps.";
        let r = run_ins(s);
        assert_eq!(r.len(), 1);
        assert_eq!(
            items(&r[0]),
            vec![
                "Xi called for unity. \"We need to act,\" Xi said. He added more.",
                "Xi stressed openness. It helps."
            ]
        );
        // `Finally,` closes a series.
        let r = run_ins("First, we act. Second, we plan. Finally, we rest.");
        assert_eq!(
            r[0].items.iter().map(|i| i.1).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
        // Ordinal-looking words inside a clause, or cardinals after a colon, are no list.
        assert!(run_ins("He said: second-hand goods sell; one is enough.").is_empty());
        assert!(run_ins("He came first, then second; nothing else.").is_empty());
    }

    #[test]
    fn ordinal_series_missing_its_first_item() {
        let s = "Achievements were made. Secondly, it showcases style. Thirdly, advocating a community. The fourth is to adhere to the strategy. Sixth, we expanded.";
        let r = run_ins(s);
        assert_eq!(r.len(), 1);
        let got: Vec<(Option<&str>, u32)> = r[0].items.iter().map(|i| (i.0, i.1)).collect();
        assert_eq!(
            got,
            vec![
                (Some("Secondly,"), 2),
                (Some("Thirdly,"), 3),
                (Some("The fourth is to"), 4)
            ]
        );
        // Two items from two are too weak.
        assert!(run_ins("It grew. Secondly, it rose. Thirdly, it fell.").is_empty());
    }

    #[test]
    fn no_list() {
        for s in [
            "(1) at the start is a marked item, not a run-in list; (2) next",
            "The time was 10:30; then 11:00; then noon; then one.",
            "Plain text with no list at all.",
            "Only (1) one number here.",
        ] {
            assert!(run_ins(s).is_empty(), "{s}");
        }
    }
}
