package uk.gov.education.intervention.councils.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Entities built in memory for the domain's unit tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Council council(long id, String gss, String name) {
        Council c = new Council();
        c.id = id;
        c.gssCode = gss;
        c.name = name;
        return c;
    }

    static Role role(String code, HolderKind kind, boolean councilScoped) {
        Role r = new Role();
        r.code = code;
        r.name = code.replace('_', ' ').toLowerCase();
        r.holderKind = kind;
        r.councilScoped = councilScoped;
        return r;
    }

    static Person person(String name) {
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.fullName = name;
        return p;
    }

    static Organisation localAuthority(String name, Council council) {
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        o.name = name;
        o.kind = OrganisationKind.LOCAL_AUTHORITY;
        o.council = council;
        return o;
    }

    /** A commissioner's appointment for Stoke-on-Trent from {@code startsOn}, open-ended. */
    static Appointment appointment(LocalDate startsOn) {
        Appointment a = Appointment.of(role("CHILDRENS_SERVICES_COMMISSIONER", HolderKind.PERSON, true),
                council(1, "E06000021", "Stoke-on-Trent City Council"), AppointmentBasis.APPOINTMENT);
        a.heldBy(person("Eleanor Brazil"));
        a.recordStart(startsOn, null, null);
        a.instrument(new Instrument(InstrumentType.DIRECTION, "E06000021-2019-10-31", startsOn));
        return a;
    }
}
