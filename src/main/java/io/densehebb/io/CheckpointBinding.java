package io.densehebb.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a checkpoint belongs to: every setting that decides the numbers of its run (full key to its
 * value as run.conf writes it; threads, checkpoint interval and output folder are left out, they never
 * change a result), a digest of the disorder the chains were run on, and the version that wrote it.
 * A resumed run continues a checkpoint only under an equal binding, so an edited run.conf or a change
 * in how the disorder is drawn cannot mix two runs into one set of results.
 *
 * @param settings       full key (densehebb.model.N) to its value
 * @param disorderDigest SHA-256 (hex) of the archetypes and examples
 * @param codeVersion    the densehebb version that wrote the checkpoint (reported, not compared)
 */
public record CheckpointBinding(Map<String, String> settings, String disorderDigest, String codeVersion) {

    public CheckpointBinding {
        settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
        Objects.requireNonNull(disorderDigest, "disorderDigest");
        Objects.requireNonNull(codeVersion, "codeVersion");
    }

    /**
     * What differs between this binding (the checkpoint's) and {@code current} (the run's now), one
     * phrase per difference, e.g. {@code densehebb.seed = 6 (the checkpoint has 5)}; empty when they match.
     */
    public List<String> differencesFrom(CheckpointBinding current) {
        List<String> differences = new ArrayList<>();
        SortedMap<String, String> keys = new TreeMap<>(settings);
        current.settings().forEach(keys::putIfAbsent);
        for (String key : keys.keySet()) {
            String then = settings.get(key);
            String now = current.settings().get(key);
            if (!Objects.equals(then, now)) {
                differences.add(key + " = " + (now == null ? "(absent)" : now)
                        + " (the checkpoint has " + (then == null ? "no such key" : then) + ")");
            }
        }
        if (differences.isEmpty() && !disorderDigest.equals(current.disorderDigest())) {
            differences.add("the disorder (archetypes and examples) drawn from the same settings differs from the"
                    + " checkpoint's (written by densehebb " + codeVersion + ", this is " + current.codeVersion() + ")");
        }
        return differences;
    }
}
