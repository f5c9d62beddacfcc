package nngrade.submission;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import nngrade.engine.GraderJar;

/**
 * The blank template's sources, which stand in for a student's file that cannot be compiled: the
 * copy bundled into the grader when it was built (checks/pom.xml), since the student edits the
 * template's own folder.
 */
public final class TemplateSources {

    private static final String BUNDLED = "nngrade/template/";
    private static final String FACTORY = "nngrade/student/StudentSolutions.java";

    private TemplateSources() {
    }

    /**
     * @param work a private folder, used only when the grader runs from its jar
     * @return the bundled template's source folder: in place when the grader runs from class
     *     folders, else unpacked from the jar into {@code work}/template
     */
    public static Path bundled(Path work) throws IOException {
        URL factory = TemplateSources.class.getClassLoader().getResource(BUNDLED + FACTORY);
        if (factory == null) {
            throw new IllegalStateException("this build of nngrade has no bundled template; rebuild it with mvn package");
        }
        try {
            if (factory.getProtocol().equals("file")) {
                return Path.of(factory.toURI()).getParent().getParent().getParent();
            }
            return unpack(GraderJar.locationOf(TemplateSources.class), work.resolve("template"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the bundled template's location is not a path", e);
        }
    }

    private static Path unpack(Path jar, Path target) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (JarEntry e : Collections.list(jf.entries())) {
                if (e.getName().startsWith(BUNDLED) && e.getName().endsWith(".java")) {
                    Path file = target.resolve(e.getName().substring(BUNDLED.length()));
                    Files.createDirectories(file.getParent());
                    try (InputStream in = jf.getInputStream(e)) {
                        Files.copy(in, file);
                    }
                }
            }
        }
        return target;
    }
}
