//! Asset tables: which column is which field, then one [`AssetRow`] per line.
//!
//! Headers are recognised in French and English, as Snipe-IT, GLPI and
//! Parc's own export write them, and as people type them in Excel
//! (« N° de série », "Serial number", « Prix d'achat (€) »...). The result is
//! a [`Mapping`] a person can correct before importing: every column, the
//! field it feeds (or none), and for date columns the order of day and
//! month, decided from all the column's values. A table from which neither
//! an asset tag, a serial number nor a name can be read is refused, naming
//! the columns that were not recognised.

use std::path::Path;

use chrono::NaiveDate;
use parc_core::{AssetStatus, Cents, Lang};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dates::{self, DateEvidence, DateOrder};
use crate::table::{Record, Records, Table};
use crate::{ImportError, Limits, RowError, RowProblem, TextEncoding, values};

/// A field of Parc an asset column can feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AssetField {
    Tag,
    Name,
    /// A category or type, turned into a kind of asset.
    Kind,
    Status,
    Serial,
    Manufacturer,
    Model,
    /// A place: a name, or a path `Site › Bâtiment › Salle`.
    Location,
    /// Whoever holds it, by name, e-mail or account.
    Assignee,
    AssigneeEmail,
    AssigneeAccount,
    AssigneeFirstName,
    AssigneeLastName,
    Supplier,
    PurchaseDate,
    OrderNumber,
    PurchaseCost,
    WarrantyEnd,
    MaintenanceContract,
    OsName,
    OsVersion,
    Firmware,
    IpAddress,
    MacAddress,
    Notes,
}

impl AssetField {
    pub const ALL: [AssetField; 25] = [
        AssetField::Tag,
        AssetField::Name,
        AssetField::Kind,
        AssetField::Status,
        AssetField::Serial,
        AssetField::Manufacturer,
        AssetField::Model,
        AssetField::Location,
        AssetField::Assignee,
        AssetField::AssigneeEmail,
        AssetField::AssigneeAccount,
        AssetField::AssigneeFirstName,
        AssetField::AssigneeLastName,
        AssetField::Supplier,
        AssetField::PurchaseDate,
        AssetField::OrderNumber,
        AssetField::PurchaseCost,
        AssetField::WarrantyEnd,
        AssetField::MaintenanceContract,
        AssetField::OsName,
        AssetField::OsVersion,
        AssetField::Firmware,
        AssetField::IpAddress,
        AssetField::MacAddress,
        AssetField::Notes,
    ];

    /// The name of the asset field, as the history and `field_label` know it.
    pub fn asset_field(self) -> &'static str {
        match self {
            AssetField::Tag => "tag",
            AssetField::Name => "name",
            AssetField::Kind => "kind",
            AssetField::Status => "status",
            AssetField::Serial => "serial",
            AssetField::Manufacturer => "manufacturer",
            AssetField::Model => "model",
            AssetField::Location => "location_id",
            AssetField::Assignee
            | AssetField::AssigneeEmail
            | AssetField::AssigneeAccount
            | AssetField::AssigneeFirstName
            | AssetField::AssigneeLastName => "assignee_id",
            AssetField::Supplier => "supplier_id",
            AssetField::PurchaseDate => "purchase_date",
            AssetField::OrderNumber => "order_number",
            AssetField::PurchaseCost => "purchase_cost",
            AssetField::WarrantyEnd => "warranty_end",
            AssetField::MaintenanceContract => "maintenance_contract",
            AssetField::OsName => "os_name",
            AssetField::OsVersion => "os_version",
            AssetField::Firmware => "firmware_version",
            AssetField::IpAddress => "ip_address",
            AssetField::MacAddress => "mac_address",
            AssetField::Notes => "notes",
        }
    }

    /// The field's name for people (the form's label).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            AssetField::AssigneeEmail => lang.pick("E-mail de la personne", "Person's e-mail"),
            AssetField::AssigneeAccount => lang.pick("Compte de la personne", "Person's account"),
            AssetField::AssigneeFirstName => lang.pick("Prénom de la personne", "Person's first name"),
            AssetField::AssigneeLastName => lang.pick("Nom de la personne", "Person's last name"),
            other => parc_core::asset::field_label(other.asset_field(), lang),
        }
    }

    fn is_date(self) -> bool {
        matches!(self, AssetField::PurchaseDate | AssetField::WarrantyEnd)
    }
}

