package nngrade.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One student's submission in the batch folder: a folder, or a .zip, whose name is the student's
 * id, kept verbatim ("Doe, Jane" stays "Doe, Jane": the id an LMS roster knows). A zip's id is
 * its name without ".zip".
 *
 * @param id   the student's id, exactly as the folder or zip is named
 * @param path the folder or zip
 */
record SubmissionFolder(String id, Path path) {

    /**
     * The submissions of a batch folder.
     *
     * @param submissions one per id, sorted by id
     * @param ignored     entries that are not submissions, each with the reason
     */
    record Listing(List<SubmissionFolder> submissions, List<String> ignored) {
    }

    /**
     * @param folder the batch folder; not modified
     * @throws BatchRefused if two entries have one id (a folder bob and bob.zip): grading either
     *     would overwrite the other's result
     */
    static Listing list(Path folder) throws IOException, BatchRefused {
        Map<String, List<Path>> byId = new TreeMap<>();
        List<String> ignored = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    ignored.add(name + " (hidden)");
                } else if (Files.isDirectory(p)) { // a link made by whoever laid out the batch is followed here, never inside
                    byId.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    byId.computeIfAbsent(name.substring(0, name.length() - 4), k -> new ArrayList<>()).add(p);
                } else {
                    ignored.add(name + " (neither a folder nor a .zip)");
                }
            }
        }
        refuseDuplicates(byId);
        List<SubmissionFolder> submissions = byId.entrySet().stream()
                .map(e -> new SubmissionFolder(e.getKey(), e.getValue().get(0))).toList();
        return new Listing(submissions, ignored);
    }

    private static void refuseDuplicates(Map<String, List<Path>> byId) throws BatchRefused {
        List<String> clashes = new ArrayList<>();
        byId.forEach((id, paths) -> {
            if (paths.size() > 1) {
                clashes.add("'" + id + "' (" + String.join(" and ", paths.stream()
                        .map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).toList()) + ")");
            }
        });
        if (!clashes.isEmpty()) {
            throw new BatchRefused("two submissions have the same id, so one result would overwrite the other: "
                    + String.join(", ", clashes) + "; keep one of each and run again.");
        }
    }
}
