//! The inventory's rules on a real encrypted database: the location tree,
//! safe deletion, bulk changes, search, sorting and tag generation.

use chrono::{DateTime, NaiveDate, Utc};
use parc_core::ipc::{
    AssetColumn, AssetQuery, BulkChange, DeleteOutcome, LocationInput, PersonInput, SupplierInput, WarrantyFilter,
};
use parc_core::{Asset, AssetStatus, ErrorCode, Lang, Localized, LocationKind};
use parc_db::{Database, DbError};

const PASS: &str = "une phrase de passe solide";

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000, 0).expect("timestamp")
}

fn today() -> NaiveDate {
    now().date_naive()
}

fn db() -> (tempfile::TempDir, Database) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = parc_db::create_with_passphrase(&dir.path().join("parc.db"), PASS).expect("create");
    (dir, db)
}

fn place(db: &mut Database, kind: LocationKind, name: &str, parent: Option<uuid::Uuid>) -> uuid::Uuid {
    let input = LocationInput { id: None, parent_id: parent, kind, name: name.into(), address: None, notes: None };
    db.save_location(&input, now()).expect("location").id
}

fn person(db: &mut Database, first: &str, last: &str) -> uuid::Uuid {
    let input = PersonInput {
        id: None,
        first_name: first.into(),
        last_name: last.into(),
        email: Some(format!("{}.{}@exemple.fr", first.to_lowercase(), last.to_lowercase())),
        department: None,
        site_id: None,
        account: None,
        active: true,
    };
    db.save_person(&input, now()).expect("person").id
}

fn asset(db: &mut Database, tag: &str, name: &str, kind: &str) -> Asset {
    let a = Asset::new(tag, name, kind, now());
    db.create_asset(&a).expect("asset");
    a
}

fn tags(db: &Database, q: &AssetQuery) -> Vec<String> {
    db.list_assets(q, today()).expect("list").into_iter().map(|r| r.tag).collect()
}

#[test]
fn the_location_tree_filters_with_its_sub_locations_and_refuses_loops() {
    let (_d, mut db) = db();
    let lyon = place(&mut db, LocationKind::Site, "Siège – Lyon", None);
    let bat_a = place(&mut db, LocationKind::Building, "Bâtiment A", Some(lyon));
    let serveur = place(&mut db, LocationKind::Room, "Salle serveur", Some(bat_a));
    let nantes = place(&mut db, LocationKind::Site, "Agence de Nantes", None);
    let accueil = place(&mut db, LocationKind::Room, "Accueil", Some(nantes));

    for (tag, loc) in [("PARC-1", serveur), ("PARC-2", bat_a), ("PARC-3", accueil)] {
        let mut a = asset(&mut db, tag, tag, "server");
        a.location_id = Some(loc);
        db.update_asset(&a, now()).expect("place it");
    }
    let in_lyon = AssetQuery { location_id: Some(lyon), ..Default::default() };
    assert_eq!(tags(&db, &in_lyon), ["PARC-1", "PARC-2"], "a site holds what its buildings and rooms hold");
    assert_eq!(db.count_assets(&in_lyon, today()).expect("count"), 2);
    assert_eq!(tags(&db, &AssetQuery { location_id: Some(serveur), ..Default::default() }), ["PARC-1"]);

    let tree = db.location_tree().expect("tree");
    let names: Vec<_> = tree.iter().map(|n| (n.location.name.as_str(), n.depth, n.asset_count)).collect();
    assert_eq!(
        names,
        [
            ("Agence de Nantes", 0, 1),
            ("Accueil", 1, 1),
            ("Siège – Lyon", 0, 2),
            ("Bâtiment A", 1, 2),
            ("Salle serveur", 2, 1)
        ]
    );
    assert_eq!(db.location_path(serveur).expect("path"), "Siège – Lyon › Bâtiment A › Salle serveur");

    // A room cannot hold a building, and a site cannot move under its own room.
    let bad = LocationInput {
        id: None,
        parent_id: Some(serveur),
        kind: LocationKind::Building,
        name: "B".into(),
        address: None,
        notes: None,
    };
    assert_eq!(db.save_location(&bad, now()).expect_err("shape").code(), ErrorCode::Invalid);
    let lyon_loc = db.location(bat_a).expect("building");
    let looped = LocationInput {
        id: Some(bat_a),
        parent_id: Some(serveur),
        kind: lyon_loc.kind,
        name: lyon_loc.name,
        address: None,
        notes: None,
    };
    assert!(db.save_location(&looped, now()).is_err(), "a building under its own room would loop");
}

