package nngrade.checks.initialization;

/**
 * A configuration and the law its weights must follow, with where that law comes from.
 *
 * @param setup  the configuration and shape
 * @param law    the distribution of every weight
 * @param source where the law comes from, e.g. "torch.nn.init.xavier_normal_" or "N(0, 1/fan_in)"
 */
record InitCase(Setup setup, WeightLaw law, String source) {

    @Override
    public String toString() {
        return setup + " (" + source + ": " + law + ")";
    }
}
