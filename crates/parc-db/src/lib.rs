//! Parc's encrypted store: SQLCipher through rusqlite, the keys that open it,
//! its migrations and the history of every record.
//!
//! This is the only crate with SQL. Callers reach a database through
//! [`access`] (keyring or passphrase, never plaintext) and then use the
//! methods of [`Database`], grouped by domain in the modules below.

pub mod access;
pub mod assets;
pub mod audits;
pub mod changes;
pub mod dashboard;
mod database;
pub mod demo;
pub mod doctor;
pub mod error;
mod export;
pub mod helpdesk;
mod history;
pub mod imports;
pub mod key;
pub mod keyring;
mod kinds;
pub mod locations;
mod lookup;
mod meta;
mod migrations;
pub mod paths;
pub mod people;
mod search;
mod sql;
pub mod suppliers;
pub mod tickets;

pub use access::{Access, access, create_with_keyring, create_with_passphrase, unlock_with_passphrase};
pub use database::{APPLICATION_ID, Database, read_salt};
pub use error::{DbError, Result};
pub use keyring::Keyring;
pub use migrations::LATEST as SCHEMA_VERSION;
