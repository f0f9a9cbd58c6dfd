-- Building a test samples the pool instead of reading it whole: a fixed pseudo-random key per question
-- (a hash of its id, so every instance and every rebuild agrees) walked from a seed-chosen start inside each
-- theme, and the number of questions per theme and difficulty kept by a trigger for the proportions.
ALTER TABLE practice.question_pool
    ADD COLUMN shuffle_key integer GENERATED ALWAYS AS (hashtext(question_id::text)) STORED;
CREATE INDEX question_pool_theme_shuffle ON practice.question_pool (theme_id, shuffle_key);
DROP INDEX practice.question_pool_theme;

-- difficulty 0 stands for none.
CREATE TABLE practice.pool_theme_count (
    theme_id   uuid NOT NULL,
    difficulty smallint NOT NULL,
    questions  integer NOT NULL CHECK (questions >= 0),
    PRIMARY KEY (theme_id, difficulty)
);

INSERT INTO practice.pool_theme_count (theme_id, difficulty, questions)
SELECT theme_id, coalesce(difficulty, 0), count(*) FROM practice.question_pool GROUP BY 1, 2;

CREATE FUNCTION practice.count_pool_theme() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE practice.pool_theme_count SET questions = questions - 1
        WHERE theme_id = OLD.theme_id AND difficulty = coalesce(OLD.difficulty, 0);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO practice.pool_theme_count (theme_id, difficulty, questions)
        VALUES (NEW.theme_id, coalesce(NEW.difficulty, 0), 1)
        ON CONFLICT (theme_id, difficulty) DO UPDATE SET questions = practice.pool_theme_count.questions + 1;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER question_pool_counted AFTER INSERT OR DELETE ON practice.question_pool
    FOR EACH ROW EXECUTE FUNCTION practice.count_pool_theme();
CREATE TRIGGER question_pool_recounted AFTER UPDATE OF theme_id, difficulty ON practice.question_pool
    FOR EACH ROW WHEN (OLD.theme_id IS DISTINCT FROM NEW.theme_id OR OLD.difficulty IS DISTINCT FROM NEW.difficulty)
    EXECUTE FUNCTION practice.count_pool_theme();
