package uk.gov.education.intervention.devkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The size check fails on a class one line over its limit and a method one line over its own, naming
 * both, and passes on a class and a method exactly at them; braces that are not code do not move it,
 * and an exception excuses only what it names.
 */
class SourceSizesTest {

    @TempDir
    Path sources;

    /** A class {@code name} of exactly {@code classLines} lines, with a method {@code run} of exactly {@code methodLines}. */
    private static String source(String name, int classLines, int methodLines) {
        List<String> lines = new ArrayList<>(List.of("package fixture;", "", "final class " + name + " {", "    private int count;",
                "", "    void run() {"));
        for (int i = 0; i < methodLines - 2; i++) {
            lines.add("        count++;");
        }
        lines.add("    }");
        while (lines.size() < classLines - 1) {
            lines.add("    // filler");
        }
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    private void write(String name, String source) throws IOException {
        Files.createDirectories(sources.resolve("fixture"));
        Files.writeString(sources.resolve("fixture").resolve(name + ".java"), source);
    }

    @Test
    void anOversizedClassAndAnOversizedMethodFailNamingEach() throws IOException {
        write("Big", source("Big", 301, 41));
        AssertionError e = assertThrows(AssertionError.class, () -> SourceSizes.assertWithinLimits(sources, Map.of()));
        assertTrue(e.getMessage().contains("fixture/Big.java:1: class Big has 301 lines, over the limit of 300"), e.getMessage());
        assertTrue(e.getMessage().contains("fixture/Big.java:6: method Big#run has 41 lines, over the limit of 40"), e.getMessage());
        assertTrue(e.getMessage().startsWith("2 size limit fault(s)"), e.getMessage());
    }

    @Test
    void aClassAndAMethodAtTheLimitsPass() throws IOException {
        write("Small", source("Small", 300, 40));
        assertDoesNotThrow(() -> SourceSizes.assertWithinLimits(sources, Map.of()));
        assertEquals(List.of(), SourceSizes.offenders(sources));
    }

    @Test
    void anExceptionExcusesOnlyWhatItNamesAndMustNameSomethingOversized() throws IOException {
        write("Big", source("Big", 301, 41));
        assertDoesNotThrow(() -> SourceSizes.assertWithinLimits(sources, Map.of("Big", "a table of codes", "Big#run", "its rows")));
        AssertionError onlyTheClass = assertThrows(AssertionError.class,
                () -> SourceSizes.assertWithinLimits(sources, Map.of("Big", "a table of codes")));
        assertTrue(onlyTheClass.getMessage().contains("method Big#run has 41 lines"), onlyTheClass.getMessage());
        AssertionError stale = assertThrows(AssertionError.class, () -> SourceSizes.assertWithinLimits(sources,
                Map.of("Big", "a table of codes", "Big#run", "its rows", "Gone#table", "was a table")));
        assertTrue(stale.getMessage().contains("Gone#table is excused from the size limits, but nothing of that name"),
                stale.getMessage());
    }

    @Test
    void bracesInStringsCharactersTextBlocksAndCommentsAreNotCode() {
        String source = String.join("\n",
                "class Tricky {",
                "    String a() {",
                "        String s = \"{{ \\\" {\" + '{' + '\\'' + \"}\"; // {",
                "        /* { { */",
                "        return s + \"\"\"",
                "            { \\\"\"\" }",
                "            \"\"\";",
                "    }",
                "",
                "    char b() {",
                "        return '}';",
                "    }",
                "}");
        assertEquals(List.of(
                new JavaBlocks.Block(JavaBlocks.Kind.METHOD, "Tricky#a", 2, 8),
                new JavaBlocks.Block(JavaBlocks.Kind.METHOD, "Tricky#b", 10, 12),
                new JavaBlocks.Block(JavaBlocks.Kind.CLASS, "Tricky", 1, 13)), JavaBlocks.read(source));
    }

    @Test
    void methodsOfNestedTypesAnonymousClassesAndRecordsAreMeasuredWhereTheyAre() {
        String source = String.join("\n",
                "package fixture;",
                "@SuppressWarnings({\"unused\"})",
                "public final class Outer {",
                "    record Point(int x, int y) {",
                "        Point {",
                "            if (x < 0) { throw new IllegalArgumentException(); }",
                "        }",
                "    }",
                "    enum Mode {",
                "        ON { @Override String label() { return \"on\"; } }, OFF;",
                "        String label() { return name(); }",
                "    }",
                "    static { System.out.println(); }",
                "    private final Runnable task = () -> { System.out.println(); };",
                "    @Deprecated(since = \"1\")",
                "    <T> T first(java.util.List<T> items) throws IllegalStateException {",
                "        Runnable r = new Runnable() {",
                "            public void run() { }",
                "        };",
                "        for (T item : items) { return item; }",
                "        return null;",
                "    }",
                "}");
        List<String> measured = JavaBlocks.read(source).stream().map(b -> b.name() + " " + b.firstLine() + "-" + b.lastLine()).toList();
        assertEquals(List.of("Outer.Point#Point 5-7", "Outer.Mode#label 10-10", "Outer.Mode#label 11-11", "Outer#run 18-18",
                "Outer#first 16-22", "Outer 1-23"), measured);
    }
}
