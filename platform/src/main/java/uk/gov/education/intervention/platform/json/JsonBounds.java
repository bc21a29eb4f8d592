package uk.gov.education.intervention.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import uk.gov.education.intervention.platform.rest.Bounds;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Bounds of every JSON body, whatever its fields: dates (and months) from {@link Bounds#DATE_RANGE},
 * nesting at most {@value #MAX_NESTING} deep, numbers of at most {@value #MAX_NUMBER_LENGTH} digits,
 * field names of at most {@value #MAX_NAME_LENGTH} characters, no NUL character in a text
 * ({@link NulText}). Lengths of strings and lists are each request's own (bean validation); the body
 * as a whole is bounded by {@code suite.api.max-body-bytes}.
 */
@Singleton
public class JsonBounds implements ObjectMapperCustomizer {

    public static final int MAX_NESTING = 64;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_NAME_LENGTH = 1000;

    /** A value out of bounds, with the path of its field (Jackson adds it) and what is allowed. */
    public static class OutOfBounds extends JsonMappingException {
        public final String expectation;

        OutOfBounds(JsonParser p, String expectation) {
            super(p, expectation);
            this.expectation = expectation;
        }
    }

    @Override
    public int priority() {
        // after Quarkus's own registrations, so that these date readers are the ones used
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build());
        SimpleModule bounds = new SimpleModule("suite-bounds");
        bounds.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE, Bounds::inRange,
                Pattern.compile("[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}"),
                "must be a date (YYYY-MM-DD) from " + Bounds.DATE_RANGE));
        bounds.addDeserializer(YearMonth.class, new Bounded<>(YearMonth.class, YearMonthDeserializer.INSTANCE, Bounds::inRange,
                Pattern.compile("[+-]?[0-9]{4,}-[0-9]{2}"),
                "must be a month (YYYY-MM) from " + Bounds.MONTH_RANGE));
        NulText.register(bounds);
        mapper.registerModule(bounds);
        // a value of another JSON type is refused, not converted: true or 12 is not a text, "12" not a number, 0 not an enum's name nor a boolean
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        // Jackson reads 2 as true and 0 as false unless told not to
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // an empty or blank text is no id, code or date: Jackson would read "\t" as a null UUID and store the record without it
        for (LogicalType scalar : new LogicalType[]{LogicalType.OtherScalar, LogicalType.Enum, LogicalType.DateTime}) {
            mapper.coercionConfigFor(scalar)
                    .setAcceptBlankAsEmpty(true)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // a body is one JSON document: "{} {}" or "{}garbage" is not one
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    static final class Bounded<T> extends StdDeserializer<T> {
        private final JsonDeserializer<T> reader;
        private final Predicate<T> inRange;
        private final Pattern shape;
        private final String expectation;

        Bounded(Class<T> type, JsonDeserializer<T> reader, Predicate<T> inRange, Pattern shape, String expectation) {
            super(type);
            this.reader = reader;
            this.inRange = inRange;
            this.shape = shape;
            this.expectation = expectation;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            // Jackson's readers also take a number (days or months since 1970) and a date-time cut to its date:
            // a field documented as YYYY-MM-DD takes that text alone (an empty one stays an absent value)
            if (!p.hasToken(JsonToken.VALUE_STRING) || !(p.getText().isEmpty() || shape.matcher(p.getText()).matches())) {
                throw new OutOfBounds(p, expectation);
            }
            T value = reader.deserialize(p, ctxt);
            if (value != null && !inRange.test(value)) {
                throw new OutOfBounds(p, expectation);
            }
            return value;
        }
    }
}
