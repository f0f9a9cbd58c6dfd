-- The one syllabus: year > block > theme, with optional concepts under themes.
CREATE SCHEMA content;

CREATE TABLE content.syllabus_node (
    id         uuid PRIMARY KEY,
    parent_id  uuid REFERENCES content.syllabus_node (id),
    level      text NOT NULL CHECK (level IN ('YEAR', 'BLOCK', 'THEME', 'CONCEPT')),
    code       text NOT NULL,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    position   integer NOT NULL CHECK (position >= 0),
    enabled    boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT syllabus_node_code_unique UNIQUE (code),
    -- Only years sit at the top of the tree.
    CONSTRAINT syllabus_node_root_is_year CHECK ((level = 'YEAR') = (parent_id IS NULL))
);

CREATE INDEX syllabus_node_parent ON content.syllabus_node (parent_id, position);
