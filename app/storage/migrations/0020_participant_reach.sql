-- Burgernet Console schema, migration 20: what each participant can be reached on (SMS 1,
-- voice 2, e-mail 4: the preferences that have an address to go to), kept beside the
-- addresses it follows from. The index that starts the console then reads every active
-- participant from a narrow index of its own instead of scanning the whole wide rows: the
-- load at start is bound by that read. The writers set it with the addresses.
ALTER TABLE participants ADD COLUMN reach INTEGER NOT NULL DEFAULT 0;
UPDATE participants SET reach =
    (CASE WHEN (channel_prefs & 1) <> 0 AND mobile IS NOT NULL THEN 1 ELSE 0 END) +
    (CASE WHEN (channel_prefs & 2) <> 0 AND (phone IS NOT NULL OR mobile IS NOT NULL)
          THEN 2 ELSE 0 END) +
    (CASE WHEN (channel_prefs & 4) <> 0 AND email IS NOT NULL THEN 4 ELSE 0 END);
-- The same leading columns as the index it replaces, so the searches by status keep theirs.
CREATE INDEX participants_status_id_reach ON participants (status, id, reach);
DROP INDEX participants_status_id;
