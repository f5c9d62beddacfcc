package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nngrade.engine.CheckResult;
import org.junit.jupiter.api.Test;

/**
 * The code's CPU budget of a check on a host that has served one before (a warm JVM) has the
 * lower floor, and only the floor differs: a check whose reference time sets its budget gets the
 * same on a cold host and a warm one. What a problem's checks compute once and share is priced
 * in the check that computes it.
 */
class CheckLimitsTest {

    private static final CheckLimits CALIBRATED = CheckLimits.calibrated();

    @Test
    void aWarmHostsBudgetDiffersOnlyByTheFloor() {
        for (String key : List.of(CheckResult.key("act.relu", "finite at extreme inputs"),
                CheckResult.key("init.kaiming_normal", "ten relu layers keep the spread forward and backward"),
                CheckResult.key("graph.forward_backward", "gradients match central differences of the graphs own forward"))) {
            long cold = CALIBRATED.codeCpuMillis(key);
            long warm = CALIBRATED.warmCodeCpuMillis(key);
            assertTrue(warm >= CheckLimits.WARM_CODE_CPU_FLOOR_MILLIS, key + ": " + warm);
            assertTrue(warm <= cold && cold - warm <= CheckLimits.CODE_CPU_FLOOR_MILLIS - CheckLimits.WARM_CODE_CPU_FLOOR_MILLIS,
                    key + ": cold " + cold + ", warm " + warm);
        }
    }

    @Test
    void aSmallCheckGetsTheLowerFloorOnAWarmHost() {
        String key = CheckResult.key("act.relu", "finite at extreme inputs"); // 3 calls, well under 1 ms
        assertEquals(CheckLimits.CODE_CPU_FLOOR_MILLIS - CheckLimits.WARM_CODE_CPU_FLOOR_MILLIS,
                CALIBRATED.codeCpuMillis(key) - CALIBRATED.warmCodeCpuMillis(key));
        // about 140 ms: 20 t_ref is above both floors
        String slow = CheckResult.key("init.kaiming_normal", "ten relu layers keep the spread forward and backward");
        assertEquals(CALIBRATED.codeCpuMillis(slow), CALIBRATED.warmCodeCpuMillis(slow));
    }

    /**
     * babysit.overfit_small's checks share one training run of 1,000 iterations (its stated
     * budget), each calling the checks' network back; whichever check makes the run pays for it,
     * so one of them must be priced for 1,000 calls. Measured with one implementation object for
     * every run, the run was made while the JIT warmed up and no check was priced for it.
     */
    @Test
    void aRunAProblemsChecksShareIsPricedInTheCheckThatMakesIt() {
        long most = 0;
        for (String check : List.of("loss curve is the training loss and essentially decreases",
                "reaches training accuracy one within the budget", "reports the accuracy of tied scores by the first largest",
                "reports the training accuracy of the weights it returns",
                "takes vanilla sgd steps on the first examples without regularization")) {
            String key = CheckResult.key("babysit.overfit_small", check);
            assertTrue(CALIBRATED.millis(key) != CheckLimits.FALLBACK.toMillis(), key + " was not measured");
            most = Math.max(most, CALIBRATED.codeCpuMillis(key));
        }
        assertTrue(most >= CheckLimits.CODE_CPU_FLOOR_MILLIS + 1_000 * CheckLimits.CODE_CPU_MILLIS_PER_CALL,
                "the largest code CPU budget of babysit.overfit_small's checks: " + most + " ms");
    }

    @Test
    void anInstructorsFixedLimitSetsNoCpuBudget() {
        CheckLimits fixed = CheckLimits.fixed(Duration.ofSeconds(3));
        String key = CheckResult.key("act.relu", "finite at extreme inputs");
        assertEquals(-1, fixed.codeCpuMillis(key));
        assertEquals(-1, fixed.warmCodeCpuMillis(key));
        assertEquals(3_000, fixed.millis(key));
    }
}
