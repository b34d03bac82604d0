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

/// Escapes LIKE's wildcards (`ESCAPE '\'`).
pub(crate) fn like_escape(text: &str) -> String {
    let mut p = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p
}

#[cfg(test)]
mod tests {
    #[test]
    fn like_escapes_wildcards() {
        assert_eq!(super::like_escape("50%_off"), "50\\%\\_off");
    }
}