/// The language a header is written in, to pick the default date order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tongue {
    Fr,
    En,
    Both,
}

/// Headers (folded: lower case, no accents, punctuation as spaces) and the field they feed.
const HEADERS: &[(&str, AssetField, Tongue)] = {
    use AssetField::*;
    use Tongue::*;
    &[
        ("asset tag", Tag, En),
        ("tag", Tag, En),
        ("inventory number", Tag, En),
        ("asset number", Tag, En),
        ("numero d inventaire", Tag, Fr),
        ("n d inventaire", Tag, Fr),
        ("no d inventaire", Tag, Fr),
        ("num d inventaire", Tag, Fr),
        ("n inventaire", Tag, Fr),
        ("numero inventaire", Tag, Fr),
        ("inventaire", Tag, Fr),
        ("etiquette", Tag, Fr),
        ("otherserial", Tag, Both),
        ("name", Name, En),
        ("asset name", Name, En),
        ("item name", Name, En),
        ("hostname", Name, Both),
        ("computer name", Name, En),
        ("device name", Name, En),
        ("nom", Name, Fr),
        ("nom du materiel", Name, Fr),
        ("nom de l ordinateur", Name, Fr),
        ("nom de la machine", Name, Fr),
        ("designation", Name, Fr),
        ("libelle", Name, Fr),
        ("category", Kind, En),
        ("asset category", Kind, En),
        ("kind", Kind, En),
        ("type", Kind, Both),
        ("asset type", Kind, En),
        ("categorie", Kind, Fr),
        ("type de materiel", Kind, Fr),
        ("status", Status, En),
        ("status label", Status, En),
        ("statut", Status, Fr),
        ("etat", Status, Fr),
        ("serial", Serial, En),
        ("serial number", Serial, En),
        ("serial no", Serial, En),
        ("sn", Serial, Both),
        ("s n", Serial, Both),
        ("numero de serie", Serial, Fr),
        ("n de serie", Serial, Fr),
        ("no de serie", Serial, Fr),
        ("num de serie", Serial, Fr),
        ("numero serie", Serial, Fr),
        ("serie", Serial, Fr),
        ("manufacturer", Manufacturer, En),
        ("make", Manufacturer, En),
        ("brand", Manufacturer, En),
        ("fabricant", Manufacturer, Fr),
        ("marque", Manufacturer, Fr),
        ("constructeur", Manufacturer, Fr),
        ("model", Model, En),
        ("model name", Model, En),
        ("modele", Model, Fr),
        ("location", Location, En),
        ("current location", Location, En),
        ("default location", Location, En),
        ("lieu", Location, Fr),
        ("emplacement", Location, Fr),
        ("localisation", Location, Fr),
        ("site", Location, Both),
        ("salle", Location, Fr),
        ("assigned to", Assignee, En),
        ("checked out to", Assignee, En),
        ("user", Assignee, En),
        ("assignee", Assignee, En),
        ("owner", Assignee, En),
        ("utilisateur", Assignee, Fr),
        ("usager", Assignee, Fr),
        ("attribue a", Assignee, Fr),
        ("affecte a", Assignee, Fr),
        ("detenteur", Assignee, Fr),
        ("proprietaire", Assignee, Fr),
        ("checked out to email", AssigneeEmail, En),
        ("email", AssigneeEmail, En),
        ("e mail", AssigneeEmail, Both),
        ("mail", AssigneeEmail, Both),
        ("user email", AssigneeEmail, En),
        ("courriel", AssigneeEmail, Fr),
        ("adresse e mail", AssigneeEmail, Fr),
        ("e mail de l utilisateur", AssigneeEmail, Fr),
        ("checked out to username", AssigneeAccount, En),
        ("username", AssigneeAccount, En),
        ("login", AssigneeAccount, Both),
        ("account", AssigneeAccount, En),
        ("samaccountname", AssigneeAccount, Both),
        ("compte", AssigneeAccount, Fr),
        ("identifiant de connexion", AssigneeAccount, Fr),
        ("nom d utilisateur", AssigneeAccount, Fr),
        ("checked out to first name", AssigneeFirstName, En),
        ("first name", AssigneeFirstName, En),
        ("prenom", AssigneeFirstName, Fr),
        ("checked out to last name", AssigneeLastName, En),
        ("last name", AssigneeLastName, En),
        ("nom de famille", AssigneeLastName, Fr),
        ("supplier", Supplier, En),
        ("vendor", Supplier, En),
        ("fournisseur", Supplier, Fr),
        ("purchase date", PurchaseDate, En),
        ("date purchased", PurchaseDate, En),
        ("date d achat", PurchaseDate, Fr),
        ("date achat", PurchaseDate, Fr),
        ("date de l achat", PurchaseDate, Fr),
        ("achete le", PurchaseDate, Fr),
        ("order number", OrderNumber, En),
        ("order no", OrderNumber, En),
        ("purchase order", OrderNumber, En),
        ("po number", OrderNumber, En),
        ("numero de commande", OrderNumber, Fr),
        ("n de commande", OrderNumber, Fr),
        ("no de commande", OrderNumber, Fr),
        ("bon de commande", OrderNumber, Fr),
        ("commande", OrderNumber, Fr),
        ("purchase cost", PurchaseCost, En),
        ("purchase price", PurchaseCost, En),
        ("cost", PurchaseCost, En),
        ("price", PurchaseCost, En),
        ("value", PurchaseCost, En),
        ("prix", PurchaseCost, Fr),
        ("prix d achat", PurchaseCost, Fr),
        ("prix achat", PurchaseCost, Fr),
        ("cout", PurchaseCost, Fr),
        ("cout d achat", PurchaseCost, Fr),
        ("valeur", PurchaseCost, Fr),
        ("valeur d achat", PurchaseCost, Fr),
        ("montant", PurchaseCost, Fr),
        ("prix ht", PurchaseCost, Fr),
        ("warranty end", WarrantyEnd, En),
        ("warranty expires", WarrantyEnd, En),
        ("warranty expiration", WarrantyEnd, En),
        ("warranty expiration date", WarrantyEnd, En),
        ("end of warranty", WarrantyEnd, En),
        ("date d expiration de la garantie", WarrantyEnd, Fr),
        ("expiration de garantie", WarrantyEnd, Fr),
        ("fin de garantie", WarrantyEnd, Fr),
        ("date de fin de garantie", WarrantyEnd, Fr),
        ("expiration de la garantie", WarrantyEnd, Fr),
        ("garantie jusqu au", WarrantyEnd, Fr),
        ("maintenance contract", MaintenanceContract, En),
        ("contract", MaintenanceContract, En),
        ("contrat de maintenance", MaintenanceContract, Fr),
        ("contrat", MaintenanceContract, Fr),
        ("operating system", OsName, En),
        ("operating system name", OsName, En),
        ("os", OsName, Both),
        ("os name", OsName, En),
        ("systeme d exploitation", OsName, Fr),
        ("systeme d exploitation nom", OsName, Fr),
        ("systeme", OsName, Fr),
        ("os version", OsVersion, En),
        ("operating system version", OsVersion, En),
        ("version du systeme", OsVersion, Fr),
        ("systeme d exploitation version", OsVersion, Fr),
        ("firmware", Firmware, En),
        ("firmware version", Firmware, En),
        ("bios version", Firmware, En),
        ("micrologiciel", Firmware, Fr),
        ("version du micrologiciel", Firmware, Fr),
        ("ip", IpAddress, Both),
        ("ip address", IpAddress, En),
        ("ipv4", IpAddress, Both),
        ("ipv4 address", IpAddress, En),
        ("adresse ip", IpAddress, Fr),
        ("mac", MacAddress, Both),
        ("mac address", MacAddress, En),
        ("adresse mac", MacAddress, Fr),
        ("notes", Notes, Both),
        ("note", Notes, Both),
        ("asset notes", Notes, En),
        ("comments", Notes, En),
        ("comment", Notes, En),
        ("commentaire", Notes, Fr),
        ("commentaires", Notes, Fr),
        ("remarques", Notes, Fr),
        ("observations", Notes, Fr),
    ]
};

