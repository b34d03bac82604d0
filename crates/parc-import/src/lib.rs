//! Reading the files a fleet comes from: inventories made by agents (GLPI
//! agent JSON, FusionInventory or OCS XML), asset spreadsheets (Snipe-IT and
//! GLPI exports, French or English CSV files as people make them in Excel),
//! and Active Directory exports (`Get-ADUser` / `Get-ADComputer | Export-Csv`).
//!
//! This crate only parses: it turns bytes into Parc's records ([`Inventory`],
//! [`AssetRow`], [`AdUser`], [`AdComputer`]) or into errors a person can act
//! on. It holds no SQL and knows no window: `parc-db` writes what it reads,
//! in one transaction, and the CLI and the desktop shell drive both.
//!
//! Files from outside are treated as hostile. Every reader streams (a table
//! is read row by row, never loaded whole), every format has a size limit
//! ([`Limits`]), XML entity declarations and unknown entity references are
//! refused (no external entity, no expansion bomb), and a binary file renamed
//! `.csv` is recognised as such rather than parsed as garbage.
//!
//! One reader has no file: [`this_computer()`] inventories the machine Parc
//! runs on (for a fleet manager on site), into the same [`Inventory`].

mod dates;
mod detect;
pub mod directory;
mod error;
mod fusion;
mod glpi;
pub mod inventory;
pub mod licences;
pub mod mapping;
mod report;
pub mod table;
mod text;
pub mod this_computer;
pub mod values;
pub mod wizard;

use std::io::Read;
use std::path::Path;

pub use dates::DateOrder;
pub use detect::{Format, detect, detect_file};
pub use directory::{AdComputer, AdUser, LocationRecord};
pub use error::{ImportError, RowError, RowProblem};
pub use inventory::{Cpu, Disk, Inventory, ItemType, NetworkInterface, Software, Source};
pub use licences::LicenceRecord;
pub use mapping::{AssetField, AssetRow, AssetsCsv, ColumnMapping, Mapping, PersonRef};
pub use report::{
    DirectoryComputer, Fate, Holder, ImportSummary, InventoryComputer, Progress, Reconciliation, RowFate, field_label,
};
pub use text::TextEncoding;
pub use this_computer::{parse_windows, this_computer};

/// How much a file may weigh before it is refused, by kind of format.
///
/// Tables are streamed, so their limit is about how long an import may take;
/// a JSON or XML inventory describes one machine, so a large one is suspect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// CSV files (assets, Active Directory exports), in bytes.
    pub table_bytes: u64,
    /// JSON and XML inventories, in bytes.
    pub document_bytes: u64,
    /// How deep XML elements may nest.
    pub xml_depth: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { table_bytes: 200_000_000, document_bytes: 50_000_000, xml_depth: 64 }
    }
}

impl Limits {
    /// The limit that applies to a format.
    pub fn for_format(&self, format: Format) -> u64 {
        match format {
            Format::GlpiJson | Format::FusionXml => self.document_bytes,
            _ => self.table_bytes,
        }
    }
}

/// Refuses a file above `limit` before reading it.
pub(crate) fn check_size(path: &Path, limit: u64) -> Result<u64, ImportError> {
    let size = std::fs::metadata(path).map_err(ImportError::io(path))?.len();
    if size > limit {
        return Err(ImportError::TooLarge { size, limit });
    }
    Ok(size)
}

/// Stops reading past the limit, so that a stream without a known size
/// (a pipe, a network share) cannot grow without end.
pub(crate) struct LimitedReader<R> {
    inner: R,
    left: u64,
    /// Set once a byte past the limit was seen.
    pub(crate) exceeded: bool,
}

impl<R> LimitedReader<R> {
    pub(crate) fn new(inner: R, limit: u64) -> LimitedReader<R> {
        LimitedReader { inner, left: limit, exceeded: false }
    }
}

impl<R: Read> Read for LimitedReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            // One byte more tells a file of exactly the limit from a larger one.
            let mut probe = [0u8; 1];
            if self.inner.read(&mut probe)? > 0 {
                self.exceeded = true;
                return Err(std::io::Error::other("size limit"));
            }
            return Ok(0);
        }
        let max = buf.len().min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..max])?;
        self.left -= n as u64;
        Ok(n)
    }
}

/// Reads an inventory (GLPI agent JSON or FusionInventory/OCS XML), whichever
/// the file holds.
pub fn read_inventory(path: &Path, limits: &Limits) -> Result<Inventory, ImportError> {
    match detect_file(path)? {
        Format::GlpiJson => glpi::read_file(path, limits),
        Format::FusionXml => fusion::read_file(path, limits),
        _ => Err(ImportError::NotAnInventory("a table, not an inventory")),
    }
}

/// Reads a GLPI agent inventory from any reader (at most `limits.document_bytes`).
pub fn parse_glpi_json(reader: impl std::io::Read, limits: &Limits) -> Result<Inventory, ImportError> {
    glpi::parse(reader, limits)
}

/// Reads a FusionInventory or OCS inventory from any reader (at most `limits.document_bytes`).
pub fn parse_fusion_xml(reader: impl std::io::Read, limits: &Limits) -> Result<Inventory, ImportError> {
    fusion::parse(reader, limits)
}
