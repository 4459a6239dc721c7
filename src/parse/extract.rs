//! Phase 5: semantics. Typed views over the outline: metadata, sections, achievements,
//! principles, obligations, credits, names and diagnostics.

use std::borrow::Cow;

use super::block::{
    Blocks, RawBlock, adoption_formula, author_with_role, names_before_place, outlet_line,
};
use super::credit;
use super::credit::{CreditPart, about_author, credit_line, photo_credit};
use super::date::find_date;
use super::enumerate::Lists;
use super::header::{
    block_stamp, by_author, by_author_of, dateline_agency, keyword_stamp, kicker, link_text,
};
use super::lead::obligation_lead;
use super::meeting;
use super::outline::{Outline, SecInfo};
use super::text::{
    ends_terminal, first_control, head, is_space, is_within, sentence_ends, slice, span_of,
    strip_prefix_ci,
};
use crate::diagnostic::{Diagnostic, Finding};
use crate::model::{
    Achievement, Block, BlockKind, Concept, Credit, CreditRole, Date, Document, Enumeration,
    EnumerationKind, Heading, Initiative, Meeting, Metadata, Obligation, Principle, Section,
};
use crate::rules::{Recorder, RuleId, Verdict};
use crate::span::{LineIndex, Span};

fn block<'a>(src: &'a str, b: &RawBlock<'a>) -> Block<'a> {
    Block {
        kind: b.kind,
        text: Cow::Borrowed(slice(src, b.span)),
        span: b.span,
    }
}

fn heading<'a>(src: &'a str, b: &RawBlock<'a>) -> Heading<'a> {
    Heading {
        text: Cow::Borrowed(b.heading_text()),
        span: span_of(src, b.content),
    }
}

