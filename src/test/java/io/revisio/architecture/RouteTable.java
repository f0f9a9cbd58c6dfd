package io.revisio.architecture;

import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/** Every route the application serves, read from the registered handler mappings, with who may call it. */
record RouteTable(List<Route> routes) {

    /**
     * One method and path of one handler.
     *
     * @param kind {@code JSON}, {@code file} (a resource such as an image) or {@code page}
     */
    record Route(String method, String path, String kind, String access, HandlerMethod handler) {

        boolean json() {
            return "JSON".equals(kind);
        }
    }

    static RouteTable of(RequestMappingHandlerMapping mapping, List<RouteAccess> accessRules) {
        List<AccessRule> rules = accessRules.stream().flatMap(access -> access.rules().stream()).toList();
        List<Route> routes = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String path : paths(info)) {
                for (String method : methods(info)) {
                    routes.add(new Route(method, path, kindOf(handler), accessFor(rules, method, path), handler));
                }
            }
        });
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return new RouteTable(List.copyOf(routes));
    }

    RouteTable withoutPackage(String packagePrefix) {
        return new RouteTable(routes.stream()
                .filter(route -> !route.handler().getBeanType().getName().startsWith(packagePrefix)).toList());
    }

    String markdown() {
        StringBuilder text = new StringBuilder("""
                # HTTP routes

                Generated from the application's handler mappings and access rules by `RoutesDocumentationTest`;
                do not edit by hand. Regenerate with `./mvnw verify -Drevisio.docs.update=true`.

                | Method | Path | Who may call it | Kind |
                |---|---|---|---|
                """);
        for (Route route : routes) {
            text.append("| ").append(route.method()).append(" | `").append(route.path()).append("` | ")
                    .append(route.access()).append(" | ").append(route.kind()).append(" |\n");
        }
        return text.toString();
    }

    private static List<String> paths(RequestMappingInfo info) {
        return info.getPathPatternsCondition() == null ? List.of()
                : info.getPathPatternsCondition().getPatternValues().stream().sorted().toList();
    }

    private static List<String> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).sorted().toList();
    }

    private static String kindOf(HandlerMethod handler) {
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
        boolean entity = ResponseEntity.class.isAssignableFrom(returned.toClass());
        Class<?> payload = entity ? returned.getGeneric(0).toClass() : returned.toClass();
        if (Resource.class.isAssignableFrom(payload)) {
            return "file";
        }
        boolean body = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class) || entity;
        return body ? "JSON" : "page";
    }

    /** The first rule that covers the method and path, as Spring Security evaluates them. */
    private static String accessFor(List<AccessRule> rules, String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (AccessRule rule : rules) {
            boolean methodMatches = rule.method() == null || method.equals("ANY") && rule.method() == null
                    || rule.method() != null && rule.method().equals(HttpMethod.valueOf(method));
            if (methodMatches && PathPatternParser.defaultInstance.parse(rule.pattern()).matches(container)) {
                return rule.access().describe();
            }
        }
        return "nobody (no access rule)";
    }
}
