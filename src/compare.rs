//! What changed between two documents: names added and dropped, lists matched, items kept,
//! reworded, added or dropped, and metadata side by side.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::model::{Date, Document, Enumeration, EnumerationKind, Item, Obligation, own};
use crate::span::Span;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

fn own_opt(c: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    c.map(own)
}

/// A value on each side of a comparison: `a` is the first document, `b` the second.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Pair<T> {
    /// The first document's value.
    pub a: T,
    /// The second document's value.
    pub b: T,
}

impl<T: PartialEq> Pair<T> {
    /// Whether the two sides differ.
    pub fn changed(&self) -> bool {
        self.a != self.b
    }
}

/// Metadata side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct MetadataChange<'a> {
    /// Titles.
    pub title: Pair<Option<Cow<'a, str>>>,
    /// Publishers.
    pub publisher: Pair<Option<Cow<'a, str>>>,
    /// Publication dates.
    pub date: Pair<Option<Date>>,
    /// Meeting names.
    pub meeting: Pair<Option<Cow<'a, str>>>,
    /// Meeting places.
    pub place: Pair<Option<Cow<'a, str>>>,
    /// First days of the meetings.
    pub start: Pair<Option<Date>>,
    /// Last days of the meetings.
    pub end: Pair<Option<Date>>,
}

impl MetadataChange<'_> {
    /// Whether any field differs.
    pub fn changed(&self) -> bool {
        self.title.changed()
            || self.publisher.changed()
            || self.date.changed()
            || self.meeting.changed()
            || self.place.changed()
            || self.start.changed()
            || self.end.changed()
    }

    fn into_owned(self) -> MetadataChange<'static> {
        let pair = |p: Pair<Option<Cow<'_, str>>>| Pair {
            a: own_opt(p.a),
            b: own_opt(p.b),
        };
        MetadataChange {
            title: pair(self.title),
            publisher: pair(self.publisher),
            date: self.date,
            meeting: pair(self.meeting),
            place: pair(self.place),
            start: self.start,
            end: self.end,
        }
    }
}

/// An initiative or concept with its mention counts on each side.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct NameSide<'a> {
    /// The canonical name.
    pub name: Cow<'a, str>,
    /// Mentions in the first document.
    pub mentions_a: usize,
    /// Mentions in the second document.
    pub mentions_b: usize,
}

/// Names added (only in the second document), dropped (only in the first) and kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct NamesChange<'a> {
    /// Only in the second document.
    pub added: Vec<NameSide<'a>>,
    /// Only in the first document.
    pub dropped: Vec<NameSide<'a>>,
    /// In both.
    pub kept: Vec<NameSide<'a>>,
}

impl NamesChange<'_> {
    fn into_owned(self) -> NamesChange<'static> {
        let o = |v: Vec<NameSide<'_>>| {
            v.into_iter()
                .map(|n| NameSide {
                    name: own(n.name),
                    mentions_a: n.mentions_a,
                    mentions_b: n.mentions_b,
                })
                .collect()
        };
        NamesChange {
            added: o(self.added),
            dropped: o(self.dropped),
            kept: o(self.kept),
        }
    }
}

/// How a list or item fares between the two documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Status {
    /// Only in the second document.
    Added,
    /// Only in the first document.
    Dropped,
    /// In both, the same.
    Kept,
    /// In both, with different wording.
    Reworded,
}

impl Status {
    /// The snake_case name used in JSON and in messages.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Added => "added",
            Status::Dropped => "dropped",
            Status::Kept => "kept",
            Status::Reworded => "reworded",
        }
    }
}

impl core::fmt::Display for Status {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A list matched (or not) between the two documents, by kind and heading.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct EnumerationChange<'a> {
    /// Added, dropped or kept (a kept list may have changed items).
    pub status: Status,
    /// What the list enumerates (from the side that has it, the first if both).
    pub kind: EnumerationKind,
    /// Headings on each side.
    pub heading: Pair<Option<Cow<'a, str>>>,
    /// Declared counts on each side.
    pub declared_count: Pair<Option<u32>>,
    /// Items found on each side (0 where the list is missing).
    pub found: Pair<usize>,
}

