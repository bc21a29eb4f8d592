package uk.gov.education.intervention.reporting.access.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.domain.AccessDenied;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.platform.downstream.DownstreamRejectedException;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.security.Caller;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.client.CouncilsGateway;
import uk.gov.education.intervention.reporting.client.RemoteRoleHoldings;
import uk.gov.education.intervention.reporting.access.domain.Appointments;
import uk.gov.education.intervention.reporting.access.domain.Holdings;
import uk.gov.education.intervention.reporting.access.domain.RoleHolding;
import uk.gov.education.intervention.reporting.access.domain.SectionWriters;
import uk.gov.education.intervention.reporting.submission.domain.Section;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may read and write what. Nothing a caller says of itself decides it: the token says who the
 * caller is (issuer and subject; for a council-reporter, the council whose staff it is) and
 * councils-service says which roles that person and that organisation hold for a council on the
 * day (today: the submission date for writes, and for reads).
 * <ul>
 * <li>dfe-admin and dfe-analyst reach every council; dfe-admin enters any section on its
 * contributor's behalf.</li>
 * <li>A council's own staff read the whole of the council's reports (every section, version, field,
 * decision and comment: the direction makes the council answerable for them), and write the council's
 * section ({@code COUNCIL}) and the structured fields.</li>
 * <li>A person appointed to a role for the council (Commissioner, non-executive Commissioner, DCS,
 * Improvement Board chair...) writes that role's section. A Commissioner (with the commissioner
 * role) also reads the whole of the council's reports, reviews them and records board meetings.</li>
 * <li>An organisation appointed for the council (Partner in Practice, Improvement Advisor,
 * Leadership Improvement Partner) writes its own section through its staff.</li>
 * <li>A role nobody holds on the day is written by nobody but dfe-admin, on the holder's behalf, with
 * one exception: while no Director of Children's Services is recorded for a council, its own staff
 * write the DCS's section (the DCS is the council's own statutory officer, and the directions place
 * the duty on the council). So while no Improvement Board chair is recorded for Medway, nobody but
 * dfe-admin writes the chair's quarterly report to the Secretary of State.</li>
 * <li>Anyone else with standing reads only the sections it may write today, the versions that wrote
 * them, their attachments, the review decisions, and the review comments addressed to those sections;
 * no other section, field, general comment or name.</li>
 * </ul>
 * Each request asks councils-service at most once per council (or once for every council, for a
 * list); reads by DfE roles and by a council's own staff of their own council ask nothing. When
 * councils-service cannot answer, the decision is not made: 503, never a default.
 */
@RequestScoped
public class AccessPolicy {

    /** The caller may not write this section (403). */
    public static final String SECTION_WRITER = "section-writer";
    /** The caller may read no part of this (403). */
    public static final String SECTION_READER = "section-reader";
    /** The caller has no standing for the council today (403). */
    public static final String COUNCIL_ACCESS = "council-access";
    /** Only dfe-admin or the council's Commissioner may do this (403). */
    public static final String OVERSIGHT = "oversight";
    /** The report's structured fields are the council's (403). */
    public static final String REPORT_FIELDS = "report-fields";

    private static final Logger LOG = Logger.getLogger(AccessPolicy.class);

    @Inject
    Caller caller;

    @Inject
    CouncilsGateway councils;

    @Inject
    Clock clock;

    private final Map<String, Standing> standings = new HashMap<>();
    private LocalDate today;
    /** The answer for every council, once asked: councils it does not name hold nothing. */
    private Map<String, Holdings> everyCouncil;

    public Caller caller() {
        return caller;
    }

    public boolean isDfe() {
        return caller.isDfe();
    }

    public LocalDate today() {
        if (today == null) {
            today = LocalDate.now(clock);
        }
        return today;
    }

    /** The caller's standing for a council today (councils-service is asked only when it matters). */
    public Standing standing(String gss) {
        return standings.computeIfAbsent(gss, Standing::new);
    }

    /** Throws 403 ({@code council-access}) unless the caller has some standing for the council today. */
    public Standing requireAny(String gss) {
        Standing s = standing(gss);
        if (!s.any()) {
            throw new AccessDenied(COUNCIL_ACCESS, "You have no standing for council " + gss + " on " + today()
                    + ": you are not its staff, and neither you nor your organisation holds an appointment for it that day "
                    + "(per councils-service).");
        }
        return s;
    }

    /** Throws 403 ({@code council-access}) unless the caller reads the whole of the council's reports and schedules. */
    public Standing requireWholeReport(String gss) {
        Standing s = standing(gss);
        if (!s.wholeReport()) {
            throw new AccessDenied(COUNCIL_ACCESS, "Only the Department, council " + gss + "'s own staff and its Commissioner read this "
                    + "for the council.");
        }
        return s;
    }

    /** Only dfe-admin, or a Commissioner of the council today (per councils-service), reviews and records board meetings. */
    public void requireOversight(String gss) {
        if (caller.hasRole(Roles.DFE_ADMIN) || standing(gss).oversees()) {
            return;
        }
        throw new AccessDenied(OVERSIGHT, "Only dfe-admin or a Commissioner appointed for council " + gss + " on " + today()
                + " may do this.");
    }

