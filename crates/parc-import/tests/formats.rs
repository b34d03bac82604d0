//! Every file of `tests/fixtures/` read by the importers: real inventories
//! (GLPI's examples, FusionInventory XML, one made on a Debian 12 machine),
//! Snipe-IT samples, hand-made French spreadsheets and AD exports, and the
//! malformed files that must be refused with the right error.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use parc_core::{AssetStatus, Cents, Lang, Localized};
use parc_import::{
    AssetField, AssetsCsv, DateOrder, Format, ImportError, Inventory, ItemType, Limits, RowProblem, TextEncoding,
    detect_file, directory, licences, read_inventory,
};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn fixture(rel: &str) -> PathBuf {
    fixtures().join(rel)
}

fn inventory(rel: &str) -> Inventory {
    read_inventory(&fixture(rel), &Limits::default()).unwrap_or_else(|e| panic!("{rel}: {}", e.message(Lang::En)))
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn software<'a>(inv: &'a Inventory, name: &str) -> Vec<&'a parc_import::Software> {
    inv.software.as_deref().unwrap_or_default().iter().filter(|s| s.name == name).collect()
}

fn all_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("fixtures folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            all_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Reads a file with the importer its format calls for; the count of records read.
fn read_any(path: &Path) -> Result<(Format, usize), String> {
    let limits = Limits::default();
    let msg = |e: ImportError| e.message(Lang::En);
    let format = detect_file(path).map_err(msg)?;
    let count = match format {
        Format::GlpiJson | Format::FusionXml => {
            read_inventory(path, &limits).map_err(msg)?;
            1
        }
        Format::AssetsCsv => {
            let csv = AssetsCsv::open(path, &limits).map_err(msg)?;
            let rows: Vec<_> = csv.rows(csv.mapping()).map_err(msg)?.collect();
            if let Some(Err(e)) = rows.iter().find(|r| r.is_err()) {
                return Err(e.message(Lang::En));
            }
            rows.len()
        }
        Format::AdUsersCsv | Format::PeopleCsv => directory::read_users(path, &limits)
            .map_err(msg)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.message(Lang::En))?
            .len(),
        Format::AdComputersCsv => directory::read_computers(path, &limits)
            .map_err(msg)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.message(Lang::En))?
            .len(),
        Format::LocationsCsv => directory::read_locations(path, &limits)
            .map_err(msg)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.message(Lang::En))?
            .len(),
        Format::LicencesCsv => licences::read_licences(path, &limits)
            .map_err(msg)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.message(Lang::En))?
            .len(),
    };
    Ok((format, count))
}

#[test]
fn every_fixture_is_read_or_refused_as_it_should() {
    let mut files = Vec::new();
    all_files(&fixtures(), &mut files);
    files.sort();
    let mut read = Vec::new();
    for path in &files {
        let rel = path.strip_prefix(fixtures()).expect("inside").to_string_lossy().replace('\\', "/");
        if rel.ends_with("README.md") || rel.ends_with("LICENSE") {
            continue;
        }
        let result = read_any(path);
        if rel.starts_with("malformed/") || rel.ends_with("inventory.schema.json") {
            assert!(result.is_err(), "{rel} must be refused, got {result:?}");
        } else {
            let (format, count) = result.unwrap_or_else(|e| panic!("{rel}: {e}"));
            read.push((rel, format, count));
        }
    }
    let expected = [
        ("ad/computers.csv", Format::AdComputersCsv, 6),
        ("ad/users.csv", Format::AdUsersCsv, 8),
        ("csv/glpi-export-ordinateurs.csv", Format::AssetsCsv, 3),
        ("csv/inventaire-excel-fr.csv", Format::AssetsCsv, 6),
        ("fusioninventory/debian12.xml", Format::FusionXml, 1),
        ("glpi-inventory-format/examples/computer_1.json", Format::GlpiJson, 1),
        ("glpi-inventory-format/examples/computer_1_partial_softs.json", Format::GlpiJson, 1),
        ("glpi-inventory-format/examples/computer_2.json", Format::GlpiJson, 1),
        ("glpi-inventory-format/examples/networkequipment_2.json", Format::GlpiJson, 1),
        ("glpi-inventory-format/examples/printer_2.json", Format::GlpiJson, 1),
        ("glpi-inventory-format/xml/1.xml", Format::FusionXml, 1),
        ("glpi-inventory-format/xml/12.xml", Format::FusionXml, 1),
        ("glpi-inventory-format/xml/8.xml", Format::FusionXml, 1),
        ("snipe-it-csv/assets-sample.csv", Format::AssetsCsv, 22),
        ("snipe-it-csv/licenses-sample.csv", Format::LicencesCsv, 50),
        ("snipe-it-csv/locations-sample.csv", Format::LocationsCsv, 19),
        ("snipe-it-csv/users-sample.csv", Format::PeopleCsv, 100),
    ];
    let got: Vec<(&str, Format, usize)> = read.iter().map(|(r, f, c)| (r.as_str(), *f, *c)).collect();
    assert_eq!(got, expected);
}

