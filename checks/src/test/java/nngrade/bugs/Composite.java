package nngrade.bugs;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.Solutions;
import nngrade.reference.ReferenceSolutions;

/**
 * A submission made of several bugs of the catalogue at once: each problem answered by the buggy
 * submission of its bug, every other problem by the reference. A class with several mistakes, as
 * a feedback page sees one.
 */
final class Composite {

    private Composite() {
    }

    /** @return the reference, but for the problems of the named bugs, answered by those bugs */
    static Solutions of(List<String> bugNames) {
        Map<String, Solutions> byProblem = new LinkedHashMap<>();
        for (Bug b : BuggySubmissionsTest.bugs().toList()) {
            if (bugNames.contains(b.name())) {
                byProblem.put(b.problemId(), b.submission().get());
            }
        }
        if (byProblem.size() != bugNames.size()) {
            throw new IllegalArgumentException("unknown bugs among " + bugNames + " (or two on one problem)");
        }
        Solutions reference = new ReferenceSolutions();
        InvocationHandler handler = (proxy, method, args) -> {
            Solutions target = byProblem.getOrDefault(problemOf(method, args), reference);
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Solutions) Proxy.newProxyInstance(Solutions.class.getClassLoader(), new Class<?>[] {Solutions.class},
                handler);
    }

    /** @return the problem id of a factory method: what its default says it has not implemented */
    private static String problemOf(Method method, Object[] args) throws Throwable {
        if (!method.isDefault()) {
            return "";
        }
        Solutions blank = (Solutions) Proxy.newProxyInstance(Solutions.class.getClassLoader(),
                new Class<?>[] {Solutions.class}, (p, m, a) -> InvocationHandler.invokeDefault(p, m, a));
        try {
            method.invoke(blank, args);
            return "";
        } catch (InvocationTargetException e) {
            return e.getCause() instanceof NotImplementedYet n ? n.problemId() : "";
        }
    }
}
