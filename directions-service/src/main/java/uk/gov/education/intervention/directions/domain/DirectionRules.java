package uk.gov.education.intervention.directions.domain;

import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a direction's text must keep to be well formed, checked before anything is stored:
 * every clause has a reference of its own; functions, duties and citations point at clauses that
 * exist; each cadence carries exactly the fields its type needs. All breaches are reported at
 * once, each with the JSON path of the field at fault.
 */
public final class DirectionRules {

    /** Top-level paragraph plus three levels of sub-items: 7.e.a is as deep as the seeds go. */
    static final int MAX_DEPTH = 4;

    private static final String TOP_LEVEL = "[0-9]{1,3}";
    private static final String SUB_ITEM = "[a-z]{1,6}";

    private final Breaches breaches = new Breaches();
    /** Every clause reference of the text, mapped to the JSON path of the clause that has it. */
    private final Map<String, String> clauses = new LinkedHashMap<>();

    private DirectionRules() {
    }

    /** Throws {@link InvalidInput} listing every breach; returns the clause references otherwise. */
    public static Set<String> check(DirectionDraft r) {
        DirectionRules rules = new DirectionRules();
        rules.checkDraft(r);
        if (!rules.breaches.isEmpty()) {
            throw new InvalidInput(rules.breaches.errors());
        }
        return rules.clauses.keySet();
    }

    private void checkDraft(DirectionDraft r) {
        String reference = References.direction(r.councilGssCode(), r.date());
        if (r.revokes() != null) {
            if (r.revokes().equals(reference)) {
                error("revokes", "a direction cannot revoke itself");
            } else if (!r.revokes().startsWith(r.councilGssCode() + "-")) {
                error("revokes", "must be a direction to the same council (" + r.councilGssCode() + ")");
            } else if (r.revokes().compareTo(reference) > 0) {
                error("revokes", "must be an earlier direction than " + reference);
            }
        }
        Signatory s = r.signatory();
        if (s != null && s.nameAndCapacityAsPrinted() != null && s.name() != null && s.capacity() != null
                && !(s.nameAndCapacityAsPrinted().contains(s.name()) && s.nameAndCapacityAsPrinted().contains(s.capacity()))) {
            error("signatory.nameAndCapacityAsPrinted", "must contain the signatory's name and capacity as given in name and capacity");
        }
        walk("recitals", "", r.text().recitals(), 1, r.date());
        walk("clauses", "", r.text().clauses(), 1, r.date());
        Set<String> annexRefs = new HashSet<>();
        List<AnnexText> annexes = r.text().annexes();
        for (int i = 0; i < annexes.size(); i++) {
            AnnexText a = annexes.get(i);
            String path = "annexes[" + i + "]";
            if (!annexRefs.add(a.reference())) {
                error(path + ".reference", "duplicates annex " + a.reference());
            }
            if (a.appointeeRole() == Party.COUNCIL) {
                error(path + ".appointeeRole", "must be the role of an appointee, not COUNCIL");
            }
            walk(path + ".paragraphs", a.reference() + ".", list(a.paragraphs()), 1, r.date());
        }
        checkFunctions(r.text().functions());
        checkDuties(r.duties(), r.date());
    }

    private void walk(String path, String prefix, List<ClauseText> items, int depth, LocalDate date) {
        for (int i = 0; i < items.size(); i++) {
            ClauseText c = items.get(i);
            String here = path + "[" + i + "]";
            String reference = prefix + c.number();
            if (depth == 1 && !c.number().matches(TOP_LEVEL)) {
                error(here + ".number", "a paragraph is numbered with digits (7); letters and roman numerals number its sub-items");
            } else if (depth > 1 && !c.number().matches(SUB_ITEM)) {
                error(here + ".number", "a sub-item is numbered with a letter (e) or a roman numeral (iii)");
            }
            if (clauses.containsKey(reference)) {
                error(here + ".number", "clause " + reference + " is already numbered so (at " + clauses.get(reference) + ")");
            } else {
                clauses.put(reference, here);
            }
            checkCitations(here, c.citationsOrEmpty(), reference, date);
            if (depth == MAX_DEPTH && !c.itemsOrEmpty().isEmpty()) {
                error(here + ".items", "clauses nest at most " + MAX_DEPTH + " levels deep");
                continue;
            }
            walk(here + ".items", reference + ".", c.itemsOrEmpty(), depth + 1, date);
        }
    }

