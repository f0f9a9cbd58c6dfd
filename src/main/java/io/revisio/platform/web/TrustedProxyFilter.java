package io.revisio.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from a trusted proxy, so that a
 * client can neither fake its address nor claim https, and one proxy address never stands for every user.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TrustedProxyFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    TrustedProxyFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!proxies.trusts(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Forwarded(request, clientAddress(request), "https".equalsIgnoreCase(
                request.getHeader("X-Forwarded-Proto"))), response);
    }

    /** The right-most address that is not one of our proxies is the client. */
    private String clientAddress(HttpServletRequest request) {
        String header = request.getHeader("X-Forwarded-For");
        if (header == null || header.isBlank()) {
            return request.getRemoteAddr();
        }
        List<String> hops = Arrays.stream(header.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.trusts(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? request.getRemoteAddr() : hops.get(0);
    }

    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String clientAddress;
        private final boolean https;

        Forwarded(HttpServletRequest request, String clientAddress, boolean https) {
            super(request);
            this.clientAddress = clientAddress;
            this.https = https;
        }

        @Override
        public String getRemoteAddr() {
            return clientAddress;
        }

        @Override
        public String getRemoteHost() {
            return clientAddress;
        }

        @Override
        public boolean isSecure() {
            return https || super.isSecure();
        }

        @Override
        public String getScheme() {
            return https ? "https" : super.getScheme();
        }
    }
}
