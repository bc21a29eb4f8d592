package uk.gov.education.intervention.councils.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What happened to a council, as this service records it. Within a day, events are ordered by the kind's name
 * (as a plain string), so that a caller merging these with other services' events keeps one order.
 */
public enum CouncilEventKind {
    APPOINTMENT_ENDED, APPOINTMENT_EXTENDED, APPOINTMENT_MADE, INSPECTION_PUBLISHED, PARTNERSHIP_AGREED;

    public static final String NAMES = String.join(", ", Arrays.stream(values()).map(Enum::name).toList());

    public static List<CouncilEventKind> all() {
        return List.of(values());
    }
}
