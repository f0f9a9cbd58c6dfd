package io.revisio.shared;

/** The one place that names the public HTTP prefixes. */
public final class ApiPaths {

    /** Every JSON endpoint lives under this prefix. */
    public static final String V1 = "/api/v1";

    /** Unversioned liveness probe kept for load balancers that cannot be reconfigured. */
    public static final String HEALTH = "/api/health";

    /** Static files served to anyone: no sign-in state is read or refreshed for them. */
    private static final String[] ASSET_FOLDERS = {"/css/", "/img/", "/js/", "/webjars/"};

    private ApiPaths() {
    }

    /** Whether a request path belongs to the JSON API (problem+json errors, bearer tokens, no cookies). */
    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    public static boolean isStaticAsset(String path) {
        for (String folder : ASSET_FOLDERS) {
            if (path.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }
}