#[test]
fn a_glpi_agent_laptop_with_its_hardware_and_software() {
    let inv = inventory("glpi-inventory-format/examples/computer_1.json");
    assert_eq!(inv.item_type, ItemType::Computer);
    assert_eq!(inv.kind, "laptop", "chassis Laptop");
    assert_eq!(inv.name, "glpixps");
    assert_eq!(inv.serial.as_deref(), Some("640HP72"));
    assert_eq!(inv.system_uuid.as_deref(), Some("4C4C4544-0034-3010-8048-B6C04F503732"));
    assert_eq!((inv.manufacturer.as_deref(), inv.model.as_deref()), (Some("Dell Inc."), Some("XPS 13 9350")));
    assert_eq!(inv.os_name.as_deref(), Some("Fedora 31 (Workstation Edition)"));
    assert_eq!(inv.os_version.as_deref(), Some("31 (Workstation Edition)"));
    assert_eq!(inv.os_arch.as_deref(), Some("x86_64"));
    assert_eq!(inv.firmware.as_deref(), Some("1.4.3"));
    assert_eq!(inv.memory_mib, Some(7800));
    assert_eq!(inv.cpu_summary().as_deref(), Some("Intel(R) Core(TM) i5-6200U CPU @ 2.30GHz"));
    let cpu = &inv.cpus.as_ref().expect("cpus")[0];
    assert_eq!((cpu.cores, cpu.threads, cpu.speed_mhz), (Some(2), Some(4), Some(2300)));
    let disks = inv.disks.as_ref().expect("disks");
    assert_eq!(disks.len(), 1);
    assert_eq!((disks[0].name.as_deref(), disks[0].size_mb), (Some("nvme0n1"), Some(256_060)));
    let nics = inv.interfaces.as_ref().expect("interfaces");
    let names: Vec<&str> = nics.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["enp57s0u1u4", "wlp58s0", "virbr0", "virbr0-nic"], "the loopback is left out");
    assert_eq!(nics[0].mac.as_deref(), Some("00:E0:4C:68:01:DB"));
    assert_eq!(nics[0].ipv4, ["192.168.1.142"]);
    assert_eq!(nics[0].ipv6, ["fe80::b283:4fa3:d3f2:96b1"], "one interface per name and MAC, both families");
    assert!(nics[2].virtual_device);
    assert_eq!(inv.primary_interface().map(|i| i.ipv4[0].as_str()), Some("192.168.1.142"));
    let soft = inv.software.as_ref().expect("software");
    assert_eq!(soft.len(), 6);
    let gitg = software(&inv, "gitg");
    assert_eq!(gitg[0].version.as_deref(), Some("3.32.1-1.fc31"));
    assert_eq!(gitg[0].publisher.as_deref(), Some("Fedora Project"));
    assert_eq!(gitg[0].install_date, Some(date(2019, 12, 19)));
    assert_eq!(soft.first().map(|s| s.name.as_str()), Some("expat"), "sorted by name");
    assert_eq!(inv.inventoried_at.map(|d| d.to_string()).as_deref(), Some("2020-06-12 14:19:54"));
    assert_eq!(inv.last_user.as_deref(), Some("root"));
    assert!(!inv.partial);
}

