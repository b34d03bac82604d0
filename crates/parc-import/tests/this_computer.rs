//! "This computer": the Windows collector's JSON read from a sample, and the
//! Linux collector run for real on the machine the tests run on.

use std::path::Path;

use chrono::NaiveDate;
use parc_core::{Lang, Localized};
use parc_import::{ImportError, Inventory, ItemType, Limits, Source, parse_windows, this_computer};

/// Hand-written in the shape `ConvertTo-Json -Depth 4 -Compress` gives in
/// Windows PowerShell 5.1 (we cannot run Windows here): see the README beside it.
fn windows_sample() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/this-computer/windows-cim.json");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn windows(json: &str) -> Inventory {
    parse_windows(json).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)))
}

/// The sample with one property replaced, as another machine or PowerShell would write it.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Inventory {
    let mut doc: serde_json::Value = serde_json::from_str(&windows_sample()).expect("the sample is JSON");
    edit(&mut doc);
    windows(&doc.to_string())
}

#[test]
fn a_windows_laptop_from_powershell() {
    let inv = windows(&windows_sample());
    assert_eq!(inv.source, Source::ThisComputer);
    assert_eq!(inv.item_type, ItemType::Computer);
    assert_eq!(inv.name, "LAPTOP-JD42");
    assert_eq!(inv.serial.as_deref(), Some("9G2RK73"));
    assert_eq!(inv.system_uuid.as_deref(), Some("4C4C4544-0047-3910-8052-B4C04F4B3733"), "upper case");
    assert_eq!(inv.kind, "laptop", "chassis type 10, Notebook");
    assert_eq!((inv.manufacturer.as_deref(), inv.model.as_deref()), (Some("Dell Inc."), Some("Latitude 5440")));
    assert_eq!(inv.firmware.as_deref(), Some("1.14.1"));
    assert_eq!(inv.memory_mib, Some(16_069), "16,849,813,504 bytes");
    assert_eq!(inv.os_name.as_deref(), Some("Microsoft Windows 11 Professionnel"));
    assert_eq!(inv.os_version.as_deref(), Some("23H2"), "the release, as the GLPI agent reports it");
    assert_eq!(inv.os_arch.as_deref(), Some("64-bit"));
    assert_eq!(inv.last_user.as_deref(), Some("PARC\\jdupont"));
    assert_eq!(inv.inventoried_at, NaiveDate::from_ymd_opt(2026, 11, 20).and_then(|d| d.and_hms_opt(9, 41, 7)));

    let cpus = inv.cpus.as_deref().expect("processors");
    assert_eq!(cpus.len(), 1, "one processor written as an object, not a list");
    assert_eq!((cpus[0].cores, cpus[0].threads, cpus[0].speed_mhz), (Some(10), Some(12), Some(1600)));
    assert_eq!(inv.cpu_summary().as_deref(), Some("13th Gen Intel(R) Core(TM) i5-1345U"));

    let disks = inv.disks.as_deref().expect("disks");
    assert_eq!(disks.len(), 1, "the USB stick is not the machine's: {disks:?}");
    assert_eq!(disks[0].size_mb, Some(512_105), "millions of bytes, as agents count");
    assert_eq!(disks[0].serial.as_deref(), Some("8CE3_8E10_0136_A5D1."));

    let nics = inv.interfaces.as_deref().expect("interfaces");
    assert_eq!(nics.len(), 3);
    assert_eq!(nics[0].ipv4, ["192.168.1.42"]);
    assert_eq!(nics[0].ipv6, ["fe80::1c2d:3e4f:5a6b:7c8d"]);
    assert!(!nics[0].virtual_device);
    assert_eq!(nics[1].ipv4, ["172.28.96.1"], "a lone address is a string, not a list");
    assert!(nics[1].virtual_device && nics[2].virtual_device, "Hyper-V by its flag, the VPN by its name");
    let main = inv.primary_interface().expect("an address");
    assert_eq!(main.mac.as_deref(), Some("A4:C3:F0:85:12:9E"));

    let software = inv.software.as_deref().expect("software");
    assert_eq!(software.len(), 7, "8 entries, 7-Zip twice");
    let names: Vec<&str> = software.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names[0], "7-Zip 23.01 (x64)", "sorted by name");
    assert!(names.contains(&"Adobe Acrobat Reader - Français"), "{names:?}");
    let dell = software.iter().find(|s| s.name == "Logiciel de sécurité Dell").expect("Dell");
    assert_eq!(dell.install_date, NaiveDate::from_ymd_opt(2024, 3, 7), "a one-digit month");
    assert_eq!(software[0].install_date, NaiveDate::from_ymd_opt(2024, 1, 15));
    let office = software.iter().find(|s| s.name.starts_with("Microsoft 365")).expect("Office");
    assert_eq!((office.install_date, office.publisher.as_deref()), (None, Some("Microsoft Corporation")));
}

