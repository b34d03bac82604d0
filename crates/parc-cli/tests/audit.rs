//! `parc audit` as someone on site runs it, tags piped from a scanner.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const PASS: &str = "une phrase de passe solide";

fn parc(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_parc"));
    c.arg("--db").arg(db).args(["--lang", "fr"]).args(args);
    c.env("PARC_KEYRING", "off").env("PARC_PASSPHRASE", PASS).env_remove("PARC_DB");
    c
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = parc(db, args).output().expect("runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn first_tag(db: &Path, location: &str) -> String {
    let csv = ok(db, &["assets", "list", "--location", location, "--limit", "1", "--format", "csv"]);
    csv.lines().nth(1).and_then(|l| l.split(',').nth(1)).expect("a tag").to_string()
}

#[test]
fn scanned_tags_from_stdin_are_found_moved_or_unknown_and_the_results_apply() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("parc.db");
    ok(&db, &["init"]);
    ok(&db, &["demo", "--assets", "400"]);
    // The tree prints a site, its buildings (2 spaces) and their rooms (4 spaces).
    let tree = ok(&db, &["locations", "list"]);
    let name = |line: &str| line.trim().split("  ").next().unwrap_or("").to_string();
    let lines: Vec<&str> = tree.lines().skip(1).collect();
    let site = name(lines[0]);
    let building = name(lines[1]);
    let rooms: Vec<String> = lines.iter().skip(2).take_while(|l| l.starts_with("    ")).map(|l| name(l)).collect();
    assert!(rooms.len() >= 2, "{tree}");
    let room = format!("{site} › {building} › {}", rooms[0]);
    let other = format!("{site} › {building} › {}", rooms[1]);
    let started = ok(&db, &["audit", "start", "--name", "Accueil", "--location", &room]);
    assert!(started.starts_with("Campagne « Accueil » ouverte : "), "{started}");

    let (here, there) = (first_tag(&db, &room), first_tag(&db, &other));
    let mut child = parc(&db, &["audit", "scan", "--room", &room])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all(format!("{here}\n{there}\nINCONNU-42\n").as_bytes()).expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{here} : Trouvé\n{there} : Déplacé\nINCONNU-42 : Inconnu\n")
    );

    let status = ok(&db, &["audit", "status"]);
    assert!(status.contains("Trouvé : 1\nDéplacé : 1\nInconnu : 1\n"), "{status}");
    let applied = ok(&db, &["audit", "apply", "--missing", "leave"]);
    assert!(applied.starts_with("Appliqué : 1 déplacés, 0 perdus, 0 à vérifier, 2 inventoriés"), "{applied}");
    let moved = ok(&db, &["assets", "show", &there]);
    assert!(moved.contains(&rooms[0]), "{moved}");
    let none = parc(&db, &["audit", "status"]).output().expect("runs");
    assert_eq!(none.status.code(), Some(1), "no campaign is open any more");
}
