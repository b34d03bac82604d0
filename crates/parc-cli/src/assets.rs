//! `parc assets list|show|add|update`

use std::io::Write;

use parc_core::asset::field_label;
use parc_core::ipc::{AssetColumn, AssetQuery, AssetRow, WarrantyFilter};
use parc_core::{Asset, Lang};
use parc_db::Database;

use crate::CliError;
use crate::cli::{AssetFields, AssetsCommand, Format, ListArgs, SortColumn, Warranty};
use crate::output;

/// Rows are fetched by pages so that 100,000 assets stream out in bounded memory.
const PAGE: u32 = 1000;

pub fn run(db: &mut Database, cmd: &AssetsCommand, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    match cmd {
        AssetsCommand::List(args) => list(db, args, lang, out),
        AssetsCommand::Show { tag, format } => {
            let id = db.find_asset(tag)?;
            show(db, id, *format, lang, out)
        }
        AssetsCommand::Add { fields, format } => {
            let tag = match &fields.new_tag {
                Some(t) if !t.trim().is_empty() => t.clone(),
                _ => db.next_asset_tag()?,
            };
            let name = fields.name.clone().unwrap_or_default();
            let kind = fields.kind.clone().unwrap_or_else(|| "other".into());
            let mut asset = Asset::new(&tag, &name, &kind, chrono::Utc::now());
            let mut input = asset.to_input();
            overlay(db, fields, &mut input)?;
            input.tag = tag;
            asset.apply(&input).map_err(parc_db::DbError::from)?;
            db.create_asset(&asset)?;
            show(db, asset.id, *format, lang, out)
        }
        AssetsCommand::Update { tag, fields, format } => {
            let id = db.find_asset(tag)?;
            let mut asset = db.asset(id)?;
            let mut input = asset.to_input();
            overlay(db, fields, &mut input)?;
            asset.apply(&input).map_err(parc_db::DbError::from)?;
            let changes = db.update_asset(&asset, chrono::Utc::now())?;
            match format {
                Format::Json => {
                    writeln!(out, "{}", serde_json::to_string_pretty(&changes).map_err(std::io::Error::other)?)?
                }
                Format::Csv => {
                    output::csv_record(out, &["field", "old", "new"])?;
                    for c in &changes {
                        output::csv_record(
                            out,
                            &[&c.field, c.old.as_deref().unwrap_or(""), c.new.as_deref().unwrap_or("")],
                        )?;
                    }
                }
                Format::Table => {
                    if changes.is_empty() {
                        writeln!(out, "{}", lang.pick("Aucun changement.", "Nothing changed."))?;
                    }
                    for c in &changes {
                        writeln!(out, "{}", change_line(db, c, lang))?;
                    }
                }
            }
            Ok(())
        }
    }
}

/// Lays the given options over a form; references are resolved by name.
fn overlay(db: &Database, f: &AssetFields, input: &mut parc_core::ipc::AssetInput) -> Result<(), CliError> {
    let set = |slot: &mut Option<String>, v: &Option<String>| {
        if let Some(v) = v {
            *slot = Some(v.clone()).filter(|s| !s.trim().is_empty());
        }
    };
    if let Some(t) = &f.new_tag {
        input.tag = t.clone();
    }
    if let Some(n) = &f.name {
        input.name = n.clone();
    }
    if let Some(k) = &f.kind {
        input.kind = k.clone();
    }
    if f.status.is_some() {
        input.status = f.status;
    }
    set(&mut input.serial, &f.serial);
    set(&mut input.manufacturer, &f.manufacturer);
    set(&mut input.model, &f.model);
    set(&mut input.purchase_date, &f.purchase_date);
    set(&mut input.order_number, &f.order_number);
    set(&mut input.purchase_cost, &f.cost);
    set(&mut input.warranty_end, &f.warranty_end);
    set(&mut input.maintenance_contract, &f.contract);
    set(&mut input.os_name, &f.os);
    set(&mut input.os_version, &f.os_version);
    set(&mut input.firmware_version, &f.firmware);
    set(&mut input.ip_address, &f.ip);
    set(&mut input.mac_address, &f.mac);
    set(&mut input.notes, &f.notes);
    if let Some(l) = &f.location {
        input.location_id = if l.trim().is_empty() { None } else { Some(db.find_location(l)?) };
    }
    if let Some(p) = &f.assignee {
        input.assignee_id = match p.trim() {
            "" | "none" | "aucun" => None,
            p => Some(db.find_person(p)?),
        };
    }
    if let Some(s) = &f.supplier {
        input.supplier_id = if s.trim().is_empty() { None } else { Some(db.find_supplier(s)?) };
    }
    Ok(())
}

/// `Statut : Déployé → En réparation`, with names for ids and labels for codes.
fn change_line(db: &Database, c: &parc_core::Change, lang: Lang) -> String {
    let value = |v: &Option<String>| -> String {
        let Some(v) = v.as_deref() else { return "—".into() };
        let id = uuid::Uuid::parse_str(v).ok();
        match (c.field.as_str(), id) {
            ("status", _) => parc_core::AssetStatus::parse(v).map_or(v.into(), |s| s.label(lang).into()),
            ("assignee_id", Some(id)) => db.person(id).map_or(v.into(), |p| p.display_name()),
            ("location_id", Some(id)) => db.location_path(id).unwrap_or_else(|_| v.into()),
            ("supplier_id", Some(id)) => db.supplier(id).map_or(v.into(), |s| s.name),
            _ => v.into(),
        }
    };
    let colon = lang.pick("\u{a0}:", ":");
    format!("{}{colon} {} → {}", field_label(&c.field, lang), value(&c.old), value(&c.new))
}

