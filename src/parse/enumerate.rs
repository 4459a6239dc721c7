//! Phase 4b: enumerations. Lists are found five ways, each a named rule:
//! - **marked items**: consecutive items with markers of one style (`First,` … `Ten is
//!   to`; `1.` …; `(1)` …; bullets), allowing a few support paragraphs between items; a
//!   heading closes them, a restart at one opens a new list; numbered headings form lists
//!   of their own across sections;
//! - **clause lists**: the clauses after a list lead (see the outline);
//! - **obligation runs**: under a heading that declares a count but has no marked items,
//!   the run of paragraphs that open with an obligation (`"Six musts".` → six `We must`
//!   paragraphs);
//! - **run-in lists** inside a paragraph (see `runin`);
//! - **declared only**: a count heading with nothing that could be its items.
//!
//! Each list's heading is its section's count heading, the list lead or lead-in sentence
//! just before it, or the heading it directly follows; its declared count is read from that
//! heading. A count that differs from the items found is an error diagnostic.

use std::borrow::Cow;

use super::block::RawBlock;
use super::count::{
    Count, Declared, bare_count_at_end, count_of_items, find_count, find_point_count, lead_count,
    list_noun,
};
use super::lead::is_list_lead;
use super::ordinal::Style;
use super::outline::Outline;
use super::runin::run_ins;
use super::text::{is_quote, is_space, more_words_than, sentence_ends, span_of, words};
use super::units::Hint;
use crate::diagnostic::{Diagnostic, Finding};
use crate::model::{BlockKind, Enumeration, EnumerationKind, Heading, Item, MarkerKind, Strength};
use crate::rules::{Recorder, RuleId, Verdict};
use crate::span::Span;

/// Non-item blocks allowed between two items of one list, counted in paragraphs.
const GAP: usize = 4;

/// What one paragraph weighs against [`GAP`], in sentences. A run-on line (a whole article
/// scraped onto one line) is cut into sentences, and a sentence weighs one: the support of
/// an ordinal item in a speech, several paragraphs long when printed, is a dozen sentences
/// on one line (the support threshold of rule "marked items", pinned by
/// `ordinal_items_keep_their_support_on_one_scraped_line`).
const SENTENCES_PER_PARAGRAPH: usize = 4;

/// Most lists open at once (of different marker styles or indents).
const MAX_OPEN: usize = 16;

/// Lists and what was odd about them.
#[derive(Debug, Default)]
pub(crate) struct Lists<'a> {
    pub(crate) enumerations: Vec<Enumeration<'a>>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// A list of marked blocks being grouped.
#[derive(Debug)]
struct Group {
    style: Style,
    indent: u32,
    headings: bool,
    items: Vec<(usize, u32)>,
    last: u32,
    gap: usize,
    /// An ordinal-word list kept open across a heading: only the next ordinal continues
    /// it (`Third,` ¶ `GREEN TRANSITION` ¶ `Fourth,`).
    crossed: bool,
}

fn item_of<'a>(src: &'a str, b: &RawBlock<'a>, ordinal: u32) -> Item<'a> {
    let span = span_of(src, b.content);
    match b.marker {
        Some(m) => Item {
            ordinal,
            marker: Some(Cow::Borrowed(b.marker_text())),
            marker_kind: m.kind,
            text: Cow::Borrowed(b.marker_rest()),
            span,
        },
        None => Item {
            ordinal,
            marker: None,
            marker_kind: MarkerKind::None,
            text: Cow::Borrowed(b.content),
            span,
        },
    }
}

