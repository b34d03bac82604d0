//! The encrypted store on real SQLCipher files in temporary directories.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use parc_core::ipc::{AssetQuery, KeyMode, PassphraseReason};
use parc_core::{Asset, AssetStatus, Cents, ErrorCode, Lang, Localized};
use parc_db::error::NotParcReason;
use parc_db::{Access, DbError, Keyring};

const PASS: &str = "une phrase de passe solide";

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000, 0).expect("timestamp")
}

fn mock_keyring() -> Keyring {
    Keyring::with_store(keyring_core::mock::Store::new().expect("mock store"))
}

/// Every byte of the database file and of its companions, to prove nothing was written.
fn snapshot(path: &Path) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|s| {
            let mut p = path.as_os_str().to_owned();
            p.push(s);
            let p = PathBuf::from(p);
            let bytes = std::fs::read(&p).ok();
            (p, bytes)
        })
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_canary_serial_never_reaches_the_disk_in_clear() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("parc.db");
    let mut db = parc_db::create_with_passphrase(&path, PASS).expect("create");
    let mut a = Asset::new("PARC-000001", "Portable canari", "laptop", now());
    a.serial = Some("SN-PLAINTEXT-CANARY".into());
    a.notes = Some("SN-PLAINTEXT-CANARY".into());
    db.create_asset(&a).expect("insert");

    // The connection is still open: the change sits in the WAL, which must be
    // encrypted too.
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    let wal_bytes = std::fs::read(&wal).expect("the WAL exists while the database is open");
    assert!(!wal_bytes.is_empty(), "the write went to the WAL");
    assert!(!contains(&wal_bytes, b"SN-PLAINTEXT-CANARY"), "the WAL holds the canary in clear");
    assert!(!contains(&wal_bytes, b"PARC-000001"), "the WAL holds the tag in clear");
    drop(db);
    let file = std::fs::read(&path).expect("database file");
    assert!(!contains(&file, b"SN-PLAINTEXT-CANARY"), "the database file holds the canary in clear");
    assert!(!contains(&file, b"SQLite format 3"), "the header is encrypted too");

    // The stock sqlite3 tool cannot read it. (`select 1` alone proves nothing
    // with Debian 12's sqlite3 3.40: it answers without reading the file, so
    // the query reads the schema, which is the first page.)
    let out = std::process::Command::new("sqlite3")
        .arg(&path)
        .arg("select 1 from sqlite_master limit 1")
        .output()
        .expect("sqlite3 is installed by the README's setup (Debian package sqlite3)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "sqlite3 opened an encrypted database");
    assert!(stderr.contains("file is not a database"), "sqlite3 said: {stderr}");

    // And Parc reads it back with the passphrase.
    let db = parc_db::unlock_with_passphrase(&path, PASS, &Keyring::none(), false).expect("reopen");
    let back = db.asset(a.id).expect("read back");
    assert_eq!(back.serial.as_deref(), Some("SN-PLAINTEXT-CANARY"));
}

#[test]
fn a_wrong_passphrase_is_refused_and_leaves_every_byte_as_it_was() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("parc.db");
    let mut db = parc_db::create_with_passphrase(&path, PASS).expect("create");
    db.create_asset(&Asset::new("PARC-1", "Serveur", "server", now())).expect("insert");
    drop(db);
    let before = snapshot(&path);
    let err = parc_db::unlock_with_passphrase(&path, "pas la bonne phrase", &Keyring::none(), false)
        .expect_err("wrong passphrase");
    assert!(matches!(err, DbError::WrongKey(_)), "got {err:?}");
    assert_eq!(err.code(), ErrorCode::WrongKey);
    assert!(err.message(Lang::Fr).starts_with("La phrase de passe ou la clé ne déverrouille pas"));
    assert!(err.message(Lang::En).starts_with("The passphrase or key does not unlock"));
    assert_eq!(snapshot(&path), before, "a wrong key changed the files");
}

