//! Count phrases: `Ten Achievements`, `six focal tasks`, `the following 10 points`,
//! `four ASEAN member states`.
//!
//! A count phrase is a number (word or digits, at most 999) followed by up to three
//! modifiers and a plural noun that names list items. Nouns of measure (`years`,
//! `percent`, `tonnes`) are not list nouns, so `the past five years` declares nothing.

use nom::Parser;
use nom::bytes::complete::take_while1;
use nom::combinator::opt;

use super::ordinal::{count_number, is_count_word};
use super::text::{PResult, ascii_lower, is_quote, is_space, offset_in, sp1, words};
use crate::model::EnumerationKind;

/// What a count phrase declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Count<'a> {
    pub(crate) count: u32,
    /// The noun, as printed (`Achievements`, `musts`, `states`).
    pub(crate) noun: &'a str,
    pub(crate) kind: EnumerationKind,
    /// Byte length of the phrase from the number to the end of the noun.
    pub(crate) len: usize,
}

/// What a block declares, kept with the block: the number and the kind of list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Declared {
    pub(crate) count: u32,
    pub(crate) kind: EnumerationKind,
}

impl From<Count<'_>> for Declared {
    fn from(c: Count<'_>) -> Declared {
        Declared {
            count: c.count,
            kind: c.kind,
        }
    }
}

/// The kind of list a plural noun names, or `None` if it does not name list items.
pub(crate) fn list_noun(noun: &str) -> Option<EnumerationKind> {
    let mut buf = [0u8; 32];
    let w = ascii_lower(noun, &mut buf)?;
    use EnumerationKind::*;
    Some(match w {
        "achievements" | "accomplishments" | "successes" | "breakthroughs" => Achievements,
        "musts" | "principles" | "requirements" | "experiences" | "commitments" | "adherences"
        | "insistences" | "persistences" | "imperatives" => Principles,
        "tasks" | "priorities" | "focuses" | "missions" | "assignments" => Tasks,
        "measures" | "steps" | "policies" | "actions" | "moves" | "arrangements" => Measures,
        "goals" | "targets" | "objectives" | "aims" => Goals,
        "proposals" | "suggestions" | "initiatives" | "pledges" | "recommendations" => Proposals,
        "points" | "aspects" | "areas" | "fields" | "things" | "items" | "features"
        | "characteristics" | "advantages" | "elements" | "dimensions" | "parts" | "sections"
        | "stages" | "phases" | "categories" | "types" | "kinds" | "ways" | "means"
        | "approaches" | "questions" | "issues" | "problems" | "challenges" | "opportunities"
        | "highlights" | "takeaways" | "lessons" | "states" | "countries" | "regions"
        | "provinces" | "pillars" | "mechanisms" | "systems" | "strategies" | "projects"
        | "programs" | "programmes" | "reforms" | "don'ts" | "dos" | "haves" | "nos" | "noes"
        | "hows" | "consensuses" | "outcomes" | "results" | "conclusions" | "relations"
        | "relationships" | "changes" | "trends" | "links" | "fronts" | "battles" | "wars"
        | "concepts" | "ideas" | "thoughts" | "visions" | "values" | "orientations"
        | "directions" | "capabilities" | "abilities" | "skills" | "rounds" | "groups"
        | "batches" | "lists" | "sets" | "firsts" | "bests" | "transformations"
        | "developments" | "innovations" | "mandates" | "obligations" | "duties"
        | "responsibilities" | "roles" | "functions" | "aspirations" | "strengths"
        | "weaknesses" | "observations" | "reasons" | "factors" | "facts" | "tips" | "tenets"
        | "hallmarks" | "guarantees" | "conditions" | "pathways" | "paths" | "tools"
        | "indicators" | "benchmarks" => Other,
        _ => return None,
    })
}

/// Words that end a noun phrase before its noun: a count phrase cannot run through them.
fn is_stopword(w: &str) -> bool {
    let mut buf = [0u8; 32];
    ascii_lower(w, &mut buf).is_none_or(|w| {
        matches!(
            w,
            "for"
                | "of"
                | "that"
                | "in"
                | "to"
                | "and"
                | "or"
                | "which"
                | "are"
                | "is"
                | "was"
                | "were"
                | "the"
                | "a"
                | "an"
                | "on"
                | "at"
                | "by"
                | "with"
                | "from"
                | "as"
                | "will"
                | "have"
                | "has"
                | "be"
                | "been"
                | "this"
                | "these"
                | "those"
                | "per"
                | "than"
                | "more"
                | "over"
                | "under"
                | "about"
                | "around"
                | "nearly"
                | "consecutive"
        )
    })
}

