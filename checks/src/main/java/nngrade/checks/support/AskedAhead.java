package nngrade.checks.support;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.quicktheories.core.Gen;

/**
 * A property's answers from the submission, asked for all its examples before the property runs:
 * in a few batches ({@link Batch}), one exchange with the submission's JVM each, where asking
 * example by example costs an exchange or two per example. It pays where an example's questions
 * depend on its earlier answers (a gradient check at the submission's own forward values), which
 * no prediction can send ahead.
 *
 * <p>QuickTheories draws from a seeded source ({@link nngrade.checks.api.CheckSettings#qt}): the
 * same generator gives the same examples in the same order on every run, as long as each passes,
 * whatever the property does with them. So a first run that only keeps the examples
 * ({@link #drawn}) gives the very examples the real run meets, in order, until one fails; then
 * QuickTheories shrinks it, and the smaller examples it tries are asked live, as ever. The
 * property takes an example's answers from here only if that example is the next one kept
 * ({@link #take}): its verdict, and the shrunk example reported, are those of asking live.
 *
 * @param <T> an example
 * @param <A> what the submission answered for it
 */
public final class AskedAhead<T, A> {

    private final List<T> examples;
    private final List<A> answers;
    private final BiPredicate<T, T> same;
    private int next;

    /**
     * @param examples the examples asked about, in the order they are drawn; not modified
     * @param answers  what was answered for each; not modified
     * @param same     whether two examples are the same example (equal content)
     */
    public AskedAhead(List<T> examples, List<A> answers, BiPredicate<T, T> same) {
        if (examples.size() != answers.size()) {
            throw new IllegalArgumentException(examples.size() + " examples, " + answers.size() + " answers");
        }
        this.examples = examples;
        this.answers = answers;
        this.same = same;
    }

    /** @return nothing asked ahead: every example is asked live */
    public static <T, A> AskedAhead<T, A> none() {
        return new AskedAhead<>(List.of(), List.of(), (a, b) -> false);
    }

    /**
     * @param gen the generator the property draws from; not modified
     * @return the examples {@code qt().forAll(gen)} draws, in order, as long as each passes
     */
    public static <T> List<T> drawn(Gen<T> gen) {
        List<T> drawn = new ArrayList<>();
        qt().forAll(gen).checkAssert(drawn::add);
        return drawn;
    }

    /**
     * @param example the example the property meets now; not modified
     * @return its answers if it is the next example asked ahead; otherwise empty, and every later
     *     example is asked live too (the run left the drawn order: it is shrinking)
     */
    public Optional<A> take(T example) {
        if (next < examples.size() && same.test(examples.get(next), example)) {
            return Optional.of(answers.get(next++));
        }
        next = examples.size();
        return Optional.empty();
    }
}
