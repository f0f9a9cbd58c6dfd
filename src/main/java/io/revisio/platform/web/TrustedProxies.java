package io.revisio.platform.web;

import io.revisio.platform.config.AddressRange;
import io.revisio.platform.HttpProperties;
import java.util.List;
import org.springframework.stereotype.Component;

/** The reverse proxies whose forwarding headers ({@code X-Forwarded-*}, {@code X-Request-Id}) are believed. */
@Component
public class TrustedProxies {

    private final List<AddressRange> ranges;

    public TrustedProxies(HttpProperties http) {
        this.ranges = http.trustedProxies().stream().map(AddressRange::parse).toList();
    }

    public boolean trusts(String remoteAddress) {
        return remoteAddress != null && ranges.stream().anyMatch(range -> range.contains(remoteAddress));
    }
}
