//! Dates and day ranges: `2024-01-31`, `October 30, 2020`, `Oct. 29`, `9-10 September
//! 2023`, `December 27-28`, `December 10 to 13`, `Fri, January 15, 2021`,
//! `08:20, October 30, 2020`, `2024年3月12日`.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::char;
use nom::combinator::{map_opt, opt, recognize};
use nom::sequence::{preceded, terminated};

use super::text::{PResult, ascii_lower, is_space, offset_in, sp0, sp1, tag_ci};
use crate::model::Date;

/// A date as printed: the year may be missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateRange {
    pub(crate) start: Date,
    pub(crate) end: Date,
}

fn month_name(i: &str) -> PResult<'_, u8> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    let mut buf = [0u8; 32];
    let m = match ascii_lower(w, &mut buf).unwrap_or("") {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return Err(nom::Err::Error(())),
    };
    // An abbreviation may end with a period.
    let (rest, _) = opt(char('.')).parse(rest)?;
    Ok((rest, m))
}

fn number_of(n: usize, lo: u16, hi: u16) -> impl Fn(&str) -> PResult<'_, u16> {
    move |i| {
        map_opt(
            take_while_m_n(1, n, |c: char| c.is_ascii_digit()),
            |d: &str| d.parse::<u16>().ok().filter(|v| (lo..=hi).contains(v)),
        )
        .parse(i)
        .and_then(|(rest, v)| {
            // Reject a longer run of digits (`123` is not a day).
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                Err(nom::Err::Error(()))
            } else {
                Ok((rest, v))
            }
        })
    }
}

fn day(i: &str) -> PResult<'_, u8> {
    terminated(
        number_of(2, 1, 31),
        opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
    )
    .map(|d| d as u8)
    .parse(i)
}

fn year(i: &str) -> PResult<'_, u16> {
    let (rest, d) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    // A clock time glued to the year, as some pages' text comes out of a scrape
    // (`November 15, 202711:42 AM`), ends the year; other digits do not.
    if rest.starts_with(|c: char| c.is_ascii_digit()) && !glued_clock(rest) {
        return Err(nom::Err::Error(()));
    }
    let y: u16 = d.parse().map_err(|_| nom::Err::Error(()))?;
    if (1000..=2999).contains(&y) {
        Ok((rest, y))
    } else {
        Err(nom::Err::Error(()))
    }
}

/// Whether `s` opens with a clock time, `11:42` or `9:05`, and no further digit.
fn glued_clock(s: &str) -> bool {
    let b = s.as_bytes();
    let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&h)
        && b.get(h) == Some(&b':')
        && b.get(h + 1..h + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        && !b.get(h + 3).is_some_and(u8::is_ascii_digit)
}

fn date_of(year: Option<u16>, month: u8, day: u8) -> Option<Date> {
    Date::new(year, month, day)
}

/// `2024-01-31`, `2024/01/31`, `2024.01.31`.
fn iso(i: &str) -> PResult<'_, DateRange> {
    map_opt(
        (
            year,
            alt((char('-'), char('/'), char('.'))),
            number_of(2, 1, 12),
            alt((char('-'), char('/'), char('.'))),
            number_of(2, 1, 31),
        ),
        |(y, _, m, _, d)| {
            let d = date_of(Some(y), m as u8, d as u8)?;
            Some(DateRange { start: d, end: d })
        },
    )
    .parse(i)
}

/// `2024年3月12日`.
fn chinese(i: &str) -> PResult<'_, DateRange> {
    map_opt(
        (
            year,
            char('年'),
            number_of(2, 1, 12),
            char('月'),
            number_of(2, 1, 31),
            char('日'),
        ),
        |(y, _, m, _, d, _)| {
            let d = date_of(Some(y), m as u8, d as u8)?;
            Some(DateRange { start: d, end: d })
        },
    )
    .parse(i)
}

/// The space between a day and its month: at most eight characters of it (`14 November`,
/// a line break in wrapped text, a justified line's wider spaces). A number far to the
/// left of a month on the same line is something else: `Issue Brief No. 14` over a wide
/// gap before `November 2017` is an issue's number.
fn narrow_gap(i: &str) -> PResult<'_, &str> {
    let (rest, gap) = sp1(i)?;
    if gap.chars().nth(8).is_some() {
        return Err(nom::Err::Error(()));
    }
    Ok((rest, gap))
}

