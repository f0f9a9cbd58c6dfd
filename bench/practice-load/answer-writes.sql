-- pgbench: the SQL of one answer, as Revisio runs it (PracticeSessionEnding.settle reads the session's state by
-- key, then Answering.answer locks the session with the answered question and writes the answer), on sessions
-- and questions the load run left behind. The physical ceiling of answers on this database.
\set n random(1, :targets)
SELECT session_id AS sid, student_id AS stu, question_id AS qid FROM bench_target WHERE n = :n \gset
SELECT * FROM practice.practice_session WHERE id = :sid AND student_id = :stu;
BEGIN;
SELECT * FROM practice.practice_session WHERE id = :sid AND student_id = :stu FOR UPDATE;
SELECT * FROM practice.session_question WHERE session_id = :sid AND question_id = :qid;
SELECT gen_random_uuid() AS aid \gset
SELECT * FROM practice.answer WHERE id = :aid;
INSERT INTO practice.answer (id, session_id, question_id, chosen_index, shown_position, correct, answered_at,
                             time_spent_ms)
VALUES (:aid, :sid, :qid, 1, 1, false, now(), 4000);
UPDATE practice.session_question SET chosen_index = 1, answer_id = :aid, time_spent_ms = time_spent_ms + 4000
WHERE session_id = :sid AND question_id = :qid;
UPDATE practice.practice_session SET last_activity_at = now() WHERE id = :sid;
INSERT INTO practice.student_question (student_id, question_id, answered, last_correct)
VALUES (:stu, :qid, true, false)
ON CONFLICT (student_id, question_id) DO UPDATE SET answered = true, last_correct = false;
SELECT * FROM practice.session_question WHERE session_id = :sid AND question_id = :qid;
COMMIT;
