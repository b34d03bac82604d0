//! Agent inventories onto assets: matching (serial, system UUID, name), the
//! hardware and software tables, and the history of what changed.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use parc_core::history::{self, Action, Change};
use parc_core::{Asset, AssetStatus};
use parc_import::values::fold;
use parc_import::{Fate, Inventory, Software};

use super::{InventoryImport, MatchedBy, Run, Scope};
use crate::Database;
use crate::error::{DbError, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
struct DiskRow {
    name: Option<String>,
    model: Option<String>,
    serial: Option<String>,
    size_mb: Option<i64>,
}

impl DiskRow {
    fn describe(&self) -> String {
        let mut parts: Vec<String> =
            [&self.name, &self.model, &self.serial].iter().filter_map(|p| (*p).clone()).collect();
        if let Some(mb) = self.size_mb {
            parts.push(format!("{} Go", (mb + 500) / 1000));
        }
        parts.join(" · ")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct NicRow {
    name: String,
    mac: Option<String>,
    ip: Option<String>,
    virtual_device: bool,
}

impl NicRow {
    fn describe(&self) -> String {
        let mut parts = vec![if self.name.is_empty() { "—".to_string() } else { self.name.clone() }];
        parts.extend(self.mac.clone());
        parts.extend(self.ip.clone());
        parts.join(" · ")
    }
}

/// The facts of `asset_hardware` and the lists of the other tables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Hardware {
    source: String,
    device_id: Option<String>,
    system_uuid: Option<String>,
    cpu: Option<String>,
    cpu_count: Option<i64>,
    cpu_cores: Option<i64>,
    cpu_threads: Option<i64>,
    memory_mib: Option<i64>,
    os_arch: Option<String>,
    last_user: Option<String>,
    inventoried_at: Option<String>,
    disks: Vec<DiskRow>,
    nics: Vec<NicRow>,
    software: Vec<Software>,
}

impl Hardware {
    /// The facts followed by the history, with their values as text.
    fn facts(&self) -> [(&'static str, Option<String>); 7] {
        let n = |v: Option<i64>| v.map(|v| v.to_string());
        [
            ("system_uuid", self.system_uuid.clone()),
            ("cpu", self.cpu.clone()),
            ("cpu_cores", n(self.cpu_cores)),
            ("cpu_threads", n(self.cpu_threads)),
            ("memory_mib", n(self.memory_mib)),
            ("os_arch", self.os_arch.clone()),
            ("last_user", self.last_user.clone()),
        ]
    }

    /// What this inventory says, the sections it did not send taken from `old`.
    fn from_inventory(inv: &Inventory, old: Option<&Hardware>) -> Hardware {
        let keep = old.cloned().unwrap_or_default();
        let to_i64 = |v: u64| i64::try_from(v).ok();
        let cpus = inv.cpus.as_deref();
        let sum = |f: fn(&parc_import::Cpu) -> Option<u32>| -> Option<i64> {
            let list = cpus?;
            let values: Vec<u32> = list.iter().filter_map(f).collect();
            (!values.is_empty()).then(|| values.iter().map(|v| i64::from(*v)).sum())
        };
        let mut software = match &inv.software {
            Some(s) => s.clone(),
            None => keep.software.clone(),
        };
        sort_software(&mut software);
        Hardware {
            source: inv.source.as_str().to_string(),
            device_id: inv.device_id.clone().or(keep.device_id),
            system_uuid: inv.system_uuid.clone().or(keep.system_uuid),
            cpu: match cpus {
                Some(_) => inv.cpu_summary(),
                None => keep.cpu,
            },
            cpu_count: match cpus {
                Some(list) => i64::try_from(list.len()).ok().filter(|n| *n > 0),
                None => keep.cpu_count,
            },
            cpu_cores: if cpus.is_some() { sum(|c| c.cores) } else { keep.cpu_cores },
            cpu_threads: if cpus.is_some() { sum(|c| c.threads) } else { keep.cpu_threads },
            memory_mib: inv.memory_mib.and_then(to_i64).or(keep.memory_mib),
            os_arch: inv.os_arch.clone().or(keep.os_arch),
            last_user: inv.last_user.clone().or(keep.last_user),
            inventoried_at: inv
                .inventoried_at
                .map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string())
                .or(keep.inventoried_at),
            disks: match &inv.disks {
                Some(list) => list
                    .iter()
                    .map(|d| DiskRow {
                        name: d.name.clone(),
                        model: d.model.clone(),
                        serial: d.serial.clone(),
                        size_mb: d.size_mb.and_then(to_i64),
                    })
                    .collect(),
                None => keep.disks,
            },
            nics: match &inv.interfaces {
                Some(list) => list
                    .iter()
                    .flat_map(|i| {
                        let ips: Vec<Option<String>> = if i.ipv4.is_empty() && i.ipv6.is_empty() {
                            vec![None]
                        } else {
                            i.ipv4.iter().chain(&i.ipv6).map(|ip| Some(ip.clone())).collect()
                        };
                        ips.into_iter().map(|ip| NicRow {
                            name: i.name.clone(),
                            mac: i.mac.clone(),
                            ip,
                            virtual_device: i.virtual_device,
                        })
                    })
                    .collect(),
                None => keep.nics,
            },
            software,
        }
    }
}

/// The order software is stored and compared in: by name without case, then the rest.
fn sort_software(list: &mut [Software]) {
    list.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then_with(|| a.cmp(b)));
}

fn describe_software(s: &Software) -> String {
    match &s.version {
        Some(v) => format!("{} {v}", s.name),
        None => s.name.clone(),
    }
}

fn describe_software_fully(s: &Software) -> String {
    let mut out = describe_software(s);
    let details: Vec<String> =
        [s.publisher.clone(), s.install_date.map(|d| d.to_string())].into_iter().flatten().collect();
    if !details.is_empty() {
        out.push_str(&format!(" ({})", details.join(", ")));
    }
    out
}

/// Elements of `old` not in `new` and of `new` not in `old`, counting repeats.
fn multiset_diff<'a, T: PartialEq>(old: &'a [T], new: &'a [T]) -> (Vec<&'a T>, Vec<&'a T>) {
    let mut unmatched_new: Vec<Option<&T>> = new.iter().map(Some).collect();
    let mut removed = Vec::new();
    for o in old {
        match unmatched_new.iter_mut().find(|n| n.is_some_and(|n| n == o)) {
            Some(slot) => *slot = None,
            None => removed.push(o),
        }
    }
    (removed, unmatched_new.into_iter().flatten().collect())
}

