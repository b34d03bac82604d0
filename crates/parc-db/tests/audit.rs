//! The on-site audit on a real encrypted database: a campaign for a room,
//! scans found / moved / unknown / again, resuming after closing the file,
//! and the results applied in one transaction.

use chrono::{DateTime, NaiveDate, Utc};
use parc_core::audit::{CampaignInput, CampaignStatus, MissingAction, ScanOutcome};
use parc_core::ipc::LocationInput;
use parc_core::{Asset, AssetStatus, Lang, Localized, LocationKind};
use parc_db::Database;
use uuid::Uuid;

const PASS: &str = "une phrase de passe solide";

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_795_000_000, 0).expect("timestamp")
}

fn place(db: &mut Database, kind: LocationKind, name: &str, parent: Option<Uuid>) -> Uuid {
    let input = LocationInput { id: None, parent_id: parent, kind, name: name.into(), address: None, notes: None };
    db.save_location(&input, now()).expect("location").id
}

fn asset(db: &mut Database, tag: &str, room: Uuid, status: AssetStatus) -> Uuid {
    let mut a = Asset::new(tag, &format!("Poste {tag}"), "desktop", now());
    a.location_id = Some(room);
    a.status = status;
    db.create_asset(&a).expect("asset");
    a.id
}

#[test]
fn a_room_campaign_finds_moves_flags_unknowns_resumes_and_applies() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("parc.db");
    let mut db = parc_db::create_with_passphrase(&path, PASS).expect("create");
    let site = place(&mut db, LocationKind::Site, "Siège", None);
    let building = place(&mut db, LocationKind::Building, "Bâtiment A", Some(site));
    let accueil = place(&mut db, LocationKind::Room, "Accueil", Some(building));
    let compta = place(&mut db, LocationKind::Room, "Comptabilité", Some(building));
    let here = asset(&mut db, "PARC-000001", accueil, AssetStatus::Deployed);
    let elsewhere = asset(&mut db, "PARC-000002", compta, AssetStatus::InStock);
    let gone = asset(&mut db, "PARC-000003", accueil, AssetStatus::Deployed);
    asset(&mut db, "PARC-000004", accueil, AssetStatus::Retired);

    let input = CampaignInput { name: "Accueil novembre".into(), scope_id: Some(accueil) };
    let id = db.start_campaign(&input, now()).expect("start");
    let detail = db.campaign(id).expect("detail");
    assert_eq!(detail.campaign.expected, 2, "the retired asset is not expected");
    assert_eq!(detail.rooms.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Siège › Bâtiment A › Accueil"]);

    assert_eq!(db.scan(id, "parc-000001", accueil, now()).expect("scan"), ScanOutcome::Found, "tags ignore case");
    assert_eq!(db.scan(id, "PARC-000002", accueil, now()).expect("scan"), ScanOutcome::Moved);
    assert_eq!(db.scan(id, "PARC-999999", accueil, now()).expect("scan"), ScanOutcome::Unknown);
    assert_eq!(db.scan(id, "PARC-000001", accueil, now()).expect("scan"), ScanOutcome::Again);
    let err = db.scan(id, "PARC-000001", building, now()).expect_err("a building is not a room");
    assert_eq!(err.message(Lang::Fr), "Choisissez la salle où vous scannez");

    // Closing the app and opening it again: the campaign resumes as it was.
    drop(db);
    let mut db = parc_db::unlock_with_passphrase(&path, PASS, &parc_db::Keyring::none(), false).expect("reopen");
    let detail = db.campaign(id).expect("detail");
    assert_eq!((detail.found, detail.moved, detail.unknown, detail.missing), (1, 1, 1, 1));
    assert_eq!(detail.still_expected.iter().map(|a| a.tag.as_str()).collect::<Vec<_>>(), ["PARC-000003"]);
    assert_eq!(detail.scans[0].tag, "PARC-999999", "newest first");
    let moved = detail.scans.iter().find(|s| s.outcome == ScanOutcome::Moved).expect("moved scan");
    assert_eq!(moved.recorded.as_deref(), Some("Comptabilité"));

    let today = NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
    let result = db.apply_campaign(id, true, MissingAction::ToCheck, now(), today, Lang::Fr).expect("apply");
    assert_eq!((result.moved, result.marked_to_check, result.marked_lost, result.audited), (1, 1, 0, 2));
    let moved = db.asset(elsewhere).expect("asset");
    assert_eq!(moved.location_id, Some(accueil));
    assert_eq!(moved.last_audit, Some(today));
    assert_eq!(db.asset(here).expect("asset").last_audit, Some(today));
    let missing = db.asset(gone).expect("asset");
    assert_eq!(missing.status, AssetStatus::Deployed);
    assert_eq!(
        missing.notes.as_deref(),
        Some("À vérifier : absent de l'inventaire « Accueil novembre » du 21/11/2026")
    );
    assert!(db.history(elsewhere).expect("history").iter().any(|h| h.changes.iter().any(|c| c.field == "location_id")));

    assert_eq!(db.campaigns().expect("list")[0].status, CampaignStatus::Applied);
    let err = db.scan(id, "PARC-000003", accueil, now()).expect_err("applied campaigns are read-only");
    assert_eq!(err.message(Lang::En), "This audit campaign is over");
}