/// Where an item is in one document.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct ItemSide<'a> {
    /// The heading of its list (`None` for an unheaded list or a free obligation).
    pub enumeration: Option<Cow<'a, str>>,
    /// What kind of list it belongs to; a free obligation counts as a principle.
    pub kind: EnumerationKind,
    /// Its number in the list (its position among obligations for a free obligation).
    pub ordinal: u32,
    /// Whether it is a list item; `false` for an obligation outside any list.
    pub list: bool,
    /// Its text.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

impl ItemSide<'_> {
    fn into_owned(self) -> ItemSide<'static> {
        ItemSide {
            enumeration: own_opt(self.enumeration),
            kind: self.kind,
            ordinal: self.ordinal,
            list: self.list,
            text: own(self.text),
            span: self.span,
        }
    }
}

/// An item of one document, or of both.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct ItemChange<'a> {
    /// The item in the first document.
    pub a: Option<ItemSide<'a>>,
    /// The item in the second document.
    pub b: Option<ItemSide<'a>>,
    /// Similarity of the two wordings, 0 to 1 (1 when kept, absent when only one side has
    /// the item).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub score: Option<f64>,
}

impl ItemChange<'_> {
    fn into_owned(self) -> ItemChange<'static> {
        ItemChange {
            a: self.a.map(ItemSide::into_owned),
            b: self.b.map(ItemSide::into_owned),
            score: self.score,
        }
    }
}

/// List items and obligations, aligned by the similarity of their wording.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct ItemsChange<'a> {
    /// Only in the second document.
    pub added: Vec<ItemChange<'a>>,
    /// Only in the first document.
    pub dropped: Vec<ItemChange<'a>>,
    /// In both with different wording, with the similarity score.
    pub reworded: Vec<ItemChange<'a>>,
    /// In both, worded the same (up to case, quotes and spacing).
    pub kept: Vec<ItemChange<'a>>,
}

/// What changed between two documents; made by [`compare`].
///
/// # Example
///
/// ```
/// let a = tifa::parse("\"Two musts\".\n\nWe must unite.\n\nWe must work hard.\n");
/// let b = tifa::parse("\"Two musts\".\n\nWe must unite.\n\nWe must work very hard together.\n");
/// let c = tifa::compare(&a, &b);
/// assert_eq!(c.items.kept.len(), 1);
/// assert_eq!(c.items.reworded.len(), 1);
/// assert_eq!(c.items.reworded[0].b.as_ref().unwrap().text, "We must work very hard together.");
/// assert!(!c.is_unchanged());
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Comparison<'a> {
    /// Metadata side by side.
    pub metadata: MetadataChange<'a>,
    /// Initiatives added, dropped and kept.
    pub initiatives: NamesChange<'a>,
    /// Concepts added, dropped and kept.
    pub concepts: NamesChange<'a>,
    /// Lists matched by kind and heading, in the first document's order, then the added.
    pub enumerations: Vec<EnumerationChange<'a>>,
    /// Items and obligations aligned by wording.
    pub items: ItemsChange<'a>,
}

impl Comparison<'_> {
    /// Whether nothing changed: same metadata, names, lists and items.
    pub fn is_unchanged(&self) -> bool {
        !self.metadata.changed()
            && self.initiatives.added.is_empty()
            && self.initiatives.dropped.is_empty()
            && self.concepts.added.is_empty()
            && self.concepts.dropped.is_empty()
            && self.enumerations.iter().all(|e| {
                e.status == Status::Kept && !e.found.changed() && !e.declared_count.changed()
            })
            && self.items.added.is_empty()
            && self.items.dropped.is_empty()
            && self.items.reworded.is_empty()
    }

    /// Detaches the comparison from the documents.
    pub fn into_owned(self) -> Comparison<'static> {
        let items = |v: Vec<ItemChange<'_>>| v.into_iter().map(ItemChange::into_owned).collect();
        Comparison {
            metadata: self.metadata.into_owned(),
            initiatives: self.initiatives.into_owned(),
            concepts: self.concepts.into_owned(),
            enumerations: self
                .enumerations
                .into_iter()
                .map(|e| EnumerationChange {
                    status: e.status,
                    kind: e.kind,
                    heading: Pair {
                        a: own_opt(e.heading.a),
                        b: own_opt(e.heading.b),
                    },
                    declared_count: e.declared_count,
                    found: e.found,
                })
                .collect(),
            items: ItemsChange {
                added: items(self.items.added),
                dropped: items(self.items.dropped),
                reworded: items(self.items.reworded),
                kept: items(self.items.kept),
            },
        }
    }
}

