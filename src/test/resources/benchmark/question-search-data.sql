-- 100,000 questions for the search benchmark: 4 years x 5 blocks x 10 themes x 3 concepts, texts of
-- realistic length drawn from a clinical vocabulary with a skewed frequency (some words are common, most
-- are rare), most stems framed by the phrases real vignettes repeat, 1-4 tags out of 60, all six workflow
-- states, and a third of the questions with an older version. Place, state, author, difficulty and tags
-- are drawn independently (seeded, so every run loads the same bank).

SELECT setseed(0.42);

CREATE TEMPORARY TABLE vocabulary (n serial, word text);
INSERT INTO vocabulary (word)
SELECT unnest(string_to_array(
    'patient year old man woman presents with history of chest pain shortness breath fever cough weeks days '
    || 'hours examination reveals blood pressure heart rate respiratory temperature abdominal tenderness '
    || 'which following most likely diagnosis next best step management investigation appropriate treatment '
    || 'mechanism action drug adverse effect cause finding associated increased decreased serum level '
    || 'sodium potassium calcium glucose creatinine urea haemoglobin platelet white cell count lymphocytes '
    || 'neutrophils eosinophils bilirubin albumin troponin lactate bicarbonate chloride magnesium phosphate '
    || 'aortic mitral tricuspid pulmonary stenosis regurgitation murmur systolic diastolic ejection fraction '
    || 'myocardial infarction angina pericarditis endocarditis cardiomyopathy arrhythmia fibrillation flutter '
    || 'pneumothorax pneumonia asthma bronchiectasis emphysema fibrosis embolism effusion sarcoidosis '
    || 'tuberculosis carcinoma adenocarcinoma lymphoma leukaemia myeloma anaemia thrombocytopenia '
    || 'haemophilia thrombosis vasculitis nephritis nephrotic syndrome glomerulonephritis pyelonephritis '
    || 'cystitis prostate urethra bladder kidney liver cirrhosis hepatitis pancreatitis cholecystitis '
    || 'appendicitis diverticulitis colitis crohn coeliac gastritis ulcer oesophagus stomach duodenum '
    || 'jejunum ileum colon rectum anus hernia obstruction perforation haemorrhage ischaemia necrosis '
    || 'diabetes insulin thyroid hyperthyroidism hypothyroidism cortisol cushing addison adrenal pituitary '
    || 'prolactin growth hormone parathyroid osteoporosis fracture femur tibia radius ulna humerus vertebra '
    || 'spine nerve palsy stroke haemorrhagic seizure epilepsy migraine meningitis encephalitis dementia '
    || 'parkinson sclerosis neuropathy myasthenia guillain barre retina glaucoma cataract uveitis otitis '
    || 'pregnancy gestation preeclampsia eclampsia placenta ovary uterus cervix endometriosis contraception '
    || 'neonate infant child adolescent vaccination measles mumps rubella varicella streptococcus '
    || 'staphylococcus escherichia klebsiella pseudomonas clostridium candida aspergillus malaria antibiotic '
    || 'penicillin amoxicillin vancomycin gentamicin ciprofloxacin metronidazole warfarin heparin aspirin '
    || 'clopidogrel statin metformin furosemide spironolactone lisinopril amlodipine bisoprolol digoxin '
    || 'amiodarone morphine paracetamol ibuprofen prednisolone methotrexate allopurinol colchicine lithium '
    || 'sertraline haloperidol olanzapine depression anxiety schizophrenia bipolar delirium alcohol smoking',
    ' '));

-- Words drawn with a skew towards the start of the vocabulary, so some are common and most are rare.
CREATE FUNCTION pg_temp.prose(words int, vocab text[]) RETURNS text AS $$
    SELECT string_agg(vocab[1 + floor(power(random(), 2.2) * array_length(vocab, 1))::int], ' ')
    FROM generate_series(1, words)
$$ LANGUAGE sql VOLATILE;

INSERT INTO content.syllabus_node (id, parent_id, level, code, name, position)
SELECT md5('year' || y)::uuid, NULL, 'YEAR', 'BY' || y, 'Year ' || y, y - 1 FROM generate_series(1, 4) y;
INSERT INTO content.syllabus_node (id, parent_id, level, code, name, position)
SELECT md5('block' || y || '.' || b)::uuid, md5('year' || y)::uuid, 'BLOCK', 'BY' || y || 'B' || b,
       'Block ' || y || '.' || b, b - 1
FROM generate_series(1, 4) y, generate_series(1, 5) b;
INSERT INTO content.syllabus_node (id, parent_id, level, code, name, position)
SELECT md5('theme' || y || '.' || b || '.' || t)::uuid, md5('block' || y || '.' || b)::uuid, 'THEME',
       'BY' || y || 'B' || b || 'T' || t, 'Theme ' || y || '.' || b || '.' || t, t - 1
FROM generate_series(1, 4) y, generate_series(1, 5) b, generate_series(1, 10) t;
INSERT INTO content.syllabus_node (id, parent_id, level, code, name, position)
SELECT md5('concept' || y || '.' || b || '.' || t || '.' || c)::uuid, md5('theme' || y || '.' || b || '.' || t)::uuid,
       'CONCEPT', 'BY' || y || 'B' || b || 'T' || t || 'C' || c, 'Concept ' || c, c - 1
FROM generate_series(1, 4) y, generate_series(1, 5) b, generate_series(1, 10) t, generate_series(1, 3) c;