/// GLPI prefixes a column with its group (`Informations financières et
/// administratives - Date d'achat`); within these groups the rest is the field.
const GROUP_PREFIXES: &[&str] =
    &["informations financieres et administratives", "financial and administrative information", "infocom"];

/// A header as compared: folded, units in brackets left out (`Coût (€)`).
pub fn normalize_header(header: &str) -> String {
    let mut kept = String::with_capacity(header.len());
    let mut depth = 0u32;
    for c in header.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    values::fold(&kept)
}

fn lookup(folded: &str) -> Option<(AssetField, Tongue)> {
    HEADERS.iter().find(|(h, _, _)| *h == folded).map(|(_, f, t)| (*f, *t))
}

/// The field a header names, if it is one Parc knows.
pub fn field_for_header(header: &str) -> Option<AssetField> {
    recognise(header).map(|(f, _)| f)
}

fn recognise(header: &str) -> Option<(AssetField, Tongue)> {
    let folded = normalize_header(header);
    if let Some(hit) = lookup(&folded) {
        return Some(hit);
    }
    // `Lieu - Nom complet`, `Informations financières et administratives - Date d'achat`.
    let (prefix, rest) = header.rsplit_once(" - ")?;
    let (prefix, rest) = (normalize_header(prefix), normalize_header(rest));
    if GROUP_PREFIXES.contains(&prefix.as_str()) {
        return lookup(&rest);
    }
    if matches!(rest.as_str(), "nom" | "nom complet" | "name" | "complete name" | "completename") {
        return lookup(&prefix);
    }
    None
}

