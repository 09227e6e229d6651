package io.densehebb.theory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves the RS equations of docs/physics.md section 5 from a retrieval start (n = 1), a spin-glass start
 * (n = 0, q = 1) and a paramagnetic start (n = q = 0), keeps every branch that converged and is locally
 * stable in its own subspace, and selects the thermodynamic one.
 *
 * <p>Selection: the n = 0 branches are first reduced to one, the one with the larger free energy,
 * because in the replica limit the free energy is maximised over the overlap q (in the SK model the
 * RS spin glass lies above the paramagnet it replaces); without this rule the dense paramagnet, whose
 * free energy -T ln 2 - xi(1) / (2T) runs to minus infinity as T -> 0, would beat every ordered state.
 * Retrieval then wins when its free energy is the lowest, as in AGS.
 */
public final class RsSolver {

    private static final Logger LOG = LoggerFactory.getLogger(RsSolver.class);

    /** Below this |n| a fixed point has no retrieval component. */
    static final double ORDER_THRESHOLD = 1e-6;

    private RsSolver() {
    }

    public static RsResult solve(RsProblem problem) {
        SaddlePoint map = SaddlePoint.of(problem);
        FixedPointSolver solver = new FixedPointSolver(map);
        Map<Branch, RsSolution> found = new EnumMap<>(Branch.class);
        List<String> dropped = new ArrayList<>();
        for (SaddlePoint.Start start : map.starts()) {
            FixedPointSolver.Outcome outcome = solver.solve(start.x(), start.free());
            String intended = start.intended().label();
            if (start.intended() == Branch.RETRIEVAL && !isRetrieval(outcome, map)) {
                // Next to a spinodal the iteration creeps past the ghost of the fold; the reduced
                // problem in n alone decides whether a retrieval solution exists, and finds it.
                Optional<double[]> reduced = new RetrievalCurve(map).retrievalFixedPoint();
                if (reduced.isEmpty()) {
                    dropped.add(intended + ": none; F(n) < n for every n in (0, 1] (past the retrieval spinodal)");
                    registerOther(outcome, map, found);
                    continue;
                }
                registerOther(outcome, map, found);
                outcome = solver.solve(reduced.get(), start.free());
            }
            if (!outcome.converged()) {
                dropped.add(intended + ": " + outcome.failure());
                continue;
            }
            RsSolution solution = map.solution(classify(outcome.x(), map), outcome.x(), outcome.residual());
            if (!outcome.attracting()) {
                dropped.add(intended + ": the fixed point at n = " + solution.n() + ", q = " + solution.q()
                        + " is a saddle of the iteration (unstable in " + (start.free()[0] ? "n or q" : "q")
                        + "), not a thermodynamic branch");
            } else {
                if (solution.branch() != start.intended()) {
                    dropped.add(intended + ": none; its start converged to the " + solution.branch().label()
                            + " branch");
                }
                if (solution.branch() == start.intended()) {
                    // A start inside the branch's own subspace (n = 0 exactly) gives the cleanest point.
                    found.put(solution.branch(), solution);
                } else {
                    found.putIfAbsent(solution.branch(), solution);
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no RS branch converged for " + problem.describe() + ": " + dropped);
        }
        List<RsSolution> branches = new ArrayList<>(found.values());
        RsSolution selected = select(branches);
        LOG.debug("{}: selected {} among {}, dropped {}", problem.describe(), selected.branch(), branches, dropped);
        return new RsResult(problem, branches, selected, dropped);
    }

    private static boolean isRetrieval(FixedPointSolver.Outcome outcome, SaddlePoint map) {
        return outcome.converged() && outcome.attracting() && classify(outcome.x(), map) == Branch.RETRIEVAL;
    }

    /** Keeps what a retrieval start that fell to n = 0 found, in case that branch's own start fails. */
    private static void registerOther(FixedPointSolver.Outcome outcome, SaddlePoint map, Map<Branch, RsSolution> found) {
        if (outcome.converged() && outcome.attracting()) {
            Branch branch = classify(outcome.x(), map);
            if (branch != Branch.RETRIEVAL) {
                found.putIfAbsent(branch, map.solution(branch, outcome.x(), outcome.residual()));
            }
        }
    }

    private static Branch classify(double[] x, SaddlePoint map) {
        if (Math.abs(x[0]) > ORDER_THRESHOLD) {
            return Branch.RETRIEVAL;
        }
        RsSolution probe = map.solution(Branch.PARAMAGNET, x, 0);
        return probe.q() > ORDER_THRESHOLD ? Branch.SPIN_GLASS : Branch.PARAMAGNET;
    }

    /** The retrieval branch if its free energy is below the glassy competitor's, else the competitor. */
    static RsSolution select(List<RsSolution> branches) {
        Optional<RsSolution> glassy = competitor(branches);
        Optional<RsSolution> retrieval = branches.stream().filter(s -> s.branch() == Branch.RETRIEVAL).findFirst();
        if (retrieval.isPresent() && (glassy.isEmpty() || retrieval.get().freeEnergy() < glassy.get().freeEnergy())) {
            return retrieval.get();
        }
        return glassy.orElseThrow();
    }

    /** The n = 0 branch that replica theory picks: the largest free energy among spin glass and paramagnet. */
    static Optional<RsSolution> competitor(List<RsSolution> branches) {
        return branches.stream().filter(s -> s.branch() != Branch.RETRIEVAL)
                .max(Comparator.comparingDouble(RsSolution::freeEnergy));
    }
}
