package io.densehebb.results;

import io.densehebb.data.ClassStatistics;
import io.densehebb.data.DataSource;
import io.densehebb.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * classes.csv of a run on image data, one row per class (tidy): its slot mu, label, training images,
 * effective r (mean overlap of the class's training images with its proxy archetype) and the dataset
 * entropy rho = (1 - r^2) / (M r^2) at the run's M, with the binarisation threshold on every row.
 */
public final class ClassTable {

    public static final String FILE = "classes.csv";

    private ClassTable() {
    }

    public static void write(Path runDir, DataSource source, ClassStatistics statistics, int examples) throws IOException {
        AtomicFiles.writeString(runDir.resolve(FILE), render(source, statistics, examples));
    }

    static String render(DataSource source, ClassStatistics s, int examples) {
        StringBuilder csv = new StringBuilder("dataset,mu,label,train_images,r,rho,M,threshold\n");
        for (int mu = 0; mu < s.classes(); mu++) {
            csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%s,%s,%d,%s\n", source.name(), mu + 1, s.labels()[mu],
                    s.counts()[mu], Double.toString(s.r()[mu]), Double.toString(s.rho(mu, examples)), examples,
                    Double.toString(source.threshold())));
        }
        return csv.toString();
    }
}