/// One column of the file and what it feeds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ColumnMapping {
    pub index: usize,
    pub header: String,
    /// `None`: the column is left out.
    pub field: Option<AssetField>,
    /// How the column's dates read, if it holds dates.
    pub date_order: DateOrder,
}

/// Which column feeds which field: suggested from the headers, editable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Mapping {
    pub columns: Vec<ColumnMapping>,
}

impl Mapping {
    /// The headers of the columns that feed no field.
    pub fn unmapped(&self) -> Vec<&str> {
        self.columns.iter().filter(|c| c.field.is_none()).map(|c| c.header.as_str()).collect()
    }

    /// The column feeding a field, if any.
    pub fn column_of(&self, field: AssetField) -> Option<&ColumnMapping> {
        self.columns.iter().find(|c| c.field == Some(field))
    }

    /// Sends a column to a field (`None`: leaves it out); the field's former
    /// column is left out, a field being fed by one column.
    pub fn set(&mut self, index: usize, field: Option<AssetField>) {
        if let Some(f) = field {
            for c in &mut self.columns {
                if c.field == Some(f) {
                    c.field = None;
                }
            }
        }
        if let Some(c) = self.columns.iter_mut().find(|c| c.index == index) {
            c.field = field;
        }
    }

    /// Refuses a mapping from which no asset can be found or named.
    pub fn check(&self) -> Result<(), ImportError> {
        let identifies = [AssetField::Tag, AssetField::Serial, AssetField::Name];
        if identifies.iter().any(|f| self.column_of(*f).is_some()) {
            Ok(())
        } else {
            Err(ImportError::Unmappable { unmapped: self.unmapped().into_iter().map(String::from).collect() })
        }
    }

