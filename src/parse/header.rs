//! Page furniture around the body: kickers glued to titles, bylines and date stamps,
//! datelines, and page chrome.

use crate::lexicon::words::BYLINE_ROLES;
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while_m_n, take_while1};
use nom::character::complete::{char, satisfy};
use nom::combinator::{not, opt, recognize};
use nom::multi::many0;
use nom::sequence::{delimited, preceded, terminated};

use super::credit::{CreditPart, credit_line};
use super::date::{DateRange, date_range, find_date};
use super::text::{
    PResult, is_space, more_words_than, offset_in, phrase_ci, run, sp0, sp1, tag_ci, word_count,
};

/// A kicker glued to the title: `Highlight it!The main points ...` → the length of
/// `Highlight it!`.
pub(crate) fn kicker(title: &str) -> Option<usize> {
    if let Some(n) = genre_kicker(title) {
        return Some(n);
    }
    let (rest, k) = run(
        recognize((
            take_while_m_n(1, 48, |c: char| !matches!(c, '!' | '|' | '】' | ':' | '\n')),
            alt((char('!'), char('|'), char('】'))),
        )),
        title,
    )
    .ok()?;
    let next = rest.chars().next()?;
    let words = word_count(k);
    (next.is_uppercase() && (1..=6).contains(&words) && !k.starts_with(is_space)).then_some(k.len())
}

/// The labels outlets set before a headline with a colon to name the kind of piece:
/// `Explainer: What are ...`, `Full text: Speech by ...`, and the same word after an
/// outlet's or a column's name (`Xinhua Headlines: 5 takeaways ...`, `CGTN Explainer:
/// ...`). (An agency's name alone before a colon, `Xinhua: Conference held`, stays in the
/// title: it names the source, not a kind of piece.)
const GENRE_KICKERS: &[&str] = &[
    "explainer",
    "full text",
    "headlines",
    "translation",
    "analysis",
    "interview",
    "feature",
    "spotlight",
    "exclusive",
    "factbox",
    "fact box",
    "roundup",
    "backgrounder",
    "timeline",
    "q&a",
];

/// A genre kicker with its colon at the start of a title, followed by a capitalised
/// headline: the length of the kicker with its colon. The kicker is one of
/// [`GENRE_KICKERS`], alone or after at most two capitalised words.
fn genre_kicker(title: &str) -> Option<usize> {
    let (k, rest) = title.split_once(':')?;
    let headline = rest.trim_start_matches(is_space);
    let k_words: Vec<&str> = k.split(is_space).filter(|w| !w.is_empty()).collect();
    let known = GENRE_KICKERS.iter().any(|g| {
        let n = g.split(' ').count();
        k_words.len() >= n
            && k_words.len() <= n + 2
            && k_words
                .get(k_words.len() - n..)
                .is_some_and(|tail| tail.join(" ").eq_ignore_ascii_case(g))
            && k_words
                .iter()
                .take(k_words.len() - n)
                .all(|w| w.starts_with(char::is_uppercase))
    });
    (known && headline.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .then(|| k.len() + 1)
}

/// What a byline or date stamp says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Stamp<'a> {
    pub(crate) publisher: Option<&'a str>,
    pub(crate) author: Option<&'a str>,
    pub(crate) date: Option<DateRange>,
    pub(crate) credits: Vec<CreditPart<'a>>,
}

/// A line that opens with an update keyword and holds a dated stamp: `Published June 14,
/// 2022`, `Updated: 2024-01-31 10:20` (rule `closing_stamp` reads one at a text's end).
pub(crate) fn keyword_stamp(s: &str) -> Option<Stamp<'_>> {
    let t = s.trim_matches(is_space);
    // A press release's last line: `Ends/Thursday, March 11, 2021`.
    if let Some(rest) = super::text::strip_prefix_ci(t, "ends/") {
        return stamp(rest).filter(|st| st.date.is_some());
    }
    if update_keyword(t).is_ok() {
        return stamp(t);
    }
    // A page's own note: `Last modified on 3 May 2022`, `This page was last edited on 14
    // February 2025, at 09:12 (UTC).`, `This article was last updated on ...`: the phrase
    // opens the line, or follows `This <word> was`.
    if super::text::longer_than(t, 120) || t.contains('\n') {
        return None;
    }
    let lower = |s: &str, p: &str| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    let mut rest = t;
    if lower(rest, "this ") {
        let mut words = rest.splitn(4, ' ');
        let was = words.nth(2);
        if !was.is_some_and(|w| w.eq_ignore_ascii_case("was")) {
            return None;
        }
        rest = words.next()?;
    }
    let phrase = ["last edited on ", "last modified on ", "last updated on "]
        .iter()
        .find(|p| lower(rest, p))?;
    let (_, _, date) = find_date(rest.get(phrase.len()..)?)?;
    Some(Stamp {
        date: Some(date),
        ..Stamp::default()
    })
}

fn update_keyword(i: &str) -> PResult<'_, &str> {
    recognize((
        terminated(
            alt((
                tag_ci("updated"),
                tag_ci("published"),
                tag_ci("posted"),
                tag_ci("released"),
                phrase_ci("release time"),
                tag_ci("time"),
                tag_ci("date"),
            )),
            // A whole word: `Timely`, `Dated` are not keywords.
            not(satisfy(|c: char| c.is_alphanumeric())),
        ),
        opt(alt((
            (sp1, tag_ci("on")).map(|_| ()),
            (sp0, alt((tag(":"), tag("：")))).map(|_| ()),
        ))),
    ))
    .parse(i)
}

/// `( People's Daily Online )` → `People's Daily Online`.
fn paren_source(i: &str) -> PResult<'_, &str> {
    delimited(
        (char('('), sp0),
        take_while1(|c: char| c != ')' && c != '(' && c != '\n'),
        char(')'),
    )
    .map(|s: &str| s.trim_matches(is_space))
    .parse(i)
}

/// `By Chen Li (Example Daily)` → (`Chen Li`, `Example Daily`): a byline with its outlet
/// in parentheses.
pub(crate) fn by_author_of(s: &str) -> Option<(&str, &str)> {
    let t = s.trim_matches(is_space);
    let body = t.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let outlet = body.get(open + 1..)?.trim_matches(is_space);
    let name = by_author(body.get(..open)?)?;
    (!outlet.is_empty() && !more_words_than(outlet, 6)).then_some((name, outlet))
}

/// `By Kou Jie` (or `by Kou Jie`) → `Kou Jie`, when the name is one to five capitalised
/// words; or a staff byline, whose words may be a role in lower case (`By a staff
/// reporter`, `By Xinhua writers Li Wei and Zhang Min`: up to nine words with a role).
pub(crate) fn by_author(s: &str) -> Option<&str> {
    let t = s.trim_matches(is_space);
    // Think tanks and newsletters print `by Anna Keller, Tom Richter`.
    let name = t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("by "))?
        .trim_matches(is_space);
    // `By [Global Times](https://...)`: the link's text.
    let name = link_text(name).unwrap_or(name);
    // Names in bold: `By **WANG XIAOYU** and **ZHANG YI**`.
    let name = name.trim_matches('*');
    // Reporters each with a place, `By ZHAO YINUO in Xining and LIU JIAWEN in Beijing`:
    // the line as printed names them.
    if name.contains(" and ") && name.split(" and ").all(named_in_place) {
        return Some(name);
    }
    // The reporter's place after the name: `By JIANG YUNXIN in Hangzhou`.
    let name = match name.rsplit_once(" in ") {
        Some((who, place))
            if !who.is_empty()
                && !more_words_than(place, 3)
                && place
                    .split(is_space)
                    .all(|w| w.starts_with(|c: char| c.is_uppercase())) =>
        {
            who.trim_end_matches(is_space)
        }
        _ => name,
    };
    let words = || {
        name.split(is_space)
            .map(|w| w.trim_matches(['*', '_']))
            .filter(|w| !w.is_empty())
    };
    let role = words().any(|w| BYLINE_ROLES.contains(&w));
    let lower_ok = |w: &str| {
        w == "and"
            || role
                && (BYLINE_ROLES.contains(&w)
                    || ["a", "an", "our", "staff", "special", "senior"].contains(&w))
    };
    // Authors with their roles: `Helen Marsh, Senior Fellow, and Tom Reyes, Research
    // Analyst`, each part of four words at most.
    let parts = || name.split(',').map(|p| p.trim_matches(is_space));
    let with_roles = name.contains(',')
        && parts().count() <= 6
        && parts().all(|p| {
            // `and` and any whitespace after it (a line break included).
            let p = match p.strip_prefix("and") {
                Some(r) if r.starts_with(is_space) => r.trim_start_matches(is_space),
                _ => p,
            };
            // `Liang Wen and Sipho Ndlovu, Meridian Wire`: names joined by `and`.
            !p.is_empty()
                && p.split(" and ")
                    .all(|q| !q.is_empty() && word_count(q) <= 4)
        });
    let limit = if with_roles {
        16
    } else if role {
        9
    } else {
        5
    };
    let ok = !name.is_empty()
        && word_count(name) <= limit
        && words().all(|w| w.starts_with(|c: char| c.is_uppercase()) || lower_ok(w));
    ok.then_some(name)
}

/// A reporter's name and place, `ZHAO YINUO in Xining`: one to four capitalised words,
/// `in`, and one to three capitalised words.
fn named_in_place(part: &str) -> bool {
    let capitalised = |s: &str| {
        let n = word_count(s);
        (1..=4).contains(&n)
            && s.split(is_space)
                .filter(|w| !w.is_empty())
                .all(|w| w.starts_with(char::is_uppercase))
    };
    part.trim_matches(is_space)
        .split_once(" in ")
        .is_some_and(|(who, place)| {
            capitalised(who) && capitalised(place) && word_count(place) <= 3
        })
}

/// A dated line that is no stamp: prose (a sentence of a lede that opens with its date,
/// `On 9 November 2020, Ambassador Wang Lixin published a signed article entitled ...`,
/// has more words in lower case than any stamp: `and`, `min read`, `hours ago`; a stamp of
/// parts, with a bar between them, or one that opens with a label, `Source: the official
/// website of ...`, is never prose); a date in a link's address (`![Photo](/img/2027-12-05
/// /a.jpg)`); a copier's note (`[excerpt, saved 15/09/2027]`, `Clipped on: 2028-03-07`);
/// a forum member's profile (`Joined: Sat Jan 09, 2021` dates the member, not the text).
fn undated_line(s: &str) -> bool {
    let parts = s.contains(STAMP_SEPARATORS)
        || update_keyword(s).is_ok()
        || super::credit::is_credit_line(s);
    if !parts && more_words_than(s, 12) && lower_case_words(s) > STAMP_LOWER_MAX {
        return true;
    }
    if link_line(s) || s.starts_with('[') && s.ends_with(']') || copier_note(s) {
        return true;
    }
    [
        "joined",
        "member since",
        "registered",
        "last seen",
        "last visit",
    ]
    .iter()
    .any(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
}

/// Where a labelled credit starts inside a byline piece of a stamp (`By Sun Weiran
/// Source:Global Times` → the offset of `Source:`): a word after the first that opens
/// with a colon label.
fn glued_label(part: &str) -> Option<usize> {
    let t = part.trim_start();
    if !t.starts_with("By ") && !t.starts_with("by ") {
        return None;
    }
    part.match_indices(' ')
        .map(|(i, _)| i + 1)
        .skip(2)
        .find(|&k| {
            part.get(k..).is_some_and(|rest| {
                rest.starts_with(char::is_uppercase)
                    && rest
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.contains([':', '：']))
                    && super::credit::is_credit_line(rest)
            })
        })
}

/// A line of a PDF's running header: parts set apart by a wide gap, at most ten words, no
/// digit, every word capitalised but `of`, `and`, `for` (`Harbourline Bank          Global
/// Research`).
pub(crate) fn running_header_line(c: &str) -> bool {
    c.contains("   ")
        && !more_words_than(c, 10)
        && !c.contains(|ch: char| ch.is_ascii_digit())
        && c.split(is_space)
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "for"))
}

/// The parts of a line set apart by wide gaps (four spaces or more, or a tab), when it
/// has two parts or more.
fn gapped_parts(line: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = line
        .split('\t')
        .flat_map(|p| p.split("    "))
        .map(|p| p.trim_matches(is_space))
        .filter(|p| !p.is_empty())
        .collect();
    (parts.len() >= 2).then_some(parts)
}

/// A page's header of fields on two lines, each set apart by wide gaps, as a course's
/// handout or a memo prints it (`POLS 347  Law and Politics in Contemporary China
/// Spring 2015` / `Week 9 -- Tuesday 10 March 2015          Dr. N. Okafor`): the part
/// with a full date dates the page, a name at the right margin of that line is its author
/// (rule `headline_over_stamp`: the headline is the line under it).
pub(crate) fn field_header<'a>(first: &'a str, second: &'a str) -> Option<Stamp<'a>> {
    let top = gapped_parts(first)?;
    let bottom = gapped_parts(second)?;
    if top.len() > 4 || bottom.len() > 4 {
        return None;
    }
    let full = |p: &&str| {
        super::date::find_date(p)
            .filter(|(_, _, d)| d.start.has_day() && d.start.year().is_some())
            .filter(|_| !more_words_than(p, 8))
            .map(|(_, _, d)| d)
    };
    let in_bottom = bottom.iter().find_map(full);
    let date = in_bottom.or_else(|| top.iter().find_map(full))?;
    // A name at the right margin of the line with the date, after any title (`Dr.`,
    // `Prof.`).
    let author = bottom
        .last()
        .copied()
        .filter(|n| in_bottom.is_some() && super::text::titled_name(n));
    Some(Stamp {
        publisher: None,
        author,
        date: Some(date),
        credits: Vec::new(),
    })
}

/// A report's running header with its date at the right margin, on one line
/// (`Harbourline Securities | Global Research          13 December 2024`): the date is
/// the stamp. The part before the gap is a name of capitalised words, bars allowed, ten
/// words at most and no digit.
fn margin_dated_header(t: &str) -> Option<Stamp<'_>> {
    if !date_at_margin(t) {
        return None;
    }
    let k = t.trim_end_matches(is_space).rfind("   ")?;
    let (head, tail) = (
        t.get(..k)?.trim_matches(is_space),
        t.get(k..)?.trim_matches(is_space),
    );
    let named = !head.is_empty()
        && !more_words_than(head, 10)
        && !head.contains(|ch: char| ch.is_ascii_digit())
        && head.split(is_space).filter(|w| !w.is_empty()).all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(w, "of" | "and" | "for" | "|" | "·" | "-" | "–" | "—" | "&")
        });
    if !named {
        return None;
    }
    stamp(tail)
}

