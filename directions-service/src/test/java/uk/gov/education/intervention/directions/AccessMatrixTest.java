package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import uk.gov.education.intervention.devkit.AccessMatrix;
import uk.gov.education.intervention.devkit.AccessMatrix.Call;
import uk.gov.education.intervention.devkit.AccessMatrix.Caller;
import uk.gov.education.intervention.devkit.AccessMatrix.Fixture;
import uk.gov.education.intervention.devkit.AccessMatrix.Reusable;
import uk.gov.education.intervention.devkit.Callers;
import uk.gov.education.intervention.directions.client.CouncilDirectory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static uk.gov.education.intervention.devkit.Callers.MEDWAY;
import static uk.gov.education.intervention.devkit.Callers.STOKE;

/**
 * Every operation of directions-service's contract as every caller (src/test/resources/access-matrix.tsv):
 * reads of Stoke-on-Trent's seed direction and, in the {@code draft} case, of a draft (the Department's
 * own: everyone else is told it does not exist); writes on directions of their own, made for each call
 * (again after each that succeeds) in test councils the councils-service stand-in knows. The unappointed partner is the staff of a
 * council (Manchester's code) appointed for nothing.
 */
@QuarkusTest
class AccessMatrixTest extends uk.gov.education.intervention.devkit.AccessMatrixTest {

    private static final String NEVER_APPOINTED = "E08000003";
    private static final String STOKE_DIRECTION = "E06000021-2019-10-31";
    private static final AtomicInteger DAYS = new AtomicInteger();

    /** A test council of the matrix's own, for drafts that need not be issued; and a draft in it, both made once. */
    private static String council;
    private static String draft;

    @Inject
    CouncilDirectory directory;

    @Inject
    CircuitBreakerMaintenance circuits;

    private static boolean warm;

    @BeforeEach
    void councilsServiceAnswers() {
        CouncilsServiceStub.reset();
        if (!warm) {
            // the client's first call sets it up, which on a busy machine can take longer than the tests' timeout
            warm = true;
            try {
                directory.find(STOKE);
            } catch (RuntimeException ignored) {
                // only the setting up mattered
            }
        }
        circuits.reset(CouncilDirectory.CIRCUIT);
    }

    @Override
    protected Map<String, Caller> callers() {
        return AccessMatrix.standardCallers(STOKE, MEDWAY, NEVER_APPOINTED);
    }

    @Override
    protected Map<String, Fixture> fixtures() {
        Map<String, Fixture> f = new LinkedHashMap<>();
        f.put("GET /v1/audit", c -> Call.of());
        f.put("GET /v1/councils/{gss}/directions", c -> Call.of().path("gss", STOKE));
        f.put("GET /v1/councils/{gss}/directions/events", c -> Call.of().path("gss", STOKE));
        f.put("GET /v1/directions", c -> Call.of().query("council", STOKE));
        f.put("POST /v1/directions", c -> Call.of().body(Drafts.direction(council(), nextDate())));
        f.put("GET /v1/directions/feed.atom", c -> Call.of());
        f.put("POST /v1/directions/feed/subscriptions", c -> Call.of());
        // a subscription of Stoke-on-Trent's reporter: theirs and a DfE administrator's to revoke, to everyone else not there
        var subscription = new Reusable<>(() -> Callers.reporter(STOKE).post("/v1/directions/feed/subscriptions")
                .then().statusCode(201).extract().<String>path("id"));
        f.put("DELETE /v1/directions/feed/subscriptions/{id}", c -> Call.of().path("id", subscription.get()));
        f.put("GET /v1/directions/{reference}", c -> Call.of().path("reference", STOKE_DIRECTION));
        f.put("GET /v1/directions/{reference} [draft]", c -> Call.of().path("reference", draft()));
        // the draft's ETag, read again only after a call that succeeded (a refused one leaves it as it was)
        var draftEtag = new Reusable<>(() -> Drafts.etag(draft()));
        f.put("PUT /v1/directions/{reference}", c -> {
            String reference = draft();
            Map<String, Object> body = Drafts.direction(council(), reference.substring(council().length() + 1));
            body.put("title", body.get("title") + " (amended)");
            return Call.of().path("reference", reference).ifMatch(draftEtag.get()).body(body);
        });
        f.put("GET /v1/directions/{reference}/document", c -> Call.of().path("reference", STOKE_DIRECTION));
        f.put("GET /v1/directions/{reference}/document [draft]", c -> Call.of().path("reference", draft()));
        f.put("GET /v1/directions/{reference}/history", c -> Call.of().path("reference", STOKE_DIRECTION));
        f.put("GET /v1/directions/{reference}/history [draft]", c -> Call.of().path("reference", draft()));
        // each in a council of its own, where no direction is in force
        var toIssue = new Reusable<>(() -> {
            Map<String, Object> body = Drafts.direction(CouncilsServiceStub.testCouncil(), "2021-02-01");
            return Map.entry(Drafts.reference((String) body.get("councilGssCode"), "2021-02-01"), Drafts.draft(body));
        });
        f.put("POST /v1/directions/{reference}/issue", c -> Call.of().path("reference", toIssue.get().getKey()).ifMatch(toIssue.get().getValue()));
        var toRevoke = new Reusable<>(() -> {
            Map<String, Object> body = Drafts.direction(CouncilsServiceStub.testCouncil(), "2021-02-01");
            return Map.entry(Drafts.reference((String) body.get("councilGssCode"), "2021-02-01"), Drafts.issued(body));
        });
        f.put("POST /v1/directions/{reference}/revocation", c -> Call.of().path("reference", toRevoke.get().getKey())
                .ifMatch(toRevoke.get().getValue())
                .body(Map.of("revokedOn", "2022-02-01", "reason", "The council's services are no longer inadequate.")));
        f.put("GET /v1/duties", c -> Call.of().query("council", STOKE));
        return f;
    }

    private static synchronized String council() {
        if (council == null) {
            council = CouncilsServiceStub.testCouncil();
        }
        return council;
    }

    private static synchronized String draft() {
        if (draft == null) {
            String date = nextDate();
            Drafts.draft(Drafts.direction(council(), date));
            draft = Drafts.reference(council(), date);
        }
        return draft;
    }

    private static String nextDate() {
        return LocalDate.of(2021, 1, 1).plusDays(DAYS.getAndIncrement()).toString();
    }
}
