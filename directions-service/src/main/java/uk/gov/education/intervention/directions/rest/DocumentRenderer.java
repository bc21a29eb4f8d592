package uk.gov.education.intervention.directions.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders a direction from its structure as the document it is: title, 'WHEREAS' recitals,
 * 'NOW THEREFORE' directives, signature block and annexes, every clause with its number as
 * printed. The layout is in the Qute templates under templates/DocumentRenderer (plain text, each
 * clause on a line of its own indented by depth; HTML, escaped by the engine, each clause with an
 * id of its reference) and templates/tags (one clause and its items).
 */
@ApplicationScoped
public class DocumentRenderer {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plain(DirectionView d);

        static native TemplateInstance html(DirectionView d);
    }

    public String plainText(DirectionView d) {
        String text = Templates.plain(d).render();
        // a document whose text is held ends with exactly one line break, whatever its last clause ends with
        return textNotHeld(d) ? text : text.stripTrailing() + "\n";
    }

    public String html(DirectionView d) {
        return Templates.html(d).render();
    }

    /** A direction recorded from what later directions say of it, without its own text. */
    @TemplateExtension
    static boolean textNotHeld(DirectionView d) {
        return d.summary() != null && d.recitals().isEmpty() && d.clauses().isEmpty();
    }

    @TemplateExtension
    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** The signature block as printed, split around the signatory's name; null when the name is not in it. */
    @TemplateExtension
    static NameInPrinted nameInPrinted(SignatoryText s) {
        String printed = s.nameAndCapacityAsPrinted();
        int at = printed.indexOf(s.name());
        return at < 0 ? null : new NameInPrinted(printed.substring(0, at), printed.substring(at + s.name().length()));
    }

    public record NameInPrinted(String before, String after) {
    }
}
