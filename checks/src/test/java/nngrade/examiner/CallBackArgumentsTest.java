package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import nngrade.host.DrawnValues;
import nngrade.host.Wire;
import nngrade.host.WireOutput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ExaminerReferences#crossesAsCallBack} is what the grader's packaging uses to count the
 * calls a submission makes back into the checks' objects ({@link CheckTimes}), and what
 * {@link ExaminerReferences#write} uses to number them: for every kind of argument the checks
 * hand a submission, it says "called back" exactly when the wire says so.
 */
public class CallBackArgumentsTest {

    public record Point(double x) {
    }

    static Stream<Arguments> arguments() {
        DoubleUnaryOperator f = x -> x * x;
        return Stream.of(
                Arguments.of("a double", 1.5, double.class, false),
                Arguments.of("a string", "text", String.class, false),
                Arguments.of("an array", new double[] {1, 2}, double[].class, false),
                Arguments.of("an enum constant", TimeUnit.SECONDS, TimeUnit.class, false),
                Arguments.of("a record", new Point(1), Object.class, false),
                Arguments.of("a list", List.of(1.0, 2.0), List.class, false),
                Arguments.of("a plain Random", new Random(7), Random.class, false),
                Arguments.of("drawn values", new DrawnValues(new double[] {0.5}), DoubleSupplier.class, false),
                Arguments.of("a subclass of Random", new Random(7) {
                    private static final long serialVersionUID = 1L;
                }, Random.class, true),
                Arguments.of("a function of the checks", f, DoubleUnaryOperator.class, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void aValueIsCalledBackExactlyWhenTheWireNumbersItAsACallback(String kind, Object value, Class<?> declared,
            boolean calledBack) {
        WireOutput out = new WireOutput(new ExaminerReferences(null)).begin(Wire.CALL);
        out.writeValue(value, declared);
        boolean numbered = out.bytes()[1] == Wire.CALLBACK_OBJECT;
        assertEquals(calledBack, numbered, kind + " on the wire");
        assertEquals(calledBack, ExaminerReferences.crossesAsCallBack(value, declared), kind + " as counted");
    }
}
