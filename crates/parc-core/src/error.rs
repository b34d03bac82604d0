//! Error codes shared by every layer, and the translation of errors.
//!
//! Every error a user can meet has a stable `ErrorCode` (the UI branches on it,
//! scripts can too) and a message in French and English.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Lang;

/// The stable identity of an error, as the UI and scripts see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The key or passphrase does not open this database.
    WrongKey,
    /// The file is not a Parc database (plain SQLite, empty, or something else).
    NotParcDatabase,
    /// The database was written by a newer Parc.
    NewerSchema,
    /// The file is damaged.
    Corrupt,
    /// No OS keyring is reachable and no passphrase was given.
    PassphraseRequired,
    /// The passphrase is too weak to protect the data.
    WeakPassphrase,
    /// The OS keyring failed while storing or reading a key.
    Keyring,
    /// The database file does not exist.
    NotFound,
    /// A file is already there and will not be overwritten.
    AlreadyExists,
    /// A value is missing or not acceptable.
    Invalid,
    /// No database is open yet.
    Locked,
    /// Reading or writing a file failed.
    Io,
    /// A bug: something that should not happen.
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::WrongKey => "wrong_key",
            ErrorCode::NotParcDatabase => "not_parc_database",
            ErrorCode::NewerSchema => "newer_schema",
            ErrorCode::Corrupt => "corrupt",
            ErrorCode::PassphraseRequired => "passphrase_required",
            ErrorCode::WeakPassphrase => "weak_passphrase",
            ErrorCode::Keyring => "keyring",
            ErrorCode::NotFound => "not_found",
            ErrorCode::AlreadyExists => "already_exists",
            ErrorCode::Invalid => "invalid",
            ErrorCode::Locked => "locked",
            ErrorCode::Io => "io",
            ErrorCode::Internal => "internal",
        }
    }
}

/// An error that can explain itself to a user in either language.
pub trait Localized {
    fn code(&self) -> ErrorCode;
    /// One clear sentence, without a trailing period.
    fn message(&self, lang: Lang) -> String;
}

/// A rule of the domain was broken by the data given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("required field is empty: {0}")]
    Required(&'static str),
    #[error("a cost cannot be negative")]
    NegativeCost,
    #[error("not an amount in euros: {0}")]
    BadAmount(String),
    #[error("the warranty ends before the purchase")]
    WarrantyBeforePurchase,
    #[error("a {child} cannot be placed under a {parent}")]
    BadLocationParent { child: &'static str, parent: &'static str },
    #[error("a retired asset cannot be assigned")]
    AssignRetired,
    #[error("not a date for {field}: {value}")]
    BadDate { field: &'static str, value: String },
}

impl Localized for RuleError {
    fn code(&self) -> ErrorCode {
        ErrorCode::Invalid
    }

    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (RuleError::Required(f), Lang::Fr) => {
                format!("Le champ « {} » est obligatoire", crate::asset::field_label(f, lang))
            }
            (RuleError::Required(f), Lang::En) => {
                format!("The field “{}” is required", crate::asset::field_label(f, lang))
            }
            (RuleError::NegativeCost, l) => {
                l.pick("Un coût ne peut pas être négatif", "A cost cannot be negative").into()
            }
            (RuleError::BadAmount(s), Lang::Fr) => {
                format!("« {s} » n'est pas un montant en euros (exemple : 1 234,56)")
            }
            (RuleError::BadAmount(s), Lang::En) => {
                format!("“{s}” is not an amount in euros (for example 1,234.56)")
            }
            (RuleError::WarrantyBeforePurchase, l) => l
                .pick("La fin de garantie précède la date d'achat", "The warranty ends before the purchase date")
                .into(),
            (RuleError::BadLocationParent { child, parent }, Lang::Fr) => {
                format!("Un emplacement de type {child} ne peut pas être placé dans un {parent}")
            }
            (RuleError::BadLocationParent { child, parent }, Lang::En) => {
                format!("A {child} cannot be placed inside a {parent}")
            }
            (RuleError::BadDate { field, value }, Lang::Fr) => {
                format!("« {value} » n'est pas une date valide pour « {field} » (exemple : 31/12/2026)")
            }
            (RuleError::BadDate { field, value }, Lang::En) => {
                format!("“{value}” is not a valid date for “{field}” (for example 2026-12-31)")
            }
            (RuleError::AssignRetired, l) => {
                l.pick("Un matériel réformé ne peut pas être attribué", "A retired asset cannot be assigned").into()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_field_is_named_in_the_users_words() {
        assert_eq!(RuleError::Required("tag").message(Lang::Fr), "Le champ « N° d'inventaire » est obligatoire");
        assert_eq!(RuleError::Required("name").message(Lang::En), "The field “Name” is required");
    }
}
