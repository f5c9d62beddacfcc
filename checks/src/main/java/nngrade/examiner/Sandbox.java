package nngrade.examiner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The arguments of bubblewrap for a host: new IPC, PID, network, UTS and cgroup namespaces, a new
 * session, killed with its parent, /proc, a minimal /dev, a private /tmp, and nothing of the
 * machine's files but what is bound read-only (plus the channel's folder, writable). Every folder
 * leading to a bound path is made first, readable and traversable: bubblewrap would make them
 * accessible to root alone, and the host may run as nobody.
 */
final class Sandbox {

    private final List<String> arguments = new ArrayList<>();
    private final Set<Path> made = new HashSet<>();
    private final List<Path> bound = new ArrayList<>();

    /** @param asNobody whether the host switches to nobody inside (then root keeps its capabilities until it does) */
    Sandbox(boolean asNobody) {
        arguments.addAll(List.of(Tools.BWRAP, "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
                "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--proc", "/proc", "--dev", "/dev",
                "--perms", "1777", "--tmpfs", "/tmp"));
        if (!asNobody) {
            arguments.addAll(List.of("--cap-drop", "ALL"));
        }
        made.add(Path.of("/tmp"));
    }

    void readOnly(Path p) {
        mount("--ro-bind", p);
    }

    void writable(Path p) {
        mount("--bind", p);
    }

    void symlink(String target, String link) {
        arguments.addAll(List.of("--symlink", target, link));
    }

    List<String> arguments() {
        return List.copyOf(arguments);
    }

    private void mount(String how, Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        if (bound.stream().anyMatch(absolute::startsWith)) {
            return; // already visible through a folder bound above it
        }
        makeParents(absolute.getParent());
        arguments.addAll(List.of(how, absolute.toString(), absolute.toString()));
        bound.add(absolute);
    }

    private void makeParents(Path dir) {
        if (dir == null || dir.getParent() == null || made.contains(dir)
                || bound.stream().anyMatch(dir::startsWith)) {
            return;
        }
        makeParents(dir.getParent());
        arguments.addAll(List.of("--perms", "0755", "--dir", dir.toString()));
        made.add(dir);
    }
}
