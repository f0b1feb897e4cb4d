-- Burgernet Console schema, migration 5: no address is NULL, never empty text.
-- Selection counts a participant as reachable on a channel when its address IS NOT NULL. Before
-- this, the embedded register's writer stored an empty CSV field as empty text, so that such a
-- participant was counted (and queued) for a channel it cannot be reached on. The writers now
-- store NULL on both databases; this clears what was written before.

UPDATE participants SET mobile = NULL WHERE mobile = '';
UPDATE participants SET phone = NULL WHERE phone = '';
UPDATE participants SET email = NULL WHERE email = '';
UPDATE participants SET external_id = NULL WHERE external_id = '';