#[test]
fn a_partial_inventory_leaves_missing_sections_unknown() {
    let inv = inventory("glpi-inventory-format/examples/computer_1_partial_softs.json");
    assert!(inv.partial);
    assert_eq!(inv.serial.as_deref(), Some("640HP72"));
    assert_eq!((inv.cpus.as_ref(), inv.disks.as_ref(), inv.interfaces.as_ref()), (None, None, None));
    assert_eq!(inv.software.as_ref().map(Vec::len), Some(6));
    assert_eq!(software(&inv, "gitg")[0].version.as_deref(), Some("3.33.0-1.fc31"));
    let bare = inventory("glpi-inventory-format/examples/computer_2.json");
    assert_eq!((bare.name.as_str(), bare.serial.as_deref(), bare.memory_mib), ("COMP1", Some("2FAGP34"), Some(7830)));
    assert_eq!(bare.software, None);
}

#[test]
fn network_equipment_and_printers_from_snmp() {
    let sw = inventory("glpi-inventory-format/examples/networkequipment_2.json");
    assert_eq!((sw.item_type, sw.kind.as_str()), (ItemType::NetworkEquipment, "switch"));
    assert_eq!(sw.name, "3k-1-pa3.glpi-project.infra");
    assert_eq!(sw.serial.as_deref(), Some("FOC1243W0ED"));
    assert_eq!((sw.manufacturer.as_deref(), sw.model.as_deref()), (Some("Cisco"), Some("Catalyst 3750-24/48")));
    assert_eq!(sw.firmware.as_deref(), Some("12.2(55)SE6"));
    assert_eq!(sw.memory_mib, Some(128));
    let ports = sw.interfaces.as_ref().expect("ports");
    assert_eq!(ports.iter().filter(|p| !p.name.is_empty()).count(), 475, "one per port");
    assert_eq!(ports.iter().flat_map(|p| &p.ipv4).count(), 29, "every address of the device, once");
    let printer = inventory("glpi-inventory-format/examples/printer_2.json");
    assert_eq!((printer.item_type, printer.kind.as_str()), (ItemType::Printer, "printer"));
    assert_eq!((printer.name.as_str(), printer.serial.as_deref()), ("MX5970", Some("SDFSDF9874")));
    let main = printer.primary_interface().expect("address");
    assert_eq!(
        (main.mac.as_deref(), main.ipv4.as_slice()),
        (Some("00:85:EB:F4:BE:20"), &["10.59.29.176".to_string()][..])
    );
    let brother = inventory("glpi-inventory-format/xml/8.xml");
    assert_eq!((brother.kind.as_str(), brother.name.as_str()), ("printer", "CE75I09008"));
    assert_eq!((brother.serial.as_deref(), brother.memory_mib), (Some("D9J230159"), Some(32)));
    assert_eq!(brother.device_id.as_deref(), Some("foo"));
    let main = brother.primary_interface().expect("address");
    assert_eq!((main.mac.as_deref(), main.ipv4[0].as_str()), (Some("00:1B:A9:12:11:F2"), "10.75.230.125"));
}

#[test]
fn fusioninventory_xml_from_linux_and_windows() {
    let lf = inventory("glpi-inventory-format/xml/1.xml");
    assert_eq!((lf.name.as_str(), lf.kind.as_str()), ("LF014", "laptop"));
    assert_eq!(lf.serial.as_deref(), Some("9E113232I"));
    assert_eq!(lf.system_uuid.as_deref(), Some("0055ADC9-1D3A-E411-8043-B05D95113232"));
    assert_eq!(lf.memory_mib, Some(7908));
    assert_eq!(lf.os_name.as_deref(), Some("Fedora release 25 (Twenty Five)"));
    assert_eq!(lf.software.as_ref().map(Vec::len), Some(42));
    let php = software(&lf, "php71-php-process");
    assert_eq!((php[0].version.as_deref(), php[0].install_date), (Some("7.1.6-1.fc25.remi"), Some(date(2017, 6, 8))));
    assert_eq!(software(&lf, "xerces-j2")[0].install_date, None, "N/A");
    assert_eq!(lf.disks.as_ref().map(|d| d[0].size_mb), Some(Some(250_059)));
    let win = inventory("glpi-inventory-format/xml/12.xml");
    assert_eq!((win.name.as_str(), win.kind.as_str()), ("pc-arg-23", "laptop"));
    assert_eq!(win.serial.as_deref(), Some("CZC0479792"));
    assert_eq!(win.os_name.as_deref(), Some("Microsoft Windows 8.1 Professionnel"));
    assert_eq!(win.software.as_ref().map(Vec::len), Some(8));
    let cc = software(&win, "CCleaner");
    assert_eq!((cc[0].version.as_deref(), cc[0].install_date), (Some("5.09"), Some(date(2015, 9, 11))));
    assert_eq!(win.primary_interface().and_then(|i| i.mac.as_deref()), Some("68:B5:99:E6:84:EB"));
    assert_eq!(win.last_user.as_deref(), Some("cvigneron"));
}

