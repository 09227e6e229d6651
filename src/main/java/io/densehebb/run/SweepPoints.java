package io.densehebb.run;

import io.densehebb.config.RunConfig;
import io.densehebb.config.SweepSpec;
import io.densehebb.config.SweepSpecLoader.SweepFile;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.RandomStreams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The runs of a sweep: every point of its spec times every disorder sample, each with its seeds and
 * folder name. Seeds come from the sweep's seed, the point's coordinates and the sample index, never
 * from a position in the enumeration, so adding a value to an axis leaves every other run as it was:
 * <ul>
 *   <li>disorder seed = derive(seed, "disorder" + coordinates), and the sample index picks the
 *       archetype and example streams of that seed;</li>
 *   <li>dynamics seed = derive(seed, "dynamics" + coordinates + sample).</li>
 * </ul>
 * Every point's resolved run is validated here, before anything runs or is written.
 */
public final class SweepPoints {

    private SweepPoints() {
    }

    public static List<SweepPoint> of(SweepFile file) {
        SweepSpec spec = file.spec();
        List<SweepPoint> runs = new ArrayList<>();
        Map<String, String> folders = new HashMap<>();
        for (List<SweepSpec.Coordinate> point : spec.points()) {
            String label = point.stream().map(SweepSpec.Coordinate::assignment).collect(Collectors.joining("\n"));
            long disorderSeed = RandomStreams.derive(file.seed(), "disorder\n" + label);
            RunConfig base;
            try {
                base = file.loadPoint(point.stream().map(SweepSpec.Coordinate::assignment).toList());
            } catch (InvalidParameterException e) {
                InvalidParameterException named = new InvalidParameterException(
                        "sweep point " + SweepPoint.describe(point) + ": " + e.parameter(), e.value(), e.allowed());
                named.initCause(e);
                throw named;
            }
            for (int sample = 0; sample < spec.samples(); sample++) {
                long dynamicsSeed = RandomStreams.derive(file.seed(), "dynamics\n" + label + "\nsample=" + sample);
                RunConfig config = base.withSeeds(dynamicsSeed, new RunConfig.Disorder(disorderSeed, sample));
                String folder = folderName(spec, point, sample);
                String taken = folders.put(folder, SweepPoint.describe(point));
                if (taken != null) {
                    throw new InvalidParameterException("sweep point " + SweepPoint.describe(point), folder,
                            "values that name folders apart (" + taken + " gives the same folder name; "
                                    + "folder names keep letters, digits, '.', '+' and '-')");
                }
                runs.add(new SweepPoint(point, sample, folder, config));
            }
        }
        return runs;
    }

    /**
     * {@code N=100_alpha=0.05_sample=0}: the last segment of each key (the full key where two keys share
     * it), the value with quotes dropped and any character outside letters, digits, '.', '+' and '-'
     * replaced by '-'.
     */
    static String folderName(SweepSpec spec, List<SweepSpec.Coordinate> point, int sample) {
        Map<String, Integer> lastSegments = new HashMap<>();
        for (String key : spec.keys()) {
            lastSegments.merge(lastSegment(key), 1, Integer::sum);
        }
        StringBuilder name = new StringBuilder();
        for (SweepSpec.Coordinate c : point) {
            String shortKey = lastSegment(c.key());
            name.append(lastSegments.get(shortKey) > 1 ? c.key() : shortKey).append('=')
                    .append(c.value().replace("\"", "").replaceAll("[^A-Za-z0-9.+-]", "-")).append('_');
        }
        return name.append("sample=").append(sample).toString();
    }

    private static String lastSegment(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
