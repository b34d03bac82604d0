//! Assets: every device of the fleet, from a laptop to a UPS, and the rules
//! that tie its status to its assignment.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::RuleError;
use crate::history::Tracked;
use crate::{Cents, Lang};

/// What an asset is doing, with a meaning the rules rely on (not free text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AssetStatus {
    /// In stock, ready to deploy.
    InStock,
    /// Deployed: in use, usually assigned to a person.
    Deployed,
    /// Away for repair (pending).
    InRepair,
    /// Retired: archived, kept for its history.
    Retired,
    /// Lost or stolen.
    Lost,
}

impl AssetStatus {
    pub const ALL: [AssetStatus; 5] =
        [AssetStatus::InStock, AssetStatus::Deployed, AssetStatus::InRepair, AssetStatus::Retired, AssetStatus::Lost];

    pub fn as_str(self) -> &'static str {
        match self {
            AssetStatus::InStock => "in_stock",
            AssetStatus::Deployed => "deployed",
            AssetStatus::InRepair => "in_repair",
            AssetStatus::Retired => "retired",
            AssetStatus::Lost => "lost",
        }
    }

    pub fn parse(s: &str) -> Option<AssetStatus> {
        AssetStatus::ALL.into_iter().find(|st| st.as_str() == s)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            AssetStatus::InStock => lang.pick("En stock", "In stock"),
            AssetStatus::Deployed => lang.pick("Déployé", "Deployed"),
            AssetStatus::InRepair => lang.pick("En réparation", "In repair"),
            AssetStatus::Retired => lang.pick("Réformé", "Retired"),
            AssetStatus::Lost => lang.pick("Perdu ou volé", "Lost or stolen"),
        }
    }
}

/// A kind of asset. The built-in kinds come from the job; users can add theirs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssetKind {
    /// A stable code such as `laptop`.
    pub code: String,
    pub label_fr: String,
    pub label_en: String,
    pub builtin: bool,
}

/// The built-in kinds: code, French label, English label.
pub const BUILTIN_KINDS: &[(&str, &str, &str)] = &[
    ("desktop", "Poste fixe", "Desktop PC"),
    ("laptop", "Ordinateur portable", "Laptop"),
    ("server", "Serveur", "Server"),
    ("printer", "Imprimante", "Printer"),
    ("router", "Routeur", "Router"),
    ("switch", "Switch", "Switch"),
    ("firewall", "Pare-feu", "Firewall"),
    ("access_point", "Borne Wi-Fi", "Wi-Fi access point"),
    ("ups", "Onduleur", "UPS"),
    ("nas", "NAS", "NAS"),
    ("phone", "Téléphone", "Phone"),
    ("tablet", "Tablette", "Tablet"),
    ("monitor", "Écran", "Monitor"),
    ("peripheral", "Périphérique", "Peripheral"),
    ("other", "Autre", "Other"),
];

impl AssetKind {
    pub fn builtins() -> Vec<AssetKind> {
        BUILTIN_KINDS
            .iter()
            .map(|(code, fr, en)| AssetKind {
                code: (*code).into(),
                label_fr: (*fr).into(),
                label_en: (*en).into(),
                builtin: true,
            })
            .collect()
    }

    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.label_fr, &self.label_en)
    }
}

