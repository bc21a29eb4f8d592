package uk.gov.education.intervention.councils.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing that happened to a council: on a day, of a kind, about one record (an inspection, appointment or
 * partnership, by {@code id}), in a sentence.
 */
public record CouncilEvent(LocalDate on, CouncilEventKind kind, UUID id, String summary) {

    public static CouncilEvent published(OfstedInspection i) {
        return new CouncilEvent(i.publishedOn, CouncilEventKind.INSPECTION_PUBLISHED, i.id,
                "Ofsted inspection (" + i.frameworkCode + ") published: overall effectiveness " + i.overallEffectiveness);
    }

    public static CouncilEvent made(Appointment a) {
        return new CouncilEvent(a.countsFrom, CouncilEventKind.APPOINTMENT_MADE, a.id, a.role.name + " appointed: " + a.holderName());
    }

    public static CouncilEvent extended(Appointment a) {
        return new CouncilEvent(a.countsFrom, CouncilEventKind.APPOINTMENT_EXTENDED, a.id, a.role.name + " appointment of "
                + a.holderName() + " continued" + (a.endsOn == null ? "" : " to " + a.endsOn));
    }

    public static CouncilEvent ended(Appointment a) {
        return new CouncilEvent(a.endsOn, CouncilEventKind.APPOINTMENT_ENDED, a.id, a.role.name + " appointment of "
                + a.holderName() + " ended" + (a.endReason == null ? "" : ": " + a.endReason));
    }

    public static CouncilEvent agreed(Partnership p) {
        return new CouncilEvent(p.termsAgreedOn, CouncilEventKind.PARTNERSHIP_AGREED, p.id,
                "Partnership terms agreed" + (p.partner == null ? "" : " with " + p.partner.name));
    }
}