fn section<'a>(src: &'a str, blocks: &[RawBlock<'a>], o: &Outline, s: &SecInfo) -> Section<'a> {
    let get = |k: usize| blocks.get(k);
    let children: Vec<Section<'a>> = s
        .children
        .iter()
        .filter_map(|&c| o.sections.get(c))
        .map(|c| section(src, blocks, o, c))
        .collect();
    let own: Vec<Block<'a>> = s
        .blocks
        .iter()
        .filter_map(|&k| get(k))
        .map(|b| block(src, b))
        .collect();
    let head = s.heading.and_then(get);
    let start = head
        .map(|b| b.span.start)
        .or_else(|| own.first().map(|b| b.span.start))
        .or_else(|| children.first().map(|c| c.span.start))
        .unwrap_or(0);
    let end = [
        head.map(|b| b.span.end),
        s.subtitle.and_then(get).map(|b| b.span.end),
        s.announces.last().and_then(|&k| get(k)).map(|b| b.span.end),
        own.last().map(|b| b.span.end),
        children.last().map(|c| c.span.end),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(start);
    Section {
        heading: head.map(|b| heading(src, b)),
        subtitle: s.subtitle.and_then(get).map(|b| heading(src, b)),
        declared_count: head.and_then(|b| b.count()).map(|c| c.count),
        announces: s
            .announces
            .iter()
            .filter_map(|&k| get(k))
            .map(|b| heading(src, b))
            .collect(),
        span: Span::new(start, end),
        blocks: own,
        sections: children,
    }
}

fn credit<'a>(src: &'a str, p: &CreditPart<'a>) -> Credit<'a> {
    Credit {
        role: p.role,
        label: Cow::Borrowed(p.label),
        name: Cow::Borrowed(p.name),
        // A label the text does not print (`Photo` for `(Xinhua/Ju Peng)`) has no span.
        span: if is_within(src, p.label) {
            span_of(src, p.label).cover(span_of(src, p.name))
        } else {
            span_of(src, p.name)
        },
    }
}

/// Infers the year of a date printed without one from the publication date: the latest
/// such day on or before publication.
fn infer_year(d: Date, published: Date) -> Option<Date> {
    let y = published.year()?;
    // A publication dated by its month only (`September 2028`) covers that whole month.
    let later = if published.has_day() {
        (d.month(), d.day()) > (published.month(), published.day())
    } else {
        d.month() > published.month()
    };
    d.with_year(if later { y.checked_sub(1)? } else { y })
}

/// Rule `front_date`: when no stamp or source line dates a text, the front matter may
/// still print its day: a dateline with the year (`Shanghai, February 28, 1972`), or the
/// caption of the lead photo (`..., Oct. 18, 2023. [Xinhua/Wang Ye]`), whose day is the
/// day of the news. A dateline without a year (`BEIJING, Oct. 18 (Xinhua) --`) takes
/// the year of a full date in the front matter when that date falls in the same month.
///
/// Only front blocks (before the body) are read: captions further down show older
/// photos. Pinned by the genre test
/// `title_under_a_place_line_and_date_from_the_lead_caption`.
fn front_date<R: Recorder>(front: &[RawBlock<'_>], rec: &mut R) -> Option<Date> {
    let full = first_date_at(
        front,
        &[BlockKind::Dateline, BlockKind::Caption, BlockKind::Dek],
        true,
    );
    let bare = first_date_at(front, &[BlockKind::Dateline], false);
    let (date, span) = match (bare, full) {
        (Some((d, span)), Some((f, _))) if d.month() == f.month() => {
            (f.year().and_then(|y| d.with_year(y))?, span)
        }
        (_, f) => f?,
    };
    rec.decide(RuleId::FrontDate, span, Verdict::Date(date));
    Some(date)
}

/// The first date, with or without its year (`full`), printed in a block of one of
/// `kinds`, with the span of that block.
fn first_date_at(front: &[RawBlock<'_>], kinds: &[BlockKind], full: bool) -> Option<(Date, Span)> {
    front
        .iter()
        .filter(|b| kinds.contains(&b.kind))
        .filter_map(|b| find_date(b.content).map(|(_, _, d)| (d.start, b.span)))
        .find(|(d, _)| d.year().is_some() == full)
}

/// Rule `year_from_copyright`: a dateline without a year (`BEIJING, Oct. 31 (Xinhua)
/// --`) takes the year of the page's copyright line (`© 2023 Example News`, `Copyright ©
/// 2019-2023`: the last year), when nothing else dates the text.
fn year_from_copyright<R: Recorder>(
    list: &[RawBlock<'_>],
    body_start: usize,
    rec: &mut R,
) -> Option<Date> {
    let front = list.get(..body_start).unwrap_or_default();
    let (bare, _) = first_date_at(front, &[BlockKind::Dateline], false)?;
    let (span, year) = list
        .iter()
        .rev()
        .take(COPYRIGHT_REACH)
        .filter(|b| b.kind == BlockKind::Chrome)
        .find_map(|b| Some((b.span, copyright_year(b.content)?)))?;
    let date = bare.with_year(year)?;
    rec.decide(RuleId::YearFromCopyright, span, Verdict::Date(date));
    Some(date)
}

/// Rule `adoption_note`: the note under the title of a resolution, a law or a declaration,
/// `(Adopted at the Third Plenary Session of the 20th Central Committee on July 18,
/// 2024)`, `(Adopted in Kunming on 19 June 2026)`, `Approved by ... on ...`, and the note
/// under a report or a speech, `Delivered at the Fourth Session ... on March 5, 2026`, dates
/// the text with the day of adoption (its first full date; later ones are amendments), when
/// no stamp or dateline does. Only the first blocks are read, and only a short note
/// that opens with the formula (in parentheses or not): a sentence of the body that
/// mentions an adoption is not one.
fn adoption_note<R: Recorder>(list: &[RawBlock<'_>], rec: &mut R) -> Option<Date> {
    list.iter().take(ADOPTION_REACH).find_map(|b| {
        let t = adoption_formula(b.content)?;
        let (_, _, d) = find_date(t)?;
        let date = d.start;
        date.year()?;
        rec.decide(RuleId::AdoptionNote, b.span, Verdict::Date(date));
        Some(date)
    })
}

/// Rule `signature_date`: an official notice signed under its text, the issuer's name
/// over a date alone (`General Office of the People's Government of Hainan Province` /
/// `March 18, 2027`), dates the text when nothing above does. Only the first blocks are
/// read: the notice that issues a plan comes before the plan.
fn signature_date<R: Recorder>(list: &[RawBlock<'_>], rec: &mut R) -> Option<Date> {
    // The signer's one or two lines, without final punctuation, naming an issuing body.
    let signer = |lines: &[&str]| {
        (1..=2).contains(&lines.len())
            && lines
                .iter()
                .all(|l| !l.is_empty() && !super::text::ends_terminal(l) && !l.ends_with(','))
            && lines.iter().any(|l| {
                l.split(is_space)
                    .any(|w| crate::lexicon::words::ISSUERS.contains(&w))
            })
    };
    fn lines_of<'a>(b: &RawBlock<'a>) -> Vec<&'a str> {
        let mut lines: Vec<&str> = b
            .content
            .lines()
            .map(|l| l.trim_matches(is_space))
            .collect();
        // The issuing number under the date (`(Guo Ban Fa [2026] No. 3)`).
        let number = lines.last().is_some_and(|l| {
            let l = l
                .strip_prefix('(')
                .and_then(|l| l.strip_suffix(')'))
                .unwrap_or(l);
            super::block::document_number(l)
        });
        if number && lines.len() > 1 {
            lines.pop();
        }
        lines
    }
    // The first blocks, and the last ones: a page that prints the notice's signature at
    // its end, over the page's footer.
    let n = list.len();
    let ends =
        (0..n.min(SIGNATURE_REACH)).chain(n.saturating_sub(SIGNATURE_TAIL).max(SIGNATURE_REACH)..n);
    ends.into_iter().find_map(|k| {
        // A related story's headline over its date is the page's, not a signature.
        let b = list.get(k).filter(|b| b.kind != BlockKind::Chrome)?;
        let lines = lines_of(b);
        let (last, above) = lines.split_last()?;
        // The date under the signer in the same block, or alone under the signer's block.
        let signed = if above.is_empty() {
            let prev = k
                .checked_sub(1)
                .and_then(|j| list.get(j))
                .filter(|b| b.kind != BlockKind::Chrome)?;
            signer(&lines_of(prev))
        } else {
            signer(above)
        };
        if !signed || !super::units::date_line(last) {
            return None;
        }
        let (_, _, d) = find_date(last)?;
        let date = d.start;
        date.year()?;
        rec.decide(RuleId::SignatureDate, b.span, Verdict::Date(date));
        Some(date)
    })
}

/// Rule `date_field`: a date label alone on its line (`Date:`, `Time:`, `Release date:`)
/// over a date alone, among the first blocks, as a transcript prints its fields.
fn date_field<R: Recorder>(list: &[RawBlock<'_>], rec: &mut R) -> Option<Date> {
    let head = list.get(..list.len().min(DATE_FIELD_REACH))?;
    head.windows(2).find_map(|pair| {
        let [label, value] = pair else { return None };
        let l = label.content.trim_matches(is_space);
        let l = l.strip_suffix([':', '：'])?;
        let known = ["date", "time", "release date", "date of release"]
            .iter()
            .any(|k| l.eq_ignore_ascii_case(k));
        if !known || !super::units::date_line(value.content) {
            return None;
        }
        let (_, _, d) = find_date(value.content.trim_matches(is_space))?;
        let date = d.start;
        date.year()?;
        rec.decide(RuleId::DateField, value.span, Verdict::Date(date));
        Some(date)
    })
}

/// Blocks looked at from the start for a transcript's date field.
const DATE_FIELD_REACH: usize = 16;

/// Blocks looked at from the start for a notice's signature: issuer, number, title,
/// addressees, the notice's text and its signature.
const SIGNATURE_REACH: usize = 8;

/// Blocks looked at from the end for a notice's signature: the signature, its issuing
/// number, and a few lines of the page's footer.
const SIGNATURE_TAIL: usize = 6;

/// Blocks looked at from the start for an adoption note: the title, a subtitle or a
/// motto, the note, and a line or two of furniture.
const ADOPTION_REACH: usize = 6;

/// Rule `signing_date`: the closing formula of a joint statement or an agreement, `Done
/// in Beijing on 25 October 2023, in duplicate ...` or `Signed at Geneva on ...`, dates
/// the text with its full date, when nothing else dates it.
fn signing_date<R: Recorder>(list: &[RawBlock<'_>], rec: &mut R) -> Option<Date> {
    list.iter().rev().take(COPYRIGHT_REACH).find_map(|b| {
        let t = b.content.trim_start_matches(is_space);
        // The words of the formula with any whitespace between them (line ends too).
        let opens = ["Done in ", "Done at ", "Signed in ", "Signed at "]
            .iter()
            .any(|p| super::text::find_spaced(t, p).is_some_and(|(at, _)| at == 0));
        if !opens {
            return None;
        }
        // The date stands in the formula's first clause.
        let head = head(t, 120);
        let (_, _, d) = find_date(head)?;
        let date = d.start;
        date.year()?;
        rec.decide(RuleId::SigningDate, b.span, Verdict::Date(date));
        Some(date)
    })
}

/// Rule `closing_stamp`: a stamp printed at the end of the text (`Published June 14,
/// 2022`, `Updated: 2024-01-31`) dates it, when nothing else does.
fn closing_stamp<R: Recorder>(list: &[RawBlock<'_>], rec: &mut R) -> Option<Date> {
    list.iter().rev().take(COPYRIGHT_REACH).find_map(|b| {
        // The stamp may be a line of the block, or a sentence after a copyright notice
        // (`© Baltic Institute, 2027. Published 14 June 2027.`).
        let copyright = |line: &str| {
            let t = line.trim_start_matches(is_space);
            t.starts_with('©')
                || t.get(..9)
                    .is_some_and(|h| h.eq_ignore_ascii_case("copyright"))
        };
        let pieces = b.content.lines().flat_map(move |line| {
            let notice = copyright(line);
            core::iter::once(line).chain(
                line.match_indices(". ")
                    .filter(move |_| notice)
                    .filter_map(|(i, _)| line.get(i + 2..)),
            )
        });
        // A date alone that the back matter read as the closing stamp.
        let alone = || {
            (b.kind == BlockKind::Byline && super::units::date_line(b.content))
                .then(|| find_date(b.content))
                .flatten()
                .map(|(_, _, d)| d)
        };
        let date = pieces
            .filter_map(|p| keyword_stamp(p)?.date)
            .next()
            .or_else(alone)?
            .start;
        date.year()?;
        rec.decide(RuleId::ClosingStamp, b.span, Verdict::Date(date));
        Some(date)
    })
}

/// Rule `publication_note`: a note near the start of a report or brief that opens with
/// its publication stamp (`Published 14 November 2023. © CEDR 2023. Cover photo: ...`, on
/// an inside cover copied from a PDF) dates the text, when nothing else does: the first
/// sentence of a block among the first [`PUBLICATION_NOTE_REACH`] is a keyword stamp with
/// a year.
fn publication_note<R: Recorder>(list: &[RawBlock<'_>], rec: &mut R) -> Option<Date> {
    list.iter().take(PUBLICATION_NOTE_REACH).find_map(|b| {
        let t = b.content.trim_start_matches(is_space);
        // The first sentence (`Published Nov. 14, 2023.`: an abbreviation ends none).
        let first = sentence_ends(t)
            .next()
            .map_or(t, |e| t.get(..e).unwrap_or(t));
        let first = first.lines().next().unwrap_or(first).trim_end_matches('.');
        if super::text::more_words_than(first, 8) {
            return None;
        }
        let date = keyword_stamp(first)?.date?.start;
        date.year()?;
        rec.decide(RuleId::PublicationNote, b.span, Verdict::Date(date));
        Some(date)
    })
}

/// Blocks looked at from the start for a publication note.
const PUBLICATION_NOTE_REACH: usize = 12;

/// Blocks looked at from the end for a copyright line.
const COPYRIGHT_REACH: usize = 8;

/// A copyright line after its sign or word (`©`, `Copyright`, in any case); `None` for
/// any other line.
fn after_copyright(s: &str) -> Option<&str> {
    let t = s.trim_start_matches(is_space);
    match t.strip_prefix('©') {
        Some(r) => Some(r),
        None => t
            .get(.."copyright".len())
            .filter(|h| h.eq_ignore_ascii_case("copyright"))
            .and_then(|_| t.get("copyright".len()..)),
    }
}

/// The year a copyright line prints (the last, in a range): `© 2023 ...`, `Copyright (c)
/// 2019-2023 ...`.
fn copyright_year(s: &str) -> Option<u16> {
    let head = head(after_copyright(s)?, 40);
    let mut year = None;
    for w in head.split(|c: char| !c.is_ascii_digit()) {
        if w.len() == 4 {
            if let Ok(y) = w.parse::<u16>() {
                if (1900..=2100).contains(&y) {
                    year = Some(y);
                }
            }
        }
    }
    year
}

/// Rule `copyright_holder`: when nothing else names a publisher, the holder the page's
/// first copyright line names is the publisher, and a source credit.
fn copyright_publisher<'a, R: Recorder>(
    src: &'a str,
    list: &[RawBlock<'a>],
    metadata: &mut Metadata<'a>,
    credits: &mut Vec<Credit<'a>>,
    rec: &mut R,
) {
    // A news database's record credits its copyright's holder beside its source (rule
    // `database_record`): `CY   (c) Copyright 2013 Xinhua News Agency`.
    let record = list
        .first()
        .is_some_and(|b| super::header::lexis_counter(b.content))
        || super::header::record_opens(list.iter().map(|b| b.content));
    if metadata.publisher.is_some() && !record {
        return;
    }
    let Some(holder) = list
        .iter()
        .filter(|b| b.kind == BlockKind::Chrome)
        .find_map(|b| copyright_holder(record_value(b.content, "CY").unwrap_or(b.content)))
    else {
        return;
    };
    if record && credits.iter().any(|c| c.name == holder) {
        return;
    }
    let span = span_of(src, holder);
    rec.decide(
        RuleId::CopyrightHolder,
        span,
        Verdict::Credit(CreditRole::Source),
    );
    metadata.publisher.get_or_insert(Cow::Borrowed(holder));
    credits.push(Credit {
        role: CreditRole::Source,
        label: Cow::Borrowed("Copyright"),
        name: Cow::Borrowed(holder),
        span,
    });
    credits.sort_by_key(|c| c.span.start);
}

/// The holder a copyright line names: `Copyright 2019 Xinhua News Agency. All Rights
/// Reserved.` → `Xinhua News Agency`, `© 1995-2024 China Daily | About us` → `China
/// Daily`: after the sign and the years, up to the end of a sentence, a comma, a bar or
/// `All rights`; one to six capitalised words, no digit.
fn copyright_holder(s: &str) -> Option<&str> {
    let rest = after_copyright(s)?.trim_start_matches(|c: char| {
        is_space(c) || c.is_ascii_digit() || matches!(c, '©' | '-' | '–' | ',' | '(' | ')')
    });
    // A full stop ends the holder before a space or at the end (`Bloomberg L.P.` keeps
    // its own).
    let end = rest
        .char_indices()
        .find(|&(i, c)| {
            let next = rest.get(i + c.len_utf8()..).unwrap_or("");
            c == '.' && (next.is_empty() || next.starts_with(is_space))
                || matches!(c, ',' | '|' | '\n')
                || rest
                    .get(i..i + 4)
                    .is_some_and(|w| w.eq_ignore_ascii_case(" all"))
        })
        .map_or(rest.len(), |(i, _)| i);
    // An abbreviation's own full stop stays (`L.P.`).
    let before = rest.get(..end).unwrap_or("");
    let abbreviation = rest.get(end..).is_some_and(|t| t.starts_with('.'))
        && before.len() >= 2
        && before.as_bytes().get(before.len() - 2) == Some(&b'.');
    let end = if abbreviation { end + 1 } else { end };
    let holder = rest.get(..end)?.trim_matches(is_space);
    let words = || holder.split(is_space).filter(|w| !w.is_empty());
    let fits = (1..=6).contains(&words().count())
        && words().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and" | "for")
        })
        && !holder.contains(|c: char| c.is_ascii_digit());
    fits.then_some(holder)
}

/// Everything the pipeline found, assembled into a document.
pub(crate) struct Parts<'a> {
    pub(crate) src: &'a str,
    pub(crate) starts: Vec<usize>,
    pub(crate) blocks: Blocks<'a>,
    pub(crate) outline: Outline,
    pub(crate) lists: Lists<'a>,
    pub(crate) initiatives: Vec<Initiative<'a>>,
    pub(crate) concepts: Vec<Concept<'a>>,
}

pub(crate) fn build<'a, R: Recorder>(parts: Parts<'a>, rec: &mut R) -> Document<'a> {
    let Parts {
        src,
        starts,
        blocks,
        outline,
        lists,
        initiatives,
        concepts,
    } = parts;
    let list = &blocks.blocks;
    let mut diagnostics = lists.diagnostics;
    let mut metadata = Metadata::default();
    let mut credits: Vec<Credit<'_>> = Vec::new();

    front_matter(
        src,
        list.get(..blocks.body_start.min(list.len()))
            .unwrap_or_default(),
        &mut metadata,
        &mut credits,
    );
    digest_lead(list, &mut metadata);
    contents_lead(list, &mut metadata);
    printed_title(list, &mut metadata);
    forwarded_email(
        src,
        list.get(..blocks.body_start.min(list.len()))
            .unwrap_or_default(),
        &mut metadata,
        &mut credits,
    );
    print_title(src, list, &mut metadata, rec);
    speaker_credit(src, &metadata, &mut credits, rec);
    field_credits(src, list, &mut credits, rec);
    // A date the header prints outranks a source line's in the body.
    let head = list.get(..blocks.body_start).unwrap_or_default();
    consider(&mut metadata.date, rec, |r| front_date(head, r));
    let obligations = credits_and_obligations(src, &blocks, &mut metadata, &mut credits);
    copyright_publisher(src, list, &mut metadata, &mut credits, rec);
    writer_position(src, &blocks, &metadata, &mut credits, rec);
    lede_reporters(src, &blocks, &mut credits, rec);
    // Each rule dates a text nothing above dated; a date without a day (an issue line's
    // month) takes the day of a later rule's date in that month.
    let date = &mut metadata.date;
    consider(date, rec, |r| adoption_note(list, r));
    consider(date, rec, |r| signature_date(list, r));
    consider(date, rec, |r| date_field(list, r));
    consider(date, rec, |r| {
        year_from_copyright(list, blocks.body_start, r)
    });
    consider(date, rec, |r| signing_date(list, r));
    consider(date, rec, |r| closing_stamp(list, r));
    consider(date, rec, |r| publication_note(list, r));
    consider(date, rec, |r| print_date(list, r));
    metadata.meeting = meeting_of(src, &blocks, metadata.date, &mut diagnostics);
    date_from_meeting(&mut metadata, rec);
    let (achievements, principles) = typed_items(&lists.enumerations);
    whole_text_findings(src, &blocks, &mut diagnostics);

    let index = LineIndex::new(starts);
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    let offsets: Vec<usize> = diagnostics.iter().map(|d| d.span.start).collect();
    for (d, p) in diagnostics.iter_mut().zip(index.line_cols(src, &offsets)) {
        if let Some(p) = p {
            d.line = p.line;
            d.column = p.column;
        }
    }

    let front_matter = list
        .iter()
        .take(blocks.body_start)
        .map(|b| block(src, b))
        .collect();
    let back_matter = list
        .iter()
        .skip(blocks.body_end)
        .map(|b| block(src, b))
        .collect();
    let sections = outline
        .top
        .iter()
        .filter_map(|&t| outline.sections.get(t))
        .map(|s| section(src, list, &outline, s))
        .collect();

    Document {
        source: Cow::Borrowed(src),
        lines: index,
        metadata,
        front_matter,
        sections,
        back_matter,
        enumerations: lists.enumerations,
        achievements,
        principles,
        obligations,
        initiatives,
        concepts,
        credits,
        diagnostics,
    }
}

/// Front matter: the title (and a kicker before it), and what bylines and stamps say:
/// date, publisher, author, credits.
fn front_matter<'a>(
    src: &'a str,
    front: &[RawBlock<'a>],
    metadata: &mut Metadata<'a>,
    credits: &mut Vec<Credit<'a>>,
) {
    // Whether the block before was a `By` byline: an outlet line may follow it.
    let mut after_by = false;
    // Whether the block before was a stamp that names no publisher.
    let mut after_stamp = false;
    // Whether a periodical's issue line has dated the text.
    let mut issue_dated = false;
    // Whether a line on a translation's original has dated the text.
    let mut original_dated = false;
    let mut prev: Option<&RawBlock<'a>> = None;
    for b in front {
        let prev_name = prev.is_some_and(name_byline);
        let above = prev.map(|p| p.content);
        prev = Some(b);
        let by = after_by;
        let stamped = after_stamp;
        after_by = false;
        after_stamp = false;
        match b.kind {
            BlockKind::Dek
                if metadata.publisher.is_none()
                    && strip_prefix_ci(b.content, "subject:").is_some() =>
            {
                // The subject of an email whose article gave the title (rule
                // `headline_in_email`): the sender is still the publisher.
                metadata.publisher = subject_sender(front, b);
            }
            BlockKind::Title if metadata.title.is_none() => header_title(front, b, metadata),
            // The note-taker's name or initials (rule `writers_note`).
            BlockKind::Dek if super::header::writers_note(b.content).is_some() => {
                if let Some(Some(name)) = super::header::writers_note(b.content) {
                    push_authors(src, [name], metadata, credits);
                }
            }
            // A news database record's date and byline (rule `database_record`).
            BlockKind::Byline if record_byline(b.content).is_some() => {
                after_by = record_dated_byline(src, b.content, metadata, credits);
            }
            // Analysts' contact lines or authors in columns (rule `after_stamp`): each
            // name an author.
            BlockKind::Byline if super::block::block_authors(b.content).is_some() => {
                if let Some(names) = super::block::block_authors(b.content) {
                    push_authors(src, names, metadata, credits);
                }
            }
            BlockKind::Byline if front_matter_author(b.content).is_some() => {
                if let Some(names) = front_matter_author(b.content) {
                    // A list of authors, `["Hannah Weiss", "Zhou Ming"]`: one credit each.
                    push_authors(src, yaml_list(names), metadata, credits);
                }
            }
            BlockKind::Byline => {
                // A page's header of fields on two lines of their own: the stamp is the
                // second's (rule `headline_over_stamp`).
                let fields = || {
                    above
                        .filter(|a| !a.contains('\n'))
                        .and_then(|a| super::header::field_header(a, b.content))
                };
                if let Some(st) = block_stamp(b.content).or_else(fields) {
                    // A periodical's issue line dates the issue, over the date an email
                    // carrying it was sent.
                    let issue = super::block::issue_line(b.content) && !issue_dated;
                    let date = st.date.map(|d| d.start).filter(|d| d.year().is_some());
                    // A translation's line on its original (`Original source: Xinhua
                    // News Agency, September 19, 2019`) dates the original: the page's
                    // own stamp under it (`Posted: September 22, 2019`) dates the text.
                    let original = original_line(b.content);
                    let over_original = original_dated && !original;
                    if date.is_some_and(|d| issue || over_original || refines(metadata.date, d)) {
                        metadata.date = date;
                        issue_dated |= issue;
                        original_dated = original;
                    }
                    if metadata.publisher.is_none() {
                        metadata.publisher = st.publisher.map(Cow::Borrowed);
                    }
                    // An outlet's name in one word may follow a stamp that names none
                    // (`Updated: Nov 20, 2026 21:47` / `Xinhua`).
                    after_stamp = st.publisher.is_none();
                    if let Some(a) = st.author {
                        metadata.author.get_or_insert(without_emphasis(a));
                        credits.push(stamp_author(src, b.content, a));
                    }
                    credits.extend(st.credits.iter().map(|p| credit(src, p)));
                } else if let Some(d) = super::date::month_year(b.content) {
                    // A cover's month (rule `cover_month`): a date without a day.
                    metadata.date.get_or_insert(d);
                } else if by && outlet_line(b.content)
                    || stamped && outlet_line(b.content) && !b.content.contains(is_space)
                {
                    metadata.publisher.get_or_insert(Cow::Borrowed(b.content));
                } else if prev_name && credit::position_line(b.content) {
                    // A writer's position under the name (rule `writer_position`).
                } else {
                    after_by = byline(src, b.content, metadata, credits);
                }
            }
            _ => {}
        }
    }
}

/// A newsletter's subject (see `header_title`): a tag in brackets first, then stories
/// set apart by ` | `, two or more; the tag and the first story.
fn digest_subject(subject: &str) -> Option<(&str, &str)> {
    let rest = subject.strip_prefix('[')?;
    let (tag, stories) = rest.split_once(']')?;
    // A newsletter's tag holds its issue's number (`BPB Weekly #214`); a mail system's
    // tag (`[EXTERNAL]`, a list's name) does not.
    if !tag.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let stories = stories.trim_start_matches(is_space);
    let (lead, _) = stories.split_once(" | ")?;
    let lead = lead.trim_matches(is_space);
    (!tag.is_empty() && !lead.is_empty() && !tag.contains('\n')).then_some((tag, lead))
}

/// A newsletter's subject that opens with its name and issue number (`Two Sessions Daily
/// #2 | Li's work report: ...`): the name and the first story after it.
fn numbered_digest_subject(subject: &str) -> Option<(&str, &str)> {
    let (tag, stories) = subject.split_once(" | ")?;
    let tag = tag.trim_matches(is_space);
    let numbered = tag.rsplit_once(' ').is_some_and(|(name, n)| {
        let digits = n.trim_start_matches('#');
        n.starts_with('#')
            && !name.is_empty()
            && !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
    });
    let lead = stories
        .split(" | ")
        .next()
        .unwrap_or(stories)
        .trim_matches(is_space);
    (numbered && !lead.is_empty()).then_some((tag, lead))
}

/// Rule `front_matter`: a title that front matter gives with other quotation marks than
/// the heading prints (`title: "Politburo, 9 Dec 2024: 'moderately loose' arrives"` over
/// `# Politburo, 9 Dec 2024: "moderately loose" arrives`, as YAML makes one quote the
/// other) is taken as the heading prints it.
fn printed_title<'a>(list: &[RawBlock<'a>], metadata: &mut Metadata<'a>) {
    let Some(title) = metadata.title.as_deref() else {
        return;
    };
    let bare = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '\'' | '"' | '‘' | '’' | '“' | '”'))
            .collect()
    };
    if !title.contains(['\'', '"', '‘', '’', '“', '”']) {
        return;
    }
    let want = bare(title);
    let printed = list
        .iter()
        .take(8)
        .find(|b| b.markdown_heading && b.content != title && bare(b.content) == want);
    if let Some(b) = printed {
        metadata.title = Some(Cow::Borrowed(b.content));
    }
}

