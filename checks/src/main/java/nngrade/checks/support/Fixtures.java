package nngrade.checks.support;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    /** @return the parsed fixture file /nngrade/fixtures/NAME.json */
    public static JsonNode load(String name) {
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
