-- Burgernet Console schema, migration 10: on the boundaries branch only a stand-in, so that
-- migration 12 follows an unbroken sequence; merging replaces it with the real migration 10.
SELECT 1;
