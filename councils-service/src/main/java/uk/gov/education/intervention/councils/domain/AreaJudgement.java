package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The judgement an inspection gave one area of its framework. */
@Embeddable
public class AreaJudgement {

    @Column(name = "framework_code", nullable = false)
    public String frameworkCode;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Judgement judgement;

    @Column
    public String source;

    public AreaJudgement() {
    }

    public AreaJudgement(String frameworkCode, String areaCode, Judgement judgement, String source) {
        this.frameworkCode = frameworkCode;
        this.areaCode = areaCode;
        this.judgement = judgement;
        this.source = source;
    }
}