/// What block `k`, support between two items, weighs against [`GAP`], in sentences: a
/// sentence of a run-on line one, a paragraph [`SENTENCES_PER_PARAGRAPH`]. A page's number
/// and the rest of a paragraph it cut (`... the 15th Five-Year` / `16` / `Plan and to
/// urban renewal.`) weigh nothing: the number is the page's, the rest the same paragraph.
fn support_weight(blocks: &[RawBlock<'_>], k: usize) -> usize {
    let page = |j: usize| {
        blocks
            .get(j)
            .is_some_and(|p| p.kind == BlockKind::Chrome && p.hint == Hint::Page)
    };
    let resumed = k >= 2
        && page(k - 1)
        && blocks
            .get(k - 2)
            .is_some_and(|p| !super::text::ends_terminal(p.content));
    match blocks.get(k) {
        _ if page(k) || resumed => 0,
        Some(b) if b.hint == Hint::Sentence => 1,
        _ => SENTENCES_PER_PARAGRAPH,
    }
}

/// Rule "marked items": groups marked blocks into lists; returns the groups and the
/// diagnostics of gaps and repeats.
fn group_marked<R: Recorder>(
    blocks: &[RawBlock<'_>],
    body: core::ops::Range<usize>,
    diags: &mut Vec<Diagnostic>,
    rec: &mut R,
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for k in body {
        let Some(b) = blocks.get(k) else { break };
        let numbered_heading = b.is_numbered_heading();
        let is_item = b.kind == BlockKind::Item && b.marker.is_some();
        let sectioned = numbered_heading || is_item && heads_section(b);
        if sectioned {
            // Bullets end with their section.
            open.retain(|&g| {
                groups
                    .get(g)
                    .is_some_and(|g| !matches!(g.style, Style::Bullet(_)))
            });
        }
        if b.kind == BlockKind::Heading && !numbered_heading {
            if at_heading(&mut groups, &mut open) {
                rec.decide(RuleId::NumberingAcrossHeadings, b.span, Verdict::ListGoesOn);
            }
            continue;
        }
        let Some(m) = b.marker.filter(|_| is_item || numbered_heading) else {
            // Only read the block's last sentence when a run of bullets is open.
            let closes = |g: &usize| groups.get(*g).is_some_and(lead_closes);
            if open.iter().any(closes) && is_list_lead(last_sentence(b)) {
                open.retain(|g| !closes(g));
                rec.decide(RuleId::LeadClosesBullets, b.span, Verdict::ListEnds);
            }
            let weight = support_weight(blocks, k);
            for &g in &open {
                if let Some(g) = groups.get_mut(g) {
                    if !g.headings {
                        g.gap += weight;
                    }
                }
            }
            open.retain(|&g| {
                groups
                    .get(g)
                    .is_some_and(|g| g.headings || g.gap <= GAP * SENTENCES_PER_PARAGRAPH)
            });
            continue;
        };
        let found = open.iter().rposition(|&g| {
            groups.get(g).is_some_and(|g| {
                g.style == m.style
                    && g.headings == sectioned
                    && (g.indent == b.indent || g.style == Style::Word)
                    && (!g.crossed || m.ordinal == Some(g.last + 1))
            })
        });
        let span = b.span;
        match (found, m.ordinal) {
            (Some(pos), ord) => {
                // `pos` comes from a search of `open`, whose entries index `groups`.
                let Some(g) = open.get(pos).and_then(|&gi| groups.get_mut(gi)) else {
                    debug_assert!(false, "open group {pos} is not a group");
                    continue;
                };
                match ord {
                    Some(1) if g.last >= 1 => {
                        open.remove(pos);
                        open.push(groups.len());
                        groups.push(new_group(m.style, b.indent, sectioned, k, 1));
                        continue;
                    }
                    Some(n) if n > g.last + 1 => diags.push(Diagnostic::of(
                        Finding::OrdinalGap {
                            last: g.last,
                            found: n,
                        },
                        span,
                    )),
                    Some(n) if n <= g.last => diags.push(Diagnostic::of(
                        Finding::OrdinalRepeat {
                            last: g.last,
                            found: n,
                        },
                        span,
                    )),
                    _ => {}
                }
                let n = ord.unwrap_or(g.last + 1);
                g.items.push((k, n));
                g.last = n;
                g.gap = 0;
                g.crossed = false;
            }
            (None, None) if m.style == Style::Word => {}
            (None, ord) => {
                let n = ord.unwrap_or(1);
                // Keep the open lists few: each block is checked against all of them.
                if open.len() >= MAX_OPEN {
                    open.remove(0);
                }
                open.push(groups.len());
                groups.push(new_group(m.style, b.indent, sectioned, k, n));
            }
        }
    }
    lazy_numbering(blocks, &mut groups, rec);
    groups
}

/// Numbered items printed as markdown headings (`## 2. The tasks`) or in capitals of
/// two words or more (`2) MOFCOM ON RARE-EARTH EXPORT LICENCES`) head sections, as
/// numbered headings do: the support between two of them is not counted against the gap.
/// Bullets never do (`- ASEAN` is an item).
fn heads_section(b: &RawBlock<'_>) -> bool {
    let t = b.marker_rest();
    let numbered = b.marker.is_some_and(|m| m.kind != MarkerKind::Bullet);
    numbered && (b.markdown_heading || more_words_than(t, 1) && super::text::in_capitals(t))
}

/// At a heading without a number: the lists that cross headings stay open (numbered
/// ones, and ordinal words, which go on only with the next ordinal); the others close.
/// Returns whether a numbered list goes on across it.
fn at_heading(groups: &mut [Group], open: &mut Vec<usize>) -> bool {
    open.retain(|&g| {
        groups
            .get(g)
            .is_some_and(|g| g.headings || crosses_headings(g) || g.style == Style::Word)
    });
    for &g in open.iter() {
        if let Some(g) = groups.get_mut(g) {
            g.crossed |= g.style == Style::Word;
        }
    }
    open.iter().any(|&g| {
        groups
            .get(g)
            .is_some_and(|g| !g.headings && crosses_headings(g))
    })
}

/// Rule `lazy_numbering`: markdown renders every item of a list written `1.`, `1.`,
/// `1.` as the next number, and copies of such pages keep the ones. A list that stands
/// alone as one `1.` item, followed by another such one-item `1.` list at the same indent
/// (the next list numbered with dots there, whatever lies between), is one list: the
/// items are numbered on. A `1.` followed by a `2.` is an ordinary list and is left
/// alone; other styles (bullets, `First,`) are never merged.
fn lazy_numbering<R: Recorder>(blocks: &[RawBlock<'_>], groups: &mut Vec<Group>, rec: &mut R) {
    // One pass: for each indent (and whether the items head sections), the last list
    // numbered with dots kept so far, and whether it is a run of lone `1.`s.
    let mut out: Vec<Group> = Vec::with_capacity(groups.len());
    let mut last: Vec<((u32, bool), usize, bool)> = Vec::new();
    for g in groups.drain(..) {
        if g.style != Style::Dot {
            out.push(g);
            continue;
        }
        let key = (g.indent, g.headings);
        let pos = last.iter().position(|e| e.0 == key);
        let lone = g.items.len() == 1 && g.last == 1;
        let run = pos
            .and_then(|p| last.get(p))
            .filter(|e| e.2 && lone)
            .map(|e| e.1);
        if let (Some(at), Some(&(k, _))) = (run, g.items.first()) {
            if let Some(r) = out.get_mut(at) {
                r.last += 1;
                r.items.push((k, r.last));
                if let Some(b) = blocks.get(k) {
                    rec.decide(RuleId::LazyNumbering, b.span, Verdict::ListGoesOn);
                }
                continue;
            }
        }
        let entry = (key, out.len(), lone);
        match pos.and_then(|p| last.get_mut(p)) {
            Some(e) => *e = entry,
            None => last.push(entry),
        }
        out.push(g);
    }
    *groups = out;
}

/// Rule `numbering_across_headings`: the numbered paragraphs of a declaration or
/// communiqué run on across its section headings (`1.` … `5.` under `Preamble`, `6.` …
/// under `Climate`), so a heading does not close a list numbered with digits or Roman
/// numerals at the left margin; a number that does not continue it (a `1.` restarting
/// under the next heading) opens a new list as it would anywhere. Bullets belong to their
/// section, word ordinals (`First,`) go on across a heading only with the next ordinal
/// (see [`at_heading`]), and indented lists are sub-lists. Pinned by
/// `numbered_paragraphs_run_across_headings`.
fn crosses_headings(g: &Group) -> bool {
    !matches!(g.style, Style::Word | Style::Bullet(_)) && g.indent == 0
}

/// Rule `lead_closes_bullets`: a paragraph that leads in a list (`The two sides stated
/// that:`) between two runs of bullets starts a new list, since bullets carry no support
/// paragraphs of their own; the run before it is closed. Ordinal items (`First, ...`) and
/// numbered paragraphs may have a lead-in paragraph inside their support (`We will do the
/// following:`), so it leaves them open. Pinned by `a_lead_between_bullets_starts_a_new_list`.
fn lead_closes(g: &Group) -> bool {
    matches!(g.style, Style::Bullet(_))
}

fn new_group(style: Style, indent: u32, headings: bool, k: usize, n: u32) -> Group {
    Group {
        style,
        indent,
        headings,
        items: vec![(k, n)],
        last: n,
        gap: 0,
        crossed: false,
    }
}

/// The last sentence of a block.
fn last_sentence<'a>(b: &RawBlock<'a>) -> &'a str {
    let c = b.content;
    let start = sentence_ends(c).last().unwrap_or(0);
    c.get(start..).unwrap_or(c).trim_matches(is_space)
}

/// Words that present a list in a lead-in sentence.
fn presents_list(s: &str) -> bool {
    if is_list_lead(s) {
        return true;
    }
    let mut prev = "";
    for (_, w) in words(s) {
        let pair = |a: &str, b: &str| prev.eq_ignore_ascii_case(a) && w.eq_ignore_ascii_case(b);
        if pair("here", "are")
            || pair("there", "are")
            || pair("as", "follows")
            || pair("the", "following")
            || w.eq_ignore_ascii_case("include")
            || w.eq_ignore_ascii_case("includes")
            || w.eq_ignore_ascii_case("including:")
        {
            return true;
        }
        prev = w;
    }
    // A count phrase (`six focal tasks`) in a lead-in of ordinary length.
    !super::text::longer_than(s, 400) && find_count(s).is_some()
}

/// Rule "run-in heading" (recorded where the list is built): the lead-in of a run-in list is its heading when it presents
/// the list: any lead-in of a list after a colon or of numbered parts, but the sentence
/// before a series of ordinal sentences only when it announces a list (`raising three
/// proposals`, `there are`, a final `:`, or a count of as many things as follow, `sends
/// three messages.`). Otherwise the ordinals follow ordinary prose
/// (`... changes have been made. Secondly, ...`) and the list has no heading, nor a
/// declared count. Pinned by `run_in_lists_have_a_heading_only_when_one_presents_them`.
fn run_in_heading<'a>(r: &super::runin::RunIn<'a>, items: usize) -> Option<&'a str> {
    let h = r.heading;
    if h.is_empty() {
        return None;
    }
    if r.marker_kind != MarkerKind::Word {
        return Some(h);
    }
    let last = h
        .get(sentence_ends(h).last().unwrap_or(0)..)
        .unwrap_or(h)
        .trim_matches(is_space);
    // A sentence that counts as many things as follow presents them (`the conference
    // sends three messages.`, rule `counted_plural`).
    (h.ends_with(':') || presents_list(last) || count_of_items(last, items).is_some()).then_some(h)
}

