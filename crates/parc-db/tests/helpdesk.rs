//! The helpdesk on a real encrypted database: tickets through their life,
//! the timeline, SLA due times stored and queried, templates, the queue's
//! views and statistics, and changes with the seven R.

use chrono::{DateTime, NaiveDate, Utc};
use parc_core::change::{ChangeStatus, Relation};
use parc_core::desk::{
    ChangeInput, CommandKind, EventKind, FollowupInput, TaskInput, TicketColumn, TicketCommand, TicketInput,
    TicketQuery, TicketView,
};
use parc_core::helpdesk::HelpdeskSettings;
use parc_core::ipc::PersonInput;
use parc_core::ticket::{Channel, SolutionKind, TicketKind, TicketStatus};
use parc_core::{Asset, ErrorCode, Lang, Localized};
use parc_db::Database;
use uuid::Uuid;

const PASS: &str = "une phrase de passe solide";

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("date").with_timezone(&Utc)
}

/// Monday 16 November 2026, 09:00 in Paris.
fn monday() -> DateTime<Utc> {
    at("2026-11-16T08:00:00Z")
}

fn db() -> (tempfile::TempDir, Database) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = parc_db::create_with_passphrase(&dir.path().join("parc.db"), PASS).expect("create");
    (dir, db)
}

fn input(title: &str, urgency: u8, impact: u8) -> TicketInput {
    TicketInput {
        kind: TicketKind::Incident,
        title: title.into(),
        description: String::new(),
        requester_id: None,
        asset_ids: Vec::new(),
        category: "impression".into(),
        channel: Channel::Phone,
        urgency,
        impact,
        template: None,
    }
}

fn requester(db: &mut Database) -> Uuid {
    let p = PersonInput {
        id: None,
        first_name: "Anaïs".into(),
        last_name: "Dupont".into(),
        email: Some("anais.dupont@exemple.fr".into()),
        department: None,
        site_id: None,
        account: None,
        active: true,
    };
    db.save_person(&p, monday()).expect("person").id
}

