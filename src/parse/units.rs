//! Phase 2: paragraph recovery. Group lines into units, the paragraph-level pieces that
//! blocks are made of.
//!
//! Three layouts are told apart:
//! - **paragraphs** separated by blank lines: in hard-wrapped text (most lines end near
//!   one width, as in PDF extractions) a unit is a paragraph, its lines joined, except
//!   that a line opening with a list marker after a finished sentence starts a new unit,
//!   and so does a line centred on the page (indented, by another amount than the
//!   indented line before it: a PDF cover's title, motto and adoption note);
//!   in other text each line of a paragraph is a unit (a title over its byline, list items
//!   on consecutive lines); a paragraph that ends with a comma continues into the next (a
//!   paragraph split mid-sentence);
//! - **lines** without any blank line: a unit is a line, except for continuation lines (a
//!   superscript ordinal suffix such as `th` on its own line, a drop cap, a lowercase line
//!   after an unfinished one);
//! - **run-on** text with the whole article on one line: that line is cut at sentence
//!   ends, dash bullets, photo credits, credit and promotion parentheses, datelines and
//!   ALL-CAPS sub-headings; a byline stamp near its start separates the title.

use super::credit::{is_credit_line, photo_credit};
use super::header::{
    breadcrumb_prefix, dateline, inline_stamp, is_chrome, record_field, web_address,
};
use super::lines::Lines;
use super::ordinal::ordinal_marker;
use super::text::{
    ends_terminal, final_char, is_ordinal_suffix, is_space, more_words_than, offset_in,
    personal_name, sentence_ends, slice, starts_lower, trim,
};
use crate::rules::{Recorder, RuleId, Verdict};
use crate::span::Span;

/// How the text is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Layout {
    Paragraphs,
    Lines,
    RunOn,
}

/// What the splitter already knows about a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    None,
    /// The title before an inline byline stamp.
    Title,
    /// An inline byline stamp.
    Stamp,
    /// A dateline cut from the start of a sentence.
    Dateline,
    /// An ALL-CAPS sub-heading cut from the start of a sentence.
    Heading,
    /// A sentence of a run-on line.
    Sentence,
    /// A page's furniture in a PDF extraction: a page number (`- 3 -`, `Page 3 of 12`) or
    /// a running header repeated at the top of the pages.
    Page,
}

/// A paragraph-level piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    pub(crate) span: Span,
    /// Bytes of leading whitespace on the unit's first line.
    pub(crate) indent: u32,
    pub(crate) hint: Hint,
}

/// Lines at least this long, holding most of the text, are run-on articles.
const RUN_ON_LINE: usize = 1500;

pub(crate) fn layout(lines: &Lines<'_>) -> Layout {
    let mut total = 0usize;
    let mut longest = 0usize;
    let mut nonblank = 0usize;
    let mut blank_between = false;
    let mut seen_text = false;
    let mut pending_blank = false;
    for l in lines.iter() {
        if l.is_blank() {
            pending_blank = seen_text;
            continue;
        }
        if pending_blank {
            blank_between = true;
        }
        pending_blank = false;
        seen_text = true;
        nonblank += 1;
        total += l.span.len();
        longest = longest.max(l.span.len());
    }
    if longest >= RUN_ON_LINE && longest * 10 >= total * 6 {
        Layout::RunOn
    } else if !blank_between && nonblank >= 2 {
        Layout::Lines
    } else {
        Layout::Paragraphs
    }
}

fn is_drop_cap(s: &str) -> bool {
    let mut c = s.chars();
    matches!((c.next(), c.next()), (Some(a), None) if a.is_uppercase())
}

/// Whether a line opens a list item after a finished line (or one that ends `; and`), or
/// opens a list with `(1)`, `(a)` whatever the line before, so that it starts a new unit.
fn opens_item(prev: &str, line: &str) -> bool {
    let line = line.trim_start_matches("**");
    let Some(m) = ordinal_marker(line) else {
        return false;
    };
    // `...; and` closes the last but one item of a series; a numbered first item (`(1)`,
    // `a)`) opens a list even after a heading wrapped without punctuation.
    // A footnote's number glued to the full stop (`... by about a third.1`) still ends
    // the sentence.
    let unnoted = prev.trim_end_matches(|c: char| c.is_ascii_digit());
    let stop = unnoted.strip_suffix(['.', ';']);
    // A word before the stop, not a number (`grew by 5.2`, `No.12`).
    let footnote = prev.len() - unnoted.len() <= 2
        && prev.len() > unnoted.len()
        && stop.is_some_and(|t| {
            t.ends_with(|c: char| c.is_alphabetic() || matches!(c, ')' | '"' | '”'))
        })
        && !unnoted.ends_with("No.");
    let closes = ends_terminal(prev)
        || footnote
        || [";and", "; and", "; or"].iter().any(|e| prev.ends_with(e));
    let first = m.ordinal == Some(1)
        && matches!(
            m.kind,
            crate::model::MarkerKind::Number
                | crate::model::MarkerKind::Letter
                | crate::model::MarkerKind::Roman
        )
        && m.text.starts_with('(');
    closes || first
}

/// Lines near the wrap width a hard-wrapped text has at least (rule `hard_wrap`).
const WRAP_FULL_LINES: usize = 4;

/// Full lines that make a text hard-wrapped when only a third of its lines are full.
const WRAP_MANY_LINES: usize = 12;

/// A line that is a date and nothing else (`26 November 2026`, `2026-11-26`).
pub(crate) fn date_line(s: &str) -> bool {
    let t = s.trim_matches(is_space);
    !super::text::longer_than(t, 40)
        && super::date::find_date(t).is_some_and(|(at, len, _)| at == 0 && len + 1 >= t.len())
}

/// A date and a clock time and nothing else: `2022-08-10 11:03:25`.
fn timed_date_line(s: &str) -> bool {
    let t = s.trim_matches(is_space);
    let clock = |r: &str| {
        let r = r.trim_matches(is_space);
        (4..=8).contains(&r.len())
            && r.contains(':')
            && r.bytes().all(|b| b.is_ascii_digit() || b == b':')
    };
    !super::text::longer_than(t, 40)
        && super::date::find_date(t)
            .is_some_and(|(at, len, _)| at == 0 && t.get(len..).is_some_and(clock))
}

/// The width a text is hard-wrapped at (PDF extractions), if it is: most lines end near
/// one width between 40 and 140 bytes.
fn wrap_width(lines: &Lines<'_>) -> Option<usize> {
    let mut lens: Vec<usize> = lines
        .iter()
        .filter(|l| !l.is_blank())
        .map(|l| l.span.len())
        .collect();
    if lens.len() < 4 {
        return None;
    }
    lens.sort_unstable();
    let w = *lens.get(lens.len() * 9 / 10)?;
    let near = lens.iter().filter(|&&l| l * 4 >= w * 3).count();
    // Four full lines at least: a header of four short lines (title, byline, dateline,
    // a sentence) can have half its lines near its longest by chance.
    // A newsletter in plain text has many short lines (its headers, bullets, rules and
    // labels): a third of full lines is enough when there are many of them.
    let enough = near * 2 >= lens.len() || near >= WRAP_MANY_LINES && near * 3 >= lens.len();
    // A narrow wrap (a phone's copy, about thirty columns) needs many full lines.
    let narrow = (28..40).contains(&w) && near >= WRAP_MANY_LINES && near * 2 >= lens.len();
    ((40..=140).contains(&w) && near >= WRAP_FULL_LINES && enough || narrow).then_some(w)
}

/// A part's number on a line of its own, `01` to `09`, over the part's heading (as
/// explainers number their parts): it joins the line it numbers.
fn part_number(line: &str) -> bool {
    let t = line.trim_matches(is_space).as_bytes();
    matches!(t, [b'0', b'1'..=b'9'])
}