#[test]
fn missing_assets_can_be_marked_lost_and_a_whole_fleet_campaign_expects_everything() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut db = parc_db::create_with_passphrase(&dir.path().join("parc.db"), PASS).expect("create");
    let site = place(&mut db, LocationKind::Site, "Agence", None);
    let room = place(&mut db, LocationKind::Room, "Atelier", Some(site));
    let a = asset(&mut db, "PARC-000010", room, AssetStatus::InStock);
    let b = asset(&mut db, "PARC-000011", room, AssetStatus::InRepair);
    let id = db.start_campaign(&CampaignInput { name: "Tout le parc".into(), scope_id: None }, now()).expect("start");
    assert_eq!(db.campaign(id).expect("detail").campaign.expected, 2);
    db.scan(id, "PARC-000010", room, now()).expect("scan");
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
    let result = db.apply_campaign(id, true, MissingAction::Lost, now(), today, Lang::En).expect("apply");
    assert_eq!(result.marked_lost, 1);
    assert_eq!(db.asset(b).expect("asset").status, AssetStatus::Lost);
    assert_eq!(db.asset(a).expect("asset").status, AssetStatus::InStock);
}

#[test]
fn an_unknown_label_counts_once_and_gives_way_once_its_asset_is_created() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut db = parc_db::create_with_passphrase(&dir.path().join("parc.db"), PASS).expect("create");
    let site = place(&mut db, LocationKind::Site, "Siège", None);
    let building = place(&mut db, LocationKind::Building, "Bâtiment A", Some(site));
    let accueil = place(&mut db, LocationKind::Room, "Accueil", Some(building));
    asset(&mut db, "PARC-000001", accueil, AssetStatus::Deployed);
    let input = CampaignInput { name: "Accueil".into(), scope_id: Some(accueil) };
    let id = db.start_campaign(&input, now()).expect("start");

    // Scanned twice (the quick-create form dismissed the first time): still one unknown label.
    assert_eq!(db.scan(id, "NEUF-42", accueil, now()).expect("scan"), ScanOutcome::Unknown);
    assert_eq!(db.scan(id, "neuf-42", accueil, now()).expect("scan"), ScanOutcome::Unknown);
    assert_eq!(db.campaign(id).expect("detail").unknown, 1);

    // Created on the spot in this room, then scanned: found, and no longer unknown.
    asset(&mut db, "NEUF-42", accueil, AssetStatus::InStock);
    assert_eq!(db.scan(id, "NEUF-42", accueil, now()).expect("scan"), ScanOutcome::Found);
    let detail = db.campaign(id).expect("detail");
    assert_eq!((detail.found, detail.unknown, detail.missing), (1, 0, 1));
    assert!(detail.scans.iter().all(|s| s.outcome != ScanOutcome::Unknown), "{:?}", detail.scans);
}
