package uk.gov.education.intervention.directions.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionSnapshot;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.directions.repository.DirectionRepository;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Issues a draft: checks the council with councils-service, freezes the text and, in the same
 * transaction, revokes the direction it replaces. A council has one direction in force at a time.
 */
@ApplicationScoped
public class IssueService {

    @Inject
    DirectionRepository directions;

    @Inject
    DirectionService queries;

    @Inject
    DirectionTexts texts;

    @Inject
    DirectionAudit audit;

    @Inject
    CouncilCheck councils;

    @Inject
    Clock clock;

    /**
     * The council is checked with councils-service before anything is written, and outside the
     * transaction, so that a slow councils-service holds no locks; the transaction then re-checks the
     * draft and writes the issue and the revocation it brings together.
     */
    public Direction issue(String reference, ExpectedVersion expected) {
        Direction draft = queries.require(reference);
        draft.requireDraft("issued");
        expected.check(draft.version);
        draft.requireComplete(texts.read(draft));
        if (draft.revokesReference != null) {
            requireInForce(directions.findByReference(draft.revokesReference).orElse(null), draft.revokesReference, draft.date);
        }
        requireNoOtherInForce(draft);
        String councilName = councils.require(draft.councilGssCode).name();
        return QuarkusTransaction.requiringNew().call(() -> commit(reference, draft.councilGssCode, expected, councilName));
    }

    private Direction commit(String reference, String gssCode, ExpectedVersion expected, String councilName) {
        directions.lockCouncil(gssCode);
        Direction d = queries.lock(reference);
        d.requireDraft("issued");
        expected.check(d.version);
        requireNoOtherInForce(d);
        if (d.revokesReference != null) {
            Direction old = directions.lockByReference(d.revokesReference).orElse(null);
            requireInForce(old, d.revokesReference, d.date);
            DirectionSnapshot oldBefore = audit.snapshot(old);
            old.revokeBy(d);
            directions.flush();
            audit.record(old, "revoked", oldBefore);
        }
        DirectionSnapshot before = audit.snapshot(d);
        d.issue(councilName, OffsetDateTime.now(clock));
        directions.flush();
        audit.record(d, "issued", before);
        return d;
    }

    /**
     * A council has one direction in force at a time, and its chain runs forward in time: a direction
     * is issued only when every other issued direction of the council ended on or before its date,
     * except the one it revokes (on its date).
     */
    private void requireNoOtherInForce(Direction d) {
        for (Direction other : directions.othersInForce(d)) {
            if (other.reference.equals(d.revokesReference)) {
                continue;
            }
            if (other.date.isBefore(d.date)) {
                throw new RuleViolation("direction-in-force", "Another direction is in force",
                        "Direction " + other.reference + " is in force for council " + d.councilGssCode + " on " + d.date
                                + (other.revokedOn == null ? "" : " (until " + other.revokedOn.minusDays(1) + ")")
                                + ". A council has one direction in force at a time: a new direction names the one it replaces in "
                                + "`revokes`, and revokes it on its own date. Edit this draft to revoke " + other.reference + ".");
            }
            throw new RuleViolation("later-direction-issued", "A later direction is already issued",
                    "Direction " + other.reference + " of " + other.date + " is already issued to council " + d.councilGssCode
                            + "; a direction dated " + d.date + " would stand beside it. A council's directions follow one another: "
                            + "draft the new direction with a date after " + other.date + ".");
        }
    }

    private static void requireInForce(Direction old, String reference, LocalDate on) {
        if (old == null || old.status == DirectionStatus.DRAFT) {
            throw new RuleViolation("revoked-direction-unknown", "Revoked direction not recorded",
                    "This direction revokes " + reference + ", but no issued direction " + reference + " is recorded.");
        }
        if (old.status == DirectionStatus.REVOKED) {
            throw new RuleViolation("revoked-direction-not-in-force", "Revoked direction no longer in force",
                    "Direction " + reference + " was already revoked on " + old.revokedOn
                            + (old.revokedByReference == null ? "" : " by " + old.revokedByReference)
                            + "; it cannot be revoked again on " + on + ".");
        }
    }
}
