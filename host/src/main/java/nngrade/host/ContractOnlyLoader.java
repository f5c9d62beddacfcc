package nngrade.host;

import java.net.URL;

/**
 * The parent of the submission's class loader: the JDK and the contract ({@code nngrade.problems})
 * and nothing else. The host's class path holds nothing a submission could use (no reference, no
 * checks, no engine: they are not in this process at all), so this only keeps the call server's
 * own classes out of the submission's sight.
 */
final class ContractOnlyLoader extends ClassLoader {

    private static final String CONTRACT = "nngrade.problems.";

    ContractOnlyLoader() {
        super("nngrade-contract-only", ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(CONTRACT)) {
            return ContractOnlyLoader.class.getClassLoader().loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith("nngrade/problems/") ? ContractOnlyLoader.class.getClassLoader().getResource(name)
                : super.getResource(name);
    }
}
