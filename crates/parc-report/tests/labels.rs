//! Label sheets read back with the tools a user has: poppler renders the PDF
//! at printer resolution, zbar scans each label's QR code, pdftotext reads the
//! clear text. A missing tool fails the test with the Debian package to
//! install: a label test that silently passes without a scanner proves nothing.
//!
//! Each label is scanned on its own (the page is rendered one cell at a time
//! with `pdftoppm -x -y -W -H`), as a scanner sees one label: that checks each
//! code sits in the right cell, in order. zbar cannot do a whole dense sheet in
//! one image: its QR reader tries every triple of finder patterns and gives up
//! after 8,192 failed triples in a row (`nfailures_max` in `qrdec.c`), which a
//! page of 65 codes (195 finder patterns) exceeds.

use std::path::Path;
use std::process::{Command, Output};

use chrono::{DateTime, Utc};
use parc_core::{Lang, Localized};
use parc_report::{Geometry, Label, ReportError, Sheet, labels_pdf};

const COMPANY: &str = "Société Générale d'Équipement — Œuvre";
const DPI: f32 = 300.0;

/// Where the labels of a sheet are, as the sheet's maker publishes it (not
/// from the code under test): millimetres from the top-left corner.
#[derive(Clone, Copy)]
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

/// Avery L7651 (and Label Planet LP65/38): 10.7 mm top, 4.75 mm sides, 40.6 × 21.2 mm pitch.
const L7651: Grid =
    Grid { left: 4.75, top: 10.7, pitch_x: 40.6, pitch_y: 21.2, width: 38.1, height: 21.2, columns: 5, per_sheet: 65 };
/// Avery L7160 (and Label Planet LP21/63): 15.15 mm top, 7.25 mm sides, 66.0 × 38.1 mm pitch.
const L7160: Grid =
    Grid { left: 7.25, top: 15.15, pitch_x: 66.0, pitch_y: 38.1, width: 63.5, height: 38.1, columns: 3, per_sheet: 21 };

fn created() -> DateTime<Utc> {
    DateTime::from_timestamp(1_780_000_000, 0).expect("valid timestamp")
}