fn borrow<'a>(c: &'a Option<Cow<'_, str>>) -> Option<Cow<'a, str>> {
    c.as_deref().map(Cow::Borrowed)
}

/// Words that carry no meaning for similarity.
fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "and"
            | "to"
            | "in"
            | "for"
            | "with"
            | "on"
            | "it"
            | "its"
            | "has"
            | "have"
            | "is"
            | "are"
            | "be"
            | "been"
            | "we"
            | "our"
            | "as"
            | "by"
            | "that"
            | "this"
            | "at"
            | "from"
            | "or"
            | "which"
            | "will"
            | "was"
            | "were"
    )
}

/// The wording of a text as a sorted set of word stems (lowercase, the first five
/// characters), without stopwords.
fn stems(text: &str) -> Vec<u64> {
    let mut out: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter_map(|w| {
            let lower = w.to_lowercase();
            if is_stopword(&lower) {
                return None;
            }
            let stem: String = lower.chars().take(5).collect();
            // FNV-1a: stable across runs, unlike the std hasher.
            Some(stem.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            }))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Dice similarity of two stem sets.
fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            core::cmp::Ordering::Less => i += 1,
            core::cmp::Ordering::Greater => j += 1,
            core::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// The text with case, quotes and spacing normalised, for "the same wording".
fn normalised(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .map(|c| match c {
                    '“' | '”' => '"',
                    '‘' | '’' => '\'',
                    c => c,
                })
                .collect::<String>()
                .to_lowercase()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn names<'a>(a: Vec<(&'a str, usize)>, b: Vec<(&'a str, usize)>) -> NamesChange<'a> {
    let key = |s: &str| s.to_lowercase();
    let in_b: HashMap<String, usize> = b.iter().map(|(n, c)| (key(n), *c)).collect();
    let in_a: HashMap<String, usize> = a.iter().map(|(n, c)| (key(n), *c)).collect();
    let mut out = NamesChange::default();
    for (n, c) in &a {
        match in_b.get(&key(n)) {
            Some(&cb) => out.kept.push(NameSide {
                name: Cow::Borrowed(n),
                mentions_a: *c,
                mentions_b: cb,
            }),
            None => out.dropped.push(NameSide {
                name: Cow::Borrowed(n),
                mentions_a: *c,
                mentions_b: 0,
            }),
        }
    }
    for (n, c) in &b {
        if !in_a.contains_key(&key(n)) {
            out.added.push(NameSide {
                name: Cow::Borrowed(n),
                mentions_a: 0,
                mentions_b: *c,
            });
        }
    }
    out
}

/// An item of one side, with its wording prepared for matching.
struct Entry<'a> {
    side: ItemSide<'a>,
    list: Option<usize>,
    norm: String,
    stems: Vec<u64>,
}

fn entries<'a>(doc: &'a Document<'_>) -> Vec<Entry<'a>> {
    let mut out = Vec::new();
    let item = |e: &'a Enumeration<'_>, list: usize, i: &'a Item<'_>| Entry {
        side: ItemSide {
            enumeration: e.heading.as_ref().map(|h| Cow::Borrowed(&*h.text)),
            kind: e.kind,
            ordinal: i.ordinal,
            list: true,
            text: Cow::Borrowed(&*i.text),
            span: i.span,
        },
        list: Some(list),
        norm: normalised(&i.text),
        stems: stems(&i.text),
    };
    for (n, e) in doc.enumerations().iter().enumerate() {
        out.extend(e.items.iter().map(|i| item(e, n, i)));
    }
    // Item spans by start, with the furthest end so far: an obligation lies in a list when
    // some item starting before its end ends after its start.
    let mut spans: Vec<Span> = doc
        .enumerations()
        .iter()
        .flat_map(|e| e.items.iter().map(|i| i.span))
        .collect();
    spans.sort_unstable_by_key(|s| s.start);
    let mut far = 0;
    let furthest: Vec<usize> = spans
        .iter()
        .map(|s| {
            far = far.max(s.end);
            far
        })
        .collect();
    let in_list = |o: &Obligation<'_>| {
        let before = spans.partition_point(|s| s.start < o.span.end);
        before
            .checked_sub(1)
            .and_then(|k| furthest.get(k))
            .is_some_and(|&end| end > o.span.start)
    };
    let mut ordinal = 0;
    for o in doc.obligations() {
        if in_list(o) {
            continue;
        }
        ordinal += 1;
        out.push(Entry {
            side: ItemSide {
                enumeration: None,
                kind: EnumerationKind::Principles,
                ordinal,
                list: false,
                text: Cow::Borrowed(&*o.text),
                span: o.span,
            },
            list: None,
            norm: normalised(&o.text),
            stems: stems(&o.text),
        });
    }
    out
}

