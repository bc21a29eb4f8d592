package uk.gov.education.intervention.directions.domain;

import java.util.List;

/**
 * One numbered paragraph of a direction with its sub-items, as written. Its reference is the
 * path of numbers from the top (7, then e, then a: 7.e.a). {@code label} null means the number
 * and a full stop; empty means printed without a number.
 */
public record ClauseText(String number, String label, String text, String continuation, List<Citation> citations,
                         List<ClauseText> items) {

    public List<ClauseText> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }

    public List<Citation> citationsOrEmpty() {
        return citations == null ? List.of() : citations;
    }

    /** The number as the document prints it. */
    public String printedLabel() {
        return label == null ? number + "." : label;
    }
}
