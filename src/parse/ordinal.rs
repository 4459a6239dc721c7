//! Number words, ordinal words and list markers.
//!
//! `ordinal_marker` recognises what opens a list item: `First,` `Firstly,` `The third is to`
//! `Ten is to` `Two must` `Third is` `1.` `2)` `(3)` `4、` `IV.` `(ii)` `一是` `（二）` `三、` and
//! bullets (`--`, `——`, `•`).

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::{char, digit1, one_of};
use nom::combinator::{eof, map_opt, opt, peek, recognize, verify};
use nom::sequence::{preceded, terminated};

use super::text::{PResult, ascii_lower, is_space, phrase_ci, sp0, sp1};
use crate::model::MarkerKind;

/// Grouping key of a marker: items of one list share it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// Ordinal and number words (`First,`, `The third is to`, `Ten is to`).
    Word,
    /// `1.`
    Dot,
    /// `1)`
    CloseParen,
    /// `(1)`
    Paren,
    /// `[1]`, a list of notes or references.
    Bracket,
    /// `1、`
    Ideographic,
    /// `IV.` or `IV)`
    Roman,
    /// `(iv)`
    RomanParen,
    /// `iv.`
    RomanLower,
    /// `1️⃣`, a keycap digit as social posts print one.
    Keycap,
    /// `01` on a line of its own over the item's heading, as explainers number their
    /// parts.
    ZeroPadded,
    /// `1` with no punctuation, set off from a capitalised item by two or more spaces or
    /// a tab, as slides and tables exported to text print numbers (rule "bare number").
    Bare,
    /// `(a)`
    LetterParen,
    /// `a)`
    LetterClose,
    /// `一是`
    ChineseShi,
    /// `（一）`
    ChineseParen,
    /// `一、`
    ChineseComma,
    /// `Q1:`, the questions of a question-and-answer piece.
    Question,
    /// A bullet; the byte identifies which (`-`, `—`, `•` ...).
    Bullet(u8),
}

/// What `ordinal_marker` found at the start of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Marker<'a> {
    /// The stated number; `None` for bullets and for `Finally,`.
    pub(crate) ordinal: Option<u32>,
    pub(crate) kind: MarkerKind,
    pub(crate) style: Style,
    /// The marker as printed, without the space after it.
    pub(crate) text: &'a str,
    /// What follows the marker and its trailing space.
    pub(crate) rest: &'a str,
    /// Whether the marker is wrapped in markdown emphasis (rule "emphasised marker").
    pub(crate) emphasised: bool,
}

fn word(i: &str) -> PResult<'_, &str> {
    take_while1(|c: char| c.is_ascii_alphabetic() || c == '-').parse(i)
}

fn units_value(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens_value(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

fn ordinal_units_value(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        _ => return None,
    })
}

fn ordinal_tens_value(w: &str) -> Option<u32> {
    Some(match w {
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        _ => return None,
    })
}

/// Value of a lowercase number word: `one` … `nineteen`, tens, `twenty-one` … `ninety-nine`.
fn number_value(w: &str) -> Option<u32> {
    if let Some((t, u)) = w.split_once('-') {
        let u = units_value(u).filter(|&u| u < 10)?;
        return Some(tens_value(t)? + u);
    }
    units_value(w).or_else(|| tens_value(w))
}

/// Value of a lowercase ordinal word: `first` … `ninety-ninth`.
fn ordinal_value(w: &str) -> Option<u32> {
    if let Some((t, u)) = w.split_once('-') {
        let u = ordinal_units_value(u).filter(|&u| u < 10)?;
        return Some(tens_value(t)? + u);
    }
    ordinal_units_value(w).or_else(|| ordinal_tens_value(w))
}

fn lookup(w: &str, f: fn(&str) -> Option<u32>) -> Option<u32> {
    let mut buf = [0u8; 32];
    f(ascii_lower(w, &mut buf)?)
}

/// A cardinal number word, any case: `one` … `ninety-nine`.
pub(crate) fn number_word(i: &str) -> PResult<'_, u32> {
    map_opt(word, |w| lookup(w, number_value)).parse(i)
}

/// An ordinal word, any case: `first` … `ninety-ninth`.
pub(crate) fn ordinal_word(i: &str) -> PResult<'_, u32> {
    map_opt(word, |w| lookup(w, ordinal_value)).parse(i)
}

/// Whether a word (without surrounding punctuation) is a number that could state a count:
/// one to three digits, or a number word. A quick test before [`count_number`].
pub(crate) fn is_count_word(w: &str) -> bool {
    let w = w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    match w.as_bytes().first().map(u8::to_ascii_lowercase) {
        Some(b'1'..=b'9') => w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()),
        // Number words open with one of these letters.
        Some(b'o' | b't' | b'f' | b's' | b'e' | b'n') => {
            (3..=12).contains(&w.len()) && lookup(w, number_value).is_some()
        }
        _ => false,
    }
}