/// Least similarity for two different wordings to count as one item reworded.
const REWORDED: f64 = 0.3;

/// How far from its place (scaled to the other side's length) an item or list is compared
/// with the other side's. Sides of up to this many entries are compared in full; longer
/// ones cost linear time instead of the product of their lengths.
const WINDOW: usize = 256;

/// The indexes of the other side (of length `m`) that entry `i` of `n` is compared with.
fn window(i: usize, n: usize, m: usize) -> core::ops::Range<usize> {
    let centre = if n == 0 {
        0
    } else {
        usize::try_from(i as u128 * m as u128 / n as u128).unwrap_or(m)
    };
    centre.saturating_sub(WINDOW)..centre.saturating_add(WINDOW + 1).min(m)
}

/// Compares two documents: what was added, dropped, kept or reworded.
///
/// Initiatives and concepts are matched by canonical name. Lists are matched by kind and
/// by the similarity of their headings and items. Items (list items, and obligations that
/// are not list items) are aligned by the similarity of their word stems: the same wording
/// is kept, a similar one (score at least 0.3) is reworded, the rest added or dropped.
///
/// The cost does not grow with the product of the two documents' sizes: the same wording
/// is found through a hash map, and similar wordings are looked for among the 513 items
/// (and lists) around an item's place in the other document, which is every item of
/// documents with up to 256.
///
/// # Example
///
/// ```
/// let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
/// let same = tifa::compare(&doc, &doc);
/// assert!(same.is_unchanged());
/// assert_eq!(same.initiatives.kept.len(), doc.initiatives().len());
/// ```
pub fn compare<'a>(a: &'a Document<'_>, b: &'a Document<'_>) -> Comparison<'a> {
    let metadata = metadata_change(a.metadata(), b.metadata());
    let initiatives = names(
        a.initiatives()
            .iter()
            .map(|i| (&*i.name, i.mentions.len()))
            .collect(),
        b.initiatives()
            .iter()
            .map(|i| (&*i.name, i.mentions.len()))
            .collect(),
    );
    let concepts = names(
        a.concepts()
            .iter()
            .map(|c| (&*c.name, c.mentions.len()))
            .collect(),
        b.concepts()
            .iter()
            .map(|c| (&*c.name, c.mentions.len()))
            .collect(),
    );

    let ea = entries(a);
    let eb = entries(b);
    let (la, lb) = (a.enumerations(), b.enumerations());
    let lists = match_lists(la, lb, &ea, &eb);
    let enumerations = enumeration_changes(la, lb, &lists);

    // Items: the same wording first, then the most similar pairs.
    let mut matched = match_same_wording(&ea, &eb);
    match_similar_wording(&ea, &eb, &lists, &mut matched);
    let items = item_changes(ea, eb, &matched);
    Comparison {
        metadata,
        initiatives,
        concepts,
        enumerations,
        items,
    }
}

