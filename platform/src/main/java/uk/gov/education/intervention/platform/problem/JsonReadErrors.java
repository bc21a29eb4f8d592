package uk.gov.education.intervention.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import uk.gov.education.intervention.platform.json.JsonBounds;
import uk.gov.education.intervention.platform.rest.Bounds;
import uk.gov.education.intervention.platform.rest.StrictQueryParameters;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the JSON reader could not read, as an {@code errors} entry in the suite's words: a field's
 * JSON path and a message that names no Java class.
 */
final class JsonReadErrors {

    private JsonReadErrors() {
    }

    static Map<String, String> jsonError(JsonMappingException mapping, JsonParseException parse) {
        if (mapping == null) {
            String where = parse.getLocation() == null ? ""
                    : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
            return error("", "The body is not well-formed JSON" + where + ".");
        }
        String field = jsonPath(mapping.getPath());
        if (mapping instanceof JsonBounds.OutOfBounds b) {
            return error(field, b.expectation);
        }
        if (mapping.getCause() instanceof InputCoercionException c) {
            return error(field, "is out of range for " + friendlyType(c.getTargetType()) + range(c.getTargetType()));
        }
        if (mapping instanceof UnrecognizedPropertyException u) {
            return error(field, "is not a field of this request; known fields: "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
        if (mapping instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return error(field, "'" + StrictQueryParameters.shortened(String.valueOf(f.getValue())) + "' is not one of: "
                        + Arrays.stream(target.getEnumConstants())
                        .map(c -> jsonEnumName((Enum<?>) c)).collect(Collectors.joining(", ")));
            }
            return error(field, "'" + StrictQueryParameters.shortened(String.valueOf(f.getValue())) + "' is not a valid " + friendlyType(target));
        }
        if (mapping instanceof MismatchedInputException m) {
            if (m.getTargetType() == null && field.isEmpty()) {
                return error("", "The body is missing or empty; a JSON object is required.");
            }
            return error(field, "must be a " + friendlyType(m.getTargetType()));
        }
        return error(field, "could not be read");
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return " (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")";
        }
        if (type == Long.class || type == long.class) {
            return " (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")";
        }
        return "";
    }

    /** A limit of the JSON reader, in the suite's words rather than the parser's. */
    static String constraint(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting")) {
            return "The body is nested more deeply than the " + JsonBounds.MAX_NESTING + " levels this API reads.";
        }
        if (m.contains("number")) {
            return "A number in the body is longer than the " + JsonBounds.MAX_NUMBER_LENGTH + " digits this API reads.";
        }
        if (m.contains("name")) {
            return "A field name in the body is longer than the " + JsonBounds.MAX_NAME_LENGTH + " characters this API reads.";
        }
        return "A value in the body is longer than this API reads.";
    }

    private static String jsonEnumName(Enum<?> e) {
        try {
            com.fasterxml.jackson.annotation.JsonProperty p = e.getDeclaringClass().getField(e.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return p != null ? p.value() : e.name();
        } catch (NoSuchFieldException ex) {
            return e.name();
        }
    }

    private static String friendlyType(Class<?> type) {
        if (type == null) {
            return "value of the expected type";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD) from " + Bounds.DATE_RANGE;
        }
        if (type == java.time.YearMonth.class) {
            return "month (YYYY-MM) from " + Bounds.MONTH_RANGE;
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "date-time (ISO-8601)";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "JSON array";
        }
        return "JSON object";
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static Map<String, String> error(String field, String message) {
        return Problems.error(field, message);
    }
}
