package uk.gov.education.intervention.directions.rest;

import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.platform.problem.Problems;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the {@code status} query parameter: one or more statuses, comma-separated or repeated. */
final class StatusParameter {

    private StatusParameter() {
    }

    static Set<DirectionStatus> parse(List<String> values, Set<DirectionStatus> whenAbsent) {
        Set<DirectionStatus> statuses = EnumSet.noneOf(DirectionStatus.class);
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    String name = part.trim();
                    if (name.isEmpty()) {
                        continue;
                    }
                    try {
                        statuses.add(DirectionStatus.valueOf(name));
                    } catch (IllegalArgumentException e) {
                        throw Problems.invalidField("status", "'" + name + "' is not one of: "
                                + Arrays.stream(DirectionStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
                    }
                }
            }
        }
        return statuses.isEmpty() ? whenAbsent : statuses;
    }
}