/// A story's title as words to compare, whatever its case and quotation marks: a
/// subject's or a contents list's entry with the heading the text prints.
fn story_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '.'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Rule `email_headers`, a newsletter's contents: a newsletter that lists its stories
/// under `In this issue` (or `In this edition`) near its top and then prints
/// the first story under its heading (`* Politburo sets eight rules on official conduct`
/// ... `POLITBURO SETS EIGHT RULES ON OFFICIAL CONDUCT`) takes that heading as its title
/// when the header gave none or gave a line above the list (a tagline, a masthead's
/// line).
/// A report's `Contents` is not read so: its first chapter's heading is no title.
fn contents_lead<'a>(list: &[RawBlock<'a>], metadata: &mut Metadata<'a>) {
    const LABELS: &[&str] = &[
        "in this issue",
        "in this edition",
        "in today's issue",
        "in this newsletter",
    ];
    let Some(at) = list.iter().take(16).position(|b| {
        let t = b.content.trim_matches(is_space).trim_end_matches(':');
        LABELS.iter().any(|l| t.eq_ignore_ascii_case(l))
    }) else {
        return;
    };
    // The first entry: the next block with a marker, or the first line of the next block.
    let Some(entry) = list.get(at + 1).map(|b| {
        let first = b.marker_rest().lines().next().unwrap_or("");
        first
            .trim_start_matches(|c: char| matches!(c, '*' | '-' | '•') || is_space(c))
            .trim_end_matches(is_space)
    }) else {
        return;
    };
    let want = story_words(entry);
    if want.len() < 3 {
        return;
    }
    let Some(heading) = list
        .iter()
        .skip(at + 2)
        .take(12)
        .find(|b| b.kind == BlockKind::Heading && story_words(b.marker_rest()) == want)
    else {
        return;
    };
    // The header's title stands above the list: a tagline or a masthead's line, not
    // the story's headline. An email's subject is its sender's title for the issue and
    // stays.
    let title_above = list
        .iter()
        .take(at)
        .any(|b| b.kind == BlockKind::Title && strip_prefix_ci(b.content, "subject:").is_none());
    if metadata.title.is_none()
        || title_above && metadata.title.as_deref() != Some(heading.marker_rest())
    {
        metadata.title = Some(Cow::Borrowed(heading.marker_rest()));
    }
}

