//! Phase 3: classify each unit as a block: title, byline, lede, heading, list item,
//! obligation, list lead, credit, caption, chrome or paragraph.

use super::count::{Declared, find_count};
use super::credit::{about_author, credit_rule, is_credit_line, photo_credit};
use super::date::find_date;
use super::header::{
    Stamp, block_stamp, by_author, by_author_of, chrome_detail, is_chrome, keyword_stamp,
    link_text, related_header, stamp,
};
use super::lead::{is_list_lead, obligation_lead};
use super::ordinal::{Style, opens_first, ordinal_marker};
use super::text::{
    final_char, is_quote, is_space, longer_than, more_words_than, offset_in, period_then_space,
    sentence_ends, slice, starts_lower, strip_decoration, trim, word_count,
};
use super::units::{Hint, Layout, Unit};
use crate::lexicon::words::INSTITUTION_WORDS;
use crate::model::{BlockKind, MarkerKind, Modality};
use crate::rules::{Recorder, RuleId, Verdict};
use crate::span::Span;

/// The list marker that opens a block, kept compactly: the marker's text and the text
/// after it are offsets into the block's content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MarkerInfo {
    pub(crate) ordinal: Option<u32>,
    pub(crate) kind: MarkerKind,
    pub(crate) style: Style,
    text_len: u16,
    rest_at: u16,
    /// Wrapped in markdown emphasis (rule "emphasised marker").
    pub(crate) emphasised: bool,
}

/// The obligation that opens a block: its strength and the length of its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LeadInfo {
    pub(crate) modality: Modality,
    len: u16,
}

/// A block with what the recognisers found in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawBlock<'a> {
    pub(crate) span: Span,
    /// The text without bold or heading marks and surrounding space.
    pub(crate) content: &'a str,
    pub(crate) marker: Option<MarkerInfo>,
    pub(crate) lead: Option<LeadInfo>,
    /// The count phrase of a heading or list lead, read once.
    pub(crate) count: Option<Declared>,
    pub(crate) indent: u32,
    pub(crate) kind: BlockKind,
    pub(crate) hint: Hint,
    /// A heading in quotes (`"Ten Achievements".`).
    pub(crate) quoted: bool,
    /// Short, unpunctuated, capitalised: could be a heading.
    pub(crate) heading_like: bool,
    /// Printed as a markdown heading (`# Notes: ...`): a headline, whatever dates it names.
    pub(crate) markdown_heading: bool,
    /// The markdown heading's level (the number of `#`), 0 for other blocks.
    pub(crate) markdown_level: u8,
}

impl<'a> RawBlock<'a> {
    /// Sets the block's kind, as `rule` decided, and records the decision.
    pub(crate) fn set<R: Recorder>(&mut self, kind: BlockKind, rule: RuleId, rec: &mut R) {
        self.kind = kind;
        rec.decide(rule, self.span, Verdict::Kind(kind));
    }

    /// The heading text: without quotes, bold marks and a final period.
    pub(crate) fn heading_text(&self) -> &'a str {
        let t = strip_decoration(self.content);
        let t = t.strip_suffix('.').unwrap_or(t);
        strip_decoration(t)
    }

    /// The count a heading or lead-in declares.
    pub(crate) fn count(&self) -> Option<Declared> {
        self.count
    }

    /// A numbered heading (`1、 Work review`, `3. Jointly build ...`).
    pub(crate) fn is_numbered_heading(&self) -> bool {
        self.kind == BlockKind::Heading && self.marker.is_some()
    }

    /// The marker as printed (`First,`, `(2)`).
    pub(crate) fn marker_text(&self) -> &'a str {
        self.marker
            .and_then(|m| self.content.get(..usize::from(m.text_len)))
            .unwrap_or("")
    }

    /// The text after the marker (the whole content when there is none).
    pub(crate) fn marker_rest(&self) -> &'a str {
        match self.marker {
            Some(m) => self.content.get(usize::from(m.rest_at)..).unwrap_or(""),
            None => self.content,
        }
    }

    /// The words that state the obligation (`We must`).
    pub(crate) fn lead_text(&self) -> &'a str {
        self.lead
            .and_then(|l| self.content.get(..usize::from(l.len)))
            .unwrap_or("")
    }
}

/// The blocks of a document and where its body lies.
#[derive(Clone, Debug, Default)]
pub(crate) struct Blocks<'a> {
    pub(crate) blocks: Vec<RawBlock<'a>>,
    /// Index of the first body block (after the front matter and lede).
    pub(crate) body_start: usize,
    /// Index one past the last body block (before the back matter).
    pub(crate) body_end: usize,
}

/// Removes bold, markdown heading marks and a markdown quotation's `>` (a `>` alone on
/// its line leaves nothing: the blank line of a quotation).
fn content_of(s: &str) -> &str {
    let t = s.trim_matches(is_space);
    let t = match t.strip_prefix('>') {
        Some(quoted) if quoted.is_empty() || quoted.starts_with(is_space) => {
            quoted.trim_start_matches(is_space)
        }
        _ => t,
    };
    let t = t.strip_prefix("**").unwrap_or(t);
    let t = t.strip_suffix("**").unwrap_or(t);
    let t = t.trim_start_matches('#');
    t.trim_matches(is_space)
}

/// Quoted like a heading: `"Ten Achievements".` or `“Six musts”`.
fn is_quoted(s: &str) -> bool {
    let t = s.strip_suffix('.').unwrap_or(s);
    t.starts_with(is_quote) && t.ends_with(is_quote) && t.chars().count() >= 3
}

/// Whether CJK characters make up most of the text.
fn is_cjk(s: &str) -> bool {
    let cjk = s
        .chars()
        .filter(|c| ('\u{3400}'..='\u{9fff}').contains(c))
        .count();
    cjk * 2 > s.chars().count()
}

/// Short, capitalised, without final punctuation or a second sentence.
pub(crate) fn heading_like(content: &str) -> bool {
    if longer_than(content, 240) {
        return false;
    }
    let quoted = is_quoted(content);
    // Most paragraphs end with a period: the cheapest test goes first.
    let final_mark = matches!(
        final_char(content),
        Some('.' | ';' | ':' | ',' | '。' | '；' | '：' | '，' | '—')
    );
    if final_mark && !quoted {
        return false;
    }
    let t = if quoted {
        // `"Ten Achievements".`: the period stands outside the quotes; a quoted sentence
        // (`"We will win."`) is not a heading.
        let inner = strip_decoration(content.strip_suffix('.').unwrap_or(content));
        if matches!(final_char(inner), Some('.' | '!' | '?' | ';' | ',' | '。')) {
            return false;
        }
        inner
    } else {
        strip_decoration(content)
    };
    if t.is_empty() || longer_than(t, 200) || t.contains('\n') && !quoted && !hyphen_wrapped(t) {
        return false;
    }
    if starts_lower(t) || t.starts_with("Dear ") || period_then_space(t) {
        return false;
    }
    if t.is_ascii() {
        !more_words_than(t, 16)
    } else if is_cjk(t) {
        t.chars().count() <= 40
    } else {
        !more_words_than(t, 16)
    }
}

/// Whether every line break of `t` cuts a word at a hyphen, as a PDF's wrapped line does
/// (`expanding domes-` / `tic demand`): the text is then one line.
fn hyphen_wrapped(t: &str) -> bool {
    memchr::memchr_iter(b'\n', t.as_bytes()).all(|i| {
        // Whatever spaces a line ends or starts with, as everywhere else.
        let before = t.get(..i).unwrap_or("").trim_end_matches(is_space);
        let after = t.get(i + 1..).unwrap_or("").trim_start_matches(is_space);
        let hyphen = before
            .strip_suffix('-')
            .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_alphabetic()));
        hyphen && after.starts_with(|c: char| c.is_ascii_lowercase())
    })
}

/// Could open a document as its headline.
fn title_like(content: &str) -> bool {
    !content.is_empty()
        && !longer_than(content, 300)
        // A row of a table or an infobox (`Hanyu Pinyin\tQuánqiú Fāzhǎn Chàngyì`): a tab
        // between its cells.
        && !content.lines().any(infobox_row)
        && word_count(content) <= 30
        && !starts_lower(content)
        && !matches!(final_char(content), Some('.' | ';' | ',' | '。'))
}

/// A row of a table or an infobox as copied text keeps it: a label of one to three
/// words, a tab, a value (`Hanyu Pinyin<TAB>Quánqiú Fāzhǎn Chàngyì`). A title with its
/// genre after a tab (`... in the New Era<TAB>White Paper`) has a longer label.
fn infobox_row(line: &str) -> bool {
    line.trim_matches(is_space)
        .split_once('\t')
        .is_some_and(|(label, value)| {
            !label.is_empty()
                && word_count(label) <= 3
                && !value.trim_matches(is_space).is_empty()
                && !value.contains('\t')
        })
}

/// Authors on a line of their own: two names joined by `and` (`Ana Costa and Tom
/// Reyes`), every other word capitalised, at most eight words, no digit.
pub(crate) fn authors_line(s: &str) -> bool {
    // Names may be set in bold (`**Anna Koval** and **Chen Yiming**`).
    let words: Vec<&str> = s
        .split(is_space)
        .map(|w| w.trim_matches(['*', '_']))
        .filter(|w| !w.is_empty())
        .collect();
    (4..=8).contains(&words.len())
        && words.iter().filter(|w| **w == "and").count() == 1
        && words.first().is_some_and(|w| *w != "and")
        && words.last().is_some_and(|w| *w != "and")
        && words.iter().all(|w| {
            *w == "and"
                || w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        })
}

/// A trail of three steps or more set apart by `>`, `»` or `›` (`Home > Topics >
/// High-level Dialogue on Global Development`), however long its last step.
fn breadcrumb_steps(c: &str) -> bool {
    !c.contains('\n') && c.split(['>', '»', '›']).count() >= 3
}

/// A note in square brackets on a line of its own over the headline (`[excerpt, saved
/// 15/09/2027 -- three questions only]`): the copier's, not the text's.
fn bracketed_note(c: &str) -> bool {
    c.starts_with('[') && c.ends_with(']') && !c.contains('\n')
}

/// A personal name on its own line: two to four capitalised words.
pub(crate) fn name_like(s: &str) -> bool {
    let n = word_count(s);
    (2..=4).contains(&n)
        && s.split(is_space).filter(|w| !w.is_empty()).all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
        })
}

fn raw<'a>(src: &'a str, u: &Unit) -> RawBlock<'a> {
    let text = slice(src, u.span);
    let content = content_of(text);
    let offset = |inner: &str| u16::try_from(offset_in(content, inner)).ok();
    let marker = ordinal_marker(content).and_then(|m| {
        Some(MarkerInfo {
            ordinal: m.ordinal,
            kind: m.kind,
            style: m.style,
            text_len: u16::try_from(m.text.len()).ok()?,
            rest_at: offset(m.rest)?,
            emphasised: m.emphasised,
        })
    });
    let lead = if marker.is_none() {
        obligation_lead(content).and_then(|l| {
            Some(LeadInfo {
                modality: l.modality,
                len: u16::try_from(offset_in(content, l.text) + l.text.len()).ok()?,
            })
        })
    } else {
        None
    };
    RawBlock {
        span: u.span,
        kind: BlockKind::Paragraph,
        content,
        marker,
        lead,
        quoted: is_quoted(content),
        heading_like: heading_like(content),
        markdown_heading: text.trim_start_matches(is_space).starts_with('#'),
        markdown_level: u8::try_from(
            text.trim_start_matches(is_space)
                .bytes()
                .take_while(|&b| b == b'#')
                .count(),
        )
        .unwrap_or(u8::MAX),
        indent: u.indent,
        hint: u.hint,
        count: None,
    }
}

/// The back matter: credits and chrome at the end of the text, looked at from the last
/// block up to the first that is neither (not above `header_end`). Returns where it starts.
fn back_matter<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    header_end: usize,
    n: usize,
    rec: &mut R,
) -> usize {
    let mut back_start = n;
    // Whether every block after the one looked at is chrome.
    let mut only_chrome_after = true;
    while back_start > header_end {
        // A dash that opens the block before too marks a list, not a sign-off.
        let dashed = back_start >= 2
            && blocks
                .get(back_start - 2)
                .is_some_and(|p| p.content.starts_with(['–', '-']));
        // Whether the block before ends a sentence (a date alone under it is the page's).
        let under_sentence = back_start >= 2
            && blocks
                .get(back_start - 2)
                .is_some_and(|p| super::text::ends_terminal(p.content));
        let Some(b) = blocks.get_mut(back_start - 1) else {
            break;
        };
        let c = b.content;
        let (kind, rule) = if is_chrome(c) || !dashed && sign_off(c) {
            (
                BlockKind::Chrome,
                chrome_detail(c).unwrap_or(RuleId::BackMatterChrome),
            )
        } else if staff_note(c) {
            (BlockKind::Credit, RuleId::StaffNote)
        } else if !longer_than(c, 200) && (is_credit_line(c) || author_note(c))
            || opens_with_credit(c)
            || only_chrome_after && super::credit::closing_agency(c).is_some()
        {
            (BlockKind::Credit, credit_rule(c, RuleId::BackMatterCredit))
        } else if !longer_than(c, 200) && keyword_stamp(c).is_some()
            // A date alone under the text's last sentence, over the page's footer
            // (`2013/06/09` over `Suggest to a friend   Print`), as a ministry's page
            // prints its date; under a signer or a related story's headline it is theirs.
            || super::units::date_line(c)
                && !c.contains('\n')
                && under_sentence
        {
            (BlockKind::Byline, RuleId::ClosingStamp)
        } else {
            break;
        };
        only_chrome_after &= kind == BlockKind::Chrome;
        b.set(kind, rule, rec);
        back_start -= 1;
    }
    back_start
}

/// The kind of a body block, from its own text.
fn body_kind(b: &RawBlock<'_>) -> (BlockKind, RuleId) {
    let c = b.content;
    match b.hint {
        Hint::Dateline => return (BlockKind::Dateline, RuleId::UnitHint),
        Hint::Heading => return (BlockKind::Heading, RuleId::UnitHint),
        Hint::Page => return (BlockKind::Chrome, RuleId::PageFurniture),
        _ => {}
    }
    if is_chrome(c) {
        return (
            BlockKind::Chrome,
            chrome_detail(c).unwrap_or(RuleId::BodyChrome),
        );
    }
    // A credit line, or a note on the author (`The writer is China's Ambassador to
    // Kenya`) above page furniture that ended the back matter's scan.
    if !longer_than(c, 200) && (is_credit_line(c) || author_note(c)) {
        return (BlockKind::Credit, credit_rule(c, RuleId::BodyCredit));
    }
    if staff_note(c) {
        return (BlockKind::Credit, RuleId::StaffNote);
    }
    if is_caption(c) {
        return (BlockKind::Caption, RuleId::Caption);
    }
    if let Some(m) = &b.marker {
        let numbered = matches!(
            m.kind,
            MarkerKind::Number | MarkerKind::Roman | MarkerKind::Chinese
        );
        let rest = b.marker_rest();
        let bare = m.style == Style::Bare;
        if numbered && (rest.is_empty() || heading_like(rest)) && b.hint != Hint::Sentence {
            let rule = if bare {
                RuleId::BareNumber
            } else {
                RuleId::NumberedHeading
            };
            return (BlockKind::Heading, rule);
        }
        if bare {
            return (BlockKind::Item, RuleId::BareNumber);
        }
        let rule = if m.emphasised {
            RuleId::EmphasisedMarker
        } else {
            RuleId::MarkedItem
        };
        return (BlockKind::Item, rule);
    }
    if b.lead.is_some() {
        return (BlockKind::Obligation, RuleId::ObligationBlock);
    }
    if b.heading_like {
        return (BlockKind::Heading, RuleId::PlainHeading);
    }
    if is_list_lead(c) {
        return (BlockKind::ListLead, RuleId::ListLeadBlock);
    }
    (BlockKind::Paragraph, RuleId::PlainParagraph)
}

/// The body's rules that look at a block's neighbours: numbered lines that continue a
/// list (rule `numbered_line_continues_list`) and a notice's signature (rule
/// `signature`).
fn body_context<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    body: core::ops::Range<usize>,
    rec: &mut R,
) {
    continue_item_lists(blocks, body.clone(), rec);
    signatures(blocks, body, rec);
}

