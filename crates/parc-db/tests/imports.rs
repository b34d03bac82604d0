//! Imports on a real encrypted database: every fixture inventory in and in
//! again (the second time changes nothing), the history of a changed
//! machine, asset tables with their dry run, all-or-nothing refusals,
//! directory users and the Active Directory reconciliation.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use parc_core::ipc::AssetQuery;
use parc_core::{AssetStatus, Change, Lang, Localized};
use parc_db::imports::{MatchedBy, Run};
use parc_db::{Database, DbError};
use parc_import::{AssetsCsv, Fate, Inventory, Limits, Progress, RowProblem, directory, read_inventory};

const PASS: &str = "une phrase de passe solide";

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000, 0).expect("timestamp")
}

fn later() -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_086_400, 0).expect("timestamp")
}

fn db() -> (tempfile::TempDir, Database) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = parc_db::create_with_passphrase(&dir.path().join("parc.db"), PASS).expect("create");
    (dir, db)
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(rel)
}

fn inventory(rel: &str) -> Inventory {
    read_inventory(&fixture(rel), &Limits::default()).expect(rel)
}

fn go_on() -> impl FnMut(Progress) -> bool {
    |_| true
}

/// Every history row of every asset, person and place.
fn history_rows(db: &Database) -> usize {
    let assets = db.list_assets(&AssetQuery { limit: 10_000, ..Default::default() }, now().date_naive()).expect("list");
    let people = db.people(None, 0).expect("people");
    let places = db.location_tree().expect("places");
    assets.iter().map(|a| db.history(a.id).expect("history").len()).sum::<usize>()
        + people.iter().map(|p| db.history(p.person.id).expect("history").len()).sum::<usize>()
        + places.iter().map(|l| db.history(l.location.id).expect("history").len()).sum::<usize>()
}

const INVENTORIES: [&str; 8] = [
    "glpi-inventory-format/examples/computer_1.json",
    "glpi-inventory-format/examples/computer_2.json",
    "glpi-inventory-format/examples/networkequipment_2.json",
    "glpi-inventory-format/examples/printer_2.json",
    "glpi-inventory-format/xml/1.xml",
    "glpi-inventory-format/xml/12.xml",
    "glpi-inventory-format/xml/8.xml",
    "fusioninventory/debian12.xml",
];

#[test]
fn every_inventory_imports_and_the_second_time_changes_nothing() {
    let (_d, mut db) = db();
    let mut tags = Vec::new();
    for rel in INVENTORIES {
        let r = db.import_inventory(&inventory(rel), now()).expect(rel);
        assert_eq!(r.fate, Fate::Created, "{rel}");
        assert_eq!(r.matched_by, None);
        tags.push(r.tag);
    }
    assert_eq!(tags, (1..=8).map(|n| format!("PARC-{n:06}")).collect::<Vec<_>>(), "tags from the pattern");
    assert_eq!(db.asset_count().expect("count"), 8);
    let rows = history_rows(&db);
    assert_eq!(rows, 8, "one creation each");
    for rel in INVENTORIES {
        let again = db.import_inventory(&inventory(rel), later()).expect(rel);
        assert_eq!(again.fate, Fate::Unchanged, "{rel}");
        assert!(again.matched_by.is_some());
    }
    assert_eq!(db.asset_count().expect("count"), 8, "never duplicated");
    assert_eq!(history_rows(&db), rows, "no history for an unchanged machine");

    let laptop = db.asset_by_tag("PARC-000001").expect("read").expect("glpixps");
    assert_eq!((laptop.name.as_str(), laptop.kind.as_str()), ("glpixps", "laptop"));
    assert_eq!((laptop.serial.as_deref(), laptop.status), (Some("640HP72"), AssetStatus::Deployed));
    assert_eq!(laptop.ip_address.as_deref(), Some("192.168.1.142"));
    assert_eq!(laptop.mac_address.as_deref(), Some("00:E0:4C:68:01:DB"));
    assert_eq!(laptop.firmware_version.as_deref(), Some("1.4.3"));
    let soft = db.installed_software(laptop.id).expect("software");
    assert_eq!(soft.len(), 6);
    let created = &db.history(laptop.id).expect("history")[0];
    let field = |f: &str| created.changes.iter().find(|c| c.field == f).and_then(|c| c.new.clone());
    assert_eq!(field("memory_mib").as_deref(), Some("7800"));
    assert_eq!(field("software_count").as_deref(), Some("6"), "the first inventory counts the software");
    assert_eq!(field("cpu").as_deref(), Some("Intel(R) Core(TM) i5-6200U CPU @ 2.30GHz"));
    assert_eq!(created.changes.iter().filter(|c| c.field == "network").count(), 6, "an address per line");
    let debian = db.asset_by_tag("PARC-000008").expect("read").expect("vm");
    assert_eq!(db.installed_software(debian.id).expect("software").len(), 1185);
    let switch = db.asset_by_tag("PARC-000003").expect("read").expect("switch");
    assert_eq!((switch.kind.as_str(), switch.serial.as_deref()), ("switch", Some("FOC1243W0ED")));
    let created = &db.history(switch.id).expect("history")[0];
    assert!(created.changes.iter().any(|c| c.field == "network_count"), "475 ports are counted, not listed");
    assert!(!created.changes.iter().any(|c| c.field == "network"));
}

