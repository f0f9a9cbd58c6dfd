package io.revisio.shared.web;

import java.util.List;

/**
 * A larger request body limit for a few exact paths (uploads), instead of the general limit.
 *
 * @param paths    request paths, matched exactly
 * @param maxBytes the largest body those paths accept
 */
public record BodyAllowance(List<String> paths, long maxBytes) {

    public BodyAllowance {
        paths = List.copyOf(paths);
    }
}
