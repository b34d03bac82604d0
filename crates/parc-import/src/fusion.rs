//! FusionInventory and OCS Inventory NG XML (`<REQUEST><CONTENT>...`), the
//! format of `fusioninventory-inventory`, of older GLPI agents and of SNMP
//! network inventories (`<CONTENT><DEVICE><INFO>`).
//!
//! The document is read as a stream of events. Only one section of
//! `CONTENT` (a `<SOFTWARES>`, a `<DEVICE>`) is held at a time, as a small
//! tree, then folded into the [`Inventory`]. Entities are where XML turns
//! dangerous: a DOCTYPE that declares any is refused before its first
//! reference, and any reference other than the five predefined ones and
//! character references is refused too. quick-xml itself never expands an
//! entity nor fetches anything.

use std::io::{BufReader, Read};
use std::path::Path;

use quick_xml::Reader;
use quick_xml::errors::{Error as XmlError, IllFormedError};
use quick_xml::events::Event;

use crate::inventory::{self, Cpu, Disk, Inventory, ItemType, NetworkInterface, Software, Source, text};
use crate::{ImportError, Limits, values};

/// An element of one section, with its text and children.
#[derive(Debug, Default)]
struct Node {
    name: String,
    text: String,
    children: Vec<Node>,
}

impl Node {
    fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }

    /// The trimmed text of a child, `None` when absent or empty.
    fn get(&self, name: &str) -> Option<String> {
        text(self.child(name).map(|c| c.text.as_str()))
    }

    fn num(&self, name: &str) -> Option<u64> {
        let t = self.get(name)?;
        // `1600 MT/s`, `2530`: the leading number.
        let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    }

    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }
}

pub(crate) fn read_file(path: &Path, limits: &Limits) -> Result<Inventory, ImportError> {
    crate::check_size(path, limits.document_bytes)?;
    let f = std::fs::File::open(path).map_err(ImportError::io(path))?;
    parse(f, limits)
}

fn xml_error(e: XmlError, position: u64) -> ImportError {
    match e {
        // quick-xml reports these when the input ends inside markup.
        XmlError::Syntax(s) if !matches!(s, quick_xml::errors::SyntaxError::InvalidBangMarkup) => {
            ImportError::XmlTruncated
        }
        XmlError::IllFormed(IllFormedError::MissingEndTag(_)) => ImportError::XmlTruncated,
        other => ImportError::Xml { position, message: other.to_string() },
    }
}

/// What the walk over the document collected.
struct Collected {
    inv: Inventory,
    chassis: Option<String>,
    device_type: Option<String>,
    vm: bool,
    memory_slots: u64,
    saw_content: bool,
    devices: u32,
}

