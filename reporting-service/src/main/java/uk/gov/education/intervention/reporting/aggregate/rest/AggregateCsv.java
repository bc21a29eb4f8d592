package uk.gov.education.intervention.reporting.aggregate.rest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * An aggregate as CSV (RFC 4180): one row per council and period, then one 'ALL' row per
 * period. Unknown values are empty cells, never zeros. A text cell that a spreadsheet would take
 * for a formula (one starting with =, +, -, @, a tab or a carriage return, as a council's name
 * from councils-service might) is written with a leading apostrophe, so that it is shown as text
 * and never run.
 */
public final class AggregateCsv {

    public static final String[] HEADER = {"granularity", "period", "periodStart", "periodEnd", "councilGssCode", "councilName",
            "ofstedRating", "directionInForce", "expected", "received", "onTime", "late", "overdue", "accepted", "returned",
            "withdrawn", "onTimeRate", "reviewsHeld", "reviewsSufficientProgress", "reviewsInsufficientProgress",
            "recommendedContinue", "recommendedAlternativeDeliveryAndGovernance", "recommendedRemovalOfServiceControl"};

    private AggregateCsv() {
    }

    public static String write(AggregateReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (CouncilAggregate c : report.councils()) {
                for (AggregateCounts p : c.periods()) {
                    row(csv, report, p, c.gssCode(), c.name(),
                            c.currentRating() == null ? null : c.currentRating().overallEffectiveness(),
                            c.directionInForce() == null ? null : c.directionInForce().reference());
                }
            }
            for (AggregateCounts p : report.allCouncils()) {
                row(csv, report, p, "ALL", "All councils", null, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter csv, AggregateReport r, AggregateCounts p, String gss, String name, String rating,
                            String direction) throws IOException {
        csv.printRecord(r.granularity(), p.period(), p.start(), p.end(), text(gss), text(name), text(rating), text(direction),
                blank(p.expected()), p.received(), p.onTime(), p.late(), blank(p.overdue()), p.accepted(), p.returned(),
                blank(p.withdrawn()), blank(p.onTimeRate()), p.reviews().held(), p.reviews().sufficientProgress(),
                p.reviews().insufficientProgress(), p.reviews().recommendations().get("CONTINUE"),
                p.reviews().recommendations().get("ALTERNATIVE_DELIVERY_AND_GOVERNANCE"),
                p.reviews().recommendations().get("REMOVAL_OF_SERVICE_CONTROL"));
    }

    /** A text cell, neutralised if a spreadsheet would read it as a formula. */
    static String text(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    private static Object blank(Object v) {
        return v == null ? "" : v;
    }
}
