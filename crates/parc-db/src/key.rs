//! Database keys: where they come from and how SQLCipher is given them.
//!
//! Every Parc database is encrypted with a 256-bit key given to SQLCipher as
//! raw bytes together with the file's 16-byte salt (`x'<key><salt>'`), so
//! SQLCipher runs no key derivation of its own. The key is either random and
//! kept in the OS keyring, or derived from a passphrase with Argon2id over the
//! file's salt. The salt sits in clear at the start of the file, so a
//! passphrase opens the database anywhere with nothing beside it: no sidecar
//! file to lose.

use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::error::{DbError, MIN_PASSPHRASE_CHARS, Result};

/// The 16 bytes SQLCipher keeps in clear at the start of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Salt(pub [u8; 16]);

impl Salt {
    pub fn random() -> Result<Salt> {
        let mut s = [0u8; 16];
        fill_random(&mut s)?;
        Ok(Salt(s))
    }

    pub fn hex(&self) -> String {
        hex(&self.0)
    }
}

/// A 256-bit database key, wiped from memory when dropped.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; 32]);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(<secret>)")
    }
}

/// Argon2id cost: 64 MiB, 3 passes, 1 lane (RFC 9106's second recommendation).
/// Part of the file format: changing it makes existing passphrases fail.
const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
const ARGON2_PASSES: u32 = 3;

impl DataKey {
    pub fn random() -> Result<DataKey> {
        let mut k = [0u8; 32];
        fill_random(&mut k)?;
        Ok(DataKey(k))
    }

    /// Derives the key of a passphrase-protected database.
    pub fn from_passphrase(passphrase: &str, salt: &Salt) -> Result<DataKey> {
        let params = argon2::Params::new(ARGON2_MEMORY_KIB, ARGON2_PASSES, 1, Some(32))
            .map_err(|e| DbError::Keyring(format!("argon2 parameters: {e}")))?;
        let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut k = [0u8; 32];
        argon
            .hash_password_into(passphrase.as_bytes(), &salt.0, &mut k)
            .map_err(|e| DbError::Keyring(format!("argon2: {e}")))?;
        Ok(DataKey(k))
    }

    /// Reads a key kept as 64 hexadecimal digits (as the keyring stores it).
    pub fn from_hex(s: &str) -> Option<DataKey> {
        let s = s.trim();
        if s.len() != 64 {
            return None;
        }
        let mut k = [0u8; 32];
        for (i, slot) in k.iter_mut().enumerate() {
            *slot = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(DataKey(k))
    }

    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex(&self.0))
    }

    /// The value of `PRAGMA key` / `PRAGMA rekey`: raw key and salt, so that
    /// SQLCipher neither derives nor picks a salt of its own.
    pub(crate) fn pragma_value(&self, salt: &Salt) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}{}'", hex(&self.0), salt.hex()))
    }
}

/// Refuses passphrases too short to protect data offline.
pub fn check_passphrase_strength(passphrase: &str) -> Result<()> {
    let n = passphrase.chars().count();
    if n < MIN_PASSPHRASE_CHARS {
        return Err(DbError::WeakPassphrase(n));
    }
    Ok(())
}

fn fill_random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| DbError::Keyring(format!("no system randomness: {e}")))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_gives_the_same_key_for_the_same_salt_only() {
        let salt = Salt([7; 16]);
        let a = DataKey::from_passphrase("correct horse battery", &salt).expect("derive");
        let b = DataKey::from_passphrase("correct horse battery", &salt).expect("derive");
        let c = DataKey::from_passphrase("correct horse battery", &Salt([8; 16])).expect("derive");
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn keys_round_trip_through_hex_and_never_print() {
        let k = DataKey::random().expect("random");
        assert_eq!(DataKey::from_hex(&k.to_hex()), Some(k.clone()));
        assert_eq!(DataKey::from_hex("zz"), None);
        assert_eq!(format!("{k:?}"), "DataKey(<secret>)");
    }

    #[test]
    fn short_passphrases_are_refused() {
        assert!(matches!(check_passphrase_strength("court"), Err(DbError::WeakPassphrase(5))));
        assert!(check_passphrase_strength("une phrase assez longue").is_ok());
    }
}
