package nngrade.batch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a sequence of fields. Each field goes in with its length first, so that no two
 * different sequences hash alike by running into each other ("ab","c" against "a","bc").
 */
final class Digest {

    private final MessageDigest sha256;

    Digest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Digest add(String field) {
        return add(field.getBytes(StandardCharsets.UTF_8));
    }

    Digest add(byte[] field) {
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(field.length).array());
        sha256.update(field);
        return this;
    }

    /** @return the hash in hex; the digest cannot be used afterwards */
    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** @return the SHA-256 of one string, in hex */
    static String of(String text) {
        return new Digest().add(text).hex();
    }
}
