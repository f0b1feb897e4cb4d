-- Burgernet Console schema, migration 4: actions, their messages, the outbox and tips.
-- Times are milliseconds since the Unix epoch, UTC.

-- One Burgernet action (urgent) or notice (non-urgent). `content` is the composer's input as
-- JSON (incident type, description slots, free text, channels); no participant data.
CREATE TABLE actions (
    id               ${ID},
    kind             TEXT NOT NULL CHECK (kind IN ('urgent', 'notice')),
    incident_type    TEXT NOT NULL,
    mode             TEXT NOT NULL CHECK (mode IN ('live', 'training')),
    language         TEXT NOT NULL DEFAULT 'nl',
    state            TEXT NOT NULL,
    outcome          TEXT,
    author           TEXT NOT NULL,
    approver         TEXT,
    content          TEXT NOT NULL,
    area_geojson     TEXT,
    area_description TEXT,
    created_at       ${BIGINT} NOT NULL,
    updated_at       ${BIGINT} NOT NULL,
    sent_at          ${BIGINT},
    closed_at        ${BIGINT}
);
CREATE INDEX actions_state ON actions (state, updated_at);

-- Every step of an action's life, as the actions dock shows it (the audit log has the same).
CREATE TABLE action_events (
    id         ${ID},
    action_id  ${BIGINT} NOT NULL REFERENCES actions (id),
    at         ${BIGINT} NOT NULL,
    actor      TEXT NOT NULL,
    event      TEXT NOT NULL,
    from_state TEXT,
    to_state   TEXT,
    detail     TEXT
);
CREATE INDEX action_events_action ON action_events (action_id, id);

-- One message of an action (the alert, each update, the closing or cancel message) with its
-- per-channel, per-language texts as JSON: outbox rows point here instead of copying text.
CREATE TABLE action_messages (
    id           ${ID},
    action_id    ${BIGINT} NOT NULL REFERENCES actions (id),
    message_type TEXT NOT NULL CHECK (message_type IN ('alert', 'update', 'closing', 'cancel')),
    texts        TEXT NOT NULL,
    created_at   ${BIGINT} NOT NULL,
    created_by   TEXT NOT NULL
);
CREATE INDEX action_messages_action ON action_messages (action_id, id);

-- The durable outbox: one row per recipient per addressed channel, one per area-broadcast
-- channel. The address is read from the register at send time (an erased participant is not
-- messaged); `participant_id` is NULL for broadcasts.
CREATE TABLE outbox (
    id              ${ID},
    action_id       ${BIGINT} NOT NULL REFERENCES actions (id),
    message_id      ${BIGINT} NOT NULL REFERENCES action_messages (id),
    message_type    TEXT NOT NULL,
    urgent          INTEGER NOT NULL DEFAULT 1,
    channel         TEXT NOT NULL,
    participant_id  ${BIGINT},
    language        TEXT NOT NULL DEFAULT 'nl',
    state           TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'delivered',
                        'failed', 'uncertain', 'stale', 'cancelled', 'dropped')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at ${BIGINT} NOT NULL,
    created_at      ${BIGINT} NOT NULL,
    updated_at      ${BIGINT} NOT NULL,
    provider_id     TEXT,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (state, channel, next_attempt_at, id);
CREATE INDEX outbox_action ON outbox (action_id, channel, state);
CREATE INDEX outbox_participant ON outbox (participant_id, created_at);
CREATE INDEX outbox_provider ON outbox (provider_id);

-- Call-back tips logged against an action (time, place on the map, short text, useful).
CREATE TABLE action_tips (
    id        ${ID},
    action_id ${BIGINT} NOT NULL REFERENCES actions (id),
    at        ${BIGINT} NOT NULL,
    lat       ${REAL},
    lon       ${REAL},
    text      TEXT NOT NULL,
    useful    INTEGER NOT NULL DEFAULT 0,
    author    TEXT NOT NULL
);
CREATE INDEX action_tips_action ON action_tips (action_id, at);

-- An administrator's replacement of a built-in message template.
CREATE TABLE message_templates (
    language   TEXT NOT NULL,
    name       TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at ${BIGINT} NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (language, name)
);