#[test]
fn the_inventory_made_here_by_fusioninventory_agent() {
    let deb = inventory("fusioninventory/debian12.xml");
    assert_eq!(deb.name, "vm");
    assert_eq!((deb.serial.as_deref(), deb.system_uuid.as_deref()), (None, None), "a container has neither");
    assert_eq!(deb.kind, "server", "a virtual machine");
    assert_eq!(deb.os_name.as_deref(), Some("Debian GNU/Linux 12 (bookworm)"));
    assert_eq!(deb.os_version.as_deref(), Some("12.11"));
    let soft = deb.software.as_ref().expect("packages");
    assert_eq!(soft.len(), 1185);
    assert_eq!(software(&deb, "bash")[0].version.as_deref(), Some("5.2.15-2+b8"));
    assert_eq!(software(&deb, "fusioninventory-agent")[0].version.as_deref(), Some("1:2.6-3"));
    assert_eq!(software(&deb, "bash")[0].publisher.as_deref(), Some("Debian"));
    let eth0 = deb.primary_interface().expect("eth0");
    assert_eq!((eth0.name.as_str(), eth0.mac.as_deref()), ("eth0", Some("02:FC:00:00:00:01")));
    assert_eq!(eth0.ipv4, ["192.0.2.2"]);
}

#[test]
fn a_snipe_it_export_is_mapped_and_read_with_american_dates() {
    let csv = AssetsCsv::open(&fixture("snipe-it-csv/assets-sample.csv"), &Limits::default()).expect("open");
    assert_eq!((csv.encoding(), csv.delimiter(), csv.row_count()), (TextEncoding::Utf8Bom, ',', 22));
    let m = csv.mapping();
    let field = |h: &str| m.columns.iter().find(|c| c.header == h).and_then(|c| c.field);
    assert_eq!(field("Asset Tag"), Some(AssetField::Tag));
    assert_eq!(field("Name"), Some(AssetField::Name));
    assert_eq!(field("Category"), Some(AssetField::Kind));
    assert_eq!(field("Purchase Cost"), Some(AssetField::PurchaseCost));
    assert_eq!(field("Checked Out To: Email"), Some(AssetField::AssigneeEmail));
    assert_eq!(
        m.unmapped(),
        ["Company", "Model Notes", "Model Number", "Checkout Type", "Checked Out To: Location", "Asset EOL Date"]
    );
    assert_eq!(m.column_of(AssetField::PurchaseDate).map(|c| c.date_order), Some(DateOrder::MonthFirst));
    let rows: Vec<_> = csv.rows(m).expect("rows").collect::<Result<_, _>>().expect("valid rows");
    assert_eq!(rows.len(), 22);
    let first = &rows[0];
    assert_eq!((first.line, first.tag.as_deref(), first.name.as_deref()), (2, Some("ICC-2065556"), Some("Backhoe")));
    assert_eq!(first.supplier.as_deref(), Some("Kunde, Doyle and Kozey"), "a quoted comma");
    assert_eq!(first.model.as_deref(), Some("Macbook Pro 13\""));
    assert_eq!((first.purchase_date, first.purchase_cost), (Some(date(2023, 1, 23)), Some(Cents(226_613))));
    assert_eq!(first.assignee, None);
    let second = &rows[1];
    let person = second.assignee.as_ref().expect("checked out");
    assert_eq!(person.account.as_deref(), Some("gmccrackem2a"));
    assert_eq!(person.email.as_deref(), Some("gmccrackem2a@bing.com"));
    assert_eq!(person.full_name().as_deref(), Some("Gage McCrackem"));
    assert_eq!(second.purchase_date, Some(date(2022, 11, 14)));
    assert_eq!(rows.iter().filter(|r| r.assignee.is_some()).count(), 9);
}

