//! Phase 5a: initiatives and concepts, found with one multi-pattern scan of the text.
//!
//! One matcher, built once, holds every lexicon alias and its spelling variants, every
//! acronym, and the head nouns of initiative names (`Initiative`, `Plan`, `Forum`, `Silk
//! Road` ...). It reports every match at word boundaries (overlapping ones too, see
//! [`wordscan`](super::wordscan)); matches are resolved leftmost-longest, separately for
//! initiatives and for concepts (a concept may contain an initiative: `high-quality Belt
//! and Road cooperation`). A head noun that no known name covers becomes a pattern
//! initiative: the capitalised words before it (and a `for` / `of` phrase after it) form
//! its name.
//!
//! The same scan reports quote marks. A short quoted phrase inside a sentence that no name
//! covers is a coined term (`“steady growth”`): a concept the lexicon does not know, or an
//! initiative when an initiative noun follows it (`“Opening-Up” policy`).
//!
//! Chinese originals are found by a separate automaton, run only on texts that hold
//! Chinese characters, so that English texts pay nothing for them.
//!
//! Texts with line breaks inside paragraphs, runs of spaces or no-break spaces are
//! scanned in a whitespace-normalised copy whose offsets map back to the input.

use std::borrow::Cow;
use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};
use once_cell::sync::Lazy;

use super::ordinal::count_number;
use super::text::{is_ordinal_suffix, is_quote, is_space, space_len};
use super::wordscan::{Hit, WordMatcher, boundary_ok};
use crate::lexicon::words::{
    CALENDAR_WORDS, CONNECTORS, COUNT_UNITS, COUNTED_HEADS, HEADS, HEADS_OF, NOT_FIRST,
    PERSONAL_TITLES, PLACES_IN_ING, QUOTED_HEADS, STOP_WORDS, VERBS, is_in,
};
use crate::lexicon::{EntryKind, entries};
use crate::model::{Concept, Initiative, NameKind};
use crate::rules::{Recorder, RuleId, Verdict};
use crate::span::Span;

/// What a pattern of the matcher stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pat {
    /// A form (the canonical name or an alias) of lexicon entry `entry`; `weak` when the
    /// form is an everyday phrase that needs a stronger signal.
    Alias { entry: u16, weak: bool },
    /// An acronym of lexicon entry `n`, matched in capitals only.
    Acronym(u16),
    /// A head noun of names; `lower` allows it in lowercase, `of` asks for an `of` phrase
    /// after it and name words before it (`China-ASEAN Year of ...`).
    Head {
        lower: bool,
        of: bool,
        kind: NameKind,
    },
    /// A quote mark: `"`, `“` or `”`.
    Quote,
}

struct Matcher {
    words: WordMatcher,
    pats: Vec<Pat>,
    texts: Vec<String>,
    /// The Chinese originals of the lexicon, leftmost-longest, and the entry of each.
    zh: Option<AhoCorasick>,
    zh_entries: Vec<u16>,
    /// Every word of the patterns, lowercased: what a word broken at a line end by a
    /// hyphen (`Gov-` / `ernance`) may be once joined.
    vocabulary: std::collections::HashSet<String>,
}

/// A pattern as the matcher compares it: hyphens read as spaces, so that every form
/// matches with a hyphen or a space between any two of its words (`reform and opening
/// up`, `reform and opening-up`) without a pattern for each way of writing it.
fn folded(form: &str) -> String {
    form.replace('-', " ")
}

/// Spelling variants of a name, folded: `-ization` or `-isation`, straight or curly
/// apostrophe. Hyphens need no variant (see [`folded`]).
fn variants(name: &str) -> Vec<String> {
    let mut out = vec![folded(name)];
    let push = |out: &mut Vec<String>, s: String| {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&s)) {
            out.push(s);
        }
    };
    for i in 0..out.len() {
        let s = out.get(i).cloned().unwrap_or_default();
        if s.contains("ization") {
            push(&mut out, s.replace("ization", "isation"));
        }
    }
    for i in 0..out.len() {
        let s = out.get(i).cloned().unwrap_or_default();
        if s.contains('\'') {
            push(&mut out, s.replace('\'', "’"));
        }
    }
    out
}

fn build() -> Matcher {
    let mut pats = Vec::new();
    let mut texts = Vec::new();
    let mut zh_texts = Vec::new();
    let mut zh_entries = Vec::new();
    for (n, e) in entries().iter().enumerate() {
        let Ok(n) = u16::try_from(n) else { break };
        for name in core::iter::once(&e.name).chain(e.aliases.iter()) {
            let weak = e.is_ambiguous(name);
            for v in variants(name) {
                texts.push(v);
                pats.push(Pat::Alias { entry: n, weak });
            }
        }
        for a in e.acronyms {
            texts.push((*a).to_owned());
            pats.push(Pat::Acronym(n));
        }
        for z in e.zh {
            zh_texts.push(*z);
            zh_entries.push(n);
        }
    }
    for h in HEADS {
        for v in variants(h.word) {
            texts.push(v);
            pats.push(Pat::Head {
                lower: h.lower,
                of: false,
                kind: h.kind,
            });
        }
    }
    for h in HEADS_OF {
        texts.push((*h).to_owned());
        pats.push(Pat::Head {
            lower: false,
            of: true,
            kind: NameKind::Initiative,
        });
    }
    for q in ["\"", "“", "”"] {
        texts.push(q.to_owned());
        pats.push(Pat::Quote);
    }
    let words = WordMatcher::new(&texts);
    let vocabulary = texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 4)
        .map(str::to_ascii_lowercase)
        .collect();
    let zh = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&zh_texts)
        .ok();
    Matcher {
        words,
        pats,
        texts,
        zh,
        zh_entries,
        vocabulary,
    }
}

static MATCHER: Lazy<Matcher> = Lazy::new(build);

/// The matcher's patterns, for the benchmarks and tests: the lexicon's forms and head
/// nouns with hyphens as spaces, the acronyms as written, the quote marks. A pattern's id
/// is its index.
pub(crate) fn patterns() -> &'static [String] {
    &MATCHER.texts
}

/// The matcher's matches in `src`, sorted, for the fuzz target that checks them.
pub(crate) fn matches(src: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    MATCHER.words.find_all(src.as_bytes(), &mut hits);
    hits.sort_unstable();
    hits
}

/// The matcher alone over `src`, for the benchmarks: the number of matches.
pub(crate) fn walk(src: &str) -> usize {
    let mut hits = Vec::with_capacity(src.len() / 112 + 8);
    MATCHER.words.find_all(src.as_bytes(), &mut hits);
    hits.len()
}

/// A whitespace-normalised copy of a text and the way back to its offsets.
struct Normalised {
    text: String,
    /// `(offset in text, offset in the original)` wherever the two stop moving together.
    map: Vec<(usize, usize)>,
}

impl Normalised {
    /// The copy of `src`; `joins(word)` says whether a word broken by a hyphen at a line
    /// end (`Gov-` / `ernance`) is one word (`governance`, lowercased): then the hyphen
    /// goes with the line break; otherwise only the line break goes (`people-` /
    /// `centred` → `people-centred`).
    fn new(src: &str, joins: impl Fn(&str) -> bool) -> Normalised {
        let bytes = src.as_bytes();
        let mut text = String::with_capacity(src.len());
        let mut map = Vec::new();
        let mut copied = 0; // Everything before `copied` is in `text`.
        let mut i = 0;
        while i < bytes.len() {
            let n = space_len(bytes, i);
            if n == 0 {
                i += 1;
                continue;
            }
            // A run of spaces from `i` to `j`.
            let run = i;
            let mut j = i;
            let mut breaks = 0;
            loop {
                let m = space_len(bytes, j);
                if m == 0 {
                    break;
                }
                breaks += usize::from(bytes.get(j) == Some(&b'\n'));
                j += m;
            }
            i = j;
            if j - run == 1 && bytes.get(run) == Some(&b' ') {
                continue;
            }
            if breaks == 1 {
                if let Some(keep) = hyphen_break(src, run, j, &joins) {
                    text.push_str(src.get(copied..keep).unwrap_or(""));
                    copied = j;
                    map.push((text.len(), j));
                    continue;
                }
            }
            text.push_str(src.get(copied..run).unwrap_or(""));
            copied = j;
            let after = src.get(j..).unwrap_or("");
            let superscript = text.ends_with(|c: char| c.is_ascii_digit())
                && after.get(..2).is_some_and(is_ordinal_suffix)
                && after
                    .get(2..)
                    .is_some_and(|r| r.starts_with(|c: char| is_space(c) || c == '\n'));
            if breaks >= 2 {
                text.push('\n');
            } else if !superscript {
                text.push(' ');
            }
            map.push((text.len(), j));
        }
        text.push_str(src.get(copied..).unwrap_or(""));
        Normalised { text, map }
    }

    fn original(&self, pos: usize) -> usize {
        match self.map.binary_search_by(|&(n, _)| n.cmp(&pos)) {
            Ok(i) => self.map.get(i).map_or(pos, |&(_, o)| o),
            Err(0) => pos,
            Err(i) => self.map.get(i - 1).map_or(pos, |&(n, o)| o + (pos - n)),
        }
    }
}

/// A word broken at a line end by a hyphen: the run of spaces `run..j` holds one line
/// break, a letter and `-` stand right before it, a lower-case letter right after it.
/// Returns where the copy of the text before the break ends: before the hyphen when the
/// two parts make one word (`joins`), after it otherwise.
fn hyphen_break(src: &str, run: usize, j: usize, joins: impl Fn(&str) -> bool) -> Option<usize> {
    let before = src.get(..run)?;
    let stem = before.strip_suffix('-')?;
    let head_len = stem
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let after = src.get(j..)?;
    let tail_len = after.bytes().take_while(u8::is_ascii_alphabetic).count();
    if head_len == 0 || !after.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let word = format!(
        "{}{}",
        stem.get(stem.len() - head_len..)?,
        after.get(..tail_len)?
    )
    .to_ascii_lowercase();
    Some(if joins(&word) { run - 1 } else { run })
}

fn is_connector(w: &str) -> bool {
    is_in(CONNECTORS, w)
}

fn is_stop(w: &str) -> bool {
    is_in(STOP_WORDS, w)
}

