package nngrade.host;

import java.net.URL;
import java.security.AllPermission;
import java.security.CodeSource;
import java.security.Permission;
import java.security.PermissionCollection;
import java.security.Permissions;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The innermost layer of the host's confinement: the Java 17 security manager, with a policy that
 * gives submitted code no permission at all (no files, no network, no processes, no System.exit,
 * no reflection into other code, no replacing System.out, no class loaders) while the JDK, the
 * contract and this call server keep every permission. The outer layers (bubblewrap, rlimits)
 * are set up by whoever starts this JVM.
 *
 * <p>The security manager is deprecated for removal but works on Java 17, this project's Java;
 * where it is gone, {@link #install} says so and the outer layers remain.
 */
@SuppressWarnings("removal")
final class SubmissionPolicy extends Policy {

    /** Code sources remembered: one per module of the JDK, the host's jars and the submission's folder. */
    private static final int MAX_JUDGED = 256;

    private final String submission;
    /**
     * What each code source was judged, by identity (a code source's location does not change):
     * the policy is asked at every permission check, and spelling out a location costs more than
     * the rest of a small call into the submission.
     */
    private final Map<CodeSource, Boolean> judged = Collections.synchronizedMap(new IdentityHashMap<>());

    private SubmissionPolicy(String submission) {
        this.submission = submission;
    }

    /**
     * @param submissionClasses the location the submission's classes are loaded from
     * @return whether the security manager is in place
     */
    static boolean install(URL submissionClasses) {
        Policy.setPolicy(new SubmissionPolicy(submissionClasses.toString()));
        try {
            System.setSecurityManager(new SecurityManager());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private boolean isSubmission(CodeSource source) {
        if (source == null) {
            return false;
        }
        Boolean known = judged.get(source);
        if (known == null) {
            known = source.getLocation() != null && source.getLocation().toString().startsWith(submission);
            if (judged.size() < MAX_JUDGED) {
                judged.put(source, known);
            }
        }
        return known;
    }

    @Override
    public boolean implies(ProtectionDomain domain, Permission permission) {
        return !isSubmission(domain.getCodeSource());
    }

    @Override
    public PermissionCollection getPermissions(CodeSource source) {
        Permissions p = new Permissions();
        if (!isSubmission(source)) {
            p.add(new AllPermission());
        }
        return p;
    }
}
