package uk.gov.education.intervention.directions.rest;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.directions.domain.DirectionStatus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders a direction from its structure as the document it is: title, 'WHEREAS' recitals,
 * 'NOW THEREFORE' directives, signature block and annexes, every clause with its number as
 * printed. Plain text puts each clause on a line of its own, indented by depth; HTML escapes all
 * text and gives each clause an id of its reference.
 */
@ApplicationScoped
public class DocumentRenderer {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String INDENT = "    ";

    public String plainText(DirectionView d) {
        StringBuilder out = new StringBuilder();
        out.append(d.title()).append("\n\n");
        String status = statusNote(d);
        if (status != null) {
            out.append(status).append("\n\n");
        }
        if (textNotHeld(d)) {
            out.append(notHeldNote()).append("\n\n").append(d.summary()).append("\n");
            if (d.source() != null) {
                out.append("\nSource: ").append(d.source()).append("\n");
            }
            return out.toString();
        }
        if (!d.recitals().isEmpty()) {
            out.append("WHEREAS:\n\n");
            paragraphs(out, d.recitals());
        }
        if (!d.clauses().isEmpty()) {
            out.append("NOW THEREFORE:\n\n");
            paragraphs(out, d.clauses());
        }
        plainSignature(out, d);
        for (AnnexView a : d.annexes()) {
            plainAnnex(out, a);
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static boolean textNotHeld(DirectionView d) {
        return d.summary() != null && d.recitals().isEmpty() && d.clauses().isEmpty();
    }

    private static void plainSignature(StringBuilder out, DirectionView d) {
        SignatoryText s = d.signatory();
        if (s == null) {
            return;
        }
        out.append("Signed on behalf of ").append(s.onBehalfOf()).append("\n\n");
        if (s.nameAndCapacityAsPrinted() != null) {
            out.append(s.nameAndCapacityAsPrinted()).append("\n");
        } else {
            out.append(s.name()).append("\n").append(s.capacity()).append("\n");
        }
        out.append("Dated this day of ").append(datePrinted(s, d.date())).append("\n\n");
    }

    private static void plainAnnex(StringBuilder out, AnnexView a) {
        out.append(a.heading()).append("\n\n");
        for (String line : a.titleLines()) {
            out.append(line).append("\n\n");
        }
        if (a.introduction() != null) {
            out.append(a.introduction()).append("\n\n");
        }
        paragraphs(out, a.paragraphs());
    }

    private static void paragraphs(StringBuilder out, List<ClauseView> clauses) {
        for (ClauseView c : clauses) {
            clause(out, c, 0);
            out.append("\n");
        }
    }

    private static void clause(StringBuilder out, ClauseView c, int depth) {
        String indent = INDENT.repeat(depth);
        out.append(indent);
        if (!c.label().isEmpty()) {
            out.append(c.label()).append(' ');
        }
        out.append(c.text()).append("\n");
        if (c.items() != null) {
            for (ClauseView item : c.items()) {
                clause(out, item, depth + 1);
            }
        }
        if (c.continuation() != null) {
            out.append(indent).append(c.continuation()).append("\n");
        }
    }

    public String html(DirectionView d) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(d.title())).append("</title>\n")
                .append("<style>body{font-family:Arial,sans-serif;max-width:50em;margin:2em auto;line-height:1.5}"
                        + ".clause{margin:.4em 0}.clause .clause{margin-left:2.5em}.number{display:inline-block;min-width:2.5em}"
                        + ".status{border:2px solid #d4351c;padding:.5em;font-weight:bold}section{margin-top:2em}</style>\n")
                .append("</head>\n<body>\n<article class=\"direction\" data-reference=\"").append(escape(d.reference()))
                .append("\" data-status=\"").append(d.status()).append("\">\n");
        out.append("<h1>").append(escape(d.title())).append("</h1>\n");
        String status = statusNote(d);
        if (status != null) {
            out.append("<p class=\"status\">").append(escape(status)).append("</p>\n");
        }
        if (textNotHeld(d)) {
            out.append("<p>").append(escape(notHeldNote())).append("</p>\n<p class=\"summary\">").append(escape(d.summary())).append("</p>\n");
            if (d.source() != null) {
                out.append("<p class=\"source\">Source: ").append(escape(d.source())).append("</p>\n");
            }
        } else {
            htmlSection(out, "recitals", "WHEREAS:", d.recitals());
            htmlSection(out, "directives", "NOW THEREFORE:", d.clauses());
            htmlSignature(out, d);
            d.annexes().forEach(a -> htmlAnnex(out, a));
        }
        out.append("</article>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void htmlSection(StringBuilder out, String cssClass, String heading, List<ClauseView> clauses) {
        if (clauses.isEmpty()) {
            return;
        }
        out.append("<section class=\"").append(cssClass).append("\">\n<h2>").append(heading).append("</h2>\n");
        clauses.forEach(c -> htmlClause(out, c));
        out.append("</section>\n");
    }

    private static void htmlSignature(StringBuilder out, DirectionView d) {
        SignatoryText s = d.signatory();
        if (s == null) {
            return;
        }
        out.append("<section class=\"signature\">\n<p>Signed on behalf of ").append(escape(s.onBehalfOf())).append("</p>\n");
        String printed = s.nameAndCapacityAsPrinted();
        if (printed == null) {
            out.append("<p><span class=\"signatory\">").append(escape(s.name())).append("</span><br>")
                    .append(escape(s.capacity())).append("</p>\n");
        } else {
            int name = printed.indexOf(s.name());
            out.append("<p>").append(name < 0 ? escape(printed) : escape(printed.substring(0, name))
                    + "<span class=\"signatory\">" + escape(s.name()) + "</span>"
                    + escape(printed.substring(name + s.name().length()))).append("</p>\n");
        }
        out.append("<p>Dated this day of <time datetime=\"").append(d.date()).append("\">")
                .append(escape(datePrinted(s, d.date()))).append("</time></p>\n</section>\n");
    }

    private static void htmlAnnex(StringBuilder out, AnnexView a) {
        out.append("<section class=\"annex\" id=\"").append(escape(a.reference())).append("\">\n<h2>")
                .append(escape(a.heading())).append("</h2>\n");
        for (String line : a.titleLines()) {
            out.append("<p class=\"annex-title\">").append(escape(line)).append("</p>\n");
        }
        if (a.introduction() != null) {
            out.append("<p>").append(escape(a.introduction())).append("</p>\n");
        }
        a.paragraphs().forEach(c -> htmlClause(out, c));
        out.append("</section>\n");
    }

    private static void htmlClause(StringBuilder out, ClauseView c) {
        out.append("<div class=\"clause\" id=\"clause-").append(escape(c.reference())).append("\">\n<p>");
        if (!c.label().isEmpty()) {
            out.append("<span class=\"number\">").append(escape(c.label())).append("</span> ");
        }
        out.append(escape(c.text())).append("</p>\n");
        if (c.items() != null) {
            c.items().forEach(item -> htmlClause(out, item));
        }
        if (c.continuation() != null) {
            out.append("<p class=\"continuation\">").append(escape(c.continuation())).append("</p>\n");
        }
        out.append("</div>\n");
    }

    private static String statusNote(DirectionView d) {
        if (d.status() == DirectionStatus.DRAFT) {
            return "DRAFT: not issued and not in force.";
        }
        if (d.status() == DirectionStatus.REVOKED) {
            return "REVOKED: not in force from " + LONG_DATE.format(d.revokedOn())
                    + (d.revokedBy() == null ? "." : " (revoked by direction " + d.revokedBy() + ").");
        }
        return null;
    }

    private static String notHeldNote() {
        return "The text of this direction is not held. What later directions record of it:";
    }

    private static String datePrinted(SignatoryText s, LocalDate date) {
        return s.dateAsPrinted() != null ? s.dateAsPrinted() : LONG_DATE.format(date);
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