/// A number given as digits (at most three) or as a word.
pub(crate) fn count_number(i: &str) -> PResult<'_, u32> {
    alt((
        map_opt(
            verify(digit1, |d: &str| d.len() <= 3 && !d.starts_with('0')),
            |d: &str| d.parse().ok(),
        ),
        number_word,
    ))
    .parse(i)
}

fn comma(i: &str) -> PResult<'_, char> {
    alt((char(','), char('，'), char(':'), char('：'))).parse(i)
}

/// `is` or `is to` after an ordinal: `The third is to`, `Ten is to`, `Third is`.
fn is_to(i: &str) -> PResult<'_, &str> {
    let end = |i| alt((sp1, eof)).parse(i);
    recognize((
        sp1,
        terminated(tag("is"), peek(end)),
        // `is to` (a task), `is that` (a reason: `The first reason is that ...`).
        opt((sp1, terminated(alt((tag("to"), tag("that"))), peek(end)))),
    ))
    .parse(i)
}

/// What follows a short aside between commas after an ordinal (`, and most important,`):
/// at most four words, no other punctuation.
fn aside(i: &str) -> Option<&str> {
    let inner = i.strip_prefix(',')?;
    // The window counts a run of whitespace as one byte, whatever the line ends.
    let end = super::text::head(inner, 48).find(',')?;
    let words = inner.get(..end)?;
    let plain = words
        .chars()
        .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-');
    (plain && !words.trim().is_empty() && words.split_whitespace().count() <= 4)
        .then(|| inner.get(end + 1..))
        .flatten()
}

/// The noun an ordinal may name its item by, `The fifth task is to`, `The second
/// priority is`: a space and one of a few singular list nouns.
fn item_noun(i: &str) -> PResult<'_, &str> {
    let (r, w) = preceded(sp1, word).parse(i)?;
    let mut buf = [0u8; 32];
    let known = ascii_lower(w, &mut buf).is_some_and(|w| {
        matches!(
            w,
            "task"
                | "priority"
                | "area"
                | "aspect"
                | "point"
                | "measure"
                | "focus"
                | "step"
                | "requirement"
                | "goal"
                | "principle"
                | "thing"
                | "proposal"
                | "must"
                | "reason"
                | "lesson"
                | "challenge"
                | "feature"
                | "pillar"
                | "question"
        )
    });
    if known {
        Ok((r, w))
    } else {
        Err(nom::Err::Error(()))
    }
}

/// Word forms, returning the ordinal (`None` for `Finally,`): `First,` `Firstly,`
/// `First of all,` `The third is to` `Ten is to` `Third is` `Finally,` `Last but not
/// least,`. The first word is read once and dispatched on.
fn word_marker(i: &str) -> PResult<'_, Option<u32>> {
    let fail = || nom::Err::Error(());
    let (rest, w) = word(i)?;
    let mut buf = [0u8; 32];
    let lw = ascii_lower(w, &mut buf).ok_or_else(fail)?;
    if lw == "the" {
        // `The third is to`, `The fifth task is to`
        let (r, n) = preceded(sp1, ordinal_word).parse(rest)?;
        let r = item_noun(r).map_or(r, |(after, _)| after);
        // `The third, and most important, is`: a short aside between commas.
        let r = aside(r).unwrap_or(r);
        let (r, _) = is_to(r)?;
        return Ok((r, Some(n)));
    }
    if lw == "finally" || lw == "lastly" {
        // Continues a list but never starts one.
        let (r, _) = comma(rest)?;
        return Ok((r, None));
    }
    if lw == "last" {
        // `Last but not least,` and `Last,` close a list like `Finally,`.
        let (r, _) = (opt(phrase_ci(" but not least")), comma).parse(rest)?;
        return Ok((r, None));
    }
    if let Some(n) = ordinal_value(lw) {
        let of_all = opt(alt((
            phrase_ci(" of all"),
            phrase_ci(" and foremost"),
            // `Sixth and last,`, `Fifth and finally,`.
            phrase_ci(" and last"),
            phrase_ci(" and lastly"),
            phrase_ci(" and finally"),
        )));
        if let Ok((r, _)) = (of_all, comma).parse(rest) {
            return Ok((r, Some(n)));
        }
        let (r, _) = is_to(rest)?;
        return Ok((r, Some(n)));
    }
    if let Some(n) = lw.strip_suffix("ly").and_then(ordinal_value) {
        let (r, _) = comma(rest)?;
        return Ok((r, Some(n)));
    }
    if lw == "number" {
        // `Number one, ...`, `Number three – and this is ...`: a speaker's count.
        let (r, n) = preceded(sp1, number_word).parse(rest)?;
        let dash = (sp1, alt((tag("–"), tag("—"), tag("-"))), peek(sp1));
        let (r, _) = alt((comma.map(|_| ()), dash.map(|_| ()))).parse(r)?;
        if n > 10 {
            return Err(fail());
        }
        return Ok((r, Some(n)));
    }
    let n = number_value(lw).ok_or_else(fail)?;
    // `One, ...`, `Two, ...`: a speaker's count, up to ten.
    if n <= 10 {
        if let Ok((r, _)) = comma(rest) {
            return Ok((r, Some(n)));
        }
    }
    // `Ten is to`; and `One must`, `Two must`, as machine translation renders 一要, 二要.
    let (r, _) = alt((is_to, must)).parse(rest)?;
    Ok((r, Some(n)))
}

