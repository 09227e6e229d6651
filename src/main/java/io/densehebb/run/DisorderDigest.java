package io.densehebb.run;

import io.densehebb.model.Dataset;
import io.densehebb.model.Network;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of a network's disorder: SHA-256 over its archetypes and then its examples, pattern by
 * pattern (+-1 bytes). Two networks with the same digest store the same patterns; a checkpoint keeps
 * it so that a resumed run provably continues on the disorder it started with.
 */
public final class DisorderDigest {

    private DisorderDigest() {
    }

    public static String of(Network network) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        Dataset dataset = network.dataset();
        for (int mu = 0; mu < dataset.archetypes().count(); mu++) {
            sha.update(dataset.archetypes().pattern(mu));
        }
        for (int a = 0; a < dataset.examples().count(); a++) {
            sha.update(dataset.examples().pattern(a));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
