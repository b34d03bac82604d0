//! `parc labels`: asset label sheets as a PDF.
//!
//! Labelling happens in batches, at a desk with a printer: a few new machines
//! by tag, a whole room before an audit, or the whole fleet the first time. The
//! sheet in the tray is often a used one, so the command takes the number of
//! cells already gone and, when it is done, says which cell the next batch
//! starts at. The company name is a setting of the database, so that every
//! label printed for it, from the window or from here, says the same.

use std::io::Write;
use std::path::PathBuf;

use clap::{ArgGroup, Args, ValueEnum};
use parc_core::Lang;
use parc_core::ipc::CustomSheet;
use parc_db::Database;
use parc_report::{Geometry, Label, Sheet};

use crate::CliError;

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("selection").required(true).multiple(false).args(["tags", "location", "all", "unlabelled"])))]
pub struct LabelsArgs {
    /// The PDF to write (replaced if it exists)
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
    /// The label sheet in the printer: Avery L7651 (65 per A4 sheet), L7160 (21) or a custom one
    #[arg(long, value_enum, default_value_t = SheetKind::L7651)]
    pub sheet: SheetKind,
    /// Labels already used on the first sheet: printing starts at the next one (left to right, then down)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub offset: usize,
    /// Label this asset (tag or id); repeat it for several, printed in the order given
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Label every asset in this location and the ones under it (name, path or id), in tag order
    #[arg(long)]
    pub location: Option<String>,
    /// Label every asset of the inventory, in tag order
    #[arg(long)]
    pub all: bool,
    /// Label every asset in use or in stock that never had a label printed (with --within: of that location)
    #[arg(long)]
    pub unlabelled: bool,
    /// With --unlabelled: only in this location and the ones under it
    #[arg(long, requires = "unlabelled", value_name = "LOCATION")]
    pub within: Option<String>,
    /// Company name printed on each label (default: the one stored in the database)
    #[arg(long)]
    pub company: Option<String>,
    /// Also store --company in the database, for the next sheets
    #[arg(long, requires = "company")]
    pub remember_company: bool,
    #[command(flatten)]
    pub custom: CustomSheetArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetKind {
    L7651,
    L7160,
    Custom,
}

/// The measurements of a custom sheet, in millimetres (`63.5` or `63,5`); the
/// defaults are those of [`Geometry::from_custom`], shared with the window.
#[derive(Debug, Args)]
pub struct CustomSheetArgs {
    /// Custom sheet: width of one label
    #[arg(long, value_name = "MM", value_parser = parse_mm, required_if_eq("sheet", "custom"))]
    pub label_width: Option<f32>,
    /// Custom sheet: height of one label
    #[arg(long, value_name = "MM", value_parser = parse_mm, required_if_eq("sheet", "custom"))]
    pub label_height: Option<f32>,
    /// Custom sheet: labels across
    #[arg(long, value_name = "N", required_if_eq("sheet", "custom"))]
    pub columns: Option<u32>,
    /// Custom sheet: labels down
    #[arg(long, value_name = "N", required_if_eq("sheet", "custom"))]
    pub rows: Option<u32>,
    /// Custom sheet: page width [default: 210, A4]
    #[arg(long, value_name = "MM", value_parser = parse_mm)]
    pub page_width: Option<f32>,
    /// Custom sheet: page height [default: 297, A4]
    #[arg(long, value_name = "MM", value_parser = parse_mm)]
    pub page_height: Option<f32>,
    /// Custom sheet: from the page's left edge to the first column [default: centred]
    #[arg(long, value_name = "MM", value_parser = parse_mm)]
    pub left_margin: Option<f32>,
    /// Custom sheet: from the page's top edge to the first row [default: centred]
    #[arg(long, value_name = "MM", value_parser = parse_mm)]
    pub top_margin: Option<f32>,
    /// Custom sheet: space between two columns [default: 0]
    #[arg(long, value_name = "MM", value_parser = parse_mm)]
    pub column_gap: Option<f32>,
    /// Custom sheet: space between two rows [default: 0]
    #[arg(long, value_name = "MM", value_parser = parse_mm)]
    pub row_gap: Option<f32>,
}

pub fn run(db: &mut Database, args: &LabelsArgs, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    let sheet = sheet(args, lang)?;
    let company = match args.company.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => c.to_string(),
        None => db.company_name()?.ok_or_else(|| {
            CliError::Usage(
                lang.pick(
                    "Aucun nom de société à imprimer : donnez-le avec --company \"…\" (et --remember-company pour le garder)",
                    "No company name to print: give it with --company \"…\" (and --remember-company to keep it)",
                )
                .into(),
            )
        })?,
    };
    let labels = selection(db, args)?;
    let pdf = parc_report::labels_pdf(&labels, &sheet, args.offset, &company, lang, chrono::Utc::now())?;
    std::fs::write(&args.out, pdf).map_err(|source| parc_db::DbError::Io { path: args.out.clone(), source })?;
    if args.remember_company {
        db.set_company_name(&company)?;
    }
    let tags: Vec<&str> = labels.iter().map(|l| l.tag.as_str()).collect();
    db.record_labels(&tags, chrono::Utc::now())?;

