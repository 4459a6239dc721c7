//! Leads: the first words of a paragraph that state an obligation (`We must`, `It is
//! necessary to`, `All regions and departments should`), and the last words that announce
//! a list (`is ——`, a trailing `:`, `as follows`).

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::combinator::{eof, opt, recognize};
use nom::sequence::{preceded, terminated};

use super::text::{PResult, ascii_lower, is_quote, is_space, phrase_ci, sp1, space_len, tag_ci};
use crate::model::Modality;

/// An obligation lead found by [`obligation_lead`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Lead<'a> {
    pub(crate) modality: Modality,
    /// The words that state the obligation, as printed.
    pub(crate) text: &'a str,
}

/// Words after which the obligation starts: a word boundary.
fn boundary(i: &str) -> PResult<'_, ()> {
    alt((sp1.map(|_| ()), eof.map(|_| ()))).parse(i)
}

fn modal(i: &str) -> PResult<'_, Modality> {
    terminated(
        alt((
            tag_ci("must").map(|_| Modality::Must),
            tag_ci("should").map(|_| Modality::Should),
            (tag_ci("have"), sp1, tag_ci("to")).map(|_| Modality::Must),
            (tag_ci("need"), sp1, tag_ci("to")).map(|_| Modality::NeedTo),
        )),
        boundary,
    )
    .parse(i)
}

/// `also`, `still`, `all` between a subject and its modal (`We also need to`).
fn adverb(i: &str) -> PResult<'_, &str> {
    terminated(
        alt((
            tag_ci("also"),
            tag_ci("still"),
            tag_ci("all"),
            tag_ci("further"),
            tag_ci("always"),
        )),
        sp1,
    )
    .parse(i)
}

/// `We must`, `We should`, `We need to`, `We have to`, `We also need to`.
fn we_modal(i: &str) -> PResult<'_, Modality> {
    preceded((tag_ci("we"), sp1, opt(adverb)), modal).parse(i)
}

fn adjective(i: &str) -> PResult<'_, Modality> {
    alt((
        tag_ci("necessary").map(|_| Modality::Necessary),
        tag_ci("essential").map(|_| Modality::Necessary),
        tag_ci("imperative").map(|_| Modality::Imperative),
        tag_ci("important").map(|_| Modality::Important),
        tag_ci("crucial").map(|_| Modality::Important),
        tag_ci("vital").map(|_| Modality::Important),
        phrase_ci("a must").map(|_| Modality::Must),
    ))
    .parse(i)
}

/// `It is necessary to`, `It is imperative that`, `It is important for`.
fn it_is(i: &str) -> PResult<'_, Modality> {
    let (i, _) = (tag_ci("it"), sp1, tag_ci("is"), sp1).parse(i)?;
    let (i, _) = opt((tag_ci("also"), sp1)).parse(i)?;
    terminated(
        adjective,
        (
            sp1,
            alt((tag_ci("to"), tag_ci("that"), tag_ci("for"))),
            boundary,
        ),
    )
    .parse(i)
}

fn subject_word(i: &str) -> PResult<'_, &str> {
    let (rest, w) =
        take_while1(|c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')).parse(i)?;
    let mut buf = [0u8; 32];
    let lower = ascii_lower(w, &mut buf).unwrap_or("");
    let stop = matches!(
        lower,
        "that"
            | "which"
            | "who"
            | "whom"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "to"
            | "not"
            | "shall"
            | "must"
            | "should"
            | "if"
            | "when"
            | "while"
            | "although"
            | "because"
            | "as"
            | "said"
            | "says"
    );
    if stop {
        Err(nom::Err::Error(()))
    } else {
        Ok((rest, w))
    }
}

/// A short subject (one to five words, no comma, no verb) and `must` or `should`:
/// `The country must`, `It must`, `All regions and departments should`.
fn subject_modal(i: &str) -> PResult<'_, Modality> {
    let (mut rest, _) = subject_word(i)?;
    for _ in 0..5 {
        let (r, _) = sp1(rest)?;
        if let Ok((r2, m)) = preceded(opt(adverb), modal).parse(r) {
            if matches!(m, Modality::Must | Modality::Should) {
                return Ok((r2, m));
            }
            return Err(nom::Err::Error(()));
        }
        let (r, _) = subject_word(r)?;
        rest = r;
    }
    Err(nom::Err::Error(()))
}

/// The obligation stated by the first words of `s`, if any.
pub(crate) fn obligation_lead(s: &str) -> Option<Lead<'_>> {
    let body = s.trim_start_matches(|c: char| is_space(c) || is_quote(c) || c == '*');
    // Most paragraphs state no obligation: look for the words before parsing.
    // The first 96 bytes, a run of whitespace counted as one (line ends do not move it).
    let head = super::text::head(body, 96).as_bytes();
    // `We ...` or `It ...`: the first word, followed by a space of any kind.
    let opens = |w: &[u8]| {
        head.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
            && space_len(head, w.len()) > 0
    };
    // `must` or `should` after a space, found by their consonants in one pass.
    let modal = memchr::memchr2_iter(b'm', b'h', head).any(|i| {
        let word = |from: usize, w: &[u8]| {
            i.checked_sub(from).is_some_and(|s| {
                head.get(s..s + w.len()) == Some(w)
                    && s > 0
                    && matches!(head.get(s - 1), Some(b' ' | b'\n' | b'\t' | 0xA0))
            })
        };
        word(0, b"must") || word(1, b"should")
    });
    if !(opens(b"we") || opens(b"it") || modal) {
        return None;
    }
    let (rest, modality) = alt((we_modal, it_is, subject_modal)).parse(body).ok()?;
    let text = body
        .get(..body.len() - rest.len())?
        .trim_end_matches(is_space);
    Some(Lead { modality, text })
}