#[test]
fn locations_and_people_in_use_cannot_be_deleted_and_say_why() {
    let (_d, mut db) = db();
    let site = place(&mut db, LocationKind::Site, "Siège", None);
    let room = place(&mut db, LocationKind::Room, "Bureau 12", Some(site));
    let marie = person(&mut db, "Marie", "Curie");
    let mut a = asset(&mut db, "PARC-1", "Portable", "laptop");
    a.location_id = Some(room);
    a.assign(Some(marie)).expect("assign");
    db.update_asset(&a, now()).expect("save");

    let err = db.delete_location(site, now()).expect_err("site has a room");
    assert!(matches!(err, DbError::InUse { what: "location", count: 1 }), "{err:?}");
    assert_eq!(
        err.message(Lang::Fr),
        "L'emplacement est encore utilisé par 1 enregistrement(s) : impossible de le supprimer"
    );
    assert!(db.delete_location(room, now()).is_err(), "an asset sits in the room");
    let err = db.delete_person(marie, now()).expect_err("Marie holds a laptop");
    assert!(err.message(Lang::En).contains("still used by 1 record"), "{}", err.message(Lang::En));

    a.assign(None).expect("return");
    a.location_id = None;
    db.update_asset(&a, now()).expect("save");
    db.delete_person(marie, now()).expect("nothing held any more");
    db.delete_location(room, now()).expect("empty room");
    db.delete_location(site, now()).expect("empty site");
    assert!(db.location_tree().expect("tree").is_empty());
    let h = db.history(marie).expect("history");
    assert_eq!(h.last().map(|e| e.action), Some(parc_core::Action::Deleted), "deletion is in the history");
}

#[test]
fn an_asset_with_a_past_is_retired_not_erased() {
    let (_d, mut db) = db();
    let typo = asset(&mut db, "PARC-9", "Entré par erreur", "other");
    assert_eq!(db.delete_asset(typo.id, now()).expect("delete"), DeleteOutcome::Deleted);
    assert!(db.asset_by_tag("PARC-9").expect("query").is_none());
    assert_eq!(db.history(typo.id).expect("history").len(), 2, "the creation and the deletion stay in the history");

    let mut used = asset(&mut db, "PARC-10", "Serveur de fichiers", "server");
    used.set_status(AssetStatus::Deployed);
    db.update_asset(&used, now()).expect("deploy");
    assert_eq!(db.delete_asset(used.id, now()).expect("delete"), DeleteOutcome::Retired);
    assert_eq!(db.asset(used.id).expect("still there").status, AssetStatus::Retired);
}

#[test]
fn bulk_changes_apply_the_rules_in_one_transaction_with_one_entry_per_asset() {
    let (_d, mut db) = db();
    let site = place(&mut db, LocationKind::Site, "Siège", None);
    let jean = person(&mut db, "Jean", "Moulin");
    let ids: Vec<_> = (1..=3).map(|i| asset(&mut db, &format!("PARC-{i}"), "Écran", "monitor").id).collect();

    let n = db
        .bulk_update_assets(
            &ids,
            &BulkChange { location_id: Some(site), assignee_id: Some(jean), ..Default::default() },
            now(),
        )
        .expect("bulk");
    assert_eq!(n, 3);
    for id in &ids {
        let a = db.asset(*id).expect("asset");
        assert_eq!((a.status, a.assignee_id, a.location_id), (AssetStatus::Deployed, Some(jean), Some(site)));
        assert_eq!(db.history(*id).expect("history").len(), 2, "one entry per asset for the whole change");
    }

    // One refused asset refuses the batch.
    let mut retired = db.asset(ids[2]).expect("asset");
    retired.set_status(AssetStatus::Retired);
    db.update_asset(&retired, now()).expect("retire");
    let lucie = person(&mut db, "Lucie", "Aubrac");
    let err = db
        .bulk_update_assets(&ids, &BulkChange { assignee_id: Some(lucie), ..Default::default() }, now())
        .expect_err("a retired asset cannot be assigned");
    assert_eq!(err.code(), ErrorCode::Invalid);
    assert_eq!(db.asset(ids[0]).expect("asset").assignee_id, Some(jean), "nothing of the batch was applied");
}

