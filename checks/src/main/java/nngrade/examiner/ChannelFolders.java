package nngrade.examiner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nngrade.submission.WorkFolder;

/**
 * The folders of this JVM's channel files (a few MB each, in /dev/shm where there is one), kept
 * in one place so that none outlives the examiner. A host's folder goes when its connection is
 * closed; a host the examiner stops waiting for (a standby nobody will use, closed on a daemon
 * thread that the JVM's exit may cut short) would leave its folder behind, so whatever is still
 * here when the JVM exits is deleted then. An examiner that is killed runs no hooks: its pid is
 * in its folders' names, and the next examiner to make one deletes those of examiners that no
 * longer run. The full test suite used to leave eight in /dev/shm.
 */
final class ChannelFolders {

    private static final String CHANNEL_FILE = "channel";
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChannelFolders::deleteAll, "nngrade-channel-folders"));
    }

    /** The prefixes whose folders left by examiners that were killed have been looked for. */
    private static final Set<String> SWEPT = ConcurrentHashMap.newKeySet();

    private ChannelFolders() {
    }

    /**
     * @param root   where the folder goes; not modified but for the new folder
     * @param prefix the start of its name, which this JVM's pid follows
     * @return a new empty folder, deleted at the latest when this JVM exits, or, if it is killed,
     *     by the next examiner that makes one
     */
    static Path create(Path root, String prefix) throws IOException {
        if (SWEPT.add(prefix)) {
            WorkFolder.removeLeftOvers(prefix);
        }
        Path folder = Files.createTempDirectory(root, prefix + ProcessHandle.current().pid() + "-");
        OPEN.add(folder);
        return folder;
    }

    /** @return the folder's channel file */
    static Path channelFile(Path folder) {
        return folder.resolve(CHANNEL_FILE);
    }

    /** Deletes the folder and its channel file, quietly: a leftover empty folder harms no one. */
    static void delete(Path folder) {
        try {
            Files.deleteIfExists(channelFile(folder));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover folder in the temp directory
        }
        OPEN.remove(folder);
    }

    /** @return the folders made and not deleted yet */
    static List<Path> open() {
        return List.copyOf(OPEN);
    }

    private static void deleteAll() {
        for (Path folder : open()) {
            delete(folder);
        }
    }
}
