package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An Ofsted inspection framework and the areas it grades (reference data). */
@Entity
@Table(name = "ofsted_framework")
public class OfstedFramework {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "in_force_from", nullable = false)
    public LocalDate inForceFrom;

    @Column(name = "in_force_to")
    public LocalDate inForceTo;

    @Column(nullable = false)
    public int position;

    @OneToMany
    @JoinColumn(name = "framework_code", insertable = false, updatable = false)
    @OrderBy("position")
    public List<JudgementArea> areas = new ArrayList<>();

    /**
     * An inspection is carried out under a framework in force: the first of its dates known (its start, else its
     * end, else its publication) falls in the framework's period. A report published after its framework ended is
     * recorded with the date the inspection began.
     */
    public void requireInForce(LocalDate inspectionStart, LocalDate inspectionEnd, LocalDate publishedOn) {
        String field = inspectionStart != null ? "inspectionStart" : inspectionEnd != null ? "inspectionEnd" : "publishedOn";
        LocalDate date = inspectionStart != null ? inspectionStart : inspectionEnd != null ? inspectionEnd : publishedOn;
        if (date.isBefore(inForceFrom) || (inForceTo != null && date.isAfter(inForceTo))) {
            String period = code + " was in force from " + inForceFrom + (inForceTo == null ? "" : " to " + inForceTo);
            throw new RuleViolation("framework-in-force", "The inspection's framework was not in force on its date",
                    period + ", but the inspection's " + field + " is " + date + "."
                            + (field.equals("publishedOn") && inForceTo != null && date.isAfter(inForceTo)
                                ? " If it was carried out before " + inForceTo.plusDays(1) + " and published later, give inspectionStart." : ""));
        }
    }

    /** Each area judged is one of this framework's, judged once; {@code areaCodes} in the order given. */
    public void requireAreas(List<String> areaCodes) {
        Set<String> known = new HashSet<>(areas.stream().map(a -> a.code).toList());
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < areaCodes.size(); k++) {
            String area = areaCodes.get(k);
            if (!known.contains(area)) {
                throw new InvalidInput("judgements[" + k + "].area", "'" + area + "' is not an area of framework "
                        + code + "; its areas: " + String.join(", ", areas.stream().map(a -> a.code).toList()));
            }
            if (!seen.add(area)) {
                throw new InvalidInput("judgements[" + k + "].area", "'" + area + "' is given more than once");
            }
        }
    }
}