/// A device of the fleet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Asset {
    pub id: Uuid,
    /// The asset tag on the label (`PARC-000123`), unique.
    pub tag: String,
    pub name: String,
    /// The code of its [`AssetKind`].
    pub kind: String,
    pub status: AssetStatus,
    pub serial: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub location_id: Option<Uuid>,
    pub assignee_id: Option<Uuid>,
    pub supplier_id: Option<Uuid>,
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
    pub last_audit: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Asset {
    /// A new asset in stock, with only what every asset needs.
    pub fn new(tag: &str, name: &str, kind: &str, now: DateTime<Utc>) -> Asset {
        Asset {
            id: crate::new_id(),
            tag: tag.trim().to_string(),
            name: name.trim().to_string(),
            kind: kind.to_string(),
            status: AssetStatus::InStock,
            serial: None,
            manufacturer: None,
            model: None,
            location_id: None,
            assignee_id: None,
            supplier_id: None,
            purchase_date: None,
            order_number: None,
            purchase_cost: None,
            warranty_end: None,
            maintenance_contract: None,
            os_name: None,
            os_version: None,
            firmware_version: None,
            ip_address: None,
            mac_address: None,
            notes: None,
            last_audit: None,
            created_at: now,
            updated_at: now,
        }
    }

    /// Checks what a form or an import must not let through.
    pub fn validate(&self) -> Result<(), RuleError> {
        if self.tag.trim().is_empty() {
            return Err(RuleError::Required("tag"));
        }
        if self.name.trim().is_empty() {
            return Err(RuleError::Required("name"));
        }
        if self.purchase_cost.is_some_and(|c| c.0 < 0) {
            return Err(RuleError::NegativeCost);
        }
        if let (Some(bought), Some(warranty)) = (self.purchase_date, self.warranty_end)
            && warranty < bought
        {
            return Err(RuleError::WarrantyBeforePurchase);
        }
        Ok(())
    }

    /// Gives the asset to a person, or takes it back (`None`).
    ///
    /// An asset in stock that gets a person becomes deployed; a deployed asset
    /// that loses its person goes back to stock. A retired asset cannot be
    /// assigned: it would vanish from every "who has what" view.
    pub fn assign(&mut self, person: Option<Uuid>) -> Result<(), RuleError> {
        if person.is_some() && self.status == AssetStatus::Retired {
            return Err(RuleError::AssignRetired);
        }
        self.assignee_id = person;
        match (person, self.status) {
            (Some(_), AssetStatus::InStock) => self.status = AssetStatus::Deployed,
            (None, AssetStatus::Deployed) => self.status = AssetStatus::InStock,
            _ => {}
        }
        Ok(())
    }

    /// Changes the status; going back to stock or to retirement frees the asset
    /// from its person, as handing it back to the IT room does.
    pub fn set_status(&mut self, status: AssetStatus) {
        self.status = status;
        if matches!(status, AssetStatus::InStock | AssetStatus::Retired) {
            self.assignee_id = None;
        }
    }

    /// Applies what a form or a script sent, with the status rules: an explicit
    /// status change first, then the assignment (which deploys a stocked asset).
    pub fn apply(&mut self, input: &crate::ipc::AssetInput) -> Result<(), RuleError> {
        let text = crate::non_empty;
        self.tag = input.tag.trim().to_string();
        self.name = input.name.trim().to_string();
        if !input.kind.trim().is_empty() {
            self.kind = input.kind.trim().to_string();
        }
        self.serial = text(&input.serial);
        self.manufacturer = text(&input.manufacturer);
        self.model = text(&input.model);
        self.location_id = input.location_id;
        self.supplier_id = input.supplier_id;
        self.purchase_date = parse_date("purchase_date", &input.purchase_date)?;
        self.order_number = text(&input.order_number);
        self.purchase_cost = text(&input.purchase_cost).map(|c| Cents::parse(&c)).transpose()?;
        self.warranty_end = parse_date("warranty_end", &input.warranty_end)?;
        self.maintenance_contract = text(&input.maintenance_contract);
        self.os_name = text(&input.os_name);
        self.os_version = text(&input.os_version);
        self.firmware_version = text(&input.firmware_version);
        self.ip_address = text(&input.ip_address);
        self.mac_address = text(&input.mac_address).map(|m| m.to_uppercase().replace('-', ":"));
        self.notes = text(&input.notes);
        if let Some(status) = input.status
            && status != self.status
        {
            self.set_status(status);
        }
        if input.assignee_id != self.assignee_id {
            self.assign(input.assignee_id)?;
        }
        self.validate()
    }

    /// What a form shows to edit this asset.
    pub fn to_input(&self) -> crate::ipc::AssetInput {
        crate::ipc::AssetInput {
            tag: self.tag.clone(),
            name: self.name.clone(),
            kind: self.kind.clone(),
            status: Some(self.status),
            serial: self.serial.clone(),
            manufacturer: self.manufacturer.clone(),
            model: self.model.clone(),
            location_id: self.location_id,
            assignee_id: self.assignee_id,
            supplier_id: self.supplier_id,
            purchase_date: self.purchase_date.map(|d| d.to_string()),
            order_number: self.order_number.clone(),
            purchase_cost: self.purchase_cost.map(|c| c.to_decimal_string()),
            warranty_end: self.warranty_end.map(|d| d.to_string()),
            maintenance_contract: self.maintenance_contract.clone(),
            os_name: self.os_name.clone(),
            os_version: self.os_version.clone(),
            firmware_version: self.firmware_version.clone(),
            ip_address: self.ip_address.clone(),
            mac_address: self.mac_address.clone(),
            notes: self.notes.clone(),
        }
    }

    /// The form for a twin of this asset (a batch of identical devices): same
    /// model, supplier, order, dates and cost; a new tag, no serial, nobody's.
    pub fn duplicate_input(&self, new_tag: String) -> crate::ipc::AssetInput {
        let mut input = self.to_input();
        input.tag = new_tag;
        input.serial = None;
        input.mac_address = None;
        input.ip_address = None;
        input.assignee_id = None;
        input.status = Some(AssetStatus::InStock);
        input
    }

    /// The warranty state on a given day.
    pub fn warranty_state(&self, today: NaiveDate) -> WarrantyState {
        match self.warranty_end {
            None => WarrantyState::Unknown,
            Some(end) if end < today => WarrantyState::Expired,
            Some(end) if (end - today).num_days() <= 90 => WarrantyState::EndingSoon,
            Some(_) => WarrantyState::Valid,
        }
    }
}

