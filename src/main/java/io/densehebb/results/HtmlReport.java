package io.densehebb.results;

import io.densehebb.config.RunConfig;
import io.densehebb.observables.Estimate;
import io.densehebb.observables.ReplicaSymmetryCheck;
import io.densehebb.observables.RetrievalRule;
import io.densehebb.observables.RsVerdict;
import io.densehebb.observables.SlotSummary;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * report.html: one self-contained page (plots embedded as base64 PNG, no external resources) with the
 * run's parameters, the replica-symmetry verdict per temperature with the numbers behind it, the
 * tables and the figures. Numbers here are rounded for reading; the CSV and JSON files keep them whole.
 */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(RunResults results, List<ResultPlots.Plot> plots) {
        StringBuilder html = new StringBuilder();
        var network = results.config().network();
        String title = String.format(Locale.ROOT, "densehebb run: %s, P = %d, N = %d, K = %d", network.kind().configName(),
                network.P(), network.N(), network.K());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append("</title>\n<style>\n")
                .append("body { font-family: sans-serif; margin: 2em; color: #222; }\n")
                .append("table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }\n")
                .append("th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; }\n")
                .append("th { background: #f2f2f2; } td.text { text-align: left; }\n")
                .append(".replica-symmetric { background: #e3f4e3; } .broken { background: #f8dede; } .inconclusive { background: #fdf3d6; }\n")
                .append(".coexistence { background: #e0ebf8; } .not-equilibrated { background: #eeeeee; }\n")
                .append("figure { display: inline-block; margin: 0.5em; vertical-align: top; max-width: 820px; }\n")
                .append("figure img { width: 100%; } figcaption { font-size: 0.85em; }\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        parameters(html, results);
        verdicts(html, results);
        temperatures(html, results);
        theory(html, results);
        swaps(html, results.swaps());
        figures(html, plots);
        notes(html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void parameters(StringBuilder html, RunResults results) {
        RunConfig c = results.config();
        var network = c.network();
        html.append("<h2>Parameters</h2>\n<table>\n");
        row(html, "model", network.kind().configName());
        row(html, "P, N, K", network.P() + ", " + network.N() + ", " + network.K());
        row(html, "M, r, rho", network.M() + ", " + number(network.r()) + ", " + number(network.rho()));
        row(html, "interaction", network.interaction().configName());
        row(html, "dataset", c.dataset().describe());
        row(html, "dynamics", c.rule().configName() + ", " + c.order().configName() + " order");
        row(html, "ladder", c.ladder().toString());
        row(html, "copies per temperature", Integer.toString(c.copies()));
        row(html, "sweeps", String.format(Locale.ROOT, "burn-in %d, measure %d, %d per round, measured every %d; %d done",
                c.sweeps().burnIn(), c.sweeps().measure(), c.sweeps().perRound(), c.sweeps().measureEvery(), results.sweepsDone()));
        row(html, "initial state", c.init().configName());
        row(html, "seed", Long.toString(c.seed()));
        row(html, "code version", results.codeVersion());
        html.append("</table>\n");
    }

    private static void verdicts(StringBuilder html, RunResults results) {
        html.append("<h2>Replica symmetry</h2>\n<p>From P(q) at each temperature; rules at the end of the page.</p>\n<table>\n");
        header(html, "T", "verdict", "P(q) judged", "retrieving copies", "pair samples", "peak qbar", "width (std |q|)", "RS width",
                "window &plusmn;", "weight outside", "second phase: qbar, weight outside", "pairs in different phases",
                "|m| dip ratio", "descents from the hottest T", "max drift (errors)", "fewest effective measurements",
                "spread across pairs", "reason");
        for (TemperatureRow row : results.byAscendingTemperature()) {
            RsVerdict v = row.verdict();
            html.append("<tr class=\"").append(v.verdict()).append("\">");
            cells(html, number(row.temperature()), v.verdict(), v.basis(), percent(v.retrievingFraction()),
                    Long.toString(v.pairSamples()), number(v.qbar()), number(v.width()), number(v.expectedWidth()), number(v.window()),
                    percent(v.weightOutside()),
                    Double.isFinite(v.secondQbar()) ? number(v.secondQbar()) + ", " + percent(v.secondWeightOutside()) : "&ndash;",
                    percent(v.mixedPairFraction()), number(v.dipRatio()), v.descents() < 0 ? "&ndash;" : Long.toString(v.descents()),
                    number(v.maxDrift()), number(v.minEffective()), number(v.pairSpread()));
            html.append("<td class=\"text\">").append(escape(v.reason())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void temperatures(StringBuilder html, RunResults results) {
        html.append("<h2>Temperatures</h2>\n<table>\n");
        header(html, "T", "beta", "measurements", "E/N", "tau_int(E)", "max |m|", "max |n|", "&lt;q&gt;", "&lt;|q|&gt;", "&lt;q<sup>2</sup>&gt;",
                "&lt;q<sup>4</sup>&gt;", "Binder g", "same-pattern pairs", "&lt;|q|&gt; same pattern", "swap acceptance with next hotter",
                "m (RS)", "n (RS)", "q (RS)");
        for (TemperatureRow row : results.byAscendingTemperature()) {
            SlotSummary s = row.summary();
            var o = s.overlap();
            TheoryPoint t = row.theory();
            html.append("<tr>");
            cells(html, number(row.temperature()), number(row.beta()), Long.toString(s.measurements()), withError(s.energy()),
                    number(s.energy().tauInt()), withError(s.m()), withError(s.n()), withError(o.q()), withError(o.absQ()),
                    withError(o.q2()), withError(o.q4()), withError(o.binder()), percent(s.histogram().samePatternFraction()),
                    withError(s.samePatternOverlap().absQ()), number(row.swapAcceptance()),
                    t == null ? "&ndash;" : number(t.m()), t == null ? "&ndash;" : number(t.n()), t == null ? "&ndash;" : number(t.q()));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void theory(StringBuilder html, RunResults results) {
        if (results.theory().isEmpty()) {
            html.append("<h2>Monte Carlo against RS theory</h2>\n<p>No replica-symmetric prediction applies to this run "
                    + "(the theory is derived for even P).</p>\n");
            return;
        }
        html.append("<h2>Monte Carlo against RS theory</h2>\n<p>The thermodynamically selected RS branch at each temperature "
                + "(docs/physics.md section 5, same units), and the deviation (MC &minus; RS) in units of the Monte Carlo error bar, "
                + "between the same quantities only: where the RS branch retrieves, its m and n against those of the copies that "
                + "retrieve a pattern and its q against &lt;|q|&gt; of the pairs retrieving the same pattern; where it does not "
                + "(spin glass, paramagnet), q against &lt;|q|&gt; of all pairs, and m is not compared (the largest of K noise "
                + "overlaps is not the theory's m = 0). Finite N shifts the Monte Carlo by O(N<sup>-1/2</sup>) from the "
                + "N &rarr; &infin; theory (in the paramagnet &lt;|q|&gt; itself is of that order), and near a first-order "
                + "transition the Monte Carlo may sit in the metastable branch.</p>\n<table>\n");
        header(html, "T", "compared", "m (MC)", "m (RS)", "&Delta;m / error", "n (MC)", "n (RS)", "&Delta;n / error",
                "&lt;|q|&gt; (MC)", "q (RS)", "&Delta;q / error");
        for (TemperatureRow row : results.byAscendingTemperature()) {
            TheoryPoint t = row.theory();
            if (t == null) {
                continue;
            }
            SlotSummary s = row.summary();
            TheoryDeviation d = TheoryDeviation.of(s, t);
            html.append("<tr>");
            boolean retrieval = d.basis().equals(TheoryDeviation.RETRIEVING);
            cells(html, number(row.temperature()), escape(d.basis()), retrieval ? withError(s.retrievingM()) : "&ndash;",
                    number(t.m()), number(d.m()), retrieval ? withError(s.retrievingN()) : "&ndash;", number(t.n()), number(d.n()),
                    withError(TheoryDeviation.comparedQ(s, t)), number(t.q()), number(d.q()));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void swaps(StringBuilder html, SwapTable swaps) {
        html.append("<h2>Parallel tempering</h2>\n<table>\n");
        row(html, "Lambda (sum of rejection rates)", number(swaps.lambda()));
        row(html, "round trips", Long.toString(swaps.roundTrips()));
        row(html, "round-trip rate (per copy per round)", number(swaps.roundTripRate()));
        row(html, "ideal rate 1 / (2 + 2 Lambda)", number(swaps.idealRoundTripRate()));
        row(html, "recommended slots (about 2 Lambda)", Integer.toString(swaps.recommendedSlots()));
        html.append("</table>\n");
        if (swaps.pairs().isEmpty()) {
            return;
        }
        html.append("<table>\n");
        header(html, "pair", "T_hot", "T_cold", "attempts", "accepts", "acceptance");
        for (int k = 0; k < swaps.pairs().size(); k++) {
            SwapTable.Pair p = swaps.pairs().get(k);
            html.append("<tr>");
            cells(html, Integer.toString(k), number(p.tHot()), number(p.tCold()), Long.toString(p.attempts()), Long.toString(p.accepts()),
                    number(p.acceptance()));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void figures(StringBuilder html, List<ResultPlots.Plot> plots) {
        html.append("<h2>Figures</h2>\n");
        for (ResultPlots.Plot plot : plots) {
            html.append("<figure><img alt=\"").append(escape(plot.name())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(plot.png())).append("\"><figcaption>").append(escape(plot.caption()))
                    .append(" (plots/").append(escape(plot.name())).append(".png, .svg)</figcaption></figure>\n");
        }
    }

    private static void notes(StringBuilder html) {
        html.append("<h2>How to read this</h2>\n<ul>\n")
                .append("<li>E/N is the energy per spin in the units of docs/physics.md section 2. m and n are |m_mu*| and |n_mu*| of the "
                        + "pattern mu* = argmax_mu |m_mu| that each copy retrieves, averaged over copies.</li>\n")
                .append("<li>q is the overlap of two independent copies at the same temperature, over all pairs of copies; "
                        + "&ldquo;same pattern&rdquo; keeps the pairs whose copies retrieve the same pattern.</li>\n")
                .append("<li>Errors are binning errors of the copy- or pair-averaged series; the Binder ratio "
                        + "g = (3 - &lt;q<sup>4</sup>&gt;/&lt;q<sup>2</sup>&gt;<sup>2</sup>)/2 has a jackknife error over blocks.</li>\n")
                .append(String.format(Locale.ROOT, "<li>A copy retrieves a pattern when its largest |m<sub>&mu;</sub>| exceeds "
                        + "s sqrt(2 ln(2K / %.0e)), s the noise scale of its other overlaps (their median |m| / 0.6745, at least "
                        + "N<sup>-1/2</sup>): pure noise passes once in %.0f measurements. Pairs are sorted by the phases of their "
                        + "copies: both retrieving the same pattern, different patterns, one retrieving, neither.</li>\n",
                        RetrievalRule.FALSE_ALARM, 1 / RetrievalRule.FALSE_ALARM))
                .append(String.format(Locale.ROOT, "<li>Replica symmetry at one N: an RS P(q) concentrates at &plusmn;qbar with width at "
                        + "most sqrt((1 - qbar<sup>2</sup>)/N) for independent sites; qbar is the mean |q| inside the window that holds "
                        + "the most weight, and the weight outside windows of &plusmn;%.0f such widths is judged, in the pairs of one "
                        + "phase only (same pattern where copies retrieve, neither retrieving otherwise): at most %.0f%% "
                        + "replica-symmetric, at least %.0f%% broken, in between inconclusive. Both phases present (each at least "
                        + "%.0f%% of the copies), each concentrated, and the |m| histogram bimodal (dip at most %.1f of the lower mode, "
                        + "modes %.1f apart): coexistence. Not-equilibrated: fewer than %d descents per copy from the hottest "
                        + "temperature, a drift of E, |m| or q<sup>2</sup> above %.0f errors between the last half of the run and the "
                        + "quarter before (or a run too short to test it), or fewer than %.0f effectively independent measurements. "
                        + "Fewer than %d measurements or %d pair samples: inconclusive. One N cannot show the N<sup>-1/2</sup> "
                        + "shrinking of an RS width; a sweep over N with several disorder samples can (docs/replica-symmetry.md).</li>\n",
                        ReplicaSymmetryCheck.WINDOW_WIDTHS, 100 * ReplicaSymmetryCheck.RS_MAX_OUTSIDE, 100 * ReplicaSymmetryCheck.RSB_MIN_OUTSIDE,
                        100 * ReplicaSymmetryCheck.PHASE_MIN_FRACTION, ReplicaSymmetryCheck.MAX_DIP_RATIO,
                        ReplicaSymmetryCheck.MIN_MODE_SEPARATION, ReplicaSymmetryCheck.MIN_DESCENTS_PER_COPY, ReplicaSymmetryCheck.MAX_DRIFT,
                        ReplicaSymmetryCheck.MIN_EFFECTIVE, ReplicaSymmetryCheck.MIN_MEASUREMENTS, ReplicaSymmetryCheck.MIN_PAIR_SAMPLES))
                .append("<li>Swap acceptance is the mean Metropolis acceptance probability of the swaps with the next hotter "
                        + "temperature.</li>\n</ul>\n");
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(escape(name)).append("</th><td class=\"text\">").append(escape(value)).append("</td></tr>\n");
    }

    /** Header cells; the names are trusted markup (entities, sup). */
    private static void header(StringBuilder html, String... names) {
        html.append("<tr>");
        for (String name : names) {
            html.append("<th>").append(name).append("</th>");
        }
        html.append("</tr>\n");
    }

    /** Data cells: numbers formatted here, or the &ndash; placeholder. */
    private static void cells(StringBuilder html, String... values) {
        for (String value : values) {
            html.append("<td>").append(value).append("</td>");
        }
    }

    private static String withError(Estimate e) {
        if (!Double.isFinite(e.mean())) {
            return "&ndash;";
        }
        return Double.isFinite(e.error()) ? number(e.mean()) + " &plusmn; " + String.format(Locale.ROOT, "%.2g", e.error()) : number(e.mean());
    }

    private static String number(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.4g", x) : "&ndash;";
    }

    private static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f%%", 100 * fraction) : "&ndash;";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