/// A list lead's final words: `——`, `—`, `:`, `：`, `as follows`.
fn lead_tail(i: &str) -> PResult<'_, &str> {
    recognize((
        alt((
            tag("——"),
            tag("—"),
            tag(":"),
            tag("："),
            recognize((tag_ci("as"), sp1, tag_ci("follows"), opt(tag(":")))),
        )),
        eof,
    ))
    .parse(i)
}

/// Whether `s` ends by announcing a list (`Building ... is ——`, `We commit to:`,
/// `The main points are summarized as follows`), and not a whole text (`The following is
/// the full text of the speech:`).
pub(crate) fn is_list_lead(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| is_space(c) || c == '*');
    // `Our main findings are as follows.`: a full stop after `as follows` too.
    let s = match s.strip_suffix('.') {
        Some(t)
            if t.len() >= 7
                && t.as_bytes()
                    .get(t.len() - 7..)
                    .is_some_and(|f| f.eq_ignore_ascii_case(b"follows")) =>
        {
            t
        }
        _ => s,
    };
    // Only the last character can open a tail, or the `s` of `follows`.
    if !s.ends_with([':', '：', '—', 's', 'S']) {
        return false;
    }
    // Of the tails, only `as follows` ends in `s`.
    let b = s.as_bytes();
    if matches!(b.last(), Some(b's' | b'S'))
        && !b
            .get(b.len().saturating_sub(7)..)
            .is_some_and(|t| t.eq_ignore_ascii_case(b"follows"))
    {
        return false;
    }
    let mut cut = s.len().saturating_sub(12);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let tail = s.get(cut..).unwrap_or("");
    tail.char_indices()
        .any(|(i, _)| tail.get(i..).is_some_and(|t| lead_tail(t).is_ok()))
        && !announces_text(s)
}

/// Whether a lead-in announces a whole text rather than a list: `The following is the full
/// text of the speech:`, `Full text of the joint statement:`, `The text reads as follows:`.
fn announces_text(s: &str) -> bool {
    let b = s.as_bytes();
    let has = |p: &[u8]| b.windows(p.len()).any(|w| w.eq_ignore_ascii_case(p));
    has(b"full text") || has(b"text of the") || has(b"text reads")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lead(s: &str) -> Option<(Modality, &str)> {
        obligation_lead(s).map(|l| (l.modality, l.text))
    }

    #[test]
    fn obligation_leads() {
        use Modality::*;
        assert_eq!(lead("We must uphold principles"), Some((Must, "We must")));
        assert_eq!(
            lead("It is necessary to establish"),
            Some((Necessary, "It is necessary to"))
        );
        assert_eq!(lead("We should focus"), Some((Should, "We should")));
        assert_eq!(lead("We need to explore"), Some((NeedTo, "We need to")));
        assert_eq!(
            lead("We also need to do"),
            Some((NeedTo, "We also need to"))
        );
        assert_eq!(
            lead("It is imperative that we"),
            Some((Imperative, "It is imperative that"))
        );
        assert_eq!(lead("It must nurture a strong"), Some((Must, "It must")));
        assert_eq!(
            lead("The country must also continue"),
            Some((Must, "The country must"))
        );
        assert_eq!(
            lead("All regions and departments should bear in mind"),
            Some((Should, "All regions and departments should"))
        );
        assert_eq!(
            lead("High-end consumption in big cities should not be"),
            Some((Should, "High-end consumption in big cities should"))
        );
        assert_eq!(
            lead("Efforts should be taken"),
            Some((Should, "Efforts should"))
        );
        assert_eq!(lead("\"We must win\""), Some((Must, "We must")));
    }

    #[test]
    fn not_obligation_leads() {
        for s in [
            "We will strive to build",
            "We affirm that no country should have to choose",
            "Accommodating yet prudent regulation needs to be enhanced and cheating and swindling must be deterred.",
            "At present and for some time to come, external work should be carried out",
            "The communique stresses that the overall leadership of the CPC must be upheld",
            "Counties and townships shall also be included",
            "To ensure the overall stability, it is necessary to",
            "Musty rooms",
            "We mustard",
            "It is necessarily so",
            "Regulation needs to be enhanced",
            "",
        ] {
            assert_eq!(lead(s), None, "{s}");
        }
    }

    #[test]
    fn list_leads() {
        assert!(is_list_lead(
            "Building a community with a shared future for mankind is ——"
        ));
        assert!(is_list_lead("We commit to:"));
        assert!(is_list_lead("six focal tasks：  "));
        assert!(is_list_lead("The main points are summarized as follows"));
        assert!(is_list_lead("as follows:"));
        assert!(is_list_lead("THE TASKS ARE AS FOLLOWS"));
        assert!(is_list_lead("The tasks are as  follows **"));
        assert!(is_list_lead("Our main findings are as follows."));
        assert!(!is_list_lead("What happened next follows."));
        assert!(!is_list_lead("The tasks are these"));
        assert!(!is_list_lead(
            "The following is the full text of the speech:"
        ));
        assert!(!is_list_lead(
            "The text of the joint statement reads as follows:"
        ));
        assert!(!is_list_lead("follows"));
        assert!(!is_list_lead("It grew as follows suit."));
        assert!(!is_list_lead("The time is 10:30 now"));
        assert!(!is_list_lead(""));
    }
}