/// `must` after a number word (`One must`), the machine-translated form of 一要 ... 二要.
fn must(i: &str) -> PResult<'_, &str> {
    let end = |i| alt((sp1, eof)).parse(i);
    recognize((sp1, terminated(tag("must"), peek(end)))).parse(i)
}

fn digits(i: &str) -> PResult<'_, u32> {
    map_opt(verify(digit1, |d: &str| d.len() <= 3), |d: &str| {
        d.parse().ok()
    })
    .parse(i)
}

fn roman_value(s: &str) -> Option<u32> {
    const TABLE: [&str; 31] = [
        "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
        "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV",
        "XXVI", "XXVII", "XXVIII", "XXIX", "XXX",
    ];
    let upper = s.to_ascii_uppercase();
    TABLE
        .iter()
        .position(|r| *r == upper)
        .and_then(|p| u32::try_from(p).ok())
        .filter(|&p| p > 0)
}

fn roman(i: &str) -> PResult<'_, u32> {
    map_opt(
        take_while1(|c: char| matches!(c, 'I' | 'V' | 'X')),
        roman_value,
    )
    .parse(i)
}

fn roman_lower(i: &str) -> PResult<'_, u32> {
    map_opt(
        take_while1(|c: char| matches!(c, 'i' | 'v' | 'x')),
        roman_value,
    )
    .parse(i)
}

/// A lowercase letter as an ordinal: `a` is 1.
fn letter(i: &str) -> PResult<'_, u32> {
    map_opt(
        take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase()),
        |l: &str| l.bytes().next().map(|b| u32::from(b - b'a') + 1),
    )
    .parse(i)
}

fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    })
}

/// A Chinese numeral up to 99: `三`, `十`, `十二`, `二十`, `二十一`.
fn chinese_number(i: &str) -> PResult<'_, u32> {
    map_opt(
        take_while_m_n(1, 3, |c: char| chinese_digit(c).is_some()),
        |s: &str| {
            let v: Vec<u32> = s.chars().filter_map(chinese_digit).collect();
            match v.as_slice() {
                [d] => Some(*d),
                [10, u] if *u < 10 => Some(10 + u),
                [t, 10] if *t < 10 => Some(t * 10),
                [t, 10, u] if *t < 10 && *u < 10 => Some(t * 10 + u),
                _ => None,
            }
        },
    )
    .parse(i)
}

fn open_paren(i: &str) -> PResult<'_, char> {
    alt((char('('), char('（'))).parse(i)
}

fn close_paren(i: &str) -> PResult<'_, char> {
    alt((char(')'), char('）'))).parse(i)
}

/// Space after a marker that needs one: at least one space, or the end of the block.
fn gap(i: &str) -> PResult<'_, ()> {
    if i.is_empty() {
        return Ok((i, ()));
    }
    take_while1(is_space).map(|_| ()).parse(i)
}

fn numeric_marker(i: &str) -> PResult<'_, (u32, MarkerKind, Style)> {
    alt((
        terminated(digits, (char('.'), gap)).map(|n| (n, MarkerKind::Number, Style::Dot)),
        terminated(digits, (char('．'), sp0)).map(|n| (n, MarkerKind::Number, Style::Dot)),
        // A markdown-escaped number (`1\. text`) is a plain `1.`.
        terminated(digits, (tag("\\."), gap)).map(|n| (n, MarkerKind::Number, Style::Dot)),
        terminated(digits, (char(')'), gap)).map(|n| (n, MarkerKind::Number, Style::CloseParen)),
        terminated(digits, char('、')).map(|n| (n, MarkerKind::Number, Style::Ideographic)),
        terminated(preceded(char('Q'), digits), (one_of(":：."), gap))
            .map(|n| (n, MarkerKind::Number, Style::Question)),
        terminated(preceded(open_paren, digits), close_paren)
            .map(|n| (n, MarkerKind::Number, Style::Paren)),
        // `[1] Xi Jinping, The Governance of China ...`; a space after it, so that a
        // markdown link (`[1](#fn1)`) is not one.
        terminated(preceded(char('['), digits), (char(']'), gap))
            .map(|n| (n, MarkerKind::Number, Style::Bracket)),
        terminated(roman, (alt((char('.'), char(')'))), gap))
            .map(|n| (n, MarkerKind::Roman, Style::Roman)),
        // `i.`, `ii.` (with a bracket, `i)` is a letter list's ninth item).
        terminated(roman_lower, (char('.'), gap))
            .map(|n| (n, MarkerKind::Roman, Style::RomanLower)),
        terminated(digits, (tag("\u{FE0F}\u{20E3}"), sp0))
            .map(|n| (n, MarkerKind::Number, Style::Keycap)),
        terminated(zero_padded, line_break).map(|n| (n, MarkerKind::Number, Style::ZeroPadded)),
        terminated(preceded(open_paren, alt((roman, roman_lower))), close_paren)
            .map(|n| (n, MarkerKind::Roman, Style::RomanParen)),
        terminated(preceded(open_paren, letter), close_paren)
            .map(|n| (n, MarkerKind::Letter, Style::LetterParen)),
        terminated(letter, (char(')'), sp1)).map(|n| (n, MarkerKind::Letter, Style::LetterClose)),
        terminated(chinese_number, char('是')).map(|n| (n, MarkerKind::Chinese, Style::ChineseShi)),
        terminated(preceded(open_paren, chinese_number), close_paren)
            .map(|n| (n, MarkerKind::Chinese, Style::ChineseParen)),
        terminated(chinese_number, char('、'))
            .map(|n| (n, MarkerKind::Chinese, Style::ChineseComma)),
        terminated(bare_number, bare_gap).map(|n| (n, MarkerKind::Number, Style::Bare)),
    ))
    .parse(i)
}

