//! Phase 4: the outline. Turn the flat list of body blocks into nested sections.
//!
//! Named rules, each tested below:
//! - **clause list**: a list lead (`... is ——`, a trailing `:`) not followed by marked items
//!   takes the following blocks as list clauses, up to and including the first that ends
//!   with a full stop; clauses are items even when they look like headings;
//! - **announcement**: a run of two or more headings whose texts recur later as headings
//!   opens one section that announces them; the later ones open its subsections;
//! - **subtitle**: in any other run of headings, the second qualifies the first;
//! - **section rank**: a heading that is quoted, declares a count, is numbered, or has a subtitle
//!   opens a top-level section (rank 1); a lone plain heading (rank 2) opens a subsection
//!   inside an open rank-1 section, and a sibling section otherwise.

use std::collections::HashMap;

use super::block::{RawBlock, heading_like};
use super::text::{Caseless, ends_sentence, same_words};
use crate::model::{BlockKind, MarkerKind};
use crate::rules::{Recorder, RuleId, Verdict};

/// A section as indices into the block list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct SecInfo {
    pub(crate) heading: Option<usize>,
    pub(crate) subtitle: Option<usize>,
    pub(crate) announces: Vec<usize>,
    pub(crate) rank: u8,
    pub(crate) parent: Option<usize>,
    pub(crate) children: Vec<usize>,
    /// The section's own body blocks.
    pub(crate) blocks: Vec<usize>,
}

/// The outline of a body.
#[derive(Clone, Debug, Default)]
pub(crate) struct Outline {
    pub(crate) sections: Vec<SecInfo>,
    /// Top-level sections, in order.
    pub(crate) top: Vec<usize>,
    /// The innermost section of each block (indexed like the block list).
    pub(crate) section_of: Vec<Option<usize>>,
    /// Clause lists: the lead's index and the clauses' index range.
    pub(crate) clause_lists: Vec<(usize, core::ops::Range<usize>)>,
}

/// Most clauses a list lead takes.
const CLAUSE_REACH: usize = 12;

/// Rule "clause list": finds the clauses after each list lead and marks them as items.
fn clause_lists<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    body: core::ops::Range<usize>,
    rec: &mut R,
) -> Vec<(usize, core::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut i = body.start;
    while i < body.end {
        let is_lead = blocks.get(i).is_some_and(|b| b.kind == BlockKind::ListLead);
        let next_is_item = blocks.get(i + 1).is_some_and(|b| b.marker.is_some());
        if !is_lead || next_is_item {
            i += 1;
            continue;
        }
        let mut end = None;
        for j in i + 1..body.end.min(i + 1 + CLAUSE_REACH) {
            let Some(b) = blocks.get(j) else { break };
            let stops = b.marker.is_some()
                || b.quoted
                || salutation(b.content)
                || matches!(
                    b.kind,
                    BlockKind::Credit
                        | BlockKind::Chrome
                        | BlockKind::Caption
                        | BlockKind::ListLead
                )
                || (b.kind == BlockKind::Heading && b.count().is_some());
            if stops {
                break;
            }
            if ends_sentence(b.content) {
                end = Some(j + 1);
                break;
            }
        }
        match end {
            Some(e) if e >= i + 3 => {
                for b in blocks.get_mut(i + 1..e).into_iter().flatten() {
                    b.set(BlockKind::Item, RuleId::ClauseList, rec);
                }
                out.push((i, i + 1..e));
                i = e;
            }
            _ => i += 1,
        }
    }
    out
}

/// A speech's salutation on a line of its own (`Your Excellency ...,`, `Distinguished
/// Guests,`, `Ladies and Gentlemen,`, `Dear Friends,`, `Good evening!`): it addresses the
/// audience and lists nothing.
fn salutation(c: &str) -> bool {
    let opens = [
        "Your Excellency",
        "Your Excellencies",
        "Excellency",
        "Excellencies",
        "Distinguished",
        "Dear",
        "Ladies and Gentlemen",
        "Friends",
        "Honourable",
        "Honorable",
        "Colleagues",
        "Good morning",
        "Good afternoon",
        "Good evening",
    ];
    // The words whole, capitalised as a salutation prints them.
    let opens_with = |p: &str| {
        c.strip_prefix(p)
            .is_some_and(|r| !r.starts_with(|ch: char| ch.is_alphanumeric()))
    };
    matches!(super::text::final_char(c), Some(',' | '!' | ':' | '，'))
        && !super::text::more_words_than(c, 16)
        && opens.iter().any(|p| opens_with(p))
}

/// A dash-led line right after a heading, unpunctuated: a subtitle, not a bullet
/// (`——At the Second Session of the 14th National People's Congress`).
fn dash_subtitle(b: &RawBlock<'_>) -> bool {
    matches!(b.marker, Some(m) if m.kind == MarkerKind::Bullet && heading_like(b.marker_rest()))
        && b.kind == BlockKind::Item
}

