//! Dates as spreadsheets hold them: ISO (`2023-01-23`), French (`23/01/2023`)
//! and American (`1/23/23`, `01/23/2023`), sometimes followed by a time.
//!
//! `03/04/2023` is the 3rd of April in Lyon and March 4th in Snipe-IT: a value
//! alone cannot tell. A column can: one `23/01/2023` makes the whole column
//! day-first. So the order is decided per column, from every value of the
//! column (see [`DateEvidence`]), and a value that contradicts its column's
//! order is reported rather than silently read the other way.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::RowProblem;

/// Which number comes first in a `a/b/year` date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// `23/01/2023`, as the French write.
    DayFirst,
    /// `01/23/2023`, as Snipe-IT and American Excel write.
    MonthFirst,
}

/// A date split into its parts, before an order is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Year first: no ambiguity.
    Ymd(NaiveDate),
    /// `a/b/year`: day and month in an order still to decide.
    Ambiguous {
        a: u32,
        b: u32,
        year: i32,
    },
    NotADate,
}

/// `23` → 2023, `98` → 1998: two-digit years as spreadsheets expand them.
fn full_year(digits: &str) -> Option<i32> {
    let y: i32 = digits.parse().ok()?;
    match digits.len() {
        2 => Some(if y < 70 { 2000 + y } else { 1900 + y }),
        4 => Some(y),
        _ => None,
    }
}

fn shape(value: &str) -> Shape {
    let v = value.trim();
    // `2023-01-23T10:00:00Z`, `23/01/2023 08:15:42`, `1/23/2023 8:15 AM`: the date is the first word.
    let date = v.split([' ', 'T']).next().unwrap_or("");
    let parts: Vec<&str> = date.split(['/', '-', '.']).collect();
    let [p1, p2, p3] = parts.as_slice() else { return Shape::NotADate };
    if [p1, p2, p3].iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return Shape::NotADate;
    }
    if p1.len() == 4 {
        let (Ok(y), Ok(m), Ok(d)) = (p1.parse(), p2.parse(), p3.parse()) else { return Shape::NotADate };
        return NaiveDate::from_ymd_opt(y, m, d).map_or(Shape::NotADate, Shape::Ymd);
    }
    if p1.len() > 2 || p2.len() > 2 {
        return Shape::NotADate;
    }
    let (Ok(a), Ok(b), Some(year)) = (p1.parse(), p2.parse(), full_year(p3)) else { return Shape::NotADate };
    Shape::Ambiguous { a, b, year }
}

fn build(a: u32, b: u32, year: i32, order: DateOrder) -> Option<NaiveDate> {
    match order {
        DateOrder::DayFirst => NaiveDate::from_ymd_opt(year, b, a),
        DateOrder::MonthFirst => NaiveDate::from_ymd_opt(year, a, b),
    }
}

/// Reads a date in a column whose order is `order`.
pub(crate) fn parse(value: &str, order: DateOrder) -> Result<NaiveDate, RowProblem> {
    match shape(value) {
        Shape::Ymd(d) => Ok(d),
        Shape::Ambiguous { a, b, year } => match build(a, b, year, order) {
            Some(d) => Ok(d),
            None => {
                let other = match order {
                    DateOrder::DayFirst => DateOrder::MonthFirst,
                    DateOrder::MonthFirst => DateOrder::DayFirst,
                };
                if build(a, b, year, other).is_some() {
                    Err(RowProblem::DateOrder {
                        value: value.trim().to_string(),
                        day_first: order == DateOrder::DayFirst,
                    })
                } else {
                    Err(RowProblem::BadDate { value: value.trim().to_string() })
                }
            }
        },
        Shape::NotADate => Err(RowProblem::BadDate { value: value.trim().to_string() }),
    }
}

