//! `parc doctor`: checks an open database and says what is wrong in plain words.

use parc_core::Lang;
use parc_core::ipc::KeyMode;

use crate::Database;
use crate::error::Result;
use crate::migrations::LATEST;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    Warning,
    Error,
}

/// What a check looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Key,
    Cipher,
    Pages,
    Integrity,
    ForeignKeys,
    Schema,
    Recovery,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub topic: Topic,
    pub status: Status,
    /// One sentence for the user.
    pub message: String,
}

impl Check {
    fn new(topic: Topic, status: Status, message: String) -> Check {
        Check { topic, status, message }
    }
}

/// The result of every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub checks: Vec<Check>,
}

impl Report {
    pub fn worst(&self) -> Status {
        if self.checks.iter().any(|c| c.status == Status::Error) {
            Status::Error
        } else if self.checks.iter().any(|c| c.status == Status::Warning) {
            Status::Warning
        } else {
            Status::Ok
        }
    }
}

impl Database {
    /// Runs every check. Reading only: the doctor never repairs behind the
    /// user's back.
    pub fn doctor(&self, lang: Lang) -> Result<Report> {
        let fr = lang == Lang::Fr;
        let mut checks = Vec::new();
        // A damaged file must still get a full report: each check that cannot
        // run says so instead of stopping the doctor.
        let failed = |topic: Topic, e: &dyn std::fmt::Display| {
            let m = if fr { format!("Vérification impossible : {e}") } else { format!("Check could not run: {e}") };
            Check::new(topic, Status::Error, m)
        };
        let mode = self.key_mode().unwrap_or(KeyMode::Passphrase);
        checks.push(Check::new(
            Topic::Key,
            Status::Ok,
            match (mode, fr) {
                (KeyMode::Keyring, true) => "La clé du trousseau du système ouvre la base".into(),
                (KeyMode::Keyring, false) => "The OS keyring's key opens the database".into(),
                (KeyMode::Passphrase, true) => "La phrase de passe ouvre la base".into(),
                (KeyMode::Passphrase, false) => "The passphrase opens the database".into(),
            },
        ));

        let version: Option<String> = self.conn.query_row("PRAGMA cipher_version", [], |r| r.get(0)).ok();
        checks.push(match version {
            Some(v) => Check::new(
                Topic::Cipher,
                Status::Ok,
                if fr {
                    format!("Chiffrement SQLCipher {v}, AES-256")
                } else {
                    format!("SQLCipher {v} encryption, AES-256")
                },
            ),
            None => Check::new(
                Topic::Cipher,
                Status::Error,
                lang.pick("Le chiffrement SQLCipher est absent", "SQLCipher encryption is missing").into(),
            ),
        });

        // Every page's authentication code: catches tampering and bit rot.
        checks.push(match self.rows("PRAGMA cipher_integrity_check") {
            Err(e) => failed(Topic::Pages, &e),
            Ok(bad) if bad.is_empty() => Check::new(
                Topic::Pages,
                Status::Ok,
                lang.pick("Toutes les pages sont authentiques", "Every page is authentic").into(),
            ),
            Ok(bad) => Check::new(
                Topic::Pages,
                Status::Error,
                if fr {
                    format!("{} page(s) altérée(s) : restaurez une sauvegarde ({})", bad.len(), bad.join("; "))
                } else {
                    format!("{} damaged page(s): restore a backup ({})", bad.len(), bad.join("; "))
                },
            ),
        });

        let integrity = self.rows("PRAGMA integrity_check").unwrap_or_else(|e| vec![e.to_string()]);
        checks.push(if integrity == ["ok"] {
            Check::new(
                Topic::Integrity,
                Status::Ok,
                lang.pick("Structure de la base intègre", "Database structure is sound").into(),
            )
        } else {
            Check::new(
                Topic::Integrity,
                Status::Error,
                if fr {
                    format!("La structure de la base est endommagée : {}", integrity.join("; "))
                } else {
                    format!("The database structure is damaged: {}", integrity.join("; "))
                },
            )
        });

        let orphans = self.conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get::<_, u32>(0));
        checks.push(if let Err(e) = &orphans {
            failed(Topic::ForeignKeys, e)
        } else if orphans == Ok(0) {
            Check::new(
                Topic::ForeignKeys,
                Status::Ok,
                lang.pick("Aucune référence orpheline", "No dangling reference").into(),
            )
        } else {
            let n = orphans.unwrap_or_default();
            let m = if fr { format!("{n} référence(s) orpheline(s)") } else { format!("{n} dangling reference(s)") };
            Check::new(Topic::ForeignKeys, Status::Error, m)
        });

        let schema = crate::migrations::version(&self.conn).unwrap_or_default();
        checks.push(if schema == LATEST {
            Check::new(
                Topic::Schema,
                Status::Ok,
                if fr {
                    format!("Schéma à jour (version {schema})")
                } else {
                    format!("Schema up to date (version {schema})")
                },
            )
        } else if fr {
            Check::new(Topic::Schema, Status::Error, format!("Schéma en version {schema}, {LATEST} attendue"))
        } else {
            Check::new(Topic::Schema, Status::Error, format!("Schema at version {schema}, {LATEST} expected"))
        });

        if mode == KeyMode::Keyring && !self.has_recovery_passphrase().unwrap_or(false) {
            checks.push(Check::new(
                Topic::Recovery,
                Status::Warning,
                lang.pick(
                    "Pas de phrase de secours : si le trousseau est perdu, la base l'est aussi (parc passphrase)",
                    "No recovery passphrase: if the keyring is lost, so is the database (parc passphrase)",
                )
                .into(),
            ));
        }
        Ok(Report { checks })
    }

    /// The text rows of a checking pragma.
    fn rows(&self, pragma: &str) -> rusqlite::Result<Vec<String>> {
        let mut stmt = self.conn.prepare(pragma)?;
        stmt.query_map([], |r| r.get::<_, String>(0))?.collect()
    }
}
