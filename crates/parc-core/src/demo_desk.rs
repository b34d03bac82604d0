//! Demo helpdesk: months of plausible tickets for the demo company, each one
//! lived through the real rules (every step is a [`TicketAction`] applied by
//! [`Ticket::apply`]), so the demo never shows a state the app could not reach.
//!
//! Deterministic for a seed, one ticket at a time.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::priority::{Level, PriorityMatrix};
use crate::rng::SplitMix64;
use crate::ticket::{Assignee, Channel, Solution, SolutionKind, Ticket, TicketAction, TicketKind};

/// (category, kind, titles): the requests of the job, as users phrase them.
const TOPICS: &[(&str, TicketKind, &[&str])] = &[
    (
        "connexion",
        TicketKind::Incident,
        &[
            "Impossible de se connecter à la session Windows",
            "Le VPN ne se connecte plus depuis le domicile",
            "Session verrouillée après trois essais",
            "Connexion au Wi-Fi invités refusée",
        ],
    ),
    (
        "acces",
        TicketKind::Request,
        &[
            "Accès au dossier partagé Comptabilité",
            "Droits en écriture sur le répertoire Projets",
            "Accès à l'application de paie",
        ],
    ),
    (
        "compte",
        TicketKind::Request,
        &[
            "Réinitialisation du mot de passe",
            "Création du compte d'un stagiaire",
            "Compte bloqué après les congés",
            "Départ d'un collaborateur : désactiver les accès",
        ],
    ),
    (
        "poste",
        TicketKind::Incident,
        &[
            "Le poste redémarre tout seul",
            "Écran noir au démarrage",
            "PC très lent depuis la mise à jour",
            "Préparer un poste pour un nouvel arrivant",
            "Batterie du portable qui ne tient plus",
        ],
    ),
    (
        "impression",
        TicketKind::Incident,
        &[
            "L'imprimante du 2e étage bourre",
            "Impossible d'imprimer en couleur",
            "Le scanner n'envoie plus les PDF par e-mail",
            "Toner à remplacer sur le copieur",
        ],
    ),
    (
        "reseau",
        TicketKind::Incident,
        &[
            "Plus de réseau dans la salle de réunion",
            "Prise réseau morte au bureau",
            "Téléphone IP sans tonalité",
            "Débit Internet très faible à l'agence",
        ],
    ),
    (
        "logiciel",
        TicketKind::Request,
        &[
            "Installer le logiciel de retouche photo",
            "Mise à jour d'Office qui échoue",
            "Licence expirée sur le logiciel de CAO",
            "Erreur au lancement de l'ERP",
        ],
    ),
    (
        "messagerie",
        TicketKind::Incident,
        &[
            "Boîte aux lettres pleine",
            "Les e-mails partent en indésirables chez un client",
            "Outlook demande le mot de passe en boucle",
            "Ajouter une boîte partagée Accueil",
        ],
    ),
    (
        "autre",
        TicketKind::Request,
        &["Demande de deuxième écran", "Prêt d'un vidéoprojecteur", "Casque audio défectueux"],
    ),
];

const FOLLOWUPS: &[&str] = &[
    "Appel de l'utilisateur, problème reproduit.",
    "Prise en main à distance effectuée.",
    "En attente du retour de l'utilisateur.",
    "Pièce commandée chez le fournisseur.",
];

const SOLUTIONS: &[(SolutionKind, &str)] = &[
    (SolutionKind::Fixed, "Pilote réinstallé, test concluant avec l'utilisateur."),
    (SolutionKind::Fixed, "Mot de passe réinitialisé, changement imposé à la connexion."),
    (SolutionKind::Workaround, "Contournement en place en attendant le correctif de l'éditeur."),
    (SolutionKind::Explained, "Procédure expliquée à l'utilisateur."),
    (SolutionKind::Replaced, "Matériel remplacé par un équipement du stock."),
];

/// A demo ticket: how it was opened, then what happened to it, in order.
pub struct DemoTicket {
    pub opened: Ticket,
    pub steps: Vec<(DateTime<Utc>, TicketAction)>,
    pub followups: Vec<(DateTime<Utc>, &'static str)>,
}

pub struct DemoDesk {
    rng: SplitMix64,
    now: DateTime<Utc>,
    /// The technician who takes most tickets: the app's user.
    me: String,
}

impl DemoDesk {
    pub fn new(seed: u64, now: DateTime<Utc>, me: &str) -> DemoDesk {
        DemoDesk { rng: SplitMix64::new(seed ^ 0x7469_636b_6574), now, me: me.into() }
    }

