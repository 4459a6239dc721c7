//! Credit lines (`Producer: Li Zhe, Editor-in-chief: Ma Wenjia.`, `Edited by Ma Weilu
//! Proofread by Gao Shaozhuo.`, `(Web editor: Wu Chaolan, Bianji)`, `Source: Xinhua`),
//! notes on the author (`The writer is ...`) and photo credits (`(Xinhua/Ju Peng)`,
//! `(Photo by China Daily)`).

use crate::lexicon::words::{OFFICE_WORDS, POSITION_WORDS, SPEECH_WORDS};
use crate::rules::RuleId;
use nom::branch::alt;
use nom::bytes::complete::tag;

use nom::Parser;
use nom::combinator::recognize;
use nom::sequence::terminated;

use super::text::{PResult, ascii_lower, is_space, offset_in, phrase_ci, run, sp0, sp1, tag_ci};
use crate::model::CreditRole;

/// One credit found in a line: role, label and name as sub-slices of the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CreditPart<'a> {
    pub(crate) role: CreditRole,
    pub(crate) label: &'a str,
    pub(crate) name: &'a str,
}

/// Role labels that take a colon: `Producer:`.
fn colon_label(i: &str) -> PResult<'_, CreditRole> {
    use CreditRole::*;
    alt((
        alt((
            tag_ci("editor-in-chief").map(|_| EditorInChief),
            phrase_ci("editor in chief").map(|_| EditorInChief),
            phrase_ci("chief editor").map(|_| EditorInChief),
            phrase_ci("editor in charge").map(|_| EditorInCharge),
            tag_ci("editor-in-charge").map(|_| EditorInCharge),
            phrase_ci("responsible editor").map(|_| EditorInCharge),
            phrase_ci("executive editor").map(|_| EditorInCharge),
            phrase_ci("web editor").map(|_| WebEditor),
            phrase_ci("video editor").map(|_| Editor),
            phrase_ci("copy editor").map(|_| Editor),
            tag_ci("editors").map(|_| Editor),
            tag_ci("editor").map(|_| Editor),
        )),
        alt((
            tag_ci("proofreader").map(|_| Proofreader),
            tag_ci("proofreading").map(|_| Proofreader),
            tag_ci("producer").map(|_| Producer),
            alt((
                tag_ci("source(s)").map(|_| Source),
                tag_ci("sources").map(|_| Source),
                tag_ci("source").map(|_| Source),
                phrase_ci("original source").map(|_| Source),
                tag_ci("original").map(|_| Source),
            )),
            alt((tag_ci("authors"), tag_ci("author"))).map(|_| Author),
            alt((tag_ci("writers"), tag_ci("writer"))).map(|_| Author),
            tag_ci("from").map(|_| Source),
            tag_ci("reporters").map(|_| Reporter),
            tag_ci("reporter").map(|_| Reporter),
            tag_ci("correspondent").map(|_| Reporter),
            tag_ci("translator").map(|_| Translator),
            tag_ci("translation").map(|_| Translator),
            tag_ci("photographer").map(|_| Photo),
            tag_ci("photos").map(|_| Photo),
            tag_ci("photo").map(|_| Photo),
            alt((
                tag_ci("illustration"),
                tag_ci("illustrator"),
                tag_ci("graphics"),
                tag_ci("designer"),
                tag_ci("planner"),
                tag_ci("compiler"),
                tag_ci("layout"),
                tag_ci("hosts"),
                tag_ci("host"),
                tag_ci("guests"),
                tag_ci("guest"),
                tag_ci("convenors"),
                tag_ci("convenor"),
                tag_ci("conveners"),
                tag_ci("convener"),
                tag_ci("moderator"),
            ))
            .map(|_| Other),
        )),
    ))
    .parse(i)
}

/// Role labels that end in `by`: `Edited by`.
fn by_label(i: &str) -> PResult<'_, CreditRole> {
    use CreditRole::*;
    terminated(
        alt((
            tag_ci("edited").map(|_| Editor),
            tag_ci("proofread").map(|_| Proofreader),
            tag_ci("produced").map(|_| Producer),
            tag_ci("written").map(|_| Author),
            tag_ci("reported").map(|_| Reporter),
            tag_ci("reporting").map(|_| Reporter),
            phrase_ci("live reporting").map(|_| Reporter),
            tag_ci("editing").map(|_| Editor),
            tag_ci("posted").map(|_| Author),
            tag_ci("post").map(|_| Author),
            phrase_ci("translated and edited").map(|_| Translator),
            tag_ci("translated").map(|_| Translator),
            tag_ci("translation").map(|_| Translator),
            tag_ci("photos").map(|_| Photo),
            tag_ci("photo").map(|_| Photo),
            alt((
                tag_ci("compiled").map(|_| Other),
                tag_ci("prepared").map(|_| Author),
                tag_ci("polished").map(|_| Editor),
            )),
            tag_ci("designed").map(|_| Other),
            tag_ci("contributed").map(|_| Source),
            tag_ci("hosted").map(|_| Other),
            tag_ci("reviewed").map(|_| Other),
        )),
        // `Translated by: Zhou Yan`, as some pages print it.
        (sp1, tag_ci("by"), nom::combinator::opt(tag(":")), sp1),
    )
    .parse(i)
}

/// The first words of the labels in [`colon_label`] and [`by_label`], lowercase. A label
/// must be followed by a space or a colon, so its first word (a run of ASCII letters and
/// hyphens) is one of these exactly.
const LABEL_WORDS: &[&str] = &[
    "editing",
    "live",
    "posted",
    "post",
    "editor-in-chief",
    "editor-in-charge",
    "editor",
    "editors",
    "chief",
    "responsible",
    "executive",
    "web",
    "video",
    "copy",
    "proofreader",
    "proofreading",
    "producer",
    "source",
    "sources",
    "prepared",
    "polished",
    "author",
    "authors",
    "writer",
    "writers",
    "from",
    "reporters",
    "reporter",
    "correspondent",
    "translator",
    "translation",
    "photographer",
    "photos",
    "photo",
    "designer",
    "illustration",
    "illustrator",
    "graphics",
    "reporting",
    "planner",
    "compiler",
    "edited",
    "proofread",
    "produced",
    "written",
    "reported",
    "translated",
    "compiled",
    "designed",
    "contributed",
    "layout",
    "original",
    "reviewed",
    "hosted",
    "host",
    "hosts",
    "guest",
    "guests",
    "convenor",
    "convenors",
    "convener",
    "conveners",
    "moderator",
];

/// Whether `i` opens with the first word of a role label.
fn opens_label(i: &str) -> bool {
    let len = i
        .bytes()
        .take(17)
        .take_while(|b| b.is_ascii_alphabetic() || *b == b'-')
        .count();
    let mut buf = [0u8; 32];
    match (len, ascii_lower(i.get(..len).unwrap_or(""), &mut buf)) {
        (1..=16, Some(w)) => LABEL_WORDS.contains(&w),
        _ => false,
    }
}

/// Rule "Chinese credit label": the credit labels of Chinese pages, printed untranslated
/// on bilingual or machine-translated pages: `来源` (source), `责任编辑` (editor in
/// charge), `编辑` (editor), `作者` (author), `记者` (reporter), `摄影` (photo), `校对`
/// (proofreader), `翻译` (translator), and a WeChat post's footer's `审核` (reviewing
/// editor), `监制` (producer), `实习生` (intern) and `排版` (typesetter). Like the English labels they need a colon after
/// them (`来源：新华社`), so the words inside a sentence are not labels. Pinned by
/// `chinese_labels`.
fn chinese_label(i: &str) -> PResult<'_, CreditRole> {
    use CreditRole::*;
    alt((
        tag("来源").map(|_| Source),
        tag("责任编辑").map(|_| EditorInCharge),
        tag("责编").map(|_| EditorInCharge),
        tag("编辑").map(|_| Editor),
        tag("作者").map(|_| Author),
        tag("记者").map(|_| Reporter),
        tag("摄影").map(|_| Photo),
        tag("校对").map(|_| Proofreader),
        tag("翻译").map(|_| Translator),
        tag("审核").map(|_| Editor),
        tag("监制").map(|_| Producer),
        tag("实习生").map(|_| Other),
        tag("排版").map(|_| Other),
    ))
    .parse(i)
}

/// The first characters of the labels in [`chinese_label`].
const CHINESE_LABEL_FIRST: &[char] = &[
    '来', '责', '编', '作', '记', '摄', '校', '翻', '审', '监', '实', '排',
];

/// A role label with its separator; returns the role and the label as printed.
fn role_label(i: &str) -> PResult<'_, (CreditRole, &str)> {
    let start = i;
    let (rest, role) = if opens_label(i) {
        alt((
            by_label,
            terminated(colon_label, (sp0, alt((tag(":"), tag("："))), sp0)),
        ))
        .parse(i)?
    } else if i.starts_with(CHINESE_LABEL_FIRST) {
        terminated(chinese_label, (sp0, alt((tag(":"), tag("："))), sp0)).parse(i)?
    } else {
        // Every label opens with one of a few words; most words are none of them.
        return Err(nom::Err::Error(()));
    };
    let used = start.get(..start.len() - rest.len()).unwrap_or("");
    let label = used
        .trim_end_matches(is_space)
        .trim_end_matches([':', '：'])
        .trim_end_matches(is_space);
    // `Edited by`: the label keeps `by`.
    Ok((rest, (role, label)))
}

