package uk.gov.education.intervention.devkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The size limits of production code: no top-level class over {@value #MAX_CLASS_LINES} lines, no
 * method (or constructor) over {@value #MAX_METHOD_LINES}. A class counts from the top of its file
 * (or the end of the class before it) to its closing brace; a method from the line of its name to
 * its closing brace. The source is read by {@link JavaBlocks}, which matches braces outside strings,
 * characters and comments, so it needs no compiler and no class files.
 *
 * <p>What may stay long is named by the caller, each with the reason it is a declarative table
 * (rows of data, not logic): a top-level class by its simple name ({@code Codes}), a method by its
 * type and name ({@code Codes#table}, a nested type's as {@code Outer.Inner#name}). An exception
 * that names nothing over a limit is reported too, so that the list never outlives its tables.
 */
public final class SourceSizes {

    public static final int MAX_CLASS_LINES = 300;
    public static final int MAX_METHOD_LINES = 40;

    private SourceSizes() {
    }

    /** A class or method over its limit. {@code name} is how an exception names it. */
    public record Offender(Path file, int line, String kind, String name, int lines, int limit) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + kind + " " + name + " has " + lines + " lines, over the limit of " + limit;
        }
    }

    /**
     * Fails naming every class and method under {@code sourceRoot} (a module's {@code src/main/java})
     * over its limit and not among {@code exceptions}, and every exception that names nothing over one.
     *
     * @param exceptions what may stay long, by name, each with why it is a declarative table
     */
    public static void assertWithinLimits(Path sourceRoot, Map<String, String> exceptions) {
        List<String> faults = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Offender offender : offenders(sourceRoot)) {
            if (exceptions.containsKey(offender.name())) {
                used.add(offender.name());
            } else {
                faults.add(offender.toString());
            }
        }
        for (String name : new TreeSet<>(exceptions.keySet())) {
            if (!used.contains(name)) {
                faults.add(name + " is excused from the size limits, but nothing of that name under " + sourceRoot
                        + " is over them: remove the exception");
            }
        }
        if (!faults.isEmpty()) {
            throw new AssertionError(faults.size() + " size limit fault(s) (no class over " + MAX_CLASS_LINES
                    + " lines, no method over " + MAX_METHOD_LINES + "; split it, or if it is a declarative table, "
                    + "name it as an exception with the reason):\n  " + String.join("\n  ", faults));
        }
    }

    /** Every class and method over its limit in the {@code .java} files under {@code sourceRoot}, file by file. */
    public static List<Offender> offenders(Path sourceRoot) {
        if (!Files.isDirectory(sourceRoot)) {
            throw new AssertionError(sourceRoot.toAbsolutePath() + " is not a directory of sources");
        }
        List<Offender> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                offenders.addAll(offenders(sourceRoot.relativize(file), Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return offenders;
    }

    /** The classes and methods over their limits in one source file. */
    public static List<Offender> offenders(Path file, String source) {
        List<Offender> offenders = new ArrayList<>();
        for (JavaBlocks.Block block : JavaBlocks.read(source)) {
            int limit = block.kind() == JavaBlocks.Kind.CLASS ? MAX_CLASS_LINES : MAX_METHOD_LINES;
            if (block.lines() > limit) {
                String kind = block.kind() == JavaBlocks.Kind.CLASS ? "class" : "method";
                offenders.add(new Offender(file, block.firstLine(), kind, block.name(), block.lines(), limit));
            }
        }
        return offenders;
    }
}
