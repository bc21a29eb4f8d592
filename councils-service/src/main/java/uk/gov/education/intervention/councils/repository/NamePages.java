package uk.gov.education.intervention.councils.repository;

import uk.gov.education.intervention.platform.rest.Filters;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Lists in order of a lower-cased name, then id, searched by part of the name. */
public final class NamePages {

    private NamePages() {
    }

    /** The sort key of the last row a page showed: its lower-cased name and id. */
    public record After(String name, UUID id) {
    }

    /** A LIKE pattern matching names that contain {@code q}, case-insensitively; null for no filter. */
    public static String containing(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String escaped = q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    static void after(Filters f, String sortExpression, After after) {
        if (after != null) {
            f.and("(" + sortExpression + " > :k or (" + sortExpression + " = :k and id > :kid))", Map.of("k", after.name(), "kid", after.id()));
        }
    }
}