#[test]
fn single_objects_bare_numbers_and_missing_chassis() {
    // One program is an object, not a list; one chassis type a bare number.
    let inv = edited(|d| {
        d["Software"] =
            serde_json::json!({ "DisplayName": "Mozilla Firefox", "DisplayVersion": 132, "Publisher": null });
        d["Enclosure"]["ChassisTypes"] = serde_json::json!(3);
        d["Processors"] = serde_json::json!([d["Processors"].clone(), d["Processors"].clone()]);
    });
    let software = inv.software.as_deref().expect("software");
    assert_eq!(software.len(), 1);
    assert_eq!((software[0].version.as_deref(), software[0].publisher.as_deref()), (Some("132"), None));
    assert_eq!(inv.kind, "desktop", "chassis type 3");
    assert_eq!(inv.cpu_summary().as_deref(), Some("2 × 13th Gen Intel(R) Core(TM) i5-1345U"));

    // No chassis type: the system type or the battery says laptop.
    let inv = edited(|d| d["Enclosure"]["ChassisTypes"] = serde_json::Value::Null);
    assert_eq!(inv.kind, "laptop", "PCSystemType 2, mobile");
    let inv = edited(|d| {
        d["Enclosure"] = serde_json::Value::Null;
        d["ComputerSystem"]["PCSystemType"] = serde_json::json!(1);
        d["Batteries"] = serde_json::json!(0);
    });
    assert_eq!(inv.kind, "desktop");
    assert_eq!(inv.serial.as_deref(), Some("9G2RK73"), "the BIOS serial");

    // A Hyper-V guest with the firmware's placeholder serial: a server, known by its UUID.
    let inv = edited(|d| {
        d["ComputerSystem"]["Manufacturer"] = serde_json::json!("Microsoft Corporation");
        d["ComputerSystem"]["Model"] = serde_json::json!("Virtual Machine");
        d["Enclosure"]["ChassisTypes"] = serde_json::json!([3]);
        d["ComputerSystem"]["PCSystemType"] = serde_json::json!(1);
        for (section, key) in
            [("Bios", "SerialNumber"), ("Product", "IdentifyingNumber"), ("Enclosure", "SerialNumber")]
        {
            d[section][key] = serde_json::json!("To Be Filled By O.E.M.");
        }
    });
    assert_eq!(inv.serial, None);
    assert!(inv.system_uuid.is_some());
    assert_eq!(inv.kind, "server");

    // Sections PowerShell could not read are unknown, not empty.
    let inv = edited(|d| {
        let o = d.as_object_mut().expect("object");
        o.remove("Software");
        o.remove("Disks");
    });
    assert_eq!((inv.software, inv.disks), (None, None));
}

#[test]
fn what_is_not_powershell_s_answer_is_refused() {
    assert!(matches!(parse_windows("{}"), Err(ImportError::NotAnInventory(_))));
    let e = parse_windows("{\"ComputerSystem\": ").expect_err("truncated");
    assert!(matches!(e, ImportError::Json { .. }), "{e:?}");
    let e = parse_windows("[]").expect_err("not an object");
    assert_eq!(
        e.message(Lang::Fr),
        "Ce fichier n'est pas un inventaire : la réponse de PowerShell ne décrit pas l'ordinateur"
    );
    // A byte-order mark before the object is harmless.
    assert_eq!(windows(&format!("\u{feff}{}", windows_sample())).name, "LAPTOP-JD42");
}

/// The host name as the system's own tools give it.
#[cfg(target_os = "linux")]
fn host_name() -> String {
    let from_file = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    let uname = std::process::Command::new("uname").arg("-n").output().expect("uname runs");
    let from_uname = String::from_utf8_lossy(&uname.stdout).trim().to_string();
    if from_file.trim() == from_uname || from_file.trim().is_empty() {
        from_uname
    } else {
        from_file.trim().to_string()
    }
}

