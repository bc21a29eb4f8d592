package uk.gov.education.intervention.councils.rest;

import uk.gov.education.intervention.councils.domain.JudgementArea;
import uk.gov.education.intervention.councils.domain.OfstedFramework;
import uk.gov.education.intervention.councils.domain.OfstedInspection;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Inspections as the API shows them, and requests read into reports. */
final class InspectionMapper {

    private InspectionMapper() {
    }

    /** {@code fw}: the inspection's framework, whose areas name and order its judgements. */
    static InspectionView view(OfstedInspection i, OfstedFramework fw) {
        Map<String, JudgementArea> areas = fw.areas.stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
        List<AreaJudgementView> judgements = i.judgements.stream()
                .sorted((a, b) -> Integer.compare(areas.get(a.areaCode).position, areas.get(b.areaCode).position))
                .map(j -> new AreaJudgementView(j.areaCode, areas.get(j.areaCode).name, j.judgement, j.source))
                .toList();
        return new InspectionView(i.id, i.council.gssCode, i.frameworkCode, i.inspectionStart, i.inspectionStartBasis,
                i.inspectionEnd, i.inspectionEndBasis, i.publishedOn, i.publishedOnBasis, i.reportReference, i.overallEffectiveness,
                judgements, i.status, i.withdrawnReason, i.source);
    }

    static OfstedInspection.Report report(InspectionRequest r) {
        List<OfstedInspection.GivenJudgement> judgements = r.judgementsOrEmpty().stream()
                .map(j -> new OfstedInspection.GivenJudgement(j.area(), j.judgement(), j.source())).toList();
        return new OfstedInspection.Report(r.framework(), r.inspectionStart(), r.inspectionStartBasis(), r.inspectionEnd(),
                r.inspectionEndBasis(), r.publishedOn(), r.publishedOnBasis(), r.reportReference(), r.overallEffectiveness(),
                judgements, r.source());
    }
}
