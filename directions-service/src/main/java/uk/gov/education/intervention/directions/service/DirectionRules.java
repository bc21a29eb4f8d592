package uk.gov.education.intervention.directions.service;

import uk.gov.education.intervention.directions.domain.AnnexText;
import uk.gov.education.intervention.directions.domain.Cadence;
import uk.gov.education.intervention.directions.domain.CadenceAnchor;
import uk.gov.education.intervention.directions.domain.CadenceType;
import uk.gov.education.intervention.directions.domain.Citation;
import uk.gov.education.intervention.directions.domain.ClauseText;
import uk.gov.education.intervention.directions.domain.FunctionReference;
import uk.gov.education.intervention.directions.domain.FunctionSet;
import uk.gov.education.intervention.directions.domain.Party;
import uk.gov.education.intervention.directions.domain.References;
import uk.gov.education.intervention.directions.rest.DirectionRequest;
import uk.gov.education.intervention.directions.rest.DutyRequest;
import uk.gov.education.intervention.directions.rest.SignatoryText;
import uk.gov.education.intervention.platform.problem.Problems;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a direction's text must keep to be well formed, checked before anything is stored:
 * every clause has a reference of its own; functions, duties and citations point at clauses that
 * exist; each cadence carries exactly the fields its type needs. All breaches are reported at
 * once, each with the JSON path of the field at fault.
 */
final class DirectionRules {

    /** An ON_EVENT duty's period: 1 to 999 days, weeks, months or years. */
    private static final Pattern WITHIN = Pattern.compile("P[1-9][0-9]{0,2}[DWMY]");

    /** Top-level paragraph plus three levels of sub-items: 7.e.a is as deep as the seeds go. */
    static final int MAX_DEPTH = 4;

    private static final String TOP_LEVEL = "[0-9]{1,3}";
    private static final String SUB_ITEM = "[a-z]{1,6}";

    private final List<Map<String, String>> errors = new ArrayList<>();
    /** Every clause reference of the text, mapped to the JSON path of the clause that has it. */
    private final Map<String, String> clauses = new LinkedHashMap<>();

    private DirectionRules() {
    }

    /** Throws a 400 validation problem listing every breach; returns the clause references otherwise. */
    static Set<String> check(DirectionRequest r) {
        DirectionRules rules = new DirectionRules();
        rules.checkRequest(r);
        if (!rules.errors.isEmpty()) {
            throw Problems.invalid(rules.errors);
        }
        return rules.clauses.keySet();
    }

