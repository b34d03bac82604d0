//! Getting at the database from a terminal: the keyring when it holds the key,
//! else `PARC_PASSPHRASE`, else a prompt when a person is at the terminal.
//! Never plaintext: with none of these, the command stops with a key error.

use std::io::IsTerminal;
use std::path::Path;

use parc_core::Lang;
use parc_db::{Access, Database, DbError, Keyring};
use zeroize::Zeroizing;

use crate::CliError;

/// Opens an existing database.
pub fn open(path: &Path, keyring: &Keyring, lang: Lang) -> Result<Database, CliError> {
    if !path.exists() {
        return Err(CliError::Db(DbError::NotFound(path.to_path_buf())));
    }
    match parc_db::access(path, keyring)? {
        Access::Open(db) => Ok(db),
        Access::NeedsPassphrase(_) | Access::NeedsNewPassphrase => {
            let pass =
                passphrase("PARC_PASSPHRASE", lang.pick("Phrase de passe de la base : ", "Database passphrase: "))?;
            Ok(parc_db::unlock_with_passphrase(path, &pass, keyring, false)?)
        }
    }
}

/// Creates a new database: keyring when there is one (unless
/// `passphrase_only` or `PARC_PASSPHRASE` says otherwise), passphrase otherwise.
pub fn init(path: &Path, keyring: &Keyring, passphrase_only: bool, lang: Lang) -> Result<Database, CliError> {
    if path.exists() {
        return Err(CliError::Db(DbError::AlreadyExists(path.to_path_buf())));
    }
    let env_pass = std::env::var("PARC_PASSPHRASE").ok().filter(|p| !p.is_empty());
    if keyring.is_available() && !passphrase_only && env_pass.is_none() {
        return Ok(parc_db::create_with_keyring(path, keyring)?);
    }
    let pass = match env_pass {
        Some(p) => Zeroizing::new(p),
        None => new_passphrase("PARC_PASSPHRASE", lang)?,
    };
    Ok(parc_db::create_with_passphrase(path, &pass)?)
}

/// A new passphrase: from `var`, or typed twice at the terminal.
pub fn new_passphrase(var: &str, lang: Lang) -> Result<Zeroizing<String>, CliError> {
    if let Some(p) = std::env::var(var).ok().filter(|p| !p.is_empty()) {
        parc_db::key::check_passphrase_strength(&p)?;
        return Ok(Zeroizing::new(p));
    }
    let first = passphrase(
        var,
        lang.pick("Nouvelle phrase de passe (10 caractères au moins) : ", "New passphrase (at least 10 characters): "),
    )?;
    parc_db::key::check_passphrase_strength(&first)?;
    let again = passphrase(var, lang.pick("Confirmez la phrase de passe : ", "Confirm the passphrase: "))?;
    if first != again {
        return Err(CliError::Usage(
            lang.pick("Les deux phrases de passe diffèrent", "The two passphrases differ").into(),
        ));
    }
    Ok(first)
}

fn passphrase(var: &str, prompt: &str) -> Result<Zeroizing<String>, CliError> {
    if let Some(p) = std::env::var(var).ok().filter(|p| !p.is_empty()) {
        return Ok(Zeroizing::new(p));
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Db(DbError::PassphraseRequired));
    }
    Ok(Zeroizing::new(rpassword::prompt_password(prompt)?))
}