#[test]
fn a_partial_inventory_records_only_what_it_changes() {
    let (_d, mut db) = db();
    let first = db.import_inventory(&inventory("glpi-inventory-format/examples/computer_1.json"), now()).expect("full");
    let r = db
        .import_inventory(&inventory("glpi-inventory-format/examples/computer_1_partial_softs.json"), later())
        .expect("partial");
    assert_eq!((r.asset_id, r.matched_by), (first.asset_id, Some(MatchedBy::Serial)));
    let expected = vec![Change {
        field: "software".into(),
        old: Some("gitg 3.32.1-1.fc31".into()),
        new: Some("gitg 3.33.0-1.fc31".into()),
    }];
    assert_eq!(r.fate, Fate::Updated { changes: expected.clone() });
    let history = db.history(first.asset_id).expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].changes, expected, "the disks and CPUs it did not send are kept, not removed");
    assert_eq!(history[1].at, later());
}

/// A copy of `computer_1.json` changed by `edit`.
fn edited(dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) -> Inventory {
    let text = std::fs::read_to_string(fixture("glpi-inventory-format/examples/computer_1.json")).expect("read");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    edit(&mut v);
    let path = dir.join("edited.json");
    std::fs::write(&path, serde_json::to_vec(&v).expect("json")).expect("write");
    read_inventory(&path, &Limits::default()).expect("edited inventory")
}

#[test]
fn more_memory_and_a_removed_software_are_exactly_what_the_history_says() {
    let (dir, mut db) = db();
    let first = db.import_inventory(&inventory("glpi-inventory-format/examples/computer_1.json"), now()).expect("in");
    let changed = edited(dir.path(), |v| {
        v["content"]["hardware"]["memory"] = serde_json::json!(16000);
        let soft = v["content"]["softwares"].as_array_mut().expect("softwares");
        soft.retain(|s| s["name"] != "tar");
    });
    let r = db.import_inventory(&changed, later()).expect("again");
    let expected = vec![
        Change { field: "memory_mib".into(), old: Some("7800".into()), new: Some("16000".into()) },
        Change { field: "software".into(), old: Some("tar 1.32-2.fc31".into()), new: None },
    ];
    assert_eq!(r.fate, Fate::Updated { changes: expected.clone() });
    let history = db.history(first.asset_id).expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].changes, expected);
    let soft = db.installed_software(first.asset_id).expect("software");
    assert_eq!(soft.len(), 5);
    assert!(soft.iter().all(|s| s.name != "tar"));
    assert_eq!(db.import_inventory(&changed, later()).expect("third").fate, Fate::Unchanged);
}

