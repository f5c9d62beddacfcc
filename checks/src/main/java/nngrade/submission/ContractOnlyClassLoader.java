package nngrade.submission;

/**
 * The parent of every submission's class loader: it lets a submission see the JDK and the
 * problem contract ({@code nngrade.problems}) and nothing else, so submitted code cannot reach
 * the reference, the checks or the grading engine, not even by reflection.
 */
final class ContractOnlyClassLoader extends ClassLoader {

    private static final String CONTRACT_PACKAGE = "nngrade.problems.";

    private final ClassLoader application;

    ContractOnlyClassLoader(ClassLoader application) {
        super("nngrade-contract-only", ClassLoader.getPlatformClassLoader());
        this.application = application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(CONTRACT_PACKAGE)) {
            return application.loadClass(name); // the very classes the checks use, so types match
        }
        return super.loadClass(name, resolve); // the JDK only
    }

    @Override
    public java.net.URL getResource(String name) {
        return name.startsWith("nngrade/problems/") ? application.getResource(name) : super.getResource(name);
    }
}
