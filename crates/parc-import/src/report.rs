//! What an import did or would do, as the window and the CLI show it: a
//! summary (created, updated, unchanged, rejected), each line's fate with its
//! errors, progress while it runs, and the Active Directory reconciliation.
//!
//! These are plain data so that the storage layer fills them and any front
//! end renders them; they cross to the UI as camelCase JSON.

use chrono::NaiveDate;
use parc_core::Change;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::RowError;

/// How far an import has gone. A callback receives it and answers whether to
/// go on (`false` cancels: everything is rolled back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Records handled so far.
    pub done: u64,
    /// How many there are, when known (a table counted beforehand).
    pub total: Option<u64>,
}

/// The counts an import ends with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: u64,
}

impl ImportSummary {
    pub fn add(&mut self, fate: &Fate) {
        match fate {
            Fate::Created => self.created += 1,
            Fate::Updated { .. } => self.updated += 1,
            Fate::Unchanged => self.unchanged += 1,
            Fate::Rejected => self.rejected += 1,
        }
    }

    pub fn total(&self) -> u64 {
        self.created + self.updated + self.unchanged + self.rejected
    }
}

/// What happens to one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fate {
    Created,
    /// The fields that change, old and new values.
    Updated {
        changes: Vec<Change>,
    },
    Unchanged,
    /// Refused; the reasons are in [`RowFate::errors`].
    Rejected,
}

/// One line of a table and its fate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RowFate {
    pub line: u64,
    /// The record it creates or updates (an asset tag, a person's account...).
    pub key: Option<String>,
    pub fate: Fate,
    pub errors: Vec<RowError>,
}

/// A computer of the directory, as the reconciliation lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryComputer {
    pub name: String,
    pub dns_name: Option<String>,
    pub last_logon: Option<NaiveDate>,
    pub os: Option<String>,
}

/// An asset of the inventory, as the reconciliation lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InventoryComputer {
    pub id: Uuid,
    pub tag: String,
    pub name: String,
}

/// A disabled account and what it still holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Holder {
    pub person_id: Uuid,
    pub name: String,
    pub account: Option<String>,
    /// The tags of the assets assigned to the person.
    pub assets: Vec<String>,
}

/// The directory set against the inventory, as a fleet manager checks it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Reconciliation {
    /// People with a directory account that is enabled.
    pub active_accounts: u64,
    /// Enabled computers of the directory that no asset of the inventory names.
    pub computers_missing_from_inventory: Vec<DirectoryComputer>,
    /// Computers of the inventory (desktops, laptops, servers in use) that the directory does not know.
    pub inventory_computers_unknown_to_ad: Vec<InventoryComputer>,
    /// Disabled accounts to which equipment is still assigned.
    pub disabled_accounts_holding_equipment: Vec<Holder>,
}

/// The label of a field an import writes to the history: the asset's own
/// fields as the forms name them, and the hardware facts the agents report.
pub fn field_label(field: &str, lang: parc_core::Lang) -> &str {
    let (fr, en) = match field {
        "system_uuid" => ("UUID système", "System UUID"),
        "cpu" => ("Processeur", "Processor"),
        "cpu_cores" => ("Cœurs", "Cores"),
        "cpu_threads" => ("Threads", "Threads"),
        "memory_mib" => ("Mémoire (Mio)", "Memory (MiB)"),
        "os_arch" => ("Architecture", "Architecture"),
        "last_user" => ("Dernier utilisateur", "Last user"),
        "disk" => ("Disque", "Disk"),
        "network" => ("Interface réseau", "Network interface"),
        "software" => ("Logiciel", "Software"),
        "software_count" => ("Logiciels installés", "Installed software"),
        "disk_count" => ("Disques", "Disks"),
        "network_count" => ("Adresses réseau", "Network addresses"),
        other => return parc_core::asset::field_label(other, lang),
    };
    lang.pick(fr, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_gets_camel_case_typescript_twins() {
        // As the shell generates `ui/src/bindings.ts`: 64-bit integers as numbers.
        let cfg = ts_rs::Config::new().with_large_int("number");
        let fate = RowFate::decl(&cfg);
        assert!(fate.contains("line: number"), "{fate}");
        let rec = Reconciliation::decl(&cfg);
        assert!(rec.contains("computersMissingFromInventory"), "{rec}");
        let row = crate::AssetRow::decl(&cfg);
        assert!(row.contains("purchaseCost"), "{row}");
        assert!(!row.contains("columns"), "skipped for serde, skipped for TypeScript: {row}");
        let mapping = crate::Mapping::decl(&cfg);
        assert!(mapping.contains("columns: Array<ColumnMapping>"), "{mapping}");
    }
}
