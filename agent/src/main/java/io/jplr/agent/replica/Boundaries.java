package io.jplr.agent.replica;

/** The boundary classes of {@code io.jplr.bootstrap} that rewritten JDK methods call, by internal name. */
final class Boundaries {
    static final String FILE = "io/jplr/bootstrap/FileBoundary";
    static final String PATH = "io/jplr/bootstrap/PathBoundary";
    static final String PROCESS = "io/jplr/bootstrap/ProcessBoundary";
    static final String NETWORK = "io/jplr/bootstrap/NetworkBoundary";
    static final String TASKS = "io/jplr/bootstrap/TaskStreams";
    static final String STAGES = "io/jplr/bootstrap/StageActions";
    static final String SLEEPS = "io/jplr/bootstrap/Sleeps";

    private Boundaries() {
    }
}
