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
import uk.gov.education.intervention.councils.rest.RoleHoldingsView;
import uk.gov.education.intervention.platform.problem.Problems;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Inject
    PersonIdentityRepository identities;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AppointmentRepository appointments;

    @Inject
    CouncilService councils;

    public RoleHoldingsView holdings(Query q) {
        if ((q.issuer() == null) != (q.subject() == null)) {
            throw Problems.invalidField(q.issuer() == null ? "issuer" : "subject", "give both issuer and subject, or neither");
        }
        if (q.organisationGss() != null && q.organisationId() != null) {
            throw Problems.invalidField("organisationId", "give organisationGssCode or organisationId, not both");
        }
        if (q.issuer() == null && q.organisationGss() == null && q.organisationId() == null) {
            throw Problems.invalidField("subject", "name whom to ask about: issuer and subject, organisationGssCode or organisationId");
        }
        if (q.on().isBefore(EARLIEST) || q.on().isAfter(LATEST)) {
            throw Problems.invalidField("on", "must be between " + EARLIEST + " and " + LATEST);
        }
        Council council = q.councilGss() == null ? null : councils.require(q.councilGss());
        Person person = q.issuer() == null ? null : identities.active(q.issuer(), q.subject()).map(l -> l.person).orElse(null);
        Organisation organisation = organisation(q).orElse(null);

        List<RoleHoldingsView.Holding> holdings = List.of();
        if (person != null || organisation != null) {
            StringBuilder jpql = new StringBuilder("select a from Appointment a join fetch a.role left join fetch a.council c "
                    + "where a.countsFrom <= :on and (a.endsOn is null or a.endsOn >= :on) and (");
            Map<String, Object> params = new HashMap<>();
            params.put("on", q.on());
            if (person != null) {
                jpql.append("a.person = :person");
                params.put("person", person);
            }
            if (organisation != null) {
                jpql.append(person != null ? " or " : "").append("a.organisation = :organisation");
                params.put("organisation", organisation);
            }
            jpql.append(')');
            if (council != null) {
                jpql.append(" and (c = :council or c is null)");
                params.put("council", council);
            }
            jpql.append(" order by c.gssCode nulls first, a.role.position, a.countsFrom, a.id");
            var query = appointments.getEntityManager().createQuery(jpql.toString(), Appointment.class).setMaxResults(MAX_HOLDINGS);
            params.forEach(query::setParameter);
            holdings = query.getResultList().stream().map(RoleHoldingsService::holding).toList();
        }
        List<String> filled = null;
        if (council != null) {
            filled = appointments.getEntityManager().createQuery("select distinct a.role.code from Appointment a where a.council = :council "
                            + "and a.countsFrom <= :on and (a.endsOn is null or a.endsOn >= :on) order by a.role.code", String.class)
                    .setParameter("council", council).setParameter("on", q.on()).getResultList();
        }
        return new RoleHoldingsView(q.on(), q.councilGss(),
                person == null ? null : new RoleHoldingsView.PartyRef(person.id, person.displayName(), null),
                organisation == null ? null : new RoleHoldingsView.PartyRef(organisation.id, organisation.name,
                        organisation.council == null ? null : organisation.council.gssCode),
                holdings, filled);
    }

    private Optional<Organisation> organisation(Query q) {
        if (q.organisationId() != null) {
            return Optional.ofNullable(organisations.findById(q.organisationId()));
        }
        if (q.organisationGss() != null) {
            return organisations.find("council.gssCode", q.organisationGss()).firstResultOptional();
        }
        return Optional.empty();
    }

    private static RoleHoldingsView.Holding holding(Appointment a) {
        return new RoleHoldingsView.Holding(a.council == null ? null : a.council.gssCode, a.role.code, a.role.name,
                a.person != null ? "PERSON" : "ORGANISATION", a.id, a.startsOn, a.startsOnBasis, a.knownFrom, a.endsOn);
    }
}
