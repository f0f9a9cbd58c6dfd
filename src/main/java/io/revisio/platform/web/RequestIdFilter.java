package io.revisio.platform.web;

import io.revisio.shared.ApiPaths;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the proxy's, when a trusted proxy sent a well-formed one), echoes it in
 * the response, puts it into every log line of the request, and logs the request's outcome.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("io.revisio.http");

    private final TrustedProxies proxies;

    RequestIdFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // error pages render under the same id
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.of(request);
        if (id == null) {
            id = incomingOrNew(request);
            request.setAttribute(RequestIds.ATTRIBUTE, id);
        }
        response.setHeader(RequestIds.HEADER, id);
        String previous = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getDispatcherType() == DispatcherType.REQUEST
                    && !ApiPaths.isStaticAsset(request.getRequestURI())) {
                log.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            restore(previous);
        }
    }

    private String incomingOrNew(HttpServletRequest request) {
        String incoming = request.getHeader(RequestIds.HEADER);
        if (proxies.trusts(request.getRemoteAddr()) && RequestIds.isAcceptable(incoming)) {
            return incoming;
        }
        return RequestIds.generate();
    }


    private static void restore(String previous) {
        if (previous == null) {
            MDC.remove(RequestIds.MDC_KEY);
        } else {
            MDC.put(RequestIds.MDC_KEY, previous);
        }
    }
}
