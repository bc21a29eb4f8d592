package uk.gov.education.intervention.reporting.submission.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.reporting.submission.domain.IdempotencyRecord;
import uk.gov.education.intervention.reporting.submission.repository.IdempotencyRepository;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * {@code Idempotency-Key} on POST, per caller. A request claims its key in the transaction that
 * does its work, with a PostgreSQL advisory lock that lives exactly as long as that transaction:
 * while it runs, however long, a retry with the same key is told 409; when it commits, its
 * response is kept with the key, and a retry with the same body gets that response again and
 * stores nothing (with another body, 422); when it fails, it rolls back and leaves the key free.
 * No clock decides that a request has stopped running, so a slow one is never taken over. Kept
 * responses expire after {@code reporting.idempotency.retention} (7 days): a key is then free
 * again, and expired records are purged every {@code reporting.idempotency.purge-every}.
 */
@ApplicationScoped
public class IdempotencyService {

    private static final Logger LOG = Logger.getLogger(IdempotencyService.class);

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** A request that may go ahead under its key. */
    public record Ticket(IdempotencyRecord.Key key, String requestHash) {
    }

    /** The response kept with a key: its status, JSON body, Location (if any) and ETag (if any). */
    public record Replay(int status, String body, URI location, String etag) {
    }

    /** Either go ahead with the ticket, or answer with the replayed response. */
    public record Outcome(Ticket proceed, Replay replay) {
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
            throw new InvalidInput(HEADER, "is required: send a unique value (e.g. a UUID) per submission, "
                    + "and the same value when you retry it");
        }
        if (key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInput(HEADER, "must be 1 to 255 visible ASCII characters");
        }
    }

    /**
     * Claims the key for this transaction, or answers from the response kept with it. Must run in
     * the transaction that does the request's work and {@link #complete completes} it: the claim
     * is released when that transaction ends, whether it commits or rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome claim(String caller, String key, String requestHash) {
        requireValidKey(key);
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller.length() > 300 ? caller.substring(0, 300) : caller, key);
        if (!records.tryLock(lockKey(id))) {
            throw new Conflict("idempotency-request-in-flight",
                    "The first request with this Idempotency-Key is still being processed. Retry shortly: you will then "
                            + "get its response.");
        }
        IdempotencyRecord r = records.findById(id);
        if (r != null && (!IdempotencyRecord.COMPLETED.equals(r.state) || expired(r, OffsetDateTime.now(clock)))) {
            // expired, or left unfinished by a request no longer running (it would hold the claim): the key is free
            records.delete(r);
            records.flush();
            r = null;
        }
        if (r == null) {
            return new Outcome(new Ticket(id, requestHash), null);
        }
        if (!r.requestHash.equals(requestHash)) {
            throw new RuleViolation("idempotency-key-reused", "Idempotency-Key already used for another request",
                    "This Idempotency-Key was first used with a different request body. Use a new key for a new "
                            + "submission; send the identical body to retry the first one.");
        }
        return new Outcome(null, replay(r));
    }

    /**
     * Keeps the response with the key; must run in the transaction that claimed it and stores the request's result.
     * Returns the body as kept (JSON), for the first answer to send as it is rather than write it again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String complete(Ticket ticket, int status, Object body, URI location, String etag) {
        IdempotencyRecord r = new IdempotencyRecord();
        r.key = ticket.key();
        r.requestHash = ticket.requestHash();
        try {
            r.responseBody = mapper.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot keep the response", e);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        r.state = IdempotencyRecord.COMPLETED;
        r.responseStatus = status;
        r.responseLocation = location == null ? null : location.toString();
        r.responseEtag = etag;
        r.createdAt = now;
        r.completedAt = now;
        records.persist(r);
        return r.responseBody;
    }

    /** Deletes the responses kept longer than the retention; returns how many. */
    public long purgeExpired() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.idempotency().retention());
        return QuarkusTransaction.requiringNew().call(() -> records.deleteCreatedBefore(cutoff));
    }

    @Scheduled(identity = "idempotency-purge", every = "${reporting.idempotency.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onTimer() {
        try {
            long purged = purgeExpired();
            if (purged > 0) {
                LOG.debugf("purged %d expired idempotency records", purged);
            }
        } catch (RuntimeException e) {
            LOG.warnf("expired idempotency records were not purged: %s", e.toString());
        }
    }

    private boolean expired(IdempotencyRecord r, OffsetDateTime now) {
        return r.createdAt.plus(config.idempotency().retention()).isBefore(now);
    }

    /** The advisory lock of a key: 64 bits of the SHA-256 of the caller and the key. */
    static long lockKey(IdempotencyRecord.Key id) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256")
                    .digest(("idempotency\n" + id.caller() + "\n" + id.idempotencyKey()).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Replay replay(IdempotencyRecord r) {
        return new Replay(r.responseStatus, r.responseBody, r.responseLocation == null ? null : URI.create(r.responseLocation),
                r.responseEtag);
    }
}
