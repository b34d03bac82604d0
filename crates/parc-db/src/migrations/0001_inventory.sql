-- Version 1: the inventory (assets, kinds, locations, people, suppliers) and
-- the history of every record. Ids are UUIDv7 as 16-byte blobs; timestamps are
-- RFC 3339 text in UTC; dates are ISO text; amounts are integer cents.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE asset_kinds (
    code     TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    builtin  INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO asset_kinds (code, label_fr, label_en, builtin) VALUES
    ('desktop', 'Poste fixe', 'Desktop PC', 1),
    ('laptop', 'Ordinateur portable', 'Laptop', 1),
    ('server', 'Serveur', 'Server', 1),
    ('printer', 'Imprimante', 'Printer', 1),
    ('router', 'Routeur', 'Router', 1),
    ('switch', 'Switch', 'Switch', 1),
    ('firewall', 'Pare-feu', 'Firewall', 1),
    ('access_point', 'Borne Wi-Fi', 'Wi-Fi access point', 1),
    ('ups', 'Onduleur', 'UPS', 1),
    ('nas', 'NAS', 'NAS', 1),
    ('phone', 'Téléphone', 'Phone', 1),
    ('tablet', 'Tablette', 'Tablet', 1),
    ('monitor', 'Écran', 'Monitor', 1),
    ('peripheral', 'Périphérique', 'Peripheral', 1),
    ('other', 'Autre', 'Other', 1);

CREATE TABLE locations (
    id         BLOB PRIMARY KEY,
    parent_id  BLOB REFERENCES locations (id),
    kind       TEXT NOT NULL CHECK (kind IN ('site', 'building', 'room')),
    name       TEXT NOT NULL,
    address    TEXT,
    notes      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX locations_parent ON locations (parent_id);

CREATE TABLE people (
    id         BLOB PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name  TEXT NOT NULL,
    email      TEXT,
    department TEXT,
    site_id    BLOB REFERENCES locations (id),
    account    TEXT,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX people_email ON people (email COLLATE NOCASE) WHERE email IS NOT NULL;
CREATE INDEX people_site ON people (site_id);
CREATE INDEX people_name ON people (last_name, first_name);

CREATE TABLE suppliers (
    id         BLOB PRIMARY KEY,
    name       TEXT NOT NULL,
    contact    TEXT,
    phone      TEXT,
    email      TEXT,
    website    TEXT,
    notes      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE assets (
    id                   BLOB PRIMARY KEY,
    tag                  TEXT NOT NULL,
    name                 TEXT NOT NULL,
    kind                 TEXT NOT NULL REFERENCES asset_kinds (code),
    status               TEXT NOT NULL CHECK (status IN ('in_stock', 'deployed', 'in_repair', 'retired', 'lost')),
    serial               TEXT,
    manufacturer         TEXT,
    model                TEXT,
    location_id          BLOB REFERENCES locations (id),
    assignee_id          BLOB REFERENCES people (id),
    supplier_id          BLOB REFERENCES suppliers (id),
    purchase_date        TEXT,
    order_number         TEXT,
    purchase_cost        INTEGER CHECK (purchase_cost IS NULL OR purchase_cost >= 0),
    warranty_end         TEXT,
    maintenance_contract TEXT,
    os_name              TEXT,
    os_version           TEXT,
    firmware_version     TEXT,
    ip_address           TEXT,
    mac_address          TEXT,
    notes                TEXT,
    last_audit           TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX assets_tag ON assets (tag COLLATE NOCASE);
-- A serial is unique for its manufacturer.
CREATE UNIQUE INDEX assets_serial ON assets (coalesce(manufacturer, ''), serial) WHERE serial IS NOT NULL;
CREATE INDEX assets_status ON assets (status);
CREATE INDEX assets_kind ON assets (kind);
CREATE INDEX assets_location ON assets (location_id);
CREATE INDEX assets_assignee ON assets (assignee_id);
CREATE INDEX assets_supplier ON assets (supplier_id);
CREATE INDEX assets_warranty ON assets (warranty_end);

-- One row per event; `changes` is a JSON array of {field, old, new} (creations
-- and deletions: one object {field: value}, see parc-db/src/history/stored.rs).
CREATE TABLE history (
    id        BLOB PRIMARY KEY,
    entity    TEXT NOT NULL,
    entity_id BLOB NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
    changes   TEXT NOT NULL
) STRICT;
CREATE INDEX history_entity ON history (entity_id, at);
