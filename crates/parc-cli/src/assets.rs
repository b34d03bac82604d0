//! `parc assets …`

use std::io::Write;

use parc_core::ipc::{AssetQuery, AssetRow};
use parc_core::{AssetStatus, Lang};
use parc_db::Database;

use crate::CliError;
use crate::cli::{AssetsCommand, Format, ListArgs};
use crate::output;

/// Rows are fetched by pages so that 100,000 assets stream out in bounded memory.
const PAGE: u32 = 1000;

pub fn run(db: &Database, cmd: &AssetsCommand, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    match cmd {
        AssetsCommand::List(args) => list(db, args, lang, out),
    }
}

fn list(db: &Database, args: &ListArgs, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    let mut query = AssetQuery {
        search: args.search.clone(),
        status: args.status,
        kind: args.kind.clone(),
        limit: PAGE,
        ..Default::default()
    };
    let today = chrono::Local::now().date_naive();
    let wanted = if args.limit == 0 { u32::MAX } else { args.limit };
    let mut table_rows = Vec::new();
    let mut first_json = true;
    if args.format == Format::Json {
        write!(out, "[")?;
    }
    if args.format == Format::Csv {
        output::csv_record(out, &CSV_HEADERS)?;
    }
    let mut seen = 0u32;
    loop {
        query.limit = PAGE.min(wanted - seen);
        let page = db.list_assets(&query, today)?;
        let n = page.len() as u32;
        for row in page {
            match args.format {
                Format::Table => table_rows.push(table_cells(&row, lang)),
                Format::Csv => {
                    output::csv_record(out, &csv_cells(&row).iter().map(String::as_str).collect::<Vec<_>>())?
                }
                Format::Json => {
                    if !first_json {
                        write!(out, ",")?;
                    }
                    first_json = false;
                    let json = serde_json::to_string(&row).map_err(std::io::Error::other)?;
                    write!(out, "\n  {json}")?;
                }
            }
        }
        seen += n;
        if n < query.limit || seen >= wanted {
            break;
        }
        query.offset += n;
    }
    match args.format {
        Format::Json => writeln!(out, "{}]", if first_json { "" } else { "\n" })?,
        Format::Csv => {}
        Format::Table => {
            let headers = match lang {
                Lang::Fr => [
                    "N° inventaire",
                    "Nom",
                    "Type",
                    "Statut",
                    "N° de série",
                    "Modèle",
                    "Emplacement",
                    "Attribué à",
                    "Fin de garantie",
                ],
                Lang::En => [
                    "Asset tag",
                    "Name",
                    "Kind",
                    "Status",
                    "Serial",
                    "Model",
                    "Location",
                    "Assigned to",
                    "Warranty end",
                ],
            };
            output::table(out, &headers, &table_rows)?;
            let count = parc_core::i18n::format_count(i64::from(seen), lang);
            match (lang, seen) {
                (Lang::Fr, 0 | 1) => writeln!(out, "{count} matériel")?,
                (Lang::Fr, _) => writeln!(out, "{count} matériels")?,
                (Lang::En, 1) => writeln!(out, "{count} asset")?,
                (Lang::En, _) => writeln!(out, "{count} assets")?,
            }
        }
    }
    Ok(())
}

const CSV_HEADERS: [&str; 12] = [
    "id",
    "tag",
    "name",
    "kind",
    "status",
    "serial",
    "manufacturer",
    "model",
    "location",
    "assignee",
    "warranty_end",
    "purchase_cost",
];

fn csv_cells(r: &AssetRow) -> Vec<String> {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        r.id.to_string(),
        r.tag.clone(),
        r.name.clone(),
        r.kind.clone(),
        r.status.as_str().into(),
        o(&r.serial),
        o(&r.manufacturer),
        o(&r.model),
        o(&r.location),
        o(&r.assignee),
        o(&r.warranty_end),
        r.purchase_cost.map(|c| c.to_decimal_string()).unwrap_or_default(),
    ]
}

fn table_cells(r: &AssetRow, lang: Lang) -> Vec<String> {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    let warranty = r
        .warranty_end
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(|d| parc_core::i18n::format_date(d, lang))
        .unwrap_or_default();
    vec![
        r.tag.clone(),
        r.name.clone(),
        r.kind.clone(),
        status_label(r.status, lang).into(),
        o(&r.serial),
        o(&r.model),
        o(&r.location),
        o(&r.assignee),
        warranty,
    ]
}

fn status_label(s: AssetStatus, lang: Lang) -> &'static str {
    s.label(lang)
}
