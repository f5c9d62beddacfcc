package nngrade.examiner;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nngrade.engine.GraderJar;
import nngrade.host.HostMain;
import nngrade.problems.Solutions;

/**
 * How a submission's JVM (a host) is started, confined in layers, each applied where the machine
 * allows and each named in the result's extra data ({@link #layers()}):
 * <ol>
 * <li>a class path of the JDK, the contract and the call server only ({@link HostClassPath});
 * <li>the Java 17 security manager, with no permission for submitted code (set by the host itself);
 * <li>bubblewrap: no network, a read-only view of only the JDK, its libraries and the host's class
 *     path, a private /tmp, its own PID namespace, killed with its parent;
 * <li>another user id (nobody) when the grader runs as root;
 * <li>rlimits: CPU seconds, address space, processes (not for root, whom the kernel exempts),
 *     file size, open files, no core dumps.
 * </ol>
 *
 * @param heapMegabytes the host's heap, the submission's memory limit
 * @param cpuSeconds    the host's CPU time limit (a backstop: the examiner's wall-clock limits act first)
 */
public record HostLaunch(int heapMegabytes, long cpuSeconds) {

    /** Address space beyond the heap a JVM needs: code cache, metaspace, stacks, the channel. */
    private static final long NON_HEAP_MEGABYTES = 1024;
    private static final int MAX_PROCESSES = 256;
    private static final long MAX_FILE_BYTES = 1 << 20;
    private static final int MAX_OPEN_FILES = 256;

    /** @return the command that starts a host serving {@code classes} over the channel file */
    List<String> command(Path channelFile, Path classes) {
        List<String> command = new ArrayList<>();
        Tools tools = Tools.onThisMachine();
        if (tools.prlimit()) {
            command.addAll(List.of(Tools.PRLIMIT, "--cpu=" + cpuSeconds,
                    "--as=" + (heapMegabytes + NON_HEAP_MEGABYTES) * (1L << 20), "--fsize=" + MAX_FILE_BYTES,
                    "--nofile=" + MAX_OPEN_FILES, "--core=0"));
            if (tools.setpriv()) { // the kernel does not count root's processes; another user's would all count
                command.add("--nproc=" + MAX_PROCESSES);
            }
            command.add("--");
        }
        if (tools.bubblewrap()) {
            command.addAll(bubblewrap(channelFile.getParent(), classes, tools.setpriv()));
        }
        if (tools.setpriv()) {
            command.addAll(Tools.AS_NOBODY);
        }
        command.addAll(java(channelFile, classes));
        return command;
    }

    /** @return what confines the host on this machine, in words, for the report */
    public List<String> layers() {
        Tools tools = Tools.onThisMachine();
        List<String> layers = new ArrayList<>();
        layers.add("class path: the JDK, the contract and the call server only");
        layers.add("security manager: no permission for submitted code");
        layers.add(tools.bubblewrap()
                ? "bubblewrap: no network, read-only JDK and class path, private /tmp, own PID namespace"
                : "bubblewrap: not installed, so not used (apt-get install bubblewrap)");
        if (tools.root()) {
            layers.add(tools.setpriv() ? "user: nobody (65534)" : "user: root (no setpriv or no bubblewrap)");
        }
        layers.add(tools.prlimit()
                ? "rlimits: cpu " + cpuSeconds + " s, address space " + (heapMegabytes + NON_HEAP_MEGABYTES) + " MB, "
                        + (tools.setpriv() ? "processes " + MAX_PROCESSES + ", " : "") + "file size 1 MB, "
                        + MAX_OPEN_FILES + " open files, no core dumps"
                : "rlimits: prlimit not installed, so not set");
        return layers;
    }

    /** @return a new private folder for a channel file, readable by the host's user and no one else */
    Path channelFolder() throws IOException {
        Path shm = Path.of("/dev/shm");
        Path root = Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        Path folder = ChannelFolders.create(root, "nngrade-host-");
        if (Tools.onThisMachine().setpriv()) {
            // nobody must open the file, but not list the folder: its name is the only key
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
        }
        return folder;
    }

