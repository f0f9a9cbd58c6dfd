package io.revisio.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container sends every error that no controller handled (unknown route, wrong
 * method, a failure in a filter): problem+json under {@code /api}, a page everywhere else.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemResponses problems;

    ErrorPages(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (ProblemResponses.isApi(request, path)) {
            problems.write(request, response, status, detailFor(status), path);
            return null;
        }
        response.setStatus(status.value());
        return new ModelAndView("pages/error", Map.of(
                "status", status.value(),
                "title", status.getReasonPhrase(),
                "detail", detailFor(status),
                "requestId", String.valueOf(RequestIds.of(request))), status);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not accept that content type.";
            case NOT_ACCEPTABLE -> "This address cannot answer in the requested format.";
            case CONTENT_TOO_LARGE -> "The request body is larger than the allowed limit.";
            case UNAUTHORIZED -> "Sign in to use this address.";
            case FORBIDDEN -> "You may not use this address.";
            case BAD_REQUEST -> "The request could not be understood.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side. Quote the request id when reporting it."
                    : status.getReasonPhrase();
        };
    }
}
