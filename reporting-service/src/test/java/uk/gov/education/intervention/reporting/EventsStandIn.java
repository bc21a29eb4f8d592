package uk.gov.education.intervention.reporting;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A council's events as councils-service ({@code GET /v1/councils/{gss}/events}) and directions-service
 * ({@code GET /v1/councils/{gss}/directions/events}) list them: oldest first by (day, kind name, id), within
 * {@code from}..{@code to} and {@code kinds}, strictly after the position the cursor names (of any kind),
 * {@code limit} at a time, with {@code next}; 404 for a council councils-service does not know.
 */
final class EventsStandIn extends Downstream.StandIn {

    /** An event as the services give it, for a council. */
    record Event(String council, LocalDate on, String kind, String id, String summary, String href) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Event> ORDER = Comparator.comparing(Event::on).thenComparing(Event::kind).thenComparing(Event::id);

    final List<Event> events = new CopyOnWriteArrayList<>();
    private final Set<String> knownCouncils;

    /** {@code knownCouncils}: null when any council is answered (directions-service does not own councils). */
    EventsStandIn(String name, Set<String> knownCouncils) {
        super(name);
        this.knownCouncils = knownCouncils;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serve) {
        Request r = serve.getRequest();
        String council = r.getUrl().split("/")[3];
        if (knownCouncils != null && !knownCouncils.contains(council)) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(404).withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"type\":\"urn:problem-type:intervention:not-found\",\"status\":404}").build();
        }
        LocalDate from = LocalDate.parse(param(r, "from"));
        LocalDate to = LocalDate.parse(param(r, "to"));
        Set<String> kinds = Arrays.stream(param(r, "kinds").split(",")).collect(Collectors.toSet());
        int limit = Integer.parseInt(param(r, "limit"));
        Event after = position(param(r, "cursor"));
        List<Event> page = events.stream().filter(e -> e.council().equals(council) && kinds.contains(e.kind())
                        && !e.on().isBefore(from) && !e.on().isAfter(to) && (after == null || ORDER.compare(after, e) < 0))
                .sorted(ORDER).limit(limit + 1L).toList();
        ObjectNode body = JSON.createObjectNode().put("limit", limit);
        ArrayNode items = body.putArray("items");
        page.stream().limit(limit).forEach(e -> items.addObject().put("on", e.on().toString()).put("kind", e.kind()).put("id", e.id())
                .put("summary", e.summary()).put("href", e.href()));
        if (page.size() > limit) {
            Event last = page.get(limit - 1);
            body.put("next", cursor(last));
        }
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body.toString()).build();
    }

    private static Event position(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            List<String> key = JSON.readValue(Base64.getUrlDecoder().decode(cursor), new TypeReference<List<String>>() {
            });
            return new Event(null, LocalDate.parse(key.get(0)), key.get(1), key.get(2), null, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cursor(Event e) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(List.of(e.on().toString(), e.kind(), e.id())));
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }

    static String param(Request r, String name) {
        QueryParameter p = r.queryParameter(name);
        return p != null && p.isPresent() && !p.firstValue().isEmpty() ? p.firstValue() : null;
    }
}