    fn suggest(headers: &[String], evidence: &[DateEvidence]) -> Mapping {
        let mut taken = Vec::new();
        let (mut fr, mut en) = (0, 0);
        let mut columns: Vec<ColumnMapping> = headers
            .iter()
            .enumerate()
            .map(|(index, header)| {
                let hit = recognise(header).filter(|(f, _)| !taken.contains(f));
                if let Some((f, tongue)) = hit {
                    taken.push(f);
                    match tongue {
                        Tongue::Fr => fr += 1,
                        Tongue::En => en += 1,
                        Tongue::Both => {}
                    }
                }
                ColumnMapping {
                    index,
                    header: header.clone(),
                    field: hit.map(|(f, _)| f),
                    date_order: DateOrder::DayFirst,
                }
            })
            .collect();
        // When no value of a column tells, English headers (Snipe-IT, American
        // Excel) mean month first; French ones, day first.
        let default = if en > fr { DateOrder::MonthFirst } else { DateOrder::DayFirst };
        for c in &mut columns {
            c.date_order = evidence.get(c.index).map_or(default, |e| e.decide(default));
        }
        Mapping { columns }
    }
}

/// Who holds an asset, as the row names them; the storage layer finds the person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonRef {
    pub name: Option<String>,
    pub email: Option<String>,
    pub account: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
}

impl PersonRef {
    fn is_empty(&self) -> bool {
        self == &PersonRef::default()
    }

    /// "Prénom Nom" from the name columns, or the single name column.
    pub fn full_name(&self) -> Option<String> {
        match (&self.first_name, &self.last_name) {
            (None, None) => self.name.clone(),
            (f, l) => Some(format!("{} {}", f.as_deref().unwrap_or(""), l.as_deref().unwrap_or("")).trim().to_string()),
        }
    }

    /// How a message names the person.
    pub fn describe(&self) -> String {
        self.email.clone().or_else(|| self.account.clone()).or_else(|| self.full_name()).unwrap_or_default()
    }
}

/// One line of an asset table, read: values parsed, references (place,
/// person, supplier, kind) still as the file names them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssetRow {
    pub line: u64,
    pub tag: Option<String>,
    pub name: Option<String>,
    /// The category or type as written (`Ordinateurs portables`, `Laptops`).
    pub kind: Option<String>,
    pub status: Option<AssetStatus>,
    pub serial: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    /// A name or a path (`Siège › Bâtiment A › Salle 1`, `Siège > Bâtiment A`).
    pub location: Option<String>,
    pub assignee: Option<PersonRef>,
    pub supplier: Option<String>,
    pub purchase_date: Option<NaiveDate>,
    pub order_number: Option<String>,
    pub purchase_cost: Option<Cents>,
    pub warranty_end: Option<NaiveDate>,
    pub maintenance_contract: Option<String>,
    pub os_name: Option<String>,
    pub os_version: Option<String>,
    pub firmware_version: Option<String>,
    pub ip_address: Option<String>,
    pub mac_address: Option<String>,
    pub notes: Option<String>,
    /// The header of the column each field came from, for error messages.
    #[serde(skip)]
    pub columns: Vec<(&'static str, String)>,
}

impl AssetRow {
    /// The header of the column that fed an asset field (`location_id`...).
    pub fn column_of(&self, asset_field: &str) -> Option<String> {
        self.columns.iter().find(|(f, _)| *f == asset_field).map(|(_, h)| h.clone())
    }
}

/// An asset table opened for import: its headers, a suggested mapping, and
/// how many data lines it has.
#[derive(Debug, Clone)]
pub struct AssetsCsv {
    table: Table,
    mapping: Mapping,
    rows: u64,
    /// The first data lines' cells, for a person checking the mapping.
    samples: Vec<Vec<String>>,
}