/// An entry of a table of contents: a title, a dot leader and a page number (`I. Taiwan
/// Is Part of China .......... 2`). Each is a unit of its own in wrapped text.
fn contents_entry(line: &str) -> bool {
    let t = line.trim_end_matches(is_space);
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return false;
    }
    let before = t
        .get(..t.len() - digits)
        .unwrap_or("")
        .trim_end_matches(is_space);
    before.ends_with(".....") || before.ends_with("……") || before.ends_with("․․․")
}

/// What joins a line to the unit before it, or keeps it apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// The line continues the unit; the rule that says so.
    Join(RuleId),
    /// The line starts a unit; the rule that kept it from joining, if one did.
    Start(Option<RuleId>),
}

/// The rules that join lines, in the order their counts are kept in [`Open::joins`].
const JOIN_RULES: [RuleId; 5] = [
    RuleId::HardWrap,
    RuleId::LowercaseContinuation,
    RuleId::CommaContinuation,
    RuleId::SplitWord,
    RuleId::TranslationLine,
];

/// The unit being built, and how many of its line breaks each joining rule removed.
#[derive(Clone, Copy, Debug)]
struct Open {
    unit: Unit,
    joins: [u32; JOIN_RULES.len()],
}

impl Open {
    fn new(unit: Unit) -> Self {
        Open {
            unit,
            joins: [0; JOIN_RULES.len()],
        }
    }

    /// The unit, with a decision for each rule that joined lines into it.
    fn close<R: Recorder>(self, rec: &mut R) -> Unit {
        for (rule, &n) in JOIN_RULES.iter().zip(&self.joins) {
            if n > 0 {
                rec.decide(*rule, self.unit.span, Verdict::Joined(n));
            }
        }
        self.unit
    }
}

/// Whether a line joins the unit before it: the joining rules of paragraph recovery.
#[derive(Debug)]
struct Joiner {
    /// Blank lines set paragraphs apart.
    paragraphs: bool,
    /// The width the text is hard-wrapped at, if it is.
    wrap: Option<usize>,
    /// The line before was an ordinal suffix joined to its number.
    joined_suffix: bool,
}

impl Joiner {
    /// What to do with line `text` (indented by `indent`), after `prev` (indented by
    /// `prev_indent`) that belongs to the unit `unit`, with a blank line between them when
    /// `after_blank`.
    fn step(
        &mut self,
        unit: &str,
        after_blank: bool,
        prev: (&str, u32),
        line: (&str, u32),
    ) -> Step {
        let ((prev, prev_indent), (text, indent)) = (prev, line);
        if after_blank {
            // In wrapped text, a paragraph cut mid-sentence continues after the blank line
            // (a single line ending in a comma is a salutation: `Friends,`).
            let comma = self.paragraphs
                && matches!(final_char(prev), Some(',' | '，'))
                && (self.wrap.is_some() || unit.contains('\n'));
            return match comma {
                false => Step::Start(None),
                true if opens_item(".", text) => Step::Start(Some(RuleId::ItemOpensUnit)),
                true => Step::Join(RuleId::CommaContinuation),
            };
        }
        // Rule `translation_line`: a numbered line in Chinese and its translation.
        if unit == prev && translation_of(prev, text) {
            return Step::Join(RuleId::TranslationLine);
        }
        // A web address on a line of its own is not a sentence's continuation.
        // Nor is a site's domain opening a stamp (`china.org.cn | February 8, 2017`).
        let lower = !ends_terminal(prev)
            && starts_lower(text)
            && !web_address(text)
            && !super::header::site_name(text);
        // A part's number alone over its heading: `01` / `Tech self-reliance ...`.
        if part_number(prev) && !starts_lower(text) {
            return Step::Join(RuleId::SplitWord);
        }
        if self.paragraphs {
            // A line that continues an unfinished one in lowercase is always a wrap. Lines
            // centred on a page (a PDF's cover: title, motto, adoption note) are indented
            // each by its own amount; wrapped lines share their paragraph's left edge, and
            // a first line indented alone is a paragraph's indent.
            let step = match self.wrap {
                Some(w) => wrapped_step(unit, prev, text, w, lower),
                None if lower => Step::Join(RuleId::LowercaseContinuation),
                None => Step::Start(None),
            };
            // A numbered item's wrapped lines may hang under its text, past the number
            // (`  1. Improve the legal system ... and` / `     strengthen ...`).
            // Columns are characters: a bullet `•` is one column of three bytes.
            let hanging = ordinal_marker(prev).is_some_and(|m| {
                let column = prev
                    .get(..offset_in(prev, m.rest))
                    .map_or(0, |h| h.chars().count());
                usize::try_from(indent - prev_indent.min(indent))
                    .is_ok_and(|d| indent > prev_indent && d == column)
            });
            let centred = indent >= 2 && prev_indent >= 2 && indent != prev_indent && !hanging;
            return match step {
                Step::Join(_) if centred => Step::Start(Some(RuleId::CentredLine)),
                step => step,
            };
        }
        let suffix = is_ordinal_suffix(text) && prev.ends_with(|c: char| c.is_ascii_digit());
        let after_suffix = core::mem::replace(&mut self.joined_suffix, suffix);
        if suffix || after_suffix || (is_drop_cap(prev) && starts_lower(text)) {
            Step::Join(RuleId::SplitWord)
        } else if lower && self.wrap.is_some_and(|w| prev.len() * 4 >= w * 3) {
            Step::Join(RuleId::LowercaseContinuation)
        } else {
            Step::Start(None)
        }
    }
}

/// A line that may end a title: its last word of letters, not a word that leads on to
/// more (`for`, `of`, `the` ...), as a title wrapped mid-phrase does (`... for 15th` /
/// `Five-Year Plan`).
fn title_end(line: &str) -> bool {
    let last = line.rsplit(is_space).next().unwrap_or("");
    last.chars().all(char::is_alphabetic)
        && !last.is_empty()
        && ![
            "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
            "with",
        ]
        .contains(&last.to_ascii_lowercase().as_str())
}

/// What to do with line `text` after `prev` (in `unit`) in text hard-wrapped at width
/// `w`; `lower` when `text` continues an unfinished line in lower case.
fn wrapped_step(unit: &str, prev: &str, text: &str, w: usize, lower: bool) -> Step {
    let item =
        opens_item(prev, text) || same_bullet(prev, text) || next_in_series(unit, prev, text);
    // Under a line well short of the width (a heading, a byline), a list
    // item or a date alone starts a unit: `Key takeaways` / `▪ The plan
    // ...`, `Maren Holt` / `26 November 2026`; a credit line (`Authors:
    // Liu Jiahe, Sun Weiyi`) or an email's header field (`Subject: ...`)
    // starts one under any line.
    let short = prev.len() * 4 < w * 3;
    // A short line in capitals (a masthead, a label: `CHINA POLICY
    // BRIEF`) or a periodical's issue line (`Issue #212 | 19 November
    // 2028`) does not run on into the next.
    let caps = super::text::in_capitals(prev);
    // A chapter's label is a line of its own, and so is a name alone under a short
    // unpunctuated line (a title over its author: `Ten Experiences, One Core` / `Helen
    // Marsh`; rule `chapter_title`).
    let chapter = super::block::chapter_label(prev)
        || super::block::chapter_label(text)
        || short && title_end(prev) && personal_name(text);
    let starts = !item
        && (chapter
            || is_credit_line(text)
            // A page's date and time under its credit line (`Editor: huaxia` /
            // `2022-08-10 11:03:25`).
            || is_credit_line(prev) && timed_date_line(text)
            || contents_entry(text)
            || contents_entry(prev)
            // A document's adoption note in brackets on its own line, under its wrapped
            // title (`(Adopted on October 27, 2016)`).
            || text.starts_with(['(', '（'])
                && text.trim_end_matches(is_space).ends_with([')', '）'])
                && super::block::adoption_formula(text).is_some()
            || super::block::email_field(text)
            // So does a row of links or buttons (`[Contents]   [Previous]   [Next]`)
            // under any line.
            || text.starts_with(['[', '!', '【'])
                && super::header::link_line(text.trim_end_matches(is_space))
            || short
                && (ordinal_marker(text).is_some()
                    || date_line(text)
                    // A short numbered line (a table of contents'
                    // entry) is whole: `IV. Contributing to Global
                    // Climate Governance` / `Conclusion`.
                    || ordinal_marker(prev).is_some() && !starts_lower(text)
                    || (caps || super::block::issue_line(prev))
                        && !starts_lower(text)));
    // A lettered item under a short line (`DISCUSSION QUESTIONS (prepare
    // two)` / `a) Is ...`) opens in lower case and is still an item.
    let lettered = short && ordinal_marker(text).is_some();
    if !item && !starts {
        Step::Join(RuleId::HardWrap)
    } else if lower && !lettered {
        Step::Join(RuleId::LowercaseContinuation)
    } else if item {
        Step::Start(Some(RuleId::ItemOpensUnit))
    } else {
        Step::Start(Some(RuleId::HardWrap))
    }
}

