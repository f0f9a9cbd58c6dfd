package io.revisio.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import io.revisio.testing.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest {

    private static final String PROXY = "127.0.0.1";
    private static final String STRANGER = "203.0.113.7";

    @Autowired
    MockMvc mvc;

    @Test
    void generatesAnIdWhenNoneIsGiven() throws Exception {
        String id = mvc.perform(get("/api/v1/health")).andReturn().getResponse().getHeader(RequestIds.HEADER);
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void keepsTheIdOfATrustedProxy() throws Exception {
        mvc.perform(get("/api/v1/health").header(RequestIds.HEADER, "edge-42.abc").with(remote(PROXY)))
                .andExpect(header().string(RequestIds.HEADER, "edge-42.abc"));
    }

    @Test
    void replacesTheIdOfAnUntrustedClient() throws Exception {
        String id = mvc.perform(get("/api/v1/health").header(RequestIds.HEADER, "spoofed").with(remote(STRANGER)))
                .andReturn().getResponse().getHeader(RequestIds.HEADER);
        assertThat(id).isNotEqualTo("spoofed");
    }

    @Test
    void replacesAMalformedIdEvenFromAProxy() throws Exception {
        String id = mvc.perform(get("/api/v1/health").header(RequestIds.HEADER, "bad id\nwith newline")
                        .with(remote(PROXY)))
                .andReturn().getResponse().getHeader(RequestIds.HEADER);
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void theIdIsInTheLogLinesOfTheRequest(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/v1/no-such-route").header(RequestIds.HEADER, "trace-me-123").with(remote(PROXY)));
        assertThat(output.getOut().lines().filter(line -> line.contains("/api/v1/no-such-route")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("trace-me-123"));
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor remote(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
