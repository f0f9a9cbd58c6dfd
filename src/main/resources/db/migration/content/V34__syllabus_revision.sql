-- Every change to the syllabus takes a new revision number, so that a reader may keep the tree it read and read
-- it again only after a change. The number comes from a sequence rather than a counter: a change that is
-- rolled back never leaves its number for a later change to reuse, so a kept tree can never be taken for a
-- newer one.
CREATE SEQUENCE content.syllabus_revision_seq;

CREATE TABLE content.syllabus_revision (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    revision bigint  NOT NULL
);

INSERT INTO content.syllabus_revision (revision) VALUES (nextval('content.syllabus_revision_seq'));

CREATE FUNCTION content.next_syllabus_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content.syllabus_revision SET revision = nextval('content.syllabus_revision_seq');
    RETURN NULL;
END
$$;

CREATE TRIGGER syllabus_node_revision
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON content.syllabus_node
    FOR EACH STATEMENT EXECUTE FUNCTION content.next_syllabus_revision();