/// The year after a date: `, 2024`, ` 2024`, or `,2024` as some pages print it.
fn comma_year(i: &str) -> PResult<'_, u16> {
    preceded(alt(((char(','), sp0).map(|_| ()), sp1.map(|_| ()))), year).parse(i)
}

/// `05-Mar-2024`: day, month name and year joined by hyphens.
fn dashed(i: &str) -> PResult<'_, DateRange> {
    map_opt(
        (day, char('-'), month_name, char('-'), year),
        |(d, _, m, _, y)| {
            let d = date_of(Some(y), m, d)?;
            Some(DateRange { start: d, end: d })
        },
    )
    .parse(i)
}

/// `16/07/2018` or `07/16/2018`: day and month in numbers, when one of them cannot be a
/// month (`05/03/2024` could be either, and is not read); and `24.12.2025`, `05.03.2026`,
/// set apart by dots, an order that no outlet prints month first.
fn numeric_day_month(i: &str) -> PResult<'_, DateRange> {
    map_opt(
        (
            number_of(2, 1, 31),
            alt((char('/'), char('.'))),
            number_of(2, 1, 31),
            alt((char('/'), char('.'))),
            year,
        ),
        |(a, s1, b, s2, y)| {
            let (m, d) = match (s1, s2, a > 12, b > 12) {
                ('.', '.', _, false) => (b, a),
                ('/', '/', true, false) => (b, a),
                ('/', '/', false, true) => (a, b),
                _ => return None,
            };
            let d = date_of(Some(y), m as u8, d as u8)?;
            Some(DateRange { start: d, end: d })
        },
    )
    .parse(i)
}

fn range_sep(i: &str) -> PResult<'_, &str> {
    alt((
        recognize((sp0, alt((tag("-"), tag("–"), tag("—"))), sp0)),
        recognize((sp1, tag_ci("to"), sp1)),
        recognize((sp1, tag_ci("through"), sp1)),
    ))
    .parse(i)
}

/// `December 27-28, 2023`, `December 10 to 13`, `December 30 to January 2`, `Oct. 29`.
fn month_first(i: &str) -> PResult<'_, DateRange> {
    let (i, m1) = month_name(i)?;
    let (i, _) = sp0(i)?;
    let (i, d1) = day(i)?;
    let (i, second) = opt(preceded(
        range_sep,
        alt((
            (month_name, preceded(sp0, day)).map(|(m, d)| (m, d)),
            day.map(|d| (0u8, d)),
        )),
    ))
    .parse(i)?;
    let (i, y) = opt(comma_year).parse(i)?;
    let (m2, d2) = match second {
        Some((0, d)) => (m1, d),
        Some((m, d)) => (m, d),
        None => (m1, d1),
    };
    let start_year = match y {
        // A range that crosses a year end: `December 30 to January 2, 2024`.
        Some(y) if m2 < m1 => Some(y.saturating_sub(1)),
        other => other,
    };
    let range = (|| {
        Some(DateRange {
            start: date_of(start_year, m1, d1)?,
            end: date_of(y, m2, d2)?,
        })
    })();
    range.map(|r| (i, r)).ok_or(nom::Err::Error(()))
}

/// `9-10 September 2023`, `13 December 2013`, `27 December`.
fn day_first(i: &str) -> PResult<'_, DateRange> {
    let (i, d1) = day(i)?;
    let (i, d2) = opt(preceded(range_sep, day)).parse(i)?;
    let (i, m) = preceded(narrow_gap, month_name).parse(i)?;
    let (i, y) = opt(comma_year).parse(i)?;
    let range = (|| {
        Some(DateRange {
            start: date_of(y, m, d1)?,
            end: date_of(y, m, d2.unwrap_or(d1))?,
        })
    })();
    range.map(|r| (i, r)).ok_or(nom::Err::Error(()))
}

fn weekday(i: &str) -> PResult<'_, ()> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    let known = weekday_name(w);
    if !known {
        return Err(nom::Err::Error(()));
    }
    let (rest, _) = (opt(char('.')), char(','), sp0).parse(rest)?;
    Ok((rest, ()))
}