/// Whether an asset is still under warranty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WarrantyState {
    Valid,
    /// Ends within 90 days.
    EndingSoon,
    Expired,
    Unknown,
}

/// Reads a date as ISO (`2026-03-31`) or as the French write it (`31/03/2026`).
pub fn parse_date(field: &'static str, value: &Option<String>) -> Result<Option<NaiveDate>, RuleError> {
    let Some(v) = value.as_deref().map(str::trim).filter(|s| !s.is_empty()) else { return Ok(None) };
    NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(v, "%d/%m/%Y"))
        .map(Some)
        .map_err(|_| RuleError::BadDate { field, value: v.to_string() })
}

fn opt<T: ToString>(v: &Option<T>) -> Option<String> {
    v.as_ref().map(|x| x.to_string())
}

impl Tracked for Asset {
    const ENTITY: &'static str = "asset";

    fn id(&self) -> Uuid {
        self.id
    }

    fn tracked_fields(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("tag", Some(self.tag.clone())),
            ("name", Some(self.name.clone())),
            ("kind", Some(self.kind.clone())),
            ("status", Some(self.status.as_str().to_string())),
            ("serial", self.serial.clone()),
            ("manufacturer", self.manufacturer.clone()),
            ("model", self.model.clone()),
            ("location_id", opt(&self.location_id)),
            ("assignee_id", opt(&self.assignee_id)),
            ("supplier_id", opt(&self.supplier_id)),
            ("purchase_date", opt(&self.purchase_date)),
            ("order_number", self.order_number.clone()),
            ("purchase_cost", self.purchase_cost.map(|c| c.to_decimal_string())),
            ("warranty_end", opt(&self.warranty_end)),
            ("maintenance_contract", self.maintenance_contract.clone()),
            ("os_name", self.os_name.clone()),
            ("os_version", self.os_version.clone()),
            ("firmware_version", self.firmware_version.clone()),
            ("ip_address", self.ip_address.clone()),
            ("mac_address", self.mac_address.clone()),
            ("notes", self.notes.clone()),
            ("last_audit", opt(&self.last_audit)),
        ]
    }
}