/// Rule `email_headers`, a newsletter's lead: when the subject opens with the
/// newsletter's name and issue number and the text prints the first story's heading
/// (`LI'S WORK REPORT: "AROUND 6.5%", ...`), that story is the title and the name the
/// kicker; a subject that lists several stories the text does not head stays whole.
fn digest_lead<'a>(list: &[RawBlock<'a>], metadata: &mut Metadata<'a>) {
    let Some(Cow::Borrowed(title)) = metadata.title else {
        return;
    };
    let Some((tag, lead)) = numbered_digest_subject(title) else {
        return;
    };
    let want = story_words(lead);
    let headed = list.iter().any(|b| {
        b.kind == BlockKind::Heading && {
            let got = story_words(b.content);
            got.len() == want.len() && got.iter().zip(&want).all(|(a, b)| a == b)
        }
    });
    if headed {
        metadata.kicker = Some(Cow::Borrowed(tag));
        metadata.title = Some(Cow::Borrowed(lead));
    }
}

/// The title an email's subject, a browser's print header, front matter or a database
/// record's field gives, with its kicker set apart; an email's sender is the publisher.
fn header_title<'a>(front: &[RawBlock<'a>], b: &RawBlock<'a>, metadata: &mut Metadata<'a>) {
    // An email's subject line (rule `email_headers`); the sender's name is
    // the publisher.
    let c = b.content;
    let c = match strip_prefix_ci(c, "subject:") {
        Some(subject) => {
            // The `From:` among the subject's own fields (a forwarder's headers
            // may stand above those of the message forwarded).
            if metadata.publisher.is_none() {
                metadata.publisher = subject_sender(front, b);
            }
            let subject = subject.trim_matches(is_space);
            // A newsletter's subject: its tag in brackets is the kicker, and of the
            // stories it lists apart by bars the first is the lead (`[BPB Weekly #214]
            // Xi sets 2035 date for "sci-tech powerhouse" | Poland | rural collectives
            // law`).
            if let Some((tag, lead)) = digest_subject(subject) {
                metadata.kicker = Some(Cow::Borrowed(tag));
                metadata.title = Some(Cow::Borrowed(lead));
                return;
            }
            subject
        }
        _ => front_matter_value(c, "title:")
            .or_else(|| record_value(c, "HD"))
            .or_else(|| lexis_value(c, "HEADLINE:"))
            .unwrap_or(c),
    };
    match kicker(c) {
        Some(n) => {
            metadata.kicker = c.get(..n).map(Cow::Borrowed);
            metadata.title = c.get(n..).map(|t| Cow::Borrowed(t.trim()));
        }
        None => metadata.title = Some(Cow::Borrowed(c)),
    }
}

/// Each name an author credit (the first the author): authors listed in front matter,
/// analysts' contact lines, authors in columns.
fn push_authors<'a>(
    src: &'a str,
    names: impl IntoIterator<Item = &'a str>,
    metadata: &mut Metadata<'a>,
    credits: &mut Vec<Credit<'a>>,
) {
    for name in names {
        metadata.author.get_or_insert(Cow::Borrowed(name));
        credits.push(Credit {
            role: CreditRole::Author,
            label: Cow::Borrowed(""),
            name: Cow::Borrowed(name),
            span: span_of(src, name),
        });
    }
}

