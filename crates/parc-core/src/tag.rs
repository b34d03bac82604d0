//! Asset tags generated from a pattern such as `PARC-######`: the `#` run is
//! the number, zero-padded to its length.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagPattern {
    prefix: String,
    width: usize,
    suffix: String,
}

impl TagPattern {
    pub const DEFAULT: &'static str = "PARC-######";

    /// Reads a pattern; without a `#` run the number is appended (`INV-` → `INV-1`).
    pub fn parse(pattern: &str) -> TagPattern {
        let pattern = pattern.trim();
        match pattern.find('#') {
            Some(start) => {
                let width = pattern[start..].chars().take_while(|c| *c == '#').count();
                TagPattern { prefix: pattern[..start].to_string(), width, suffix: pattern[start + width..].to_string() }
            }
            None => TagPattern { prefix: pattern.to_string(), width: 1, suffix: String::new() },
        }
    }

    pub fn format(&self, n: u64) -> String {
        format!("{}{:0width$}{}", self.prefix, n, self.suffix, width = self.width)
    }

    /// The number in a tag made by this pattern, if it is one.
    pub fn number_of(&self, tag: &str) -> Option<u64> {
        let rest = tag.strip_prefix(&self.prefix).or_else(|| {
            // Tags are compared without case, as the database does.
            let head = tag.get(..self.prefix.len())?;
            head.eq_ignore_ascii_case(&self.prefix).then(|| &tag[self.prefix.len()..])
        })?;
        let digits = rest.strip_suffix(&self.suffix)?;
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    }

    /// The pattern as written (`PARC-######`).
    pub fn as_pattern(&self) -> String {
        format!("{}{}{}", self.prefix, "#".repeat(self.width), self.suffix)
    }

    /// What every tag of this pattern starts with, for a prefix query.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_pattern_pads_to_six_digits() {
        let p = TagPattern::parse(TagPattern::DEFAULT);
        assert_eq!(p.format(123), "PARC-000123");
        assert_eq!(p.number_of("PARC-000123"), Some(123));
        assert_eq!(p.number_of("parc-000124"), Some(124));
        assert_eq!(p.number_of("PARC-12a"), None);
        assert_eq!(p.number_of("LAB-000001"), None);
        assert_eq!(p.format(1_234_567), "PARC-1234567", "past the width the number grows");
    }

    #[test]
    fn patterns_may_have_a_suffix_or_no_hash() {
        let p = TagPattern::parse("LYO-####-PC");
        assert_eq!(p.format(7), "LYO-0007-PC");
        assert_eq!(p.number_of("LYO-0042-PC"), Some(42));
        assert_eq!(TagPattern::parse("INV-").format(5), "INV-5");
    }
}
