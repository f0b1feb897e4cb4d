-- Burgernet Console schema, migration 13: several workstations dispatching from one register.
-- A worker claims outbox rows for itself (`claimed_by`, one name per worker and process) until
-- `lease_until` (the database's clock, ms since the epoch) and renews the lease while it sends.
-- A row still `sending` after its lease ran out belonged to a worker that died or lost the
-- register mid-send: it becomes `uncertain`; rows of live workers are never touched.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN lease_until ${BIGINT} NOT NULL DEFAULT 0;
CREATE INDEX outbox_claims ON outbox (state, channel, claimed_by);

-- One token bucket per channel for the register as a whole: every worker takes its batch's
-- tokens here, in its claim's transaction, so that a gateway's rate holds however many
-- workstations send. Times are the workers' clocks (ms); `refilled_at` never goes back.
CREATE TABLE dispatch_rates (
    channel     TEXT PRIMARY KEY,
    tokens      ${REAL} NOT NULL,
    refilled_at ${BIGINT} NOT NULL
);

-- Who is connected to the register: each running console or burgernetctl session writes its row
-- every few seconds (the database's clock); the status bar counts the rows seen lately.
CREATE TABLE workstation_heartbeats (
    instance    TEXT PRIMARY KEY,
    workstation TEXT NOT NULL,
    mode        TEXT NOT NULL,
    dispatching INTEGER NOT NULL DEFAULT 0,
    started_at  ${BIGINT} NOT NULL,
    seen_at     ${BIGINT} NOT NULL
);
CREATE INDEX workstation_heartbeats_seen ON workstation_heartbeats (seen_at);
