package io.revisio.platform;

import io.revisio.platform.config.AddressRange;
import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Revisio is reached over HTTP.
 *
 * @param publicUrl the address users reach the application at; https in production
 * @param corsOrigins origins allowed to call the JSON API from a browser (none by default)
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies whose forwarding headers are believed
 * @param maxBodySize largest request body the API accepts
 */
@ConfigurationProperties("revisio.http")
public record HttpProperties(
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue List<String> corsOrigins,
        @DefaultValue({"127.0.0.1/32", "::1/128"}) List<String> trustedProxies,
        @DefaultValue("1MB") DataSize maxBodySize) implements CheckedProperties {

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (publicUrl == null || publicUrl.getScheme() == null || publicUrl.getHost() == null) {
            problems.add("revisio.http.public-url", "must be an absolute http(s) URL");
        } else if (production && !"https".equals(publicUrl.getScheme())) {
            problems.add("revisio.http.public-url", "must use https in production");
        }
        for (String origin : corsOrigins) {
            if (origin.contains("*")) {
                problems.add("revisio.http.cors-origins", "must list exact origins, not a wildcard");
            } else if (production && isLocal(origin)) {
                problems.add("revisio.http.cors-origins", "must not allow a local origin in production");
            }
        }
        for (String proxy : trustedProxies) {
            if (!AddressRange.isValid(proxy)) {
                problems.add("revisio.http.trusted-proxies", "'" + proxy + "' is not an IP address or CIDR range");
            }
        }
        if (maxBodySize == null || maxBodySize.toBytes() <= 0) {
            problems.add("revisio.http.max-body-size", "must be a positive size");
        }
    }

    private static boolean isLocal(String origin) {
        String host = URI.create(origin.trim()).getHost();
        if (host == null) {
            return true;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("0.0.0.0");
    }
}