/// A running header's date line: its date after the last wide gap, at the right margin
/// (`Greater China Economics          22 July 2024`).
pub(crate) fn date_at_margin(c: &str) -> bool {
    let t = c.trim_end_matches(is_space);
    !t.contains('\n')
        && t.rfind("   ").is_some_and(|k| {
            let tail = t.get(k..).unwrap_or("").trim_start_matches(is_space);
            super::units::date_line(tail)
        })
}

/// A periodical's issue line dated by its month alone, `CDTP Issue Brief No. 14
/// November 2017`, `Policy Brief | No. 9 | March 2026`: the part that is a month and a
/// year, as [`find_date`] reports a date (a date without a day).
fn issue_month(s: &str) -> Option<(usize, usize, DateRange)> {
    if !super::block::issue_line(s) {
        return None;
    }
    s.split(['|', '·'])
        .flat_map(|p| p.split("  "))
        .find_map(|part| {
            let d = super::date::month_year(part)?;
            let t = part.trim_matches(is_space);
            Some((offset_in(s, t), t.len(), DateRange { start: d, end: d }))
        })
}

/// Reads a byline or date stamp: a short line with a dated publication or source.
///
/// `Mondo Social Updated on 2024-01-31`, `21:44, March 12, 2024     Source: Xinhua`,
/// `By Kou Jie ( People's Daily Online ) 09:40, October 26, 2020`,
/// `Fri, January 15, 2021`, `By Zhang Yi | chinadaily.com.cn | Updated: 2024-01-31`.
pub(crate) fn stamp(s: &str) -> Option<Stamp<'_>> {
    // A stamp set in markdown emphasis: `*By Li Hua · December 11, 2021*`.
    let s = s.trim_matches(|c: char| is_space(c) || c == '*' || c == '_');
    // A stamp is short, on one line, and dated (a date has a digit).
    if s.len() > 240 || s.contains('\n') || !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if undated_line(s) {
        return None;
    }
    let mut out = Stamp::default();
    let (date_at, date_len, date) = find_date(s).or_else(|| issue_month(s))?;
    // A row of an infobox (`Proposed\t21 September 2021`, `Founded\t1949`): a participle
    // of an event alone, a tab, then the date. An outlet's name before a tab (`Xinhua\t
    // 2024-01-31`) or a credit label (`Source: Xinhua\t...`) is a stamp's.
    if let Some((label, _)) = s.split_once('\t') {
        let label = label.trim_matches(is_space);
        if label.len() <= date_at && date_label(label) && update_keyword(label).is_err() {
            return None;
        }
    }
    out.date = Some(date);
    let before = s.get(..date_at)?;
    let after = s.get(date_at + date_len..)?;
    // A wide gap (two spaces or more) sets parts apart too: `December 2, 2024 8:47 AM
    // GMT+8   Updated 3 hours ago`.
    let mut pieces: Vec<&str> = Vec::new();
    for piece in before.split(STAMP_SEPARATORS) {
        for part in piece.split("  ") {
            // A byline glued to a labelled credit, as a one-line scrape joins them (`By
            // Sun Weiran Source:Global Times`): two pieces.
            match glued_label(part) {
                Some(k) => {
                    pieces.extend([part.get(..k).unwrap_or(""), part.get(k..).unwrap_or("")])
                }
                None => pieces.push(part),
            }
        }
    }
    let last_before = pieces.len();
    for piece in after.split(STAMP_SEPARATORS) {
        pieces.extend(piece.split("  "));
    }
    for (n, piece) in pieces.into_iter().enumerate() {
        // `Beijing, October 18, 2023`: a place before a comma and the date, not a
        // publisher.
        let place = n + 1 == last_before
            && piece.trim_end_matches(is_space).ends_with(',')
            && word_count(piece.trim_matches(|c: char| is_space(c) || c == ',')) <= 3
            && !piece.contains('(');
        let Some(mut p) = named_piece(piece, n >= last_before) else {
            continue;
        };
        let credits = credit_line(p);
        if !credits.is_empty() {
            for c in &credits {
                if c.role == crate::model::CreditRole::Source && out.publisher.is_none() {
                    out.publisher = Some(c.name);
                }
            }
            out.credits.extend(credits);
            continue;
        }
        // `By Kou Jie ( People's Daily Online )`.
        if let Some(open) = p.find('(') {
            if let Ok((rest, source)) = paren_source(p.get(open..)?) {
                if rest.trim_matches(is_space).is_empty() {
                    if !source.is_empty() {
                        out.publisher = Some(source);
                    }
                    p = p.get(..open).unwrap_or("").trim_matches(is_space);
                    if p.is_empty() {
                        continue;
                    }
                }
            }
        }
        if let Some(author) = by_author(p) {
            out.author = Some(author);
        } else if let Some((names, affiliation)) = authors_of(p).filter(|_| out.author.is_none()) {
            // `Jonas Reinhardt and Lin Hofmann, Asia Agrarian Policy Programme`.
            out.author = Some(names);
            if out.publisher.is_none() {
                out.publisher = affiliation;
            }
        } else if place
            || p.contains(':')
            || issue_number(p) == Some("")
            // An issue's number after the publisher is known (`Source: Qiushi Journal |
            // Updated: 2023-11-22 | 2023 Issue No. 17`).
            || out.publisher.is_some() && issue_number(p).is_some()
        {
            // A place; or a `Label: value` of the page that names no one (`UNIQUE ID:
            // 180716_9`), since the credit labels were read above; or an issue's number
            // alone (`No. 14`).
            continue;
        } else if let Some(series) = issue_number(p).filter(|_| out.publisher.is_none()) {
            // A series before its issue's number (`CDTP Issue Brief No. 14`).
            out.publisher = Some(series);
        } else if out.publisher.is_none() && publisher_like(p) {
            out.publisher = Some(p);
        } else {
            // Unexplained text: not a stamp.
            return None;
        }
    }
    Some(out)
}

/// A piece of a stamp that ends in an issue's number (`No. 14`, `Issue 187`, `Vol. 3`,
/// `#12`): the words before it, trimmed (empty for the number alone), or `None`.
fn issue_number(p: &str) -> Option<&str> {
    // One number and its label off the end: `No. 14`, `#12` (a hash needs no label).
    fn strip(t: &str) -> Option<&str> {
        let t = t.trim_matches(is_space);
        let (head, number) = t.rsplit_once(is_space).unwrap_or(("", t));
        let hashed = number.starts_with('#');
        let digits = number.trim_start_matches('#');
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let head = head.trim_end_matches(is_space);
        if hashed {
            return Some(head);
        }
        let (before, label) = head.rsplit_once(is_space).unwrap_or(("", head));
        super::block::ISSUE_LABELS
            .iter()
            .any(|l| label.eq_ignore_ascii_case(l))
            .then(|| before.trim_matches(is_space))
    }
    // `Vol. 3 No. 14`: every number off.
    let mut rest = strip(p)?;
    while let Some(r) = strip(rest) {
        rest = r;
    }
    Some(rest)
}

/// Authors without `By` in a piece of a stamp: two names joined by `and`
/// ([`super::block::authors_line`]), and the affiliation after a comma if any (`Jonas
/// Reinhardt and Lin Hofmann, Asia Agrarian Policy Programme`, of at most six words).
fn authors_of(p: &str) -> Option<(&str, Option<&str>)> {
    let (names, affiliation) = match p.split_once(',') {
        Some((n, a)) => (n.trim_matches(is_space), Some(a.trim_matches(is_space))),
        None => (p, None),
    };
    let affiliation = affiliation.filter(|a| !a.is_empty());
    let fits = affiliation.is_none_or(|a| !a.contains(',') && publisher_like(a));
    (super::block::authors_line(names) && fits).then_some((names, affiliation))
}

/// A page's buttons after a stamp's date: a font-size switch in letters or words (`[ L
/// M  S ]`, `A+ A-`, `[ Large  Medium  Small ]`, cut into pieces at its wide gaps: `[ L`,
/// `M`, `S ]`), `Print`, `Close`, `Share`, in brackets or not (`[Print] [Close]`).
fn page_button(p: &str) -> bool {
    const BUTTONS: &[&str] = &[
        "print",
        "close",
        "share",
        "email",
        "favorite",
        "favourite",
        "large",
        "medium",
        "small",
    ];
    // The letters of a size switch: `L`, `M`, `S`, `A`, `A+`, `A-`.
    const SIZES: &[&str] = &["l", "m", "s", "a", "a+", "a-", "+", "-"];
    p.split(is_space).filter(|w| !w.is_empty()).all(|w| {
        let t = w.trim_matches(['[', ']']);
        t.is_empty()
            || BUTTONS.iter().any(|b| t.eq_ignore_ascii_case(b))
            || SIZES.iter().any(|b| t.eq_ignore_ascii_case(b))
    })
}

/// What a piece of a stamp names, without what names no one: punctuation alone, the
/// date's label alone (`发布时间：`, `Release date:`), a second date after the stamp's
/// (`Last updated 5 November 2027`, when `after` the date), a WeChat post's mark of an
/// original post (`原创`) and the writer's province after the time, a time, a reading
/// time (see [`stamp_piece`]), and an update keyword after a name (`Mondo Social Updated
/// on` → `Mondo Social`; `Source: Xinhua Updated:` → `Source: Xinhua`). `None` when
/// nothing is left.
fn named_piece(piece: &str, after: bool) -> Option<&str> {
    let p = piece.trim_matches(|c: char| is_space(c) || matches!(c, ',' | '-' | '–'));
    let label_alone = p
        .strip_suffix([':', '：'])
        .is_some_and(|l| !l.contains([':', '：']) && word_count(l) <= 3);
    if !p.contains(char::is_alphanumeric)
        || label_alone
        || after && (later_date(p) || page_button(p))
    {
        return None;
    }
    let p = p
        .strip_prefix("原创")
        .filter(|r| r.is_empty() || r.starts_with(is_space))
        .map_or(p, |r| r.trim_start_matches(is_space));
    if p.is_empty() || after && time_then_place(p) {
        return None;
    }
    let p = stamp_piece(p)?;
    let keyword_at = p
        .char_indices()
        .filter(|(i, _)| *i == 0 || p.get(..*i).is_some_and(|h| h.ends_with(' ')))
        .find_map(|(i, _)| {
            let tail = p.get(i..)?;
            let (rest, _) = update_keyword(tail).ok()?;
            rest.trim_matches(is_space).is_empty().then_some(i)
        });
    let p = match keyword_at {
        Some(k) => p.get(..k).unwrap_or("").trim_matches(is_space),
        None => p,
    };
    (!p.is_empty()).then_some(p)
}

/// A piece of a stamp after its date that is another date with its label: `Last updated 5
/// November 2027`, `Updated: 2027-11-05 10:02`, `Modified 6 Nov 2027`.
fn later_date(p: &str) -> bool {
    let Some((at, len, _)) = find_date(p) else {
        return false;
    };
    let before = p.get(..at).unwrap_or("").trim_matches(is_space);
    let before = before
        .strip_prefix("Last ")
        .or_else(|| before.strip_prefix("last "))
        .unwrap_or(before);
    let label = before.is_empty()
        || update_keyword(before).is_ok_and(|(rest, _)| rest.trim_matches(is_space).is_empty())
        || ["modified", "edited", "revised"]
            .iter()
            .any(|w| before.trim_end_matches([':', ' ']).eq_ignore_ascii_case(w));
    let after = p
        .get(at + len..)
        .unwrap_or("")
        .trim_matches(|c: char| is_space(c) || c == ',');
    label && (after.is_empty() || clock_time(after))
}

/// What separates the parts of a stamp: `Source: Xinhua | 2024-01-31`,
/// `By Li Hua · December 11, 2021 · 7 min read`, `Post by lin » Tue Apr 14, 2026`,
/// `Posted on March 8, 2026 by Ann Lee — 14 Comments`.
/// The most words in lower case a stamp holds (`By Liang Wen and Sipho Ndlovu | 14 May
/// 2024 | Updated 2 hours ago | 4 min read` has five).
const STAMP_LOWER_MAX: usize = 8;

/// How many words of `s` open with a lower-case letter.
fn lower_case_words(s: &str) -> usize {
    s.split(is_space)
        .filter(|w| {
            w.trim_start_matches(['(', '"', '“', '\''])
                .starts_with(char::is_lowercase)
        })
        .count()
}

const STAMP_SEPARATORS: [char; 6] = ['|', '•', '·', '»', '—', '\u{3000}'];

/// One piece of a stamp without the parts that name no one: a trailing time (`09:12`,
/// `08:05 PM GMT+8`), a reading time (`7 min read`), a time relative to now (`Updated 2
/// hours ago`), a weekday, a read count, a stray parenthesis. `None` when nothing is left.
fn stamp_piece(p: &str) -> Option<&str> {
    if clock_time(p) || is_widget(p) || relative_time(p) || weekday(p) || view_count(p) {
        return None;
    }
    let mut p = p;
    // A time before a source: `10:21:33 Source: Xinhua`.
    let first = p.split(' ').next().unwrap_or("").trim_end_matches(',');
    if first.len() <= 8
        && first.contains(':')
        && first.chars().all(|c| c.is_ascii_digit() || c == ':')
    {
        p = p
            .get(first.len()..)
            .unwrap_or("")
            .trim_start_matches(|c: char| is_space(c) || c == ',');
        p = strip_meridiem(p);
        if p.is_empty() || relative_time(p) {
            return None;
        }
    }
    // `Xinhua) 08:07, February 01, 2024`: a copy that lost one of the parentheses.
    if !p.contains('(') {
        p = p.trim_end_matches(|c: char| c == ')' || is_space(c));
    } else if !p.contains(')') {
        p = p.trim_start_matches(|c: char| c == '(' || is_space(c));
    }
    (!p.is_empty()).then_some(p)
}

/// The province-level divisions, as a WeChat post's stamp names the writer's.
const PROVINCES: &[&str] = &[
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
];

