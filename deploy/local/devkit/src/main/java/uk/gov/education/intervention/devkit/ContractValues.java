package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import static uk.gov.education.intervention.devkit.ContractSchemas.type;

/**
 * The values of {@link ContractInputs}: valid ones made from a schema, refused ones, and awkward ones
 * either way, all drawn from the one seeded random source.
 */
final class ContractValues {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Written in place of a lone UTF-16 surrogate, which no encoder writes; becomes the JSON escape itself. */
    static final String LONE_SURROGATE = "@@lone-surrogate@@";
    static final String RAW = "@@raw:";

    /** Texts any field may meet: the contract allows most of them where a field has no pattern or bound. */
    static final List<String> HOSTILE_TEXT = List.of(
            "", " ", "\t\r\n", "Łódź ✓ 東京", "مرحبا بالعالم \u202Egnp.exe", "e\u0301\u0301\u0301\u0301 Z\u0336\u0335",
            "a\u0000b", "\u0000", "👩‍👩‍👧‍👦 🇬🇧", "a" + LONE_SURROGATE + "b", "\uFEFF\u200B\u00A0",
            "' OR '1'='1' --", "'; DROP TABLE council; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(0)",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "../../../../etc/passwd", "%00%2e%2e%2f",
            "\\", "\"", "null", "undefined", "NaN", "-1", "0", "1e309", "\u0007\u001b[31m");

