//! `parc audit …`: the on-site audit from a terminal (a scanner types into
//! `parc audit scan` as well as into the window).

use std::io::Write;

use chrono::Utc;
use clap::{Subcommand, ValueEnum};
use parc_core::Lang;
use parc_core::audit::{CampaignInput, CampaignStatus, MissingAction, ScanOutcome};
use parc_db::Database;
use uuid::Uuid;

use crate::CliError;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Start a campaign for a site, building or room (default: the whole fleet)
    Start {
        #[arg(long)]
        name: String,
        /// Location name, path or id
        #[arg(long)]
        location: Option<String>,
    },
    /// Record scanned tags in a room (reads tags from standard input, one per line, when none are given)
    Scan {
        /// The room being walked (name, path or id)
        #[arg(long)]
        room: String,
        tags: Vec<String>,
    },
    /// Found, moved, unknown and still expected, for the open campaign
    Status,
    /// Apply the results: move what was found elsewhere, mark what is missing, set the last-audit date
    Apply {
        #[arg(long, value_enum, default_value_t = MissingArg::ToCheck)]
        missing: MissingArg,
        /// Leave the assets found elsewhere where the inventory has them
        #[arg(long)]
        no_move: bool,
    },
    /// Abandon the open campaign (the inventory is not touched)
    Cancel,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MissingArg {
    Lost,
    ToCheck,
    Leave,
}

fn open_campaign(db: &Database, lang: Lang) -> Result<Uuid, CliError> {
    db.campaigns()?.into_iter().find(|c| c.status == CampaignStatus::Open).map(|c| c.id).ok_or_else(|| {
        CliError::Usage(
            lang.pick(
                "Aucune campagne d'inventaire en cours : « parc audit start --name … »",
                "No audit campaign is open: “parc audit start --name …”",
            )
            .into(),
        )
    })
}

pub fn run(db: &mut Database, cmd: &AuditCommand, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    let sep = lang.pick(" : ", ": ");
    match cmd {
        AuditCommand::Start { name, location } => {
            let scope_id = location.as_deref().map(|l| db.find_location(l)).transpose()?;
            let id = db.start_campaign(&CampaignInput { name: name.clone(), scope_id }, Utc::now())?;
            let d = db.campaign(id)?;
            match lang {
                Lang::Fr => writeln!(
                    out,
                    "Campagne « {} » ouverte : {} matériels attendus",
                    d.campaign.name, d.campaign.expected
                )?,
                Lang::En => {
                    writeln!(out, "Campaign “{}” started: {} assets expected", d.campaign.name, d.campaign.expected)?
                }
            }
        }
        AuditCommand::Scan { room, tags } => {
            let id = open_campaign(db, lang)?;
            let room = db.find_location(room)?;
            let mut typed = tags.clone();
            if typed.is_empty() {
                for line in std::io::stdin().lines() {
                    typed.push(line?);
                }
            }
            for tag in typed.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
                let outcome = db.scan(id, tag, room, Utc::now())?;
                writeln!(out, "{tag}{sep}{}", outcome.label(lang))?;
            }
        }
        AuditCommand::Status => {
            let id = open_campaign(db, lang)?;
            let d = db.campaign(id)?;
            let counts = [
                (ScanOutcome::Found.label(lang), d.found),
                (ScanOutcome::Moved.label(lang), d.moved),
                (ScanOutcome::Unknown.label(lang), d.unknown),
                (lang.pick("Manquant", "Missing"), d.missing),
            ];
            writeln!(out, "{}", d.campaign.name)?;
            for (label, n) in counts {
                writeln!(out, "{label}{sep}{n}")?;
            }
            for a in &d.still_expected {
                writeln!(out, "  {}  {}  {}", a.tag, a.name, a.location.as_deref().unwrap_or(""))?;
            }
        }
        AuditCommand::Apply { missing, no_move } => {
            let id = open_campaign(db, lang)?;
            let missing = match missing {
                MissingArg::Lost => MissingAction::Lost,
                MissingArg::ToCheck => MissingAction::ToCheck,
                MissingArg::Leave => MissingAction::Leave,
            };
            let r = db.apply_campaign(id, !no_move, missing, Utc::now(), chrono::Local::now().date_naive(), lang)?;
            match lang {
                Lang::Fr => writeln!(
                    out,
                    "Appliqué : {} déplacés, {} perdus, {} à vérifier, {} inventoriés",
                    r.moved, r.marked_lost, r.marked_to_check, r.audited
                )?,
                Lang::En => writeln!(
                    out,
                    "Applied: {} moved, {} lost, {} to check, {} audited",
                    r.moved, r.marked_lost, r.marked_to_check, r.audited
                )?,
            }
        }
        AuditCommand::Cancel => {
            let id = open_campaign(db, lang)?;
            db.cancel_campaign(id, Utc::now())?;
            writeln!(out, "{}", lang.pick("Campagne abandonnée.", "Campaign cancelled."))?;
        }
    }
    Ok(())
}
