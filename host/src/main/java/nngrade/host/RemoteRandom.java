package nngrade.host;

import java.lang.reflect.Method;
import java.util.Random;

/**
 * Stands in the host for a generator of the examiner that is not a plain java.util.Random (a
 * subclass, say one that counts draws): every draw is a call back, so the examiner's object
 * sees each one. A plain java.util.Random is mirrored instead ({@link MirroredRandom}), which
 * costs no round trips.
 */
final class RemoteRandom extends Random {
    private static final long serialVersionUID = 1L;

    private final transient CallServer server;
    private final transient int object;

    RemoteRandom(CallServer server, int object) {
        super(0);
        this.server = server;
        this.object = object;
    }

    int object() {
        return object;
    }

    private Object draw(String name, Class<?>[] types, Object... args) {
        if (server == null) {
            return null; // Random's constructor calls setSeed before the fields are set
        }
        if (!server.mayCallBack()) {
            throw new IllegalStateException("the grader's Random may only be used during the call that received it");
        }
        try {
            Method m = Random.class.getMethod(name, types);
            return server.callBack(object, m, args);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void setSeed(long seed) {
        draw("setSeed", new Class<?>[] {long.class}, seed);
    }

    @Override
    public int nextInt() {
        return (Integer) draw("nextInt", new Class<?>[0]);
    }

    @Override
    public int nextInt(int bound) {
        return (Integer) draw("nextInt", new Class<?>[] {int.class}, bound);
    }

    @Override
    public long nextLong() {
        return (Long) draw("nextLong", new Class<?>[0]);
    }

    @Override
    public boolean nextBoolean() {
        return (Boolean) draw("nextBoolean", new Class<?>[0]);
    }

    @Override
    public float nextFloat() {
        return (Float) draw("nextFloat", new Class<?>[0]);
    }

    @Override
    public double nextDouble() {
        return (Double) draw("nextDouble", new Class<?>[0]);
    }

    @Override
    public synchronized double nextGaussian() {
        return (Double) draw("nextGaussian", new Class<?>[0]);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        draw("nextBytes", new Class<?>[] {byte[].class}, (Object) bytes);
    }
}