fn phrase_word(i: &str) -> PResult<'_, &str> {
    take_while1(|c: char| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’').parse(i)
}

/// A count phrase at the start of `i` (after any opening quotes).
pub(crate) fn count_phrase(i: &str) -> PResult<'_, Count<'_>> {
    count_phrase_of(i, list_noun)
}

/// Nouns of measure and time, whose counts are quantities, not items (`three years`,
/// `five times`, `two decades`), and of the people present (`four ministers`).
fn measure_noun(w: &str) -> bool {
    let mut buf = [0u8; 32];
    ascii_lower(w, &mut buf).is_none_or(|w| {
        matches!(
            w,
            "years"
                | "months"
                | "weeks"
                | "days"
                | "hours"
                | "minutes"
                | "seconds"
                | "decades"
                | "centuries"
                | "times"
                | "yuan"
                | "dollars"
                | "euros"
                | "tonnes"
                | "tons"
                | "kilometres"
                | "kilometers"
                | "metres"
                | "meters"
                | "hectares"
                | "kilograms"
                | "billions"
                | "millions"
                | "thousands"
                | "hundreds"
                | "dozens"
                | "percents"
                | "folds"
                | "sessions"
                | "rounds"
                | "generations"
                | "terms"
                | "pages"
                | "words"
                | "hands"
                | "sides"
                | "parties"
                | "members"
                | "guests"
                | "people"
                | "persons"
                | "delegates"
                | "leaders"
                | "officials"
                | "visitors"
                | "ministers"
                | "experts"
                | "scholars"
                | "participants"
                | "representatives"
                | "deputies"
                | "journalists"
                | "reporters"
                | "students"
                | "workers"
                | "farmers"
                | "residents"
                | "citizens"
                | "children"
                | "women"
                | "men"
        )
    })
}

/// Any plural noun that counts things (see rule `counted_plural`): a word in lower case
/// or capitalised, ending in `s` but not `ss` (`progress`, `business`), not a noun of
/// measure.
fn plural_noun(w: &str) -> Option<EnumerationKind> {
    if let Some(kind) = list_noun(w) {
        return Some(kind);
    }
    let b = w.as_bytes();
    let plural = b.len() >= 4
        && b.last() == Some(&b's')
        && b.get(b.len() - 2) != Some(&b's')
        && b.iter().all(|c| c.is_ascii_alphabetic() || *c == b'-')
        && !measure_noun(w);
    plural.then_some(EnumerationKind::Other)
}

/// Rule `counted_plural`: a count of any plural noun in the lead of a list (`in three
/// respects:`, `four observations`, `the two establishments ... are:`) declares the
/// list's items when its number is exactly theirs. The list nouns of [`list_noun`] declare
/// a count whatever follows; other plurals only by this agreement, since a sentence that
/// counts villages or delegates before a list of as many items is rare, and one before a
/// list of another length is common. Returns the count phrase and its offset.
pub(crate) fn count_of_items(s: &str, items: usize) -> Option<(usize, Count<'_>)> {
    let n = u32::try_from(items).ok()?;
    words(s).find_map(|(off, w)| {
        if !may_open_count(w.as_bytes()) || !is_count_word(w.trim_start_matches(is_quote)) {
            return None;
        }
        let (_, c) = count_phrase_of(s.get(off..)?, plural_noun).ok()?;
        (c.count == n).then_some((off, c))
    })
}

/// A count phrase whose noun `noun` accepts.
fn count_phrase_of(i: &str, noun: fn(&str) -> Option<EnumerationKind>) -> PResult<'_, Count<'_>> {
    let start = i;
    let i = i.trim_start_matches(is_quote);
    let (mut rest, count) = count_number(i)?;
    for _ in 0..4 {
        let (r, _) = opt(nom::character::complete::char('-')).parse(rest)?;
        let (r, _) = if r.len() == rest.len() {
            sp1(r)?
        } else {
            (r, "")
        };
        let (r, w) = phrase_word(r)?;
        if let Some(kind) = noun(w) {
            let len = offset_in(start, w) + w.len();
            return Ok((
                r,
                Count {
                    count,
                    noun: w,
                    kind,
                    len,
                },
            ));
        }
        if is_stopword(w) || w.chars().all(|c| c.is_ascii_digit()) {
            break;
        }
        rest = r;
    }
    Err(nom::Err::Error(()))
}

