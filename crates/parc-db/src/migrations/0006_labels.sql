-- Which assets have had a label printed, and when: "every asset never
-- labelled" is a choice of the label dialog (a delivery just entered, a fleet
-- that came from a spreadsheet). Kept beside the asset rather than in it: a
-- label printed is not an edit of the asset and writes no history.
CREATE TABLE asset_labels (
    asset_id   BLOB PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
    printed_at TEXT NOT NULL
) WITHOUT ROWID;