#[test]
fn search_finds_prefixes_without_accents_and_follows_renames() {
    let (_d, mut db) = db();
    let helene = person(&mut db, "Hélène", "Lefèvre");
    let salle = place(&mut db, LocationKind::Site, "Réseau central", None);
    let mut a = asset(&mut db, "PARC-000042", "Portable compta", "laptop");
    a.serial = Some("5CG1234XYZ".into());
    a.model = Some("EliteBook 840 G10".into());
    a.location_id = Some(salle);
    a.assign(Some(helene)).expect("assign");
    db.update_asset(&a, now()).expect("save");
    asset(&mut db, "PARC-000043", "Imprimante accueil", "printer");

    let find = |db: &Database, s: &str| tags(db, &AssetQuery { search: Some(s.into()), ..Default::default() });
    assert_eq!(find(&db, "lefev"), ["PARC-000042"], "accents do not matter");
    assert_eq!(find(&db, "HELENE elite"), ["PARC-000042"], "every word must match, in any field");
    assert_eq!(find(&db, "reseau"), ["PARC-000042"], "the location's name is searched");
    assert_eq!(find(&db, "PARC-00004"), ["PARC-000042", "PARC-000043"]);
    assert_eq!(find(&db, "5cg12"), ["PARC-000042"]);
    assert!(find(&db, "zzz").is_empty());

    let renamed = PersonInput {
        id: Some(helene),
        first_name: "Hélène".into(),
        last_name: "Martin".into(),
        email: Some("helene.martin@exemple.fr".into()),
        department: None,
        site_id: None,
        account: None,
        active: true,
    };
    db.save_person(&renamed, now()).expect("rename");
    assert!(find(&db, "lefevre").is_empty(), "the old name is gone from the index");
    assert_eq!(find(&db, "martin"), ["PARC-000042"]);
    let row = &db.list_assets(&AssetQuery::default(), today()).expect("list")[0];
    assert_eq!(row.assignee.as_deref(), Some("Hélène Martin"));

    let hits = db.global_search("martin").expect("global");
    assert!(hits.iter().any(|h| h.kind == parc_core::ipc::HitKind::Person && h.title == "Hélène Martin"));
    assert!(hits.iter().any(|h| h.kind == parc_core::ipc::HitKind::Asset));
    db.save_supplier(
        &SupplierInput {
            id: None,
            name: "Martin Informatique".into(),
            contact: None,
            phone: None,
            email: None,
            website: None,
            notes: None,
        },
        now(),
    )
    .expect("supplier");
    assert!(db.global_search("martin").expect("global").iter().any(|h| h.kind == parc_core::ipc::HitKind::Supplier));
}

#[test]
fn every_column_sorts_both_ways_and_filters_combine() {
    let (_d, mut db) = db();
    db.fill_demo(600, 11, now()).expect("demo");
    for column in AssetColumn::ALL {
        for descending in [false, true] {
            let q = AssetQuery { sort: column, descending, limit: 600, ..Default::default() };
            let rows = db.list_assets(&q, today()).expect("list");
            assert_eq!(rows.len(), 600, "{column:?}");
            let mut again = rows.clone();
            again.dedup_by_key(|r| r.id);
            assert_eq!(again.len(), 600, "{column:?}: no row twice");
        }
    }
    let by_assignee = db
        .list_assets(
            &AssetQuery { sort: AssetColumn::Assignee, descending: true, limit: 50, ..Default::default() },
            today(),
        )
        .expect("list");
    let names: Vec<_> = by_assignee.iter().filter_map(|r| r.assignee.clone()).collect();
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(names, sorted, "descending by person");

    let expired = AssetQuery {
        warranty: Some(WarrantyFilter::Expired),
        status: Some(AssetStatus::Deployed),
        ..Default::default()
    };
    for r in db.list_assets(&expired, today()).expect("list") {
        assert!(r.warranty_end.as_deref().is_some_and(|d| d < today().to_string().as_str()));
        assert_eq!(r.status, AssetStatus::Deployed);
    }
    let soon = AssetQuery { warranty: Some(WarrantyFilter::EndingSoon), limit: 600, ..Default::default() };
    let limit = (today() + chrono::Duration::days(90)).to_string();
    for r in db.list_assets(&soon, today()).expect("list") {
        let d = r.warranty_end.expect("has a warranty");
        assert!(d.as_str() >= today().to_string().as_str() && d.as_str() <= limit.as_str());
    }
    let page2 = AssetQuery { offset: 100, limit: 100, ..Default::default() };
    assert_eq!(tags(&db, &page2).first().map(String::as_str), Some("PARC-000101"), "pages follow each other");
}

