//! One machine as an inventory agent saw it, whichever agent and format:
//! the GLPI agent's JSON and FusionInventory/OCS XML both end up here.
//!
//! Sections an inventory did not carry are `None`, not empty: a partial
//! inventory (only the software changed) or an agent run with a category
//! switched off must not read as "every disk was removed".

use chrono::{NaiveDate, NaiveDateTime};
use parc_core::Lang;
use serde::Serialize;
use ts_rs::TS;

use crate::values;

/// Which agent format an inventory came from, or Parc itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    GlpiJson,
    FusionXml,
    /// Parc inventoried the computer it runs on ([`crate::this_computer()`]).
    ThisComputer,
}

impl Source {
    /// The code stored with an asset's hardware (`asset_hardware.source`).
    pub fn as_str(self) -> &'static str {
        match self {
            Source::GlpiJson => "glpi_json",
            Source::FusionXml => "fusion_xml",
            Source::ThisComputer => "this_computer",
        }
    }

    /// What a person reads for it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Source::GlpiJson => lang.pick("inventaire d'agent GLPI (JSON)", "GLPI agent inventory (JSON)"),
            Source::FusionXml => lang.pick("inventaire FusionInventory (XML)", "FusionInventory inventory (XML)"),
            Source::ThisComputer => lang.pick("inventaire de ce poste", "inventory of this computer"),
        }
    }
}

