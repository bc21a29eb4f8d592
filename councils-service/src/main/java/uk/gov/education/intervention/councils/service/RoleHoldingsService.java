package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.councils.domain.Appointment;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.Person;
import uk.gov.education.intervention.councils.repository.AppointmentRepository;
import uk.gov.education.intervention.councils.repository.OrganisationRepository;
import uk.gov.education.intervention.councils.repository.PersonIdentityRepository;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which roles a person (found by a token identity: issuer and subject) and an organisation hold on a
 * date, for one council or every council, in one query: what reporting-service asks before it lets
 * a caller read or write a report's section.
 */
@ApplicationScoped
public class RoleHoldingsService {

    /** At most this many holdings in one answer (a person or organisation holds a handful). */
    public static final int MAX_HOLDINGS = 200;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** Who is asked about: a token identity, an organisation (by its council or its id), or both. */
    public record Query(String issuer, String subject, String organisationGss, UUID organisationId, String councilGss, LocalDate on) {
    }

    /**
     * The answer: the person the identity is linked to and the organisation (each absent when not found or not
     * asked about), the appointments they hold on the date, and, with a council, the codes of every role held for it.
     */
    public record Holdings(LocalDate on, String councilGss, Person person, Organisation organisation,
                           List<Appointment> appointments, List<String> filledRoles) {
    }

    @Inject
    PersonIdentityRepository identities;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AppointmentRepository appointments;

    @Inject
    CouncilService councils;

    public Holdings holdings(Query q) {
        requireWellFormed(q);
        Council council = q.councilGss() == null ? null : councils.require(q.councilGss());
        Person person = q.issuer() == null ? null : identities.active(q.issuer(), q.subject()).map(l -> l.person).orElse(null);
        Organisation organisation = organisation(q).orElse(null);
        List<Appointment> held = person == null && organisation == null ? List.of()
                : appointments.heldOn(q.on(), person, organisation, council, MAX_HOLDINGS);
        List<String> filled = council == null ? null : appointments.filledRoles(council, q.on());
        return new Holdings(q.on(), q.councilGss(), person, organisation, held, filled);
    }

    private static void requireWellFormed(Query q) {
        if ((q.issuer() == null) != (q.subject() == null)) {
            throw new InvalidInput(q.issuer() == null ? "issuer" : "subject", "give both issuer and subject, or neither");
        }
        if (q.organisationGss() != null && q.organisationId() != null) {
            throw new InvalidInput("organisationId", "give organisationGssCode or organisationId, not both");
        }
        if (q.issuer() == null && q.organisationGss() == null && q.organisationId() == null) {
            throw new InvalidInput("subject", "name whom to ask about: issuer and subject, organisationGssCode or organisationId");
        }
        if (q.on().isBefore(EARLIEST) || q.on().isAfter(LATEST)) {
            throw new InvalidInput("on", "must be between " + EARLIEST + " and " + LATEST);
        }
    }

    private Optional<Organisation> organisation(Query q) {
        if (q.organisationId() != null) {
            return organisations.findByIdOptional(q.organisationId());
        }
        if (q.organisationGss() != null) {
            return organisations.representing(q.organisationGss());
        }
        return Optional.empty();
    }
}