/// Whether `text` is the translation of the numbered line `prev` on a bilingual page:
/// `prev` opens with a number or an ordinal and is mostly Chinese, `text` opens with a
/// Latin letter, holds no Chinese and opens with no number or ordinal of its own.
fn translation_of(prev: &str, text: &str) -> bool {
    let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    // Most lines are told by their first byte.
    if !text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '"' || c == '“')
        || !prev.bytes().any(|b| b >= 0xE4)
    {
        return false;
    }
    let (mut han, mut other) = (0usize, 0usize);
    for c in prev.chars().filter(|c| !c.is_whitespace()) {
        if cjk(c) {
            han += 1;
        } else {
            other += 1;
        }
    }
    han > other
        && !text.chars().any(cjk)
        && ordinal_marker(prev).is_some()
        && ordinal_marker(text).is_none()
}

/// Groups lines into units; the rules that joined lines or kept them apart go to `rec`.
pub(crate) fn units<R: Recorder>(
    src: &str,
    lines: &Lines<'_>,
    layout: Layout,
    rec: &mut R,
) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(lines.len() / 2 + 4);
    // Hard-wrapped text (PDF extractions) breaks lines inside sentences; elsewhere a
    // single line break inside a paragraph is a real break (a title over its byline, list
    // items on consecutive lines).
    let mut joiner = Joiner {
        paragraphs: has_paragraphs(lines, layout),
        wrap: wrap_width(lines),
        joined_suffix: false,
    };
    let mut current: Option<Open> = None;
    let mut prev_text: &str = "";
    let mut prev_indent: u32 = 0;
    // Units that open a page (after a form feed) with a short line, by index in `out`
    // once pushed: running headers when their text recurs.
    let mut page_heads: Vec<usize> = Vec::new();
    let mut alone = Alone {
        furniture: page_lines(src, lines),
        ..Alone::default()
    };
    let mut after_blank = false;
    let mut first_text = true;
    for (n, line) in lines.iter().enumerate() {
        if line.is_blank() {
            after_blank = true;
            continue;
        }
        let indent = u32::try_from(line.span.start - lines.start(n).min(line.span.start))
            .unwrap_or(u32::MAX);
        let text = slice(src, line.span);
        if layout == Layout::RunOn && text.len() >= RUN_ON_LINE {
            if let Some(u) = current.take() {
                out.push(u.close(rec));
            }
            let before = out.len();
            split_run_on(src, line.span, first_text, &mut out);
            let cut = u32::try_from(out.len() - before).unwrap_or(u32::MAX);
            rec.decide(RuleId::RunOnSplit, line.span, Verdict::Cut(cut));
            first_text = false;
            prev_text = "";
            after_blank = false;
            continue;
        }
        // A page of a PDF extraction opens after a form feed; its page number and its
        // running header are lines of their own.
        let page_start = src
            .get(lines.start(n).min(line.span.start)..line.span.start)
            .is_some_and(|w| w.contains('\x0c'));
        // A bare number on the line before a form feed, or right after one, is the page's
        // number too.
        if page_start {
            if let Some(u) = current
                .as_mut()
                .filter(|u| bare_number(slice(src, u.unit.span)))
            {
                u.unit.hint = Hint::Page;
            }
        }
        let own_line = alone.own_line(n, first_text, page_start, text, prev_text);
        first_text = false;
        let step = match &current {
            Some(u) if !own_line => {
                let unit = slice(src, u.unit.span);
                joiner.step(unit, after_blank, (prev_text, prev_indent), (text, indent))
            }
            _ => Step::Start(None),
        };
        match (&mut current, step) {
            (Some(u), Step::Join(rule)) => {
                u.unit.span = Span::new(u.unit.span.start, line.span.end);
                let count = JOIN_RULES
                    .iter()
                    .zip(u.joins.iter_mut())
                    .find(|(r, _)| **r == rule);
                debug_assert!(count.is_some(), "{rule:?} is not a joining rule");
                if let Some((_, n)) = count {
                    *n += 1;
                }
            }
            (_, step) => {
                if let Some(u) = current.take() {
                    out.push(u.close(rec));
                }
                if let Step::Start(Some(rule)) = step {
                    rec.decide(rule, line.span, Verdict::Apart);
                }
                if alone.close_after {
                    page_heads.push(out.len());
                }
                let page = page_number(text)
                    || page_start && bare_number(text)
                    || alone.furniture.get(n) == Some(&true)
                    || number_in_sentence(prev_text, text);
                current = Some(Open::new(Unit {
                    span: line.span,
                    indent,
                    hint: if page { Hint::Page } else { Hint::None },
                }));
            }
        }
        prev_text = text;
        prev_indent = indent;
        after_blank = false;
    }
    if let Some(u) = current.take() {
        out.push(u.close(rec));
    }
    running_headers(src, &page_heads, &mut out);
    split_record_codes(src, &mut out, rec);
    join_slide_title(src, &mut out, rec);
    split_leading_dateline(src, &mut out);
    out
}

/// Rule `slide_deck`: in a deck's text export (its first line a slide's marker), a title
/// that ends with a colon over the line that completes it (`Schooling the Successors:` /
/// `Xi Jinping at the 2018 National Education Conference`) is one unit.
fn join_slide_title<R: Recorder>(src: &str, out: &mut Vec<Unit>, rec: &mut R) {
    let text = |k: usize| out.get(k).map_or("", |u| slice(src, u.span));
    // The marker opens the text or follows the export's banner.
    let m = if super::header::slide_marker(text(0)) {
        0
    } else if super::header::slide_marker(text(1)) {
        1
    } else {
        return;
    };
    let (title, next) = (text(m + 1), text(m + 2));
    if !title.ends_with(':')
        || title.contains('\n')
        || next.is_empty()
        || super::header::slide_marker(next)
        || ends_terminal(next)
    {
        return;
    }
    let Some(end) = out.get(m + 2).map(|u| u.span.end) else {
        return;
    };
    if let Some(u) = out.get_mut(m + 1) {
        u.span = Span::new(u.span.start, end);
        rec.decide(RuleId::SlideDeck, u.span, Verdict::Joined(1));
    }
    out.remove(m + 2);
}

