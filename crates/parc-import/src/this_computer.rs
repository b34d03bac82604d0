//! "This computer": the machine Parc runs on, inventoried in one action, so
//! that a fleet manager on site can add or refresh the laptop in front of
//! them without installing an agent.
//!
//! The result is the same [`Inventory`] the GLPI and FusionInventory readers
//! produce, filled the way those agents fill it (host name, SMBIOS serial and
//! UUID, memory in MiB, disk sizes in millions of bytes, the distribution as
//! the publisher of Linux packages), so that `parc-db` matches and writes it
//! with the same rules: serial, then system UUID, then name.
//!
//! On Windows, one PowerShell run gathers the CIM classes and the Uninstall
//! registry keys and prints one JSON object; [`parse_windows`] reads it and
//! is compiled everywhere, so it is tested on any system. On Linux the
//! kernel's files (`/sys`, `/proc`, `/etc/os-release`) are read directly,
//! with `ip` for addresses and `dpkg-query` or `rpm` for software. Other
//! systems get [`ImportError::ThisComputerUnsupported`].
//!
//! What the machine says is bounded like a file: a program's output is read
//! up to [`Limits::document_bytes`], and at most [`MAX_SOFTWARE`] programs
//! are accepted.

use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, Timelike, Utc};
use serde_json::Value;

use crate::inventory::{self, Cpu, Disk, Inventory, NetworkInterface, Software, Source, text};
use crate::{ImportError, Limits, values};

/// How many installed programs one inventory may list. A workstation has a
/// few hundred (a Linux one a few thousand packages); far more is a broken
/// package database or a hostile environment, and is refused rather than
/// written as thousands of history lines.
pub const MAX_SOFTWARE: usize = 50_000;

/// Inventories the machine Parc runs on: hardware, operating system,
/// network interfaces and installed software.
///
/// Runs programs of the system (PowerShell on Windows; `ip`, `dpkg-query` or
/// `rpm` on Linux) and waits for them; their output is read up to
/// `limits.document_bytes`.
pub fn this_computer(limits: &Limits) -> Result<Inventory, ImportError> {
    collect(limits)
}

#[cfg(target_os = "linux")]
fn collect(limits: &Limits) -> Result<Inventory, ImportError> {
    linux::collect(limits)
}

#[cfg(windows)]
fn collect(limits: &Limits) -> Result<Inventory, ImportError> {
    windows::collect(limits)
}

#[cfg(not(any(target_os = "linux", windows)))]
fn collect(_limits: &Limits) -> Result<Inventory, ImportError> {
    Err(ImportError::ThisComputerUnsupported(std::env::consts::OS))
}

/// SMBIOS chassis types (DMTF DSP0134, "System Enclosure or Chassis Types")
/// by the names dmidecode prints, which [`inventory::kind_of`] understands:
/// Linux gives the number in `/sys/class/dmi/id/chassis_type`, Windows in
/// `Win32_SystemEnclosure.ChassisTypes`. `None` for "Other" and "Unknown".
pub(crate) fn chassis_name(code: u64) -> Option<&'static str> {
    Some(match code {
        3 => "Desktop",
        4 => "Low Profile Desktop",
        5 => "Pizza Box",
        6 => "Mini Tower",
        7 => "Tower",
        8 => "Portable",
        9 => "Laptop",
        10 => "Notebook",
        11 => "Hand Held",
        12 => "Docking Station",
        13 => "All In One",
        14 => "Sub Notebook",
        15 => "Space-saving",
        16 => "Lunch Box",
        17 => "Main Server Chassis",
        18 => "Expansion Chassis",
        19 => "SubChassis",
        20 => "Bus Expansion Chassis",
        21 => "Peripheral Chassis",
        22 => "RAID Chassis",
        23 => "Rack Mount Chassis",
        24 => "Sealed-case PC",
        25 => "Multi-system Chassis",
        26 => "Compact PCI",
        27 => "Advanced TCA",
        28 => "Blade",
        29 => "Blade Enclosure",
        30 => "Tablet",
        31 => "Convertible",
        32 => "Detachable",
        33 => "IoT Gateway",
        34 => "Embedded PC",
        35 => "Mini PC",
        36 => "Stick PC",
        _ => return None,
    })
}

/// Whether the maker and model are a hypervisor's (Hyper-V's "Virtual
/// Machine", VMware, VirtualBox, QEMU/KVM...). Agents count a virtual machine
/// as a server; so does Parc, so that both agree on the same machine.
fn virtual_machine(manufacturer: Option<&str>, model: Option<&str>) -> bool {
    let words = values::fold(&format!("{} {}", manufacturer.unwrap_or(""), model.unwrap_or("")));
    ["virtual machine", "vmware", "virtualbox", "qemu", "kvm", "xen", "bochs", "parallels"]
        .iter()
        .any(|w| words.contains(w))
}

/// Sorts the software, drops exact repeats (a program listed under two
/// registry keys) and refuses an unbelievable count.
fn software_list(mut list: Vec<Software>) -> Result<Vec<Software>, ImportError> {
    if list.len() > MAX_SOFTWARE {
        return Err(ImportError::TooManySoftware { limit: MAX_SOFTWARE });
    }
    list.sort();
    list.dedup();
    Ok(list)
}

// ---------------------------------------------------------------------------
// Windows: the PowerShell script and its JSON

