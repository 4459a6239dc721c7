use core::fmt;

/// A calendar date whose year may be unknown.
///
/// Meeting summaries often print `December 27-28` without a year. Such a date keeps its
/// month and day; the year is filled in from the publication date when that is possible
/// (and the [`Meeting`](crate::Meeting) says it was inferred). A white paper's cover
/// prints only its month (`September 2028`): such a date has no day. It prints, and
/// serialises, as `YYYY-MM-DD`, as `--MM-DD` (the ISO 8601 form for a date without a year)
/// when the year is unknown, or as `YYYY-MM` when the day is.
///
/// # Example
///
/// ```
/// let d = tifa::Date::new(Some(2024), 1, 31).unwrap();
/// assert_eq!(d.to_string(), "2024-01-31");
/// let no_year = tifa::Date::new(None, 12, 27).unwrap();
/// assert_eq!(no_year.to_string(), "--12-27");
/// assert_eq!("--12-27".parse::<tifa::Date>().unwrap(), no_year);
/// let month = tifa::Date::year_month(2028, 9).unwrap();
/// assert_eq!(month.to_string(), "2028-09");
/// assert!(!month.has_day());
/// assert_eq!("2028-09".parse::<tifa::Date>().unwrap(), month);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: Option<u16>,
    month: u8,
    day: u8,
}

impl Date {
    /// Makes a date; `None` if the month is not 1–12, the day does not exist in that month
    /// (29 February is accepted when the year is unknown), or the year is above 9999.
    pub fn new(year: Option<u16>, month: u8, day: u8) -> Option<Date> {
        if year.is_some_and(|y| y > 9999) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let max = match month {
            2 => match year {
                Some(y) if !is_leap(y) => 28,
                _ => 29,
            },
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        (day <= max).then_some(Date { year, month, day })
    }

    /// A date that names a month of a year and no day (`September 2028`); `None` if the
    /// month is not 1–12 or the year is above 9999.
    pub fn year_month(year: u16, month: u8) -> Option<Date> {
        (year <= 9999 && (1..=12).contains(&month)).then_some(Date {
            year: Some(year),
            month,
            day: 0,
        })
    }

    /// Whether the date names its day (a cover's `September 2028` does not).
    pub const fn has_day(self) -> bool {
        self.day != 0
    }

    /// The year, if known.
    pub const fn year(self) -> Option<u16> {
        self.year
    }

    /// The month, 1–12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31; 0 for a date that names no day (see
    /// [`Date::has_day`]).
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The same month and day in another year, if that day exists in it.
    pub fn with_year(self, year: u16) -> Option<Date> {
        if self.has_day() {
            Date::new(Some(year), self.month, self.day)
        } else {
            Date::year_month(year, self.month)
        }
    }
}

fn is_leap(y: u16) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) if !self.has_day() => write!(f, "{y:04}-{:02}", self.month),
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

/// The error of parsing a [`Date`] from `YYYY-MM-DD`, `--MM-DD` or `YYYY-MM`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("expected a date such as `2024-01-31`, `--12-27` or `2028-09`, but found `{0}`")]
pub struct DateParseError(String);

impl core::str::FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Date, DateParseError> {
        let err = || DateParseError(s.to_owned());
        let (year, rest) = if let Some(rest) = s.strip_prefix("--") {
            (None, rest)
        } else {
            let (y, rest) = s.split_once('-').ok_or_else(err)?;
            if y.len() != 4 {
                return Err(err());
            }
            (Some(y.parse::<u16>().map_err(|_| err())?), rest)
        };
        // `YYYY-MM`: a month of a year.
        if let (Some(y), false) = (year, rest.contains('-')) {
            if rest.len() != 2 || !rest.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            let m = rest.parse::<u8>().map_err(|_| err())?;
            return Date::year_month(y, m).ok_or_else(err);
        }
        let (m, d) = rest.split_once('-').ok_or_else(err)?;
        if m.len() != 2 || d.len() != 2 {
            return Err(err());
        }
        let m = m.parse::<u8>().map_err(|_| err())?;
        let d = d.parse::<u8>().map_err(|_| err())?;
        Date::new(year, m, d).ok_or_else(err)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_days() {
        assert!(Date::new(Some(2023), 2, 29).is_none());
        assert!(Date::new(Some(2024), 2, 29).is_some());
        assert!(Date::new(None, 2, 29).is_some());
        assert!(Date::new(None, 4, 31).is_none());
        assert!(Date::new(None, 13, 1).is_none());
        assert!(Date::new(None, 1, 0).is_none());
        // A month of a year: no day, ordered before the month's first day.
        let m = Date::year_month(2028, 9).unwrap();
        assert_eq!(
            (m.year(), m.month(), m.day(), m.has_day()),
            (Some(2028), 9, 0, false)
        );
        assert!(m < Date::new(Some(2028), 9, 1).unwrap());
        assert_eq!(m.with_year(2027), Date::year_month(2027, 9));
        assert!(Date::year_month(2028, 0).is_none());
        assert!(Date::year_month(10_000, 1).is_none());
    }

    #[test]
    fn round_trips_text() {
        for s in ["2024-01-31", "--12-27", "0999-05-06", "2028-09"] {
            assert_eq!(s.parse::<Date>().map(|d| d.to_string()), Ok(s.to_owned()));
        }
        for s in [
            "2024-1-31",
            "24-01-31",
            "--1-27",
            "2024-02-30",
            "x",
            "",
            "2028-13",
            "2028-9",
            "--09",
            "2028-0x",
        ] {
            assert!(s.parse::<Date>().is_err(), "{s}");
        }
    }
}