#[test]
fn a_french_excel_file_in_windows_1252_with_semicolons() {
    let csv = AssetsCsv::open(&fixture("csv/inventaire-excel-fr.csv"), &Limits::default()).expect("open");
    assert_eq!((csv.encoding(), csv.delimiter(), csv.row_count()), (TextEncoding::Windows1252, ';', 6));
    assert!(csv.mapping().unmapped().is_empty(), "{:?}", csv.mapping().unmapped());
    assert_eq!(csv.mapping().column_of(AssetField::PurchaseDate).map(|c| c.date_order), Some(DateOrder::DayFirst));
    let rows: Vec<_> = csv.rows(csv.mapping()).expect("rows").collect::<Result<_, _>>().expect("valid");
    let r = &rows[0];
    assert_eq!(r.name.as_deref(), Some("Portable Comptabilité"));
    assert_eq!((r.status, r.kind.as_deref()), (Some(AssetStatus::Deployed), Some("Ordinateurs portables")));
    assert_eq!(r.location.as_deref(), Some("Siège › Bâtiment A › Salle 101"));
    assert_eq!(r.assignee.as_ref().and_then(|p| p.name.as_deref()), Some("marie.dupont@exemple.fr"));
    assert_eq!((r.purchase_date, r.warranty_end), (Some(date(2023, 3, 15)), Some(date(2026, 3, 14))));
    assert_eq!(r.purchase_cost, Some(Cents(109_900)), "a no-break space groups thousands");
    assert_eq!(rows[2].name.as_deref(), Some("Écran accueil 27\""));
    let printer = &rows[3];
    assert_eq!((printer.line, printer.tag.as_deref()), (5, None), "no tag: Parc gives one");
    assert_eq!(printer.notes.as_deref(), Some("Bourrage papier répété ;\nenvoyée au SAV le 12/01/2026"));
    assert_eq!(printer.status, Some(AssetStatus::InRepair));
    assert_eq!(rows[4].line, 7, "the note on two lines counts both");
    assert_eq!(rows[4].status, Some(AssetStatus::Retired));
}

#[test]
fn a_glpi_export_with_grouped_headers() {
    let csv = AssetsCsv::open(&fixture("csv/glpi-export-ordinateurs.csv"), &Limits::default()).expect("open");
    assert_eq!(csv.mapping().unmapped(), ["Entité", "Dernière modification"]);
    let rows: Vec<_> = csv.rows(csv.mapping()).expect("rows").collect::<Result<_, _>>().expect("valid");
    assert_eq!(rows.len(), 3);
    let pc = &rows[0];
    assert_eq!((pc.tag.as_deref(), pc.name.as_deref()), (Some("GLPI-0042"), Some("PC-COMPTA-01")));
    assert_eq!((pc.kind.as_deref(), pc.status), (Some("Portable"), Some(AssetStatus::Deployed)));
    assert_eq!(pc.os_name.as_deref(), Some("Windows 11 Professionnel"));
    assert_eq!(pc.location.as_deref(), Some("Siège > Bâtiment A > Salle 101"));
    assert_eq!((pc.purchase_date, pc.warranty_end), (Some(date(2023, 6, 12)), Some(date(2026, 6, 11))));
}

#[test]
fn active_directory_exports_in_utf8_and_utf16() {
    let limits = Limits::default();
    let users: Vec<_> = directory::read_users(&fixture("ad/users.csv"), &limits)
        .expect("users")
        .collect::<Result<_, _>>()
        .expect("valid");
    assert_eq!(users.len(), 8);
    let j = &users[1];
    assert_eq!(
        (j.account.as_deref(), j.first_name.as_str(), j.last_name.as_str()),
        (Some("jlefevre"), "Jérôme", "Lefèvre")
    );
    assert_eq!(j.email.as_deref(), Some("jerome.lefevre@exemple.fr"));
    assert_eq!(j.department.as_deref(), Some("Direction des systèmes d'information"));
    assert_eq!(j.title.as_deref(), Some("Technicien support"));
    assert_eq!(j.line, 4, "after the #TYPE line and the headers");
    assert_eq!(
        users.iter().filter(|u| !u.enabled).map(|u| u.account.as_deref()).collect::<Vec<_>>(),
        [Some("fnoel"), Some("aroux")]
    );
    let service = &users[7];
    assert_eq!((service.last_name.as_str(), service.email.as_deref()), ("svc-sauvegarde", None));

    let computers: Vec<_> = directory::read_computers(&fixture("ad/computers.csv"), &limits)
        .expect("computers")
        .collect::<Result<_, _>>()
        .expect("valid");
    assert_eq!(computers.len(), 6);
    let first = &computers[0];
    assert_eq!((first.name.as_str(), first.dns_name.as_deref()), ("GLPIXPS", Some("glpixps.exemple.local")));
    assert_eq!(first.last_logon, Some(date(2020, 6, 12)), "French culture: day first");
    assert_eq!(first.os.as_deref(), Some("Fedora"));
    assert!(!computers[5].enabled);
    assert_eq!(computers[3].ipv4.as_deref(), Some("10.1.2.31"));
}

