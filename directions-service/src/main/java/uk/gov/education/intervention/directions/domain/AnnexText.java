package uk.gov.education.intervention.directions.domain;

import java.util.List;

/** An annex: the terms of reference of one appointee, a numbered list of what they shall do. */
public record AnnexText(String reference, String heading, List<String> titleLines, Party appointeeRole, String introduction,
                        List<ClauseText> paragraphs) {

    public List<String> titleLinesOrEmpty() {
        return titleLines == null ? List.of() : titleLines;
    }
}
