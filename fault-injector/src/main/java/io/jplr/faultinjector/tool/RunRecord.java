package io.jplr.faultinjector.tool;

/**
 * One campaign run as the CSV reports it.
 *
 * @param injected    the fault reached the job (false when the program ended first: the run is then masked)
 * @param description the bean's description of the injection, or why there was none
 * @param exitStatus  the master's exit status (the kill's status for a hang)
 * @param divergences the faults jPLR's report records
 * @param millis      the run's wall-clock time, start to exit
 */
record RunRecord(int run, int replica, String model, long delayMillis, boolean injected, String description,
        Outcome outcome, int exitStatus, int divergences, long millis) {
}