/// The label of an asset field (as the history names it), for people.
pub fn field_label(field: &str, lang: Lang) -> &str {
    let (fr, en) = match field {
        "tag" => ("N° d'inventaire", "Asset tag"),
        "name" => ("Nom", "Name"),
        "kind" => ("Type", "Kind"),
        "status" => ("Statut", "Status"),
        "serial" => ("N° de série", "Serial"),
        "manufacturer" => ("Fabricant", "Manufacturer"),
        "model" => ("Modèle", "Model"),
        "location_id" => ("Emplacement", "Location"),
        "assignee_id" => ("Attribué à", "Assigned to"),
        "supplier_id" => ("Fournisseur", "Supplier"),
        "purchase_date" => ("Date d'achat", "Purchase date"),
        "order_number" => ("N° de commande", "Order number"),
        "purchase_cost" => ("Coût d'achat", "Purchase cost"),
        "warranty_end" => ("Fin de garantie", "Warranty end"),
        "maintenance_contract" => ("Contrat de maintenance", "Maintenance contract"),
        "os_name" => ("Système d'exploitation", "Operating system"),
        "os_version" => ("Version du système", "OS version"),
        "firmware_version" => ("Micrologiciel", "Firmware"),
        "ip_address" => ("Adresse IP", "IP address"),
        "mac_address" => ("Adresse MAC", "MAC address"),
        "notes" => ("Notes", "Notes"),
        "last_audit" => ("Dernier inventaire", "Last audit"),
        "tag_pattern" => ("Motif de numérotation (avec des #)", "Tag pattern (with #)"),
        "label_fr" => ("Libellé en français", "French label"),
        "code" => ("Code", "Code"),
        "label" => ("Libellé", "Label"),
        "title" => ("Titre", "Title"),
        "followup" => ("Suivi", "Follow-up"),
        "task" => ("Tâche", "Task"),
        "requested_by" => ("Demandé par", "Requested by"),
        "reason" => ("Raison", "Reason"),
        "expected_return" => ("Retour attendu", "Expected return"),
        "risks" => ("Risques", "Risks"),
        "resources" => ("Ressources", "Resources"),
        "responsible_build" => ("Responsable de la construction", "Responsible for building"),
        "responsible_test" => ("Responsable des tests", "Responsible for testing"),
        "responsible_deploy" => ("Responsable de la mise en production", "Responsible for deployment"),
        "relationships_note" => ("Relations", "Relationships"),
        "window_start" => ("Début de l'intervention", "Window start"),
        "window_end" => ("Fin de l'intervention", "Window end"),
        "rollback_plan" => ("Plan de retour arrière", "Rollback plan"),
        other => (other, other),
    };
    lang.pick(fr, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_780_000_000, 0).expect("valid timestamp")
    }

    #[test]
    fn assigning_a_stocked_asset_deploys_it_and_returning_it_restocks_it() {
        let mut a = Asset::new("PARC-000001", "PC compta", "desktop", now());
        let person = crate::new_id();
        a.assign(Some(person)).expect("assignable");
        assert_eq!(a.status, AssetStatus::Deployed);
        assert_eq!(a.assignee_id, Some(person));
        a.assign(None).expect("returnable");
        assert_eq!(a.status, AssetStatus::InStock);
    }

    #[test]
    fn an_asset_in_repair_keeps_its_status_when_assigned() {
        let mut a = Asset::new("T", "N", "laptop", now());
        a.set_status(AssetStatus::InRepair);
        a.assign(Some(crate::new_id())).expect("assignable");
        assert_eq!(a.status, AssetStatus::InRepair);
    }

    #[test]
    fn a_retired_asset_cannot_be_assigned_and_retiring_frees_it() {
        let mut a = Asset::new("T", "N", "laptop", now());
        a.assign(Some(crate::new_id())).expect("assignable");
        a.set_status(AssetStatus::Retired);
        assert_eq!(a.assignee_id, None);
        assert_eq!(a.assign(Some(crate::new_id())), Err(RuleError::AssignRetired));
    }

    #[test]
    fn validation_catches_empty_tags_negative_costs_and_inverted_dates() {
        let mut a = Asset::new(" ", "N", "laptop", now());
        assert_eq!(a.validate(), Err(RuleError::Required("tag")));
        a.tag = "T".into();
        a.purchase_cost = Some(Cents(-1));
        assert_eq!(a.validate(), Err(RuleError::NegativeCost));
        a.purchase_cost = Some(Cents(0));
        a.purchase_date = NaiveDate::from_ymd_opt(2025, 5, 1);
        a.warranty_end = NaiveDate::from_ymd_opt(2024, 5, 1);
        assert_eq!(a.validate(), Err(RuleError::WarrantyBeforePurchase));
    }

    #[test]
    fn warranty_state_has_a_ninety_day_horizon() {
        let mut a = Asset::new("T", "N", "laptop", now());
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
        assert_eq!(a.warranty_state(today), WarrantyState::Unknown);
        a.warranty_end = NaiveDate::from_ymd_opt(2026, 11, 19);
        assert_eq!(a.warranty_state(today), WarrantyState::Expired);
        a.warranty_end = NaiveDate::from_ymd_opt(2027, 2, 18);
        assert_eq!(a.warranty_state(today), WarrantyState::EndingSoon);
        a.warranty_end = NaiveDate::from_ymd_opt(2027, 2, 19);
        assert_eq!(a.warranty_state(today), WarrantyState::Valid);
    }

    #[test]
    fn a_form_is_applied_with_the_status_rules() {
        let mut a = Asset::new("PARC-000001", "PC", "desktop", now());
        let person = crate::new_id();
        let mut input = a.to_input();
        input.assignee_id = Some(person);
        input.purchase_cost = Some("1 299,90 €".into());
        input.purchase_date = Some("15/01/2026".into());
        input.warranty_end = Some("2029-01-15".into());
        input.mac_address = Some("aa-bb-cc-dd-ee-ff".into());
        a.apply(&input).expect("valid");
        assert_eq!(a.status, AssetStatus::Deployed, "assigning deploys");
        assert_eq!(a.purchase_cost, Some(Cents(129_990)));
        assert_eq!(a.purchase_date, NaiveDate::from_ymd_opt(2026, 1, 15));
        assert_eq!(a.mac_address.as_deref(), Some("AA:BB:CC:DD:EE:FF"));

        input.status = Some(AssetStatus::Retired);
        assert_eq!(a.apply(&input), Err(RuleError::AssignRetired), "retiring while keeping the person is refused");
        input.assignee_id = None;
        let mut b = a.clone();
        b.apply(&input).expect("retire and take back");
        assert_eq!((b.status, b.assignee_id), (AssetStatus::Retired, None));

        input.warranty_end = Some("31/02/2027".into());
        assert!(matches!(b.apply(&input), Err(RuleError::BadDate { field: "warranty_end", .. })));
    }

    #[test]
    fn a_duplicate_keeps_the_batch_and_drops_what_is_unique() {
        let mut a = Asset::new("PARC-000010", "Écran", "monitor", now());
        a.serial = Some("CN0123".into());
        a.model = Some("P2423D".into());
        a.assign(Some(crate::new_id())).expect("assign");
        let d = a.duplicate_input("PARC-000011".into());
        assert_eq!((d.tag.as_str(), d.serial, d.assignee_id), ("PARC-000011", None, None));
        assert_eq!(d.model.as_deref(), Some("P2423D"));
        assert_eq!(d.status, Some(AssetStatus::InStock));
    }

    #[test]
    fn statuses_round_trip_through_their_codes() {
        for s in AssetStatus::ALL {
            assert_eq!(AssetStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(AssetStatus::parse("broken"), None);
    }
}
