package nngrade.examiner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What this machine offers to confine a submission's JVM, found out once by trying it: whether
 * the grader runs as root (then the host runs as nobody, through setpriv), whether bubblewrap can
 * make its namespaces here as that user, and whether prlimit is there.
 */
record Tools(boolean root, boolean setpriv, boolean bubblewrap, boolean prlimit) {
    // setpriv: whether the host runs as nobody (root only, and only together with bubblewrap)

    static final String BWRAP = "/usr/bin/bwrap";
    static final String PRLIMIT = "/usr/bin/prlimit";
    static final String SETPRIV = "/usr/bin/setpriv";
    static final List<String> AS_NOBODY = List.of(SETPRIV, "--reuid=65534", "--regid=65534", "--clear-groups",
            "--inh-caps=-all", "--bounding-set=-all", "--");

    private static volatile Tools found;

    static Tools onThisMachine() {
        Tools t = found;
        if (t == null) {
            boolean root = uid() == 0;
            List<String> bwrap = List.of(BWRAP, "--ro-bind", "/", "/", "--unshare-pid", "--unshare-net",
                    "--die-with-parent");
            boolean sandbox = works(bwrap, List.of("/bin/true"));
            // As nobody only inside bubblewrap, which shows it only files it may read.
            List<String> switched = new ArrayList<>(AS_NOBODY);
            switched.add("/bin/true");
            boolean nobody = root && sandbox && works(bwrap, switched);
            t = new Tools(root, nobody, sandbox, Files.isExecutable(Path.of(PRLIMIT)));
            found = t;
        }
        return t;
    }

    private static int uid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name")) ? 0 : 1000;
        }
    }

    private static boolean works(List<String> tool, List<String> program) {
        if (!Files.isExecutable(Path.of(tool.get(0)))) {
            return false;
        }
        List<String> command = new ArrayList<>(tool);
        command.addAll(program);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
