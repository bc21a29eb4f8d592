package uk.gov.education.intervention.directions.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.directions.client.CouncilRecord;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.directions.domain.DirectionText;
import uk.gov.education.intervention.directions.domain.Duty;
import uk.gov.education.intervention.directions.domain.References;
import uk.gov.education.intervention.directions.repository.DirectionRepository;
import uk.gov.education.intervention.directions.rest.DirectionRequest;
import uk.gov.education.intervention.directions.rest.DirectionSummary;
import uk.gov.education.intervention.directions.rest.DirectionView;
import uk.gov.education.intervention.directions.rest.DutyRequest;
import uk.gov.education.intervention.directions.rest.RevocationRequest;
import uk.gov.education.intervention.platform.audit.AuditEntry;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A direction's lifecycle and the rules that hold it together: drafts are edited with If-Match;
 * issuing checks the council with councils-service, freezes the text and, in the same
 * transaction, revokes the direction it replaces; an issued direction is revoked with a date.
 * Drafts are the Department's own: other callers are told they do not exist.
 */
@ApplicationScoped
public class DirectionService {

    public static final String AUDIT_TYPE = "direction";

    @Inject
    DirectionRepository directions;

    @Inject
    DirectionViews views;

    @Inject
    CouncilCheck councils;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Which directions a list shows. */
    public record Query(String council, Set<DirectionStatus> statuses, LocalDate inForceOn) {
    }

    /** The direction, or 404 when it does not exist or is a draft the caller may not see. */
    public Direction require(String reference) {
        return directions.findByReference(reference)
                .filter(d -> d.status != DirectionStatus.DRAFT || caller.isDfe())
                .orElseThrow(() -> Problems.notFound("Direction", reference));
    }

    /**
     * A direction's change history. Its draft (what it said and who wrote it) is the Department's
     * own, before and after issue: other roles see it from its issue (or its recording as a seed) on.
     */
    public Page<AuditEntry> history(String reference, PageRequest page) {
        require(reference);
        if (caller.isDfe()) {
            return audit.history(AUDIT_TYPE, reference, page);
        }
        return audit.historySince(AUDIT_TYPE, reference, List.of("issued", "seeded"), page);
    }

    public Versioned<DirectionView> get(String reference) {
        Direction d = require(reference);
        return new Versioned<>(views.view(d), d.version);
    }

