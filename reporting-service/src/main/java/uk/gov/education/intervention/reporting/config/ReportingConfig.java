package uk.gov.education.intervention.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** reporting-service's own settings ({@code reporting.*} in application.properties). */
@ConfigMapping(prefix = "reporting")
public interface ReportingConfig {

    /** Days after the due date on which a submission still counts as on time. */
    @WithDefault("0")
    int graceDays();

    Schedule schedule();

    Attachments attachments();

    Idempotency idempotency();

    Councils councils();

    Feed feed();

    Metrics metrics();

    /**
     * A fixed bearer token issued to this service, sent to the other services instead of one from the
     * identity provider's grant ({@code quarkus.oidc-client.*}); for a stack without a grant.
     */
    Optional<String> serviceToken();
    Webhooks webhooks();

    HeavyReads heavyReads();

    AggregateAnswers aggregateAnswers();

    /**
     * Aggregates already made, served again while everything they were made from is unchanged: how many are kept, and
     * how many bytes they may take together (an answer larger than that is served, not kept; the least recently used
     * goes first). {@code max-entries=0} keeps none.
     */
    interface AggregateAnswers {
        @WithDefault("16")
        int maxEntries();

        @WithDefault("25165824")
        long maxBytes();
    }

    /**
     * Answers whose size grows with the councils they cover (the aggregates, the iCalendar feeds): how many are made
     * at once, so that together they stay within the heap, and how long a request waits its turn before 503.
     */
    interface HeavyReads {
        @WithDefault("2")
        int concurrency();

        @WithDefault("30s")
        Duration maxWait();
    }

    interface Schedule {
        /** How many months after today schedules and calendar feeds reach. */
        @WithDefault("12")
        int horizonMonths();

        /** The widest range, in periods, an aggregate may span. */
        @WithDefault("120")
        int maxAggregatePeriods();
    }

    interface Attachments {
        /** Largest attachment accepted, in bytes (after base64 decoding). */
        @WithDefault("5242880")
        long maxBytes();

        @WithDefault("5")
        int maxPerSection();

        /** Media types accepted for attachments. */
        List<String> allowedTypes();
    }

    interface Idempotency {
        /** How long a key's response is kept: a retry within it is answered from it; after it, the key is free again. */
        @WithDefault("P7D")
        Duration retention();

        /** How often expired keys are purged (a scheduler period such as {@code 1h}; {@code off} stops it). */
        @WithDefault("1h")
        String purgeEvery();
    }

    interface Councils {
        /** How long council names and ratings from councils-service are reused; 0 fetches every time. */
        @WithDefault("PT5M")
        Duration cacheTtl();
    }

    interface Feed {
        /**
         * The HMAC key that signs calendar feed tokens (HS256 JWTs; its key id, derived from it, is
         * in each token's header). When unset a random key is made at start-up, so feed URLs stop
         * working when the service restarts.
         */
        Optional<String> secret();

        /**
         * Keys that signed feed tokens before {@link #secret()} replaced them: their tokens are still
         * accepted until the key is removed from this list. Rotation: move the current secret here and
         * set a new one; remove it once its tokens have expired (or to revoke them all).
         */
        Optional<List<String>> previousSecrets();

        /** How long a calendar subscription URL stays valid. */
        @WithDefault("P90D")
        Duration tokenTtl();

        /** The public base URL for subscription links, e.g. https://reporting.example.gov.uk. */
        Optional<String> publicBaseUrl();
    }

    interface Metrics {
        /**
         * How often the overdue-items gauge is recomputed from the duties feed (a scheduler period such
         * as {@code 5m}; {@code off} stops it). Scrapes never compute it.
         */
        @WithDefault("5m")
        String overdueRefresh();

        /** How long after start-up it is first computed. */
        @WithDefault("30s")
        String overdueFirstDelay();
    }

    interface Webhooks {
        /**
         * Whether webhooks may be sent to loopback, private and local addresses. Off in production: a
         * subscription must not make the service call into its own network. Tests and the local stack turn it on.
         */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** Attempts of one delivery before it is given up (the first included). */
        @WithDefault("8")
        int maxAttempts();

        /** The delay before the second attempt; doubled after each further failure, up to {@link #maxBackoff()}. */
        @WithDefault("PT30S")
        Duration firstBackoff();

        @WithDefault("PT6H")
        Duration maxBackoff();

        @WithDefault("PT5S")
        Duration connectTimeout();

        /** How long a receiver has to answer once connected. */
        @WithDefault("PT10S")
        Duration readTimeout();

        /**
         * Added to the connect and read timeouts to make the lease of a claimed delivery: a dispatcher that dies
         * mid-send leaves it to be taken again once the lease has run out.
         */
        @WithDefault("PT30S")
        Duration leaseMargin();

        /** How long the previous secret still signs (beside the new one) after a rotation. */
        @WithDefault("PT24H")
        Duration rotationOverlap();

        /** How often due deliveries are sent (a scheduler period; {@code off} stops it). */
        @WithDefault("5s")
        String dispatchEvery();

        /** How often items due soon or overdue, and directions issued or revoked, are looked for ({@code off} stops it). */
        @WithDefault("10m")
        String scanEvery();

        /** Deliveries one dispatcher takes at a time. */
        @WithDefault("20")
        int batchSize();

        /** Subscriptions one owner may hold. */
        @WithDefault("20")
        int maxPerOwner();
    }
}