fn show(db: &Database, id: uuid::Uuid, format: Format, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    let detail = db.asset_detail(id)?;
    if format == Format::Json {
        writeln!(out, "{}", serde_json::to_string_pretty(&detail).map_err(std::io::Error::other)?)?;
        return Ok(());
    }
    let a = &detail.asset;
    let kind = db
        .asset_kinds()?
        .into_iter()
        .find(|k| k.code == a.kind)
        .map_or_else(|| a.kind.clone(), |k| k.label(lang).to_string());
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| parc_core::i18n::format_date(d, lang)).unwrap_or_default();
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    let fields: Vec<(&str, String)> = vec![
        ("tag", a.tag.clone()),
        ("name", a.name.clone()),
        ("kind", kind),
        ("status", a.status.label(lang).into()),
        ("serial", o(&a.serial)),
        ("manufacturer", o(&a.manufacturer)),
        ("model", o(&a.model)),
        ("location_id", detail.location_path.clone().unwrap_or_default()),
        ("assignee_id", detail.assignee.as_ref().map(|r| r.name.clone()).unwrap_or_default()),
        ("supplier_id", detail.supplier.as_ref().map(|r| r.name.clone()).unwrap_or_default()),
        ("purchase_date", date(a.purchase_date)),
        ("order_number", o(&a.order_number)),
        ("purchase_cost", a.purchase_cost.map(|c| c.format(lang)).unwrap_or_default()),
        ("warranty_end", date(a.warranty_end)),
        ("maintenance_contract", o(&a.maintenance_contract)),
        ("os_name", [o(&a.os_name), o(&a.os_version)].join(" ").trim().to_string()),
        ("firmware_version", o(&a.firmware_version)),
        ("ip_address", o(&a.ip_address)),
        ("mac_address", o(&a.mac_address)),
        ("notes", o(&a.notes)),
        ("last_audit", date(a.last_audit)),
    ];
    let rows: Vec<Vec<String>> = fields
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| vec![field_label(k, lang).to_string(), v])
        .collect();
    output::table(out, &[lang.pick("Champ", "Field"), lang.pick("Valeur", "Value")], &rows)?;
    writeln!(out)?;
    writeln!(out, "{}", lang.pick("Historique", "History"))?;
    for e in &detail.history {
        let when = e.at.with_timezone(&chrono::Local).format(match lang {
            Lang::Fr => "%d/%m/%Y %H:%M",
            Lang::En => "%Y-%m-%d %H:%M",
        });
        let action = match (e.action, lang) {
            (parc_core::Action::Created, l) => l.pick("création", "created"),
            (parc_core::Action::Updated, l) => l.pick("modification", "updated"),
            (parc_core::Action::Deleted, l) => l.pick("suppression", "deleted"),
        };
        writeln!(out, "  {when}  {}  {action}", e.actor)?;
        if e.action == parc_core::Action::Updated {
            for c in &e.changes {
                writeln!(out, "      {}", change_line(db, c, lang))?;
            }
        }
    }
    Ok(())
}

fn list(db: &Database, args: &ListArgs, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    let mut query = AssetQuery {
        search: args.search.clone(),
        status: args.status,
        kind: args.kind.clone(),
        location_id: args.location.as_deref().map(|l| db.find_location(l)).transpose()?,
        assignee_id: args.assignee.as_deref().map(|p| db.find_person(p)).transpose()?,
        warranty: args.warranty.map(|w| match w {
            Warranty::Expired => WarrantyFilter::Expired,
            Warranty::EndingSoon => WarrantyFilter::EndingSoon,
        }),
        sort: column(args.sort),
        descending: args.desc,
        offset: 0,
        limit: PAGE,
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

fn column(c: SortColumn) -> AssetColumn {
    match c {
        SortColumn::Tag => AssetColumn::Tag,
        SortColumn::Name => AssetColumn::Name,
        SortColumn::Kind => AssetColumn::Kind,
        SortColumn::Status => AssetColumn::Status,
        SortColumn::Serial => AssetColumn::Serial,
        SortColumn::Manufacturer => AssetColumn::Manufacturer,
        SortColumn::Model => AssetColumn::Model,
        SortColumn::Location => AssetColumn::Location,
        SortColumn::Assignee => AssetColumn::Assignee,
        SortColumn::WarrantyEnd => AssetColumn::WarrantyEnd,
        SortColumn::PurchaseDate => AssetColumn::PurchaseDate,
        SortColumn::PurchaseCost => AssetColumn::PurchaseCost,
        SortColumn::UpdatedAt => AssetColumn::UpdatedAt,
    }
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
        r.status.label(lang).into(),
        o(&r.serial),
        o(&r.model),
        o(&r.location),
        o(&r.assignee),
        warranty,
    ]
}