#[test]
fn snipe_it_people_locations_and_licences() {
    let limits = Limits::default();
    let people: Vec<_> = directory::read_users(&fixture("snipe-it-csv/users-sample.csv"), &limits)
        .expect("people")
        .collect::<Result<_, _>>()
        .expect("valid");
    assert_eq!(people.len(), 100);
    assert_eq!((people[0].first_name.as_str(), people[0].account.as_deref()), ("Reagen", Some("rtenant0")));
    assert_eq!(people.iter().filter(|p| p.enabled).count(), 55);
    assert_eq!(people[0].title.as_deref(), Some("Nurse Practicioner"));
    let places: Vec<_> = directory::read_locations(&fixture("snipe-it-csv/locations-sample.csv"), &limits)
        .expect("places")
        .collect::<Result<_, _>>()
        .expect("valid");
    assert_eq!(places.len(), 19);
    assert_eq!(places[0].name, "Peace River");
    assert_eq!(places[0].address.as_deref(), Some("8 Brentwood Court, T8S, Birendranagar, AB, CA"));
    let lic: Vec<_> = licences::read_licences(&fixture("snipe-it-csv/licenses-sample.csv"), &limits)
        .expect("licences")
        .collect::<Result<_, _>>()
        .expect("valid");
    assert_eq!(lic.len(), 50);
    assert_eq!(lic[0].product_key.as_deref(), Some("4c2713a1-5b73-4ecb-b2e9-62bf0ff57165"));
    assert_eq!((lic[0].purchase_date, lic[0].expiration), (Some(date(2008, 11, 24)), Some(date(2016, 2, 26))));
    assert_eq!(lic[0].purchase_cost, Some(Cents(1258)));
    assert_eq!(lic[0].seats, Some(56));
}

#[test]
fn malformed_files_get_the_error_that_names_their_fault() {
    let limits = Limits::default();
    let inv = |rel: &str| read_inventory(&fixture(rel), &limits).expect_err(rel);
    assert!(matches!(inv("malformed/truncated.xml"), ImportError::XmlTruncated));
    assert!(matches!(inv("malformed/billion-laughs.xml"), ImportError::XmlEntityDeclaration));
    assert!(matches!(inv("malformed/external-entity.xml"), ImportError::XmlEntityDeclaration));
    assert!(matches!(inv("malformed/undeclared-entity.xml"), ImportError::XmlUnknownEntity(e) if e == "xxe"));
    let e = inv("malformed/truncated.json");
    assert!(matches!(&e, ImportError::Json { line: 82, message, .. } if message.contains("EOF")), "{e:?}");
    assert!(matches!(
        inv("glpi-inventory-format/inventory.schema.json"),
        ImportError::NotAnInventory(_) | ImportError::UnknownFormat
    ));
    for binary in ["malformed/image-png-renamed.csv", "malformed/program-elf-renamed.csv"] {
        let e = detect_file(&fixture(binary)).expect_err(binary);
        assert!(matches!(e, ImportError::NotText), "{binary}: {e:?}");
        assert!(e.message(Lang::Fr).starts_with("Ce n'est pas un fichier texte"));
        assert!(matches!(AssetsCsv::open(&fixture(binary), &limits), Err(ImportError::NotText)));
    }
    let none = AssetsCsv::open(&fixture("malformed/no-known-column.csv"), &limits).expect("a table");
    let e = none.rows(none.mapping()).err().expect("refused");
    assert_eq!(
        e.message(Lang::Fr),
        "Aucune colonne ne donne un numéro d'inventaire, un numéro de série ou un nom ; colonnes non reconnues : Couleur, Saveur, Poids"
    );
}

