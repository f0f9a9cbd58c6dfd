package io.revisio.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.revisio.shared.problem.ProblemException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception raised by a JSON controller into problem+json: Spring MVC's own exceptions
 * keep their status, validation failures list their fields, and anything unexpected is a 500 that
 * says nothing about its cause.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> fields.add(FieldProblem.of(error)));
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                fields.add(new FieldProblem(error.getObjectName(), error.getCode(), error.getDefaultMessage())));
        return validationProblem(fields, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String code = error.getCodes() == null || error.getCodes().length == 0
                        ? "Invalid" : lastSegment(error.getCodes()[error.getCodes().length - 1]);
                fields.add(new FieldProblem(name, code, error.getDefaultMessage()));
            }
        });
        return validationProblem(fields, headers, request);
    }

    /** A query or path value of the wrong type (a word for a number, say) names its field, like validation. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : ex.getPropertyName() == null ? "value" : ex.getPropertyName();
        FieldProblem problem = new FieldProblem(field, "typeMismatch", ExpectedFormats.of(ex.getRequiredType()));
        return validationProblem(List.of(problem), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedByOversizedBody(ex)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than the allowed limit.");
            return createResponseEntity(problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is missing or is not valid JSON of the expected shape.");
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        problem.setType(ProblemTypes.named(ex.type()));
        ex.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        ex.headers().forEach(headers::set);
        return createResponseEntity(problem, headers, ex.status(), request);
    }

    /**
     * Every database connection is busy and none came free in time: the server is overloaded, not broken, and
     * the same request a moment later will likely pass.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class})
    ResponseEntity<Object> busy(Exception ex, WebRequest request) {
        log.warn("No database connection came free in time: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Revisio is busy right now. Try again in a moment.");
        problem.setType(ProblemTypes.named("busy"));
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "2");
        return createResponseEntity(problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unhandled error", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote the request id when reporting it.");
        return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && request instanceof NativeWebRequest nativeRequest) {
            HttpServletRequest servletRequest = nativeRequest.getNativeRequest(HttpServletRequest.class);
            if (servletRequest != null) {
                ProblemResponses.decorate(problem, servletRequest, null);
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> validationProblem(List<FieldProblem> fields, HttpHeaders headers,
            WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields.");
        problem.setType(ProblemTypes.VALIDATION);
        problem.setTitle("Validation failed");
        problem.setProperty("errors", fields.stream().map(FieldProblem::asMap).toList());
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static boolean causedByOversizedBody(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimitFilter.BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static String lastSegment(String code) {
        return code.substring(code.lastIndexOf('.') + 1);
    }

    /** One invalid field: which, the constraint that failed, and a message for people. */
    record FieldProblem(String field, String code, String message) {

        static FieldProblem of(FieldError error) {
            if (error.isBindingFailure()) {
                // the default message of a failed conversion names Java types and echoes the input
                TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
                        ? error.unwrap(TypeMismatchException.class) : null;
                return new FieldProblem(error.getField(), "typeMismatch",
                        ExpectedFormats.of(mismatch == null ? null : mismatch.getRequiredType()));
            }
            return new FieldProblem(error.getField(), error.getCode(), error.getDefaultMessage());
        }

        Map<String, String> asMap() {
            return Map.of("field", field, "code", code == null ? "Invalid" : code,
                    "message", message == null ? "is invalid" : message);
        }
    }
}
