package nngrade.examiner;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nngrade.engine.GraderJar;

/**
 * The predicted calls of every check under the default seed ({@link PredictedCalls}), made once
 * when the grader is packaged ({@link PredictionsAtPackage}) and kept in a file beside its jar, so
 * that an examiner's first submission does not pay for rehearsing every check twice (3.4 s of CPU
 * for alice). The file is the examiner's only: it is not in the jar, and a handout has none.
 *
 * <p>It belongs to the jar it was made from, known by the jar's size and modification time; for
 * any other jar it is ignored. A prediction is only ever a guess: a check that asks something
 * else runs again live ({@link Speculation}), so a wrong file costs time, never a grade.
 *
 * <p>Format: a header (magic, the jar's size and modification time), then per check its key
 * (as {@link PredictedCalls#key} makes it), the length of the rest of its entry, the number of
 * calls, and each call's length and bytes.
 */
final class ShippedPredictions {

    static final String FILE = "nngrade-predicted.bin";
    private static final String MAGIC = "nngrade predicted calls 1";

    private final Path file;
    private final Map<String, Long> offsets;

    private ShippedPredictions(Path file, Map<String, Long> offsets) {
        this.file = file;
        this.offsets = offsets;
    }

    private static volatile Optional<ShippedPredictions> beside;

    /** @return the predictions beside the jar this grader runs from, if it has them and they are its own */
    static Optional<ShippedPredictions> besideTheJar() {
        Optional<ShippedPredictions> p = beside;
        if (p == null) {
            p = Optional.empty();
            Path jar = GraderJar.of(ShippedPredictions.class).orElse(null);
            if (jar != null) {
                try {
                    p = open(jar.resolveSibling(FILE), jar);
                } catch (IOException | RuntimeException unreadable) {
                    // predictions are made again, as without the file
                }
            }
            beside = p;
        }
        return p;
    }

    /** @return the file's index, if it exists and was made from this very jar */
    static Optional<ShippedPredictions> open(Path file, Path jar) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, Long> offsets = new HashMap<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (!MAGIC.equals(in.readUTF()) || in.readLong() != Files.size(jar)
                    || in.readLong() != Files.getLastModifiedTime(jar).toMillis()) {
                return Optional.empty();
            }
            while (in.getFilePointer() < in.length()) {
                String key = in.readUTF();
                int length = in.readInt();
                offsets.put(key, in.getFilePointer());
                in.seek(in.getFilePointer() + length);
            }
        }
        return Optional.of(new ShippedPredictions(file, offsets));
    }

    /** @return the predicted calls of the check with this key, if the file has them */
    synchronized Optional<List<byte[]>> get(String key) {
        Long at = offsets.get(key);
        if (at == null) {
            return Optional.empty();
        }
        try (RandomAccessFile file = new RandomAccessFile(this.file.toFile(), "r")) {
            file.seek(at - Integer.BYTES);
            byte[] entry = new byte[file.readInt()];
            file.readFully(entry);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry));
            int n = in.readInt();
            List<byte[]> calls = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] call = new byte[in.readInt()];
                in.readFully(call);
                calls.add(call);
            }
            return Optional.of(calls);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes predictions to a file, made from {@code jar}. */
    static final class Writer implements AutoCloseable {

        private final DataOutputStream out;

        Writer(Path file, Path jar) throws IOException {
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            out.writeUTF(MAGIC);
            out.writeLong(Files.size(jar));
            out.writeLong(Files.getLastModifiedTime(jar).toMillis());
        }

        void add(String key, List<byte[]> calls) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream entry = new DataOutputStream(bytes);
            entry.writeInt(calls.size());
            for (byte[] call : calls) {
                entry.writeInt(call.length);
                entry.write(call);
            }
            out.writeUTF(key);
            out.writeInt(bytes.size());
            bytes.writeTo(out);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
