package io.revisio.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * A test against the whole application on a random port, with real PostgreSQL and Redis: its own
 * database per Spring context, reset before every test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ProbeController.class, SignedInUsers.class})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {
        "revisio.local.enabled=false",
        "revisio.seed.demo-on-start=false",
        "revisio.http.cors-origins=https://app.revisio.test",
        "revisio.media.directory=target/test-media"})
@TestExecutionListeners(listeners = ResetBetweenClasses.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {
}
