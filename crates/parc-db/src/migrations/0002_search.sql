-- Version 2: the inventory list at 100,000 assets.
--
-- Sorting by location or by person must not join and sort every row: the
-- names are kept on the asset (maintained by parc-db in the same transaction
-- as any rename) and indexed. Search as you type uses FTS5 with prefix
-- indexes, accents folded ("reseau" finds "Réseau"), fed by triggers so it can
-- never disagree with the table.

ALTER TABLE assets ADD COLUMN location_name TEXT;
ALTER TABLE assets ADD COLUMN assignee_name TEXT;

UPDATE assets SET
    location_name = (SELECT l.name FROM locations l WHERE l.id = assets.location_id),
    assignee_name = (SELECT p.first_name || ' ' || p.last_name FROM people p WHERE p.id = assets.assignee_id);

-- A serial is unique for its manufacturer, whatever the case either is typed in
-- ("Lenovo" and "LENOVO" are one maker).
DROP INDEX assets_serial;
CREATE UNIQUE INDEX assets_serial ON assets (lower(coalesce(manufacturer, '')), serial COLLATE NOCASE)
    WHERE serial IS NOT NULL;

-- One index per sort of the list, ending with the tag in the list's own
-- collation, so that a page is read off the index in order and ties break the
-- same way every time. The filter columns (status, kind, place, person) get the
-- same shape: a filtered page sorted by tag is then an index range, not a sort.
DROP INDEX assets_status;
DROP INDEX assets_kind;
DROP INDEX assets_location;
DROP INDEX assets_assignee;
DROP INDEX assets_warranty;
CREATE INDEX assets_status ON assets (status, tag COLLATE NOCASE);
CREATE INDEX assets_kind ON assets (kind, tag COLLATE NOCASE);
CREATE INDEX assets_location ON assets (location_id, tag COLLATE NOCASE);
CREATE INDEX assets_assignee ON assets (assignee_id, tag COLLATE NOCASE);
CREATE INDEX assets_sort_name ON assets (name, tag COLLATE NOCASE);
CREATE INDEX assets_sort_serial ON assets (serial, tag COLLATE NOCASE);
CREATE INDEX assets_sort_manufacturer ON assets (manufacturer, model, tag COLLATE NOCASE);
CREATE INDEX assets_sort_model ON assets (model, tag COLLATE NOCASE);
CREATE INDEX assets_sort_location ON assets (location_name, tag COLLATE NOCASE);
CREATE INDEX assets_sort_assignee ON assets (assignee_name, tag COLLATE NOCASE);
CREATE INDEX assets_sort_warranty ON assets (warranty_end, tag COLLATE NOCASE);
CREATE INDEX assets_sort_purchase_date ON assets (purchase_date, tag COLLATE NOCASE);
CREATE INDEX assets_sort_purchase_cost ON assets (purchase_cost, tag COLLATE NOCASE);
CREATE INDEX assets_sort_updated ON assets (updated_at, tag COLLATE NOCASE);

CREATE VIRTUAL TABLE assets_fts USING fts5 (
    tag, serial, name, model, manufacturer, notes, person, place,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

INSERT INTO assets_fts (rowid, tag, serial, name, model, manufacturer, notes, person, place)
    SELECT rowid, tag, serial, name, model, manufacturer, notes, assignee_name, location_name FROM assets;

CREATE TRIGGER assets_fts_insert AFTER INSERT ON assets BEGIN
    INSERT INTO assets_fts (rowid, tag, serial, name, model, manufacturer, notes, person, place)
    VALUES (NEW.rowid, NEW.tag, NEW.serial, NEW.name, NEW.model, NEW.manufacturer, NEW.notes, NEW.assignee_name, NEW.location_name);
END;

CREATE TRIGGER assets_fts_delete AFTER DELETE ON assets BEGIN
    DELETE FROM assets_fts WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER assets_fts_update AFTER UPDATE OF tag, serial, name, model, manufacturer, notes, assignee_name, location_name ON assets BEGIN
    DELETE FROM assets_fts WHERE rowid = OLD.rowid;
    INSERT INTO assets_fts (rowid, tag, serial, name, model, manufacturer, notes, person, place)
    VALUES (NEW.rowid, NEW.tag, NEW.serial, NEW.name, NEW.model, NEW.manufacturer, NEW.notes, NEW.assignee_name, NEW.location_name);
END;

-- Settings that belong to the database (the asset tag pattern...).
INSERT INTO meta (key, value) VALUES ('tag_pattern', 'PARC-######') ON CONFLICT (key) DO NOTHING;
