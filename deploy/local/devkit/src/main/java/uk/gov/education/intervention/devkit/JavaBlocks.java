package uk.gov.education.intervention.devkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level classes and the methods of a Java source file, with the lines each spans, for
 * {@link SourceSizes}. Not a parser of Java: comments, strings, text blocks and character literals
 * are blanked first, then each brace is matched and classified by the code before it (since the
 * last {@code ;}, <code>{</code> or <code>}</code>): a type declaration, a method or constructor (its
 * parameter list closes just before, bar a {@code throws} clause), a record's compact constructor, or
 * any other block.
 */
final class JavaBlocks {

    enum Kind { CLASS, METHOD }

    /** A class (named by its simple name) or a method (named {@code Type#name}, a nested type as {@code Outer.Inner}). */
    record Block(Kind kind, String name, int firstLine, int lastLine) {
        int lines() {
            return lastLine - firstLine + 1;
        }
    }

    private static final Pattern TYPE = Pattern.compile("(?<![\\w.$])(class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern ANONYMOUS = Pattern.compile("(?<![\\w.$])new\\s+[\\w$.<>\\[\\], ?]+\\(", Pattern.DOTALL);
    private static final Pattern THROWS = Pattern.compile("\\s*throws\\s+[\\w$.<>,\\s?]+");
    private static final Set<String> CONTROL = Set.of("if", "for", "while", "switch", "catch", "synchronized", "try");
    private static final Pattern COMPACT_CONSTRUCTOR = Pattern.compile("(?:(?:public|protected|private)\\s+)?([A-Za-z_$][\\w$]*)");

    /** An open brace: what it opened, and for a type whether an enum's constants have ended. */
    private static final class Frame {
        final Kind kind;
        final String type;
        final String name;
        final int firstLine;
        final int parens;
        final boolean isEnum;
        final boolean isRecord;
        boolean constantsEnded;

        Frame(Kind kind, String type, String name, int firstLine, int parens, boolean isEnum, boolean isRecord) {
            this.kind = kind;
            this.type = type;
            this.name = name;
            this.firstLine = firstLine;
            this.parens = parens;
            this.isEnum = isEnum;
            this.isRecord = isRecord;
        }

        boolean isType() {
            return type != null && kind == Kind.CLASS;
        }
    }

    private final String code;
    private final int[] lineStarts;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private int parens;
    private int headerStart;
    private int nextClassLine = 1;

    private JavaBlocks(String code) {
        this.code = code;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The top-level classes and every method of the source, in the order they close. */
    static List<Block> read(String source) {
        JavaBlocks reader = new JavaBlocks(blank(source));
        reader.walk();
        return reader.blocks;
    }

    private void walk() {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            } else if (c == ';') {
                Frame top = open.peek();
                if (top != null && top.isEnum && top.parens == parens) {
                    top.constantsEnded = true;
                }
                headerStart = i + 1;
            } else if (c == '{') {
                open.push(opened(headerStart, i));
                headerStart = i + 1;
            } else if (c == '}') {
                closed(open.poll(), line(i));
                headerStart = i + 1;
            }
        }
    }

    private void closed(Frame frame, int line) {
        if (frame == null || frame.name == null) {
            return;
        }
        if (frame.kind == Kind.METHOD) {
            blocks.add(new Block(Kind.METHOD, frame.type + "#" + frame.name, frame.firstLine, line));
        } else if (open.isEmpty()) {
            blocks.add(new Block(Kind.CLASS, frame.name, nextClassLine, line));
            nextClassLine = line + 1;
        }
    }

    /** What the brace at {@code brace} opens, judged by the code from {@code from} to it. */
    private Frame opened(int from, int brace) {
        String header = withoutAnnotations(code.substring(from, brace));
        Frame parent = open.peek();
        Matcher type = TYPE.matcher(header);
        if (type.find() && (!type.group(1).equals("record") || header.substring(type.end()).matches("\\s*[<(][\\s\\S]*"))) {
            String name = type.group(2);
            String qualified = parent == null || parent.type == null ? name : parent.type + "." + name;
            return new Frame(Kind.CLASS, qualified, name, 0, parens, type.group(1).equals("enum"), type.group(1).equals("record"));
        }
        boolean member = parent != null && parent.isType() && parens == parent.parens;
        if (isAnonymousClass(header) || member && parent.isEnum && !parent.constantsEnded) {
            // an anonymous class, or an enum constant's body: its methods count under the type around it
            return new Frame(Kind.CLASS, parent == null ? null : parent.type, null, 0, parens, false, false);
        }
        if (!member || header.contains("=")) {
            return new Frame(null, parent == null ? null : parent.type, null, 0, parens, false, false);
        }
        return method(parent, header, from);
    }

    /** Whether the code ends with {@code new Type(...)}: the brace after it opens an anonymous class. */
    private static boolean isAnonymousClass(String header) {
        String code = header.stripTrailing();
        Matcher creation = ANONYMOUS.matcher(code);
        int last = -1;
        while (creation.find()) {
            last = creation.end() - 1;
        }
        return last >= 0 && closingParen(code, last) == code.length() - 1;
    }

    /** A method, a constructor or a record's compact constructor; else an initializer block. */
    private Frame method(Frame parent, String header, int from) {
        String signature = THROWS.matcher(header).replaceFirst("").stripTrailing();
        if (signature.endsWith(")")) {
            int close = signature.length() - 1;
            int depth = 0;
            int openParen = close;
            for (; openParen >= 0; openParen--) {
                depth += signature.charAt(openParen) == ')' ? 1 : signature.charAt(openParen) == '(' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            Matcher name = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*$").matcher(signature.substring(0, Math.max(openParen, 0)));
            if (openParen > 0 && name.find() && !CONTROL.contains(name.group(1))) {
                return new Frame(Kind.METHOD, parent.type, name.group(1), line(from + name.start(1)), parens, false, false);
            }
        }
        Matcher compact = COMPACT_CONSTRUCTOR.matcher(header.strip());
        if (parent.isRecord && compact.matches() && compact.group(1).equals(parent.name)) {
            int at = from + header.indexOf(compact.group(1), header.length() - header.stripLeading().length());
            return new Frame(Kind.METHOD, parent.type, compact.group(1), line(at), parens, false, false);
        }
        return new Frame(null, parent.type, null, 0, parens, false, false);
    }

    private int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    /** The code with each annotation (and its arguments) blanked, keeping every character's place. */
    static String withoutAnnotations(String code) {
        StringBuilder out = new StringBuilder(code);
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) != '@' || code.startsWith("@interface", i)) {
                continue;
            }
            int end = i + 1;
            while (end < code.length() && (Character.isJavaIdentifierPart(code.charAt(end)) || code.charAt(end) == '.')) {
                end++;
            }
            int afterSpace = end;
            while (afterSpace < code.length() && Character.isWhitespace(code.charAt(afterSpace))) {
                afterSpace++;
            }
            if (afterSpace < code.length() && code.charAt(afterSpace) == '(') {
                end = closingParen(code, afterSpace) + 1;
            }
            for (int j = i; j < end && j < code.length(); j++) {
                out.setCharAt(j, code.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end - 1;
        }
        return out.toString();
    }

    private static int closingParen(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            depth += code.charAt(i) == '(' ? 1 : code.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return code.length() - 1;
    }

    /**
     * The source with comments, strings, text blocks and character literals blanked to spaces (their
     * line breaks kept), so that every brace and parenthesis left is code's, on its own line.
     */
    static String blank(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = literalEnd(source, i);
            if (end == i) {
                out.append(source.charAt(i++));
                continue;
            }
            for (int j = i; j < end; j++) {
                out.append(source.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Where the comment or literal starting at {@code i} ends (exclusive); {@code i} when none starts there. */
    private static int literalEnd(String s, int i) {
        if (s.startsWith("//", i)) {
            int end = s.indexOf('\n', i);
            return end < 0 ? s.length() : end;
        }
        if (s.startsWith("/*", i)) {
            int end = s.indexOf("*/", i + 2);
            return end < 0 ? s.length() : end + 2;
        }
        if (s.startsWith("\"\"\"", i)) {
            return quoted(s, i + 3, "\"\"\"");
        }
        if (s.charAt(i) == '"') {
            return quoted(s, i + 1, "\"");
        }
        if (s.charAt(i) == '\'') {
            return quoted(s, i + 1, "'");
        }
        return i;
    }

    /** The end (exclusive) of a literal whose content starts at {@code from} and ends with {@code close}, past escapes. */
    private static int quoted(String s, int from, String close) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '\\') {
                i += 2;
            } else if (s.startsWith(close, i)) {
                return i + close.length();
            } else {
                i++;
            }
        }
        return s.length();
    }
}
