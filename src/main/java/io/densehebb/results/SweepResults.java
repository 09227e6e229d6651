package io.densehebb.results;

import io.densehebb.config.SweepSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished sweep, aggregated: every run's temperatures (samples.csv) and, per point and
 * temperature, each observable's mean over the disorder samples, the sample-to-sample standard
 * deviation and the standard error of that mean (sweep.csv). Temperatures are matched by ladder
 * slot; with a fixed ladder every sample has the same temperatures, with an adaptive one T is the
 * mean of the samples' and {@code T_sd} says how far they differ.
 */
public record SweepResults(SweepSpec spec, List<Run> runs, List<SampleSummary> summaries, List<PointRow> points) {

    /** One run of the sweep as the aggregation needs it. */
    public record Run(List<SweepSpec.Coordinate> coordinates, int sample, String folder, long disorderSeed, long seed,
                      Path summaryJson) {
    }

    /**
     * One point at one temperature.
     *
     * @param mean  per observable, the mean over samples
     * @param sd    per observable, the sample standard deviation (n - 1 in the denominator); NaN for one sample
     * @param error per observable, sd / sqrt(samples): the error bar of the disorder average
     */
    public record PointRow(List<SweepSpec.Coordinate> coordinates, int slot, double T, double temperatureSpread, int samples,
                           double[] mean, double[] sd, double[] error, double maxTauInt, int minMeasurements,
                           double theoryM, double theoryN, double theoryQ, Map<String, Integer> verdicts) {
    }

    /** Reads every run's summary.json (runs in enumeration order: point by point, samples in order). */
    public static SweepResults read(SweepSpec spec, List<Run> runs) throws IOException {
        List<SampleSummary> summaries = new ArrayList<>();
        for (Run run : runs) {
            summaries.add(SampleSummary.read(run.summaryJson()));
        }
        Map<List<SweepSpec.Coordinate>, List<Integer>> byPoint = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            byPoint.computeIfAbsent(runs.get(i).coordinates(), c -> new ArrayList<>()).add(i);
        }
        List<PointRow> points = new ArrayList<>();
        for (Map.Entry<List<SweepSpec.Coordinate>, List<Integer>> point : byPoint.entrySet()) {
            List<SampleSummary> samples = point.getValue().stream().map(summaries::get).toList();
            int temperatures = samples.get(0).temperatures().size();
            for (int row = 0; row < temperatures; row++) {
                points.add(aggregate(point.getKey(), samples, row));
            }
        }
        return new SweepResults(spec, List.copyOf(runs), summaries, points);
    }

    private static PointRow aggregate(List<SweepSpec.Coordinate> coordinates, List<SampleSummary> samples, int row) {
        int n = samples.size();
        int observables = SweepSpec.OBSERVABLES.size();
        double[] mean = new double[observables];
        double[] sd = new double[observables];
        double[] error = new double[observables];
        for (int o = 0; o < observables; o++) {
            int index = o;
            double[] values = samples.stream().mapToDouble(s -> s.temperatures().get(row).values()[index]).toArray();
            mean[o] = mean(values);
            sd[o] = standardDeviation(values, mean[o]);
            error[o] = sd[o] / Math.sqrt(n);
        }
        double[] t = samples.stream().mapToDouble(s -> s.temperatures().get(row).T()).toArray();
        double tMean = mean(t);
        double tauMax = Double.NaN;
        int minMeasurements = Integer.MAX_VALUE;
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        for (SampleSummary s : samples) {
            SampleSummary.Temperature temperature = s.temperatures().get(row);
            for (double tau : new double[] {temperature.energyTauInt(), temperature.mTauInt()}) {
                if (Double.isFinite(tau)) {
                    tauMax = Double.isNaN(tauMax) ? tau : Math.max(tauMax, tau);
                }
            }
            minMeasurements = Math.min(minMeasurements, temperature.measurements());
            verdicts.merge(temperature.verdict(), 1, Integer::sum);
        }
        SampleSummary.Temperature first = samples.get(0).temperatures().get(row);
        return new PointRow(coordinates, first.slot(), tMean, n > 1 ? standardDeviation(t, tMean) : 0.0, n, mean, sd, error,
                tauMax, minMeasurements,
                mean(samples.stream().mapToDouble(s -> s.temperatures().get(row).theoryM()).toArray()),
                mean(samples.stream().mapToDouble(s -> s.temperatures().get(row).theoryN()).toArray()),
                mean(samples.stream().mapToDouble(s -> s.temperatures().get(row).theoryQ()).toArray()), verdicts);
    }

    /**
     * The mean; NaN if any value is undefined (an observable undefined in one sample is undefined on
     * average). Equal values (a fixed ladder's T, the theory at it) give that value exactly, not a sum
     * divided back with a rounding error.
     */
    static double mean(double[] values) {
        if (java.util.Arrays.stream(values).allMatch(v -> Double.compare(v, values[0]) == 0)) {
            return values[0];
        }
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double standardDeviation(double[] values, double mean) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double sum = 0.0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }

    /**
     * Whether the runs behind a row are too short to trust their own error bars: fewer than 50
     * independent measurements (measurements / (2 tau_int)) in some sample, for energy or m.
     */
    public static boolean slowlyMixing(PointRow row) {
        return Double.isFinite(row.maxTauInt()) && row.minMeasurements() / (2.0 * row.maxTauInt()) < SLOW_MIXING_INDEPENDENT;
    }

    static final double SLOW_MIXING_INDEPENDENT = 50.0;
}
