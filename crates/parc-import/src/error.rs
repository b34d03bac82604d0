//! What can go wrong while reading a file, in the user's words.
//!
//! Two levels: an [`ImportError`] refuses a whole file (too large, not text,
//! an XML entity, columns that map to nothing); a [`RowError`] names one bad
//! line of a table and the column at fault, so that a dry run can list every
//! problem before anything is written.

use std::path::PathBuf;

use parc_core::{ErrorCode, Lang, Localized};
use serde::Serialize;
use ts_rs::TS;

use crate::Format;

/// A file refused as a whole.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the file is {size} bytes, more than the {limit} accepted")]
    TooLarge { size: u64, limit: u64 },
    #[error("the file is empty")]
    Empty,
    #[error("not a text file")]
    NotText,
    #[error("unknown format")]
    UnknownFormat,
    #[error("not an inventory: {0}")]
    NotAnInventory(&'static str),
    #[error("invalid JSON at line {line}, column {column}: {message}")]
    Json { line: usize, column: usize, message: String },
    #[error("invalid XML at byte {position}: {message}")]
    Xml { position: u64, message: String },
    #[error("the XML file ends before its elements are closed")]
    XmlTruncated,
    #[error("the XML file declares entities (refused: external entities and entity expansion)")]
    XmlEntityDeclaration,
    #[error("the XML file refers to an undeclared entity &{0};")]
    XmlUnknownEntity(String),
    #[error("no column gives an asset tag, a serial number or a name; columns not recognised: {}", unmapped.join(", "))]
    Unmappable { unmapped: Vec<String> },
    #[error("required columns are missing: {}", missing.join(", "))]
    MissingColumns { missing: Vec<&'static str> },
    #[error("the file has no header line")]
    NoHeader,
    #[error("{0:?} files are recognised but cannot be imported yet")]
    Unsupported(Format),
    /// "This computer" on a system Parc has no collector for (the name of the system).
    #[error("cannot inventory this computer: {0} is not supported")]
    ThisComputerUnsupported(&'static str),
    /// A program that describes this computer could not be run.
    #[error("cannot run {program}: {source}")]
    Command { program: String, source: std::io::Error },
    /// A program that describes this computer ended with an error.
    #[error("{program} failed (exit status {status}): {message}")]
    CommandFailed { program: String, status: String, message: String },
    /// A program that describes this computer printed more than the limit.
    #[error("{program} printed more than {limit} bytes")]
    CommandTooLarge { program: String, limit: u64 },
    /// More programs than one computer can hold.
    #[error("more than {limit} installed programs")]
    TooManySoftware { limit: usize },
}

impl ImportError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> ImportError {
        let path = path.into();
        move |source| ImportError::Io { path, source }
    }
}

/// `12345678` → `12,3 Mo` / `12.3 MB`: limits are read by people.
fn megabytes(bytes: u64, lang: Lang) -> String {
    let mb = bytes as f64 / 1e6;
    match lang {
        Lang::Fr => format!("{mb:.1} Mo").replace('.', ","),
        Lang::En => format!("{mb:.1} MB"),
    }
}

impl Localized for ImportError {
    fn code(&self) -> ErrorCode {
        match self {
            ImportError::Io { .. } | ImportError::Command { .. } | ImportError::CommandFailed { .. } => ErrorCode::Io,
            _ => ErrorCode::Invalid,
        }
    }

    fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            ImportError::Io { path, source } => {
                if fr {
                    format!("Lecture impossible de {} : {source}", path.display())
                } else {
                    format!("Cannot read {}: {source}", path.display())
                }
            }
            ImportError::TooLarge { size, limit } => {
                if fr {
                    format!(
                        "Le fichier fait {}, plus que les {} acceptés pour ce format",
                        megabytes(*size, lang),
                        megabytes(*limit, lang)
                    )
                } else {
                    format!(
                        "The file is {}, more than the {} accepted for this format",
                        megabytes(*size, lang),
                        megabytes(*limit, lang)
                    )
                }
            }
            ImportError::Empty => lang.pick("Le fichier est vide", "The file is empty").into(),
            ImportError::NotText => lang
                .pick(
                    "Ce n'est pas un fichier texte (CSV, JSON ou XML) : c'est peut-être une image ou un programme renommé",
                    "This is not a text file (CSV, JSON or XML): it may be an image or a program renamed",
                )
                .into(),
            ImportError::UnknownFormat => lang
                .pick(
                    "Format inconnu : Parc lit les inventaires GLPI (JSON), FusionInventory ou OCS (XML), les fichiers CSV de matériels et les exports Active Directory",
                    "Unknown format: Parc reads GLPI inventories (JSON), FusionInventory or OCS (XML), asset CSV files and Active Directory exports",
                )
                .into(),
            ImportError::NotAnInventory(what) => {
                if fr {
                    format!("Ce fichier n'est pas un inventaire : {}", not_inventory_fr(what))
                } else {
                    format!("This file is not an inventory: {what}")
                }
            }
            ImportError::Json { line, column, message } => {
                if fr {
                    format!("JSON invalide ligne {line}, colonne {column} : {message}")
                } else {
                    format!("Invalid JSON at line {line}, column {column}: {message}")
                }
            }
            ImportError::Xml { position, message } => {
                if fr {
                    format!("XML invalide à l'octet {position} : {message}")
                } else {
                    format!("Invalid XML at byte {position}: {message}")
                }
            }
            ImportError::XmlTruncated => lang
                .pick(
                    "Le fichier XML s'arrête avant la fin de ses éléments : il est tronqué",
                    "The XML file stops before its elements are closed: it is truncated",
                )
                .into(),
            ImportError::XmlEntityDeclaration => lang
                .pick(
                    "Le fichier XML déclare des entités (<!ENTITY>) : refusé, car elles servent à lire des fichiers de l'ordinateur ou à saturer la mémoire",
                    "The XML file declares entities (<!ENTITY>): refused, as they are used to read the computer's files or exhaust its memory",
                )
                .into(),
            ImportError::XmlUnknownEntity(name) => {
                if fr {
                    format!("Le fichier XML utilise une entité inconnue &{name}; : refusé")
                } else {
                    format!("The XML file uses an unknown entity &{name};: refused")
                }
            }
            ImportError::Unmappable { unmapped } => {
                let list = unmapped.join(", ");
                if fr {
                    format!(
                        "Aucune colonne ne donne un numéro d'inventaire, un numéro de série ou un nom ; colonnes non reconnues : {list}"
                    )
                } else {
                    format!("No column gives an asset tag, a serial number or a name; columns not recognised: {list}")
                }
            }
            ImportError::MissingColumns { missing } => {
                let list = missing.join(", ");
                if fr {
                    format!("Colonnes obligatoires absentes : {list}")
                } else {
                    format!("Required columns are missing: {list}")
                }
            }
            ImportError::NoHeader => {
                lang.pick("Le fichier n'a pas de ligne d'en-têtes", "The file has no header line").into()
            }
            ImportError::Unsupported(format) => {
                if fr {
                    format!(
                        "Fichier reconnu ({}) mais Parc ne sait pas encore l'importer",
                        format.label(lang)
                    )
                } else {
                    format!("File recognised ({}) but Parc cannot import it yet", format.label(lang))
                }
            }
            ImportError::ThisComputerUnsupported(os) => {
                if fr {
                    format!(
                        "Parc ne sait pas inventorier ce poste ({os}) : seuls Windows et Linux le sont ; importez plutôt l'inventaire d'un agent GLPI"
                    )
                } else {
                    format!(
                        "Parc cannot inventory this computer ({os}): only Windows and Linux are supported; import a GLPI agent inventory instead"
                    )
                }
            }
            ImportError::Command { program, source } => {
                if fr {
                    format!("Impossible de lancer {program} pour inventorier ce poste : {source}")
                } else {
                    format!("Cannot run {program} to inventory this computer: {source}")
                }
            }
            ImportError::CommandFailed { program, status, message } => match (fr, message.is_empty()) {
                (true, true) => format!("{program} a échoué (code {status}) en inventoriant ce poste"),
                (true, false) => format!("{program} a échoué (code {status}) en inventoriant ce poste : {message}"),
                (false, true) => format!("{program} failed (exit status {status}) while inventorying this computer"),
                (false, false) => {
                    format!("{program} failed (exit status {status}) while inventorying this computer: {message}")
                }
            },
            ImportError::CommandTooLarge { program, limit } => {
                if fr {
                    format!("{program} a écrit plus que les {} acceptés pour un inventaire", megabytes(*limit, lang))
                } else {
                    format!("{program} wrote more than the {} accepted for an inventory", megabytes(*limit, lang))
                }
            }
            ImportError::TooManySoftware { limit } => {
                if fr {
                    format!("Plus de {limit} logiciels installés : la liste est refusée (base de paquets endommagée ?)")
                } else {
                    format!("More than {limit} installed programs: the list is refused (a damaged package database?)")
                }
            }
        }
    }
}