    /// The next ticket, opened within the last six months by one of `people`
    /// about one of `assets` (both may be empty).
    pub fn next_ticket(&mut self, people: &[Uuid], assets: &[Uuid], matrix: &PriorityMatrix) -> Option<DemoTicket> {
        let rng = &mut self.rng;
        let (category, kind, titles) = *rng.pick(TOPICS);
        let title = *rng.pick(titles);
        // Mostly low to medium, sometimes urgent.
        let level = |rng: &mut SplitMix64| {
            let n = match rng.below(100) {
                0..=14 => 1,
                15..=44 => 2,
                45..=79 => 3,
                80..=94 => 4,
                _ => 5,
            };
            Level::new(n).unwrap_or(Level::ALL[2])
        };
        let (urgency, impact) = (level(rng), level(rng));
        let channel = *rng.pick(&[Channel::Phone, Channel::Phone, Channel::Email, Channel::InPerson]);
        // Opened during office hours (about 07:30–17:00 UTC) in the last 180 days.
        let day = rng.between(0, 180);
        let minute = rng.between(7 * 60 + 30, 17 * 60);
        let midnight = self.now.date_naive().and_hms_opt(0, 0, 0)?.and_utc();
        let opened_at = (midnight - Duration::days(day) + Duration::minutes(minute)).min(self.now);
        let mut t = Ticket::open(kind, title, "", urgency, impact, channel, matrix, opened_at).ok()?;
        t.category = category.into();
        if !people.is_empty() {
            t.requester_id = Some(*rng.pick(people));
        }
        if !assets.is_empty() && rng.chance(60) {
            t.asset_ids = vec![*rng.pick(assets)];
        }
        let opened = t.clone();

        let mut steps = Vec::new();
        let mut followups = Vec::new();
        let mut at = opened_at;
        let mut step = |at: DateTime<Utc>, action: TicketAction| -> bool {
            if at > self.now {
                return false;
            }
            steps.push((at, action));
            true
        };
        // Taken in charge within minutes to hours; one in five by a supplier.
        at += Duration::minutes(rng.between(5, 300));
        let who = if rng.chance(90) {
            Assignee::Technician(self.me.clone())
        } else {
            Assignee::Technician("Support N2".into())
        };
        if !step(at, TicketAction::Assign(who)) {
            return Some(DemoTicket { opened, steps, followups });
        }
        if rng.chance(50) {
            at += Duration::minutes(rng.between(10, 600));
            if at <= self.now {
                followups.push((at, *rng.pick(FOLLOWUPS)));
            }
        }
        if rng.chance(20) {
            at += Duration::minutes(rng.between(30, 600));
            if !step(at, TicketAction::Wait) {
                return Some(DemoTicket { opened, steps, followups });
            }
            at += Duration::minutes(rng.between(60, 4 * 24 * 60));
            if !step(at, TicketAction::Resume) {
                return Some(DemoTicket { opened, steps, followups });
            }
        }
        at += Duration::minutes(rng.between(20, 3 * 24 * 60));
        let (kind, text) = *rng.pick(SOLUTIONS);
        if !step(at, TicketAction::Solve(Solution { kind, text: text.into() })) {
            return Some(DemoTicket { opened, steps, followups });
        }
        at += Duration::minutes(rng.between(60, 5 * 24 * 60));
        let satisfaction = Some(match rng.below(10) {
            0 => 2,
            1..=2 => 3,
            3..=5 => 4,
            _ => 5,
        });
        step(at, TicketAction::Close { satisfaction, comment: None });
        Some(DemoTicket { opened, steps, followups })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_ticket_replays_through_the_rules_and_stays_in_the_past() {
        let now = DateTime::from_timestamp(1_795_000_000, 0).expect("ts");
        let matrix = PriorityMatrix::default();
        let mut desk = DemoDesk::new(7, now, "moi");
        let mut closed = 0;
        for _ in 0..2_000 {
            let d = desk.next_ticket(&[crate::new_id()], &[crate::new_id()], &matrix).expect("ticket");
            let mut t = d.opened.clone();
            for (at, action) in d.steps {
                assert!(at <= now && at >= t.opened_at);
                t.apply(action, &matrix, at).expect("every step is allowed");
            }
            assert!(t.is_coherent(&matrix));
            closed += usize::from(t.status == crate::ticket::TicketStatus::Closed);
        }
        assert!((1_000..2_000).contains(&closed), "mostly closed, some still open: {closed}");
    }
}