    /**
     * Lets the host's user (nobody, when the grader is root) write the channel file and read the
     * submission's classes: their folder's own permissions come along into the sandbox.
     */
    static void share(Path channelFile, Path classes) throws IOException {
        if (Tools.onThisMachine().setpriv()) {
            Files.setPosixFilePermissions(channelFile, PosixFilePermissions.fromString("rw-rw-rw-"));
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path p : walk.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                            Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    /**
     * A host lives for one submission and allocates copies of arguments at every call: with the
     * default young generation (a third of a 64th of the machine's memory, 125 MB here) every page
     * of it is touched for the first time before the first collection, a page fault each. A small
     * one is collected often, cheaply (little of it lives), in pages already mapped: measured on
     * alice (162,559 calls), the host's page faults fell from 3.8-4.3% to 2.3-2.4% of its CPU and
     * its CPU from 2.11-2.12 s to 2.00-2.06 s.
     */
    static final String YOUNG_GENERATION = "-Xmn8m";

    private List<String> java(Path channelFile, Path classes) {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMegabytes + "m", YOUNG_GENERATION, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr", "-XX:-UsePerfData", "-XX:ReservedCodeCacheSize=32m",
                "-XX:CompressedClassSpaceSize=64m", "-XX:MaxMetaspaceSize=128m", "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-Djava.security.manager=allow"));
        HostClassPath.archive().ifPresent(a -> java.add("-XX:SharedArchiveFile=" + a));
        java.addAll(List.of("-cp", String.join(File.pathSeparator, HostClassPath.entries().stream().map(Path::toString).toList()),
                HostMain.class.getName(), channelFile.toString(), classes.toString()));
        return java;
    }

    private static List<String> bubblewrap(Path channelFolder, Path classes, boolean asNobody) {
        Sandbox b = new Sandbox(asNobody);
        for (String lib : List.of("/usr/lib", "/usr/lib64", "/lib", "/lib64", "/usr/lib32", "/lib32")) {
            Path p = Path.of(lib);
            if (Files.isSymbolicLink(p)) {
                b.symlink(readLink(p), lib);
            } else if (Files.isDirectory(p)) {
                b.readOnly(p);
            }
        }
        Set<Path> readOnly = new LinkedHashSet<>(JdkFolders.ALL);
        readOnly.addAll(HostClassPath.entries());
        HostClassPath.archive().ifPresent(readOnly::add);
        readOnly.add(classes);
        if (asNobody) {
            readOnly.add(Path.of(Tools.SETPRIV));
        }
        readOnly.forEach(b::readOnly);
        b.writable(channelFolder);
        return b.arguments();
    }

    /**
     * The JDK's folders, found once per JVM: walking the JDK's tree for its links took 6 ms of the
     * examiner's CPU at every host's start, a third of a second over a batch of 50.
     */
    private static final class JdkFolders {
        static final Set<Path> ALL = java.util.Collections.unmodifiableSet(jdkFolders());
    }

    /** @return the JDK's home and the folders its symbolic links point into (Debian keeps its configuration in /etc) */
    private static Set<Path> jdkFolders() {
        Path home = realPath(Path.of(System.getProperty("java.home")));
        Set<Path> folders = new LinkedHashSet<>(List.of(home));
        try (Stream<Path> walk = Files.walk(home)) {
            walk.filter(Files::isSymbolicLink).map(HostLaunch::realPath).filter(t -> !t.startsWith(home))
                    .map(t -> t.getNameCount() >= 2 ? t.getRoot().resolve(t.subpath(0, 2)) : t)
                    .filter(Files::isDirectory).forEach(folders::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folders;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String readLink(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the host's classes are: never the grader's own jar, which holds the reference. */
    static final class HostClassPath {

        /** The runtime jar of the host module, beside the grader's jar in a packaged build. */
        static final String JAR = "nngrade-host.jar";
        /** The host's class-data archive, made at package time, beside its jar. */
        static final String ARCHIVE = "nngrade-host.jsa";

        private HostClassPath() {
        }

        /** @return the host module's classes and the contract's, as separate folders or jars, or the runtime jar */
        static List<Path> entries() {
            Path host = GraderJar.locationOf(HostMain.class);
            Path contract = GraderJar.locationOf(Solutions.class);
            if (!host.equals(GraderJar.locationOf(HostClassPath.class))) {
                return host.equals(contract) ? List.of(host) : List.of(host, contract);
            }
            Path jar = host.resolveSibling(JAR);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("the submission host's jar is missing: " + jar + " (run mvn package)");
            }
            return List.of(jar);
        }

        /** @return the class-data archive of the host, if it was made for these jars */
        static java.util.Optional<Path> archive() {
            Path first = entries().get(0);
            Path archive = first.resolveSibling(ARCHIVE);
            return first.getFileName().toString().equals(JAR) && Files.isRegularFile(archive)
                    ? java.util.Optional.of(archive) : java.util.Optional.empty();
        }
    }
}
