package uk.gov.education.intervention.directions.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * When a duty falls due. Only the fields of its type are present; {@code rule} is the schedule in
 * words, which the service computes (see {@link CadenceRules#rule}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cadence(CadenceType type, Integer months, List<Integer> offsets, LocalDate dueOn, CadenceAnchor anchor,
                      AnchorBasis anchorBasis, String rule, Trigger trigger, String within, List<Party> requesters) {

    /** The same cadence with its anchor and anchor basis filled in and its schedule in words, for a direction of that date. */
    public Cadence described(LocalDate directionDate) {
        Cadence resolved = new Cadence(type, months, offsets, dueOn, CadenceRules.anchor(type, anchor),
                CadenceRules.anchorBasis(type, anchorBasis), null, trigger, within, requesters);
        return new Cadence(type, months, offsets, dueOn, resolved.anchor(), resolved.anchorBasis(),
                CadenceRules.rule(resolved, directionDate), trigger, within, requesters);
    }
}
