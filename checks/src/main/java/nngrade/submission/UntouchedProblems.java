package nngrade.submission;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nngrade.host.NotStarted;
import nngrade.problems.Solutions;

/**
 * The problems a submission left as the template has them, found by reading sources, never by
 * running them. Problem P is untouched when
 * <ul>
 * <li>P's factory method in {@code StudentSolutions.java} is the template's, comments and spacing
 *     aside, and so is the import of the class it creates ({@link FactoryMethod}): it returns a
 *     new instance of the template's class for P, whatever else the file holds;
 * <li>that class's file, and every template file it names (its superclass, say), transitively,
 *     are the template's word for word (line endings aside);
 * <li>no file of the submission that is not the template's declares a type whose name the
 *     factory method, its import or those files use, which could change what a name in them
 *     resolves to.
 * </ul>
 * Such a problem's code is the template's, whose every method throws NotImplementedYet: each of
 * its checks would end "not implemented yet", so it is settled so without running them (a blank
 * template's 807 checks took about 2 s of a grader's CPU). A rule that misses one only costs
 * time: its checks run as any others. A file the submission changes in any way, even a comment,
 * makes its problems run.
 */
public final class UntouchedProblems {

    static final String SOLUTIONS = "nngrade/student/StudentSolutions.java";
    /** Each factory method of the contract by name, with the problem id its default throws. */
    private static final Map<String, String> FACTORIES = factoryProblems();

    private UntouchedProblems() {
    }

    /**
     * @param sources  the submission's sources (not modified); a template file they lack counts as
     *     the blank template's, since compiling fills it in ({@link FallbackCompiler}): pass the
     *     sources that were compiled when the files that filled in were an instructor's
     * @param template the blank template's sources, every check of whose code says "not
     *     implemented yet" (the one bundled in the grader: a test shows it), never an
     *     instructor's own, which may hand out working code (not modified)
     * @return the ids of the problems the submission left untouched
     */
    public static Set<String> of(Path sources, Path template) throws IOException {
        Map<String, String> ours = texts(template);
        Map<String, String> theirs = texts(sources);
        ours.forEach(theirs::putIfAbsent);
        Set<String> untouched = new TreeSet<>();
        if (!ours.containsKey(SOLUTIONS)) {
            return untouched;
        }
        Set<String> declaredElsewhere = declaredInChangedFiles(ours, theirs);
        Map<String, List<String>> filesNamed = filesBySimpleName(ours);
        Map<String, Set<String>> words = new HashMap<>();
        Function<String, Set<String>> wordsOf = f -> words.computeIfAbsent(f, g -> JavaText.identifiers(ours.get(g)));
        Map<String, FactoryMethod> ourFactories = FactoryMethod.allIn(JavaText.code(ours.get(SOLUTIONS)));
        Map<String, FactoryMethod> theirFactories = FactoryMethod.allIn(JavaText.code(theirs.get(SOLUTIONS)));
        for (Map.Entry<String, String> factory : FACTORIES.entrySet()) {
            FactoryMethod made = ourFactories.get(factory.getKey());
            if (made != null && made.equals(theirFactories.get(factory.getKey()))
                    && disjoint(made.words(), declaredElsewhere)
                    && untouched(closure(made.made(), wordsOf, filesNamed), ours, theirs, wordsOf,
                            declaredElsewhere)) {
                untouched.add(factory.getValue());
            }
        }
        return untouched;
    }

    /** @return whether the files are the template's and use no name the submission declares */
    private static boolean untouched(List<String> files, Map<String, String> ours, Map<String, String> theirs,
            Function<String, Set<String>> wordsOf, Set<String> declaredElsewhere) {
        return !files.isEmpty() && files.stream().allMatch(f -> ours.get(f).equals(theirs.get(f))
                && disjoint(wordsOf.apply(f), declaredElsewhere));
    }

    private static Map<String, String> factoryProblems() {
        Map<String, String> ids = new LinkedHashMap<>();
        Solutions contractOnly = new Solutions() { }; // every method its default
        for (Method m : Solutions.class.getMethods()) {
            if (m.isDefault()) {
                NotStarted.problemOf(contractOnly, m).ifPresent(id -> ids.put(m.getName(), id));
            }
        }
        return ids;
    }

    /**
     * @return the template's files of that class and of every class they name, and so on: where a
     *     name could mean files of several packages, all of them; empty if it names none
     */
    private static List<String> closure(String simpleName, Function<String, Set<String>> wordsOf,
            Map<String, List<String>> filesNamed) {
        if (!filesNamed.containsKey(simpleName)) {
            return List.of();
        }
        Set<String> found = new HashSet<>();
        Deque<String> names = new ArrayDeque<>(List.of(simpleName));
        while (!names.isEmpty()) {
            for (String file : filesNamed.getOrDefault(names.pop(), List.of())) {
                if (found.add(file)) {
                    wordsOf.apply(file).stream().filter(filesNamed::containsKey).forEach(names::push);
                }
            }
        }
        return List.copyOf(found);
    }

    private static Map<String, List<String>> filesBySimpleName(Map<String, String> ours) {
        Map<String, List<String>> byName = new HashMap<>();
        for (String file : ours.keySet()) {
            if (!file.equals(SOLUTIONS)) {
                String name = Path.of(file).getFileName().toString().replaceFirst("\\.java$", "");
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(file);
            }
        }
        return byName;
    }

    /** @return the type names declared in the submission's files that are not the template's */
    private static Set<String> declaredInChangedFiles(Map<String, String> ours, Map<String, String> theirs) {
        Set<String> declared = new HashSet<>();
        theirs.forEach((file, text) -> {
            if (!text.equals(ours.get(file))) {
                declared.addAll(JavaText.declaredTypes(text));
            }
        });
        return declared;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    /** @return every .java file under root by its relative path, with line endings made \n */
    private static Map<String, String> texts(Path root) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (String file : SourceFiles.relativeJavaFiles(root)) {
            String text = new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8);
            texts.put(file.replace('\\', '/'), text.replace("\r\n", "\n"));
        }
        return texts;
    }
}
