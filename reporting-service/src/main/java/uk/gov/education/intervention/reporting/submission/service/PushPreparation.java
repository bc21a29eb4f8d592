package uk.gov.education.intervention.reporting.submission.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.AccessDenied;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.submission.domain.Contributors;
import uk.gov.education.intervention.reporting.submission.domain.SectionDraft;
import uk.gov.education.intervention.reporting.submission.domain.Submission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a push before anything is stored: each section is one the duty owes and one the caller
 * writes today (a 403 {@code section-writer} names the rule otherwise); an ad-hoc report that no
 * duty owes takes sections only from those already in it, the council's staff, its Commissioner
 * and dfe-admin; the structured fields are theirs too. Attachments are decoded and checked.
 */
@ApplicationScoped
public class PushPreparation {

    private static final int MAX_FIELDS = 50;
    private static final int MAX_FIELD_TEXT = 2000;
    private static final int MAX_PLAN_UPDATES = 100_000;
    private static final String FIELD_NAME = "[A-Za-z][A-Za-z0-9_]{0,63}";

    /** Content of a push, checked and decoded, ready to store. */
    public record Push(List<PreparedSection> sections, ObjectNode fields, String note, AccessPolicy.Standing standing) {
    }

    /** A checked section and the decoded bytes of its files. */
    public record PreparedSection(SectionDraft draft, List<AttachmentPolicy.Decoded> files) {
    }

    @Inject
    AccessPolicy access;

    @Inject
    AttachmentPolicy attachmentPolicy;

    /** {@code existing} is the report a resubmission adds to (null for a push to a due item or a new report). */
    public Push prepare(VersionCommand c, AccessPolicy.Standing a, Duty duty, Submission existing) {
        boolean admin = access.caller().hasRole(Roles.DFE_ADMIN);
        Set<String> adHocKeys = existing != null && existing.dutyId == null && !admin && !a.wholeReport()
                ? existing.currentSectionKeys() : null;
        List<PreparedSection> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < c.sections().size(); i++) {
            PreparedSection p = section(c.sections().get(i), "sections[" + i + "]", admin, a, duty);
            String key = p.draft().key();
            if (adHocKeys != null && !adHocKeys.contains(key)) {
                throw new AccessDenied(AccessPolicy.SECTION_WRITER, "sections[" + i + "]: this ad-hoc report is owed by no duty, "
                        + "so it takes sections only from those already in it, the council's own staff, its Commissioner and dfe-admin.");
            }
            if (!keys.add(key)) {
                throw new InvalidInput("sections", "has two sections from " + key);
            }
            out.add(withFiles(p, c.sections().get(i), "sections[" + i + "]"));
        }
        if (c.fields() != null && !c.fields().isEmpty() && !admin && !a.ownStaff() && !a.oversees()) {
            throw new AccessDenied(AccessPolicy.REPORT_FIELDS, "The report's structured fields are written by the council's own "
                    + "staff, its Commissioner and dfe-admin; push your section only.");
        }
        checkFields(c.fields());
        String note = c.note() == null || c.note().isBlank() ? null : c.note().strip();
        return new Push(out, c.fields(), note, a);
    }

    /** One section: a contributor the duty owes, with its organisation when a partner's, that the caller writes. */
    private PreparedSection section(SectionCommand s, String field, boolean admin, AccessPolicy.Standing a, Duty duty) {
        String contributor = s.contributor();
        if (!Contributors.ALL.contains(contributor)) {
            throw new InvalidInput(field + ".contributor", "'" + contributor + "' is not a contributor; one of: "
                    + String.join(", ", Contributors.ALL));
        }
        if (duty != null && !duty.providersOrEmpty().contains(contributor)) {
            throw new RuleViolation("section-not-owed", "This contributor owes no section of the report",
                    "Clause " + duty.clause() + " (" + duty.title() + ") is owed by " + String.join(", ", duty.providersOrEmpty())
                            + "; " + contributor + " is not one of them.");
        }
        String org = s.organisationGssCode();
        if (Contributors.isPartnerRole(contributor)) {
            if (org == null && !admin && a.organisation().isPresent()) {
                org = a.organisation().get();
            } else if (org == null) {
                throw new InvalidInput(field + ".organisationGssCode",
                        "is required for a partner authority's section (" + contributor + "): name the partner's council");
            }
        } else if (org != null) {
            throw new InvalidInput(field + ".organisationGssCode", "is only for a partner authority's section");
        }
        String refusal = a.writerRefusal(contributor, org);
        if (refusal != null) {
            throw new AccessDenied(AccessPolicy.SECTION_WRITER, field + ": " + refusal);
        }
        return new PreparedSection(new SectionDraft(contributor, org, s.narrative().strip(), List.of(), planUpdates(s, field)),
                List.of());
    }

    private PreparedSection withFiles(PreparedSection p, SectionCommand s, String field) {
        if (s.attachments().size() > attachmentPolicy.maxPerSection()) {
            throw new InvalidInput(field + ".attachments", "has more than " + attachmentPolicy.maxPerSection() + " attachments");
        }
        List<AttachmentPolicy.Decoded> files = new ArrayList<>();
        for (int j = 0; j < s.attachments().size(); j++) {
            files.add(attachmentPolicy.decode(s.attachments().get(j), field + ".attachments[" + j + "]"));
        }
        SectionDraft d = p.draft();
        return new PreparedSection(new SectionDraft(d.contributor(), d.organisationGss(), d.narrative(),
                files.stream().map(AttachmentPolicy.Decoded::file).toList(), d.planUpdates()), files);
    }

    /**
     * A section's plan updates as JSON text (null: none). Only their size is checked here; their shape and their
     * fit with the council's plan are checked by the improvement feature when the version is received.
     */
    private static String planUpdates(SectionCommand s, String field) {
        JsonNode u = s.planUpdates();
        if (u == null || u.isNull()) {
            return null;
        }
        if (!u.isObject()) {
            throw new InvalidInput(field + ".planUpdates", "must be an object with 'actions' and/or 'measures'");
        }
        String text = u.toString();
        if (text.length() > MAX_PLAN_UPDATES) {
            throw new InvalidInput(field + ".planUpdates", "is longer than " + MAX_PLAN_UPDATES + " characters as JSON");
        }
        return text;
    }

    static void checkFields(ObjectNode fields) {
        if (fields == null) {
            return;
        }
        if (fields.size() > MAX_FIELDS) {
            throw new InvalidInput("fields", "has more than " + MAX_FIELDS + " fields");
        }
        Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().matches(FIELD_NAME)) {
                throw new InvalidInput("fields", "'" + e.getKey() + "' is not a field name (a letter, then letters, digits or _; up to 64)");
            }
            JsonNode v = e.getValue();
            if (!(v.isNull() || v.isTextual() || v.isNumber() || v.isBoolean())) {
                throw new InvalidInput("fields." + e.getKey(), "must be a string, number, boolean or null");
            }
            if (v.isTextual() && v.textValue().length() > MAX_FIELD_TEXT) {
                throw new InvalidInput("fields." + e.getKey(), "is longer than " + MAX_FIELD_TEXT + " characters");
            }
        }
    }
}