#[test]
fn a_ticket_from_an_asset_lives_through_follow_up_solution_and_closing() {
    let (_dir, mut db) = db();
    let printer = Asset::new("PARC-000042", "Imprimante accueil", "printer", monday());
    db.create_asset(&printer).expect("asset");
    let anais = requester(&mut db);
    let mut form = input("L'imprimante de l'accueil bourre", 4, 3);
    form.asset_ids = vec![printer.id];
    form.requester_id = Some(anais);
    let id = db.create_ticket(&form, Lang::Fr, monday()).expect("create");

    let t = db.ticket(id, Lang::Fr, monday()).expect("detail");
    assert_eq!(t.number, 1);
    assert_eq!(t.ticket.priority.get(), 4, "urgency 4 × impact 3 is 4 in GLPI's matrix");
    assert_eq!(t.assets[0].name, "PARC-000042 — Imprimante accueil");
    assert_eq!(t.requester.as_ref().map(|r| r.name.as_str()), Some("Anaïs Dupont"));
    assert_eq!(t.category_label, "Impression");
    // Priority 4: own within 1 business hour, resolve within one business day.
    assert_eq!(t.own_due, Some(at("2026-11-16T09:00:00Z")));
    assert_eq!(t.resolve_due, Some(at("2026-11-17T08:00:00Z")));

    assert!(!db.ticket(id, Lang::Fr, monday()).expect("detail").assigned_to_me);
    db.act_on_ticket(id, TicketCommand::AssignToMe, at("2026-11-16T08:10:00Z")).expect("take");
    assert!(db.ticket(id, Lang::Fr, monday()).expect("detail").assigned_to_me);
    let note = FollowupInput { body: "Rouleau d'entraînement usé, pièce commandée".into(), private: false };
    db.add_followup(id, &note, at("2026-11-16T08:20:00Z")).expect("follow-up");
    let task = TaskInput { body: "Démontage et nettoyage".into(), minutes: 25, done: true };
    db.add_task(id, &task, at("2026-11-16T08:30:00Z")).expect("task");
    let solve = TicketCommand::Solve { solution_kind: SolutionKind::Replaced, text: "Rouleau remplacé".into() };
    db.act_on_ticket(id, solve, at("2026-11-16T10:00:00Z")).expect("solve");
    let close = TicketCommand::Close { satisfaction: Some(5), comment: Some("Merci !".into()) };
    db.act_on_ticket(id, close, at("2026-11-16T11:00:00Z")).expect("close");

    let t = db.ticket(id, Lang::Fr, at("2026-11-16T11:00:00Z")).expect("detail");
    assert_eq!(t.ticket.status, TicketStatus::Closed);
    assert_eq!(t.ticket.satisfaction, Some(5));
    assert_eq!(t.time_spent, 25);
    assert!(t.allowed.is_empty(), "a closed ticket offers nothing: {:?}", t.allowed);
    let kinds: Vec<EventKind> = t.events.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            EventKind::Opened,
            EventKind::Assignment,
            EventKind::Status,
            EventKind::Followup,
            EventKind::Task,
            EventKind::Solution,
            EventKind::Closing
        ]
    );
    let status = &t.events[2];
    assert_eq!((status.old.as_deref(), status.new.as_deref()), (Some("Nouveau"), Some("En cours (attribué)")));
    assert_eq!(t.events[5].new.as_deref(), Some("Matériel remplacé"));

    // A closed ticket refuses every change, and says so in French.
    let err = db.add_followup(id, &note, at("2026-11-16T12:00:00Z")).expect_err("closed");
    assert_eq!(err.message(Lang::Fr), "Un ticket clos ne peut plus être modifié");

    // The asset's page lists it.
    let q = TicketQuery { view: TicketView::All, asset_id: Some(printer.id), ..Default::default() };
    let rows = db.list_tickets(&q, monday(), Lang::Fr).expect("list");
    assert_eq!(rows.iter().map(|r| r.number).collect::<Vec<_>>(), [1]);
}

#[test]
fn pending_stops_the_clock_and_the_queue_finds_overdue_tickets() {
    let (_dir, mut db) = db();
    // Priority 5 (very high × very high): own in 30 min, resolve in 4 h.
    let late = db.create_ticket(&input("Serveur de fichiers injoignable", 5, 5), Lang::Fr, monday()).expect("late");
    let waiting = db.create_ticket(&input("Écran qui clignote", 5, 5), Lang::Fr, monday()).expect("waiting");
    db.act_on_ticket(waiting, TicketCommand::AssignToMe, at("2026-11-16T08:05:00Z")).expect("own");
    db.act_on_ticket(waiting, TicketCommand::Wait, at("2026-11-16T08:10:00Z")).expect("wait");
    let calm = db.create_ticket(&input("Demande de souris", 1, 1), Lang::Fr, monday()).expect("calm");

    let afternoon = at("2026-11-16T15:00:00Z");
    let q = |view| TicketQuery { view, ..Default::default() };
    let numbers = |db: &Database, query: &TicketQuery| -> Vec<u32> {
        db.list_tickets(query, afternoon, Lang::En).expect("list").into_iter().map(|r| r.number).collect()
    };
    assert_eq!(numbers(&db, &q(TicketView::Overdue)), [1], "pending ticket 2 has its clock stopped");
    assert_eq!(db.count_tickets(&q(TicketView::Overdue), afternoon).expect("count"), 1);
    assert_eq!(numbers(&db, &q(TicketView::Pending)), [2]);
    assert_eq!(numbers(&db, &q(TicketView::Unassigned)), [1, 3]);
    assert_eq!(numbers(&db, &q(TicketView::Mine)), [2]);
    let detail = db.ticket(waiting, Lang::En, afternoon).expect("detail");
    assert!(detail.paused && detail.resolve_due.is_none() && !detail.overdue);

    // Waiting began at 09:10 Paris, 10 min into the 4 h target; resuming at
    // 16:00 Paris, the 3 h 50 min left run 16:00–18:00 then Tuesday
    // 08:30–10:20 Paris.
    db.act_on_ticket(waiting, TicketCommand::Resume, afternoon).expect("resume");
    let detail = db.ticket(waiting, Lang::En, afternoon).expect("detail");
    assert_eq!(detail.resolve_due, Some(at("2026-11-17T09:20:00Z")));
    assert_eq!(detail.ticket.status, TicketStatus::Assigned);

    // Sorting by priority, most urgent first; search by number and by words.
    let by_priority =
        TicketQuery { view: TicketView::All, sort: TicketColumn::Priority, descending: true, ..Default::default() };
    assert_eq!(numbers(&db, &by_priority), [2, 1, 3]);
    let search = |s: &str| TicketQuery { view: TicketView::All, search: Some(s.into()), ..Default::default() };
    assert_eq!(numbers(&db, &search("#3")), [3]);
    assert_eq!(numbers(&db, &search("serveur fichiers")), [1]);
    assert_eq!(numbers(&db, &search("100%")), Vec::<u32>::new());
    let _ = (late, calm);
}

