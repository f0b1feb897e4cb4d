-- Burgernet Console schema, migration 10: what the supervisors' review keeps of a finished
-- action, so that a year's statistics read a few rows per action instead of its whole outbox.
-- Made once an action is closed or cancelled and nothing of it waits in the outbox; counts and
-- times only, no participant data.

-- The action's final area: kind ('circle' or 'polygon'), its size and a circle's radius.
CREATE TABLE review_actions (
    action_id   ${BIGINT} PRIMARY KEY REFERENCES actions (id),
    area_kind   TEXT,
    area_m2     ${REAL},
    radius_m    ${REAL},
    made_at     ${BIGINT} NOT NULL
);

-- Per channel: every message row (alert, updates, closing) and how many were reached (sent or
-- delivered); the alert's recipients, how many it reached, when its first row was made and how
-- long it took until 90 % of its recipients were reached (NULL: never).
CREATE TABLE review_channels (
    action_id     ${BIGINT} NOT NULL REFERENCES actions (id),
    channel       TEXT NOT NULL,
    messages      ${BIGINT} NOT NULL,
    messages_reached ${BIGINT} NOT NULL,
    recipients    ${BIGINT} NOT NULL,
    reached       ${BIGINT} NOT NULL,
    first_at      ${BIGINT},
    t90_ms        ${BIGINT},
    PRIMARY KEY (action_id, channel)
);
CREATE INDEX actions_created ON actions (mode, created_at);
