package io.densehebb.run;

import io.densehebb.config.RunConfig;

/**
 * The round structure of a run: every round each replica does {@code sweepsPerRound} sweeps, then
 * neighbouring slots exchange. The first {@code burnInRounds} rounds are burn-in (ladder adaptation,
 * no measurements); after that every {@code roundsPerMeasurement}-th round is measured.
 */
public record RunPlan(int copies, int slots, int sweepsPerRound, long burnInRounds, long totalRounds,
                      long roundsPerMeasurement) {

    public static RunPlan of(RunConfig config) {
        RunConfig.Sweeps s = config.sweeps();
        return new RunPlan(config.copies(), config.ladder().initialBetas().length, s.perRound(), s.burnInRounds(),
                s.totalRounds(), s.roundsPerMeasurement());
    }

    public boolean measures(long round) {
        return round >= burnInRounds && (round - burnInRounds + 1) % roundsPerMeasurement == 0;
    }

    public boolean endsBurnIn(long round) {
        return round == burnInRounds - 1;
    }

    public long sweepsAfter(long round) {
        return (round + 1) * sweepsPerRound;
    }
}