#[test]
fn refused_actions_write_nothing_and_bad_input_is_named() {
    let (_dir, mut db) = db();
    let id = db.create_ticket(&input("Accès VPN", 3, 3), Lang::Fr, monday()).expect("create");
    let before = db.ticket(id, Lang::Fr, monday()).expect("detail");
    let err = db.act_on_ticket(id, TicketCommand::Reopen, monday()).expect_err("cannot reopen a new ticket");
    assert_eq!(err.code(), ErrorCode::Invalid);
    assert_eq!(err.message(Lang::Fr), "Action impossible sur un ticket « Nouveau »");
    let close = TicketCommand::Close { satisfaction: Some(3), comment: None };
    assert!(db.act_on_ticket(id, close, monday()).is_err());
    assert_eq!(db.ticket(id, Lang::Fr, monday()).expect("detail"), before, "nothing written");

    let mut bad = input("", 3, 3);
    assert_eq!(
        db.create_ticket(&bad, Lang::Fr, monday()).expect_err("empty").message(Lang::En),
        "The title is required"
    );
    bad.title = "Titre".into();
    bad.urgency = 7;
    assert_eq!(
        db.create_ticket(&bad, Lang::Fr, monday()).expect_err("level").message(Lang::En),
        "Urgency and impact go from 1 to 5"
    );
    bad.urgency = 3;
    bad.category = "inconnue".into();
    assert_eq!(db.create_ticket(&bad, Lang::Fr, monday()).expect_err("category").code(), ErrorCode::NotFound);
    assert_eq!(db.count_tickets(&TicketQuery { view: TicketView::All, ..Default::default() }, monday()).expect("n"), 1);

    // Solving needs a description; after solving, the page offers reopen and close.
    let empty = TicketCommand::Solve { solution_kind: SolutionKind::Fixed, text: "  ".into() };
    assert!(db.act_on_ticket(id, empty, monday()).is_err());
    let solve = TicketCommand::Solve { solution_kind: SolutionKind::Explained, text: "Profil VPN réinstallé".into() };
    db.act_on_ticket(id, solve, monday()).expect("solve");
    let allowed = db.ticket(id, Lang::Fr, monday()).expect("detail").allowed;
    assert!(allowed.contains(&CommandKind::Reopen) && allowed.contains(&CommandKind::Close));
    db.act_on_ticket(id, TicketCommand::Reopen, monday()).expect("reopen");
    assert_eq!(db.ticket(id, Lang::Fr, monday()).expect("detail").ticket.status, TicketStatus::New);
}