/// A clock time and a province after it (`07:50 北京`), as a WeChat post's stamp prints
/// the writer's: a place, not an outlet (`07:50 新华网` names the outlet).
fn time_then_place(p: &str) -> bool {
    let Some((time, place)) = p.split_once(' ') else {
        return false;
    };
    clock_time(time) && PROVINCES.contains(&place.trim_matches(is_space))
}

/// A clock time alone: `09:12`, `21:44:05`, `08:05 PM`, `8:05 a.m.`.
fn clock_time(p: &str) -> bool {
    let digits = p.split(is_space).next().unwrap_or("");
    !digits.is_empty()
        && digits.len() <= 8
        && digits.contains(':')
        && digits.chars().all(|c| c.is_ascii_digit() || c == ':')
        && strip_meridiem(
            p.get(digits.len()..)
                .unwrap_or("")
                .trim_start_matches(is_space),
        )
        .is_empty()
}

/// `p` without an `AM` or `PM` (`a.m.`, `pm`) at its start.
fn strip_meridiem(p: &str) -> &str {
    let mut p = p;
    for m in ["a.m.", "p.m.", "am", "pm"] {
        if let Some(h) = p.get(..m.len()) {
            let rest = p.get(m.len()..).unwrap_or("");
            if h.eq_ignore_ascii_case(m) && !rest.starts_with(|c: char| c.is_alphanumeric()) {
                p = rest.trim_start_matches(is_space);
                break;
            }
        }
    }
    strip_zone(p)
}

/// The text after a clock time's zone, `GMT+8`, `UTC`, `BJT`, `(Beijing Time)`.
fn strip_zone(p: &str) -> &str {
    if let Some(rest) = p.strip_prefix("(Beijing Time)") {
        return rest.trim_start_matches(is_space);
    }
    let token = p.split(is_space).next().unwrap_or("");
    // A numeric offset, as feeds print it: `+0800`, `-05:00`.
    let offset = token.len() >= 5
        && token.starts_with(['+', '-'])
        && token
            .bytes()
            .skip(1)
            .all(|b| b.is_ascii_digit() || b == b':');
    let zone = offset
        || [
            "GMT", "UTC", "BJT", "CST", "HKT", "SGT", "EST", "EDT", "CET", "BST",
        ]
        .iter()
        .any(|z| {
            token.strip_prefix(z).is_some_and(|off| {
                off.is_empty()
                    || off.starts_with(['+', '-'])
                        && off.len() <= 6
                        && off.bytes().skip(1).all(|b| b.is_ascii_digit() || b == b':')
            })
        });
    // A zone glued to the next part by a scrape: `GMT+8Updated 3 hours ago`.
    if !zone {
        let glued = ["GMT", "UTC"].iter().find_map(|z| {
            let off = token.strip_prefix(z)?;
            let digits = off
                .strip_prefix(['+', '-'])?
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b':')
                .count();
            let rest = off.get(1 + digits..)?;
            (digits > 0 && digits <= 5 && rest.starts_with(|c: char| c.is_ascii_uppercase()))
                .then(|| p.get(z.len() + 1 + digits..))
                .flatten()
        });
        if let Some(rest) = glued {
            return rest;
        }
    }
    if zone {
        p.get(token.len()..)
            .unwrap_or("")
            .trim_start_matches(is_space)
    } else {
        p
    }
}

/// A page's count of its readers, `3.2w reads`, `1.5k views`, `12,408 views`: a number
/// (with a `k`, `m`, `w` or `万` multiplier) and `reads` or `views`.
fn view_count(p: &str) -> bool {
    let mut w = p.split(is_space).filter(|w| !w.is_empty());
    let (Some(n), Some(unit), None) = (w.next(), w.next(), w.next()) else {
        return false;
    };
    let n = n.trim_end_matches(['k', 'K', 'm', 'M', 'w', 'W', '万']);
    !n.is_empty()
        && n.starts_with(|c: char| c.is_ascii_digit())
        && n.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && ["reads", "views", "read", "view"]
            .iter()
            .any(|u| unit.eq_ignore_ascii_case(u))
}

/// A day of the week, as a stamp prints it before its date: `Thursday`, `Thu`, `Thu.`.
fn weekday(p: &str) -> bool {
    super::date::weekday_name(p.trim_end_matches(['.', ',']))
}

/// A relative time a page prints beside its date, `Updated 2 hours ago`, `3 days ago`,
/// `Updated 2 minutes ago`: it names no one.
pub(crate) fn relative_time(p: &str) -> bool {
    let t = p
        .strip_prefix("Updated")
        .or_else(|| p.strip_prefix("updated"))
        .unwrap_or(p)
        .trim_matches(is_space);
    let mut w = t.split(is_space).filter(|w| !w.is_empty());
    let (Some(n), Some(unit), Some(ago), None) = (w.next(), w.next(), w.next(), w.next()) else {
        return false;
    };
    (n.bytes().all(|b| b.is_ascii_digit()) || n == "a" || n == "an")
        && ["second", "minute", "hour", "day", "week", "month"]
            .iter()
            .any(|u| unit.trim_end_matches('s').eq_ignore_ascii_case(u))
        && ago.eq_ignore_ascii_case("ago")
}

/// A header block's stamp: a one-line stamp ([`stamp`]), or the authors' line over a date
/// line (`Helen Marsh and Tobias Reuter` over `6 November 2017`, as a report's cover
/// prints them): two lines, the first one to eight capitalised words (`and` allowed), the
/// second a stamp. The first line is then the stamp's author.
pub(crate) fn block_stamp(s: &str) -> Option<Stamp<'_>> {
    let t = s.trim_matches(is_space);
    // A release's last line (`Ends/Thursday, March 11, 2021`) closes the text: it is read
    // only at the end (rule `closing_stamp`).
    if super::text::strip_prefix_ci(t, "ends/").is_some() {
        return None;
    }
    if !t.contains('\n') {
        return stamp(t).or_else(|| margin_dated_header(t));
    }
    let (first, second) = t.split_once('\n')?;
    let (first, second) = (first.trim_matches(is_space), second.trim_matches(is_space));
    if second.contains('\n') || first.is_empty() {
        return None;
    }
    // A stamp over a line of furniture (`tags: #diplomacy #notes`), or over its outlet's
    // name in one word (`Updated: Nov 20, 2026 21:47` / `Xinhua`; two words may be a
    // person's name).
    let outlet = word_count(second) == 1
        && !second.contains(|c: char| c.is_ascii_digit())
        && !matches!(super::text::final_char(second), Some('.' | ';' | ':' | ','))
        && second.starts_with(char::is_uppercase);
    if is_chrome(second) || outlet {
        if let Some(mut st) = stamp(first) {
            if outlet && !is_chrome(second) && st.publisher.is_none() {
                st.publisher = Some(second);
            }
            return Some(st);
        }
    }
    // A PDF's running header over its date line, its parts set apart by a wide gap
    // (`Harbourline Bank          Global Research` / `Greater China Economics      22 July
    // 2024`): the date line is the stamp.
    if running_header_line(first) && date_at_margin(second) {
        if let Some(st) = stamp(second) {
            return Some(st);
        }
    }
    if let Some(st) = field_header(first, second) {
        return Some(st);
    }
    if more_words_than(first, 8) {
        return None;
    }
    // The authors, or a byline (`by Anna Keller, Tom Richter`).
    let byline = by_author(first);
    // Names may be set in bold (`**Anna Koval** and **Chen Yiming**`).
    let names = byline.is_some()
        || first.split(is_space).filter(|w| !w.is_empty()).all(|w| {
            let w = w.trim_matches(['*', '_']);
            w == "and" || w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with(['.', ':', ';'])
        });
    if !names || first.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut st = stamp(second)?;
    if byline.is_none() && super::block::issue_line(second) {
        // A periodical's name over its issue line (`CEDR Policy Brief` / `No. 7 |
        // November 2023`): the publisher, no author.
        st.publisher.get_or_insert(first);
        return Some(st);
    }
    if st.author.is_none() && st.publisher.is_none() {
        st.author = Some(byline.unwrap_or(first));
        Some(st)
    } else {
        None
    }
}

/// A participle that labels the date of an event or a page, alone: `Proposed`,
/// `Adopted`, `Founded` (an outlet may end in `-ed` too: `Wired`).
fn date_label(p: &str) -> bool {
    const PARTICIPLES: &[&str] = &[
        "proposed",
        "adopted",
        "founded",
        "established",
        "signed",
        "launched",
        "issued",
        "enacted",
        "promulgated",
        "announced",
        "released",
        "published",
        "updated",
        "posted",
        "modified",
        "created",
        "revised",
        "approved",
    ];
    let w = p.trim_matches(is_space).trim_end_matches([':', '：']);
    PARTICIPLES.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// A publisher's name in a stamp: at most six words, each capitalised, a connector (`of`,
/// `the`, `and`, `for`) or a web address (`chinadaily.com.cn`). A sentence that happens to
/// hold a date (`The plan was first discussed on May 3, 2022.`) names no publisher, so it
/// is not a stamp.
fn publisher_like(p: &str) -> bool {
    // A participle alone is a label of the date (`Proposed`, `Adopted`), not an outlet's
    // name.
    !date_label(p)
        && word_count(p) <= 6
        && p.split(is_space).filter(|w| !w.is_empty()).all(|w| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || w.starts_with(|c: char| !c.is_lowercase())
                || matches!(w, "of" | "the" | "and" | "for" | "de")
                || w.contains('.')
        })
}

/// In a text on one line, the byline stamp near its start: `( Xinhua ) 08:20, October 30,
/// 2020` or `By Kou Jie ( People's Daily Online ) 09:40, October 26, 2020`. Returns the
/// stamp's start and end offsets.
pub(crate) fn inline_stamp(s: &str) -> Option<(usize, usize)> {
    let mut limit = s.len().min(600);
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    let head = s.get(..limit)?;
    let (date_at, date_len, date) = find_date(head)?;
    date.start.year()?;
    let before = head.get(..date_at)?.trim_end_matches(is_space);
    if let Some(found) = keyword_inline_stamp(head, before, date_at + date_len) {
        return Some(found);
    }
    let body = before.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let mut start = open;
    let lead = body.get(..open)?.trim_end_matches(is_space);
    // `By Kou Jie` just before the parenthesis.
    if let Some(by) = lead.rfind("By ") {
        if by_author(lead.get(by..)?).is_some() {
            start = by;
        }
    }
    let end = date_at + date_len;
    (start > 0).then_some((start, end))
}

/// Where a source credit glued right before a stamp's keyword starts (`... nature Source:
/// Xinhua Updated: 2023-07-19`): the credit is the stamp's; `start` when there is none.
/// The name is one to three capitalised words.
fn source_before(head: &str, start: usize) -> usize {
    let before = head.get(..start).unwrap_or("").trim_end_matches(is_space);
    let from = before.len().saturating_sub(48);
    let window = (from..before.len())
        .find(|&i| before.is_char_boundary(i))
        .and_then(|i| before.get(i..))
        .unwrap_or("");
    let Some(at) = window.rfind("Source:") else {
        return start;
    };
    let name = window.get(at + 7..).unwrap_or("").trim_matches(is_space);
    let words = name.split(is_space).filter(|w| !w.is_empty());
    let capitalised = words.clone().all(|w| w.starts_with(char::is_uppercase));
    let n = words.count();
    // The headline keeps three words at least.
    let pos = before.len() - window.len() + at;
    if (1..=3).contains(&n) && capitalised && more_words_than(head.get(..pos).unwrap_or(""), 2) {
        pos
    } else {
        start
    }
}

/// The stamp glued between headline and text by a scraper in its keyword form: `Updated:
/// 2027-12-24 18:37 | Source: Xinhua | Editor: Li Yan` (`before` is the text before the
/// date, which must end with the keyword after a headline of three words or more; `end`
/// where the date ends). The parts after bars are credits; the last one's name has no
/// end of its own, so it is taken only for a person's role and a name in pinyin of two
/// words, surname first (`Editor: Li Yan Wang Huning, chairman of ...` → `Li Yan`).
fn keyword_inline_stamp(head: &str, before: &str, end: usize) -> Option<(usize, usize)> {
    // The keyword: the last word or two of `before`, with or without its colon.
    let bare = before
        .trim_end_matches([':', '：'])
        .trim_end_matches(is_space);
    let start = [2usize, 1].iter().find_map(|&n| {
        let mut at = bare.len();
        for _ in 0..n {
            at = bare.get(..at)?.trim_end_matches(is_space).rfind(is_space)? + 1;
        }
        let tail = before.get(at..)?;
        let (rest, _) = update_keyword(tail).ok()?;
        rest.trim_matches(is_space).is_empty().then_some(at)
    })?;
    if !more_words_than(head.get(..start)?, 2) {
        return None;
    }
    let start = source_before(head, start);
    // The keyword with its colon (`Updated:`), or credits after a bar: a sentence that
    // says `published on September 26, 2023` is not a glued stamp.
    let colon = before.ends_with([':', '：']);
    let barred = head.get(end..).is_some_and(|r| {
        r.trim_start_matches(|c: char| is_space(c) || c.is_ascii_digit() || c == ':')
            .starts_with(['|', '｜'])
    });
    if !colon && !barred {
        return None;
    }
    let mut end = end;
    // A clock time after the date.
    let after = head.get(end..)?;
    let trimmed = after.trim_start_matches(is_space);
    let clock: usize = trimmed
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b':')
        .count();
    if clock >= 4 && trimmed.get(..clock).is_some_and(|c| c.contains(':')) {
        end += after.len() - trimmed.len() + clock;
    }
    // Credits after bars.
    loop {
        let rest = head.get(end..)?;
        let Some(part) = rest.trim_start_matches(is_space).strip_prefix(['|', '｜']) else {
            break;
        };
        let part = part.trim_start_matches(is_space);
        let part_at = offset_in(head, part);
        let closed = part.find(['|', '｜']);
        match closed {
            Some(k) => {
                let piece = part.get(..k)?.trim_end_matches(is_space);
                if credit_line(piece).is_empty() {
                    break;
                }
                end = part_at + piece.len();
            }
            None => {
                let Some(n) = last_credit_name(part) else {
                    break;
                };
                end = part_at + n;
                break;
            }
        }
    }
    Some((start, end))
}

