package uk.gov.education.intervention.directions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionDraft;
import uk.gov.education.intervention.directions.domain.DirectionRules;
import uk.gov.education.intervention.directions.domain.DirectionSnapshot;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.directions.repository.DirectionRepository;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.RuleViolation;

/** Drafts a direction and edits the draft; its text is checked for shape before anything is stored. */
@ApplicationScoped
public class DraftService {

    @Inject
    DirectionRepository directions;

    @Inject
    DirectionService queries;

    @Inject
    DirectionTexts texts;

    @Inject
    DirectionAudit audit;

    @Transactional
    public Direction create(DirectionDraft draft) {
        DirectionRules.check(draft);
        String reference = draft.reference();
        if (directions.findByReference(reference).isPresent()) {
            throw new Conflict("direction-exists", "A direction " + reference + " (council " + draft.councilGssCode() + ", dated "
                    + draft.date() + ") is already recorded. A council has at most one direction a day.");
        }
        requireRevocable(draft.revokes());
        Direction d = Direction.draft(draft, texts.write(draft.text()));
        directions.persistAndFlush(d);
        audit.record(d, "created", null);
        return d;
    }

    @Transactional
    public Direction update(String reference, ExpectedVersion expected, DirectionDraft draft) {
        Direction d = queries.lock(reference);
        d.requireDraft("edited");
        expected.check(d.version);
        d.requireSameReference(draft);
        DirectionRules.check(draft);
        requireRevocable(draft.revokes());
        DirectionSnapshot before = audit.snapshot(d);
        d.withdrawDuties();
        directions.flush();
        d.redraft(draft, texts.write(draft.text()));
        directions.flush();
        audit.record(d, "updated", before);
        return d;
    }

    /** A draft may only name, as the direction it revokes, one that is recorded for the same council. */
    private void requireRevocable(String revokes) {
        if (revokes == null) {
            return;
        }
        Direction old = directions.findByReference(revokes).orElse(null);
        if (old == null || old.status == DirectionStatus.DRAFT) {
            throw new RuleViolation("revoked-direction-unknown", "Revoked direction not recorded",
                    "This direction revokes " + revokes + ", but no issued direction " + revokes + " is recorded.");
        }
    }
}