/// A word that can be part of a name: capitalised, or starting with a digit (`14th`,
/// `2030`).
fn is_name_word(w: &str) -> bool {
    let possessive = w.ends_with("'s") || w.ends_with("’s");
    !possessive && !is_stop(w) && w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Most words a pattern name takes on either side of its head.
const NAME_REACH: usize = 12;

/// Rule `office_of_a_title`: a name by shape that opens with a personal title and `of`
/// (`Chairman of the Military Commission`) or follows one (`Director of the General
/// Office`) is part of a person's title, not a mention of the body (names the lexicon
/// knows are still found).
fn office_of_a_title(h: &str, name_start: usize) -> bool {
    // The title inside the name: `Chairman of the Military Commission`.
    let name = h.get(name_start..).unwrap_or("");
    if let Some((first, rest)) = name.split_once(' ') {
        if rest.starts_with("of ") && is_in(PERSONAL_TITLES, first) {
            return true;
        }
    }
    // The title before it: `Director of the General Office`.
    let before = h.get(..name_start).unwrap_or("").trim_end_matches(' ');
    let Some(before) = before
        .strip_suffix(" of the")
        .or_else(|| before.strip_suffix(" of"))
    else {
        return false;
    };
    let title = before.rsplit([' ', '\n']).next().unwrap_or("");
    is_in(PERSONAL_TITLES, title)
}

/// Walks back from a head over the words of a name. Returns where the name starts and
/// whether any name word was found. `floor` is where the walk must stop.
fn walk_back(h: &str, head: usize, floor: usize) -> Option<usize> {
    let mut start = None;
    let mut pos = head;
    let mut prev_the = false;
    for _ in 0..NAME_REACH {
        let before = h.get(..pos)?;
        if !before.ends_with(' ') {
            break;
        }
        let tok_end = pos - 1;
        let tok_start = h.get(..tok_end)?.rfind([' ', '\n']).map_or(0, |i| i + 1);
        if tok_start < floor {
            break;
        }
        let tok = h.get(tok_start..tok_end)?;
        let (quoted, word) = match tok.strip_prefix(is_quote) {
            Some(w) => (true, w),
            None => (false, tok),
        };
        // A plural possessive belongs to the name: `Foreign Ministers' Meeting`.
        let ends_clean = word.ends_with(|c: char| c.is_alphanumeric() || c == '&')
            || word.ends_with("s'")
            || word.ends_with("s’");
        if !ends_clean || word.is_empty() {
            break;
        }
        if is_connector(word) {
            // Kept only if a name word comes before it; `and the` separates two names.
            if word.eq_ignore_ascii_case("and") && prev_the {
                break;
            }
        } else if is_name_word(word) {
            start = Some(tok_end - word.len());
        } else {
            break;
        }
        prev_the = word.eq_ignore_ascii_case("the");
        pos = tok_start;
        if quoted {
            break;
        }
    }
    start.and_then(|st| drop_opening_verb(h, st, head))
}

/// `Launching AI Plus initiative` as a list item or at the start of a sentence: the
/// capitalised `-ing` word opens the clause and is not part of the name, which starts at
/// the next name word (or is not there).
fn drop_opening_verb(h: &str, start: usize, head: usize) -> Option<usize> {
    let rest = h.get(start..head)?;
    let Some(space) = rest.find(' ') else {
        return Some(start);
    };
    let first = rest.get(..space)?;
    let opens = h
        .get(..start)?
        .trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_none_or(|c| {
            matches!(
                c,
                '\n' | '.' | '!' | '?' | ':' | ';' | '-' | '—' | '–' | '•' | '*' | ')'
            )
        });
    // Place names end in `-ing` too: `Beijing Initiative`, `Chongqing Action Plan`.
    if !(opens && first.len() > 4 && first.ends_with("ing")) || is_in(PLACES_IN_ING, first) {
        return Some(start);
    }
    // The name starts at the next name word, past `the` and other connectors.
    let mut at = start + space + 1;
    while at < head {
        let word = h.get(at..head)?.split(' ').next()?;
        if is_name_word(word) {
            return Some(at);
        }
        if !is_connector(word) || word.is_empty() {
            return None;
        }
        at += word.len() + 1;
    }
    None
}

/// Walks forward from a head over a year (`Vision 2030`), a year range (`(2021-2025)`)
/// and `for` / `of` phrases of name words. Returns where the name ends, and where the year
/// range is (it is part of the mention, not of the name).
fn walk_forward(h: &str, head_end: usize) -> (usize, Option<(usize, usize)>) {
    let mut end = head_end;
    let mut range = None;
    let rest = |p: usize| h.get(p..).unwrap_or("");
    // ` 2030` or ` (2021-2025)`.
    let r = rest(end);
    if let Some(t) = r.strip_prefix(' ') {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 4
            && !t
                .get(4..)
                .is_some_and(|x| x.starts_with(char::is_alphanumeric))
        {
            end += 5;
        } else if t.starts_with('(') {
            if let Some(close) = t.find(')') {
                let inner = t.get(1..close).unwrap_or("");
                if close <= 12
                    && inner
                        .chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'))
                    && !inner.is_empty()
                {
                    range = Some((end, end + 1 + close + 1));
                    end += 1 + close + 1;
                }
            }
        }
    }
    let mut pos = end;
    let mut pending = false;
    let mut phrase = false;
    let mut before_and: Option<usize> = None;
    for _ in 0..NAME_REACH {
        let r = rest(pos);
        let Some(t) = r.strip_prefix(' ') else { break };
        // A token runs to any whitespace: a CR before a line feed is not part of it.
        let len = t.find(char::is_whitespace).unwrap_or(t.len());
        let tok = t.get(..len).unwrap_or("");
        // The word ends at the first character a name word does not hold: `Nov.`, `Code,1`.
        let word_len = tok
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '&')))
            .unwrap_or(tok.len());
        let word = tok
            .get(..word_len)
            .unwrap_or("")
            .trim_end_matches(['-', '\'', '’']);
        if is_date_word(word) {
            // `Paris Peace Forum on Nov. 12`: the phrase is a date, not part of the name;
            // so are the years after one (`... for Disaster Risk Reduction 2015-2030`).
            break;
        }
        if is_connector(tok) {
            // `and the` starts another name: `... Silk Road and the Global ... Initiative`.
            let next = t.get(len..).unwrap_or("").trim_start_matches(' ');
            let next_word = next.split(char::is_whitespace).next().unwrap_or("");
            if tok.eq_ignore_ascii_case("and") && next_word.eq_ignore_ascii_case("the") {
                break;
            }
            if tok.eq_ignore_ascii_case("and") {
                before_and = Some(end);
            } else {
                // `Vision and Actions for ...`: a connector after `and` means one name.
                before_and = None;
            }
            pending = true;
        } else if is_name_word(word) && (pending || phrase || is_head_word(word)) {
            // `... Scholarship and China-ASEAN Short Video Contest`: a second name.
            if let (Some(cut), true) = (before_and, is_head_word(word)) {
                end = cut;
                break;
            }
            end = pos + 1 + word.len();
            pending = false;
            phrase = true;
            if word.len() != tok.len() {
                break;
            }
        } else {
            break;
        }
        pos += 1 + len;
    }
    (end, range)
}

/// A month, a day of the week or a bare number (`19-21`, `2023`): never the word a name
/// ends in after a connector.
fn is_date_word(w: &str) -> bool {
    is_in(CALENDAR_WORDS, w)
        || !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'))
}

/// The kind of names whose head noun ends in `w` (`Plan`, `Program`, `Road`).
fn head_kind(w: &str) -> Option<NameKind> {
    HEADS
        .iter()
        .find(|h| h.word.rsplit(' ').next().is_some_and(|last| last == w))
        .map(|h| h.kind)
}

/// The last word of a head noun (`Plan`, `Program`, `Road`).
fn is_head_word(w: &str) -> bool {
    head_kind(w).is_some()
}

/// Whose mention: a lexicon entry, the n-th name found by pattern, or the n-th coined
/// term found between quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Known(u16),
    Pattern(usize),
    Term(usize),
}

/// One mention of a name: whose it is, where, and whether it is an everyday form of a
/// lexicon entry that needs a stronger signal to count.
#[derive(Clone, Copy, Debug)]
struct Mention {
    key: Key,
    span: Span,
    weak: bool,
    /// The rule that found it.
    rule: RuleId,
}

/// A name found by its shape: as printed, its kind, and an acronym printed after it.
struct PatternName<'a> {
    name: Cow<'a, str>,
    kind: NameKind,
    acronym: Option<Cow<'a, str>>,
}

/// The mentions of a text, gathered in order; the initiatives and concepts are made at the
/// end, each list allocated once at its size.
struct Mentions<'a> {
    list: Vec<Mention>,
    /// Names found by pattern, in order of first mention.
    patterns: Vec<PatternName<'a>>,
    /// Coined terms found between quotes, in order of first mention.
    terms: Vec<Cow<'a, str>>,
}

/// The index of the name with lower-cased `key` in `names`, adding it with `make` when it
/// is new.
fn intern<T>(
    names: &mut Vec<T>,
    by_key: &mut HashMap<String, usize>,
    key: String,
    make: impl FnOnce() -> T,
) -> usize {
    *by_key.entry(key).or_insert_with(|| {
        names.push(make());
        names.len() - 1
    })
}

impl<'a> Mentions<'a> {
    fn is_concept(key: Key) -> bool {
        match key {
            Key::Known(n) => entries()
                .get(usize::from(n))
                .is_some_and(|e| e.is_concept()),
            Key::Pattern(_) => false,
            Key::Term(_) => true,
        }
    }

    /// The lexicon entries mentioned, sorted: a document names a few dozen of the
    /// lexicon's thousands, so their slots are found by a binary search in this short list
    /// rather than kept in a table as long as the lexicon.
    fn known_entries(&self) -> Vec<u16> {
        let mut known: Vec<u16> = self
            .list
            .iter()
            .filter_map(|m| match m.key {
                Key::Known(n) => Some(n),
                Key::Pattern(_) | Key::Term(_) => None,
            })
            .collect();
        known.sort_unstable();
        known.dedup();
        known
    }

    fn finish(self) -> (Vec<Initiative<'a>>, Vec<Concept<'a>>) {
        let all = entries();
        // Each key's place among the initiatives or concepts, in order of first mention,
        // and its number of mentions.
        const NONE: u32 = u32::MAX;
        let known = self.known_entries();
        let known_at = |n| known.binary_search(&n).ok();
        let mut known_slot = vec![NONE; known.len()];
        let mut pattern_slot = vec![NONE; self.patterns.len()];
        let mut term_slot = vec![NONE; self.terms.len()];
        let mut order: Vec<Key> = Vec::new();
        let (mut i, mut c) = (0u32, 0u32);
        for m in &self.list {
            let slot = match m.key {
                Key::Known(n) => known_at(n).and_then(|k| known_slot.get_mut(k)),
                Key::Pattern(p) => pattern_slot.get_mut(p),
                Key::Term(t) => term_slot.get_mut(t),
            };
            let Some(slot) = slot else { continue };
            if *slot == NONE {
                let counter = if Self::is_concept(m.key) {
                    &mut c
                } else {
                    &mut i
                };
                *slot = *counter;
                *counter += 1;
                order.push(m.key);
            }
        }
        let slot_of = |key: Key| -> Option<usize> {
            let s = match key {
                Key::Known(n) => known_at(n).and_then(|k| known_slot.get(k)),
                Key::Pattern(p) => pattern_slot.get(p),
                Key::Term(t) => term_slot.get(t),
            };
            s.filter(|&&s| s != NONE).map(|&s| s as usize)
        };
        let mut counts_i = vec![0usize; i as usize];
        let mut counts_c = vec![0usize; c as usize];
        for m in &self.list {
            let counts = if Self::is_concept(m.key) {
                &mut counts_c
            } else {
                &mut counts_i
            };
            if let Some(n) = slot_of(m.key).and_then(|at| counts.get_mut(at)) {
                *n += 1;
            }
        }
        let mut initiatives = Vec::with_capacity(counts_i.len());
        let mut concepts = Vec::with_capacity(counts_c.len());
        let mut patterns: Vec<Option<PatternName<'a>>> =
            self.patterns.into_iter().map(Some).collect();
        let mut terms: Vec<Option<Cow<'a, str>>> = self.terms.into_iter().map(Some).collect();
        for key in order {
            // Every key in `order` has a slot: it was given one just before it was pushed.
            let Some(at) = slot_of(key) else { continue };
            let room = |counts: &[usize]| Vec::with_capacity(counts.get(at).copied().unwrap_or(0));
            match key {
                Key::Known(e) => {
                    let Some(entry) = all.get(usize::from(e)) else {
                        continue;
                    };
                    let zh = entry.zh.first().map(|z| Cow::Borrowed(*z));
                    match entry.kind {
                        EntryKind::Concept => concepts.push(Concept {
                            name: Cow::Borrowed(entry.name),
                            known: true,
                            zh,
                            mentions: room(&counts_c),
                        }),
                        EntryKind::Name(kind) => initiatives.push(Initiative {
                            name: Cow::Borrowed(entry.name),
                            acronym: entry.acronym.map(Cow::Borrowed),
                            kind,
                            zh,
                            known: true,
                            mentions: room(&counts_i),
                        }),
                    }
                }
                Key::Pattern(p) => {
                    let Some(found) = patterns.get_mut(p).and_then(Option::take) else {
                        continue;
                    };
                    initiatives.push(Initiative {
                        name: found.name,
                        acronym: found.acronym,
                        kind: found.kind,
                        zh: None,
                        known: false,
                        mentions: room(&counts_i),
                    });
                }
                Key::Term(t) => {
                    let Some(name) = terms.get_mut(t).and_then(Option::take) else {
                        continue;
                    };
                    concepts.push(Concept {
                        name,
                        known: false,
                        zh: None,
                        mentions: room(&counts_c),
                    });
                }
            }
        }
        for m in self.list {
            let Some(at) = slot_of(m.key) else { continue };
            if Self::is_concept(m.key) {
                if let Some(x) = concepts.get_mut(at) {
                    x.mentions.push(m.span);
                }
            } else if let Some(x) = initiatives.get_mut(at) {
                x.mentions.push(m.span);
            }
        }
        (initiatives, concepts)
    }
}