/// Rule "Chinese credit label": the rule that makes the credit line `line` a credit, given
/// `otherwise`, the rule of the place it sits in. A line whose label is printed in Chinese
/// (`责任编辑：李哲`, `(来源：新华社)`) is a credit by this rule wherever it sits; the
/// labels are those of [`chinese_label`], the brackets those [`credit_line`] takes.
pub(crate) fn credit_rule(line: &str, otherwise: RuleId) -> RuleId {
    let s = line.trim_matches(is_space).trim_start_matches(['(', '[']);
    if s.starts_with(CHINESE_LABEL_FIRST) && role_label(s).is_ok() {
        RuleId::ChineseCreditLabel
    } else {
        otherwise
    }
}

fn trim_name(s: &str) -> &str {
    // A bar sets credits apart on one line: `Editor: Wang Xin | Source: Xinhua`.
    let t = s.trim_matches(|c: char| {
        is_space(c) || matches!(c, ',' | ';' | '.' | '，' | '；' | '。' | '|' | '｜' | '丨')
    });
    // `Edited by Ann Lee and compiled by ...`: the `and` before the next label is not the
    // name's.
    t.strip_suffix(" and")
        .map_or(t, |n| n.trim_end_matches(is_space))
}

/// Rule `staff_note`: a sentence at a newsletter's or report's end that says who made it
/// (`The Digest is edited by Dr Helen Marsh and compiled by Li Ruoxi and Tom Okafor.`,
/// `Transcript edited for length and clarity by Hannah Berg.`): a subject of at most six
/// words and `is`, `are`, `was`, `were` or `has been` (or a subject of one or two words
/// alone), then role labels ending in `by` ([`by_label`]), or one such word with a `for`
/// phrase of at most five words before its `by`, each with a capitalised name. Returns the
/// credits; empty when the sentence is not one.
pub(crate) fn staff_note(line: &str) -> Vec<CreditPart<'_>> {
    let s = line.trim_matches(is_space);
    // Most blocks are told by this alone.
    if !s.contains(" by ") || !s.starts_with(char::is_uppercase) {
        return Vec::new();
    }
    let first = super::text::sentence_ends(s)
        .next()
        .and_then(|e| s.get(..e))
        .unwrap_or(s);
    if super::text::longer_than(first, 240) {
        return Vec::new();
    }
    // The label's place: the word before the first ` by ` or ` for `, among the first
    // eight words.
    let word_before = |i: usize| first.get(..i).and_then(|h| h.rfind(' ')).map(|k| k + 1);
    let starts = [first.find(" by "), first.find(" for ")]
        .into_iter()
        .flatten()
        .filter_map(word_before)
        .filter(|&at| !super::text::more_words_than(first.get(..at).unwrap_or(""), 8));
    for at in starts {
        let rest = first.get(at..).unwrap_or("");
        let labelled = by_label(rest).is_ok();
        let with_for = if labelled { None } else { for_phrase(rest) };
        if !labelled && with_for.is_none() {
            continue;
        }
        let subject = first.get(..at).unwrap_or("").trim_end_matches(is_space);
        let verb = ["has been", "have been", "is", "are", "was", "were"]
            .iter()
            .find_map(|v| subject.strip_suffix(v).filter(|s| s.ends_with(' ')));
        let fits = match verb {
            Some(sub) => !super::text::more_words_than(sub, 6) && names_publication(sub),
            None => !super::text::more_words_than(subject, 2) && names_publication(subject),
        };
        if !fits {
            return Vec::new();
        }
        let parts = match with_for {
            Some(part) => vec![part],
            None => credit_line(rest),
        };
        return if !parts.is_empty() && parts.iter().all(maker_credit) {
            parts
        } else {
            Vec::new()
        };
    }
    Vec::new()
}

/// Words of a staff note's subject that name what was made: `The Digest`, `This
/// newsletter`, `Transcript`.
const PUBLICATIONS: &[&str] = &[
    "digest",
    "newsletter",
    "bulletin",
    "briefing",
    "brief",
    "report",
    "transcript",
    "issue",
    "edition",
    "podcast",
    "episode",
    "article",
    "translation",
    "summary",
    "note",
    "notes",
    "review",
    "monitor",
    "tracker",
    "weekly",
    "dispatch",
    "roundup",
];

/// Whether a staff note's subject names a publication (a word of [`PUBLICATIONS`]: `The
/// Digest`, `This newsletter`, `Transcript`).
fn names_publication(subject: &str) -> bool {
    subject
        .split(is_space)
        .filter(|w| !w.is_empty())
        .any(|w| PUBLICATIONS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// A credit of who made a text: a label of editing, compiling, writing, producing,
/// translating, proofreading or photography ending in `by` (not `hosted by`, `contributed
/// by`: what a meeting or a fund had), with a name of at most six words, capitalised but
/// for `and`, `of` and `the`.
fn maker_credit(p: &CreditPart<'_>) -> bool {
    let label = p.label.to_ascii_lowercase();
    let maker = [
        "edited",
        "editing",
        "compiled",
        "written",
        "produced",
        "translated",
        "proofread",
        "photo",
    ]
    .iter()
    .any(|w| label.starts_with(w));
    maker
        && label.ends_with(" by")
        && !super::text::more_words_than(p.name, 6)
        && p.name
            .split(is_space)
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "of" | "the"))
}

/// Rule `staff_note`, for the sentences after a short closing block's first: one that is
/// a credit line of [`maker_credit`]s (`Edited by Paul Okafor.`) or a staff note gives its
/// credits.
pub(crate) fn later_credits(block: &str) -> Vec<CreditPart<'_>> {
    let s = block.trim_matches(|c: char| is_space(c) || c == '*' || c == '_');
    if !s.contains(" by ") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = match super::text::sentence_ends(s).next() {
        Some(e) => e,
        None => return out,
    };
    let ends: Vec<usize> = super::text::sentence_ends(s)
        .skip(1)
        .chain(core::iter::once(s.len()))
        .collect();
    for end in ends {
        if end <= from {
            continue;
        }
        let sentence = s.get(from..end).unwrap_or("").trim_matches(is_space);
        from = end;
        let mut parts = credit_line(sentence);
        if parts.is_empty() || !parts.iter().all(maker_credit) {
            parts = staff_note(sentence);
        }
        out.extend(parts);
    }
    out
}

/// `edited for length and clarity by Hannah Berg`: a role's word, a `for` phrase of at
/// most five words, `by` and the name.
fn for_phrase(t: &str) -> Option<CreditPart<'_>> {
    use CreditRole::*;
    let (word, rest) = t.split_once(' ')?;
    let role = match word.to_ascii_lowercase().as_str() {
        "edited" => Editor,
        "translated" => Translator,
        "produced" => Producer,
        "compiled" => Other,
        _ => return None,
    };
    let rest = rest.strip_prefix("for ")?;
    let by = rest.find(" by ")?;
    if super::text::more_words_than(rest.get(..by)?, 5) {
        return None;
    }
    let label_len = word.len() + 1 + 4 + by + 3;
    let name = trim_name(t.get(label_len..)?);
    (!name.is_empty()).then_some(CreditPart {
        role,
        label: t.get(..label_len)?,
        name,
    })
}

