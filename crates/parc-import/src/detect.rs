//! Which importer a file needs, from its first bytes and its name.
//!
//! The content decides, not the extension: people rename files, and an
//! export saved from Excel keeps `.csv` whatever it holds. The name only
//! helps to word the refusal of something that is no known format.

use std::path::Path;

use parc_core::Lang;
use serde::Serialize;
use ts_rs::TS;

use crate::ImportError;
use crate::mapping::normalize_header;
use crate::text;

/// The kinds of files Parc reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// A GLPI agent inventory (the GLPI native inventory format).
    GlpiJson,
    /// A FusionInventory or OCS Inventory NG inventory (`<REQUEST><CONTENT>`).
    FusionXml,
    /// A table of assets (Snipe-IT or GLPI export, or a spreadsheet of one's own).
    AssetsCsv,
    /// `Get-ADUser | Export-Csv`.
    AdUsersCsv,
    /// `Get-ADComputer | Export-Csv`.
    AdComputersCsv,
    /// A table of people that is not from Active Directory (Snipe-IT's users export).
    PeopleCsv,
    /// A table of locations (Snipe-IT's locations export).
    LocationsCsv,
    /// A table of software licences (Snipe-IT's licences export).
    LicencesCsv,
}

impl Format {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Format::GlpiJson => lang.pick("inventaire d'agent GLPI (JSON)", "GLPI agent inventory (JSON)"),
            Format::FusionXml => lang.pick("inventaire FusionInventory (XML)", "FusionInventory inventory (XML)"),
            Format::AssetsCsv => lang.pick("tableau de matériels (CSV)", "asset table (CSV)"),
            Format::AdUsersCsv => lang.pick("utilisateurs Active Directory (CSV)", "Active Directory users (CSV)"),
            Format::AdComputersCsv => {
                lang.pick("ordinateurs Active Directory (CSV)", "Active Directory computers (CSV)")
            }
            Format::PeopleCsv => lang.pick("tableau de personnes (CSV)", "people table (CSV)"),
            Format::LocationsCsv => lang.pick("tableau d'emplacements (CSV)", "location table (CSV)"),
            Format::LicencesCsv => lang.pick("tableau de licences (CSV)", "licence table (CSV)"),
        }
    }

    pub fn is_table(self) -> bool {
        !matches!(self, Format::GlpiJson | Format::FusionXml)
    }
}

/// Reads the first bytes of a file and tells its format.
pub fn detect_file(path: &Path) -> Result<Format, ImportError> {
    let mut f = std::fs::File::open(path).map_err(ImportError::io(path))?;
    let head = text::read_head(&mut f).map_err(ImportError::io(path))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    detect(&head, &name)
}

/// Tells the format of a file from its first bytes (64 KiB is plenty) and its name.
pub fn detect(head: &[u8], file_name: &str) -> Result<Format, ImportError> {
    let encoding = text::sniff(head)?;
    let text = text::decode_head(head, encoding);
    let start = text.trim_start();
    if start.starts_with('<') {
        // Past the declaration, comments and DOCTYPE, an inventory's root is REQUEST.
        return if start.contains("<REQUEST") { Ok(Format::FusionXml) } else { Err(ImportError::UnknownFormat) };
    }
    if start.starts_with('{') {
        return if start.contains("\"content\"") || start.contains("\"deviceid\"") {
            Ok(Format::GlpiJson)
        } else {
            Err(ImportError::NotAnInventory("a JSON document without an inventory content"))
        };
    }
    let lower = file_name.to_ascii_lowercase();
    if lower.ends_with(".json") || lower.ends_with(".xml") || lower.ends_with(".ocs") {
        return Err(ImportError::UnknownFormat);
    }
    let (type_line, rest) = split_type_line(start);
    let header_line = rest.lines().next().unwrap_or("");
    let delimiter = sniff_delimiter(header_line);
    let headers = first_record(rest, delimiter).ok_or(ImportError::NoHeader)?;
    Ok(classify(type_line, &headers))
}

/// PowerShell 5.1's `Export-Csv` starts with `#TYPE Microsoft...ADUser`.
pub(crate) fn split_type_line(text: &str) -> (Option<&str>, &str) {
    if text.starts_with("#TYPE") {
        match text.find('\n') {
            Some(i) => (Some(text[..i].trim_end()), &text[i + 1..]),
            None => (Some(text), ""),
        }
    } else {
        (None, text)
    }
}

