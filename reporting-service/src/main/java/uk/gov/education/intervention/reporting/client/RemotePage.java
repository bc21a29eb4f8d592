package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A cursor page as the other services return it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemotePage<T>(List<T> items, String next, Integer limit) {

    public List<T> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