/// Where a credit's name `n` ends before the next label: at a wide gap, a line break, the
/// end of a sentence, or a bar before a date. `None` when none of them is in it.
fn name_gap(n: &str) -> Option<usize> {
    // A wide gap ends a name: `Source: Teaching Department    Views: 1,204`,
    // `来源：新华社　　发布时间：`.
    // So does a line break: `Layout: Kristine Ozola` over `ISSN 2736-4410`; and the
    // end of a sentence after a name of two words or more (`Produced by Tariq Aziz.
    // Transcript edited ...`; an initial's full stop, `M. Ortega`, ends nothing).
    let sentence_end = |n: &str| {
        n.match_indices(". ").map(|(i, _)| i).find(|&i| {
            let before = n.get(..i).unwrap_or("");
            let last = before.rsplit(is_space).next().unwrap_or("");
            let next = n.get(i + 2..).unwrap_or("");
            let title = [
                "Dr", "Prof", "Mr", "Mrs", "Ms", "Amb", "Gen", "Sen", "Hon", "Gov", "Rep", "St",
                "Jr", "Sr", "Col", "Capt", "Lt",
            ]
            .contains(&last);
            last.chars().count() > 2
                && !title
                && super::text::more_words_than(before, 1)
                && next.starts_with(|c: char| c.is_uppercase())
        })
    };
    // A line that ends in `,` or `and` goes on with the names on the next.
    let line_end = |n: &str| {
        n.find(['\n', '\r']).filter(|&i| {
            let before = n.get(..i).unwrap_or("").trim_end_matches(is_space);
            !before.ends_with(',') && !before.ends_with(" and")
        })
    };
    // A bar before a date ends a name too: `Source: Xinhua | 2018-05-31 19:02:47`, and
    // before a date under one word of its own (`| posted 2017-04-11`, `| Updated:
    // ...`).
    let bar_date = |n: &str| {
        n.match_indices(['|', '｜']).map(|(i, _)| i).find(|&i| {
            let after = n.get(i..).unwrap_or("");
            let after = after
                .get(after.chars().next().map_or(0, char::len_utf8)..)
                .unwrap_or("")
                .trim_start_matches(is_space);
            super::date::find_date(after).is_some_and(|(at, _, _)| {
                let word = after.get(..at).unwrap_or("").trim_end_matches(is_space);
                let word = word.strip_suffix(':').unwrap_or(word);
                word.len() <= 12 && word.chars().all(|c| c.is_ascii_alphabetic())
            })
        })
    };
    let wide_gap = |n: &str| {
        [
            n.find('\u{3000}'),
            n.find("  "),
            // `Edited by Katrin Vogel, with contributions from ...`.
            n.find(", with "),
            line_end(n),
            sentence_end(n),
            bar_date(n),
        ]
        .into_iter()
        .flatten()
        .min()
    };
    wide_gap(n)
}

/// The credits of a line that starts with a role label (inside optional parentheses).
/// Empty when the line is not a credit line.
pub(crate) fn credit_line(line: &str) -> Vec<CreditPart<'_>> {
    let mut out = Vec::new();
    credit_parts(line, |part| {
        out.push(part);
        true
    });
    out
}

/// Whether `line` is a credit line: [`credit_line`] would not be empty. Stops at the
/// first credit and allocates nothing.
pub(crate) fn is_credit_line(line: &str) -> bool {
    let mut found = false;
    credit_parts(line, |_| {
        found = true;
        false
    });
    found
}

/// The closing credits of wire and newspaper stories, without a label of the usual kind:
/// `With assistance from Rosa Tang` (the sign-off dash gone), `Xinhua contributed to this
/// story.` The names: at most six words, capitalised (`and` between them).
fn closing_credit(s: &str) -> Option<CreditPart<'_>> {
    let s = s.trim_matches(|c: char| is_space(c) || c == '*' || c == '_');
    // Most lines are told by their first and last bytes: `W...`, or `...y.` (`story.`),
    // `...t.` (`report.`), `...e.` (`article.`).
    let bytes = s.as_bytes();
    let opens = matches!(bytes.first(), Some(b'W' | b'w'));
    let closes = bytes.len() > 2
        && bytes.last() == Some(&b'.')
        && matches!(bytes.get(bytes.len() - 2), Some(b'y' | b't' | b'e'));
    if !opens && !closes {
        return None;
    }
    let short_names = |n: &str| {
        !n.is_empty()
            && !super::text::more_words_than(n, 6)
            && n.split(is_space)
                .filter(|w| !w.is_empty())
                .all(|w| w == "and" || w.starts_with(char::is_uppercase))
    };
    for (opening, role) in [
        ("with assistance from ", CreditRole::Reporter),
        ("with input from ", CreditRole::Other),
    ] {
        if s.get(..opening.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(opening))
        {
            let label = s.get(..opening.len() - 1)?;
            let name = trim_name(s.get(opening.len()..)?);
            return short_names(name).then_some(CreditPart { role, label, name });
        }
    }
    for tail in [
        " contributed to this story.",
        " contributed to this report.",
        " contributed to this article.",
    ] {
        if let Some(at) = s.len().checked_sub(tail.len()) {
            if s.get(at..).is_some_and(|t| t.eq_ignore_ascii_case(tail)) {
                let name = s.get(..at)?.trim_matches(is_space);
                let label = s.get(at + 1..s.len() - 1)?;
                // A contributor, a reporter or an outlet: not the publisher.
                return short_names(name).then_some(CreditPart {
                    role: CreditRole::Other,
                    label,
                    name,
                });
            }
        }
    }
    None
}

/// A credit line without a sign-off dash before it (`-- Contributed by Tomas Reyes`) and
/// without the brackets around it (`(Web editor: ...)`, `【责任编辑：...】`); and whether it
/// had brackets.
fn unwrapped(line: &str) -> (&str, bool) {
    let mut s = line.trim_matches(is_space);
    for dash in ["--", "—", "–"] {
        if let Some(rest) = s.strip_prefix(dash) {
            if rest.starts_with(is_space) {
                s = rest.trim_start_matches(is_space);
                break;
            }
        }
    }
    match s
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .or_else(|| s.strip_prefix('[').and_then(|t| t.strip_suffix(']')))
        .or_else(|| s.strip_prefix('（').and_then(|t| t.strip_suffix('）')))
        .or_else(|| s.strip_prefix('【').and_then(|t| t.strip_suffix('】')))
    {
        Some(inner) => (inner, true),
        None => (s, false),
    }
}

/// A Chinese credit in brackets after the outlet's name (`中国日报网英语点津 编辑：丹妮`):
/// hands the name to `each` as the source and returns the text from the label on; `None`
/// when no label follows a space, or `each` wants no more.
fn outlet_before_label<'a>(
    s: &'a str,
    each: &mut impl FnMut(CreditPart<'a>) -> bool,
) -> Option<&'a str> {
    let at = s
        .char_indices()
        .filter(|&(i, c)| {
            CHINESE_LABEL_FIRST.contains(&c) && s.get(..i).is_some_and(|h| h.ends_with(is_space))
        })
        .map(|(i, _)| i)
        .find(|&i| s.get(i..).is_some_and(|t| role_label(t).is_ok()))?;
    let source = s.get(..at)?.trim_matches(is_space);
    let more = !source.is_empty()
        && !source.contains(char::is_whitespace)
        && each(CreditPart {
            role: CreditRole::Source,
            label: "",
            name: source,
        });
    more.then(|| s.get(at..)).flatten()
}

/// Hands each credit of `line` to `each`, in order, while `each` returns true.
fn credit_parts<'a>(line: &'a str, mut each: impl FnMut(CreditPart<'a>) -> bool) {
    let (s, bracketed) = unwrapped(line);
    if let Some(part) = closing_credit(s) {
        each(part);
        return;
    }
    // A label set in bold: `**Source:** Qiushi Journal`.
    let s = s.strip_prefix("**").unwrap_or(s);
    // A label ends with `:` or `by` within its first few words.
    let head = super::text::head(s, 40).as_bytes();
    let by = |i: usize| {
        i >= 2
            && head.get(i - 2..i + 2).is_some_and(|w| {
                w.first() == Some(&b' ')
                    && w.get(1).is_some_and(|b| b.eq_ignore_ascii_case(&b'b'))
                    && w.get(3) == Some(&b' ')
            })
    };
    let labelled =
        memchr::memchr2(b':', 0xBC, head).is_some() || memchr::memchr_iter(b'y', head).any(by);
    if !labelled {
        return;
    }
    let s = match (bracketed, role_label(s)) {
        (true, Err(_)) if !s.is_ascii() => match outlet_before_label(s, &mut each) {
            Some(rest) => rest,
            None => return,
        },
        _ => s,
    };
    let Ok((mut rest, (mut role, mut label))) = role_label(s) else {
        return;
    };
    // `Prepared by the Ministry of Finance over six months, the draft raises ...` opens a
    // sentence: a clause in lower case after a comma.
    let prose = ["prepared", "compiled"].iter().any(|w| {
        label
            .get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    }) && rest
        .split(", ")
        .skip(1)
        .any(|p| p.starts_with(char::is_lowercase) && !p.starts_with("and "));
    // `Translation: The 15th Five-Year Plan Recommendations, Part I, Section 3 ("Main
    // Goals")` labels a translated text's title, not its translator: what follows names a
    // document (an article, a number, a quotation or brackets), not people.
    let titled = label.eq_ignore_ascii_case("translation") && {
        let value = rest.trim_start_matches([':', ' ']);
        // A name with its institution in brackets (`Rogier Mensink (Leiden University)`)
        // is a translator's.
        let head = value.split('(').next().unwrap_or("").trim_matches(is_space);
        value.starts_with("The ")
            || head.contains(|c: char| c.is_ascii_digit() || matches!(c, '"' | '“'))
            || value.contains('(') && !super::text::titled_name(head)
    };
    if prose || titled {
        return;
    }
    let unbold = |r: &'a str| match r.strip_prefix("**") {
        Some(r) => r.trim_start_matches(is_space),
        None => r,
    };
    rest = unbold(rest);
    loop {
        // The name runs to the next role label at a word start, or to the end.
        let mut next = None;
        let mut prev_space = false;
        for (i, c) in rest.char_indices() {
            if prev_space && c.is_alphabetic() {
                if let Some(tail) = rest.get(i..) {
                    if let Ok(found) = role_label(tail) {
                        next = Some((i, found));
                        break;
                    }
                }
            }
            prev_space = is_space(c) || c == ',' || c == ';';
        }
        let mut name_end = next.as_ref().map_or(rest.len(), |(i, _)| *i);
        if let Some(gap) = rest
            .get(..name_end)
            .and_then(|n| name_gap(n.trim_start_matches(is_space)))
        {
            let lead = rest.len() - rest.trim_start_matches(is_space).len();
            name_end = name_end.min(lead + gap);
        }
        // A semicolon ends a name too: `Reporting by Xinhua; additional reporting by ...`.
        let name = rest.get(..name_end).unwrap_or("");
        let name = trim_name(name.split(';').next().unwrap_or(name));
        if !name.is_empty() && !each(CreditPart { role, label, name }) {
            return;
        }
        match next {
            Some((_, (r, (ro, la)))) => {
                rest = unbold(r);
                role = ro;
                label = la;
            }
            None => return,
        }
    }
}

