package uk.gov.education.intervention.directions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionText;

/** A direction's text to and from the JSON it is stored as. */
@ApplicationScoped
public class DirectionTexts {

    @Inject
    ObjectMapper mapper;

    public String write(DirectionText text) {
        try {
            return mapper.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("direction text is not serialisable", e);
        }
    }

    public DirectionText read(Direction d) {
        try {
            return mapper.readValue(d.content, DirectionText.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored text of direction " + d.reference + " is not readable", e);
        }
    }
}
