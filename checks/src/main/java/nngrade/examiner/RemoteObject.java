package nngrade.examiner;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import nngrade.checks.support.Batch;
import nngrade.checks.support.DifferenceQuestion;
import nngrade.host.CentralDifferences;

/**
 * An object of the submission as the checks see it: a proxy implementing the contract interface,
 * each call forwarded to the object in the submission's JVM (default methods too: the host
 * calls them on the real object, which may override them). equals and hashCode are identity,
 * as for an object that does not override them; toString names what it stands for.
 */
record RemoteObject(HostConnection connection, int handle, Class<?> type)
        implements InvocationHandler, Batch.Caller, DifferenceQuestion.Asker {

    static Object of(HostConnection connection, int handle, Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new RemoteObject(connection, handle, type));
    }

    /** @return the handler behind {@code o} if it is such a proxy, else null */
    static RemoteObject behind(Object o) {
        return o != null && Proxy.isProxyClass(o.getClass()) && Proxy.getInvocationHandler(o) instanceof RemoteObject r
                ? r : null;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "the submission's " + type.getSimpleName();
            };
        }
        return connection.call(handle, method, args == null ? new Object[0] : args);
    }

    /** Many calls of this object and others of its submission in one exchange (see {@link Batch}). */
    @Override
    public List<Object> callAll(List<Batch.Caller> targets, List<Method> methods, List<Object[]> args,
            IntConsumer afterEach) throws Throwable {
        List<HostConnection.Call> calls = new ArrayList<>(methods.size());
        for (int i = 0; i < methods.size(); i++) {
            if (!sharesBatchesWith(targets.get(i))) {
                throw new IllegalArgumentException("a batch of calls into two JVMs");
            }
            calls.add(new HostConnection.Call(((RemoteObject) targets.get(i)).handle(), methods.get(i), args.get(i)));
        }
        return connection.callAll(calls, afterEach);
    }

    /** A central-difference question in one exchange: the host makes its calls (see {@link CentralDifferences}). */
    @Override
    public double[] differences(Method method, Object[] args, CentralDifferences.Question q) throws Throwable {
        return connection.differences(handle, method, args, q);
    }

    @Override
    public boolean sharesBatchesWith(Batch.Caller other) {
        return other instanceof RemoteObject r && r.connection() == connection;
    }
}