/// `a four-point proposal`, `the 12-point position paper`: the points are the items, and
/// the noun after them, singular, names the whole (`proposal`, `consensus`, `plan`).
fn point_count<'a>(start: &'a str, i: &'a str) -> Option<(&'a str, Count<'a>)> {
    // `-point` and a space or a line break, within the first twenty bytes.
    let b = i.as_bytes();
    let at = (0..b.len().min(20)).find(|&k| {
        b.get(k..k + 7).is_some_and(|w| {
            w.get(..6)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"-point"))
                && w.get(6)
                    .is_some_and(|c| matches!(c, b' ' | b'\n' | b'\r' | b'\t'))
        })
    })?;
    let (rest, count) = count_number(i.get(..at)?).ok()?;
    if !rest.is_empty() {
        return None;
    }
    let (r, w) = phrase_word(i.get(at + 7..)?.trim_start_matches(is_space)).ok()?;
    if !w.chars().all(|c| c.is_ascii_alphabetic()) || is_stopword(w) {
        return None;
    }
    let kind = if w.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("propos")) {
        EnumerationKind::Proposals
    } else {
        EnumerationKind::Other
    };
    let len = offset_in(start, w) + w.len();
    Some((
        r,
        Count {
            count,
            noun: w,
            kind,
            len,
        },
    ))
}

/// Whether a word may be a count word (or a quote mark before one), from its first three
/// bytes: a digit, a quote mark, a non-ASCII character, or the first three letters of a
/// number word (`one`, `two`, `twe`lve, `thr`ee, `thi`rty, `fou`r, `for`ty, `fiv`e,
/// `fif`ty, `six`, `sev`en, `eig`ht, `nin`e, `ten`, `ele`ven). Most words fail it, which
/// spares the full test.
fn may_open_count(w: &[u8]) -> bool {
    let at = |k: usize| w.get(k).map_or(0, u8::to_ascii_lowercase);
    let Some(&a) = w.first() else {
        return false;
    };
    if !a.is_ascii() {
        return true;
    }
    matches!(
        (at(0), at(1), at(2)),
        (b'1'..=b'9' | b'"' | b'\'', _, _)
            | (b'o', b'n', b'e')
            | (b't', b'w', b'o' | b'e')
            | (b't', b'h', b'r' | b'i')
            | (b't', b'e', b'n')
            | (b'f', b'o', b'u' | b'r')
            | (b'f', b'i', b'v' | b'f')
            | (b's', b'i', b'x')
            | (b's', b'e', b'v')
            | (b'e', b'i', b'g')
            | (b'e', b'l', b'e')
            | (b'n', b'i', b'n')
    )
}

/// The first count phrase among the words of `s`, with its offset in `s`.
pub(crate) fn find_count(s: &str) -> Option<(usize, Count<'_>)> {
    words(s).find_map(|(off, w)| {
        if !may_open_count(w.as_bytes()) {
            return None;
        }
        if !is_count_word(w.trim_start_matches(is_quote)) {
            return None;
        }
        let (_, c) = count_phrase(s.get(off..)?).ok()?;
        Some((off, c))
    })
}

/// The count a list's lead declares for the `items` items under it (rule
/// `declared_count`). A count after `the` names things the text already knows (`the two
/// countries`, `the two sides`), not the list; of the other counts, the first whose
/// number is `items` (`... big enough for the two countries ... to build five pillars
/// for the relationship:`), else the first; the first count of all when each follows
/// `the`.
pub(crate) fn lead_count(s: &str, items: usize) -> Option<(usize, Count<'_>)> {
    let mut first = None;
    let mut first_new = None;
    for (off, w) in words(s) {
        if !may_open_count(w.as_bytes()) || !is_count_word(w.trim_start_matches(is_quote)) {
            continue;
        }
        let Some((_, c)) = s.get(off..).and_then(|t| count_phrase(t).ok()) else {
            continue;
        };
        first.get_or_insert((off, c));
        let known = s.get(..off).is_some_and(|h| {
            h.trim_end_matches(is_space)
                .rsplit(is_space)
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        });
        if known {
            continue;
        }
        if usize::try_from(c.count).is_ok_and(|n| n == items) {
            return Some((off, c));
        }
        first_new.get_or_insert((off, c));
    }
    first_new.or(first)
}

