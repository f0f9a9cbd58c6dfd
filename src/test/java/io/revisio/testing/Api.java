package io.revisio.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Small JSON API client over MockMvc for tests that read like a client's session. */
public final class Api {

    private final MockMvc mvc;

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    public record Response(int status, String body, MockHttpServletResponse raw) {
        public <T> T json(String path) {
            return JsonPath.read(body, path);
        }
    }

    public Response post(String path, String json) {
        return send(HttpMethod.POST, path, json, null, "127.0.0.1");
    }

    public Response post(String path, String json, String bearer) {
        return send(HttpMethod.POST, path, json, bearer, "127.0.0.1");
    }

    public Response get(String path, String bearer) {
        return send(HttpMethod.GET, path, null, bearer, "127.0.0.1");
    }

    public Response delete(String path, String bearer) {
        return send(HttpMethod.DELETE, path, null, bearer, "127.0.0.1");
    }

    public Response send(HttpMethod method, String path, String json, String bearer, String remoteAddress) {
        MockHttpServletRequestBuilder builder = request(method, path).with(request -> {
            request.setRemoteAddr(remoteAddress);
            return request;
        });
        if (json != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        boolean page = !path.startsWith("/api/");
        if (page) {
            builder.with(RealCsrf.token()); // as the page's own form would
        }
        if (bearer != null && page) {
            builder.cookie(new jakarta.servlet.http.Cookie("revisio_access", bearer)); // browsers use the cookie
        } else if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        try {
            MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
            return new Response(response.getStatus(), response.getContentAsString(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
