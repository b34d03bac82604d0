//! Small helpers shared by the table modules.

use rusqlite::ErrorCode;

use crate::error::DbError;

/// Turns a UNIQUE violation into the user-facing duplicate error it means.
///
/// SQLite names the column (`assets.tag`) or the index (`index 'assets_serial'`)
/// in its message; the caller says which names map to which field.
pub(crate) fn duplicate_or(e: rusqlite::Error, map: &[(&str, &'static str, &str)]) -> DbError {
    if let rusqlite::Error::SqliteFailure(f, Some(msg)) = &e
        && f.code == ErrorCode::ConstraintViolation
        && msg.starts_with("UNIQUE")
        && let Some((_, what, value)) = map.iter().find(|(needle, _, _)| msg.contains(needle))
    {
        return DbError::Duplicate { what, value: (*value).to_string() };
    }
    e.into()
}

/// `%word%` for LIKE, with LIKE's own wildcards escaped (`ESCAPE '\'`).
pub(crate) fn like_pattern(word: &str) -> String {
    let mut p = String::with_capacity(word.len() + 2);
    p.push('%');
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

#[cfg(test)]
mod tests {
    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(super::like_pattern("50%_off"), "%50\\%\\_off%");
    }
}