/// The credits of a credit block `c`: its credit line, a staff note, a database record's
/// source (`lexis_front`: a LexisNexis record's header line of the source's name), an
/// about-the-author note or a closing agency; a source names the publisher and may date
/// the text.
fn credit_block<'a>(
    src: &'a str,
    c: &'a str,
    lexis_front: bool,
    metadata: &mut Metadata<'a>,
    credits: &mut Vec<Credit<'a>>,
) {
    let mut parts = credit_line(c);
    if parts.is_empty() {
        parts = credit::staff_note(c);
    }
    // A news database record's source (rule `database_record`): its field
    // (`SN   Xinhua News Agency`), or a LexisNexis record's line of its own.
    if let Some(name) = record_value(c, "SN").filter(|_| parts.is_empty()) {
        parts.push(credit::CreditPart {
            role: CreditRole::Source,
            label: c.get(..2).unwrap_or(""),
            name,
        });
    }
    if parts.is_empty() && lexis_front {
        parts.push(credit::CreditPart {
            role: CreditRole::Source,
            label: "",
            name: c.trim_matches(is_space),
        });
    }
    for p in credit::later_credits(c) {
        if !parts.iter().any(|q| q.name == p.name && q.role == p.role) {
            parts.push(p);
        }
    }
    if parts.is_empty() {
        if let Some(p) = about_author(c) {
            credits.push(credit(src, &p));
        } else if let Some(agency) = credit::closing_agency(c) {
            // `(Xinhua)` closing a wire story.
            credits.push(Credit {
                role: CreditRole::Source,
                label: Cow::Borrowed(""),
                name: Cow::Borrowed(agency),
                span: span_of(src, agency),
            });
        }
    }
    for p in &parts {
        credits.push(credit(src, p));
        if p.role == CreditRole::Source {
            if metadata.date.is_none() {
                metadata.date = find_date(p.name)
                    .map(|(_, _, d)| d.start)
                    .filter(|d| d.year().is_some());
            }
            if metadata.publisher.is_none() {
                let name = p.name.split(',').next().unwrap_or(p.name).trim();
                metadata.publisher = Some(Cow::Borrowed(name));
            }
        }
    }
}

/// Rule `browser_print`: the title of a page printed from a browser when the page's own
/// header gave none (a section printed alone): the browser's title, without the site's
/// name after a last ` - ` or ` | ` (`... - Xinhua | English.news.cn`, `... - Global
/// Times`: four words at most), its kicker set apart.
fn print_title<'a, R: Recorder>(
    src: &'a str,
    list: &[RawBlock<'a>],
    metadata: &mut Metadata<'a>,
    rec: &mut R,
) {
    let Some(b) = list.first() else { return };
    let Some((_, printed)) = super::header::print_header(b.content) else {
        return;
    };
    if metadata.title.is_some() {
        return;
    }
    let cut = [" - ", " | "]
        .iter()
        .filter_map(|sep| printed.rfind(sep))
        .min()
        .filter(|&k| {
            let site = printed.get(k + 3..).unwrap_or("");
            !super::text::more_words_than(site, 4) || site.contains(['|', '.'])
        });
    let title = cut.and_then(|k| printed.get(..k)).unwrap_or(printed);
    rec.decide(
        RuleId::BrowserPrint,
        span_of(src, title),
        Verdict::Kind(BlockKind::Title),
    );
    match kicker(title) {
        Some(n) => {
            metadata.kicker = title.get(..n).map(Cow::Borrowed);
            metadata.title = title.get(n..).map(|t| Cow::Borrowed(t.trim()));
        }
        None => metadata.title = Some(Cow::Borrowed(title)),
    }
}

/// Rule `browser_print`: the day a page was printed from a browser dates it when nothing
/// the page prints does.
fn print_date<R: Recorder>(list: &[RawBlock<'_>], rec: &mut R) -> Option<Date> {
    let b = list.first()?;
    let (d, _) = super::header::print_header(b.content)?;
    rec.decide(RuleId::BrowserPrint, b.span, Verdict::Date(d));
    Some(d)
}

/// A news database record's date or byline field (rule `database_record`): `PD   12
/// November 2013`, `BY   By Li Wen`, `BYLINE: Li Wen`; the field's value.
fn record_byline(c: &str) -> Option<&str> {
    record_value(c, "PD")
        .or_else(|| record_value(c, "BY"))
        .or_else(|| lexis_value(c, "BYLINE:"))
}

/// Reads a record's date field (it dates the text when nothing has) or its byline (as
/// the source printed it: `By Li Wen and Zhou Ming`); whether a byline was read.
fn record_dated_byline<'a>(
    src: &'a str,
    c: &'a str,
    metadata: &mut Metadata<'a>,
    credits: &mut Vec<Credit<'a>>,
) -> bool {
    if let Some(d) = record_value(c, "PD") {
        if metadata.date.is_none() {
            metadata.date = find_date(d)
                .map(|(_, _, d)| d.start)
                .filter(|d| d.year().is_some());
        }
        return false;
    }
    match record_byline(c) {
        Some(value) => byline(src, value, metadata, credits),
        None => false,
    }
}

/// The value of a news database record's field `code` (rule `database_record`): `PD
/// 12 November 2013` → `12 November 2013` for `PD`.
fn record_value<'a>(c: &'a str, code: &str) -> Option<&'a str> {
    super::header::record_field(c)
        .filter(|(k, _)| *k == code)
        .map(|(_, v)| v.trim_end_matches(is_space))
}

/// The value of a LexisNexis record's field labelled `label` (rule `database_record`):
/// `HEADLINE: Xi eyes ...` → `Xi eyes ...`.
fn lexis_value<'a>(c: &'a str, label: &str) -> Option<&'a str> {
    c.strip_prefix(label)
        .map(|v| v.trim_matches(is_space))
        .filter(|v| !v.is_empty())
}

/// A line on a translation's original: `Original source: ...`, `Original: ...`,
/// `Originally published ...`.
fn original_line(c: &str) -> bool {
    c.get(..8)
        .is_some_and(|h| h.eq_ignore_ascii_case("original"))
}

/// Runs a dating `rule` when the text has no date yet, or a month alone, and takes its
/// date when it [`refines`] the one there is; the rule's decisions are recorded then
/// only.
fn consider<R: Recorder>(
    current: &mut Option<Date>,
    rec: &mut R,
    rule: impl FnOnce(&mut Vec<crate::rules::Decision>) -> Option<Date>,
) {
    if current.is_some_and(|d| d.has_day()) {
        return;
    }
    // The rule's decisions are kept only when its date is taken.
    let mut decided = Vec::new();
    if let Some(d) = rule(&mut decided).filter(|d| refines(*current, *d)) {
        *current = Some(d);
        if R::KEEPS {
            for x in decided {
                rec.decide(x.rule, x.span, x.verdict);
            }
        }
    }
}

/// Whether `new` dates the text better than `current`: `current` is no date, or a month
/// alone (an issue line's `November 2026`) and `new` a day of that month.
fn refines(current: Option<Date>, new: Date) -> bool {
    current.is_none_or(|m| {
        !m.has_day() && new.has_day() && new.year() == m.year() && new.month() == m.month()
    })
}

/// The last blocks of the body whose later sentences may credit the text's makers (rule
/// `staff_note`): a closing note and the notes under it.
const CLOSING_BLOCKS: usize = 4;

/// The author credit of a stamp's byline `a` in the block `content`: labelled `By` when the
/// block prints it.
fn stamp_author<'a>(src: &'a str, content: &'a str, a: &'a str) -> Credit<'a> {
    let at = span_of(src, a);
    // `By` and any whitespace: a line break after it reads as a space.
    let by = content
        .match_indices("By")
        .find(|(i, _)| {
            content
                .get(i + 2..)
                .is_some_and(|t| t.starts_with(is_space))
        })
        .map(|(i, _)| span_of(src, content).start + i);
    Credit {
        role: CreditRole::Author,
        label: Cow::Borrowed(if by.is_some() { "By" } else { "" }),
        name: without_emphasis(a),
        span: by.map_or(at, |s| Span::new(s, at.end)),
    }
}

/// The sender named among the fields around an email's subject line `subject` (within
/// three blocks of it).
fn subject_sender<'a>(front: &[RawBlock<'a>], subject: &RawBlock<'a>) -> Option<Cow<'a, str>> {
    let k = front
        .iter()
        .position(|x| x.span == subject.span)
        .unwrap_or(0);
    front
        .get(k.saturating_sub(3)..(k + 4).min(front.len()))
        .unwrap_or_default()
        .iter()
        .find_map(email_sender)
}

/// A forwarded email's senders (rule `email_headers`): with two `From:` fields or more
/// in the header, the first names the forwarder, a credit (`From`), and the last the
/// sender of the message forwarded, the publisher when nothing else named one; the
/// forwarded message's own date field dates the text.
fn forwarded_email<'a>(
    src: &'a str,
    front: &[RawBlock<'a>],
    metadata: &mut Metadata<'a>,
    credits: &mut Vec<Credit<'a>>,
) {
    let senders: Vec<(&RawBlock<'a>, Cow<'a, str>)> = front
        .iter()
        .filter_map(|b| Some((b, email_sender(b)?)))
        .collect();
    let (Some((first, forwarder)), Some((last_from, sender))) = (senders.first(), senders.last())
    else {
        return;
    };
    // A forward (`Subject: FW: ...`), not a reply chain.
    let forward = front
        .iter()
        .any(|b| super::block::forward_subject(b.content));
    if senders.len() < 2 || !forward {
        return;
    }
    if metadata.publisher.is_none() {
        metadata.publisher = Some(sender.clone());
    }
    // The message forwarded is dated by its own field (`Sent: Wednesday, April 30, 2025
    // 10:02 PM`), not by the day it was forwarded.
    let sent = front
        .iter()
        .filter(|b| b.span.start > last_from.span.start && b.kind == BlockKind::Byline)
        .take(3)
        .find_map(|b| {
            let st = block_stamp(b.content)?;
            st.date
                .map(|d| d.start)
                .filter(|d| d.has_day() && d.year().is_some())
        });
    if let Some(d) = sent {
        metadata.date = Some(d);
    }
    // The field's line, from its label to the name's end.
    let span = match forwarder {
        Cow::Borrowed(name) => Span::new(span_of(src, first.content).start, span_of(src, name).end),
        Cow::Owned(_) => span_of(src, first.content),
    };
    if !credits.iter().any(|c| c.name == *forwarder) {
        credits.push(Credit {
            role: CreditRole::Other,
            label: Cow::Borrowed("From"),
            name: forwarder.clone(),
            span,
        });
    }
}

