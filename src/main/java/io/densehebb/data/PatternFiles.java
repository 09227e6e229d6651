package io.densehebb.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's own patterns: a .npy file (recognised by its magic, see {@link NpyFiles}) or a text file
 * with one pattern per line, entries +-1 or 0/1 separated by spaces, tabs or commas; blank lines and
 * lines starting with # are skipped. A text file is always K x N (rank 2).
 */
public final class PatternFiles {

    private PatternFiles() {
    }

    public static PatternArray read(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(NpyFiles.MAGIC.length);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, "no such file");
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        return NpyFiles.isNpy(head) ? NpyFiles.read(file) : readText(file);
    }

    static PatternArray readText(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFileException(file, "is neither a .npy file nor readable text (" + e.getMessage() + ")", e);
        }
        List<long[]> rows = new ArrayList<>();
        int n = -1;
        for (int line = 0; line < lines.size(); line++) {
            String text = lines.get(line).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] tokens = text.split("[\\s,]+");
            long[] row = new long[tokens.length];
            for (int j = 0; j < tokens.length; j++) {
                try {
                    row[j] = Long.parseLong(tokens[j].startsWith("+") ? tokens[j].substring(1) : tokens[j]);
                } catch (NumberFormatException e) {
                    throw new DataFileException(file, "line " + (line + 1) + " holds '" + tokens[j]
                            + "'; pattern entries must be +-1 or 0/1");
                }
            }
            if (n >= 0 && row.length != n) {
                throw new DataFileException(file, "line " + (line + 1) + " has " + row.length + " entries, the first pattern " + n
                        + "; every pattern must have the same length");
            }
            n = row.length;
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new DataFileException(file, "holds no pattern (one pattern per line, entries +-1 or 0/1)");
        }
        long[] raw = new long[rows.size() * n];
        for (int p = 0; p < rows.size(); p++) {
            System.arraycopy(rows.get(p), 0, raw, p * n, n);
        }
        return new PatternArray(new int[] {rows.size(), n}, PatternArray.toSpins(raw, file));
    }
}
