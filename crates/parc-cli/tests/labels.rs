//! `parc labels` as a person at a printer uses it: the real binary on an
//! encrypted database, its PDF rendered by poppler and every label's QR code
//! scanned by zbar, one label at a time, as a scanner sees them (zbar gives up
//! on a whole dense sheet in one image; see `crates/parc-report/tests/labels.rs`).
//! A missing tool fails the test and names the Debian package to install.

use std::path::Path;
use std::process::{Command, Output};

const PASS: &str = "une phrase de passe solide";
const COMPANY: &str = "Société Générale d'Équipement — Œuvre";

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

/// Runs a tool, failing with the Debian package that provides it when absent.
fn tool(name: &str, package: &str, args: &[&str]) -> Output {
    match Command::new(name).args(args).output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            panic!("`{name}` is not installed: this test needs it (Debian: apt-get install {package})")
        }
        Err(e) => panic!("`{name}` could not run: {e}"),
    }
}

/// An Avery sheet as its maker publishes it, in millimetres.
struct Grid {
    left: f32,
    top: f32,
    pitch_x: f32,
    pitch_y: f32,
    width: f32,
    height: f32,
    columns: usize,
    per_sheet: usize,
}

const L7160: Grid =
    Grid { left: 7.25, top: 15.15, pitch_x: 66.0, pitch_y: 38.1, width: 63.5, height: 38.1, columns: 3, per_sheet: 21 };
const L7651: Grid =
    Grid { left: 4.75, top: 10.7, pitch_x: 40.6, pitch_y: 21.2, width: 38.1, height: 21.2, columns: 5, per_sheet: 65 };

/// What each cell of the first `pages` sheets scans to, in order.
fn scan(dir: &Path, pdf: &Path, grid: &Grid, pages: usize) -> Vec<Option<String>> {
    let px = |mm: f32| ((mm / 25.4 * 300.0).round() as i64).to_string();
    let pdf = pdf.display().to_string();
    let root = dir.join("cell").display().to_string();
    let png = dir.join("cell.png").display().to_string();
    let mut cells = Vec::new();
    for page in 1..=pages {
        let page = page.to_string();
        for cell in 0..grid.per_sheet {
            let x = grid.left + (cell % grid.columns) as f32 * grid.pitch_x;
            let y = grid.top + (cell / grid.columns) as f32 * grid.pitch_y;
            let (x, y, w, h) = (px(x), px(y), px(grid.width), px(grid.height));
            let args = [
                "-r",
                "300",
                "-png",
                "-singlefile",
                "-f",
                &page,
                "-l",
                &page,
                "-x",
                &x,
                "-y",
                &y,
                "-W",
                &w,
                "-H",
                &h,
                &pdf,
                &root,
            ];
            let out = tool("pdftoppm", "poppler-utils", &args);
            assert!(out.status.success(), "pdftoppm: {}", text(&out.stderr));
            let out = tool("zbarimg", "zbar-tools", &["--nodbus", "--raw", "-q", &png]);
            cells.push(match out.status.code() {
                Some(0) => Some(text(&out.stdout).trim_end_matches('\n').to_string()),
                Some(4) => None,
                _ => panic!("zbarimg failed: {}", text(&out.stderr)),
            });
        }
    }
    cells
}

fn tags_of(db: &Path, args: &[&str]) -> Vec<String> {
    let mut list = vec!["assets", "list", "--format", "json"];
    list.extend_from_slice(args);
    let out = parc(db, &list);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("json");
    rows.iter().map(|r| r["tag"].as_str().expect("tag").to_string()).collect()
}

