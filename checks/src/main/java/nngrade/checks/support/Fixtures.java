package nngrade.checks.support;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values computed by PyTorch or SciPy, kept as JSON under {@code /nngrade/fixtures/} beside the
 * script that produced them ({@code checks/fixtures/}). They let a check stand without the
 * reference: agreement with an independent, widely used definition.
 */
public final class Fixtures {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // Python writes Infinity and NaN
            .build();

    private Fixtures() {
    }

    /** Fixtures parsed so far: an examiner runs the same checks for every submission, and parsing was 5% of its time on a blank one. */
    private static final Map<String, JsonNode> LOADED = new ConcurrentHashMap<>();

    /**
     * @return the parsed fixture file /nngrade/fixtures/NAME.json, parsed once per JVM and shared
     *     by every check that reads it: read it, never modify it
     */
    public static JsonNode load(String name) {
        return LOADED.computeIfAbsent(name, Fixtures::parse);
    }

    private static JsonNode parse(String name) {
        String path = "/nngrade/fixtures/" + name + ".json";
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing: " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a JSON array of numbers as a double[] */
    public static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }

    /** @return a JSON array of arrays of numbers as a double[][] */
    public static double[][] matrix(JsonNode rows) {
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = doubles(rows.get(i));
        }
        return m;
    }
}
