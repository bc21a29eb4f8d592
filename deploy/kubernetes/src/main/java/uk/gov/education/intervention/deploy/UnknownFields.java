package uk.gov.education.intervention.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds the fields that a parsed object did not know. fabric8's model classes put every
 * unknown property into an {@code additionalProperties} map (a Jackson any-setter), so
 * FAIL_ON_UNKNOWN_PROPERTIES never fires for them: a misspelt {@code readOnlyRootFileSystem}
 * would parse and be silently dropped by the API server. This walks the whole object and
 * reports every non-empty {@code additionalProperties}, with its path.
 */
public final class UnknownFields {

    private static final int MAX_DEPTH = 64;

    private UnknownFields() {
    }

    public static List<String> in(Object root, String path) {
        List<String> found = new ArrayList<>();
        walk(root, path, found, 0);
        return found;
    }

    private static void walk(Object value, String path, List<String> found, int depth) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Quantity quantity) {
            checkQuantity(quantity, path, found);
            return;
        }
        if (depth > MAX_DEPTH) {
            found.add(path + ": nested too deeply to check");
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(entry.getValue(), path + "." + entry.getKey(), found, depth + 1);
            }
            return;
        }
        walkObject(value, path, found, depth);
    }

    /** A value that is neither a scalar nor a collection: one of fabric8's, a record of ours, or one that cannot be checked. */
    private static void walkObject(Object value, String path, List<String> found, int depth) {
        if (value instanceof IntOrString intOrString) {
            Object inner = intOrString.getValue();
            if (!(inner instanceof Integer || inner instanceof String)) {
                found.add(path + ": must be an integer or a string, not " + describe(inner));
            }
            return;
        }
        if (value instanceof AnyType) {
            found.add(path + ": a free-form value, which these checks cannot verify");
            return;
        }
        Class<?> type = value.getClass();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                walk(read(component, value), path + "." + jsonName(component), found, depth + 1);
            }
            return;
        }
        if (!type.getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            found.add(path + ": a value of type " + type.getName() + ", which these checks cannot verify");
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    walkField(field, value, path, found, depth);
                }
            }
        }
    }

    private static void walkField(Field field, Object owner, String path, List<String> found, int depth) {
        Object fieldValue = read(field, owner);
        if (!field.getName().equals("additionalProperties")) {
            walk(fieldValue, path + "." + jsonName(field), found, depth + 1);
        } else if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
            for (Object key : extra.keySet()) {
                found.add(path + "." + key + ": unknown field");
            }
        }
    }

    private static void checkQuantity(Quantity quantity, String path, List<String> found) {
        if (quantity.getAdditionalProperties() != null && !quantity.getAdditionalProperties().isEmpty()) {
            found.add(path + ": unknown field(s) " + quantity.getAdditionalProperties().keySet());
        }
        try {
            quantity.getNumericalAmount();
        } catch (RuntimeException e) {
            found.add(path + ": '" + quantity + "' is not a Kubernetes quantity");
        }
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : value.getClass().getSimpleName() + " " + value;
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + field + ": " + e, e);
        }
    }

    private static Object read(RecordComponent component, Object owner) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + ": " + e, e);
        }
    }

    private static String jsonName(Field field) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : field.getName();
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        if (property == null) {
            property = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }
}
