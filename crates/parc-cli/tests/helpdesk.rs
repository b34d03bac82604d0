//! `parc tickets` and `parc changes` as a script runs them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASS: &str = "une phrase de passe solide";

fn parc(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_parc"));
    c.arg("--db").arg(db).args(args).env("PARC_KEYRING", "off").env("PARC_PASSPHRASE", PASS).env_remove("PARC_DB");
    c
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out: Output = parc(db, args).output().expect("the parc binary runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(db, args)).expect("valid JSON")
}

fn database(dir: &Path) -> PathBuf {
    let db = dir.join("parc.db");
    ok(&db, &["init"]);
    ok(&db, &["demo", "--assets", "30"]);
    db
}

#[test]
fn add_prints_the_computed_priority_then_list_show_and_close() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = database(dir.path());
    let assets = json(&db, &["assets", "list", "--limit", "1", "--format", "json"]);
    let tag = assets[0]["tag"].as_str().expect("tag").to_string();
    let people = json(&db, &["people", "list", "--format", "json"]);
    let email = people[0]["person"]["email"].as_str().expect("email").to_string();

    let added = ok(
        &db,
        &[
            "--lang",
            "fr",
            "tickets",
            "add",
            "--title",
            "Écran noir au démarrage",
            "--urgency",
            "5",
            "--impact",
            "4",
            "--asset",
            &tag,
            "--requester",
            &email,
            "--category",
            "poste",
        ],
    );
    // The demo company already has tickets: ours comes after them.
    let first = added.lines().next().unwrap_or("");
    assert!(first.starts_with('#') && first.ends_with(" Écran noir au démarrage"), "{added}");
    let number: u64 = first[1..].split(' ').next().and_then(|n| n.parse().ok()).expect("a number");
    assert!(added.contains("Priorité : 5 Très haute (urgence 5, impact 4)"), "{added}");
    assert!(added.contains(&format!("Matériel : {tag}")), "{added}");

    let low =
        json(&db, &["tickets", "add", "--title", "Souris", "--urgency", "1", "--impact", "1", "--format", "json"]);
    assert_eq!(low["ticket"]["priority"], 1);
    assert_eq!(low["number"], number + 1);

    let by_asset = json(&db, &["tickets", "list", "--view", "all", "--asset", &tag, "--format", "json"]);
    let titles: Vec<&str> = by_asset.as_array().expect("rows").iter().filter_map(|r| r["title"].as_str()).collect();
    assert!(titles.contains(&"Écran noir au démarrage"), "{titles:?}");
    let csv = ok(&db, &["tickets", "list", "--sort", "priority", "--format", "csv"]);
    let numbers: Vec<u64> = csv.lines().skip(1).filter_map(|l| l.split(',').next()?.parse().ok()).collect();
    let pos = |n: u64| numbers.iter().position(|x| *x == n).expect("listed");
    assert!(pos(number) < pos(number + 1), "most urgent first: {csv}");

    let closed = ok(
        &db,
        &[
            "--lang",
            "en",
            "tickets",
            "close",
            &format!("#{number}"),
            "--solution",
            "Câble DisplayPort changé",
            "--satisfaction",
            "5",
        ],
    );
    assert!(closed.contains("Status: Closed"), "{closed}");
    assert!(closed.contains("Solution: Fixed: Câble DisplayPort changé"), "{closed}");
    assert!(closed.contains("Closing: satisfaction 5/5"), "{closed}");
    let open = json(&db, &["tickets", "list", "--format", "json"]);
    let open: Vec<u64> = open.as_array().expect("rows").iter().filter_map(|r| r["number"].as_u64()).collect();
    assert!(!open.contains(&number) && open.contains(&(number + 1)), "{open:?}");

    // A closed ticket cannot be closed again: a data error, one sentence.
    let again = parc(&db, &["--lang", "fr", "tickets", "close", &number.to_string()]).output().expect("runs");
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&again.stderr).trim(), "parc: Un ticket clos ne peut plus être modifié");
    // A bad number is a usage error.
    let bad = parc(&db, &["tickets", "show", "douze"]).output().expect("runs");
    assert_eq!(bad.status.code(), Some(1));
}

#[test]
fn a_template_creates_its_checklist_and_changes_list_their_seven_r() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = database(dir.path());
    let t = json(
        &db,
        &[
            "tickets",
            "add",
            "--title",
            "Départ de M. Martin",
            "--kind",
            "request",
            "--template",
            "departing_employee",
            "--format",
            "json",
        ],
    );
    let tasks = t["events"].as_array().expect("events").iter().filter(|e| e["kind"] == "task").count();
    assert_eq!(tasks, 4);

    ok(&db, &["changes", "add", "--title", "Mise à jour du pare-feu", "--reason", "Faille critique"]);
    let list = ok(&db, &["--lang", "fr", "changes", "list"]);
    assert!(list.contains("C1") && list.contains("Mise à jour du pare-feu") && list.contains("1/7"), "{list}");
    let show = ok(&db, &["--lang", "fr", "changes", "show", "C1"]);
    assert!(show.contains("✓ Quelle est la raison de ce changement ? Faille critique"), "{show}");
    assert!(show.contains("✗ Quels sont les risques ? —"), "{show}");
    let rows = json(&db, &["changes", "list", "--status", "new", "--format", "json"]);
    assert_eq!(rows[0]["missing"], 6);
}
