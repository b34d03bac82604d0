//! The GLPI agent's JSON inventory (GLPI's native inventory format, see
//! `tests/fixtures/glpi-inventory-format/inventory.schema.json`).
//!
//! Only the sections Parc keeps are deserialised, into typed structs: the
//! rest of the document (processes, environment variables, controllers...) is
//! skipped by serde as it streams past, so memory follows what is kept, not
//! the file. Agents disagree on types (`"speed": "100"` or `100`, `"virtualdev":
//! 0` or `false`), so numbers and booleans are read leniently.

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Deserializer};

use crate::inventory::{self, Cpu, Disk, Inventory, ItemType, NetworkInterface, Software, Source, text};
use crate::{ImportError, Limits, values};

#[derive(Deserialize)]
struct Document {
    content: Option<Content>,
    deviceid: Option<String>,
    itemtype: Option<String>,
    #[serde(default, deserialize_with = "lenient_bool")]
    partial: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Content {
    accesslog: Option<AccessLog>,
    bios: Option<Bios>,
    hardware: Option<Hardware>,
    operatingsystem: Option<OperatingSystem>,
    cpus: Option<Vec<JsonCpu>>,
    memories: Option<Vec<Memory>>,
    storages: Option<Vec<Storage>>,
    networks: Option<Vec<Network>>,
    softwares: Option<Vec<JsonSoftware>>,
    users: Option<Vec<User>>,
    network_device: Option<NetworkDevice>,
    network_ports: Option<Vec<NetworkPort>>,
    firmwares: Option<Vec<Firmware>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AccessLog {
    logdate: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Bios {
    bversion: Option<String>,
    smanufacturer: Option<String>,
    smodel: Option<String>,
    ssn: Option<String>,
    mmanufacturer: Option<String>,
    mmodel: Option<String>,
    msn: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Hardware {
    chassis_type: Option<String>,
    lastloggeduser: Option<String>,
    #[serde(deserialize_with = "lenient_u64")]
    memory: Option<u64>,
    name: Option<String>,
    uuid: Option<String>,
    vmsystem: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct OperatingSystem {
    arch: Option<String>,
    full_name: Option<String>,
    name: Option<String>,
    version: Option<String>,
    kernel_version: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JsonCpu {
    name: Option<String>,
    manufacturer: Option<String>,
    #[serde(deserialize_with = "lenient_u64")]
    core: Option<u64>,
    #[serde(deserialize_with = "lenient_u64")]
    thread: Option<u64>,
    #[serde(deserialize_with = "lenient_u64")]
    speed: Option<u64>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Memory {
    #[serde(deserialize_with = "lenient_u64")]
    capacity: Option<u64>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Storage {
    name: Option<String>,
    model: Option<String>,
    serial: Option<String>,
    #[serde(deserialize_with = "lenient_u64")]
    disksize: Option<u64>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Network {
    description: Option<String>,
    ipaddress: Option<String>,
    ipaddress6: Option<String>,
    mac: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(deserialize_with = "lenient_bool")]
    virtualdev: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JsonSoftware {
    name: Option<String>,
    version: Option<String>,
    publisher: Option<String>,
    install_date: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct User {
    login: Option<String>,
    domain: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NetworkDevice {
    firmware: Option<String>,
    ips: Option<Vec<String>>,
    mac: Option<String>,
    manufacturer: Option<String>,
    model: Option<String>,
    name: Option<String>,
    #[serde(deserialize_with = "lenient_u64")]
    ram: Option<u64>,
    #[serde(deserialize_with = "lenient_u64")]
    memory: Option<u64>,
    serial: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NetworkPort {
    ifname: Option<String>,
    ifdescr: Option<String>,
    mac: Option<String>,
    ips: Option<Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Firmware {
    version: Option<String>,
}

/// A number or a string holding one (`"1867"`, `"100"`); anything else is unknown.
fn lenient_u64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::Number(n) => n.as_u64().or_else(|| n.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64)),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

fn lenient_bool<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::Bool(b) => b,
        serde_json::Value::Number(n) => n.as_u64().is_some_and(|n| n != 0),
        serde_json::Value::String(s) => values::boolean(&s).unwrap_or(false),
        _ => false,
    })
}

pub(crate) fn read_file(path: &Path, limits: &Limits) -> Result<Inventory, ImportError> {
    crate::check_size(path, limits.document_bytes)?;
    let f = std::fs::File::open(path).map_err(ImportError::io(path))?;
    parse(std::io::BufReader::new(f), limits)
}

pub(crate) fn parse(reader: impl Read, limits: &Limits) -> Result<Inventory, ImportError> {
    let mut limited = crate::LimitedReader::new(reader, limits.document_bytes);
    let parsed: Result<Document, _> = serde_json::from_reader(&mut limited);
    if limited.exceeded {
        return Err(ImportError::TooLarge { size: limits.document_bytes + 1, limit: limits.document_bytes });
    }
    let doc = parsed.map_err(|e| ImportError::Json { line: e.line(), column: e.column(), message: e.to_string() })?;
    let Some(content) = doc.content else {
        return Err(ImportError::NotAnInventory("a JSON document without an inventory content"));
    };
    Ok(build(content, doc.deviceid, doc.itemtype.as_deref(), doc.partial))
}

fn item_type(text: Option<&str>, content: &Content) -> ItemType {
    match text.map(str::to_ascii_lowercase).as_deref() {
        Some("computer") => ItemType::Computer,
        Some("networkequipment") => ItemType::NetworkEquipment,
        Some("printer") => ItemType::Printer,
        Some("phone") => ItemType::Phone,
        Some("unmanaged") => ItemType::Unmanaged,
        // The agent leaves it out for computers (the schema's default is Unmanaged).
        _ if content.network_device.is_some() && content.hardware.is_none() => ItemType::NetworkEquipment,
        _ => ItemType::Computer,
    }
}

fn build(c: Content, device_id: Option<String>, itemtype: Option<&str>, partial: bool) -> Inventory {
    let mut inv = Inventory::empty(Source::GlpiJson);
    inv.item_type = item_type(itemtype, &c);
    inv.device_id = text(device_id.as_deref());
    inv.partial = partial;
    inv.inventoried_at = c.accesslog.as_ref().and_then(|a| a.logdate.as_deref()).and_then(inventory::log_date);

    let mut chassis = None;
    let mut vm = false;
    if let Some(b) = &c.bios {
        inv.serial = b.ssn.as_deref().and_then(values::serial).or_else(|| b.msn.as_deref().and_then(values::serial));
        inv.manufacturer = text(b.smanufacturer.as_deref()).or_else(|| text(b.mmanufacturer.as_deref()));
        inv.model = text(b.smodel.as_deref()).or_else(|| text(b.mmodel.as_deref()));
        inv.firmware = text(b.bversion.as_deref());
    }
    if let Some(h) = &c.hardware {
        inv.name = text(h.name.as_deref()).unwrap_or_default();
        inv.system_uuid = text(h.uuid.as_deref());
        inv.memory_mib = h.memory;
        inv.last_user = text(h.lastloggeduser.as_deref());
        chassis = text(h.chassis_type.as_deref());
        vm = h.vmsystem.as_deref().is_some_and(|v| !v.trim().is_empty() && !v.eq_ignore_ascii_case("physical"));
    }
    if let Some(os) = &c.operatingsystem {
        inv.os_name = text(os.full_name.as_deref()).or_else(|| text(os.name.as_deref()));
        inv.os_version = text(os.version.as_deref()).or_else(|| text(os.kernel_version.as_deref()));
        inv.os_arch = text(os.arch.as_deref());
    }
    if inv.memory_mib.is_none()
        && let Some(m) = &c.memories
    {
        let total: u64 = m.iter().filter_map(|m| m.capacity).sum();
        inv.memory_mib = (total > 0).then_some(total);
    }
    if inv.last_user.is_none() {
        inv.last_user = c.users.as_ref().and_then(|u| u.first()).and_then(|u| {
            let login = text(u.login.as_deref())?;
            Some(match text(u.domain.as_deref()) {
                Some(d) => format!("{d}\\{login}"),
                None => login,
            })
        });
    }
    inv.cpus = c.cpus.map(|list| {
        list.into_iter()
            .map(|p| Cpu {
                name: text(p.name.as_deref()),
                manufacturer: text(p.manufacturer.as_deref()),
                cores: p.core.and_then(|n| u32::try_from(n).ok()),
                threads: p.thread.and_then(|n| u32::try_from(n).ok()),
                speed_mhz: p.speed.and_then(|n| u32::try_from(n).ok()),
            })
            .collect()
    });
    inv.disks = c.storages.map(|list| {
        list.into_iter()
            .map(|s| Disk {
                name: text(s.name.as_deref()),
                model: text(s.model.as_deref()),
                serial: s.serial.as_deref().and_then(values::serial),
                size_mb: s.disksize.filter(|n| *n > 0),
            })
            .collect()
    });
    if let Some(nets) = c.networks {
        let mut list: Vec<NetworkInterface> = Vec::new();
        for n in nets {
            let name = text(n.description.as_deref()).unwrap_or_default();
            let ip = n.ipaddress.as_deref();
            if inventory::is_loopback(&name, n.kind.as_deref(), ip.or(n.ipaddress6.as_deref())) {
                continue;
            }
            let mac = n.mac.as_deref().and_then(values::mac);
            inventory::add_interface(&mut list, &name, mac, ip, n.ipaddress6.as_deref(), n.virtualdev);
        }
        inv.interfaces = Some(list);
    }
    inv.software = c.softwares.map(|list| {
        list.into_iter()
            .filter_map(|s| {
                Some(Software {
                    name: text(s.name.as_deref())?,
                    version: text(s.version.as_deref()),
                    publisher: text(s.publisher.as_deref()),
                    install_date: s.install_date.as_deref().and_then(inventory::install_date),
                })
            })
            .collect()
    });

    let mut device_type = None;
    if let Some(d) = c.network_device {
        if inv.name.is_empty() {
            inv.name = text(d.name.as_deref()).unwrap_or_default();
        }
        inv.serial = inv.serial.or_else(|| d.serial.as_deref().and_then(values::serial));
        inv.manufacturer = inv.manufacturer.or_else(|| text(d.manufacturer.as_deref()));
        inv.model = inv.model.or_else(|| text(d.model.as_deref()));
        inv.firmware = inv.firmware.or_else(|| text(d.firmware.as_deref()));
        inv.memory_mib = inv.memory_mib.or(d.ram).or(d.memory);
        device_type = text(d.kind.as_deref());
        let mut list = inv.interfaces.take().unwrap_or_default();
        for p in c.network_ports.unwrap_or_default() {
            let name = text(p.ifname.as_deref()).or_else(|| text(p.ifdescr.as_deref())).unwrap_or_default();
            let mac = p.mac.as_deref().and_then(values::mac);
            let ips = p.ips.unwrap_or_default();
            if ips.is_empty() {
                inventory::add_interface(&mut list, &name, mac.clone(), None, None, false);
            }
            for ip in ips {
                let (v4, v6) = if ip.contains(':') { (None, Some(ip.as_str())) } else { (Some(ip.as_str()), None) };
                inventory::add_interface(&mut list, &name, mac.clone(), v4, v6, false);
            }
        }
        // The device's own addresses (management), unless a port already holds them.
        let known: Vec<String> = list.iter().flat_map(|i| i.ipv4.iter().chain(&i.ipv6).cloned()).collect();
        let mac = d.mac.as_deref().and_then(values::mac);
        let own: Vec<String> = d.ips.unwrap_or_default().into_iter().filter(|ip| !known.contains(ip)).collect();
        if !own.is_empty() || (mac.is_some() && !list.iter().any(|i| i.mac == mac)) {
            let mut management = NetworkInterface {
                name: String::new(),
                mac,
                ipv4: Vec::new(),
                ipv6: Vec::new(),
                virtual_device: false,
            };
            for ip in own {
                if ip.contains(':') {
                    management.ipv6.push(ip);
                } else {
                    management.ipv4.push(ip);
                }
            }
            list.insert(0, management);
        }
        inv.interfaces = Some(list);
    }
    if inv.firmware.is_none() {
        inv.firmware = c.firmwares.and_then(|f| f.into_iter().find_map(|f| text(f.version.as_deref())));
    }
    inv.finish(chassis.as_deref(), device_type.as_deref(), vm)
}