fn not_inventory_fr(what: &str) -> &str {
    match what {
        "a JSON document without an inventory content" => "un document JSON sans contenu d'inventaire",
        "an XML document whose root is not REQUEST" => "un document XML dont la racine n'est pas REQUEST",
        "an XML request without CONTENT" => "une requête XML sans CONTENT",
        "a table, not an inventory" => "un tableau, pas un inventaire",
        "PowerShell's answer without the computer system" => "la réponse de PowerShell ne décrit pas l'ordinateur",
        other => other,
    }
}

/// What is wrong with one cell or one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RowProblem {
    /// The line has another number of fields than the header.
    FieldCount {
        expected: usize,
        found: usize,
    },
    /// The bytes are not text in the file's encoding.
    NotUtf8,
    BadDate {
        value: String,
    },
    /// A date that the column's order (day first or month first) cannot read.
    DateOrder {
        value: String,
        day_first: bool,
    },
    BadAmount {
        value: String,
    },
    BadStatus {
        value: String,
    },
    BadBool {
        value: String,
    },
    /// A value the row needs is empty.
    Required {
        field: &'static str,
    },
    /// Refused when resolved against the database (an unknown person, an
    /// ambiguous place...); the storage layer gives both languages.
    Refused {
        fr: String,
        en: String,
    },
}