/// How near (in bytes, either side) another known name must be for an everyday phrase of
/// the lexicon to count: about a sentence of the genre (the reference document's sentences
/// average ~180 bytes), so that the phrase shares its sentence with a formulation. Bytes
/// are counted with every run of whitespace as one, so that line ends (LF or CRLF) and
/// spaces at the ends of lines do not move a phrase in or out of reach.
const NEAR: usize = 200;

/// `points` (offsets in `src`, sorted) as offsets in `src` with every run of ASCII
/// whitespace counted as one byte. Only the bytes that do not count are looked for: a
/// whitespace byte right after another one needs a line break, a tab, a form feed or two
/// spaces in a row, and fast searches find those; each point then subtracts how many such
/// bytes lie before it.
fn squeezed(src: &str, points: &[usize]) -> Vec<usize> {
    let bytes = src.as_bytes();
    let ws = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_whitespace);
    let mut extra: Vec<usize> = Vec::new();
    let consider = |i: usize, extra: &mut Vec<usize>| {
        if i > 0 && ws(i) && ws(i - 1) {
            extra.push(i);
        }
    };
    for p in
        memchr::memchr3_iter(b'\n', b'\r', b'\t', bytes).chain(memchr::memchr_iter(0x0C, bytes))
    {
        consider(p, &mut extra);
        consider(p + 1, &mut extra);
    }
    for p in super::text::DOUBLE_SPACE.find_iter(bytes) {
        // Every space of the run after the first (the search does not overlap its finds).
        let mut j = p + 1;
        while bytes.get(j) == Some(&b' ') {
            consider(j, &mut extra);
            j += 1;
        }
    }
    extra.sort_unstable();
    extra.dedup();
    points
        .iter()
        .map(|&p| {
            let p = p.min(bytes.len());
            p - extra.partition_point(|&e| e < p)
        })
        .collect()
}

/// Rule `ambiguous_form_signal`: a lexicon entry whose every mention is an everyday
/// phrase (`common development`, `connectivity`) counts only when one mention has a stronger
/// signal: between quote marks, capitalised inside a sentence (`the Common Prosperity
/// drive`), or within [`NEAR`] bytes of another known name that is not itself an everyday
/// phrase. Once one mention counts, they all do. `list` is sorted by start.
fn confirm_everyday_phrases<R: Recorder>(src: &str, list: &mut Vec<Mention>, rec: &mut R) {
    if !list.iter().any(|m| m.weak) {
        return;
    }
    // Every span's ends, as squeezed offsets (see [`NEAR`]).
    let mut points: Vec<usize> = list
        .iter()
        .flat_map(|m| [m.span.start, m.span.end])
        .collect();
    points.sort_unstable();
    points.dedup();
    let at = squeezed(src, &points);
    let squeeze = |p: usize| {
        // Every offset asked for is one of `points`.
        debug_assert!(points.binary_search(&p).is_ok(), "{p}");
        points
            .binary_search(&p)
            .ok()
            .and_then(|i| at.get(i).copied())
            .unwrap_or(p)
    };
    let strong: Vec<Span> = list
        .iter()
        // A longer name that holds a known one (`Boao Forum for Asia Annual Conference`)
        // is as strong as the name it replaced.
        .filter(|m| {
            !m.weak && (matches!(m.key, Key::Known(_)) || m.rule == RuleId::LongerNameByShape)
        })
        .map(|m| Span::new(squeeze(m.span.start), squeeze(m.span.end)))
        .collect();
    // The strong names are in order of start; the longest bounds how far back one can
    // start and still end within reach.
    let longest = strong.iter().map(|x| x.end - x.start).max().unwrap_or(0);
    let near_strong = |sp: Span| {
        let sp = Span::new(squeeze(sp.start), squeeze(sp.end));
        let from = strong.partition_point(|x| x.start + longest + NEAR < sp.start);
        strong
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|x| x.start < sp.end + NEAR)
            .any(|x| x.end + NEAR > sp.start)
    };
    // Per lexicon entry: whether one of its mentions counts (one flag an entry, so the
    // check stays linear in the mentions).
    let mut confirmed = vec![false; entries().len()];
    for m in list.iter() {
        let Key::Known(n) = m.key else { continue };
        if !m.weak || quoted(src, m.span) || capitalised_inside(src, m.span) || near_strong(m.span)
        {
            if let Some(c) = confirmed.get_mut(usize::from(n)) {
                *c = true;
            }
        }
    }
    list.retain(|m| {
        let keep = match m.key {
            Key::Known(n) => confirmed.get(usize::from(n)).copied().unwrap_or(true),
            _ => true,
        };
        if !keep {
            rec.decide(RuleId::AmbiguousFormSignal, m.span, Verdict::NotAName);
        }
        keep
    });
}

/// Whether a quote mark stands right before and right after `span`.
fn quoted(src: &str, span: Span) -> bool {
    let before = src.get(..span.start).and_then(|s| s.chars().next_back());
    let after = src.get(span.end..).and_then(|s| s.chars().next());
    let mark = |c: Option<char>| c.is_some_and(|c| is_quote(c) || matches!(c, '‘' | '’' | '\''));
    mark(before) && mark(after)
}

