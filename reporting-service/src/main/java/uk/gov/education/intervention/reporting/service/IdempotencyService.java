package uk.gov.education.intervention.reporting.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.reporting.domain.IdempotencyRecord;
import uk.gov.education.intervention.reporting.repository.IdempotencyRepository;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * {@code Idempotency-Key} on POST (DESIGN.md section 3), per caller: the first request with a key
 * is recorded as in flight before any work starts and, in the transaction that stores its result,
 * completed with its response. A retry with the same key and the same body gets that response
 * again and stores nothing; with another body, 422; while the first is still in flight, 409. A
 * request that fails leaves no record, so it can be retried with the same key.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** A request that may go ahead under its key. */
    public record Ticket(IdempotencyRecord.Key key, String requestHash) {
    }

    /** Either go ahead with the ticket, or answer with the replayed response. */
    public record Outcome(Ticket proceed, Response replay) {
    }

    @Inject
    IdempotencyRepository records;

    @Inject
    ObjectMapper mapper;

    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    /** SHA-256 of the method, path and the request body in canonical JSON (keys sorted). */
    public String requestHash(String method, String path, Object body) {
        try {
            Object tree = mapper.convertValue(body, Object.class);
            byte[] canonical = mapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(tree);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(canonical);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }

    public static void requireValidKey(String key) {
        if (key == null || key.isBlank()) {
            throw Problems.invalidField(HEADER, "is required: send a unique value (e.g. a UUID) per submission, "
                    + "and the same value when you retry it");
        }
        if (key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw Problems.invalidField(HEADER, "must be 1 to 255 visible ASCII characters");
        }
    }

    public Outcome begin(String caller, String key, String requestHash) {
        requireValidKey(key);
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller.length() > 300 ? caller.substring(0, 300) : caller, key);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = records.getEntityManager().createNativeQuery(
                            "INSERT INTO idempotency_record (caller, idempotency_key, request_hash, state, created_at) "
                                    + "VALUES (?1, ?2, ?3, 'IN_FLIGHT', ?4) ON CONFLICT DO NOTHING")
                    .setParameter(1, id.caller()).setParameter(2, id.idempotencyKey())
                    .setParameter(3, requestHash).setParameter(4, now)
                    .executeUpdate();
            if (inserted == 1) {
                return new Outcome(new Ticket(id, requestHash), null);
            }
            IdempotencyRecord r = records.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (r == null) {
                throw Problems.conflict("idempotency-request-in-flight",
                        "A request with this Idempotency-Key was being processed; retry it.");
            }
            if (!r.requestHash.equals(requestHash)) {
                throw Problems.ruleViolated("idempotency-key-reused", "Idempotency-Key already used for another request",
                        "This Idempotency-Key was first used with a different request body. Use a new key for a new "
                                + "submission; send the identical body to retry the first one.");
            }
            if (IdempotencyRecord.COMPLETED.equals(r.state)) {
                return new Outcome(null, replay(r));
            }
            if (r.createdAt.plus(config.idempotency().inFlightTimeout()).isBefore(now)) {
                r.createdAt = now;
                return new Outcome(new Ticket(id, requestHash), null);
            }
            throw Problems.conflict("idempotency-request-in-flight",
                    "The first request with this Idempotency-Key is still being processed. Retry shortly: you will then "
                            + "get its response.");
        });
    }

    /** Records the response; must run in the transaction that stores the request's result. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(Ticket ticket, int status, Object body, URI location, String etag) {
        IdempotencyRecord r = records.findById(ticket.key(), LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new IllegalStateException("idempotency record vanished");
        }
        try {
            r.responseBody = mapper.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot keep the response", e);
        }
        r.state = IdempotencyRecord.COMPLETED;
        r.responseStatus = status;
        r.responseLocation = location == null ? null : location.toString();
        r.responseEtag = etag;
        r.completedAt = OffsetDateTime.now(clock);
    }

    /** Forgets an in-flight request that failed, so that it can be retried with the same key. */
    public void abandon(Ticket ticket) {
        QuarkusTransaction.requiringNew().run(() -> records.delete("key.caller = ?1 and key.idempotencyKey = ?2 and state = ?3",
                ticket.key().caller(), ticket.key().idempotencyKey(), IdempotencyRecord.IN_FLIGHT));
    }

    private static Response replay(IdempotencyRecord r) {
        Response.ResponseBuilder b = Response.status(r.responseStatus)
                .entity(r.responseBody)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(REPLAYED_HEADER, "true");
        if (r.responseLocation != null) {
            // resolved against the request's base URI, as the first response's was
            b.location(URI.create(r.responseLocation));
        }
        if (r.responseEtag != null) {
            b.header(HttpHeaders.ETAG, r.responseEtag);
        }
        return b.build();
    }
}
