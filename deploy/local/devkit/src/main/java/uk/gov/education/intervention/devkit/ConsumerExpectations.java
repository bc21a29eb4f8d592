package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one service (the consumer) relies on from another (the provider), committed under
 * {@code deploy/contracts/expectations/<consumer>--<provider>.json}: each call it makes, as whom,
 * the status and content type it expects, and the fields of the answer it reads (JSON pointers,
 * {@code *} for every element of an array). The consumer's stand-in of the provider must serve no
 * operation that is not listed and must give the fields listed; the provider's
 * {@link ConsumerExpectationsTest} replays every call against itself and checks the same.
 */
public record ConsumerExpectations(String consumer, String provider, Path file, List<Interaction> interactions) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call: {@code as} is a development token's role and councils (empty: no token). */
    public record Interaction(String name, List<String> as, String method, String path, Map<String, List<String>> query,
                              Map<String, String> headers, int status, String contentType, List<String> reads) {
    }

    static Path folder() {
        return Checkout.root().resolve("deploy").resolve("contracts").resolve("expectations");
    }

    /** The expectations of a consumer of a provider; none when the file does not exist. */
    public static ConsumerExpectations of(String consumer, String provider) {
        Path file = folder().resolve(consumer + "--" + provider + ".json");
        return Files.isRegularFile(file) ? read(file) : new ConsumerExpectations(consumer, provider, file, List.of());
    }

    /** The expectations of every consumer of this provider. */
    public static List<ConsumerExpectations> ofProvider(String provider) {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith("--" + provider + ".json")).sorted()
                    .map(ConsumerExpectations::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConsumerExpectations read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<Interaction> list = new ArrayList<>();
            for (JsonNode i : root.path("interactions")) {
                Map<String, List<String>> query = new LinkedHashMap<>();
                i.path("query").fields().forEachRemaining(q -> query.put(q.getKey(), texts(q.getValue())));
                Map<String, String> headers = new LinkedHashMap<>();
                i.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
                list.add(new Interaction(i.path("name").asText(), texts(i.path("as")), i.path("method").asText("GET"),
                        i.path("path").asText(), query, headers, i.path("status").asInt(200),
                        i.path("contentType").asText("application/json"), texts(i.path("reads"))));
            }
            return new ConsumerExpectations(root.path("consumer").asText(), root.path("provider").asText(), file, list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node.asText());
        }
        return out;
    }

    /**
     * The read fields absent from a body. A field is there when its key is, even with null, and below
     * a null nothing more is required; {@code *} takes every element of an array. A step ending in
     * {@code ?} is a field the consumer copes without (absent or null). When {@code strict} (a replay
     * against the provider, which must show each field once) an optional object with fields read below
     * it must be there, and an empty array cannot show its elements' fields so counts as absent;
     * otherwise (a stand-in's answer) both have nothing to check.
     */
    public static List<String> missingReads(JsonNode body, List<String> reads, boolean strict) {
        List<String> missing = new ArrayList<>();
        for (String read : reads) {
            if (!present(body, read.substring(1).split("/"), 0, strict)) {
                missing.add(read);
            }
        }
        return missing;
    }

    private static boolean present(JsonNode node, String[] steps, int i, boolean strict) {
        if (i == steps.length || node == null || node.isNull()) {
            return true;
        }
        String step = steps[i];
        if (step.equals("*")) {
            if (!node.isArray() || node.isEmpty()) {
                return node.isArray() && !strict;
            }
            for (JsonNode e : node) {
                if (!present(e, steps, i + 1, strict)) {
                    return false;
                }
            }
            return true;
        }
        boolean optional = step.endsWith("?");
        String key = optional ? step.substring(0, step.length() - 1) : step;
        if (!node.isObject()) {
            return false;
        }
        JsonNode value = node.get(key);
        if (value == null || (optional && value.isNull())) {
            // a replay must still show the fields read below an optional object
            return optional && (!strict || i == steps.length - 1);
        }
        return present(value, steps, i + 1, strict);
    }
}