/// The two documents' metadata side by side, field by field.
fn metadata_change<'a>(
    ma: &'a crate::model::Metadata<'_>,
    mb: &'a crate::model::Metadata<'_>,
) -> MetadataChange<'a> {
    let meeting = |m: &'a crate::model::Metadata<'_>| m.meeting.as_ref();
    MetadataChange {
        title: Pair {
            a: borrow(&ma.title),
            b: borrow(&mb.title),
        },
        publisher: Pair {
            a: borrow(&ma.publisher),
            b: borrow(&mb.publisher),
        },
        date: Pair {
            a: ma.date,
            b: mb.date,
        },
        meeting: Pair {
            a: meeting(ma).and_then(|m| borrow(&m.name)),
            b: meeting(mb).and_then(|m| borrow(&m.name)),
        },
        place: Pair {
            a: meeting(ma).and_then(|m| borrow(&m.place)),
            b: meeting(mb).and_then(|m| borrow(&m.place)),
        },
        start: Pair {
            a: meeting(ma).and_then(|m| m.start),
            b: meeting(mb).and_then(|m| m.start),
        },
        end: Pair {
            a: meeting(ma).and_then(|m| m.end),
            b: meeting(mb).and_then(|m| m.end),
        },
    }
}

/// What is matched with what between the two sides: lists, or items (with their score).
struct Matches<T> {
    /// For each of the first document's, its match in the second.
    a: Vec<Option<T>>,
    /// For each of the second document's, its match in the first.
    b: Vec<Option<usize>>,
}

/// Which lists are one list on both sides. A list is compared with the other side's lists
/// around its place (see [`window`]); two lists can match when their kinds agree (or
/// either is `Other`); their score is the better of the similarities of their headings and
/// of their items' stems, and must be at least [`REWORDED`]. The best-scoring pairs are
/// taken first (ties in the first document's order), each list in one pair at most. `ea`
/// and `eb` are the entries of the two sides.
fn match_lists(
    la: &[Enumeration<'_>],
    lb: &[Enumeration<'_>],
    ea: &[Entry<'_>],
    eb: &[Entry<'_>],
) -> Matches<usize> {
    // The stems of each list's items, one set per list.
    let items_of = |es: &[Entry<'_>], lists: usize| -> Vec<Vec<u64>> {
        let mut v: Vec<Vec<u64>> = vec![Vec::new(); lists];
        for e in es {
            if let Some(set) = e.list.and_then(|n| v.get_mut(n)) {
                set.extend(e.stems.iter().copied());
            }
        }
        for set in &mut v {
            set.sort_unstable();
            set.dedup();
        }
        v
    };
    let (sa, sb) = (items_of(ea, la.len()), items_of(eb, lb.len()));
    let heading_stems = |l: &[Enumeration<'_>]| -> Vec<Option<Vec<u64>>> {
        l.iter()
            .map(|e| e.heading.as_ref().map(|h| stems(&h.text)))
            .collect()
    };
    let (ha, hb) = (heading_stems(la), heading_stems(lb));
    let mut list_pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, x) in la.iter().enumerate() {
        for j in window(i, la.len(), lb.len()) {
            let Some(y) = lb.get(j) else { continue };
            let kinds = x.kind == y.kind
                || x.kind == EnumerationKind::Other
                || y.kind == EnumerationKind::Other;
            if !kinds {
                continue;
            }
            let heading = match (ha.get(i), hb.get(j)) {
                (Some(Some(p)), Some(Some(q))) => dice(p, q),
                _ => 0.0,
            };
            let items = match (sa.get(i), sb.get(j)) {
                (Some(p), Some(q)) => dice(p, q),
                _ => 0.0,
            };
            let score = heading.max(items);
            if score >= REWORDED {
                list_pairs.push((score, i, j));
            }
        }
    }
    list_pairs.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)).then(p.2.cmp(&q.2)));
    let mut list_of_a: Vec<Option<usize>> = vec![None; la.len()];
    let mut list_of_b: Vec<Option<usize>> = vec![None; lb.len()];
    for (_, i, j) in list_pairs {
        if list_of_a.get(i).copied().flatten().is_none()
            && list_of_b.get(j).copied().flatten().is_none()
        {
            if let Some(s) = list_of_a.get_mut(i) {
                *s = Some(j);
            }
            if let Some(s) = list_of_b.get_mut(j) {
                *s = Some(i);
            }
        }
    }
    Matches {
        a: list_of_a,
        b: list_of_b,
    }
}