/// `The writer is Chinese ambassador to ASEAN.` → the note after `is`; in parentheses
/// too (`(The author is Chinese Ambassador to Iceland)`).
pub(crate) fn about_author(line: &str) -> Option<CreditPart<'_>> {
    let s = line.trim_matches(is_space);
    let s = s
        .strip_prefix(['(', '（'])
        .and_then(|t| t.strip_suffix([')', '）']))
        .unwrap_or(s);
    let (rest, label) = run(
        recognize((
            tag_ci("the"),
            sp1,
            alt((tag_ci("writer"), tag_ci("author"))),
            sp1,
            tag_ci("is"),
            sp1,
        )),
        s,
    )
    .ok()?;
    let name = trim_name(rest);
    (!name.is_empty() && !super::text::longer_than(name, 199)).then_some(CreditPart {
        role: CreditRole::AboutAuthor,
        label: label.trim_end_matches(is_space),
        name,
    })
}

/// An agency's name in parentheses on the last line of a wire story or a document:
/// `(Xinhua)`, `(Xinhua/Reuters)`, `( China Daily )`. At most four capitalised words, no
/// digit; not a note of the text's end (`(End)`, `(Continued)`).
pub(crate) fn closing_agency(s: &str) -> Option<&str> {
    let t = s.trim_matches(is_space);
    let inner = t
        .strip_prefix(['(', '（'])?
        .strip_suffix([')', '）'])?
        .trim_matches(is_space);
    let words: Vec<&str> = inner
        .split(|c: char| is_space(c) || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    // Notes of the text's end or parts, and labels of a document's parts or media.
    let not_end = ![
        "end",
        "ends",
        "continued",
        "concluded",
        "more",
        "annex",
        "appendix",
        "full text",
        "photos",
        "photo",
        "video",
        "abstract",
        "summary",
        "excerpts",
        "excerpt",
        "translation",
        "draft",
    ]
    .iter()
    .any(|w| inner.eq_ignore_ascii_case(w));
    (inner.len() >= 2
        && inner.len() <= 40
        && (1..=4).contains(&words.len())
        && not_end
        && !inner.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | ':' | ','))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "the")))
    .then_some(inner)
}

/// Rule `writer_position`: a writer's position on the line under the byline's name
/// (`Senior Fellow, China Programme`, `China Correspondent`): one line of at most sixteen
/// words, opening with a capital, with no final full stop, holding a word of position.
pub(crate) fn position_line(s: &str) -> bool {
    let t = s.trim_matches(is_space);
    let position_word = |w: &str| {
        let mut buf = [0u8; 32];
        ascii_lower(w, &mut buf).is_some_and(|w| POSITION_WORDS.contains(&w))
    };
    // Another writer with a position of their own (`Tom Reyes, Research Analyst`): a name
    // of two to four capitalised words before the first comma, no word of position in it.
    let another_writer = t.split_once(',').is_some_and(|(head, _)| {
        let words: Vec<&str> = head.split(is_space).filter(|w| !w.is_empty()).collect();
        (2..=4).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            && !words.iter().any(|w| position_word(w))
    });
    !another_writer
        && t.starts_with(char::is_uppercase)
        && !t.contains(['\n', '\r'])
        && !t.ends_with(['.', '!', '?', ':'])
        && !super::text::more_words_than(t, 16)
        && !t.bytes().any(|b| b.is_ascii_digit())
        && t.split(|c: char| is_space(c) || c == ',').any(|w| {
            let mut buf = [0u8; 32];
            ascii_lower(w, &mut buf).is_some_and(|w| POSITION_WORDS.contains(&w))
        })
}

/// Rule `writer_position`: a closing note on the writer by name (`Mr Zhou is the
/// Ambassador of the People's Republic of China to Kenya.`, `Dr Eleanor Voss is a Senior
/// Lecturer in ...`): one sentence whose verb is `is`, whose subject is the byline's author
/// (an honorific and words of `author`'s name, or two words of it or more: a bare
/// surname is as often an official's), and whose predicate holds a word of position.
/// Returns the position.
pub(crate) fn closing_author_note<'a>(s: &'a str, author: &str) -> Option<&'a str> {
    let t = s.trim_matches(is_space);
    if super::text::longer_than(t, 300) || t.contains('\n') || !t.ends_with('.') {
        return None;
    }
    let (subject, rest) = t.split_once(" is ")?;
    let mut words = subject.split(' ').filter(|w| !w.is_empty()).peekable();
    let honorific = words.peek().is_some_and(|w| HONORIFICS.contains(w));
    if honorific {
        words.next();
    }
    let names: Vec<&str> = words.collect();
    let of_author = |w: &str| {
        author
            .split(|c: char| is_space(c) || c == ',')
            .any(|a| !a.is_empty() && a.eq_ignore_ascii_case(w))
    };
    // The writer by an honorific and a name (`Mr Zhou`), or by a full name of two words
    // or more (`Eunice Kwok`): a bare surname is as often an official's of the story
    // (`Li is the first Chinese premier to visit ...`).
    if names.is_empty()
        || names.len() > 3
        || !honorific && names.len() < 2
        || !names
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && of_author(w))
    {
        return None;
    }
    let position = rest.trim_end_matches('.').trim_matches(is_space);
    // A position, not any predicate: a word of position in it.
    let has_position = position.split(|c: char| is_space(c) || c == ',').any(|w| {
        let mut buf = [0u8; 32];
        ascii_lower(w, &mut buf).is_some_and(|w| POSITION_WORDS.contains(&w))
    });
    (has_position && super::text::sentence_ends(position).next().is_none()).then_some(position)
}

/// Honorifics before a name (`Mr Zhou`, `Dr Eleanor Voss`).
const HONORIFICS: &[&str] = &[
    "Mr",
    "Mr.",
    "Ms",
    "Ms.",
    "Mrs",
    "Mrs.",
    "Dr",
    "Dr.",
    "Prof",
    "Prof.",
    "Professor",
];

/// A photo credit in parentheses or brackets at the end of `s`: `(Xinhua/Ju Peng)`,
/// `(Photo by China Daily)`, `(Photo: Xinhua)`, `(asean.org/-)`, `[Xinhua/Ju Peng]`,
/// `[Photo/Xinhua]`. Returns the offset of the opening mark in `s` and the credit.
///
/// For rule `caption` it also takes a credit printed after a caption's last sentence
/// without brackets (see [`caption_tail_credit`]; in the slash form, `... 2027. /Xinhua`,
/// the label `Photo` is not in the text), and it reads captions set in markdown emphasis
/// (`*... (Photo/Xinhua)*`).
pub(crate) fn photo_credit(s: &str) -> Option<(usize, CreditPart<'_>)> {
    let t = s
        .trim_end_matches(is_space)
        .trim_end_matches(['*', '_'])
        .trim_end_matches(is_space);
    let (body, opener) = match t.strip_suffix(')') {
        Some(body) => (body, '('),
        None => match t.strip_suffix(']') {
            Some(body) => (body, '['),
            None => {
                let (at, part) = caption_tail_credit(t)?;
                return Some((offset_in(s, t) + at, part));
            }
        },
    };
    let open = body.rfind(opener)?;
    let inner = body.get(open + 1..)?.trim_matches(is_space);
    if inner.is_empty() || inner.len() > 60 || inner.contains(['(', '[', '\n']) {
        return None;
    }
    // `[Photo/Xinhua]`: the word before the slash says what is credited.
    if let Some(name) = inner
        .get(..6)
        .filter(|h| h.eq_ignore_ascii_case("photo/"))
        .and_then(|_| inner.get(6..))
    {
        let name = name.trim_matches(is_space);
        return (!name.is_empty()).then_some((
            offset_in(s, body) + open,
            CreditPart {
                role: CreditRole::Photo,
                label: "Photo",
                name,
            },
        ));
    }
    let part = if let Ok((rest, (CreditRole::Photo, label))) = role_label(inner) {
        CreditPart {
            role: CreditRole::Photo,
            label,
            name: trim_name(rest),
        }
    } else {
        // `Agency/Photographer`: a slash with no spaces around it, no sentence inside.
        let slash = inner.find('/')?;
        let glued = |b: Option<char>| b.is_some_and(|c| !is_space(c));
        if !glued(inner.get(..slash).and_then(|h| h.chars().next_back()))
            || !glued(inner.get(slash + 1..).and_then(|t| t.chars().next()))
            || inner.contains(". ")
            || inner.split(is_space).count() > 6
            || !inner.starts_with(|c: char| c.is_alphanumeric())
        {
            return None;
        }
        CreditPart {
            role: CreditRole::Photo,
            label: "Photo",
            name: inner,
        }
    };
    (!part.name.is_empty()).then_some((offset_in(s, body) + open, part))
}