/// The inventory's own item type (GLPI's `itemtype`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ItemType {
    Computer,
    NetworkEquipment,
    Printer,
    Phone,
    Unmanaged,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Cpu {
    pub name: Option<String>,
    pub manufacturer: Option<String>,
    pub cores: Option<u32>,
    pub threads: Option<u32>,
    pub speed_mhz: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Disk {
    pub name: Option<String>,
    pub model: Option<String>,
    pub serial: Option<String>,
    /// As agents report it: millions of bytes for GLPI and FusionInventory (`disksize`).
    pub size_mb: Option<u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NetworkInterface {
    pub name: String,
    /// `AA:BB:CC:DD:EE:FF`.
    pub mac: Option<String>,
    pub ipv4: Vec<String>,
    pub ipv6: Vec<String>,
    /// Bridges, tunnels and other interfaces with no cable behind them.
    pub virtual_device: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Software {
    pub name: String,
    pub version: Option<String>,
    pub publisher: Option<String>,
    pub install_date: Option<NaiveDate>,
}

/// One machine, as the agent saw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Inventory {
    pub source: Source,
    /// The agent's id of the machine (`glpixps-2018-07-09-09-07-13`).
    pub device_id: Option<String>,
    pub item_type: ItemType,
    /// The Parc kind code: desktop, laptop, server, printer, switch...
    pub kind: String,
    /// The host name; never empty (the serial or the device id stand in).
    pub name: String,
    /// The BIOS (system) serial number, placeholders left out.
    pub serial: Option<String>,
    /// The SMBIOS system UUID, upper case.
    pub system_uuid: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub os_name: Option<String>,
    pub os_version: Option<String>,
    pub os_arch: Option<String>,
    /// The BIOS version of a computer, the firmware of a network device.
    pub firmware: Option<String>,
    pub cpus: Option<Vec<Cpu>>,
    pub memory_mib: Option<u64>,
    pub disks: Option<Vec<Disk>>,
    pub interfaces: Option<Vec<NetworkInterface>>,
    /// Sorted by name, then version.
    pub software: Option<Vec<Software>>,
    /// When the agent ran (its access log), in the machine's local time.
    pub inventoried_at: Option<NaiveDateTime>,
    pub last_user: Option<String>,
    /// The agent sent only some sections (GLPI's `partial`).
    pub partial: bool,
}

impl Inventory {
    /// An inventory with nothing known yet but its origin.
    pub(crate) fn empty(source: Source) -> Inventory {
        Inventory {
            source,
            device_id: None,
            item_type: ItemType::Computer,
            kind: "desktop".into(),
            name: String::new(),
            serial: None,
            system_uuid: None,
            manufacturer: None,
            model: None,
            os_name: None,
            os_version: None,
            os_arch: None,
            firmware: None,
            cpus: None,
            memory_mib: None,
            disks: None,
            interfaces: None,
            software: None,
            inventoried_at: None,
            last_user: None,
            partial: false,
        }
    }

    /// The address a person would type to reach the machine: the first IPv4
    /// of a physical interface (a virtual one's when there is no other).
    pub fn primary_interface(&self) -> Option<&NetworkInterface> {
        let all = self.interfaces.as_deref()?;
        all.iter()
            .find(|i| !i.virtual_device && !i.ipv4.is_empty() && i.mac.is_some())
            .or_else(|| all.iter().find(|i| !i.ipv4.is_empty()))
            .or_else(|| all.iter().find(|i| !i.virtual_device && i.mac.is_some()))
    }

    /// A one-line description of the processors (`2 × Intel Core i5`).
    pub fn cpu_summary(&self) -> Option<String> {
        let cpus = self.cpus.as_deref()?;
        let first = cpus.iter().find_map(|c| c.name.clone())?;
        Some(if cpus.len() > 1 { format!("{} × {first}", cpus.len()) } else { first })
    }

    /// Fills what the later steps rely on: a name, the kind, sorted software.
    pub(crate) fn finish(mut self, chassis: Option<&str>, device_type: Option<&str>, vm: bool) -> Inventory {
        self.kind = kind_of(self.item_type, chassis, device_type, self.os_name.as_deref(), self.model.as_deref(), vm)
            .to_string();
        if self.name.trim().is_empty() {
            self.name = self.serial.clone().or_else(|| self.device_id.clone()).unwrap_or_else(|| "?".into());
        }
        self.system_uuid = self.system_uuid.take().and_then(|u| uuid_text(&u));
        if let Some(soft) = &mut self.software {
            soft.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then_with(|| a.cmp(b)));
        }
        self
    }
}

/// A system UUID worth matching on: upper case, not all zeros or all F.
fn uuid_text(text: &str) -> Option<String> {
    let u = text.trim().to_uppercase();
    let hex: String = u.chars().filter(char::is_ascii_alphanumeric).collect();
    if hex.len() < 16 || hex.bytes().all(|b| b == b'0') || hex.bytes().all(|b| b == b'F') {
        return None;
    }
    Some(u)
}

/// The Parc kind of a machine: the item type first, then for computers the
/// chassis (SMBIOS chassis types as dmidecode and WMI name them), a server
/// operating system, or a virtual machine.
pub fn kind_of(
    item: ItemType,
    chassis: Option<&str>,
    device_type: Option<&str>,
    os: Option<&str>,
    model: Option<&str>,
    virtual_machine: bool,
) -> &'static str {
    match item {
        ItemType::Printer => "printer",
        ItemType::Phone => "phone",
        ItemType::NetworkEquipment | ItemType::Unmanaged => {
            network_kind(device_type.unwrap_or(""), model.unwrap_or(""), item)
        }
        ItemType::Computer => {
            let c = values::fold(chassis.unwrap_or(""));
            match c.as_str() {
                "laptop" | "notebook" | "portable" | "sub notebook" | "convertible" | "detachable" | "hand held" => {
                    return "laptop";
                }
                "tablet" => return "tablet",
                "main server chassis"
                | "rack mount chassis"
                | "multi system chassis"
                | "blade"
                | "blade enclosure"
                | "expansion chassis" => return "server",
                _ => {}
            }
            if os.is_some_and(|o| values::fold(o).contains("server")) || virtual_machine { "server" } else { "desktop" }
        }
    }
}

/// Network devices: SNMP types (`NETWORKING`, `PRINTER`, `POWER`...) refined
/// by the model's words (a "FortiGate" is a firewall, an "ISR" a router).
fn network_kind(device_type: &str, model: &str, item: ItemType) -> &'static str {
    let t = values::fold(device_type);
    let m = values::fold(model);
    match t.as_str() {
        "printer" => return "printer",
        "power" | "ups" => return "ups",
        "storage" => return "nas",
        "phone" => return "phone",
        "computer" => return "desktop",
        _ => {}
    }
    let has = |w: &str| m.split(' ').any(|x| x == w) || m.contains(w) && w.len() > 4;
    if has("fortigate") || has("asa") || has("pfsense") || has("firewall") || has("sonicwall") || has("stormshield") {
        "firewall"
    } else if has("router") || has("isr") || has("routeur") || has("mikrotik") {
        "router"
    } else if has("aironet") || has("unifi ap") || has("access point") || has("wireless") {
        "access_point"
    } else if t == "networking" || item == ItemType::NetworkEquipment || m.contains("switch") || m.contains("catalyst")
    {
        "switch"
    } else {
        "other"
    }
}