#[test]
fn a_template_makes_a_checklist_and_priorities_follow_an_edited_matrix() {
    let (_dir, mut db) = db();
    let templates = db.ticket_templates(Lang::Fr).expect("templates");
    let codes: Vec<&str> = templates.iter().map(|t| t.code.as_str()).collect();
    assert!(
        codes.contains(&"password_reset") && codes.contains(&"new_employee") && codes.contains(&"departing_employee")
    );
    let arrival = templates.iter().find(|t| t.code == "new_employee").expect("new employee");
    assert!(arrival.tasks.iter().any(|t| t.contains("master")), "{:?}", arrival.tasks);
    let en = db.ticket_templates(Lang::En).expect("templates");
    assert!(en.iter().any(|t| t.label == "Departing employee"));

    let mut form = input(&arrival.title, arrival.urgency, arrival.impact);
    form.kind = TicketKind::Request;
    form.category = arrival.category.clone();
    form.template = Some("new_employee".into());
    let id = db.create_ticket(&form, Lang::Fr, monday()).expect("create");
    let t = db.ticket(id, Lang::Fr, monday()).expect("detail");
    let tasks: Vec<_> = t.events.iter().filter(|e| e.kind == EventKind::Task).collect();
    assert_eq!(tasks.len(), arrival.tasks.len());
    assert!(tasks.iter().all(|e| e.done == Some(false)));
    db.set_task_done(tasks[0].id, true, Some(20), monday()).expect("tick");
    let t = db.ticket(id, Lang::Fr, monday()).expect("detail");
    assert_eq!(t.time_spent, 20);

    // Urgency 3 × impact 2 is 2 in GLPI's matrix; an edited matrix says 5,
    // and the open ticket follows (the major ones set by hand would not).
    assert_eq!(t.ticket.priority.get(), 2);
    let mut settings = HelpdeskSettings::default();
    settings.matrix.cells[2][1] = 5;
    assert_eq!(db.set_helpdesk_settings(&settings).expect("settings"), 1);
    let t = db.ticket(id, Lang::Fr, monday()).expect("detail");
    assert_eq!(t.ticket.priority.get(), 5);
    assert_eq!(t.own_due, Some(at("2026-11-16T08:30:00Z")), "priority 5: own within 30 business minutes");
    settings.time_zone = "Lune/Tranquillité".into();
    let err = db.set_helpdesk_settings(&settings).expect_err("zone");
    assert!(err.message(Lang::Fr).contains("Fuseau horaire inconnu"));
    assert_eq!(db.helpdesk_settings().expect("settings").time_zone, "Europe/Paris");
}

#[test]
fn statistics_count_weeks_means_and_sla_compliance() {
    let (_dir, mut db) = db();
    // Two priority-4 tickets (resolve within 570 business minutes): one solved
    // in 2 h, one in two business days; one still open.
    let fast = db.create_ticket(&input("Imprimante", 4, 3), Lang::Fr, monday()).expect("fast");
    db.act_on_ticket(fast, TicketCommand::AssignToMe, at("2026-11-16T08:30:00Z")).expect("own");
    let solve = |t: &str| TicketCommand::Solve { solution_kind: SolutionKind::Fixed, text: t.into() };
    db.act_on_ticket(fast, solve("ok"), at("2026-11-16T10:00:00Z")).expect("solve");
    let slow = db.create_ticket(&input("Imprimante 2", 4, 3), Lang::Fr, monday()).expect("slow");
    db.act_on_ticket(slow, solve("enfin"), at("2026-11-18T08:00:00Z")).expect("solve");
    let mut mail = input("Messagerie lente", 2, 2);
    mail.category = "messagerie".into();
    db.create_ticket(&mail, Lang::Fr, at("2026-11-23T08:00:00Z")).expect("open");

    let from = NaiveDate::from_ymd_opt(2026, 11, 16).expect("date");
    let to = NaiveDate::from_ymd_opt(2026, 11, 29).expect("date");
    let s = db.ticket_stats(from, to, at("2026-11-25T08:00:00Z"), Lang::Fr).expect("stats");
    assert_eq!(s.backlog, 1);
    assert_eq!(s.weeks.len(), 2);
    assert_eq!((s.weeks[0].opened, s.weeks[0].closed), (2, 2));
    assert_eq!((s.weeks[1].opened, s.weeks[1].closed), (1, 0));
    // Solving takes a ticket in charge: the slow one was owned after 2 days.
    assert_eq!(s.mean_own_minutes, Some((30 + 2 * 570) / 2));
    // 120 and 2 × 570 business minutes: mean 630.
    assert_eq!(s.mean_resolve_minutes, Some(630));
    assert_eq!(s.sla_resolve_percent, Some(50.0));
    assert_eq!(s.sla_own_percent, Some(50.0));
    let printing = s.by_category.iter().find(|g| g.key == "impression").expect("printing");
    assert_eq!((printing.label.as_str(), printing.opened, printing.solved, printing.backlog), ("Impression", 2, 2, 0));
    assert_eq!(s.by_priority[0].label, "4 — Haute");
}

