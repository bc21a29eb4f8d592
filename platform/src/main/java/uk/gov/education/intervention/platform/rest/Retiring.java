package uk.gov.education.intervention.platform.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation (or every operation of a resource) as on its way out. Each answer then carries
 * {@code Deprecation: @<epoch seconds>} (RFC 9745), {@code Sunset: <HTTP-date>} (RFC 8594) and, when
 * there is a successor, {@code Link: <successor>; rel="successor-version"} ({@link RetiringHeaders}).
 * Put Java's {@code @Deprecated} beside it, which the OpenAPI contract shows as {@code deprecated: true}.
 * The suite's policy: an operation is announced at least six months before its sunset, in the
 * service's CHANGELOG and contract, and answers as before until that day.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Retiring {

    /** The day it was deprecated, YYYY-MM-DD (from its start in UTC). */
    String deprecatedOn();

    /** The day after which it may stop answering, YYYY-MM-DD (from its start in UTC). */
    String sunsetOn();

    /** The address of what replaces it, e.g. {@code /v2/councils}; empty when nothing does. */
    String successor() default "";
}