#[test]
fn a_line_with_a_field_missing_is_reported_with_its_number_and_the_rest_read() {
    let csv = AssetsCsv::open(&fixture("malformed/wrong-column-count.csv"), &Limits::default()).expect("open");
    let rows: Vec<_> = csv.rows(csv.mapping()).expect("rows").collect();
    assert_eq!(rows.len(), 3);
    assert!(rows[0].is_ok() && rows[2].is_ok());
    let e = rows[1].as_ref().expect_err("line 3");
    assert_eq!((e.line, &e.problem), (3, &RowProblem::FieldCount { expected: 6, found: 5 }));
    assert_eq!(e.message(Lang::Fr), "Ligne 3 : 5 champs au lieu des 6 de la ligne d'en-têtes");
}

#[test]
fn bad_cells_are_named_by_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("prix.csv");
    std::fs::write(
        &path,
        "Numéro de série;Prix;Date d'achat;Statut\nSN1;12,50;23/01/2023;En stock\nSN2;douze;01/02/2023;En stock\n\
         SN3;3;31/02/2023;En stock\nSN4;4;01/03/2023;Banane\n",
    )
    .expect("write");
    let csv = AssetsCsv::open(&path, &Limits::default()).expect("open");
    let errors: Vec<String> =
        csv.rows(csv.mapping()).expect("rows").filter_map(Result::err).map(|e| e.message(Lang::Fr)).collect();
    assert_eq!(errors.len(), 3);
    assert_eq!(errors[0], "Ligne 3, colonne « Prix » : « douze » n'est pas un montant (exemple : 1 234,56 €)");
    assert!(
        errors[1].starts_with("Ligne 4, colonne « Date d'achat » : « 31/02/2023 » n'est pas une date"),
        "{}",
        errors[1]
    );
    assert!(errors[2].starts_with("Ligne 5, colonne « Statut » : statut « Banane » inconnu"), "{}", errors[2]);
}

#[test]
fn size_limits_refuse_a_file_before_reading_it() {
    let limits = Limits { table_bytes: 1000, document_bytes: 10_000, xml_depth: 64 };
    let e = AssetsCsv::open(&fixture("snipe-it-csv/assets-sample.csv"), &limits).expect_err("too large");
    assert!(matches!(e, ImportError::TooLarge { size: 7388, limit: 1000 }));
    let e = read_inventory(&fixture("glpi-inventory-format/examples/computer_1.json"), &limits).expect_err("too large");
    assert!(matches!(e, ImportError::TooLarge { .. }));
    let f = std::fs::File::open(fixture("glpi-inventory-format/xml/1.xml")).expect("open");
    let e = parc_import::parse_fusion_xml(f, &limits).expect_err("a stream is cut at the limit");
    assert!(matches!(e, ImportError::TooLarge { .. }), "{e:?}");
    let f = std::fs::File::open(fixture("glpi-inventory-format/examples/computer_1.json")).expect("open");
    let e = parc_import::parse_glpi_json(f, &limits).expect_err("a stream is cut at the limit");
    assert!(matches!(e, ImportError::TooLarge { .. }), "{e:?}");
}

#[test]
fn a_large_table_streams_row_by_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("grand.csv");
    let mut text = String::from("Numéro d'inventaire;Nom;Prix\n");
    for i in 0..20_000 {
        text.push_str(&format!("T-{i:06};Poste {i};{},{:02}\n", i % 2000, i % 100));
    }
    std::fs::write(&path, text).expect("write");
    let csv = AssetsCsv::open(&path, &Limits::default()).expect("open");
    assert_eq!(csv.row_count(), 20_000);
    let mut n = 0u64;
    let mut total = 0i64;
    for row in csv.rows(csv.mapping()).expect("rows") {
        let row = row.expect("valid");
        n += 1;
        total += row.purchase_cost.map_or(0, |c| c.0);
        assert_eq!(row.line, n + 1);
    }
    assert_eq!(n, 20_000);
    assert!(total > 0);
}