/// Rule `signature`: an issuing body's name on a line of its own over a date alone, under
/// a notice's text (`General Office of the People's Government of Hainan Province` /
/// `March 18, 2027`, perhaps over its issuing number), is the notice's signature: a byline
/// and a dateline, not a heading and its subtitle.
fn signatures<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    body: core::ops::Range<usize>,
    rec: &mut R,
) {
    for k in body.start..body.end.saturating_sub(1) {
        let (Some(a), Some(b)) = (blocks.get(k), blocks.get(k + 1)) else {
            break;
        };
        // The cheap test of the last character first: most paragraphs end a sentence.
        let signer = !super::text::ends_terminal(a.content)
            && !a.content.contains(['\n', '\r'])
            && !more_words_than(a.content, 16)
            && a.content
                .split(is_space)
                .any(|w| crate::lexicon::words::ISSUERS.contains(&w));
        // The date alone, or over the notice's issuing number (`January 19, 2026` /
        // `(Guo Ban Fa [2026] No. 3)`).
        let dated = || {
            let mut lines = b.content.lines().map(|l| l.trim_matches(is_space));
            lines.next().is_some_and(super::units::date_line)
                && lines.all(|l| {
                    document_number(
                        l.strip_prefix('(')
                            .and_then(|l| l.strip_suffix(')'))
                            .unwrap_or(l),
                    )
                })
        };
        if signer && dated() {
            if let Some(a) = blocks.get_mut(k) {
                a.set(BlockKind::Byline, RuleId::Signature, rec);
            }
            if let Some(b) = blocks.get_mut(k + 1) {
                b.set(BlockKind::Dateline, RuleId::Signature, rec);
            }
        }
    }
}

/// A numbered line that continues a list is an item, not a numbered heading: one right
/// after a lead-in that ends with `:` or `——`, or right after a numbered line of the same
/// style (`1.` and `2.` items, then an unpunctuated `3. ...` cut off by truncation; list
/// items on consecutive lines). A `1)` line is always an item.
fn continue_item_lists<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    body: core::ops::Range<usize>,
    rec: &mut R,
) {
    let mut prev: Option<(Option<Style>, bool)> = None;
    // A list a lead opened with a numbered line (`Six takeaways:` then `1. ...`): its style
    // and last number. The next numbers of that style go on being its items across their
    // support paragraphs, until a heading without a number.
    let mut led: Option<(Style, u32)> = None;
    for k in body {
        let Some(b) = blocks.get_mut(k) else { break };
        let lead = is_list_lead(b.content);
        let mut first_of_run = false;
        if b.kind == BlockKind::Heading && b.marker.is_none() {
            led = None;
        }
        if let (Some(m), BlockKind::Heading) = (b.marker, b.kind) {
            let after_lead = matches!(prev, Some((None, true)));
            let continues = match prev {
                Some((Some(style), _)) => style == m.style,
                Some((None, lead)) => lead,
                None => false,
            };
            let next_of_led =
                led.is_some_and(|(style, n)| style == m.style && m.ordinal == Some(n + 1));
            if continues || next_of_led || m.style == Style::CloseParen {
                if after_lead || next_of_led {
                    led = m.ordinal.map(|n| (m.style, n));
                }
                b.set(BlockKind::Item, RuleId::NumberedLineContinuesList, rec);
                // `I. ...` right before `II. ...` with nothing between (a table of
                // contents): the run's first line is an item of the same list.
                first_of_run = continues && m.ordinal == Some(2);
            }
        }
        prev = Some((b.marker.map(|m| m.style), lead));
        if first_of_run {
            if let Some(p) = k.checked_sub(1).and_then(|p| blocks.get_mut(p)) {
                if p.kind == BlockKind::Heading && p.marker.is_some_and(|m| m.ordinal == Some(1)) {
                    p.set(BlockKind::Item, RuleId::NumberedLineContinuesList, rec);
                }
            }
        }
    }
}

/// How many leading blocks may belong to the header.
const HEADER_REACH: usize = 8;

/// A running header printed with its page number on one line (`56          PARTY
/// DOCUMENTS IN ENGLISH, 2016`), as the units marked it (rule `page_furniture`).
fn numbered_page_header(b: &RawBlock<'_>) -> bool {
    let t = b.content.trim_matches(is_space);
    let page = |w: Option<&str>| {
        w.is_some_and(|w| (1..=3).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit()))
    };
    b.hint == Hint::Page
        && (t.contains("  ") || t.contains('\t'))
        && (page(t.split(is_space).next()) || page(t.rsplit(is_space).next()))
}

/// Classifies units into blocks and finds the front matter, body and back matter.
pub(crate) fn classify<'a, R: Recorder>(
    src: &'a str,
    units: &[Unit],
    layout: Layout,
    rec: &mut R,
) -> Blocks<'a> {
    let mut blocks: Vec<RawBlock<'a>> = units.iter().map(|u| raw(src, u)).collect();
    let n = blocks.len();

    // Page furniture above the title (`0 SHARES Share Tweet`), then the header: up to the
    // last date stamp near the top.
    // Front matter without a `title:` field (a note's `tags:` and `created:`) leaves the
    // header to the lines under it (`# Notes on ...`).
    let header_end = match front_matter(&mut blocks, rec)
        .or_else(|| database_record(&mut blocks, rec))
        .or_else(|| slide_deck(&mut blocks, rec))
        .or_else(|| browser_print(&mut blocks, rec))
        .or_else(|| lexis_record(&mut blocks, rec))
    {
        Some((end, true)) => end,
        found => {
            let start = found.map_or(0, |(end, _)| end);
            let rest = blocks.get_mut(start..).unwrap_or_default();
            let top = rest
                .iter()
                .take(HEADER_REACH)
                .take_while(|b| {
                    numbered_page_header(b) || b.hint != Hint::Stamp && is_chrome(b.content)
                })
                .count();
            for b in rest.iter_mut().take(top) {
                // A PDF's running header with its page number on the first page is page
                // furniture (one without a number may be the cover's title too).
                let rule = if b.hint == Hint::Page {
                    RuleId::PageFurniture
                } else {
                    RuleId::TopChrome
                };
                b.set(BlockKind::Chrome, rule, rec);
            }
            let len = rest.len();
            start
                + top
                + header(
                    rest.get_mut(top..).unwrap_or_default(),
                    layout,
                    len - top,
                    rec,
                )
        }
    };

    // Back matter: credits and chrome at the end.
    let mut back_start = back_matter(&mut blocks, header_end, n, rec);

    // Body.
    for b in blocks.iter_mut().take(back_start).skip(header_end) {
        let (kind, rule) = body_kind(b);
        b.set(kind, rule, rec);
        if matches!(b.kind, BlockKind::Heading | BlockKind::ListLead) || b.heading_like {
            b.count = find_count(b.content).map(|(_, c)| c.into());
            if let Some(c) = b.count {
                rec.decide(RuleId::DeclaredCount, b.span, Verdict::Declares(c.count));
            }
        }
    }
    furniture_runs(&mut blocks, header_end..back_start, rec);
    record_index(&mut blocks, header_end..back_start, rec);
    // Furniture that now ends the body joins the back matter.
    while back_start > header_end
        && blocks
            .get(back_start - 1)
            .is_some_and(|b| b.kind == BlockKind::Chrome)
    {
        back_start -= 1;
    }
    body_context(&mut blocks, header_end..back_start, rec);

    // Datelines and captions right after the header, then the lede.
    let mut body_start = header_end;
    while let Some(b) = blocks.get_mut(body_start) {
        if body_start >= back_start {
            break;
        }
        let dated_line = !longer_than(b.content, 119)
            && b.content.contains(',')
            && word_count(b.content) <= 10
            && !matches!(final_char(b.content), Some('.'))
            && find_date(b.content).is_some_and(|(at, len, _)| at + len + 1 >= b.content.len());
        if dated_line && body_start == header_end && header_end > 0 {
            b.set(BlockKind::Dateline, RuleId::DatedLineAfterHeader, rec);
        }
        if matches!(
            b.kind,
            BlockKind::Dateline | BlockKind::Caption | BlockKind::Chrome
        ) {
            body_start += 1;
            continue;
        }
        if matches!(
            b.kind,
            BlockKind::Paragraph | BlockKind::ListLead | BlockKind::Obligation
        ) && longer_than(b.content, 39)
        {
            b.set(BlockKind::Lede, RuleId::Lede, rec);
            body_start += 1;
        }
        break;
    }
    let mut out = Blocks {
        blocks,
        body_start,
        body_end: back_start,
    };
    split_embedded_first(src, &mut out, rec);
    out
}

/// Runs of page furniture inside the body:
/// - rule `related_links`: under a heading over related links ([`related_header`]), the
///   headlines that follow (short, bulleted or not, without final punctuation), up to
///   [`RELATED_MAX`] of them, are chrome, and so is the heading;
/// - rule `advertisement_block`: one or two short blocks between two `Advertisement`
///   lines are the advertisement.
fn furniture_runs<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    body: core::ops::Range<usize>,
    rec: &mut R,
) {
    let end = body.end.min(blocks.len());
    let mut k = body.start;
    while k < end {
        let Some(b) = blocks.get(k) else { break };
        let c = b.content;
        if related_header(c) {
            let run = blocks
                .get(k + 1..end)
                .unwrap_or_default()
                .iter()
                .take(RELATED_MAX)
                .take_while(|b| related_headline(b.content))
                .count();
            if run > 0 {
                for b in blocks.get_mut(k..=k + run).unwrap_or_default() {
                    b.set(BlockKind::Chrome, RuleId::RelatedLinks, rec);
                }
                k += run + 1;
                continue;
            }
        }
        if is_advertisement(c) {
            let inside = (1..=2).find(|&n| {
                blocks
                    .get(k + n + 1)
                    .is_some_and(|b| is_advertisement(b.content))
                    && blocks
                        .get(k + 1..=k + n)
                        .is_some_and(|r| r.iter().all(|b| !more_words_than(b.content, 30)))
            });
            if let Some(n) = inside.filter(|n| k + n + 1 < end) {
                for b in blocks.get_mut(k + 1..=k + n).unwrap_or_default() {
                    b.set(BlockKind::Chrome, RuleId::AdvertisementBlock, rec);
                }
                k += n + 1;
                continue;
            }
        }
        k += 1;
    }
}

/// Headlines looked at under a related-links heading.
const RELATED_MAX: usize = 12;

/// A related link's headline: one line of at most sixteen words that does not end a
/// sentence, bulleted or not.
fn related_headline(c: &str) -> bool {
    let t = c.trim_start_matches(['-', '*', '•', '·', ' ']);
    // The page's credit line under the box (`Editor: Liu Jing`) is not a headline.
    !t.is_empty()
        && !t.contains('\n')
        && !more_words_than(t, 16)
        && !matches!(final_char(t), Some('.' | ';' | ':' | ',' | '。'))
        && !is_credit_line(t)
}

/// A line that says `Advertisement` and nothing else.
fn is_advertisement(c: &str) -> bool {
    let t = c.trim_matches(|ch: char| is_space(ch) || matches!(ch, '-' | '*' | '[' | ']'));
    t.eq_ignore_ascii_case("advertisement") || t.eq_ignore_ascii_case("ad")
}

/// Classifies the header at the start of `blocks` (title, bylines, datelines, deks) and
/// returns where it ends. `n` is the number of blocks in the whole text from here on.
/// The headline over the header's stamps (`stamps` by block): the one right above the
/// first stamp, or under a periodical's issue line (rules `headline_over_stamp`,
/// `headline_under_masthead`). A site's date line opening the page (`Wednesday, December
/// 30, 2020` over the outlet's name and menus) has no headline over it: the headline is
/// the one over the article's own stamp further down.
fn stamped_headline(blocks: &[RawBlock<'_>], stamps: &[Option<Stamp<'_>>]) -> Option<usize> {
    let first_stamp = stamps.iter().position(Option::is_some)?;
    headline_under_issue(blocks, first_stamp)
        .or_else(|| headline_over_stamp(blocks, first_stamp))
        .or_else(|| {
            (first_stamp == 0)
                .then(|| {
                    stamps
                        .iter()
                        .enumerate()
                        .skip(1)
                        .filter(|(_, st)| st.is_some())
                        .find_map(|(k, _)| headline_over_stamp(blocks, k))
                })
                .flatten()
                // Only furniture (the outlet's name, menus, a breadcrumb) between the date
                // line and that headline.
                .filter(|&h| (1..h).all(|i| label_at(blocks, i).is_some()))
        })
}

fn header<'a, R: Recorder>(
    blocks: &mut [RawBlock<'a>],
    layout: Layout,
    n: usize,
    rec: &mut R,
) -> usize {
    let mut header_end = 0;
    let run_on_header = blocks.iter().take(2).any(|b| b.hint == Hint::Stamp);
    if run_on_header {
        for (i, b) in blocks.iter_mut().enumerate().take(2) {
            let kind = match b.hint {
                Hint::Title => BlockKind::Title,
                _ => BlockKind::Byline,
            };
            b.set(kind, RuleId::RunOnHeader, rec);
            header_end = i + 1;
            if b.hint == Hint::Stamp {
                break;
            }
        }
    } else if let Some(t) = document_number_title(blocks) {
        header_end = numbered_document(blocks, t, rec);
    } else {
        // An email's headers: its subject is the title (rule `email_headers`). A
        // forwarder's note of sentences above them does not end the header.
        let email = email_subject(blocks);
        let reach = header_reach(blocks).max(email.map_or(0, |s| email_end(blocks, s)));
        let (reach, stamps) = header_stamps(blocks, email, reach);
        let last_stamp = stamps.iter().rposition(Option::is_some);
        // The headline: the one right above the first stamp (rule `headline_over_stamp`),
        // else the one after any label lines printed at the top.
        let over_stamp = stamped_headline(blocks, &stamps);
        let title_at = email.or(over_stamp).unwrap_or_else(|| {
            headline_at(
                blocks
                    .get(..reach.min(last_stamp.unwrap_or(reach)).min(blocks.len()))
                    .unwrap_or_default(),
            )
        });
        // What each line above the headline is (a label, or a masthead over furniture);
        // over a stamp's headline, whatever is not a label is the page's furniture.
        let labels: Vec<Option<BlockKind>> = (0..title_at).map(|i| label_at(blocks, i)).collect();
        match last_stamp {
            Some(s) => {
                // Whether the block before is a stamp that names no publisher.
                let mut prev_unnamed = false;
                // An email's fields may run past its date line.
                // A headline under a periodical's issue line ends the header's lines.
                let end = (s + 1)
                    .max(email.map_or(0, |s| email_end(blocks, s)))
                    .max(over_stamp.map_or(0, |t| t + 1));
                let ctx = HeaderCtx {
                    title_at,
                    email: email.is_some(),
                    over_stamp: over_stamp.is_some(),
                    labels: &labels,
                };
                for ((i, b), st) in blocks.iter_mut().enumerate().zip(stamps).take(end) {
                    let (kind, rule) = ctx.line(i, b.content, st.as_ref(), prev_unnamed);
                    prev_unnamed = st.as_ref().is_some_and(|st| st.publisher.is_none());
                    b.set(kind, rule, rec);
                }
                header_end = end + after_stamp(blocks.get_mut(end..).unwrap_or_default(), rec);
                if over_stamp.is_none() && email.is_none() {
                    header_end = headline_under_masthead(blocks, title_at, header_end, rec);
                }
                if email.is_some() {
                    header_end = headline_in_email(blocks, title_at, header_end, rec);
                }
            }
            None => {
                for (b, label) in blocks.iter_mut().zip(&labels).take(title_at) {
                    match label {
                        Some(kind) => b.set(*kind, label_rule(*kind, b.content), rec),
                        None => b.set(BlockKind::Dek, RuleId::TitleWithoutStamp, rec),
                    }
                    header_end += 1;
                }
                if let Some(b) = blocks.get_mut(title_at) {
                    if title_like(b.content) && (layout != Layout::RunOn || n > 1) {
                        b.set(BlockKind::Title, RuleId::TitleWithoutStamp, rec);
                        header_end = title_at + 1;
                        // The authors under the headline (`Lena Marsh and Zhou Tianyi`); a
                        // numbered heading is none.
                        if let Some(a) = blocks.get_mut(title_at + 1).filter(|a| a.marker.is_none())
                        {
                            if authors_line(a.content)
                                || authors_block(a.content)
                                || by_author(a.content).is_some()
                            {
                                a.set(BlockKind::Byline, RuleId::TitleWithoutStamp, rec);
                                header_end += 1;
                            }
                        }
                        header_end = chapter_title(blocks, title_at, header_end, rec);
                        header_end = writers_note(blocks, header_end, rec);
                        header_end = speaker_under_note(blocks, header_end, rec);
                        header_end = cover_month(blocks, header_end, rec);
                    } else {
                        header_end = 0;
                    }
                }
                header_end = header_end.max(english_title(blocks, rec));
            }
        }
    }
    header_end.max(page_title(blocks, rec))
}

/// A chapter's label alone on its line (rule `chapter_title`): `Chapter 2`, `CHAPTER II`,
/// `Chapter Two`; a colon after it is allowed, nothing else.
pub(crate) fn chapter_label(s: &str) -> bool {
    const NUMBERS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    let t = s.trim_matches(is_space).trim_end_matches(':');
    let Some((word, n)) = t.split_once(' ') else {
        return false;
    };
    let roman = |n: &str| n.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'));
    // A book's chapter, or a numbered document of a collection or an annex copied alone.
    matches!(
        word,
        "Chapter"
            | "CHAPTER"
            | "Document"
            | "DOCUMENT"
            | "Annex"
            | "ANNEX"
            | "Appendix"
            | "APPENDIX"
    ) && !n.is_empty()
        && !longer_than(n, 6)
        && (n.bytes().all(|b| b.is_ascii_digit())
            || roman(n)
            || NUMBERS.iter().any(|w| n.eq_ignore_ascii_case(w)))
}