    /**
     * The caller's standing in every council where it has any today; null for the Department's roles,
     * which reach every council. One call to councils-service, whatever the number of councils.
     */
    public Map<String, Standing> everyCouncil() {
        if (caller.isDfe()) {
            return null;
        }
        if (everyCouncil == null) {
            everyCouncil = ask(null);
        }
        Set<String> councilsReached = new TreeSet<>(everyCouncil.keySet());
        caller.organisation().ifPresent(councilsReached::add);
        Map<String, Standing> out = new LinkedHashMap<>();
        for (String gss : councilsReached) {
            Standing s = standing(gss);
            if (s.any()) {
                out.put(gss, s);
            }
        }
        return out;
    }

    /** The councils whose reports and schedules the caller reads whole; null: every council (DfE). */
    public Set<String> wholeReportCouncils() {
        Map<String, Standing> all = everyCouncil();
        if (all == null) {
            return null;
        }
        Set<String> out = new TreeSet<>();
        all.forEach((gss, s) -> {
            if (s.wholeReport()) {
                out.add(gss);
            }
        });
        return out;
    }

    /** What the caller may do for one council today. */
    public final class Standing {

        private final String council;
        private Holdings holdings;

        private Standing(String council) {
            this.council = council;
        }

        public String council() {
            return council;
        }

        public boolean dfe() {
            return caller.isDfe();
        }

        /** A council-reporter whose organisation is this council. */
        public boolean ownStaff() {
            return caller.organisation().map(council::equals).orElse(false);
        }

        /** The caller's organisation (a council's GSS code), if a council-reporter. */
        public Optional<String> organisation() {
            return caller.organisation();
        }

        /** A Commissioner (or non-executive Commissioner) of the council today, with the commissioner role. */
        public boolean oversees() {
            return !dfe() && caller.hasRole(Roles.COMMISSIONER) && holdings().oversees();
        }

        /** Whether the caller's person holds this role for the council today (per councils-service; never for DfE roles). */
        public boolean holdsInPerson(String role) {
            return !dfe() && holdings().personalRoles().contains(role);
        }

        /** Reads every section, version, field, decision and comment of the council's reports. */
        public boolean wholeReport() {
            return dfe() || ownStaff() || oversees();
        }

        public boolean any() {
            return wholeReport() || !holdings().sectionKeys().isEmpty();
        }

        /** The contributors (role codes) whose sections the caller writes by appointment today. */
        public Set<String> appointedRoles() {
            return dfe() ? Set.of() : holdings().roles();
        }

        /** The keys of the sections ({@link Section#key}) the caller writes by appointment today. */
        public Set<String> sectionKeys() {
            return dfe() ? Set.of() : holdings().sectionKeys();
        }

        /**
         * Null when the caller writes this contributor's section (for a partner: that organisation's)
         * of the council's reports today; otherwise why not, for a 403 {@code section-writer}.
         */
        public String writerRefusal(String contributor, String organisationGss) {
            return new SectionWriters(council, caller.hasRole(Roles.DFE_ADMIN), dfe(), ownStaff(),
                    () -> holdings().sectionKeys(), this::filledRoles, today()).refusal(contributor, organisationGss);
        }

        private Set<String> filledRoles() {
            if (holdings().filledRoles() == null) {
                // an answer for every council says nothing of vacancies: ask about this council
                holdings = ask(council).getOrDefault(council, Holdings.NONE);
            }
            return holdings.filledRoles() == null ? Set.of() : holdings.filledRoles();
        }

        private Holdings holdings() {
            if (holdings == null) {
                holdings = everyCouncil != null ? everyCouncil.getOrDefault(council, Holdings.NONE)
                        : ask(council).getOrDefault(council, Holdings.NONE);
            }
            return holdings;
        }
    }

    /** Asks councils-service what the caller holds, for one council or (null) every council. */
    private Map<String, Holdings> ask(String gss) {
        boolean identified = caller.issuer() != null && caller.tokenSubject() != null;
        String organisation = caller.organisation().orElse(null);
        if (!identified && organisation == null) {
            return Map.of();
        }
        RemoteRoleHoldings answer = roleHoldings(identified, organisation, gss);
        if (answer == null) {
            return Map.of();
        }
        List<RoleHolding> holdings = answer.holdingsOrEmpty().stream()
                .map(h -> new RoleHolding(h.councilGssCode(), h.roleCode(), h.byOrganisation())).toList();
        return Appointments.byCouncil(holdings, organisation, gss, answer.filledRoles());
    }

    /** councils-service's answer; null when it knows no such council (nobody holds anything for it). */
    private RemoteRoleHoldings roleHoldings(boolean identified, String organisation, String gss) {
        try {
            return councils.roleHoldings(identified ? caller.issuer() : null, identified ? caller.tokenSubject() : null,
                    organisation, gss, today());
        } catch (DownstreamRejectedException e) {
            if (e.status() == 404) {
                return null;
            }
            LOG.warnf("cannot ask councils-service for a caller's roles: %s", e.toString());
            throw unavailable(gss, "councils-service refused reporting-service's request");
        } catch (RuntimeException e) {
            LOG.warnf("cannot ask councils-service for a caller's roles: %s", e.toString());
            throw unavailable(gss, "councils-service is unavailable");
        }
    }

    private RuntimeException unavailable(String gss, String why) {
        return new DependencyUnavailable("councils-service", "Whether you may do this "
                + (gss == null ? "" : "for council " + gss + " ") + "cannot be decided now: it follows the appointments councils-service "
                + "records, and " + why + ". Nothing was changed; try again shortly.");
    }
}
