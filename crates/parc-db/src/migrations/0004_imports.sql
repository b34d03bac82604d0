-- Version 4: what inventory agents report about an asset. The asset's own
-- columns (serial, manufacturer, model, os_name, os_version,
-- firmware_version, ip_address, mac_address) already hold the summary; these
-- tables hold the detail: one row of hardware facts per asset, its disks, its
-- network interfaces (one row per address), and its installed software.
-- Every row belongs to its asset and goes with it.

CREATE TABLE asset_hardware (
    asset_id       BLOB PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
    -- glpi_json or fusion_xml: which agent format filled it.
    source         TEXT NOT NULL,
    device_id      TEXT,
    -- The SMBIOS system UUID, upper case: the second way to recognise a machine.
    system_uuid    TEXT,
    cpu            TEXT,
    cpu_count      INTEGER,
    cpu_cores      INTEGER,
    cpu_threads    INTEGER,
    memory_mib     INTEGER,
    os_arch        TEXT,
    last_user      TEXT,
    -- When the agent ran (its local time, ISO): refreshed by every import.
    inventoried_at TEXT
) STRICT;
CREATE INDEX asset_hardware_uuid ON asset_hardware (system_uuid) WHERE system_uuid IS NOT NULL;

CREATE TABLE asset_disks (
    asset_id BLOB NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT,
    model    TEXT,
    serial   TEXT,
    -- Millions of bytes, as agents report disk sizes.
    size_mb  INTEGER,
    PRIMARY KEY (asset_id, position)
) STRICT;

-- One row per interface and address (an interface without address has one
-- row with ip NULL), so that "which machine has 10.1.2.31" is an index lookup.
CREATE TABLE asset_nics (
    asset_id BLOB NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    mac      TEXT,
    ip       TEXT,
    virtual  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX asset_nics_asset ON asset_nics (asset_id, position);
CREATE INDEX asset_nics_mac ON asset_nics (mac) WHERE mac IS NOT NULL;
CREATE INDEX asset_nics_ip ON asset_nics (ip) WHERE ip IS NOT NULL;

-- The installed software of each asset; the licence register counts
-- installations per software through the name index.
CREATE TABLE asset_software (
    asset_id     BLOB NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    version      TEXT,
    publisher    TEXT,
    install_date TEXT
) STRICT;
CREATE INDEX asset_software_asset ON asset_software (asset_id);
CREATE INDEX asset_software_name ON asset_software (name COLLATE NOCASE, version);