    /** Directions in date order (then by reference), filtered; drafts only for Department roles. */
    public Page<DirectionSummary> list(Query q, PageRequest page) {
        Filters f = new Filters()
                .and("councilGssCode = :council", "council", q.council())
                .and("status in :statuses", "statuses", q.statuses() == null || q.statuses().isEmpty() ? null : q.statuses())
                .and("status <> :hidden", "hidden", caller.isDfe() ? null : DirectionStatus.DRAFT);
        if (q.inForceOn() != null) {
            f.and("status <> :draft and date <= :day and (revokedOn is null or revokedOn > :day)",
                    Map.of("draft", DirectionStatus.DRAFT, "day", q.inForceOn()));
        }
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            f.and("(date > :afterDate or (date = :afterDate and reference > :afterReference))",
                    Map.of("afterDate", parseDate(key.get(0)), "afterReference", key.get(1)));
        }
        List<Direction> rows = directions.find(f.where() + " order by date, reference", f.params()).page(0, page.fetchSize()).list();
        return Page.of(rows, page, d -> List.of(d.date, d.reference), views::summary);
    }

    @Transactional
    public Versioned<DirectionView> create(DirectionRequest r) {
        DirectionRules.check(r);
        String reference = References.direction(r.councilGssCode(), r.date());
        if (directions.findByReference(reference).isPresent()) {
            throw Problems.conflict("direction-exists", "A direction " + reference + " (council " + r.councilGssCode() + ", dated "
                    + r.date() + ") is already recorded. A council has at most one direction a day.");
        }
        requireRevocable(r.revokes());
        Direction d = new Direction();
        d.reference = reference;
        d.councilGssCode = r.councilGssCode();
        d.date = r.date();
        d.status = DirectionStatus.DRAFT;
        apply(d, r);
        directions.persistAndFlush(d);
        DirectionView after = views.view(d);
        audit.record(AUDIT_TYPE, d.reference, "created", null, after);
        return new Versioned<>(after, d.version);
    }

    @Transactional
    public Versioned<DirectionView> update(String reference, String ifMatch, DirectionRequest r) {
        Direction d = lock(reference);
        requireDraft(d, "edited");
        ETags.requireMatch(ifMatch, d.version);
        if (!References.direction(r.councilGssCode(), r.date()).equals(reference)) {
            throw Problems.ruleViolated("reference-is-fixed", "Council and date cannot change",
                    "The council and date of a direction make its reference (" + reference + ") and cannot change. "
                            + "Send councilGssCode " + d.councilGssCode + " and date " + d.date + ", or draft a new direction.");
        }
        DirectionRules.check(r);
        requireRevocable(r.revokes());
        DirectionView before = views.view(d);
        d.duties.clear();
        directions.flush();
        apply(d, r);
        directions.flush();
        DirectionView after = views.view(d);
        audit.record(AUDIT_TYPE, d.reference, "updated", before, after);
        return new Versioned<>(after, d.version);
    }

    /**
     * Issues a draft. The council is checked with councils-service before anything is written, and
     * outside the transaction, so that a slow councils-service holds no locks; the transaction then
     * re-checks the draft and writes the issue and the revocation it brings together.
     */
    public Versioned<DirectionView> issue(String reference, String ifMatch) {
        Direction draft = require(reference);
        requireDraft(draft, "issued");
        ETags.requireMatch(ifMatch, draft.version);
        requireComplete(draft);
        if (draft.revokesReference != null) {
            requireInForce(directions.findByReference(draft.revokesReference).orElse(null), draft.revokesReference, draft.date);
        }
        requireNoOtherInForce(draft);
        CouncilRecord council = councils.require(draft.councilGssCode);
        return QuarkusTransaction.requiringNew().call(() -> commitIssue(reference, draft.councilGssCode, ifMatch, council));
    }

    private Versioned<DirectionView> commitIssue(String reference, String gssCode, String ifMatch, CouncilRecord council) {
        directions.lockCouncil(gssCode);
        Direction d = lock(reference);
        requireDraft(d, "issued");
        ETags.requireMatch(ifMatch, d.version);
        requireNoOtherInForce(d);
        if (d.revokesReference != null) {
            Direction old = directions.lockByReference(d.revokesReference).orElse(null);
            requireInForce(old, d.revokesReference, d.date);
            DirectionView oldBefore = views.view(old);
            old.status = DirectionStatus.REVOKED;
            old.revokedOn = d.date;
            old.revokedByReference = d.reference;
            old.revocationReason = "Revoked by direction " + d.reference + " of " + d.date + ".";
            directions.flush();
            audit.record(AUDIT_TYPE, old.reference, "revoked", oldBefore, views.view(old));
        }
        DirectionView before = views.view(d);
        d.status = DirectionStatus.ISSUED;
        d.councilName = council.name();
        d.issuedAt = OffsetDateTime.now(clock);
        directions.flush();
        DirectionView after = views.view(d);
        audit.record(AUDIT_TYPE, d.reference, "issued", before, after);
        return new Versioned<>(after, d.version);
    }

    /** Revokes an issued direction that no later direction revokes, from a date. */
    @Transactional
    public Versioned<DirectionView> revoke(String reference, String ifMatch, RevocationRequest r) {
        Direction d = lock(reference);
        if (d.status == DirectionStatus.DRAFT) {
            throw Problems.conflict("not-issued", "Direction " + reference + " is a draft: only an issued direction is revoked.");
        }
        if (d.status == DirectionStatus.REVOKED) {
            throw Problems.conflict("already-revoked", "Direction " + reference + " was already revoked on " + d.revokedOn
                    + (d.revokedByReference == null ? "." : " by " + d.revokedByReference + "."));
        }
        ETags.requireMatch(ifMatch, d.version);
        if (!r.revokedOn().isAfter(d.date)) {
            throw Problems.ruleViolated("revocation-date", "Revocation date before the direction",
                    "A direction is in force from its date (" + d.date + "); revokedOn, the first day it is no longer in force, "
                            + "must come after it.");
        }
        DirectionView before = views.view(d);
        d.status = DirectionStatus.REVOKED;
        d.revokedOn = r.revokedOn();
        d.revocationReason = r.reason().trim();
        directions.flush();
        DirectionView after = views.view(d);
        audit.record(AUDIT_TYPE, d.reference, "revoked", before, after);
        return new Versioned<>(after, d.version);
    }

    private Direction lock(String reference) {
        return directions.lockByReference(reference)
                .filter(d -> d.status != DirectionStatus.DRAFT || caller.isDfe())
                .orElseThrow(() -> Problems.notFound("Direction", reference));
    }

    private static void requireDraft(Direction d, String verb) {
        if (d.status != DirectionStatus.DRAFT) {
            throw Problems.conflict("direction-issued", "Direction " + d.reference + " is " + d.status.name().toLowerCase()
                    + ": its text was frozen when it was issued, so it cannot be " + verb + ". Draft a new direction that revokes it.");
        }
    }

    private void requireComplete(Direction d) {
        DirectionText text = views.text(d);
        List<String> missing = new ArrayList<>();
        if (d.statutoryBasis == null) {
            missing.add("statutoryBasis");
        }
        if (d.signatoryName == null) {
            missing.add("signatory");
        }
        if (text.recitals().isEmpty()) {
            missing.add("recitals");
        }
        if (text.clauses().isEmpty()) {
            missing.add("clauses");
        }
        if (!missing.isEmpty()) {
            throw Problems.ruleViolated("incomplete-direction", "Direction is not complete",
                    "A direction is issued with its statutory basis, signatory, recitals and directives; this draft lacks: "
                            + String.join(", ", missing) + ".");
        }
    }

    /** A draft may only name, as the direction it revokes, one that is recorded for the same council. */
    private void requireRevocable(String revokes) {
        if (revokes == null) {
            return;
        }
        Direction old = directions.findByReference(revokes).orElse(null);
        if (old == null || old.status == DirectionStatus.DRAFT) {
            throw Problems.ruleViolated("revoked-direction-unknown", "Revoked direction not recorded",
                    "This direction revokes " + revokes + ", but no issued direction " + revokes + " is recorded.");
        }
    }

    /**
     * A council has one direction in force at a time, and its chain runs forward in time: a direction
     * is issued only when every other issued direction of the council ended on or before its date,
     * except the one it revokes (on its date).
     */
    private void requireNoOtherInForce(Direction d) {
        List<Direction> overlapping = directions.find("councilGssCode = ?1 and status <> ?2 and reference <> ?3 "
                        + "and (revokedOn is null or revokedOn > ?4) order by date, reference",
                d.councilGssCode, DirectionStatus.DRAFT, d.reference, d.date).list();
        for (Direction other : overlapping) {
            if (other.reference.equals(d.revokesReference)) {
                continue;
            }
            if (other.date.isBefore(d.date)) {
                throw Problems.ruleViolated("direction-in-force", "Another direction is in force",
                        "Direction " + other.reference + " is in force for council " + d.councilGssCode + " on " + d.date
                                + (other.revokedOn == null ? "" : " (until " + other.revokedOn.minusDays(1) + ")")
                                + ". A council has one direction in force at a time: a new direction names the one it replaces in "
                                + "`revokes`, and revokes it on its own date. Edit this draft to revoke " + other.reference + ".");
            }
            throw Problems.ruleViolated("later-direction-issued", "A later direction is already issued",
                    "Direction " + other.reference + " of " + other.date + " is already issued to council " + d.councilGssCode
                            + "; a direction dated " + d.date + " would stand beside it. A council's directions follow one another: "
                            + "draft the new direction with a date after " + other.date + ".");
        }
    }

    private static void requireInForce(Direction old, String reference, LocalDate on) {
        if (old == null || old.status == DirectionStatus.DRAFT) {
            throw Problems.ruleViolated("revoked-direction-unknown", "Revoked direction not recorded",
                    "This direction revokes " + reference + ", but no issued direction " + reference + " is recorded.");
        }
        if (old.status == DirectionStatus.REVOKED) {
            throw Problems.ruleViolated("revoked-direction-not-in-force", "Revoked direction no longer in force",
                    "Direction " + reference + " was already revoked on " + old.revokedOn
                            + (old.revokedByReference == null ? "" : " by " + old.revokedByReference)
                            + "; it cannot be revoked again on " + on + ".");
        }
    }

    private void apply(Direction d, DirectionRequest r) {
        d.title = r.title().trim();
        d.statutoryBasis = r.statutoryBasis();
        d.signatoryName = r.signatory() == null ? null : r.signatory().name();
        d.signatoryCapacity = r.signatory() == null ? null : r.signatory().capacity();
        d.signedOnBehalfOf = r.signatory() == null ? null : r.signatory().onBehalfOf();
        d.dateAsPrinted = r.signatory() == null ? null : r.signatory().dateAsPrinted();
        d.signatoryAsPrinted = r.signatory() == null ? null : r.signatory().nameAndCapacityAsPrinted();
        d.revokesReference = r.revokes();
        d.content = views.toJson(new DirectionText(r.recitals(), r.functions(), r.clauses(), r.annexes()));
        int position = 0;
        for (DutyRequest q : r.dutiesOrEmpty()) {
            Duty u = new Duty();
            u.direction = d;
            u.position = ++position;
            u.code = q.code();
            u.clause = q.clause();
            u.citedBy = q.citedBy() == null ? new String[0] : q.citedBy().toArray(String[]::new);
            u.kind = q.kind();
            u.title = q.title().trim();
            u.providers = q.providers().stream().map(Enum::name).toArray(String[]::new);
            u.recipient = q.recipient();
            u.cadenceType = q.cadence().type();
            u.cadenceMonths = q.cadence().months();
            u.cadenceOffsets = q.cadence().offsets() == null ? null : q.cadence().offsets().toArray(Integer[]::new);
            u.cadenceDueOn = q.cadence().dueOn();
            u.cadenceAnchor = q.cadence().anchor();
            u.cadenceAnchorBasis = q.cadence().anchorBasis();
            u.triggerEvent = q.cadence().trigger() == null ? null : q.cadence().trigger().event();
            u.triggerRole = q.cadence().trigger() == null ? null : q.cadence().trigger().role().name();
            u.cadenceWithin = q.cadence().within();
            u.cadenceRequesters = q.cadence().requesters() == null ? null : q.cadence().requesters().stream().map(Enum::name).toArray(String[]::new);
            d.duties.add(u);
        }
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
        }
    }
}
