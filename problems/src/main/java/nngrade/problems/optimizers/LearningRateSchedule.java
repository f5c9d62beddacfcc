package nngrade.problems.optimizers;

/**
 * A learning-rate schedule, as torch.optim.lr_scheduler defines it: the learning rate to use at
 * step t.
 *
 * <p>Steps count from 0, as torch's do: lr(0) is the learning rate right after the scheduler is
 * built (torch's {@code get_last_lr()} before any {@code scheduler.step()}), and lr(t) is the
 * value after t calls of {@code scheduler.step()}. Whether a "step" is an epoch or a batch is the
 * caller's business.
 *
 * <p>lr(t) is a pure function of t: the same t always gives the same value, whatever was asked
 * before and in whatever order (torch's schedulers are stateful; an implementation here must not
 * be, or it must not show).
 */
public interface LearningRateSchedule {

    /**
     * @param t the step, from 0
     * @return the learning rate at step t
     * @throws IllegalArgumentException if t &lt; 0, or t lies past the end of a schedule that has
     *     one (sched.one_cycle: t &gt; totalSteps, where torch raises ValueError)
     */
    double lr(int t);
}