#[test]
fn labels_of_a_room_and_of_chosen_tags_scan_back_to_their_assets() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("parc.db");
    assert!(parc(&db, &["init"]).status.success());
    assert!(parc(&db, &["demo", "--assets", "60"]).status.success());
    let out_pdf = dir.path().join("étiquettes.pdf");
    let out = out_pdf.to_str().expect("UTF-8 path");

    // No company anywhere yet: the command says how to give one, and writes nothing.
    let refused = parc(&db, &["--lang", "fr", "labels", "--out", out, "--all"]);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused.stderr));
    assert!(text(&refused.stderr).contains("--company"), "{}", text(&refused.stderr));
    assert!(!out_pdf.exists());

    // A room, on an L7160 sheet whose first two labels are gone.
    let tree: Vec<serde_json::Value> =
        serde_json::from_slice(&parc(&db, &["locations", "list", "--format", "json"]).stdout).expect("json");
    let room = tree.iter().find(|n| n["location"]["kind"] == "room").expect("a room");
    let room_id = room["location"]["id"].as_str().expect("id");
    let in_room = tags_of(&db, &["--location", room_id]);
    assert!((3..=40).contains(&in_room.len()), "a room of a 60-asset demo: {}", in_room.len());
    let done = parc(
        &db,
        &[
            "--lang",
            "fr",
            "labels",
            "--out",
            out,
            "--location",
            room_id,
            "--sheet",
            "l7160",
            "--offset",
            "2",
            "--company",
            COMPANY,
            "--remember-company",
        ],
    );
    assert!(done.status.success(), "{}", text(&done.stderr));
    let sheets = (2 + in_room.len()).div_ceil(21);
    let said = text(&done.stdout);
    assert!(said.starts_with(&format!("{} étiquettes sur {sheets} planche", in_room.len())), "{said}");
    let mut expected: Vec<Option<String>> = vec![None, None];
    expected.extend(in_room.iter().cloned().map(Some));
    expected.resize(21 * sheets, None);
    assert_eq!(scan(dir.path(), &out_pdf, &L7160, sheets), expected, "the room's assets, by tag, from cell 3");
    let words = text(&tool("pdftotext", "poppler-utils", &["-raw", out, "-"]).stdout);
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(words.matches(COMPANY).count(), in_room.len(), "{words}");

    // Chosen tags, in the order given, typed in any case; the company was remembered.
    let all = tags_of(&db, &[]);
    let chosen = [all[41].clone(), all[3].to_lowercase(), all[17].clone()];
    let done = parc(
        &db,
        &["--lang", "en", "labels", "--out", out, "--tag", &chosen[0], "--tag", &chosen[1], "--tag", &chosen[2]],
    );
    assert!(done.status.success(), "{}", text(&done.stderr));
    assert_eq!(
        text(&done.stdout),
        format!("3 labels on 1 sheet: {out}\nOn the last sheet, carry on with --offset 3\n")
    );
    let mut expected = vec![Some(all[41].clone()), Some(all[3].clone()), Some(all[17].clone())];
    expected.resize(65, None);
    assert_eq!(scan(dir.path(), &out_pdf, &L7651, 1), expected);
    let words = text(&tool("pdftotext", "poppler-utils", &["-raw", out, "-"]).stdout);
    assert_eq!(words.split_whitespace().collect::<Vec<_>>().join(" ").matches(COMPANY).count(), 3);
}