/// The software that changed: a new version of a package reads as one
/// change (old → new), not as a removal and an addition.
fn software_changes(old: &[Software], new: &[Software]) -> Vec<Change> {
    let mut by_name: HashMap<&str, (Vec<&Software>, Vec<&Software>)> = HashMap::new();
    let mut names: Vec<&str> = Vec::new();
    for s in old {
        let e = by_name.entry(&s.name).or_insert_with(|| {
            names.push(&s.name);
            (Vec::new(), Vec::new())
        });
        e.0.push(s);
    }
    for s in new {
        let e = by_name.entry(&s.name).or_insert_with(|| {
            names.push(&s.name);
            (Vec::new(), Vec::new())
        });
        e.1.push(s);
    }
    names.sort_by_key(|n| n.to_lowercase());
    let mut changes = Vec::new();
    for name in names {
        let Some((o, n)) = by_name.get(name) else { continue };
        let o: Vec<Software> = o.iter().map(|s| (*s).clone()).collect();
        let n: Vec<Software> = n.iter().map(|s| (*s).clone()).collect();
        let (removed, added) = multiset_diff(&o, &n);
        let pairs = removed.len().min(added.len());
        for (r, a) in removed.iter().zip(&added).take(pairs) {
            let (mut old_text, mut new_text) = (describe_software(r), describe_software(a));
            if old_text == new_text {
                (old_text, new_text) = (describe_software_fully(r), describe_software_fully(a));
            }
            changes.push(Change { field: "software".into(), old: Some(old_text), new: Some(new_text) });
        }
        for r in &removed[pairs..] {
            changes.push(Change { field: "software".into(), old: Some(describe_software(r)), new: None });
        }
        for a in &added[pairs..] {
            changes.push(Change { field: "software".into(), old: None, new: Some(describe_software(a)) });
        }
    }
    changes
}

