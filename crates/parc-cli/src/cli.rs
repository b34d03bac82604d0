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
    Assets(Box<AssetsCommand>),
    /// People who hold equipment
    #[command(subcommand)]
    People(PeopleCommand),
    /// Sites, buildings and rooms
    #[command(subcommand)]
    Locations(LocationsCommand),
    /// Kinds of assets (built-in and your own)
    #[command(subcommand)]
    Kinds(KindsCommand),
    /// The helpdesk: incidents and requests
    #[command(subcommand)]
    Tickets(Box<crate::helpdesk::TicketsCommand>),
    /// ITIL changes and their seven R
    #[command(subcommand)]
    Changes(Box<crate::helpdesk::ChangesCommand>),
    /// The on-site audit: walk the rooms, scan the labels, see what is missing
    #[command(subcommand)]
    Audit(crate::audit::AuditCommand),
    /// Asset labels (QR code, tag, company) on label sheets, as a PDF
    Labels(Box<crate::labels::LabelsArgs>),
    /// Import inventories (GLPI JSON, FusionInventory XML, or this computer), asset CSV files and directory exports
    Import(Box<crate::import::ImportArgs>),
    /// Show or set the pattern of new asset tags (`PARC-######`: the # are the number)
    TagPattern {
        /// The new pattern; without it, shows the current one and the next tag
        pattern: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum KindsCommand {
    /// List the kinds of assets
    List {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Add a kind of your own (or rename one)
    Add {
        /// French label, e.g. "Lecteur de badges"
        #[arg(long)]
        label_fr: String,
        /// English label (default: the French one)
        #[arg(long, default_value = "")]
        label_en: String,
        /// Code used by scripts (default: derived from the French label)
        #[arg(long, default_value = "")]
        code: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AssetsCommand {
    /// List assets
    List(ListArgs),
    /// Show one asset with its history
    Show {
        /// Asset tag (or id)
        tag: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Add an asset (the tag defaults to the next one of the pattern)
    Add {
        #[command(flatten)]
        fields: AssetFields,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Change fields of an asset; prints what changed
    Update {
        /// Asset tag (or id)
        tag: String,
        #[command(flatten)]
        fields: AssetFields,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

/// The fields of an asset that a command line can set. An empty value
/// (`--serial ""`) clears a field; `--assignee none` takes the asset back.
#[derive(Debug, Args, Default)]
pub struct AssetFields {
    /// Asset tag (on add: defaults to the next of the pattern; on update: a new tag)
    #[arg(long = "tag", value_name = "TAG")]
    pub new_tag: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
    /// laptop, desktop, server, printer, router, switch, firewall, access_point, ups, nas, phone, tablet, monitor, peripheral, other
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long, value_parser = parse_status)]
    pub status: Option<AssetStatus>,
    #[arg(long)]
    pub serial: Option<String>,
    #[arg(long)]
    pub manufacturer: Option<String>,
    #[arg(long)]
    pub model: Option<String>,
    /// Location name, path (`Siège › Bâtiment A › Accueil`) or id
    #[arg(long)]
    pub location: Option<String>,
    /// Person's e-mail, account, "First Last" or id; `none` takes the asset back
    #[arg(long)]
    pub assignee: Option<String>,
    /// Supplier name or id
    #[arg(long)]
    pub supplier: Option<String>,
    /// 2026-03-31 or 31/03/2026
    #[arg(long)]
    pub purchase_date: Option<String>,
    #[arg(long)]
    pub order_number: Option<String>,
    /// Purchase cost in euros: 1234.56 or "1 234,56"
    #[arg(long)]
    pub cost: Option<String>,
    #[arg(long)]
    pub warranty_end: Option<String>,
    /// Maintenance contract reference
    #[arg(long)]
    pub contract: Option<String>,
    #[arg(long)]
    pub os: Option<String>,
    #[arg(long)]
    pub os_version: Option<String>,
    #[arg(long)]
    pub firmware: Option<String>,
    #[arg(long)]
    pub ip: Option<String>,
    #[arg(long)]
    pub mac: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// List people with the number of assets they hold
    List {
        /// Words that start a name, e-mail, account or department
        #[arg(long)]
        search: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Debug, Subcommand)]
pub enum LocationsCommand {
    /// The location tree with the number of assets in each place
    List {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
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
    /// Only in this location and the ones under it (name, path or id)
    #[arg(long)]
    pub location: Option<String>,
    /// Only what this person holds (e-mail, account, name or id)
    #[arg(long)]
    pub assignee: Option<String>,
    /// Only expired warranties, or those ending within 90 days
    #[arg(long, value_enum)]
    pub warranty: Option<Warranty>,
    /// Sort by this column
    #[arg(long, value_enum, default_value_t = SortColumn::Tag)]
    pub sort: SortColumn,
    /// Sort in descending order
    #[arg(long)]
    pub desc: bool,
    /// At most this many assets (0: all)
    #[arg(long, default_value_t = 0)]
    pub limit: u32,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Warranty {
    Expired,
    EndingSoon,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortColumn {
    Tag,
    Name,
    Kind,
    Status,
    Serial,
    Manufacturer,
    Model,
    Location,
    Assignee,
    WarrantyEnd,
    PurchaseDate,
    PurchaseCost,
    UpdatedAt,
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