/// How many data lines [`AssetsCsv::samples`] keeps.
const SAMPLE_ROWS: usize = 3;

impl AssetsCsv {
    /// Opens a table and reads it once (rows counted, dates of every column
    /// looked at) without keeping its lines.
    pub fn open(path: &Path, limits: &Limits) -> Result<AssetsCsv, ImportError> {
        let table = Table::open(path, limits.table_bytes)?;
        let mut evidence = vec![DateEvidence::default(); table.headers.len()];
        let mut rows = 0;
        let mut samples = Vec::new();
        for record in table.records()? {
            rows += 1;
            if let Ok(r) = record {
                if samples.len() < SAMPLE_ROWS {
                    samples.push((0..table.headers.len()).map(|i| r.get(i).unwrap_or("").to_string()).collect());
                }
                for (i, e) in evidence.iter_mut().enumerate() {
                    if let Some(v) = r.get(i) {
                        e.add(v);
                    }
                }
            }
        }
        let mapping = Mapping::suggest(&table.headers, &evidence);
        Ok(AssetsCsv { table, mapping, rows, samples })
    }

    /// The cells of the first few well-formed data lines, column by column
    /// as the headers go: what a person needs to see to map a column.
    pub fn samples(&self) -> &[Vec<String>] {
        &self.samples
    }

    pub fn headers(&self) -> &[String] {
        &self.table.headers
    }

    /// The mapping suggested from the headers and the values.
    pub fn mapping(&self) -> &Mapping {
        &self.mapping
    }

    /// How many data lines the file holds (blank ones left out).
    pub fn row_count(&self) -> u64 {
        self.rows
    }

    pub fn encoding(&self) -> TextEncoding {
        self.table.encoding
    }

    pub fn delimiter(&self) -> char {
        char::from(self.table.delimiter)
    }

    /// Reads the rows with a mapping (the suggested one, or one a person
    /// corrected), one at a time.
    pub fn rows(&self, mapping: &Mapping) -> Result<AssetRows, ImportError> {
        mapping.check()?;
        Ok(AssetRows { records: self.table.records()?, mapping: mapping.clone() })
    }
}

/// The rows of an asset table, parsed one by one.
pub struct AssetRows {
    records: Records,
    mapping: Mapping,
}

impl Iterator for AssetRows {
    type Item = Result<AssetRow, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let record = self.records.next()?;
        Some(record.and_then(|r| parse_row(&self.mapping, &r)))
    }
}

