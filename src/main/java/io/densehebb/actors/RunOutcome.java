package io.densehebb.actors;

import io.densehebb.io.RunResults;
import java.nio.file.Path;

/** A finished run: its folder and the results written there. */
public record RunOutcome(Path runDir, RunResults results) {
}