fn tags(n: usize, first: usize) -> Vec<Label> {
    (0..n).map(|i| Label::new(format!("PARC-{:06}", first + i), Some(format!("Poste de travail n° {i}")))).collect()
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

fn write_pdf(dir: &Path, pdf: &[u8]) -> String {
    let path = dir.join("labels.pdf");
    std::fs::write(&path, pdf).expect("write the PDF");
    path.display().to_string()
}

/// The tag in the QR code of one cell (`page` from 1, `cell` from 0), or
/// `None` when the cell holds no code.
fn scan_cell(dir: &Path, pdf: &str, grid: &Grid, page: usize, cell: usize) -> Option<String> {
    let px = |mm: f32| ((mm / 25.4 * DPI).round() as i64).to_string();
    let (row, column) = (cell / grid.columns, cell % grid.columns);
    let x = grid.left + column as f32 * grid.pitch_x;
    let y = grid.top + row as f32 * grid.pitch_y;
    let root = dir.join("cell");
    let page = page.to_string();
    let r = DPI.to_string();
    let out = tool(
        "pdftoppm",
        "poppler-utils",
        &[
            "-r",
            &r,
            "-png",
            "-f",
            &page,
            "-l",
            &page,
            "-singlefile",
            "-x",
            &px(x),
            "-y",
            &px(y),
            "-W",
            &px(grid.width),
            "-H",
            &px(grid.height),
            pdf,
            &root.display().to_string(),
        ],
    );
    assert!(out.status.success(), "pdftoppm: {}", String::from_utf8_lossy(&out.stderr));
    let png = dir.join("cell.png").display().to_string();
    let out = tool("zbarimg", "zbar-tools", &["--nodbus", "--raw", "-q", &png]);
    match out.status.code() {
        Some(0) => Some(String::from_utf8(out.stdout).expect("UTF-8 tag").trim_end_matches('\n').to_string()),
        // zbarimg's exit code when it finds no barcode.
        Some(4) => None,
        _ => panic!("zbarimg failed: {}", String::from_utf8_lossy(&out.stderr)),
    }
}

/// Every cell of `pages` sheets, in order: what each one scans to.
fn scan_sheets(dir: &Path, pdf: &str, grid: &Grid, pages: usize) -> Vec<Option<String>> {
    (1..=pages)
        .flat_map(|p| (0..grid.per_sheet).map(move |c| (p, c)))
        .map(|(p, c)| scan_cell(dir, pdf, grid, p, c))
        .collect()
}

fn page_count(pdf: &str) -> usize {
    let out = tool("pdfinfo", "poppler-utils", &[pdf]);
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"))
}

/// The page's text in drawing order, lines joined by spaces.
fn text(pdf: &str) -> String {
    let out = tool("pdftotext", "poppler-utils", &["-raw", "-enc", "UTF-8", pdf, "-"]);
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("UTF-8 text").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn an_l7651_sheet_scans_back_to_its_tags_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let labels = tags(25, 123);
    let pdf = labels_pdf(&labels, &Sheet::L7651, 0, COMPANY, Lang::Fr, created()).expect("a sheet");
    assert!(pdf.len() < 150_000, "the font is subset: {} bytes", pdf.len());
    let path = write_pdf(dir.path(), &pdf);
    assert_eq!(page_count(&path), 1);

    let scanned = scan_sheets(dir.path(), &path, &L7651, 1);
    let expected: Vec<Option<String>> =
        labels.iter().map(|l| Some(l.tag.clone())).chain(std::iter::repeat_n(None, 65 - 25)).collect();
    assert_eq!(scanned, expected);
    assert_eq!(scanned[0].as_deref(), Some("PARC-000123"));

    let words = text(&path);
    assert_eq!(words.matches(COMPANY).count(), 25, "the company, accents and all, on every label: {words}");
    let clear: Vec<&str> = words.split(' ').filter(|w| w.starts_with("PARC-")).collect();
    let wanted: Vec<&str> = labels.iter().map(|l| l.tag.as_str()).collect();
    assert_eq!(clear, wanted, "the tags in clear text, in order");
    assert!(words.contains("PARC-000123 Poste de tra… Société"), "the name, cut to fit a small label: {words}");

    let fonts = String::from_utf8_lossy(&tool("pdffonts", "poppler-utils", &[&path]).stdout).into_owned();
    let embedded: Vec<&str> = fonts.lines().filter(|l| l.contains("DejaVuSans")).collect();
    assert_eq!(embedded.len(), 2, "{fonts}");
    for line in embedded {
        assert!(line.contains("yes yes yes"), "embedded, subset, with a Unicode map: {line}");
    }

    let info = String::from_utf8_lossy(&tool("pdfinfo", "poppler-utils", &["-isodates", &path]).stdout).into_owned();
    assert!(info.contains(&format!("Title:           Étiquettes — {COMPANY}")), "{info}");
    assert!(info.contains("CreationDate:    2026-05-28T20:26:40"), "the date given, not 1970: {info}");
    assert!(info.contains("Page size:       595.276 x 841.89 pts (A4)"), "{info}");
}

#[test]
fn a_start_offset_skips_used_cells_and_the_rest_goes_on_a_new_sheet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let labels = tags(10, 500);
    let pdf = labels_pdf(&labels, &Sheet::L7651, 60, COMPANY, Lang::En, created()).expect("a sheet");
    let path = write_pdf(dir.path(), &pdf);
    assert_eq!(page_count(&path), 2);

    let scanned = scan_sheets(dir.path(), &path, &L7651, 2);
    let (first, second) = scanned.split_at(65);
    assert!(first[..60].iter().all(Option::is_none), "the 60 used cells stay blank");
    let tag = |i: usize| Some(format!("PARC-{:06}", 500 + i));
    assert_eq!(first[60..].to_vec(), (0..5).map(tag).collect::<Vec<_>>(), "the last row of the first sheet");
    assert_eq!(second[..5].to_vec(), (5..10).map(tag).collect::<Vec<_>>(), "the first row of the next sheet");
    assert!(second[5..].iter().all(Option::is_none));

    let info = String::from_utf8_lossy(&tool("pdfinfo", "poppler-utils", &[&path]).stdout).into_owned();
    assert!(info.contains("Title:           Asset labels — "), "the title in the language asked: {info}");
}

#[test]
fn an_l7160_sheet_scans_back_to_its_tags() {
    let dir = tempfile::tempdir().expect("tempdir");
    let labels = tags(23, 1);
    let pdf = labels_pdf(&labels, &Sheet::L7160, 2, COMPANY, Lang::Fr, created()).expect("a sheet");
    let path = write_pdf(dir.path(), &pdf);
    assert_eq!(page_count(&path), 2, "2 used + 23 = 25 cells of 21");

    let scanned = scan_sheets(dir.path(), &path, &L7160, 2);
    let mut expected = vec![None, None];
    expected.extend(labels.iter().map(|l| Some(l.tag.clone())));
    expected.resize(42, None);
    assert_eq!(scanned, expected);
    let words = text(&path);
    assert_eq!(words.matches(COMPANY).count(), 23, "{words}");
    assert!(words.contains("Poste de travail n° 22"), "the name fits on a large label: {words}");
}