#[test]
fn without_a_keyring_a_new_database_needs_a_passphrase_and_nothing_is_written_in_clear() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("parc.db");
    let none = Keyring::none();
    assert!(matches!(parc_db::access(&path, &none).expect("access"), Access::NeedsNewPassphrase));
    assert!(!path.exists(), "asking must not create a file");
    let err = parc_db::create_with_keyring(&path, &none).expect_err("no keyring");
    assert_eq!(err.code(), ErrorCode::PassphraseRequired);
    assert!(!path.exists());
    assert!(matches!(parc_db::create_with_passphrase(&path, "court"), Err(DbError::WeakPassphrase(5))));
    assert!(!path.exists());
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0, "no temporary file left behind");
}

#[test]
fn a_keyring_database_opens_by_itself_and_by_its_recovery_passphrase_on_another_computer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("parc.db");
    let laptop = mock_keyring();
    let Access::Open(mut db) = parc_db::access(&path, &laptop).expect("first run creates") else {
        panic!("a keyring is available: the database should be created and opened")
    };
    assert_eq!(db.key_mode().expect("mode"), KeyMode::Keyring);
    assert_eq!(parc_db::read_salt(&path).expect("salt"), *db.salt(), "SQLCipher kept the salt we gave it");
    db.create_asset(&Asset::new("PARC-7", "NAS", "nas", now())).expect("insert");
    let report = db.doctor(Lang::En).expect("doctor");
    assert_eq!(report.worst(), parc_db::doctor::Status::Warning, "no recovery passphrase yet");
    db.set_passphrase(PASS, &laptop).expect("recovery passphrase");
    assert!(db.has_recovery_passphrase().expect("flag"));
    drop(db);

    // Same computer: straight in.
    assert!(matches!(parc_db::access(&path, &laptop).expect("access"), Access::Open(_)));

    // Another computer: its keyring knows nothing of this database.
    let other = mock_keyring();
    assert!(matches!(
        parc_db::access(&path, &other).expect("access"),
        Access::NeedsPassphrase(PassphraseReason::NotInKeyring)
    ));
    let db = parc_db::unlock_with_passphrase(&path, PASS, &other, false).expect("recovery passphrase opens it");
    assert!(db.asset_by_tag("PARC-7").expect("query").is_some());
    drop(db);
    assert!(matches!(parc_db::access(&path, &other).expect("access"), Access::Open(_)), "the key is now filed here");
}

#[test]
fn a_stale_keyring_key_asks_for_the_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("parc.db");
    drop(parc_db::create_with_passphrase(&path, PASS).expect("create"));
    let k = mock_keyring();
    let salt = parc_db::read_salt(&path).expect("salt");
    k.set(&salt, &parc_db::key::DataKey::random().expect("key")).expect("stale key");
    let before = snapshot(&path);
    assert!(matches!(
        parc_db::access(&path, &k).expect("access"),
        Access::NeedsPassphrase(PassphraseReason::KeyringKeyRejected)
    ));
    assert_eq!(snapshot(&path), before);
}

#[test]
fn files_that_are_not_parc_databases_are_named_as_such_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    // An ordinary SQLite database.
    let plain = dir.path().join("plain.db");
    let conn = rusqlite::Connection::open(&plain).expect("plain sqlite");
    conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").expect("write");
    drop(conn);
    // A text file and an empty file.
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "bonjour\n".repeat(1000)).expect("write");
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").expect("write");

    for (path, why) in [
        (&plain, NotParcReason::PlainSqlite),
        (&text, NotParcReason::NotDatabaseShaped),
        (&empty, NotParcReason::NotDatabaseShaped),
    ] {
        let before = snapshot(path);
        let err = parc_db::unlock_with_passphrase(path, PASS, &Keyring::none(), false).expect_err("not parc");
        match &err {
            DbError::NotParcDatabase { why: w, .. } => assert_eq!(*w, why, "{}", path.display()),
            other => panic!("{}: {other:?}", path.display()),
        }
        assert_eq!(err.code(), ErrorCode::NotParcDatabase);
        assert!(err.message(Lang::Fr).contains("n'est pas une base Parc"));
        assert_eq!(snapshot(path), before, "{} was written", path.display());
    }
    let missing = dir.path().join("absent.db");
    assert_eq!(
        parc_db::unlock_with_passphrase(&missing, PASS, &Keyring::none(), false).expect_err("missing").code(),
        ErrorCode::NotFound
    );
    assert!(!missing.exists());
}