/// The kind of list a heading names: from its count phrase, else from its last list noun.
fn kind_of(heading: &str, count: Option<&Declared>) -> EnumerationKind {
    if let Some(c) = count {
        return c.kind;
    }
    words(heading)
        .filter_map(|(_, w)| list_noun(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')))
        .last()
        .unwrap_or(EnumerationKind::Other)
}

fn heading_of<'a>(src: &'a str, text: &'a str) -> Heading<'a> {
    let t = super::text::strip_decoration(text);
    let t = t.strip_suffix('.').unwrap_or(t);
    Heading {
        text: Cow::Borrowed(super::text::strip_decoration(t)),
        span: span_of(src, text),
    }
}

/// The lists found so far, with where each starts, and which sections have one.
struct Drafts<'a> {
    lists: Vec<(usize, Enumeration<'a>)>,
    has_list: Vec<bool>,
}

impl<'a> Drafts<'a> {
    /// Adds a list that `rule` formed, starting at block `at`, and records the decision.
    fn push<R: Recorder>(&mut self, at: usize, e: Enumeration<'a>, rule: RuleId, rec: &mut R) {
        rec.decide(rule, e.span, Verdict::List(e.items.len()));
        self.lists.push((at, e));
    }

    fn mark(&mut self, section: Option<usize>) {
        if let Some(f) = section.and_then(|s| self.has_list.get_mut(s)) {
            *f = true;
        }
    }
}

/// Finds every list of the body.
pub(crate) fn enumerate<'a, R: Recorder>(
    src: &'a str,
    blocks: &mut [RawBlock<'a>],
    body: core::ops::Range<usize>,
    outline: &Outline,
    rec: &mut R,
) -> Lists<'a> {
    let mut diags = Vec::new();
    let groups = group_marked(blocks, body.clone(), &mut diags, rec);
    let mut drafts = Drafts {
        lists: Vec::new(),
        has_list: vec![false; outline.sections.len()],
    };
    let ctx = Ctx {
        src,
        body: body.clone(),
        outline,
    };
    marked_enumerations(&ctx, blocks, &groups, &mut drafts, rec);
    clause_enumerations(&ctx, blocks, &mut drafts, rec);
    count_heading_enumerations(&ctx, blocks, &mut drafts, rec);
    run_in_enumerations(&ctx, blocks, &mut drafts, &mut diags, rec);

    let mut lists = drafts.lists;
    lists.sort_by_key(|(k, e)| (*k, e.span.start));
    resumed_numbering(blocks, outline, &mut lists, rec);
    let enumerations: Vec<Enumeration<'a>> = lists.into_iter().map(|(_, e)| e).collect();
    for e in &enumerations {
        count_diagnostic(src, e, &mut diags);
    }
    Lists {
        enumerations,
        diagnostics: diags,
    }
}

/// What every list rule reads.
struct Ctx<'o, 'a> {
    src: &'a str,
    body: core::ops::Range<usize>,
    outline: &'o Outline,
}

/// The heading of a list of marked items: the lead-in or heading just before it, else its
/// section's heading when the list comes first in the section.
fn marked_heading<'a>(
    ctx: &Ctx<'_, 'a>,
    blocks: &[RawBlock<'a>],
    g: &Group,
    first: usize,
    first_list_in: &[bool],
) -> Option<&'a str> {
    let outline = ctx.outline;
    let section = outline.section_of.get(first).copied().flatten();
    let sec = section.and_then(|s| outline.sections.get(s));
    let prev = first
        .checked_sub(1)
        .filter(|p| *p >= ctx.body.start.saturating_sub(1));
    let sec_heading = sec.and_then(|s| s.heading).filter(|&h| h != first);
    if let Some(p) = prev.and_then(|p| blocks.get(p)) {
        let is_section_head = prev == sec_heading || sec.and_then(|s| s.subtitle) == prev;
        if is_list_lead(p.content) {
            return Some(last_sentence(p));
        } else if p.kind == BlockKind::Heading && !p.is_numbered_heading() && !is_section_head {
            return Some(p.content);
        } else if matches!(
            p.kind,
            BlockKind::Paragraph | BlockKind::Lede | BlockKind::Obligation
        ) && presents_list(last_sentence(p))
        {
            return Some(last_sentence(p));
        }
    }
    if g.headings {
        return None;
    }
    let (Some(s), Some(h)) = (section, sec_heading) else {
        return None;
    };
    let first_in_section = !first_list_in.get(s).copied().unwrap_or(true);
    let hb = blocks.get(h);
    let counted = hb.is_some_and(|b| b.count().is_some());
    let pos = outline
        .sections
        .get(s)
        .and_then(|sec| sec.blocks.binary_search(&first).ok());
    let near = pos.is_some_and(|p| p <= 2);
    // A numbered chapter heading (`1、 Work review`) names the list only when the items
    // follow it at once; otherwise its lists are parts of the chapter.
    let chapter = hb.is_some_and(RawBlock::is_numbered_heading);
    let at_once = pos == Some(0);
    if first_in_section && (counted || (near && (!chapter || at_once))) {
        hb.map(|b| b.content)
    } else {
        None
    }
}

