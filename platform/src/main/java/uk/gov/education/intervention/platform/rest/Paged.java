package uk.gov.education.intervention.platform.rest;

/**
 * A page of a list: {@link PageLinks} answers it with {@code Link: <...>; rel="next"} beside the body's
 * {@code next}, so that a list shaped for one service (a feed with extra fields) is paged like every other.
 */
public interface Paged {

    /** The cursor of the following page, or null on the last one. */
    String next();
}
