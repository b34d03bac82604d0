-- Version 3: the helpdesk. Tickets (incidents and requests) with their
-- timeline, linked assets and templates; ITIL changes with the seven R.
-- Due times are stored in UTC, recomputed on every write from the ticket, the
-- SLA targets and the business calendar: a query can then find overdue
-- tickets with an index instead of replaying every clock.

CREATE TABLE ticket_categories (
    code     TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    builtin  INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO ticket_categories (code, label_fr, label_en, builtin, position) VALUES
    ('connexion', 'Connexion', 'Connection', 1, 1),
    ('acces', 'Accès / droits', 'Access / rights', 1, 2),
    ('compte', 'Compte utilisateur', 'User account', 1, 3),
    ('poste', 'Poste de travail', 'Workstation', 1, 4),
    ('impression', 'Impression', 'Printing', 1, 5),
    ('reseau', 'Réseau', 'Network', 1, 6),
    ('logiciel', 'Logiciel', 'Software', 1, 7),
    ('messagerie', 'Messagerie', 'E-mail', 1, 8),
    ('autre', 'Autre', 'Other', 1, 99);

CREATE TABLE tickets (
    id                   BLOB PRIMARY KEY,
    number               INTEGER NOT NULL UNIQUE,
    kind                 TEXT NOT NULL CHECK (kind IN ('incident', 'request')),
    title                TEXT NOT NULL,
    description          TEXT NOT NULL DEFAULT '',
    requester_id         BLOB REFERENCES people (id),
    category             TEXT NOT NULL REFERENCES ticket_categories (code),
    channel              TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'in_person')),
    urgency              INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 5),
    impact               INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    priority             INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 6),
    priority_by_hand     INTEGER NOT NULL DEFAULT 0,
    status               TEXT NOT NULL
        CHECK (status IN ('new', 'assigned', 'planned', 'pending', 'solved', 'closed')),
    resume_to            TEXT,
    technician           TEXT,
    supplier_id          BLOB REFERENCES suppliers (id),
    opened_at            TEXT NOT NULL,
    owned_at             TEXT,
    solved_at            TEXT,
    closed_at            TEXT,
    -- JSON array of {from, to}: the periods spent pending (the clock stopped).
    pending              TEXT NOT NULL DEFAULT '[]',
    own_due              TEXT,
    resolve_due          TEXT,
    -- The deadline that matters now (to own while nobody has it, then to
    -- resolve): the queue sorts on it.
    due                  TEXT,
    solution_kind        TEXT,
    solution             TEXT,
    satisfaction         INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    satisfaction_comment TEXT,
    -- Kept for the queue's sort without a join.
    requester_name       TEXT,
    updated_at           TEXT NOT NULL,
    CHECK ((technician IS NULL) OR (supplier_id IS NULL))
) STRICT;
-- The queue pages by number inside each view, and every sort of its columns
-- has an index that gives its order (the expressions are the queue's ORDER BY).
CREATE INDEX tickets_status ON tickets (status, number);
CREATE INDEX tickets_status_rank ON tickets ((CASE status WHEN 'new' THEN 0 WHEN 'assigned' THEN 1
    WHEN 'planned' THEN 2 WHEN 'pending' THEN 3 WHEN 'solved' THEN 4 ELSE 5 END), number);
CREATE INDEX tickets_title ON tickets (title COLLATE NOCASE, number);
CREATE INDEX tickets_requester_name ON tickets (requester_name IS NULL, requester_name COLLATE NOCASE, number);
CREATE INDEX tickets_due ON tickets (due IS NULL, due, number);
CREATE INDEX tickets_priority ON tickets (priority, number);
CREATE INDEX tickets_resolve_due ON tickets (resolve_due, number) WHERE resolve_due IS NOT NULL;
CREATE INDEX tickets_own_due ON tickets (own_due, number) WHERE own_due IS NOT NULL;
CREATE INDEX tickets_requester ON tickets (requester_id, number);
CREATE INDEX tickets_supplier ON tickets (supplier_id) WHERE supplier_id IS NOT NULL;
CREATE INDEX tickets_category ON tickets (category, number);
CREATE INDEX tickets_opened ON tickets (opened_at);
CREATE INDEX tickets_updated ON tickets (updated_at, number);

CREATE TABLE ticket_assets (
    ticket_id BLOB NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    asset_id  BLOB NOT NULL REFERENCES assets (id),
    PRIMARY KEY (ticket_id, asset_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX ticket_assets_asset ON ticket_assets (asset_id, ticket_id);

-- The timeline: what was said and done, in order. `kind` says which columns
-- mean something: a follow-up has a body and may be private; a task has a
-- body, minutes spent and a done flag; a status event has old and new.
CREATE TABLE ticket_events (
    id        BLOB PRIMARY KEY,
    ticket_id BLOB NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    author    TEXT NOT NULL,
    kind      TEXT NOT NULL
        CHECK (kind IN ('opened', 'followup', 'task', 'status', 'assignment', 'priority', 'solution', 'closing')),
    body      TEXT NOT NULL DEFAULT '',
    private   INTEGER NOT NULL DEFAULT 0,
    minutes   INTEGER CHECK (minutes IS NULL OR minutes >= 0),
    done      INTEGER,
    old       TEXT,
    new       TEXT
) STRICT;
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at);

-- Templates for recurring requests; `tasks` is a JSON array of {fr, en}.
CREATE TABLE ticket_templates (
    code           TEXT PRIMARY KEY,
    label_fr       TEXT NOT NULL,
    label_en       TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('incident', 'request')),
    category       TEXT NOT NULL REFERENCES ticket_categories (code),
    urgency        INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 5),
    impact         INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    title_fr       TEXT NOT NULL,
    title_en       TEXT NOT NULL,
    description_fr TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    tasks          TEXT NOT NULL DEFAULT '[]',
    builtin        INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO ticket_templates
    (code, label_fr, label_en, kind, category, urgency, impact, title_fr, title_en, description_fr, description_en, tasks, builtin)
VALUES
    ('password_reset', 'Réinitialisation de mot de passe', 'Password reset', 'request', 'compte', 3, 2,
     'Réinitialiser le mot de passe', 'Reset the password',
     'Vérifier l''identité du demandeur avant toute réinitialisation.',
     'Check the requester''s identity before any reset.',
     '[{"fr":"Vérifier l''identité du demandeur","en":"Check the requester''s identity"},'
     || '{"fr":"Réinitialiser le mot de passe (changement imposé à la connexion)","en":"Reset the password (change forced at next logon)"},'
     || '{"fr":"Confirmer la connexion avec l''utilisateur","en":"Confirm the user can log on"}]', 1),
    ('new_employee', 'Arrivée d''un collaborateur', 'New employee', 'request', 'compte', 3, 2,
     'Arrivée d''un nouveau collaborateur', 'A new employee arrives',
     'Préparer le compte, le poste et les accès avant le premier jour.',
     'Prepare the account, the workstation and the access before day one.',
     '[{"fr":"Créer le compte utilisateur et la messagerie","en":"Create the user account and mailbox"},'
     || '{"fr":"Préparer le poste à partir du master standard","en":"Prepare the workstation from the standard master image"},'
     || '{"fr":"Donner les droits sur les dossiers partagés","en":"Grant rights on the shared folders"},'
     || '{"fr":"Remettre le matériel et le faire signer","en":"Hand over the equipment and have it signed for"},'
     || '{"fr":"Former l''utilisateur aux outils et à la sécurité","en":"Train the user on the tools and on security"}]', 1),
    ('departing_employee', 'Départ d''un collaborateur', 'Departing employee', 'request', 'compte', 3, 2,
     'Départ d''un collaborateur', 'An employee leaves',
     'Récupérer le matériel et fermer les accès le dernier jour.',
     'Recover the equipment and close the access on the last day.',
     '[{"fr":"Récupérer le matériel attribué","en":"Recover the assigned equipment"},'
     || '{"fr":"Désactiver les comptes (annuaire, messagerie, applications)","en":"Disable the accounts (directory, e-mail, applications)"},'
     || '{"fr":"Transférer ou archiver les données et la messagerie","en":"Transfer or archive the data and mailbox"},'
     || '{"fr":"Retirer les droits sur les dossiers partagés","en":"Remove the rights on the shared folders"}]', 1);

CREATE TABLE changes (
    id                 BLOB PRIMARY KEY,
    number             INTEGER NOT NULL UNIQUE,
    title              TEXT NOT NULL,
    requested_by       TEXT NOT NULL DEFAULT '',
    requester_id       BLOB REFERENCES people (id),
    reason             TEXT NOT NULL DEFAULT '',
    expected_return    TEXT NOT NULL DEFAULT '',
    risks              TEXT NOT NULL DEFAULT '',
    resources          TEXT NOT NULL DEFAULT '',
    responsible_build  TEXT NOT NULL DEFAULT '',
    responsible_test   TEXT NOT NULL DEFAULT '',
    responsible_deploy TEXT NOT NULL DEFAULT '',
    relationships_note TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL CHECK (status IN ('new', 'evaluation', 'approval', 'accepted', 'testing',
                                                       'applied', 'review', 'closed', 'refused', 'cancelled')),
    window_start       TEXT,
    window_end         TEXT,
    rollback_plan      TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX changes_status ON changes (status, number);

-- R7 and the affected assets: `role` is 'relation' or 'affected'.
CREATE TABLE change_links (
    change_id   BLOB NOT NULL REFERENCES changes (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('relation', 'affected')),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('change', 'ticket', 'asset')),
    target_id   BLOB NOT NULL,
    PRIMARY KEY (change_id, role, target_kind, target_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX change_links_target ON change_links (target_id);
