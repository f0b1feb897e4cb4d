-- Burgernet Console schema, migration 16: the exercises run in training, one row per trainee
-- and run, so that a debrief compares a trainee's run with their earlier ones.
--
-- `started_at` is the exercise's (virtual) time of the report, `recorded_at` the real time the
-- run was stored. `debrief` holds the debrief as JSON (facts, a score per learning goal, the
-- after-action structure); `average` is its mean score, for the comparison. The trainer's
-- observations and corrective actions (what, owner, date) are added later, as JSON.
CREATE TABLE exercise_runs (
    id            ${ID},
    trainee       TEXT NOT NULL,
    scenario      TEXT NOT NULL,
    title         TEXT NOT NULL,
    trainer       TEXT NOT NULL,
    started_at    ${BIGINT} NOT NULL,
    recorded_at   ${BIGINT} NOT NULL,
    average       ${REAL} NOT NULL,
    debrief       TEXT NOT NULL,
    observations  TEXT NOT NULL DEFAULT '',
    corrective    TEXT NOT NULL DEFAULT '[]',
    observed_by   TEXT,
    observed_at   ${BIGINT}
);
CREATE INDEX exercise_runs_trainee ON exercise_runs (trainee, scenario, id);
