//! How a database is reached: with the key in the OS keyring when there is one,
//! with a passphrase otherwise, and never without encryption.
//!
//! The CLI and the desktop shell both go through here, so they behave alike.

use std::path::Path;

use parc_core::ipc::{KeyMode, PassphraseReason};

use crate::error::{DbError, Result};
use crate::key::{DataKey, Salt, check_passphrase_strength};
use crate::keyring::Keyring;
use crate::{Database, database};

/// What it takes to open a database file.
#[derive(Debug)]
pub enum Access {
    /// Opened with the key from the keyring.
    Open(Database),
    /// The file exists; its passphrase must be typed.
    NeedsPassphrase(PassphraseReason),
    /// No file yet and no keyring: a new passphrase must be chosen.
    NeedsNewPassphrase,
}

/// Tries to open `path` without asking the user anything.
pub fn access(path: &Path, keyring: &Keyring) -> Result<Access> {
    if !path.exists() {
        return Ok(if keyring.is_available() {
            Access::Open(create_with_keyring(path, keyring)?)
        } else {
            Access::NeedsNewPassphrase
        });
    }
    let salt = database::read_salt(path)?;
    if !keyring.is_available() {
        return Ok(Access::NeedsPassphrase(PassphraseReason::NoKeyring));
    }
    let Some(key) = keyring.get(&salt)? else {
        return Ok(Access::NeedsPassphrase(PassphraseReason::NotInKeyring));
    };
    match Database::open(path, &key) {
        Ok(db) => Ok(Access::Open(db)),
        Err(DbError::WrongKey(_)) => Ok(Access::NeedsPassphrase(PassphraseReason::KeyringKeyRejected)),
        Err(e) => Err(e),
    }
}

/// Creates a database whose random key lives in the keyring.
pub fn create_with_keyring(path: &Path, keyring: &Keyring) -> Result<Database> {
    if !keyring.is_available() {
        return Err(DbError::PassphraseRequired);
    }
    if path.exists() {
        return Err(DbError::AlreadyExists(path.to_path_buf()));
    }
    let salt = Salt::random()?;
    let key = DataKey::random()?;
    // The key is filed before the database exists: a database whose key was
    // never stored would be lost at once.
    keyring.set(&salt, &key)?;
    Database::create(path, &key, &salt, KeyMode::Keyring).inspect_err(|_| {
        let _ = keyring.delete(&salt);
    })
}

/// Creates a database protected by a passphrase.
pub fn create_with_passphrase(path: &Path, passphrase: &str) -> Result<Database> {
    check_passphrase_strength(passphrase)?;
    let salt = Salt::random()?;
    let key = DataKey::from_passphrase(passphrase, &salt)?;
    Database::create(path, &key, &salt, KeyMode::Passphrase)
}

/// Opens a database with its passphrase (or a keyring database with its
/// recovery passphrase); `remember` files the key in the keyring so that this
/// computer opens it directly next time.
pub fn unlock_with_passphrase(path: &Path, passphrase: &str, keyring: &Keyring, remember: bool) -> Result<Database> {
    let salt = database::read_salt(path)?;
    let key = DataKey::from_passphrase(passphrase, &salt)?;
    let db = Database::open(path, &key)?;
    let keyring_mode = db.key_mode()? == KeyMode::Keyring;
    if keyring.is_available() && (remember || keyring_mode) {
        // A keyring database opened by its recovery passphrase gets its key
        // back into this computer's keyring.
        keyring.set(&salt, &key)?;
    }
    Ok(db)
}

impl Database {
    /// Sets the passphrase that opens this database: the recovery passphrase
    /// of a keyring database, or a new passphrase for a passphrase database.
    ///
    /// The database is re-encrypted under the key derived from it; the keyring
    /// is updated after, so a crash in between leaves a database that the new
    /// passphrase opens.
    pub fn set_passphrase(&mut self, passphrase: &str, keyring: &Keyring) -> Result<()> {
        check_passphrase_strength(passphrase)?;
        let salt = *self.salt();
        let key = DataKey::from_passphrase(passphrase, &salt)?;
        self.rekey(&key)?;
        if self.key_mode()? == KeyMode::Keyring {
            crate::meta::set(&self.conn, "recovery_passphrase", "1")?;
        }
        if keyring.is_available() && (self.key_mode()? == KeyMode::Keyring || keyring.get(&salt)?.is_some()) {
            keyring.set(&salt, &key)?;
        }
        Ok(())
    }
}
