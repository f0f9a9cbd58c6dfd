package io.revisio.platform.web;

import io.revisio.shared.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details the same way everywhere (controllers, filters, security, error
 * pages): stable type, the request path as instance, the request id, and never an exception text.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public static boolean isApi(HttpServletRequest request, String path) {
        return ApiPaths.isApi(path != null ? path : request.getRequestURI());
    }

    public static ProblemDetail problem(HttpStatusCode status, String detail, HttpServletRequest request, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        decorate(problem, request, path);
        return problem;
    }

    /** Fills the fields every Revisio problem carries, keeping a type that was already chosen. */
    public static void decorate(ProblemDetail problem, HttpServletRequest request, String path) {
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            problem.setType(ProblemTypes.forStatus(problem.getStatus()));
        }
        HttpStatus known = HttpStatus.resolve(problem.getStatus());
        if (problem.getTitle() == null && known != null) {
            problem.setTitle(known.getReasonPhrase());
        }
        problem.setInstance(URI.create(path != null ? path : request.getRequestURI()));
        problem.setProperty("requestId", RequestIds.of(request));
    }

    /** Writes a problem straight to the response, for code that runs outside Spring MVC. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail)
            throws IOException {
        write(request, response, status, detail, null);
    }

    /** As {@link #write(HttpServletRequest, HttpServletResponse, HttpStatusCode, String)}, for another path. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail,
            String path) throws IOException {
        ProblemDetail problem = problem(status, detail, request, path);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