#[test]
fn a_change_needs_its_seven_r_before_approval() {
    let (_dir, mut db) = db();
    let firewall = Asset::new("PARC-000001", "Pare-feu du siège", "firewall", monday());
    db.create_asset(&firewall).expect("asset");
    let mut form = ChangeInput { title: "Mise à jour FortiOS 7.2.10".into(), ..Default::default() };
    let id = db.create_change(&form, monday()).expect("create");
    db.advance_change(id, ChangeStatus::Evaluation, monday()).expect("evaluation");
    let err = db.advance_change(id, ChangeStatus::Approval, monday()).expect_err("7 R missing");
    assert!(err.message(Lang::Fr).starts_with("Avant l'approbation, répondez aux 7 R"), "{}", err.message(Lang::Fr));
    let detail = db.change(id, Lang::Fr).expect("detail");
    assert_eq!(detail.seven_r.iter().filter(|r| !r.answered).count(), 7);
    assert_eq!(detail.change.status, ChangeStatus::Evaluation);

    form.requested_by = "Direction informatique".into();
    form.reason = "Faille critique publiée".into();
    form.expected_return = "Faille corrigée".into();
    form.risks = "Coupure du VPN".into();
    form.resources = "2 h d'ingénieur, fenêtre le soir".into();
    form.responsible_build = "Prestataire réseau".into();
    form.responsible_test = "DSI".into();
    form.responsible_deploy = "Prestataire réseau".into();
    form.relations = vec![Relation::Asset(firewall.id)];
    form.affected_assets = vec![firewall.id];
    form.rollback_plan = "Restaurer la configuration sauvegardée".into();
    db.update_change(id, &form, monday()).expect("update");
    db.advance_change(id, ChangeStatus::Approval, monday()).expect("approval");
    let detail = db.change(id, Lang::Fr).expect("detail");
    assert!(detail.seven_r.iter().all(|r| r.answered));
    assert_eq!(
        detail.next,
        [ChangeStatus::Accepted, ChangeStatus::Refused, ChangeStatus::Evaluation, ChangeStatus::Cancelled]
    );
    assert_eq!(detail.affected[0].name, "PARC-000001 — Pare-feu du siège");
    assert_eq!(detail.relations[0].label, "PARC-000001 — Pare-feu du siège");
    assert!(db.advance_change(id, ChangeStatus::Closed, monday()).is_err(), "approval cannot jump to closed");

    let rows = db.list_changes(None).expect("list");
    assert_eq!((rows[0].number, rows[0].missing, rows[0].status), (1, 0, ChangeStatus::Approval));
    let history = db.history(id).expect("history");
    assert!(
        history.iter().any(|h| h.changes.iter().any(|c| c.field == "status" && c.new.as_deref() == Some("approval")))
    );
}
