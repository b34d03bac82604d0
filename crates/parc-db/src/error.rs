//! The storage errors, each with its code and its French and English message.

use std::path::PathBuf;

use parc_core::{ErrorCode, Lang, Localized, error::RuleError};

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("wrong key or passphrase for {0}")]
    WrongKey(PathBuf),
    #[error("{path} is not a Parc database: {why}")]
    NotParcDatabase { path: PathBuf, why: NotParcReason },
    #[error("{path} was written by a newer Parc (schema {found}, this one knows {supported})")]
    NewerSchema { path: PathBuf, found: u32, supported: u32 },
    #[error("{path} is damaged: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error("no OS keyring is available: a passphrase is required")]
    PassphraseRequired,
    #[error("the passphrase is too short ({0} characters, at least {MIN_PASSPHRASE_CHARS})")]
    WeakPassphrase(usize),
    #[error("the OS keyring failed: {0}")]
    Keyring(String),
    #[error("{0} does not exist")]
    NotFound(PathBuf),
    #[error("{0} already exists and will not be overwritten")]
    AlreadyExists(PathBuf),
    #[error("{what} already exists: {value}")]
    Duplicate { what: &'static str, value: String },
    #[error("the database already holds {0} assets: demo data only goes into an empty one")]
    NotEmpty(u32),
    #[error("{what} is still in use by {count} record(s)")]
    InUse { what: &'static str, count: u32 },
    #[error("{count} {what}s match {value}: be more precise")]
    Ambiguous { what: &'static str, value: String, count: u32 },
    #[error("no {what} with id {id}")]
    NoSuchRecord { what: &'static str, id: String },
    #[error(transparent)]
    Rule(#[from] RuleError),
    #[error(transparent)]
    Ticket(#[from] parc_core::ticket::TicketError),
    #[error(transparent)]
    Change(#[from] parc_core::change::ChangeError),
    #[error(transparent)]
    Settings(#[from] parc_core::helpdesk::SettingsError),
    #[error(transparent)]
    Audit(#[from] parc_core::audit::AuditError),
    #[error("file error on {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the database is damaged: {0}")]
    Damaged(String),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    #[error(transparent)]
    Import(#[from] parc_import::ImportError),
    #[error("{} line(s) refused: nothing was imported", .0.len())]
    Rejected(Vec<parc_import::RowError>),
    #[error("the import was cancelled: nothing was written")]
    Cancelled,
}

impl From<rusqlite::Error> for DbError {
    /// A damaged page met during a query is the user's problem to know about
    /// (restore a backup), not an internal error.
    fn from(e: rusqlite::Error) -> DbError {
        match &e {
            rusqlite::Error::SqliteFailure(f, _)
                if matches!(f.code, rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) =>
            {
                DbError::Damaged(e.to_string())
            }
            _ => DbError::Sqlite(e),
        }
    }
}

/// Why a file is not taken for a Parc database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotParcReason {
    /// An ordinary, unencrypted SQLite database.
    PlainSqlite,
    /// Too small, or not made of whole database pages.
    NotDatabaseShaped,
    /// An encrypted database of another application.
    OtherApplication,
}

impl std::fmt::Display for NotParcReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NotParcReason::PlainSqlite => "an unencrypted SQLite database",
            NotParcReason::NotDatabaseShaped => "not a database file",
            NotParcReason::OtherApplication => "a database of another application",
        })
    }
}

/// The shortest passphrase accepted: long enough to resist guessing offline.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

pub type Result<T, E = DbError> = std::result::Result<T, E>;

impl DbError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> DbError {
        let path = path.into();
        move |source| DbError::Io { path, source }
    }
}

impl Localized for DbError {
    fn code(&self) -> ErrorCode {
        match self {
            DbError::WrongKey(_) => ErrorCode::WrongKey,
            DbError::NotParcDatabase { .. } => ErrorCode::NotParcDatabase,
            DbError::NewerSchema { .. } => ErrorCode::NewerSchema,
            DbError::Corrupt { .. } | DbError::Damaged(_) => ErrorCode::Corrupt,
            DbError::PassphraseRequired => ErrorCode::PassphraseRequired,
            DbError::WeakPassphrase(_) => ErrorCode::WeakPassphrase,
            DbError::Keyring(_) => ErrorCode::Keyring,
            DbError::NotFound(_) | DbError::NoSuchRecord { .. } => ErrorCode::NotFound,
            DbError::AlreadyExists(_) => ErrorCode::AlreadyExists,
            DbError::Duplicate { .. }
            | DbError::InUse { .. }
            | DbError::NotEmpty(_)
            | DbError::Rule(_)
            | DbError::Ticket(_)
            | DbError::Change(_)
            | DbError::Settings(_)
            | DbError::Audit(_)
            | DbError::Ambiguous { .. }
            | DbError::Rejected(_)
            | DbError::Cancelled => ErrorCode::Invalid,
            DbError::Import(e) => e.code(),
            DbError::Io { .. } => ErrorCode::Io,
            DbError::Sqlite(_) => ErrorCode::Internal,
        }
    }

    fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            DbError::WrongKey(p) => if fr {
                format!("La phrase de passe ou la clé ne déverrouille pas {}", p.display())
            } else {
                format!("The passphrase or key does not unlock {}", p.display())
            },
            DbError::NotParcDatabase { path, why } => {
                let why_fr = match why {
                    NotParcReason::PlainSqlite => "c'est une base SQLite non chiffrée",
                    NotParcReason::NotDatabaseShaped => "ce n'est pas un fichier de base de données",
                    NotParcReason::OtherApplication => "c'est la base d'une autre application",
                };
                if fr {
                    format!("{} n'est pas une base Parc : {why_fr}", path.display())
                } else {
                    format!("{} is not a Parc database: it is {why}", path.display())
                }
            }
            DbError::NewerSchema { path, found, supported } => if fr {
                format!(
                    "{} a été écrite par une version plus récente de Parc (schéma {found}, celle-ci connaît le schéma {supported}) : mettez Parc à jour",
                    path.display()
                )
            } else {
                format!(
                    "{} was written by a newer Parc (schema {found}, this one knows schema {supported}): update Parc",
                    path.display()
                )
            },
            DbError::Corrupt { path, detail } => if fr {
                format!("{} est endommagée ({detail}) : restaurez une sauvegarde", path.display())
            } else {
                format!("{} is damaged ({detail}): restore a backup", path.display())
            },
            DbError::PassphraseRequired => lang
                .pick(
                    "Aucun trousseau du système n'est disponible : une phrase de passe est nécessaire (variable PARC_PASSPHRASE ou saisie)",
                    "No OS keyring is available: a passphrase is required (PARC_PASSPHRASE or typed in)",
                )
                .into(),
            DbError::WeakPassphrase(n) => if fr {
                format!("La phrase de passe est trop courte ({n} caractères, il en faut au moins {MIN_PASSPHRASE_CHARS})")
            } else {
                format!("The passphrase is too short ({n} characters, at least {MIN_PASSPHRASE_CHARS} are needed)")
            },
            DbError::Keyring(detail) => if fr {
                format!("Le trousseau du système a échoué : {detail}")
            } else {
                format!("The OS keyring failed: {detail}")
            },
            DbError::NotFound(p) => if fr {
                format!("{} n'existe pas", p.display())
            } else {
                format!("{} does not exist", p.display())
            },
            DbError::AlreadyExists(p) => if fr {
                format!("{} existe déjà et ne sera pas écrasé", p.display())
            } else {
                format!("{} already exists and will not be overwritten", p.display())
            },
            DbError::Duplicate { what, value } => if fr {
                format!("{} « {value} » existe déjà", what_fr(what))
            } else {
                format!("{} “{value}” already exists", what_en(what))
            },
            DbError::InUse { what, count } => if fr {
                format!("{} est encore utilisé par {count} enregistrement(s) : impossible de le supprimer", what_fr(what))
            } else {
                format!("{} is still used by {count} record(s): it cannot be deleted", what_en(what))
            },
            DbError::NotEmpty(n) => if fr {
                format!("La base contient déjà {n} matériel(s) : les données de démonstration ne vont que dans une base vide")
            } else {
                format!("The database already holds {n} asset(s): demo data only goes into an empty one")
            },
            DbError::Ambiguous { what, value, count } => if fr {
                format!("« {value} » désigne {count} enregistrements ({}) : précisez", what_fr(what).to_lowercase())
            } else {
                format!("“{value}” matches {count} records ({}): be more precise", what_en(what).to_lowercase())
            },
            DbError::NoSuchRecord { what, id } => if fr {
                format!("{} introuvable : {id}", what_fr(what))
            } else {
                format!("{} not found: {id}", what_en(what))
            },
            DbError::Damaged(detail) => if fr {
                format!("La base est endommagée ({detail}) : lancez « parc doctor » puis restaurez une sauvegarde")
            } else {
                format!("The database is damaged ({detail}): run “parc doctor”, then restore a backup")
            },
            DbError::Rule(e) => e.message(lang),
            DbError::Ticket(e) => e.message(lang),
            DbError::Change(e) => e.message(lang),
            DbError::Settings(e) => e.message(lang),
            DbError::Audit(e) => e.message(lang),
            DbError::Io { path, source } => if fr {
                format!("Erreur de fichier sur {} : {source}", path.display())
            } else {
                format!("File error on {}: {source}", path.display())
            },
            DbError::Sqlite(e) => if fr {
                format!("Erreur interne de la base de données : {e}")
            } else {
                format!("Internal database error: {e}")
            },
            DbError::Import(e) => e.message(lang),
            DbError::Rejected(errors) => {
                let first = errors.first().map(|e| e.message(lang)).unwrap_or_default();
                if fr {
                    format!("{} ligne(s) refusée(s), rien n'a été importé ; {first}", errors.len())
                } else {
                    format!("{} line(s) refused, nothing was imported; {first}", errors.len())
                }
            }
            DbError::Cancelled => lang
                .pick("Import annulé : rien n'a été écrit", "Import cancelled: nothing was written")
                .into(),
        }
    }
}

fn what_fr(what: &str) -> &str {
    match what {
        "asset tag" => "Le numéro d'inventaire",
        "serial" => "Le numéro de série",
        "asset" => "Le matériel",
        "location" => "L'emplacement",
        "person" => "La personne",
        "supplier" => "Le fournisseur",
        "asset kind" => "Le type de matériel",
        "e-mail" => "L'adresse e-mail",
        "ticket" => "Le ticket",
        "change" => "Le changement",
        "ticket category" => "La catégorie de ticket",
        "template" => "Le modèle de ticket",
        "task" => "La tâche",
        "audit campaign" => "La campagne d'inventaire",
        other => other,
    }
}

fn what_en(what: &str) -> &str {
    match what {
        "asset tag" => "The asset tag",
        "serial" => "The serial number",
        "asset" => "The asset",
        "location" => "The location",
        "person" => "The person",
        "supplier" => "The supplier",
        "asset kind" => "The asset kind",
        "e-mail" => "The e-mail address",
        "ticket" => "The ticket",
        "change" => "The change",
        "ticket category" => "The ticket category",
        "template" => "The ticket template",
        "task" => "The task",
        "audit campaign" => "The audit campaign",
        other => other,
    }
}
