package nngrade.host;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/**
 * Stands in the host for an object of the examiner (a line search, the function being minimized,
 * a gradient function): each call of one of its interface's methods is a call back across the
 * channel. Allowed only during the call into the submission that received it, on the host's
 * serving thread: a submission that keeps the object and calls it later, or from a thread of its
 * own, gets an IllegalStateException, as if the object had expired.
 */
record RemoteCallback(CallServer server, int object) implements InvocationHandler {

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "the grader's " + proxy.getClass().getInterfaces()[0].getSimpleName();
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        if (!server.mayCallBack()) {
            throw new IllegalStateException("the grader's " + method.getDeclaringClass().getSimpleName()
                    + " may only be used during the call that received it, on the calling thread");
        }
        return server.callBack(object, method, args);
    }
}