/// A number of one or two digits with no leading zero: the bare marker's number (a
/// year, a figure with a unit or a zero-padded code is not one).
fn bare_number(i: &str) -> PResult<'_, u32> {
    map_opt(
        verify(digit1, |d: &str| d.len() <= 2 && !d.starts_with('0')),
        |d: &str| d.parse().ok(),
    )
    .parse(i)
}

/// The gap after a bare number: two or more spaces or a tab, then a capital letter or an
/// opening quotation mark (`2  Continue to release ...`). One space is a figure in a
/// sentence (`2 million people`), so it is not a marker's gap.
fn bare_gap(i: &str) -> PResult<'_, ()> {
    let rest = i.trim_start_matches([' ', '\t']);
    let gap = &i[..i.len() - rest.len()];
    let wide = gap.len() >= 2 || gap.contains('\t');
    let opens = rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“'));
    if wide && opens {
        Ok((rest, ()))
    } else {
        Err(nom::Err::Error(()))
    }
}

/// `01` to `09`: a number with a leading zero, as explainers number their parts.
fn zero_padded(i: &str) -> PResult<'_, u32> {
    let (rest, d) = preceded(
        char('0'),
        nom::character::complete::satisfy(|c: char| matches!(c, '1'..='9')),
    )
    .parse(i)?;
    // `d` is one of `1` to `9`.
    Ok((rest, u32::from(d) - u32::from('0')))
}

/// A line break (with any spaces before it).
fn line_break(i: &str) -> PResult<'_, ()> {
    let i = i.trim_start_matches([' ', '\t']);
    let (rest, _) = alt((tag("\r\n"), tag("\n"), tag("\r"))).parse(i)?;
    Ok((rest, ()))
}

/// The characters a bullet of [`bullet`] opens with: lines that open otherwise are not
/// parsed for one (a test holds the two together).
const BULLET_FIRST: &[char] = &[
    '-', '—', '–', '*', '•', '●', '▪', '◆', '■', '\u{f0b7}', '\u{f0a7}', '\u{f076}', '\u{f0d8}',
    '◦', '►', '➢',
];

/// A bullet: `——` and `—` may be glued to the text; `--`, `-`, `*`, `•` need a space.
fn bullet(i: &str) -> PResult<'_, u8> {
    alt((
        tag("——").map(|_| b'D'),
        terminated(tag("--"), gap).map(|_| b'-'),
        tag("—").map(|_| b'M'),
        terminated(tag("–"), gap).map(|_| b'N'),
        terminated(tag("-"), gap).map(|_| b'h'),
        terminated(tag("*"), gap).map(|_| b'*'),
        alt((tag("•"), tag("●"), tag("▪"), tag("◆"), tag("■"))).map(|_| b'o'),
        // Bullets of symbol fonts as PDF text comes out (`\u{f0b7}`, `\u{f0a7}`, ...),
        // open circles and arrowheads.
        alt((
            tag("\u{f0b7}"),
            tag("\u{f0a7}"),
            tag("\u{f076}"),
            tag("\u{f0d8}"),
            tag("◦"),
            tag("►"),
            tag("➢"),
        ))
        .map(|_| b'p'),
    ))
    .parse(i)
}

/// The marker that opens a list item, if `i` starts with one.
///
/// `i` should start at the block's first non-space character (after any bold markers).
pub(crate) fn ordinal_marker(i: &str) -> Option<Marker<'_>> {
    emphasised_marker(i).or_else(|| plain_marker(i))
}

/// Markdown emphasis a marker may be wrapped in, longest first.
const EMPHASIS: [&str; 4] = ["**", "__", "*", "_"];