#[test]
fn a_machine_is_found_by_uuid_then_by_name_but_never_against_its_serial() {
    let (dir, mut db) = db();
    let first = db.import_inventory(&inventory("glpi-inventory-format/examples/computer_1.json"), now()).expect("in");
    let renamed = edited(dir.path(), |v| {
        v["content"]["bios"]["ssn"] = serde_json::json!("");
        v["content"]["bios"]["msn"] = serde_json::json!("");
        v["content"]["hardware"]["name"] = serde_json::json!("xps-compta");
    });
    let r = db.import_inventory(&renamed, later()).expect("by uuid");
    assert_eq!((r.asset_id, r.matched_by), (first.asset_id, Some(MatchedBy::SystemUuid)));
    let Fate::Updated { changes } = &r.fate else { panic!("renamed: {:?}", r.fate) };
    assert_eq!(
        changes,
        &[Change { field: "name".into(), old: Some("glpixps".into()), new: Some("xps-compta".into()) }]
    );

    let deb = db.import_inventory(&inventory("fusioninventory/debian12.xml"), now()).expect("vm");
    let again = db.import_inventory(&inventory("fusioninventory/debian12.xml"), later()).expect("vm again");
    assert_eq!((again.asset_id, again.matched_by), (deb.asset_id, Some(MatchedBy::Name)));

    // Another machine with the same host name but its own serial is another asset.
    let other = edited(dir.path(), |v| {
        v["content"]["bios"]["ssn"] = serde_json::json!("OTHER123");
        v["content"]["hardware"]["uuid"] = serde_json::json!("11111111-2222-3333-4444-555555555555");
        v["content"]["hardware"]["name"] = serde_json::json!("xps-compta");
    });
    let r = db.import_inventory(&other, later()).expect("a second machine");
    assert_eq!(r.fate, Fate::Created);
    assert_ne!(r.asset_id, first.asset_id);
}

fn assets_csv(rel: &str) -> AssetsCsv {
    AssetsCsv::open(&fixture(rel), &Limits::default()).expect(rel)
}

fn users(db: &mut Database) {
    let u = directory::read_users(&fixture("ad/users.csv"), &Limits::default()).expect("users");
    db.import_ad_users(u, None, Run::Apply, now(), &mut go_on()).expect("users in");
}

#[test]
fn a_french_spreadsheet_dry_run_then_apply_then_again() {
    let (dir, mut db) = db();
    users(&mut db);
    let before = std::fs::read(dir.path().join("parc.db")).expect("read");
    let csv = assets_csv("csv/inventaire-excel-fr.csv");
    let rows = csv.rows(csv.mapping()).expect("rows");
    let plan = db.plan_asset_rows(rows, Some(csv.row_count()), now(), &mut go_on()).expect("plan");
    assert_eq!(plan.len(), 6);
    assert!(plan.iter().all(|f| f.fate == Fate::Created && f.errors.is_empty()), "{plan:#?}");
    assert_eq!(plan[3].key.as_deref(), Some("PARC-000104"), "a row without a tag gets the pattern's next");
    assert_eq!(db.asset_count().expect("count"), 0, "a dry run keeps nothing");
    assert!(db.location_tree().expect("places").is_empty());
    assert_eq!(std::fs::read(dir.path().join("parc.db")).expect("read"), before, "nor writes the file");

    let mut calls = Vec::new();
    let rows = csv.rows(csv.mapping()).expect("rows");
    let summary = db
        .apply_asset_rows(rows, Some(csv.row_count()), now(), &mut |p| {
            calls.push(p);
            true
        })
        .expect("apply");
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.rejected), (6, 0, 0, 0));
    assert_eq!(calls.last(), Some(&Progress { done: 6, total: Some(6) }));
    let compta = db.asset_by_tag("PARC-000101").expect("read").expect("created");
    assert_eq!((compta.kind.as_str(), compta.status), ("laptop", AssetStatus::Deployed));
    let marie = db.find_person("mdupont").expect("Marie");
    assert_eq!(compta.assignee_id, Some(marie));
    let place = db.location_path(compta.location_id.expect("placed")).expect("path");
    assert_eq!(place, "Siège › Bâtiment A › Salle 101");
    let commercial = db.asset_by_tag("PARC-000106").expect("read").expect("created");
    assert_eq!(commercial.assignee_id, Some(db.find_person("jlefevre").expect("Jérôme")), "found by name");
    let names: Vec<(String, u32)> =
        db.location_tree().expect("tree").into_iter().map(|n| (n.location.name, n.depth)).collect();
    assert_eq!(
        names,
        [
            ("Agence de Nantes".to_string(), 0),
            ("Siège".into(), 0),
            ("Bâtiment A".into(), 1),
            ("Accueil".into(), 2),
            ("Salle 101".into(), 2)
        ]
    );
    let printer = db.asset_by_tag("PARC-000104").expect("read").expect("printer");
    assert_eq!((printer.kind.as_str(), printer.status), ("printer", AssetStatus::InRepair));

    let rows = csv.rows(csv.mapping()).expect("rows");
    let again = db.import_asset_rows(rows, None, Run::DryRun, later(), &mut go_on()).expect("again");
    assert_eq!((again.summary.unchanged, again.summary.created), (6, 0), "{:#?}", again.fates);
    assert_eq!(again.fates[3].key.as_deref(), Some("PARC-000104"), "the row without a tag is found by its serial");
    let rows = csv.rows(csv.mapping()).expect("rows");
    let s = db.apply_asset_rows(rows, None, later(), &mut go_on()).expect("apply again");
    assert_eq!((s.unchanged, s.created, s.updated), (6, 0, 0));
}

