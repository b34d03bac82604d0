-- Version 5: on-site audit campaigns. The assets expected in the scope are
-- snapshotted when a campaign starts; each scan is kept, so a campaign
-- survives closing the app and its results are applied in one transaction.

CREATE TABLE audit_campaigns (
    id         BLOB PRIMARY KEY,
    name       TEXT NOT NULL,
    scope_id   BLOB REFERENCES locations (id),
    status     TEXT NOT NULL CHECK (status IN ('open', 'applied', 'cancelled')),
    started_at TEXT NOT NULL,
    closed_at  TEXT
) STRICT;

CREATE TABLE audit_expected (
    campaign_id BLOB NOT NULL REFERENCES audit_campaigns (id) ON DELETE CASCADE,
    asset_id    BLOB NOT NULL REFERENCES assets (id),
    PRIMARY KEY (campaign_id, asset_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE audit_scans (
    id          BLOB PRIMARY KEY,
    campaign_id BLOB NOT NULL REFERENCES audit_campaigns (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    tag         TEXT NOT NULL,
    asset_id    BLOB REFERENCES assets (id),
    room_id     BLOB NOT NULL REFERENCES locations (id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('found', 'moved', 'unknown')),
    -- Where the inventory had the asset when it was scanned.
    recorded_id BLOB REFERENCES locations (id)
) STRICT;
CREATE INDEX audit_scans_campaign ON audit_scans (campaign_id, at);
-- An asset counts once per campaign; scanning it again changes nothing.
CREATE UNIQUE INDEX audit_scans_asset ON audit_scans (campaign_id, asset_id) WHERE asset_id IS NOT NULL;