pub(crate) fn parse(reader: impl Read, limits: &Limits) -> Result<Inventory, ImportError> {
    let limited = crate::LimitedReader::new(reader, limits.document_bytes);
    let mut xml = Reader::from_reader(BufReader::new(limited));
    xml.config_mut().check_end_names = true;
    let mut buf = Vec::new();
    // Names of the open elements, from the root.
    let mut path: Vec<String> = Vec::new();
    // The section being read (depth ≥ 3), as a stack of open nodes.
    let mut open: Vec<Node> = Vec::new();
    let mut c = Collected {
        inv: Inventory::empty(Source::FusionXml),
        chassis: None,
        device_type: None,
        vm: false,
        memory_slots: 0,
        saw_content: false,
        devices: 0,
    };
    let mut top_text = String::new();
    loop {
        let event = match xml.read_event_into(&mut buf) {
            Ok(e) => e,
            Err(_) if xml.get_mut().get_mut().exceeded => {
                return Err(ImportError::TooLarge { size: limits.document_bytes + 1, limit: limits.document_bytes });
            }
            Err(e) => return Err(xml_error(e, xml.error_position())),
        };
        match event {
            Event::DocType(d) => {
                if d.as_ref().to_ascii_uppercase().contains("ENTITY") {
                    return Err(ImportError::XmlEntityDeclaration);
                }
            }
            Event::Start(e) => {
                let name = e.name().as_ref().to_string();
                open_element(&mut path, &mut open, name, limits)?;
                top_text.clear();
            }
            Event::Empty(e) => {
                let name = e.name().as_ref().to_string();
                open_element(&mut path, &mut open, name, limits)?;
                close_element(&mut path, &mut open, &mut c, &mut top_text);
            }
            Event::End(_) => close_element(&mut path, &mut open, &mut c, &mut top_text),
            Event::Text(t) => push_text(&mut open, &mut top_text, &t.xml10_content()),
            Event::CData(t) => push_text(&mut open, &mut top_text, t.as_ref()),
            Event::GeneralRef(r) => {
                let resolved = if r.is_char_ref() {
                    r.resolve_char_ref().map_err(|e| xml_error(e, xml.buffer_position()))?
                } else {
                    match r.as_ref() {
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "amp" => Some('&'),
                        "apos" => Some('\''),
                        "quot" => Some('"'),
                        other => return Err(ImportError::XmlUnknownEntity(other.to_string())),
                    }
                };
                if let Some(ch) = resolved {
                    push_text(&mut open, &mut top_text, ch.encode_utf8(&mut [0u8; 4]));
                }
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
        }
        buf.clear();
    }
    if !path.is_empty() {
        return Err(ImportError::XmlTruncated);
    }
    if !c.saw_content {
        return Err(ImportError::NotAnInventory("an XML request without CONTENT"));
    }
    if c.inv.memory_mib.is_none() && c.memory_slots > 0 {
        c.inv.memory_mib = Some(c.memory_slots);
    }
    Ok(c.inv.finish(c.chassis.as_deref(), c.device_type.as_deref(), c.vm))
}

fn open_element(
    path: &mut Vec<String>,
    open: &mut Vec<Node>,
    name: String,
    limits: &Limits,
) -> Result<(), ImportError> {
    if path.is_empty() && name != "REQUEST" {
        return Err(ImportError::NotAnInventory("an XML document whose root is not REQUEST"));
    }
    if path.len() >= limits.xml_depth {
        return Err(ImportError::Xml {
            position: 0,
            message: format!("elements nest deeper than {} levels", limits.xml_depth),
        });
    }
    let in_content = path.len() >= 2 && path[1] == "CONTENT";
    if in_content {
        open.push(Node { name: name.clone(), ..Node::default() });
    }
    path.push(name);
    Ok(())
}

fn push_text(open: &mut [Node], top: &mut String, t: &str) {
    match open.last_mut() {
        Some(n) => n.text.push_str(t),
        None => top.push_str(t),
    }
}

fn close_element(path: &mut Vec<String>, open: &mut Vec<Node>, c: &mut Collected, top_text: &mut String) {
    let depth = path.len();
    let Some(name) = path.pop() else { return };
    if depth == 2 && name == "CONTENT" {
        c.saw_content = true;
    }
    if depth == 2 && name == "DEVICEID" {
        c.inv.device_id = text(Some(top_text.as_str()));
    }
    if depth >= 3
        && path.get(1).is_some_and(|p| p == "CONTENT")
        && let Some(node) = open.pop()
    {
        if let Some(parent) = open.last_mut() {
            parent.children.push(node);
        } else {
            section(&node, c);
        }
    }
    top_text.clear();
}

/// Folds one finished section of `CONTENT` into the inventory.
fn section(n: &Node, c: &mut Collected) {
    let inv = &mut c.inv;
    match n.name.as_str() {
        "ACCESSLOG" => inv.inventoried_at = n.get("LOGDATE").as_deref().and_then(inventory::log_date),
        "BIOS" => {
            inv.serial = n
                .get("SSN")
                .as_deref()
                .and_then(values::serial)
                .or_else(|| n.get("MSN").as_deref().and_then(values::serial));
            inv.manufacturer = n.get("SMANUFACTURER").or_else(|| n.get("MMANUFACTURER"));
            inv.model = n.get("SMODEL").or_else(|| n.get("MMODEL"));
            inv.firmware = n.get("BVERSION");
        }
        "HARDWARE" => {
            inv.name = n.get("NAME").unwrap_or_default();
            inv.system_uuid = n.get("UUID");
            inv.memory_mib = n.num("MEMORY");
            inv.last_user = n.get("LASTLOGGEDUSER").or_else(|| n.get("USERID"));
            c.chassis = n.get("CHASSIS_TYPE");
            c.vm = n.get("VMSYSTEM").is_some_and(|v| !v.eq_ignore_ascii_case("physical"));
            // OCS agents put the system here; OPERATINGSYSTEM, when present, wins.
            inv.os_name = inv.os_name.take().or_else(|| n.get("OSNAME"));
            inv.os_version = inv.os_version.take().or_else(|| n.get("OSVERSION"));
        }
        "OPERATINGSYSTEM" => {
            inv.os_name = n.get("FULL_NAME").or_else(|| n.get("NAME")).or(inv.os_name.take());
            inv.os_version = n.get("VERSION").or_else(|| n.get("KERNEL_VERSION")).or(inv.os_version.take());
            inv.os_arch = n.get("ARCH");
        }
        "CPUS" => inv.cpus.get_or_insert_with(Vec::new).push(Cpu {
            name: n.get("NAME").or_else(|| n.get("TYPE")),
            manufacturer: n.get("MANUFACTURER"),
            cores: n.num("CORE").and_then(|v| u32::try_from(v).ok()),
            threads: n.num("THREAD").and_then(|v| u32::try_from(v).ok()),
            speed_mhz: n.num("SPEED").and_then(|v| u32::try_from(v).ok()),
        }),
        "MEMORIES" => c.memory_slots += n.num("CAPACITY").unwrap_or(0),
        "STORAGES" => inv.disks.get_or_insert_with(Vec::new).push(Disk {
            name: n.get("NAME"),
            model: n.get("MODEL"),
            serial: n.get("SERIALNUMBER").or_else(|| n.get("SERIAL")).as_deref().and_then(values::serial),
            size_mb: n.num("DISKSIZE").filter(|s| *s > 0),
        }),
        "NETWORKS" => {
            let list = inv.interfaces.get_or_insert_with(Vec::new);
            let name = n.get("DESCRIPTION").unwrap_or_default();
            let ip = n.get("IPADDRESS");
            let ip6 = n.get("IPADDRESS6");
            if !inventory::is_loopback(&name, n.get("TYPE").as_deref(), ip.as_deref().or(ip6.as_deref())) {
                let mac = n.get("MACADDR").as_deref().and_then(values::mac);
                let virtual_device = n.get("VIRTUALDEV").as_deref().and_then(values::boolean).unwrap_or(false);
                inventory::add_interface(list, &name, mac, ip.as_deref(), ip6.as_deref(), virtual_device);
            }
        }
        "SOFTWARES" => {
            if let Some(name) = n.get("NAME") {
                inv.software.get_or_insert_with(Vec::new).push(Software {
                    name,
                    version: n.get("VERSION"),
                    publisher: n.get("PUBLISHER"),
                    install_date: n.get("INSTALLDATE").as_deref().and_then(inventory::install_date),
                });
            }
        }
        "USERS" => {
            if inv.last_user.is_none()
                && let Some(login) = n.get("LOGIN")
            {
                inv.last_user = Some(match n.get("DOMAIN") {
                    Some(d) => format!("{d}\\{login}"),
                    None => login,
                });
            }
        }
        "DEVICE" => {
            c.devices += 1;
            // A discovery file lists many devices; an inventory has one. The first is kept.
            if c.devices == 1 {
                device(n, c);
            }
        }
        _ => {}
    }
}

/// An SNMP inventory of a network device or printer.
fn device(n: &Node, c: &mut Collected) {
    let inv = &mut c.inv;
    let Some(info) = n.child("INFO") else { return };
    let kind = info.get("TYPE");
    inv.item_type = match kind.as_deref().map(str::to_ascii_uppercase).as_deref() {
        Some("PRINTER") => ItemType::Printer,
        Some("NETWORKING") => ItemType::NetworkEquipment,
        Some("PHONE") => ItemType::Phone,
        _ => ItemType::Unmanaged,
    };
    c.device_type = kind;
    inv.name = info.get("NAME").unwrap_or_default();
    inv.serial = info.get("SERIAL").as_deref().and_then(values::serial);
    inv.manufacturer = info.get("MANUFACTURER");
    inv.model = info.get("MODEL");
    inv.firmware = info.get("FIRMWARE").or_else(|| n.child("FIRMWARES").and_then(|f| f.get("VERSION")));
    inv.memory_mib = info.num("RAM").or_else(|| info.num("MEMORY"));
    let mut list: Vec<NetworkInterface> = Vec::new();
    if let Some(ports) = n.child("PORTS") {
        for p in ports.all("PORT") {
            let name = p.get("IFNAME").or_else(|| p.get("IFDESCR")).unwrap_or_default();
            let mac = p.get("MAC").as_deref().and_then(values::mac);
            let mut ips: Vec<String> =
                p.child("IPS").map(|i| i.all("IP").filter_map(|x| text(Some(&x.text))).collect()).unwrap_or_default();
            if let Some(ip) = p.get("IP")
                && !ips.contains(&ip)
            {
                ips.push(ip);
            }
            if inventory::is_loopback(&name, None, ips.first().map(String::as_str)) || name == "SoftwareLoopBack" {
                continue;
            }
            if ips.is_empty() {
                inventory::add_interface(&mut list, &name, mac.clone(), None, None, false);
            }
            for ip in &ips {
                let (v4, v6) = if ip.contains(':') { (None, Some(ip.as_str())) } else { (Some(ip.as_str()), None) };
                inventory::add_interface(&mut list, &name, mac.clone(), v4, v6, false);
            }
        }
    }
    let known: Vec<String> = list.iter().flat_map(|i| i.ipv4.iter().chain(&i.ipv6).cloned()).collect();
    let own: Vec<String> = info
        .child("IPS")
        .map(|i| i.all("IP").filter_map(|x| text(Some(&x.text))).filter(|ip| !known.contains(ip)).collect())
        .unwrap_or_default();
    let mac = info.get("MAC").as_deref().and_then(values::mac);
    if !own.is_empty() || (mac.is_some() && !list.iter().any(|i| i.mac == mac)) {
        let mut management =
            NetworkInterface { name: String::new(), mac, ipv4: Vec::new(), ipv6: Vec::new(), virtual_device: false };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn read(xml: &str) -> Result<Inventory, ImportError> {
        parse(xml.as_bytes(), &Limits::default())
    }

    #[test]
    fn predefined_and_character_references_are_read() {
        let inv = read(
            "<?xml version=\"1.0\"?><REQUEST><CONTENT><HARDWARE><NAME>PC &amp; Co &#233;t&#xE9;</NAME></HARDWARE>\
             </CONTENT><DEVICEID>d1</DEVICEID></REQUEST>",
        )
        .expect("inventory");
        assert_eq!(inv.name, "PC & Co été");
        assert_eq!(inv.device_id.as_deref(), Some("d1"));
    }

    #[test]
    fn entities_truncation_and_foreign_roots_are_refused() {
        let bomb =
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]><REQUEST>&b;</REQUEST>";
        assert!(matches!(read(bomb), Err(ImportError::XmlEntityDeclaration)));
        assert!(
            matches!(read("<REQUEST><CONTENT>&xxe;</CONTENT></REQUEST>"), Err(ImportError::XmlUnknownEntity(e)) if e == "xxe")
        );
        assert!(matches!(read("<REQUEST><CONTENT><BIOS><SSN>12"), Err(ImportError::XmlTruncated)));
        assert!(matches!(read("<REQUEST><CONTENT><BIOS><SS"), Err(ImportError::XmlTruncated)));
        assert!(matches!(read("<html></html>"), Err(ImportError::NotAnInventory(_))));
        assert!(matches!(read("<REQUEST><QUERY>PROLOG</QUERY></REQUEST>"), Err(ImportError::NotAnInventory(_))));
        assert!(matches!(read("<REQUEST><CONTENT></BIOS></REQUEST>"), Err(ImportError::Xml { .. })));
    }

    #[test]
    fn nesting_and_size_are_bounded() {
        let deep = format!("<REQUEST><CONTENT>{}", "<A>".repeat(100));
        assert!(matches!(read(&deep), Err(ImportError::Xml { .. })));
        let limits = Limits { document_bytes: 100, ..Limits::default() };
        let big =
            format!("<REQUEST><CONTENT><HARDWARE><NAME>{}</NAME></HARDWARE></CONTENT></REQUEST>", "x".repeat(500));
        assert!(matches!(parse(big.as_bytes(), &limits), Err(ImportError::TooLarge { .. })));
    }
}
