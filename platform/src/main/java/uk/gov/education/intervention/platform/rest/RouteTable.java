package uk.gov.education.intervention.platform.rest;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's operations as its resource classes declare them (path template, method, media types
 * consumed and produced, the type of each path parameter), read once from the annotations. The
 * framework refuses a request without saying what would have been accepted; this table lets the
 * problem say it.
 */
public final class RouteTable {

    /** One operation: {@code GET /v1/organisations/{id}} and what it takes and gives. */
    public record Route(String template, Pattern pattern, List<String> params, String method,
                        List<String> consumes, List<String> produces, Map<String, Class<?>> paramTypes) {

        /** The values of the path parameters when the path fits this template, else empty. */
        public Optional<Map<String, String>> match(String path) {
            Matcher m = pattern.matcher(path);
            if (!m.matches()) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < params.size(); i++) {
                values.put(params.get(i), m.group(i + 1));
            }
            return Optional.of(values);
        }
    }

    private static volatile List<Route> routes;

    private RouteTable() {
    }

    /** Every operation of the running service. */
    public static List<Route> routes() {
        List<Route> r = routes;
        if (r == null) {
            r = read();
            routes = r;
        }
        return r;
    }

    /** The operations whose template fits the path, whatever their method. */
    public static List<Route> at(String path) {
        return routes().stream().filter(r -> r.match(path).isPresent()).toList();
    }

    /** The methods the path allows, HEAD with GET, in the order of the alphabet. */
    public static List<String> allowed(String path) {
        TreeSet<String> methods = new TreeSet<>();
        for (Route r : at(path)) {
            methods.add(r.method());
            if (HttpMethod.GET.equals(r.method())) {
                methods.add(HttpMethod.HEAD);
            }
        }
        return List.copyOf(methods);
    }

    private static List<Route> read() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String method = httpMethod(m);
                if (method != null) {
                    found.add(route(type, root.value(), m, method));
                }
            }
        }
        return List.copyOf(found);
    }

    private static Route route(Class<?> type, String root, Method m, String method) {
        Path sub = m.getAnnotation(Path.class);
        String template = join(root, sub == null ? "" : sub.value());
        List<String> params = new ArrayList<>();
        Pattern pattern = compile(template, params);
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Parameter p : m.getParameters()) {
            PathParam pp = p.getAnnotation(PathParam.class);
            if (pp != null) {
                types.put(pp.value(), p.getType());
            }
        }
        Consumes c = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
        Produces p = m.isAnnotationPresent(Produces.class) ? m.getAnnotation(Produces.class) : type.getAnnotation(Produces.class);
        return new Route(template, pattern, List.copyOf(params), method,
                c == null ? List.of(MediaType.APPLICATION_JSON) : List.of(c.value()),
                p == null ? List.of(MediaType.APPLICATION_JSON) : List.of(p.value()), types);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    static String join(String root, String sub) {
        String path = "/" + root + "/" + sub;
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code /v1/x/{id}} as a pattern; {@code {name: regex}} keeps its regex. */
    static Pattern compile(String template, List<String> params) {
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{\\s*([\\w.-]+)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}").matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            params.add(m.group(1));
            regex.append('(').append(m.group(2) == null ? "[^/]+" : m.group(2).trim()).append(')');
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