/// Rule `count_before`: a list of marked items with no count of its own takes the count
/// a paragraph shortly before it declares (`put forward five priorities`, `raising three
/// proposals` in the lede), when the count names exactly as many items as follow. The
/// sentence holding the count becomes the list's heading. (A count that differs is more
/// often another list's or a figure of the text than a miscount, so it is left alone,
/// except a larger one set apart right before the list: see the `more` test below.)
/// `reach` is how many blocks up (page furniture aside) are read: [`COUNT_BEFORE`] for
/// items, 1 for numbered headings.
fn count_before<'a>(
    ctx: &Ctx<'_, 'a>,
    blocks: &[RawBlock<'a>],
    first: usize,
    items: usize,
    reach: usize,
) -> Option<(&'a str, Declared)> {
    let from = ctx.body.start.saturating_sub(1);
    let before = blocks.get(from..first)?;
    // Not across a heading: a count above one belongs to another part of the text. Page
    // furniture between (`ADVERTISEMENT`) is passed over and not counted.
    before
        .iter()
        .rev()
        .filter(|b| b.kind != BlockKind::Chrome)
        .take_while(|b| b.kind != BlockKind::Heading)
        .take(reach)
        .enumerate()
        .find_map(|(k, b)| {
            // A paragraph that opens with an obligation may announce the list too (`How
            // should we find new drivers of growth? I wish to share three observations.`).
            if !matches!(
                b.kind,
                BlockKind::Paragraph
                    | BlockKind::Lede
                    | BlockKind::ListLead
                    | BlockKind::Obligation
            ) {
                return None;
            }
            let c = b.content;
            // Any plural counts (rule `counted_plural`) only in the block right before
            // the list.
            let agrees = |n: &Count<'_>| usize::try_from(n.count).is_ok_and(|n| n == items);
            // Right before the list, in a short paragraph, a count of more items than
            // follow announces an incomplete list (`sums up "five musts" ... He explained
            // them one by one.` over three of them): it is declared, and the mismatch
            // reported.
            // The count must be set apart: in quotes, or in a paragraph that ends with a
            // colon (`The report lists ten major tasks. The first five are:`).
            let short = k == 0 && sentence_ends(c).nth(2).is_none();
            let more = |at: usize, n: &Count<'_>| {
                let quoted = c
                    .get(..at)
                    .is_some_and(|h| h.trim_end_matches(is_space).ends_with(is_quote))
                    || c.get(at..).is_some_and(|t| t.starts_with(is_quote));
                let lead = c.trim_end_matches(is_space).ends_with([':', '：']);
                // A lead that says the list is a part (`listed 13 notable strengths,
                // including:`) may count any number more.
                let part = lead && ends_with_part_word(c);
                short
                    && (quoted || lead)
                    && usize::try_from(n.count)
                        .is_ok_and(|n| n > items && (n <= 2 * items || part && n <= 10 * items))
            };
            let strict = find_count(c)
                .filter(|(at, n)| agrees(n) || more(*at, n))
                .or_else(|| find_point_count(c).filter(|(_, n)| agrees(n)));
            let loose = || {
                (k == 0)
                    .then(|| count_of_items(c, items).or_else(|| bare_count_at_end(c, items)))
                    .flatten()
            };
            let (at, count) = strict.or_else(loose)?;
            let start = sentence_ends(c)
                .take_while(|&e| e <= at)
                .last()
                .unwrap_or(0);
            let end = sentence_ends(c).find(|&e| e > at).unwrap_or(c.len());
            let sentence = c.get(start..end)?.trim_matches(is_space);
            Some((sentence, count.into()))
        })
}

