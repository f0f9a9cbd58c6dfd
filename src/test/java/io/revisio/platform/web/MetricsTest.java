package io.revisio.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class MetricsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheusMetricsWithLatencyHistogramsOnTheManagementPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        fetch(port, "/api/v1/health");
        HttpResponse<String> metrics = fetch(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_bucket{")
                .contains("uri=\"/api/v1/health\"");
    }

    @Test
    void metricsAreNotOnThePublicPort() throws Exception {
        assertThat(fetch(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(fetch(port, "/actuator").statusCode()).isEqualTo(404);
    }

    static HttpResponse<String> fetch(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
