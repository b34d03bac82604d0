//! The `parc` binary as a script would run it: exit codes, stderr, formats.

use std::path::Path;
use std::process::{Command, Output};

const PASS: &str = "une phrase de passe solide";

fn parc(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_parc"));
    c.arg("--db").arg(db).args(args).env("PARC_KEYRING", "off").env("PARC_PASSPHRASE", PASS).env_remove("PARC_DB");
    c
}

fn run(c: &mut Command) -> Output {
    c.output().expect("the parc binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn init(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("parc.db");
    let out = run(&mut parc(&db, &["init"]));
    assert!(out.status.success(), "init: {}", text(&out.stderr));
    db
}

#[test]
fn init_without_keyring_or_passphrase_is_a_key_error_and_creates_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("parc.db");
    let out = run(parc(&db, &["--lang", "en", "init"]).env_remove("PARC_PASSPHRASE"));
    assert_eq!(out.status.code(), Some(3));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one sentence: {err}");
    assert!(err.contains("No OS keyring is available: a passphrase is required"), "{err}");
    assert!(!db.exists());
}

#[test]
fn init_then_list_an_empty_inventory_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let out = run(&mut parc(&db, &["--lang", "fr", "assets", "list"]));
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("0 matériel"), "{}", text(&out.stdout));
    let json = run(&mut parc(&db, &["assets", "list", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    assert_eq!(v, serde_json::json!([]));
    let again = run(&mut parc(&db, &["init"]));
    assert_eq!(again.status.code(), Some(2), "an existing database is never re-created");
}

#[test]
fn demo_data_lists_searches_and_exports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let out = run(&mut parc(&db, &["--lang", "en", "demo", "--assets", "500"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Demo data added: 500 assets, 100 people"), "{}", text(&out.stdout));

    let json = run(&mut parc(&db, &["assets", "list", "--format", "json"]));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(rows.len(), 500);
    let serial = rows[17]["serial"].as_str().expect("serial").to_string();

    let found = run(&mut parc(&db, &["assets", "list", "--search", &serial, "--format", "csv"]));
    let csv = text(&found.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "id,tag,name,kind,status,serial,manufacturer,model,location,assignee,warranty_end,purchase_cost"
    );
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(lines[1].contains(&serial));

    let limited = run(&mut parc(&db, &["--lang", "en", "assets", "list", "--status", "deployed", "--limit", "3"]));
    let table = text(&limited.stdout);
    assert!(table.starts_with("Asset tag"), "{table}");
    assert_eq!(table.lines().filter(|l| l.contains("Deployed")).count(), 3, "{table}");
    assert!(table.trim_end().ends_with("3 assets"));

    let doctor = run(&mut parc(&db, &["--lang", "fr", "doctor"]));
    assert!(doctor.status.success(), "{}", text(&doctor.stdout));
    assert!(text(&doctor.stdout).contains("✓ Toutes les pages sont authentiques"));
}

#[test]
fn a_wrong_passphrase_exits_with_the_key_error_code() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let before = std::fs::read(&db).expect("read");
    let out = run(parc(&db, &["--lang", "fr", "assets", "list"]).env("PARC_PASSPHRASE", "mauvaise phrase"));
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).starts_with("parc: La phrase de passe ou la clé ne déverrouille pas"));
    assert_eq!(std::fs::read(&db).expect("read"), before);
}

#[test]
fn usage_and_data_errors_have_their_own_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("absent.db");
    assert_eq!(run(&mut parc(&db, &["frobnicate"])).status.code(), Some(1));
    assert_eq!(run(&mut parc(&db, &["assets", "list", "--status", "broken"])).status.code(), Some(1));
    let missing = run(&mut parc(&db, &["--lang", "en", "doctor"]));
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("does not exist"));
    let plain = dir.path().join("plain.db");
    rusqlite_free_plain_sqlite(&plain);
    let out = run(&mut parc(&plain, &["--lang", "en", "doctor"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is not a Parc database: it is an unencrypted SQLite database"),
        "{}",
        text(&out.stderr)
    );
}

/// Writes a genuine unencrypted SQLite file with Debian's sqlite3.
fn rusqlite_free_plain_sqlite(path: &Path) {
    let ok = Command::new("sqlite3")
        .arg(path)
        .arg("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .status()
        .expect("sqlite3");
    assert!(ok.success());
}

#[test]
fn a_process_killed_in_the_middle_of_a_write_leaves_a_consistent_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let mut child =
        parc(&db, &["demo", "--assets", "400000"]).stdout(std::process::Stdio::null()).spawn().expect("spawn");
    // Wait until the transaction is well under way: the WAL grows.
    let wal = dir.path().join("parc.db-wal");
    let started = std::time::Instant::now();
    while std::fs::metadata(&wal).map_or(0, |m| m.len()) < 8 * 1024 * 1024 {
        assert!(started.elapsed().as_secs() < 120, "the demo never started writing");
        assert!(child.try_wait().expect("poll").is_none(), "the demo finished before it could be killed");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().expect("SIGKILL");
    child.wait().expect("reap");

    let doctor = run(&mut parc(&db, &["--lang", "en", "doctor"]));
    assert!(doctor.status.success(), "{}\n{}", text(&doctor.stdout), text(&doctor.stderr));
    assert!(text(&doctor.stdout).contains("✓ Database structure is sound"));
    let json = run(&mut parc(&db, &["assets", "list", "--format", "json"]));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).expect("json");
    assert!(rows.is_empty(), "the unfinished transaction left {} assets", rows.len());
    // And the database still takes writes.
    let again = run(&mut parc(&db, &["demo", "--assets", "50"]));
    assert!(again.status.success(), "{}", text(&again.stderr));
}

#[test]
fn assets_are_added_updated_and_shown_with_their_history_by_name_references() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    assert!(run(&mut parc(&db, &["demo", "--assets", "120"])).status.success());
    let people: Vec<serde_json::Value> =
        serde_json::from_slice(&run(&mut parc(&db, &["people", "list", "--format", "json"])).stdout).expect("json");
    let email = people[0]["person"]["email"].as_str().expect("email").to_string();
    let tree: Vec<serde_json::Value> =
        serde_json::from_slice(&run(&mut parc(&db, &["locations", "list", "--format", "json"])).stdout).expect("json");
    let total: u64 = tree.iter().filter(|n| n["depth"] == 0).map(|n| n["assetCount"].as_u64().expect("count")).sum();
    assert_eq!(total, 120, "the sites hold every placed asset");
    let room = tree.iter().find(|n| n["location"]["kind"] == "room").expect("a room");
    let room_id = room["location"]["id"].as_str().expect("id").to_string();

    let out = run(&mut parc(
        &db,
        &[
            "--lang",
            "fr",
            "assets",
            "add",
            "--name",
            "Portable de prêt",
            "--kind",
            "laptop",
            "--serial",
            "SN-PRET-01",
            "--manufacturer",
            "Lenovo",
            "--cost",
            "1 049,00",
            "--warranty-end",
            "31/12/2028",
            "--assignee",
            &email,
            "--location",
            &room_id,
            "--format",
            "json",
        ],
    ));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let added: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(added["asset"]["tag"], "PARC-000121", "the next tag of the pattern");
    assert_eq!(added["asset"]["status"], "deployed", "assigning deploys");
    assert_eq!(added["asset"]["purchaseCost"], 104_900);
    assert_eq!(added["asset"]["warrantyEnd"], "2028-12-31");

    let dup = run(&mut parc(
        &db,
        &[
            "--lang",
            "en",
            "assets",
            "add",
            "--name",
            "Twin",
            "--kind",
            "laptop",
            "--serial",
            "SN-PRET-01",
            "--manufacturer",
            "lenovo",
        ],
    ));
    assert_eq!(dup.status.code(), Some(2));
    assert!(text(&dup.stderr).contains("The serial number “SN-PRET-01” already exists"), "{}", text(&dup.stderr));

    let upd = run(&mut parc(
        &db,
        &["--lang", "en", "assets", "update", "parc-000121", "--status", "in_repair", "--notes", "Écran fissuré"],
    ));
    assert!(upd.status.success(), "{}", text(&upd.stderr));
    assert_eq!(text(&upd.stdout), "Status: Deployed → In repair\nNotes: — → Écran fissuré\n");
    let show = text(&run(&mut parc(&db, &["--lang", "en", "assets", "show", "PARC-000121"])).stdout);
    assert!(show.contains("Status: Deployed → In repair"), "{show}");
    assert!(show.contains("Purchase cost  €1,049.00"), "{show}");

    let mine = run(&mut parc(&db, &["assets", "list", "--assignee", &email, "--format", "csv"]));
    assert!(text(&mine.stdout).contains("PARC-000121"));
    let here = run(&mut parc(
        &db,
        &[
            "assets",
            "list",
            "--location",
            &room_id,
            "--sort",
            "updated-at",
            "--desc",
            "--limit",
            "1",
            "--format",
            "json",
        ],
    ));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&here.stdout).expect("json");
    assert_eq!(rows[0]["tag"], "PARC-000121", "the latest change comes first");

    let bad = run(&mut parc(&db, &["--lang", "fr", "assets", "update", "PARC-000121", "--warranty-end", "31/02/2029"]));
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("n'est pas une date valide"), "{}", text(&bad.stderr));
    let unknown = run(&mut parc(&db, &["assets", "show", "PARC-999999"]));
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn kinds_and_the_tag_pattern_are_scriptable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let add = run(&mut parc(
        &db,
        &["--lang", "en", "kinds", "add", "--label-fr", "Lecteur de badges", "--label-en", "Badge reader"],
    ));
    assert!(add.status.success(), "{}", text(&add.stderr));
    assert_eq!(text(&add.stdout), "lecteur_de_badges  Badge reader\n");
    let csv = text(&run(&mut parc(&db, &["kinds", "list", "--format", "csv"])).stdout);
    assert!(csv.contains("lecteur_de_badges,Lecteur de badges,Badge reader,false"), "{csv}");
    let set = run(&mut parc(&db, &["--lang", "fr", "tag-pattern", "LYO-####"]));
    assert_eq!(text(&set.stdout), "Motif : LYO-#### (prochain numéro : LYO-0001)\n");
    let added = run(&mut parc(
        &db,
        &["assets", "add", "--name", "Badgeuse hall", "--kind", "lecteur_de_badges", "--format", "json"],
    ));
    let v: serde_json::Value = serde_json::from_slice(&added.stdout).expect("json");
    assert_eq!(v["asset"]["tag"], "LYO-0001");
    assert_eq!(run(&mut parc(&db, &["tag-pattern", "SANS-DIESE"])).status.code(), Some(2));
}