#[test]
fn a_custom_sheet_puts_labels_where_it_was_measured() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A4 sheet of 2 × 4 labels of 99.1 × 67.7 mm, margins and gaps given by hand.
    let geometry = Geometry {
        page_width: 210.0,
        page_height: 297.0,
        label_width: 99.1,
        label_height: 67.7,
        columns: 2,
        rows: 4,
        left: 4.65,
        top: 13.1,
        gap_x: 2.5,
        gap_y: 0.0,
    };
    let grid = Grid {
        left: 4.65,
        top: 13.1,
        pitch_x: 101.6,
        pitch_y: 67.7,
        width: 99.1,
        height: 67.7,
        columns: 2,
        per_sheet: 8,
    };
    let labels = vec![
        Label::new("PARC-000001", Some("Écran 27 pouces".into())),
        Label::new("inv-2026/ÉTÉ-42", None),
        Label::new("SRV-DC-01", Some("Contrôleur de domaine".into())),
    ];
    let pdf = labels_pdf(&labels, &Sheet::Custom(geometry), 5, "ACME", Lang::Fr, created()).expect("a sheet");
    let path = write_pdf(dir.path(), &pdf);
    let scanned = scan_sheets(dir.path(), &path, &grid, 1);
    let mut expected = vec![None; 5];
    expected.extend(labels.iter().map(|l| Some(l.tag.clone())));
    assert_eq!(scanned, expected, "byte-mode tags with accents scan back too");

    // A centred grid of another page size: US Letter, 3 × 10.
    let letter = Geometry::centred((215.9, 279.4), 66.7, 25.4, 3, 10, 3.2, 0.0);
    let pdf = labels_pdf(&tags(4, 7), &Sheet::Custom(letter), 0, "ACME", Lang::Fr, created()).expect("a sheet");
    let path = write_pdf(dir.path(), &pdf);
    let info = String::from_utf8_lossy(&tool("pdfinfo", "poppler-utils", &[&path]).stdout).into_owned();
    assert!(info.contains("Page size:       612 x 792 pts (letter)"), "{info}");
    let grid = Grid {
        left: letter.left,
        top: letter.top,
        pitch_x: 66.7 + 3.2,
        pitch_y: 25.4,
        width: 66.7,
        height: 25.4,
        columns: 3,
        per_sheet: 30,
    };
    let scanned: Vec<Option<String>> = (0..5).map(|c| scan_cell(dir.path(), &path, &grid, 1, c)).collect();
    let expected: Vec<Option<String>> = (0..4).map(|i| Some(format!("PARC-{:06}", 7 + i))).chain([None]).collect();
    assert_eq!(scanned, expected);
}

#[test]
fn impossible_requests_are_refused_in_both_languages() {
    let one = tags(1, 1);
    let at = created();
    let err = labels_pdf(&[], &Sheet::L7651, 0, COMPANY, Lang::Fr, at).expect_err("nothing to print");
    assert_eq!(err, ReportError::NothingToPrint);
    assert_eq!(err.message(Lang::Fr), "Aucun matériel à étiqueter");
    assert_eq!(err.message(Lang::En), "There is no asset to label");

    let err = labels_pdf(&one, &Sheet::L7160, 21, COMPANY, Lang::Fr, at).expect_err("past the sheet");
    assert_eq!(err, ReportError::OffsetPastSheet { offset: 21, per_sheet: 21 });
    assert_eq!(
        err.message(Lang::Fr),
        "Une planche compte 21 étiquettes : le nombre d'étiquettes déjà utilisées (21) doit aller de 0 à 20"
    );
    assert!(labels_pdf(&one, &Sheet::L7160, 20, COMPANY, Lang::Fr, at).is_ok(), "the last cell is a valid start");

    let too_wide = Geometry::centred((210.0, 297.0), 70.0, 37.0, 3, 8, 2.0, 0.0);
    let err = labels_pdf(&one, &Sheet::Custom(too_wide), 0, COMPANY, Lang::En, at).expect_err("does not fit");
    assert_eq!(
        err.message(Lang::En),
        "The labels do not fit across the page: margin, labels and gaps take 214 mm of a 210 mm page"
    );
    let tiny = Geometry::centred((210.0, 297.0), 20.0, 10.0, 5, 10, 0.0, 0.0);
    let err = labels_pdf(&one, &Sheet::Custom(tiny), 0, COMPANY, Lang::Fr, at).expect_err("too small");
    assert_eq!(
        err.message(Lang::Fr),
        "Une étiquette doit mesurer au moins 25 × 12 mm pour porter un QR code lisible et son texte"
    );

    let many = tags(parc_report::MAX_LABELS + 1, 1);
    let err = labels_pdf(&many, &Sheet::L7651, 0, COMPANY, Lang::Fr, at).expect_err("too many");
    assert_eq!(err, ReportError::TooMany { count: 5_001, max: 5_000 });

    let blank = [Label::new("  ", None)];
    assert_eq!(labels_pdf(&blank, &Sheet::L7651, 0, COMPANY, Lang::Fr, at), Err(ReportError::EmptyTag));
    let long = [Label::new("X".repeat(400), None)];
    let err = labels_pdf(&long, &Sheet::L7651, 0, COMPANY, Lang::En, at).expect_err("too dense for 21 mm");
    assert!(matches!(err, ReportError::TagTooLong { .. }), "{err:?}");
    assert!(labels_pdf(&long, &Sheet::L7160, 0, COMPANY, Lang::En, at).is_ok(), "a larger label takes it");
}