/// Rule "emphasised marker": a one-word marker wrapped in markdown emphasis, `**1.**
/// text`, `__First,__ text`, `*(2)* text`, or with its opening marks already stripped
/// with the block's bold (`1.** text`). The emphasis belongs to the marker, so the item's
/// text starts after it.
///
/// - Only the first token is looked at (up to the first space, at most 24 bytes): every
///   emphasised marker in the documents seen is one token, and longer runs are bold
///   lead-ins, not markers.
/// - The token must end with the emphasis and hold a whole marker before it, so a bold
///   phrase that merely starts with a number (`**2035 goals**`) is not a marker.
/// - Pinned by `emphasised_and_escaped_markers`.
fn emphasised_marker(i: &str) -> Option<Marker<'_>> {
    let first = i.as_bytes().first()?;
    if !(first.is_ascii_alphanumeric() || matches!(first, b'*' | b'_' | b'(')) {
        return None;
    }
    let end = i
        .char_indices()
        .take_while(|&(k, _)| k <= 24)
        .find(|&(_, c)| is_space(c))
        .map_or(i.len(), |(k, _)| k);
    if end > 24 {
        return None;
    }
    let token = i.get(..end)?;
    // The marker's punctuation may stand after the emphasis: `**First**,`.
    let (inner, punct) = match token.strip_suffix([',', ':', '.']) {
        Some(t) if EMPHASIS.iter().any(|e| t.ends_with(e)) => (t, token.get(t.len()..)?),
        _ => (token, ""),
    };
    let close = EMPHASIS.iter().find(|e| inner.ends_with(*e))?;
    let core = inner.get(..inner.len() - close.len())?;
    let core = core.strip_prefix(close).unwrap_or(core);
    let core = format!("{core}{punct}");
    let (ordinal, kind, style) = plain_marker(&core)
        .filter(|m| m.rest.is_empty() && m.kind != MarkerKind::Bullet)
        .map(|m| (m.ordinal, m.kind, m.style))?;
    Some(Marker {
        ordinal,
        kind,
        style,
        text: token,
        rest: i.get(end..)?.trim_start_matches(is_space),
        emphasised: true,
    })
}

/// A marker without emphasis.
fn plain_marker(i: &str) -> Option<Marker<'_>> {
    let start = i;
    let first = i.chars().next()?;
    // Dispatch on the first character: most blocks open with none of the markers.
    // Ordinal and number words, `The`, `Finally` and `Lastly` open with one of these.
    let word = matches!(
        first.to_ascii_lowercase(),
        't' | 'f' | 'l' | 's' | 'e' | 'n' | 'o'
    );
    let numeric = first.is_ascii_digit()
        || matches!(first, '(' | '（' | '[' | 'I' | 'V' | 'X')
        || (matches!(first, 'i' | 'v' | 'x')
            && i.bytes().skip(1).take(5).any(|b| matches!(b, b'.' | b')')))
        || (first == 'Q' && i.as_bytes().get(1).is_some_and(u8::is_ascii_digit))
        || (first.is_ascii_lowercase() && i.get(1..2) == Some(")"))
        || chinese_digit(first).is_some();
    let (ordinal, kind, style, after) = if let Some(Ok((rest, ord))) = word.then(|| word_marker(i))
    {
        (ord, MarkerKind::Word, Style::Word, rest)
    } else if let Some(Ok((rest, (n, kind, style)))) = numeric.then(|| numeric_marker(i)) {
        (Some(n), kind, style, rest)
    } else if let Some(Ok((rest, b))) = BULLET_FIRST.contains(&first).then(|| bullet(i)) {
        (None, MarkerKind::Bullet, Style::Bullet(b), rest)
    } else {
        return None;
    };
    let marker_len = start.len() - after.len();
    let text = start.get(..marker_len)?.trim_end_matches(is_space);
    let rest = after.trim_start_matches(is_space);
    // A marker needs something after it, except a numbered heading line.
    if rest.is_empty() && kind == MarkerKind::Bullet {
        return None;
    }
    Some(Marker {
        ordinal,
        kind,
        style,
        text,
        rest,
        emphasised: false,
    })
}

/// Whether the text opens with an ordinal word meaning "first" followed by a comma
/// (`First,` `Firstly,` `First of all,`), the start of a list inside a paragraph.
pub(crate) fn opens_first(i: &str) -> bool {
    i.starts_with(|c: char| c.is_ascii_alphabetic()) && matches!(word_marker(i), Ok((_, Some(1))))
}

/// Every number and ordinal word the recognisers know, spelled out, for tests.
#[cfg(test)]
pub(crate) mod spelled {
    const UNITS: [&str; 19] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const UNIT_ORDINALS: [&str; 19] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    const TENTHS: [&str; 8] = [
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];

    /// `one` … `ninety-nine`.
    pub(crate) fn cardinals() -> Vec<String> {
        let mut out: Vec<String> = UNITS.iter().chain(&TENS).map(|w| w.to_string()).collect();
        for t in TENS {
            out.extend(UNITS.iter().take(9).map(|u| format!("{t}-{u}")));
        }
        out
    }