#[test]
fn snipe_it_and_glpi_exports_import_with_their_people_places_and_suppliers() {
    let (_d, mut db) = db();
    let csv = assets_csv("snipe-it-csv/assets-sample.csv");
    let s = db.apply_asset_rows(csv.rows(csv.mapping()).expect("rows"), Some(22), now(), &mut go_on()).expect("snipe");
    assert_eq!((s.created, s.rejected), (22, 0));
    let dragline = db.asset_by_tag("WBH-2841795").expect("read").expect("row 2");
    assert_eq!(dragline.purchase_date.map(|d| d.to_string()).as_deref(), Some("2022-11-14"));
    assert_eq!(dragline.purchase_cost.map(|c| c.0), Some(129_294));
    assert_eq!(dragline.status, AssetStatus::Deployed, "checked out to someone");
    let holder = db.person(dragline.assignee_id.expect("assigned")).expect("person");
    assert_eq!((holder.first_name.as_str(), holder.last_name.as_str()), ("Gage", "McCrackem"));
    assert_eq!(holder.email.as_deref(), Some("gmccrackem2a@bing.com"));
    assert_eq!(dragline.kind, "other", "a category of another world");
    assert!(db.supplier(dragline.supplier_id.expect("supplier")).is_ok());
    let again =
        db.apply_asset_rows(csv.rows(csv.mapping()).expect("rows"), None, later(), &mut go_on()).expect("again");
    assert_eq!((again.unchanged, again.created, again.updated), (22, 0, 0));

    users(&mut db);
    let glpi = assets_csv("csv/glpi-export-ordinateurs.csv");
    let s = db.apply_asset_rows(glpi.rows(glpi.mapping()).expect("rows"), None, now(), &mut go_on()).expect("glpi");
    assert_eq!(s.created, 3);
    let pc = db.asset_by_tag("GLPI-0042").expect("read").expect("pc");
    assert_eq!((pc.kind.as_str(), pc.assignee_id), ("laptop", Some(db.find_person("mdupont").expect("Marie"))));
    let server = db.asset_by_tag("GLPI-0044").expect("read").expect("server");
    assert_eq!(server.kind, "server");
    assert_eq!(
        db.location_path(server.location_id.expect("placed")).expect("path"),
        "Siège › Bâtiment A › Salle serveur"
    );
}

#[test]
fn one_bad_line_and_nothing_is_written() {
    let (dir, mut db) = db();
    let before = std::fs::read(dir.path().join("parc.db")).expect("read");
    let csv = assets_csv("malformed/wrong-column-count.csv");
    let err =
        db.apply_asset_rows(csv.rows(csv.mapping()).expect("rows"), None, now(), &mut go_on()).expect_err("refused");
    let DbError::Rejected(errors) = &err else { panic!("{err:?}") };
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].line, &errors[0].problem), (3, &RowProblem::FieldCount { expected: 6, found: 5 }));
    assert_eq!(
        err.message(Lang::Fr),
        "1 ligne(s) refusée(s), rien n'a été importé ; Ligne 3 : 5 champs au lieu des 6 de la ligne d'en-têtes"
    );
    assert_eq!(db.asset_count().expect("count"), 0, "the two good lines are not kept either");
    drop(db);
    assert_eq!(std::fs::read(dir.path().join("parc.db")).expect("read"), before);

    let (dir, mut db) = self::db();
    let path = dir.path().join("inconnu.csv");
    std::fs::write(&path, "Numéro de série;Nom;Utilisateur;Lieu\nSN-1;PC 1;Jean Inconnu;Siège\nSN-2;PC 2;;Siège\n")
        .expect("write");
    let csv = AssetsCsv::open(&path, &Limits::default()).expect("open");
    let plan = db.plan_asset_rows(csv.rows(csv.mapping()).expect("rows"), None, now(), &mut go_on()).expect("plan");
    assert_eq!(plan[0].fate, Fate::Rejected);
    assert_eq!(
        plan[0].errors[0].message(Lang::Fr),
        "Ligne 2, colonne « Utilisateur » : personne inconnue : « Jean Inconnu » (importez d'abord l'annuaire, ou ajoutez une colonne e-mail)"
    );
    assert_eq!(plan[1].fate, Fate::Created);
    let err = db.apply_asset_rows(csv.rows(csv.mapping()).expect("rows"), None, now(), &mut go_on()).expect_err("no");
    assert!(matches!(err, DbError::Rejected(ref e) if e.len() == 1));
    assert_eq!(db.asset_count().expect("count"), 0);
    assert!(db.location_tree().expect("places").is_empty(), "the place of the good line is not kept");
}

