//! `parc people list` and `parc locations list`.

use std::io::Write;

use parc_core::Lang;
use parc_db::Database;

use crate::CliError;
use crate::cli::{Format, KindsCommand, LocationsCommand, PeopleCommand};
use crate::output;

pub fn people(db: &Database, cmd: &PeopleCommand, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    let PeopleCommand::List { search, format } = cmd;
    let rows = db.people(search.as_deref(), 0)?;
    match format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&rows).map_err(std::io::Error::other)?)?,
        Format::Csv => {
            output::csv_record(
                out,
                &["id", "first_name", "last_name", "email", "department", "account", "site", "active", "assets"],
            )?;
            for r in &rows {
                let p = &r.person;
                output::csv_record(
                    out,
                    &[
                        &p.id.to_string(),
                        &p.first_name,
                        &p.last_name,
                        p.email.as_deref().unwrap_or(""),
                        p.department.as_deref().unwrap_or(""),
                        p.account.as_deref().unwrap_or(""),
                        r.site.as_deref().unwrap_or(""),
                        if p.active { "true" } else { "false" },
                        &r.asset_count.to_string(),
                    ],
                )?;
            }
        }
        Format::Table => {
            let headers = match lang {
                Lang::Fr => ["Nom", "E-mail", "Service", "Compte", "Site", "Matériels"],
                Lang::En => ["Name", "E-mail", "Department", "Account", "Site", "Assets"],
            };
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let p = &r.person;
                    let mut name = p.display_name();
                    if !p.active {
                        name.push_str(lang.pick(" (inactif)", " (inactive)"));
                    }
                    vec![
                        name,
                        p.email.clone().unwrap_or_default(),
                        p.department.clone().unwrap_or_default(),
                        p.account.clone().unwrap_or_default(),
                        r.site.clone().unwrap_or_default(),
                        r.asset_count.to_string(),
                    ]
                })
                .collect();
            output::table(out, &headers, &cells)?;
        }
    }
    Ok(())
}

pub fn locations(db: &Database, cmd: &LocationsCommand, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    let LocationsCommand::List { format } = cmd;
    let tree = db.location_tree()?;
    match format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&tree).map_err(std::io::Error::other)?)?,
        Format::Csv => {
            output::csv_record(out, &["id", "parent_id", "kind", "name", "path", "assets"])?;
            for n in &tree {
                let l = &n.location;
                output::csv_record(
                    out,
                    &[
                        &l.id.to_string(),
                        &l.parent_id.map(|p| p.to_string()).unwrap_or_default(),
                        l.kind.as_str(),
                        &l.name,
                        &db.location_path(l.id)?,
                        &n.asset_count.to_string(),
                    ],
                )?;
            }
        }
        Format::Table => {
            let headers = match lang {
                Lang::Fr => ["Emplacement", "Type", "Matériels"],
                Lang::En => ["Location", "Kind", "Assets"],
            };
            let cells: Vec<Vec<String>> = tree
                .iter()
                .map(|n| {
                    vec![
                        format!("{}{}", "  ".repeat(n.depth as usize), n.location.name),
                        n.location.kind.label(lang).to_string(),
                        n.asset_count.to_string(),
                    ]
                })
                .collect();
            output::table(out, &headers, &cells)?;
        }
    }
    Ok(())
}

pub fn kinds(db: &mut Database, cmd: &KindsCommand, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    match cmd {
        KindsCommand::Add { label_fr, label_en, code } => {
            let k = db.save_asset_kind(code, label_fr, label_en)?;
            writeln!(out, "{}  {}", k.code, k.label(lang))?;
        }
        KindsCommand::List { format } => {
            let kinds = db.asset_kinds()?;
            match format {
                Format::Json => {
                    writeln!(out, "{}", serde_json::to_string_pretty(&kinds).map_err(std::io::Error::other)?)?
                }
                Format::Csv => {
                    output::csv_record(out, &["code", "label_fr", "label_en", "builtin"])?;
                    for k in &kinds {
                        output::csv_record(
                            out,
                            &[&k.code, &k.label_fr, &k.label_en, if k.builtin { "true" } else { "false" }],
                        )?;
                    }
                }
                Format::Table => {
                    let rows: Vec<Vec<String>> = kinds
                        .iter()
                        .map(|k| {
                            let own = if k.builtin { "" } else { lang.pick("ajouté", "added") };
                            vec![k.code.clone(), k.label(lang).to_string(), own.to_string()]
                        })
                        .collect();
                    output::table(out, &[lang.pick("Code", "Code"), lang.pick("Type", "Kind"), ""], &rows)?;
                }
            }
        }
    }
    Ok(())
}
