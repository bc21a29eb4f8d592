package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A published Ofsted inspection of a council's children's services. */
@Entity
@Table(name = "ofsted_inspection")
public class OfstedInspection extends TrackedEntity {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    public Council council;

    @Column(name = "framework_code", nullable = false)
    public String frameworkCode;

    @Column(name = "inspection_start")
    public LocalDate inspectionStart;

    @Column(name = "inspection_end")
    public LocalDate inspectionEnd;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_on_basis", nullable = false)
    public DateBasis publishedOnBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_start_basis")
    public DateBasis inspectionStartBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_end_basis")
    public DateBasis inspectionEndBasis;

    @Column(name = "report_reference")
    public String reportReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_effectiveness", nullable = false)
    public Judgement overallEffectiveness;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InspectionStatus status = InspectionStatus.PUBLISHED;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @Column
    public String source;

    @ElementCollection
    @CollectionTable(name = "inspection_judgement", joinColumns = @JoinColumn(name = "inspection_id"))
    public List<AreaJudgement> judgements = new ArrayList<>();

    public static OfstedInspection of(Council council) {
        OfstedInspection i = new OfstedInspection();
        i.id = UUID.randomUUID();
        i.council = council;
        return i;
    }

    /**
     * Records what the report says, under its framework {@code fw} (the one {@code r} names): the dates in order
     * and in the framework's period, each area one of the framework's, inferred dates with a source.
     */
    public void record(OfstedFramework fw, Report r) {
        if (r.inspectionStart() != null && r.inspectionEnd() != null && r.inspectionEnd().isBefore(r.inspectionStart())) {
            throw new InvalidInput("inspectionEnd", "must not be before inspectionStart");
        }
        if (r.inspectionEnd() != null && r.publishedOn().isBefore(r.inspectionEnd())) {
            throw new InvalidInput("publishedOn", "must not be before inspectionEnd");
        }
        fw.requireInForce(r.inspectionStart(), r.inspectionEnd(), r.publishedOn());
        DateBasis startBasis = Provenance.basisOf("inspectionStart", r.inspectionStart(), r.inspectionStartBasis());
        DateBasis endBasis = Provenance.basisOf("inspectionEnd", r.inspectionEnd(), r.inspectionEndBasis());
        DateBasis publishedBasis = Provenance.basisOf("publishedOn", r.publishedOn(), r.publishedOnBasis());
        String checkedSource = Provenance.source("source", r.source());
        Provenance.requireSourceIfInferred(checkedSource, "source", startBasis, endBasis, publishedBasis);
        List<GivenJudgement> given = r.judgements();
        fw.requireAreas(given.stream().map(GivenJudgement::area).toList());
        List<AreaJudgement> judged = new ArrayList<>();
        for (int k = 0; k < given.size(); k++) {
            String judgementSource = Provenance.source("judgements[" + k + "].source", given.get(k).source());
            judged.add(new AreaJudgement(fw.code, given.get(k).area(), given.get(k).judgement(), judgementSource));
        }
        frameworkCode = fw.code;
        inspectionStart = r.inspectionStart();
        inspectionStartBasis = startBasis;
        inspectionEnd = r.inspectionEnd();
        inspectionEndBasis = endBasis;
        publishedOn = r.publishedOn();
        publishedOnBasis = publishedBasis;
        reportReference = Provenance.blankToNull(r.reportReference());
        overallEffectiveness = r.overallEffectiveness();
        source = checkedSource;
        judgements.clear();
        judgements.addAll(judged);
    }

    /** A withdrawn inspection is kept as it was: it can no longer change. */
    public void requireNotWithdrawn() {
        if (status == InspectionStatus.WITHDRAWN) {
            throw new Conflict("inspection-withdrawn", "Inspection " + id + " was withdrawn and can no longer change.");
        }
    }

    /** Withdraws an inspection recorded in error: it stays on record but no longer counts towards the rating. */
    public void withdraw(String reason) {
        requireNotWithdrawn();
        status = InspectionStatus.WITHDRAWN;
        withdrawnReason = reason.trim();
    }

    public Snapshot snapshot() {
        List<Snapshot.Judged> judged = judgements.stream()
                .sorted(Comparator.comparing(j -> j.areaCode))
                .map(j -> new Snapshot.Judged(j.areaCode, j.judgement, j.source)).toList();
        return new Snapshot(id, council.gssCode, frameworkCode, inspectionStart, inspectionStartBasis, inspectionEnd,
                inspectionEndBasis, publishedOn, publishedOnBasis, reportReference, overallEffectiveness, judged, status,
                withdrawnReason, source);
    }

    /** What an inspection report says, as the Department records it. */
    public record Report(String framework, LocalDate inspectionStart, DateBasis inspectionStartBasis, LocalDate inspectionEnd,
                         DateBasis inspectionEndBasis, LocalDate publishedOn, DateBasis publishedOnBasis, String reportReference,
                         Judgement overallEffectiveness, List<GivenJudgement> judgements, String source) {
        public Report {
            judgements = judgements == null ? List.of() : List.copyOf(judgements);
        }
    }

    /** The judgement of one area of the framework, with where it comes from. */
    public record GivenJudgement(String area, Judgement judgement, String source) {
    }

    /** The inspection's state as the audit history keeps it. */
    public record Snapshot(UUID id, String councilGssCode, String framework, LocalDate inspectionStart,
                           DateBasis inspectionStartBasis, LocalDate inspectionEnd, DateBasis inspectionEndBasis,
                           LocalDate publishedOn, DateBasis publishedOnBasis, String reportReference,
                           Judgement overallEffectiveness, List<Judged> judgements, InspectionStatus status,
                           String withdrawnReason, String source) {

        public record Judged(String area, Judgement judgement, String source) {
        }
    }
}
