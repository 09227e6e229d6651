package io.densehebb.theory;

import java.util.List;
import java.util.Optional;

/**
 * Every branch that converged for one problem, the thermodynamically selected one, and why each
 * branch that is missing was dropped.
 */
public record RsResult(RsProblem problem, List<RsSolution> branches, RsSolution selected, List<String> dropped) {

    public RsResult {
        branches = List.copyOf(branches);
        dropped = List.copyOf(dropped);
    }

    public Optional<RsSolution> branch(Branch kind) {
        return branches.stream().filter(s -> s.branch() == kind).findFirst();
    }
}
