-- Burgernet Console schema, migration 2: browsing the register in any column's order.
-- The participants list pages by keyset (WHERE value >= last value ... ORDER BY value, id
-- LIMIT n), which costs the same at row 1,000,000 as at row 1 only when an index delivers that
-- order. Name, pseudonym, external id and postcode have theirs from migration 1 (on SQLite an
-- index ends in the row id; on PostgreSQL ties within a value are sorted, which is cheap for
-- these nearly unique columns). Status has three values and needs the id in its index.

CREATE INDEX participants_status_id ON participants (status, id);
CREATE INDEX participants_registered_id ON participants (registered_at, id);
CREATE INDEX locations_place ON locations (place, participant_id);
