package nngrade.reference.initialization;

import nngrade.problems.initialization.FanMode;

/**
 * fan_in and fan_out of a (fanOut, fanIn) weight, as torch.nn.init._calculate_correct_fan: the
 * number of columns for FAN_IN, of rows for FAN_OUT.
 */
final class Fans {

    private Fans() {
    }

    /** @return fanIn for FAN_IN, fanOut for FAN_OUT */
    static int of(FanMode mode, int fanOut, int fanIn) {
        if (mode == null) {
            throw new IllegalArgumentException("mode must be FAN_IN or FAN_OUT, got null");
        }
        return mode == FanMode.FAN_IN ? fanIn : fanOut;
    }
}
