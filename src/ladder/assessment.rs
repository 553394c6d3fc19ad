//! A person's assessment against a ladder: where they are, where they are
//! going, and a rating with evidence for each thing the route asks of them.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::Text;
use super::model::whole;

/// The only assessment format version this release reads.
pub const ASSESSMENT_VERSION: u32 = 1;

/// An assessment file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    #[serde(deserialize_with = "whole")]
    pub assessment: u32,
    #[serde(default)]
    pub person: Option<Text>,
    /// The ladder file, relative to the assessment's own directory.
    #[serde(default)]
    pub ladder: Option<Text>,
    /// The level the person is at: an id, alias or name.
    pub level: Text,
    /// The level they are going for; the level's first promotion when left out.
    #[serde(default)]
    pub target: Option<Text>,
    #[serde(default)]
    pub date: Option<Text>,
    /// Ratings by responsibility or skill id, in the file's order.
    #[serde(default)]
    pub ratings: Ratings,
}

/// How far a person is on one expectation, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    NotYet,
    WorkingTowards,
    Meeting,
    Exceeding,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::NotYet => "not-yet",
            Level::WorkingTowards => "working-towards",
            Level::Meeting => "meeting",
            Level::Exceeding => "exceeding",
        }
    }

    /// Whether the expectation is met: meeting or exceeding it.
    pub fn met(self) -> bool {
        self >= Level::Meeting
    }
}

/// One rating: how far, the evidence for it, and a note.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub rating: Level,
    #[serde(default)]
    pub evidence: Vec<Text>,
    #[serde(default)]
    pub note: Option<Text>,
}

/// Ratings by id, in the order the file writes them; a mapping in YAML.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ratings(pub Vec<(Text, Rating)>);

impl Ratings {
    pub fn get(&self, id: &str) -> Option<&Rating> {
        self.0
            .iter()
            .find(|(k, _)| k.as_str() == id)
            .map(|(_, r)| r)
    }
}

impl Serialize for Ratings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de> Deserialize<'de> for Ratings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Ratings, D::Error> {
        struct RatingsVisitor;

        impl<'de> Visitor<'de> for RatingsVisitor {
            type Value = Ratings;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of ids to ratings, like `hiring: {rating: meeting}`")
            }

            fn visit_unit<E: de::Error>(self) -> Result<Ratings, E> {
                Ok(Ratings::default())
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ratings, A::Error> {
                let mut ratings: Vec<(Text, Rating)> = Vec::new();
                let mut seen = crate::ladder::hash::HashSet::default();
                while let Some(id) = map.next_key::<Text>()? {
                    if !seen.insert(id.clone()) {
                        return Err(de::Error::custom(format!(
                            "'{id}' is rated twice; rate each id once"
                        )));
                    }
                    ratings.push((id, map.next_value()?));
                }
                Ok(Ratings(ratings))
            }
        }

        deserializer.deserialize_any(RatingsVisitor)
    }
}

/// Whether `date` is written `YYYY-MM-DD`, so that its order as text is its
/// order in time.
pub fn calendar_form(date: &str) -> bool {
    let b = date.as_bytes();
    b.len() == 10
        && (b[4], b[7]) == (b'-', b'-')
        && (b.iter().enumerate()).all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// What is wrong with `date` when it is written as a calendar date,
/// `YYYY-MM-DD`, and is none (`2026-13-45`): an assessment's date is free
/// text ("Q3 2026" too), but one in that form is compared with another's and
/// a slip in it would pass unseen.
pub fn date_slip(date: &str) -> Option<String> {
    if !calendar_form(date) {
        return None;
    }
    let b = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        (b[range].iter()).fold(0u32, |n, d| n * 10 + u32::from(d - b'0'))
    };
    let (year, month, day) = (digits(0..4), digits(5..7), digits(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => {
            return Some(format!(
                "month {month} of '{date}' is no month; write the date YYYY-MM-DD, such as 2026-11-01"
            ));
        }
    };
    (day == 0 || day > days).then(|| {
        format!("'{date}' is no date: month {month} has {days} days; write the date YYYY-MM-DD, such as 2026-11-01")
    })
}

#[cfg(test)]
mod tests {
    use super::date_slip;

    #[test]
    fn a_date_in_calendar_form_must_be_a_day_of_the_calendar() {
        for good in [
            "2026-11-01",
            "2024-02-29",
            "2000-02-29",
            "2026-12-31",
            "Q3 2026",
            "2026-1-5",
            "",
        ] {
            assert_eq!(date_slip(good), None, "{good}");
        }
        for bad in [
            "2026-13-45",
            "2026-00-10",
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-01-00",
        ] {
            assert!(date_slip(bad).is_some(), "{bad}");
        }
        assert_eq!(
            date_slip("2026-04-31").unwrap(),
            "'2026-04-31' is no date: month 4 has 30 days; write the date YYYY-MM-DD, such as 2026-11-01"
        );
    }
}
