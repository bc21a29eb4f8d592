package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.AreaJudgement;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.DateBasis;
import uk.gov.education.intervention.councils.domain.InspectionStatus;
import uk.gov.education.intervention.councils.domain.JudgementArea;
import uk.gov.education.intervention.councils.domain.OfstedFramework;
import uk.gov.education.intervention.councils.domain.OfstedInspection;
import uk.gov.education.intervention.councils.repository.FrameworkRepository;
import uk.gov.education.intervention.councils.repository.InspectionRepository;
import uk.gov.education.intervention.councils.rest.AreaJudgementRequest;
import uk.gov.education.intervention.councils.rest.AreaJudgementView;
import uk.gov.education.intervention.councils.rest.InspectionRequest;
import uk.gov.education.intervention.councils.rest.InspectionView;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Versioned;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
        OfstedInspection i = inspections.findById(id);
        if (i == null) {
            throw Problems.notFound("Inspection", id.toString());
        }
        return i;
    }

    /**
     * The inspection, locked until the transaction ends: two changes sent with the same ETag then meet here,
     * one after the other, and the second fails its If-Match check (412) instead of its write.
     */
    private OfstedInspection requireForChange(UUID id) {
        OfstedInspection i = inspections.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null) {
            throw Problems.notFound("Inspection", id.toString());
        }
        return i;
    }

    public Versioned<InspectionView> get(UUID id) {
        OfstedInspection i = require(id);
        return new Versioned<>(view(i), i.version);
    }

    /** A council's inspections, newest publication first. */
    public Page<InspectionView> listForCouncil(String gssCode, PageRequest page) {
        Council c = councils.require(gssCode);
        Filters f = new Filters().and("council.id = :council", "council", c.id);
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            f.and("(publishedOn < :pub or (publishedOn = :pub and id > :id))",
                    Map.of("pub", LocalDate.parse(key.get(0)), "id", UUID.fromString(key.get(1))));
        }
        List<OfstedInspection> rows = inspections.find(f.where() + " order by publishedOn desc, id", f.params())
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, i -> List.of(i.publishedOn, i.id), this::view);
    }

    @Transactional
    public Versioned<InspectionView> create(String gssCode, InspectionRequest r) {
        Council c = councils.require(gssCode);
        OfstedInspection i = new OfstedInspection();
        i.id = UUID.randomUUID();
        i.council = c;
        apply(i, r);
        inspections.persistAndFlush(i);
        InspectionView after = view(i);
        audit.record(AUDIT_TYPE, i.id.toString(), "created", null, after);
        return new Versioned<>(after, i.version);
    }

    /** Corrects a recorded inspection (e.g. a mistyped date). */
    @Transactional
    public Versioned<InspectionView> update(UUID id, String ifMatch, InspectionRequest r) {
        OfstedInspection i = requireForChange(id);
        ETags.requireMatch(ifMatch, i.version);
        requirePublished(i);
        InspectionView before = view(i);
        apply(i, r);
        inspections.flush();
        InspectionView after = view(i);
        audit.record(AUDIT_TYPE, i.id.toString(), "corrected", before, after);
        return new Versioned<>(after, i.version);
    }

    /** Withdraws an inspection recorded in error: it stays on record but no longer counts towards the rating. */
    @Transactional
    public Versioned<InspectionView> withdraw(UUID id, String ifMatch, String reason) {
        OfstedInspection i = requireForChange(id);
        ETags.requireMatch(ifMatch, i.version);
        requirePublished(i);
        InspectionView before = view(i);
        i.status = InspectionStatus.WITHDRAWN;
        i.withdrawnReason = reason.trim();
        inspections.flush();
        InspectionView after = view(i);
        audit.record(AUDIT_TYPE, i.id.toString(), "withdrawn", before, after);
        return new Versioned<>(after, i.version);
    }

    private static void requirePublished(OfstedInspection i) {
        if (i.status == InspectionStatus.WITHDRAWN) {
            throw Problems.conflict("inspection-withdrawn", "Inspection " + i.id + " was withdrawn and can no longer change.");
        }
    }

    private void apply(OfstedInspection i, InspectionRequest r) {
        OfstedFramework fw = frameworks.findByIdOptional(r.framework()).orElseThrow(() -> Problems.invalidField("framework",
                "'" + r.framework() + "' is not an Ofsted framework; known: "
                        + frameworks.listAll().stream().map(x -> x.code).sorted().collect(Collectors.joining(", "))));
        if (r.inspectionStart() != null && r.inspectionEnd() != null && r.inspectionEnd().isBefore(r.inspectionStart())) {
            throw Problems.invalidField("inspectionEnd", "must not be before inspectionStart");
        }
        if (r.inspectionEnd() != null && r.publishedOn().isBefore(r.inspectionEnd())) {
            throw Problems.invalidField("publishedOn", "must not be before inspectionEnd");
        }
        requireInForce(fw, r);
        DateBasis startBasis = Provenance.basisOf("inspectionStart", r.inspectionStart(), r.inspectionStartBasis());
        DateBasis endBasis = Provenance.basisOf("inspectionEnd", r.inspectionEnd(), r.inspectionEndBasis());
        DateBasis publishedBasis = Provenance.basisOf("publishedOn", r.publishedOn(), r.publishedOnBasis());
        String source = Provenance.source("source", r.source());
        Provenance.requireSourceIfInferred(source, "source", startBasis, endBasis, publishedBasis);
        Map<String, JudgementArea> areas = fw.areas.stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
        Set<String> seen = new HashSet<>();
        List<AreaJudgementRequest> given = r.judgementsOrEmpty();
        for (int k = 0; k < given.size(); k++) {
            String area = given.get(k).area();
            if (!areas.containsKey(area)) {
                throw Problems.invalidField("judgements[" + k + "].area", "'" + area + "' is not an area of framework "
                        + fw.code + "; its areas: " + String.join(", ", fw.areas.stream().map(a -> a.code).toList()));
            }
            if (!seen.add(area)) {
                throw Problems.invalidField("judgements[" + k + "].area", "'" + area + "' is given more than once");
            }
        }
        List<String> judgementSources = new ArrayList<>();
        for (int k = 0; k < given.size(); k++) {
            judgementSources.add(Provenance.source("judgements[" + k + "].source", given.get(k).source()));
        }
        i.frameworkCode = fw.code;
        i.inspectionStart = r.inspectionStart();
        i.inspectionStartBasis = startBasis;
        i.inspectionEnd = r.inspectionEnd();
        i.inspectionEndBasis = endBasis;
        i.publishedOn = r.publishedOn();
        i.publishedOnBasis = publishedBasis;
        i.reportReference = blankToNull(r.reportReference());
        i.overallEffectiveness = r.overallEffectiveness();
        i.source = source;
        i.judgements.clear();
        for (int k = 0; k < given.size(); k++) {
            i.judgements.add(new AreaJudgement(fw.code, given.get(k).area(), given.get(k).judgement(), judgementSources.get(k)));
        }
    }

    /**
     * An inspection is carried out under a framework in force: the first of its dates known (its start, else its
     * end, else its publication) falls in the framework's period. A report published after its framework ended is
     * recorded with the date the inspection began.
     */
    private static void requireInForce(OfstedFramework fw, InspectionRequest r) {
        String field = r.inspectionStart() != null ? "inspectionStart" : r.inspectionEnd() != null ? "inspectionEnd" : "publishedOn";
        LocalDate date = r.inspectionStart() != null ? r.inspectionStart() : r.inspectionEnd() != null ? r.inspectionEnd() : r.publishedOn();
        String period = fw.code + " was in force from " + fw.inForceFrom + (fw.inForceTo == null ? "" : " to " + fw.inForceTo);
        if (date.isBefore(fw.inForceFrom) || (fw.inForceTo != null && date.isAfter(fw.inForceTo))) {
            throw Problems.ruleViolated("framework-in-force", "The inspection's framework was not in force on its date",
                    period + ", but the inspection's " + field + " is " + date + "."
                            + (field.equals("publishedOn") && fw.inForceTo != null && date.isAfter(fw.inForceTo)
                                ? " If it was carried out before " + fw.inForceTo.plusDays(1) + " and published later, give inspectionStart." : ""));
        }
    }

    InspectionView view(OfstedInspection i) {
        OfstedFramework fw = frameworks.findById(i.frameworkCode);
        Map<String, JudgementArea> areas = fw.areas.stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
        List<AreaJudgementView> judgements = i.judgements.stream()
                .sorted((a, b) -> Integer.compare(areas.get(a.areaCode).position, areas.get(b.areaCode).position))
                .map(j -> new AreaJudgementView(j.areaCode, areas.get(j.areaCode).name, j.judgement, j.source))
                .toList();
        return new InspectionView(i.id, i.council.gssCode, i.frameworkCode, i.inspectionStart, i.inspectionStartBasis,
                i.inspectionEnd, i.inspectionEndBasis, i.publishedOn, i.publishedOnBasis, i.reportReference, i.overallEffectiveness, judgements, i.status, i.withdrawnReason, i.source);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
