-- Burgernet Console schema, migration 12: tips as data (where they came from, whether they
-- were rated, who changed them) and the dispatcher's answers to alarms.
--
-- `rated` defaults to 1: every tip stored before had its usefulness decided, and `useful`
-- keeps meaning "rated useful", so readers of the old columns count the same tips.
ALTER TABLE action_tips ADD COLUMN source TEXT NOT NULL DEFAULT 'other';
ALTER TABLE action_tips ADD COLUMN rated INTEGER NOT NULL DEFAULT 1;
ALTER TABLE action_tips ADD COLUMN edited_at ${BIGINT};
ALTER TABLE action_tips ADD COLUMN edited_by TEXT;

-- Alarms are derived from the register and the outbox; what is stored is only what a person
-- did with one: acknowledged it (at the level it had, e.g. the number of failed rows, so that
-- more failures raise it again) or snoozed it until a time.
CREATE TABLE alarm_responses (
    id         ${ID},
    alarm_key  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    action_id  ${BIGINT},
    response   TEXT NOT NULL,
    level      ${BIGINT} NOT NULL DEFAULT 0,
    at         ${BIGINT} NOT NULL,
    by_user    TEXT NOT NULL,
    until_at   ${BIGINT}
);
CREATE INDEX alarm_responses_key ON alarm_responses (alarm_key, at);
