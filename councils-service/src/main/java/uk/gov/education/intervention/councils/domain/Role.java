package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;

/** A role in an intervention (reference data): who may hold it and whether it is held for a council. */
@Entity
@Table(name = "role")
public class Role {

    public static final String IMPROVEMENT_ADVISOR = "IMPROVEMENT_ADVISOR";

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind", nullable = false)
    public HolderKind holderKind;

    @Column(name = "council_scoped", nullable = false)
    public boolean councilScoped;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int position;

    /** A role held for a council needs one; any other must not name one. */
    public void requireCouncilScope(boolean councilGiven) {
        if (councilScoped && !councilGiven) {
            throw new InvalidInput("councilGssCode", "is required: " + name + " is held for a council");
        }
        if (!councilScoped && councilGiven) {
            throw new InvalidInput("councilGssCode", "must be absent: " + name + " is not held for a council");
        }
    }

    /** Exactly one holder is named, and of the kind the role is held by. */
    public void requireHolderKind(boolean personGiven, boolean organisationGiven) {
        if (personGiven == organisationGiven) {
            throw new InvalidInput(holderKind == HolderKind.PERSON ? "personId" : "organisationId",
                    "give exactly one of personId and organisationId (" + name + " is held by "
                            + (holderKind == HolderKind.PERSON ? "a person" : "an organisation") + ")");
        }
        if (holderKind == HolderKind.PERSON && !personGiven) {
            throw new RuleViolation("holder-kind", "Role is held by a person",
                    name + " is held by a person: give personId, not organisationId.");
        }
        if (holderKind == HolderKind.ORGANISATION && !organisationGiven) {
            throw new RuleViolation("holder-kind", "Role is held by an organisation",
                    name + " is held by an organisation: give organisationId, not personId.");
        }
    }
}
