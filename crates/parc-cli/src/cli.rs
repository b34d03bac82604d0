//! The command line's shape.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use parc_core::{AssetStatus, Lang};

#[derive(Debug, Parser)]
#[command(name = "parc", version, about = "Parc — gestion de parc informatique / IT asset management")]
pub struct Cli {
    /// Database file (default: PARC_DB, else the app's own database in the OS data folder)
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Language of messages (default: from the environment, French otherwise)
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new encrypted database
    Init {
        /// Protect it with a passphrase even when an OS keyring is available
        #[arg(long)]
        passphrase_only: bool,
    },
    /// Check the key, the cipher, the integrity and the schema
    Doctor,
    /// Fill an empty database with a realistic demo company
    Demo {
        /// How many assets (people: one for five assets; locations: one for fifty)
        #[arg(long, default_value_t = 1000)]
        assets: u32,
        /// Seed of the generator: the same seed gives the same company
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Set the passphrase (recovery passphrase of a keyring database); reads PARC_NEW_PASSPHRASE or asks
    Passphrase,
    /// The inventory
    #[command(subcommand)]
    Assets(AssetsCommand),
}

#[derive(Debug, Subcommand)]
pub enum AssetsCommand {
    /// List assets
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Words to find in tag, serial, name, model, manufacturer, person or notes
    #[arg(long)]
    pub search: Option<String>,
    /// Only this status
    #[arg(long, value_parser = parse_status)]
    pub status: Option<AssetStatus>,
    /// Only this kind (laptop, desktop, server, printer...)
    #[arg(long)]
    pub kind: Option<String>,
    /// At most this many assets (0: all)
    #[arg(long, default_value_t = 0)]
    pub limit: u32,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    match s {
        "fr" => Ok(Lang::Fr),
        "en" => Ok(Lang::En),
        _ => Err("expected fr or en".into()),
    }
}

fn parse_status(s: &str) -> Result<AssetStatus, String> {
    AssetStatus::parse(s).ok_or_else(|| "expected in_stock, deployed, in_repair, retired or lost".into())
}