/// The sender's name in an email's `From:` field (`From: Beijing Policy Watch
/// <digest@bpwatch.example>` → `Beijing Policy Watch`); `None` for an address alone.
fn email_sender<'a>(b: &RawBlock<'a>) -> Option<Cow<'a, str>> {
    let c = b.content;
    let value = c
        .get(..5)
        .filter(|h| h.eq_ignore_ascii_case("from:"))
        .and_then(|_| c.get(5..))?;
    // `Name <address>`, or `Name [address]` as some mail programs print it.
    let name = value
        .split(['<', '['])
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| is_space(c) || c == '"');
    (!name.is_empty() && !name.contains(['@', '\n'])).then_some(Cow::Borrowed(name))
}

/// A name without the markdown bold marks it was set in: `Anna Koval** and **Chen
/// Yiming` (the outer marks are gone with the block's) → `Anna Koval and Chen Yiming`.
fn without_emphasis(name: &str) -> Cow<'_, str> {
    if name.contains("**") || name.contains("__") {
        Cow::Owned(name.replace("**", "").replace("__", ""))
    } else {
        Cow::Borrowed(name)
    }
}

/// A byline without a date: a name on its own line under the headline, or `By Zhang Wei`
/// with the outlet on the line after it (the publisher, when no stamp named one). Returns
/// whether it was a `By` line alone, which an outlet line may follow.
fn byline<'a>(
    src: &'a str,
    content: &'a str,
    metadata: &mut Metadata<'a>,
    credits: &mut Vec<Credit<'a>>,
) -> bool {
    let mut lines = content.lines().map(|l| l.trim_matches(is_space));
    let first = lines.next().unwrap_or(content);
    // `By Chen Li (Example Daily)`: the outlet is the publisher.
    if let Some((_, outlet)) = by_author_of(first) {
        metadata.publisher.get_or_insert(Cow::Borrowed(outlet));
    }
    let (label, name) = match by_author(first).or_else(|| by_author_of(first).map(|(n, _)| n)) {
        Some(name) => ("By", name),
        None => (
            "",
            author_with_role(content)
                .or_else(|| names_before_place(content))
                .or_else(|| super::block::speaker_name(content))
                .or_else(|| link_text(content))
                .unwrap_or(content),
        ),
    };
    metadata.author.get_or_insert(without_emphasis(name));
    let at = span_of(src, name);
    credits.push(Credit {
        role: CreditRole::Author,
        label: Cow::Borrowed(label),
        name: without_emphasis(name),
        span: if label.is_empty() {
            at
        } else {
            Span::new(span_of(src, first).start, at.end)
        },
    });
    if label.is_empty() {
        return false;
    }
    match lines.find(|l| !l.is_empty()) {
        Some(outlet) => {
            metadata.publisher.get_or_insert(Cow::Borrowed(outlet));
            false
        }
        None => true,
    }
}

/// The value of a front matter field `key` (`title:`) on line `c`, without its quotes.
fn front_matter_value<'a>(c: &'a str, key: &str) -> Option<&'a str> {
    let rest = c.get(key.len()..).filter(|_| {
        c.get(..key.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(key))
    })?;
    let v = rest.trim_matches(is_space);
    let v = v
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(v);
    (!v.is_empty()).then_some(v)
}

/// An author in front matter (rule `front_matter`): `author: Ann Lee`, or an entry of the
/// list under `author:`, `- "[[Ann Lee]]"` (a note-taking app's link).
fn front_matter_author(c: &str) -> Option<&str> {
    let v = front_matter_value(c, "author:")
        .or_else(|| front_matter_value(c, "authors:"))
        .or_else(|| {
            c.strip_prefix("- ")
                .map(|v| v.trim_matches(|ch: char| is_space(ch) || ch == '"' || ch == '\''))
        })?;
    let v = v
        .strip_prefix("[[")
        .and_then(|v| v.strip_suffix("]]"))
        .unwrap_or(v);
    (!v.is_empty()).then_some(v)
}

/// The items of a YAML flow list (`["Hannah Weiss", "Zhou Ming"]`), unquoted; a value
/// that is not a list is one item.
fn yaml_list(v: &str) -> Vec<&str> {
    fn unquote(n: &str) -> &str {
        n.trim_matches(|c: char| is_space(c) || c == '"' || c == '\'')
    }
    let Some(inner) = v.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else {
        let one = unquote(v);
        return if one.is_empty() {
            Vec::new()
        } else {
            vec![one]
        };
    };
    // Split at the commas outside quotes (`["Li, Wen", "Zhou Ming"]`).
    let mut out = Vec::new();
    let mut start = 0;
    let mut quote: Option<char> = None;
    for (i, c) in inner.char_indices() {
        match (c, quote) {
            ('"' | '\'', None) => quote = Some(c),
            (c, Some(q)) if c == q => quote = None,
            (',', None) => {
                out.push(unquote(inner.get(start..i).unwrap_or("")));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(unquote(inner.get(start..).unwrap_or("")));
    out.retain(|n| !n.is_empty());
    out
}

/// Rule `field_credit`: a press conference's transcript prints its people as fields, a
/// label alone on its line over a person on each line under it (`Chairperson:` / `Ms.
/// Shou Xiaoli, spokesperson of the State Council Information Office`; `Speakers:` /
/// `Mr. Yu Xuejun, vice minister of ...` / `Mr. Yang Wenzhuang, ...`): each person is a
/// credit under that label, the name before the comma, after an honorific (a name in
/// pinyin needs none); the people are the lines under the label up to the first that
/// names none, four at most. Looked at among the first [`DATE_FIELD_REACH`] blocks.
fn field_credits<'a, R: Recorder>(
    src: &'a str,
    list: &[RawBlock<'a>],
    credits: &mut Vec<Credit<'a>>,
    rec: &mut R,
) {
    const LABELS: &[(&str, CreditRole)] = &[
        ("chairperson", CreditRole::Other),
        ("chair", CreditRole::Other),
        ("moderator", CreditRole::Other),
        ("host", CreditRole::Other),
        ("presided by", CreditRole::Other),
        ("speaker", CreditRole::Speaker),
        ("speakers", CreditRole::Speaker),
        ("interviewee", CreditRole::Speaker),
        ("interviewees", CreditRole::Speaker),
    ];
    let head = list
        .get(..list.len().min(DATE_FIELD_REACH))
        .unwrap_or_default();
    for (k, label) in head.iter().enumerate() {
        let l = label.content.trim_matches(is_space);
        let Some(name) = l.strip_suffix([':', '：']) else {
            continue;
        };
        let Some(&(_, role)) = LABELS.iter().find(|(k, _)| name.eq_ignore_ascii_case(k)) else {
            continue;
        };
        // The lines under the label, in one block or one a block, up to the next label
        // or text: each must be a person, four at most (a paragraph under the label is
        // no field).
        let lines = head
            .get(k + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| !b.content.trim_end_matches(is_space).ends_with([':', '：']))
            .flat_map(|b| b.content.lines())
            .take(5);
        let mut people = Vec::new();
        for line in lines {
            match field_person(line) {
                Some(p) => people.push(p),
                None => break,
            }
        }
        if people.is_empty() || people.len() > 4 {
            continue;
        }
        for person in people {
            let at = span_of(src, person);
            rec.decide(RuleId::FieldCredit, at, Verdict::Credit(role));
            credits.push(Credit {
                role,
                label: Cow::Borrowed(name),
                name: Cow::Borrowed(person),
                span: at,
            });
        }
    }
}

/// The person a field's line names (see `field_credits`): `Ms. Shou Xiaoli, spokesperson
/// of ...` → `Shou Xiaoli`; a name alone; none when the part before the comma is no
/// person's name.
fn field_person(line: &str) -> Option<&str> {
    let t = line.trim_matches(is_space);
    let head = t
        .split([',', '('])
        .next()
        .unwrap_or(t)
        .trim_end_matches(is_space);
    let titled = ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Madam ", "Prof. "]
        .iter()
        .find_map(|h| head.strip_prefix(h));
    // After an honorific, a name; without one, a Chinese name in pinyin (`Ningbo Port
    // Council`, `Harbour Economics` are no persons).
    match titled {
        Some(name) => super::text::personal_name(name).then_some(name),
        None => super::block::pinyin_name(head).then_some(head),
    }
}

/// Rule `speaker_in_title`: the speaker a speech's title names is a credit.
fn speaker_credit<'a, R: Recorder>(
    src: &'a str,
    metadata: &Metadata<'a>,
    credits: &mut Vec<Credit<'a>>,
    rec: &mut R,
) {
    let Some(Cow::Borrowed(title)) = metadata.title else {
        return;
    };
    let (label, name, role) = match credit::speaker_in_title(title) {
        Some((label, name)) => (label, name, CreditRole::Speaker),
        None => match credit::writer_in_title(title) {
            Some((label, name)) => (label, name, CreditRole::Author),
            None => return,
        },
    };
    let (at, by) = (span_of(src, name), span_of(src, label));
    rec.decide(RuleId::SpeakerInTitle, at, Verdict::Credit(role));
    credits.push(Credit {
        role,
        label: Cow::Borrowed(label),
        name: Cow::Borrowed(name),
        // From the label to the name (`Remarks by ... Wei Minghua`); the name alone when
        // the label follows it (`Xi Jinping's keynote speech`).
        span: Span::new(at.start.min(by.start), at.end),
    });
}

/// Rule `writer_position`: the writer's position, on the line under the byline's name or
/// in a closing note on the author by name, is a note on the author; a sign-off at the
/// end (the name over the position) gives the author too.
fn writer_position<'a, R: Recorder>(
    src: &'a str,
    blocks: &Blocks<'a>,
    metadata: &Metadata<'a>,
    credits: &mut Vec<Credit<'a>>,
    rec: &mut R,
) {
    let list = &blocks.blocks;
    let front = list.get(..blocks.body_start).unwrap_or_default();
    let mut found: Option<&'a str> = front.windows(2).find_map(|pair| match pair {
        [name, line]
            if name_byline(name)
                && matches!(line.kind, BlockKind::Dek | BlockKind::Byline)
                && credit::position_line(line.content) =>
        {
            Some(line.content)
        }
        _ => None,
    });
    if found.is_none() {
        if let Some(author) = metadata.author.as_deref() {
            let from = list.len().saturating_sub(WRITER_NOTE_REACH);
            found = list
                .get(from.max(blocks.body_start)..)
                .unwrap_or_default()
                .iter()
                .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Credit))
                .find_map(|b| credit::closing_author_note(b.content, author));
        }
    }
    // A sign-off at the end: the writer's name over the position (`Hannah Ostrowski` /
    // `Editor, China Policy Brief`); the name is an author's credit.
    if found.is_none() {
        let from = list.len().saturating_sub(WRITER_NOTE_REACH);
        let tail = list.get(from.max(blocks.body_start)..).unwrap_or_default();
        // On two lines of one block, or on two blocks of a line each, one right under
        // the other (a text that is not hard-wrapped reads them as a heading and its
        // subtitle).
        let sign_off = tail.iter().enumerate().find_map(|(k, b)| {
            sign_off(b.content).or_else(|| {
                let next = tail.get(k + 1)?;
                let gap = src.get(b.span.end..next.span.start)?;
                if gap.matches('\n').count() != 1 || !gap.trim_matches(is_space).is_empty() {
                    return None;
                }
                sign_off_lines(b.content, next.content)
            })
        });
        if let Some((name, position)) = sign_off {
            let at = span_of(src, name);
            let credit = (CreditRole::Author, "", name, at);
            push_credit(credits, RuleId::WriterPosition, credit, rec);
            found = Some(position);
        }
    }
    let Some(position) = found else { return };
    let at = span_of(src, position);
    if credits
        .iter()
        .any(|c| c.role == CreditRole::AboutAuthor && c.span == at)
    {
        return;
    }
    let credit = (CreditRole::AboutAuthor, "", position, at);
    push_credit(credits, RuleId::WriterPosition, credit, rec);
    credits.sort_by_key(|c| c.span.start);
}

