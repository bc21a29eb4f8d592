package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.CouncilCard;
import uk.gov.education.intervention.councils.domain.CouncilType;
import uk.gov.education.intervention.councils.domain.OfstedInspection;
import uk.gov.education.intervention.councils.domain.Region;
import uk.gov.education.intervention.councils.repository.CouncilCards;
import uk.gov.education.intervention.councils.repository.CouncilRepository;
import uk.gov.education.intervention.councils.repository.InspectionRepository;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.NotFound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CouncilService {

    public static final String AUDIT_TYPE = "council";

    @Inject
    CouncilRepository councils;

    @Inject
    InspectionRepository inspections;

    @Inject
    CouncilCards cards;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A council's details; the GSS code is given only when it is recorded, and never changes. */
    public record Details(String laCode, String name, CouncilType type, Region region) {
    }

    public Council require(String gssCode) {
        return councils.findByGss(gssCode).orElseThrow(() -> new NotFound("Council", gssCode));
    }

    /** The council with its version and its rating today. */
    public CouncilCard card(String gssCode) {
        return cards.find(gssCode, today()).orElseThrow(() -> new NotFound("Council", gssCode));
    }

    /** Councils in GSS-code order; {@code gssCodes} fetches a known set in one call. */
    public List<Council> list(List<String> gssCodes, Region region, CouncilType type, Slice slice) {
        return councils.list(gssCodes, region, type, slice.after(k -> k.get(0)), slice.fetchSize());
    }

    /** The latest published inspection of each council today: its current rating. */
    public Map<Long, OfstedInspection> ratings(Collection<Council> rows) {
        return inspections.latestPublished(rows.stream().map(c -> c.id).toList(), today());
    }

    public OfstedInspection rating(Council c) {
        return inspections.latestPublished(c.id, today()).orElse(null);
    }

    @Transactional
    public Council create(String gssCode, Details d) {
        if (councils.findByGss(gssCode).isPresent()) {
            throw new Conflict("council-exists", "Council " + gssCode + " is already recorded.");
        }
        requireLaCodeFree(d.laCode(), null);
        Council c = new Council();
        c.gssCode = gssCode;
        c.describe(d.laCode(), d.name(), d.type(), d.region());
        councils.persistAndFlush(c);
        audit.record(AUDIT_TYPE, c.gssCode, "created", null, c.snapshot());
        return c;
    }

    @Transactional
    public Council update(String gssCode, ExpectedVersion expected, Details d) {
        Council c = councils.lockByGss(gssCode).orElseThrow(() -> new NotFound("Council", gssCode));
        expected.check(c.version);
        requireLaCodeFree(d.laCode(), c.id);
        Council.Snapshot before = c.snapshot();
        c.describe(d.laCode(), d.name(), d.type(), d.region());
        councils.flush();
        audit.record(AUDIT_TYPE, c.gssCode, "updated", before, c.snapshot());
        return c;
    }

    private void requireLaCodeFree(String laCode, Long exceptId) {
        if (laCode == null) {
            return;
        }
        councils.findByLaCode(laCode)
                .filter(other -> !other.id.equals(exceptId))
                .ifPresent(other -> {
                    throw new Conflict("la-code-in-use",
                            "Local-authority code " + laCode + " already belongs to " + other.name + " (" + other.gssCode + ").");
                });
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
