package io.densehebb.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes {@link Checkpoint}s as CBOR in a run folder's {@code checkpoint/} directory. A
 * write goes to a temporary file that is then renamed over the old checkpoint in one atomic step, so
 * a run killed at any instant leaves either the previous checkpoint or the new one, never a torn file.
 */
public final class CheckpointStore {

    public static final String DIRECTORY = "checkpoint";
    public static final String FILE = "state.cbor";

    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    private CheckpointStore() {
    }

    public static Path file(Path runDir) {
        return runDir.resolve(DIRECTORY).resolve(FILE);
    }

    public static void write(Path runDir, Checkpoint checkpoint) throws IOException {
        Path target = file(runDir);
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, CBOR.writeValueAsBytes(checkpoint));
    }

    /** The run's checkpoint, or empty when it has none yet. */
    public static Optional<Checkpoint> read(Path runDir) throws IOException {
        Path source = file(runDir);
        if (!Files.exists(source)) {
            return Optional.empty();
        }
        Checkpoint checkpoint = CBOR.readValue(Files.readAllBytes(source), Checkpoint.class);
        if (checkpoint.formatVersion() != Checkpoint.FORMAT_VERSION) {
            throw new IOException(source + " has checkpoint format " + checkpoint.formatVersion()
                    + "; this version reads format " + Checkpoint.FORMAT_VERSION);
        }
        return Optional.of(checkpoint);
    }
}
