use core::fmt;

/// A calendar date whose year may be unknown.
///
/// Meeting summaries often print `December 27-28` without a year. Such a date keeps its
/// month and day; the year is filled in from the publication date when that is possible
/// (and the [`Meeting`](crate::Meeting) says it was inferred). It prints, and serialises,
/// as `YYYY-MM-DD`, or as `--MM-DD` (the ISO 8601 form for a date without a year) when the
/// year is unknown.
///
/// # Example
///
/// ```
/// let d = tifa::Date::new(Some(2024), 1, 31).unwrap();
/// assert_eq!(d.to_string(), "2024-01-31");
/// let no_year = tifa::Date::new(None, 12, 27).unwrap();
/// assert_eq!(no_year.to_string(), "--12-27");
/// assert_eq!("--12-27".parse::<tifa::Date>().unwrap(), no_year);
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

    /// The year, if known.
    pub const fn year(self) -> Option<u16> {
        self.year
    }

    /// The month, 1–12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The same month and day in another year, if that day exists in it.
    pub fn with_year(self, year: u16) -> Option<Date> {
        Date::new(Some(year), self.month, self.day)
    }
}

fn is_leap(y: u16) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

/// The error of parsing a [`Date`] from `YYYY-MM-DD` or `--MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("expected a date such as `2024-01-31` or `--12-27`, but found `{0}`")]
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
    }

    #[test]
    fn round_trips_text() {
        for s in ["2024-01-31", "--12-27", "0999-05-06"] {
            assert_eq!(s.parse::<Date>().map(|d| d.to_string()), Ok(s.to_owned()));
        }
        for s in ["2024-1-31", "24-01-31", "--1-27", "2024-02-30", "x", ""] {
            assert!(s.parse::<Date>().is_err(), "{s}");
        }
    }
}