    // An empty value is not among the refused ones: the suite takes an empty query value, and an empty or null
    // optional field, as absent (see GeneratedInputTest).
    static final List<String> BAD_DATES = List.of("0000-01-01", "9999-12-31", "2020-02-30", "-999999999-01-01", "+999999999-12-31",
            "1899-12-31", "2200-01-01", "2020-13-01", "2020-1-1", "20200101", "2020-01-01T00:00:00Z", "yesterday");
    static final List<String> EDGE_DATES = List.of("1900-01-01", "2199-12-31", "2020-02-29", "2019-10-31");
    static final List<String> BAD_NUMBERS = List.of("-1", "-999999999", "999999999999", "1000000000000000000000000000000",
            "-1000000000000000000000000000000", "1.5", "1e30", "ten", "0x10", "NaN");
    static final List<String> BAD_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "0", "{}", "' OR 1=1 --",
            "c0000000-0000-4000-8000-0000000000011");
    static final List<String> BAD_CURSORS = List.of("garbage", "eyJvZmZzZXQiOi0xfQ", "eyJhZnRlciI6IicgT1IgMT0xIC0tIn0", "-1", "%00",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", "\u0000", "null");
    static final List<String> BAD_GSS = List.of("E0600002", "X06000021", "e06000021", "E06-000021", "' OR 1=1 --", "E０６０００００２１");

    private final Random random;
    private final ContractSchemas schemas;

    ContractValues(Random random, ContractSchemas schemas) {
        this.random = random;
        this.schemas = schemas;
    }

    /** A value the schema accepts: examples first, else one made from the type. */
    JsonNode valid(JsonNode schemaRef, int depth) {
        JsonNode s = schemas.resolve(schemaRef);
        JsonNode example = schemas.example(schemaRef);
        if (example != null && !(s.has("properties") && depth < 6)) {
            return example;
        }
        if (s.has("enum")) {
            return s.path("enum").get(random.nextInt(s.path("enum").size()));
        }
        switch (type(s)) {
            case "object" -> {
                return validObject(s, depth);
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                int n = Math.max(s.path("minItems").asInt(0), depth < 4 ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    a.add(valid(s.path("items"), depth + 1));
                }
                return a;
            }
            case "integer", "number" -> {
                return NODES.numberNode(s.has("minimum") ? s.path("minimum").asLong() : 1);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(validText(s));
            }
        }
    }

    private ObjectNode validObject(JsonNode s, int depth) {
        ObjectNode o = NODES.objectNode();
        List<String> required = new ArrayList<>();
        s.path("required").forEach(n -> required.add(n.asText()));
        Iterator<Map.Entry<String, JsonNode>> props = s.path("properties").fields();
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> p = props.next();
            if (depth < 6 && (required.contains(p.getKey()) || random.nextInt(3) == 0)) {
                o.set(p.getKey(), valid(p.getValue(), depth + 1));
            }
        }
        return o;
    }

    private String validText(JsonNode s) {
        return switch (s.path("format").asText()) {
            case "date" -> pick(EDGE_DATES);
            case "uuid" -> UUID.randomUUID().toString();
            case "date-time" -> "2020-01-31T10:15:30Z";
            default -> s.has("pattern") ? "E06000021" : "text " + random.nextInt(1000);
        };
    }

    /** A value the schema accepts or not: boundaries, hostile texts, or a plain valid one. */
    String anyValue(String name, JsonNode s) {
        int roll = random.nextInt(10);
        if (roll < 3) {
            return textOf(valid(s, 3));
        }
        if (roll < 5) {
            String refused = refused(name, s);
            if (refused != null) {
                return refused;
            }
        }
        if (name.equals("cursor") && roll < 8) {
            return pick(BAD_CURSORS);
        }
        if (s.path("format").asText().equals("date") && roll < 8) {
            return pick(EDGE_DATES);
        }
        if (type(s).matches("integer|number")) {
            return pick(List.of(String.valueOf(s.path("minimum").asLong(0)), String.valueOf(s.path("maximum").asLong(1)), "0", "-0",
                    "+1", "00001"));
        }
        if (s.has("maxLength") && roll < 7) {
            return "m".repeat(s.path("maxLength").asInt());
        }
        return pick(HOSTILE_TEXT);
    }

    /** A value of a parameter that the schema refuses, never empty (an empty query value is an absent one). */
    String refusedParam(String name, JsonNode s) {
        for (int i = 0; i < 20; i++) {
            String v = refused(name, s);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "no-such-" + random.nextInt(100_000);
    }

    /** A value the schema refuses (or, for a field with no constraint, one no record has), as text. */
    String refused(String name, JsonNode s) {
        List<String> options = new ArrayList<>();
        String type = type(s);
        if (s.has("enum")) {
            options.add("NOT_A_VALUE");
            options.add("' OR 1=1 --");
            options.add(s.path("enum").get(0).asText().toLowerCase() + "x");
        }
        if (s.path("format").asText().equals("date")) {
            options.addAll(BAD_DATES);
        }
        if (s.path("format").asText().equals("uuid")) {
            options.addAll(BAD_UUIDS);
        }
        if (type.matches("integer|number")) {
            options.addAll(BAD_NUMBERS.stream().filter(v -> !fits(v, s)).toList());
        }
        if (s.has("maxLength")) {
            int max = s.path("maxLength").asInt();
            options.add("x".repeat(max + 1));
            options.add("é".repeat(max + 1));
            options.add("x".repeat(Math.max(max + 1, 20_000)));
        }
        if (s.has("pattern")) {
            Pattern p = Pattern.compile(s.path("pattern").asText());
            for (String v : concat(BAD_GSS, HOSTILE_TEXT, BAD_DATES)) {
                if (!p.matcher(v.replace(LONE_SURROGATE, "\ud800")).find() && !v.contains(LONE_SURROGATE)) {
                    options.add(v);
                }
            }
        }
        if (options.isEmpty() && type.equals("string")) {
            // nothing the contract refuses: a value no record has, which is a 404 for a path
            options.add("no-such-" + random.nextInt(100_000));
            options.add("'; DROP TABLE x; --");
            options.add("../../etc/passwd");
        }
        return options.isEmpty() ? null : pick(options);
    }

    private static boolean fits(String v, JsonNode s) {
        try {
            long n = Long.parseLong(v);
            return (!s.has("minimum") || n >= s.path("minimum").asLong()) && (!s.has("maximum") || n <= s.path("maximum").asLong());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    static String textOf(JsonNode n) {
        return n.isTextual() ? n.asText() : n.toString();
    }

    // ---------------------------------------------------------------- encoding

    /** Percent-encodes UTF-8 (a lone surrogate as the bytes a careless encoder writes for it, which are not UTF-8). */
    static String encode(String v, boolean path) {
        StringBuilder out = new StringBuilder();
        String s = v.replace(LONE_SURROGATE, "\ud800");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 && (Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0)) {
                out.append((char) cp);
            } else if (Character.isSurrogate((char) cp)) {
                out.append("%ED%A0%80");
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return out.toString();
    }

    static String abbreviate(String v) {
        String shown = v.replace(LONE_SURROGATE, "\\ud800");
        return shown.length() > 60 ? shown.substring(0, 40) + "...(" + shown.length() + " chars)" : shown;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
