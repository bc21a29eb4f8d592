package uk.gov.education.intervention.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query and header parameters of the wrong form (a date as 31/01/2020, an unknown enum value, a
 * malformed UUID) or out of bounds (a date outside {@link Bounds#DATE_RANGE}, a number outside its
 * {@code @Min}/{@code @Max}) become a 400 problem naming the parameter, instead of JAX-RS's default
 * 404 or work done on an absurd value. Numbers in a path are held to the same bounds.
 */
@Provider
public class StrictQueryParameters implements ParamConverterProvider {

    /** Carries the parameter's name and what is wrong with it to the problem shape. */
    public static final class InvalidParameter extends WebApplicationException {
        public final String field;
        public final String problem;

        public InvalidParameter(String field, String problem) {
            super(field + ": " + problem, 400);
            this.field = field;
            this.problem = problem;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations, false);
        if (isWholeNumber(rawType)) {
            String numberName = parameterName(annotations, true);
            return numberName == null ? null : (ParamConverter<T>) wholeNumber(numberName, rawType, annotations);
        }
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, StrictQueryParameters::boundedDate,
                    "must be a date in the form YYYY-MM-DD, from " + Bounds.DATE_RANGE);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "must be a UUID");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, v -> Enum.valueOf(type, v), "must be one of: " + allowed);
        }
        return null;
    }

    private static LocalDate boundedDate(String value) {
        LocalDate d = LocalDate.parse(value);
        if (!Bounds.inRange(d)) {
            throw new IllegalArgumentException("out of range");
        }
        return d;
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    /**
     * A whole number within the parameter's {@code @Min} and {@code @Max}; without them, a page size
     * ({@code limit}) is 1 to {@link PageRequest#MAX_LIMIT}, as the suite's lists take.
     */
    private static ParamConverter<Object> wholeNumber(String name, Class<?> type, Annotation[] annotations) {
        boolean isInt = type == Integer.class || type == int.class;
        boolean page = "limit".equals(name);
        long min = page ? 1 : isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = page ? PageRequest.MAX_LIMIT : isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
        for (Annotation a : annotations) {
            if (a instanceof Min m) {
                min = m.value();
            } else if (a instanceof Max m) {
                max = m.value();
            }
        }
        long lo = min;
        long hi = max;
        return converter(name, v -> {
            long n = Long.parseLong(v);
            if (n < lo || n > hi) {
                throw new IllegalArgumentException("out of range");
            }
            return isInt ? (Object) (int) n : (Object) n;
        }, "must be a whole number from " + lo + " to " + hi);
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String expectation) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameter(name, "'" + shortened(value) + "' " + expectation);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** A value quoted back in a problem, cut short so that a problem never repeats a long input. */
    public static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    private static String parameterName(Annotation[] annotations, boolean includePath) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (includePath && a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }
}