    let per_sheet = sheet.labels_per_sheet();
    let used = args.offset + labels.len();
    let sheets = used.div_ceil(per_sheet);
    let n = |v: usize| parc_core::i18n::format_count(i64::try_from(v).unwrap_or(i64::MAX), lang);
    let (count, sheets_text, path) = (n(labels.len()), n(sheets), args.out.display());
    match (lang, labels.len(), sheets) {
        (Lang::Fr, 1, 1) => writeln!(out, "{count} étiquette sur {sheets_text} planche : {path}")?,
        (Lang::Fr, 1, _) => writeln!(out, "{count} étiquette sur {sheets_text} planches : {path}")?,
        (Lang::Fr, _, 1) => writeln!(out, "{count} étiquettes sur {sheets_text} planche : {path}")?,
        (Lang::Fr, _, _) => writeln!(out, "{count} étiquettes sur {sheets_text} planches : {path}")?,
        (Lang::En, 1, 1) => writeln!(out, "{count} label on {sheets_text} sheet: {path}")?,
        (Lang::En, 1, _) => writeln!(out, "{count} label on {sheets_text} sheets: {path}")?,
        (Lang::En, _, 1) => writeln!(out, "{count} labels on {sheets_text} sheet: {path}")?,
        (Lang::En, _, _) => writeln!(out, "{count} labels on {sheets_text} sheets: {path}")?,
    }
    let next = used % per_sheet;
    if next > 0 {
        match lang {
            Lang::Fr => writeln!(out, "Sur la dernière planche, la suite commence avec --offset {next}")?,
            Lang::En => writeln!(out, "On the last sheet, carry on with --offset {next}")?,
        }
    }
    Ok(())
}

/// The sheet asked for; custom measurements only with `--sheet custom`.
fn sheet(args: &LabelsArgs, lang: Lang) -> Result<Sheet, CliError> {
    let c = &args.custom;
    let lengths = [c.label_width, c.label_height, c.page_width, c.page_height, c.left_margin, c.top_margin];
    let measured = lengths.iter().chain([&c.column_gap, &c.row_gap]).any(Option::is_some)
        || c.columns.is_some()
        || c.rows.is_some();
    match args.sheet {
        SheetKind::L7651 | SheetKind::L7160 if measured => Err(CliError::Usage(
            lang.pick(
                "Les mesures d'étiquette (--label-width, --columns…) vont avec --sheet custom",
                "Label measurements (--label-width, --columns…) go with --sheet custom",
            )
            .into(),
        )),
        SheetKind::L7651 => Ok(Sheet::L7651),
        SheetKind::L7160 => Ok(Sheet::L7160),
        SheetKind::Custom => {
            let (Some(label_width), Some(label_height), Some(columns), Some(rows)) =
                (c.label_width, c.label_height, c.columns, c.rows)
            else {
                return Err(CliError::Usage(
                    lang.pick(
                        "--sheet custom demande --label-width, --label-height, --columns et --rows",
                        "--sheet custom needs --label-width, --label-height, --columns and --rows",
                    )
                    .into(),
                ));
            };
            Ok(Sheet::Custom(Geometry::from_custom(&CustomSheet {
                label_width,
                label_height,
                columns,
                rows,
                page_width: c.page_width,
                page_height: c.page_height,
                left_margin: c.left_margin,
                top_margin: c.top_margin,
                column_gap: c.column_gap,
                row_gap: c.row_gap,
            })))
        }
    }
}

/// The labels to print, in order: the tags as given, or a place's assets
/// (or all) by tag.
fn selection(db: &Database, args: &LabelsArgs) -> Result<Vec<Label>, CliError> {
    let ids = args.tags.iter().map(|t| db.find_asset(t)).collect::<Result<Vec<_>, _>>()?;
    let rows = if args.unlabelled {
        let within = args.within.as_deref().map(|l| db.find_location(l)).transpose()?;
        db.unlabelled_assets(within)?
    } else {
        let location_id = args.location.as_deref().map(|l| db.find_location(l)).transpose()?;
        db.label_assets(&ids, location_id)?
    };
    if rows.len() > parc_report::MAX_LABELS {
        return Err(parc_report::ReportError::TooMany { count: rows.len(), max: parc_report::MAX_LABELS }.into());
    }
    Ok(rows.into_iter().map(|(tag, name)| Label::new(tag, Some(name).filter(|n| !n.trim().is_empty()))).collect())
}

/// Millimetres as people type them: `63.5` or `63,5`.
fn parse_mm(s: &str) -> Result<f32, String> {
    s.trim()
        .replace(',', ".")
        .parse::<f32>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| format!("not a length in millimetres: {s} (for example 63.5)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn millimetres_take_a_decimal_comma_or_point() {
        assert_eq!(parse_mm("63,5"), Ok(63.5));
        assert_eq!(parse_mm(" 38.1 "), Ok(38.1));
        assert!(parse_mm("six").is_err());
        assert!(parse_mm("inf").is_err());
    }
}
