package uk.gov.education.intervention.directions.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.AnnexText;
import uk.gov.education.intervention.directions.domain.ClauseText;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionText;
import uk.gov.education.intervention.directions.domain.Duty;
import uk.gov.education.intervention.directions.domain.Signatory;
import uk.gov.education.intervention.directions.service.DirectionTexts;
import uk.gov.education.intervention.platform.rest.Versioned;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/** Turns stored directions and their duties into the API's views. */
@ApplicationScoped
public class DirectionMapper {

    @Inject
    DirectionTexts texts;

    public Versioned<DirectionView> versioned(Direction d) {
        return new Versioned<>(view(d), d.version);
    }

    public DirectionSummary summary(Direction d) {
        return new DirectionSummary(d.reference, d.councilGssCode, d.councilName, d.title, d.date, d.status, d.revokedOn,
                d.revokesReference, d.revokedByReference);
    }

    public DirectionView view(Direction d) {
        DirectionText text = texts.read(d);
        Map<String, List<String>> dutiesByClause = new LinkedHashMap<>();
        for (Duty u : d.duties) {
            dutiesByClause.computeIfAbsent(u.clause, k -> new ArrayList<>()).add(u.code);
            for (String c : u.citedBy) {
                dutiesByClause.computeIfAbsent(c, k -> new ArrayList<>()).add(u.code);
            }
        }
        List<AnnexView> annexes = new ArrayList<>();
        for (AnnexText a : text.annexes()) {
            annexes.add(new AnnexView(a.reference(), a.heading(), a.titleLinesOrEmpty(), a.appointeeRole(), a.introduction(),
                    clauses(a.reference() + ".", a.paragraphs(), dutiesByClause)));
        }
        List<FunctionView> functions = text.functions().stream()
                .map(f -> new FunctionView(f.set(), f.set().act(), f.set().provisions(), f.set().description(), f.clause()))
                .toList();
        return new DirectionView(d.reference, d.councilGssCode, d.councilName, d.title, d.date, d.status, d.statutoryBasis,
                signatory(d.signatory()), d.revokesReference, d.revokedByReference, d.revokedOn, d.revocationReason, d.issuedAt,
                d.summary, d.source, clauses("", text.recitals(), dutiesByClause), functions,
                clauses("", text.clauses(), dutiesByClause), annexes, d.duties.stream().map(u -> duty(d, u)).toList());
    }

    private static SignatoryText signatory(Signatory s) {
        return s == null ? null
                : new SignatoryText(s.name(), s.capacity(), s.onBehalfOf(), s.dateAsPrinted(), s.nameAndCapacityAsPrinted());
    }

    private static List<ClauseView> clauses(String prefix, List<ClauseText> items, Map<String, List<String>> duties) {
        List<ClauseView> views = new ArrayList<>();
        for (ClauseText c : items) {
            String reference = prefix + c.number();
            List<ClauseView> children = c.itemsOrEmpty().isEmpty() ? null : clauses(reference + ".", c.items(), duties);
            views.add(new ClauseView(reference, c.number(), c.printedLabel(), c.text(), c.continuation(),
                    c.citationsOrEmpty().isEmpty() ? null : c.citations().stream().map(TextJson::citation).toList(),
                    duties.get(reference), children));
        }
        return views;
    }

    /** The duty with its direction's facts; {@code d} is the duty's direction. */
    public static DutyView duty(Direction d, Duty u) {
        List<String> citations = new ArrayList<>();
        citations.add(u.clause);
        citations.addAll(List.of(u.citedBy));
        return new DutyView(d.reference + "/" + u.code, u.code, d.reference, d.councilGssCode, d.date, d.status, d.revokedOn,
                u.clause, List.copyOf(citations), u.kind, u.title, u.providerList(), u.recipient,
                TextJson.cadence(u.cadence().described(d.date)));
    }
}