/// A bad line of a table: where it is (the line as an editor numbers it, the
/// column by its header) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RowError {
    pub line: u64,
    /// The column's header as written in the file; `None` for the whole line.
    pub column: Option<String>,
    pub problem: RowProblem,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for RowError {}

impl RowProblem {
    fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            RowProblem::FieldCount { expected, found } => {
                if fr {
                    format!("{found} champs au lieu des {expected} de la ligne d'en-têtes")
                } else {
                    format!("{found} fields instead of the header's {expected}")
                }
            }
            RowProblem::NotUtf8 => {
                lang.pick("texte illisible (encodage inattendu)", "unreadable text (unexpected encoding)").into()
            }
            RowProblem::BadDate { value } => {
                if fr {
                    format!("« {value} » n'est pas une date (exemple : 31/12/2026 ou 2026-12-31)")
                } else {
                    format!("“{value}” is not a date (for example 2026-12-31 or 12/31/2026)")
                }
            }
            RowProblem::DateOrder { value, day_first } => match (fr, day_first) {
                (true, true) => format!("« {value} » ne suit pas l'ordre jour/mois du reste de la colonne"),
                (true, false) => format!("« {value} » ne suit pas l'ordre mois/jour du reste de la colonne"),
                (false, true) => format!("“{value}” does not follow the day/month order of the rest of the column"),
                (false, false) => format!("“{value}” does not follow the month/day order of the rest of the column"),
            },
            RowProblem::BadAmount { value } => {
                if fr {
                    format!("« {value} » n'est pas un montant (exemple : 1 234,56 €)")
                } else {
                    format!("“{value}” is not an amount (for example 1,234.56)")
                }
            }
            RowProblem::BadStatus { value } => {
                if fr {
                    format!(
                        "statut « {value} » inconnu (en stock, déployé, en réparation, réformé, perdu ; ou Ready to Deploy, Deployed, Pending, Archived)"
                    )
                } else {
                    format!(
                        "unknown status “{value}” (in stock, deployed, in repair, retired, lost; or Ready to Deploy, Pending, Archived)"
                    )
                }
            }
            RowProblem::BadBool { value } => {
                if fr {
                    format!("« {value} » n'est ni vrai ni faux (True, False, oui, non)")
                } else {
                    format!("“{value}” is neither true nor false (True, False, yes, no)")
                }
            }
            RowProblem::Required { field } => {
                if fr {
                    format!("la valeur « {} » est obligatoire", parc_core::asset::field_label(field, lang))
                } else {
                    format!("a value for “{}” is required", parc_core::asset::field_label(field, lang))
                }
            }
            RowProblem::Refused { fr: f, en } => {
                if fr {
                    f.clone()
                } else {
                    en.clone()
                }
            }
        }
    }
}

impl Localized for RowError {
    fn code(&self) -> ErrorCode {
        ErrorCode::Invalid
    }

    fn message(&self, lang: Lang) -> String {
        let problem = self.problem.message(lang);
        match (&self.column, lang) {
            (Some(c), Lang::Fr) => format!("Ligne {}, colonne « {c} » : {problem}", self.line),
            (Some(c), Lang::En) => format!("Line {}, column “{c}”: {problem}", self.line),
            (None, Lang::Fr) => format!("Ligne {} : {problem}", self.line),
            (None, Lang::En) => format!("Line {}: {problem}", self.line),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_cell_names_its_line_and_column_in_both_languages() {
        let e = RowError {
            line: 12,
            column: Some("Date d'achat".into()),
            problem: RowProblem::BadDate { value: "31/02/2023".into() },
        };
        assert_eq!(
            e.message(Lang::Fr),
            "Ligne 12, colonne « Date d'achat » : « 31/02/2023 » n'est pas une date (exemple : 31/12/2026 ou 2026-12-31)"
        );
        assert!(e.message(Lang::En).starts_with("Line 12, column “Date d'achat”: “31/02/2023” is not a date"));
        let whole = RowError { line: 3, column: None, problem: RowProblem::FieldCount { expected: 4, found: 3 } };
        assert_eq!(whole.message(Lang::Fr), "Ligne 3 : 3 champs au lieu des 4 de la ligne d'en-têtes");
    }

    #[test]
    fn sizes_are_written_for_people() {
        let e = ImportError::TooLarge { size: 250_000_000, limit: 200_000_000 };
        assert_eq!(e.message(Lang::Fr), "Le fichier fait 250,0 Mo, plus que les 200,0 Mo acceptés pour ce format");
    }
}
