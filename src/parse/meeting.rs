//! The meeting named in a lede: `The Foreign Affairs Work Conference was held in Beijing
//! on December 27-28`, `China's Central Government Economic Work Conference was held from
//! December 10 to 13`, `We, the Leaders of the G20, met in New Delhi on 9-10 September
//! 2023`.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::combinator::opt;
use nom::sequence::preceded;

use super::date::{DateRange, date_range};
use super::ordinal::ordinal_word;
use super::text::{PResult, is_ordinal_suffix, is_space, run, sentence_ends, sp1, words};

/// What a meeting sentence says; strings are sub-slices of the searched text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found<'a> {
    pub(crate) name: Option<&'a str>,
    pub(crate) place: Option<&'a str>,
    pub(crate) dates: Option<(DateRange, &'a str)>,
    pub(crate) sentence: &'a str,
}

fn is_meeting_noun(w: &str) -> bool {
    [
        "Conference",
        "Meeting",
        "Meetings",
        "Session",
        "Sessions",
        "Plenum",
        "Congress",
        "Summit",
        "Forum",
        "Symposium",
        "Assembly",
        "Dialogue",
        "Talks",
        "Seminar",
        "Council",
        "Gathering",
    ]
    .contains(&w)
}

fn is_connector(w: &str) -> bool {
    ["of", "on", "for", "and", "to", "the", "in"].contains(&w)
}

/// The meeting's name: the capitalised words before the keyword, one of them a meeting
/// noun (`Conference`, `Session` ...).
fn name_before(head: &str) -> Option<&str> {
    let ws: Vec<(usize, &str)> = words(head).collect();
    let mut start = None;
    let mut has_noun = false;
    for (k, &(off, w)) in ws.iter().rev().enumerate() {
        if w.ends_with([',', '.', ';', ':']) || k >= 14 {
            break;
        }
        if w.ends_with("'s") || w.ends_with("’s") {
            break;
        }
        let clean = w.trim_start_matches(['*', '"', '“']);
        if clean.starts_with(char::is_uppercase) || clean.starts_with(|c: char| c.is_ascii_digit())
        {
            start = Some(off + (w.len() - clean.len()));
            has_noun |= is_meeting_noun(clean);
        } else if !is_connector(w) {
            break;
        }
    }
    if !has_noun {
        return None;
    }
    let name = head.get(start?..)?.trim_end_matches(is_space);
    let name = name
        .strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name);
    Some(name)
}

/// A plenum named the Xinhua way, in lower case: `second plenary session of the 20th
/// Central Committee of the Communist Party of China (CPC)`, from its ordinal to the end
/// of `head`.
fn plenum_before(head: &str) -> Option<&str> {
    const KEY: &str = "plenary session of ";
    let at = head.char_indices().map(|(i, _)| i).rfind(|&i| {
        head.get(i..i + KEY.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(KEY))
    })?;
    if !head.get(at..)?.contains("Central Committee") {
        return None;
    }
    let before = head.get(..at)?.trim_end_matches(is_space);
    let start = before.rfind(' ').map_or(0, |i| i + 1);
    let ordinal = before.get(start..)?;
    let digits = ordinal.trim_end_matches(char::is_alphabetic);
    let numbered = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && is_ordinal_suffix(ordinal.get(digits.len()..)?);
    let worded = matches!(ordinal_word(ordinal), Ok(("", _)));
    (numbered || worded)
        .then(|| head.get(start..))
        .flatten()
        .map(|n| n.trim_end_matches(is_space))
}

/// The body that holds a meeting: the subject's capitalised words, a bracketed acronym
/// allowed (`The Political Bureau of the Communist Party of China (CPC) Central
/// Committee`).
fn body_before(head: &str) -> Option<&str> {
    let ws: Vec<(usize, &str)> = words(head).collect();
    let mut start = None;
    for (k, &(off, w)) in ws.iter().rev().enumerate() {
        if k >= 20 || w.ends_with([',', '.', ';', ':']) {
            break;
        }
        let acronym = w.starts_with('(') && w.ends_with(')');
        if w.starts_with(char::is_uppercase) || acronym {
            start = Some(off);
        } else if !is_connector(w) {
            break;
        }
    }
    let name = head.get(start?..)?.trim_end_matches(is_space);
    let name = name
        .strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name);
    (!name.is_empty()).then_some(name)
}