/// Whether `span` opens with a capital letter inside a sentence: after a word or a comma,
/// not at the start of a line or a sentence.
fn capitalised_inside(src: &str, span: Span) -> bool {
    let starts_upper = src
        .get(span.start..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_uppercase);
    let prev = src
        .get(..span.start)
        .and_then(|s| s.trim_end_matches([' ', '\t']).chars().next_back());
    starts_upper && prev.is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// Whether the text holds Chinese characters (their UTF-8 lead bytes are 0xE4 to 0xE9), so
/// that the scan for Chinese originals runs only on texts that can hold them.
fn has_cjk(bytes: &[u8]) -> bool {
    memchr::memchr3(0xE4, 0xE5, 0xE6, bytes).is_some()
        || memchr::memchr3(0xE7, 0xE8, 0xE9, bytes).is_some()
}

/// An acronym printed in parentheses right after a name: `Partnership for Global
/// Infrastructure Investment (PGII)`. Returns where the acronym is in `h`.
fn acronym_after(h: &str, end: usize) -> Option<(usize, usize)> {
    let rest = h.get(end..)?.strip_prefix(" (")?;
    let len = rest.find(')')?;
    let inner = rest.get(..len)?;
    let caps = inner.chars().filter(char::is_ascii_uppercase).count();
    let ok = (2..=10).contains(&inner.len())
        && caps >= 2
        && inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some((end + 2, end + 2 + len))
}

/// Rule `title_case_line`: a line of three or more words nearly all capitalised (a
/// headline or heading in title case, `Xi Calls for Stronger Global Partnership`) gives no
/// names by their shape: every word there looks like a name word. Lines over 160 bytes are
/// prose, not headings; so are lines that open in lower case (wrapped prose) or with a
/// dash or bullet (list items, which may be a name alone: `- Beijing Initiative on Green
/// Ports`).
fn in_title_case_line(src: &str, at: usize) -> bool {
    const MAX: usize = 160;
    let bytes = src.as_bytes();
    let from = at.saturating_sub(MAX);
    let start = bytes
        .get(from..at)
        .and_then(|b| memchr::memrchr(b'\n', b))
        .map(|i| from + i + 1);
    // The line's end: its last character before the line break (CR or LF) and any
    // spaces before the break, so that CRLF line ends and trailing spaces do not move it;
    // the window is searched a little further for the break itself.
    let to = (at + MAX + 8).min(bytes.len());
    let end = bytes
        .get(at..to)
        .and_then(|b| memchr::memchr2(b'\n', b'\r', b))
        .map(|i| at + i)
        .or((to == bytes.len()).then_some(to))
        .map(|e| {
            let line = bytes.get(at..e).unwrap_or_default();
            at + line.len()
                - line
                    .iter()
                    .rev()
                    .take_while(|b| matches!(b, b' ' | b'\t'))
                    .count()
        })
        .filter(|&e| e <= at + MAX);
    let (Some(start), Some(end)) = (start.or((from == 0).then_some(0)), end) else {
        return false;
    };
    let line = src.get(start..end).unwrap_or("");
    // A headline opens with a capital or a figure (after a markdown `#`); a line that
    // opens in lower case is wrapped prose, one that opens with a dash or bullet a list item.
    let opening = line.trim_start().trim_start_matches('#').trim_start();
    if !opening.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    let (mut words, mut capital) = (0, 0);
    for w in line.split_whitespace() {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || is_connector(w) || is_stop(w) {
            continue;
        }
        words += 1;
        capital += usize::from(w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    }
    words >= 3 && capital * 10 >= words * 9
}

/// Every initiative and concept mentioned in `src`: the lexicon's forms and the names by
/// their shape, in one walk over the matcher's hits; then the Chinese originals and the
/// counted names; then the check of everyday phrases, and the coined terms between quotes.
pub(crate) fn scan<'a, R: Recorder>(
    src: &'a str,
    normalise: bool,
    rec: &mut R,
) -> (Vec<Initiative<'a>>, Vec<Concept<'a>>) {
    let m = &*MATCHER;
    let norm = normalise.then(|| Normalised::new(src, |w| m.vocabulary.contains(w)));
    let h: &str = norm.as_ref().map_or(src, |n| n.text.as_str());
    let (hits, names) = sorted_hits(m, h);
    let (hits, quotes) = hits.split_at(names);
    let mut scan = Scan::new(src, h, norm.as_ref(), hits.len());
    for &(s, e, id) in hits {
        let Some(&pat) = m.pats.get(id) else { continue };
        match pat {
            Pat::Alias { entry: n, .. } | Pat::Acronym(n) => scan.lexicon_form(s, e, n, pat),
            Pat::Head { lower, of, kind } => scan.name_by_shape(s, e, lower, of, kind, rec),
            Pat::Quote => {}
        }
    }
    scan.add_chinese_forms(m);
    scan.add_counted_names();
    // In text order, for the checks below and then for the names' order.
    scan.found
        .list
        .sort_unstable_by_key(|m| (m.span.start, m.span.end));
    confirm_everyday_phrases(src, &mut scan.found.list, rec);
    if !quotes.is_empty() {
        scan.add_coined_terms(quotes);
    }
    scan.record(rec);
    scan.found.finish()
}

/// The matcher's hits in `h` that can be mentions, and where the quote marks among them
/// start: the names come first, in order of start, longest first; then the quote marks,
/// in order. A hit other than a quote mark counts only at word boundaries; an acronym only
/// in capitals; a head noun only capitalised (unless it may be in lower case) and not in
/// capitals throughout: `FIVE-YEAR PLAN` in an ALL-CAPS heading is not a name.
fn sorted_hits(m: &Matcher, h: &str) -> (Vec<Hit>, usize) {
    // Room for the matches of a text of the genre (the reference document has about one
    // in 85 bytes, quote marks and nested matches included, with the lexicon of
    // 2,566 entries), so that the vector is not grown and copied.
    let mut hits: Vec<Hit> = Vec::with_capacity(h.len() / 80 + 8);
    m.words.find_all(h.as_bytes(), &mut hits);
    hits.retain(|&(s, e, id)| {
        let text = h.get(s..e).unwrap_or("");
        // Quote marks are kept, for the coined terms between them.
        m.pats.get(id) == Some(&Pat::Quote)
            || boundary_ok(h, s, e)
                && match m.pats.get(id) {
                    // Capitals only.
                    Some(Pat::Acronym(_)) => m.texts.get(id).is_some_and(|t| t == text),
                    // `FIVE-YEAR PLAN` in an ALL-CAPS heading is not a name.
                    Some(&Pat::Head { lower, .. }) => {
                        (lower || text.starts_with(char::is_uppercase))
                            && text.contains(char::is_lowercase)
                    }
                    Some(Pat::Alias { .. }) => true,
                    Some(Pat::Quote) | None => false,
                }
    });
    // Names in order of start, longest first; then the quote marks, in order.
    let is_quote_mark = |hit: &Hit| m.pats.get(hit.2) == Some(&Pat::Quote);
    hits.sort_unstable_by(|a, b| {
        is_quote_mark(a)
            .cmp(&is_quote_mark(b))
            .then(a.0.cmp(&b.0))
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
    });
    let names = hits.partition_point(|hit| !is_quote_mark(hit));
    (hits, names)
}

/// One scan of a text: the text, the mentions found so far, and where the last ones end.
struct Scan<'a, 'h> {
    /// The input.
    src: &'a str,
    /// The text scanned: the input, or its whitespace-normalised copy.
    h: &'h str,
    /// The copy, when `h` is one: the way back to the input's offsets.
    norm: Option<&'h Normalised>,
    found: Mentions<'a>,
    /// The index in `found.patterns` of each name found by pattern, by its lower-cased text.
    by_name: HashMap<String, usize>,
    /// Leftmost-longest per kind: where the last known initiative, concept and pattern
    /// name end, in `h`.
    known_end: usize,
    concept_end: usize,
    pattern_end: usize,
    /// The last known initiative mention: (entry, its index in the mentions, start and end
    /// in `h`).
    last_known: Option<(u16, usize, usize, usize)>,
}

impl<'a, 'h> Scan<'a, 'h> {
    /// A scan of `h` (`src` itself, or `norm`'s text), with room for `mentions` mentions.
    fn new(src: &'a str, h: &'h str, norm: Option<&'h Normalised>, mentions: usize) -> Self {
        Scan {
            src,
            h,
            norm,
            found: Mentions {
                list: Vec::with_capacity(mentions),
                patterns: Vec::new(),
                terms: Vec::new(),
            },
            by_name: HashMap::new(),
            known_end: 0,
            concept_end: 0,
            pattern_end: 0,
            last_known: None,
        }
    }

    /// An offset in `h` as an offset in the input.
    fn to_src(&self, p: usize) -> usize {
        self.norm.map_or(p, |n| n.original(p))
    }

    /// The text of `h` from `a` to `b` as a name: borrowed from the input when `h` is the
    /// input.
    fn text_of(&self, a: usize, b: usize) -> Cow<'a, str> {
        match self.norm {
            None => Cow::Borrowed(self.src.get(a..b).unwrap_or("")),
            Some(_) => Cow::Owned(self.h.get(a..b).unwrap_or("").to_owned()),
        }
    }

    /// The index of the name found by pattern (or between quotes) `name` in
    /// `found.patterns`, added with its kind and acronym when it is new: names are one when
    /// their lower-cased texts are.
    fn pattern_index(
        &mut self,
        name: Cow<'a, str>,
        kind: NameKind,
        acronym: Option<Cow<'a, str>>,
    ) -> usize {
        intern(
            &mut self.found.patterns,
            &mut self.by_name,
            name.to_lowercase(),
            || PatternName {
                name,
                kind,
                acronym,
            },
        )
    }

    /// Rule `lexicon_form`, for a form (`pat`, an alias or an acronym) of lexicon entry `n`
    /// at `s..e` in `h`: a mention of the entry unless an earlier mention of the same sort
    /// (a named thing, or a formulation) reaches past `s`: leftmost-longest, for each sort
    /// apart. An acronym in brackets right after its entry's name is part of that mention
    /// (`Regional Comprehensive Economic Partnership (RCEP)`).
    fn lexicon_form(&mut self, s: usize, e: usize, n: u16, pat: Pat) {
        let h = self.h;
        let concept = entries()
            .get(usize::from(n))
            .is_some_and(|x| x.is_concept());
        let cursor = if concept {
            &mut self.concept_end
        } else {
            &mut self.known_end
        };
        if s < *cursor {
            return;
        }
        if let Pat::Acronym(_) = pat {
            // `Regional Comprehensive Economic Partnership (RCEP)`: one mention.
            let just_named = self.last_known.is_some_and(|(ln, _, _, le)| {
                ln == n && h.get(le..s).is_some_and(|gap| gap.trim() == "(")
            });
            if just_named {
                return;
            }
        }
        *cursor = e;
        if !concept {
            self.last_known = Some((n, self.found.list.len(), s, e));
        }
        let span = Span::new(self.to_src(s), self.to_src(e));
        self.found.list.push(Mention {
            key: Key::Known(n),
            span,
            weak: matches!(pat, Pat::Alias { weak: true, .. }),
            rule: RuleId::LexiconForm,
        });
    }

    /// Rule `name_by_shape`, for a head noun at `s..e` in `h` (`kind` the kind of names it
    /// ends; `lower` when it may be in lower case; `of` when it needs name words before it
    /// and an `of` phrase after it, `China-ASEAN Year of ...`, not `New Year of`): the name
    /// words before it (see [`walk_back`]) and a year or a `for` / `of` phrase after it
    /// (see [`walk_forward`]) are a name the lexicon does not know, unless a name found so
    /// far holds the head. A capitalised head with no name words before it starts the name
    /// itself when words run on after it; one that may be in lower case, right after a
    /// known name, extends that name instead (see [`Self::extend_known`]). Rule
    /// `longer_name_by_shape`: a head that ends the last known name makes a longer name
    /// that replaces that mention. Rule `title_case_line`: either is no name in a title-case
    /// line (see [`in_title_case_line`]).
    fn name_by_shape<R: Recorder>(
        &mut self,
        s: usize,
        e: usize,
        lower: bool,
        of: bool,
        kind: NameKind,
        rec: &mut R,
    ) {
        let h = self.h;
        if s < self.pattern_end {
            return;
        }
        // Rule `longer_name_by_shape`: the head that ends a known name (`Plan` in
        // `14th Five-Year Plan`) starts a name by shape only when the words after
        // it run the name on (`... Plan (2021-2025) for National Economic and
        // Social Development`); the longer name is then the mention.
        let mut replaces = None;
        if s < self.known_end {
            match self.last_known {
                Some((_, at, ks, ke)) if ks <= s && e == ke => replaces = Some((at, ks)),
                _ => return,
            }
        }
        let start = match replaces {
            Some((_, ks)) => Some(walk_back(h, ks, self.pattern_end).map_or(ks, |st| st.min(ks))),
            None => walk_back(h, s, self.known_end.max(self.pattern_end)),
        };
        let (end, range) = walk_forward(h, e);
        // A year range alone (`(2021-25)`) does not run the name on.
        if replaces.is_some() && end <= range.map_or(e, |(_, b)| b) {
            return;
        }
        if of {
            let before = h.get(..s).unwrap_or("");
            let new_year = before.ends_with("New ") || before.ends_with("new ");
            let then_of = h.get(e..).is_some_and(|a| a.starts_with(" of "));
            if new_year || !then_of || start.is_none() || end <= e + 4 {
                return;
            }
        }
        // A capitalised known name one space before the name words (`Belt and Road` in
        // `Belt and Road Studies Network`) opens the name, which replaces its mention.
        let glued = replaces.is_none();
        if glued {
            replaces = match (start, self.last_known) {
                (Some(st), Some((_, at, ks, ke)))
                    if h.get(ke..st) == Some(" ")
                        && h.get(ks..)
                            .is_some_and(|k| k.starts_with(char::is_uppercase)) =>
                {
                    Some((at, ks))
                }
                _ => None,
            };
        }
        let start = match replaces {
            Some((_, ks)) if glued => Some(ks),
            _ => start,
        };
        let name_start = match start {
            Some(st) => st,
            None => {
                if lower && self.extend_known(s, e) {
                    return;
                }
                if end > e && !text_is_lower(h, s) {
                    s
                } else {
                    return;
                }
            }
        };
        if in_title_case_line(self.src, self.to_src(s)) {
            rec.decide(
                RuleId::TitleCaseLine,
                Span::new(self.to_src(name_start), self.to_src(end)),
                Verdict::NotAName,
            );
            return;
        }
        if office_of_a_title(self.h, name_start) {
            rec.decide(
                RuleId::OfficeOfATitle,
                Span::new(self.to_src(name_start), self.to_src(end)),
                Verdict::NotAName,
            );
            return;
        }
        // Whether the known name replaced was an everyday phrase's form: the longer name
        // is no stronger a signal than it was.
        let mut weak = false;
        if let Some((at, _)) = replaces {
            // The known name's mention gives way to the longer name holding it.
            if at < self.found.list.len() {
                weak = self.found.list.remove(at).weak;
            }
            self.last_known = None;
            self.known_end = end;
        }
        self.pattern_end = end;
        // A name whose capitalised words run on to another head noun takes that noun's
        // kind (`Delta Dialogue Mechanism` is a mechanism); an `of` phrase does not
        // (`Ministerial Meeting of the Group of Friends ... Initiative` is a meeting).
        let kind = match h.get(e..end) {
            Some(after) if !after.split(' ').any(|w| w.starts_with(char::is_lowercase)) => {
                after.rsplit(' ').next().and_then(head_kind).unwrap_or(kind)
            }
            _ => kind,
        };
        let rule = if replaces.is_some() {
            RuleId::LongerNameByShape
        } else {
            RuleId::NameByShape
        };
        self.push_shape_name(name_start, end, range, kind, rule);
        if let Some(m) = self.found.list.last_mut() {
            m.weak = weak;
        }
    }

    /// `Peaceful China initiative`: a head noun that may be in lower case, with no name
    /// words of its own, one space after the last known name, extends that name's mention
    /// to its end `e`. Returns whether the head follows the known name so (the head is then
    /// no name of its own).
    fn extend_known(&mut self, s: usize, e: usize) -> bool {
        let h = self.h;
        let glued = self
            .last_known
            .filter(|&(_, _, _, le)| h.get(le..s).is_some_and(|gap| gap == " "));
        let Some((_, at, _, _)) = glued else {
            return false;
        };
        let end = self.to_src(e);
        if let Some(m) = self.found.list.get_mut(at) {
            m.span.end = end;
            self.known_end = e;
        }
        true
    }

    /// Records a name by shape found by `rule` at `start..end` in `h`: its text leaves out
    /// a year `range` (`14th Five-Year Plan (2021-25)`), and an acronym in brackets right
    /// after it is its acronym.
    fn push_shape_name(
        &mut self,
        start: usize,
        end: usize,
        range: Option<(usize, usize)>,
        kind: NameKind,
        rule: RuleId,
    ) {
        let h = self.h;
        let span = Span::new(self.to_src(start), self.to_src(end));
        // The name leaves out a year range: `14th Five-Year Plan (2021-25)`.
        let name: Cow<'a, str> = match range {
            Some((a, b)) => Cow::Owned(format!(
                "{}{}",
                h.get(start..a).unwrap_or(""),
                h.get(b..end).unwrap_or("")
            )),
            None => self.text_of(start, end),
        };
        let acronym = acronym_after(h, end).map(|(a, b)| self.text_of(a, b));
        let idx = self.pattern_index(name, kind, acronym);
        self.found.list.push(Mention {
            key: Key::Pattern(idx),
            span,
            weak: false,
            rule,
        });
    }

    /// Rule `lexicon_form`, for the Chinese originals of the lexicon's entries: each
    /// leftmost-longest match is a mention. Looked for only in texts that hold Chinese
    /// characters.
    fn add_chinese_forms(&mut self, m: &Matcher) {
        if !has_cjk(self.h.as_bytes()) {
            return;
        }
        let Some(zh) = &m.zh else { return };
        for hit in zh.find_iter(self.h) {
            let Some(&n) = m.zh_entries.get(hit.pattern().as_usize()) else {
                continue;
            };
            let span = Span::new(self.to_src(hit.start()), self.to_src(hit.end()));
            self.found.list.push(Mention {
                key: Key::Known(n),
                span,
                weak: false,
                rule: RuleId::LexiconForm,
            });
        }
    }

    /// Rule `counted_name` (see [`counted_names`]): each counted name that no mention found
    /// so far overlaps is a name found by pattern.
    fn add_counted_names(&mut self) {
        for (s, e, kind) in counted_names(self.h) {
            let span = Span::new(self.to_src(s), self.to_src(e));
            // A name the lexicon or a head noun already gives (`Five-Point Plan for ...`).
            if self
                .found
                .list
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end)
            {
                continue;
            }
            let name = self.text_of(s, e);
            let idx = self.pattern_index(name, kind, None);
            self.found.list.push(Mention {
                key: Key::Pattern(idx),
                span,
                weak: false,
                rule: RuleId::CountedName,
            });
        }
    }

    /// Rule `coined_term` (see [`quoted_terms`]): each coined term between the quote marks
    /// `quotes` is a concept of its own, or a name found by pattern when it names a thing.
    /// The mentions, sorted before, are sorted again with the terms among them.
    fn add_coined_terms(&mut self, quotes: &[Hit]) {
        let terms = quoted_terms(
            self.h,
            self.src,
            &|p| self.to_src(p),
            quotes,
            &self.found.list,
        );
        let mut by_term: HashMap<String, usize> = HashMap::new();
        for term in terms {
            let span = Span::new(self.to_src(term.start), self.to_src(term.end));
            let name = self.text_of(term.start, term.end);
            let key = match term.kind {
                Some(kind) => Key::Pattern(self.pattern_index(name, kind, None)),
                None => Key::Term(intern(
                    &mut self.found.terms,
                    &mut by_term,
                    name.to_lowercase(),
                    || name,
                )),
            };
            self.found.list.push(Mention {
                key,
                span,
                weak: false,
                rule: RuleId::CoinedTerm,
            });
        }
        // Each name's mentions, and the names themselves, in text order.
        self.found
            .list
            .sort_unstable_by_key(|m| (m.span.start, m.span.end));
    }

    /// The decision on each mention, in order, for the record: the rule that found it
    /// (rule `ambiguous_form_signal` for an everyday phrase its signal let through) and
    /// what it names. Nothing is looked up when the recorder keeps nothing.
    fn record<R: Recorder>(&self, rec: &mut R) {
        for m in self.found.list.iter().filter(|_| R::KEEPS) {
            let verdict = match m.key {
                Key::Known(n) => match entries().get(usize::from(n)).map(|e| e.kind) {
                    Some(EntryKind::Name(kind)) => Verdict::Name(kind),
                    _ => Verdict::Concept,
                },
                Key::Pattern(i) => self
                    .found
                    .patterns
                    .get(i)
                    .map_or(Verdict::Concept, |p| Verdict::Name(p.kind)),
                Key::Term(_) => Verdict::Concept,
            };
            // An everyday phrase that counts was let through by its own rule.
            let rule = if m.weak {
                RuleId::AmbiguousFormSignal
            } else {
                m.rule
            };
            rec.decide(rule, m.span, verdict);
        }
    }
}

