//! The inventory as a CSV file that opens well in Excel.
//!
//! French Excel expects `;` between fields, a decimal comma and `31/12/2026`;
//! every Excel needs the UTF-8 byte-order mark to read accents right. English
//! files use `,`, a decimal point and ISO dates.

use std::io::Write;

use crate::ipc::AssetRow;
use crate::{AssetStatus, Lang};

/// Writes the header line (with the byte-order mark).
pub fn write_header(out: &mut impl Write, lang: Lang) -> std::io::Result<()> {
    let headers: [&str; 12] = match lang {
        Lang::Fr => [
            "N° d'inventaire",
            "Nom",
            "Type",
            "Statut",
            "N° de série",
            "Fabricant",
            "Modèle",
            "Emplacement",
            "Attribué à",
            "Fin de garantie",
            "Coût d'achat (€)",
            "Identifiant",
        ],
        Lang::En => [
            "Asset tag",
            "Name",
            "Kind",
            "Status",
            "Serial",
            "Manufacturer",
            "Model",
            "Location",
            "Assigned to",
            "Warranty end",
            "Purchase cost (EUR)",
            "Id",
        ],
    };
    out.write_all("\u{feff}".as_bytes())?;
    record(out, lang, &headers.map(String::from))
}

/// Writes one asset; `kind_label` turns a kind code into its label.
pub fn write_row(
    out: &mut impl Write,
    lang: Lang,
    r: &AssetRow,
    kind_label: &dyn Fn(&str) -> String,
) -> std::io::Result<()> {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    let date = r
        .warranty_end
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(|d| crate::i18n::format_date(d, lang))
        .unwrap_or_default();
    let cost = r
        .purchase_cost
        .map(|c| {
            let s = c.to_decimal_string();
            if lang == Lang::Fr { s.replace('.', ",") } else { s }
        })
        .unwrap_or_default();
    record(
        out,
        lang,
        &[
            r.tag.clone(),
            r.name.clone(),
            kind_label(&r.kind),
            status(r.status, lang).into(),
            o(&r.serial),
            o(&r.manufacturer),
            o(&r.model),
            o(&r.location),
            o(&r.assignee),
            date,
            cost,
            r.id.to_string(),
        ],
    )
}

fn status(s: AssetStatus, lang: Lang) -> &'static str {
    s.label(lang)
}

fn record(out: &mut impl Write, lang: Lang, fields: &[String]) -> std::io::Result<()> {
    let sep = match lang {
        Lang::Fr => ';',
        Lang::En => ',',
    };
    let mut line = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            line.push(sep);
        }
        // A leading = + - @ would make Excel run the cell as a formula.
        let f = if f.starts_with(['=', '+', '-', '@']) { format!("'{f}") } else { f.clone() };
        if f.contains([sep, '"', '\n', '\r']) {
            line.push('"');
            line.push_str(&f.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(&f);
        }
    }
    line.push_str("\r\n");
    out.write_all(line.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Cents;

    fn row() -> AssetRow {
        AssetRow {
            id: uuid::Uuid::nil(),
            tag: "PARC-000001".into(),
            name: "Portable; compta".into(),
            kind: "laptop".into(),
            status: AssetStatus::Deployed,
            serial: Some("=SUM(A1)".into()),
            manufacturer: Some("Dell".into()),
            model: Some("Latitude 5440".into()),
            location: Some("Salle \"Mont-Blanc\"".into()),
            assignee: Some("Hélène Lefèvre".into()),
            warranty_end: Some("2027-03-31".into()),
            purchase_cost: Some(Cents(129_990)),
        }
    }

    #[test]
    fn french_files_are_what_french_excel_expects() {
        let mut out = Vec::new();
        write_header(&mut out, Lang::Fr).expect("header");
        write_row(&mut out, Lang::Fr, &row(), &|_| "Ordinateur portable".into()).expect("row");
        let text = String::from_utf8(out).expect("utf8");
        assert!(text.starts_with("\u{feff}N° d'inventaire;Nom;Type;Statut;"));
        let line = text.lines().nth(1).expect("row");
        assert_eq!(
            line,
            "PARC-000001;\"Portable; compta\";Ordinateur portable;Déployé;'=SUM(A1);Dell;Latitude 5440;\
             \"Salle \"\"Mont-Blanc\"\"\";Hélène Lefèvre;31/03/2027;1299,90;00000000-0000-0000-0000-000000000000"
        );
    }

    #[test]
    fn english_files_use_commas_points_and_iso_dates() {
        let mut out = Vec::new();
        write_row(&mut out, Lang::En, &row(), &|k| k.into()).expect("row");
        let text = String::from_utf8(out).expect("utf8");
        assert!(text.contains(",2027-03-31,1299.90,"), "{text}");
        assert!(text.contains("Portable; compta,"), "no quoting needed for ';' in English: {text}");
    }
}
