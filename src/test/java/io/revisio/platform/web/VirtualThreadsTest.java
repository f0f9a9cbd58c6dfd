package io.revisio.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.ProbeController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests are served on virtual threads where the JVM has them (Java 21+); CI runs this on a newer
 * JDK as well as on the Java 17 baseline.
 */
@IntegrationTest
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadsTest {

    @LocalServerPort
    int port;

    @Test
    void requestsRunOnVirtualThreads() throws Exception {
        String body = MetricsTest.fetch(port, ProbeController.THREAD).body();
        assertThat(JsonPath.<String>read(body, "$.thread")).startsWith("VirtualThread[");
    }
}