/// Rule `counted_plural` on the heading of a list of `items` items (see
/// [`count_of_items`]): the count it declares, recorded.
fn counted_plural<R: Recorder>(
    src: &str,
    heading: &str,
    items: usize,
    rec: &mut R,
) -> Option<Declared> {
    let (at, c) = count_of_items(heading, items)?;
    let phrase = heading.get(at..at + c.len).unwrap_or(heading);
    rec.decide(
        RuleId::CountedPlural,
        span_of(src, phrase),
        Verdict::Declares(c.count),
    );
    Some(c.into())
}

/// Blocks looked at before a list for the count that announces it.
const COUNT_BEFORE: usize = 6;

/// Rule `marked_items` (the groups made into lists) and rule `lone_ordinal_is_prose`.
fn marked_enumerations<'a, R: Recorder>(
    ctx: &Ctx<'_, 'a>,
    blocks: &mut [RawBlock<'a>],
    groups: &[Group],
    drafts: &mut Drafts<'a>,
    rec: &mut R,
) {
    let mut first_list_in: Vec<bool> = vec![false; ctx.outline.sections.len()];
    for g in groups {
        let numeric = !matches!(g.style, Style::Word | Style::Bullet(_));
        let Some(&(first, _)) = g.items.first() else {
            continue;
        };
        let mut heading = marked_heading(ctx, blocks, g, first, &first_list_in);
        let mut count: Option<Declared> = heading.and_then(|h| {
            let (_, c) = lead_count(h, g.items.len())?;
            // The lead counts other things first (rule `declared_count`).
            if find_count(h).is_some_and(|(_, f)| f.count != c.count) {
                rec.decide(
                    RuleId::DeclaredCount,
                    span_of(ctx.src, h),
                    Verdict::Declares(c.count),
                );
            }
            Some(c.into())
        });
        if let (None, Some(h)) = (count, heading) {
            count = counted_plural(ctx.src, h, g.items.len(), rec);
        }
        // Numbered section headings take a count from the paragraph right above the first
        // (`... signals three major shifts.` / `1. From ...`), other lists from a few
        // paragraphs up.
        let reach = if g.headings { 1 } else { COUNT_BEFORE };
        if count.is_none() {
            if let Some((sentence, c)) = count_before(ctx, blocks, first, g.items.len(), reach) {
                heading = Some(sentence);
                count = Some(c);
                if let Some(b) = blocks.get(first) {
                    rec.decide(RuleId::CountBefore, b.span, Verdict::Declares(c.count));
                }
            }
        }
        if g.items.len() < 2 && !numeric && count.is_none() {
            // A lone `First,` is prose, not a list, unless a count announces it.
            for &(k, _) in &g.items {
                if let Some(b) = blocks.get_mut(k) {
                    rec.decide(RuleId::LoneOrdinalIsProse, b.span, Verdict::NotAList);
                    if b.kind == BlockKind::Item {
                        b.set(BlockKind::Paragraph, RuleId::LoneOrdinalIsProse, rec);
                    }
                }
            }
            continue;
        }
        // A list of numbered chapter headings is not a list inside the first chapter.
        let section = ctx.outline.section_of.get(first).copied().flatten();
        if let Some(s) = section.filter(|_| !g.headings) {
            if let Some(f) = first_list_in.get_mut(s) {
                *f = true;
            }
            drafts.mark(Some(s));
        }
        let items: Vec<Item<'a>> = g
            .items
            .iter()
            .filter_map(|&(k, n)| blocks.get(k).map(|b| item_of(ctx.src, b, n)))
            .collect();
        let span = cover(&items);
        let e = Enumeration {
            heading: heading.map(|h| heading_of(ctx.src, h)),
            kind: kind_of(heading.unwrap_or(""), count.as_ref()),
            strength: Strength::Explicit,
            declared_count: count.map(|c| c.count),
            items,
            span,
        };
        drafts.push(first, e, RuleId::MarkedItems, rec);
    }
}

