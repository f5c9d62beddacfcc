package nngrade.reference.quasinewton;

/** The guard the contract asks for on vectors a NaN or an infinity would silently poison. */
final class Finite {

    private Finite() {
    }

    /**
     * @param v    a vector (not modified)
     * @param name names it in the message
     * @throws IllegalArgumentException if an element of v is NaN or infinite
     */
    static void require(double[] v, String name) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + v[i]
                        + ", expected a finite number");
            }
        }
    }
}