/// A photo credit printed after the last sentence of a caption,
/// without brackets: `... on July 10. PHOTO: XINHUA`, `... in 2026. PHOTO | FILE`,
/// `... Beijing. Photo by Li Xin`, and the agency after a slash as some broadcasters' sites
/// print it (`... January 27, 2027. /Xinhua`). The label is `Photo`, `Photos` or
/// `Photograph` with a capital, then a colon, a bar or a slash (or `by`); the name is at
/// most six words and opens with a capital or a figure. Returns the offset of the credit
/// in `t` and the credit.
fn caption_tail_credit(t: &str) -> Option<(usize, CreditPart<'_>)> {
    let stop = t.rfind(['.', '!', '?'])?;
    let tail = t.get(stop + 1..)?;
    let rest = tail.trim_start_matches(is_space);
    if rest.len() == tail.len() {
        return None;
    }
    let (label, name) = if let Some(name) = rest.strip_prefix('/') {
        // The slash form closes a photo's caption, which ends with the day it was taken
        // (`..., January 27, 2027. /Xinhua`); after other sentences a slash signs off a
        // story (`... the chairman said. /Xinhua`, `/ENDS`).
        let sentence = t.get(..stop)?;
        let mut from = sentence.len().saturating_sub(40);
        while !sentence.is_char_boundary(from) {
            from += 1;
        }
        let end = sentence.get(from..).unwrap_or("");
        let dated = super::date::find_date(end).is_some_and(|(at, len, _)| at + len >= end.len());
        if !dated {
            return None;
        }
        ("Photo", name)
    } else {
        let len = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let word = rest.get(..len)?;
        let photo = ["photo", "photos", "photograph"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w));
        if !photo || !word.starts_with('P') {
            return None;
        }
        let after = rest.get(len..)?.trim_start_matches(is_space);
        let name = after
            .strip_prefix([':', '：', '|', '/'])
            .or_else(|| after.strip_prefix("by "))?;
        (word, name)
    };
    let name = name.trim_matches(is_space);
    let words = name.split(is_space).filter(|w| !w.is_empty()).count();
    let opens = name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let sign_off = ["end", "ends", "enditem"]
        .iter()
        .any(|w| name.eq_ignore_ascii_case(w));
    (opens && !sign_off && words <= 6 && name.len() <= 60 && !name.contains(['.', '(', '\n', '|']))
        .then_some((
            offset_in(t, rest),
            CreditPart {
                role: CreditRole::Photo,
                label,
                name,
            },
        ))
}

/// Rule `speaker_in_title`: the speaker a speech's title names, `(label, name)`:
/// `Remarks by H.E. Ambassador Wei Minghua at the Symposium ...` → (`Remarks by`, `Wei
/// Minghua`); `Chinese President Xi Jinping's keynote speech at ...` → (`keynote speech`,
/// `Xi Jinping`); a spokesperson's press conference or briefing the same way
/// (`Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on ...` →
/// (`Regular Press Conference`, `Geng Shuang`)). The name is the one to three capitalised words before the place or
/// occasion (` at `, ` on `, ` to `, ` of `, a comma ...), after any office or honour.
pub(crate) fn speaker_in_title(title: &str) -> Option<(&str, &str)> {
    let t = title.trim_matches(is_space);
    if t.contains(['\n', '\r']) || t.len() > 300 {
        return None;
    }
    let is_speech = |w: &str| SPEECH_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s));
    // `Remarks by NAME ...`: at most four words before `by`, the last a speech word.
    if let Some(by) = t.find(" by ") {
        let before = t.get(..by)?;
        let words: Vec<&str> = before.split(' ').collect();
        let last = words.last().copied().unwrap_or("");
        if words.len() <= 4 && is_speech(last) && before.starts_with(char::is_uppercase) {
            let label = t.get(..by + 3)?;
            return speaker_name(t.get(by + 4..)?).map(|n| (label, n));
        }
        // Another `by` (`... the forum hosted by ASEAN`): the possessive form may still
        // name the speaker.
    }
    // `NAME's keynote speech at ...`: a speech word within three words after `'s`.
    let (apos, len) = ["'s ", "’s "]
        .iter()
        .find_map(|a| t.find(a).map(|i| (i, a.len())))?;
    let after = t.get(apos + len..)?;
    let speech: Vec<&str> = after.split(' ').take(3).collect();
    // A spokesperson's briefing names its speaker the same way (`Foreign Ministry
    // Spokesperson Geng Shuang's Regular Press Conference on May 11, 2017`).
    let briefing = |k: usize, w: &str| {
        w.eq_ignore_ascii_case("briefing")
            || (w.eq_ignore_ascii_case("conference")
                && k > 0
                && speech
                    .get(k - 1)
                    .is_some_and(|p| p.eq_ignore_ascii_case("press")))
    };
    let k = speech
        .iter()
        .enumerate()
        .rposition(|(k, w)| is_speech(w) || briefing(k, w))?;
    let label_len = speech
        .iter()
        .take(k + 1)
        .map(|w| w.len() + 1)
        .sum::<usize>()
        - 1;
    let label = after.get(..label_len)?;
    // The title is the speech's own (`Full text of Chinese Premier Li Qiang's keynote
    // speech`), not a report about it (`The committee studied the spirit of Xi
    // Jinping's speech`): every word before the `'s` is capitalised. A possessive of one
    // word is a country's or a body's as often as a person's (`China's statement`): one
    // word needs an office before it.
    let owner = t.get(..apos)?;
    let owner = match owner.get(..13) {
        Some(h) if h.eq_ignore_ascii_case("full text of ") => owner.get(13..)?,
        _ => owner,
    };
    if !owner.split(' ').all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let name = trailing_name(owner)?;
    let office_before = owner.len() > name.len();
    // A briefing is a body's as often as a person's (`Beijing Municipal Government's
    // Press Conference`): its speaker needs an office before the name.
    let briefing_word = speech.get(k).is_some_and(|w| !is_speech(w));
    (office_before || name.contains(' ') && !briefing_word).then_some((label, name))
}