/// Adds an address to the interface of that name and MAC, or a new one:
/// agents send one entry per address, not per interface.
pub(crate) fn add_interface(
    list: &mut Vec<NetworkInterface>,
    name: &str,
    mac: Option<String>,
    ip: Option<&str>,
    ip6: Option<&str>,
    virtual_device: bool,
) {
    let pos = list.iter().position(|i| i.name == name && i.mac == mac);
    let iface = match pos {
        Some(p) => &mut list[p],
        None => {
            list.push(NetworkInterface {
                name: name.to_string(),
                mac,
                ipv4: Vec::new(),
                ipv6: Vec::new(),
                virtual_device,
            });
            let last = list.len() - 1;
            &mut list[last]
        }
    };
    if let Some(ip) = ip.map(str::trim).filter(|s| !s.is_empty())
        && !iface.ipv4.iter().any(|x| x == ip)
    {
        iface.ipv4.push(ip.to_string());
    }
    if let Some(ip) = ip6.map(str::trim).filter(|s| !s.is_empty())
        && !iface.ipv6.iter().any(|x| x == ip)
    {
        iface.ipv6.push(ip.to_string());
    }
}

/// Whether an interface is the loopback: it says nothing about the machine.
pub(crate) fn is_loopback(name: &str, kind: Option<&str>, ip: Option<&str>) -> bool {
    name == "lo"
        || kind.is_some_and(|k| k.eq_ignore_ascii_case("loopback"))
        || ip.is_some_and(|i| i.starts_with("127.") || i == "::1")
}

/// `2019-12-19`, `19/12/2019` (FusionInventory), `2015-04-17T03:02:45Z`; `N/A` and the rest are unknown.
pub(crate) fn install_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    let day = t.get(..10).unwrap_or(t);
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(day, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(day, "%Y/%m/%d"))
        .ok()
}

/// The agent's run time, `2020-06-12 14:19:54`.
pub(crate) fn log_date(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%d %H:%M:%S").ok()
}

/// Trimmed text, `None` when empty.
pub(crate) fn text(v: Option<&str>) -> Option<String> {
    v.map(str::trim).filter(|s| !s.is_empty()).map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_chassis_the_os_and_the_device_type() {
        assert_eq!(kind_of(ItemType::Computer, Some("Notebook"), None, None, None, false), "laptop");
        assert_eq!(kind_of(ItemType::Computer, Some("Laptop"), None, None, None, false), "laptop");
        assert_eq!(kind_of(ItemType::Computer, Some("Desktop"), None, None, None, false), "desktop");
        assert_eq!(kind_of(ItemType::Computer, Some("Rack Mount Chassis"), None, None, None, false), "server");
        assert_eq!(
            kind_of(ItemType::Computer, None, None, Some("Microsoft Windows Server 2022 Standard"), None, false),
            "server"
        );
        assert_eq!(kind_of(ItemType::Computer, None, None, None, None, true), "server");
        assert_eq!(
            kind_of(ItemType::NetworkEquipment, None, Some("Networking"), None, Some("Catalyst 3750"), false),
            "switch"
        );
        assert_eq!(kind_of(ItemType::NetworkEquipment, None, None, None, Some("FortiGate 60F"), false), "firewall");
        assert_eq!(kind_of(ItemType::Unmanaged, None, Some("PRINTER"), None, None, false), "printer");
        assert_eq!(kind_of(ItemType::Unmanaged, None, Some("POWER"), None, None, false), "ups");
    }

    #[test]
    fn addresses_gather_per_interface() {
        let mut list = Vec::new();
        add_interface(&mut list, "eth0", Some("AA:BB:CC:DD:EE:01".into()), Some("10.0.0.2"), None, false);
        add_interface(&mut list, "eth0", Some("AA:BB:CC:DD:EE:01".into()), None, Some("fe80::1"), false);
        assert_eq!(list.len(), 1);
        assert_eq!(
            (list[0].ipv4.as_slice(), list[0].ipv6.as_slice()),
            (&["10.0.0.2".to_string()][..], &["fe80::1".to_string()][..])
        );
        assert_eq!(install_date("08/06/2017"), NaiveDate::from_ymd_opt(2017, 6, 8));
        assert_eq!(install_date("N/A"), None);
    }
}