#[test]
fn cancelling_rolls_everything_back() {
    let (_d, mut db) = db();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("grand.csv");
    let mut text = String::from("Numéro d'inventaire;Nom\n");
    for i in 0..1000 {
        text.push_str(&format!("T-{i:04};Poste {i}\n"));
    }
    std::fs::write(&path, text).expect("write");
    let csv = AssetsCsv::open(&path, &Limits::default()).expect("open");
    let mut seen = Vec::new();
    let err = db
        .apply_asset_rows(csv.rows(csv.mapping()).expect("rows"), Some(csv.row_count()), now(), &mut |p| {
            seen.push(p.done);
            p.done < 500
        })
        .expect_err("cancelled");
    assert!(matches!(err, DbError::Cancelled));
    assert_eq!(err.message(Lang::Fr), "Import annulé : rien n'a été écrit");
    assert_eq!(seen, [250, 500]);
    assert_eq!(db.asset_count().expect("count"), 0);
}

#[test]
fn directory_users_then_the_reconciliation() {
    let (_d, mut db) = db();
    let limits = Limits::default();
    let u = directory::read_users(&fixture("ad/users.csv"), &limits).expect("users");
    let first = db.import_ad_users(u, None, Run::Apply, now(), &mut go_on()).expect("in");
    assert_eq!((first.summary.created, first.summary.rejected), (8, 0));
    let u = directory::read_users(&fixture("ad/users.csv"), &limits).expect("users");
    let again = db.import_ad_users(u, None, Run::DryRun, later(), &mut go_on()).expect("again");
    assert_eq!(again.summary.unchanged, 8);
    let people = db.people(None, 0).expect("people");
    let inactive: Vec<String> = people.iter().filter(|p| !p.person.active).map(|p| p.person.display_name()).collect();
    assert_eq!(inactive, ["François Noël", "Agnès Roux"]);
    let jerome = db.person(db.find_person("jerome.lefevre@exemple.fr").expect("by e-mail")).expect("person");
    assert_eq!(jerome.department.as_deref(), Some("Direction des systèmes d'information"));

    for rel in [
        "glpi-inventory-format/examples/computer_1.json",
        "glpi-inventory-format/examples/computer_2.json",
        "glpi-inventory-format/xml/1.xml",
        "glpi-inventory-format/xml/12.xml",
        "glpi-inventory-format/xml/8.xml",
        "fusioninventory/debian12.xml",
    ] {
        db.import_inventory(&inventory(rel), now()).expect(rel);
    }
    let mut lf014 = db.asset(db.find_asset("PARC-000003").expect("LF014")).expect("asset");
    assert_eq!(lf014.name, "LF014");
    lf014.assign(Some(db.find_person("aroux").expect("Agnès"))).expect("assign");
    db.update_asset(&lf014, now()).expect("give it to Agnès");

    let computers: Vec<_> = directory::read_computers(&fixture("ad/computers.csv"), &limits)
        .expect("computers")
        .collect::<Result<_, _>>()
        .expect("valid");
    let r = db.ad_reconciliation(&computers).expect("reconciliation");
    assert_eq!(r.active_accounts, 6);
    let missing: Vec<&str> = r.computers_missing_from_inventory.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(missing, ["PC-COMPTA-01", "PC-ACCUEIL-02"], "the disabled PC-ANCIEN-07 is not expected");
    let unknown: Vec<&str> = r.inventory_computers_unknown_to_ad.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(unknown, ["COMP1", "vm"], "the printer is not a computer");
    assert_eq!(r.disabled_accounts_holding_equipment.len(), 1);
    let h = &r.disabled_accounts_holding_equipment[0];
    assert_eq!(
        (h.name.as_str(), h.account.as_deref(), h.assets.as_slice()),
        ("Agnès Roux", Some("aroux"), &["PARC-000003".to_string()][..])
    );
}

