-- Burgernet Console schema, migration 17: the workstation an action was made at, so that the
-- supervisors' review can be filtered by it (several workstations share a PostgreSQL register).
-- Actions made before have none.
ALTER TABLE actions ADD COLUMN workstation TEXT;
CREATE INDEX actions_workstation ON actions (workstation, created_at);
