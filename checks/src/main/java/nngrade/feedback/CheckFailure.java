package nngrade.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed check as a feedback page shows it, taken apart from the text the grader keeps for it
 * (a result's {@code tests[].output}): what went wrong, the input that broke it, expected against
 * actual where the message says both, what the code printed, and the formula.
 *
 * @param name     the check, in words
 * @param points   what it was worth
 * @param message  what was compared and what came back (the lines before the input)
 * @param input    the smallest failing input QuickTheories found, "" if the check had none
 * @param expected what the check expected, "" if the message does not say it in a known form
 * @param actual   what the submission gave, "" likewise
 * @param printed  what the submission printed during the check, quoted, "" if nothing
 * @param formula  the problem's formula, "" if absent
 */
public record CheckFailure(String name, double points, String message, String input, String expected, String actual,
        String printed, String formula) {

    private static final String INPUT = "smallest failing input: ";
    private static final String FORMULA = "formula: ";
    private static final String PRINTED = "your code printed";
    /** Where a value in a message ends: before "(allowed ...)", "; ...", ": off by ..." or the line's end. */
    private static final String END = "(?: \\(|;|: |$)";
    /**
     * The ways the checks' messages put expected against actual: "expected E, got A" (Expect,
     * Tolerance), "should be E but is A" (trajectories), "your gradient is A, but central
     * differences of your own forward give E" (GradientCheck; before it, "analytic gradient A but
     * central difference of your own forward gives E").
     */
    private static final List<Pattern> EXPECTED_ACTUAL = List.of(
            Pattern.compile("expected (?<e>.+?), (?:but )?got (?<a>.+?)" + END),
            Pattern.compile("should be (?<e>.+?) but is (?<a>.+?)" + END),
            Pattern.compile("your gradient is (?<a>.+?), but central differences.*? give (?<e>.+?)" + END),
            Pattern.compile("analytic gradient (?<a>.+?) but central difference.*? gives (?<e>.+?)" + END));

    /** What a student's page says of a failed instructor-only check instead of its text. */
    static final String WITHHELD = "An instructor-only check: its message and input stay with your instructor"
            + " (they would give away its hidden values).";

    /** @return a failed instructor-only check as a student sees it: name and points, no message or input */
    public static CheckFailure withheld(String name, double points) {
        return new CheckFailure(name, points, WITHHELD, "", "", "", "", "");
    }

    /** Takes apart one check's kept text. */
    public static CheckFailure parse(String name, double points, String output) {
        List<String> message = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        String input = "";
        String formula = "";
        boolean inPrinted = false;
        for (String line : output.split("\n", -1)) {
            if (line.startsWith(INPUT)) {
                input = line.substring(INPUT.length());
                inPrinted = false;
            } else if (line.startsWith(FORMULA)) {
                formula = line.substring(FORMULA.length());
                inPrinted = false;
            } else if (line.startsWith(PRINTED)) {
                inPrinted = true;
            } else if (inPrinted) {
                printed.add(line);
            } else {
                message.add(line);
            }
        }
        String text = String.join("\n", message).strip();
        String[] ea = expectedAndActual(text);
        return new CheckFailure(name, points, text, input, ea[0], ea[1], String.join("\n", printed).strip(), formula);
    }

    /** @return {expected, actual} from the first line of the message that says both, else {"", ""} */
    static String[] expectedAndActual(String message) {
        for (String line : message.split("\n")) {
            for (Pattern p : EXPECTED_ACTUAL) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    return new String[] {m.group("e").strip(), m.group("a").strip()};
                }
            }
        }
        return new String[] {"", ""};
    }

    /** For the template: whether expected and actual are known. */
    public boolean comparison() {
        return !expected.isEmpty() && !actual.isEmpty();
    }

    public boolean hasInput() {
        return !input.isEmpty();
    }

    public boolean hasPrinted() {
        return !printed.isEmpty();
    }

    public String pointsText() {
        return Numbers.points(points);
    }
}
