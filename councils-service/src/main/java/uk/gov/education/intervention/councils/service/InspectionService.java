package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.OfstedFramework;
import uk.gov.education.intervention.councils.domain.OfstedInspection;
import uk.gov.education.intervention.councils.repository.FrameworkRepository;
import uk.gov.education.intervention.councils.repository.InspectionRepository;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.NotFound;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class InspectionService {

    public static final String AUDIT_TYPE = "inspection";

    @Inject
    InspectionRepository inspections;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    CouncilService councils;

    @Inject
    AuditLog audit;

    public OfstedInspection require(UUID id) {
        return inspections.findByIdOptional(id).orElseThrow(() -> new NotFound("Inspection", id));
    }

    /** The framework an inspection was recorded under. */
    public OfstedFramework frameworkOf(OfstedInspection i) {
        return frameworks.findById(i.frameworkCode);
    }

    /** A council's inspections, newest publication first. */
    public List<OfstedInspection> listForCouncil(String gssCode, Slice slice) {
        Council c = councils.require(gssCode);
        // a key that does not read (a forged cursor) is a bad cursor, as on every other list
        InspectionRepository.After after = slice.after(k -> new InspectionRepository.After(LocalDate.parse(k.get(0)), UUID.fromString(k.get(1))));
        return inspections.listForCouncil(c.id, after, slice.fetchSize());
    }

    @Transactional
    public OfstedInspection create(String gssCode, OfstedInspection.Report r) {
        OfstedInspection i = OfstedInspection.of(councils.require(gssCode));
        i.record(framework(r.framework()), r);
        inspections.persistAndFlush(i);
        audit.record(AUDIT_TYPE, i.id.toString(), "created", null, i.snapshot());
        return i;
    }

    /** Corrects a recorded inspection (e.g. a mistyped date). */
    @Transactional
    public OfstedInspection update(UUID id, ExpectedVersion expected, OfstedInspection.Report r) {
        OfstedInspection i = forChange(id, expected);
        i.requireNotWithdrawn();
        OfstedInspection.Snapshot before = i.snapshot();
        i.record(framework(r.framework()), r);
        inspections.flush();
        audit.record(AUDIT_TYPE, i.id.toString(), "corrected", before, i.snapshot());
        return inspections.loaded(i);
    }

    /** Withdraws an inspection recorded in error: it stays on record but no longer counts towards the rating. */
    @Transactional
    public OfstedInspection withdraw(UUID id, ExpectedVersion expected, String reason) {
        OfstedInspection i = forChange(id, expected);
        OfstedInspection.Snapshot before = i.snapshot();
        i.withdraw(reason);
        inspections.flush();
        audit.record(AUDIT_TYPE, i.id.toString(), "withdrawn", before, i.snapshot());
        return inspections.loaded(i);
    }

    private OfstedInspection forChange(UUID id, ExpectedVersion expected) {
        OfstedInspection i = inspections.findForChange(id).orElseThrow(() -> new NotFound("Inspection", id));
        expected.check(i.version);
        return i;
    }

    private OfstedFramework framework(String code) {
        return frameworks.findByIdOptional(code).orElseThrow(() -> new InvalidInput("framework",
                "'" + code + "' is not an Ofsted framework; known: "
                        + frameworks.listAll().stream().map(x -> x.code).sorted().collect(Collectors.joining(", "))));
    }
}