/// What PowerShell runs on Windows: the CIM classes Parc keeps and the
/// programs of "Programs and Features" (the Uninstall keys of HKLM, 64- and
/// 32-bit, and of the user, without system components and updates), as one
/// JSON object. Non-ASCII characters are escaped (`\u00e9`) so that the
/// console's code page cannot garble them.
pub const WINDOWS_SCRIPT: &str = r#"$ErrorActionPreference = 'SilentlyContinue'
$ProgressPreference = 'SilentlyContinue'
$cs = Get-CimInstance Win32_ComputerSystem
$os = Get-CimInstance Win32_OperatingSystem
$nt = Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
$release = $nt.DisplayVersion
if (-not $release) { $release = $nt.ReleaseId }
$arch = '32-bit'
if ([Environment]::Is64BitOperatingSystem) { $arch = '64-bit' }
$user = $env:USERNAME
if ($env:USERDOMAIN) { $user = $env:USERDOMAIN + '\' + $env:USERNAME }
$physical = @{}
foreach ($a in Get-CimInstance Win32_NetworkAdapter) { $physical[[string]$a.Index] = $a.PhysicalAdapter }
$uninstall = 'Microsoft\Windows\CurrentVersion\Uninstall\*'
$keys = @(('HKLM:\SOFTWARE\' + $uninstall), ('HKLM:\SOFTWARE\WOW6432Node\' + $uninstall), ('HKCU:\SOFTWARE\' + $uninstall))
$inventory = [pscustomobject]@{
    CollectedAt = Get-Date -Format 'yyyy-MM-ddTHH:mm:ss'
    User = $user
    ComputerSystem = $cs | Select-Object Name, DNSHostName, Domain, Manufacturer, Model, TotalPhysicalMemory, UserName, PCSystemType
    Product = Get-CimInstance Win32_ComputerSystemProduct | Select-Object UUID, IdentifyingNumber
    Bios = Get-CimInstance Win32_BIOS | Select-Object SerialNumber, SMBIOSBIOSVersion
    OperatingSystem = [pscustomobject]@{ Caption = $os.Caption; Version = $os.Version; DisplayVersion = $release; Architecture = $arch }
    Processors = @(Get-CimInstance Win32_Processor | Select-Object Name, Manufacturer, NumberOfCores, NumberOfLogicalProcessors, MaxClockSpeed)
    Disks = @(Get-CimInstance Win32_DiskDrive | Select-Object DeviceID, Model, SerialNumber, Size, MediaType, InterfaceType)
    Network = @(Get-CimInstance Win32_NetworkAdapterConfiguration -Filter 'IPEnabled = TRUE' | ForEach-Object {
        [pscustomobject]@{ Description = $_.Description; MACAddress = $_.MACAddress; IPAddress = $_.IPAddress; PhysicalAdapter = $physical[[string]$_.Index] }
    })
    Enclosure = Get-CimInstance Win32_SystemEnclosure | Select-Object ChassisTypes, SerialNumber
    Batteries = @(Get-CimInstance Win32_Battery).Count
    Software = @(Get-ItemProperty -Path $keys |
        Where-Object { $_.DisplayName -and $_.SystemComponent -ne 1 -and -not $_.ParentKeyName } |
        Select-Object DisplayName, DisplayVersion, Publisher, InstallDate)
}
$json = $inventory | ConvertTo-Json -Depth 4 -Compress
[regex]::Replace($json, '[^\x00-\x7F]', { param($m) '\u{0:x4}' -f [int][char]$m.Value })
"#;

/// The items of a value as `ConvertTo-Json` writes a list: an array, one
/// object when the list had one element, nothing for `null`, and the
/// `{"value": [...], "Count": n}` wrapper Windows PowerShell 5.1 gives some
/// arrays.
fn items(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one @ Value::Object(o)) => match (o.get("value"), o.get("Count")) {
            (Some(Value::Array(list)), Some(_)) => list.iter().collect(),
            _ => vec![one],
        },
        Some(Value::Null) | None => Vec::new(),
        Some(other) => vec![other],
    }
}

/// The first item of a list (or the lone object standing for it).
fn first(v: Option<&Value>) -> Option<&Value> {
    items(v).into_iter().next()
}

/// A property as trimmed text: strings, and numbers (a version written as a number).
fn string(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => text(Some(s)),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A property as a number, written as one or as text.
fn number(v: &Value, key: &str) -> Option<u64> {
    match v.get(key)? {
        Value::Number(n) => n.as_u64().or_else(|| n.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A property holding one string or a list of them (`IPAddress`).
fn strings(v: &Value, key: &str) -> Vec<String> {
    items(v.get(key)).into_iter().filter_map(|s| s.as_str().and_then(|s| text(Some(s)))).collect()
}

/// A date and time as PowerShell writes one: `/Date(1700000000000)/` (Windows
/// PowerShell 5.1: milliseconds since 1970 in UTC, an optional `+0100` for
/// the zone it was taken in), ISO 8601 with or without an offset (PowerShell
/// 7, or a string the script formatted), or the object 5.1 makes of a
/// `Get-Date` value (`{"value": "/Date(…)/", "DateTime": "…"}`). The result
/// is the machine's local time, as agents report their run.
fn powershell_date(v: &Value) -> Option<NaiveDateTime> {
    let s = match v {
        Value::String(s) => s.trim(),
        Value::Object(o) => return o.get("value").and_then(powershell_date),
        _ => return None,
    };
    if let Some(inner) = s.strip_prefix("/Date(").and_then(|r| r.strip_suffix(")/")) {
        let split = inner.rfind(['+', '-']).filter(|i| *i > 0);
        let (millis, zone) = match split {
            Some(i) => (&inner[..i], Some(&inner[i..])),
            None => (inner, None),
        };
        let utc = DateTime::<Utc>::from_timestamp_millis(millis.parse().ok()?)?;
        return Some(match zone {
            Some(z) => {
                let sign = if z.starts_with('-') { -1 } else { 1 };
                let hhmm: i32 = z.get(1..)?.parse().ok()?;
                let offset = FixedOffset::east_opt(sign * ((hhmm / 100) * 3600 + (hhmm % 100) * 60))?;
                utc.with_timezone(&offset).naive_local()
            }
            None => utc.with_timezone(&Local).naive_local(),
        });
    }
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.naive_local())
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f"))
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S"))
        .ok()
        // Seconds are what agents report.
        .map(|d| d.with_nanosecond(0).unwrap_or(d))
}

/// An Uninstall key's `InstallDate`: `yyyymmdd` as installers write it, the
/// `yyyymdd` some write for single-digit months, `M/D/YYYY`, or ISO.
fn registry_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    let digits = t.bytes().all(|b| b.is_ascii_digit());
    match t.len() {
        8 if digits => NaiveDate::parse_from_str(t, "%Y%m%d").ok(),
        7 if digits => {
            let (y, m, d) = (t[..4].parse().ok()?, t[4..5].parse().ok()?, t[5..].parse().ok()?);
            NaiveDate::from_ymd_opt(y, m, d)
        }
        _ => NaiveDate::parse_from_str(t, "%m/%d/%Y")
            .or_else(|_| NaiveDate::parse_from_str(t.get(..10).unwrap_or(t), "%Y-%m-%d"))
            .ok(),
    }
}

/// Reads the JSON object [`WINDOWS_SCRIPT`] prints into an inventory.
///
/// Pure, compiled on every system: the quirks of `ConvertTo-Json` (a list of
/// one written as an object, `null` properties, numbers written as strings,
/// `/Date(…)/`) are all read here.
pub fn parse_windows(json: &str) -> Result<Inventory, ImportError> {
    let doc: Value = serde_json::from_str(json.trim_start_matches('\u{feff}')).map_err(|e| ImportError::Json {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let Some(cs) = first(doc.get("ComputerSystem")) else {
        return Err(ImportError::NotAnInventory("PowerShell's answer without the computer system"));
    };
    let mut inv = Inventory::empty(Source::ThisComputer);
    inv.name = string(cs, "DNSHostName").or_else(|| string(cs, "Name")).unwrap_or_default();
    inv.manufacturer = string(cs, "Manufacturer");
    inv.model = string(cs, "Model");
    inv.memory_mib = number(cs, "TotalPhysicalMemory").map(|b| b / (1024 * 1024)).filter(|m| *m > 0);
    inv.last_user = string(cs, "UserName").or_else(|| string(&doc, "User"));
    inv.inventoried_at = doc.get("CollectedAt").and_then(powershell_date);

    let product = first(doc.get("Product"));
    let bios = first(doc.get("Bios"));
    let enclosure = first(doc.get("Enclosure"));
    inv.system_uuid = product.and_then(|p| string(p, "UUID"));
    inv.serial = [(bios, "SerialNumber"), (product, "IdentifyingNumber"), (enclosure, "SerialNumber")]
        .into_iter()
        .find_map(|(v, key)| v.and_then(|v| string(v, key)).as_deref().and_then(values::serial));
    inv.firmware = bios.and_then(|b| string(b, "SMBIOSBIOSVersion"));
    if let Some(os) = first(doc.get("OperatingSystem")) {
        inv.os_name = string(os, "Caption");
        // As the GLPI agent: the release ("23H2") when Windows has one, else the build.
        inv.os_version = string(os, "DisplayVersion").or_else(|| string(os, "Version"));
        inv.os_arch = string(os, "Architecture");
    }
    if doc.get("Processors").is_some() {
        inv.cpus = Some(
            items(doc.get("Processors"))
                .into_iter()
                .map(|p| Cpu {
                    name: string(p, "Name"),
                    manufacturer: string(p, "Manufacturer"),
                    cores: number(p, "NumberOfCores").and_then(|n| u32::try_from(n).ok()),
                    threads: number(p, "NumberOfLogicalProcessors").and_then(|n| u32::try_from(n).ok()),
                    speed_mhz: number(p, "MaxClockSpeed").and_then(|n| u32::try_from(n).ok()),
                })
                .collect(),
        );
    }
    if doc.get("Disks").is_some() {
        // A USB stick or disk plugged in today is not part of the machine.
        let removable = |d: &Value| {
            string(d, "InterfaceType").is_some_and(|t| t.eq_ignore_ascii_case("usb"))
                || string(d, "MediaType").is_some_and(|t| values::fold(&t).contains("removable"))
        };
        inv.disks = Some(
            items(doc.get("Disks"))
                .into_iter()
                .filter(|d| !removable(d))
                .map(|d| Disk {
                    name: string(d, "DeviceID"),
                    model: string(d, "Model"),
                    serial: string(d, "SerialNumber").as_deref().and_then(values::serial),
                    size_mb: number(d, "Size").map(|b| b / 1_000_000).filter(|n| *n > 0),
                })
                .collect(),
        );
    }
    if doc.get("Network").is_some() {
        let mut list: Vec<NetworkInterface> = Vec::new();
        for n in items(doc.get("Network")) {
            let name = string(n, "Description").unwrap_or_default();
            let ips = strings(n, "IPAddress");
            if inventory::is_loopback(&name, None, ips.first().map(String::as_str)) {
                continue;
            }
            let mac = string(n, "MACAddress").as_deref().and_then(values::mac);
            let virtual_device = match n.get("PhysicalAdapter") {
                Some(Value::Bool(b)) => !b,
                _ => ["virtual", "vpn", "hyper v", "tap "].iter().any(|w| values::fold(&name).contains(w)),
            };
            if ips.is_empty() {
                inventory::add_interface(&mut list, &name, mac.clone(), None, None, virtual_device);
            }
            for ip in &ips {
                let (v4, v6) = if ip.contains(':') { (None, Some(ip.as_str())) } else { (Some(ip.as_str()), None) };
                inventory::add_interface(&mut list, &name, mac.clone(), v4, v6, virtual_device);
            }
        }
        inv.interfaces = Some(list);
    }
    if doc.get("Software").is_some() {
        let list = items(doc.get("Software"))
            .into_iter()
            .filter_map(|s| {
                Some(Software {
                    name: string(s, "DisplayName")?,
                    version: string(s, "DisplayVersion"),
                    publisher: string(s, "Publisher"),
                    install_date: string(s, "InstallDate").as_deref().and_then(registry_date),
                })
            })
            .collect();
        inv.software = Some(software_list(list)?);
    }

    let mut chassis = enclosure
        .map(|e| items(e.get("ChassisTypes")))
        .unwrap_or_default()
        .into_iter()
        .filter_map(|c| c.as_u64().or_else(|| c.as_str().and_then(|s| s.trim().parse().ok())))
        .find_map(chassis_name);
    if chassis.is_none() {
        // Win32_ComputerSystem.PCSystemType: 2 mobile; 4, 5, 7 servers.
        chassis = match number(cs, "PCSystemType") {
            Some(2) => Some("Laptop"),
            Some(4 | 5 | 7) => Some("Main Server Chassis"),
            _ if number(&doc, "Batteries").is_some_and(|n| n > 0) => Some("Laptop"),
            _ => None,
        };
    }
    let vm = virtual_machine(inv.manufacturer.as_deref(), inv.model.as_deref());
    Ok(inv.finish(chassis, None, vm))
}

/// `-EncodedCommand`'s argument: the script in UTF-16LE, in Base64. Passing
/// the script this way keeps its quotes and line breaks intact, which
/// `-Command` on a Windows command line does not guarantee.
#[cfg(any(windows, test))]
fn encoded_command(script: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes: Vec<u8> = script.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(windows)]
mod windows {
    use std::path::PathBuf;

    use super::{WINDOWS_SCRIPT, encoded_command, parse_windows, run};
    use crate::{ImportError, Inventory, Limits};

    /// PowerShell from the system folder, not whichever `powershell.exe`
    /// comes first in the PATH.
    fn powershell() -> PathBuf {
        std::env::var_os("SystemRoot")
            .map(|root| PathBuf::from(root).join(r"System32\WindowsPowerShell\v1.0\powershell.exe"))
            .filter(|p| p.is_file())
            .unwrap_or_else(|| PathBuf::from("powershell.exe"))
    }

    pub(super) fn collect(limits: &Limits) -> Result<Inventory, ImportError> {
        let program = powershell();
        let script = encoded_command(WINDOWS_SCRIPT);
        let args = ["-NoProfile", "-NonInteractive", "-EncodedCommand", script.as_str()];
        let out = run(program.as_os_str(), "powershell.exe", &args, limits.document_bytes)?.ok_or_else(|| {
            ImportError::Command {
                program: "powershell.exe".into(),
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            }
        })?;
        parse_windows(&String::from_utf8_lossy(&out))
    }
}

// ---------------------------------------------------------------------------
// Running the system's programs

/// Runs a program and returns what it printed (at most `limit` bytes);
/// `Ok(None)` when it is not installed. Its errors are read on a thread of
/// their own, so that neither pipe fills while the other is read; a program
/// printing past the limit is stopped.
#[cfg(any(target_os = "linux", windows))]
fn run(program: &std::ffi::OsStr, label: &str, args: &[&str], limit: u64) -> Result<Option<Vec<u8>>, ImportError> {
    use std::io::Read;
    use std::process::{Command, Stdio};

    /// The start of the errors is what says why; the rest is drained, not kept.
    const STDERR_BYTES: u64 = 4096;

    let mut command = Command::new(program);
    command.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        /// No console window flashes over the app while PowerShell runs.
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        command.creation_flags(CREATE_NO_WINDOW);
    }
    let failed = |source: std::io::Error| ImportError::Command { program: label.to_string(), source };
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(failed(e)),
    };
    let errors = child.stderr.take().map(|mut stderr| {
        std::thread::spawn(move || {
            let mut kept = Vec::new();
            let _ = (&mut stderr).take(STDERR_BYTES).read_to_end(&mut kept);
            let _ = std::io::copy(&mut stderr, &mut std::io::sink());
            kept
        })
    });
    let mut out = Vec::new();
    let read = match child.stdout.take() {
        Some(stdout) => stdout.take(limit.saturating_add(1)).read_to_end(&mut out).map(|_| ()),
        None => Ok(()),
    };
    let too_large = out.len() as u64 > limit;
    if too_large || read.is_err() {
        let _ = child.kill();
    }
    let status = child.wait().map_err(failed)?;
    let stderr = errors.and_then(|t| t.join().ok()).unwrap_or_default();
    if too_large {
        return Err(ImportError::CommandTooLarge { program: label.to_string(), limit });
    }
    read.map_err(failed)?;
    if !status.success() {
        let stderr = String::from_utf8_lossy(&stderr);
        return Err(ImportError::CommandFailed {
            program: label.to_string(),
            status: status.code().map_or_else(|| status.to_string(), |c| c.to_string()),
            message: stderr.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default().to_string(),
        });
    }
    Ok(Some(out))
}

// ---------------------------------------------------------------------------
// Linux: the kernel's files, `ip`, and the package manager

#[cfg(target_os = "linux")]
mod linux {
    use std::collections::BTreeMap;
    use std::ffi::OsStr;
    use std::path::Path;

    use chrono::{DateTime, Local, Timelike};
    use serde_json::Value;

    use super::{chassis_name, run, software_list, virtual_machine};
    use crate::inventory::{self, Cpu, Disk, Inventory, ItemType, NetworkInterface, Software, Source, text};
    use crate::{ImportError, Limits, values};

    /// A small file of `/sys`, `/proc` or `/etc`, trimmed; `None` when it is
    /// absent, empty, or readable by root only (`product_serial`).
    fn read(path: impl AsRef<Path>) -> Option<String> {
        text(std::fs::read_to_string(path).ok().as_deref())
    }

    pub(super) fn collect(limits: &Limits) -> Result<Inventory, ImportError> {
        let mut inv = Inventory::empty(Source::ThisComputer);
        inv.name = host_name(limits).unwrap_or_default();
        let dmi = |field: &str| read(Path::new("/sys/class/dmi/id").join(field));
        inv.manufacturer = dmi("sys_vendor");
        inv.model = dmi("product_name");
        inv.serial = dmi("product_serial")
            .as_deref()
            .and_then(values::serial)
            .or_else(|| dmi("board_serial").as_deref().and_then(values::serial));
        inv.system_uuid = dmi("product_uuid");
        inv.firmware = dmi("bios_version");

        let os = os_release(
            &std::fs::read_to_string("/etc/os-release")
                .unwrap_or_else(|_| std::fs::read_to_string("/usr/lib/os-release").unwrap_or_default()),
        );
        inv.os_name = os.get("PRETTY_NAME").or_else(|| os.get("NAME")).cloned();
        inv.os_version = os.get("VERSION_ID").or_else(|| os.get("VERSION")).cloned();
        inv.os_arch = Some(std::env::consts::ARCH.to_string());

        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let max_khz = read("/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq").and_then(|s| s.parse().ok());
        let cpus = cpus(&cpuinfo, max_khz);
        inv.cpus = (!cpus.is_empty()).then_some(cpus);
        inv.memory_mib = memory_mib(&std::fs::read_to_string("/proc/meminfo").unwrap_or_default());
        inv.disks = Some(disks());
        inv.interfaces = Some(interfaces(limits)?);
        inv.software = software(limits, distributor(&os).as_deref())?.map(software_list).transpose()?;
        inv.last_user =
            ["SUDO_USER", "USER", "LOGNAME"].iter().find_map(|v| std::env::var(v).ok().and_then(|u| text(Some(&u))));
        let now = Local::now().naive_local();
        inv.inventoried_at = Some(now.with_nanosecond(0).unwrap_or(now));

        let mut chassis = dmi("chassis_type").and_then(|c| c.parse().ok()).and_then(chassis_name);
        if has_battery() && inventory::kind_of(ItemType::Computer, chassis, None, None, None, false) == "desktop" {
            chassis = Some("Laptop");
        }
        let vm = cpuinfo.lines().any(|l| l.starts_with("flags") && l.split_whitespace().any(|f| f == "hypervisor"))
            || virtual_machine(inv.manufacturer.as_deref(), inv.model.as_deref());
        Ok(inv.finish(chassis, None, vm))
    }

    /// The kernel's host name, as `uname -n` gives it.
    fn host_name(limits: &Limits) -> Option<String> {
        read("/proc/sys/kernel/hostname").or_else(|| read("/etc/hostname")).or_else(|| {
            let out = run(OsStr::new("uname"), "uname", &["-n"], limits.document_bytes).ok()??;
            text(Some(&String::from_utf8_lossy(&out)))
        })
    }

    /// `/etc/os-release`: `KEY=value` lines, values maybe quoted.
    pub(super) fn os_release(content: &str) -> BTreeMap<String, String> {
        content
            .lines()
            .filter_map(|line| {
                let (key, value) = line.trim().split_once('=')?;
                let value = value.trim();
                let value = value
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                    .unwrap_or(value);
                let value = value.replace("\\\"", "\"").replace("\\\\", "\\");
                (!key.starts_with('#') && !value.is_empty()).then(|| (key.trim().to_string(), value))
            })
            .collect()
    }

    /// The publisher of every package, as the GLPI agent gives it (the
    /// distributor of `lsb_release -i`: "Debian", "Ubuntu"), so that the same
    /// machine inventoried by the agent and by Parc lists the same software.
    pub(super) fn distributor(os: &BTreeMap<String, String>) -> Option<String> {
        let id = os.get("ID").or_else(|| os.get("NAME"))?;
        let mut chars = id.chars();
        let head = chars.next()?;
        Some(head.to_uppercase().chain(chars).collect())
    }

    /// One entry per processor package (`physical id`), as agents count them.
    pub(super) fn cpus(cpuinfo: &str, max_khz: Option<u64>) -> Vec<Cpu> {
        let mut sockets: BTreeMap<u32, (Cpu, u32)> = BTreeMap::new();
        for block in cpuinfo.split("\n\n").filter(|b| b.contains("processor")) {
            let field = |name: &str| {
                block.lines().find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    (k.trim() == name).then(|| v.trim()).filter(|v| !v.is_empty())
                })
            };
            let id = field("physical id").and_then(|v| v.parse().ok()).unwrap_or(0);
            let entry = sockets.entry(id).or_insert_with(|| {
                let manufacturer = field("vendor_id").map(|v| match v {
                    "GenuineIntel" => "Intel".to_string(),
                    "AuthenticAMD" => "AMD".to_string(),
                    other => other.to_string(),
                });
                let mhz = max_khz
                    .map(|k| k / 1000)
                    .or_else(|| field("cpu MHz").and_then(|v| v.parse::<f64>().ok()).map(|m| m.round() as u64));
                let cpu = Cpu {
                    name: field("model name")
                        .or_else(|| field("Processor"))
                        .or_else(|| field("cpu model"))
                        .map(String::from),
                    manufacturer,
                    cores: field("cpu cores").and_then(|v| v.parse().ok()),
                    threads: None,
                    speed_mhz: mhz.and_then(|m| u32::try_from(m).ok()).filter(|m| *m > 0),
                };
                (cpu, 0)
            });
            entry.1 += 1;
        }
        sockets
            .into_values()
            .map(|(mut cpu, threads)| {
                cpu.threads = Some(threads);
                cpu.cores = cpu.cores.or(Some(threads));
                cpu
            })
            .collect()
    }

    /// `MemTotal` in MiB, as the agents compute it.
    pub(super) fn memory_mib(meminfo: &str) -> Option<u64> {
        let line = meminfo.lines().find(|l| l.starts_with("MemTotal:"))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb / 1024).filter(|m| *m > 0)
    }

    /// The disks of `/sys/block` that are hardware: loop, RAM, zram,
    /// device-mapper and RAID devices have no `device` behind them, optical
    /// drives change with the disc, and removable media are not the machine's.
    fn disks() -> Vec<Disk> {
        let Ok(entries) = std::fs::read_dir("/sys/block") else { return Vec::new() };
        let mut list: Vec<Disk> = entries
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let skipped =
                    ["loop", "ram", "zram", "dm-", "md", "nbd", "sr", "fd"].iter().any(|p| name.starts_with(p))
                        || (name.starts_with("mmcblk") && (name.contains("boot") || name.ends_with("rpmb")));
                let dir = entry.path();
                if skipped || !dir.join("device").exists() || read(dir.join("removable")).as_deref() == Some("1") {
                    return None;
                }
                // Always in 512-byte sectors, whatever the disk's own sector size.
                let sectors: u64 = read(dir.join("size"))?.parse().ok()?;
                let size_mb = sectors.saturating_mul(512) / 1_000_000;
                if size_mb == 0 {
                    return None;
                }
                let serial = read(dir.join("device/serial")).or_else(|| read(dir.join("serial")));
                Some(Disk {
                    model: read(dir.join("device/model")),
                    serial: serial.as_deref().and_then(values::serial),
                    size_mb: Some(size_mb),
                    name: Some(name),
                })
            })
            .collect();
        list.sort_by(|a, b| a.name.cmp(&b.name));
        list
    }

    /// Whether a network interface is hardware (`/sys/class/net/<name>/device`).
    fn physical(name: &str) -> bool {
        Path::new("/sys/class/net").join(name).join("device").exists()
    }

    fn interfaces(limits: &Limits) -> Result<Vec<NetworkInterface>, ImportError> {
        let json = match run(OsStr::new("ip"), "ip", &["-j", "address", "show"], limits.document_bytes) {
            Ok(Some(out)) => Some(out),
            // An `ip` too old for JSON, or none: the MAC and IPv6 addresses the kernel lists.
            Ok(None) | Err(ImportError::CommandFailed { .. }) => None,
            Err(e) => return Err(e),
        };
        Ok(json.and_then(|out| ip_addresses(&String::from_utf8_lossy(&out), physical)).unwrap_or_else(sysfs_interfaces))
    }

    /// The interfaces of `ip -j address`: the loopback left out, and
    /// temporary IPv6 addresses (privacy extensions, renewed daily) too.
    /// Virtual interfaces without an address (bridge ports, `veth` pairs of
    /// containers, `ifb`) come and go and say nothing of the machine.
    pub(super) fn ip_addresses(json: &str, physical: impl Fn(&str) -> bool) -> Option<Vec<NetworkInterface>> {
        let links: Vec<Value> = serde_json::from_str(json).ok()?;
        let mut list = Vec::new();
        for link in &links {
            let Some(name) = link.get("ifname").and_then(Value::as_str) else { continue };
            let kind = link.get("link_type").and_then(Value::as_str);
            if inventory::is_loopback(name, kind, None) {
                continue;
            }
            let mac = link.get("address").and_then(Value::as_str).and_then(values::mac);
            let virtual_device = !physical(name);
            let mut iface =
                NetworkInterface { name: name.to_string(), mac, ipv4: Vec::new(), ipv6: Vec::new(), virtual_device };
            for addr in link.get("addr_info").and_then(Value::as_array).into_iter().flatten() {
                let Some(ip) = addr.get("local").and_then(Value::as_str) else { continue };
                match addr.get("family").and_then(Value::as_str) {
                    Some("inet") => iface.ipv4.push(ip.to_string()),
                    Some("inet6") if addr.get("temporary").and_then(Value::as_bool) != Some(true) => {
                        iface.ipv6.push(ip.to_string());
                    }
                    _ => {}
                }
            }
            if iface.virtual_device && iface.ipv4.is_empty() && iface.ipv6.is_empty() {
                continue;
            }
            list.push(iface);
        }
        Some(list)
    }

    /// Without `ip`: each interface's MAC from `/sys/class/net` and its IPv6
    /// addresses from `/proc/net/if_inet6` (IPv4 addresses need a netlink
    /// socket, which the standard library does not open).
    fn sysfs_interfaces() -> Vec<NetworkInterface> {
        let inet6 = std::fs::read_to_string("/proc/net/if_inet6").unwrap_or_default();
        let Ok(entries) = std::fs::read_dir("/sys/class/net") else { return Vec::new() };
        let mut list: Vec<NetworkInterface> = entries
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                if inventory::is_loopback(&name, None, None) {
                    return None;
                }
                let ipv6: Vec<String> = inet6
                    .lines()
                    .filter_map(|l| {
                        let f: Vec<&str> = l.split_whitespace().collect();
                        let flags = u32::from_str_radix(f.get(4)?, 16).ok()?;
                        // IFA_F_TEMPORARY: a privacy address.
                        if f.get(5) != Some(&name.as_str()) || flags & 0x01 != 0 {
                            return None;
                        }
                        let bits = u128::from_str_radix(f.first()?, 16).ok()?;
                        Some(std::net::Ipv6Addr::from(bits).to_string())
                    })
                    .collect();
                let virtual_device = !physical(&name);
                if virtual_device && ipv6.is_empty() {
                    return None;
                }
                let mac = read(entry.path().join("address")).as_deref().and_then(values::mac);
                Some(NetworkInterface { name, mac, ipv4: Vec::new(), ipv6, virtual_device })
            })
            .collect();
        list.sort_by(|a, b| a.name.cmp(&b.name));
        list
    }

    /// The installed packages: `dpkg-query` on Debian and its derivatives,
    /// `rpm` elsewhere; `None` when neither is there.
    fn software(limits: &Limits, distributor: Option<&str>) -> Result<Option<Vec<Software>>, ImportError> {
        let format = "${Package}\\t${Version}\\t${Status}\\n";
        if let Some(out) = run(OsStr::new("dpkg-query"), "dpkg-query", &["-W", "-f", format], limits.document_bytes)? {
            let list = dpkg_packages(&String::from_utf8_lossy(&out), distributor);
            if !list.is_empty() {
                return Ok(Some(list));
            }
        }
        let format = "%{NAME}\\t%{VERSION}-%{RELEASE}\\t%{VENDOR}\\t%{INSTALLTIME}\\n";
        Ok(run(OsStr::new("rpm"), "rpm", &["-qa", "--queryformat", format], limits.document_bytes)?
            .map(|out| rpm_packages(&String::from_utf8_lossy(&out))))
    }

    /// `dpkg-query -W -f '${Package}\t${Version}\t${Status}\n'`: the
    /// packages whose status ends in "installed" (not those removed with
    /// their configuration left, "deinstall ok config-files").
    pub(super) fn dpkg_packages(out: &str, publisher: Option<&str>) -> Vec<Software> {
        out.lines()
            .filter_map(|line| {
                let mut f = line.split('\t');
                let (name, version, status) = (f.next()?, f.next()?, f.next()?);
                if !status.trim().ends_with(" installed") {
                    return None;
                }
                Some(Software {
                    name: text(Some(name))?,
                    version: text(Some(version)),
                    publisher: publisher.map(String::from),
                    install_date: None,
                })
            })
            .collect()
    }

    /// `rpm -qa --queryformat '%{NAME}\t%{VERSION}-%{RELEASE}\t%{VENDOR}\t%{INSTALLTIME}\n'`,
    /// without the `gpg-pubkey` entries (signing keys, not software).
    pub(super) fn rpm_packages(out: &str) -> Vec<Software> {
        out.lines()
            .filter_map(|line| {
                let mut f = line.split('\t');
                let (name, version, vendor, installed) = (f.next()?, f.next()?, f.next()?, f.next()?);
                if name == "gpg-pubkey" {
                    return None;
                }
                let install_date = installed
                    .trim()
                    .parse()
                    .ok()
                    .and_then(|secs| DateTime::from_timestamp(secs, 0))
                    .map(|d| d.with_timezone(&Local).date_naive());
                Some(Software {
                    name: text(Some(name))?,
                    version: text(Some(version)),
                    publisher: text(Some(vendor)).filter(|v| v != "(none)"),
                    install_date,
                })
            })
            .collect()
    }

    /// A battery of the system (not a wireless mouse's, whose scope is "Device").
    fn has_battery() -> bool {
        let Ok(entries) = std::fs::read_dir("/sys/class/power_supply") else { return false };
        entries.flatten().any(|e| {
            read(e.path().join("type")).as_deref() == Some("Battery")
                && read(e.path().join("scope")).as_deref() != Some("Device")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chassis_numbers_give_the_kind_agents_give() {
        let kind = |code| inventory::kind_of(crate::ItemType::Computer, chassis_name(code), None, None, None, false);
        for laptop in [8, 9, 10, 14, 31, 32] {
            assert_eq!(kind(laptop), "laptop", "chassis type {laptop}");
        }
        assert_eq!(kind(3), "desktop");
        assert_eq!(kind(23), "server");
        assert_eq!(kind(30), "tablet");
        assert_eq!(kind(2), "desktop", "unknown");
    }

    #[test]
    fn powershell_dates_in_every_shape() {
        let at = |y, m, d, h, min, s| NaiveDate::from_ymd_opt(y, m, d).and_then(|d| d.and_hms_opt(h, min, s));
        let date = |s: &str| powershell_date(&Value::String(s.into()));
        // 2023-11-14 22:13:20 UTC, taken at +01:00.
        assert_eq!(date("/Date(1700000000000+0100)/"), at(2023, 11, 14, 23, 13, 20));
        assert_eq!(date("/Date(1700000000000-0500)/"), at(2023, 11, 14, 17, 13, 20));
        assert_eq!(date("2026-11-20T10:15:00"), at(2026, 11, 20, 10, 15, 0));
        assert_eq!(date("2026-11-20T10:15:00.1234567+01:00"), at(2026, 11, 20, 10, 15, 0));
        let wrapped = serde_json::json!({ "value": "/Date(1700000000000+0000)/", "DisplayHint": 2 });
        assert_eq!(powershell_date(&wrapped), at(2023, 11, 14, 22, 13, 20));
        let local = DateTime::<Utc>::from_timestamp_millis(1_700_000_000_000).map(|d| d.with_timezone(&Local));
        assert_eq!(date("/Date(1700000000000)/"), local.map(|d| d.naive_local()));
        assert_eq!(date("yesterday"), None);
    }

    #[test]
    fn registry_install_dates() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(registry_date("20240307"), d(2024, 3, 7));
        assert_eq!(registry_date("2024307"), d(2024, 3, 7));
        assert_eq!(registry_date("3/7/2024"), d(2024, 3, 7));
        assert_eq!(registry_date("2024-03-07"), d(2024, 3, 7));
        assert_eq!(registry_date("20241307"), None);
        assert_eq!(registry_date(""), None);
    }

    #[test]
    fn lists_of_one_nulls_and_wrapped_arrays_read_alike() {
        let one = serde_json::json!({ "a": { "x": 1 }, "b": [{ "x": 1 }, { "x": 2 }], "c": null,
            "d": { "value": [{ "x": 1 }], "Count": 1 } });
        assert_eq!(items(one.get("a")).len(), 1);
        assert_eq!(items(one.get("b")).len(), 2);
        assert_eq!(items(one.get("c")).len(), 0);
        assert_eq!(items(one.get("d")).len(), 1);
        assert_eq!(items(one.get("missing")).len(), 0);
    }

    #[test]
    fn the_script_is_encoded_as_powershell_decodes_it() {
        // [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes('dir')) in PowerShell.
        assert_eq!(encoded_command("dir"), "ZABpAHIA");
        assert_eq!(encoded_command("é"), "6QA=");
        assert_eq!(encoded_command(""), "");
        assert!(WINDOWS_SCRIPT.contains("ConvertTo-Json -Depth 4 -Compress"));
    }

    #[test]
    fn too_much_software_is_refused() {
        let many = vec![Software { name: "x".into(), ..Default::default() }; MAX_SOFTWARE + 1];
        assert!(matches!(software_list(many), Err(ImportError::TooManySoftware { limit: MAX_SOFTWARE })));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn linux_files_as_the_kernel_writes_them() {
        let cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Core(TM) i5-8350U CPU @ 1.70GHz\n\
                       cpu MHz\t\t: 1896.000\nphysical id\t: 0\ncpu cores\t: 4\n\n\
                       processor\t: 1\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Core(TM) i5-8350U CPU @ 1.70GHz\n\
                       physical id\t: 0\ncpu cores\t: 4\n\n";
        let cpus = linux::cpus(cpuinfo, Some(3_600_000));
        assert_eq!(cpus.len(), 1);
        assert_eq!(
            (cpus[0].manufacturer.as_deref(), cpus[0].cores, cpus[0].threads, cpus[0].speed_mhz),
            (Some("Intel"), Some(4), Some(2), Some(3600))
        );
        assert_eq!(linux::cpus(cpuinfo, None)[0].speed_mhz, Some(1896));
        assert_eq!(linux::memory_mib("MemTotal:       24684092 kB\nMemFree: 1 kB\n"), Some(24105));

        let os = linux::os_release("NAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nID=debian\n# comment\n");
        assert_eq!(os.get("NAME").map(String::as_str), Some("Debian GNU/Linux"));
        assert_eq!(linux::distributor(&os).as_deref(), Some("Debian"));

        let dpkg = "adduser\t3.134\tinstall ok installed\nold\t1.0\tdeinstall ok config-files\nvim\t2:9.0\tinstall ok installed\n";
        let soft = linux::dpkg_packages(dpkg, Some("Debian"));
        assert_eq!(soft.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["adduser", "vim"]);
        assert_eq!(soft[1].version.as_deref(), Some("2:9.0"));
        let rpm = "bash\t5.2.15-5.fc39\tFedora Project\t1700000000\ngpg-pubkey\t1-2\t(none)\t1\n";
        let soft = linux::rpm_packages(rpm);
        assert_eq!(soft.len(), 1);
        assert_eq!(soft[0].publisher.as_deref(), Some("Fedora Project"));

        let ip = r#"[{"ifname":"lo","link_type":"loopback","address":"00:00:00:00:00:00","addr_info":[{"family":"inet","local":"127.0.0.1"}]},
            {"ifname":"veth1","link_type":"ether","address":"86:54:c1:4c:1c:53","addr_info":[]},
            {"ifname":"wlp2s0","link_type":"ether","address":"a4:c3:f0:11:22:33","addr_info":[
                {"family":"inet","local":"192.168.1.20"},{"family":"inet6","local":"2a01:e0a::1","temporary":true},
                {"family":"inet6","local":"fe80::1"}]}]"#;
        let list = linux::ip_addresses(ip, |name| name == "wlp2s0").expect("json");
        assert_eq!(list.len(), 1, "{list:?}");
        assert_eq!(list[0].mac.as_deref(), Some("A4:C3:F0:11:22:33"));
        assert_eq!(
            (list[0].ipv4.as_slice(), list[0].ipv6.as_slice()),
            (&["192.168.1.20".to_string()][..], &["fe80::1".to_string()][..])
        );
        assert!(linux::ip_addresses("Object \"-j\" is unknown", |_| true).is_none());
    }
}