/// Rule `database_record`: in a news database's full record (see
/// [`super::header::record_opens`]), the codes that open the text's paragraphs (`LP   BEIJING,
/// Nov. 12 (Xinhua) -- ...`, `TD   ...`) are furniture, units of their own.
fn split_record_codes<R: Recorder>(src: &str, out: &mut Vec<Unit>, rec: &mut R) {
    if !super::header::record_opens(out.iter().map(|u| slice(src, u.span))) {
        return;
    }
    let mut k = 0;
    while let Some(u) = out.get(k).copied() {
        k += 1;
        let text = slice(src, u.span);
        let Some((code, value)) = record_field(text) else {
            continue;
        };
        if !matches!(code, "LP" | "TD") {
            continue;
        }
        let cut = u.span.start + offset_in(text, value);
        let code_span = Span::new(u.span.start, u.span.start + code.len());
        rec.decide(RuleId::DatabaseRecord, code_span, Verdict::Apart);
        if let Some(first) = out.get_mut(k - 1) {
            first.span = code_span;
            first.hint = Hint::Page;
        }
        out.insert(
            k,
            Unit {
                span: Span::new(cut, u.span.end),
                indent: 0,
                hint: u.hint,
            },
        );
        k += 1;
    }
}

/// Rule "page furniture": a bare number of three digits at most on a line of its own,
/// right under a long line that stops mid-sentence (`... 4.6 trillion yuan of
/// special-purpose bonds for the 15th Five-Year` / `16` / `Plan and to urban renewal.`):
/// the page's number where a PDF's page broke the sentence.
fn number_in_sentence(prev: &str, text: &str) -> bool {
    let t = text.trim_matches(is_space);
    let prev = prev.trim_end_matches(is_space);
    bare_number(t)
        && t.len() <= 3
        && prev.len() >= 40
        && prev.ends_with(|c: char| c.is_alphabetic() || c == ',')
}

/// Which lines are units of their own whatever the layout: YAML front matter (see rule
/// `front_matter`) from a first line `---` to the next, page numbers, and the short line
/// that opens a page after a form feed (a running header, or a heading).
#[derive(Debug, Default)]
struct Alone {
    /// Lines of page furniture found before the walk: page numbers and the running
    /// header they stand next to (see [`page_lines`]), by line index.
    furniture: Vec<bool>,
    /// The line just read opens a page and is short: the unit ends after it.
    close_after: bool,
    front_matter: bool,
    closing_fence: bool,
}

impl Alone {
    /// Whether line `text` (after `prev_text`) stands alone; `first` when it is the text's
    /// first line, `page_start` when a form feed comes before it.
    fn own_line(
        &mut self,
        n: usize,
        first: bool,
        page_start: bool,
        text: &str,
        prev_text: &str,
    ) -> bool {
        if first && text == "---" {
            self.front_matter = true;
        } else if self.front_matter && text == "---" {
            self.front_matter = false;
            self.closing_fence = true;
        }
        let furniture = |k: Option<usize>| k.and_then(|k| self.furniture.get(k)) == Some(&true);
        let alone = page_start
            || furniture(Some(n))
            || furniture(n.checked_sub(1))
            || page_number(text)
            || page_number(prev_text)
            || self.close_after
            || self.front_matter
            || core::mem::take(&mut self.closing_fence);
        self.close_after =
            page_start && !super::text::longer_than(text, 80) && !ends_terminal(text);
        alone
    }
}

/// A page number's text: three digits at most (a four-digit number beside a repeated
/// line is a year in a table, `2023` / `Total retail sales`, not a page), or a lower-case
/// roman numeral.
fn page_number_text(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    bare_number(t) && t.len() <= 3 || page_roman(t)
}

/// A running header's text: two words or more, at most [`RUNNING_HEADER`] bytes, no final
/// punctuation, no page number.
fn running_header_text(t: &str) -> bool {
    !t.is_empty()
        && !super::text::longer_than(t, RUNNING_HEADER)
        && more_words_than(t, 1)
        && !ends_terminal(t)
        && !page_number_text(t)
}

/// The lines (by index) of running headers printed with their page number on the same
/// line, and of the section label under each (see [`page_lines`]).
fn stamped_headers(src: &str, lines: &Lines<'_>) -> Vec<bool> {
    let n = lines.len();
    let text = |k: usize| lines.get(k).map_or("", |l| slice(src, l.span));
    let blank = |k: usize| lines.get(k).is_none_or(|l| l.is_blank());
    let is_number = page_number_text;
    let header_text = running_header_text;
    // A running header with its page number on the same line, set apart by a wide gap
    // (`BEIJING REVIEW, OCTOBER 21-27, 1996            7`, `8     ANNUAL REPORT 2027`):
    // furniture when its text recurs so.
    let stamped = |k: usize| -> Option<&str> {
        // A page number at one end, after a wide gap: told by the end bytes first.
        let t = text(k);
        let digit_end = |b: Option<&u8>| {
            b.is_some_and(|b| b.is_ascii_digit() || matches!(b, b'i' | b'v' | b'x'))
        };
        let bytes = t.as_bytes();
        let last = bytes.iter().rposition(|b| !b.is_ascii_whitespace());
        let first = bytes.iter().position(|b| !b.is_ascii_whitespace());
        if !(digit_end(last.and_then(|i| bytes.get(i)))
            || digit_end(first.and_then(|i| bytes.get(i))))
            || !bytes.windows(2).any(|w| w == b"  ") && memchr::memchr(b'\t', bytes).is_none()
        {
            return None;
        }
        let [after, before] = gapped_ends(t.trim_matches(is_space));
        after
            .filter(|(h, n)| is_number(n) && header_text(h))
            .map(|(h, _)| h)
            .or_else(|| {
                before
                    .filter(|(n, h)| is_number(n) && header_text(h))
                    .map(|(_, h)| h)
            })
    };
    // Most texts have none: nothing is allocated for them.
    let stamped_lines: Vec<(usize, &str)> =
        (0..n).filter_map(|k| stamped(k).map(|h| (k, h))).collect();
    if stamped_lines.len() < 2 {
        return Vec::new();
    }
    let mut stamped_seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &(_, h) in &stamped_lines {
        *stamped_seen.entry(h).or_default() += 1;
    }
    let mut running_stamped = vec![false; n];
    for &(k, h) in &stamped_lines {
        if stamped_seen.get(h).is_some_and(|&c| c >= 2) {
            if let Some(f) = running_stamped.get_mut(k) {
                *f = true;
            }
        }
    }
    // The section's label printed under such a header on every page (`DOCUMENTS`): a
    // short line right after it whose text recurs (lines counted once, by text).
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    if running_stamped.contains(&true) {
        for k in 0..n {
            *counts.entry(text(k).trim_matches(is_space)).or_default() += 1;
        }
    }
    for k in 0..n {
        if !running_stamped.get(k).copied().unwrap_or(false) {
            continue;
        }
        let Some(j) = (k + 1..n.min(k + 4)).find(|&j| !blank(j)) else {
            continue;
        };
        let label = text(j).trim_matches(is_space);
        let recurs = counts.get(label).is_some_and(|&c| c >= 2);
        if !label.is_empty() && !more_words_than(label, 3) && !ends_terminal(label) && recurs {
            if let Some(f) = running_stamped.get_mut(j) {
                *f = true;
            }
        }
    }
    running_stamped
}