fn list_changes<T: PartialEq>(field: &str, old: &[T], new: &[T], describe: fn(&T) -> String) -> Vec<Change> {
    let (removed, added) = multiset_diff(old, new);
    removed
        .into_iter()
        .map(|r| Change { field: field.into(), old: Some(describe(r)), new: None })
        .chain(added.into_iter().map(|a| Change { field: field.into(), old: None, new: Some(describe(a)) }))
        .collect()
}

/// How many disks or interface addresses a first inventory lists in the
/// history one by one; past that, their number.
const FIRST_LISTED: usize = 16;

/// The history of the hardware: every fact and list item that changed. The
/// first inventory of an asset records its facts, its disks and interfaces
/// (their number when there are many), and only the number of its software
/// (a thousand "added" lines say nothing).
fn hardware_changes(old: Option<&Hardware>, new: &Hardware) -> Vec<Change> {
    let empty = Hardware::default();
    let before = old.unwrap_or(&empty);
    let mut changes: Vec<Change> = before
        .facts()
        .into_iter()
        .zip(new.facts())
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| Change { field: field.into(), old: a, new: b })
        .collect();
    if old.is_none() {
        // A switch's 48 ports or a PC's thousand packages are counted, not listed.
        let count = |field: &str, n: usize| Change { field: field.into(), old: None, new: Some(n.to_string()) };
        if new.disks.len() <= FIRST_LISTED {
            changes.extend(list_changes("disk", &[], &new.disks, DiskRow::describe));
        } else {
            changes.push(count("disk_count", new.disks.len()));
        }
        if new.nics.len() <= FIRST_LISTED {
            changes.extend(list_changes("network", &[], &new.nics, NicRow::describe));
        } else {
            changes.push(count("network_count", new.nics.len()));
        }
        if !new.software.is_empty() {
            changes.push(count("software_count", new.software.len()));
        }
    } else {
        changes.extend(list_changes("disk", &before.disks, &new.disks, DiskRow::describe));
        changes.extend(list_changes("network", &before.nics, &new.nics, NicRow::describe));
        changes.extend(software_changes(&before.software, &new.software));
    }
    changes
}