/// The length of a credit for a person at the start of `part` whose name runs on into
/// the text: the label and two words of a name in pinyin, surname first.
fn last_credit_name(part: &str) -> Option<usize> {
    let credits = credit_line(part);
    let first = credits.first()?;
    use crate::model::CreditRole;
    let person = matches!(
        first.role,
        CreditRole::Editor
            | CreditRole::EditorInCharge
            | CreditRole::WebEditor
            | CreditRole::Reporter
            | CreditRole::Author
            | CreditRole::Translator
    );
    let name_at = offset_in(part, first.name);
    let mut words = first.name.split(' ');
    let (surname, given) = (words.next()?, words.next()?);
    let given = given.trim_end_matches([',', '.']);
    let pinyin = crate::lexicon::words::SURNAMES.contains(&surname)
        && given.starts_with(|c: char| c.is_ascii_uppercase())
        && given.chars().skip(1).all(|c| c.is_ascii_lowercase());
    (person && pinyin).then_some(name_at + surname.len() + 1 + given.len())
}

/// A dateline up to its dash: `BEIJING, Oct. 29 (Xinhua) --`. Gives the agency in its
/// parentheses, if any.
fn dateline_head(i: &str) -> PResult<'_, Option<&str>> {
    // `BEIJING`, `HONG KONG`, `NEW DELHI`: capitalised words of two letters or more.
    let word = |i| {
        recognize((
            take_while_m_n(2, 40, |c: char| c.is_uppercase()),
            take_while(|c: char| c.is_uppercase() || c == '-' || c == '\''),
        ))
        .parse(i)
    };
    let place = recognize((word, many0((char(' '), word))));
    (
        place,
        opt((char(','), sp1, date_range)),
        opt(preceded(sp1, paren_source)),
        sp1,
        alt((tag("--"), tag("—"), tag("–"), tag("-"))),
    )
        .map(|(_, _, agency, _, _)| agency)
        .parse(i)
}

/// A dateline at the start of a paragraph: `BEIJING, Oct. 29 (Xinhua) -- `. Returns its
/// length, trailing space included.
pub(crate) fn dateline(s: &str) -> Option<usize> {
    let (rest, _) = run((dateline_head, sp1), s).ok()?;
    Some(offset_in(s, rest))
}

/// The agency a dateline names: `BEIJING, March 1 (Xinhua) --` → `Xinhua`. A name: at
/// most four words, capitalised; not a remark in parentheses.
pub(crate) fn dateline_agency(s: &str) -> Option<&str> {
    let (rest, agency) = run(dateline_head, s).ok()?;
    agency.filter(|a| {
        rest.trim_matches(is_space).is_empty()
            && a.starts_with(char::is_uppercase)
            && !more_words_than(a, 4)
    })
}

/// Whole lines that are page furniture.
const WHOLE: &[&str] = &[
    "related pages",
    "related news",
    "related articles",
    "related stories",
    "related reading",
    "related",
    "read more",
    "share this",
    "editor's pick",
    "editors' picks",
    "most read",
    "most popular",
    "recommended",
    "back to top",
    "advertisement",
    "top",
    "skip to content",
    "skip to main content",
    "pdf",
    "download pdf",
    "enditem",
    // A wire's end marker, as the Hong Kong government's releases print it.
    "nnnn",
    "today's press releases",
    "you may also like",
    "you might also like",
    "more from this site",
    "recommended for you",
    "sign up",
    "sign in",
    "log in",
    "subscribe",
    "open app",
    "open in app",
    "newsletter",
    "leave a comment",
    "print this page",
    "suggest to a friend",
    "email to a friend",
    "send to a friend",
    "jump to content",
    "jump to navigation",
    "jump to search",
    "skip to navigation",
    "main menu",
    "create account",
];

/// Where navigation links lead: `Return to the Library`, `Back to list`.
const NAV_TARGETS: &[&str] = &[
    "the library",
    "library",
    "list",
    "the list",
    "home",
    "homepage",
    "the homepage",
    "index",
    "the index",
    "contents",
    "previous page",
    "search results",
    "menu",
];

/// A navigation link: `Return to` or `Back to` and where it leads.
fn is_nav_link(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| is_space(c) || c == '>' || c == '»');
    ["return to ", "back to ", "go to "].iter().any(|p| {
        t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
            && t.get(p.len()..)
                .is_some_and(|rest| NAV_TARGETS.iter().any(|n| rest.eq_ignore_ascii_case(n)))
    })
}

/// Openings of promotion and rights lines.
const PREFIX: &[&str] = &[
    "for the latest",
    "please follow",
    "follow us on",
    "copyright",
    "all rights reserved",
    "©",
    "subscribe to",
    "download the app",
    "scan the qr code",
    "tags:",
    "related:",
    "share:",
    "advertisement",
    "sign up for",
    "subscribe now",
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "download pdf",
    "download the pdf",
    "download the full report",
    "read more:",
    "read also:",
    "see also:",
    "open the app",
    "open in app",
    "read in the app",
    "read in app",
    "view this email in your browser",
    "view this email in a browser",
    "view it in your browser",
    "view in browser",
    "view online",
    "unsubscribe",
    "you are receiving this email",
    "you received this email",
    // A release's time of issue under its `Ends/` line: `Issued at HKT 18:42`.
    "issued at hkt",
];

/// The longest entry of [`WHOLE`], in bytes: longer lines are not compared with it.
const WHOLE_MAX: usize = 22;

/// The bytes the entries of [`PREFIX`] open with (`©` opens with 0xC2): lines that open
/// otherwise are not compared with it.
const PREFIX_FIRST: &[u8] = b"fpcas\xc2dtrowvuyi";

/// A slide's marker on a line of its own, as a presentation's text export prints it (rule
/// `slide_deck`): `Slide 3`, `--- Slide 3 ---`, `Slide 3 of 12`, `=== Slide 3 ===`.
pub(crate) fn slide_marker(s: &str) -> bool {
    let t = s.trim_matches(|c: char| is_space(c) || matches!(c, '-' | '=' | '#' | '*'));
    let Some(rest) = super::text::strip_prefix_ci(t, "slide ") else {
        return false;
    };
    let number = |n: &str| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit());
    match rest.split_once(" of ") {
        Some((n, total)) => number(n) && number(total),
        None => number(rest.trim_end_matches(':')),
    }
}

/// A browser's header on a page printed to PDF (rule `browser_print`): the date and time
/// the page was printed, as an English-language browser prints them, then past a wide
/// gap the page's title: `1/19/23, 4:32 PM          Full Text: China's Green
/// Development in the New Era` → (2023-01-19, `Full Text: China's Green ...`).
pub(crate) fn print_header(line: &str) -> Option<(crate::model::Date, &str)> {
    let t = line.trim_matches(is_space);
    let (stamp, title) = t.split_once("  ")?;
    let title = title.trim_matches(is_space);
    let (date, time) = stamp.split_once(", ")?;
    let mut parts = date.split('/');
    let number = |p: Option<&str>, max: usize| {
        p.filter(|p| (1..=max).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u16>().ok())
    };
    let (month, day, year) = (
        number(parts.next(), 2)?,
        number(parts.next(), 2)?,
        parts.next()?,
    );
    let year = match year.len() {
        2 => 2000 + number(Some(year), 2)?,
        4 => number(Some(year), 4)?,
        _ => return None,
    };
    // The time: `4:32 PM`.
    let (clock, half) = time.trim_matches(is_space).split_once(' ')?;
    let clock_ok = clock
        .split_once(':')
        .is_some_and(|(h, m)| number(Some(h), 2).is_some() && number(Some(m), 2).is_some());
    if parts.next().is_some() || !clock_ok || !matches!(half, "AM" | "PM") {
        return None;
    }
    // A footer's address is no title (`english.www.gov.cn/archive/...html`).
    let address = web_address(title) || !title.contains(' ') && title.contains(['/', '.']);
    if title.is_empty() || address || title.contains("  ") {
        return None;
    }
    let d = crate::model::Date::new(
        Some(year),
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )?;
    Some((d, title))
}

/// Whether `line` is the headline a browser's title holds (rule `browser_print`): three
/// words or more, at least half of them in the title (`Full text: The Taiwan Question
/// ...` in `Full text: The Taiwan Question ... - Xinhua | English.news.cn`).
pub(crate) fn held_in_print_title(line: &str, printed: &str) -> bool {
    // A numbered section's heading is no headline; the page's furniture neither.
    if print_header(line).is_some() || super::ordinal::ordinal_marker(line).is_some() {
        return false;
    }
    // Words that carry the title, not `the`, `of`, `and`.
    let content = |t: &'_ str| -> Vec<String> {
        t.split(is_space)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| {
                w.len() > 2 && !["the", "and", "for", "with", "new", "era"].contains(&w.as_str())
            })
            .collect()
    };
    let title = content(printed);
    let words = content(line);
    let inside = words.iter().filter(|w| title.contains(w)).count();
    words.len() >= 3 && 5 * inside >= 3 * words.len()
}

/// A note-taker's line under a note's title, set in emphasis (rule `writers_note`):
/// `*JL, written 9 Nov 2012 (report delivered Thu 8 Nov). Source: ...*`, `_last edited
/// 2021-11-03 · for the Q4 China climate memo · MH_`: a word of writing (`written`,
/// `edited`, `updated`, `drafted`) with a full date after it. Returns the writer's name
/// or initials when the line gives them (before the word and a comma, or the last part
/// after a `·`), `Some(None)` when it names no one, `None` when it is no such line.
pub(crate) fn writers_note(c: &str) -> Option<Option<&str>> {
    let t = c.trim_matches(is_space);
    let inner = ['*', '_']
        .iter()
        .find_map(|m| t.strip_prefix(*m).and_then(|r| r.strip_suffix(*m)))?;
    let inner = inner.trim_matches(|ch: char| is_space(ch) || ch == '*' || ch == '_');
    if inner.contains('\n') || super::text::longer_than(inner, 300) {
        return None;
    }
    let lower = inner.to_ascii_lowercase();
    let at = ["written ", "edited ", "updated ", "drafted "]
        .iter()
        .filter_map(|w| lower.find(w).map(|k| (k, w.len())))
        .min()?;
    // The date right after the word (`written 9 Nov 2012`, `edited on 3 May 2024`).
    let (k, _, d) = super::date::find_date(inner.get(at.0 + at.1..)?)?;
    if k > 3 || !d.start.has_day() || d.start.year().is_none() {
        return None;
    }
    // Initials (`JL`, `MH`) or a person's name, not a status word (`DRAFT`, `Summary`).
    let short_name = |n: &str| {
        let n = n.trim_matches(is_space);
        (2..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_uppercase())
            || super::text::personal_name(n)
    };
    let before = inner.get(..at.0)?.trim_end_matches(is_space);
    let by = before
        .strip_suffix(',')
        .filter(|n| short_name(n))
        .map(|n| n.trim_matches(is_space))
        .or_else(|| {
            inner
                .rsplit_once('·')
                .map(|(_, last)| last.trim_matches(is_space))
                .filter(|n| short_name(n))
        });
    Some(by)
}

/// A slide's first line: its marker alone ([`slide_marker`]), or the marker with the
/// slide's title after a colon or a dash (`Slide 2: Timeline`, `Slide 2 – Timeline`).
pub(crate) fn slide_start(s: &str) -> bool {
    if slide_marker(s) {
        return true;
    }
    let t = s.trim_matches(is_space);
    let Some(rest) = super::text::strip_prefix_ci(t, "slide ") else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest.get(digits..).unwrap_or("");
    (1..=3).contains(&digits)
        && [": ", " – ", " - ", " — "]
            .iter()
            .any(|sep| after.starts_with(sep) && after.len() > sep.len())
}

/// The field codes of a news database's full record (Factiva's `Full Article/Report
/// plus Indexing`): headline, byline, word count, date, time, source, language,
/// copyright, the text's lead and body, and the index fields after it.
const RECORD_CODES: &[&str] = &[
    "AN", "ART", "BY", "CLM", "CO", "CR", "CT", "CY", "ED", "ET", "HD", "IN", "IPC", "IPD", "LA",
    "LP", "NS", "PD", "PG", "PUB", "RE", "RF", "SC", "SE", "SN", "TD", "WC",
];

/// Whether a text opens as a news database's full record (rule `database_record`): its
/// first fields lead to the headline's (`HD`), after a column's, a section's or an
/// artwork's name if any (`CLM`, `SE`, `ART`).
pub(crate) fn record_opens<'a>(fields: impl IntoIterator<Item = &'a str>) -> bool {
    record_start(fields).is_some()
}

/// Where a news database's full record opens (see [`record_opens`]): at the first unit,
/// or under at most two short lines of the database's own page (`Factiva` / `Search
/// Results | Article 3 of 17 | Previous | Next`).
pub(crate) fn record_start<'a>(fields: impl IntoIterator<Item = &'a str>) -> Option<usize> {
    let first: Vec<&str> = fields.into_iter().take(7).collect();
    let mut start = None;
    let mut seen = 0;
    for (k, t) in first.iter().copied().enumerate().take(6) {
        match record_field(t) {
            // The headline's field and another under it (`WC`, `PD`, `BY` ...): a line
            // that happens to open with `HD` and a gap is no record.
            Some(("HD", _)) => {
                let next = first.get(k + 1).and_then(|n| record_field(n));
                return next.map(|_| start.unwrap_or(k));
            }
            Some(("CLM" | "SE" | "ART", _)) => {
                start.get_or_insert(k);
                seen += 1;
            }
            Some(_) => return None,
            // The database's page above the record: short lines, before any field.
            None if seen == 0 && k < 2 && !more_words_than(t, 20) => {}
            None => return None,
        }
    }
    None
}

/// A LexisNexis record's counter, centred over each record it exports (rule
/// `database_record`): `3 of 41 DOCUMENTS`.
pub(crate) fn lexis_counter(s: &str) -> bool {
    let t = s.trim_matches(is_space);
    let Some(head) = t.strip_suffix(" DOCUMENTS") else {
        return false;
    };
    let number = |n: &str| !n.is_empty() && n.len() <= 6 && n.bytes().all(|b| b.is_ascii_digit());
    head.split_once(" of ")
        .is_some_and(|(a, b)| number(a) && number(b))
}

/// The labels of a LexisNexis record's fields (`HEADLINE: ...`, `LOAD-DATE: ...`) that
/// are the record's furniture; the headline and the byline are read apart.
pub(crate) const LEXIS_LABELS: &[&str] = &[
    "SECTION:",
    "LENGTH:",
    "DATELINE:",
    "BODY:",
    "LOAD-DATE:",
    "LANGUAGE:",
    "PUBLICATION-TYPE:",
    "GRAPHIC:",
    "TYPE:",
    "JOURNAL-CODE:",
    "DOCUMENT-TYPE:",
    "HIGHLIGHT:",
];

