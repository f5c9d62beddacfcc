package nngrade.batch;

import java.net.URL;
import java.security.AllPermission;
import java.security.CodeSource;
import java.security.Permission;
import java.security.PermissionCollection;
import java.security.Permissions;
import java.security.Policy;
import java.security.ProtectionDomain;

/**
 * Takes every permission away from submitted code inside the grading child: no reflection into
 * the grader, no class loaders, no files, no network, no System.exit, no replacing System.out.
 * The grader's own code (checks, engine, JUnit, the JDK) keeps all permissions.
 *
 * <p>Java's security manager is deprecated for removal but works on Java 17, this project's
 * Java; where it is gone the child still runs, with the process boundary as its only wall.
 */
@SuppressWarnings("removal")
final class Sandbox {

    private Sandbox() {
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

    /** Everything for every domain but the submission's, which gets nothing. */
    private static final class SubmissionPolicy extends Policy {
        private final String submission;

        SubmissionPolicy(String submission) {
            this.submission = submission;
        }

        private boolean isSubmission(CodeSource source) {
            return source != null && source.getLocation() != null
                    && source.getLocation().toString().startsWith(submission);
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
}