/// Rule `chapter_title`: a title (at `title_at`) under a chapter's label, and a name
/// alone under the title (`Helen Marsh`): the label and the title are the rule's, the
/// name the byline. Returns the header's new end.
fn chapter_title<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    title_at: usize,
    end: usize,
    rec: &mut R,
) -> usize {
    let labelled = title_at
        .checked_sub(1)
        .and_then(|k| blocks.get(k))
        .is_some_and(|b| chapter_label(b.content));
    if !labelled || end != title_at + 1 {
        return end;
    }
    if let Some(b) = blocks.get_mut(title_at - 1) {
        b.set(BlockKind::Chrome, RuleId::ChapterTitle, rec);
    }
    if let Some(b) = blocks.get_mut(title_at) {
        b.set(BlockKind::Title, RuleId::ChapterTitle, rec);
    }
    // A person's name, not a section's heading of two capitalised words (`Advanced
    // Manufacturing`, `Digital Economy`): no word ends as a noun of a field does.
    let heading_word = |w: &str| {
        [
            "ing", "tion", "ment", "ity", "ism", "ics", "ies", "ness", "ance", "ence", "omy", "ure",
        ]
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
    };
    match blocks.get_mut(end) {
        Some(b)
            if super::text::titled_name(b.content) && !b.content.split(' ').any(heading_word) =>
        {
            b.set(BlockKind::Byline, RuleId::ChapterTitle, rec);
            end + 1
        }
        _ => end,
    }
}

/// The stamps of the header's blocks, up to `reach` (returned as it is, or narrowed to an
/// email's own fields when it carries a dated article: rule `headline_in_email`).
fn header_stamps<'a>(
    blocks: &[RawBlock<'a>],
    email: Option<usize>,
    reach: usize,
) -> (usize, Vec<Option<Stamp<'a>>>) {
    // An email dated by its own fields (`Sent: ...`) that carries, under its sender's
    // note and a separator, an article with a stamp: that stamp is the article's, not
    // the email's (rule `headline_in_email`).
    let email_fields = email.map_or(0, |s| email_end(blocks, s));
    let dated_email = blocks
        .iter()
        .take(email_fields)
        .any(|b| block_stamp(b.content).is_some());
    let carries = dated_email && sender_note(blocks, email_fields) > 0;
    let reach = if carries { email_fields } else { reach };
    let stamps: Vec<Option<Stamp<'a>>> = blocks
        .iter()
        .take(reach)
        .map(|b| {
            // A running header with its date (`HARBOUR REVIEW, OCTOBER 21-27, 1996
            // 7`) is page furniture, not the text's stamp.
            if !longer_than(b.content, 239) && !b.markdown_heading && b.hint != Hint::Page {
                block_stamp(b.content)
            } else {
                None
            }
        })
        .enumerate()
        .map(|(i, st)| {
            // A page's header of fields on two lines of their own (the second holds
            // the stamp).
            // Only the second block, and only under a first that is no stamp.
            st.or_else(|| {
                let first_no_stamp = || {
                    blocks
                        .first()
                        .is_some_and(|b| block_stamp(b.content).is_none())
                };
                (i == 1 && first_no_stamp())
                    .then(|| field_stamp(blocks, i))
                    .flatten()
            })
        })
        .collect();
    (reach, stamps)
}

