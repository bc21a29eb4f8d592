package uk.gov.education.intervention.directions.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A direction issued or revoked, as the directions feed announces it. {@code at} is when it happened
 * as far as the record says: the time of issue where it was recorded (directions issued through this
 * service), otherwise the start (UTC) of the direction's date; for a revocation, the start of the first
 * day it is no longer in force (the record holds no time of revocation).
 */
public record DirectionAnnouncement(Kind kind, String reference, String councilGssCode, String councilName, String title,
                             LocalDate directionDate, OffsetDateTime at, LocalDate revokedOn, String revokedBy) {

    public enum Kind { ISSUED, REVOKED }

    /** Newest first; at the same instant, a revocation before an issue, then by reference. */
    public static final Comparator<DirectionAnnouncement> NEWEST_FIRST = Comparator.comparing(DirectionAnnouncement::at).reversed()
            .thenComparing(DirectionAnnouncement::kind, Comparator.reverseOrder())
            .thenComparing(DirectionAnnouncement::reference);

    /** The events of a direction that is not a draft: its issue, and its revocation if it was revoked. */
    public static List<DirectionAnnouncement> of(Direction d) {
        List<DirectionAnnouncement> out = new ArrayList<>();
        if (d.status == DirectionStatus.DRAFT) {
            return out;
        }
        OffsetDateTime issued = d.issuedAt != null ? d.issuedAt : d.date.atStartOfDay().atOffset(ZoneOffset.UTC);
        out.add(new DirectionAnnouncement(Kind.ISSUED, d.reference, d.councilGssCode, d.councilName, d.title, d.date, issued, null, null));
        if (d.revokedOn != null) {
            out.add(new DirectionAnnouncement(Kind.REVOKED, d.reference, d.councilGssCode, d.councilName, d.title, d.date,
                    d.revokedOn.atStartOfDay().atOffset(ZoneOffset.UTC), d.revokedOn, d.revokedByReference));
        }
        return out;
    }
}
