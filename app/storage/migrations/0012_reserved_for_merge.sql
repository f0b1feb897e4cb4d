-- Burgernet Console schema, migration 12: on the tips branch only a stand-in, so that
-- migration 13 follows an unbroken sequence; merging replaces it with the real migration 12.
SELECT 1;