fn place(i: &str) -> PResult<'_, &str> {
    let word = |i| take_while1(|c: char| c.is_alphabetic() || c == '-' || c == '\'').parse(i);
    let (rest, _) = (sp1, tag("in"), sp1).parse(i)?;
    let start = rest;
    let (mut rest, first) = word(rest)?;
    if !first.starts_with(char::is_uppercase) {
        return Err(nom::Err::Error(()));
    }
    // More capitalised words: `New Delhi`.
    loop {
        match run(preceded(sp1, word), rest) {
            Ok((r, w)) if w.starts_with(char::is_uppercase) => rest = r,
            _ => break,
        }
    }
    let len = start.len() - rest.len();
    Ok((rest, start.get(..len).unwrap_or("")))
}

fn dates(i: &str) -> PResult<'_, (DateRange, &str)> {
    let (rest, _) = (
        sp1,
        alt((tag("on"), tag("from"), tag("between"), tag("during"))),
        sp1,
    )
        .parse(i)?;
    let start = rest;
    let (rest, r) = date_range(rest)?;
    let len = start.len() - rest.len();
    Ok((rest, (r, start.get(..len).unwrap_or(""))))
}

/// Words that report a meeting: `was held`, `were convened`, `met`, `opened`, `held a
/// meeting` ...
fn keyword_at(prev: &str, w: &str) -> Option<bool> {
    let passive =
        matches!(w, "held" | "convened" | "opened") && matches!(prev, "was" | "were" | "is");
    let active = matches!(
        w,
        "met" | "opened" | "concluded" | "closed" | "held" | "convened"
    );
    // `Some(true)`: the keyword starts at the previous word.
    (passive || active).then_some(passive)
}

/// `a meeting`, `a plenary session`, `its annual conference`: what an active `held`
/// convenes; returns the text after it.
fn convened(i: &str) -> Option<&str> {
    let mut rest = i;
    for _ in 0..4 {
        let (r, _) = run(sp1, rest).ok()?;
        let (r, w) = run(take_while1(|c: char| c.is_alphabetic() || c == '-'), r).ok()?;
        rest = r;
        let noun = w.to_ascii_lowercase();
        if matches!(
            noun.as_str(),
            "meeting" | "session" | "conference" | "symposium" | "plenum" | "forum" | "summit"
        ) {
            return Some(rest);
        }
    }
    None
}