/// Rule `counted_name`: a count, a hyphen and a unit (`point`, `pillar`, `pronged`,
/// `step`), then at most two more words ending in one of the genre's nouns for a plan or a
/// proposal, name one, in lower case as in capitals: `eight-point proposal`, `Five-Point
/// Consensus`, `12-point position paper`, `two-pillar solution`. An `of` / `for` phrase of
/// name words runs on (`7-point proposal of the Provisional Revolutionary Government`).
/// Counts of other things are not names (`a two-point lead`, `a 1.5-point rise`, `a
/// three-step process`): the count is a whole word and the last word one of the nouns.
/// Returns `(start, end, kind)` in `h`, in text order.
fn counted_names(h: &str) -> Vec<(usize, usize, NameKind)> {
    let mut out = Vec::new();
    for dash in memchr::memchr_iter(b'-', h.as_bytes()) {
        let (Some(before), Some(after)) = (h.get(..dash), h.get(dash + 1..)) else {
            continue;
        };
        let unit = COUNT_UNITS.iter().find(|u| {
            after
                .get(..u.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(u))
                && after.get(u.len()..).is_some_and(|r| r.starts_with(' '))
        });
        let Some(unit) = unit else { continue };
        // The count: the whole word before the hyphen, after a space, a quote or an
        // opening bracket (not `1.5`).
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let opens = h.get(..start).and_then(|b| b.chars().next_back());
        if !opens.is_none_or(|c| is_space(c) || is_quote(c) || c == '(' || c == '\n') {
            continue;
        }
        let whole = |r: Result<(&str, u32), _>| matches!(r, Ok(("", n)) if n > 0);
        if !whole(count_number(h.get(start..dash).unwrap_or(""))) {
            continue;
        }
        // Up to three words after the unit; the last one the head noun.
        let mut pos = dash + 1 + unit.len();
        let mut head = None;
        for _ in 0..3 {
            let rest = h.get(pos + 1..).unwrap_or("");
            let len = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            let word = rest.get(..len).unwrap_or("");
            if word.is_empty() || is_stop(word) || is_connector(word) {
                break;
            }
            pos += 1 + len;
            if let Some(&(_, kind)) = COUNTED_HEADS
                .iter()
                .find(|(w, _)| w.eq_ignore_ascii_case(word))
            {
                // A whole word: not `plan-like`.
                let joined = h
                    .get(pos..)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric() || c == '-'));
                if !joined {
                    head = Some((pos, kind));
                }
                break;
            }
            if !h.get(pos..).is_some_and(|r| r.starts_with(' ')) {
                break;
            }
        }
        let Some((end, kind)) = head else { continue };
        let end = match walk_forward(h, end) {
            (e, None) => e,
            (_, Some(_)) => end,
        };
        out.push((start, end, kind));
    }
    out
}

/// A coined term between quotes: where it is in `h`, and the kind of named thing it is
/// when it names one rather than a concept.
struct Term {
    start: usize,
    end: usize,
    kind: Option<NameKind>,
}

/// Most words in a coined term between quotes.
const TERM_WORDS: usize = 5;

/// Whether the text between two quote marks reads as a coined term: two to five plain
/// words (or one hyphenated word), no sentence punctuation, no verb, not opening with an
/// article, a pronoun or a degree adverb.
fn is_term(inner: &str) -> bool {
    if inner.is_empty() || inner.len() > 60 || inner.trim() != inner {
        return false;
    }
    if !inner
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '’' | '&' | ',' | '+'))
    {
        return false;
    }
    // A series of short parts set apart by commas is one formulation (`"One Priority, Two
    // Highs"`, `"innovative, coordinated, green, open and shared"`): each part of one to
    // three words, all opening in the same case, eight words in all; a comma anywhere
    // else makes a clause, and parts in mixed case a quoted headline (`"Xi, Lula hold
    // talks, elevate ties"`).
    let series = inner.contains(',');
    if series {
        let upper = inner.starts_with(char::is_uppercase);
        let parts = inner.split(", ");
        if !parts.clone().all(|p| {
            !p.is_empty()
                && !p.contains(',')
                && !super::text::more_words_than(p, 3)
                && p.starts_with(char::is_uppercase) == upper
        }) {
            return false;
        }
        // Counted parts (`One Priority, Two Highs`, `one China, two governments`), or
        // three parts or more (`innovative, coordinated, green, open and shared`): a
        // description of two (`"up, then down"`, `"big, busy and noisy"`) or a quoted
        // headline is none.
        let counted_part = |p: &str| {
            counted(p)
                || p.split(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("one"))
        };
        if !(parts.clone().all(counted_part) || parts.count() >= 3) {
            return false;
        }
    }
    // `+` joins two parts of a code (`1+N`, `5+2`); after a grade (`AA+`) it makes none.
    if inner.contains('+')
        && inner
            .split('+')
            .any(|p| !(p.starts_with(char::is_alphanumeric) && p.ends_with(char::is_alphanumeric)))
    {
        return false;
    }
    let mut words = 0;
    for (k, w) in inner.split(' ').enumerate() {
        let w = w.strip_suffix(',').unwrap_or(w);
        if w.is_empty() || is_in(VERBS, w) {
            return false;
        }
        if k == 0 && (is_stop(w) || is_in(NOT_FIRST, w)) {
            return false;
        }
        words += 1;
    }
    let most = if series { SERIES_WORDS } else { TERM_WORDS };
    words <= most && (words >= 2 || inner.contains('-') || inner.contains('+'))
}

/// Most words in a coined term whose parts are set apart by commas.
const SERIES_WORDS: usize = 8;

