package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An Ofsted inspection framework and the areas it grades (reference data). */
@Entity
@Table(name = "ofsted_framework")
public class OfstedFramework {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "in_force_from", nullable = false)
    public LocalDate inForceFrom;

    @Column(name = "in_force_to")
    public LocalDate inForceTo;

    @Column(nullable = false)
    public int position;

    @OneToMany
    @JoinColumn(name = "framework_code", insertable = false, updatable = false)
    @OrderBy("position")
    public List<JudgementArea> areas = new ArrayList<>();
}
