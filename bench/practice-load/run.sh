#!/usr/bin/env bash
# The practice load benchmark (docs/benchmarks/practice-load.md): a throwaway database with a 100,000-question
# bank and 2,000 students, Revisio started on it, the Gatling simulation (sign in, then build -> answer x N ->
# submit at the target answer rate), then pgbench running the same SQL as an answer as the physical ceiling.
#   ./mvnw -q -DskipTests package && bench/practice-load/run.sh
# Needs psql and pgbench, a PostgreSQL where the user may create databases, and a Redis (database 15 is
# flushed). Results: target/practice-load/ (Gatling's report, pgbench output, the application's log).
set -euo pipefail
cd "$(dirname "$0")/../.."

postgres=${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
redis=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/15}
port=${BENCH_PORT:-18080}
students=${STUDENTS:-2000}
warm_up=${WARM_UP_STUDENTS:-50}  # practise while the cohort signs in, so that the JVM is warm; reported apart
rate=${ANSWERS_PER_SECOND:-300}
steady=${STEADY_SECONDS:-300}
sign_in=${SIGN_IN_SECONDS:-300}
password=load-test-password
database=revisio_load
database_url=${postgres%/*}/$database
out=target/practice-load
jar=$(ls target/revisio-*.jar | grep -v original | head -1)
mkdir -p "$out"

echo "== data: $database, 100,000 questions, $students students"
psql "$postgres" -qX -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
redis-cli -u "$redis" flushdb >/dev/null
export REVISIO_DATABASE_URL=$database_url REVISIO_REDIS_URL=$redis REVISIO_SEED_DEMOONSTART=false
java -jar "$jar" migrate > "$out/migrate.log"
psql "$database_url" -qX -v ON_ERROR_STOP=1 -f src/test/resources/benchmark/question-search-data.sql > /dev/null
psql "$database_url" -qX -v ON_ERROR_STOP=1 -v students="$((students + warm_up))" -v password="$password" \
    -f bench/practice-load/load-data.sql

# PostgreSQL keeps its planner statistics current with autovacuum. On a server that runs without it (a
# development server may), tables that start empty keep looking empty to the planner however much they grow,
# and every lookup turns into a sequential scan; so do autovacuum's work every 30 s instead.
maintenance=
if [ "$(psql "$database_url" -qXAt -c 'SHOW autovacuum')" = off ]; then
    echo "== autovacuum is off on this server: vacuum and analyze every 30 s during the run"
    (while sleep 30; do psql "$database_url" -qX -f bench/practice-load/maintenance.sql > /dev/null; done) &
    maintenance=$!
fi

echo "== Revisio on port $port"
PORT=$port MANAGEMENT_PORT=$((port + 1)) REVISIO_AUTH_LIMITS_LOGINPERIP=1000000 REVISIO_AUTH_ACCESSTOKENLIFETIME=15m \
    java ${BENCH_JAVA_OPTS:-} -jar "$jar" > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app $maintenance 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
# Ready once it serves and practice has built its pool of the whole bank.
until curl -sf "http://127.0.0.1:$port/api/v1/health/ready" > /dev/null \
        && grep -q "Practice pool rebuilt" "$out/app.log"; do
    kill -0 $app 2>/dev/null || { echo "Revisio did not start; see $out/app.log"; exit 1; }
    sleep 2
done
grep "Practice pool rebuilt" "$out/app.log" | tail -1
# The students' passwords were hashed with bcrypt to make them quickly; the first sign-in rehashes with
# Argon2id, as Revisio does for any older hash. Give every student that Argon2id hash, so that each sign-in of
# the run costs what a sign-in costs (one Argon2id check), not two hashes.
curl -sf -o /dev/null -H 'Content-Type: application/json' "http://127.0.0.1:$port/api/v1/auth/login" \
    -d "{\"email\":\"load-student-1@load.revisio.test\",\"password\":\"$password\"}"
psql "$database_url" -qX -c "UPDATE identity.account SET password_hash = (SELECT password_hash FROM identity.account
    WHERE email = 'load-student-1@load.revisio.test') WHERE email LIKE 'load-student-%@load.revisio.test'"

echo "== Gatling: $students students, $rate answers/s, $steady s after $sign_in s of sign-ins"
./mvnw -q -f bench/practice-load/pom.xml gatling:test -DbaseUrl="http://127.0.0.1:$port" -Dstudents="$students" \
    -DanswersPerSecond="$rate" -DsteadySeconds="$steady" -DsignInSeconds="$sign_in" -Dpassword="$password" \
    -DwarmUpStudents="$warm_up" \
    | tee "$out/gatling.txt"
report=$(ls -td bench/practice-load/target/gatling/*/ | head -1)
rm -rf "$out/gatling-report" && cp -r "$report" "$out/gatling-report"

echo "== database work per answer and per submitted session"
psql "$database_url" -qX -c "SELECT (SELECT count(*) FROM practice.answer) AS answers,
    (SELECT count(*) FROM practice.practice_session WHERE state = 'SUBMITTED') AS submitted,
    (SELECT count(*) FROM platform.event_publication) AS outstanding_events" | tee "$out/counts.txt"

if [ "${SKIP_PGBENCH:-0}" = 1 ]; then exit 0; fi  # profiling runs need only the application's part

echo "== pgbench: the SQL of one answer, at the same rate and flat out"
psql "$database_url" -qX -c "CREATE TABLE bench_target AS
    SELECT row_number() OVER () AS n, q.session_id, s.student_id, q.question_id
    FROM practice.session_question q JOIN practice.practice_session s ON s.id = q.session_id;
    CREATE UNIQUE INDEX ON bench_target (n); ANALYZE bench_target;"
targets=$(psql "$database_url" -qXAt -c "SELECT count(*) FROM bench_target")
kill $app; wait $app 2>/dev/null || true
psql "$database_url" -qX -f bench/practice-load/maintenance.sql > /dev/null
for run in "rate:-R $rate -c 16 -j 2" "max:-c 16 -j 2"; do
    name=${run%%:*}; options=${run#*:}
    echo "-- pgbench $options"
    rm -f "$out"/pgbench-"$name".*
    pgbench -n -M prepared $options -T 60 -D targets="$targets" -f bench/practice-load/answer-writes.sql \
        -l --log-prefix="$out/pgbench-$name" "$database_url" 2>&1 | tee "$out/pgbench-$name.txt"
    # The third field of pgbench's per-transaction log is the transaction's latency in microseconds.
    cat "$out"/pgbench-"$name".[0-9]* | awk '{print $3}' | sort -n | awk '{v[NR] = $1}
        END {printf "latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms over %d transactions\n",
             v[int(NR * .50)] / 1000, v[int(NR * .95)] / 1000, v[int(NR * .99)] / 1000, v[NR] / 1000, NR}' \
        | tee -a "$out/pgbench-$name.txt"
done