    /// `first` … `ninety-ninth`.
    pub(crate) fn ordinals() -> Vec<String> {
        let mut out: Vec<String> = UNIT_ORDINALS
            .iter()
            .chain(&TENTHS)
            .map(|w| w.to_string())
            .collect();
        for t in TENS {
            out.extend(UNIT_ORDINALS.iter().take(9).map(|o| format!("{t}-{o}")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(i: &str) -> Option<(Option<u32>, &str, &str)> {
        ordinal_marker(i).map(|m| (m.ordinal, m.text, m.rest))
    }

    #[test]
    fn number_words() {
        for (w, n) in [
            ("one", 1),
            ("Ten", 10),
            ("nineteen", 19),
            ("twenty", 20),
            ("Twenty-one", 21),
            ("ninety-nine", 99),
        ] {
            assert_eq!(number_word(w), Ok(("", n)), "{w}");
        }
        for w in ["first", "twenty-ten", "tenn", "zero", "hundred", ""] {
            assert!(number_word(w).is_err(), "{w}");
        }
        assert_eq!(count_number("12 points"), Ok((" points", 12)));
        assert!(count_number("0").is_err());
        assert!(count_number("2035").is_err());
    }

    #[test]
    fn ordinal_words() {
        for (w, n) in [
            ("first", 1),
            ("Third", 3),
            ("TWELFTH", 12),
            ("twentieth", 20),
            ("twenty-first", 21),
        ] {
            assert_eq!(ordinal_word(w), Ok(("", n)), "{w}");
        }
        for w in ["one", "firsts", "twenty-tenth", "1st"] {
            assert!(ordinal_word(w).is_err(), "{w}");
        }
    }

    #[test]
    fn every_word_marker_passes_the_first_letter_dispatch() {
        let mut words = spelled::cardinals();
        words.extend(spelled::ordinals());
        for w in &words {
            assert!(
                number_value(w).or_else(|| ordinal_value(w)).is_some(),
                "{w}"
            );
            let mut cap = w.clone();
            cap[..1].make_ascii_uppercase();
            // Every word opens a marker one way or the other, in either case.
            for w in [w.clone(), cap] {
                let texts = [format!("{w} is to act"), format!("{w}, we act")];
                let markers: Vec<_> = texts.iter().filter_map(|t| ordinal_marker(t)).collect();
                assert!(!markers.is_empty(), "{w}");
                assert!(markers.iter().all(|m| m.kind == MarkerKind::Word), "{w}");
            }
        }
        for text in [
            "The third is to act",
            "Finally, we act",
            "Lastly, we act",
            "Last, we act",
            "Firstly, we",
        ] {
            assert!(ordinal_marker(text).is_some(), "{text}");
        }
    }

    #[test]
    fn word_markers() {
        assert_eq!(m("First, it has"), Some((Some(1), "First,", "it has")));
        assert_eq!(m("Secondly, we"), Some((Some(2), "Secondly,", "we")));
        assert_eq!(
            m("Sixth and last, countries"),
            Some((Some(6), "Sixth and last,", "countries"))
        );
        assert_eq!(
            m("The first reason is that China"),
            Some((Some(1), "The first reason is that", "China"))
        );
        assert_eq!(
            m("The third is to advocate"),
            Some((Some(3), "The third is to", "advocate"))
        );
        assert_eq!(
            m("The fifth task is to promote"),
            Some((Some(5), "The fifth task is to", "promote"))
        );
        assert_eq!(
            m("The second priority is stability"),
            Some((Some(2), "The second priority is", "stability"))
        );
        assert_eq!(m("The fifth plenum is to"), None);
        assert_eq!(
            m("The third, and most important, is trust"),
            Some((Some(3), "The third, and most important, is", "trust"))
        );
        assert_eq!(m("The third, he said, 1 is"), None);
        assert_eq!(
            m("Ten is to strengthen"),
            Some((Some(10), "Ten is to", "strengthen"))
        );
        assert_eq!(m("Eight is to"), Some((Some(8), "Eight is to", "")));
        assert_eq!(
            m("Two must expand opening up"),
            Some((Some(2), "Two must", "expand opening up"))
        );
        assert_eq!(m("Two mustard seeds"), None);
        assert_eq!(
            m("Third is the shared commitment"),
            Some((Some(3), "Third is", "the shared commitment"))
        );
        assert_eq!(
            m("First of all, we"),
            Some((Some(1), "First of all,", "we"))
        );
        assert_eq!(m("Twenty-first, x"), Some((Some(21), "Twenty-first,", "x")));
        assert_eq!(m("Finally, we"), Some((None, "Finally,", "we")));
        assert_eq!(
            m("Last but not least, we"),
            Some((None, "Last but not least,", "we"))
        );
        assert_eq!(m("Last year, we"), None);
        assert_eq!(m("Last but not least we"), None);
        assert_eq!(m("Nineteenth: x"), Some((Some(19), "Nineteenth:", "x")));
    }

    #[test]
    fn rejects_words_that_are_not_markers() {
        for i in [
            "First Lady Peng",
            "Firstt, we",
            "The first session",
            "Ten years ago",
            "One island",
            "Someone is to",
            "Firstly we",
            "Tenth",
            "Theme is to",
        ] {
            assert_eq!(m(i), None, "{i}");
        }
    }

    #[test]
    fn numeric_markers() {
        let k = |i| ordinal_marker(i).map(|m| (m.ordinal, m.kind, m.style, m.text, m.rest));
        // A bare number: two spaces or a tab before a capital or a quotation mark.
        assert_eq!(
            k("2  Continue to release the productive forces"),
            Some((
                Some(2),
                MarkerKind::Number,
                Style::Bare,
                "2",
                "Continue to release the productive forces"
            ))
        );
        assert_eq!(
            k("12\t\"Two centenary goals\"").map(|m| m.2),
            Some(Style::Bare)
        );
        for i in [
            "2 million people moved",
            "2  million people moved",
            "2019  Report of the year",
            "07  Targets",
            "3",
        ] {
            assert_eq!(k(i).map(|m| m.2), None, "{i}");
        }
        assert_eq!(
            k("Q2: What are the main challenges?"),
            Some((
                Some(2),
                MarkerKind::Number,
                Style::Question,
                "Q2:",
                "What are the main challenges?"
            ))
        );
        assert_eq!(k("Q3. Why?").map(|m| m.3), Some("Q3."));
        assert_eq!(
            k("ii.   Make transparency the price"),
            Some((
                Some(2),
                MarkerKind::Roman,
                Style::RomanLower,
                "ii.",
                "Make transparency the price"
            ))
        );
        assert_eq!(
            k("3\u{FE0F}\u{20E3} The vocabulary matters."),
            Some((
                Some(3),
                MarkerKind::Number,
                Style::Keycap,
                "3\u{FE0F}\u{20E3}",
                "The vocabulary matters."
            ))
        );
        for not in [
            "i.e. the plan",
            "vis-a-vis the plan",
            "ix is a number",
            "3 and 4",
        ] {
            assert_eq!(k(not), None, "{not}");
        }
        for not in ["Q: why?", "Qatar is a country", "Q2 results", "QR codes"] {
            assert_eq!(k(not), None, "{not}");
        }
        // A note's number in brackets; a markdown link or footnote is none.
        assert_eq!(
            k("[2] Central Economic Work Conference, Xinhua."),
            Some((
                Some(2),
                MarkerKind::Number,
                Style::Bracket,
                "[2]",
                "Central Economic Work Conference, Xinhua."
            ))
        );
        for not in [
            "[2](#fn2) the note",
            "[^2]: the note",
            "[2]the note",
            "[Editor's note]",
        ] {
            assert_eq!(k(not), None, "{not}");
        }
        assert_eq!(
            k("1. Accelerate"),
            Some((Some(1), MarkerKind::Number, Style::Dot, "1.", "Accelerate"))
        );
        assert_eq!(
            k("(6) Continuously"),
            Some((
                Some(6),
                MarkerKind::Number,
                Style::Paren,
                "(6)",
                "Continuously"
            ))
        );
        assert_eq!(
            k("（2）加强"),
            Some((Some(2), MarkerKind::Number, Style::Paren, "（2）", "加强"))
        );
        assert_eq!(
            k("1、 Work review"),
            Some((
                Some(1),
                MarkerKind::Number,
                Style::Ideographic,
                "1、",
                "Work review"
            ))
        );
        assert_eq!(
            k("3) third"),
            Some((
                Some(3),
                MarkerKind::Number,
                Style::CloseParen,
                "3)",
                "third"
            ))
        );
        assert_eq!(
            k("IV. Reform"),
            Some((Some(4), MarkerKind::Roman, Style::Roman, "IV.", "Reform"))
        );
        assert_eq!(
            k("(ii) open"),
            Some((
                Some(2),
                MarkerKind::Roman,
                Style::RomanParen,
                "(ii)",
                "open"
            ))
        );
        assert_eq!(
            k("三是坚持"),
            Some((
                Some(3),
                MarkerKind::Chinese,
                Style::ChineseShi,
                "三是",
                "坚持"
            ))
        );
        assert_eq!(
            k("（十二）完善"),
            Some((
                Some(12),
                MarkerKind::Chinese,
                Style::ChineseParen,
                "（十二）",
                "完善"
            ))
        );
        assert_eq!(
            k("二十一、改革"),
            Some((
                Some(21),
                MarkerKind::Chinese,
                Style::ChineseComma,
                "二十一、",
                "改革"
            ))
        );
    }

    #[test]
    fn letter_markers() {
        let k = |i| ordinal_marker(i).map(|m| (m.ordinal, m.kind, m.text, m.rest));
        assert_eq!(
            k("(a) open up"),
            Some((Some(1), MarkerKind::Letter, "(a)", "open up"))
        );
        assert_eq!(
            k("c) reform"),
            Some((Some(3), MarkerKind::Letter, "c)", "reform"))
        );
        // `(i)` is a Roman numeral; a letter needs its bracket and a space.
        assert_eq!(k("(i) x").map(|m| m.1), Some(MarkerKind::Roman));
        for i in ["a)b", "(ab) x", "a. x", "(A) x"] {
            assert_eq!(k(i), None, "{i}");
        }
    }

    #[test]
    fn rejects_numbers_that_are_not_markers() {
        for i in [
            "12.44 million new jobs",
            "2023. The year",
            "1.5",
            "(2021-2025) plan",
            "IIII. x",
            "I would like",
            "Ix. no",
            "(Xinhua)",
            "5.2% growth",
        ] {
            assert_eq!(m(i), None, "{i}");
        }
    }

    #[test]
    fn bullets() {
        let b = |i| ordinal_marker(i).map(|m| (m.kind, m.text, m.rest));
        assert_eq!(
            b("——The economy"),
            Some((MarkerKind::Bullet, "——", "The economy"))
        );
        assert_eq!(b("-- China's"), Some((MarkerKind::Bullet, "--", "China's")));
        assert_eq!(b("• item"), Some((MarkerKind::Bullet, "•", "item")));
        // A symbol font's bullet as PDF text comes out, an arrowhead.
        assert_eq!(
            b("\u{f0b7} The initiative"),
            Some((MarkerKind::Bullet, "\u{f0b7}", "The initiative"))
        );
        assert_eq!(b("► item"), Some((MarkerKind::Bullet, "►", "item")));
        // A part's number with a leading zero on a line of its own, over its heading.
        let z = ordinal_marker("01\nTech self-reliance moves to the top");
        assert_eq!(
            z.map(|m| (m.ordinal, m.kind, m.rest)),
            Some((
                Some(1),
                MarkerKind::Number,
                "Tech self-reliance moves to the top"
            ))
        );
        for s in ["01 Tech self-reliance", "00\nTech", "012\nTech", "1\nTech"] {
            assert!(
                ordinal_marker(s).is_none_or(|m| m.style != Style::ZeroPadded),
                "{s}"
            );
        }
        // Every bullet the parser reads opens with a character of the gate.
        for first in BULLET_FIRST {
            let line = format!("{first}{first} item");
            let alone = format!("{first} item");
            assert!(bullet(&line).is_ok() || bullet(&alone).is_ok(), "{first}");
        }
        assert_eq!(b("\u{f0b7}"), None);
        assert_eq!(b("- item"), Some((MarkerKind::Bullet, "-", "item")));
        // An asterisk is a bullet before any whitespace, a line end included, as a hyphen
        // is: what follows it must not depend on the line end's bytes.
        assert_eq!(b("* item"), Some((MarkerKind::Bullet, "*", "item")));
        assert_eq!(b("*\nitem"), Some((MarkerKind::Bullet, "*", "item")));
        assert_eq!(b("*  \t\nitem"), Some((MarkerKind::Bullet, "*", "item")));
        for i in ["-10% drop", "**bold**", "*emphasis*", "——", "--x"] {
            assert_eq!(b(i), None, "{i}");
        }
    }

    #[test]
    fn emphasised_and_escaped_markers() {
        let k = |i| ordinal_marker(i).map(|m| (m.ordinal, m.style, m.text, m.rest));
        assert_eq!(
            k("**1.** Strengthen ties"),
            Some((Some(1), Style::Dot, "**1.**", "Strengthen ties"))
        );
        assert_eq!(
            k("2.** Deepen reform"),
            Some((Some(2), Style::Dot, "2.**", "Deepen reform"))
        );
        assert_eq!(
            k("__First,__ we act"),
            Some((Some(1), Style::Word, "__First,__", "we act"))
        );
        assert_eq!(
            k("**Second**, the report extends"),
            Some((Some(2), Style::Word, "**Second**,", "the report extends"))
        );
        assert_eq!(
            k("Third**, the language"),
            Some((Some(3), Style::Word, "Third**,", "the language"))
        );
        assert_eq!(
            k("*(3)* open up"),
            Some((Some(3), Style::Paren, "*(3)*", "open up"))
        );
        assert_eq!(
            k("4\\. Build roads"),
            Some((Some(4), Style::Dot, "4\\.", "Build roads"))
        );
        for not in [
            "**2035 goals** matter",
            "**Bold** lead-in",
            "**Bold**, lead-in",
            "_italic_ text",
            "4\\.5 percent",
        ] {
            assert_eq!(k(not), None, "{not}");
        }
    }

    #[test]
    fn first_inside_a_paragraph() {
        assert!(opens_first("First, the shared commitment"));
        assert!(opens_first("Firstly, we"));
        assert!(!opens_first("Second, we"));
        assert!(!opens_first("First Lady"));
    }
}