/// Rule "page furniture" in a PDF extraction without form feeds: a bare page number on a
/// line of its own (digits, or lower-case roman numerals), next to a running header (a
/// line of two words or more and at most [`RUNNING_HEADER`] bytes, without final
/// punctuation) whose text stands next to a page number twice or more, blank lines
/// between allowed. The header is furniture wherever it recurs. Returns, by line index,
/// the lines that are furniture (empty when there are none).
fn page_lines(src: &str, lines: &Lines<'_>) -> Vec<bool> {
    let n = lines.len();
    let text = |k: usize| lines.get(k).map_or("", |l| slice(src, l.span));
    let blank = |k: usize| lines.get(k).is_none_or(|l| l.is_blank());
    // Three digits at most: a four-digit number beside a repeated line is a year in a
    // table (`2023` / `Total retail sales`), not a page.
    let is_number = page_number_text;
    let header = |k: usize| running_header_text(text(k));
    let running_stamped = stamped_headers(src, lines);
    let numbers: Vec<usize> = (0..n).filter(|&k| is_number(text(k))).collect();
    if numbers.len() < 2 {
        return if running_stamped.contains(&true) {
            running_stamped
        } else {
            Vec::new()
        };
    }
    // The nearest lines with text before and after line `k`, past two blank lines at most.
    let near = |k: usize| {
        let before = (1..=3)
            .filter_map(|d| k.checked_sub(d))
            .find(|&j| !blank(j));
        let after = (1..=3)
            .map(|d| k + d)
            .filter(|&j| j < n)
            .find(|&j| !blank(j));
        [before, after].into_iter().flatten()
    };
    // The lines next to page numbers, each once, and how many of them each text has.
    let mut beside: Vec<usize> = numbers
        .iter()
        .flat_map(|&k| near(k))
        .filter(|&j| header(j))
        .collect();
    beside.sort_unstable();
    beside.dedup();
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &j in &beside {
        *seen.entry(text(j)).or_default() += 1;
    }
    let running = |k: usize| header(k) && seen.get(text(k)).is_some_and(|&c| c >= 2);
    if !beside.iter().any(|&j| running(j)) {
        return if running_stamped.contains(&true) {
            running_stamped
        } else {
            Vec::new()
        };
    }
    // A running header is furniture wherever it recurs (on the first page too, where no
    // number stands next to it), and so is a page number next to one.
    let mut out: Vec<bool> = (0..n)
        .map(|k| running(k) || running_stamped.get(k).copied().unwrap_or(false))
        .collect();
    for &k in &numbers {
        if near(k).any(running) {
            if let Some(f) = out.get_mut(k) {
                *f = true;
            }
        }
    }
    out
}

/// `t` cut at its last and at its first run of spaces, when that run is wide (two spaces
/// or more, or a tab): `(before, after)` each, with the run dropped.
fn gapped_ends(t: &str) -> [Option<(&str, &str)>; 2] {
    let cut = |at: Option<usize>| {
        let (a, b) = t.split_at_checked(at?)?;
        let (a, b) = (a.trim_end_matches(is_space), b.trim_start_matches(is_space));
        let gap = t.get(a.len()..t.len() - b.len())?;
        (gap.len() >= 2 || gap.contains('\t')).then_some((a, b))
    };
    [cut(t.rfind(is_space)), cut(t.find(is_space))]
}

/// Bytes a running header has at most.
const RUNNING_HEADER: usize = 120;

/// A page number in lower-case roman numerals alone on a line (`ii`, `xiv`), as front
/// matter and executive summaries are numbered.
fn page_roman(s: &str) -> bool {
    let t = s.trim_matches(is_space);
    (1..=5).contains(&t.len()) && t.bytes().all(|b| matches!(b, b'i' | b'v' | b'x' | b'l'))
}

/// Whether blank lines set paragraphs apart: always in the paragraphs layout, never in the
/// lines layout, and in a run-on text when a blank line comes before some text.
fn has_paragraphs(lines: &Lines<'_>, layout: Layout) -> bool {
    match layout {
        Layout::Lines => false,
        Layout::Paragraphs => true,
        Layout::RunOn => {
            let mut prev_blank = false;
            lines.iter().any(|l| {
                let after = prev_blank && !l.is_blank();
                prev_blank = l.is_blank();
                after
            })
        }
    }
}

/// One to four digits alone: a page number when a form feed is next to it.
fn bare_number(s: &str) -> bool {
    let t = s.trim_matches(is_space);
    (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// A page number alone on a line, as PDF extractions print it: `- 3 -`, `— 12 —`, `Page
/// 3`, `Page 3 of 12`, `3 / 12`.
pub(crate) fn page_number(s: &str) -> bool {
    let t = s.trim_matches(is_space);
    if t.len() > 20 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let dashes = |c: char| matches!(c, '-' | '–' | '—') || is_space(c);
    let digits = |p: &str| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let page = t.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("page "));
    if let Some(rest) = t.get(5..).filter(|_| page) {
        let mut parts = rest.split(" of ");
        return parts.next().is_some_and(|p| digits(p.trim()))
            && parts.next().is_none_or(|p| digits(p.trim()))
            && parts.next().is_none();
    }
    if let Some((a, b)) = t.split_once('/') {
        return digits(a.trim()) && digits(b.trim());
    }
    let inner = t.trim_matches(dashes);
    inner.len() < t.len() && t.starts_with(dashes) && t.ends_with(dashes) && digits(inner)
}

/// Rule "page furniture", its running headers: the short lines that open pages after a
/// form feed (`Kunming Declaration — CSACF 2026`) are a running header when the same text
/// opens two pages or more.
fn running_headers(src: &str, heads: &[usize], out: &mut [Unit]) {
    if heads.len() < 2 {
        return;
    }
    let text = |k: usize| out.get(k).map_or("", |u| slice(src, u.span));
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &k in heads {
        *seen.entry(text(k)).or_default() += 1;
    }
    let repeated: Vec<usize> = heads
        .iter()
        .copied()
        .filter(|&k| seen.get(text(k)).is_some_and(|&n| n >= 2))
        .collect();
    for k in repeated {
        if let Some(u) = out.get_mut(k) {
            u.hint = Hint::Page;
        }
    }
}

/// A news report's first paragraph may open with its dateline (`BEIJING, Dec. 12 (Xinhua)
/// -- The annual ...`): the dateline becomes a unit of its own. Only the first units are
/// looked at.
fn split_leading_dateline(src: &str, out: &mut Vec<Unit>) {
    let found = out.iter().take(6).enumerate().find_map(|(k, u)| {
        if u.hint == Hint::Dateline {
            return None;
        }
        dateline(slice(src, u.span)).map(|n| (k, n))
    });
    let Some((k, n)) = found else { return };
    let Some(u) = out.get(k).copied() else { return };
    let cut = u.span.start + n;
    if cut >= u.span.end {
        return;
    }
    if let Some(first) = out.get_mut(k) {
        first.span = trim(src, Span::new(u.span.start, cut));
        first.hint = Hint::Dateline;
    }
    out.insert(
        k + 1,
        Unit {
            span: trim(src, Span::new(cut, u.span.end)),
            indent: 0,
            hint: u.hint,
        },
    );
}

/// Length of an ALL-CAPS sub-heading glued before a sentence (`TARGETS THROUGH 2035 The
/// session ...`): at least two capitalised tokens, two of them words of three letters or
/// more, followed by a word in ordinary case.
fn caps_heading(s: &str) -> Option<usize> {
    let mut end = 0;
    let mut tokens = 0;
    let mut words = 0;
    for w in s.split(' ') {
        if w.is_empty() {
            return None;
        }
        let caps = w.chars().any(char::is_alphanumeric)
            && w.chars().all(|c| {
                c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '\'' | '’' | '&')
            });
        if caps {
            tokens += 1;
            if w.chars().filter(char::is_ascii_uppercase).count() >= 3 {
                words += 1;
            }
            end = super::text::offset_in(s, w) + w.len();
            continue;
        }
        let ordinary = w.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“')
            && w.chars().any(char::is_lowercase);
        return (tokens >= 2 && words >= 2 && ordinary).then_some(end);
    }
    None
}

/// Whether the inside of a parenthesis is page furniture: a credit or a promotion.
fn is_furniture(inner: &str) -> bool {
    is_credit_line(inner) || is_chrome(inner)
}

