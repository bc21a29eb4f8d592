package uk.gov.education.intervention.directions.domain;

import java.util.List;

/**
 * The text of a direction as a clause tree: recitals and operative paragraphs share one numbering
 * (recitals 1 to 6, directive 7); annexes number their own paragraphs. Stored as one JSON
 * document, frozen once the direction is issued.
 */
public record DirectionText(List<ClauseText> recitals, List<FunctionReference> functions, List<ClauseText> clauses,
                            List<AnnexText> annexes) {

    public static final DirectionText EMPTY = new DirectionText(List.of(), List.of(), List.of(), List.of());

    public DirectionText {
        recitals = recitals == null ? List.of() : List.copyOf(recitals);
        functions = functions == null ? List.of() : List.copyOf(functions);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
    }
}
