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
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
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
}