/// Whether `text` opens with the next number of the series the unit opens with (`(2)
/// ...` under a unit that opens `(1) ...`, `b.` under `a.`), however the line above
/// ends: a numbered list whose items wrap without final punctuation.
fn next_in_series(unit: &str, prev: &str, text: &str) -> bool {
    use crate::model::MarkerKind::{Letter, Number, Roman};
    let printed = |k| matches!(k, Number | Letter | Roman);
    let Some(next) = ordinal_marker(text).filter(|m| printed(m.kind)) else {
        return false;
    };
    // A cross-reference the line break cut (`... referred to in paragraph` / `(2) of
    // Article 10`) is no item.
    let reference = prev.rsplit(is_space).next().is_some_and(|w| {
        [
            "paragraph",
            "item",
            "article",
            "section",
            "clause",
            "point",
            "chapter",
            "subparagraph",
        ]
        .iter()
        .any(|r| w.eq_ignore_ascii_case(r))
    });
    let joining = ["of ", "and ", "or ", "to "]
        .iter()
        .any(|w| next.rest.starts_with(w));
    if reference || joining {
        return false;
    }
    ordinal_marker(unit).is_some_and(|m| {
        printed(m.kind)
            && m.kind == next.kind
            && m.style == next.style
            && m.ordinal.is_some_and(|n| next.ordinal == Some(n + 1))
    })
}

/// Whether `text` opens with the bullet `prev` opens with (`• ...` under `• ...`): a list
/// of one-line bullets, each line an item however long the one above.
fn same_bullet(prev: &str, text: &str) -> bool {
    let bullet = |s: &str| {
        let s = s.trim_start_matches(is_space);
        let c = s.chars().next()?;
        let rest = s.get(c.len_utf8()..)?;
        (matches!(c, '•' | '▪' | '●' | '◆' | '■' | '·' | '-' | '*' | '–') && rest.starts_with(' '))
            .then_some(c)
    };
    bullet(text).is_some_and(|b| bullet(prev) == Some(b))
}