    private void checkRequest(DirectionRequest r) {
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
        SignatoryText s = r.signatory();
        if (s != null && s.nameAndCapacityAsPrinted() != null && s.name() != null && s.capacity() != null
                && !(s.nameAndCapacityAsPrinted().contains(s.name()) && s.nameAndCapacityAsPrinted().contains(s.capacity()))) {
            error("signatory.nameAndCapacityAsPrinted", "must contain the signatory's name and capacity as given in name and capacity");
        }
        walk("recitals", "", list(r.recitals()), 1, r.date());
        walk("clauses", "", list(r.clauses()), 1, r.date());
        Set<String> annexRefs = new HashSet<>();
        List<AnnexText> annexes = list(r.annexes());
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
        checkFunctions(list(r.functions()));
        checkDuties(r.dutiesOrEmpty(), r.date());
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

    private void checkDuties(List<DutyRequest> duties, LocalDate date) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < duties.size(); i++) {
            DutyRequest d = duties.get(i);
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
            checkCadence(here + ".cadence", d.cadence(), date);
        }
    }

    private void checkCadence(String here, Cadence c, LocalDate date) {
        boolean months = c.type() == CadenceType.EVERY_N_MONTHS;
        boolean offsets = c.type() == CadenceType.AT_MONTH_OFFSETS;
        boolean dueOn = c.type() == CadenceType.ONCE;
        String type = c.type().name();
        if (months) {
            require(c.months() != null && c.months() >= 1 && c.months() <= 60, here + ".months", "EVERY_N_MONTHS needs months between 1 and 60");
        } else {
            forbid(c.months() != null, here + ".months", "only EVERY_N_MONTHS takes months, not " + type);
        }
        if (offsets) {
            List<Integer> o = list(c.offsets());
            boolean ascending = !o.isEmpty();
            for (int i = 0; i < o.size(); i++) {
                ascending &= o.get(i) >= 1 && o.get(i) <= 240 && (i == 0 || o.get(i) > o.get(i - 1));
            }
            require(ascending, here + ".offsets", "AT_MONTH_OFFSETS needs offsets in months, ascending, each between 1 and 240");
        } else {
            forbid(c.offsets() != null, here + ".offsets", "only AT_MONTH_OFFSETS takes offsets, not " + type);
        }
        if (dueOn) {
            require(c.dueOn() != null, here + ".dueOn", "ONCE needs the date it is due on");
            if (c.dueOn() != null && c.dueOn().isBefore(date)) {
                error(here + ".dueOn", "cannot fall before the direction's date " + date);
            }
        } else {
            forbid(c.dueOn() != null, here + ".dueOn", "only ONCE takes dueOn, not " + type);
        }
        if (c.type() == CadenceType.ON_EVENT) {
            require(c.trigger() != null, here + ".trigger", "ON_EVENT needs the trigger that makes it due");
            if (c.within() != null && !WITHIN.matcher(c.within()).matches()) {
                error(here + ".within", "must be a period such as P28D, P6W, P3M or P1Y (1 to 999 of one unit)");
            }
        } else {
            forbid(c.trigger() != null, here + ".trigger", "only ON_EVENT takes a trigger, not " + type);
            forbid(c.within() != null, here + ".within", "only ON_EVENT takes within, not " + type);
        }
        if (c.type() == CadenceType.ON_REQUEST) {
            List<Party> r = list(c.requesters());
            require(!r.isEmpty(), here + ".requesters", "ON_REQUEST needs who may make the request");
            require(new HashSet<>(r).size() == r.size(), here + ".requesters", "names a requester twice");
        } else {
            forbid(c.requesters() != null, here + ".requesters", "only ON_REQUEST takes requesters, not " + type);
        }
        checkAnchor(here, c, type);
    }

    /** Each dated type counts from its own anchor; only EVERY_N_MONTHS offers a choice (calendar quarters, for 3 months). */
    private void checkAnchor(String here, Cadence c, String type) {
        CadenceAnchor a = c.anchor();
        switch (c.type()) {
            case MONTHLY -> require(a == null || a == CadenceAnchor.CALENDAR_MONTH, here + ".anchor",
                    "MONTHLY falls due at the end of each calendar month: its anchor is CALENDAR_MONTH");
            case AT_MONTH_OFFSETS -> require(a == null || a == CadenceAnchor.DIRECTION_DATE, here + ".anchor",
                    "AT_MONTH_OFFSETS counts from the direction's date: its anchor is DIRECTION_DATE");
            case EVERY_N_MONTHS -> {
                require(a == null || a == CadenceAnchor.DIRECTION_DATE || a == CadenceAnchor.CALENDAR_QUARTER, here + ".anchor",
                        "EVERY_N_MONTHS counts from DIRECTION_DATE or CALENDAR_QUARTER");
                if (a == CadenceAnchor.CALENDAR_QUARTER && c.months() != null && c.months() != 3) {
                    error(here + ".anchor", "CALENDAR_QUARTER needs months 3");
                }
            }
            default -> forbid(a != null, here + ".anchor", type + " takes no anchor");
        }
        forbid(c.anchorBasis() != null && c.type() != CadenceType.EVERY_N_MONTHS, here + ".anchorBasis",
                "only EVERY_N_MONTHS takes anchorBasis, not " + type);
    }

    private void require(boolean ok, String field, String message) {
        if (!ok) {
            error(field, message);
        }
    }

    private void forbid(boolean present, String field, String message) {
        if (present) {
            error(field, message);
        }
    }

    private void error(String field, String message) {
        errors.add(Problems.error(field, message));
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
