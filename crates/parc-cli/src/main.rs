//! `parc`: every user action of Parc from the command line, on the same core as
//! the desktop app, for scripting, automation and tests.
//!
//! Exit codes: 0 success, 1 usage, 2 data error, 3 key error. Errors go to
//! stderr as one sentence in the user's language.

mod assets;
mod audit;
mod cli;
mod directory;
mod helpdesk;
mod import;
mod labels;
mod output;
mod unlock;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use parc_core::{ErrorCode, Lang, Localized};
use parc_db::DbError;

use cli::{Cli, Command};

/// What a command can fail with.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Report(#[from] parc_report::ReportError),
    #[error("output failed: {0}")]
    Output(#[from] std::io::Error),
}

impl CliError {
    fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 1,
            CliError::Output(_) | CliError::Report(_) => 2,
            CliError::Db(e) => match e.code() {
                ErrorCode::WrongKey
                | ErrorCode::PassphraseRequired
                | ErrorCode::WeakPassphrase
                | ErrorCode::Keyring => 3,
                _ => 2,
            },
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            CliError::Db(e) => e.message(lang),
            CliError::Usage(m) => m.clone(),
            CliError::Report(e) => e.message(lang),
            CliError::Output(e) => match lang {
                Lang::Fr => format!("Écriture de la sortie impossible : {e}"),
                Lang::En => format!("Cannot write the output: {e}"),
            },
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let lang = cli.lang.unwrap_or_else(Lang::from_env);
    match run(&cli, lang) {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`parc assets list | head`) is not an error.
        Err(CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "parc: {}", e.message(lang));
            ExitCode::from(e.exit_code())
        }
    }
}

fn run(cli: &Cli, lang: Lang) -> Result<u8, CliError> {
    let path = cli.db.clone().unwrap_or_else(parc_db::paths::default_database_path);
    let keyring = parc_db::Keyring::os();
    let mut out = std::io::stdout().lock();
    match &cli.command {
        Command::Init { passphrase_only } => {
            let db = unlock::init(&path, &keyring, *passphrase_only, lang)?;
            let info = db.info()?;
            let mode = match (info.key_mode, lang) {
                (parc_core::ipc::KeyMode::Keyring, Lang::Fr) => "clé dans le trousseau du système",
                (parc_core::ipc::KeyMode::Keyring, Lang::En) => "key in the OS keyring",
                (parc_core::ipc::KeyMode::Passphrase, Lang::Fr) => "protégée par phrase de passe",
                (parc_core::ipc::KeyMode::Passphrase, Lang::En) => "protected by a passphrase",
            };
            match lang {
                Lang::Fr => writeln!(out, "Base chiffrée créée : {} ({mode})", info.path)?,
                Lang::En => writeln!(out, "Encrypted database created: {} ({mode})", info.path)?,
            }
            Ok(0)
        }
        Command::Doctor => {
            let db = unlock::open(&path, &keyring, lang)?;
            let report = db.doctor(lang)?;
            for c in &report.checks {
                let mark = match c.status {
                    parc_db::doctor::Status::Ok => "✓",
                    parc_db::doctor::Status::Warning => "!",
                    parc_db::doctor::Status::Error => "✗",
                };
                writeln!(out, "{mark} {}", c.message)?;
            }
            Ok(if report.worst() == parc_db::doctor::Status::Error { 2 } else { 0 })
        }
        Command::Demo { assets, seed } => {
            let mut db = unlock::open(&path, &keyring, lang)?;
            let started = std::time::Instant::now();
            let s = db.fill_demo(*assets, *seed, chrono::Utc::now())?;
            let secs = started.elapsed().as_secs_f64();
            let n = |v: u32| parc_core::i18n::format_count(i64::from(v), lang);
            match lang {
                Lang::Fr => writeln!(
                    out,
                    "Données de démonstration ajoutées : {} matériels, {} personnes, {} emplacements, {} fournisseurs, {} tickets ({secs:.1} s)",
                    n(s.assets),
                    n(s.people),
                    n(s.locations),
                    n(s.suppliers),
                    n(s.tickets)
                )?,
                Lang::En => writeln!(
                    out,
                    "Demo data added: {} assets, {} people, {} locations, {} suppliers, {} tickets ({secs:.1} s)",
                    n(s.assets),
                    n(s.people),
                    n(s.locations),
                    n(s.suppliers),
                    n(s.tickets)
                )?,
            }
            Ok(0)
        }
        Command::Passphrase => {
            let mut db = unlock::open(&path, &keyring, lang)?;
            let new = unlock::new_passphrase("PARC_NEW_PASSPHRASE", lang)?;
            db.set_passphrase(&new, &keyring)?;
            writeln!(out, "{}", lang.pick("Phrase de passe enregistrée.", "Passphrase set."))?;
            Ok(0)
        }
        Command::Assets(cmd) => {
            let mut db = unlock::open(&path, &keyring, lang)?;
            assets::run(&mut db, cmd.as_ref(), lang, &mut out)?;
            Ok(0)
        }
        Command::People(cmd) => {
            let db = unlock::open(&path, &keyring, lang)?;
            directory::people(&db, cmd, lang, &mut out)?;
            Ok(0)
        }
        Command::Kinds(cmd) => {
            let mut db = unlock::open(&path, &keyring, lang)?;
            directory::kinds(&mut db, cmd, lang, &mut out)?;
            Ok(0)
        }
        Command::TagPattern { pattern } => {
            let mut db = unlock::open(&path, &keyring, lang)?;
            if let Some(p) = pattern {
                db.set_tag_pattern(p)?;
            }
            let next = db.next_asset_tag()?;
            let current = db.tag_pattern()?.as_pattern();
            match lang {
                Lang::Fr => writeln!(out, "Motif : {current} (prochain numéro : {next})")?,
                Lang::En => writeln!(out, "Pattern: {current} (next tag: {next})")?,
            }
            Ok(0)
        }
        Command::Tickets(cmd) => {
            let mut db = unlock::open(&path, &keyring, lang)?;
            helpdesk::tickets(&mut db, cmd, lang, &mut out)?;
            Ok(0)
        }
        Command::Audit(cmd) => {
            let mut db = unlock::open(&path, &keyring, lang)?;
            audit::run(&mut db, cmd, lang, &mut out)?;
            Ok(0)
        }
        Command::Changes(cmd) => {
            let mut db = unlock::open(&path, &keyring, lang)?;
            helpdesk::changes(&mut db, cmd, lang, &mut out)?;
            Ok(0)
        }
        Command::Import(args) => import::run(&path, &keyring, args, lang, &mut out),
        Command::Labels(args) => {
            let mut db = unlock::open(&path, &keyring, lang)?;
            labels::run(&mut db, args, lang, &mut out)?;
            Ok(0)
        }
        Command::Locations(cmd) => {
            let db = unlock::open(&path, &keyring, lang)?;
            directory::locations(&db, cmd, lang, &mut out)?;
            Ok(0)
        }
    }
}