#[test]
fn tags_come_from_the_pattern_one_past_the_highest() {
    let (_d, mut db) = db();
    assert_eq!(db.next_asset_tag().expect("tag"), "PARC-000001");
    asset(&mut db, "PARC-000007", "A", "other");
    asset(&mut db, "parc-000003", "B", "other");
    asset(&mut db, "LAB-999999", "C", "other");
    assert_eq!(db.next_asset_tag().expect("tag"), "PARC-000008");
    db.set_tag_pattern("LYO-####").expect("pattern");
    assert_eq!(db.next_asset_tag().expect("tag"), "LYO-0001");
    assert!(db.set_tag_pattern("NOHASH").is_err());
}

#[test]
fn csv_export_writes_the_view_for_french_excel() {
    let (dir, mut db) = db();
    db.fill_demo(250, 5, now()).expect("demo");
    let path = dir.path().join("export.csv");
    let q = AssetQuery { kind: Some("laptop".into()), ..Default::default() };
    let n = db.export_assets_csv(&q, today(), Lang::Fr, &path).expect("export");
    assert_eq!(n, db.count_assets(&q, today()).expect("count"));
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.starts_with('\u{feff}'), "BOM for Excel");
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines.len() as u32, n + 1);
    assert!(lines[1..].iter().all(|l| l.split(';').nth(2) == Some("Ordinateur portable")), "{}", lines[1]);
    assert!(!dir.path().join("export.csv.part").exists());
}

#[test]
fn users_add_kinds_of_their_own() {
    let (_d, mut db) = db();
    let k = db.save_asset_kind("", "Lecteur de badges", "Badge reader").expect("kind");
    assert_eq!(k.code, "lecteur_de_badges");
    assert!(db.asset_kinds().expect("kinds").iter().any(|x| x.code == "lecteur_de_badges" && !x.builtin));
    asset(&mut db, "PARC-1", "Lecteur hall", "lecteur_de_badges");
    assert_eq!(db.count_assets(&AssetQuery { kind: Some(k.code), ..Default::default() }, today()).expect("count"), 1);
}

#[test]
fn a_broad_search_pages_in_the_same_order_as_the_list() {
    let (_d, mut db) = db();
    db.fill_demo(2_600, 13, now()).expect("demo");
    // "parc" starts every tag: the search is broad and walks the sort's index.
    for (sort, descending) in [(AssetColumn::Tag, false), (AssetColumn::Name, true), (AssetColumn::Assignee, false)] {
        for offset in [0, 1_000] {
            let plain = AssetQuery { sort, descending, offset, limit: 100, ..Default::default() };
            let searched = AssetQuery { search: Some("parc".into()), ..plain.clone() };
            assert_eq!(tags(&db, &searched), tags(&db, &plain), "{sort:?} desc={descending} offset={offset}");
        }
    }
    let deployed = AssetQuery { search: Some("p".into()), status: Some(AssetStatus::Deployed), ..Default::default() };
    let rows = db.list_assets(&deployed, today()).expect("list");
    assert_eq!(rows.len(), 100);
    assert!(rows.iter().all(|r| r.status == AssetStatus::Deployed));
}