/// For rule `speaker_in_title`: the writer a signed article's title names, `(label,
/// name)`, as embassies' sites print it: `Ambassador Wang Lixin Publishes Signed Article:
/// ...` → (`Publishes Signed Article`, `Wang Lixin`); `Ambassador Li Ming's Signed
/// Article on ...` → (`Signed Article`, `Li Ming`). Every word before the verb (or the
/// `'s`) is capitalised, and a name of one word needs an office before it.
pub(crate) fn writer_in_title(title: &str) -> Option<(&str, &str)> {
    let t = title.trim_matches(is_space);
    if t.contains(['\n', '\r']) || t.len() > 300 {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    // `... Pens Article`: the verb is in the match, the writer right before it.
    if let Some(at) = [
        " publishes article",
        " published article",
        " pens article",
        " writes article",
    ]
    .iter()
    .find_map(|p| lower.find(p))
    .filter(|_| !lower.contains(" signed article"))
    {
        let owner = t.get(..at)?;
        let rest = t.get(at + 1..)?;
        let label = rest.get(..rest.to_ascii_lowercase().find("article")? + "article".len())?;
        return writer_of(owner).map(|name| (label, name));
    }
    let at = lower.find(" signed article")?;
    // The verb before `Signed Article`, or the possessive.
    let head = t.get(..at)?;
    let (owner, label_from) = match head.rsplit_once(' ') {
        Some((owner, verb))
            if [
                "publishes",
                "published",
                "writes",
                "wrote",
                "pens",
                "penned",
            ]
            .iter()
            .any(|v| verb.eq_ignore_ascii_case(v)) =>
        {
            (owner, owner.len() + 1)
        }
        // The possessive (`Ambassador Li Ming's Signed Article`); another verb before the
        // article (`... Issues Signed Article`) names no writer this rule knows.
        _ => (
            head.strip_suffix("'s")
                .or_else(|| head.strip_suffix("’s"))?,
            head.len() + 1,
        ),
    };
    let rest = t.get(label_from..)?;
    let label_end = rest
        .to_ascii_lowercase()
        .find("article")
        .map(|i| i + "article".len())?;
    let label = rest.get(..label_end)?;
    writer_of(owner).map(|name| (label, name))
}

/// The writer's name that ends `owner`, the words before a signed article's verb: every
/// word capitalised, after any office (a name of one word needs one); not an institution
/// (`Chinese Embassy Publishes Signed Article by ...` names its writer after `by`).
fn writer_of(owner: &str) -> Option<&str> {
    let institution = [
        "Embassy",
        "Consulate",
        "Ministry",
        "Mission",
        "Spokesperson",
        "Office",
    ]
    .iter()
    .any(|w| owner.ends_with(w));
    if institution || !owner.split(' ').all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let name = trailing_name(owner)?;
    (owner.len() > name.len() || name.contains(' ')).then_some(name)
}

/// The speaker's name at the start of `rest` (what follows `by`), up to the occasion.
fn speaker_name(rest: &str) -> Option<&str> {
    let end = [
        " at ", " on ", " to ", " of ", " during ", " before ", " in ", ",", ":", " (", " – ",
        " — ", " - ",
    ]
    .iter()
    .filter_map(|c| rest.find(c))
    .min()
    .unwrap_or(rest.len());
    trailing_name(rest.get(..end)?)
}

/// The one to three capitalised words that end `s`, after words of office: `H.E.
/// Ambassador Wei Minghua` → `Wei Minghua`. None when `s` ends with an office (`the
/// Chinese Ambassador`), when more than three capitalised words come after the offices, or
/// when the word before the name is not an office.
fn trailing_name(s: &str) -> Option<&str> {
    let s = s.trim_matches(is_space);
    let office = |w: &str| OFFICE_WORDS.iter().any(|o| w.eq_ignore_ascii_case(o));
    let words: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
    let mut n = 0;
    for w in words.iter().rev() {
        let name_word = w.starts_with(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        if office(w) || !name_word {
            break;
        }
        n += 1;
    }
    // The word before the name, if any, is an office (`China and Brazil` names two
    // countries, not a speaker).
    let before = words.len().checked_sub(n + 1).and_then(|k| words.get(k));
    if n == 0 || n > 3 || before.is_some_and(|w| !office(w)) {
        return None;
    }
    let first = words.get(words.len() - n)?;
    let start = offset_in(s, first);
    s.get(start..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_named_in_speech_titles() {
        for (t, label, name) in [
            (
                "Remarks by H.E. Ambassador Wei Minghua at the Symposium on the Global Governance Initiative",
                "Remarks by",
                "Wei Minghua",
            ),
            (
                "Keynote Speech by Premier Li Qiang at the Opening of the Expo",
                "Keynote Speech by",
                "Li Qiang",
            ),
            (
                "Speech by Xi Jinping, President of the People's Republic of China",
                "Speech by",
                "Xi Jinping",
            ),
            (
                "Chinese President Xi Jinping's keynote speech at the APEC CEO Summit",
                "keynote speech",
                "Xi Jinping",
            ),
            (
                "Toast by President Lula at the State Banquet",
                "Toast by",
                "Lula",
            ),
            (
                "Chinese President Xi Jinping's keynote speech at the forum hosted by ASEAN",
                "keynote speech",
                "Xi Jinping",
            ),
            (
                "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on May 11, 2017",
                "Regular Press Conference",
                "Geng Shuang",
            ),
            (
                "Spokesperson Hua Chunying's Press Briefing on the Summit",
                "Press Briefing",
                "Hua Chunying",
            ),
        ] {
            assert_eq!(speaker_in_title(t), Some((label, name)), "{t}");
        }
        for t in [
            "Remarks by the Chinese Ambassador at the Reception",
            "Statement by the Spokesperson of the Ministry of Foreign Affairs",
            "China's statement at the UN General Assembly",
            "Report by the National Development and Reform Commission on the Plan",
            "Growth driven by Consumption in Rural Areas",
            "Xi Jinping's Thoughts on Governance",
            "The committee studied the spirit of General Secretary Xi Jinping's important speech",
            "Joint Statement by China and Brazil on the Ukraine Crisis",
            "The Ministry of Commerce's Regular Press Conference on Trade",
            "Xi Jinping's Conference Diplomacy in a Changing World",
            "Beijing Municipal Government's Press Conference on Flood Relief",
            "Guangdong Province's Briefing on the Typhoon",
        ] {
            assert_eq!(speaker_in_title(t), None, "{t}");
        }
    }

    #[test]
    fn a_bar_before_a_date_ends_a_name_and_compound_labels() {
        let got: Vec<(CreditRole, &str)> =
            credit_line("Source: Xinhua | 2018-05-31 19:02:47 | Editor: Mu Xuequan")
                .iter()
                .map(|p| (p.role, p.name))
                .collect();
        assert_eq!(
            got,
            vec![
                (CreditRole::Source, "Xinhua"),
                (CreditRole::Editor, "Mu Xuequan")
            ]
        );
        // A bar before words is the name's own (`China Daily | Asia News Network`).
        let got = credit_line("Source: China Daily | Asia News Network");
        assert_eq!(
            got.first().map(|p| p.name),
            Some("China Daily | Asia News Network")
        );
        let got = credit_line("Translated and edited by Li Shen, Zhou Jing and Tom Arnold");
        assert_eq!(
            got.first().map(|p| (p.role, p.name)),
            Some((CreditRole::Translator, "Li Shen, Zhou Jing and Tom Arnold"))
        );
        // A translation's original, a note's makers, a list of sources.
        for (line, role, label, name) in [
            (
                "Original source: Port News Agency",
                CreditRole::Source,
                "Original source",
                "Port News Agency",
            ),
            (
                "Prepared by:\tHarbour Practice, Port Advisory",
                CreditRole::Author,
                "Prepared by",
                "Harbour Practice, Port Advisory",
            ),
            (
                "Sources: Port News Agency",
                CreditRole::Source,
                "Sources",
                "Port News Agency",
            ),
            (
                "Polished by Laura Fenton",
                CreditRole::Editor,
                "Polished by",
                "Laura Fenton",
            ),
        ] {
            let got = credit_line(line);
            assert_eq!(
                got.first().map(|p| (p.role, p.label, p.name)),
                Some((role, label, name)),
                "{line}"
            );
        }
        assert!(credit_line("Prepared for the port council's meeting").is_empty());
        assert!(
            credit_line("Translation: The Port Plan, Part I, Section 3 (\"Main Goals\")")
                .is_empty()
        );
        assert_eq!(
            credit_line("Translation: Li Wen").first().map(|p| p.name),
            Some("Li Wen")
        );
        assert_eq!(
            credit_line("Translation: Rogier Mensink (Leiden University)")
                .first()
                .map(|p| p.role),
            Some(CreditRole::Translator)
        );
        assert!(
            credit_line("Prepared by the port council over six months, the plan sets three tasks.")
                .is_empty()
        );
        assert!(credit_line("Sources say the port council will meet").is_empty());
    }

    #[test]
    fn staff_notes() {
        let got = |s| -> Vec<(CreditRole, &str, &str)> {
            staff_note(s)
                .iter()
                .map(|p| (p.role, p.label, p.name))
                .collect()
        };
        assert_eq!(
            got(
                "The Digest is edited by Dr Ann Lee and compiled by Li Wen and Tom Reyes. Views are the authors' own."
            ),
            vec![
                (CreditRole::Editor, "edited by", "Dr Ann Lee"),
                (CreditRole::Other, "compiled by", "Li Wen and Tom Reyes")
            ]
        );
        assert_eq!(
            got("This newsletter was written by Maya Lindqvist."),
            vec![(CreditRole::Author, "written by", "Maya Lindqvist")]
        );
        // A weekly's note; the name ends before `, with ...`.
        assert_eq!(
            got(
                "River Watch Weekly is edited by Katrin Vogel, with contributions this week from Tom Reyes."
            ),
            vec![(CreditRole::Editor, "edited by", "Katrin Vogel")]
        );
        assert_eq!(
            got("Transcript edited for length and clarity by Hannah Berg."),
            vec![(
                CreditRole::Editor,
                "edited for length and clarity by",
                "Hannah Berg"
            )]
        );
        assert_eq!(
            got("The report has been translated by Wu Di."),
            vec![(CreditRole::Translator, "translated by", "Wu Di")]
        );
        for s in [
            // A name in lower case, a long subject, no label after the verb.
            "The report was written by a team of experts.",
            "The plan that the council adopted last year after a long debate is edited by Ann Lee.",
            "The plan is backed by Ann Lee and the council.",
            "It rained. The Digest is edited by Ann Lee.",
            // A subject of three words without a verb; a long `for` phrase.
            "The harbour plan edited by Ann Lee.",
            "Transcript edited for the sake of the many readers of the digest by Ann Lee.",
        ] {
            assert_eq!(got(s), vec![], "{s}");
        }
        // Later sentences of a short closing block.
        let later: Vec<(CreditRole, &str)> =
            later_credits("*Ann Lee is a senior fellow in the programme. Edited by Paul Reyes.*")
                .iter()
                .map(|p| (p.role, p.name))
                .collect();
        assert_eq!(later, vec![(CreditRole::Editor, "Paul Reyes")]);
        let later = later_credits(
            "Produced by Tariq Aziz. Transcript edited for length and clarity by Hannah Berg.",
        );
        assert_eq!(later.first().map(|p| p.name), Some("Hannah Berg"));
        for s in [
            "The port opened in May. Produced by Huawei, the phones sell well in the region.",
            "Edited by Ann Lee. The port opened in May.",
        ] {
            assert!(later_credits(s).is_empty(), "{s}");
        }
        // The `and` before a second label is not the first name's.
        let parts = credit_line("Edited by Ann Lee and compiled by Li Wen.");
        assert_eq!(parts.first().map(|p| p.name), Some("Ann Lee"));
    }

    #[test]
    fn chinese_labels() {
        let gap = credit_line("来源：新华社\u{3000}\u{3000}发布时间：2027-12-25");
        assert_eq!(gap.first().map(|p| p.name), Some("新华社"));
        let parts = credit_line("来源：新华社 责任编辑：张三");
        let got: Vec<(CreditRole, &str, &str)> =
            parts.iter().map(|p| (p.role, p.label, p.name)).collect();
        assert_eq!(
            got,
            vec![
                (CreditRole::Source, "来源", "新华社"),
                (CreditRole::EditorInCharge, "责任编辑", "张三")
            ]
        );
        assert_eq!(credit_line("编辑: Li Wei")[0].role, CreditRole::Editor);
        // A WeChat post's footer: its reviewer, producer, intern and typesetter.
        let roles: Vec<(CreditRole, &str)> =
            ["审核：王伟", "监制：李明", "实习生：陈可", "排版：赵一"]
                .iter()
                .flat_map(|l| credit_line(l))
                .map(|p| (p.role, p.name))
                .collect();
        assert_eq!(
            roles,
            vec![
                (CreditRole::Editor, "王伟"),
                (CreditRole::Producer, "李明"),
                (CreditRole::Other, "陈可"),
                (CreditRole::Other, "赵一")
            ]
        );
        assert!(!is_credit_line("实习生认为：发展很重要"));
        // Without a colon the words are prose.
        assert!(credit_line("来源于人民 编辑部").is_empty());
        assert!(!is_credit_line("作者认为：发展很重要"));
    }

    #[test]
    fn every_label_passes_the_first_word_test() {
        let colon = [
            "Editor-in-chief",
            "editor in chief",
            "Chief editor",
            "Editor in charge",
            "Editor-in-charge",
            "Responsible editor",
            "Executive editor",
            "Web editor",
            "Editors",
            "Editor",
            "Proofreader",
            "Proofreading",
            "Producer",
            "Source",
            "Author",
            "Reporters",
            "Reporter",
            "Correspondent",
            "Translator",
            "Translation",
            "Photographer",
            "Photos",
            "Photo",
            "Designer",
            "Planner",
            "Compiler",
            "Source(s)",
            "Writer",
            "From",
            "Illustration",
            "Illustrator",
            "Graphics",
            "Video editor",
            "Copy editor",
        ];
        for label in colon {
            for text in [
                format!("{label}: Li Zhe"),
                format!("{} ：Li Zhe", label.to_uppercase()),
            ] {
                assert!(role_label(&text).is_ok(), "{text}");
            }
        }
        let by = [
            "Edited",
            "Proofread",
            "Produced",
            "Written",
            "Reported",
            "Translated",
            "Photos",
            "Photo",
            "Compiled",
            "Designed",
            "Reporting",
        ];
        for label in by {
            let text = format!("{label} by Li Zhe");
            assert!(role_label(&text).is_ok(), "{text}");
        }
        for text in [
            "Editorial: x",
            "Sourcing: x",
            "Ma Wenjia",
            "Li",
            "Webinar: x",
            "Video: x",
            "Copyright: x",
        ] {
            assert!(role_label(text).is_err(), "{text}");
        }
    }

    fn parts(s: &str) -> Vec<(CreditRole, &str, &str)> {
        let all = credit_line(s);
        // The quick test says yes exactly where there are credits.
        assert_eq!(is_credit_line(s), !all.is_empty(), "{s}");
        all.into_iter().map(|p| (p.role, p.label, p.name)).collect()
    }

    #[test]
    fn credit_lines() {
        use CreditRole::*;
        assert_eq!(
            parts("Producer: Li Zhe, Editor-in-chief: Ma Wenjia."),
            vec![
                (Producer, "Producer", "Li Zhe"),
                (EditorInChief, "Editor-in-chief", "Ma Wenjia")
            ]
        );
        assert_eq!(
            parts("Edited by Ma Weilu Proofread by Gao Shaozhuo."),
            vec![
                (Editor, "Edited by", "Ma Weilu"),
                (Proofreader, "Proofread by", "Gao Shaozhuo")
            ]
        );
        assert_eq!(
            parts("-- Contributed by Tomas Reyes, visiting fellow"),
            vec![(Source, "Contributed by", "Tomas Reyes, visiting fellow")]
        );
        assert_eq!(parts("--Contributed by Tomas Reyes"), vec![]);
        assert_eq!(
            parts("（中国日报网英语点津 编辑：丹妮）"),
            vec![(Source, "", "中国日报网英语点津"), (Editor, "编辑", "丹妮")]
        );
        assert_eq!(parts("（中国日报网英语点津 来自网络）"), vec![]);
        assert_eq!(
            parts("【责任编辑：张卫】"),
            vec![(EditorInCharge, "责任编辑", "张卫")]
        );
        assert_eq!(
            parts("Editor in charge: Jia Hongwei."),
            vec![(EditorInCharge, "Editor in charge", "Jia Hongwei")]
        );
        assert_eq!(
            parts("(Web editor: Wu Chaolan, Bianji)"),
            vec![(WebEditor, "Web editor", "Wu Chaolan, Bianji")]
        );
        assert_eq!(
            parts("Source: Xinhua, December 13, 2013"),
            vec![(Source, "Source", "Xinhua, December 13, 2013")]
        );
        // A semicolon ends a name; illustrations are credited too.
        assert_eq!(
            parts("Reporting by Newswire; additional reporting by Harbour staff"),
            vec![
                (Reporter, "Reporting by", "Newswire"),
                (Reporter, "reporting by", "Harbour staff")
            ]
        );
        assert_eq!(
            parts("Illustration: Li Na/Harbour"),
            vec![(Other, "Illustration", "Li Na/Harbour")]
        );
        // Credits in parentheses, full-width ones too; a wide gap ends a name.
        assert_eq!(
            parts(
                "(Contributed by the Research Department; Translated by Chen Lu; Editor: Zhou Min)"
            ),
            vec![
                (Source, "Contributed by", "the Research Department"),
                (Translator, "Translated by", "Chen Lu"),
                (Editor, "Editor", "Zhou Min")
            ]
        );
        assert_eq!(
            parts("（Responsible editor: Zhang Wenjing）"),
            vec![(EditorInCharge, "Responsible editor", "Zhang Wenjing")]
        );
        assert_eq!(
            parts("Source: Research Department    Views: 1,204"),
            vec![(Source, "Source", "Research Department")]
        );
        assert_eq!(
            parts("Layout: Kristine Ozola\nISSN 2736-4410"),
            vec![(Other, "Layout", "Kristine Ozola")]
        );
        // Labels in bold; hosts, guests and convenors; a sentence after a name ends it.
        assert_eq!(
            parts("**Convenors:** Prof. Ama Boateng and Dr. Kwesi Mensah"),
            vec![(Other, "Convenors", "Prof. Ama Boateng and Dr. Kwesi Mensah")]
        );
        assert_eq!(
            parts("Produced by Tariq Aziz. Transcript edited for length by Hannah Berg."),
            vec![(Producer, "Produced by", "Tariq Aziz")]
        );
        assert_eq!(
            parts("Convenors: Dr. Kwesi Mensah and Prof. Ama Boateng"),
            vec![(Other, "Convenors", "Dr. Kwesi Mensah and Prof. Ama Boateng")]
        );
        assert_eq!(
            parts("Authors: Liu Jiahe, Sun Weiyi,\nWang Wu"),
            vec![(Author, "Authors", "Liu Jiahe, Sun Weiyi,\nWang Wu")]
        );
        assert_eq!(
            parts("Host: Rachel Okafor"),
            vec![(Other, "Host", "Rachel Okafor")]
        );
        assert_eq!(
            parts("Translated by M. Ortega and K. Lin"),
            vec![(Translator, "Translated by", "M. Ortega and K. Lin")]
        );
        // Closing credits without a label of the usual kind.
        assert_eq!(
            parts("— With assistance from Rosa Tang and Li Wen"),
            vec![(Reporter, "With assistance from", "Rosa Tang and Li Wen")]
        );
        assert_eq!(
            parts("(With input from Xinhua)"),
            vec![(Other, "With input from", "Xinhua")]
        );
        assert_eq!(
            parts("Translation by Emma Richter and Zhou Hang"),
            vec![(Translator, "Translation by", "Emma Richter and Zhou Hang")]
        );
        assert_eq!(
            parts("*Xinhua contributed to this story.*"),
            vec![(Other, "contributed to this story", "Xinhua")]
        );
        for s in [
            "With assistance from the provincial government, the port was rebuilt in two years.",
            "Every member state contributed to this story.",
            "The ministry said local governments contributed to this report.",
        ] {
            assert_eq!(parts(s), vec![], "{s}");
        }
        // A colon after `by`; a bar before a date under one word ends the name.
        assert_eq!(
            parts("Translated by: River Translation Service (Hanoi) | posted 2017-04-11"),
            vec![(
                Translator,
                "Translated by",
                "River Translation Service (Hanoi)"
            )]
        );
        assert_eq!(
            parts("Translated by: Ana Costa | Harbour Daily"),
            vec![(Translator, "Translated by", "Ana Costa | Harbour Daily")]
        );
        // Bars between credits on one line are not part of the names.
        assert_eq!(
            parts("Editor: Wang Xin | Source: Xinhua"),
            vec![(Editor, "Editor", "Wang Xin"), (Source, "Source", "Xinhua")]
        );
        // Not a label: the word inside a sentence, or without its colon.
        assert_eq!(parts("Illustration of the plan was shown."), vec![]);
        // A label must be followed by its name.
        assert_eq!(parts("责任编辑："), vec![]);
    }

    #[test]
    fn not_credit_lines() {
        for s in [
            "Editors of the world unite",
            "Edited byline",
            "The source of strength",
            "Sourcing: none",
            "Producer",
            "",
        ] {
            assert_eq!(parts(s), vec![], "{s}");
        }
    }

    #[test]
    fn writer_notes() {
        let p = about_author("The writer is Chinese ambassador to ASEAN.");
        assert_eq!(
            p.map(|p| (p.label, p.name)),
            Some(("The writer is", "Chinese ambassador to ASEAN"))
        );
        assert!(about_author("The writer is").is_none());
        assert_eq!(
            about_author("(The author is Chinese Ambassador to Iceland)").map(|p| p.name),
            Some("Chinese Ambassador to Iceland")
        );
        assert!(about_author("(The author is").is_none());
        assert!(about_author("The writers are here.").is_none());
    }

    #[test]
    fn closing_agencies() {
        assert_eq!(closing_agency("  (Xinhua)"), Some("Xinhua"));
        assert_eq!(closing_agency("(Xinhua/Reuters)"), Some("Xinhua/Reuters"));
        assert_eq!(closing_agency("( China Daily )"), Some("China Daily"));
        for s in [
            "(End)",
            "(Continued)",
            "(see below)",
            "(2024)",
            "(Adopted on October 10, 1996)",
            "Xinhua",
            "(Annex)",
            "(Full Text)",
        ] {
            assert_eq!(closing_agency(s), None, "{s}");
        }
    }

    #[test]
    fn writers_positions() {
        for s in [
            "Senior Fellow, China Programme",
            "China Correspondent",
            "Professor of Economics, Harbour University",
        ] {
            assert!(position_line(s), "{s}");
        }
        for s in [
            "The fellow travellers arrived.",
            "Tom Reyes, Research Analyst",
            "Beijing Review",
            "Published 14 Jul 2028",
            "Reform, Recalibrated: What the Third Plenum Tells Us",
        ] {
            assert!(!position_line(s), "{s}");
        }
        assert_eq!(
            closing_author_note(
                "Mr Zhou is the Ambassador of the People's Republic of China to Kenya.",
                "ZHOU HANMING"
            ),
            Some("the Ambassador of the People's Republic of China to Kenya")
        );
        assert_eq!(
            closing_author_note(
                "Dr Eleanor Voss is a Senior Lecturer in Chinese Political Economy.",
                "Dr Eleanor Voss"
            ),
            Some("a Senior Lecturer in Chinese Political Economy")
        );
        // Another subject, or more than one sentence.
        assert_eq!(
            closing_author_note("Mr Li is the mayor of the port.", "Zhou Hanming"),
            None
        );
        assert_eq!(
            closing_author_note("Zhou is right. The port is open.", "Zhou Hanming"),
            None
        );
        assert_eq!(
            closing_author_note("China is a partner of Kenya.", "Zhou Hanming"),
            None
        );
        // A bare surname shared with an official of the story; a predicate without a
        // position.
        assert_eq!(
            closing_author_note(
                "Li is the first Chinese premier to visit Australia in seven years.",
                "Li Xiaokun"
            ),
            None
        );
        assert_eq!(
            closing_author_note(
                "Zhang Yi is happy with the outcome of the talks.",
                "Zhang Yi"
            ),
            None
        );
        assert_eq!(
            closing_author_note(
                "Eunice Kwok is a reporter covering Hong Kong.",
                "Eunice Kwok and Daniel Ho"
            ),
            Some("a reporter covering Hong Kong")
        );
    }

    #[test]
    fn writers_in_titles() {
        for (t, label, name) in [
            (
                "Ambassador Wang Lixin Publishes Signed Article: China's New Blueprint",
                "Publishes Signed Article",
                "Wang Lixin",
            ),
            (
                "Ambassador Li Ming's Signed Article on the Port Plan",
                "Signed Article",
                "Li Ming",
            ),
            (
                "Consul General Zhao Jian Pens Article on the Harbour Forum",
                "Pens Article",
                "Zhao Jian",
            ),
        ] {
            assert_eq!(writer_in_title(t), Some((label, name)), "{t}");
        }
        for t in [
            "The ambassador publishes signed article on the plan",
            "Signed Article: the Port Plan",
            "China Publishes Signed Article on the Plan",
            "Ports agree on a plan for the harbours",
            "Ambassador Wang Lixin Issues Signed Article on the Port Plan",
            "Chinese Embassy Publishes Signed Article by Ambassador Xie Feng",
        ] {
            assert_eq!(writer_in_title(t), None, "{t}");
        }
    }

    #[test]
    fn photo_credits() {
        let name = |s| photo_credit(s).map(|(at, p)| (at, p.name));
        assert_eq!(
            name("Xi speaks in Beijing. (Xinhua/Ju Peng)"),
            Some((22, "Xinhua/Ju Peng"))
        );
        assert_eq!(
            name("extends 2,440 km. (Photo by China Daily)"),
            Some((18, "China Daily"))
        );
        assert_eq!(
            name("trade relations. (asean.org/-)"),
            Some((17, "asean.org/-"))
        );
        assert_eq!(
            name("Xi speaks in Beijing. [Xinhua/Ju Peng]"),
            Some((22, "Xinhua/Ju Peng"))
        );
        assert_eq!(
            name("A view of the port. [Photo/Xinhua]"),
            Some((20, "Xinhua"))
        );
        assert_eq!(
            name("A view of the port. [Photo by Wang Jing/China Daily]"),
            Some((20, "Wang Jing/China Daily"))
        );
        // After the caption's last sentence, without brackets.
        assert_eq!(
            name("Workers on a line in Hefei on July 10. PHOTO: XINHUA"),
            Some((39, "XINHUA"))
        );
        assert_eq!(
            name("The Nairobi terminus. It carried 3 million. PHOTO | FILE"),
            Some((44, "FILE"))
        );
        assert_eq!(
            name("*Delegates in the Great Hall, Beijing. Photo: Xinhua*"),
            Some((39, "Xinhua"))
        );
        assert_eq!(
            name("Xi addresses the conference, January 27, 2027. /Xinhua"),
            Some((47, "Xinhua"))
        );
        assert_eq!(
            name("*Technicians inspect the grass in Huye. (Photo/Xinhua)*"),
            Some((40, "Xinhua"))
        );
        assert_eq!(
            name("A view of the port. Photo by Wang Jing/China Daily"),
            Some((20, "Wang Jing/China Daily"))
        );
        for s in [
            "the 14th Five-Year Plan (2021-2025)",
            "low-GHG (low / high)",
            "as stated in the report [2]",
            "a footnote [see below]",
            "[Photo/]",
            "mismatched (Xinhua/Ju Peng]",
            "said (Xinhua)",
            "x (a/b. Then more text here)",
            "no parens",
            // Not a credit after a caption: no sentence before, a photo word in a
            // sentence, a lower-case name, a name that runs on into sentences.
            "Photo: Xinhua",
            "The exhibition opened. Photos of it are online.",
            "The exhibition opened. The photo: a crowd",
            "The talks ended. /s",
            "It opened. Photo: Xinhua. More text follows here.",
            // A story's sign-off after a slash, not after a caption's date; buttons.
            "The council will meet again in the spring, the chairman said. /Xinhua",
            "The council will meet again in the spring. /ENDS",
            "More coverage. Photo | Video | Live",
            "It opened. Photo: a crowd of visitors at the gate of the new exhibition hall in the city",
        ] {
            assert_eq!(name(s), None, "{s}");
        }
    }
}