#[cfg(target_os = "linux")]
#[test]
fn this_linux_computer_for_real() {
    let inv = this_computer(&Limits::default()).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    let uname = std::process::Command::new("uname").arg("-n").output().expect("uname runs");
    let names = [host_name(), String::from_utf8_lossy(&uname.stdout).trim().to_string()];
    assert!(names.contains(&inv.name), "{} is not one of {names:?}", inv.name);
    assert_eq!(inv.source, Source::ThisComputer);
    assert!(inv.memory_mib.is_some_and(|m| m > 0), "{:?}", inv.memory_mib);
    let cpus = inv.cpus.as_deref().expect("processors");
    assert!(!cpus.is_empty() && cpus.iter().all(|c| c.threads.is_some_and(|t| t > 0)), "{cpus:?}");
    let os_release = std::fs::read_to_string("/etc/os-release").expect("/etc/os-release");
    let pretty = os_release
        .lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map(|v| v.trim_matches('"').to_string())
        .expect("PRETTY_NAME");
    assert_eq!(inv.os_name.as_deref(), Some(pretty.as_str()));
    assert_eq!(inv.os_arch.as_deref(), Some(std::env::consts::ARCH));
    assert!(inv.inventoried_at.is_some());
    assert!(matches!(inv.kind.as_str(), "laptop" | "desktop" | "server" | "tablet"), "{}", inv.kind);
    if let Some(serial) = &inv.serial {
        assert!(!serial.trim().is_empty());
    }

    let software = inv.software.as_deref().expect("a package manager");
    assert!(!software.is_empty());
    let has_dpkg = Path::new("/usr/bin/dpkg-query").exists();
    let known = if has_dpkg { "dpkg" } else { "rpm" };
    let package = software.iter().find(|s| s.name == known).unwrap_or_else(|| panic!("{known} is installed"));
    assert!(package.version.is_some());
    if has_dpkg && os_release.contains("ID=debian") {
        assert_eq!(package.publisher.as_deref(), Some("Debian"), "as the GLPI agent writes it");
    }

    for nic in inv.interfaces.as_deref().expect("interfaces") {
        assert_ne!(nic.name, "lo");
        assert!(nic.mac.as_deref().is_none_or(|m| m.len() == 17 && m.to_uppercase() == m), "{nic:?}");
    }
    for disk in inv.disks.as_deref().expect("disks") {
        let name = disk.name.as_deref().unwrap_or_default();
        assert!(!name.starts_with("loop") && !name.starts_with("zram") && !name.starts_with("ram"), "{name}");
        assert!(disk.size_mb.is_some_and(|s| s > 0));
    }
    eprintln!(
        "this computer: {} ({}), {} MiB, {} CPU(s) {:?}, {} disk(s), {} interface(s), {} package(s), serial {:?}, UUID {:?}, {} {:?}",
        inv.name,
        inv.kind,
        inv.memory_mib.unwrap_or_default(),
        cpus.len(),
        inv.cpu_summary(),
        inv.disks.as_deref().map_or(0, <[_]>::len),
        inv.interfaces.as_deref().map_or(0, <[_]>::len),
        software.len(),
        inv.serial,
        inv.system_uuid,
        inv.os_name.as_deref().unwrap_or_default(),
        inv.os_version,
    );
}

/// On Windows (not run by CI, which is Linux): PowerShell for real.
#[cfg(windows)]
#[test]
fn this_windows_computer_for_real() {
    let inv = this_computer(&Limits::default()).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    let name = std::env::var("COMPUTERNAME").expect("COMPUTERNAME");
    // COMPUTERNAME is the NetBIOS name: the host name cut at 15 characters.
    assert!(inv.name.to_uppercase().starts_with(&name.to_uppercase()), "{} / {name}", inv.name);
    assert!(inv.memory_mib.is_some_and(|m| m > 0));
    assert!(inv.cpus.as_deref().is_some_and(|c| !c.is_empty()));
    assert!(inv.os_name.as_deref().is_some_and(|o| o.contains("Windows")));
    assert!(inv.software.as_deref().is_some_and(|s| !s.is_empty()));
}

#[cfg(not(any(target_os = "linux", windows)))]
#[test]
fn other_systems_are_told_so() {
    let e = this_computer(&Limits::default()).expect_err("unsupported");
    assert!(matches!(e, ImportError::ThisComputerUnsupported(_)));
}
