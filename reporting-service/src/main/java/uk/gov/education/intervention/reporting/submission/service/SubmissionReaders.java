package uk.gov.education.intervention.reporting.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.AccessDenied;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatusRules;
import uk.gov.education.intervention.reporting.schedule.service.ScheduleService;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.Viewer;

import java.net.URI;

/**
 * Who reads a submission and how much of it: the whole report for those with whole-report
 * standing; else the sections the caller writes today (403 if the report has none).
 */
@ApplicationScoped
public class SubmissionReaders {

    @Inject
    AccessPolicy access;

    @Inject
    ScheduleService schedule;

    /** The caller as a reader of this submission; 403 when it may read none of it. */
    public Viewer viewerOf(Submission s) {
        AccessPolicy.Standing st = access.standing(s.councilGss);
        if (!st.any()) {
            throw new AccessDenied(AccessPolicy.COUNCIL_ACCESS, "You have no standing for council " + s.councilGss + " on "
                    + access.today() + " (per councils-service), so you read none of its reports.");
        }
        Viewer viewer = viewerOf(st);
        if (!viewer.seesAnyOf(s)) {
            throw new AccessDenied(AccessPolicy.SECTION_READER, "You read only the sections of council " + s.councilGss
                    + "'s reports that you write on " + access.today() + ", and this report has none.");
        }
        return viewer;
    }

    /** The caller as a reader with this standing, without asking whether it reads anything. */
    public Viewer viewerOf(AccessPolicy.Standing st) {
        return st.wholeReport() ? Viewer.full()
                : new Viewer(st.sectionKeys(), st.organisation().orElse(null), access.caller().subject());
    }

    public SubmissionRead read(Submission s, Viewer viewer) {
        return read(s, viewer, null);
    }

    public SubmissionRead read(Submission s, Viewer viewer, URI location) {
        Boolean onTime = s.dueOn == null ? null
                : DueItemStatusRules.onTime(schedule.receivedOn(s), s.dueOn, schedule.graceDays());
        return new SubmissionRead(s, viewer, onTime, location);
    }
}