/// Reads a lone date whose column is unknown: a number above 12 decides,
/// `AM`/`PM` means American, and otherwise the French order.
pub(crate) fn parse_alone(value: &str) -> Result<NaiveDate, RowProblem> {
    let mut evidence = DateEvidence::default();
    evidence.add(value);
    let american = value.contains("AM") || value.contains("PM");
    let order = evidence.decide(if american { DateOrder::MonthFirst } else { DateOrder::DayFirst });
    parse(value, order)
}

/// What the values of one column say about its order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DateEvidence {
    /// Values readable only day first (`23/01/2023`).
    pub day_first: u64,
    /// Values readable only month first (`1/23/23`).
    pub month_first: u64,
}

impl DateEvidence {
    pub(crate) fn add(&mut self, value: &str) {
        if let Shape::Ambiguous { a, b, year } = shape(value) {
            match (build(a, b, year, DateOrder::DayFirst).is_some(), build(a, b, year, DateOrder::MonthFirst).is_some())
            {
                (true, false) => self.day_first += 1,
                (false, true) => self.month_first += 1,
                _ => {}
            }
        }
    }

    /// The order most values need; `default` when no value tells.
    pub(crate) fn decide(&self, default: DateOrder) -> DateOrder {
        if self.day_first > self.month_first {
            DateOrder::DayFirst
        } else if self.month_first > self.day_first {
            DateOrder::MonthFirst
        } else {
            default
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn iso_french_and_american_dates() {
        assert_eq!(parse("2023-01-23", DateOrder::MonthFirst), Ok(d(2023, 1, 23)));
        assert_eq!(parse("2023-01-23T10:00:00Z", DateOrder::DayFirst), Ok(d(2023, 1, 23)));
        assert_eq!(parse("23/01/2023", DateOrder::DayFirst), Ok(d(2023, 1, 23)));
        assert_eq!(parse("1/23/23", DateOrder::MonthFirst), Ok(d(2023, 1, 23)));
        assert_eq!(parse("01/23/2023", DateOrder::MonthFirst), Ok(d(2023, 1, 23)));
        assert_eq!(parse("10/27/28", DateOrder::MonthFirst), Ok(d(2028, 10, 27)));
        assert_eq!(parse("23.01.2023", DateOrder::DayFirst), Ok(d(2023, 1, 23)));
        assert_eq!(parse("21/11/2026 08:15:42", DateOrder::DayFirst), Ok(d(2026, 11, 21)));
        assert_eq!(parse("03/04/98", DateOrder::DayFirst), Ok(d(1998, 4, 3)));
    }

    #[test]
    fn a_value_against_its_columns_order_is_reported_not_swapped() {
        assert_eq!(
            parse("13/01/2023", DateOrder::MonthFirst),
            Err(RowProblem::DateOrder { value: "13/01/2023".into(), day_first: false })
        );
        assert_eq!(parse("31/02/2023", DateOrder::DayFirst), Err(RowProblem::BadDate { value: "31/02/2023".into() }));
        assert_eq!(parse("demain", DateOrder::DayFirst), Err(RowProblem::BadDate { value: "demain".into() }));
        assert_eq!(parse("2023-13-01", DateOrder::DayFirst), Err(RowProblem::BadDate { value: "2023-13-01".into() }));
    }

    #[test]
    fn a_column_decides_by_its_telling_values() {
        let mut e = DateEvidence::default();
        for v in ["03/04/2023", "1/23/23", "12/31/2024", "05/06/2022"] {
            e.add(v);
        }
        assert_eq!(e.decide(DateOrder::DayFirst), DateOrder::MonthFirst);
        let mut f = DateEvidence::default();
        f.add("03/04/2023");
        assert_eq!(f.decide(DateOrder::DayFirst), DateOrder::DayFirst, "nothing tells: the default");
        assert_eq!(parse_alone("11/21/2026 8:15:42 AM"), Ok(d(2026, 11, 21)));
        assert_eq!(parse_alone("05/06/2026 08:15:42"), Ok(d(2026, 6, 5)));
    }
}