/// Finds the first meeting sentence in `s`.
pub(crate) fn find(s: &str) -> Option<Found<'_>> {
    let mut prev: (usize, &str) = (0, "");
    for (off, w) in words(s) {
        let Some(passive) = keyword_at(prev.1, w) else {
            prev = (off, w);
            continue;
        };
        let at = if passive { prev.0 } else { off };
        let kw_end = off + w.len();
        prev = (off, w);
        let mut after = s.get(kw_end..)?;
        let sentence_start = sentence_ends(s)
            .take_while(|&e| e <= at)
            .last()
            .unwrap_or(0);
        let head = s.get(sentence_start..at)?;
        let mut name = name_before(head).or_else(|| plenum_before(head));
        // `The Political Bureau ... held a meeting on Friday`: the body that met names it.
        let active_held = !passive && matches!(w, "held" | "convened");
        if active_held {
            let Some(rest) = convened(after) else {
                continue;
            };
            after = rest;
            name = name.or_else(|| body_before(head));
        }
        let (mut rest, p1) = run(opt(place), after).ok()?;
        // `in Beijing, capital of China, from October 26 to 29`: past the apposition.
        if p1.is_some() {
            if let Some(tail) = rest.strip_prefix(", capital of ") {
                let comma = tail.find(',').filter(|&c| c <= 40);
                rest = comma.and_then(|c| tail.get(c + 1..)).unwrap_or(rest);
            }
        }
        let (rest, d) = run(opt(dates), rest).ok()?;
        let (_, p2) = if p1.is_none() {
            run(opt(place), rest).ok()?
        } else {
            (rest, None)
        };
        let place = p1.or(p2);
        if d.is_none() && (name.is_none() || (place.is_none() && !active_held)) {
            continue;
        }
        let end = sentence_ends(s).find(|&e| e > at).unwrap_or(s.len());
        return Some(Found {
            name,
            place,
            dates: d,
            sentence: s.get(sentence_start..end)?.trim_matches(is_space),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Option<(Option<&str>, Option<&str>, Option<String>)> {
        find(s).map(|f| {
            (
                f.name,
                f.place,
                f.dates.map(|(d, _)| format!("{} {}", d.start, d.end)),
            )
        })
    }

    #[test]
    fn meeting_sentences() {
        assert_eq!(
            f(
                "**The Foreign Affairs Work Conference was held in Beijing on December 27-28. General Secretary spoke."
            ),
            Some((
                Some("Foreign Affairs Work Conference"),
                Some("Beijing"),
                Some("--12-27 --12-28".to_owned())
            ))
        );
        assert_eq!(
            f(
                "Xinhua reported that China’s Central Government Economic Work Conference was held from December 10 to 13."
            ),
            Some((
                Some("Central Government Economic Work Conference"),
                None,
                Some("--12-10 --12-13".to_owned())
            ))
        );
        assert_eq!(
            f(
                "The Central Conference on Work Relating to Foreign Affairs was held in Beijing on December 27-28, with President Xi"
            ),
            Some((
                Some("Central Conference on Work Relating to Foreign Affairs"),
                Some("Beijing"),
                Some("--12-27 --12-28".to_owned())
            ))
        );
        assert_eq!(
            f(
                "We, the Leaders of the G20, met in New Delhi on 9-10 September 2023, under the theme."
            ),
            Some((
                None,
                Some("New Delhi"),
                Some("2023-09-09 2023-09-10".to_owned())
            ))
        );
    }

    #[test]
    fn plenums_named_in_lower_case() {
        assert_eq!(
            f(
                "The second plenary session of the 20th Central Committee of the Communist Party of China (CPC) was held in Beijing from February 26 to 28, 2023."
            ),
            Some((
                Some(
                    "second plenary session of the 20th Central Committee of the Communist Party of China (CPC)"
                ),
                Some("Beijing"),
                Some("2023-02-26 2023-02-28".to_owned())
            ))
        );
        assert_eq!(
            f(
                "The 5th plenary session of the 19th CPC Central Committee is held in Beijing, capital of China, from October 26 to 29, 2020."
            ),
            Some((
                Some("5th plenary session of the 19th CPC Central Committee"),
                Some("Beijing"),
                Some("2020-10-26 2020-10-29".to_owned())
            ))
        );
        // No ordinal, or no Central Committee: not a plenum's name.
        assert_eq!(
            f("A plenary session of the assembly was held in Geneva on May 2, 2024."),
            Some((
                None,
                Some("Geneva"),
                Some("2024-05-02 2024-05-02".to_owned())
            ))
        );
        assert_eq!(
            f("The plenary session of the Central Committee was held on May 2, 2024."),
            Some((None, None, Some("2024-05-02 2024-05-02".to_owned())))
        );
    }

    #[test]
    fn bodies_that_held_a_meeting() {
        assert_eq!(
            f(
                "The Political Bureau of the Communist Party of China (CPC) Central Committee held a meeting on Friday to analyze the economy."
            ),
            Some((
                Some("Political Bureau of the Communist Party of China (CPC) Central Committee"),
                None,
                None
            ))
        );
        assert_eq!(
            f("The State Council held an executive meeting in Beijing on Nov. 18."),
            Some((
                Some("State Council"),
                Some("Beijing"),
                Some("--11-18 --11-18".to_owned())
            ))
        );
        assert_eq!(f("He held a banner high."), None);
    }

    #[test]
    fn not_meeting_sentences() {
        for s in [
            "The ceremony was held with great fanfare.",
            "They met with friends.",
            "The store opened early.",
            "Nothing here.",
        ] {
            assert_eq!(f(s), None, "{s}");
        }
    }
}