/// Rule `clause_items`: the clauses the outline gave each list lead.
fn clause_enumerations<'a, R: Recorder>(
    ctx: &Ctx<'_, 'a>,
    blocks: &[RawBlock<'a>],
    drafts: &mut Drafts<'a>,
    rec: &mut R,
) {
    for (lead, range) in &ctx.outline.clause_lists {
        let Some(l) = blocks.get(*lead) else { continue };
        let heading = l.content;
        let items: Vec<Item<'a>> = range
            .clone()
            .zip(1..)
            .filter_map(|(k, n)| blocks.get(k).map(|b| item_of(ctx.src, b, n)))
            .collect();
        let count: Option<Declared> = find_count(heading)
            .map(|(_, c)| c.into())
            .or_else(|| counted_plural(ctx.src, heading, items.len(), rec));
        drafts.mark(ctx.outline.section_of.get(*lead).copied().flatten());
        let span = cover(&items);
        let e = Enumeration {
            heading: Some(heading_of(ctx.src, heading)),
            kind: kind_of(heading, count.as_ref()),
            strength: Strength::Soft,
            declared_count: count.map(|c| c.count),
            items,
            span,
        };
        drafts.push(range.start, e, RuleId::ClauseItems, rec);
    }
}

/// The first run of two or more consecutive obligations among a section's blocks.
fn obligation_run(blocks: &[RawBlock<'_>], section: &[usize]) -> Vec<usize> {
    let mut run: Vec<usize> = Vec::new();
    for &k in section {
        let obligation = blocks
            .get(k)
            .is_some_and(|b| b.kind == BlockKind::Obligation);
        if obligation && run.last().is_none_or(|&l| l + 1 == k) {
            run.push(k);
        } else if run.len() >= 2 {
            break;
        } else {
            run.clear();
            if obligation {
                run.push(k);
            }
        }
    }
    run
}

/// Rules `obligation_run` and `declared_only`: the lists of count headings whose sections
/// have no other list.
fn count_heading_enumerations<'a, R: Recorder>(
    ctx: &Ctx<'_, 'a>,
    blocks: &[RawBlock<'a>],
    drafts: &mut Drafts<'a>,
    rec: &mut R,
) {
    for (s, sec) in ctx.outline.sections.iter().enumerate() {
        if drafts.has_list.get(s).copied().unwrap_or(false) {
            continue;
        }
        let Some((h, hb)) = sec.heading.and_then(|h| Some((h, blocks.get(h)?))) else {
            continue;
        };
        let Some(count) = hb.count() else { continue };
        let run = obligation_run(blocks, &sec.blocks);
        let heading = Some(heading_of(ctx.src, hb.content));
        if let (true, Some(&first)) = (run.len() >= 2, run.first()) {
            let items: Vec<Item<'a>> = run
                .iter()
                .zip(1..)
                .filter_map(|(&k, n)| blocks.get(k).map(|b| item_of(ctx.src, b, n)))
                .collect();
            let span = cover(&items);
            let e = Enumeration {
                heading,
                kind: count.kind,
                strength: Strength::Explicit,
                declared_count: Some(count.count),
                items,
                span,
            };
            drafts.push(first, e, RuleId::ObligationRun, rec);
        } else {
            let span = hb.span;
            rec.decide(RuleId::DeclaredOnly, span, Verdict::List(0));
            drafts.lists.push((
                h,
                Enumeration {
                    heading,
                    kind: count.kind,
                    strength: Strength::DeclaredOnly,
                    declared_count: Some(count.count),
                    items: Vec::new(),
                    span: Span::new(span.end, span.end),
                },
            ));
        }
    }
}

/// Rule `run_in_list`: the run-in lists inside paragraphs (the lede included).
fn run_in_enumerations<'a, R: Recorder>(
    ctx: &Ctx<'_, 'a>,
    blocks: &[RawBlock<'a>],
    drafts: &mut Drafts<'a>,
    diags: &mut Vec<Diagnostic>,
    rec: &mut R,
) {
    let src = ctx.src;
    for k in ctx.body.start.saturating_sub(1)..ctx.body.end {
        let Some(b) = blocks.get(k) else { break };
        if !matches!(
            b.kind,
            BlockKind::Paragraph | BlockKind::Lede | BlockKind::Obligation | BlockKind::ListLead
        ) {
            continue;
        }
        for r in run_ins(b.content) {
            let items: Vec<Item<'a>> = r
                .items
                .iter()
                .map(|&(marker, n, text)| Item {
                    ordinal: n,
                    marker: marker.map(Cow::Borrowed),
                    marker_kind: r.marker_kind,
                    text: Cow::Borrowed(text),
                    span: match marker {
                        Some(m) => span_of(src, m).cover(span_of(src, text)),
                        None => span_of(src, text),
                    },
                })
                .collect();
            let span = cover(&items);
            let heading = run_in_heading(&r, items.len());
            if let Some(h) = heading {
                rec.decide(RuleId::RunInHeading, span_of(src, h), Verdict::ListHeading);
            }
            if let Some(first) = items.first().filter(|i| i.ordinal > 1) {
                diags.push(Diagnostic::of(
                    Finding::ListStartsLate {
                        first: first.ordinal,
                    },
                    first.span,
                ));
            }
            let mut count = heading.and(r.count);
            if let (None, Some(h)) = (count, heading) {
                count = count_of_items(h, items.len()).map(|(at, c)| {
                    rec.decide(
                        RuleId::CountedPlural,
                        span_of(src, h.get(at..).unwrap_or(h)),
                        Verdict::Declares(c.count),
                    );
                    c
                });
            }
            let e = Enumeration {
                heading: heading.map(|h| heading_of(src, h)),
                kind: kind_of(heading.unwrap_or(""), count.map(Declared::from).as_ref()),
                strength: if r.marker_kind == MarkerKind::None {
                    Strength::Soft
                } else {
                    Strength::Explicit
                },
                declared_count: count.map(|c| c.count),
                items,
                span,
            };
            let rule = if r.marker_kind == MarkerKind::Word {
                RuleId::OrdinalClauses
            } else {
                RuleId::RunInList
            };
            drafts.push(k, e, rule, rec);
        }
    }
}

fn cover(items: &[Item<'_>]) -> Span {
    match (items.first(), items.last()) {
        (Some(a), Some(b)) => a.span.cover(b.span),
        _ => Span::default(),
    }
}

/// Rule `resumed_numbering`: a numbered list whose heading declares more items than it
/// holds, followed in the same section (after a caption or a paragraph or two, no heading
/// between) by a list of the same marks numbered again from 1 that holds exactly the
/// missing items, is one list: markdown numbers a list again from 1 after anything that
/// interrupts it. The items keep their printed markers; their ordinals are their places.
fn resumed_numbering<'a, R: Recorder>(
    blocks: &[RawBlock<'_>],
    outline: &Outline,
    lists: &mut Vec<(usize, Enumeration<'a>)>,
    rec: &mut R,
) {
    // The marker without its number: `.` of `3.`.
    fn mark<'m>(i: &'m Item<'_>) -> Option<&'m str> {
        i.marker
            .as_deref()
            .map(|m| m.trim_start_matches(|c: char| c.is_ascii_digit()))
    }
    let numbered =
        |e: &Enumeration<'_>| e.items.iter().all(|i| i.marker_kind == MarkerKind::Number);
    let section = |at: usize| outline.section_of.get(at).copied().flatten();
    // Whether `b`, starting at block `b_at`, goes on with `a`, starting at `a_at`.
    let resumes = |(a_at, a): &(usize, Enumeration<'_>), (b_at, b): &(usize, Enumeration<'_>)| {
        let fits = a.declared_count.is_some_and(|n| {
            usize::try_from(n)
                .is_ok_and(|n| a.items.len() < n && a.items.len() + b.items.len() == n)
        });
        // The blocks between the two lists (blocks are in text order): at most two, none
        // a heading.
        let interrupted = || {
            let from = blocks.partition_point(|x| x.span.start < a.span.end);
            let to = blocks.partition_point(|x| x.span.end <= b.span.start);
            let between = blocks.get(from..to.max(from)).unwrap_or_default();
            between.len() <= 2 && between.iter().all(|x| x.kind != BlockKind::Heading)
        };
        fits && b.heading.is_none()
            && b.declared_count.is_none()
            && b.items.first().is_some_and(|i| i.ordinal == 1)
            && numbered(a)
            && numbered(b)
            && a.items.first().map(mark) == b.items.first().map(mark)
            && section(*a_at) == section(*b_at)
            && interrupted()
    };
    // One pass: each list goes on the last one kept, or is kept.
    let mut out: Vec<(usize, Enumeration<'a>)> = Vec::with_capacity(lists.len());
    for next in lists.drain(..) {
        match out.last_mut() {
            Some(last) if resumes(last, &next) => {
                let (_, b) = next;
                let a = &mut last.1;
                rec.decide(RuleId::ResumedNumbering, b.span, Verdict::ListGoesOn);
                let from = a.items.len();
                for (n, mut item) in b.items.into_iter().enumerate() {
                    item.ordinal = u32::try_from(from + n + 1).unwrap_or(u32::MAX);
                    a.items.push(item);
                }
                a.span = a.span.cover(b.span);
            }
            _ => out.push(next),
        }
    }
    *lists = out;
}

/// Declared-versus-found check of one list.
fn count_diagnostic(src: &str, e: &Enumeration<'_>, diags: &mut Vec<Diagnostic>) {
    let (Some(declared), Some(h)) = (e.declared_count, e.heading.as_ref()) else {
        return;
    };
    let found = e.items.len();
    let declared_n = declared as usize;
    if found == declared_n {
        return;
    }
    let finding = if found == 0 {
        Finding::DeclaredOnly {
            heading: &h.text,
            declared,
        }
    } else {
        // A lead that says the list is a part of what it counts (`..., including:`,
        // `... Among them:`) does not contradict itself.
        let between = src.get(h.span.end..e.span.start).unwrap_or("");
        let partial =
            found < declared_n && (ends_with_part_word(&h.text) || ends_with_part_word(between));
        Finding::CountMismatch {
            heading: &h.text,
            declared,
            found,
            partial,
        }
    };
    let mut d = Diagnostic::of(finding, h.span);
    if found > 0 {
        d = d.with_related(e.span);
    }
    diags.push(d);
}

/// Whether a list's lead ends by saying the list is a part of what it counts:
/// `..., including:`, `... among them:`, `... such as:`.
fn ends_with_part_word(lead: &str) -> bool {
    let t = lead.trim_end_matches(|c: char| is_space(c) || c == ':' || c == '：');
    [
        "including",
        "include",
        "includes",
        "among them",
        "such as",
        "for example",
    ]
    .iter()
    .any(|w| {
        t.len() >= w.len()
            && t.get(t.len() - w.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(s: &str) -> Option<&str> {
        run_ins(s)
            .first()
            .and_then(|r| run_in_heading(r, r.items.len()))
    }

    fn marked_lists(src: &str) -> Vec<Vec<Option<u32>>> {
        let doc = crate::parse(src);
        doc.enumerations()
            .iter()
            .map(|e| e.items.iter().map(|i| Some(i.ordinal)).collect())
            .collect()
    }

    #[test]
    fn numbered_section_headings_take_the_count_right_above() {
        let lists = |src: &str| {
            crate::parse(src)
                .enumerations
                .iter()
                .map(|e| {
                    (
                        e.heading.as_ref().map(|h| h.text.to_string()),
                        e.declared_count,
                    )
                })
                .collect::<Vec<_>>()
        };
        let counted = vec![(
            Some("In my view, it signals three major shifts".to_string()),
            Some(3),
        )];
        let body = "\n\nInvestment in people has grown for years, and the money now goes to schools and clinics.\n\n2. From scale to quality\n\nGrowth is measured by quality now, and the old targets matter less than before.\n\n3. From exports to demand at home\n\nHouseholds will carry more of the growth, the essay argues, than exports did.\n";
        let src = format!(
            "Three shifts\n\nThe conference stressed the point again. In my view, it signals three major shifts.\n\n1. From things to people{body}"
        );
        assert_eq!(lists(&src), counted);
        // Page furniture between the count and the first heading is passed over.
        let src = format!(
            "Three shifts\n\nIn my view, it signals three major shifts.\n\nADVERTISEMENT\n\n1. From things to people{body}"
        );
        assert_eq!(lists(&src), counted);
        // Two paragraphs above: the count is too far from headings.
        let src = format!(
            "Three shifts\n\nIn my view, it signals three major shifts.\n\nThe conference stressed the point again, as it did last year.\n\n1. From things to people{body}"
        );
        assert_eq!(lists(&src), vec![(None, None)]);
    }

    #[test]
    fn numbered_paragraphs_run_across_headings() {
        let src = "Joint Declaration\n\nPreamble\n\n1. We met in Lima and agreed on a plan.\n\n2. We welcome the progress made so far.\n\nClimate\n\n3. We commit to cut emissions.\n\n4. We support the fund for adaptation.\n";
        assert_eq!(
            marked_lists(src),
            vec![vec![Some(1), Some(2), Some(3), Some(4)]]
        );
        // Numbering that restarts under the next heading is a new list.
        let src = "Plan\n\nPart A\n\n1. Build roads across the region.\n\n2. Build ports along the coast.\n\nPart B\n\n1. Train teachers in every town.\n\n2. Open schools in every village.\n";
        assert_eq!(marked_lists(src).len(), 2);
    }

    #[test]
    fn ordinal_items_keep_their_support_on_one_scraped_line() {
        // A whole article on one line: each item has eight sentences of support.
        let support = "The delegates said this would help every country in the region. ".repeat(8);
        let body = format!(
            "Leaders met in Lima on Monday and raised three proposals. First, they called for unity. {support}\
             Second, they called for openness. {support}Third, they called for justice. {support}"
        );
        let src = format!("Leaders raise three proposals\n\n{body}\n");
        assert!(src.len() > 1500, "a run-on line");
        assert_eq!(marked_lists(&src), vec![vec![Some(1), Some(2), Some(3)]]);
        // In paragraphs, eight paragraphs of support are more than a list carries.
        let para = "It will help.\n\n".repeat(8);
        let src = format!(
            "Leaders raise proposals\n\nFirst, they called for unity.\n\n{para}Second, they called for openness.\n"
        );
        assert_eq!(marked_lists(&src), vec![] as Vec<Vec<Option<u32>>>);
    }

    #[test]
    fn a_lead_between_bullets_starts_a_new_list() {
        let src = "Joint Statement\n\nThe two sides stated that:\n\n- trade is in the interest of both\n- neither seeks to dominate the region\n\nThey reviewed their old disputes.\n\nThe first side restated its position:\n\n- the river is the border\n- the islands are its own\n- fishing rights stay as they are\n";
        assert_eq!(
            marked_lists(src),
            vec![vec![Some(1), Some(2)], vec![Some(1), Some(2), Some(3)]]
        );
        // Ordinal items keep a lead-in paragraph of their support inside the list.
        let src = "Work Report\n\nFirst, we will build roads across the region.\n\nThe roads will serve the following:\n\nSecond, we will build ports along the coast.\n\nThird, we will train teachers in every town.\n";
        assert_eq!(marked_lists(src), vec![vec![Some(1), Some(2), Some(3)]]);
    }

    #[test]
    fn run_in_lists_have_a_heading_only_when_one_presents_them() {
        assert_eq!(
            heading("Xi said, raising three proposals. Firstly, unity. Secondly, openness."),
            Some("Xi said, raising three proposals.")
        );
        assert_eq!(
            heading("He set two tasks: first, act; second, plan."),
            Some("He set two tasks:")
        );
        // Ordinals after ordinary prose have no heading.
        assert_eq!(
            heading(
                "Great changes have been made in foreign work. Secondly, it grew. Thirdly, it rose. The fourth is to act."
            ),
            None
        );
        assert_eq!(
            heading("The weather was fine. First, it rained. Second, it cleared."),
            None
        );
    }
}
