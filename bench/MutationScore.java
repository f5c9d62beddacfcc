import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The mutation score per chapter of the reference, read from PIT's mutations.xml (the mutation
 * profile of checks/pom.xml runs it). A chapter is the package under nngrade.reference; the
 * classes directly in nngrade.reference (the factory, shared helpers) count as "(shared)".
 *
 * <p>A mutant counts as killed when PIT detected it (killed, timed out, memory or run error);
 * survivors and mutants no test reached are listed one per line, for docs/mutation-score.md.
 *
 * <p>Usage: {@code java bench/MutationScore.java MUTATIONS.xml...} (e.g.
 * checks/target/pit-reports/mutations.xml). Several reports are merged, class by class: a class
 * that a later report mutated takes that report's mutants in place of every earlier one's (a run
 * mutates all of a class's mutants), so a run over a few classes after a change of the checks or
 * of those classes updates an earlier run over a chapter, lines moved or removed included.
 */
public class MutationScore {

    private static final String ROOT = "nngrade.reference.";

    public static void main(String[] args) throws Exception {
        Map<String, Element> mutants = new LinkedHashMap<>();
        for (String file : args) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(file));
            NodeList mutations = doc.getElementsByTagName("mutation");
            Set<String> rerun = new HashSet<>();
            for (int i = 0; i < mutations.getLength(); i++) {
                rerun.add(text((Element) mutations.item(i), "mutatedClass"));
            }
            // a run mutates every mutant of each class it names: its report replaces the earlier
            // ones for those classes whole, so mutants of lines since moved or removed go too
            mutants.values().removeIf(m -> rerun.contains(text(m, "mutatedClass")));
            for (int i = 0; i < mutations.getLength(); i++) {
                Element m = (Element) mutations.item(i);
                mutants.put(key(m), m);
            }
        }
        Map<String, int[]> byChapter = new TreeMap<>();
        List<String> undetected = new ArrayList<>();
        for (Element m : mutants.values()) {
            String cls = text(m, "mutatedClass");
            String chapter = chapterOf(cls);
            boolean detected = Boolean.parseBoolean(m.getAttribute("detected"));
            int[] counts = byChapter.computeIfAbsent(chapter, k -> new int[2]);
            counts[0] += detected ? 1 : 0;
            counts[1]++;
            if (!detected) {
                undetected.add(String.format("%-14s %-12s %s.%s:%s %s: %s", chapter, m.getAttribute("status"),
                        cls.substring(cls.lastIndexOf('.') + 1), text(m, "mutatedMethod"), text(m, "lineNumber"),
                        shortName(text(m, "mutator")), text(m, "description")));
            }
        }
        int killed = 0;
        int total = 0;
        System.out.println("chapter         killed / total   score");
        for (var e : byChapter.entrySet()) {
            int[] c = e.getValue();
            killed += c[0];
            total += c[1];
            System.out.println(row(e.getKey(), c[0], c[1]));
        }
        System.out.println(row("ALL", killed, total));
        System.out.println();
        System.out.println("not detected (" + undetected.size() + "):");
        undetected.forEach(System.out::println);
    }

    /** @return what identifies a mutant across runs */
    private static String key(Element m) {
        return String.join("|", text(m, "mutatedClass"), text(m, "mutatedMethod"), text(m, "methodDescription"),
                text(m, "lineNumber"), text(m, "mutator"), text(m, "indexes"), text(m, "description"));
    }

    private static String row(String name, int killed, int total) {
        return String.format("%-14s %6d / %-6d %6.1f%%", name, killed, total, 100.0 * killed / total);
    }

    private static String chapterOf(String cls) {
        String rest = cls.startsWith(ROOT) ? cls.substring(ROOT.length()) : cls;
        int dot = rest.indexOf('.');
        return dot < 0 ? "(shared)" : rest.substring(0, dot);
    }

    private static String shortName(String mutator) {
        return mutator.substring(mutator.lastIndexOf('.') + 1);
    }

    private static String text(Element m, String tag) {
        NodeList n = m.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent();
    }
}
