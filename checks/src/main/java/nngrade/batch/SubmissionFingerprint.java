package nngrade.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nngrade.submission.Intake;
import nngrade.submission.IntakeRefused;
import nngrade.submission.SourceFiles;

/**
 * The SHA-256 of what a submission gives to grade: every source file taken in (relative path and
 * bytes) and what the intake said about the rest, or the reason nothing could be taken in. Files
 * that are never graded (a README, a .class) do not change it; any change to a source does.
 */
final class SubmissionFingerprint {

    private SubmissionFingerprint() {
    }

    static String of(Intake.Taken taken) throws IOException {
        Path root = taken.sources();
        var files = SourceFiles.relativeJavaFiles(root);
        Digest digest = new Digest().add("sources " + files.size());
        for (String file : files) {
            digest.add(file).add(Files.readAllBytes(root.resolve(file)));
        }
        digest.add("notes " + taken.notes().size());
        taken.notes().forEach(digest::add);
        return digest.hex();
    }

    static String of(IntakeRefused refused) {
        return new Digest().add("refused").add(refused.status().name()).add(refused.getMessage()).hex();
    }
}