/// A heading that opens a top-level section on its own.
fn is_strong(b: &RawBlock<'_>) -> bool {
    b.quoted || b.count().is_some() || b.is_numbered_heading()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Content,
    Head(u8),
    Subtitle,
    Announced,
}

/// Builds the outline of `blocks[body]`: the clause lists, the runs of headings and the
/// role each block plays in them, the sections those roles open, and the kinds the roles
/// give the blocks.
pub(crate) fn outline<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    body: core::ops::Range<usize>,
    rec: &mut R,
) -> Outline {
    let clause = clause_lists(blocks, body.clone(), rec);
    let runs = heading_runs(blocks, body.clone());
    let roles = heading_roles(blocks, &runs);
    let outline = Outline {
        clause_lists: clause,
        ..sections(&roles, body)
    };
    set_kinds(blocks, &roles, rec);
    outline
}

/// The runs of consecutive headings in `blocks[body]`, as `(first, end)` pairs, in order.
/// Rule "dash subtitle" (which lines can be one): a dash-led subtitle comes right after the
/// heading, and alone; a run of such lines is a list under the heading (`MAJOR TARGETS` /
/// `— GDP growth of ...` / `— CPI increase of ...`), not part of the run.
fn heading_runs(blocks: &[RawBlock<'_>], body: core::ops::Range<usize>) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = body.start;
    while i < body.end {
        let is_heading = |k: usize, b: &RawBlock<'_>| {
            b.kind == BlockKind::Heading
                || (k == i + 1
                    && dash_subtitle(b)
                    && !blocks.get(k + 1).is_some_and(|next| {
                        matches!((next.marker, b.marker), (Some(x), Some(y)) if x.style == y.style)
                    }))
        };
        let mut j = i;
        while j < body.end && blocks.get(j).is_some_and(|b| is_heading(j, b)) {
            j += 1;
        }
        if j > i {
            runs.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    runs
}

/// The role of every block (indexed like `blocks`), decided run by run. Rule
/// "announcement": a run of two or more headings, at least two of which recur later as
/// headings, opens one section and announces the others. Rule "subtitle": in any other run
/// of two or more, the second heading qualifies the first. Rule "section rank": the first heading
/// of a run of two or more, and a strong heading (see [`is_strong`]), opens a top-level
/// section (rank 1); any other heading has rank 2.
fn heading_roles(blocks: &[RawBlock<'_>], runs: &[(usize, usize)]) -> Vec<Role> {
    let mut roles = vec![Role::Content; blocks.len()];
    let later = LaterHeadings::new(blocks, runs);
    for &(a, b) in runs {
        let len = b - a;
        let announced = len >= 2
            && (a..b)
                .filter(|&k| {
                    blocks
                        .get(k)
                        .is_some_and(|bl| later.recurs(b, bl.heading_text()))
                })
                .count()
                >= 2;
        if announced {
            if let Some(r) = roles.get_mut(a) {
                *r = Role::Head(1);
            }
            for r in roles.get_mut(a + 1..b).into_iter().flatten() {
                *r = Role::Announced;
            }
            continue;
        }
        let first = blocks.get(a);
        let rank = if len >= 2 || first.is_some_and(is_strong) {
            1
        } else {
            2
        };
        if let Some(r) = roles.get_mut(a) {
            *r = Role::Head(rank);
        }
        if len >= 2 {
            // A numbered heading under the first (`I. General Requirements` over `(1)
            // Guiding principles`) opens a subsection; it does not qualify its heading.
            let numbered = blocks
                .get(a + 1)
                .is_some_and(|h| h.marker.is_some_and(|m| m.ordinal.is_some()));
            if let Some(r) = roles.get_mut(a + 1) {
                *r = if numbered {
                    Role::Head(2)
                } else {
                    Role::Subtitle
                };
            }
            for k in a + 2..b {
                let rank = if blocks.get(k).is_some_and(is_strong) {
                    1
                } else {
                    2
                };
                if let Some(r) = roles.get_mut(k) {
                    *r = Role::Head(rank);
                }
            }
        }
    }
    roles
}

/// The texts of the headings in runs, for rule "announcement": whether a heading's text
/// recurs as a heading further on. A direct comparison for the usual handful of headings,
/// a hash map of each text's last place when there are many.
struct LaterHeadings<'t> {
    /// Each heading in a run and its text; empty when no run has two headings (the rule
    /// then asks nothing).
    heads: Vec<(usize, &'t str)>,
    /// The last heading with each text, when there are many headings.
    last: HashMap<Caseless<'t>, usize>,
}

impl<'t> LaterHeadings<'t> {
    fn new(blocks: &[RawBlock<'t>], runs: &[(usize, usize)]) -> Self {
        let multi = runs.iter().any(|&(a, b)| b - a >= 2);
        let heads: Vec<(usize, &'t str)> = if multi {
            runs.iter()
                .flat_map(|&(a, b)| a..b)
                .filter_map(|k| blocks.get(k).map(|bl| (k, bl.heading_text())))
                .collect()
        } else {
            Vec::new()
        };
        let mut last: HashMap<Caseless<'t>, usize> = HashMap::new();
        if heads.len() > 64 {
            for &(k, t) in &heads {
                let at = last.entry(Caseless(t)).or_insert(k);
                *at = (*at).max(k);
            }
        }
        LaterHeadings { heads, last }
    }

    /// Whether a heading after block `after` has the words of `text`.
    fn recurs(&self, after: usize, text: &str) -> bool {
        if self.heads.len() > 64 {
            self.last
                .get(&Caseless(text))
                .is_some_and(|&last| last > after)
        } else {
            self.heads
                .iter()
                .any(|&(k, t)| k > after && same_words(t, text))
        }
    }
}

/// The sections the roles of `blocks[body]` open, built with a stack of open sections:
/// each heading opens one (see [`open_section`]); a subtitle qualifies the innermost open
/// section and an announced heading belongs to it; content goes to the innermost open
/// section, and text before the first heading to a section without a heading. The clause
/// lists are left empty.
fn sections(roles: &[Role], body: core::ops::Range<usize>) -> Outline {
    // One section per heading, and one for text before the first heading: allocated once.
    let heads = roles.iter().filter(|r| matches!(r, Role::Head(_))).count();
    let mut out = Outline {
        sections: Vec::with_capacity(heads + 1),
        top: Vec::new(),
        section_of: vec![None; roles.len()],
        clause_lists: Vec::new(),
    };
    let mut stack: Vec<usize> = Vec::new();
    for k in body {
        let role = roles.get(k).copied().unwrap_or(Role::Content);
        match role {
            Role::Head(rank) => open_section(&mut out, &mut stack, roles, k, rank),
            Role::Subtitle | Role::Announced => {
                let cur = stack.last().copied();
                if let (Role::Subtitle, Some(c)) = (role, cur.and_then(|c| out.sections.get_mut(c)))
                {
                    if c.subtitle.is_none() {
                        c.subtitle = Some(k);
                    }
                }
                if let Some(s) = out.section_of.get_mut(k) {
                    *s = cur;
                }
            }
            Role::Content => {
                let cur = match stack.last() {
                    Some(&c) => c,
                    None => {
                        let id = out.sections.len();
                        out.sections.push(SecInfo::default());
                        out.top.push(id);
                        stack.push(id);
                        id
                    }
                };
                if let Some(s) = out.sections.get_mut(cur) {
                    s.blocks.push(k);
                }
                if let Some(s) = out.section_of.get_mut(k) {
                    *s = Some(cur);
                }
            }
        }
    }
    out
}

/// Rule "section rank", where heading `k` of rank `rank` goes: it closes the open sections of its
/// rank or below (and the section without a heading, of rank 0), and opens a section inside
/// the innermost one left open, or a top-level section when none is. When announced
/// headings follow it, its section announces them (the heading itself first).
fn open_section(out: &mut Outline, stack: &mut Vec<usize>, roles: &[Role], k: usize, rank: u8) {
    while let Some(&open) = stack.last() {
        let r = out.sections.get(open).map_or(0, |s| s.rank);
        if r == 0 || r >= rank {
            stack.pop();
        } else {
            break;
        }
    }
    let id = out.sections.len();
    let parent = stack.last().copied();
    let announces = if roles.get(k + 1) == Some(&Role::Announced) {
        let mut v = vec![k];
        let mut j = k + 1;
        while roles.get(j) == Some(&Role::Announced) {
            v.push(j);
            j += 1;
        }
        v
    } else {
        Vec::new()
    };
    out.sections.push(SecInfo {
        heading: Some(k),
        rank,
        parent,
        announces,
        ..SecInfo::default()
    });
    match parent.and_then(|p| out.sections.get_mut(p)) {
        Some(p) => p.children.push(id),
        None => out.top.push(id),
    }
    stack.push(id);
    if let Some(s) = out.section_of.get_mut(k) {
        *s = Some(id);
    }
}

/// The kinds the roles give the blocks, each decision recorded, and the rank of every
/// heading that opens a section (rule "section rank"). Rule "dash subtitle": a
/// dash-led item that became a subtitle is a subtitle, no longer an item (it loses its
/// marker); rule "subtitle": any other subtitle; rule "announcement": an announced
/// heading is a heading. Items of a numbered style keep their heading role.
fn set_kinds<R: Recorder>(blocks: &mut [RawBlock<'_>], roles: &[Role], rec: &mut R) {
    for (k, role) in roles.iter().enumerate() {
        if *role == Role::Subtitle {
            if let Some(b) = blocks.get_mut(k) {
                if b.kind == BlockKind::Item {
                    b.set(BlockKind::Subtitle, RuleId::DashSubtitle, rec);
                    b.marker = None;
                } else {
                    b.set(BlockKind::Subtitle, RuleId::Subtitle, rec);
                }
            }
        }
        if *role == Role::Announced {
            if let Some(b) = blocks.get_mut(k) {
                b.set(BlockKind::Heading, RuleId::Announcement, rec);
            }
        }
        if let (Role::Head(rank), Some(b)) = (*role, blocks.get(k)) {
            rec.decide(RuleId::SectionRank, b.span, Verdict::Rank(rank));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::block::classify;
    use crate::parse::lines::split;
    use crate::parse::units::{layout, units};

    /// The blocks of `src` and their outline.
    fn outlined(src: &str) -> (Vec<RawBlock<'_>>, Outline) {
        let lines = split(src);
        let l = layout(&lines);
        let u = units(src, &lines, l, &mut ());
        let mut b = classify(src, &u, l, &mut ());
        let body = b.body_start..b.body_end;
        let o = outline(&mut b.blocks, body, &mut ());
        (b.blocks, o)
    }

    /// Outline of `src` as nested `(heading, subtitle, [blocks], [subsections])` strings.
    fn tree(src: &str) -> Vec<String> {
        let (blocks, o) = outlined(src);
        fn show(o: &Outline, b: &[RawBlock<'_>], id: usize, depth: usize, out: &mut Vec<String>) {
            let Some(s) = o.sections.get(id) else { return };
            let text = |k: Option<usize>| {
                k.and_then(|k| b.get(k))
                    .map_or("-".to_owned(), |b| b.heading_text().to_owned())
            };
            out.push(format!(
                "{}{} / {} [{}]",
                "  ".repeat(depth),
                text(s.heading),
                text(s.subtitle),
                s.blocks.len()
            ));
            for &c in &s.children {
                show(o, b, c, depth + 1, out);
            }
        }
        let mut out = Vec::new();
        for &t in &o.top {
            show(&o, &blocks, t, 0, &mut out);
        }
        out
    }

    #[test]
    fn subtitles_announcements_and_ranks() {
        let src = "Title\n\n\"Two things\".\n\nSubtitle of it\n\nFirst, a.\n\nSecond, b.\n\nAlpha\n\nBeta\n\nIntro sentence.\n\nAlpha\n\nText a.\n\nBeta\n\nText b.\n\nBig heading\n\nIts subtitle\n\nSmall one\n\nText c.\n\nSmall two\n\nText d.\n";
        assert_eq!(
            tree(src),
            vec![
                "Two things / Subtitle of it [2]",
                "Alpha / - [1]",
                "  Alpha / - [1]",
                "  Beta / - [1]",
                "Big heading / Its subtitle [0]",
                "  Small one / - [1]",
                "  Small two / - [1]",
            ]
        );
    }

    #[test]
    fn lone_headings_are_siblings() {
        let src =
            "Title\n\nOpening text here.\n\nFirst part\n\nText a.\n\nSecond part\n\nText b.\n";
        assert_eq!(
            tree(src),
            vec!["- / - [1]", "First part / - [1]", "Second part / - [1]"]
        );
    }

    #[test]
    fn salutations_are_not_clauses() {
        for s in [
            "Your Excellency Hon. Minister for Ports,",
            "Distinguished Guests,",
            "Ladies and Gentlemen,",
            "Dear Friends,",
            "Good evening! Habari za jioni!",
        ] {
            assert!(salutation(s), "{s}");
        }
        for s in [
            "Friends of the basin met in Hanoi.",
            "Dear readers will note that the plan changed in 2024, as the ministry said.",
            "steady growth of the port economy,",
            "friendship between our peoples,",
            "excellence in public service,",
            "Friendship between our peoples,",
        ] {
            assert!(!salutation(s), "{s}");
        }
    }

    #[test]
    fn clause_list_swallows_heading_like_clauses() {
        let src = "Title\n\nLede paragraph of the text is here, long enough.\n\nThe goal is ——\n\nTo do one thing\n\nThe basic support is to promote relations\n\nAnd a last clause.\n\nNext heading\n\nText.\n";
        let (blocks, o) = outlined(src);
        assert_eq!(o.clause_lists.len(), 1);
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Title,
                BlockKind::Lede,
                BlockKind::ListLead,
                BlockKind::Item,
                BlockKind::Item,
                BlockKind::Item,
                BlockKind::Heading,
                BlockKind::Paragraph
            ]
        );
    }
}