/// The coined terms between pairs of quote marks (`quotes` holds every quote mark in `h`,
/// in order). A pair must open and close in one paragraph, inside a sentence (a quoted
/// heading is not a term), and hold a term no name found so far covers. A lowercase initiative noun right after the closing mark (`policy`, `summer
/// camp`) makes the term an initiative that runs to that noun; so does a head noun of
/// initiative names at its end (`"Silk Road"`).
///
/// `h` is the text scanned, `src` the input and `to_src` the way from one to the other:
/// lines are judged in the input, where a heading is still on its own line. `taken` holds
/// the mentions found so far, sorted by start.
fn quoted_terms(
    h: &str,
    src: &str,
    to_src: &dyn Fn(usize) -> usize,
    quotes: &[Hit],
    taken: &[Mention],
) -> Vec<Term> {
    // `taken` is sorted by start, and the pairs come in text order: one walk over it,
    // keeping the furthest end of the mentions that start before a pair's end, tells
    // whether a pair overlaps a mention.
    let mut next = 0;
    let mut far = 0;
    let mut overlaps = |a: usize, b: usize| {
        while let Some(m) = taken.get(next).filter(|m| m.span.start < b) {
            far = far.max(m.span.end);
            next += 1;
        }
        far > a
    };
    let mut out = Vec::new();
    let mut i = 0;
    while let (Some(&(open, _, _)), Some(&(close, _, _))) = (quotes.get(i), quotes.get(i + 1)) {
        let oc = h.get(open..).and_then(|t| t.chars().next()).unwrap_or(' ');
        let cc = h.get(close..).and_then(|t| t.chars().next()).unwrap_or(' ');
        let start = open + oc.len_utf8();
        let end = close;
        let after = close + cc.len_utf8();
        // `”` cannot open, `“` cannot close; a straight mark before a space closes.
        let opens = oc != '”'
            && !h
                .get(start..)
                .is_some_and(|t| t.starts_with(|c: char| c.is_whitespace()));
        if !opens || cc == '“' {
            i += 1;
            continue;
        }
        let inner = h.get(start..end).unwrap_or("");
        if inner.len() > 60 || inner.contains('\n') {
            i += 1;
            continue;
        }
        i += 2;
        // What comes before the mark on its line, past spaces and markup; the walk stops
        // at the first other character, so it stays short.
        let before = src.get(..to_src(open)).unwrap_or("");
        let prev = before.chars().rev().find(|&c| {
            !(c.is_whitespace() && c != '\n' && c != '\r' || matches!(c, '*' | '#' | '>'))
        });
        // A line break of wrapped text inside a sentence (the line before is a long one
        // that ends in a lower-case word or a comma, and the sentence runs on after the
        // term: `replacing a "flood irrigation" approach with` / `"drip irrigation" that
        // ...`) does not open a line.
        let runs_on = h
            .get(after..)
            .and_then(|t| t.strip_prefix(' '))
            .is_some_and(|t| t.starts_with(char::is_lowercase));
        let wrapped = || {
            let line_end = before.trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
            line_end.strip_suffix('\n').is_some_and(|above| {
                let above = above.trim_end_matches([' ', '\t', '\r']);
                let line = above.rsplit('\n').next().unwrap_or(above);
                line.len() >= 40 && line.ends_with(|c: char| c.is_lowercase() || c == ',')
            })
        };
        let inside_sentence = prev.is_some_and(|c| c != '\n' && c != '\r') || runs_on && wrapped();
        let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if !inside_sentence
            || glued(before.chars().next_back())
            || glued(h.get(after..).and_then(|t| t.chars().next()))
            || !is_term(inner)
            || overlaps(to_src(start), to_src(end))
        {
            continue;
        }
        // `“Opening-Up” policy`: up to two lowercase words, then an initiative noun.
        let mut pos = after;
        let mut head_end = None;
        for words in 0..3 {
            let Some(t) = h.get(pos..).and_then(|t| t.strip_prefix(' ')) else {
                break;
            };
            let len = t
                .find(|c: char| !(c.is_ascii_lowercase() || c == '-'))
                .unwrap_or(t.len());
            let word = t.get(..len).unwrap_or("");
            if word.is_empty() || is_connector(word) || is_stop(word) {
                break;
            }
            pos += 1 + len;
            // A plural head makes a programme of a counted term right before it (`"two
            // new" initiatives`, the 两新); after other words or a term that counts
            // nothing (`"small yet smart" livelihood projects`) the term is the
            // formulation.
            let plural = matches!(word, "projects" | "initiatives");
            if let Some(&(_, kind)) = QUOTED_HEADS.iter().find(|(w, _)| *w == word) {
                if !plural || words == 0 && counted(inner) {
                    head_end = Some((pos, kind));
                }
                break;
            }
        }
        out.push(match head_end {
            Some((e, kind)) => Term {
                start: open,
                end: e,
                kind: Some(kind),
            },
            // `"Silk Road"`: a quoted name that ends in a head noun.
            None => Term {
                start,
                end,
                kind: inner.rsplit(' ').next().and_then(head_kind),
            },
        });
    }
    out
}

/// Whether a quoted term opens with a count (`two new`, `1310`).
fn counted(term: &str) -> bool {
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let first = term.split(' ').next().unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_digit())
        || COUNTS.iter().any(|c| first.eq_ignore_ascii_case(c))
}