    private void checkCitations(String path, List<Citation> citations, String clause, LocalDate date) {
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            String here = path + ".citations[" + i + "]";
            switch (c.kind()) {
                case OFSTED_REPORT -> {
                    require(c.date() != null, here + ".date", "an Ofsted report is cited by its date");
                    forbid(c.month() != null, here + ".month", "an Ofsted report is cited by its date, not a month");
                    forbid(c.direction() != null, here + ".direction", "only a DIRECTION citation names a direction");
                    require(c.overallEffectiveness() != null || !c.judgementsOrEmpty().isEmpty(), here + ".judgements",
                            "cite the overall effectiveness or at least one area's judgement");
                }
                case COMMISSIONER_REPORT -> {
                    require(c.date() != null || c.month() != null, here + ".date", "a Commissioner's report is cited by its date or its month");
                    if (c.date() != null && c.month() != null && !YearMonth.from(c.date()).equals(c.month())) {
                        error(here + ".month", "is not the month of the date " + c.date());
                    }
                    forbidOfstedFields(here, c);
                    forbid(c.direction() != null, here + ".direction", "only a DIRECTION citation names a direction");
                }
                case DIRECTION -> {
                    require(c.direction() != null, here + ".direction", "name the cited direction by its reference");
                    forbid(c.month() != null, here + ".month", "a direction is cited by its reference and date");
                    forbidOfstedFields(here, c);
                    if (c.direction() != null && c.date() != null && !c.direction().endsWith("-" + c.date())) {
                        error(here + ".date", "is not the date of " + c.direction());
                    }
                }
            }
            if (c.date() != null && c.date().isAfter(date)) {
                error(here + ".date", "a direction cannot cite something dated after the direction itself (" + date + ")");
            }
        }
    }

    private void forbidOfstedFields(String here, Citation c) {
        forbid(c.framework() != null, here + ".framework", "only an OFSTED_REPORT citation has a framework");
        forbid(c.overallEffectiveness() != null, here + ".overallEffectiveness", "only an OFSTED_REPORT citation has judgements");
        forbid(!c.judgementsOrEmpty().isEmpty(), here + ".judgements", "only an OFSTED_REPORT citation has judgements");
    }

    private void checkFunctions(List<FunctionReference> functions) {
        Set<FunctionSet> seen = EnumSet.noneOf(FunctionSet.class);
        for (int i = 0; i < functions.size(); i++) {
            FunctionReference f = functions.get(i);
            if (!seen.add(f.set())) {
                error("functions[" + i + "].set", "lists " + f.set() + " twice");
            }
            if (!clauses.containsKey(f.clause())) {
                error("functions[" + i + "].clause", "no clause " + f.clause() + " in this direction");
            }
        }
    }

    private void checkDuties(List<DutyTerms> duties, LocalDate date) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < duties.size(); i++) {
            DutyTerms d = duties.get(i);
            String here = "duties[" + i + "]";
            if (!codes.add(d.code())) {
                error(here + ".code", "duplicates duty " + d.code());
            }
            if (!clauses.containsKey(d.clause())) {
                error(here + ".clause", "no clause " + d.clause() + " in this direction");
            }
            List<String> citedBy = list(d.citedBy());
            for (int j = 0; j < citedBy.size(); j++) {
                String c = citedBy.get(j);
                if (!clauses.containsKey(c)) {
                    error(here + ".citedBy[" + j + "]", "no clause " + c + " in this direction");
                } else if (c.equals(d.clause())) {
                    error(here + ".citedBy[" + j + "]", "is the clause that imposes the duty");
                } else if (citedBy.subList(0, j).contains(c)) {
                    error(here + ".citedBy[" + j + "]", "cites clause " + c + " twice");
                }
            }
            if (new HashSet<>(d.providers()).size() != d.providers().size()) {
                error(here + ".providers", "names a provider twice");
            }
            CadenceShape.check(breaches, here + ".cadence", d.cadence(), date);
        }
    }

    private void require(boolean ok, String field, String message) {
        breaches.require(ok, field, message);
    }

    private void forbid(boolean present, String field, String message) {
        breaches.forbid(present, field, message);
    }

    private void error(String field, String message) {
        breaches.add(field, message);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
