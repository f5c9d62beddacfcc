package nngrade.submission;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * What javac sees on a submission's class path: the problem contract ({@code nngrade.problems}
 * and its subpackages) and nothing else, even when the contract sits in the grader's own jar
 * beside the reference and the checks. Filtering the listing, rather than copying the contract's
 * classes out of the jar, leaves nothing behind in the temporary directory.
 */
final class ContractOnlyFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private static final String CONTRACT_PACKAGE = "nngrade.problems";

    ContractOnlyFileManager(StandardJavaFileManager files) {
        super(files);
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
            boolean recurse) throws IOException {
        if (location == StandardLocation.CLASS_PATH && !isContract(packageName)) {
            return List.of();
        }
        return super.list(location, packageName, kinds, recurse);
    }

    @Override
    public JavaFileObject getJavaFileForInput(Location location, String className, JavaFileObject.Kind kind)
            throws IOException {
        if (location == StandardLocation.CLASS_PATH && !isContract(className)) {
            return null;
        }
        return super.getJavaFileForInput(location, className, kind);
    }

    @Override
    public FileObject getFileForInput(Location location, String packageName, String relativeName)
            throws IOException {
        if (location == StandardLocation.CLASS_PATH && !isContract(packageName)) {
            return null;
        }
        return super.getFileForInput(location, packageName, relativeName);
    }

    /** @return whether a package or class name lies in the contract */
    private static boolean isContract(String name) {
        return name.equals(CONTRACT_PACKAGE) || name.startsWith(CONTRACT_PACKAGE + ".");
    }
}