/// A field of a news database's full record (rule `database_record`): a field code in
/// capitals, two spaces or more (or a tab), and the value: `HD   China sets out ...` →
/// (`HD`, `China sets out ...`).
pub(crate) fn record_field(line: &str) -> Option<(&str, &str)> {
    let code_len = line
        .bytes()
        .take(4)
        .take_while(u8::is_ascii_uppercase)
        .count();
    let code = line.get(..code_len)?;
    let rest = line.get(code_len..)?;
    let gap = rest.starts_with('\t') || rest.starts_with("  ");
    let value = rest.trim_start_matches(is_space);
    (gap && !value.is_empty() && RECORD_CODES.binary_search(&code).is_ok()).then_some((code, value))
}

/// Page furniture: related-link headers, promotion lines, separators, share buttons.
pub(crate) fn is_chrome(s: &str) -> bool {
    // A row of links is furniture however long its addresses; so is a copier's note.
    // Both open with one of a few bytes: most lines are told by their first.
    let first = s.trim_start_matches(is_space).as_bytes().first().copied();
    let may_link = first.is_some_and(|b| {
        matches!(b, b'[' | b'!' | b'*' | b'-' | b'+' | b'>' | 0xE2 | 0xE3)
            || b.is_ascii_alphabetic()
    });
    if may_link && !super::text::longer_than(s, LINK_LINE_MAX) {
        let t = s.trim_matches(is_space);
        if link_line(t) || copier_note(t) && !t.contains('\n') {
            return true;
        }
    }
    // Furniture is short; a paragraph is not chrome.
    if super::text::longer_than(s, 160) {
        return false;
    }
    let t = s
        .trim_matches(|c: char| is_space(c) || c == '(' || c == ')')
        .trim_start_matches('\u{feff}');
    if t.is_empty() {
        return true;
    }
    // A separator line: only punctuation.
    if t.chars()
        .all(|c| matches!(c, '*' | '-' | '_' | '=' | '~' | '•' | '·' | '#' | '—') || is_space(c))
    {
        return true;
    }
    if super::text::longer_than(t, 140) {
        return false;
    }
    // A slide's marker in a deck's text export (rule `slide_deck`), a database record's
    // counter (rule `database_record`).
    // Both open with one of a few bytes: most lines are told by their first.
    let furniture_head = match t.as_bytes().first() {
        Some(b'S' | b's' | b'-' | b'=' | b'#' | b'*') => slide_marker(t),
        Some(b) if b.is_ascii_digit() => lexis_counter(t),
        _ => false,
    };
    if furniture_head {
        return true;
    }
    // Account and page links set apart by wide gaps (`Create account   Log in`): every
    // entry one of the whole-line phrases.
    if t.contains("  ") || t.contains('\t') {
        let mut entries = t
            .split('\t')
            .flat_map(|p| p.split("  "))
            .map(|p| p.trim_matches(is_space))
            .filter(|p| !p.is_empty());
        let mut n = 0;
        let all = entries.all(|e| {
            n += 1;
            e.len() <= WHOLE_MAX && WHOLE.iter().any(|w| e.eq_ignore_ascii_case(w))
                || page_button(e)
        });
        if all && n >= 2 {
            return true;
        }
    }
    // An outlet's trust link under its headline: `Why you can trust SCMP`.
    if t.get(..18)
        .is_some_and(|h| h.eq_ignore_ascii_case("why you can trust "))
        && !more_words_than(t, 6)
        && !super::text::ends_terminal(t)
    {
        return true;
    }
    // The line over a forwarded email's headers: `---------- Forwarded message
    // ---------`, `-----Original Message-----`.
    if t.starts_with("--") {
        let inner = t.trim_matches(|c: char| c == '-' || is_space(c));
        if ["forwarded message", "original message"]
            .iter()
            .any(|p| inner.eq_ignore_ascii_case(p))
        {
            return true;
        }
    }
    let bare = t.trim_end_matches(|c: char| c == ':' || c == '>' || c == '»' || is_space(c));
    let starts = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    if bare_domain(t) || reading_time(t) {
        return true;
    }
    // A site's contact footer: `Address: No. 2, Chaoyangmen Nandajie, ... Tel:
    // 86-10-65961114`.
    if starts("address:") && (t.contains("Tel") || t.contains("TEL") || t.contains("Fax")) {
        return true;
    }
    let first = t.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    bare.len() <= WHOLE_MAX && WHOLE.iter().any(|p| bare.eq_ignore_ascii_case(p))
        || PREFIX_FIRST.contains(&first) && PREFIX.iter().any(|p| starts(p))
        || !super::text::longer_than(t, WIDGET_MAX)
            && (is_widget(t) || is_nav_link(t) || font_buttons(t))
        || link_bar(t)
        || nav_bar(t)
}

/// A reading time alone on a line, as a browser's reader view and some sites print it
/// under the headline: `5–6 minutes`, `5 min read`, `4 minute read`, `3 mins`.
fn reading_time(t: &str) -> bool {
    if t.len() > 20 || !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '–' | '-' | '—'));
    let rest = rest.trim_start_matches(is_space);
    [
        "minutes",
        "minute",
        "mins",
        "min",
        "min read",
        "mins read",
        "minute read",
        "minutes read",
        "minute reading",
    ]
    .iter()
    .any(|u| rest.eq_ignore_ascii_case(u))
}

/// A site's address alone on a line, as a reader view prints it over the headline
/// (`en.qstheory.cn`) or a transcript's site signs it at the end (`/china.org.cn`): one
/// word of letters, digits, dots and hyphens with a dot inside and a top-level domain of
/// two to six letters, perhaps after a slash.
fn bare_domain(t: &str) -> bool {
    let t = t.strip_prefix('/').unwrap_or(t).trim_end_matches('/');
    if t.len() > 60
        || !t
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
    {
        return false;
    }
    let Some((host, tld)) = t.rsplit_once('.') else {
        return false;
    };
    !host.is_empty()
        && !host.starts_with('.')
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && host.bytes().any(|b| b.is_ascii_lowercase())
}

/// The longest line rule `link_line` reads (web addresses are long).
const LINK_LINE_MAX: usize = 600;

/// A heading over related links: `Related articles`, `You may also like`, `MORE FROM
/// CHINA`, `Most read`: what a run of headlines under it is (see rule `related_links`).
pub(crate) fn related_header(s: &str) -> bool {
    let t = s.trim_matches(|c: char| is_space(c) || matches!(c, ':' | '*' | '#'));
    // The first letters of the phrases below rule out most blocks at once.
    if !t
        .as_bytes()
        .first()
        .is_some_and(|b| b"rmyltea".contains(&b.to_ascii_lowercase()))
        || super::text::longer_than(t, 60)
        || super::text::more_words_than(t, 5)
        || t.contains('\n')
    {
        return false;
    }
    let starts = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    [
        "related",
        "more from ",
        "more on ",
        "more news",
        "more stories",
        "read more",
        "read also",
        "also read",
        "you may also like",
        "you might also like",
        "recommended",
        "most read",
        "most popular",
        "latest news",
        "top stories",
        "editor's pick",
        "editors' pick",
    ]
    .iter()
    .any(|p| starts(p))
}

/// Which of the named furniture rules a chrome line answers to, when one does: rule
/// `link_bar` or rule `font_buttons` (the other furniture is told by lists of words and
/// recorded under the rule of the place where it stands).
pub(crate) fn chrome_detail(s: &str) -> Option<crate::rules::RuleId> {
    let t = s.trim_matches(is_space);
    if link_bar(t) {
        Some(crate::rules::RuleId::LinkBar)
    } else if link_line(t) {
        Some(crate::rules::RuleId::LinkLine)
    } else if nav_bar(t) {
        Some(crate::rules::RuleId::NavBar)
    } else if !super::text::longer_than(t, WIDGET_MAX) && font_buttons(t) {
        Some(crate::rules::RuleId::FontButtons)
    } else {
        None
    }
}

/// Rule "link bar": a row of links set apart by bars or dots, `Sign in to comment | Terms
/// of use | Privacy`, `Translations · Glossary · About`, `China Daily | Home / China /
/// Politics` (slashes between spaces part a bar's links too): three or more parts of at most four words each, without digits, colons or
/// sentence punctuation, the whole under 100 bytes. (A stamp has a date or a `Source:`
/// label; a headline with a site name after a bar has two parts.)
fn link_bar(t: &str) -> bool {
    // No bar and no dot (`·` ends in 0xB7, `•` in 0xA2): most lines, told at once.
    if memchr::memchr3(b'|', 0xB7, 0xA2, t.as_bytes()).is_none() {
        return false;
    }
    // A site's menu of eight entries runs past 100 bytes (`Home | Ministry | Foreign
    // Minister | Spokesperson's Remarks | ...`); each entry stays short.
    if super::text::longer_than(t, 200) || t.contains(['\n', ':']) {
        return false;
    }
    // A breadcrumb of slashes behind a bar is links too (`China Daily | Home / China /
    // Politics`): a part with two slashes or more (one is a headline's `Xi / Biden`).
    let parts = t
        .split(['|', '·', '•'])
        .flat_map(|p| {
            let crumbs = p.matches(" / ").count() >= 2;
            p.split(if crumbs { " / " } else { "\u{0}" })
        })
        .map(|p| p.trim_matches(is_space));
    parts.clone().count() >= 3
        && parts.clone().enumerate().all(|(k, p)| {
            !p.is_empty()
                && !super::text::more_words_than(p, 4)
                && (!p.contains(|c: char| {
                    c.is_ascii_digit() || matches!(c, '.' | ',' | ';' | '?' | '!')
                }) || k == 0 && year_alone(p))
        })
}

/// A year alone (`2021`), as a footer's first entry prints it (`2021 | Important notices
/// | Privacy Policy`).
fn year_alone(p: &str) -> bool {
    p.len() == 4
        && p.bytes().all(|b| b.is_ascii_digit())
        && (p.starts_with("19") || p.starts_with("20"))
}

/// Rule "link_line": a line made only of links is the page's furniture: markdown links
/// and images (`[Skip to content](#main)`, `* [CHINA](https://...)`, `![Logo](/logo.png)`,
/// `[Research](/research) | [Events](/events)`), a row of bracketed menu entries
/// (`[Contents]   [Previous]   [Next]`), or a short label and a web address (`Clipped from:
/// https://...`). A sentence around a link is text; a markdown heading is a headline.
pub(crate) fn link_line(t: &str) -> bool {
    // Every form opens with a bracket, a bullet, or a word (a label or `http`) and, if a
    // word, holds an address: most lines are told at once.
    let Some(&first) = t.as_bytes().first() else {
        return false;
    };
    if first.is_ascii_alphabetic() && !holds_address(t.as_bytes()) {
        return false;
    }
    // Buttons in full-width brackets, as Chinese sites print them (`【Print】【Close】`).
    if t.starts_with('【') && t.ends_with('】') && !t.contains('\n') {
        let mut buttons = t
            .split('】')
            .map(|p| p.trim_matches(is_space))
            .filter(|p| !p.is_empty());
        return buttons.clone().count() >= 2
            && buttons.all(|p| p.starts_with('【') && p.matches('【').count() == 1);
    }
    if !t.contains(['[', '/']) || t.contains('\n') || t.starts_with('#') {
        return false;
    }
    // A web address alone, as a feed reader prints the item's link.
    if web_address(t) && !t.contains(is_space) {
        return true;
    }
    if let Some((label, address)) = t.split_once(": ") {
        let address = address.trim_matches(is_space);
        // A label names a field; `The ministry said:` opens a sentence.
        let sentence = label.split(is_space).next().is_some_and(|w| {
            ["The", "A", "An", "It", "We", "He", "She", "They", "This"].contains(&w)
        });
        if !more_words_than(label, 3)
            && !sentence
            && !address.contains(is_space)
            && web_address(address)
        {
            return true;
        }
    }
    // A list bullet before a menu entry.
    let mut rest = t
        .strip_prefix(['*', '-', '+', '•'])
        .filter(|r| r.starts_with(is_space))
        .unwrap_or(t);
    let (mut links, mut addressed) = (0, 0);
    loop {
        rest = rest.trim_start_matches(|c: char| is_space(c) || matches!(c, '|' | '·' | '•' | '/'));
        if rest.is_empty() {
            break;
        }
        let Some((after, address)) = markdown_link(rest) else {
            return false;
        };
        links += 1;
        addressed += usize::from(address);
        rest = after;
    }
    // One bracketed phrase without an address may be an editor's note in the text.
    addressed > 0 || links >= 2
}

/// The text of a markdown link that is the whole of `s`: `[Global Times](https://...)` →
/// `Global Times`.
pub(crate) fn link_text(s: &str) -> Option<&str> {
    if !s.starts_with('[') {
        return None;
    }
    let (rest, addressed) = markdown_link(s)?;
    let close = s.find("](")?;
    (addressed && rest.trim_matches(is_space).is_empty())
        .then(|| s.get(1..close))
        .flatten()
        .map(|t| t.trim_matches(is_space))
}

/// A note the copier's tool added (`Clipped from: https://...`, `Clipped on: 2028-03-07`,
/// `Saved on 5 May 2027`, `Accessed: 2028-01-02`, `Retrieved 3 June 2027`): it dates
/// the copy, not the text.
pub(crate) fn copier_note(s: &str) -> bool {
    let t = s.trim_start_matches(|c: char| is_space(c) || c == '>');
    if super::text::longer_than(t, 120) {
        return false;
    }
    let words = ["clipped", "saved", "accessed", "retrieved"];
    let Some(w) = words
        .iter()
        .find(|w| t.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)))
    else {
        return false;
    };
    // Then `from` or `on` and a colon or a date: a label, not a sentence (`Retrieved from
    // the archives, the communiqué shows ...`).
    let rest = t.get(w.len()..).unwrap_or("").trim_start_matches(is_space);
    let rest = ["from", "on"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest)
        .trim_start_matches(is_space);
    rest.starts_with([':', '：']) || find_date(rest).is_some_and(|(at, _, _)| at == 0)
}