/// A count word that ends `s` with nothing after it but a full stop or a colon, naming
/// `items` (`Let me highlight three.`, `They are four:`), with its offset in `s`: the
/// noun is left out because the sentence before names it.
pub(crate) fn bare_count_at_end(s: &str, items: usize) -> Option<(usize, Count<'_>)> {
    let t = s.trim_end_matches(is_space);
    let t = t.strip_suffix(['.', ':', '：'])?;
    let (off, w) = words(t).last()?;
    if !w.chars().all(|c| c.is_ascii_alphabetic()) || !is_count_word(w) {
        return None;
    }
    let (rest, count) = count_number(w).ok()?;
    let n = u32::try_from(items).ok()?;
    (rest.is_empty() && count == n && count >= 2).then_some((
        off,
        Count {
            count,
            noun: w,
            kind: EnumerationKind::Other,
            len: w.len(),
        },
    ))
}

/// The first `N-point` count among the words of `s` (`a four-point proposal`), with its
/// offset in `s`. Kept apart from [`find_count`]: such a phrase names a thing as often as
/// it announces a list (`the eight-point decision on conduct`), so it counts only where
/// the items that follow agree with it.
pub(crate) fn find_point_count(s: &str) -> Option<(usize, Count<'_>)> {
    words(s).find_map(|(off, w)| {
        let point = w
            .as_bytes()
            .windows(6)
            .any(|x| x.eq_ignore_ascii_case(b"-point"));
        if !may_open_count(w.as_bytes()) || !point {
            return None;
        }
        let at = s.get(off..)?;
        let (_, c) = point_count(at, at.trim_start_matches(is_quote))?;
        Some((off, c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leads_count_agrees_with_its_items() {
        let lead = "The mayor said the port is big enough for the two countries and proposed to build five pillars for the harbour:";
        let count = |items| lead_count(lead, items).map(|(_, c)| c.count);
        assert_eq!(count(5), Some(5));
        // No count agrees: the first that does not follow `the`.
        assert_eq!(count(4), Some(5));
        assert_eq!(
            lead_count("The two countries agreed:", 3).map(|(_, c)| c.count),
            Some(2)
        );
        assert_eq!(
            lead_count("The port has no plan:", 3).map(|(_, c)| c.count),
            None
        );
        // A count of countries that agrees with a truncated list does not hide the
        // proposals' count.
        let truncated = "Xi put forward four proposals for the two countries:";
        assert_eq!(lead_count(truncated, 2).map(|(_, c)| c.count), Some(4));
    }

    #[test]
    fn a_bare_count_ends_the_sentence_before_a_list() {
        let s = "For Kenya, this opens real opportunities. Let me highlight three.";
        let (at, c) = bare_count_at_end(s, 3).expect(s);
        assert_eq!((at, c.count, c.noun), (59, 3, "three"));
        assert!(bare_count_at_end("They are four:", 4).is_some());
        for (s, items) in [
            ("Let me highlight three.", 4),
            ("The plan runs to 2030.", 2030),
            ("We have come to one.", 1),
            ("Let me highlight three of them.", 3),
        ] {
            assert!(bare_count_at_end(s, items).is_none(), "{s}");
        }
    }

    #[test]
    fn point_counts() {
        let s = "Xi on Thursday put forward a four-point proposal for Asia-Pacific cooperation.";
        let (at, c) = find_point_count(s).expect(s);
        assert_eq!(
            (at, c.count, c.noun, c.kind),
            (29, 4, "proposal", EnumerationKind::Proposals)
        );
        let (_, c) = find_point_count("the 12-point position paper").expect("12-point");
        assert_eq!((c.count, c.noun), (12, "position"));
        assert_eq!(find_count(s), None);
        for s in [
            "a turning point for the region",
            "the point of the meeting",
            "a -point mark",
        ] {
            assert!(find_point_count(s).is_none(), "{s}");
        }
    }

    #[test]
    fn any_plural_counts_the_items_when_the_numbers_agree() {
        for (s, items, noun) in [
            (
                "The meeting decided to roll out measures in three respects:",
                3,
                "respects",
            ),
            (
                "Tonight, I would like to share with you four observations.",
                4,
                "observations",
            ),
            ("We recommend four lines of action:", 4, "lines"),
            ("The \"two establishments\" are:", 2, "establishments"),
            // A list noun counts as well.
            ("He raised five proposals:", 5, "proposals"),
        ] {
            let (_, c) = count_of_items(s, items).expect(s);
            assert_eq!((c.count as usize, c.noun), (items, noun), "{s}");
        }
        for (s, items) in [
            // Another number than the items'.
            (
                "The meeting decided to roll out measures in three respects:",
                4,
            ),
            // Nouns of measure and of people count no items.
            ("Over the past three years, we did the following:", 3),
            ("The two sides agreed to:", 2),
            ("Four ministers attended the meeting, which decided:", 4),
            // Not a plural.
            ("The three-pronged approach is this:", 3),
            ("Three progress reports, and this business:", 1),
        ] {
            assert_eq!(count_of_items(s, items), None, "{s}");
        }
    }

    #[test]
    fn the_quick_test_keeps_every_count_word() {
        let mut words = crate::parse::ordinal::spelled::cardinals();
        words.extend((1..1000).map(|n| n.to_string()));
        // Whatever the full test accepts, the quick one lets through.
        let mut counted = 0;
        for w in &words {
            for w in [
                w.clone(),
                w.to_uppercase(),
                format!("\"{w}"),
                format!("“{w}"),
            ] {
                if is_count_word(w.trim_start_matches(is_quote)) {
                    counted += 1;
                    assert!(may_open_count(w.as_bytes()), "{w}");
                }
            }
        }
        assert!(counted > 4 * 1000, "{counted}");
        for w in ["the", "to", "of", "and", "strategic", "new", "0"] {
            assert!(!is_count_word(w));
        }
        for w in [
            "to",
            "of",
            "",
            "the",
            "technology",
            "fight",
            "set",
            "nice",
            "once",
            "nineteenth-century",
        ] {
            assert_eq!(
                may_open_count(w.as_bytes()),
                w == "nineteenth-century",
                "{w}"
            );
        }
    }

    fn c(s: &str) -> Option<(u32, &str, EnumerationKind)> {
        find_count(s).map(|(_, c)| (c.count, c.noun, c.kind))
    }

    #[test]
    fn finds_counts() {
        use EnumerationKind::*;
        assert_eq!(
            c("\"Ten Achievements\"."),
            Some((10, "Achievements", Achievements))
        );
        assert_eq!(c("Six musts"), Some((6, "musts", Principles)));
        assert_eq!(c("five key tasks"), Some((5, "tasks", Tasks)));
        assert_eq!(
            c("The Conference pointed out six focal tasks for the coming year:"),
            Some((6, "tasks", Tasks))
        );
        assert_eq!(c("the following 10 points:"), Some((10, "points", Other)));
        assert_eq!(
            c("visiting four ASEAN member states:"),
            Some((4, "states", Other))
        );
        assert_eq!(
            c("The \"two centennial goals\" refer to"),
            Some((2, "goals", Goals))
        );
        assert_eq!(
            c("put forward four proposals"),
            Some((4, "proposals", Proposals))
        );
        assert_eq!(c("nine aspects"), Some((9, "aspects", Other)));
        assert_eq!(c("Twenty-one measures"), Some((21, "measures", Measures)));
        assert_eq!(c("the six-point proposals"), None);
        assert_eq!(
            c("listed 13 notable strengths of the system"),
            Some((13, "strengths", Other))
        );
        assert_eq!(
            c("I wish to share with you three observations."),
            Some((3, "observations", Other))
        );
        assert_eq!(
            c("Three facts deserve to be underlined."),
            Some((3, "facts", Other))
        );
    }

    #[test]
    fn rejects_measures_and_vague_quantities() {
        for s in [
            "Progress made in the past five years was highlighted:",
            "In the past 10 years of the new era",
            "three consecutive months",
            "a host of measures",
            "some highlights of the year",
            "TARGETS THROUGH 2035",
            "25 percent of the total",
            "the 14th Five-Year Plan",
            "one of the tasks",
            "ten",
        ] {
            assert_eq!(c(s), None, "{s}");
        }
    }

    #[test]
    fn phrase_length_covers_number_to_noun() {
        let (off, count) = find_count("out six focal tasks for").unwrap_or((
            0,
            Count {
                count: 0,
                noun: "",
                kind: EnumerationKind::Other,
                len: 0,
            },
        ));
        assert_eq!((off, count.len), (4, "six focal tasks".len()));
    }
}
