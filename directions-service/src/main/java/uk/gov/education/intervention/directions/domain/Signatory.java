package uk.gov.education.intervention.directions.domain;

/**
 * Who signed a direction, in what capacity and on whose behalf. {@code dateAsPrinted} and
 * {@code nameAndCapacityAsPrinted} keep the signature block's own wording when it has one.
 */
public record Signatory(String name, String capacity, String onBehalfOf, String dateAsPrinted, String nameAndCapacityAsPrinted) {
}