#[test]
fn creating_never_overwrites_an_existing_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("parc.db");
    std::fs::write(&path, b"precious").expect("write");
    let err = parc_db::create_with_passphrase(&path, PASS).expect_err("exists");
    assert_eq!(err.code(), ErrorCode::AlreadyExists);
    assert_eq!(std::fs::read(&path).expect("read"), b"precious");
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1, "no temporary file left behind");
}

#[test]
fn a_new_database_has_the_latest_schema_and_every_table() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = parc_db::create_with_passphrase(&dir.path().join("parc.db"), PASS).expect("create");
    let info = db.info().expect("info");
    assert_eq!(info.schema_version, parc_db::SCHEMA_VERSION);
    assert_eq!(info.key_mode, KeyMode::Passphrase);
    let report = db.doctor(Lang::Fr).expect("doctor");
    assert_eq!(report.worst(), parc_db::doctor::Status::Ok, "{report:#?}");
}

#[test]
fn every_change_is_written_to_the_history_with_old_and_new_values() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut db = parc_db::create_with_passphrase(&dir.path().join("parc.db"), PASS).expect("create");
    db.set_actor("marie.dupont");
    let mut a = Asset::new("PARC-000042", "PC accueil", "desktop", now());
    a.purchase_cost = Some(Cents(79_900));
    db.create_asset(&a).expect("create");
    let created = a.clone();
    a.set_status(AssetStatus::InRepair);
    a.purchase_cost = Some(Cents(81_000));
    let later = now() + chrono::Duration::hours(2);
    let changes = db.update_asset(&a, later).expect("update");
    assert_eq!(changes.len(), 2);
    assert!(db.update_asset(&a, later).expect("no-op").is_empty(), "an unchanged save writes nothing");

    let h = db.history(a.id).expect("history");
    assert_eq!(h.len(), 2);
    assert_eq!(h[0].action, parc_core::Action::Created);
    // Every field it was created with, in the record's order (stored as one object).
    assert_eq!(h[0].changes, parc_core::history::created(&created));
    assert!(h[0].changes.iter().any(|c| c.field == "purchase_cost" && c.new.as_deref() == Some("799.00")));
    assert_eq!(h[1].actor, "marie.dupont");
    assert_eq!(h[1].at, later);
    let status = h[1].changes.iter().find(|c| c.field == "status").expect("status change");
    assert_eq!((status.old.as_deref(), status.new.as_deref()), (Some("in_stock"), Some("in_repair")));
    let cost = h[1].changes.iter().find(|c| c.field == "purchase_cost").expect("cost change");
    assert_eq!((cost.old.as_deref(), cost.new.as_deref()), (Some("799.00"), Some("810.00")));
    assert_eq!(db.asset(a.id).expect("read").updated_at, later);
}

#[test]
fn tags_are_unique_and_serials_unique_per_manufacturer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut db = parc_db::create_with_passphrase(&dir.path().join("parc.db"), PASS).expect("create");
    let mut a = Asset::new("PARC-1", "A", "laptop", now());
    a.manufacturer = Some("Dell".into());
    a.serial = Some("ABC1234".into());
    db.create_asset(&a).expect("first");

    let mut same_tag = Asset::new("parc-1", "B", "laptop", now());
    same_tag.serial = Some("OTHER".into());
    let err = db.create_asset(&same_tag).expect_err("duplicate tag, whatever the case");
    assert!(matches!(err, DbError::Duplicate { what: "asset tag", .. }), "{err:?}");
    assert_eq!(err.message(Lang::Fr), "Le numéro d'inventaire « parc-1 » existe déjà");

    let mut same_serial = Asset::new("PARC-2", "C", "laptop", now());
    same_serial.manufacturer = Some("Dell".into());
    same_serial.serial = Some("ABC1234".into());
    let err = db.create_asset(&same_serial).expect_err("duplicate serial");
    assert!(matches!(err, DbError::Duplicate { what: "serial", .. }), "{err:?}");

    same_serial.manufacturer = Some("HP".into());
    db.create_asset(&same_serial).expect("the same serial from another maker is another device");
    assert_eq!(db.asset_count().expect("count"), 2);

    let unknown_kind = Asset::new("PARC-3", "D", "toaster", now());
    assert_eq!(db.create_asset(&unknown_kind).expect_err("unknown kind").code(), ErrorCode::NotFound);
}

