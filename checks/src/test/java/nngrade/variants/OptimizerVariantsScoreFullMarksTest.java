package nngrade.variants;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checks of section D accept correct optimizers and schedules written differently from the
 * reference (other buffers, update orders, bias corrections, closed forms and recurrences), as
 * instructor and through the channel.
 */
class OptimizerVariantsScoreFullMarksTest {

    /** Every problem {@link OptimizerVariants} overrides. */
    static final Set<String> OVERRIDDEN = Set.of("optim.sgd", "optim.momentum_sutskever", "optim.momentum_ema",
            "optim.momentum_torch", "optim.nesterov", "optim.nesterov_shifted", "optim.adagrad", "optim.rmsprop",
            "optim.adam", "optim.amsgrad", "optim.adamw", "optim.weight_decay", "sched.step", "sched.exponential",
            "sched.inverse_time", "sched.cosine_warm_restarts", "sched.one_cycle", "sched.cyclic");

    @Test
    void optimizerVariantsPassEverySectionDCheck() {
        CorrectVariantsScoreFullMarksTest.passesEveryCheck(new OptimizerVariants(), OVERRIDDEN);
    }
}