/// Adds the credit `(role, label, name, span)` that `rule` found, and records it.
fn push_credit<'a, R: Recorder>(
    credits: &mut Vec<Credit<'a>>,
    rule: RuleId,
    (role, label, name, span): (CreditRole, &'a str, &'a str, Span),
    rec: &mut R,
) {
    rec.decide(rule, span, Verdict::Credit(role));
    credits.push(Credit {
        role,
        label: Cow::Borrowed(label),
        name: Cow::Borrowed(name),
        span,
    });
}

/// Rule `lede_reporters`: the reporters a wire story names in parentheses after its
/// dateline, as Xinhua prints them in Chinese and translations keep them (`Xinhua News
/// Agency, Beijing, December 24th (Reporters Liu Xu, Wang Yue) The Central Rural Work
/// Conference ...`, `（记者 刘旭、王悦）`), within the first 300 bytes of the lede.
fn lede_reporters<'a, R: Recorder>(
    src: &'a str,
    blocks: &Blocks<'a>,
    credits: &mut Vec<Credit<'a>>,
    rec: &mut R,
) {
    // The lede (front matter ends with it), else the body's first paragraph.
    let Some(lede) = blocks
        .blocks
        .iter()
        .take(blocks.body_start)
        .find(|b| b.kind == BlockKind::Lede)
        .or_else(|| {
            blocks
                .blocks
                .iter()
                .skip(blocks.body_start)
                .take(2)
                .find(|b| b.kind == BlockKind::Paragraph)
        })
    else {
        return;
    };
    let h = head(lede.content, 300);
    let Some((label, name)) = ["(Reporters ", "(Reporter ", "（记者", "(记者"]
        .iter()
        .find_map(|open| {
            let at = h.find(open)?;
            let rest = h.get(at + open.len()..)?;
            let close = rest.find([')', '）'])?;
            let label = h.get(at + open.chars().next()?.len_utf8()..at + open.len())?;
            Some((
                label.trim_matches(is_space),
                rest.get(..close)?.trim_matches(is_space),
            ))
        })
    else {
        return;
    };
    let words = super::text::word_count(name);
    if name.is_empty() || words > 8 || name.contains(|c: char| c.is_ascii_digit()) {
        return;
    }
    let at = span_of(src, name);
    rec.decide(
        RuleId::LedeReporters,
        at,
        Verdict::Credit(CreditRole::Reporter),
    );
    let span = Span::new(span_of(src, label).start, at.end);
    credits.push(Credit {
        role: CreditRole::Reporter,
        label: Cow::Borrowed(label),
        name: Cow::Borrowed(name),
        span,
    });
    credits.sort_by_key(|c| c.span.start);
}

/// A sign-off of two lines, a name over a position: `Hannah Ostrowski` / `Editor, China
/// Policy Brief`. The name is two to four capitalised words without digits or
/// punctuation.
fn sign_off(c: &str) -> Option<(&str, &str)> {
    let mut lines = c.lines().map(|l| l.trim_matches(is_space));
    let (Some(name), Some(position), None) = (lines.next(), lines.next(), lines.next()) else {
        return None;
    };
    sign_off_lines(name, position)
}

/// [`sign_off`] on its two lines.
fn sign_off_lines<'a>(name: &'a str, position: &'a str) -> Option<(&'a str, &'a str)> {
    let (name, position) = (name.trim_matches(is_space), position.trim_matches(is_space));
    if name.contains('\n') || position.contains('\n') {
        return None;
    }
    let words = super::text::word_count(name);
    // A person's name, not a heading (`Looking Ahead`, `Implementation Review`): no word
    // with the ending of a verb's or a noun's form.
    let name_like = (2..=4).contains(&words)
        && name.split(is_space).filter(|w| !w.is_empty()).all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !["ing", "ion", "ment", "ness", "ahead"]
                    .iter()
                    .any(|end| w.to_ascii_lowercase().ends_with(end))
        });
    (name_like && credit::position_line(position)).then_some((name, position))
}

/// Blocks looked at from the end for a closing note on the author.
const WRITER_NOTE_REACH: usize = 6;

/// A byline that is a name alone on its line (`Helena Varga`, `By ZHOU HANMING`): no
/// date, no digits, no comma (`Ana Costa, Senior Fellow` has its position already), at
/// most five words.
fn name_byline(b: &RawBlock<'_>) -> bool {
    let c = b.content.trim_matches(is_space);
    b.kind == BlockKind::Byline
        && !c.contains(['\n', ','])
        && !c.bytes().any(|b| b.is_ascii_digit())
        && !super::text::more_words_than(c, 5)
}

/// The issuers a notice's signature in the body names (`General Office of the State
/// Council`), an author credit each: an issuer's line (see
/// [`super::block::issuer_line`]) of capitalised words and their connectors; not a
/// running footer, not a name credited already.
fn signers<'a>(src: &'a str, content: &'a str, credits: &mut Vec<Credit<'a>>) {
    if content.bytes().any(|c| c.is_ascii_digit()) {
        return;
    }
    for line in content.lines().map(|l| l.trim_matches(is_space)) {
        let issuer = super::block::issuer_line(line)
            && line.split(is_space).filter(|w| !w.is_empty()).all(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(w, "of" | "the" | "and" | "for" | "on")
            })
            && !line.contains("   ");
        let known = credits.iter().any(|c| c.name == line);
        if issuer && !known {
            credits.push(Credit {
                role: CreditRole::Author,
                label: Cow::Borrowed(""),
                name: Cow::Borrowed(line),
                span: span_of(src, line),
            });
        }
    }
}