CREATE TEMPORARY TABLE generated AS
SELECT g,
       md5('question' || g)::uuid AS question_id,
       1 + floor(random() * 4)::int AS y, 1 + floor(random() * 5)::int AS b, 1 + floor(random() * 10)::int AS t,
       1 + floor(random() * 3)::int AS c, random() < 0.5 AS has_concept,
       (ARRAY['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED',
              'ARCHIVED'])[1 + floor(random() * 8)::int] AS state,
       random() < 1.0 / 3 AS has_older,
       md5('author' || floor(random() * 40)::int)::uuid AS author_id,
       1 + floor(random() * 5)::int AS difficulty,
       timestamptz '2024-01-01' + (g * interval '7 minutes') AS created
FROM generate_series(1, 100000) g;

-- Vignette frames: three stems in five open with a presenting complaint, half give the vital signs, and
-- every stem ends with one of the usual questions.
CREATE FUNCTION pg_temp.stem(words int, vocab text[]) RETURNS text AS $$
    SELECT 'A ' || (18 + floor(random() * 70)::int) || '-year-old '
           || (ARRAY['man', 'woman'])[1 + floor(random() * 2)::int]
           || CASE WHEN random() < 0.6
                   THEN ' presents with ' || (ARRAY['chest pain', 'shortness of breath', 'fever and cough',
                        'abdominal pain', 'headache', 'weight loss', 'back pain', 'a rash', 'confusion',
                        'palpitations'])[1 + floor(random() * 10)::int] || ' for ' || (2 + floor(random() * 12)::int)
                        || ' days. '
                   ELSE ' ' END
           || pg_temp.prose(words, vocab) || '. '
           || CASE WHEN random() < 0.5
                   THEN 'Blood pressure is ' || (90 + floor(random() * 80)::int) || '/' || (50 + floor(random() * 50)::int)
                        || ' mmHg and heart rate is ' || (50 + floor(random() * 80)::int) || ' beats per minute. '
                   ELSE '' END
           || (ARRAY['What is the most likely diagnosis?', 'What is the next best step in management?',
                     'Which investigation is most appropriate?', 'Which serum level is most likely increased?',
                     'What is the mechanism of action of the most appropriate drug?',
                     'Which of the following is the most likely cause?'])[1 + floor(random() * 6)::int]
$$ LANGUAGE sql VOLATILE;

SET session_replication_role = replica; -- bulk load: skip the deferred pointer checks and touch triggers

INSERT INTO content.question_version (id, question_id, number, state, author_id, created_at, stem, options,
                                      explanation, source_refs, tags, theme_id, difficulty)
SELECT md5('v1-' || g)::uuid, question_id, 1, CASE WHEN has_older THEN 'ARCHIVED' ELSE state END,
       author_id, created,
       pg_temp.stem(20 + floor(random() * 50)::int, vocab),
       (SELECT jsonb_agg(jsonb_build_object('text', pg_temp.prose(2 + (g + o) % 5, vocab), 'correct', o = 1))
        FROM generate_series(1, 5) o),
       pg_temp.prose(80 + floor(random() * 120)::int, vocab),
       '[{"source": "Oxford Handbook", "page": "12"}]',
       (SELECT jsonb_agg(DISTINCT 'tag' || floor(random() * 60)::int) FROM generate_series(1, 1 + g % 4) k),
       md5('theme' || y || '.' || b || '.' || t)::uuid,
       difficulty
FROM generated CROSS JOIN (SELECT array_agg(word ORDER BY n) AS vocab FROM vocabulary) words;

INSERT INTO content.question_version (id, question_id, number, state, author_id, created_at, stem, options,
                                      explanation, source_refs, tags, theme_id, difficulty)
SELECT md5('v2-' || v.question_id)::uuid, v.question_id, 2, gen.state, v.author_id,
       v.created_at + interval '3 days', v.stem || ' Choose one.', v.options, v.explanation || ' Revised.',
       v.source_refs, v.tags, v.theme_id, v.difficulty
FROM content.question_version v JOIN generated gen ON gen.question_id = v.question_id
WHERE gen.has_older;

INSERT INTO content.question_version_concept (version_id, concept_id, position)
SELECT v.id, md5('concept' || gen.y || '.' || gen.b || '.' || gen.t || '.' || gen.c)::uuid, 0
FROM content.question_version v JOIN generated gen ON gen.question_id = v.question_id
WHERE gen.has_concept;

INSERT INTO content.question (id, working_version_id, published_version_id, created_at, created_by, updated_at)
SELECT gen.question_id,
       CASE WHEN gen.has_older THEN md5('v2-' || gen.question_id)::uuid ELSE md5('v1-' || gen.g)::uuid END,
       CASE WHEN gen.state IN ('PUBLISHED', 'ARCHIVED')
            THEN CASE WHEN gen.has_older THEN md5('v2-' || gen.question_id)::uuid ELSE md5('v1-' || gen.g)::uuid END
            WHEN gen.has_older THEN md5('v1-' || gen.g)::uuid END,
       gen.created, gen.author_id,
       gen.created + CASE WHEN gen.has_older THEN interval '3 days' ELSE interval '0' END
FROM generated gen;

SET session_replication_role = origin;
INSERT INTO content.question_search SELECT * FROM content.question_search_source;
INSERT INTO content.stem_word (word)
SELECT content.stem_words(stem) FROM content.question_version ON CONFLICT DO NOTHING;
ANALYZE content.question;
ANALYZE content.question_search;
ANALYZE content.question_version;
ANALYZE content.question_version_concept;
ANALYZE content.syllabus_node;
