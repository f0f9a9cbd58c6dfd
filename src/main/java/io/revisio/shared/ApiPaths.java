package io.revisio.shared;

/** The one place that names the public HTTP prefixes. */
public final class ApiPaths {

    /** Every JSON endpoint lives under this prefix. */
    public static final String V1 = "/api/v1";

    /** Unversioned liveness probe kept for load balancers that cannot be reconfigured. */
    public static final String HEALTH = "/api/health";

    private ApiPaths() {
    }
}
