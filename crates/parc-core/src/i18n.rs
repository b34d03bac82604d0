//! The two languages of Parc. French comes first: the users are French.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A user-interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// Picks the language from a locale tag such as `fr_FR.UTF-8` or `en-GB`;
    /// anything that is not English is French, the product's default.
    pub fn from_locale(tag: &str) -> Lang {
        let tag = tag.trim().to_ascii_lowercase();
        if tag.starts_with("en") { Lang::En } else { Lang::Fr }
    }

    /// The language of the process environment (`LC_ALL`, `LC_MESSAGES`, `LANG`),
    /// French when none is set.
    pub fn from_env() -> Lang {
        ["PARC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
            .map(|v| Lang::from_locale(&v))
            .unwrap_or_default()
    }

    /// Chooses between the French and the English text.
    pub fn pick<'a>(self, fr: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// The letter without its accent (`é` → `e`, `ç` → `c`), for identifiers made
/// from French words; expects lower case.
pub fn fold_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        c => c,
    }
}

/// Formats an integer with the locale's digit grouping (`12 345` in French,
/// `12,345` in English). French uses a narrow no-break space, as `Intl` does.
pub fn format_count(n: i64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Fr => '\u{202f}',
        Lang::En => ',',
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Formats a calendar date the way each language writes it: `23/01/2026`, `2026-01-23`.
///
/// English uses ISO 8601 rather than the US order, which French readers of an
/// English screen would misread.
pub fn format_date(d: chrono::NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Fr => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_pick_the_language() {
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Lang::Fr);
        assert_eq!(Lang::from_locale("en-GB"), Lang::En);
        assert_eq!(Lang::from_locale("de_DE"), Lang::Fr, "French is the default");
    }

    #[test]
    fn counts_are_grouped_per_locale() {
        assert_eq!(format_count(100_000, Lang::Fr), "100\u{202f}000");
        assert_eq!(format_count(1_234_567, Lang::En), "1,234,567");
        assert_eq!(format_count(-999, Lang::En), "-999");
        assert_eq!(format_count(0, Lang::Fr), "0");
    }

    #[test]
    fn dates_follow_the_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 23).expect("valid date");
        assert_eq!(format_date(d, Lang::Fr), "23/01/2026");
        assert_eq!(format_date(d, Lang::En), "2026-01-23");
    }
}
