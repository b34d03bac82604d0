//! Amounts in euros, kept as whole cents: a purchase cost is never a float.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Lang;
use crate::error::RuleError;

/// An amount of euros in cents (`123456` is 1 234,56 €).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    /// Reads an amount as people type it: `1234.56`, `1 234,56`, `1,234.56 €`,
    /// `€1234`. The last `,` or `.` followed by one or two digits is the
    /// decimal mark; other separators group thousands.
    pub fn parse(input: &str) -> Result<Cents, RuleError> {
        let bad = || RuleError::BadAmount(input.to_string());
        let s: String =
            input.chars().filter(|c| !c.is_whitespace() && *c != '€' && *c != '\u{202f}' && *c != '\u{a0}').collect();
        let s = s.strip_prefix("EUR").or_else(|| s.strip_suffix("EUR")).unwrap_or(&s);
        let (negative, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        if s.is_empty() {
            return Err(bad());
        }
        let decimal_at = s.rfind([',', '.']).filter(|&i| (1..=2).contains(&(s.len() - i - 1)));
        let (int_part, frac_part) = match decimal_at {
            Some(i) => (&s[..i], &s[i + 1..]),
            None => (s, ""),
        };
        let int_digits: String = int_part.chars().filter(|c| *c != ',' && *c != '.').collect();
        if int_digits.is_empty() && frac_part.is_empty() {
            return Err(bad());
        }
        if !int_digits.chars().all(|c| c.is_ascii_digit()) || !frac_part.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        let euros: i64 = if int_digits.is_empty() { 0 } else { int_digits.parse().map_err(|_| bad())? };
        let cents: i64 = match frac_part.len() {
            0 => 0,
            1 => frac_part.parse::<i64>().map_err(|_| bad())? * 10,
            _ => frac_part.parse().map_err(|_| bad())?,
        };
        let total = euros.checked_mul(100).and_then(|e| e.checked_add(cents)).ok_or_else(bad)?;
        Ok(Cents(if negative { -total } else { total }))
    }

    /// The amount for a screen or a report: `1 234,56 €` or `€1,234.56`.
    pub fn format(self, lang: Lang) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let euros = crate::i18n::format_count((abs / 100) as i64, lang);
        let cents = abs % 100;
        match lang {
            Lang::Fr => format!("{sign}{euros},{cents:02}\u{a0}€"),
            Lang::En => format!("{sign}€{euros}.{cents:02}"),
        }
    }

    /// The amount as a plain decimal for machines: `1234.56`.
    pub fn to_decimal_string(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_french_and_english_writing() {
        assert_eq!(Cents::parse("1234.56"), Ok(Cents(123_456)));
        assert_eq!(Cents::parse("1 234,56 €"), Ok(Cents(123_456)));
        assert_eq!(Cents::parse("1,234.56"), Ok(Cents(123_456)));
        assert_eq!(Cents::parse("1.234,5"), Ok(Cents(123_450)));
        assert_eq!(Cents::parse("€899"), Ok(Cents(89_900)));
        assert_eq!(Cents::parse("1,234"), Ok(Cents(123_400)), "three digits after a comma group thousands");
        assert_eq!(Cents::parse("0,99"), Ok(Cents(99)));
        assert_eq!(Cents::parse("-12.50"), Ok(Cents(-1250)));
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        for s in ["", "abc", "12a", "€", "1.2.3x"] {
            assert!(Cents::parse(s).is_err(), "{s:?} should be refused");
        }
    }

    #[test]
    fn formats_per_locale() {
        assert_eq!(Cents(123_456).format(Lang::Fr), "1\u{202f}234,56\u{a0}€");
        assert_eq!(Cents(123_456).format(Lang::En), "€1,234.56");
        assert_eq!(Cents(5).to_decimal_string(), "0.05");
        assert_eq!(Cents(-1250).to_decimal_string(), "-12.50");
    }
}