/// Rule `writers_note`: under a note's title without a stamp, the note-taker's line in
/// emphasis with the day it was written (see [`super::header::writers_note`]) is a dek:
/// it dates the text, and its name or initials are the author. Returns the header's new
/// end.
fn writers_note<R: Recorder>(blocks: &mut [RawBlock<'_>], end: usize, rec: &mut R) -> usize {
    match blocks.get_mut(end) {
        Some(b) if super::header::writers_note(b.content).is_some() => {
            b.set(BlockKind::Dek, RuleId::WritersNote, rec);
            end + 1
        }
        _ => end,
    }
}

/// Rule `speaker_under_note`: under a title without a stamp (the header ends at `end`),
/// a delivery or adoption note and under it the speaker's name alone on its line, with at
/// most one line of office under it, in the same block or the next (`Li Keqiang` /
/// `Premier of the State Council`): the note is a dek and the name and office bylines.
/// Returns the header's new end.
fn speaker_under_note<R: Recorder>(blocks: &mut [RawBlock<'_>], end: usize, rec: &mut R) -> usize {
    let note = blocks
        .get(end)
        .is_some_and(|b| b.marker.is_none() && adoption_formula(b.content).is_some());
    // The office is required: a section heading alone under the note (`Major
    // Achievements`) is no speaker.
    if !note || !speaker_with_office(blocks, end + 1) {
        return end;
    }
    // An office on a line of its own under a name alone.
    let office = blocks
        .get(end + 1)
        .is_some_and(|b| !b.content.contains('\n'))
        && blocks
            .get(end + 2)
            .is_some_and(|b| super::credit::position_line(b.content));
    let upto = if office { end + 3 } else { end + 2 };
    for (k, b) in blocks.iter_mut().enumerate().take(upto).skip(end) {
        let kind = if k == end {
            BlockKind::Dek
        } else {
            BlockKind::Byline
        };
        b.set(kind, RuleId::SpeakerUnderNote, rec);
    }
    upto
}

/// The names in a block of two lines, names over an office or an institution: `Li
/// Keqiang` / `Premier of the State Council` (see [`speaker_lines`]), `Mark Ellison and
/// Priya Raman` / `Centre for Defence and Technology Policy` (see [`authors_block`]).
pub(crate) fn speaker_name(c: &str) -> Option<&str> {
    let (name, _) = c.split_once('\n')?;
    (speaker_lines(c) || authors_block(c)).then(|| name.trim_matches(is_space))
}

/// Whether both sides of an authors' line (`Ana Costa and Tom Reyes`) are personal names:
/// two or three words each, a name in pinyin or none of them a word of a heading's
/// subject (`Trade and Investment Cooperation`, `Reform and Opening Up`).
fn both_names(c: &str) -> bool {
    const SUBJECTS: &[&str] = &[
        "Cooperation",
        "Development",
        "Investment",
        "Trade",
        "Policy",
        "Policies",
        "Reform",
        "Economy",
        "Economic",
        "Security",
        "Governance",
        "Innovation",
        "Growth",
        "Energy",
        "Finance",
        "Financial",
        "Industry",
        "Technology",
        "Culture",
        "Education",
        "Opening",
        "Up",
        "Climate",
        "Health",
        "Science",
        "Society",
        "Law",
        "Rights",
        "Peace",
    ];
    c.split(" and ").all(|side| {
        let words: Vec<&str> = side.split(is_space).filter(|w| !w.is_empty()).collect();
        (2..=3).contains(&words.len())
            && (pinyin_name(side) || !words.iter().any(|w| SUBJECTS.contains(w)))
    })
}

/// Authors over their institution, a block of two lines as a report's or a brief's cover
/// prints them under the headline: names on the first line (two names joined by `and`,
/// see [`authors_line`], or one name of two to four capitalised words), and an
/// institution on the second: capitalised, at most ten words, no digit, no final
/// punctuation, with a word that names one (`Centre`, `Institute`, `University`).
pub(crate) fn authors_block(c: &str) -> bool {
    let mut lines = c.lines().map(|l| l.trim_matches(is_space));
    let names = lines
        .next()
        .is_some_and(|l| authors_line(l) || name_like(l));
    let institution = lines.next().is_some_and(|l| {
        l.starts_with(char::is_uppercase)
            && !more_words_than(l, 10)
            && !l.contains(|ch: char| ch.is_ascii_digit())
            && !matches!(final_char(l), Some('.' | ';' | ':' | ',' | '!' | '?'))
            && l.split(is_space).any(|w| INSTITUTION_WORDS.contains(&w))
    });
    names && institution && lines.next().is_none()
}

/// A speaker's lines under a report's note: a personal name alone on the first line (two
/// to four capitalised words), and at most one more line, the office (rule
/// `writer_position`'s test: `Premier of the State Council`).
fn speaker_lines(c: &str) -> bool {
    let mut lines = c.lines().map(|l| l.trim_matches(is_space));
    let name = lines.next().is_some_and(name_like);
    let office = lines.next().is_none_or(super::credit::position_line);
    name && office && lines.next().is_none()
}

/// A speaker's name with its office: under it in the same block, or on the next block
/// (the name alone on its line).
fn speaker_with_office(blocks: &[RawBlock<'_>], at: usize) -> bool {
    let Some(b) = blocks.get(at) else {
        return false;
    };
    if b.content.contains('\n') {
        return speaker_lines(b.content);
    }
    speaker_lines(b.content)
        && blocks
            .get(at + 1)
            .is_some_and(|o| super::credit::position_line(o.content))
}

/// Blocks looked at under a cover's title for its issuer and month.
const COVER_REACH: usize = 3;

/// Rule `cover_month`: under a title without a stamp, a month and a year on a line of
/// their own (`September 2028`), after at most two lines of the issuer's name (`The State
/// Council Information Office of the People's Republic of China`), as a white paper's
/// cover prints them: the issuer's lines are bylines and the month dates the text (a date
/// without a day). Returns the header's new end (`end` when there is no such line).
fn cover_month<R: Recorder>(blocks: &mut [RawBlock<'_>], end: usize, rec: &mut R) -> usize {
    let Some(at) = blocks
        .iter()
        .skip(end)
        .take(COVER_REACH)
        .position(|b| super::date::month_year(b.content).is_some())
        .map(|k| end + k)
    else {
        return end;
    };
    // The lines between are an issuer's name: short, unpunctuated, capitalised.
    let issuer = blocks.get(end..at).unwrap_or_default().iter().all(|b| {
        b.marker.is_none()
            && !more_words_than(b.content, 24)
            && !super::text::ends_terminal(b.content)
            && b.content.starts_with(char::is_uppercase)
    });
    if !issuer {
        return end;
    }
    for b in blocks.get_mut(end..=at).unwrap_or_default() {
        b.set(BlockKind::Byline, RuleId::CoverMonth, rec);
    }
    at + 1
}

/// Blocks looked at under an email's headers for the headline of the article it carries.
const EMAIL_HEADLINE_REACH: usize = 4;

/// A sender's short note over a separator (`Clara, as discussed. ...` / `---`), signed or
/// not (`Lei` between the note and the separator), at `k`: the blocks it takes, 0 when
/// there is none.
fn sender_note(blocks: &[RawBlock<'_>], k: usize) -> usize {
    let separator = |k: usize| blocks.get(k).is_some_and(|b| is_chrome(b.content));
    let short = blocks.get(k).is_some_and(|b| {
        b.marker.is_none() && !longer_than(b.content, 300) && super::text::ends_terminal(b.content)
    });
    let signed = blocks.get(k + 1).is_some_and(|b| {
        let words: Vec<&str> = b
            .content
            .split(is_space)
            .filter(|w| !w.is_empty())
            .collect();
        (1..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
    });
    match (short, separator(k + 1), signed && separator(k + 2)) {
        (true, true, _) => 2,
        (true, false, true) => 3,
        _ => 0,
    }
}

/// Rule `headline_in_email`: an email (its subject at `title_at`) that carries an article
/// under its headers, a headline over its byline (`Beijing doubles down on consumption:
/// ...` / `By Mei Lindqvist, Beijing correspondent`), after at most a few lines of the
/// newsletter's furniture or masthead (`THE CHINA DESK · Weekly policy briefing · Issue
/// 212`): the headline is the title, the subject a line of the header. Returns the
/// header's new end (`end` when the email carries no such article).
fn headline_in_email<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    title_at: usize,
    end: usize,
    rec: &mut R,
) -> usize {
    // A newsletter's masthead, dated or not (`GLOBAL TIMES | EVENING BRIEF | April 30,
    // 2025`), its furniture and its section's label.
    let masthead = |b: &RawBlock<'_>| {
        is_chrome(b.content)
            || super::text::in_capitals(b.content) && !more_words_than(b.content, 12)
            || issue_line(b.content)
            || !more_words_than(b.content, 12)
                && b.content.contains('|')
                && super::date::find_date(b.content).is_some()
    };
    let mut at = end;
    let mut noted = false;
    while at < end + EMAIL_HEADLINE_REACH {
        let step = match blocks.get(at) {
            Some(b) if masthead(b) => 1,
            Some(_) => sender_note(blocks, at),
            None => 0,
        };
        if step == 0 {
            break;
        }
        noted |= step > 1;
        at += step;
    }
    let headline = blocks.get(at).is_some_and(|h| {
        h.marker.is_none()
            && title_like(h.content)
            && more_words_than(h.content, 3)
            && !h.content.contains('\n')
            && block_stamp(h.content).is_none()
    });
    // Under the headline: the article's byline, its stamp (`2018-06-16 07:55   Source:
    // MOFCOM`), an official document's issuing number, or a wire story's lede that opens
    // with its dateline.
    let next = blocks.get(at + 1).map_or("", |b| b.content);
    // A stamp under a line is an article's only past a sender's note (a newsletter's
    // tagline stands over its issue's date).
    let byline = by_author(next).is_some() || noted && block_stamp(next).is_some();
    let number = document_number(next);
    if !(headline && (byline || number || super::header::dateline(next).is_some())) {
        return end;
    }
    for b in blocks.get_mut(end..at).unwrap_or_default() {
        b.set(BlockKind::Chrome, RuleId::HeadlineInEmail, rec);
    }
    if let Some(b) = blocks.get_mut(title_at) {
        b.set(BlockKind::Dek, RuleId::HeadlineInEmail, rec);
    }
    if let Some(b) = blocks.get_mut(at) {
        b.set(BlockKind::Title, RuleId::HeadlineInEmail, rec);
    }
    if !(byline || number) {
        return at + 1;
    }
    if let Some(b) = blocks.get_mut(at + 1) {
        let kind = if byline {
            BlockKind::Byline
        } else {
            BlockKind::Dek
        };
        b.set(kind, RuleId::HeadlineInEmail, rec);
    }
    at + 2 + after_stamp(blocks.get_mut(at + 2..).unwrap_or_default(), rec)
}

/// Rule `headline_under_masthead`: the line taken for the headline (`title_at`) is an
/// outlet's name alone over the stamp (`Xinhua` over `Friday, December 31, 2027`), and
/// the first block after the header (`end`) is a title-like line of four words or more
/// with a credit line, a byline or a stamp under it: that is the headline, and the
/// outlet's name the masthead. Returns the header's new end.
fn headline_under_masthead<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    title_at: usize,
    end: usize,
    rec: &mut R,
) -> usize {
    let masthead = blocks.get(title_at).is_some_and(|b| {
        b.kind == BlockKind::Title
            && !more_words_than(b.content, 3)
            && outlet_line(b.content)
            && b.marker.is_none()
    });
    let Some(head) = blocks.get(end) else {
        return end;
    };
    let headline = head.marker.is_none()
        && title_like(head.content)
        && more_words_than(head.content, 3)
        && block_stamp(head.content).is_none();
    let under = blocks.get(end + 1).is_some_and(|u| {
        !longer_than(u.content, 200) && is_credit_line(u.content)
            || by_author(u.content).is_some()
            || block_stamp(u.content).is_some()
    });
    // A page that opens with its date alone (`Updated: December 30, 2020`) has no
    // masthead: the headline under the stamp stands over the text's first paragraph.
    let opens_with_stamp =
        title_at == 0 && end == 1 && blocks.first().is_some_and(|b| b.kind == BlockKind::Byline);
    let over_text = blocks
        .get(end + 1)
        .is_some_and(|u| super::text::ends_sentence(u.content) && more_words_than(u.content, 8));
    if !(headline && (masthead && under || opens_with_stamp && (under || over_text))) {
        return end;
    }
    if masthead {
        if let Some(b) = blocks.get_mut(title_at) {
            b.set(BlockKind::Chrome, RuleId::HeadlineUnderMasthead, rec);
        }
    }
    if let Some(b) = blocks.get_mut(end) {
        b.set(BlockKind::Title, RuleId::HeadlineUnderMasthead, rec);
    }
    end + 1 + after_stamp(blocks.get_mut(end + 1..).unwrap_or_default(), rec)
}

/// Blocks looked at for an official document's issuing number: up to two lines of the
/// portal's furniture, the issuer's name, the number.
const DOCUMENT_NUMBER_REACH: usize = 7;

/// Rule `document_number`: an official document prints its issuer, its issuing number
/// (`Qiongfuban [2027] No. 9`, `国办发〔2024〕7号`) and under it its title. Returns the
/// title's block when such a number stands in the first blocks with a title-like line of
/// three words or more right under it.
fn document_number_title(blocks: &[RawBlock<'_>]) -> Option<usize> {
    let d = blocks
        .iter()
        .take(DOCUMENT_NUMBER_REACH)
        .position(|b| document_number(b.content))?;
    let t = blocks.get(d + 1)?;
    // The addressees under the number (`To the people's governments of all provinces
    // ...:`) open the text: the title stands above, over the stamp.
    let addressees = matches!(final_char(t.content), Some(':' | '：'));
    // A stamp under the number (`Release date: ... Source: ...`): the title stands above.
    let stamp = block_stamp(t.content).is_some() || is_credit_line(t.content);
    let headline = |b: &RawBlock<'_>| {
        title_like(b.content) && more_words_than(b.content, 2) && b.marker.is_none()
    };
    if headline(t) && !addressees && !stamp {
        return Some(d + 1);
    }
    // A translation prints the title over the number and the addressees under it
    // (`Notice of the General Office ... on Issuing the Action Plan ...` / `Yue Fu Ban
    // [2024] No. 13` / `To the people's governments of all cities ...:`), not an
    // issuer's line.
    let above = d.checked_sub(1).and_then(|k| blocks.get(k).map(|b| (k, b)));
    above
        .filter(|(_, b)| {
            addressees
                && headline(b)
                && !issuer_shape(b.content)
                && block_stamp(b.content).is_none()
                && !is_chrome(b.content)
        })
        .map(|(k, _)| k)
}

/// An issuing number alone on a line: a year in brackets and a serial number, `Guobanfa
/// [2024] No. 7`, `Qiongfuban [2027] No. 9`, `国办发〔2024〕7号`.
pub(crate) fn document_number(c: &str) -> bool {
    if c.contains(['\n', '\r']) || longer_than(c, 60) {
        return false;
    }
    let Some(open) = c.find(['[', '〔', '［']) else {
        return false;
    };
    let rest = c.get(open..).unwrap_or("");
    let mut chars = rest.chars();
    chars.next();
    let year: String = chars.by_ref().take(4).collect();
    let close = chars.next();
    let after = chars.as_str().trim_start_matches(is_space);
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && matches!(close, Some(']' | '〕' | '］'))
        && (after.strip_prefix("No.").is_some_and(|n| {
            let n = n.trim_start_matches(is_space);
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
        }) || after
            .strip_suffix('号')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
}

/// The header of an official document with an issuing number (rule `document_number`):
/// the issuer's line right above the number is its byline (a portal's furniture above
/// that is chrome), the number a line of the header,
/// and the line under it the title. Returns where the header ends.
fn numbered_document<R: Recorder>(blocks: &mut [RawBlock<'_>], title: usize, rec: &mut R) -> usize {
    // The issuers are the block right above the number and, for a joint notice, the
    // issuers' lines right above it (`General Office of the CPC Hunan Provincial
    // Committee` / `General Office of the Hunan Provincial People's Government`).
    let mut first_issuer = title.saturating_sub(2);
    while first_issuer > 0
        && title - first_issuer < 1 + ISSUER_LINES
        && blocks
            .get(first_issuer - 1)
            .is_some_and(|b| issuer_line(b.content))
    {
        first_issuer -= 1;
    }
    // The title over its number: the number is a line of the header.
    let number_under = blocks
        .get(title + 1)
        .is_some_and(|b| document_number(b.content));
    if number_under {
        first_issuer = title;
    }
    for (i, b) in blocks.iter_mut().enumerate().take(title + 1) {
        // Anything higher than the issuers is the page's: a credit line (a translator's)
        // stays a credit.
        let kind = if i == title {
            BlockKind::Title
        } else if i + 1 == title && !number_under {
            BlockKind::Dek
        } else if i >= first_issuer && !is_chrome(b.content) {
            BlockKind::Byline
        } else if !longer_than(b.content, 200)
            && (is_credit_line(b.content)
                || block_stamp(b.content).is_some_and(|st| !st.credits.is_empty()))
        {
            BlockKind::Credit
        } else {
            BlockKind::Chrome
        };
        b.set(kind, RuleId::DocumentNumber, rec);
    }
    if number_under {
        if let Some(b) = blocks.get_mut(title + 1) {
            b.set(BlockKind::Dek, RuleId::DocumentNumber, rec);
        }
        return title + 2;
    }
    title + 1
}

/// The issuers' lines a joint notice prints over its number: at most three.
const ISSUER_LINES: usize = 3;

/// An issuer's name on a line of its own: capitalised, at most sixteen words, no digit,
/// no final punctuation, with a word that names an issuing body (`Office`, `Ministry`,
/// `Government`).
pub(crate) fn issuer_line(c: &str) -> bool {
    // A site's masthead (`The State Council of the People's Republic of China`) is no
    // issuer's line.
    !c.starts_with("The ") && !c.ends_with("People's Republic of China") && issuer_shape(c)
}

/// An issuing body's name on a line of its own, a masthead's included: capitalised, at
/// most sixteen words, no digit, no final punctuation, with a word that names an issuing
/// body.
fn issuer_shape(c: &str) -> bool {
    !c.contains('\n')
        && c.starts_with(char::is_uppercase)
        && !more_words_than(c, 16)
        && !c.contains(|ch: char| ch.is_ascii_digit())
        && !matches!(final_char(c), Some('.' | ';' | ':' | ',' | '!' | '?'))
        && c.split(is_space)
            .any(|w| crate::lexicon::words::ISSUERS.contains(&w))
}

/// What the header's lines above its last stamp are decided by: where the headline stands,
/// how it was found, and the labels above it.
struct HeaderCtx<'l> {
    title_at: usize,
    /// The text is an email (rule `email_headers`).
    email: bool,
    /// The headline stands right over the first stamp (rule `headline_over_stamp`).
    over_stamp: bool,
    labels: &'l [Option<BlockKind>],
}

impl HeaderCtx<'_> {
    /// The kind of header line `i` (`c`, with its stamp if it is one), and the rule that
    /// decides it; `prev_unnamed` when the line before is a stamp that names no
    /// publisher.
    fn line(
        &self,
        i: usize,
        c: &str,
        st: Option<&Stamp<'_>>,
        prev_unnamed: bool,
    ) -> (BlockKind, RuleId) {
        let title_at = self.title_at;
        if st.is_some_and(|st| {
            st.date.is_some_and(|d| d.start.year().is_none()) && st.author.is_none()
        }) {
            (BlockKind::Dateline, RuleId::StampKind)
        } else if st.is_some() {
            (BlockKind::Byline, RuleId::StampKind)
        } else if self.email && (i == title_at || email_field(c)) {
            let kind = if i == title_at {
                BlockKind::Title
            } else {
                BlockKind::Chrome
            };
            (kind, RuleId::EmailHeaders)
        } else if self.email && (i < title_at || above_headline(c) == Some(BlockKind::Chrome)) {
            // Above the subject: a forwarder's note and the line over the forwarded
            // headers.
            (BlockKind::Chrome, RuleId::EmailHeaders)
        } else if let Some(&Some(kind)) = self.labels.get(i) {
            (kind, label_rule(kind, c))
        } else if self.over_stamp && i < title_at {
            (BlockKind::Chrome, RuleId::HeadlineOverStamp)
        } else if i == title_at && self.over_stamp {
            (BlockKind::Title, RuleId::HeadlineOverStamp)
        } else if i == title_at && title_like(c) {
            (BlockKind::Title, RuleId::TitleBeforeStamp)
        } else {
            header_fill(c, prev_unnamed)
        }
    }
}

/// Rule `caption`: a paragraph that ends in a photo credit, with at most two sentences
/// before it.
fn is_caption(c: &str) -> bool {
    photo_credit(c).is_some_and(|(at, _)| {
        let before = c.get(..at).unwrap_or("");
        // Measured with a run of whitespace as one byte, as the other limits are.
        !longer_than(before, 400) && sentence_ends(before).count() <= 2
    })
}

/// A closing block that opens with a credit sentence and goes on with the newsletter's
/// notices (`Edited by Maya Lindqvist. Beijing Policy Watch is an independent
/// newsletter. You are receiving this because ...`), as hard-wrapped mail joins them: the
/// first sentence is a credit line and the block is short.
fn opens_with_credit(c: &str) -> bool {
    if longer_than(c, 400) {
        return false;
    }
    let first = sentence_ends(c)
        .next()
        .map_or(c, |e| c.get(..e).unwrap_or(c));
    first.len() < c.len() && !longer_than(first, 200) && is_credit_line(first)
}

/// Rule `header_fill`: a line between the headline and the last stamp that no other rule
/// named.
fn header_fill(c: &str, prev_unnamed: bool) -> (BlockKind, RuleId) {
    if link_text(c).is_some_and(name_like) {
        // The author's name as a link to the author's page.
        (BlockKind::Byline, RuleId::HeaderFill)
    } else if is_chrome(c) {
        (BlockKind::Chrome, RuleId::HeaderFill)
    } else if !longer_than(c, 200) && is_credit_line(c) {
        // `Source: Xinhua`, `Editor: huaxia` between headline and stamp.
        (BlockKind::Credit, credit_rule(c, RuleId::HeaderFill))
    } else if name_like(c)
        || authors_line(c)
        || byline_block(c)
        || name_in_place(c)
        || by_author_of(c).is_some()
    {
        (BlockKind::Byline, RuleId::HeaderFill)
    } else if word_count(c) == 1 && !longer_than(c, 30) {
        // An outlet's name under a stamp that names none, or a place.
        if prev_unnamed && c.starts_with(char::is_uppercase) {
            (BlockKind::Byline, RuleId::HeaderFill)
        } else {
            (BlockKind::Dateline, RuleId::HeaderFill)
        }
    } else if is_caption(c) {
        // A photo and its caption between the headline and a stamp below it.
        (BlockKind::Caption, RuleId::Caption)
    } else {
        (BlockKind::Dek, RuleId::HeaderFill)
    }
}

/// How many header furniture blocks follow the last stamp, marked as such (rule
/// `after_stamp`): a byline (`By Zhang Wei`, with its outlet on the next line), a credit
/// line (`Illustration: Liu Xidan`), a place line (`BOAO, Hainan`) or page furniture (a
/// share bar), at most [`AFTER_STAMP`] of them, up to the first block of another kind.
fn after_stamp<R: Recorder>(blocks: &mut [RawBlock<'_>], rec: &mut R) -> usize {
    let mut n = 0;
    let mut after_by = false;
    // Whether each block is a list's item: a line in capitals over one is its heading
    // (`KEY POINTS`), not a dateline's place.
    let items: Vec<bool> = blocks
        .iter()
        .take(AFTER_STAMP + 1)
        .map(|b| b.marker.is_some())
        .collect();
    for (k, b) in blocks.iter_mut().take(AFTER_STAMP).enumerate() {
        let c = b.content;
        let over_item = items.get(k + 1).copied().unwrap_or(false);
        let by = byline_block(c);
        let kind = if by
            || after_by && outlet_line(c)
            || pinyin_name(c)
            || authors_line(c) && both_names(c)
            || authors_block(c)
            || author_with_role(c).is_some()
            || block_authors(c).is_some()
            || by_author_of(c).is_some()
            || name_in_place(c)
        {
            BlockKind::Byline
        } else if is_chrome(c) || super::header::relative_time(c) {
            // `Updated 2 minutes ago` on a line of its own names no one.
            BlockKind::Chrome
        } else if !longer_than(c, 200) && is_credit_line(c) {
            BlockKind::Credit
        } else if !over_item && (above_headline(c) == Some(BlockKind::Dateline) || is_place_line(c))
        {
            BlockKind::Dateline
        } else if set_off_note(c) || document_number(c) {
            // `—Delivered at the Fourth Session ...` over the speaker's line; an official
            // document's issuing number under the stamp (`Guo Ban Fa [2027] No. 41`).
            BlockKind::Dek
        } else {
            break;
        };
        let rule = if kind == BlockKind::Credit {
            credit_rule(c, RuleId::AfterStamp)
        } else {
            RuleId::AfterStamp
        };
        b.set(kind, rule, rec);
        after_by = by;
        n += 1;
    }
    n
}

/// A short note that opens with an adoption or delivery formula (`(Adopted at the Third
/// Plenary Session ...)`, `—Delivered at the Fourth Session ... on January 27, 2026`,
/// `Approved by ...`): the note from its formula on, or `None`. A sentence of the body
/// that mentions an adoption does not open with one.
pub(crate) fn adoption_formula(c: &str) -> Option<&str> {
    // An em or en dash may lead the note; a hyphen and a space are a bullet.
    let t = c.trim_start_matches(|ch: char| is_space(ch) || matches!(ch, '—' | '–'));
    let t = t.strip_prefix(['(', '（']).unwrap_or(t);
    if longer_than(t, 300) {
        return None;
    }
    let opens = [
        "Adopted ",
        "Approved ",
        "Passed ",
        "Promulgated ",
        "Issued ",
        "Delivered ",
    ]
    .iter()
    .any(|p| super::text::find_spaced(t, p).is_some_and(|(at, _)| at == 0));
    opens.then_some(t)
}

/// A reporter's name printed alone, in pinyin: a common Chinese surname and one or two
/// capitalised given-name words that read as pinyin syllables (`Liu Jian`, `Wang Ruiqi`,
/// `Li Xue Mei`). Under a stamp that is a byline; a heading there (`Key Takeaways`,
/// `Long Read`, `Fan Zone`) fails the surname or the syllables.
pub(crate) fn pinyin_name(c: &str) -> bool {
    let mut words = c.split(is_space).filter(|w| !w.is_empty());
    let Some(surname) = words.next() else {
        return false;
    };
    let given: Vec<&str> = words.collect();
    crate::lexicon::words::SURNAMES.contains(&surname)
        && (1..=2).contains(&given.len())
        && given.iter().all(|w| {
            w.len() <= 12
                && w.starts_with(|ch: char| ch.is_ascii_uppercase())
                && w.chars()
                    .skip(1)
                    .all(|ch| ch.is_ascii_lowercase() || ch == '-')
                && w.split('-')
                    .all(|p| pinyin_syllables(&p.to_ascii_lowercase()))
        })
}

/// Whether a lower-case word splits into pinyin syllables (an initial, then a final):
/// `ruiqi` = `rui` `qi`, `xuefeng` = `xue` `feng`; `read` and `zone` do not.
fn pinyin_syllables(w: &str) -> bool {
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w", "",
    ];
    const FINALS: &[&str] = &[
        "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan",
        "ai", "ei", "ao", "ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue",
        "er", "a", "o", "e", "i", "u", "v",
    ];
    if w.is_empty() {
        return true;
    }
    INITIALS.iter().any(|i| {
        w.strip_prefix(i).is_some_and(|rest| {
            FINALS.iter().any(|f| {
                // `o` alone follows only the labials (`bo`, `po`, `mo`, `fo`, `wo`), `lo`, `yo`.
                let o_ok = *f != "o" || ["b", "p", "m", "f", "w", "l", "y", ""].contains(i);
                o_ok && rest
                    .strip_prefix(f)
                    .is_some_and(|tail| (!i.is_empty() || !f.is_empty()) && pinyin_syllables(tail))
            })
        })
    })
}

/// A note on the author that names the writer's post (`The writer is China's Ambassador
/// to Kenya`, `The author is a senior fellow at ...`); `The author is grateful to ...` is
/// a sentence.
fn author_note(c: &str) -> bool {
    about_author(c).is_some_and(|p| {
        p.name.starts_with(char::is_uppercase)
            || ["a ", "an ", "the "].iter().any(|a| p.name.starts_with(a))
    })
}

/// Rule `staff_note`: a short block whose first sentence says who made the text (see
/// [`super::credit::staff_note`]).
fn staff_note(c: &str) -> bool {
    !longer_than(c, 300) && !super::credit::staff_note(c).is_empty()
}

/// A delivery or adoption note set off as a note, in parentheses or after a dash
/// (`(Adopted at ...)`, `—Delivered at ...`): a lede that opens `Issued jointly by ...` is
/// not one.
fn set_off_note(c: &str) -> bool {
    c.trim_start_matches(is_space)
        .starts_with(['(', '（', '—', '–'])
        && adoption_formula(c).is_some()
}

/// An author's line with their role: `Elena Marsh, Senior Fellow, Asia Programme`: a
/// personal name (two to four capitalised words) before a comma, at most twelve words in
/// all, on one line, without final punctuation. Returns the name.
pub(crate) fn author_with_role(c: &str) -> Option<&str> {
    let (name, _) = c.split_once(',')?;
    let name = name.trim_matches(is_space);
    (name_like(name)
        && !more_words_than(c, 12)
        && !c.contains('\n')
        && !matches!(final_char(c), Some('.' | ';' | ':' | ',')))
    .then_some(name)
}

/// Analysts' contact lines under a research note's headline, as a bank's PDF prints them:
/// each line an author with a role and a telephone number at the right margin
/// (`Jennifer Lau, Chief Economist, Greater China          +852 3120 4417`), an email
/// address or a telephone number alone, with at least one author and one address or
/// number. Returns the authors' names (rule `after_stamp`).
pub(crate) fn analyst_names(c: &str) -> Option<Vec<&str>> {
    let phone = |p: &str| {
        let digits = p.bytes().filter(u8::is_ascii_digit).count();
        digits >= 7
            && p.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b' ' | b'-' | b'(' | b')' | b'.'))
    };
    let email = |p: &str| {
        p.contains('@') && p.contains('.') && !p.contains(char::is_whitespace) && p.len() <= 80
    };
    let mut names = Vec::new();
    let mut contact = false;
    for line in c.lines().map(|l| l.trim_matches(is_space)) {
        if email(line) || phone(line) {
            contact = true;
            continue;
        }
        // The author's part and, past a wide gap, a number.
        let (author, rest) = match line.split_once("   ") {
            Some((a, r)) => (a.trim_matches(is_space), r.trim_matches(is_space)),
            None => (line, ""),
        };
        if !rest.is_empty() {
            if !(phone(rest) || email(rest)) {
                return None;
            }
            contact = true;
        }
        names.push(author_with_role(author)?);
    }
    (contact && !names.is_empty()).then_some(names)
}

/// Authors printed side by side in columns under a research note's headline: names on
/// the first line set apart by a wide gap (`Helen Tsang          Marcus Ho`), and under
/// them at most three lines of their roles and institutions in the same columns
/// (`Chief Economist, Greater China      Economist`). Returns the names (rule
/// `after_stamp`).
pub(crate) fn column_authors(c: &str) -> Option<Vec<&str>> {
    fn columns(line: &str) -> Vec<&str> {
        line.split("    ")
            .map(|p| p.trim_matches(is_space))
            .filter(|p| !p.is_empty())
            .collect()
    }
    let mut lines = c.lines();
    let names = columns(lines.next()?);
    if !(2..=3).contains(&names.len()) || !names.iter().all(|n| super::text::titled_name(n)) {
        return None;
    }
    let mut rest = 0;
    for line in lines {
        let parts = columns(line);
        rest += 1;
        let role = |p: &&str| {
            p.starts_with(char::is_uppercase)
                && !more_words_than(p, 8)
                && !matches!(final_char(p), Some('.' | ';' | ':'))
        };
        if rest > 3 || parts.len() != names.len() || !parts.iter().all(role) {
            return None;
        }
    }
    // Names over their roles: a row of two headings is no authors' block.
    (rest > 0).then_some(names)
}

/// The authors a byline block of a research note names: analysts' contact lines
/// ([`analyst_names`]) or names in columns ([`column_authors`]).
pub(crate) fn block_authors(c: &str) -> Option<Vec<&str>> {
    analyst_names(c).or_else(|| column_authors(c))
}

/// An outlet's name on the line under a byline: at most six words, no digit, no final
/// punctuation (`China Daily/Asia News Network`).
pub(crate) fn outlet_line(c: &str) -> bool {
    !c.is_empty()
        && !more_words_than(c, 6)
        && !c.contains(|ch: char| ch.is_ascii_digit() || ch == '\n')
        && !matches!(final_char(c), Some('.' | ';' | ':' | ','))
}

/// Blocks looked at after the last stamp: a byline, a credit, a place and a share bar.
const AFTER_STAMP: usize = 4;

/// A byline block: `By Zhang Wei` on its first line, and at most one more short line
/// without final punctuation (the outlet: `China Daily/Asia News Network`).
fn byline_block(c: &str) -> bool {
    let mut lines = c.lines().map(|l| l.trim_matches(is_space));
    let first = lines.next().unwrap_or("");
    let rest: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    by_author(first).is_some() && rest.len() <= 1 && rest.iter().all(|l| outlet_line(l))
}

/// A dateline's place alone on a line: `BOAO, Hainan`, `TIANJIN`: a first word in
/// capitals, at most four words, no digit, no final punctuation.
fn is_place_line(c: &str) -> bool {
    let first = c.split([',', ' ']).next().unwrap_or("");
    first.len() >= 2
        && first.chars().all(|ch| ch.is_uppercase() || ch == '-')
        && !more_words_than(c, 4)
        && !c.contains(|ch: char| ch.is_ascii_digit() || ch == '\n')
        && !matches!(final_char(c), Some('.' | ';' | ':' | '!' | '?'))
}

/// A breadcrumb from `Home` whose last step is the page's own title, however long
/// (`Home > Topics > President Xi Jinping's Visits to Trinidad and Tobago, Costa Rica,
/// Mexico and Meeting with President Barack Obama`): one line, two to six steps set apart
/// by `>`, `›` or `»`, every step but the last of at most four capitalised words.
fn home_trail(s: &str) -> bool {
    if !s.starts_with("Home ") || s.contains('\n') {
        return false;
    }
    let steps: Vec<&str> = s.split(['>', '›', '»']).map(str::trim).collect();
    let Some((_, before)) = steps.split_last() else {
        return false;
    };
    (2..=6).contains(&steps.len())
        && before.iter().all(|p| {
            !p.is_empty()
                && word_count(p) <= 4
                && p.split(' ').all(|w| w.starts_with(char::is_uppercase))
        })
}

/// Rule "label above headline": what a line printed above a headline is, if it is one
/// of the labels outlets put there:
/// - a **place line** (`Shanghai, People's Republic of China`, `Beijing, China`): two or
///   three comma-separated names of capitalised words (`of`, `the`, `and` allowed), at
///   most eight words, no digit, no final stop → a dateline;
/// - an **editor's note** (`Editor's note: ...`) → a dek;
/// - a **section label** in capitals (`OPINION`, `CHINA NEWS`) or a breadcrumb (`News >
///   China`, `Home | Politics`), at most four words → chrome.
///
/// Why these bounds: a headline has a verb and usually more than eight words, and none of
/// the labels above has a comma-separated name list with a verb; ALL-CAPS headlines of
/// five or more words stay headlines. Pinned by `labels_above_the_headline` and the genre
/// test `title_under_a_place_line_and_date_from_the_lead_caption`.
fn above_headline(s: &str) -> Option<BlockKind> {
    if longer_than(s, 300) {
        return None;
    }
    if editors_note(s) {
        return Some(BlockKind::Dek);
    }
    if home_trail(s) {
        return Some(BlockKind::Chrome);
    }
    if longer_than(s, 80) || s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if matches!(final_char(s), Some('.' | ';' | ':' | '!' | '?')) {
        return None;
    }
    let words = word_count(s);
    let capitalised = |part: &str| {
        let mut any = false;
        for w in part.split(is_space).filter(|w| !w.is_empty()) {
            if matches!(w, "of" | "the" | "and") {
                continue;
            }
            if !w.starts_with(char::is_uppercase) {
                return false;
            }
            any = true;
        }
        any
    };
    let parts = s.split(',').count();
    // A place line (`Shanghai, People's Republic of China`), not a title with a colon
    // (`Two Channels, One Harbour: Reading the Plan`).
    if (2..=3).contains(&parts) && words <= 8 && !s.contains(':') && s.split(',').all(capitalised) {
        return Some(BlockKind::Dateline);
    }
    // A breadcrumb: two to six steps of at most four capitalised words each, set apart by
    // `>`, `|`, `»` or `›`, or three to six set apart by slashes (`Home / China / Politics`; two
    // names with a slash between are a pair, `US / China`), after a label such as
    // `Current location:` or `You are here:` if the page prints one.
    let trail = crumb_label(s).unwrap_or(s);
    let step = |p: &str| word_count(p) <= 4 && capitalised(p);
    let steps = trail.split(['>', '|', '»', '›']);
    let slashes = trail.split('/');
    let crumbs = (2..=6).contains(&steps.clone().count()) && steps.clone().all(step)
        || (3..=6).contains(&slashes.clone().count()) && slashes.clone().all(step);
    let caps = super::text::in_capitals(s);
    // A section label: at most three capitalised words on a line of their own (`Politics`,
    // `East Asia`); read as one only above a longer headline (see `headline_at`).
    let section = words <= 3 && !s.contains(['\n', '\r']) && capitalised(s);
    if crumbs || words <= 4 && caps || section {
        return Some(BlockKind::Chrome);
    }
    None
}

/// The breadcrumb after the label a page prints before it (`Current location: Home >
/// Current Issue`, `You are here: Home > News`), if the line opens with one.
fn crumb_label(s: &str) -> Option<&str> {
    let (label, rest) = s.split_once([':', '：'])?;
    let label = label.trim_matches(is_space);
    [
        "current location",
        "location",
        "you are here",
        "current position",
        "position",
        "当前位置",
    ]
    .iter()
    .any(|l| label.eq_ignore_ascii_case(l))
    .then(|| rest.trim_matches(is_space))
}

/// An editor's note (`Editor's note: ...`): printed above a headline as often as under
/// it, and read as part of the header however long it is.
fn editors_note(s: &str) -> bool {
    let lower = |p: &str| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    lower("editor's note") || lower("editor’s note") || lower("editors' note")
}

/// The rule a label above the headline answers to: a named furniture rule (`nav_bar`,
/// `link_bar`, `font_buttons`) for furniture that one describes, else
/// `label_above_headline`.
fn label_rule(kind: BlockKind, content: &str) -> RuleId {
    match kind {
        BlockKind::Chrome => chrome_detail(content).unwrap_or(RuleId::LabelAboveHeadline),
        BlockKind::Credit => credit_rule(content, RuleId::LabelAboveHeadline),
        _ => RuleId::LabelAboveHeadline,
    }
}

/// Where the header ends: at the first block that reads like body text (more than 40
/// words, or two sentences), or after [`HEADER_REACH`] blocks; a page's menu copied one
/// entry a line (`World`, `Business`, `Markets`: short capitalised lines and furniture)
/// does not count towards those, up to [`HEADER_LINES_MAX`] blocks in all.
fn header_reach(blocks: &[RawBlock<'_>]) -> usize {
    let mut counted = 0;
    let end = blocks.len().min(HEADER_LINES_MAX);
    blocks
        .iter()
        .take(end)
        .position(|b| {
            let c = b.content;
            // Furniture of sentences (a cookie notice) does not end the header.
            let chrome = is_chrome(c);
            if (more_words_than(c, 40) || sentence_ends(c).nth(1).is_some())
                && !editors_note(c)
                && !chrome
            {
                return true;
            }
            let entry = chrome || above_headline(c) == Some(BlockKind::Chrome);
            if !entry {
                counted += 1;
            }
            counted > HEADER_REACH
        })
        .unwrap_or(end)
}

/// A byline with the reporter's place, `Helen Cai in Beijing`, `Wen Bo in Beijing and
/// Priya Nair in Singapore`: capitalised words and `in` / `and`, `in` after a name of two
/// or three words, at most twelve words, no digit or final punctuation.
fn name_in_place(c: &str) -> bool {
    let words: Vec<&str> = c.split(is_space).filter(|w| !w.is_empty()).collect();
    let first_in = words.iter().position(|w| *w == "in");
    // Two reporters before one place, two or three words each: `Ling Xiaoyu and Daniel
    // Kwan in Beijing` (not `China and Russia Meet in Beijing`).
    let reporters = |p: usize| {
        words.get(..p).is_some_and(|ws| {
            let mut names = ws.split(|w| *w == "and");
            let two = |n: Option<&[&str]>| n.is_some_and(|n| (2..=3).contains(&n.len()));
            two(names.next()) && two(names.next()) && names.next().is_none()
        })
    };
    words.len() <= 12
        && first_in.is_some_and(|p| {
            ((2..=3).contains(&p) || (4..=7).contains(&p) && reporters(p)) && p + 1 < words.len()
        })
        && words.iter().all(|w| {
            matches!(*w, "in" | "and")
                || w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '\'' | '.'))
        })
}