/// The separator of a header line: the most frequent of `;`, `,`, tab and
/// `|` outside quotes (`,` when none).
pub(crate) fn sniff_delimiter(line: &str) -> u8 {
    let mut counts = [0usize; 4];
    let candidates = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(i) = candidates.iter().position(|c| *c == b) {
            counts[i] += 1;
        }
    }
    let mut best = 0;
    for i in 1..candidates.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    candidates[best]
}

fn first_record(text: &str, delimiter: u8) -> Option<Vec<String>> {
    let mut r =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    match r.read_record(&mut record) {
        Ok(true) => Some(record.iter().map(|s| s.trim().to_string()).collect()),
        _ => None,
    }
}

/// Tells the kind of table from its headers.
pub(crate) fn classify(type_line: Option<&str>, headers: &[String]) -> Format {
    let h: Vec<String> = headers.iter().map(|s| normalize_header(s)).collect();
    let has = |name: &str| h.iter().any(|x| x == name);
    if let Some(t) = type_line {
        if t.contains("ADComputer") {
            return Format::AdComputersCsv;
        }
        if t.contains("ADUser") {
            return Format::AdUsersCsv;
        }
    }
    // Without `#TYPE` (PowerShell 7, or `-NoTypeInformation`), the AD columns tell.
    if has("samaccountname") || has("distinguishedname") {
        if has("dnshostname") || has("operatingsystem") || has("ipv4address") {
            return Format::AdComputersCsv;
        }
        return Format::AdUsersCsv;
    }
    if has("seats") && (has("licensed to email") || has("licensed to name") || has("expiration date")) {
        return Format::LicencesCsv;
    }
    let asset_like = h.iter().any(|x| {
        matches!(
            crate::mapping::field_for_header(x),
            Some(crate::AssetField::Tag | crate::AssetField::Serial | crate::AssetField::Model)
        )
    });
    if !asset_like && has("name") && has("address") && (has("city") || has("zip")) {
        return Format::LocationsCsv;
    }
    let first = has("first name") || has("prenom");
    let last = has("last name") || has("nom de famille");
    if !asset_like && first && last && (has("email") || has("username") || has("e mail")) {
        return Format::PeopleCsv;
    }
    Format::AssetsCsv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_not_the_name() {
        assert_eq!(detect(b"{\"deviceid\": \"x\", \"content\": {}}", "a.csv").expect("json"), Format::GlpiJson);
        assert_eq!(detect(b"<?xml version=\"1.0\"?>\n<REQUEST>", "a.txt").expect("xml"), Format::FusionXml);
        assert!(matches!(detect(b"<html><body>", "a.xml"), Err(ImportError::UnknownFormat)));
        assert!(matches!(detect(b"{\"a\": 1}", "a.json"), Err(ImportError::NotAnInventory(_))));
        assert_eq!(detect("Nom;Numéro de série\nPC;SN1\n".as_bytes(), "x.csv").expect("csv"), Format::AssetsCsv);
    }

    #[test]
    fn active_directory_exports_are_told_apart_with_or_without_type_line() {
        let users = "#TYPE Microsoft.ActiveDirectory.Management.ADUser\n\"SamAccountName\",\"GivenName\"\n";
        assert_eq!(detect(users.as_bytes(), "u.csv").expect("users"), Format::AdUsersCsv);
        let computers = "\"DNSHostName\";\"Enabled\";\"Name\";\"SamAccountName\"\n";
        assert_eq!(detect(computers.as_bytes(), "c.csv").expect("computers"), Format::AdComputersCsv);
        let users7 = "\"DistinguishedName\",\"Enabled\",\"GivenName\",\"SamAccountName\",\"Surname\"\n";
        assert_eq!(detect(users7.as_bytes(), "u.csv").expect("users"), Format::AdUsersCsv);
    }

    #[test]
    fn delimiters_are_counted_outside_quotes() {
        assert_eq!(sniff_delimiter("\"a;b\",c,d"), b',');
        assert_eq!(sniff_delimiter("Nom;Prix;Lieu"), b';');
        assert_eq!(sniff_delimiter("Nom\tPrix"), b'\t');
        assert_eq!(sniff_delimiter("Nom"), b',');
    }
}