#[test]
fn wrong_requests_are_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("parc.db");
    assert!(parc(&db, &["init"]).status.success());
    let out = dir.path().join("l.pdf");
    let out = out.to_str().expect("UTF-8 path");

    let empty = parc(&db, &["--lang", "fr", "labels", "--out", out, "--all", "--company", "ACME"]);
    assert_eq!(empty.status.code(), Some(2));
    assert_eq!(text(&empty.stderr), "parc: Aucun matériel à étiqueter\n");

    assert!(parc(&db, &["demo", "--assets", "10"]).status.success());
    let past = parc(&db, &["--lang", "fr", "labels", "--out", out, "--all", "--company", "ACME", "--offset", "65"]);
    assert_eq!(past.status.code(), Some(2));
    assert_eq!(
        text(&past.stderr),
        "parc: Une planche compte 65 étiquettes : le nombre d'étiquettes déjà utilisées (65) doit aller de 0 à 64\n"
    );

    let unknown = parc(&db, &["--lang", "en", "labels", "--out", out, "--tag", "NOPE-1", "--company", "ACME"]);
    assert_eq!(unknown.status.code(), Some(2), "{}", text(&unknown.stderr));

    let mixed = parc(&db, &["--lang", "en", "labels", "--out", out, "--all", "--company", "X", "--label-width", "50"]);
    assert_eq!(mixed.status.code(), Some(1));
    assert!(text(&mixed.stderr).contains("go with --sheet custom"), "{}", text(&mixed.stderr));

    let two_selections = parc(&db, &["labels", "--out", out, "--all", "--tag", "PARC-000001", "--company", "X"]);
    assert_eq!(two_selections.status.code(), Some(1), "one selection at a time");
    let incomplete = parc(&db, &["labels", "--out", out, "--all", "--company", "X", "--sheet", "custom"]);
    assert_eq!(incomplete.status.code(), Some(1), "a custom sheet needs its measurements");

    let too_wide = parc(
        &db,
        &[
            "--lang",
            "en",
            "labels",
            "--out",
            out,
            "--all",
            "--company",
            "X",
            "--sheet",
            "custom",
            "--label-width",
            "70,5",
            "--label-height",
            "37",
            "--columns",
            "3",
            "--rows",
            "8",
        ],
    );
    assert_eq!(too_wide.status.code(), Some(2));
    assert_eq!(
        text(&too_wide.stderr),
        "parc: The labels do not fit across the page: margin, labels and gaps take 211.5 mm of a 210 mm page\n"
    );
    assert!(!Path::new(out).exists(), "no PDF from a refused request");

    // The same sheet, measured right (a decimal comma is fine), prints.
    let custom = parc(
        &db,
        &[
            "--lang",
            "en",
            "labels",
            "--out",
            out,
            "--all",
            "--company",
            "X",
            "--sheet",
            "custom",
            "--label-width",
            "70",
            "--label-height",
            "37,125",
            "--columns",
            "3",
            "--rows",
            "8",
        ],
    );
    assert!(custom.status.success(), "{}", text(&custom.stderr));
    assert!(text(&custom.stdout).starts_with("10 labels on 1 sheet"), "{}", text(&custom.stdout));
}

#[test]
fn the_assets_never_labelled_are_a_selection_of_their_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("parc.db");
    assert!(parc(&db, &["init"]).status.success());
    assert!(parc(&db, &["demo", "--assets", "30"]).status.success());
    let list = parc(&db, &["assets", "list", "--format", "json"]);
    let assets: Vec<serde_json::Value> = serde_json::from_slice(&list.stdout).expect("json");
    let in_use = assets.iter().filter(|a| !matches!(a["status"].as_str(), Some("retired" | "lost"))).count();
    let first = assets[0]["tag"].as_str().expect("tag").to_string();
    let pdf = dir.path().join("one.pdf").display().to_string();
    let company = ["--company", COMPANY];

    let one = parc(&db, &[&["--lang", "en", "labels", "--out", &pdf, "--tag", &first][..], &company[..]].concat());
    assert!(one.status.success(), "{}", text(&one.stderr));
    // The label printed counts: the others are left, retired and lost assets aside.
    let rest = parc(&db, &[&["--lang", "en", "labels", "--out", &pdf, "--unlabelled"][..], &company[..]].concat());
    assert!(rest.status.success(), "{}", text(&rest.stderr));
    let left = in_use - usize::from(!matches!(assets[0]["status"].as_str(), Some("retired" | "lost")));
    assert!(text(&rest.stdout).starts_with(&format!("{left} labels on")), "{}", text(&rest.stdout));
    // Everything is labelled now: nothing left to print, said clearly.
    let none = parc(&db, &[&["--lang", "en", "labels", "--out", &pdf, "--unlabelled"][..], &company[..]].concat());
    assert_eq!(none.status.code(), Some(2), "{}", text(&none.stdout));
    assert!(!text(&none.stderr).is_empty());
}