#[test]
fn snipe_it_people_and_places_fill_the_directory() {
    let (_d, mut db) = db();
    let limits = Limits::default();
    let people = directory::read_users(&fixture("snipe-it-csv/users-sample.csv"), &limits).expect("people");
    let s = db.import_ad_users(people, None, Run::Apply, now(), &mut go_on()).expect("people in");
    assert_eq!((s.summary.created, s.summary.rejected), (100, 0));
    assert_eq!(db.people(None, 0).expect("people").iter().filter(|p| p.person.active).count(), 55);
    let places = directory::read_locations(&fixture("snipe-it-csv/locations-sample.csv"), &limits).expect("places");
    let s = db.import_locations(places, None, Run::Apply, now(), &mut go_on()).expect("places in");
    assert_eq!(s.summary.created, 19, "two Airdrie at two addresses are two places");
    let tree = db.location_tree().expect("tree");
    let peace = tree.iter().find(|n| n.location.name == "Peace River").expect("Peace River");
    assert_eq!(peace.location.address.as_deref(), Some("8 Brentwood Court, T8S, Birendranagar, AB, CA"));
    let places = directory::read_locations(&fixture("snipe-it-csv/locations-sample.csv"), &limits).expect("places");
    let again = db.import_locations(places, None, Run::Apply, later(), &mut go_on()).expect("again");
    assert_eq!(again.summary.unchanged, 19);
}

/// "This computer" on the machine the tests run on: inventoried twice, as a
/// fleet manager would on two visits; the second import changes nothing.
#[cfg(target_os = "linux")]
#[test]
fn this_computer_twice_changes_nothing_the_second_time() {
    let (_d, mut db) = db();
    let take = || parc_import::this_computer(&Limits::default()).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    let first_inventory = take();
    let first = db.import_inventory(&first_inventory, now()).expect("in");
    assert_eq!((first.fate.clone(), first.matched_by), (Fate::Created, None));
    let asset = db.asset(first.asset_id).expect("the asset");
    assert_eq!(asset.name, first_inventory.name);
    assert_eq!(asset.kind, first_inventory.kind);
    assert_eq!(asset.os_name, first_inventory.os_name);
    assert_eq!(asset.status, AssetStatus::Deployed);
    let software = db.installed_software(first.asset_id).expect("software");
    assert_eq!(software.len(), first_inventory.software.as_ref().map_or(0, Vec::len));
    let rows = history_rows(&db);

    let again = db.import_inventory(&take(), later()).expect("again");
    assert_eq!(again.fate, Fate::Unchanged, "a second visit changes nothing");
    assert_eq!(again.asset_id, first.asset_id);
    // Serial and UUID are root's to read; without them the host name finds the machine.
    let expected = if first_inventory.serial.is_some() {
        MatchedBy::Serial
    } else if first_inventory.system_uuid.is_some() {
        MatchedBy::SystemUuid
    } else {
        MatchedBy::Name
    };
    assert_eq!(again.matched_by, Some(expected));
    assert_eq!(db.asset_count().expect("count"), 1);
    assert_eq!(history_rows(&db), rows, "no history line");
}

/// The same database through a connection of its own, for what the public
/// API does not show: the schema's text and the search index's rows.
fn raw(path: &Path) -> rusqlite::Connection {
    let salt = parc_db::read_salt(path).expect("salt");
    let key = parc_db::key::DataKey::from_passphrase(PASS, &salt).expect("key");
    let conn = rusqlite::Connection::open(path).expect("open");
    conn.execute_batch(&format!("PRAGMA key = \"x'{}{}'\"", key.to_hex().as_str(), salt.hex())).expect("key");
    conn
}

/// Every table, index and trigger as `sqlite_master` holds it.
fn schema(conn: &rusqlite::Connection) -> Vec<(String, String, Option<String>)> {
    conn.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        .expect("schema")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("rows")
        .collect::<rusqlite::Result<_>>()
        .expect("schema")
}

