//! Writing records as an aligned table (people), JSON or CSV (scripts).

use std::io::Write;

/// A table whose column widths fit its content, in characters.
pub fn table(out: &mut impl Write, headers: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, (cell, w)) in cells.zip(&widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(cell);
            if i + 1 < widths.len() {
                s.extend(std::iter::repeat_n(' ', w - cell.chars().count()));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &mut headers.iter().copied())?;
    for row in rows {
        line(out, &mut row.iter().map(String::as_str))?;
    }
    Ok(())
}

/// One CSV record (RFC 4180): fields quoted when they hold a comma, a quote or
/// a line break.
pub fn csv_record(out: &mut impl Write, fields: &[&str]) -> std::io::Result<()> {
    let mut s = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        if f.contains([',', '"', '\n', '\r']) {
            s.push('"');
            s.push_str(&f.replace('"', "\"\""));
            s.push('"');
        } else {
            s.push_str(f);
        }
    }
    s.push_str("\r\n");
    out.write_all(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let mut v = Vec::new();
        csv_record(&mut v, &["PARC-1", "Écran 27\", bureau", ""]).expect("write");
        assert_eq!(String::from_utf8(v).expect("utf8"), "PARC-1,\"Écran 27\"\", bureau\",\r\n");
    }

    #[test]
    fn tables_align_on_characters_not_bytes() {
        let mut v = Vec::new();
        table(
            &mut v,
            &["Nom", "Statut"],
            &[vec!["Écran".into(), "Déployé".into()], vec!["PC".into(), "En stock".into()]],
        )
        .expect("write");
        assert_eq!(String::from_utf8(v).expect("utf8"), "Nom    Statut\nÉcran  Déployé\nPC     En stock\n");
    }
}
