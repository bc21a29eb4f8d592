package uk.gov.education.intervention.directions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed documents (src/test/resources/seeds, copied verbatim from the shared seeds) and the
 * normalisation under which a rendered direction must equal them. The normalisation is small and
 * each step names what it removes:
 * <ol>
 * <li>The seed files mark list items with "- " at the start of a line (after any indentation). This
 * is the file's markup, not the direction's text: the numbers themselves ("7.", "d)", "iii.") are
 * kept and compared.</li>
 * <li>The signature is an image in the signed documents; the seed files describe it in words: the
 * line "Edmis" (Stoke-on-Trent) and the line "A handwritten signature in black ink, ..." (Medway).
 * Neither is text of the direction; both lines are dropped.</li>
 * <li>Whitespace: every run of spaces, tabs and line breaks counts as one space, and leading and
 * trailing whitespace is ignored. This also joins the page break inside Medway's recital 5
 * ("set out in Annex A to this / direction."), and absorbs indentation and blank lines.</li>
 * <li>One line break the Medway seed file lost: sub-item 8.b.iii runs into the words that close
 * paragraph 8.b ("member of the Council,which appears"). The lost break is restored as whitespace.</li>
 * </ol>
 * Each repair of a particular artefact (2, 4, and the page break of 3) must find exactly the
 * artefact it is for, so that a normalisation can never hide a change to the text. Nothing else is
 * normalised: punctuation, case, numbering and words must match exactly.
 */
final class SeedText {

    static final String STOKE_SEED = "seeds/000_5ef7e4fb00c2a42e.txt";
    static final String MEDWAY_SEED = "seeds/004_ba3090cae110b00f.txt";

    private static final Pattern BULLET = Pattern.compile("(?m)^([ \\t]*)- ");
    private static final Pattern SIGNATURE_IMAGE = Pattern.compile(
            "(?m)^(Edmis|A handwritten signature in black ink, appearing to read 'M Edwards', written in a cursive style\\.)[ \\t]*$");
    private static final Pattern MEDWAY_PAGE_BREAK = Pattern.compile("set out in Annex A to this\\s*\\n\\s*\\n\\s*direction\\.");
    private static final String MEDWAY_RUN_ON = "member of the Council,which appears to be necessary";

    private SeedText() {
    }

    /** The seed file as it is stored. */
    static String raw(String resource) {
        try (InputStream in = SeedText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed document under the normalisation described above. */
    static String normalisedSeed(String resource) {
        String text = raw(resource);
        text = BULLET.matcher(text).replaceAll("$1");
        int signatures = count(SIGNATURE_IMAGE.matcher(text));
        if (signatures != 1) {
            throw new IllegalStateException(resource + ": expected one described signature image, found " + signatures);
        }
        text = SIGNATURE_IMAGE.matcher(text).replaceAll("");
        if (resource.equals(MEDWAY_SEED)) {
            text = repairOnce(text, MEDWAY_PAGE_BREAK, "set out in Annex A to this direction.", resource);
            text = repairOnce(text, Pattern.compile(Pattern.quote(MEDWAY_RUN_ON)), "member of the Council, which appears to be necessary", resource);
        }
        return whitespace(text);
    }

    /** A rendered document: whitespace only. */
    static String normalisedRendering(String text) {
        return whitespace(text);
    }

    static String whitespace(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /**
     * Null when both are equal; otherwise where they first differ, with some context, so that a
     * failure names the clause at fault.
     */
    static String difference(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        return "texts differ at character " + i + " (expected length " + expected.length() + ", actual " + actual.length() + ")\n"
                + "  seed:     ..." + expected.substring(from, Math.min(expected.length(), i + 120)) + "...\n"
                + "  rendered: ..." + actual.substring(from, Math.min(actual.length(), i + 120)) + "...";
    }

    private static String repairOnce(String text, Pattern artefact, String replacement, String resource) {
        int found = count(artefact.matcher(text));
        if (found != 1) {
            throw new IllegalStateException(resource + ": expected the artefact " + artefact + " once, found it " + found + " times");
        }
        return artefact.matcher(text).replaceFirst(Matcher.quoteReplacement(replacement));
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