#[test]
fn demo_data_fills_a_searchable_inventory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut db = parc_db::create_with_passphrase(&dir.path().join("parc.db"), PASS).expect("create");
    let summary = db.fill_demo(2_000, 1, now()).expect("demo");
    assert_eq!((summary.assets, summary.people, summary.locations), (2_000, 400, 40));
    let refused = db.fill_demo(10, 1, now()).expect_err("demo data never mixes with an inventory");
    assert!(matches!(refused, DbError::NotEmpty(2_000)), "{refused:?}");
    assert!(refused.message(Lang::Fr).starts_with("La base contient déjà 2000 matériel(s)"));

    let today = NaiveDate::from_ymd_opt(2026, 9, 21).expect("date");
    let all = db.list_assets(&AssetQuery::default(), today).expect("list");
    assert_eq!(db.count_assets(&AssetQuery::default(), today).expect("count"), 2_000);
    assert_eq!(all.len(), 100);
    assert_eq!(all[0].tag, "PARC-000001");
    let q = AssetQuery { search: Some("parc-001234".into()), ..Default::default() };
    assert_eq!(db.count_assets(&q, today).expect("search"), 1);
    let q = AssetQuery { kind: Some("laptop".into()), status: Some(AssetStatus::Deployed), ..Default::default() };
    let laptops = db.list_assets(&q, today).expect("filter");
    assert!(!laptops.is_empty() && laptops.iter().all(|r| r.kind == "laptop" && r.status == AssetStatus::Deployed));
    let someone = all.iter().find_map(|r| r.assignee.clone()).expect("an assigned asset");
    let q = AssetQuery { search: Some(someone.clone()), ..Default::default() };
    let theirs = db.list_assets(&q, today).expect("by person");
    assert!(theirs.iter().any(|r| r.assignee.as_deref() == Some(someone.as_str())));

    let dash = db.dashboard(today).expect("dashboard");
    assert_eq!(dash.asset_count, 2_000);
    assert_eq!(dash.by_status.iter().map(|s| s.count).sum::<u32>(), 2_000);
    assert!(dash.fleet_value.0 > 0);
    assert_eq!(db.doctor(Lang::En).expect("doctor").worst(), parc_db::doctor::Status::Ok);
}

#[test]
fn the_doctor_finds_a_damaged_page_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("parc.db");
    let mut db = parc_db::create_with_passphrase(&path, PASS).expect("create");
    db.fill_demo(1_000, 3, now()).expect("demo");
    drop(db);
    // Flip one byte in the middle of the file: a page whose authentication
    // code no longer matches.
    let mut bytes = std::fs::read(&path).expect("read");
    let at = (bytes.len() / 4096 / 2) * 4096 + 1000;
    bytes[at] ^= 0x5a;
    std::fs::write(&path, &bytes).expect("write");

    let db = parc_db::unlock_with_passphrase(&path, PASS, &Keyring::none(), false).expect("page 1 is intact: it opens");
    let report = db.doctor(Lang::Fr).expect("doctor runs");
    assert_eq!(report.worst(), parc_db::doctor::Status::Error, "{report:#?}");
    let pages = report.checks.iter().find(|c| c.topic == parc_db::doctor::Topic::Pages).expect("page check");
    assert_eq!(pages.status, parc_db::doctor::Status::Error);
    assert!(pages.message.contains("page(s) altérée(s)"), "{}", pages.message);
}
