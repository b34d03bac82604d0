//! `parc import` as a fleet manager runs it: the real binary on an encrypted
//! database, fed the fixtures of `tests/fixtures/` (real agent inventories,
//! Snipe-IT and GLPI exports, a French Excel file, AD exports) and the
//! malformed ones, with its exit codes, its dry run and its JSON.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASS: &str = "une phrase de passe solide";

fn parc(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parc"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("PARC_KEYRING", "off")
        .env("PARC_PASSPHRASE", PASS)
        .env_remove("PARC_DB")
        .output()
        .expect("the parc binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn fixture(rel: &str) -> String {
    let p: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(rel);
    p.to_string_lossy().into_owned()
}

fn init(dir: &Path) -> PathBuf {
    let db = dir.join("parc.db");
    let out = parc(&db, &["init"]);
    assert!(out.status.success(), "init: {}", text(&out.stderr));
    db
}

fn asset_count(db: &Path) -> usize {
    let out = parc(db, &["assets", "list", "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice::<Vec<serde_json::Value>>(&out.stdout).expect("json").len()
}

#[test]
fn a_whole_fleet_goes_in_and_the_second_time_nothing_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let files = [
        fixture("ad/users.csv"),
        fixture("csv/inventaire-excel-fr.csv"),
        fixture("snipe-it-csv/assets-sample.csv"),
        fixture("glpi-inventory-format/examples/computer_1.json"),
        fixture("glpi-inventory-format/xml/12.xml"),
        fixture("fusioninventory/debian12.xml"),
    ];
    let mut args = vec!["--lang", "fr", "import"];
    args.extend(files.iter().map(String::as_str));
    let out = parc(&db, &args);
    assert_eq!(out.status.code(), Some(0), "{}{}", text(&out.stdout), text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("utilisateurs Active Directory (CSV)\n  Fait : 8 créé(s), 0 mis à jour"), "{stdout}");
    assert!(stdout.contains("Colonnes : N° d'inventaire → N° d'inventaire ; Désignation → Nom"), "{stdout}");
    assert!(stdout.contains("Ignorées : Company, Model Notes, Model Number, Checkout Type"), "{stdout}");
    assert!(stdout.contains("Fait : 22 créé(s)"), "{stdout}");
    assert!(stdout.contains("PARC-000107 créé"), "{stdout}");
    assert_eq!(asset_count(&db), 6 + 22 + 3);

    let again = parc(&db, &args);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    let stdout = text(&again.stdout);
    assert!(stdout.contains("Fait : 0 créé(s), 0 mis à jour, 6 inchangé(s), 0 refusé(s)"), "{stdout}");
    assert!(stdout.contains("Fait : 0 créé(s), 0 mis à jour, 22 inchangé(s)"), "{stdout}");
    assert!(stdout.contains("PARC-000107 inchangé (reconnu par son n° de série)"), "{stdout}");
    assert!(stdout.contains("inchangé (reconnu par son nom)"), "the container has no serial: {stdout}");
    assert_eq!(asset_count(&db), 31);

    let partial = parc(
        &db,
        &["--lang", "en", "import", &fixture("glpi-inventory-format/examples/computer_1_partial_softs.json")],
    );
    let stdout = text(&partial.stdout);
    assert!(
        stdout.contains("PARC-000107 updated (found by serial)\n    Software: gitg 3.32.1-1.fc31 → gitg 3.33.0-1.fc31"),
        "{stdout}"
    );
}

#[test]
fn a_dry_run_shows_each_line_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let before = std::fs::read(&db).expect("read");
    let out = parc(
        &db,
        &["--lang", "fr", "import", "--dry-run", &fixture("ad/users.csv"), &fixture("csv/inventaire-excel-fr.csv")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Ligne  Clé          Sort  Détail"), "{stdout}");
    assert!(stdout.contains("2      PARC-000101  créé"), "{stdout}");
    assert!(stdout.contains("Prévu : 6 créé(s)"), "the users of the first file are there for the second: {stdout}");
    assert_eq!(asset_count(&db), 0);
    let people = parc(&db, &["people", "list", "--format", "json"]);
    assert_eq!(text(&people.stdout).trim(), "[]");
    assert_eq!(std::fs::read(&db).expect("read"), before, "not a byte written");
}

#[test]
fn refused_files_say_why_and_exit_with_the_data_error_code() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let out = parc(&db, &["--lang", "fr", "import", &fixture("malformed/wrong-column-count.csv")]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr).trim_end(),
        format!(
            "parc: {} : 1 ligne(s) refusée(s), rien n'a été importé ; Ligne 3 : 5 champs au lieu des 6 de la ligne d'en-têtes",
            fixture("malformed/wrong-column-count.csv")
        )
    );
    assert_eq!(asset_count(&db), 0, "the good lines are not kept");

    let out = parc(&db, &["--lang", "en", "import", &fixture("malformed/no-known-column.csv")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(
            "No column gives an asset tag, a serial number or a name; columns not recognised: Couleur, Saveur, Poids"
        ),
        "{}",
        text(&out.stderr)
    );

    let dry = parc(&db, &["--lang", "fr", "import", "--dry-run", &fixture("malformed/wrong-column-count.csv")]);
    assert_eq!(dry.status.code(), Some(2), "a dry run that finds a bad line fails too");
    let stdout = text(&dry.stdout);
    assert!(stdout.contains("3      —            refusé"), "{stdout}");
    assert!(stdout.contains("  Ligne 3 : 5 champs au lieu des 6 de la ligne d'en-têtes"), "{stdout}");

    for (file, message) in [
        ("malformed/image-png-renamed.csv", "Ce n'est pas un fichier texte"),
        ("malformed/program-elf-renamed.csv", "Ce n'est pas un fichier texte"),
        ("malformed/billion-laughs.xml", "Le fichier XML déclare des entités"),
        ("malformed/external-entity.xml", "Le fichier XML déclare des entités"),
        ("malformed/undeclared-entity.xml", "entité inconnue &xxe;"),
        ("malformed/truncated.xml", "il est tronqué"),
        ("malformed/truncated.json", "JSON invalide ligne 82"),
    ] {
        let out = parc(&db, &["--lang", "fr", "import", &fixture(file)]);
        assert_eq!(out.status.code(), Some(2), "{file}");
        assert!(text(&out.stderr).contains(message), "{file}: {}", text(&out.stderr));
    }
    assert_eq!(asset_count(&db), 0);
    assert_eq!(parc(&db, &["import"]).status.code(), Some(1), "no file is a usage error");
}

#[test]
fn json_for_scripts_and_the_directory_reconciliation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let out = parc(
        &db,
        &[
            "--lang",
            "en",
            "import",
            "--format",
            "json",
            &fixture("ad/users.csv"),
            &fixture("glpi-inventory-format/xml/1.xml"),
            &fixture("csv/glpi-export-ordinateurs.csv"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v[0]["format"], "ad_users_csv");
    assert_eq!(v[0]["summary"]["created"], 8);
    assert_eq!(v[1]["fate"], "created");
    assert_eq!(v[1]["tag"], "PARC-000001");
    assert_eq!(v[2]["summary"]["created"], 3);
    assert_eq!(v[2]["unmapped"], serde_json::json!(["Entité", "Dernière modification"]));

    let out = parc(&db, &["--lang", "en", "import", "--ad-computers", &fixture("ad/computers.csv")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Active accounts: 6"), "{stdout}");
    assert!(
        stdout.contains(
            "Directory computers missing from the inventory: 2\n    GLPIXPS (last logon 2020-06-12)\n    PC-ARG-23"
        ),
        "LF014 came from its inventory, PC-COMPTA-01 from the GLPI export: {stdout}"
    );
    assert!(
        stdout.contains("Inventory computers unknown to the directory: 1\n    GLPI-0044  SRV-FICHIERS"),
        "{stdout}"
    );
    assert!(stdout.contains("Disabled accounts still holding equipment: 0"), "{stdout}");
}

/// The host name, as `uname -n` gives it.
#[cfg(target_os = "linux")]
fn host_name() -> String {
    let out = Command::new("uname").arg("-n").output().expect("uname runs");
    text(&out.stdout).trim().to_string()
}

#[cfg(target_os = "linux")]
#[test]
fn this_computer_goes_in_alone_then_again_with_a_dry_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let host = host_name();
    let out = parc(&db, &["--lang", "fr", "import", "--this-computer"]);
    assert_eq!(out.status.code(), Some(0), "{}{}", text(&out.stdout), text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with(&format!("{host} — inventaire de ce poste\n")), "{stdout}");
    assert!(stdout.contains("PARC-000001 créé"), "{stdout}");

    let out = parc(&db, &["assets", "list", "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let assets: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(assets.len(), 1);
    assert_eq!(assets[0]["name"], host.as_str(), "{:?}", assets[0]);
    assert_eq!(assets[0]["tag"], "PARC-000001");

    // Again, with a file, as a dry run in JSON: nothing would change, nothing is written.
    let out = parc(
        &db,
        &[
            "--lang",
            "en",
            "import",
            "--dry-run",
            "--format",
            "json",
            "--this-computer",
            &fixture("glpi-inventory-format/examples/computer_1.json"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v[0]["fate"], "created", "the file first");
    assert_eq!(
        (&v[1]["thisComputer"], &v[1]["format"]),
        (&serde_json::json!(true), &serde_json::json!("this_computer"))
    );
    assert_eq!((&v[1]["fate"], &v[1]["tag"]), (&serde_json::json!("unchanged"), &serde_json::json!("PARC-000001")));
    assert_eq!(asset_count(&db), 1, "a dry run writes nothing");

    let out = parc(&db, &["--lang", "en", "import"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("Give at least one file to import, or --this-computer"),
        "{}",
        text(&out.stderr)
    );
}