/// Cuts one run-on line into sentence units.
fn split_run_on(src: &str, span: Span, at_start: bool, out: &mut Vec<Unit>) {
    let text = slice(src, span);
    let base = span.start;
    let push = |out: &mut Vec<Unit>, a: usize, b: usize, hint: Hint| {
        let s = trim(src, Span::new(base + a, base + b));
        if !s.is_empty() {
            out.push(Unit {
                span: s,
                indent: 0,
                hint,
            });
        }
    };
    let mut pos = 0;
    if at_start {
        if let Some((a, b)) = inline_stamp(text) {
            // A breadcrumb glued over the headline is a line of its own (rule `top_chrome`
            // makes it furniture).
            let title_at = breadcrumb_prefix(text.get(..a).unwrap_or("")).unwrap_or(0);
            // A byline glued between the headline and the stamp (`... New Area By Sun
            // Weiran Source:Global Times Published: ...`) opens the stamp.
            let head = text.get(title_at..a).unwrap_or("");
            let a = head
                .rfind(" By ")
                .filter(|&k| {
                    k > 0
                        && head
                            .get(k + 1..)
                            .is_some_and(|by| super::header::by_author(by).is_some())
                })
                .map_or(a, |k| title_at + k + 1);
            push(out, 0, title_at, Hint::Sentence);
            push(out, title_at, a, Hint::Title);
            push(out, a, b, Hint::Stamp);
            pos = b;
        }
    }
    let mut cuts: Vec<usize> = sentence_ends(text).filter(|&e| e > pos).collect();
    // Dash bullets after a semicolon: `...; -- New industrialization`.
    for i in memchr::memchr_iter(b';', text.as_bytes()) {
        let after = text.get(i + 1..).unwrap_or("");
        let next = after.trim_start_matches(is_space);
        if i >= pos && (next.starts_with("-- ") || next.starts_with('—')) {
            cuts.push(i + 1);
        }
    }
    // Parentheses that are furniture stand alone; photo credits close their caption.
    let mut photo_ends: Vec<usize> = Vec::new();
    for i in memchr::memchr_iter(b'(', text.as_bytes()) {
        if i < pos {
            continue;
        }
        let tail = text.get(i..).unwrap_or("");
        let window = tail.get(..tail.len().min(160)).unwrap_or(tail);
        let Some(close) = window.find(')') else {
            continue;
        };
        let inner = tail.get(1..close).unwrap_or("");
        if inner.contains('(') {
            continue;
        }
        let end = i + close + 1;
        let wrapped = tail.get(..close + 1).unwrap_or("");
        if photo_credit(wrapped).is_some() {
            cuts.push(end);
            photo_ends.push(end);
        } else if is_furniture(inner) {
            cuts.push(i);
            cuts.push(end);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    photo_ends.sort_unstable();
    let mut start = pos;
    let mut pieces: Vec<(usize, usize)> = Vec::with_capacity(cuts.len() + 1);
    for &c in cuts.iter().chain(core::iter::once(&text.len())) {
        if c > start {
            pieces.push((start, c));
            start = c;
        }
    }
    for (a, b) in pieces {
        let piece = text.get(a..b).unwrap_or("");
        let lead = piece.len() - piece.trim_start_matches(is_space).len();
        let body = piece.trim_start_matches(is_space);
        // A photo credit alone closes the caption before it.
        if body.starts_with('(') && photo_ends.binary_search(&b).is_ok() {
            if let Some(last) = out.last_mut() {
                if last.hint == Hint::Sentence {
                    last.span = Span::new(last.span.start, base + b);
                    continue;
                }
            }
        }
        let mut a = a + lead;
        if let Some(n) = dateline(body) {
            push(out, a, a + n, Hint::Dateline);
            a += n;
        }
        let rest = text.get(a..b).unwrap_or("");
        if let Some(n) = caps_heading(rest) {
            push(out, a, a + n, Hint::Heading);
            a += n;
        }
        push(out, a, b, Hint::Sentence);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    #[test]
    fn numbered_items_of_fixed_width_text_that_wrap_without_punctuation() {
        // A handout wrapped at 76 columns: items whose lines hang under their text, an
        // item that wraps without final punctuation, lettered items under a short
        // heading in capitals with a note in lower case.
        let para = "The port council met in the capital from 20 to 23 October and adopted its\nplan for the harbour channels. It was the first session of the council in\nfive years devoted to the channels alone, and the plan it adopted will set\nthe work of the port authority for the rest of the decade and beyond that.\n";
        let src = format!(
            "{para}\nFIVE PRINCIPLES\n  (1) upholding the leadership of the port council over the channels\n  (2) upholding the principal position of the harbour's people\n\nSIX TASKS\n  1. Improve the channels with the main channel at their core and\n     strengthen the dredging of the main channel.\n  2. Advance the building of the pilot ports.\n\nQUESTIONS (prepare two of the three)\n  a) Is the plan a fair answer to the shippers?\n  b) Which of the tasks will change the harbour?\n"
        );
        let got = texts(&src);
        assert_eq!(
            got.get(1..).unwrap_or_default(),
            [
                "FIVE PRINCIPLES",
                "(1) upholding the leadership of the port council over the channels",
                "(2) upholding the principal position of the harbour's people",
                "SIX TASKS",
                "1. Improve the channels with the main channel at their core and\n     strengthen the dredging of the main channel.",
                "2. Advance the building of the pilot ports.",
                "QUESTIONS (prepare two of the three)",
                "a) Is the plan a fair answer to the shippers?",
                "b) Which of the tasks will change the harbour?",
            ]
        );
        // A cross-reference the line break cut is no item.
        let reference = format!(
            "{para}\nARTICLE 12\n  (1) a written application with the materials and the licences referred to in paragraph\n  (2) of Article 10, with copies of the pilot's certificates and the ship's papers;\n  (2) the pilot's record of service in the harbour in the last three years of service;\n"
        );
        assert!(
            texts(&reference)
                .iter()
                .any(|u| u.contains("paragraph\n  (2) of Article 10")),
            "{:?}",
            texts(&reference)
        );
        // Not the next number of the unit's series: `(3)` under `(1)` goes on the line.
        let skip = src.replace("  (2) upholding", "  (3) upholding");
        assert!(
            texts(&skip)
                .iter()
                .any(|u| u.contains("channels\n  (3) upholding")),
            "{:?}",
            texts(&skip)
        );
    }

    #[test]
    fn a_name_under_a_title_and_what_is_not() {
        assert!(title_end(
            "Ten Experiences, One Core: Reading the Resolution"
        ));
        assert!(!title_end("CPC plenum adopts recommendations for"));
        assert!(!title_end("recommendations for 15th"));
        for name in ["Helen Marsh", "N. Okafor", "Li Jingwen"] {
            assert!(personal_name(name), "{name}");
        }
        for not in [
            "OPEN APP",
            "Five-Year Plan",
            "Xi",
            "The Plenum Says More Than This",
        ] {
            assert!(!personal_name(not), "{not}");
        }
    }

    fn texts(src: &str) -> Vec<&str> {
        let lines = split(src);
        let l = layout(&lines);
        units(src, &lines, l, &mut ())
            .iter()
            .map(|u| src.get(u.span.range()).unwrap_or("?"))
            .collect()
    }

    /// The units of `src` with their hints.
    fn hinted(src: &str) -> Vec<(&str, Hint)> {
        let lines = split(src);
        units(src, &lines, layout(&lines), &mut ())
            .iter()
            .map(|u| (src.get(u.span.range()).unwrap_or("?"), u.hint))
            .collect()
    }

    #[test]
    fn a_numbered_line_in_chinese_and_its_translation_are_one_unit() {
        let src = "会议确定，明年要抓好以下两项重点任务：\n\nThe conference set two tasks:\n\n1. 大力提振消费，全方位扩大国内需求\nVigorously boosting consumption and expanding domestic demand\n\n2. 以科技创新引领新质生产力发展\nLeading new quality productive forces with innovation\n";
        assert_eq!(
            texts(src),
            vec![
                "会议确定，明年要抓好以下两项重点任务：",
                "The conference set two tasks:",
                "1. 大力提振消费，全方位扩大国内需求\nVigorously boosting consumption and expanding domestic demand",
                "2. 以科技创新引领新质生产力发展\nLeading new quality productive forces with innovation",
            ]
        );
        // A translation with ordinals of its own is a list of its own; a line under an
        // unnumbered paragraph stays apart.
        let src = "一是稳定粮食生产。\nFirst, stabilizing grain production.\n\n会议指出，今年粮食产量再创新高。\nThe conference noted that grain output hit a record high.\n";
        assert_eq!(
            texts(src),
            vec![
                "一是稳定粮食生产。",
                "First, stabilizing grain production.",
                "会议指出，今年粮食产量再创新高。",
                "The conference noted that grain output hit a record high.",
            ]
        );
    }

    #[test]
    fn a_page_number_that_cuts_a_sentence_is_furniture() {
        let src = "Government investment will be used to leverage more private investment under the 15th Five-Year\n16\nPlan and to urban renewal.\n";
        let got = hinted(src);
        assert!(got.contains(&("16", Hint::Page)), "{got:?}");
        // Under a sentence's end, or a short line, a number is no page's.
        for src in [
            "Government investment will be used to leverage more private investment this year.\n16\nMore text.\n",
            "Key figures\n16\nprovinces joined.\n",
        ] {
            let got = hinted(src);
            assert!(got.iter().all(|(_, h)| *h != Hint::Page), "{got:?}");
        }
    }

    #[test]
    fn paragraphs_join_wrapped_lines() {
        let src = "Heading\n\nThe construction of the road, from\nvision to reality.\nFirst, build the road\ninto a road of peace.\n\nSecond, build.\n";
        assert_eq!(
            texts(src),
            vec![
                "Heading",
                "The construction of the road, from\nvision to reality.",
                "First, build the road\ninto a road of peace.",
                "Second, build."
            ]
        );
    }

    #[test]
    fn page_numbers_beside_a_running_header_without_form_feeds() {
        let pages = |src: &str| -> Vec<String> {
            hinted(src)
                .iter()
                .filter(|(_, h)| *h == Hint::Page)
                .map(|(t, _)| (*t).to_owned())
                .collect()
        };
        let body = "The report reviews the work of the past year and sets out the tasks for\nthe year ahead, in which the economy is expected to grow by about five\npercent and more than twelve million urban jobs are to be created. It\n";
        let src = format!(
            "{body}5\nReport on the Work of the Government\nFourth, advancing reform in the key areas of the economy and of the\nsociety, so that growth rests on firmer ground in the years ahead.\n6\nReport on the Work of the Government\nFifth, opening wider to the world.\n"
        );
        assert_eq!(
            pages(&src),
            vec![
                "5",
                "Report on the Work of the Government",
                "6",
                "Report on the Work of the Government"
            ]
        );
        assert!(texts(&src).contains(&"Fifth, opening wider to the world."));
        // Blank lines around the number, roman page numbers, and the header on the first
        // page where no number stands next to it.
        let src = format!(
            "Running Header of the Report\n{body}\nii\n\nRunning Header of the Report\nFourth, advancing reform in the key areas of the economy and of the\nsociety, so that growth rests on firmer ground in the years ahead.\n\n14\n\nRunning Header of the Report\nFifth, opening wider.\n"
        );
        assert_eq!(
            pages(&src),
            vec![
                "Running Header of the Report",
                "ii",
                "Running Header of the Report",
                "14",
                "Running Header of the Report"
            ]
        );
        assert!(page_roman("xiv") && !page_roman("mix") && !page_roman("ivory"));
        // Years beside a repeated row label are a table, not pages.
        let src = "Indicator\n2023\nTotal retail sales of consumer goods\n2024\nTotal retail sales of consumer goods\n";
        assert!(hinted(src).iter().all(|(_, h)| *h != Hint::Page));
        // Numbers beside lines that differ are not pages: a numbered list of one line each.
        let src = "Tasks\n1\nExpanding domestic demand\n2\nBuilding a modern industrial system\n";
        assert!(hinted(src).iter().all(|(_, h)| *h != Hint::Page));
    }

    #[test]
    fn under_a_short_line_of_wrapped_text_an_item_or_a_date_starts_a_unit() {
        let src = "Maren Holt and Li Wenjie\n26 November 2026\n\nKey takeaways\n\u{25aa} The plan is less about growth targets than about technological\n  self-reliance, investing in people and the security of supply chains.\n\u{25aa} The six guiding principles set by the plenum put Party leadership\n  first and ensuring both development and security last in the list.\n";
        assert!(wrap_width(&split(src)).is_some());
        assert_eq!(
            texts(src),
            vec![
                "Maren Holt and Li Wenjie",
                "26 November 2026",
                "Key takeaways",
                "\u{25aa} The plan is less about growth targets than about technological\n  self-reliance, investing in people and the security of supply chains.",
                "\u{25aa} The six guiding principles set by the plenum put Party leadership\n  first and ensuring both development and security last in the list."
            ]
        );
        assert!(date_line("26 November 2026"));
        assert!(!date_line("26 November 2026 the plenum adopted the plan"));
    }

    #[test]
    fn a_short_header_is_not_hard_wrapped() {
        // Two of four lines near the longest: a header, not a wrapped text.
        let src = "Communique of the Plenary Session\nBy Xinhua writers Li Wei and Zhang Min\nBeijing, October 23\n\nThe plenary session reviewed the work report.\n";
        assert_eq!(wrap_width(&split(src)), None);
        assert_eq!(
            texts(src),
            vec![
                "Communique of the Plenary Session",
                "By Xinhua writers Li Wei and Zhang Min",
                "Beijing, October 23",
                "The plenary session reviewed the work report."
            ]
        );
        // Four full lines of a wrapped paragraph are.
        let src = "The plenary session reviewed and approved the work report of the\nPolitical Bureau delivered by the General Secretary on behalf of the\nBureau, and it discussed the proposals for the next five-year plan\nfor national economic and social development, which it adopted at\nthe close.\n";
        assert_eq!(wrap_width(&split(src)), Some(68));
    }

    #[test]
    fn a_footnote_number_after_a_word_ends_the_sentence_and_a_decimal_does_not() {
        assert!(opens_item(
            "rose by about a third.1",
            "2. The negative list"
        ));
        assert!(!opens_item("the economy grew by 5.2", "3. Trade"));
        assert!(!opens_item("as set out in No.12", "3. Trade"));
    }

    #[test]
    fn a_numbered_first_item_opens_a_unit_after_a_wrapped_heading() {
        assert!(opens_item(
            "building a modern industrial system",
            "(1) Upgrading industries"
        ));
        assert!(opens_item("the end.", "(2) Fostering industries"));
        assert!(!opens_item("the industries of", "(2) Fostering industries"));
        assert!(!opens_item("the industries of", "1. Fostering industries"));
    }

    #[test]
    fn page_numbers_and_running_headers_are_lines_of_their_own() {
        for s in [
            "- 3 -",
            "— 12 —",
            "–7–",
            "Page 3",
            "page 3 of 12",
            "3 / 12",
            "  - 1 -  ",
        ] {
            assert!(page_number(s), "{s}");
        }
        for s in [
            "3",
            "- 3",
            "Page three",
            "Page 3 of",
            "12345 / 2",
            "3. Tasks",
            "-- 2024 --x",
            "1/2 cup",
        ] {
            assert!(!page_number(s), "{s}");
        }
        // A bare number before a form feed, or right after one, is a page number too.
        let src = "Some text of the page.\n\n17\n\x0c18\nMore text of the next page.\n";
        assert_eq!(
            hinted(src),
            vec![
                ("Some text of the page.", Hint::None),
                ("17", Hint::Page),
                ("18", Hint::Page),
                ("More text of the next page.", Hint::None),
            ]
        );
        let src = "Head of the declaration\n\n(a) renewable energy, including solar, wind and\nsmall hydropower;\n                - 1 -\n\x0cRiver Declaration 2026\n(b) green farming and food security, including\nwater-saving irrigation;\n                - 2 -\n\x0cRiver Declaration 2026\nexchanges among universities and think tanks.\n";
        assert_eq!(
            hinted(src),
            vec![
                ("Head of the declaration", Hint::None),
                (
                    "(a) renewable energy, including solar, wind and\nsmall hydropower;",
                    Hint::None
                ),
                ("- 1 -", Hint::Page),
                ("River Declaration 2026", Hint::Page),
                (
                    "(b) green farming and food security, including\nwater-saving irrigation;",
                    Hint::None
                ),
                ("- 2 -", Hint::Page),
                ("River Declaration 2026", Hint::Page),
                ("exchanges among universities and think tanks.", Hint::None),
            ]
        );
    }

    #[test]
    fn centred_cover_lines_of_wrapped_text_stay_apart() {
        let body = "The delegates of the river forum met in the city of Hanoi and\nagreed on a plan to share the data of the water levels with\neach other and to warn of floods in the rainy season ahead.\n";
        let src = format!(
            "      Declaration of the River Forum on Basin Cooperation\n                 Shared Water, Shared Future\n         (Adopted in Hanoi on 3 May 2022)\n\n{body}\n    The forum also agreed to meet again in the autumn of this\nyear, in the city of Vientiane, to review how the plan works.\n\n    The chair thanked the delegates for their work on the plan\n    and for the good spirit of the meetings held in the city.\n"
        );
        let body = body.trim_end();
        assert_eq!(
            texts(&src),
            vec![
                "Declaration of the River Forum on Basin Cooperation",
                "Shared Water, Shared Future",
                "(Adopted in Hanoi on 3 May 2022)",
                body,
                // A first line indented alone, and lines indented alike, are wrapped.
                "The forum also agreed to meet again in the autumn of this\nyear, in the city of Vientiane, to review how the plan works.",
                "The chair thanked the delegates for their work on the plan\n    and for the good spirit of the meetings held in the city.",
            ]
        );
    }

    #[test]
    fn lines_of_an_unwrapped_paragraph_stay_apart() {
        let src = "A title\nBy Zhang Wei | 2024-03-05\n\nSome text here.\n\n1) First item\n2) Second item\n";
        assert_eq!(
            texts(src),
            vec![
                "A title",
                "By Zhang Wei | 2024-03-05",
                "Some text here.",
                "1) First item",
                "2) Second item"
            ]
        );
    }

    #[test]
    fn paragraph_split_mid_sentence_is_joined() {
        let src = "While China\nadheres to development,\n\nStrive to work.\n\nNext one.\n";
        assert_eq!(
            texts(src),
            vec![
                "While China\nadheres to development,\n\nStrive to work.",
                "Next one."
            ]
        );
    }

    #[test]
    fn nested_list_lines_split() {
        let src = "5. We commit to:\n\n  1. Accelerate growth.\n  2. Accelerate implementation.\n";
        assert_eq!(
            texts(src),
            vec![
                "5. We commit to:",
                "1. Accelerate growth.",
                "2. Accelerate implementation."
            ]
        );
    }

    #[test]
    fn lines_layout_joins_superscripts_and_drop_caps() {
        let src = "Title here\nT\nhe new year, the 30\nth\nanniversary of ties.\nNext line.\n";
        assert_eq!(
            texts(src),
            vec![
                "Title here",
                "T\nhe new year, the 30\nth\nanniversary of ties.",
                "Next line."
            ]
        );
    }

    #[test]
    fn leading_datelines_stand_alone() {
        let src = "Title here\n\nBEIJING, Dec. 12 (Xinhua) -- The conference was held in Beijing.\n\nMore text.\n";
        assert_eq!(
            texts(src),
            vec![
                "Title here",
                "BEIJING, Dec. 12 (Xinhua) --",
                "The conference was held in Beijing.",
                "More text."
            ]
        );
    }

    #[test]
    fn caps_headings() {
        assert_eq!(caps_heading("TARGETS THROUGH 2035 The session"), Some(20));
        assert_eq!(
            caps_heading("TARGETS FOR 14TH FIVE-YEAR PLAN The session"),
            Some(31)
        );
        assert_eq!(caps_heading("DEVELOPMENT PRIORITIES Several"), Some(22));
        assert_eq!(caps_heading("BEIJING, Oct. 29"), None);
        assert_eq!(caps_heading("CPC leaders met"), None);
        assert_eq!(caps_heading("THE END"), None);
    }

    #[test]
    fn run_on_articles_are_cut() {
        let filler = "Filler sentence about nothing in particular. ".repeat(40);
        let src = format!(
            "Key session draws roadmap ( Xinhua ) 08:20, October 30, 2020 Xi speaks in Beijing. (Xinhua/Ju Peng) BEIJING, Oct. 29 (Xinhua) -- The Party has charted the course. TARGETS THROUGH 2035 The session raised objectives. -- China will grow; -- New industrialization will be achieved. {filler}(For the latest China news, Please follow People's Daily on Twitter and Facebook ) (Web editor: Wu Chaolan, Bianji)"
        );
        let got = texts(&src);
        let head: Vec<&str> = got.iter().take(10).copied().collect();
        assert_eq!(
            head,
            vec![
                "Key session draws roadmap",
                "( Xinhua ) 08:20, October 30, 2020",
                "Xi speaks in Beijing. (Xinhua/Ju Peng)",
                "BEIJING, Oct. 29 (Xinhua) --",
                "The Party has charted the course.",
                "TARGETS THROUGH 2035",
                "The session raised objectives.",
                "-- China will grow;",
                "-- New industrialization will be achieved.",
                "Filler sentence about nothing in particular.",
            ]
        );
        let tail: Vec<&str> = got.iter().rev().take(2).rev().copied().collect();
        assert_eq!(
            tail,
            vec![
                "(For the latest China news, Please follow People's Daily on Twitter and Facebook )",
                "(Web editor: Wu Chaolan, Bianji)"
            ]
        );
    }
}
