package uk.gov.education.intervention.directions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.domain.AnnexText;
import uk.gov.education.intervention.directions.domain.Cadence;
import uk.gov.education.intervention.directions.domain.CadenceRules;
import uk.gov.education.intervention.directions.domain.Trigger;
import uk.gov.education.intervention.directions.domain.ClauseText;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionText;
import uk.gov.education.intervention.directions.domain.Duty;
import uk.gov.education.intervention.directions.domain.Party;
import uk.gov.education.intervention.directions.rest.AnnexView;
import uk.gov.education.intervention.directions.rest.ClauseView;
import uk.gov.education.intervention.directions.rest.DirectionSummary;
import uk.gov.education.intervention.directions.rest.DirectionView;
import uk.gov.education.intervention.directions.rest.DutyView;
import uk.gov.education.intervention.directions.rest.FunctionView;
import uk.gov.education.intervention.directions.rest.SignatoryText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns stored directions into their API views, and their text to and from its stored JSON. */
@ApplicationScoped
public class DirectionViews {

    @Inject
    ObjectMapper mapper;

    public String toJson(DirectionText text) {
        try {
            return mapper.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("direction text is not serialisable", e);
        }
    }

    public DirectionText text(Direction d) {
        try {
            return mapper.readValue(d.content, DirectionText.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored text of direction " + d.reference + " is not readable", e);
        }
    }

    public DirectionSummary summary(Direction d) {
        return new DirectionSummary(d.reference, d.councilGssCode, d.councilName, d.title, d.date, d.status, d.revokedOn,
                d.revokesReference, d.revokedByReference);
    }

    public DirectionView view(Direction d) {
        DirectionText text = text(d);
        Map<String, List<String>> dutiesByClause = new LinkedHashMap<>();
        for (Duty u : d.duties) {
            dutiesByClause.computeIfAbsent(u.clause, k -> new ArrayList<>()).add(u.code);
            for (String c : u.citedBy) {
                dutiesByClause.computeIfAbsent(c, k -> new ArrayList<>()).add(u.code);
            }
        }
        SignatoryText signatory = d.signatoryName == null ? null
                : new SignatoryText(d.signatoryName, d.signatoryCapacity, d.signedOnBehalfOf, d.dateAsPrinted, d.signatoryAsPrinted);
        List<AnnexView> annexes = new ArrayList<>();
        for (AnnexText a : text.annexes()) {
            annexes.add(new AnnexView(a.reference(), a.heading(), a.titleLinesOrEmpty(), a.appointeeRole(), a.introduction(),
                    clauses(a.reference() + ".", a.paragraphs(), dutiesByClause)));
        }
        List<FunctionView> functions = text.functions().stream()
                .map(f -> new FunctionView(f.set(), f.set().act(), f.set().provisions(), f.set().description(), f.clause()))
                .toList();
        return new DirectionView(d.reference, d.councilGssCode, d.councilName, d.title, d.date, d.status, d.statutoryBasis,
                signatory, d.revokesReference, d.revokedByReference, d.revokedOn, d.revocationReason, d.issuedAt, d.summary,
                d.source, clauses("", text.recitals(), dutiesByClause), functions, clauses("", text.clauses(), dutiesByClause),
                annexes, d.duties.stream().map(u -> duty(d, u)).toList());
    }

    private static List<ClauseView> clauses(String prefix, List<ClauseText> items, Map<String, List<String>> duties) {
        List<ClauseView> views = new ArrayList<>();
        for (ClauseText c : items) {
            String reference = prefix + c.number();
            List<ClauseView> children = c.itemsOrEmpty().isEmpty() ? null : clauses(reference + ".", c.items(), duties);
            views.add(new ClauseView(reference, c.number(), c.printedLabel(), c.text(), c.continuation(),
                    c.citationsOrEmpty().isEmpty() ? null : c.citations(), duties.get(reference), children));
        }
        return views;
    }

    public static DutyView duty(Direction d, Duty u) {
        List<String> citations = new ArrayList<>();
        citations.add(u.clause);
        citations.addAll(Arrays.asList(u.citedBy));
        Cadence stored = new Cadence(u.cadenceType, u.cadenceMonths, u.cadenceOffsets == null ? null : List.of(u.cadenceOffsets),
                u.cadenceDueOn, CadenceRules.anchor(u.cadenceType, u.cadenceAnchor),
                CadenceRules.anchorBasis(u.cadenceType, u.cadenceAnchorBasis), null,
                u.triggerEvent == null ? null : new Trigger(u.triggerEvent, Party.valueOf(u.triggerRole)), u.cadenceWithin,
                u.cadenceRequesters == null ? null : Arrays.stream(u.cadenceRequesters).map(Party::valueOf).toList());
        Cadence cadence = new Cadence(stored.type(), stored.months(), stored.offsets(), stored.dueOn(), stored.anchor(),
                stored.anchorBasis(), CadenceRules.rule(stored, d.date), stored.trigger(), stored.within(), stored.requesters());
        return new DutyView(d.reference + "/" + u.code, u.code, d.reference, d.councilGssCode, d.date, d.status, d.revokedOn,
                u.clause, List.copyOf(citations), u.kind, u.title, Arrays.stream(u.providers).map(Party::valueOf).toList(), u.recipient,
                cadence);
    }
}
