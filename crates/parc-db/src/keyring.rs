//! The OS keyring, where the key of a keyring-protected database lives.
//!
//! The store is chosen explicitly per platform (Windows Credential Manager,
//! macOS Keychain, Secret Service on Linux) and injected, so tests run against
//! `keyring_core::mock::Store` and never touch a developer's real keyring.
//! There is no silent fallback: with no reachable keyring, callers must ask for
//! a passphrase.

use std::sync::Arc;

use keyring_core::{CredentialStore, Error as KeyringError};

use crate::error::{DbError, Result};
use crate::key::{DataKey, Salt};

/// The service name under which Parc's keys are filed.
pub const SERVICE: &str = "Parc";

/// A handle on a keyring, or on none.
#[derive(Clone)]
pub struct Keyring {
    store: Option<Arc<CredentialStore>>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.store {
            Some(s) => write!(f, "Keyring({})", s.vendor()),
            None => f.write_str("Keyring(none)"),
        }
    }
}

impl Keyring {
    /// The keyring of this operating system, if one answers.
    ///
    /// `PARC_KEYRING=off` disables it (for tests and for users who want
    /// passphrase-only databases).
    pub fn os() -> Keyring {
        if std::env::var("PARC_KEYRING").is_ok_and(|v| v.eq_ignore_ascii_case("off")) {
            return Keyring::none();
        }
        let keyring = Keyring { store: platform_store() };
        if keyring.probe() { keyring } else { Keyring::none() }
    }

    /// No keyring: every database needs a passphrase.
    pub fn none() -> Keyring {
        Keyring { store: None }
    }

    /// A given store (tests use `keyring_core::mock::Store`).
    pub fn with_store(store: Arc<CredentialStore>) -> Keyring {
        Keyring { store: Some(store) }
    }

    pub fn is_available(&self) -> bool {
        self.store.is_some()
    }

    /// Whether the store really answers: a missing entry is an answer, a
    /// platform failure (no session bus, no Secret Service daemon) is not.
    fn probe(&self) -> bool {
        let Some(store) = &self.store else { return false };
        match store.build(SERVICE, "probe", None).and_then(|e| e.get_secret()) {
            Ok(_) | Err(KeyringError::NoEntry) => true,
            Err(_) => false,
        }
    }

    fn entry(&self, salt: &Salt) -> Result<Option<keyring_core::Entry>> {
        let Some(store) = &self.store else { return Ok(None) };
        store.build(SERVICE, &account(salt), None).map(Some).map_err(|e| DbError::Keyring(e.to_string()))
    }

    /// The key filed for the database with this salt, if any.
    pub fn get(&self, salt: &Salt) -> Result<Option<DataKey>> {
        let Some(entry) = self.entry(salt)? else { return Ok(None) };
        match entry.get_password() {
            Ok(hex) => Ok(DataKey::from_hex(&zeroize::Zeroizing::new(hex))),
            Err(KeyringError::NoEntry) => Ok(None),
            Err(e) => Err(DbError::Keyring(e.to_string())),
        }
    }

    pub fn set(&self, salt: &Salt, key: &DataKey) -> Result<()> {
        let Some(entry) = self.entry(salt)? else { return Err(DbError::PassphraseRequired) };
        entry.set_password(&key.to_hex()).map_err(|e| DbError::Keyring(e.to_string()))
    }

    pub fn delete(&self, salt: &Salt) -> Result<()> {
        let Some(entry) = self.entry(salt)? else { return Ok(()) };
        match entry.delete_credential() {
            Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
            Err(e) => Err(DbError::Keyring(e.to_string())),
        }
    }
}

/// One entry per database, named after its salt: it stays right when the file
/// is moved or renamed, and the salt is not a secret.
fn account(salt: &Salt) -> String {
    format!("database-{}", salt.hex())
}

#[cfg(target_os = "linux")]
fn platform_store() -> Option<Arc<CredentialStore>> {
    zbus_secret_service_keyring_store::Store::new().ok().map(|s| s as Arc<CredentialStore>)
}

#[cfg(target_os = "windows")]
fn platform_store() -> Option<Arc<CredentialStore>> {
    windows_native_keyring_store::Store::new().ok().map(|s| s as Arc<CredentialStore>)
}

#[cfg(target_os = "macos")]
fn platform_store() -> Option<Arc<CredentialStore>> {
    apple_native_keyring_store::keychain::Store::new().ok().map(|s| s as Arc<CredentialStore>)
}

#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
fn platform_store() -> Option<Arc<CredentialStore>> {
    None
}

#[cfg(test)]
pub(crate) fn mock() -> Keyring {
    Keyring::with_store(keyring_core::mock::Store::new().expect("mock store"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_filed_per_database_and_can_be_removed() {
        let k = mock();
        let (a, b) = (Salt([1; 16]), Salt([2; 16]));
        assert_eq!(k.get(&a).expect("get"), None);
        let key = DataKey::random().expect("key");
        k.set(&a, &key).expect("set");
        assert_eq!(k.get(&a).expect("get"), Some(key));
        assert_eq!(k.get(&b).expect("get"), None);
        k.delete(&a).expect("delete");
        assert_eq!(k.get(&a).expect("get"), None);
    }

    #[test]
    fn no_keyring_means_a_passphrase_is_required() {
        let k = Keyring::none();
        assert!(!k.is_available());
        assert_eq!(k.get(&Salt([1; 16])).expect("get"), None);
        let err = k.set(&Salt([1; 16]), &DataKey::random().expect("key")).expect_err("no store");
        assert!(matches!(err, DbError::PassphraseRequired));
    }
}