/// `08:20, ` or `21:44 `.
fn time_prefix(i: &str) -> PResult<'_, ()> {
    let (rest, _) = (
        number_of(2, 0, 23),
        char(':'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        opt(char(',')),
        sp1,
    )
        .parse(i)?;
    Ok((rest, ()))
}

/// A line that is a month and a year alone, as a white paper's cover prints its date
/// (`September 2028`, `Nov. 2024`): the month of that year, without a day.
pub(crate) fn month_year(line: &str) -> Option<Date> {
    let t = line.trim_matches(|c: char| c.is_whitespace());
    let (rest, month) = month_name(t).ok()?;
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let rest = rest.strip_prefix(' ')?.trim_start_matches(' ');
    let (rest, year) = number_of(4, 1800, 2200)(rest).ok()?;
    if !rest.is_empty() {
        return None;
    }
    Date::year_month(year, month)
}

/// A day of the week in English, full or abbreviated (`Thursday`, `Thu`, `Thurs`), in any
/// case.
pub(crate) fn weekday_name(w: &str) -> bool {
    let mut buf = [0u8; 32];
    matches!(
        ascii_lower(w, &mut buf).unwrap_or(""),
        "mon"
            | "monday"
            | "tue"
            | "tues"
            | "tuesday"
            | "wed"
            | "wednesday"
            | "thu"
            | "thur"
            | "thurs"
            | "thursday"
            | "fri"
            | "friday"
            | "sat"
            | "saturday"
            | "sun"
            | "sunday"
    )
}

/// A date or day range at the start of `i`, after an optional weekday or time.
pub(crate) fn date_range(i: &str) -> PResult<'_, DateRange> {
    let (i, _) = opt(time_prefix).parse(i)?;
    let (i, _) = opt(weekday).parse(i)?;
    alt((
        iso,
        chinese,
        dashed,
        numeric_day_month,
        month_first,
        day_first,
    ))
    .parse(i)
}

