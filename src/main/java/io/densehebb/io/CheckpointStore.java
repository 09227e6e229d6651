package io.densehebb.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@link Checkpoint}s in a run folder's {@code checkpoint/} directory: the latest in
 * {@code state.cbor}, the one before it in {@code previous.cbor}. A file is a header (magic and
 * format), the SHA-256 of its payload, and the payload: the {@link CheckpointBinding} and the
 * checkpoint in CBOR. A flipped bit, a truncation or a foreign file fails the checksum, and a damaged
 * latest checkpoint falls back to the previous one. Each file is written atomically (temporary file,
 * then rename), and the latest becomes the previous by a rename before the new one is written, so a run
 * killed at any instant leaves at least one whole checkpoint once it has written one.
 */
public final class CheckpointStore {

    public static final String DIRECTORY = "checkpoint";
    public static final String FILE = "state.cbor";
    public static final String PREVIOUS_FILE = "previous.cbor";

    /** "densehebb checkpoint", then the format number; a new payload layout gets a new number. */
    private static final byte[] MAGIC = "DHCKPT02".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST_BYTES = 32;

    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    /** What a checkpoint file holds. */
    public record Stored(CheckpointBinding binding, Checkpoint checkpoint) {
    }

    /**
     * The checkpoint a resume continues from: {@code file} is the one that was read, and
     * {@code skipped} says, one phrase per file, why a newer one was passed over (damaged).
     */
    public record Loaded(CheckpointBinding binding, Checkpoint checkpoint, Path file, List<String> skipped) {
    }

    /** No checkpoint file of a folder can be read; the message names each file and what is wrong with it. */
    public static final class DamagedCheckpointException extends IOException {
        public DamagedCheckpointException(String message) {
            super(message);
        }
    }

    private CheckpointStore() {
    }

    /** The latest checkpoint file of a run folder. */
    public static Path file(Path runDir) {
        return runDir.resolve(DIRECTORY).resolve(FILE);
    }

    public static Path previousFile(Path runDir) {
        return runDir.resolve(DIRECTORY).resolve(PREVIOUS_FILE);
    }

    public static void write(Path runDir, CheckpointBinding binding, Checkpoint checkpoint) throws IOException {
        Path latest = file(runDir);
        if (!Files.isDirectory(latest.getParent())) {
            Files.createDirectory(latest.getParent()); // in the run folder, which must exist
        }
        byte[] content = encode(new Stored(binding, checkpoint));
        if (Files.exists(latest)) {
            try {
                Files.move(latest, previousFile(runDir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(latest, previousFile(runDir), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        AtomicFiles.write(latest, content);
    }

    /**
     * The newest whole checkpoint of a run folder, or empty when it has written none yet.
     *
     * @throws DamagedCheckpointException when there are checkpoint files but none is whole
     */
    public static Optional<Loaded> read(Path runDir) throws IOException {
        List<String> problems = new ArrayList<>();
        boolean anyFile = false;
        for (Path file : List.of(file(runDir), previousFile(runDir))) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                continue;
            }
            anyFile = true;
            try {
                Stored stored = decode(bytes);
                return Optional.of(new Loaded(stored.binding(), stored.checkpoint(), file, List.copyOf(problems)));
            } catch (DamagedCheckpointException e) {
                problems.add(runDir.relativize(file) + ": " + e.getMessage());
            }
        }
        if (anyFile) {
            throw new DamagedCheckpointException(String.join("; ", problems));
        }
        return Optional.empty();
    }

    static byte[] encode(Stored stored) throws IOException {
        byte[] payload = CBOR.writeValueAsBytes(stored);
        byte[] content = Arrays.copyOf(MAGIC, MAGIC.length + DIGEST_BYTES + payload.length);
        System.arraycopy(sha256(payload), 0, content, MAGIC.length, DIGEST_BYTES);
        System.arraycopy(payload, 0, content, MAGIC.length + DIGEST_BYTES, payload.length);
        return content;
    }

    /** The checkpoint in {@code content}, or a short reason why it is not a whole one. */
    static Stored decode(byte[] content) throws DamagedCheckpointException {
        int header = MAGIC.length + DIGEST_BYTES;
        if (content.length == 0) {
            throw new DamagedCheckpointException("empty");
        }
        if (content.length < header || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new DamagedCheckpointException("not a checkpoint of this densehebb version (unknown header)");
        }
        byte[] payload = Arrays.copyOfRange(content, header, content.length);
        if (!Arrays.equals(sha256(payload), 0, DIGEST_BYTES, content, MAGIC.length, header)) {
            throw new DamagedCheckpointException("checksum mismatch (truncated or overwritten)");
        }
        Stored stored;
        try {
            stored = CBOR.readValue(payload, Stored.class);
        } catch (IOException | RuntimeException e) {
            // the checksum held, so the writer's layout differs from this reader's
            throw new DamagedCheckpointException("an unreadable layout inside a whole file (" + e.getClass().getSimpleName() + ")");
        }
        if (stored == null || stored.binding() == null || stored.checkpoint() == null
                || stored.checkpoint().formatVersion() != Checkpoint.FORMAT_VERSION) {
            throw new DamagedCheckpointException("an unknown layout inside a whole file");
        }
        return stored;
    }

    /** SHA-256 of {@code bytes}. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
