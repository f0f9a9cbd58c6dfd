-- Syllabus management: optimistic concurrency for edits, and dense, unique sibling positions.

-- Each change to a node's own fields (code, name, parent, enabled) bumps its version; edits send the
-- version they read (If-Match) and are refused when someone else changed the node in between.
ALTER TABLE content.syllabus_node ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- Make positions dense (0..n-1 per parent) before enforcing that no two siblings share one.
UPDATE content.syllabus_node node
SET position = ranked.dense_position
FROM (SELECT id, row_number() OVER (PARTITION BY parent_id ORDER BY position, code) - 1 AS dense_position
      FROM content.syllabus_node) ranked
WHERE node.id = ranked.id AND node.position <> ranked.dense_position;

-- Deferred, so a reorder may pass through duplicate positions inside its transaction; NULLS NOT
-- DISTINCT, so the years (no parent) are covered too.
ALTER TABLE content.syllabus_node
    ADD CONSTRAINT syllabus_node_sibling_position_unique UNIQUE NULLS NOT DISTINCT (parent_id, position)
        DEFERRABLE INITIALLY DEFERRED;