fn parse_row(mapping: &Mapping, r: &Record) -> Result<AssetRow, RowError> {
    let mut row = AssetRow { line: r.line, ..AssetRow::default() };
    let mut person = PersonRef::default();
    for col in &mapping.columns {
        let Some(field) = col.field else { continue };
        let Some(value) = r.get(col.index) else { continue };
        let bad = |problem: RowProblem| RowError { line: r.line, column: Some(col.header.clone()), problem };
        let text = Some(value.to_string());
        let slot: &mut Option<String> = match field {
            AssetField::Tag => &mut row.tag,
            AssetField::Name => &mut row.name,
            AssetField::Kind => &mut row.kind,
            AssetField::Serial => &mut row.serial,
            AssetField::Manufacturer => &mut row.manufacturer,
            AssetField::Model => &mut row.model,
            AssetField::Location => &mut row.location,
            AssetField::Assignee => &mut person.name,
            AssetField::AssigneeEmail => &mut person.email,
            AssetField::AssigneeAccount => &mut person.account,
            AssetField::AssigneeFirstName => &mut person.first_name,
            AssetField::AssigneeLastName => &mut person.last_name,
            AssetField::Supplier => &mut row.supplier,
            AssetField::OrderNumber => &mut row.order_number,
            AssetField::MaintenanceContract => &mut row.maintenance_contract,
            AssetField::OsName => &mut row.os_name,
            AssetField::OsVersion => &mut row.os_version,
            AssetField::Firmware => &mut row.firmware_version,
            AssetField::IpAddress => &mut row.ip_address,
            AssetField::MacAddress => {
                row.mac_address = Some(values::mac(value).unwrap_or_else(|| value.to_string()));
                row.columns.push((field.asset_field(), col.header.clone()));
                continue;
            }
            AssetField::Notes => &mut row.notes,
            AssetField::Status => {
                row.status =
                    Some(values::status(value).ok_or_else(|| bad(RowProblem::BadStatus { value: value.into() }))?);
                row.columns.push((field.asset_field(), col.header.clone()));
                continue;
            }
            AssetField::PurchaseCost => {
                let cost = values::amount(value).ok_or_else(|| bad(RowProblem::BadAmount { value: value.into() }))?;
                row.purchase_cost = Some(cost);
                row.columns.push((field.asset_field(), col.header.clone()));
                continue;
            }
            AssetField::PurchaseDate | AssetField::WarrantyEnd => {
                debug_assert!(field.is_date());
                let date = dates::parse(value, col.date_order).map_err(bad)?;
                if field == AssetField::PurchaseDate {
                    row.purchase_date = Some(date);
                } else {
                    row.warranty_end = Some(date);
                }
                row.columns.push((field.asset_field(), col.header.clone()));
                continue;
            }
        };
        if slot.is_none() {
            *slot = text;
            row.columns.push((field.asset_field(), col.header.clone()));
        }
    }
    if !person.is_empty() {
        row.assignee = Some(person);
    }
    if row.tag.is_none() && row.serial.is_none() && row.name.is_none() {
        return Err(RowError { line: r.line, column: None, problem: RowProblem::Required { field: "name" } });
    }
    Ok(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_french_english_and_tool_dialects() {
        let cases = [
            ("Numéro d'inventaire", AssetField::Tag),
            ("N° d'inventaire", AssetField::Tag),
            ("Numéro de série", AssetField::Serial),
            ("Fabricant", AssetField::Manufacturer),
            ("Modèle", AssetField::Model),
            ("Lieu", AssetField::Location),
            ("Utilisateur", AssetField::Assignee),
            ("Date d'achat", AssetField::PurchaseDate),
            ("Prix", AssetField::PurchaseCost),
            ("Coût d'achat (€)", AssetField::PurchaseCost),
            ("Purchase cost (EUR)", AssetField::PurchaseCost),
            ("Fin de garantie", AssetField::WarrantyEnd),
            ("Statut", AssetField::Status),
            ("Fournisseur", AssetField::Supplier),
            ("Asset Tag", AssetField::Tag),
            ("Checked Out To: Username", AssetField::AssigneeAccount),
            ("Checked Out To: Email", AssetField::AssigneeEmail),
            ("Système d'exploitation - Nom", AssetField::OsName),
            ("Informations financières et administratives - Date d'achat", AssetField::PurchaseDate),
            ("Lieu - Nom complet", AssetField::Location),
        ];
        for (header, field) in cases {
            assert_eq!(field_for_header(header), Some(field), "{header}");
        }
        assert_eq!(field_for_header("Checked Out To: Location"), None);
        assert_eq!(field_for_header("Company"), None);
    }

    #[test]
    fn a_field_is_fed_by_one_column_and_a_mapping_without_identity_is_refused() {
        let headers: Vec<String> = ["Nom", "Name", "Prix"].map(String::from).to_vec();
        let mut m = Mapping::suggest(&headers, &[]);
        assert_eq!(m.columns[0].field, Some(AssetField::Name));
        assert_eq!(m.columns[1].field, None, "the second name column is left out");
        assert!(m.check().is_ok());
        m.set(1, Some(AssetField::Name));
        assert_eq!((m.columns[0].field, m.columns[1].field), (None, Some(AssetField::Name)));
        m.set(1, None);
        let err = m.check().expect_err("no identity");
        assert!(matches!(&err, ImportError::Unmappable { unmapped } if unmapped == &["Nom", "Name"]), "{err:?}");
    }
}