impl Database {
    fn stored_hardware(&self, asset: Uuid) -> Result<Option<Hardware>> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT source, device_id, system_uuid, cpu, cpu_count, cpu_cores, cpu_threads, memory_mib, os_arch, \
                 last_user, inventoried_at FROM asset_hardware WHERE asset_id = ?1",
            )?
            .query_row([asset], |r| {
                Ok(Hardware {
                    source: r.get(0)?,
                    device_id: r.get(1)?,
                    system_uuid: r.get(2)?,
                    cpu: r.get(3)?,
                    cpu_count: r.get(4)?,
                    cpu_cores: r.get(5)?,
                    cpu_threads: r.get(6)?,
                    memory_mib: r.get(7)?,
                    os_arch: r.get(8)?,
                    last_user: r.get(9)?,
                    inventoried_at: r.get(10)?,
                    ..Hardware::default()
                })
            })
            .optional()?;
        let Some(mut hw) = row else { return Ok(None) };
        hw.disks = self
            .conn
            .prepare_cached(
                "SELECT name, model, serial, size_mb FROM asset_disks WHERE asset_id = ?1 ORDER BY position",
            )?
            .query_map([asset], |r| {
                Ok(DiskRow { name: r.get(0)?, model: r.get(1)?, serial: r.get(2)?, size_mb: r.get(3)? })
            })?
            .collect::<rusqlite::Result<_>>()?;
        hw.nics = self
            .conn
            .prepare_cached(
                "SELECT name, mac, ip, virtual FROM asset_nics WHERE asset_id = ?1 ORDER BY position, rowid",
            )?
            .query_map([asset], |r| {
                Ok(NicRow { name: r.get(0)?, mac: r.get(1)?, ip: r.get(2)?, virtual_device: r.get(3)? })
            })?
            .collect::<rusqlite::Result<_>>()?;
        hw.software = self.installed_software(asset)?;
        Ok(Some(hw))
    }

    /// The software installed on an asset, as its last inventory listed it.
    pub fn installed_software(&self, asset: Uuid) -> Result<Vec<Software>> {
        let mut list: Vec<Software> = self
            .conn
            .prepare_cached("SELECT name, version, publisher, install_date FROM asset_software WHERE asset_id = ?1")?
            .query_map([asset], |r| {
                Ok(Software {
                    name: r.get(0)?,
                    version: r.get(1)?,
                    publisher: r.get(2)?,
                    install_date: r.get::<_, Option<NaiveDate>>(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        sort_software(&mut list);
        Ok(list)
    }

    /// Writes the hardware tables that differ from `old`.
    fn write_hardware(&self, asset: Uuid, old: Option<&Hardware>, new: &Hardware) -> Result<()> {
        let facts_differ = old.is_none_or(|o| {
            (&o.source, &o.device_id, o.facts(), &o.inventoried_at, o.cpu_count)
                != (&new.source, &new.device_id, new.facts(), &new.inventoried_at, new.cpu_count)
        });
        if facts_differ {
            self.conn
                .prepare_cached(
                    "INSERT INTO asset_hardware (asset_id, source, device_id, system_uuid, cpu, cpu_count, cpu_cores, \
                     cpu_threads, memory_mib, os_arch, last_user, inventoried_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) \
                     ON CONFLICT (asset_id) DO UPDATE SET source = excluded.source, device_id = excluded.device_id, \
                     system_uuid = excluded.system_uuid, cpu = excluded.cpu, cpu_count = excluded.cpu_count, \
                     cpu_cores = excluded.cpu_cores, cpu_threads = excluded.cpu_threads, memory_mib = excluded.memory_mib, \
                     os_arch = excluded.os_arch, last_user = excluded.last_user, inventoried_at = excluded.inventoried_at",
                )?
                .execute(params![
                    asset,
                    new.source,
                    new.device_id,
                    new.system_uuid,
                    new.cpu,
                    new.cpu_count,
                    new.cpu_cores,
                    new.cpu_threads,
                    new.memory_mib,
                    new.os_arch,
                    new.last_user,
                    new.inventoried_at
                ])?;
        }
        if old.is_none_or(|o| o.disks != new.disks) {
            self.conn.prepare_cached("DELETE FROM asset_disks WHERE asset_id = ?1")?.execute([asset])?;
            let mut insert = self.conn.prepare_cached(
                "INSERT INTO asset_disks (asset_id, position, name, model, serial, size_mb) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for (i, d) in new.disks.iter().enumerate() {
                insert.execute(params![asset, i as i64, d.name, d.model, d.serial, d.size_mb])?;
            }
        }
        if old.is_none_or(|o| o.nics != new.nics) {
            self.conn.prepare_cached("DELETE FROM asset_nics WHERE asset_id = ?1")?.execute([asset])?;
            let mut insert = self.conn.prepare_cached(
                "INSERT INTO asset_nics (asset_id, position, name, mac, ip, virtual) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for (i, n) in new.nics.iter().enumerate() {
                insert.execute(params![asset, i as i64, n.name, n.mac, n.ip, n.virtual_device])?;
            }
        }
        if old.is_none_or(|o| o.software != new.software) {
            self.conn.prepare_cached("DELETE FROM asset_software WHERE asset_id = ?1")?.execute([asset])?;
            let mut insert = self.conn.prepare_cached(
                "INSERT INTO asset_software (asset_id, name, version, publisher, install_date) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for s in &new.software {
                insert.execute(params![asset, s.name, s.version, s.publisher, s.install_date])?;
            }
        }
        Ok(())
    }

    /// The asset an inventory describes: by serial, then system UUID, then name.
    fn match_inventory(&self, inv: &Inventory) -> Result<Option<(Uuid, MatchedBy)>> {
        if let Some(serial) = &inv.serial
            && let Some(id) = self.asset_by_serial(serial, inv.manufacturer.as_deref(), None)?
        {
            return Ok(Some((id, MatchedBy::Serial)));
        }
        if let Some(uuid) = &inv.system_uuid {
            let ids: Vec<Uuid> = self
                .conn
                .prepare_cached("SELECT asset_id FROM asset_hardware WHERE system_uuid = ?1")?
                .query_map([uuid], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            match ids.as_slice() {
                [id] => return Ok(Some((*id, MatchedBy::SystemUuid))),
                [] => {}
                many => {
                    return Err(DbError::Ambiguous { what: "asset", value: uuid.clone(), count: many.len() as u32 });
                }
            }
        }
        // A name is the weakest clue: an asset whose serial or UUID says it is
        // another machine is never taken for this one.
        let candidates: Vec<(Uuid, Option<String>, Option<String>)> = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.serial, h.system_uuid FROM assets a LEFT JOIN asset_hardware h ON h.asset_id = a.id \
                 WHERE a.name IN (?1, upper(?1), lower(?1))",
            )?
            .query_map([&inv.name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let same: Vec<Uuid> = candidates
            .into_iter()
            .filter(|(_, serial, uuid)| {
                let serial_clash = matches!((serial, &inv.serial), (Some(a), Some(b)) if !a.eq_ignore_ascii_case(b));
                let uuid_clash = matches!((uuid, &inv.system_uuid), (Some(a), Some(b)) if a != b);
                !serial_clash && !uuid_clash
            })
            .map(|(id, _, _)| id)
            .collect();
        match same.as_slice() {
            [] => Ok(None),
            [id] => Ok(Some((*id, MatchedBy::Name))),
            many => Err(DbError::Ambiguous { what: "asset", value: inv.name.clone(), count: many.len() as u32 }),
        }
    }

    /// An asset by serial number (any case); among several makers' assets
    /// with that serial, the one of `manufacturer`. `except`: not that asset.
    pub(super) fn asset_by_serial(
        &self,
        serial: &str,
        manufacturer: Option<&str>,
        except: Option<Uuid>,
    ) -> Result<Option<Uuid>> {
        let found: Vec<(Uuid, Option<String>)> = self
            .conn
            .prepare_cached("SELECT id, manufacturer FROM assets WHERE serial IN (?1, upper(?1), lower(?1))")?
            .query_map([serial.trim()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter(|(id, _)| Some(*id) != except)
            .collect();
        match found.as_slice() {
            [] => Ok(None),
            [(id, _)] => Ok(Some(*id)),
            many => {
                let maker = manufacturer.map(fold);
                let same: Vec<Uuid> =
                    many.iter().filter(|(_, m)| m.as_deref().map(fold) == maker).map(|(id, _)| *id).collect();
                match same.as_slice() {
                    [id] => Ok(Some(*id)),
                    _ => Err(DbError::Ambiguous { what: "asset", value: serial.to_string(), count: many.len() as u32 }),
                }
            }
        }
    }

    /// Creates or updates the asset an inventory describes, with its
    /// hardware and software, and writes what changed to its history, all in
    /// one transaction. The same inventory imported again changes nothing
    /// (the time of the agent's run is refreshed, without a history line).
    ///
    /// On an existing asset the agent is trusted for what it measures (name,
    /// serial, maker, model, system, firmware, address); the kind, status,
    /// place and person stay the user's. A new asset takes the next tag of the
    /// pattern and is deployed: a machine that reports itself is in use. The
    /// last logged-in user is recorded, not assigned: an administrator's
    /// session would otherwise give away the machine.
    pub fn import_inventory(&mut self, inv: &Inventory, now: DateTime<Utc>) -> Result<InventoryImport> {
        self.inventory(inv, Run::Apply, now)
    }

    /// What importing an inventory would do, kept nowhere.
    pub fn plan_inventory(&mut self, inv: &Inventory, now: DateTime<Utc>) -> Result<InventoryImport> {
        self.inventory(inv, Run::DryRun, now)
    }

    fn inventory(&mut self, inv: &Inventory, run: Run, now: DateTime<Utc>) -> Result<InventoryImport> {
        let tx = Scope::begin(&self.conn)?;
        let matched = self.match_inventory(inv)?;
        let old_asset = match matched {
            Some((id, _)) => Some(self.asset(id)?),
            None => None,
        };
        let mut asset = match &old_asset {
            Some(a) => a.clone(),
            None => {
                let mut a = Asset::new(&self.next_asset_tag()?, &inv.name, &inv.kind, now);
                a.status = AssetStatus::Deployed;
                a
            }
        };
        let set = |slot: &mut Option<String>, v: &Option<String>| {
            if v.is_some() {
                slot.clone_from(v);
            }
        };
        if !inv.name.trim().is_empty() {
            asset.name = inv.name.trim().to_string();
        }
        set(&mut asset.serial, &inv.serial);
        set(&mut asset.manufacturer, &inv.manufacturer);
        set(&mut asset.model, &inv.model);
        set(&mut asset.os_name, &inv.os_name);
        set(&mut asset.os_version, &inv.os_version);
        set(&mut asset.firmware_version, &inv.firmware);
        if let Some(main) = inv.primary_interface() {
            set(&mut asset.ip_address, &main.ipv4.first().or(main.ipv6.first()).cloned());
            set(&mut asset.mac_address, &main.mac);
        }
        asset.validate()?;
        let old_hw = match &old_asset {
            Some(a) => self.stored_hardware(a.id)?,
            None => None,
        };
        let new_hw = Hardware::from_inventory(inv, old_hw.as_ref());
        let hw_changes = hardware_changes(old_hw.as_ref(), &new_hw);
        let fate = match &old_asset {
            None => {
                crate::assets::insert(&self.conn, &asset)?;
                let mut changes = history::created(&asset);
                changes.extend(hw_changes);
                crate::history::record(&self.conn, "asset", asset.id, &self.actor, now, Action::Created, &changes)?;
                Fate::Created
            }
            Some(old) => {
                let asset_changes = history::diff(old, &asset);
                let mut changes = asset_changes.clone();
                changes.extend(hw_changes);
                if changes.is_empty() {
                    Fate::Unchanged
                } else {
                    crate::assets::write(&self.conn, &asset, &asset_changes, now)?;
                    crate::history::record(&self.conn, "asset", asset.id, &self.actor, now, Action::Updated, &changes)?;
                    Fate::Updated { changes }
                }
            }
        };
        self.write_hardware(asset.id, old_hw.as_ref(), &new_hw)?;
        match run {
            Run::Apply => tx.commit()?,
            Run::DryRun => tx.end_dry_run()?,
        }
        Ok(InventoryImport { fate, asset_id: asset.id, tag: asset.tag, matched_by: matched.map(|(_, m)| m) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn soft(name: &str, version: &str) -> Software {
        Software { name: name.into(), version: Some(version.into()), publisher: None, install_date: None }
    }

    #[test]
    fn a_new_version_reads_as_one_change_and_repeats_are_counted() {
        let old = [soft("gitg", "3.32"), soft("kernel", "5.1"), soft("kernel", "5.2"), soft("tar", "1.32")];
        let new = [soft("gitg", "3.33"), soft("kernel", "5.2"), soft("kernel", "5.3"), soft("vim", "9.0")];
        let changes = software_changes(&old, &new);
        let text: Vec<(Option<&str>, Option<&str>)> =
            changes.iter().map(|c| (c.old.as_deref(), c.new.as_deref())).collect();
        assert_eq!(
            text,
            [
                (Some("gitg 3.32"), Some("gitg 3.33")),
                (Some("kernel 5.1"), Some("kernel 5.3")),
                (Some("tar 1.32"), None),
                (None, Some("vim 9.0")),
            ]
        );
        assert!(software_changes(&new, &new).is_empty());
    }
}