/// The reporters' names of a byline with their place (see [`name_in_place`]): `Ling
/// Xiaoyu and Daniel Kwan in Beijing` → `Ling Xiaoyu and Daniel Kwan`.
pub(crate) fn names_before_place(c: &str) -> Option<&str> {
    if !name_in_place(c) {
        return None;
    }
    let at = super::text::words(c).find(|(_, w)| *w == "in")?.0;
    c.get(..at).map(|n| n.trim_end_matches(is_space))
}

/// A header field of an email: `From:`, `To:`, `Cc:`, `Sent:`, `Date:`, `Subject:`,
/// `Reply-To:`.
pub(crate) fn email_field(c: &str) -> bool {
    [
        "from:",
        "to:",
        "cc:",
        "sent:",
        "date:",
        "subject:",
        "reply-to:",
    ]
    .iter()
    .any(|f| c.get(..f.len()).is_some_and(|h| h.eq_ignore_ascii_case(f)))
}

/// Rule `email_headers`: a newsletter pasted from an email opens with its headers; when
/// the first blocks hold a `Subject:` line and another field (`From:`, `Date:`, `To:`),
/// the subject is the title, the date line dates the text and the other fields are
/// furniture. Returns the subject's block.
///
/// A forwarded message has the forwarder's note and a `---------- Forwarded message
/// ---------` line above its headers: the subject is looked for in the first
/// [`EMAIL_REACH`] blocks, and the other field must stand next to it (within three
/// blocks). A forward's own subject (`Subject: FW: ...`) gives way to the forwarded
/// message's, looked for in the first [`FORWARD_REACH`] blocks, when that one has its
/// fields around it.
fn email_subject(blocks: &[RawBlock<'_>]) -> Option<usize> {
    let head = blocks.get(..blocks.len().min(EMAIL_REACH))?;
    let is_subject =
        |b: &RawBlock<'_>| super::text::strip_prefix_ci(b.content, "subject:").is_some();
    let mut subject = head.iter().position(is_subject)?;
    // A forward's own subject (`Subject: FW: ...`) over the message forwarded: the inner
    // message's headers are the text's.
    let forward = |b: &RawBlock<'_>| forward_subject(b.content);
    let with_fields = |at: usize| {
        blocks
            .get(at.saturating_sub(3)..(at + 4).min(blocks.len()))
            .is_some_and(|near| near.iter().filter(|b| email_field(b.content)).count() >= 2)
    };
    // The forwarder's note may run to a few paragraphs, a list and a signature; a
    // `Subject:` in it without fields around it is the note's, not a header.
    if head.get(subject).is_some_and(forward) {
        let inner = blocks
            .get(subject + 1..blocks.len().min(FORWARD_REACH))
            .and_then(|rest| rest.iter().position(is_subject))
            .map(|k| subject + 1 + k)
            .filter(|&k| with_fields(k));
        if let Some(k) = inner {
            subject = k;
        }
    }
    with_fields(subject).then_some(subject)
}

/// A forward's own subject line: `Subject: FW: ...`, `Subject: Fwd: ...`.
pub(crate) fn forward_subject(c: &str) -> bool {
    let subject = super::text::strip_prefix_ci(c, "subject:").is_some();
    let rest = c.get(8..).unwrap_or("").trim_start_matches(is_space);
    subject
        && ["fw:", "fwd:"].iter().any(|p| {
            rest.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })
}

/// Blocks looked at from the start for an email's `Subject:` line.
const EMAIL_REACH: usize = 10;

/// Blocks looked at from the start for the `Subject:` line of a forwarded message, under
/// the forwarder's note.
const FORWARD_REACH: usize = 40;

/// Rule `front_matter`: a page saved by a clipper or written in markdown may open with
/// YAML front matter between two `---` lines (`title: "..."`, `author:`, `published:
/// 2026-11-22`). Its `title` is the title, its `published` or `date` line dates the text
/// (the first of them; `created`, when the page was saved or the note written, only when
/// neither is there), its `author` or `authors` (with the list under it) are the bylines,
/// its `source` a credit, and the rest is furniture. Returns the end of the front matter,
/// after the closing `---`, and whether it holds the title; `None` when the text does not
/// open so.
fn front_matter<R: Recorder>(blocks: &mut [RawBlock<'_>], rec: &mut R) -> Option<(usize, bool)> {
    let fence = |b: &RawBlock<'_>| b.content == "---";
    if !blocks.first().is_some_and(fence) {
        return None;
    }
    let close = blocks
        .iter()
        .take(FRONT_MATTER_MAX)
        .skip(1)
        .position(fence)?
        + 1;
    let field = |c: &str| -> Option<(String, bool)> {
        let (key, value) = c.split_once(':')?;
        let key = key.trim();
        (!key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'))
        .then(|| (key.to_ascii_lowercase(), value.trim().is_empty()))
    };
    // A field that front matter holds, not a headline with a colon (`Explainer: ...`)
    // between two rules.
    let known = |b: &RawBlock<'_>| {
        field(b.content).is_some_and(|(key, _)| {
            matches!(
                key.as_str(),
                "title"
                    | "date"
                    | "published"
                    | "author"
                    | "authors"
                    | "source"
                    | "tags"
                    | "created"
                    | "description"
                    | "url"
                    | "layout"
                    | "categories"
            )
        })
    };
    if !blocks.get(1..close)?.iter().any(known) {
        return None;
    }
    let fields = blocks.get(1..close)?;
    let published = fields.iter().any(|b| {
        field(b.content).is_some_and(|(k, empty)| !empty && (k == "published" || k == "date"))
    });
    let mut dated = false;
    let mut titled = false;
    let mut in_authors = false;
    for b in blocks.iter_mut().take(close + 1) {
        let kind = match field(b.content) {
            Some((key, empty)) => {
                in_authors = empty && matches!(key.as_str(), "author" | "authors");
                match key.as_str() {
                    "title" if !empty => {
                        titled = true;
                        BlockKind::Title
                    }
                    "published" | "date" if !dated => {
                        dated = true;
                        BlockKind::Byline
                    }
                    "created" if !dated && !published => {
                        dated = true;
                        BlockKind::Byline
                    }
                    "author" | "authors" if !empty => BlockKind::Byline,
                    // A clipper's page address is furniture.
                    "source" if !empty && !b.content.contains("://") => BlockKind::Credit,
                    _ => BlockKind::Chrome,
                }
            }
            None if in_authors && b.content.starts_with("- ") => BlockKind::Byline,
            None => {
                in_authors = false;
                BlockKind::Chrome
            }
        };
        b.set(kind, RuleId::FrontMatter, rec);
    }
    Some((close + 1, titled))
}

/// Rule `database_record`: a news database's full record (Factiva's export with its
/// field codes) opens with the headline's field (`HD   CPC sets out roadmap ...`) and the
/// fields under it (`WC   548 words`, `PD   12 November 2013`, `SN   Xinhua News Agency`,
/// `CY   (c) Copyright 2013 ...`): the headline is the title, the date and the byline
/// (`BY`) bylines, the source a credit, the rest furniture. Returns the end of the fields
/// and that they hold the title; `None` when the text does not open so.
fn database_record<R: Recorder>(blocks: &mut [RawBlock<'_>], rec: &mut R) -> Option<(usize, bool)> {
    fn field<'b>(b: &RawBlock<'b>) -> Option<&'b str> {
        super::header::record_field(b.content).map(|(code, _)| code)
    }
    let start = super::header::record_start(blocks.iter().map(|b| b.content))?;
    let end = start
        + blocks
            .iter()
            .skip(start)
            .take_while(|b| field(b).is_some_and(|c| !matches!(c, "LP" | "TD")))
            .count();
    for b in blocks.iter_mut().take(end) {
        let kind = match field(b) {
            Some("HD") => BlockKind::Title,
            Some("PD" | "BY") => BlockKind::Byline,
            Some("SN") => BlockKind::Credit,
            _ => BlockKind::Chrome,
        };
        b.set(kind, RuleId::DatabaseRecord, rec);
    }
    Some((end, true))
}

/// Rule `browser_print`: a web page printed to PDF from a browser opens with the
/// browser's header (`1/19/23, 4:32 PM          Full Text: China's Green Development in
/// the New Era`), and the same header opens each later page: furniture. The page's own
/// header is read under it as any page's, except for a section printed alone (its
/// numbered heading first); the browser's title and the day it was printed stand in
/// where the page gives no headline or date of its own (see the extraction). Returns the
/// end of the browser's header and whether the header is done; `None` when the text
/// does not open so.
fn browser_print<R: Recorder>(blocks: &mut [RawBlock<'_>], rec: &mut R) -> Option<(usize, bool)> {
    let first = blocks.first()?;
    let (_, title) = super::header::print_header(first.content)?;
    let repeat = |c: &str| super::header::print_header(c).is_some_and(|(_, t)| t == title);
    // The page printed its own header under the browser's, unless a section printed
    // alone opens with its numbered heading (`III. Developing ...`) and no line above
    // the text is the headline the browser's title holds: then the browser's title is
    // the text's.
    let held =
        blocks.iter().skip(1).take(PRINT_HEADLINE_REACH).any(|b| {
            !b.content.contains('\n') && super::header::held_in_print_title(b.content, title)
        });
    let section = blocks
        .iter()
        .skip(1)
        .find(|b| !is_chrome(b.content))
        .is_some_and(|b| b.marker.is_some());
    let headline = held || !section;
    for (k, b) in blocks.iter_mut().enumerate() {
        if k == 0 {
            b.set(BlockKind::Chrome, RuleId::BrowserPrint, rec);
        } else if repeat(b.content) {
            b.hint = Hint::Page;
        }
    }
    Some((1, !headline))
}

/// Blocks looked at under a browser's header for the page's own headline.
const PRINT_HEADLINE_REACH: usize = 8;

/// Blocks of a deck's first slide looked at under its title.
const TITLE_SLIDE_MAX: usize = 6;

/// Rule `slide_deck`: a presentation's text export opens with a slide's marker (`Slide
/// 1`, `--- Slide 1 ---`), after one line of the export's banner if any; the first slide's first line is the title, a line of it with a
/// date (`Greater China Macro Strategy | Client briefing | 4 November 2025`, `16 October
/// 2018`) or a presenter's name (`Dr Helen Marsh`) a byline, its other lines deks.
/// Returns the end of the first slide and that it holds the title; `None` when the text
/// does not open so.
fn slide_deck<R: Recorder>(blocks: &mut [RawBlock<'_>], rec: &mut R) -> Option<(usize, bool)> {
    // The first slide's marker opens the text, or follows one line of the export's
    // banner (`POLS 3462 Chinese Politics Today - Week 5 - slides`).
    let marker = |k: usize| {
        blocks
            .get(k)
            .is_some_and(|b| super::header::slide_marker(b.content))
    };
    let banner = blocks
        .first()
        .is_some_and(|b| !b.content.contains('\n') && !more_words_than(b.content, 20));
    let m = match (marker(0), banner && marker(1)) {
        (true, _) => 0,
        (false, true) => 1,
        (false, false) => return None,
    };
    if !blocks
        .get(m + 1)
        .is_some_and(|b| title_like(b.content) && b.marker.is_none())
    {
        return None;
    }
    // The first slide ends at the next slide's first line or a list's item; without
    // either in reach, it is its marker and the title.
    let end = blocks
        .iter()
        .enumerate()
        .skip(m + 1)
        .take(TITLE_SLIDE_MAX + 1)
        .find(|(_, b)| super::header::slide_start(b.content) || b.marker.is_some())
        .map_or(m + 2, |(k, _)| k);
    for (k, b) in blocks.iter_mut().enumerate().take(end) {
        let c = b.content;
        let presenter = || super::text::titled_name(c);
        let kind = match k {
            k if k <= m => BlockKind::Chrome,
            k if k == m + 1 => BlockKind::Title,
            // A stamp is a byline; a line with a date that is no stamp (`Greater China
            // Macro Strategy | Client briefing | 4 November 2025`) a dateline.
            _ if block_stamp(c).is_some() => BlockKind::Byline,
            _ if !more_words_than(c, 20) && super::date::find_date(c).is_some() => {
                BlockKind::Dateline
            }
            _ if presenter() => BlockKind::Byline,
            _ => BlockKind::Dek,
        };
        b.set(kind, RuleId::SlideDeck, rec);
    }
    Some((end, true))
}

/// Blocks of a LexisNexis record's header looked at for its `BODY:` label.
const LEXIS_HEADER_MAX: usize = 20;

/// Rule `database_record`, as LexisNexis exports a record: its counter (`3 of 41
/// DOCUMENTS`), the copyright, the source's name, the date, then labelled fields
/// (`SECTION:`, `LENGTH:`, `HEADLINE:`, `BYLINE:`, `DATELINE:`) down to `BODY:`. The
/// headline is the title, the byline the byline, the date a dateline (it dates the
/// text), the source's name a credit, the rest furniture. Returns the end of the header
/// and that it holds the title; `None` when the text does not open so.
fn lexis_record<R: Recorder>(blocks: &mut [RawBlock<'_>], rec: &mut R) -> Option<(usize, bool)> {
    if !blocks
        .first()
        .is_some_and(|b| super::header::lexis_counter(b.content))
    {
        return None;
    }
    let body = blocks
        .iter()
        .take(LEXIS_HEADER_MAX)
        .position(|b| b.content.trim_matches(is_space) == "BODY:")?;
    let labelled = |c: &str, l: &str| c.get(..l.len()).is_some_and(|h| h == l);
    // Some sources print the headline without its label, on a line of its own under the
    // date: the first such line is the title.
    let mut untitled = !blocks
        .iter()
        .take(body)
        .any(|b| labelled(b.content, "HEADLINE:"));
    let mut dated = false;
    for b in blocks.iter_mut().take(body + 1) {
        let c = b.content;
        let field =
            super::header::LEXIS_LABELS.iter().any(|l| labelled(c, l)) || labelled(c, "BYLINE:");
        let kind = if labelled(c, "HEADLINE:") {
            BlockKind::Title
        } else if dated && untitled && !field && title_like(c) && more_words_than(c, 2) {
            untitled = false;
            BlockKind::Title
        } else if labelled(c, "BYLINE:") {
            BlockKind::Byline
        } else if super::header::LEXIS_LABELS.iter().any(|l| labelled(c, l))
            || super::header::lexis_counter(c)
            || c.starts_with("Copyright")
            || c.starts_with('©')
            || c.eq_ignore_ascii_case("all rights reserved")
        {
            BlockKind::Chrome
        } else if !dated
            && super::date::find_date(c).is_some_and(|(_, _, d)| d.start.year().is_some())
        {
            dated = true;
            BlockKind::Dateline
        } else if !dated && outlet_line(c) {
            // The source's name over the date.
            BlockKind::Credit
        } else {
            BlockKind::Chrome
        };
        b.set(kind, RuleId::DatabaseRecord, rec);
    }
    Some((body + 1, true))
}

/// Rule `database_record`, after the text: the record's index fields (`CO   ...`, `NS
/// ...`, `AN   Document ...`) and all under the first of them (the next record, the
/// search's summary) are furniture.
fn record_index<R: Recorder>(
    blocks: &mut [RawBlock<'_>],
    body: core::ops::Range<usize>,
    rec: &mut R,
) {
    let lexis = blocks
        .first()
        .is_some_and(|b| super::header::lexis_counter(b.content));
    if !lexis && !super::header::record_opens(blocks.iter().map(|b| b.content)) {
        return;
    }
    // The index fields, or a LexisNexis record's closing fields (`LOAD-DATE: ...`) and
    // the next record's counter.
    let closing = |c: &str| {
        if lexis {
            super::header::LEXIS_LABELS
                .iter()
                .any(|l| c.get(..l.len()).is_some_and(|h| h == *l))
                || super::header::lexis_counter(c)
        } else {
            super::header::record_field(c).is_some_and(|(code, _)| !matches!(code, "LP" | "TD"))
        }
    };
    let first = blocks
        .get(body.clone())
        .unwrap_or_default()
        .iter()
        .position(|b| closing(b.content));
    if let Some(k) = first {
        for b in blocks.get_mut(body.start + k..body.end).unwrap_or_default() {
            b.set(BlockKind::Chrome, RuleId::DatabaseRecord, rec);
        }
    }
}

/// Blocks looked at for the closing `---` of front matter.
const FRONT_MATTER_MAX: usize = 40;

/// The block after an email's header fields: the run of field blocks that holds the
/// subject (block `subject`). A `From:` further down is the text's (a reader's letter).
fn email_end(blocks: &[RawBlock<'_>], subject: usize) -> usize {
    let mut end = subject + 1;
    while blocks.get(end).is_some_and(|b| email_field(b.content)) {
        end += 1;
    }
    end
}

/// The bullets of a standfirst that may stand between a headline and its stamp.
const DEK_BULLETS: usize = 3;

/// Blocks looked at for the header, menus of one entry a line included.
const HEADER_LINES_MAX: usize = 40;

/// Words that name a body or an outlet: a line in capitals with one of them is a
/// masthead (`MINISTRY OF FOREIGN AFFAIRS OF THE PEOPLE'S REPUBLIC OF CHINA`), not a
/// headline.
const MASTHEAD_WORDS: &[&str] = &[
    "MINISTRY",
    "DAILY",
    "NEWS",
    "AGENCY",
    "TIMES",
    "GOVERNMENT",
    "REPUBLIC",
    "COUNCIL",
    "COMMITTEE",
    "OFFICE",
    "EMBASSY",
    "ONLINE",
    "NETWORK",
    "PORTAL",
    "BUREAU",
    "COMMISSION",
    "ADMINISTRATION",
    "INSTITUTE",
    "UNIVERSITY",
    "CENTER",
    "CENTRE",
    "JOURNAL",
    "REVIEW",
    "MAGAZINE",
    "WEEKLY",
    "BULLETIN",
    "POST",
    "XINHUA",
    "XINHUANET",
    "CGTN",
    "CCTV",
];

/// Rule `headline_over_stamp`, a headline in capitals: a line in capitals of five words
/// or more that names no body or outlet (`PREMIER LI KEQIANG MEETS THE PRESS`), over a
/// standfirst in sentence case (`Press conference after the closing meeting of ...`), is
/// the headline, as transcripts and PDF copies set one; a masthead in capitals stays
/// furniture.
fn caps_headline(caps: &str, under: &str) -> bool {
    let named = caps
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| {
            let w = w.trim_end_matches("'S");
            MASTHEAD_WORDS.contains(&w)
        });
    let lower_words = under
        .split(is_space)
        .skip(1)
        .filter(|w| {
            w.starts_with(char::is_lowercase)
                && !matches!(
                    *w,
                    "and" | "of" | "for" | "the" | "on" | "in" | "a" | "an" | "to"
                )
        })
        .take(2)
        .count();
    // A menu (`HOME  CHINA  WORLD`) or a label row (`BRIEFING | CHINA`) is no headline.
    let menu = caps.contains("  ") || caps.contains(['|', '·', '>', '»', '/', '\t']);
    super::text::in_capitals(caps)
        && caps.is_ascii()
        && more_words_than(caps, 4)
        && !menu
        && !named
        && lower_words == 2
}

/// The headline over the credit lines right above `top` (see `headline_over_stamp`):
/// two credit lines or more, then one line or more with no Latin letter (the original's
/// title in Chinese), then a title-like line of five words or more.
fn headline_over_credits(blocks: &[RawBlock<'_>], top: usize) -> Option<usize> {
    let credit = |c: &str| !more_words_than(c, 12) && is_credit_line(c);
    let mut k = top;
    let mut credits = 0;
    while k > 0 && blocks.get(k - 1).is_some_and(|b| credit(b.content)) {
        k -= 1;
        credits += 1;
    }
    if credits < 2 {
        return None;
    }
    let mut originals = 0;
    while k > 0
        && blocks
            .get(k - 1)
            .is_some_and(|b| !b.content.bytes().any(|c| c.is_ascii_alphabetic()))
    {
        k -= 1;
        originals += 1;
    }
    if originals == 0 {
        return None;
    }
    let h = k.checked_sub(1)?;
    let b = blocks.get(h)?;
    // A provincial report's headline runs long (`Fujian Provincial Party Standing
    // Committee Holds Enlarged Meeting to Relay and Study ...`): 40 words at most here.
    let long_title = |c: &str| {
        !longer_than(c, 300)
            && !more_words_than(c, 40)
            && c.starts_with(char::is_uppercase)
            && !matches!(final_char(c), Some('.' | ';' | ',' | ':'))
    };
    (long_title(b.content)
        && more_words_than(b.content, 4)
        && b.marker.is_none()
        && !b.content.contains('\n')
        && !is_chrome(b.content))
    .then_some(h)
}

/// Whether `c` is a line that may stand between a headline and its stamp (see
/// `headline_over_stamp`): furniture, a credit or a byline, a place, a label, a note, a
/// caption, a line in another script, or a standfirst of one sentence.
fn under_headline(c: &str) -> bool {
    is_chrome(c)
        || !more_words_than(c, 12) && is_credit_line(c)
        || by_author(c).is_some()
        || by_author_of(c).is_some()
        || name_like(c)
        || authors_line(c)
        || byline_block(c)
        || name_in_place(c)
        || above_headline(c).is_some()
        || affiliation_line(c)
        || bracketed_note(c)
        || set_off_note(c)
        || document_number(c)
        || is_caption(c)
        || !c.bytes().any(|b| b.is_ascii_alphabetic())
        // A standfirst of one sentence: with its full stop, or too long for a headline
        // (see `title_like`).
        || (super::text::ends_sentence(c) && more_words_than(c, 7) || more_words_than(c, 30))
            && sentence_ends(c).nth(1).is_none()
}

/// Rule `headline_over_stamp`: with a date stamp in the header, the headline is the
/// title-like line nearest above the first stamp, past the lines that sit between a
/// headline and its stamp: bylines and authors, credit lines, labels and furniture, a
/// standfirst of one sentence, a headline's original in another script. When two
/// title-like lines are stacked there, the upper one is the headline and the lower its
/// standfirst; so it is when the lower is a short label set apart by a dash or a bar (a
/// feed's or a section's name). Of stacked markdown headings the larger is the headline.
/// Everything above the headline is the page's furniture (mastheads, taglines, menus,
/// sign-up lines). `None` when no title-like line of three words or more stands there.
fn headline_over_stamp(blocks: &[RawBlock<'_>], stamp: usize) -> Option<usize> {
    let latin = |s: &str| s.bytes().any(|b| b.is_ascii_alphabetic());
    let between = under_headline;
    let mut k = stamp;
    // The bullets of a standfirst under the headline (`- Twice-a-decade conference
    // pledges ...`), at most three.
    let mut dek_bullets = 0;
    while k > 0 {
        k -= 1;
        let b = blocks.get(k)?;
        let c = b.content;
        let bullet = b
            .marker
            .as_ref()
            .is_some_and(|m| m.kind == MarkerKind::Bullet);
        if bullet && dek_bullets < DEK_BULLETS && !more_words_than(c, 40) {
            dek_bullets += 1;
            continue;
        }
        if b.markdown_heading && title_like(c) {
            // A subtitle set as a smaller heading under the headline (`# Title` over `###
            // Subtitle`): the larger one is the headline.
            let mut top = k;
            while let Some(a) = top.checked_sub(1).and_then(|j| blocks.get(j)) {
                let level = blocks.get(top).map_or(0, |t| t.markdown_level);
                // A periodical's masthead with its issue number (`# China Rural Policy
                // Bulletin | No. 2/2025`) over the article's heading is not the headline.
                if a.markdown_heading
                    && a.markdown_level < level
                    && title_like(a.content)
                    && !issue_line(a.content)
                {
                    top -= 1;
                } else {
                    break;
                }
            }
            return Some(top);
        }
        if between(c) {
            continue;
        }
        if !title_like(c) || !more_words_than(c, 2) || b.marker.is_some() {
            return None;
        }
        // Two title-like lines stacked over the stamp: a headline of one line and five
        // words or more (not in capitals: a masthead; not a series label, `River Policy
        // Brief 2017/07`, nor an issue line, `POLICY BRIEF | No. 31 | November 2026`) and
        // its standfirst of a sentence.
        let caps = |s: &str| !s.chars().any(char::is_lowercase);
        let above = k.checked_sub(1).and_then(|j| blocks.get(j)).filter(|a| {
            title_like(a.content)
                && more_words_than(a.content, 4)
                && !a.content.contains('\n')
                && !caps(a.content)
                && !issue_line(a.content)
                && !between(a.content)
                && !breadcrumb_steps(a.content)
                && a.marker.is_none()
                && more_words_than(c, 7)
        });
        // A short line set apart by a dash or a bar under a long headline is a label of
        // the page or the feed (`MFA China – Spokesperson's Remarks` under the headline,
        // over the feed's date).
        let label_under = !more_words_than(c, 5)
            && c.contains(['–', '—', '|', '/', '·'])
            && k.checked_sub(1)
                .and_then(|j| blocks.get(j))
                .is_some_and(|a| {
                    title_like(a.content)
                        && more_words_than(a.content, 7)
                        && !a.content.contains('\n')
                        && !caps(a.content)
                        && !between(a.content)
                        && a.marker.is_none()
                        && !super::text::ends_sentence(a.content)
                });
        // A headline over its original in another script (`原标题：...`) is the headline,
        // whatever stands above it (a site's tagline).
        let original_under = k + 1 < stamp
            && blocks.get(k + 1).is_some_and(|n| {
                !latin(n.content)
                    && n.content
                        .chars()
                        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            });
        let top = if (above.is_some() || label_under) && !original_under {
            k - 1
        } else {
            k
        };
        // A headline over its credit lines (`Translation: ...`, `Reviewed by: ...`) and
        // its original in Chinese: a line between the credits and the stamp is the
        // site's or the project's tagline (`Strait Texts Project — volunteer
        // translations of ...`), not the headline.
        if let Some(h) = headline_over_credits(blocks, top) {
            return Some(h);
        }
        // A headline in capitals over that line, when it reads as a standfirst: a line
        // with another between it and the stamp (an occasion over its venue), not a
        // headline right over its stamp (a kicker in capitals over one stays furniture).
        let caps_over = top.checked_sub(1).filter(|_| top + 1 < stamp).filter(|&j| {
            let (Some(a), Some(t)) = (blocks.get(j), blocks.get(top)) else {
                return false;
            };
            caps(a.content)
                && title_like(a.content)
                && !a.content.contains('\n')
                && a.marker.is_none()
                && !issue_line(a.content)
                && caps_headline(a.content, t.content)
        });
        return Some(caps_over.unwrap_or(top));
    }
    None
}

/// Rule `headline_over_stamp`, for periodicals: when the first stamp is an issue line
/// (`Issue 187 | Monday, 14 December 2026`, `POLICY BRIEF | No. 31 | 3 November 2026`),
/// or a PDF's running header opening the text with its date at the right margin, it
/// belongs to the masthead, and the headline is the title-like line of three words or
/// more right under it.
fn headline_under_issue(blocks: &[RawBlock<'_>], stamp: usize) -> Option<usize> {
    // A PDF's running header at the top of the text, its date at the right margin, is
    // the masthead too.
    let running = stamp < 3
        && blocks.get(..stamp).is_some_and(|top| {
            top.iter()
                .all(|b| !b.content.contains('\n') && super::header::running_header_line(b.content))
        })
        && blocks.get(stamp).is_some_and(|b| {
            // The header's lines may be one block: its last line holds the date.
            let mut lines = b.content.lines().rev();
            let last = lines.next().unwrap_or("");
            super::header::date_at_margin(last) && lines.all(super::header::running_header_line)
        })
        // A page's header of fields, its date line no stamp on its own (a headline over
        // `2024-03-03 10:15    Source: ...` is the page's headline).
        || stamp < 2
            && blocks
                .get(stamp)
                .and_then(|b| b.content.lines().last())
                .is_some_and(|l| super::header::stamp(l).is_none())
            && field_stamp(blocks, stamp).is_some();
    let issue = running || blocks.get(stamp).is_some_and(|b| issue_line(b.content));
    // Past a section's label under the masthead, set apart by a bar or an arrow (`Asia
    // Economics | China`), two at most; a short headline (`Port Dues Rise`) is no label.
    let mut at = stamp + 1;
    while at < stamp + 3
        && blocks.get(at + 1).is_some()
        && blocks.get(at).is_some_and(|b| {
            above_headline(b.content) == Some(BlockKind::Chrome)
                && b.content.contains(['|', '>', '»', '›', '/'])
        })
    {
        at += 1;
    }
    let next = blocks.get(at)?;
    let c = next.content;
    let headline = title_like(c)
        && more_words_than(c, 2)
        && next.marker.is_none()
        && block_stamp(c).is_none()
        && by_author(c).is_none()
        && !is_chrome(c)
        && !is_credit_line(c);
    (issue && headline).then_some(at)
}

/// A page's header of fields on two lines set apart by wide gaps (see
/// [`super::header::field_header`]) ending at block `i`: both lines in that block, or
/// the first in the block before.
fn field_stamp<'a>(blocks: &[RawBlock<'a>], i: usize) -> Option<Stamp<'a>> {
    let b = blocks.get(i)?;
    match b.content.split_once('\n') {
        Some((first, second)) => super::header::field_header(first, second),
        None => {
            let above = blocks.get(i.checked_sub(1)?)?;
            if above.content.contains('\n') {
                return None;
            }
            super::header::field_header(above.content, b.content)
        }
    }
}

/// The labels of an issue's number: `Issue 187`, `No. 31`, `Vol. 12`, `Volume 3`,
/// `Number 4`.
pub(crate) const ISSUE_LABELS: &[&str] = &["issue", "no.", "vol.", "volume", "number"];

/// A periodical's issue line: `Issue 187`, `No. 31`, `Vol. 12`, `Volume 3` among its
/// words, with the number right after.
pub(crate) fn issue_line(c: &str) -> bool {
    let words: Vec<&str> = c
        .split(|ch: char| is_space(ch) || matches!(ch, '|' | ',' | '·'))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        let label = w.first().copied().unwrap_or("");
        let number = w.get(1).copied().unwrap_or("");
        ISSUE_LABELS.iter().any(|l| label.eq_ignore_ascii_case(l))
            && number
                .trim_start_matches('#')
                .starts_with(|ch: char| ch.is_ascii_digit())
    })
}

/// An author's affiliation printed between a headline and its stamp: `Chongyang
/// Institute for Financial Studies, Renmin University of China (RDCY)`. One line of
/// capitalised words (and `of`, `for`, `and`, `the`, `on`), naming an institution, with a
/// comma between two names or an acronym in parentheses at the end: a headline in title
/// case has neither.
fn affiliation_line(c: &str) -> bool {
    if c.contains(['\n', '\r']) || more_words_than(c, 16) || super::text::ends_terminal(c) {
        return false;
    }
    let acronym = |w: &str| {
        w.strip_prefix('(')
            .and_then(|w| w.strip_suffix(')'))
            .is_some_and(|a| a.len() >= 2 && a.chars().all(|ch| ch.is_ascii_uppercase()))
    };
    let words: Vec<&str> = c.split(is_space).filter(|w| !w.is_empty()).collect();
    let shaped = words.iter().all(|w| {
        let w = w.trim_end_matches(',');
        w.starts_with(char::is_uppercase)
            || acronym(w)
            || ["of", "for", "and", "the", "on", "&"].contains(&w)
    });
    // Every part names an institution (its last word, or `of` / `for` and a name after
    // it: `Renmin University of China`, `Institute for Financial Studies`), an acronym
    // aside, or a place of one or two words (`Beijing`); a headline's second clause
    // (`Xi Visits Tsinghua University, Calls for Innovation`) is neither.
    let institution = |part: &str| {
        let mut ws: Vec<&str> = part.split(is_space).filter(|w| !w.is_empty()).collect();
        if ws.last().is_some_and(|w| acronym(w)) {
            ws.pop();
        }
        let Some(k) = ws.iter().rposition(|w| INSTITUTION_WORDS.contains(w)) else {
            return false;
        };
        let tail = ws.get(k + 1..).unwrap_or_default();
        tail.is_empty()
            || tail.len() <= 5
                && tail
                    .first()
                    .is_some_and(|w| ["of", "for", "on"].contains(w))
    };
    let place = |part: &str| {
        let n = part.split(is_space).filter(|w| !w.is_empty()).count();
        (1..=2).contains(&n)
            && part
                .split(is_space)
                .filter(|w| !w.is_empty())
                .all(|w| w.starts_with(char::is_uppercase))
    };
    let parts = || c.split(", ").map(|p| p.trim_matches(is_space));
    let institution = parts().any(institution) && parts().all(|p| institution(p) || place(p));
    let set_apart = c.contains(", ") || words.last().is_some_and(|w| acronym(w));
    shaped && institution && set_apart
}

/// Lines looked at above a headline: a masthead, a menu, a language switch, a breadcrumb
/// or a section label, and a line or two of page furniture (`Search`, `Subscribe`).
const LABELS_MAX: usize = 6;

/// What line `i` of the header is when it stands above the headline: a label
/// ([`above_headline`]), page furniture, or a masthead: a site's or outlet's name on the
/// page's first line, right above a breadcrumb, a label in capitals or furniture (`The Plenum Dispatch` over `Subscribe`,
/// `Embassy of ... in Malta` over `Home > Embassy News`), which is furniture too.
fn label_at(blocks: &[RawBlock<'_>], i: usize) -> Option<BlockKind> {
    let b = blocks.get(i)?;
    // A markdown heading is a headline, however short.
    if b.markdown_heading {
        return None;
    }
    // A credit line (`Source: Ministry of Foreign Affairs`) printed above the headline; a
    // long one is a headline after a kicker (`Translation: Opinions of ...`).
    if !more_words_than(b.content, 12) && is_credit_line(b.content) {
        return Some(BlockKind::Credit);
    }
    if let Some(kind) = above_headline(b.content) {
        return Some(kind);
    }
    if is_chrome(b.content) {
        return Some(BlockKind::Chrome);
    }
    // A periodical's issue line (`No. 14 | June 2027`) belongs to the masthead; a series'
    // masthead of parts set apart by bars may be longer (`LAKESIDE INSTITUTE FOR CHINA
    // STUDIES | China Policy Documents, No. 14 | Unofficial translation`).
    // A PDF's running header sets its parts apart by a wide gap instead (`China Policy
    // Documents Series No. 14          Centre for Contemporary China Studies`).
    let bars = b.content.matches('|').count();
    let gap = b.content.contains("   ") && !b.content.contains('\n');
    let issue = issue_line(b.content)
        && !more_words_than(b.content, if bars >= 2 || gap { 16 } else { 8 })
        && (bars > 0 || gap || super::date::find_date(b.content).is_some());
    if bracketed_note(b.content) || issue || chapter_label(b.content) {
        return Some(BlockKind::Chrome);
    }
    let next = blocks.get(i + 1)?;
    // A kicker over a markdown headline (`Commentary / China Politics` over `# Reading
    // ...`): a short line of its own, unpunctuated.
    if next.markdown_heading
        && !b.content.contains('\n')
        && !more_words_than(b.content, 6)
        && final_char(b.content).is_some_and(|c| c.is_alphanumeric())
        && stamp(b.content).is_none()
    {
        return Some(BlockKind::Chrome);
    }
    // Furniture for certain: page furniture, a breadcrumb or a label in capitals (a short
    // capitalised line could be a heading or a byline, and the line above it a headline).
    let n = next.content;
    let caps = super::text::in_capitals(n);
    let furniture_next = is_chrome(n)
        || chapter_label(n)
        || above_headline(n).is_some_and(|k| k == BlockKind::Chrome)
            && (caps || n.contains(['>', '|', '»']));
    // Only the page's first line (after furniture such as `Skip to main content`): a
    // headline is often followed by a share bar too.
    // A headline in another script over its translation is the original, not a site.
    let latin = b.content.bytes().any(|c| c.is_ascii_alphabetic());
    let masthead = (0..i).all(|j| blocks.get(j).is_some_and(|p| is_chrome(p.content)))
        && latin
        && furniture_next
        && !more_words_than(b.content, 16)
        && !b.content.contains('\n')
        && !matches!(
            final_char(b.content),
            Some('.' | ';' | ':' | ',' | '?' | '!')
        )
        && stamp(b.content).is_none();
    masthead.then_some(BlockKind::Chrome)
}

/// Where the headline stands among the first header blocks: after the labels printed
/// above it ([`above_headline`]), when a title-like line follows them; otherwise 0.
fn headline_at(blocks: &[RawBlock<'_>]) -> usize {
    let labels = (0..blocks.len().min(LABELS_MAX))
        .take_while(|&i| label_at(blocks, i).is_some())
        .count();
    // A section's numbered heading under a short title (`China's Military Strategy` /
    // `II. Missions and Strategic Tasks ...`, a white paper's section copied alone): the
    // short line is the title, not a section's label.
    let numbered = blocks.get(labels).is_some_and(|b| {
        b.marker.as_ref().is_some_and(|m| {
            matches!(
                m.kind,
                MarkerKind::Number | MarkerKind::Roman | MarkerKind::Chinese
            )
        }) && heading_like(b.marker_rest())
    });
    if numbered && labels == 1 {
        let top = blocks.first().map_or("", |b| b.content);
        if title_like(top) && more_words_than(top, 2) && !is_chrome(top) && !breadcrumb_steps(top) {
            return 0;
        }
    }
    // The headline is not a date stamp, and is longer than a section label.
    match blocks.get(labels) {
        Some(b)
            if labels > 0
                && title_like(b.content)
                && above_headline(b.content).is_none()
                && more_words_than(b.content, 3)
                && stamp(b.content).is_none() =>
        {
            labels
        }
        _ => 0,
    }
}

/// A syndication sign-off at the end of a text: an en dash or hyphen glued to a short
/// capitalised line, `–The Daily Mail-China Daily news exchange item`. A bullet of those
/// is followed by a space; an em dash glued to its text (`—Improve ...`, `——Strengthen
/// ...`) is the genre's bullet, so it is not read as a sign-off.
fn sign_off(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['–', '-']) else {
        return false;
    };
    rest.starts_with(|c: char| c.is_uppercase())
        && !longer_than(s, 80)
        && !more_words_than(rest, 8)
        && !matches!(final_char(rest), Some('.' | ';' | ':' | ','))
}

/// A headline in another script over its English one (a translation printed beside its
/// original): `中央经济工作会议举行 ...` over `Central Economic Work Conference Held; ...`.
/// When the first block after furniture (within the next three) is a title-like line of
/// three or more words in Latin letters, that English headline is the title and the
/// original a dek. Returns the end of the header then, or 0.
fn english_title<R: Recorder>(blocks: &mut [RawBlock<'_>], rec: &mut R) -> usize {
    let latin = |s: &str| s.bytes().any(|b| b.is_ascii_alphabetic());
    let Some(first) = blocks.first() else {
        return 0;
    };
    if first.kind != BlockKind::Title || latin(first.content) {
        return 0;
    }
    let Some(k) =
        (1..blocks.len().min(4)).find(|&k| blocks.get(k).is_some_and(|b| !is_chrome(b.content)))
    else {
        return 0;
    };
    let Some(b) = blocks
        .get(k)
        .filter(|b| latin(b.content) && title_like(b.content) && more_words_than(b.content, 2))
    else {
        return 0;
    };
    if b.marker.is_some() || b.lead.is_some() {
        return 0;
    }
    for (i, b) in blocks.iter_mut().enumerate().take(k + 1) {
        let kind = match i {
            0 => BlockKind::Dek,
            _ if i == k => BlockKind::Title,
            _ => BlockKind::Chrome,
        };
        b.set(kind, RuleId::EnglishTitle, rec);
    }
    k + 1
}

/// A page's title above its headline: `China holds ... for 2024-Xinhua` over `China holds
/// ... for 2024`. When the second block repeats the first up to a separator and a short
/// site name, the first is furniture and the second the title; returns the end of the
/// header then (2), or 0.
fn page_title<R: Recorder>(blocks: &mut [RawBlock<'_>], rec: &mut R) -> usize {
    let [first, second, ..] = blocks else {
        return 0;
    };
    let (page, headline) = (first.content, second.content);
    let Some(site) = page.strip_prefix(headline) else {
        return 0;
    };
    let site = site.trim_start_matches(is_space);
    let Some(site) = site.strip_prefix(['-', '|', '–', '—', '_', ':']) else {
        return 0;
    };
    let site = site.trim_matches(is_space);
    if headline.is_empty() || site.is_empty() || word_count(site) > 4 || !title_like(headline) {
        return 0;
    }
    first.set(BlockKind::Chrome, RuleId::PageTitle, rec);
    second.set(BlockKind::Title, RuleId::PageTitle, rec);
    2
}

/// Lists whose first item starts inside a paragraph (`... in 30 years. First, the shared
/// commitment ...`) followed by a `Second,` paragraph: the paragraph is cut before
/// `First,` so that the item stands alone (rule `embedded_first_item`); and, the same way,
/// an item whose ordinal sentence stands inside the support of the item before it
/// (`Second, ...` ¶ `... he said. Third, ...` ¶ `Fourth, ...`, rule `embedded_item`).
fn split_embedded_first<'a, R: Recorder>(src: &'a str, blocks: &mut Blocks<'a>, rec: &mut R) {
    const REACH: usize = 4;
    let mut cuts: Vec<(usize, usize, RuleId)> = Vec::new();
    let list = &blocks.blocks;
    for (i, b) in list.iter().enumerate() {
        // The ordinal the item before this one should have.
        let want = match b.marker {
            Some(m) if m.style == Style::Word && b.kind == BlockKind::Item => {
                match m.ordinal.and_then(|n| n.checked_sub(1)) {
                    Some(w) if w >= 1 => w,
                    _ => continue,
                }
            }
            _ => continue,
        };
        let lo = i
            .saturating_sub(REACH)
            .max(blocks.body_start.saturating_sub(1));
        for j in (lo..i).rev() {
            let Some(p) = list.get(j) else { break };
            // The item before the missing one may hold it in its own paragraph (`Second,
            // ... renewal will continue. Third, reform ...`).
            let item_before = matches!(
                p.marker,
                Some(m) if m.style == Style::Word && want >= 2 && m.ordinal == Some(want - 1)
            ) && p.kind == BlockKind::Item;
            if !item_before
                && (matches!(p.marker, Some(m) if m.style == Style::Word)
                    || p.kind == BlockKind::Heading)
            {
                break;
            }
            if !item_before
                && !matches!(
                    p.kind,
                    BlockKind::Paragraph | BlockKind::Lede | BlockKind::Obligation
                )
            {
                continue;
            }
            let c = p.content;
            let opens = |rest: &str| {
                let rest = rest.trim_start_matches(is_space);
                if want == 1 {
                    opens_first(rest)
                } else {
                    ordinal_marker(rest)
                        .is_some_and(|m| m.kind == MarkerKind::Word && m.ordinal == Some(want))
                }
            };
            let at = sentence_ends(c).find(|&e| c.get(e..).is_some_and(opens));
            if let Some(e) = at {
                let off = offset_in(src, c) + e;
                let rule = if want == 1 {
                    RuleId::EmbeddedFirstItem
                } else {
                    RuleId::EmbeddedItem
                };
                cuts.push((j, off, rule));
                break;
            }
            if item_before {
                break;
            }
        }
    }
    if cuts.is_empty() {
        return;
    }
    cuts.sort_unstable_by_key(|c| c.0);
    cuts.dedup_by_key(|c| c.0);
    let old = core::mem::take(&mut blocks.blocks);
    let mut out = Vec::with_capacity(old.len() + cuts.len());
    let mut cut_iter = cuts.into_iter().peekable();
    let (mut body_start, mut body_end) = (blocks.body_start, blocks.body_end);
    for (j, b) in old.into_iter().enumerate() {
        match cut_iter.peek() {
            Some(&(cj, off, rule)) if cj == j => {
                cut_iter.next();
                let head = trim(src, Span::new(b.span.start, off));
                let tail = trim(src, Span::new(off, b.span.end));
                let mut first = RawBlock {
                    span: head,
                    content: content_of(slice(src, head)),
                    ..b.clone()
                };
                first.heading_like = false;
                out.push(first);
                let mut item = raw(
                    src,
                    &Unit {
                        span: tail,
                        indent: b.indent,
                        hint: b.hint,
                    },
                );
                item.set(BlockKind::Item, rule, rec);
                out.push(item);
                if j < blocks.body_start {
                    body_start += 1;
                }
                if j < blocks.body_end {
                    body_end += 1;
                }
            }
            _ => out.push(b),
        }
    }
    blocks.blocks = out;
    blocks.body_start = body_start;
    blocks.body_end = body_end;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chapter_labels() {
        for s in [
            "Chapter 2",
            "CHAPTER II",
            "Chapter Two",
            "Chapter 12:",
            "Document 9",
            "ANNEX 2",
            "Appendix II",
        ] {
            assert!(chapter_label(s), "{s}");
        }
        for s in [
            "Chapter 2 of the plan",
            "Chapter",
            "Chapters 2",
            "chapter 2",
            "Chapter 2024-2025",
            "Chapter Twenty-one and more",
            "Document of the session",
            "Annexes 2",
        ] {
            assert!(!chapter_label(s), "{s}");
        }
    }

    #[test]
    fn breadcrumbs_of_long_steps_are_not_headlines() {
        assert!(breadcrumb_steps(
            "Home > Topics > High-level Dialogue on Global Development"
        ));
        assert!(breadcrumb_steps("News » China » Politics"));
        assert!(!breadcrumb_steps("Ports > Airports: what the plan says"));
        assert!(!breadcrumb_steps(
            "Forging High-quality Partnership For a New Era"
        ));
    }

    #[test]
    fn headings() {
        for s in [
            "\"Ten Achievements\".",
            "Six musts",
            "A historic achievement of major-country diplomacy with Chinese characteristics in the new era",
            "At present and for some time to come, external work should be carried out",
            "TARGETS THROUGH 2035",
            "**Inclusive economic globalization**",
            "What next?",
        ] {
            assert!(heading_like(s), "{s}");
        }
        for s in [
            "Since the 18th National Congress of the Communist Party of China, in the great journey of advancing the cause of socialism with Chinese characteristics in the new era, historic achievements and changes have taken place in external work",
            "to promote global governance through extensive consultation",
            "We commit to:",
            "The first. The second",
            // Two quoted lines, each closed by a period: two sentences, whether the line
            // ends in a line feed or in spaces.
            "\"Ten Achievements\".\n\"Ten Achievements\".",
            "\"Ten Achievements\".  \t\n\"Ten Achievements\".",
            "Dear delegates",
            "Producer: Li Zhe, Editor-in-chief: Ma Wenjia.",
            "",
        ] {
            assert!(!heading_like(s), "{s}");
        }
    }

    #[test]
    fn headings_wrapped_at_a_hyphen_are_one_line() {
        assert!(hyphen_wrapped(
            "Boosting consumption and expanding domes-\ntic demand"
        ));
        assert!(heading_like(
            "Boosting consumption and expanding domes-\ntic demand"
        ));
        assert!(!hyphen_wrapped("Boosting consumption\nand demand"));
        assert!(!hyphen_wrapped("Self-\nReliance"));
        assert!(!heading_like(
            "Boosting consumption and expanding\ndomestic demand"
        ));
    }

    #[test]
    fn bylines_with_the_reporters_place() {
        for s in [
            "Helen Cai in Beijing",
            "Wen Bo in Beijing and Priya Nair in Singapore",
            "Ling Xiaoyu and Daniel Kwan\nin Beijing",
        ] {
            assert!(name_in_place(s), "{s}");
            assert!(
                names_before_place(s).is_some_and(|n| !n.ends_with(" in")),
                "{s}"
            );
        }
        for s in [
            "Investment in Beijing",
            "Helen Cai in",
            "Growth in Beijing slowed in March",
            "Li Wen in 2024",
            "Trade And Investment Rise in Beijing",
            "China and Russia Hold Talks in Beijing",
        ] {
            assert_eq!(names_before_place(s), None, "{s}");
            assert!(!name_in_place(s), "{s}");
        }
    }

    #[test]
    fn a_note_on_the_author_above_related_links_is_a_credit() {
        let src = "Kenya and China grow together\n\nBy Li Xuefeng\n\nTrade between the two countries grew again last year.\n\nThe writer is China's Ambassador to Kenya\n\nRelated Topics\nChina Kenya Relations   FOCAC\n";
        let doc = crate::parse(src);
        let notes: Vec<&str> = doc
            .credits
            .iter()
            .filter(|c| c.role == crate::model::CreditRole::AboutAuthor)
            .map(|c| &*c.name)
            .collect();
        assert_eq!(notes, vec!["China's Ambassador to Kenya"]);
        // A sentence about a writer in the body is not a note on the author, nor one that
        // opens like a note.
        let src2 = "Kenya and China grow together\n\nTrade grew again last year.\n\nThe author is grateful to colleagues for their comments\n";
        assert!(crate::parse(src2).credits.is_empty());
        let src = "Kenya and China grow together\n\nTrade grew again last year, and the writer is hopeful about this one.\n";
        assert!(crate::parse(src).credits.is_empty());
    }

    #[test]
    fn a_delivery_note_and_the_speaker_under_the_stamp() {
        for c in [
            "\u{2014}Delivered at the Fourth Session of the 14th People's Congress on January 27, 2026",
            "(Adopted at the Third Plenary Session of the 20th Central Committee on July 18, 2024)",
            "Approved by the State Council",
        ] {
            assert!(adoption_formula(c).is_some(), "{c}");
        }
        assert!(set_off_note(
            "(Adopted at the Third Plenary Session on July 18, 2024)"
        ));
        assert!(!set_off_note(
            "Issued jointly by the State Council, the plan sets targets."
        ));
        assert!(adoption_formula("- Approved a plan on elderly care on 5 March 2026").is_none());
        for c in [
            "The plan was adopted at the session.",
            "Delivery of the goods was delayed.",
        ] {
            assert!(adoption_formula(c).is_none(), "{c}");
        }
        let src = "Report on the Work of the Government\n\nSource: Provincial Government    Updated: 2026-02-02\n\n\u{2014}Delivered at the Fourth Session of the Provincial People's Congress on January 27, 2026\n\nWang Weizhong, Governor of the Province\n\nFellow Deputies,\n";
        let doc = crate::parse(src);
        let authors: Vec<&str> = doc
            .credits
            .iter()
            .filter(|c| c.role == crate::model::CreditRole::Author)
            .map(|c| &*c.name)
            .collect();
        assert_eq!(authors, vec!["Wang Weizhong"]);
    }

    #[test]
    fn a_relative_time_under_the_stamp_is_furniture() {
        let kinds = |src: &str| {
            crate::parse(src)
                .front_matter
                .iter()
                .map(|b| (b.kind, b.text.to_string()))
                .collect::<Vec<_>>()
        };
        let src = "Premier delivers the government work report\nThursday 5 March 2026\nUpdated 2 minutes ago\n\nSummary\n- Growth target set\n- Deficit set\n";
        assert_eq!(
            kinds(src).last(),
            Some(&(BlockKind::Chrome, "Updated 2 minutes ago".to_string()))
        );
    }

    #[test]
    fn issuing_numbers() {
        for c in [
            "Qiongfuban [2027] No. 9",
            "Guobanfa [2024] No. 17",
            "\u{56fd}\u{529e}\u{53d1}\u{3014}2024\u{3015}7\u{53f7}",
        ] {
            assert!(document_number(c), "{c}");
        }
        for c in [
            "Meeting Room No. 9",
            "[2027] annual report",
            "Qiongfuban [27] No. 9",
            "See Document [2027] No. 9 of the office for the details of the plan and its annexes",
        ] {
            assert!(!document_number(c), "{c}");
        }
    }

    #[test]
    fn reporters_names_in_pinyin() {
        for c in [
            "Liu Jian",
            "Wang Ruiqi",
            "Zhang Xiao-li",
            "Li Xue Mei",
            "Xi Jinping",
            "Qu Dongyu",
        ] {
            assert!(pinyin_name(c), "{c}");
        }
        for c in [
            "Key Takeaways",
            "Liu",
            "Li Qiang Meets Delegates Today",
            "Song Of The Year",
            "Long Read",
            "Fan Zone",
            "Wang Yi's Remarks",
            "Le Monde",
            "Si Units",
            "Xi Thought",
        ] {
            assert!(!pinyin_name(c), "{c}");
        }
    }

    #[test]
    fn affiliation_lines() {
        for c in [
            "Chongyang Institute for Financial Studies, Renmin University of China (RDCY)",
            "School of International Studies, Peking University",
            "China Institute of International Studies (CIIS)",
        ] {
            assert!(affiliation_line(c), "{c}");
        }
        for c in [
            "Ministry of Commerce Announces New Rules for Exporters",
            "Renmin University of China",
            "Peking University Hosts Forum, Experts Say",
            "Xi Visits Tsinghua University, Calls for Innovation",
            "The Institute said on Monday that growth slowed.",
        ] {
            assert!(!affiliation_line(c), "{c}");
        }
    }

    #[test]
    fn a_headline_under_a_periodicals_issue_line() {
        for c in [
            "Issue 187 | Monday, 14 December 2026",
            "POLICY BRIEF | No. 31 | 3 November 2026",
            "Vol. 12, No. 3 · March 2025",
        ] {
            assert!(issue_line(c), "{c}");
        }
        for c in [
            "Monday, 14 December 2026",
            "Issues 1 to 3 of trade",
            "Issue: trade",
        ] {
            assert!(!issue_line(c), "{c}");
        }
        let title = |src: &str| crate::parse(src).metadata.title.map(|t| t.into_owned());
        let src = "CHINA POLICY MONITOR\nA fortnightly briefing on Chinese policy\nIssue 187 | Monday, 14 December 2026\n\nReading the Central Economic Work Conference: five takeaways\n\nBy Helen Marsh\n\nThe conference closed in Beijing on 10 December.\n";
        assert_eq!(
            title(src).as_deref(),
            Some("Reading the Central Economic Work Conference: five takeaways")
        );
        // Under an ordinary stamp the headline stays above it.
        let src = "China sets out its economic tasks for next year\nMonday, 14 December 2026\n\nReading the conference: five takeaways from the readout\n\nThe conference closed in Beijing on 10 December.\n";
        assert_eq!(
            title(src).as_deref(),
            Some("China sets out its economic tasks for next year")
        );
    }

    #[test]
    fn labels_above_the_headline() {
        for (s, kind) in [
            ("Shanghai, People’s Republic of China", BlockKind::Dateline),
            ("Beijing, China", BlockKind::Dateline),
            (
                "Editor's note: This is the second of a series.",
                BlockKind::Dek,
            ),
            ("OPINION", BlockKind::Chrome),
            ("CHINA NEWS", BlockKind::Chrome),
            ("News > China", BlockKind::Chrome),
            ("Home | World | Asia | China", BlockKind::Chrome),
            (
                "Portal Hub  >  Business  >  Greater China",
                BlockKind::Chrome,
            ),
            ("Politics", BlockKind::Chrome),
            ("South Asia", BlockKind::Chrome),
            // Slashes, and a label before the breadcrumb.
            ("Home / China / Politics", BlockKind::Chrome),
            ("Current location: Home > Current Issue", BlockKind::Chrome),
            ("News › China › Politics", BlockKind::Chrome),
            (
                "You are here: Home » Premier » Activities",
                BlockKind::Chrome,
            ),
        ] {
            assert_eq!(above_headline(s), Some(kind), "{s}");
        }
        for s in [
            "Xi addresses 3rd Paris Peace Forum",
            "China, ASEAN agree to deepen ties",
            "Beijing, Oct. 12",
            "Joint Communiqué of the United States of America and the People's Republic of China",
            "CHINA AND THE WORLD IN THE NEW ERA",
            "The meeting was held in Beijing, China.",
            // A headline in Chinese has no case: not a label in capitals.
            "全国农村工作会议召开",
            // A step of a breadcrumb is short; a headline with a bar is not one.
            "Premier meets delegates of the river basin forum | Harbour News",
            // Four capitalised words are more than a section label.
            "Reform Opens New Chapter",
            "Leaders agree on ports",
            // Two names with a slash between are a pair, not a breadcrumb.
            "US / China Trade Talks Resume",
            "Ports / Harbours",
        ] {
            assert_eq!(above_headline(s), None, "{s}");
        }
    }

    #[test]
    fn names_and_titles() {
        assert!(name_like("Deng Xijun"));
        assert!(!name_like("Jakarta"));
        assert!(!name_like("The writer is here."));
        assert!(title_like(
            "China-ASEAN relations: Thirty years on and beyond"
        ));
        assert!(!title_like(
            "The Central Conference was held in Beijing on December 27-28, with President Xi Jinping in attendance."
        ));
    }
}
