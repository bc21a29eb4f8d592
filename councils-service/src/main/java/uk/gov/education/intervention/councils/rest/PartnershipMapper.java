package uk.gov.education.intervention.councils.rest;

import uk.gov.education.intervention.councils.domain.Partnership;
import uk.gov.education.intervention.councils.service.PartnershipService;
import uk.gov.education.intervention.platform.rest.Versioned;

/** Partnerships as the API shows them, and requests read into arrangements. */
final class PartnershipMapper {

    private PartnershipMapper() {
    }

    static PartnershipView view(Partnership p) {
        return new PartnershipView(p.id, p.council.gssCode, p.partner == null ? null : p.partner.id,
                p.partner == null ? null : p.partner.name, p.deadline, p.deadlineBasis, p.termsAgreedOn, p.termsAgreedOnBasis, p.status,
                p.instrumentReference, p.notes, p.source);
    }

    static Versioned<PartnershipView> versioned(Partnership p) {
        return new Versioned<>(view(p), p.version);
    }

    static PartnershipService.Arrangement arrangement(PartnershipRequest r) {
        return new PartnershipService.Arrangement(r.councilGssCode(), r.partnerOrganisationId(),
                new Partnership.Terms(r.deadline(), r.deadlineBasis(), r.termsAgreedOn(), r.termsAgreedOnBasis(), r.status(),
                        r.instrumentReference(), r.notes(), r.source()));
    }
}
