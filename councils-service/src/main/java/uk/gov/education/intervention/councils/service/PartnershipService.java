package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.DateBasis;
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.OrganisationKind;
import uk.gov.education.intervention.councils.domain.Partnership;
import uk.gov.education.intervention.councils.domain.PartnershipStatus;
import uk.gov.education.intervention.councils.repository.PartnershipRepository;
import uk.gov.education.intervention.councils.rest.PartnershipRequest;
import uk.gov.education.intervention.councils.rest.PartnershipView;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Versioned;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartnershipService {

    public static final String AUDIT_TYPE = "partnership";
    private static final EnumSet<PartnershipStatus> NEEDS_AGREED_TERMS = EnumSet.of(PartnershipStatus.TERMS_AGREED, PartnershipStatus.IN_PLACE);

    @Inject
    PartnershipRepository partnerships;

    @Inject
    CouncilService councils;

    @Inject
    PartyService parties;

    @Inject
    AuditLog audit;

    public Partnership require(UUID id) {
        Partnership p = partnerships.findById(id);
        if (p == null) {
            throw Problems.notFound("Partnership", id.toString());
        }
        return p;
    }

    /**
     * The partnership, locked until the transaction ends: two changes sent with the same ETag then meet here,
     * one after the other, and the second fails its If-Match check (412) instead of its write.
     */
    private Partnership requireForChange(UUID id) {
        Partnership p = partnerships.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw Problems.notFound("Partnership", id.toString());
        }
        return p;
    }

    public Versioned<PartnershipView> get(UUID id) {
        Partnership p = require(id);
        return new Versioned<>(view(p), p.version);
    }

    public Page<PartnershipView> list(String councilGss, PartnershipStatus status, PageRequest page) {
        if (councilGss != null) {
            councils.require(councilGss);
        }
        Filters f = new Filters()
                .and("council.gssCode = :gss", "gss", councilGss)
                .and("status = :status", "status", status)
                .and("id > :after", "after", page.hasCursor() ? parseId(page.cursorKey(1).get(0)) : null);
        List<Partnership> rows = partnerships.find(f.where() + " order by id", f.params()).page(0, page.fetchSize()).list();
        return Page.of(rows, page, p -> List.of(p.id), PartnershipService::view);
    }

    @Transactional
    public Versioned<PartnershipView> create(PartnershipRequest r) {
        Partnership p = new Partnership();
        p.id = UUID.randomUUID();
        apply(p, r);
        partnerships.persistAndFlush(p);
        PartnershipView after = view(p);
        audit.record(AUDIT_TYPE, p.id.toString(), "created", null, after);
        return new Versioned<>(after, p.version);
    }

    @Transactional
    public Versioned<PartnershipView> update(UUID id, String ifMatch, PartnershipRequest r) {
        Partnership p = requireForChange(id);
        ETags.requireMatch(ifMatch, p.version);
        if (!p.council.gssCode.equals(r.councilGssCode())) {
            throw Problems.invalidField("councilGssCode", "cannot change: this partnership is for " + p.council.gssCode);
        }
        PartnershipView before = view(p);
        apply(p, r);
        partnerships.flush();
        PartnershipView after = view(p);
        audit.record(AUDIT_TYPE, p.id.toString(), "updated", before, after);
        return new Versioned<>(after, p.version);
    }

    private void apply(Partnership p, PartnershipRequest r) {
        p.council = councils.require(r.councilGssCode());
        Organisation partner = null;
        if (r.partnerOrganisationId() != null) {
            partner = parties.requireOrganisation(r.partnerOrganisationId());
            if (partner.kind != OrganisationKind.LOCAL_AUTHORITY) {
                throw Problems.ruleViolated("partner-is-local-authority", "The partner must be a local authority",
                        partner.name + " is not a local authority.");
            }
            if (partner.council != null && partner.council.id.equals(p.council.id)) {
                throw Problems.ruleViolated("partner-is-other-council", "A council cannot partner itself",
                        partner.name + " is the council the partnership is for.");
            }
        }
        if (NEEDS_AGREED_TERMS.contains(r.status()) && (partner == null || r.termsAgreedOn() == null)) {
            throw Problems.ruleViolated("partnership-terms", "Agreed terms need a partner and a date",
                    "A partnership is " + r.status() + " only once it names the partner authority and the date the Secretary of State agreed its terms.");
        }
        DateBasis deadlineBasis = Provenance.basisOf("deadline", r.deadline(), r.deadlineBasis());
        DateBasis termsAgreedOnBasis = Provenance.basisOf("termsAgreedOn", r.termsAgreedOn(), r.termsAgreedOnBasis());
        String source = Provenance.source("source", r.source());
        Provenance.requireSourceIfInferred(source, "source", deadlineBasis, termsAgreedOnBasis);
        p.partner = partner;
        p.deadline = r.deadline();
        p.deadlineBasis = deadlineBasis;
        p.termsAgreedOn = r.termsAgreedOn();
        p.termsAgreedOnBasis = termsAgreedOnBasis;
        p.source = source;
        p.status = r.status();
        p.instrumentReference = InspectionService.blankToNull(r.instrumentReference());
        p.notes = InspectionService.blankToNull(r.notes());
    }

    private static UUID parseId(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
        }
    }

    static PartnershipView view(Partnership p) {
        return new PartnershipView(p.id, p.council.gssCode, p.partner == null ? null : p.partner.id,
                p.partner == null ? null : p.partner.name, p.deadline, p.deadlineBasis, p.termsAgreedOn, p.termsAgreedOnBasis, p.status,
                p.instrumentReference, p.notes, p.source);
    }
}
