package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One graded area of a framework, e.g. 'Children who need help and protection'. */
@Entity
@Table(name = "judgement_area")
@IdClass(JudgementArea.Key.class)
public class JudgementArea {

    @Id
    @Column(name = "framework_code")
    public String frameworkCode;

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;

    public static class Key implements Serializable {
        public String frameworkCode;
        public String code;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(frameworkCode, k.frameworkCode) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(frameworkCode, code);
        }
    }
}
