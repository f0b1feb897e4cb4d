-- Burgernet Console schema, migration 6: a dispatcher's decision on an outbox row.
-- An urgent message that waited longer than dispatch/staleAfterMinutes becomes `stale` instead of
-- going out on its own, also while the console runs. When the dispatcher decides to send such
-- rows anyway (or to resend uncertain ones, or to retry failed ones), `decided` records it, so
-- that the same rows are not held back a second time.
ALTER TABLE outbox ADD COLUMN decided INTEGER NOT NULL DEFAULT 0;
