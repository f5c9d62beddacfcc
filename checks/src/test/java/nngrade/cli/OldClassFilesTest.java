package nngrade.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The package-time rewrite of Java 5 class files: old classes become Java 8 ones that the JVM
 * verifies and runs as before; everything else is left byte for byte, in the same order.
 */
class OldClassFilesTest {

    private static final String OLD = "picocli/CommandLine$Range.class"; // picocli is compiled for Java 5
    private static final String NEW = "nngrade/cli/OldClassFiles.class";

    @Test
    void oldClassesBecomeJava8AndStillVerifyAndRunTheRestIsUntouched(@TempDir Path dir) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes());
        entries.put(OLD, resource(OLD));
        entries.put(NEW, resource(NEW));
        Path jar = dir.resolve("in.jar");
        Path upgraded = dir.resolve("out.jar");
        write(jar, entries);
        assertEquals(49, majorVersion(entries.get(OLD)));

        assertEquals(1, OldClassFiles.upgrade(jar, upgraded));

        Map<String, byte[]> after = read(upgraded);
        assertEquals(new ArrayList<>(entries.keySet()), new ArrayList<>(after.keySet()));
        assertEquals(52, majorVersion(after.get(OLD)));
        assertArrayEquals(entries.get(NEW), after.get(NEW));
        assertArrayEquals(entries.get("META-INF/MANIFEST.MF"), after.get("META-INF/MANIFEST.MF"));

        // the rewritten class first, the rest of picocli as shipped; initializing it verifies it
        URL picocli = CommandLine.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {upgraded.toUri().toURL(), picocli},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> range = Class.forName("picocli.CommandLine$Range", true, loader);
            assertEquals(loader, range.getClassLoader());
            assertEquals("2..4", String.valueOf(range.getMethod("valueOf", String.class).invoke(null, "2..4")));
        }
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OldClassFilesTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static void write(Path jar, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> all = zip.stream().toList();
            for (ZipEntry e : all) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
