package io.densehebb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.densehebb.model.Interaction;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.ModelKind;
import io.densehebb.theory.DatasetQuality;
import io.densehebb.theory.RsProblem;
import io.densehebb.theory.RsResult;
import io.densehebb.theory.RsSolution;
import io.densehebb.theory.RsSolver;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code densehebb theory}: the replica-symmetric solution branches at one point (docs/physics.md section 5). */
@Command(name = "theory", mixinStandardHelpOptions = true,
        description = "Solve the replica-symmetric equations at one point: every branch found and the selected one.")
public final class TheoryCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "hopfield | supervised | unsupervised")
    String model;

    @Option(names = "--P", required = true, description = "interaction order, even and >= 2")
    int p;

    @Option(names = "--alpha", description = "high load K = alpha N^(P-1); leave out (with --K) for low load")
    Double alpha;

    @Option(names = "--K", description = "number of patterns, with --N: alpha = K / N^(P-1)")
    Long patterns;

    @Option(names = "--N", description = "number of neurons, used with --K")
    Long neurons;

    @Option(names = "--T", required = true, description = "temperature >= 0 (0: the T = 0 limit)")
    double temperature;

    @Option(names = "--rho", description = "dataset entropy, Gaussian large-M average over chihat")
    Double rho;

    @Option(names = "--M", description = "examples per class, exact binomial average (with --r)")
    Integer examples;

    @Option(names = "--r", description = "dataset quality in (0, 1] (with --M)")
    Double quality;

    @Option(names = "--interaction", defaultValue = "distinct", description = "distinct | full-power (default ${DEFAULT-VALUE})")
    String interaction;

    @Option(names = "--json", description = "one JSON object instead of a table")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        RsProblem problem = problem();
        RsResult result = RsSolver.solve(problem);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(jsonObject(result)));
        } else {
            printTable(out, result);
        }
        out.flush();
        return Main.EXIT_OK;
    }

    RsProblem problem() {
        ModelKind kind = ModelKind.parse("--model", model);
        Interaction chosen = Interaction.parse("--interaction", interaction);
        DatasetQuality data = dataset(kind);
        Double load = load();
        return load == null ? RsProblem.lowLoad(kind, p, temperature, data, chosen)
                : RsProblem.highLoad(kind, p, load, temperature, data, chosen);
    }

    private Double load() {
        if (alpha != null && patterns != null) {
            throw new InvalidParameterException("--K", patterns, "either --alpha or --K with --N, not both");
        }
        if (patterns != null) {
            if (neurons == null) {
                throw new InvalidParameterException("--K", patterns, "--K together with --N (alpha = K / N^(P-1))");
            }
            if (neurons < 1) {
                throw new InvalidParameterException("--N", neurons, "an integer N >= 1");
            }
            if (patterns < 1) {
                throw new InvalidParameterException("--K", patterns, "an integer K >= 1 (leave --K out for low load)");
            }
            return patterns / Math.pow(neurons, p - 1);
        }
        if (neurons != null) {
            throw new InvalidParameterException("--N", neurons, "--N only together with --K");
        }
        return alpha;
    }

    private DatasetQuality dataset(ModelKind kind) {
        if (rho != null && (examples != null || quality != null)) {
            throw new InvalidParameterException("--rho", rho, "either --rho or --M with --r, not both");
        }
        if (rho != null) {
            return DatasetQuality.gaussian(rho);
        }
        if ((examples == null) != (quality == null)) {
            throw new InvalidParameterException(examples == null ? "--r" : "--M", examples == null ? quality : examples,
                    "--M and --r together");
        }
        if (examples != null) {
            return DatasetQuality.finiteSample(examples, quality);
        }
        if (kind != ModelKind.HOPFIELD) {
            throw new InvalidParameterException("--rho", "(missing)",
                    "--rho or --M with --r for the " + kind.configName() + " model");
        }
        return DatasetQuality.clean();
    }

    private static void printTable(PrintWriter out, RsResult result) {
        out.println("RS theory: " + result.problem().describe());
        out.printf(Locale.ROOT, "%-12s %10s %10s %10s %14s %12s %7s %10s%n",
                "branch", "m", "n", "q", "free energy", "AT value", "stable", "residual");
        for (RsSolution s : result.branches()) {
            out.printf(Locale.ROOT, "%-12s %10.6f %10.6f %10.6f %14.8f %12.6g %7s %10.2e%n", s.branch().label(),
                    s.m(), s.n(), s.q(), s.freeEnergy(), s.stabilityValue(), s.stable() ? "yes" : "no", s.residual());
        }
        out.println("selected: " + result.selected().branch().label()
                + " (retrieval if its free energy is below that of the n = 0 branch replica theory keeps)");
        for (String reason : result.dropped()) {
            out.println("not listed: " + reason);
        }
    }

    private static Map<String, Object> jsonObject(RsResult result) {
        RsProblem problem = result.problem();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", problem.model().configName());
        root.put("P", problem.p());
        root.put("interaction", problem.interaction().configName());
        root.put("load", problem.load().name().toLowerCase(Locale.ROOT));
        root.put("alpha", problem.alpha());
        root.put("T", problem.temperature());
        root.put("rho", problem.rho());
        if (problem.data() instanceof DatasetQuality.FiniteSample sample) {
            root.put("M", sample.examples());
            root.put("r", sample.r());
        }
        root.putAll(branchObject(result.selected()));
        List<Map<String, Object>> branches = new ArrayList<>();
        for (RsSolution s : result.branches()) {
            branches.add(branchObject(s));
        }
        root.put("branches", branches);
        root.put("dropped", result.dropped());
        return root;
    }

    private static Map<String, Object> branchObject(RsSolution s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("branch", s.branch().label());
        o.put("m", finite(s.m()));
        o.put("n", finite(s.n()));
        o.put("q", finite(s.q()));
        o.put("free_energy", finite(s.freeEnergy()));
        o.put("stability", finite(s.stabilityValue()));
        o.put("stable", s.stable());
        o.put("residual", finite(s.residual()));
        return o;
    }

    /** JSON has no infinity: the replicon value at T = 0 is written as null (and stable = false). */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