/// The entries of `sqlite_master` that differ from `before`, either way.
fn schema_changes(conn: &rusqlite::Connection, before: &[(String, String, Option<String>)]) -> Vec<String> {
    let now = schema(conn);
    let gone = before.iter().filter(|e| !now.contains(e)).map(|(t, n, _)| format!("{t} {n} is gone or changed"));
    let new = now.iter().filter(|e| !before.contains(e)).map(|(t, n, _)| format!("{t} {n} is new or changed"));
    gone.chain(new).collect()
}

fn count(conn: &rusqlite::Connection, sql: &str) -> u32 {
    conn.query_row(sql, [], |r| r.get(0)).expect(sql)
}

/// An asset table of `rows` lines as Excel writes it: tags `{prefix}-000000`
/// on, names `{name} 0` on, three models, seven rooms; `extra` is appended.
fn big_csv(dir: &Path, prefix: &str, rows: u32, name: &str, extra: &str) -> PathBuf {
    let models = ["Latitude", "ThinkPad", "EliteBook"];
    let rooms = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"];
    let mut text = String::from("N° d'inventaire;Nom;Catégorie;Fabricant;Modèle;N° de série;Lieu\n");
    for i in 0..rows {
        text.push_str(&format!(
            "{prefix}-{i:06};{name} {i};Ordinateur portable;Dell;{};SN-{prefix}-{i:06};Siège › Bâtiment A › Salle {}\n",
            models[i as usize % 3],
            rooms[i as usize % 7]
        ));
    }
    text.push_str(extra);
    let path = dir.join(format!("{prefix}-{name}.csv"));
    std::fs::write(&path, text).expect("write");
    path
}

/// Imports a table as `parc import` does; `announced` gives the row count
/// up front (a bulk load from the first row) or not (from the 1,000th).
fn apply_file(db: &mut Database, path: &Path, announced: bool) -> parc_db::Result<parc_import::ImportSummary> {
    let csv = AssetsCsv::open(path, &Limits::default()).expect("open");
    let total = announced.then(|| csv.row_count());
    db.apply_asset_rows(csv.rows(csv.mapping()).expect("rows"), total, now(), &mut go_on())
}

fn found(db: &Database, search: &str) -> u32 {
    db.count_assets(&AssetQuery { search: Some(search.into()), ..Default::default() }, now().date_naive())
        .expect("search")
}

