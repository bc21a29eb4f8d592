package uk.gov.education.intervention.platform.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.gov.education.intervention.platform.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key of the last row a client saw, as base64url JSON. Opaque to
 * clients, so the order can change without breaking them.
 */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cursor() {
    }

    public static String encode(List<?> key) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JSON.writeValueAsString(key.stream().map(String::valueOf).toList())
                            .getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("cursor key is not serialisable", e);
        }
    }

    /** The key parts, or a 400 problem when the cursor is not one this API issued. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            List<String> parts = JSON.readValue(Base64.getUrlDecoder().decode(cursor), new TypeReference<List<String>>() {
            });
            if (parts.size() != expectedParts || parts.stream().anyMatch(p -> p == null)) {
                throw new IllegalArgumentException("wrong shape");
            }
            return parts;
        } catch (Exception e) {
            throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
        }
    }
}
