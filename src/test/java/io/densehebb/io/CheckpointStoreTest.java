package io.densehebb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.densehebb.mc.ChainState;
import io.densehebb.observables.SlotStatistics;
import io.densehebb.tempering.LadderSpec;
import io.densehebb.tempering.ReplicaExchange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checkpoint files: a whole one reads back exactly, any damage is caught, and the previous one is the fallback. */
class CheckpointStoreTest {

    private static final CheckpointBinding BINDING =
            new CheckpointBinding(Map.of("densehebb.seed", "5", "densehebb.model.N", "200"), "abc123", "test");

    private static Checkpoint checkpoint(long round) {
        LadderSpec ladder = new LadderSpec(LadderSpec.Kind.GEOMETRIC, 0.5, 1.5, 4, List.of());
        ReplicaExchange exchange = new ReplicaExchange(ladder, 2, 7, 10);
        List<SlotStatistics.Snapshot> slots = List.of(new SlotStatistics(20, 2, 3).snapshot());
        return new Checkpoint(Checkpoint.FORMAT_VERSION, round, new ChainState[0][0], exchange.snapshot(), slots);
    }

    private static byte[] bytes(CheckpointBinding binding, Checkpoint checkpoint) throws Exception {
        return CheckpointStore.encode(new CheckpointStore.Stored(binding, checkpoint));
    }

    @Test
    void aWholeCheckpointReadsBackWithItsBinding(@TempDir Path run) throws Exception {
        CheckpointStore.write(run, BINDING, checkpoint(41));
        CheckpointStore.Loaded loaded = CheckpointStore.read(run).orElseThrow();
        assertThat(loaded.checkpoint().round()).isEqualTo(41);
        assertThat(loaded.binding()).isEqualTo(BINDING);
        assertThat(loaded.skipped()).isEmpty();
        assertThat(bytes(loaded.binding(), loaded.checkpoint())).isEqualTo(Files.readAllBytes(CheckpointStore.file(run)));
    }

    @Test
    void aFolderWithoutCheckpointHasNone(@TempDir Path run) throws Exception {
        assertThat(CheckpointStore.read(run)).isEmpty();
    }

    @Test
    void theLatestBecomesThePreviousOnTheNextWrite(@TempDir Path run) throws Exception {
        CheckpointStore.write(run, BINDING, checkpoint(1));
        CheckpointStore.write(run, BINDING, checkpoint(2));
        assertThat(CheckpointStore.decode(Files.readAllBytes(CheckpointStore.file(run))).checkpoint().round()).isEqualTo(2);
        assertThat(CheckpointStore.decode(Files.readAllBytes(CheckpointStore.previousFile(run))).checkpoint().round()).isEqualTo(1);
    }

    /** The damage an operator's mistake or a disk does to a file, each tried on every byte region it can hit. */
    enum Damage {
        ONE_BIT_FLIPPED_IN_THE_PAYLOAD {
            byte[] apply(byte[] file) {
                byte[] d = file.clone();
                d[d.length - 20] ^= 0x01; // inside the last doubles of the CBOR payload
                return d;
            }
        },
        TRUNCATED {
            byte[] apply(byte[] file) {
                return java.util.Arrays.copyOf(file, file.length / 2);
            }
        },
        EMPTY {
            byte[] apply(byte[] file) {
                return new byte[0];
            }
        },
        RANDOM_BYTES {
            byte[] apply(byte[] file) {
                byte[] d = new byte[file.length];
                new Random(3).nextBytes(d);
                return d;
            }
        },
        PARTLY_OVERWRITTEN {
            byte[] apply(byte[] file) {
                byte[] d = file.clone();
                java.util.Arrays.fill(d, 50, Math.min(d.length, 150), (byte) 0);
                return d;
            }
        },
        CHECKSUM_OVERWRITTEN {
            byte[] apply(byte[] file) {
                byte[] d = file.clone();
                d[9] ^= (byte) 0x80;
                return d;
            }
        };

        abstract byte[] apply(byte[] file);
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void anyDamageIsCaughtAndTheLatestFallsBackToThePrevious(Damage damage, @TempDir Path run) throws Exception {
        CheckpointStore.write(run, BINDING, checkpoint(1));
        CheckpointStore.write(run, BINDING, checkpoint(2));
        Path latest = CheckpointStore.file(run);
        Files.write(latest, damage.apply(Files.readAllBytes(latest)));

        CheckpointStore.Loaded loaded = CheckpointStore.read(run).orElseThrow();
        assertThat(loaded.checkpoint().round()).as("the previous checkpoint").isEqualTo(1);
        assertThat(loaded.file()).isEqualTo(CheckpointStore.previousFile(run));
        assertThat(loaded.skipped()).singleElement().asString().startsWith("checkpoint/state.cbor: ");

        Path previous = CheckpointStore.previousFile(run);
        Files.write(previous, damage.apply(Files.readAllBytes(previous)));
        assertThatThrownBy(() -> CheckpointStore.read(run))
                .isInstanceOf(CheckpointStore.DamagedCheckpointException.class)
                .hasMessageContaining("checkpoint/state.cbor: ")
                .hasMessageContaining("checkpoint/previous.cbor: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aBindingNamesEveryChangedSettingAndADifferentDisorder() {
        CheckpointBinding now = new CheckpointBinding(Map.of("densehebb.seed", "6", "densehebb.model.N", "200"), "abc123", "next");
        assertThat(BINDING.differencesFrom(now)).containsExactly("densehebb.seed = 6 (the checkpoint has 5)");
        assertThat(BINDING.differencesFrom(BINDING)).isEmpty();
        CheckpointBinding otherDisorder = new CheckpointBinding(BINDING.settings(), "def456", "next");
        assertThat(BINDING.differencesFrom(otherDisorder)).singleElement().asString()
                .contains("the disorder (archetypes and examples)").contains("densehebb test");
    }
}