/// Whether `b` holds `://` or `www.` (looked for from each `:` and `.`).
fn holds_address(b: &[u8]) -> bool {
    memchr::memchr2_iter(b':', b'.', b).any(|i| {
        b.get(i..i + 3) == Some(b"://")
            || i >= 3
                && b.get(i - 3..i)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"www"))
    })
}

/// Whether `s` is a web address: `https://`, `http://` or `www.` and no space.
pub(crate) fn web_address(s: &str) -> bool {
    ["https://", "http://", "www."]
        .iter()
        .any(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
}

/// A site's domain as the first word of a line, a stamp's outlet (`china.org.cn |
/// February 8, 2017`, `chinadaily.com.cn | Updated: ...`): lower-case labels of letters,
/// digits and hyphens joined by dots, the last two to four letters, then a space or
/// nothing.
pub(crate) fn site_name(s: &str) -> bool {
    let word = s.split(is_space).next().unwrap_or("");
    let mut labels = word.split('.');
    let all_ok = labels.clone().all(|l| {
        !l.is_empty()
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    });
    let count = labels.clone().count();
    let tld = labels.next_back().unwrap_or("");
    all_ok
        && count >= 2
        && (2..=4).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
}

/// A markdown link or image at the start of `s`: `[text](address)`, `![alt](address)`,
/// `[![alt](image)](address)`, or a bracketed phrase alone (`[Next]`). Returns the text
/// after it and whether it had an address.
fn markdown_link(s: &str) -> Option<(&str, bool)> {
    let s = s.strip_prefix('!').unwrap_or(s);
    let mut depth = 0usize;
    let mut close = None;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            '\n' => return None,
            _ => {}
        }
        if i == 0 && c != '[' {
            return None;
        }
    }
    let after = s.get(close? + 1..)?;
    match after.strip_prefix('(') {
        Some(url) => {
            let end = url.find(')')?;
            let address = url.get(..end)?;
            (!address.contains(is_space)).then(|| (url.get(end + 1..).unwrap_or(""), true))
        }
        None => Some((after, false)),
    }
}

/// The names of a site's sections as its menu prints them, lowercased: the words a
/// navigation bar is made of (see [`nav_bar`]).
const SECTION_WORDS: &[&str] = &[
    "about",
    "analysis",
    "archive",
    "archives",
    "business",
    "china",
    "columns",
    "commentary",
    "contact",
    "culture",
    "data",
    "economy",
    "education",
    "entertainment",
    "environment",
    "events",
    "experts",
    "features",
    "health",
    "home",
    "innovation",
    "lifestyle",
    "live",
    "military",
    "multimedia",
    "news",
    "newsletter",
    "newsletters",
    "opinion",
    "opinions",
    "photo",
    "photos",
    "podcast",
    "podcasts",
    "policies",
    "politics",
    "premier",
    "publications",
    "regions",
    "research",
    "science",
    "search",
    "services",
    "society",
    "sports",
    "tech",
    "technology",
    "travel",
    "video",
    "videos",
    "world",
];

/// Words a breadcrumb's last step is (`Politics`), or opens with (`Top` in `Top
/// Stories`), that a headline seldom opens with: not `China`, `Premier` or `National`,
/// which open many.
const STEP_WORDS: &[&str] = &[
    "news",
    "top",
    "latest",
    "local",
    "politics",
    "society",
    "opinion",
    "opinions",
    "sports",
    "culture",
    "tech",
    "video",
    "videos",
    "photos",
    "focus",
    "provinces",
    "features",
    "analysis",
    "commentary",
    "multimedia",
    "regions",
    "headlines",
];

/// The second word of a last step of two (`Top Stories`, `Latest News`).
const STEP_NOUNS: &[&str] = &["stories", "news", "headlines"];

/// In a headline glued under a breadcrumb on one line (`Home > News > Top Stories Xi
/// stresses ...`), where the headline starts: after three steps or more set apart by `>`,
/// `»` or `›` in the first 120 bytes (the steps before the last of four words at most),
/// the last step is one word of [`STEP_WORDS`] (`Politics`), or two (`Top Stories`,
/// `Latest News`), and a capitalised headline follows. `None` when the text does not open
/// so.
pub(crate) fn breadcrumb_prefix(s: &str) -> Option<usize> {
    let mut cut = s.len().min(120);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = s.get(..cut).unwrap_or(s);
    let seps: Vec<usize> = head
        .char_indices()
        .filter(|&(_, c)| matches!(c, '>' | '»' | '›'))
        .map(|(i, _)| i)
        .collect();
    let &last = seps.last()?;
    if seps.len() < 2 {
        return None;
    }
    // Every step before the last is short: a menu's, not a sentence's.
    let steps_short = s
        .get(..last)?
        .split(['>', '»', '›'])
        .all(|p| !p.trim_matches(is_space).is_empty() && !more_words_than(p, 3));
    if !steps_short {
        return None;
    }
    let sep_len = s.get(last..)?.chars().next()?.len_utf8();
    let rest = s.get(last + sep_len..)?;
    let step_at = last + sep_len + (rest.len() - rest.trim_start_matches(' ').len());
    let mut words = rest.trim_start_matches(' ').split(' ');
    let is = |w: &str, set: &[&str]| {
        w.starts_with(char::is_uppercase) && set.iter().any(|x| w.eq_ignore_ascii_case(x))
    };
    let first = words.next()?;
    if !is(first, STEP_WORDS) {
        return None;
    }
    let second = words.next().unwrap_or("");
    let step_len = if is(second, STEP_NOUNS) && !is(first, STEP_NOUNS) {
        first.len() + 1 + second.len()
    } else {
        first.len()
    };
    // A headline follows, capitalised.
    let at = step_at + step_len + 1;
    s.get(at..)?.starts_with(char::is_uppercase).then_some(at)
}

/// Rule "nav bar": a site's menu copied as one line, `Home China World Business Tech &
/// Sci Opinions Video Live Search`, `Research  Analysis  China Monitor  Podcast  Events`,
/// `HOME  NEWS  POLICIES  PREMIER  STATE COUNCIL`: four or more entries, each of at most
/// three capitalised words (an `&` joins two), without digits or sentence punctuation; the
/// entries are set apart by two or more spaces (a menu's spacing), or, on a line of single
/// spaces, at least half of its words name a site's sections (`Home`, `World`, `Video`,
/// [`SECTION_WORDS`]). A headline in title case has a verb and names no sections: `Xi
/// Meets Biden In San Francisco` is no menu.
fn nav_bar(t: &str) -> bool {
    if t.len() > 480 {
        return false;
    }
    // Entries set apart by bars (`Home | China | World | Business | Culture&Edu |
    // Sci-Tech`): four or more, each of at most three capitalised words.
    if t.matches('|').count() >= 3 {
        let mut entries = t.split('|').map(|e| e.trim_matches(is_space));
        return !t.contains('\n')
            && entries.clone().count() >= 4
            && entries.all(|e| {
                e.starts_with(char::is_uppercase)
                    && !super::text::more_words_than(e, 3)
                    && !e.contains(|c: char| {
                        c.is_ascii_digit() || matches!(c, '.' | ',' | ';' | ':' | '?' | '!' | '"')
                    })
            });
    }
    // Every word capitalised: most lines fail at their second or third word, so this
    // comes first.
    let words = || t.split(is_space).filter(|w| !w.is_empty() && *w != "&");
    let mut n = 0usize;
    for w in words() {
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        n += 1;
    }
    if n < 4
        || super::text::longer_than(t, 160)
        || t.contains(|c: char| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '\n' | '\r' | '.' | ',' | ';' | ':' | '?' | '!' | '"' | '“'
                )
        })
    {
        return false;
    }
    if t.contains("  ") || t.contains('\t') {
        let entries = t
            .split("  ")
            .flat_map(|e| e.split('\t'))
            .map(|e| e.trim_matches(is_space))
            .filter(|e| !e.is_empty());
        entries.clone().count() >= 4 && entries.clone().all(|e| !super::text::more_words_than(e, 3))
    } else {
        let sections = words()
            .filter(|w| SECTION_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s)))
            .count();
        2 * sections >= n
    }
}

/// Rule "font buttons": the text-size buttons of an article page, `A A A`, `A+ A-`,
/// `Font size: A+ A A-`, `Text size A | A | A`: every word is a size button (`A`, `A+`,
/// `A-`, `a`) or the words `font`, `text`, `size`, and at least two are buttons. A lone
/// `A` is a word, so two buttons are needed. Pinned by `font_size_buttons_are_chrome`.
///
/// The sizes may be words (`Font size: Large  Medium  Small     Print     Share to:`),
/// then under the words `font`, `text` or `size`, and the share buttons may follow.
fn font_buttons(t: &str) -> bool {
    let is = |w: &str, words: &[&str]| words.iter().any(|k| w.eq_ignore_ascii_case(k));
    let (mut buttons, mut named, mut keyword) = (0, 0, false);
    for w in t.split(|c: char| is_space(c) || matches!(c, '|' | '/' | ':' | '：' | '[' | ']')) {
        let w = w.trim_end_matches(['+', '-', '−']);
        if w.is_empty() {
            continue;
        }
        if w.eq_ignore_ascii_case("a") {
            buttons += 1;
        } else if is(w, &["large", "medium", "small", "big", "normal"]) {
            named += 1;
        } else if is(w, &["font", "text", "size"]) {
            keyword = true;
        } else if !(buttons + named > 0
            && (is(w, SHARE_WORDS) || is(w, &["to", "this", "page", "article", "story"])))
        {
            return false;
        }
    }
    buttons >= 2 || keyword && named >= 2
}

/// The words of share and navigation buttons.
const SHARE_WORDS: &[&str] = &[
    "share",
    "shares",
    "shared",
    "tweet",
    "email",
    "e-mail",
    "print",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
    "weibo",
    "wechat",
    "telegram",
    "copy",
    "link",
    "comment",
    "comments",
    "like",
    "likes",
    "save",
    "nav",
    "navigation",
    "search",
    "menu",
    "home",
];

/// Whether `w` is one or more button words run together, as link texts are when a page is
/// copied without its spacing (`FacebookTwitterLinkedInEmailPrintCopy`, `NavSearch`).
fn share_words(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() >= 64 {
        return false;
    }
    // Bit `i`: the first `i` bytes are share words.
    let mut reach: u64 = 1;
    for i in 0..b.len() {
        if reach & (1 << i) == 0 {
            continue;
        }
        let rest = b.get(i..).unwrap_or_default();
        let Some(lead) = rest.first().map(u8::to_ascii_lowercase) else {
            break;
        };
        for s in SHARE_WORDS {
            // The first byte rules out most words before a full comparison.
            if s.as_bytes().first() == Some(&lead)
                && rest
                    .get(..s.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(s.as_bytes()))
            {
                reach |= 1 << (i + s.len());
            }
        }
    }
    reach & (1 << b.len()) != 0
}

/// The bytes the entries of [`SHARE_WORDS`] open with.
const SHARE_FIRST: &[u8] = b"stepfwlrcnhm";

/// Widgets are short: longer lines are not tested.
const WIDGET_MAX: usize = 60;

