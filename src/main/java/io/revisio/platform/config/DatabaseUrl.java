package io.revisio.platform.config;

import io.revisio.shared.config.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A PostgreSQL connection as the JDBC driver wants it, read from the URL forms operators use. */
public record DatabaseUrl(String jdbcUrl, String username, Secret password) {

    /**
     * Reads {@code postgres://user:password@host:port/db?params}, {@code postgresql://…} or a
     * {@code jdbc:postgresql://…} URL. Explicit username and password win over the ones in the URL.
     */
    public static DatabaseUrl parse(String url, String username, Secret password) {
        String text = url.trim();
        if (text.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(text, username, password == null ? Secret.NONE : password);
        }
        if (!text.startsWith("postgres://") && !text.startsWith("postgresql://")) {
            throw new IllegalArgumentException("must start with postgres://, postgresql:// or jdbc:postgresql:");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("must name a host and a database");
        }
        String user = username;
        Secret secret = password == null ? Secret.NONE : password;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            if (user == null || user.isBlank()) {
                user = decode(parts[0]);
            }
            if (!secret.isPresent() && parts.length == 2) {
                secret = new Secret(decode(parts[1]));
            }
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, user, secret);
    }

    /** The Spring Boot data source settings for this connection. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        if (username != null && !username.isBlank()) {
            properties.put("spring.datasource.username", username);
        }
        if (password.isPresent()) {
            properties.put("spring.datasource.password", password.value());
        }
        return properties;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
