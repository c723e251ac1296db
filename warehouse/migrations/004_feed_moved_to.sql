-- 004: where a feed has moved.
--
-- A feed answered with a permanent redirect (301/308): its row, still keyed by the URL
-- of the feeds file, keeps the redirect's target, and the next polls go there directly.
-- A feed answered with 410 Gone is retired with enabled = false (a column of 001).
-- Only adds a column.
ALTER TABLE feeds ADD COLUMN moved_to VARCHAR;   -- permanent redirect target, NULL = none