/// A table large enough to be loaded in bulk (the list's indexes and the
/// search triggers set aside, rebuilt before the commit) ends with the
/// very schema it started with, a search index with one entry per asset,
/// and a history row for each asset; refused or dry, it leaves the schema
/// and the data as they were.
#[test]
fn a_large_table_is_loaded_in_bulk_and_leaves_the_schema_as_the_migrations_wrote_it() {
    let (dir, mut db) = db();
    let sql = raw(&dir.path().join("parc.db"));
    let before = schema(&sql);
    for name in ["assets_sort_name", "assets_sort_location", "assets_status", "assets_fts_insert", "assets_fts_update"]
    {
        assert!(before.iter().any(|(_, n, _)| n == name), "{name} is in the migrations");
    }
    let search_rows = "SELECT count(*) FROM assets_fts";

    // One bad line at the end: none of the 2,000 good ones stays, nor any change of the schema.
    let bad = big_csv(dir.path(), "BIG", 2000, "Refusé", "BIG-999999;trop;de;champs;ici;là;encore;un\n");
    for announced in [true, false] {
        let err = apply_file(&mut db, &bad, announced).expect_err("refused");
        let DbError::Rejected(errors) = &err else { panic!("{err:?}") };
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), [2002]);
        assert_eq!(schema_changes(&sql, &before), Vec::<String>::new(), "the indexes and triggers are back");
        assert_eq!(db.asset_count().expect("count"), 0);
        assert_eq!(count(&sql, "SELECT count(*) FROM history"), 0);
        assert_eq!(count(&sql, search_rows), 0);
        assert!(db.location_tree().expect("places").is_empty());
    }

    // A dry run tells every line's fate and keeps nothing.
    let good = big_csv(dir.path(), "BIG", 2000, "Poste", "BIG-000007;Doublon 7;;;;;\n");
    let csv = AssetsCsv::open(&good, &Limits::default()).expect("open");
    let plan = db
        .plan_asset_rows(csv.rows(csv.mapping()).expect("rows"), Some(csv.row_count()), now(), &mut go_on())
        .expect("plan");
    assert_eq!(plan.len(), 2001);
    assert!(plan[..2000].iter().all(|f| f.fate == Fate::Created), "{:?}", &plan[..3]);
    assert!(matches!(plan[2000].fate, Fate::Updated { .. }), "the same tag again, further down");
    assert_eq!(schema_changes(&sql, &before), Vec::<String>::new());
    assert_eq!(db.asset_count().expect("count"), 0);

    // The real run, its size not announced: the first 999 rows go through
    // the triggers, the others in bulk; the repeated tag updates an asset
    // the triggers indexed.
    let s = apply_file(&mut db, &good, false).expect("apply");
    assert_eq!((s.created, s.updated, s.rejected), (2000, 1, 0));
    assert_eq!(schema_changes(&sql, &before), Vec::<String>::new(), "every index and trigger from its own text");
    assert_eq!(count(&sql, search_rows), 2000, "one search entry per asset");
    assert_eq!(count(&sql, "SELECT count(*) FROM assets a JOIN assets_fts f ON f.rowid = a.rowid"), 2000);
    for i in [0u32, 1, 998, 999, 1000, 1999] {
        let tag = format!("BIG-{i:06}");
        assert_eq!(found(&db, &tag), 1, "{tag}");
        let history = db.history(db.asset_by_tag(&tag).expect("read").expect("created").id).expect("history");
        assert_eq!(history[0].changes.iter().find(|c| c.field == "tag").and_then(|c| c.new.clone()), Some(tag));
    }
    assert_eq!(found(&db, "Doublon"), 1, "the second line's name is searchable");
    assert_eq!(found(&db, "Poste"), 1999, "and the first one's is gone");
    assert_eq!(found(&db, "ThinkPad"), 667, "the model");
    assert_eq!(found(&db, "Charlie"), 286, "the place");
    assert_eq!(found(&db, "SN-BIG-001234"), 1, "the serial");
    assert_eq!(count(&sql, "SELECT count(*) FROM history WHERE entity = 'asset' AND action = 'created'"), 2000);
    assert_eq!(count(&sql, "SELECT count(*) FROM history WHERE entity = 'asset' AND action = 'updated'"), 1);
    let page = AssetQuery {
        search: Some("BIG".into()),
        sort: parc_core::ipc::AssetColumn::Name,
        limit: 3,
        ..Default::default()
    };
    let names: Vec<String> =
        db.list_assets(&page, now().date_naive()).expect("list").into_iter().map(|a| a.name).collect();
    assert_eq!(names, ["Doublon 7", "Poste 0", "Poste 1"], "a broad search walks the name index");

    // Assets stored before the import, renamed by it: their search entries are rewritten.
    let renamed = big_csv(dir.path(), "BIG", 2000, "Portable", "");
    let s = apply_file(&mut db, &renamed, true).expect("again");
    assert_eq!((s.created, s.updated), (0, 2000));
    assert_eq!(schema_changes(&sql, &before), Vec::<String>::new());
    assert_eq!(count(&sql, search_rows), 2000);
    assert_eq!((found(&db, "Portable"), found(&db, "Poste"), found(&db, "Doublon")), (2000, 0, 0));
    assert_eq!(count(&sql, "SELECT count(*) FROM history WHERE entity = 'asset'"), 4001);

    // Inside a dry-run session, the next files see the whole schema again.
    let more = big_csv(dir.path(), "NEW", 2000, "Poste", "");
    db.dry_run(|db| -> parc_db::Result<()> {
        let s = apply_file(db, &more, true)?;
        assert_eq!(s.created, 2000);
        assert_eq!(found(db, "NEW-001999"), 1);
        let page = AssetQuery { search: Some("Poste".into()), sort: parc_core::ipc::AssetColumn::Location, ..page };
        assert_eq!(db.list_assets(&page, now().date_naive())?.len(), 3, "the location index is there");
        Ok(())
    })
    .expect("session");
    assert_eq!(db.asset_count().expect("count"), 2000);
    assert_eq!(schema_changes(&sql, &before), Vec::<String>::new());
}