/// The first date in `s`: its offset, length and value.
pub(crate) fn find_date(s: &str) -> Option<(usize, usize, DateRange)> {
    // Every date has a digit.
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut prev_alnum = false;
    for (off, c) in s.char_indices() {
        let alnum = c.is_alphanumeric();
        // A date opens with a digit, a month or a weekday (or `年` dates' digits).
        let opens = c.is_ascii_digit()
            || matches!(
                c.to_ascii_uppercase(),
                'J' | 'F' | 'M' | 'A' | 'S' | 'O' | 'N' | 'D' | 'T' | 'W'
            );
        // An issue's number (`No. 14`, `#14`, `Issue 14`) is no day.
        let numbered = || {
            let before = s.get(..off).unwrap_or("").trim_end_matches(is_space);
            before.ends_with('#')
                || super::block::ISSUE_LABELS.iter().any(|l| {
                    before
                        .len()
                        .checked_sub(l.len())
                        .and_then(|k| before.get(k..))
                        .is_some_and(|t| t.eq_ignore_ascii_case(l))
                })
        };
        if alnum && !prev_alnum && opens && !(c.is_ascii_digit() && numbered()) {
            if let Ok((rest, r)) = date_range(s.get(off..)?) {
                let len = offset_in(s, rest) - off;
                return Some((off, len, r));
            }
        }
        prev_alnum = alnum;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<(String, String, &str)> {
        date_range(s)
            .ok()
            .map(|(rest, r)| (r.start.to_string(), r.end.to_string(), rest))
    }

    fn own(a: &str, b: &str, rest: &'static str) -> Option<(String, String, &'static str)> {
        Some((a.to_owned(), b.to_owned(), rest))
    }

    #[test]
    fn dates_of_other_outlets() {
        assert_eq!(d("05-Mar-2024"), own("2024-03-05", "2024-03-05", ""));
        assert_eq!(
            d("16/07/2018 - 17:30"),
            own("2018-07-16", "2018-07-16", " - 17:30")
        );
        assert_eq!(d("07/16/2018"), own("2018-07-16", "2018-07-16", ""));
        assert_eq!(
            d("24.12.2025 21:16"),
            own("2025-12-24", "2025-12-24", " 21:16")
        );
        assert_eq!(d("05.03.2026"), own("2026-03-05", "2026-03-05", ""));
        assert_eq!(d("13.13.2026"), None);
        assert_eq!(
            d("Jun 17,2015 9:21 PM"),
            own("2015-06-17", "2015-06-17", " 9:21 PM")
        );
        // A clock time glued to the year by a scrape; other digits are no year's.
        assert_eq!(
            d("November 15, 202711:42 AM GMT+8"),
            own("2027-11-15", "2027-11-15", "11:42 AM GMT+8")
        );
        for s in ["November 15, 20271", "November 15, 2027114:42"] {
            assert_eq!(d(s).map(|d| d.0), Some("--11-15".to_owned()), "{s}");
        }
        // Either could be the month: not read.
        assert_eq!(d("05/03/2024"), None);
        assert_eq!(d("32/07/2018"), None);
        assert_eq!(d("05-Foo-2024"), None);
    }

    #[test]
    fn a_day_stands_near_its_month() {
        assert_eq!(d("14 November 2017"), own("2017-11-14", "2017-11-14", ""));
        assert_eq!(d("14\nNovember 2017"), own("2017-11-14", "2017-11-14", ""));
        // An issue's number far to the left of the month on the same line.
        assert_eq!(
            d("14    November 2017"),
            own("2017-11-14", "2017-11-14", "")
        );
        assert_eq!(d("14                    November 2017"), None);
        assert!(find_date("CDTP Issue Brief No. 14            November 2017").is_none());
        assert!(find_date("Issue Brief No. 14      November 2017").is_none());
        assert!(find_date("Issue #14 November 2017").is_none());
    }

    #[test]
    fn accepts_the_genres_dates() {
        assert_eq!(d("2024-01-31"), own("2024-01-31", "2024-01-31", ""));
        assert_eq!(
            d("October 30, 2020 Xi"),
            own("2020-10-30", "2020-10-30", " Xi")
        );
        assert_eq!(
            d("08:20, October 30, 2020"),
            own("2020-10-30", "2020-10-30", "")
        );
        assert_eq!(
            d("21:44, March 12, 2024     Source"),
            own("2024-03-12", "2024-03-12", "     Source")
        );
        assert_eq!(
            d("Fri, January 15, 2021"),
            own("2021-01-15", "2021-01-15", "")
        );
        assert_eq!(
            d("Oct. 29 (Xinhua)"),
            own("--10-29", "--10-29", " (Xinhua)")
        );
        assert_eq!(d("December 27-28."), own("--12-27", "--12-28", "."));
        assert_eq!(d("December 10 to 13."), own("--12-10", "--12-13", "."));
        assert_eq!(
            d("9-10 September 2023,"),
            own("2023-09-09", "2023-09-10", ",")
        );
        assert_eq!(d("13 December 2013"), own("2013-12-13", "2013-12-13", ""));
        assert_eq!(d("Dec 29."), own("--12-29", "--12-29", "."));
        assert_eq!(
            d("December 30 to January 2, 2024"),
            own("2023-12-30", "2024-01-02", "")
        );
        assert_eq!(d("2024年3月12日"), own("2024-03-12", "2024-03-12", ""));
        assert_eq!(d("March 5th, 2024"), own("2024-03-05", "2024-03-05", ""));
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for s in [
            "May we",
            "2024-13-01",
            "February 30",
            "December 123",
            "Decembers 2",
            "10 percent",
            "12.44 million",
            "the year 2035",
            "99:99, March 1",
        ] {
            assert_eq!(d(s), None, "{s}");
        }
    }

    #[test]
    fn finds_a_date_inside_text() {
        let s = "Mondo Social Updated on 2024-01-31";
        let (off, len, _) = find_date(s).unwrap_or((
            0,
            0,
            DateRange {
                start: Date::new(None, 1, 1).unwrap_or_else(|| unreachable!()),
                end: Date::new(None, 1, 1).unwrap_or_else(|| unreachable!()),
            },
        ));
        assert_eq!(s.get(off..off + len), Some("2024-01-31"));
        assert!(find_date("held in Beijing on December 27-28.").is_some());
        assert!(find_date("no date here").is_none());
    }
}
