package nngrade.reference.babysitting;

/** Classification accuracy from class scores: the predicted class is the first largest score. */
final class Accuracy {

    private Accuracy() {
    }

    /**
     * @param scores N rows of C scores (not modified)
     * @param y      labels; only the first N are read (not modified)
     * @return the fraction of the N rows whose first largest score is at their label
     */
    static double of(double[][] scores, int[] y) {
        int correct = 0;
        for (int i = 0; i < scores.length; i++) {
            if (argmax(scores[i]) == y[i]) {
                correct++;
            }
        }
        return (double) correct / scores.length;
    }

    private static int argmax(double[] s) {
        int best = 0;
        for (int k = 1; k < s.length; k++) {
            if (s[k] > s[best]) {
                best = k;
            }
        }
        return best;
    }
}