/// Credit lines, photo credits and obligations in the rest of the text, and the date and
/// publisher that credit lines, front matter and datelines give when bylines did not.
fn credits_and_obligations<'a>(
    src: &'a str,
    blocks: &Blocks<'a>,
    metadata: &mut Metadata<'a>,
    credits: &mut Vec<Credit<'a>>,
) -> Vec<Obligation<'a>> {
    let list = &blocks.blocks;
    let obligation_count = list
        .iter()
        .take(blocks.body_end)
        .skip(blocks.body_start)
        .filter(|b| b.kind == BlockKind::Obligation && b.lead.is_some())
        .count();
    let mut obligations = Vec::with_capacity(obligation_count);
    for (k, b) in list.iter().enumerate() {
        match b.kind {
            BlockKind::Paragraph
                if k + CLOSING_BLOCKS >= blocks.body_end
                    && !super::text::longer_than(b.content, 300) =>
            {
                // A closing note: `... in the China programme. Edited by Paul Okafor.`
                for p in &credit::later_credits(b.content) {
                    credits.push(credit(src, p));
                }
            }
            BlockKind::Credit => {
                let lexis_front = k < blocks.body_start
                    && list
                        .first()
                        .is_some_and(|f| super::header::lexis_counter(f.content));
                credit_block(src, b.content, lexis_front, metadata, credits);
            }
            BlockKind::Caption => {
                if let Some((_, p)) = photo_credit(b.content) {
                    credits.push(credit(src, &p));
                }
            }
            // A notice's signature in the body (rule `signature`): the issuer's one or two
            // lines over the date alone credit the issuers.
            BlockKind::Byline
                if k >= blocks.body_start
                    && list
                        .get(k + 1)
                        .is_some_and(|d| d.kind == BlockKind::Dateline) =>
            {
                signers(src, b.content, credits);
            }
            BlockKind::Obligation if k >= blocks.body_start && k < blocks.body_end => {
                if let Some(lead) = b.lead {
                    obligations.push(Obligation {
                        modality: lead.modality,
                        lead: Cow::Borrowed(b.lead_text()),
                        text: Cow::Borrowed(b.content),
                        span: span_of(src, b.content),
                    });
                }
            }
            _ => {}
        }
    }

    credits.sort_by_key(|c| c.span.start);
    // `BEIJING, March 1 (Xinhua) --`: the agency of the dateline, when nothing else names
    // a publisher.
    if metadata.publisher.is_none() {
        metadata.publisher = list
            .iter()
            .take(blocks.body_start + 1)
            .filter(|b| b.kind == BlockKind::Dateline)
            .find_map(|b| dateline_agency(b.content))
            .map(Cow::Borrowed);
    }
    obligations
}

/// The meeting the text reports: in the lede or the first paragraphs of the body, with
/// its dates; a year the dates do not print is taken from the publication date
/// `published`, and said so in a diagnostic.
fn meeting_of<'a>(
    src: &'a str,
    blocks: &Blocks<'a>,
    published: Option<Date>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Meeting<'a>> {
    let list = &blocks.blocks;
    let found = list
        .iter()
        .skip(blocks.body_start.saturating_sub(1))
        .filter(|b| {
            matches!(
                b.kind,
                BlockKind::Lede | BlockKind::Paragraph | BlockKind::ListLead | BlockKind::Item
            )
        })
        .take(3)
        .find_map(|b| meeting::find(head(b.content, 1200)));
    let f = found?;
    let mut start = f.dates.map(|(d, _)| d.start);
    let mut end = f.dates.map(|(d, _)| d.end);
    let mut year_inferred = false;
    if let Some((_, text)) = f.dates {
        let date_span = span_of(src, text);
        if start.is_some_and(|d| d.year().is_none()) {
            match published {
                Some(pubd) => {
                    let s = start.and_then(|d| infer_year(d, pubd));
                    let e = end.and_then(|e| {
                        let y = s?.year()?;
                        let wraps = (e.month(), e.day()) < (s?.month(), s?.day());
                        e.with_year(if wraps { y + 1 } else { y })
                    });
                    if let (Some(s), Some(e), Some(year)) = (s, e, s.and_then(|s| s.year())) {
                        start = Some(s);
                        end = Some(e);
                        year_inferred = true;
                        diagnostics.push(Diagnostic::of(
                            Finding::YearInferred {
                                date: text,
                                year,
                                published: pubd,
                            },
                            date_span,
                        ));
                    }
                }
                None => diagnostics.push(Diagnostic::of(
                    Finding::YearUnknown { date: text },
                    date_span,
                )),
            }
        }
    }
    Some(Meeting {
        name: f.name.map(Cow::Borrowed),
        place: f.place.map(Cow::Borrowed),
        start,
        end,
        year_inferred,
        span: span_of(src, f.sentence),
    })
}

/// Rule `date_from_meeting`: a document that nothing else dates is dated by the first day
/// of the meeting it reports, when that date prints its year (a declaration or a
/// communiqué without a dateline: `We, the Leaders, met in New Delhi on 9-10 September
/// 2023`).
fn date_from_meeting<R: Recorder>(metadata: &mut Metadata<'_>, rec: &mut R) {
    if metadata.date.is_some() {
        return;
    }
    let Some(m) = &metadata.meeting else { return };
    if let Some(d) = m.start.filter(|d| d.year().is_some()) {
        metadata.date = Some(d);
        rec.decide(RuleId::DateFromMeeting, m.span, Verdict::Date(d));
    }
}

/// The items of the achievements and principles lists, as typed items.
fn typed_items<'a>(enumerations: &[Enumeration<'a>]) -> (Vec<Achievement<'a>>, Vec<Principle<'a>>) {
    let items_of = |kind: EnumerationKind| -> usize {
        enumerations
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.items.len())
            .sum()
    };
    let mut achievements = Vec::with_capacity(items_of(EnumerationKind::Achievements));
    let mut principles = Vec::with_capacity(items_of(EnumerationKind::Principles));
    for e in enumerations {
        match e.kind {
            EnumerationKind::Achievements => {
                achievements.extend(e.items.iter().map(|i| Achievement {
                    ordinal: i.ordinal,
                    marker: i.marker.clone(),
                    text: i.text.clone(),
                    span: i.span,
                }));
            }
            EnumerationKind::Principles => {
                principles.extend(e.items.iter().map(|i| Principle {
                    ordinal: i.ordinal,
                    modality: obligation_lead(&i.text).map(|l| l.modality),
                    text: i.text.clone(),
                    span: i.span,
                }));
            }
            _ => {}
        }
    }
    (achievements, principles)
}

/// What the text as a whole shows: a cut mid-sentence, control characters, nothing at all.
fn whole_text_findings(src: &str, blocks: &Blocks<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let list = &blocks.blocks;
    // A text cut off mid-sentence.
    if let Some(last) = list
        .get(blocks.body_start.saturating_sub(1)..blocks.body_end)
        .and_then(|body| body.iter().rev().find(|b| b.kind != BlockKind::Caption))
    {
        let c = last.content;
        let cut = !ends_terminal(c)
            && c.ends_with(char::is_alphanumeric)
            && !matches!(
                last.kind,
                BlockKind::Heading | BlockKind::Subtitle | BlockKind::Title
            );
        if cut {
            let word_start = c.rfind(|ch: char| !ch.is_alphanumeric()).map_or(0, |i| {
                i + c
                    .get(i..)
                    .and_then(|t| t.chars().next())
                    .map_or(1, char::len_utf8)
            });
            let word = c.get(word_start..).unwrap_or("");
            diagnostics.push(Diagnostic::of(
                Finding::Truncated { word },
                span_of(src, word),
            ));
        }
    }

    if let Some(at) = first_control(src.as_bytes()) {
        if let Some(&byte) = src.as_bytes().get(at) {
            diagnostics.push(Diagnostic::of(
                Finding::ControlCharacter { byte },
                Span::new(at, at + 1),
            ));
        }
    }
    if list.is_empty() {
        diagnostics.push(Diagnostic::of(Finding::Empty, Span::new(0, 0)));
    }
}

#[cfg(test)]
mod tests {
    use super::{head, yaml_list};

    /// `head` as defined: the first `n` counted bytes (a run of whitespace counting as
    /// one), cut before the next counted byte, on a character boundary.
    fn head_by_definition(s: &str, n: usize) -> &str {
        let (mut counted, mut in_space) = (0, false);
        for (i, b) in s.bytes().enumerate() {
            let space = b.is_ascii_whitespace();
            if !(space && in_space) {
                if counted == n {
                    let mut end = i;
                    while !s.is_char_boundary(end) {
                        end -= 1;
                    }
                    return &s[..end];
                }
                counted += 1;
            }
            in_space = space;
        }
        s
    }

    #[test]
    fn yaml_lists_of_authors() {
        assert_eq!(
            yaml_list(r#"["Hannah Weiss", "Zhou Ming"]"#),
            vec!["Hannah Weiss", "Zhou Ming"]
        );
        assert_eq!(
            yaml_list(r#"["Li, Wen", 'Zhou Ming']"#),
            vec!["Li, Wen", "Zhou Ming"]
        );
        assert_eq!(
            yaml_list("Li Wen, Senior Fellow"),
            vec!["Li Wen, Senior Fellow"]
        );
        assert!(yaml_list("[]").is_empty());
    }

    #[test]
    fn head_counts_whitespace_runs_once() {
        let texts = [
            "",
            "abc",
            "  \t leading spaces",
            "a  b\r\n\r\nc d e f g h",
            "The meeting  was held\r\n in Beijing on  Monday. Its work   goes on.",
            "Côte d’Ivoire   and   Zhōngguó   会议   here",
        ];
        for t in texts {
            for n in 0..t.len() + 2 {
                assert_eq!(head(t, n), head_by_definition(t, n), "{t:?} {n}");
            }
        }
        let long = "word  ".repeat(400) + "\r\n\r\n" + &"é ".repeat(300);
        for n in [0, 1, 5, 600, 1199, 1200, 1201, 2000] {
            assert_eq!(head(&long, n), head_by_definition(&long, n), "{n}");
        }
    }
}
