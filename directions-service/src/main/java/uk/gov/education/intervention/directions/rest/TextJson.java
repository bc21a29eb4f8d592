package uk.gov.education.intervention.directions.rest;

import uk.gov.education.intervention.directions.domain.AnnexText;
import uk.gov.education.intervention.directions.domain.AreaJudgement;
import uk.gov.education.intervention.directions.domain.Cadence;
import uk.gov.education.intervention.directions.domain.Citation;
import uk.gov.education.intervention.directions.domain.ClauseText;
import uk.gov.education.intervention.directions.domain.DirectionDraft;
import uk.gov.education.intervention.directions.domain.DirectionText;
import uk.gov.education.intervention.directions.domain.DutyTerms;
import uk.gov.education.intervention.directions.domain.FunctionReference;
import uk.gov.education.intervention.directions.domain.Signatory;
import uk.gov.education.intervention.directions.domain.Trigger;

import java.util.List;
import java.util.function.Function;

/**
 * Between the API's JSON of a direction's text and the domain's values: a request becomes a draft,
 * and citations and cadences go back out in views. Absent lists stay absent (null).
 */
final class TextJson {

    private TextJson() {
    }

    static DirectionDraft draft(DirectionRequest r) {
        SignatoryText s = r.signatory();
        Signatory signatory = s == null ? null
                : new Signatory(s.name(), s.capacity(), s.onBehalfOf(), s.dateAsPrinted(), s.nameAndCapacityAsPrinted());
        DirectionText text = new DirectionText(map(r.recitals(), TextJson::clause), map(r.functions(), TextJson::function),
                map(r.clauses(), TextJson::clause), map(r.annexes(), TextJson::annex));
        return new DirectionDraft(r.councilGssCode(), r.date(), r.title(), r.statutoryBasis(), signatory, r.revokes(), text,
                map(r.duties(), TextJson::duty));
    }

    static ClauseText clause(ClauseTextJson c) {
        return new ClauseText(c.number(), c.label(), c.text(), c.continuation(), map(c.citations(), TextJson::citation),
                map(c.items(), TextJson::clause));
    }

    static AnnexText annex(AnnexTextJson a) {
        return new AnnexText(a.reference(), a.heading(), a.titleLines(), a.appointeeRole(), a.introduction(),
                map(a.paragraphs(), TextJson::clause));
    }

    static FunctionReference function(FunctionReferenceJson f) {
        return new FunctionReference(f.set(), f.clause());
    }

    static Citation citation(CitationJson c) {
        return new Citation(c.kind(), c.date(), c.month(), c.framework(), c.overallEffectiveness(),
                map(c.judgements(), j -> new AreaJudgement(j.area(), j.judgement())), c.direction());
    }

    static CitationJson citation(Citation c) {
        return new CitationJson(c.kind(), c.date(), c.month(), c.framework(), c.overallEffectiveness(),
                map(c.judgements(), j -> new AreaJudgementJson(j.area(), j.judgement())), c.direction());
    }

    static DutyTerms duty(DutyRequest d) {
        return new DutyTerms(d.code(), d.clause(), d.citedBy(), d.kind(), d.title(), d.providers(), d.recipient(),
                cadence(d.cadence()));
    }

    static Cadence cadence(CadenceJson c) {
        return new Cadence(c.type(), c.months(), c.offsets(), c.dueOn(), c.anchor(), c.anchorBasis(), c.rule(),
                c.trigger() == null ? null : new Trigger(c.trigger().event(), c.trigger().role()), c.within(), c.requesters());
    }

    static CadenceJson cadence(Cadence c) {
        return new CadenceJson(c.type(), c.months(), c.offsets(), c.dueOn(), c.anchor(), c.anchorBasis(), c.rule(),
                c.trigger() == null ? null : new TriggerJson(c.trigger().event(), c.trigger().role()), c.within(), c.requesters());
    }

    private static <A, B> List<B> map(List<A> items, Function<A, B> f) {
        return items == null ? null : items.stream().map(f).toList();
    }
}