fn text_is_lower(h: &str, at: usize) -> bool {
    h.get(at..)
        .is_some_and(|t| t.starts_with(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    type Found<'s> = (
        Vec<(String, bool, Vec<&'s str>)>,
        Vec<(String, Vec<&'s str>)>,
    );

    fn names(src: &str) -> Found<'_> {
        let irregular = src.contains('\n') || src.contains("  ") || src.contains('\u{a0}');
        let (i, c) = scan(src, irregular, &mut ());
        (
            i.iter()
                .map(|i| {
                    (
                        i.name.to_string(),
                        i.known,
                        i.mentions
                            .iter()
                            .map(|m| src.get(m.range()).unwrap_or("?"))
                            .collect(),
                    )
                })
                .collect(),
            c.iter()
                .map(|c| {
                    (
                        c.name.to_string(),
                        c.mentions
                            .iter()
                            .map(|m| src.get(m.range()).unwrap_or("?"))
                            .collect(),
                    )
                })
                .collect(),
        )
    }

    /// `(name, kind, known)` of each named thing in `src`.
    fn kinds(src: &str) -> Vec<(String, NameKind, bool)> {
        let (i, _) = scan(src, src.contains('\n'), &mut ());
        i.iter()
            .map(|i| (i.name.to_string(), i.kind, i.known))
            .collect()
    }

    #[test]
    fn names_by_shape_take_the_kind_of_their_head() {
        use NameKind as K;
        let got = kinds(
            "Officials cited the Rural Roads Law, the Maritime Traffic Safety Code and the Export Licensing Regulations. \
             They welcomed the Lagoon Convention on Mercury, the Lijiang Declaration and the Global Ocean Framework. \
             Delegates met at the Tianjin Green Finance Summit, the Mekong Youth Forum and the Shenzhen Science Conference. \
             They launched the Blue Carbon Fund, the Jakarta Logistics Facility, the Hainan Training Centre, \
             the Pacific Water Strategy and the Andes Digital Partnership.",
        );
        let want: Vec<(String, NameKind, bool)> = [
            ("Rural Roads Law", K::Law),
            ("Maritime Traffic Safety Code", K::Law),
            ("Export Licensing Regulations", K::Law),
            ("Lagoon Convention on Mercury", K::Agreement),
            ("Lijiang Declaration", K::Agreement),
            ("Global Ocean Framework", K::Plan),
            ("Tianjin Green Finance Summit", K::Meeting),
            ("Mekong Youth Forum", K::Meeting),
            ("Shenzhen Science Conference", K::Meeting),
            ("Blue Carbon Fund", K::Organisation),
            ("Jakarta Logistics Facility", K::Organisation),
            ("Hainan Training Centre", K::Organisation),
            ("Pacific Water Strategy", K::Strategy),
            ("Andes Digital Partnership", K::Agreement),
        ]
        .iter()
        .map(|&(n, k)| (n.to_owned(), k, false))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn statements_consensuses_platforms_and_clubs_are_names_by_shape() {
        use NameKind as K;
        let got = kinds(
            "The ministers adopted the Lisbon Joint Statement and recalled the Andean Consensus. \
             They set up the Coordination Platform on Export Controls, the Delta Dialogue Mechanism \
             and the Open Ports Club, and joined the Clean Grid Partnerships (CGPs).",
        );
        let want: Vec<(String, NameKind, bool)> = [
            ("Lisbon Joint Statement", K::Agreement),
            ("Andean Consensus", K::Agreement),
            ("Coordination Platform on Export Controls", K::Organisation),
            ("Delta Dialogue Mechanism", K::Organisation),
            ("Open Ports Club", K::Organisation),
            ("Clean Grid Partnerships", K::Agreement),
        ]
        .iter()
        .map(|&(n, k)| (n.to_owned(), k, false))
        .collect();
        assert_eq!(got, want);
        // In lower case these are common nouns.
        assert_eq!(
            kinds("They reached a broad consensus on a statement and a platform for a club."),
            vec![]
        );
    }

    #[test]
    fn dialogues_meetings_networks_associations_and_leagues_are_names_by_shape() {
        use NameKind as K;
        let got = kinds(
            "Ministers met at the High-level Dialogue on River Basins and the Delta Ministerial \
             Meeting, and launched the Basin Knowledge Network, the River Ports Association \
             and the Delta League of Museums.",
        );
        let want: Vec<(String, NameKind, bool)> = [
            ("High-level Dialogue on River Basins", K::Meeting),
            ("Delta Ministerial Meeting", K::Meeting),
            ("Basin Knowledge Network", K::Organisation),
            ("River Ports Association", K::Organisation),
            ("Delta League of Museums", K::Organisation),
        ]
        .iter()
        .map(|&(n, k)| (n.to_owned(), k, false))
        .collect();
        assert_eq!(got, want);
        // In lower case, or with no name words before them, these are common nouns.
        assert_eq!(
            kinds(
                "The meeting held a dialogue with the network and the association. The Meeting ended."
            ),
            vec![]
        );
    }

    #[test]
    fn a_name_by_shape_right_after_a_capitalised_known_name_holds_it() {
        let got = |src| {
            let (i, _) = names(src);
            i.into_iter().map(|(n, _, _)| n).collect::<Vec<_>>()
        };
        // Rule `longer_name_by_shape`: the known name opens the name.
        assert_eq!(
            got("They joined the Belt and Road Studies Network in May."),
            ["Belt and Road Studies Network"]
        );
        // Not across a comma or another word in lower case.
        assert_eq!(
            got("They joined the Belt and Road, Studies Network and more."),
            ["Belt and Road Initiative", "Studies Network"]
        );
        assert_eq!(
            got("The Belt and Road with its Studies Network grew."),
            ["Belt and Road Initiative", "Studies Network"]
        );
    }

    #[test]
    fn counted_names_in_lower_case_and_in_capitals() {
        use NameKind as K;
        let got = kinds(
            "The side reiterated its eight-point proposal and the 7-point proposal of the \
             Riverside Provisional Council. Both welcomed the Five-Point Accord Consensus, a \
             12-point position paper and the two-pillar solution.",
        );
        let want: Vec<(String, NameKind, bool)> = [
            ("eight-point proposal", K::Initiative),
            (
                "7-point proposal of the Riverside Provisional Council",
                K::Initiative,
            ),
            ("Five-Point Accord Consensus", K::Agreement),
            ("12-point position paper", K::Plan),
            ("two-pillar solution", K::Plan),
        ]
        .iter()
        .map(|&(n, k)| (n.to_owned(), k, false))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn counts_of_other_things_are_not_counted_names() {
        assert_eq!(
            kinds(
                "The team took a two-point lead after a 1.5-point rise in a three-step process. \
                 A ten-point plan-like list is no name either; nor is the first-point proposal."
            ),
            vec![]
        );
    }

    #[test]
    fn known_names_take_their_kind_from_the_lexicon() {
        use NameKind as K;
        let got = kinds(
            "The State Council, the Paris Agreement, the 14th Five-Year Plan, the Civil Code, the Boao Forum for Asia and the Belt and Road Initiative.",
        );
        let names: Vec<(&str, NameKind)> = got.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
        assert_eq!(
            names,
            [
                ("State Council", K::Organisation),
                ("Paris Agreement", K::Agreement),
                ("14th Five-Year Plan", K::Plan),
                ("Civil Code", K::Law),
                ("Boao Forum for Asia", K::Meeting),
                ("Belt and Road Initiative", K::Initiative),
            ]
        );
        assert!(got.iter().all(|(_, _, known)| *known));
    }

    #[test]
    fn a_name_does_not_run_into_a_date_a_footnote_or_a_headline() {
        let got: Vec<String> = kinds(
            "Xi spoke at the Lisbon Youth Forum on Nov. 12 and the Harbin Summit on May 19-21, \
             praising the Green Roads Initiative,3 which grew.",
        )
        .into_iter()
        .map(|k| k.0)
        .collect();
        assert_eq!(
            got,
            [
                "Lisbon Youth Forum",
                "Harbin Summit",
                "Green Roads Initiative"
            ]
        );
        // A title-case headline: every word looks like a name word.
        assert_eq!(
            kinds(
                "Xi Calls for Stronger Global Partnership in Landmark Speech\n\nThe speech was long.\n"
            ),
            []
        );
        // The same words in a sentence do make a name.
        assert_eq!(
            kinds("He backed the Stronger Global Partnership last year.").len(),
            1
        );
    }

    #[test]
    fn an_acronym_after_a_name_by_shape_is_its_acronym() {
        let (i, _) = scan(
            "They set up the Partnership for Ocean Data Exchange (PODE) and the Tianjin Forum (held yearly).",
            false,
            &mut (),
        );
        let got: Vec<(&str, Option<&str>)> = i
            .iter()
            .map(|i| (i.name.as_ref(), i.acronym.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Partnership for Ocean Data Exchange", Some("PODE")),
                ("Tianjin Forum", None)
            ]
        );
    }

    #[test]
    fn chinese_originals_are_mentions_of_the_canonical_name() {
        let src = "中方提出全球发展倡议。The Global Development Initiative (全球发展倡议) builds a community with a shared future for humanity, 人类命运共同体.";
        let (i, c) = scan(src, false, &mut ());
        let gdi = i.first().unwrap();
        assert_eq!(gdi.name, "Global Development Initiative");
        assert_eq!(gdi.zh.as_deref(), Some("全球发展倡议"));
        let texts: Vec<&str> = gdi.mentions.iter().map(|m| &src[m.range()]).collect();
        assert_eq!(
            texts,
            [
                "全球发展倡议",
                "Global Development Initiative",
                "全球发展倡议"
            ]
        );
        let cn = c.first().unwrap();
        assert_eq!(cn.name, "community with a shared future for mankind");
        assert_eq!(cn.zh.as_deref(), Some("人类命运共同体"));
        let texts: Vec<&str> = cn.mentions.iter().map(|m| &src[m.range()]).collect();
        assert_eq!(
            texts,
            [
                "community with a shared future for humanity",
                "人类命运共同体"
            ]
        );
        // English text pays nothing for the Chinese scan, and finds no Chinese names.
        assert!(!has_cjk(crate::REFERENCE_DOCUMENT.as_bytes()));
    }

    #[test]
    fn everyday_phrases_need_a_stronger_signal() {
        let concepts = |src: &str| -> Vec<String> {
            scan(src, false, &mut ())
                .1
                .iter()
                .map(|c| c.name.to_string())
                .collect()
        };
        // Alone in a sentence: an everyday phrase is not a formulation.
        assert!(concepts("Both sides value connectivity and common development.").is_empty());
        // Between quote marks, or capitalised inside a sentence.
        assert_eq!(
            concepts("Both sides value \"connectivity\" in trade."),
            ["connectivity"]
        );
        assert_eq!(
            concepts("Both sides value Connectivity in trade."),
            ["connectivity"]
        );
        // Near another known formulation; then every mention counts.
        assert_eq!(
            concepts(
                "It backs common development. Later, common development and a community with a shared future for mankind."
            ),
            [
                "common development",
                "community with a shared future for mankind"
            ]
        );
        let (_, c) = scan(
            "It backs common development. Later, common development and a community with a shared future for mankind.",
            false,
            &mut (),
        );
        assert_eq!(c.first().map(|c| c.mentions.len()), Some(2));
    }

    #[test]
    fn variants_of_a_name() {
        // Hyphens read as spaces: one pattern for both ways of writing the form.
        assert_eq!(
            variants("major-country diplomacy"),
            vec!["major country diplomacy"]
        );
        assert_eq!(
            variants("people-centred modernisation"),
            vec!["people centred modernisation"]
        );
        assert_eq!(
            variants("people-centred modernization"),
            vec![
                "people centred modernization",
                "people centred modernisation"
            ]
        );
        assert_eq!(
            variants("Xi Jinping's thought"),
            vec!["Xi Jinping's thought", "Xi Jinping’s thought"]
        );
        assert_eq!(
            variants("economic globalization"),
            vec!["economic globalization", "economic globalisation"]
        );
    }

    #[test]
    fn known_names_and_variants() {
        let (i, c) = names(
            "Major country diplomacy with Chinese characteristics and major-country diplomacy with Chinese characteristics; high-quality Belt and Road cooperation and the Global Development Initiative (GDI).",
        );
        assert_eq!(
            i,
            vec![
                (
                    "Belt and Road Initiative".to_owned(),
                    true,
                    vec!["Belt and Road"]
                ),
                (
                    "Global Development Initiative".to_owned(),
                    true,
                    vec!["Global Development Initiative"]
                ),
            ]
        );
        assert_eq!(
            c,
            vec![
                (
                    "major-country diplomacy with Chinese characteristics".to_owned(),
                    vec![
                        "Major country diplomacy with Chinese characteristics",
                        "major-country diplomacy with Chinese characteristics"
                    ]
                ),
                (
                    "high-quality Belt and Road cooperation".to_owned(),
                    vec!["high-quality Belt and Road cooperation"]
                ),
            ]
        );
    }

    #[test]
    fn squeezed_offsets_equal_a_count_byte_by_byte() {
        let by_bytes = |src: &str, p: usize| {
            let b = src.as_bytes();
            (0..p.min(b.len()))
                .filter(|&i| {
                    !(i > 0 && b[i].is_ascii_whitespace() && b[i - 1].is_ascii_whitespace())
                })
                .count()
        };
        let pieces = [
            " ", "  ", "\n", "\r\n", "\t", "\x0c", "word", "é", "-", "   ",
        ];
        let mut seed = 0x2545_F491_u64;
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..40 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let points: Vec<usize> = (0..=text.len()).collect();
            let want: Vec<usize> = points.iter().map(|&p| by_bytes(&text, p)).collect();
            assert_eq!(squeezed(&text, &points), want, "{text:?}");
        }
    }

    #[test]
    fn whitespace_runs_count_once_in_distances() {
        assert_eq!(
            squeezed("a  b\r\n\r\nc", &[0, 1, 3, 4, 8, 9]),
            vec![0, 1, 2, 3, 4, 5]
        );
        assert_eq!(squeezed("", &[0]), vec![0]);
        // An everyday phrase within reach of a formulation stays within reach whatever the
        // line ends and trailing spaces between them.
        let filler = "word ".repeat(30);
        let lf = format!(
            "Build a community with a shared future for mankind.\n\n{filler}\n\nThird, practical cooperation.\n"
        );
        for text in [
            lf.clone(),
            lf.replace('\n', "\r\n"),
            lf.replace('\n', "  \t\n"),
        ] {
            let (_, c) = names(&text);
            let found: Vec<&str> = c.iter().map(|(n, _)| n.as_str()).collect();
            assert_eq!(
                found,
                [
                    "community with a shared future for mankind",
                    "practical cooperation"
                ],
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_hyphen_or_a_space_between_words_is_the_same_form() {
        // The lexicon writes `reform and opening up`; texts write it either way.
        let (_, c) = names(
            "China will press ahead with reform and opening-up. \
             Reform and opening up is a key move.",
        );
        assert_eq!(
            c,
            vec![(
                "reform and opening up".to_owned(),
                vec!["reform and opening-up", "Reform and opening up"]
            )]
        );
        // A hyphen before a form still joins it to the word in front: not a mention.
        let (_, c) = names("They were no friends of anti-reform and opening up.");
        assert_eq!(c, vec![]);
    }

    #[test]
    fn standing_formulations_of_economic_and_party_work() {
        let (i, c) = names(
            "The meeting called for seeking progress while maintaining stability, a more proactive fiscal policy and a prudent monetary policy. \
             It urged implementing the eight-point rules, fighting formalities for formalities' sake, \
             advancing the East Data West Computing project and adapting Marxism to the Chinese context.",
        );
        // The eight-point decision is a named programme of Party work, as the development
        // corpus and the written sets count such programmes.
        assert_eq!(
            i,
            vec![
                (
                    "eight-point decision on improving conduct".to_owned(),
                    true,
                    vec!["eight-point rules"]
                ),
                (
                    "East Data, West Computing".to_owned(),
                    true,
                    // The lexicon's form with `project` (a seventh round's variant).
                    vec!["East Data West Computing project"]
                )
            ]
        );
        let names: Vec<(&str, Vec<&str>)> = c
            .iter()
            .map(|(n, m)| (n.as_str(), m.iter().map(|x| &**x).collect()))
            .collect();
        assert_eq!(
            names,
            vec![
                (
                    "pursuing progress while ensuring stability",
                    vec!["seeking progress while maintaining stability"]
                ),
                (
                    "proactive fiscal policy",
                    vec!["more proactive fiscal policy"]
                ),
                ("prudent monetary policy", vec!["prudent monetary policy"]),
                (
                    "formalism and bureaucratism",
                    vec!["formalities for formalities' sake"]
                ),
                (
                    "adapting Marxism to the Chinese context and the needs of our times",
                    vec!["adapting Marxism to the Chinese context"]
                ),
            ]
        );
    }

    #[test]
    fn longest_name_wins_and_boundaries_hold() {
        let (_, c) = names(
            "a community with a shared future for mankind, anti-multilateralism, a community with a shared future",
        );
        assert_eq!(
            c,
            vec![
                (
                    "community with a shared future for mankind".to_owned(),
                    vec!["community with a shared future for mankind"]
                ),
                (
                    "community with a shared future".to_owned(),
                    vec!["community with a shared future"]
                ),
            ]
        );
    }

    #[test]
    fn acronyms_only_in_capitals() {
        let (i, _) = names(
            "The BRI grew. Bri and bri are not it. The Regional Comprehensive Economic Partnership (RCEP) and RCEP.",
        );
        assert_eq!(
            i,
            vec![
                ("Belt and Road Initiative".to_owned(), true, vec!["BRI"]),
                (
                    "Regional Comprehensive Economic Partnership".to_owned(),
                    true,
                    vec!["Regional Comprehensive Economic Partnership", "RCEP"]
                ),
            ]
        );
    }

    #[test]
    fn pattern_initiatives() {
        let (i, _) = names(
            "China proposed the Global Ocean Initiative and the 14th Five-Year Plan (2021-2025) for National Economic and Social Development. The Peaceful China initiative, China's initiative, the Vision and Actions for Jointly Building the Silk Road and the Global Global Initiative.",
        );
        let got: Vec<(&str, bool, Vec<&str>)> = i
            .iter()
            .map(|(n, k, m)| (n.as_str(), *k, m.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "Global Ocean Initiative",
                    false,
                    vec!["Global Ocean Initiative"]
                ),
                (
                    "14th Five-Year Plan for National Economic and Social Development",
                    false,
                    vec![
                        "14th Five-Year Plan (2021-2025) for National Economic and Social Development"
                    ]
                ),
                ("Peaceful China", true, vec!["Peaceful China initiative"]),
                (
                    "Vision and Actions for Jointly Building the Silk Road",
                    false,
                    vec!["Vision and Actions for Jointly Building the Silk Road"]
                ),
                (
                    "Global Global Initiative",
                    false,
                    vec!["Global Global Initiative"]
                ),
            ]
        );
    }

    #[test]
    fn a_longer_name_by_shape_holds_a_known_name() {
        let got = |src| {
            let (i, _) = names(src);
            i
        };
        // Rule `longer_name_by_shape`: the words after the known name run it on.
        assert_eq!(
            got("under the 14th Five-Year Plan for Ecological Protection, we act."),
            vec![(
                "14th Five-Year Plan for Ecological Protection".to_owned(),
                false,
                vec!["14th Five-Year Plan for Ecological Protection"]
            )]
        );
        // Words in lower case, or none, leave the known name as it is.
        for src in [
            "during the 14th Five-Year Plan period, we act.",
            "the 14th Five-Year Plan for the economy.",
            "the 14th Five-Year Plan.",
        ] {
            assert_eq!(
                got(src),
                vec![(
                    "14th Five-Year Plan".to_owned(),
                    true,
                    vec!["14th Five-Year Plan"]
                )],
                "{src}"
            );
        }
    }

    #[test]
    fn a_verb_opening_the_clause_is_not_part_of_the_name() {
        let (i, _) = names(
            "-- Launching AI Plus initiative\n-- Building Initiative\nThey backed the Connecting Asia Initiative. Advancing Green Ports Program work.\n- Implementing the 14th Five-Year Plan\n- Beijing Initiative on Green Ports",
        );
        let got: Vec<(&str, Vec<&str>)> =
            i.iter().map(|(n, _, m)| (n.as_str(), m.clone())).collect();
        assert_eq!(
            got,
            vec![
                ("AI Plus initiative", vec!["AI Plus initiative"]),
                (
                    "Connecting Asia Initiative",
                    vec!["Connecting Asia Initiative"]
                ),
                ("Green Ports Program", vec!["Green Ports Program"]),
                ("14th Five-Year Plan", vec!["14th Five-Year Plan"]),
                (
                    "Beijing Initiative on Green Ports",
                    vec!["Beijing Initiative on Green Ports"]
                ),
            ]
        );
    }

    #[test]
    fn years_of_something_are_initiatives_new_year_is_not() {
        let (i, _) = names(
            "As 2021 is also the China-ASEAN Year of Sustainable Development, we held the China-Russia Years of Science and Technology Innovation.",
        );
        let got: Vec<&str> = i.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(
            got,
            vec![
                "China-ASEAN Year of Sustainable Development",
                "China-Russia Years of Science and Technology Innovation"
            ]
        );
        for src in [
            "Happy Chinese New Year of the Dragon to all.",
            "This Year we grew. In the Year of the Ox we met.",
            "The Year 2020 was hard. It was the Year.",
            "Chinese New Year and the Spring Festival Year.",
        ] {
            let (i, _) = names(src);
            assert!(i.is_empty(), "{src}: {i:?}");
        }
    }

    #[test]
    fn names_across_line_breaks() {
        let src = "the Strategic Plan for the Silk Road Economic\nBelt adopted, Xi Jinping\nDiplomatic Thought and the 14\nth\nFive-Year Plan";
        let (i, c) = names(src);
        assert_eq!(
            i.iter().map(|x| x.2.clone()).collect::<Vec<_>>(),
            vec![
                vec!["Strategic Plan for the Silk Road Economic\nBelt"],
                vec!["Silk Road Economic\nBelt"],
                vec!["14\nth\nFive-Year Plan"],
            ]
        );
        assert_eq!(
            i.first().map(|x| x.0.as_str()),
            Some("Strategic Plan for the Silk Road Economic Belt")
        );
        assert_eq!(
            c,
            vec![(
                "Xi Jinping Thought on Diplomacy".to_owned(),
                vec!["Xi Jinping\nDiplomatic Thought"]
            )]
        );
    }

    #[test]
    fn normalised_offsets_map_back() {
        let src = "a  b\n\nc\u{a0}d";
        let n = Normalised::new(src, |_| false);
        assert_eq!(n.text, "a b\nc d");
        for (p, o) in [(0, 0), (2, 3), (4, 6), (6, 9)] {
            assert_eq!(n.original(p), o, "{p}");
        }
    }

    #[test]
    fn words_broken_by_a_hyphen_at_a_line_end_are_joined_or_keep_it() {
        let src = "the Gov-\nernance Initiative, a people-\ncentred and wide-\n  ranging plan";
        let n = Normalised::new(src, |w| w == "governance");
        assert_eq!(
            n.text,
            "the Governance Initiative, a people-centred and wide-ranging plan"
        );
        // `Initiative` maps back to its place in the input.
        let at = n.text.find("Initiative").unwrap();
        assert_eq!(n.original(at), src.find("Initiative").unwrap());
        // A hyphen before a capital, a dash between spaces, a hyphen at the end: left.
        for same in ["the Belt-\nRoad", "a - \nb", "end-"] {
            let n = Normalised::new(same, |_| true);
            assert!(!n.text.contains("Beltroad") && !n.text.is_empty(), "{same}");
        }
        // The name is found across the break.
        let (_, i) = terms("China put forward the Global AI Gov-\nernance Initiative in 2023.");
        assert!(
            i.iter()
                .any(|(name, _, _)| name == "Global AI Governance Initiative"),
            "{i:?}"
        );
    }

    /// `(name, known, mentions)` of each name.
    type Named<'s> = Vec<(String, bool, Vec<&'s str>)>;

    /// The concepts, then the initiatives, of `src`.
    fn terms(src: &str) -> (Named<'_>, Named<'_>) {
        let (i, c) = scan(src, src.contains('\n'), &mut ());
        let text = |ms: &[Span]| -> Vec<&str> {
            ms.iter()
                .map(|m| src.get(m.range()).unwrap_or("?"))
                .collect()
        };
        (
            c.iter()
                .map(|c| (c.name.to_string(), c.known, text(&c.mentions)))
                .collect(),
            i.iter()
                .map(|i| (i.name.to_string(), i.known, text(&i.mentions)))
                .collect(),
        )
    }

    #[test]
    fn quoted_coined_terms_are_concepts() {
        let (c, i) = terms(
            "The meeting stressed “steady growth” and the \"six priorities\" task; \"zero-COVID\" ended. Again “Steady growth”.",
        );
        assert_eq!(
            c,
            vec![
                (
                    "steady growth".to_owned(),
                    false,
                    vec!["steady growth", "Steady growth"]
                ),
                ("six priorities".to_owned(), false, vec!["six priorities"]),
                ("zero-COVID".to_owned(), false, vec!["zero-COVID"]),
            ]
        );
        assert!(i.is_empty(), "{i:?}");
    }

    #[test]
    fn quoted_series_of_short_parts_are_terms() {
        let (c, i) = terms(
            "It set out the \"innovative, coordinated, green, open and shared\" vision and the \"1+N\" policy; it spoke of \"one river, two banks\" too.",
        );
        let names: Vec<&str> = c.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "innovative, coordinated, green, open and shared",
                "one river, two banks"
            ]
        );
        let names: Vec<&str> = i.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["\"1+N\" policy"]);
        // A quoted headline (parts in mixed case), a clause with a comma, a part of four
        // words: no terms.
        for src in [
            "The notes quote \"Xi, Lula hold talks, elevate ties\" from the wire.",
            "He said \"we will, we must\" twice.",
            "They backed \"a river of many harbour towns, ports\" in the end.",
        ] {
            let (c, i) = terms(src);
            assert!(c.is_empty() && i.is_empty(), "{src}: {c:?} {i:?}");
        }
    }

    #[test]
    fn quoted_names_with_an_initiative_noun_are_initiatives() {
        let (c, i) = terms(
            "It kept the “Opening-Up” policy, the \"River Bridge\" summer camp and the \"Silk Road\" scholarship.",
        );
        assert!(c.is_empty(), "{c:?}");
        assert_eq!(
            i,
            vec![
                (
                    "“Opening-Up” policy".to_owned(),
                    false,
                    vec!["“Opening-Up” policy"]
                ),
                (
                    "\"River Bridge\" summer camp".to_owned(),
                    false,
                    vec!["\"River Bridge\" summer camp"]
                ),
                ("Silk Road".to_owned(), false, vec!["Silk Road"]),
            ]
        );
        // Reforms, deployments, infrastructure, mechanisms, frameworks and zones named by
        // a quoted term.
        let (c, i) = terms(
            "It extended the \"run once at most\" reform and built \"dual-use\" public infrastructure.",
        );
        assert!(c.is_empty(), "{c:?}");
        let names: Vec<&str> = i.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "\"run once at most\" reform",
                "\"dual-use\" public infrastructure"
            ]
        );
        // A noun further away, or after a connector, is not the term's.
        let (c, i) = terms("It called the \"harbour talks\" a success of the reform.");
        assert!(i.is_empty(), "{i:?}");
        assert_eq!(c.len(), 1);
        // Plural heads name the programme of a counted term right before them; a term that
        // counts nothing, or a word between, leaves the formulation a concept.
        let (c, i) =
            terms("It backed the \"two new\" initiatives and the \"three river\" projects.");
        assert!(c.is_empty(), "{c:?}");
        let names: Vec<&str> = i.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["\"two new\" initiatives", "\"three river\" projects"]
        );
        for src in [
            "It backed the \"small yet smart\" projects of the ports.",
            "It backed the \"two new\" harbour projects of the ports.",
        ] {
            let (c, i) = terms(src);
            assert!(i.is_empty(), "{src}: {i:?}");
            assert_eq!(c.len(), 1, "{src}");
        }
    }

    #[test]
    fn plural_possessives_and_parks_in_names_by_shape() {
        use NameKind as K;
        let got = kinds(
            "The Delta Foreign Ministers' Meeting opened the Basin Ports Industrial Park. \
             China's Development Plan was read.",
        );
        let want: Vec<(String, NameKind, bool)> = [
            ("Delta Foreign Ministers' Meeting", K::Meeting),
            ("Basin Ports Industrial Park", K::Initiative),
            ("Development Plan", K::Plan),
        ]
        .iter()
        .map(|&(n, k)| (n.to_owned(), k, false))
        .collect();
        assert_eq!(got, want);
        // A park in lower case, a person named Park, a park of a city: no names.
        assert_eq!(
            kinds("They walked in the industrial park by the river."),
            vec![]
        );
        assert_eq!(
            kinds(
                "He met President Park Geun-hye and Foreign Minister Park Jin, then toured Beihai Park."
            ),
            vec![]
        );
    }

    #[test]
    fn a_quoted_term_after_a_wrapped_line_break() {
        let (c, _) = terms(
            "It replaced a \"flood irrigation\" approach with\n\"drip irrigation\" that reaches each household.",
        );
        let names: Vec<&str> = c.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["flood irrigation", "drip irrigation"]);
    }

    #[test]
    fn quotations_that_are_not_terms() {
        for src in [
            // A quoted heading opens its line.
            "\"Ten Achievements\".\nFirst, growth.",
            "Intro.\n**\"Six musts\"**",
            "The Plan\n\"Six musts\" of the year",
            "the plan\n\n\"Six musts\" of the year",
            "The main points of the meeting are summarized as follows\n\"Ten Achievements\".",
            // Clauses, articles, pronouns, punctuation, single plain words.
            "He said \"a victory is in sight\" today.",
            "It is \"the place of milk and honey\" now.",
            "They call it \"China's secret weapon to ensure stable development.\" now.",
            "Officials called it \"unacceptable\" twice.",
            "A view of \"we will win\" spread.",
            "Talks were \"very productive\" and \"highly fruitful\" then.",
            // Too long, or across paragraphs.
            "A \"one two three four five six\" slogan.",
            "An \"open quote\n\nacross paragraphs\" here.",
            // Inches, and a mark glued to a word.
            "A 5\" pipe and 7\" tube.",
            "x\"quoted term\" y",
            // Already a known name.
            "The \"Belt and Road\" grows.",
            // Unbalanced marks.
            "\" \" \"”“",
        ] {
            let (c, i) = terms(src);
            assert!(
                c.iter().all(|c| c.1) && i.iter().all(|i| i.1),
                "{src:?}: {c:?} {i:?}"
            );
        }
    }
}
