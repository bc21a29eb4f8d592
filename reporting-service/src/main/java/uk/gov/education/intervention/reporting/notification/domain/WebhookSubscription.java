package uk.gov.education.intervention.reporting.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A webhook subscription: where to send which events about one council (COUNCIL) or about every council
 * its owner may read (ORGANISATION), owned by the token identity that made it. The owner's roles and
 * organisation are kept as its token gave them; what the owner may read is decided again, by appointments
 * on the day, for each delivery. Its secret is shown once, when made or rotated.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    public static final int MAX_DUE_IN_DAYS = 90;
    public static final int MAX_DESCRIPTION = 500;

    public enum Scope { COUNCIL, ORGANISATION }

    /** Who made it: the identity (issuer and subject) that owns it, its name, roles and organisation. */
    public record Owner(String identity, String issuer, String tokenSubject, String name, Set<String> roles, String organisation) {
    }

    /** What a subscription asks for; {@code council} only for COUNCIL scope, {@code dueInDays} only with due-item.due-soon. */
    public record Terms(Scope scope, String council, String url, Set<EventType> types, Integer dueInDays, String description,
                        boolean active) {
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    @Column(name = "council_gss")
    public String councilGss;

    @Column(nullable = false)
    public String url;

    /** Wire names, comma-separated. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    @Column(name = "due_in_days")
    public Integer dueInDays;

    public String description;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "owner_identity", nullable = false)
    public String ownerIdentity;

    @Column(name = "owner_issuer", nullable = false)
    public String ownerIssuer;

    @Column(name = "owner_token_subject", nullable = false)
    public String ownerTokenSubject;

    @Column(name = "owner_name", nullable = false)
    public String ownerName;

    /** The owner's roles as its token gave them, comma-separated. */
    @Column(name = "owner_roles", nullable = false)
    public String ownerRoles;

    @Column(name = "owner_organisation")
    public String ownerOrganisation;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static WebhookSubscription made(UUID id, Owner owner, Terms terms, OffsetDateTime at) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = id;
        s.ownerIdentity = owner.identity();
        s.ownerIssuer = owner.issuer();
        s.ownerTokenSubject = owner.tokenSubject();
        s.ownerName = owner.name();
        s.ownerRoles = String.join(",", owner.roles());
        s.ownerOrganisation = owner.organisation();
        s.createdAt = at;
        s.secret = WebhookSignature.newSecret();
        s.scope = terms.scope();
        s.councilGss = terms.council();
        s.change(terms);
        return s;
    }

    /** Changes where and what it sends (its scope and council stay as made). */
    public void change(Terms terms) {
        if (terms.types().isEmpty()) {
            throw new InvalidInput("eventTypes", "must name at least one of " + EventType.NAMES);
        }
        boolean dueSoon = terms.types().contains(EventType.DUE_SOON);
        if (dueSoon && terms.dueInDays() == null) {
            throw new InvalidInput("dueInDays", "is needed with due-item.due-soon: how many days before an item's due date to tell");
        }
        if (!dueSoon && terms.dueInDays() != null) {
            throw new InvalidInput("dueInDays", "is only for due-item.due-soon");
        }
        if (terms.dueInDays() != null && (terms.dueInDays() < 1 || terms.dueInDays() > MAX_DUE_IN_DAYS)) {
            throw new InvalidInput("dueInDays", "must be between 1 and " + MAX_DUE_IN_DAYS);
        }
        TargetUrl.parse(terms.url());
        url = terms.url();
        eventTypes = String.join(",", terms.types().stream().sorted().map(EventType::wire).toList());
        dueInDays = terms.dueInDays();
        description = terms.description() == null || terms.description().isBlank() ? null : terms.description().strip();
        active = terms.active();
    }

    /** A new secret; the one it replaces still signs (beside it) for {@code overlap}. Returns the new secret. */
    public String rotate(OffsetDateTime now, Duration overlap) {
        previousSecret = secret;
        previousSecretUntil = now.plus(overlap);
        secret = WebhookSignature.newSecret();
        return secret;
    }

    /** The secrets that sign a delivery made at {@code now}: the current one, and the previous one within its overlap. */
    public List<String> signingSecrets(OffsetDateTime now) {
        List<String> out = new ArrayList<>(List.of(secret));
        if (previousSecret != null && now.isBefore(previousSecretUntil)) {
            out.add(previousSecret);
        }
        return out;
    }

    public Set<EventType> types() {
        Set<EventType> out = new LinkedHashSet<>();
        Arrays.stream(eventTypes.split(",")).map(EventType::of).forEach(t -> t.ifPresent(out::add));
        return out;
    }

    public Set<String> roles() {
        return Set.of(ownerRoles.split(","));
    }

    public Snapshot snapshot() {
        return new Snapshot(id, scope.name(), councilGss, url, types().stream().map(EventType::wire).toList(), dueInDays, description,
                active, ownerName, createdAt, previousSecretUntil);
    }

    /** The subscription as its history records it: never its secrets. */
    public record Snapshot(UUID id, String scope, String councilGssCode, String url, List<String> eventTypes, Integer dueInDays,
                           String description, boolean active, String createdBy, OffsetDateTime createdAt,
                           OffsetDateTime previousSecretExpiresAt) {
    }
}
