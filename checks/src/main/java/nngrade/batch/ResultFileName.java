package nngrade.batch;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The name of a student's result file, derived from the id so that no two ids share a file:
 * every byte of the id's UTF-8 outside [A-Za-z0-9._-] is percent-encoded ('%' itself included, and
 * a leading '.', so no name is hidden), which is injective. A name longer than {@value #MAX_LENGTH}
 * characters is cut and given '~' and a hash of the whole id; '~' never occurs in an encoded
 * name, so a cut name cannot meet an uncut one. ("Doe, Jane" is Doe%2C%20Jane.json.)
 */
final class ResultFileName {

    /** Characters of a name before ".json"; file systems allow 255 bytes. */
    static final int MAX_LENGTH = 200;
    /** Hex digits of SHA-256 kept after a cut: 64 bits, so a collision needs some 4e9 ids. */
    private static final int HASH_DIGITS = 16;

    private ResultFileName() {
    }

    /** @return the file name (with ".json") of the results of {@code id} */
    static String of(String id) {
        String encoded = encode(id);
        if (encoded.length() > MAX_LENGTH) {
            encoded = encoded.substring(0, MAX_LENGTH - HASH_DIGITS - 1) + "~" + Digest.of(id).substring(0, HASH_DIGITS);
        }
        return encoded + ".json";
    }

    private static String encode(String id) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean safe = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
                    || b == '-' || b == '_' || b == '.' && i > 0;
            if (safe) {
                out.append((char) b);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) b));
            }
        }
        return out.toString();
    }
}
