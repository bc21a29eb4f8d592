package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.Partnership;
import uk.gov.education.intervention.councils.domain.PartnershipStatus;
import uk.gov.education.intervention.councils.repository.PartnershipRepository;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.NotFound;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartnershipService {

    public static final String AUDIT_TYPE = "partnership";

    @Inject
    PartnershipRepository partnerships;

    @Inject
    CouncilService councils;

    @Inject
    PartyService parties;

    @Inject
    AuditLog audit;

    /** A partnership arrangement: the council it is for, the partner authority (if named yet), and its terms. */
    public record Arrangement(String councilGss, UUID partnerOrganisationId, Partnership.Terms terms) {
    }

    public Partnership require(UUID id) {
        return partnerships.findByIdOptional(id).orElseThrow(() -> new NotFound("Partnership", id));
    }

    public List<Partnership> list(String councilGss, PartnershipStatus status, Slice slice) {
        if (councilGss != null) {
            councils.require(councilGss);
        }
        return partnerships.list(councilGss, status, slice.after(k -> UUID.fromString(k.get(0))), slice.fetchSize());
    }

    @Transactional
    public Partnership create(Arrangement a) {
        Partnership p = new Partnership();
        p.id = UUID.randomUUID();
        arrange(p, a);
        partnerships.persistAndFlush(p);
        audit.record(AUDIT_TYPE, p.id.toString(), "created", null, p.snapshot());
        return p;
    }

    @Transactional
    public Partnership update(UUID id, ExpectedVersion expected, Arrangement a) {
        Partnership p = partnerships.findForChange(id).orElseThrow(() -> new NotFound("Partnership", id));
        expected.check(p.version);
        p.requireCouncil(a.councilGss());
        Partnership.Snapshot before = p.snapshot();
        arrange(p, a);
        partnerships.flush();
        audit.record(AUDIT_TYPE, p.id.toString(), "updated", before, p.snapshot());
        return p;
    }

    private void arrange(Partnership p, Arrangement a) {
        Council council = councils.require(a.councilGss());
        Organisation partner = a.partnerOrganisationId() == null ? null : parties.requireOrganisation(a.partnerOrganisationId());
        p.arrange(council, partner, a.terms());
    }
}