/// A widget's line: share or navigation buttons with their counters (`0 SHARES Share
/// Tweet`, `Nav Search`), a reading
/// time (`Estimated read time 18 min read`, `5 min read`) or a bare clock time left by a
/// video player (`02:40`).
fn is_widget(t: &str) -> bool {
    let b = t.as_bytes();
    let Some(&first) = b.first() else {
        return false;
    };
    let words = || {
        t.split(|c: char| is_space(c) || matches!(c, '|' | '/' | '·' | '•'))
            .filter(|w| !w.is_empty())
    };
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    // A clock: digits and colons only.
    if first.is_ascii_digit() && b.iter().all(|&c| c.is_ascii_digit() || c == b':') {
        return t.split(':').count() >= 2
            && t.split(':')
                .all(|p| (1..=2).contains(&p.len()) && number(p));
    }
    // A reading time ends or opens with `read` (a listening or watching time, on a
    // podcast's or a video's page, with `listen` or `watch`).
    let ci = |h: Option<&[u8]>, w: &[u8]| h.is_some_and(|h| h.eq_ignore_ascii_case(w));
    let ends = |w: &[u8]| ci(b.len().checked_sub(w.len()).and_then(|s| b.get(s..)), w);
    let ends_read = ends(b"read") || ends(b"listen") || ends(b"watch");
    if ends_read || ci(b.get(..4), b"read") {
        let is = |w: Option<&str>, words: &[&str]| {
            w.is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
        };
        let (last, before_last) = words().fold((None, None), |(l, _), w| (Some(w), l));
        let mut opening = words();
        let (one, two) = (opening.next(), opening.next());
        let read_time = is(last, &["read", "listen", "watch"])
            && is(before_last, &["min", "mins", "minute", "minutes"])
            && words().any(number)
            || is(one, &["reading", "read"])
                && two.is_some_and(|w| w.to_ascii_lowercase().starts_with("time"))
                && words().count() <= 6;
        if read_time {
            return true;
        }
    }
    // Share buttons: every word a counter or share words run together; the first word
    // settles most lines, its first byte many.
    if !(first.is_ascii_digit() || SHARE_FIRST.contains(&first.to_ascii_lowercase())) {
        return false;
    }
    let share = |w: &str| share_words(w.trim_end_matches(':'));
    // A counter may be printed in parentheses: `Comments (12)`.
    let counter = |w: &str| number(w.trim_end_matches(':').trim_matches(['(', ')']));
    words().all(|w| counter(w) || share(w)) && words().any(share)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_of_fields_on_two_lines() {
        let st = field_header(
            "PORT 101  Harbours                    Spring 2025",
            "Week 9 -- Tuesday 10 March 2025          Dr. N. Okafor",
        )
        .unwrap();
        assert_eq!(st.author, Some("Dr. N. Okafor"));
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2025-03-10")
        );
        // A month alone, a line without gaps, or a sentence at the margin: no stamp, or
        // no author.
        assert!(field_header("PORT 101      Harbours", "Week 9      March 2025").is_none());
        assert!(field_header("PORT 101 Harbours", "Week 9      10 March 2025").is_none());
        let st = field_header("PORT 101      Harbours", "10 March 2025      see the plan").unwrap();
        assert_eq!(st.author, None);
    }

    #[test]
    fn a_browsers_print_header() {
        let (d, title) =
            print_header("1/19/23, 4:32 PM                Full Text: The Port's Green Plan")
                .unwrap();
        assert_eq!(
            (d.to_string().as_str(), title),
            ("2023-01-19", "Full Text: The Port's Green Plan")
        );
        for no in [
            "1/19/23, 4:32 PM",
            "19/1/23, 4:32 PM       The Port's Green Plan",
            "1/19/23 4:32 PM       The Port's Green Plan",
            "1/19/23, 4:32       The Port's Green Plan",
            "1/19/23, 4:32 PM       english.example.cn/plan.html",
        ] {
            assert!(print_header(no).is_none(), "{no}");
        }
    }

    #[test]
    fn a_note_takers_line() {
        assert_eq!(
            writers_note("*JL, written 9 Nov 2012 (plan released on 8 Nov).*"),
            Some(Some("JL"))
        );
        assert_eq!(
            writers_note("_last edited 2021-11-03 · for the port memo · MH_"),
            Some(Some("MH"))
        );
        assert_eq!(writers_note("*updated 3 May 2024*"), Some(None));
        assert_eq!(
            writers_note("_last edited 2024-03-05 · shared with the team · DRAFT_"),
            Some(None)
        );
        assert_eq!(writers_note("*Summary, written 5 Mar 2024*"), Some(None));
        for no in [
            "JL, written 9 Nov 2012",
            "*The plan was written over two years and released in 2012.*",
            "*written in November 2012*",
            "*The plan was written over two years and released on 8 Nov 2012.*",
        ] {
            assert_eq!(writers_note(no), None, "{no}");
        }
    }

    #[test]
    fn slide_markers() {
        for s in [
            "Slide 3",
            "--- Slide 3 ---",
            "Slide 3 of 12",
            "=== SLIDE 12 ===",
            "Slide 4:",
        ] {
            assert!(slide_marker(s), "{s}");
        }
        for s in [
            "Slides 3",
            "Slide 3 shows the plan",
            "Slide",
            "Slide 2024",
            "Slide three",
        ] {
            assert!(!slide_marker(s), "{s}");
        }
        for s in ["Slide 2: Timeline", "Slide 2 – Timeline", "Slide 2"] {
            assert!(slide_start(s), "{s}");
        }
        for s in ["Slide 3 shows the plan", "Slide 2 of", "Slides 2: Timeline"] {
            assert!(!slide_start(s), "{s}");
        }
    }

    #[test]
    fn fields_of_a_news_database_record() {
        assert_eq!(
            record_field("HD   Port council sets out plan"),
            Some(("HD", "Port council sets out plan"))
        );
        assert_eq!(record_field("IPD\tPorts"), Some(("IPD", "Ports")));
        for line in [
            "HD Port council sets out plan",
            "CPC   leads the work",
            "HD   ",
            "Hd   Port council",
            "HDX   Port council",
        ] {
            assert_eq!(record_field(line), None, "{line}");
        }
    }

    #[test]
    fn link_lines_are_rows_of_links_and_nothing_else() {
        for yes in [
            "[Skip to content](#main)",
            "* [CHINA](https://example.org/china/index.html)",
            "[![Logo](https://example.org/logo.png)](https://example.org/)",
            "[Research](/research) | [Events](/events)",
            "![Delegates at the session](/img/2027/closing.jpg)",
            "[Contents]   [Previous]   [Next]",
            "[Print] [Close]",
            "【Print】【Close】",
            "Clipped from: https://example.org/eng/xw/202709/t2027.html",
        ] {
            assert!(link_line(yes), "{yes}");
        }
        for no in [
            "[The full text of the plan follows below.]",
            "Read the plan at [the site](https://example.org/plan) today.",
            "# [Title](https://example.org/)",
            "[Research](/research) and more",
            "The ministry said: https://example.org/plan",
            "[unclosed](https://example.org",
            "【Notice】",
        ] {
            assert!(!link_line(no), "{no}");
        }
        assert_eq!(
            link_text("[Global Times](https://example.org/a)"),
            Some("Global Times")
        );
        assert_eq!(link_text("[Global Times]"), None);
    }

    #[test]
    fn a_second_date_in_a_stamp_dates_an_edit() {
        let st =
            stamp("Published 3 November 2027 · Last updated 5 November 2027 · 9 min read").unwrap();
        assert_eq!(st.date.unwrap().start.to_string(), "2027-11-03");
        assert!(later_date("Updated: 2027-11-05 10:02"));
        assert!(later_date("Modified 6 Nov 2027"));
        assert!(!later_date("Harbour News"));
        assert!(!later_date("Meeting of 5 November 2027 in Hanoi"));
    }

    #[test]
    fn staff_bylines_name_a_role() {
        for (s, name) in [
            ("By Kou Jie", "Kou Jie"),
            (
                "by Anna Keller and Tom Richter",
                "Anna Keller and Tom Richter",
            ),
            ("By a staff reporter", "a staff reporter"),
            (
                "By Liang Wen and Sipho Ndlovu, Meridian Wire",
                "Liang Wen and Sipho Ndlovu, Meridian Wire",
            ),
            ("By JIANG YUNXIN in Hangzhou", "JIANG YUNXIN"),
            (
                "By ZHAO LAN in Xining and LIU MEI in Beijing",
                "ZHAO LAN in Xining and LIU MEI in Beijing",
            ),
            ("By our correspondent", "our correspondent"),
            (
                "By Global Times staff reporters",
                "Global Times staff reporters",
            ),
            (
                "By Xinhua writers Li Wei and Zhang Min",
                "Xinhua writers Li Wei and Zhang Min",
            ),
            (
                "By Helen Marsh, Senior Fellow, and Tom Reyes, Research Analyst",
                "Helen Marsh, Senior Fellow, and Tom Reyes, Research Analyst",
            ),
        ] {
            assert_eq!(by_author(s), Some(name), "{s}");
        }
        for s in [
            "By and large",
            "By a wide margin",
            "By the end of the year",
            "By staff",
            "By Monday the six provinces of the north had all reported",
            "By Zhao Lan in Xining and the rest of the team in the north",
            "By Monday, the Six Provinces of the North and the West Had All Reported, Officials Said",
        ] {
            assert_eq!(by_author(s), None, "{s}");
        }
    }

    #[test]
    fn page_buttons_after_the_date_are_no_part_of_a_stamp() {
        let st = stamp("Date: 2022-02-25        Source: Ministry of Rivers        [ L  M  S ]   Print   Close   ")
            .unwrap();
        assert_eq!(st.publisher, Some("Ministry of Rivers"));
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2022-02-25")
        );
        let st = stamp("Updated: 2024-08-15 07:26 | A+ A- | Share").unwrap();
        assert_eq!(st.publisher, None);
        assert!(page_button("[ L") && page_button("S ]") && page_button("Print"));
        assert!(page_button("[Print] [Close]") && page_button("[ Large") && page_button("Small ]"));
        assert!(!page_button("Xinhua") && !page_button("Harbour Daily"));
        assert!(!page_button("AP") && !page_button("By Wu Di") && !page_button("FT"));
    }

    #[test]
    fn chrome_gates_fit_the_lists() {
        assert_eq!(WHOLE.iter().map(|w| w.len()).max(), Some(WHOLE_MAX));
        for p in PREFIX {
            let first = p.as_bytes()[0].to_ascii_lowercase();
            assert!(PREFIX_FIRST.contains(&first), "{p}");
        }
        for w in SHARE_WORDS {
            assert!(SHARE_FIRST.contains(&w.as_bytes()[0]), "{w}");
        }
    }

    #[test]
    fn clock_zones_and_relative_times_name_no_one() {
        for s in [
            "December 12, 2025 10:42 AM GMT+8 Updated 2 hours ago",
            "Thursday 5 March 2026 10:02 UTC",
            "March 5, 2026 09:30 (Beijing Time)",
            "2026-03-05 3 days ago",
            // Parts glued together by a scrape.
            "November 15, 202711:42 AM GMT+8Updated 3 hours ago",
            // A podcast's listening time, a video's watching time.
            "May 14, 2024 · 38 min listen",
            "May 14, 2024 · 12 min watch",
        ] {
            let st = stamp(s).expect(s);
            assert_eq!((st.publisher, st.author), (None, None), "{s}");
        }
        for s in ["Updated 2 hours ago", "3 days ago", "updated an hour ago"] {
            assert!(relative_time(s), "{s}");
        }
        for s in [
            "Updated 2 hours",
            "2 hours later",
            "Updated daily ago",
            "3 years ago",
        ] {
            assert!(!relative_time(s), "{s}");
        }
        assert_eq!(strip_zone("GMT+8 Xinhua"), "Xinhua");
        assert_eq!(
            strip_zone("GMT+8Updated 3 hours ago"),
            "Updated 3 hours ago"
        );
        // Not a zone: letters glued to letters, or no offset.
        assert_eq!(strip_zone("GMTUpdated"), "GMTUpdated");
        assert_eq!(strip_zone("GMT+8updated"), "GMT+8updated");
        assert!(!is_widget("38 min to listen"));
        assert!(!is_widget("Why you should listen"));
        for s in ["3.2w reads", "1.5k views", "12,408 views", "900 reads"] {
            assert!(view_count(s), "{s}");
        }
        for s in ["reads", "3 reasons", "k views", "Xinhua reads"] {
            assert!(!view_count(s), "{s}");
        }
        let st = stamp("24.12.2025 21:16 · Panda News · 3.2w reads").unwrap();
        assert_eq!(st.publisher, Some("Panda News"));
        assert_eq!(strip_zone("GMTX Xinhua"), "GMTX Xinhua");
    }

    #[test]
    fn skip_links_and_account_links_are_chrome() {
        for line in [
            "Jump to content",
            "Main menu",
            "Create account   Log in",
            "Sign in\tSubscribe",
        ] {
            assert!(is_chrome(line), "{line}");
        }
        for line in [
            "Create account of the port",
            "Log in   to the port council's new portal",
            "Jump to content strategy",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
        // A word alone that ends in `-ed` labels the date; it is no publisher. An
        // infobox's row is no stamp at all.
        let st = stamp("Proposed | 21 September 2021").unwrap_or_default();
        assert_eq!(st.publisher, None);
        assert!(stamp("Proposed\t21 September 2021").is_none());
        assert!(stamp("Updated\t21 September 2021").is_some());
        // An outlet before a tab, a credit label, an outlet that ends in `-ed`.
        let st = stamp("Xinhua\t2024-01-31 10:25").unwrap_or_default();
        assert_eq!(st.publisher, Some("Xinhua"));
        let st = stamp("Source: Xinhua\t2024-01-31 10:25").unwrap_or_default();
        assert_eq!(st.publisher, Some("Xinhua"));
        let st = stamp("Wired | March 22, 2024").unwrap_or_default();
        assert_eq!(st.publisher, Some("Wired"));
        let st = stamp("Xinhua | 21 September 2021").unwrap_or_default();
        assert_eq!(st.publisher, Some("Xinhua"));
    }

    #[test]
    fn an_emails_furniture_is_chrome() {
        for line in [
            "---------- Forwarded message ---------",
            "-----Original Message-----",
            "View this email in your browser <https://example.org/212>",
            "Unsubscribe <https://example.org/u/611> | Manage preferences",
            "You are receiving this email because you subscribed at example.org.",
            "Why you can trust SCMP",
        ] {
            assert!(is_chrome(line), "{line}");
        }
        for line in [
            "-- Forwarded message from the council: the ports will open in May",
            "Views of the harbour from the new bridge",
            "You are the first to read the plan.",
            "Why you can trust the council's figures on the ports, the minister said.",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }

    #[test]
    fn a_site_menu_on_one_line_is_chrome() {
        for line in [
            "Home China World Business Tech & Sci Opinions Video Live Search",
            "Research  Analysis  China Monitor  Podcast  Events  Experts  About",
            "HOME  NEWS  POLICIES  PREMIER  STATE COUNCIL  SERVICES  ARCHIVE",
            "News\tWorld\tOpinion\tVideo",
            "Home | China | World | Business | Culture&Edu | Sci-Tech | In-Depth",
        ] {
            assert!(nav_bar(line), "{line}");
            assert!(is_chrome(line), "{line}");
        }
        for line in [
            // Title-case headlines name no sections.
            "Xi Meets Biden In San Francisco",
            "Ports Agree On Shared Timetable For Ferries In Spring",
            // Fewer than four entries, a sentence, a lower-case word, a digit.
            "Home  World  Video",
            "China World Business News grew fast.",
            "Home China World and Business",
            "Home World Business 2024 Video",
            // Spaced entries of more than three words are not a menu's.
            "Xi Meets Biden  In San Francisco For Talks  On Trade  And Climate",
            // A stamp set apart by bars; three entries.
            "English.news.cn | 2013-11-12 21:47:06 | Editor: Mu Xuequan | Share",
            "China | World | Business",
        ] {
            assert!(!nav_bar(line), "{line}");
        }
    }

    #[test]
    fn font_size_buttons_are_chrome() {
        for line in [
            "A A A",
            "A+ A-",
            "Font size: A+ A A-",
            "Text size A | A | A",
            "Font size: Large  Medium  Small     Print     Share to:",
            "[Font size: Large Medium Small]",
        ] {
            assert!(is_chrome(line), "{line}");
        }
        for line in [
            "A",
            "A plan",
            "Font size matters",
            "A a day",
            "Large and small",
            "Small, medium and large firms",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }

    #[test]
    fn page_furniture_of_other_sites() {
        for line in [
            "Sign up for our newsletter",
            "SIGN UP",
            "Newsletter",
            "You may also like",
            "Comments (12)",
            "0 Comments",
            "Leave a comment",
        ] {
            assert!(is_chrome(line), "{line}");
        }
        for line in [
            "Sign up to the agreement was swift, officials said.",
            "Comments by the spokesperson (12 in all) were noted.",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }

    #[test]
    fn chrome_lines_whatever_their_case() {
        for line in [
            "Related Pages",
            "EDITOR'S PICK",
            "Editors' picks",
            "Related stories:",
            "Advertisement",
            "For the latest news, follow us",
            "Copyright 2024 Xinhua",
            "© China Daily",
            "All rights reserved.",
            "Download the app",
            "Scan the QR code to follow",
            "Tags: diplomacy",
            "Related: a story",
            "Share: WeChat",
            "Subscribe to our newsletter",
            "Please follow us",
            "Follow us on WeChat",
            "Back to top",
            "* * *",
        ] {
            assert!(is_chrome(line), "{line}");
        }
        for line in [
            "Related issues were discussed.",
            "Topics of the day",
            "Shares rose",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }

    #[test]
    fn authors_over_a_date_line() {
        let st = block_stamp("Ana Costa and Tom Reyes\n6 November 2017").unwrap();
        assert_eq!(st.author, Some("Ana Costa and Tom Reyes"));
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2017-11-06")
        );
        // A sentence over a date line, or a date line over a name, is not a stamp.
        assert!(block_stamp("The delegates met in Hanoi.\n6 November 2017").is_none());
        assert!(block_stamp("6 November 2017\nAna Costa").is_none());
        // A stamp over its outlet's name in one word, or over a line of tags.
        let st = block_stamp("Updated: Nov 20, 2026 21:47\nNewswire").unwrap();
        assert_eq!(st.publisher, Some("Newswire"));
        let st = block_stamp("_2025-04-10 (Thu) · src: notes_\ntags: #rivers #forum").unwrap();
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2025-04-10")
        );
        // One line: as `stamp`.
        assert_eq!(block_stamp("6 November 2017"), stamp("6 November 2017"));
    }

    #[test]
    fn kickers() {
        let s = "Highlight it!The main points";
        assert_eq!(kicker(s).and_then(|n| s.get(..n)), Some("Highlight it!"));
        assert_eq!(kicker("【Focus】Title").map(|n| n > 0), Some(true));
        for (s, k) in [
            ("Explainer: What the basin plan means", "Explainer:"),
            ("Full text: Speech at the river forum", "Full text:"),
            (
                "Xinhua Headlines: 5 takeaways from the forum",
                "Xinhua Headlines:",
            ),
            (
                "Harbour News Explainer: What ports do",
                "Harbour News Explainer:",
            ),
        ] {
            assert_eq!(kicker(s).and_then(|n| s.get(..n)), Some(k), "{s}");
        }
        for s in [
            "Explainer: why ports matter",
            "The long analysis: What ports do",
            "Basin plan: what the forum decided",
            "Highlight it! The main points",
            "Xinhua: Central Government Economic Work Conference",
            "Wow!",
            "A very long phrase that is not a kicker at all because it runs on!Title",
            "No kicker here",
        ] {
            assert_eq!(kicker(s), None, "{s}");
        }
    }

    #[test]
    fn stamps() {
        let st = stamp("Mondo Social Updated on 2024-01-31").unwrap_or_default();
        assert_eq!(st.publisher, Some("Mondo Social"));
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2024-01-31")
        );

        let st = stamp("21:44, March 12, 2024     Source: Xinhua    ").unwrap_or_default();
        assert_eq!(st.publisher, Some("Xinhua"));
        assert_eq!(st.credits.len(), 1);
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2024-03-12")
        );

        // Parts set apart by ideographic spaces, each credit read; the date's label alone
        // names no publisher.
        let st = stamp(
            "来源：新华社\u{3000}\u{3000}发布时间：2027-12-21 08:30\u{3000}\u{3000}责任编辑：许晶",
        )
        .unwrap_or_default();
        let names: Vec<_> = st.credits.iter().map(|c| (c.label, c.name)).collect();
        assert_eq!(names, vec![("来源", "新华社"), ("责任编辑", "许晶")]);
        assert_eq!(st.publisher, Some("新华社"));
        let st =
            stamp("发布时间：2022-09-21 10:05\u{3000}\u{3000}来源：外交部").unwrap_or_default();
        assert_eq!(st.publisher, Some("外交部"));
        // A WeChat post's stamp: the mark of an original post, the account, the date and
        // time, the writer's province.
        let st = stamp("原创 政经译站 2024年12月13日 07:50 北京").unwrap_or_default();
        assert_eq!(st.publisher, Some("政经译站"));
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2024-12-13")
        );
        let st = stamp("2024年12月13日 07:50 北京").unwrap_or_default();
        assert_eq!(st.publisher, None);
        // A name after the time that is no province is an outlet's.
        for outlet in ["新华社客户端", "新华网", "人民日报"] {
            let line = format!("2024年12月13日 07:50 {outlet}");
            let st = stamp(&line).unwrap_or_default();
            assert_eq!(st.publisher, Some(outlet));
        }
        // `原创` is a mark only as a word of its own.
        let st = stamp("原创力量 2024年12月12日 07:50").unwrap_or_default();
        assert_eq!(st.publisher, Some("原创力量"));
        let st = stamp("Last updated: 2025-06-02").unwrap_or_default();
        assert_eq!(st.publisher, None);
        // A long source name in words of lower case is no sentence.
        let st = stamp("Source: the official website of the Office of the Central Cyberspace Affairs Commission of the People's Republic of China | Updated: 2024-03-22 10:15").unwrap_or_default();
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2024-03-22")
        );
        // A label with a name before it is not alone: `Source: Xinhua Updated:`.
        let st = stamp("Source: Xinhua Updated: 2025-03-30").unwrap_or_default();
        assert_eq!(st.publisher, Some("Xinhua"));

        let st = stamp("By Kou Jie ( People's Daily Online ) 09:40, October 26, 2020")
            .unwrap_or_default();
        assert_eq!(st.author, Some("Kou Jie"));
        assert_eq!(st.publisher, Some("People's Daily Online"));

        let st = stamp("Beijing, October 18, 2023").unwrap_or_default();
        assert_eq!((st.publisher, st.author), (None, None));
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2023-10-18")
        );

        // A time with seconds between the date and the source.
        let st = stamp("2023-07-11 10:21:33 Source: Xinhua").unwrap_or_default();
        assert_eq!(st.publisher, Some("Xinhua"));
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2023-07-11")
        );
        // Only a time is taken off: a name after the date stays whole.
        let st = stamp("2023-07-11 People's Daily Online").unwrap_or_default();
        assert_eq!(st.publisher, Some("People's Daily Online"));

        // A dateline with its year and no agency: the dash is not a publisher.
        let st = stamp("BEIJING, July 11, 2023 --").unwrap_or_default();
        assert_eq!((st.publisher, st.author), (None, None));
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2023-07-11")
        );

        let st = stamp("Fri, January 15, 2021").unwrap_or_default();
        assert_eq!(
            st.date.map(|d| d.start.to_string()).as_deref(),
            Some("2021-01-15")
        );

        let st = stamp("By Zhang Yi | chinadaily.com.cn | Updated: 2024-01-31 09:12")
            .unwrap_or_default();
        assert_eq!(st.author, Some("Zhang Yi"));
        assert_eq!(st.publisher, Some("chinadaily.com.cn"));

        for s in [
            "The Foreign Affairs Work Conference was held in Beijing on December 27-28.",
            "No date",
            "In 2003, China acceded to the Treaty of Amity and Cooperation in Southeast Asia.",
        ] {
            assert_eq!(stamp(s), None, "{s}");
        }
    }

    #[test]
    fn inline_stamps() {
        let s = "Key CPC session draws roadmap ( Xinhua ) 08:20, October 30, 2020 Xi Jinping";
        let (a, b) = inline_stamp(s).unwrap_or((0, 0));
        assert_eq!(s.get(a..b), Some("( Xinhua ) 08:20, October 30, 2020"));
        let s = "14th Five-Year Plan: goal By Kou Jie ( People's Daily Online ) 09:40, October 26, 2020 China";
        let (a, b) = inline_stamp(s).unwrap_or((0, 0));
        assert_eq!(
            s.get(a..b),
            Some("By Kou Jie ( People's Daily Online ) 09:40, October 26, 2020")
        );
        assert_eq!(inline_stamp("Held on October 30, 2020 in Beijing"), None);
        // The keyword form, with credits after bars; the last name is cut after two
        // words of pinyin when the text runs on.
        let s = "Port council concludes its session, sets a date Updated: 2027-12-24 18:37 | Source: Harbour News | Editor: Li Yan Wang Hua, chairman of the council, presided.";
        let (a, b) = inline_stamp(s).unwrap_or((0, 0));
        assert_eq!(
            s.get(a..b),
            Some("Updated: 2027-12-24 18:37 | Source: Harbour News | Editor: Li Yan")
        );
        // A last part that is not a person's name in pinyin stays in the text.
        let s = "Port council concludes its session Updated: 2027-12-24 | Source: Harbour News The council met.";
        let (a, b) = inline_stamp(s).unwrap_or((0, 0));
        assert_eq!(s.get(a..b), Some("Updated: 2027-12-24"));
        // No headline before the keyword: not a glued stamp.
        assert_eq!(
            inline_stamp("Updated: 2027-12-24 | Source: Harbour News"),
            None
        );
        // A date in a sentence, with no keyword before it.
        assert_eq!(
            inline_stamp("The council said on 2027-12-24 | that it would meet."),
            None
        );
    }

    #[test]
    fn datelines() {
        let s = "BEIJING, Oct. 29 (Xinhua) -- The Communist Party";
        assert_eq!(
            dateline(s).and_then(|n| s.get(n..)),
            Some("The Communist Party")
        );
        let s = "NEW DELHI, Sept 9 -- Leaders";
        assert_eq!(dateline(s).and_then(|n| s.get(n..)), Some("Leaders"));
        let s = "BEIJING -- China will";
        assert_eq!(dateline(s).and_then(|n| s.get(n..)), Some("China will"));
        let s = "HONG KONG (Xinhua) -- The";
        assert_eq!(dateline(s).and_then(|n| s.get(n..)), Some("The"));
        assert_eq!(dateline("Beijing, the capital -- x"), None);
        assert_eq!(dateline("BEIJING is big"), None);
        assert_eq!(dateline("A -- B"), None);
        assert_eq!(
            dateline_agency("BEIJING, March 1 (Xinhua) --"),
            Some("Xinhua")
        );
        assert_eq!(
            dateline_agency("HONG KONG, Oct. 3 ( Reuters ) -- "),
            Some("Reuters")
        );
        assert_eq!(dateline_agency("BEIJING --"), None);
        assert_eq!(dateline_agency("BEIJING (Xinhua) -- more text"), None);
        assert_eq!(dateline_agency("BEIJING (a city of many parts) --"), None);
    }

    #[test]
    fn chrome() {
        for s in [
            "Related Pages",
            " ***",
            "(For the latest China news, Please follow People's Daily on Twitter and Facebook )",
            "Share:",
            "---",
            "Download PDF (612 KB)",
            "READ MORE: Former vice-governor expelled from Party",
        ] {
            assert!(is_chrome(s), "{s}");
        }
        for s in [
            "Download speeds in rural areas doubled",
            "Printing money",
            "Related parties agreed to cooperate.",
            "Comments by the minister were welcomed",
        ] {
            assert!(!is_chrome(s), "{s}");
        }
    }

    #[test]
    fn breadcrumbs_glued_over_a_headline() {
        let s = "Home > News > Top Stories Xi stresses building a Beautiful China";
        assert_eq!(
            breadcrumb_prefix(s).and_then(|at| s.get(at..)),
            Some("Xi stresses building a Beautiful China")
        );
        let s = "News » China » Politics Leaders agree on ports";
        assert_eq!(
            breadcrumb_prefix(s).and_then(|at| s.get(at..)),
            Some("Leaders agree on ports")
        );
        // The last step ends at its second word: the headline keeps its title.
        let s = "Home > News > Top Stories Premier Li Qiang meets foreign experts";
        assert_eq!(
            breadcrumb_prefix(s).and_then(|at| s.get(at..)),
            Some("Premier Li Qiang meets foreign experts")
        );
        for s in [
            // A last step that opens many headlines; a second word that is not a step's.
            "Home > News > China National Security Law takes effect in Hong Kong",
            "Home > News > Premier Li Qiang meets foreign experts",
            // Two steps only, a long step, no section word in the last step.
            "Home > Xi stresses building a Beautiful China",
            "Home > The leaders of the two sides agreed > Top Stories Xi stresses",
            "Home > News > Xi stresses building a Beautiful China",
            "Ports > Airports: what the plan says",
        ] {
            assert_eq!(breadcrumb_prefix(s), None, "{s}");
        }
    }

    #[test]
    fn a_source_glued_before_an_update_stamp_is_the_stamps() {
        let s =
            "Xi stresses building a Beautiful China Source: Xinhua Updated: 2023-07-19 Font size";
        let (a, b) = inline_stamp(s).unwrap();
        assert_eq!(s.get(a..b), Some("Source: Xinhua Updated: 2023-07-19"));
        // A source of many words, or in lower case, stays with the headline.
        let s = "Xi stresses the plan the Source: of growth and jobs Updated: 2023-07-19 Font size";
        let (a, _) = inline_stamp(s).unwrap();
        assert_eq!(
            s.get(..a).map(str::trim_end),
            Some("Xi stresses the plan the Source: of growth and jobs")
        );
    }

    #[test]
    fn widgets() {
        for s in [
            "0 SHARES Share Tweet",
            "Share | Tweet | Email",
            "12 Comments",
            "Facebook Twitter WhatsApp Copy Link",
            "FacebookTwitterLinkedInEmailPrintCopy Link",
            "Nav Search",
            "NavSearch",
            "Home | Menu",
            "PDF",
            "Return to the Library",
            "Back to list »",
            "Estimated read time 18 min read",
            "Sign in to comment | Terms of use | Privacy",
            "China Daily | Home / China / Politics",
            "5 min read",
            "3 minutes read",
            "Reading time: 4 minutes",
            "02:40",
            "1:02:40",
            "Advertisement. Scroll to continue reading.",
        ] {
            assert!(is_chrome(s), "{s}");
        }
        for s in [
            "Share the benefits of development",
            "2024",
            "Two sessions",
            "Time to read the signs of the times",
            "The 5 min read on reform",
            // Two parts: a headline with its site's name.
            "Leaders agree on ports | Harbour News",
            // A slash in a headline with its site's name.
            "Ports and/or airports: the plan / a view | Harbour News",
            "Ports / airports, the plan | Harbour News",
            "Xi / Biden phone call | Harbour News",
            "Source: Xinhua | Editor: Li Hua | Print",
            "12:30 p.m. Beijing time",
            "1:2:3:4:5 ratio",
            "Comments and suggestions",
            "Return to growth",
            "Search and rescue teams",
            "Home-grown innovation",
            "Back to the people",
            "Shareholders",
            "Printer",
            "Linked",
            "Reading time and reform are both essential to the long-term work of the Party",
        ] {
            assert!(!is_chrome(s), "{s}");
        }
    }
}
