package io.revisio.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Students practising at once: each signs in, then builds an untimed exam, answers its questions one by one
 * with a think time between answers, submits, and builds the next, until the run ends. The think time is
 * set so that all students together answer at the target rate: think = students / answers per second.
 *
 * <p>So that the run is in a steady state from its first second, every student's first test is of a random
 * length (1 to 40 questions), built right after signing in: at the start every student is somewhere inside
 * a test, and later builds and submits are spread over time instead of all coming at once. Those first builds
 * are reported apart ("build first"); every later one asks for 40 questions ("build 40"). Nobody answers
 * before everyone has signed in, so sign-in (Argon2id) does not share the machine with answering.
 *
 * <p>A serving instance has long compiled its hot code; a freshly started one has not, and the first seconds of
 * answering would measure the JIT compiler rather than Revisio. So while the cohort signs in, a few other
 * students ("warm-up", reported apart) practise at a brisk pace, and stop well before the measured answering
 * begins.
 */
public class PracticeLoadSimulation extends Simulation {

    private static final String API = "/api/v1";

    private final String baseUrl = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private final int students = Integer.getInteger("students", 2000);
    private final double answersPerSecond = Double.parseDouble(System.getProperty("answersPerSecond", "300"));
    private final int questions = Integer.getInteger("questions", 40);
    private final Duration signIn = Duration.ofSeconds(Long.getLong("signInSeconds", 300));
    private final Duration steady = Duration.ofSeconds(Long.getLong("steadySeconds", 300));
    private final String password = System.getProperty("password", "load-test-password");
    private final int warmUpStudents = Integer.getInteger("warmUpStudents", 50);

    /** Seconds between one student's answers, on average, for the whole cohort to answer at the target rate. */
    private final double think = students / answersPerSecond;
    private final long answeringStarts = System.currentTimeMillis() + signIn.toMillis() + 10_000;
    private final AtomicInteger next = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .userAgentHeader("revisio-practice-load");

    private final Iterator<Map<String, Object>> accounts = Stream.generate(() -> Map.<String, Object>of(
            "email", "load-student-" + next.incrementAndGet() + "@load.revisio.test", "phase", "")).iterator();

    /** The warm-up students are numbered after the cohort. */
    private final AtomicInteger nextWarmUp = new AtomicInteger(students);
    private final Iterator<Map<String, Object>> warmUpAccounts = Stream.generate(() -> Map.<String, Object>of(
            "email", "load-student-" + nextWarmUp.incrementAndGet() + "@load.revisio.test",
            "phase", "warm-up ")).iterator();

    private final ChainBuilder signInChain = exec(http("#{phase}sign in").post(API + "/auth/login")
            .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + password + "\",\"deviceLabel\":\"load\"}"))
            .check(status().is(200), jsonPath("$.accessToken").saveAs("token")));

    private final ChainBuilder build = exec(http("#{buildName}").post(API + "/practice/sessions")
            .header("Authorization", "Bearer #{token}")
            .body(StringBody("{\"mode\":\"EXAM\",\"timed\":false,\"count\":#{count}}"))
            .check(status().is(201), jsonPath("$.id").saveAs("sessionId"),
                    jsonPath("$.questions[*].questionId").findAll().saveAs("questionIds")))
            .exitHereIfFailed(); // without a session there is nothing to answer: the student leaves

    /** Answers every question of the session, one by one, each after a think time between the bounds. */
    private ChainBuilder answerAll(Duration shortest, Duration longest) {
        return foreach("#{questionIds}", "questionId").on(
                pause(shortest, longest)
                        .exec(session -> session.set("answerId", UUID.randomUUID().toString())
                                .set("option", ThreadLocalRandom.current().nextInt(4)))
                        .exec(http("#{phase}answer").put(API + "/practice/sessions/#{sessionId}/answers/#{questionId}")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody("{\"answerId\":\"#{answerId}\",\"option\":#{option}}"))
                                .check(status().is(200))));
    }

    private final ChainBuilder submit = exec(http("#{phase}submit").post(API + "/practice/sessions/#{sessionId}/submit")
            .header("Authorization", "Bearer #{token}")
            .check(status().is(200)));

    /**
     * Sign in, and build a first test of a random length (1 to 40) while the others sign in: at the start of
     * the run every student is somewhere inside a test. Then answer, submit and build 40-question tests until
     * the run ends.
     */
    private final ScenarioBuilder student = scenario("student")
            .feed(accounts)
            .exec(signInChain)
            .exitHereIfFailed()
            .exec(session -> session.set("count", 1 + ThreadLocalRandom.current().nextInt(questions))
                    .set("buildName", "build first"))
            .exec(build)
            .pause(session -> Duration.ofMillis(Math.max(0, answeringStarts - System.currentTimeMillis())))
            .during(steady, true).on(
                    exec(answerAll(Duration.ofMillis(Math.round(think * 500)), Duration.ofMillis(Math.round(think * 1500))),
                            submit)
                            .exec(session -> session.set("count", questions).set("buildName", "build " + questions))
                            .exec(build));

    /** Practise briskly (about two answers a second each) from 10 s into the sign-ins until 60 s before their end. */
    private final ScenarioBuilder warmUp = scenario("warm-up")
            .feed(warmUpAccounts)
            .exec(signInChain)
            .exitHereIfFailed()
            .exec(session -> session.set("count", questions).set("buildName", "warm-up build"))
            .exec(build)
            .during(signIn.minusSeconds(70), true).on(
                    exec(answerAll(Duration.ofMillis(250), Duration.ofMillis(750)), submit, build));

    {
        setUp(student.injectOpen(rampUsers(students).during(signIn)),
                warmUp.injectOpen(nothingFor(Duration.ofSeconds(10)), rampUsers(warmUpStudents).during(Duration.ofSeconds(5))))
                .protocols(protocol)
                .maxDuration(signIn.plusSeconds(10).plus(steady).plusSeconds(30));
    }
}