/// The lists' fates, from the matches [`match_lists`] made: each list of the first
/// document, in order, kept (with its match) or dropped; then each list of the second
/// that matched none, added.
fn enumeration_changes<'a>(
    la: &'a [Enumeration<'_>],
    lb: &'a [Enumeration<'_>],
    lists: &Matches<usize>,
) -> Vec<EnumerationChange<'a>> {
    let side_heading = |e: &'a Enumeration<'_>| e.heading.as_ref().map(|h| Cow::Borrowed(&*h.text));
    let mut enumerations = Vec::new();
    for (i, x) in la.iter().enumerate() {
        let y = lists.a.get(i).copied().flatten().and_then(|j| lb.get(j));
        enumerations.push(EnumerationChange {
            status: if y.is_some() {
                Status::Kept
            } else {
                Status::Dropped
            },
            kind: x.kind,
            heading: Pair {
                a: side_heading(x),
                b: y.and_then(side_heading),
            },
            declared_count: Pair {
                a: x.declared_count,
                b: y.and_then(|y| y.declared_count),
            },
            found: Pair {
                a: x.items.len(),
                b: y.map_or(0, |y| y.items.len()),
            },
        });
    }
    for (j, y) in lb.iter().enumerate() {
        if lists.b.get(j).copied().flatten().is_none() {
            enumerations.push(EnumerationChange {
                status: Status::Added,
                kind: y.kind,
                heading: Pair {
                    a: None,
                    b: side_heading(y),
                },
                declared_count: Pair {
                    a: None,
                    b: y.declared_count,
                },
                found: Pair {
                    a: 0,
                    b: y.items.len(),
                },
            });
        }
    }
    enumerations
}

/// Items worded the same (up to case, quotes and spacing) on both sides are one item kept:
/// each entry of `ea`, in order, takes the first entry of `eb` with its wording not yet
/// taken. Returns these matches, each with the score 1.
fn match_same_wording(ea: &[Entry<'_>], eb: &[Entry<'_>]) -> Matches<(usize, f64)> {
    let mut match_a: Vec<Option<(usize, f64)>> = vec![None; ea.len()];
    let mut match_b: Vec<Option<usize>> = vec![None; eb.len()];
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    // Each wording's entries in `b`, last first, so that `pop` takes them in order.
    for (j, e) in eb.iter().enumerate().rev() {
        by_text.entry(e.norm.as_str()).or_default().push(j);
    }
    for (i, e) in ea.iter().enumerate() {
        if let Some(j) = by_text.get_mut(e.norm.as_str()).and_then(Vec::pop) {
            if let (Some(ma), Some(mb)) = (match_a.get_mut(i), match_b.get_mut(j)) {
                *ma = Some((j, 1.0));
                *mb = Some(i);
            }
        }
    }
    Matches {
        a: match_a,
        b: match_b,
    }
}

