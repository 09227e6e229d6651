package io.densehebb.theory;

import java.util.List;

/** The traced lines of one phase diagram and where to write the name of each region. */
public record PhaseDiagram(PhaseDiagramSpec spec, List<PhaseLine> lines, List<RegionLabel> regions) {

    public PhaseDiagram {
        lines = List.copyOf(lines);
        regions = List.copyOf(regions);
    }

    /** A point (x, y) of the plane. */
    public record Point(double x, double y) {
    }

    /**
     * One named line as continuous segments (a segment ends where the number of roots at neighbouring
     * x changes, e.g. at a re-entrance).
     */
    public record PhaseLine(String name, List<List<Point>> segments) {
        public PhaseLine {
            segments = segments.stream().map(List::copyOf).toList();
        }

        public List<Point> points() {
            return segments.stream().flatMap(List::stream).toList();
        }
    }

    /** A region's name and a point inside it. */
    public record RegionLabel(String text, double x, double y) {
    }
}