/// Items still unmatched whose wordings are similar (score at least [`REWORDED`]) are one
/// item reworded: the best-ranked pairs are taken first, each entry in one pair at most.
/// The same ordinal in lists [`match_lists`] matched (or as free obligations on both sides)
/// is a strong hint: it adds 0.1 to the pair's rank, but the score kept is the similarity.
/// Adds these matches to `matched` (those [`match_same_wording`] made).
fn match_similar_wording(
    ea: &[Entry<'_>],
    eb: &[Entry<'_>],
    lists: &Matches<usize>,
    matched: &mut Matches<(usize, f64)>,
) {
    let (match_a, match_b) = (&mut matched.a, &mut matched.b);
    let same_place = |x: &Entry<'_>, y: &Entry<'_>| {
        x.side.ordinal == y.side.ordinal
            && match (x.list, y.list) {
                (Some(p), Some(q)) => lists.a.get(p).copied().flatten() == Some(q),
                (None, None) => true,
                _ => false,
            }
    };
    let mut pairs: Vec<(f64, usize, usize, f64)> = Vec::new();
    for (i, x) in ea.iter().enumerate() {
        if match_a.get(i).copied().flatten().is_some() {
            continue;
        }
        for j in window(i, ea.len(), eb.len()) {
            let Some(y) = eb.get(j) else { continue };
            if match_b.get(j).copied().flatten().is_some() {
                continue;
            }
            let score = dice(&x.stems, &y.stems);
            // The same ordinal in matched lists is a strong hint: it ranks the pair first
            // and lowers the bar, but the reported score stays the similarity.
            let rank = if same_place(x, y) { score + 0.1 } else { score };
            if rank >= REWORDED {
                pairs.push((rank, i, j, score));
            }
        }
    }
    pairs.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)).then(p.2.cmp(&q.2)));
    for (_, i, j, score) in pairs {
        let free_a = match_a.get(i).copied().flatten().is_none();
        let free_b = match_b.get(j).copied().flatten().is_none();
        if free_a && free_b {
            if let (Some(ma), Some(mb)) = (match_a.get_mut(i), match_b.get_mut(j)) {
                *ma = Some((j, score));
                *mb = Some(i);
            }
        }
    }
}

/// The items' fates, from the matches of the entries: a matched pair is
/// kept when the two wordings are the same (score 1) and reworded otherwise (score rounded
/// to three decimals); an unmatched entry of the first document is dropped, one of the
/// second added.
fn item_changes<'a>(
    ea: Vec<Entry<'a>>,
    eb: Vec<Entry<'a>>,
    matched: &Matches<(usize, f64)>,
) -> ItemsChange<'a> {
    let mut items = ItemsChange::default();
    let mut eb: Vec<Option<Entry<'a>>> = eb.into_iter().map(Some).collect();
    for (i, x) in ea.into_iter().enumerate() {
        match matched.a.get(i).copied().flatten() {
            Some((j, score)) => {
                let y = eb.get_mut(j).and_then(Option::take);
                let kept = y.as_ref().is_some_and(|y| y.norm == x.norm);
                let change = ItemChange {
                    a: Some(x.side),
                    b: y.map(|y| y.side),
                    score: Some(if kept {
                        1.0
                    } else {
                        (score * 1000.0).round() / 1000.0
                    }),
                };
                if kept {
                    items.kept.push(change);
                } else {
                    items.reworded.push(change);
                }
            }
            None => items.dropped.push(ItemChange {
                a: Some(x.side),
                b: None,
                score: None,
            }),
        }
    }
    for y in eb.into_iter().flatten() {
        items.added.push(ItemChange {
            a: None,
            b: Some(y.side),
            score: None,
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_ignore_case_stopwords_and_endings() {
        assert_eq!(stems("The Diplomacy of China"), stems("diplomatic china"));
        assert!(stems("the of and").is_empty());
    }

    #[test]
    fn windows_cover_short_sides_and_stay_bounded() {
        for n in [0usize, 1, 7, 256, 257, 1000, 100_000] {
            for m in [0usize, 1, 5, 256, 257, 3000, 100_000] {
                for i in [0, 1, n / 3, n / 2, n.saturating_sub(1)] {
                    let w = window(i, n, m);
                    assert!(w.end <= m && w.len() <= 2 * WINDOW + 1, "{i} {n} {m} {w:?}");
                    if m <= WINDOW && i < n {
                        assert_eq!(w, 0..m, "{i} {n} {m}");
                    }
                    if i < n && m > 0 {
                        // The place scaled to the other side is inside the window.
                        let centre = i * m / n;
                        assert!(w.contains(&centre.min(m - 1)), "{i} {n} {m} {w:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn dice_scores() {
        assert_eq!(dice(&[1, 2, 3], &[1, 2, 3]), 1.0);
        assert_eq!(dice(&[1, 2], &[3, 4]), 0.0);
        assert_eq!(dice(&[1, 2, 3, 4], &[1, 2]), 2.0 * 2.0 / 6.0);
        assert_eq!(dice(&[], &[]), 1.0);
    }
}
